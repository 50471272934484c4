package se.kunskapsnav.materials;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.JobLease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the file store and its index in step after crashes and removals: content rows no file version uses
 * any more are deleted, then files without a row, and uploads left half-written in {@code incoming/}. Only
 * what is older than {@link #GRACE} is touched, so an upload on its way in is never taken for debris.
 */
@Singleton
@AfterStartup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step is its own transaction
public class FileStoreCleanup {

    private static final Logger LOG = Logger.getLogger(FileStoreCleanup.class.getName());

    /** Far longer than any upload takes between being received and its transaction committing. */
    static final Duration GRACE = Duration.ofHours(1);

    @Inject
    MaterialFiles index;

    @Inject
    FileStore fileStore;

    @Inject
    Clock clock;

    @Inject
    JobLease lease;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        if (!lease.claim("file-store-cleanup", Duration.ofMinutes(30))) {
            return; // another instance has this run
        }
        cleanUp(GRACE);
    }

    /** What was removed: rows, files and half-written uploads. */
    public record Removed(int rows, int files, int incoming) {
    }

    /** Removes what is older than {@code grace}; tests pass a shorter one. */
    public Removed cleanUp(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        int rows = index.removeUnusedRows(cutoff);
        int files = 0;
        for (FileStore.Entry entry : fileStore.entries()) {
            if (entry.modified().isBefore(cutoff) && index.removeIfUnindexed(entry.sha256())) {
                files++;
            }
        }
        int incoming = fileStore.removeIncomingBefore(cutoff);
        if (rows + files + incoming > 0) {
            LOG.info("File store clean-up removed " + rows + " unused rows, " + files + " files without a row and "
                    + incoming + " half-written uploads");
        }
        return new Removed(rows, files, incoming);
    }
}
