/* rt_internal.h — declarations shared between the runtime's own files,
 * and what the standard library in C (lib/, lib/lib.h) builds on.
 * Generated code sees only rt.h; nothing here is part of that contract.
 *
 * Contents
 *   1. size classes      (sizeclasses.c)
 *   2. heap: spans, arenas, statistics   (alloc.c; the collector: gc.h)
 *   3. output: stdout buffer, byte buffers, number formatting   (print.c)
 *   4. values seen from C: interfaces, maps, UTF-8   (iface.c, map.c,
 *      conv.c)
 *   5. panics and fatal errors   (panic.c, signal.c)
 *   6. program start and the goroutine stack   (start.c, stack_amd64.S)
 *   7. goroutines, the scheduler, semaphores, timers   (proc.c, sema.c,
 *      timer.c): what the standard library written in C builds on
 */
#ifndef MINIGO_RT_INTERNAL_H
#define MINIGO_RT_INTERNAL_H

#include "runtime/rt.h"

/* ---- 1. size classes ----------------------------------------------------- */

enum {
    RT_PAGE_SHIFT = 13,
    RT_PAGE_SIZE = 1 << RT_PAGE_SHIFT,      /* 8 KB, Go's runtime page */
    RT_NUM_SIZE_CLASSES = 68,
    RT_MAX_SMALL_SIZE = 32768,              /* larger objects get their own span */
    RT_TINY_SIZE = 16,                      /* go's maxTinySize: pointer-free objects
                                               below it share blocks (alloc.c) */
};

extern const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES];
int rt_size_to_class(uint64_t size);        /* size <= RT_MAX_SMALL_SIZE */
/* rt_size_to_class's tables (built by its first call) */
extern uint8_t rt_size_to_class8[], rt_size_to_class128[];
uint64_t rt_roundupsize(uint64_t size);     /* the size malloc really hands out */

/* ---- 2. heap ------------------------------------------------------------- */

/* Go's maxAlloc on linux/amd64: the largest allocation ever attempted. */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

/* A span: a run of pages holding objects of one size class (or one large
 * object, sizeclass 0), or a run of free pages (state RT_SPAN_FREE).
 * Bit i of allocbits is set when object i is in use; bit i of markbits when
 * the collector marked it this cycle. */
enum { RT_SPAN_DEAD = 0, RT_SPAN_INUSE = 1, RT_SPAN_FREE = 2 };

typedef struct RtSpan {
    uintptr_t start;        /* address of the first page */
    uint64_t npages;
    uint64_t elemsize;      /* bytes per object */
    uint32_t nelems;        /* object slots in the span */
    uint32_t alloccount;    /* slots in use */
    uint32_t freeindex;     /* every slot below it is in use */
    uint64_t alloccache;    /* ~allocbits from freeindex on (bit 0 = slot
                               freeindex), to the end of its 64-slot word */
    uint32_t divmul;        /* 2^32 / elemsize, rounded up: slot = off * divmul >> 32 */
    uint32_t sweepgen;      /* see GcState.sweepgen */
    uint8_t sizeclass;      /* 0 = a large object's span */
    uint8_t state;          /* RT_SPAN_* */
    bool noscan;            /* objects hold no pointers (type NULL or ptrdata 0) */
    bool needzero;          /* free slots may hold old data */
    bool released;          /* a free run whose pages went back to the OS */
    uint64_t *allocbits;
    uint64_t *markbits;
    uint64_t *scanbits;     /* the verifier's "scanned this cycle" (else NULL) */
    uint64_t *checkbits;    /* the verifier's checkmark bits (else NULL) */
    uint64_t *heapbits;     /* small scannable spans: bit w set = word w of the
                               span may hold a pointer (written at allocation) */
    struct RtSpecial *specials; /* finalizers set for its objects, by offset (mfinal.c) */
    const RtType *largetype;/* large scannable span: the element type */
    uint64_t objsize;       /* large span: the bytes asked for */
    struct RtSpan *next, *prev;  /* links in a span list */
    void *list;             /* the list it is on, or NULL */
} RtSpan;

typedef struct RtMemStats {
    uint64_t total_alloc;   /* bytes allocated, ever (object sizes as rounded) */
    uint64_t mallocs;       /* objects allocated, ever */
    uint64_t tiny_allocs;   /* objects put in a tiny block already counted */
    uint64_t frees;         /* objects freed by the sweeper */
    uint64_t heap_alloc;    /* bytes in objects not yet freed */
    uint64_t heap_sys;      /* bytes of address space grown for the heap */
    uint64_t heap_inuse;    /* bytes in spans in use */
    uint64_t heap_released; /* bytes of free pages returned to the OS */
    uint64_t num_spans;     /* spans in use */
    uint64_t meta_sys;      /* bytes of bookkeeping (span records, bitmaps) */
    uint64_t class_mallocs[RT_NUM_SIZE_CLASSES];
    uint64_t class_frees[RT_NUM_SIZE_CLASSES];
} RtMemStats;

