package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import dev.flaxen.array.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.random.RandomGenerator;

/** Element bit patterns for {@link Gens#arrays} and {@link Gens#arraysWithEdgeValues}. */
final class ElementValues {
    private ElementValues() {
    }

    /** An array of the given element bits (the low {@code itemSize} bytes of each long). */
    static Array fromBits(Shape shape, DType dtype, long[] bits) {
        ByteBuffer out = ByteBuffer.allocate(bits.length * dtype.itemSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (long b : bits) {
            switch (dtype.itemSize()) {
                case 1 -> out.put((byte) b);
                case 2 -> out.putShort((short) b);
                case 4 -> out.putInt((int) b);
                default -> out.putLong(b);
            }
        }
        return Array.fromBytes(out.array(), shape, dtype);
    }

    /**
     * A typical element: for floats {@code ±u * 2^e} with {@code u} in {@code [0, 1)} and {@code e} in
     * {@code [-8, 8]}, rounded to the dtype (half types through float32); for integers any bit pattern; for bool
     * 0 or 1.
     */
    static long typical(RandomGenerator r, DType dtype) {
        if (dtype.isBool()) {
            return Draw.between(r, 0, 1);
        }
        if (!dtype.isFloating()) {
            return r.nextLong() & mask(dtype);
        }
        double v = (2 * Draw.unit(r) - 1) * Math.scalb(1.0, Draw.between(r, -8, 8));
        return switch (dtype) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> Float.floatToRawIntBits((float) v) & 0xffffffffL;
            case F16 -> HalfFloats.toFloat16((float) v) & 0xffffL;
            default -> HalfFloats.toBFloat16((float) v) & 0xffffL;
        };
    }

    /**
     * An edge value. Floats: ±0, ±infinity, a quiet NaN, ±1, ±the smallest subnormal, the largest subnormal, the
     * smallest normal, ±the largest finite value. Integers: 0, 1, all ones (-1 or the unsigned maximum), the signed
     * minimum and maximum. Bool: 0 or 1.
     */
    static long edge(RandomGenerator r, DType dtype) {
        if (dtype.isBool()) {
            return Draw.between(r, 0, 1);
        }
        long sign = 1L << (dtype.bits() - 1);
        if (!dtype.isFloating()) {
            return Draw.pick(r, 0L, 1L, mask(dtype), sign, sign - 1);
        }
        int mantissa = switch (dtype) {
            case F64 -> 52;
            case F32 -> 23;
            case F16 -> 10;
            default -> 7;
        };
        long inf = (sign - 1) & ~((1L << mantissa) - 1);
        long one = (sign >>> 1) - (1L << mantissa);
        return Draw.pick(r, 0L, sign, inf, sign | inf, inf | (1L << (mantissa - 1)), one, sign | one, 1L, sign | 1L,
                (1L << mantissa) - 1, 1L << mantissa, inf - 1, sign | (inf - 1));
    }

    private static long mask(DType dtype) {
        return dtype.bits() == 64 ? -1L : (1L << dtype.bits()) - 1;
    }
}
