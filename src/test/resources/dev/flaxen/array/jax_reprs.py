"""Generates jax_reprs.json: repr() of real JAX arrays, for ArrayFormatTests.

Run: /work/venv/bin/python jax_reprs.py > jax_reprs.json
(jax 0.10.2, jaxlib 0.10.2, numpy 2.4.6, ml_dtypes 0.6.0, CPU, jax_enable_x64=True so that float64,
int64 and uint64 arrays exist; every array is made with an explicit dtype, so none is weakly typed).

Each entry: "call" is the Python expression evaluated here, "dtype" and "shape" describe the result,
"hex" holds its raw little-endian C-order bytes, and "repr" is repr(array) as JAX prints it.
"""
import json

import jax
import jax.numpy as jnp
import ml_dtypes  # noqa: F401  (bfloat16 scalars print through ml_dtypes)
import numpy as np

jax.config.update("jax_enable_x64", True)

rng = np.random.default_rng(20240601)

CALLS = [
    "jnp.array([[42., 1., 1., 1.], [1., 1., 1., 1.]], jnp.float32)",
    "jnp.arange(6, dtype=jnp.float32).reshape(2, 3)",
    "jnp.array([1, 2], jnp.int32)",
    "jnp.array(1., jnp.float32)",
    "jnp.array(-0., jnp.float32)",
    "jnp.array(7, jnp.int32)",
    "jnp.array(True)",
    "jnp.array([True, False])",
    "jnp.array([[True], [True]])",
    "jnp.array([0.5, 1.], jnp.float32)",
    "jnp.array([1e-08, 1.], jnp.float32)",
    "jnp.array([1e10, -1.5], jnp.float32)",
    "jnp.array([jnp.nan, jnp.inf, -jnp.inf, 1.5], jnp.float32)",
    "jnp.array([jnp.nan, jnp.inf], jnp.float32)",
    "jnp.array([jnp.nan, -1e-100], jnp.float64)",
    "jnp.array([0., -0.], jnp.float32)",
    "jnp.array([0., 0.], jnp.float32)",
    "jnp.array([0.1, 0.2, 0.3], jnp.float32)",
    "jnp.array([0.1, 0.2, 0.30000000000000004], jnp.float64)",
    "jnp.array([1/3, 2/3, 10.], jnp.float64)",
    "jnp.array([1/3, 2/3, 10.], jnp.float32)",
    "jnp.array([0.3, 1.2345678e-5], jnp.float32)",
    "jnp.array([0.3, 1.2345678e-5], jnp.float64)",
    "jnp.array([1e-4, 1.], jnp.float32)",
    "jnp.array([9.9e-5, 1.], jnp.float32)",
    "jnp.array([1., 1000.], jnp.float32)",
    "jnp.array([1., 1001.], jnp.float32)",
    "jnp.array([999999., 2.5], jnp.float32)",
    "jnp.array([1e6, 2.5], jnp.float32)",
    "jnp.array([99999999., 2.5], jnp.float64)",
    "jnp.array([1e8, 2.5], jnp.float64)",
    "jnp.array([1e100, 1e-100, -1.], jnp.float64)",
    "jnp.array([16777216., 1.], jnp.float32)",
    "jnp.array([3.4028235e38, -1.4e-45], jnp.float32)",
    "jnp.array([123456.789, -0.001], jnp.float64)",
    "jnp.array([12345678.9, -0.5], jnp.float64)",
    "jnp.array([0.00012345678901, 1.5], jnp.float64)",
    "jnp.array([-1., 2., -3.5], jnp.float32)",
    "jnp.array([[1.5, -2.25], [100.125, 0.]], jnp.float32)",
    "jnp.array([1000., 2.5, 3.], jnp.float16)",
    "jnp.array([0.1, 65504., -0.5], jnp.float16)",
    "jnp.array([0.1, 0.2, 999.], jnp.float16)",
    "jnp.array([6e-08, 1.], jnp.float16)",
    "jnp.array(0.1, jnp.float16)",
    "jnp.array([1., 2.5, 3.], jnp.bfloat16)",
    "jnp.array([1e-08, 2.5, 3., 0.1, 1e10, -7.], jnp.bfloat16)",
    "jnp.array([0.1015625, jnp.nan, -jnp.nan, jnp.inf, -jnp.inf, 0., -0., 1e-40, 123456.], jnp.bfloat16)",
    "jnp.array(1., jnp.bfloat16)",
    "jnp.ones((2, 3, 4), jnp.bfloat16)",
    "jnp.array([1000., 1e6, 1e-5], jnp.bfloat16)",
    "jnp.array([0, 255, 7], jnp.uint8)",
    "jnp.array([-128, 127], jnp.int8)",
    "jnp.array([0, 4294967295], jnp.uint32)",
    "jnp.array([-9223372036854775808, 9223372036854775807], jnp.int64)",
    "jnp.array([0, 18446744073709551615], jnp.uint64)",
    "jnp.array([-32768, 5], jnp.int16)",
    "jnp.array([65535, 5], jnp.uint16)",
    "jnp.array([-5, 12, 300, -4000], jnp.int32).reshape(2, 2)",
    "jnp.zeros((0, 3), jnp.float32)",
    "jnp.zeros((3, 0), jnp.int32)",
    "jnp.zeros((0,), jnp.bfloat16)",
    "jnp.zeros((1, 1, 1), jnp.float32)",
    "jnp.arange(4, dtype=jnp.float32).reshape(2, 1, 2)",
    "jnp.arange(24, dtype=jnp.int32).reshape(2, 3, 4)",
    "jnp.arange(16, dtype=jnp.float32).reshape(2, 2, 2, 2)",
    "jnp.arange(100, dtype=jnp.float32)",
    "jnp.arange(40, dtype=jnp.float32).reshape(2, 20)",
    "jnp.arange(30, dtype=jnp.int64) * 1000000007",
    "jnp.arange(2000, dtype=jnp.float32)",
    "jnp.arange(1001, dtype=jnp.int32)",
    "jnp.arange(1000, dtype=jnp.int32)",
    "jnp.arange(3000, dtype=jnp.int32).reshape(30, 100)",
    "jnp.arange(1470, dtype=jnp.float32).reshape(7, 7, 30) / 7",
    "jnp.ones((1001,), jnp.bool_)",
    "jnp.ones((2000,), jnp.bfloat16)",
    "jnp.linspace(-1., 1., 17, dtype=jnp.float32)",
    "jnp.array([-0.1, 0.25, -1e-3, 3.], jnp.float32)",
    "jnp.array([5e-324, 1.], jnp.float64)",
    "jnp.array([1.7976931348623157e308], jnp.float64)",
    "jnp.array([2.5, -2.5, 0.1, 0.7], jnp.float32) * 1e-7",
    "jnp.array([1234.5678, 0.5], jnp.float32)",
    "jnp.array([jnp.nan], jnp.float32)",
    "jnp.array([-jnp.inf, 1e-5], jnp.float32)",
    "jnp.array(jnp.nan, jnp.float64)",
    "jnp.array(1e-9, jnp.float32)",
    "jnp.array([[0.001, 0.01], [0.1, 1.]], jnp.float32)",
    "jnp.array(list(range(-12, 13)), jnp.int8)",
    "jnp.full((3, 25), -1.25, jnp.float32)",
    "jnp.full((2, 26), 0.5, jnp.float64)",
    "jnp.full((1, 13), 1234567., jnp.float32)",
]


