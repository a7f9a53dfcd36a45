package dev.flaxen.io;

import dev.flaxen.array.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.file.Path;

/**
 * The safetensors format of Hugging Face ({@code safetensors.numpy}): flat maps of tensor names to arrays,
 * an optional metadata map of strings, and files the Python and Rust libraries write byte for byte the same.
 * For trees use {@link Checkpoints#write(Path, dev.flaxen.tree.FrozenDict, String)} and
 * {@link SafetensorsFile#readTree(String)}, which join and split names on a separator.
 *
 * <pre>{@code
 * FrozenDict<Array> params = FlaxMsgpack.load(Path.of("mlp.msgpack"));
 * Safetensors.saveFile(Path.of("mlp.safetensors"), Trees.flatten(params, "."), LinkedHashMap.of("format", "flax"));
 * try (SafetensorsFile f = Safetensors.open(Path.of("mlp.safetensors"))) {
 *     f.read("params.layers_0.kernel").shape();   // (4, 8)
 * }
 * }</pre>
 */
public final class Safetensors {
    private Safetensors() {
    }

    /**
     * Writes tensors to a file with no {@code __metadata__}, atomically (see {@link Checkpoints}):
     * {@code safetensors.numpy.save_file(tensors, file)}.
     *
     * <pre>{@code
     * Safetensors.saveFile(Path.of("w.safetensors"), LinkedHashMap.of("w", Array.ones(Shape.of(2))));
     * }</pre>
     *
     * @param file the file to create or replace
     * @param tensors name to array; the file orders them as the library does
     * @throws IllegalArgumentException if a name is {@code "__metadata__"} or not valid Unicode
     * @throws UncheckedIOException if the file cannot be written; the old file is then unchanged
     */
    public static void saveFile(Path file, Map<String, Array> tensors) {
        save(file, tensors, Option.none(), "Safetensors.saveFile");
    }

    /**
     * Writes tensors and a metadata map to a file, atomically: {@code save_file(tensors, file, metadata)}.
     * Metadata keeps the given order (the Rust library writes it in hash order).
     *
     * <pre>{@code
     * Safetensors.saveFile(Path.of("w.safetensors"), tensors, LinkedHashMap.of("format", "pt"));   // for transformers
     * }</pre>
     *
     * @param file the file to create or replace
     * @param tensors name to array
     * @param metadata string to string, written as {@code __metadata__} even when empty
     * @throws IllegalArgumentException if a name is {@code "__metadata__"} or a string is not valid Unicode
     * @throws UncheckedIOException if the file cannot be written; the old file is then unchanged
     */
    public static void saveFile(Path file, Map<String, Array> tensors, Map<String, String> metadata) {
        save(file, tensors, Option.some(metadata), "Safetensors.saveFile");
    }

    static void save(Path file, Map<String, Array> tensors, Option<? extends Map<String, String>> metadata, String op) {
        AtomicFiles.write(file, op, out -> SafetensorsWriter.write(out, tensors, metadata, op));
    }

    /**
     * The bytes of a safetensors file holding {@code tensors}: {@code safetensors.numpy.save(tensors)}.
     *
     * <pre>{@code
     * byte[] b = Safetensors.save(LinkedHashMap.of("w", Array.ones(Shape.of(2))));
     * }</pre>
     *
     * @param tensors name to array, at most 1 GiB of data in all
     * @return the file's bytes
     * @throws IllegalArgumentException if the data is over 1 GiB, or a name is {@code "__metadata__"} or not valid
     *     Unicode
     */
    public static byte[] save(Map<String, Array> tensors) {
        return toBytes(tensors, Option.none());
    }

    /**
     * The bytes of a safetensors file holding {@code tensors} and {@code metadata}.
     *
     * <pre>{@code
     * byte[] b = Safetensors.save(tensors, LinkedHashMap.of("format", "np"));   // b.length == 104 for one float32 of 2
     * }</pre>
     *
     * @param tensors name to array, at most 1 GiB of data in all
     * @param metadata string to string
     * @return the file's bytes
     * @throws IllegalArgumentException if the data is over 1 GiB, a name is {@code "__metadata__"} or a string is not
     *     valid Unicode
     */
    public static byte[] save(Map<String, Array> tensors, Map<String, String> metadata) {
        return toBytes(tensors, Option.some(metadata));
    }

    private static byte[] toBytes(Map<String, Array> tensors, Option<? extends Map<String, String>> metadata) {
        LeafBytes.requireInMemory("Safetensors.save", tensors.values().map(a -> (long) a.size() * a.dtype().itemSize())
                .sum().longValue(), "Safetensors.saveFile");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SafetensorsWriter.write(Channels.newChannel(out), tensors, metadata, "Safetensors.save");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Opens a file to inspect it and read tensors one at a time: {@code safe_open(file, "np")}. Only the header
     * is read now. Close the result.
     *
     * <pre>{@code
     * try (SafetensorsFile f = Safetensors.open(Path.of("mlp.safetensors"))) {
     *     f.entries().size();   // 4
     * }
     * }</pre>
     *
     * @param file a safetensors file
     * @return the open file
     * @throws CorruptCheckpointException if the header breaks the format (see {@link SafetensorsFile})
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SafetensorsFile open(Path file) {
        return SafetensorsFile.open(file, "Safetensors.open");
    }

    /**
     * Reads bytes already in memory, as {@link #open(Path)} reads a file (the bytes are not copied).
     *
     * <pre>{@code
     * Safetensors.open(Safetensors.save(tensors)).read("w");   // the array saved as "w"
     * }</pre>
     *
     * @param data a whole safetensors file
     * @return a reader over it; closing it is optional
     * @throws CorruptCheckpointException if the data breaks the format
     */
    public static SafetensorsFile open(byte[] data) {
        return SafetensorsFile.of(ByteBuffer.wrap(data), "Safetensors.open");
    }

    /**
     * Reads every tensor of a file: {@code safetensors.numpy.load_file(file)}.
     *
     * <pre>{@code
     * LinkedHashMap<String, Array> tensors = Safetensors.loadFile(Path.of("mlp.safetensors"));
     * }</pre>
     *
     * @param file a safetensors file
     * @return name to array, in header order
     * @throws CorruptCheckpointException if the file breaks the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static LinkedHashMap<String, Array> loadFile(Path file) {
        try (SafetensorsFile f = SafetensorsFile.open(file, "Safetensors.loadFile")) {
            return f.readAll();
        }
    }

    /**
     * Reads every tensor of a file's bytes: {@code safetensors.numpy.load(data)}.
     *
     * <pre>{@code
     * Safetensors.load(Safetensors.save(tensors)).equals(tensors);   // true: the same names and arrays
     * }</pre>
     *
     * @param data a whole safetensors file
     * @return name to array, in header order
     * @throws CorruptCheckpointException if the data breaks the format
     */
    public static LinkedHashMap<String, Array> load(byte[] data) {
        return SafetensorsFile.of(ByteBuffer.wrap(data), "Safetensors.load").readAll();
    }
}
