package dev.flaxen.io;

import static dev.flaxen.io.Reference.bytes;
import static dev.flaxen.io.Reference.f32;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** safetensors against files the Python library wrote (see PROVENANCE.md beside them), both ways. */
class SafetensorsTests {
    @TempDir
    java.nio.file.Path dir;

    private static final LinkedHashMap<String, String> NP_METADATA =
            LinkedHashMap.of("format", "np", "producer", "safetensors-python");

    @Test
    void readsTheDtypesReferenceBitForBit() {
        try (SafetensorsFile f = Safetensors.open(bytes("dtypes.safetensors"))) {
            assertEquals(Reference.expectedFlat("dtypes.safetensors").toMap(t -> t), f.readAll().toMap(t -> t));
            assertEquals(Option.some(NP_METADATA), f.metadata());
            assertEquals(Vector.of("f64", "empty", "f32", "nested.a.b", "scalar", "i32", "f16", "u8", "bool"),
                    f.entries().keySet().toVector());
        }
    }

    @Test
    void writesTheDtypesReferenceByteForByte() {
        assertArrayEquals(bytes("dtypes.safetensors"),
                Safetensors.save(Reference.expectedFlat("dtypes.safetensors"), NP_METADATA));
    }

    @Test
    void readsAndWritesTheMlpReference() {
        LinkedHashMap<String, Array> expected = Reference.expectedFlat("mlp_seed0.safetensors");
        assertEquals(expected.toMap(t -> t), Safetensors.load(bytes("mlp_seed0.safetensors")).toMap(t -> t));
        assertArrayEquals(bytes("mlp_seed0.safetensors"), Safetensors.save(expected));
    }

    @Test
    void readsTheMlpReferenceAsATreeWithEitherSeparator() {
        FrozenDict<Array> tree = Safetensors.open(bytes("mlp_seed0.safetensors")).readTree(".");
        assertEquals(Reference.expectedTree("mlp_seed0.msgpack").subtree("params").get(), tree.subtree("mlp").get());
        byte[] slashed = Safetensors.save(Trees.flatten(tree, "/"));
        assertEquals(tree, Safetensors.open(slashed).readTree("/"));
    }

    /**
     * gen_io_reference.py step 5: every dtype, names whose UTF-8, UTF-16 and insertion orders differ, JSON
     * escapes, supplementary characters, a scalar and an empty tensor. Reading then writing gives the same bytes.
     */
    @Test
    void reproducesEveryDtypeNameOrderAndEscapeOfThePythonLibrary() {
        byte[] file = bytes("all_dtypes.safetensors");
        try (SafetensorsFile f = Safetensors.open(file)) {
            assertEquals(Option.some(LinkedHashMap.of("note", "line\nbreak \u00e9 \ud83d\ude00")), f.metadata());
            assertEquals(Vector.of("uint64", "int64", "float64", "esc\n\t\u001f\"\\/", "float32", "scalar", "z\u00e9",
                    "\uffff", "\ud800\udc00", "uint32", "int32", "bfloat16", "float16", "uint16", "int16", "int8",
                    "uint8", "bool"), f.entries().keySet().toVector());
            assertEquals(fromFloats(DType.BF16, -0.5f, -0.25f, 0f, 0.25f, 0.5f), f.read("bfloat16"));
            assertEquals(Reference.fromBits(Shape.of(5), DType.U64, -201, -164, -127, -90, -53), f.read("uint64"));
            assertEquals(f32(Shape.scalar(), 7.5f), f.read("scalar"));
            assertArrayEquals(file, Safetensors.save(f.readAll(), f.metadata().get()));
        }
    }

