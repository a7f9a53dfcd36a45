package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Values published outside Flaxen, as collected (with sources) in the spec, sections 9.3 to 9.6: JAX's own test
 * suite, JAX notebooks and docstrings, MLX's tests, jax-js, a GitHub issue and third-party tutorials. Each test
 * names its source. All were re-checked against JAX 0.10.2 by the spec's author.
 */
class PublishedValuesTests {
    private static final ThreefryMode LEGACY = ThreefryMode.LEGACY;
    private static final ThreefryMode PART = ThreefryMode.PARTITIONABLE;

    private static void assertInts(Array a, long... want) {
        long[] got = new long[a.size()];
        for (int i = 0; i < got.length; i++) {
            got[i] = a.dtype().bits() == 64 ? a.bitsAt(i) : a.dtype().isUnsigned() ? a.bitsAt(i) : a.toLongArray()[i];
        }
        assertEquals(Arrays.toString(want), Arrays.toString(got));
    }

    private static void assertHex(Array a, String hexes) {
        StringBuilder got = new StringBuilder();
        for (int i = 0; i < a.size(); i++) {
            got.append(i == 0 ? "" : " ").append(String.format("%08x", a.bitsAt(i)));
        }
        assertEquals(hexes, got.toString());
    }

    private static void assertFloats(Array a, float... want) {
        assertEquals(Arrays.toString(want), Arrays.toString(a.toFloatArray()));
    }

    private static float normal1(PRNGKey k) {
        return Random.normal(k, Shape.of(1)).toFloatArray()[0];
    }

    /** {@code tests/random_test.py::testRngRandomBits}, seed 1701, legacy. */
    @Test
    void jaxTestRngRandomBits() {
        PRNGKey k = PRNGKey.of(1701, LEGACY);
        assertInts(Random.bits(k, Shape.of(3), DType.U8), 216, 115, 43);
        assertInts(Random.bits(k, Shape.of(3), DType.U16), 41682, 1300, 55017);
        assertInts(Random.bits(k, Shape.of(3), DType.U32), 56197195, 4200222568L, 961309823);
        assertInts(Random.bits(k, Shape.of(3), DType.U64), 3982329540505020460L, Long.parseUnsignedLong("16822122385914693683"),
                7882654074788531506L);
    }

    /** {@code tests/random_test.py::testPRNGValues}, seed 0, legacy. */
    @Test
    void jaxTestPrngValuesRandint() {
        PRNGKey k = PRNGKey.of(0, LEGACY);
        assertInts(Random.randint(k, Shape.of(3, 3), 0, 8), 2, 1, 3, 6, 1, 5, 6, 3, 4);
        assertInts(Random.randint(k, Shape.of(3, 3), 0, 8, DType.I64), 7, 2, 6, 2, 1, 0, 6, 7, 7);
    }

