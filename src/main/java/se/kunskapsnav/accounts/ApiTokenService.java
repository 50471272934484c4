package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Personal API tokens: how scripts call the API as a person ({@code Authorization: Bearer kn_...}). */
@ApplicationScoped
public class ApiTokenService {

    private static final int MAX_TOKEN_NAME = 100;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApiTokenUse uses;

    /** Creates a personal API token and answers it; it is shown once and stored only as a hash. */
    @Transactional
    public String create(long accountId, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        String tokenName = TextInput.required(name, MAX_TOKEN_NAME, "tokenName", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String token = Secrets.newToken("kn_");
        em.persist(new ApiToken(accountId, tokenName, Secrets.sha256(token), clock.instant()));
        audit.record("api_token", accountId, "CREATE", null, tokenName);
        return token;
    }

    public List<ApiToken> tokensOf(long accountId) {
        return em.createQuery("select t from ApiToken t where t.accountId = :account order by t.id", ApiToken.class)
                .setParameter("account", accountId).getResultList();
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token != null && token.getAccountId() == accountId) {
            em.remove(token);
            audit.record("api_token", accountId, "REVOKE", null, token.getName());
        }
    }

    /** Notes {@code at} as the last use of the tokens, unless a use within the minute before is noted already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void noteUses(List<Long> tokenIds, Instant at) {
        em.createQuery("""
                        update ApiToken t set t.lastUsedAt = :at
                        where t.id in :ids and (t.lastUsedAt is null or t.lastUsedAt < :minuteBefore)""")
                .setParameter("at", at)
                .setParameter("ids", tokenIds)
                .setParameter("minuteBefore", at.minus(ApiToken.USE_NOTED_EVERY))
                .executeUpdate();
    }

    /**
     * The roles behind a bearer token, or empty for an unknown or revoked token. One statement reads the token, checks
     * that its account is not erased and reads the account's role grants (every API request asks this), outside a
     * transaction (a transaction's begin and commit cost more than the read); the use is written at most once a
     * minute, after the request ({@link ApiTokenUse}).
     */
    public Optional<AccountRoles> authenticate(String token) {
        if (token == null || !token.startsWith("kn_")) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("""
                        select t, g from ApiToken t join Account a on a.id = t.accountId
                          left join RoleGrant g on g.accountId = t.accountId
                        where t.tokenHash = :hash and a.erasedAt is null""", Object[].class)
                .setParameter("hash", Secrets.sha256(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ApiToken apiToken = (ApiToken) rows.getFirst()[0];
        if (apiToken.useWorthNoting(clock.instant())) {
            uses.note(apiToken.getId());
        }
        return Optional.of(RoleService.rolesOf(apiToken.getAccountId(), rows.stream()
                .map(row -> (RoleGrant) row[1]).filter(Objects::nonNull).toList()));
    }
}
