package se.kunskapsnav.reach;

import java.time.LocalDate;

/**
 * One participation fact of the summary: a person at an activity ({@code personId} set, count 1) or a
 * counted group (no person, count N).
 */
public record ReachFact(LocalDate occurredOn, Outcome outcome, Integer personId, Long organisationId,
                        String organisationType, String municipalityCode, String regionCode, String professionCode,
                        String sectorCode, int count) {
}
