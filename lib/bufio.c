/* bufio.c — package bufio: Writer (go1.19's buffering, so output appears
 * exactly when Go's would: at Flush or when the buffer fills), Reader's
 * ReadString/ReadByte/ReadRune, and Scanner with the ScanLines, ScanWords,
 * ScanRunes and ScanBytes split functions (a user's SplitFunc is called
 * as Go code).  Also os.(*File).Read, which they read through.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "lib/lib.h"

extern RtIface rt_io_EOF __asm__("io.EOF");
bool rt_is_space(int32_t r);

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};

typedef struct { RtIface err; RtSlice buf; int64_t n; RtIface wr; } BWriter;
typedef struct { RtSlice buf; RtIface rd; int64_t r, w; RtIface err; int64_t lastByte, lastRuneSize; } BReader;
typedef struct {
    RtIface r;
    void *split;
    int64_t maxTokenSize;
    RtSlice token, buf;
    int64_t start, end;
    RtIface err;
    int64_t empties;
    uint8_t scanCalled, done;
} BScanner;

static RtSlice new_bytes(int64_t n)
{
    RtSlice s;
    rt_makeslice(&s, &t_uint8, n, n);
    return s;
}

static void store_iface(RtIface *slot, RtIface v)
{
    rt_store_ptr(&slot->data, v.data);
    slot->type = v.type;
}

static void store_slice(RtSlice *slot, RtSlice v)
{
    rt_store_ptr(&slot->ptr, v.ptr);
    slot->len = v.len;
    slot->cap = v.cap;
}

/* ---- reading from an io.Reader ---- */

typedef struct { RtOsFile *f; RtSlice b; int64_t n; RtIface err; } FileReadFrame;
void rt_os_File_Read(FileReadFrame *f);
RT_METHOD(rt_os_File_Read, "os.(*File).Read");
void rt_os_File_Read(FileReadFrame *f)
{
    f->err = (RtIface){NULL, NULL};
    f->n = 0;
    if (!f->f) {
        f->err = rt_errors_new_c("invalid argument");
        return;
    }
    if (f->b.len == 0)
        return;
    if (f->f->file->fd == 0)
        rt_out_flush();     /* a prompt shows before the program waits */
    ssize_t k;
    do
        k = read((int)f->f->file->fd, f->b.ptr, (size_t)f->b.len);
    while (k < 0 && errno == EINTR);
    if (k < 0) {
        f->err = rt_errors_new_c(strerror(errno));
        return;
    }
    if (k == 0) {
        f->err = rt_io_EOF;
        return;
    }
    f->n = k;
}

void rt_strings_Reader_Read(void *f);

/* r.Read(p) for any io.Reader. */
static int64_t reader_read(const RtIface *r, RtSlice p, RtIface *err)
{
    if (!r->type)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    if (r->type == &rt_type_ptr_File || strcmp(r->type->name, "*os.File") == 0) {
        FileReadFrame f = {r->data, p, 0, {NULL, NULL}};
        rt_os_File_Read(&f);
        *err = f.err;
        return f.n;
    }
    if (strcmp(r->type->name, "*strings.Reader") == 0) {
        struct { void *r; RtSlice b; int64_t n; RtIface err; } f = {r->data, p, 0, {NULL, NULL}};
        rt_strings_Reader_Read(&f);
        *err = f.err;
        return f.n;
    }
    const void *code = rt_method(r->type, "Read");
    if (!code)
        rt_throw("bufio: the reader has no Read method");
    struct { void *recv; RtSlice p; int64_t n; RtIface err; } blk = {r->data, p, 0, {NULL, NULL}};
    rt_callgo(code, NULL, &blk, sizeof blk);
    *err = blk.err;
    return blk.n;
}

/* ---- Writer ---- */

typedef struct { RtIface w; int64_t size; BWriter *r; } NewWriterSizeFrame;
void rt_bufio_NewWriterSize(NewWriterSizeFrame *f) __asm__("bufio.NewWriterSize");
void rt_bufio_NewWriterSize(NewWriterSizeFrame *f)
{
    if (f->w.type && strcmp(f->w.type->name, "*bufio.Writer") == 0) {
        BWriter *b = f->w.data;
        if (b->buf.len >= f->size) {
            f->r = b;
            return;
        }
    }
    int64_t size = f->size <= 0 ? 4096 : f->size;
    BWriter *b = rt_alloc(sizeof *b, rt_type_ptr_BufioWriter.elem);
    store_slice(&b->buf, new_bytes(size));
    store_iface(&b->wr, f->w);
    f->r = b;
}

