package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessagePacker;

/**
 * Writes a tree as {@code flax.serialization.to_bytes} does, byte for byte: maps in insertion order, each
 * array as msgpack ext 1 holding {@code packb((shape, dtype.name, arr.tobytes()))}, and arrays over
 * {@code maxChunkBytes} bytes as Flax's chunked map. Array data streams through a small scratch buffer.
 */
final class MsgpackTreeWriter {
    /** Flax's {@code MAX_CHUNK_SIZE}: leaves with more bytes than this are chunked. */
    static final long MAX_CHUNK_SIZE = 1L << 30;

    private static final byte EXT_NDARRAY = 1;

    private final MessagePacker out;
    private final long maxChunkBytes;
    private final String op;
    private final ByteBuffer scratch = LeafBytes.scratch();

    private MsgpackTreeWriter(MessagePacker out, long maxChunkBytes, String op) {
        this.out = out;
        this.maxChunkBytes = maxChunkBytes;
        this.op = op;
    }

    /** Writes {@code tree} to {@code out} and flushes it; {@code op} names the caller in errors. */
    static void write(FrozenDict<Array> tree, MessagePacker out, long maxChunkBytes, String op) throws IOException {
        new MsgpackTreeWriter(out, maxChunkBytes, op).map(tree, Path.root());
        out.flush();
    }

    private void map(FrozenDict<Array> tree, Path at) throws IOException {
        out.packMapHeader(tree.size());
        for (Tuple2<String, Either<FrozenDict<Array>, Array>> e : tree.items()) {
            string(out, e._1, at.child(e._1));
            if (e._2.isLeft()) {
                map(e._2.getLeft(), at.child(e._1));
            } else {
                leaf(e._2.get());
            }
        }
    }

    private void leaf(Array x) throws IOException {
        long bytes = (long) x.size() * x.dtype().itemSize();
        if (bytes > maxChunkBytes) {
            chunked(x);
        } else {
            ndarray(x, 0, x.size(), x.shape().toArray());
        }
    }

    /** Flax's {@code _chunk}: {@code max(1, MAX_CHUNK_SIZE // itemsize)} elements per chunk. */
    private void chunked(Array x) throws IOException {
        long perChunk = Math.max(1, maxChunkBytes / x.dtype().itemSize());
        int[] dims = x.shape().toArray();
        out.packMapHeader(3);
        ascii(NdarrayReader.CHUNKED);
        out.packBoolean(true);
        ascii("shape");
        out.packMapHeader(dims.length);
        for (int i = 0; i < dims.length; i++) {
            ascii(String.valueOf(i));
            out.packInt(dims[i]);
        }
        ascii("chunks");
        long n = x.size();
        int count = (int) ((n + perChunk - 1) / perChunk);
        out.packMapHeader(count);
        for (int i = 0; i < count; i++) {
            ascii(String.valueOf(i));
            long from = i * perChunk;
            int len = (int) Math.min(perChunk, n - from);
            ndarray(x, from, len, new int[] {len});
        }
    }

    private void ndarray(Array x, long from, long count, int[] dims) throws IOException {
        int bytes = Math.toIntExact(count * x.dtype().itemSize());
        MessageBufferPacker head = MessagePack.newDefaultBufferPacker();
        head.packArrayHeader(3);
        head.packArrayHeader(dims.length);
        for (int d : dims) {
            head.packInt(d);
        }
        string(head, DTypeNames.numpyName(x.dtype()), Path.root());
        head.packBinaryHeader(bytes);
        byte[] prefix = head.toByteArray();
        out.packExtensionTypeHeader(EXT_NDARRAY, prefix.length + bytes);
        out.writePayload(prefix);
        LeafBytes.write(x, from, count, scratch, out::writePayload);
    }

    private void ascii(String s) throws IOException {
        string(out, s, Path.root());
    }

    /** A msgpack str in UTF-8; a key that is not valid Unicode (a lone surrogate) is an error. */
    private void string(MessagePacker p, String s, Path at) throws IOException {
        byte[] utf8 = Utf8.encode(s).getOrElseThrow(() -> new IllegalArgumentException(op
                + ": expected keys that are valid Unicode, got a lone surrogate in '" + s + "' at " + at
                + ". Python cannot read such a key"));
        p.packRawStringHeader(utf8.length);
        p.writePayload(utf8);
    }
}
