package se.kunskapsnav.reach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reach report as people read it: names instead of codes, small counts hidden unless the viewer may see
 * the scope's exact figures.
 *
 * @param exact       whether small counts are shown (an administrator, or an editor viewing their own counties)
 * @param scope       the counties' names, or the whole country
 * @param period      the period in words ("2018", "2016–2018", "1 mars 2018–30 juni 2018")
 * @param sentence    the standard sentence, e.g. "315 personer från 94 kommuner … deltog i … 2016–2018."
 * @param municipalityShare percent of the scope's municipalities reached
 * @param coverage    the scope's municipalities reached by SKR group and population band
 */
public record ReachReport(ReachQuery query, boolean exact, String scope, String period, String sentence,
                          Figure persons, Figure participations, long activities, long municipalitiesReached,
                          long municipalitiesInScope, long scopeMunicipalitiesReached, Integer municipalityShare,
                          long regionsReached, long organisationsReached, long otherOrganisations,
                          Figure registered, Figure attended, Figure enrolled, Figure completed,
                          Map<Dimension, List<Row>> breakdowns, List<ActivityRow> activityRows, List<Share> shares,
                          Coverage coverage) {

    /** One line of a breakdown; {@code key} is the code (municipality code, profession code, yyyy-MM …). */
    public record Row(String key, String label, Figure persons, Figure participations, long municipalities,
                      long organisations) {
    }

    /** One activity: registered (courses only) and reached, and the municipalities reached. */
    public record ActivityRow(String key, String title, String kind, LocalDate heldOn, String county,
                              Figure registered, Figure participants, long municipalities) {
    }

    /** Reach against a stored total, e.g. "62 % av personalen på kvinnojourerna". */
    public record Share(long denominatorId, String county, int year, String label, long total, Figure reached,
                        Integer percent) {
    }

    public List<Row> rows(Dimension dimension) {
        return breakdowns.getOrDefault(dimension, List.of());
    }
}
