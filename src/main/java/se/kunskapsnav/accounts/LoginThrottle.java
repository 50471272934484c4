package se.kunskapsnav.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins for one e-mail address (stored hashed), kept whether or not an account has the address,
 * so that being locked out tells nobody which addresses exist.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "email_hash", length = 64)
    private String emailHash;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String emailHash) {
        this.emailHash = emailHash;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the fifth in a row locks the address for 15 minutes. */
    void failed(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }

    void succeeded() {
        failures = 0;
        lockedUntil = null;
    }
}
