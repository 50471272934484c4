package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.accounts.LoginResult;
import se.kunskapsnav.accounts.PortalAuthentication;
import se.kunskapsnav.platform.web.Faces;

/** {@code /logga-in}: e-mail and password; messages never tell whether an address has an account. */
@Named
@RequestScoped
public class LoginPage {

    private static final String EMAIL_FIELD = "inloggning:email";

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String back;

    public void login() {
        boolean emailMissing = email == null || email.isBlank();
        boolean passwordMissing = password == null || password.isEmpty();
        if (emailMissing || passwordMissing) {
            if (emailMissing) {
                Faces.message(EMAIL_FIELD, FacesMessage.SEVERITY_ERROR, "login.emailRequired");
            }
            if (passwordMissing) {
                Faces.message("inloggning:password", FacesMessage.SEVERITY_ERROR, "login.passwordRequired");
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if ("cross-site".equals(external.getRequestHeaderMap().get("Sec-Fetch-Site"))) {
            // The page keeps no view state, whose id would otherwise tell a form from another site: refused, so that
            // no site can sign a visitor in to an account of its choosing.
            password = null;
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "login.crossSite");
            return;
        }
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Faces.redirect(safeBack());
            return;
        }
        Object outcome = Faces.request().getAttribute(PortalAuthentication.LOGIN_OUTCOME);
        String key = outcome == LoginResult.Outcome.LOCKED ? "login.locked"
                : outcome == LoginResult.Outcome.UNVERIFIED ? "login.unverified" : "login.invalid";
        // at the address, where the summary's link leads: it is the first thing to check
        Faces.message(EMAIL_FIELD, FacesMessage.SEVERITY_ERROR, key);
    }

    /** Only a path within the portal, never another site. */
    private String safeBack() {
        if (back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")) {
            return back;
        }
        return "/mina-uppgifter";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
