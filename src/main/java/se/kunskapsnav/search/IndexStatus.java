package se.kunskapsnav.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The search index as an administrator sees it.
 *
 * @param available       false while the index opens at start or the first build runs (searches answer with a notice)
 * @param appliedSequence the last change-log entry the index includes; {@code lastSequence} the last written
 * @param rebuildDone     documents written so far by the running rebuild, of {@code rebuildTotal}
 * @param lastRebuildProblem why the last rebuild failed, or null
 */
public record IndexStatus(boolean available, int documents, long appliedSequence, long lastSequence,
                          boolean rebuilding, long rebuildDone, long rebuildTotal, Instant lastRebuildFinished,
                          Duration lastRebuildTook, String lastRebuildProblem) {

    /** Changes committed but not yet searchable. */
    public long behind() {
        return Math.max(0, lastSequence - appliedSequence);
    }

    /** The running rebuild's progress in whole percent. */
    public int rebuildPercent() {
        return rebuildTotal == 0 ? 0 : (int) Math.min(100, rebuildDone * 100 / rebuildTotal);
    }
}
