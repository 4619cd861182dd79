/* fmt_print.c — fmt's printer: Printf's verbs, flags, widths and
 * precisions, and the %v of every kind of value, as go1.19's fmt prints
 * them (fmt/print.go: doPrintf, printArg, printValue, handleMethods;
 * fmt/format.go: the padding and number layout).
 *
 * Values are described by RtType: a value is (type, address of its bytes).
 * Where Go uses reflection, this walks descriptors.  Methods (Error,
 * String, GoString) are found with rt_method and called with rt_callgo;
 * they may print themselves (recursively), so the printer keeps all its
 * state in the Pp on the C stack.  Formatter (a Format method) is not
 * supported.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

typedef struct Pp {
    RtBuf *buf;
    /* fmt.fmtFlags */
    bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
    int64_t wid, prec;
    /* pp */
    const RtType *argtype;  /* p.arg: the operand being printed (NULL: none) */
    void *argdata;
    bool hasarg;
    const RtType *vtype;    /* p.value (valid when vtype) */
    const void *vptr;
    bool erroring, wrapErrs;
    RtIface *wrappedErr;    /* where %w stores the wrapped error (Errorf) */
    bool wrapped;
    bool reordered, goodArgNum;
} Pp;

/* The lookups the printer makes (tests substitute their own). */
const void *(*rt_fmt_method)(const RtType *t, const char *name) = rt_method;
void (*rt_fmt_mapiter)(const RtType *mt, void *m, RtMapVisit fn, void *arg) = rt_map_foreach;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void clearflags(Pp *p)
{
    p->widPresent = p->precPresent = p->minus = p->plus = p->sharp = false;
    p->space = p->zero = p->plusV = p->sharpV = false;
    p->wid = p->prec = 0;
}

/* ---- format.go ---- */

static void write_padding(Pp *p, int64_t n)
{
    if (n <= 0)
        return;
    char c = p->zero ? '0' : ' ';
    for (int64_t i = 0; i < n; i++)
        rt_buf_putc(p->buf, c);
}

static void pad(Pp *p, const void *s, int64_t n)
{
    if (!p->widPresent || p->wid == 0) {
        rt_buf_write(p->buf, s, (size_t)n);
        return;
    }
    int64_t width = p->wid - rt_utf8_count(s, n);
    if (!p->minus) {
        write_padding(p, width);
        rt_buf_write(p->buf, s, (size_t)n);
    } else {
        rt_buf_write(p->buf, s, (size_t)n);
        write_padding(p, width);
    }
}

static void pad_c(Pp *p, const char *s) { pad(p, s, (int64_t)strlen(s)); }

static void fmt_boolean(Pp *p, bool v) { pad_c(p, v ? "true" : "false"); }

static void fmt_unicode(Pp *p, uint64_t u)
{
    char buf[96];
    int64_t prec = 4;
    if (p->precPresent && p->prec > 4)
        prec = p->prec;
    char *tmp = prec + 20 > (int64_t)sizeof buf ? malloc((size_t)prec + 20) : buf;
    int64_t size = prec + 20 > (int64_t)sizeof buf ? prec + 20 : (int64_t)sizeof buf;
    int64_t i = size;
    if (p->sharp && u <= 0x10FFFF && rt_is_print((int32_t)u)) {
        tmp[--i] = '\'';
        uint8_t enc[4];
        int w = rt_utf8_encode(enc, (int32_t)u);
        i -= w;
        memcpy(tmp + i, enc, (size_t)w);
        tmp[--i] = '\'';
        tmp[--i] = ' ';
    }
    while (u >= 16) {
        tmp[--i] = udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    tmp[--i] = udigits[u];
    prec--;
    while (prec > 0) {
        tmp[--i] = '0';
        prec--;
    }
    tmp[--i] = '+';
    tmp[--i] = 'U';
    bool oldzero = p->zero;
    p->zero = false;
    pad(p, tmp + i, size - i);
    p->zero = oldzero;
    if (tmp != buf)
        free(tmp);
}

static void fmt_integer(Pp *p, uint64_t u, int base, bool isSigned, int verb, const char *digits)
{
    bool negative = isSigned && (int64_t)u < 0;
    if (negative)
        u = -u;
    char small[68];
    char *buf = small;
    int64_t size = sizeof small;
    if (p->widPresent || p->precPresent) {
        int64_t width = 3 + p->wid + p->prec;
        if (width > size) {
            buf = malloc((size_t)width);
            size = width;
        }
    }
    int64_t prec = 0;
    if (p->precPresent) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldzero = p->zero;
            p->zero = false;
            write_padding(p, p->wid);
            p->zero = oldzero;
            if (buf != small)
                free(buf);
            return;
        }
    } else if (p->zero && p->widPresent) {
        prec = p->wid;
        if (negative || p->plus || p->space)
            prec--;
    }
    int64_t i = size;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > size - i)
        buf[--i] = '0';
    if (p->sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0')
                buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->plus)
        buf[--i] = '+';
    else if (p->space)
        buf[--i] = ' ';
    bool oldzero = p->zero;
    p->zero = false;
    pad(p, buf + i, size - i);
    p->zero = oldzero;
    if (buf != small)
        free(buf);
}

