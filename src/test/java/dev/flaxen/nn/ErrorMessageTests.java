package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The errors users of modules see, checked word for word. */
class ErrorMessageTests {
    private static final Module NET = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
    private static final Array X = Array.ones(Shape.of(2, 4));
    private static final FrozenDict<Array> VARIABLES = NET.init(PRNGKey.of(0), X);

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void anInputOfTheWrongWidthNamesTheLayerAndBothShapes() {
        assertMessage("Dense(layers_0).apply: input has 5 features but kernel expects 4 (kernel shape (4, 8))",
                () -> NET.apply(VARIABLES, Array.ones(Shape.of(2, 5))));
    }

    @Test
    void anEmptyTreeSaysWhichCollectionAndPathAreMissing() {
        assertMessage("Dense(layers_0).apply: expected collection \"params\" holding parameter \"kernel\", got an "
                + "empty tree at params/layers_0/kernel. Pass the whole tree init returned ({\"params\": ...})",
                () -> NET.apply(FrozenDict.empty(), X));
    }

    @Test
    void passingTheParamsSubtreeSaysWhatWasProbablyMeant() {
        assertMessage("Dense(layers_0).apply: expected collection \"params\" holding parameter \"kernel\", got "
                + "collections [layers_0, layers_2] at params/layers_0/kernel. These look like the contents of a "
                + "collection: pass the whole tree init returned, not variables[\"params\"]",
                () -> NET.apply(VARIABLES.subtree("params").get(), X));
    }

    @Test
    void aMissingParameterNamesItsPathAndWhatIsThere() {
        assertMessage("Dense(layers_2).apply: expected parameter \"bias\", got none at params/layers_2/bias. "
                + "params/layers_2 holds [kernel]; pass the variables init returned for this same model",
                () -> NET.apply(VARIABLES.without("params/layers_2/bias"), X));
        assertMessage("Dense(layers_2).apply: expected parameter \"kernel\", got none at params/layers_2/kernel. "
                + "params holds [layers_0]; pass the variables init returned for this same model",
                () -> NET.apply(VARIABLES.without("params/layers_2"), X));
    }

    @Test
    void paramsNestedInParamsSaysWhatWasProbablyMeant() {
        assertMessage("Sequential.apply: expected variables {\"params\": {...}}, got {\"params\": {\"params\": ...}}. "
                + "You probably wrapped the tree init returned in another {\"params\": ...}; pass it as it is (a "
                + "submodule named \"params\" at the top level is not allowed, as in Flax)",
                () -> NET.apply(FrozenDict.<Array>empty().withSubtree("params", VARIABLES), X));
    }

    @Test
    void aLeafWhereACollectionBelongsIsRejected() {
        assertMessage("Sequential.apply: expected a collection (a subtree) at kernel, got a leaf float32[4,8]. Pass "
                + "the whole tree init returned ({\"params\": ...})",
                () -> NET.apply(FrozenDict.<Array>empty().with("kernel", Array.zeros(Shape.of(4, 8))), X));
    }

    @Test
    void aDuplicateExplicitNameIsAnError() {
        Module net = Module.named("Net", (scope, x) -> scope.call("enc", Dense.of(2), scope.call("enc", Dense.of(2), x)));
        assertMessage("Net.init: expected each name once per call, got \"enc\" twice at enc. Give the second "
                + "submodule or variable its own name; to share parameters, call the same module instance again "
                + "under the same name", () -> net.init(PRNGKey.of(0), X));
    }

    @Test
    void aParameterNamedLikeAChildIsAnError() {
        Module net = Module.named("Net", (scope, x) -> {
            scope.param("Dense_0", Initializers.zeros(), Shape.of(1));
            return scope.call(Dense.of(2), x);
        });
        assertMessage("Net.init: expected each name once per call, got \"Dense_0\" twice at Dense_0. Give the second "
                + "submodule or variable its own name; to share parameters, call the same module instance again "
                + "under the same name", () -> net.init(PRNGKey.of(0), X));
    }

    @Test
    void dropoutWithoutAStreamSaysHowToPassOne() {
        Module net = Sequential.of(Dense.of(6), Dropout.of(0.3), Dense.of(2));
        FrozenDict<Array> v = net.init(PRNGKey.of(0), X);
        assertMessage("Dropout(layers_1).apply: expected an rng stream \"dropout\", got streams []. Pass it, e.g. "
                + "Rngs.of(\"dropout\", key) to apply, or make the layer deterministic", () -> net.apply(v, X));
    }

    @Test
    void initWithoutAParamsStreamSaysWhatItWasFor() {
        assertMessage("Dense(layers_0).init: expected an rng stream \"params\" to create params/layers_0/kernel, got "
                + "streams [dropout]. Pass it, e.g. Rngs.of(\"params\", key) or init(key, x)",
                () -> NET.init(Rngs.of("dropout", PRNGKey.of(1)), X));
    }

