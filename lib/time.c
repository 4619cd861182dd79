/* time.c — the simple part of package time: Now, Since, Until, Sleep, the
 * Time arithmetic and comparisons, and Duration's conversions and String
 * (go1.19's format: "1h2m3.5s", "1.5ms", "0s").
 *
 * A Time made here keeps Unix nanoseconds in ext and 1 in wall (so that
 * IsZero is false); Go's own encoding (wall clock plus monotonic reading)
 * is not reproduced: its fields are unexported, and Time.String/Format
 * are not provided.
 */
#include <string.h>
#include <time.h>

#include "lib/lib.h"

typedef struct { uint64_t wall; int64_t ext; void *loc; } GoTime;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

typedef struct { GoTime r; } NowFrame;
void rt_time_Now(NowFrame *f) __asm__("time.Now");
void rt_time_Now(NowFrame *f)
{
    f->r = (GoTime){1, now_ns(), NULL};
}

typedef struct { GoTime t; int64_t r; } SinceFrame;
void rt_time_Since(SinceFrame *f) __asm__("time.Since");
void rt_time_Since(SinceFrame *f) { f->r = now_ns() - f->t.ext; }
void rt_time_Until(SinceFrame *f) __asm__("time.Until");
void rt_time_Until(SinceFrame *f) { f->r = f->t.ext - now_ns(); }

typedef struct { int64_t sec, nsec; GoTime r; } UnixFrame;
void rt_time_Unix(UnixFrame *f) __asm__("time.Unix");
void rt_time_Unix(UnixFrame *f)
{
    f->r = (GoTime){1, f->sec * 1000000000 + f->nsec, NULL};
}

typedef struct { int64_t d; } SleepFrame;
void rt_time_Sleep(SleepFrame *f) __asm__("time.Sleep");
void rt_time_Sleep(SleepFrame *f)
{
    rt_sleep(f->d);
}

/* ---- Time methods (value receivers: the Time is first in the block) ---- */

typedef struct { GoTime t; int64_t d; GoTime r; } AddFrame;
void rt_time_Time_Add(AddFrame *f);
RT_ALIAS(rt_time_Time_Add, "time.Time.Add");
void rt_time_Time_Add(AddFrame *f)
{
    f->r = f->t;
    f->r.ext += f->d;
}

typedef struct { GoTime t, u; int64_t r; } SubFrame;
void rt_time_Time_Sub(SubFrame *f);
RT_ALIAS(rt_time_Time_Sub, "time.Time.Sub");
void rt_time_Time_Sub(SubFrame *f) { f->r = f->t.ext - f->u.ext; }

typedef struct { GoTime t, u; uint64_t r; } CmpFrame;
void rt_time_Time_After(CmpFrame *f);
RT_ALIAS(rt_time_Time_After, "time.Time.After");
void rt_time_Time_After(CmpFrame *f) { f->r = f->t.ext > f->u.ext; }
void rt_time_Time_Before(CmpFrame *f);
RT_ALIAS(rt_time_Time_Before, "time.Time.Before");
void rt_time_Time_Before(CmpFrame *f) { f->r = f->t.ext < f->u.ext; }
void rt_time_Time_Equal(CmpFrame *f);
RT_ALIAS(rt_time_Time_Equal, "time.Time.Equal");
void rt_time_Time_Equal(CmpFrame *f) { f->r = f->t.ext == f->u.ext; }

typedef struct { GoTime t; int64_t r; } TimeIntFrame;
void rt_time_Time_IsZero(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_IsZero, "time.Time.IsZero");
void rt_time_Time_IsZero(TimeIntFrame *f) { f->r = f->t.wall == 0 && f->t.ext == 0; }
void rt_time_Time_Unix(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_Unix, "time.Time.Unix");
void rt_time_Time_Unix(TimeIntFrame *f)
{
    int64_t s = f->t.ext / 1000000000;
    if (f->t.ext % 1000000000 < 0)
        s--;
    f->r = s;
}
void rt_time_Time_UnixNano(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_UnixNano, "time.Time.UnixNano");
void rt_time_Time_UnixNano(TimeIntFrame *f) { f->r = f->t.ext; }
void rt_time_Time_Nanosecond(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_Nanosecond, "time.Time.Nanosecond");
void rt_time_Time_Nanosecond(TimeIntFrame *f)
{
    int64_t n = f->t.ext % 1000000000;
    f->r = n < 0 ? n + 1000000000 : n;
}