typedef struct { RtIface w; BWriter *r; } NewWriterFrame;
void rt_bufio_NewWriter(NewWriterFrame *f) __asm__("bufio.NewWriter");
void rt_bufio_NewWriter(NewWriterFrame *f)
{
    NewWriterSizeFrame g = {f->w, 4096, NULL};
    rt_bufio_NewWriterSize(&g);
    f->r = g.r;
}

static RtIface flush(BWriter *b)
{
    if (b->err.type)
        return b->err;
    if (b->n == 0)
        return (RtIface){NULL, NULL};
    RtIface err;
    int64_t n = rt_writer_write(&b->wr, b->buf.ptr, b->n, &err);
    if (n < b->n && !err.type)
        err = rt_errors_new_c("short write");
    if (err.type) {
        if (n > 0 && n < b->n)
            memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + n, (size_t)(b->n - n));
        b->n -= n;
        store_iface(&b->err, err);
        return err;
    }
    b->n = 0;
    return (RtIface){NULL, NULL};
}

typedef struct { BWriter *b; RtIface err; } FlushFrame;
void rt_bufio_Writer_Flush(FlushFrame *f);
RT_METHOD(rt_bufio_Writer_Flush, "bufio.(*Writer).Flush");
void rt_bufio_Writer_Flush(FlushFrame *f) { f->err = flush(f->b); }

static int64_t available(BWriter *b) { return b->buf.len - b->n; }

/* go1.19 (*Writer).Write, for bytes p[0:n] */
static int64_t bwrite(BWriter *b, const uint8_t *p, int64_t n, RtIface *err)
{
    int64_t nn = 0;
    while (n > available(b) && !b->err.type) {
        int64_t k;
        if (b->n == 0) {
            /* large write, empty buffer: straight through */
            RtIface e;
            k = rt_writer_write(&b->wr, p, n, &e);
            if (e.type)
                store_iface(&b->err, e);
        } else {
            k = available(b);
            memcpy((uint8_t *)b->buf.ptr + b->n, p, (size_t)k);
            b->n += k;
            flush(b);
        }
        nn += k;
        p += k;
        n -= k;
    }
    if (b->err.type) {
        *err = b->err;
        return nn;
    }
    memcpy((uint8_t *)b->buf.ptr + b->n, p, (size_t)n);
    b->n += n;
    *err = (RtIface){NULL, NULL};
    return nn + n;
}

typedef struct { BWriter *b; RtSlice p; int64_t n; RtIface err; } BWriteFrame;
void rt_bufio_Writer_Write(BWriteFrame *f);
RT_METHOD(rt_bufio_Writer_Write, "bufio.(*Writer).Write");
void rt_bufio_Writer_Write(BWriteFrame *f) { f->n = bwrite(f->b, f->p.ptr, f->p.len, &f->err); }

typedef struct { BWriter *b; RtString s; int64_t n; RtIface err; } BWriteStringFrame;
void rt_bufio_Writer_WriteString(BWriteStringFrame *f);
RT_METHOD(rt_bufio_Writer_WriteString, "bufio.(*Writer).WriteString");
void rt_bufio_Writer_WriteString(BWriteStringFrame *f)
{
    /* WriteString copies into the buffer, flushing as it fills */
    BWriter *b = f->b;
    const uint8_t *s = f->s.ptr;
    int64_t n = f->s.len, nn = 0;
    while (n > available(b) && !b->err.type) {
        int64_t k = available(b);
        memcpy((uint8_t *)b->buf.ptr + b->n, s, (size_t)k);
        b->n += k;
        nn += k;
        s += k;
        n -= k;
        flush(b);
    }
    if (b->err.type) {
        f->n = nn;
        f->err = b->err;
        return;
    }
    memcpy((uint8_t *)b->buf.ptr + b->n, s, (size_t)n);
    b->n += n;
    f->n = nn + n;
    f->err = (RtIface){NULL, NULL};
}

typedef struct { BWriter *b; uint64_t c; RtIface err; } BWriteByteFrame;
void rt_bufio_Writer_WriteByte(BWriteByteFrame *f);
RT_METHOD(rt_bufio_Writer_WriteByte, "bufio.(*Writer).WriteByte");
void rt_bufio_Writer_WriteByte(BWriteByteFrame *f)
{
    BWriter *b = f->b;
    if (b->err.type) {
        f->err = b->err;
        return;
    }
    if (available(b) <= 0 && flush(b).type) {
        f->err = b->err;
        return;
    }
    ((uint8_t *)b->buf.ptr)[b->n++] = (uint8_t)f->c;
    f->err = (RtIface){NULL, NULL};
}

