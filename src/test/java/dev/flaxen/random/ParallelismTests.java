package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Parallelism}: scoping of the thread count, that it never changes the numbers, that a failing task never leaves
 * helpers running, and that tasks on pool threads see the calling thread's kernel and block-size overrides.
 */
class ParallelismTests {
    @Test
    void withThreadsIsScopedToTheBodyAndNests() {
        int outside = Parallelism.threads();
        int inner = Parallelism.withThreads(3, () -> Parallelism.withThreads(5, Parallelism::threads));
        assertEquals(5, inner);
        assertEquals(3, (int) Parallelism.withThreads(3, () -> {
            Parallelism.withThreads(5, Parallelism::threads);
            return Parallelism.threads();
        }));
        assertEquals(outside, Parallelism.threads());
    }

    @Test
    void withThreadsRestoresTheSettingWhenTheBodyThrows() {
        int outside = Parallelism.threads();
        assertThrows(IllegalStateException.class, () -> Parallelism.withThreads(7, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(outside, Parallelism.threads());
    }

    @Test
    void otherThreadsKeepTheirOwnSetting() throws Exception {
        int outside = Parallelism.threads();
        int seen = Parallelism.withThreads(9, () -> CompletableFuture.supplyAsync(Parallelism::threads).join());
        assertEquals(outside, seen);
    }

    @Test
    void theDefaultIsPositive() {
        assertTrue(Parallelism.threads() >= 1);
    }

    @Test
    void manyThreadsOnAFewElementsGiveTheSameNumbers() {
        PRNGKey key = PRNGKey.of(3);
        Shape shape = Shape.of(Parallelism.MIN_PARALLEL_ELEMENTS + 5);
        Array one = Parallelism.withThreads(1, () -> Random.normal(key, shape));
        Array many = Parallelism.withThreads(64, () -> Random.normal(key, shape));
        assertEquals(one, many);
    }

    @Test
    void invokeAllReturnsTheResultsInTaskOrderAtAnyThreadCount() {
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            tasks.add(() -> n * n);
        }
        for (int threads : new int[] {1, 2, 5}) {
            List<Integer> squares = Parallelism.withThreads(threads, () -> Parallelism.invokeAll(tasks));
            assertEquals(100, squares.size());
            for (int i = 0; i < 100; i++) {
                assertEquals(i * i, squares.get(i));
            }
        }
        assertEquals(List.of(), Parallelism.invokeAll(List.<Supplier<Integer>>of()));
    }

    @Test
    void invokeAllOnOneThreadRunsOnTheCallingThreadInOrder() {
        List<String> seen = new ArrayList<>();
        String caller = Thread.currentThread().getName();
        Parallelism.withThreads(1, () -> Parallelism.invokeAll(List.<Supplier<Boolean>>of(
                () -> seen.add("a " + Thread.currentThread().getName()),
                () -> seen.add("b " + Thread.currentThread().getName()))));
        assertEquals(List.of("a " + caller, "b " + caller), seen);
    }

    @Test
    void invokeAllRethrowsTheFirstFailureAfterTheOtherTasks() {
        AtomicInteger finished = new AtomicInteger();
        List<Supplier<Integer>> tasks = List.of(() -> finished.incrementAndGet(), () -> {
            throw new IllegalStateException("first");
        }, () -> {
            throw new IllegalArgumentException("second");
        }, () -> finished.incrementAndGet());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Parallelism.withThreads(2, () -> Parallelism.invokeAll(tasks)));
        assertEquals("first", e.getMessage());
        assertEquals(2, finished.get());
    }

