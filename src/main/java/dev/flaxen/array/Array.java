package dev.flaxen.array;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An immutable n-dimensional array: a {@link Shape}, a {@link DType} and private primitive storage in
 * row-major (C) order. No method changes an array; operations return new arrays, and
 * {@code x.at(i).set(v)} is JAX's {@code x.at[i].set(v)}.
 *
 * <pre>{@code
 * Array x = Array.ones(Shape.of(2, 3));
 * x.shape();          // (2, 3)
 * x.dtype();          // float32
 * x.getFloat(1, 2);   // 1.0f
 * }</pre>
 */
public final class Array {
    private final Shape shape;
    private final DType dtype;
    private final Object data;

    private Array(Shape shape, DType dtype, Object data) {
        this.shape = shape;
        this.dtype = dtype;
        this.data = data;
    }

    /** Wraps storage this package made; the caller gives up the reference. */
    static Array wrap(Shape shape, DType dtype, Object data) {
        int n = shape.intSize("Array");
        if (data.getClass() != Storage.arrayClass(dtype) || Storage.length(data) != n) {
            throw new IllegalArgumentException("Array: expected a " + Storage.arrayClass(dtype).getSimpleName()
                    + " of length " + n + " for " + dtype + shape + ", got " + data.getClass().getSimpleName()
                    + " of length " + Storage.length(data));
        }
        return new Array(shape, dtype, data);
    }

    /** The backing storage, for this package's operations only; never hand it out. */
    Object data() {
        return data;
    }

    private static <T> Array generate(Shape shape, DType dtype, Consumer<T> fill, Class<T> type, String op) {
        if (Storage.arrayClass(dtype) != type) {
            throw new IllegalArgumentException(op + ": dtype " + dtype + " is not stored as " + type.getSimpleName());
        }
        T out = type.cast(Storage.allocate(dtype, shape.intSize(op)));
        fill.accept(out);
        return new Array(shape, dtype, out);
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

    /**
     * The shape.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /**
     * The element type.
     *
     * @return the dtype
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * Number of dimensions, numpy's {@code ndim}.
     *
     * @return the rank
     */
    public int ndim() {
        return shape.rank();
    }

    /**
     * Number of elements.
     *
     * @return the element count
     */
    public int size() {
        return Storage.length(data);
    }

    /**
     * Bitwise equality: same shape, same dtype and the same bit pattern in every element
     * (so {@code -0.0 != 0.0} and a NaN equals the same NaN). For tolerant comparison use {@code allClose}.
     *
     * @param o another object
     * @return true if {@code o} is an array with the same shape, dtype and bits
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Array a) || dtype != a.dtype || !shape.equals(a.shape)) {
            return false;
        }
        if (data instanceof float[] f) {
            float[] g = (float[]) a.data;
            for (int i = 0; i < f.length; i++) {
                if (Float.floatToRawIntBits(f[i]) != Float.floatToRawIntBits(g[i])) {
                    return false;
                }
            }
            return true;
        } else if (data instanceof double[] d) {
            double[] e = (double[]) a.data;
            for (int i = 0; i < d.length; i++) {
                if (Double.doubleToRawLongBits(d[i]) != Double.doubleToRawLongBits(e[i])) {
                    return false;
                }
            }
            return true;
        }
        return Objects.deepEquals(data, a.data);
    }

    @Override
    public int hashCode() {
        int h = 31 * shape.hashCode() + dtype.hashCode();
        int n = size();
        for (int i = 0; i < n; i++) {
            h = 31 * h + Long.hashCode(rawBits(i));
        }
        return h;
    }

    /**
     * The storage bit pattern of one element, zero-extended to a long: the IEEE bits of a float32 or
     * float64, the 16-bit pattern of a float16/bfloat16, the two's-complement bits of an integer, 0/1 for bool.
     *
     * <pre>{@code
     * Array.generateFloat(Shape.of(1), out -> out[0] = 1f).bitsAt(0);   // 0x3f800000L
     * }</pre>
     *
     * @param flatIndex the row-major index, in {@code [0, size())}
     * @return the bits
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public long bitsAt(int flatIndex) {
        Objects.checkIndex(flatIndex, size());
        return rawBits(flatIndex);
    }

    private long rawBits(int i) {
        if (data instanceof float[] f) {
            return Float.floatToRawIntBits(f[i]) & 0xffffffffL;
        } else if (data instanceof double[] d) {
            return Double.doubleToRawLongBits(d[i]);
        } else if (data instanceof short[] s) {
            return s[i] & 0xffffL;
        }
        long v = Storage.getLong(dtype, data, i);
        return dtype.bits() == 64 ? v : v & ((1L << dtype.bits()) - 1);
    }

    /**
     * A short description; the JAX-style printout of the values is being built in the foundation issue.
     *
     * @return {@code Array(shape=..., dtype=...)}
     */
    @Override
    public String toString() {
        return "Array(shape=" + shape + ", dtype=" + dtype + ")";
    }

    /**
     * Every element as a float (rounded to nearest where the dtype is wider), row-major.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).toFloatArray();   // {1f, 1f}
     * }</pre>
     *
     * @return a fresh array
     */
    public float[] toFloatArray() {
        if (data instanceof float[] f) {
            return f.clone();
        }
        float[] out = new float[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Storage.getDouble(dtype, data, i);
        }
        return out;
    }

    /**
     * Every element as a double (exact for every dtype but 64-bit integers above 2^53), row-major.
     *
     * @return a fresh array
     */
    public double[] toDoubleArray() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getDouble(dtype, data, i);
        }
        return out;
    }

    /**
     * Every element as an int: integers wrap to 32 bits (uint32 keeps its bit pattern), floats truncate
     * toward zero, bool is 0/1.
     *
     * @return a fresh array
     */
    public int[] toIntArray() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Storage.getLong(dtype, data, i);
        }
        return out;
    }

    /**
     * Every element as a long: integers exactly (uint64 as its bit pattern), floats truncate toward zero.
     *
     * @return a fresh array
     */
    public long[] toLongArray() {
        long[] out = new long[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getLong(dtype, data, i);
        }
        return out;
    }
}
