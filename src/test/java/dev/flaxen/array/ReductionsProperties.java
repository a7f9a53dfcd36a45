package dev.flaxen.array;

import static dev.flaxen.array.ArrayGens.anyArrays;
import static dev.flaxen.array.ArrayGens.ints;
import static dev.flaxen.array.ArrayGens.shapes;
import static dev.flaxen.array.ArrayGens.smallFloats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReductionsProperties {
    private static final Gen<Array> INTS = anyArrays(shapes(1, 4, 1, 4), ints(0, 2).map(i ->
            new DType[] {DType.I32, DType.U8, DType.I64}[i]));

    /** An array and one of its axes. */
    private static Gen<Object[]> withAxis(Gen<Array> arrays) {
        return arrays.flatMap(x -> ints(0, x.ndim() - 1).map(a -> new Object[] {x, a}));
    }

    /** Integer sums are exact (modulo wrapping), so summing axis by axis equals summing everything at once. */
    @Test
    void sumOverAllAxesEqualsSummingOneAxisAtATime() {
        qt().withExamples(200).forAll(INTS).check(x -> {
            Array stepwise = x;
            for (int a = x.ndim() - 1; a >= 0; a--) {
                stepwise = stepwise.sum(a);
            }
            return stepwise.equals(x.sum());
        });
    }

    @Test
    void keepDimsOnlyChangesTheShape() {
        qt().withExamples(200).forAll(withAxis(smallFloats(shapes(1, 4, 1, 4)))).checkAssert(xa -> {
                    Array x = (Array) xa[0];
                    int a = (Integer) xa[1];
                    Array kept = x.sum(new int[] {a}, true);
                    assertEquals(x.sum(a), kept.reshape(x.sum(a).shape()));
                    assertEquals(x.max(a), x.max(new int[] {a}, true).reshape(x.max(a).shape()));
                    assertEquals(1, kept.shape().dim(a));
                });
    }

    /** The element at the argmax index is the max; the min is never above it. */
    @Test
    void maxSitsAtArgmax() {
        qt().withExamples(200).forAll(withAxis(smallFloats(shapes(1, 3, 1, 5)))).checkAssert(xa -> {
                    Array x = (Array) xa[0];
                    int a = (Integer) xa[1];
                    Array idx = x.argmax(a);
                    Array max = x.max(a);
                    int[] axisLast = IntStream.concat(IntStream.range(0, x.ndim()).filter(i -> i != a), IntStream.of(a))
                            .toArray();
                    Array picked = x.transpose(axisLast).reshape(-1, x.shape().dim(a));
                    int[] flatIdx = idx.toIntArray();
                    for (int r = 0; r < flatIdx.length; r++) {
                        assertEquals(picked.getFloat(r, flatIdx[r]), max.toFloatArray()[r]);
                    }
                    assertEquals(0.0, x.min(a).gt(max).sum().item());
                });
    }

    /** With exact small values the mean times the count is the sum, and the variance of a constant is 0. */
    @Test
    void meanAndVarianceAgreeWithTheSum() {
        qt().withExamples(200).forAll(smallFloats(shapes(1, 3, 1, 5))).checkAssert(x -> {
            assertEquals(x.sum().item(), x.mean().item() * x.size(), 1e-3);
            assertEquals(0.0, Array.full(x.shape(), 3.25).var().item());
            assertEquals(true, x.var().sqrt().allClose(x.std(), 1e-6, 0));
        });
    }
}
