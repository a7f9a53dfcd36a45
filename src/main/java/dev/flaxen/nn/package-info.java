/**
 * Modules in the style of Flax's {@code linen}: a model is a value that {@code init} turns into an immutable
 * variables tree and {@code apply} runs with one. Keys, names, collections and tree order follow Flax exactly, so
 * {@code net.init(PRNGKey.of(0), x)} equals Flax's {@code net.init(jax.random.PRNGKey(0), x)} parameter for
 * parameter, bit for bit, in both Threefry modes.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th><th>Flax</th></tr>
 *   <tr><td>{@link dev.flaxen.nn.Module}</td><td>one method {@code call(scope, x)}; {@code init}, {@code apply},
 *       {@code initWithOutput}, {@code applyWithState}, {@code initShapes}, {@code tabulate}</td>
 *       <td>{@code nn.Module} with {@code @nn.compact __call__}</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.MultiInputModule}</td><td>a module with several inputs</td>
 *       <td>{@code __call__(self, x, y)}</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Scope}</td><td>what {@code call} receives: {@code param}, {@code variable},
 *       {@code makeRng}, child {@code call}s, {@code path}</td><td>{@code self} inside a compact method</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Variable}</td><td>a handle to a variable of any collection</td>
 *       <td>{@code nn.Variable}</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Rngs}</td><td>named random streams ({@code params}, {@code dropout}, ...)</td>
 *       <td>{@code rngs={...}}</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Dense}, {@link dev.flaxen.nn.Conv}, {@link dev.flaxen.nn.Embed},
 *       {@link dev.flaxen.nn.LayerNorm}, {@link dev.flaxen.nn.BatchNorm}, {@link dev.flaxen.nn.Dropout},
 *       {@link dev.flaxen.nn.Sequential}</td><td>layers: immutable specs with builders, {@code of(...)} and
 *       {@code with*} copies (Javadoc on their {@code *Spec} classes)</td><td>{@code nn.Dense}, ...</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Fn}, {@link dev.flaxen.nn.Activations}</td><td>parameter-free layers
 *       ({@code relu}, {@code gelu}, ..., {@code flatten}) and the functions behind them</td>
 *       <td>{@code nn.relu}, ...</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.Reinit}</td><td>rule-based re-initialisation of an existing tree by path pattern</td>
 *       <td>PyTorch {@code net.apply(fn)}, MXNet {@code force_reinit}</td></tr>
 *   <tr><td>{@link dev.flaxen.nn.SeedChapter}</td><td>the d2l "Parameter Initialization" chapter, runnable</td>
 *       <td></td></tr>
 * </table>
 *
 * <pre>{@code
 * Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
 * FrozenDict<Array> params = net.init(PRNGKey.of(0), x);
 * Array y = net.apply(params, x);
 * }</pre>
 */
@Value.Style(
        typeAbstract = "*Spec",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true, prehash = false),
        jdkOnly = true)
package dev.flaxen.nn;

import org.immutables.value.Value;
