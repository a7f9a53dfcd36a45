"""Extra JAX known answers for Flaxen's random tests (written to extra.jsonl beside this file).

Run with jax 0.10.2 / jaxlib 0.10.2 on CPU:  python gen_extra.py > extra.jsonl
Every case records the exact call in 'call'; the format is that of shared/vectors/random.jsonl.
Tests never run this script; they read extra.jsonl.
"""
import json
import jax
import jax.numpy as jnp
import numpy as np
import ml_dtypes  # noqa: F401  (bfloat16 views)

jax.config.update("jax_platforms", "cpu")
DT = {"float32": jnp.float32, "float16": jnp.float16, "bfloat16": jnp.bfloat16, "float64": jnp.float64,
      "int8": jnp.int8, "int16": jnp.int16, "int32": jnp.int32, "int64": jnp.int64,
      "uint8": jnp.uint8, "uint16": jnp.uint16, "uint32": jnp.uint32, "uint64": jnp.uint64}
HEX = {"float32": 8, "float64": 16, "float16": 4, "bfloat16": 4}


def arr(x):
    x = np.asarray(x)
    name = str(x.dtype)
    out = {"shape": list(x.shape), "dtype": name}
    flat = x.ravel()
    if name in HEX:
        uint = {8: np.uint32, 16: np.uint64, 4: np.uint16}[HEX[name]]
        out["values"] = [float(v) for v in flat.astype(np.float64)]
        out["bits"] = [format(int(b), "0%dx" % HEX[name]) for b in flat.view(uint)]
    else:
        out["values"] = [int(v) for v in flat]
    return out


def emit(kind, mode, seed, call, params, fn, x64=False):
    jax.config.update("jax_enable_x64", x64)
    jax.config.update("jax_threefry_partitionable", mode == "partitionable")
    key = jax.random.PRNGKey(seed)
    out = fn(key)
    pid = "/".join("%s=%s" % (k, v) for k, v in params.items() if k not in ("p",))
    case = {"id": "extra/%s/%s/seed=%s/%s" % (kind, mode, seed, pid), "kind": kind, "mode": mode, "x64": x64,
            "seed": seed, "key": [int(v) for v in np.asarray(jax.random.key_data(key))], "call": call,
            "params": params, "output": arr(out)}
    print(json.dumps(case))


for mode in ("partitionable", "legacy"):
    for seed in (0, 42):
        for name in ("exponential", "gumbel", "logistic"):
            for dt in ("float32", "float16", "bfloat16", "float64"):
                for shape in ((7,), (1500,)) if dt == "float32" else ((3, 4),):
                    f = getattr(jax.random, name)
                    emit(name, mode, seed, "jax.random.%s(key, %s, jnp.%s)" % (name, shape, dt),
                         {"shape": list(shape), "dtype": dt},
                         lambda k, f=f, shape=shape, dt=dt: f(k, shape, DT[dt]), x64=dt == "float64")
        for n, shape, replace in ((10, (5,), True), (10, (5,), False), (1000, (3, 4), False), (7, (2, 3), True)):
            emit("choice", mode, seed, "jax.random.choice(key, %d, %s, replace=%s)" % (n, shape, replace),
                 {"n": n, "shape": list(shape), "replace": replace},
                 lambda k, n=n, shape=shape, replace=replace: jax.random.choice(k, n, shape, replace))
        for n, shape, replace in ((3, (10,), True), (40, (7,), True), (3000, (50,), True), (40, (7,), False),
                                  (300, (20,), False)):
            p = np.arange(1, n + 1, dtype=np.float32) % 7 + 1
            p = (p / p.sum()).astype(np.float32)
            emit("choice_p", mode, seed,
                 "jax.random.choice(key, %d, %s, replace=%s, p=p)  # p = (arange(1,n+1) %% 7 + 1) / sum, float32"
                 % (n, shape, replace),
                 {"n": n, "shape": list(shape), "replace": replace, "p": [float(v) for v in p]},
                 lambda k, n=n, shape=shape, replace=replace, p=p: jax.random.choice(k, n, shape, replace, jnp.asarray(p)))
        for lo, hi, dt in ((-300, 300, "int8"), (0, 256, "uint8"), (-40000, 40000, "int16"), (0, 70000, "uint16"),
                           (5, 4000000000, "uint32"), (-2**31, 2**31 - 1, "int32"), (-10, 2**40, "int64"),
                           (0, 2**62, "uint64"), (3, 2**33, "int32")):
            x64 = dt in ("int64", "uint64") or abs(lo) >= 2**31 or abs(hi) >= 2**31
            emit("randint", mode, seed, "jax.random.randint(key, (9,), %d, %d, jnp.%s)" % (lo, hi, dt),
                 {"shape": [9], "minval": lo, "maxval": hi, "dtype": dt},
                 lambda k, lo=lo, hi=hi, dt=dt: jax.random.randint(k, (9,), lo, hi, DT[dt]), x64=x64)
        for lo, hi in ((-5.35, -5.30), (-10.0, 10.0), (5.0, 6.0), (0.25, 4.5), (-3.0, -2.9)):
            emit("truncated_normal", mode, seed, "jax.random.truncated_normal(key, %r, %r, (1024,), jnp.float32)" % (lo, hi),
                 {"shape": [1024], "dtype": "float32", "lower": lo, "upper": hi},
                 lambda k, lo=lo, hi=hi: jax.random.truncated_normal(k, lo, hi, (1024,), jnp.float32))
        for n in (1001, 3):
            emit("uniform", mode, seed, "jax.random.uniform(key, (%d,), jnp.float32, 0.3, 0.31)" % n,
                 {"shape": [n], "dtype": "float32", "minval": 0.3, "maxval": 0.31},
                 lambda k, n=n: jax.random.uniform(k, (n,), jnp.float32, 0.3, 0.31))
        for n in (0, 1, 2, 9):
            emit("permutation", mode, seed, "jax.random.permutation(key, %d)" % n, {"n": n},
                 lambda k, n=n: jax.random.permutation(k, n))
        emit("permutation_axis1", mode, seed,
             "jax.random.permutation(key, jnp.arange(24, dtype=jnp.float32).reshape(2, 3, 4), axis=1)",
             {"axis": 1}, lambda k: jax.random.permutation(k, jnp.arange(24, dtype=jnp.float32).reshape(2, 3, 4), axis=1))
        for n in (1, 9, 33):
            emit("bits8", mode, seed, "jax.random.bits(key, (%d,), jnp.uint8)" % n, {"shape": [n], "dtype": "uint8"},
                 lambda k, n=n: jax.random.bits(k, (n,), jnp.uint8))
            emit("bits16", mode, seed, "jax.random.bits(key, (%d,), jnp.uint16)" % n, {"shape": [n], "dtype": "uint16"},
                 lambda k, n=n: jax.random.bits(k, (n,), jnp.uint16))
