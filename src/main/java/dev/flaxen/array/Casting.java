package dev.flaxen.array;

/**
 * {@code astype}: converts storage from one dtype to another as XLA does (see {@link Storage}): floats
 * round to nearest even, float to integer truncates and saturates, integer to integer wraps, bool is
 * {@code != 0}.
 */
final class Casting {
    private Casting() {
    }

    static Array astype(Array x, DType to) {
        if (x.dtype() == to) {
            return x;
        }
        if (x.isAbstract()) {
            return Array.abstractOf(x.shape(), to);
        }
        return Array.wrap(x.shape(), to, convert(x.dtype(), x.data(), to));
    }

    static Object convert(DType from, Object src, DType to) {
        int n = Storage.length(src);
        Object out = Storage.allocate(to, n);
        if (from == DType.F32 && to == DType.F64) {
            float[] a = (float[]) src;
            double[] o = (double[]) out;
            for (int i = 0; i < n; i++) {
                o[i] = a[i];
            }
        } else if (from == DType.F64 && to == DType.F32) {
            double[] a = (double[]) src;
            float[] o = (float[]) out;
            for (int i = 0; i < n; i++) {
                o[i] = (float) a[i];
            }
        } else if (from.isFloating()) {
            for (int i = 0; i < n; i++) {
                Storage.setDouble(to, out, i, Storage.getDouble(from, src, i));
            }
        } else if (from == DType.U64 && to.isFloating()) {
            fromUnsigned64((long[]) src, to, out);
        } else {
            for (int i = 0; i < n; i++) {
                Storage.setLong(to, out, i, Storage.getLong(from, src, i));
            }
        }
        return out;
    }

    private static void fromUnsigned64(long[] src, DType to, Object out) {
        for (int i = 0; i < src.length; i++) {
            if (to == DType.F64) {
                Storage.setDouble(to, out, i, Storage.unsignedToDouble(src[i]));
            } else {
                Storage.setDouble(to, out, i, Storage.unsignedToFloat(src[i]));
            }
        }
    }
}
