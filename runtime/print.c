/* print.c — output: the stdout buffer, byte buffers, and the runtime's own
 * number printing (the format of Go's built-in print, used by panics).
 *
 * Standard output is buffered here and written with write(2) when the
 * buffer fills, when the program exits, and before anything is written to
 * standard error, so a panic message always follows the output printed
 * before it.  When stdout is a terminal each write is flushed at once, as a
 * Go program's unbuffered os.Stdout would appear.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/rt_internal.h"

enum { OUT_SIZE = 64 << 10 };

static struct {
    char buf[OUT_SIZE];
    size_t len;
    int tty;            /* 0 unknown, 1 terminal, 2 not a terminal */
} out;

void rt_write_fd(int fd, const void *p, size_t n)
{
    const char *s = p;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;     /* nowhere to report it; Go would drop it too */
        }
        s += w;
        n -= (size_t)w;
    }
}

void rt_out_flush(void)
{
    size_t n = out.len;
    out.len = 0;        /* first, so a fault inside write cannot loop */
    rt_write_fd(1, out.buf, n);
}

void rt_out_write(const void *p, size_t n)
{
    if (out.tty == 0)
        out.tty = isatty(1) ? 1 : 2;
    if (out.len + n > OUT_SIZE)
        rt_out_flush();
    if (n >= OUT_SIZE) {
        rt_write_fd(1, p, n);
        return;
    }
    memcpy(out.buf + out.len, p, n);
    out.len += n;
    if (out.tty == 1)
        rt_out_flush();
}

_Noreturn void rt_exit(int code)
{
    rt_out_flush();
    _exit(code);
}

/* ---- byte buffers ---- */

/* Room for n more bytes; returns how many fit. */
static size_t grow(RtBuf *b, size_t n)
{
    if (b->len + n <= b->cap)
        return n;
    if (b->fixed)
        return b->cap - b->len;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        static const char msg[] = "fatal error: runtime: out of memory\n";
        rt_write_fd(2, msg, sizeof msg - 1);
        _exit(2);
    }
    b->p = p;
    b->cap = cap;
    return n;
}

void rt_buf_write(RtBuf *b, const void *p, size_t n)
{
    n = grow(b, n);
    if (n == 0)
        return;
    memcpy(b->p + b->len, p, n);
    b->len += n;
}

void rt_buf_puts(RtBuf *b, const char *s)
{
    rt_buf_write(b, s, strlen(s));
}

void rt_buf_putc(RtBuf *b, char c)
{
    if (grow(b, 1))
        b->p[b->len++] = c;
}

void rt_buf_free(RtBuf *b)
{
    if (!b->fixed)
        free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

void rt_buf_uint(RtBuf *b, uint64_t v)
{
    char tmp[20];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rt_buf_write(b, tmp + i, sizeof tmp - i);
}

void rt_buf_int(RtBuf *b, int64_t v)
{
    if (v < 0) {
        rt_buf_putc(b, '-');
        rt_buf_uint(b, -(uint64_t)v);
    } else {
        rt_buf_uint(b, (uint64_t)v);
    }
}

void rt_buf_hex(RtBuf *b, uint64_t v)
{
    static const char digits[] = "0123456789abcdef";
    char tmp[18];
    int i = sizeof tmp;
    do {
        tmp[--i] = digits[v & 15];
        v >>= 4;
    } while (v);
    tmp[--i] = 'x';
    tmp[--i] = '0';
    rt_buf_write(b, tmp + i, sizeof tmp - i);
}

/* Go's runtime print of a float: sign, 7 significant digits, a three-digit
 * exponent, "+1.500000e+000".  Not fmt's format; only panics use it. */
void rt_buf_rtfloat(RtBuf *b, double v)
{
    enum { N = 7 };
    if (v != v) {
        rt_buf_puts(b, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        rt_buf_puts(b, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        rt_buf_puts(b, "-Inf");
        return;
    }
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    rt_buf_write(b, buf, sizeof buf);
}
