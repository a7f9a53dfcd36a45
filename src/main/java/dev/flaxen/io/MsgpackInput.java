package dev.flaxen.io;

import dev.flaxen.array.DType;
import java.io.IOException;
import java.nio.ByteBuffer;
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
    private final ByteBuffer scratch = LeafBytes.scratch();

    MsgpackInput(MessageUnpacker in, long size, Origin origin) {
        this.in = in;
        this.size = size;
        this.origin = origin;
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

    CorruptCheckpointException corrupt(String entry, long offset, String problem) {
        return origin.corrupt(entry, offset, problem);
    }

    /** The error for an exception msgpack-core threw while reading {@code entry}. */
    CorruptCheckpointException malformed(String entry, MessagePackException e) {
        if (e instanceof MessageInsufficientBufferException) {
            return corrupt(entry, position(), "expected a complete msgpack value, got the end of the data");
        }
        if (e instanceof MessageSizeException) {
            return corrupt(entry, position(), "expected a msgpack length below 2^31, got a larger one");
        }
        return corrupt(entry, position(), "expected well-formed msgpack, got "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
    }

    /** The type of the next value; a corrupt-checkpoint error at the end of the data. */
    ValueType peek(String entry) throws IOException {
        if (!in.hasNext()) {
            throw corrupt(entry, position(), "expected a msgpack value, got the end of the data");
        }
        MessageFormat format = in.getNextFormat();
        if (format == MessageFormat.NEVER_USED) {
            throw corrupt(entry, position(), "expected a msgpack value, got the reserved byte 0xc1");
        }
        return format.getValueType();
    }

    /** Fails unless the next value has type {@code expected}; {@code what} names it in the message. */
    void expect(ValueType expected, String what, String entry) throws IOException {
        ValueType got = peek(entry);
        if (got != expected) {
            throw corrupt(entry, position(), "expected " + what + ", got " + describe(got));
        }
    }

    /** A map header whose entries (at least 2 bytes each) fit in the remaining bytes. */
    int mapHeader(String entry) throws IOException {
        long at = position();
        int n = in.unpackMapHeader();
        requireFits(2L * n, "a map of " + n + " entries", entry, at);
        return n;
    }

    /** An array header whose elements (at least 1 byte each) fit in the remaining bytes. */
    int arrayHeader(String entry) throws IOException {
        long at = position();
        int n = in.unpackArrayHeader();
        requireFits(n, "an array of " + n + " elements", entry, at);
        return n;
    }

    /** Fails unless {@code bytes} more bytes remain. */
    void requireFits(long bytes, String what, String entry, long at) {
        if (bytes > remaining()) {
            throw corrupt(entry, at, "expected " + what + " to fit in the " + remaining()
                    + " bytes left, got the end of the data first");
        }
    }

    /** A msgpack str of at most {@code maxBytes}, decoded as strict UTF-8. */
    String string(String what, String entry, long maxBytes) throws IOException {
        expect(ValueType.STRING, what, entry);
        long at = position();
        int n = in.unpackRawStringHeader();
        if (n > maxBytes) {
            throw corrupt(entry, at, "expected " + what + " of at most " + maxBytes + " bytes, got " + n);
        }
        requireFits(n, what + " of " + n + " bytes", entry, at);
        byte[] bytes = in.readPayload(n);
        return Utf8.decode(bytes).getOrElseThrow(() -> corrupt(entry, at, "expected " + what + " in UTF-8, got invalid UTF-8"));
    }

    /** Copies {@code count} elements of the current payload into {@code dst} from element {@code offset}. */
    void payloadInto(DType dtype, Object dst, int offset, int count) throws IOException {
        int item = dtype.itemSize();
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
