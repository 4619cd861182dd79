/* conv.c — conversions between strings, byte and rune slices, and
 * integers; UTF-8 decoding for range loops; copy(); the bounds panics of
 * slice expressions.  rt.h section 3 lists the contract. */
#include <string.h>

#include "runtime/rt_internal.h"

enum { RUNE_ERROR = 0xFFFD, MAX_RUNE = 0x10FFFF };

int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *width)
{
    uint8_t c = p[0];
    if (c < 0x80) {
        *width = 1;
        return c;
    }
    int need;
    int32_t r;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        r = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        r = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        r = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        *width = 1;
        return 0xFFFD;
    }
    if (n < need + 1) {
        *width = 1;
        return 0xFFFD;
    }
    for (int i = 1; i <= need; i++) {
        uint8_t b = p[i];
        if (b < lo || b > hi) {
            *width = 1;
            return 0xFFFD;
        }
        lo = 0x80;
        hi = 0xBF;
        r = r << 6 | (b & 0x3F);
    }
    *width = need + 1;
    return r;
}

int rt_utf8_encode(uint8_t *p, int32_t r)
{
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        p[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        p[0] = (uint8_t)(0xC0 | u >> 6);
        p[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF))
        u = 0xFFFD;
    if (u < 0x10000) {
        p[0] = (uint8_t)(0xE0 | u >> 12);
        p[1] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
        p[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | u >> 18);
    p[1] = (uint8_t)(0x80 | (u >> 12 & 0x3F));
    p[2] = (uint8_t)(0x80 | (u >> 6 & 0x3F));
    p[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

/* The rune at p[0..n) and the bytes it takes (*w); an invalid or short
 * sequence is U+FFFD of width 1. */
static int32_t decode(const uint8_t *p, int64_t n, int64_t *w)
{
    int width = 1;
    int32_t r = n < 1 ? RUNE_ERROR : rt_utf8_decode(p, n, &width);
    *w = width;
    return r;
}

/* Encodes r (U+FFFD when not a valid scalar value, also beyond int32:
 * string(int64)) into p; returns the width, 1 to 4. */
static int encode(uint8_t *p, int64_t r)
{
    return rt_utf8_encode(p, r < 0 || r > MAX_RUNE ? RUNE_ERROR : (int32_t)r);
}

int32_t rt_decoderune(const RtString *s, int64_t i)
{
    int64_t w;
    return decode(s->ptr + i, s->len - i, &w);
}

int64_t rt_decoderune_next(const RtString *s, int64_t i)
{
    int64_t w;
    decode(s->ptr + i, s->len - i, &w);
    return i + w;
}

/* The one-byte strings, as Go's staticuint64s serves them: no allocation. */
static const uint8_t single_bytes[256] = {
#define B4(n) n, n + 1, n + 2, n + 3
#define B16(n) B4(n), B4(n + 4), B4(n + 8), B4(n + 12)
#define B64(n) B16(n), B16(n + 16), B16(n + 32), B16(n + 48)
    B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B16
#undef B4
};

/* Storage for a result of n bytes: the caller's buffer of bufsize bytes
 * when it has one and n fits (zeroed first), else the heap. */
static void *storage(void *buf, int64_t bufsize, uint64_t n)
{
    if (buf && (int64_t)n <= bufsize) {
        memset(buf, 0, (size_t)bufsize);
        return buf;
    }
    return rt_alloc(n, NULL);
}

void rt_intstring(RtString *out, int64_t r, void *buf)
{
    uint8_t tmp[4];
    int n = encode(tmp, r);
    uint8_t *p = storage(buf, RT_RUNEBUF, (uint64_t)n);
    memcpy(p, tmp, (size_t)n);
    out->ptr = p;
    out->len = n;
}

void rt_slicebytetostring(RtString *out, const uint8_t *p, int64_t n, void *buf)
{
    if (n == 0) {
        out->ptr = NULL;
        out->len = 0;
        return;
    }
    if (n == 1) {
        out->ptr = &single_bytes[p[0]];
        out->len = 1;
        return;
    }
    uint8_t *d = storage(buf, RT_TMPBUF, (uint64_t)n);
    memcpy(d, p, (size_t)n);
    out->ptr = d;
    out->len = n;
}

void rt_stringtoslicebyte(RtSlice *out, const RtString *s, void *buf)
{
    uint8_t *d;
    int64_t cap;
    if (buf && s->len <= RT_TMPBUF) {
        d = storage(buf, RT_TMPBUF, (uint64_t)s->len);
        cap = RT_TMPBUF;
    } else {
        /* the capacity is what the allocator hands out, as Go's rawbyteslice */
        cap = (int64_t)rt_roundupsize((uint64_t)s->len);
        d = rt_alloc((uint64_t)cap, NULL);
    }
    if (s->len)
        memcpy(d, s->ptr, (size_t)s->len);
    out->ptr = d;
    out->len = s->len;
    out->cap = cap;
}

void rt_stringtoslicerune(RtSlice *out, const RtString *s, void *buf)
{
    int64_t n = 0, w;
    for (int64_t i = 0; i < s->len; i += w, n++)
        decode(s->ptr + i, s->len - i, &w);
    int32_t *d;
    int64_t cap;
    if (buf && n <= RT_TMPBUF) {
        d = storage(buf, RT_TMPBUF * 4, (uint64_t)n * 4);
        cap = RT_TMPBUF;
    } else {
        uint64_t mem = rt_roundupsize((uint64_t)n * 4);
        d = rt_alloc(mem, NULL);
        cap = (int64_t)(mem / 4);
    }
    int64_t k = 0;
    for (int64_t i = 0; i < s->len; i += w)
        d[k++] = decode(s->ptr + i, s->len - i, &w);
    out->ptr = d;
    out->len = n;
    out->cap = cap;
}

void rt_slicerunetostring(RtString *out, const int32_t *p, int64_t n, void *buf)
{
    uint8_t tmp[4];
    int64_t size = 0;
    for (int64_t i = 0; i < n; i++)
        size += encode(tmp, p[i]);
    if (size == 0) {
        out->ptr = NULL;
        out->len = 0;
        return;
    }
    uint8_t *d = storage(buf, RT_TMPBUF, (uint64_t)size);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        k += encode(d + k, p[i]);
    out->ptr = d;
    out->len = size;
}

int64_t rt_slicecopy(const RtType *elem, void *dst, int64_t dstlen, const void *src, int64_t srclen)
{
    int64_t n = dstlen < srclen ? dstlen : srclen;
    if (n <= 0)
        return 0;
    if (elem->ptrdata)
        rt_typedslicecopy(elem, dst, src, n);
    else
        memmove(dst, src, (size_t)n * elem->size);
    return n;
}

int64_t rt_stringcopy(void *dst, int64_t dstlen, const RtString *src)
{
    int64_t n = dstlen < src->len ? dstlen : src->len;
    if (n > 0)
        memmove(dst, src->ptr, (size_t)n);
    return n;
}

/* go1.19's boundsError formats (runtime/error.go), by RT_BOUNDS_* code:
 * with a non-negative x, then with a negative one. */
static const char *const bounds_fmt[][2] = {
    [RT_BOUNDS_INDEX] = {"index out of range [%x] with length %y", "index out of range [%x]"},
    [RT_BOUNDS_SLICE_ALEN] = {"slice bounds out of range [:%x] with length %y",
                              "slice bounds out of range [:%x]"},
    [RT_BOUNDS_SLICE_ACAP] = {"slice bounds out of range [:%x] with capacity %y",
                              "slice bounds out of range [:%x]"},
    [RT_BOUNDS_SLICE_B] = {"slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"},
    [RT_BOUNDS_SLICE3_ALEN] = {"slice bounds out of range [::%x] with length %y",
                               "slice bounds out of range [::%x]"},
    [RT_BOUNDS_SLICE3_ACAP] = {"slice bounds out of range [::%x] with capacity %y",
                               "slice bounds out of range [::%x]"},
    [RT_BOUNDS_SLICE3_B] = {"slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"},
    [RT_BOUNDS_SLICE3_C] = {"slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"},
    [RT_BOUNDS_CONVERT] = {"cannot convert slice with length %x to pointer to array with length %y",
                           "cannot convert slice with length %x to pointer to array with length %y"},
};

_Noreturn void rt_panic_bounds(int kind, int64_t x, int64_t y, bool xsigned)
{
    bool neg = xsigned && x < 0;
    const char *f = bounds_fmt[kind][neg];
    RtBuf b = {0};
    for (; *f; f++) {
        if (f[0] == '%' && (f[1] == 'x' || f[1] == 'y')) {
            if (f[1] == 'x' && xsigned)
                rt_buf_int(&b, x);
            else if (f[1] == 'x')
                rt_buf_uint(&b, (uint64_t)x);
            else
                rt_buf_int(&b, y);
            f++;
        } else {
            rt_buf_putc(&b, *f);
        }
    }
    char tmp[160];
    size_t n = b.len < sizeof tmp ? b.len : sizeof tmp;
    memcpy(tmp, b.p, n);
    rt_buf_free(&b);
    rt_panic_error(&rt_type_boundsError, "runtime error: ", tmp, n);
}

/* a[0] + a[1] + ... + a[n-1], as go1.19's concatstrings: one operand
 * alone (the others empty) is the result itself, unless its bytes are in
 * a frame and the result may outlive it (buf NULL). */
void rt_concatstrings(RtString *out, const RtString *a, int64_t n, void *buf)
{
    int64_t len = 0, count = 0, idx = 0;
    for (int64_t i = 0; i < n; i++) {
        if (a[i].len == 0)
            continue;
        if (__builtin_add_overflow(len, a[i].len, &len))
            rt_throw("string concatenation too long");
        count++;
        idx = i;
    }
    if (count == 0) {
        out->ptr = NULL;
        out->len = 0;
        return;
    }
    uintptr_t p0 = (uintptr_t)a[idx].ptr;
    if (count == 1 && (buf || !rt_on_stack((const void *)p0))) {
        *out = a[idx];
        return;
    }
    uint8_t *d = (buf && len <= RT_TMPBUF) ? buf : rt_alloc((uint64_t)len, NULL);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        if (a[i].len)
            memcpy(d + k, a[i].ptr, (size_t)a[i].len);
        k += a[i].len;
    }
    out->ptr = d;
    out->len = len;
}

void rt_unsafeslice(const RtType *elem, const void *ptr, int64_t len)
{
    if (len < 0)
        rt_panic_runtime("unsafe.Slice: len out of range");
    uint64_t mem;
    if (__builtin_mul_overflow(elem->size, (uint64_t)len, &mem) || mem > -(uint64_t)(uintptr_t)ptr) {
        if (!ptr)
            rt_panic_runtime("unsafe.Slice: ptr is nil and len is not zero");
        rt_panic_runtime("unsafe.Slice: len out of range");
    }
}
