package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Parallelism}: scoping of the thread count, and that it never changes the numbers. */
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
}
