package dev.flaxen.testing;

import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@code assertSameBits}: passes on equal inputs, and its failure messages word for word. */
class SameBitsTests {
    private static final Array A = Array.of(new float[] {1, 2, 3, 4}, 2, 2);

    private static void assertFails(String message, Executable assertion) {
        assertEquals(message, assertThrows(AssertionError.class, assertion).getMessage());
    }

    /** An array of the given dtype and shape from raw element bits. */
    private static Array bits(DType dtype, long... bits) {
        return ElementValues.fromBits(Shape.of(bits.length), dtype, bits);
    }

    @Test
    void equalArraysPassIncludingNaNsOfOnePayloadAndEmptyArrays() {
        assertSameBits(A, Array.of(new float[] {1, 2, 3, 4}, 2, 2));
        assertSameBits(bits(DType.F32, 0x7fc00001L), bits(DType.F32, 0x7fc00001L));
        assertSameBits(Array.zeros(Shape.of(0, 3)), Array.zeros(Shape.of(0, 3)));
        assertSameBits(Array.abstractOf(Shape.of(2), DType.F32), Array.abstractOf(Shape.of(2), DType.F32));
    }

    @Test
    void aFloat32DifferenceNamesTheIndicesBitsValuesAndUlps() {
        assertFails("""
                assertSameBits: arrays differ at index [1, 0] (flat index 2 of float32[2,2])
                  expected: 0x40400000 (3.0)
                  actual:   0x40400001 (3.0000002)
                  distance: 1 ulp
                  1 of 4 elements differ, by at most 1 ulp""",
                () -> assertSameBits(A, A.at(1, 0).set(Math.nextUp(3f))));
    }

    @Test
    void theFirstDifferenceIsShownAndTheLargestDistanceCounted() {
        Array b = A.at(0, 1).set(Math.nextUp(2f)).at(1, 1).set(Float.intBitsToFloat(Float.floatToIntBits(4f) + 5));
        assertFails("""
                assertSameBits: arrays differ at index [0, 1] (flat index 1 of float32[2,2])
                  expected: 0x40000000 (2.0)
                  actual:   0x40000001 (2.0000002)
                  distance: 1 ulp
                  2 of 4 elements differ, by at most 5 ulp""", () -> assertSameBits(A, b));
    }

    @Test
    void float64AndHalfTypesShowTheirOwnBitWidthAndUlps() {
        assertFails("""
                assertSameBits: arrays differ at index [0] (flat index 0 of float64[1])
                  expected: 0x3ff0000000000000 (1.0)
                  actual:   0x3ff0000000000001 (1.0000000000000002)
                  distance: 1 ulp
                  1 of 1 elements differ, by at most 1 ulp""",
                () -> assertSameBits(Array.of(new double[] {1}), Array.of(new double[] {Math.nextUp(1.0)})));
        // bfloat16 1.0 is 0x3f80; two steps up is 1.015625. float16 1.0 is 0x3c00; 0x3c03 is 1.0029297.
        assertFails("""
                assertSameBits: arrays differ at index [1] (flat index 1 of bfloat16[2])
                  expected: 0x3f80 (1.0)
                  actual:   0x3f82 (1.015625)
                  distance: 2 ulp
                  1 of 2 elements differ, by at most 2 ulp""",
                () -> assertSameBits(bits(DType.BF16, 0, 0x3f80), bits(DType.BF16, 0, 0x3f82)));
        assertFails("""
                assertSameBits: arrays differ at index [0] (flat index 0 of float16[1])
                  expected: 0x3c00 (1.0)
                  actual:   0x3c03 (1.0029297)
                  distance: 3 ulp
                  1 of 1 elements differ, by at most 3 ulp""",
                () -> assertSameBits(bits(DType.F16, 0x3c00), bits(DType.F16, 0x3c03)));
    }

    @Test
    void signedZerosAreOneUlpApartAndNaNsHaveNoDistance() {
        assertFails("""
                assertSameBits: arrays differ at index [] (flat index 0 of float32[])
                  expected: 0x00000000 (0.0)
                  actual:   0x80000000 (-0.0)
                  distance: 1 ulp
                  1 of 1 elements differ, by at most 1 ulp""",
                () -> assertSameBits(Array.scalar(0f), Array.scalar(-0f)));
        assertFails("""
                assertSameBits: arrays differ at index [0] (flat index 0 of float32[2])
                  expected: 0x7fc00000 (NaN)
                  actual:   0x7fc00001 (NaN)
                  distance: none, a NaN is involved
                  2 of 2 elements differ, by at most 1 ulp""",
                () -> assertSameBits(bits(DType.F32, 0x7fc00000L, 0x3f800000L), bits(DType.F32, 0x7fc00001L,
                        0x3f800001L)));
    }

