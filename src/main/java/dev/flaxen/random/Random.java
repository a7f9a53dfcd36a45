package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.Objects;

/**
 * The samplers of {@code jax.random}: pure functions of a {@link PRNGKey} that return a new {@link Array},
 * bit for bit what JAX 0.10.2 returns on CPU for the same key data and {@link ThreefryMode}. Arguments come
 * in JAX's order; the dtype defaults to float32 (JAX's default without {@code jax_enable_x64}). A 64-bit
 * dtype gives what JAX gives with {@code jax_enable_x64}. Where float64 results pass through the host C
 * library in JAX ({@code normal}, {@code truncatedNormal} and the log-based samplers), they are bit for bit
 * glibc's results except on the rare inputs where glibc's {@code log}/{@code erf} are not correctly rounded;
 * see {@code docs/random.md}.
 *
 * <pre>{@code
 * PRNGKey key = PRNGKey.of(0);
 * Random.uniform(key, Shape.of(5));   // [0.947667, 0.9785799, 0.33229148, 0.46866846, 0.5698887]
 * Random.normal(key, Shape.of(5));    // [1.6226422, 2.0252647, -0.43359444, -0.07861735, 0.1760909]
 * }</pre>
 */
public final class Random {
    private Random() {
    }

    /**
     * Uniform random bits, {@code jax.random.bits(key, shape)}: uint32.
     *
     * <pre>{@code
     * Random.bits(PRNGKey.of(0), Shape.of(3));   // uint32 [4070199207, 4202968722, 1427181096]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a uint32 array
     */
    public static Array bits(PRNGKey key, Shape shape) {
        return bits(key, shape, DType.U32);
    }

    /**
     * Uniform random bits, {@code jax.random.bits(key, shape, dtype)}.
     *
     * <pre>{@code
     * Random.bits(PRNGKey.of(0, ThreefryMode.LEGACY), Shape.of(5), DType.U8);   // [143, 35, 95, 55, 29]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype uint8, uint16, uint32 or uint64
     * @return the bits
     * @throws IllegalArgumentException if the dtype is not unsigned
     */
    public static Array bits(PRNGKey key, Shape shape, DType dtype) {
        Checks.args("bits", key, shape);
        Checks.dtype("bits", dtype, dtype.isUnsigned(), "an unsigned dtype (uint8, uint16, uint32, uint64)");
        return IntSamplers.bits(key, shape, dtype);
    }

    /**
     * float32 uniform in {@code [0, 1)}, {@code jax.random.uniform(key, shape)}.
     *
     * <pre>{@code
     * Random.uniform(PRNGKey.of(42), Shape.of(2));   // [0.48870957, 0.6797972]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a float32 array
     */
    public static Array uniform(PRNGKey key, Shape shape) {
        return uniform(key, shape, DType.F32, 0.0, 1.0);
    }

    /**
     * Uniform in {@code [0, 1)} in a float dtype, {@code jax.random.uniform(key, shape, dtype)}.
     *
     * <pre>{@code
     * Random.uniform(PRNGKey.of(0), Shape.of(1000), DType.BF16);   // bfloat16 uses 8 random bits per element
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype float32, float64, float16 or bfloat16
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static Array uniform(PRNGKey key, Shape shape, DType dtype) {
        return uniform(key, shape, dtype, 0.0, 1.0);
    }

    /**
     * float32 uniform in {@code [minval, maxval)}, {@code jax.random.uniform(key, shape, minval=, maxval=)}.
     *
     * <pre>{@code
     * Random.uniform(PRNGKey.of(0), Shape.of(2), -3.7, 2.1);   // [1.7964687, 1.9757634]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param minval the inclusive lower bound
     * @param maxval the upper bound; rounding can return it, as in JAX
     * @return a float32 array
     * @throws IllegalArgumentException unless {@code minval < maxval}
     */
    public static Array uniform(PRNGKey key, Shape shape, double minval, double maxval) {
        return uniform(key, shape, DType.F32, minval, maxval);
    }

    /**
     * Uniform in {@code [minval, maxval)}, {@code jax.random.uniform(key, shape, dtype, minval, maxval)}. The bounds
     * are first rounded to the dtype; the result is {@code max(minval, f * (maxval - minval) + minval)} with
     * {@code f} in {@code [0, 1)} built from the top mantissa bits.
     *
     * <pre>{@code
     * Random.uniform(PRNGKey.of(0), Shape.of(3, 4), DType.F64, 5, 10);
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype float32, float64, float16 or bfloat16
     * @param minval the inclusive lower bound
     * @param maxval the upper bound
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or unless {@code minval < maxval}
     */
    public static Array uniform(PRNGKey key, Shape shape, DType dtype, double minval, double maxval) {
        Checks.args("uniform", key, shape);
        Checks.floating("uniform", dtype);
        Checks.less("uniform", "minval", minval, "maxval", maxval);
        return FloatSamplers.uniform(key, shape, dtype, minval, maxval, Affine.identity(dtype));
    }

