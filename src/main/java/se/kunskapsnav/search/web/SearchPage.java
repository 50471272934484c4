package se.kunskapsnav.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.web.AnonymousAnswers;
import se.kunskapsnav.search.SearchNotice;
import se.kunskapsnav.search.SearchRequest;
import se.kunskapsnav.search.SearchResults;
import se.kunskapsnav.search.SearchService;
import se.kunskapsnav.search.SearchSort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /sok}: the search page. Everything it shows comes from the address ({@code q, typ, lan, tema, yrke,
 * ar, sortering, sida}), so a search can be bookmarked, shared and paged with plain links. A parameter the
 * search refuses is dropped instead of answered with an error: a person who edits the address still gets
 * a search.
 */
@Named
@RequestScoped
public class SearchPage {

    /** The parameters the page reads, in the order its links write them. */
    static final List<String> PARAMETERS = List.of("q", "typ", "lan", "tema", "yrke", "ar", "sortering", "sida");
    /** Facet values shown before "show all", so a long list (21 counties) does not bury the others. */
    static final int FACET_VALUES_SHOWN = 8;
    /** Page numbers on either side of the current page in the pager. */
    private static final int PAGE_WINDOW = 2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);

    @Inject
    SearchService search;

    /** The parameters the search accepted, without blanks. */
    private Map<String, String> kept;
    private SearchResults results;
    private List<HitRow> hits;
    private List<FacetRow> facets;

    /** A link in the pager: a page number, or a gap ({@code number} null) where pages are left out. */
    public record PageLink(Integer number, boolean current) {
    }

    /*
     * The hits and facets as the page shows them, every value a bean property: the page reads these per row, and
     * EL looks a method called with arguments, or a record's accessor, up by reflection on every call.
     */

    /** A hit's row; {@code type} is its type's code, {@code date} and {@code counties} are written out. */
    public static final class HitRow {
        private final String href;
        private final String title;
        private final String type;
        private final String date;
        private final String counties;
        private final String snippetHtml;

        HitRow(SearchResults.Hit hit, String contextPath) {
            href = contextPath + hit.url();
            title = hit.title();
            type = hit.type().code();
            date = hit.date() == null ? null : DATE.format(hit.date());
            counties = hit.countyNames().isEmpty() ? null : String.join(", ", hit.countyNames());
            snippetHtml = hit.snippetHtml();
        }

        public String getHref() {
            return href;
        }

        public String getTitle() {
            return title;
        }

        public String getType() {
            return type;
        }

        public String getDate() {
            return date;
        }

        public String getCounties() {
            return counties;
        }

        /** The search escapes the text and adds only {@code <mark>} around the words found. */
        public String getSnippetHtml() {
            return snippetHtml;
        }
    }

    /** A facet value as a link that adds it to the search or, when chosen, removes it. */
    public static final class FacetLink {
        private final String href;
        private final SearchResults.FacetValue value;

        FacetLink(String href, SearchResults.FacetValue value) {
            this.href = href;
            this.value = value;
        }

        public String getHref() {
            return href;
        }

        public String getCode() {
            return value.code();
        }

        public String getLabel() {
            return value.label();
        }

        public long getCount() {
            return value.count();
        }

        public boolean isSelected() {
            return value.selected();
        }
    }

    /** A facet: its first values, and the rest behind "show all". */
    public static final class FacetRow {
        private final String dimension;
        private final List<FacetLink> first;
        private final List<FacetLink> more;

        FacetRow(String dimension, List<FacetLink> first, List<FacetLink> more) {
            this.dimension = dimension;
            this.first = first;
            this.more = more;
        }

        public String getDimension() {
            return dimension;
        }

        public List<FacetLink> getFirst() {
            return first;
        }

        public List<FacetLink> getMore() {
            return more;
        }
    }

    /** View action: searches for what the address asks. */
    public void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        kept = new LinkedHashMap<>();
        for (String name : PARAMETERS) {
            String value = query.get(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        }
        results = search.search(request(kept));
        if (results.hits().isEmpty() && results.page() > results.pageCount()) {
            // a page past the end (an old bookmark, an edited address): show the last page there is
            kept.put("sida", String.valueOf(results.pageCount()));
            results = search.search(request(kept));
        }
        if (results.notices().contains(SearchNotice.INDEX_BUILDING)) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(AnonymousAnswers.NOT_KEPT, true);
        }
    }

    /**
     * The request for {@code parameters}, leaving out each one the search refuses (an unknown type, a page
     * that is not a number) until it accepts the rest; {@code parameters} is left holding what was used.
     */
    static SearchRequest request(Map<String, String> parameters) {
        while (true) {
            try {
                return SearchRequest.parse(parameters.get("q"), parameters.get("typ"), parameters.get("lan"),
                        parameters.get("tema"), parameters.get("yrke"), parameters.get("ar"),
                        parameters.get("sortering"), parameters.get("sida"), null);
            } catch (InvalidInputException refused) {
                if (!parameters.keySet().removeAll(refused.fieldMessageKeys().keySet())) {
                    // refused for something the page did not send: search for the text alone
                    parameters.keySet().retainAll(List.of("q"));
                    return SearchRequest.of(parameters.get("q"));
                }
            }
        }
    }

    public SearchResults getResults() {
        return results;
    }

    /** The text as it was searched, for the search box. */
    public String getQuery() {
        return results.query();
    }

    public String getSort() {
        return kept.getOrDefault("sortering", SearchSort.RELEVANCE.code());
    }

    public List<SearchSort> getSorts() {
        return List.of(SearchSort.values());
    }

    /** Sorting means something only when words were searched: an empty search is always newest first. */
    public boolean isSortable() {
        return !results.notices().contains(SearchNotice.EMPTY) && results.total() > 1;
    }

    /** The notices in a fixed order, so the page reads the same each time. */
    public List<SearchNotice> getNotices() {
        return results.notices().stream().sorted().toList();
    }

    /** A notice's text; the one for an English query names the Swedish words searched. */
    public String noticeText(SearchNotice notice) {
        return notice == SearchNotice.TRANSLATED ? Messages.get("search.notice." + notice.name(), results.translation())
                : Messages.get("search.notice." + notice.name());
    }

    /** The facets that have values to show. */
    public List<FacetRow> getFacets() {
        if (facets == null) {
            String contextPath = contextPath();
            facets = results.facets().stream().filter(facet -> !facet.values().isEmpty()).map(facet -> {
                List<SearchResults.FacetValue> first = firstValues(facet);
                List<SearchResults.FacetValue> more = facet.values().stream().filter(v -> !first.contains(v)).toList();
                return new FacetRow(facet.dimension(), links(facet, first, contextPath),
                        links(facet, more, contextPath));
            }).toList();
        }
        return facets;
    }

    /** A facet's first values, the selected ones among them. */
    static List<SearchResults.FacetValue> firstValues(SearchResults.Facet facet) {
        List<SearchResults.FacetValue> first = new ArrayList<>(facet.values().stream()
                .filter(SearchResults.FacetValue::selected).toList());
        facet.values().stream().filter(value -> !value.selected())
                .limit(Math.max(0, FACET_VALUES_SHOWN - first.size())).forEach(first::add);
        return first;
    }

    private List<FacetLink> links(SearchResults.Facet facet, List<SearchResults.FacetValue> values,
                                  String contextPath) {
        return values.stream().map(value -> new FacetLink(contextPath + facetUrl(facet, value), value)).toList();
    }

    public boolean isFiltered() {
        return List.of("typ", "lan", "tema", "yrke", "ar").stream().anyMatch(kept::containsKey);
    }

    // ---- addresses; all context-relative, the page puts the context path in front

    /** Choosing a facet value adds it (replacing another of the same facet); choosing a chosen one removes it. */
    String facetUrl(SearchResults.Facet facet, SearchResults.FacetValue value) {
        Map<String, String> changed = new LinkedHashMap<>(kept);
        changed.remove("sida");
        if (value.selected()) {
            changed.remove(facet.dimension());
        } else {
            changed.put(facet.dimension(), value.code());
        }
        return url(changed);
    }

    public String sortUrl(SearchSort sort) {
        Map<String, String> changed = new LinkedHashMap<>(kept);
        changed.remove("sida");
        changed.put("sortering", sort.code());
        if (sort == SearchSort.RELEVANCE) {
            changed.remove("sortering");
        }
        return url(changed);
    }

    public String pageUrl(int page) {
        Map<String, String> changed = new LinkedHashMap<>(kept);
        changed.put("sida", String.valueOf(page));
        if (page == 1) {
            changed.remove("sida");
        }
        return url(changed);
    }

    /** The same search with the spelling the search suggests. */
    public String getSuggestionUrl() {
        Map<String, String> changed = new LinkedHashMap<>(kept);
        changed.remove("sida");
        changed.put("q", results.suggestion());
        return url(changed);
    }

    /** The same words without any filter. */
    public String getUnfilteredUrl() {
        Map<String, String> changed = new LinkedHashMap<>();
        if (kept.containsKey("q")) {
            changed.put("q", kept.get("q"));
        }
        return url(changed);
    }

    private static String url(Map<String, String> parameters) {
        List<String> parts = new ArrayList<>();
        for (String name : PARAMETERS) {
            String value = parameters.get(name);
            if (value != null) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return parts.isEmpty() ? "/sok" : "/sok?" + String.join("&", parts);
    }

    // ---- what a hit shows

    /** The pager's numbers: the first and last page, and a few either side of the current one. */
    public List<PageLink> getPageLinks() {
        List<PageLink> links = new ArrayList<>();
        int current = results.page();
        int last = results.pageCount();
        for (int page = 1; page <= last; page++) {
            boolean near = Math.abs(page - current) <= PAGE_WINDOW;
            if (page == 1 || page == last || near) {
                links.add(new PageLink(page, page == current));
            } else if (links.getLast().number() != null) {
                links.add(new PageLink(null, false));
            }
        }
        return links;
    }

    public List<HitRow> getHits() {
        if (hits == null) {
            String contextPath = contextPath();
            hits = results.hits().stream().map(hit -> new HitRow(hit, contextPath)).toList();
        }
        return hits;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
