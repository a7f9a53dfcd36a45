package dev.flaxen.init;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.Tuple;
import io.vavr.Tuple5;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@code orthogonal(scale, columnAxis)}: the slices along {@code columnAxis} are orthogonal with norm {@code scale}
 * ({@code Q^T Q = scale^2 I}) when there are at most as many of them as the other dimensions hold, else the rows are
 * ({@code Q Q^T = scale^2 I}); {@code deltaOrthogonal} holds such a matrix at its centre tap and zeros elsewhere.
 */
class OrthogonalProperties {
    /** Shape, column axis, scale, key, dtype (float64 to check to 1e-12, float32 to 1e-5). */
    private static Gen<Tuple5<Shape, Integer, Double, PRNGKey, DType>> cases() {
        return in -> {
            Shape s = InitGen.shapes(2, 4, 6).generate(in);
            int axis = range(-s.rank(), s.rank() - 1).generate(in);
            double scale = range(-16, 16).generate(in) / 4.0;
            return Tuple.of(s, axis, scale, InitGen.keys().generate(in), pick(List.of(DType.F64, DType.F32))
                    .generate(in));
        };
    }

    /** Element {@code (r, c)} of the matrix view: {@code c} along the column axis, {@code r} over the other axes. */
    private static double[][] matrix(double[] w, Shape shape, int columnAxis) {
        int col = shape.axis(columnAxis);
        int cols = shape.dim(col);
        int rows = (int) (shape.size() / cols);
        double[][] m = new double[rows][cols];
        int[] dims = shape.toArray();
        for (int flat = 0; flat < w.length; flat++) {
            int rest = flat;
            int r = 0;
            int rowStride = 1;
            int c = 0;
            for (int a = dims.length - 1; a >= 0; a--) {
                int i = rest % dims[a];
                rest /= dims[a];
                if (a == col) {
                    c = i;
                } else {
                    r += i * rowStride;
                    rowStride *= dims[a];
                }
            }
            m[r][c] = w[flat];
        }
        return m;
    }

    /** Whether the shorter side of {@code m} is orthogonal with squared norm {@code s2}, within {@code tol}. */
    static boolean orthogonal(double[][] m, double s2, double tol) {
        int rows = m.length;
        int cols = m[0].length;
        boolean byColumns = rows >= cols;
        int n = byColumns ? cols : rows;
        int len = byColumns ? rows : cols;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < len; k++) {
                    dot += byColumns ? m[k][i] * m[k][j] : m[i][k] * m[j][k];
                }
                if (Math.abs(dot - (i == j ? s2 : 0)) > tol * Math.max(1, s2)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void orthogonalGivesScaledOrthonormalColumnsOrRows() {
        qt().withExamples(300).forAll(cases()).check(t -> {
            double[] w = Initializers.orthogonal(t._3, t._2).init(t._4, t._1, t._5).toDoubleArray();
            double tol = t._5 == DType.F64 ? 1e-12 : 1e-5;
            return orthogonal(matrix(w, t._1, t._2), t._3 * t._3, tol);
        });
    }

    @Test
    void deltaOrthogonalIsOrthogonalAtTheCentreAndZeroElsewhere() {
        qt().withExamples(200).forAll(InitGen.convKernels(), InitGen.keys()).check((shape, key) -> {
            double[] w = Initializers.deltaOrthogonal(1.5, -1).init(key, shape, DType.F64).toDoubleArray();
            int in = shape.dim(-2);
            int out = shape.dim(-1);
            int centre = 0;
            for (int a = 0; a < shape.rank() - 2; a++) {
                centre = centre * shape.dim(a) + (shape.dim(a) - 1) / 2;
            }
            double[][] m = new double[in][out];
            for (int flat = 0; flat < w.length; flat++) {
                if (flat / (in * out) == centre) {
                    m[flat % (in * out) / out][flat % out] = w[flat];
                } else if (w[flat] != 0) {
                    return false;
                }
            }
            return orthogonal(m, 2.25, 1e-12);
        });
    }
}
