/* const.c — exact constant arithmetic, as go/constant does it.
 *
 * The spec asks implementations to represent integer constants with at
 * least 256 bits and floating-point constants with a mantissa of at least
 * 256 bits.  minigo keeps them exact:
 *
 *   integers     BigInt: sign and magnitude, base 2^32 limbs;
 *   floats       Rat: num/den in lowest terms, den > 0 (so 0.1 is 1/10 and
 *                1.0/3 stays a third, as go/constant's ratVal);
 *   complex      two Rats.
 *
 * A rational whose parts grow past MAX_RAT_BITS is rounded to a 512-bit
 * binary mantissa (go/constant switches to a 512-bit big.Float there), so
 * long chains of arithmetic stay cheap.  Every value is immutable and lives
 * in the `perm` arena; ConstVal also carries, for the later stages, the low
 * 64 bits of an integer (i) and the nearest float64 of a float (f, fi).
 */
#include "types.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct BigInt {
    int neg;      /* 1 if negative; zero is never negative */
    int n;        /* limbs in use; 0 for zero */
    uint32_t *d;  /* little-endian limbs, d[n-1] != 0 */
};

#define MAX_RAT_BITS 4096
#define FLOAT_PREC 512

/* ---- BigInt ---------------------------------------------------------------- */

static BigInt *big_alloc(int n) {
    BigInt *b = arena_alloc(perm, sizeof(BigInt));
    b->d = n ? arena_alloc(perm, sizeof(uint32_t) * (size_t)n) : NULL;
    b->n = n;
    return b;
}

static BigInt *big_norm(BigInt *b) {
    while (b->n > 0 && b->d[b->n - 1] == 0)
        b->n--;
    if (b->n == 0)
        b->neg = 0;
    return b;
}

static BigInt *big_u64(uint64_t v) {
    BigInt *b = big_alloc(2);
    b->d[0] = (uint32_t)v;
    b->d[1] = (uint32_t)(v >> 32);
    return big_norm(b);
}

