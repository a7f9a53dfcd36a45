/*
 * The C reference of Flaxen's benchmark: JAX's float32 uniform and normal samples, bit for bit, made with AVX2
 * intrinsics, the practical limit of this hardware for these numbers (issue 8 states Flaxen's targets against it).
 *
 *     gcc -O3 -mavx2 -mfma -ffp-contract=off -pthread bench/c/reference.c -o target/bench/c-reference
 *     target/bench/c-reference [--out FILE] [--reps K] [--quick] [--n N] [--fresh-pages]
 *
 * -ffp-contract=off: GCC's default (fast) lets it fuse a multiply and an add that XLA:CPU keeps apart, which would
 * change the numbers. GCC 12 fuses none in the sampling code; the flag keeps it so, and the self-check guards it.
 *
 * What it makes, exactly as Flaxen does (src/main/java/dev/flaxen/random: BitStreams, Threefry, PortableKernels,
 * XlaMath, F32Transform, Parallelism; spec: shared/spec/jax-random.md, sections 6 and 7):
 *   - Threefry-2x32 (20 rounds) in both modes: partitionable, element i = y0 ^ y1 of the counter (0, i); legacy,
 *     pair p hashes (p, h + p), h = ceil(n / 2), word p = y0 and word h + p = y1 (x1 = 0 pads an odd n);
 *   - uniform in [0, 1): bitcast((bits >> 9) | 0x3F800000) - 1;
 *   - normal: u = max(nextafter(-1, 0), fma(f, 2, nextafter(-1, 0))), which keeps u inside (-1, 1), then
 *     sqrt(2) * erf_inv(u) with XLA:CPU's float32 log1p and erf_inv, both log1p branches and the w >= 5 branch
 *     of erf_inv;
 *   - into a new malloc'ed array of N floats per call, in contiguous slices on 1 or 2 threads (the calling thread
 *     and pthreads) cut as Flaxen's Parallelism cuts them.
 *
 * Allocation: Flaxen allocates a new Java array per call, which the JVM zeroes before Flaxen fills it. C skips that
 * zeroing. By default malloc is told to keep freed memory (no mmap, no trimming), so after the warm-up call each
 * call gets already-mapped pages, as a warmed-up Java heap does. --fresh-pages leaves glibc's defaults: arrays over
 * 32 MB (both benchmark sizes) then come from a new mmap per call, and the page faults (the kernel clears each page
 * on first touch) are timed.
 *
 * At start-up it checks itself against real-JAX answers (known_answers.h, from src/test/resources/vectors/
 * random.jsonl) on 1 and 2 threads and exits with status 1 if any bit differs: the reference only counts if it
 * makes JAX's numbers. Timing: wall clock (CLOCK_MONOTONIC) of malloc plus filling; one warm-up call, then K calls
 * (default 5), the median. Output: a table on stdout and, with --out, JSON rows as BenchMain writes them.
 */
#define _GNU_SOURCE
#include <immintrin.h>
#include <malloc.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PRODUCER "C AVX2 reference (JAX's numbers)"
#define ALWAYS_INLINE static inline __attribute__((always_inline))

enum sampler { UNIFORM, NORMAL };
enum mode { PARTITIONABLE, LEGACY };

static const char *const SAMPLER_NAMES[] = {"uniform", "normal"};
static const char *const MODE_NAMES[] = {"partitionable", "legacy"};

struct known_answer {
    const char *id;
    enum sampler sampler;
    enum mode mode;
    uint32_t k0, k1;
    int32_t n;
    int32_t count;
    const int32_t *index;
    const uint32_t *bits;
};

#include "known_answers.h"

/* ---- Threefry-2x32, 20 rounds, on two 8-lane counter pairs at once: (a, b) and (c, d) ---- */

typedef struct {
    __m256i a, b, c, d;
} lanes16;