extern RtMemStats rt_memstats;
extern uint8_t rt_zerobase[8];      /* what zero-sized allocations point to */

/* The in-use span holding p, or NULL if p is not inside one. */
RtSpan *rt_span_of(const void *p);
/* Every span record ever made, in creation order (for the GC and the
 * tests); records of free page runs (state RT_SPAN_FREE) and unused ones
 * (RT_SPAN_DEAD) included. */
RtSpan *const *rt_all_spans(size_t *n);
bool rt_span_isallocated(const RtSpan *s, uint32_t i);
/* Memory for the runtime's own bookkeeping: zeroed, never freed. */
void *rt_persistent_alloc(size_t size);

/* The collector (gc.c).  It starts switched off, as Go's does until
 * runtime.main calls gcenable: rt_gc_init (rt_start calls it) reads GOGC
 * and GODEBUG and enables it. */
void rt_gc_init(void);
void rt_gc_collect(void);                   /* runtime.GC() */
int32_t rt_gc_setpercent(int32_t percent);  /* debug.SetGCPercent */
int64_t rt_gc_setmemorylimit(int64_t limit);/* debug.SetMemoryLimit */
void rt_gc_free_os_memory(void);            /* debug.FreeOSMemory */
void rt_gc_read_memstats(RtGoMemStats *m);  /* runtime.ReadMemStats */
/* Cycles begun so far, the one marking now included (sync.Pool empties
 * itself at the start of each, as go1.19's poolCleanup). */
uint32_t rt_gc_cycles_begun(void);
/* An extra area scanned conservatively as a root (C code keeping heap
 * pointers in its own statics: the unit tests). */
void rt_gc_add_root(const void *addr, size_t size);
void rt_gc_remove_root(const void *addr);

/* ---- 3. output ----------------------------------------------------------- */

/* A growable byte buffer (memory from libc; runtime-private).  A fixed
 * buffer (p, cap set by the user, fixed true) never reallocates and drops
 * what does not fit: signal handlers use one. */
typedef struct RtBuf {
    char *p;
    size_t len, cap;
    bool fixed;
} RtBuf;

void rt_buf_write(RtBuf *b, const void *p, size_t n);
void rt_buf_puts(RtBuf *b, const char *s);
void rt_buf_putc(RtBuf *b, char c);
void rt_buf_int(RtBuf *b, int64_t v);
void rt_buf_uint(RtBuf *b, uint64_t v);
void rt_buf_hex(RtBuf *b, uint64_t v);           /* 0x1f */
void rt_buf_rtfloat(RtBuf *b, double v);         /* runtime print: +1.500000e+000 */
void rt_buf_free(RtBuf *b);

/* Standard output goes through one buffer, flushed when large, at exit and
 * before any message to standard error. */
void rt_out_write(const void *p, size_t n);
void rt_out_flush(void);
/* Write all of p to fd (retrying on EINTR and short writes). */
void rt_write_fd(int fd, const void *p, size_t n);
/* Flush stdout, then exit with status code. */
_Noreturn void rt_exit(int code);

/* ---- 4. values seen from C ----------------------------------------------- */

/* Pointer-shaped kinds: an interface holds such a value in its data word
 * itself, not a pointer to a box (as Go, and as codegen's cg_is_ptrshaped). */
static inline bool rt_kind_is_direct(uint32_t kind)
{
    return kind == RT_PTR || kind == RT_MAP || kind == RT_CHAN || kind == RT_FUNC ||
           kind == RT_UNSAFEPTR;
}

/* Whether the dynamic type t (NULL: a nil interface) has every method of
 * the interface type iface, as reflect's Implements (iface.c). */
bool rt_implements(const RtType *iface, const RtType *t);
/* Calls the method name (func() string) of the value (t, data word) and
 * stores its result in *out; false when t has no such method. */
bool rt_call_string_method(const RtType *t, void *data, const char *name, RtString *out);

/* Calls fn(arg, keytype, key, valtype, val) for each entry of the map m
 * (NULL: a nil map) of map type mt, in the iterator's order; key and val
 * point into the table (map.c). */
typedef void (*RtMapVisit)(void *arg, const RtType *kt, const void *key, const RtType *vt,
                           const void *val);
void rt_map_foreach(const RtType *mt, void *m, RtMapVisit fn, void *arg);

