package dev.flaxen.io;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import java.util.Objects;

/**
 * One tensor listed in a safetensors header: its name, dtype, shape and byte range. The offsets count from
 * the first byte after the header, as the header's {@code data_offsets} do.
 *
 * <pre>{@code
 * try (SafetensorsFile f = Safetensors.open(Path.of("mlp.safetensors"))) {
 *     SafetensorsEntry e = f.entries().get("mlp.layers_0.kernel").get();
 *     e.spec();        // float32[4,8]
 *     e.byteSize();    // 128
 * }
 * }</pre>
 *
 * @param name the tensor name, such as {@code "mlp.layers_0.kernel"}
 * @param dtype the element type
 * @param shape the dimensions
 * @param begin the first byte of the data, from the start of the data section
 * @param end one past the last byte
 */
public record SafetensorsEntry(String name, DType dtype, Shape shape, long begin, long end) {
    /**
     * Checks the parts are present and the range is not reversed.
     *
     * @param name the tensor name
     * @param dtype the element type
     * @param shape the dimensions
     * @param begin the first byte of the data
     * @param end one past the last byte
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code begin < 0} or {@code end < begin}
     */
    public SafetensorsEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("SafetensorsEntry: expected 0 <= begin <= end, got [" + begin + ", "
                    + end + "] for " + name);
        }
    }

    /**
     * The shape and dtype, as JAX's {@code ShapeDtypeStruct}.
     *
     * @return the spec
     */
    public ShapeDtypeStruct spec() {
        return new ShapeDtypeStruct(shape, dtype);
    }

    /**
     * The length of the data: {@code end - begin}, which the reader checked equals the element count times
     * the item size.
     *
     * @return the byte count
     */
    public long byteSize() {
        return end - begin;
    }
}
