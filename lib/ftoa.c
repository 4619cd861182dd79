/* ftoa.c — strconv.FormatFloat(f, fmt, prec, bitSize), exactly as go1.19
 * formats (strconv/ftoa.go).
 *
 * Go first reduces the value to decimal digits d1d2...dn (no trailing
 * zeros) and a decimal point position dp (value = 0.d1...dn * 10^dp), then
 * lays them out (formatDigits, fmtE, fmtF).  The digits come from:
 *   shortest (prec < 0): the fewest digits that read back as the same
 *       float of bitSize; found here by trying 1, 2, ... significant digits
 *       with C's correctly rounded %.*e and reading them back with
 *       strtod/strtof (the nearest n-digit decimal reads back when any does);
 *   fixed: the exact binary value rounded to n significant digits (%e, %g)
 *       or to prec decimals (%f), ties to even — as glibc's printf rounds.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

typedef struct Digits {
    char *d;        /* ASCII digits, no trailing zeros (nd may be 0 for zero) */
    int nd, dp;
} Digits;

/* Parses C's "%.*e" output "D.DDDe[+-]X" (sign removed) into digits. */
static void from_e(Digits *g, const char *s)
{
    int n = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            g->d[n++] = *p;
    int exp = atoi(p + 1);
    while (n > 0 && g->d[n - 1] == '0')
        n--;
    g->nd = n;
    g->dp = n == 0 ? 0 : exp + 1;
}

static bool reads_back(const char *s, double f, int bits)
{
    return bits == 32 ? strtof(s, NULL) == (float)f : strtod(s, NULL) == f;
}

/* s is "D.DDDe±X" with n digits: make it the next n-digit decimal up. */
static bool next_up(char *s, int n)
{
    char d[32];
    int k = 0;
    char *p = s;
    for (; *p != 'e'; p++)
        if (*p != '.')
            d[k++] = *p;
    int exp = atoi(p + 1);
    int i = k - 1;
    while (i >= 0 && d[i] == '9')
        d[i--] = '0';
    if (i < 0) {
        d[0] = '1';     /* 9.99 -> 1.00e+1 */
        exp++;
    } else {
        d[i]++;
    }
    int o = 0;
    s[o++] = d[0];
    if (n > 1) {
        s[o++] = '.';
        memcpy(s + o, d + 1, (size_t)n - 1);
        o += n - 1;
    }
    sprintf(s + o, "e%+d", exp);
    return true;
}

static void shortest(Digits *g, double f, int bits)
{
    char tmp[64];
    if (f == 0) {
        g->nd = 0;
        g->dp = 0;
        return;
    }
    /* If n digits read back, so do n+1 (the nearest (n+1)-digit decimal is
     * no farther): binary search for the fewest; 17 (9) always do. */
    int lo = 1, hi = bits == 32 ? 9 : 17;
    /* At a power of two the interval is lopsided (the gap below is half
     * the gap above): the nearest n-digit decimal may fall below it while
     * the next one up is inside.  Try every length, and both neighbours. */
    int e;
    if (frexp(f, &e) == 0.5) {
        for (int n = 1; n <= hi; n++) {
            snprintf(tmp, sizeof tmp, "%.*e", n - 1, f);
            if (reads_back(tmp, f, bits) || (strtod(tmp, NULL) < f && next_up(tmp, n) &&
                                             reads_back(tmp, f, bits))) {
                from_e(g, tmp);
                return;
            }
        }
    }
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(tmp, sizeof tmp, "%.*e", mid - 1, f);
        if (reads_back(tmp, f, bits))
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(tmp, sizeof tmp, "%.*e", lo - 1, f);
    from_e(g, tmp);
}

/* n significant digits, n >= 1. */
static void fixed_sig(Digits *g, double f, int n, char *scratch, size_t cap)
{
    if (f == 0) {
        g->nd = 0;
        g->dp = 0;
        return;
    }
    snprintf(scratch, cap, "%.*e", n - 1, f);
    from_e(g, scratch);
}

