package dev.flaxen.io;

import dev.flaxen.array.DType;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageInsufficientBufferException;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageSizeException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * A {@link MessageUnpacker} over untrusted bytes of known total size: every declared length is checked
 * against the bytes that remain before anything is read or allocated from it, strings are decoded as
 * strict UTF-8, and problems become {@link CorruptCheckpointException}s naming the entry being read.
 */
final class MsgpackInput {
    private final MessageUnpacker in;
    private final long size;
    private final Origin origin;
    private final BiPredicate<Path, ShapeDtypeStruct> load;
    private final List<String> keys = new ArrayList<>();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private ByteBuffer scratch = LeafBytes.scratch(0);
    private CharBuffer chars = CharBuffer.allocate(64);

    /** Reads {@code size} bytes from {@code in}, keeping the data of the leaves {@code load} accepts. */
    MsgpackInput(MessageUnpacker in, long size, Origin origin, BiPredicate<Path, ShapeDtypeStruct> load) {
        this.in = in;
        this.size = size;
        this.origin = origin;
        this.load = load;
    }

    /** Enters the value under {@code key} (a valid path segment). */
    void push(String key) {
        keys.add(key);
    }

    /** Leaves the value entered last. */
    void pop() {
        keys.remove(keys.size() - 1);
    }

    /** The number of keys entered: the depth of the value being read below the root. */
    int depth() {
        return keys.size();
    }

    /** The path of the value being read. */
    Path path() {
        return new Path(Vector.ofAll(keys));
    }

    /** Whether to read the data of the leaf being read, whose shape and dtype are {@code spec}. */
    boolean wants(ShapeDtypeStruct spec) {
        return load == Leaf.ALL || load != Leaf.NONE && load.test(path(), spec);
    }

    long position() {
        return in.getTotalReadBytes();
    }

    long remaining() {
        return size - position();
    }

    boolean hasNext() throws IOException {
        return in.hasNext();
    }

    MessageUnpacker unpacker() {
        return in;
    }

    /** The error for a problem in the value being read, found at byte {@code offset}. */
    CorruptCheckpointException corrupt(long offset, String problem) {
        return origin.corrupt(path().toString(), offset, problem);
    }

    /** The error for a problem outside every value, such as bytes after the root map. */
    CorruptCheckpointException corruptOutside(long offset, String problem) {
        return origin.corrupt(null, offset, problem);
    }

    /** The error for an exception msgpack-core threw. */
    CorruptCheckpointException malformed(MessagePackException e) {
        if (e instanceof MessageInsufficientBufferException) {
            return corrupt(position(), "expected a complete msgpack value, got the end of the data");
        }
        if (e instanceof MessageSizeException) {
            return corrupt(position(), "expected a msgpack length below 2^31, got a larger one");
        }
        return corrupt(position(), "expected well-formed msgpack, got "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    /** The type of the next value; a corrupt-checkpoint error at the end of the data. */
    ValueType peek() throws IOException {
        if (!in.hasNext()) {
            throw corrupt(position(), "expected a msgpack value, got the end of the data");
        }
        MessageFormat format = in.getNextFormat();
        if (format == MessageFormat.NEVER_USED) {
            throw corrupt(position(), "expected a msgpack value, got the reserved byte 0xc1");
        }
        return format.getValueType();
    }

    /** Fails unless the next value has type {@code expected}; {@code what} names it in the message. */
    void expect(ValueType expected, String what) throws IOException {
        ValueType got = peek();
        if (got != expected) {
            throw corrupt(position(), "expected " + what + ", got " + describe(got));
        }
    }

    /** A map header whose entries (at least 2 bytes each) fit in the remaining bytes. */
    int mapHeader() throws IOException {
        long at = position();
        int n = in.unpackMapHeader();
        requireFits(2L * n, at, "a map of %d entries", n);
        return n;
    }

    /** An array header whose elements (at least 1 byte each) fit in the remaining bytes. */
    int arrayHeader() throws IOException {
        long at = position();
        int n = in.unpackArrayHeader();
        requireFits(n, at, "an array of %d elements", n);
        return n;
    }

    /**
     * Fails unless {@code bytes} more bytes remain; the message names the item as {@code what} formatted with
     * {@code n} (formatted only on failure, so the check allocates nothing).
     */
    void requireFits(long bytes, long at, String what, long n) {
        if (bytes > remaining()) {
            throw tooLong(at, String.format(what, n));
        }
    }

    private CorruptCheckpointException tooLong(long at, String item) {
        return corrupt(at, "expected " + item + " to fit in the " + remaining()
                + " bytes left, got the end of the data first");
    }

    /** A msgpack str of at most {@code maxBytes}, decoded as strict UTF-8. */
    String string(String what, long maxBytes) throws IOException {
        expect(ValueType.STRING, what);
        long at = position();
        int n = in.unpackRawStringHeader();
        if (n > maxBytes) {
            throw corrupt(at, "expected " + what + " of at most " + maxBytes + " bytes, got " + n);
        }
        if (n > remaining()) {
            throw tooLong(at, what + " of " + n + " bytes");
        }
        if (n > LeafBytes.PIECE) {
            return Utf8.decode(in.readPayload(n)).getOrElseThrow(() -> invalidUtf8(what, at));
        }
        scratch = LeafBytes.scratch(scratch, n);
        chars = chars.capacity() >= n ? chars : CharBuffer.allocate(n);
        scratch.clear().limit(n);
        in.readPayload(scratch);
        utf8.reset();
        chars.clear();
        if (utf8.decode(scratch.flip(), chars, true).isError() || utf8.flush(chars).isError()) {
            throw invalidUtf8(what, at);
        }
        return chars.flip().toString();
    }

    private CorruptCheckpointException invalidUtf8(String what, long at) {
        return corrupt(at, "expected " + what + " in UTF-8, got invalid UTF-8");
    }

    /** Copies {@code count} elements of the current payload into {@code dst} from element {@code offset}. */
    void payloadInto(DType dtype, Object dst, int offset, int count) throws IOException {
        int item = dtype.itemSize();
        scratch = LeafBytes.scratch(scratch, (long) count * item);
        int perPiece = scratch.capacity() / item;
        for (int done = 0; done < count; done += perPiece) {
            int n = Math.min(perPiece, count - done);
            scratch.clear().limit(n * item);
            in.readPayload(scratch);
            scratch.flip();
            LeafBytes.copy(scratch, dtype, dst, offset + done, n);
        }
    }

    /** Reads and drops {@code bytes} bytes of the current payload. */
    void skipPayload(long bytes) throws IOException {
        scratch = LeafBytes.scratch(scratch, bytes);
        for (long done = 0; done < bytes; done += scratch.capacity()) {
            scratch.clear().limit((int) Math.min(scratch.capacity(), bytes - done));
            in.readPayload(scratch);
        }
    }

    /** How messages name a msgpack type: {@code "a msgpack string"}. */
    static String describe(ValueType type) {
        return "a msgpack " + type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
