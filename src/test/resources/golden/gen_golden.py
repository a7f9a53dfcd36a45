"""Golden digests for Flaxen's test kit (dev.flaxen.testing), computed from real Flax trees by an independent Python
implementation of the canonical bytes (format flaxen-tree-1, docs/testing.md).

Run from this directory with jax 0.10.2 / jaxlib 0.10.2 / flax 0.12.8 / numpy 2.4.6 / ml_dtypes 0.6.0 on CPU:

    /work/venv/bin/python gen_golden.py

It writes
  seed-chapter/<mode>-seed<S>-step<N>.digest   the golden file of the variables tree of step N of the d2l "Parameter
                                               Initialization" chapter (JAX tab) as Flax computes it, for seeds 0 and
                                               42 in both Threefry modes; the cells are those of
                                               ../vectors/gen_nn.py (seed_chapter), every net initialised with
                                               jax.random.PRNGKey(seed) on X = jax.random.uniform(PRNGKey(seed + 1), (2, 4))
  docs/scaled-mlp-seed0.digest                 the golden file of docs/testing.md's example model (ScaledMlp below,
                                               src/test/java/dev/flaxen/docs/ScaledMlpTests.java in Java), initialised
                                               by Flax with PRNGKey(0) in partitionable mode on an input of shape (2, 4)
  canonical.json                               a hand-made tree of every dtype (edge values, a scalar, an empty array,
                                               an empty subtree, keys whose code-point order differs from insertion
                                               and UTF-16 order): its leaves in insertion order with their raw bytes,
                                               its canonical bytes in hex, its digest, and its golden file's text
Tests never run this script.
"""
import hashlib
import json
import os
import struct
import sys

import flax
import flax.linen as nn
import jax
import jax.numpy as jnp
import ml_dtypes
import numpy as np

jax.config.update("jax_platforms", "cpu")
MAGIC = b"flaxen-tree-1"
HEADER = ("# Flaxen golden digest: SHA-256 of the tree's canonical bytes (flaxen-tree-1, see docs/testing.md).\n"
          "# Re-record: delete this file, or run the test with -Dflaxen.golden=update.\n")


# ---------------------------------------------------------------------------------------------- canonical bytes
def entries(tree, prefix=()):
    """(path tuple, array or None) for every leaf and every empty subtree below the root, in insertion order."""
    out = []
    for key, value in tree.items():
        path = prefix + (key,)
        if isinstance(value, (dict, flax.core.FrozenDict)):
            out.extend(entries(value, path) if len(value) else [(path, None)])
        else:
            out.append((path, np.asarray(value)))
    return out


def entry_bytes(path, leaf):
    name = "/".join(path).encode("utf-8")
    b = struct.pack("<I", len(name)) + name + struct.pack("<B", 0 if leaf is None else 1)
    if leaf is None:
        return b
    dtype = leaf.dtype.name.encode("ascii")
    data = np.ascontiguousarray(leaf).tobytes(order="C")  # native order, little-endian on the machines we use
    b += struct.pack("<I", len(dtype)) + dtype + struct.pack("<I", leaf.ndim)
    b += b"".join(struct.pack("<Q", d) for d in leaf.shape)
    return b + struct.pack("<Q", len(data)) + data


def sorted_entries(tree):
    # Python compares the path tuples segment by segment, each string by code point, a prefix first.
    return sorted(entries(tree), key=lambda e: e[0])


def canonical(tree):
    es = sorted_entries(tree)
    return MAGIC + struct.pack("<Q", len(es)) + b"".join(entry_bytes(p, a) for p, a in es)


def spec(leaf):
    return "%s[%s]" % (leaf.dtype.name, ",".join(str(d) for d in leaf.shape))


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def golden_text(tree):
    lines = [HEADER, "tree %s\n" % hashlib.sha256(canonical(tree)).hexdigest()]
    for path, leaf in sorted_entries(tree):
        p = escape("/".join(path))
        if leaf is None:
            lines.append("empty %s\n" % p)
        else:
            lines.append("leaf %s %s %s\n" % (hashlib.sha256(entry_bytes(path, leaf)).hexdigest(), spec(leaf), p))
    return "".join(lines)


