package se.kunskapsnav.reach.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.api.Revalidated;
import se.kunskapsnav.platform.web.AnonymousAnswers;
import se.kunskapsnav.reach.Denominator;
import se.kunskapsnav.reach.Denominators;
import se.kunskapsnav.reach.ReachParameters;
import se.kunskapsnav.reach.ReachQueries;
import se.kunskapsnav.reach.ReachQuery;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.api.ReachDtos.DenominatorDto;
import se.kunskapsnav.reach.api.ReachDtos.DenominatorRequest;
import se.kunskapsnav.reach.api.ReachDtos.OptionsDto;
import se.kunskapsnav.reach.api.ReachDtos.ReportDto;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reach reports for scripts: the same parameters as the page {@code /uppfoljning}, and the stored totals
 * the reports measure shares against. Anyone may read; small counts are hidden unless the token's person
 * edits every county of the report (or administers the portal). Totals are changed by the county's editors.
 */
@Path("uppfoljning")
@Produces(MediaType.APPLICATION_JSON)
public class ReachResource {

    private static final String COUNT_SHAPE = " Every count of people is an object {\"value\": 12, \"hidden\": false};"
            + " a count from 1 to 4 that the caller may not see exactly is {\"value\": null, \"hidden\": true} (the"
            + " page shows \"färre än 5\"). Counts of activities, municipalities, regions and organisations are plain"
            + " numbers.";

    @Inject
    ReachService reach;

    @Inject
    ReachQueries queries;

    @Inject
    Denominators denominators;

    @Inject
    GeographyService geography;

    @Context
    HttpServletRequest servletRequest;

