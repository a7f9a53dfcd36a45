/**
 * A determinism test kit for Flaxen users' own models: generators of keys, shapes, dtypes, arrays and parameter
 * trees driven by a {@code long} seed, assertions whose failure messages name the first differing path and element,
 * and golden digests that pin a tree across machines and versions. It needs no test framework: generators are
 * {@link dev.flaxen.testing.Gen}s (functions of a {@code RandomGenerator}), assertions throw {@link AssertionError},
 * and two thin adapters serve QuickTheories and JUnit 5. It ships in Flaxen's test-jar
 * ({@code <type>test-jar</type>}, test scope), never in the main jar; docs/testing.md shows the dependency and a
 * complete example.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.testing.Gen}</td><td>a generator: {@code generate(RandomGenerator)},
 *       {@code fromSeed(long)}, {@code samples(seed, n)}, {@code map}, {@code flatMap}</td></tr>
 *   <tr><td>{@link dev.flaxen.testing.Gens}</td><td>the generators: {@code keys}, {@code shapes},
 *       {@code shapesUpToSize}, {@code dtypes}, {@code arrays}, {@code arraysWithEdgeValues},
 *       {@code paramTrees}</td></tr>
 *   <tr><td>{@link dev.flaxen.testing.FlaxenAssertions}</td><td>{@code assertSameBits},
 *       {@code assertDeterministicInit}, {@code assertKeySensitivity}, {@code assertTreeUnchanged}</td></tr>
 *   <tr><td>{@link dev.flaxen.testing.Golden}</td><td>golden digests: {@code assertDigest}, {@code digest},
 *       {@code canonicalBytes}</td></tr>
 *   <tr><td>{@link dev.flaxen.testing.QuickTheoriesGens}</td><td>a {@code Gen} as a QuickTheories generator</td></tr>
 *   <tr><td>{@link dev.flaxen.testing.JUnitSources}</td><td>{@code Arguments} for JUnit 5's
 *       {@code @MethodSource}</td></tr>
 * </table>
 *
 * <pre>{@code
 * import static dev.flaxen.testing.FlaxenAssertions.*;
 *
 * Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
 * Array x = Gens.arrays(Gen.constant(Shape.of(2, 4)), Gen.constant(DType.F32)).fromSeed(1);
 * assertDeterministicInit(net, PRNGKey.of(0), x);
 * assertKeySensitivity(net, x);
 * Golden.assertDigest(Path.of("src/test/resources/golden/net.digest"), net.init(PRNGKey.of(0), x));
 * }</pre>
 */
package dev.flaxen.testing;
