package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.random.Random;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Configs: Keras 3's class names and keys where Keras has the initializer ({@code keras/src/initializers}, read at
 * keras-team/keras commit 107f5a8: {@code get_config} writes {@code seed} first, then the arguments), Flaxen's
 * {@code flaxen>} names otherwise, and the errors of reading them.
 */
class ConfigTests {
    private static void fails(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void kerasInitializersWriteKerasConfigs() {
        assertEquals("{\"class_name\":\"Zeros\",\"config\":{}}", Initializers.zeros().toConfig());
        assertEquals("{\"class_name\":\"Ones\",\"config\":{}}", Initializers.ones().toConfig());
        assertEquals("{\"class_name\":\"Constant\",\"config\":{\"value\":42.0}}", Initializers.constant(42).toConfig());
        assertEquals("{\"class_name\":\"RandomNormal\",\"config\":{\"seed\":null,\"mean\":0.0,\"stddev\":0.02}}",
                Initializers.normal(0.02).toConfig());
        assertEquals("{\"class_name\":\"RandomUniform\",\"config\":{\"seed\":null,\"minval\":0.0,\"maxval\":0.01}}",
                Initializers.uniform().toConfig());
        assertEquals("{\"class_name\":\"TruncatedNormal\",\"config\":{\"seed\":null,\"mean\":0.0,\"stddev\":0.02}}",
                Initializers.truncatedNormal(0.02).toConfig());
        assertEquals("{\"class_name\":\"GlorotUniform\",\"config\":{\"seed\":null}}",
                Initializers.xavierUniform().toConfig());
        assertEquals("{\"class_name\":\"HeNormal\",\"config\":{\"seed\":null}}", Initializers.kaimingNormal().toConfig());
        assertEquals("{\"class_name\":\"LecunNormal\",\"config\":{\"seed\":null}}", Initializers.lecunNormal().toConfig());
        assertEquals("{\"class_name\":\"VarianceScaling\",\"config\":{\"seed\":null,\"scale\":2.0,\"mode\":\"fan_out\","
                + "\"distribution\":\"untruncated_normal\"}}",
                Initializers.varianceScaling(2, "fan_out", "normal").toConfig());
        assertEquals("{\"class_name\":\"Orthogonal\",\"config\":{\"seed\":null,\"gain\":2.0}}",
                Initializers.orthogonal(2).toConfig());
        assertEquals("{\"class_name\":\"Identity\",\"config\":{\"gain\":1.0}}", TorchInitializers.eye().toConfig());
    }

    @Test
    void jaxOnlyArgumentsWriteFlaxenConfigs() {
        assertEquals("{\"class_name\":\"flaxen>VarianceScaling\",\"config\":{\"scale\":1.0,\"mode\":\"fan_in\","
                + "\"distribution\":\"normal\",\"in_axis\":[0,1],\"out_axis\":2,\"batch_axis\":[]}}",
                Initializers.varianceScaling(1, "fan_in", "normal").withInAxis(0, 1).withOutAxis(2).toConfig());
        assertEquals("{\"class_name\":\"flaxen>VarianceScaling\",\"config\":{\"scale\":1.0,\"mode\":\"fan_geo_avg\","
                + "\"distribution\":\"uniform\",\"in_axis\":-2,\"out_axis\":-1,\"batch_axis\":[]}}",
                Initializers.varianceScaling(1, "fan_geo_avg", "uniform").toConfig());
        assertEquals("{\"class_name\":\"flaxen>TruncatedNormal\",\"config\":{\"mean\":0.0,\"stddev\":1.0,"
                + "\"lower\":-3.0,\"upper\":1.0}}", Initializers.truncatedNormal(1, -3, 1).toConfig());
        assertEquals("{\"class_name\":\"flaxen>Orthogonal\",\"config\":{\"scale\":1.0,\"column_axis\":0}}",
                Initializers.orthogonal(1, 0).toConfig());
        assertEquals("{\"class_name\":\"flaxen>TorchKaiming\",\"config\":{\"a\":0.0,\"mode\":\"fan_in\","
                + "\"nonlinearity\":\"leaky_relu\",\"distribution\":\"uniform\"}}",
                TorchInitializers.kaimingUniform().toConfig());
        assertEquals("{\"class_name\":\"flaxen>MxnetXavier\",\"config\":{\"rnd_type\":\"uniform\",\"factor_type\":"
                + "\"avg\",\"magnitude\":3.0}}", MxnetInitializers.xavier().toConfig());
        assertEquals("{\"class_name\":\"flaxen>Scaled\",\"config\":{\"factor\":0.5,\"initializer\":{\"class_name\":"
                + "\"Ones\",\"config\":{}}}}", Initializers.ones().scaled(0.5).toConfig());
    }

    @Test
    void kerasConfigsAreReadWithKerasMeanings() {
        assertEquals(Initializers.heNormal(), Initializers.fromConfig(
                "{\"module\": \"keras.initializers\", \"class_name\": \"HeNormal\", \"config\": {\"seed\": null},"
                        + " \"registered_name\": null}"));
        assertEquals(Initializers.varianceScaling(1, "fan_avg", "truncated_normal"), Initializers.fromConfig(
                "{\"class_name\": \"VarianceScaling\", \"config\": {\"mode\": \"fan_avg\", \"distribution\": \"normal\"}}"));
        assertEquals(Initializers.varianceScaling(1, "fan_in", "normal"), Initializers.fromConfig(
                "{\"class_name\": \"VarianceScaling\", \"config\": {\"distribution\": \"untruncated_normal\"}}"));
        assertEquals(KerasInitializers.randomUniform(), Initializers.fromConfig(
                "{\"class_name\": \"RandomUniform\", \"config\": {}}"));
        assertEquals(Initializers.orthogonal(1.5), Initializers.fromConfig(
                "{\"class_name\": \"OrthogonalInitializer\", \"config\": {\"gain\": 1.5, \"seed\": null}}"));
        assertEquals(Initializers.constant(7), Initializers.fromConfig(
                "{\"class_name\": \"Constant\", \"config\": {\"value\": 7}}"));
    }

    @Test
    void configsRoundTripAsObjectsAndNodes() throws Exception {
        InitializerConfig c = Initializers.glorotNormal().config().get();
        assertEquals(c, InitializerConfig.parse(c.toJson()));
        assertEquals(Initializers.glorotNormal(), Initializers.fromConfig(c));
        assertEquals(Initializers.glorotNormal(), Initializers.fromConfig(new ObjectMapper().readTree(c.toJson())));
        c.config().put("seed", 3);
        assertEquals("{\"class_name\":\"GlorotNormal\",\"config\":{\"seed\":null}}", c.toJson());
        Mixed m = MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
                Vector.of(Initializers.zeros(), Initializers.heNormal()));
        assertEquals(m, Mixed.fromConfig(m.config().get().toJson()));
        assertEquals(Double.NaN, ((Constant) Initializers.fromConfig(Initializers.constant(Double.NaN).toConfig()))
                .value());
    }

