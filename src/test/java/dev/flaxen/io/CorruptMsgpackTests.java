package dev.flaxen.io;

import static dev.flaxen.io.Hostile.hex;
import static dev.flaxen.io.Hostile.msgpack;
import static dev.flaxen.io.Hostile.ndarrayPayload;
import static dev.flaxen.io.Hostile.oneExt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every rule the Flax msgpack reader enforces, each with the exact message a user sees. */
class CorruptMsgpackTests {
    private static String problem(byte[] data) {
        return assertThrows(CorruptCheckpointException.class, () -> FlaxMsgpack.fromBytes(data)).getMessage();
    }

    @Test
    void rootMustBeAMap() {
        assertEquals("FlaxMsgpack.fromBytes: expected a msgpack map (a Flax state dict) at the root, got a msgpack"
                + " extension at the root (bytes in memory, byte 0)", problem(Arrays.copyOfRange(oneExt("a", 1,
                ndarrayPayload(new int[] {1}, "float32", 4)), 3, 24)));
        assertEquals("FlaxMsgpack.fromBytes: expected a msgpack value, got the end of the data at the root"
                + " (bytes in memory, byte 0)", problem(new byte[0]));
    }

    @Test
    void truncatedData() {
        byte[] whole = oneExt("w", 1, ndarrayPayload(new int[] {2}, "float32", 8));
        assertEquals("FlaxMsgpack.fromBytes: expected an ext payload of 21 bytes to fit in the 18 bytes left, got the"
                + " end of the data first at w (bytes in memory, byte 3)", problem(Arrays.copyOf(whole, whole.length - 3)));
        assertEquals("FlaxMsgpack.fromBytes: expected a complete msgpack value, got the end of the data at w"
                + " (bytes in memory, byte 4)", problem(Arrays.copyOf(whole, 4)));
    }

    @Test
    void containerLengthsBeyondTheData() {
        assertEquals("FlaxMsgpack.fromBytes: expected a map of 2147483647 entries to fit in the 0 bytes left, got the"
                + " end of the data first at the root (bytes in memory, byte 0)", problem(hex("df 7f ff ff ff")));
        assertEquals("FlaxMsgpack.fromBytes: expected a msgpack length below 2^31, got a larger one at the root"
                + " (bytes in memory, byte 5)", problem(hex("df ff ff ff ff")));
        assertEquals("FlaxMsgpack.fromBytes: expected a key of 100 bytes to fit in the 1 bytes left, got the end of"
                + " the data first at the root (bytes in memory, byte 1)", problem(hex("81 d9 64 61")));
    }

    @Test
    void nestingDeeperThanTheLimit() {
        byte[] deep = new byte[3 * 130];
        for (int i = 0; i < 130; i++) {
            deep[3 * i] = (byte) 0x81;
            deep[3 * i + 1] = (byte) 0xa1;
            deep[3 * i + 2] = 'a';
        }
        String message = problem(deep);
        assertEquals("FlaxMsgpack.fromBytes: expected maps nested at most 128 deep, got deeper at "
                + "a/".repeat(127) + "a (bytes in memory, byte 384)", message);
    }

    @Test
    void unknownExtTypes() {
        assertEquals("FlaxMsgpack.fromBytes: expected msgpack ext type 1 (ndarray) or 3 (numpy scalar), got ext type 5"
                + " at a (bytes in memory, byte 3)", problem(oneExt("a", 5, new byte[4])));
        assertEquals("FlaxMsgpack.fromBytes: expected msgpack ext type 1 (ndarray) or 3 (numpy scalar), got ext type 2"
                + " (Python complex, which Flaxen has no dtype for) at c (bytes in memory, byte 3)",
                problem(oneExt("c", 2, msgpack(p -> p.packArrayHeader(2).packDouble(1).packDouble(2)))));
    }

    @Test
    void unknownDtypeName() {
        assertEquals("FlaxMsgpack.fromBytes: expected a dtype Flaxen knows (float64, float32, float16, bfloat16, int64,"
                + " int32, int16, int8, uint64, uint32, uint16, uint8, bool), got 'complex64' at z (bytes in memory,"
                + " byte 9)", problem(oneExt("z", 1, ndarrayPayload(new int[] {1}, "complex64", 8))));
    }

    @Test
    void dataLengthDisagreesWithShapeAndDtype() {
        assertEquals("FlaxMsgpack.fromBytes: expected 12 data bytes for float32(3,), got 8 at w (bytes in memory,"
                + " byte 17)", problem(oneExt("w", 1, ndarrayPayload(new int[] {3}, "float32", 8))));
    }

