package se.kunskapsnav.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The change log's position as this instance last saw it, and values read from the database that change seldom
 * (the vocabularies and the counties' names every page shows), kept in this JVM until the change log records a
 * change of a kind they were read from, on this instance or on any other: a {@link ChangeFollower} reads the log after each local commit and once a second, so another
 * instance's change is seen within about a second, as the search index and the reach figures see it. Until the
 * portal is ready (the follower's position known) nothing is kept.
 */
@ApplicationScoped
public class ChangeLogCache {

    private static final int LOG_BATCH = 500;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    /** The follower's thread is no request's: its entity manager works only inside a transaction. */
    @Resource
    UserTransaction transaction;

    private record Kept(Set<String> kinds, Object value) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    /** The kinds some value was read from: other entries (registrations, ...) forget nothing. */
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    /** Counts forgettings, so a value read while one happened is not kept (it may be the old one). */
    private final AtomicLong forgotten = new AtomicLong();
    /** Held to keep a value and to forget, so nothing read before a forgetting is kept after it. */
    private final Object keeping = new Object();
    private final ChangeLogCursor cursor = new ChangeLogCursor();
    private final ChangeFollower follower = new ChangeFollower("change-log-cache", this::catchUp);
    private volatile boolean following;
    private long position;
    private volatile long lastSeen;
    private volatile long lastMoved;

    /**
     * The value kept under {@code key}, or {@code read}'s answer, kept until an entry of one of {@code kinds}
     * appears in the change log. The value is shared by every caller: it must not be changed.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Set<String> kinds, Supplier<T> read) {
        Kept found = kept.get(key);
        if (found != null) {
            return (T) found.value();
        }
        watched.addAll(kinds);
        long before = forgotten.get();
        T value = read.get();
        synchronized (keeping) {
            if (following && forgotten.get() == before) {
                kept.putIfAbsent(key, new Kept(kinds, value));
            }
        }
        return value;
    }

    /**
     * The highest change-log position this instance has seen (the follower's reading, or the database's while
     * the portal starts): what the HTTP validators of public pages and API reads are made of.
     */
    public long lastSequenceSeen() {
        return following ? lastSeen : changeLog.lastSequence();
    }

    /**
     * When {@link #lastSequenceSeen()} last moved (epoch milliseconds, 0 before the first change): the search
     * index and the reach figures follow the same log on their own threads and may reach the position a moment
     * later.
     */
    public long lastMovedMillis() {
        return lastMoved;
    }

    void onReady(@Observes PortalReady ready) {
        // the last entries are read once more: a transaction still open now may commit below the last position
        // (ChangeLogCursor's gap rule), and forgetting what is not kept yet costs nothing
        lastSeen = changeLog.lastSequence();
        position = Math.max(0, lastSeen - LOG_BATCH);
        keepFromNow();
        follower.start(threads);
    }

    /** From now on values are kept: the follower will see every change after this point. */
    void keepFromNow() {
        following = true;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded change) {
        follower.wake();
    }

    @PreDestroy
    void stop() {
        follower.stop();
    }

    private void catchUp() {
        try {
            transaction.begin();
            try {
                readLog();
            } finally {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the change log", e);
        }
    }

    private void readLog() {
        while (true) {
            List<ChangeLogEntry> entries = changeLog.entriesAfter(position, LOG_BATCH);
            ChangeLogCursor.Step step = cursor.next(position, entries, clock.instant());
            step.toApply().forEach(entry -> forget(entry.getEntityKind()));
            long seenBefore = lastSeen;
            entries.forEach(entry -> lastSeen = Math.max(lastSeen, entry.getSequence()));
            if (lastSeen != seenBefore) {
                lastMoved = clock.millis();
            }
            boolean moved = step.position() != position;
            position = step.position();
            if (!moved || entries.size() < LOG_BATCH) {
                return;
            }
        }
    }

    /** Forgets every value read from {@code kind}: the change log recorded a change of one. */
    void forget(String kind) {
        if (!watched.contains(kind)) {
            return;
        }
        synchronized (keeping) {
            forgotten.incrementAndGet();
            kept.values().removeIf(value -> value.kinds().contains(kind));
        }
    }
}
