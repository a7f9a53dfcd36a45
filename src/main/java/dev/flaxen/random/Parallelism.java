package dev.flaxen.random;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * How many threads the samplers of {@link Random} use for large arrays. The numbers never depend on
 * it: every element is a function of the key and its flat index alone, so any thread count gives the
 * same bits.
 *
 * <p>The default is the system property {@code flaxen.threads} if set (read once, at first use), else
 * {@link Runtime#availableProcessors()}. {@link #withThreads} overrides it for the calling thread
 * while its body runs. Work is split into at most that many contiguous slices; the calling thread
 * runs one and a dedicated pool of daemon threads named {@code flaxen-random-N}, sized to the default
 * thread count, runs the rest. Arrays below {@value #MIN_PARALLEL_ELEMENTS} elements are filled on
 * the calling thread alone.
 *
 * <pre>{@code
 * Array a = Parallelism.withThreads(1, () -> Random.normal(key, Shape.of(1 << 20)));
 * Array b = Random.normal(key, Shape.of(1 << 20));   // default thread count
 * a.equals(b);                                        // true
 * }</pre>
 */
public final class Parallelism {
    /** Arrays smaller than this are filled on the calling thread. */
    public static final int MIN_PARALLEL_ELEMENTS = 1 << 16;

    private static final ScopedOverride<Integer> OVERRIDE = new ScopedOverride<>();

    private Parallelism() {
    }

    private static final class Holder {
        static final int DEFAULT = defaultFromProperty();
        static final ForkJoinPool POOL = new ForkJoinPool(DEFAULT, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("flaxen-random-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);

        private static int defaultFromProperty() {
            String p = System.getProperty("flaxen.threads");
            if (p == null || p.isBlank()) {
                return Runtime.getRuntime().availableProcessors();
            }
            try {
                return requirePositive("flaxen.threads", Integer.parseInt(p.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("flaxen.threads: expected a positive integer, got '" + p + "'", e);
            }
        }
    }

    private static int requirePositive(String op, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(op + ": expected threads >= 1, got " + threads);
        }
        return threads;
    }

    /**
     * The thread count the samplers use on the calling thread now.
     *
     * <pre>{@code
     * Parallelism.withThreads(3, Parallelism::threads);   // 3
     * }</pre>
     *
     * @return the override of the innermost {@link #withThreads} on this thread, else the default
     */
    public static int threads() {
        Integer t = OVERRIDE.get();
        return t != null ? t : Holder.DEFAULT;
    }

    /**
     * Runs {@code body} with the samplers on this thread using {@code threads} threads, then restores
     * the previous setting (also when the body throws). Other threads are not affected.
     *
     * <pre>{@code
     * Array x = Parallelism.withThreads(1, () -> Random.uniform(key, Shape.of(1000, 1000)));
     * }</pre>
     *
     * @param threads the number of threads, {@code >= 1}; more than the pool size is allowed (the
     *     slices then queue)
     * @param body what to run
     * @param <T> the body's result type
     * @return what the body returned
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static <T> T withThreads(int threads, Supplier<T> body) {
        requirePositive("Parallelism.withThreads", threads);
        Objects.requireNonNull(body, "body");
        return OVERRIDE.with(threads, body);
    }

    /**
     * Runs independent tasks on the samplers' threads and returns their results in task order: up to
     * {@link #threads()} tasks at a time (the calling thread takes part), each task from start to end on one thread,
     * samplers inside a task on that thread alone. Called from one of those threads, it runs the tasks one after
     * another. The tasks must not depend on each other or on the order they run in; then the results never depend on
     * the thread count. {@code Module.init} makes the small leaves of a parameter tree this way.
     *
     * <pre>{@code
     * List<Array> leaves = Parallelism.invokeAll(List.of(
     *     () -> Random.normal(key.foldIn(0), Shape.of(64, 64)),
     *     () -> Random.uniform(key.foldIn(1), Shape.of(64))));   // the same arrays as one by one
     * }</pre>
     *
     * <p>A task that throws does not stop the others; one that throws an {@link Error} stops tasks from starting. The
     * first throwable in task order is rethrown on the calling thread once every started task has finished.
     *
     * @param tasks the tasks
     * @param <T> the result type
     * @return the results, {@code results.get(i)} from {@code tasks.get(i)}
     * @throws RuntimeException the first exception a task threw (in task order among those that ran; an {@link Error}
     *     likewise), after every started task has finished
     */
    public static <T> List<T> invokeAll(List<? extends Supplier<? extends T>> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        int n = tasks.size();
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        List<Supplier<? extends T>> carried = withCallersOverrides(tasks);
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = Objects.requireNonNull(carried.get(i), "task").get();
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    if (e instanceof Error) {
                        next.set(n);
                    }
                }
            }
        };
        int parts = inPool() ? 1 : Math.min(threads(), n);
        runAll(worker, Collections.nCopies(Math.max(0, parts - 1), worker));
        rethrowFirst(failures);
        @SuppressWarnings("unchecked")
        List<T> out = (List<T>) Collections.unmodifiableList(Arrays.asList(results));
        return out;
    }

    /**
     * The tasks, each to run with the calling thread's overrides of {@link KernelSelection#with} and
     * {@link BitStreams#withBlockSize} (tests), wherever it runs; {@code null} stays {@code null}.
     */
    private static <T> List<Supplier<? extends T>> withCallersOverrides(List<? extends Supplier<? extends T>> tasks) {
        List<Supplier<? extends T>> out = new ArrayList<>(tasks.size());
        for (Supplier<? extends T> task : tasks) {
            out.add(task == null ? null : BitStreams.carry(KernelSelection.carry(task)));
        }
        return out;
    }

    private static void rethrowFirst(Throwable[] failures) {
        for (Throwable t : failures) {
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    /**
     * Runs {@code own} on the calling thread and each of {@code others} on the pool, and returns once every one that
     * started has finished, also when one throws: then it rethrows the calling thread's throwable, else the first of
     * {@code others}' in list order (the very object thrown).
     */
    static void runAll(Runnable own, List<Runnable> others) {
        Throwable[] thrown = new Throwable[others.size() + 1];
        List<ForkJoinTask<?>> helpers = new ArrayList<>(others.size());
        try {
            for (int i = 0; i < others.size(); i++) {
                Runnable r = others.get(i);
                int slot = i + 1;
                helpers.add(Holder.POOL.submit(() -> record(r, thrown, slot)));
            }
            own.run();
        } catch (RuntimeException | Error e) {
            thrown[0] = e;
        } finally {
            helpers.forEach(ForkJoinTask::quietlyJoin);
        }
        rethrowFirst(thrown);
    }

    private static void record(Runnable r, Throwable[] thrown, int slot) {
        try {
            r.run();
        } catch (RuntimeException | Error e) {
            thrown[slot] = e;
        }
    }

    private static boolean inPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread w && w.getPool() == Holder.POOL;
    }

    /** A slice of work: units {@code [from, to)}. */
    @FunctionalInterface
    interface Slice {
        void run(long from, long to);
    }

    /**
     * Runs {@code slice} over {@code [0, units)} in contiguous parts, in parallel when {@code elements}
     * is large. Part boundaries are multiples of {@code align}.
     */
    static void forEachSlice(long units, long elements, int align, Slice slice) {
        int threads = elements < MIN_PARALLEL_ELEMENTS || inPool() ? 1 : threads();
        long alignedUnits = (units + align - 1) / align;
        int parts = (int) Math.max(1, Math.min(threads, alignedUnits));
        if (parts == 1) {
            slice.run(0, units);
            return;
        }
        List<Runnable> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            long from = Math.min(units, alignedUnits * p / parts * align);
            long to = Math.min(units, alignedUnits * (p + 1) / parts * align);
            others.add(() -> slice.run(from, to));
        }
        runAll(() -> slice.run(0, Math.min(units, alignedUnits / parts * align)), others);
    }
}
