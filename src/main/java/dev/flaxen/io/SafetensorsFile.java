package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import java.util.function.BiPredicate;

/**
 * An open safetensors file, Python's {@code safe_open}: the header is read and checked when it opens, and
 * tensor data is copied from the file (through memory mappings of just the tensor's bytes) only when a
 * tensor is read. Inspecting a 10 GB file costs its header and nothing more. Close it to release the file.
 *
 * <pre>{@code
 * try (SafetensorsFile f = Safetensors.open(Path.of("mlp.safetensors"))) {
 *     f.entries().keySet();                         // LinkedHashSet(mlp.layers_0.bias, mlp.layers_0.kernel, ...)
 *     f.metadata();                                 // None: this file has no __metadata__
 *     Array kernel = f.read("mlp.layers_0.kernel");   // float32, shape (4, 8)
 *     FrozenDict<Array> tree = f.readTree(".");     // mlp/layers_0/kernel, ...
 * }
 * }</pre>
 */
public final class SafetensorsFile implements AutoCloseable {
    private final Content content;
    private final Origin origin;
    private final SafetensorsHeader header;
    private final int maxRange;
    private volatile boolean closed;

    private SafetensorsFile(Content content, Origin origin, int maxRange) throws IOException {
        this.content = content;
        this.origin = origin;
        this.header = SafetensorsHeader.read(content, origin);
        this.maxRange = maxRange;
    }

    /** Opens a file; {@code op} names the public caller in errors. */
    static SafetensorsFile open(java.nio.file.Path file, String op) {
        return open(file, op, Content.MAX_RANGE);
    }

    /** Opens a file that is read at most {@code maxRange} bytes (one mapping) at a time. */
    static SafetensorsFile open(java.nio.file.Path file, String op, int maxRange) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                return new SafetensorsFile(Content.of(channel), Origin.of(op, file), maxRange);
            } catch (RuntimeException | IOException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(op + ": cannot read " + file + ": " + e, e);
        }
    }

    /** Reads bytes in memory (not copied); {@code op} names the public caller in errors. */
    static SafetensorsFile of(ByteBuffer bytes, String op) {
        try {
            return new SafetensorsFile(Content.of(bytes), Origin.inMemory(op), Content.MAX_RANGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tensors in header order: name to dtype, shape and byte range. Reads nothing more from the file.
     *
     * <pre>{@code
     * f.entries().get("mlp.layers_0.kernel").get().spec();   // float32[4,8]
     * }</pre>
     *
     * @return the entries
     */
    public LinkedHashMap<String, SafetensorsEntry> entries() {
        return header.entries();
    }

    /**
     * The header's {@code __metadata__} map of strings, in file order.
     *
     * <pre>{@code
     * f.metadata().flatMap(m -> m.get("format"));   // Some(pt) for a file transformers wrote
     * }</pre>
     *
     * @return the metadata; none when the file has no {@code __metadata__} (an empty map when it has {@code {}})
     */
    public Option<LinkedHashMap<String, String>> metadata() {
        return header.metadata();
    }

    /**
     * Reads one tensor, copying just its bytes.
     *
     * <pre>{@code
     * f.read("mlp.layers_0.kernel").shape();   // (4, 8)
     * }</pre>
     *
     * @param name a name from {@link #entries()}
     * @return a new array
     * @throws NoSuchElementException if the file has no such tensor
     * @throws IllegalArgumentException if the tensor has more elements than one Flaxen {@code Array} holds
     * @throws IllegalStateException if the file is closed
     */
    public Array read(String name) {
        SafetensorsEntry e = header.entries().get(name).getOrElseThrow(() -> new NoSuchElementException(
                "SafetensorsFile.read: expected one of the " + header.entries().size() + " tensor names, got '" + name
                        + "'. See entries() for the names"));
        return read(e);
    }

    /**
     * Reads every tensor, in header order.
     *
     * <pre>{@code
     * f.readAll().keySet();   // the names, as safetensors.numpy.load_file gives them
     * }</pre>
     *
     * @return name to array
     * @throws IllegalStateException if the file is closed
     */
    public LinkedHashMap<String, Array> readAll() {
        return header.entries().mapValues(this::read);
    }

    /**
     * Reads every tensor into a tree, splitting names on {@code sep}: with {@code "."},
     * {@code "mlp.layers_0.kernel"} becomes {@code mlp/layers_0/kernel}.
     *
     * <pre>{@code
     * f.readTree(".").get("mlp/layers_0/kernel").get().shape();   // (4, 8)
     * }</pre>
     *
     * @param sep the separator, usually {@code "."} (Hugging Face) or {@code "/"}
     * @return the tree, keys in header order
     * @throws CorruptCheckpointException if a name has an empty part or a {@code '/'} inside a part, or one name
     *     is both a tensor and a prefix of another
     */
    public FrozenDict<Array> readTree(String sep) {
        return FlatNames.tree(readAll(), requireSeparator("SafetensorsFile.readTree", sep), origin, Array.class);
    }

    /** The tree of leaves under {@code sep}, reading the data of those {@code load} accepts. */
    FrozenDict<Leaf> leaves(String sep, BiPredicate<Path, ShapeDtypeStruct> load) {
        LinkedHashMap<String, Leaf> flat = header.entries().mapValues(e -> {
            Path path = FlatNames.path(e.name(), sep, origin);
            return new Leaf(e.spec(), load.test(path, e.spec()) ? Option.some(read(e)) : Option.none());
        });
        return FlatNames.tree(flat, sep, origin, Leaf.class);
    }

    private Array read(SafetensorsEntry e) {
        if (closed) {
            throw new IllegalStateException("SafetensorsFile.read: expected an open file, got a closed one");
        }
        long n = e.shape().size();
        if (n > NdarrayReader.MAX_ELEMENTS) {
            throw new IllegalArgumentException("SafetensorsFile.read: expected at most " + NdarrayReader.MAX_ELEMENTS
                    + " elements (the most one Flaxen Array holds), got " + n + " at " + e.name());
        }
        return LeafBytes.generate(e.shape(), e.dtype(), out -> copy(e, out, (int) n));
    }

    private void copy(SafetensorsEntry e, Object out, int n) {
        int item = e.dtype().itemSize();
        int perRange = maxRange / item;
        long position = header.dataStart() + e.begin();
        try {
            for (int done = 0; done < n; done += perRange) {
                int count = Math.min(perRange, n - done);
                LeafBytes.copy(content.range(position, count * item), e.dtype(), out, done, count);
                position += (long) count * item;
            }
        } catch (IOException x) {
            throw new UncheckedIOException(origin.op() + ": cannot read " + e.name() + ": " + x, x);
        }
    }

    static String requireSeparator(String op, String sep) {
        if (sep == null || sep.isEmpty()) {
            throw new IllegalArgumentException(op + ": expected a non-empty separator such as \".\", got "
                    + (sep == null ? "null" : "\"\""));
        }
        return sep;
    }

    /**
     * Closes the file. Arrays already read stay valid; reading more fails.
     *
     * @throws UncheckedIOException if closing the file fails
     */
    @Override
    public void close() {
        closed = true;
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