    @Test
    void updatingAnImmutableCollectionPointsToApplyWithState() {
        BatchNorm bn = BatchNorm.of();
        FrozenDict<Array> v = bn.init(PRNGKey.of(0), X);
        assertMessage("BatchNorm.apply: expected a mutable collection \"batch_stats\", got an immutable one at "
                + "batch_stats/mean. Use applyWithState(variables, x, \"batch_stats\") to get the updated collection "
                + "back", () -> bn.apply(v, X));
    }

    @Test
    void aStoredParameterOfAnotherShapeIsNamed() {
        Module scale = Module.named("Scale", (scope, x) -> x.mul(scope.param("w", Initializers.ones(),
                Shape.of(x.shape().dim(-1)))));
        FrozenDict<Array> v = scale.init(PRNGKey.of(0), X);
        assertMessage("Scale.apply: expected shape (5,), got stored shape (4,) at params/w. The variables were made "
                + "for another input shape or model; init again or pass an input like the one init saw",
                () -> scale.apply(v, Array.ones(Shape.of(2, 5))));
    }

    @Test
    void anInitializerOfTheWrongShapeIsNamed() {
        Module bad = Module.named("Bad", (scope, x) -> scope.param("w", (k, s, d) -> Array.zeros(Shape.of(3), d),
                Shape.of(2)));
        assertMessage("Bad.init: expected an initial value float32[2], got float32[3] at params/w. The initializer "
                + "must return the shape and dtype it is given", () -> bad.init(PRNGKey.of(0), X));
    }

    @Test
    void namesWithASlashAreRejected() {
        Module bad = Module.named("Bad", (scope, x) -> scope.call("a/b", Dense.of(1), x));
        assertMessage("Bad.init: expected a module name that is non-empty and has no '/', got \"a/b\". Names become "
                + "path segments such as params/layers_0/kernel", () -> bad.init(PRNGKey.of(0), X));
    }

    @Test
    void aSingleInputModuleGivenTwoInputsSaysSo() {
        Module net = Module.named("Net", (scope, x) -> scope.call(Dense.of(1), x, x));
        assertMessage("Dense(Dense_0).init: expected 1 input, got 2. Implement MultiInputModule for a module with "
                + "several inputs", () -> net.init(PRNGKey.of(0), X));
    }

    @Test
    void embedRejectsFloatIndices() {
        assertMessage("Embed.init: expected integer indices, got float32. Cast token ids with astype(DType.I32)",
                () -> Embed.of(10, 4).init(PRNGKey.of(0), X));
    }

    @Test
    void layerSpecsCheckTheirSettings() {
        assertMessage("Dense: expected features > 0, got 0", () -> Dense.of(0));
        assertMessage("Embed: expected numEmbeddings > 0 and features > 0, got 0 and 4", () -> Embed.of(0, 4));
        assertMessage("Dropout: expected rate in [0, 1], got 1.5", () -> Dropout.of(1.5));
        assertMessage("BatchNorm: expected momentum in [0, 1], got 1.5", () -> BatchNorm.of().withMomentum(1.5));
        assertMessage("LayerNorm: expected epsilon > 0, got 0.0", () -> LayerNorm.of().withEpsilon(0));
        assertMessage("Conv: expected kernelSize of 2 positive sizes, got Vector(3)",
                () -> Conv.builder().features(2).kernelSize(io.vavr.collection.Vector.of(3)).build());
        assertMessage("Sequential: expected at least one layer, got none", Sequential::of);
        assertMessage("Padding: expected SAME, VALID or EXPLICIT, got FULL",
                () -> new Padding("FULL", io.vavr.collection.Vector.empty()));
    }

    @Test
    void aConvWindowLargerThanTheInputIsNamed() {
        Conv conv = Conv.of(2, 5, 5).withPadding(Padding.VALID);
        assertMessage("Conv.init: expected a window that fits the padded input, got kernel Vector(5, 5) (dilation "
                + "Vector(1, 1)) on (1, 3, 3, 1) with VALID", () -> conv.init(PRNGKey.of(0),
                        Array.zeros(Shape.of(1, 3, 3, 1))));
    }

    @Test
    void aConvInputWithOtherChannelsNamesBothShapes() {
        Conv conv = Conv.of(2, 3, 3);
        FrozenDict<Array> v = conv.init(PRNGKey.of(0), Array.zeros(Shape.of(1, 4, 4, 3)));
        assertMessage("Conv.apply: input has 1 channels but kernel expects 3 (kernel shape (3, 3, 3, 2))",
                () -> conv.apply(v, Array.zeros(Shape.of(1, 4, 4, 1), DType.F32)));
    }
}
