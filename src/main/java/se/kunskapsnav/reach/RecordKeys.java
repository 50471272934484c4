package se.kunskapsnav.reach;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

/**
 * The record keys of the cell key method: a stable random-looking 32-bit number for each person (from their
 * person key) and for each counted group (from its source and what it counted), made with HMAC-SHA256 under a
 * secret. Without the secret nobody can tell a person's key, so nobody can tell which noise a set of persons
 * gets; with the same secret every instance gives the same keys, so every page, file and instance publishes
 * the same figure for the same persons.
 */
public final class RecordKeys {

    /** The shortest secret accepted: 32 characters, e.g. {@code openssl rand -base64 32}. */
    public static final int SHORTEST_SECRET = 32;

    private final Mac mac;

    public RecordKeys(String secret) {
        if (secret == null || secret.length() < SHORTEST_SECRET) {
            throw new IllegalArgumentException("the reach key secret must have at least " + SHORTEST_SECRET
                    + " characters");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** A person's key, from the person key of the participation facts (a SHA-256 in hex). */
    public int person(String personKey) {
        return key("person:" + personKey);
    }

    /**
     * A counted group's key: the source it belongs to and what the group is (place, organisation, profession,
     * sector, day and outcome), so the same row of a sign-in sheet or a visit keeps its key when it is read again.
     */
    public int group(String source, ReachFact fact) {
        return key("group:" + source + "|" + fact.occurredOn() + "|" + fact.outcome() + "|"
                + fact.organisationId() + "|" + fact.municipalityCode() + "|" + fact.regionCode() + "|"
                + fact.professionCode() + "|" + fact.sectorCode());
    }

    private synchronized int key(String text) {
        byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return (digest[0] & 0xff) << 24 | (digest[1] & 0xff) << 16 | (digest[2] & 0xff) << 8 | (digest[3] & 0xff);
    }
}
