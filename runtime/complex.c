/* complex.c — complex division, as go1.19's runtime/complex.go.
 *
 * gc compiles n / m of complex numbers into a call of complex128div
 * (complex64 operands widened, the quotient narrowed back): Smith's
 * algorithm (Commun. ACM 5(8), 1962), then C99's corrections (G.5.1)
 * when both parts came out NaN, so that a division by zero gives
 * infinities and never panics.  Every step is the same IEEE operation in
 * the same order as Go's, so the bits agree; x86-64 has no fused
 * multiply-add unless asked (gc does not fuse on amd64 either). */
#include <math.h>

#include "runtime/rt_internal.h"

/* A signed 1 if f is an infinity, a signed 0 otherwise; f's sign. */
static double inf2one(double f)
{
    return copysign(isinf(f) ? 1.0 : 0.0, f);
}

RtComplex128 rt_complex128div(double a, double b, double c, double d)
{
    double e, f; /* (e + fi) = (a + bi) / (c + di) */
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c;
        double denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d;
        double denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        double inf = INFINITY;
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(inf, c) * a;
            f = copysign(inf, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = inf2one(a);
            b = inf2one(b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = inf2one(c);
            d = inf2one(d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    return (RtComplex128){e, f};
}
