package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * Array data as raw little-endian bytes in C order, the layout both formats store, moved in pieces so a
 * leaf never needs a second whole copy: readers fill a fresh array from any number of byte buffers (a
 * mapped file region, a msgpack payload read piece by piece), writers stream an array through a small
 * scratch buffer.
 */
final class LeafBytes {
    /** Bytes moved per piece: a multiple of every item size. */
    static final int PIECE = 1 << 16;
    /** The most array data a checkpoint built in a {@code byte[]} may hold: 1 GiB, so the whole stays below 2 GiB. */
    static final long MAX_IN_MEMORY = 1L << 30;

    private LeafBytes() {
    }

    /** A consumer of byte ranges, such as a channel or a msgpack payload. */
    @FunctionalInterface
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Fails unless {@code bytes} of array data fit a checkpoint in a {@code byte[]}; names the writer to use. */
    static void requireInMemory(String op, long bytes, String instead) {
        if (bytes > MAX_IN_MEMORY) {
            throw new IllegalArgumentException(op + ": expected at most " + MAX_IN_MEMORY + " bytes of array data in a"
                    + " byte[], got " + bytes + ". Write a file with " + instead);
        }
    }

    /** A fresh scratch buffer of {@link #PIECE} bytes, little-endian. */
    static ByteBuffer scratch() {
        return scratch(PIECE);
    }

    /** A little-endian scratch buffer for moving {@code bytes} bytes: that many rounded up to 8, at most a piece. */
    static ByteBuffer scratch(long bytes) {
        int capacity = (int) Math.min(PIECE, (bytes + 7) & ~7L);
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** {@code current} if it is big enough to move {@code bytes} bytes in pieces, else a larger one. */
    static ByteBuffer scratch(ByteBuffer current, long bytes) {
        return current.capacity() >= Math.min(PIECE, bytes) ? current : scratch(bytes);
    }

    /**
     * Makes an array whose storage {@code fill} writes (a {@code float[]}, {@code double[]}, {@code short[]},
     * {@code int[]}, {@code long[]} or {@code byte[]} by dtype) with no copy afterwards.
     */
    static Array generate(Shape shape, DType dtype, Consumer<Object> fill) {
        return switch (dtype) {
            case F32 -> Array.generateFloat(shape, fill::accept);
            case F64 -> Array.generateDouble(shape, fill::accept);
            case F16, BF16, I16, U16 -> Array.generateShort(shape, dtype, fill::accept);
            case I32, U32 -> Array.generateInt(shape, dtype, fill::accept);
            case I64, U64 -> Array.generateLong(shape, dtype, fill::accept);
            case I8, U8, BOOL -> Array.generateByte(shape, dtype, fill::accept);
        };
    }

    /**
     * Copies {@code count} elements from {@code src}'s position (read little-endian, position advanced)
     * into {@code dst} from element {@code offset}. Bool bytes other than 0 become 1, as numpy reads them.
     */
    static void copy(ByteBuffer src, DType dtype, Object dst, int offset, int count) {
        ByteBuffer in = src.slice().order(ByteOrder.LITTLE_ENDIAN);
        if (dst instanceof float[] a) {
            in.asFloatBuffer().get(a, offset, count);
        } else if (dst instanceof double[] a) {
            in.asDoubleBuffer().get(a, offset, count);
        } else if (dst instanceof short[] a) {
            in.asShortBuffer().get(a, offset, count);
        } else if (dst instanceof int[] a) {
            in.asIntBuffer().get(a, offset, count);
        } else if (dst instanceof long[] a) {
            in.asLongBuffer().get(a, offset, count);
        } else {
            byte[] a = (byte[]) dst;
            in.get(a, offset, count);
            if (dtype == DType.BOOL) {
                for (int i = offset; i < offset + count; i++) {
                    a[i] = (byte) (a[i] != 0 ? 1 : 0);
                }
            }
        }
        src.position(src.position() + count * dtype.itemSize());
    }

    /**
     * Streams elements {@code [from, from + count)} of {@code x} (row-major) as little-endian bytes to
     * {@code sink}, at most {@code scratch.capacity()} bytes at a time: a range that fits is written straight
     * from the array, a longer one slice by slice of the flattened array.
     */
    static void write(Array x, long from, long count, ByteBuffer scratch, Sink sink) throws IOException {
        int item = x.dtype().itemSize();
        int perPiece = scratch.capacity() / item;
        if (from == 0 && count == x.size() && count <= perPiece) {
            scratch.clear();
            x.writeTo(scratch);
            sink.write(scratch.array(), 0, scratch.position());
            return;
        }
        Array flat = x.reshape(-1);
        for (long done = 0; done < count; done += perPiece) {
            int start = (int) (from + done);
            int end = (int) Math.min(from + count, start + (long) perPiece);
            scratch.clear();
            flat.slice(0, start, end).writeTo(scratch);
            sink.write(scratch.array(), 0, scratch.position());
        }
    }
}
