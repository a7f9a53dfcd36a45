package dev.flaxen.init;

import dev.flaxen.array.Shape;
import java.util.Objects;

/** Argument checks shared by the initializers; messages follow {@code <op>: expected <X>, got <Y>}. */
final class Checks {
    private Checks() {
    }

    static double positive(String op, String name, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(op + ": expected " + name + " > 0, got " + v);
        }
        return finite(op, name, v);
    }

    static double finite(String op, String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(op + ": expected a finite " + name + ", got " + v);
        }
        return v;
    }

    static void less(String op, String lowName, double low, String highName, double high) {
        finite(op, lowName, low);
        finite(op, highName, high);
        if (!(low < high)) {
            throw new IllegalArgumentException(op + ": expected " + lowName + " < " + highName + ", got " + lowName
                    + "=" + low + ", " + highName + "=" + high);
        }
    }

    static void rankAtLeast(String op, Shape shape, int rank) {
        Objects.requireNonNull(shape, "shape");
        if (shape.rank() < rank) {
            throw new IllegalArgumentException(op + ": expected a shape of rank >= " + rank + ", got " + shape);
        }
    }

    static void rankBetween(String op, Shape shape, int low, int high) {
        Objects.requireNonNull(shape, "shape");
        if (shape.rank() < low || shape.rank() > high) {
            String expected = low == high ? "rank " + low : "rank " + low + " to " + high;
            throw new IllegalArgumentException(op + ": expected a shape of " + expected + ", got " + shape);
        }
    }
}
