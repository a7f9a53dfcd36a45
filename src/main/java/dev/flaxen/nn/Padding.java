package dev.flaxen.nn;

import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * How {@link Conv} pads its spatial axes, as {@code lax.conv_general_dilated} does: {@link #SAME} (output size
 * {@code ceil(in / stride)}, the total padding split with the smaller half first), {@link #VALID} (no padding) or
 * explicit {@code (low, high)} pairs per spatial axis.
 *
 * <pre>{@code
 * Conv.of(4, 3, 3).withPadding(Padding.VALID);
 * Conv.of(4, 3, 3).withPadding(Padding.explicit(1, 0, 2, 1));   // Flax's padding=((1, 0), (2, 1))
 * }</pre>
 *
 * @param mode {@code SAME}, {@code VALID} or {@code EXPLICIT}
 * @param pairs for {@code EXPLICIT}, {@code [heightLow, heightHigh, widthLow, widthHigh]}; empty otherwise
 */
public record Padding(String mode, Vector<Integer> pairs) {
    /** Output size {@code ceil(in / stride)}: Flax's default {@code padding='SAME'}. */
    public static final Padding SAME = new Padding("SAME", Vector.empty());
    /** No padding: {@code padding='VALID'}. */
    public static final Padding VALID = new Padding("VALID", Vector.empty());

    /**
     * Checks the mode and the pairs.
     *
     * @param mode the mode
     * @param pairs the pairs
     * @throws IllegalArgumentException if the mode is unknown or an explicit padding does not have 4 numbers
     */
    public Padding {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pairs, "pairs");
        boolean explicit = mode.equals("EXPLICIT");
        if (!explicit && !mode.equals("SAME") && !mode.equals("VALID")) {
            throw new IllegalArgumentException("Padding: expected SAME, VALID or EXPLICIT, got " + mode);
        }
        if (explicit ? pairs.size() != 4 || pairs.contains(null) : !pairs.isEmpty()) {
            throw new IllegalArgumentException("Padding: expected " + (explicit ? "4 numbers" : "no numbers")
                    + " for " + mode + ", got " + pairs);
        }
    }

    /**
     * The same padding {@code p} on both sides of both spatial axes (Flax's {@code padding=p}).
     *
     * <pre>{@code
     * Padding.of(1);   // ((1, 1), (1, 1))
     * }</pre>
     *
     * @param p the padding of every side
     * @return the padding
     */
    public static Padding of(int p) {
        return explicit(p, p, p, p);
    }

    /**
     * Explicit padding, Flax's {@code padding=((heightLow, heightHigh), (widthLow, widthHigh))}.
     *
     * <pre>{@code
     * Padding.explicit(1, 0, 2, 1);
     * }</pre>
     *
     * @param heightLow rows added before
     * @param heightHigh rows added after
     * @param widthLow columns added before
     * @param widthHigh columns added after
     * @return the padding
     */
    public static Padding explicit(int heightLow, int heightHigh, int widthLow, int widthHigh) {
        return new Padding("EXPLICIT", Vector.of(heightLow, heightHigh, widthLow, widthHigh));
    }

    /** {@code {low, high}} for spatial axis {@code axis} (0 height, 1 width). */
    int[] lowHigh(int axis, int in, int kernel, int stride, int dilation) {
        return switch (mode) {
            case "VALID" -> new int[] {0, 0};
            case "EXPLICIT" -> new int[] {pairs.get(2 * axis), pairs.get(2 * axis + 1)};
            default -> {
                int out = (in + stride - 1) / stride;
                int total = Math.max((out - 1) * stride + (kernel - 1) * dilation + 1 - in, 0);
                yield new int[] {total / 2, total - total / 2};
            }
        };
    }

    @Override
    public String toString() {
        return mode.equals("EXPLICIT") ? "((" + pairs.get(0) + ", " + pairs.get(1) + "), (" + pairs.get(2) + ", "
                + pairs.get(3) + "))" : mode;
    }
}