    /** {@code tests/random_test.py::_RANDOM_VALUES_CASES}, threefry rows, key = PRNGKey(adler32 seed), shape (5,), legacy. */
    @Test
    void jaxRandomValuesCases() {
        assertInts(Random.bernoulli(PRNGKey.of(1612777541L, LEGACY), 0.5, Shape.of(5)), 0, 1, 1, 1, 0);
        PRNGKey bits = PRNGKey.of(942802475L, LEGACY);
        assertInts(Random.bits(bits, Shape.of(5), DType.U8), 10, 158, 82, 54, 158);
        assertInts(Random.bits(bits, Shape.of(5), DType.U16), 6738, 38161, 50695, 57337, 61600);
        assertInts(Random.bits(bits, Shape.of(5), DType.U32), 1978747883, 4134381225L, 3628107870L, 689687174,
                2788938207L);
        assertInts(Random.bits(bits, Shape.of(5), DType.U64), Long.parseUnsignedLong("17649965731882839947"),
                1415307058040849897L, 8282622628079774249L, Long.parseUnsignedLong("14024425113645909402"),
                2012979996110532418L);
        assertHex(Random.exponential(PRNGKey.of(1942292768L, LEGACY), Shape.of(5), DType.F32),
                "3f06ac4d 3d3050cf 3d238fbe 3eedb4d3 3dfdb7e0");
        assertHex(Random.gumbel(PRNGKey.of(1179715317L, LEGACY), Shape.of(5), DType.F32),
                "400449e4 3f6966e1 3e153bb8 3e3de07d bbe8fe71");
        assertHex(Random.normal(PRNGKey.of(1193674498L, LEGACY), Shape.of(5)),
                "bf962c84 bfc17e25 3d90930a bdcc50fc 3f86c3a0");
        assertInts(Random.randint(PRNGKey.of(1319372649L, LEGACY), Shape.of(5), 0, 10), 0, 5, 7, 7, 5);
        assertHex(Random.truncatedNormal(PRNGKey.of(2846034731L, LEGACY), 0, 2, Shape.of(5)),
                "3f1532cf 3fdad9c8 3e23575c 3f5c8328 3eb913f7");
        assertHex(Random.uniform(PRNGKey.of(1338574713L, LEGACY), Shape.of(5)),
                "3e98eb78 3d95f0a0 3f5f943e 3e8566a8 3ed35a14");
        assertHex(Random.logistic(PRNGKey.of(1466238935L, LEGACY), Shape.of(5), DType.F32),
                "3e48d120 bfdac248 be8c55fe be555288 bfd67673");
    }

    /** {@code jax/_src/internal_test_util/export_back_compat_test_data/{cuda,rocm}_threefry2x32.py}, legacy. */
    @Test
    void jaxExportBackCompatUniforms() {
        assertFloats(Random.uniform(PRNGKey.fromWords(42, 43, LEGACY), Shape.of(2, 4)), 0.42591238f, 0.076994896f,
                0.44370103f, 0.72904015f, 0.17879379f, 0.81439507f, 0.0019190311f, 0.68608475f);
        assertFloats(Random.uniform(PRNGKey.of(42, LEGACY), Shape.of(2, 4)), 0.6878003f, 0.599579f, 0.2652017f,
                0.24115169f, 0.76292205f, 0.28484797f, 0.040389538f, 0.0032066107f);
    }

    /** jax {@code docs/notebooks/Common_Gotchas_in_JAX.ipynb} (outputs of 2019), legacy. */
    @Test
    void commonGotchasNotebook() {
        PRNGKey key = PRNGKey.of(0, LEGACY);
        assertEquals(-0.20584226f, normal1(key));
        var ks = key.split();
        assertEquals(-1.2515389f, normal1(ks._2));
        var again = ks._1.split();
        assertEquals(PRNGKey.fromWords((int) 2384771982L, (int) 3928867769L, LEGACY), again._1);
        assertEquals(PRNGKey.fromWords(1278412471, (int) 2182328957L, LEGACY), again._2);
        assertEquals(-0.58665055f, normal1(again._2));
        var four = again._1.split(4);
        assertEquals(-0.37533438f, normal1(four.get(1)));
        assertEquals(0.98645043f, normal1(four.get(2)));
        assertEquals(0.14553197f, normal1(four.get(3)));
    }

    /** jax {@code docs/notebooks/quickstart.ipynb} (2022, run on GPU), legacy. */
    @Test
    void quickstartNotebook() {
        assertFloats(Random.normal(PRNGKey.of(0, LEGACY), Shape.of(10)), -0.3721109f, 0.26423115f, -0.18252768f,
                -0.7368197f, -0.44030377f, -0.1521442f, -0.67135346f, -0.5908641f, 0.73168886f, 0.5673026f);
    }

    /** jax {@code docs/jax-101/05-random-numbers.ipynb}: keys and the values that did not drift, legacy. */
    @Test
    void jax101Notebook() {
        var ks = PRNGKey.of(42, LEGACY).split();
        assertEquals(PRNGKey.fromWords((int) 2465931498L, (int) 3679230171L, LEGACY), ks._1);
        assertEquals(PRNGKey.fromWords(255383827, 267815257, LEGACY), ks._2);
        assertEquals(1.3694694f, normal1(ks._2));
    }

