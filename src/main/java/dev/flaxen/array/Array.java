package dev.flaxen.array;

import java.util.Objects;

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
 * <p><b>Where the methods are documented.</b> This class holds the factories made from shapes and values
 * ({@code zeros}, {@code full}, {@code arange}, {@code eye}, ...), the joins and {@code where}, and the
 * core accessors. The factories from Java data ({@code of}, {@code fromBytes}, {@code generateFloat}, ...)
 * are inherited from {@link ArrayFactories}, and the instance operations from five facets that
 * {@code Array} alone implements: {@link ArrayAccess} (elements as Java values), {@link ArrayIndexing}
 * (indexing, reshaping, {@code at}), {@link ArrayMath} (arithmetic, functions, {@code astype}),
 * {@link ArrayComparisons} ({@code gt}, ..., {@code allClose}) and {@link ArrayReductions} ({@code sum}, ...,
 * {@code matmul}). All are called on {@code Array} as usual: {@code Array.of(...)}, {@code x.add(y)}.
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
public final class Array extends ArrayFactories
        implements ArrayAccess, ArrayIndexing, ArrayMath, ArrayComparisons, ArrayReductions {
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
        if (data == null) {
            AbstractEval.valuesNeeded();
            throw new IllegalStateException("Array: expected a concrete array, got an abstract "
                    + ShapeDtypeStruct.of(this) + " (a shape and a dtype without values, as inside initShapes or tabulate). Its values do "
                    + "not exist; read values only from arrays that init or apply return");
        }
        return data;
    }

    /**
     * An abstract array: a shape and a dtype with no storage, JAX's {@code ShapedArray} (what a traced function
     * sees under {@code jax.eval_shape}). Every operation on an abstract operand computes only the result's shape and
     * dtype, with the same checks as for concrete arrays, and returns an abstract array; nothing is allocated. Reading
     * values ({@code getFloat}, {@code toFloatArray}, {@code item}, {@code allClose}, ...) throws
     * {@code IllegalStateException}. {@code Module.initShapes} runs a model on such arrays.
     *
     * <pre>{@code
     * Array x = Array.abstractOf(Shape.of(2, 4), DType.F32);
     * x.matmul(Array.abstractOf(Shape.of(4, 8), DType.F32)).add(1).toString();   // "ShapedArray(float32[2,8])"
     * x.getFloat(0, 0);   // IllegalStateException: Array: expected a concrete array, got an abstract float32[2,4] ...
     * }</pre>
     *
     * @param shape the shape
     * @param dtype the element type
     * @return the abstract array
     * @throws IllegalArgumentException if the shape has more than {@code Integer.MAX_VALUE} elements
     */
    public static Array abstractOf(Shape shape, DType dtype) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        shape.intSize("Array.abstractOf");
        return new Array(shape, dtype, null);
    }

    /**
     * {@link #abstractOf(Shape, DType)} from a {@code ShapeDtypeStruct}.
     *
     * <pre>{@code
     * Array.abstractOf(new ShapeDtypeStruct(Shape.of(3), DType.BF16)).isAbstract();   // true
     * }</pre>
     *
     * @param spec the shape and dtype
     * @return the abstract array
     * @throws IllegalArgumentException if the shape has more than {@code Integer.MAX_VALUE} elements
     */
    public static Array abstractOf(ShapeDtypeStruct spec) {
        return abstractOf(spec.shape(), spec.dtype());
    }

    /**
     * Whether this array is abstract (a shape and a dtype without values; see {@link #abstractOf(Shape, DType)}).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2)).isAbstract();   // false
     * }</pre>
     *
     * @return true for an abstract array
     */
    public boolean isAbstract() {
        return data == null;
    }

    /** An abstract array of this shape and dtype if any operand is abstract, else null: ops return it early. */
    static Array abstractResult(Shape shape, DType dtype, Array... operands) {
        for (Array a : operands) {
            if (a.data == null) {
                return new Array(shape, dtype, null);
            }
        }
        return null;
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
     * Bitwise equality: same shape, same dtype and the same bit pattern in every element
     * (so {@code -0.0 != 0.0} and a NaN equals the same NaN). For tolerant comparison use {@code allClose}.
     * Two abstract arrays are equal when their shapes and dtypes are; an abstract array never equals a concrete one.
     *
     * @param o another object
     * @return true if {@code o} is an array with the same shape, dtype and bits
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Array a) || dtype != a.dtype || !shape.equals(a.shape)
                || (data == null) != (a.data == null)) {
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
        int n = data == null ? 0 : size();
        for (int i = 0; i < n; i++) {
            h = 31 * h + Long.hashCode(Storage.bits(dtype, data, i));
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
     * Array.abstractOf(Shape.of(2, 4), DType.F32).toString();   // "ShapedArray(float32[2,4])"
     * }</pre>
     *
     * @return the JAX-style text
     */
    @Override
    public String toString() {
        if (data == null) {
            return "ShapedArray(" + ShapeDtypeStruct.of(this) + ")";
        }
        return ArrayFormat.repr(this);
    }
}
