"""Extra Flax known answers for Flaxen's nn tests (written to nn-extra.jsonl beside this file).

Run with jax 0.10.2 / jaxlib 0.10.2 / flax 0.12.8 on CPU:  python gen_nn.py > nn-extra.jsonl
Every case records the Python model ('model', and 'model_source' for custom modules), the exact init and apply
calls, the rngs, the input and the results as real Flax returned them. Arrays use the 'array object' format of
shared/vectors/MANIFEST.json (bits authoritative). 'variables' lists every leaf of the returned tree in
flax.traverse_util.flatten_dict order (creation order), path joined with '/'. Tests never run this script.

Kinds:
  nn_init        model.init(rngs, x): variables (+ 'init_output' from init_with_output when the model has an output
                 that depends on init-time randomness); then each entry of 'applies' is model.apply(variables, x,
                 rngs=..., mutable=...) with its output and, for mutable collections, the updated collections.
  activation     one jax.nn / flax.linen function applied to 'input'.
  seed_chapter   d2l "Parameter Initialization" (JAX tab) with every net initialised from PRNGKey(seed) and
                 X = jax.random.uniform(PRNGKey(seed + 1), (2, 4)); each step lists what it prints as Python's repr.
"""
import inspect
import json

import flax
import flax.linen as nn
import jax
import jax.numpy as jnp
import numpy as np
from flax import traverse_util

jax.config.update("jax_platforms", "cpu")
HEX = {"float32": 8, "float64": 16, "float16": 4, "bfloat16": 4}
TOL = {"atol": 1e-6, "rtol": 1e-6}


def arr(x):
    x = np.asarray(x)
    name = str(x.dtype)
    out = {"shape": list(x.shape), "dtype": name}
    flat = x.ravel()
    if name in HEX:
        uint = {8: np.uint32, 16: np.uint64, 4: np.uint16}[HEX[name]]
        out["values"] = [float(v) for v in flat.astype(np.float64)]
        out["bits"] = [format(int(b), "0%dx" % HEX[name]) for b in flat.view(uint)]
    elif name == "bool":
        out["values"] = [int(v) for v in flat]
    else:
        out["values"] = [int(v) for v in flat]
    return out


def tree(variables):
    flat = traverse_util.flatten_dict(flax.core.unfreeze(variables), sep="/")
    return [dict(path=k, **arr(v)) for k, v in flat.items()]


def key_words(key):
    return [int(v) for v in np.asarray(jax.random.key_data(key))]


def x_float(shape, formula="((7*i) % 11 - 5) / 4"):
    n = int(np.prod(shape))
    i = np.arange(n)
    return jnp.asarray(eval(formula).astype(np.float32).reshape(shape)), formula


def set_mode(mode):
    jax.config.update("jax_threefry_partitionable", mode == "partitionable")


def emit(case):
    print(json.dumps(case))


def init_case(name, mode, seed, model_expr, model, x, formula, applies=(), source=None, init_rngs=None,
              with_output=False, config=None):
    """One nn_init case; applies = [(label, rngs dict of seeds, mutable list or None, extra kwargs)]."""
    set_mode(mode)
    for k, v in (config or {}).items():
        flax.config.update(k, v)
    key = jax.random.PRNGKey(seed)
    rngs = {s: jax.random.PRNGKey(v) for s, v in (init_rngs or {}).items()}
    init_arg = dict(rngs, params=key) if init_rngs else key
    out, variables = model.init_with_output(init_arg, x)
    case = {"id": "nn/%s/%s/seed=%d" % (name, mode, seed), "kind": "nn_init", "model_name": name, "mode": mode,
            "seed": seed, "key": key_words(key), "model": model_expr,
            "init_rngs": {s: key_words(k) for s, k in rngs.items()},
            "call": "model.init_with_output(%s, x)" % ("dict(rngs, params=PRNGKey(seed))" if init_rngs
                                                        else "jax.random.PRNGKey(seed)"),
            "flax_config": config or {}, "x_formula": formula, "input": arr(x), "variables": tree(variables)}
    if source is not None:
        case["model_source"] = source
    if with_output:
        case["init_output"] = arr(out)
    case["applies"] = []
    for label, rng_seeds, mutable, kwargs in applies:
        apply_rngs = {s: jax.random.PRNGKey(v) for s, v in rng_seeds.items()}
        res = model.apply(variables, x, rngs=apply_rngs, mutable=mutable or False, **kwargs)
        entry = {"label": label, "rngs": {s: key_words(k) for s, k in apply_rngs.items()}, "mutable": mutable or [],
                 "kwargs": kwargs,
                 "call": "model.apply(variables, x, rngs=%s, mutable=%s%s)" % (
                     {s: "PRNGKey(%d)" % v for s, v in rng_seeds.items()}, mutable or False,
                     "".join(", %s=%r" % kv for kv in kwargs.items())),
                 "tolerance": TOL}
        if mutable:
            y, updated = res
            entry["updated"] = tree(updated)
        else:
            y = res
        entry["output"] = arr(y)
        case["applies"].append(entry)
    for k in (config or {}):
        flax.config.update(k, False)
    emit(case)


