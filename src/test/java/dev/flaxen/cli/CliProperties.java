package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Laws of the command line: determinism, diff as an equivalence, JSON equal to presets, counting changing nothing. */
class CliProperties {
    private final AtomicInteger files = new AtomicInteger();

    @TempDir
    Path dir;

    private static Gen<PRNGKey> keys() {
        return longs().all().zip(booleans().all(), (seed, legacy) ->
                PRNGKey.of(seed, legacy ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE));
    }

    private Path file(String ext) {
        return dir.resolve("f" + files.incrementAndGet() + ext);
    }

    private Path init(long seed, boolean legacy, String ext) {
        Path out = file(ext);
        Cli.Result r = legacy ? Cli.run("init", "mlp:3,5,2", "--seed", Long.toString(seed), "--legacy", "-o",
                out.toString()) : Cli.run("init", "mlp:3,5,2", "--seed", Long.toString(seed), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        return out;
    }

    @Test
    void initIsDeterministicAndDiffFindsTheFilesIdentical() {
        qt().withExamples(25).forAll(longs().all(), booleans().all(), booleans().all()).check((seed, legacy, st) -> {
            Path a = init(seed, legacy, st ? ".safetensors" : ".msgpack");
            Path b = init(seed, legacy, ".msgpack");
            Path c = init(seed, legacy, st ? ".safetensors" : ".msgpack");
            return Arrays.equals(Cli.bytes(a), Cli.bytes(c))
                    && Cli.run("diff", a.toString(), b.toString()).status() == 0;
        });
    }

    /** Seeds are JAX's: only the low 32 bits count, so two ints that differ give different keys. */
    @Test
    void differentSeedsOrModesDiffWithStatus1() {
        qt().withExamples(15).forAll(integers().all(), integers().all(), booleans().all())
                .assuming((s, t, l) -> !s.equals(t)).check((s, t, legacy) -> {
                    Path a = init(s, legacy, ".msgpack");
                    int seeds = Cli.run("diff", a.toString(), init(t, legacy, ".msgpack").toString()).status();
                    int modes = Cli.run("diff", a.toString(), init(s, !legacy, ".safetensors").toString()).status();
                    return seeds == 1 && modes == 1;
                });
    }

    @Test
    void aJsonMlpIsThePresetMlp() {
        Gen<List<Integer>> widths = lists().of(integers().between(1, 12)).ofSizeBetween(2, 5);
        qt().withExamples(40).forAll(widths, keys()).check((w, key) -> {
            StringBuilder layers = new StringBuilder();
            for (int i = 1; i < w.size(); i++) {
                layers.append(i == 1 ? "" : ", {\"type\": \"relu\"}, ").append("{\"type\": \"Dense\", \"features\": ")
                        .append(w.get(i)).append('}');
            }
            Model json = ModelJson.parse("{\"input\": [1, " + w.get(0) + "], \"model\": {\"type\": \"Sequential\", "
                    + "\"layers\": [" + layers + "]}}");
            Model preset = Presets.of("mlp:" + w.stream().map(String::valueOf).collect(Collectors.joining(",")));
            return json.init(key).equals(preset.init(key));
        });
    }

    /** The layers flaxen init uses to count progress create the very parameters the plain layers create. */
    @Test
    void countingInitializersChangeNoParameter() {
        Gen<Gpt2Config> configs = integers().between(1, 40).zip(integers().between(1, 8), integers().between(1, 4),
                integers().between(1, 2), (v, t, h, l) -> new Gpt2Config(v, t, 4 * h, l, h));
        qt().withExamples(20).forAll(configs, keys()).check((c, key) -> {
            AtomicLong created = new AtomicLong();
            Model counted = new Model("counted", Gpt2.module(c, Instrumented.counting(created)),
                    Presets.gpt2(c).input());
            FrozenDict<Array> variables = counted.init(key);
            return variables.equals(Presets.gpt2(c).init(key)) && created.get() == c.paramCount()
                    && Trees.paramCount(variables) == c.paramCount();
        });
    }

    @Test
    void cnnCountsToo() {
        qt().withExamples(10).forAll(keys()).check(key -> {
            AtomicLong created = new AtomicLong();
            Model plain = ModelJson.read(Cli.resource("cnn.json"));
            Model counted = ModelJson.read(Cli.resource("cnn.json"), Instrumented.counting(created));
            FrozenDict<Array> variables = counted.init(key);
            return variables.equals(plain.init(key))
                    && created.get() == Trees.paramCount(variables.subtree("params").get());
        });
    }

    @Test
    void gpt2ParameterCountFormulaIsTheTreesCount() {
        Gen<Gpt2Config> configs = integers().between(1, 500).zip(integers().between(1, 64), integers().between(1, 8),
                integers().between(1, 4), (v, t, h, l) -> new Gpt2Config(v, t, 8 * h, l, h));
        qt().withExamples(30).forAll(configs).check(c -> {
            FrozenDict<ShapeDtypeStruct> shapes = Presets.gpt2(c).initShapes();
            return Trees.paramCount(shapes) == c.paramCount() && Trees.leaves(shapes).size() == 4 + 12 * c.numLayers();
        });
    }

    @Test
    void leafDiffIsReflexiveAndSymmetric() {
        Gen<float[]> arrays = lists().of(floats().any()).ofSizeBetween(0, 20).map(l -> {
            float[] out = new float[l.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = l.get(i);
            }
            return out;
        });
        qt().withExamples(200).forAll(arrays, floats().any()).check((v, shift) -> {
            float[] w = v.clone();
            for (int i = 0; i < w.length; i += 2) {
                w[i] = shift;
            }
            Array a = Array.of(v);
            Array b = Array.of(w);
            LeafDiff ab = LeafDiff.of(a, b);
            LeafDiff ba = LeafDiff.of(b, a);
            boolean bitsEqual = Arrays.equals(a.toBytes(), b.toBytes());
            return LeafDiff.of(a, a).isIdentical() && ab.equals(ba) && ab.isIdentical() == bitsEqual
                    && ab.differing() <= ab.size() && (ab.maxUlp() != 0 || ab.maxAbs() == 0);
        });
    }
}
