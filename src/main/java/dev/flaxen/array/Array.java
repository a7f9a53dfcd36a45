package dev.flaxen.array;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable n-dimensional array: a {@link Shape}, a {@link DType} and private primitive storage in
 * row-major (C) order. No method changes an array; operations return new arrays, and
 * {@code x.at(i).set(v)} is JAX's {@code x.at[i].set(v)}.
 *
 * <p><b>Storage.</b> Arrays are always contiguous. {@link #reshape} shares storage with its input (safe,
 * as neither can change); {@link #get}, {@link #index}, {@link #slice}, {@link #transpose} and the other
 * selections copy. float16 and bfloat16 are stored as 16-bit patterns (see {@link HalfFloats}).
 *
 * <p><b>Broadcasting and promotion.</b> Binary operations broadcast as numpy does (shapes aligned at the
 * last axis; sizes equal or 1). Operand dtypes promote as in JAX: the same dtype stays; bool gives way to
 * anything; two floats give the wider (float16 with bfloat16 gives float32); an integer with a float gives
 * the float; mixed integers follow JAX's lattice (uint8 + int8 is int16, uint32 + int32 is int64,
 * uint64 + a signed type is float64). A {@code double} scalar is weakly typed: {@code x.mul(2.0)} keeps a
 * float dtype; an integer array keeps its dtype for an integral scalar and becomes float32 otherwise
 * (numpy-1.x value-based casting, since Java cannot tell {@code 2} from {@code 2.0} here; JAX would give
 * float32 for any Python float). Integer arithmetic wraps; {@code div} always gives a float (float32 for
 * integers). float16/bfloat16 arithmetic computes in float32 and rounds once, as XLA does on CPU.
 *
 * <p><b>Conversions</b> ({@link #astype} and storing into a dtype) follow XLA: floats round to nearest even
 * (half types through float32), float to integer truncates toward zero and saturates (NaN gives 0),
 * integer to integer wraps, anything to bool is {@code != 0}. A {@code double} argument that is an integer
 * within {@code long} range wraps into integer dtypes like a Python int ({@code full(shape, 300, I8)} is
 * 44, as in JAX).
 *
 * <pre>{@code
 * Array x = Array.ones(Shape.of(2, 3));
 * x.shape();          // (2, 3)
 * x.dtype();          // float32
 * x.getFloat(1, 2);   // 1.0f
 * x.at(0, 0).set(42).toString();
 * // Array([[42.,  1.,  1.],
 * //        [ 1.,  1.,  1.]], dtype=float32)
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

    /**
     * A float32 array of zeros.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 3));   // float32, all 0
     * }</pre>
     *
     * @param shape the shape
     * @return the new array
     */
    public static Array zeros(Shape shape) {
        return zeros(shape, DType.F32);
    }

    /**
     * An array of zeros of any dtype ({@code False} for bool).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(3), DType.I32).toString();   // "Array([0, 0, 0], dtype=int32)"
     * }</pre>
     *
     * @param shape the shape
     * @param dtype the element type
     * @return the new array
     */
    public static Array zeros(Shape shape, DType dtype) {
        return wrap(shape, dtype, Storage.allocate(dtype, shape.intSize("Array.zeros")));
    }

    /**
     * A float32 array of ones.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).toString();   // "Array([1., 1.], dtype=float32)"
     * }</pre>
     *
     * @param shape the shape
     * @return the new array
     */
    public static Array ones(Shape shape) {
        return full(shape, 1, DType.F32);
    }

    /**
     * An array of ones of any dtype ({@code True} for bool).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2), DType.BF16);   // bfloat16 ones
     * }</pre>
     *
     * @param shape the shape
     * @param dtype the element type
     * @return the new array
     */
    public static Array ones(Shape shape, DType dtype) {
        return full(shape, 1, dtype);
    }

    /**
     * A float32 array filled with one value.
     *
     * <pre>{@code
     * Array.full(Shape.of(2), 0.5).toString();   // "Array([0.5, 0.5], dtype=float32)"
     * }</pre>
     *
     * @param shape the shape
     * @param value the fill value, rounded to float32
     * @return the new array
     */
    public static Array full(Shape shape, double value) {
        return full(shape, value, DType.F32);
    }

    /**
     * An array of any dtype filled with one value, converted as the class comment describes
     * (integral values wrap into integer dtypes, others truncate and saturate).
     *
     * <pre>{@code
     * Array.full(Shape.of(2), 7, DType.U8).toString();   // "Array([7, 7], dtype=uint8)"
     * }</pre>
     *
     * @param shape the shape
     * @param value the fill value
     * @param dtype the element type
     * @return the new array
     */
    public static Array full(Shape shape, double value, DType dtype) {
        return Factories.full(shape, value, dtype);
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
        return wrap(Factories.checkLength(data.length, shape), DType.F32, data.clone());
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
        return wrap(Factories.checkLength(data.length, shape), DType.F64, data.clone());
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
        return wrap(Factories.checkLength(data.length, shape), DType.I32, data.clone());
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
        return wrap(Factories.checkLength(data.length, shape), DType.I64, data.clone());
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
     * {@code [0, 1, ..., n - 1]} as int32, like {@code jnp.arange(n)}; empty for {@code n <= 0}.
     *
     * <pre>{@code
     * Array.arange(3).toString();   // "Array([0, 1, 2], dtype=int32)"
     * }</pre>
     *
     * @param n the number of elements
     * @return the new 1-D array
     */
    public static Array arange(int n) {
        return Factories.arange(0, Math.max(n, 0), 1, DType.I32);
    }

    /**
     * Evenly spaced values in {@code [start, stop)}, {@code jnp.arange(start, stop, step, dtype)}:
     * {@code ceil((stop - start) / step)} elements, element {@code i} being {@code start + step * i} computed
     * as JAX computes it (start and step converted to the dtype, float32 for the half types, then each
     * operation rounded; integer dtypes truncate start and step and wrap).
     *
     * <pre>{@code
     * Array.arange(0, 1, 0.25, DType.F32).toString();   // "Array([0.  , 0.25, 0.5 , 0.75], dtype=float32)"
     * }</pre>
     *
     * @param start the first value
     * @param stop the bound, excluded
     * @param step the spacing, not 0
     * @param dtype the element type
     * @return the new 1-D array
     * @throws IllegalArgumentException if {@code step} is 0 or a bound is NaN
     */
    public static Array arange(double start, double stop, double step, DType dtype) {
        return Factories.arange(start, stop, step, dtype);
    }

    /**
     * The {@code n x n} float32 identity matrix.
     *
     * <pre>{@code
     * Array.eye(2).toString();   // "Array([[1., 0.],\n       [0., 1.]], dtype=float32)"
     * }</pre>
     *
     * @param n rows and columns
     * @return the new array
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Array eye(int n) {
        return Factories.eye(n, n, DType.F32);
    }

    /**
     * The {@code n x n} identity matrix of a dtype.
     *
     * <pre>{@code
     * Array.eye(2, DType.I32).toString();   // "Array([[1, 0],\n       [0, 1]], dtype=int32)"
     * }</pre>
     *
     * @param n rows and columns
     * @param dtype the element type
     * @return the new array
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Array eye(int n, DType dtype) {
        return Factories.eye(n, n, dtype);
    }

    /**
     * An {@code n x m} float32 matrix with ones on the main diagonal.
     *
     * <pre>{@code
     * Array.eye(2, 3).shape();   // (2, 3)
     * }</pre>
     *
     * @param n rows
     * @param m columns
     * @return the new array
     * @throws IllegalArgumentException if a size is negative
     */
    public static Array eye(int n, int m) {
        return Factories.eye(n, m, DType.F32);
    }

    /**
     * An {@code n x m} matrix of a dtype with ones on the main diagonal.
     *
     * <pre>{@code
     * Array.eye(2, 3, DType.BOOL).getBoolean(1, 1);   // true
     * }</pre>
     *
     * @param n rows
     * @param m columns
     * @param dtype the element type
     * @return the new array
     * @throws IllegalArgumentException if a size is negative
     */
    public static Array eye(int n, int m, DType dtype) {
        return Factories.eye(n, m, dtype);
    }

    /**
     * A 0-d float32 array.
     *
     * <pre>{@code
     * Array.scalar(1f).toString();   // "Array(1., dtype=float32)"
     * }</pre>
     *
     * @param value the value
     * @return the new array of shape {@code ()}
     */
    public static Array scalar(float value) {
        return wrap(Shape.scalar(), DType.F32, new float[] {value});
    }

    /**
     * A 0-d array of any dtype, the value converted as the class comment describes.
     *
     * <pre>{@code
     * Array.scalar(3, DType.I32).item();   // 3.0
     * }</pre>
     *
     * @param value the value
     * @param dtype the element type
     * @return the new array of shape {@code ()}
     */
    public static Array scalar(double value, DType dtype) {
        return Elementwise.scalarOf(value, dtype);
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
     * Joins arrays along an existing axis, numpy's {@code concatenate}; dtypes promote together.
     *
     * <pre>{@code
     * Array.concatenate(List.of(Array.zeros(Shape.of(1, 2)), Array.ones(Shape.of(2, 2))), 0).shape();   // (3, 2)
     * }</pre>
     *
     * @param arrays one or more arrays of equal rank (at least 1) whose shapes differ only along {@code axis}
     *               (a {@code java.util.List} or a Vavr {@code Seq})
     * @param axis the axis to join along; negative counts from the end
     * @return the joined array
     * @throws IllegalArgumentException if there are no arrays or their shapes do not fit
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public static Array concatenate(Iterable<Array> arrays, int axis) {
        return Joining.concatenate(arrays, axis);
    }

    /**
     * Joins equal-shaped arrays along a new axis, numpy's {@code stack}.
     *
     * <pre>{@code
     * Array.stack(List.of(Array.zeros(Shape.of(3)), Array.ones(Shape.of(3))), 0).shape();   // (2, 3)
     * }</pre>
     *
     * @param arrays one or more arrays of one shape
     * @param axis where the new axis goes, in {@code [-(rank + 1), rank]}
     * @return the stacked array
     * @throws IllegalArgumentException if there are no arrays or their shapes differ
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public static Array stack(Iterable<Array> arrays, int axis) {
        return Joining.stack(arrays, axis);
    }

    /**
     * Picks {@code x} where {@code cond} is non-zero and {@code y} elsewhere, all three broadcast;
     * numpy's {@code where(cond, x, y)}. The result dtype promotes {@code x} and {@code y}.
     *
     * <pre>{@code
     * Array x = Array.of(new float[] {-1, 2, -3});
     * Array.where(x.gt(0), x, Array.zeros(Shape.of()));   // [0, 2, 0]
     * }</pre>
     *
     * @param cond the condition, any dtype (non-zero is true)
     * @param x values where {@code cond} holds
     * @param y values elsewhere
     * @return the selection
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public static Array where(Array cond, Array x, Array y) {
        return Elementwise.where(cond, x, y);
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
        return (int) shape.size();
    }

    /**
     * One element as a float (rounded where the dtype is wider); negative indices count from the end.
     *
     * <pre>{@code
     * Array x = Array.arange(6).reshape(2, 3);
     * x.getFloat(1, 2);    // 5.0f
     * x.getFloat(-1, 0);   // 3.0f
     * }</pre>
     *
     * @param index one index per axis
     * @return the element
     * @throws IllegalArgumentException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException {@code Array.getFloat: index 5 is out of bounds for axis 1 with size 3}
     */
    public float getFloat(int... index) {
        return (float) Storage.getDouble(dtype, data, Indexing.flatIndex("Array.getFloat", shape, index));
    }

    /**
     * One element as a double (exact for every dtype but 64-bit integers above 2^53).
     *
     * <pre>{@code
     * Array.of(new double[] {0.1, 0.2}).getDouble(-1);   // 0.2
     * }</pre>
     *
     * @param index one index per axis; negative counts from the end
     * @return the element
     * @throws IllegalArgumentException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double getDouble(int... index) {
        return Storage.getDouble(dtype, data, Indexing.flatIndex("Array.getDouble", shape, index));
    }

    /**
     * One element as an int, converted as {@link #toIntArray()} converts.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).getInt(1, -1);   // 5
     * }</pre>
     *
     * @param index one index per axis; negative counts from the end
     * @return the element
     * @throws IllegalArgumentException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public int getInt(int... index) {
        return (int) Storage.getLong(dtype, data, Indexing.flatIndex("Array.getInt", shape, index));
    }

    /**
     * One element as a long, converted as {@link #toLongArray()} converts.
     *
     * <pre>{@code
     * Array.full(Shape.of(1), -1, DType.U32).getLong(0);   // 4294967295L
     * }</pre>
     *
     * @param index one index per axis; negative counts from the end
     * @return the element
     * @throws IllegalArgumentException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public long getLong(int... index) {
        return Storage.getLong(dtype, data, Indexing.flatIndex("Array.getLong", shape, index));
    }

    /**
     * One element as a boolean: whether it is non-zero (NaN counts as true, as in Python).
     *
     * <pre>{@code
     * Array.of(new boolean[] {true, false}).getBoolean(1);   // false
     * }</pre>
     *
     * @param index one index per axis; negative counts from the end
     * @return the element's truth
     * @throws IllegalArgumentException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public boolean getBoolean(int... index) {
        return Storage.getDouble(dtype, data, Indexing.flatIndex("Array.getBoolean", shape, index)) != 0;
    }

    /**
     * numpy's {@code x[i, j]}: the sub-array a (possibly partial) index selects, a 0-d array for a full index.
     *
     * <pre>{@code
     * Array x = Array.arange(6).reshape(2, 3);
     * x.get(1).toString();      // "Array([3, 4, 5], dtype=int32)"
     * x.get(1, -1).toString();  // "Array(5, dtype=int32)"
     * }</pre>
     *
     * @param index up to one index per axis, from the first; negative counts from the end
     * @return a copy of the selection
     * @throws IllegalArgumentException if there are more indices than axes
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public Array get(int... index) {
        return Indexing.get(this, index);
    }

    /**
     * The only element of a size-1 array as a double, numpy's {@code item()}.
     *
     * <pre>{@code
     * Array.ones(Shape.of(3)).sum().item();   // 3.0
     * }</pre>
     *
     * @return the element
     * @throws IllegalArgumentException if the array does not have exactly one element
     */
    public double item() {
        if (size() != 1) {
            throw new IllegalArgumentException("Array.item: expected an array of size 1, got shape " + shape);
        }
        return Storage.getDouble(dtype, data, 0);
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
     * <pre>{@code
     * Array.arange(3).toDoubleArray();   // {0.0, 1.0, 2.0}
     * }</pre>
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
     * <pre>{@code
     * Array.of(new float[] {1.7f, -1.7f}).toIntArray();   // {1, -1}
     * }</pre>
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
     * <pre>{@code
     * Array.arange(2).toLongArray();   // {0L, 1L}
     * }</pre>
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

    /**
     * Every element's truth ({@code != 0}; NaN is true), row-major.
     *
     * <pre>{@code
     * Array.arange(3).gt(0).toBooleanArray();   // {false, true, true}
     * }</pre>
     *
     * @return a fresh array
     */
    public boolean[] toBooleanArray() {
        boolean[] out = new boolean[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getDouble(dtype, data, i) != 0;
        }
        return out;
    }

    /**
     * The elements as raw little-endian bytes in row-major order, {@code size() * dtype().itemSize()} of
     * them, as safetensors and Flax msgpack store arrays.
     *
     * <pre>{@code
     * Array.scalar(1f).toBytes();   // {0, 0, (byte) 0x80, 0x3f}
     * }</pre>
     *
     * @return a fresh byte array
     * @throws IllegalStateException if the data is larger than a byte array can hold
     */
    public byte[] toBytes() {
        return Factories.toBytes(this);
    }

    /**
     * Writes the raw little-endian bytes at the buffer's position and advances it (its byte order setting is
     * ignored and left unchanged).
     *
     * <pre>{@code
     * ByteBuffer out = ByteBuffer.allocate(8);
     * Array.ones(Shape.of(2)).writeTo(out);   // out.position() is now 8
     * }</pre>
     *
     * @param out the destination, with at least {@code size() * dtype().itemSize()} bytes remaining
     * @throws IllegalArgumentException if too few bytes remain
     */
    public void writeTo(ByteBuffer out) {
        Factories.writeTo(this, out);
    }

    /**
     * The same elements in a new shape, numpy's {@code reshape}; one dimension may be -1 and is inferred.
     * The result shares this array's storage (both are immutable).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, -1).shape();   // (2, 3)
     * }</pre>
     *
     * @param dims the new dimensions, with at most one -1
     * @return the reshaped array
     * @throws IllegalArgumentException {@code Array.reshape: cannot reshape array of size 6 into shape (4, -1)}
     */
    public Array reshape(int... dims) {
        return Reshaping.reshape(this, dims);
    }

    /**
     * The same elements in a new shape of the same size.
     *
     * <pre>{@code
     * Array.arange(6).reshape(Shape.of(3, 2)).shape();   // (3, 2)
     * }</pre>
     *
     * @param shape the new shape
     * @return the reshaped array
     * @throws IllegalArgumentException if the sizes differ
     */
    public Array reshape(Shape shape) {
        return Reshaping.reshape(this, shape.toArray());
    }

    /**
     * One index along one axis, that axis removed: numpy's {@code x[:, 0]} is {@code x.index(1, 0)}.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).index(1, 0).toString();   // "Array([0, 3], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param i the index along it; negative counts from the end
     * @return a copy of the selection, one dimension fewer
     * @throws IndexOutOfBoundsException if the axis or the index is out of range
     */
    public Array index(int axis, int i) {
        return Indexing.index(this, axis, i);
    }

    /**
     * A range along one axis, numpy's {@code x[start:stop]} on that axis: negative bounds count from the
     * end and out-of-range bounds are clamped.
     *
     * <pre>{@code
     * Array.arange(5).slice(0, 1, -1).toString();   // "Array([1, 2, 3], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param start the first index, included
     * @param stop the end, excluded
     * @return a copy of the range
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public Array slice(int axis, int start, int stop) {
        return Indexing.slice(this, axis, start, stop, 1);
    }

    /**
     * A strided range along one axis, numpy's {@code x[start:stop:step]}; with a negative step the range
     * runs backwards (use {@code Integer.MAX_VALUE} / {@code Integer.MIN_VALUE} for an open end).
     *
     * <pre>{@code
     * Array.arange(5).slice(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -2).toString();   // "Array([4, 2, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param start the first index, included
     * @param stop the end, excluded
     * @param step the stride, not 0
     * @return a copy of the range
     * @throws IllegalArgumentException if {@code step} is 0
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public Array slice(int axis, int start, int stop, int step) {
        return Indexing.slice(this, axis, start, stop, step);
    }

    /**
     * The axes reversed, numpy's {@code x.T}.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).transpose().shape();   // (3, 2)
     * }</pre>
     *
     * @return a transposed copy
     */
    public Array transpose() {
        return Reshaping.transpose(this);
    }

    /**
     * The axes permuted: result axis {@code i} is axis {@code perm[i]}, numpy's {@code transpose(axes)}.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 3, 4)).transpose(1, 2, 0).shape();   // (3, 4, 2)
     * }</pre>
     *
     * @param perm a permutation of the axes; negative entries count from the end
     * @return a transposed copy
     * @throws IllegalArgumentException if {@code perm} is not a permutation of the axes
     */
    public Array transpose(int... perm) {
        return Reshaping.transpose(this, perm);
    }

    /**
     * Two axes exchanged, numpy's {@code swapaxes}.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 3, 4)).swapAxes(0, -1).shape();   // (4, 3, 2)
     * }</pre>
     *
     * @param axis1 one axis; negative counts from the end
     * @param axis2 the other
     * @return a copy with the axes swapped
     * @throws IndexOutOfBoundsException if an axis is out of range
     */
    public Array swapAxes(int axis1, int axis2) {
        return Reshaping.swapAxes(this, axis1, axis2);
    }

    /**
     * This array repeated to a larger shape by numpy's broadcasting rules, numpy's {@code broadcast_to}.
     *
     * <pre>{@code
     * Array.arange(3).broadcastTo(Shape.of(2, 3)).toString();
     * // "Array([[0, 1, 2],\n       [0, 1, 2]], dtype=int32)"
     * }</pre>
     *
     * @param shape the target shape
     * @return a copy of that shape
     * @throws IllegalArgumentException if this shape does not broadcast to {@code shape}
     */
    public Array broadcastTo(Shape shape) {
        return Reshaping.broadcastTo("Array.broadcastTo", this, shape);
    }

    /**
     * Rows picked by integer indices along an axis, numpy's {@code take(x, indices, axis)}: the result has
     * shape {@code x.shape[:axis] + indices.shape + x.shape[axis+1:]}. An embedding lookup is
     * {@code table.take(ids, 0)}.
     *
     * <pre>{@code
     * Array table = Array.arange(6).reshape(3, 2);
     * table.take(Array.of(new int[] {2, 0}), 0).toString();
     * // "Array([[4, 5],\n       [0, 1]], dtype=int32)"
     * }</pre>
     *
     * @param indices integer indices; negative counts from the end
     * @param axis the axis to index; negative counts from the end
     * @return the gathered array
     * @throws IllegalArgumentException if {@code indices} is not an integer array
     * @throws IndexOutOfBoundsException if an index or the axis is out of range
     */
    public Array take(Array indices, int axis) {
        return Joining.take(this, indices, axis);
    }

    /**
     * The position for a functional update, JAX's {@code x.at[index]}; see {@link At}.
     *
     * <pre>{@code
     * Array y = x.at(0, 0).set(42);   // x is unchanged
     * }</pre>
     *
     * @param index up to one index per axis; negative counts from the end
     * @return the updater
     * @throws IllegalArgumentException if there are more indices than axes
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public At at(int... index) {
        return new At(this, index);
    }

    /**
     * Elementwise sum with broadcasting; see the class comment for the result dtype.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).add(Array.arange(3).astype(DType.F32));   // [[1, 2, 3], [1, 2, 3]]
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this + other}
     * @throws IllegalArgumentException {@code Array.add: shapes (2, 3) and (4,) cannot be broadcast}
     */
    public Array add(Array other) {
        return Elementwise.binary("Array.add", BinaryOp.ADD, this, other);
    }

    /**
     * Adds a weakly typed scalar to every element.
     *
     * <pre>{@code
     * Array.arange(3).add(1).toString();   // "Array([1, 2, 3], dtype=int32)"
     * }</pre>
     *
     * @param scalar the addend
     * @return {@code this + scalar}
     */
    public Array add(double scalar) {
        return Elementwise.binary("Array.add", BinaryOp.ADD, this, scalar);
    }

    /**
     * Elementwise difference with broadcasting (not defined for two bool arrays).
     *
     * <pre>{@code
     * Array.arange(3).sub(Array.of(new int[] {1})).toString();   // "Array([-1,  0,  1], dtype=int32)"
     * }</pre>
     *
     * @param other the subtrahend
     * @return {@code this - other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast or both are bool
     */
    public Array sub(Array other) {
        return Elementwise.binary("Array.sub", BinaryOp.SUB, this, other);
    }

    /**
     * Subtracts a weakly typed scalar from every element.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).sub(0.25).toString();   // "Array([0.75, 0.75], dtype=float32)"
     * }</pre>
     *
     * @param scalar the subtrahend
     * @return {@code this - scalar}
     */
    public Array sub(double scalar) {
        return Elementwise.binary("Array.sub", BinaryOp.SUB, this, scalar);
    }

    /**
     * Elementwise product with broadcasting.
     *
     * <pre>{@code
     * Array.arange(3).mul(Array.arange(3)).toString();   // "Array([0, 1, 4], dtype=int32)"
     * }</pre>
     *
     * @param other the other factor
     * @return {@code this * other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array mul(Array other) {
        return Elementwise.binary("Array.mul", BinaryOp.MUL, this, other);
    }

    /**
     * Multiplies every element by a weakly typed scalar.
     *
     * <pre>{@code
     * Array.arange(3).mul(2.5).toString();   // "Array([0. , 2.5, 5. ], dtype=float32)"
     * }</pre>
     *
     * @param scalar the factor
     * @return {@code this * scalar}
     */
    public Array mul(double scalar) {
        return Elementwise.binary("Array.mul", BinaryOp.MUL, this, scalar);
    }

    /**
     * Elementwise true division with broadcasting; integer and bool operands give float32.
     *
     * <pre>{@code
     * Array.arange(3).div(Array.of(new int[] {2})).toString();   // "Array([0. , 0.5, 1. ], dtype=float32)"
     * }</pre>
     *
     * @param other the divisor
     * @return {@code this / other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array div(Array other) {
        return Elementwise.binary("Array.div", BinaryOp.DIV, this, other);
    }

    /**
     * Divides every element by a weakly typed scalar; integer and bool arrays give float32.
     *
     * <pre>{@code
     * Array.arange(3).div(2).toString();   // "Array([0. , 0.5, 1. ], dtype=float32)"
     * }</pre>
     *
     * @param scalar the divisor
     * @return {@code this / scalar}
     */
    public Array div(double scalar) {
        return Elementwise.binary("Array.div", BinaryOp.DIV, this, scalar);
    }

    /**
     * Elementwise maximum with broadcasting; NaN wins, as in numpy.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5}).maximum(Array.of(new float[] {3, 2})).toString();   // "Array([3., 5.], dtype=float32)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code max(this, other)}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array maximum(Array other) {
        return Elementwise.binary("Array.maximum", BinaryOp.MAXIMUM, this, other);
    }

    /**
     * Elementwise maximum with a weakly typed scalar; {@code x.maximum(0)} is a ReLU.
     *
     * <pre>{@code
     * Array.of(new float[] {-1, 2}).maximum(0).toString();   // "Array([0., 2.], dtype=float32)"
     * }</pre>
     *
     * @param scalar the bound
     * @return {@code max(this, scalar)}
     */
    public Array maximum(double scalar) {
        return Elementwise.binary("Array.maximum", BinaryOp.MAXIMUM, this, scalar);
    }

    /**
     * Elementwise minimum with broadcasting; NaN wins.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5}).minimum(Array.of(new float[] {3, 2})).toString();   // "Array([1., 2.], dtype=float32)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code min(this, other)}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array minimum(Array other) {
        return Elementwise.binary("Array.minimum", BinaryOp.MINIMUM, this, other);
    }

    /**
     * Elementwise minimum with a weakly typed scalar.
     *
     * <pre>{@code
     * Array.arange(4).minimum(2).toString();   // "Array([0, 1, 2, 2], dtype=int32)"
     * }</pre>
     *
     * @param scalar the bound
     * @return {@code min(this, scalar)}
     */
    public Array minimum(double scalar) {
        return Elementwise.binary("Array.minimum", BinaryOp.MINIMUM, this, scalar);
    }

    /**
     * Every element raised to a power. Float arrays keep their dtype; integer arrays stay integers for an
     * integral exponent {@code >= 0} (wrapping) and become float32 for a non-integral one.
     *
     * <pre>{@code
     * Array.arange(4).pow(2).toString();   // "Array([0, 1, 4, 9], dtype=int32)"
     * }</pre>
     *
     * @param exponent the exponent
     * @return {@code this ** exponent}
     * @throws IllegalArgumentException if an integer array gets a negative integral exponent
     */
    public Array pow(double exponent) {
        return Elementwise.pow(this, exponent);
    }

    /**
     * Every element negated (integers wrap; not defined for bool).
     *
     * <pre>{@code
     * Array.arange(3).neg().toString();   // "Array([ 0, -1, -2], dtype=int32)"
     * }</pre>
     *
     * @return {@code -this}
     * @throws IllegalArgumentException if the dtype is bool
     */
    public Array neg() {
        return Elementwise.neg(this);
    }

    /**
     * Every element's absolute value (the minimum signed integer stays negative, as in numpy).
     *
     * <pre>{@code
     * Array.of(new float[] {-1.5f, 2}).abs().toString();   // "Array([1.5, 2. ], dtype=float32)"
     * }</pre>
     *
     * @return {@code |this|}
     */
    public Array abs() {
        return Elementwise.abs(this);
    }

    /**
     * e raised to every element (float dtypes; computed in double and rounded once, so float32 results may
     * differ from XLA's in the last bit).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2)).exp().toString();   // "Array([1., 1.], dtype=float32)"
     * }</pre>
     *
     * @return {@code exp(this)}
     * @throws IllegalArgumentException {@code Array.exp: dtype int32 is not supported; use astype(DType.F32) first}
     */
    public Array exp() {
        return Elementwise.floatFunction("Array.exp", this, Math::exp);
    }

    /**
     * Natural logarithm of every element (float dtypes).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).log().toString();   // "Array([0., 0.], dtype=float32)"
     * }</pre>
     *
     * @return {@code log(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public Array log() {
        return Elementwise.floatFunction("Array.log", this, Math::log);
    }

    /**
     * Square root of every element (float dtypes; correctly rounded).
     *
     * <pre>{@code
     * Array.of(new float[] {4, 9}).sqrt().toString();   // "Array([2., 3.], dtype=float32)"
     * }</pre>
     *
     * @return {@code sqrt(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public Array sqrt() {
        return Elementwise.floatFunction("Array.sqrt", this, Math::sqrt);
    }

    /**
     * Hyperbolic tangent of every element (float dtypes).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(1)).tanh().item();   // 0.0
     * }</pre>
     *
     * @return {@code tanh(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public Array tanh() {
        return Elementwise.floatFunction("Array.tanh", this, Math::tanh);
    }

    /**
     * A function applied to every element as a double, the result stored in this dtype (integral results
     * wrap into integer dtypes, others truncate and saturate).
     *
     * <pre>{@code
     * Array.arange(3).map(v -> v * v).toString();   // "Array([0, 1, 4], dtype=int32)"
     * }</pre>
     *
     * @param f the function
     * @return the mapped array, same shape and dtype
     */
    public Array map(DoubleUnaryOperator f) {
        return Elementwise.map(this, f);
    }

    /**
     * A copy converted to another dtype, as XLA converts (see the class comment); this array itself if the
     * dtype is the same.
     *
     * <pre>{@code
     * Array.of(new float[] {1.7f, -1.7f, 300f}).astype(DType.U8).toString();   // "Array([  1,   0, 255], dtype=uint8)"
     * }</pre>
     *
     * @param dtype the target dtype
     * @return the converted array
     */
    public Array astype(DType dtype) {
        return Casting.astype(this, dtype);
    }

    /**
     * Whether each element is greater than the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).gt(Array.of(new int[] {1})).toString();   // "Array([False, False,  True], dtype=bool)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this > other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array gt(Array other) {
        return Comparison.GT.apply("Array.gt", this, other);
    }

    /**
     * Whether each element is greater than a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).gt(0.5).toString();   // "Array([False,  True,  True], dtype=bool)"
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this > scalar}
     */
    public Array gt(double scalar) {
        return Comparison.GT.apply(this, scalar);
    }

    /**
     * Whether each element is greater than or equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ge(Array.of(new int[] {1})).toString();   // "Array([False,  True,  True], dtype=bool)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this >= other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array ge(Array other) {
        return Comparison.GE.apply("Array.ge", this, other);
    }

    /**
     * Whether each element is greater than or equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ge(1).toBooleanArray();   // {false, true, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this >= scalar}
     */
    public Array ge(double scalar) {
        return Comparison.GE.apply(this, scalar);
    }

    /**
     * Whether each element is less than the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).lt(Array.of(new int[] {1})).toBooleanArray();   // {true, false, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this < other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array lt(Array other) {
        return Comparison.LT.apply("Array.lt", this, other);
    }

    /**
     * Whether each element is less than a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).lt(0.5).toBooleanArray();   // {true, false, false}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this < scalar}
     */
    public Array lt(double scalar) {
        return Comparison.LT.apply(this, scalar);
    }

    /**
     * Whether each element is less than or equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).le(Array.of(new int[] {1})).toBooleanArray();   // {true, true, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this <= other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array le(Array other) {
        return Comparison.LE.apply("Array.le", this, other);
    }

    /**
     * Whether each element is less than or equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).le(1).toBooleanArray();   // {true, true, false}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this <= scalar}
     */
    public Array le(double scalar) {
        return Comparison.LE.apply(this, scalar);
    }

    /**
     * Whether each element is equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).eq(Array.of(new int[] {2, 1, 0})).toBooleanArray();   // {false, true, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this == other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array eq(Array other) {
        return Comparison.EQ.apply("Array.eq", this, other);
    }

    /**
     * Whether each element is equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).eq(2).toBooleanArray();   // {false, false, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this == scalar}
     */
    public Array eq(double scalar) {
        return Comparison.EQ.apply(this, scalar);
    }

    /**
     * Whether each element is not equal to the other operand's, broadcast; a bool array. NaN compares unequal to everything.
     *
     * <pre>{@code
     * Array.of(new float[] {Float.NaN}).ne(Array.of(new float[] {Float.NaN})).getBoolean(0);   // true
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this != other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    public Array ne(Array other) {
        return Comparison.NE.apply("Array.ne", this, other);
    }

    /**
     * Whether each element is not equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ne(1).toBooleanArray();   // {true, false, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this != scalar}
     */
    public Array ne(double scalar) {
        return Comparison.NE.apply(this, scalar);
    }

    /**
     * The sum of all elements, as a 0-d array: bool and integers narrower than 32 bits widen to int32/uint32; integer sums wrap; float sums accumulate in double and round once.
     *
     * <pre>{@code
     * Array.arange(4).sum().toString();   // "Array(6, dtype=int32)"
     * }</pre>
     *
     * @return the sum, shape {@code ()}
     */
    public Array sum() {
        return Reductions.reduceAll("Array.sum", Reductions.Kind.SUM, this);
    }

    /**
     * Sums over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).sum(0).toString();   // "Array([3, 5, 7], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array sum(int... axes) {
        return Reductions.reduce("Array.sum", Reductions.Kind.SUM, this, axes, false);
    }

    /**
     * Sums over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).sum(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array sum(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.sum", Reductions.Kind.SUM, this, axes, keepDims);
    }

    /**
     * The mean of all elements, as a 0-d array: float32 for non-float input; NaN for an empty reduction.
     *
     * <pre>{@code
     * Array.arange(4).mean().toString();   // "Array(1.5, dtype=float32)"
     * }</pre>
     *
     * @return the mean, shape {@code ()}
     */
    public Array mean() {
        return Reductions.reduceAll("Array.mean", Reductions.Kind.MEAN, this);
    }

    /**
     * Means over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).mean(1).toString();   // "Array([1., 4.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array mean(int... axes) {
        return Reductions.reduce("Array.mean", Reductions.Kind.MEAN, this, axes, false);
    }

    /**
     * Means over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).mean(new int[] {0}, true).shape();   // (1, 3)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array mean(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.mean", Reductions.Kind.MEAN, this, axes, keepDims);
    }

    /**
     * The population variance (numpy's {@code ddof=0}) of all elements, as a 0-d array: float32 for non-float input; two passes in double.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 2, 4}).var().item();   // 1.5555555820465088 (float32 of 14/9)
     * }</pre>
     *
     * @return the var, shape {@code ()}
     */
    public Array var() {
        return Reductions.reduceAll("Array.var", Reductions.Kind.VAR, this);
    }

    /**
     * Variances over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3, 2, 2}, 2, 2).var(1).toString();   // "Array([1., 0.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array var(int... axes) {
        return Reductions.reduce("Array.var", Reductions.Kind.VAR, this, axes, false);
    }

    /**
     * Variances over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).var(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array var(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.var", Reductions.Kind.VAR, this, axes, keepDims);
    }

    /**
     * The population standard deviation of all elements, as a 0-d array: float32 for non-float input.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3}).std().item();   // 1.0
     * }</pre>
     *
     * @return the std, shape {@code ()}
     */
    public Array std() {
        return Reductions.reduceAll("Array.std", Reductions.Kind.STD, this);
    }

    /**
     * Standard deviations over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3, 2, 2}, 2, 2).std(1).toString();   // "Array([1., 0.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array std(int... axes) {
        return Reductions.reduce("Array.std", Reductions.Kind.STD, this, axes, false);
    }

    /**
     * Standard deviations over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).std(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    public Array std(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.std", Reductions.Kind.STD, this, axes, keepDims);
    }

    /**
     * The smallest element, as a 0-d array: the dtype is kept; NaN wins; an empty reduction is an error.
     *
     * <pre>{@code
     * Array.of(new float[] {3, -1, 2}).min().item();   // -1.0
     * }</pre>
     *
     * @return the min, shape {@code ()}
     * @throws IllegalArgumentException if the array is empty
     */
    public Array min() {
        return Reductions.reduceAll("Array.min", Reductions.Kind.MIN, this);
    }

    /**
     * Minima over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).min(1).toString();   // "Array([0, 3], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    public Array min(int... axes) {
        return Reductions.reduce("Array.min", Reductions.Kind.MIN, this, axes, false);
    }

    /**
     * Minima over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).min(new int[] {0}, true).shape();   // (1, 3)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    public Array min(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.min", Reductions.Kind.MIN, this, axes, keepDims);
    }

    /**
     * The largest element, as a 0-d array: the dtype is kept; NaN wins; an empty reduction is an error.
     *
     * <pre>{@code
     * Array.of(new float[] {3, -1, 2}).max().item();   // 3.0
     * }</pre>
     *
     * @return the max, shape {@code ()}
     * @throws IllegalArgumentException if the array is empty
     */
    public Array max() {
        return Reductions.reduceAll("Array.max", Reductions.Kind.MAX, this);
    }

    /**
     * Maxima over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).max(0).toString();   // "Array([3, 4, 5], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    public Array max(int... axes) {
        return Reductions.reduce("Array.max", Reductions.Kind.MAX, this, axes, false);
    }

    /**
     * Maxima over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).max(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    public Array max(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.max", Reductions.Kind.MAX, this, axes, keepDims);
    }

    /**
     * Indices of the largest elements along an axis (the first on ties; a NaN counts as largest), as int32.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmax(1).toString();   // "Array([1, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @return the indices, that axis removed
     * @throws IndexOutOfBoundsException if the axis is out of range
     * @throws IllegalArgumentException if the axis is empty
     */
    public Array argmax(int axis) {
        return Reductions.argReduce("Array.argmax", this, axis, true);
    }

    /**
     * Indices of the smallest elements along an axis (the first on ties; a NaN counts as smallest), as int32.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmin(0).toString();   // "Array([0, 1, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @return the indices, that axis removed
     * @throws IndexOutOfBoundsException if the axis is out of range
     * @throws IllegalArgumentException if the axis is empty
     */
    public Array argmin(int axis) {
        return Reductions.argReduce("Array.argmin", this, axis, false);
    }

    /**
     * The matrix product, numpy's {@code matmul} / Python's {@code @}: {@code (n, k) @ (k, m)} is
     * {@code (n, m)}; leading axes are batch axes and broadcast; a 1-D left operand is a row and a 1-D
     * right operand a column (that axis is dropped from the result). Each element sums its products in
     * order in float32 (float64 for float64, long for integers), so results do not depend on the thread
     * count; large products run blocked and in parallel on the common fork-join pool.
     *
     * <pre>{@code
     * Array a = Array.of(new float[] {1, 2, 3, 4}, 2, 2);
     * a.matmul(Array.eye(2)).equals(a);                          // true
     * Array.zeros(Shape.of(5, 2, 3)).matmul(Array.zeros(Shape.of(3, 4))).shape();   // (5, 2, 4)
     * }</pre>
     *
     * @param other the right operand
     * @return {@code this @ other}
     * @throws IllegalArgumentException {@code Array.matmul: inner dimensions differ: (2, 3) @ (4, 5)}, or
     *     if an operand is 0-d or the batch axes cannot be broadcast
     */
    public Array matmul(Array other) {
        return MatMul.matmul(this, other);
    }

    /**
     * Whether every element is close to {@code other}'s: {@code |a - b| <= atol + rtol * |b|} (numpy's
     * {@code allclose}; equal infinities are close, NaN is never close). Dtypes may differ; shapes may not.
     *
     * <pre>{@code
     * Array.of(new float[] {1f, 2f}).allClose(Array.of(new double[] {1.000001, 2}), 1e-5, 1e-8);   // true
     * }</pre>
     *
     * @param other the reference values ({@code b} above)
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     * @return whether all elements are close
     * @throws IllegalArgumentException {@code Array.allClose: shapes (2, 3) and (3,) differ}
     */
    public boolean allClose(Array other, double rtol, double atol) {
        return Comparison.allClose(this, other, rtol, atol);
    }

    /**
     * {@link #allClose(Array, double, double)} with numpy's defaults {@code rtol = 1e-5}, {@code atol = 1e-8}.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).allClose(Array.ones(Shape.of(2)));   // true
     * }</pre>
     *
     * @param other the reference values
     * @return whether all elements are close
     * @throws IllegalArgumentException if the shapes differ
     */
    public boolean allClose(Array other) {
        return allClose(other, 1e-5, 1e-8);
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
     * Prints as JAX's {@code repr} does: numpy's {@code array2string} (precision 8, line width 75,
     * summarised with {@code ...} above 1000 elements) inside {@code Array(..., dtype=...)}.
     *
     * <pre>{@code
     * Array.arange(3).toString();                 // "Array([0, 1, 2], dtype=int32)"
     * Array.of(new float[] {1e-8f, 1}).toString();   // "Array([1.e-08, 1.e+00], dtype=float32)"
     * }</pre>
     *
     * @return the JAX-style text
     */
    @Override
    public String toString() {
        return ArrayFormat.repr(this);
    }
}
