package dev.flaxen.array;

import java.util.Objects;

/**
 * A shape and a dtype with no data: JAX's {@code jax.ShapeDtypeStruct}, the leaf of an abstract
 * parameter tree such as the one {@code initShapes} returns.
 *
 * <pre>{@code
 * ShapeDtypeStruct s = new ShapeDtypeStruct(Shape.of(4, 8), DType.F32);
 * s.toString();   // "float32[4,8]"
 * }</pre>
 *
 * @param shape the dimensions
 * @param dtype the element type
 */
public record ShapeDtypeStruct(Shape shape, DType dtype) {
    /**
     * Checks both parts are present.
     *
     * @param shape the dimensions
     * @param dtype the element type
     * @throws NullPointerException if shape or dtype is null
     */
    public ShapeDtypeStruct {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
    }

    /**
     * The shape and dtype of an array.
     *
     * <pre>{@code
     * ShapeDtypeStruct.of(Array.generateFloat(Shape.of(3), out -> { }));   // float32[3]
     * }</pre>
     *
     * @param array any array
     * @return its shape and dtype
     */
    public static ShapeDtypeStruct of(Array array) {
        return new ShapeDtypeStruct(array.shape(), array.dtype());
    }

    /**
     * Bytes the data would take: element count times item size.
     *
     * <pre>{@code
     * new ShapeDtypeStruct(Shape.of(4, 8), DType.BF16).byteSize();   // 64
     * }</pre>
     *
     * @return the byte size
     * @throws ArithmeticException if the byte count overflows a {@code long}
     */
    public long byteSize() {
        return Math.multiplyExact(shape.size(), (long) dtype.itemSize());
    }

    /**
     * Prints as Flax's tabulate does: {@code float32[4,8]}.
     *
     * @return dtype and dimensions
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(dtype.toString()).append('[');
        for (int i = 0; i < shape.rank(); i++) {
            sb.append(i == 0 ? "" : ",").append(shape.dim(i));
        }
        return sb.append(']').toString();
    }
}
