package dev.flaxen.random;

/**
 * How {@link Kernels#f32} turns 32-bit words into float32 samples, in JAX's order of operations:
 * <pre>
 * u = max(lo, fma((w &gt;&gt;&gt; 9) * 2^-23, range, lo))          uniform in [lo, lo + range)
 * z = erfInv ? min(max(sqrt2 * erf_inv(u), clipLo), clipHi) : u
 * y = z * scale + shift                                      each operation rounded to float32
 * </pre>
 * {@code scale = 1} and {@code shift = -0.0} change nothing ({@code x + -0.0 == x} for every {@code x}, also
 * {@code -0.0}), so plain samplers and the initializers' {@code sample * stddev + mean} share one pass. {@code clipLo}
 * is never {@code +0.0} and {@code clipHi} never {@code -0.0} (they are infinite, or {@code nextUp(lower)} and
 * {@code nextDown(upper)}), so a clip by comparisons gives what {@code max}/{@code min} give.
 *
 * @param erfInv whether {@code u} goes through {@code sqrt2 * erf_inv} and the clip (normal, truncated normal)
 * @param lo the lower bound of {@code u}
 * @param range {@code hi - lo}, rounded to float32
 * @param clipLo the lower clip of the normal
 * @param clipHi the upper clip of the normal
 * @param scale the factor
 * @param shift the addend, {@code -0.0} for none
 */
record F32Transform(boolean erfInv, float lo, float range, float clipLo, float clipHi, float scale, float shift) {
    private static final float NORMAL_LO = Float.intBitsToFloat(0xBF7FFFFF);

    /** {@code uniform(lo, lo + range)}. */
    static F32Transform uniform(float lo, float range) {
        return new F32Transform(false, lo, range, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1f, -0f);
    }

    /** The standard normal: {@code u} in {@code [-1 + 2^-24, 1)}, no clip. */
    static F32Transform normal() {
        return new F32Transform(true, NORMAL_LO, 2f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, 1f, -0f);
    }

    /** The truncated normal: {@code u} in {@code [a, a + range)}, clipped to {@code [clipLo, clipHi]}. */
    static F32Transform truncatedNormal(float a, float range, float clipLo, float clipHi) {
        return new F32Transform(true, a, range, clipLo, clipHi, 1f, -0f);
    }

    /** This transform followed by {@code * scale + shift} ({@code shift = -0.0} for no add). */
    F32Transform then(float scale, float shift) {
        return new F32Transform(erfInv, lo, range, clipLo, clipHi, scale, shift);
    }

    /** Whether the clip can change a value. */
    boolean clips() {
        return clipLo != Float.NEGATIVE_INFINITY || clipHi != Float.POSITIVE_INFINITY;
    }

    /** Whether {@code * scale + shift} can change a value. */
    boolean affine() {
        return scale != 1f || Float.floatToRawIntBits(shift) != Float.floatToRawIntBits(-0f);
    }
}
