/* rand.c — package math/rand's top-level functions, with go1.19's
 * generator (an additive lagged Fibonacci generator, 607 words, tap 273,
 * seeded through a Park-Miller sequence XORed with Go's "cooked" table)
 * and go1.19's derivations (Intn, Float64, Perm, Shuffle), so that a
 * program's random numbers are Go's: the global source starts seeded
 * with 1, as go1.19's does.
 *
 * The cooked table is data of Go's distribution: the Makefile extracts it
 * from $(go env GOROOT)/src/math/rand/rng.go into rngcooked.inc.
 */
#include "lib/lib.h"

enum { RNG_LEN = 607, RNG_TAP = 273 };

static const int64_t rng_cooked[RNG_LEN] = {
#include "rngcooked.inc"
};

static struct {
    int64_t vec[RNG_LEN];
    int tap, feed;
    bool seeded;
} rng;

static int32_t seedrand(int32_t x)
{
    /* x[n+1] = 48271 * x[n] mod (2**31 - 1) */
    int32_t hi = x / 44488, lo = x % 44488;
    x = 48271 * lo - 3399 * hi;
    if (x < 0)
        x += 0x7fffffff;
    return x;
}

static void seed(int64_t s)
{
    rng.tap = 0;
    rng.feed = RNG_LEN - RNG_TAP;
    s %= 0x7fffffff;
    if (s < 0)
        s += 0x7fffffff;
    if (s == 0)
        s = 89482311;
    int32_t x = (int32_t)s;
    for (int i = -20; i < RNG_LEN; i++) {
        x = seedrand(x);
        if (i >= 0) {
            uint64_t u = (uint64_t)(int64_t)x << 40;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x << 20;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x;
            u ^= (uint64_t)rng_cooked[i];
            rng.vec[i] = (int64_t)u;
        }
    }
    rng.seeded = true;
}

static uint64_t next64(void)
{
    if (!rng.seeded)
        seed(1);
    if (--rng.tap < 0)
        rng.tap += RNG_LEN;
    if (--rng.feed < 0)
        rng.feed += RNG_LEN;
    uint64_t x = (uint64_t)rng.vec[rng.feed] + (uint64_t)rng.vec[rng.tap];
    rng.vec[rng.feed] = (int64_t)x;
    return x;
}

static int64_t int63(void) { return (int64_t)(next64() & 0x7fffffffffffffffULL); }
static int32_t int31(void) { return (int32_t)(int63() >> 32); }
static uint32_t uint32_(void) { return (uint32_t)(int63() >> 31); }

static int64_t int63n(int64_t n)
{
    if (n <= 0)
        rt_panic_string("invalid argument to Int63n");
    if ((n & (n - 1)) == 0)
        return int63() & (n - 1);
    int64_t max = (int64_t)((1ULL << 63) - 1 - (1ULL << 63) % (uint64_t)n);
    int64_t v = int63();
    while (v > max)
        v = int63();
    return v % n;
}

static int32_t int31n(int32_t n)
{
    if (n <= 0)
        rt_panic_string("invalid argument to Int31n");
    if ((n & (n - 1)) == 0)
        return int31() & (n - 1);
    int32_t max = (int32_t)((1U << 31) - 1 - (1U << 31) % (uint32_t)n);
    int32_t v = int31();
    while (v > max)
        v = int31();
    return v % n;
}

/* Lemire's method, as Shuffle uses it */
static int32_t int31n_fast(int32_t n)
{
    uint32_t v = uint32_();
    uint64_t prod = (uint64_t)v * (uint64_t)n;
    uint32_t low = (uint32_t)prod;
    if (low < (uint32_t)n) {
        uint32_t thresh = (uint32_t)(-n) % (uint32_t)n;
        while (low < thresh) {
            v = uint32_();
            prod = (uint64_t)v * (uint64_t)n;
            low = (uint32_t)prod;
        }
    }
    return (int32_t)(prod >> 32);
}

static int64_t intn(int64_t n)
{
    if (n <= 0)
        rt_panic_string("invalid argument to Intn");
    if (n <= 0x7fffffff)
        return int31n((int32_t)n);
    return int63n(n);
}

static double float64_(void)
{
    for (;;) {
        double f = (double)int63() / 9223372036854775808.0;
        if (f != 1)
            return f;
    }
}

#define RAND(name, frame, body)                       \
    void rt_rand_##name(frame *f);                    \
    RT_ALIAS(rt_rand_##name, "math/rand." #name);     \
    void rt_rand_##name(frame *f) { body; }

typedef struct { int64_t x; } SeedFrame;
typedef struct { int64_t r; } I64Frame;
typedef struct { int64_t n, r; } NFrame;
typedef struct { double r; } F64Frame;
typedef struct { float r; uint32_t pad_; } F32Frame;

RAND(Seed, SeedFrame, seed(f->x))
RAND(Int, I64Frame, f->r = (int64_t)((uint64_t)int63() << 1 >> 1))
RAND(Int63, I64Frame, f->r = int63())
RAND(Int31, I64Frame, f->r = int31())
RAND(Uint32, I64Frame, f->r = uint32_())
/* the source is a Source64: Uint64 is its raw output */
RAND(Uint64, I64Frame, f->r = (int64_t)next64())
RAND(Intn, NFrame, f->r = intn(f->n))
RAND(Int63n, NFrame, f->r = int63n(f->n))
RAND(Int31n, NFrame, f->r = int31n((int32_t)f->n))
RAND(Float64, F64Frame, f->r = float64_())
RAND(Float32, F32Frame, {
    float x;
    do
        x = (float)float64_();
    while (x == 1);
    f->r = x;
})

static const RtType t_int = {8, 0, RT_INT, 0, "int", NULL, NULL, 0, NULL};

typedef struct { int64_t n; RtSlice r; } PermFrame;
RAND(Perm, PermFrame, {
    RtSlice s;
    rt_makeslice(&s, &t_int, f->n, f->n);
    int64_t *m = s.ptr;
    for (int64_t i = 0; i < f->n; i++) {
        int64_t j = intn(i + 1);
        m[i] = m[j];
        m[j] = i;
    }
    f->r = s;
})

typedef struct { int64_t n; void *swap; } ShuffleFrame;
static void call_swap(void *fn, int64_t i, int64_t j)
{
    struct { int64_t i, j; } blk = {i, j};
    rt_callgo(*(void **)fn, fn, &blk, sizeof blk);
}
RAND(Shuffle, ShuffleFrame, {
    if (f->n < 0)
        rt_panic_string("invalid argument to Shuffle");
    int64_t i = f->n - 1;
    for (; i > 0x7fffffff - 1; i--)
        call_swap(f->swap, i, int63n(i + 1));
    for (; i > 0; i--)
        call_swap(f->swap, i, int31n_fast((int32_t)(i + 1)));
})
