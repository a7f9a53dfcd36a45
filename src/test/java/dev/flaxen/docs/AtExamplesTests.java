package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.At;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@link At} and {@link ShapeDtypeStruct}. */
class AtExamplesTests {
    @Test
    void classComment() {
        Array x = Array.zeros(Shape.of(2, 3));
        Array y = x.at(0, 1).set(42);
        Array z = x.at(1).add(Array.arange(3).astype(DType.F32));
        assertArrayEquals(new float[] {0, 42, 0, 0, 0, 0}, y.toFloatArray());
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 2}, z.toFloatArray());
        assertEquals(0.0f, x.getFloat(0, 1));
    }

    @Test
    void updates() {
        assertEquals("Array([3, 4, 5], dtype=int32)", Array.arange(6).reshape(2, 3).at(1).get().toString());
        assertArrayEquals(new float[] {42, 1, 1, 1}, Array.ones(Shape.of(2, 2)).at(0, 0).set(42).toFloatArray());
        assertArrayEquals(new float[] {0, 0, 5, 6},
                Array.zeros(Shape.of(2, 2)).at(1).set(Array.of(new float[] {5, 6})).toFloatArray());
        assertArrayEquals(new float[] {1, 3}, Array.ones(Shape.of(2)).at(1).add(2).toFloatArray());
        assertArrayEquals(new float[] {2, 3, 1, 1},
                Array.ones(Shape.of(2, 2)).at(0).add(Array.of(new float[] {1, 2})).toFloatArray());
        assertArrayEquals(new float[] {6, 3}, Array.full(Shape.of(2), 3).at(0).multiply(2).toFloatArray());
        assertArrayEquals(new float[] {1, 1, 2, 3},
                Array.ones(Shape.of(2, 2)).at(1).multiply(Array.of(new float[] {2, 3})).toFloatArray());
        assertArrayEquals(new float[] {3, 1}, Array.full(Shape.of(2), 3).at(1).min(1).toFloatArray());
        assertArrayEquals(new float[] {1, 3}, Array.full(Shape.of(2), 3).at().min(Array.of(new float[] {1, 5})).toFloatArray());
        assertArrayEquals(new float[] {5, 0}, Array.zeros(Shape.of(2)).at(0).max(5).toFloatArray());
        assertArrayEquals(new float[] {0, 2}, Array.zeros(Shape.of(2)).at().max(Array.of(new float[] {-1, 2})).toFloatArray());
        assertEquals("Array.at(0, 1)", Array.zeros(Shape.of(2, 2)).at(0, 1).toString());
    }

    @Test
    void shapeDtypeStruct() {
        assertEquals("float32[4,8]", new ShapeDtypeStruct(Shape.of(4, 8), DType.F32).toString());
        assertEquals("float32[3]", ShapeDtypeStruct.of(Array.generateFloat(Shape.of(3), out -> { })).toString());
        assertEquals(64, new ShapeDtypeStruct(Shape.of(4, 8), DType.BF16).byteSize());
    }
}