/* UTF-8 as go1.19's unicode/utf8 decodes it: the rune at p (n > 0 bytes),
 * RuneError (0xFFFD) of width 1 for an invalid or short encoding (conv.c). */
int32_t rt_utf8_decode(const uint8_t *p, int64_t n, int *width);
/* Encodes r (RuneError if it is not a valid scalar value) into p, which
 * has room for 4 bytes; returns the width. */
int rt_utf8_encode(uint8_t *p, int32_t r);

/* ---- 5. panics and fatal errors ------------------------------------------ */

/* panic(runtime error) : "panic: runtime error: " msg (a runtime.errorString). */
_Noreturn void rt_panic_runtime(const char *msg);
/* panic(e) for a runtime error whose Error() is prefix + msg[:n], of one of
 * the runtime's error types (defer.c); the one without "runtime error: "
 * (runtime.plainError: "assignment to entry in nil map"). */
extern const RtType rt_type_boundsError, rt_type_errorString, rt_type_plainError,
    rt_type_TypeAssertionError;
_Noreturn void rt_panic_error(const RtType *t, const char *prefix, const char *msg, size_t n);
/* Error and RuntimeError, the methods of those types (iface.c). */
extern const RtMethod rt_runtime_error_methods[2];
_Noreturn void rt_panic_plain(const char *msg);
bool rt_is_runtime_error(const RtType *t);
/* rt_callgo for C code standing in for a call whose arguments were at
 * callerargs (reflect's method values and MakeFunc functions): when that
 * was the deferred call a panic is running, fn counts as that deferred
 * call, so recover() in fn stops the panic, as go's reflect wrappers are
 * transparent to recover; the results are then not copied back (false). */
bool rt_callgo_for(const void *fn, void *ctx, void *block, uint64_t size, const void *callerargs);
/* Runs the deferred calls; exits with the panic message if none recovers. */
_Noreturn void rt_gopanic(const RtIface *v);
/* Deferred calls for C code that calls Go code (sync.Once.Do): fn(block),
 * a copy of size bytes (a multiple of 8, scanned conservatively), runs if
 * a panic or runtime.Goexit unwinds past the caller; rt_undefer_c drops
 * the newest such record without running it, on the normal path (every
 * deferred call made since has run by then). */
void rt_defer_c(void (*fn)(void *block), const void *block, uint64_t size);
void rt_undefer_c(void);
/* A panic value as Go's printpanicval prints it. */
void rt_print_panic_value(RtBuf *b, const RtIface *v);
/* Which runtime error a fault raises (the signal handler records it, and
 * the fault's details for the "[signal ...]" line, in the G). */
enum { RT_SIGPANIC_MEM, RT_SIGPANIC_DIVIDE, RT_SIGPANIC_OVERFLOW };
void rt_sigpanic_tramp(void);
/* Everything after the message: the running goroutine's header (level
 * 1: and every other goroutine's, as go's fatal prints them; level 2:
 * the runtime's own too, as go's throw prints them), then exit(2)
 * (proc.c). */
_Noreturn void rt_crash(RtBuf *msg, int level);
/* go1.19's throw: "fatal error: msg", every goroutine the runtime's
 * included (rt_throw is go's fatal: the program's goroutines only). */
_Noreturn void rt_throw_runtime(const char *msg);
/* The same, thrown where go1.19 throws on its system stack (g0): its
 * traceback starts with "runtime stack:" and g0's frames. */
_Noreturn void rt_throw_system(const char *msg);
void rt_signals_init(void);

/* ---- 6. start and the goroutine stack ------------------------------------ */

/* The goroutine stack: [rt_stack_lo, rt_stack_hi), with an inaccessible
 * guard region [rt_stack_guard, rt_stack_lo) below it. */
extern uintptr_t rt_stack_guard, rt_stack_lo, rt_stack_hi;
extern uint64_t rt_stack_limit;     /* bytes; Go's default max is 1e9 */

/* Whether p is in the running goroutine's stack. */
bool rt_on_stack(const void *p);
/* Run fn on the stack whose (16-byte aligned) top is stack_top. */
void rt_call_on_stack(void (*fn)(void), void *stack_top);
/* Set up the runtime, run init then mainfn on the goroutine stack, flush
 * stdout, return 0 (what main() returns). */
int rt_start(int argc, char **argv, void (*init)(void), void (*mainfn)(void));

extern int rt_argc;
extern char **rt_argv;