typedef struct { BWriter *b; int64_t r; int64_t size; RtIface err; } BWriteRuneFrame;
void rt_bufio_Writer_WriteRune(BWriteRuneFrame *f);
RT_METHOD(rt_bufio_Writer_WriteRune, "bufio.(*Writer).WriteRune");
void rt_bufio_Writer_WriteRune(BWriteRuneFrame *f)
{
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, (int32_t)f->r);
    BWriter *b = f->b;
    if (b->err.type) {
        f->size = 0;
        f->err = b->err;
        return;
    }
    if (available(b) < n && flush(b).type) {
        f->size = 0;
        f->err = b->err;
        return;
    }
    if (available(b) < n) {     /* tiny buffer */
        f->size = bwrite(b, tmp, n, &f->err);
        return;
    }
    memcpy((uint8_t *)b->buf.ptr + b->n, tmp, (size_t)n);
    b->n += n;
    f->size = n;
    f->err = (RtIface){NULL, NULL};
}

typedef struct { BWriter *b; int64_t r; } BIntFrame;
void rt_bufio_Writer_Buffered(BIntFrame *f);
RT_ALIAS(rt_bufio_Writer_Buffered, "bufio.(*Writer).Buffered");
void rt_bufio_Writer_Buffered(BIntFrame *f) { f->r = f->b->n; }
void rt_bufio_Writer_Available(BIntFrame *f);
RT_ALIAS(rt_bufio_Writer_Available, "bufio.(*Writer).Available");
void rt_bufio_Writer_Available(BIntFrame *f) { f->r = available(f->b); }

/* ---- Reader ---- */

typedef struct { RtIface rd; int64_t size; BReader *r; } NewReaderSizeFrame;
void rt_bufio_NewReaderSize(NewReaderSizeFrame *f) __asm__("bufio.NewReaderSize");
void rt_bufio_NewReaderSize(NewReaderSizeFrame *f)
{
    int64_t size = f->size < 16 ? 16 : f->size;
    BReader *b = rt_alloc(sizeof *b, rt_type_ptr_BufioReader.elem);
    store_slice(&b->buf, new_bytes(size));
    store_iface(&b->rd, f->rd);
    b->lastByte = -1;
    b->lastRuneSize = -1;
    f->r = b;
}

typedef struct { RtIface rd; BReader *r; } NewReaderFrame;
void rt_bufio_NewReader(NewReaderFrame *f) __asm__("bufio.NewReader");
void rt_bufio_NewReader(NewReaderFrame *f)
{
    NewReaderSizeFrame g = {f->rd, 4096, NULL};
    rt_bufio_NewReaderSize(&g);
    f->r = g.r;
}

/* Reads more into the buffer; false at EOF or error (kept in b->err). */
static bool fill(BReader *b)
{
    if (b->r > 0) {
        memmove(b->buf.ptr, (uint8_t *)b->buf.ptr + b->r, (size_t)(b->w - b->r));
        b->w -= b->r;
        b->r = 0;
    }
    if (b->w >= b->buf.len)
        return false;
    for (int i = 0; i < 100; i++) {
        RtIface err;
        RtSlice p = {(uint8_t *)b->buf.ptr + b->w, b->buf.len - b->w, b->buf.len - b->w};
        int64_t n = reader_read(&b->rd, p, &err);
        b->w += n;
        if (err.type) {
            store_iface(&b->err, err);
            return n > 0;
        }
        if (n > 0)
            return true;
    }
    store_iface(&b->err, rt_errors_new_c("multiple Read calls return no data or error"));
    return false;
}

static RtIface take_err(BReader *b)
{
    RtIface e = b->err;
    b->err = (RtIface){NULL, NULL};
    return e;
}

