package dev.flaxen.docs;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertKeySensitivity;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.nn.Activations;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Module;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.testing.Gen;
import dev.flaxen.testing.Gens;
import dev.flaxen.testing.Golden;
import dev.flaxen.testing.QuickTheoriesGens;
import dev.flaxen.tree.FrozenDict;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Determinism tests of a small model of our own: an MLP whose three outputs are scaled by a learned vector. */
class ScaledMlpTests {
    static final Module MODEL = Module.named("ScaledMlp", (scope, x) -> {
        Array h = Activations.relu(scope.call(Dense.of(16), x));                 // params/Dense_0
        Array y = scope.call(Dense.of(3), h);                                    // params/Dense_1
        return y.mul(scope.param("scale", Initializers.ones(), Shape.of(3)));    // params/scale
    });
    static final Array X = Gens.arrays(Gen.constant(Shape.of(2, 4)), Gen.constant(DType.F32)).fromSeed(0);

    static Stream<PRNGKey> keys() {
        return Gens.keys().samples(0, 20);                  // 20 keys of both Threefry modes, the same on every run
    }

    @ParameterizedTest
    @MethodSource("keys")
    void initIsReproducible(PRNGKey key) {
        assertDeterministicInit(MODEL, key, X);            // twice, 1 vs many threads, and initShapes
    }

    @Test
    void everyRandomParameterDependsOnTheKey() {
        assertKeySensitivity(MODEL, X);                     // the zero biases and the ones of scale are constants
    }

    @Test
    void applyLeavesTheParametersAsTheyWere() {
        Gen<Array> inputs = Gens.arraysWithEdgeValues(Gens.shapes(1, 1, 1, 8).map(s -> Shape.of(s.dim(0), 4)),
                Gen.constant(DType.F32));                   // any batch size, NaNs and infinities included
        qt().withExamples(200).forAll(QuickTheoriesGens.of(Gens.keys()), QuickTheoriesGens.of(inputs))
                .checkAssert((key, x) -> {
                    FrozenDict<Array> params = MODEL.init(key, x);
                    Array y = assertTreeUnchanged(params, p -> MODEL.apply(p, x));
                    assertEquals(Shape.of(x.shape().dim(0), 3), y.shape());
                });
    }

    @Test
    void parametersAreTheRecordedOnes() {
        FrozenDict<Array> params = MODEL.init(PRNGKey.of(0), X);
        Golden.assertDigest(Path.of("src/test/resources/golden/docs/scaled-mlp-seed0.digest"), params);
    }
}
