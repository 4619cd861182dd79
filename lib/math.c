/* math.c — package math.  The exact operations (Sqrt, Floor, Ceil, Trunc,
 * Abs, Mod, Copysign, Frexp, Ldexp, bits) are libm's, which agree with Go
 * bit for bit; Max, Min and Pow follow Go's own code (special cases, and
 * Pow's repeated squaring, so integer powers come out as Go's do).  The
 * transcendental functions are glibc's, which can differ from Go's in the
 * last bit.
 */
#include <math.h>
#include <string.h>

#include "lib/lib.h"

typedef struct { double x, r; } F1;
typedef struct { double x, y, r; } F2;

#define MATH1(name, expr)                                  \
    void rt_math_##name(F1 *f) __asm__("math." #name);     \
    void rt_math_##name(F1 *f) { double x = f->x; f->r = (expr); }
#define MATH2(name, expr)                                  \
    void rt_math_##name(F2 *f) __asm__("math." #name);     \
    void rt_math_##name(F2 *f) { double x = f->x, y = f->y; f->r = (expr); }

MATH1(Sqrt, sqrt(x))
MATH1(Floor, floor(x))
MATH1(Ceil, ceil(x))
MATH1(Trunc, trunc(x))
MATH1(Abs, fabs(x))
MATH1(Round, round(x))
MATH1(RoundToEven, nearbyint(x))
MATH1(Exp, exp(x))
MATH1(Exp2, exp2(x))
MATH1(Expm1, expm1(x))
MATH1(Log, log(x))
MATH1(Log2, log2(x))
MATH1(Log10, log10(x))
MATH1(Log1p, log1p(x))
MATH1(Sin, sin(x))
MATH1(Cos, cos(x))
MATH1(Tan, tan(x))
MATH1(Asin, asin(x))
MATH1(Acos, acos(x))
MATH1(Atan, atan(x))
MATH1(Sinh, sinh(x))
MATH1(Cosh, cosh(x))
MATH1(Tanh, tanh(x))
MATH1(Cbrt, cbrt(x))
MATH2(Atan2, atan2(x, y))
MATH2(Hypot, hypot(x, y))
MATH2(Mod, fmod(x, y))
MATH2(Copysign, copysign(x, y))
MATH2(Remainder, remainder(x, y))

static double go_max(double x, double y)
{
    if (isinf(x) && x > 0)
        return x;
    if (isinf(y) && y > 0)
        return y;
    if (isnan(x) || isnan(y))
        return NAN;
    if (x == 0 && x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0)
        return x;
    if (isinf(y) && y < 0)
        return y;
    if (isnan(x) || isnan(y))
        return NAN;
    if (x == 0 && x == y)
        return signbit(x) ? x : y;
    return x < y ? x : y;
}

static double go_dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
}

/* go1.19 math/pow.go */
static double go_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (isnan(x) || isnan(y))
        return NAN;
    if (x == 0) {
        if (y < 0) {
            if (signbit(x) && fmod(fabs(y), 2) == 1)   /* odd integer */
                return copysign(INFINITY, x);
            return INFINITY;
        }
        if (y > 0) {
            if (signbit(x) && fmod(fabs(y), 2) == 1)
                return x;
            return 0;
        }
    }
    if (isinf(y)) {
        if (x == -1)
            return 1;
        if ((fabs(x) < 1) == (y > 0))
            return 0;
        return INFINITY;
    }
    if (isinf(x)) {
        if (x < 0)
            return go_pow(1 / x, -y);   /* Pow(-0, -y) */
        if (y < 0)
            return 0;
        return INFINITY;
    }
    if (y == 0.5)
        return sqrt(x);
    if (y == -0.5)
        return 1 / sqrt(x);
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return NAN;
    if (yi >= 9223372036854775808.0) {
        /* yi is a large even int */
        if (x == -1)
            return 1;
        if ((fabs(x) < 1) == (y > 0))
            return 0;
        return INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = exp(yf * log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    int64_t xe64 = xe;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe64 < -(1 << 12) || (1 << 12) < xe64) {
            ae += xe64;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe64;
        }
        x1 *= x1;
        xe64 *= 2;
        if (x1 < .5) {
            x1 += x1;
            xe64--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 100000)
        ae = 100000;
    if (ae < -100000)
        ae = -100000;
    return ldexp(a1, (int)ae);
}

