package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class MatMulTests {
    /**
     * Batched broadcasting and 1-D operands against {@code jnp.matmul} ({@code jax_ops.json}, "matmul"):
     * the inputs are small integers, so every summation order gives the same exact float32 results.
     */
    @Test
    void batchedAndVectorProductsMatchJax() {
        JsonNode m = JaxTables.ops().get("matmul");
        Array a = Array.of(JaxTables.doubles(m.get("a")), Shape.of(JaxTables.ints(m.get("a_shape"))), DType.F32);
        Array b = Array.of(JaxTables.doubles(m.get("b")), Shape.of(JaxTables.ints(m.get("b_shape"))), DType.F32);
        Array v = Array.of(JaxTables.doubles(m.get("v")), Shape.of(4), DType.F32);
        assertEquals(expected(m, "ab"), a.matmul(b));
        assertEquals(expected(m, "av"), a.matmul(v));
        assertEquals(expected(m, "vb"), v.matmul(b));
    }

    private static Array expected(JsonNode m, String key) {
        return Array.of(JaxTables.doubles(m.get(key)), Shape.of(JaxTables.ints(m.get(key + "_shape"))), DType.F32);
    }

    @Test
    void smallProduct() {
        Array a = Array.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Array b = Array.of(new float[] {1, 0, 0, 1, 1, 1}, 3, 2);
        assertArrayEquals(new float[] {4, 5, 10, 11}, a.matmul(b).toFloatArray());
        assertEquals(Shape.of(2, 2), a.matmul(b).shape());
    }

    @Test
    void vectorTimesVectorIsAScalar() {
        Array v = Array.of(new float[] {1, 2, 3});
        assertEquals(Array.scalar(14f), v.matmul(v));
    }

    @Test
    void integerAndBoolProducts() {
        Array a = Array.of(new int[] {1, 2, 3, 4}, 2, 2);
        assertEquals(Array.of(new int[] {7, 10, 15, 22}, 2, 2), a.matmul(a));
        Array t = Array.of(new boolean[] {true, false, false, false}, 2, 2);
        assertEquals(Array.of(new boolean[] {true, false, false, false}, 2, 2), t.matmul(t));
    }

    @Test
    void halfFloatProductsAccumulateInFloat32AndRoundOnce() {
        Array a = Array.full(Shape.of(1, 300), 1, DType.BF16);
        Array b = Array.full(Shape.of(300, 1), 1.0078125, DType.BF16);
        float f32 = 0;
        for (int p = 0; p < 300; p++) {
            f32 += 1.0078125f;
        }
        assertEquals(HalfFloats.toBFloat16(f32), (short) a.matmul(b).bitsAt(0));
    }

    /** Blocking and the row split never change the per-element summation order. */
    @Test
    void resultsDoNotDependOnTheThreadCount() {
        Random r = new Random(11);
        Array a = randomF32(r, 3, 130, 300);
        Array b = randomF32(r, 1, 300, 270);
        Array serial = MatMul.matmul(a, b, ForkJoinPool.commonPool(), false);
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            assertEquals(serial, MatMul.matmul(a, b, one, true));
            assertEquals(serial, MatMul.matmul(a, b, four, true));
            assertEquals(serial, a.matmul(b));
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }

    /** Bitwise equal to a plain float32 triple loop, even for shapes past the block sizes. */
    @Test
    void largeProductEqualsTheNaiveLoop() {
        Random r = new Random(5);
        Array a = randomF32(r, 1, 70, 300);
        Array b = randomF32(r, 1, 300, 290);
        assertEquals(Naive.matmul(a.reshape(70, 300), b.reshape(300, 290)), a.matmul(b).reshape(70, 290));
    }

    static Array randomF32(Random r, int batch, int rows, int cols) {
        return Array.generateFloat(Shape.of(batch, rows, cols), out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) r.nextGaussian();
            }
        });
    }

    @Test
    void mismatchedInnerDimensionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Array.zeros(Shape.of(2, 3)).matmul(Array.zeros(Shape.of(4, 5))));
        assertEquals("Array.matmul: inner dimensions differ: (2, 3) @ (4, 5)", e.getMessage());
        IllegalArgumentException batch = assertThrows(IllegalArgumentException.class,
                () -> Array.zeros(Shape.of(2, 3, 4)).matmul(Array.zeros(Shape.of(3, 4, 5))));
        assertEquals("Array.matmul: batch dimensions (2,) and (3,) cannot be broadcast: (2, 3, 4) @ (3, 4, 5)",
                batch.getMessage());
    }
}
