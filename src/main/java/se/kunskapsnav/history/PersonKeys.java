package se.kunskapsnav.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pseudonymous key of a person named in a sign-in list: lowercase hex SHA-256. A person whose list entry
 * is the e-mail address of an account gets the account's key ({@code account:<id>}, as every recorded
 * participation has), so they count once across imported and recorded activities; anyone else gets
 * {@code historical:<county>:<identifier>}, the same for every import of that county.
 */
public final class PersonKeys {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonKeys() {
    }

    /** A name or address as it is compared and hashed: trimmed and lower-cased. */
    public static String identifier(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isEmail(String identifier) {
        return EMAIL.matcher(identifier).matches();
    }

    /**
     * The key of an identifier (as {@link #identifier} makes it) listed by a county; {@code accounts} maps the
     * lower-cased e-mail addresses of accounts to their ids.
     */
    public static String of(String countyCode, String identifier, Map<String, Long> accounts) {
        Long account = isEmail(identifier) ? accounts.get(identifier) : null;
        return account != null ? ofAccount(account) : sha256("historical:" + countyCode + ":" + identifier);
    }

    /** The key of an account, as the participation_fact view computes it. */
    public static String ofAccount(long accountId) {
        return sha256("account:" + accountId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
