"""Flax's tabulate text for a few models (written to tabulate.jsonl beside this file).

Run with jax 0.10.2 / flax 0.12.8 on CPU:  python gen_tabulate.py > tabulate.jsonl
Flax orders the collection columns by iterating a Python set of their names, which depends on string hashing; the
script re-runs itself with PYTHONHASHSEED=0 so the output is reproducible. (With that seed the bn model's columns come
out params, batch_stats: the order of the variables tree, which is the order Flaxen always uses; other seeds may swap
them.)
Each line: the model ('model', 'model_source' for custom modules), the input shape and the exact call, and 'text':
what model.tabulate(jax.random.PRNGKey(0), x, console_kwargs={'width': 200, 'force_terminal': False,
'color_system': None}) returned (plain text, rich's box characters). Tests never run this script.
"""
import inspect
import json
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))

import flax.linen as nn
import jax
import jax.numpy as jnp

jax.config.update("jax_platforms", "cpu")
CONSOLE = {"width": 200, "force_terminal": False, "color_system": None}


class M(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.Dense(8)(x)
        x = nn.relu(x)
        x = nn.BatchNorm(use_running_average=False)(x)
        return nn.Dense(1)(x)


class Leaf(nn.Module):
    features: int

    @nn.compact
    def __call__(self, x):
        return nn.Dense(self.features)(x)


class Middle(nn.Module):
    features: int

    @nn.compact
    def __call__(self, x):
        h = Leaf(self.features, name="leaf")(x)
        scale = self.param("scale", nn.initializers.normal(1.0), (self.features,))
        return nn.Dense(self.features, use_bias=False)(h) * scale


class Top(nn.Module):
    hidden: int
    out: int

    @nn.compact
    def __call__(self, x):
        x = nn.Dense(self.hidden, name="input_proj")(x)
        x = Middle(self.out)(x)
        w = self.param("w_top", nn.initializers.lecun_normal(), (self.out, self.out))
        return x @ w


class SharedDense(nn.Module):
    @nn.compact
    def __call__(self, x):
        d = nn.Dense(x.shape[-1], name="shared")
        return d(nn.relu(d(x)))


def flatten(x):
    return x.reshape((x.shape[0], -1))


CASES = [
    ("seq", "nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)])", nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)]),
     (2, 4), None),
    ("bn", "M()", M(), (2, 4), M),
    ("named_nested", "Top(hidden=5, out=3)", Top(5, 3), (2, 3), Top),
    ("cnn", "nn.Sequential([nn.Conv(4, (3, 3)), nn.relu, flatten, nn.Dense(10)])  # flatten = reshape (n, -1)",
     nn.Sequential([nn.Conv(4, (3, 3)), nn.relu, flatten, nn.Dense(10)]), (1, 8, 8, 1), None),
    ("shared_dense", "SharedDense()", SharedDense(), (4, 5), SharedDense),
]

for name, expr, model, shape, cls in CASES:
    x = jnp.ones(shape)
    text = model.tabulate(jax.random.PRNGKey(0), x, console_kwargs=CONSOLE)
    case = {"id": "tabulate/" + name, "model": expr, "input_shape": list(shape),
            "call": "model.tabulate(jax.random.PRNGKey(0), jnp.ones(%s), console_kwargs=%r)" % (shape, CONSOLE),
            "text": text}
    if cls is not None:
        case["model_source"] = inspect.getsource(cls)
    print(json.dumps(case))
