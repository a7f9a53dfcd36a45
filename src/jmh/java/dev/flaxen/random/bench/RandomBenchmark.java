package dev.flaxen.random.bench;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import java.util.Arrays;
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
 * Throughput of the samplers on {@link #ELEMENTS} float32 (bits: uint32) elements, against a plain
 * {@link Arrays#fill} of a float array of the same length. One operation = one whole array.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RandomBenchmark {
    /** 16M elements. */
    public static final int ELEMENTS = 1 << 24;
    private static final Shape SHAPE = Shape.of(ELEMENTS);

    @Param({"1", "2"})
    public int threads;

    @Param({"PARTITIONABLE", "LEGACY"})
    public ThreefryMode mode;

    private PRNGKey key;
    private float[] target;
    private float value;

    @Setup(Level.Trial)
    public void setUp() {
        key = PRNGKey.of(0, mode);
        target = new float[ELEMENTS];
    }

    @Benchmark
    public float[] fill() {
        value += 1f;
        Arrays.fill(target, value);
        return target;
    }

    @Benchmark
    public Array bits() {
        return Parallelism.withThreads(threads, () -> Random.bits(key, SHAPE));
    }

    @Benchmark
    public Array uniform() {
        return Parallelism.withThreads(threads, () -> Random.uniform(key, SHAPE));
    }

    @Benchmark
    public Array normal() {
        return Parallelism.withThreads(threads, () -> Random.normal(key, SHAPE));
    }

    @Benchmark
    public Array truncatedNormal() {
        return Parallelism.withThreads(threads, () -> Random.truncatedNormal(key, -2, 2, SHAPE));
    }
}
