package se.kunskapsnav.accounts;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPhraseIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("blå cykel vid älven", "anna@kommun.se"));
        assertEquals(Optional.empty(), PasswordPolicy.problem("Kunskapsnav-demo-2026", "anna@kommun.se"));
    }

    @Test
    void elevenCharactersAreTooFewEvenWithSwedishLetters() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("åäöåäöåäöåä", null));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem(null, null));
        assertEquals(Optional.empty(), PasswordPolicy.problem("åäöåäöåäöåäx", null));
    }

    @Test
    void wellKnownPasswordsAreRefusedWhateverTheCase() {
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("Password1234", null));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("LÖSENORD1234", null));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("123456789012", null));
        assertEquals(Optional.of("password.common"), PasswordPolicy.problem("abababababab", null));
    }

    @Test
    void thePersonsEmailNameIsRefused() {
        assertEquals(Optional.of("password.containsEmail"),
                PasswordPolicy.problem("anna.svensson-är-bäst", "Anna.Svensson@kommun.se"));
    }

    @Test
    void moreThan128CharactersAreRefused() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("x".repeat(60) + "y".repeat(69), null));
    }
}