# ---------------------------------------------------------------------------------------------- custom modules
class TwoDropouts(nn.Module):
    """Two auto-named dropouts (Dropout_0, Dropout_1) after a Dense."""

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(4)(x)
        return nn.Dropout(0.5, deterministic=False)(x) + nn.Dropout(0.25, deterministic=False)(x)


class SharedDropout(nn.Module):
    """One explicitly named Dropout called twice: its scope is rewound, its 'dropout' counter goes 1 then 2."""

    @nn.compact
    def __call__(self, x):
        d = nn.Dropout(0.5, deterministic=False, name="drop")
        return d(x) * 2.0 + d(x)


class SharedDense(nn.Module):
    """One explicitly named Dense applied twice: one set of parameters."""

    @nn.compact
    def __call__(self, x):
        d = nn.Dense(x.shape[-1], name="shared")
        return d(nn.relu(d(x)))


class NoisyScale(nn.Module):
    """make_rng('noise') before a param: without a 'noise' stream it falls back to 'params' (flax >= 0.8.2) and
    takes the params counter, so the param 'w' gets counter 2."""

    @nn.compact
    def __call__(self, x):
        noise = jax.random.normal(self.make_rng("noise"), x.shape)
        w = self.param("w", nn.initializers.normal(1.0), (x.shape[-1],))
        return x * w + noise


class BnMlp(nn.Module):
    """Dense, BatchNorm, relu, Dense: params and batch_stats in one tree."""

    @nn.compact
    def __call__(self, x, train: bool = True):
        x = nn.Dense(5)(x)
        x = nn.BatchNorm(use_running_average=not train)(x)
        return nn.Dense(2)(nn.relu(x))


class Pair(nn.Module):
    """Two inputs, auto-named Dense_0 and Dense_1."""

    @nn.compact
    def __call__(self, x, y):
        return nn.Dense(3)(x) + nn.Dense(3)(y)


def src(cls):
    return inspect.getsource(cls)


def pair_case(mode, seed):
    set_mode(mode)
    key = jax.random.PRNGKey(seed)
    x, fx = x_float((2, 4))
    y, fy = x_float((2, 5), "((5*i) % 13 - 6) / 3")
    variables = Pair().init(key, x, y)
    out = Pair().apply(variables, x, y)
    emit({"id": "nn/pair/%s/seed=%d" % (mode, seed), "kind": "nn_init_pair", "model_name": "pair", "mode": mode,
          "seed": seed, "key": key_words(key), "model": "Pair()", "model_source": src(Pair),
          "call": "model.init(jax.random.PRNGKey(seed), x, y); model.apply(variables, x, y)",
          "x_formula": fx, "y_formula": fy, "input": arr(x), "input2": arr(y), "variables": tree(variables),
          "output": arr(out), "tolerance": TOL})


