/* bytes.c — package bytes: Buffer (go1.19's growth, so Cap reads as Go's)
 * and the slice functions std/bytes.go declares.
 */
#include <string.h>

#include "lib/lib.h"

extern RtIface rt_io_EOF __asm__("io.EOF");
bool rt_is_space(int32_t r);

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};
static const RtType t_slice_uint8 = {24, 8, RT_SLICE, 0, "[]uint8", &t_uint8, NULL, 0, (const uint8_t *)"\1"};

typedef struct { RtSlice buf; int64_t off; int8_t lastRead; } Buffer;

static void set_buf(Buffer *b, RtSlice s)
{
    rt_store_ptr(&b->buf.ptr, s.ptr);
    b->buf.len = s.len;
    b->buf.cap = s.cap;
}

static void reset(Buffer *b)
{
    b->buf.len = 0;
    b->off = 0;
    b->lastRead = 0;
}

/* go1.19 (*Buffer).grow: room for n more bytes; returns where they go. */
static int64_t grow(Buffer *b, int64_t n)
{
    int64_t m = b->buf.len - b->off;
    if (m == 0 && b->off != 0)
        reset(b);
    if (n <= b->buf.cap - b->buf.len) {      /* tryGrowByReslice */
        int64_t l = b->buf.len;
        b->buf.len = l + n;
        return l;
    }
    if (!b->buf.ptr && n <= 64) {
        RtSlice s;
        rt_makeslice(&s, &t_uint8, n, 64);
        set_buf(b, s);
        return 0;
    }
    int64_t c = b->buf.cap;
    if (n <= c / 2 - m) {
        memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + b->off, (size_t)m);
    } else {
        /* growSlice(b.buf[b.off:], b.off+n): append([]byte(nil), make([]byte, c)...) */
        int64_t want = m + b->off + n;
        if (want < 2 * c)
            want = 2 * c;
        RtSlice s = {NULL, 0, 0};
        rt_growslice(&s, &t_uint8, want);
        memcpy(s.ptr, (uint8_t *)b->buf.ptr + b->off, (size_t)m);
        set_buf(b, s);
    }
    b->off = 0;
    b->buf.len = m + n;
    return m;
}

static void bwrite(Buffer *b, const void *p, int64_t n)
{
    b->lastRead = 0;
    int64_t m = grow(b, n);
    memcpy((uint8_t *)b->buf.ptr + m, p, (size_t)n);
}

#define METHOD(cname, sym, frame)  \
    void cname(frame *f);          \
    RT_ALIAS(cname, sym);          \
    void cname(frame *f)

typedef struct { Buffer *b; RtSlice p; int64_t n; RtIface err; } WriteFrame;
METHOD(rt_bytes_Buffer_Write, "bytes.(*Buffer).Write", WriteFrame)
{
    bwrite(f->b, f->p.ptr, f->p.len);
    f->n = f->p.len;
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_bytes_Buffer_Write, "bytes.(*Buffer).Write$go");

typedef struct { Buffer *b; RtString s; int64_t n; RtIface err; } WriteStringFrame;
METHOD(rt_bytes_Buffer_WriteString, "bytes.(*Buffer).WriteString", WriteStringFrame)
{
    bwrite(f->b, f->s.ptr, f->s.len);
    f->n = f->s.len;
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_bytes_Buffer_WriteString, "bytes.(*Buffer).WriteString$go");

typedef struct { Buffer *b; uint64_t c; RtIface err; } WriteByteFrame;
METHOD(rt_bytes_Buffer_WriteByte, "bytes.(*Buffer).WriteByte", WriteByteFrame)
{
    uint8_t c = (uint8_t)f->c;
    bwrite(f->b, &c, 1);
    f->err = (RtIface){NULL, NULL};
}

typedef struct { Buffer *b; int64_t r, n; RtIface err; } WriteRuneFrame;
METHOD(rt_bytes_Buffer_WriteRune, "bytes.(*Buffer).WriteRune", WriteRuneFrame)
{
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, (int32_t)f->r);
    bwrite(f->b, tmp, n);
    f->n = n;
    f->err = (RtIface){NULL, NULL};
}

typedef struct { Buffer *b; RtString r; } StringFrame;
METHOD(rt_bytes_Buffer_String, "bytes.(*Buffer).String", StringFrame)
{
    if (!f->b) {
        f->r = (RtString){(const uint8_t *)"<nil>", 5};
        return;
    }
    f->r = rt_gostring((uint8_t *)f->b->buf.ptr + f->b->off, (size_t)(f->b->buf.len - f->b->off));
}
RT_GO_ENTRY(rt_bytes_Buffer_String, "bytes.(*Buffer).String$go");

