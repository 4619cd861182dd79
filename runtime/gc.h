/* gc.h — the garbage collector's state and its small inline pieces,
 * shared by alloc.c and the gc_*.c files.  The design is explained once,
 * at the top of gc.c; this header is its table of contents.
 *
 *   1. the collector's state (one global: rt_gc)
 *   2. finding the object an address points into
 *   3. colours: white, grey, black as bits of a span
 *   4. the write barrier: an inline test, one out-of-line slow path
 *   5. entry points between the files
 *        gc.c        cycle control: start, mark termination, runtime.GC,
 *                    triggers, knobs (GOGC, GODEBUG), gctrace
 *        gc_pacer.c  heap goal, trigger, assist ratio, sweep pacing
 *        gc_mark.c   grey queue, shading, scanning, roots, assists
 *        gc_sweep.c  lazy and proportional sweeping
 *        barrier.c   write barrier slow paths, bulk barrier, typed copies
 *        gc_verify.c heap verifier and checkmark
 *        gc_stats.c  runtime.ReadMemStats, runtime.GC, debug.SetGCPercent...
 *        mfinal.c    specials: finalizers (records on spans, the queue, its
 *                    goroutine) and heap profile records
 *        mprof.c     runtime.MemProfile: sampled allocations by stack
 */
#ifndef MINIGO_GC_H
#define MINIGO_GC_H

#include "runtime/rt_internal.h"

/* ---- 1. state ------------------------------------------------------------ */

enum { GC_OFF = 0, GC_MARK = 1 };   /* Go's _GCoff, _GCmark */

enum GcTrigger { GC_TRIGGER_HEAP, GC_TRIGGER_TIME, GC_TRIGGER_USER, GC_TRIGGER_STRESS };

/* Large objects are scanned in pieces ("oblets", as Go calls them) of this
 * many bytes, so that one assist never scans a 100 MB array in one go. */
enum { GC_OBLET = 128 << 10 };

/* Go's defaultHeapMinimum: the heap goal never drops below 4 MB (scaled by
 * GOGC/100). */
#define GC_HEAP_MINIMUM ((uint64_t)4 << 20)