/* The length of s truncated to prec runes (when precision is present). */
static int64_t truncated_len(Pp *p, const uint8_t *s, int64_t n)
{
    if (!p->precPresent)
        return n;
    int64_t k = p->prec;
    for (int64_t i = 0; i < n;) {
        k--;
        if (k < 0)
            return i;
        int w = 1;
        if (s[i] >= 0x80)
            rt_utf8_decode(s + i, n - i, &w);
        i += w;
    }
    return n;
}

static void fmt_s(Pp *p, const uint8_t *s, int64_t n)
{
    pad(p, s, truncated_len(p, s, n));
}

static void fmt_sbx(Pp *p, const uint8_t *s, int64_t length, const char *digits)
{
    if (p->precPresent && p->prec < length)
        length = p->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->space) {
            if (p->sharp)
                width *= 2;
            width += length - 1;
        } else if (p->sharp) {
            width += 2;
        }
    } else {
        if (p->widPresent)
            write_padding(p, p->wid);
        return;
    }
    if (p->widPresent && p->wid > width && !p->minus)
        write_padding(p, p->wid - width);
    if (p->sharp) {
        rt_buf_putc(p->buf, '0');
        rt_buf_putc(p->buf, digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (p->space && i > 0) {
            rt_buf_putc(p->buf, ' ');
            if (p->sharp) {
                rt_buf_putc(p->buf, '0');
                rt_buf_putc(p->buf, digits[16]);
            }
        }
        rt_buf_putc(p->buf, digits[s[i] >> 4]);
        rt_buf_putc(p->buf, digits[s[i] & 0xF]);
    }
    if (p->widPresent && p->wid > width && p->minus)
        write_padding(p, p->wid - width);
}

static void fmt_q(Pp *p, const uint8_t *s, int64_t n)
{
    n = truncated_len(p, s, n);
    RtBuf q = {0};
    if (p->sharp && rt_can_backquote(s, n)) {
        rt_buf_putc(&q, '`');
        rt_buf_write(&q, s, (size_t)n);
        rt_buf_putc(&q, '`');
    } else {
        rt_quote(&q, s, n, p->plus);
    }
    pad(p, q.p, (int64_t)q.len);
    rt_buf_free(&q);
}

static void fmt_c(Pp *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    uint8_t enc[4];
    int w = rt_utf8_encode(enc, r);
    pad(p, enc, w);
}

static void fmt_qc(Pp *p, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    RtBuf q = {0};
    rt_quote_rune(&q, r, p->plus);
    pad(p, q.p, (int64_t)q.len);
    rt_buf_free(&q);
}

static void fmt_float(Pp *p, double v, int size, int verb, int prec)
{
    if (p->precPresent)
        prec = (int)p->prec;
    RtBuf nb = {0};
    rt_buf_putc(&nb, '+');
    rt_ftoa(&nb, v, (char)verb, prec, size);
    char *num = nb.p;
    int64_t n = (int64_t)nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        n--;
    } else {
        num[0] = '+';
    }
    if (p->space && num[0] == '+' && !p->plus)
        num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oldzero = p->zero;
        p->zero = false;
        if (num[1] == 'N' && !p->space && !p->plus) {
            num++;
            n--;
        }
        pad(p, num, n);
        p->zero = oldzero;
        rt_buf_free(&nb);
        return;
    }
    RtBuf sb = {0};
    if (p->sharp && verb != 'b') {
        int digits = 0;
        switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
            digits = prec;
            if (digits == -1)
                digits = 6;
        }
        char tail[16];
        int ntail = 0;
        bool hasDot = false, sawNonzero = false;
        for (int64_t i = 1; i < n; i++) {
            char c = num[i];
            if (c == '.') {
                hasDot = true;
            } else if (c == 'p' || c == 'P' ||
                       ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = (int)(n - i);
                memcpy(tail, num + i, (size_t)ntail);
                n = i;
                break;
            } else {
                if (c != '0')
                    sawNonzero = true;
                if (sawNonzero)
                    digits--;
            }
        }
        rt_buf_write(&sb, num, (size_t)n);
        if (!hasDot) {
            if (n == 2 && num[1] == '0')
                digits--;
            rt_buf_putc(&sb, '.');
        }
        for (; digits > 0; digits--)
            rt_buf_putc(&sb, '0');
        rt_buf_write(&sb, tail, (size_t)ntail);
        num = sb.p;
        n = (int64_t)sb.len;
    }
    if (p->plus || num[0] != '+') {
        if (p->zero && p->widPresent && p->wid > n) {
            rt_buf_putc(p->buf, num[0]);
            write_padding(p, p->wid - n);
            rt_buf_write(p->buf, num + 1, (size_t)n - 1);
        } else {
            pad(p, num, n);
        }
    } else {
        pad(p, num + 1, n - 1);
    }
    rt_buf_free(&sb);
    rt_buf_free(&nb);
}

