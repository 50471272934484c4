package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.notification.CalendarEvent;
import se.kunskapsnav.notification.ICalendar;
import se.kunskapsnav.notification.Invitation;
import se.kunskapsnav.platform.PortalConfig;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Courses as iCalendar (RFC 5545): one event per session, with a UID that stays the same when the course changes. */
@ApplicationScoped
public class CourseCalendar {

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /**
     * One person's place in a course as an invitation their calendar accepts (iTIP REQUEST), or its withdrawal
     * (CANCEL), from the course's contact. The UID is the registration's, so registering again after a
     * cancellation is a new event; the SEQUENCE is the course's revision, which every change raises, and a
     * CANCEL's is one higher, so it outranks every REQUEST sent before it.
     */
    public String invitation(Course course, long registrationId, Account attendee, Invitation.Method method) {
        long sequence = course.getRevision() + (method == Invitation.Method.CANCEL ? 1 : 0);
        Invitation invitation = new Invitation(method, "anmalan-" + registrationId + "@" + config.baseHost(), sequence,
                course.getContactName(), course.getContactEmail(), attendee.getName(), attendee.getEmail());
        return ICalendar.invitation(course.getTitle(), invitation, events(course), clock.instant());
    }

    /** A feed of several courses, published for anyone to subscribe to. */
    public String feed(String calendarName, List<Course> courses) {
        List<CalendarEvent> events = new ArrayList<>();
        courses.forEach(course -> events.addAll(events(course)));
        return ICalendar.write(calendarName, "PUBLISH", events, clock.instant());
    }

    public String link(Course course) {
        return config.baseUrl() + "/kurser/" + course.getId();
    }

    private List<CalendarEvent> events(Course course) {
        return course.getSessions().stream().map(session -> session.calendarEvent(
                "kurs-" + course.getId() + "-tillfalle-" + session.getPosition() + "@" + config.baseHost(),
                course.getTitle(), course.getSummary() + "\n\n" + link(course), link(course),
                course.getStatus() == CourseStatus.CANCELLED)).toList();
    }
}
