/* time.c — package time's values (go1.19): Now, Since, Until, Unix, the
 * Time arithmetic and comparisons, and Duration's conversions and String
 * (go1.19's format: "1h2m3.5s", "1.5ms", "0s").  Sleep and the timers are
 * timer.c's.
 *
 * A Time is go1.19's three words.  wall's top bit (hasMonotonic) says
 * whether the time carries a monotonic clock reading: then the next 33
 * bits are the seconds since 1885 and ext is the reading (nanoseconds
 * since the program's start, from 1: startNano); otherwise wall holds
 * only the nanoseconds and ext the signed seconds since year 1.  Now's
 * times carry a reading; Sub, Since, Until and the comparisons use it when
 * both times have one, so that Since(start) is never negative whatever
 * the wall clock does.  loc is Local for the times made here.
 */
#include <string.h>

#include "lib/lib.h"

enum { NSEC_SHIFT = 30 };
#define HAS_MONOTONIC ((uint64_t)1 << 63)
#define NSEC_MASK (((uint64_t)1 << NSEC_SHIFT) - 1)
#define SECONDS_PER_DAY 86400LL
/* seconds from year 1 to 1970, and to 1885 (the 33-bit field's origin) */
#define UNIX_TO_INTERNAL ((1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECONDS_PER_DAY)
#define WALL_TO_INTERNAL ((1884LL * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * SECONDS_PER_DAY)
#define MIN_DURATION INT64_MIN
#define MAX_DURATION INT64_MAX

/* time.Local: a Location whose only field minigo declares is its name */
static const struct { RtString name; } local_loc = {{(const uint8_t *)"Local", 5}};
#define LOCAL ((void *)&local_loc)

/* go1.19's startNano: the monotonic clock's origin, set before any reading */
static int64_t mono_now(void)
{
    static int64_t start;
    if (!start)
        start = rt_nanotime() - 1;
    return rt_nanotime() - start;
}

RtTime rt_time_now(void)
{
    int64_t mono = mono_now(), wall = rt_walltime();
    int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    sec += UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
    if ((uint64_t)sec >> 33 != 0)       /* outside 1885..2157: no reading */
        return (RtTime){(uint64_t)nsec, sec + WALL_TO_INTERNAL, LOCAL};
    return (RtTime){HAS_MONOTONIC | (uint64_t)sec << NSEC_SHIFT | (uint64_t)nsec, mono, LOCAL};
}

static int32_t t_nsec(const RtTime *t) { return (int32_t)(t->wall & NSEC_MASK); }

/* seconds since January 1, year 1 */
static int64_t t_sec(const RtTime *t)
{
    if (t->wall & HAS_MONOTONIC)
        return WALL_TO_INTERNAL + (int64_t)(t->wall << 1 >> (NSEC_SHIFT + 1));
    return t->ext;
}

static int64_t t_unixsec(const RtTime *t) { return t_sec(t) - UNIX_TO_INTERNAL; }

static void t_stripmono(RtTime *t)
{
    if (t->wall & HAS_MONOTONIC) {
        t->ext = t_sec(t);
        t->wall &= NSEC_MASK;
    }
}

static void t_addsec(RtTime *t, int64_t d)
{
    if (t->wall & HAS_MONOTONIC) {
        int64_t sec = (int64_t)(t->wall << 1 >> (NSEC_SHIFT + 1));
        int64_t dsec = sec + d;
        if (dsec >= 0 && dsec <= ((int64_t)1 << 33) - 1) {
            t->wall = (t->wall & NSEC_MASK) | (uint64_t)dsec << NSEC_SHIFT | HAS_MONOTONIC;
            return;
        }
        t_stripmono(t);             /* out of the packed field's range */
    }
    int64_t sum;
    if (!__builtin_add_overflow(t->ext, d, &sum))
        t->ext = sum;
    else
        t->ext = d > 0 ? INT64_MAX : -INT64_MAX;
}

static RtTime t_add(RtTime t, int64_t d)
{
    int64_t dsec = d / 1000000000;
    int32_t nsec = t_nsec(&t) + (int32_t)(d % 1000000000);
    if (nsec >= 1000000000) {
        dsec++;
        nsec -= 1000000000;
    } else if (nsec < 0) {
        dsec--;
        nsec += 1000000000;
    }
    t.wall = (t.wall & ~NSEC_MASK) | (uint64_t)nsec;
    t_addsec(&t, dsec);
    if (t.wall & HAS_MONOTONIC) {
        int64_t te;
        if (__builtin_add_overflow(t.ext, d, &te))
            t_stripmono(&t);        /* the reading overflows: wall clock only */
        else
            t.ext = te;
    }
    return t;
}

static bool t_before(const RtTime *t, const RtTime *u)
{
    if (t->wall & u->wall & HAS_MONOTONIC)
        return t->ext < u->ext;
    int64_t ts = t_sec(t), us = t_sec(u);
    return ts < us || (ts == us && t_nsec(t) < t_nsec(u));
}

static bool t_equal(const RtTime *t, const RtTime *u)
{
    if (t->wall & u->wall & HAS_MONOTONIC)
        return t->ext == u->ext;
    return t_sec(t) == t_sec(u) && t_nsec(t) == t_nsec(u);
}

