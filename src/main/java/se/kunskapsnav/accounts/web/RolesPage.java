package se.kunskapsnav.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleGrant;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /admin/roller}: administrators find a person by e-mail and grant or revoke roles. */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    @Inject
    transient AccountService accounts;

    @Inject
    transient TenancyGuard guard;

    private String email;
    private Long accountId;
    private Role role = Role.EDITOR;
    private String countyCode;

    /** View action: administrators only. */
    public void check() {
        guard.requireAdministrator();
    }

    public void find() {
        accountId = accounts.findByEmail(email).map(Account::getId).orElse(null);
        if (accountId == null) {
            Faces.message("sok:email", FacesMessage.SEVERITY_ERROR, "roles.noSuchAccount");
        }
    }

    public void grant() {
        try {
            accounts.grantRole(accountId, role, countyCode);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "roles.granted");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("role", "tilldela:role", "county", "tilldela:county"));
        }
    }

    public void revoke(long grantId) {
        accounts.revokeRole(grantId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "roles.revoked");
    }

    public Account getAccount() {
        return accountId == null ? null : accounts.account(accountId);
    }

    public List<RoleGrant> getGrants() {
        return accountId == null ? List.of() : accounts.grantsOf(accountId);
    }

    public Role[] getGrantableRoles() {
        return new Role[] {Role.ADMIN, Role.EDITOR, Role.COURSE_LEADER};
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
