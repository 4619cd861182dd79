/* scan.c — fmt.Sscan and fmt.Sscanf for the common operands: pointers to
 * integers, floats, complex numbers, strings and bools, space-separated (Sscan treats
 * newlines as spaces), with Sscanf's verbs %v %d %s %f %g %e %x %o %b %c %t
 * and literal text.  Errors are worded as Go's ("expected integer",
 * "unexpected EOF", "input does not match format").
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

extern RtIface rt_io_EOF __asm__("io.EOF");
extern RtIface rt_io_ErrUnexpectedEOF __asm__("io.ErrUnexpectedEOF");
int rt_parse_float(RtString s, int bits, double *out);

typedef struct {
    const uint8_t *p;
    int64_t n, i;
} In;

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void skip_space(In *in)
{
    while (in->i < in->n && is_space(in->p[in->i]))
        in->i++;
}

/* The token at the input: up to the next space. */
static RtString token(In *in)
{
    int64_t st = in->i;
    while (in->i < in->n && !is_space(in->p[in->i]))
        in->i++;
    return (RtString){in->p + st, in->i - st};
}

/* The token for an operand of kind k: an integer's or a float's
 * characters, else up to the next space. */
static RtString token_for(In *in, uint32_t k, int verb)
{
    bool isint = k >= RT_INT && k <= RT_UINTPTR, isfloat = k == RT_FLOAT32 || k == RT_FLOAT64;
    if (!isint && !isfloat)
        return token(in);
    int64_t st = in->i;
    if (in->i < in->n && (in->p[in->i] == '+' || in->p[in->i] == '-'))
        in->i++;
    while (in->i < in->n) {
        uint8_t c = in->p[in->i], l = c | 0x20;
        bool ok = (c >= '0' && c <= '9') || c == '_';
        if (isint)
            ok = ok || (l >= 'a' && l <= 'f' && (verb == 'x' || verb == 'X' || verb == 'v')) ||
                 (verb == 'v' && (l == 'x' || l == 'o' || l == 'b'));
        else
            ok = ok || c == '.' || l == 'e' || l == 'p' || l == 'x' || (l >= 'a' && l <= 'f') ||
                 ((c == '+' || c == '-') && in->i > st && ((in->p[in->i - 1] | 0x20) == 'e' || (in->p[in->i - 1] | 0x20) == 'p')) ||
                 l == 'i' || l == 'n';
        if (!ok)
            break;
        in->i++;
    }
    return (RtString){in->p + st, in->i - st};
}

static RtIface scan_error(const char *msg) { return rt_errors_new_c(msg); }

/* A complex number, as Go's complexTokens reads it: an optional '(', the
 * real part, a sign, the imaginary part, 'i', and ')' after '('. */
static bool store_complex(const RtType *t, void *ptr, RtString tok, RtIface *err)
{
    const uint8_t *s = tok.ptr;
    int64_t n = tok.len, i = 0;
    bool parens = n > 0 && s[0] == '(';
    if (parens) {
        i++;
        if (s[n - 1] != ')')
            n = -1;
        else
            n--;
    }
    int64_t split = -1;
    for (int64_t j = i + 1; j < n; j++) {
        uint8_t prev = s[j - 1] | 0x20;
        if ((s[j] == '+' || s[j] == '-') && prev != 'e' && prev != 'p') {
            split = j;
            break;
        }
    }
    int bits = t->kind == RT_COMPLEX64 ? 32 : 64;
    double re, im;
    if (n < 0 || split < 0 || s[n - 1] != 'i' ||
        rt_parse_float((RtString){s + i, split - i}, bits, &re) != 0 ||
        rt_parse_float((RtString){s + split, n - 1 - split}, bits, &im) != 0) {
        *err = scan_error("syntax error scanning complex number");
        return false;
    }
    if (t->kind == RT_COMPLEX64) {
        ((float *)ptr)[0] = (float)re;
        ((float *)ptr)[1] = (float)im;
    } else {
        ((double *)ptr)[0] = re;
        ((double *)ptr)[1] = im;
    }
    return true;
}

