package se.kunskapsnav.directory;

/** What an editor gives for an organisation: its kind, name, county, and optionally municipality and parent. */
public record OrganisationInput(OrganisationType type, String name, String countyCode, String municipalityCode,
                                Long parentId) {
}
