package dev.flaxen.io;

import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a checkpoint holds, found without reading its array data: the entries' shapes and dtypes and any
 * metadata. This is what {@code flaxen inspect} prints.
 *
 * <pre>{@code
 * CheckpointInfo info = Checkpoints.inspect(Path.of("mlp.safetensors"));
 * info.format();        // SAFETENSORS
 * info.entries();       // LinkedHashMap((mlp.layers_0.bias, float32[8]), (mlp.layers_0.kernel, float32[4,8]), ...)
 * info.paramCount();    // 49
 * info.byteSize();      // 196
 * }</pre>
 *
 * @param file the file
 * @param format its format
 * @param fileSize its size in bytes
 * @param entries each entry's name (a safetensors tensor name, or a {@code '/'}-joined path in a Flax msgpack
 *     tree) to its shape and dtype, in file order
 * @param metadata the safetensors {@code __metadata__}; none for Flax msgpack and for safetensors without it
 */
public record CheckpointInfo(Path file, CheckpointFormat format, long fileSize,
        LinkedHashMap<String, ShapeDtypeStruct> entries, Option<LinkedHashMap<String, String>> metadata) {
    /**
     * Checks the parts are present.
     *
     * @param file the file
     * @param format its format
     * @param fileSize its size in bytes
     * @param entries entry name to shape and dtype
     * @param metadata the safetensors metadata, if any
     * @throws NullPointerException if a part is null
     */
    public CheckpointInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * The number of parameters: element counts summed over the entries.
     *
     * @return the element count
     */
    public long paramCount() {
        return entries.values().map(s -> s.shape().size()).sum().longValue();
    }

    /**
     * The bytes of array data: element count times item size, summed.
     *
     * @return the data size
     */
    public long byteSize() {
        return entries.values().map(ShapeDtypeStruct::byteSize).sum().longValue();
    }
}