ALWAYS_INLINE __m256i rotl(__m256i x, int r) {
    if (r == 16) {
        return _mm256_shuffle_epi8(x, _mm256_setr_epi8(2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13,
                                                       2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13));
    }
    if (r == 24) {
        return _mm256_shuffle_epi8(x, _mm256_setr_epi8(1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12,
                                                       1, 2, 3, 0, 5, 6, 7, 4, 9, 10, 11, 8, 13, 14, 15, 12));
    }
    return _mm256_or_si256(_mm256_slli_epi32(x, r), _mm256_srli_epi32(x, 32 - r));
}

ALWAYS_INLINE void mix(lanes16 *s, int r) {
    s->a = _mm256_add_epi32(s->a, s->b);
    s->c = _mm256_add_epi32(s->c, s->d);
    s->b = _mm256_xor_si256(rotl(s->b, r), s->a);
    s->d = _mm256_xor_si256(rotl(s->d, r), s->c);
}

ALWAYS_INLINE void inject(lanes16 *s, uint32_t to_x0, uint32_t to_x1) {
    __m256i k0 = _mm256_set1_epi32((int) to_x0);
    __m256i k1 = _mm256_set1_epi32((int) to_x1);
    s->a = _mm256_add_epi32(s->a, k0);
    s->c = _mm256_add_epi32(s->c, k0);
    s->b = _mm256_add_epi32(s->b, k1);
    s->d = _mm256_add_epi32(s->d, k1);
}

ALWAYS_INLINE void even_rounds(lanes16 *s) {
    mix(s, 13), mix(s, 15), mix(s, 26), mix(s, 6);
}

ALWAYS_INLINE void odd_rounds(lanes16 *s) {
    mix(s, 17), mix(s, 29), mix(s, 16), mix(s, 24);
}

/* (x0, x1) = (a|c, b|d) become (y0, y1) under the key (k0, k1). */
ALWAYS_INLINE void threefry16(lanes16 *s, uint32_t k0, uint32_t k1) {
    uint32_t k2 = k0 ^ k1 ^ 0x1BD11BDAu;
    inject(s, k0, k1);
    even_rounds(s), inject(s, k1, k2 + 1);
    odd_rounds(s), inject(s, k2, k0 + 2);
    even_rounds(s), inject(s, k0, k1 + 3);
    odd_rounds(s), inject(s, k1, k2 + 4);
    even_rounds(s), inject(s, k2, k0 + 5);
}

/* ---- 32-bit words to float32 samples (XLA:CPU's float32 kernels; constants as IEEE bit patterns) ---- */

ALWAYS_INLINE __m256 bits_ps(uint32_t bits) {
    return _mm256_castsi256_ps(_mm256_set1_epi32((int) bits));
}

ALWAYS_INLINE __m256 fma_ps(__m256 a, __m256 b, __m256 c) {
    return _mm256_fmadd_ps(a, b, c);
}

/* JAX's uniform in [0, 1): bitcast((bits >> 9) | 0x3F800000) - 1, exact. For [0, 1), max(0, fma(f, 1, 0)) is f. */
ALWAYS_INLINE __m256 unit(__m256i bits) {
    __m256i one_mantissa = _mm256_or_si256(_mm256_srli_epi32(bits, 9), _mm256_set1_epi32(0x3F800000));
    return _mm256_sub_ps(_mm256_castsi256_ps(one_mantissa), _mm256_set1_ps(1.0f));
}

