package se.kunskapsnav.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationStatus;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.TextInput;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts: sign-up, verification, login, password reset, roles, API tokens, the person's own data. */
@ApplicationScoped
public class AccountService {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final Map<String, String> PASSWORD_HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_TEXT = 200;
    private static final int MAX_TOKEN_NAME = 100;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Event<MailMessage> mail;

    @Inject
    Event<AccountErased> erased;

    @Inject
    Event<PersonalDataRequest> personalDataRequested;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    TenancyGuard guard;

    /** Checked against when an address has no account, so a login takes as long either way. */
    private String unusedHash;

    @PostConstruct
    void initialise() {
        passwordHash.initialize(PASSWORD_HASH_PARAMETERS);
        unusedHash = passwordHash.generate(Secrets.newToken("").toCharArray());
    }

    // ---- sign-up and verification

    /**
     * Creates an unverified account and mails a verification link. If the address already has an
     * account, that address gets a mail saying so instead, and the answer is the same, so the form
     * never tells whether an address is registered.
     */
    @Transactional
    public void signUp(SignUp form, String baseUrl) {
        String email = normaliseEmail(form.email());
        Map<String, String> problems = new LinkedHashMap<>();
        if (email.isEmpty()) {
            problems.put("email", "validation.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.put("email", "validation.email");
        }
        PasswordPolicy.problem(form.password(), email).ifPresent(key -> problems.put("password", key));
        Profile profile = validProfile(form.name(), form.professionCode(), form.sectorCode(), form.organisationId(),
                form.otherOrganisationName(), form.workplace(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (findByEmail(email).isPresent()) {
            mail.fire(new MailMessage(email, Messages.get("mail.alreadyRegistered.subject"),
                    Messages.get("mail.alreadyRegistered.body", baseUrl + "/logga-in", baseUrl + "/glomt-losenord")));
            return;
        }
        Account account = new Account(email, passwordHash.generate(form.password().toCharArray()),
                withOrganisation(profile, form.otherOrganisationName()), clock.instant());
        em.persist(account);
        em.flush();
        changeLog.record("account", account.getId().toString(), ChangeOperation.CREATE);
        String token = newOneTimeToken(account, OneTimeToken.Purpose.VERIFY_EMAIL);
        mail.fire(new MailMessage(email, Messages.get("mail.verify.subject"),
                Messages.get("mail.verify.body", baseUrl + "/konto/bekrafta?token=" + token)));
    }

    /** Marks the address verified; false for an unknown, used or expired link. */
    @Transactional
    public boolean verifyEmail(String token) {
        return useOneTimeToken(token, OneTimeToken.Purpose.VERIFY_EMAIL).map(account -> {
            account.verifyEmail(clock.instant());
            return true;
        }).orElse(false);
    }

    // ---- login

    /** Checks a password, counting failures per address: the fifth failure in a row locks for 15 minutes. */
    @Transactional
    public LoginResult authenticate(String emailInput, String password) {
        String email = normaliseEmail(emailInput);
        Instant now = clock.instant();
        String emailHash = Secrets.sha256(email);
        LoginThrottle throttle = em.find(LoginThrottle.class, emailHash);
        if (throttle == null) {
            throttle = new LoginThrottle(emailHash);
            em.persist(throttle);
        }
        if (throttle.isLocked(now)) {
            return LoginResult.failed(LoginResult.Outcome.LOCKED);
        }
        Optional<Account> account = findByEmail(email);
        char[] given = password == null ? new char[0] : password.toCharArray();
        boolean matches = passwordHash.verify(given, account.map(Account::getPasswordHash).orElse(unusedHash))
                && account.isPresent();
        if (!matches) {
            throttle.failed(now);
            return LoginResult.failed(throttle.isLocked(now) ? LoginResult.Outcome.LOCKED : LoginResult.Outcome.INVALID);
        }
        throttle.succeeded();
        if (!account.get().isVerified()) {
            return LoginResult.failed(LoginResult.Outcome.UNVERIFIED);
        }
        account.get().loggedIn(now);
        return new LoginResult(LoginResult.Outcome.SUCCESS, rolesOf(account.get().getId()),
                account.get().getSessionVersion());
    }

    /** The roles of a logged-in session's account, or empty if the session has been ended since. */
    public Optional<AccountRoles> sessionAccount(long accountId, int sessionVersion) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.isErased() || account.getSessionVersion() != sessionVersion) {
            return Optional.empty();
        }
        return Optional.of(rolesOf(accountId));
    }

    /** Ends every session of the account on every device. */
    @Transactional
    public void endAllSessions(long accountId) {
        account(accountId).endAllSessions();
    }

    public AccountRoles rolesOf(long accountId) {
        Set<Role> roles = EnumSet.of(Role.PARTICIPANT);
        Set<String> counties = new HashSet<>();
        for (RoleGrant grant : grantsOf(accountId)) {
            roles.add(grant.getRole());
            if (grant.getRole() == Role.EDITOR) {
                counties.add(grant.getCountyCode());
            }
        }
        return new AccountRoles(accountId, roles, counties);
    }

    // ---- password reset

    /** Mails a one-hour reset link if the address has an account; the answer is the same either way. */
    @Transactional
    public void requestPasswordReset(String emailInput, String baseUrl) {
        findByEmail(normaliseEmail(emailInput)).ifPresent(account -> {
            String token = newOneTimeToken(account, OneTimeToken.Purpose.RESET_PASSWORD);
            mail.fire(new MailMessage(account.getEmail(), Messages.get("mail.reset.subject"),
                    Messages.get("mail.reset.body", baseUrl + "/nytt-losenord?token=" + token)));
        });
    }

    /** Sets a new password from a reset link; the link then stops working and all sessions end. */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        Optional<Account> account = useOneTimeToken(token, OneTimeToken.Purpose.RESET_PASSWORD);
        if (account.isEmpty()) {
            throw InvalidInputException.of("token", "reset.invalidLink");
        }
        PasswordPolicy.problem(newPassword, account.get().getEmail()).ifPresent(key -> {
            throw InvalidInputException.of("password", key);
        });
        account.get().changePassword(passwordHash.generate(newPassword.toCharArray()));
        account.get().verifyEmail(clock.instant()); // the link reached the address
        LoginThrottle throttle = em.find(LoginThrottle.class, Secrets.sha256(account.get().getEmail()));
        if (throttle != null) {
            throttle.succeeded();
        }
        audit.record("account", account.get().getId(), "PASSWORD_RESET", null, null);
    }

