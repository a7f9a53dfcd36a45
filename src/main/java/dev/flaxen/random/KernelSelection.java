package dev.flaxen.random;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which {@link Kernels} the samplers use. The Vector API kernels ({@code VectorKernels}) when the JDK is 25 or later
 * and the module {@code jdk.incubator.vector} is resolved (run with {@code --add-modules jdk.incubator.vector}), else
 * the portable ones; both give the same bits. The system property {@code flaxen.kernels} (read once, trimmed, any case)
 * overrides it: {@code portable} forces the portable kernels, {@code vector} requires the vector ones (samplers then
 * throw {@link IllegalStateException} saying why they cannot be used), {@code auto} is the default. {@link #choose}
 * is that rule as a function.
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

    /**
     * The vector kernels, or why there are none.
     *
     * @param kernels the vector kernels, or {@code null}
     * @param reason why there are none, or {@code null} if there are
     */
    record Outcome(Kernels kernels, String reason) {
        static Outcome none(String reason) {
            return new Outcome(null, reason);
        }
    }

    /** This JVM's outcome, resolved at first use. */
    private static final class Vector {
        static final Outcome OUTCOME = resolve(Runtime.version().feature(),
                ModuleLayer.boot().findModule(MODULE).isPresent(), KernelSelection::load);
    }

    /**
     * Whether the vector kernels can be used: not before JDK {@value #MIN_VECTOR_JDK}, not without the module, else
     * what {@code load} finds.
     *
     * @param feature the JDK feature release, e.g. 17
     * @param moduleResolved whether {@code jdk.incubator.vector} is in the boot layer
     * @param load loads and checks the vector kernels; called only when the JDK and the module allow it
     * @return the outcome
     */
    static Outcome resolve(int feature, boolean moduleResolved, Supplier<Outcome> load) {
        if (feature < MIN_VECTOR_JDK) {
            return Outcome.none("JDK " + feature + " is older than " + MIN_VECTOR_JDK);
        }
        if (!moduleResolved) {
            return Outcome.none("the module " + MODULE + " is not resolved (run java with --add-modules " + MODULE
                    + ")");
        }
        return load.get();
    }

    private static Outcome load() {
        try {
            Kernels k = (Kernels) Class.forName(KernelSelection.class.getPackageName() + ".VectorKernels")
                    .getDeclaredConstructor().newInstance();
            String disagreement = KernelCheck.disagreement(k, PORTABLE);
            return disagreement == null ? new Outcome(k, null)
                    : Outcome.none("the vector kernels disagree with the portable ones: " + disagreement);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Outcome.none("the vector kernels could not be loaded: " + cause);
        }
    }

    /** The {@code flaxen.kernels} property, read at first use. */
    private static final class Setting {
        static final String PROPERTY = System.getProperty("flaxen.kernels");
    }

    /**
     * The kernels that {@code flaxen.kernels} asks for. The setting is trimmed and lower-cased; unset or empty means
     * {@code auto}. The outcome is asked for only when the setting needs it (not for {@code portable}).
     *
     * @param property the property's value, or {@code null} if unset
     * @param vector the vector kernels' outcome on this JVM
     * @return the portable kernels for {@code portable}, the vector kernels for {@code vector}, and for {@code auto}
     *     the vector kernels if there are any, else the portable ones
     * @throws IllegalStateException for another value, or for {@code vector} when there are no vector kernels
     */
    static Kernels choose(String property, Supplier<Outcome> vector) {
        String setting = property == null ? "" : property.trim().toLowerCase(Locale.ROOT);
        switch (setting) {
            case "portable":
                return PORTABLE;
            case "vector": {
                Outcome v = vector.get();
                if (v.kernels() == null) {
                    throw new IllegalStateException("flaxen.kernels: expected usable Vector API kernels for 'vector',"
                            + " got none: " + v.reason() + ". Use auto or portable");
                }
                return v.kernels();
            }
            case "auto":
            case "": {
                Kernels found = vector.get().kernels();
                return found != null ? found : PORTABLE;
            }
            default:
                throw new IllegalStateException("flaxen.kernels: expected auto, portable or vector, got '" + property
                        + "'. Leave it unset for auto");
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

    /** This JVM's outcome of the vector kernels. */
    static Outcome vectorOutcome() {
        return Vector.OUTCOME;
    }

    /**
     * The kernels for a sampler called on this thread now: the override of {@link #with}, else
     * {@link #choose}{@code (flaxen.kernels, this JVM's outcome)}.
     *
     * @throws IllegalStateException if {@code flaxen.kernels} is not a known value, or is {@code vector} and the vector
     *     kernels cannot be used
     */
    static Kernels current() {
        Kernels k = OVERRIDE.get();
        return k != null ? k : choose(Setting.PROPERTY, KernelSelection::vectorOutcome);
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
