package dev.flaxen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The command line's error texts: one line per error, file-system failures in words. */
final class CliErrors {
    private CliErrors() {
    }

    /** What went wrong with a file, in words: {@code no such file}, {@code permission denied}, ... */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code <op>: cannot read <file> (<what went wrong>)}, for a failed read of {@code file}. */
    static UncheckedIOException cannotRead(String op, Path file, IOException e) {
        return cannotRead(op, file, describe(e), e);
    }

    /** The message of an error as one line; the exception's class name when it has no message. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getName();
        }
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /**
     * Checks that {@code file} is a readable regular file.
     *
     * @throws UncheckedIOException {@code <op>: cannot read <file> (no such file)} and the like
     */
    static Path requireReadable(String op, Path file) {
        String problem = null;
        if (!Files.exists(file)) {
            problem = "no such file";
        } else if (Files.isDirectory(file)) {
            problem = "a directory";
        } else if (!Files.isReadable(file)) {
            problem = "permission denied";
        }
        if (problem != null) {
            throw cannotRead(op, file, problem, new IOException(problem));
        }
        return file;
    }

    private static UncheckedIOException cannotRead(String op, Path file, String problem, IOException cause) {
        return new UncheckedIOException(op + ": cannot read " + file + " (" + problem + ")", cause);
    }
}
