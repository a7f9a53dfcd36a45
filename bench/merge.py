#!/usr/bin/env python3
"""Merges benchmark rows (target/bench/*.json from BenchMain, jax_bench.py and bench/c/reference.c) into markdown.

    python3 bench/merge.py target/bench/java-default.json target/bench/java-25.json target/bench/jax.json \
        target/bench/c-reference.json --out docs/benchmark-results.md

Plain Python 3, no packages; never used by the build or the tests. For each benchmark, size and thread count the
rows are sorted by speed; "Flaxen x" is how many times faster the fastest Flaxen row of the same benchmark, size,
threads and Threefry mode is (rows without a mode, the peers, compare with partitionable Flaxen). On a row of the C
reference it is Flaxen / C. When C rows are present, a second table gives Flaxen as a percentage of C for each of
them, the comparison issue 8's targets are stated in.
"""
import argparse
import json
import platform
import time

C_REFERENCE = "C AVX2 reference"
ORDER = ["uniform", "normal", "truncated_normal", "fill", "allocate_fill", "init_mlp", "init_gpt2"]


def load(paths):
    rows = []
    for p in paths:
        with open(p) as f:
            rows += json.load(f)
    return rows


def fastest_flaxen(rows, r):
    """The fastest Flaxen row comparable with r, or None."""
    mode = "partitionable" if r["mode"] == "-" else r["mode"]
    bench = "uniform" if "fill" in r["benchmark"] else r["benchmark"]
    same = [o for o in rows if o["producer"].startswith("Flaxen") and o["benchmark"] == bench
            and o["elements"] == r["elements"] and o["threads"] == r["threads"] and o["mode"] == mode]
    return max(same, key=lambda o: o["elements_per_s"]) if same else None


def flaxen_rate(rows, r):
    best = fastest_flaxen(rows, r)
    return best["elements_per_s"] if best else None


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


def against_c(rows):
    """Per C reference row: the fastest Flaxen row of the same sampler, size, threads and mode, as a percentage."""
    cs = [r for r in rows if r["producer"].startswith(C_REFERENCE)]
    if not cs:
        return ""
    out = ["", "## Flaxen against the C reference", "",
           "The C reference (`bench/c/reference.c`) makes the same numbers as JAX and Flaxen (it checks itself against "
           "JAX's vectors at start-up) with AVX2 intrinsics: the practical limit of this machine. \"Flaxen / C\": the "
           "fastest Flaxen configuration's elements per second as a percentage of C's, same thread count.", "",
           "| benchmark | elements | threads | mode | C elements/s | fastest Flaxen | Flaxen elements/s | Flaxen / C |",
           "|---|---:|---:|---|---:|---|---:|---:|"]
    key = lambda r: (ORDER.index(r["benchmark"]) if r["benchmark"] in ORDER else 99, r["elements"], r["threads"],
                     r["mode"])
    for c in sorted(cs, key=key):
        best = fastest_flaxen(rows, c)
        out.append("| %s | %s | %d | %s | %s | %s | %s | %s |" % (
            c["benchmark"], format(c["elements"], ","), c["threads"], c["mode"], fmt_rate(c["elements_per_s"]),
            best["producer"] if best else "-", fmt_rate(best["elements_per_s"]) if best else "-",
            "%.0f %%" % (100 * best["elements_per_s"] / c["elements_per_s"]) if best else "-"))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", default="docs/benchmark-results.md")
    args = ap.parse_args()
    rows = load(args.inputs)
    head = ["# Benchmark results", "",
            "Made by `bench/run.sh` (see [performance.md](performance.md)) on %s, %s; inputs: %s." % (
                platform.node() or "this machine", time.strftime("%Y-%m-%d"), ", ".join("`%s`" % p for p in args.inputs)),
            "", "Elements per second from the time per call: JMH's mean over its measurement iterations (Flaxen, "
            "Java peers), the mean of the timed calls after a warm-up (JAX), the median of the calls (the C reference). "
            "\"Flaxen x\": how many times faster the fastest Flaxen configuration of the same benchmark, size, threads "
            "and mode is (on a C reference row: Flaxen / C).", ""]
    with open(args.out, "w") as f:
        f.write("\n".join(head) + "\n" + table(rows) + "\n" + against_c(rows))
    print("%d rows -> %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
