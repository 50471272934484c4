package se.kunskapsnav.webcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.ModuleProgress;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /webbkurs/moduler/{modul}}: a module's introduction, its lessons (marked read for a person who has
 * begun the course), the way to its quiz, and its reflection questions.
 */
@Named
@ViewScoped
public class CourseModulePage implements Serializable {

    @Inject
    WebCourseService webCourse;

    @Inject
    CurrentUser user;

    private String code;
    private transient CourseModule module;
    private transient ModuleRow row;
    private transient List<LessonRow> lessons;

    /** View action: 404 for a module that is not in the course. */
    public void load() {
        try {
            getModule();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public CourseModule getModule() {
        if (module == null) {
            module = webCourse.module(code == null ? "" : code);
        }
        return module;
    }

    private ModuleProgress progress() {
        if (!user.isLoggedIn()) {
            return null;
        }
        return webCourse.myEnrolment().map(e -> webCourse.progress(e).of(getModule().code())).orElse(null);
    }

    /** The module with the person's progress in it. */
    public ModuleRow getRow() {
        if (row == null) {
            ModuleProgress progress = progress();
            row = ModuleRow.of(getModule(), progress);
            List<LessonRow> rows = new ArrayList<>();
            for (int i = 0; i < getModule().lessons().size(); i++) {
                rows.add(LessonRow.of(getModule().lessons().get(i), i + 1, progress));
            }
            lessons = rows;
        }
        return row;
    }

    public List<LessonRow> getLessons() {
        getRow();
        return lessons;
    }

    public String getHeading() {
        return WebCourseLabels.title(getModule());
    }

    public String getIntroductionHtml() {
        return CourseText.html(getModule().introduction(), getModule().code(), 2);
    }

    public String getReflectionHtml() {
        return CourseText.html(getModule().reflection(), getModule().code(), 3);
    }

    /** The first lesson not read, or the first lesson: where "Börja läsa" leads. */
    public LessonRow getFirstUnread() {
        return getLessons().stream().filter(l -> !l.isRead()).findFirst()
                .orElse(getLessons().isEmpty() ? null : getLessons().getFirst());
    }

    public ModuleRow getPreviousModule() {
        return neighbour(-1);
    }

    public ModuleRow getNextModule() {
        return neighbour(1);
    }

    private ModuleRow neighbour(int step) {
        List<CourseModule> all = webCourse.content().modules();
        int at = all.indexOf(getModule()) + step;
        return at < 0 || at >= all.size() ? null : ModuleRow.of(all.get(at), null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
