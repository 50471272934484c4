package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accounts and the person's own data: finding an account, the profile, "download my data" and erasure.
 * Sign-up, login, roles and API tokens have services of their own in this package.
 */
@ApplicationScoped
public class AccountService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ProfileChecks profiles;

    @Inject
    RoleService roles;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    Clock clock;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountErased> erased;

    @Inject
    Event<PersonalDataRequest> personalDataRequested;

    @Inject
    DirectoryService directory;

    public Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        return account;
    }

    /** The names of the given accounts that still have one (an erased account has none), by id. */
    public Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.name from Account a where a.id in :ids and a.name is not null",
                        Object[].class)
                .setParameter("ids", accountIds).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normaliseEmail(email)).getResultStream().findFirst();
    }

    @Transactional
    public void updateProfile(long accountId, String name, String professionCode, String sectorCode,
                              Long organisationId, String otherOrganisationName, Workplace workplace) {
        Map<String, String> problems = new LinkedHashMap<>();
        Profile profile = profiles.valid(name, professionCode, sectorCode, organisationId, otherOrganisationName,
                workplace, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account(accountId).update(profiles.withOrganisation(profile, otherOrganisationName));
        changeLog.record("account", String.valueOf(accountId), ChangeOperation.UPDATE);
        audit.record("account", accountId, "UPDATE", null, null);
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
                roles.grantsOf(accountId).stream().map(g -> g.getRole().name()
                        + (g.getCountyCode() == null ? "" : " " + g.getCountyCode())).toList(),
                apiTokens.tokensOf(accountId).stream()
                        .map(t -> new PersonalData.Token(t.getName(), t.getCreatedAt(), t.getLastUsedAt())).toList(),
                audit.byActor(accountId).stream()
                        .map(a -> new PersonalData.Action(a.getEntityKind(), a.getEntityId(), a.getAction(), a.getAt()))
                        .toList(),
                List.copyOf(held.entries()));
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

    static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
