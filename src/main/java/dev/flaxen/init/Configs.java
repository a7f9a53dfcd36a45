package dev.flaxen.init;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.function.Function;

/** The readers of every built-in class name, Keras's and Flaxen's, and the dispatch of {@code fromConfig}. */
final class Configs {
    private static final String F = ConfigWriter.FLAXEN;
    private static final Map<String, Function<ConfigReader, Initializer>> BUILT_IN =
            LinkedHashMap.<String, Function<ConfigReader, Initializer>>empty()
                    .put("Zeros", Constant::zeros)
                    .put("Ones", Constant::ones)
                    .put("Constant", r -> Constant.fromConfig(r, 0.0))
                    .put("RandomUniform", RandomUniform::fromConfig)
                    .put("RandomNormal", RandomNormal::fromConfig)
                    .put("TruncatedNormal", TruncatedNormal::fromKerasConfig)
                    .put("VarianceScaling", VarianceScaling::fromKerasConfig)
                    .put("GlorotUniform", r -> VarianceScaling.named(r, 1, FanMode.FAN_AVG, Distribution.UNIFORM))
                    .put("GlorotNormal", r -> VarianceScaling.named(r, 1, FanMode.FAN_AVG, Distribution.TRUNCATED_NORMAL))
                    .put("LecunUniform", r -> VarianceScaling.named(r, 1, FanMode.FAN_IN, Distribution.UNIFORM))
                    .put("LecunNormal", r -> VarianceScaling.named(r, 1, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL))
                    .put("HeUniform", r -> VarianceScaling.named(r, 2, FanMode.FAN_IN, Distribution.UNIFORM))
                    .put("HeNormal", r -> VarianceScaling.named(r, 2, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL))
                    .put("Orthogonal", Orthogonal::fromKerasConfig)
                    .put("OrthogonalInitializer", Orthogonal::fromKerasConfig)
                    .put("Identity", Identity::fromConfig)
                    .put("IdentityInitializer", Identity::fromConfig)
                    .put(F + "TruncatedNormal", TruncatedNormal::fromConfig)
                    .put(F + "VarianceScaling", VarianceScaling::fromConfig)
                    .put(F + "Orthogonal", Orthogonal::fromConfig)
                    .put(F + "DeltaOrthogonal", DeltaOrthogonal::fromConfig)
                    .put(F + "Scaled", Scaled::fromConfig)
                    .put(F + "TorchKaiming", TorchKaiming::fromConfig)
                    .put(F + "TorchXavier", TorchXavier::fromConfig)
                    .put(F + "TorchTruncNormal", TorchTruncNormal::fromConfig)
                    .put(F + "Dirac", Dirac::fromConfig)
                    .put(F + "Sparse", Sparse::fromConfig)
                    .put(F + "MxnetXavier", MxnetXavier::fromConfig)
                    .put(F + "MsraPrelu", MsraPrelu::fromConfig);

    private Configs() {
    }

    static boolean isBuiltIn(String className) {
        return BUILT_IN.containsKey(className) || className.equals(F + "Mixed");
    }

    static Initializer read(String op, InitializerConfig config,
                            Map<String, Function<InitializerConfig, Initializer>> custom) {
        String name = config.className();
        Function<ConfigReader, Initializer> builtIn = BUILT_IN.get(name).getOrNull();
        if (builtIn != null) {
            return builtIn.apply(new ConfigReader(op, config, custom));
        }
        Function<InitializerConfig, Initializer> reader = custom.get(name).getOrNull();
        if (reader == null) {
            throw new IllegalArgumentException(op + ": expected a known class_name, got '" + name + "'. Known: "
                    + BUILT_IN.keySet().mkString(", ") + (custom.isEmpty() ? "" : "; custom: "
                    + custom.keySet().mkString(", ")) + ". Give readers of custom names to fromConfig");
        }
        return reader.apply(config);
    }
}
