/* fmt.c — fmt.Println and the %v formatting of values described by RtType.
 *
 * The rules are those of go1.19's fmt (print.go: printArg, printValue):
 *   bool        true / false
 *   integers    decimal, read at the type's width and signedness
 *   floats      strconv's shortest 'g' form: the fewest digits that read
 *               back exactly, in %e form when exp < -4 || exp >= 6 (the
 *               shortest form uses eprec 6): 1e+06, 123456, 1e-05, 0.0001
 *   complex     (re+imi), each part as a float, the imaginary one signed
 *   string      its bytes
 *   struct      {f1 f2 ...}          array, slice  [e1 e2 ...], nil slice []
 *   pointer     at depth 0, to an array/slice/struct/map: & then the value;
 *               otherwise its address in hex (0xc000012345), nil as <nil>
 *   interface   its dynamic value (one level deeper), nil as <nil>
 * Methods (String, Error) are not consulted: rt.h's descriptors carry none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/rt_internal.h"

/* ---- floats ---- */

/* The shortest decimal digits that read back as f (at its precision):
 * digits into d (no trailing zeros), return the decimal exponent dp such
 * that f = 0.d * 10^dp.  f is finite and nonzero, and positive. */
static int shortest_digits(double f, int bits, char *d, int *nd)
{
    char tmp[40];
    int maxprec = bits == 32 ? 9 : 17;
    for (int prec = 1; prec <= maxprec; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        bool exact = bits == 32 ? strtof(tmp, NULL) == (float)f : strtod(tmp, NULL) == f;
        if (exact || prec == maxprec)
            break;
    }
    /* tmp is "D.DDDDe[+-]XX" (or "De[+-]XX" at precision 1) */
    int n = 0;
    char *p = tmp;
    for (; *p != 'e'; p++)
        if (*p != '.')
            d[n++] = *p;
    int exp = atoi(p + 1);
    while (n > 1 && d[n - 1] == '0')
        n--;
    *nd = n;
    return exp + 1;
}

void rt_fmt_float(RtBuf *b, double f, int bits)
{
    if (bits == 32)
        f = (float)f;
    if (f != f) {
        rt_buf_puts(b, "NaN");
        return;
    }
    if (f > 0 && f + f == f) {
        rt_buf_puts(b, "+Inf");
        return;
    }
    if (f < 0 && f + f == f) {
        rt_buf_puts(b, "-Inf");
        return;
    }
    if (f < 0 || (f == 0 && 1 / f < 0)) {
        rt_buf_putc(b, '-');
        f = -f;
    }
    if (f == 0) {
        rt_buf_putc(b, '0');
        return;
    }
    char d[24];
    int nd;
    int dp = shortest_digits(f, bits, d, &nd);
    int exp = dp - 1;
    if (exp < -4 || exp >= 6) {
        /* %e: d.ddde±XX, at least two exponent digits */
        rt_buf_putc(b, d[0]);
        if (nd > 1) {
            rt_buf_putc(b, '.');
            rt_buf_write(b, d + 1, (size_t)nd - 1);
        }
        rt_buf_putc(b, 'e');
        rt_buf_putc(b, exp < 0 ? '-' : '+');
        if (exp < 0)
            exp = -exp;
        if (exp < 10)
            rt_buf_putc(b, '0');
        rt_buf_int(b, exp);
        return;
    }
    /* %f with just the digits we have */
    if (dp > 0) {
        for (int i = 0; i < dp; i++)
            rt_buf_putc(b, i < nd ? d[i] : '0');
    } else {
        rt_buf_putc(b, '0');
    }
    if (nd > dp) {
        rt_buf_putc(b, '.');
        for (int i = dp; i < nd; i++)
            rt_buf_putc(b, i < 0 ? '0' : d[i]);
    }
}

static void fmt_complex(RtBuf *b, double re, double im, int bits)
{
    rt_buf_putc(b, '(');
    rt_fmt_float(b, re, bits);
    /* the imaginary part always carries a sign (fmt's plus flag);
     * rt_fmt_float already signs negatives and +Inf */
    bool neg = im < 0 || (im == 0 && 1 / im < 0);
    bool inf = im == im && im + im == im && im != 0;
    if (!neg && !inf)
        rt_buf_putc(b, '+');
    rt_fmt_float(b, im, bits);
    rt_buf_puts(b, "i)");
}

/* ---- values ---- */

static void fmt_value(RtBuf *b, const RtType *t, const void *p, int depth);

static void fmt_pointer(RtBuf *b, const RtType *t, const void *ptr, int depth)
{
    if (depth == 0 && ptr && t->elem) {
        switch (t->elem->kind) {
        case RT_ARRAY: case RT_SLICE: case RT_STRUCT: case RT_MAP:
            rt_buf_putc(b, '&');
            fmt_value(b, t->elem, ptr, depth + 1);
            return;
        }
    }
    if (!ptr)
        rt_buf_puts(b, "<nil>");
    else
        rt_buf_hex(b, (uintptr_t)ptr);
}