/* Stores the token into the operand *ptr of type pt (a pointer type);
 * verb as Sscanf's (v for Sscan). */
static bool store(const RtType *pt, void *ptr, RtString tok, int verb, RtIface *err)
{
    const RtType *t = pt->kind == RT_PTR ? pt->elem : NULL;
    if (!t || !ptr) {
        RtBuf b = {0};
        rt_buf_puts(&b, "can't scan type: ");
        rt_buf_puts(&b, pt->name);
        rt_buf_putc(&b, 0);
        *err = scan_error(b.p);
        rt_buf_free(&b);
        return false;
    }
    switch (t->kind) {
    case RT_STRING: {
        RtString s = rt_gostring(tok.ptr, (size_t)tok.len);
        rt_store_string(ptr, s);
        return true;
    }
    case RT_BOOL: {
        bool v;
        if (tok.len == 4 && memcmp(tok.ptr, "true", 4) == 0)
            v = true;
        else if (tok.len == 5 && memcmp(tok.ptr, "false", 5) == 0)
            v = false;
        else if (tok.len == 1 && (tok.ptr[0] == 't' || tok.ptr[0] == 'T' || tok.ptr[0] == '1'))
            v = true;
        else if (tok.len == 1 && (tok.ptr[0] == 'f' || tok.ptr[0] == 'F' || tok.ptr[0] == '0'))
            v = false;
        else {
            *err = scan_error("syntax error scanning boolean");
            return false;
        }
        *(uint8_t *)ptr = v;
        return true;
    }
    case RT_FLOAT32: case RT_FLOAT64: {
        double v;
        if (rt_parse_float(tok, t->kind == RT_FLOAT32 ? 32 : 64, &v) != 0) {
            *err = scan_error("strconv.ParseFloat: parsing: invalid syntax");
            return false;
        }
        if (t->kind == RT_FLOAT32)
            *(float *)ptr = (float)v;
        else
            *(double *)ptr = v;
        return true;
    }
    case RT_COMPLEX64: case RT_COMPLEX128:
        return store_complex(t, ptr, tok, err);
    case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64:
    case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR: {
        if (verb == 'c') {
            int w;
            int64_t r = tok.len ? rt_utf8_decode(tok.ptr, tok.len, &w) : 0;
            memcpy(ptr, &r, t->size);
            return true;
        }
        int base = verb == 'x' || verb == 'X' ? 16 : verb == 'o' ? 8 : verb == 'b' ? 2 : 10;
        const uint8_t *s = tok.ptr;
        int64_t n = tok.len, i = 0;
        bool neg = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            neg = s[i] == '-';
            i++;
        }
        if (verb == 'v' && n - i >= 2 && s[i] == '0') {
            uint8_t c = s[i + 1] | 0x20;
            if (c == 'x' || c == 'b' || c == 'o') {
                base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
                i += 2;
            } else {
                base = 8;
                i++;
            }
        }
        uint64_t v = 0;
        int64_t digits = 0;
        for (; i < n; i++) {
            uint8_t c = s[i];
            int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
            if (c == '_')
                continue;
            if (d >= base)
                break;
            v = v * (uint64_t)base + (uint64_t)d;
            digits++;
        }
        if (digits == 0 && !(verb == 'v' && base == 8 && i > 0)) {
            *err = scan_error("expected integer");
            return false;
        }
        int64_t sv = neg ? -(int64_t)v : (int64_t)v;
        memcpy(ptr, &sv, t->size);      /* little-endian: the low bytes */
        return true;
    }
    default: {
        RtBuf b = {0};
        rt_buf_puts(&b, "can't scan type: ");
        rt_buf_puts(&b, pt->name);
        rt_buf_putc(&b, 0);
        *err = scan_error(b.p);
        rt_buf_free(&b);
        return false;
    }
    }
}

