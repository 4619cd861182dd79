/* strconv.c — package strconv (go1.19 semantics): integers to and from
 * strings, floats (ftoa.c formats them), quoting, and the *NumError
 * errors with Go's messages ("strconv.Atoi: parsing \"x\": invalid syntax").
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

RtIface rt_strconv_ErrRange __asm__("strconv.ErrRange");
RtIface rt_strconv_ErrSyntax __asm__("strconv.ErrSyntax");

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};

/* ---- quoting ---- */

/* unicode.IsPrint, approximately outside Latin-1: everything is printable
 * except controls, spaces other than U+0020, format characters, surrogates,
 * private use and noncharacters. */
bool rt_is_print(int32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7F;
    if (r <= 0xFF)
        return r >= 0xA1 && r != 0xAD;
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return false;
    if ((r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
        (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0x1680 || r == 0xFEFF ||
        (r >= 0xFFF9 && r <= 0xFFFB) || (r & 0xFFFE) == 0xFFFE || (r >= 0xE000 && r <= 0xF8FF) ||
        r >= 0xF0000 || (r >= 0xE0000 && r <= 0xE0FFF) || r == 0x61C || r == 0x180E ||
        (r >= 0x600 && r <= 0x605) || r == 0x6DD || r == 0x70F || r == 0x8E2 ||
        (r >= 0xFDD0 && r <= 0xFDEF) || r == 0x110BD || r == 0x110CD ||
        (r >= 0x13430 && r <= 0x13438) || (r >= 0x1BCA0 && r <= 0x1BCA3) ||
        (r >= 0x1D173 && r <= 0x1D17A))
        return false;
    return true;
}

static const char lowerhex[] = "0123456789abcdef";

static void escaped_rune(RtBuf *b, int32_t r, char quote, bool ascii)
{
    if (r == quote || r == '\\') {
        rt_buf_putc(b, '\\');
        rt_buf_putc(b, (char)r);
        return;
    }
    if (ascii) {
        if (r < 0x80 && rt_is_print(r)) {
            rt_buf_putc(b, (char)r);
            return;
        }
    } else if (rt_is_print(r)) {
        rt_buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_puts(b, "\\a"); return;
    case '\b': rt_buf_puts(b, "\\b"); return;
    case '\f': rt_buf_puts(b, "\\f"); return;
    case '\n': rt_buf_puts(b, "\\n"); return;
    case '\r': rt_buf_puts(b, "\\r"); return;
    case '\t': rt_buf_puts(b, "\\t"); return;
    case '\v': rt_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        rt_buf_puts(b, "\\x");
        rt_buf_putc(b, lowerhex[(r >> 4) & 0xF]);
        rt_buf_putc(b, lowerhex[r & 0xF]);
        return;
    }
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x10000) {
        rt_buf_puts(b, "\\u");
        for (int s = 12; s >= 0; s -= 4)
            rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
    } else {
        rt_buf_puts(b, "\\U");
        for (int s = 28; s >= 0; s -= 4)
            rt_buf_putc(b, lowerhex[(r >> s) & 0xF]);
    }
}

void rt_quote(RtBuf *b, const uint8_t *p, int64_t n, bool ascii)
{
    rt_buf_putc(b, '"');
    for (int64_t i = 0; i < n;) {
        int w = 1;
        int32_t r = p[i];
        if (r >= 0x80)
            r = rt_utf8_decode(p + i, n - i, &w);
        if (w == 1 && r == 0xFFFD) {
            rt_buf_puts(b, "\\x");
            rt_buf_putc(b, lowerhex[p[i] >> 4]);
            rt_buf_putc(b, lowerhex[p[i] & 0xF]);
            i++;
            continue;
        }
        escaped_rune(b, r, '"', ascii);
        i += w;
    }
    rt_buf_putc(b, '"');
}

void rt_quote_rune(RtBuf *b, int32_t r, bool ascii)
{
    rt_buf_putc(b, '\'');
    if (r > 0x10FFFF || r < 0 || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    escaped_rune(b, r, '\'', ascii);
    rt_buf_putc(b, '\'');
}

bool rt_can_backquote(const uint8_t *p, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        int w = 1;
        int32_t r = p[i];
        if (r >= 0x80)
            r = rt_utf8_decode(p + i, n - i, &w);
        i += w;
        if (w > 1) {
            if (r == 0xFEFF)
                return false;
            continue;
        }
        if (r == 0xFFFD)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

/* ---- integers ---- */

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Appends u in base (2..36), with a minus sign when neg. */
static void fmt_bits(RtBuf *b, uint64_t u, int base, bool neg)
{
    char tmp[72];
    int i = sizeof tmp;
    do {
        tmp[--i] = digits36[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u > 0);
    if (neg)
        tmp[--i] = '-';
    rt_buf_write(b, tmp + i, sizeof tmp - (size_t)i);
}

static void format_int(RtBuf *b, int64_t v, int base)
{
    if (base < 2 || base > 36)
        rt_panic_string("strconv: illegal AppendInt/FormatInt base");
    bool neg = v < 0;
    fmt_bits(b, neg ? -(uint64_t)v : (uint64_t)v, base, neg);
}

/* A string of the bytes in b, then b is freed. */
static RtString take(RtBuf *b)
{
    RtString s = rt_gostring_buf(b);
    rt_buf_free(b);
    return s;
}

/* Small non-negative numbers are static strings, as Go's "small" table. */
static RtString small_int(int64_t i)
{
    static const char two[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
    if (i < 10)
        return (RtString){(const uint8_t *)two + 2 * i + 1, 1};
    return (RtString){(const uint8_t *)two + 2 * i, 2};
}

typedef struct { int64_t i; RtString r; } ItoaFrame;
void rt_strconv_Itoa(ItoaFrame *f) __asm__("strconv.Itoa");
void rt_strconv_Itoa(ItoaFrame *f)
{
    if (f->i >= 0 && f->i < 100) {
        f->r = small_int(f->i);
        return;
    }
    RtBuf b = {0};
    format_int(&b, f->i, 10);
    f->r = take(&b);
}

typedef struct { int64_t i, base; RtString r; } FormatIntFrame;
void rt_strconv_FormatInt(FormatIntFrame *f) __asm__("strconv.FormatInt");
void rt_strconv_FormatInt(FormatIntFrame *f)
{
    if (f->i >= 0 && f->i < 100 && f->base == 10) {
        f->r = small_int(f->i);
        return;
    }
    RtBuf b = {0};
    format_int(&b, f->i, (int)f->base);
    f->r = take(&b);
}

typedef struct { uint64_t i; int64_t base; RtString r; } FormatUintFrame;
void rt_strconv_FormatUint(FormatUintFrame *f) __asm__("strconv.FormatUint");
void rt_strconv_FormatUint(FormatUintFrame *f)
{
    if (f->i < 100 && f->base == 10) {
        f->r = small_int((int64_t)f->i);
        return;
    }
    if (f->base < 2 || f->base > 36)
        rt_panic_string("strconv: illegal AppendInt/FormatInt base");
    RtBuf b = {0};
    fmt_bits(&b, f->i, (int)f->base, false);
    f->r = take(&b);
}

void rt_strconv_FormatBool(void *blk) __asm__("strconv.FormatBool");
void rt_strconv_FormatBool(void *blk)
{
    struct { uint64_t v; RtString r; } *f = blk;
    f->r = (uint8_t)f->v ? (RtString){(const uint8_t *)"true", 4} : (RtString){(const uint8_t *)"false", 5};
}

/* Appends to a []byte: grows it as append does. */
static void append_bytes(RtSlice *s, const void *p, int64_t n)
{
    if (n == 0)
        return;
    if (s->len + n > s->cap)
        rt_growslice(s, &t_uint8, s->len + n);
    memcpy((uint8_t *)s->ptr + s->len, p, (size_t)n);
    s->len += n;
}

typedef struct { RtSlice dst; int64_t i, base; RtSlice r; } AppendIntFrame;
void rt_strconv_AppendInt(AppendIntFrame *f) __asm__("strconv.AppendInt");
void rt_strconv_AppendInt(AppendIntFrame *f)
{
    RtBuf b = {0};
    format_int(&b, f->i, (int)f->base);
    RtSlice s = f->dst;
    append_bytes(&s, b.p, (int64_t)b.len);
    rt_buf_free(&b);
    f->r = s;
}

/* ---- errors ---- */

static RtIface num_error(const char *fn, RtString num, RtIface err)
{
    RtNumError *e = rt_alloc(sizeof *e, rt_type_ptr_NumError.elem);
    e->func = (RtString){(const uint8_t *)fn, (int64_t)strlen(fn)};
    /* Go clones the input (strings.Clone since go1.19? no: it keeps it) */
    rt_store_string(&e->num, num);
    if (rt_gc_wbenabled)
        rt_gc_wb(&e->err.data, err.data);
    e->err = err;
    return (RtIface){&rt_type_ptr_NumError, e};
}

static RtIface errf(const char *prefix, int64_t v)
{
    RtBuf b = {0};
    rt_buf_puts(&b, prefix);
    rt_buf_int(&b, v);
    RtIface e = rt_errors_new(rt_gostring_buf(&b));
    rt_buf_free(&b);
    return e;
}

typedef struct { RtNumError *e; RtString r; } NumErrorErrorFrame;
void rt_strconv_NumError_Error(NumErrorErrorFrame *f);
RT_ALIAS(rt_strconv_NumError_Error, "strconv.(*NumError).Error");
void rt_strconv_NumError_Error(NumErrorErrorFrame *f)
{
    RtNumError *e = f->e;
    RtBuf b = {0};
    rt_buf_puts(&b, "strconv.");
    rt_buf_write(&b, e->func.ptr, (size_t)e->func.len);
    rt_buf_puts(&b, ": parsing ");
    rt_quote(&b, e->num.ptr, e->num.len, false);
    rt_buf_puts(&b, ": ");
    if (!e->err.type)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    RtString msg;
    if (rt_call_string_method(e->err.type, e->err.data, "Error", &msg))
        rt_buf_write(&b, msg.ptr, (size_t)msg.len);
    f->r = take(&b);
}
RT_GO_ENTRY(rt_strconv_NumError_Error, "strconv.(*NumError).Error$go");

typedef struct { RtNumError *e; RtIface r; } NumErrorUnwrapFrame;
void rt_strconv_NumError_Unwrap(NumErrorUnwrapFrame *f);
RT_ALIAS(rt_strconv_NumError_Unwrap, "strconv.(*NumError).Unwrap");
void rt_strconv_NumError_Unwrap(NumErrorUnwrapFrame *f)
{
    f->r = f->e->err;
}
RT_GO_ENTRY(rt_strconv_NumError_Unwrap, "strconv.(*NumError).Unwrap$go");

/* ---- parsing integers ---- */

static uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

static bool underscore_ok(const uint8_t *s, int64_t n)
{
    char saw = '^';
    int64_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

enum { PARSE_OK, PARSE_SYNTAX, PARSE_RANGE, PARSE_BASE, PARSE_BITSIZE };

static int parse_uint(RtString s0, int64_t base, int64_t bitsize, uint64_t *out)
{
    *out = 0;
    const uint8_t *s = s0.ptr;
    int64_t n = s0.len;
    if (n == 0)
        return PARSE_SYNTAX;
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') {
                base = 2;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'o') {
                base = 8;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'x') {
                base = 16;
                s += 2;
                n -= 2;
            } else {
                base = 8;
                s++;
                n--;
            }
        }
    } else if (base < 2 || base > 36) {
        return PARSE_BASE;
    }
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return PARSE_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return PARSE_SYNTAX;
        }
        if (d >= base)
            return PARSE_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return PARSE_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return PARSE_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0.ptr, s0.len))
        return PARSE_SYNTAX;
    *out = v;
    return PARSE_OK;
}

