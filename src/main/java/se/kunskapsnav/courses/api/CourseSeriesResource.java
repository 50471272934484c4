package se.kunskapsnav.courses.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.courses.CourseLevel;
import se.kunskapsnav.courses.CourseSeries;
import se.kunskapsnav.courses.CourseSeriesInput;
import se.kunskapsnav.courses.CourseSeriesService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.api.Revalidated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue of course series for scripts. Writes need a token; tenancy is the service's guard. */
@Path("kursserier")
@Produces(MediaType.APPLICATION_JSON)
public class CourseSeriesResource {

    @Inject
    CourseSeriesService series;

    /** A series as the API answers it. */
    public record CourseSeriesDto(long id, String name, List<String> alternativeNames, String county, String level,
                                  String kind, List<String> themes, long revision) {
        static CourseSeriesDto of(CourseSeries s) {
            return new CourseSeriesDto(s.getId(), s.getName(), s.getAlternativeNames(), s.getCountyCode(),
                    s.getLevel().name(), s.getKindCode(), s.getThemes(), s.getRevision());
        }
    }

    /**
     * What a script sends to create or change a series: level REGIONAL or NATIONAL, kind a code of
     * {@code /api/kurstyper}, themes codes of {@code /api/teman}; on a change, the revision it was made from.
     */
    public record CourseSeriesRequest(String name, List<String> alternativeNames, String county, String level,
                                      String kind, List<String> themes, Long revision) {
        CourseSeriesInput toInput() {
            Map<String, String> problems = new LinkedHashMap<>();
            CourseLevel parsedLevel = CourseRequest.parseEnum(CourseLevel.class, level, "level", "course.unknownLevel",
                    problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new CourseSeriesInput(name, alternativeNames, county, parsedLevel, kind, themes);
        }
    }

    @Revalidated
    @GET
    @Operation(summary = "Every course series (one course run year after year under several names), by name")
    public List<CourseSeriesDto> all() {
        return series.all().stream().map(CourseSeriesDto::of).toList();
    }

    @Revalidated
    @GET
    @Path("{id}")
    @Operation(summary = "One course series")
    @APIResponse(responseCode = "404", description = "No such series")
    public CourseSeriesDto one(@PathParam("id") long id) {
        return CourseSeriesDto.of(series.series(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course series (editors of its county)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CourseSeriesDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong or a name is another series'; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response create(CourseSeriesRequest request, @Context UriInfo uri) {
        CourseSeries created = series.create(body(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("kursserier/{id}").build(created.getId()))
                .entity(CourseSeriesDto.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a course series")
    @APIResponse(responseCode = "400", description = "A field is wrong or a name is another series'; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the series' county")
    @APIResponse(responseCode = "409", description = "Changed by someone else since the given revision")
    public CourseSeriesDto update(@PathParam("id") long id, CourseSeriesRequest request) {
        CourseSeriesRequest change = body(request);
        return CourseSeriesDto.of(series.update(id, change.toInput(), change.revision()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a course series no course belongs to")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not an editor of the series' county")
    @APIResponse(responseCode = "409", description = "A course belongs to the series")
    public void delete(@PathParam("id") long id) {
        series.delete(id);
    }

    private static CourseSeriesRequest body(CourseSeriesRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }
}
