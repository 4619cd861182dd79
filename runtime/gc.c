/* gc.c — the garbage collector: a tri-color mark-sweep collector whose
 * marking is incremental, paced by allocation, and whose sweeping is lazy;
 * observable through Go's own knobs (GOGC, runtime.GC, debug.SetGCPercent,
 * GODEBUG=gctrace=1, runtime.ReadMemStats).
 *
 * ---- Colours -------------------------------------------------------------
 *
 * Every heap object is white, grey or black (gc.h).  White: not yet found
 * reachable this cycle.  Grey: found (its mark bit is set), its contents
 * not yet scanned; its address is on the mark queue.  Black: marked and
 * scanned (pointer-free objects are black as soon as they are marked).  A
 * cycle starts with every object white, greys the roots, then repeatedly
 * scans a grey object, shading (white -> grey) everything it points to,
 * until no grey object is left.  Whatever is still white then is garbage.
 *
 * ---- Phases of a cycle (Go's numbering, one goroutine, one P) -----------
 *
 *   off (sweeping).  Between cycles.  The write barrier is off.  The
 *       allocator sweeps spans lazily (gc_sweep.c) and counts every byte
 *       it hands out in heap_live.  When heap_live reaches the trigger
 *       (gc_pacer.c), the allocation that crossed it starts a cycle.
 *
 *   1. sweep termination (a pause).  Finish sweeping the spans the last
 *       cycle left unswept, so that every span's allocation bits are
 *       current and its mark bits clear.
 *
 *   2. mark (incremental).  Turn the write barrier on; shade the roots:
 *       the globals (precisely, from the table codegen emits), the
 *       goroutine stack and the registers (conservatively), in one go —
 *       this is part of the pause.  Then return to the program.  From now
 *       on, every allocation (a) colours its new object black, and (b)
 *       pays for its bytes in scan work: the pacer sets how many bytes of
 *       grey objects must be scanned per byte allocated so that marking
 *       ends as the heap reaches its goal (an "assist"; with no background
 *       worker, all marking is done this way).  When an assist finds the
 *       queue empty, marking is complete.
 *
 *   3. mark termination (a pause).  Turn the barrier off; the bytes marked
 *       become heap_marked, the base of the next heap goal; the pacer sets
 *       the next trigger; the sweep generation advances, which makes every
 *       span unswept; the allocator's current spans are swept at once, the
 *       rest lazily, paced so that all are swept before the next trigger.
 *
 *   runtime.GC() finishes a cycle in progress, runs one whole cycle
 *   (marking without waiting for allocation), and sweeps everything
 *   before it returns.
 *
 * ---- The invariant, and the barrier that keeps it ------------------------
 *
 * Marking is interleaved with the program, which keeps moving pointers
 * around; the danger is that the program hides a white object behind a
 * black one (stores it into a black object and removes every other path
 * to it), so the collector never sees it.  Two invariants rule that out:
 *
 *   strong:  no black object points to a white object;
 *   weak:    every white object pointed to by a black object is reachable
 *            from some grey object through white objects.
 *
 * The barrier is Go's hybrid barrier (mbarrier.go): a store *slot = ptr
 * into the heap or a global, while marking, first shades the old *slot
 * (Yuasa's deletion barrier) and ptr (Dijkstra's insertion barrier).
 * Stores into stack frames have no barrier.  Why that is enough:
 *
 *   - The stack is scanned once, atomically, when the cycle starts (the
 *     program is not running then).  Together with the deletion half this
 *     makes the collection "snapshot at the beginning": every object
 *     reachable at the start is marked, because the only way to remove a
 *     heap or global edge is a barriered store, which shades the old
 *     target, and every object reachable from the stack was shaded by the
 *     stack scan.  Pointers the program later copies into its stack come
 *     from objects that were reachable at the start (and so will be
 *     marked) or from new allocations (black).  So the stack needs no
 *     barrier and no rescan at mark termination: when the queue is empty,
 *     nothing reachable is white.
 *   - The insertion half keeps the strong invariant for the heap: a black
 *     object (say, one allocated during marking) never gets a pointer to a
 *     white one, because the stored pointer is shaded first.  That is what
 *     the verifier checks (gc_verify.c).
 *   - Objects allocated during marking are black, and zeroed: they cannot
 *     point to white objects when made, and stores into them are
 *     barriered.
 *   - Copies of pointerful memory made by the runtime (growslice, append
 *     of a slice) shade every old and new pointer word first
 *     (barrier.c), exactly as the barriered stores they stand for.
 *
 * Hence nothing reachable is freed.  Conversely an object unreachable at
 * the start of cycle N stays white in N (nothing can reach it to shade it)
 * and is freed by N's sweep; an object dropped during N survives N (it was
 * in the snapshot, or allocated black) and is freed by N+1: nothing
 * unreachable survives two full cycles.  "Reachable" is from the roots; a
 * stale word on the stack that happens to point into an object counts, as
 * with any conservative stack scan.
 *
 * ---- Knobs (as go1.19) ------------------------------------------------------
 *
 *   GOGC=N | off           the initial GC percent (default 100);
 *   GOMEMLIMIT=N[KiB|MiB..] and debug.SetMemoryLimit: go1.19's soft memory
 *                          limit, a second heap goal (gc_pacer.c);
 *   debug.SetGCPercent(n)  changes it, returns the old one; n < 0 is off;
 *   runtime.GC()           a full blocking cycle, counted in NumForcedGC;
 *   forced cycle           when a cycle ran before but none in 2 minutes
 *                          (Go's forcegcperiod; checked when the allocator
 *                          takes a span, since there is no sysmon thread);
 *   GODEBUG=gctrace=1      one line per cycle on standard error, in
 *                          go1.19's format (gc_stats.c);
 *   GODEBUG=gccheckmark=1  verify each cycle (gc_verify.c);
 *   GODEBUG=gcstress=1     minigo's stress mode: every allocation is a GC
 *                          step — it starts a cycle if none runs, else
 *                          scans 256 bytes of grey objects — and the heap
 *                          verifier runs after every step, and at every
 *                          mark termination with a checkmark;
 *                          gcstress=2: every allocation runs a whole
 *                          blocking cycle, verified.  (MINIGO_GCSTRESS=N
 *                          is the same switch.)  Once the heap holds more
 *                          than 512 objects, verifications (1) or cycles
 *                          (2) come every live/512 allocations (stacks
 *                          counting as objects too), so that the
 *                          cost per allocation stays bounded.  Stress
 *                          respects GOGC=off and SetGCPercent(-1).
 *
 * Objects allocated with a NULL type are pointer-free and never scanned
 * (strings' bytes); a type whose descriptor has ptrdata but no gcmask
 * (hand-made in the unit tests) has every word of its pointer prefix
 * scanned (each checked against the heap, so it is safe).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/gc.h"
#include "runtime/proc.h"

GcState rt_gc = {
    .gcpercent = -1,
    .memory_limit = INT64_MAX,
    .alloc_slow_at = UINT64_MAX,
    .sweep_done = true,
    .triggered = UINT64_MAX,
};

static const int64_t FORCEGC_PERIOD = (int64_t)2 * 60 * 1000000000;

/* Tests may move the clock forward (to see the 2-minute forced cycle). */
int64_t rt_gc_clock_offset;

