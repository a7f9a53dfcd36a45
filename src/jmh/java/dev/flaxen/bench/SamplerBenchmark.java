package dev.flaxen.bench;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
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
 * Flaxen's float32 samplers, one whole array per operation (allocation included, as a caller gets it), on
 * {@code elements} elements with {@code threads} threads, on the {@code kernels} path (the fork's
 * {@code flaxen.kernels}, set before Flaxen picks its kernels).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SamplerBenchmark {
    @Param({"16777216", "100000000"})
    public int elements;

    @Param({"1", "2"})
    public int threads;

    @Param({"portable", "vector"})
    public String kernels;

    @Param({"PARTITIONABLE", "LEGACY"})
    public ThreefryMode mode;

    private PRNGKey key;
    private Shape shape;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("flaxen.kernels", kernels);
        key = PRNGKey.of(0, mode);
        shape = Shape.of(elements);
    }

    @Benchmark
    public Array uniform() {
        return Parallelism.withThreads(threads, () -> Random.uniform(key, shape));
    }

    @Benchmark
    public Array normal() {
        return Parallelism.withThreads(threads, () -> Random.normal(key, shape));
    }

    @Benchmark
    public Array truncatedNormal() {
        return Parallelism.withThreads(threads, () -> Random.truncatedNormal(key, -2, 2, shape, DType.F32));
    }
}
