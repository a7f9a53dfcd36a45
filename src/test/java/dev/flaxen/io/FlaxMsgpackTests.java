package dev.flaxen.io;

import static dev.flaxen.io.Reference.bytes;
import static dev.flaxen.io.Reference.f32;
import static dev.flaxen.io.Reference.fromBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flax msgpack against files flax.serialization wrote (see PROVENANCE.md beside them), both ways. */
class FlaxMsgpackTests {
    @TempDir
    java.nio.file.Path dir;

    /** EXPECTED.json lists each layer's leaves sorted; Flax's Dense creates kernel before bias, the file's order. */
    private static FrozenDict<Array> mlpInFlaxOrder() {
        FrozenDict<Array> e = Reference.expectedTree("mlp_seed0.msgpack");
        FrozenDict<Array> out = FrozenDict.empty();
        for (String layer : Vector.of("layers_0", "layers_2")) {
            for (String leaf : Vector.of("kernel", "bias")) {
                String path = "params/" + layer + "/" + leaf;
                out = out.with(path, e.get(path).get());
            }
        }
        return out;
    }

    @Test
    void readsTheMlpReferenceBitForBitInFileOrder() {
        FrozenDict<Array> read = FlaxMsgpack.fromBytes(bytes("mlp_seed0.msgpack"));
        assertEquals(Reference.expectedTree("mlp_seed0.msgpack"), read);
        assertEquals(Vector.of("kernel", "bias"), read.subtree("params/layers_0").get().keys());
    }

    @Test
    void writesTheMlpReferenceByteForByte() {
        assertArrayEquals(bytes("mlp_seed0.msgpack"), FlaxMsgpack.toBytes(mlpInFlaxOrder()));
    }

    @Test
    void readsAndWritesTheDtypesReference() {
        FrozenDict<Array> expected = Reference.expectedTree("dtypes.msgpack");
        assertEquals(expected, FlaxMsgpack.fromBytes(bytes("dtypes.msgpack")));
        assertArrayEquals(bytes("dtypes.msgpack"), FlaxMsgpack.toBytes(expected));
    }

    /** gen_io_reference.py step 1 printed these values for all_dtypes.msgpack. */
    private static FrozenDict<Array> allDtypes() {
        FrozenDict<Array> t = FrozenDict.empty();
        float[] floats = {-0.5f, -0.25f, 0f, 0.25f, 0.5f};
        long[] ints = {-2, -1, 0, 1, 2};
        long[][] unsigned = {{-201, -164, -127, -90, -53}, {4294967095L, 4294967132L, 4294967169L, 4294967206L, 4294967243L},
            {65335, 65372, 65409, 65446, 65483}, {55, 92, 129, 166, 203}};
        DType[] uTypes = {DType.U64, DType.U32, DType.U16, DType.U8};
        for (DType d : DType.values()) {
            long[] v = new long[5];
            for (int i = 0; i < 5; i++) {
                v[i] = switch (d) {
                    case F64 -> Double.doubleToRawLongBits(floats[i]);
                    case F32 -> Float.floatToRawIntBits(floats[i]);
                    case F16 -> HalfFloats.toFloat16(floats[i]);
                    case BF16 -> HalfFloats.toBFloat16(floats[i]);
                    case BOOL -> i == 1 || i == 4 ? 1 : 0;
                    default -> d.isUnsigned() ? unsigned[Vector.of(uTypes).indexOf(d)][i] : ints[i];
                };
            }
            t = t.with(d + "/v", fromBits(Shape.of(5), d, v)).with(d + "/s", fromBits(Shape.scalar(), d, v[3]));
        }
        return t;
    }

    @Test
    void readsAndWritesEveryDtypeWithScalars() {
        assertEquals(allDtypes(), FlaxMsgpack.fromBytes(bytes("all_dtypes.msgpack")));
        assertArrayEquals(bytes("all_dtypes.msgpack"), FlaxMsgpack.toBytes(allDtypes()));
    }

    /** gen_io_reference.py step 2: flax.serialization.MAX_CHUNK_SIZE = 64, then to_bytes(chunked). */
    private static FrozenDict<Array> chunkedTree() {
        float[] embed = new float[35];
        for (int i = 0; i < 35; i++) {
            embed[i] = i / 8f;
        }
        long[] ids = new long[40];
        for (int i = 0; i < 40; i++) {
            ids[i] = i - 20;
        }
        float[] edge = new float[16];
        for (int i = 0; i < 16; i++) {
            edge[i] = i;
        }
        return FrozenDict.<Array>empty()
                .with("params/embed", f32(Shape.of(5, 7), embed))
                .with("params/small", f32(Shape.of(3), 0, 1, 2))
                .with("params/ids", fromBits(Shape.of(40), DType.I16, ids))
                .with("params/edge", f32(Shape.of(16), edge));
    }

