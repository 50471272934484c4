package se.kunskapsnav.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes a rebuild's documents from one thread per processor: analysing text is nearly all of a rebuild's
 * work and the index writer takes documents from several threads at once. Documents go in batches, and
 * only a few batches wait at a time, so reading the database never runs far ahead of writing.
 */
final class ParallelWriter implements Consumer<SearchDocument> {

    private static final int BATCH = 200;

    private final SearchIndex target;
    private final Runnable written;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService writers;
    private final Semaphore waiting = new Semaphore(threads * 2);
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private List<SearchDocument> batch = new ArrayList<>(BATCH);

    /** @param written told once per document written */
    ParallelWriter(SearchIndex target, ThreadFactory threadFactory, Runnable written) {
        this.target = target;
        this.written = written;
        this.writers = Executors.newFixedThreadPool(threads, threadFactory);
    }

    @Override
    public void accept(SearchDocument document) {
        batch.add(document);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Writes what is left and waits for every batch; the first failure is thrown. */
    void finish() throws IOException {
        if (!batch.isEmpty()) {
            submit();
        }
        writers.shutdown();
        try {
            while (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                // a big rebuild: keep waiting
            }
        } catch (InterruptedException e) {
            writers.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the index", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private void submit() {
        List<SearchDocument> full = batch;
        batch = new ArrayList<>(BATCH);
        waiting.acquireUninterruptibly();
        writers.execute(() -> {
            try {
                for (SearchDocument document : full) {
                    if (failure.get() != null) {
                        return; // the rebuild has failed: the rest is not worth writing
                    }
                    target.put(document);
                    written.run();
                }
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e instanceof IOException io ? io : new IOException(e));
            } finally {
                waiting.release();
            }
        });
    }
}