# ---------------------------------------------------------------------------------------------- seed chapter
def seed_chapter(mode, seed):
    set_mode(mode)
    X = jax.random.uniform(jax.random.PRNGKey(seed + 1), (2, 4))
    key = jax.random.PRNGKey(seed)
    steps = []

    def step(n, code, printed, params):
        steps.append({"step": n, "code": code, "printed": printed, "variables": tree(params)})

    net = nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)])
    params = net.init(key, X)
    step(1, "net.apply(params, X).shape", repr(net.apply(params, X).shape), params)

    weight_init, bias_init = nn.initializers.normal(0.01), nn.initializers.zeros
    net = nn.Sequential([nn.Dense(8, kernel_init=weight_init, bias_init=bias_init), nn.relu,
                         nn.Dense(1, kernel_init=weight_init, bias_init=bias_init)])
    params = net.init(key, X)
    layer_0 = params["params"]["layers_0"]
    step(2, "layer_0['kernel'][:, 0], layer_0['bias'][0]", repr((layer_0["kernel"][:, 0], layer_0["bias"][0])), params)

    weight_init = nn.initializers.constant(1)
    net = nn.Sequential([nn.Dense(8, kernel_init=weight_init, bias_init=bias_init), nn.relu,
                         nn.Dense(1, kernel_init=weight_init, bias_init=bias_init)])
    params = net.init(key, X)
    layer_0 = params["params"]["layers_0"]
    step(3, "layer_0['kernel'][:, 0], layer_0['bias'][0]", repr((layer_0["kernel"][:, 0], layer_0["bias"][0])), params)

    net = nn.Sequential([nn.Dense(8, kernel_init=nn.initializers.xavier_uniform(), bias_init=bias_init), nn.relu,
                         nn.Dense(1, kernel_init=nn.initializers.constant(42), bias_init=bias_init)])
    params = net.init(key, X)
    step(4, "params['params']['layers_0']['kernel'][:, 0], params['params']['layers_2']['kernel']",
         repr((params["params"]["layers_0"]["kernel"][:, 0], params["params"]["layers_2"]["kernel"])), params)

    def my_init(key, shape, dtype=jnp.float32):
        data = jax.random.uniform(key, shape, minval=-10, maxval=10)
        return data * (jnp.abs(data) >= 5)

    net = nn.Sequential([nn.Dense(8, kernel_init=my_init), nn.relu, nn.Dense(1)])
    params = net.init(key, X)
    step(5, "params['params']['layers_0']['kernel'][:, :2]", repr(params["params"]["layers_0"]["kernel"][:, :2]),
         params)

    kernel = params["params"]["layers_0"]["kernel"]
    new_kernel = (kernel + 1).at[0, 0].set(42)
    edited = flax.core.copy(params, {"params": dict(params["params"], layers_0=dict(params["params"]["layers_0"],
                                                                                     kernel=new_kernel))})
    steps.append({"step": 6, "code": "new = (kernel + 1).at[0, 0].set(42); new[:, 0], kernel[:, 0]",
                  "printed": repr((new_kernel[:, 0], kernel[:, 0])), "variables": tree(edited)})
    emit({"id": "seed_chapter/%s/seed=%d" % (mode, seed), "kind": "seed_chapter", "mode": mode, "seed": seed,
          "key": key_words(key), "x_call": "jax.random.uniform(jax.random.PRNGKey(seed + 1), (2, 4))", "x": arr(X),
          "steps": steps})


# ---------------------------------------------------------------------------------------------- activations
def activations():
    x, formula = x_float((3, 7), "((7*i) % 23 - 11) / 3")
    fns = [("relu", "nn.relu(x)", nn.relu), ("gelu", "nn.gelu(x)", nn.gelu),
           ("silu", "nn.silu(x)", nn.silu), ("tanh", "nn.tanh(x)", nn.tanh), ("sigmoid", "nn.sigmoid(x)", nn.sigmoid),
           ("softmax", "nn.softmax(x)", nn.softmax), ("softmax_axis0", "nn.softmax(x, axis=0)",
                                                      lambda v: nn.softmax(v, axis=0)),
           ("leaky_relu", "nn.leaky_relu(x)", nn.leaky_relu),
           ("leaky_relu_0.2", "nn.leaky_relu(x, negative_slope=0.2)", lambda v: nn.leaky_relu(v, 0.2)),
           ("elu", "nn.elu(x)", nn.elu), ("elu_0.5", "nn.elu(x, alpha=0.5)", lambda v: nn.elu(v, 0.5))]
    for name, call, f in fns:
        emit({"id": "activation/%s" % name, "kind": "activation", "name": name, "call": call, "x_formula": formula,
              "input": arr(x), "output": arr(f(x)), "tolerance": {"atol": 1e-6, "rtol": 1e-6}})


