package dev.flaxen.array;

import java.util.Objects;

/**
 * Whether a computation on abstract arrays needed values they do not have. An operation on abstract operands gives
 * only its result's shape and dtype, with the checks that need nothing more; two things it cannot do:
 * <ul>
 *   <li>read values ({@code getFloat}, {@code toFloatArray}, {@code item}, ... throw {@code IllegalStateException});
 *   </li>
 *   <li>check values that the same operation on concrete arrays checks: {@code take} with abstract indices cannot
 *       check their bounds (with concrete indices it does, even on an abstract table).</li>
 * </ul>
 * {@link #needsValues} reports whether either happened, even if the computation caught the exception. When it did
 * not, the computation got by on shapes and dtypes alone: on concrete arrays of those shapes and dtypes it makes the
 * same checks. {@code Module.init} uses this to tell whether its run with abstract parameters can stand for the
 * concrete one.
 *
 * <pre>{@code
 * Array table = Array.abstractOf(Shape.of(10, 4), DType.F32);
 * AbstractEval.needsValues(() -> table.take(Array.of(new int[] {3, 9}), 0));                 // false
 * AbstractEval.needsValues(() -> table.take(Array.abstractOf(Shape.of(2), DType.I32), 0));   // true
 * }</pre>
 */
public final class AbstractEval {
    /** The flag of the innermost {@link #needsValues} running on this thread, or none. */
    private static final ThreadLocal<boolean[]> NEEDED = new ThreadLocal<>();

    private AbstractEval() {
    }

    /**
     * Runs {@code body} on this thread and returns whether it needed values of abstract arrays: it read them (even if
     * it caught the {@code IllegalStateException}) or an operation skipped a check of values, as {@code take} with
     * abstract indices does. Only operations on this thread count. Calls may nest; an inner call's finding counts for
     * the outer ones too.
     *
     * <pre>{@code
     * boolean needed = AbstractEval.needsValues(() -> Array.abstractOf(Shape.of(2), DType.F32).add(1));   // false
     * }</pre>
     *
     * @param body the computation
     * @return true if it needed values of abstract arrays
     * @throws RuntimeException whatever {@code body} throws
     */
    public static boolean needsValues(Runnable body) {
        Objects.requireNonNull(body, "body");
        boolean[] outer = NEEDED.get();
        boolean[] flag = new boolean[1];
        NEEDED.set(flag);
        try {
            body.run();
        } finally {
            if (outer == null) {
                NEEDED.remove();
            } else {
                NEEDED.set(outer);
                outer[0] |= flag[0];
            }
        }
        return flag[0];
    }

    /** Records that an operation on this thread needed values of an abstract array. */
    static void valuesNeeded() {
        boolean[] flag = NEEDED.get();
        if (flag != null) {
            flag[0] = true;
        }
    }
}
