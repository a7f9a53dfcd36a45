package dev.flaxen.io;

import static dev.flaxen.io.Hostile.declaredHeader;
import static dev.flaxen.io.Hostile.safetensors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.control.Option;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule the safetensors reader enforces, each with the exact message a user sees. */
class CorruptSafetensorsTests {
    @TempDir
    java.nio.file.Path dir;

    private static final String F32_1 = "{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":";

    private static String problem(byte[] file) {
        return assertThrows(CorruptCheckpointException.class, () -> Safetensors.open(file)).getMessage();
    }

    private static String problem(String header, int data) {
        return problem(safetensors(header, data));
    }

    @Test
    void tooShortForTheLength() {
        assertEquals("Safetensors.open: expected at least 8 bytes (the header length), got 5 (bytes in memory, byte 0)",
                problem(new byte[5]));
    }

    @Test
    void headerLengthAboveTheLimit() {
        assertEquals("Safetensors.open: expected a header length of at most 100000000 bytes, got 18446744073709551615"
                + " (bytes in memory, byte 0)", problem(declaredHeader(-1, new byte[8])));
    }

    @Test
    void headerLengthPastTheEnd() {
        assertEquals("Safetensors.open: expected a header length of at most the 2 bytes after it, got 64"
                + " (bytes in memory, byte 0)", problem(declaredHeader(64, "{}".getBytes())));
    }

    @Test
    void invalidUtf8() {
        byte[] file = safetensors(new byte[] {'{', '"', (byte) 0xc0, (byte) 0x80, '"', ':', '1', '}'}, 0);
        assertEquals("Safetensors.open: expected a header in UTF-8, got invalid UTF-8 (bytes in memory, byte 10)",
                problem(file));
    }

    @Test
    void duplicateNames() {
        String dup = "{\"a\":" + F32_1 + "[0,4]},\"a\":" + F32_1 + "[4,8]}}";
        assertEquals("Safetensors.open: expected a valid JSON header, got: Duplicate field 'a' at a"
                + " (bytes in memory, byte 65)", problem(dup, 8));
    }