    /**
     * Uniform samples times a factor in one pass, {@code jax.random.uniform(key, shape, dtype, minval, maxval) *
     * jnp.array(scale, dtype)} bit for bit: the product is rounded separately, so this is not
     * {@code uniform(minval * scale, maxval * scale)}. It is how {@code jax.nn.initializers.uniform(scale)} and
     * the uniform variance scalings ({@code glorot_uniform}, ...) compute their samples, without a second array.
     *
     * <pre>{@code
     * Random.uniform(PRNGKey.of(0), Shape.of(3), DType.F32, -1, 1, 0.1);   // [0.0895334, 0.09571598, -0.033541705]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype float32, float64, float16 or bfloat16
     * @param minval the inclusive lower bound
     * @param maxval the upper bound
     * @param scale the factor, rounded to the dtype as {@code jnp.array(scale, dtype)} rounds it (a finite value
     *     beyond the dtype's range becomes an infinity, as in JAX)
     * @return the scaled samples
     * @throws IllegalArgumentException if the dtype is not floating, unless {@code minval < maxval}, or if
     *     {@code scale} is not finite
     */
    public static Array uniform(PRNGKey key, Shape shape, DType dtype, double minval, double maxval, double scale) {
        Checks.args("uniform", key, shape);
        Checks.floating("uniform", dtype);
        Checks.less("uniform", "minval", minval, "maxval", maxval);
        Checks.finite("uniform", "scale", scale);
        return FloatSamplers.uniform(key, shape, dtype, minval, maxval, Affine.of(dtype, scale, 0));
    }

    /**
     * float32 standard normal, {@code jax.random.normal(key, shape)}.
     *
     * <pre>{@code
     * Random.normal(PRNGKey.of(0, ThreefryMode.LEGACY), Shape.of(1));   // [-0.20584226]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a float32 array
     */
    public static Array normal(PRNGKey key, Shape shape) {
        return normal(key, shape, DType.F32);
    }

    /**
     * Standard normal, {@code jax.random.normal(key, shape, dtype)}: {@code sqrt(2) * erf_inv(u)} with {@code u}
     * uniform in {@code (-1, 1)}.
     *
     * <pre>{@code
     * Random.normal(PRNGKey.of(42), Shape.of(2), DType.F16);
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype float32, float64 (see the class comment on float64), float16 or bfloat16
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static Array normal(PRNGKey key, Shape shape, DType dtype) {
        Checks.args("normal", key, shape);
        Checks.floating("normal", dtype);
        return FloatSamplers.normal(key, shape, dtype, Affine.identity(dtype));
    }

    /**
     * Normal samples with a mean and standard deviation in one pass, {@code jax.random.normal(key, shape, dtype) *
     * jnp.array(stddev, dtype) + jnp.array(mean, dtype)} bit for bit (each operation rounded to the dtype; a zero
     * {@code mean} adds nothing). It is how {@code jax.nn.initializers.normal(stddev)} and the normal variance
     * scalings compute their samples, without a second array.
     *
     * <pre>{@code
     * Random.normal(PRNGKey.of(0), Shape.of(3), DType.F32, 10, 2);   // [13.245284, 14.0505295, 9.132812]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype float32, float64 (see the class comment on float64), float16 or bfloat16
     * @param mean the mean, rounded to the dtype as {@code jnp.array(mean, dtype)} rounds it
     * @param stddev the standard deviation, rounded likewise (beyond the dtype's range: an infinity, as in JAX)
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or {@code mean} or {@code stddev} is not finite
     */
    public static Array normal(PRNGKey key, Shape shape, DType dtype, double mean, double stddev) {
        Checks.args("normal", key, shape);
        Checks.floating("normal", dtype);
        Checks.finite("normal", "mean", mean);
        Checks.finite("normal", "stddev", stddev);
        return FloatSamplers.normal(key, shape, dtype, Affine.of(dtype, stddev, mean));
    }

