/**
 * Immutable parameter trees: Flax's {@code FrozenDict} with {@code '/'}-joined paths, and the
 * {@code jax.tree_util} / {@code flax.traverse_util} utilities over them.
 *
 * <p>A tree maps names to subtrees or leaves, such as {@code {"params": {"layers_0": {"kernel": Array,
 * "bias": Array}}}}. It never changes: edits return new trees sharing the unchanged parts. Keys keep
 * insertion order for display and {@code flatten}; {@code Trees.leaves} and its relatives sort keys by code
 * point at every level, as JAX's {@code tree_leaves} does.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th><th>Flax / JAX</th></tr>
 *   <tr><td>{@link dev.flaxen.tree.FrozenDict}</td><td>an immutable nested mapping of names to subtrees or
 *       leaves</td><td>{@code flax.core.FrozenDict}, {@code freeze}, {@code copy}, {@code pop}</td></tr>
 *   <tr><td>{@link dev.flaxen.tree.MutableDict}</td><td>a mutable builder; {@code freeze()} makes a new
 *       tree</td><td>the dict {@code unfreeze} returns</td></tr>
 *   <tr><td>{@link dev.flaxen.tree.Path}</td><td>a node's address, {@code "params/layers_0/kernel"}</td>
 *       <td>a key tuple of {@code flatten_dict}</td></tr>
 *   <tr><td>{@link dev.flaxen.tree.Trees}</td><td>map, zip, leaves, flatten/unflatten, sizes, structure
 *       checks, pretty printing</td><td>{@code jax.tree_util}, {@code flax.traverse_util}</td></tr>
 *   <tr><td>{@link dev.flaxen.tree.StructureMismatchException}</td><td>two trees that had to match do not;
 *       names the first differing path</td><td>JAX's tree-structure {@code ValueError}</td></tr>
 * </table>
 *
 * <pre>{@code
 * FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("params/kernel", 1).with("params/bias", 2);
 * Trees.leaves(t);   // Vector(2, 1)
 * }</pre>
 */
package dev.flaxen.tree;
