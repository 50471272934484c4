package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.notification.CalendarEvent;
import se.kunskapsnav.notification.ICalendar;
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

    /** The calendar of one course, for a mail attachment. */
    public String of(Course course) {
        return ICalendar.write(course.getTitle(), null, events(course), clock.instant());
    }

    /** A feed of several courses. */
    public String feed(String calendarName, List<Course> courses) {
        List<CalendarEvent> events = new ArrayList<>();
        courses.forEach(course -> events.addAll(events(course)));
        return ICalendar.write(calendarName, null, events, clock.instant());
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
