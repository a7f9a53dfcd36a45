package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@link HalfFloats}, as written there. */
class HalfFloatsExamplesTests {
    @Test
    void classComment() {
        short b = HalfFloats.toBFloat16(1.00390625f);
        float f = HalfFloats.fromFloat16((short) 0x3c00);
        assertEquals(0x3f80, b);
        assertEquals(1.0f, f);
    }

    @Test
    void toFloat16OfADoubleRoundsOnce() {
        assertEquals(0x3c01, HalfFloats.toFloat16(1 + 0x1p-11 + 0x1p-30));
        assertEquals(1.0009766f, HalfFloats.fromFloat16((short) 0x3c01));
        assertEquals(0x3c00, HalfFloats.toFloat16((float) (1 + 0x1p-11 + 0x1p-30)));
    }

    @Test
    void roundToRoundsAsJnpArray() {
        assertEquals(0.0999755859375, HalfFloats.roundTo(0.1, DType.F16));
        assertEquals(HalfFloats.fromFloat16((short) 0x2e66), HalfFloats.roundTo(0.1, DType.F16));
        assertEquals(0.10009765625, HalfFloats.roundTo(0.1, DType.BF16));
        assertEquals(HalfFloats.fromBFloat16((short) 0x3dcd), HalfFloats.roundTo(0.1, DType.BF16));
        assertEquals(1.0009765625, HalfFloats.roundTo(1 + 0x1p-11 + 0x1p-30, DType.F16));
        assertEquals(Double.POSITIVE_INFINITY, HalfFloats.roundTo(1e5, DType.F16));
    }
}
