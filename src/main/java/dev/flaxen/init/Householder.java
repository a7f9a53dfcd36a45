package dev.flaxen.init;

/**
 * Reduced QR decomposition by Householder reflections in float64 (LAPACK's unblocked {@code geqr2} + {@code org2r}),
 * with JAX's sign correction: {@code Q * sign(diag(R))} per column, {@code sign(0) = 0}. The matrix is held
 * column by column so that every reflection runs over contiguous memory.
 */
final class Householder {
    private Householder() {
    }

    /**
     * The orthonormal columns of {@code a} ({@code m x n}, {@code m >= n}, row-major), as JAX's
     * {@code q * sign(diag(r))}: an {@code m x n} row-major matrix.
     */
    static double[] orthonormalColumns(double[] a, int m, int n) {
        double[][] cols = new double[n][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                cols[j][i] = a[i * n + j];
            }
        }
        double[] tau = new double[n];
        double[] sign = new double[n];
        for (int k = 0; k < n; k++) {
            sign[k] = Math.signum(reflect(cols[k], k, m, tau, k));
            for (int j = k + 1; j < n; j++) {
                apply(cols[k], tau[k], cols[j], k, m);
            }
        }
        double[][] q = new double[n][m];
        for (int k = n - 1; k >= 0; k--) {
            q[k][k] = 1;
            for (int j = k; j < n; j++) {
                apply(cols[k], tau[k], q[j], k, m);
            }
        }
        double[] out = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[i * n + j] = q[j][i] * sign[j];
            }
        }
        return out;
    }

    /**
     * Turns {@code x[k..m)} into the Householder vector {@code v} ({@code v[k] = 1} implied, {@code v[k+1..]} stored)
     * with {@code (I - tau v v^T) x = beta e_k}; returns {@code beta}, the diagonal entry of R (LAPACK {@code larfg}).
     */
    private static double reflect(double[] x, int k, int m, double[] tau, int slot) {
        double alpha = x[k];
        double tail = 0;
        for (int i = k + 1; i < m; i++) {
            tail += x[i] * x[i];
        }
        if (tail == 0) {
            tau[slot] = 0;
            return alpha;
        }
        double beta = -Math.copySign(Math.sqrt(alpha * alpha + tail), alpha);
        tau[slot] = (beta - alpha) / beta;
        double s = 1 / (alpha - beta);
        for (int i = k + 1; i < m; i++) {
            x[i] *= s;
        }
        x[k] = beta;
        return beta;
    }

    /** {@code y[k..m) -= tau * (v . y) * v} with {@code v = (1, x[k+1..m))}. */
    private static void apply(double[] v, double tau, double[] y, int k, int m) {
        if (tau == 0) {
            return;
        }
        double dot = y[k];
        for (int i = k + 1; i < m; i++) {
            dot += v[i] * y[i];
        }
        double t = tau * dot;
        y[k] -= t;
        for (int i = k + 1; i < m; i++) {
            y[i] -= t * v[i];
        }
    }
}