    @Test
    void unknownDtype() {
        assertEquals("Safetensors.open: expected a dtype Flaxen knows (F64, F32, F16, BF16, I64, I32, I16, I8, U64, U32,"
                + " U16, U8, BOOL), got 'C64' at z (bytes in memory, byte 9)",
                problem("{\"z\":{\"dtype\":\"C64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8));
    }

    @Test
    void rangeDisagreesWithShapeAndDtype() {
        assertEquals("Safetensors.open: expected data_offsets [0, 3] to span 4 bytes for F32 (1,), got 3 at a"
                + " (bytes in memory, byte 9)", problem("{\"a\":" + F32_1 + "[0,3]}}", 3));
    }

    @Test
    void reversedRange() {
        assertEquals("Safetensors.open: expected data_offsets [begin, end] with begin <= end, got [8, 4] at a"
                + " (bytes in memory, byte 9)", problem("{\"a\":" + F32_1 + "[8,4]}}", 8));
    }

    @Test
    void overlappingRanges() {
        String h = "{\"a\":" + F32_1 + "[0,4]},\"b\":" + F32_1 + "[2,6]}}";
        assertEquals("Safetensors.open: expected data_offsets to begin at 4 where 'a' ends, got [2, 6], which overlaps"
                + " at b (bytes in memory, byte 62)", problem(h, 6));
    }

    @Test
    void gapBetweenRanges() {
        String h = "{\"a\":" + F32_1 + "[0,4]},\"b\":" + F32_1 + "[8,12]}}";
        assertEquals("Safetensors.open: expected data_offsets to begin at 4 where 'a' ends, got [8, 12], which leaves a"
                + " gap at b (bytes in memory, byte 62)", problem(h, 12));
    }

    @Test
    void firstRangeNotAtZero() {
        assertEquals("Safetensors.open: expected data_offsets to begin at 0 (the first range), got [4, 8], which leaves"
                + " a gap at a (bytes in memory, byte 9)", problem("{\"a\":" + F32_1 + "[4,8]}}", 8));
    }

    @Test
    void dataPastTheEndOfTheFile() {
        assertEquals("Safetensors.open: expected the tensors to cover all 2 bytes after the header, got 4 bytes"
                + " covered (bytes in memory)", problem("{\"a\":" + F32_1 + "[0,4]}}", 2));
    }

    @Test
    void bytesNoTensorAccountsFor() {
        assertEquals("Safetensors.open: expected the tensors to cover all 9 bytes after the header, got 4 bytes"
                + " covered (bytes in memory)", problem("{\"a\":" + F32_1 + "[0,4]}}", 9));
    }

    @Test
    void elementCountOverflow() {
        String h = "{\"a\":{\"dtype\":\"F64\",\"shape\":[2147483647,2147483647,2147483647],\"data_offsets\":[0,8]}}";
        assertEquals("Safetensors.open: expected a byte size that fits in 63 bits, got shape (2147483647, 2147483647,"
                + " 2147483647) of F64, which overflows at a (bytes in memory, byte 9)", problem(h, 8));
    }

    @Test
    void dimensionsMustBeNonNegativeInts() {
        assertEquals("Safetensors.open: expected a dimension in [0, 2147483647], got -1 at a (bytes in memory, byte 37)",
                problem("{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}}", 0));
        assertEquals("Safetensors.open: expected a dimension as a non-negative integer, got a fractional number at a"
                + " (bytes in memory, byte 37)", problem("{\"a\":{\"dtype\":\"F32\",\"shape\":[1.0],\"data_offsets\":[0,4]}}", 4));
    }

    @Test
    void missingField() {
        assertEquals("Safetensors.open: expected the field \"data_offsets\", got none at a (bytes in memory, byte 9)",
                problem("{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4));
    }

    @Test
    void loneSurrogateEscape() {
        assertEquals("Safetensors.open: expected a valid JSON header, got: Broken surrogate pair in field name:"
                + " expected '\\' to start low surrogate, got 0x22 (bytes in memory, byte 16)",
                problem("{\"\\ud800\":" + F32_1 + "[0,4]}}", 4));
        assertEquals("Safetensors.open: expected a metadata value in valid Unicode, got a lone surrogate escape at"
                + " __metadata__ (bytes in memory, byte 29)", problem("{\"__metadata__\":{\"k\":\"\\udc00\"}}", 0));
    }

    @Test
    void metadataValuesAreStrings() {
        assertEquals("Safetensors.open: expected a string value for 'n', got an integer at __metadata__"
                + " (bytes in memory, byte 29)", problem("{\"__metadata__\":{\"n\":1}}", 0));
    }

    @Test
    void nestingDeeperThanTheLimit() {
        String deep = "[".repeat(70) + "]".repeat(70);
        String message = problem("{\"a\":{\"x\":" + deep + ",\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}", 4);
        assertEquals("Safetensors.open: expected a valid JSON header, got: Document nesting depth (65) exceeds the"
                + " maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`) at a (bytes in memory,"
                + " byte 81)", message);
    }

    @Test
    void tensorsBeyondTheLimit() {
        byte[] two = safetensors("{\"a\":" + F32_1 + "[0,4]},\"b\":" + F32_1 + "[4,8]}}", 8);
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class, () -> SafetensorsHeader.read(
                Content.of(java.nio.ByteBuffer.wrap(two)), Origin.inMemory("test"), 1));
        assertEquals("test: expected at most 1 tensors, got more (bytes in memory, byte 62)", e.getMessage());
        assertEquals(1_000_000, SafetensorsHeader.MAX_ENTRIES);
    }

    @Test
    void trailingJson() {
        assertEquals("Safetensors.open: expected the end of the header after its JSON object, got more JSON"
                + " (bytes in memory, byte 11)", problem("{} {}   ", 0));
    }

    @Test
    void notAnObject() {
        assertEquals("Safetensors.open: expected a JSON object, got an array (bytes in memory, byte 8)",
                problem("[]", 0));
    }

    @Test
    void fileErrorsNameTheFileAndCarryTheFields() throws Exception {
        java.nio.file.Path file = dir.resolve("bad.safetensors");
        Files.write(file, safetensors("{\"a\":" + F32_1 + "[0,3]}}", 3));
        CorruptCheckpointException e = assertThrows(CorruptCheckpointException.class, () -> Checkpoints.read(file));
        assertEquals("Checkpoints.read: expected data_offsets [0, 3] to span 4 bytes for F32 (1,), got 3 at a (file "
                + file + ", byte 9)", e.getMessage());
        assertEquals(Option.some(file), e.file());
        assertEquals(Option.some("a"), e.entry());
        assertEquals(Option.some(9L), e.offset());
        assertEquals("expected data_offsets [0, 3] to span 4 bytes for F32 (1,), got 3", e.problem());
    }
}