def main():
    x, f = x_float((2, 4))
    x45, f45 = x_float((4, 5))
    x43, f43 = x_float((4, 3))
    img, fimg = x_float((2, 7, 7, 2))
    for mode in ("partitionable", "legacy"):
        for seed in (0, 42):
            seed_chapter(mode, seed)
            init_case("dropout_root", mode, seed, "nn.Dropout(0.5, deterministic=False)",
                      nn.Dropout(0.5, deterministic=False), x45, f45,
                      applies=[("dropout=PRNGKey(7)", {"dropout": 7}, None, {}),
                               ("dropout=PRNGKey(seed)", {"dropout": seed}, None, {})], with_output=True)
            init_case("dropout_seq", mode, seed,
                      "nn.Sequential([nn.Dense(6), nn.Dropout(0.3, deterministic=False), nn.Dense(2)])",
                      nn.Sequential([nn.Dense(6), nn.Dropout(0.3, deterministic=False), nn.Dense(2)]), x45, f45,
                      applies=[("dropout=PRNGKey(3)", {"dropout": 3}, None, {})], with_output=True)
            init_case("two_dropouts", mode, seed, "TwoDropouts()", TwoDropouts(), x45, f45, source=src(TwoDropouts),
                      applies=[("dropout=PRNGKey(5)", {"dropout": 5}, None, {})], with_output=True)
            init_case("shared_dropout", mode, seed, "SharedDropout()", SharedDropout(), x45, f45,
                      source=src(SharedDropout), applies=[("dropout=PRNGKey(9)", {"dropout": 9}, None, {})],
                      with_output=True)
            init_case("shared_dense", mode, seed, "SharedDense()", SharedDense(), x45, f45, source=src(SharedDense),
                      applies=[("plain", {}, None, {})])
            init_case("noisy_scale", mode, seed, "NoisyScale()", NoisyScale(), x43, f43, source=src(NoisyScale),
                      applies=[("noise=PRNGKey(11)", {"noise": 11}, None, {})], with_output=True)
            init_case("noisy_scale_rngs", mode, seed, "NoisyScale()", NoisyScale(), x43, f43, source=src(NoisyScale),
                      init_rngs={"noise": 11}, with_output=True)
            init_case("batchnorm", mode, seed, "nn.BatchNorm(use_running_average=False)",
                      nn.BatchNorm(use_running_average=False), x43, f43,
                      applies=[("train, mutable batch_stats", {}, ["batch_stats"], {})])
            init_case("batchnorm_eval", mode, seed, "nn.BatchNorm(use_running_average=True)",
                      nn.BatchNorm(use_running_average=True), x43, f43, applies=[("eval", {}, None, {})])
            init_case("bn_mlp", mode, seed, "BnMlp()", BnMlp(), x43, f43, source=src(BnMlp),
                      applies=[("train", {}, ["batch_stats"], {"train": True}),
                               ("eval", {}, None, {"train": False})])
            init_case("pair_dense_bf16", mode, seed, "nn.Dense(3, param_dtype=jnp.bfloat16)",
                      nn.Dense(3, param_dtype=jnp.bfloat16), x, f, applies=[("plain", {}, None, {})])
            init_case("dense_3d", mode, seed, "nn.Dense(3)", nn.Dense(3), x_float((2, 3, 4))[0], f,
                      applies=[("plain", {}, None, {})])
            init_case("embed", mode, seed, "nn.Embed(10, 4)", nn.Embed(10, 4),
                      jnp.asarray((np.arange(6) * 3 % 10).reshape(2, 3).astype(np.int32)), "(3*i) % 10 (int32)",
                      applies=[("plain", {}, None, {})])
            init_case("layernorm", mode, seed, "nn.LayerNorm()", nn.LayerNorm(), x45, f45,
                      applies=[("plain", {}, None, {})])
            init_case("layernorm_noscale", mode, seed, "nn.LayerNorm(use_scale=False, epsilon=1e-3)",
                      nn.LayerNorm(use_scale=False, epsilon=1e-3), x45, f45, applies=[("plain", {}, None, {})])
            for name, expr, model in (
                    ("conv_same_s2", "nn.Conv(3, (3, 3), strides=2)", nn.Conv(3, (3, 3), strides=2)),
                    ("conv_valid", "nn.Conv(4, (2, 3), padding='VALID')", nn.Conv(4, (2, 3), padding="VALID")),
                    ("conv_explicit", "nn.Conv(2, (3, 3), padding=((1, 0), (2, 1)), use_bias=False)",
                     nn.Conv(2, (3, 3), padding=((1, 0), (2, 1)), use_bias=False)),
                    ("conv_dilated", "nn.Conv(2, (3, 3), kernel_dilation=2)", nn.Conv(2, (3, 3), kernel_dilation=2)),
                    ("conv_s21_valid", "nn.Conv(3, (3, 2), strides=(2, 1), padding='VALID')",
                     nn.Conv(3, (3, 2), strides=(2, 1), padding="VALID"))):
                init_case(name, mode, seed, expr, model, img, fimg, applies=[("plain", {}, None, {})])
            init_case("seq_default_sep", mode, seed, "nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)])",
                      nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)]), x, f,
                      config={"flax_fix_rng_separator": True})
            pair_case(mode, seed)
    activations()


if __name__ == "__main__":
    main()
