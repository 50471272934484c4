package se.kunskapsnav.reach;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a report covers. An empty set means all: all counties is the whole country.
 *
 * @param counties          organising counties (an activity co-organised by several counts for each)
 * @param kinds             activity kinds (course kinds, {@code natverkstraff}, {@code kommunbesok},
 *                          {@code webbkurs-grupp}, {@code webbkurs-individuell}, kinds of counted activities)
 * @param themes            activities with any of these themes
 * @param professions       participants of these professions (the audience reached)
 * @param organisationTypes participants from organisations of these types
 * @param series            activities of these course series (ids as text)
 */
public record ReachQuery(Set<String> counties, LocalDate from, LocalDate to, Set<String> kinds, Set<String> themes,
                         Set<String> professions, Set<String> organisationTypes, Set<String> series) {

    /** A query that does not narrow by course series. */
    public ReachQuery(Set<String> counties, LocalDate from, LocalDate to, Set<String> kinds, Set<String> themes,
                      Set<String> professions, Set<String> organisationTypes) {
        this(counties, from, to, kinds, themes, professions, organisationTypes, Set.of());
    }

    public ReachQuery {
        series = Set.copyOf(series);
        counties = Set.copyOf(counties);
        kinds = Set.copyOf(kinds);
        themes = Set.copyOf(themes);
        professions = Set.copyOf(professions);
        organisationTypes = Set.copyOf(organisationTypes);
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period from " + from + " to " + to);
        }
    }

    /** A calendar year of the given counties, everything else open. */
    public static ReachQuery year(int year, Set<String> counties) {
        return new ReachQuery(counties, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Set.of(), Set.of(),
                Set.of(), Set.of());
    }

    public boolean wholeCountry() {
        return counties.isEmpty();
    }

    /** Whether the period is whole calendar years. */
    public boolean wholeYears() {
        return from.getDayOfYear() == 1 && to.plusDays(1).getDayOfYear() == 1;
    }

    boolean matches(ReachActivity activity) {
        return (counties.isEmpty() || activity.counties().stream().anyMatch(counties::contains))
                && (kinds.isEmpty() || kinds.contains(activity.kindCode()))
                && (themes.isEmpty() || activity.themes().stream().anyMatch(themes::contains))
                && (series.isEmpty() || (activity.series() != null && series.contains(activity.series())));
    }
}