typedef struct { Buffer *b; RtSlice r; } BytesFrame;
METHOD(rt_bytes_Buffer_Bytes, "bytes.(*Buffer).Bytes", BytesFrame)
{
    RtSlice s = f->b->buf;
    f->r = (RtSlice){(uint8_t *)s.ptr + f->b->off, s.len - f->b->off, s.cap - f->b->off};
}

typedef struct { Buffer *b; int64_t r; } IntFrame;
METHOD(rt_bytes_Buffer_Len, "bytes.(*Buffer).Len", IntFrame) { f->r = f->b->buf.len - f->b->off; }
METHOD(rt_bytes_Buffer_Cap, "bytes.(*Buffer).Cap", IntFrame) { f->r = f->b->buf.cap; }

typedef struct { Buffer *b; } ResetFrame;
METHOD(rt_bytes_Buffer_Reset, "bytes.(*Buffer).Reset", ResetFrame) { reset(f->b); }

typedef struct { Buffer *b; int64_t n; } TruncateFrame;
METHOD(rt_bytes_Buffer_Truncate, "bytes.(*Buffer).Truncate", TruncateFrame)
{
    Buffer *b = f->b;
    if (f->n == 0) {
        reset(b);
        return;
    }
    b->lastRead = 0;
    if (f->n < 0 || f->n > b->buf.len - b->off)
        rt_panic_string("bytes.Buffer: truncation out of range");
    b->buf.len = b->off + f->n;
}

METHOD(rt_bytes_Buffer_Grow, "bytes.(*Buffer).Grow", TruncateFrame)
{
    if (f->n < 0)
        rt_panic_string("bytes.Buffer.Grow: negative count");
    int64_t m = grow(f->b, f->n);
    f->b->buf.len = m;
}

/* the unexported grow, called by Grow's go1.19 body where minigo inlines it */
typedef struct { Buffer *b; int64_t n; int64_t r; } GrowFrame;
METHOD(rt_bytes_Buffer_grow, "bytes.(*Buffer).grow", GrowFrame) { f->r = grow(f->b, f->n); }

typedef struct { Buffer *b; RtSlice p; int64_t n; RtIface err; } ReadFrame;
METHOD(rt_bytes_Buffer_Read, "bytes.(*Buffer).Read", ReadFrame)
{
    Buffer *b = f->b;
    b->lastRead = 0;
    f->err = (RtIface){NULL, NULL};
    if (b->buf.len <= b->off) {
        reset(b);
        f->n = 0;
        if (f->p.len > 0)
            f->err = rt_io_EOF;
        return;
    }
    int64_t n = b->buf.len - b->off < f->p.len ? b->buf.len - b->off : f->p.len;
    memmove(f->p.ptr, (uint8_t *)b->buf.ptr + b->off, (size_t)n);
    b->off += n;
    if (n > 0)
        b->lastRead = -1;
    f->n = n;
}
RT_GO_ENTRY(rt_bytes_Buffer_Read, "bytes.(*Buffer).Read$go");

typedef struct { Buffer *b; uint64_t c; RtIface err; } ReadByteFrame;
METHOD(rt_bytes_Buffer_ReadByte, "bytes.(*Buffer).ReadByte", ReadByteFrame)
{
    Buffer *b = f->b;
    f->err = (RtIface){NULL, NULL};
    if (b->buf.len <= b->off) {
        reset(b);
        f->c = 0;
        f->err = rt_io_EOF;
        return;
    }
    f->c = ((uint8_t *)b->buf.ptr)[b->off++];
    b->lastRead = -1;
}

typedef struct { Buffer *b; uint64_t delim; RtString r; RtIface err; } ReadStringFrame;
METHOD(rt_bytes_Buffer_ReadString, "bytes.(*Buffer).ReadString", ReadStringFrame)
{
    Buffer *b = f->b;
    uint8_t *p = (uint8_t *)b->buf.ptr + b->off;
    int64_t n = b->buf.len - b->off;
    uint8_t *q = n > 0 ? memchr(p, (uint8_t)f->delim, (size_t)n) : NULL;
    int64_t end = q ? q - p + 1 : n;
    f->err = q ? (RtIface){NULL, NULL} : rt_io_EOF;
    f->r = rt_gostring(p, (size_t)end);
    b->off += end;
    b->lastRead = -1;
}

int64_t rt_os_write_fd(int64_t fd, const void *p, int64_t n);