/* Rounded to prec digits after the point. */
static void fixed_frac(Digits *g, double f, int prec, char *scratch, size_t cap)
{
    snprintf(scratch, cap, "%.*f", prec, f);
    /* "III.FFF": digits without the point; dp = len(III) */
    int n = 0, dp = -1;
    for (const char *p = scratch; *p; p++) {
        if (*p == '.') {
            dp = n;
            continue;
        }
        g->d[n++] = *p;
    }
    if (dp < 0)
        dp = n;
    /* leading zeros move the point */
    int lead = 0;
    while (lead < n && g->d[lead] == '0')
        lead++;
    memmove(g->d, g->d + lead, (size_t)(n - lead));
    n -= lead;
    dp -= lead;
    while (n > 0 && g->d[n - 1] == '0')
        n--;
    if (n == 0)
        dp = 0;
    g->nd = n;
    g->dp = dp;
}

static void fmt_e(RtBuf *b, bool neg, const Digits *g, int prec, char fmt)
{
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_putc(b, g->nd == 0 ? '0' : g->d[0]);
    if (prec > 0) {
        rt_buf_putc(b, '.');
        int i = 1;
        int m = g->nd < prec + 1 ? g->nd : prec + 1;
        if (i < m) {
            rt_buf_write(b, g->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++)
            rt_buf_putc(b, '0');
    }
    rt_buf_putc(b, fmt);
    int exp = g->dp - 1;
    if (g->nd == 0)
        exp = 0;
    char ch = '+';
    if (exp < 0) {
        ch = '-';
        exp = -exp;
    }
    rt_buf_putc(b, ch);
    if (exp < 10) {
        rt_buf_putc(b, '0');
        rt_buf_putc(b, (char)('0' + exp));
    } else if (exp < 100) {
        rt_buf_putc(b, (char)('0' + exp / 10));
        rt_buf_putc(b, (char)('0' + exp % 10));
    } else {
        rt_buf_putc(b, (char)('0' + exp / 100));
        rt_buf_putc(b, (char)('0' + exp / 10 % 10));
        rt_buf_putc(b, (char)('0' + exp % 10));
    }
}

static void fmt_f(RtBuf *b, bool neg, const Digits *g, int prec)
{
    if (neg)
        rt_buf_putc(b, '-');
    if (g->dp > 0) {
        int m = g->nd < g->dp ? g->nd : g->dp;
        rt_buf_write(b, g->d, (size_t)m);
        for (; m < g->dp; m++)
            rt_buf_putc(b, '0');
    } else {
        rt_buf_putc(b, '0');
    }
    if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 1; i <= prec; i++) {
            char ch = '0';
            int j = g->dp + i - 1;
            if (j >= 0 && j < g->nd)
                ch = g->d[j];
            rt_buf_putc(b, ch);
        }
    }
}

/* The sign, mantissa and exponent of f as Go's genericFtoa sees them:
 * |f| = mant * 2^(exp - mantbits). */
static void decompose(double f, int bits, bool *neg, uint64_t *mant, int *exp, int *mantbits)
{
    uint64_t u;
    int mb = bits == 32 ? 23 : 52, eb = bits == 32 ? 8 : 11;
    int bias = bits == 32 ? -127 : -1023;
    if (bits == 32) {
        float x = (float)f;
        uint32_t w;
        memcpy(&w, &x, 4);
        u = w;
    } else {
        memcpy(&u, &f, 8);
    }
    *neg = u >> (eb + mb) != 0;
    int e = (int)(u >> mb) & ((1 << eb) - 1);
    uint64_t m = u & (((uint64_t)1 << mb) - 1);
    if (e == 0)
        e++;
    else
        m |= (uint64_t)1 << mb;
    *exp = e + bias;
    *mant = m;
    *mantbits = mb;
}

