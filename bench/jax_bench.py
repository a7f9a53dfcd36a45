#!/usr/bin/env python3
"""Times JAX/Flax on the shapes of Flaxen's benchmark (docs/performance.md) and writes JSON rows.

    python bench/jax_bench.py [--out target/bench/jax.json] [--quick]

Needs a Python with jax and flax (this project's venv: /work/venv/bin/python); neither the build nor the tests use
it. Every measurement runs in a fresh subprocess with XLA limited to 1 or 2 threads (XLA_FLAGS, and taskset when
available; taskset is what bounds the threads, so without it a row says so in its note), because XLA reads its thread
settings once, at start-up:

* jax.random.uniform / normal / truncated_normal(-2, 2), float32, 16M and 100M elements, both Threefry modes:
  jax.jit-compiled, timed after a warm-up call, until block_until_ready;
* Flax init of the MLP (4096 input features, 6 hidden Dense(4096) + ReLU, Dense(10): 100,728,842 parameters, Flax's
  default lecun_normal kernels and zero biases) and of a GPT-2-small-shaped model (124,439,808 parameters): the
  eager model.init call, and jax.jit(model.init) after compilation.

Rows: {"producer", "benchmark", "elements", "threads", "mode", "seconds", "elements_per_s", "note"}.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

SIZES = [1 << 24, 100_000_000]
SAMPLERS = ["uniform", "normal", "truncated_normal"]


def child_env(threads):
    env = dict(os.environ)
    env["XLA_FLAGS"] = (env.get("XLA_FLAGS", "") + " --xla_cpu_multi_thread_eigen="
                        + ("false" if threads == 1 else "true")).strip()
    env["OMP_NUM_THREADS"] = str(threads)
    env["JAX_PLATFORMS"] = "cpu"
    return env


def run_child(threads, task, quick):
    cmd = [sys.executable, os.path.abspath(__file__), "--child", task, "--threads", str(threads)]
    if quick:
        cmd.append("--quick")
    pinned = shutil.which("taskset") is not None and threads <= (os.cpu_count() or 1)
    if pinned:
        cmd = ["taskset", "-c", ",".join(str(c) for c in range(threads))] + cmd
    out = subprocess.run(cmd, env=child_env(threads), capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if not pinned:
        for row in rows:
            row["note"] += "; not pinned with taskset: XLA may have used more threads"
    return rows


def mean_of(fn, repeats):
    """Mean seconds of `repeats` calls after one warm-up call: the statistic JMH reports for the Java rows."""
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return sum(times) / len(times)


def child_samplers(threads, quick):
    import jax
    import jax.numpy as jnp
    key = jax.random.PRNGKey(0)
    sizes = SIZES[:1] if quick else SIZES
    for partitionable in (True, False):
        jax.config.update("jax_threefry_partitionable", partitionable)
        mode = "partitionable" if partitionable else "legacy"
        for n in sizes:
            fns = {
                "uniform": jax.jit(lambda k, n=n: jax.random.uniform(k, (n,), jnp.float32)),
                "normal": jax.jit(lambda k, n=n: jax.random.normal(k, (n,), jnp.float32)),
                "truncated_normal": jax.jit(lambda k, n=n: jax.random.truncated_normal(k, -2.0, 2.0, (n,), jnp.float32)),
            }
            for name in SAMPLERS:
                f = fns[name]
                seconds = mean_of(lambda: f(key).block_until_ready(), 1 if quick else 3)
                emit("JAX " + jax.__version__, name, n, threads, mode, seconds, "jit, block_until_ready")


class Models:
    """The two Flax models, built lazily so that the parent process never imports flax."""

    @staticmethod
    def mlp():
        import flax.linen as nn

        class MLP(nn.Module):
            @nn.compact
            def __call__(self, x):
                for _ in range(6):
                    x = nn.relu(nn.Dense(4096)(x))
                return nn.Dense(10)(x)

        return MLP(), (1, 4096)

    @staticmethod
    def gpt2():
        import flax.linen as nn
        import jax.numpy as jnp
        init = nn.initializers.normal(0.02)

        class Block(nn.Module):
            @nn.compact
            def __call__(self, x):
                h = nn.LayerNorm(name="ln_1")(x)
                qkv = nn.Dense(3 * 768, kernel_init=init, name="c_attn")(h)
                x = x + nn.Dense(768, kernel_init=init, name="attn_c_proj")(qkv[..., :768])
                h = nn.LayerNorm(name="ln_2")(x)
                h = nn.gelu(nn.Dense(3072, kernel_init=init, name="c_fc")(h))
                return x + nn.Dense(768, kernel_init=init, name="mlp_c_proj")(h)

        class GPT2(nn.Module):
            @nn.compact
            def __call__(self, ids):
                x = nn.Embed(50257, 768, embedding_init=init, name="wte")(ids)
                x = x + nn.Embed(1024, 768, embedding_init=init, name="wpe")(jnp.arange(ids.shape[-1]))
                for i in range(12):
                    x = Block(name="h_%d" % i)(x)
                return nn.LayerNorm(name="ln_f")(x)

        return GPT2(), (1, 8)


def child_init(threads, quick):
    import jax
    import jax.numpy as jnp
    jax.config.update("jax_threefry_partitionable", True)
    for name in ("mlp", "gpt2"):
        model, shape = getattr(Models, name)()
        x = jnp.zeros(shape, jnp.int32 if name == "gpt2" else jnp.float32)
        key = jax.random.PRNGKey(0)
        params = model.init(key, x)
        count = sum(p.size for p in jax.tree_util.tree_leaves(params))
        block = lambda tree: jax.tree_util.tree_map(lambda a: a.block_until_ready(), tree)
        eager = mean_of(lambda: block(model.init(key, x)), 1 if quick else 2)
        emit("Flax " + __import__("flax").__version__, "init_" + name, count, threads, "partitionable", eager,
             "eager model.init")
        jitted = jax.jit(model.init)
        block(jitted(key, x))
        compiled = mean_of(lambda: block(jitted(key, x)), 1 if quick else 3)
        emit("Flax " + __import__("flax").__version__, "init_" + name, count, threads, "partitionable", compiled,
             "jax.jit(model.init), compiled")


def emit(producer, benchmark, elements, threads, mode, seconds, note):
    print(json.dumps({"producer": producer, "benchmark": benchmark, "elements": int(elements), "threads": threads,
                      "mode": mode, "seconds": seconds, "elements_per_s": elements / seconds, "note": note}),
          flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="target/bench/jax.json")
    ap.add_argument("--threads", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--quick", action="store_true", help="16M only, one repetition (a smoke test)")
    ap.add_argument("--child", choices=["samplers", "init"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        t = args.threads[0]
        (child_samplers if args.child == "samplers" else child_init)(t, args.quick)
        return
    rows = []
    for t in args.threads:
        for task in ("samplers", "init"):
            rows += run_child(t, task, args.quick)
            print("threads=%d %s: %d rows" % (t, task, len(rows)), file=sys.stderr)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(rows, f, indent=1)
    print("wrote %d rows to %s" % (len(rows), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
