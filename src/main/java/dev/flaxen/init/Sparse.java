package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.BitSet;
import java.util.Objects;

/**
 * PyTorch's {@code sparse_(sparsity, std)} (Martens, 2010): normal weights with, for every input unit, a fraction
 * {@code sparsity} of its outgoing weights set to zero. PyTorch's weight is {@code (out, in)} and it zeroes
 * {@code ceil(sparsity * out)} entries of every column; on Flaxen's {@code (in, out)} kernel that is every row. On
 * JAX's samplers:
 * <pre>
 * kv, kz = jax.random.split(key)
 * w = jax.random.normal(kv, (in, out), dtype) * dtype(std)
 * for i, k in enumerate(jax.random.split(kz, in)):
 *     w[i, jax.random.permutation(k, out)[:ceil(sparsity * out)]] = 0
 * </pre>
 *
 * <p>Config: {@code flaxen>Sparse {sparsity, std}}.
 *
 * <pre>{@code
 * TorchInitializers.sparse(0.9, 0.01).init(PRNGKey.of(0), Shape.of(100, 50));   // 45 zeros in every row
 * }</pre>
 *
 * @param sparsity the fraction of zeros per input unit, in {@code [0, 1]}
 * @param std the standard deviation of the non-zero weights, {@code > 0}
 */
public record Sparse(double sparsity, double std) implements Initializer {
    private static final String OP = "TorchInitializers.sparse";

    /**
     * Checks the arguments.
     *
     * @param sparsity the {@code sparsity} component (see the class comment)
     * @param std the {@code std} component (see the class comment)
     * @throws IllegalArgumentException unless {@code 0 <= sparsity <= 1} and {@code std > 0}
     */
    public Sparse {
        if (!(sparsity >= 0 && sparsity <= 1)) {
            throw new IllegalArgumentException(OP + ": expected sparsity in [0, 1], got " + sparsity);
        }
        Checks.positive(OP, "std", std);
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape a rank-2 shape {@code (in, out)}
     * @param dtype a floating dtype
     * @return the sparse matrix
     * @throws IllegalArgumentException if the dtype is not floating or the shape is not rank 2
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating(OP, Objects.requireNonNull(dtype, "dtype"));
        Checks.rankBetween(OP, shape, 2, 2);
        Objects.requireNonNull(key, "key");
        int in = shape.dim(0);
        int out = shape.dim(1);
        int zeros = (int) Math.ceil(sparsity * out);
        Tuple2<PRNGKey, PRNGKey> ks = key.split();
        double[] w = Random.normal(ks._1, shape, dtype, 0, std)
                .toDoubleArray();
        BitSet zero = new BitSet();
        Vector<PRNGKey> rowKeys = in == 0 ? Vector.empty() : ks._2.split(in);
        for (int i = 0; i < in; i++) {
            int[] perm = Random.permutation(rowKeys.get(i), out).toIntArray();
            for (int j = 0; j < zeros; j++) {
                zero.set(i * out + perm[j]);
            }
        }
        return Numerics.build(shape, dtype, i -> zero.get(i) ? 0 : w[i]);
    }

    /**
     * {@code flaxen>Sparse {"sparsity": ..., "std": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("sparsity", sparsity).number("std", std).build(ConfigWriter.FLAXEN + "Sparse");
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new Sparse(r.number("sparsity"), r.number("std", 0.01)));
    }
}
