package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
