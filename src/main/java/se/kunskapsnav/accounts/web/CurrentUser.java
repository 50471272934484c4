package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.platform.TenancyGuard;

/** Who is looking at a page, for the layout and page beans. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    TenancyGuard guard;

    public boolean isLoggedIn() {
        return guard.currentAccountId() != null;
    }

    public Long getAccountId() {
        return guard.currentAccountId();
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMIN.name());
    }

    public boolean isEditor() {
        return security.isCallerInRole(Role.EDITOR.name());
    }
}
