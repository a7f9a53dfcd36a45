/**
 * Immutable n-dimensional arrays: the values parameters are made of.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.array.Array}</td><td>an immutable row-major n-d array with numpy/JAX-style operations</td></tr>
 *   <tr><td>{@link dev.flaxen.array.Shape}</td><td>its dimensions</td></tr>
 *   <tr><td>{@link dev.flaxen.array.DType}</td><td>its element type, named as JAX prints it</td></tr>
 *   <tr><td>{@link dev.flaxen.array.HalfFloats}</td><td>bfloat16/float16 conversions, bit-exact with JAX</td></tr>
 * </table>
 */
package dev.flaxen.array;