int64_t gc_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec + rt_gc_clock_offset;
}

static uint64_t unix_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000 + (uint64_t)ts.tv_nsec;
}

/* ---- knobs ---- */

/* Go's atoi32 of the whole string: an optional '-', then digits. */
static bool parse_int32(const char *s, int32_t *out)
{
    if (!s || !*s)
        return false;
    bool neg = *s == '-';
    if (neg)
        s++;
    if (!*s)
        return false;
    int64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        v = v * 10 + (*s - '0');
        if (v > INT32_MAX + (int64_t)neg)
            return false;
    }
    *out = (int32_t)(neg ? -v : v);
    return true;
}

static int32_t read_gogc(void)
{
    const char *p = getenv("GOGC");
    int32_t n;
    if (p && strcmp(p, "off") == 0)
        return -1;
    if (parse_int32(p, &n))
        return n;
    return 100;
}

/* Go's parseByteCount: digits, optionally followed by B, KiB, MiB, GiB
 * or TiB. */
static bool parse_byte_count(const char *s, int64_t *out)
{
    size_t n = strlen(s);
    if (n == 0)
        return false;
    int shift = 0;
    if (s[n - 1] == 'B') {
        n--;
        if (n >= 3 && s[n - 1] == 'i') {
            const char *units = "KMGT";
            const char *u = strchr(units, s[n - 2]);
            if (!u || !*u)
                return false;
            shift = 10 * (int)(u - units + 1);
            n -= 2;
        }
    }
    if (n == 0)
        return false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (uint64_t)(s[i] - '0');
        if (v > (uint64_t)INT64_MAX)
            return false;
    }
    if (shift && v > ((uint64_t)INT64_MAX >> shift))
        return false;
    *out = (int64_t)(v << shift);
    return true;
}

