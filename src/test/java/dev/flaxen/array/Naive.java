package dev.flaxen.array;

/** Reference implementations written the plain way, for tests. */
final class Naive {
    private Naive() {
    }

    /** {@code c[i][j] = sum_p a[i][p] * b[p][j]} in float32, p ascending: the textbook triple loop. */
    static Array matmul(Array a, Array b) {
        int n = a.shape().dim(0);
        int k = a.shape().dim(1);
        int m = b.shape().dim(1);
        float[] x = a.toFloatArray();
        float[] y = b.toFloatArray();
        return Array.generateFloat(Shape.of(n, m), out -> {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    float s = 0;
                    for (int p = 0; p < k; p++) {
                        s += x[i * k + p] * y[p * m + j];
                    }
                    out[i * m + j] = s;
                }
            }
        });
    }

    /** The same product accumulated in double, for checking the float32 error bound. */
    static double[] matmulDouble(Array a, Array b) {
        int n = a.shape().dim(0);
        int k = a.shape().dim(1);
        int m = b.shape().dim(1);
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (int p = 0; p < k; p++) {
                    out[i * m + j] += (double) a.getFloat(i, p) * b.getFloat(p, j);
                }
            }
        }
        return out;
    }
}
