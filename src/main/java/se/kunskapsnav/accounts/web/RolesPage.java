package se.kunskapsnav.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleHolder;
import se.kunskapsnav.accounts.RoleService;
import se.kunskapsnav.accounts.RoleGrant;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/roller}: administrators find a person by e-mail and grant or revoke every role; editors
 * (development leaders) the course leader role. Each sees only the roles they may give and take.
 */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    RoleService roles;

    @Inject
    GeographyService geography;

    private String email;
    private Long accountId;
    private Role role;
    private String countyCode;

    /** View action: those who may give some role (administrators, editors); the first such role is chosen. */
    public void check() {
        List<Role> grantable = getGrantableRoles();
        if (grantable.isEmpty()) {
            throw new AccessDeniedException("may grant no role");
        }
        if (role == null) {
            role = grantable.getFirst();
        }
    }

    /** Who has which role, so a person need not be known by e-mail to be found. */
    public List<RoleHolder> getHolders() {
        return roles.holders();
    }

    public String countyName(String code) {
        return code == null ? "" : geography.countyNames().getOrDefault(code, code);
    }

    public void find() {
        accountId = accounts.findByEmail(email).map(Account::getId).orElse(null);
        if (accountId == null) {
            Faces.message("sok:email", FacesMessage.SEVERITY_ERROR, "roles.noSuchAccount");
        }
    }

    public void grant() {
        try {
            roles.grant(accountId, role, countyCode);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "roles.granted");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("role", "tilldela:role", "county", "tilldela:county"));
        }
    }

    public void revoke(long grantId) {
        roles.revoke(grantId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "roles.revoked");
    }

    public Account getAccount() {
        return accountId == null ? null : accounts.account(accountId);
    }

    public List<RoleGrant> getGrants() {
        return accountId == null ? List.of() : roles.grantsOf(accountId);
    }

    /** The roles the person may give and take: all of them for an administrator, course leader for an editor. */
    public List<Role> getGrantableRoles() {
        return Arrays.stream(new Role[] {Role.ADMIN, Role.EDITOR, Role.COURSE_LEADER}).filter(roles::mayGrant).toList();
    }

    public boolean mayRevoke(RoleGrant grant) {
        return roles.mayGrant(grant.getRole());
    }

    /** Only an editor role is for a county, and only administrators give it. */
    public boolean isCountyChosen() {
        return roles.mayGrant(Role.EDITOR);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }
}
