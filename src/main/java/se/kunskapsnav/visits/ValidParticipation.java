package se.kunskapsnav.visits;

/**
 * A checked participation row: the municipality is known whenever the organisation has one, so reach can
 * count municipalities.
 */
public record ValidParticipation(String municipalityCode, Long organisationId, String professionCode, int attendees) {
}
