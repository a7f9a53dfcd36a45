package dev.flaxen.random;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.Objects;

/** Argument checks of {@link Random}'s entry points, with messages {@code Random.<op>: expected X, got Y}. */
final class Checks {
    /** The most elements one {@link dev.flaxen.array.Array} holds. */
    private static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private Checks() {
    }

    static void dtype(String op, DType dtype, boolean ok, String expected) {
        Objects.requireNonNull(dtype, "dtype");
        if (!ok) {
            throw new IllegalArgumentException("Random." + op + ": expected " + expected + ", got " + dtype);
        }
    }

    static void floating(String op, DType dtype) {
        dtype(op, dtype, dtype.isFloating(), "a floating dtype (float32, float64, float16, bfloat16)");
    }

    static void finite(String op, String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Random." + op + ": expected a finite " + name + ", got " + value);
        }
    }

    static void less(String op, String nameA, double a, String nameB, double b) {
        if (!(a < b)) {
            throw new IllegalArgumentException("Random." + op + ": expected " + nameA + " < " + nameB + ", got "
                    + nameA + "=" + a + ", " + nameB + "=" + b);
        }
    }

    static void args(String op, PRNGKey key, Shape shape) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(shape, "shape");
        if (shape.size() > MAX_ELEMENTS) {
            throw new IllegalArgumentException("Random." + op + ": expected at most " + MAX_ELEMENTS
                    + " elements, got shape " + shape + " with " + shape.size() + ". Draw it in slices (foldIn)");
        }
    }
}
