/**
 * Random keys and samplers bit for bit identical to {@code jax.random} (JAX 0.10.2 on CPU): Threefry-2x32 keys
 * that are values, split and fold-in, and the samplers JAX's initializers use, in both of JAX's Threefry modes.
 *
 * <pre>{@code
 * PRNGKey key = PRNGKey.of(0);                       // jax.random.PRNGKey(0)
 * var ks = key.split();                              // jax.random.split(key)
 * Array w = Random.normal(ks._2, Shape.of(3, 4));    // jax.random.normal(subkey, (3, 4))
 * }</pre>
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.random.PRNGKey}</td><td>an immutable key: two uint32 words and a mode; {@code split},
 *       {@code foldIn}</td></tr>
 *   <tr><td>{@link dev.flaxen.random.ThreefryMode}</td><td>{@code PARTITIONABLE} (JAX 0.5.0 and later) or
 *       {@code LEGACY} (JAX 0.4.x and earlier)</td></tr>
 *   <tr><td>{@link dev.flaxen.random.Random}</td><td>the samplers: {@code bits}, {@code uniform}, {@code normal},
 *       {@code truncatedNormal}, {@code bernoulli}, {@code randint}, {@code permutation}, {@code choice},
 *       {@code exponential}, {@code gumbel}, {@code logistic}</td></tr>
 *   <tr><td>{@link dev.flaxen.random.Parallelism}</td><td>how many threads the samplers use (never changes the
 *       numbers)</td></tr>
 * </table>
 *
 * <p>Inside the package: {@code Threefry} (the block function), {@code BitStreams} (JAX's counter layouts, block by
 * block and across threads), {@code Kernels} (the hot loops, behind a seam: {@code PortableKernels} on any JDK, and
 * {@code VectorKernels}/{@code VectorMath} on the Vector API, used on JDK 25+ with {@code --add-modules
 * jdk.incubator.vector}; {@code KernelSelection} chooses, see {@code docs/performance.md}), {@code F32Transform} and
 * {@code Affine} (a sample's scale and shift, applied in the same pass), {@code XlaMath} (XLA:CPU's float {@code log}, {@code log1p}, {@code erf}, {@code erf_inv}),
 * {@code HostMath} (the glibc functions XLA:CPU calls for float64) and the samplers' implementations.
 */
package dev.flaxen.random;