typedef struct { BReader *b; uint64_t delim; RtString r; RtIface err; } ReadStringFrame;
void rt_bufio_Reader_ReadString(ReadStringFrame *f);
RT_ALIAS(rt_bufio_Reader_ReadString, "bufio.(*Reader).ReadString");
void rt_bufio_Reader_ReadString(ReadStringFrame *f)
{
    BReader *b = f->b;
    RtBuf out = {0};
    f->err = (RtIface){NULL, NULL};
    for (;;) {
        uint8_t *p = (uint8_t *)b->buf.ptr + b->r;
        uint8_t *q = b->w > b->r ? memchr(p, (uint8_t)f->delim, (size_t)(b->w - b->r)) : NULL;
        if (q) {
            rt_buf_write(&out, p, (size_t)(q - p + 1));
            b->r += q - p + 1;
            break;
        }
        rt_buf_write(&out, p, (size_t)(b->w - b->r));
        b->r = b->w;
        if (b->err.type || !fill(b)) {
            if (b->w > b->r)
                continue;
            f->err = take_err(b);
            if (!f->err.type)
                f->err = rt_io_EOF;
            break;
        }
    }
    if (out.len > 0) {
        b->lastByte = (uint8_t)out.p[out.len - 1];
        b->lastRuneSize = -1;
    }
    f->r = rt_gostring_buf(&out);
    rt_buf_free(&out);
}

typedef struct { BReader *b; uint64_t c; RtIface err; } ReadByteFrame;
void rt_bufio_Reader_ReadByte(ReadByteFrame *f);
RT_ALIAS(rt_bufio_Reader_ReadByte, "bufio.(*Reader).ReadByte");
void rt_bufio_Reader_ReadByte(ReadByteFrame *f)
{
    BReader *b = f->b;
    b->lastRuneSize = -1;
    while (b->r == b->w) {
        if (b->err.type || !fill(b)) {
            if (b->r < b->w)
                break;
            f->c = 0;
            f->err = take_err(b);
            if (!f->err.type)
                f->err = rt_io_EOF;
            return;
        }
    }
    f->c = ((uint8_t *)b->buf.ptr)[b->r++];
    b->lastByte = (int64_t)f->c;
    f->err = (RtIface){NULL, NULL};
}

typedef struct { BReader *b; int64_t r, size; RtIface err; } ReadRuneFrame;
void rt_bufio_Reader_ReadRune(ReadRuneFrame *f);
RT_ALIAS(rt_bufio_Reader_ReadRune, "bufio.(*Reader).ReadRune");
void rt_bufio_Reader_ReadRune(ReadRuneFrame *f)
{
    BReader *b = f->b;
    while (b->r + 4 > b->w && !b->err.type && b->w - b->r < b->buf.len) {
        if (!fill(b))
            break;
    }
    b->lastRuneSize = -1;
    if (b->r == b->w) {
        f->r = 0;
        f->size = 0;
        f->err = take_err(b);
        if (!f->err.type)
            f->err = rt_io_EOF;
        return;
    }
    int w;
    f->r = rt_utf8_decode((uint8_t *)b->buf.ptr + b->r, b->w - b->r, &w);
    f->size = w;
    b->r += w;
    b->lastByte = ((uint8_t *)b->buf.ptr)[b->r - 1];
    b->lastRuneSize = w;
    f->err = (RtIface){NULL, NULL};
}

/* ---- Scanner ---- */

typedef struct { RtSlice data; uint64_t atEOF; int64_t advance; RtSlice token; RtIface err; } SplitFrame;

static void split_lines(SplitFrame *f)
{
    const uint8_t *d = f->data.ptr;
    int64_t n = f->data.len;
    f->advance = 0;
    f->token = (RtSlice){NULL, 0, 0};
    f->err = (RtIface){NULL, NULL};
    if (f->atEOF && n == 0)
        return;
    const uint8_t *q = n ? memchr(d, '\n', (size_t)n) : NULL;
    if (q) {
        int64_t i = q - d, e = i;
        if (e > 0 && d[e - 1] == '\r')
            e--;
        f->advance = i + 1;
        f->token = (RtSlice){(void *)d, e, e};
        return;
    }
    if (f->atEOF) {
        int64_t e = n;
        if (e > 0 && d[e - 1] == '\r')
            e--;
        f->advance = n;
        f->token = (RtSlice){(void *)d, e, e};
    }
}

static void split_words(SplitFrame *f)
{
    const uint8_t *d = f->data.ptr;
    int64_t n = f->data.len, start = 0;
    f->advance = 0;
    f->token = (RtSlice){NULL, 0, 0};
    f->err = (RtIface){NULL, NULL};
    while (start < n) {
        int w;
        int32_t r = rt_utf8_decode(d + start, n - start, &w);
        if (!rt_is_space(r))
            break;
        start += w;
    }
    for (int64_t i = start; i < n;) {
        int w;
        int32_t r = rt_utf8_decode(d + i, n - i, &w);
        if (rt_is_space(r)) {
            f->advance = i + w;
            f->token = (RtSlice){(void *)(d + start), i - start, i - start};
            return;
        }
        i += w;
    }
    if (f->atEOF && n > start) {
        f->advance = n;
        f->token = (RtSlice){(void *)(d + start), n - start, n - start};
        return;
    }
    f->advance = start;
}

