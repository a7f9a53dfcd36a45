package dev.flaxen.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden digests. The canonical bytes, digest and golden-file text of a tree of every dtype come from an independent
 * Python implementation ({@code golden/canonical.json}, made by {@code golden/gen_golden.py}).
 */
class GoldenTests {
    private static final Array W = Array.of(new float[] {1, 2, 3}, 3);
    private static final FrozenDict<Array> TREE = FrozenDict.<Array>empty().with("params/w", W)
            .with("params/b", Array.zeros(Shape.of(2)));

    @TempDir
    Path dir;

    private static JsonNode reference() throws IOException {
        try (InputStream in = GoldenTests.class.getResourceAsStream("/golden/canonical.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The reference tree, its entries inserted in the file's order or the reverse. */
    private static FrozenDict<Array> referenceTree(JsonNode ref, boolean reversed) {
        Vector<JsonNode> entries = Vector.ofAll(ref.get("entries"));
        FrozenDict<Array> t = FrozenDict.empty();
        for (JsonNode e : reversed ? entries.reverse() : entries) {
            String path = e.get("path").asText();
            if (e.has("empty")) {
                t = t.withSubtree(path, FrozenDict.empty());
            } else {
                int[] dims = Vector.ofAll(e.get("shape")).map(JsonNode::asInt).toJavaStream().mapToInt(i -> i)
                        .toArray();
                t = t.with(path, Array.fromBytes(HexFormat.of().parseHex(e.get("data").asText()), Shape.of(dims),
                        DType.of(e.get("dtype").asText())));
            }
        }
        return t;
    }

    @Test
    void canonicalBytesDigestAndFileTextAreThoseOfThePythonImplementation() throws IOException {
        JsonNode ref = reference();
        for (boolean reversed : new boolean[] {false, true}) {
            FrozenDict<Array> t = referenceTree(ref, reversed);
            assertEquals(ref.get("canonical_hex").asText(), HexFormat.of().formatHex(Golden.canonicalBytes(t)));
            assertEquals(ref.get("sha256").asText(), Golden.digest(t));
            Path file = dir.resolve(reversed + ".digest");
            assertEquals(Golden.Status.RECORDED, Golden.assertDigest(file, t, Golden.Mode.RECORD).status());
            assertEquals(ref.get("golden_file").asText(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theEmptyTreeIsTheMagicAndAZeroCount() throws Exception {
        byte[] expected = "flaxen-tree-1\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(expected, Golden.canonicalBytes(FrozenDict.empty()));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected)),
                Golden.digest(FrozenDict.empty()));
    }

    @Test
    void aMissingFileIsRecordedThenMatched() throws IOException {
        Path file = dir.resolve("nested/dir/net.digest");
        String digest = Golden.digest(TREE);
        Golden.Outcome first = Golden.assertDigest(file, TREE, Golden.Mode.RECORD);
        assertEquals(new Golden.Outcome(Golden.Status.RECORDED, digest, "Golden.assertDigest: recorded " + file
                + " (tree " + digest + ", 2 entries). Commit it; later runs compare against it"), first);
        assertEquals(GoldenFile.HEADER + "tree " + digest + "\n"
                + "leaf " + leafDigest("params/b", TREE) + " float32[2] params/b\n"
                + "leaf " + leafDigest("params/w", TREE) + " float32[3] params/w\n", Files.readString(file));
        for (Golden.Mode mode : Golden.Mode.values()) {
            assertEquals(new Golden.Outcome(Golden.Status.MATCHED, digest, "Golden.assertDigest: " + file
                    + " matches (tree " + digest + ")"), Golden.assertDigest(file, TREE, mode));
        }
    }

    @Test
    void aChangedValueNamesBothDigestsAndTheLeaf() {
        Path file = dir.resolve("net.digest");
        Golden.assertDigest(file, TREE, Golden.Mode.RECORD);
        FrozenDict<Array> changed = TREE.with("params/w", W.at(2).set(Math.nextUp(3f)));
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertDigest(file, changed,
                Golden.Mode.RECORD));
        assertEquals("Golden.assertDigest: expected the tree recorded in " + file + ", got a different one\n"
                + "  expected: tree " + Golden.digest(TREE) + "\n"
                + "  actual:   tree " + Golden.digest(changed) + "\n"
                + "  first difference: the values of params/w (float32[3])\n"
                + "  If the change is intended, re-record: delete the file, or run with -Dflaxen.golden=update",
                e.getMessage());
    }

    @Test
    void shapeChangesAndMissingOrExtraLeavesAreNamed() {
        Path file = dir.resolve("net.digest");
        Golden.assertDigest(file, TREE, Golden.Mode.RECORD);
        assertEquals("params/w: expected float32[3], got float64[3]",
                firstDifference(file, TREE.with("params/w", W.astype(DType.F64))));
        assertEquals("params/b: expected float32[2], got nothing", firstDifference(file, TREE.without("params/b")));
        assertEquals("params/a: expected nothing, got float32[3]", firstDifference(file, TREE.with("params/a", W)));
        assertEquals("params/c: expected nothing, got an empty subtree",
                firstDifference(file, TREE.withSubtree("params/c", FrozenDict.empty())));
    }

    private static String firstDifference(Path file, FrozenDict<Array> tree) {
        String message = assertThrows(AssertionError.class,
                () -> Golden.assertDigest(file, tree, Golden.Mode.STRICT)).getMessage();
        return message.lines().filter(l -> l.startsWith("  first difference: ")).findFirst().orElseThrow()
                .substring("  first difference: ".length());
    }

    @Test
    void strictModeDoesNotRecord() {
        Path file = dir.resolve("missing.digest");
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertDigest(file, TREE,
                Golden.Mode.STRICT));
        assertEquals("Golden.assertDigest: expected a golden file at " + file + ", got none. Strict mode "
                + "(-Dflaxen.golden=strict, or the environment variable CI) records nothing: run the test once "
                + "locally and commit the file", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void updateModeRewritesADifferentFile() {
        Path file = dir.resolve("net.digest");
        Golden.assertDigest(file, TREE, Golden.Mode.UPDATE);
        FrozenDict<Array> changed = TREE.without("params/b");
        Golden.Outcome o = Golden.assertDigest(file, changed, Golden.Mode.UPDATE);
        assertEquals(new Golden.Outcome(Golden.Status.UPDATED, Golden.digest(changed), "Golden.assertDigest: updated "
                + file + " (tree " + Golden.digest(changed) + ", was " + Golden.digest(TREE) + ")"), o);
        assertEquals(Golden.Status.MATCHED, Golden.assertDigest(file, changed, Golden.Mode.STRICT).status());
    }

    @Test
    void aHandWrittenFileNeedsOnlyItsTreeLine() throws IOException {
        Path file = dir.resolve("hand.digest");
        Files.writeString(file, "# from the 0.1.0 release\n\ntree " + Golden.digest(TREE) + "\n");
        assertEquals(Golden.Status.MATCHED, Golden.assertDigest(file, TREE, Golden.Mode.STRICT).status());
        String message = assertThrows(AssertionError.class,
                () -> Golden.assertDigest(file, FrozenDict.empty(), Golden.Mode.STRICT)).getMessage();
        assertEquals(-1, message.indexOf("first difference"), message);
    }

    @Test
    void malformedFilesAndAbstractLeavesAreRejected() throws IOException {
        Path file = dir.resolve("bad.digest");
        Files.writeString(file, "tree 1234\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Golden.assertDigest(file, TREE, Golden.Mode.RECORD));
        assertEquals("Golden.assertDigest: expected a golden file of '#' comments, one 'tree <64 hex digits>' line "
                + "and 'leaf'/'empty' lines, got 'tree 1234' at line 1 in " + file + ". Delete the file to record it "
                + "again", e.getMessage());
        Files.writeString(file, "# nothing\n");
        assertEquals("Golden.assertDigest: expected a golden file of '#' comments, one 'tree <64 hex digits>' line "
                + "and 'leaf'/'empty' lines, got no tree line in " + file + ". Delete the file to record it again",
                assertThrows(IllegalArgumentException.class, () -> Golden.assertDigest(file, TREE,
                        Golden.Mode.RECORD)).getMessage());
        FrozenDict<Array> shapes = TREE.with("params/w", Array.abstractOf(Shape.of(3), DType.F32));
        assertEquals("Golden.digest: expected concrete arrays, got an abstract float32[3] at params/w. An abstract "
                + "array has no values to digest",
                assertThrows(IllegalArgumentException.class, () -> Golden.digest(shapes)).getMessage());
    }

    @Test
    void theModeComesFromTheSystemPropertyElseFromCi() {
        assertEquals(Golden.Mode.RECORD, Golden.Mode.of(null, null));
        assertEquals(Golden.Mode.RECORD, Golden.Mode.of("", "false"));
        assertEquals(Golden.Mode.STRICT, Golden.Mode.of(null, "true"));
        assertEquals(Golden.Mode.STRICT, Golden.Mode.of(" Strict ", null));
        assertEquals(Golden.Mode.UPDATE, Golden.Mode.of("update", "true"));
        assertEquals(Golden.Mode.RECORD, Golden.Mode.of("record", "1"));
        assertEquals("Golden.Mode: expected the system property flaxen.golden to be record, strict or update, got "
                + "'yes'", assertThrows(IllegalArgumentException.class, () -> Golden.Mode.of("yes", null))
                .getMessage());
    }

    private static String leafDigest(String path, FrozenDict<Array> tree) {
        return CanonicalBytes.digest("test", new CanonicalBytes.Entry(dev.flaxen.tree.Path.of(path),
                tree.get(path)));
    }
}