/* log1p's Cephes rational, valid for |t| < sqrt(2) - 1. */
ALWAYS_INLINE __m256 log1p_small(__m256 t) {
    __m256 t2 = _mm256_mul_ps(t, t);
    __m256 p = fma_ps(t, bits_ps(0x383de04b), bits_ps(0x3eff40c5));
    p = fma_ps(t, p, bits_ps(0x40d284fa)), p = fma_ps(t, p, bits_ps(0x41ef4b9c));
    p = fma_ps(t, p, bits_ps(0x4273cc76)), p = fma_ps(t, p, bits_ps(0x426473ad));
    p = fma_ps(t, p, bits_ps(0x41a05101));
    __m256 q = fma_ps(t, bits_ps(0x3f800000), bits_ps(0x417101ad));
    q = fma_ps(t, q, bits_ps(0x42a6185b)), q = fma_ps(t, q, bits_ps(0x435dc32d));
    q = fma_ps(t, q, bits_ps(0x439a8ca3)), q = fma_ps(t, q, bits_ps(0x43586d8a));
    q = fma_ps(t, q, bits_ps(0x42707982));
    __m256 r = _mm256_mul_ps(_mm256_mul_ps(t, t2), _mm256_div_ps(p, q));
    return _mm256_add_ps(t, fma_ps(_mm256_set1_ps(-0.5f), t2, r));
}

/*
 * XLA's float32 log(1 + t), for 1 + t in [2^-24, 1]: a positive normal number, so none of log's special cases apply.
 * A mantissa below sqrt(1/2) is doubled (exponent field plus one): exactly XLA's (m - 1) + m.
 */
ALWAYS_INLINE __m256 log_one_plus(__m256 t) {
    __m256i v = _mm256_castps_si256(_mm256_add_ps(t, _mm256_set1_ps(1.0f)));
    __m256i mant = _mm256_or_si256(_mm256_and_si256(v, _mm256_set1_epi32((int) 0x807FFFFF)),
                                   _mm256_set1_epi32(0x3F000000));
    __m256i low = _mm256_srli_epi32(_mm256_sub_epi32(mant, _mm256_set1_epi32(0x3F3504F3)), 31);
    __m256i exponent = _mm256_sub_epi32(_mm256_sub_epi32(_mm256_srli_epi32(v, 23), _mm256_set1_epi32(126)), low);
    __m256 e = _mm256_cvtepi32_ps(exponent);
    __m256 xx = _mm256_sub_ps(_mm256_castsi256_ps(_mm256_add_epi32(mant, _mm256_slli_epi32(low, 23))),
                              _mm256_set1_ps(1.0f));
    __m256 x2 = _mm256_mul_ps(xx, xx);
    __m256 x3 = _mm256_mul_ps(x2, xx);
    __m256 ya = fma_ps(fma_ps(xx, bits_ps(0x3d9021bb), bits_ps(0xbdebd1b8)), xx, bits_ps(0x3def251a));
    __m256 yb = fma_ps(fma_ps(xx, bits_ps(0xbdfe5d4f), bits_ps(0x3e11e9bf)), xx, bits_ps(0xbe2aae50));
    __m256 yc = fma_ps(fma_ps(xx, bits_ps(0x3e4cceac), bits_ps(0xbe7ffffc)), xx, bits_ps(0x3eaaaaaa));
    __m256 y = fma_ps(fma_ps(fma_ps(ya, x3, yb), x3, yc), x3, _mm256_mul_ps(e, bits_ps(0xb95e8083)));
    __m256 z = fma_ps(_mm256_set1_ps(-0.5f), x2, xx);
    return fma_ps(e, bits_ps(0x3f318000), _mm256_add_ps(z, y));
}

/* erf_inv's w < 5 polynomial at l = log1p(-x * x). */
ALWAYS_INLINE __m256 erf_inv_central(__m256 l) {
    static const uint32_t a[] = {0x32f16588, 0x34b84b36, 0xb66c7357, 0xb6935ac1, 0x396532db,
                                 0xbaa45408, 0xbb88e4ef, 0x3e7c8f63, 0x3fc02e2f};
    __m256 z = _mm256_sub_ps(_mm256_set1_ps(-2.5f), l);
    __m256 p = fma_ps(z, bits_ps(a[0]), bits_ps(a[1]));
    for (int i = 2; i < 9; i++) {
        p = fma_ps(z, p, bits_ps(a[i]));
    }
    return p;
}

