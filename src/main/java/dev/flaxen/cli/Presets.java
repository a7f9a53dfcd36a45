package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Sequential;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named models with their sample inputs, for {@code flaxen init} and for benchmarks: a multi-layer perceptron
 * ({@code mlp:784,512,10}) and GPT-2-shaped transformers ({@code gpt2-small}, {@code gpt2:V,T,D,L,H}). Each is an
 * ordinary Flaxen {@link Module}, so {@code init} gives the tree Flax gives for the equivalent Flax module, bit for
 * bit ({@code docs/cli.md} has the Flax code).
 *
 * <pre>{@code
 * Model gpt2 = Presets.gpt2Small();
 * gpt2.initShapes().get("params/h_0/attn/c_attn/kernel");   // Some(float32[768,2304]), no parameter memory used
 * FrozenDict<Array> params = gpt2.init(PRNGKey.of(0));      // 124,439,808 parameters, Flax's bit for bit
 * Presets.of("mlp:784,512,10").name();                      // "mlp:784,512,10"
 * }</pre>
 */
public final class Presets {
    private static final Pattern MLP = Pattern.compile("mlp:(\\d{1,9}(?:,\\d{1,9})*)");
    private static final Pattern GPT2 = Pattern.compile("gpt2:(\\d{1,9}),(\\d{1,9}),(\\d{1,9}),(\\d{1,9}),(\\d{1,9})");
    private static final String NAMES = "mlp:784,512,10, gpt2-small or gpt2:V,T,D,L,H";

    private Presets() {
    }

    /**
     * A multi-layer perceptron, Flax's {@code nn.Sequential([nn.Dense(w1), nn.relu, ..., nn.Dense(wn)])} with the
     * default initializers: one {@code Dense} per width after the first, {@code relu} between them (not after the
     * last). The sample input is float32 zeros of shape {@code (1, widths[0])}, batch size 1. Parameters are named
     * {@code params/layers_0/kernel}, {@code params/layers_2/...} (the activations take the odd indices).
     *
     * <pre>{@code
     * Presets.mlp(784, 512, 10).initShapes().get("params/layers_2/kernel");   // Some(float32[512,10])
     * }</pre>
     *
     * @param widths the input width, then each layer's output width; at least two, all positive
     * @return the model, named {@code mlp:<widths>}
     * @throws IllegalArgumentException if fewer than two widths are given or one is not positive
     */
    public static Model mlp(int... widths) {
        return mlp(UnaryOperator.identity(), widths);
    }

    /**
     * GPT-2 small's parameter tree as a real model ({@link Gpt2Config#SMALL}): 124,439,808 parameters, the count
     * Hugging Face's {@code GPT2Model} has. Its sample input is int32 token ids of shape {@code (1, 1)}, as Hugging
     * Face initialises GPT-2. See {@link #gpt2(Gpt2Config)} for the tree.
     *
     * <pre>{@code
     * Model gpt2 = Presets.gpt2Small();
     * gpt2.module().init(PRNGKey.of(0), gpt2.input());   // what the benchmark of model.init measures
     * }</pre>
     *
     * @return the model, named {@code gpt2-small}
     */
    public static Model gpt2Small() {
        return gpt2(Gpt2Config.SMALL, "gpt2-small", UnaryOperator.identity());
    }

    /**
     * A GPT-2-shaped transformer of any size. The tree follows Hugging Face's {@code FlaxGPT2Model} names
     * without its {@code transformer} level and with {@code h_<i>} for its {@code h/<i>}: {@code params/wte/embedding}
     * {@code (V, D)}, {@code params/wpe/embedding} {@code (T, D)}, per block {@code params/h_<i>/ln_1/{scale,bias}},
     * {@code attn/c_attn/{kernel (D, 3D), bias}}, {@code attn/c_proj/{kernel (D, D), bias}}, {@code ln_2},
     * {@code mlp/c_fc/{kernel (D, 4D), bias}}, {@code mlp/c_proj/{kernel (4D, D), bias}}, and {@code params/ln_f}.
     * Kernels are {@code Dense} kernels {@code (in, out)}; Hugging Face stores its {@code Conv1D} kernels transposed.
     * Embeddings and kernels are {@code normal(0.02)}, biases zero, layer-norm scales one. The sample input is int32
     * token ids of shape {@code (1, 1)}; the output is the last hidden state.
     *
     * <pre>{@code
     * Presets.gpt2(new Gpt2Config(1000, 64, 64, 2, 4)).initShapes().get("params/h_1/mlp/c_fc/kernel");
     * // Some(float32[64,256]): a small model of the same structure
     * }</pre>
     *
     * @param config the sizes
     * @return the model, named {@code gpt2:V,T,D,L,H} ({@code gpt2-small} for {@link Gpt2Config#SMALL})
     */
    public static Model gpt2(Gpt2Config config) {
        Objects.requireNonNull(config, "config");
        String name = config.equals(Gpt2Config.SMALL) ? "gpt2-small" : gpt2Name(config);
        return gpt2(config, name, UnaryOperator.identity());
    }