    /** jax {@code jax/_src/nn/initializers.py} docstring (2022): {@code uniform(10.0)(key(42), (2, 3))}, legacy. */
    @Test
    void initializersDocstringUniform() {
        float[] u = Random.uniform(PRNGKey.of(42, LEGACY), Shape.of(2, 3)).toFloatArray();
        for (int i = 0; i < u.length; i++) {
            u[i] *= 10f;
        }
        assertEquals(Arrays.toString(new float[] {7.298188f, 8.691938f, 8.7230015f, 2.0818567f, 1.8662417f,
            5.5022564f}), Arrays.toString(u));
    }

    /** GitHub issue jax-ml/jax#21061: {@code randint(key(72), (), 0, 10)} in both modes. */
    @Test
    void issue21061Randint() {
        assertInts(Random.randint(PRNGKey.of(72, LEGACY), Shape.scalar(), 0, 10), 3);
        assertInts(Random.randint(PRNGKey.of(72, PART), Shape.scalar(), 0, 10), 7);
    }

    /** MLX {@code tests/random_tests.cpp} (generated with JAX's legacy threefry). */
    @Test
    void mlxRandomTests() {
        PRNGKey k0 = PRNGKey.of(0, LEGACY);
        PRNGKey k1 = PRNGKey.of(1, LEGACY);
        assertInts(Random.bits(k0, Shape.scalar()), 1797259609);
        assertInts(Random.bits(k0, Shape.scalar(), DType.U16), 345);
        assertInts(Random.bits(k0, Shape.scalar(), DType.U8), 89);
        assertInts(Random.bits(k1, Shape.scalar()), 507451445);
        assertInts(Random.bits(k1, Shape.scalar(), DType.U16), 6197);
        assertInts(Random.bits(k1, Shape.scalar(), DType.U8), 53);
        assertInts(Random.bits(k0, Shape.of(3)), 4146024105L, 1351547692, 2718843009L);
        assertInts(Random.bits(k0, Shape.of(5), DType.U16), 20137, 63263, 64300, 20622, 16513);
        assertInts(Random.bits(k0, Shape.of(6), DType.U16), 20137, 63263, 64300, 20622, 16513, 41486);
        assertInts(Random.bits(k0, Shape.of(7), DType.U16), 20137, 63263, 1497, 14756, 16513, 41486, 44591);
        assertInts(Random.bits(k0, Shape.of(8), DType.U16), 20137, 63263, 1497, 14756, 16513, 41486, 44591, 19423);
        assertInts(Random.bits(k1, Shape.of(3)), 2441914641L, 1110694964, 3819641963L);
        assertEquals(io.vavr.collection.Vector.of(PRNGKey.fromWords((int) 2467461003L, 428148500, LEGACY),
                PRNGKey.fromWords((int) 3186719485L, (int) 3840466878L, LEGACY),
                PRNGKey.fromWords((int) 2562233961L, 1946702221, LEGACY)), k0.split(3));
    }

    /** e3nn-jax README and a widely copied tutorial (spec 9.4), legacy. */
    @Test
    void thirdPartyLegacyNormals() {
        assertInts(Random.bits(PRNGKey.of(0, LEGACY), Shape.of(4)), 4146024105L, 967050713, 2718843009L, 1272950319);
        assertFloats(Random.normal(PRNGKey.of(0, LEGACY), Shape.of(4)), 1.8160863f, -0.75488514f, 0.33988908f,
                -0.53483534f);
        assertFloats(Random.normal(PRNGKey.of(0, LEGACY), Shape.of(3)), 1.8160863f, -0.48262316f, 0.33988908f);
        assertFloats(Random.normal(PRNGKey.of(123, LEGACY), Shape.of(3)), -0.1470326f, 0.5524756f, 1.648498f);
    }

    /** github.com/GALVINLAI/lai_PSR_RCBCD, "Pseudorandom Numbers in JAX": three split-then-sample steps, legacy. */
    @Test
    void splitThenSampleTutorial() {
        PRNGKey key = PRNGKey.of(12, LEGACY);
        float[] want = {(float) 0.735927939414978, (float) 1.810187578201294, (float) 0.11553369462490082};
        for (float w : want) {
            var ks = key.split();
            key = ks._1;
            assertEquals(w, Random.normal(ks._2, Shape.scalar()).toFloatArray()[0]);
        }
    }

