"""Flax known answers for Flaxen's cli tests: the presets and the example model JSON files, initialised by real Flax.

Run from this folder with jax 0.10.2 / jaxlib 0.10.2 / flax 0.12.8 on CPU:
    /work/venv/bin/python gen_cli_models.py > cli_models.json
Tests never run this script. For each model, seed and Threefry mode it records what

    variables = model.init(jax.random.PRNGKey(seed), x)          # x: the sample input, zeros
    data = flax.serialization.to_bytes(variables)

gives: sha256(data) and len(data) (a Flaxen file written by `flaxen init ... --out f.msgpack` must be these very
bytes), the number of leaves and parameters, and a few leaves' elements as float32 bits ('spots': path, flat index,
hex bits). Tiny GPT-2 cases also record model.apply(variables, tokens) for tokens = arange(4)[None] ('apply').
Seed-0 partitionable cases of the small models also record each leaf's mean and standard deviation as numpy computes
them in float64 ('stats': np.mean(a.astype(np.float64)), np.std(a.astype(np.float64)), ddof 0), which
`flaxen inspect` prints.

The Flax modules are written here from the same description as Flaxen's (docs/cli.md): GPT2 below mirrors
dev.flaxen.cli.Gpt2, mlp() mirrors Presets.mlp, and from_json() reads the model JSON schema of docs/cli.md
(only the keys and initializers the example files use).
"""
import hashlib
import json
import sys

import flax
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
from flax import serialization, traverse_util

jax.config.update("jax_platforms", "cpu")
NORMAL = jax.nn.initializers.normal(0.02)


