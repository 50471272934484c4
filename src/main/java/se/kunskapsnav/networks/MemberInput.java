package se.kunskapsnav.networks;

/**
 * A member an editor adds: name and e-mail (linked to the account with that e-mail, if there is one), the
 * organisation they represent, their profession and sector.
 */
public record MemberInput(String name, String email, Long organisationId, String professionCode,
                          String sectorCode) {
}
