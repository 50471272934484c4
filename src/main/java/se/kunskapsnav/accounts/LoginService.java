package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Logging in with a password, the sessions it starts, and a forgotten password. */
@ApplicationScoped
public class LoginService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    RoleService roles;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    OneTimeTokens oneTimeTokens;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Event<MailMessage> mail;

    @Inject
    PortalConfig config;

    /**
     * Checks a password, counting failures per address: the fifth failure in a row locks the address for 15
     * minutes, also against the right password. The hash is checked outside the throttle's row lock, which is
     * held only for the one statement that counts and until this short transaction ends.
     */
    @Transactional
    public LoginResult authenticate(String emailInput, String password) {
        String email = AccountService.normaliseEmail(emailInput);
        Instant now = clock.instant();
        if (throttle.isLocked(email, now)) {
            return LoginResult.failed(LoginResult.Outcome.LOCKED);
        }
        Optional<Account> account = accounts.findByEmail(email);
        if (!passwords.matches(password, account.map(Account::getPasswordHash).orElse(null))) {
            return LoginResult.failed(throttle.failed(email, now) ? LoginResult.Outcome.LOCKED
                    : LoginResult.Outcome.INVALID);
        }
        if (throttle.succeeded(email, now)) {
            return LoginResult.failed(LoginResult.Outcome.LOCKED);
        }
        if (!account.get().isVerified()) {
            return LoginResult.failed(LoginResult.Outcome.UNVERIFIED);
        }
        account.get().loggedIn(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, roles.rolesOf(account.get().getId()),
                account.get().getSessionVersion());
    }

    /** The roles of a logged-in session's account, or empty if the session has been ended since. */
    public Optional<AccountRoles> sessionAccount(long accountId, int sessionVersion) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isErased() || account.getSessionVersion() != sessionVersion) {
            return Optional.empty();
        }
        return Optional.of(roles.rolesOf(accountId));
    }

    /** Ends every session of the account on every device. */
    @Transactional
    public void endAllSessions(long accountId) {
        accounts.account(accountId).endAllSessions();
    }

    /** Mails a one-hour reset link if the address has an account; the answer is the same either way. */
    @Transactional
    public void requestPasswordReset(String emailInput) {
        SignUpService.emailProblem(AccountService.normaliseEmail(emailInput)).ifPresent(key -> {
            throw InvalidInputException.of("email", key);
        });
        accounts.findByEmail(emailInput).ifPresent(account -> {
            String token = oneTimeTokens.issue(account, OneTimeToken.Purpose.RESET_PASSWORD);
            mail.fire(new MailMessage(account.getEmail(), Messages.get("mail.reset.subject"),
                    Messages.get("mail.reset.body", config.baseUrl() + "/nytt-losenord?token=" + token)));
        });
    }

    /** Sets a new password from a reset link; the link then stops working and all sessions end. */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Optional<Account> account = oneTimeTokens.use(token, OneTimeToken.Purpose.RESET_PASSWORD);
        if (account.isEmpty()) {
            throw InvalidInputException.of("token", "reset.invalidLink");
        }
        PasswordPolicy.problem(newPassword, account.get().getEmail()).ifPresent(key -> {
            throw InvalidInputException.of("password", key);
        });
        account.get().changePassword(passwords.hash(newPassword));
        account.get().verifyEmail(clock.instant()); // the link reached the address
        throttle.clear(account.get().getEmail());
        audit.record("account", account.get().getId(), "PASSWORD_RESET", null, null);
    }
}
