package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;

/**
 * The mean and the standard deviation ({@code ddof = 0}, numpy's default) of one leaf's elements, computed in double
 * in two passes over the storage bits (sum, then squared deviations), so no copy of the leaf is made. As in numpy, an
 * infinite element gives an infinite mean and a NaN deviation, and a NaN element NaN for both.
 *
 * @param mean the mean; NaN for an empty leaf
 * @param std the standard deviation; NaN for an empty leaf
 */
record LeafStats(double mean, double std) {
    static LeafStats of(Array a) {
        DType t = a.dtype();
        int n = a.size();
        if (n == 0) {
            return new LeafStats(Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Elements.value(t, a.bitsAt(i));
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = Elements.value(t, a.bitsAt(i)) - mean;
            squares += d * d;
        }
        return new LeafStats(mean, Math.sqrt(squares / n));
    }
}
