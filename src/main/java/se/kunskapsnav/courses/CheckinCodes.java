package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * The registrations' check-in codes, each made the first time it is needed: in the mail that gives the person a
 * seat, or on their own pages. Runs in the caller's transaction.
 */
@ApplicationScoped
public class CheckinCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The registration's code, drawn now if it has none. The mail that gives a seat and the person's own page (or two
     * of their tabs) may ask at the same moment: the registration's row, locked, lets one of them draw the code and the
     * other wait and read it (a locking read sees what the first committed), instead of both writing one.
     */
    CheckinCode of(Registration registration) {
        CheckinToken token = em.find(CheckinToken.class, registration.getId());
        if (token == null) {
            // the row, not the entity: locking the entity would read it again over the caller's changes
            em.createNativeQuery("SELECT id FROM registration WHERE id = ? FOR UPDATE")
                    .setParameter(1, registration.getId()).getResultList();
            token = em.find(CheckinToken.class, registration.getId(), LockModeType.PESSIMISTIC_READ);
        }
        if (token == null) {
            token = new CheckinToken(registration, CheckinCode.random(RANDOM), clock.instant());
            em.persist(token);
        }
        return token.code();
    }
}
