package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.Lesson;
import se.kunskapsnav.webcourse.ModuleProgress;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.Serializable;

/**
 * {@code /webbkurs/moduler/{modul}/{lektion}}: a lesson's text, with links between lessons leading to their
 * pages, the lessons before and after it; a person who has begun the course marks it read and goes on to
 * the next lesson, or to the quiz after the last one.
 */
@Named
@ViewScoped
public class CourseLessonPage implements Serializable {

    @Inject
    WebCourseService webCourse;

    @Inject
    CurrentUser user;

    private String moduleCode;
    private String lessonCode;
    private transient CourseModule module;
    private transient Lesson lesson;
    private transient ModuleProgress progress;
    private transient boolean progressRead;

    /** View action: 404 for a lesson that is not in the course. */
    public void load() {
        try {
            getLesson();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public CourseModule getModule() {
        if (module == null) {
            module = webCourse.module(moduleCode == null ? "" : moduleCode);
        }
        return module;
    }

    public Lesson getLesson() {
        if (lesson == null) {
            lesson = webCourse.lesson(getModule().code(), lessonCode == null ? "" : lessonCode);
        }
        return lesson;
    }

    public String getModuleHeading() {
        return WebCourseLabels.title(getModule());
    }

    public String getTextHtml() {
        return CourseText.html(getLesson().text(), getModule().code(), 2);
    }

    /** The lesson's place in the module, from 1. */
    public int getNumber() {
        return getModule().lessons().indexOf(getLesson()) + 1;
    }

    public Lesson getPrevious() {
        return getModule().lessonBefore(getLesson().code()).orElse(null);
    }

    public Lesson getNext() {
        return getModule().lessonAfter(getLesson().code()).orElse(null);
    }

    /** The person's progress in the module, or null when they have not begun the course. */
    private ModuleProgress progress() {
        if (!progressRead) {
            progressRead = true;
            progress = user.isLoggedIn()
                    ? webCourse.myEnrolment().map(e -> webCourse.progress(e).of(getModule().code())).orElse(null)
                    : null;
        }
        return progress;
    }

    public boolean isEnrolled() {
        return progress() != null;
    }

    public boolean isRead() {
        return isEnrolled() && progress().isRead(getLesson());
    }

    public boolean isChangedSinceRead() {
        return isEnrolled() && progress().changedSinceRead(getLesson());
    }

    /** Marks the lesson read and goes on: to the next lesson, or to the module's quiz. */
    public void markRead() {
        try {
            webCourse.markRead(getModule().code(), getLesson().code());
            Lesson next = getNext();
            if (next != null) {
                Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.lesson.markedNext", getLesson().title());
                Faces.redirect("/webbkurs/moduler/" + getModule().code() + "/" + next.code());
            } else {
                Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.lesson.markedQuiz", getLesson().title());
                Faces.redirect("/webbkurs/quiz/" + getModule().code());
            }
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public void setModuleCode(String moduleCode) {
        this.moduleCode = moduleCode;
    }

    public String getLessonCode() {
        return lessonCode;
    }

    public void setLessonCode(String lessonCode) {
        this.lessonCode = lessonCode;
    }
}
