package se.kunskapsnav.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A change-log consumer's reading rule. Sequence numbers are taken when a transaction writes its entry, so
 * a gap in them may be a transaction that has not committed yet: the consumer's position stops before the
 * gap until the gap is older than {@link #GAP_WAIT} (then it is taken for a rolled-back transaction). Entries
 * after a gap are handed out once, not again at every poll while the gap lasts.
 */
public final class ChangeLogCursor {

    public static final Duration GAP_WAIT = Duration.ofSeconds(60);

    private final Set<Long> appliedAfterGap = new HashSet<>();

    /** What to apply now, and the position the consumer may record once it has. */
    public record Step(List<ChangeLogEntry> toApply, long position) {
    }

    public Step next(long position, List<ChangeLogEntry> entries, Instant now) {
        List<ChangeLogEntry> toApply = new ArrayList<>();
        long contiguous = position;
        boolean gap = false;
        for (ChangeLogEntry entry : entries) {
            long sequence = entry.getSequence();
            if (!gap && sequence != contiguous + 1 && entry.getChangedAt().isAfter(now.minus(GAP_WAIT))) {
                gap = true;
            }
            if (!gap) {
                contiguous = sequence;
                appliedAfterGap.remove(sequence);
            } else if (!appliedAfterGap.add(sequence)) {
                continue;
            }
            toApply.add(entry);
        }
        return new Step(toApply, contiguous);
    }

    /** Forgets what was handed out after a gap: for a consumer that starts again from a fresh copy. */
    public void reset() {
        appliedAfterGap.clear();
    }
}
