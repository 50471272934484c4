package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** The registration's code, drawn now if it has none. */
    CheckinCode of(Registration registration) {
        CheckinToken token = em.find(CheckinToken.class, registration.getId());
        if (token == null) {
            token = new CheckinToken(registration, CheckinCode.random(RANDOM), clock.instant());
            em.persist(token);
        }
        return token.code();
    }
}
