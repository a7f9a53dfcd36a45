package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The models of {@code flax.jsonl} and {@code nn-extra.jsonl} written as Flaxen modules. Each factory takes
 * {@code wrap}, applied to every initializer, so a test can record the key each parameter receives. The Python source
 * of the custom ones is in the vectors' {@code model_source}; it is quoted above each.
 */
final class FlaxModels {
    private FlaxModels() {
    }

    /** Records the key of every initializer call, in call order. */
    static final class Capture implements UnaryOperator<Initializer> {
        final List<PRNGKey> keys = new ArrayList<>();

        @Override
        public Initializer apply(Initializer base) {
            return (key, shape, dtype) -> {
                keys.add(key);
                return base.init(key, shape, dtype);
            };
        }
    }

    static Dense dense(int features, UnaryOperator<Initializer> wrap) {
        return Dense.of(features).withKernelInit(wrap.apply(Initializers.lecunNormal()))
                .withBiasInit(wrap.apply(Initializers.zeros()));
    }

    /** The model named {@code name} in the vectors. */
    static Module byName(String name, UnaryOperator<Initializer> wrap) {
        return switch (name) {
            case "seq_default" -> Sequential.of(dense(8, wrap), Fn.relu(), dense(1, wrap));
            case "seq_normal" -> Sequential.of(
                    dense(8, wrap).withKernelInit(wrap.apply(Initializers.normal(0.01))), Fn.relu(),
                    dense(1, wrap).withKernelInit(wrap.apply(Initializers.normal(0.01))));
            case "seq_xavier_const" -> Sequential.of(
                    dense(8, wrap).withKernelInit(wrap.apply(Initializers.xavierUniform())), Fn.relu(),
                    dense(1, wrap).withKernelInit(wrap.apply(Initializers.constant(42))));
            case "mlp_auto" -> mlp(wrap, 6, 3);
            case "named_nested" -> top(wrap, 5, 3);
            case "setup_attrs" -> setupModel(wrap, 4, 2, 3);
            case "dense_nobias" -> dense(5, wrap).withUseBias(false);
            case "embed" -> Embed.of(10, 4).withEmbeddingInit(wrap.apply(Embed.of(10, 4).embeddingInit()));
            case "layernorm" -> LayerNorm.of().withScaleInit(wrap.apply(Initializers.ones()))
                    .withBiasInit(wrap.apply(Initializers.zeros()));
            case "conv" -> Conv.of(4, 3, 3).withKernelInit(wrap.apply(Initializers.lecunNormal()))
                    .withBiasInit(wrap.apply(Initializers.zeros()));
            default -> throw new IllegalArgumentException("no Java model for " + name);
        };
    }

    /*
     * class MLP(nn.Module):
     *     features: Sequence[int]
     *     @nn.compact
     *     def __call__(self, x):
     *         for f in self.features[:-1]:
     *             x = nn.relu(nn.Dense(f)(x))
     *         return nn.Dense(self.features[-1])(x)
     */
    static Module mlp(UnaryOperator<Initializer> wrap, int... features) {
        return Module.named("MLP", (scope, x) -> {
            Array h = x;
            for (int i = 0; i < features.length - 1; i++) {
                h = Activations.relu(scope.call(dense(features[i], wrap), h));
            }
            return scope.call(dense(features[features.length - 1], wrap), h);
        });
    }

    /*
     * class Leaf(nn.Module):           # nn.Dense(self.features)(x), auto-named Dense_0
     * class Middle(nn.Module):
     *     h = Leaf(self.features, name="leaf")(x)
     *     scale = self.param("scale", nn.initializers.normal(1.0), (self.features,))
     *     return nn.Dense(self.features, use_bias=False)(h) * scale
     * class Top(nn.Module):
     *     x = nn.Dense(self.hidden, name="input_proj")(x)
     *     x = Middle(self.out)(x)                                # Middle_0
     *     w = self.param("w_top", nn.initializers.lecun_normal(), (self.out, self.out))
     *     return x @ w
     */
    static Module top(UnaryOperator<Initializer> wrap, int hidden, int out) {
        Module leaf = Module.named("Leaf", (scope, x) -> scope.call(dense(out, wrap), x));
        Module middle = Module.named("Middle", (scope, x) -> {
            Array h = scope.call("leaf", leaf, x);
            Array scale = scope.param("scale", wrap.apply(Initializers.normal(1.0)), Shape.of(out));
            return scope.call(dense(out, wrap).withUseBias(false), h).mul(scale);
        });
        return Module.named("Top", (scope, x) -> {
            Array h = scope.call("input_proj", dense(hidden, wrap), x);
            h = scope.call(middle, h);
            Array w = scope.param("w_top", wrap.apply(Initializers.lecunNormal()), Shape.of(out, out));
            return h.matmul(w);
        });
    }

    /*
     * class SetupModel(nn.Module):
     *     def setup(self):
     *         self.encoder = nn.Dense(self.enc)
     *         self.heads = [nn.Dense(self.h0), nn.Dense(self.h1)]
     *     def __call__(self, x):
     *         h = nn.relu(self.encoder(x))
     *         return self.heads[0](h), self.heads[1](h)
     * setup() attribute names become explicit names; the two outputs are concatenated (Flaxen modules return one
     * array; the vectors have no apply output for this model).
     */
    static Module setupModel(UnaryOperator<Initializer> wrap, int enc, int h0, int h1) {
        return Module.named("SetupModel", (scope, x) -> {
            Array h = Activations.relu(scope.call("encoder", dense(enc, wrap), x));
            Array a = scope.call("heads_0", dense(h0, wrap), h);
            Array b = scope.call("heads_1", dense(h1, wrap), h);
            return Array.concatenate(Vector.of(a, b), -1);
        });
    }
}
