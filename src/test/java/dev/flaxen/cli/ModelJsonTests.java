package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializers;
import dev.flaxen.nn.BatchNorm;
import dev.flaxen.nn.Conv;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Dropout;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Padding;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import io.vavr.collection.Vector;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model JSON schema: every layer and key, defaults, names, and error messages word for word. */
class ModelJsonTests {
    @TempDir
    Path dir;

    private static Module layer(String json) {
        return ModelJson.parse("{\"input\": [1, 4], \"model\": " + json + "}").module();
    }

    @Test
    void everyLayerTypeBuildsItsSpec() {
        assertEquals(Dense.builder().features(8).useBias(false).kernelInit(Initializers.glorotUniform())
                .biasInit(Initializers.ones()).paramDtype(DType.BF16).dtype(DType.F32).build(),
                layer("{\"type\": \"Dense\", \"features\": 8, \"use_bias\": false, \"kernel_init\": "
                        + "{\"class_name\": \"GlorotUniform\", \"config\": {\"seed\": null}}, \"bias_init\": "
                        + "{\"class_name\": \"Ones\", \"config\": {}}, \"param_dtype\": \"bfloat16\", "
                        + "\"dtype\": \"float32\"}"));
        assertEquals(Conv.builder().features(4).kernelSize(Vector.of(3, 5)).strides(Vector.of(2, 2))
                        .padding(Padding.explicit(1, 2, 3, 4)).kernelDilation(Vector.of(1, 2)).build(),
                layer("{\"type\": \"Conv\", \"features\": 4, \"kernel_size\": [3, 5], \"strides\": 2, "
                        + "\"padding\": [[1, 2], [3, 4]], \"kernel_dilation\": [1, 2]}"));
        assertEquals(Conv.builder().features(4).kernelSize(Vector.of(3, 3)).padding(Padding.VALID).build(),
                layer("{\"type\": \"Conv\", \"features\": 4, \"kernel_size\": 3, \"padding\": \"VALID\"}"));
        assertEquals(Conv.builder().features(4).kernelSize(Vector.of(3, 3)).padding(Padding.of(1)).build(),
                layer("{\"type\": \"Conv\", \"features\": 4, \"kernel_size\": [3, 3], \"padding\": 1}"));
        assertEquals(Embed.builder().numEmbeddings(10).features(3).embeddingInit(Initializers.normal(0.02)).build(),
                layer("{\"type\": \"Embed\", \"num_embeddings\": 10, \"features\": 3, \"embedding_init\": "
                        + "{\"class_name\": \"RandomNormal\", \"config\": {\"mean\": 0.0, \"stddev\": 0.02, "
                        + "\"seed\": null}}}"));
        assertEquals(LayerNorm.builder().epsilon(1e-5).useScale(false).build(),
                layer("{\"type\": \"LayerNorm\", \"epsilon\": 1e-5, \"use_scale\": false}"));
        assertEquals(BatchNorm.builder().useRunningAverage(true).momentum(0.9).epsilon(1e-3).useBias(false).build(),
                layer("{\"type\": \"BatchNorm\", \"use_running_average\": true, \"momentum\": 0.9, "
                        + "\"epsilon\": 0.001, \"use_bias\": false}"));
        assertEquals(Dropout.builder().rate(0.5).deterministic(true).broadcastDims(Vector.of(0, -1))
                .rngCollection("noise").build(), layer("{\"type\": \"Dropout\", \"rate\": 0.5, "
                + "\"deterministic\": true, \"broadcast_dims\": [0, -1], \"rng_collection\": \"noise\"}"));
    }

    @Test
    void activationsAreFnLayers() {
        assertEquals(Fn.relu(), layer("{\"type\": \"relu\"}"));
        assertEquals(Fn.flatten(), layer("{\"type\": \"flatten\"}"));
        Array x = Array.of(new float[] {-2, 0.5f, 3});
        assertEquals(Fn.leakyRelu(0.2).function().apply(x),
                ((Fn) layer("{\"type\": \"leaky_relu\", \"negative_slope\": 0.2}")).function().apply(x));
        assertEquals(Fn.elu(2).function().apply(x), ((Fn) layer("{\"type\": \"elu\", \"alpha\": 2}")).function()
                .apply(x));
        assertEquals(Fn.softmax(0).function().apply(x), ((Fn) layer("{\"type\": \"softmax\", \"axis\": 0}"))
                .function().apply(x));
        for (String name : new String[] {"gelu", "silu", "tanh", "sigmoid"}) {
            assertEquals(name, ((Fn) layer("{\"type\": \"" + name + "\"}")).name());
        }
    }

