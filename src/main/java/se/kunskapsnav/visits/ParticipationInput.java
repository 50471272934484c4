package se.kunskapsnav.visits;

/**
 * How many came to a count-only activity from one municipality or organisation (at least one of them) in one
 * profession.
 */
public record ParticipationInput(String municipalityCode, Long organisationId, String professionCode,
                                 Integer attendees) {
}
