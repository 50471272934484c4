package se.kunskapsnav.history;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonKeysTest {

    @Test
    void anAccountsAddressGivesTheAccountsKeyAsTheParticipationFactsHaveIt() {
        // SELECT SHA2('account:42', 256)
        assertEquals("38dbcc9b3c91186a47fe584026e251871e4e5940987bf29436754c1fb177446d", PersonKeys.ofAccount(42));
        assertEquals(PersonKeys.ofAccount(42), PersonKeys.of("12", "eva@malmo.se", Map.of("eva@malmo.se", 42L)));
        assertEquals(PersonKeys.ofAccount(42), PersonKeys.of("01", "eva@malmo.se", Map.of("eva@malmo.se", 42L)),
                "the same person whichever county lists them");
    }

    @Test
    void anyoneElseGetsAKeyOfTheCountyAndTheirNameOrAddress() {
        String key = PersonKeys.of("12", PersonKeys.identifier("  Eva Ek "), Map.of());
        assertEquals(PersonKeys.sha256("historical:12:eva ek"), key);
        assertEquals(key, PersonKeys.of("12", PersonKeys.identifier("EVA EK"), Map.of()));
        assertNotEquals(key, PersonKeys.of("01", "eva ek", Map.of()), "another county's Eva Ek is someone else");
        assertEquals(PersonKeys.sha256("historical:12:ny@malmo.se"), PersonKeys.of("12", "ny@malmo.se", Map.of()),
                "an address without an account");
        assertEquals(PersonKeys.sha256("historical:12:eva ek"),
                PersonKeys.of("12", "eva ek", Map.of("eva ek", 7L)), "only addresses are looked up");
    }

    @Test
    void keysAreLowercaseHexSha256() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", PersonKeys.sha256("test"));
        assertTrue(PersonKeys.of("12", "eva ek", Map.of()).matches("[0-9a-f]{64}"));
    }

    @Test
    void anAddressLooksLikeOne() {
        assertTrue(PersonKeys.isEmail("eva.ek@malmo.se"));
        assertFalse(PersonKeys.isEmail("eva ek"));
        assertFalse(PersonKeys.isEmail("eva@malmo"));
        assertFalse(PersonKeys.isEmail("eva ek@malmo.se"));
    }
}
