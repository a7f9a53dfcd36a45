package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.core.buffer.ChannelBufferInput;
import org.msgpack.core.buffer.ChannelBufferOutput;

/**
 * Flax's msgpack checkpoints ({@code flax.serialization.to_bytes}, {@code msgpack_restore}): a whole variable
 * tree, maps in insertion order, arrays as msgpack ext 1, leaves over 2^30 bytes in Flax's chunked form.
 * Writing gives the bytes Flax gives for the same tree. Reading accepts what Flax writes for state dicts:
 * numpy scalars (ext 3) become 0-d arrays; Python ints, floats and bools become 0-d int64 (uint64 above its
 * range), float64 and bool arrays; {@code None} becomes an empty subtree; anything else (strings, complex
 * numbers, lists) is a {@link CorruptCheckpointException} naming its path.
 *
 * <pre>{@code
 * FrozenDict<Array> variables = FlaxMsgpack.load(Path.of("mlp.msgpack"));
 * byte[] b = FlaxMsgpack.toBytes(variables);     // the file's bytes: what flax.serialization.to_bytes gave
 * FlaxMsgpack.fromBytes(b).equals(variables);     // true
 * FlaxMsgpack.save(Path.of("copy.msgpack"), variables);   // atomically
 * FlaxMsgpack.inspect(Path.of("copy.msgpack"));   // the same tree with ShapeDtypeStruct leaves
 * }</pre>
 */
public final class FlaxMsgpack {
    private static final int READ_BUFFER = 1 << 16;

    private FlaxMsgpack() {
    }

    /**
     * The msgpack bytes of a tree, as {@code flax.serialization.to_bytes} writes them.
     *
     * <pre>{@code
     * FlaxMsgpack.toBytes(FrozenDict.<Array>empty().with("s", Array.scalar(1.5f)));
     * // 81 a1 73 d8 01 93 90 a7 "float32" c4 04 00 00 c0 3f
     * }</pre>
     *
     * @param tree the variables, in the order to write
     * @return the bytes
     * @throws IllegalArgumentException if the arrays hold over 1 GiB (use {@link #save}) or a key is not valid Unicode
     */
    public static byte[] toBytes(FrozenDict<Array> tree) {
        return toBytes(tree, MsgpackTreeWriter.MAX_CHUNK_SIZE);
    }

    static byte[] toBytes(FrozenDict<Array> tree, long maxChunkBytes) {
        LeafBytes.requireInMemory("FlaxMsgpack.toBytes", Trees.byteSize(tree), "FlaxMsgpack.save");
        MessageBufferPacker out = MessagePack.newDefaultBufferPacker();
        try {
            MsgpackTreeWriter.write(tree, out, maxChunkBytes, "FlaxMsgpack.toBytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a tree to a file, atomically: the old file stays whole until the new one is complete on disk.
     *
     * <pre>{@code
     * FlaxMsgpack.save(Path.of("copy.msgpack"), variables);
     * }</pre>
     *
     * @param file the file to create or replace
     * @param tree the variables
     * @throws IllegalArgumentException if a key is not valid Unicode
     * @throws UncheckedIOException if the file cannot be written; the old file is then unchanged
     */
    public static void save(java.nio.file.Path file, FrozenDict<Array> tree) {
        save(file, tree, MsgpackTreeWriter.MAX_CHUNK_SIZE, "FlaxMsgpack.save");
    }

    static void save(java.nio.file.Path file, FrozenDict<Array> tree, long maxChunkBytes, String op) {
        AtomicFiles.write(file, op, out -> MsgpackTreeWriter.write(tree,
                MessagePack.newDefaultPacker(new ChannelBufferOutput(out, READ_BUFFER)), maxChunkBytes, op));
    }

    /**
     * Reads a tree from msgpack bytes: {@code flax.serialization.msgpack_restore(data)}.
     *
     * <pre>{@code
     * FrozenDict<Array> variables = FlaxMsgpack.fromBytes(Files.readAllBytes(Path.of("mlp.msgpack")));
     * }</pre>
     *
     * @param data the bytes of a Flax checkpoint
     * @return the tree, keys in file order
     * @throws CorruptCheckpointException if the bytes are not a Flax state dict Flaxen can hold
     */
    public static FrozenDict<Array> fromBytes(byte[] data) {
        return read(data, Origin.inMemory("FlaxMsgpack.fromBytes"), Leaf.ALL, FlaxMsgpack::array, Array.class);
    }

    /**
     * Reads a tree from a file.
     *
     * <pre>{@code
     * FrozenDict<Array> variables = FlaxMsgpack.load(Path.of("mlp.msgpack"));
     * }</pre>
     *
     * @param file a Flax msgpack file
     * @return the tree, keys in file order
     * @throws CorruptCheckpointException if the file is not a Flax state dict Flaxen can hold
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FrozenDict<Array> load(java.nio.file.Path file) {
        return read(file, Origin.of("FlaxMsgpack.load", file), Leaf.ALL, FlaxMsgpack::array, Array.class);
    }

    /**
     * The shapes and dtypes in a file, read without keeping any array data (a streaming pass over the file).
     *
     * <pre>{@code
     * FlaxMsgpack.inspect(Path.of("mlp.msgpack")).get("params/layers_0/kernel");   // Some(float32[4,8])
     * }</pre>
     *
     * @param file a Flax msgpack file
     * @return the tree of shapes and dtypes
     * @throws CorruptCheckpointException if the file is not a Flax state dict Flaxen can hold
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FrozenDict<ShapeDtypeStruct> inspect(java.nio.file.Path file) {
        return read(file, Origin.of("FlaxMsgpack.inspect", file), Leaf.NONE, Leaf::spec, ShapeDtypeStruct.class);
    }

    static <V> FrozenDict<V> read(byte[] data, Origin origin, BiPredicate<Path, ShapeDtypeStruct> load,
            Function<Leaf, V> leaf, Class<V> leafType) {
        return MsgpackTreeReader.read(MessagePack.newDefaultUnpacker(data), data.length, origin, load, leaf, leafType);
    }

    /** Reads a file, keeping the data of the leaves {@code load} accepts and converting each leaf with {@code leaf}. */
    static <V> FrozenDict<V> read(java.nio.file.Path file, Origin origin, BiPredicate<Path, ShapeDtypeStruct> load,
            Function<Leaf, V> leaf, Class<V> leafType) {
        return withUnpacker(file, origin, (in, size) -> MsgpackTreeReader.read(in, size, origin, load, leaf, leafType));
    }

    /** The shapes and dtypes in a file by {@code '/'}-joined path, in file order; no data is kept. */
    static LinkedHashMap<String, ShapeDtypeStruct> specs(java.nio.file.Path file, Origin origin) {
        return withUnpacker(file, origin, (in, size) -> MsgpackTreeReader.specs(in, size, origin));
    }

    private static <T> T withUnpacker(java.nio.file.Path file, Origin origin,
            BiFunction<MessageUnpacker, Long, T> read) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int buffer = (int) Math.max(16, Math.min(READ_BUFFER, size));
            return read.apply(MessagePack.newDefaultUnpacker(new ChannelBufferInput(channel, buffer)), size);
        } catch (IOException e) {
            throw new UncheckedIOException(origin.op() + ": cannot read " + file + ": " + e, e);
        }
    }

    /** The data of a leaf read with loading on. */
    static Array array(Leaf leaf) {
        return leaf.array().get();
    }
}