    @Revalidated
    @GET
    @Operation(summary = "A reach report: persons, participations, places and organisations reached, breakdowns, "
            + "activities and shares of stored totals",
            description = "exact tells whether small counts are shown: for administrators, and for editors of every "
                    + "county asked for. breakdowns has one list per dimension (PROFESSION, SECTOR, ORGANISATION_TYPE, "
                    + "MUNICIPALITY, MUNICIPALITY_GROUP, POPULATION_BAND, MONTH, THEME, KIND, COUNTY), each row with "
                    + "key (the code; missing when not known), label, persons and participations, plus municipalities "
                    + "(THEME, KIND, COUNTY) or organisations (ORGANISATION_TYPE). activityRows lists each activity "
                    + "with registered (null for activities other than courses), participants and municipalities "
                    + "reached. municipalityShare is "
                    + "the percent of the scope's municipalities reached. coverage compares the scope's municipalities "
                    + "reached with those in each SKR municipality group and population band, by the classification "
                    + "of the period's last year or the nearest earlier year imported (groupYear, populationYear; "
                    + "null with a notice when none is)." + COUNT_SHAPE)
    @APIResponse(responseCode = "200", description = "The report as the caller may see it")
    @APIResponse(responseCode = "400", description = "A parameter is wrong: errors names each one")
    public ReportDto report(
            @Parameter(description = "County code (01) or letters (AB), repeated; none for the whole country")
            @QueryParam(ReachParameters.COUNTY) List<String> counties,
            @Parameter(description = "Calendar year, default this year (Swedish time)")
            @QueryParam(ReachParameters.YEAR) String year,
            @Parameter(description = "First day (yyyy-MM-dd), with till; wins over ar")
            @QueryParam(ReachParameters.FROM) String from,
            @Parameter(description = "Last day (yyyy-MM-dd), with fran")
            @QueryParam(ReachParameters.TO) String to,
            @Parameter(description = "Activity kind code (see alternativ), repeated")
            @QueryParam(ReachParameters.KIND) List<String> kinds,
            @Parameter(description = "Theme code, repeated: activities with any of them")
            @QueryParam(ReachParameters.THEME) List<String> themes,
            @Parameter(description = "Profession code, repeated: participants of these professions")
            @QueryParam(ReachParameters.PROFESSION) List<String> professions,
            @Parameter(description = "Course series id (see /api/kursserier), repeated: activities of these series")
            @QueryParam(ReachParameters.SERIES) List<String> series) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put(ReachParameters.COUNTY, counties);
        parameters.put(ReachParameters.YEAR, optional(year));
        parameters.put(ReachParameters.FROM, optional(from));
        parameters.put(ReachParameters.TO, optional(to));
        parameters.put(ReachParameters.KIND, kinds);
        parameters.put(ReachParameters.THEME, themes);
        parameters.put(ReachParameters.PROFESSION, professions);
        parameters.put(ReachParameters.SERIES, series);
        ReachQuery query = queries.query(parameters);
        long pending = reach.pendingChanges();
        if (pending != 0) {
            servletRequest.setAttribute(AnonymousAnswers.NOT_KEPT, true); // it says the figures are being updated
        }
        return ReportDto.of(reach.report(query), pending);
    }

    @GET
    @Path("alternativ")
    @Operation(summary = "What a report can be narrowed by: counties, activity kinds, themes, professions and "
            + "course series, each as code and name in the order to offer them")
    public OptionsDto options() {
        return OptionsDto.of(reach.options());
    }

    @GET
    @Path("jamforelsetal")
    @Operation(summary = "Stored totals of a year that reports measure reach against (e.g. the staff of the "
            + "county's women's shelters)")
    @APIResponse(responseCode = "400", description = "Unknown county or malformed year")
    public List<DenominatorDto> denominators(
            @Parameter(description = "County code or letters, repeated; none for all counties")
            @QueryParam(ReachParameters.COUNTY) List<String> counties,
            @Parameter(description = "Year, default this year") @QueryParam(ReachParameters.YEAR) String year) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put(ReachParameters.COUNTY, counties);
        parameters.put(ReachParameters.YEAR, optional(year));
        ReachQuery query = queries.query(parameters);
        return denominators.within(query.counties(), query.from().getYear(), query.to().getYear()).stream()
                .map(DenominatorDto::of).toList();
    }

    @POST
    @Path("jamforelsetal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a total (editors of the county, administrators): label, year, total and "
            + "organisationType (e.g. WOMENS_SHELTER) and/or profession (a profession code)")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = DenominatorDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response create(DenominatorRequest request, @Context UriInfo uri) {
        Denominator saved = save(0, request);
        return Response.created(uri.getBaseUriBuilder().path("uppfoljning/jamforelsetal/{id}").build(saved.id()))
                .entity(DenominatorDto.of(saved)).build();
    }

    @GET
    @Path("jamforelsetal/{id}")
    @Operation(summary = "One stored total")
    @APIResponse(responseCode = "404", description = "No such total")
    public DenominatorDto denominator(@PathParam("id") long id) {
        return DenominatorDto.of(denominators.find(id));
    }

    @PUT
    @Path("jamforelsetal/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a stored total (editors of its county and of the county it is moved to)")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the county")
    @APIResponse(responseCode = "404", description = "No such total")
    public DenominatorDto update(@PathParam("id") long id, DenominatorRequest request) {
        return DenominatorDto.of(save(id, request));
    }

    @DELETE
    @Path("jamforelsetal/{id}")
    @Operation(summary = "Delete a stored total (editors of its county, administrators)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not an editor of the county")
    @APIResponse(responseCode = "404", description = "No such total")
    public Response delete(@PathParam("id") long id) {
        denominators.delete(id);
        return Response.noContent().build();
    }

    private Denominator save(long id, DenominatorRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return denominators.save(id, countyCode(request.county()), request.year(), request.label(),
                request.organisationType(), request.profession(), request.total());
    }

    /** Letters become the code; anything else is left for the field check. */
    private String countyCode(String county) {
        if (county == null || county.isBlank()) {
            return null;
        }
        return geography.countyCode(county).orElse(county.trim());
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
