package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Known answers, aliases, deterministic initializers and the error messages users see, word for word. */
class InitializersTests {
    private static final PRNGKey KEY = PRNGKey.of(0);
    /** The key of JAX's docstrings: {@code jax.random.key(42)}, from before the partitionable default. */
    private static final PRNGKey DOC_KEY = PRNGKey.of(42, ThreefryMode.LEGACY);

    private static void fails(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    /**
     * The published {@code jax.nn.initializers} docstring outputs (jax/_src/nn/initializers.py, commit d3d666d081 and
     * jax-v0.4.16 for truncated_normal; key 42, shape (2, 3), float32), which shared/spec/flax-linen.md §1.7 shows
     * are exact for the uniform-based initializers and truncated_normal.
     */
    @Test
    void jaxDocstringValuesAreReproduced() {
        Shape s = Shape.of(2, 3);
        assertArrayEquals(new float[] {7.298188f, 8.691938f, 8.7230015f, 2.0818567f, 1.8662417f, 5.5022564f},
                Initializers.uniform(10.0).init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(new float[] {0.50350785f, 0.8088631f, 0.81566876f, -0.6393332f, -0.6865721f, 0.11003882f},
                Initializers.glorotUniform().init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(new float[] {0.56293887f, 0.90433645f, 0.9119454f, -0.71479625f, -0.7676109f, 0.12302713f},
                Initializers.lecunUniform().init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(new float[] {0.79611576f, 1.2789248f, 1.2896855f, -1.0108745f, -1.0855657f, 0.17398663f},
                Initializers.heUniform().init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(new float[] {2.9047365f, 5.2338114f, 5.29852f, -3.836303f, -4.192359f, 0.6022964f},
                Initializers.truncatedNormal(5.0).init(DOC_KEY, s).toFloatArray());
    }

    @Test
    void aliasesAreTheSameInitializers() {
        assertEquals(Initializers.glorotUniform(), Initializers.xavierUniform());
        assertEquals(Initializers.glorotNormal(), Initializers.xavierNormal());
        assertEquals(Initializers.heUniform(), Initializers.kaimingUniform());
        assertEquals(Initializers.heNormal(), Initializers.kaimingNormal());
        assertEquals(Initializers.heNormal(), Initializers.varianceScaling(2.0, "fan_in", "truncated_normal"));
        assertEquals(Initializers.varianceScaling(1, FanMode.FAN_IN, Distribution.NORMAL).withInAxis(0).withOutAxis(-1)
                .withBatchAxis(1), Initializers.varianceScaling(1, FanMode.FAN_IN, Distribution.NORMAL, 0, -1, 1));
        assertEquals(new RandomUniform(0, 0.01), Initializers.uniform());
        assertEquals(new RandomNormal(0, 0.01), Initializers.normal());
        assertEquals(new TruncatedNormal(0, 0.01, -2, 2), Initializers.truncatedNormal());
        assertEquals(Initializers.normal(0.05), KerasInitializers.randomNormal());
        assertEquals(new Identity(1.0), TorchInitializers.eye());
        assertEquals(new Orthogonal(1.0, -1), Initializers.orthogonal());
        assertEquals(new DeltaOrthogonal(2.0, -1), Initializers.deltaOrthogonal(2.0));
    }

    @Test
    void torchAndJaxKaimingAreDifferentFunctions() {
        Array jax = Initializers.kaimingNormal().init(KEY, Shape.of(64, 32));
        Array torch = TorchInitializers.kaimingNormal().init(KEY, Shape.of(64, 32));
        double maxJax = 0;
        double maxTorch = 0;
        for (double v : jax.toDoubleArray()) {
            maxJax = Math.max(maxJax, Math.abs(v));
        }
        for (double v : torch.toDoubleArray()) {
            maxTorch = Math.max(maxTorch, Math.abs(v));
        }
        double sigma = Math.sqrt(2.0 / 64);
        assertTrue(maxJax < 2 * sigma / 0.87962566103423978 + 1e-6, "JAX's He normal is truncated");
        assertTrue(maxTorch > 2.5 * sigma, "PyTorch's kaiming normal is not");
    }

    @Test
    void constantsFillEveryDtype() {
        assertArrayEquals(new int[] {42, 42}, Initializers.constant(42.7).init(KEY, Shape.of(2), DType.I32)
                .toIntArray());
        assertArrayEquals(new long[] {-3, -3}, Initializers.constant(-3.9).init(KEY, Shape.of(2), DType.I64)
                .toLongArray());
        assertEquals(0x3f80L, Initializers.ones().init(KEY, Shape.of(1), DType.BF16).bitsAt(0));
        assertEquals(1L, Initializers.constant(0.5).init(KEY, Shape.of(1), DType.BOOL).bitsAt(0));
        assertEquals(Shape.of(), Initializers.zeros().init(null, Shape.of()).shape());
    }

    @Test
    void identityAndDiracPlaceTheirOnes() {
        assertArrayEquals(new float[] {2, 0, 0, 0, 2, 0}, KerasInitializers.identity(2).init(KEY, Shape.of(2, 3))
                .toFloatArray());
        assertEquals(0x80000000L, KerasInitializers.identity(-1).init(KEY, Shape.of(2, 2)).bitsAt(1));
        float[] d = TorchInitializers.dirac(2).init(KEY, Shape.of(3, 2, 4)).toFloatArray();
        float[] want = new float[24];
        want[8 + 0 * 4 + 0] = 1;   // centre tap 1, in 0 -> out 0 (group 0)
        want[8 + 1 * 4 + 1] = 1;   // in 1 -> out 1 (group 0)
        want[8 + 0 * 4 + 2] = 1;   // in 0 -> out 2 (group 1)
        want[8 + 1 * 4 + 3] = 1;   // in 1 -> out 3 (group 1)
        assertArrayEquals(want, d);
    }

    @Test
    void fansFollowFlaxAndTorchLayouts() {
        assertEquals(new Fans(144, 288), Fans.of(Shape.of(3, 3, 16, 32)));
        assertEquals(Fans.of(Shape.of(3, 3, 16, 32)), Fans.ofTorchLayout(Shape.of(32, 16, 3, 3)));
        assertEquals(new Fans(12, 10), Fans.of(Shape.of(2, 6, 10), Vector.of(0, 1), Vector.of(2), Vector.empty()));
        assertEquals(new Fans(6, 10), Fans.of(Shape.of(2, 6, 10), Vector.of(-2), Vector.of(-1), Vector.of(0)));
    }

    @Test
    void gainsAreTorchs() {
        assertEquals(1.0, TorchInitializers.calculateGain("conv2d"));
        assertEquals(5.0 / 3, TorchInitializers.calculateGain("tanh"));
        assertEquals(Math.sqrt(2), TorchInitializers.calculateGain("relu"));
        assertEquals(Math.sqrt(2 / (1 + 0.01 * 0.01)), TorchInitializers.calculateGain("leaky_relu"));
        assertEquals(Math.sqrt(1.0 / 3), TorchInitializers.calculateGain("leaky_relu", Math.sqrt(5)), 1e-16);
        assertEquals(0.75, TorchInitializers.calculateGain("selu"));
    }

    @Test
    void mixedPicksTheFirstPatternMatchingTheStartOfThePath() {
        Mixed m = MxnetInitializers.mixed(Vector.of(".*bias$", "params/Dense_0", ".*"),
                Vector.of(Initializers.zeros(), Initializers.ones(), Initializers.lecunNormal()));
        assertEquals(Initializers.zeros(), m.select("params/Dense_0/bias").get());
        assertEquals(Initializers.ones(), m.select("params/Dense_0/kernel").get());
        assertEquals(Initializers.lecunNormal(), m.select("params/Dense_1/kernel").get());
        assertTrue(MxnetInitializers.mixed(Vector.of("bias"), Vector.of(Initializers.zeros()))
                .select("params/bias").isEmpty());
        assertEquals(Initializers.lecunNormal().init(KEY, Shape.of(4, 8)),
                m.init("params/Dense_1/kernel", KEY, Shape.of(4, 8), DType.F32));
    }

    @Test
    void badArgumentsAreNamed() {
        fails("Initializers.normal: expected stddev > 0, got -1.0", () -> Initializers.normal(-1));
        fails("Initializers.normal: expected stddev > 0, got 0.0", () -> Initializers.normal(0));
        fails("Initializers.normal: expected a finite stddev, got Infinity",
                () -> Initializers.normal(Double.POSITIVE_INFINITY));
        fails("Initializers.uniform: expected scale > 0, got NaN", () -> Initializers.uniform(Double.NaN));
        fails("Initializers.uniform: expected minval < maxval, got minval=1.0, maxval=1.0",
                () -> Initializers.uniform(1, 1));
        fails("Initializers.truncatedNormal: expected lower < upper, got lower=2.0, upper=-2.0",
                () -> Initializers.truncatedNormal(1, 2, -2));
        fails("Initializers.truncatedNormal: expected stddev > 0, got -0.5", () -> Initializers.truncatedNormal(-0.5));
        fails("Initializers.varianceScaling: expected scale > 0, got 0.0",
                () -> Initializers.varianceScaling(0, FanMode.FAN_IN, Distribution.NORMAL));
        fails("Initializers.varianceScaling: expected mode one of fan_in, fan_out, fan_avg, fan_geo_avg, got 'fan_inn'",
                () -> Initializers.varianceScaling(1, "fan_inn", "normal"));
        fails("Initializers.varianceScaling: expected distribution one of truncated_normal, normal, uniform, got"
                + " 'gaussian'", () -> Initializers.varianceScaling(1, "fan_in", "gaussian"));
        fails("KerasInitializers.randomNormal: expected stddev > 0, got -0.05",
                () -> KerasInitializers.randomNormal(0, -0.05));
        fails("TorchInitializers.calculateGain: expected nonlinearity one of linear, conv1d, conv2d, conv3d,"
                + " conv_transpose1d, conv_transpose2d, conv_transpose3d, sigmoid, tanh, relu, leaky_relu, selu, got"
                + " 'gelu'", () -> TorchInitializers.calculateGain("gelu"));
        fails("TorchInitializers.kaimingUniform: expected mode fan_in or fan_out, got fan_avg",
                () -> TorchInitializers.kaimingUniform(0, FanMode.FAN_AVG, "relu"));
        fails("TorchInitializers.truncNormal: expected a < b, got a=1.0, b=-1.0",
                () -> TorchInitializers.truncNormal(0, 1, 1, -1));
        fails("TorchInitializers.sparse: expected sparsity in [0, 1], got 1.5", () -> TorchInitializers.sparse(1.5));
        fails("TorchInitializers.dirac: expected groups >= 1, got 0", () -> TorchInitializers.dirac(0));
        fails("MxnetInitializers.xavier: expected rnd_type uniform or gaussian, got 'normal'",
                () -> MxnetInitializers.xavier("normal", "avg", 3));
        fails("MxnetInitializers.xavier: expected factor_type avg, in or out, got 'fan_in'",
                () -> MxnetInitializers.xavier("uniform", "fan_in", 3));
        fails("MxnetInitializers.mixed: expected as many patterns as initializers, got 2 patterns and 1 initializers",
                () -> MxnetInitializers.mixed(Vector.of("a", "b"), Vector.of(Initializers.zeros())));
        fails("Initializers.named: expected a class name that is not empty and not built in, got 'GlorotUniform'",
                () -> Initializers.named("GlorotUniform", (k, s, d) -> null));
    }

    @Test
    void badShapesAndDtypesAreNamed() {
        fails("Initializers.varianceScaling: cannot compute fans of a rank-1 shape (5,) with the default inAxis=-2,"
                + " outAxis=-1; give inAxis/outAxis explicitly",
                () -> Initializers.varianceScaling(3, FanMode.FAN_IN, Distribution.NORMAL).init(KEY, Shape.of(5)));
        fails("Initializers.heNormal: cannot compute fans of a rank-0 shape () with the default inAxis=-2,"
                + " outAxis=-1; give inAxis/outAxis explicitly", () -> Initializers.heNormal().init(KEY, Shape.of()));
        fails("Initializers.glorotUniform: expected a shape without zero-size dimensions to compute fans, got (0, 8)",
                () -> Initializers.glorotUniform().init(KEY, Shape.of(0, 8)));
        fails("Initializers.lecunNormal: expected outAxis in [-2, 2), got 2 for shape (4, 8)",
                () -> Initializers.lecunNormal().withOutAxis(2).init(KEY, Shape.of(4, 8)));
        fails("Initializers.normal: expected a floating dtype (float32, float64, float16, bfloat16), got int32",
                () -> Initializers.normal().init(KEY, Shape.of(2), DType.I32));
        fails("Initializers.heUniform: expected a floating dtype (float32, float64, float16, bfloat16), got uint8",
                () -> Initializers.heUniform().init(KEY, Shape.of(2, 2), DType.U8));
        fails("Initializers.orthogonal: expected a shape of rank >= 2, got (5,)",
                () -> Initializers.orthogonal().init(KEY, Shape.of(5)));
        fails("Initializers.orthogonal: expected columnAxis in [-2, 2), got 2 for shape (3, 4)",
                () -> Initializers.orthogonal(1, 2).init(KEY, Shape.of(3, 4)));
        fails("Initializers.deltaOrthogonal: expected a shape of rank 3 to 5, got (4, 4)",
                () -> Initializers.deltaOrthogonal().init(KEY, Shape.of(4, 4)));
        fails("Initializers.deltaOrthogonal: expected shape[-1] >= shape[-2] (fan_in <= fan_out), got (3, 3, 8, 4)",
                () -> Initializers.deltaOrthogonal().init(KEY, Shape.of(3, 3, 8, 4)));
        fails("KerasInitializers.identity: expected a shape of rank 2, got (3, 3, 3)",
                () -> KerasInitializers.identity().init(KEY, Shape.of(3, 3, 3)));
        fails("KerasInitializers.identity: expected a shape of rank 2, got (3,)",
                () -> KerasInitializers.identity().init(KEY, Shape.of(3)));
        fails("TorchInitializers.kaimingNormal: expected a shape of rank >= 2, got (5,)",
                () -> TorchInitializers.kaimingNormal().init(KEY, Shape.of(5)));
        fails("TorchInitializers.dirac: expected shape[-1] (out channels) divisible by groups=2, got (3, 3, 4, 5)",
                () -> TorchInitializers.dirac(2).init(KEY, Shape.of(3, 3, 4, 5)));
        fails("TorchInitializers.sparse: expected a shape of rank 2, got (2, 3, 4)",
                () -> TorchInitializers.sparse(0.1).init(KEY, Shape.of(2, 3, 4)));
        fails("MxnetInitializers.msraPrelu: expected a shape of rank >= 2, got (7,)",
                () -> MxnetInitializers.msraPrelu().init(KEY, Shape.of(7)));
        fails("Initializer.scaled: expected a floating dtype (float32, float64, float16, bfloat16), got int32",
                () -> Initializers.ones().scaled(2).init(KEY, Shape.of(2), DType.I32));
        fails("Initializers.constant: expected a value representable in int8, got 300.0",
                () -> Initializers.constant(300).init(KEY, Shape.of(2), DType.I8));
        fails("Mixed.init: expected a pattern matching 'params/x', got none of [.*bias$]. Add \".*\" as the last"
                + " pattern for a default", () -> MxnetInitializers.mixed(Vector.of(".*bias$"),
                        Vector.of(Initializers.zeros())).init("params/x", KEY, Shape.of(1), DType.F32));
    }
}
