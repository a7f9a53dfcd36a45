package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import dev.flaxen.nn.Activations;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import java.util.function.UnaryOperator;

/**
 * GPT-2 as a Flaxen module built from {@link Embed}, {@link LayerNorm} and {@link Dense}: token and position
 * embeddings, pre-norm blocks of causal self-attention and a GELU MLP, a final layer norm. The output is the last
 * hidden state {@code (batch, tokens, dModel)} (Hugging Face's {@code FlaxGPT2Model}; the language-model head is tied
 * to {@code wte} and has no parameters of its own). Initialisation is GPT-2's: {@code normal(0.02)} for embeddings
 * and kernels, zero biases, unit layer-norm scales; layer-norm epsilon 1e-5.
 */
final class Gpt2 {
    private static final Initializer NORMAL = Initializers.normal(0.02);
    private static final double EPSILON = 1e-5;

    private Gpt2() {
    }

    /** The model; {@code layer} is applied to every Embed, LayerNorm and Dense it is made of. */
    static Module module(Gpt2Config c, UnaryOperator<Module> layer) {
        Module wte = layer.apply(Embed.builder().numEmbeddings(c.vocabSize()).features(c.dModel())
                .embeddingInit(NORMAL).build());
        Module wpe = layer.apply(Embed.builder().numEmbeddings(c.contextLength()).features(c.dModel())
                .embeddingInit(NORMAL).build());
        Module[] blocks = new Module[c.numLayers()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = block(c, layer);
        }
        Module lnF = layer.apply(layerNorm());
        return Module.named("GPT2", (scope, tokens) -> {
            int t = tokens.shape().rank() == 0 ? 0 : tokens.shape().dim(-1);
            if (t < 1 || t > c.contextLength()) {
                throw new IllegalArgumentException(scope.op() + ": expected tokens of shape (batch, 1.."
                        + c.contextLength() + "), got " + tokens.shape());
            }
            Array x = scope.call("wte", wte, tokens).add(scope.call("wpe", wpe, Array.arange(t)));
            for (int i = 0; i < blocks.length; i++) {
                x = scope.call("h_" + i, blocks[i], x);
            }
            return scope.call("ln_f", lnF, x);
        });
    }

    private static Module block(Gpt2Config c, UnaryOperator<Module> layer) {
        Module ln1 = layer.apply(layerNorm());
        Module attn = attention(c, layer);
        Module ln2 = layer.apply(layerNorm());
        Module mlp = mlp(c, layer);
        return Module.named("Block", (scope, x) -> {
            Array h = x.add(scope.call("attn", attn, scope.call("ln_1", ln1, x)));
            return h.add(scope.call("mlp", mlp, scope.call("ln_2", ln2, h)));
        });
    }

    private static Module attention(Gpt2Config c, UnaryOperator<Module> layer) {
        int d = c.dModel();
        Module cAttn = layer.apply(dense(3 * d));
        Module cProj = layer.apply(dense(d));
        return Module.named("Attention", (scope, x) -> {
            Array qkv = scope.call("c_attn", cAttn, x);
            Array q = heads(qkv.slice(-1, 0, d), c.numHeads());
            Array k = heads(qkv.slice(-1, d, 2 * d), c.numHeads());
            Array v = heads(qkv.slice(-1, 2 * d, 3 * d), c.numHeads());
            Array scores = q.div(Math.sqrt(d / c.numHeads())).matmul(k.swapAxes(-1, -2));
            Array weights = Activations.softmax(Array.where(causalMask(x.shape().dim(-2)), scores,
                    Array.scalar(-Float.MAX_VALUE, DType.F32)), -1);
            return scope.call("c_proj", cProj, merge(weights.matmul(v)));
        });
    }

    private static Module mlp(Gpt2Config c, UnaryOperator<Module> layer) {
        Module cFc = layer.apply(dense(4 * c.dModel()));
        Module cProj = layer.apply(dense(c.dModel()));
        return Module.named("MLP", (scope, x) ->
                scope.call("c_proj", cProj, Activations.gelu(scope.call("c_fc", cFc, x))));
    }

    /** {@code (..., t, d)} to {@code (..., heads, t, d / heads)}. */
    private static Array heads(Array x, int heads) {
        Shape s = x.shape();
        int r = s.rank();
        int[] dims = new int[r + 1];
        for (int i = 0; i < r - 1; i++) {
            dims[i] = s.dim(i);
        }
        dims[r - 1] = heads;
        dims[r] = s.dim(-1) / heads;
        return x.reshape(dims).swapAxes(r - 2, r - 1);
    }

    /** {@code (..., heads, t, dh)} back to {@code (..., t, heads * dh)}. */
    private static Array merge(Array x) {
        int r = x.shape().rank();
        Array y = x.swapAxes(r - 3, r - 2);
        int[] dims = new int[r - 1];
        for (int i = 0; i < r - 2; i++) {
            dims[i] = y.shape().dim(i);
        }
        dims[r - 2] = y.shape().dim(-2) * y.shape().dim(-1);
        return y.reshape(dims);
    }

    /** {@code mask[i, j] = j <= i}. */
    private static Array causalMask(int t) {
        Array i = Array.arange(t).reshape(t, 1);
        Array j = Array.arange(t).reshape(1, t);
        return i.ge(j);
    }

    private static Dense dense(int features) {
        return Dense.builder().features(features).kernelInit(NORMAL).build();
    }

    private static LayerNorm layerNorm() {
        return LayerNorm.builder().epsilon(EPSILON).build();
    }
}
