package se.kunskapsnav.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Work on one key (such as a course) that arrives on several threads at once is done together, in one batch: each
 * caller queues its item and waits; a caller that finds no batch of the key running takes the items waiting, in
 * arrival order and at most {@code maxBatch}, runs them as one batch for everybody, and wakes the others. A caller
 * runs batches only until its own item is done, so nobody works for others for long, and an item that arrives
 * while a batch runs goes into the next. Within one JVM only: what must hold across instances (the seat lock, the
 * decision) is the batch's own business, in the database.
 * <p>
 * The batch answers one result per item, in order; when it throws, every item of the batch fails with that
 * exception. A key's queue stays once made (one small object per key ever used).
 */
public final class GroupCommit<K, T, R> {

    private final int maxBatch;
    private final BiFunction<K, List<T>, List<R>> batch;
    private final ConcurrentHashMap<K, Line<T, R>> lines = new ConcurrentHashMap<>();

    public GroupCommit(int maxBatch, BiFunction<K, List<T>, List<R>> batch) {
        this.maxBatch = maxBatch;
        this.batch = batch;
    }

    /** Queues {@code item} under {@code key}, waits until a batch has done it (perhaps run by this thread), answers. */
    public R submit(K key, T item) {
        Line<T, R> line = lines.computeIfAbsent(key, k -> new Line<>());
        Item<T, R> mine = new Item<>(item);
        line.lock.lock();
        try {
            line.waiting.add(mine);
            while (!mine.done) {
                if (line.running) {
                    line.finished.awaitUninterruptibly();
                } else {
                    line.running = true;
                    List<Item<T, R>> taken = new ArrayList<>();
                    while (taken.size() < maxBatch && !line.waiting.isEmpty()) {
                        taken.add(line.waiting.poll());
                    }
                    line.lock.unlock();
                    try {
                        run(key, taken);
                    } finally {
                        line.lock.lock();
                        taken.forEach(i -> i.done = true);
                        line.running = false;
                        line.finished.signalAll();
                    }
                }
            }
        } finally {
            line.lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    /** How many items of {@code key} wait for a batch now (not those of the batch running). */
    int waiting(K key) {
        Line<T, R> line = lines.get(key);
        if (line == null) {
            return 0;
        }
        line.lock.lock();
        try {
            return line.waiting.size();
        } finally {
            line.lock.unlock();
        }
    }

    private void run(K key, List<Item<T, R>> taken) {
        try {
            List<R> results = batch.apply(key, taken.stream().map(i -> i.item).toList());
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).result = results.get(i);
            }
        } catch (RuntimeException e) {
            taken.forEach(i -> i.failure = e);
        } finally {
            // an Error leaves no item waiting for ever
            taken.stream().filter(i -> i.result == null && i.failure == null)
                    .forEach(i -> i.failure = new IllegalStateException("the batch ended without an answer"));
        }
    }

    /** The queue of one key; its fields are guarded by {@code lock}. */
    private static final class Line<T, R> {
        final ReentrantLock lock = new ReentrantLock();
        final Condition finished = lock.newCondition();
        final ArrayDeque<Item<T, R>> waiting = new ArrayDeque<>();
        boolean running;
    }

    /** An item and what became of it: written by the thread running its batch, {@code done} under the lock. */
    private static final class Item<T, R> {
        final T item;
        R result;
        RuntimeException failure;
        boolean done;

        Item(T item) {
            this.item = item;
        }
    }
}
