package se.kunskapsnav.accounts;

/** Who has a role: for the list on {@code /admin/roller}. {@code countyCode} is an editor's county, else null. */
public record RoleHolder(String name, String email, Role role, String countyCode) {
}
