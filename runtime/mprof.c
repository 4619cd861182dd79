/* mprof.c — the heap profile: runtime.MemProfileRate, runtime.MemProfile
 * and MemProfileRecord's methods, as go1.19's mprof.go.
 *
 * The allocator (alloc.c) samples allocations: with MemProfileRate 1
 * every one, else one every MemProfileRate bytes on average, the
 * distances drawn from an exponential distribution (go's fastexprand).
 * A sampled object counts in the bucket of its size and allocation stack,
 * and gets a profile record among its span's specials (mfinal.c); the
 * sweep that frees it counts the free in the same bucket.
 *
 * Counts become visible as go publishes them, so that the profile is "as
 * of the most recently completed garbage collection": each bucket has an
 * active record and three future ones indexed by the profiling cycle C
 * (advanced at each mark termination).  An allocation counts in C+2, a
 * free in C+1; mark termination advances C and flushes record C into the
 * active one; runtime.GC, its sweep done, flushes C+1 too.  MemProfile
 * reports the active records, or, when they are all empty (no collection
 * yet), everything.
 *
 * The stack: the return addresses found by walking the frame pointers of
 * the Go frames above the allocation (every Go function keeps %rbp), at
 * most 32; minigo cannot name them (it has no runtime.Callers nor
 * FuncForPC), so a record's Stack() holds bare PCs.
 *
 * This file is linked only into programs that refer to runtime.MemProfile
 * (its records): alloc.c calls it through weak references, as go1.19's
 * linker sets disableMemoryProfiling when MemProfile is unreachable.
 */
#include <math.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/proc.h"

enum { MAX_STACK = 32, NBUCKETS = 1 << 12, NFUTURE = 3 };

typedef struct MemCycle {
    int64_t allocs, frees, alloc_bytes, free_bytes;
} MemCycle;

struct RtBucket {
    struct RtBucket *next;      /* hash chain */
    struct RtBucket *allnext;   /* every bucket, newest first (go's mbuckets) */
    uint64_t hash, size;
    int nstk;
    uintptr_t stk[MAX_STACK];
    MemCycle active, future[NFUTURE];
};

typedef struct ProfState {
    struct RtBucket *table[NBUCKETS];
    struct RtBucket *all;
    uint32_t cycle;             /* go's mProfCycle */
    uint64_t rand;              /* the sampler's generator state */
} ProfState;

static ProfState prof;

/* ---- sampling ---- */

static uint32_t fastrand(void)
{
    /* xorshift64*, seeded from the clock */
    if (!prof.rand)
        prof.rand = (uint64_t)rt_nanotime() | 1;
    prof.rand ^= prof.rand >> 12;
    prof.rand ^= prof.rand << 25;
    prof.rand ^= prof.rand >> 27;
    return (uint32_t)((prof.rand * 0x2545F4914F6CDD1DULL) >> 32);
}

/* go1.19's nextSample: bytes until the next sample, exponentially
 * distributed with mean MemProfileRate (0 when every allocation is). */
uint64_t rt_mprof_next_sample(void)
{
    int64_t mean = rt_mem_profile_rate;
    if (mean == 1)
        return 0;
    if (mean > 0x7000000)
        mean = 0x7000000;
    if (mean <= 0)
        return 0;
    enum { RANDOM_BITS = 26 };
    uint32_t q = (uint32_t)(((uint64_t)fastrand() * (1u << RANDOM_BITS)) >> 32) + 1;
    double qlog = log2((double)q) - RANDOM_BITS;
    if (qlog > 0)
        qlog = 0;
    const double minus_log2 = -0.6931471805599453;
    return (uint64_t)(int32_t)(qlog * (minus_log2 * (double)mean)) + 1;
}

/* The Go frames' return addresses, from the frame pointer fp of the C
 * function that was called by Go code (or by C code called from it):
 * each frame holds the caller's %rbp at 0(fp) and the return address at
 * 8(fp).  Only frames inside the running goroutine's stack, going up,
 * count: C frames without a frame pointer end the walk. */
static int walk_stack(uintptr_t fp, uintptr_t *stk, int max)
{
    RtG *g = rt_getg();
    uintptr_t lo = g->stack_lo, hi = g->stack_hi;
    int n = 0;
    while (n < max && fp >= lo && fp + 16 <= hi && (fp & 7) == 0) {
        uintptr_t ret = ((const uintptr_t *)fp)[1];
        uintptr_t next = ((const uintptr_t *)fp)[0];
        if (!ret)
            break;
        stk[n++] = ret;
        if (next <= fp)
            break;
        fp = next;
    }
    return n;
}

static struct RtBucket *stkbucket(uint64_t size, const uintptr_t *stk, int nstk)
{
    uint64_t h = 14695981039346656037ULL;
    for (int i = 0; i < nstk; i++)
        h = (h ^ stk[i]) * 1099511628211ULL;
    h = (h ^ size) * 1099511628211ULL;
    struct RtBucket **slot = &prof.table[h & (NBUCKETS - 1)];
    for (struct RtBucket *b = *slot; b; b = b->next)
        if (b->hash == h && b->size == size && b->nstk == nstk &&
            memcmp(b->stk, stk, sizeof *stk * (size_t)nstk) == 0)
            return b;
    struct RtBucket *b = rt_persistent_alloc(sizeof *b);
    memset(b, 0, sizeof *b);
    b->hash = h;
    b->size = size;
    b->nstk = nstk;
    memcpy(b->stk, stk, sizeof *stk * (size_t)nstk);
    b->next = *slot;
    *slot = b;
    b->allnext = prof.all;
    prof.all = b;
    return b;
}

