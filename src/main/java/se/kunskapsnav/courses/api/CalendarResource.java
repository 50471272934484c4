package se.kunskapsnav.courses.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseCalendar;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.api.ProblemException;

import java.util.List;

/**
 * Public iCalendar feeds of published courses: one per county and one for the whole country; and one course's
 * calendar, which the receipt of a registration links to (a registrant's mails carry their own invitation).
 */
@Path("")
public class CalendarResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CourseService courses;

    @Inject
    CourseCalendar calendar;

    @Inject
    GeographyService geography;

    @GET
    @Path("kalender.ics")
    @Produces(CALENDAR)
    @Operation(summary = "All published courses in Sweden as an iCalendar feed")
    public String sweden() {
        return calendar.feed(Messages.get("calendar.sweden"), courses.upcoming(null));
    }

    @GET
    @Path("kurser/{id}/kalender.ics")
    @Produces(CALENDAR)
    @Operation(summary = "One course's sessions as an iCalendar file, for a person's own calendar")
    public Response course(@PathParam("id") long id) {
        Course course = courses.course(id);
        return Response.ok(calendar.feed(course.getTitle(), List.of(course)))
                .header("Content-Disposition", "attachment; filename=\"kurs-" + id + ".ics\"").build();
    }

    @GET
    @Path("lan/{kod}/kalender.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A county's published courses (organised or co-organised) as an iCalendar feed")
    public String county(@PathParam("kod") String code) {
        String countyCode = geography.countyCode(code)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "problem.county.notFound", code));
        return calendar.feed(Messages.get("calendar.county", geography.countyNames().get(countyCode)),
                courses.upcoming(countyCode));
    }
}
