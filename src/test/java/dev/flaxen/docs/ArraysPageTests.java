package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.AbstractEval;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/arrays.md}, and of {@link AbstractEval}'s Javadoc. */
class ArraysPageTests {
    @Test
    void introduction() {
        Array x = Array.ones(Shape.of(2, 3));
        Array y = x.at(0, 0).set(42);
        assertEquals("Array([43.,  2.,  2.], dtype=float32)", y.sum(0).toString());
        assertEquals(Array.ones(Shape.of(2, 3)), x);
    }

    @Test
    void functionalUpdates() {
        Array x = Array.zeros(Shape.of(2, 3));
        assertArrayEquals(new float[] {0, 0, 0, 1, 2, 3}, x.at(1).set(Array.of(new float[] {1, 2, 3})).toFloatArray());
        assertArrayEquals(new float[] {0, 0, 5, 0, 0, 0}, x.at(0, -1).add(5).toFloatArray());
    }

    @Test
    void broadcastingAndBatchedProducts() {
        assertEquals(Shape.of(2, 3), Array.zeros(Shape.of(2, 3)).add(Array.zeros(Shape.of(3))).shape());
        assertEquals(Shape.of(4, 5), Array.zeros(Shape.of(4, 1)).mul(Array.zeros(Shape.of(1, 5))).shape());
        assertEquals(Shape.of(5, 4, 2, 7), Array.zeros(Shape.of(5, 1, 2, 3)).matmul(Array.zeros(Shape.of(4, 3, 7))).shape());
    }

    @Test
    void printing() {
        assertEquals("Array([[42.,  1.,  1.,  1.],\n       [ 1.,  1.,  1.,  1.]], dtype=float32)",
                Array.ones(Shape.of(2, 4)).at(0, 0).set(42).toString());
        assertEquals("Array([   0,    1,    2, ...,  998,  999, 1000], dtype=int32)", Array.arange(1001).toString());
        assertEquals("Array([1.e-08, 1.e+00,    nan], dtype=float32)", Array.of(new float[] {1e-8f, 1, Float.NaN}).toString());
        assertEquals("Array([[0, 0.333984, 0.667969],\n       [1, 1.33594, 1.66406]], dtype=bfloat16)",
                Array.arange(6).reshape(2, 3).astype(DType.BF16).div(3).toString());
        assertEquals("Array([], shape=(0, 3), dtype=float32)", Array.zeros(Shape.of(0, 3)).toString());
    }

    @Test
    void conversions() {
        assertArrayEquals(new int[] {44, 44}, Array.full(Shape.of(2), 300, DType.I8).toIntArray());
        assertArrayEquals(new int[] {255}, Array.of(new float[] {300.7f}).astype(DType.U8).toIntArray());
        assertEquals(DType.BF16, Array.ones(Shape.of(1), DType.BF16).mul(0.1).dtype());
    }

    /** Also {@link AbstractEval}'s class comment. */
    @Test
    void abstractArraysAndTheValuesTheyLack() {
        Array table = Array.abstractOf(Shape.of(10, 4), DType.F32);
        assertFalse(AbstractEval.needsValues(() -> table.take(Array.of(new int[] {3, 9}), 0)));
        assertTrue(AbstractEval.needsValues(() -> table.take(Array.abstractOf(Shape.of(2), DType.I32), 0)));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> table.take(Array.of(new int[] {10}), 0))
                .getMessage().startsWith("Array.take: index 10 is out of bounds"));
    }

    @Test
    void needsValues() {
        boolean needed = AbstractEval.needsValues(() -> Array.abstractOf(Shape.of(2), DType.F32).add(1));
        assertFalse(needed);
    }
}
