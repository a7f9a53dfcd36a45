package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code vectors/flax.jsonl} (real Flax 0.12.8 {@code model.init(jax.random.PRNGKey(seed), x)} and
 * {@code model.apply(variables, x)}, both Threefry modes): whole trees bit for bit in Flax's order, each parameter's
 * key (captured from the initializer call) and its {@code fold_in} data, and apply outputs within the case's
 * tolerance.
 */
class FlaxVectorTests {
    @TestFactory
    Stream<DynamicTest> everyCaseInitialisesTheSameTreeAsFlax() {
        return NnVectors.FLAX.stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            FlaxModels.Capture capture = new FlaxModels.Capture();
            Module model = FlaxModels.byName(c.get("model_name").asText(), capture);
            // One thread: init then calls the initializers one by one in creation order, which the capture records.
            FrozenDict<Array> variables = Parallelism.withThreads(1,
                    () -> model.init(NnVectors.key(c), NnVectors.array(c.get("input"))));
            NnVectors.assertTree(c.get("params"), variables, c.get("id").asText());
            List<String> order = new ArrayList<>();
            c.get("init_call_order").forEach(p -> order.add(p.asText()));
            assertEquals(order.size(), capture.keys.size(), "initializer calls");
            for (JsonNode p : c.get("params")) {
                PRNGKey got = capture.keys.get(order.indexOf(p.get("path").asText()));
                assertEquals(NnVectors.key(p.get("rng_key"), NnVectors.mode(c)), got, p.get("path").asText());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyParameterKeyIsFoldInOfTheSha1OfItsSuffix() {
        return NnVectors.FLAX.stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            for (JsonNode p : c.get("params")) {
                JsonNode suffix = p.get("rng_suffix");
                Vector<String> path = Vector.empty();
                for (int i = 0; i < suffix.size() - 1; i++) {
                    path = path.append(suffix.get(i).asText());
                }
                int counter = suffix.get(suffix.size() - 1).asInt();
                int data = RngKeys.foldInData(path, counter, false);
                assertEquals(p.get("fold_in_data").asLong(), Integer.toUnsignedLong(data), p.get("path").asText());
                assertEquals(NnVectors.key(p.get("rng_key"), NnVectors.mode(c)),
                        RngKeys.derive(NnVectors.key(c), path, counter, false), p.get("path").asText());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> applyOutputsMatchFlaxWithinTheStatedTolerance() {
        return NnVectors.FLAX.stream().filter(c -> c.has("apply_output")).map(c ->
                DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                    Module model = FlaxModels.byName(c.get("model_name").asText(), i -> i);
                    Array x = NnVectors.array(c.get("input"));
                    Array y = model.apply(model.init(NnVectors.key(c), x), x);
                    NnVectors.assertClose(c.get("apply_output"), y, c.get("tolerance"), c.get("id").asText());
                }));
    }
}
