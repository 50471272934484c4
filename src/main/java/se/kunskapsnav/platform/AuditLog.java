package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.util.List;

/**
 * Who created, changed or deleted what. Services record in their own transaction, like the change
 * log; the actor is the logged-in person (the principal's name is the account id).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    /** Records an action by the current person; {@code detail} must never hold a secret. */
    @Transactional(TxType.MANDATORY)
    public void record(String entityKind, Object entityId, String action, String countyCode, String detail) {
        Long actor = TenancyGuard.accountIdOf(security.getCallerPrincipal());
        em.persist(new AuditEntry(entityKind, String.valueOf(entityId), action, actor, countyCode, detail,
                clock.instant()));
    }

    /** The newest entries, all counties ({@code countyCodes} null) or only those of the given counties. */
    public List<AuditEntry> newest(List<String> countyCodes, int limit) {
        if (countyCodes == null) {
            return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                    .setMaxResults(limit).getResultList();
        }
        if (countyCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from AuditEntry a where a.countyCode in :counties order by a.id desc",
                        AuditEntry.class)
                .setParameter("counties", countyCodes)
                .setMaxResults(limit).getResultList();
    }

    /** Everything one person did, for their data export. */
    public List<AuditEntry> byActor(long actorId) {
        return em.createQuery("select a from AuditEntry a where a.actorId = :actor order by a.id", AuditEntry.class)
                .setParameter("actor", actorId).getResultList();
    }
}
