package dev.flaxen.array;

import java.nio.ByteBuffer;

/**
 * Reading an {@link Array}'s elements as Java values: one element ({@code getFloat}, {@code getDouble},
 * {@code getInt}, {@code getLong}, {@code getBoolean}, {@code item}), its storage bits ({@code bitsAt}),
 * and row-major copies of them all ({@code toFloatArray} and the like, {@code toBytes}, {@code writeTo}).
 * Every result is a value or a fresh copy; the storage itself never leaves the array.
 *
 * <p>This is a facet of {@link Array}: it holds one group of {@code Array}'s methods so that the group can
 * be documented and read on its own. It is sealed, with {@code Array} as its only implementation: call the
 * methods on an array and declare values as {@code Array}, not as this interface.
 *
 * <pre>{@code
 * Array x = Array.arange(6).reshape(2, 3);
 * x.getInt(1, 2);     // 5
 * x.toFloatArray();   // {0f, 1f, 2f, 3f, 4f, 5f}
 * }</pre>
 */
public sealed interface ArrayAccess permits Array {
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
    default float getFloat(int... index) {
        return (float) ElementAccess.getDouble("Array.getFloat", self(), index);
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
    default double getDouble(int... index) {
        return ElementAccess.getDouble("Array.getDouble", self(), index);
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
    default int getInt(int... index) {
        return (int) ElementAccess.getLong("Array.getInt", self(), index);
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
    default long getLong(int... index) {
        return ElementAccess.getLong("Array.getLong", self(), index);
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
    default boolean getBoolean(int... index) {
        return ElementAccess.getDouble("Array.getBoolean", self(), index) != 0;
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
    default double item() {
        return ElementAccess.item(self());
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
    default long bitsAt(int flatIndex) {
        return ElementAccess.bitsAt(self(), flatIndex);
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
    default float[] toFloatArray() {
        return ElementAccess.toFloatArray(self());
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
    default double[] toDoubleArray() {
        return ElementAccess.toDoubleArray(self());
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
    default int[] toIntArray() {
        return ElementAccess.toIntArray(self());
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
    default long[] toLongArray() {
        return ElementAccess.toLongArray(self());
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
    default boolean[] toBooleanArray() {
        return ElementAccess.toBooleanArray(self());
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
    default byte[] toBytes() {
        return Factories.toBytes(self());
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
    default void writeTo(ByteBuffer out) {
        Factories.writeTo(self(), out);
    }

    /** This facet as the array it is: {@code Array} is the only permitted implementation. */
    private Array self() {
        return (Array) this;
    }
}
