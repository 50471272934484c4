package se.kunskapsnav.reach;

import java.time.LocalDate;

/**
 * One participation fact of the summary: a person at an activity ({@code personId} and {@code personKey} set,
 * count 1) or a counted group (no person, count N).
 *
 * @param personKey the views' person key (SHA-256 in hex), from which the person's record key is made
 */
public record ReachFact(LocalDate occurredOn, Outcome outcome, Integer personId, String personKey,
                        Long organisationId, String organisationType, String municipalityCode, String regionCode,
                        String professionCode, String sectorCode, int count) {
}
