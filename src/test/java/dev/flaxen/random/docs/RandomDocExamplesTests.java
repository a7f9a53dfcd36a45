package dev.flaxen.random.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc examples of {@code dev.flaxen.random} and of {@code docs/random.md}, compiled and asserted. Every
 * exact value shown there comes from JAX 0.10.2 (spec sections 9.3 to 9.5, {@code vectors/random.jsonl}).
 */
class RandomDocExamplesTests {
    private static String floats(Array a) {
        return Arrays.toString(a.toFloatArray());
    }

    private static String ints(Array a) {
        return Arrays.toString(a.toLongArray());
    }

    private static PRNGKey key(long k0, long k1) {
        return PRNGKey.fromWords((int) k0, (int) k1);
    }

    @Test
    void prngKeyClassExample() {
        PRNGKey key = PRNGKey.of(42);
        Tuple2<PRNGKey, PRNGKey> ks = key.split();
        assertEquals(key(1832780943L, 270669613L), ks._1);
        assertEquals(key(64467757L, 2916123636L), ks._2);
        Array w = Random.normal(ks._2, Shape.of(3, 4));
        assertEquals(DType.F32, w.dtype());
    }

    @Test
    void prngKeyFactories() {
        assertEquals("PRNGKey([0, 42], partitionable)", PRNGKey.of(42).toString());
        assertArrayEquals(new int[] {0, -1}, PRNGKey.of(-1).words());
        var legacy = PRNGKey.of(0, ThreefryMode.LEGACY).split();
        assertEquals("PRNGKey([4146024105, 967050713], legacy)", legacy._1.toString());
        assertEquals("PRNGKey([2718843009, 1272950319], legacy)", legacy._2.toString());
        assertEquals("PRNGKey([1, 5], partitionable)", PRNGKey.ofX64(4294967301L).toString());
        assertEquals("PRNGKey([4294967295, 4294967295], legacy)", PRNGKey.ofX64(-1, ThreefryMode.LEGACY).toString());
        assertTrue(PRNGKey.fromWords(0, 42).equals(PRNGKey.of(42)));
        assertEquals(ThreefryMode.LEGACY, PRNGKey.fromWords(0x13198a2e, 0x03707344, ThreefryMode.LEGACY).mode());
        assertArrayEquals(new int[] {0, 7}, PRNGKey.of(7).words());
        assertEquals(ThreefryMode.LEGACY, PRNGKey.of(0).withMode(ThreefryMode.LEGACY).mode());
    }

    @Test
    void prngKeySplitAndFoldIn() {
        Tuple2<PRNGKey, PRNGKey> ks = PRNGKey.of(0).split();
        assertEquals("PRNGKey([1797259609, 2579123966], partitionable)", ks._1.toString());
        assertEquals("PRNGKey([928981903, 3453687069], partitionable)", ks._2.toString());
        Vector<PRNGKey> three = PRNGKey.of(42).split(3);
        assertEquals("PRNGKey([2465931498, 255383827], partitionable)", three.get(2).toString());
        assertEquals("PRNGKey([928981903, 3453687069], partitionable)", PRNGKey.of(0).foldIn(1).toString());
        assertTrue(PRNGKey.of(0).foldIn(4294967295L).equals(PRNGKey.of(0).foldIn(-1)));
    }

    @Test
    void randomClassAndBitsExamples() {
        PRNGKey key = PRNGKey.of(0);
        assertEquals("[0.947667, 0.9785799, 0.33229148, 0.46866846, 0.5698887]", floats(Random.uniform(key, Shape.of(5))));
        assertEquals("[1.6226422, 2.0252647, -0.43359444, -0.07861735, 0.1760909]", floats(Random.normal(key, Shape.of(5))));
        assertEquals("[4070199207, 4202968722, 1427181096]", ints(Random.bits(PRNGKey.of(0), Shape.of(3))));
        assertEquals("[143, 35, 95, 55, 29]", ints(Random.bits(PRNGKey.of(0, ThreefryMode.LEGACY), Shape.of(5), DType.U8)));
    }