/* %b: -ddddp±ddd, the mantissa and binary exponent. */
static void fmt_b(RtBuf *b, double f, int bits)
{
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    decompose(f, bits, &neg, &mant, &exp, &mantbits);
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_uint(b, mant);
    rt_buf_putc(b, 'p');
    exp -= mantbits;
    if (exp >= 0)
        rt_buf_putc(b, '+');
    rt_buf_int(b, exp);
}

/* %x: -0x1.yyyyp±dd (go1.19 strconv fmtX). */
static void fmt_x(RtBuf *b, double f, int prec, char fmt, int bits)
{
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    decompose(f, bits, &neg, &mant, &exp, &mantbits);
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_putc(b, '0');
    rt_buf_putc(b, fmt);
    rt_buf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        rt_buf_putc(b, '.');
        while (mant != 0) {
            rt_buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        rt_buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            rt_buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    rt_buf_putc(b, fmt == 'X' ? 'P' : 'p');
    char ch = '+';
    if (exp < 0) {
        ch = '-';
        exp = -exp;
    }
    rt_buf_putc(b, ch);
    if (exp < 100) {
        rt_buf_putc(b, (char)('0' + exp / 10));
        rt_buf_putc(b, (char)('0' + exp % 10));
    } else if (exp < 1000) {
        rt_buf_putc(b, (char)('0' + exp / 100));
        rt_buf_putc(b, (char)('0' + exp / 10 % 10));
        rt_buf_putc(b, (char)('0' + exp % 10));
    } else {
        rt_buf_putc(b, (char)('0' + exp / 1000));
        rt_buf_putc(b, (char)('0' + exp / 100 % 10));
        rt_buf_putc(b, (char)('0' + exp / 10 % 10));
        rt_buf_putc(b, (char)('0' + exp % 10));
    }
}

void rt_ftoa(RtBuf *b, double f, char fmt, int prec, int bits)
{
    if (bits == 32)
        f = (float)f;
    if (isnan(f)) {
        rt_buf_puts(b, "NaN");
        return;
    }
    if (isinf(f)) {
        rt_buf_puts(b, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (fmt == 'b') {
        fmt_b(b, f, bits);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, f, prec, fmt, bits);
        return;
    }
    bool neg = signbit(f) != 0;
    double a = fabs(f);
    /* %f of 1e308 has 309 digits; %e precision is bounded by the caller */
    size_t cap = (size_t)(prec > 0 ? prec : 0) + 400;
    char *scratch = malloc(cap), *dbuf = malloc(cap);
    Digits g = {dbuf, 0, 0};
    bool isshortest = prec < 0;
    if (isshortest) {
        shortest(&g, a, bits);
        switch (fmt) {
        case 'e': case 'E': prec = g.nd - 1 > 0 ? g.nd - 1 : 0; break;
        case 'f': prec = g.nd - g.dp > 0 ? g.nd - g.dp : 0; break;
        case 'g': case 'G': prec = g.nd; break;
        }
    } else {
        switch (fmt) {
        case 'e': case 'E':
            fixed_sig(&g, a, prec + 1, scratch, cap);
            break;
        case 'f':
            fixed_frac(&g, a, prec, scratch, cap);
            break;
        case 'g': case 'G':
            if (prec == 0)
                prec = 1;
            fixed_sig(&g, a, prec, scratch, cap);
            break;
        }
    }
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, &g, prec, fmt);
        break;
    case 'f':
        fmt_f(b, neg, &g, prec);
        break;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > g.nd && g.nd >= g.dp)
            eprec = g.nd;
        if (isshortest)
            eprec = 6;
        int exp = g.dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > g.nd)
                prec = g.nd;
            fmt_e(b, neg, &g, prec - 1, (char)(fmt + 'e' - 'g'));
            break;
        }
        if (prec > g.dp)
            prec = g.nd;
        fmt_f(b, neg, &g, prec - g.dp > 0 ? prec - g.dp : 0);
        break;
    }
    default:
        rt_buf_putc(b, '%');
        rt_buf_putc(b, fmt);
    }
    free(scratch);
    free(dbuf);
}
