"""Generates initializers-extra.jsonl: known answers from real JAX for what shared/vectors does not cover.

Run (tests never run it):  /work/venv/bin/python gen_initializers_extra.py > initializers-extra.jsonl
Versions used: jax 0.10.2, jaxlib 0.10.2, numpy 2.4.6, ml_dtypes 0.6.0, CPU (x86-64 with FMA).

Each case holds the Flaxen config of an initializer ("flaxen", read with Initializers.fromConfig; or a special name),
the JAX expression that defines its numbers ("call", evaluated eagerly here), the key data and mode, and the output
bits. Cases with "tolerance" go through a QR (LAPACK in JAX, Householder in Flaxen) and are compared with it. The
"overflow/..." cases have a scale whose standard deviation or limit overflows the dtype: JAX returns +-inf (NaN where
a sample is 0) rather than raising, and so must Flaxen.
"""
import json
import math

import jax
import jax.numpy as jnp
import numpy as np

SHAPE = (4, 8)


def bits(x):
    a = np.asarray(x)
    width = {8: 16, 4: 8, 2: 4}[a.dtype.itemsize]
    view = {8: np.uint64, 4: np.uint32, 2: np.uint16}[a.dtype.itemsize]
    return [format(int(v), "0%dx" % width) for v in a.reshape(-1).view(view)]


def vs(scale, mode, dist, **axes):
    return {"class_name": "flaxen>VarianceScaling",
            "config": dict(scale=scale, mode=mode, distribution=dist, **axes)}


