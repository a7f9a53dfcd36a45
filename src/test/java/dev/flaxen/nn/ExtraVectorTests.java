package dev.flaxen.nn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import io.vavr.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The {@code nn_init}, {@code nn_init_pair} and {@code activation} cases of {@code vectors/nn-extra.jsonl}, made by
 * {@code gen_nn.py} with real Flax 0.12.8 (each case records its Python model and calls): variables trees bit for bit
 * in Flax's order (including {@code batch_stats} and {@code flax_fix_rng_separator=True}), init outputs, and every
 * apply's output and updated collections within {@code 1e-6}. The running statistics a bare BatchNorm updates are
 * also bit for bit; behind a Dense they differ from XLA's in the last bit or two, as the matmul sums in another order.
 */
class ExtraVectorTests {
    @TestFactory
    Stream<DynamicTest> everyModelInitialisesAndAppliesAsFlax() {
        return NnVectors.extra("nn_init").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            String id = c.get("id").asText();
            ThreefryMode mode = NnVectors.mode(c);
            Rngs rngs = NnVectors.rngs(c.get("init_rngs"), mode).with("params", NnVectors.key(c))
                    .withFixRngSeparator(c.get("flax_config").path("flax_fix_rng_separator").asBoolean(false));
            Array x = NnVectors.array(c.get("input"));
            Module model = ExtraModels.byName(c.get("model_name").asText(), true);
            Tuple2<Array, FrozenDict<Array>> init = model.initWithOutput(rngs, x);
            NnVectors.assertTree(c.get("variables"), init._2, id);
            if (c.has("init_output")) {
                NnVectors.assertClose(c.get("init_output"), init._1, 1e-6, 1e-6, id + " init output");
            }
            for (JsonNode a : c.get("applies")) {
                checkApply(c, a, init._2, x, mode);
            }
        }));
    }

    private static void checkApply(JsonNode c, JsonNode a, FrozenDict<Array> variables, Array x, ThreefryMode mode) {
        String where = c.get("id").asText() + " apply " + a.get("label").asText();
        boolean train = a.get("kwargs").path("train").asBoolean(true);
        Module model = ExtraModels.byName(c.get("model_name").asText(), train);
        Rngs rngs = NnVectors.rngs(a.get("rngs"), mode);
        List<String> mutable = new ArrayList<>();
        a.get("mutable").forEach(m -> mutable.add(m.asText()));
        if (mutable.isEmpty()) {
            NnVectors.assertClose(a.get("output"), model.apply(variables, x, rngs), a.get("tolerance"), where);
        } else {
            Tuple2<Array, FrozenDict<Array>> r = model.applyWithState(variables, x, rngs,
                    mutable.toArray(new String[0]));
            NnVectors.assertClose(a.get("output"), r._1, a.get("tolerance"), where);
            if (c.get("model_name").asText().equals("batchnorm")) {
                NnVectors.assertTree(a.get("updated"), r._2, where + " updated");
            } else {
                NnVectors.assertTreeClose(a.get("updated"), r._2, a.get("tolerance"), where + " updated");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> aTwoInputModuleMatchesFlax() {
        return NnVectors.extra("nn_init_pair").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            Array x = NnVectors.array(c.get("input"));
            Array y = NnVectors.array(c.get("input2"));
            MultiInputModule pair = ExtraModels.pair();
            FrozenDict<Array> variables = pair.init(NnVectors.key(c), x, y);
            NnVectors.assertTree(c.get("variables"), variables, c.get("id").asText());
            NnVectors.assertClose(c.get("output"), pair.apply(variables, x, y), c.get("tolerance"),
                    c.get("id").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> activationsMatchJax() {
        return NnVectors.extra("activation").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            Fn f = switch (c.get("name").asText()) {
                case "relu" -> Fn.relu();
                case "gelu" -> Fn.gelu();
                case "silu" -> Fn.silu();
                case "tanh" -> Fn.tanh();
                case "sigmoid" -> Fn.sigmoid();
                case "softmax" -> Fn.softmax();
                case "softmax_axis0" -> Fn.softmax(0);
                case "leaky_relu" -> Fn.leakyRelu();
                case "leaky_relu_0.2" -> Fn.leakyRelu(0.2);
                case "elu" -> Fn.elu();
                case "elu_0.5" -> Fn.elu(0.5);
                default -> throw new IllegalArgumentException(c.get("name").asText());
            };
            Array out = f.function().apply(NnVectors.array(c.get("input")));
            NnVectors.assertClose(c.get("output"), out, c.get("tolerance"), c.get("id").asText());
        }));
    }
}
