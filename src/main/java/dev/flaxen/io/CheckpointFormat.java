package dev.flaxen.io;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The checkpoint formats Flaxen reads and writes, and how a file's format is recognised: by its extension,
 * else by its first bytes.
 *
 * <pre>{@code
 * CheckpointFormat.of(Path.of("model.safetensors"));   // Some(SAFETENSORS), from the name
 * CheckpointFormat.detect(Path.of("checkpoint_1000"));  // FLAX_MSGPACK, from the bytes of a Flax file
 * }</pre>
 */
public enum CheckpointFormat {
    /** {@code flax.serialization.to_bytes}: a msgpack map of the whole variable tree. Extension {@code .msgpack}. */
    FLAX_MSGPACK(".msgpack"),
    /** Hugging Face safetensors: flat tensor names, a JSON header, raw data. Extension {@code .safetensors}. */
    SAFETENSORS(".safetensors");

    private final String extension;

    CheckpointFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The file-name extension, with its dot.
     *
     * @return {@code ".msgpack"} or {@code ".safetensors"}
     */
    public String extension() {
        return extension;
    }

    /**
     * The format a file name's extension names (case ignored).
     *
     * <pre>{@code
     * CheckpointFormat.of(Path.of("params.msgpack"));   // Some(FLAX_MSGPACK)
     * }</pre>
     *
     * @param file a file name or path
     * @return the format, or none for any other extension
     */
    public static Option<CheckpointFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return Vector.of(values()).find(f -> lower.endsWith(f.extension));
    }

    /**
     * The format of an existing file: by extension, else by content. A safetensors file starts with an 8-byte
     * little-endian length no larger than the rest of the file and then an opening brace; a Flax msgpack file starts
     * with a msgpack map.
     *
     * <pre>{@code
     * CheckpointFormat.detect(Path.of("checkpoint_1000"));   // FLAX_MSGPACK
     * }</pre>
     *
     * @param file the file
     * @return its format
     * @throws CorruptCheckpointException if neither the name nor the first bytes say which format it is
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CheckpointFormat detect(Path file) {
        return detect(file, "CheckpointFormat.detect");
    }

    static CheckpointFormat detect(Path file, String op) {
        Option<CheckpointFormat> named = of(file);
        if (named.isDefined()) {
            return named.get();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
            int read;
            do {
                read = ch.read(head);
            } while (read > 0 && head.hasRemaining());
            return sniff(head.flip(), ch.size()).getOrElseThrow(() -> Origin.of(op, file).corrupt(null, 0,
                    "expected a Flax msgpack file (a msgpack map) or a safetensors file (a header length and '{'),"
                            + " got neither"));
        } catch (IOException e) {
            throw new UncheckedIOException(op + ": cannot read " + file + ": " + e, e);
        }
    }

    private static Option<CheckpointFormat> sniff(ByteBuffer head, long size) {
        if (head.remaining() == 9) {
            long n = head.getLong(0);
            if (n >= 2 && n <= size - 8 && head.get(8) == '{') {
                return Option.some(SAFETENSORS);
            }
        }
        if (head.hasRemaining()) {
            int b = head.get(0) & 0xff;
            if ((b & 0xf0) == 0x80 || b == 0xde || b == 0xdf) {
                return Option.some(FLAX_MSGPACK);
            }
        }
        return Option.none();
    }
}
