package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.io.Safetensors;
import dev.flaxen.io.SafetensorsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flaxen init}: files byte for byte as Flax writes them, determinism, progress, output and errors. */
class InitCommandTests {
    @TempDir
    Path dir;

    private static String[] initArgs(JsonNode c, Path out, String... more) {
        String model = c.get("model").asText();
        List<String> args = new ArrayList<>(List.of("init",
                model.endsWith(".json") ? Cli.resource(model).toString() : model,
                "--seed", c.get("seed").asText(), "--out", out.toString()));
        if (c.get("mode").asText().equals("legacy")) {
            args.add("--legacy");
        }
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void everySmallModelGivesTheBytesFlaxWrites() {
        int checked = 0;
        for (JsonNode c : FlaxCases.all()) {
            if (c.get("model").asText().equals("gpt2-small")) {
                continue;
            }
            Path out = dir.resolve("case" + checked++ + ".msgpack");
            Cli.Result r = Cli.run(initArgs(c, out));
            assertEquals(0, r.status(), r.err());
            assertEquals(c.get("bytes").asLong(), Cli.bytes(out).length, c.toString());
            assertEquals(c.get("sha256").asText(), Cli.sha256(out), c.get("model") + " " + c.get("mode"));
        }
        assertEquals(10, checked);
    }

    /** The one full GPT-2 small initialisation of the suite (about 124M parameters, a few seconds). */
    @Test
    void gpt2SmallGivesTheBytesFlaxWritesWithProgressShown() {
        JsonNode c = FlaxCases.of("gpt2-small", 0, "partitionable");
        Path out = dir.resolve("gpt2.msgpack");
        Cli.Result r = Cli.run(initArgs(c, out, "--progress"));
        assertEquals(0, r.status(), r.err());
        assertEquals(c.get("sha256").asText(), Cli.sha256(out));
        assertEquals("wrote " + out + " (Flax msgpack, 497,764,136 bytes): gpt2-small, seed 0, partitionable Threefry; "
                + "148 leaves, 124,439,808 parameters\n", r.out());
        assertTrue(r.err().matches("(?s).*\rinit  \\[#{20}] 100%  124\\.4M/124\\.4M params  \\d+\\.\\ds *\n"
                + ".*\rwrite \\[#{20}] 100%  497\\.8M/497\\.8M bytes  \\d+\\.\\ds *\n"), r.err());
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() {
        for (String name : List.of("a.msgpack", "a.safetensors")) {
            Path first = dir.resolve("1" + name);
            Path second = dir.resolve("2" + name);
            String model = Cli.resource("cnn.json").toString();
            assertEquals(0, Cli.run("init", model, "--seed", "7", "--out", first.toString()).status());
            assertEquals(0, Cli.run("init", model, "--seed", "7", "--out", second.toString()).status());
            assertArrayEquals(Cli.bytes(first), Cli.bytes(second), name);
        }
    }

    /** As {@code jax.random.PRNGKey(seed)} without x64, {@code PRNGKey.of} keeps the seed's low 32 bits. */
    @Test
    void seedsAreTakenModulo2To32AsJaxDoes() {
        Path zero = dir.resolve("zero.msgpack");
        Path wrapped = dir.resolve("wrapped.msgpack");
        Path minusOne = dir.resolve("minus.msgpack");
        Path max = dir.resolve("max.msgpack");
        Cli.run("init", "mlp:2,3", "--seed", "0", "--out", zero.toString());
        Cli.run("init", "mlp:2,3", "--seed", "4294967296", "--out", wrapped.toString());
        Cli.run("init", "mlp:2,3", "--seed", "-1", "--out", minusOne.toString());
        Cli.run("init", "mlp:2,3", "--seed", "4294967295", "--out", max.toString());
        assertArrayEquals(Cli.bytes(zero), Cli.bytes(wrapped));
        assertArrayEquals(Cli.bytes(minusOne), Cli.bytes(max));
    }

    @Test
    void progressBarsChangeNothingInTheFileAndAreOffWithoutATerminal() {
        Path shown = dir.resolve("shown.msgpack");
        Path hidden = dir.resolve("hidden.msgpack");
        Path plain = dir.resolve("plain.msgpack");
        Cli.Result withBars = Cli.run("init", "gpt2:100,16,32,2,4", "--seed", "3", "--out", shown.toString(),
                "--progress");
        Cli.Result without = Cli.run("init", "gpt2:100,16,32,2,4", "--seed", "3", "--out", hidden.toString(),
                "--no-progress");
        Cli.Result byDefault = Cli.run("init", "gpt2:100,16,32,2,4", "--seed", "3", "--out", plain.toString());
        assertArrayEquals(Cli.bytes(hidden), Cli.bytes(shown));
        assertArrayEquals(Cli.bytes(hidden), Cli.bytes(plain));
        assertTrue(withBars.err().contains("init  [####################] 100%  29.2K/29.2K params"), withBars.err());
        assertEquals("", without.err());
        assertEquals("", byDefault.err());
    }

    @Test
    void printsOneLineNamingTheFileTheModelAndTheKey() {
        Path out = dir.resolve("mlp.safetensors");
        Cli.Result r = Cli.run("init", "mlp:784,512,10", "--seed", "-3", "--legacy", "-o", out.toString());
        assertEquals(0, r.status());
        assertEquals("wrote " + out + " (safetensors, 1,628,552 bytes): mlp:784,512,10, seed -3, legacy Threefry; "
                + "4 leaves, 407,050 parameters\n", r.out());
    }

    @Test
    void safetensorsNamesJoinPathsWithTheSeparator() {
        Path dotted = dir.resolve("dotted.safetensors");
        Path slashed = dir.resolve("slashed.safetensors");
        Path msgpack = dir.resolve("tree.msgpack");
        Cli.run("init", "mlp:4,8,2", "--seed", "0", "--out", dotted.toString());
        Cli.run("init", "mlp:4,8,2", "--seed", "0", "--out", slashed.toString(), "--sep", "/");
        Cli.run("init", "mlp:4,8,2", "--seed", "0", "--out", msgpack.toString());
        try (SafetensorsFile d = Safetensors.open(dotted); SafetensorsFile s = Safetensors.open(slashed)) {
            assertEquals("[params.layers_0.bias, params.layers_0.kernel, params.layers_2.bias, params.layers_2.kernel]",
                    d.entries().keySet().toJavaList().toString());
            assertEquals("[params/layers_0/bias, params/layers_0/kernel, params/layers_2/bias, params/layers_2/kernel]",
                    s.entries().keySet().toJavaList().toString());
        }
        assertEquals(Checkpoints.read(msgpack), Checkpoints.read(dotted));
        assertEquals(Checkpoints.read(msgpack), Checkpoints.read(slashed, "/"));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path out = dir.resolve("old.msgpack");
        Files.writeString(out, "old content");
        assertEquals(0, Cli.run("init", "mlp:2,2", "--seed", "0", "--out", out.toString()).status());
        assertEquals(2, Checkpoints.inspect(out).entries().size());
    }

    @Test
    void errorsAreOneLineOnStderrWithStatus2() {
        Path out = dir.resolve("x.msgpack");
        String o = out.toString();
        assertError("flaxen: Missing required option: '--seed=S'. See 'flaxen init --help'\n",
                "init", "mlp:2,2", "--out", o);
        assertError("flaxen: Invalid value for option '--seed': '1.5' is not a long. See 'flaxen init --help'\n",
                "init", "mlp:2,2", "--seed", "1.5", "--out", o);
        assertError("flaxen: init: expected --out ending in .msgpack or .safetensors, got x.npz\n",
                "init", "mlp:2,2", "--seed", "0", "--out", "x.npz");
        assertError("flaxen: init: expected --out in an existing folder, got " + dir.resolve("no/x.msgpack")
                + " (no folder " + dir.resolve("no") + ")\n",
                "init", "mlp:2,2", "--seed", "0", "--out", dir.resolve("no/x.msgpack").toString());
        assertError("flaxen: init: expected a preset (mlp:784,512,10, gpt2-small, gpt2:V,T,D,L,H) or a model JSON "
                + "file, got net.json (no such file)\n", "init", "net.json", "--seed", "0", "--out", o);
        assertError("flaxen: Presets.of: expected a preset (mlp:784,512,10, gpt2-small or gpt2:V,T,D,L,H), got "
                + "\"gpt2:1,2\"\n", "init", "gpt2:1,2", "--seed", "0", "--out", o);
        assertError("flaxen: Presets.mlp: expected at least 2 widths (input and output), got 1\n",
                "init", "mlp:784", "--seed", "0", "--out", o);
        assertError("flaxen: Gpt2Config: expected numHeads to divide dModel, got dModel 10 and numHeads 3\n",
                "init", "gpt2:10,10,10,1,3", "--seed", "0", "--out", o);
        assertError("flaxen: Trees.flatten: expected a non-empty separator, got \"\". Use \"/\" or \".\"\n",
                "init", "mlp:2,2", "--seed", "0", "--out", dir.resolve("x.safetensors").toString(), "--sep", "");
        assertTrue(Files.notExists(out));
    }

    private static void assertError(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err());
        assertEquals("", r.out());
    }
}