typedef struct GcState {
    int phase;                  /* GC_OFF or GC_MARK */
    bool enabled;               /* rt_gc_init ran: collections may start */
    int32_t gcpercent;          /* GOGC; -1 = off */
    int64_t memory_limit;       /* GOMEMLIMIT; INT64_MAX = none */
    int stress;                 /* GODEBUG=gcstress=N: 0 off, 1 incremental, 2 blocking */
    bool verify;                /* run the heap verifier (gcstress, gccheckmark=1) */
    int gctrace;                /* GODEBUG=gctrace=N */

    /* sweeping: a span is swept for this cycle when its sweepgen equals
     * this; sweepgen - 2 means it still holds last cycle's allocation. */
    uint32_t sweepgen;
    bool sweep_done;            /* every span swept since the last mark termination */
    size_t sweep_cursor;        /* into the list of all span records */
    double sweep_pages_per_byte;
    uint64_t sweep_basis;       /* heap_live when proportional sweeping was paced */
    uint64_t pages_swept;       /* since the pacing */

    /* pacing (gc_pacer.c) */
    uint64_t heap_live;         /* bytes in objects: marked at the last mark
                                   termination plus allocated since */
    uint64_t heap_scan;         /* of which in objects that may hold pointers */
    uint64_t heap_marked;       /* bytes marked by the last cycle */
    uint64_t heap_minimum;      /* 4 MB * GOGC/100 */
    uint64_t goal, trigger;
    uint64_t alloc_slow_at;     /* rt_alloc calls gc_alloc_slow when heap_live
                                   reaches this: the trigger, 0 while marking
                                   or under stress, ~0 when off */
    uint64_t last_stack_scan;   /* bytes of stack scanned by the last cycle */
    uint64_t globals_scan;      /* bytes of pointerful globals */
    double cons_mark;           /* allocation rate / mark rate, last cycle */
    uint64_t runway;

    /* the cycle in progress */
    uint32_t cycle;             /* completed mark terminations (Go's NumGC) */
    enum GcTrigger kind;
    uint64_t marked_bytes;      /* bytes marked so far */
    uint64_t marked_scan;       /* of which in scannable objects */
    uint64_t scan_work;         /* bytes scanned so far */
    uint64_t scan_expected;     /* the work this cycle is expected to need */
    double assist_per_byte;     /* scan work owed per byte allocated */
    int64_t assist_debt;        /* scan work owed by the mutator (negative: credit) */
    uint64_t heap0, heap1;      /* gctrace: heap_live at start, at mark termination */
    uint64_t last_goal;         /* the goal the cycle worked to (Go's lastHeapGoal) */
    uint64_t triggered;         /* heap_live when the cycle started */
    int64_t t_sweepterm, t_mark, t_markterm, t_end;   /* ns since runtime init */
    int64_t assist_ns;          /* marking done by allocation assists */
    int64_t idle_ns;            /* marking done while the program waits (the
                                   drain of runtime.GC): Go's idle workers */
    int64_t stack_scanned;      /* bytes of stack scanned at the cycle's start */

    /* totals */
    int64_t init_ns;            /* monotonic clock at rt_gc_init */
    int64_t total_gc_ns;        /* CPU (= wall: one thread) spent in the GC */
    int64_t last_gc_mono;       /* monotonic ns of the last mark termination; 0 = none */
    uint64_t last_gc_unix;
    uint64_t pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_forced;
    double cpu_fraction;
    uint64_t max_stack;         /* largest stack in use seen at a scan */
    bool no_stack;              /* tests: the roots are the globals and the
                                   registered areas only, not the C stack */
    bool manual;                /* tests: while marking, allocation only colours
                                   black; the test drives marking itself */
    uintptr_t pin;              /* an object kept as a root (the one being
                                   allocated, when a stress cycle runs) */
} GcState;

extern GcState rt_gc;
extern int64_t rt_gc_clock_offset;              /* tests: move the clock on */

/* ---- 2. objects -----------------------------------------------------------
 * The arena index (alloc.c) maps any address to the span owning its page
 * in two loads.  An address "points into an object" when it falls in an
 * in-use span, inside one of its slots, and that slot is allocated:
 * interior pointers count, as Go's findObject allows. */

enum {
    RT_ARENA_SHIFT = 26,                        /* 64 MB arenas */
    RT_PAGES_PER_ARENA = 1 << (RT_ARENA_SHIFT - RT_PAGE_SHIFT),
    RT_ADDR_BITS = 48,
};

typedef struct RtArena {
    RtSpan *spans[RT_PAGES_PER_ARENA];  /* owner of each page (may be stale
                                           for a free page: check the range) */
} RtArena;

extern RtArena **rt_arena_index;        /* NULL until the first allocation */

static inline RtSpan *gc_span_lookup(uintptr_t a)
{
    if (!rt_arena_index || a >> RT_ADDR_BITS)
        return NULL;
    RtArena *ar = rt_arena_index[a >> RT_ARENA_SHIFT];
    if (!ar)
        return NULL;
    RtSpan *s = ar->spans[(a >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)];
    if (!s || a < s->start || a - s->start >= s->npages << RT_PAGE_SHIFT)
        return NULL;
    return s;
}

static inline bool gc_bit(const uint64_t *bits, uint32_t i)
{
    return (bits[i / 64] >> (i % 64)) & 1;
}

static inline void gc_setbit(uint64_t *bits, uint32_t i)
{
    bits[i / 64] |= (uint64_t)1 << (i % 64);
}

/* The index of the slot of s holding address a (a inside s): Go's divMul
 * trick, exact for every offset inside a span. */