    /** npm {@code @jax-js/jax@0.1.25}, run by the spec's author: partitionable mode. */
    @Test
    void jaxJsPartitionableValues() {
        assertInts(Random.bits(PRNGKey.of(0), Shape.of(5)), 4070199207L, 4202968722L, 1427181096, 2012915765,
                2447653815L);
        assertFloats(Random.uniform(PRNGKey.of(0), Shape.of(5)), 0.947667f, 0.9785799f, 0.33229148f, 0.46866846f,
                0.5698887f);
        assertInts(Random.bits(PRNGKey.of(1701), Shape.of(5)), 1111271205, 2679469115L, 974515252, 521976754,
                2127438447);
        assertFloats(Random.uniform(PRNGKey.of(42), Shape.of(5)), 0.48870957f, 0.6797972f, 0.6162715f, 0.5610161f,
                0.4506446f);
        assertEquals(PRNGKey.of(0).foldIn(3), PRNGKey.of(0).split(4).get(3));
    }

    /** Spec 9.5 (JAX 0.10.2): samplers with no case in random.jsonl at these shapes. */
    @Test
    void jaxGeneratedTableExtras() {
        assertInts(Random.permutation(PRNGKey.of(0, LEGACY), 10), 2, 7, 9, 6, 0, 8, 1, 3, 4, 5);
        assertInts(Random.permutation(PRNGKey.of(42), 10), 7, 4, 2, 5, 3, 6, 8, 9, 0, 1);
        assertInts(Random.choice(PRNGKey.of(0, LEGACY), 10, Shape.of(5), true), 8, 1, 3, 8, 8);
        assertInts(Random.choice(PRNGKey.of(42, LEGACY), 10, Shape.of(5), false), 9, 0, 2, 6, 1);
        assertHex(Random.exponential(PRNGKey.of(0, LEGACY), Shape.of(3), DType.F32), "405724ff 3ec1786a 3f80511a");
        assertHex(Random.gumbel(PRNGKey.of(42), Shape.of(3), DType.F32), "3eab0e4a 3f73b78c 3f39bc5f");
        assertInts(Random.randint(PRNGKey.of(42), Shape.of(3), 0, 10, DType.I64), 5, 8, 3);
    }

    /** Spec 9.6: single elements of {@code normal}/{@code uniform(-3.7, 2.1)} of 2^20 elements, every branch. */
    @Test
    void branchCoverageSpotChecks() {
        Shape big = Shape.of(1 << 20);
        Array legacy = Random.normal(PRNGKey.of(0, LEGACY), big);
        int[][] legacyWant = {{2, 0x3f4c7d42}, {0, 0x3fc4a1f5}, {154, 0xc0503471}, {787170, 0x409bbf44},
            {71, 0xbf0e7f82}, {18, 0xbf96f838}};
        for (int[] w : legacyWant) {
            assertEquals(Integer.toHexString(w[1]), Long.toHexString(legacy.bitsAt(w[0])), "legacy index " + w[0]);
        }
        Array part = Random.normal(PRNGKey.of(0), big);
        int[][] partWant = {{2, 0xbede0017}, {0, 0x3fcfb2bd}, {288, 0xc04cb916}, {688122, 0xc094a57a},
            {82, 0x3f63bb45}, {83, 0x3f7ec587}};
        for (int[] w : partWant) {
            assertEquals(Integer.toHexString(w[1]), Long.toHexString(part.bitsAt(w[0])), "partitionable index " + w[0]);
        }
        assertEquals(0x3fde96c1L, Random.uniform(PRNGKey.of(0, LEGACY), big, -3.7, 2.1).bitsAt(0));
        assertEquals(0x3fe5f2b0L, Random.uniform(PRNGKey.of(0), big, -3.7, 2.1).bitsAt(0));
    }
}
