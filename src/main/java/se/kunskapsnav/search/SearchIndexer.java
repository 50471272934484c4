package se.kunskapsnav.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import se.kunskapsnav.platform.ChangeFollower;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeLogCursor;
import se.kunskapsnav.platform.ChangeLogEntry;
import se.kunskapsnav.platform.ChangeRecorded;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.PortalReady;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search index a copy of the database. At start it opens the index in the background and catches up from
 * the change-log sequence its last commit recorded; when the index is missing, damaged or from another
 * database it rebuilds it in the background while searches answer with a notice. After that it follows the
 * change log: woken after each commit, and once a second anyway (for changes made by other instances).
 * A rebuild an administrator starts writes a new generation while the old one keeps answering.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    private static final int LOG_TIMEOUT_SECONDS = 60;
    private static final int REBUILD_TIMEOUT_SECONDS = 3600;
    /** Entries read from the change log at a time. */
    private static final int LOG_BATCH = 1000;
    /** How long a search that arrives while the index opens at start waits for it, rather than get the notice. */
    private static final int OPENING_WAIT_SECONDS = 30;
    private static final Set<String> INDEXED_KINDS = Set.of("course", "course_series", "network", "network_meeting",
            "material", "county", "municipality");

    @Inject
    PortalConfig config;

    @Inject
    ChangeLog changeLog;

    @Inject
    SearchDocuments documents;

    @Inject
    SearchWords words;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    /**
     * The indexer's threads are the container's but outside any request, where a container-managed entity
     * manager works only inside a transaction: every read runs in one (read-only, rolled back).
     */
    @Resource
    UserTransaction transaction;

    /** Held while writing to an index or swapping it, so a rebuild's swap and the log's follower never cross. */
    private final Object writing = new Object();
    private final ChangeFollower follower = new ChangeFollower("search-indexer", this::catchUpNow);
    private final ChangeLogCursor cursor = new ChangeLogCursor();
    private volatile SearchIndex index;
    private volatile Rebuild rebuild;

    /** Set when the application stops: a rebuild that fails then failed because of it. */
    private volatile boolean stopping;
    private final CountDownLatch startOpening = new CountDownLatch(1);
    private volatile Rebuild lastRebuild;

    /** A rebuild's progress. */
    private static final class Rebuild {
        private final Instant startedAt;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile Instant finishedAt;
        private volatile String problem;

        Rebuild(Instant startedAt) {
            this.startedAt = startedAt;
        }
    }

    /**
     * Opens the index in the background: reading the Swedish dictionary and bringing the index up to date took
     * seconds of every start, and the portal's pages need neither. A search that arrives meanwhile waits for the
     * opening (a few seconds), so nobody is told search is being prepared when it is only opening; when the index
     * has to be built anew, searches answer with that notice as before.
     */
    void onReady(@Observes PortalReady ready) {
        follower.start(threads);
        Thread opening = threads.newThread(() -> {
            try {
                open();
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.log(Level.SEVERE, "Search index could not be opened", e);
                }
            } finally {
                startOpening.countDown();
            }
        });
        opening.setName("search-open");
        opening.start();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        follower.wake();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        follower.stop();
        synchronized (writing) {
            closeQuietly(index);
            index = null;
        }
    }

    /**
     * Opens the current index and brings it up to date, or starts a rebuild when it cannot be used. Run at
     * start (in a thread of its own); tests run it again after damaging the directory.
     */
    public void open() {
        synchronized (writing) {
            closeQuietly(index);
            index = null;
            try {
                SearchIndex opened = SearchIndex.openCurrent(directory(), words.analysis());
                if (opened.appliedSequence() > reading(LOG_TIMEOUT_SECONDS, changeLog::lastSequence)) {
                    opened.close();
                    throw new IOException("the index is ahead of the database's change log: it is another database's");
                }
                index = opened;
                reading(LOG_TIMEOUT_SECONDS, () -> {
                    putAll(opened, documents.lessons()); // from content/, which may have changed since the last start
                    opened.commit(catchUp(opened));
                    return null;
                });
                LOG.info(() -> "Search index opened with " + opened.documents() + " documents, at change "
                        + opened.appliedSequence());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Search index cannot be used (" + e.getMessage() + "); rebuilding it");
                startRebuild();
            }
        }
    }

    /** Starts a full rebuild in the background unless one is running; false when one was. */
    public synchronized boolean startRebuild() {
        if (rebuild != null) {
            return false;
        }
        Rebuild started = new Rebuild(clock.instant());
        rebuild = started;
        Thread thread = threads.newThread(() -> rebuild(started));
        thread.setName("search-rebuild");
        thread.start();
        return true;
    }

    /** Searches the current index, or answers empty-handed while the first build runs. */
    public <T> Optional<T> withSearcher(Function<IndexSearcher, T> search) {
        SearchIndex current = index;
        if (current == null && awaitOpening()) {
            current = index;
        }
        if (current == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(current.withSearcher(search));
        } catch (AlreadyClosedException swapped) {
            SearchIndex next = index; // a rebuild swapped generations between the two reads: ask the new one
            return next == null ? Optional.empty() : Optional.of(next.withSearcher(search));
        }
    }

    /** Waits while the index opens at start; true when the opening had not yet ended at the call. */
    private boolean awaitOpening() {
        if (startOpening.getCount() == 0) {
            return false;
        }
        try {
            startOpening.await(OPENING_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** Applies every change committed so far and makes it searchable. */
    private void catchUpNow() {
        synchronized (writing) {
            SearchIndex current = index;
            if (current != null) {
                reading(LOG_TIMEOUT_SECONDS, () -> catchUp(current));
            }
        }
    }

    public IndexStatus status() {
        SearchIndex current = index;
        Rebuild underway = rebuild;
        Rebuild last = lastRebuild;
        return new IndexStatus(current != null, current == null ? 0 : current.documents(),
                current == null ? 0 : current.appliedSequence(), reading(LOG_TIMEOUT_SECONDS, changeLog::lastSequence),
                underway != null, underway == null ? 0 : underway.done.get(), underway == null ? 0 : underway.total,
                last == null ? null : last.finishedAt,
                last == null || last.finishedAt == null ? null : Duration.between(last.startedAt, last.finishedAt),
                last == null ? null : last.problem);
    }

    // ---- following the change log

    /** Applies the change log after the index's position, batch by batch, committing each; the position reached. */
    private long catchUp(SearchIndex target) {
        try {
            while (true) {
                long position = target.appliedSequence();
                List<ChangeLogEntry> entries = changeLog.entriesAfter(position, LOG_BATCH);
                if (entries.isEmpty()) {
                    return position;
                }
                ChangeLogCursor.Step step = cursor.next(position, entries, clock.instant());
                long contiguous = step.position();
                Map<String, ChangeLogEntry> touched = new LinkedHashMap<>();
                for (ChangeLogEntry entry : step.toApply()) {
                    if (INDEXED_KINDS.contains(entry.getEntityKind())) {
                        touched.put(entry.getEntityKind() + ":" + entry.getEntityId(), entry);
                    }
                }
                if (!touched.isEmpty()) {
                    SearchDocuments.Refresh refresh = documents.changed(touched.values());
                    for (String key : refresh.remove()) {
                        target.remove(key);
                    }
                    putAll(target, refresh.put());
                }
                target.commit(contiguous);
                if (contiguous == position || entries.size() < LOG_BATCH) {
                    return contiguous;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putAll(SearchIndex target, List<SearchDocument> put) throws IOException {
        for (SearchDocument document : put) {
            target.put(document);
        }
    }

    // ---- rebuilding

    private void rebuild(Rebuild progress) {
        SearchIndex fresh = null;
        try {
            fresh = SearchIndex.createGeneration(directory(), words.analysis());
            SearchIndex target = fresh;
            // the position first: a row changed while the rest is read has its entry after it, and the catch-up
            // below reads it again
            long from = reading(REBUILD_TIMEOUT_SECONDS, () -> {
                long position = changeLog.lastSequence();
                ParallelWriter writer = new ParallelWriter(target, threads, progress.done::incrementAndGet);
                documents.all(total -> progress.total = total, writer);
                writer.finish();
                return position;
            });
            fresh.commit(from);
            SearchIndex old;
            synchronized (writing) {
                cursor.reset();
                reading(LOG_TIMEOUT_SECONDS, () -> catchUp(target));
                fresh.makeCurrent();
                old = index;
                index = fresh;
            }
            closeQuietly(old);
            fresh.deleteOtherGenerations();
            LOG.info(() -> "Search index rebuilt with " + target.documents() + " documents");
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                // the application is being stopped (or redeployed) under the rebuild: its classes and index go
                LOG.info(() -> "Search index rebuild stopped with the application: " + e);
            } else {
                LOG.log(Level.SEVERE, "Search index rebuild failed", e);
            }
            progress.problem = String.valueOf(e.getMessage());
            if (fresh != null && fresh != index) {
                closeQuietly(fresh);
            }
        } finally {
            progress.finishedAt = clock.instant();
            synchronized (this) {
                lastRebuild = progress;
                rebuild = null;
            }
        }
    }

    /** Runs {@code work} in a transaction of its own that is rolled back: it only reads. */
    private <T> T reading(int timeoutSeconds, Callable<T> work) {
        try {
            transaction.setTransactionTimeout(timeoutSeconds);
            transaction.begin();
            try {
                return work.call();
            } finally {
                transaction.rollback();
                transaction.setTransactionTimeout(0);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("search index could not read the database", e);
        }
    }

    private Path directory() {
        return config.searchDir().toAbsolutePath();
    }

    private static void closeQuietly(SearchIndex index) {
        if (index == null) {
            return;
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index did not close cleanly", e);
        }
    }
}
