package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import org.junit.jupiter.api.Test;

/** Per-leaf differences: counts, absolute differences and ulp distances on hand-made pairs. */
class LeafDiffTests {
    private static Array f32(float... v) {
        return Array.of(v);
    }

    @Test
    void identicalLeavesHaveNoDifference() {
        assertEquals(new LeafDiff(3, 0, 0, 0), LeafDiff.of(f32(1, 2, 3), f32(1, 2, 3)));
    }

    @Test
    void neighbouringFloatsAreOneUlpApart() {
        float up = Math.nextUp(1f);
        assertEquals(new LeafDiff(2, 1, up - 1.0, 1), LeafDiff.of(f32(1, 2), f32(up, 2)));
        assertEquals(new LeafDiff(1, 1, 2 * Float.MIN_VALUE, 2),
                LeafDiff.of(f32(-Float.MIN_VALUE), f32(Float.MIN_VALUE)));
        assertEquals(new LeafDiff(1, 1, Double.POSITIVE_INFINITY, 1),
                LeafDiff.of(f32(Float.MAX_VALUE), f32(Float.POSITIVE_INFINITY)));
    }

    @Test
    void signedZerosDifferInBitsButNotInValueOrUlps() {
        assertEquals(new LeafDiff(1, 1, 0, 0), LeafDiff.of(f32(0f), f32(-0f)));
    }

    @Test
    void aNanOnOneSideMakesBothMaximaNan() {
        assertEquals(new LeafDiff(2, 2, Double.NaN, Double.NaN), LeafDiff.of(f32(Float.NaN, 1), f32(1, 3)));
        assertEquals(new LeafDiff(1, 0, 0, 0), LeafDiff.of(f32(Float.NaN), f32(Float.NaN)));
    }

    @Test
    void halfFloatsCountUlpsInTheirOwnWidth() {
        Array one = Array.ones(Shape.of(1), DType.BF16);
        Array next = Array.full(Shape.of(1), 1.0078125, DType.BF16);
        assertEquals(new LeafDiff(1, 1, 0.0078125, 1), LeafDiff.of(one, next));
        Array h = Array.full(Shape.of(1), 1.0009765625, DType.F16);
        assertEquals(new LeafDiff(1, 1, 0.0009765625, 1), LeafDiff.of(Array.ones(Shape.of(1), DType.F16), h));
        Array d = Array.full(Shape.of(1), Math.nextUp(1.0), DType.F64);
        assertEquals(new LeafDiff(1, 1, Math.ulp(1.0), 1), LeafDiff.of(Array.ones(Shape.of(1), DType.F64), d));
        Array max = Array.full(Shape.of(1), Double.MAX_VALUE, DType.F64);
        Array min = Array.full(Shape.of(1), -Double.MAX_VALUE, DType.F64);
        assertEquals(2.0 * 0x7fefffffffffffffL, LeafDiff.of(max, min).maxUlp());
    }

    @Test
    void integersAndBoolsHaveAbsoluteDifferencesButNoUlps() {
        assertEquals(new LeafDiff(2, 1, 10, Double.NaN),
                LeafDiff.of(Array.of(new int[] {-5, 1}), Array.of(new int[] {5, 1})));
        assertEquals(new LeafDiff(1, 1, 255, Double.NaN), LeafDiff.of(Array.full(Shape.of(1), 255, DType.U8),
                Array.zeros(Shape.of(1), DType.U8)));
        assertEquals(new LeafDiff(2, 1, 1, Double.NaN),
                LeafDiff.of(Array.of(new boolean[] {true, false}), Array.of(new boolean[] {false, false})));
        Array big = Array.full(Shape.of(1), 0, DType.U64).at(0).set(-1);
        assertEquals(new LeafDiff(1, 1, 0x1p64, Double.NaN), LeafDiff.of(big, Array.zeros(Shape.of(1), DType.U64)));
    }
}
