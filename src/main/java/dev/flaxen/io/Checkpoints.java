package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import io.vavr.control.Option;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checkpoint files in either format, chosen by extension ({@code .msgpack}, {@code .safetensors}) or, for
 * reading, by content: read, write, inspect, and load into a target tree with a report of what did not match.
 * safetensors names are tree paths joined by a separator, {@code "."} unless given (Hugging Face's style:
 * {@code params.layers_0.kernel}).
 *
 * <p>Writes are atomic: the new content goes to a temporary file in the same folder, is forced to disk and
 * renamed over the target, so a crash leaves the old file whole. Readers trust nothing in the file: every
 * violation of the format is a {@link CorruptCheckpointException}; the limits are a 100,000,000-byte
 * safetensors header, maps nested 128 deep in msgpack, rank 64, and {@code Integer.MAX_VALUE - 8} elements
 * per array.
 *
 * <pre>{@code
 * FrozenDict<Array> params = Checkpoints.read(Path.of("mlp.msgpack"));
 * Checkpoints.write(Path.of("params.safetensors"), params);   // params.layers_0.kernel, ...
 * Checkpoints.read(Path.of("params.safetensors")).equals(params);   // true
 * LoadResult r = Checkpoints.load(Path.of("mlp.msgpack"), target, false);
 * r.report();   // 1 missing (params/head/kernel), 0 unexpected, 0 mismatched
 * }</pre>
 */
public final class Checkpoints {
    /** The separator of safetensors names unless one is given: {@code "."}. */
    public static final String DEFAULT_SEPARATOR = ".";

    private Checkpoints() {
    }

    /**
     * Reads a whole checkpoint as a tree, splitting safetensors names on {@code "."}.
     *
     * <pre>{@code
     * FrozenDict<Array> params = Checkpoints.read(Path.of("mlp.safetensors"));   // mlp/layers_0/kernel, ...
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file
     * @return the tree, keys in file order
     * @throws CorruptCheckpointException if the file breaks its format, or its names do not form a tree
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FrozenDict<Array> read(Path file) {
        return read(file, DEFAULT_SEPARATOR);
    }

    /**
     * Reads a whole checkpoint as a tree, splitting safetensors names on {@code sep}.
     *
     * <pre>{@code
     * Checkpoints.read(Path.of("slashed.safetensors"), "/");   // for names like params/layers_0/kernel
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file
     * @param sep the separator of safetensors names (not used for msgpack)
     * @return the tree, keys in file order
     * @throws CorruptCheckpointException if the file breaks its format, or its names do not form a tree
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FrozenDict<Array> read(Path file, String sep) {
        String op = "Checkpoints.read";
        if (CheckpointFormat.detect(file, op) == CheckpointFormat.SAFETENSORS) {
            try (SafetensorsFile f = SafetensorsFile.open(file, op)) {
                return f.readTree(SafetensorsFile.requireSeparator(op, sep));
            }
        }
        return FlaxMsgpack.read(file, Origin.of(op, file), Leaf.ALL, FlaxMsgpack::array, Array.class);
    }

    /**
     * Writes a tree in the format the file name's extension names, joining safetensors names with {@code "."}.
     *
     * <pre>{@code
     * Checkpoints.write(Path.of("params.msgpack"), params);
     * }</pre>
     *
     * @param file a path ending in {@code .msgpack} or {@code .safetensors}; replaced atomically if it exists
     * @param tree the variables
     * @throws IllegalArgumentException if the extension is neither, or a key contains the separator
     * @throws UncheckedIOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, FrozenDict<Array> tree) {
        write(file, tree, DEFAULT_SEPARATOR);
    }

    /**
     * Writes a tree in the format the file name's extension names, joining safetensors names with {@code sep}.
     * A safetensors file gets no metadata; use {@link Safetensors#saveFile(Path, io.vavr.collection.Map,
     * io.vavr.collection.Map)} for that.
     *
     * <pre>{@code
     * Checkpoints.write(Path.of("slashed.safetensors"), params, "/");
     * }</pre>
     *
     * @param file a path ending in {@code .msgpack} or {@code .safetensors}; replaced atomically if it exists
     * @param tree the variables
     * @param sep the separator of safetensors names (not used for msgpack)
     * @throws IllegalArgumentException if the extension is neither, or a key contains the separator
     * @throws UncheckedIOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, FrozenDict<Array> tree, String sep) {
        CheckpointFormat format = CheckpointFormat.of(file).getOrElseThrow(() -> new IllegalArgumentException(
                "Checkpoints.write: expected a file name ending in .msgpack or .safetensors, got " + file.getFileName()
                        + ". Use FlaxMsgpack.save or Safetensors.saveFile for other names"));
        if (format == CheckpointFormat.SAFETENSORS) {
            Safetensors.save(file, Trees.flatten(tree, sep), Option.none(), "Checkpoints.write");
        } else {
            FlaxMsgpack.save(file, tree, MsgpackTreeWriter.MAX_CHUNK_SIZE, "Checkpoints.write");
        }
    }

    /**
     * Describes a checkpoint without reading its array data: a safetensors file's header only; a msgpack
     * file in one streaming pass that skips the data.
     *
     * <pre>{@code
     * Checkpoints.inspect(Path.of("mlp.msgpack")).entries().keySet();   // params/layers_0/kernel, ...
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file
     * @return format, size, entries and metadata
     * @throws CorruptCheckpointException if the file breaks its format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static CheckpointInfo inspect(Path file) {
        String op = "Checkpoints.inspect";
        CheckpointFormat format = CheckpointFormat.detect(file, op);
        long size = size(file, op);
        if (format == CheckpointFormat.SAFETENSORS) {
            try (SafetensorsFile f = SafetensorsFile.open(file, op)) {
                return new CheckpointInfo(file, format, size, f.entries().mapValues(SafetensorsEntry::spec),
                        f.metadata());
            }
        }
        return new CheckpointInfo(file, format, size, FlaxMsgpack.specs(file, Origin.of(op, file)), Option.none());
    }

    /**
     * Loads a checkpoint into the structure of {@code target}, the tree {@code init} or {@code initShapes}
     * returns, splitting safetensors names on {@code "."}. Only matching leaves are read. With
     * {@code strict}, any missing, unexpected or mismatched entry is an error, as in PyTorch's
     * {@code load_state_dict(strict=True)}; without it they are reported and the rest is loaded.
     *
     * <pre>{@code
     * LoadResult r = Checkpoints.load(Path.of("mlp.msgpack"), fresh, false);   // fresh: the tree init returned
     * FrozenDict<Array> params = r.tree();   // from the file where it matched, fresh elsewhere
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file
     * @param target a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @param strict whether anything but an exact match is an error
     * @return the loaded tree and the report
     * @throws CheckpointMismatchException if {@code strict} and the checkpoint does not match exactly
     * @throws CorruptCheckpointException if the file breaks its format
     * @throws IllegalArgumentException if a target leaf is neither an Array nor a ShapeDtypeStruct
     * @throws UncheckedIOException if the file cannot be read
     */
    public static LoadResult load(Path file, FrozenDict<?> target, boolean strict) {
        return load(file, target, DEFAULT_SEPARATOR, strict);
    }