    @Test
    void theLargestFloat64DistanceIsPrintedUnsigned() {
        // total order keys: +max 0xffefffffffffffff, -max 0x0010000000000000; their difference is 0xffdfffffffffffff
        assertFails("""
                assertSameBits: arrays differ at index [0] (flat index 0 of float64[1])
                  expected: 0xffefffffffffffff (-1.7976931348623157E308)
                  actual:   0x7fefffffffffffff (1.7976931348623157E308)
                  distance: 18437736874454810623 ulp
                  1 of 1 elements differ, by at most 18437736874454810623 ulp""",
                () -> assertSameBits(Array.of(new double[] {-Double.MAX_VALUE}),
                        Array.of(new double[] {Double.MAX_VALUE})));
    }

    @Test
    void integersAndBoolsShowValuesWithoutDistance() {
        assertFails("""
                assertSameBits: arrays differ at index [1] (flat index 1 of int8[2])
                  expected: 0x7f (127)
                  actual:   0xff (-1)
                  1 of 2 elements differ""", () -> assertSameBits(bits(DType.I8, 0, 127), bits(DType.I8, 0, 0xff)));
        assertFails("""
                assertSameBits: arrays differ at index [0] (flat index 0 of uint64[1])
                  expected: 0x0000000000000001 (1)
                  actual:   0xffffffffffffffff (18446744073709551615)
                  1 of 1 elements differ""", () -> assertSameBits(bits(DType.U64, 1), bits(DType.U64, -1)));
        assertFails("""
                assertSameBits: arrays differ at index [2] (flat index 2 of bool[3])
                  expected: 0x01 (true)
                  actual:   0x00 (false)
                  1 of 3 elements differ""",
                () -> assertSameBits(Array.of(new boolean[] {true, false, true}),
                        Array.of(new boolean[] {true, false, false})));
    }

    @Test
    void shapeDtypeAndAbstractnessDifferencesComeFirst() {
        assertFails("assertSameBits: expected float32[2,2], got float32[4]", () -> assertSameBits(A, A.reshape(4)));
        assertFails("assertSameBits: expected float32[2,2], got bfloat16[2,2]",
                () -> assertSameBits(A, A.astype(DType.BF16)));
        assertFails("assertSameBits: expected float32[2,2], got abstract float32[2,2]",
                () -> assertSameBits(A, Array.abstractOf(Shape.of(2, 2), DType.F32)));
    }

    @Test
    void treesNameTheFirstDifferingPathInSortedOrder() {
        FrozenDict<Array> t = FrozenDict.<Array>empty().with("params/z", A).with("params/a", A);
        FrozenDict<Array> u = t.with("params/z", A.at(0, 0).set(0)).with("params/a", A.at(1, 1).set(-4));
        assertSameBits(t, FrozenDict.<Array>empty().with("params/a", A).with("params/z", A));
        assertFails("""
                assertSameBits: trees differ at params/a, index [1, 1] (flat index 3 of float32[2,2])
                  expected: 0x40800000 (4.0)
                  actual:   0xc0800000 (-4.0)
                  distance: 2164260865 ulp
                  1 of 4 elements differ, by at most 2164260865 ulp""", () -> assertSameBits(t, u));
    }

    @Test
    void treesReportStructureBeforeValuesAndLeafShapesWithTheirPath() {
        FrozenDict<Array> t = FrozenDict.<Array>empty().with("params/a", A).with("params/b/w", A);
        assertFails("assertSameBits: trees differ in structure at params: expected keys [a, b], got keys [a]",
                () -> assertSameBits(t, t.without("params/b").with("params/a", A.neg())));
        assertFails("assertSameBits: trees differ in structure at params/b: expected keys [w], got a leaf",
                () -> assertSameBits(t, t.with("params/b", A)));
        assertFails("assertSameBits: expected float32[2,2], got float32[4] at params/b/w",
                () -> assertSameBits(t, t.with("params/b/w", A.reshape(4))));
    }
}
