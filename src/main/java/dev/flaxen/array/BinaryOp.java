package dev.flaxen.array;

/**
 * The arithmetic binary operations and their per-row kernels. Operands of a row are contiguous or
 * broadcast: a stride is 1, or 0 for a value repeated along the row (see {@link StridedLoop}).
 *
 * <p>Float32 rows run in {@code float} arithmetic (one correctly rounded operation per element); other
 * float dtypes go through {@code double}, which for float16/bfloat16 means "compute in float32, round once"
 * (a double result of +, -, *, / rounds to the same float as the float operation would). Integer and
 * bool rows run in {@code long} arithmetic and wrap to the width.
 */
enum BinaryOp {
    ADD, SUB, MUL, DIV, MAXIMUM, MINIMUM, POW;

    double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MAXIMUM -> Math.max(a, b);
            case MINIMUM -> Math.min(a, b);
            case POW -> Math.pow(a, b);
        };
    }

    long apply(long a, long b, boolean unsigned64) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case MAXIMUM -> less(a, b, unsigned64) ? b : a;
            case MINIMUM -> less(a, b, unsigned64) ? a : b;
            case POW -> power(a, b);
            case DIV -> throw new IllegalStateException("integer division is done in float");
        };
    }

    private static boolean less(long a, long b, boolean unsigned64) {
        return unsigned64 ? Long.compareUnsigned(a, b) < 0 : a < b;
    }

    /** {@code base^exponent} for {@code exponent >= 0}, wrapping modulo 2^64. */
    private static long power(long base, long exponent) {
        long result = 1;
        for (long e = exponent, b = base; e > 0; e >>>= 1, b *= b) {
            if ((e & 1) == 1) {
                result *= b;
            }
        }
        return result;
    }

    /** One row of a float32 operation; {@code sa == 0} or {@code sb == 0} marks a repeated operand. */
    void rowF32(float[] a, int ia, int sa, float[] b, int ib, int sb, float[] o, int io, int n) {
        if (sa == 0) {
            rowF32Left(a[ia], b, ib, o, io, n);
        } else if (sb == 0) {
            rowF32Right(a, ia, b[ib], o, io, n);
        } else {
            rowF32Both(a, ia, b, ib, o, io, n);
        }
    }

    private void rowF32Both(float[] a, int ia, float[] b, int ib, float[] o, int io, int n) {
        switch (this) {
            case ADD -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] + b[ib + i]; } }
            case SUB -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] - b[ib + i]; } }
            case MUL -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] * b[ib + i]; } }
            case DIV -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] / b[ib + i]; } }
            default -> { for (int i = 0; i < n; i++) { o[io + i] = (float) apply(a[ia + i], b[ib + i]); } }
        }
    }

    private void rowF32Left(float x, float[] b, int ib, float[] o, int io, int n) {
        switch (this) {
            case ADD -> { for (int i = 0; i < n; i++) { o[io + i] = x + b[ib + i]; } }
            case SUB -> { for (int i = 0; i < n; i++) { o[io + i] = x - b[ib + i]; } }
            case MUL -> { for (int i = 0; i < n; i++) { o[io + i] = x * b[ib + i]; } }
            case DIV -> { for (int i = 0; i < n; i++) { o[io + i] = x / b[ib + i]; } }
            default -> { for (int i = 0; i < n; i++) { o[io + i] = (float) apply(x, b[ib + i]); } }
        }
    }

    private void rowF32Right(float[] a, int ia, float y, float[] o, int io, int n) {
        switch (this) {
            case ADD -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] + y; } }
            case SUB -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] - y; } }
            case MUL -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] * y; } }
            case DIV -> { for (int i = 0; i < n; i++) { o[io + i] = a[ia + i] / y; } }
            default -> { for (int i = 0; i < n; i++) { o[io + i] = (float) apply(a[ia + i], y); } }
        }
    }

    /** One row in double arithmetic for any float dtype, rounded once to it. */
    void rowDouble(DType t, Object a, int ia, int sa, Object b, int ib, int sb, Object o, int io, int n) {
        for (int i = 0; i < n; i++) {
            double x = Storage.getDouble(t, a, ia + i * sa);
            double y = Storage.getDouble(t, b, ib + i * sb);
            Storage.setDouble(t, o, io + i, apply(x, y));
        }
    }

    /** One row in long arithmetic for integer and bool dtypes, wrapped to the width (bool: {@code != 0}). */
    void rowLong(DType t, Object a, int ia, int sa, Object b, int ib, int sb, Object o, int io, int n) {
        boolean unsigned64 = t == DType.U64;
        for (int i = 0; i < n; i++) {
            long x = Storage.getLong(t, a, ia + i * sa);
            long y = Storage.getLong(t, b, ib + i * sb);
            Storage.setLong(t, o, io + i, apply(x, y, unsigned64));
        }
    }
}