def cases():
    """(id, flaxen config, dtype name, shape, call text, function of key, tolerance or None)."""
    out = []
    for dt in ("float16", "bfloat16"):
        d = jnp.dtype(dt)
        out += [
            ("uniform", {"class_name": "RandomUniform", "config": {"minval": 0.0, "maxval": 0.05}}, dt, SHAPE,
             "jax.nn.initializers.uniform(0.05)(key, shape, dtype)",
             lambda k, d=d: jax.nn.initializers.uniform(0.05)(k, SHAPE, d)),
            ("normal", {"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 0.01}}, dt, SHAPE,
             "jax.nn.initializers.normal(0.01)(key, shape, dtype)",
             lambda k, d=d: jax.nn.initializers.normal(0.01)(k, SHAPE, d)),
            ("truncated_normal", {"class_name": "TruncatedNormal", "config": {"mean": 0.0, "stddev": 0.02}}, dt,
             SHAPE, "jax.nn.initializers.truncated_normal(0.02)(key, shape, dtype)",
             lambda k, d=d: jax.nn.initializers.truncated_normal(0.02)(k, SHAPE, d)),
        ]
        for mode in ("fan_in", "fan_out", "fan_avg", "fan_geo_avg"):
            for dist in ("truncated_normal", "normal", "uniform"):
                out.append((
                    "variance_scaling/" + mode + "/" + dist, vs(0.7, mode, dist), dt, (3, 5, 7),
                    "jax.nn.initializers.variance_scaling(0.7, %r, %r)(key, shape, dtype)" % (mode, dist),
                    lambda k, d=d, mode=mode, dist=dist:
                        jax.nn.initializers.variance_scaling(0.7, mode, dist)(k, (3, 5, 7), d)))
        out += [
            ("random_normal_mean", {"class_name": "RandomNormal", "config": {"mean": 1.0, "stddev": 0.02}}, dt,
             SHAPE, "jax.random.normal(key, shape, dtype) * 0.02 + 1.0",
             lambda k, d=d: jax.random.normal(k, SHAPE, d) * 0.02 + 1.0),
            ("constant_tie", {"class_name": "Constant", "config": {"value": 1 + 2 ** -11 + 2 ** -30}}, dt, (3,),
             "jax.nn.initializers.constant(1 + 2**-11 + 2**-30)(key, shape, dtype)",
             lambda k, d=d: jax.nn.initializers.constant(1 + 2 ** -11 + 2 ** -30)(k, (3,), d)),
            ("constant_tie_bf16", {"class_name": "Constant", "config": {"value": 1 + 2 ** -8 + 2 ** -30}}, dt, (3,),
             "jax.nn.initializers.constant(1 + 2**-8 + 2**-30)(key, shape, dtype)",
             lambda k, d=d: jax.nn.initializers.constant(1 + 2 ** -8 + 2 ** -30)(k, (3,), d)),
        ]
    for dt in ("float32", "bfloat16"):
        d = jnp.dtype(dt)
        out += [
            ("keras_truncated_normal_mean", {"class_name": "TruncatedNormal", "config": {"mean": 0.5, "stddev": 0.1}},
             dt, SHAPE, "jax.random.truncated_normal(key, -2, 2, shape, dtype) * 0.1 + 0.5",
             lambda k, d=d: jax.random.truncated_normal(k, -2, 2, SHAPE, d) * 0.1 + 0.5),
            ("random_uniform", {"class_name": "RandomUniform", "config": {"minval": -3.7, "maxval": 2.1}}, dt, SHAPE,
             "jax.random.uniform(key, shape, dtype, -3.7, 2.1)",
             lambda k, d=d: jax.random.uniform(k, SHAPE, d, -3.7, 2.1)),
            ("scaled_he_normal", {"class_name": "flaxen>Scaled", "config": {
                "factor": 0.1, "initializer": {"class_name": "HeNormal", "config": {"seed": None}}}}, dt, (3, 3, 8, 4),
             "jax.nn.initializers.he_normal()(key, shape, dtype) * 0.1",
             lambda k, d=d: jax.nn.initializers.he_normal()(k, (3, 3, 8, 4), d) * 0.1),
            ("identity", {"class_name": "Identity", "config": {"gain": -1.5}}, dt, (3, 4),
             "-1.5 * jnp.eye(3, 4, dtype=dtype)", lambda k, d=d: -1.5 * jnp.eye(3, 4, dtype=d)),
        ]
    out += torch_and_mxnet() + orthogonal() + overflow()
    out.append(("d2l_my_init", "d2l_my_init", "float32", (4, 8),
                "data = jax.random.uniform(key, shape, minval=-10, maxval=10); data * (jnp.abs(data) >= 5)",
                lambda k: d2l_my_init(k, (4, 8))))
    return out


def d2l_my_init(key, shape):
    data = jax.random.uniform(key, shape, minval=-10, maxval=10)
    return data * (jnp.abs(data) >= 5)


def torch_and_mxnet():
    f32 = jnp.float32
    conv = (3, 3, 8, 16)                         # Flax layout; PyTorch's (16, 8, 3, 3)
    fan_in, fan_out = 8 * 9, 16 * 9
    gain = math.sqrt(2.0 / (1 + 5.0))            # calculate_gain('leaky_relu', sqrt(5))
    bound = math.sqrt(3.0) * (gain / math.sqrt(fan_in))
    std_out = math.sqrt(2.0) / math.sqrt(fan_out)
    xstd = 0.5 * math.sqrt(2.0 / (fan_in + fan_out))
    xa = math.sqrt(3.0) * (1.0 * math.sqrt(2.0 / (fan_in + fan_out)))
    mx_g = math.sqrt(2.0 / fan_in)
    mx_u = math.sqrt(3.0 / ((fan_in + fan_out) / 2.0))
    msra = math.sqrt((2.0 / (1 + 0.25 ** 2)) / ((fan_in + fan_out) / 2.0))
    a, b, m, s = -0.04, 0.04, 0.0, 0.02
    return [
        ("torch_kaiming_uniform", {"class_name": "flaxen>TorchKaiming", "config": {
            "a": math.sqrt(5.0), "mode": "fan_in", "nonlinearity": "leaky_relu", "distribution": "uniform"}},
         "float32", conv, "jax.random.uniform(key, shape, dtype, -bound, bound), bound = %r" % bound,
         lambda k: jax.random.uniform(k, conv, f32, -bound, bound)),
        ("torch_kaiming_normal", {"class_name": "flaxen>TorchKaiming", "config": {
            "a": 0.0, "mode": "fan_out", "nonlinearity": "relu", "distribution": "normal"}},
         "float32", conv, "jax.random.normal(key, shape, dtype) * %r" % std_out,
         lambda k: jax.random.normal(k, conv, f32) * std_out),
        ("torch_xavier_normal", {"class_name": "flaxen>TorchXavier", "config": {
            "gain": 0.5, "distribution": "normal"}}, "float32", conv,
         "jax.random.normal(key, shape, dtype) * %r" % xstd, lambda k: jax.random.normal(k, conv, f32) * xstd),
        ("torch_xavier_uniform", {"class_name": "flaxen>TorchXavier", "config": {
            "gain": 1.0, "distribution": "uniform"}}, "float32", conv,
         "jax.random.uniform(key, shape, dtype, -a, a), a = %r" % xa,
         lambda k: jax.random.uniform(k, conv, f32, -xa, xa)),
        ("torch_trunc_normal", {"class_name": "flaxen>TorchTruncNormal", "config": {
            "mean": m, "std": s, "a": a, "b": b}}, "float32", SHAPE,
         "jnp.clip(jax.random.truncated_normal(key, (a-m)/s, (b-m)/s, shape, dtype) * s + m, a, b)",
         lambda k: jnp.clip(jax.random.truncated_normal(k, (a - m) / s, (b - m) / s, SHAPE, f32) * s + m, a, b)),
        ("torch_sparse", {"class_name": "flaxen>Sparse", "config": {"sparsity": 0.5, "std": 0.01}}, "float32",
         (6, 10), "kv, kz = split(key); w = normal(kv) * 0.01; zero w[i, permutation(split(kz, 6)[i], 10)[:5]]",
         lambda k: sparse(k, (6, 10), 0.5, 0.01)),
        ("mxnet_xavier_gaussian", {"class_name": "flaxen>MxnetXavier", "config": {
            "rnd_type": "gaussian", "factor_type": "in", "magnitude": 2.0}}, "float32", conv,
         "jax.random.normal(key, shape, dtype) * %r" % mx_g, lambda k: jax.random.normal(k, conv, f32) * mx_g),
        ("mxnet_xavier_uniform", {"class_name": "flaxen>MxnetXavier", "config": {
            "rnd_type": "uniform", "factor_type": "avg", "magnitude": 3.0}}, "float32", conv,
         "jax.random.uniform(key, shape, dtype, -s, s), s = %r" % mx_u,
         lambda k: jax.random.uniform(k, conv, f32, -mx_u, mx_u)),
        ("mxnet_msra_prelu", {"class_name": "flaxen>MsraPrelu", "config": {"factor_type": "avg", "slope": 0.25}},
         "float32", conv, "jax.random.normal(key, shape, dtype) * %r" % msra,
         lambda k: jax.random.normal(k, conv, f32) * msra),
    ]


OVERFLOW_SHAPE = (1, 1024)                       # fan_in = 1, so variance = scale


def overflow():
    """Factors that overflow the dtype: JAX multiplies by inf (±inf, NaN where a sample is 0), it does not raise."""
    out = []
    f16 = jnp.float16
    for scale, dist in ((1e5, "truncated_normal"), (1e5, "normal"), (1e5, "uniform"), (3e4, "uniform")):
        out.append(("overflow/variance_scaling/%g/%s" % (scale, dist), vs(scale, "fan_in", dist), "float16",
                    OVERFLOW_SHAPE, "jax.nn.initializers.variance_scaling(%r, 'fan_in', %r)(key, shape, dtype)"
                    % (scale, dist),
                    lambda k, scale=scale, dist=dist:
                        jax.nn.initializers.variance_scaling(scale, "fan_in", dist)(k, OVERFLOW_SHAPE, f16)))
    out += [
        ("overflow/normal", {"class_name": "RandomNormal", "config": {"mean": 0.0, "stddev": 1e5}}, "float16",
         OVERFLOW_SHAPE, "jax.nn.initializers.normal(1e5)(key, shape, dtype)",
         lambda k: jax.nn.initializers.normal(1e5)(k, OVERFLOW_SHAPE, f16)),
        ("overflow/uniform", {"class_name": "RandomUniform", "config": {"minval": 0.0, "maxval": 1e5}}, "float16",
         OVERFLOW_SHAPE, "jax.nn.initializers.uniform(1e5)(key, shape, dtype)",
         lambda k: jax.nn.initializers.uniform(1e5)(k, OVERFLOW_SHAPE, f16)),
        ("overflow/truncated_normal", {"class_name": "TruncatedNormal", "config": {"mean": 0.0, "stddev": 1e5}},
         "float16", OVERFLOW_SHAPE, "jax.nn.initializers.truncated_normal(1e5)(key, shape, dtype)",
         lambda k: jax.nn.initializers.truncated_normal(1e5)(k, OVERFLOW_SHAPE, f16)),
    ]
    for dt in ("float32", "bfloat16"):
        out.append(("overflow/variance_scaling/1e39/normal", vs(1e39, "fan_in", "normal"), dt, OVERFLOW_SHAPE,
                    "jax.nn.initializers.variance_scaling(1e39, 'fan_in', 'normal')(key, shape, dtype)",
                    lambda k, dt=dt: jax.nn.initializers.variance_scaling(1e39, "fan_in", "normal")(
                        k, OVERFLOW_SHAPE, jnp.dtype(dt))))
    return out


def sparse(key, shape, sparsity, std):
    rows, cols = shape
    kv, kz = jax.random.split(key)
    w = jax.random.normal(kv, shape, jnp.float32) * std
    zeros = math.ceil(sparsity * cols)
    for i, k in enumerate(jax.random.split(kz, rows)):
        w = w.at[i, jax.random.permutation(k, cols)[:zeros]].set(0)
    return w


def orthogonal():
    out = []
    for shape, col in (((3, 4, 5), 0), ((3, 4, 5), 1), ((3, 4, 5), -1), ((2, 3, 4), -2), ((5, 3), 0)):
        out.append(("orthogonal/col=%d/%s" % (col, "x".join(map(str, shape))),
                    {"class_name": "flaxen>Orthogonal", "config": {"scale": 1.5, "column_axis": col}}, "float32",
                    shape, "jax.nn.initializers.orthogonal(1.5, %d)(key, shape, dtype)" % col,
                    lambda k, shape=shape, col=col: jax.nn.initializers.orthogonal(1.5, col)(k, shape, jnp.float32),
                    {"atol": 1e-5, "rtol": 0.0}))
    for shape, col in (((3, 4, 4), -1), ((3, 3, 3, 4, 6), -1), ((2, 2, 4, 4), -2)):
        out.append(("delta_orthogonal/col=%d/%s" % (col, "x".join(map(str, shape))),
                    {"class_name": "flaxen>DeltaOrthogonal", "config": {"scale": 1.0, "column_axis": col}},
                    "float32", shape, "jax.nn.initializers.delta_orthogonal(1.0, %d)(key, shape, dtype)" % col,
                    lambda k, shape=shape, col=col:
                        jax.nn.initializers.delta_orthogonal(1.0, col)(k, shape, jnp.float32),
                    {"atol": 1e-5, "rtol": 0.0}))
    return out


def main():
    for mode in ("partitionable", "legacy"):
        jax.config.update("jax_threefry_partitionable", mode == "partitionable")
        for seed in (0, 42):
            key = jax.random.PRNGKey(seed)
            for case in cases():
                name, flaxen, dt, shape, call, fn = case[:6]
                y = fn(key)
                assert y.shape == tuple(shape) and str(y.dtype) == dt, (name, y.shape, y.dtype)
                assert not name.startswith("overflow") or np.isinf(np.asarray(y, np.float32)).any(), name
                row = {"id": "extra/%s/%s/%s/seed=%d" % (name, mode, dt, seed), "mode": mode,
                       "key": [int(w) for w in jax.random.key_data(key)], "flaxen": flaxen, "call": call,
                       "shape": list(shape), "dtype": dt,
                       "output": {"shape": list(shape), "dtype": dt, "bits": bits(y)}}
                if len(case) > 6:
                    row["tolerance"] = case[6]
                print(json.dumps(row))


if __name__ == "__main__":
    main()
