package dev.flaxen.array;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * The factories that make an {@link Array} from Java data: copies of primitive arrays ({@code of}), raw
 * little-endian bytes ({@code fromBytes}), and fresh storage filled in place ({@code generateFloat} and the
 * like, for samplers and readers).
 *
 * <p>Call them as {@code Array.of(...)}: {@code Array} inherits them from this class, which holds them only
 * to keep {@code Array}'s own file a readable size. The class is sealed, with {@code Array} as its only
 * subclass, and has no other use.
 *
 * <pre>{@code
 * Array.of(new int[] {1, 2, 3, 4}, 2, 2).toString();   // "Array([[1, 2],\n       [3, 4]], dtype=int32)"
 * }</pre>
 */
public abstract sealed class ArrayFactories permits Array {
    ArrayFactories() {
    }

    /**
     * A float32 array holding a copy of {@code data} in row-major order.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 2, 3, 4}, 2, 2);   // [[1, 2], [3, 4]]
     * Array.of(new float[] {1, 2, 3});            // 1-D when no dimensions are given
     * }</pre>
     *
     * @param data the elements (copied)
     * @param dims the shape; none for a 1-D array of {@code data.length}
     * @return the new array
     * @throws IllegalArgumentException {@code Array.of: data has 5 elements but shape (2, 3) needs 6}
     */
    public static Array of(float[] data, int... dims) {
        return of(data, Factories.shapeFor(data.length, dims));
    }

    /**
     * A float32 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 2, 3, 4}, Shape.of(2, 2)).getFloat(1, 0);   // 3.0f
     * }</pre>
     *
     * @param data the elements (copied)
     * @param shape the shape, of {@code data.length} elements
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(float[] data, Shape shape) {
        return Array.wrap(Factories.checkLength(data.length, shape), DType.F32, data.clone());
    }

    /**
     * A float64 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new double[] {0.5, 1.5}).dtype();   // float64
     * }</pre>
     *
     * @param data the elements (copied)
     * @param dims the shape; none for 1-D
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(double[] data, int... dims) {
        return of(data, Factories.shapeFor(data.length, dims));
    }

    /**
     * A float64 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new double[] {0.5, 1.5}, Shape.of(2, 1)).shape();   // (2, 1)
     * }</pre>
     *
     * @param data the elements (copied)
     * @param shape the shape
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(double[] data, Shape shape) {
        return Array.wrap(Factories.checkLength(data.length, shape), DType.F64, data.clone());
    }

    /**
     * An int32 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new int[] {1, 2}).toString();   // "Array([1, 2], dtype=int32)"
     * }</pre>
     *
     * @param data the elements (copied)
     * @param dims the shape; none for 1-D
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(int[] data, int... dims) {
        return of(data, Factories.shapeFor(data.length, dims));
    }

    /**
     * An int32 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new int[] {1, 2, 3, 4}, Shape.of(2, 2)).getInt(-1, -1);   // 4
     * }</pre>
     *
     * @param data the elements (copied)
     * @param shape the shape
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(int[] data, Shape shape) {
        return Array.wrap(Factories.checkLength(data.length, shape), DType.I32, data.clone());
    }

    /**
     * An int64 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new long[] {1L << 40}).dtype();   // int64
     * }</pre>
     *
     * @param data the elements (copied)
     * @param dims the shape; none for 1-D
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(long[] data, int... dims) {
        return of(data, Factories.shapeFor(data.length, dims));
    }

    /**
     * An int64 array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new long[] {7}, Shape.of()).item();   // 7.0
     * }</pre>
     *
     * @param data the elements (copied)
     * @param shape the shape
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(long[] data, Shape shape) {
        return Array.wrap(Factories.checkLength(data.length, shape), DType.I64, data.clone());
    }

    /**
     * A bool array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new boolean[] {true, false}).toString();   // "Array([ True, False], dtype=bool)"
     * }</pre>
     *
     * @param data the elements (copied)
     * @param dims the shape; none for 1-D
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(boolean[] data, int... dims) {
        return of(data, Factories.shapeFor(data.length, dims));
    }

    /**
     * A bool array holding a copy of {@code data}.
     *
     * <pre>{@code
     * Array.of(new boolean[] {true, false}, Shape.of(1, 2)).getBoolean(0, 0);   // true
     * }</pre>
     *
     * @param data the elements (copied)
     * @param shape the shape
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(boolean[] data, Shape shape) {
        return Factories.ofBooleans(data, shape);
    }

    /**
     * An array of any dtype from double values, each converted as the class comment describes.
     *
     * <pre>{@code
     * Array.of(new double[] {1, 1.00390625}, Shape.of(2), DType.BF16).toString();
     * // "Array([1, 1], dtype=bfloat16)": 1.00390625 is a tie and rounds to even
     * }</pre>
     *
     * @param values the elements
     * @param shape the shape
     * @param dtype the element type
     * @return the new array
     * @throws IllegalArgumentException if the lengths differ
     */
    public static Array of(double[] values, Shape shape, DType dtype) {
        return Factories.ofDoubles(values, shape, dtype);
    }

    /**
     * Reads raw little-endian elements in row-major order (a copy), as checkpoint formats store them:
     * the buffer's remaining bytes must be exactly {@code shape.size() * dtype.itemSize()}. The buffer's
     * position and byte order are left as they were. Non-zero bool bytes read as {@code True}.
     *
     * <pre>{@code
     * ByteBuffer b = ByteBuffer.wrap(new byte[] {0, 0, (byte) 0x80, 0x3f});
     * Array.fromBytes(b, Shape.of(1), DType.F32).getFloat(0);   // 1.0f
     * }</pre>
     *
     * @param bytes the data, from its position to its limit
     * @param shape the shape
     * @param dtype the element type
     * @return the new array
     * @throws IllegalArgumentException {@code Array.fromBytes: expected 24 bytes for float32(2, 3) (6 elements of 4 bytes), got 20}
     */
    public static Array fromBytes(ByteBuffer bytes, Shape shape, DType dtype) {
        return Factories.fromBytes(bytes, shape, dtype);
    }

