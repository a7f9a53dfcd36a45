package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.io.Safetensors;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flaxen inspect}: the table, numpy's statistics, both formats, reading in groups, and errors. */
class InspectCommandTests {
    @TempDir
    Path dir;

    private Path init(String model, String name) {
        Path out = dir.resolve(name);
        String arg = model.endsWith(".json") ? Cli.resource(model).toString() : model;
        assertEquals(0, Cli.run("init", arg, "--seed", "0", "--out", out.toString()).status());
        return out;
    }

    @Test
    void listsShapesDtypesCountsAndBytesWithTotals() {
        Path file = init("mlp:784,512,10", "mlp.msgpack");
        Cli.Result r = Cli.run("inspect", file.toString(), "--no-stats");
        assertEquals(0, r.status());
        assertEquals(file + ": Flax msgpack, 1,628,337 bytes\n"
                + "path                    shape       dtype      count      bytes\n"
                + "params/layers_0/kernel  (784, 512)  float32  401,408  1,605,632\n"
                + "params/layers_0/bias    (512,)      float32      512      2,048\n"
                + "params/layers_2/kernel  (512, 10)   float32    5,120     20,480\n"
                + "params/layers_2/bias    (10,)       float32       10         40\n"
                + "total: 4 leaves, 407,050 parameters, 1,628,200 bytes\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void safetensorsShowsItsNamesAndMetadata() throws Exception {
        Path file = dir.resolve("meta.safetensors");
        Safetensors.saveFile(file, LinkedHashMap.of("w", Array.ones(Shape.of(2, 3)), "b", Array.zeros(Shape.of(3))),
                LinkedHashMap.of("format", "pt", "note", "x"));
        Cli.Result r = Cli.run("inspect", file.toString());
        assertEquals(0, r.status());
        assertEquals(file + ": safetensors, " + Files.size(file) + " bytes\n"
                + "metadata: format=pt, note=x\n"
                + "path  shape   dtype    count  bytes  mean  std\n"
                + "b     (3,)    float32      3     12     0    0\n"
                + "w     (2, 3)  float32      6     24     1    0\n"
                + "total: 2 leaves, 9 parameters, 36 bytes\n", r.out());
    }

    /** The mean and std printed are numpy's (cli_models.json, 'stats') to the six digits shown. */
    @Test
    void meanAndStdAreNumpysForEveryLeaf() {
        for (String[] m : new String[][] {{"mlp:784,512,10", "mlp"}, {"cnn.json", "cnn"}, {"tiny_lm.json", "lm"},
                {"gpt2:100,16,32,2,4", "gpt2"}}) {
            JsonNode c = FlaxCases.of(m[0], 0, "partitionable");
            for (String ext : new String[] {".msgpack", ".safetensors"}) {
                Path file = init(m[0], m[1] + ext);
                Cli.Result r = Cli.run("inspect", file.toString());
                Map<String, String[]> rows = rows(r.out());
                assertEquals(c.get("leaves").asInt(), rows.size(), r.out());
                for (JsonNode s : c.get("stats")) {
                    String name = ext.equals(".msgpack") ? s.get("path").asText()
                            : s.get("path").asText().replace('/', '.');
                    String[] row = rows.get(name);
                    assertClose(s.get("mean").asDouble(), Double.parseDouble(row[5]), name);
                    assertClose(s.get("std").asDouble(), Double.parseDouble(row[6]), name);
                }
            }
        }
    }

    /** {@code LeafStats} itself, to far more digits than are printed. */
    @Test
    void leafStatisticsEqualNumpysInDouble() {
        JsonNode c = FlaxCases.of("tiny_lm.json", 0, "partitionable");
        Path file = init("tiny_lm.json", "lm.msgpack");
        var tree = Checkpoints.read(file);
        for (JsonNode s : c.get("stats")) {
            LeafStats stats = LeafStats.of(tree.get(s.get("path").asText()).get());
            assertEquals(s.get("mean").asDouble(), stats.mean(), 1e-12 * Math.max(1, Math.abs(stats.mean())));
            assertEquals(s.get("std").asDouble(), stats.std(), 1e-12 * Math.max(1, stats.std()));
        }
    }

    @Test
    void msgpackLeavesReadInSmallGroupsGiveTheSameArrays() {
        Path file = init("cnn.json", "cnn.msgpack");
        var tree = Checkpoints.read(file);
        for (long batch : new long[] {1, 5000, CheckpointLeaves.BATCH_BYTES}) {
            Map<String, Array> seen = new HashMap<>();
            try (CheckpointLeaves leaves = CheckpointLeaves.open(file, "test", batch)) {
                leaves.read(leaves.entries().keySet().toVector(), seen::put);
            }
            assertEquals(Trees.leaves(tree).size(), seen.size());
            seen.forEach((path, a) -> assertEquals(tree.get(path).get(), a, path));
        }
    }

    @Test
    void statisticsOfSpecialValues() {
        assertEquals(new LeafStats(Double.NaN, Double.NaN), LeafStats.of(Array.zeros(Shape.of(0))));
        LeafStats inf = LeafStats.of(Array.of(new float[] {Float.POSITIVE_INFINITY, 1}));
        assertEquals(Double.POSITIVE_INFINITY, inf.mean());
        assertEquals(Double.NaN, inf.std());
        LeafStats ints = LeafStats.of(Array.of(new int[] {-1, 3}));
        assertEquals(new LeafStats(1, 2), ints);
        LeafStats bools = LeafStats.of(Array.of(new boolean[] {true, false, false, false}));
        assertEquals(0.25, bools.mean());
    }

    @Test
    void errorsNameTheFileAndTheProblem() throws Exception {
        Path json = Files.writeString(dir.resolve("net.json"), "{}");
        Path bad = Files.write(dir.resolve("bad.safetensors"), new byte[] {8, 0, 0, 0, 0, 0, 0, 0, '{', '}'});
        assertError("flaxen: diff: cannot read " + dir.resolve("none.msgpack") + " (no such file)\n",
                "diff", dir.resolve("none.msgpack").toString(), json.toString());
        assertError("flaxen: inspect: cannot read " + dir.resolve("none.msgpack") + " (no such file)\n",
                "inspect", dir.resolve("none.msgpack").toString());
        assertError("flaxen: inspect: cannot read " + dir + " (a directory)\n", "inspect", dir.toString());
        assertError("flaxen: Checkpoints.inspect: expected a Flax msgpack file (a msgpack map) or a safetensors file "
                + "(a header length and '{'), got neither (file " + json + ", byte 0)\n", "inspect", json.toString());
        assertError("flaxen: Checkpoints.inspect: expected a header length of at most the 2 bytes after it, got 8 "
                + "(file " + bad + ", byte 0)\n", "inspect", bad.toString());
    }

    private static void assertError(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err());
    }

    private static Map<String, String[]> rows(String table) {
        Map<String, String[]> rows = new HashMap<>();
        String[] lines = table.split("\n");
        for (int i = 2; i < lines.length - 1; i++) {
            String[] cells = lines[i].trim().split(" {2,}");
            rows.put(cells[0], cells);
        }
        return rows;
    }

    /** Six significant digits, as printed. */
    private static void assertClose(double expected, double printed, String what) {
        assertEquals(expected, printed, 5e-6 * Math.abs(expected) + 1e-300, what);
    }
}
