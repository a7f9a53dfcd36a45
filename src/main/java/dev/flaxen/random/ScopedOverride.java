package dev.flaxen.random;

import java.util.function.Supplier;

/**
 * A per-thread setting that a body overrides for as long as it runs ({@link Parallelism#withThreads}, the kernels and
 * block size that tests pick), and that tasks handed to other threads can take along ({@link #carry}).
 *
 * @param <T> the setting's type
 */
final class ScopedOverride<T> {
    private final ThreadLocal<T> value = new ThreadLocal<>();

    /** The override of the innermost {@link #with} on this thread, or {@code null}. */
    T get() {
        return value.get();
    }

    /** Runs {@code body} with {@code v} as this thread's override, then restores the previous one (also on a throw). */
    <R> R with(T v, Supplier<R> body) {
        T previous = value.get();
        value.set(v);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                value.remove();
            } else {
                value.set(previous);
            }
        }
    }

    /**
     * {@code task} as it should run on another thread: with this thread's override, if any. Call it on the thread that
     * hands the task over.
     */
    <R> Supplier<R> carry(Supplier<R> task) {
        T v = value.get();
        return v == null ? task : () -> with(v, task);
    }
}