    @Test
    void readsAndWritesFlaxChunkedArrays() {
        assertEquals(chunkedTree(), FlaxMsgpack.fromBytes(bytes("chunked.msgpack")));
        assertArrayEquals(bytes("chunked.msgpack"), FlaxMsgpack.toBytes(chunkedTree(), 64));
    }

    @Test
    void chunksOfOneElementWhenTheLimitIsBelowTheItemSize() {
        Array w = Array.generateDouble(Shape.of(3), out -> {
            out[0] = 0.5;
            out[1] = -1.0;
            out[2] = 2.0;
        });
        FrozenDict<Array> tree = FrozenDict.<Array>empty().with("w", w);
        assertEquals(tree, FlaxMsgpack.fromBytes(bytes("chunked_one.msgpack")));
        assertArrayEquals(bytes("chunked_one.msgpack"), FlaxMsgpack.toBytes(tree, 5));
    }

    @Test
    void chunkedFilesRoundTripThroughAFile() {
        java.nio.file.Path file = dir.resolve("c.msgpack");
        FlaxMsgpack.save(file, chunkedTree(), 64, "test");
        assertEquals(chunkedTree(), FlaxMsgpack.load(file));
        assertEquals(new ShapeDtypeStruct(Shape.of(5, 7), DType.F32), FlaxMsgpack.inspect(file).get("params/embed").get());
    }

    /** gen_io_reference.py step 4: to_bytes of Python scalars, a numpy scalar, None and empty dicts. */
    @Test
    void readsPythonScalarsAsZeroDimensionalArraysAndNoneAsAnEmptySubtree() {
        FrozenDict<Array> t = FlaxMsgpack.fromBytes(bytes("state_scalars.msgpack"));
        assertEquals(Vector.of("step", "lr", "flag", "big", "neg", "np_scalar", "nothing", "opt_state"), t.keys());
        assertEquals(fromBits(Shape.scalar(), DType.I64, 3), t.get("step").get());
        assertEquals(fromBits(Shape.scalar(), DType.F64, Double.doubleToRawLongBits(0.5)), t.get("lr").get());
        assertEquals(fromBits(Shape.scalar(), DType.BOOL, 1), t.get("flag").get());
        assertEquals(fromBits(Shape.scalar(), DType.U64, -1L), t.get("big").get());
        assertEquals(fromBits(Shape.scalar(), DType.I64, -7), t.get("neg").get());
        assertEquals(f32(Shape.scalar(), 1.5f), t.get("np_scalar").get());
        assertTrue(t.subtree("nothing").get().isEmpty());
        assertEquals(fromBits(Shape.scalar(), DType.I32, 0), t.get("opt_state/0/count").get());
        assertTrue(t.subtree("opt_state/1").get().isEmpty());
    }

    /** An array of 400 KB goes through many 64 KiB pieces on the way out and in, whole and chunked. */
    @Test
    void largeArraysRoundTripThroughFilesAndBytes() {
        Array big = Array.generateDouble(Shape.of(250, 200), out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = i * 0.25 - 7;
            }
        });
        FrozenDict<Array> tree = FrozenDict.<Array>empty().with("params/big", big);
        java.nio.file.Path file = dir.resolve("big.msgpack");
        FlaxMsgpack.save(file, tree);
        assertEquals(tree, FlaxMsgpack.load(file));
        assertEquals(tree, FlaxMsgpack.fromBytes(FlaxMsgpack.toBytes(tree, 100_000)));
        FlaxMsgpack.save(file, tree, 100_000, "test");
        assertEquals(tree, FlaxMsgpack.load(file));
    }

    @Test
    void writesEmptySubtreesAsEmptyMaps() {
        FrozenDict<Array> t = FrozenDict.<Array>empty().withSubtree("params", FrozenDict.empty());
        assertArrayEquals(new byte[] {(byte) 0x81, (byte) 0xa6, 'p', 'a', 'r', 'a', 'm', 's', (byte) 0x80},
                FlaxMsgpack.toBytes(t));
        assertEquals(t, FlaxMsgpack.fromBytes(FlaxMsgpack.toBytes(t)));
    }

    @Test
    void inspectReadsShapesWithoutData() throws Exception {
        java.nio.file.Path file = dir.resolve("mlp.msgpack");
        Files.write(file, bytes("mlp_seed0.msgpack"));
        FrozenDict<ShapeDtypeStruct> shapes = FlaxMsgpack.inspect(file);
        assertEquals("float32[4,8]", shapes.get(Path.of("params/layers_0/kernel")).get().toString());
        assertEquals(4, Vector.ofAll(dev.flaxen.tree.Trees.leaves(shapes)).size());
    }
}