static RtIface parse_error(int code, const char *fn, RtString s, int64_t base, int64_t bitsize)
{
    switch (code) {
    case PARSE_SYNTAX: return num_error(fn, s, rt_strconv_ErrSyntax);
    case PARSE_RANGE: return num_error(fn, s, rt_strconv_ErrRange);
    case PARSE_BASE: return num_error(fn, s, errf("invalid base ", base));
    case PARSE_BITSIZE: return num_error(fn, s, errf("invalid bit size ", bitsize));
    }
    return (RtIface){NULL, NULL};
}

static int parse_int(RtString s0, int64_t base, int64_t bitsize, int64_t *out)
{
    *out = 0;
    if (s0.len == 0)
        return PARSE_SYNTAX;
    RtString s = s0;
    bool neg = false;
    if (s.ptr[0] == '+' || s.ptr[0] == '-') {
        neg = s.ptr[0] == '-';
        s.ptr++;
        s.len--;
    }
    uint64_t un;
    int code = parse_uint(s, base, bitsize, &un);
    if (code != PARSE_OK && code != PARSE_RANGE)
        return code;
    if (bitsize == 0)
        bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return PARSE_RANGE;
    }
    if (neg && un > cutoff) {
        *out = (int64_t)(0 - cutoff);
        return PARSE_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return PARSE_OK;
}

