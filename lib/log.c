/* log.c — package log's standard logger: Print, Printf, Println, their
 * Fatal (then os.Exit(1)) and Panic (then panic with the message)
 * variants, SetFlags and SetPrefix.
 *
 * As go1.19's Logger.Output: the prefix (before the header, or, with
 * Lmsgprefix, after it), the header the flags ask for ("2009/11/10
 * 23:00:00 " for the default LstdFlags, in local time unless LUTC), the
 * message, and a newline if it has none; written to standard error in one
 * write.  File and line flags (Lshortfile, Llongfile) print "???:1", as Go
 * does when it cannot find the caller: minigo keeps no line tables.
 */
#include <string.h>
#include <time.h>

#include "lib/lib.h"

enum {
    LDATE = 1, LTIME = 2, LMICROSECONDS = 4, LLONGFILE = 8, LSHORTFILE = 16, LUTC = 32,
    LMSGPREFIX = 64,
};

static struct {
    int64_t flags;
    RtBuf prefix;
} logger = {LDATE | LTIME, {0}};

static void two(RtBuf *b, int v, int width)
{
    char d[8];
    for (int i = width - 1; i >= 0; i--, v /= 10)
        d[i] = (char)('0' + v % 10);
    rt_buf_write(b, d, (size_t)width);
}

static void header(RtBuf *b)
{
    if (!(logger.flags & LMSGPREFIX))
        rt_buf_write(b, logger.prefix.p, logger.prefix.len);
    if (logger.flags & (LDATE | LTIME | LMICROSECONDS)) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        struct tm tm;
        if (logger.flags & LUTC)
            gmtime_r(&ts.tv_sec, &tm);
        else
            localtime_r(&ts.tv_sec, &tm);
        if (logger.flags & LDATE) {
            two(b, tm.tm_year + 1900, 4);
            rt_buf_putc(b, '/');
            two(b, tm.tm_mon + 1, 2);
            rt_buf_putc(b, '/');
            two(b, tm.tm_mday, 2);
            rt_buf_putc(b, ' ');
        }
        if (logger.flags & (LTIME | LMICROSECONDS)) {
            two(b, tm.tm_hour, 2);
            rt_buf_putc(b, ':');
            two(b, tm.tm_min, 2);
            rt_buf_putc(b, ':');
            two(b, tm.tm_sec, 2);
            if (logger.flags & LMICROSECONDS) {
                rt_buf_putc(b, '.');
                two(b, (int)(ts.tv_nsec / 1000), 6);
            }
            rt_buf_putc(b, ' ');
        }
    }
    if (logger.flags & (LSHORTFILE | LLONGFILE))
        rt_buf_puts(b, "???:1: ");
    if (logger.flags & LMSGPREFIX)
        rt_buf_write(b, logger.prefix.p, logger.prefix.len);
}

/* Writes the message in m with the header; keeps m. */
static void output(RtBuf *m)
{
    RtBuf b = {0};
    header(&b);
    rt_buf_write(&b, m->p, m->len);
    if (m->len == 0 || m->p[m->len - 1] != '\n')
        rt_buf_putc(&b, '\n');
    rt_out_flush();
    rt_write_fd(2, b.p, b.len);
    rt_buf_free(&b);
}

typedef struct { RtSlice v; } LogFrame;
typedef struct { RtString format; RtSlice v; } LogfFrame;

enum { PRINT, PRINTLN };

static void message(RtBuf *m, const RtSlice *v, int how)
{
    if (how == PRINTLN)
        rt_fmt_doprintln(m, v);
    else
        rt_fmt_doprint(m, v);
}

_Noreturn static void fatal(RtBuf *m)
{
    output(m);
    rt_exit(1);
}

_Noreturn static void log_panic(RtBuf *m)
{
    output(m);
    /* panic(s) with the message, newline and all, as a string */
    RtString *s = rt_alloc(sizeof(RtString), NULL);
    *s = rt_gostring_buf(m);
    RtIface e = {&rt_type_string, s};
    rt_gopanic(&e);
}

#define LOG_FUNCS(Name, sym, how, finish)                                    \
    void rt_log_##Name(LogFrame *f) __asm__(sym);                            \
    void rt_log_##Name(LogFrame *f)                                          \
    {                                                                        \
        RtBuf m = {0};                                                       \
        message(&m, &f->v, how);                                             \
        finish;                                                              \
    }

LOG_FUNCS(Print, "log.Print", PRINT, (output(&m), rt_buf_free(&m)))
LOG_FUNCS(Println, "log.Println", PRINTLN, (output(&m), rt_buf_free(&m)))
LOG_FUNCS(Fatal, "log.Fatal", PRINT, fatal(&m))
LOG_FUNCS(Fatalln, "log.Fatalln", PRINTLN, fatal(&m))
LOG_FUNCS(Panic, "log.Panic", PRINT, log_panic(&m))
LOG_FUNCS(Panicln, "log.Panicln", PRINTLN, log_panic(&m))

#define LOGF_FUNC(Name, sym, finish)                                         \
    void rt_log_##Name(LogfFrame *f) __asm__(sym);                           \
    void rt_log_##Name(LogfFrame *f)                                         \
    {                                                                        \
        RtBuf m = {0};                                                       \
        rt_fmt_doprintf(&m, f->format, &f->v, NULL);                         \
        finish;                                                              \
    }

LOGF_FUNC(Printf, "log.Printf", (output(&m), rt_buf_free(&m)))
LOGF_FUNC(Fatalf, "log.Fatalf", fatal(&m))
LOGF_FUNC(Panicf, "log.Panicf", log_panic(&m))

typedef struct { int64_t flag; } SetFlagsFrame;
void rt_log_SetFlags(SetFlagsFrame *f) __asm__("log.SetFlags");
void rt_log_SetFlags(SetFlagsFrame *f) { logger.flags = f->flag; }

typedef struct { RtString prefix; } SetPrefixFrame;
void rt_log_SetPrefix(SetPrefixFrame *f) __asm__("log.SetPrefix");
void rt_log_SetPrefix(SetPrefixFrame *f)
{
    logger.prefix.len = 0;
    rt_buf_write(&logger.prefix, f->prefix.ptr, (size_t)f->prefix.len);
}
