package se.kunskapsnav.visits;

import java.util.Map;
import java.util.Set;

/**
 * What participation rows may name, read from the database: municipality codes, active organisations and
 * professions (code to Swedish name).
 */
public record ParticipationDirectory(Set<String> municipalityCodes, Map<Long, KnownOrganisation> organisations,
                                     Map<String, String> professions) {

    /** An organisation of the directory with its municipality, if it has one. */
    public record KnownOrganisation(long id, String name, String municipalityCode) {
    }
}