MATH2(Max, go_max(x, y))
MATH2(Min, go_min(x, y))
MATH2(Dim, go_dim(x, y))
MATH2(Pow, go_pow(x, y))

typedef struct { int64_t sign; double r; } InfFrame;
void rt_math_Inf(InfFrame *f) __asm__("math.Inf");
void rt_math_Inf(InfFrame *f) { f->r = f->sign >= 0 ? INFINITY : -INFINITY; }

typedef struct { double r; } NaNFrame;
void rt_math_NaN(NaNFrame *f) __asm__("math.NaN");
void rt_math_NaN(NaNFrame *f)
{
    uint64_t u = 0x7FF8000000000001ULL;     /* Go's NaN bits */
    memcpy(&f->r, &u, 8);
}

typedef struct { double x; int64_t sign; uint64_t r; } IsInfFrame;
void rt_math_IsInf(IsInfFrame *f) __asm__("math.IsInf");
void rt_math_IsInf(IsInfFrame *f)
{
    f->r = (f->sign >= 0 && f->x > 1.7976931348623157e308) ||
           (f->sign <= 0 && f->x < -1.7976931348623157e308);
}

typedef struct { double x; uint64_t r; } BoolFrame;
void rt_math_IsNaN(BoolFrame *f) __asm__("math.IsNaN");
void rt_math_IsNaN(BoolFrame *f) { f->r = f->x != f->x; }
void rt_math_Signbit(BoolFrame *f) __asm__("math.Signbit");
void rt_math_Signbit(BoolFrame *f) { f->r = signbit(f->x) != 0; }

typedef struct { double x; uint64_t r; } BitsFrame;
void rt_math_Float64bits(BitsFrame *f) __asm__("math.Float64bits");
void rt_math_Float64bits(BitsFrame *f) { memcpy(&f->r, &f->x, 8); }

typedef struct { uint64_t b; double r; } FromBitsFrame;
void rt_math_Float64frombits(FromBitsFrame *f) __asm__("math.Float64frombits");
void rt_math_Float64frombits(FromBitsFrame *f) { memcpy(&f->r, &f->b, 8); }

typedef struct { float x; uint32_t pad_; uint64_t r; } Bits32Frame;
void rt_math_Float32bits(Bits32Frame *f) __asm__("math.Float32bits");
void rt_math_Float32bits(Bits32Frame *f)
{
    uint32_t u;
    memcpy(&u, &f->x, 4);
    f->r = u;
}

typedef struct { uint64_t b; float r; uint32_t pad_; } FromBits32Frame;
void rt_math_Float32frombits(FromBits32Frame *f) __asm__("math.Float32frombits");
void rt_math_Float32frombits(FromBits32Frame *f)
{
    uint32_t u = (uint32_t)f->b;
    memcpy(&f->r, &u, 4);
}

typedef struct { double x; double frac; int64_t exp; } FrexpFrame;
void rt_math_Frexp(FrexpFrame *f) __asm__("math.Frexp");
void rt_math_Frexp(FrexpFrame *f)
{
    int e = 0;
    if (f->x == 0 || isinf(f->x) || isnan(f->x)) {
        f->frac = f->x;
        f->exp = 0;
        return;
    }
    f->frac = frexp(f->x, &e);
    f->exp = e;
}

typedef struct { double frac; int64_t exp; double r; } LdexpFrame;
void rt_math_Ldexp(LdexpFrame *f) __asm__("math.Ldexp");
void rt_math_Ldexp(LdexpFrame *f)
{
    int64_t e = f->exp;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    f->r = ldexp(f->frac, (int)e);
}

typedef struct { double x; double ip, frac; } ModfFrame;
void rt_math_Modf(ModfFrame *f) __asm__("math.Modf");
void rt_math_Modf(ModfFrame *f)
{
    /* Go: Modf(±Inf) = ±Inf, NaN; the integer part keeps the sign */
    if (isinf(f->x)) {
        f->ip = f->x;
        f->frac = NAN;
        return;
    }
    f->frac = modf(f->x, &f->ip);
}
