package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.api.Problem;
import se.kunskapsnav.platform.api.ProblemMappers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * How the portal knows who is calling (Jakarta Security). Pages: the login page hands a password to
 * {@code SecurityContext.authenticate}, a successful login gets a new session id, and each later request
 * is checked against the account's session version (so "log out everywhere" works). API: a personal token
 * as {@code Authorization: Bearer}, no cookies and no session. The principal's name is the account id.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_ACCOUNT = "kunskapsnav.accountId";
    static final String SESSION_VERSION = "kunskapsnav.sessionVersion";
    /** Request attribute with the {@link LoginResult.Outcome} of a login attempt, for the login page. */
    public static final String LOGIN_OUTCOME = "kunskapsnav.loginOutcome";

    /**
     * Files outside /api that scripts fetch like the JSON API: the reach report's files, which give a caller with a
     * key the figures the JSON report gives them. Asked with the key, they are asked as the API is.
     */
    private static final Set<String> SCRIPT_FILES = Set.of("/uppfoljning/rapport.csv", "/uppfoljning/rapport.xlsx",
            "/uppfoljning/rapport.pdf");

    @Inject
    LoginService logins;

    @Inject
    ApiTokenService apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || SCRIPT_FILES.contains(path) && request.getHeader("Authorization") != null) {
            return api(request, response, context);
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ACCOUNT) instanceof Long accountId
                && session.getAttribute(SESSION_VERSION) instanceof Integer version) {
            Optional<AccountRoles> roles = logins.sessionAccount(accountId, version);
            if (roles.isPresent()) {
                return loggedIn(request, context, roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + "/logga-in?tillbaka="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                       UsernamePasswordCredential credential) {
        LoginResult result = logins.authenticate(credential.getCaller(), credential.getPasswordAsString());
        request.setAttribute(LOGIN_OUTCOME, result.outcome());
        if (result.outcome() != LoginResult.Outcome.SUCCESS) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // a session id seen before login is worthless after it
        session.setAttribute(SESSION_ACCOUNT, result.roles().accountId());
        session.setAttribute(SESSION_VERSION, result.sessionVersion());
        return loggedIn(request, context, result.roles());
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        if (context.isProtected()) {
            // no API address is protected in web.xml: this one was sent under /api with dot segments that lead
            // to a page (/api/../mina-uppgifter), which is not served to API callers, token or not
            respond(response, ProblemMappers.ofStatus(404));
            return AuthenticationStatus.SEND_FAILURE;
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AccountRoles> roles = apiTokens.authenticate(header.substring(7).trim());
            if (roles.isPresent()) {
                return loggedIn(request, context, roles.get());
            }
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        respond(response, new Problem("about:blank", Messages.get("problem.title.401"), 401,
                Messages.get("problem.token.invalid"), null));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context,
                                                 AccountRoles roles) {
        request.setAttribute(TenancyGuard.SCOPE_ATTRIBUTE, roles.scope());
        return context.notifyContainerAboutLogin(String.valueOf(roles.accountId()), roles.groups());
    }

    private static void respond(HttpServletResponse response, Problem problem) {
        response.setStatus(problem.status());
        try {
            problem.write(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
