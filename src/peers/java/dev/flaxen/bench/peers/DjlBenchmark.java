package dev.flaxen.bench.peers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * DJL 0.35.1 on libtorch 2.7.1 (CPU), offline: float32 {@code randomUniform} and {@code randomNormal} into a native
 * tensor, closed after each operation; libtorch's own generator, so not JAX's numbers. DJL's PyTorch engine has no
 * truncated normal. Threads: libtorch's intra-op thread count.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DjlBenchmark {
    public static final String PRODUCER = "DJL 0.35.1 + libtorch 2.7.1";

    @Param({"16777216", "100000000"})
    public int elements;

    @Param({"1", "2"})
    public int threads;

    private NDManager manager;
    private Shape shape;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        manager = NDManager.newBaseManager("PyTorch");
        shape = new Shape(elements);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.close();
    }

    @Benchmark
    public long uniform() {
        try (NDArray a = manager.randomUniform(0f, 1f, shape, DataType.FLOAT32)) {
            return a.size();
        }
    }

    @Benchmark
    public long normal() {
        try (NDArray a = manager.randomNormal(0f, 1f, shape, DataType.FLOAT32)) {
            return a.size();
        }
    }
}
