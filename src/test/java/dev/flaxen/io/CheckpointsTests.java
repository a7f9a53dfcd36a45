package dev.flaxen.io;

import static dev.flaxen.io.Reference.bytes;
import static dev.flaxen.io.Reference.f32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format-independent entry points: read, write, inspect, and partial loading with its report. */
class CheckpointsTests {
    @TempDir
    java.nio.file.Path dir;

    private java.nio.file.Path copy(String resource, String name) throws Exception {
        java.nio.file.Path file = dir.resolve(name);
        Files.write(file, bytes(resource));
        return file;
    }

    private static FrozenDict<Array> mlp() {
        return Reference.expectedTree("mlp_seed0.msgpack");
    }

    private static ShapeDtypeStruct spec(DType dtype, int... dims) {
        return new ShapeDtypeStruct(Shape.of(dims), dtype);
    }

    @Test
    void readsEitherFormatByExtensionOrContent() throws Exception {
        assertEquals(mlp(), Checkpoints.read(copy("mlp_seed0.msgpack", "checkpoint_100")));
        assertEquals(mlp().subtree("params").get(),
                Checkpoints.read(copy("mlp_seed0.safetensors", "weights")).subtree("mlp").get());
        assertEquals(CheckpointFormat.SAFETENSORS, CheckpointFormat.detect(dir.resolve("weights")));
        assertEquals(CheckpointFormat.FLAX_MSGPACK, CheckpointFormat.detect(dir.resolve("checkpoint_100")));
    }

    @Test
    void writesByExtension() {
        java.nio.file.Path st = dir.resolve("p.safetensors");
        java.nio.file.Path mp = dir.resolve("p.msgpack");
        Checkpoints.write(st, mlp());
        Checkpoints.write(mp, mlp());
        assertEquals(mlp(), Checkpoints.read(st));
        assertEquals(mlp(), Checkpoints.read(mp));
        assertTrue(Safetensors.loadFile(st).containsKey("params.layers_0.kernel"));
    }

