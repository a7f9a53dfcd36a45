package dev.flaxen.nn;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertKeySensitivity;
import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.io.FlaxMsgpack;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.testing.Gen;
import dev.flaxen.testing.Gens;
import dev.flaxen.tree.FrozenDict;
import io.vavr.Tuple2;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layer through the test kit: reproducible init at any thread count, key sensitivity, untouched inputs. */
class ModuleDeterminismTests {
    private static Array floats(int... dims) {
        return Gens.arrays(Gen.constant(Shape.of(dims)), Gen.constant(DType.F32)).fromSeed(dims.length);
    }

    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of("Dense", Dense.of(8), floats(2, 4)),
                Arguments.of("Dense bfloat16", Dense.of(3).withParamDtype(DType.BF16), floats(2, 5)),
                Arguments.of("Conv", Conv.of(4, 3, 3), floats(1, 5, 5, 2)),
                Arguments.of("Embed", Embed.of(10, 3), Array.arange(6).reshape(2, 3)),
                Arguments.of("LayerNorm", LayerNorm.of(), floats(2, 4)),
                Arguments.of("BatchNorm", BatchNorm.of(), floats(3, 4)),
                Arguments.of("MLP with dropout", Sequential.of(Dense.of(8), Dropout.of(0.5), Fn.gelu(), Dense.of(2)),
                        floats(2, 4)),
                Arguments.of("wide Dense (a 256 x 300 kernel: several threads)", Dense.of(300), floats(1, 256)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyLayerInitialisesReproduciblyInBothModes(String name, Module layer, Array x) {
        assertDeterministicInit(layer, PRNGKey.of(0), x);
        assertDeterministicInit(layer, PRNGKey.of(42, ThreefryMode.LEGACY), x);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void everyRandomParameterDependsOnTheKey(String name, Module layer, Array x) {
        assertKeySensitivity(layer, x);
        PRNGKey legacy = PRNGKey.of(7, ThreefryMode.LEGACY);
        assertKeySensitivity(layer, x, legacy, legacy.foldIn(1));
    }

    @Test
    void seedsFromTheKitGiveReproducibleModels() {
        Array x = floats(3, 6);
        Module net = Sequential.of(Dense.of(5), Fn.relu(), LayerNorm.of(), Dense.of(2));
        Gens.keys().samples(100, 10).forEach(key -> assertDeterministicInit(net, key, x));
    }

    @Test
    void applyReinitAndSerialisationLeaveTheVariablesUnchanged() {
        Array x = floats(4, 3);
        Module net = Sequential.of(Dense.of(6), BatchNorm.of(), Fn.relu(), Dense.of(1));
        Module eval = Sequential.of(Dense.of(6), BatchNorm.of().withUseRunningAverage(true), Fn.relu(), Dense.of(1));
        FrozenDict<Array> variables = net.init(PRNGKey.of(0), x);
        Array y = assertTreeUnchanged(variables, v -> eval.apply(v, x));
        assertSameBits(eval.apply(variables, x), y);
        Tuple2<Array, FrozenDict<Array>> stepped = assertTreeUnchanged(variables,
                v -> net.applyWithState(v, x, "batch_stats"));
        assertTreeUnchanged(variables, v -> v.copy(stepped._2));
        assertTreeUnchanged(variables, v -> Reinit.of(".*/kernel", Initializers.xavierUniform()).reinit(v,
                PRNGKey.of(1)));
        byte[] bytes = assertTreeUnchanged(variables, FlaxMsgpack::toBytes);
        assertSameBits(variables, FlaxMsgpack.fromBytes(bytes));
    }
}
