package dev.flaxen.bench.peers;

import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.TruncatedNormalDistribution;
import org.nd4j.linalg.factory.Nd4j;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * ND4J 1.0.0-M2.1 (native CPU backend, DL4J's): float32 {@code rand}, {@code randn} and its truncated normal (which
 * redraws beyond 2 standard deviations) into a native array, closed after each operation; ND4J's own generator, so
 * not JAX's numbers. Threads: ND4J's {@code setMaxThreads}.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Nd4jBenchmark {
    public static final String PRODUCER = "ND4J 1.0.0-M2.1 (DL4J)";

    @Param({"16777216", "100000000"})
    public int elements;

    @Param({"1", "2"})
    public int threads;

    @Setup(Level.Trial)
    public void setUp() {
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.getRandom().setSeed(0);
    }

    @Benchmark
    public long uniform() {
        try (INDArray a = Nd4j.rand(DataType.FLOAT, elements)) {
            return a.length();
        }
    }

    @Benchmark
    public long normal() {
        try (INDArray a = Nd4j.randn(DataType.FLOAT, elements)) {
            return a.length();
        }
    }

    @Benchmark
    public long truncatedNormal() {
        try (INDArray a = Nd4j.createUninitialized(DataType.FLOAT, elements)) {
            Nd4j.getExecutioner().exec(new TruncatedNormalDistribution(a, 0, 1), Nd4j.getRandom());
            return a.length();
        }
    }
}
