/**
 * The {@code flaxen} command line, the top layer: {@code init} a model into a Flax msgpack or safetensors file,
 * byte for byte the file Flax writes for the same module, seed and Threefry mode; {@code inspect} a checkpoint;
 * {@code diff} two checkpoints; run the {@code demo}. Models come from presets or from a JSON description. The
 * presets and the JSON reader are public, so Java code (benchmarks, tests) can build the same models.
 * {@code docs/cli.md} describes the commands, the exit codes and the JSON schema.
 *
 * <table>
 *   <caption>Main types</caption>
 *   <tr><th>type</th><th>what it is</th></tr>
 *   <tr><td>{@link dev.flaxen.cli.Flaxen}</td><td>the entry point: {@code main} and {@code execute(args, out, err)},
 *       which runs a command in this JVM and returns its exit status (0 success, 1 {@code diff} found differences,
 *       2 an error)</td></tr>
 *   <tr><td>{@link dev.flaxen.cli.Model}</td><td>a module and the sample input that shapes its parameters;
 *       {@code init(key)}, {@code initShapes()}</td></tr>
 *   <tr><td>{@link dev.flaxen.cli.Presets}</td><td>{@code mlp(784, 512, 10)}, {@code gpt2Small()} (124,439,808
 *       parameters), {@code gpt2(config)}, {@code of("mlp:784,512,10")}</td></tr>
 *   <tr><td>{@link dev.flaxen.cli.Gpt2Config}</td><td>the sizes of a GPT-2-shaped model; {@code SMALL}</td></tr>
 *   <tr><td>{@link dev.flaxen.cli.ModelJson}</td><td>models described in JSON: {@code read(path)},
 *       {@code parse(text)}, with errors that name the JSON path</td></tr>
 * </table>
 *
 * <pre>{@code
 * Model gpt2 = Presets.gpt2Small();
 * FrozenDict<Array> params = gpt2.init(PRNGKey.of(0));                   // Flax's numbers, bit for bit
 * Checkpoints.write(Path.of("gpt2.msgpack"), params);                      // = flaxen init gpt2-small --seed 0 ...
 * int status = Flaxen.execute(new String[] {"inspect", "gpt2.msgpack"}, System.out, System.err);
 * }</pre>
 */
package dev.flaxen.cli;