    @Test
    void writingAnUnknownExtensionSaysWhichAreKnown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checkpoints.write(dir.resolve("p.bin"), mlp()));
        assertEquals("Checkpoints.write: expected a file name ending in .msgpack or .safetensors, got p.bin."
                + " Use FlaxMsgpack.save or Safetensors.saveFile for other names", e.getMessage());
    }

    @Test
    void unrecognisedContentIsReported() throws Exception {
        java.nio.file.Path file = dir.resolve("notes");
        Files.writeString(file, "hello");
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class, () -> Checkpoints.read(file));
        assertEquals("Checkpoints.read: expected a Flax msgpack file (a msgpack map) or a safetensors file (a header"
                + " length and '{'), got neither (file " + file + ", byte 0)", e.getMessage());
    }

    @Test
    void inspectListsEntriesAndMetadataWithoutData() throws Exception {
        CheckpointInfo st = Checkpoints.inspect(copy("dtypes.safetensors", "d.safetensors"));
        assertEquals(spec(DType.F32, 2, 3), st.entries().get("f32").get());
        assertEquals(Option.some("np"), st.metadata().get().get("format"));
        assertEquals(728, st.fileSize());
        CheckpointInfo mp = Checkpoints.inspect(copy("mlp_seed0.msgpack", "m.msgpack"));
        assertEquals(Vector.of("params/layers_0/kernel", "params/layers_0/bias", "params/layers_2/kernel",
                "params/layers_2/bias"), mp.entries().keySet().toVector());
        assertEquals(49, mp.paramCount());
        assertEquals(196, mp.byteSize());
        assertEquals(Option.none(), mp.metadata());
    }

    @Test
    void strictLoadIntoShapesGivesTheCheckpointInTheTargetsOrder() throws Exception {
        FrozenDict<ShapeDtypeStruct> shapes = FrozenDict.<ShapeDtypeStruct>empty()
                .with("params/layers_0/bias", spec(DType.F32, 8))
                .with("params/layers_0/kernel", spec(DType.F32, 4, 8))
                .with("params/layers_2/bias", spec(DType.F32, 1))
                .with("params/layers_2/kernel", spec(DType.F32, 8, 1));
        FrozenDict<Array> restored = Checkpoints.restore(copy("mlp_seed0.msgpack", "m.msgpack"), shapes);
        assertEquals(mlp(), restored);
        assertEquals(Vector.of("bias", "kernel"), restored.subtree("params/layers_0").get().keys());
    }

    /** A model that kept the first layer, resized the second and added a third. */
    private static FrozenDict<Array> newModel() {
        return FrozenDict.<Array>empty()
                .with("params/layers_0/kernel", f32(Shape.of(4, 8)))
                .with("params/layers_0/bias", f32(Shape.of(8)))
                .with("params/layers_2/kernel", f32(Shape.of(8, 3)))
                .with("params/layers_2/bias", f32(Shape.of(3)))
                .with("params/layers_4/kernel", f32(Shape.of(3, 1)))
                .withSubtree("batch_stats", FrozenDict.empty());
    }

    @Test
    void nonStrictLoadKeepsTargetLeavesWhereTheFileDoesNotFit() throws Exception {
        LoadResult r = Checkpoints.load(copy("mlp_seed0.msgpack", "m.msgpack"), newModel(), false);
        assertEquals(mlp().get("params/layers_0/kernel"), r.tree().get("params/layers_0/kernel"));
        assertEquals(mlp().get("params/layers_0/bias"), r.tree().get("params/layers_0/bias"));
        assertEquals(newModel().get("params/layers_2/kernel"), r.tree().get("params/layers_2/kernel"));
        assertEquals(newModel().get("params/layers_4/kernel"), r.tree().get("params/layers_4/kernel"));
        assertTrue(r.tree().subtree("batch_stats").get().isEmpty());
        assertEquals(Vector.of(Path.of("params/layers_4/kernel")), r.report().missing());
        assertEquals(Vector.empty(), r.report().unexpected());
        assertEquals(Vector.of(
                new LoadReport.Mismatch(Path.of("params/layers_2/kernel"), spec(DType.F32, 8, 3), spec(DType.F32, 8, 1)),
                new LoadReport.Mismatch(Path.of("params/layers_2/bias"), spec(DType.F32, 3), spec(DType.F32, 1))),
                r.report().mismatched());
    }

    @Test
    void nonStrictLoadIntoShapesLeavesOutWhatItCouldNotLoad() throws Exception {
        FrozenDict<ShapeDtypeStruct> shapes = Trees.map(newModel(), ShapeDtypeStruct::of);
        LoadResult r = Checkpoints.load(copy("mlp_seed0.safetensors", "m.safetensors"), shapes, false);
        assertEquals(Vector.of(Path.of("params/layers_0/kernel"), Path.of("params/layers_0/bias"),
                Path.of("params/layers_2/kernel"), Path.of("params/layers_2/bias"), Path.of("params/layers_4/kernel")),
                r.report().missing());
        assertEquals(4, r.report().unexpected().size());
        assertTrue(Trees.leaves(r.tree()).isEmpty());
    }

    @Test
    void strictLoadListsEveryProblem() throws Exception {
        java.nio.file.Path file = copy("mlp_seed0.msgpack", "m.msgpack");
        FrozenDict<Array> target = newModel().without("params/layers_0/bias");
        CheckpointMismatchException e = assertThrows(CheckpointMismatchException.class,
                () -> Checkpoints.load(file, target, true));
        assertEquals("Checkpoints.load: expected file " + file + " to match the target tree, got 1 missing"
                + " (params/layers_4/kernel), 1 unexpected (params/layers_0/bias), 2 mismatched (params/layers_2/kernel"
                + " expected float32[8,3], got float32[8,1], params/layers_2/bias expected float32[3], got float32[1])."
                + " Load with strict = false to take the matching leaves and get this report", e.getMessage());
        assertFalse(e.report().isClean());
    }

    @Test
    void dtypeDifferencesAreMismatches() {
        FrozenDict<Array> source = FrozenDict.<Array>empty().with("w", f32(Shape.of(2), 1, 2));
        FrozenDict<ShapeDtypeStruct> target = FrozenDict.<ShapeDtypeStruct>empty().with("w", spec(DType.BF16, 2));
        LoadReport r = Checkpoints.load(source, target, false).report();
        assertEquals(Vector.of(new LoadReport.Mismatch(Path.of("w"), spec(DType.BF16, 2), spec(DType.F32, 2))),
                r.mismatched());
        assertEquals("0 missing, 0 unexpected, 1 mismatched (w expected bfloat16[2], got float32[2])", r.toString());
    }

    @Test
    void loadingFromSafetensorsWithASlashSeparator() {
        java.nio.file.Path file = dir.resolve("s.safetensors");
        Checkpoints.write(file, mlp(), "/");
        assertEquals(LinkedHashMap.empty(), Safetensors.loadFile(file).filterKeys(k -> k.contains(".")));
        assertTrue(Checkpoints.load(file, mlp(), "/", true).report().isClean());
    }

    @Test
    void targetsMustHoldArraysOrShapes() {
        FrozenDict<Integer> bad = FrozenDict.<Integer>empty().with("w", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checkpoints.load(mlp(), bad, false));
        assertEquals("Checkpoints.load: expected target leaves of type Array or ShapeDtypeStruct, got"
                + " java.lang.Integer at w. Pass the tree init or initShapes returns", e.getMessage());
    }
}