static int64_t read_gomemlimit(void)
{
    const char *p = getenv("GOMEMLIMIT");
    int64_t n;
    if (!p || !*p || strcmp(p, "off") == 0)
        return INT64_MAX;
    if (!parse_byte_count(p, &n)) {
        RtBuf b = {0};
        rt_buf_puts(&b, "GOMEMLIMIT=");
        rt_buf_puts(&b, p);
        rt_buf_putc(&b, '\n');
        rt_write_fd(2, b.p, b.len);
        rt_throw("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
    }
    return n;
}

static void read_godebug(void)
{
    const char *p = getenv("GODEBUG");
    while (p && *p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char item[64];
        if (len < sizeof item) {
            memcpy(item, p, len);
            item[len] = 0;
            char *eq = strchr(item, '=');
            int32_t v;
            if (eq && parse_int32(eq + 1, &v)) {
                *eq = 0;
                if (strcmp(item, "gctrace") == 0)
                    rt_gc.gctrace = v;
                else if (strcmp(item, "gcstress") == 0)
                    rt_gc.stress = v;
                else if (strcmp(item, "gccheckmark") == 0)
                    rt_gc.verify = v != 0;
            }
        }
        p = end ? end + 1 : NULL;
    }
    const char *m = getenv("MINIGO_GCSTRESS");     /* the same switch, by another name */
    int32_t v;
    if (m && parse_int32(m, &v))
        rt_gc.stress = v;
    if (rt_gc.stress)
        rt_gc.verify = true;
}

static void set_percent(int32_t in)
{
    if (in < 0)
        in = -1;
    rt_gc.gcpercent = in;
    rt_gc.heap_minimum = in < 0 ? UINT64_MAX : GC_HEAP_MINIMUM * (uint64_t)in / 100;
}

void rt_gc_init(void)
{
    if (rt_gc.enabled)
        return;
    rt_gc.init_ns = gc_nanotime();
    read_godebug();
    set_percent(read_gogc());
    rt_gc.memory_limit = read_gomemlimit();
    rt_gc.enabled = true;
    gc_pacer_commit();
}

/* ---- the cycle ---- */

static void ensure_scanbits(void)
{
    size_t n;
    RtSpan *const *all = rt_all_spans(&n);
    for (size_t i = 0; i < n; i++) {
        RtSpan *s = all[i];
        if (s->state == RT_SPAN_INUSE && !s->scanbits)
            s->scanbits = rt_bits_alloc((s->nelems + 63) / 64);
    }
}

void gc_start(enum GcTrigger kind)
{
    if (rt_gc.phase != GC_OFF)
        return;
    int64_t t0 = gc_nanotime();
    /* go1.19 starts its mark worker goroutine at its first cycle; the
     * cycles of minigo's stress mode are not go1.19's (goroutine ids stay
     * as the unstressed program's) */
    if (kind != GC_TRIGGER_STRESS)
        rt_proc_gc_started();
    gc_finish_sweep();                  /* 1. sweep termination */

    rt_gc.phase = GC_MARK;              /* 2. mark */
    rt_gc_wbenabled = 1;
    rt_gc.kind = kind;
    rt_gc.t_sweepterm = t0;
    rt_gc.heap0 = rt_gc.heap_live;
    rt_gc.marked_bytes = rt_gc.marked_scan = rt_gc.scan_work = 0;
    rt_gc.assist_ns = rt_gc.idle_ns = 0;
    if (rt_gc.verify)
        ensure_scanbits();
    gc_pacer_start_cycle();
    gc_mark_roots();
    rt_gc.t_mark = gc_nanotime();
    gc_set_alloc_slow_at();
    if (rt_gc.verify)
        gc_verify_heap("after the roots");
}

void gc_mark_termination(void)
{
    if (rt_gc.phase != GC_MARK)
        return;
    rt_gc.t_markterm = gc_nanotime();   /* 3. mark termination */
    if (!gc_queue_empty())
        rt_throw("runtime: mark termination with grey objects");
    if (rt_gc.verify) {
        gc_verify_heap("at mark termination");
        gc_checkmark();
    }
    rt_gc.phase = GC_OFF;
    rt_gc_wbenabled = 0;
    rt_gc.heap1 = rt_gc.heap_live;
    rt_gc.last_goal = gc_heap_goal();   /* Go's lastHeapGoal */
    gc_pacer_end_cycle();
    rt_gc.heap_marked = rt_gc.marked_bytes;
    rt_gc.heap_live = rt_gc.marked_bytes;
    rt_gc.heap_scan = rt_gc.marked_scan;
    rt_gc.last_stack_scan = (uint64_t)rt_gc.stack_scanned;
    rt_gc.triggered = UINT64_MAX;
    rt_heap_tiny_reset();               /* go's mcache releaseAll */
    if (rt_mprof_next_cycle)
        rt_mprof_next_cycle();          /* before the sweep counts frees */
    gc_sweep_start();
    gc_pacer_commit();
    gc_sweep_pace();
    rt_release_stacks();                /* cached free goroutine stacks' pages */

    int64_t now = gc_nanotime();
    rt_gc.t_end = now;
    uint64_t pause = (uint64_t)((rt_gc.t_mark - rt_gc.t_sweepterm) + (now - rt_gc.t_markterm));
    uint64_t unow = unix_nanotime();
    rt_gc.last_gc_mono = now;
    rt_gc.last_gc_unix = unow;
    rt_gc.pause_ns[rt_gc.cycle % 256] = pause;
    rt_gc.pause_end[rt_gc.cycle % 256] = unow;
    rt_gc.pause_total_ns += pause;
    /* as Go, idle marking is "free": not in the utilization */
    rt_gc.total_gc_ns += (int64_t)pause + rt_gc.assist_ns;
    int64_t elapsed = now - rt_gc.init_ns;
    rt_gc.cpu_fraction = elapsed > 0 ? (double)rt_gc.total_gc_ns / (double)elapsed : 0;
    if (rt_gc.kind == GC_TRIGGER_USER)
        rt_gc.num_forced++;
    rt_gc.cycle++;
    if (rt_gc.gctrace > 0)
        gc_print_trace();
}

/* Under stress: is it time for the expensive part (a verification, or a
 * whole cycle)?  Every allocation while the heap is small, then every
 * live/512 allocations, where the stacks the last cycle scanned count as
 * live too (a 64-byte object per 64 bytes: 100,000 parked goroutines make
 * a cycle as dear as millions of objects). */
static bool stress_due(void)
{
    static uint64_t since;
    uint64_t live = rt_memstats.mallocs - rt_memstats.frees + rt_gc.last_stack_scan / 64;
    uint64_t period = live / 512 + 1;
    if (++since < period)
        return false;
    since = 0;
    return true;
}

/* The allocation that made heap_live reach alloc_slow_at. */
void gc_alloc_slow(RtSpan *s, uint32_t slot, uint64_t size)
{
    if (!rt_gc.enabled)
        return;
    bool stress = rt_gc.stress && rt_gc.gcpercent >= 0;
    if (stress && rt_gc.stress == 2) {
        if (rt_gc.phase == GC_MARK)
            gc_mark_new_object(s, slot);
        if (stress_due()) {
            rt_gc.pin = s->start + (uintptr_t)slot * s->elemsize;
            rt_gc_collect_kind(GC_TRIGGER_STRESS);
            rt_gc.pin = 0;
        }
        return;
    }
    if (rt_gc.phase == GC_MARK) {
        gc_mark_new_object(s, slot);
        if (rt_gc.manual)
            return;
        if (stress) {
            gc_drain(256);
            if (stress_due())
                gc_verify_heap("during marking");
            if (gc_queue_empty())
                gc_mark_termination();
            return;
        }
        rt_gc.assist_debt += (int64_t)((double)s->elemsize * rt_gc.assist_per_byte) + 1;
        gc_assist();
        return;
    }
    if (stress || rt_gc.heap_live >= rt_gc.trigger) {
        gc_start(stress ? GC_TRIGGER_STRESS : GC_TRIGGER_HEAP);
        gc_mark_new_object(s, slot);
    }
}

/* Each span refill and large allocation: sweep in proportion, and check
 * the clock for the forced cycle. */
void gc_on_refill(void)
{
    gc_sweep_proportional();
    gc_pacer_retrigger();
    gc_check_time();
}

void gc_check_time(void)
{
    if (!rt_gc.enabled || rt_gc.phase != GC_OFF || rt_gc.gcpercent < 0 || !rt_gc.last_gc_mono)
        return;
    if (gc_nanotime() - rt_gc.last_gc_mono <= FORCEGC_PERIOD)
        return;
    if (rt_gc.gctrace > 0) {
        rt_out_flush();
        rt_write_fd(2, "GC forced\n", 10);
    }
    gc_start(GC_TRIGGER_TIME);
}

/* Finish the cycle in progress without waiting for allocation. */
static void finish_marking(void)
{
    if (rt_gc.phase != GC_MARK)
        return;
    int64_t t0 = gc_nanotime();
    gc_drain(UINT64_MAX);
    rt_gc.idle_ns += gc_nanotime() - t0;
    gc_mark_termination();
}

void rt_gc_collect_kind(enum GcTrigger kind)
{
    finish_marking();
    gc_finish_sweep();
    gc_start(kind);
    finish_marking();
    gc_finish_sweep();
}

void rt_gc_collect(void)
{
    rt_gc_collect_kind(GC_TRIGGER_USER);
    if (rt_mprof_post_sweep)
        rt_mprof_post_sweep();
}

uint32_t rt_gc_cycles_begun(void)
{
    return rt_gc.cycle + (rt_gc.phase == GC_MARK);
}

void rt_gc_free_os_memory(void)
{
    rt_gc_collect();
    rt_heap_release_free();
}

int64_t rt_gc_setmemorylimit(int64_t limit)
{
    int64_t old = rt_gc.memory_limit;
    if (limit >= 0) {
        rt_gc.memory_limit = limit;
        gc_pacer_commit();
    }
    return old;
}

int32_t rt_gc_setpercent(int32_t percent)
{
    int32_t old = rt_gc.gcpercent;
    set_percent(percent);
    gc_pacer_commit();
    if (percent < 0)
        finish_marking();       /* return with no cycle running, as Go */
    return old;
}
