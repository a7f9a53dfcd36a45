package dev.flaxen.nn;

import dev.flaxen.random.PRNGKey;
import io.vavr.collection.Vector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Flax's key derivation ({@code flax.core.scope.LazyRng} and {@code _fold_in_static}): the key of a scope's
 * {@code n}-th draw from a stream is {@code fold_in(rootKey, h)}, where {@code h} is the first four bytes (big-endian)
 * of SHA-1 over the scope's path segments (UTF-8) followed by {@code n} as minimal big-endian bytes. With
 * {@code flax_fix_rng_separator} a zero byte precedes every item. No {@code split} is involved.
 */
final class RngKeys {
    private RngKeys() {
    }

    /**
     * The key of draw {@code counter} (1 for the first) of a scope at {@code path} from {@code root}.
     *
     * @param root the stream's root key, as given to init or apply
     * @param path the scope's module path
     * @param counter the scope's counter for that stream after incrementing, {@code >= 1}
     * @param separator whether {@code flax_fix_rng_separator} is on
     * @return {@code root.foldIn(foldInData(path, counter, separator))}
     */
    static PRNGKey derive(PRNGKey root, Vector<String> path, int counter, boolean separator) {
        return root.foldIn(foldInData(path, counter, separator));
    }

    /**
     * The uint32 Flax folds in for a suffix {@code (path..., counter)}.
     *
     * @param path the module path segments
     * @param counter the counter, {@code >= 1}
     * @param separator whether a zero byte precedes each item
     * @return the first four digest bytes as a big-endian int
     */
    static int foldInData(Vector<String> path, int counter, boolean separator) {
        MessageDigest sha1 = sha1();
        for (String segment : path) {
            if (separator) {
                sha1.update((byte) 0);
            }
            sha1.update(segment.getBytes(StandardCharsets.UTF_8));
        }
        if (separator) {
            sha1.update((byte) 0);
        }
        sha1.update(minimalBigEndian(counter));
        return prefix(sha1.digest());
    }

    /**
     * The uint32 {@code reinit} folds in for a leaf: SHA-1 of its {@code '/'}-joined path.
     *
     * @param path for example {@code "params/layers_0/kernel"}
     * @return the first four digest bytes as a big-endian int
     */
    static int pathData(String path) {
        return prefix(sha1().digest(path.getBytes(StandardCharsets.UTF_8)));
    }

    /** Python's {@code n.to_bytes((n.bit_length() + 7) // 8, 'big')}: {@code 1 -> 01}, {@code 256 -> 01 00}. */
    static byte[] minimalBigEndian(int n) {
        int length = (32 - Integer.numberOfLeadingZeros(n) + 7) / 8;
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (n >>> (8 * (length - 1 - i)));
        }
        return out;
    }

    private static int prefix(byte[] d) {
        return (d[0] & 0xFF) << 24 | (d[1] & 0xFF) << 16 | (d[2] & 0xFF) << 8 | (d[3] & 0xFF);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