/* t - u, clamped to Duration's range */
static int64_t t_sub(const RtTime *t, const RtTime *u)
{
    if (t->wall & u->wall & HAS_MONOTONIC) {
        int64_t d;
        if (__builtin_sub_overflow(t->ext, u->ext, &d))
            return t->ext > u->ext ? MAX_DURATION : MIN_DURATION;
        return d;
    }
    /* wrapping as Go's arithmetic; an overflow shows in the check below */
    int64_t d = (int64_t)(((uint64_t)t_sec(t) - (uint64_t)t_sec(u)) * 1000000000u +
                          (uint64_t)(int64_t)(t_nsec(t) - t_nsec(u)));
    RtTime back = t_add(*u, d);
    if (t_equal(&back, t))
        return d;
    return t_before(t, u) ? MIN_DURATION : MAX_DURATION;
}

/* Now's monotonic reading alone, when only the reading matters (Since and
 * Until of a time that has one, as go1.19) */
static RtTime mono_only(void) { return (RtTime){HAS_MONOTONIC, mono_now(), NULL}; }

typedef struct { RtTime r; } NowFrame;
void rt_time_Now(NowFrame *f) __asm__("time.Now");
void rt_time_Now(NowFrame *f) { f->r = rt_time_now(); }

typedef struct { RtTime t; int64_t r; } SinceFrame;
void rt_time_Since(SinceFrame *f) __asm__("time.Since");
void rt_time_Since(SinceFrame *f)
{
    RtTime now = f->t.wall & HAS_MONOTONIC ? mono_only() : rt_time_now();
    f->r = t_sub(&now, &f->t);
}

void rt_time_Until(SinceFrame *f) __asm__("time.Until");
void rt_time_Until(SinceFrame *f)
{
    RtTime now = f->t.wall & HAS_MONOTONIC ? mono_only() : rt_time_now();
    f->r = t_sub(&f->t, &now);
}

typedef struct { int64_t sec, nsec; RtTime r; } UnixFrame;
void rt_time_Unix(UnixFrame *f) __asm__("time.Unix");
void rt_time_Unix(UnixFrame *f)
{
    int64_t sec = f->sec, nsec = f->nsec;
    if (nsec < 0 || nsec >= 1000000000) {
        int64_t n = nsec / 1000000000;
        sec += n;
        nsec -= n * 1000000000;
        if (nsec < 0) {
            nsec += 1000000000;
            sec--;
        }
    }
    f->r = (RtTime){(uint64_t)nsec, sec + UNIX_TO_INTERNAL, LOCAL};
}

/* ---- Time methods (value receivers: the Time is first in the block) ---- */

typedef struct { RtTime t; int64_t d; RtTime r; } AddFrame;
void rt_time_Time_Add(AddFrame *f);
RT_ALIAS(rt_time_Time_Add, "time.Time.Add");
void rt_time_Time_Add(AddFrame *f) { f->r = t_add(f->t, f->d); }

typedef struct { RtTime t, u; int64_t r; } SubFrame;
void rt_time_Time_Sub(SubFrame *f);
RT_ALIAS(rt_time_Time_Sub, "time.Time.Sub");
void rt_time_Time_Sub(SubFrame *f) { f->r = t_sub(&f->t, &f->u); }

typedef struct { RtTime t, u; uint64_t r; } CmpFrame;
void rt_time_Time_After(CmpFrame *f);
RT_ALIAS(rt_time_Time_After, "time.Time.After");
void rt_time_Time_After(CmpFrame *f) { f->r = t_before(&f->u, &f->t); }
void rt_time_Time_Before(CmpFrame *f);
RT_ALIAS(rt_time_Time_Before, "time.Time.Before");
void rt_time_Time_Before(CmpFrame *f) { f->r = t_before(&f->t, &f->u); }
void rt_time_Time_Equal(CmpFrame *f);
RT_ALIAS(rt_time_Time_Equal, "time.Time.Equal");
void rt_time_Time_Equal(CmpFrame *f) { f->r = t_equal(&f->t, &f->u); }

typedef struct { RtTime t; int64_t r; } TimeIntFrame;
void rt_time_Time_IsZero(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_IsZero, "time.Time.IsZero");
void rt_time_Time_IsZero(TimeIntFrame *f) { f->r = t_sec(&f->t) == 0 && t_nsec(&f->t) == 0; }
void rt_time_Time_Unix(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_Unix, "time.Time.Unix");
void rt_time_Time_Unix(TimeIntFrame *f) { f->r = t_unixsec(&f->t); }
void rt_time_Time_UnixNano(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_UnixNano, "time.Time.UnixNano");
void rt_time_Time_UnixNano(TimeIntFrame *f)
{
    f->r = (int64_t)((uint64_t)t_unixsec(&f->t) * 1000000000u + (uint64_t)t_nsec(&f->t));
}
void rt_time_Time_Nanosecond(TimeIntFrame *f);
RT_ALIAS(rt_time_Time_Nanosecond, "time.Time.Nanosecond");
void rt_time_Time_Nanosecond(TimeIntFrame *f) { f->r = t_nsec(&f->t); }

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