/* erf_inv's w >= 5 polynomial at l; and p = inf where |x| == 1 (there l is far below -5; normal never has it). */
static __m256 erf_inv_tail(__m256 x, __m256 l) {
    static const uint32_t b[] = {0xb951f09b, 0x38d3b56b, 0x3ab0dc72, 0xbb70bde7, 0x3bbc127b,
                                 0xbbf9c5d7, 0x3c1aa57e, 0x3f8036db, 0x40354f7e};
    __m256 z = _mm256_sub_ps(_mm256_sqrt_ps(_mm256_sub_ps(_mm256_setzero_ps(), l)), _mm256_set1_ps(3.0f));
    __m256 p = fma_ps(z, bits_ps(b[0]), bits_ps(b[1]));
    for (int i = 2; i < 9; i++) {
        p = fma_ps(z, p, bits_ps(b[i]));
    }
    __m256 abs_x = _mm256_andnot_ps(_mm256_set1_ps(-0.0f), x);
    return _mm256_blendv_ps(p, _mm256_set1_ps(INFINITY), _mm256_cmp_ps(abs_x, _mm256_set1_ps(1.0f), _CMP_EQ_OQ));
}

/* JAX's normal: sqrt(2) * erf_inv(u), u = max(lo, fma(f, 2, lo)) in [lo, 1), lo = nextafter(-1, 0). */
ALWAYS_INLINE __m256 normal(__m256i bits) {
    __m256 lo = bits_ps(0xBF7FFFFF);
    __m256 x = _mm256_max_ps(lo, fma_ps(unit(bits), _mm256_set1_ps(2.0f), lo));
    __m256 t = _mm256_mul_ps(x, _mm256_xor_ps(x, _mm256_set1_ps(-0.0f)));
    __m256 small = _mm256_cmp_ps(_mm256_andnot_ps(_mm256_set1_ps(-0.0f), t), bits_ps(0x3ED413CD), _CMP_LT_OQ);
    __m256 l = _mm256_blendv_ps(log_one_plus(t), log1p_small(t), small);
    __m256 p = erf_inv_central(l);
    __m256 tail = _mm256_cmp_ps(l, _mm256_set1_ps(-5.0f), _CMP_LE_OQ);
    if (__builtin_expect(_mm256_movemask_ps(tail) != 0, 0)) {
        p = _mm256_blendv_ps(p, erf_inv_tail(x, l), tail);
    }
    return _mm256_mul_ps(bits_ps(0x3FB504F3), _mm256_mul_ps(x, p));
}

ALWAYS_INLINE __m256 sample(__m256i bits, enum sampler sampler) {
    return sampler == NORMAL ? normal(bits) : unit(bits);
}

/* ---- Counter layouts: each fills its elements of one slice, 16 counters at a time ---- */