class Attention(nn.Module):
    num_heads: int

    @nn.compact
    def __call__(self, x):
        b, t, d = x.shape
        h = self.num_heads
        qkv = nn.Dense(3 * d, kernel_init=NORMAL, name="c_attn")(x)
        q, k, v = qkv[..., :d], qkv[..., d:2 * d], qkv[..., 2 * d:]
        split = lambda a: a.reshape(b, t, h, d // h).transpose(0, 2, 1, 3)
        q, k, v = split(q), split(k), split(v)
        scores = (q / np.sqrt(d // h)) @ k.transpose(0, 1, 3, 2)
        mask = jnp.arange(t)[:, None] >= jnp.arange(t)[None, :]
        weights = jax.nn.softmax(jnp.where(mask, scores, jnp.finfo(jnp.float32).min), axis=-1)
        y = (weights @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
        return nn.Dense(d, kernel_init=NORMAL, name="c_proj")(y)


class Mlp(nn.Module):
    @nn.compact
    def __call__(self, x):
        d = x.shape[-1]
        return nn.Dense(d, kernel_init=NORMAL, name="c_proj")(nn.gelu(nn.Dense(4 * d, kernel_init=NORMAL, name="c_fc")(x)))


class Block(nn.Module):
    num_heads: int

    @nn.compact
    def __call__(self, x):
        x = x + Attention(self.num_heads, name="attn")(nn.LayerNorm(epsilon=1e-5, name="ln_1")(x))
        return x + Mlp(name="mlp")(nn.LayerNorm(epsilon=1e-5, name="ln_2")(x))


class GPT2(nn.Module):
    vocab: int
    context: int
    d: int
    layers: int
    heads: int

    @nn.compact
    def __call__(self, tokens):
        t = tokens.shape[-1]
        x = nn.Embed(self.vocab, self.d, embedding_init=NORMAL, name="wte")(tokens)
        x = x + nn.Embed(self.context, self.d, embedding_init=NORMAL, name="wpe")(jnp.arange(t))
        for i in range(self.layers):
            x = Block(self.heads, name=f"h_{i}")(x)
        return nn.LayerNorm(epsilon=1e-5, name="ln_f")(x)


def mlp(widths):
    layers = []
    for i, w in enumerate(widths[1:]):
        layers.append(nn.Dense(w))
        if i < len(widths) - 2:
            layers.append(nn.relu)
    return nn.Sequential(layers), jnp.zeros((1, widths[0]), jnp.float32)


INITS = {
    "GlorotUniform": lambda c: jax.nn.initializers.glorot_uniform(),
    "HeNormal": lambda c: jax.nn.initializers.he_normal(),
    "Constant": lambda c: jax.nn.initializers.constant(c["value"]),
}
ACTIVATIONS = {"relu": lambda l: nn.relu, "gelu": lambda l: nn.gelu,
               "leaky_relu": lambda l: lambda x: nn.leaky_relu(x, l.get("negative_slope", 0.01)),
               "flatten": lambda l: lambda x: x.reshape((x.shape[0], -1))}


def layer(l):
    kw = {k: v for k, v in l.items() if k not in ("type", "layers")}
    for k in ("kernel_init", "bias_init", "embedding_init", "scale_init"):
        if k in kw:
            kw[k] = INITS[kw[k]["class_name"]](kw[k]["config"])
    for k in ("kernel_size", "strides", "kernel_dilation"):
        if k in kw:
            kw[k] = tuple(kw[k])
    if "param_dtype" in kw:
        kw["param_dtype"] = jnp.dtype(kw["param_dtype"])
    t = l["type"]
    if t == "Sequential":
        return nn.Sequential([layer(c) for c in l["layers"]])
    if t in ACTIVATIONS:
        return ACTIVATIONS[t](l)
    if t == "BatchNorm":
        kw.setdefault("use_running_average", False)
    if t == "Dropout":
        kw.setdefault("deterministic", False)
    return {"Dense": nn.Dense, "Conv": nn.Conv, "Embed": nn.Embed, "LayerNorm": nn.LayerNorm,
            "BatchNorm": nn.BatchNorm, "Dropout": nn.Dropout}[t](**kw)


def from_json(name):
    with open(name) as f:
        spec = json.load(f)
    return layer(spec["model"]), jnp.zeros(spec["input"], jnp.dtype(spec.get("dtype", "float32")))


def bits(v):
    v = np.asarray(v)
    if v.dtype == jnp.bfloat16:
        return format(int(v.view(np.uint16)), "04x")
    return format(int(np.asarray(v, np.float32).view(np.uint32)), "08x")


def case(model_name, model, x, seed, mode, spots, apply_tokens=None, stats=False):
    jax.config.update("jax_threefry_partitionable", mode == "partitionable")
    variables = model.init(jax.random.PRNGKey(seed), x)
    data = serialization.to_bytes(variables)
    flat = traverse_util.flatten_dict(flax.core.unfreeze(variables), sep="/")
    out = {"model": model_name, "seed": seed, "mode": mode,
           "call": f"model.init(jax.random.PRNGKey({seed}), x); flax.serialization.to_bytes(variables)",
           "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "leaves": len(flat),
           "params": int(sum(np.size(v) for v in flat.values())),
           "spots": [{"path": p, "index": i, "bits": bits(np.ravel(flat[p])[i])} for p, i in spots
                     if i < np.size(flat[p])]}
    if stats:
        out["stats"] = [{"path": p, "mean": float(np.mean(np.asarray(v, np.float64))),
                         "std": float(np.std(np.asarray(v, np.float64)))} for p, v in flat.items()]
    if apply_tokens is not None:
        y = model.apply(variables, apply_tokens)
        out["apply"] = {"call": "model.apply(variables, jnp.arange(4, dtype=jnp.int32)[None])",
                        "shape": list(y.shape), "values": [float(v) for v in np.ravel(y)]}
    return out


def gpt2_spots(layers):
    last = layers - 1
    return [("params/wte/embedding", 0), ("params/wte/embedding", 12345), ("params/wpe/embedding", 7),
            ("params/h_0/attn/c_attn/kernel", 0), ("params/h_0/attn/c_attn/kernel", 1000),
            (f"params/h_{last}/mlp/c_proj/kernel", 3), (f"params/h_{last}/ln_2/scale", 0),
            (f"params/h_{last}/mlp/c_fc/bias", 0)]


def main():
    cases = []
    modes = ("partitionable", "legacy")
    for mode in modes:
        cases.append(case("gpt2-small", GPT2(50257, 1024, 768, 12, 12), jnp.zeros((1, 1), jnp.int32), 0, mode,
                          gpt2_spots(12)))
    tokens = jnp.arange(4, dtype=jnp.int32)[None]
    for mode in modes:
        for seed in (0, 42):
            cases.append(case("gpt2:100,16,32,2,4", GPT2(100, 16, 32, 2, 4), jnp.zeros((1, 1), jnp.int32), seed, mode,
                              gpt2_spots(2), apply_tokens=tokens, stats=(seed, mode) == (0, "partitionable")))
    for mode in modes:
        m, x = mlp([784, 512, 10])
        cases.append(case("mlp:784,512,10", m, x, 0, mode,
                          [("params/layers_0/kernel", 0), ("params/layers_2/kernel", 5119)],
                          stats=mode == "partitionable"))
    for name, spots in (("cnn.json", [("params/layers_0/kernel", 0), ("params/layers_7/kernel", 3)]),
                        ("tiny_lm.json", [("params/layers_0/embedding", 0), ("params/layers_2/layers_2/kernel", 1)])):
        for mode in modes:
            m, x = from_json(name)
            cases.append(case(name, m, x, 0, mode, spots, stats=mode == "partitionable"))
    json.dump({"generator": "gen_cli_models.py", "versions": {"jax": jax.__version__, "flax": flax.__version__,
                                                             "numpy": np.__version__},
               "cases": cases}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