static void split_runes(SplitFrame *f)
{
    const uint8_t *d = f->data.ptr;
    int64_t n = f->data.len;
    f->advance = 0;
    f->token = (RtSlice){NULL, 0, 0};
    f->err = (RtIface){NULL, NULL};
    if (f->atEOF && n == 0)
        return;
    if (n == 0)
        return;
    if (d[0] < 0x80) {
        f->advance = 1;
        f->token = (RtSlice){(void *)d, 1, 1};
        return;
    }
    int w;
    int32_t r = rt_utf8_decode(d, n, &w);
    if (w > 1 || r != 0xFFFD || f->atEOF || n >= 4) {
        f->advance = w;
        if (w == 1 && r == 0xFFFD) {
            static const uint8_t errorRune[] = {0xEF, 0xBF, 0xBD};
            f->token = (RtSlice){(void *)errorRune, 3, 3};
        } else {
            f->token = (RtSlice){(void *)d, w, w};
        }
    }
}

static void split_bytes(SplitFrame *f)
{
    f->advance = 0;
    f->token = (RtSlice){NULL, 0, 0};
    f->err = (RtIface){NULL, NULL};
    if (f->atEOF && f->data.len == 0)
        return;
    if (f->data.len > 0) {
        f->advance = 1;
        f->token = (RtSlice){f->data.ptr, 1, 1};
    }
}

#define SPLIT(name, fn, sym) \
    void name(SplitFrame *f) __asm__(sym); \
    void name(SplitFrame *f) { fn(f); }
SPLIT(rt_bufio_ScanLines, split_lines, "bufio.ScanLines")
SPLIT(rt_bufio_ScanWords, split_words, "bufio.ScanWords")
SPLIT(rt_bufio_ScanRunes, split_runes, "bufio.ScanRunes")
SPLIT(rt_bufio_ScanBytes, split_bytes, "bufio.ScanBytes")

/* The closure objects of the split functions used as values, for
 * NewScanner's default; a SplitFunc value made by generated code holds the
 * code address of the same symbols. */
static const void *const scanlines_value[1] = {(const void *)rt_bufio_ScanLines};

static void call_split(BScanner *s, SplitFrame *f)
{
    const void *code = s->split ? *(const void *const *)s->split : NULL;
    if (!code || code == (const void *)rt_bufio_ScanLines)
        split_lines(f);
    else if (code == (const void *)rt_bufio_ScanWords)
        split_words(f);
    else if (code == (const void *)rt_bufio_ScanRunes)
        split_runes(f);
    else if (code == (const void *)rt_bufio_ScanBytes)
        split_bytes(f);
    else
        rt_callgo(code, s->split, f, sizeof *f);
}

typedef struct { RtIface r; BScanner *s; } NewScannerFrame;
void rt_bufio_NewScanner(NewScannerFrame *f) __asm__("bufio.NewScanner");
void rt_bufio_NewScanner(NewScannerFrame *f)
{
    BScanner *s = rt_alloc(sizeof *s, rt_type_ptr_BufioScanner.elem);
    store_iface(&s->r, f->r);
    rt_store_ptr(&s->split, (void *)scanlines_value);
    s->maxTokenSize = 64 * 1024;
    f->s = s;
}