/* go's mProf_Malloc: p was allocated (size bytes, as rounded); fp is
 * rt_alloc's frame pointer. */
void rt_mprof_malloc(void *p, uint64_t size, uintptr_t fp)
{
    uintptr_t stk[MAX_STACK];
    int nstk = walk_stack(fp, stk, MAX_STACK);
    struct RtBucket *b = stkbucket(size, stk, nstk);
    MemCycle *c = &b->future[(prof.cycle + 2) % NFUTURE];
    c->allocs++;
    c->alloc_bytes += (int64_t)size;
    gc_special_add_profile(p, b);
}

/* go's mProf_Free: the sweep freed an object of bucket b. */
void rt_mprof_free(struct RtBucket *b, uint64_t size)
{
    MemCycle *c = &b->future[(prof.cycle + 1) % NFUTURE];
    c->frees++;
    c->free_bytes += (int64_t)size;
}

/* ---- publication ---- */

static void cycle_add(MemCycle *to, const MemCycle *from)
{
    to->allocs += from->allocs;
    to->frees += from->frees;
    to->alloc_bytes += from->alloc_bytes;
    to->free_bytes += from->free_bytes;
}

static void flush_index(uint32_t index)
{
    for (struct RtBucket *b = prof.all; b; b = b->allnext) {
        cycle_add(&b->active, &b->future[index]);
        b->future[index] = (MemCycle){0};
    }
}

/* Mark termination: the next cycle (go's mProf_NextCycle), whose record
 * is then flushed (mProf_Flush). */
void rt_mprof_next_cycle(void)
{
    prof.cycle++;
    flush_index(prof.cycle % NFUTURE);
}

/* runtime.GC, its sweep done: every free of the cycle is visible (go's
 * mProf_PostSweep). */
void rt_mprof_post_sweep(void)
{
    flush_index((prof.cycle + 1) % NFUTURE);
}

/* ---- runtime.MemProfile ---- */

typedef struct {
    int64_t alloc_bytes, free_bytes, alloc_objects, free_objects;
    uintptr_t stack0[MAX_STACK];
} GoMemProfileRecord;

typedef struct {
    RtSlice p;
    uint64_t inuse_zero;        /* bool */
    int64_t n;
    uint64_t ok;                /* bool */
} MemProfileFrame;

static bool reported(const struct RtBucket *b, bool inuse_zero)
{
    return inuse_zero || b->active.alloc_bytes != b->active.free_bytes;
}

void rt_go_MemProfile(MemProfileFrame *f) __asm__("runtime.MemProfile");
void rt_go_MemProfile(MemProfileFrame *f)
{
    bool inuse_zero = f->inuse_zero & 0xff;
    flush_index(prof.cycle % NFUTURE);
    int64_t n = 0;
    bool clear = true;
    for (struct RtBucket *b = prof.all; b; b = b->allnext) {
        n += reported(b, inuse_zero);
        if (b->active.allocs || b->active.frees)
            clear = false;
    }
    if (clear) {
        /* no collection yet: everything */
        n = 0;
        for (struct RtBucket *b = prof.all; b; b = b->allnext) {
            for (int c = 0; c < NFUTURE; c++) {
                cycle_add(&b->active, &b->future[c]);
                b->future[c] = (MemCycle){0};
            }
            n += reported(b, inuse_zero);
        }
    }
    f->n = n;
    f->ok = n <= f->p.len;
    if (!f->ok)
        return;
    GoMemProfileRecord *r = f->p.ptr;
    for (struct RtBucket *b = prof.all; b; b = b->allnext) {
        if (!reported(b, inuse_zero))
            continue;
        /* no pointers in a record: a plain store */
        r->alloc_bytes = b->active.alloc_bytes;
        r->free_bytes = b->active.free_bytes;
        r->alloc_objects = b->active.allocs;
        r->free_objects = b->active.frees;
        memset(r->stack0, 0, sizeof r->stack0);
        memcpy(r->stack0, b->stk, sizeof b->stk[0] * (size_t)b->nstk);
        r++;
    }
}

/* The record's methods (go1.19's bodies). */
#define RT_ALIAS(cfunc, sym) __asm__(".globl \"" sym "\"\n\t.set \"" sym "\", " #cfunc "\n")

typedef struct { GoMemProfileRecord *r; int64_t v; } RecordIntFrame;
typedef struct { GoMemProfileRecord *r; RtSlice s; } RecordStackFrame;

void rt_go_record_InUseBytes(RecordIntFrame *f);
RT_ALIAS(rt_go_record_InUseBytes, "runtime.(*MemProfileRecord).InUseBytes");
void rt_go_record_InUseBytes(RecordIntFrame *f)
{
    if (!f->r)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    f->v = f->r->alloc_bytes - f->r->free_bytes;
}

void rt_go_record_InUseObjects(RecordIntFrame *f);
RT_ALIAS(rt_go_record_InUseObjects, "runtime.(*MemProfileRecord).InUseObjects");
void rt_go_record_InUseObjects(RecordIntFrame *f)
{
    if (!f->r)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    f->v = f->r->alloc_objects - f->r->free_objects;
}

/* Stack0 up to its first 0 */
void rt_go_record_Stack(RecordStackFrame *f);
RT_ALIAS(rt_go_record_Stack, "runtime.(*MemProfileRecord).Stack");
void rt_go_record_Stack(RecordStackFrame *f)
{
    if (!f->r)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    int64_t n = 0;
    while (n < MAX_STACK && f->r->stack0[n])
        n++;
    f->s = (RtSlice){f->r->stack0, n, MAX_STACK};
}
