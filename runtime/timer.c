/* timer.c — the runtime's timers, as go1.19's runtime/time.go keeps them
 * for one P: a 4-ary min-heap ordered by `when`; the scheduler runs the
 * due ones each time it looks for a goroutine to run (proc.c schedule), and
 * sleeps until the earliest when nothing is runnable.  A timer's function
 * runs there, on whichever goroutine's stack is scheduling, and must not
 * block: time.Sleep's readies the sleeping goroutine, a time.Timer's sends
 * on its channel without blocking, time.AfterFunc's starts a goroutine.
 *
 * The heap's array is a root of the collector (rt_timer_roots): a timer
 * nobody else references (time.After's) stays alive while it is armed, as
 * in Go, where the P's timer slice keeps it.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/proc.h"

static struct {
    RtTimer **t;
    int32_t n, cap;
} heap;

int64_t rt_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_walltime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- the 4-ary heap (go1.19's siftupTimer / siftdownTimer) ---- */

static void place(int32_t i, RtTimer *t)
{
    heap.t[i] = t;
    t->index = i;
}

static void siftup(int32_t i)
{
    RtTimer *t = heap.t[i];
    int64_t when = t->when;
    while (i > 0) {
        int32_t p = (i - 1) / 4;
        if (when >= heap.t[p]->when)
            break;
        place(i, heap.t[p]);
        i = p;
    }
    place(i, t);
}

static void siftdown(int32_t i)
{
    int32_t n = heap.n;
    RtTimer *t = heap.t[i];
    int64_t when = t->when;
    for (;;) {
        int32_t c = i * 4 + 1, c3 = c + 2;
        if (c >= n)
            break;
        int64_t w = heap.t[c]->when;
        if (c + 1 < n && heap.t[c + 1]->when < w) {
            w = heap.t[c + 1]->when;
            c++;
        }
        if (c3 < n) {
            int64_t w3 = heap.t[c3]->when;
            if (c3 + 1 < n && heap.t[c3 + 1]->when < w3) {
                w3 = heap.t[c3 + 1]->when;
                c3++;
            }
            if (w3 < w) {
                w = w3;
                c = c3;
            }
        }
        if (w >= when)
            break;
        place(i, heap.t[c]);
        i = c;
    }
    place(i, t);
}

static void heap_remove(int32_t i)
{
    RtTimer *t = heap.t[i];
    int32_t last = --heap.n;
    t->index = -1;
    if (i != last) {
        RtTimer *moved = heap.t[last];
        place(i, moved);
        heap.t[last] = NULL;
        siftup(i);
        siftdown(moved->index);
    } else {
        heap.t[last] = NULL;
    }
}

/* ---- arming and disarming ---- */

void rt_addtimer(RtTimer *t)
{
    if (t->when < 0)
        t->when = INT64_MAX;        /* go1.19's maxWhen for an overflow */
    if (heap.n == heap.cap) {
        int32_t ncap = heap.cap ? heap.cap * 2 : 64;
        RtTimer **nt = realloc(heap.t, sizeof *nt * (size_t)ncap);
        if (!nt)
            rt_throw("runtime: out of memory for timers");
        heap.t = nt;
        heap.cap = ncap;
    }
    place(heap.n++, t);
    siftup(t->index);
}

bool rt_deltimer(RtTimer *t)
{
    if (t->index < 0 || t->index >= heap.n || heap.t[t->index] != t)
        return false;
    heap_remove(t->index);
    return true;
}

bool rt_modtimer(RtTimer *t, int64_t when, int64_t period, void (*f)(void *, uintptr_t),
                 void *arg, uintptr_t seq)
{
    bool pending = rt_deltimer(t);
    t->when = when;
    t->period = period;
    t->f = f;
    t->arg = arg;
    t->seq = seq;
    rt_addtimer(t);
    return pending;
}

bool rt_timers_pending(void) { return heap.n > 0; }

/* Runs every timer due at `now`, earliest first (a periodic one is
 * re-armed at its next multiple of the period after now, as go1.19's
 * runOneTimer); returns the earliest `when` still pending, or 0. */
int64_t rt_run_timers(int64_t now)
{
    while (heap.n > 0 && heap.t[0]->when <= now) {
        RtTimer *t = heap.t[0];
        if (t->period > 0) {
            int64_t delta = t->when - now;
            t->when += t->period * (1 + -delta / t->period);
            if (t->when < 0)
                t->when = INT64_MAX;
            siftdown(0);
        } else {
            heap_remove(0);
        }
        t->f(t->arg, t->seq);
    }
    return heap.n > 0 ? heap.t[0]->when : 0;
}

void rt_timer_roots(void (*fn)(uintptr_t lo, uintptr_t hi, void *arg), void *arg)
{
    if (heap.n)
        fn((uintptr_t)heap.t, (uintptr_t)(heap.t + heap.n), arg);
}

/* ---- time.Sleep ---- */

static void goroutine_ready(void *arg, uintptr_t seq)
{
    (void)seq;
    rt_goready(arg);
}

void rt_sleep(int64_t ns)
{
    if (ns <= 0)
        return;
    RtG *g = rt_curg;
    RtTimer *t = &g->timer;
    int64_t when = rt_nanotime() + ns;
    if (when < 0)
        when = INT64_MAX;
    rt_modtimer(t, when, 0, goroutine_ready, g, 0);
    rt_gopark(NULL, NULL, RT_WAIT_SLEEP);
}
