package dev.flaxen.array;

import java.util.function.DoubleUnaryOperator;

/**
 * Elementwise arithmetic on an {@link Array}: binary operations with another array (broadcast) or a
 * weakly typed scalar ({@code add}, {@code sub}, {@code mul}, {@code div}, {@code maximum},
 * {@code minimum}), unary functions ({@code pow}, {@code neg}, {@code abs}, {@code exp}, {@code log},
 * {@code sqrt}, {@code tanh}, {@code map}) and dtype conversion ({@code astype}). Broadcasting, type
 * promotion and conversions follow numpy and JAX as the {@link Array} class comment describes.
 *
 * <p>This is a facet of {@link Array}: it holds one group of {@code Array}'s methods so that the group can
 * be documented and read on its own. It is sealed, with {@code Array} as its only implementation: call the
 * methods on an array and declare values as {@code Array}, not as this interface.
 *
 * <pre>{@code
 * Array.arange(3).mul(2).add(1).toString();   // "Array([1, 3, 5], dtype=int32)"
 * }</pre>
 */
public sealed interface ArrayMath permits Array {
    /**
     * Elementwise sum with broadcasting; see the class comment for the result dtype.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).add(Array.arange(3).astype(DType.F32));   // [[1, 2, 3], [1, 2, 3]]
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this + other}
     * @throws IllegalArgumentException {@code Array.add: shapes (2, 3) and (4,) cannot be broadcast}
     */
    default Array add(Array other) {
        return Elementwise.binary("Array.add", BinaryOp.ADD, self(), other);
    }

    /**
     * Adds a weakly typed scalar to every element.
     *
     * <pre>{@code
     * Array.arange(3).add(1).toString();   // "Array([1, 2, 3], dtype=int32)"
     * }</pre>
     *
     * @param scalar the addend
     * @return {@code this + scalar}
     */
    default Array add(double scalar) {
        return Elementwise.binary("Array.add", BinaryOp.ADD, self(), scalar);
    }

    /**
     * Elementwise difference with broadcasting (not defined for two bool arrays).
     *
     * <pre>{@code
     * Array.arange(3).sub(Array.of(new int[] {1})).toString();   // "Array([-1,  0,  1], dtype=int32)"
     * }</pre>
     *
     * @param other the subtrahend
     * @return {@code this - other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast or both are bool
     */
    default Array sub(Array other) {
        return Elementwise.binary("Array.sub", BinaryOp.SUB, self(), other);
    }

    /**
     * Subtracts a weakly typed scalar from every element.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).sub(0.25).toString();   // "Array([0.75, 0.75], dtype=float32)"
     * }</pre>
     *
     * @param scalar the subtrahend
     * @return {@code this - scalar}
     */
    default Array sub(double scalar) {
        return Elementwise.binary("Array.sub", BinaryOp.SUB, self(), scalar);
    }

    /**
     * Elementwise product with broadcasting.
     *
     * <pre>{@code
     * Array.arange(3).mul(Array.arange(3)).toString();   // "Array([0, 1, 4], dtype=int32)"
     * }</pre>
     *
     * @param other the other factor
     * @return {@code this * other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array mul(Array other) {
        return Elementwise.binary("Array.mul", BinaryOp.MUL, self(), other);
    }

    /**
     * Multiplies every element by a weakly typed scalar.
     *
     * <pre>{@code
     * Array.arange(3).mul(2.5).toString();   // "Array([0. , 2.5, 5. ], dtype=float32)"
     * }</pre>
     *
     * @param scalar the factor
     * @return {@code this * scalar}
     */
    default Array mul(double scalar) {
        return Elementwise.binary("Array.mul", BinaryOp.MUL, self(), scalar);
    }

    /**
     * Elementwise true division with broadcasting; integer and bool operands give float32.
     *
     * <pre>{@code
     * Array.arange(3).div(Array.of(new int[] {2})).toString();   // "Array([0. , 0.5, 1. ], dtype=float32)"
     * }</pre>
     *
     * @param other the divisor
     * @return {@code this / other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array div(Array other) {
        return Elementwise.binary("Array.div", BinaryOp.DIV, self(), other);
    }

    /**
     * Divides every element by a weakly typed scalar; integer and bool arrays give float32.
     *
     * <pre>{@code
     * Array.arange(3).div(2).toString();   // "Array([0. , 0.5, 1. ], dtype=float32)"
     * }</pre>
     *
     * @param scalar the divisor
     * @return {@code this / scalar}
     */
    default Array div(double scalar) {
        return Elementwise.binary("Array.div", BinaryOp.DIV, self(), scalar);
    }

    /**
     * Elementwise maximum with broadcasting; NaN wins, as in numpy.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5}).maximum(Array.of(new float[] {3, 2})).toString();   // "Array([3., 5.], dtype=float32)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code max(this, other)}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array maximum(Array other) {
        return Elementwise.binary("Array.maximum", BinaryOp.MAXIMUM, self(), other);
    }

    /**
     * Elementwise maximum with a weakly typed scalar; {@code x.maximum(0)} is a ReLU.
     *
     * <pre>{@code
     * Array.of(new float[] {-1, 2}).maximum(0).toString();   // "Array([0., 2.], dtype=float32)"
     * }</pre>
     *
     * @param scalar the bound
     * @return {@code max(this, scalar)}
     */
    default Array maximum(double scalar) {
        return Elementwise.binary("Array.maximum", BinaryOp.MAXIMUM, self(), scalar);
    }

