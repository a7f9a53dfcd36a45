package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.Vector;
import java.io.PrintStream;

/**
 * The "Parameter Initialization" chapter of Dive into Deep Learning (JAX tab), runnable in Java: six steps, each
 * printing what the chapter's Flax cell prints, as JAX's {@code repr}. As in the chapter's cells
 * ({@code net.init(jax.random.PRNGKey(seed), X)}), every step initialises its network from {@code PRNGKey(seed)}
 * itself, so the numbers equal Flax's for the same seed and Threefry mode. The chapter draws {@code X} from an
 * unseeded key; here {@code X = jax.random.uniform(PRNGKey(seed + 1), (2, 4))}.
 *
 * <ol>
 *   <li>default init of {@code Sequential(Dense(8), relu, Dense(1))} and the output shape;</li>
 *   <li>{@code normal(0.01)} kernels, zero biases: first-layer {@code kernel[:, 0]} and {@code bias[0]};</li>
 *   <li>constant 1 kernels;</li>
 *   <li>Xavier for the first layer, constant 42 for the last;</li>
 *   <li>a custom initializer as a lambda: {@code U(5, 10)} w.p. 1/4, 0 w.p. 1/2, {@code U(-10, -5)} w.p. 1/4, made as
 *       the chapter makes it ({@code uniform(-10, 10)} zeroed where {@code |w| < 5});</li>
 *   <li>direct setting without mutation: {@code kernel + 1} and {@code [0, 0] = 42} give a new tree; the old one is
 *       printed unchanged.</li>
 * </ol>
 *
 * <pre>{@code
 * mvn -B -ntp -q compile exec:java -Dexec.args="--seed 42 --legacy"
 * SeedChapter.steps(0, ThreefryMode.PARTITIONABLE).get(0).printed();   // "(2, 1)"
 * }</pre>
 */
public final class SeedChapter {
    private SeedChapter() {
    }

    /**
     * One step of the chapter.
     *
     * @param number 1 to 6
     * @param title what the step shows
     * @param code the Java that makes it
     * @param printed what it prints (JAX's repr of the same values)
     * @param variables the variables tree of the step's network
     */
    public record Step(int number, String title, String code, String printed, FrozenDict<Array> variables) {
    }

    /**
     * The chapter's input: {@code Random.uniform(PRNGKey.of(seed + 1, mode), Shape.of(2, 4))}.
     *
     * <pre>{@code
     * SeedChapter.input(0, ThreefryMode.PARTITIONABLE).shape();   // (2, 4)
     * }</pre>
     *
     * @param seed the seed
     * @param mode the Threefry mode
     * @return {@code X}
     */
    public static Array input(long seed, ThreefryMode mode) {
        return Random.uniform(PRNGKey.of(seed + 1, mode), Shape.of(2, 4));
    }

    /**
     * Runs the six steps.
     *
     * <pre>{@code
     * for (SeedChapter.Step s : SeedChapter.steps(42, ThreefryMode.LEGACY)) { System.out.println(s.printed()); }
     * }</pre>
     *
     * @param seed the seed of every step's key, {@code PRNGKey.of(seed, mode)}
     * @param mode the Threefry mode
     * @return the steps in order
     */
    public static Vector<Step> steps(long seed, ThreefryMode mode) {
        PRNGKey key = PRNGKey.of(seed, mode);
        Array x = input(seed, mode);
        FrozenDict<Array> custom = Sequential.of(Dense.of(8).withKernelInit(myInit()), Fn.relu(), Dense.of(1))
                .init(key, x);
        return Vector.of(defaultInit(key, x), builtIn(2, Initializers.normal(0.01), key, x),
                builtIn(3, Initializers.constant(1), key, x), perLayer(key, x), customInit(custom),
                directSetting(custom));
    }

    private static Step defaultInit(PRNGKey key, Array x) {
        Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
        FrozenDict<Array> params = net.init(key, x);
        return new Step(1, "Default initialisation (LeCun normal kernels, zero biases)",
                "Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));\n"
                        + "FrozenDict<Array> params = net.init(key, X);\nnet.apply(params, X).shape()",
                net.apply(params, x).shape().toString(), params);
    }

    private static Step builtIn(int number, Initializer kernelInit, PRNGKey key, Array x) {
        FrozenDict<Array> params = twoDense(kernelInit, kernelInit).init(key, x);
        String name = number == 2 ? "normal(0.01)" : "constant(1)";
        return new Step(number, number == 2 ? "Built-in: normal(0.01) kernels, zero biases" : "Built-in: constant 1",
                "Dense.of(8).withKernelInit(Initializers." + name + ").withBiasInit(Initializers.zeros())  // both\n"
                        + "kernel.index(1, 0), bias.get(0)             // kernel[:, 0], bias[0]",
                pair(kernel(params, "layers_0").index(1, 0), params.get("params/layers_0/bias").get().get(0)),
                params);
    }

    private static Step perLayer(PRNGKey key, Array x) {
        FrozenDict<Array> params = twoDense(Initializers.xavierUniform(), Initializers.constant(42)).init(key, x);
        return new Step(4, "Per layer: Xavier for layers_0, constant 42 for layers_2",
                "Sequential.of(Dense.of(8).withKernelInit(Initializers.xavierUniform()), Fn.relu(),\n"
                        + "              Dense.of(1).withKernelInit(Initializers.constant(42)))\n"
                        + "params/layers_0/kernel[:, 0], params/layers_2/kernel",
                pair(kernel(params, "layers_0").index(1, 0), kernel(params, "layers_2")), params);
    }

