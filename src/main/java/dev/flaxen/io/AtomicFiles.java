package dev.flaxen.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the new content goes to a temporary file in the same folder
 * ({@code .<name>.<random>.tmp}), is forced to disk, and is renamed over the target with
 * {@code ATOMIC_MOVE}. A reader sees the old file or the new one, never a mix, and a crash part-way leaves
 * the old file as it was (and possibly the temporary file, which the next write does not reuse). The
 * temporary file is removed when writing fails with an exception.
 */
final class AtomicFiles {
    private static final int NAME_ATTEMPTS = 16;

    private AtomicFiles() {
    }

    /** Writes the content of a file through a channel positioned at 0. */
    @FunctionalInterface
    interface Body {
        void write(FileChannel out) throws IOException;
    }

    /** Writes {@code target} atomically; {@code op} names the caller in errors. */
    static void write(Path target, String op, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        boolean moved = false;
        try {
            tmp = createTemp(dir, target.getFileName().toString());
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                body.write(out);
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(op + ": cannot write " + target + ": " + e, e);
        } finally {
            if (!moved && tmp != null) {
                deleteAfterFailure(tmp);
            }
        }
    }

    /** The name prefix of this target's temporary files: {@code .<name>.}. */
    static String tempPrefix(String name) {
        return "." + name + ".";
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String random = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path tmp = dir.resolve(tempPrefix(name) + random + ".tmp");
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Makes the rename durable where the platform allows opening a folder (POSIX); elsewhere a no-op. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; the rename itself is still atomic there.
            return;
        }
    }

    private static void deleteAfterFailure(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // The write already failed with its own exception, which is the one to report.
            return;
        }
    }
}
