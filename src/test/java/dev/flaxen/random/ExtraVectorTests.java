package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.vectors.VectorFiles;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The cases of {@code vectors/extra.jsonl}: samplers and corners that {@code random.jsonl} does not cover, made with
 * real JAX 0.10.2 on CPU by {@code vectors/gen_extra.py} (each case records its call). Bit for bit; float64
 * results of the log-based samplers pass through glibc's {@code log} in JAX and are held to
 * {@link JaxVectorTests#HOST_LIBM_ULPS} ulp.
 */
class ExtraVectorTests {
    private static long ulps(JsonNode c) {
        return c.get("output").get("dtype").asText().equals("float64") ? JaxVectorTests.HOST_LIBM_ULPS : 0;
    }

    private static int check(String kind, Function<JsonNode, Array> compute) {
        List<JsonNode> cases = Vectors.extra(kind);
        int n = Vectors.check(cases, compute, ExtraVectorTests::ulps);
        assertEquals(true, n > 0, kind);
        return n;
    }

    private static Array sampler(JsonNode c, String name) {
        JsonNode p = c.get("params");
        PRNGKey key = VectorFiles.key(c);
        Shape shape = VectorFiles.shape(p);
        DType dtype = VectorFiles.dtype(p);
        switch (name) {
            case "exponential":
                return Random.exponential(key, shape, dtype);
            case "gumbel":
                return Random.gumbel(key, shape, dtype);
            default:
                return Random.logistic(key, shape, dtype);
        }
    }

    @Test
    void exponentialMatchesJax() {
        check("exponential", c -> sampler(c, "exponential"));
    }

    @Test
    void gumbelMatchesJax() {
        check("gumbel", c -> sampler(c, "gumbel"));
    }

    @Test
    void logisticMatchesJax() {
        check("logistic", c -> sampler(c, "logistic"));
    }

    @Test
    void choiceMatchesJax() {
        check("choice", c -> {
            JsonNode p = c.get("params");
            return Random.choice(VectorFiles.key(c), p.get("n").asInt(), VectorFiles.shape(p),
                    p.get("replace").asBoolean());
        });
    }

    @Test
    void weightedChoiceMatchesJax() {
        check("choice_p", c -> {
            JsonNode p = c.get("params");
            JsonNode w = p.get("p");
            Array weights = Array.generateFloat(Shape.of(w.size()), out -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) w.get(i).asDouble();
                }
            });
            return Random.choice(VectorFiles.key(c), p.get("n").asInt(), VectorFiles.shape(p),
                    p.get("replace").asBoolean(), weights);
        });
    }

    @Test
    void randintOfEveryIntegerDtypeAndClippedBoundsMatchesJax() {
        check("randint", c -> {
            JsonNode p = c.get("params");
            return Random.randint(VectorFiles.key(c), VectorFiles.shape(p), p.get("minval").asLong(),
                    p.get("maxval").asLong(), VectorFiles.dtype(p));
        });
    }

    @Test
    void truncatedNormalWithExtremeBoundsMatchesJax() {
        check("truncated_normal", c -> {
            JsonNode p = c.get("params");
            return Random.truncatedNormal(VectorFiles.key(c), p.get("lower").asDouble(), p.get("upper").asDouble(),
                    VectorFiles.shape(p), VectorFiles.dtype(p));
        });
    }

    @Test
    void uniformOfOddLengthsMatchesJax() {
        check("uniform", c -> {
            JsonNode p = c.get("params");
            return Random.uniform(VectorFiles.key(c), VectorFiles.shape(p), VectorFiles.dtype(p),
                    p.get("minval").asDouble(), p.get("maxval").asDouble());
        });
    }

    @Test
    void permutationOfShortLengthsMatchesJax() {
        check("permutation", c -> Random.permutation(VectorFiles.key(c), c.get("params").get("n").asInt()));
    }

    @Test
    void permutationAlongAnInnerAxisMatchesJax() {
        check("permutation_axis1", c -> {
            Array x = Array.generateFloat(Shape.of(2, 3, 4), out -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = i;
                }
            });
            return Random.permutation(VectorFiles.key(c), x, 1);
        });
    }

    @Test
    void narrowBitsOfOddLengthsMatchJax() {
        Function<JsonNode, Array> bits = c -> Random.bits(VectorFiles.key(c), VectorFiles.shape(c.get("params")),
                VectorFiles.dtype(c.get("params")));
        check("bits8", bits);
        check("bits16", bits);
    }

    /**
     * Bounds that round to neighbouring float16 values make JAX's clip bounds cross; {@code jnp.clip} then gives the
     * upper one. Real JAX 0.10.2, partitionable: {@code jax.random.truncated_normal(jax.random.PRNGKey(0),
     * -7.999046634796677, -7.998046634796677, (64,), jnp.float16)} is -8.0 in every element (run 2026-11-23).
     */
    @Test
    void truncatedNormalWithBoundsOneFloat16StepApartIsJaxsCrossedClip() {
        Array x = Random.truncatedNormal(PRNGKey.of(0), -7.999046634796677, -7.998046634796677, Shape.of(64), DType.F16);
        assertEquals(Array.full(Shape.of(64), -8.0, DType.F16), x);
    }
}