static BigInt *big_i64(int64_t v) {
    BigInt *b = big_u64(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    b->neg = v < 0 && b->n;
    return b;
}

static BigInt *big_zero(void) { return big_alloc(0); }
static BigInt *big_one(void) { return big_u64(1); }
static bool big_is_zero(const BigInt *a) { return a->n == 0; }
static int big_sign(const BigInt *a) { return a->n == 0 ? 0 : a->neg ? -1 : 1; }

static BigInt *big_copy(const BigInt *a) {
    BigInt *b = big_alloc(a->n);
    if (a->n)
        memcpy(b->d, a->d, sizeof(uint32_t) * (size_t)a->n);
    b->neg = a->neg;
    return b;
}

static BigInt *big_neg(const BigInt *a) {
    BigInt *b = big_copy(a);
    b->neg = !a->neg && a->n;
    return b;
}

static BigInt *big_abs(const BigInt *a) {
    BigInt *b = big_copy(a);
    b->neg = 0;
    return b;
}

static int mag_cmp(const BigInt *a, const BigInt *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static int big_cmp(const BigInt *a, const BigInt *b) {
    int sa = big_sign(a), sb = big_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    int c = mag_cmp(a, b);
    return sa < 0 ? -c : c;
}

static BigInt *mag_add(const BigInt *a, const BigInt *b) {
    int n = (a->n > b->n ? a->n : b->n) + 1;
    BigInt *r = big_alloc(n);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < a->n)
            s += a->d[i];
        if (i < b->n)
            s += b->d[i];
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    return big_norm(r);
}

/* |a| - |b|, requires |a| >= |b| */
static BigInt *mag_sub(const BigInt *a, const BigInt *b) {
    BigInt *r = big_alloc(a->n);
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t s = (int64_t)a->d[i] - borrow - (i < b->n ? (int64_t)b->d[i] : 0);
        borrow = s < 0;
        r->d[i] = (uint32_t)(s + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return big_norm(r);
}

static BigInt *big_add(const BigInt *a, const BigInt *b) {
    if (a->neg == b->neg) {
        BigInt *r = mag_add(a, b);
        r->neg = a->neg && r->n;
        return r;
    }
    int c = mag_cmp(a, b);
    if (c == 0)
        return big_zero();
    BigInt *r = c > 0 ? mag_sub(a, b) : mag_sub(b, a);
    r->neg = (c > 0 ? a->neg : b->neg) && r->n;
    return r;
}

static BigInt *big_sub(const BigInt *a, const BigInt *b) { return big_add(a, big_neg(b)); }

static BigInt *big_mul(const BigInt *a, const BigInt *b) {
    if (a->n == 0 || b->n == 0)
        return big_zero();
    BigInt *r = big_alloc(a->n + b->n);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + r->d[i + j] + carry;
            r->d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->d[i + b->n] = (uint32_t)carry;
    }
    r->neg = a->neg != b->neg;
    return big_norm(r);
}

static BigInt *big_mul_small(const BigInt *a, uint32_t m, uint32_t add) {
    BigInt *r = big_alloc(a->n + 1);
    uint64_t carry = add;
    for (int i = 0; i < a->n; i++) {
        uint64_t t = (uint64_t)a->d[i] * m + carry;
        r->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->d[a->n] = (uint32_t)carry;
    r->neg = a->neg;
    return big_norm(r);
}

static int big_bitlen(const BigInt *a) {
    if (a->n == 0)
        return 0;
    uint32_t top = a->d[a->n - 1];
    int bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (a->n - 1) * 32 + bits;
}

static int big_bit(const BigInt *a, int i) {
    if (i < 0 || i / 32 >= a->n)
        return 0;
    return (a->d[i / 32] >> (i % 32)) & 1;
}

/* magnitude shifts (sign kept) */
static BigInt *mag_shl(const BigInt *a, int s) {
    if (a->n == 0 || s == 0)
        return big_copy(a);
    int w = s / 32, b = s % 32;
    BigInt *r = big_alloc(a->n + w + 1);
    for (int i = 0; i < a->n; i++) {
        uint64_t v = (uint64_t)a->d[i] << b;
        r->d[i + w] |= (uint32_t)v;
        r->d[i + w + 1] |= (uint32_t)(v >> 32);
    }
    r->neg = a->neg;
    return big_norm(r);
}

static BigInt *mag_shr(const BigInt *a, int s) {
    int w = s / 32, b = s % 32;
    if (w >= a->n)
        return big_zero();
    BigInt *r = big_alloc(a->n - w);
    for (int i = 0; i < r->n; i++) {
        uint64_t v = a->d[i + w];
        if (i + w + 1 < a->n)
            v |= (uint64_t)a->d[i + w + 1] << 32;
        r->d[i] = (uint32_t)(v >> b);
    }
    r->neg = a->neg;
    return big_norm(r);
}

/* true if any of the low s bits of |a| is set */
static bool mag_low_bits(const BigInt *a, int s) {
    for (int i = 0; i < s && i / 32 < a->n; i += 32) {
        int k = s - i < 32 ? s - i : 32;
        uint32_t m = k == 32 ? 0xffffffffu : ((1u << k) - 1);
        if (a->d[i / 32] & m)
            return true;
    }
    return false;
}

/* Truncated division: q = a/b rounded toward zero, r = a - q*b. */
static void big_divmod(const BigInt *a, const BigInt *b, BigInt **q, BigInt **r) {
    if (mag_cmp(a, b) < 0) {
        if (q)
            *q = big_zero();
        if (r)
            *r = big_copy(a);
        return;
    }
    BigInt *quo, *rem;
    if (b->n == 1) {
        quo = big_alloc(a->n);
        uint64_t rr = 0;
        for (int i = a->n - 1; i >= 0; i--) {
            uint64_t cur = (rr << 32) | a->d[i];
            quo->d[i] = (uint32_t)(cur / b->d[0]);
            rr = cur % b->d[0];
        }
        rem = big_u64(rr);
    } else {
        /* schoolbook long division, one bit at a time over 32-bit words
         * (Knuth's algorithm D, normalised) */
        int s = 0;
        uint32_t top = b->d[b->n - 1];
        while (!(top & 0x80000000u)) {
            top <<= 1;
            s++;
        }
        BigInt *u = mag_shl(big_abs(a), s), *v = mag_shl(big_abs(b), s);
        int n = v->n, m = u->n - n;
        uint32_t *un = arena_alloc(perm, sizeof(uint32_t) * (size_t)(u->n + 1));
        memcpy(un, u->d, sizeof(uint32_t) * (size_t)u->n);
        quo = big_alloc(m + 1);
        for (int j = m; j >= 0; j--) {
            uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
            uint64_t qhat = num / v->d[n - 1], rhat = num % v->d[n - 1];
            while (qhat >= ((uint64_t)1 << 32) ||
                   qhat * v->d[n - 2] > ((rhat << 32) | un[j + n - 2])) {
                qhat--;
                rhat += v->d[n - 1];
                if (rhat >= ((uint64_t)1 << 32))
                    break;
            }
            int64_t borrow = 0;
            uint64_t carry = 0;
            for (int i = 0; i < n; i++) {
                uint64_t p = qhat * v->d[i] + carry;
                carry = p >> 32;
                int64_t t = (int64_t)un[i + j] - borrow - (int64_t)(uint32_t)p;
                borrow = t < 0;
                un[i + j] = (uint32_t)t;
            }
            int64_t t = (int64_t)un[j + n] - borrow - (int64_t)carry;
            borrow = t < 0;
            un[j + n] = (uint32_t)t;
            if (borrow) { /* add back */
                qhat--;
                uint64_t c = 0;
                for (int i = 0; i < n; i++) {
                    uint64_t sum = (uint64_t)un[i + j] + v->d[i] + c;
                    un[i + j] = (uint32_t)sum;
                    c = sum >> 32;
                }
                un[j + n] += (uint32_t)c;
            }
            quo->d[j] = (uint32_t)qhat;
        }
        BigInt *rr = big_alloc(n);
        memcpy(rr->d, un, sizeof(uint32_t) * (size_t)n);
        rem = mag_shr(big_norm(rr), s);
    }
    big_norm(quo);
    quo->neg = (a->neg != b->neg) && quo->n;
    rem->neg = a->neg && rem->n;
    big_norm(rem);
    if (q)
        *q = quo;
    if (r)
        *r = rem;
}

static BigInt *big_gcd(const BigInt *a, const BigInt *b) {
    BigInt *x = big_abs(a), *y = big_abs(b);
    while (y->n) {
        BigInt *r;
        big_divmod(x, y, NULL, &r);
        x = y;
        y = r;
    }
    return x;
}

/* Two's complement view of a over `w` limbs (w large enough). */
static uint32_t *twos(const BigInt *a, int w) {
    uint32_t *t = arena_alloc(perm, sizeof(uint32_t) * (size_t)w);
    for (int i = 0; i < w; i++)
        t[i] = i < a->n ? a->d[i] : 0;
    if (a->neg) {
        uint64_t carry = 1;
        for (int i = 0; i < w; i++) {
            uint64_t v = (uint64_t)(uint32_t)~t[i] + carry;
            t[i] = (uint32_t)v;
            carry = v >> 32;
        }
    }
    return t;
}

static BigInt *from_twos(uint32_t *t, int w) {
    BigInt *r = big_alloc(w);
    bool neg = t[w - 1] & 0x80000000u;
    if (neg) {
        uint64_t carry = 1;
        for (int i = 0; i < w; i++) {
            uint64_t v = (uint64_t)(uint32_t)~t[i] + carry;
            r->d[i] = (uint32_t)v;
            carry = v >> 32;
        }
    } else
        memcpy(r->d, t, sizeof(uint32_t) * (size_t)w);
    r->neg = neg;
    return big_norm(r);
}

/* &, |, ^, &^ with the semantics of infinite two's complement (big.Int). */
static BigInt *big_bitop(Op op, const BigInt *a, const BigInt *b) {
    int w = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = twos(a, w), *y = twos(b, w);
    for (int i = 0; i < w; i++) {
        switch (op) {
        case OP_AND: x[i] &= y[i]; break;
        case OP_OR: x[i] |= y[i]; break;
        case OP_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break; /* OP_ANDNOT */
        }
    }
    return from_twos(x, w);
}

/* a >> s, rounding toward negative infinity (arithmetic shift) */
static BigInt *big_sar(const BigInt *a, int s) {
    if (!a->neg)
        return mag_shr(a, s);
    /* -((|a| - 1) >> s) - 1 */
    BigInt *m = mag_sub(big_abs(a), big_one());
    BigInt *r = mag_shr(m, s);
    r->neg = 0;
    r = mag_add(r, big_one());
    r->neg = 1;
    return big_norm(r);
}

static bool big_fits_i64(const BigInt *a, int64_t *out) {
    if (big_bitlen(a) > 64)
        return false;
    uint64_t m = a->n > 0 ? a->d[0] : 0;
    if (a->n > 1)
        m |= (uint64_t)a->d[1] << 32;
    if (a->neg) {
        if (m > (uint64_t)1 << 63)
            return false;
        if (out)
            *out = (int64_t)((uint64_t)0 - m);
        return true;
    }
    if (m > (uint64_t)INT64_MAX)
        return false;
    if (out)
        *out = (int64_t)m;
    return true;
}

static bool big_fits_u64(const BigInt *a, uint64_t *out) {
    if (a->neg || big_bitlen(a) > 64)
        return false;
    uint64_t m = a->n > 0 ? a->d[0] : 0;
    if (a->n > 1)
        m |= (uint64_t)a->d[1] << 32;
    if (out)
        *out = m;
    return true;
}

static uint64_t big_low64(const BigInt *a) {
    uint64_t m = a->n > 0 ? a->d[0] : 0;
    if (a->n > 1)
        m |= (uint64_t)a->d[1] << 32;
    return a->neg ? (uint64_t)0 - m : m;
}

static BigInt *big_pow(uint32_t base, int e) {
    BigInt *r = big_one(), *b = big_u64(base);
    while (e > 0) {
        if (e & 1)
            r = big_mul(r, b);
        e >>= 1;
        if (e)
            b = big_mul(b, b);
    }
    return r;
}

static char *big_decimal(const BigInt *a) {
    if (a->n == 0)
        return arena_strdup(perm, "0");
    /* repeated division by 10^9 */
    int cap = a->n * 10 + 3;
    char *buf = arena_alloc(perm, (size_t)cap + 1);
    int pos = cap;
    buf[pos] = 0;
    BigInt *x = big_abs(a);
    BigInt *billion = big_u64(1000000000u);
    while (x->n) {
        BigInt *q, *r;
        big_divmod(x, billion, &q, &r);
        uint32_t chunk = r->n ? r->d[0] : 0;
        for (int k = 0; k < 9; k++) {
            buf[--pos] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (!q->n && !chunk)
                break;
        }
        x = q;
    }
    while (buf[pos] == '0' && buf[pos + 1])
        pos++;
    if (a->neg)
        buf[--pos] = '-';
    return buf + pos;
}

/* Digits (no prefix, underscores allowed) in base 2, 8, 10 or 16. */
static BigInt *big_parse(const char *s, int len, int base) {
    BigInt *r = big_zero();
    for (int i = 0; i < len; i++) {
        int c = s[i], d;
        if (c == '_')
            continue;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return NULL;
        if (d >= base)
            return NULL;
        r = big_mul_small(r, (uint32_t)base, (uint32_t)d);
    }
    return r;
}

/* ---- Rat ------------------------------------------------------------------- */

/* value = num/den * 2^e2.  e2 is 0 for every value whose magnitude lies
 * within 2^-MAX_RAT_BITS..2^MAX_RAT_BITS, which is then exact (or rounded
 * to FLOAT_PREC bits when its parts grew too large); beyond that range
 * den is 1, num holds a FLOAT_PREC-bit mantissa and e2 the exponent, as
 * go/constant's big.Float values (1e1000000 is such a value). */
typedef struct Rat {
    BigInt *num, *den;
    int64_t e2;
} Rat;

static Rat rat_zero(void) { return (Rat){big_zero(), big_one(), 0}; }
/* beyond big.Float's exponent range: infinite (go/constant's unknown) */
static Rat rat_inf(void) { return (Rat){NULL, NULL, 0}; }
static bool rat_isinf(Rat r) { return r.num == NULL; }
#define BIGFLOAT_MAXEXP 2147483647LL
#define BIGFLOAT_MINEXP (-2147483647LL - 1)
static Rat rat_int(BigInt *a) { return (Rat){a, big_one(), 0}; }

static bool rat_is_int(Rat r) { return r.e2 == 0 && r.den->n == 1 && r.den->d[0] == 1; }

/* log2 of |r|, roughly (within one) */
static int64_t rat_mag(Rat r) { return (int64_t)big_bitlen(r.num) - big_bitlen(r.den) + r.e2; }

/* num/den*2^e2 rounded to FLOAT_PREC bits: m * 2^*exp */
static BigInt *round_mantissa(BigInt *num, BigInt *den, int64_t e2, int64_t *exp) {
    int e = big_bitlen(num) - big_bitlen(den);
    int k = FLOAT_PREC - e;
    BigInt *n = num, *d = den;
    if (k > 0)
        n = mag_shl(n, k);
    else if (k < 0)
        d = mag_shl(d, -k);
    BigInt *q, *r;
    big_divmod(n, d, &q, &r);
    /* round half away from zero is good enough for a 512-bit mantissa */
    if (mag_cmp(mag_shl(big_abs(r), 1), big_abs(d)) >= 0)
        q = big_add(q, q->neg ? big_i64(-1) : big_one());
    *exp = e2 - k;
    return q;
}

static Rat rat_norm(BigInt *num, BigInt *den, int64_t e2) {
    if (den->neg) {
        num = big_neg(num);
        den = big_neg(den);
    }
    if (num->n == 0)
        return rat_zero();
    if (e2 != 0 && (!(den->n == 1 && den->d[0] == 1) || big_bitlen(num) > FLOAT_PREC + 64)) {
        /* an approximate value: back to a mantissa */
        int64_t exp;
        num = round_mantissa(num, den, e2, &exp);
        den = big_one();
        e2 = exp;
    }
    if (e2 != 0) {
        int64_t mag = (int64_t)big_bitlen(num) + e2;
        if (mag > BIGFLOAT_MAXEXP)
            return rat_inf();
        if (mag < BIGFLOAT_MINEXP)
            return rat_zero();
        if (mag > -MAX_RAT_BITS && mag < MAX_RAT_BITS && e2 > -2 * MAX_RAT_BITS && e2 < 2 * MAX_RAT_BITS) {
            if (e2 > 0)
                num = mag_shl(num, (int)e2);
            else
                den = mag_shl(den, (int)-e2);
            e2 = 0;
        } else
            return (Rat){num, den, e2};
    }
    BigInt *g = big_gcd(num, den);
    if (!(g->n == 1 && g->d[0] == 1)) {
        big_divmod(num, g, &num, NULL);
        big_divmod(den, g, &den, NULL);
    }
    if (big_bitlen(num) <= MAX_RAT_BITS && big_bitlen(den) <= MAX_RAT_BITS)
        return (Rat){num, den, 0};
    int64_t exp;
    BigInt *m = round_mantissa(num, den, 0, &exp);
    int64_t mag = (int64_t)big_bitlen(m) + exp;
    if (mag > -MAX_RAT_BITS && mag < MAX_RAT_BITS) {
        if (exp >= 0)
            return (Rat){mag_shl(m, (int)exp), big_one(), 0};
        BigInt *d = mag_shl(big_one(), (int)-exp);
        g = big_gcd(m, d);
        big_divmod(m, g, &m, NULL);
        big_divmod(d, g, &d, NULL);
        return (Rat){m, d, 0};
    }
    return (Rat){m, big_one(), exp};
}

static Rat rat_make(BigInt *num, BigInt *den) { return rat_norm(num, den, 0); }

static Rat rat_neg(Rat a) { return rat_isinf(a) ? a : (Rat){big_neg(a.num), a.den, a.e2}; }
static int rat_sign(Rat a) { return rat_isinf(a) ? 1 : big_sign(a.num); }

static Rat rat_add(Rat a, Rat b) {
    if (rat_isinf(a) || rat_isinf(b))
        return rat_inf();
    if (a.num->n == 0)
        return b;
    if (b.num->n == 0)
        return a;
    if (a.e2 == 0 && b.e2 == 0)
        return rat_norm(big_add(big_mul(a.num, b.den), big_mul(b.num, a.den)), big_mul(a.den, b.den), 0);
    int64_t ma = rat_mag(a), mb = rat_mag(b);
    if (ma - mb > FLOAT_PREC + 64)
        return a;
    if (mb - ma > FLOAT_PREC + 64)
        return b;
    int64_t e = a.e2 < b.e2 ? a.e2 : b.e2;
    BigInt *an = mag_shl(a.num, (int)(a.e2 - e)), *bn = mag_shl(b.num, (int)(b.e2 - e));
    return rat_norm(big_add(big_mul(an, b.den), big_mul(bn, a.den)), big_mul(a.den, b.den), e);
}

static Rat rat_sub(Rat a, Rat b) { return rat_add(a, rat_neg(b)); }
static Rat rat_mul(Rat a, Rat b) {
    if (rat_isinf(a) || rat_isinf(b))
        return rat_inf();
    return rat_norm(big_mul(a.num, b.num), big_mul(a.den, b.den), a.e2 + b.e2);
}
static Rat rat_quo(Rat a, Rat b) {
    if (rat_isinf(a) || rat_isinf(b))
        return rat_inf();
    return rat_norm(big_mul(a.num, b.den), big_mul(a.den, b.num), a.e2 - b.e2);
}

static int rat_cmp(Rat a, Rat b) { return rat_sign(rat_sub(a, b)); }

/* The binary floating-point number nearest to r with `mant` mantissa bits
 * and exponents in [minexp, maxexp] (IEEE: 53, -1022, 1023 for float64;
 * 24, -126, 127 for float32), rounding half to even.  *inf is set when it
 * rounds beyond the largest finite value. */
static double rat_to_binary(Rat r, int mant, int minexp, int maxexp, bool *inf) {
    *inf = false;
    if (r.num->n == 0)
        return 0;
    bool neg = r.num->neg;
    int64_t mag = rat_mag(r);
    if (mag > maxexp + 2) {
        *inf = true;
        return neg ? -HUGE_VAL : HUGE_VAL;
    }
    if (mag < minexp - mant - 2)
        return neg ? -0.0 : 0.0;
    BigInt *a = big_abs(r.num), *b = r.den;
    int e = big_bitlen(a) - big_bitlen(b);
    /* q = floor(a * 2^sh / b) has mant+2 or mant+3 bits */
    int sh = mant + 2 - e;
    BigInt *n = a, *d = b;
    if (sh > 0)
        n = mag_shl(a, sh);
    else if (sh < 0)
        d = mag_shl(b, -sh);
    BigInt *q, *rem;
    big_divmod(n, d, &q, &rem);
    bool sticky = rem->n != 0;
    int qb = big_bitlen(q);
    /* value = q * 2^(e2 - sh); the exponent of its leading bit */
    int64_t exp = qb - 1 - sh + r.e2;
    if (exp > maxexp + 1) {
        *inf = true;
        return neg ? -HUGE_VAL : HUGE_VAL;
    }
    int64_t keep = mant;
    if (exp < minexp)
        keep = mant - (minexp - exp); /* subnormal: fewer mantissa bits (maybe none) */
    int drop = (int)(qb - keep);
    BigInt *m = mag_shr(q, drop);
    bool half = big_bit(q, drop - 1);
    bool rest = mag_low_bits(q, drop - 1) || sticky;
    if (half && (rest || big_bit(m, 0)))
        m = mag_add(m, big_one());
    /* value = m * 2^(drop - sh + e2) */
    int64_t scale = drop - sh + r.e2;
    uint64_t mv = 0;
    big_fits_u64(m, &mv);
    double v = ldexp((double)mv, (int)scale);
    /* overflow after rounding */
    if (big_bitlen(m) - 1 + scale > maxexp || isinf(v)) {
        *inf = true;
        return neg ? -HUGE_VAL : HUGE_VAL;
    }
    return neg ? -v : v;
}

static double rat_to_f64(Rat r, bool *inf) { return rat_to_binary(r, 53, -1022, 1023, inf); }
static double rat_to_f32(Rat r, bool *inf) { return rat_to_binary(r, 24, -126, 127, inf); }

static Rat rat_from_double(double v) {
    if (v == 0)
        return rat_zero();
    int e;
    double m = frexp(v, &e); /* v = m * 2^e, 0.5 <= |m| < 1 */
    int64_t im = (int64_t)ldexp(m, 53);
    e -= 53;
    BigInt *n = big_i64(im);
    if (e >= 0)
        return rat_make(mag_shl(n, e), big_one());
    return rat_make(n, mag_shl(big_one(), -e));
}

/* 10^e, exact when small, else to FLOAT_PREC bits */
static Rat rat_pow10(int64_t e) {
    if (e <= 4000)
        return rat_int(big_pow(10, (int)e));
    Rat r = rat_int(big_one()), b = rat_int(big_u64(10));
    while (e > 0) {
        if (e & 1)
            r = rat_mul(r, b);
        e >>= 1;
        if (e)
            b = rat_mul(b, b);
    }
    return r;
}

/* ---- ConstVal -------------------------------------------------------------- */

static ConstVal *cv_new(ConstKind k) {
    ConstVal *c = NEW(ConstVal);
    c->kind = k;
    return c;
}

ConstVal *cv_unknown(void) { return cv_new(CV_UNKNOWN); }

ConstVal *cv_bool(bool b) {
    ConstVal *c = cv_new(CV_BOOL);
    c->b = b;
    return c;
}

ConstVal *cv_string(const char *s, int64_t n) {
    ConstVal *c = cv_new(CV_STRING);
    c->s = s;
    c->slen = n;
    return c;
}

static ConstVal *make_int(BigInt *a) {
    ConstVal *c = cv_new(CV_INT);
    c->num = a;
    c->i = (int64_t)big_low64(a);
    return c;
}

ConstVal *cv_int64(int64_t v) { return make_int(big_i64(v)); }
ConstVal *cv_uint64(uint64_t v) { return make_int(big_u64(v)); }

static ConstVal *make_float(Rat r) {
    if (rat_isinf(r))
        return cv_unknown();
    ConstVal *c = cv_new(CV_FLOAT);
    c->num = r.num;
    c->den = r.den;
    c->e2 = r.e2;
    bool inf;
    c->f = rat_to_f64(r, &inf);
    return c;
}

static ConstVal *make_complex(Rat re, Rat im) {
    if (rat_isinf(re) || rat_isinf(im))
        return cv_unknown();
    ConstVal *c = cv_new(CV_COMPLEX);
    c->num = re.num;
    c->den = re.den;
    c->e2 = re.e2;
    c->inum = im.num;
    c->iden = im.den;
    c->ie2 = im.e2;
    bool inf;
    c->f = rat_to_f64(re, &inf);
    c->fi = rat_to_f64(im, &inf);
    return c;
}

static Rat re_of(ConstVal *c) {
    if (c->kind == CV_INT)
        return rat_int(c->num);
    return (Rat){c->num, c->den, c->e2};
}

static Rat im_of(ConstVal *c) {
    if (c->kind == CV_COMPLEX)
        return (Rat){c->inum, c->iden, c->ie2};
    return rat_zero();
}

ConstVal *cv_from_float64(double v) { return make_float(rat_from_double(v)); }

static bool is_numeric(ConstVal *c) {
    return c->kind == CV_INT || c->kind == CV_FLOAT || c->kind == CV_COMPLEX;
}

/* ---- literals ---- */

/* A decimal or hexadecimal float literal (also an imaginary literal's
 * mantissa, which is always decimal even with leading zeros). */
static bool parse_float(const char *s, int len, Rat *out) {
    char *buf = arena_alloc(perm, (size_t)len + 1);
    int n = 0;
    for (int i = 0; i < len; i++)
        if (s[i] != '_')
            buf[n++] = s[i];
    buf[n] = 0;
    bool hex = n > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    const char *p = buf + (hex ? 2 : 0);
    BigInt *mant = big_zero();
    int frac = 0, digits = 0;
    bool dot = false;
    for (; *p; p++) {
        int c = *p, d;
        if (c == '.') {
            dot = true;
            continue;
        }
        if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))
            break;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return false;
        mant = big_mul_small(mant, hex ? 16 : 10, (uint32_t)d);
        digits++;
        if (dot)
            frac++;
    }
    if (!digits)
        return false;
    long long exp = 0;
    if (*p) {
        p++;
        bool eneg = false;
        if (*p == '+' || *p == '-')
            eneg = *p++ == '-';
        if (!*p)
            return false;
        for (; *p; p++) {
            if (*p < '0' || *p > '9')
                return false;
            if (exp < 1000000000000LL)
                exp = exp * 10 + (*p - '0');
        }
        if (eneg)
            exp = -exp;
    }
    if (mant->n == 0) {
        *out = rat_zero();
        return true;
    }
    /* go/constant reads the literal into a big.Float first: past its
     * binary exponent's range (an int32) the value is infinite, and the
     * literal malformed; below it, zero */
    double e2 = (double)big_bitlen(mant) + (hex ? (double)(exp - 4LL * frac) : (double)(exp - frac) * 3.321928094887362);
    if (e2 > 2147483647.0)
        return false;
    if (e2 < -2147483648.0) {
        *out = rat_zero();
        return true;
    }
    if (hex) {
        long e2 = exp - 4L * frac;
        *out = rat_norm(mant, big_one(), e2);
        return true;
    }
    long e10 = exp - frac;
    *out = e10 >= 0 ? rat_mul(rat_int(mant), rat_pow10(e10)) : rat_quo(rat_int(mant), rat_pow10(-e10));
    return true;
}

