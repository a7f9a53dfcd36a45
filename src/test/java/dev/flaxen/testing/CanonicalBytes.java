package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical bytes of a tree of arrays (format {@code flaxen-tree-1}, specified in docs/testing.md): the ASCII
 * magic {@code flaxen-tree-1}, the entry count as u64, then each entry in sorted path order. An entry is a leaf or an
 * empty subtree: u32 length and UTF-8 of its {@code '/'}-joined path, a u8 kind (1 leaf, 0 empty subtree), and for a
 * leaf the u32 length and ASCII of the dtype name, the u32 rank, each dimension as u64, the u64 data length and the
 * data (little-endian, C order). Integers are little-endian.
 */
final class CanonicalBytes {
    static final String MAGIC = "flaxen-tree-1";

    /** One entry: a leaf, or an empty subtree ({@code leaf} empty). */
    record Entry(Path path, Option<Array> leaf) {
        /** {@code float32[4,8]}, or {@code "an empty subtree"}. */
        String spec() {
            return leaf.map(a -> ShapeDtypeStruct.of(a).toString()).getOrElse("an empty subtree");
        }
    }

    private CanonicalBytes() {
    }

    /** Every leaf and empty subtree, in sorted path order. */
    static Vector<Entry> entries(String op, FrozenDict<Array> tree) {
        Vector<Entry> out = Trees.flattenKeepEmptyNodes(tree).toVector().map(t -> new Entry(t._1, t._2))
                .sortBy(Entry::path);
        for (Entry e : out) {
            if (e.leaf.exists(Array::isAbstract)) {
                throw new IllegalArgumentException(op + ": expected concrete arrays, got an abstract "
                        + e.spec() + " at " + e.path + ". An abstract array has no values to digest");
            }
        }
        return out;
    }

    /** The canonical bytes of the whole tree. */
    static byte[] bytes(String op, FrozenDict<Array> tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(op, tree, out);
        return out.toByteArray();
    }

    /** SHA-256 of the canonical bytes, as 64 lowercase hex digits. */
    static String digest(String op, FrozenDict<Array> tree) {
        MessageDigest md = sha256();
        write(op, tree, new DigestOutputStream(OutputStream.nullOutputStream(), md));
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of one entry's bytes (as they appear in the tree's canonical bytes), as 64 hex digits. */
    static String digest(String op, Entry entry) {
        MessageDigest md = sha256();
        writeEntry(op, entry, new DigestOutputStream(OutputStream.nullOutputStream(), md));
        return HexFormat.of().formatHex(md.digest());
    }

    private static void write(String op, FrozenDict<Array> tree, OutputStream out) {
        Vector<Entry> entries = entries(op, tree);
        put(out, MAGIC.getBytes(StandardCharsets.US_ASCII));
        put(out, le(8).putLong(entries.size()));
        entries.forEach(e -> writeEntry(op, e, out));
    }

    private static void writeEntry(String op, Entry e, OutputStream out) {
        byte[] path = utf8(op, e.path);
        put(out, le(5 + path.length).putInt(path.length).put(path).put((byte) (e.leaf.isDefined() ? 1 : 0)));
        if (e.leaf.isEmpty()) {
            return;
        }
        Array a = e.leaf.get();
        byte[] dtype = a.dtype().toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = le(4 + dtype.length + 4 + 8 * a.ndim() + 8).putInt(dtype.length).put(dtype)
                .putInt(a.ndim());
        for (int d : a.shape().toArray()) {
            header.putLong(d);
        }
        put(out, header.putLong((long) a.size() * a.dtype().itemSize()));
        put(out, a.toBytes());
    }

    private static byte[] utf8(String op, Path path) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(path.toString()));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(op + ": expected keys of valid Unicode, got a key with an unpaired "
                    + "surrogate in " + path + ". UTF-8 cannot encode it", e);
        }
    }

    private static ByteBuffer le(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void put(OutputStream out, ByteBuffer filled) {
        put(out, filled.array());
    }

    private static void put(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM; every Java platform must provide it", e);
        }
    }
}
