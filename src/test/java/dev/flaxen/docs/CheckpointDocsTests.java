package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.io.CheckpointFormat;
import dev.flaxen.io.CheckpointInfo;
import dev.flaxen.io.CheckpointMismatchException;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.io.CorruptCheckpointException;
import dev.flaxen.io.FlaxMsgpack;
import dev.flaxen.io.LoadReport;
import dev.flaxen.io.LoadResult;
import dev.flaxen.io.Safetensors;
import dev.flaxen.io.SafetensorsEntry;
import dev.flaxen.io.SafetensorsFile;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc examples of {@code dev.flaxen.io} and the Java code in docs/checkpoints.md, run against the
 * reference files (mlp.msgpack is shared/vectors' mlp_seed0.msgpack, mlp.safetensors its mlp_seed0.safetensors)
 * in a temporary folder instead of the working directory.
 */
class CheckpointDocsTests {
    @TempDir
    java.nio.file.Path dir;

    private java.nio.file.Path mlpMsgpack;
    private java.nio.file.Path mlpSafetensors;

    @BeforeEach
    void copyReferenceFiles() throws Exception {
        mlpMsgpack = copy("mlp_seed0.msgpack", "mlp.msgpack");
        mlpSafetensors = copy("mlp_seed0.safetensors", "mlp.safetensors");
    }

    private java.nio.file.Path copy(String resource, String name) throws Exception {
        try (InputStream in = CheckpointDocsTests.class.getResourceAsStream("/dev/flaxen/io/" + resource)) {
            java.nio.file.Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static Array zeros(int... dims) {
        return Array.zeros(Shape.of(dims));
    }

    /** The mlp's variables plus a head layer the file lacks: one missing leaf. */
    private FrozenDict<Array> targetWithHead() {
        return FlaxMsgpack.load(mlpMsgpack).with("params/head/kernel", zeros(1, 1));
    }

    @Test
    void packageAndCheckpointsExamples() {
        FrozenDict<Array> params = Checkpoints.read(mlpMsgpack);
        java.nio.file.Path st = dir.resolve("params.safetensors");
        Checkpoints.write(st, params);
        assertTrue(Safetensors.loadFile(st).containsKey("params.layers_0.kernel"));
        assertEquals(params, Checkpoints.read(st));
        assertEquals(49, Checkpoints.inspect(st).paramCount());
        LoadResult r = Checkpoints.load(mlpMsgpack, targetWithHead(), false);
        assertEquals("1 missing (params/head/kernel), 0 unexpected, 0 mismatched", r.report().toString());
    }

    @Test
    void checkpointsMethodExamples() {
        assertEquals(Shape.of(4, 8), Checkpoints.read(mlpSafetensors).get("mlp/layers_0/kernel").get().shape());
        FrozenDict<Array> params = FlaxMsgpack.load(mlpMsgpack);
        java.nio.file.Path slashed = dir.resolve("slashed.safetensors");
        Checkpoints.write(slashed, params, "/");
        assertEquals(params, Checkpoints.read(slashed, "/"));
        assertEquals("params/layers_0/kernel", Checkpoints.inspect(mlpMsgpack).entries().keySet().head());
        FrozenDict<ShapeDtypeStruct> shapes = Trees.map(params, ShapeDtypeStruct::of);
        assertEquals(params, Checkpoints.load(slashed, shapes, "/", true).tree());
        FrozenDict<Array> fresh = Trees.map(params, a -> Array.zeros(a.shape(), a.dtype()));
        assertEquals(params, Checkpoints.load(mlpMsgpack, fresh, false).tree());
        assertTrue(Checkpoints.load(params, shapes, false).report().isClean());
        assertEquals(params, Checkpoints.restore(mlpMsgpack, shapes));
    }

    @Test
    void loadReportResultAndMismatchExamples() {
        FrozenDict<Array> target = targetWithHead().with("params/layers_2/kernel", zeros(8, 3));
        LoadReport r = Checkpoints.load(mlpMsgpack, target, false).report();
        assertFalse(r.isClean());
        assertEquals(Vector.of(Path.of("params/head/kernel")), r.missing());
        assertEquals("Vector(params/layers_2/kernel expected float32[8,3], got float32[8,1])", r.mismatched().toString());
        assertEquals("1 missing (params/head/kernel), 0 unexpected, 1 mismatched (params/layers_2/kernel expected"
                + " float32[8,3], got float32[8,1])", r.toString());
        LoadResult result = Checkpoints.load(mlpMsgpack, targetWithHead(), false);
        assertEquals(Vector.of(Path.of("params/head/kernel")), result.report().missing());
        assertEquals(zeros(1, 1), result.tree().get("params/head/kernel").get());
        CheckpointMismatchException e = assertThrows(CheckpointMismatchException.class,
                () -> Checkpoints.restore(mlpMsgpack, targetWithHead()));
        assertEquals(Vector.of(Path.of("params/head/kernel")), e.report().missing());
    }

    @Test
    void corruptCheckpointExample() throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.safetensors");
        byte[] header = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,3]}}".getBytes(StandardCharsets.UTF_8);
        Files.write(bad, ByteBuffer.allocate(8 + header.length + 3).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(header.length).put(header).array());
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class, () -> Checkpoints.read(bad));
        assertEquals("Checkpoints.read: expected data_offsets [0, 3] to span 4 bytes for F32 (1,), got 3 at a (file "
                + bad + ", byte 9)", e.getMessage());
        assertEquals(Option.some("a"), e.entry());
        assertEquals(Option.some(9L), e.offset());
    }

    @Test
    void safetensorsFileAndEntryExamples() {
        try (SafetensorsFile f = Safetensors.open(mlpSafetensors)) {
            assertEquals(Vector.of("mlp.layers_0.bias", "mlp.layers_0.kernel", "mlp.layers_2.bias", "mlp.layers_2.kernel"),
                    f.entries().keySet().toVector());
            assertEquals(Option.none(), f.metadata());
            assertEquals(Shape.of(4, 8), f.read("mlp.layers_0.kernel").shape());
            assertEquals(Shape.of(4, 8), f.readTree(".").get("mlp/layers_0/kernel").get().shape());
            assertEquals(4, f.readAll().size());
            SafetensorsEntry e = f.entries().get("mlp.layers_0.kernel").get();
            assertEquals("float32[4,8]", e.spec().toString());
            assertEquals(128, e.byteSize());
        }
        java.nio.file.Path pt = dir.resolve("w.safetensors");
        LinkedHashMap<String, Array> tensors = LinkedHashMap.of("w", Array.ones(Shape.of(2)));
        Safetensors.saveFile(pt, tensors, LinkedHashMap.of("format", "pt"));
        try (SafetensorsFile f = Safetensors.open(pt)) {
            assertEquals(Option.some("pt"), f.metadata().flatMap(m -> m.get("format")));
        }
    }

    @Test
    void safetensorsExamples() {
        FrozenDict<Array> params = FlaxMsgpack.load(mlpMsgpack);
        java.nio.file.Path file = dir.resolve("flat.safetensors");
        Safetensors.saveFile(file, Trees.flatten(params, "."), LinkedHashMap.of("format", "flax"));
        try (SafetensorsFile f = Safetensors.open(file)) {
            assertEquals(Shape.of(4, 8), f.read("params.layers_0.kernel").shape());
        }
        LinkedHashMap<String, Array> tensors = LinkedHashMap.of("w", Array.ones(Shape.of(2)));
        Safetensors.saveFile(dir.resolve("w.safetensors"), tensors);
        assertEquals(104, Safetensors.save(tensors, LinkedHashMap.of("format", "np")).length);
        assertEquals(Array.ones(Shape.of(2)), Safetensors.open(Safetensors.save(tensors)).read("w"));
        assertEquals(4, Safetensors.loadFile(mlpSafetensors).size());
        assertEquals(tensors, Safetensors.load(Safetensors.save(tensors)));
        try (SafetensorsFile f = Safetensors.open(mlpSafetensors)) {
            assertEquals(4, f.entries().size());
        }
    }

    @Test
    void flaxMsgpackExamples() throws Exception {
        FrozenDict<Array> variables = FlaxMsgpack.load(mlpMsgpack);
        byte[] b = FlaxMsgpack.toBytes(variables);
        assertArrayEquals(Files.readAllBytes(mlpMsgpack), b);
        assertEquals(variables, FlaxMsgpack.fromBytes(b));
        java.nio.file.Path copy = dir.resolve("copy.msgpack");
        FlaxMsgpack.save(copy, variables);
        assertEquals(Trees.map(variables, ShapeDtypeStruct::of), FlaxMsgpack.inspect(copy));
        assertEquals(variables, FlaxMsgpack.fromBytes(Files.readAllBytes(mlpMsgpack)));
        assertEquals(Option.some(new ShapeDtypeStruct(Shape.of(4, 8), DType.F32)),
                FlaxMsgpack.inspect(mlpMsgpack).get("params/layers_0/kernel"));
        byte[] scalar = FlaxMsgpack.toBytes(FrozenDict.<Array>empty().with("s", Array.scalar(1.5f)));
        byte[] expected = ByteBuffer.allocate(21).put(new byte[] {(byte) 0x81, (byte) 0xa1, 's', (byte) 0xd8, 1,
            (byte) 0x93, (byte) 0x90, (byte) 0xa7}).put("float32".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[] {(byte) 0xc4, 4, 0, 0, (byte) 0xc0, 0x3f}).array();
        assertArrayEquals(expected, scalar);
    }

    @Test
    void formatAndInfoExamples() throws Exception {
        assertEquals(Option.some(CheckpointFormat.SAFETENSORS), CheckpointFormat.of(java.nio.file.Path.of("model.safetensors")));
        assertEquals(Option.some(CheckpointFormat.FLAX_MSGPACK), CheckpointFormat.of(java.nio.file.Path.of("params.msgpack")));
        java.nio.file.Path noExtension = dir.resolve("checkpoint_1000");
        Files.copy(mlpMsgpack, noExtension);
        assertEquals(CheckpointFormat.FLAX_MSGPACK, CheckpointFormat.detect(noExtension));
        CheckpointInfo info = Checkpoints.inspect(mlpSafetensors);
        assertEquals(CheckpointFormat.SAFETENSORS, info.format());
        assertEquals("(mlp.layers_0.bias, float32[8])", info.entries().head().toString());
        assertEquals(49, info.paramCount());
        assertEquals(196, info.byteSize());
    }

    @Test
    void checkpointsPageExamples() {
        FrozenDict<Array> params = Checkpoints.read(mlpMsgpack);
        Checkpoints.write(mlpSafetensors, params);
        assertTrue(Safetensors.loadFile(mlpSafetensors).containsKey("params.layers_0.kernel"));
        assertEquals(49, Checkpoints.inspect(mlpSafetensors).paramCount());
        FrozenDict<Array> target = targetWithHead().with("params/layers_2/kernel", zeros(8, 3));
        LoadResult r = Checkpoints.load(mlpMsgpack, target, false);
        assertEquals("1 missing (params/head/kernel), 0 unexpected, 1 mismatched (params/layers_2/kernel expected"
                + " float32[8,3], got float32[8,1])", r.report().toString());
        assertEquals(params.get("params/layers_0/kernel"), r.tree().get("params/layers_0/kernel"));
        assertEquals(Option.some(zeros(8, 3)), r.tree().get("params/layers_2/kernel"));
        java.nio.file.Path model = dir.resolve("model.safetensors");
        Safetensors.saveFile(model, Trees.flatten(params, "."), LinkedHashMap.of("format", "pt"));
        assertEquals(Option.some("pt"), Safetensors.open(model).metadata().flatMap(m -> m.get("format")));
    }
}
