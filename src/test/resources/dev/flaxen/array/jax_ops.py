"""Generates jax_ops.json: known answers from real JAX for ElementwiseTests, ReductionsTests, MatMulTests.

Run: /work/venv/bin/python jax_ops.py > jax_ops.json
(jax 0.10.2, jaxlib 0.10.2, numpy 2.4.6, ml_dtypes 0.6.0, CPU, jax_enable_x64=True so 64-bit dtypes exist.)
Bit patterns are unsigned integers of the dtype's width; each section records the JAX call that made it.
"""
import json

import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np

jax.config.update("jax_enable_x64", True)
rng = np.random.default_rng(7)

DTYPES = ["float64", "float32", "float16", "bfloat16", "int64", "int32", "int16", "int8",
          "uint64", "uint32", "uint16", "uint8", "bool"]
UINT = {1: np.uint8, 2: np.uint16, 4: np.uint32, 8: np.uint64}


def bits(x):
    a = np.asarray(x)
    return a.view(UINT[a.dtype.itemsize]).ravel().tolist() if a.dtype != np.bool_ else a.astype(np.uint8).ravel().tolist()


def from_bits(b, dtype):
    dt = np.dtype(getattr(ml_dtypes, dtype) if dtype == "bfloat16" else dtype)
    return jnp.asarray(np.array(b, UINT[dt.itemsize]).view(dt))


def promotion():
    return {"call": "jnp.promote_types(a, b)",
            "rows": [[a, b, str(jnp.promote_types(a, b))] for a in DTYPES for b in DTYPES]}


def half_arithmetic():
    out = {"call": "op(x, y) on jnp arrays of the dtype, e.g. jnp.add(x, y); bits via .view(uint16)", "cases": []}
    for dtype in ("bfloat16", "float16"):
        x = jnp.asarray((rng.standard_normal(64) * 4).astype(np.float32)).astype(dtype)
        y = jnp.asarray((rng.standard_normal(64) * 4).astype(np.float32)).astype(dtype)
        case = {"dtype": dtype, "x": bits(x), "y": bits(y)}
        for name, f in (("add", jnp.add), ("sub", jnp.subtract), ("mul", jnp.multiply), ("div", jnp.divide),
                        ("maximum", jnp.maximum), ("mul_scalar_0.1", lambda a, b: a * 0.1),
                        ("sqrt_abs", lambda a, b: jnp.sqrt(jnp.abs(a)))):
            case[name] = bits(f(x, y))
        out["cases"].append(case)
    return out


def conversions():
    f32 = np.array([0.0, -0.0, 1.5, -1.5, 2.5, -2.7, 127.9, 128.0, 255.5, 256.0, -129.0, 3e9, -3e9, 1e20,
                    -1e20, np.nan, np.inf, -np.inf, 65504.0, 65520.0, 1e-8, 0.1], np.float32)
    out = {"call": "jnp.asarray(x).astype(dtype) for float32 x; bits", "float32": bits(f32), "to": {}}
    for dtype in ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "bool",
                  "float16", "bfloat16", "float64"):
        out["to"][dtype] = bits(jnp.asarray(f32).astype(dtype))
    ints = np.array([-1, 255, 256, -129, 70000, 2**31 - 1, -2**31, 2**24 + 2**16 + 1, 2**53 + 1], np.int64)
    out["int64"] = bits(ints)
    out["int64_to"] = {d: bits(jnp.asarray(ints).astype(d))
                       for d in ("int8", "uint8", "uint32", "float32", "bfloat16", "float16", "bool")}
    return out


def aranges():
    calls = ["jnp.arange(0, 1, 0.1, dtype=jnp.float32)", "jnp.arange(0.1, 2.3, 0.7, dtype=jnp.float32)",
             "jnp.arange(-1, 1, 0.3, dtype=jnp.float32)", "jnp.arange(0, 1, 0.1, dtype=jnp.float64)",
             "jnp.arange(0, 3, 0.1, dtype=jnp.bfloat16)", "jnp.arange(0, 2, 0.15, dtype=jnp.float16)",
             "jnp.arange(5, 0, -1.5, dtype=jnp.float32)", "jnp.arange(0, 5, 1.5, dtype=jnp.int32)"]
    rows = []
    for c in calls:
        x = eval(c)  # noqa: S307 (fixed expressions above)
        rows.append({"call": c, "dtype": str(x.dtype), "bits": bits(x)})
    return rows


def reduction_dtypes(dtypes):
    rows = []
    for dtype in dtypes:
        x = jnp.ones((2, 3), dtype)
        rows.append([dtype, str(jnp.sum(x).dtype), str(jnp.mean(x).dtype), str(jnp.max(x).dtype),
                     str(jnp.var(x).dtype), str(jnp.argmax(x, axis=0).dtype)])
    return rows


def reductions():
    wide = [d for d in DTYPES if d in ("float64", "int64", "uint64")]
    rows = reduction_dtypes(wide)
    with jax.enable_x64(False):
        rows += reduction_dtypes([d for d in DTYPES if d not in wide])
    x = (rng.standard_normal((3, 4, 5)) * 3).astype(np.float32)
    return {"dtypes_call": "[dtype, sum, mean, max, var, argmax(axis=0)] dtypes of jnp.ones((2, 3), dtype); "
                           "64-bit dtypes with jax_enable_x64=True, the others inside jax.enable_x64(False) "
                           "(JAX's default configuration)",
            "dtypes": rows,
            "values_call": "x (float32, shape (3, 4, 5)); jnp.sum/mean/var/std/min/max(x, axis=(0, 2)) and argmax(x, 1)",
            "x": bits(x),
            "sum": jnp.sum(jnp.asarray(x), axis=(0, 2)).tolist(),
            "mean": jnp.mean(jnp.asarray(x), axis=(0, 2)).tolist(),
            "var": jnp.var(jnp.asarray(x), axis=(0, 2)).tolist(),
            "std": jnp.std(jnp.asarray(x), axis=(0, 2)).tolist(),
            "min": bits(jnp.min(jnp.asarray(x), axis=(0, 2))),
            "max": bits(jnp.max(jnp.asarray(x), axis=(0, 2))),
            "argmax": jnp.argmax(jnp.asarray(x), axis=1).ravel().tolist()}


def matmul():
    a = rng.integers(-4, 5, size=(2, 1, 3, 4)).astype(np.float32)
    b = rng.integers(-4, 5, size=(5, 4, 2)).astype(np.float32)
    v = rng.integers(-4, 5, size=(4,)).astype(np.float32)
    return {"call": "jnp.matmul(a, b), jnp.matmul(a, v), jnp.matmul(v, b) with small-integer float32 inputs "
                    "(exact in any summation order)",
            "a": a.ravel().tolist(), "a_shape": list(a.shape), "b": b.ravel().tolist(), "b_shape": list(b.shape),
            "v": v.tolist(),
            "ab": np.asarray(jnp.matmul(a, b)).ravel().tolist(), "ab_shape": list(jnp.matmul(a, b).shape),
            "av": np.asarray(jnp.matmul(a, v)).ravel().tolist(), "av_shape": list(jnp.matmul(a, v).shape),
            "vb": np.asarray(jnp.matmul(v, b)).ravel().tolist(), "vb_shape": list(jnp.matmul(v, b).shape)}


if __name__ == "__main__":
    print(json.dumps({"promotion": promotion(), "half_arithmetic": half_arithmetic(),
                      "conversions": conversions(), "arange": aranges(), "reductions": reductions(),
                      "matmul": matmul()}, indent=1))
