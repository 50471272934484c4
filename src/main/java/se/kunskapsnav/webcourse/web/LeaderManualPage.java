package se.kunskapsnav.webcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.WebCourseService;

import java.util.List;

/**
 * {@code /webbkurs/utbildningsmanual}: the course leader manual and each module's discussion guide, for
 * course leaders and administrators only.
 */
@Named
@RequestScoped
public class LeaderManualPage {

    @Inject
    WebCourseService webCourse;

    @Inject
    CurrentUser user;

    /** View action: web.xml lets only course leaders and administrators in; this says so again. */
    public void check() {
        if (!user.isCourseLeader() && !user.isAdministrator()) {
            Faces.sendError(403);
        }
    }

    /** The manual's own title (its first line, {@code # Title}), or null when it has none. */
    public String getTitle() {
        String manual = webCourse.content().manual();
        if (manual.startsWith("# ")) {
            String title = manual.lines().findFirst().orElse("").substring(2).trim();
            return title.isEmpty() ? null : title;
        }
        return null;
    }

    /** The manual without its title, which the page shows as its heading. */
    public String getManualHtml() {
        String manual = webCourse.content().manual();
        String body = getTitle() == null ? manual : manual.substring(manual.indexOf('\n') + 1);
        return CourseText.html(body, null, 2);
    }

    /** Each module's discussion guide. */
    public List<ModuleText> getGuides() {
        return webCourse.content().modules().stream()
                .map(module -> ModuleText.of(module, module.discussionGuide())).toList();
    }
}