ALWAYS_INLINE __m256i iota(uint32_t start) {
    return _mm256_add_epi32(_mm256_set1_epi32((int) start), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}

/* All ones in the lanes where x <= limit (unsigned). */
ALWAYS_INLINE __m256i at_most(__m256i x, __m256i limit) {
    return _mm256_cmpeq_epi32(_mm256_min_epu32(x, limit), x);
}

ALWAYS_INLINE void store16(float *out, __m256 lo, __m256 hi, int64_t count) {
    if (count >= 16) {
        _mm256_storeu_ps(out, lo);
        _mm256_storeu_ps(out + 8, hi);
    } else if (count > 0) {
        float tmp[16];
        _mm256_storeu_ps(tmp, lo);
        _mm256_storeu_ps(tmp + 8, hi);
        memcpy(out, tmp, (size_t) count * sizeof(float));
    }
}

/* Partitionable: element i is y0 ^ y1 of the counter (0, i); elements [from, to). */
ALWAYS_INLINE void partitionable(uint32_t k0, uint32_t k1, enum sampler sampler, float *out, int64_t from,
                                 int64_t to) {
    for (int64_t i = from; i < to; i += 16) {
        lanes16 s = {_mm256_setzero_si256(), iota((uint32_t) i), _mm256_setzero_si256(), iota((uint32_t) i + 8)};
        threefry16(&s, k0, k1);
        store16(out + i, sample(_mm256_xor_si256(s.a, s.b), sampler),
                sample(_mm256_xor_si256(s.c, s.d), sampler), to - i);
    }
}

/* Legacy: pair p hashes (p, half + p), x1 = 0 past the n words; y0 is word p, y1 word half + p; pairs [from, to). */
ALWAYS_INLINE void legacy(uint32_t k0, uint32_t k1, enum sampler sampler, float *out, int64_t n, int64_t from,
                          int64_t to) {
    int64_t half = (n + 1) / 2;
    __m256i last = _mm256_set1_epi32((int) (n - 1));
    for (int64_t p = from; p < to; p += 16) {
        __m256i b = iota((uint32_t) (half + p));
        __m256i d = iota((uint32_t) (half + p + 8));
        lanes16 s = {iota((uint32_t) p), _mm256_and_si256(b, at_most(b, last)),
                     iota((uint32_t) p + 8), _mm256_and_si256(d, at_most(d, last))};
        threefry16(&s, k0, k1);
        int64_t first = to - p < 16 ? to - p : 16;
        int64_t second = n - half - p < first ? n - half - p : first;
        store16(out + p, sample(s.a, sampler), sample(s.c, sampler), first);
        store16(out + half + p, sample(s.b, sampler), sample(s.d, sampler), second);
    }
}

struct job {
    uint32_t k0, k1;
    enum sampler sampler;
    enum mode mode;
    float *out;
    int64_t n, from, to;
};

static void *run_job(void *arg) {
    const struct job *j = arg;
    if (j->mode == PARTITIONABLE && j->sampler == UNIFORM) {
        partitionable(j->k0, j->k1, UNIFORM, j->out, j->from, j->to);
    } else if (j->mode == PARTITIONABLE) {
        partitionable(j->k0, j->k1, NORMAL, j->out, j->from, j->to);
    } else if (j->sampler == UNIFORM) {
        legacy(j->k0, j->k1, UNIFORM, j->out, j->n, j->from, j->to);
    } else {
        legacy(j->k0, j->k1, NORMAL, j->out, j->n, j->from, j->to);
    }
    return NULL;
}

/*
 * Fills out[0, n) on up to `threads` threads, in Flaxen's slices (Parallelism.forEachSlice): units are elements
 * (partitionable) or counter pairs (legacy), cut at multiples of 64; below min_parallel elements, one thread.
 */
#define MAX_THREADS 2
static void fill(const struct job *whole, int threads, int64_t min_parallel) {
    int64_t units = whole->mode == LEGACY ? (whole->n + 1) / 2 : whole->n;
    int64_t aligned = (units + 63) / 64;
    int64_t wanted = whole->n < min_parallel ? 1 : threads;
    int parts = (int) (wanted < aligned ? wanted : aligned);
    parts = parts < 1 ? 1 : parts;
    struct job jobs[MAX_THREADS];
    pthread_t ids[MAX_THREADS];
    for (int p = 0; p < parts; p++) {
        int64_t from = aligned * p / parts * 64;
        int64_t to = aligned * (p + 1) / parts * 64;
        jobs[p] = *whole;
        jobs[p].from = from < units ? from : units;
        jobs[p].to = to < units ? to : units;
    }
    for (int p = 1; p < parts; p++) {
        if (pthread_create(&ids[p], NULL, run_job, &jobs[p]) != 0) {
            fprintf(stderr, "c-reference: expected to start a thread, got an error from pthread_create\n");
            exit(2);
        }
    }
    run_job(&jobs[0]);
    for (int p = 1; p < parts; p++) {
        pthread_join(ids[p], NULL);
    }
}

/* A new array of n samples, as a Flaxen sampler call returns one (min_parallel: Flaxen's 65536; 0 forces slices). */
static float *make(uint32_t k0, uint32_t k1, enum sampler sampler, enum mode mode, int64_t n, int threads,
                   int64_t min_parallel) {
    float *out = malloc((size_t) n * sizeof(float));
    if (out == NULL) {
        fprintf(stderr, "c-reference: expected %lld bytes from malloc, got none\n", (long long) n * 4);
        exit(2);
    }
    struct job whole = {k0, k1, sampler, mode, out, n, 0, 0};
    fill(&whole, threads, min_parallel);
    return out;
}

/* ---- Self-check against real JAX ---- */

static int check_case(const struct known_answer *ka, int threads) {
    float *out = make(ka->k0, ka->k1, ka->sampler, ka->mode, ka->n, threads, 0);
    int wrong = 0;
    for (int j = 0; j < ka->count; j++) {
        int i = ka->index != NULL ? ka->index[j] : j;
        uint32_t got;
        memcpy(&got, &out[i], sizeof got);
        if (got != ka->bits[j] && wrong++ < 3) {
            fprintf(stderr, "self-check FAILED: %s, %d thread(s), element %d: expected 0x%08x, got 0x%08x\n", ka->id,
                    threads, i, ka->bits[j], got);
        }
    }
    free(out);
    return wrong;
}

/* Checks every known answer on 1 and 2 threads (2: in two slices, as small as they are); exits with 1 on a difference. */
static void self_check(void) {
    int cases = (int) (sizeof KNOWN_ANSWERS / sizeof KNOWN_ANSWERS[0]);
    int wrong = 0, checked = 0, tail = 0;
    for (int c = 0; c < cases; c++) {
        const struct known_answer *ka = &KNOWN_ANSWERS[c];
        for (int threads = 1; threads <= 2; threads++) {
            wrong += check_case(ka, threads);
        }
        checked += ka->count;
        for (int j = 0; ka->sampler == NORMAL && j < ka->count; j++) {
            float v;
            memcpy(&v, &ka->bits[j], sizeof v);
            tail += fabsf(v) >= 3.0f;
        }
    }
    if (wrong > 0) {
        fprintf(stderr, "self-check FAILED: %d of %d elements differ from JAX: this is not a reference\n", wrong,
                2 * checked);
        exit(1);
    }
    printf("self-check: %d cases (uniform and normal, both modes), %d elements, each made on 1 and on 2 threads:\n"
           "  bit for bit JAX's (src/test/resources/vectors/random.jsonl); %d of the normals have |x| >= 3,\n"
           "  which only erf_inv's w >= 5 branch gives\n", cases, checked, tail);
}

/* ---- Timing ---- */

struct options {
    const char *out;
    int reps;
    int64_t sizes[2];
    int size_count;
    int fresh_pages;
};

struct row {
    enum sampler sampler;
    enum mode mode;
    int64_t n;
    int threads;
    double seconds;
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double) t.tv_sec + t.tv_nsec * 1e-9;
}

