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
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.CatalogueFilter;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseDocuments;
import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationService;
import se.kunskapsnav.courses.api.CourseDtos.CataloguePageDto;
import se.kunskapsnav.courses.api.CourseDtos.CourseDto;
import se.kunskapsnav.courses.api.CourseDtos.CourseSummaryDto;
import se.kunskapsnav.courses.api.CourseDtos.MailRequest;
import se.kunskapsnav.courses.api.CourseDtos.MailResult;
import se.kunskapsnav.courses.api.CourseDtos.RegistrationDetailDto;
import se.kunskapsnav.courses.api.CourseDtos.RegistrationDto;
import se.kunskapsnav.courses.api.CourseDtos.RegistrationRequest;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.platform.api.Revalidated;
import se.kunskapsnav.platform.api.TermDto;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Courses, registrations and attendance for scripts. Writes need a token; tenancy is the services' guard. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    RegistrationService registrations;

    @Inject
    CourseDocuments documents;

    @Inject
    GeographyService geography;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    AccountService accounts;

    @GET
    @Path("teman")
    @Operation(summary = "The themes courses and materials are tagged with")
    public List<TermDto> themes() {
        return terms(TermSet.THEME);
    }

    @GET
    @Path("malgrupper")
    @Operation(summary = "The target groups of the controlled vocabulary")
    public List<TermDto> targetGroups() {
        return terms(TermSet.TARGET_GROUP);
    }

    @GET
    @Path("kurstyper")
    @Operation(summary = "The kinds of course")
    public List<TermDto> kinds() {
        return terms(TermSet.COURSE_KIND);
    }

    private List<TermDto> terms(TermSet vocabulary) {
        return taxonomy.terms(vocabulary).stream().map(t -> new TermDto(t.getCode(), t.getName())).toList();
    }

    @Revalidated
    @GET
    @Path("kurser")
    @Operation(summary = "Upcoming published courses across Sweden, soonest first, 20 per page")
    @APIResponse(responseCode = "400", description = "A filter value is malformed")
    public CataloguePageDto catalogue(
            @Parameter(description = "County code (01) or letters (AB)") @QueryParam("lan") String county,
            @Parameter(description = "Theme code, see /api/teman") @QueryParam("tema") String theme,
            @Parameter(description = "Profession code, see /api/yrken") @QueryParam("malgrupp") String audience,
            @Parameter(description = "Course kind code, see /api/kurstyper") @QueryParam("typ") String kind,
            @Parameter(description = "ON_SITE, ONLINE or HYBRID") @QueryParam("format") String format,
            @Parameter(description = "Month as 2026-03") @QueryParam("manad") String month,
            @Parameter(description = "Page, from 1") @QueryParam("sida") Integer page) {
        CatalogueFilter filter = new CatalogueFilter(countyCode(county), blankToNull(theme), blankToNull(audience),
                blankToNull(kind), format(format), month(month));
        ResultPage<CourseSeats> result = courses.catalogue(filter, page == null ? 1 : page);
        return new CataloguePageDto(result.total(), result.page(), result.pageCount(), result.rows().stream()
                .map(row -> CourseSummaryDto.of(row.course(), row.seats())).toList());
    }

    @Revalidated
    @GET
    @Path("kurser/{id}")
    @Operation(summary = "One course with its sessions and seats (drafts only to their editors)")
    @APIResponse(responseCode = "404", description = "No such course")
    public CourseDto course(@PathParam("id") long id) {
        Course course = courses.course(id);
        return CourseDto.of(course, registrations.seatsOf(course));
    }

    @POST
    @Path("kurser")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course as a draft (editors of the organising or a co-organising county)")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(schema = @Schema(implementation = CourseDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of those counties")
    public Response create(CourseRequest request, @Context UriInfo uri) {
        Course course = courses.create(body(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("kurser/{id}").build(course.getId()))
                .entity(CourseDto.of(course, registrations.seatsOf(course))).build();
    }

    @PUT
    @Path("kurser/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a course; registrations stay, a raised capacity promotes from the waiting list")
    @APIResponse(responseCode = "400", description = "A field is wrong (or capacity below seats taken); nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the course")
    @APIResponse(responseCode = "409", description = "The course is completed or cancelled, or was changed by someone"
            + " else since the given revision")
    public CourseDto update(@PathParam("id") long id, CourseRequest request) {
        CourseRequest change = body(request);
        Course course = courses.update(id, change.toInput(), change.revision());
        return CourseDto.of(course, registrations.seatsOf(course));
    }

    @POST
    @Path("kurser/{id}/publicera")
    @Operation(summary = "Publish a draft")
    public CourseDto publish(@PathParam("id") long id) {
        Course course = courses.publish(id);
        return CourseDto.of(course, registrations.seatsOf(course));
    }

    @POST
    @Path("kurser/{id}/installd")
    @Operation(summary = "Cancel a course; everyone registered is told by mail")
    public CourseDto cancel(@PathParam("id") long id) {
        Course course = courses.cancel(id);
        return CourseDto.of(course, registrations.seatsOf(course));
    }

    @POST
    @Path("kurser/{id}/kopia")
    @Operation(summary = "Copy a course into a new draft, every date 52 weeks later")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(schema = @Schema(implementation = CourseDto.class)))
    public Response copy(@PathParam("id") long id, @Context UriInfo uri) {
        Course copy = courses.copy(id);
        return Response.created(uri.getBaseUriBuilder().path("kurser/{id}").build(copy.getId()))
                .entity(CourseDto.of(copy, registrations.seatsOf(copy))).build();
    }

    // ---- registrations

    @POST
    @Path("kurser/{id}/anmalningar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register the token's owner: a seat, awaiting approval, or a place in the waiting list")
    @APIResponse(responseCode = "201",
            description = "Registered; see status, queuePosition and whether reserved seats made the person wait",
            content = @Content(schema = @Schema(implementation = RegistrationDto.class)))
    @APIResponse(responseCode = "409", description = "Closed, not open yet, cancelled, already registered or not verified")
    public Response register(@PathParam("id") long id, RegistrationRequest request, @Context UriInfo uri) {
        RegistrationService.Registered registered = registrations.register(id, request == null ? null
                : request.note());
        long registrationId = registered.registration().getId();
        return Response.created(uri.getBaseUriBuilder().path("anmalningar/{id}").build(registrationId))
                .entity(RegistrationDto.of(registered.registration(), registered.queuePosition(),
                        registered.waitsForReservedSeats())).build();
    }

    @GET
    @Path("kurser/{id}/anmalningar")
    @Operation(summary = "All registrations of a course with attendance (editors of the course)")
    public List<RegistrationDetailDto> registrationsOf(@PathParam("id") long id) {
        List<Registration> list = registrations.ofCourseForEditor(id);
        Map<Long, Map<Long, Boolean>> attendance = registrations.attendanceOfCourse(id);
        Map<Long, Integer> positions = RegistrationService.queuePositions(list);
        return list.stream().map(r -> {
            Account account = accounts.account(r.getAccountId());
            Map<String, Boolean> marks = new TreeMap<>();
            attendance.getOrDefault(r.getId(), Map.of()).forEach((session, present) ->
                    marks.put(session.toString(), present));
            return new RegistrationDetailDto(r.getId(), r.getStatus().name(), positions.getOrDefault(r.getId(), 0),
                    r.getAccountId(), account.getName(), account.getEmail(), r.getOrganisationId(),
                    r.getMunicipalityCode(), r.getRegionCode(), r.getProfessionCode(), r.getSectorCode(), r.getNote(),
                    marks);
        }).toList();
    }

    @GET
    @Path("anmalningar/{id}")
    @Operation(summary = "One registration (its owner or an editor of the course)")
    public RegistrationDto registration(@PathParam("id") long id) {
        Registration registration = registrations.registration(id);
        return RegistrationDto.of(registration, registrations.queuePosition(registration),
                registrations.waitsForReservedSeats(registration));
    }

    @GET
    @Path("mina-anmalningar")
    @Operation(summary = "The token owner's registrations, latest course first")
    public List<RegistrationDto> mine() {
        return registrations.mine().stream().map(r -> RegistrationDto.of(r, registrations.queuePosition(r),
                registrations.waitsForReservedSeats(r))).toList();
    }

    @DELETE
    @Path("anmalningar/{id}")
    @Operation(summary = "Cancel a registration: its owner until registration closes, editors any time")
    @APIResponse(responseCode = "409",
            description = "Already cancelled, attendance marked, course over, or registration has closed")
    public RegistrationDto cancelRegistration(@PathParam("id") long id) {
        return RegistrationDto.of(registrations.cancel(id), 0, false);
    }

    @POST
    @Path("anmalningar/{id}/godkann")
    @Operation(summary = "Approve a registration awaiting approval (editors)")
    public RegistrationDto approve(@PathParam("id") long id) {
        return RegistrationDto.of(registrations.approve(id), 0, false);
    }

    @POST
    @Path("anmalningar/{id}/avsla")
    @Operation(summary = "Decline a registration awaiting approval (editors); the seat goes to the waiting list")
    public RegistrationDto decline(@PathParam("id") long id) {
        return RegistrationDto.of(registrations.decline(id), 0, false);
    }

    @PUT
    @Path("kurser/{id}/tillfallen/{session}/narvaro")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark attendance at one session: registration id to true (present) or false (editors)")
    public List<RegistrationDetailDto> markAttendance(@PathParam("id") long id, @PathParam("session") long session,
                                                      Map<String, Boolean> presentByRegistration) {
        if (presentByRegistration == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        Map<Long, Boolean> marks = new TreeMap<>();
        try {
            presentByRegistration.forEach((registration, present) -> marks.put(Long.valueOf(registration), present));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("registrations", "attendance.notMarkable");
        }
        registrations.markAttendance(id, session, marks);
        return registrationsOf(id);
    }

    @POST
    @Path("kurser/{id}/utskick")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail everyone registered (editors)")
    public MailResult mailRegistrants(@PathParam("id") long id, MailRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return new MailResult(registrations.mailRegistrants(id, request.subject(), request.body()));
    }

    // ---- files

    @GET
    @Path("anmalningar/{id}/intyg")
    @Produces("application/pdf")
    @Operation(summary = "The certificate (PDF) of an attended course")
    public Response certificate(@PathParam("id") long id) {
        return file(documents.certificate(id), "application/pdf", "intyg-" + id + ".pdf");
    }

    @GET
    @Path("kurser/{id}/anmalningar.csv")
    @Produces("text/csv")
    @Operation(summary = "The registration list as CSV (semicolon-separated, UTF-8) for editors")
    public Response registrationsCsv(@PathParam("id") long id) {
        return file(documents.registrationsCsv(id), "text/csv; charset=UTF-8", "anmalningar-" + id + ".csv");
    }

    @GET
    @Path("kurser/{id}/anmalningar.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The registration list as an Excel workbook for editors")
    public Response registrationsXlsx(@PathParam("id") long id) {
        return file(documents.registrationsXlsx(id),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "anmalningar-" + id + ".xlsx");
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    // ---- helpers

    private static CourseRequest body(CourseRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }

    private String countyCode(String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        return geography.countyCode(county)
                .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.county.notFound", county));
    }

    private static CourseFormat format(String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return Arrays.stream(CourseFormat.values()).filter(f -> f.name().equals(format)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("format", "course.unknownFormat"));
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("manad", "course.invalidMonth");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