typedef struct { RtString s; int64_t base, bitsize; int64_t r; RtIface err; } ParseIntFrame;
void rt_strconv_ParseInt(ParseIntFrame *f) __asm__("strconv.ParseInt");
void rt_strconv_ParseInt(ParseIntFrame *f)
{
    int code = parse_int(f->s, f->base, f->bitsize, &f->r);
    f->err = parse_error(code, "ParseInt", f->s, f->base, f->bitsize);
}

typedef struct { RtString s; int64_t base, bitsize; uint64_t r; RtIface err; } ParseUintFrame;
void rt_strconv_ParseUint(ParseUintFrame *f) __asm__("strconv.ParseUint");
void rt_strconv_ParseUint(ParseUintFrame *f)
{
    int code = parse_uint(f->s, f->base, f->bitsize, &f->r);
    f->err = parse_error(code, "ParseUint", f->s, f->base, f->bitsize);
}

typedef struct { RtString s; int64_t r; RtIface err; } AtoiFrame;
void rt_strconv_Atoi(AtoiFrame *f) __asm__("strconv.Atoi");
void rt_strconv_Atoi(AtoiFrame *f)
{
    int code = parse_int(f->s, 10, 0, &f->r);
    f->err = parse_error(code, "Atoi", f->s, 10, 0);
}

