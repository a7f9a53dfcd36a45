package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The presets: sizes, parameter counts, tree names, and the tiny GPT-2 against Flax (cli_models.json). */
class PresetsTests {
    @Test
    void mlpIsDenseLayersWithReluBetween() {
        Model m = Presets.mlp(784, 512, 10);
        assertEquals("mlp:784,512,10", m.name());
        assertEquals(ShapeDtypeStruct.of(Array.zeros(Shape.of(1, 784))), ShapeDtypeStruct.of(m.input()));
        FrozenDict<ShapeDtypeStruct> shapes = m.initShapes();
        assertEquals("[params/layers_0/kernel, params/layers_0/bias, params/layers_2/kernel, params/layers_2/bias]",
                Trees.flatten(shapes, "/").keySet().toJavaList().toString());
        assertEquals(FlaxCases.of("mlp:784,512,10", 0, "partitionable").get("params").asLong(),
                Trees.paramCount(shapes));
        assertEquals(Presets.mlp(784, 512, 10).init(PRNGKey.of(5)), Presets.of("mlp:784,512,10").init(PRNGKey.of(5)));
    }

    @Test
    void gpt2SmallHasTheParameterCountOfHuggingFacesGpt2() {
        Model m = Presets.gpt2Small();
        FrozenDict<ShapeDtypeStruct> shapes = m.initShapes();
        assertEquals(124_439_808L, Trees.paramCount(shapes));
        assertEquals(124_439_808L, Gpt2Config.SMALL.paramCount());
        assertEquals(FlaxCases.of("gpt2-small", 0, "legacy").get("params").asLong(), Trees.paramCount(shapes));
        assertEquals(148, Trees.leaves(shapes).size());
        assertEquals("gpt2-small", m.name());
        assertEquals(ShapeDtypeStruct.of(Array.zeros(Shape.of(1, 1), DType.I32)), ShapeDtypeStruct.of(m.input()));
        assertEquals("float32[50257,768]", shapes.get("params/wte/embedding").get().toString());
        assertEquals("float32[1024,768]", shapes.get("params/wpe/embedding").get().toString());
        assertEquals("float32[768,2304]", shapes.get("params/h_11/attn/c_attn/kernel").get().toString());
        assertEquals("float32[3072,768]", shapes.get("params/h_11/mlp/c_proj/kernel").get().toString());
        assertEquals("float32[768]", shapes.get("params/ln_f/scale").get().toString());
    }

    @Test
    void gpt2TreeUsesHuggingFacesNames() {
        FrozenDict<ShapeDtypeStruct> shapes = Presets.gpt2(new Gpt2Config(100, 16, 32, 1, 4)).initShapes();
        assertEquals(List.of("params/wte/embedding", "params/wpe/embedding",
                "params/h_0/ln_1/scale", "params/h_0/ln_1/bias",
                "params/h_0/attn/c_attn/kernel", "params/h_0/attn/c_attn/bias",
                "params/h_0/attn/c_proj/kernel", "params/h_0/attn/c_proj/bias",
                "params/h_0/ln_2/scale", "params/h_0/ln_2/bias",
                "params/h_0/mlp/c_fc/kernel", "params/h_0/mlp/c_fc/bias",
                "params/h_0/mlp/c_proj/kernel", "params/h_0/mlp/c_proj/bias",
                "params/ln_f/scale", "params/ln_f/bias"), Trees.flatten(shapes, "/").keySet().toJavaList());
        assertEquals(new Gpt2Config(100, 16, 32, 1, 4).paramCount(), Trees.paramCount(shapes));
    }

    /** Parameters bit for bit and the forward pass within 1e-5 of the same module written in Flax. */
    @Test
    void tinyGpt2IsFlaxsGpt2() {
        Model m = Presets.of("gpt2:100,16,32,2,4");
        for (String mode : List.of("partitionable", "legacy")) {
            for (long seed : new long[] {0, 42}) {
                JsonNode c = FlaxCases.of("gpt2:100,16,32,2,4", seed, mode);
                FrozenDict<Array> variables = m.init(PRNGKey.of(seed,
                        mode.equals("legacy") ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE));
                for (JsonNode spot : c.get("spots")) {
                    Array leaf = variables.get(spot.get("path").asText()).get();
                    assertEquals(Long.parseLong(spot.get("bits").asText(), 16), leaf.bitsAt(spot.get("index").asInt()),
                            spot.toString());
                }
                Array y = m.module().apply(variables, Array.arange(4).reshape(1, 4));
                JsonNode expected = c.get("apply");
                assertEquals("(1, 4, 32)", y.shape().toString());
                float[] got = y.toFloatArray();
                for (int i = 0; i < got.length; i++) {
                    assertEquals(expected.get("values").get(i).asDouble(), got[i], 1e-5, "element " + i);
                }
            }
        }
    }

    @Test
    void gpt2TakesAtMostItsContextOfTokens() {
        Model m = Presets.gpt2(new Gpt2Config(100, 16, 32, 1, 4));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.module().initShapes(new ShapeDtypeStruct(Shape.of(1, 17), DType.I32)));
        assertEquals("GPT2.initShapes: expected tokens of shape (batch, 1..16), got (1, 17)", e.getMessage());
    }

    @Test
    void namesAndErrors() {
        assertTrue(Presets.isPreset("gpt2-small"));
        assertTrue(Presets.isPreset("mlp:"));
        assertFalse(Presets.isPreset("model.json"));
        assertEquals("gpt2:100,16,32,2,4", Presets.gpt2(new Gpt2Config(100, 16, 32, 2, 4)).name());
        assertEquals("gpt2-small", Presets.gpt2(Gpt2Config.SMALL).name());
        assertMessage("Presets.of: expected a preset (mlp:784,512,10, gpt2-small or gpt2:V,T,D,L,H), got \"gpt3\"",
                () -> Presets.of("gpt3"));
        assertMessage("Presets.mlp: expected positive widths, got 0 at index 1", () -> Presets.of("mlp:4,0,2"));
        assertMessage("Presets.mlp: expected at least 2 widths (input and output), got 1", () -> Presets.mlp(4));
        assertMessage("Gpt2Config: expected positive sizes, got vocabSize 0, contextLength 1, dModel 8, numLayers 1,"
                + " numHeads 2", () -> new Gpt2Config(0, 1, 8, 1, 2));
        assertMessage("Gpt2Config: expected numHeads to divide dModel, got dModel 8 and numHeads 3",
                () -> new Gpt2Config(10, 1, 8, 1, 3));
    }

    private static void assertMessage(String expected, Runnable r) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, r::run).getMessage());
    }
}
