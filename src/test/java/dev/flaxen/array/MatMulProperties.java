package dev.flaxen.array;

import static dev.flaxen.array.ArrayGens.floats;
import static dev.flaxen.array.ArrayGens.ints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MatMulProperties {
    /** {@code [a, b]} with shapes {@code (n, k)} and {@code (k, m)}, n, k, m in [0, 40]. */
    private static final Gen<Array[]> MATRICES = ints(0, 40).zip(ints(0, 40), ints(0, 40), (n, k, m) -> new int[] {n, k, m})
            .flatMap(d -> floats(Shape.of(d[0], d[1])).zip(floats(Shape.of(d[1], d[2])), (a, b) -> new Array[] {a, b}));

    /**
     * Bit for bit the textbook float32 triple loop (same order of additions), and within the standard
     * error bound of the exact product: {@code |c - exact| <= gamma_k * sum_p |a_ip b_pj|} with
     * {@code gamma_k = k u / (1 - k u)}, {@code u = 2^-24} (Higham, Accuracy and Stability of Numerical
     * Algorithms, 2nd ed., eq. 3.5). The "exact" reference is a double loop, whose own error is far below it.
     */
    @Test
    void matmulIsTheNaiveTripleLoop() {
        qt().withExamples(150).forAll(MATRICES).checkAssert(ab -> {
            Array a = ab[0];
            Array b = ab[1];
            Array c = a.matmul(b);
            assertEquals(Naive.matmul(a, b), c);
            double[] exact = Naive.matmulDouble(a, b);
            double[] bound = Naive.matmulDouble(a.abs(), b.abs());
            double ku = a.shape().dim(1) * 0x1p-24;
            double gamma = ku / (1 - ku);
            double[] got = c.toDoubleArray();
            for (int i = 0; i < exact.length; i++) {
                double err = Math.abs(got[i] - exact[i]);
                assertTrue(err <= gamma * bound[i] * (1 + 1e-9), "error " + err + " at " + i);
            }
        });
    }

    /** A batched product is the product of each batch pair, with batch axes broadcast. */
    @Test
    void batchedMatmulIsOneProductPerBatch() {
        Gen<Array[]> batched = ints(1, 3).zip(ints(1, 3), ints(1, 5), (b1, b2, n) -> new int[] {b1, b2, n})
                .flatMap(d -> floats(Shape.of(d[0], 1, d[2], 3)).zip(floats(Shape.of(d[1], 3, 2)), (a, b) -> new Array[] {a, b}));
        qt().withExamples(100).forAll(batched).checkAssert(ab -> {
            Array c = ab[0].matmul(ab[1]);
            int b1 = ab[0].shape().dim(0);
            int b2 = ab[1].shape().dim(0);
            assertEquals(Shape.of(b1, b2, ab[0].shape().dim(2), 2), c.shape());
            for (int i = 0; i < b1; i++) {
                for (int j = 0; j < b2; j++) {
                    assertEquals(ab[0].get(i, 0).matmul(ab[1].get(j)), c.get(i, j));
                }
            }
        });
    }

    /** Same bits on the calling thread, on one worker and on three, above the parallel threshold. */
    @Test
    void resultsAreIndependentOfTheThreadCount() {
        Gen<Array[]> big = ints(48, 80).zip(ints(48, 80), ints(48, 80), (n, k, m) -> new int[] {n, k, m})
                .flatMap(d -> floats(Shape.of(d[0], d[1])).zip(floats(Shape.of(d[1], d[2])), (a, b) -> new Array[] {a, b}));
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            qt().withExamples(12).forAll(big).check(ab -> {
                Array serial = MatMul.matmul(ab[0], ab[1], one, false);
                return serial.equals(MatMul.matmul(ab[0], ab[1], one, true))
                        && serial.equals(MatMul.matmul(ab[0], ab[1], three, true));
            });
        } finally {
            one.shutdown();
            three.shutdown();
        }
    }
}