    /**
     * float32 normal truncated to {@code (lower, upper)}, {@code jax.random.truncated_normal(key, lower, upper, shape)}.
     *
     * <pre>{@code
     * Random.truncatedNormal(PRNGKey.of(0), -2, 2, Shape.of(2));   // [1.4559592, 1.7147487]
     * }</pre>
     *
     * @param key the key
     * @param lower the lower bound
     * @param upper the upper bound
     * @param shape the result shape
     * @return a float32 array with every element strictly inside the bounds
     * @throws IllegalArgumentException unless {@code lower < upper}
     */
    public static Array truncatedNormal(PRNGKey key, double lower, double upper, Shape shape) {
        return truncatedNormal(key, lower, upper, shape, DType.F32);
    }

    /**
     * Truncated standard normal, {@code jax.random.truncated_normal(key, lower, upper, shape, dtype)}: inverse CDF
     * sampling between {@code erf(lower/sqrt 2)} and {@code erf(upper/sqrt 2)}, clipped to the open interval.
     *
     * <pre>{@code
     * Random.truncatedNormal(PRNGKey.of(1), 0.5, 4, Shape.of(3, 4), DType.BF16);
     * }</pre>
     *
     * @param key the key
     * @param lower the lower bound
     * @param upper the upper bound
     * @param shape the result shape
     * @param dtype float32, float64 (see the class comment on float64), float16 or bfloat16
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or unless {@code lower < upper}
     */
    public static Array truncatedNormal(PRNGKey key, double lower, double upper, Shape shape, DType dtype) {
        Checks.args("truncatedNormal", key, shape);
        Checks.floating("truncatedNormal", dtype);
        Checks.less("truncatedNormal", "lower", lower, "upper", upper);
        return FloatSamplers.truncatedNormal(key, lower, upper, shape, dtype, Affine.identity(dtype));
    }

    /**
     * A truncated normal scaled and shifted in one pass, {@code jax.random.truncated_normal(key, lower, upper, shape,
     * dtype) * jnp.array(stddev, dtype) + jnp.array(mean, dtype)} bit for bit (each operation rounded to the dtype; a
     * zero {@code mean} adds nothing). The bounds are in units of {@code stddev} around {@code mean}. It is how
     * {@code jax.nn.initializers.truncated_normal(stddev)} and Flax's default {@code lecun_normal} compute their
     * samples, without a second array.
     *
     * <pre>{@code
     * Random.truncatedNormal(PRNGKey.of(0), -2, 2, Shape.of(3), DType.F32, 0, 0.5);
     * // [0.7279796, 0.85737437, -0.20633768]
     * }</pre>
     *
     * @param key the key
     * @param lower the lower bound of the standard normal
     * @param upper the upper bound of the standard normal
     * @param shape the result shape
     * @param dtype float32, float64 (see the class comment on float64), float16 or bfloat16
     * @param mean the mean, rounded to the dtype as {@code jnp.array(mean, dtype)} rounds it
     * @param stddev the scale, rounded likewise (beyond the dtype's range: an infinity, as in JAX)
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating, unless {@code lower < upper}, or if {@code mean}
     *     or {@code stddev} is not finite
     */
    public static Array truncatedNormal(PRNGKey key, double lower, double upper, Shape shape, DType dtype,
                                        double mean, double stddev) {
        Checks.args("truncatedNormal", key, shape);
        Checks.floating("truncatedNormal", dtype);
        Checks.less("truncatedNormal", "lower", lower, "upper", upper);
        Checks.finite("truncatedNormal", "mean", mean);
        Checks.finite("truncatedNormal", "stddev", stddev);
        return FloatSamplers.truncatedNormal(key, lower, upper, shape, dtype, Affine.of(dtype, stddev, mean));
    }