typedef struct { RtString str; RtSlice a; int64_t n; RtIface err; } SscanFrame;
void rt_fmt_Sscan(SscanFrame *f) __asm__("fmt.Sscan");
void rt_fmt_Sscan(SscanFrame *f)
{
    In in = {f->str.ptr, f->str.len, 0};
    const RtIface *a = f->a.ptr;
    f->n = 0;
    f->err = (RtIface){NULL, NULL};
    for (int64_t k = 0; k < f->a.len; k++) {
        skip_space(&in);
        if (in.i >= in.n) {
            f->err = rt_io_EOF;
            return;
        }
        RtString tok = token(&in);
        if (!a[k].type) {
            f->err = scan_error("can't scan type: <nil>");
            return;
        }
        if (!store(a[k].type, a[k].data, tok, 'v', &f->err))
            return;
        f->n++;
    }
}

typedef struct { RtString str, format; RtSlice a; int64_t n; RtIface err; } SscanfFrame;
void rt_fmt_Sscanf(SscanfFrame *f) __asm__("fmt.Sscanf");
void rt_fmt_Sscanf(SscanfFrame *f)
{
    In in = {f->str.ptr, f->str.len, 0};
    const uint8_t *fm = f->format.ptr;
    int64_t fn = f->format.len;
    const RtIface *a = f->a.ptr;
    int64_t argn = 0;
    f->n = 0;
    f->err = (RtIface){NULL, NULL};
    for (int64_t i = 0; i < fn;) {
        uint8_t c = fm[i];
        if (is_space(c)) {
            while (i < fn && is_space(fm[i]))
                i++;
            while (in.i < in.n && (in.p[in.i] == ' ' || in.p[in.i] == '\t'))
                in.i++;
            continue;
        }
        if (c != '%' || (i + 1 < fn && fm[i + 1] == '%')) {
            if (c == '%')
                i++;
            if (in.i >= in.n) {
                f->err = rt_io_ErrUnexpectedEOF;
                return;
            }
            if (in.p[in.i] != fm[i]) {
                f->err = scan_error("input does not match format");
                return;
            }
            in.i++;
            i++;
            continue;
        }
        i++;
        while (i < fn && fm[i] >= '0' && fm[i] <= '9')   /* widths are ignored */
            i++;
        if (i >= fn) {
            f->err = scan_error("too few operands for format '%'");
            return;
        }
        int verb = fm[i++];
        if (argn >= f->a.len) {
            RtBuf b = {0};
            rt_buf_puts(&b, "too few operands for format '%");
            rt_buf_putc(&b, (char)verb);
            rt_buf_puts(&b, "'");
            rt_buf_putc(&b, 0);
            f->err = scan_error(b.p);
            rt_buf_free(&b);
            return;
        }
        RtString tok;
        if (verb == 'c') {
            if (in.i >= in.n) {
                f->err = rt_io_EOF;
                return;
            }
            int w;
            rt_utf8_decode(in.p + in.i, in.n - in.i, &w);
            tok = (RtString){in.p + in.i, w};
            in.i += w;
        } else {
            while (in.i < in.n && (in.p[in.i] == ' ' || in.p[in.i] == '\t'))
                in.i++;
            if (in.i >= in.n) {
                f->err = rt_io_EOF;
                return;
            }
            const RtType *pt = a[argn].type;
            tok = pt && pt->kind == RT_PTR ? token_for(&in, pt->elem->kind, verb) : token(&in);
        }
        if (!a[argn].type) {
            f->err = scan_error("can't scan type: <nil>");
            return;
        }
        if (!store(a[argn].type, a[argn].data, tok, verb, &f->err))
            return;
        argn++;
        f->n++;
    }
    if (argn < f->a.len)
        f->err = scan_error("too many operands");
}
