package dev.flaxen.bench.peers;

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
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * TF-Java 1.1.0 (TensorFlow CPU): float32 {@code random_uniform}, {@code random_standard_normal} and
 * {@code truncated_normal} (which redraws beyond 2 standard deviations) as graph ops run in a session, the result
 * tensor closed after each run; TensorFlow's own Philox generator, so not JAX's numbers. Threads: the session's
 * intra-op thread count.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TfBenchmark {
    public static final String PRODUCER = "TF-Java 1.1.0";

    @Param({"16777216", "100000000"})
    public int elements;

    @Param({"1", "2"})
    public int threads;

    private Graph graph;
    private Session session;
    private Operand<TFloat32> uniform;
    private Operand<TFloat32> normal;
    private Operand<TFloat32> truncated;

    @Setup(Level.Trial)
    public void setUp() {
        graph = new Graph();
        Ops tf = Ops.create(graph);
        Operand<org.tensorflow.types.TInt64> shape = tf.constant(new long[] {elements});
        uniform = tf.random.randomUniform(shape, TFloat32.class);
        normal = tf.random.randomStandardNormal(shape, TFloat32.class);
        truncated = tf.random.truncatedNormal(shape, TFloat32.class);
        session = new Session(graph, ConfigProto.newBuilder().setIntraOpParallelismThreads(threads)
                .setInterOpParallelismThreads(1).build());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
        graph.close();
    }

    private long run(Operand<TFloat32> op) {
        try (Result r = session.runner().fetch(op).run()) {
            return r.size();
        }
    }

    @Benchmark
    public long uniform() {
        return run(uniform);
    }

    @Benchmark
    public long normal() {
        return run(normal);
    }

    @Benchmark
    public long truncatedNormal() {
        return run(truncated);
    }
}