    private static Step customInit(FrozenDict<Array> params) {
        return new Step(5, "Custom: U(5, 10) w.p. 1/4, 0 w.p. 1/2, U(-10, -5) w.p. 1/4",
                "Initializer myInit = (k, shape, dtype) -> {\n"
                        + "    Array data = Random.uniform(k, shape, dtype, -10, 10);\n"
                        + "    return Array.where(data.abs().ge(5), data, Array.zeros(Shape.scalar(), dtype));\n"
                        + "};\n"
                        + "Sequential.of(Dense.of(8).withKernelInit(myInit), Fn.relu(), Dense.of(1))\n"
                        + "kernel.slice(1, 0, 2)                        // kernel[:, :2]",
                kernel(params, "layers_0").slice(1, 0, 2).toString(), params);
    }

    private static Step directSetting(FrozenDict<Array> params) {
        Array old = kernel(params, "layers_0");
        FrozenDict<Array> edited = params.with("params/layers_0/kernel", old.add(1).at(0, 0).set(42));
        return new Step(6, "Direct setting without mutation: kernel + 1, then [0, 0] = 42 (new tree; old unchanged)",
                "FrozenDict<Array> edited = params.with(\"params/layers_0/kernel\", kernel.add(1).at(0, 0).set(42));\n"
                        + "edited kernel[:, 0], params kernel[:, 0]",
                pair(kernel(edited, "layers_0").index(1, 0), kernel(params, "layers_0").index(1, 0)), edited);
    }

    /**
     * d2l's {@code my_init}: {@code uniform(-10, 10)} kept where {@code |w| >= 5} and 0 elsewhere, which gives
     * {@code U(5, 10)} with probability 1/4, 0 with probability 1/2 and {@code U(-10, -5)} with probability 1/4. Zeros
     * are {@code +0.0}, as XLA computes JAX's {@code data * (jnp.abs(data) >= 5)}.
     *
     * <pre>{@code
     * Dense.of(8).withKernelInit(SeedChapter.myInit());
     * }</pre>
     *
     * @return the initializer, a lambda
     */
    public static Initializer myInit() {
        return (key, shape, dtype) -> {
            Array data = Random.uniform(key, shape, dtype, -10, 10);
            return Array.where(data.abs().ge(5), data, Array.zeros(Shape.scalar(), dtype));
        };
    }

    private static Module twoDense(Initializer kernel0, Initializer kernel2) {
        Initializer zeros = Initializers.zeros();
        return Sequential.of(Dense.of(8).withKernelInit(kernel0).withBiasInit(zeros), Fn.relu(),
                Dense.of(1).withKernelInit(kernel2).withBiasInit(zeros));
    }

    private static Array kernel(FrozenDict<Array> params, String layer) {
        return params.get("params/" + layer + "/kernel").get();
    }

    private static String pair(Array a, Array b) {
        return "(" + a + ", " + b + ")";
    }

    /**
     * Prints the chapter: {@code --seed S} (default 0) and {@code --legacy} (JAX's pre-0.5 Threefry mode; default
     * partitionable, JAX's current default).
     *
     * <pre>{@code
     * SeedChapter.main(new String[] {"--seed", "42", "--legacy"});
     * }</pre>
     *
     * @param args the options
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * {@link #main} with its streams given; returns the exit status (0, or 2 for bad options).
     *
     * <pre>{@code
     * SeedChapter.run(new String[] {"--seed", "7"}, System.out, System.err);   // 0
     * }</pre>
     *
     * @param args the options
     * @param out where the chapter goes
     * @param err where usage errors go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long seed = 0;
        ThreefryMode mode = ThreefryMode.PARTITIONABLE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--legacy")) {
                mode = ThreefryMode.LEGACY;
            } else if (args[i].equals("--seed") && i + 1 < args.length && args[i + 1].matches("-?\\d{1,18}")) {
                seed = Long.parseLong(args[++i]);
            } else {
                err.println("SeedChapter: expected [--seed S] [--legacy], got " + String.join(" ", args)
                        + ". S is an integer; --legacy selects JAX's pre-0.5 Threefry mode");
                return 2;
            }
        }
        print(seed, mode, out);
        return 0;
    }

    private static void print(long seed, ThreefryMode mode, PrintStream out) {
        out.println("Parameter Initialization (d2l.ai), in Java with Flaxen: seed " + seed + ", " + mode
                + " Threefry");
        out.println("Every network is initialised with PRNGKey(" + seed + "), as net.init(jax.random.PRNGKey("
                + seed + "), X) in Flax; the numbers are Flax's for the same seed and mode.");
        out.println();
        out.println("X = Random.uniform(PRNGKey.of(" + (seed + 1) + "), Shape.of(2, 4))");
        out.println(input(seed, mode));
        for (Step s : steps(seed, mode)) {
            out.println();
            out.println("[" + s.number() + "] " + s.title());
            s.code().lines().forEach(line -> out.println("    " + line));
            out.println(s.printed());
        }
    }
}
