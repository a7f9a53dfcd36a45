package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The raw Threefry-2x32-20 block function against Random123's known-answer vectors, as JAX's
 * {@code tests/random_test.py::testThreefry2x32} quotes them from Random123-Boost
 * {@code libs/random/test/test_threefry.cpp} (spec section 9.1).
 */
class ThreefryTests {
    private static void assertKat(int k0, int k1, int x0, int x1, int y0, int y1) {
        long y = Threefry.hash(k0, k1, x0, x1);
        assertEquals(Integer.toHexString(y0) + " " + Integer.toHexString(y1),
                Integer.toHexString((int) (y >>> 32)) + " " + Integer.toHexString((int) y));
    }

    @Test
    void zeroKeyAndCounterGiveRandom123Answer() {
        assertKat(0, 0, 0, 0, 0x6b200159, 0x99ba4efe);
    }

    @Test
    void allOnesKeyAndCounterGiveRandom123Answer() {
        assertKat(-1, -1, -1, -1, 0x1cb996fc, 0xbb002be7);
    }

    @Test
    void piDigitsKeyAndCounterGiveRandom123Answer() {
        assertKat(0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3, 0xc4923a9c, 0x483df7a0);
    }

    @Test
    void counterOneUnderZeroKeyGivesJaxValue() {
        assertKat(0, 0, 0, 1, 928981903, (int) 3453687069L);
    }

    @Test
    void blockFormEqualsScalarFormForEveryLength() {
        for (int len : new int[] {0, 1, 7, 64, 1000}) {
            int[] x0 = new int[len];
            int[] x1 = new int[len];
            int[] y0 = new int[len];
            int[] y1 = new int[len];
            for (int i = 0; i < len; i++) {
                x0[i] = i * 0x9E3779B9;
                x1[i] = ~i;
                long y = Threefry.hash(0x13198a2e, 0x03707344, x0[i], x1[i]);
                y0[i] = (int) (y >>> 32);
                y1[i] = (int) y;
            }
            KernelSelection.portable().threefry(0x13198a2e, 0x03707344, x0, x1, len);
            assertArrayEquals(y0, x0);
            assertArrayEquals(y1, x1);
        }
    }
}