typedef struct { Buffer *b; RtIface w; int64_t n; RtIface err; } WriteToFrame;
METHOD(rt_bytes_Buffer_WriteTo, "bytes.(*Buffer).WriteTo", WriteToFrame)
{
    Buffer *b = f->b;
    b->lastRead = 0;
    f->n = 0;
    f->err = (RtIface){NULL, NULL};
    int64_t n = b->buf.len - b->off;
    if (n > 0) {
        int64_t m = rt_writer_write(&f->w, (uint8_t *)b->buf.ptr + b->off, n, &f->err);
        b->off += m;
        f->n = m;
        if (f->err.type)
            return;
        if (m != n) {
            f->err = rt_errors_new_c("short write");
            return;
        }
    }
    reset(b);
}

typedef struct { RtSlice buf; Buffer *r; } NewBufferFrame;
void rt_bytes_NewBuffer(NewBufferFrame *f) __asm__("bytes.NewBuffer");
void rt_bytes_NewBuffer(NewBufferFrame *f)
{
    Buffer *b = rt_alloc(sizeof *b, rt_type_ptr_BytesBuffer.elem);
    set_buf(b, f->buf);
    f->r = b;
}

typedef struct { RtString s; Buffer *r; } NewBufferStringFrame;
void rt_bytes_NewBufferString(NewBufferStringFrame *f) __asm__("bytes.NewBufferString");
void rt_bytes_NewBufferString(NewBufferStringFrame *f)
{
    Buffer *b = rt_alloc(sizeof *b, rt_type_ptr_BytesBuffer.elem);
    RtSlice s;
    rt_makeslice(&s, &t_uint8, f->s.len, f->s.len);
    if (f->s.len)
        memcpy(s.ptr, f->s.ptr, (size_t)f->s.len);
    set_buf(b, s);
    f->r = b;
}

/* ---- functions ---- */

static int64_t index_bytes(const uint8_t *s, int64_t n, const uint8_t *t, int64_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const uint8_t *p = memmem(s, (size_t)n, t, (size_t)m);
    return p ? p - s : -1;
}

typedef struct { RtSlice a, b; int64_t r; } BBIntFrame;
typedef struct { RtSlice a, b; uint64_t r; } BBBoolFrame;

void rt_bytes_Compare(BBIntFrame *f) __asm__("bytes.Compare");
void rt_bytes_Compare(BBIntFrame *f)
{
    RtString a = {f->a.ptr, f->a.len}, b = {f->b.ptr, f->b.len};
    f->r = rt_cmpstring(&a, &b);
}

void rt_bytes_Equal(BBBoolFrame *f) __asm__("bytes.Equal");
void rt_bytes_Equal(BBBoolFrame *f)
{
    f->r = f->a.len == f->b.len && (f->a.len == 0 || memcmp(f->a.ptr, f->b.ptr, (size_t)f->a.len) == 0);
}

void rt_bytes_Contains(BBBoolFrame *f) __asm__("bytes.Contains");
void rt_bytes_Contains(BBBoolFrame *f) { f->r = index_bytes(f->a.ptr, f->a.len, f->b.ptr, f->b.len) >= 0; }

void rt_bytes_HasPrefix(BBBoolFrame *f) __asm__("bytes.HasPrefix");
void rt_bytes_HasPrefix(BBBoolFrame *f)
{
    f->r = f->a.len >= f->b.len && (f->b.len == 0 || memcmp(f->a.ptr, f->b.ptr, (size_t)f->b.len) == 0);
}

void rt_bytes_Index(BBIntFrame *f) __asm__("bytes.Index");
void rt_bytes_Index(BBIntFrame *f) { f->r = index_bytes(f->a.ptr, f->a.len, f->b.ptr, f->b.len); }

void rt_bytes_Count(BBIntFrame *f) __asm__("bytes.Count");
void rt_bytes_Count(BBIntFrame *f)
{
    if (f->b.len == 0) {
        f->r = rt_utf8_count(f->a.ptr, f->a.len) + 1;
        return;
    }
    int64_t n = 0, i = 0;
    for (;;) {
        int64_t k = index_bytes((uint8_t *)f->a.ptr + i, f->a.len - i, f->b.ptr, f->b.len);
        if (k < 0)
            break;
        n++;
        i += k + f->b.len;
    }
    f->r = n;
}

typedef struct { RtSlice b; uint64_t c; int64_t r; } IndexByteFrame;
void rt_bytes_IndexByte(IndexByteFrame *f) __asm__("bytes.IndexByte");
void rt_bytes_IndexByte(IndexByteFrame *f)
{
    const uint8_t *p = f->b.len ? memchr(f->b.ptr, (uint8_t)f->c, (size_t)f->b.len) : NULL;
    f->r = p ? p - (const uint8_t *)f->b.ptr : -1;
}

