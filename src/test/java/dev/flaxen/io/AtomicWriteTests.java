package dev.flaxen.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes replace the old file only when the new one is complete: a writer process killed mid-write leaves
 * the old file intact and readable, and a write that fails with an exception leaves no temporary file.
 */
class AtomicWriteTests {
    /** The child writes 24 leaves of 1 Mi float32 (96 MiB); it is killed once its temporary file has 8 MiB. */
    private static final int LEAVES = 24;
    private static final int FLOATS = 1 << 20;
    private static final long KILL_AT = 8L << 20;

    @TempDir
    java.nio.file.Path dir;

    private static FrozenDict<Array> good() {
        return FrozenDict.<Array>empty().with("params/w", Reference.f32(Shape.of(3), 1, 2, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.safetensors", "model.msgpack"})
    @Timeout(120)
    void aWriterKilledMidWriteLeavesTheOldFileIntact(String name) throws Exception {
        java.nio.file.Path target = dir.resolve(name);
        Checkpoints.write(target, good());
        byte[] before = Files.readAllBytes(target);
        Process child = startWriter(target);
        java.nio.file.Path tmp = awaitTempFile(child, name);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        long partial = Files.size(tmp);
        assertTrue(partial >= KILL_AT && partial < (long) LEAVES * FLOATS * 4,
                "the writer was killed mid-write: its temporary file has " + partial + " bytes");
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(good(), Checkpoints.read(target));
    }

    private static Process startWriter(java.nio.file.Path target) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CheckpointWriterMain.class.getName(), target.toString(), String.valueOf(LEAVES), String.valueOf(FLOATS))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits until the child's temporary file holds {@link #KILL_AT} bytes; fails if the child ends first. */
    private java.nio.file.Path awaitTempFile(Process child, String name) throws Exception {
        String prefix = AtomicFiles.tempPrefix(name);
        while (true) {
            try (Stream<java.nio.file.Path> files = Files.list(dir)) {
                for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) files::iterator) {
                    if (p.getFileName().toString().startsWith(prefix) && Files.size(p) >= KILL_AT) {
                        return p;
                    }
                }
            }
            if (!child.isAlive()) {
                throw new AssertionError("the writer ended (exit " + child.exitValue() + ") before it could be killed");
            }
            Thread.sleep(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.safetensors", "model.msgpack"})
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile(String name) throws Exception {
        java.nio.file.Path target = dir.resolve(name);
        Checkpoints.write(target, good());
        byte[] before = Files.readAllBytes(target);
        FrozenDict<Array> bad = good().with("params/\ud800", Reference.f32(Shape.of(1), 4));
        assertThrows(IllegalArgumentException.class, () -> Checkpoints.write(target, bad));
        assertArrayEquals(before, Files.readAllBytes(target));
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            assertEquals(List.of(target.getFileName().toString()),
                    List.ofAll(files.map(p -> p.getFileName().toString())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"model.safetensors", "model.msgpack"})
    void aWriteReplacesTheFileWhole(String name) {
        java.nio.file.Path target = dir.resolve(name);
        Checkpoints.write(target, good());
        FrozenDict<Array> next = good().with("params/b", Reference.f32(Shape.of(2), 5, 6));
        Checkpoints.write(target, next);
        assertEquals(next, Checkpoints.read(target));
        assertEquals(Vector.of("w", "b").toSet(), Checkpoints.read(target).subtree("params").get().keys().toSet());
    }
}