def random_calls():
    """Seeded random arrays (numpy default_rng(20240601)); the call records the exact values."""
    out = []
    for dtype in ("float32", "float64", "float16", "bfloat16"):
        for scale in (-6, -2, 0, 1, 3, 5, 9):
            shape = tuple(int(d) for d in rng.integers(1, 6, size=int(rng.integers(1, 4))))
            vals = rng.standard_normal(shape) * 10.0 ** scale
            out.append(f"jnp.array({vals.tolist()!r}, jnp.{dtype})")
    for dtype in ("int32", "uint8", "int64"):
        info = np.iinfo(dtype)
        lo, hi = max(int(info.min), -10**6), min(int(info.max), 10**6)
        vals = rng.integers(lo, hi, size=(3, 7))
        out.append(f"jnp.array({vals.tolist()!r}, jnp.{dtype})")
    return out


def entry(call):
    x = eval(call)  # noqa: S307 (fixed expressions listed above)
    raw = np.asarray(x)
    return {
        "call": call,
        "dtype": str(x.dtype),
        "shape": list(x.shape),
        "hex": raw.astype(raw.dtype.newbyteorder("<")).tobytes(order="C").hex(),
        "repr": repr(x),
    }


if __name__ == "__main__":
    print(json.dumps([entry(c) for c in CALLS + random_calls()], indent=1))
