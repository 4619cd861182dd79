/* bits.c — package math/bits (the functions std/math_bits.go declares). */
#include "lib/lib.h"

typedef struct { uint64_t x; int64_t r; } U2I;
typedef struct { uint64_t x; int64_t k; uint64_t r; } Rot;

#define BITS(name, frame, body)                 \
    void rt_bits_##name(frame *f);              \
    RT_ALIAS(rt_bits_##name, "math/bits." #name); \
    void rt_bits_##name(frame *f) { body; }

BITS(LeadingZeros, U2I, f->r = f->x ? __builtin_clzll(f->x) : 64)
BITS(LeadingZeros64, U2I, f->r = f->x ? __builtin_clzll(f->x) : 64)
BITS(TrailingZeros, U2I, f->r = f->x ? __builtin_ctzll(f->x) : 64)
BITS(TrailingZeros64, U2I, f->r = f->x ? __builtin_ctzll(f->x) : 64)
BITS(OnesCount, U2I, f->r = __builtin_popcountll(f->x))
BITS(OnesCount64, U2I, f->r = __builtin_popcountll(f->x))
BITS(Len, U2I, f->r = f->x ? 64 - __builtin_clzll(f->x) : 0)
BITS(Len64, U2I, f->r = f->x ? 64 - __builtin_clzll(f->x) : 0)

static uint64_t rotl(uint64_t x, int64_t k, int n)
{
    uint64_t mask = n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1);
    x &= mask;
    unsigned s = (unsigned)(k & (n - 1));
    if (s == 0)
        return x;
    return ((x << s) | (x >> (n - s))) & mask;
}

BITS(RotateLeft, Rot, f->r = rotl(f->x, f->k, 64))
BITS(RotateLeft8, Rot, f->r = rotl(f->x, f->k, 8))
BITS(RotateLeft16, Rot, f->r = rotl(f->x, f->k, 16))
BITS(RotateLeft32, Rot, f->r = rotl(f->x, f->k, 32))
BITS(RotateLeft64, Rot, f->r = rotl(f->x, f->k, 64))

typedef struct { uint64_t x, r; } U2U;
BITS(ReverseBytes64, U2U, f->r = __builtin_bswap64(f->x))

typedef struct { uint64_t x, y, carry, sum, carryout; } Add;
BITS(Add64, Add, {
    unsigned __int128 s = (unsigned __int128)f->x + f->y + f->carry;
    f->sum = (uint64_t)s;
    f->carryout = (uint64_t)(s >> 64);
})

typedef struct { uint64_t x, y, hi, lo; } Mul;
BITS(Mul64, Mul, {
    unsigned __int128 p = (unsigned __int128)f->x * f->y;
    f->hi = (uint64_t)(p >> 64);
    f->lo = (uint64_t)p;
})