    /**
     * Reads raw little-endian elements from a whole byte array, as {@link #fromBytes(ByteBuffer, Shape, DType)}.
     *
     * <pre>{@code
     * Array.fromBytes(new byte[] {1, 0}, Shape.of(2), DType.U8).toString();   // "Array([1, 0], dtype=uint8)"
     * }</pre>
     *
     * @param bytes the data; its length must be {@code shape.size() * dtype.itemSize()}
     * @param shape the shape
     * @param dtype the element type
     * @return the new array
     * @throws IllegalArgumentException if the length is wrong
     */
    public static Array fromBytes(byte[] bytes, Shape shape, DType dtype) {
        return Factories.fromBytes(ByteBuffer.wrap(bytes), shape, dtype);
    }

    private static <T> Array generate(Shape shape, DType dtype, Consumer<T> fill, Class<T> type, String op) {
        if (Storage.arrayClass(dtype) != type) {
            throw new IllegalArgumentException(op + ": dtype " + dtype + " is not stored as " + type.getSimpleName());
        }
        T out = type.cast(Storage.allocate(dtype, shape.intSize(op)));
        fill.accept(out);
        return Array.wrap(shape, dtype, out);
    }

    /**
     * Makes a float32 array by letting {@code fill} write a fresh {@code float[]} of {@code shape.size()}
     * zeros, without copying it afterwards. The filler must not keep the array: this is how samplers and
     * readers produce large arrays with no second copy.
     *
     * <pre>{@code
     * Array x = Array.generateFloat(Shape.of(3), out -> out[1] = 2f);   // [0, 2, 0]
     * }</pre>
     *
     * @param shape the shape
     * @param fill writes the elements in row-major order
     * @return the new array
     * @throws IllegalArgumentException if the shape has more elements than a Java array holds
     */
    public static Array generateFloat(Shape shape, Consumer<float[]> fill) {
        return generate(shape, DType.F32, fill, float[].class, "Array.generateFloat");
    }

    /**
     * Makes a float64 array from a filler, as {@link #generateFloat}.
     *
     * <pre>{@code
     * Array x = Array.generateDouble(Shape.of(2), out -> out[0] = 0.5);
     * }</pre>
     *
     * @param shape the shape
     * @param fill writes the elements in row-major order
     * @return the new array
     */
    public static Array generateDouble(Shape shape, Consumer<double[]> fill) {
        return generate(shape, DType.F64, fill, double[].class, "Array.generateDouble");
    }

    /**
     * Makes a 16-bit array (float16 and bfloat16 as bit patterns, int16, uint16) from a filler.
     *
     * <pre>{@code
     * Array x = Array.generateShort(Shape.of(1), DType.BF16, out -> out[0] = (short) 0x3f80);   // [1.]
     * }</pre>
     *
     * @param shape the shape
     * @param dtype F16, BF16, I16 or U16
     * @param fill writes the elements in row-major order
     * @return the new array
     * @throws IllegalArgumentException if the dtype is not stored as {@code short[]}
     */
    public static Array generateShort(Shape shape, DType dtype, Consumer<short[]> fill) {
        return generate(shape, dtype, fill, short[].class, "Array.generateShort");
    }

    /**
     * Makes an int32 or uint32 array from a filler (uint32 as the bit pattern).
     *
     * <pre>{@code
     * Array x = Array.generateInt(Shape.of(2), DType.U32, out -> out[0] = -1);   // [4294967295, 0]
     * }</pre>
     *
     * @param shape the shape
     * @param dtype I32 or U32
     * @param fill writes the elements in row-major order
     * @return the new array
     * @throws IllegalArgumentException if the dtype is not stored as {@code int[]}
     */
    public static Array generateInt(Shape shape, DType dtype, Consumer<int[]> fill) {
        return generate(shape, dtype, fill, int[].class, "Array.generateInt");
    }

    /**
     * Makes an int64 or uint64 array from a filler (uint64 as the bit pattern).
     *
     * <pre>{@code
     * Array x = Array.generateLong(Shape.of(1), DType.I64, out -> out[0] = 7L);
     * }</pre>
     *
     * @param shape the shape
     * @param dtype I64 or U64
     * @param fill writes the elements in row-major order
     * @return the new array
     * @throws IllegalArgumentException if the dtype is not stored as {@code long[]}
     */
    public static Array generateLong(Shape shape, DType dtype, Consumer<long[]> fill) {
        return generate(shape, dtype, fill, long[].class, "Array.generateLong");
    }

    /**
     * Makes an int8, uint8 or bool array from a filler (bool as 0/1).
     *
     * <pre>{@code
     * Array x = Array.generateByte(Shape.of(2), DType.BOOL, out -> out[1] = 1);   // [False, True]
     * }</pre>
     *
     * @param shape the shape
     * @param dtype I8, U8 or BOOL
     * @param fill writes the elements in row-major order
     * @return the new array
     * @throws IllegalArgumentException if the dtype is not stored as {@code byte[]}
     */
    public static Array generateByte(Shape shape, DType dtype, Consumer<byte[]> fill) {
        return generate(shape, dtype, fill, byte[].class, "Array.generateByte");
    }
}
