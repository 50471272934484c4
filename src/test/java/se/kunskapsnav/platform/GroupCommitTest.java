package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    /** Batches as they ran, and the first of a key held until {@code release}. */
    private final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private List<Integer> tenTimes(String key, List<Integer> items) {
        batches.add(items);
        firstStarted.countDown();
        await(release);
        if (items.contains(-1)) {
            throw new IllegalArgumentException("a bad item");
        }
        return items.stream().map(i -> i * 10).toList();
    }

    @Test
    void whatArrivesWhileABatchRunsIsDoneTogetherInTheNextAndEachCallerGetsItsOwnAnswer() throws Exception {
        GroupCommit<String, Integer, Integer> commit = new GroupCommit<>(50, this::tenTimes);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            Future<Integer> first = callers.submit(() -> commit.submit("course", 1));
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            List<Future<Integer>> next = IntStream.rangeClosed(2, 6)
                    .mapToObj(i -> callers.submit(() -> commit.submit("course", i))).toList();
            awaitQueued(commit, "course", 5);
            release.countDown();

            assertEquals(10, first.get(10, TimeUnit.SECONDS));
            for (int i = 0; i < next.size(); i++) {
                assertEquals((i + 2) * 10, next.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, batches.size(), batches.toString());
            assertEquals(Set.of(2, 3, 4, 5, 6), Set.copyOf(batches.get(1)));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFailingBatchFailsItsOwnItemsOnlyAndBatchesHoldAtMostTheLimit() throws Exception {
        GroupCommit<String, Integer, Integer> commit = new GroupCommit<>(2, this::tenTimes);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            Future<Integer> first = callers.submit(() -> commit.submit("course", 1));
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            Future<Integer> bad = callers.submit(() -> commit.submit("course", -1));
            awaitQueued(commit, "course", 1);
            Future<Integer> badsNeighbour = callers.submit(() -> commit.submit("course", 2));
            awaitQueued(commit, "course", 2);
            Future<Integer> later = callers.submit(() -> commit.submit("course", 3));
            awaitQueued(commit, "course", 3);
            release.countDown();

            assertEquals(10, first.get(10, TimeUnit.SECONDS));
            ExecutionException failure = assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
            assertInstanceOf(IllegalArgumentException.class, failure.getCause());
            assertInstanceOf(IllegalArgumentException.class, assertThrows(ExecutionException.class,
                    () -> badsNeighbour.get(10, TimeUnit.SECONDS)).getCause(), "in the same batch");
            assertEquals(30, later.get(10, TimeUnit.SECONDS), "a batch of its own");
            assertEquals(List.of(List.of(1), List.of(-1, 2), List.of(3)), batches);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void differentKeysAreNeverBatchedTogether() throws Exception {
        GroupCommit<String, Integer, Integer> commit = new GroupCommit<>(50, this::tenTimes);
        release.countDown();
        assertEquals(10, commit.submit("one course", 1));
        assertEquals(20, commit.submit("another", 2));
        assertEquals(List.of(List.of(1), List.of(2)), batches);
    }

    private static void awaitQueued(GroupCommit<String, Integer, Integer> commit, String key, int items) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (commit.waiting(key) < items) {
            assertTrue(Instant.now().isBefore(deadline), "items never queued");
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
