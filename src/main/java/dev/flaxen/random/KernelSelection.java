package dev.flaxen.random;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which {@link Kernels} the samplers use. The Vector API kernels ({@code VectorKernels}) when the JDK is 25 or later
 * and the module {@code jdk.incubator.vector} is resolved (run with {@code --add-modules jdk.incubator.vector}), else
 * the portable ones; both give the same bits. The system property {@code flaxen.kernels} (read once) overrides it:
 * {@code portable} forces the portable kernels, {@code vector} requires the vector ones (samplers then throw
 * {@link IllegalStateException} saying why they cannot be used), {@code auto} is the default.
 *
 * <p>{@code VectorKernels} is loaded by reflection, only after those checks, so a JDK without the module never links
 * it; it must then agree with the portable kernels on a small block of every kind, or it is not used.
 *
 * <p>A sampler reads {@link #current()} once, on the calling thread, and hands that implementation to every block and
 * slice of its work. Tests can override it with {@link #with}.
 */
final class KernelSelection {
    /** The first JDK whose Vector API the vector kernels are used on. */
    static final int MIN_VECTOR_JDK = 25;
    private static final String MODULE = "jdk.incubator.vector";
    private static final Kernels PORTABLE = new PortableKernels();
    private static final ScopedOverride<Kernels> OVERRIDE = new ScopedOverride<>();

    private KernelSelection() {
    }

    /** The vector kernels, or why there are none. */
    private record Outcome(Kernels kernels, String reason) {
    }

    /** Resolved at first use. */
    private static final class Vector {
        static final Outcome OUTCOME = resolve();

        private static Outcome resolve() {
            int feature = Runtime.version().feature();
            if (feature < MIN_VECTOR_JDK) {
                return new Outcome(null, "JDK " + feature + " is older than " + MIN_VECTOR_JDK);
            }
            if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
                return new Outcome(null, "the module " + MODULE + " is not resolved (run java with --add-modules "
                        + MODULE + ")");
            }
            try {
                Kernels k = (Kernels) Class.forName(KernelSelection.class.getPackageName() + ".VectorKernels")
                        .getDeclaredConstructor().newInstance();
                String disagreement = KernelCheck.disagreement(k, PORTABLE);
                return disagreement == null ? new Outcome(k, null)
                        : new Outcome(null, "the vector kernels disagree with the portable ones: " + disagreement);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                return new Outcome(null, "the vector kernels could not be loaded: " + cause);
            }
        }
    }

    /** The default: from {@code flaxen.kernels}, else automatic; {@code null} if that asks for what is unavailable. */
    private static final class Default {
        static final String SETTING = System.getProperty("flaxen.kernels", "auto").trim().toLowerCase(Locale.ROOT);
        static final Kernels KERNELS = choose();

        private static Kernels choose() {
            switch (SETTING) {
                case "portable":
                    return PORTABLE;
                case "vector":
                    return Vector.OUTCOME.kernels();
                case "auto":
                case "":
                    return Vector.OUTCOME.kernels() != null ? Vector.OUTCOME.kernels() : PORTABLE;
                default:
                    return null;
            }
        }

        static IllegalStateException problem() {
            if (SETTING.equals("vector")) {
                return new IllegalStateException("flaxen.kernels=vector: the Vector API kernels cannot be used: "
                        + Vector.OUTCOME.reason());
            }
            return new IllegalStateException("flaxen.kernels: expected auto, portable or vector, got '" + SETTING + "'");
        }
    }

    /** The portable kernels (plain Java loops, any JDK 17+). */
    static Kernels portable() {
        return PORTABLE;
    }

    /** The Vector API kernels, if this JVM can use them. */
    static Optional<Kernels> vector() {
        return Optional.ofNullable(Vector.OUTCOME.kernels());
    }

    /** Why {@link #vector()} is empty, or {@code null} if it is not. */
    static String whyNoVector() {
        return Vector.OUTCOME.reason();
    }

    /**
     * The kernels for a sampler called on this thread now.
     *
     * @throws IllegalStateException if {@code flaxen.kernels} is not a known value, or is {@code vector} and the vector
     *     kernels cannot be used
     */
    static Kernels current() {
        Kernels k = OVERRIDE.get();
        if (k != null) {
            return k;
        }
        Kernels d = Default.KERNELS;
        if (d == null) {
            throw Default.problem();
        }
        return d;
    }

    /**
     * Runs {@code body} with {@code kernels} as {@link #current()} on this thread, and in the tasks of
     * {@link Parallelism#invokeAll} it calls, wherever they run (tests compare implementations). The samplers' slices
     * get it as they get {@link #current()}: from the calling thread.
     */
    static <T> T with(Kernels kernels, Supplier<T> body) {
        return OVERRIDE.with(kernels, body);
    }

    /**
     * {@code task} as it should run on another thread: with this thread's override of {@link #with}, if any. Call it
     * on the thread that hands the task over.
     */
    static <T> Supplier<T> carry(Supplier<T> task) {
        return OVERRIDE.carry(task);
    }
}