typedef struct { RtString s; uint64_t r; RtIface err; } ParseBoolFrame;
void rt_strconv_ParseBool(ParseBoolFrame *f) __asm__("strconv.ParseBool");
void rt_strconv_ParseBool(ParseBoolFrame *f)
{
    static const char *const t[] = {"1", "t", "T", "true", "TRUE", "True"};
    static const char *const fl[] = {"0", "f", "F", "false", "FALSE", "False"};
    f->r = 0;
    f->err = (RtIface){NULL, NULL};
    for (int i = 0; i < 6; i++) {
        if ((size_t)f->s.len == strlen(t[i]) && memcmp(f->s.ptr, t[i], (size_t)f->s.len) == 0) {
            f->r = 1;
            return;
        }
        if ((size_t)f->s.len == strlen(fl[i]) && memcmp(f->s.ptr, fl[i], (size_t)f->s.len) == 0)
            return;
    }
    f->err = num_error("ParseBool", f->s, rt_strconv_ErrSyntax);
}

/* ---- floats ---- */

static bool prefix_fold(const uint8_t *s, int64_t n, const char *w)
{
    size_t m = strlen(w);
    if ((size_t)n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if (lower(s[i]) != (uint8_t)w[i])
            return false;
    return true;
}

/* Go's float syntax (readFloat): into out (NUL-terminated, underscores
 * dropped), for strtod.  Returns false on a syntax error. */
static bool float_syntax(const uint8_t *s, int64_t n, char *out, bool *special, double *sv)
{
    int64_t i = 0, o = 0;
    *special = false;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
        neg = s[i] == '-';
        out[o++] = (char)s[i++];
    }
    /* inf, infinity, nan */
    if (n - i == 3 && prefix_fold(s + i, 3, "inf")) {
        *special = true;
        *sv = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (n - i == 8 && prefix_fold(s + i, 8, "infinity")) {
        *special = true;
        *sv = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (n == 3 && prefix_fold(s, 3, "nan")) {
        *special = true;
        *sv = NAN;
        return true;
    }
    bool hex = false;
    if (i + 1 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        out[o++] = '0';
        out[o++] = 'x';
        i += 2;
    }
    bool sawdot = false, sawdigits = false, underscores = false;
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
            out[o++] = '.';
            continue;
        }
        if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
            out[o++] = (char)c;
            continue;
        }
        break;
    }
    if (!sawdigits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        out[o++] = (char)s[i++];
        if (i < n && (s[i] == '+' || s[i] == '-'))
            out[o++] = (char)s[i++];
        bool expdigits = false;
        for (; i < n; i++) {
            if (s[i] == '_') {
                underscores = true;
                continue;
            }
            if (s[i] < '0' || s[i] > '9')
                break;
            expdigits = true;
            out[o++] = (char)s[i];
        }
        if (!expdigits)
            return false;
    } else if (hex) {
        return false;   /* hexadecimal mantissa requires a 'p' exponent */
    }
    if (i != n)
        return false;
    if (underscores && !underscore_ok(s, n))
        return false;
    out[o] = 0;
    return true;
}

