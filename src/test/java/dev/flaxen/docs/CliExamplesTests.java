package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.cli.Flaxen;
import dev.flaxen.cli.Gpt2Config;
import dev.flaxen.cli.Model;
import dev.flaxen.cli.ModelJson;
import dev.flaxen.cli.Presets;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.nn.Dense;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.Trees;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc examples of {@code dev.flaxen.cli}, run. The one example not run here is {@code gpt2.init(PRNGKey.of(0))}
 * of GPT-2 small: {@code InitCommandTests} initialises it (once per suite) and checks Flax's digest.
 */
class CliExamplesTests {
    @TempDir
    Path dir;

    @Test
    void model() {
        Model mlp = Presets.mlp(784, 512, 10);
        assertEquals(Array.zeros(Shape.of(1, 784), DType.F32), mlp.input());
        assertEquals(mlp.module().init(PRNGKey.of(0), mlp.input()), mlp.init(PRNGKey.of(0)));
        assertEquals(Shape.of(4, 2), Presets.mlp(4, 2).init(PRNGKey.of(0)).get("params/layers_0/kernel").get().shape());
        assertEquals(124_439_808L, Trees.paramCount(Presets.gpt2Small().initShapes()));
    }

    @Test
    void presets() {
        Model gpt2 = Presets.gpt2Small();
        assertEquals("float32[768,2304]", gpt2.initShapes().get("params/h_0/attn/c_attn/kernel").get().toString());
        assertEquals(Array.zeros(Shape.of(1, 1), DType.I32), gpt2.input());
        assertEquals("mlp:784,512,10", Presets.of("mlp:784,512,10").name());
        assertEquals("float32[512,10]",
                Presets.mlp(784, 512, 10).initShapes().get("params/layers_2/kernel").get().toString());
        assertEquals("float32[64,256]", Presets.gpt2(new Gpt2Config(1000, 64, 64, 2, 4)).initShapes()
                .get("params/h_1/mlp/c_fc/kernel").get().toString());
        assertEquals(Presets.gpt2(new Gpt2Config(1000, 64, 64, 2, 4)).initShapes(),
                Presets.of("gpt2:1000,64,64,2,4").initShapes());
        assertTrue(Presets.isPreset("gpt2-small"));
        assertFalse(Presets.isPreset("net.json"));
        assertEquals(768, Gpt2Config.SMALL.dModel());
        assertEquals(168_192L, new Gpt2Config(1000, 64, 64, 2, 4).paramCount());
        assertEquals(124_439_808L, Gpt2Config.SMALL.paramCount());
    }

    @Test
    void modelJson() {
        Model m = ModelJson.parse("""
                {"input": [1, 784], "model": {"type": "Sequential", "layers": [
                    {"type": "Dense", "features": 512}, {"type": "relu"}, {"type": "Dense", "features": 10}]}}
                """);
        assertEquals(Presets.mlp(784, 512, 10).init(PRNGKey.of(0)), m.init(PRNGKey.of(0)));
        assertEquals(Dense.of(8),
                ModelJson.parse("{\"input\": [2, 4], \"model\": {\"type\": \"Dense\", \"features\": 8}}").module());
        assertEquals("small-cnn", ModelJson.read(Path.of("src/test/resources/dev/flaxen/cli/cnn.json")).name());
    }

    @Test
    void flaxen() {
        Path mlp = dir.resolve("mlp.msgpack");
        Checkpoints.write(mlp, Presets.mlp(4, 2).init(PRNGKey.of(0)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Flaxen.execute(new String[] {"inspect", mlp.toString()}, new PrintStream(out), System.err);
        assertEquals(0, status);
        assertTrue(out.toString().startsWith(mlp + ": Flax msgpack"));
        assertEquals(0, Flaxen.execute(new String[] {"diff", mlp.toString(), mlp.toString()}, new PrintStream(out),
                System.err));
    }
}