    @Test
    void invokeAllWaitsForItsHelpersWhenATaskOnTheCallingThreadThrowsAnError() {
        String caller = Thread.currentThread().getName();
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean helperFinished = new AtomicBoolean();
        Supplier<Integer> task = () -> {
            bothStarted.countDown();
            await(bothStarted);
            if (Thread.currentThread().getName().equals(caller)) {
                throw new AssertionError("from the calling thread");
            }
            sleep(200);
            helperFinished.set(true);
            return 1;
        };
        AssertionError e = assertThrows(AssertionError.class,
                () -> Parallelism.withThreads(2, () -> Parallelism.invokeAll(List.of(task, task))));
        assertEquals("from the calling thread", e.getMessage());
        assertTrue(helperFinished.get(), "the helper was still running when invokeAll threw");
    }

    @Test
    void invokeAllStopsStartingTasksAfterAnErrorAndRethrowsTheFirstFailureInTaskOrder() {
        AtomicBoolean ranAfterTheError = new AtomicBoolean();
        List<Supplier<Integer>> tasks = List.of(() -> {
            throw new IllegalArgumentException("first");
        }, () -> {
            throw new AssertionError("second");
        }, () -> {
            ranAfterTheError.set(true);
            return 3;
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parallelism.withThreads(1, () -> Parallelism.invokeAll(tasks)));
        assertEquals("first", e.getMessage());
        assertFalse(ranAfterTheError.get());
    }

    @Test
    void runAllJoinsEveryHelperWhenOneThrowsAnErrorAndRethrowsTheFirstAsThrown() {
        AssertionError first = new AssertionError("first helper");
        AtomicBoolean slowFinished = new AtomicBoolean();
        List<Runnable> others = List.of(() -> {
            throw first;
        }, () -> {
            sleep(200);
            slowFinished.set(true);
        }, () -> {
            throw new IllegalStateException("third helper");
        });
        AssertionError e = assertThrows(AssertionError.class, () -> Parallelism.runAll(() -> { }, others));
        assertSame(first, e);
        assertTrue(slowFinished.get(), "a helper was still running when runAll threw");
    }

    @Test
    void runAllRethrowsTheCallingThreadsThrowableAfterTheHelpersFinish() {
        CountDownLatch helperStarted = new CountDownLatch(1);
        AtomicBoolean helperFinished = new AtomicBoolean();
        Runnable helper = () -> {
            helperStarted.countDown();
            sleep(200);
            helperFinished.set(true);
            throw new IllegalStateException("helper");
        };
        AssertionError e = assertThrows(AssertionError.class, () -> Parallelism.runAll(() -> {
            await(helperStarted);
            throw new AssertionError("own");
        }, List.of(helper)));
        assertEquals("own", e.getMessage());
        assertTrue(helperFinished.get(), "the helper was still running when runAll threw");
    }

    @Test
    void invokeAllTasksRunWithTheCallersKernelsAndBlockSizeOnEveryThread() {
        Kernels mine = new PortableKernels();
        List<String> seen = KernelSelection.with(mine, () -> BitStreams.withBlockSize(7,
                () -> Parallelism.withThreads(2, () -> Parallelism.invokeAll(probes(mine)))));
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("flaxen-random-")), () -> "none on the pool: " + seen);
        assertTrue(seen.stream().allMatch(s -> s.endsWith(" true 7")), seen::toString);
        Kernels outside = KernelSelection.current();
        List<String> after = Parallelism.withThreads(2, () -> Parallelism.invokeAll(probes(outside)));
        assertTrue(after.stream().anyMatch(s -> s.startsWith("flaxen-random-")), () -> "none on the pool: " + after);
        assertTrue(after.stream().allMatch(s -> s.endsWith(" true " + BitStreams.DEFAULT_BLOCK)), after::toString);
    }

    /**
     * Two tasks that wait for each other, so that one runs on the calling thread and one on the pool; each returns
     * {@code "<thread> <whether current() is expected> <block size>"}.
     */
    private static List<Supplier<String>> probes(Kernels expected) {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Supplier<String> probe = () -> {
            bothStarted.countDown();
            await(bothStarted);
            return Thread.currentThread().getName() + " " + (KernelSelection.current() == expected) + " "
                    + BitStreams.blockSize();
        };
        return List.of(probe, probe);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other tasks to start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