/* strconv.ParseFloat(s, bits): 0 ok, or PARSE_SYNTAX / PARSE_RANGE. */
int rt_parse_float(RtString s, int bits, double *out)
{
    *out = 0;
    char *tmp = malloc((size_t)s.len + 8);
    bool special;
    double sv;
    if (!float_syntax(s.ptr, s.len, tmp, &special, &sv)) {
        free(tmp);
        return PARSE_SYNTAX;
    }
    if (special) {
        free(tmp);
        *out = sv;
        return PARSE_OK;
    }
    errno = 0;
    double v = bits == 32 ? (double)strtof(tmp, NULL) : strtod(tmp, NULL);
    free(tmp);
    *out = v;
    if (isinf(v))
        return PARSE_RANGE;
    return PARSE_OK;
}

typedef struct { RtString s; int64_t bits; double r; RtIface err; } ParseFloatFrame;
void rt_strconv_ParseFloat(ParseFloatFrame *f) __asm__("strconv.ParseFloat");
void rt_strconv_ParseFloat(ParseFloatFrame *f)
{
    int code = rt_parse_float(f->s, f->bits == 32 ? 32 : 64, &f->r);
    f->err = parse_error(code, "ParseFloat", f->s, 0, 0);
}

typedef struct { double f; uint64_t fmt; int64_t prec, bits; RtString r; } FormatFloatFrame;
void rt_strconv_FormatFloat(FormatFloatFrame *f) __asm__("strconv.FormatFloat");
void rt_strconv_FormatFloat(FormatFloatFrame *f)
{
    RtBuf b = {0};
    rt_ftoa(&b, f->f, (char)(uint8_t)f->fmt, (int)f->prec, (int)f->bits);
    f->r = take(&b);
}

/* FormatComplex: "(re+imi)", each part as FormatFloat formats a float of
 * half the size; the imaginary part always signed. */
typedef struct { double re, im; uint64_t fmt; int64_t prec, bits; RtString r; } FormatComplexFrame;
void rt_strconv_FormatComplex(FormatComplexFrame *f) __asm__("strconv.FormatComplex");
void rt_strconv_FormatComplex(FormatComplexFrame *f)
{
    if (f->bits != 64 && f->bits != 128)
        rt_panic_string("invalid bitSize");
    int bits = (int)f->bits >> 1;
    char verb = (char)(uint8_t)f->fmt;
    RtBuf b = {0};
    rt_buf_putc(&b, '(');
    rt_ftoa(&b, f->re, verb, (int)f->prec, bits);
    size_t at = b.len;
    rt_ftoa(&b, f->im, verb, (int)f->prec, bits);
    if (b.p[at] != '+' && b.p[at] != '-') {
        rt_buf_putc(&b, ' ');
        memmove(b.p + at + 1, b.p + at, b.len - 1 - at);
        b.p[at] = '+';
    }
    rt_buf_puts(&b, "i)");
    f->r = take(&b);
}

/* ---- quote ---- */

typedef struct { RtString s; RtString r; } QuoteFrame;
void rt_strconv_Quote(QuoteFrame *f) __asm__("strconv.Quote");
void rt_strconv_Quote(QuoteFrame *f)
{
    RtBuf b = {0};
    rt_quote(&b, f->s.ptr, f->s.len, false);
    f->r = take(&b);
}

typedef struct { int64_t r; RtString res; } QuoteRuneFrame;
void rt_strconv_QuoteRune(QuoteRuneFrame *f) __asm__("strconv.QuoteRune");
void rt_strconv_QuoteRune(QuoteRuneFrame *f)
{
    RtBuf b = {0};
    rt_quote_rune(&b, (int32_t)f->r, false);
    f->res = take(&b);
}

