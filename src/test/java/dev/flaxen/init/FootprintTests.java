package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The random initializers make their result in one pass: the bytes a call allocates (an upper bound of the heap it
 * needs at its peak) stay within 1.1 times the result's own bytes, with no intermediate array of samples.
 */
class FootprintTests {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static long allocatedBy(Runnable call) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        call.run();
        return THREADS.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void randomInitializersAllocateLittleMoreThanTheirResult() {
        Map<String, Initializer> inits = Map.of("lecunNormal", Initializers.lecunNormal(),
                "heNormal", Initializers.heNormal(), "glorotUniform", Initializers.glorotUniform(),
                "normal(0.02)", Initializers.normal(0.02), "truncatedNormal(0.02)", Initializers.truncatedNormal(0.02),
                "uniform(0.1)", Initializers.uniform(0.1), "keras randomNormal(1, 2)", new RandomNormal(1, 2));
        Shape shape = Shape.of(1024, 1024);
        PRNGKey key = PRNGKey.of(0);
        assertTrue(THREADS.isThreadAllocatedMemorySupported());
        inits.forEach((name, init) -> Parallelism.withThreads(1, () -> {
            init.init(key, Shape.of(256, 256), DType.F32);
            Array[] out = new Array[1];
            long bytes = allocatedBy(() -> out[0] = init.init(key, shape, DType.F32));
            assertEquals(shape, out[0].shape());
            long result = 4L * shape.size();
            assertTrue(bytes <= 1.1 * result, name + " allocated " + bytes + " bytes for a result of " + result);
            return null;
        }));
    }
}