    // ---- roles (administrators)

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normaliseEmail(email)).getResultStream().findFirst();
    }

    public List<RoleGrant> grantsOf(long accountId) {
        return em.createQuery("select g from RoleGrant g where g.accountId = :account order by g.id", RoleGrant.class)
                .setParameter("account", accountId).getResultList();
    }

    /**
     * Gives a role; an editor's grant names a county. Administrators give any role, editors the course
     * leader role (they know who leads study groups in their county); logged.
     */
    @Transactional
    public void grantRole(long accountId, Role role, String countyCode) {
        if (!mayGrant(role)) {
            throw new AccessDeniedException("may not grant " + role);
        }
        Account account = account(accountId);
        if (role == Role.PARTICIPANT) {
            throw InvalidInputException.of("role", "roles.participantIsImplicit");
        }
        String county = role != Role.EDITOR ? null : geography.countyCode(countyCode)
                .orElseThrow(() -> InvalidInputException.of("county", "roles.countyRequired"));
        if (grantsOf(accountId).stream().anyMatch(g -> g.getRole() == role
                && Objects.equals(g.getCountyCode(), county))) {
            return;
        }
        RoleGrant grant = new RoleGrant(account.getId(), role, county, guard.currentAccountId(), clock.instant());
        em.persist(grant);
        em.flush();
        audit.record("role_grant", grant.getId(), "GRANT", county, role.name() + " to account " + accountId);
    }

    /**
     * A person takes the course leader role they have earned (by attending course-leader training, which
     * the caller has checked); only for themselves. Logged.
     */
    @Transactional
    public void takeEarnedCourseLeaderRole(String reason) {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("taking a role needs a logged-in person");
        }
        if (rolesOf(accountId).roles().contains(Role.COURSE_LEADER)) {
            return;
        }
        RoleGrant grant = new RoleGrant(accountId, Role.COURSE_LEADER, null, accountId, clock.instant());
        em.persist(grant);
        em.flush();
        audit.record("role_grant", grant.getId(), "GRANT", null, "COURSE_LEADER to account " + accountId + ": " + reason);
    }

    /** Administrators give and take every role; editors the course leader role. */
    public boolean mayGrant(Role role) {
        CountyScope scope = guard.scope();
        return scope.administrator() || role == Role.COURSE_LEADER && !scope.editorCounties().isEmpty();
    }

    /** Takes a role away, under the same rule as giving it; logged. */
    @Transactional
    public void revokeRole(long grantId) {
        RoleGrant grant = em.find(RoleGrant.class, grantId);
        if (grant == null) {
            throw InvalidInputException.of("grant", "roles.unknownGrant");
        }
        if (!mayGrant(grant.getRole())) {
            throw new AccessDeniedException("may not revoke " + grant.getRole());
        }
        em.remove(grant);
        audit.record("role_grant", grantId, "REVOKE", grant.getCountyCode(),
                grant.getRole().name() + " from account " + grant.getAccountId());
    }

    // ---- API tokens

    /** Creates a personal API token and answers it; it is shown once and stored only as a hash. */
    @Transactional
    public String createApiToken(long accountId, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        String tokenName = TextInput.required(name, MAX_TOKEN_NAME, "tokenName", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String token = Secrets.newToken("kn_");
        em.persist(new ApiToken(account(accountId).getId(), tokenName, Secrets.sha256(token), clock.instant()));
        audit.record("api_token", accountId, "CREATE", null, tokenName);
        return token;
    }

    public List<ApiToken> apiTokens(long accountId) {
        return em.createQuery("select t from ApiToken t where t.accountId = :account order by t.id", ApiToken.class)
                .setParameter("account", accountId).getResultList();
    }

    @Transactional
    public void revokeApiToken(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token != null && token.getAccountId() == accountId) {
            em.remove(token);
            audit.record("api_token", accountId, "REVOKE", null, token.getName());
        }
    }

    /** The roles behind a bearer token, or empty for an unknown or revoked token. */
    @Transactional
    public Optional<AccountRoles> authenticateApiToken(String token) {
        if (token == null || !token.startsWith("kn_")) {
            return Optional.empty();
        }
        return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", Secrets.sha256(token)).getResultStream().findFirst()
                .filter(apiToken -> !account(apiToken.getAccountId()).isErased())
                .map(apiToken -> {
                    apiToken.used(clock.instant());
                    return rolesOf(apiToken.getAccountId());
                });
    }

    // ---- the person's own data

    public Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        return account;
    }

    /** Everything held about the person, for "download my data". */
    public PersonalData personalData(long accountId) {
        Account account = account(accountId);
        PersonalDataRequest held = new PersonalDataRequest(accountId);
        personalDataRequested.fire(held);
        return new PersonalData(accountId, account.getEmail(), account.getName(), account.getEmailVerifiedAt(),
                directory.profession(account.getProfessionCode()).map(p -> p.getName()).orElse(null),
                directory.sector(account.getSectorCode()).map(s -> s.getName()).orElse(null),
                directory.organisation(account.getOrganisationId()).map(o -> o.getName()).orElse(null),
                account.getWorkplaceMunicipalityCode(), account.getWorkplaceRegionCode(), account.getCreatedAt(),
                account.getLastLoginAt(),
                grantsOf(accountId).stream().map(g -> g.getRole().name()
                        + (g.getCountyCode() == null ? "" : " " + g.getCountyCode())).toList(),
                apiTokens(accountId).stream()
                        .map(t -> new PersonalData.Token(t.getName(), t.getCreatedAt(), t.getLastUsedAt())).toList(),
                audit.byActor(accountId).stream()
                        .map(a -> new PersonalData.Action(a.getEntityKind(), a.getEntityId(), a.getAction(), a.getAt()))
                        .toList(),
                List.copyOf(held.entries()));
    }

    @Transactional
    public void updateProfile(long accountId, String name, String professionCode, String sectorCode,
                              Long organisationId, String otherOrganisationName, Workplace workplace) {
        Map<String, String> problems = new LinkedHashMap<>();
        Profile profile = validProfile(name, professionCode, sectorCode, organisationId, otherOrganisationName,
                workplace, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account(accountId).update(withOrganisation(profile, otherOrganisationName));
        changeLog.record("account", String.valueOf(accountId), ChangeOperation.UPDATE);
        audit.record("account", accountId, "UPDATE", null, null);
    }

    /**
     * Erases the person: e-mail, name and password go, tokens and roles go, and the account id stays as
     * a pseudonymous key with the facts statistics need (profession, sector, organisation, workplace,
     * dates), so reach figures do not change.
     */
    @Transactional
    public void erase(long accountId) {
        Account account = account(accountId);
        if (account.isErased()) {
            return;
        }
        account.erase(clock.instant());
        em.createQuery("delete from ApiToken t where t.accountId = :account").setParameter("account", accountId)
                .executeUpdate();
        em.createQuery("delete from OneTimeToken t where t.accountId = :account").setParameter("account", accountId)
                .executeUpdate();
        em.createQuery("delete from RoleGrant g where g.accountId = :account").setParameter("account", accountId)
                .executeUpdate();
        erased.fire(new AccountErased(accountId));
        changeLog.record("account", String.valueOf(accountId), ChangeOperation.UPDATE);
        audit.record("account", accountId, "ERASE", null, null);
    }

    /**
     * Retention: erases (as {@link #erase} does) every account that holds no role and has not been used
     * since {@code cutoff} (its last login, or its creation if it never logged in). Answers how many.
     */
    @Transactional
    public int eraseUnusedSince(Instant cutoff) {
        List<Long> unused = em.createQuery("""
                        select a.id from Account a
                        where a.erasedAt is null
                          and coalesce(a.lastLoginAt, a.createdAt) < :cutoff
                          and not exists (select g from RoleGrant g where g.accountId = a.id)""", Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
        unused.forEach(this::erase);
        return unused.size();
    }

    // ---- helpers

    /** A PBKDF2 hash of a password, for accounts made outside sign-up (demo mode). */
    String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    private Profile validProfile(String nameInput, String professionCode, String sectorCode, Long organisationId,
                                 String otherOrganisationName, Workplace workplace, Map<String, String> problems) {
        String name = TextInput.required(nameInput, MAX_TEXT, "name", problems);
        if (directory.profession(professionCode).isEmpty()) {
            problems.put("profession", "validation.unknownProfession");
        }
        if (directory.sector(sectorCode).isEmpty()) {
            problems.put("sector", "validation.unknownSector");
        }
        if (workplaceCounty(workplace).isEmpty()) {
            problems.put("workplace", "validation.unknownWorkplace");
        }
        if (organisationId == null) {
            if (TextInput.optional(otherOrganisationName, MAX_TEXT, "organisation", problems).isEmpty()) {
                problems.put("organisation", "validation.organisationRequired");
            }
        } else if (directory.organisation(organisationId)
                .filter(o -> o.getStatus() == OrganisationStatus.ACTIVE).isEmpty()) {
            problems.put("organisation", "validation.unknownOrganisation");
        }
        return new Profile(name, professionCode, sectorCode, organisationId, workplace);
    }

    /** The county of a workplace; empty when it is not exactly one known municipality or region. */
    private Optional<String> workplaceCounty(Workplace workplace) {
        if (workplace == null || !workplace.isComplete()) {
            return Optional.empty();
        }
        if (workplace.municipalityCode() != null) {
            return geography.municipality(workplace.municipalityCode()).map(Municipality::getCountyCode);
        }
        return geography.region(workplace.regionCode()).map(Region::getCountyCode);
    }

    /** A profile whose employer is named rather than picked gets a new organisation, pending review. */
    private Profile withOrganisation(Profile profile, String otherOrganisationName) {
        if (profile.organisationId() != null) {
            return profile;
        }
        Organisation named = directory.addPendingOrganisation(otherOrganisationName.trim(),
                workplaceCounty(profile.workplace()).orElseThrow());
        return new Profile(profile.name(), profile.professionCode(), profile.sectorCode(), named.getId(),
                profile.workplace());
    }

    private String newOneTimeToken(Account account, OneTimeToken.Purpose purpose) {
        String token = Secrets.newToken("");
        em.persist(new OneTimeToken(account.getId(), purpose, Secrets.sha256(token), clock.instant()));
        return token;
    }

    private Optional<Account> useOneTimeToken(String token, OneTimeToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select t from OneTimeToken t where t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", Secrets.sha256(token)).getResultStream().findFirst()
                .filter(oneTime -> oneTime.isUsable(purpose, now))
                .map(oneTime -> {
                    oneTime.use(now);
                    return account(oneTime.getAccountId());
                })
                .filter(account -> !account.isErased());
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
