package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.Random;
import io.vavr.collection.Vector;

/**
 * The models of {@code nn-extra.jsonl} ({@code gen_nn.py}) written as Flaxen modules; the Python classes are quoted
 * above the custom ones.
 */
final class ExtraModels {
    private ExtraModels() {
    }

    /** The model of a case; {@code train} picks BnMlp's mode (Flax passes it to {@code __call__}). */
    static Module byName(String name, boolean train) {
        return switch (name) {
            case "dropout_root" -> Dropout.of(0.5);
            case "dropout_seq" -> Sequential.of(Dense.of(6), Dropout.of(0.3), Dense.of(2));
            case "two_dropouts" -> twoDropouts();
            case "shared_dropout" -> sharedDropout();
            case "shared_dense" -> sharedDense();
            case "noisy_scale", "noisy_scale_rngs" -> noisyScale();
            case "batchnorm" -> BatchNorm.of();
            case "batchnorm_eval" -> BatchNorm.of().withUseRunningAverage(true);
            case "bn_mlp" -> bnMlp(train);
            case "pair_dense_bf16" -> Dense.of(3).withParamDtype(DType.BF16);
            case "dense_3d" -> Dense.of(3);
            case "embed" -> Embed.of(10, 4);
            case "layernorm" -> LayerNorm.of();
            case "layernorm_noscale" -> LayerNorm.of().withUseScale(false).withEpsilon(1e-3);
            case "conv_same_s2" -> Conv.of(3, 3, 3).withStrides(Vector.of(2, 2));
            case "conv_valid" -> Conv.of(4, 2, 3).withPadding(Padding.VALID);
            case "conv_explicit" -> Conv.of(2, 3, 3).withPadding(Padding.explicit(1, 0, 2, 1)).withUseBias(false);
            case "conv_dilated" -> Conv.of(2, 3, 3).withKernelDilation(Vector.of(2, 2));
            case "conv_s21_valid" -> Conv.of(3, 3, 2).withStrides(Vector.of(2, 1)).withPadding(Padding.VALID);
            case "seq_default_sep" -> Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
            default -> throw new IllegalArgumentException("no Java model for " + name);
        };
    }

    /*
     * class TwoDropouts(nn.Module):
     *     x = nn.Dense(4)(x)
     *     return nn.Dropout(0.5, deterministic=False)(x) + nn.Dropout(0.25, deterministic=False)(x)
     */
    static Module twoDropouts() {
        return Module.named("TwoDropouts", (scope, x) -> {
            Array h = scope.call(Dense.of(4), x);
            return scope.call(Dropout.of(0.5), h).add(scope.call(Dropout.of(0.25), h));
        });
    }

    /*
     * class SharedDropout(nn.Module):
     *     d = nn.Dropout(0.5, deterministic=False, name="drop")
     *     return d(x) * 2.0 + d(x)
     */
    static Module sharedDropout() {
        return Module.named("SharedDropout", (scope, x) -> {
            Dropout d = Dropout.of(0.5);
            return scope.call("drop", d, x).mul(2.0).add(scope.call("drop", d, x));
        });
    }

    /*
     * class SharedDense(nn.Module):
     *     d = nn.Dense(x.shape[-1], name="shared")
     *     return d(nn.relu(d(x)))
     */
    static Module sharedDense() {
        return Module.named("SharedDense", (scope, x) -> {
            Dense d = Dense.of(x.shape().dim(-1));
            return scope.call("shared", d, Activations.relu(scope.call("shared", d, x)));
        });
    }

    /*
     * class NoisyScale(nn.Module):
     *     noise = jax.random.normal(self.make_rng("noise"), x.shape)
     *     w = self.param("w", nn.initializers.normal(1.0), (x.shape[-1],))
     *     return x * w + noise
     */
    static Module noisyScale() {
        return Module.named("NoisyScale", (scope, x) -> {
            Array noise = Random.normal(scope.makeRng("noise"), x.shape());
            Array w = scope.param("w", Initializers.normal(1.0), Shape.of(x.shape().dim(-1)));
            return x.mul(w).add(noise);
        });
    }

    /*
     * class BnMlp(nn.Module):
     *     def __call__(self, x, train: bool = True):
     *         x = nn.Dense(5)(x)
     *         x = nn.BatchNorm(use_running_average=not train)(x)
     *         return nn.Dense(2)(nn.relu(x))
     */
    static Module bnMlp(boolean train) {
        return Module.named("BnMlp", (scope, x) -> {
            Array h = scope.call(Dense.of(5), x);
            h = scope.call(BatchNorm.of().withUseRunningAverage(!train), h);
            return scope.call(Dense.of(2), Activations.relu(h));
        });
    }

    /*
     * class Pair(nn.Module):
     *     def __call__(self, x, y):
     *         return nn.Dense(3)(x) + nn.Dense(3)(y)
     */
    static MultiInputModule pair() {
        return MultiInputModule.named("Pair", (scope, xs) -> scope.call(Dense.of(3), xs[0])
                .add(scope.call(Dense.of(3), xs[1])));
    }
}
