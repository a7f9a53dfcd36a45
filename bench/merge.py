#!/usr/bin/env python3
"""Merges benchmark rows (target/bench/*.json from BenchMain and jax_bench.py) into one markdown table.

    python3 bench/merge.py target/bench/java-default.json target/bench/java-25.json target/bench/jax.json \
        --out docs/benchmark-results.md

Plain Python 3, no packages; never used by the build or the tests. For each benchmark, size and thread count the
rows are sorted by speed; "Flaxen x" is how many times faster the fastest Flaxen row of the same benchmark, size,
threads and Threefry mode is (rows without a mode, the peers, compare with partitionable Flaxen).
"""
import argparse
import json
import platform
import time

ORDER = ["uniform", "normal", "truncated_normal", "fill", "allocate_fill", "init_mlp", "init_gpt2"]


def load(paths):
    rows = []
    for p in paths:
        with open(p) as f:
            rows += json.load(f)
    return rows


def flaxen_rate(rows, r):
    mode = "partitionable" if r["mode"] == "-" else r["mode"]
    bench = "uniform" if "fill" in r["benchmark"] else r["benchmark"]
    rates = [o["elements_per_s"] for o in rows if o["producer"].startswith("Flaxen") and o["benchmark"] == bench
             and o["elements"] == r["elements"] and o["threads"] == r["threads"] and o["mode"] == mode]
    return max(rates) if rates else None


def fmt_rate(x):
    return "%.3g G/s" % (x / 1e9) if x >= 1e8 else "%.3g M/s" % (x / 1e6)


def table(rows):
    key = lambda r: (ORDER.index(r["benchmark"]) if r["benchmark"] in ORDER else 99, r["elements"], r["threads"],
                     -r["elements_per_s"])
    out = ["| benchmark | elements | threads | producer | mode | elements/s | time | Flaxen x | note |",
           "|---|---:|---:|---|---|---:|---:|---:|---|"]
    for r in sorted(rows, key=key):
        ref = flaxen_rate(rows, r)
        ratio = "%.2f" % (ref / r["elements_per_s"]) if ref else "-"
        out.append("| %s | %s | %d | %s | %s | %s | %.3f s | %s | %s |" % (
            r["benchmark"], format(r["elements"], ","), r["threads"], r["producer"], r["mode"],
            fmt_rate(r["elements_per_s"]), r["seconds"], ratio, r.get("note", "")))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", default="docs/benchmark-results.md")
    args = ap.parse_args()
    rows = load(args.inputs)
    head = ["# Benchmark results", "",
            "Made by `bench/run.sh` (see [performance.md](performance.md)) on %s, %s; inputs: %s." % (
                platform.node() or "this machine", time.strftime("%Y-%m-%d"), ", ".join("`%s`" % p for p in args.inputs)),
            "", "Elements per second from the mean time per call (JMH: the mean of its measurement iterations; JAX: the mean of "
            "the timed calls after a warm-up); \"Flaxen x\": how many times faster the fastest "
            "Flaxen configuration of the same benchmark, size, threads and mode is.", ""]
    with open(args.out, "w") as f:
        f.write("\n".join(head) + "\n" + table(rows) + "\n")
    print("%d rows -> %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
