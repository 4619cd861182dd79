/* timer.c — package time's timers (go1.19's sleep.go and tick.go) on the
 * runtime's timer heap (rt_internal.h section 7, runtime/timer.c): Sleep,
 * Timer (NewTimer, Stop, Reset), After, AfterFunc, Ticker (NewTicker,
 * Stop, Reset) and Tick.
 *
 * A Timer or Ticker is the channel C and an RtTimer, laid out as
 * std/time.go's runtimeTimer (f a C function, arg the one heap pointer),
 * so that the collector scans a Timer a program declares by those fields.
 * The runtime's heap of armed timers is a root: time.After's Timer, which
 * nobody else references, lives until it fires.
 *
 * What fires, on the scheduler and without blocking (as go1.19's):
 *   - a Timer's or Ticker's sendTime: a send of time.Now() on C, whose
 *     buffer holds one value, dropped when the buffer is full (a Ticker
 *     whose reader is slow loses ticks; the runtime re-arms a Ticker for
 *     its next period after now, skipping the ones missed);
 *   - AfterFunc's goFunc: `go f()`, a new goroutine (it goes to runnext,
 *     as any new goroutine).
 * Stop and Reset report whether the timer was armed, as go1.19's
 * stopTimer and resetTimer.
 */
#include "lib/lib.h"

typedef struct {
    RtChan *C;              /* <-chan Time; NULL for AfterFunc's */
    RtTimer r;
} Timer;                    /* time.Timer and time.Ticker */

/* A Timer's collector view: C and r.arg hold heap pointers (words 0, 4). */
static const RtType timer_type = {sizeof(Timer), 40, RT_STRUCT, 0, "time.Timer", NULL, NULL, 0,
                                  (const uint8_t *)"\21"};
/* time.Time, the channels' element: loc (word 2) is a pointer. */
static const RtType time_type = {sizeof(RtTime), 24, RT_STRUCT, 0, "time.Time", NULL, NULL, 0,
                                 (const uint8_t *)"\4"};

/* go1.19's when(d): d from now on the monotonic clock; 0 or less means
 * now; an overflow, the farthest future. */
static int64_t when(int64_t d)
{
    int64_t now = rt_nanotime(), t;
    if (d <= 0)
        return now;
    if (__builtin_add_overflow(now, d, &t))
        return INT64_MAX;
    return t;
}

/* sendTime: a non-blocking send, as a select with a default. */
static void send_time(void *c, uintptr_t seq)
{
    (void)seq;
    RtTime now = rt_time_now();
    rt_chansend(c, &now, false);
}

/* goFunc: `go f()` of AfterFunc's func value (a closure: its code is word
 * 0, the closure itself the context; no arguments). */
static void go_func(void *f, uintptr_t seq)
{
    (void)seq;
    uint64_t none = 0;
    rt_newproc(*(void **)f, f, &none, 0, 0);
}

/* A new Timer firing f(arg) at `when`, every period if period > 0; with a
 * channel C unless arg is AfterFunc's func. */
static Timer *start_timer(int64_t when, int64_t period, void (*f)(void *, uintptr_t), RtChan *c,
                          void *arg)
{
    Timer *t = rt_alloc(sizeof *t, &timer_type);
    rt_store_ptr(&t->C, c);
    rt_store_ptr(&t->r.arg, arg);
    t->r.when = when;
    t->r.period = period;
    t->r.f = f;
    t->r.index = -1;
    rt_addtimer(&t->r);
    return t;
}

static Timer *new_timer(int64_t d)
{
    RtChan *c = rt_makechan(&time_type, 1);
    return start_timer(when(d), 0, send_time, c, c);
}

static Timer *new_ticker(int64_t d)
{
    if (d <= 0) {
        RtIface e = rt_errors_new_c("non-positive interval for NewTicker");
        rt_gopanic(&e);
    }
    RtChan *c = rt_makechan(&time_type, 1);
    return start_timer(when(d), d, send_time, c, c);
}

typedef struct { int64_t d; } SleepFrame;
void rt_time_Sleep(SleepFrame *f) __asm__("time.Sleep");
void rt_time_Sleep(SleepFrame *f) { rt_sleep(f->d); }

/* ---- Timer ---- */

typedef struct { int64_t d; Timer *r; } NewTimerFrame;
void rt_time_NewTimer(NewTimerFrame *f) __asm__("time.NewTimer");
void rt_time_NewTimer(NewTimerFrame *f) { f->r = new_timer(f->d); }

typedef struct { int64_t d; RtChan *r; } ChanFrame;
void rt_time_After(ChanFrame *f) __asm__("time.After");
void rt_time_After(ChanFrame *f) { f->r = new_timer(f->d)->C; }

typedef struct { int64_t d; void *f; Timer *r; } AfterFuncFrame;
void rt_time_AfterFunc(AfterFuncFrame *f) __asm__("time.AfterFunc");
void rt_time_AfterFunc(AfterFuncFrame *f)
{
    f->r = start_timer(when(f->d), 0, go_func, NULL, f->f);
}

typedef struct { Timer *t; uint64_t r; } StopFrame;
void rt_time_Timer_Stop(StopFrame *f);
RT_METHOD(rt_time_Timer_Stop, "time.(*Timer).Stop");
void rt_time_Timer_Stop(StopFrame *f)
{
    if (!f->t->r.f)
        rt_panic_string("time: Stop called on uninitialized Timer");
    f->r = rt_deltimer(&f->t->r);
}

typedef struct { Timer *t; int64_t d; uint64_t r; } ResetFrame;
void rt_time_Timer_Reset(ResetFrame *f);
RT_METHOD(rt_time_Timer_Reset, "time.(*Timer).Reset");
void rt_time_Timer_Reset(ResetFrame *f)
{
    RtTimer *r = &f->t->r;
    if (!r->f)
        rt_panic_string("time: Reset called on uninitialized Timer");
    f->r = rt_modtimer(r, when(f->d), r->period, r->f, r->arg, r->seq);
}

/* ---- Ticker ---- */

void rt_time_NewTicker(NewTimerFrame *f) __asm__("time.NewTicker");
void rt_time_NewTicker(NewTimerFrame *f) { f->r = new_ticker(f->d); }

void rt_time_Tick(ChanFrame *f) __asm__("time.Tick");
void rt_time_Tick(ChanFrame *f) { f->r = f->d <= 0 ? NULL : new_ticker(f->d)->C; }

typedef struct { Timer *t; } TickerFrame;
void rt_time_Ticker_Stop(TickerFrame *f);
RT_METHOD(rt_time_Ticker_Stop, "time.(*Ticker).Stop");
void rt_time_Ticker_Stop(TickerFrame *f) { rt_deltimer(&f->t->r); }

typedef struct { Timer *t; int64_t d; } TickerResetFrame;
void rt_time_Ticker_Reset(TickerResetFrame *f);
RT_METHOD(rt_time_Ticker_Reset, "time.(*Ticker).Reset");
void rt_time_Ticker_Reset(TickerResetFrame *f)
{
    RtTimer *r = &f->t->r;
    if (f->d <= 0)
        rt_panic_string("non-positive interval for Ticker.Reset");
    if (!r->f)
        rt_panic_string("time: Reset called on uninitialized Ticker");
    rt_modtimer(r, when(f->d), f->d, r->f, r->arg, r->seq);
}
