package se.kunskapsnav.visits.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.Years;
import se.kunskapsnav.platform.api.Problem;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.platform.api.Revalidated;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.CountedActivityService;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.MunicipalityParticipation;
import se.kunskapsnav.visits.ParticipationCsv;
import se.kunskapsnav.visits.ParticipationImportException;
import se.kunskapsnav.visits.VisitService;
import se.kunskapsnav.visits.VisitedOrganisation;
import se.kunskapsnav.visits.api.VisitDtos.ActivityDto;
import se.kunskapsnav.visits.api.VisitDtos.VisitDto;
import se.kunskapsnav.visits.api.VisitRequests.ActivityRequest;
import se.kunskapsnav.visits.api.VisitRequests.ParticipationRequest;
import se.kunskapsnav.visits.api.VisitRequests.VisitRequest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Municipal visits and count-only activities for scripts. Reads are public, with the editor-only fields left
 * out unless the caller edits the owning county; writes need a token and the services' tenancy guard.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    private static final String ATTENDANCE = "totalAttendees is {\"value\": 12, \"hidden\": false}: exact for "
            + "editors of the county, for everyone else the figure the follow-up reports (/api/uppfoljning) publish "
            + "for the same people, with a small noise, and {\"value\": null, \"hidden\": true} below 5.";

    @Inject
    VisitService visits;

    @Inject
    CountedActivityService activities;

    @Inject
    GeographyService geography;

    @Inject
    DirectoryService directory;

    @Inject
    ReachService reach;

    @Inject
    Clock clock;

    // ---- municipal visits

    @Revalidated
    @GET
    @Path("kommunbesok")
    @Operation(summary = "Municipal visits of a year, newest first: one county's, one municipality's, or all",
            description = ATTENDANCE)
    @APIResponse(responseCode = "400", description = "Unknown county or malformed year")
    public List<VisitDto> visitList(
            @Parameter(description = "County code (01) or letters (AB)") @QueryParam("lan") String county,
            @Parameter(description = "Municipality code (0180): visits to it and its city districts")
            @QueryParam("kommun") String municipality,
            @Parameter(description = "Year, default this year") @QueryParam("ar") String year) {
        int chosenYear = year(year);
        List<MunicipalVisit> found;
        if (municipality != null && !municipality.isBlank()) {
            found = visits.visitsOfMunicipality(municipalityCode(municipality), chosenYear);
        } else {
            found = visits.visitsOfCounty(countyCode(county), chosenYear);
        }
        Map<Long, VisitedOrganisation> organisations = visits.organisationsOf(found);
        return found.stream().map(v -> visitDto(v, organisations.get(v.getOrganisationId()))).toList();
    }

    @Revalidated
    @GET
    @Path("kommunbesok/{id}")
    @Operation(summary = "One municipal visit; notes, staff, counts per profession, named attendees and "
            + "follow-ups only for editors of the county", description = ATTENDANCE)
    @APIResponse(responseCode = "404", description = "No such visit")
    public VisitDto visit(@PathParam("id") long id) {
        return visitDto(visits.visit(id));
    }

    @POST
    @Path("kommunbesok")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a municipal visit (editors of the visited organisation's county)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VisitDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response createVisit(VisitRequest request, @Context UriInfo uri) {
        MunicipalVisit visit = visits.create(body(request).toInput(organisationId(request)));
        return Response.created(uri.getBaseUriBuilder().path("kommunbesok/{id}").build(visit.getId()))
                .entity(visitDto(visit)).build();
    }

    @PUT
    @Path("kommunbesok/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace every fact of a municipal visit, its rows included")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the visit's county")
    @APIResponse(responseCode = "404", description = "No such visit")
    public VisitDto updateVisit(@PathParam("id") long id, VisitRequest request) {
        return visitDto(visits.update(id, body(request).toInput(organisationId(request))));
    }

    @DELETE
    @Path("kommunbesok/{id}")
    @Operation(summary = "Delete a municipal visit with everything recorded about it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not an editor of the visit's county")
    public Response deleteVisit(@PathParam("id") long id) {
        visits.delete(id);
        return Response.noContent().build();
    }

    // ---- count-only activities

    @Revalidated
    @GET
    @Path("aktiviteter")
    @Operation(summary = "Count-only activities (conferences, information sessions) of a year, latest first: "
            + "one county's, the ones a municipality took part in, or all", description = ATTENDANCE)
    @APIResponse(responseCode = "400", description = "Unknown county or malformed year")
    public List<ActivityDto> activityList(
            @Parameter(description = "County code (01) or letters (AB)") @QueryParam("lan") String county,
            @Parameter(description = "Municipality code (0180)") @QueryParam("kommun") String municipality,
            @Parameter(description = "Year, default this year") @QueryParam("ar") String year) {
        int chosenYear = year(year);
        List<CountedActivity> found;
        if (municipality != null && !municipality.isBlank()) {
            found = activities.activitiesOfMunicipality(municipalityCode(municipality), chosenYear).stream()
                    .map(MunicipalityParticipation::activity).toList();
        } else {
            found = activities.activitiesOfCounty(countyCode(county), chosenYear);
        }
        return found.stream().map(this::activityDto).toList();
    }

    @Revalidated
    @GET
    @Path("aktiviteter/{id}")
    @Operation(summary = "One count-only activity with its totals; the participation rows only for editors of "
            + "the county", description = ATTENDANCE)
    @APIResponse(responseCode = "404", description = "No such activity")
    public ActivityDto activity(@PathParam("id") long id) {
        return activityDto(activities.activity(id));
    }

    @POST
    @Path("aktiviteter")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a count-only activity (editors of the county)")
    @APIResponse(responseCode = "201", description = "Recorded, without participation",
            content = @Content(schema = @Schema(implementation = ActivityDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response createActivity(ActivityRequest request, @Context UriInfo uri) {
        ActivityRequest given = body(request);
        CountedActivity activity = activities.create(given.toInput(optionalCountyCode(given.county())));
        return Response.created(uri.getBaseUriBuilder().path("aktiviteter/{id}").build(activity.getId()))
                .entity(activityDto(activity)).build();
    }

    @PUT
    @Path("aktiviteter/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a count-only activity's facts; its participation stays")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the activity's county")
    @APIResponse(responseCode = "404", description = "No such activity")
    public ActivityDto updateActivity(@PathParam("id") long id, ActivityRequest request) {
        ActivityRequest given = body(request);
        return activityDto(activities.update(id, given.toInput(optionalCountyCode(given.county()))));
    }

    @DELETE
    @Path("aktiviteter/{id}")
    @Operation(summary = "Delete a count-only activity with its participation")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not an editor of the activity's county")
    public Response deleteActivity(@PathParam("id") long id) {
        activities.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("aktiviteter/{id}/deltagande")
    @Consumes("text/csv")
    @Operation(summary = "Replace the participation with a CSV file (UTF-8, semicolons, header "
            + ParticipationCsv.HEADER + ", at most 1 MB and 10 000 lines); all or nothing")
    @APIResponse(responseCode = "200", description = "Imported; the activity with its new participation")
    @APIResponse(responseCode = "422", description = "Bad lines: every one is listed in errors with its line "
            + "number; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the activity's county")
    public Response importParticipation(@PathParam("id") long id, InputStream csv) {
        byte[] content = Uploads.upTo(ParticipationCsv.MAX_BYTES, csv);
        try {
            return Response.ok(activityDto(activities.importParticipation(id, content))).build();
        } catch (ParticipationImportException e) {
            return refused(e);
        }
    }

    @PUT
    @Path("aktiviteter/{id}/deltagande")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the participation with rows of municipality or organisation, profession and "
            + "number; all or nothing")
    @APIResponse(responseCode = "200", description = "Saved; the activity with its new participation")
    @APIResponse(responseCode = "400", description = "A row is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the activity's county")
    public ActivityDto replaceParticipation(@PathParam("id") long id, List<ParticipationRequest> rows) {
        if (rows == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return activityDto(activities.replaceParticipation(id, rows.stream()
                .map(r -> r == null ? null : r.toInput()).toList()));
    }

    @GET
    @Path("aktiviteter/mall.csv")
    @Produces("text/csv")
    @Operation(summary = "An empty participation file to fill in: the header line, UTF-8 with byte order mark "
            + "so that Excel opens it right")
    public Response template() {
        byte[] content = ("\uFEFF" + ParticipationCsv.HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
        return Response.ok(content, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"deltagande-mall.csv\"").build();
    }

    // ---- helpers

    private VisitDto visitDto(MunicipalVisit visit) {
        return visitDto(visit, visits.organisationsOf(List.of(visit)).get(visit.getOrganisationId()));
    }

    private VisitDto visitDto(MunicipalVisit visit, VisitedOrganisation organisation) {
        return VisitDto.of(visit, organisation, visits.mayEdit(visit),
                reach.visitAttendance(visit.getId(), visit.getCountyCode(), visit.getTotalAttendees()));
    }

    private ActivityDto activityDto(CountedActivity activity) {
        boolean editor = activities.mayEdit(activity);
        Map<Long, String> names = new LinkedHashMap<>();
        if (editor) {
            activity.getParticipation().stream().map(p -> p.getOrganisationId()).filter(o -> o != null).distinct()
                    .forEach(o -> directory.organisation(o).ifPresent(org -> names.put(o, org.getName())));
        }
        return ActivityDto.of(activity, names, editor, reach.activityAttendance(activity.getId(),
                activity.getCountyCode(), null, activity.getTotalAttendees()));
    }

    /** 422 with every bad line: field {@code line 3} and the Swedish message, or {@code file} for the whole file. */
    private static Response refused(ParticipationImportException e) {
        long badLines = e.errors().stream().map(ParticipationCsv.LineError::line).distinct().count();
        String detail = e.isWholeFile() ? Messages.get("participation.import.fileRefused")
                : Messages.get("participation.import.linesRefused", badLines);
        List<Problem.FieldError> errors = e.errors().stream()
                .map(error -> new Problem.FieldError(error.line() == 0 ? "file" : "line " + error.line(),
                        error.message()))
                .toList();
        return new Problem("about:blank", Messages.get("problem.title.422"), 422, detail, errors).toResponse();
    }

    private Long organisationId(VisitRequest request) {
        return visits.visitedOrganisationId(request.organisationId(), request.municipalityCode());
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }

    private int year(String year) {
        if (year == null || year.isBlank()) {
            return LocalDate.now(clock).getYear();
        }
        return Years.parse(year).orElseThrow(() -> InvalidInputException.of("ar", "visits.invalidYear"));
    }

    /** The county as its code; letters are accepted too; none for all counties. */
    private String countyCode(String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        return geography.countyCode(county.trim())
                .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.county.notFound", county));
    }

    /** In a request body: letters become the code, anything unknown is left for the field check. */
    private String optionalCountyCode(String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        return geography.countyCode(county.trim()).orElse(county.trim());
    }

    private String municipalityCode(String municipality) {
        return geography.municipality(municipality.trim()).map(m -> m.getCode())
                .orElseThrow(() -> InvalidInputException.of("kommun", "participation.unknownMunicipality"));
    }
}
