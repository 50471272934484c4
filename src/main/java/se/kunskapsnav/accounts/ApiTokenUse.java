package se.kunskapsnav.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notes when personal API tokens were last used, after the request and together: the token check (every API
 * request asks it) only reads, and the tokens whose use is due (at most once a minute each) are written in the
 * background with one statement for all that came meanwhile. An instance that stops loses at most the uses of the
 * last moment, a figure kept to the minute anyway.
 */
@ApplicationScoped
public class ApiTokenUse {

    private static final Logger LOG = Logger.getLogger(ApiTokenUse.class.getName());

    @Inject
    ApiTokenService apiTokens;

    @Inject
    Clock clock;

    /** Threads from the application's thread factory, as for the mail sender ({@code Mailer}). */
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService writer;
    private final Set<Long> due = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean writing = new AtomicBoolean();

    @PostConstruct
    void startWriter() {
        writer = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stopWriter() {
        writer.shutdown();
    }

    /** Notes that the token was used now; written soon, with the others noted meanwhile. */
    void note(long tokenId) {
        due.add(tokenId);
        if (writing.compareAndSet(false, true)) {
            writer.execute(this::writeDue);
        }
    }

    private void writeDue() {
        try {
            List<Long> ids = List.copyOf(due);
            due.removeAll(ids);
            if (!ids.isEmpty()) {
                apiTokens.noteUses(ids, clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not note the use of API tokens", e);
        } finally {
            writing.set(false);
        }
        if (!due.isEmpty() && writing.compareAndSet(false, true)) {
            writer.execute(this::writeDue); // noted while this pass wrote
        }
    }
}
