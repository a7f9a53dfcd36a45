/**
 * Parameter initializers: pure functions {@code (PRNGKey key, Shape shape, DType dtype) -> Array}, bit for bit
 * {@code jax.nn.initializers} (orthogonal ones to about {@code 1e-6}), with the catalogues of Keras, PyTorch and MXNet
 * under their own names. Kernels use Flax's layout {@code (..., in, out)}; see {@link dev.flaxen.init.Fans} for how
 * PyTorch's and MXNet's {@code (out, in, ...)} fans map onto it. The catalogue with formulas is in
 * {@code docs/initializers.md}.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.init.Initializer}</td><td>the functional interface; any lambda is one; {@code map},
 *       {@code scaled}, {@code config}</td></tr>
 *   <tr><td>{@link dev.flaxen.init.Initializers}</td><td>JAX's catalogue: {@code zeros}, {@code ones}, {@code constant},
 *       {@code uniform}, {@code normal}, {@code truncatedNormal}, {@code varianceScaling}, Glorot/Xavier, He/Kaiming,
 *       LeCun, {@code orthogonal}, {@code deltaOrthogonal}; {@code fromConfig}</td></tr>
 *   <tr><td>{@link dev.flaxen.init.KerasInitializers}</td><td>Keras's {@code Identity}, {@code RandomNormal},
 *       {@code RandomUniform}, {@code TruncatedNormal(mean, stddev)}</td></tr>
 *   <tr><td>{@link dev.flaxen.init.TorchInitializers}</td><td>{@code torch.nn.init}: {@code calculateGain},
 *       {@code kaimingUniform/Normal(a, mode, nonlinearity)}, {@code xavierUniform/Normal(gain)},
 *       {@code truncNormal}, {@code eye}, {@code dirac}, {@code sparse}</td></tr>
 *   <tr><td>{@link dev.flaxen.init.MxnetInitializers}</td><td>MXNet's {@code Xavier}, {@code MSRAPrelu} and
 *       {@code Mixed} (initializer chosen by parameter path)</td></tr>
 *   <tr><td>{@link dev.flaxen.init.VarianceScaling}, {@link dev.flaxen.init.RandomNormal},
 *       {@link dev.flaxen.init.Orthogonal}, ...</td><td>the built-in initializers: records with value equality and a
 *       config</td></tr>
 *   <tr><td>{@link dev.flaxen.init.InitializerConfig}</td><td>Keras-style {@code {"class_name", "config"}} JSON</td></tr>
 *   <tr><td>{@link dev.flaxen.init.Fans}, {@link dev.flaxen.init.FanMode},
 *       {@link dev.flaxen.init.Distribution}</td><td>fan computation and variance-scaling settings</td></tr>
 * </table>
 */
package dev.flaxen.init;
