package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** The single-use links of sign-up (verification) and password reset; only their hashes are stored. */
@ApplicationScoped
class OneTimeTokens {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token for the account; the caller's transaction stores its hash. */
    String issue(Account account, OneTimeToken.Purpose purpose) {
        String token = Secrets.newToken("");
        em.persist(new OneTimeToken(account.getId(), purpose, Secrets.sha256(token), clock.instant()));
        return token;
    }

    /** Uses up a token: its account, or empty for an unknown, used, expired or erased one. */
    Optional<Account> use(String token, OneTimeToken.Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return em.createQuery("select t from OneTimeToken t where t.tokenHash = :hash", OneTimeToken.class)
                .setParameter("hash", Secrets.sha256(token)).getResultStream().findFirst()
                .filter(oneTime -> oneTime.isUsable(purpose, now))
                .map(oneTime -> {
                    oneTime.use(now);
                    return em.find(Account.class, oneTime.getAccountId());
                })
                .filter(account -> account != null && !account.isErased());
    }
}