static inline uint32_t gc_slot_of(const RtSpan *s, uintptr_t a)
{
    return (uint32_t)(((uint64_t)(a - s->start) * s->divmul) >> 32);
}

/* The span and slot of the allocated object a points into, or NULL. */
static inline RtSpan *gc_find_object(uintptr_t a, uint32_t *slot)
{
    RtSpan *s = gc_span_lookup(a);
    if (!s || s->state != RT_SPAN_INUSE)
        return NULL;
    uint32_t i = gc_slot_of(s, a);
    if (i >= s->nelems || !gc_bit(s->allocbits, i))
        return NULL;
    *slot = i;
    return s;
}

/* ---- 3. colours -----------------------------------------------------------
 * white: not marked.  grey: marked, and its address (or, for a large
 * object, the address of each of its oblets still to scan) is on the mark
 * queue.  black: marked and scanned.  Pointer-free objects go from white to
 * black directly.  Objects allocated during marking are black.  Only the
 * mark bit is kept normally; the verifier also records which objects were
 * scanned (scanbits), so that grey and black can be told apart. */

static inline bool gc_is_marked(const RtSpan *s, uint32_t i) { return gc_bit(s->markbits, i); }
static inline bool gc_is_white(const RtSpan *s, uint32_t i) { return !gc_is_marked(s, i); }
/* Only meaningful with rt_gc.verify (scanbits kept). */
static inline bool gc_is_black(const RtSpan *s, uint32_t i)
{
    return gc_is_marked(s, i) && (s->noscan || (s->scanbits && gc_bit(s->scanbits, i)));
}
static inline bool gc_is_grey(const RtSpan *s, uint32_t i)
{
    return gc_is_marked(s, i) && !gc_is_black(s, i);
}

/* ---- 4. the write barrier -------------------------------------------------
 * Go's hybrid barrier: before a pointer slot is overwritten, shade the
 * pointer it held (Yuasa, deletion) and the pointer written (Dijkstra,
 * insertion).  rt_gc_wbenabled (rt.h) is set only while marking; generated
 * code tests it inline, C code uses these. */

void gc_wb_slow(void **slot, void *newval);     /* barrier.c */

static inline void gc_write_ptr(void **slot, void *newval)
{
    if (rt_gc_wbenabled)
        gc_wb_slow(slot, newval);
    *slot = newval;
}

/* ---- 5. between the files -------------------------------------------------- */

int64_t gc_nanotime(void);                      /* monotonic ns */

/* gc.c */
void gc_start(enum GcTrigger kind);
void rt_gc_collect_kind(enum GcTrigger kind);   /* a whole blocking cycle */
void gc_mark_termination(void);
void gc_alloc_slow(RtSpan *s, uint32_t slot, uint64_t size);
void gc_check_time(void);                       /* the 2-minute forced collection */
/* alloc.c calls this when it takes a new span (an allocation "slow path") */
void gc_on_refill(void);

/* gc_pacer.c */
void gc_pacer_commit(void);                     /* goal and trigger from heap_marked */
void gc_pacer_start_cycle(void);                /* assist ratio for a new cycle */
void gc_pacer_revise(void);                     /* assist ratio as the cycle goes */
void gc_pacer_end_cycle(void);                  /* cons/mark, runway */
void gc_set_alloc_slow_at(void);
uint64_t gc_heap_goal(void);                    /* NextGC */
void gc_pacer_retrigger(void);                  /* a memory limit is set */

/* gc_mark.c */
void gc_shade(uintptr_t p);
void gc_mark_roots(void);                       /* globals, extra roots, the stack */
bool gc_queue_empty(void);
/* Scans grey objects until `budget` bytes were scanned or none are left;
 * returns the bytes scanned. */
