/**
 * Checkpoint files: Flax msgpack ({@code flax.serialization}) and safetensors, read and written byte for byte
 * as the Python libraries do, with partial loading into a target tree, atomic writes and readers that trust
 * nothing in a file. See docs/checkpoints.md for the formats, the dtype table, Python snippets and the limits.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th><th>Python</th></tr>
 *   <tr><td>{@link dev.flaxen.io.Checkpoints}</td><td>read, write, inspect and load either format, chosen by
 *       extension or content</td><td></td></tr>
 *   <tr><td>{@link dev.flaxen.io.FlaxMsgpack}</td><td>whole variable trees as Flax msgpack, chunked leaves
 *       included</td><td>{@code to_bytes}, {@code msgpack_restore}</td></tr>
 *   <tr><td>{@link dev.flaxen.io.Safetensors}</td><td>flat tensor maps and metadata as safetensors</td>
 *       <td>{@code safetensors.numpy.save_file}, {@code load_file}</td></tr>
 *   <tr><td>{@link dev.flaxen.io.SafetensorsFile}</td><td>an open safetensors file: entries, metadata, tensors
 *       read one at a time from a memory mapping</td><td>{@code safe_open}</td></tr>
 *   <tr><td>{@link dev.flaxen.io.CheckpointInfo}</td><td>what a file holds, found without reading its data</td>
 *       <td></td></tr>
 *   <tr><td>{@link dev.flaxen.io.LoadResult}, {@link dev.flaxen.io.LoadReport}</td><td>a partial load's tree and
 *       its missing, unexpected and mismatched entries</td><td>PyTorch {@code load_state_dict}</td></tr>
 *   <tr><td>{@link dev.flaxen.io.CorruptCheckpointException}</td><td>a file that breaks its format: file,
 *       entry, problem, byte offset</td><td></td></tr>
 *   <tr><td>{@link dev.flaxen.io.CheckpointMismatchException}</td><td>a strict load whose file does not match
 *       the target</td><td>{@code strict=True}</td></tr>
 * </table>
 *
 * <pre>{@code
 * FrozenDict<Array> params = Checkpoints.read(Path.of("mlp.msgpack"));
 * Checkpoints.write(Path.of("mlp.safetensors"), params);   // params.layers_0.kernel, ...
 * Checkpoints.inspect(Path.of("mlp.safetensors")).paramCount();   // 49
 * }</pre>
 */
package dev.flaxen.io;