static int by_value(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

static volatile float sink;

/* One warm-up call, then `reps` timed calls (malloc and filling); the median seconds. */
static double measure(enum sampler sampler, enum mode mode, int64_t n, int threads, int reps) {
    double seconds[reps];
    for (int r = -1; r < reps; r++) {
        double start = now();
        float *out = make(0, 0, sampler, mode, n, threads, 65536);
        double elapsed = now() - start;
        sink = out[n / 2];
        free(out);
        if (r >= 0) {
            seconds[r] = elapsed;
        }
    }
    qsort(seconds, (size_t) reps, sizeof seconds[0], by_value);
    return reps % 2 == 1 ? seconds[reps / 2] : (seconds[reps / 2 - 1] + seconds[reps / 2]) / 2;
}

static void print_row(const struct row *r) {
    printf("| %-8s | %11lld | %7d | %-13s | %12.4g | %10.4g | %8.3f |\n", SAMPLER_NAMES[r->sampler],
           (long long) r->n, r->threads, MODE_NAMES[r->mode], r->n / r->seconds, r->seconds, r->seconds * 1e9 / r->n);
    fflush(stdout);
}

/* The rows as BenchMain's Row.toJson writes them (%#.6g is Java's %.6g). */
static void write_json(const char *path, const struct row *rows, int count, int reps, int fresh_pages) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "c-reference: expected a writable --out file, got '%s'\n", path);
        exit(2);
    }
    fprintf(f, "[\n");
    for (int i = 0; i < count; i++) {
        const struct row *r = &rows[i];
        fprintf(f, " {\"producer\": \"%s\", \"benchmark\": \"%s\", \"elements\": %lld, \"threads\": %d, "
                "\"mode\": \"%s\", \"seconds\": %#.6g, \"elements_per_s\": %#.6g, \"note\": \"self-checked; median "
                "of %d; %s\"}%s\n", PRODUCER, SAMPLER_NAMES[r->sampler], (long long) r->n, r->threads,
                MODE_NAMES[r->mode], r->seconds, r->n / r->seconds, reps,
                fresh_pages ? "new pages per call" : "malloc per call, no zeroing", i + 1 < count ? "," : "");
    }
    fprintf(f, "]\n");
    fclose(f);
    printf("rows written to %s\n", path);
}

