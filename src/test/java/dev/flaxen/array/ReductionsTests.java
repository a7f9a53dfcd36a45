package dev.flaxen.array;

import static dev.flaxen.array.JaxTables.bitsOf;
import static dev.flaxen.array.JaxTables.fromBits;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Reductions against JAX ({@code jax_ops.json}, section "reductions") and hand-checked examples. */
class ReductionsTests {
    private static final JsonNode RED = JaxTables.ops().get("reductions");

    /** Result dtypes of sum, mean, max, var for every input dtype; argmax is always int32 here (JAX without x64). */
    @Test
    void resultDtypesMatchJax() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode row : RED.get("dtypes")) {
            DType t = DType.of(row.get(0).asText());
            Array x = Array.ones(Shape.of(2, 3), t);
            checks.add(() -> assertEquals(DType.of(row.get(1).asText()), x.sum().dtype(), "sum " + t));
            checks.add(() -> assertEquals(DType.of(row.get(2).asText()), x.mean().dtype(), "mean " + t));
            checks.add(() -> assertEquals(DType.of(row.get(3).asText()), x.max().dtype(), "max " + t));
            checks.add(() -> assertEquals(DType.of(row.get(4).asText()), x.var().dtype(), "var " + t));
            checks.add(() -> assertEquals(DType.I32, x.argmax(0).dtype(), "argmax " + t));
        }
        assertAll(checks);
    }

    /**
     * float32 reductions over axes (0, 2) of a (3, 4, 5) array. min/max/argmax are exact; sums and moments
     * accumulate in double here and in float32 in XLA, so they agree to a few float32 ulps.
     */
    @Test
    void valuesOverAxesMatchJax() {
        Array x = fromBits(RED.get("x"), DType.F32).reshape(3, 4, 5);
        int[] axes = {0, 2};
        assertAll(
                () -> assertClose(RED.get("sum"), x.sum(axes), 1e-6),
                () -> assertClose(RED.get("mean"), x.mean(axes), 1e-6),
                () -> assertClose(RED.get("var"), x.var(axes), 1e-6),
                () -> assertClose(RED.get("std"), x.std(axes), 1e-6),
                () -> assertArrayEquals(JaxTables.longs(RED.get("min")), bitsOf(x.min(axes))),
                () -> assertArrayEquals(JaxTables.longs(RED.get("max")), bitsOf(x.max(axes))),
                () -> assertArrayEquals(JaxTables.ints(RED.get("argmax")), x.argmax(1).toIntArray()));
    }

    private static void assertClose(JsonNode expected, Array actual, double rtol) {
        Array jax = Array.of(JaxTables.doubles(expected), actual.shape(), DType.F32);
        assertTrue(actual.allClose(jax, rtol, 1e-6), () -> actual + " vs JAX " + jax);
    }

    @Test
    void keepDimsKeepsReducedAxesAsOnes() {
        Array x = Array.arange(24).reshape(2, 3, 4);
        assertEquals(Shape.of(2, 1, 4), x.sum(new int[] {1}, true).shape());
        assertEquals(Shape.of(1, 1, 1), x.max(new int[] {0, 1, 2}, true).shape());
        assertEquals(Shape.of(3), x.sum(0, -1).shape());
        assertEquals(Array.of(new int[] {60, 92, 124}), x.sum(0, 2));
    }

    @Test
    void noAxesReducesNothing() {
        Array x = Array.arange(6).reshape(2, 3);
        assertEquals(x, x.sum(new int[0]));
    }

    @Test
    void integerSumsWrapAndMeansAreExact() {
        Array big = Array.full(Shape.of(3), Integer.MAX_VALUE, DType.I32);
        assertEquals((int) (3L * Integer.MAX_VALUE), big.sum().toIntArray()[0]);
        assertEquals(Integer.MAX_VALUE, big.mean().astype(DType.F64).item(), 1e3);
        assertEquals(765, Array.full(Shape.of(3), 255, DType.U8).sum().item());
    }

    @Test
    void nanPropagatesThroughMinAndMaxAndWinsArgmax() {
        Array x = Array.of(new float[] {1, Float.NaN, 3});
        assertTrue(Double.isNaN(x.max().item()));
        assertTrue(Double.isNaN(x.min().item()));
        assertEquals(1, x.argmax(0).item());
        assertEquals(1, x.argmin(0).item());
    }

    @Test
    void argmaxTakesTheFirstOfTies() {
        assertEquals(Array.of(new int[] {1, 0}), Array.of(new float[] {1, 5, 5, 7, 0, 7}, 2, 3).argmax(1));
        assertEquals(0, Array.of(new float[] {-0f, 0f}).argmax(0).item());
    }

    @Test
    void emptyReductions() {
        Array empty = Array.zeros(Shape.of(0, 3));
        assertEquals(Array.zeros(Shape.of(3)), empty.sum(0));
        assertTrue(Double.isNaN(empty.mean().item()));
        assertEquals(Shape.of(0), empty.max(1).shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> empty.max(0));
        assertEquals("Array.max: cannot reduce an empty axis of shape (0, 3); max has no identity", e.getMessage());
    }

    @Test
    void varianceIsThePopulationVariance() {
        Array x = Array.of(new double[] {1, 2, 4});
        assertEquals(14.0 / 9, x.var().item(), 1e-15);
        assertEquals(Math.sqrt(14.0 / 9), x.std().item(), 1e-15);
    }
}
