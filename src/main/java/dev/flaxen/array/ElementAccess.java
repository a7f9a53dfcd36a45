package dev.flaxen.array;

import java.util.Objects;

/**
 * Reading an {@link Array}'s elements out as Java values, for {@link ArrayAccess}: single elements by index,
 * the only element, storage bits, and fresh row-major copies. Conversions are {@link Storage}'s.
 */
final class ElementAccess {
    private ElementAccess() {
    }

    /** The element at a full index as a double; {@code op} names the caller in errors. */
    static double getDouble(String op, Array x, int[] index) {
        return Storage.getDouble(x.dtype(), x.data(), Indexing.flatIndex(op, x.shape(), index));
    }

    /** The element at a full index as a long; {@code op} names the caller in errors. */
    static long getLong(String op, Array x, int[] index) {
        return Storage.getLong(x.dtype(), x.data(), Indexing.flatIndex(op, x.shape(), index));
    }

    static double item(Array x) {
        if (x.size() != 1) {
            throw new IllegalArgumentException("Array.item: expected an array of size 1, got shape " + x.shape());
        }
        return Storage.getDouble(x.dtype(), x.data(), 0);
    }

    static long bitsAt(Array x, int flatIndex) {
        Objects.checkIndex(flatIndex, x.size());
        return Storage.bits(x.dtype(), x.data(), flatIndex);
    }

    static float[] toFloatArray(Array x) {
        if (x.data() instanceof float[] f) {
            return f.clone();
        }
        float[] out = new float[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) Storage.getDouble(x.dtype(), x.data(), i);
        }
        return out;
    }

    static double[] toDoubleArray(Array x) {
        double[] out = new double[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getDouble(x.dtype(), x.data(), i);
        }
        return out;
    }

    static int[] toIntArray(Array x) {
        int[] out = new int[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) Storage.getLong(x.dtype(), x.data(), i);
        }
        return out;
    }

    static long[] toLongArray(Array x) {
        long[] out = new long[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getLong(x.dtype(), x.data(), i);
        }
        return out;
    }

    static boolean[] toBooleanArray(Array x) {
        boolean[] out = new boolean[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Storage.getDouble(x.dtype(), x.data(), i) != 0;
        }
        return out;
    }
}