    @Test
    void sequentialsNestAndTheInputIsZerosOfTheShapeAndDtype() {
        Model m = ModelJson.parse("{\"name\": \"net\", \"description\": \"two layers\", \"input\": [2, 3], "
                + "\"dtype\": \"int32\", \"model\": {\"type\": \"Sequential\", \"layers\": [{\"type\": \"Embed\", "
                + "\"num_embeddings\": 5, \"features\": 4}, {\"type\": \"Sequential\", \"layers\": [{\"type\": "
                + "\"Dense\", \"features\": 2}]}]}}");
        assertEquals("net", m.name());
        assertEquals(Array.zeros(Shape.of(2, 3), DType.I32), m.input());
        assertEquals(Sequential.of(Embed.of(5, 4), Sequential.of(Dense.of(2))), m.module());
        assertEquals("float32[4,2]", m.initShapes().get("params/layers_1/layers_0/kernel").get().toString());
    }

    @Test
    void aFileIsNamedByItsNameElseItsFileName() throws Exception {
        Path file = Files.writeString(dir.resolve("wide.json"), "{\"input\": [1, 2], \"model\": {\"type\": "
                + "\"Dense\", \"features\": 3}}");
        assertEquals("wide.json", ModelJson.read(file).name());
        assertEquals("model", ModelJson.parse(Files.readString(file)).name());
        assertEquals("small-cnn", ModelJson.read(Cli.resource("cnn.json")).name());
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        Path none = dir.resolve("none.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ModelJson.read(none));
        assertEquals("ModelJson.read: cannot read " + none + " (no such file)", e.getMessage());
    }

    @Test
    void theExampleFilesAreTheModelsFlaxRan() {
        Model cnn = ModelJson.read(Cli.resource("cnn.json"));
        assertEquals(new ShapeDtypeStruct(Shape.of(1, 28, 28, 1), DType.F32), ShapeDtypeStruct.of(cnn.input()));
        assertEquals(FlaxCases.of("cnn.json", 0, "legacy").get("params").asLong(),
                dev.flaxen.tree.Trees.paramCount(cnn.init(PRNGKey.of(0))));
    }

    @Test
    void errorsNameTheJsonPathAndTheBadValue() {
        assertParse("ModelJson.parse: expected a layer type (Dense, Conv, Embed, LayerNorm, BatchNorm, Dropout, "
                + "Sequential, relu, gelu, silu, tanh, sigmoid, softmax, leaky_relu, elu, flatten), got \"Dence\" at "
                + "$.model.layers[1].type", "{\"input\": [1, 4], \"model\": {\"type\": \"Sequential\", \"layers\": "
                + "[{\"type\": \"relu\"}, {\"type\": \"Dence\", \"features\": 3}]}}");
        assertParse("ModelJson.parse: expected a key of Dense (type, features, use_bias, kernel_init, bias_init, "
                + "param_dtype, dtype), got \"feature\" at $.model.feature",
                "{\"input\": [1, 4], \"model\": {\"type\": \"Dense\", \"feature\": 3}}");
        assertParse("ModelJson.parse: expected a positive integer, got \"512\" at $.model.features",
                "{\"input\": [1, 4], \"model\": {\"type\": \"Dense\", \"features\": \"512\"}}");
        assertParse("ModelJson.parse: expected a positive integer, got 1.5 at $.model.features",
                "{\"input\": [1, 4], \"model\": {\"type\": \"Dense\", \"features\": 1.5}}");
        assertParse("ModelJson.parse: expected a positive integer, got none at $.model.features",
                "{\"input\": [1, 4], \"model\": {\"type\": \"Dense\"}}");
        assertParse("ModelJson.parse: expected a layer type (Dense, Conv, Embed, LayerNorm, BatchNorm, Dropout, "
                + "Sequential, relu, gelu, silu, tanh, sigmoid, softmax, leaky_relu, elu, flatten), got none at "
                + "$.model.type", "{\"input\": [1, 4], \"model\": {\"features\": 3}}");
        assertParse("ModelJson.parse: expected a key of a model description (name, description, input, dtype, "
                + "model), got \"inputs\" at $.inputs", "{\"inputs\": [1, 4], \"model\": {\"type\": \"relu\"}}");
        assertParse("ModelJson.parse: expected the input shape, an array of positive integers, got none at $.input",
                "{\"model\": {\"type\": \"relu\"}}");
        assertParse("ModelJson.parse: expected an array of positive integers, got -1 at $.input[0]",
                "{\"input\": [-1], \"model\": {\"type\": \"relu\"}}");
        assertParse("ModelJson.parse: expected a dtype name, got \"fp32\" at $.dtype. Names: float64, float32, "
                + "float16, bfloat16, int64, int32, int16, int8, uint64, uint32, uint16, uint8, bool",
                "{\"input\": [1], \"dtype\": \"fp32\", \"model\": {\"type\": \"relu\"}}");
        assertParse("ModelJson.parse: expected a non-empty array of layers, got [] at $.model.layers",
                "{\"input\": [1], \"model\": {\"type\": \"Sequential\", \"layers\": []}}");
        assertParse("ModelJson.parse: expected \"SAME\", \"VALID\", an integer >= 0 or [[top, bottom], [left, "
                + "right]], got \"FULL\" at $.model.padding", "{\"input\": [1, 4, 4, 1], \"model\": {\"type\": "
                + "\"Conv\", \"features\": 2, \"kernel_size\": [3, 3], \"padding\": \"FULL\"}}");
        assertParse("ModelJson.parse: at $.model: Dropout: expected rate in [0, 1], got 1.5",
                "{\"input\": [1], \"model\": {\"type\": \"Dropout\", \"rate\": 1.5}}");
        assertParse("ModelJson.parse: at $.model.layers[0].kernel_init: Initializers.fromConfig: expected a known "
                        + "class_name, got 'Glorot'. Known: Zeros, Ones, Constant, RandomUniform, RandomNormal, "
                        + "TruncatedNormal, VarianceScaling, GlorotUniform, GlorotNormal, LecunUniform, LecunNormal, "
                        + "HeUniform, HeNormal, Orthogonal, OrthogonalInitializer, Identity, IdentityInitializer, "
                        + "flaxen>TruncatedNormal, flaxen>VarianceScaling, flaxen>Orthogonal, flaxen>DeltaOrthogonal, "
                        + "flaxen>Scaled, flaxen>TorchKaiming, flaxen>TorchXavier, flaxen>TorchTruncNormal, "
                        + "flaxen>Dirac, flaxen>Sparse, flaxen>MxnetXavier, flaxen>MsraPrelu. Give readers of custom "
                        + "names to fromConfig",
                "{\"input\": [1], \"model\": {\"type\": \"Sequential\", \"layers\": [{\"type\": \"Dense\", "
                        + "\"features\": 2, \"kernel_init\": {\"class_name\": \"Glorot\", \"config\": {}}}]}}");
        assertParse("ModelJson.parse: expected JSON, got Duplicate field 'input' at line 1, column 23",
                "{\"input\": [1], \"input\": [2], \"model\": {\"type\": \"relu\"}}");
        assertParse("ModelJson.parse: expected JSON, got Unexpected end-of-input within/between Object entries at "
                + "line 1, column 15", "{\"input\": [1],");
        assertParse("ModelJson.parse: expected JSON, got Unexpected end-of-input: expected close marker for Array "
                + "(opened at line 1, column 11) at line 2, column 1", "{\"input\": [1\n");
        assertParse("ModelJson.parse: expected a JSON object (a model description), got [] at $", "[]");
    }

    @Test
    void fileErrorsNameTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("net.json"), "{\"input\": [1], \"model\": {\"type\": \"Relu\"}}");
        Cli.Result r = Cli.run("init", file.toString(), "--seed", "0", "--out", dir.resolve("x.msgpack").toString());
        assertEquals(2, r.status());
        assertEquals("flaxen: ModelJson.read: expected a layer type (Dense, Conv, Embed, LayerNorm, BatchNorm, "
                + "Dropout, Sequential, relu, gelu, silu, tanh, sigmoid, softmax, leaky_relu, elu, flatten), got "
                + "\"Relu\" at $.model.type (file " + file + ")\n", r.err());
        Path dense = Files.writeString(dir.resolve("dense.json"), "{\"input\": [2], \"model\": {\"type\": \"Conv\", "
                + "\"features\": 2, \"kernel_size\": [1, 1]}}");
        Cli.Result shape = Cli.run("init", dense.toString(), "--seed", "0", "--out", dir.resolve("y.msgpack")
                .toString());
        assertEquals("flaxen: Conv.init: expected an input with at least 3 axes, got shape (2,)\n", shape.err());
    }

    private static void assertParse(String expected, String json) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> ModelJson.parse(json))
                .getMessage());
    }
}
