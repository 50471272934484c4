package se.kunskapsnav.courses;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's code for checking in at the door of one course: 128 random bits, written as 22 URL-safe base64
 * characters (what the QR code holds). It carries no personal data and cannot be guessed; which registration
 * and course it belongs to is known only from the database.
 */
public final class CheckinCode {

    static final int BYTES = 16;
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final byte[] bytes;

    private CheckinCode(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A new code from a cryptographically strong random source. */
    public static CheckinCode random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new CheckinCode(bytes);
    }

    static CheckinCode of(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a check-in code has " + BYTES + " bytes");
        }
        return new CheckinCode(bytes);
    }

    /**
     * The code a scanner or a person typed, or empty when it cannot be one. Spaces around it (a hand-held scanner
     * may add a line end) are ignored; anything else is not.
     */
    public static Optional<CheckinCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (!TEXT.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        byte[] decoded = Base64.getUrlDecoder().decode(trimmed);
        // 22 characters hold 132 bits: the last 4 must be zero, or two texts would name one code
        return Base64.getUrlEncoder().withoutPadding().encodeToString(decoded).equals(trimmed)
                ? Optional.of(new CheckinCode(decoded)) : Optional.empty();
    }

    /**
     * Whether a code that belongs to {@code codeCourseId} checks someone in at {@code pageCourseId}: only the
     * course of its own registration.
     */
    public static boolean validFor(long codeCourseId, long pageCourseId) {
        return codeCourseId == pageCourseId;
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckinCode code && Arrays.equals(bytes, code.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the code itself in logs: it checks a person in. */
    @Override
    public String toString() {
        return "CheckinCode[" + HexFormat.of().formatHex(bytes, 0, 2) + "…]";
    }
}