    @Test
    void floatSamplerExamples() {
        assertEquals("[0.48870957, 0.6797972]", floats(Random.uniform(PRNGKey.of(42), Shape.of(2))));
        assertEquals(DType.BF16, Random.uniform(PRNGKey.of(0), Shape.of(1000), DType.BF16).dtype());
        assertEquals("[1.7964687, 1.9757634]", floats(Random.uniform(PRNGKey.of(0), Shape.of(2), -3.7, 2.1)));
        assertEquals(DType.F64, Random.uniform(PRNGKey.of(0), Shape.of(3, 4), DType.F64, 5, 10).dtype());
        assertEquals("[-0.20584226]", floats(Random.normal(PRNGKey.of(0, ThreefryMode.LEGACY), Shape.of(1))));
        assertEquals(DType.F16, Random.normal(PRNGKey.of(42), Shape.of(2), DType.F16).dtype());
        assertEquals("[1.4559592, 1.7147487]", floats(Random.truncatedNormal(PRNGKey.of(0), -2, 2, Shape.of(2))));
        assertEquals(DType.BF16, Random.truncatedNormal(PRNGKey.of(1), 0.5, 4, Shape.of(3, 4), DType.BF16).dtype());
        // JAX 0.10.2: k = jax.random.PRNGKey(0); f = lambda x: jnp.array(x, jnp.float32)
        // jax.random.uniform(k, (3,), jnp.float32, -1, 1) * f(0.1); jax.random.normal(k, (3,)) * f(2) + f(10);
        // jax.random.truncated_normal(k, -2, 2, (3,)) * f(0.5)   (values as the bits of np.asarray(...).view(np.uint32))
        assertEquals("[0.0895334, 0.09571598, -0.033541705]",
                floats(Random.uniform(PRNGKey.of(0), Shape.of(3), DType.F32, -1, 1, 0.1)));
        assertEquals("[13.245284, 14.0505295, 9.132812]", floats(Random.normal(PRNGKey.of(0), Shape.of(3), DType.F32, 10, 2)));
        assertEquals("[0.7279796, 0.85737437, -0.20633768]",
                floats(Random.truncatedNormal(PRNGKey.of(0), -2, 2, Shape.of(3), DType.F32, 0, 0.5)));
        assertEquals("[2.950128, 3.8434246, 0.40390354]", floats(Random.exponential(PRNGKey.of(0), Shape.of(3), DType.F32)));
        assertEquals("[2.9233725, 3.8326178, -0.09689324]", floats(Random.gumbel(PRNGKey.of(0), Shape.of(3), DType.F32)));
        assertEquals("[2.950128, 3.8434246, 0.40390354]", floats(Random.exponential(PRNGKey.of(0), Shape.of(3))));
        assertEquals("[2.9233725, 3.8326178, -0.09689324]", floats(Random.gumbel(PRNGKey.of(0), Shape.of(3))));
        assertEquals(DType.F32, Random.logistic(PRNGKey.of(0), Shape.of(3)).dtype());
        assertEquals("[0.19611025, -1.709054, -0.27409357, -0.20832264, -1.6754898]",
                floats(Random.logistic(PRNGKey.of(1466238935, ThreefryMode.LEGACY), Shape.of(5), DType.F32)));
    }

    @Test
    void integerSamplerExamples() {
        assertEquals("[0, 0, 0, 0, 0, 0, 1, 0, 0, 0]", ints(Random.bernoulli(PRNGKey.of(42), 0.3, Shape.of(10))));
        assertEquals("[9, 0, 2, 3, 1]", ints(Random.randint(PRNGKey.of(0), Shape.of(5), 0, 10)));
        assertEquals("[5, 1, 5]", ints(Random.randint(PRNGKey.of(0), Shape.of(3), 0, 10, DType.I64)));
        assertEquals("[0, 1, 8, 5, 6, 4, 3, 2, 7, 9]", ints(Random.permutation(PRNGKey.of(0), 10)));
        assertEquals("[0, 1, 8, 5, 6]", ints(Random.choice(PRNGKey.of(0), 10, Shape.of(5), false)));
        Array p = Array.generateFloat(Shape.of(3), w -> {
            w[0] = 0.2f;
            w[1] = 0.3f;
            w[2] = 0.5f;
        });
        assertEquals(Shape.of(10), Random.choice(PRNGKey.of(0), 3, Shape.of(10), true, p).shape());
        Array x = Array.generateFloat(Shape.of(4, 2), w -> {
            for (int i = 0; i < w.length; i++) {
                w[i] = i;
            }
        });
        assertEquals(x.shape(), Random.permutation(PRNGKey.of(0), x).shape());
        assertEquals(x.shape(), Random.permutation(PRNGKey.of(0), x, 1).shape());
    }

    @Test
    void parallelismExamples() {
        PRNGKey key = PRNGKey.of(0);
        Array a = Parallelism.withThreads(1, () -> Random.normal(key, Shape.of(1 << 20)));
        Array b = Random.normal(key, Shape.of(1 << 20));
        assertTrue(a.equals(b));
        assertEquals(3, (int) Parallelism.withThreads(3, Parallelism::threads));
        assertEquals(Shape.of(1000, 1000), Parallelism.withThreads(1, () -> Random.uniform(key, Shape.of(1000, 1000))).shape());
    }

    @Test
    void invokeAllExample() {
        PRNGKey key = PRNGKey.of(0);
        List<Array> leaves = Parallelism.invokeAll(List.of(
            () -> Random.normal(key.foldIn(0), Shape.of(64, 64)),
            () -> Random.uniform(key.foldIn(1), Shape.of(64))));
        assertEquals(List.of(Random.normal(key.foldIn(0), Shape.of(64, 64)), Random.uniform(key.foldIn(1), Shape.of(64))),
                leaves);
    }
}
