package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The Vector API kernels give the portable kernels' bits: block by block on random words, lengths that are not
 * multiples of the lane count or the block size, and offsets; and sampler by sampler (every sampler, half types,
 * scaled variants, both modes, sizes up to the parallel range). Skipped, with the reason, where the vector kernels are
 * not available (see {@link KernelPathTests}).
 */
class KernelPathProperties {
    private static int[] words(int seed, int n) {
        java.util.Random r = new java.util.Random(seed);
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = i % 97 == 0 ? (i % 2 == 0 ? 0 : -1) : r.nextInt();
        }
        return w;
    }

    private static F32Transform transform(int kind, int seed) {
        java.util.Random r = new java.util.Random(seed);
        float scale = kind % 2 == 0 ? 1f : (float) r.nextGaussian();
        float shift = kind % 3 == 0 ? -0f : (float) r.nextGaussian();
        switch (kind % 4) {
            case 0: {
                float lo = (float) (r.nextGaussian() * 4);
                return F32Transform.uniform(lo, (float) (r.nextDouble() * 10)).then(scale, shift);
            }
            case 1:
                return F32Transform.normal().then(scale, shift);
            default: {
                float lower = (float) (r.nextGaussian() * 5);
                float upper = kind % 4 == 2 ? lower + (float) r.nextDouble() * 6 + 1e-3f : 12f;
                float a = XlaMath.erfOfScaled(lower);
                return F32Transform.truncatedNormal(a, XlaMath.erfOfScaled(upper) - a, Math.nextUp(lower),
                        Math.nextDown(upper)).then(scale, shift);
            }
        }
    }

    @Test
    void threefryAndPartitionableWordsAgree() {
        Kernels v = KernelPathTests.vectorOrSkip();
        Kernels p = KernelSelection.portable();
        qt().withExamples(200).forAll(integers().all(), integers().between(0, 2100), integers().all())
                .checkAssert((seed, len, start) -> {
                    int[] a0 = words(seed, len);
                    int[] a1 = words(seed + 1, len);
                    int[] b0 = a0.clone();
                    int[] b1 = a1.clone();
                    v.threefry(seed, ~seed, a0, a1, len);
                    p.threefry(seed, ~seed, b0, b1, len);
                    assertArrayEquals(b0, a0);
                    assertArrayEquals(b1, a1);
                    int[] ya = new int[len];
                    int[] yb = new int[len];
                    v.partitionableBits(seed, 7, start, ya, new int[len], len);
                    p.partitionableBits(seed, 7, start, yb, new int[len], len);
                    assertArrayEquals(yb, ya);
                });
    }

    @Test
    void floatKernelsAgree() {
        Kernels v = KernelPathTests.vectorOrSkip();
        Kernels p = KernelSelection.portable();
        qt().withExamples(300).forAll(integers().all(), integers().between(0, 2100), integers().between(0, 40),
                integers().between(0, 11)).checkAssert((seed, len, off, kind) -> {
                    F32Transform f = transform(kind, seed);
                    int[] bits = words(seed, len);
                    float[] a = new float[off + len];
                    float[] b = new float[off + len];
                    v.f32(f, bits, a, off, len);
                    p.f32(f, bits, b, off, len);
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(Float.floatToRawIntBits(b[i]), Float.floatToRawIntBits(a[i]), f + " at " + i);
                    }
                });
    }

    @Test
    void everySamplerGivesTheSameArrayOnBothPaths() {
        Kernels v = KernelPathTests.vectorOrSkip();
        List<String> names = new java.util.ArrayList<>(RandomProperties.SAMPLERS);
        names.addAll(List.of("normalScaled", "truncatedNormalScaled", "uniformScaled", "truncatedNormalBf16"));
        Gen<Integer> sizes = Generate.pick(List.of(0, 1, 7, 8, 9, 15, 17, 1023, 1025, 3001,
                Parallelism.MIN_PARALLEL_ELEMENTS + 777));
        qt().withExamples(120).forAll(PRNGKeyProperties.keys(), Generate.pick(names), sizes).checkAssert((k, name, n) -> {
            for (ThreefryMode mode : ThreefryMode.values()) {
                PRNGKey key = k.withMode(mode);
                Shape s = Shape.of(n);
                Supplier<Array> draw = () -> Parallelism.withThreads(3, () -> sample(name, key, s));
                assertEquals(KernelSelection.with(KernelSelection.portable(), draw), KernelSelection.with(v, draw),
                        name + " " + mode + " n=" + n);
            }
        });
    }

    private static Array sample(String name, PRNGKey k, Shape s) {
        switch (name) {
            case "normalScaled":
                return Random.normal(k, s, DType.F32, 0.25, 0.02);
            case "truncatedNormalScaled":
                return Random.truncatedNormal(k, -2, 2, s, DType.F32, 0, 0.8796);
            case "uniformScaled":
                return Random.uniform(k, s, DType.F32, -1, 1, 0.0625);
            case "truncatedNormalBf16":
                return Random.truncatedNormal(k, -3, 1.5, s, DType.BF16, 1, 0.5);
            default:
                return RandomProperties.sample(name, k, s);
        }
    }
}
