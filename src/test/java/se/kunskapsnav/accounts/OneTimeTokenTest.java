package se.kunskapsnav.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimeTokenTest {

    private final Instant issued = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aResetLinkLastsOneHourAndWorksOnce() {
        OneTimeToken reset = new OneTimeToken(1L, OneTimeToken.Purpose.RESET_PASSWORD, "hash", issued);
        assertTrue(reset.isUsable(OneTimeToken.Purpose.RESET_PASSWORD, issued.plus(Duration.ofMinutes(59))));
        assertFalse(reset.isUsable(OneTimeToken.Purpose.RESET_PASSWORD, issued.plus(Duration.ofHours(1))));
        reset.use(issued.plusSeconds(10));
        assertFalse(reset.isUsable(OneTimeToken.Purpose.RESET_PASSWORD, issued.plusSeconds(20)));
    }

    @Test
    void aVerificationLinkCannotResetAPassword() {
        OneTimeToken verify = new OneTimeToken(1L, OneTimeToken.Purpose.VERIFY_EMAIL, "hash", issued);
        assertTrue(verify.isUsable(OneTimeToken.Purpose.VERIFY_EMAIL, issued.plus(Duration.ofDays(1))));
        assertFalse(verify.isUsable(OneTimeToken.Purpose.RESET_PASSWORD, issued.plusSeconds(1)));
    }
}