    /**
     * Loads a checkpoint into {@code target} as {@link #load(Path, FrozenDict, boolean)}, splitting
     * safetensors names on {@code sep}.
     *
     * <pre>{@code
     * Checkpoints.load(Path.of("slashed.safetensors"), shapes, "/", true).tree();
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file
     * @param target a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @param sep the separator of safetensors names
     * @param strict whether anything but an exact match is an error
     * @return the loaded tree and the report
     * @throws CheckpointMismatchException if {@code strict} and the checkpoint does not match exactly
     * @throws CorruptCheckpointException if the file breaks its format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static LoadResult load(Path file, FrozenDict<?> target, String sep, boolean strict) {
        String op = "Checkpoints.load";
        return PartialLoad.load(target, load -> leaves(file, sep, load, op), strict, op, "file " + file);
    }

    /**
     * Loads a tree already in memory into {@code target}, with the same matching and report as for a file.
     *
     * <pre>{@code
     * LoadResult r = Checkpoints.load(pretrained, shapes, false);   // shapes: the tree initShapes returned
     * }</pre>
     *
     * @param source the tree to take leaves from
     * @param target a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @param strict whether anything but an exact match is an error
     * @return the loaded tree and the report
     * @throws CheckpointMismatchException if {@code strict} and the trees do not match exactly
     */
    public static LoadResult load(FrozenDict<Array> source, FrozenDict<?> target, boolean strict) {
        return PartialLoad.load(target, PartialLoad.of(source), strict, "Checkpoints.load", "the source tree");
    }

    /**
     * Loads a checkpoint that must match {@code target} exactly, as Flax's {@code from_bytes(target, data)}.
     *
     * <pre>{@code
     * FrozenDict<Array> params = Checkpoints.restore(Path.of("mlp.msgpack"), shapes);
     * }</pre>
     *
     * @param file a Flax msgpack or safetensors file (names split on {@code "."})
     * @param target a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @return the checkpoint's tree, in the target's key order
     * @throws CheckpointMismatchException if any leaf is missing, unexpected or mismatched
     * @throws CorruptCheckpointException if the file breaks its format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static FrozenDict<Array> restore(Path file, FrozenDict<?> target) {
        String op = "Checkpoints.restore";
        return PartialLoad.load(target, load -> leaves(file, DEFAULT_SEPARATOR, load, op), true, op, "file " + file)
                .tree();
    }

    private static FrozenDict<Leaf> leaves(Path file, String sep, java.util.function.BiPredicate<dev.flaxen.tree.Path,
            ShapeDtypeStruct> load, String op) {
        if (CheckpointFormat.detect(file, op) == CheckpointFormat.SAFETENSORS) {
            try (SafetensorsFile f = SafetensorsFile.open(file, op)) {
                return f.leaves(SafetensorsFile.requireSeparator(op, sep), load);
            }
        }
        return FlaxMsgpack.read(file, Origin.of(op, file), load, leaf -> leaf, Leaf.class);
    }

    private static long size(Path file, String op) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(op + ": cannot read " + file + ": " + e, e);
        }
    }
}
