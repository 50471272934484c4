package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.CourseStatus;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationService;
import se.kunskapsnav.courses.RegistrationStatus;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code /mina-anmalningar}: the logged-in person's registrations, where each stands, cancel, certificates. */
@Named
@RequestScoped
public class MyRegistrationsPage {

    private static final Set<RegistrationStatus> CANCELLABLE = EnumSet.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.AWAITING_APPROVAL, RegistrationStatus.WAITLISTED);

    /** One registration with its course and place in the waiting list (0 when not waiting). */
    public record Row(Registration registration, Course course, int queuePosition) {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public Registration getRegistration() {
            return registration;
        }

        public Course getCourse() {
            return course;
        }

        public int getQueuePosition() {
            return queuePosition;
        }

        public boolean isCancellable() {
            return course.getStatus() == CourseStatus.PUBLISHED && CANCELLABLE.contains(registration.getStatus());
        }
    }

    @Inject
    RegistrationService registrations;

    @Inject
    CourseService courses;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = registrations.mine().stream().map(r -> new Row(r, courses.course(r.getCourseId()),
                    registrations.queuePosition(r))).toList();
        }
        return rows;
    }

    public void cancel(long registrationId) {
        try {
            registrations.cancel(registrationId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.page.cancelled");
            Faces.redirect("/mina-anmalningar");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }
}
