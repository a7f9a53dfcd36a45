package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class HalfFloatsProperties {
    @Test
    void everyNonNanFloat16SurvivesARoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.fromFloat16((short) h);
            if (!Float.isNaN(f)) {
                assertEquals(h, HalfFloats.toFloat16(f) & 0xffff, "float16 0x" + Integer.toHexString(h));
            }
        }
    }

    @Test
    void everyNonNanBFloat16SurvivesARoundTrip() {
        for (int h = 0; h < 0x10000; h++) {
            float f = HalfFloats.fromBFloat16((short) h);
            if (!Float.isNaN(f)) {
                assertEquals(h, HalfFloats.toBFloat16(f) & 0xffff, "bfloat16 0x" + Integer.toHexString(h));
            }
        }
    }

    @Test
    void bfloat16RoundingPicksTheNearerNeighbour() {
        qt().forAll(integers().all()).assuming(b -> !Float.isNaN(Float.intBitsToFloat(b))
                && Float.isFinite(HalfFloats.fromBFloat16(HalfFloats.toBFloat16(Float.intBitsToFloat(b)))))
                .check(b -> {
                    float f = Float.intBitsToFloat(b);
                    double got = HalfFloats.fromBFloat16(HalfFloats.toBFloat16(f));
                    double down = HalfFloats.fromBFloat16((short) (b >>> 16));
                    double up = HalfFloats.fromBFloat16((short) ((b >>> 16) + 1));
                    return Math.abs(got - f) <= Math.min(Math.abs(down - f), Math.abs(up - f));
                });
    }

    @Test
    void float16RoundingPicksTheNearerNeighbour() {
        qt().forAll(integers().between(0, Float.floatToIntBits(65504f))).check(b -> {
            float f = Float.intBitsToFloat(b);
            int h = HalfFloats.toFloat16(f);
            double err = Math.abs(HalfFloats.fromFloat16((short) h) - f);
            boolean belowOk = h == 0 || err <= Math.abs(HalfFloats.fromFloat16((short) (h - 1)) - f);
            return belowOk && err <= Math.abs(HalfFloats.fromFloat16((short) (h + 1)) - f);
        });
    }

    @Test
    void halfConversionsAreSignSymmetric() {
        qt().forAll(integers().between(0, 0x7f800000)).check(b -> {
            float f = Float.intBitsToFloat(b);
            return HalfFloats.toFloat16(-f) == (short) (HalfFloats.toFloat16(f) | 0x8000)
                    && HalfFloats.toBFloat16(-f) == (short) (HalfFloats.toBFloat16(f) | 0x8000);
        });
    }
}
