package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;

/**
 * A 2-D convolution in Flax's layout, {@code lax.conv_general_dilated} with dimension numbers NHWC / HWIO / NHWC:
 * {@code y[n, i, j, f] = sum over (a, b, c) of x[n, i*sh - top + a*dh, j*sw - left + b*dw, c] * k[a, b, c, f]},
 * reads outside the input being zero. Products are summed in double and rounded once to the result dtype.
 */
final class Convolution {
    private Convolution() {
    }

    /**
     * The sizes of one convolution.
     *
     * @param n batch
     * @param h input height
     * @param w input width
     * @param c input channels
     * @param kh kernel height
     * @param kw kernel width
     * @param f output features
     * @param sh row stride
     * @param sw column stride
     * @param dh row dilation
     * @param dw column dilation
     * @param top rows of padding before
     * @param left columns of padding before
     * @param outH output height
     * @param outW output width
     */
    record Geometry(int n, int h, int w, int c, int kh, int kw, int f, int sh, int sw, int dh, int dw, int top,
                    int left, int outH, int outW) {
        Shape outShape() {
            return Shape.of(n, outH, outW, f);
        }
    }

    static Geometry plan(Shape x, Shape k, int[] strides, int[] dilation, Padding padding) {
        int[] rows = padding.lowHigh(0, x.dim(1), k.dim(0), strides[0], dilation[0]);
        int[] cols = padding.lowHigh(1, x.dim(2), k.dim(1), strides[1], dilation[1]);
        int outH = outSize(x.dim(1), rows, k.dim(0), strides[0], dilation[0]);
        int outW = outSize(x.dim(2), cols, k.dim(1), strides[1], dilation[1]);
        return new Geometry(x.dim(0), x.dim(1), x.dim(2), x.dim(3), k.dim(0), k.dim(1), k.dim(3), strides[0],
                strides[1], dilation[0], dilation[1], rows[0], cols[0], outH, outW);
    }

    private static int outSize(int in, int[] pads, int kernel, int stride, int dilation) {
        int span = (kernel - 1) * dilation + 1;
        int padded = in + pads[0] + pads[1];
        return padded < span ? 0 : (padded - span) / stride + 1;
    }

    /** The convolution of {@code x} (NHWC) with {@code kernel} (HWIO); abstract operands give an abstract result. */
    static Array conv(Array x, Array kernel, Geometry g) {
        DType t = Array.abstractOf(Shape.scalar(), x.dtype()).add(Array.abstractOf(Shape.scalar(), kernel.dtype()))
                .dtype();
        if (x.isAbstract() || kernel.isAbstract()) {
            return Array.abstractOf(g.outShape(), t);
        }
        double[] xv = x.astype(DType.F64).toDoubleArray();
        double[] kv = kernel.astype(DType.F64).toDoubleArray();
        double[] out = new double[Math.toIntExact(g.outShape().size())];
        for (int b = 0; b < g.n(); b++) {
            for (int i = 0; i < g.outH(); i++) {
                for (int j = 0; j < g.outW(); j++) {
                    accumulate(g, xv, kv, out, b, i, j);
                }
            }
        }
        return Array.of(out, g.outShape()).astype(t);
    }

    private static void accumulate(Geometry g, double[] xv, double[] kv, double[] out, int b, int i, int j) {
        int o = ((b * g.outH() + i) * g.outW() + j) * g.f();
        for (int a = 0; a < g.kh(); a++) {
            int y = i * g.sh() - g.top() + a * g.dh();
            if (y < 0 || y >= g.h()) {
                continue;
            }
            for (int bb = 0; bb < g.kw(); bb++) {
                int xx = j * g.sw() - g.left() + bb * g.dw();
                if (xx < 0 || xx >= g.w()) {
                    continue;
                }
                int xi = ((b * g.h() + y) * g.w() + xx) * g.c();
                int ki = (a * g.kw() + bb) * g.c() * g.f();
                for (int c = 0; c < g.c(); c++) {
                    double v = xv[xi + c];
                    int kc = ki + c * g.f();
                    for (int f = 0; f < g.f(); f++) {
                        out[o + f] += v * kv[kc + f];
                    }
                }
            }
        }
    }
}
