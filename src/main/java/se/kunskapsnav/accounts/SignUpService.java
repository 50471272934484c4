package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sign-up: a professional creates an unverified account and verifies the address by a mailed link. */
@ApplicationScoped
public class SignUpService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    OneTimeTokens oneTimeTokens;

    @Inject
    ProfileChecks profiles;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    Event<MailMessage> mail;

    @Inject
    PortalConfig config;

    /** What is wrong with a normalised e-mail address as typed, as a message key; empty when nothing. */
    static Optional<String> emailProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of("validation.required");
        }
        return email.length() > 254 || !EMAIL.matcher(email).matches()
                ? Optional.of("validation.email") : Optional.empty();
    }

    /**
     * Creates an unverified account and mails a verification link. If the address already has an
     * account, that address gets a mail saying so instead, and the answer is the same and takes as long,
     * so the form never tells whether an address is registered.
     */
    @Transactional
    public void signUp(SignUp form) {
        String email = AccountService.normaliseEmail(form.email());
        Map<String, String> problems = new LinkedHashMap<>();
        emailProblem(email).ifPresent(key -> problems.put("email", key));
        PasswordPolicy.problem(form.password(), email).ifPresent(key -> problems.put("password", key));
        Profile profile = profiles.valid(form.name(), form.professionCode(), form.sectorCode(), form.organisationId(),
                form.otherOrganisationName(), form.workplace(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // hashed whether or not the address is taken: hashing is most of the answer's time, which must not tell
        String passwordHash = passwords.hash(form.password());
        String baseUrl = config.baseUrl();
        if (accounts.findByEmail(email).isPresent()) {
            mail.fire(new MailMessage(email, Messages.get("mail.alreadyRegistered.subject"),
                    Messages.get("mail.alreadyRegistered.body", baseUrl + "/logga-in", baseUrl + "/glomt-losenord")));
            return;
        }
        Account account = new Account(email, passwordHash,
                profiles.withOrganisation(profile, form.otherOrganisationName()), clock.instant());
        em.persist(account);
        em.flush();
        changeLog.record("account", account.getId().toString(), ChangeOperation.CREATE);
        String token = oneTimeTokens.issue(account, OneTimeToken.Purpose.VERIFY_EMAIL);
        mail.fire(new MailMessage(email, Messages.get("mail.verify.subject"),
                Messages.get("mail.verify.body", baseUrl + "/konto/bekrafta?token=" + token)));
    }

    /** Marks the address verified; false for an unknown, used or expired link. */
    @Transactional
    public boolean verifyEmail(String token) {
        return oneTimeTokens.use(token, OneTimeToken.Purpose.VERIFY_EMAIL).map(account -> {
            account.verifyEmail(clock.instant());
            return true;
        }).orElse(false);
    }
}