    /**
     * The preset a name stands for: {@code mlp:<w0>,<w1>,...} ({@link #mlp}), {@code gpt2-small}
     * ({@link #gpt2Small}) or {@code gpt2:<vocab>,<context>,<dModel>,<layers>,<heads>} ({@link #gpt2(Gpt2Config)}).
     *
     * <pre>{@code
     * Presets.of("mlp:784,512,10").name();   // "mlp:784,512,10"
     * Presets.of("gpt2:1000,64,64,2,4");     // = Presets.gpt2(new Gpt2Config(1000, 64, 64, 2, 4))
     * }</pre>
     *
     * @param name the preset's name
     * @return the model
     * @throws IllegalArgumentException if the name is no preset, or its sizes are invalid
     */
    public static Model of(String name) {
        return of(name, UnaryOperator.identity());
    }

    /**
     * Whether a name has the form of a preset (whatever its sizes).
     *
     * <pre>{@code
     * Presets.isPreset("gpt2-small");   // true
     * Presets.isPreset("net.json");     // false
     * }</pre>
     *
     * @param name a name
     * @return true for {@code mlp:...}, {@code gpt2-small} and {@code gpt2:...}
     */
    public static boolean isPreset(String name) {
        return name.startsWith("mlp:") || name.startsWith("gpt2:") || name.equals("gpt2-small");
    }

    /** {@link #of(String)}; {@code layer} is applied to every layer with parameters the model is made of. */
    static Model of(String name, UnaryOperator<Module> layer) {
        Objects.requireNonNull(name, "name");
        if (name.equals("gpt2-small")) {
            return gpt2(Gpt2Config.SMALL, name, layer);
        }
        Matcher m = MLP.matcher(name);
        if (m.matches()) {
            return mlp(layer, parse(m.group(1)));
        }
        Matcher g = GPT2.matcher(name);
        if (g.matches()) {
            Gpt2Config c = new Gpt2Config(Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2)),
                    Integer.parseInt(g.group(3)), Integer.parseInt(g.group(4)), Integer.parseInt(g.group(5)));
            return gpt2(c, name, layer);
        }
        throw new IllegalArgumentException("Presets.of: expected a preset (" + NAMES + "), got \"" + name + "\"");
    }

    private static int[] parse(String widths) {
        String[] parts = widths.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    static Model mlp(UnaryOperator<Module> layer, int... widths) {
        Objects.requireNonNull(widths, "widths");
        StringBuilder name = new StringBuilder("mlp:");
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] <= 0) {
                throw new IllegalArgumentException("Presets.mlp: expected positive widths, got " + widths[i]
                        + " at index " + i);
            }
            name.append(i == 0 ? "" : ",").append(widths[i]);
        }
        if (widths.length < 2) {
            throw new IllegalArgumentException("Presets.mlp: expected at least 2 widths (input and output), got "
                    + widths.length);
        }
        List<Module> layers = new ArrayList<>();
        for (int i = 1; i < widths.length; i++) {
            layers.add(layer.apply(Dense.of(widths[i])));
            if (i < widths.length - 1) {
                layers.add(Fn.relu());
            }
        }
        return new Model(name.toString(), Sequential.of(layers.toArray(new Module[0])),
                Array.zeros(Shape.of(1, widths[0]), DType.F32));
    }

    private static Model gpt2(Gpt2Config c, String name, UnaryOperator<Module> layer) {
        return new Model(name, Gpt2.module(c, layer), Array.zeros(Shape.of(1, 1), DType.I32));
    }

    private static String gpt2Name(Gpt2Config c) {
        return "gpt2:" + c.vocabSize() + "," + c.contextLength() + "," + c.dModel() + "," + c.numLayers() + ","
                + c.numHeads();
    }
}
