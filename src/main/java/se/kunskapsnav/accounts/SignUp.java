package se.kunskapsnav.accounts;

/**
 * What a person fills in to sign up. The employer is an organisation of the directory or, when it is
 * missing, a name ({@code otherOrganisationName}) that an editor reviews later.
 */
public record SignUp(String email, String password, String name, String professionCode, String sectorCode,
                     Long organisationId, String otherOrganisationName, Workplace workplace) {
}