/* ---- print.go ---- */

static void print_arg(Pp *p, const RtType *t, void *data, int verb);
static void print_value(Pp *p, const RtType *t, const void *ptr, int verb, int depth, bool ro);

/* The address of the bytes of an interface's dynamic value. */
static const void *iface_ptr(const RtType *t, void *const *dataword)
{
    return rt_kind_is_direct(t->kind) ? (const void *)dataword : *dataword;
}

static void bad_verb(Pp *p, int verb)
{
    p->erroring = true;
    rt_buf_puts(p->buf, "%!");
    rt_buf_rune(p->buf, verb);
    rt_buf_putc(p->buf, '(');
    if (p->hasarg) {
        rt_buf_puts(p->buf, p->argtype->name);
        rt_buf_putc(p->buf, '=');
        print_arg(p, p->argtype, p->argdata, 'v');
    } else if (p->vtype) {
        rt_buf_puts(p->buf, p->vtype->name);
        rt_buf_putc(p->buf, '=');
        print_value(p, p->vtype, p->vptr, 'v', 0, true);
    } else {
        rt_buf_puts(p->buf, "<nil>");
    }
    rt_buf_putc(p->buf, ')');
    p->erroring = false;
}

static void fmt_bool(Pp *p, bool v, int verb)
{
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, v);
    else
        bad_verb(p, verb);
}

static void fmt_0x64(Pp *p, uint64_t v, bool leading0x)
{
    bool sharp = p->sharp;
    p->sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->sharp = sharp;
}

static void pp_fmt_integer(Pp *p, uint64_t v, bool isSigned, int verb)
{
    switch (verb) {
    case 'v':
        if (p->sharpV && !isSigned)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, isSigned, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, isSigned, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, isSigned, verb, ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, isSigned, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, isSigned, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, isSigned, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void pp_fmt_float(Pp *p, double v, int size, int verb)
{
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void pp_fmt_complex(Pp *p, double re, double im, int size, int verb)
{
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E': {
        bool oldplus = p->plus;
        rt_buf_putc(p->buf, '(');
        pp_fmt_float(p, re, size / 2, verb);
        p->plus = true;
        pp_fmt_float(p, im, size / 2, verb);
        rt_buf_puts(p->buf, "i)");
        p->plus = oldplus;
        break;
    }
    default:
        bad_verb(p, verb);
    }
}

static void pp_fmt_string(Pp *p, const uint8_t *s, int64_t n, int verb)
{
    switch (verb) {
    case 'v':
        if (p->sharpV)
            fmt_q(p, s, n);
        else
            fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, s, n, ldigits); break;
    case 'X': fmt_sbx(p, s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb);
    }
}

/* fmtBytes: v is a []byte (nil when isnil), typestr its type for %#v. */
static void pp_fmt_bytes(Pp *p, const uint8_t *v, int64_t n, bool isnil, int verb,
                         const char *typestr, const RtType *t, const void *ptr, int depth, bool ro)
{
    switch (verb) {
    case 'v': case 'd':
        if (p->sharpV) {
            rt_buf_puts(p->buf, typestr);
            if (isnil) {
                rt_buf_puts(p->buf, "(nil)");
                return;
            }
            rt_buf_putc(p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_puts(p->buf, ", ");
                fmt_0x64(p, v[i], true);
            }
            rt_buf_putc(p->buf, '}');
        } else {
            rt_buf_putc(p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_putc(p->buf, ' ');
                fmt_integer(p, v[i], 10, false, verb, ldigits);
            }
            rt_buf_putc(p->buf, ']');
        }
        break;
    case 's': fmt_s(p, v, n); break;
    case 'x': fmt_sbx(p, v, n, ldigits); break;
    case 'X': fmt_sbx(p, v, n, udigits); break;
    case 'q': fmt_q(p, v, n); break;
    default:
        print_value(p, t, ptr, verb, depth, ro);
    }
}

/* The pointer word of a value of kind Chan, Func, Map, Ptr, Slice,
 * UnsafePointer stored at ptr. */
