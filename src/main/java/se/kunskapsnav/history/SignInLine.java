package se.kunskapsnav.history;

/**
 * One checked line of a sign-in list: a person ({@code identifier}, their name or e-mail address trimmed and
 * lower-cased, and one participant) or a counted group (no identifier, N participants), with where they worked:
 * a municipality, a region or an organisation (the organisation's municipality and region filled in from the
 * directory), and their profession and sector if the list had them. The identifier only makes the person key;
 * it is never stored.
 */
public record SignInLine(String identifier, String municipalityCode, Long organisationId,
                         String regionCode, String professionCode, String sectorCode, int participants) {
}
