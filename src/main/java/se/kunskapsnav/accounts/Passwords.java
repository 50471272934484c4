package se.kunskapsnav.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 with OWASP's 2023 parameters. Hashing costs about 0.2 s by design,
 * so every path that answers a person the same way must hash the same number of times, or the time of the
 * answer tells what the words do not (whether an address has an account).
 */
@ApplicationScoped
public class Passwords {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Checked against when an address has no account, so a login takes as long either way. */
    private String unusedHash;

    @PostConstruct
    void initialise() {
        pbkdf2.initialize(PARAMETERS);
        unusedHash = pbkdf2.generate(Secrets.newToken("").toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether {@code password} matches {@code storedHash}; with no stored hash the check costs the same and fails. */
    boolean matches(String password, String storedHash) {
        char[] given = password == null ? new char[0] : password.toCharArray();
        return pbkdf2.verify(given, storedHash == null ? unusedHash : storedHash) && storedHash != null;
    }
}