/* ---- Duration ---- */

typedef struct { int64_t d; int64_t r; } DurIntFrame;
typedef struct { int64_t d; double r; } DurFloatFrame;
void rt_time_Duration_Nanoseconds(DurIntFrame *f);
RT_ALIAS(rt_time_Duration_Nanoseconds, "time.Duration.Nanoseconds");
void rt_time_Duration_Nanoseconds(DurIntFrame *f) { f->r = f->d; }
void rt_time_Duration_Microseconds(DurIntFrame *f);
RT_ALIAS(rt_time_Duration_Microseconds, "time.Duration.Microseconds");
void rt_time_Duration_Microseconds(DurIntFrame *f) { f->r = f->d / 1000; }
void rt_time_Duration_Milliseconds(DurIntFrame *f);
RT_ALIAS(rt_time_Duration_Milliseconds, "time.Duration.Milliseconds");
void rt_time_Duration_Milliseconds(DurIntFrame *f) { f->r = f->d / 1000000; }
void rt_time_Duration_Seconds(DurFloatFrame *f);
RT_ALIAS(rt_time_Duration_Seconds, "time.Duration.Seconds");
void rt_time_Duration_Seconds(DurFloatFrame *f)
{
    int64_t sec = f->d / 1000000000, nsec = f->d % 1000000000;
    f->r = (double)sec + (double)nsec / 1e9;
}
void rt_time_Duration_Minutes(DurFloatFrame *f);
RT_ALIAS(rt_time_Duration_Minutes, "time.Duration.Minutes");
void rt_time_Duration_Minutes(DurFloatFrame *f)
{
    int64_t m = f->d / 60000000000LL, nsec = f->d % 60000000000LL;
    f->r = (double)m + (double)nsec / (60 * 1e9);
}

/* go1.19 time.fmtFrac / fmtInt, writing backwards into buf[:w] */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; i++) {
        uint64_t digit = *v % 10;
        print = print || digit != 0;
        if (print)
            buf[--w] = (char)('0' + digit);
        *v /= 10;
    }
    if (print)
        buf[--w] = '.';
    return w;
}

static int fmt_int(char *buf, int w, uint64_t v)
{
    if (v == 0) {
        buf[--w] = '0';
    } else {
        while (v > 0) {
            buf[--w] = (char)('0' + v % 10);
            v /= 10;
        }
    }
    return w;
}

void rt_time_duration_string(RtBuf *b, int64_t d)
{
    char buf[32];
    int w = sizeof buf;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg)
        u = -u;
    if (u < 1000000000) {
        int prec;
        buf[--w] = 's';
        w--;
        if (u == 0) {
            rt_buf_puts(b, "0s");
            return;
        } else if (u < 1000) {
            prec = 0;
            buf[w] = 'n';
        } else if (u < 1000000) {
            prec = 3;
            w--;
            memcpy(buf + w, "\302\265", 2);     /* µ */
        } else {
            prec = 6;
            buf[w] = 'm';
        }
        w = fmt_frac(buf, w, &u, prec);
        w = fmt_int(buf, w, u);
    } else {
        buf[--w] = 's';
        w = fmt_frac(buf, w, &u, 9);
        w = fmt_int(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = fmt_int(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = fmt_int(buf, w, u);
            }
        }
    }
    if (neg)
        buf[--w] = '-';
    rt_buf_write(b, buf + w, sizeof buf - (size_t)w);
}

typedef struct { int64_t d; RtString r; } DurStringFrame;
void rt_time_Duration_String(DurStringFrame *f);
RT_ALIAS(rt_time_Duration_String, "time.Duration.String");
void rt_time_Duration_String(DurStringFrame *f)
{
    RtBuf b = {0};
    rt_time_duration_string(&b, f->d);
    f->r = rt_gostring_buf(&b);
    rt_buf_free(&b);
}

/* Through an interface (fmt's %v): the receiver is the data word, a
 * pointer to the Duration. */
typedef struct { const int64_t *d; RtString r; } DurStringIfaceFrame;
void rt_time_Duration_String_iface(DurStringIfaceFrame *f);
RT_GO_ENTRY(rt_time_Duration_String_iface, "time.Duration.String$iface");
void rt_time_Duration_String_iface(DurStringIfaceFrame *f)
{
    RtBuf b = {0};
    rt_time_duration_string(&b, *f->d);
    f->r = rt_gostring_buf(&b);
    rt_buf_free(&b);
}