typedef struct { RtSlice b; int64_t count; RtSlice r; } RepeatFrame;
void rt_bytes_Repeat(RepeatFrame *f) __asm__("bytes.Repeat");
void rt_bytes_Repeat(RepeatFrame *f)
{
    if (f->count < 0)
        rt_panic_string("bytes: negative Repeat count");
    int64_t n;
    if (__builtin_mul_overflow(f->b.len, f->count, &n))
        rt_panic_string("bytes: Repeat count causes overflow");
    RtSlice s;
    rt_makeslice(&s, &t_uint8, n, n);
    for (int64_t i = 0; i < f->count; i++)
        memcpy((uint8_t *)s.ptr + i * f->b.len, f->b.ptr, (size_t)f->b.len);
    f->r = s;
}

typedef struct { RtSlice s, sep; RtSlice r; } SplitFrame;
void rt_bytes_Split(SplitFrame *f) __asm__("bytes.Split");
void rt_bytes_Split(SplitFrame *f)
{
    const uint8_t *s = f->s.ptr, *sep = f->sep.ptr;
    int64_t n = f->s.len, m = f->sep.len, count;
    if (m == 0)
        count = rt_utf8_count(s, n);
    else {
        count = 1;
        for (int64_t i = 0;;) {
            int64_t k = index_bytes(s + i, n - i, sep, m);
            if (k < 0)
                break;
            count++;
            i += k + m;
        }
    }
    RtSlice out;
    rt_makeslice(&out, &t_slice_uint8, count, count);
    RtSlice *e = out.ptr;
    int64_t i = 0;
    for (int64_t k = 0; k < count; k++) {
        int64_t end;
        if (m == 0) {
            int w = 1;
            if (s[i] >= 0x80)
                rt_utf8_decode(s + i, n - i, &w);
            end = k == count - 1 ? n : i + w;
        } else {
            int64_t at = k == count - 1 ? -1 : index_bytes(s + i, n - i, sep, m);
            end = at < 0 ? n : i + at;
        }
        /* Go's pieces are full slice expressions s[i:end:end] */
        rt_store_ptr(&e[k].ptr, (void *)(s + i));
        e[k].len = e[k].cap = end - i;
        i = end + m;
    }
    f->r = out;
}

typedef struct { RtSlice s, sep; RtSlice r; } JoinFrame;
void rt_bytes_Join(JoinFrame *f) __asm__("bytes.Join");
void rt_bytes_Join(JoinFrame *f)
{
    const RtSlice *e = f->s.ptr;
    int64_t n = f->s.len;
    if (n == 0) {
        f->r = (RtSlice){rt_zerobase, 0, 0};
        return;
    }
    if (n == 1) {
        RtSlice s;
        rt_makeslice(&s, &t_uint8, e[0].len, e[0].len);
        memcpy(s.ptr, e[0].ptr, (size_t)e[0].len);
        f->r = s;
        return;
    }
    int64_t total = f->sep.len * (n - 1);
    for (int64_t i = 0; i < n; i++)
        total += e[i].len;
    RtSlice s;
    rt_makeslice(&s, &t_uint8, total, total);
    uint8_t *q = s.ptr;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(q, f->sep.ptr, (size_t)f->sep.len);
            q += f->sep.len;
        }
        memcpy(q, e[i].ptr, (size_t)e[i].len);
        q += e[i].len;
    }
    f->r = s;
}

typedef struct { RtSlice s; RtSlice r; } TrimSpaceFrame;
void rt_bytes_TrimSpace(TrimSpaceFrame *f) __asm__("bytes.TrimSpace");
void rt_bytes_TrimSpace(TrimSpaceFrame *f)
{
    const uint8_t *s = f->s.ptr;
    int64_t n = f->s.len, i = 0, j = n;
    while (i < n) {
        int w = 1;
        int32_t r = s[i] < 0x80 ? s[i] : rt_utf8_decode(s + i, n - i, &w);
        if (!rt_is_space(r))
            break;
        i += w;
    }
    while (j > i) {
        int64_t st = j - 1;
        while (st > i && (s[st] & 0xC0) == 0x80)
            st--;
        int w;
        int32_t r = rt_utf8_decode(s + st, j - st, &w);
        if (st + w != j)
            r = 0xFFFD;
        if (!rt_is_space(r))
            break;
        j = st;
    }
    if (i == j) {
        f->r = (RtSlice){NULL, 0, 0};
        return;
    }
    f->r = (RtSlice){(void *)(s + i), j - i, f->s.cap - i};
}
