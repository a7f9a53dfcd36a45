package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;

/**
 * How two leaves of the same shape and dtype differ: the number of elements whose storage bits differ, the largest
 * absolute difference of their values and, for floats, the largest distance in units in the last place. An element
 * that is NaN on one side only, or NaN on both with other bits, makes both maxima NaN.
 *
 * @param size the number of elements
 * @param differing elements whose bits differ
 * @param maxAbs the largest {@code |a - b|}, 0 when identical
 * @param maxUlp the largest ulp distance for floats, 0 when identical; NaN for other dtypes
 */
record LeafDiff(long size, long differing, double maxAbs, double maxUlp) {
    static LeafDiff of(Array a, Array b) {
        DType t = a.dtype();
        boolean isFloat = t.isFloating();
        int n = a.size();
        long differing = 0;
        double maxAbs = 0;
        double maxUlp = isFloat ? 0 : Double.NaN;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            long x = a.bitsAt(i);
            long y = b.bitsAt(i);
            if (x == y) {
                continue;
            }
            differing++;
            double abs = Math.abs(Elements.value(t, x) - Elements.value(t, y));
            if (Double.isNaN(abs)) {
                nan = true;
                continue;
            }
            maxAbs = Math.max(maxAbs, abs);
            if (isFloat) {
                maxUlp = Math.max(maxUlp, ulps(Elements.rank(t, x), Elements.rank(t, y)));
            }
        }
        return nan ? new LeafDiff(n, differing, Double.NaN, isFloat ? Double.NaN : maxUlp)
                : new LeafDiff(n, differing, maxAbs, maxUlp);
    }

    /** {@code |a - b|}, exact up to 2^63 (float64 ranks of opposite signs can be further apart). */
    private static double ulps(long a, long b) {
        long d = a - b;
        boolean overflow = ((a ^ b) & (a ^ d)) < 0;
        return overflow ? Math.abs((double) a - (double) b) : Math.abs((double) d);
    }

    boolean isIdentical() {
        return differing == 0;
    }
}