    /**
     * Elementwise minimum with broadcasting; NaN wins.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5}).minimum(Array.of(new float[] {3, 2})).toString();   // "Array([1., 2.], dtype=float32)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code min(this, other)}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array minimum(Array other) {
        return Elementwise.binary("Array.minimum", BinaryOp.MINIMUM, self(), other);
    }

    /**
     * Elementwise minimum with a weakly typed scalar.
     *
     * <pre>{@code
     * Array.arange(4).minimum(2).toString();   // "Array([0, 1, 2, 2], dtype=int32)"
     * }</pre>
     *
     * @param scalar the bound
     * @return {@code min(this, scalar)}
     */
    default Array minimum(double scalar) {
        return Elementwise.binary("Array.minimum", BinaryOp.MINIMUM, self(), scalar);
    }

    /**
     * Every element raised to a power. Float arrays keep their dtype; integer arrays stay integers for an
     * integral exponent {@code >= 0} (wrapping) and become float32 for a non-integral one.
     *
     * <pre>{@code
     * Array.arange(4).pow(2).toString();   // "Array([0, 1, 4, 9], dtype=int32)"
     * }</pre>
     *
     * @param exponent the exponent
     * @return {@code this ** exponent}
     * @throws IllegalArgumentException if an integer array gets a negative integral exponent
     */
    default Array pow(double exponent) {
        return Elementwise.pow(self(), exponent);
    }

    /**
     * Every element negated (integers wrap; not defined for bool).
     *
     * <pre>{@code
     * Array.arange(3).neg().toString();   // "Array([ 0, -1, -2], dtype=int32)"
     * }</pre>
     *
     * @return {@code -this}
     * @throws IllegalArgumentException if the dtype is bool
     */
    default Array neg() {
        return Elementwise.neg(self());
    }

    /**
     * Every element's absolute value (the minimum signed integer stays negative, as in numpy).
     *
     * <pre>{@code
     * Array.of(new float[] {-1.5f, 2}).abs().toString();   // "Array([1.5, 2. ], dtype=float32)"
     * }</pre>
     *
     * @return {@code |this|}
     */
    default Array abs() {
        return Elementwise.abs(self());
    }

    /**
     * e raised to every element (float dtypes; computed in double and rounded once, so float32 results may
     * differ from XLA's in the last bit).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2)).exp().toString();   // "Array([1., 1.], dtype=float32)"
     * }</pre>
     *
     * @return {@code exp(this)}
     * @throws IllegalArgumentException {@code Array.exp: dtype int32 is not supported; use astype(DType.F32) first}
     */
    default Array exp() {
        return Elementwise.floatFunction("Array.exp", self(), Math::exp);
    }

    /**
     * Natural logarithm of every element (float dtypes).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).log().toString();   // "Array([0., 0.], dtype=float32)"
     * }</pre>
     *
     * @return {@code log(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    default Array log() {
        return Elementwise.floatFunction("Array.log", self(), Math::log);
    }

    /**
     * Square root of every element (float dtypes; correctly rounded).
     *
     * <pre>{@code
     * Array.of(new float[] {4, 9}).sqrt().toString();   // "Array([2., 3.], dtype=float32)"
     * }</pre>
     *
     * @return {@code sqrt(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    default Array sqrt() {
        return Elementwise.floatFunction("Array.sqrt", self(), Math::sqrt);
    }

    /**
     * Hyperbolic tangent of every element (float dtypes).
     *
     * <pre>{@code
     * Array.zeros(Shape.of(1)).tanh().item();   // 0.0
     * }</pre>
     *
     * @return {@code tanh(this)}
     * @throws IllegalArgumentException if the dtype is not a float
     */
    default Array tanh() {
        return Elementwise.floatFunction("Array.tanh", self(), Math::tanh);
    }

    /**
     * A function applied to every element as a double, the result stored in this dtype (integral results
     * wrap into integer dtypes, others truncate and saturate).
     *
     * <pre>{@code
     * Array.arange(3).map(v -> v * v).toString();   // "Array([0, 1, 4], dtype=int32)"
     * }</pre>
     *
     * @param f the function
     * @return the mapped array, same shape and dtype
     */
    default Array map(DoubleUnaryOperator f) {
        return Elementwise.map(self(), f);
    }

    /**
     * A copy converted to another dtype, as XLA converts (see the class comment); this array itself if the
     * dtype is the same.
     *
     * <pre>{@code
     * Array.of(new float[] {1.7f, -1.7f, 300f}).astype(DType.U8).toString();   // "Array([  1,   0, 255], dtype=uint8)"
     * }</pre>
     *
     * @param dtype the target dtype
     * @return the converted array
     */
    default Array astype(DType dtype) {
        return Casting.astype(self(), dtype);
    }

    /** This facet as the array it is: {@code Array} is the only permitted implementation. */
    private Array self() {
        return (Array) this;
    }
}
