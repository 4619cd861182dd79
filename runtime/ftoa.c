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

#include "runtime/std.h"

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

static void shortest(Digits *g, double f, int bits)
{
    char tmp[64];
    if (f == 0) {
        g->nd = 0;
        g->dp = 0;
        return;
    }
    int maxprec = bits == 32 ? 9 : 17;
    for (int prec = 1; prec <= maxprec; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        bool exact = bits == 32 ? strtof(tmp, NULL) == (float)f : strtod(tmp, NULL) == f;
        if (exact)
            break;
    }
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

/* %b: -ddddp±ddd, the mantissa and binary exponent. */
static void fmt_b(RtBuf *b, double f, int bits)
{
    uint64_t u;
    int mantbits = bits == 32 ? 23 : 52, expbits = bits == 32 ? 8 : 11;
    int bias = bits == 32 ? -127 : -1023;
    if (bits == 32) {
        float x = (float)f;
        uint32_t w;
        memcpy(&w, &x, 4);
        u = w;
    } else {
        memcpy(&u, &f, 8);
    }
    bool neg = u >> (expbits + mantbits) != 0;
    int exp = (int)(u >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = u & (((uint64_t)1 << mantbits) - 1);
    if (exp == 0)
        exp++;
    else
        mant |= (uint64_t)1 << mantbits;
    exp += bias;
    if (neg)
        rt_buf_putc(b, '-');
    rt_buf_uint(b, mant);
    rt_buf_putc(b, 'p');
    exp -= mantbits;
    if (exp >= 0)
        rt_buf_putc(b, '+');
    rt_buf_int(b, exp);
}

/* %x: -0x1.yyyyp±dd (C's %a with Go's two-digit exponent). */
static void fmt_x(RtBuf *b, double f, int prec, char fmt, int bits)
{
    char tmp[64];
    if (f == 0) {
        /* Go: 0x0p+00 (with prec zeros) */
        if (signbit(f))
            rt_buf_putc(b, '-');
        rt_buf_puts(b, fmt == 'X' ? "0X0" : "0x0");
        if (prec > 0) {
            rt_buf_putc(b, '.');
            for (int i = 0; i < prec; i++)
                rt_buf_putc(b, '0');
        }
        rt_buf_puts(b, fmt == 'X' ? "P+00" : "p+00");
        return;
    }
    if (prec < 0)
        snprintf(tmp, sizeof tmp, fmt == 'X' ? "%A" : "%a", bits == 32 ? (double)(float)f : f);
    else
        snprintf(tmp, sizeof tmp, fmt == 'X' ? "%.*A" : "%.*a", prec,
                 bits == 32 ? (double)(float)f : f);
    char *p = strchr(tmp, fmt == 'X' ? 'P' : 'p');
    rt_buf_write(b, tmp, (size_t)(p - tmp + 2));    /* through the sign */
    if (strlen(p + 2) < 2)
        rt_buf_putc(b, '0');
    rt_buf_puts(b, p + 2);
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
