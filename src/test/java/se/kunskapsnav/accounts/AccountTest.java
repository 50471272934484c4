package se.kunskapsnav.accounts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    @Test
    void erasureRemovesWhatIdentifiesThePersonAndKeepsTheStatisticsFacts() {
        Instant created = Instant.parse("2025-03-01T09:00:00Z");
        Account account = new Account("anna@kommun.se", "hash",
                new Profile("Anna Andersson", "kurator", "halso-och-sjukvard", 42L, Workplace.region("12")), created);
        account.verifyEmail(created);
        int sessionVersion = account.getSessionVersion();

        account.erase(Instant.parse("2026-11-22T10:00:00Z"));

        assertNull(account.getEmail());
        assertNull(account.getName());
        assertNull(account.getPasswordHash());
        assertTrue(account.isErased());
        assertTrue(account.getSessionVersion() > sessionVersion, "every session ends");
        assertEquals(new Profile(null, "kurator", "halso-och-sjukvard", 42L, Workplace.region("12")),
                account.profile());
        assertEquals(created, account.getCreatedAt());
    }
}