    @Test
    void lambdasHaveNoConfigUnlessNamed() {
        Initializer lambda = (k, s, d) -> Random.normal(k, s, d);
        assertTrue(lambda.config().isEmpty());
        assertTrue(lambda.scaled(2).config().isEmpty());
        assertTrue(Initializers.ones().map(a -> a).config().isEmpty());
        assertTrue(MxnetInitializers.mixed(Vector.of(".*"), Vector.of(lambda)).config().isEmpty());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, lambda::toConfig);
        assertEquals("Initializer.toConfig: a lambda initializer has no config. Use a built-in initializer"
                + " (Initializers, KerasInitializers, TorchInitializers, MxnetInitializers), give the lambda a name"
                + " with Initializers.named(className, lambda), or implement config() in your own type", e.getMessage());
        Named named = Initializers.named("myproject>Normal", lambda);
        assertEquals("{\"class_name\":\"myproject>Normal\",\"config\":{}}", named.toConfig());
        assertEquals(named, Initializers.fromConfig(named.toConfig(), HashMap.of("myproject>Normal",
                c -> Initializers.named("myproject>Normal", lambda))));
    }

    @Test
    void badConfigsAreNamed() {
        fails("Initializers.fromConfig: expected JSON text, got {nope: Unexpected character ('n' (code 110)): was"
                + " expecting double-quote to start field name", () -> Initializers.fromConfig("{nope"));
        fails("Initializers.fromConfig: expected {\"class_name\": ..., \"config\": {...}}, got [1,2]",
                () -> Initializers.fromConfig("[1, 2]"));
        fails("Initializers.fromConfig: expected seed null in the config of GlorotUniform, got 42. Flaxen"
                + " initializers take their PRNGKey when called, so a config has no seed",
                () -> Initializers.fromConfig("{\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": 42}}"));
        fails("Initializers.fromConfig: expected only the keys seed, mean, stddev in the config of RandomNormal,"
                + " got 'sigma'", () -> Initializers.fromConfig(
                        "{\"class_name\": \"RandomNormal\", \"config\": {\"sigma\": 1}}"));
        fails("Initializers.fromConfig: expected 'stddev' in the config of RandomNormal to be a number, got \"big\"",
                () -> Initializers.fromConfig("{\"class_name\": \"RandomNormal\", \"config\": {\"stddev\": \"big\"}}"));
        fails("RandomNormal: expected stddev > 0, got -1.0", () -> Initializers.fromConfig(
                "{\"class_name\": \"RandomNormal\", \"config\": {\"stddev\": -1}}"));
        fails("Initializers.fromConfig: expected mode one of fan_in, fan_out, fan_avg in the config of"
                + " VarianceScaling (Keras), got 'fan_geo_avg'. Use flaxen>VarianceScaling",
                () -> Initializers.fromConfig("{\"class_name\": \"VarianceScaling\", \"config\":"
                        + " {\"mode\": \"fan_geo_avg\"}}"));
        fails("Initializers.fromConfig: expected key 'sparsity' in the config of flaxen>Sparse, got {}",
                () -> Initializers.fromConfig("{\"class_name\": \"flaxen>Sparse\", \"config\": {}}"));
        String unknown = assertThrows(IllegalArgumentException.class, () -> Initializers.fromConfig(
                "{\"class_name\": \"STFTInitializer\", \"config\": {}}")).getMessage();
        assertTrue(unknown.startsWith("Initializers.fromConfig: expected a known class_name, got 'STFTInitializer'."
                + " Known: Zeros, Ones, Constant, RandomUniform, "), unknown);
    }
}
