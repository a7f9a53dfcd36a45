package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;

/**
 * Flax's {@code _compute_stats} and {@code _normalize} ({@code flax/linen/normalization.py}) for one feature axis,
 * the last: statistics in at least float32 with the fast variance {@code max(0, mean(x^2) - mean(x)^2)}, then
 * {@code y = (x - mean) * (rsqrt(var + epsilon) * scale) + bias}, creating {@code scale} before {@code bias}.
 */
final class Normalization {
    private Normalization() {
    }

    /** The settings {@code _normalize} takes. */
    record Settings(double epsilon, boolean useScale, boolean useBias, Initializer scaleInit, Initializer biasInit,
                    DType paramDtype) {
    }

    /** Every axis except the last: the axes BatchNorm reduces. */
    static int[] allButLast(int rank) {
        int[] axes = new int[rank - 1];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = i;
        }
        return axes;
    }

    /** {@code (mean, var)} over {@code axes}, removed; in float32 at least. */
    static Array[] stats(Array x, int[] axes) {
        Array xf = x.dtype() == DType.F64 ? x : x.astype(DType.F32);
        Array mean = xf.mean(axes);
        Array meanOfSquares = xf.mul(xf).mean(axes);
        Array var = meanOfSquares.sub(mean.mul(mean)).maximum(0);
        return new Array[] {mean, var};
    }

    /**
     * Normalises {@code x} with statistics over its leading axes ({@code mean} and {@code var} have the feature
     * shape) and applies the learned scale and bias of {@code scope}.
     */
    static Array normalize(Scope scope, Array x, Array mean, Array var, Settings s) {
        int features = x.shape().dim(-1);
        Shape featureShape = Shape.of(features);
        Array y = x.sub(mean);
        Array mul = var.add(s.epsilon()).map(v -> 1 / Math.sqrt(v));
        if (s.useScale()) {
            mul = mul.mul(scope.param("scale", s.scaleInit(), featureShape, s.paramDtype()));
        }
        y = y.mul(mul);
        if (s.useBias()) {
            y = y.add(scope.param("bias", s.biasInit(), featureShape, s.paramDtype()));
        }
        return y;
    }

    /** Checks the input has a feature axis. */
    static void requireAxis(Scope scope, Array x, int minRank) {
        if (x.ndim() < minRank) {
            throw new IllegalArgumentException(scope.op() + ": expected an input with at least " + minRank
                    + (minRank == 1 ? " axis" : " axes") + ", got shape " + x.shape());
        }
    }
}
