package se.kunskapsnav.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle("hash");
        for (int i = 0; i < 4; i++) {
            throttle.failed(start);
        }
        assertFalse(throttle.isLocked(start));
        throttle.failed(start);
        assertTrue(throttle.isLocked(start));
        assertTrue(throttle.isLocked(start.plus(Duration.ofMinutes(14))));
        assertFalse(throttle.isLocked(start.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle("hash");
        for (int i = 0; i < 4; i++) {
            throttle.failed(start);
        }
        throttle.succeeded();
        throttle.failed(start);
        assertFalse(throttle.isLocked(start));
    }

    @Test
    void afterALockExpiresOneMoreFailureDoesNotLockAgain() {
        LoginThrottle throttle = new LoginThrottle("hash");
        for (int i = 0; i < 5; i++) {
            throttle.failed(start);
        }
        Instant later = start.plus(Duration.ofMinutes(16));
        throttle.failed(later);
        assertFalse(throttle.isLocked(later));
    }
}
