package se.kunskapsnav.history;

import se.kunskapsnav.visits.ParticipationDirectory;

import java.util.Map;

/**
 * What the lines of a historical file may name, read from the database: municipalities, active organisations
 * and professions (as for a count-only activity's sign-in sheet), each organisation's region, and the activity
 * kinds, themes and sectors (code to Swedish name), and the course series (each name, its own and the
 * alternative ones, to the series' id).
 */
public record HistoricalDirectory(ParticipationDirectory places, Map<Long, String> organisationRegions,
                                  Map<String, String> kinds, Map<String, String> themes,
                                  Map<String, String> sectors, Map<String, Long> seriesNames) {
}
