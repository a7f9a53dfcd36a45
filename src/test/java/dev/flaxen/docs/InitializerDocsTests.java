package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Constant;
import dev.flaxen.init.Distribution;
import dev.flaxen.init.FanMode;
import dev.flaxen.init.Fans;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.InitializerConfig;
import dev.flaxen.init.Initializers;
import dev.flaxen.init.KerasInitializers;
import dev.flaxen.init.Mixed;
import dev.flaxen.init.MxnetInitializers;
import dev.flaxen.init.Named;
import dev.flaxen.init.Scaled;
import dev.flaxen.init.TorchInitializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc examples of {@code dev.flaxen.init} and the code of docs/initializers.md, compiled and checked. Values
 * shown for random initializers are JAX's published docstring outputs ({@code jax/_src/nn/initializers.py}, key 42 in
 * legacy mode, shape (2, 3)); the other examples are checked for what their comments claim.
 */
class InitializerDocsTests {
    private static final PRNGKey KEY = PRNGKey.of(0);
    private static final PRNGKey DOC_KEY = PRNGKey.of(42, ThreefryMode.LEGACY);

    private static float[] floats(double... v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    @Test
    void initializerExamples() {
        Initializer init = Initializers.lecunNormal();
        Array w = init.init(KEY, Shape.of(4, 8));
        Array h = init.init(KEY, Shape.of(4, 8), DType.BF16);
        assertEquals(DType.F32, w.dtype());
        assertEquals(DType.BF16, h.dtype());
        Initializer mine = (key, shape, dtype) -> Random.normal(key, shape, dtype);
        assertEquals(Random.normal(KEY, Shape.of(3)), mine.init(KEY, Shape.of(3)));
        assertArrayEquals(new float[6], Initializers.zeros().init(KEY, Shape.of(2, 3), DType.F32).toFloatArray());
        assertArrayEquals(floats(1, 1, 1), Initializers.ones().init(KEY, Shape.of(3)).toFloatArray());
        assertEquals("{\"class_name\":\"flaxen>Scaled\",\"config\":{\"factor\":0.1,\"initializer\":{\"class_name\":"
                + "\"HeNormal\",\"config\":{\"seed\":null}}}}", Initializers.heNormal().scaled(0.1).toConfig());
        assertEquals("Some({\"class_name\":\"GlorotUniform\",\"config\":{\"seed\":null}})",
                Initializers.glorotUniform().config().toString());
        assertTrue(((Initializer) (k, s, d) -> null).config().isEmpty());
        assertEquals("{\"class_name\":\"RandomNormal\",\"config\":{\"seed\":null,\"mean\":0.0,\"stddev\":0.02}}",
                Initializers.normal(0.02).toConfig());
    }

    /** Initializer.map's example and docs/initializers.md: d2l's my_init. */
    static Initializer myInit() {
        return Initializers.uniform(-10, 10).map(w -> {
            float[] v = w.toFloatArray();
            return Array.generateFloat(w.shape(), out -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Math.abs(v[i]) >= 5 ? v[i] : 0f;
                }
            });
        });
    }

    @Test
    void mapZeroesSmallWeights() {
        float[] u = Random.uniform(KEY, Shape.of(4, 8), -10, 10).toFloatArray();
        float[] w = myInit().init(KEY, Shape.of(4, 8)).toFloatArray();
        for (int i = 0; i < u.length; i++) {
            assertEquals(Math.abs(u[i]) >= 5 ? u[i] : 0f, w[i]);
        }
    }

    /** docs/initializers.md: the seed chapter's distribution as a lambda. */
    static final Initializer SPIKY = (key, shape, dtype) -> {
        if (dtype != DType.F32) {
            throw new IllegalArgumentException("spiky: expected float32, got " + dtype);
        }
        Tuple2<PRNGKey, PRNGKey> k = key.split();
        float[] piece = Random.uniform(k._1, shape).toFloatArray();
        float[] size = Random.uniform(k._2, shape, 5, 10).toFloatArray();
        return Array.generateFloat(shape, out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = piece[i] < 0.25f ? size[i] : piece[i] < 0.75f ? 0f : -size[i];
            }
        });
    };

    @Test
    void spikyDrawsTheSeedChaptersDistribution() {
        int n = 40000;
        for (Initializer init : new Initializer[] {SPIKY, myInit()}) {
            int zero = 0;
            int high = 0;
            int low = 0;
            for (float v : init.init(KEY, Shape.of(n)).toFloatArray()) {
                if (v == 0) {
                    zero++;
                } else if (v >= 5 && v < 10) {
                    high++;
                } else if (v <= -5 && v >= -10) {
                    low++;
                }
            }
            assertEquals(n, zero + high + low, "every value is 0 or in [5, 10) or [-10, -5]");
            assertEquals(0.5, zero / (double) n, 0.01);
            assertEquals(0.25, high / (double) n, 0.01);
            assertEquals(0.25, low / (double) n, 0.01);
        }
        assertEquals("spiky: expected float32, got float16", assertThrows(IllegalArgumentException.class,
                () -> SPIKY.init(KEY, Shape.of(2), DType.F16)).getMessage());
    }

    @Test
    void configExamples() throws Exception {
        InitializerConfig c = Initializers.heUniform().config().get();
        assertEquals("HeUniform", c.className());
        assertEquals("{\"class_name\":\"HeUniform\",\"config\":{\"seed\":null}}", c.toJson());
        assertEquals(Initializers.heUniform(), Initializers.fromConfig(c.toJson()));
        assertEquals("Zeros", InitializerConfig.of("Zeros", JsonNodeFactory.instance.objectNode()).className());
        assertEquals("Ones", InitializerConfig.parse("{\"class_name\": \"Ones\", \"config\": {}}").className());
        assertEquals("Zeros", InitializerConfig.fromJson(new ObjectMapper()
                .readTree("{\"class_name\":\"Zeros\",\"config\":{}}")).className());
        assertEquals(Initializers.heNormal(),
                Initializers.fromConfig("{\"class_name\": \"HeNormal\", \"config\": {\"seed\": null}}"));
        assertEquals(Initializers.ones(), Initializers.fromConfig(Initializers.ones().config().get()));
        String json = Initializers.heNormal().toConfig();
        assertEquals("{\"class_name\":\"HeNormal\",\"config\":{\"seed\":null}}", json);
        assertEquals(Initializers.heNormal(), Initializers.fromConfig(new ObjectMapper().readTree(json)));
    }

    @Test
    void namedExample() {
        Initializer lambda = (key, shape, dtype) -> SPIKY.init(key, shape, dtype);
        Named spiky = Initializers.named("myproject>Spiky", lambda);
        String json = spiky.toConfig();
        assertEquals("{\"class_name\":\"myproject>Spiky\",\"config\":{}}", json);
        assertEquals(spiky, Initializers.fromConfig(json, HashMap.of("myproject>Spiky", c -> spiky)));
    }

    @Test
    void recordExamples() {
        assertArrayEquals(new int[] {42, 42}, new Constant(42).init(KEY, Shape.of(2), DType.I32).toIntArray());
        assertEquals(Initializers.normal(0.01), new dev.flaxen.init.RandomNormal(0, 0.01));
        assertEquals(new Scaled(Initializers.orthogonal(), 0.5), Initializers.orthogonal().scaled(0.5));
        assertEquals(Initializers.glorotUniform().withInAxis(0, 1).withOutAxis(2).inAxis(), Vector.of(0, 1));
        assertEquals(FanMode.FAN_AVG, FanMode.of("fan_avg"));
        assertEquals(FanMode.FAN_IN, FanMode.of("FAN_IN"));
        assertEquals("fan_in", FanMode.FAN_IN.jaxName());
        assertEquals(Distribution.TRUNCATED_NORMAL, Distribution.of("truncated_normal"));
        assertEquals(Distribution.UNIFORM, Distribution.of("uniform"));
    }

    @Test
    void jaxDocstringExamples() {
        Shape s = Shape.of(2, 3);
        assertArrayEquals(floats(7.298188, 8.691938, 8.7230015, 2.0818567, 1.8662417, 5.5022564),
                Initializers.uniform(10.0).init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(floats(2.9047365, 5.2338114, 5.29852, -3.836303, -4.192359, 0.6022964),
                Initializers.truncatedNormal(5.0).init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(floats(0.50350785, 0.8088631, 0.81566876, -0.6393332, -0.6865721, 0.11003882),
                Initializers.glorotUniform().init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(floats(0.79611576, 1.2789248, 1.2896855, -1.0108745, -1.0855657, 0.17398663),
                Initializers.heUniform().init(DOC_KEY, s).toFloatArray());
        assertArrayEquals(floats(0.56293887, 0.90433645, 0.9119454, -0.71479625, -0.7676109, 0.12302713),
                Initializers.lecunUniform().init(DOC_KEY, s).toFloatArray());
    }

    @Test
    void initializersExamples() {
        assertArrayEquals(new float[3], Initializers.zeros().init(KEY, Shape.of(3)).toFloatArray());
        assertEquals(0x3f80L, Initializers.ones().init(KEY, Shape.of(2), DType.BF16).bitsAt(1));
        for (float v : Initializers.constant(42).init(KEY, Shape.of(8, 1)).toFloatArray()) {
            assertEquals(42f, v);
        }
        for (float v : Initializers.truncatedNormal(1.0, -3, 1).init(KEY, Shape.of(1000)).toFloatArray()) {
            assertTrue(v > -3 && v < 1);
        }
        assertEquals(Initializers.heNormal(), Initializers.varianceScaling(2.0, "fan_in", "truncated_normal"));
        assertEquals(Shape.of(3, 3, 16, 32), Initializers.heNormal().init(KEY, Shape.of(3, 3, 16, 32)).shape());
        double[] q = Initializers.orthogonal(2.0).init(KEY, Shape.of(6, 4), DType.F64).toDoubleArray();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double dot = 0;
                for (int r = 0; r < 6; r++) {
                    dot += q[r * 4 + i] * q[r * 4 + j];
                }
                assertEquals(i == j ? 4 : 0, dot, 1e-12);
            }
        }
        Initializer half = Initializers.of((k, s, d) -> Random.normal(k, s, d)).scaled(0.5);
        assertEquals(Initializers.normal(0.5).init(KEY, Shape.of(5)), half.init(KEY, Shape.of(5)));
    }

    @Test
    void otherFrameworksExamples() {
        assertArrayEquals(floats(1, 0, 0, 0, 1, 0, 0, 0, 1),
                KerasInitializers.identity().init(KEY, Shape.of(3, 3)).toFloatArray());
        assertArrayEquals(floats(2, 0, 0, 0, 2, 0), KerasInitializers.identity(2).init(KEY, Shape.of(2, 3))
                .toFloatArray());
        assertEquals(Initializers.normal(0.05), KerasInitializers.randomNormal());
        assertEquals(Initializers.truncatedNormal(0.05), KerasInitializers.truncatedNormal());
        assertEquals(1.6666666666666667, TorchInitializers.calculateGain("tanh"));
        assertEquals(Math.sqrt(1.0 / 3), TorchInitializers.calculateGain("leaky_relu", Math.sqrt(5)), 1e-16);
        assertEquals(Math.sqrt(2 / 1.04), TorchInitializers.calculateGain("leaky_relu", 0.2), 1e-15);
        assertEquals(Shape.of(3, 4, 8), TorchInitializers.dirac(2).init(KEY, Shape.of(3, 4, 8)).shape());
        float[] sparse = TorchInitializers.sparse(0.9, 0.01).init(KEY, Shape.of(100, 50)).toFloatArray();
        for (int r = 0; r < 100; r++) {
            int zeros = 0;
            for (int c = 0; c < 50; c++) {
                zeros += sparse[r * 50 + c] == 0 ? 1 : 0;
            }
            assertEquals(45, zeros);
        }
        Mixed m = MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
                Vector.of(Initializers.zeros(), Initializers.lecunNormal()));
        assertEquals("Some(Constant[value=0.0])", m.select("params/Dense_0/bias").toString());
        assertEquals(Initializers.lecunNormal().init(KEY, Shape.of(4, 8)),
                m.init("params/Dense_0/kernel", KEY, Shape.of(4, 8), DType.F32));
        assertEquals(m, Mixed.fromConfig(m.config().get().toJson()));
    }

    @Test
    void fansExamples() {
        assertEquals("Fans[fanIn=144.0, fanOut=288.0]", Fans.of(Shape.of(3, 3, 16, 32)).toString());
        assertEquals(Fans.of(Shape.of(3, 3, 16, 32)), Fans.ofTorchLayout(Shape.of(32, 16, 3, 3)));
        assertEquals("Fans[fanIn=4.0, fanOut=8.0]", Fans.of(Shape.of(4, 8)).toString());
        assertEquals("Fans[fanIn=12.0, fanOut=10.0]",
                Fans.of(Shape.of(2, 6, 10), Vector.of(0, 1), Vector.of(2), Vector.empty()).toString());
        assertEquals("Fans[fanIn=4.0, fanOut=8.0]", Fans.ofTorchLayout(Shape.of(8, 4)).toString());
    }
}
