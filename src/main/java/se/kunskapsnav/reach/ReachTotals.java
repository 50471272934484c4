package se.kunskapsnav.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report's exact figures, keyed by codes (the service adds names and publishes them). Counts of persons and
 * participations carry their cell keys; counts of places and activities are plain numbers.
 *
 * @param persons                  distinct persons reached, plus counted participants without a person key
 * @param participations           every participation (a person at three activities counts three times)
 * @param activities               activities with anyone reached
 * @param municipalitiesReached    municipalities anyone reached came from (any county)
 * @param municipalitiesInScope    municipalities of the scope's counties (all 290 for the whole country)
 * @param scopeMunicipalitiesReached those of them reached
 * @param otherOrganisations       distinct organisations that are not a municipality, city district or region
 * @param registered               persons registered for courses (whatever their attendance)
 * @param attended                 persons marked present at courses
 * @param activitiesByKey          the activities in {@code breakdowns.get(ACTIVITY)}, by key
 * @param registeredByActivity     persons registered per course, by activity key
 */
public record ReachTotals(Count persons, Count participations, long activities, long municipalitiesReached,
                          long municipalitiesInScope, long scopeMunicipalitiesReached, long regionsReached,
                          long organisationsReached, long otherOrganisations, Count registered, Count attended,
                          Count enrolled, Count completed, Map<Dimension, List<Line>> breakdowns,
                          Map<String, ReachActivity> activitiesByKey, Map<String, Count> registeredByActivity,
                          Set<String> reachedMunicipalityCodes) {

    /** One value of a breakdown. */
    public record Line(String key, Count persons, Count participations, long municipalities, long organisations) {
    }
}
