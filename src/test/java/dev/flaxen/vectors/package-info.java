/**
 * Test support shared by the known-answer tests of every package: reading the JSON-lines vector files under
 * {@code src/test/resources/vectors}. Test scope only; not part of the published test kit ({@code dev.flaxen.testing}).
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.vectors.VectorFiles}</td><td>{@code load} a file's cases; a case's {@code mode},
 *       {@code key}, {@code shape}, {@code dtype}, {@code bits}, {@code hasTag}</td></tr>
 * </table>
 */
package dev.flaxen.vectors;