static void usage(void) {
    fprintf(stderr, "usage: c-reference [--out FILE] [--reps K] [--quick] [--n N] [--fresh-pages]\n"
                    "  --out FILE     also write the rows as JSON (BenchMain's format) to FILE\n"
                    "  --reps K       timed calls per measurement after one warm-up call, median reported (5)\n"
                    "  --quick        16,777,216 elements only, 1 timed call\n"
                    "  --n N          N elements only (for short trial runs)\n"
                    "  --fresh-pages  leave malloc's defaults: a new mmap per call, page faults timed\n");
    exit(2);
}

static struct options parse(int argc, char **argv) {
    struct options o = {NULL, 5, {1 << 24, 100000000}, 2, 0};
    for (int i = 1; i < argc; i++) {
        int more = i + 1 < argc;
        if (strcmp(argv[i], "--out") == 0 && more) {
            o.out = argv[++i];
        } else if (strcmp(argv[i], "--reps") == 0 && more) {
            o.reps = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--quick") == 0) {
            o.reps = 1, o.size_count = 1;
        } else if (strcmp(argv[i], "--n") == 0 && more) {
            o.sizes[0] = atoll(argv[++i]), o.size_count = 1;
        } else if (strcmp(argv[i], "--fresh-pages") == 0) {
            o.fresh_pages = 1;
        } else {
            usage();
        }
    }
    if (o.reps < 1 || o.sizes[0] < 1 || o.sizes[0] > INT32_MAX) {
        fprintf(stderr, "c-reference: expected --reps >= 1 and 1 <= --n <= 2^31 - 1, got %d and %lld\n", o.reps,
                (long long) o.sizes[0]);
        exit(2);
    }
    return o;
}

int main(int argc, char **argv) {
    struct options o = parse(argc, argv);
    if (!o.fresh_pages) {
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, INT32_MAX);
    }
    self_check();
    struct row rows[2 * 2 * 2 * 2];
    int count = 0;
    printf("\n| sampler  | %11s | threads | mode          |   elements/s | s/call med | ns/elem  |\n"
           "|---|---|---|---|---|---|---|\n", "elements");
    for (int s = 0; s < o.size_count; s++) {
        for (int threads = 1; threads <= MAX_THREADS; threads++) {
            for (int mode = PARTITIONABLE; mode <= LEGACY; mode++) {
                for (int sampler = UNIFORM; sampler <= NORMAL; sampler++) {
                    struct row r = {sampler, mode, o.sizes[s], threads, 0};
                    r.seconds = measure(sampler, mode, r.n, threads, o.reps);
                    rows[count++] = r;
                    print_row(&r);
                }
            }
        }
    }
    if (o.out != NULL) {
        write_json(o.out, rows, count, o.reps, o.fresh_pages);
    }
    return 0;
}