# ---------------------------------------------------------------------------------------------- seed chapter
def seed_chapter(mode, seed):
    """The variables tree of each of the six steps, as ../vectors/gen_nn.py's seed_chapter makes them."""
    jax.config.update("jax_threefry_partitionable", mode == "partitionable")
    X = jax.random.uniform(jax.random.PRNGKey(seed + 1), (2, 4))
    key = jax.random.PRNGKey(seed)
    zeros = nn.initializers.zeros

    def two_dense(kernel0, kernel2, bias=zeros):
        return nn.Sequential([nn.Dense(8, kernel_init=kernel0, bias_init=bias), nn.relu,
                              nn.Dense(1, kernel_init=kernel2, bias_init=bias)])

    def my_init(key, shape, dtype=jnp.float32):
        data = jax.random.uniform(key, shape, minval=-10, maxval=10)
        return data * (jnp.abs(data) >= 5)

    steps = [nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)]).init(key, X),
             two_dense(nn.initializers.normal(0.01), nn.initializers.normal(0.01)).init(key, X),
             two_dense(nn.initializers.constant(1), nn.initializers.constant(1)).init(key, X),
             two_dense(nn.initializers.xavier_uniform(), nn.initializers.constant(42)).init(key, X)]
    params = nn.Sequential([nn.Dense(8, kernel_init=my_init), nn.relu, nn.Dense(1)]).init(key, X)
    steps.append(params)
    kernel = params["params"]["layers_0"]["kernel"]
    layers_0 = dict(params["params"]["layers_0"], kernel=(kernel + 1).at[0, 0].set(42))
    steps.append(flax.core.copy(params, {"params": dict(params["params"], layers_0=layers_0)}))
    return steps


# ---------------------------------------------------------------------------------------------- docs example
class ScaledMlp(nn.Module):
    @nn.compact
    def __call__(self, x):
        h = nn.relu(nn.Dense(16)(x))
        y = nn.Dense(3)(h)
        return y * self.param("scale", nn.initializers.ones, (3,))


def scaled_mlp():
    jax.config.update("jax_threefry_partitionable", True)
    return ScaledMlp().init(jax.random.PRNGKey(0), jnp.zeros((2, 4), jnp.float32))


# ---------------------------------------------------------------------------------------------- canonical.json
def reference_tree():
    bf16, f16 = ml_dtypes.bfloat16, np.float16
    return {
        "params": {
            "layers_2": {"kernel": np.array([[-1.5, 0.0, -0.0], [np.inf, np.nan, 1e-45]], np.float32),
                         "bias": np.array([1 / 3, -2.0, 1e300], np.float64)},
            "layers_10": {"kernel": np.array([[1, -2], [0.5, np.nan]], bf16),
                          "scale": np.array([65504, -6.1e-05, 1], f16)},
            "\u00e9": {"ids": np.array([-1, 0, 7, 2147483647], np.int32),
                       "big": np.array([-9223372036854775808, 5], np.int64)},
            "empty": {},
            "with space": {"\uffff": np.array(1.0, np.float32), "\U00010000": np.array([2.0], np.float32)},
        },
        "batch_stats": {"count": np.array(200, np.uint8), "mask": np.array([True, False, True]),
                        "u16": np.array([65535, 1], np.uint16), "u32": np.array([4294967295], np.uint32),
                        "u64": np.array([18446744073709551615], np.uint64), "i8": np.array([-128, 127], np.int8),
                        "i16": np.array([-300], np.int16), "none": np.zeros((0, 3), np.float32)},
    }


def reference_case():
    tree = reference_tree()
    leaves = [{"path": "/".join(p), "empty": a is None} if a is None else
              {"path": "/".join(p), "dtype": a.dtype.name, "shape": list(a.shape), "data": a.tobytes().hex()}
              for p, a in entries(tree)]
    b = canonical(tree)
    return {"note": "entries in insertion order; data is the raw little-endian C-order bytes",
            "entries": leaves, "canonical_hex": b.hex(), "sha256": hashlib.sha256(b).hexdigest(),
            "golden_file": golden_text(tree)}


def main():
    assert sys.byteorder == "little"
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "seed-chapter"), exist_ok=True)
    for mode in ("partitionable", "legacy"):
        for seed in (0, 42):
            for n, tree in enumerate(seed_chapter(mode, seed), start=1):
                name = os.path.join(here, "seed-chapter", "%s-seed%d-step%d.digest" % (mode, seed, n))
                with open(name, "w", encoding="utf-8", newline="\n") as f:
                    f.write(golden_text(flax.core.unfreeze(tree)))
    os.makedirs(os.path.join(here, "docs"), exist_ok=True)
    with open(os.path.join(here, "docs", "scaled-mlp-seed0.digest"), "w", encoding="utf-8", newline="\n") as f:
        f.write(golden_text(flax.core.unfreeze(scaled_mlp())))
    with open(os.path.join(here, "canonical.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(reference_case(), f, indent=1, ensure_ascii=True)
        f.write("\n")


if __name__ == "__main__":
    main()
