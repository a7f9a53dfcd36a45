package dev.flaxen.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The memory baseline: {@link Arrays#fill} of a float array of {@code elements} in {@code threads} contiguous parts,
 * into an existing array ({@code fill}) and into a new one ({@code allocateAndFill}, what a sampler must also do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FillBenchmark {
    @Param({"16777216", "100000000"})
    public int elements;

    @Param({"1", "2"})
    public int threads;

    private float[] target;
    private float value;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        target = new float[elements];
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    public float[] fill() throws Exception {
        value += 1f;
        return fillInParts(target, value);
    }

    @Benchmark
    public float[] allocateAndFill() throws Exception {
        value += 1f;
        return fillInParts(new float[elements], value);
    }

    private float[] fillInParts(float[] a, float v) throws Exception {
        if (threads == 1) {
            Arrays.fill(a, v);
            return a;
        }
        Future<?>[] parts = new Future<?>[threads];
        for (int p = 0; p < threads; p++) {
            int from = (int) ((long) a.length * p / threads);
            int to = (int) ((long) a.length * (p + 1) / threads);
            parts[p] = pool.submit(() -> Arrays.fill(a, from, to, v));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        return a;
    }
}
