package dev.flaxen.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the reference files (and a larger file of each format written by Flaxen) a fixed number of times
 * with a fixed seed, and reads each result. Nothing but {@link CorruptCheckpointException} may escape, no
 * read may hang, and no read may allocate more than {@link #FACTOR} times the input's size plus
 * {@link #SLACK} bytes (measured per read with the thread's allocation counter, after a warm-up).
 */
class CheckpointFuzzTests {
    private static final long SEED = 0x5eed_f1a7L;
    private static final int ITERATIONS = 2500;
    /** Every n-th input also goes through a file, to cover the mapped and channel readers. */
    private static final int THROUGH_A_FILE = 25;
    /** Allowed allocation per input byte. */
    static final long FACTOR = 16;
    /** Allowed allocation on top: parser and unpacker state, scratch buffers, exception objects. */
    static final long SLACK = 64 * 1024;

    /** Allowed allocation per entry of a Flax msgpack tree of tiny leaves (measured: about 1.1 KB). */
    static final long PER_MSGPACK_ENTRY = 2048;
    /** Allowed allocation per tensor of a safetensors file of tiny tensors read as a tree (measured: about 3.7 KB). */
    static final long PER_SAFETENSORS_ENTRY = 5120;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    java.nio.file.Path dir;

    private static FrozenDict<Array> larger() {
        FrozenDict<Array> t = FrozenDict.empty();
        DType[] types = DType.values();
        for (int i = 0; i < 26; i++) {
            int n = 16 + 24 * i;
            DType d = types[i % types.length];
            t = t.with("layer_" + i / 4 + "/w" + i, Reference.fromBits(Shape.of(n), d, new long[n]));
        }
        return t;
    }

    private static List<byte[]> msgpackSeeds() {
        return List.of(Reference.bytes("mlp_seed0.msgpack"), Reference.bytes("dtypes.msgpack"),
                Reference.bytes("all_dtypes.msgpack"), Reference.bytes("chunked.msgpack"),
                Reference.bytes("chunked_one.msgpack"), Reference.bytes("state_scalars.msgpack"),
                FlaxMsgpack.toBytes(larger(), 256));
    }

    private static List<byte[]> safetensorsSeeds() {
        return List.of(Reference.bytes("mlp_seed0.safetensors"), Reference.bytes("dtypes.safetensors"),
                Reference.bytes("all_dtypes.safetensors"), Reference.bytes("empty_metadata.safetensors"),
                Safetensors.save(Trees.flatten(larger(), ".")));
    }

    @Test
    @Timeout(60)
    void mutatedFlaxMsgpackFailsOnlyWithTheDocumentedException() throws Exception {
        fuzz(msgpackSeeds(), ".msgpack", FlaxMsgpack::fromBytes);
    }

    @Test
    @Timeout(60)
    void mutatedSafetensorsFailsOnlyWithTheDocumentedException() throws Exception {
        fuzz(safetensorsSeeds(), ".safetensors", data -> Safetensors.open(data).readTree("."));
    }

    /**
     * A file of nothing but tiny entries costs more per byte than {@link #FACTOR}: each entry is a tree node of
     * roughly a kilobyte (about 0.7 KB of it building the persistent maps of {@code FrozenDict}). That cost per
     * entry is bounded, and so is the number of entries (1,000,000 per file).
     */
    @Test
    void manyTinyEntriesCostABoundedAmountEach() {
        int n = 20_000;
        byte[] msgpack = Hostile.msgpack(p -> {
            p.packMapHeader(n);
            for (int i = 0; i < n; i++) {
                p.packString("k" + i).packInt(i);
            }
        });
        StringBuilder header = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            header.append(i == 0 ? "" : ",").append("\"k").append(i)
                    .append("\":{\"dtype\":\"U8\",\"shape\":[],\"data_offsets\":[").append(i).append(',').append(i + 1).append("]}");
        }
        byte[] safetensors = Hostile.safetensors(header.append('}').toString(), n);
        assertPerEntry(msgpack, n, PER_MSGPACK_ENTRY, () -> FlaxMsgpack.fromBytes(msgpack));
        assertPerEntry(safetensors, n, PER_SAFETENSORS_ENTRY, () -> Safetensors.open(safetensors).readTree("."));
    }

    private static void assertPerEntry(byte[] input, int entries, long perEntry, Runnable read) {
        measure(input, read, 0);
        long allocated = measure(input, read, 0);
        assertTrue(allocated <= perEntry * entries + SLACK, allocated / entries + " bytes per entry");
    }

    private interface Reader {
        void read(byte[] data);
    }

    private void fuzz(List<byte[]> seeds, String extension, Reader reader) throws Exception {
        for (byte[] seed : seeds) {
            measure(seed, () -> reader.read(seed), -1);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = Mutations.mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
            readOnce(input, () -> reader.read(input), i);
            if (i % THROUGH_A_FILE == 0) {
                java.nio.file.Path file = dir.resolve("fuzz" + extension);
                Files.write(file, input);
                readOnce(input, () -> Checkpoints.read(file), i);
                readOnce(input, () -> Checkpoints.inspect(file), i);
            }
        }
    }

    /**
     * Runs one read twice and checks the allocation of the second run: the first run of a new error path
     * loads classes and links lambdas, a one-time cost of the JVM rather than of the input.
     */
    private static void readOnce(byte[] input, Runnable read, int iteration) {
        measure(input, read, iteration);
        long allocated = measure(input, read, iteration);
        if (allocated > FACTOR * input.length + SLACK) {
            fail("iteration " + iteration + ": read allocated " + allocated + " bytes for an input of " + input.length
                    + " bytes, more than " + FACTOR + " x size + " + SLACK + ": " + HexFormat.of().formatHex(input));
        }
    }

    private static long measure(byte[] input, Runnable read, int iteration) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            read.run();
        } catch (CorruptCheckpointException expected) {
            // The documented outcome for a damaged file.
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("iteration " + iteration + ": " + e + " escaped for input " + HexFormat.of().formatHex(input), e);
        }
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
