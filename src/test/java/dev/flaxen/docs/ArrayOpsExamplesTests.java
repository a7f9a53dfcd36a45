package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@link Array}'s arithmetic, comparisons, reductions, products and printing. */
class ArrayOpsExamplesTests {
    @Test
    void arithmetic() {
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3},
                Array.ones(Shape.of(2, 3)).add(Array.arange(3).astype(DType.F32)).toFloatArray());
        assertEquals("Array([1, 2, 3], dtype=int32)", Array.arange(3).add(1).toString());
        assertEquals("Array([-1,  0,  1], dtype=int32)", Array.arange(3).sub(Array.of(new int[] {1})).toString());
        assertEquals("Array([0.75, 0.75], dtype=float32)", Array.ones(Shape.of(2)).sub(0.25).toString());
        assertEquals("Array([0, 1, 4], dtype=int32)", Array.arange(3).mul(Array.arange(3)).toString());
        assertEquals("Array([0. , 2.5, 5. ], dtype=float32)", Array.arange(3).mul(2.5).toString());
        assertEquals("Array([0. , 0.5, 1. ], dtype=float32)", Array.arange(3).div(Array.of(new int[] {2})).toString());
        assertEquals("Array([0. , 0.5, 1. ], dtype=float32)", Array.arange(3).div(2).toString());
        assertEquals("Array([3., 5.], dtype=float32)",
                Array.of(new float[] {1, 5}).maximum(Array.of(new float[] {3, 2})).toString());
        assertEquals("Array([0., 2.], dtype=float32)", Array.of(new float[] {-1, 2}).maximum(0).toString());
        assertEquals("Array([1., 2.], dtype=float32)",
                Array.of(new float[] {1, 5}).minimum(Array.of(new float[] {3, 2})).toString());
        assertEquals("Array([0, 1, 2, 2], dtype=int32)", Array.arange(4).minimum(2).toString());
        assertEquals("Array([0, 1, 4, 9], dtype=int32)", Array.arange(4).pow(2).toString());
    }

    @Test
    void unaryFunctions() {
        assertEquals("Array([ 0, -1, -2], dtype=int32)", Array.arange(3).neg().toString());
        assertEquals("Array([1.5, 2. ], dtype=float32)", Array.of(new float[] {-1.5f, 2}).abs().toString());
        assertEquals("Array([1., 1.], dtype=float32)", Array.zeros(Shape.of(2)).exp().toString());
        assertEquals("Array([0., 0.], dtype=float32)", Array.ones(Shape.of(2)).log().toString());
        assertEquals("Array([2., 3.], dtype=float32)", Array.of(new float[] {4, 9}).sqrt().toString());
        assertEquals(0.0, Array.zeros(Shape.of(1)).tanh().item());
        assertEquals("Array([0, 1, 4], dtype=int32)", Array.arange(3).map(v -> v * v).toString());
        assertEquals("Array([  1,   0, 255], dtype=uint8)",
                Array.of(new float[] {1.7f, -1.7f, 300f}).astype(DType.U8).toString());
    }

    @Test
    void comparisons() {
        assertEquals("Array([False, False,  True], dtype=bool)", Array.arange(3).gt(Array.of(new int[] {1})).toString());
        assertEquals("Array([False,  True,  True], dtype=bool)", Array.arange(3).gt(0.5).toString());
        assertEquals("Array([False,  True,  True], dtype=bool)", Array.arange(3).ge(Array.of(new int[] {1})).toString());
        assertArrayEquals(new boolean[] {false, true, true}, Array.arange(3).ge(1).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false}, Array.arange(3).lt(Array.of(new int[] {1})).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false}, Array.arange(3).lt(0.5).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, false}, Array.arange(3).le(Array.of(new int[] {1})).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, false}, Array.arange(3).le(1).toBooleanArray());
        assertArrayEquals(new boolean[] {false, true, false},
                Array.arange(3).eq(Array.of(new int[] {2, 1, 0})).toBooleanArray());
        assertArrayEquals(new boolean[] {false, false, true}, Array.arange(3).eq(2).toBooleanArray());
        assertTrue(Array.of(new float[] {Float.NaN}).ne(Array.of(new float[] {Float.NaN})).getBoolean(0));
        assertArrayEquals(new boolean[] {true, false, true}, Array.arange(3).ne(1).toBooleanArray());
    }

    @Test
    void reductions() {
        assertEquals("Array(6, dtype=int32)", Array.arange(4).sum().toString());
        assertEquals("Array([3, 5, 7], dtype=int32)", Array.arange(6).reshape(2, 3).sum(0).toString());
        assertEquals(Shape.of(2, 1), Array.arange(6).reshape(2, 3).sum(new int[] {1}, true).shape());
        assertEquals("Array(1.5, dtype=float32)", Array.arange(4).mean().toString());
        assertEquals("Array([1., 4.], dtype=float32)", Array.arange(6).reshape(2, 3).mean(1).toString());
        assertEquals(Shape.of(1, 3), Array.ones(Shape.of(2, 3)).mean(new int[] {0}, true).shape());
        assertEquals(1.5555555820465088, Array.of(new float[] {1, 2, 4}).var().item());
        assertEquals((double) (float) (14.0 / 9), Array.of(new float[] {1, 2, 4}).var().item());
        assertEquals("Array([1., 0.], dtype=float32)", Array.of(new float[] {1, 3, 2, 2}, 2, 2).var(1).toString());
        assertEquals(Shape.of(2, 1), Array.ones(Shape.of(2, 3)).var(new int[] {1}, true).shape());
        assertEquals(1.0, Array.of(new float[] {1, 3}).std().item());
        assertEquals("Array([1., 0.], dtype=float32)", Array.of(new float[] {1, 3, 2, 2}, 2, 2).std(1).toString());
        assertEquals(Shape.of(2, 1), Array.ones(Shape.of(2, 3)).std(new int[] {1}, true).shape());
        assertEquals(-1.0, Array.of(new float[] {3, -1, 2}).min().item());
        assertEquals("Array([0, 3], dtype=int32)", Array.arange(6).reshape(2, 3).min(1).toString());
        assertEquals(Shape.of(1, 3), Array.arange(6).reshape(2, 3).min(new int[] {0}, true).shape());
        assertEquals(3.0, Array.of(new float[] {3, -1, 2}).max().item());
        assertEquals("Array([3, 4, 5], dtype=int32)", Array.arange(6).reshape(2, 3).max(0).toString());
        assertEquals(Shape.of(2, 1), Array.arange(6).reshape(2, 3).max(new int[] {1}, true).shape());
        assertEquals("Array([1, 0], dtype=int32)", Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmax(1).toString());
        assertEquals("Array([0, 1, 0], dtype=int32)", Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmin(0).toString());
    }

    @Test
    void productsAndTolerances() {
        Array a = Array.of(new float[] {1, 2, 3, 4}, 2, 2);
        assertTrue(a.matmul(Array.eye(2)).equals(a));
        assertEquals(Shape.of(5, 2, 4), Array.zeros(Shape.of(5, 2, 3)).matmul(Array.zeros(Shape.of(3, 4))).shape());
        assertTrue(Array.of(new float[] {1f, 2f}).allClose(Array.of(new double[] {1.000001, 2}), 1e-5, 1e-8));
        assertTrue(Array.ones(Shape.of(2)).allClose(Array.ones(Shape.of(2))));
    }

    @Test
    void printing() {
        assertEquals("Array([0, 1, 2], dtype=int32)", Array.arange(3).toString());
        assertEquals("Array([1.e-08, 1.e+00], dtype=float32)", Array.of(new float[] {1e-8f, 1}).toString());
    }
}
