package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.io.CheckpointFormat;
import dev.flaxen.io.CheckpointInfo;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.io.Safetensors;
import dev.flaxen.io.SafetensorsFile;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A checkpoint read a few leaves at a time, so that files larger than memory can be inspected and compared. A
 * safetensors file is read one tensor at a time through its memory-mapped reader. A Flax msgpack file has no index, so
 * its leaves are read in groups of at most {@link #BATCH_BYTES} with {@link Checkpoints#load}, which skips the others'
 * data: each group costs one pass over the file.
 */
final class CheckpointLeaves implements AutoCloseable {
    /** The most leaf bytes held at once when reading a msgpack file (a larger leaf is read alone): 256 MiB. */
    static final long BATCH_BYTES = 256L << 20;

    private final java.nio.file.Path file;
    private final CheckpointInfo info;
    private final SafetensorsFile safetensors;
    private final long batchBytes;

    private CheckpointLeaves(java.nio.file.Path file, CheckpointInfo info, SafetensorsFile safetensors,
                             long batchBytes) {
        this.file = file;
        this.info = info;
        this.safetensors = safetensors;
        this.batchBytes = batchBytes;
    }

    /** Opens a checkpoint: its header or one streaming pass for the entries, no array data. */
    static CheckpointLeaves open(java.nio.file.Path file, String op, long batchBytes) {
        CliErrors.requireReadable(op, file);
        CheckpointInfo info = Checkpoints.inspect(file);
        SafetensorsFile st = info.format() == CheckpointFormat.SAFETENSORS ? Safetensors.open(file) : null;
        return new CheckpointLeaves(file, info, st, batchBytes);
    }

    CheckpointInfo info() {
        return info;
    }

    /** The entries: safetensors names or {@code '/'}-joined msgpack paths, to shape and dtype, in file order. */
    LinkedHashMap<String, ShapeDtypeStruct> entries() {
        return info.entries();
    }

    /**
     * An entry's place in the tree: a msgpack path split on {@code '/'}, a safetensors name split on {@code sep}.
     */
    Vector<String> segments(String entry, String sep) {
        String by = safetensors != null ? sep : "/";
        return Vector.of(entry.split(Pattern.quote(by), -1));
    }

    /** Reads the named entries, calling {@code f} with each name and array in the order given. */
    void read(Vector<String> names, BiConsumer<String, Array> f) {
        if (safetensors != null) {
            names.forEach(name -> f.accept(name, safetensors.read(name)));
            return;
        }
        Vector<String> rest = names;
        while (!rest.isEmpty()) {
            Vector<String> batch = batch(rest, Function.identity());
            rest = rest.drop(batch.size());
            FrozenDict<ShapeDtypeStruct> target = FrozenDict.empty();
            for (String name : batch) {
                target = target.with(Path.of(name), entries().get(name).get());
            }
            FrozenDict<Array> loaded = Checkpoints.load(file, target, false).tree();
            batch.forEach(name -> f.accept(name, loaded.get(Path.of(name)).get()));
        }
    }

    /**
     * The longest prefix of {@code items} whose entries, named by {@code entry}, hold at most the batch size in bytes;
     * at least the first item.
     */
    <T> Vector<T> batch(Vector<T> items, Function<? super T, String> entry) {
        long bytes = 0;
        int n = 0;
        for (T item : items) {
            long size = entries().get(entry.apply(item)).get().byteSize();
            if (n > 0 && bytes + size > batchBytes) {
                break;
            }
            bytes += size;
            n++;
        }
        return items.take(n);
    }

    @Override
    public void close() {
        if (safetensors != null) {
            safetensors.close();
        }
    }
}
