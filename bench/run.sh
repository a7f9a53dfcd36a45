#!/usr/bin/env bash
# The whole benchmark in one command (see docs/performance.md): Flaxen, Arrays.fill and the Java peers on the
# default JDK; Flaxen's portable and vector kernels on JDK 25 if installed; JAX/Flax if a Python with jax and flax
# is found; the C reference (bench/c/reference.c) if gcc is installed and the CPU has AVX2 and FMA; then one table in
# docs/benchmark-results.md. Takes about an hour; run it on an otherwise idle machine.
#
#   bench/run.sh                 everything
#   BENCH_ARGS="-f 1 -wi 1 -w 2s -i 1 -r 2s" bench/run.sh     shorter JMH runs (JMH options)
#   PYTHON=/path/to/python bench/run.sh                        the Python for JAX (default: /work/venv/bin/python,
#                                                               else python3 if it imports jax and flax)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
args="${BENCH_ARGS:--f 1 -wi 1 -w 3s -i 3 -r 3s}"

echo "== Java on the default JDK: $(java -version 2>&1 | head -1)"
mvn -B -ntp -Pbench,peers -Djavacpp.platform=linux-x86_64 -DskipTests test-compile exec:exec@bench \
    -Dbench.args="$args" -Dbench.out="$out/java-default.json"
inputs=("$out/java-default.json")

jdk25=""
for dir in /usr/lib/jvm/*; do
    v="$("$dir/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')" || true
    if [ -n "$v" ] && [ "$v" -ge 25 ] && [ ! -L "$dir" ]; then jdk25="$dir"; fi
done
if [ -n "$jdk25" ]; then
    echo "== Flaxen on $jdk25 (portable and vector kernels)"
    JAVA_HOME="$jdk25" mvn -B -ntp -Pbench -DskipTests test-compile exec:exec@bench \
        -Dbench.args="$args SamplerBenchmark FillBenchmark InitBenchmark" -Dbench.out="$out/java-25.json"
    inputs+=("$out/java-25.json")
else
    echo "== no JDK 25 or later under /usr/lib/jvm: the vector kernels are not measured"
fi

python="${PYTHON:-/work/venv/bin/python}"
if ! "$python" -c "import jax, flax" 2>/dev/null; then python=python3; fi
if "$python" -c "import jax, flax" 2>/dev/null; then
    echo "== JAX/Flax with $python"
    "$python" bench/jax_bench.py --out "$out/jax.json"
    inputs+=("$out/jax.json")
else
    echo "== no Python with jax and flax: JAX/Flax not measured"
fi

if command -v gcc >/dev/null && grep -qw avx2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo; then
    echo "== C AVX2 reference (JAX's numbers, self-checked): $(gcc --version | head -1)"
    if gcc -O3 -mavx2 -mfma -ffp-contract=off -pthread bench/c/reference.c -o "$out/c-reference" \
            && "$out/c-reference" --out "$out/c-reference.json"; then
        inputs+=("$out/c-reference.json")
    else
        echo "== the C reference did not build, or failed its self-check against JAX's numbers: C NOT measured"
    fi
else
    echo "== no gcc, or no AVX2 and FMA in /proc/cpuinfo: the C reference was NOT measured"
fi

python3 bench/merge.py "${inputs[@]}" --out docs/benchmark-results.md
echo "== table written to docs/benchmark-results.md"
