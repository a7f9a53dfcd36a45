"""Reference values for dev.flaxen.tree tests. Run: /work/venv/bin/python flax_reference.py
Output committed beside it as flax_reference.out. The tests never run Python; each hard-coded value
in FrozenDictTests / TreesTests / MutableDictTests cites the line of this script that produced it."""
import jax, jax.numpy as jnp, flax
import flax.linen as nn
from flax.core import freeze, pretty_repr
from flax import traverse_util

print("versions", jax.__version__, flax.__version__)

class Multi:  # a leaf whose repr spans lines, as a JAX array's does
    def __repr__(self): return "Leaf(\n  1,\n  2)"

nested = {"params": {"layers_0": {"kernel": 1, "bias": 2}, "layers_2": {"kernel": 3, "bias": 4}}}
print("repr_nested", repr(pretty_repr(freeze(nested))))
print("repr_empty", repr(pretty_repr(freeze({}))))
print("repr_empty_sub", repr(pretty_repr(freeze({"params": {}, "batch_stats": {"mean": 0}}))))
print("repr_flat", repr(pretty_repr(freeze({"b": 1.5, "a": -2}))))
print("repr_multiline", repr(pretty_repr(freeze({"params": {"w": Multi()}}))))
print("repr_spaces2", repr(freeze(nested).pretty_repr(num_spaces=2)))
print("repr_dict", repr(pretty_repr({"params": {"kernel": 1, "bias": 2}})))

t = {"params": {"layers_2": {"kernel": 3, "bias": 4}, "layers_0": {"kernel": 1, "bias": 2}},
     "batch_stats": {"mean": 5, "var": 6}}
print("leaves", jax.tree_util.tree_leaves(freeze(t)))
print("paths", [jax.tree_util.keystr(p, simple=True, separator="/")
                for p, _ in jax.tree_util.tree_leaves_with_path(freeze(t))])
print("flatten", traverse_util.flatten_dict(freeze(t)))
print("flatten_sep", traverse_util.flatten_dict(freeze(t), sep="/"))
print("flatten_dot", traverse_util.flatten_dict(freeze(t), sep="."))
te = {"a": {}, "b": {"c": 1, "d": {}}}
print("flatten_empty", traverse_util.flatten_dict(freeze(te)))
print("flatten_keep", traverse_util.flatten_dict(freeze(te), keep_empty_nodes=True))
print("flatten_keep_root", traverse_util.flatten_dict(freeze({}), keep_empty_nodes=True))
print("unflatten", traverse_util.unflatten_dict({"b/y": 1, "a": 2, "b/x": 3}, sep="/"))
print("tree_map", jax.tree_util.tree_map(lambda x: x * 10, freeze(t)))
print("codepoint", sorted(["\uffff", "\U00010000", "b", "B", "_", "a1", "a"]))
print("leaves_codepoint", jax.tree_util.tree_leaves(freeze({"\uffff": 1, "\U00010000": 2, "z": 3, "Z": 4})))

v = freeze({"params": {"w": 1}, "batch_stats": {"m": 0}})
print("copy", repr(pretty_repr(v.copy({"params": {"v": 2}, "cache": {}}))))
rest, popped = v.pop("params")
print("pop", repr(pretty_repr(rest)), popped)
try:
    v.pop("cache")
except KeyError as e:
    print("pop_missing KeyError", e)
print("eq_order", freeze({"a": 1, "b": 2}) == freeze({"b": 2, "a": 1}))
print("eq_empty_sub", freeze({"a": {}}) == freeze({}))
print("eq_leaf_vs_sub", freeze({"a": {"b": 1}}) == freeze({"a": 1}))

params = nn.Dense(8).init(jax.random.key(0), jnp.ones((1, 4)))
print("dense_shapes", jax.tree_util.tree_map(jnp.shape, params))
print("dense_count", sum(x.size for x in jax.tree_util.tree_leaves(params)),
      "dense_bytes", sum(x.nbytes for x in jax.tree_util.tree_leaves(params)))
print("dense_order", list(params["params"].keys()))
