package dev.flaxen.array;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Array construction: constant fills, copies of Java arrays, ranges, identity matrices, raw bytes. */
final class Factories {
    private Factories() {
    }

    /** An array of {@code value} converted by {@link Promotion#storeScalar}. */
    static Array full(Shape shape, double value, DType dtype) {
        Object data = Storage.allocate(dtype, shape.intSize("Array.full"));
        int n = Storage.length(data);
        if (n > 0) {
            Promotion.storeScalar(dtype, data, 0, value);
            for (int filled = 1; filled < n; filled *= 2) {
                System.arraycopy(data, 0, data, filled, Math.min(filled, n - filled));
            }
        }
        return Array.wrap(shape, dtype, data);
    }

    /** The shape for {@code of(data, dims)}: {@code dims}, or 1-D when none are given; the sizes must agree. */
    static Shape shapeFor(int length, int[] dims) {
        return checkLength(length, dims.length == 0 ? Shape.of(length) : Shape.of(dims));
    }

    static Shape checkLength(int length, Shape shape) {
        if (shape.size() != length) {
            throw new IllegalArgumentException("Array.of: data has " + length + " elements but shape " + shape
                    + " needs " + shape.size());
        }
        return shape;
    }

    static Array ofBooleans(boolean[] values, Shape shape) {
        checkLength(values.length, shape);
        byte[] data = new byte[values.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (values[i] ? 1 : 0);
        }
        return Array.wrap(shape, DType.BOOL, data);
    }

    static Array ofDoubles(double[] values, Shape shape, DType dtype) {
        checkLength(values.length, shape);
        Object data = Storage.allocate(dtype, values.length);
        for (int i = 0; i < values.length; i++) {
            Promotion.storeScalar(dtype, data, i, values[i]);
        }
        return Array.wrap(shape, dtype, data);
    }

    /**
     * {@code jnp.arange(start, stop, step, dtype)} as JAX 0.10 computes it: {@code ceil((stop - start) / step)}
     * elements, element {@code i} being {@code start + step * i} with start and step first converted to the
     * working dtype and both operations rounded in it (float32 for the half types, then rounded once more),
     * integer dtypes wrapping.
     */
    static Array arange(double start, double stop, double step, DType dtype) {
        if (step == 0 || Double.isNaN(step) || Double.isNaN(start) || Double.isNaN(stop)) {
            throw new IllegalArgumentException("Array.arange: expected bounds that are not NaN and a non-zero step, got start "
                    + start + ", stop " + stop + ", step " + step);
        }
        double count = Math.ceil((stop - start) / step);
        if (count >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Array.arange: " + count + " elements do not fit one Array");
        }
        int n = (int) Math.max(0, count);
        Object data = Storage.allocate(dtype, n);
        fillRange(dtype, data, n, start, step);
        return Array.wrap(Shape.of(n), dtype, data);
    }

    private static void fillRange(DType dtype, Object data, int n, double start, double step) {
        if (dtype == DType.F64) {
            for (int i = 0; i < n; i++) {
                Storage.setDouble(dtype, data, i, start + step * i);
            }
        } else if (dtype.isFloating()) {
            float first = (float) start;
            float delta = (float) step;
            for (int i = 0; i < n; i++) {
                Storage.setDouble(dtype, data, i, first + delta * (float) i);
            }
        } else {
            Object firstAndStep = Storage.allocate(dtype, 2);
            Promotion.storeScalar(dtype, firstAndStep, 0, start);
            Promotion.storeScalar(dtype, firstAndStep, 1, step);
            long first = Storage.getLong(dtype, firstAndStep, 0);
            long delta = Storage.getLong(dtype, firstAndStep, 1);
            for (int i = 0; i < n; i++) {
                Storage.setLong(dtype, data, i, first + delta * i);
            }
        }
    }

    /** An {@code n x m} matrix with ones on the main diagonal. */
    static Array eye(int n, int m, DType dtype) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("Array.eye: expected sizes >= 0, got " + n + " x " + m);
        }
        Object data = Storage.allocate(dtype, Shape.of(n, m).intSize("Array.eye"));
        for (int i = 0; i < Math.min(n, m); i++) {
            Storage.setLong(dtype, data, i * m + i, 1);
        }
        return Array.wrap(Shape.of(n, m), dtype, data);
    }

    /** Reads {@code shape.size()} little-endian elements from the buffer's remaining bytes, which must match exactly. */
    static Array fromBytes(ByteBuffer bytes, Shape shape, DType dtype) {
        int n = shape.intSize("Array.fromBytes");
        long expected = (long) n * dtype.itemSize();
        if (bytes.remaining() != expected) {
            throw new IllegalArgumentException("Array.fromBytes: expected " + expected + " bytes for " + dtype + shape
                    + " (" + n + " elements of " + dtype.itemSize() + " bytes), got " + bytes.remaining());
        }
        ByteBuffer in = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        Object data = Storage.allocate(dtype, n);
        if (data instanceof float[] a) {
            in.asFloatBuffer().get(a);
        } else if (data instanceof double[] a) {
            in.asDoubleBuffer().get(a);
        } else if (data instanceof short[] a) {
            in.asShortBuffer().get(a);
        } else if (data instanceof int[] a) {
            in.asIntBuffer().get(a);
        } else if (data instanceof long[] a) {
            in.asLongBuffer().get(a);
        } else {
            readBytes(in, (byte[]) data, dtype);
        }
        return Array.wrap(shape, dtype, data);
    }

    private static void readBytes(ByteBuffer in, byte[] data, DType dtype) {
        in.get(data);
        if (dtype == DType.BOOL) {
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (data[i] != 0 ? 1 : 0);
            }
        }
    }

    /** Writes the elements little-endian at the buffer's position and advances it. */
    static void writeTo(Array x, ByteBuffer out) {
        long bytes = (long) x.size() * x.dtype().itemSize();
        if (out.remaining() < bytes) {
            throw new IllegalArgumentException("Array.writeTo: expected at least " + bytes + " bytes remaining for "
                    + x.dtype() + x.shape() + ", got " + out.remaining());
        }
        ByteBuffer o = out.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        Object data = x.data();
        if (data instanceof float[] a) {
            o.asFloatBuffer().put(a);
        } else if (data instanceof double[] a) {
            o.asDoubleBuffer().put(a);
        } else if (data instanceof short[] a) {
            o.asShortBuffer().put(a);
        } else if (data instanceof int[] a) {
            o.asIntBuffer().put(a);
        } else if (data instanceof long[] a) {
            o.asLongBuffer().put(a);
        } else {
            o.put((byte[]) data);
        }
        out.position(out.position() + (int) bytes);
    }

    /** The elements as little-endian bytes. */
    static byte[] toBytes(Array x) {
        long bytes = (long) x.size() * x.dtype().itemSize();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("Array.toBytes: " + x.dtype() + x.shape() + " takes " + bytes
                    + " bytes, more than a byte[] holds; use writeTo(ByteBuffer) in pieces");
        }
        byte[] out = new byte[(int) bytes];
        writeTo(x, ByteBuffer.wrap(out));
        return out;
    }
}