/* The dynamic value of an interface, printed at depth. */
static void fmt_iface(RtBuf *b, const RtIface *v, int depth)
{
    if (!v->type)
        rt_buf_puts(b, "<nil>");
    else if (v->type->kind == RT_PTR)
        fmt_pointer(b, v->type, v->data, depth);
    else if (rt_kind_is_direct(v->type->kind))
        fmt_value(b, v->type, &v->data, depth);    /* the data word is the value */
    else
        fmt_value(b, v->type, v->data, depth);
}

static void fmt_elems(RtBuf *b, const RtType *et, const char *p, int64_t n, int depth)
{
    rt_buf_putc(b, '[');
    for (int64_t i = 0; i < n; i++) {
        if (i > 0)
            rt_buf_putc(b, ' ');
        fmt_value(b, et, p + i * et->size, depth + 1);
    }
    rt_buf_putc(b, ']');
}

/* The value of type t stored at p. */
static void fmt_value(RtBuf *b, const RtType *t, const void *p, int depth)
{
    switch (t->kind) {
    case RT_BOOL:
        rt_buf_puts(b, *(const uint8_t *)p ? "true" : "false");
        break;
    case RT_INT: case RT_INT64:
        rt_buf_int(b, *(const int64_t *)p);
        break;
    case RT_INT8:
        rt_buf_int(b, *(const int8_t *)p);
        break;
    case RT_INT16:
        rt_buf_int(b, *(const int16_t *)p);
        break;
    case RT_INT32:
        rt_buf_int(b, *(const int32_t *)p);
        break;
    case RT_UINT: case RT_UINT64: case RT_UINTPTR:
        rt_buf_uint(b, *(const uint64_t *)p);
        break;
    case RT_UINT8:
        rt_buf_uint(b, *(const uint8_t *)p);
        break;
    case RT_UINT16:
        rt_buf_uint(b, *(const uint16_t *)p);
        break;
    case RT_UINT32:
        rt_buf_uint(b, *(const uint32_t *)p);
        break;
    case RT_FLOAT32:
        rt_fmt_float(b, *(const float *)p, 32);
        break;
    case RT_FLOAT64:
        rt_fmt_float(b, *(const double *)p, 64);
        break;
    case RT_COMPLEX64:
        fmt_complex(b, ((const float *)p)[0], ((const float *)p)[1], 32);
        break;
    case RT_COMPLEX128:
        fmt_complex(b, ((const double *)p)[0], ((const double *)p)[1], 64);
        break;
    case RT_STRING: {
        const RtString *s = p;
        rt_buf_write(b, s->ptr, (size_t)s->len);
        break;
    }
    case RT_STRUCT:
        rt_buf_putc(b, '{');
        for (uint32_t i = 0; i < t->nfields; i++) {
            if (i > 0)
                rt_buf_putc(b, ' ');
            fmt_value(b, t->fields[i].type, (const char *)p + t->fields[i].offset, depth + 1);
        }
        rt_buf_putc(b, '}');
        break;
    case RT_ARRAY:
        fmt_elems(b, t->elem, p, (int64_t)t->len, depth);
        break;
    case RT_SLICE: {
        const RtSlice *s = p;
        fmt_elems(b, t->elem, s->ptr, s->len, depth);
        break;
    }
    case RT_PTR:
        fmt_pointer(b, t, *(void *const *)p, depth);
        break;
    case RT_INTERFACE:
        fmt_iface(b, p, depth + 1);
        break;
    case RT_MAP:
        /* No map layout in rt.h yet. */
        rt_buf_puts(b, "map[]");
        break;
    case RT_CHAN: case RT_FUNC: case RT_UNSAFEPTR: {
        const void *v = *(void *const *)p;
        if (!v)
            rt_buf_puts(b, "<nil>");
        else
            rt_buf_hex(b, (uintptr_t)v);
        break;
    }
    default:
        rt_buf_puts(b, "%!v(BADKIND)");
        break;
    }
}

void rt_fmt_value(RtBuf *b, const RtIface *v)
{
    fmt_iface(b, v, 0);
}

void rt_fmt_sprintln(RtBuf *b, const RtSlice *a)
{
    const RtIface *args = a->ptr;
    for (int64_t i = 0; i < a->len; i++) {
        if (i > 0)
            rt_buf_putc(b, ' ');
        rt_fmt_value(b, &args[i]);
    }
    rt_buf_putc(b, '\n');
}

/* func Println(a ...any) (n int, err error) */
void rt_fmt_Println(FmtPrintlnFrame *f) __asm__("fmt.Println");
void rt_fmt_Println(FmtPrintlnFrame *f)
{
    static RtBuf b;     /* reused: Println is not reentrant (no String methods) */
    b.len = 0;
    rt_fmt_sprintln(&b, &f->a);
    rt_out_write(b.p, b.len);
    f->n = (int64_t)b.len;
    f->err.type = NULL;
    f->err.data = NULL;
}
