package dev.flaxen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.nn.BatchNorm;
import dev.flaxen.nn.Conv;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Dropout;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Padding;
import dev.flaxen.nn.Sequential;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The layers of the model JSON schema ({@code docs/cli.md}): one reader per {@code "type"}, keys named as Flax names
 * the attributes ({@code features}, {@code use_bias}, {@code kernel_init}, ...).
 */
final class JsonLayers {
    /** Every type, in the order error messages list them. */
    static final List<String> TYPES = List.of("Dense", "Conv", "Embed", "LayerNorm", "BatchNorm", "Dropout",
            "Sequential", "relu", "gelu", "silu", "tanh", "sigmoid", "softmax", "leaky_relu", "elu", "flatten");

    private final JsonFields.Errors errors;
    private final UnaryOperator<Module> layer;

    JsonLayers(JsonFields.Errors errors, UnaryOperator<Module> layer) {
        this.errors = errors;
        this.layer = layer;
    }

    /** The layer described by {@code node}, found at {@code path}. */
    Module read(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw errors.expected("a layer object with a \"type\"", node, path, "");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.textValue())) {
            throw errors.expected("a layer type (" + String.join(", ", TYPES) + ")", type, path + ".type", "");
        }
        try {
            return build(type.textValue(), node, path);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(errors.op() + ":")) {
                throw e;
            }
            throw errors.wrap(e, path);
        }
    }

    private Module build(String type, JsonNode node, String path) {
        switch (type) {
            case "Dense": return layer.apply(dense(fields(node, path, type, "features", "use_bias", "kernel_init",
                    "bias_init", "param_dtype", "dtype")));
            case "Conv": return layer.apply(conv(fields(node, path, type, "features", "kernel_size", "strides",
                    "padding", "kernel_dilation", "use_bias", "kernel_init", "bias_init", "param_dtype", "dtype")));
            case "Embed": return layer.apply(embed(fields(node, path, type, "num_embeddings", "features",
                    "embedding_init", "param_dtype", "dtype")));
            case "LayerNorm": return layer.apply(layerNorm(fields(node, path, type, "epsilon", "use_scale",
                    "use_bias", "scale_init", "bias_init", "param_dtype")));
            case "BatchNorm": return layer.apply(batchNorm(fields(node, path, type, "use_running_average",
                    "momentum", "epsilon", "use_scale", "use_bias", "scale_init", "bias_init", "param_dtype")));
            case "Dropout": return dropout(fields(node, path, type, "rate", "deterministic", "broadcast_dims",
                    "rng_collection"));
            case "Sequential": return sequential(fields(node, path, type, "layers"));
            default: return activation(type, node, path);
        }
    }

    private JsonFields fields(JsonNode node, String path, String type, String... keys) {
        List<String> all = new ArrayList<>(List.of("type"));
        all.addAll(List.of(keys));
        return JsonFields.of(errors, node, path, type, all);
    }

    private static Dense dense(JsonFields f) {
        Dense.Builder b = Dense.builder().features(f.requiredPositiveInt("features"));
        f.bool("use_bias").ifPresent(b::useBias);
        f.initializer("kernel_init").ifPresent(b::kernelInit);
        f.initializer("bias_init").ifPresent(b::biasInit);
        f.dtype("param_dtype").ifPresent(b::paramDtype);
        f.dtype("dtype").ifPresent(b::dtype);
        return b.build();
    }

    private static Conv conv(JsonFields f) {
        Conv.Builder b = Conv.builder().features(f.requiredPositiveInt("features"))
                .kernelSize(f.pair("kernel_size").orElseThrow(() -> f.errors().expected("[height, width] of positive"
                        + " integers", null, f.at("kernel_size"), "")));
        f.pair("strides").ifPresent(b::strides);
        padding(f).ifPresent(b::padding);
        f.pair("kernel_dilation").ifPresent(b::kernelDilation);
        f.bool("use_bias").ifPresent(b::useBias);
        f.initializer("kernel_init").ifPresent(b::kernelInit);
        f.initializer("bias_init").ifPresent(b::biasInit);
        f.dtype("param_dtype").ifPresent(b::paramDtype);
        f.dtype("dtype").ifPresent(b::dtype);
        return b.build();
    }

    /** {@code "SAME"}, {@code "VALID"}, an integer {@code p}, or {@code [[top, bottom], [left, right]]}. */
    private static Optional<Padding> padding(JsonFields f) {
        JsonNode v = f.get("padding");
        if (v == null) {
            return Optional.empty();
        }
        if (v.isTextual() && (v.textValue().equals("SAME") || v.textValue().equals("VALID"))) {
            return Optional.of(v.textValue().equals("SAME") ? Padding.SAME : Padding.VALID);
        }
        if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 0) {
            return Optional.of(Padding.of(v.intValue()));
        }
        if (v.isArray() && v.size() == 2 && v.get(0).isArray() && v.get(0).size() == 2 && v.get(1).isArray()
                && v.get(1).size() == 2) {
            int[] p = new int[4];
            for (int i = 0; i < 4; i++) {
                JsonNode e = v.get(i / 2).get(i % 2);
                if (!e.isIntegralNumber() || !e.canConvertToInt() || e.intValue() < 0) {
                    throw f.errors().expected("a padding >= 0", e, f.at("padding") + "[" + i / 2 + "][" + i % 2 + "]",
                            "");
                }
                p[i] = e.intValue();
            }
            return Optional.of(Padding.explicit(p[0], p[1], p[2], p[3]));
        }
        throw f.errors().expected("\"SAME\", \"VALID\", an integer >= 0 or [[top, bottom], [left, right]]", v,
                f.at("padding"), "");
    }

    private static Embed embed(JsonFields f) {
        Embed.Builder b = Embed.builder().numEmbeddings(f.requiredPositiveInt("num_embeddings"))
                .features(f.requiredPositiveInt("features"));
        f.initializer("embedding_init").ifPresent(b::embeddingInit);
        f.dtype("param_dtype").ifPresent(b::paramDtype);
        f.dtype("dtype").ifPresent(b::dtype);
        return b.build();
    }

    private static LayerNorm layerNorm(JsonFields f) {
        LayerNorm.Builder b = LayerNorm.builder();
        f.number("epsilon").ifPresent(b::epsilon);
        f.bool("use_scale").ifPresent(b::useScale);
        f.bool("use_bias").ifPresent(b::useBias);
        f.initializer("scale_init").ifPresent(b::scaleInit);
        f.initializer("bias_init").ifPresent(b::biasInit);
        f.dtype("param_dtype").ifPresent(b::paramDtype);
        return b.build();
    }

    private static BatchNorm batchNorm(JsonFields f) {
        BatchNorm.Builder b = BatchNorm.builder();
        f.bool("use_running_average").ifPresent(b::useRunningAverage);
        f.number("momentum").ifPresent(b::momentum);
        f.number("epsilon").ifPresent(b::epsilon);
        f.bool("use_scale").ifPresent(b::useScale);
        f.bool("use_bias").ifPresent(b::useBias);
        f.initializer("scale_init").ifPresent(b::scaleInit);
        f.initializer("bias_init").ifPresent(b::biasInit);
        f.dtype("param_dtype").ifPresent(b::paramDtype);
        return b.build();
    }

    private static Dropout dropout(JsonFields f) {
        JsonNode rate = f.required("rate", "a number");
        if (!rate.isNumber()) {
            throw f.errors().expected("a number", rate, f.at("rate"), "");
        }
        Dropout.Builder b = Dropout.builder().rate(rate.doubleValue());
        f.bool("deterministic").ifPresent(b::deterministic);
        f.ints("broadcast_dims", Integer.MIN_VALUE, "axes (integers)").ifPresent(b::broadcastDims);
        f.string("rng_collection").ifPresent(b::rngCollection);
        return b.build();
    }

    private Sequential sequential(JsonFields f) {
        JsonNode layers = f.required("layers", "an array of layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw errors.expected("a non-empty array of layers", layers, f.at("layers"), "");
        }
        List<Module> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            out.add(read(layers.get(i), f.at("layers") + "[" + i + "]"));
        }
        return Sequential.of(out.toArray(new Module[0]));
    }

    private Fn activation(String type, JsonNode node, String path) {
        switch (type) {
            case "softmax":
                return fields(node, path, type, "axis").integer("axis").map(Fn::softmax).orElse(Fn.softmax());
            case "leaky_relu":
                return fields(node, path, type, "negative_slope").number("negative_slope").map(Fn::leakyRelu)
                        .orElse(Fn.leakyRelu());
            case "elu":
                return fields(node, path, type, "alpha").number("alpha").map(Fn::elu).orElse(Fn.elu());
            default:
                fields(node, path, type);
                return plain(type);
        }
    }

    private static Fn plain(String type) {
        switch (type) {
            case "relu": return Fn.relu();
            case "gelu": return Fn.gelu();
            case "silu": return Fn.silu();
            case "tanh": return Fn.tanh();
            case "sigmoid": return Fn.sigmoid();
            default: return Fn.flatten();
        }
    }
}
