package dev.flaxen.random;

/**
 * The Threefry-2x32 block function with 20 rounds (Random123 {@code threefry2x32_20}), the hash under
 * every JAX key: {@code (y0, y1) = threefry((k0, k1); (x0, x1))} on uint32 words with wrap-around.
 *
 * <p>The array form runs the five groups of four rounds as five passes over the block, so each pass
 * is a short loop the JIT compiles and vectorizes reliably.
 */
final class Threefry {
    /** The Threefish key-schedule parity constant. */
    static final int PARITY = 0x1BD11BDA;

    private Threefry() {
    }

    /**
     * Hashes one counter pair.
     *
     * @return {@code (y0 << 32) | (y1 & 0xffffffffL)}
     */
    static long hash(int k0, int k1, int x0, int x1) {
        int[] a = {x0};
        int[] b = {x1};
        hash(k0, k1, a, b, 1);
        return ((long) a[0] << 32) | (b[0] & 0xffffffffL);
    }

    /** Hashes {@code len} counter pairs in place: {@code x0[i], x1[i]} become {@code y0[i], y1[i]}. */
    static void hash(int k0, int k1, int[] x0, int[] x1, int len) {
        int k2 = k0 ^ k1 ^ PARITY;
        firstGroup(x0, x1, len, k0, k1, k1, k2 + 1);
        oddGroup(x0, x1, len, k2, k0 + 2);
        evenGroup(x0, x1, len, k0, k1 + 3);
        oddGroup(x0, x1, len, k1, k2 + 4);
        evenGroup(x0, x1, len, k2, k0 + 5);
    }

    private static void firstGroup(int[] x0, int[] x1, int len, int in0, int in1, int out0, int out1) {
        for (int i = 0; i < len; i++) {
            int a = x0[i] + in0;
            int b = x1[i] + in1;
            a += b;
            b = Integer.rotateLeft(b, 13) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 15) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 26) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 6) ^ a;
            x0[i] = a + out0;
            x1[i] = b + out1;
        }
    }

    private static void evenGroup(int[] x0, int[] x1, int len, int out0, int out1) {
        for (int i = 0; i < len; i++) {
            int a = x0[i];
            int b = x1[i];
            a += b;
            b = Integer.rotateLeft(b, 13) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 15) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 26) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 6) ^ a;
            x0[i] = a + out0;
            x1[i] = b + out1;
        }
    }

    private static void oddGroup(int[] x0, int[] x1, int len, int out0, int out1) {
        for (int i = 0; i < len; i++) {
            int a = x0[i];
            int b = x1[i];
            a += b;
            b = Integer.rotateLeft(b, 17) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 29) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 16) ^ a;
            a += b;
            b = Integer.rotateLeft(b, 24) ^ a;
            x0[i] = a + out0;
            x1[i] = b + out1;
        }
    }
}