    @Test
    void dataLengthBeyondTheExt() {
        byte[] payload = ndarrayPayload(new int[] {1}, "float32", 4);
        byte[] ext = oneExt("w", 1, Arrays.copyOf(payload, payload.length - 2));
        assertEquals("FlaxMsgpack.fromBytes: expected the ndarray to fill its ext payload of 15 bytes, got 17 bytes"
                + " at w (bytes in memory, byte 3)", problem(Arrays.copyOf(ext, ext.length + 2)));
    }

    @Test
    void elementCountBeyondOneArray() {
        assertEquals("FlaxMsgpack.fromBytes: expected at most 2147483639 elements (the most one Flaxen Array holds), got"
                + " a shape with more at w (bytes in memory, byte 7)",
                problem(oneExt("w", 1, ndarrayPayload(new int[] {65536, 65536}, "int8", 0))));
        assertEquals("FlaxMsgpack.fromBytes: expected a rank of at most 64, got 65 at w (bytes in memory, byte 7)",
                problem(oneExt("w", 1, ndarrayPayload(new int[65], "int8", 0))));
        assertEquals("FlaxMsgpack.fromBytes: expected a dimension in [0, 2147483647], got -1 at w (bytes in memory,"
                + " byte 8)", problem(oneExt("w", 1, ndarrayPayload(new int[] {-1}, "int8", 0))));
    }

    @Test
    void keysMustBeUniqueValidNames() {
        assertEquals("FlaxMsgpack.fromBytes: expected unique keys, got 'a' twice at the root (bytes in memory, byte 4)",
                problem(hex("82 a1 61 01 a1 61 02")));
        assertEquals("FlaxMsgpack.fromBytes: expected a key in UTF-8, got invalid UTF-8 at the root (bytes in memory,"
                + " byte 1)", problem(hex("81 a2 c0 80 01")));
        assertEquals("FlaxMsgpack.fromBytes: expected a key that is non-empty and has no '/' (or a chunked array's"
                + " first key), got 'a/b' at the root (bytes in memory, byte 1)", problem(hex("81 a3 61 2f 62 01")));
        assertEquals("FlaxMsgpack.fromBytes: expected a string key, got a msgpack integer at the root (bytes in"
                + " memory, byte 1)", problem(hex("81 01 01")));
    }

    @Test
    void leavesMustBeArraysOrNumbers() {
        assertEquals("FlaxMsgpack.fromBytes: expected a map, an array (msgpack ext 1 or 3), a number or a bool, got"
                + " a msgpack string at name (bytes in memory, byte 6)", problem(hex("81 a4 6e 61 6d 65 a1 78")));
        assertEquals("FlaxMsgpack.fromBytes: expected a map, an array (msgpack ext 1 or 3), a number or a bool, got"
                + " a msgpack array at l (bytes in memory, byte 3)", problem(hex("81 a1 6c 91 01")));
        assertEquals("FlaxMsgpack.fromBytes: expected a msgpack value, got the reserved byte 0xc1 at x (bytes in"
                + " memory, byte 3)", problem(hex("81 a1 78 c1")));
    }

    @Test
    void trailingBytes() {
        assertEquals("FlaxMsgpack.fromBytes: expected the end of the data after the root map, got 2 more bytes"
                + " (bytes in memory, byte 1)", problem(hex("80 80 80")));
    }

    @Test
    void entriesBeyondTheLimit() {
        byte[] four = hex("84 a1 61 01 a1 62 02 a1 63 03 a1 64 04");
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class, () -> MsgpackTreeReader.read(
                org.msgpack.core.MessagePack.newDefaultUnpacker(four), four.length, Origin.inMemory("test"), Leaf.ALL,
                leaf -> leaf, Leaf.class, 3));
        assertEquals("test: expected at most 3 entries (leaves and maps), got more at d (bytes in memory, byte 12)",
                e.getMessage());
        assertEquals(1_000_000, MsgpackTreeReader.MAX_ENTRIES);
    }

    @Test
    void chunkedArraysMustBeWholeAndOfOneDtype() {
        byte[] good = Reference.bytes("chunked_one.msgpack");
        byte[] wrongTotal = good.clone();
        wrongTotal[40] = 4;
        assertEquals("FlaxMsgpack.fromBytes: expected chunks holding 4 elements in all, got 3 at w (bytes in memory,"
                + " byte 127)", problem(wrongTotal));
        byte[] wrongKey = good.clone();
        wrongKey[32] = 'S';
        assertEquals("FlaxMsgpack.fromBytes: expected the key 'shape' in a chunked array, got 'Shape' at w (bytes in"
                + " memory, byte 31)", problem(wrongKey));
    }
}
