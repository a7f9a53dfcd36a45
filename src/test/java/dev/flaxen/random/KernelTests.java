package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The block kernels of {@link KernelSelection#portable()} against the one-element transcription of the spec in
 * {@link XlaMath}: every input {@code normal} can produce, and truncated normals with ordinary, one-sided and
 * saturated bounds.
 */
class KernelTests {
    private static final float SQRT2 = Float.intBitsToFloat(0x3FB504F3);
    private static final float NORMAL_LO = Float.intBitsToFloat(0xBF7FFFFF);

    private static float uniform(int bits, float lo, float range) {
        return Math.max(lo, Math.fma((bits >>> 9) * 0x1p-23f, range, lo));
    }

    @Test
    void normalKernelEqualsTheReferenceOnAllTwoToTheTwentyThreeInputs() {
        assertEquals(List.of(), normalMismatches(KernelSelection.portable()));
    }

    /**
     * Runs {@code kernels}' normal on every input {@code normal} can produce (the 2^23 values of a float32 uniform in
     * [0, 1)) and returns the first ten whose bits differ from {@code sqrt(2) * XlaMath.erfInv(u)}.
     */
    static List<String> normalMismatches(Kernels kernels) {
        int block = 4096;
        int[] bits = new int[block];
        float[] out = new float[block];
        List<String> bad = new ArrayList<>();
        for (int start = 0; start < 1 << 23; start += block) {
            for (int j = 0; j < block; j++) {
                bits[j] = (start + j) << 9;
            }
            kernels.f32(F32Transform.normal(), bits, out, 0, block);
            for (int j = 0; j < block; j++) {
                float want = SQRT2 * XlaMath.erfInv(uniform(bits[j], NORMAL_LO, 2f));
                if (Float.floatToRawIntBits(want) != Float.floatToRawIntBits(out[j]) && bad.size() < 10) {
                    bad.add(Integer.toHexString(bits[j]) + ": want " + want + " got " + out[j]);
                }
            }
        }
        return bad;
    }

    @Test
    void truncatedNormalKernelEqualsTheReferenceForAnyBounds() {
        double[][] bounds = {{-2, 2}, {0.25, 4.5}, {-10, 10}, {5, 6}, {-5.35, -5.30}, {0, 1e-3}, {-100, 0}};
        java.util.Random rng = new java.util.Random(7);
        int n = 50_000;
        int[] bits = new int[n];
        float[] out = new float[n];
        List<String> bad = new ArrayList<>();
        for (double[] b : bounds) {
            float lo = (float) b[0];
            float hi = (float) b[1];
            float a = XlaMath.erfOfScaled(lo);
            float range = XlaMath.erfOfScaled(hi) - a;
            for (int i = 0; i < n; i++) {
                bits[i] = i < 4 ? new int[] {0, -1, 1 << 9, -1 << 9}[i] : rng.nextInt();
            }
            KernelSelection.portable().f32(F32Transform.truncatedNormal(a, range, Math.nextUp(lo), Math.nextDown(hi)), bits, out, 0, n);
            for (int i = 0; i < n; i++) {
                float x = SQRT2 * XlaMath.erfInv(uniform(bits[i], a, range));
                float want = Math.min(Math.max(x, Math.nextUp(lo)), Math.nextDown(hi));
                if (Float.floatToRawIntBits(want) != Float.floatToRawIntBits(out[i]) && bad.size() < 10) {
                    bad.add(b[0] + ".." + b[1] + " bits " + Integer.toHexString(bits[i]) + ": want " + want + " got " + out[i]);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void uniformKernelWritesAtTheOffset() {
        float[] out = new float[5];
        KernelSelection.portable().f32(F32Transform.uniform(0f, 1f), new int[] {-1, 0}, out, 3, 2);
        assertEquals("[0.0, 0.0, 0.0, 0.9999999, 0.0]", java.util.Arrays.toString(out));
    }
}
