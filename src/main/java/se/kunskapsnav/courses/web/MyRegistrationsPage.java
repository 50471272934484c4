package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationService;

import java.util.List;

/**
 * {@code /mina-anmalningar}: the logged-in person's registrations, where each stands, certificates, and a link
 * to cancel each (to the course page's confirmation step).
 */
@Named
@RequestScoped
public class MyRegistrationsPage {

    /**
     * One registration with its course, place in the waiting list (0 when not waiting) and whether the person may
     * still cancel it.
     */
    public record Row(Registration registration, Course course, int queuePosition, boolean cancellable) {

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
            return cancellable;
        }
    }

    @Inject
    RegistrationService registrations;

    @Inject
    CourseService courses;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = registrations.mine().stream().map(this::row).toList();
        }
        return rows;
    }

    private Row row(Registration registration) {
        Course course = courses.course(registration.getCourseId());
        return new Row(registration, course, registrations.queuePosition(registration),
                registrations.cancelRefusal(course, registration).isEmpty());
    }
}
