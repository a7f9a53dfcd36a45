package dev.flaxen.bench;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import io.vavr.collection.Vector;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code model.init(key, x)} of the two models of {@code bench/jax_bench.py}, Flax's defaults, one whole variables
 * tree per operation, with {@code threads} threads on the {@code kernels} path:
 * <ul>
 *   <li>{@code mlp}: input 4096 features, six {@code Dense(4096)} + ReLU, {@code Dense(10)}: 100,728,842 parameters,
 *       {@code lecun_normal} kernels, zero biases;</li>
 *   <li>{@code gpt2}: GPT-2 small's parameter tree, 124,439,808 parameters: token and position embeddings and
 *       {@code Dense} kernels {@code normal(0.02)}, zero biases, LayerNorms of ones and zeros.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InitBenchmark {
    @Param({"mlp", "gpt2"})
    public String model;

    @Param({"1", "2"})
    public int threads;

    @Param({"portable", "vector"})
    public String kernels;

    private Module net;
    private Array input;
    private PRNGKey key;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("flaxen.kernels", kernels);
        net = model(model);
        input = input(model);
        key = PRNGKey.of(0);
    }

    @Benchmark
    public FrozenDict<Array> init() {
        return Parallelism.withThreads(threads, () -> net.init(key, input));
    }

    /** The parameter count of a model ({@code BenchMain} reports elements per second of parameters). */
    public static long parameters(String model) {
        return Trees.leaves(model(model).initShapes(ShapeDtypeStruct.of(input(model))))
                .map(s -> s.shape().size()).sum().longValue();
    }

    static Module model(String name) {
        return name.equals("mlp") ? mlp() : gpt2();
    }

    static Array input(String name) {
        return name.equals("mlp") ? Array.zeros(Shape.of(1, 4096)) : Array.zeros(Shape.of(1, 8), DType.I32);
    }

    private static Module mlp() {
        Vector<Module> layers = Vector.empty();
        for (int i = 0; i < 6; i++) {
            layers = layers.append(Dense.of(4096)).append(Fn.relu());
        }
        return Sequential.builder().layers(layers.append(Dense.of(10))).build();
    }

    private static Module gpt2() {
        Initializer w = Initializers.normal(0.02);
        Module block = Module.named("Block", (scope, x) -> {
            Array h = scope.call("ln_1", LayerNorm.of(), x);
            scope.call("c_attn", Dense.of(2304).withKernelInit(w), h);
            x = x.add(scope.call("attn_c_proj", Dense.of(768).withKernelInit(w), h));
            h = scope.call("ln_2", LayerNorm.of(), x);
            h = scope.call("c_fc", Dense.of(3072).withKernelInit(w), h);
            return x.add(scope.call("mlp_c_proj", Dense.of(768).withKernelInit(w), h));
        });
        return Module.named("GPT2", (scope, ids) -> {
            Array x = scope.call("wte", Embed.of(50257, 768).withEmbeddingInit(w), ids);
            x = x.add(scope.call("wpe", Embed.of(1024, 768).withEmbeddingInit(w), Array.arange(ids.shape().dim(1))));
            for (int i = 0; i < 12; i++) {
                x = scope.call("h_" + i, block, x);
            }
            return scope.call("ln_f", LayerNorm.of(), x);
        });
    }
}
