package dev.flaxen.random;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * A Threefry-2x32 random key: two uint32 words (JAX's {@code key_data}) and the {@link ThreefryMode}
 * that samplers use with it. A key is an immutable value: using it never changes it, and the same key
 * always gives the same numbers, bit for bit the ones JAX 0.10.2 gives on CPU for the same key data
 * and mode. Derive new keys with {@link #split()} or {@link #foldIn(int)}; never reuse one key for two
 * unrelated draws.
 *
 * <p>The words are uint32 bit patterns held in Java {@code int}s; {@link #toString()} prints them
 * unsigned, as JAX does.
 *
 * <pre>{@code
 * PRNGKey key = PRNGKey.of(42);                       // jax.random.PRNGKey(42): [0, 42], partitionable
 * Tuple2<PRNGKey, PRNGKey> ks = key.split();          // [1832780943, 270669613], [64467757, 2916123636]
 * Array w = Random.normal(ks._2, Shape.of(3, 4));     // float32
 * }</pre>
 *
 * @param k0 the first key word (uint32 bits)
 * @param k1 the second key word (uint32 bits)
 * @param mode the counter layout the samplers use with this key
 */
public record PRNGKey(int k0, int k1, ThreefryMode mode) {
    /**
     * Checks the mode.
     *
     * @param k0 the first key word (uint32 bits)
     * @param k1 the second key word (uint32 bits)
     * @param mode the counter layout
     * @throws NullPointerException if {@code mode} is null
     */
    public PRNGKey {
        Objects.requireNonNull(mode, "mode");
    }

    /**
     * {@code jax.random.PRNGKey(seed)} in JAX's default configuration (32-bit, partitionable): the key data
     * is {@code [0, seed mod 2^32]}. So every seed, negative or not, keeps only its low 32 bits:
     * {@code of(-1)} is {@code [0, 4294967295]} and {@code of(1L << 32)} is {@code [0, 0]}, exactly as JAX
     * without {@code jax_enable_x64}. Use {@link #ofX64(long)} for JAX's 64-bit seeding.
     *
     * <pre>{@code
     * PRNGKey.of(42);            // PRNGKey([0, 42], partitionable)
     * PRNGKey.of(-1).words();    // {0, -1}: [0, 4294967295]
     * }</pre>
     *
     * @param seed any long
     * @return the key {@code [0, (int) seed]} in {@link ThreefryMode#PARTITIONABLE} mode
     */
    public static PRNGKey of(long seed) {
        return of(seed, ThreefryMode.PARTITIONABLE);
    }

    /**
     * {@code jax.random.PRNGKey(seed)} with the given mode ({@code jax_threefry_partitionable}); the key data
     * does not depend on the mode.
     *
     * <pre>{@code
     * PRNGKey.of(0, ThreefryMode.LEGACY).split();   // [4146024105, 967050713], [2718843009, 1272950319]
     * }</pre>
     *
     * @param seed any long; only its low 32 bits are kept, as in {@link #of(long)}
     * @param mode the counter layout
     * @return the key {@code [0, (int) seed]}
     */
    public static PRNGKey of(long seed, ThreefryMode mode) {
        return new PRNGKey(0, (int) seed, mode);
    }

    /**
     * {@code jax.random.PRNGKey(seed)} with {@code jax_enable_x64}: the key data is the high and low words
     * of the 64-bit two's complement seed, so {@code ofX64(1L << 32)} is {@code [1, 0]} and
     * {@code ofX64(-1)} is {@code [4294967295, 4294967295]}. For seeds in {@code [0, 2^32)} it equals
     * {@link #of(long)}.
     *
     * <pre>{@code
     * PRNGKey.ofX64(4294967301L);   // PRNGKey([1, 5], partitionable)
     * }</pre>
     *
     * @param seed any long
     * @return the key {@code [seed >>> 32, (int) seed]} in partitionable mode
     */
    public static PRNGKey ofX64(long seed) {
        return ofX64(seed, ThreefryMode.PARTITIONABLE);
    }

    /**
     * {@link #ofX64(long)} with the given mode.
     *
     * <pre>{@code
     * PRNGKey.ofX64(-1, ThreefryMode.LEGACY);   // PRNGKey([4294967295, 4294967295], legacy)
     * }</pre>
     *
     * @param seed any long
     * @param mode the counter layout
     * @return the key {@code [seed >>> 32, (int) seed]}
     */
    public static PRNGKey ofX64(long seed, ThreefryMode mode) {
        return new PRNGKey((int) (seed >>> 32), (int) seed, mode);
    }

    /**
     * A partitionable key from raw key data, as {@code jax.random.wrap_key_data(jnp.array([k0, k1], jnp.uint32))}.
     *
     * <pre>{@code
     * PRNGKey.fromWords(0, 42).equals(PRNGKey.of(42));   // true
     * }</pre>
     *
     * @param k0 the first word (uint32 bits)
     * @param k1 the second word (uint32 bits)
     * @return the key
     */
    public static PRNGKey fromWords(int k0, int k1) {
        return new PRNGKey(k0, k1, ThreefryMode.PARTITIONABLE);
    }

    /**
     * A key from raw key data and a mode.
     *
     * <pre>{@code
     * PRNGKey k = PRNGKey.fromWords(0x13198a2e, 0x03707344, ThreefryMode.LEGACY);
     * }</pre>
     *
     * @param k0 the first word (uint32 bits)
     * @param k1 the second word (uint32 bits)
     * @param mode the counter layout
     * @return the key
     */
    public static PRNGKey fromWords(int k0, int k1, ThreefryMode mode) {
        return new PRNGKey(k0, k1, mode);
    }

    /**
     * The key data, {@code jax.random.key_data(key)}.
     *
     * <pre>{@code
     * PRNGKey.of(7).words();   // {0, 7}
     * }</pre>
     *
     * @return a fresh array {@code {k0, k1}} (uint32 bits)
     */
    public int[] words() {
        return new int[] {k0, k1};
    }

    /**
     * The same key data with another mode.
     *
     * <pre>{@code
     * PRNGKey legacy = PRNGKey.of(0).withMode(ThreefryMode.LEGACY);
     * }</pre>
     *
     * @param newMode the counter layout
     * @return a key with the same words and {@code newMode}
     */
    public PRNGKey withMode(ThreefryMode newMode) {
        return new PRNGKey(k0, k1, newMode);
    }

    /**
     * Two new keys, {@code jax.random.split(key)}; both keep this key's mode.
     *
     * <pre>{@code
     * Tuple2<PRNGKey, PRNGKey> ks = PRNGKey.of(0).split();
     * ks._1;   // PRNGKey([1797259609, 2579123966], partitionable)
     * ks._2;   // PRNGKey([928981903, 3453687069], partitionable)
     * }</pre>
     *
     * @return {@code split(2)} as a pair
     */
    public Tuple2<PRNGKey, PRNGKey> split() {
        Vector<PRNGKey> two = split(2);
        return Tuple.of(two.get(0), two.get(1));
    }

    /**
     * {@code n} new keys, {@code jax.random.split(key, n)}; all keep this key's mode. In partitionable mode
     * key {@code i} equals {@code foldIn(i)}.
     *
     * <pre>{@code
     * Vector<PRNGKey> ks = PRNGKey.of(42).split(3);
     * ks.get(2);   // PRNGKey([2465931498, 255383827], partitionable)
     * }</pre>
     *
     * @param n how many keys, {@code >= 1}
     * @return the keys in JAX's order
     * @throws IllegalArgumentException if {@code n < 1} or {@code n > 2^30}
     */
    public Vector<PRNGKey> split(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("PRNGKey.split: expected n >= 1, got " + n);
        }
        if (n > 1 << 30) {
            throw new IllegalArgumentException("PRNGKey.split: expected n <= 2^30, got " + n
                    + ". Split in stages or use foldIn");
        }
        int[] w = new int[2 * n];
        if (mode == ThreefryMode.PARTITIONABLE) {
            BitStreams.longs(this, n, (hi, lo, start, len) -> {
                for (int j = 0; j < len; j++) {
                    w[2 * (start + j)] = hi[j];
                    w[2 * (start + j) + 1] = lo[j];
                }
            });
        } else {
            BitStreams.ints(this, 32, 2 * n, (vals, start, len) -> System.arraycopy(vals, 0, w, start, len));
        }
        return Vector.range(0, n).map(i -> new PRNGKey(w[2 * i], w[2 * i + 1], mode));
    }

    /**
     * A new key that mixes {@code data} into this one, {@code jax.random.fold_in(key, data)}: the same in
     * both modes, {@code threefry(key; 0, data)}. {@code data} is read as uint32, so {@code foldIn(-1)}
     * folds in 4294967295.
     *
     * <pre>{@code
     * PRNGKey.of(0).foldIn(1);   // PRNGKey([928981903, 3453687069], partitionable)
     * }</pre>
     *
     * @param data the uint32 bits to fold in
     * @return the new key, with this key's mode
     */
    public PRNGKey foldIn(int data) {
        long y = Threefry.hash(k0, k1, 0, data);
        return new PRNGKey((int) (y >>> 32), (int) y, mode);
    }

    /**
     * {@link #foldIn(int)} for a value given as a long, which must fit in uint32 (JAX raises
     * {@code OverflowError} for Python ints outside {@code [0, 2^32)}).
     *
     * <pre>{@code
     * PRNGKey.of(0).foldIn(4294967295L).equals(PRNGKey.of(0).foldIn(-1));   // true
     * }</pre>
     *
     * @param data a value in {@code [0, 2^32)}
     * @return the new key
     * @throws IllegalArgumentException if {@code data} is negative or {@code >= 2^32}
     */
    public PRNGKey foldIn(long data) {
        if (data < 0 || data > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("PRNGKey.foldIn: expected data in [0, 4294967295], got " + data
                    + ". Pass an int to fold in its uint32 bits");
        }
        return foldIn((int) data);
    }

    /**
     * Prints the key data unsigned and the mode: {@code PRNGKey([0, 42], partitionable)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PRNGKey([" + Integer.toUnsignedString(k0) + ", " + Integer.toUnsignedString(k1) + "], " + mode + ")";
    }
}