/* ---- 7. goroutines, scheduling, semaphores, timers ------------------------
 *
 * One OS thread runs every goroutine, by go1.19's rules for one P
 * (proc.c's header comment).  C code of the runtime and of lib/ runs on
 * the calling goroutine's stack and is never interrupted by another
 * goroutine: a switch happens only inside the functions below that say
 * they block. */

typedef struct RtG RtG;
RtG *rt_getg(void);                       /* the running goroutine */
int64_t rt_goid(const RtG *g);

/* Go's wait reasons, as goroutine headers print them ("chan receive"). */
typedef enum RtWaitReason {
    RT_WAIT_NONE, RT_WAIT_CHAN_RECV_NIL, RT_WAIT_CHAN_SEND_NIL, RT_WAIT_SELECT,
    RT_WAIT_SELECT_NO_CASES, RT_WAIT_CHAN_RECV, RT_WAIT_CHAN_SEND, RT_WAIT_SEMACQUIRE,
    RT_WAIT_SLEEP, RT_WAIT_SYNC_COND_WAIT, RT_WAIT_PREEMPTED, RT_WAIT_PANICWAIT,
    RT_WAIT_FINALIZER,
} RtWaitReason;
const char *rt_waitreason_string(RtWaitReason r);

/* Block the running goroutine until rt_goready(it); other goroutines run
 * meanwhile.  unlockf, if not NULL, is called with arg once the goroutine
 * is off the processor; if it returns false, the goroutine resumes at once
 * (go1.19's gopark). */
void rt_gopark(bool (*unlockf)(RtG *g, void *arg), void *arg, RtWaitReason reason);
/* Make a parked goroutine runnable: it goes to the runnext slot (the
 * caller keeps running; the previous runnext goes to the run queue's
 * tail), as go1.19's goready. */
void rt_goready(RtG *g);
/* runtime.Gosched: the caller goes to the global run queue. */
void rt_gosched(void);
/* runtime.Goexit: run the deferred calls, then end the goroutine. */
_Noreturn void rt_goexit(void);
/* Start a goroutine running the C function fn(arg) (time.AfterFunc's
 * `go f()` goes through rt_newproc; this is for the runtime's own). */
void rt_newproc_c(void (*fn)(void *arg), void *arg);
int64_t rt_numgoroutine(void);            /* runtime.NumGoroutine */

/* Semaphores keyed by address, as go1.19's sema.go (sync's building
 * block): acquire waits until *addr > 0, then decrements it; release
 * increments it and readies one waiter (FIFO, or LIFO for lifo
 * acquirers); with handoff the waiter is given the count directly and the
 * releaser yields to it. */
void rt_semacquire(uint32_t *addr, bool lifo, RtWaitReason reason);
void rt_semrelease(uint32_t *addr, bool handoff);
/* sync.Cond's notify list (go1.19's notifyList, embedded in sync.Cond:
 * wait, notify, lock, head, tail = 4 + 4 + 8 + 8 + 8 bytes). */
typedef struct RtNotifyList {
    uint32_t wait, notify;
    uintptr_t lock;
    void *head, *tail;
} RtNotifyList;
uint32_t rt_notifylist_add(RtNotifyList *l);
void rt_notifylist_wait(RtNotifyList *l, uint32_t ticket);   /* blocks */
void rt_notifylist_notify_one(RtNotifyList *l);
void rt_notifylist_notify_all(RtNotifyList *l);

/* Timers (go1.19's runtime timers, one heap for the one P).  A timer
 * fires f(arg, seq) on the scheduler, not on a goroutine of its own, at
 * the first scheduling point at or after `when` (monotonic nanoseconds,
 * rt_nanotime); with period > 0 it is re-armed for when + period.  f must
 * not block.  The struct lives in the heap or a frame of the goroutine
 * that owns it (time.Timer embeds one); the runtime keeps it reachable
 * while it is armed. */
typedef struct RtTimer {
    int64_t when, period;
    void (*f)(void *arg, uintptr_t seq);
    void *arg;
    uintptr_t seq;
    uint32_t status;        /* private to timer.c */
    int32_t index;          /* private: its place in the heap, -1 when not armed */
} RtTimer;
int64_t rt_nanotime(void);                /* monotonic clock, ns */
int64_t rt_walltime(void);                /* Unix time, ns */
void rt_addtimer(RtTimer *t);             /* arm (t->index must be -1) */
bool rt_deltimer(RtTimer *t);             /* disarm; whether it was armed */
/* Re-arm with new fields; whether it was armed before. */
bool rt_modtimer(RtTimer *t, int64_t when, int64_t period, void (*f)(void *, uintptr_t),
                 void *arg, uintptr_t seq);
/* time.Sleep(ns): parks with "sleep". */
void rt_sleep(int64_t ns);

#endif
