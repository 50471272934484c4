package se.kunskapsnav.search.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.api.Revalidated;
import se.kunskapsnav.platform.web.AnonymousAnswers;
import se.kunskapsnav.search.IndexStatus;
import se.kunskapsnav.search.SearchIndexer;
import se.kunskapsnav.search.SearchNotice;
import se.kunskapsnav.search.SearchRequest;
import se.kunskapsnav.search.SearchResults;
import se.kunskapsnav.search.SearchService;
import se.kunskapsnav.search.Suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * Search for scripts, with the parameters of the search page ({@code /sok}); what the caller may not see is
 * neither listed nor counted. Administrators read the index's state and start a rebuild. One instance for all
 * requests: made and injected anew for each, it took about 2 % of a new search's request thread.
 */
@ApplicationScoped
@Path("sok")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    SearchIndexer indexer;

    @Inject
    TenancyGuard guard;

    /** The servlet request (Weld's built-in bean), to say when an answer must not be kept. */
    @Inject
    HttpServletRequest servletRequest;

    public record NoticeDto(String code, String text) {
    }

    public record HitDto(String type, String title, String url, String snippetHtml, LocalDate date,
                         List<String> counties) {
    }

    public record FacetValueDto(String code, String name, long count, boolean selected) {
    }

    public record FacetDto(String parameter, List<FacetValueDto> values) {
    }

    public record ResultsDto(String query, List<NoticeDto> notices, String didYouMean, long total, int page,
                             int pageCount, List<HitDto> hits, List<FacetDto> facets) {
        static ResultsDto of(SearchResults results) {
            return new ResultsDto(results.query(),
                    results.notices().stream().sorted()
                            .map(notice -> new NoticeDto(notice.name(), notice == SearchNotice.TRANSLATED
                                    ? Messages.get("search.notice." + notice.name(), results.translation())
                                    : Messages.get("search.notice." + notice.name())))
                            .toList(),
                    results.suggestion(), results.total(), results.page(), results.pageCount(),
                    results.hits().stream().map(hit -> new HitDto(hit.type().code(), hit.title(), hit.url(),
                            hit.snippetHtml(), hit.date(), hit.countyNames())).toList(),
                    results.facets().stream().map(facet -> new FacetDto(facet.dimension(), facet.values().stream()
                            .map(value -> new FacetValueDto(value.code(), value.label(), value.count(),
                                    value.selected())).toList())).toList());
        }
    }

    public record SuggestionDto(String title, String type, String url) {
    }

    @Revalidated
    @GET
    @Operation(summary = "Search courses, networks and meetings, materials, web-course lessons, counties and "
            + "municipalities; Swedish words, \"quoted phrases\"; facets count only what the caller may see")
    @APIResponse(responseCode = "200", description = "One page of hits with facets, notices and a spelling "
            + "suggestion (didYouMean) when few hits were found")
    @APIResponse(responseCode = "400", description = "An unknown type or sort, or a page or year that is not a number")
    public ResultsDto search(
            @Parameter(description = "What to search for; over 500 characters is cut") @QueryParam("q") String text,
            @Parameter(description = "Type: kurs, natverk, traff, material, webbkurs, lan, kommun")
            @QueryParam("typ") String type,
            @Parameter(description = "County code, e.g. 12") @QueryParam("lan") String county,
            @Parameter(description = "Theme code, see /api/teman") @QueryParam("tema") String theme,
            @Parameter(description = "Profession code (audience), see /api/yrken") @QueryParam("yrke") String audience,
            @Parameter(description = "Year, e.g. 2027") @QueryParam("ar") String year,
            @Parameter(description = "relevans (default) or datum (newest first)") @QueryParam("sortering") String sort,
            @Parameter(description = "Page, from 1") @QueryParam("sida") String page,
            @Parameter(description = "Hits per page, 1 to 50 (default 10)") @QueryParam("storlek") String pageSize) {
        SearchResults results = search.search(SearchRequest.parse(text, type, county, theme, audience, year, sort,
                page, pageSize));
        if (results.notices().contains(SearchNotice.INDEX_BUILDING)) {
            servletRequest.setAttribute(AnonymousAnswers.NOT_KEPT, true);
        }
        return ResultsDto.of(results);
    }

    @GET
    @Path("forslag")
    @Operation(summary = "Titles for what has been typed so far (autocomplete), at most 8; empty under two letters")
    public List<SuggestionDto> suggestions(@Parameter(description = "The text typed so far") @QueryParam("q")
                                           String typed) {
        return search.suggest(typed).stream().map(this::dto).toList();
    }

    @GET
    @Path("index")
    @Operation(summary = "The search index's state: documents, position in the change log, a rebuild's progress "
            + "(administrators)")
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public IndexStatus status() {
        guard.requireAdministrator();
        return indexer.status();
    }

    @POST
    @Path("index/ombyggnad")
    @Operation(summary = "Start a full rebuild of the search index; searches use the old index until it is done "
            + "(administrators)")
    @APIResponse(responseCode = "202", description = "Started, or already running; follow GET /api/sok/index",
            content = @Content(schema = @Schema(implementation = IndexStatus.class)))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response rebuild() {
        guard.requireAdministrator();
        indexer.startRebuild();
        return Response.accepted(indexer.status()).build();
    }

    private SuggestionDto dto(Suggestion suggestion) {
        return new SuggestionDto(suggestion.title(), suggestion.type().code(), suggestion.url());
    }
}