static void fmt_pointer(Pp *p, const RtType *t, const void *ptr, int verb)
{
    uintptr_t u;
    switch (t->kind) {
    case RT_CHAN: case RT_FUNC: case RT_MAP: case RT_PTR: case RT_SLICE: case RT_UNSAFEPTR:
        u = *(const uintptr_t *)ptr;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->sharpV) {
            rt_buf_putc(p->buf, '(');
            rt_buf_puts(p->buf, t->name);
            rt_buf_puts(p->buf, ")(");
            if (u == 0)
                rt_buf_puts(p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            rt_buf_putc(p->buf, ')');
        } else {
            if (u == 0)
                pad_c(p, "<nil>");
            else
                fmt_0x64(p, u, !p->sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        pp_fmt_integer(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
    }
}

/* Calls the operand's method name (func() string) into *out; false when it
 * has none.  A nil pointer receiver is not called: Go's catchPanic prints
 * <nil> when the method panics, as it nearly always does then. */
static bool call_method(Pp *p, const char *name, RtString *out, bool *nilrecv)
{
    const RtType *t = p->argtype;
    const void *code = rt_fmt_method(t, name);
    if (!code)
        return false;
    if (t->kind == RT_PTR && !p->argdata) {
        *nilrecv = true;
        return true;
    }
    struct { void *recv; RtString r; } blk = {p->argdata, {NULL, 0}};
    rt_callgo(code, NULL, &blk, sizeof blk);
    *out = blk.r;
    return true;
}

/* handleMethods: the operand (p->argtype, p->argdata) printed through its
 * Error, String or GoString method, if it has one the verb uses. */
static bool handle_methods(Pp *p, int verb)
{
    if (p->erroring)
        return false;
    const RtType *t = p->argtype;
    if (verb == 'w') {
        bool iserr = t && rt_fmt_method(t, "Error");
        if (!iserr || !p->wrapErrs || p->wrapped) {
            p->wrapped = false;
            if (p->wrappedErr)
                *p->wrappedErr = (RtIface){NULL, NULL};
            p->wrapErrs = false;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped = true;
        if (p->wrappedErr)
            *p->wrappedErr = (RtIface){t, p->argdata};
        verb = 'v';
    }
    if (!t)
        return false;
    RtString s = {NULL, 0};
    bool nilrecv = false;
    if (p->sharpV) {
        if (!call_method(p, "GoString", &s, &nilrecv))
            return false;
        if (nilrecv)
            rt_buf_puts(p->buf, "<nil>");
        else
            fmt_s(p, s.ptr, s.len);
        return true;
    }
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q':
        if (call_method(p, "Error", &s, &nilrecv) || call_method(p, "String", &s, &nilrecv)) {
            if (nilrecv)
                rt_buf_puts(p->buf, "<nil>");
            else
                pp_fmt_string(p, s.ptr, s.len, verb);
            return true;
        }
    }
    return false;
}

static bool is_unnamed_basic(const RtType *t)
{
    static const char *const names[] = {
        [RT_BOOL] = "bool", [RT_INT] = "int", [RT_INT8] = "int8", [RT_INT16] = "int16",
        [RT_INT32] = "int32", [RT_INT64] = "int64", [RT_UINT] = "uint", [RT_UINT8] = "uint8",
        [RT_UINT16] = "uint16", [RT_UINT32] = "uint32", [RT_UINT64] = "uint64",
        [RT_UINTPTR] = "uintptr", [RT_FLOAT32] = "float32", [RT_FLOAT64] = "float64",
        [RT_COMPLEX64] = "complex64", [RT_COMPLEX128] = "complex128", [RT_STRING] = "string",
    };
    if (t->kind >= sizeof names / sizeof names[0] || !names[t->kind])
        return false;
    return t->name && strcmp(t->name, names[t->kind]) == 0;
}

static bool signed_kind(uint32_t k)
{
    return k >= RT_INT && k <= RT_INT64;
}

static uint64_t load_integer(uint32_t kind, const void *ptr)
{
    switch (kind) {
    case RT_INT: case RT_INT64: return (uint64_t) * (const int64_t *)ptr;
    case RT_INT8: return (uint64_t)(int64_t) * (const int8_t *)ptr;
    case RT_INT16: return (uint64_t)(int64_t) * (const int16_t *)ptr;
    case RT_INT32: return (uint64_t)(int64_t) * (const int32_t *)ptr;
    case RT_UINT8: return *(const uint8_t *)ptr;
    case RT_UINT16: return *(const uint16_t *)ptr;
    case RT_UINT32: return *(const uint32_t *)ptr;
    default: return *(const uint64_t *)ptr;
    }
}

/* Basic kinds (bool, numbers, strings): formatted by kind. */
static bool print_basic(Pp *p, const RtType *t, const void *ptr, int verb)
{
    uint32_t k = t->kind;
    switch (k) {
    case RT_BOOL:
        fmt_bool(p, *(const uint8_t *)ptr != 0, verb);
        return true;
    case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64:
    case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR:
        pp_fmt_integer(p, load_integer(k, ptr), signed_kind(k), verb);
        return true;
    case RT_FLOAT32:
        pp_fmt_float(p, *(const float *)ptr, 32, verb);
        return true;
    case RT_FLOAT64:
        pp_fmt_float(p, *(const double *)ptr, 64, verb);
        return true;
    case RT_COMPLEX64:
        pp_fmt_complex(p, ((const float *)ptr)[0], ((const float *)ptr)[1], 64, verb);
        return true;
    case RT_COMPLEX128:
        pp_fmt_complex(p, ((const double *)ptr)[0], ((const double *)ptr)[1], 128, verb);
        return true;
    case RT_STRING: {
        const RtString *s = ptr;
        pp_fmt_string(p, s->ptr, s->len, verb);
        return true;
    }
    }
    return false;
}

/* reflect (weak: linked when the program uses it) */
typedef struct RfValue RfValue;
extern const RtType rf_type_Value __attribute__((weak));
RtIface rf_value_iface(const RfValue *v) __attribute__((weak));

static void print_arg(Pp *p, const RtType *t, void *data, int verb)
{
    if (t && t == &rf_type_Value && verb != 'T') {
        /* a reflect.Value prints as the value it holds */
        RtIface e = rf_value_iface(data);
        if (!e.type) {
            pad_c(p, "<invalid reflect.Value>");
            return;
        }
        t = e.type;
        data = e.data;
    }
    p->argtype = t;
    p->argdata = data;
    p->hasarg = t != NULL;
    p->vtype = NULL;
    if (!t) {
        if (verb == 'T' || verb == 'v')
            pad_c(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    const void *ptr = iface_ptr(t, &data);
    if (verb == 'T') {
        fmt_s(p, (const uint8_t *)t->name, (int64_t)strlen(t->name));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, t, ptr, 'p');
        return;
    }
    if (is_unnamed_basic(t)) {
        print_basic(p, t, ptr, verb);
        return;
    }
    if (t->kind == RT_SLICE && strcmp(t->name, "[]uint8") == 0) {
        const RtSlice *s = ptr;
        pp_fmt_bytes(p, s->ptr, s->len, s->ptr == NULL, verb, "[]byte", t, ptr, 0, false);
        return;
    }
    if (!handle_methods(p, verb))
        print_value(p, t, ptr, verb, 0, false);
}

/* ---- maps, sorted as internal/fmtsort sorts them ---- */

typedef struct MapEnt {
    const RtType *kt, *vt;
    const void *k, *v;
} MapEnt;

typedef struct MapEnts {
    MapEnt *e;
    int64_t n, cap;
} MapEnts;

static void collect(void *arg, const RtType *kt, const void *key, const RtType *vt, const void *val)
{
    MapEnts *m = arg;
    if (m->n == m->cap) {
        m->cap = m->cap ? 2 * m->cap : 8;
        m->e = realloc(m->e, (size_t)m->cap * sizeof *m->e);
    }
    m->e[m->n++] = (MapEnt){kt, vt, key, val};
}

static int cmp3(bool lt, bool gt) { return lt ? -1 : gt ? 1 : 0; }

/* internal/fmtsort.compare */
static int compare_values(const RtType *t, const void *a, const void *b)
{
    switch (t->kind) {
    case RT_INT: case RT_INT8: case RT_INT16: case RT_INT32: case RT_INT64: {
        int64_t x = (int64_t)load_integer(t->kind, a), y = (int64_t)load_integer(t->kind, b);
        return cmp3(x < y, x > y);
    }
    case RT_UINT: case RT_UINT8: case RT_UINT16: case RT_UINT32: case RT_UINT64: case RT_UINTPTR: {
        uint64_t x = load_integer(t->kind, a), y = load_integer(t->kind, b);
        return cmp3(x < y, x > y);
    }
    case RT_STRING:
        return rt_cmpstring(a, b);
    case RT_FLOAT32: case RT_FLOAT64: {
        double x = t->kind == RT_FLOAT32 ? *(const float *)a : *(const double *)a;
        double y = t->kind == RT_FLOAT32 ? *(const float *)b : *(const double *)b;
        if (x < y)
            return -1;
        if (x > y)
            return 1;
        if (x != x && y == y)
            return -1;
        if (x == x && y != y)
            return 1;
        return 0;
    }
    case RT_COMPLEX64: case RT_COMPLEX128: {
        for (int i = 0; i < 2; i++) {
            double x = t->kind == RT_COMPLEX64 ? ((const float *)a)[i] : ((const double *)a)[i];
            double y = t->kind == RT_COMPLEX64 ? ((const float *)b)[i] : ((const double *)b)[i];
            int c = x < y ? -1 : x > y ? 1 : (x != x && y == y) ? -1 : (x == x && y != y) ? 1 : 0;
            if (c)
                return c;
        }
        return 0;
    }
    case RT_BOOL: {
        bool x = *(const uint8_t *)a, y = *(const uint8_t *)b;
        return x == y ? 0 : y ? -1 : 1;
    }
    case RT_PTR: case RT_UNSAFEPTR: case RT_CHAN: {
        uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
        return cmp3(x < y, x > y);
    }
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++) {
            int c = compare_values(t->fields[i].type, (const char *)a + t->fields[i].offset,
                                   (const char *)b + t->fields[i].offset);
            if (c)
                return c;
        }
        return 0;
    case RT_ARRAY:
        for (uint64_t i = 0; i < t->len; i++) {
            int c = compare_values(t->elem, (const char *)a + i * t->elem->size,
                                   (const char *)b + i * t->elem->size);
            if (c)
                return c;
        }
        return 0;
    case RT_INTERFACE: {
        const RtIface *x = a, *y = b;
        if (!x->type || !y->type)
            return !x->type && !y->type ? 0 : !x->type ? -1 : 1;
        /* by type (Go compares the descriptors' addresses), then value */
        if (x->type != y->type)
            return cmp3((uintptr_t)x->type < (uintptr_t)y->type, (uintptr_t)x->type > (uintptr_t)y->type);
        return compare_values(x->type, iface_ptr(x->type, &x->data), iface_ptr(y->type, &y->data));
    }
    }
    return 0;
}

static void sort_ents(MapEnts *m)
{
    /* insertion sort: stable, and maps printed are small */
    for (int64_t i = 1; i < m->n; i++) {
        MapEnt x = m->e[i];
        int64_t j = i;
        while (j > 0 && compare_values(x.kt, x.k, m->e[j - 1].k) < 0) {
            m->e[j] = m->e[j - 1];
            j--;
        }
        m->e[j] = x;
    }
}

static void print_map(Pp *p, const RtType *t, const void *ptr, int verb, int depth, bool ro)
{
    void *m = *(void *const *)ptr;
    if (p->sharpV) {
        rt_buf_puts(p->buf, t->name);
        if (!m) {
            rt_buf_puts(p->buf, "(nil)");
            return;
        }
        rt_buf_putc(p->buf, '{');
    } else {
        rt_buf_puts(p->buf, "map[");
    }
    MapEnts ents = {0};
    if (m)
        rt_fmt_mapiter(t, m, collect, &ents);
    sort_ents(&ents);
    for (int64_t i = 0; i < ents.n; i++) {
        if (i > 0) {
            if (p->sharpV)
                rt_buf_puts(p->buf, ", ");
            else
                rt_buf_putc(p->buf, ' ');
        }
        print_value(p, ents.e[i].kt, ents.e[i].k, verb, depth + 1, ro);
        rt_buf_putc(p->buf, ':');
        print_value(p, ents.e[i].vt, ents.e[i].v, verb, depth + 1, ro);
    }
    free(ents.e);
    rt_buf_putc(p->buf, p->sharpV ? '}' : ']');
}

static bool exported(const char *name)
{
    return name && name[0] >= 'A' && name[0] <= 'Z';
}

/* printValue: the value of type t at ptr.  ro: reached through an
 * unexported struct field (reflect's CanInterface is false: no methods). */
static void print_value(Pp *p, const RtType *t, const void *ptr, int verb, int depth, bool ro)
{
    if (depth > 0 && !ro) {
        void *dataword = rt_kind_is_direct(t->kind) ? *(void *const *)ptr : (void *)ptr;
        if (t->kind == RT_INTERFACE) {
            const RtIface *v = ptr;
            p->argtype = v->type;
            p->argdata = v->data;
        } else {
            p->argtype = t;
            p->argdata = dataword;
        }
        p->hasarg = p->argtype != NULL;
        if (p->hasarg && handle_methods(p, verb))
            return;
    }
    p->hasarg = false;
    p->argtype = NULL;
    p->vtype = t;
    p->vptr = ptr;
    if (print_basic(p, t, ptr, verb))
        return;
    switch (t->kind) {
    case RT_MAP:
        print_map(p, t, ptr, verb, depth, ro);
        break;
    case RT_STRUCT:
        if (p->sharpV)
            rt_buf_puts(p->buf, t->name);
        rt_buf_putc(p->buf, '{');
        for (uint32_t i = 0; i < t->nfields; i++) {
            const RtField *f = &t->fields[i];
            if (i > 0) {
                if (p->sharpV)
                    rt_buf_puts(p->buf, ", ");
                else
                    rt_buf_putc(p->buf, ' ');
            }
            if ((p->plusV || p->sharpV) && f->name && f->name[0]) {
                rt_buf_puts(p->buf, f->name);
                rt_buf_putc(p->buf, ':');
            }
            const void *fp = (const char *)ptr + f->offset;
            bool fro = ro || !exported(f->name);
            /* getField: a non-nil interface field is printed as its value */
            if (f->type->kind == RT_INTERFACE && ((const RtIface *)fp)->type) {
                const RtIface *v = fp;
                print_value(p, v->type, iface_ptr(v->type, &v->data), verb, depth + 1, fro);
            } else {
                print_value(p, f->type, fp, verb, depth + 1, fro);
            }
        }
        rt_buf_putc(p->buf, '}');
        break;
    case RT_INTERFACE: {
        const RtIface *v = ptr;
        if (!v->type) {
            if (p->sharpV) {
                rt_buf_puts(p->buf, t->name);
                rt_buf_puts(p->buf, "(nil)");
            } else {
                rt_buf_puts(p->buf, "<nil>");
            }
        } else {
            print_value(p, v->type, iface_ptr(v->type, &v->data), verb, depth + 1, ro);
        }
        break;
    }
    case RT_ARRAY: case RT_SLICE: {
        const uint8_t *base;
        int64_t n;
        if (t->kind == RT_SLICE) {
            base = ((const RtSlice *)ptr)->ptr;
            n = ((const RtSlice *)ptr)->len;
        } else {
            base = ptr;
            n = (int64_t)t->len;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == RT_UINT8) {
            pp_fmt_bytes(p, base, n, t->kind == RT_SLICE && !base, verb, t->name, t, ptr, depth, ro);
            return;
        }
        if (p->sharpV) {
            rt_buf_puts(p->buf, t->name);
            if (t->kind == RT_SLICE && !base) {
                rt_buf_puts(p->buf, "(nil)");
                return;
            }
            rt_buf_putc(p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_puts(p->buf, ", ");
                print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1, ro);
            }
            rt_buf_putc(p->buf, '}');
        } else {
            rt_buf_putc(p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    rt_buf_putc(p->buf, ' ');
                print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1, ro);
            }
            rt_buf_putc(p->buf, ']');
        }
        break;
    }
    case RT_PTR: {
        const void *target = *(void *const *)ptr;
        if (depth == 0 && target && t->elem) {
            switch (t->elem->kind) {
            case RT_ARRAY: case RT_SLICE: case RT_STRUCT: case RT_MAP:
                rt_buf_putc(p->buf, '&');
                print_value(p, t->elem, target, verb, depth + 1, ro);
                return;
            }
        }
        fmt_pointer(p, t, ptr, verb);
        break;
    }
    case RT_CHAN: case RT_FUNC: case RT_UNSAFEPTR:
        fmt_pointer(p, t, ptr, verb);
        break;
    default:
        rt_buf_putc(p->buf, '?');
        rt_buf_puts(p->buf, t->name);
        rt_buf_putc(p->buf, '?');
    }
}

/* ---- doPrintf ---- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

static int64_t parsenum(const uint8_t *s, int64_t start, int64_t end, bool *isnum, int64_t *newi)
{
    int64_t num = 0;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    int64_t i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(num)) {
            *isnum = false;
            *newi = end;
            return 0;
        }
        num = num * 10 + (s[i] - '0');
        *isnum = true;
    }
    *newi = i;
    return num;
}

static int64_t int_from_arg(const RtIface *a, int64_t n, int64_t *argnum, bool *isint)
{
    int64_t num = 0;
    *isint = false;
    if (*argnum < n) {
        const RtType *t = a[*argnum].type;
        if (t) {
            const void *ptr = iface_ptr(t, &a[*argnum].data);
            if (signed_kind(t->kind)) {
                num = (int64_t)load_integer(t->kind, ptr);
                *isint = true;
            } else if (t->kind >= RT_UINT && t->kind <= RT_UINTPTR) {
                uint64_t u = load_integer(t->kind, ptr);
                if ((int64_t)u >= 0) {
                    num = (int64_t)u;
                    *isint = true;
                }
            }
        }
        (*argnum)++;
        if (too_large(num)) {
            num = 0;
            *isint = false;
        }
    }
    return num;
}

/* argNumber: a [n] index at format[i]. */
static int64_t arg_number(Pp *p, int64_t argnum, const uint8_t *f, int64_t end, int64_t i,
                          int64_t nargs, int64_t *newi, bool *found)
{
    *found = false;
    *newi = i;
    if (end <= i || f[i] != '[')
        return argnum;
    p->reordered = true;
    /* parseArgNumber(format[i:]) */
    int64_t index = 0, wid = 1;
    bool ok = false;
    if (end - i >= 3) {
        for (int64_t j = 1; j < end - i; j++) {
            if (f[i + j] == ']') {
                bool isnum;
                int64_t ni;
                int64_t width = parsenum(f + i, 1, j, &isnum, &ni);
                if (!isnum || ni != j) {
                    index = 0;
                    wid = j + 1;
                    ok = false;
                } else {
                    index = width - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && index < nargs) {
        *newi = i + wid;
        *found = true;
        return index;
    }
    p->goodArgNum = false;
    *newi = i + wid;
    *found = ok;
    return argnum;
}

static void do_printf(Pp *p, const uint8_t *f, int64_t end, const RtIface *a, int64_t nargs)
{
    int64_t argnum = 0;
    bool afterIndex = false;
    p->reordered = false;
    int64_t i = 0;
    while (i < end) {
        p->goodArgNum = true;
        int64_t lasti = i;
        while (i < end && f[i] != '%')
            i++;
        if (i > lasti)
            rt_buf_write(p->buf, f + lasti, (size_t)(i - lasti));
        if (i >= end)
            break;
        i++;
        clearflags(p);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = f[i];
            if (c == '#') {
                p->sharp = true;
            } else if (c == '0') {
                p->zero = !p->minus;
            } else if (c == '+') {
                p->plus = true;
            } else if (c == '-') {
                p->minus = true;
                p->zero = false;
            } else if (c == ' ') {
                p->space = true;
            } else {
                if (c >= 'a' && c <= 'z' && argnum < nargs) {
                    if (c == 'v') {
                        p->sharpV = p->sharp;
                        p->sharp = false;
                        p->plusV = p->plus;
                        p->plus = false;
                    }
                    print_arg(p, a[argnum].type, a[argnum].data, c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done)
            continue;
        int64_t ni;
        argnum = arg_number(p, argnum, f, end, i, nargs, &ni, &afterIndex);
        i = ni;
        if (i < end && f[i] == '*') {
            i++;
            p->wid = int_from_arg(a, nargs, &argnum, &p->widPresent);
            if (!p->widPresent)
                rt_buf_puts(p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->minus = true;
                p->zero = false;
            }
            afterIndex = false;
        } else {
            p->wid = parsenum(f, i, end, &p->widPresent, &ni);
            i = ni;
            if (afterIndex && p->widPresent)
                p->goodArgNum = false;
        }
        if (i + 1 < end && f[i] == '.') {
            i++;
            if (afterIndex)
                p->goodArgNum = false;
            argnum = arg_number(p, argnum, f, end, i, nargs, &ni, &afterIndex);
            i = ni;
            if (i < end && f[i] == '*') {
                i++;
                p->prec = int_from_arg(a, nargs, &argnum, &p->precPresent);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->precPresent = false;
                }
                if (!p->precPresent)
                    rt_buf_puts(p->buf, "%!(BADPREC)");
                afterIndex = false;
            } else {
                p->prec = parsenum(f, i, end, &p->precPresent, &ni);
                i = ni;
                if (!p->precPresent) {
                    p->prec = 0;
                    p->precPresent = true;
                }
            }
        }
        if (!afterIndex) {
            argnum = arg_number(p, argnum, f, end, i, nargs, &ni, &afterIndex);
            i = ni;
        }
        if (i >= end) {
            rt_buf_puts(p->buf, "%!(NOVERB)");
            break;
        }
        int32_t verb = f[i];
        int size = 1;
        if (verb >= 0x80)
            verb = rt_utf8_decode(f + i, end - i, &size);
        i += size;
        if (verb == '%') {
            rt_buf_putc(p->buf, '%');
        } else if (!p->goodArgNum) {
            rt_buf_puts(p->buf, "%!");
            rt_buf_rune(p->buf, verb);
            rt_buf_puts(p->buf, "(BADINDEX)");
        } else if (argnum >= nargs) {
            rt_buf_puts(p->buf, "%!");
            rt_buf_rune(p->buf, verb);
            rt_buf_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->sharpV = p->sharp;
                p->sharp = false;
                p->plusV = p->plus;
                p->plus = false;
            }
            print_arg(p, a[argnum].type, a[argnum].data, verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < nargs) {
        clearflags(p);
        rt_buf_puts(p->buf, "%!(EXTRA ");
        for (int64_t k = argnum; k < nargs; k++) {
            if (k > argnum)
                rt_buf_puts(p->buf, ", ");
            if (!a[k].type) {
                rt_buf_puts(p->buf, "<nil>");
            } else {
                rt_buf_puts(p->buf, a[k].type->name);
                rt_buf_putc(p->buf, '=');
                print_arg(p, a[k].type, a[k].data, 'v');
            }
        }
        rt_buf_putc(p->buf, ')');
    }
}

static void pp_init(Pp *p, RtBuf *b)
{
    memset(p, 0, sizeof *p);
    p->buf = b;
}

void rt_fmt_doprintf(RtBuf *b, RtString format, const RtSlice *a, RtIface *wrapped)
{
    Pp p;
    pp_init(&p, b);
    p.wrapErrs = wrapped != NULL;
    p.wrappedErr = wrapped;
    do_printf(&p, format.ptr, format.len, a->ptr, a->len);
}

void rt_fmt_doprint(RtBuf *b, const RtSlice *a)
{
    Pp p;
    pp_init(&p, b);
    const RtIface *args = a->ptr;
    bool prevString = false;
    for (int64_t i = 0; i < a->len; i++) {
        bool isString = args[i].type && args[i].type->kind == RT_STRING;
        if (i > 0 && !isString && !prevString)
            rt_buf_putc(b, ' ');
        clearflags(&p);
        print_arg(&p, args[i].type, args[i].data, 'v');
        prevString = isString;
    }
}

void rt_fmt_doprintln(RtBuf *b, const RtSlice *a)
{
    Pp p;
    pp_init(&p, b);
    const RtIface *args = a->ptr;
    for (int64_t i = 0; i < a->len; i++) {
        if (i > 0)
            rt_buf_putc(b, ' ');
        clearflags(&p);
        print_arg(&p, args[i].type, args[i].data, 'v');
    }
    rt_buf_putc(b, '\n');
}