uint64_t gc_drain(uint64_t budget);
void gc_assist(void);
void gc_mark_new_object(RtSpan *s, uint32_t slot);
/* The queue, for the verifier: each entry an object (or oblet) address. */
const uintptr_t *gc_queue_entries(size_t *n);
/* Calls fn on every candidate pointer word of the roots: the globals and
 * the extra roots (stack false), or the stack and registers (stack true). */
void gc_scan_roots(void (*fn)(uintptr_t word, void *arg), void *arg, bool stack);
/* Calls fn on every word of the object in slot i of s that may hold a
 * pointer (its heap bits, or its large type's mask). */
void gc_object_words(RtSpan *s, uint32_t i, void (*fn)(uintptr_t word, void *arg), void *arg);
/* Word walks for typed memory: fn on each pointer word of `size` bytes at
 * p laid out as an array of t (t's gcmask; without one, every word of
 * t's pointer prefix). */
void gc_typed_words(const void *p, uint64_t size, const RtType *t,
                    void (*fn)(uintptr_t *slot, void *arg), void *arg);

/* gc_sweep.c */
bool gc_sweep_one(void);                        /* false when nothing was left */
void gc_sweep_span(RtSpan *s);
void gc_finish_sweep(void);
void gc_sweep_proportional(void);
void gc_sweep_reclaim(uint64_t npages);         /* before a large allocation */
void gc_sweep_start(void);                      /* at mark termination */
void gc_sweep_pace(void);                       /* then, once the trigger is known */

/* gc_stats.c */
void gc_print_trace(void);
uint64_t gc_sys_bytes(void);                    /* MemStats.Sys */

/* mfinal.c: at the roots, what objects with finalizers reach and the
 * queued finalizers; in a span's sweep, before its unmarked objects are
 * freed, those with finalizers kept and their finalizers queued, the
 * others' profile records counted as freed */
void gc_fin_mark_roots(void);
void gc_fin_sweep(RtSpan *s);
bool rt_fin_pending(void);                      /* finalizers are queued */

/* mprof.c, linked only into programs that use runtime.MemProfile (the
 * runtime calls it through these weak references): sampling, the
 * profile's cycles (rt_mprof_next_cycle at mark termination, before the
 * sweep; rt_mprof_post_sweep when runtime.GC has swept everything) */
extern int64_t rt_mem_profile_rate __asm__("runtime.MemProfileRate");
struct RtBucket;
uint64_t rt_mprof_next_sample(void) __attribute__((weak));
void rt_mprof_malloc(void *p, uint64_t size, uintptr_t fp) __attribute__((weak));
void rt_mprof_free(struct RtBucket *b, uint64_t size) __attribute__((weak));
void rt_mprof_next_cycle(void) __attribute__((weak));
void rt_mprof_post_sweep(void) __attribute__((weak));
/* mfinal.c: the profile record of a sampled object (its bucket) */
void gc_special_add_profile(void *p, struct RtBucket *b);

/* alloc.c: the tiny allocator's current block (shaded at a cycle's
 * start), dropped at mark termination */
uintptr_t rt_heap_tiny_block(void);
void rt_heap_tiny_reset(void);

/* gc_verify.c */
void gc_verify_heap(const char *when);          /* colours and the queue */
void gc_checkmark(void);                        /* everything reachable is marked */

/* alloc.c: the heap as the collector sees it */
RtSpan *rt_heap_pop_unswept(int spc);
void rt_heap_after_sweep(RtSpan *s, bool keep);
void rt_heap_rebuild_lists(void);
bool rt_heap_is_current(const RtSpan *s);
uint64_t rt_heap_pages_inuse(void);
uint64_t *rt_bits_alloc(size_t nwords);
void rt_span_reset_freeindex(RtSpan *s);        /* after a sweep */
void rt_heap_release_free(void);                /* free pages back to the OS */

/* the stack_amd64.S helper: pushes the callee-saved registers, then calls
 * fn(sp, arg) with sp the lowest address holding them */
void rt_gc_with_regs(void (*fn)(uintptr_t sp, void *arg), void *arg);

#endif
