package se.kunskapsnav.platform;

/**
 * Edits against the row as the editor saw it. Editable entities carry a revision (JPA's {@code @Version}, raised
 * by every change); a form or API request names the revision it was made from, and a change made from an older
 * one is refused rather than written over someone else's.
 */
public final class Revisions {

    private Revisions() {
    }

    /**
     * Refuses with {@code messageKey} (the page shows it, the API answers 409) when {@code seen} is not the current
     * revision; {@code null} (an API client that does not say) is not checked.
     */
    public static void requireCurrent(Long seen, long current, String messageKey) {
        if (seen != null && seen != current) {
            throw new RefusedException(messageKey);
        }
    }
}
