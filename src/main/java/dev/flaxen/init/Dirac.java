package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.BitSet;
import java.util.Objects;

/**
 * PyTorch's {@code dirac_(groups)}: a convolution kernel that passes its input through, on Flaxen's layout
 * {@code (k1[, k2[, k3]], in, out)} (PyTorch's is {@code (out, in, k...)}). With {@code per = out / groups}, every
 * group {@code g} and channel {@code d < min(per, in)} gets a 1 at {@code [k1/2, ..., d, g*per + d]} (the centre index
 * is {@code k / 2}, rounded down, as PyTorch); everything else is 0. The key is ignored.
 *
 * <p>Config: {@code flaxen>Dirac {groups}}.
 *
 * <pre>{@code
 * TorchInitializers.dirac().init(PRNGKey.of(0), Shape.of(3, 3, 4, 4));   // identity at the centre tap
 * }</pre>
 *
 * @param groups the number of groups, {@code >= 1}, dividing the output channels
 */
public record Dirac(int groups) implements Initializer {
    private static final String OP = "TorchInitializers.dirac";

    /**
     * Checks the groups.
     *
     * @param groups the {@code groups} component (see the class comment)
     * @throws IllegalArgumentException if {@code groups < 1}
     */
    public Dirac {
        if (groups < 1) {
            throw new IllegalArgumentException(OP + ": expected groups >= 1, got " + groups);
        }
    }

    /**
     * Makes the kernel.
     *
     * @param key ignored (may be null)
     * @param shape a shape of rank 3 to 5 whose last dimension is divisible by {@code groups}
     * @param dtype any dtype
     * @return the kernel
     * @throws IllegalArgumentException if the shape does not qualify
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Objects.requireNonNull(dtype, "dtype");
        Checks.rankBetween(OP, shape, 3, 5);
        int in = shape.dim(-2);
        int out = shape.dim(-1);
        if (out % groups != 0) {
            throw new IllegalArgumentException(OP + ": expected shape[-1] (out channels) divisible by groups="
                    + groups + ", got " + shape);
        }
        int per = out / groups;
        int centre = 0;
        for (int axis = 0; axis < shape.rank() - 2; axis++) {
            centre = centre * shape.dim(axis) + shape.dim(axis) / 2;
        }
        BitSet ones = new BitSet();
        for (int g = 0; g < groups; g++) {
            for (int d = 0; d < Math.min(per, in); d++) {
                ones.set((centre * in + d) * out + g * per + d);
            }
        }
        return Numerics.build(shape, dtype, i -> ones.get(i) ? 1 : 0);
    }

    /**
     * {@code flaxen>Dirac {"groups": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().integer("groups", groups).build(ConfigWriter.FLAXEN + "Dirac");
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new Dirac(r.integer("groups", 1)));
    }
}
