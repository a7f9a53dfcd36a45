package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HalfFloatsTests {
    /**
     * {float32 bits, bfloat16 bits, float16 bits}. Produced by JAX 0.10.2 on CPU (ml_dtypes 0.6.0):
     * {@code np.asarray(jnp.asarray(x).astype(jnp.bfloat16 / jnp.float16)).view(np.uint16)} for
     * {@code x = np.array(bits, np.uint32).view(np.float32)}. Covers ties to even, overflow, NaN payloads,
     * subnormal inputs and results.
     */
    private static final long[][] JAX_TABLE = {
            {0x00000000, 0x0000, 0x0000},
            {0x80000000L, 0x8000, 0x8000},
            {0x3f800000, 0x3f80, 0x3c00},
            {0x3f808000, 0x3f80, 0x3c04},
            {0x3f818000, 0x3f82, 0x3c0c},
            {0x3f80ffff, 0x3f81, 0x3c08},
            {0x3f817fff, 0x3f81, 0x3c0c},
            {0x7f7fffff, 0x7f80, 0x7c00},
            {0xff7fffffL, 0xff80, 0xfc00},
            {0x7f800000, 0x7f80, 0x7c00},
            {0xff800000L, 0xff80, 0xfc00},
            {0x7fc00000, 0x7fc0, 0x7e00},
            {0xffc00000L, 0xffc0, 0xfe00},
            {0x7f800001, 0x7fc0, 0x7e00},
            {0x7fa00001, 0x7fc0, 0x7f00},
            {0xff812345L, 0xffc0, 0xfe09},
            {0x00000001, 0x0000, 0x0000},
            {0x80000001L, 0x8000, 0x8000},
            {0x00018000, 0x0002, 0x0000},
            {0x007fffff, 0x0080, 0x0000},
            {0x00800000, 0x0080, 0x0000},
            {0x33000000, 0x3300, 0x0000},
            {0x33000001, 0x3300, 0x0001},
            {0x33800000, 0x3380, 0x0001},
            {0x387fe000, 0x3880, 0x0400},
            {0x38800000, 0x3880, 0x0400},
            {0x477fefff, 0x4780, 0x7bff},
            {0x477ff000, 0x4780, 0x7c00},
            {0x477fe000, 0x4780, 0x7bff},
            {0x40490fdb, 0x4049, 0x4248},
            {0xc02df854L, 0xc02e, 0xc170},
            {0x3eaaaaab, 0x3eab, 0x3555},
            {0x358637bd, 0x3586, 0x0011},
            {0x2f800000, 0x2f80, 0x0000},
            {0x3dcccccd, 0x3dcd, 0x2e66},
    };

    @Test
    void floatToBFloat16MatchesJax() {
        for (long[] row : JAX_TABLE) {
            float f = Float.intBitsToFloat((int) row[0]);
            assertEquals(row[1], HalfFloats.toBFloat16(f) & 0xffff, () -> "bfloat16 of " + Long.toHexString(row[0]));
        }
    }

    @Test
    void floatToFloat16MatchesJax() {
        for (long[] row : JAX_TABLE) {
            float f = Float.intBitsToFloat((int) row[0]);
            assertEquals(row[2], HalfFloats.toFloat16(f) & 0xffff, () -> "float16 of " + Long.toHexString(row[0]));
        }
    }

    @Test
    void float16WidensExactly() {
        assertEquals(1.0f, HalfFloats.fromFloat16((short) 0x3c00));
        assertEquals(0x1p-24f, HalfFloats.fromFloat16((short) 0x0001));
        assertEquals(65504f, HalfFloats.fromFloat16((short) 0x7bff));
        assertEquals(Float.NEGATIVE_INFINITY, HalfFloats.fromFloat16((short) 0xfc00));
        assertEquals(-0.0f, HalfFloats.fromFloat16((short) 0x8000));
    }

    /**
     * {double, float16 bits of a single rounding, float16 bits through float}. From numpy 2.4.6:
     * {@code np.array(x).astype(np.float16).view(np.uint16)} and the same of {@code np.float32(x)}.
     */
    private static final double[][] DOUBLES = {
            {0x1.0020000400000p+0, 0x3c01, 0x3c00},
            {0x1.001ffffc00000p+0, 0x3c00, 0x3c00},
            {-0x1.0020000400000p+0, 0xbc01, 0xbc00},
            {0x1.0020000000000p+0, 0x3c00, 0x3c00},
            {0x1.47ae147ae147bp-6, 0x251f, 0x251f},
            {0x1.ffe0000000000p+15, 0x7c00, 0x7c00},
            {0x1.ffdffffeb074ap+15, 0x7bff, 0x7c00},
            {0x1.ffe000014f8b6p+15, 0x7c00, 0x7c00},
            {0x1.0000000000000p-25, 0x0000, 0x0000},
            {0x1.0000000020000p-25, 0x0001, 0x0000},
            {0x1.8000000000000p-25, 0x0001, 0x0001},
            {-0.0, 0x8000, 0x8000},
            {0x1.c25e4b6dba981p-1, 0x3b09, 0x3b09},
    };

    @Test
    void doublesRoundOnceToFloat16AsNumpyDoes() {
        for (double[] row : DOUBLES) {
            assertEquals((int) row[1], HalfFloats.toFloat16(row[0]) & 0xffff, Double.toHexString(row[0]));
            assertEquals((int) row[2], HalfFloats.toFloat16((float) row[0]) & 0xffff, Double.toHexString(row[0]));
        }
    }

    @Test
    void roundToRoundsAsJnpArrayOfAPythonFloat() {
        double tie = 1 + 0x1p-11 + 0x1p-30;
        assertEquals(tie, HalfFloats.roundTo(tie, DType.F64));
        assertEquals((double) (float) tie, HalfFloats.roundTo(tie, DType.F32));
        assertEquals(HalfFloats.fromFloat16((short) 0x3c01), HalfFloats.roundTo(tie, DType.F16));
        for (long[] row : JAX_TABLE) {
            float f = Float.intBitsToFloat((int) row[0]);
            assertEquals(HalfFloats.fromBFloat16((short) row[1]), HalfFloats.roundTo(f, DType.BF16),
                    () -> "bfloat16 of " + Long.toHexString(row[0]));
        }
        for (double[] row : DOUBLES) {
            assertEquals(HalfFloats.fromFloat16((short) row[1]), HalfFloats.roundTo(row[0], DType.F16),
                    Double.toHexString(row[0]));
        }
    }

    @Test
    void roundToRejectsAnIntegerDtype() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HalfFloats.roundTo(1.5, DType.I32));
        assertEquals("HalfFloats.roundTo: expected a floating dtype (float32, float64, float16, bfloat16), got int32",
                e.getMessage());
    }
}
