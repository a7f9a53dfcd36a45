package dev.flaxen.io;

import io.vavr.control.Option;

/**
 * Where a read comes from, for error messages: the public operation that was called and the file (none for
 * bytes in memory).
 *
 * @param op the public entry point, such as {@code "Checkpoints.read"}
 * @param file the file being read, if any
 */
record Origin(String op, Option<java.nio.file.Path> file) {
    static Origin of(String op, java.nio.file.Path file) {
        return new Origin(op, Option.some(file));
    }

    static Origin inMemory(String op) {
        return new Origin(op, Option.none());
    }

    /** The exception for a problem in one entry ({@code null} for none) at a byte offset ({@code -1} if unknown). */
    CorruptCheckpointException corrupt(String entry, long offset, String problem) {
        return new CorruptCheckpointException(op, file, entry, problem, offset);
    }
}
