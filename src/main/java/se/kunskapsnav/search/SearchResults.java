package se.kunskapsnav.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One page of hits with the facets of the whole result.
 *
 * @param query      the text as it was searched (trimmed)
 * @param suggestion  a better spelling of the query, confident enough to offer ("Menade du …?"), or null
 * @param translation the Swedish words also searched for a query read as English, or null
 */
public record SearchResults(String query, Set<SearchNotice> notices, String suggestion, String translation,
                            long total, int page, int pageSize, List<Hit> hits, List<Facet> facets) {

    public SearchResults {
        notices = Set.copyOf(notices);
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * @param snippetHtml escaped text with the matched words in {@code <mark>}
     */
    public record Hit(String key, SearchType type, String title, String url, String snippetHtml, LocalDate date,
                      List<String> countyNames) {
    }

    /** A facet: its dimension ({@code typ}, {@code lan}, {@code tema}, {@code yrke}, {@code ar}) and values. */
    public record Facet(String dimension, List<FacetValue> values) {
    }

    /** A value, its name for people, and the number of hits it has. */
    public record FacetValue(String code, String label, long count, boolean selected) {
    }
}