typedef struct { RtSlice dst; RtString s; RtSlice r; } AppendQuoteFrame;
void rt_strconv_AppendQuote(AppendQuoteFrame *f) __asm__("strconv.AppendQuote");
void rt_strconv_AppendQuote(AppendQuoteFrame *f)
{
    RtBuf b = {0};
    rt_quote(&b, f->s.ptr, f->s.len, false);
    RtSlice s = f->dst;
    append_bytes(&s, b.p, (int64_t)b.len);
    rt_buf_free(&b);
    f->r = s;
}

/* Unquote: the Go literal forms "...", `...` and '.' */
static int unquote_char(const uint8_t *s, int64_t n, char quote, int32_t *r, bool *multibyte,
                        int64_t *used)
{
    uint8_t c = s[0];
    if (c == quote && (quote == '\'' || quote == '"'))
        return -1;
    if (c >= 0x80) {
        int w;
        *r = rt_utf8_decode(s, n, &w);
        *multibyte = true;
        *used = w;
        return 0;
    }
    if (c != '\\') {
        *r = c;
        *multibyte = false;
        *used = 1;
        return 0;
    }
    if (n <= 1)
        return -1;
    c = s[1];
    *multibyte = false;
    int64_t i = 2;
    switch (c) {
    case 'a': *r = '\a'; break;
    case 'b': *r = '\b'; break;
    case 'f': *r = '\f'; break;
    case 'n': *r = '\n'; break;
    case 'r': *r = '\r'; break;
    case 't': *r = '\t'; break;
    case 'v': *r = '\v'; break;
    case 'x': case 'u': case 'U': {
        int k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < k)
            return -1;
        int32_t v = 0;
        for (int j = 0; j < k; j++) {
            uint8_t d = s[i + j];
            int x = d >= '0' && d <= '9' ? d - '0' : lower(d) >= 'a' && lower(d) <= 'f' ? lower(d) - 'a' + 10 : -1;
            if (x < 0)
                return -1;
            v = v << 4 | x;
        }
        i += k;
        if (c == 'x') {
            *r = v;
            break;
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return -1;
        *r = v;
        *multibyte = true;
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int32_t v = c - '0';
        if (n - i < 2)
            return -1;
        for (int j = 0; j < 2; j++) {
            int x = s[i + j] - '0';
            if (x < 0 || x > 7)
                return -1;
            v = v * 8 + x;
        }
        i += 2;
        if (v > 255)
            return -1;
        *r = v;
        break;
    }
    case '\\': *r = '\\'; break;
    case '\'': case '"':
        if (c != quote)
            return -1;
        *r = c;
        break;
    default:
        return -1;
    }
    *used = i;
    return 0;
}

typedef struct { RtString s; RtString r; RtIface err; } UnquoteFrame;
void rt_strconv_Unquote(UnquoteFrame *f) __asm__("strconv.Unquote");
void rt_strconv_Unquote(UnquoteFrame *f)
{
    const uint8_t *s = f->s.ptr;
    int64_t n = f->s.len;
    f->r = (RtString){NULL, 0};
    f->err = rt_strconv_ErrSyntax;
    if (n < 2)
        return;
    uint8_t q = s[0];
    if (q != s[n - 1])
        return;
    s++;
    n -= 2;
    if (q == '`') {
        for (int64_t i = 0; i < n; i++)
            if (s[i] == '`')
                return;
        RtBuf b = {0};
        for (int64_t i = 0; i < n; i++)
            if (s[i] != '\r')
                rt_buf_putc(&b, (char)s[i]);
        f->r = take(&b);
        f->err = (RtIface){NULL, NULL};
        return;
    }
    if (q != '"' && q != '\'')
        return;
    for (int64_t i = 0; i < n; i++)
        if (s[i] == '\n')
            return;
    RtBuf b = {0};
    int count = 0;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        bool mb;
        int64_t used;
        if (unquote_char(s + i, n - i, (char)q, &r, &mb, &used) != 0) {
            rt_buf_free(&b);
            return;
        }
        i += used;
        if (r < 0x80 && !mb)
            rt_buf_putc(&b, (char)r);
        else if (!mb)
            rt_buf_putc(&b, (char)r);
        else
            rt_buf_rune(&b, r);
        count++;
        if (q == '\'' && i != n) {
            rt_buf_free(&b);
            return;
        }
    }
    if (q == '\'' && count != 1) {
        rt_buf_free(&b);
        return;
    }
    f->r = take(&b);
    f->err = (RtIface){NULL, NULL};
}
