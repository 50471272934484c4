package se.kunskapsnav.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.Collection;

/**
 * The one place that decides whether the current person may change a county's rows. Services call it
 * before they change anything; nothing else re-implements the rule (see {@link CountyScope}). The
 * authentication mechanism puts the caller's scope on the request.
 */
@RequestScoped
public class TenancyGuard {

    /** The request attribute holding the authenticated caller's {@link CountyScope}. */
    public static final String SCOPE_ATTRIBUTE = TenancyGuard.class.getName() + ".scope";

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityContext security;

    public CountyScope scope() {
        return request.getAttribute(SCOPE_ATTRIBUTE) instanceof CountyScope scope ? scope : CountyScope.NONE;
    }

    /** The logged-in person's account id, or null. */
    public Long currentAccountId() {
        return accountIdOf(security.getCallerPrincipal());
    }

    /** The account id a caller principal names (its name is the id), or null for none. */
    static Long accountIdOf(Principal principal) {
        if (principal == null) {
            return null;
        }
        try {
            return Long.valueOf(principal.getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void requireMayEdit(String countyCode) {
        if (!scope().mayEdit(countyCode)) {
            throw new AccessDeniedException("may not change rows of county " + countyCode);
        }
    }

    /** For rows owned by several counties (co-organised): an editor of any of them may change the row. */
    public void requireMayEdit(Collection<String> owningCounties) {
        if (!scope().mayEdit(owningCounties)) {
            throw new AccessDeniedException("may not change rows of counties " + owningCounties);
        }
    }

    public void requireAdministrator() {
        if (!scope().administrator()) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