typedef struct { BScanner *s; uint64_t ok; } ScanFrame;
void rt_bufio_Scanner_Scan(ScanFrame *f);
RT_ALIAS(rt_bufio_Scanner_Scan, "bufio.(*Scanner).Scan");
void rt_bufio_Scanner_Scan(ScanFrame *f)
{
    BScanner *s = f->s;
    f->ok = 0;
    if (s->done)
        return;
    s->scanCalled = 1;
    for (;;) {
        if (s->end > s->start || s->err.type) {
            SplitFrame sf = {{(uint8_t *)s->buf.ptr + s->start, s->end - s->start, s->end - s->start},
                             s->err.type != NULL, 0, {NULL, 0, 0}, {NULL, NULL}};
            call_split(s, &sf);
            if (sf.err.type) {
                store_iface(&s->err, sf.err);
                s->done = 1;
                return;
            }
            if (sf.advance < 0 || sf.advance > s->end - s->start) {
                store_iface(&s->err, rt_errors_new_c(sf.advance < 0 ? "bufio.Scanner: SplitFunc returns negative advance count"
                                                                    : "bufio.Scanner: SplitFunc returns advance count beyond input"));
                s->done = 1;
                return;
            }
            s->start += sf.advance;
            store_slice(&s->token, sf.token);
            if (sf.token.ptr) {
                if (s->err.type == NULL || sf.advance > 0)
                    s->empties = 0;
                else if (++s->empties > 100)
                    rt_panic_string("bufio.Scan: too many empty tokens without progressing");
                f->ok = 1;
                return;
            }
        }
        if (s->err.type) {
            s->start = s->end = 0;
            s->done = 1;
            return;
        }
        /* make room, growing the buffer up to maxTokenSize */
        if (s->start > 0 && (s->end == s->buf.len || s->start > s->buf.len / 2)) {
            memmove(s->buf.ptr, (uint8_t *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
            s->end -= s->start;
            s->start = 0;
        }
        if (s->end == s->buf.len) {
            if (s->buf.len >= s->maxTokenSize || s->buf.len > INT64_MAX / 2) {
                store_iface(&s->err, rt_errors_new_c("bufio.Scanner: token too long"));
                s->done = 1;
                return;
            }
            int64_t n = s->buf.len * 2;
            if (n == 0)
                n = 4096;
            if (n > s->maxTokenSize)
                n = s->maxTokenSize;
            RtSlice nb = new_bytes(n);
            if (s->end - s->start > 0)
                memcpy(nb.ptr, (uint8_t *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
            s->end -= s->start;
            s->start = 0;
            store_slice(&s->buf, nb);
        }
        for (int loop = 0;;) {
            RtIface err;
            RtSlice p = {(uint8_t *)s->buf.ptr + s->end, s->buf.len - s->end, s->buf.len - s->end};
            int64_t n = reader_read(&s->r, p, &err);
            s->end += n;
            if (err.type) {
                store_iface(&s->err, err);
                break;
            }
            if (n > 0) {
                s->empties = 0;
                break;
            }
            if (++loop > 100) {
                store_iface(&s->err, rt_errors_new_c("multiple Read calls return no data or error"));
                break;
            }
        }
    }
}

typedef struct { BScanner *s; RtString r; } TextFrame;
void rt_bufio_Scanner_Text(TextFrame *f);
RT_ALIAS(rt_bufio_Scanner_Text, "bufio.(*Scanner).Text");
void rt_bufio_Scanner_Text(TextFrame *f)
{
    f->r = rt_gostring(f->s->token.ptr, (size_t)f->s->token.len);
}

typedef struct { BScanner *s; RtSlice r; } BytesFrame;
void rt_bufio_Scanner_Bytes(BytesFrame *f);
RT_ALIAS(rt_bufio_Scanner_Bytes, "bufio.(*Scanner).Bytes");
void rt_bufio_Scanner_Bytes(BytesFrame *f) { f->r = f->s->token; }

typedef struct { BScanner *s; RtIface r; } ErrFrame;
void rt_bufio_Scanner_Err(ErrFrame *f);
RT_ALIAS(rt_bufio_Scanner_Err, "bufio.(*Scanner).Err");
void rt_bufio_Scanner_Err(ErrFrame *f)
{
    RtIface e = f->s->err;
    if (e.type == rt_io_EOF.type && e.data == rt_io_EOF.data)
        e = (RtIface){NULL, NULL};
    f->r = e;
}

typedef struct { BScanner *s; RtSlice buf; int64_t max; } BufferFrame;
void rt_bufio_Scanner_Buffer(BufferFrame *f);
RT_ALIAS(rt_bufio_Scanner_Buffer, "bufio.(*Scanner).Buffer");
void rt_bufio_Scanner_Buffer(BufferFrame *f)
{
    if (f->s->scanCalled)
        rt_panic_string("Buffer called after Scan");
    RtSlice b = f->buf;
    b.len = b.cap;
    store_slice(&f->s->buf, b);
    f->s->maxTokenSize = f->max;
}

typedef struct { BScanner *s; void *split; } SplitSetFrame;
void rt_bufio_Scanner_Split(SplitSetFrame *f);
RT_ALIAS(rt_bufio_Scanner_Split, "bufio.(*Scanner).Split");
void rt_bufio_Scanner_Split(SplitSetFrame *f)
{
    if (f->s->scanCalled)
        rt_panic_string("Split called after Scan");
    rt_store_ptr(&f->s->split, f->split);
}
