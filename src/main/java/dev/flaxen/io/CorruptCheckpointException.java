package dev.flaxen.io;

import io.vavr.control.Option;

/**
 * A checkpoint that cannot be read because its bytes break the format: a header length beyond the limit,
 * an offset past the end of the file, overlapping data, a dtype Flaxen does not know, nesting deeper than
 * the limit, invalid UTF-8, a duplicate name, and so on. Readers throw it for every such problem and for
 * nothing else the file contains, so a file from a stranger never surfaces as an
 * {@code IndexOutOfBoundsException}, an {@code OutOfMemoryError} or a hang.
 *
 * <p>It is unchecked, like every Flaxen exception: bad content is reported where it is found and callers
 * that want to recover catch it (and {@link java.io.UncheckedIOException} for failures of the file system
 * itself). The fields say where the problem is; the message names all of them:
 *
 * <pre>{@code
 * try {
 *     Checkpoints.read(Path.of("bad.safetensors"));   // tensor "a" is F32 (1,) over 3 bytes
 * } catch (CorruptCheckpointException e) {
 *     e.getMessage();  // "Checkpoints.read: expected data_offsets [0, 3] to span 4 bytes for F32 (1,), got 3
 *                      //  at a (file bad.safetensors, byte 9)"
 *     e.entry();       // Some(a)
 *     e.offset();      // Some(9)
 * }
 * }</pre>
 */
public final class CorruptCheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file read; none for bytes in memory. */
    private final transient Option<java.nio.file.Path> file;
    /** The entry the problem is in, or null. */
    private final String entry;
    /** What is wrong, without the location. */
    private final String problem;
    /** The byte offset of the problem, or -1 when unknown. */
    private final long offset;

    CorruptCheckpointException(String op, Option<java.nio.file.Path> file, String entry, String problem, long offset) {
        super(message(op, file, entry, problem, offset));
        this.file = file;
        this.entry = entry;
        this.problem = problem;
        this.offset = offset;
    }

    private static String message(String op, Option<java.nio.file.Path> file, String entry, String problem,
            long offset) {
        StringBuilder sb = new StringBuilder(op).append(": ").append(problem);
        if (entry != null) {
            sb.append(" at ").append(entry.isEmpty() ? "the root" : entry);
        }
        sb.append(" (").append(file.map(f -> "file " + f).getOrElse("bytes in memory"));
        if (offset >= 0) {
            sb.append(", byte ").append(offset);
        }
        return printable(sb.append(')').toString());
    }

    /** Escapes control characters and lone surrogates (names in a hostile file may hold them) as backslash-u. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The file that was read.
     *
     * @return the file, or none when the checkpoint was read from bytes in memory
     */
    public Option<java.nio.file.Path> file() {
        return file;
    }

    /**
     * The entry the problem is in: a safetensors tensor name, or a {@code '/'}-joined path in a Flax msgpack
     * tree ({@code ""} for the root map).
     *
     * @return the entry, or none for a problem outside every entry (such as the header length)
     */
    public Option<String> entry() {
        return Option.of(entry);
    }

    /**
     * What is wrong, without the location: {@code "expected ..., got ..."}.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * The position in the file of the byte where the problem was found, counted from 0.
     *
     * @return the byte offset, or none when it is not known
     */
    public Option<Long> offset() {
        return offset >= 0 ? Option.some(offset) : Option.none();
    }
}
