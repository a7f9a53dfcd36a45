package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.tree.FrozenDict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flaxen diff}: identical files in either format, value and structure differences, exit statuses. */
class DiffCommandTests {
    @TempDir
    Path dir;

    private Path init(String model, long seed, String name, String... more) {
        Path out = dir.resolve(name);
        String[] args = {"init", model, "--seed", Long.toString(seed), "--out", out.toString()};
        String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(more)).toArray(String[]::new);
        assertEquals(0, Cli.run(all).status());
        return out;
    }

    @Test
    void theSameTreeInBothFormatsIsIdentical() {
        Path a = init("mlp:4,8,2", 0, "a.msgpack");
        Path b = init("mlp:4,8,2", 0, "b.safetensors");
        Path slashed = init("mlp:4,8,2", 0, "c.safetensors", "--sep", "/");
        Cli.Result r = Cli.run("diff", a.toString(), b.toString());
        assertEquals(0, r.status());
        assertEquals("A: " + a + " (Flax msgpack, 4 leaves)\n"
                + "B: " + b + " (safetensors, 4 leaves)\n"
                + "identical: 4 leaves, 58 parameters\n", r.out());
        assertEquals(0, Cli.run("diff", a.toString(), slashed.toString(), "--sep", "/").status());
        assertEquals(0, Cli.run("diff", a.toString(), a.toString()).status());
    }

    @Test
    void twoSeedsDifferInEveryRandomLeaf() {
        Path a = init("mlp:4,8,2", 0, "a.msgpack");
        Path b = init("mlp:4,8,2", 1, "b.msgpack");
        Cli.Result r = Cli.run("diff", a.toString(), b.toString());
        assertEquals(1, r.status());
        FrozenDict<Array> ta = Checkpoints.read(a);
        FrozenDict<Array> tb = Checkpoints.read(b);
        LeafDiff k0 = LeafDiff.of(ta.get("params/layers_0/kernel").get(), tb.get("params/layers_0/kernel").get());
        LeafDiff k2 = LeafDiff.of(ta.get("params/layers_2/kernel").get(), tb.get("params/layers_2/kernel").get());
        String[] lines = r.out().split("\n");
        assertEquals(6, lines.length, r.out());
        assertEquals(List.of("path", "A", "B", "differing", "max abs", "max ulp"), List.of(lines[2].split(" {2,}")));
        assertEquals(List.of("params/layers_0/kernel", "float32[4,8]", "float32[4,8]", "32 of 32",
                Formats.number(k0.maxAbs()), Formats.count((long) k0.maxUlp())), List.of(lines[3].split(" {2,}")));
        assertEquals(List.of("params/layers_2/kernel", "float32[8,2]", "float32[8,2]", "16 of 16",
                Formats.number(k2.maxAbs()), Formats.count((long) k2.maxUlp())), List.of(lines[4].split(" {2,}")));
        assertEquals("different: 2 with other values, 0 only in A, 0 only in B, 0 with another shape or dtype; "
                + "2 identical", lines[5]);
    }

    @Test
    void structureDifferencesAreListedWordForWord() {
        Path a = dir.resolve("a.msgpack");
        Path b = dir.resolve("b.safetensors");
        Checkpoints.write(a, FrozenDict.<Array>empty()
                .with("params/w", Array.ones(Shape.of(2, 3)))
                .with("params/only_a", Array.zeros(Shape.of(2)))
                .with("params/n", Array.of(new int[] {1, 2, 3}))
                .with("params/same", Array.ones(Shape.of(1))));
        Checkpoints.write(b, FrozenDict.<Array>empty()
                .with("params/w", Array.ones(Shape.of(3, 2)))
                .with("params/n", Array.of(new int[] {1, -2, 3}))
                .with("params/same", Array.ones(Shape.of(1)))
                .with("params/only_b", Array.ones(Shape.of(1))));
        Cli.Result r = Cli.run("diff", a.toString(), b.toString());
        assertEquals(1, r.status());
        assertEquals("A: " + a + " (Flax msgpack, 4 leaves)\n"
                + "B: " + b + " (safetensors, 4 leaves)\n"
                + "path           A             B             differing    max abs  max ulp\n"
                + "params/w       float32[2,3]  float32[3,2]  shape/dtype\n"
                + "params/only_a  float32[2]    -             only in A\n"
                + "params/only_b  -             float32[1]    only in B\n"
                + "params/n       int32[3]      int32[3]      1 of 3             4        -\n"
                + "different: 1 with other values, 1 only in A, 1 only in B, 1 with another shape or dtype; "
                + "1 identical\n", r.out());
    }

    @Test
    void unreadableFilesAreErrorsWithStatus2() throws Exception {
        Path a = init("mlp:2,2", 0, "a.msgpack");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Cli.Result missing = Cli.run("diff", a.toString(), dir.resolve("b.msgpack").toString());
        assertEquals(2, missing.status());
        assertEquals("flaxen: diff: cannot read " + dir.resolve("b.msgpack") + " (no such file)\n", missing.err());
        Cli.Result corrupt = Cli.run("diff", text.toString(), a.toString());
        assertEquals(2, corrupt.status());
        assertEquals("flaxen: Checkpoints.inspect: expected a Flax msgpack file (a msgpack map) or a safetensors file "
                + "(a header length and '{'), got neither (file " + text + ", byte 0)\n", corrupt.err());
        Cli.Result usage = Cli.run("diff", a.toString());
        assertEquals(2, usage.status());
        assertEquals("flaxen: Missing required parameter: 'B'. See 'flaxen diff --help'\n", usage.err());
    }
}