    /**
     * Booleans that are true with probability {@code p}, {@code jax.random.bernoulli(key, p, shape)}:
     * {@code uniform(key, shape) < float32(p)}.
     *
     * <pre>{@code
     * Random.bernoulli(PRNGKey.of(42), 0.3, Shape.of(10));   // [F, F, F, F, F, F, T, F, F, F]
     * }</pre>
     *
     * @param key the key
     * @param p the probability of true, in {@code [0, 1]}
     * @param shape the result shape
     * @return a bool array
     * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]} or NaN
     */
    public static Array bernoulli(PRNGKey key, double p, Shape shape) {
        Checks.args("bernoulli", key, shape);
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Random.bernoulli: expected p in [0, 1], got " + p);
        }
        return IntSamplers.bernoulli(key, p, shape);
    }

    /**
     * int32 integers in {@code [minval, maxval)}, {@code jax.random.randint(key, shape, minval, maxval)}.
     *
     * <pre>{@code
     * Random.randint(PRNGKey.of(0), Shape.of(5), 0, 10);   // [9, 0, 2, 3, 1]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param minval the inclusive lower bound
     * @param maxval the exclusive upper bound
     * @return an int32 array
     * @throws IllegalArgumentException unless {@code minval < maxval}
     */
    public static Array randint(PRNGKey key, Shape shape, long minval, long maxval) {
        return randint(key, shape, minval, maxval, DType.I32);
    }

    /**
     * Integers in {@code [minval, maxval)}, {@code jax.random.randint(key, shape, minval, maxval, dtype)}. Bounds
     * outside the dtype's range are clipped to it, as in JAX; the values have JAX's small modulo bias.
     *
     * <pre>{@code
     * Random.randint(PRNGKey.of(0), Shape.of(3), 0, 10, DType.I64);   // [5, 1, 5]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param minval the inclusive lower bound
     * @param maxval the exclusive upper bound
     * @param dtype a signed or unsigned integer dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not an integer type or unless {@code minval < maxval}
     */
    public static Array randint(PRNGKey key, Shape shape, long minval, long maxval, DType dtype) {
        Checks.args("randint", key, shape);
        Checks.dtype("randint", dtype, dtype.isInteger(), "an integer dtype (int8..int64, uint8..uint64)");
        if (minval >= maxval) {
            throw new IllegalArgumentException("Random.randint: expected minval < maxval, got minval=" + minval
                    + ", maxval=" + maxval);
        }
        return IntSamplers.randint(key, shape, minval, maxval, dtype);
    }

    /**
     * A random ordering of {@code 0..n-1}, {@code jax.random.permutation(key, n)}.
     *
     * <pre>{@code
     * Random.permutation(PRNGKey.of(0), 10);   // int32 [0, 1, 8, 5, 6, 4, 3, 2, 7, 9]
     * }</pre>
     *
     * @param key the key
     * @param n the length, {@code >= 0}
     * @return an int32 array of shape {@code (n,)}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static Array permutation(PRNGKey key, int n) {
        Objects.requireNonNull(key, "key");
        if (n < 0) {
            throw new IllegalArgumentException("Random.permutation: expected n >= 0, got " + n);
        }
        int[] perm = Shuffles.permutationIndices(key, n);
        return Array.generateInt(Shape.of(n), DType.I32, out -> System.arraycopy(perm, 0, out, 0, n));
    }

    /**
     * {@code x} with its first axis randomly reordered, {@code jax.random.permutation(key, x)}.
     *
     * <pre>{@code
     * Array rows = Random.permutation(PRNGKey.of(0), x);   // same rows as x, in a random order
     * }</pre>
     *
     * @param key the key
     * @param x an array of rank {@code >= 1}
     * @return a new array of the same shape and dtype
     * @throws IllegalArgumentException if {@code x} is a scalar
     */
    public static Array permutation(PRNGKey key, Array x) {
        return permutation(key, x, 0);
    }

    /**
     * {@code x} with slices along {@code axis} randomly reordered, {@code jax.random.permutation(key, x, axis)}
     * (with {@code independent=False}: every slice moves as a whole).
     *
     * <pre>{@code
     * Array cols = Random.permutation(PRNGKey.of(0), x, 1);   // columns shuffled
     * }</pre>
     *
     * @param key the key
     * @param x an array of rank {@code >= 1}
     * @param axis the axis to shuffle, negative counting from the end
     * @return a new array of the same shape and dtype
     * @throws IllegalArgumentException if {@code x} is a scalar or the axis is out of range
     */
    public static Array permutation(PRNGKey key, Array x, int axis) {
        Objects.requireNonNull(key, "key");
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("Random.permutation: expected an array of rank >= 1, got shape ()."
                    + " Use permutation(key, n) for a range");
        }
        if (axis < -x.ndim() || axis >= x.ndim()) {
            throw new IllegalArgumentException("Random.permutation: expected an axis in [" + -x.ndim() + ", "
                    + x.ndim() + "), got " + axis + " for shape " + x.shape());
        }
        int a = x.shape().axis(axis);
        return Shuffles.take(x, a, Shuffles.permutationIndices(key, x.shape().dim(a)));
    }

    /**
     * Random draws from {@code 0..n-1}, {@code jax.random.choice(key, n, shape, replace)}: with replacement it is
     * {@code randint(key, shape, 0, n)}, without it the first draws of {@code permutation(key, n)}.
     *
     * <pre>{@code
     * Random.choice(PRNGKey.of(0), 10, Shape.of(5), false);   // int32 [0, 1, 8, 5, 6]
     * }</pre>
     *
     * @param key the key
     * @param n the population size, {@code >= 1}
     * @param shape the result shape
     * @param replace whether an index can be drawn twice
     * @return an int32 array of indices
     * @throws IllegalArgumentException if {@code n < 1}, or without replacement more draws than {@code n}
     */
    public static Array choice(PRNGKey key, int n, Shape shape, boolean replace) {
        return Choices.choice(key, n, shape, replace, null);
    }

    /**
     * Random draws from {@code 0..n-1} with probabilities {@code p},
     * {@code jax.random.choice(key, n, shape, replace, p)}: with replacement by inverting the cumulative sum,
     * without it by the Gumbel top-k trick.
     *
     * <pre>{@code
     * Array p = Array.generateFloat(Shape.of(3), w -> { w[0] = 0.2f; w[1] = 0.3f; w[2] = 0.5f; });
     * Random.choice(PRNGKey.of(0), 3, Shape.of(10), true, p);
     * }</pre>
     *
     * @param key the key
     * @param n the population size, {@code >= 1}
     * @param shape the result shape
     * @param replace whether an index can be drawn twice
     * @param p float32 weights of shape {@code (n,)}, summing to 1 (not checked, as in JAX)
     * @return an int32 array of indices
     * @throws IllegalArgumentException as {@link #choice(PRNGKey, int, Shape, boolean)}, or if {@code p} is not a
     *     float32 array of shape {@code (n,)}
     */
    public static Array choice(PRNGKey key, int n, Shape shape, boolean replace, Array p) {
        return Choices.choice(key, n, shape, replace, Objects.requireNonNull(p, "p"));
    }

    /**
     * float32 samples of {@link #exponential(PRNGKey, Shape, DType)}, {@code jax.random.exponential(key, shape)}.
     *
     * <pre>{@code
     * Random.exponential(PRNGKey.of(0), Shape.of(3));   // [2.950128, 3.8434246, 0.40390354]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a float32 array
     */
    public static Array exponential(PRNGKey key, Shape shape) {
        return exponential(key, shape, DType.F32);
    }

    /**
     * Standard exponential, {@code jax.random.exponential(key, shape, dtype)}: {@code -log1p(-u)}.
     *
     * <pre>{@code
     * Random.exponential(PRNGKey.of(0), Shape.of(3), DType.F32);   // [2.950128, 3.8434246, 0.40390354]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static Array exponential(PRNGKey key, Shape shape, DType dtype) {
        Checks.args("exponential", key, shape);
        Checks.floating("exponential", dtype);
        return FloatSamplers.exponential(key, shape, dtype);
    }

    /**
     * float32 samples of {@link #gumbel(PRNGKey, Shape, DType)}, {@code jax.random.gumbel(key, shape)}.
     *
     * <pre>{@code
     * Random.gumbel(PRNGKey.of(0), Shape.of(3));   // [2.9233725, 3.8326178, -0.09689324]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a float32 array
     */
    public static Array gumbel(PRNGKey key, Shape shape) {
        return gumbel(key, shape, DType.F32);
    }

    /**
     * Standard Gumbel, {@code jax.random.gumbel(key, shape, dtype)} (mode {@code "low"}): {@code -log(-log(u))}.
     *
     * <pre>{@code
     * Random.gumbel(PRNGKey.of(0), Shape.of(3), DType.F32);   // [2.9233725, 3.8326178, -0.09689324]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static Array gumbel(PRNGKey key, Shape shape, DType dtype) {
        Checks.args("gumbel", key, shape);
        Checks.floating("gumbel", dtype);
        return FloatSamplers.gumbel(key, shape, dtype);
    }

    /**
     * float32 samples of {@link #logistic(PRNGKey, Shape, DType)}, {@code jax.random.logistic(key, shape)}.
     *
     * <pre>{@code
     * Random.logistic(PRNGKey.of(0), Shape.of(3));
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @return a float32 array
     */
    public static Array logistic(PRNGKey key, Shape shape) {
        return logistic(key, shape, DType.F32);
    }

    /**
     * Standard logistic, {@code jax.random.logistic(key, shape, dtype)}: {@code log(u) - log1p(-u)}.
     *
     * <pre>{@code
     * Random.logistic(PRNGKey.of(1466238935, ThreefryMode.LEGACY), Shape.of(5), DType.F32);
     * // [0.19611025, -1.709054, -0.27409357, -0.20832264, -1.6754898]
     * }</pre>
     *
     * @param key the key
     * @param shape the result shape
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static Array logistic(PRNGKey key, Shape shape, DType dtype) {
        Checks.args("logistic", key, shape);
        Checks.floating("logistic", dtype);
        return FloatSamplers.logistic(key, shape, dtype);
    }
}
