package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.CourseContent;
import se.kunskapsnav.webcourse.CourseProgress;
import se.kunskapsnav.webcourse.Enrolment;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.StudyGroup;
import se.kunskapsnav.webcourse.StudyGroupService;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /webbkurs}: the course for anyone (introduction, the two tracks, the modules); for a logged-in
 * person also beginning the course, their progress per module and the certificate, their study group, the
 * course leader's groups and manual, and the course leader offer after course-leader training.
 */
@Named
@ViewScoped
public class WebCoursePage implements Serializable {

    @Inject
    WebCourseService webCourse;

    @Inject
    StudyGroupService groups;

    @Inject
    CurrentUser user;

    private transient Enrolment enrolment;
    private transient CourseProgress progress;
    private transient List<ModuleRow> modules;
    private transient StudyGroup myGroup;
    private transient List<StudyGroup> ledGroups;
    private transient Boolean leaderOffered;

    public CourseContent getContent() {
        return webCourse.content();
    }

    public String getIntroductionHtml() {
        return CourseText.html(getContent().introduction(), null, 2);
    }

    public Enrolment getEnrolment() {
        if (enrolment == null && user.isLoggedIn()) {
            enrolment = webCourse.myEnrolment().orElse(null);
        }
        return enrolment;
    }

    public boolean isEnrolled() {
        return getEnrolment() != null;
    }

    public CourseProgress getProgress() {
        if (progress == null && isEnrolled()) {
            progress = webCourse.progress(getEnrolment());
        }
        return progress;
    }

    public boolean isCompleted() {
        return isEnrolled() && getEnrolment().isCompleted();
    }

    public int getPercent() {
        return isEnrolled() ? getProgress().percent() : 0;
    }

    public int getModulesDone() {
        return isEnrolled() ? getProgress().modulesDone() : 0;
    }

    public List<ModuleRow> getModules() {
        if (modules == null) {
            modules = getContent().modules().stream()
                    .map(m -> ModuleRow.of(m, isEnrolled() ? getProgress().of(m.code()) : null)).toList();
        }
        return modules;
    }

    /** Where to go on: the first module not done, or the first module. */
    public ModuleRow getNextModule() {
        return getModules().stream().filter(m -> !m.isDone()).findFirst()
                .orElse(getModules().isEmpty() ? null : getModules().getFirst());
    }

    /** The study group the person is a member of, or null. */
    public StudyGroup getMyGroup() {
        if (myGroup == null && user.isLoggedIn()) {
            myGroup = groups.myMembership().map(GroupMember::getGroupId).map(groups::group).orElse(null);
        }
        return myGroup;
    }

    public List<StudyGroup> getLedGroups() {
        if (ledGroups == null) {
            ledGroups = user.isCourseLeader() ? groups.myGroups() : List.of();
        }
        return ledGroups;
    }

    public boolean isLeaderOffered() {
        if (leaderOffered == null) {
            leaderOffered = user.isLoggedIn() && webCourse.courseLeaderOffered();
        }
        return leaderOffered;
    }

    public void enrol() {
        try {
            webCourse.enrol();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.page.enrolled");
            Faces.redirect("/webbkurs");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void acceptLeaderOffer() {
        try {
            webCourse.acceptCourseLeaderOffer();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.page.leaderAccepted");
            Faces.redirect("/webbkurs");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }
}