    private static Array fromFloats(DType dtype, float... v) {
        long[] bits = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            bits[i] = dev.flaxen.array.HalfFloats.toBFloat16(v[i]);
        }
        return Reference.fromBits(Shape.of(v.length), dtype, bits);
    }

    /** gen_io_reference.py steps 6 and 7: no metadata is absent, empty metadata is written as {}. */
    @Test
    void distinguishesNoMetadataFromEmptyMetadata() {
        LinkedHashMap<String, Array> empty = LinkedHashMap.of("a", f32(Shape.of(0)));
        assertArrayEquals(bytes("empty.safetensors"), Safetensors.save(LinkedHashMap.empty()));
        assertArrayEquals(bytes("empty_metadata.safetensors"), Safetensors.save(empty, LinkedHashMap.empty()));
        assertEquals(Option.none(), Safetensors.open(bytes("empty.safetensors")).metadata());
        assertEquals(Option.some(LinkedHashMap.empty()), Safetensors.open(bytes("empty_metadata.safetensors")).metadata());
    }

    /**
     * gen_io_reference.py step 8: for no tensors and empty metadata the Python library writes the invalid
     * header {@code {},"__metadata__":{}}}, which it cannot read back either. Flaxen writes valid JSON there.
     */
    @Test
    void rejectsThePythonLibrarysInvalidHeaderAndWritesAValidOne() {
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class,
                () -> Safetensors.open(bytes("python_invalid_empty_metadata.safetensors")));
        assertEquals("Safetensors.open: expected a valid JSON header, got: Unexpected character (',' (code 44)):"
                + " expected a value (bytes in memory, byte 10)", e.getMessage());
        byte[] ours = Safetensors.save(LinkedHashMap.empty(), LinkedHashMap.empty());
        assertEquals("{\"__metadata__\":{}}     ", new String(ours, 8, ours.length - 8, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Option.some(LinkedHashMap.empty()), Safetensors.open(ours).metadata());
    }

    @Test
    void readsOnlyTheTensorsAskedForFromAFile() throws Exception {
        java.nio.file.Path file = dir.resolve("mlp.safetensors");
        Files.write(file, bytes("mlp_seed0.safetensors"));
        try (SafetensorsFile f = Safetensors.open(file)) {
            SafetensorsEntry e = f.entries().get("mlp.layers_0.kernel").get();
            assertEquals(new SafetensorsEntry("mlp.layers_0.kernel", DType.F32, Shape.of(4, 8), 32, 160), e);
            assertEquals(Reference.expectedFlat("mlp_seed0.safetensors").get("mlp.layers_0.kernel").get(),
                    f.read("mlp.layers_0.kernel"));
        }
    }

    /** Tensors above one mapping (1 GiB) are read in several: the same code with 8-byte mappings. */
    @Test
    void readsTensorsLargerThanOneMappingInPieces() throws Exception {
        java.nio.file.Path file = dir.resolve("dtypes.safetensors");
        Files.write(file, bytes("dtypes.safetensors"));
        try (SafetensorsFile f = SafetensorsFile.open(file, "test", 8)) {
            assertEquals(Reference.expectedFlat("dtypes.safetensors").toMap(t -> t), f.readAll().toMap(t -> t));
        }
    }

    /** An array of 400 KB goes through many 64 KiB pieces on the way out and in. */
    @Test
    void largeArraysRoundTripThroughFilesAndBytes() {
        Array big = Array.generateDouble(Shape.of(250, 200), out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = i * 0.25 - 7;
            }
        });
        LinkedHashMap<String, Array> tensors = LinkedHashMap.of("big", big, "small", f32(Shape.of(1), 3));
        java.nio.file.Path file = dir.resolve("big.safetensors");
        Safetensors.saveFile(file, tensors);
        assertEquals(tensors.toMap(t -> t), Safetensors.loadFile(file).toMap(t -> t));
        assertEquals(tensors.toMap(t -> t), Safetensors.load(Safetensors.save(tensors)).toMap(t -> t));
    }

    @Test
    void savesFilesThatLoadBack() {
        java.nio.file.Path file = dir.resolve("w.safetensors");
        LinkedHashMap<String, Array> tensors = LinkedHashMap.of("b", f32(Shape.of(2), 1, 2), "a", f32(Shape.of(), 3));
        Safetensors.saveFile(file, tensors, LinkedHashMap.of("format", "pt"));
        assertEquals(tensors.toMap(t -> t), Safetensors.loadFile(file).toMap(t -> t));
        assertEquals(Vector.of("a", "b"), Safetensors.loadFile(file).keySet().toVector());
    }

    @Test
    void readingAnUnknownNameSaysWhichNamesExist() {
        SafetensorsFile f = Safetensors.open(bytes("mlp_seed0.safetensors"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> f.read("mlp.kernel"));
        assertEquals("SafetensorsFile.read: expected one of the 4 tensor names, got 'mlp.kernel'. See entries() for the names",
                e.getMessage());
    }

    @Test
    void readingAClosedFileFails() throws Exception {
        java.nio.file.Path file = dir.resolve("mlp.safetensors");
        Files.write(file, bytes("mlp_seed0.safetensors"));
        SafetensorsFile f = Safetensors.open(file);
        f.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.read("mlp.layers_0.bias"));
        assertEquals("SafetensorsFile.read: expected an open file, got a closed one", e.getMessage());
    }

    @Test
    void namesThatDoNotFormATreeAreReported() {
        byte[] file = Safetensors.save(LinkedHashMap.of("a", f32(Shape.of(1), 1), "a.b", f32(Shape.of(1), 2)));
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class,
                () -> Safetensors.open(file).readTree("."));
        assertEquals("Safetensors.open: expected names that form a tree, got 'a' as both a tensor and a prefix of"
                + " another name. Read it flat with SafetensorsFile.readAll() at a.b (bytes in memory)", e.getMessage());
        assertTrue(Safetensors.open(file).readTree("/").get("a.b").isDefined());
    }

    @Test
    void checkpointsInAByteArrayHoldAtMostOneGibibyteOfData() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeafBytes.requireInMemory("Safetensors.save", (1L << 30) + 1, "Safetensors.saveFile"));
        assertEquals("Safetensors.save: expected at most 1073741824 bytes of array data in a byte[], got 1073741825."
                + " Write a file with Safetensors.saveFile", e.getMessage());
    }

    @Test
    void writingAReservedNameFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Safetensors.save(LinkedHashMap.of("__metadata__", f32(Shape.of(1), 1))));
        assertEquals("Safetensors.save: expected tensor names in valid Unicode other than \"__metadata__\", got"
                + " \"__metadata__\"", e.getMessage());
    }
}
