/**
 * Immutable n-dimensional arrays: the values parameters are made of, with numpy/JAX names and semantics
 * (broadcasting, JAX's type promotion, {@code x.at(i).set(v)} updates, JAX-style printing).
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.array.Array}</td><td>an immutable row-major n-d array with numpy/JAX-style operations</td></tr>
 *   <tr><td>{@link dev.flaxen.array.ArrayAccess}, {@link dev.flaxen.array.ArrayIndexing},
 *       {@link dev.flaxen.array.ArrayMath}, {@link dev.flaxen.array.ArrayComparisons},
 *       {@link dev.flaxen.array.ArrayReductions}</td><td>the facets that group {@code Array}'s instance
 *       methods for documentation (elements as Java values; indexing and reshaping; arithmetic; comparisons;
 *       reductions and {@code matmul}); sealed, implemented by {@code Array} alone</td></tr>
 *   <tr><td>{@link dev.flaxen.array.ArrayFactories}</td><td>{@code Array}'s factories from Java data
 *       ({@code of}, {@code fromBytes}, {@code generate*}), inherited and called as {@code Array.of(...)}</td></tr>
 *   <tr><td>{@link dev.flaxen.array.At}</td><td>an indexed position for functional updates, JAX's {@code x.at[i]}</td></tr>
 *   <tr><td>{@link dev.flaxen.array.Shape}</td><td>its dimensions</td></tr>
 *   <tr><td>{@link dev.flaxen.array.DType}</td><td>its element type, named as JAX prints it</td></tr>
 *   <tr><td>{@link dev.flaxen.array.ShapeDtypeStruct}</td><td>a shape and a dtype without data, JAX's {@code ShapeDtypeStruct}</td></tr>
 *   <tr><td>{@link dev.flaxen.array.HalfFloats}</td><td>bfloat16/float16 conversions, bit-exact with JAX</td></tr>
 *   <tr><td>{@link dev.flaxen.array.AbstractEval}</td><td>whether a computation on abstract arrays needed values
 *       they do not have</td></tr>
 * </table>
 *
 * <p>An array may be <em>abstract</em> ({@code Array.abstractOf(shape, dtype)}): a shape and a dtype without storage,
 * JAX's {@code ShapedArray}. Operations on abstract operands return abstract results of the right shape and dtype
 * without computing; reading values throws {@code IllegalStateException}. {@code Module.initShapes} uses them, and
 * {@code Module.init} makes its parameters abstract in a first run.
 *
 * <p>The work is done by package-private classes: {@code Broadcasting} and {@code StridedLoop} (iteration
 * over broadcast and strided operands), {@code Promotion} and {@code Casting} (dtypes),
 * {@code Elementwise}, {@code BinaryOp} and {@code Comparison}, {@code Reductions}, {@code MatMul},
 * {@code Indexing}, {@code Reshaping} and {@code Joining}, {@code Factories}, {@code ElementAccess} (reading
 * elements out), and {@code ArrayFormat}, {@code FloatFormat} and {@code FloatDigits} (printing).
 *
 * <pre>{@code
 * Array x = Array.arange(6).reshape(2, 3);
 * x.add(Array.of(new int[] {10, 20, 30})).sum(0);   // Array([23, 45, 67], dtype=int32)
 * }</pre>
 */
package dev.flaxen.array;
