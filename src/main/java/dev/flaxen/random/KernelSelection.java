package dev.flaxen.random;

import java.util.function.Supplier;

/**
 * Which {@link Kernels} the samplers use: the default for the JVM, or (in tests) an override for the calling thread
 * while a body runs. A sampler reads {@link #current()} once, on the calling thread, and hands that implementation
 * to every block and slice of its work.
 */
final class KernelSelection {
    private static final Kernels PORTABLE = new PortableKernels();
    private static final ThreadLocal<Kernels> OVERRIDE = new ThreadLocal<>();

    private KernelSelection() {
    }

    /** The portable kernels (plain Java loops, any JDK 17+). */
    static Kernels portable() {
        return PORTABLE;
    }

    /** The kernels for a sampler called on this thread now. */
    static Kernels current() {
        Kernels k = OVERRIDE.get();
        return k != null ? k : PORTABLE;
    }

    /** Runs {@code body} with {@code kernels} as {@link #current()} on this thread (tests compare implementations). */
    static <T> T with(Kernels kernels, Supplier<T> body) {
        Kernels previous = OVERRIDE.get();
        OVERRIDE.set(kernels);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