ConstVal *cv_from_literal(NodeKind k, const char *s, int64_t rune) {
    int len = (int)strlen(s);
    switch (k) {
    case N_INTLIT: {
        BigInt *v = NULL;
        if (len > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            v = big_parse(s + 2, len - 2, 16);
        else if (len > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
            v = big_parse(s + 2, len - 2, 2);
        else if (len > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
            v = big_parse(s + 2, len - 2, 8);
        else if (len > 1 && s[0] == '0')
            v = big_parse(s + 1, len - 1, 8);
        else
            v = big_parse(s, len, 10);
        return v ? make_int(v) : NULL;
    }
    case N_FLOATLIT: {
        Rat r;
        return parse_float(s, len, &r) ? make_float(r) : NULL;
    }
    case N_IMAGLIT: {
        Rat r;
        if (len < 2 || s[len - 1] != 'i')
            return NULL;
        const char *m = s;
        int ml = len - 1;
        /* "0123i" is decimal, for backward compatibility; prefixed forms keep their base */
        bool prefixed = ml > 1 && m[0] == '0' && strchr("xXbBoO", m[1]);
        if (prefixed && strchr("bBoO", m[1])) {
            BigInt *v = big_parse(m + 2, ml - 2, strchr("bB", m[1]) ? 2 : 8);
            if (!v)
                return NULL;
            return make_complex(rat_zero(), rat_int(v));
        }
        if (!parse_float(m, ml, &r))
            return NULL;
        return make_complex(rat_zero(), r);
    }
    case N_RUNELIT:
        return cv_int64(rune);
    default:
        return NULL;
    }
}

/* ---- conversions between kinds ---- */

ConstVal *cv_to_int(ConstVal *x) {
    switch (x->kind) {
    case CV_INT:
        return x;
    case CV_FLOAT:
        if (rat_is_int(re_of(x)))
            return make_int(x->num);
        return cv_unknown();
    case CV_COMPLEX:
        if (big_is_zero(x->inum) && rat_is_int(re_of(x)))
            return make_int(x->num);
        return cv_unknown();
    default:
        return cv_unknown();
    }
}

ConstVal *cv_to_float(ConstVal *x) {
    switch (x->kind) {
    case CV_INT:
        return make_float(rat_int(x->num));
    case CV_FLOAT:
        return x;
    case CV_COMPLEX:
        if (big_is_zero(x->inum))
            return make_float(re_of(x));
        return cv_unknown();
    default:
        return cv_unknown();
    }
}

ConstVal *cv_to_complex(ConstVal *x) {
    if (!is_numeric(x))
        return cv_unknown();
    if (x->kind == CV_COMPLEX)
        return x;
    return make_complex(re_of(x), rat_zero());
}

ConstVal *cv_real(ConstVal *x) {
    if (!is_numeric(x))
        return cv_unknown();
    if (x->kind == CV_COMPLEX)
        return make_float(re_of(x));
    return x;
}

ConstVal *cv_imag(ConstVal *x) {
    switch (x->kind) {
    case CV_INT:
        return cv_int64(0);
    case CV_FLOAT:
        return make_float(rat_zero());
    case CV_COMPLEX:
        return make_float(im_of(x));
    default:
        return cv_unknown();
    }
}

/* complex(re, im) of two numeric constants (converted to floats) */
ConstVal *cv_make_complex(ConstVal *re, ConstVal *im) {
    if (!is_numeric(re) || !is_numeric(im))
        return cv_unknown();
    return make_complex(re_of(cv_real(re)), re_of(cv_real(im)));
}

/* ---- queries ---- */

int cv_sign(ConstVal *x) {
    switch (x->kind) {
    case CV_INT:
    case CV_FLOAT:
        return big_sign(x->num);
    case CV_COMPLEX:
        return big_sign(x->num) | big_sign(x->inum);
    default:
        return 1;
    }
}

int cv_bitlen(ConstVal *x) { return x->kind == CV_INT ? big_bitlen(x->num) : 0; }

bool cv_int64_val(ConstVal *x, int64_t *out) { return x->kind == CV_INT && big_fits_i64(x->num, out); }
bool cv_uint64_val(ConstVal *x, uint64_t *out) { return x->kind == CV_INT && big_fits_u64(x->num, out); }
bool cv_is_int_valued(ConstVal *x) { return cv_to_int(x)->kind == CV_INT; }

double cv_float64(ConstVal *x, bool *inf) {
    bool dummy;
    if (!inf)
        inf = &dummy;
    *inf = false;
    if (x->kind == CV_INT)
        return rat_to_f64(rat_int(x->num), inf);
    if (x->kind == CV_FLOAT || x->kind == CV_COMPLEX)
        return rat_to_f64(re_of(x), inf);
    return 0;
}

double cv_float32(ConstVal *x, bool *inf) {
    bool dummy;
    if (!inf)
        inf = &dummy;
    *inf = false;
    if (x->kind == CV_INT)
        return rat_to_f32(rat_int(x->num), inf);
    if (x->kind == CV_FLOAT || x->kind == CV_COMPLEX)
        return rat_to_f32(re_of(x), inf);
    return 0;
}

/* Rounds a numeric constant to float32 or float64 precision, as
 * types2's roundFloat32/64 do; NULL if it overflows. */
ConstVal *cv_round_float(ConstVal *x, int bits) {
    bool inf;
    double v = bits == 32 ? cv_float32(x, &inf) : cv_float64(x, &inf);
    if (inf)
        return NULL;
    return cv_from_float64(v);
}

ConstVal *cv_round_complex(ConstVal *x, int bits) {
    ConstVal *re = cv_round_float(cv_real(x), bits);
    ConstVal *im = cv_round_float(cv_imag(x), bits);
    if (!re || !im)
        return NULL;
    return make_complex(re_of(re), re_of(im));
}

/* ---- arithmetic ---- */

/* Brings x and y to the same numeric kind (int < float < complex). */
static void match(ConstVal **x, ConstVal **y) {
    ConstKind a = (*x)->kind, b = (*y)->kind;
    if (a == b || !is_numeric(*x) || !is_numeric(*y))
        return;
    if (a == CV_COMPLEX || b == CV_COMPLEX) {
        *x = cv_to_complex(*x);
        *y = cv_to_complex(*y);
    } else {
        *x = cv_to_float(*x);
        *y = cv_to_float(*y);
    }
}

/* x op y for + - * / % & | ^ &^ && ||; intdiv: / on integers truncates
 * (go/constant's QUO_ASSIGN), otherwise / of integers is exact. */
ConstVal *cv_binary(Op op, ConstVal *x, ConstVal *y, bool intdiv) {
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return cv_unknown();
    match(&x, &y);
    if (x->kind != y->kind)
        return cv_unknown();
    switch (x->kind) {
    case CV_BOOL:
        if (op == OP_LAND)
            return cv_bool(x->b && y->b);
        if (op == OP_LOR)
            return cv_bool(x->b || y->b);
        return cv_unknown();
    case CV_STRING:
        if (op == OP_ADD) {
            char *s = arena_alloc(perm, (size_t)(x->slen + y->slen + 1));
            memcpy(s, x->s, (size_t)x->slen);
            memcpy(s + x->slen, y->s, (size_t)y->slen);
            return cv_string(s, x->slen + y->slen);
        }
        return cv_unknown();
    case CV_INT: {
        BigInt *a = x->num, *b = y->num, *q, *r;
        switch (op) {
        case OP_ADD: return make_int(big_add(a, b));
        case OP_SUB: return make_int(big_sub(a, b));
        case OP_MUL: return make_int(big_mul(a, b));
        case OP_DIV:
            if (b->n == 0)
                return cv_unknown();
            if (intdiv) {
                big_divmod(a, b, &q, NULL);
                return make_int(q);
            }
            return make_float(rat_make(a, b));
        case OP_MOD:
            if (b->n == 0)
                return cv_unknown();
            big_divmod(a, b, NULL, &r);
            return make_int(r);
        case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
            return make_int(big_bitop(op, a, b));
        default:
            return cv_unknown();
        }
    }
    case CV_FLOAT: {
        Rat a = re_of(x), b = re_of(y);
        switch (op) {
        case OP_ADD: return make_float(rat_add(a, b));
        case OP_SUB: return make_float(rat_sub(a, b));
        case OP_MUL: return make_float(rat_mul(a, b));
        case OP_DIV:
            if (rat_sign(b) == 0)
                return cv_unknown();
            return make_float(rat_quo(a, b));
        default:
            return cv_unknown();
        }
    }
    case CV_COMPLEX: {
        Rat a = re_of(x), b = im_of(x), c = re_of(y), d = im_of(y);
        switch (op) {
        case OP_ADD: return make_complex(rat_add(a, c), rat_add(b, d));
        case OP_SUB: return make_complex(rat_sub(a, c), rat_sub(b, d));
        case OP_MUL:
            return make_complex(rat_sub(rat_mul(a, c), rat_mul(b, d)),
                                rat_add(rat_mul(b, c), rat_mul(a, d)));
        case OP_DIV: {
            Rat s = rat_add(rat_mul(c, c), rat_mul(d, d));
            if (rat_sign(s) == 0)
                return cv_unknown();
            Rat re = rat_add(rat_mul(a, c), rat_mul(b, d));
            Rat im = rat_sub(rat_mul(b, c), rat_mul(a, d));
            return make_complex(rat_quo(re, s), rat_quo(im, s));
        }
        default:
            return cv_unknown();
        }
    }
    default:
        return cv_unknown();
    }
}

ConstVal *cv_shift(ConstVal *x, Op op, unsigned s) {
    if (x->kind != CV_INT)
        return cv_unknown();
    if (op == OP_SHL)
        return make_int(mag_shl(x->num, (int)s));
    return make_int(big_sar(x->num, (int)s));
}

/* -x, +x, ^x, !x; prec > 0 limits ^x to that many bits (unsigned types). */
ConstVal *cv_unary(Op op, ConstVal *x, int prec) {
    if (x->kind == CV_UNKNOWN)
        return x;
    switch (op) {
    case OP_ADD:
        return is_numeric(x) ? x : cv_unknown();
    case OP_SUB:
        switch (x->kind) {
        case CV_INT: return make_int(big_neg(x->num));
        case CV_FLOAT: return make_float(rat_neg(re_of(x)));
        case CV_COMPLEX: return make_complex(rat_neg(re_of(x)), rat_neg(im_of(x)));
        default: return cv_unknown();
        }
    case OP_XOR: {
        if (x->kind != CV_INT)
            return cv_unknown();
        BigInt *z = big_sub(big_neg(x->num), big_one()); /* ^x == -x-1 */
        if (prec > 0) /* z &^= (-1)<<prec */
            z = big_bitop(OP_ANDNOT, z, big_neg(mag_shl(big_one(), prec)));
        return make_int(z);
    }
    case OP_NOT:
        return x->kind == CV_BOOL ? cv_bool(!x->b) : cv_unknown();
    default:
        return cv_unknown();
    }
}

bool cv_compare(ConstVal *x, Op op, ConstVal *y) {
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return false;
    match(&x, &y);
    int c;
    switch (x->kind) {
    case CV_BOOL:
        c = x->b == y->b ? 0 : 1;
        if (op == OP_EQ)
            return c == 0;
        if (op == OP_NE)
            return c != 0;
        return false;
    case CV_STRING: {
        int64_t m = x->slen < y->slen ? x->slen : y->slen;
        c = memcmp(x->s, y->s, (size_t)m);
        if (c == 0)
            c = x->slen < y->slen ? -1 : x->slen > y->slen;
        break;
    }
    case CV_INT:
        c = big_cmp(x->num, y->num);
        break;
    case CV_FLOAT:
        c = rat_cmp(re_of(x), re_of(y));
        break;
    case CV_COMPLEX: {
        bool eq = rat_cmp(re_of(x), re_of(y)) == 0 && rat_cmp(im_of(x), im_of(y)) == 0;
        if (op == OP_EQ)
            return eq;
        if (op == OP_NE)
            return !eq;
        return false;
    }
    default:
        return false;
    }
    switch (op) {
    case OP_EQ: return c == 0;
    case OP_NE: return c != 0;
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    default: return false;
    }
}

/* Map keys and switch cases: an identity for constant values of one type. */
bool cv_equal(ConstVal *x, ConstVal *y) {
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return false;
    if (is_numeric(x) != is_numeric(y))
        return false;
    if (!is_numeric(x) && x->kind != y->kind)
        return false;
    return cv_compare(x, OP_EQ, y);
}

/* ---- printing, as go/constant's String ---- */

/* e^x for small x by its series (minigo does not link libm). */
static double exp_series(double x) {
    double sum = 1, term = 1;
    for (int k = 1; k < 60; k++) {
        term *= x / k;
        sum += term;
    }
    return sum;
}

/* Go's %.6g (C's agrees for finite values). */
static const char *fmt_g6(double v) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.6g", v);
    return arena_strdup(perm, buf);
}

static const char *float_string(Rat r) {
    bool inf;
    double v = rat_to_f64(r, &inf);
    if (!inf && (v != 0) == (rat_sign(r) != 0))
        return fmt_g6(v);
    /* out of float64 range: mantissa and decimal exponent, approximately */
    int64_t e2 = rat_mag(r);
    Rat scaled = r;
    scaled.e2 -= e2; /* |scaled| in [0.25, 2) */
    double m = rat_to_f64(scaled, &inf);
    /* normalise to 0.5 <= |m| < 1 as big.Float.MantExp */
    while (fabs(m) >= 1) {
        m /= 2;
        e2++;
    }
    while (fabs(m) < 0.5 && m != 0) {
        m *= 2;
        e2--;
    }
    double d = (double)e2 * 0.30102999566398119521; /* log10(2) */
    long long e = (long long)d;
    m *= exp_series((d - (double)e) * 2.302585092994045684);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    char buf[80];
    snprintf(buf, sizeof buf, "%.6ge%+lld", m, e);
    return arena_strdup(perm, buf);
}

/* Go's strconv.Quote (printable runes kept; approximated outside ASCII). */
static void quote_go(StrBuf *b, const char *s, int64_t n, int maxrunes) {
    int runes = 0;
    StrBuf q = {0};
    sb_putc(&q, '"');
    for (int64_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t r = c;
        int w = 1;
        if (c >= 0x80) {
            int need = c >= 0xf0 && c < 0xf8 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
            bool ok = need > 0 && i + need < n + 0 + 1 && i + need <= n - 0;
            if (ok) {
                r = c & (0x3f >> need);
                for (int k = 1; k <= need; k++) {
                    unsigned char cc = (unsigned char)s[i + k];
                    if ((cc & 0xc0) != 0x80) {
                        ok = false;
                        break;
                    }
                    r = (r << 6) | (cc & 0x3f);
                }
                if (ok && ((need == 1 && r < 0x80) || (need == 2 && r < 0x800) ||
                           (need == 3 && r < 0x10000) || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)))
                    ok = false;
            }
            if (!ok) {
                sb_printf(&q, "\\x%02x", c);
                i++;
                runes += 4;
                continue;
            }
            w = need + 1;
        }
        switch (r) {
        case '"': sb_puts(&q, "\\\""); break;
        case '\\': sb_puts(&q, "\\\\"); break;
        case '\a': sb_puts(&q, "\\a"); break;
        case '\b': sb_puts(&q, "\\b"); break;
        case '\f': sb_puts(&q, "\\f"); break;
        case '\n': sb_puts(&q, "\\n"); break;
        case '\r': sb_puts(&q, "\\r"); break;
        case '\t': sb_puts(&q, "\\t"); break;
        case '\v': sb_puts(&q, "\\v"); break;
        default:
            if (r < 0x20 || r == 0x7f)
                sb_printf(&q, "\\x%02x", r);
            else if ((r >= 0x80 && r < 0xa0) || r == 0xad || r == 0x2028 || r == 0x2029 ||
                     r == 0xfeff || (r >= 0xfff9 && r <= 0xfffb))
                sb_printf(&q, r < 0x10000 ? "\\u%04x" : "\\U%08x", r);
            else
                sb_putn(&q, s + i, (size_t)w);
        }
        i += w;
        runes++;
    }
    sb_putc(&q, '"');
    runes += 2;
    const char *qs = sb_str(&q);
    if (maxrunes > 0) {
        /* count runes of the quoted text */
        int count = 0;
        for (const char *p = qs; *p; p++)
            if (((unsigned char)*p & 0xc0) != 0x80)
                count++;
        if (count > maxrunes) {
            int k = 0, i = 0;
            while (k < maxrunes - 3 && qs[i]) {
                i++;
                while (((unsigned char)qs[i] & 0xc0) == 0x80)
                    i++;
                k++;
            }
            sb_putn(b, qs, (size_t)i);
            sb_puts(b, "...");
            sb_free(&q);
            return;
        }
    }
    sb_puts(b, qs);
    sb_free(&q);
    (void)runes;
}

void cv_quote(StrBuf *b, const char *s, int64_t n) { quote_go(b, s, n, 0); }

const char *cv_str(ConstVal *x) {
    switch (x->kind) {
    case CV_UNKNOWN:
        return "unknown";
    case CV_BOOL:
        return x->b ? "true" : "false";
    case CV_INT:
        return big_decimal(x->num);
    case CV_FLOAT:
        return float_string(re_of(x));
    case CV_COMPLEX:
        return arena_printf(perm, "(%s + %si)", float_string(re_of(x)), float_string(im_of(x)));
    case CV_STRING: {
        StrBuf b = {0};
        quote_go(&b, x->s, x->slen, 72);
        const char *s = arena_strdup(perm, sb_str(&b));
        sb_free(&b);
        return s;
    }
    }
    return "?";
}
