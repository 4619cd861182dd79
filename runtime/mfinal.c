/* mfinal.c — finalizers: runtime.SetFinalizer, the finalizer queue and
 * the finalizer goroutine, with go1.19's semantics (runtime/mfinal.go,
 * mheap.go's specials, mgcmark.go's markrootSpans, mgcsweep.go); and the
 * other kind of special record, a sampled object's heap profile bucket
 * (mprof.c), which the sweep that frees the object reports.
 *
 * A finalizer is a "special" record attached to its object's span (sorted
 * by the offset of the byte it was set for: go allows an inner byte of a
 * tiny object), holding the function value, the size of its results, the
 * type of its parameter and the object's pointer type.  The collector
 * treats it so:
 *
 *   mark:  at the cycle's start, with the other roots, every finalizer's
 *          function value is shaded, and so is everything its object
 *          points to, but not the object itself (go's markrootSpans): an
 *          object unreachable but for its finalizer stays white, and what
 *          it reaches stays alive for the finalizer to use.  SetFinalizer
 *          during marking does the same for its object at once (go's
 *          addfinalizer), so marking still finds everything it must.
 *          (Hence an object that reaches itself is never finalized, as in
 *          go.)
 *   sweep: a span's sweep finds each object with a finalizer whose mark
 *          bit is clear: it sets the bit (the object survives this cycle,
 *          and what it reaches was marked above), removes the record and
 *          queues the finalizer (go's queuefinalizer).  The queue is a
 *          root of the next cycles, so the object lives until its
 *          finalizer has run and dropped it; a later cycle frees it (or
 *          not, if the finalizer stored it somewhere: resurrection).
 *
 * The finalizer goroutine (go1.19's runfinq, goroutine 5 when package os
 * made it) takes the whole queue when it runs and calls the finalizers
 * one at a time, newest first: go keeps the queue as a stack of blocks
 * and walks each block from its end, so finalizers queued by one sweep
 * run in the reverse of the sweep's order.  When the queue is empty it
 * parks ("finalizer wait"); the scheduler readies it when a sweep queued
 * more (go's wakefing, proc.c).  runtime.GC() lets it run before
 * returning, as go1.19's runtime.GC does when its sweep loop yields
 * (GOMAXPROCS=1).  A finalizer that panics kills the program, as in go.
 *
 * All the state is in one struct (FinState): the queue being filled, the
 * batch being run, the free list of records.  The records and the queue
 * live in the runtime's own memory, not in the collected heap: they are
 * roots, scanned by gc_fin_mark_roots.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/proc.h"

enum {
    SPECIAL_FINALIZER = 1,      /* go's _KindSpecialFinalizer */
    SPECIAL_PROFILE = 2,        /* _KindSpecialProfile: a sampled object's bucket */
    TINY_SIZE = 16,             /* go's maxTinySize */
};

struct RtSpecial {
    struct RtSpecial *next;     /* the span's records, by offset */
    uint64_t offset;            /* of the byte it was set for, from the span's start */
    uint8_t kind;
    const void *fn;             /* the finalizer: a function value (closure) */
    uint64_t nret;              /* bytes of its results */
    const RtType *fint;         /* its parameter's type */
    const RtType *ot;           /* the object's pointer type */
    struct RtBucket *bucket;    /* PROFILE (mprof.c) */
};

/* A queued finalizer (go's finalizer struct). */
typedef struct FinEntry {
    void *arg;                  /* the pointer it was set for */
    const void *fn;
    uint64_t nret;
    const RtType *fint, *ot;
} FinEntry;

typedef struct FinQueue {
    FinEntry *e;
    size_t n, cap;
} FinQueue;

typedef struct FinState {
    FinQueue queue;             /* queued by sweeps, oldest first */
    FinQueue batch;             /* taken by the finalizer goroutine, run from the end */
    bool wake;                  /* a sweep queued finalizers since it parked */
    bool waiting;               /* it is parked in "finalizer wait" */
    struct RtSpecial *free;     /* records for reuse */
    uint64_t nfinalizers;       /* finalizer records attached to spans */
} FinState;

static FinState fin;

/* ---- records ---- */

static struct RtSpecial *special_new(void)
{
    struct RtSpecial *sp = fin.free;
    if (sp)
        fin.free = sp->next;
    else
        sp = rt_persistent_alloc(sizeof *sp);
    memset(sp, 0, sizeof *sp);
    return sp;
}

static void special_free(struct RtSpecial *sp)
{
    sp->next = fin.free;
    fin.free = sp;
}

/* go's addspecial: false when one of this kind is set for that byte. */
static bool add_special(RtSpan *s, struct RtSpecial *sp)
{
    struct RtSpecial **pp = &s->specials;
    while (*pp && ((*pp)->offset < sp->offset ||
                   ((*pp)->offset == sp->offset && (*pp)->kind < sp->kind)))
        pp = &(*pp)->next;
    if (*pp && (*pp)->offset == sp->offset && (*pp)->kind == sp->kind)
        return false;
    sp->next = *pp;
    *pp = sp;
    fin.nfinalizers += sp->kind == SPECIAL_FINALIZER;
    return true;
}

static struct RtSpecial *remove_special(RtSpan *s, uint64_t offset, uint8_t kind)
{
    for (struct RtSpecial **pp = &s->specials; *pp; pp = &(*pp)->next) {
        struct RtSpecial *sp = *pp;
        if (sp->offset == offset && sp->kind == kind) {
            *pp = sp->next;
            fin.nfinalizers -= kind == SPECIAL_FINALIZER;
            return sp;
        }
    }
    return NULL;
}

/* ---- marking ---- */

static void shade_word(uintptr_t w, void *arg)
{
    (void)arg;
    gc_shade(w);
}

/* What the object of special sp points to, and its function value. */
static void mark_special(RtSpan *s, const struct RtSpecial *sp)
{
    uint32_t i = gc_slot_of(s, s->start + sp->offset);
    gc_object_words(s, i, shade_word, NULL);
    gc_shade((uintptr_t)sp->fn);
}

static void mark_queue(const FinQueue *q)
{
    for (size_t i = 0; i < q->n; i++) {
        gc_shade((uintptr_t)q->e[i].arg);
        gc_shade((uintptr_t)q->e[i].fn);
    }
}

void gc_fin_mark_roots(void)
{
    mark_queue(&fin.queue);
    mark_queue(&fin.batch);
    if (!fin.nfinalizers)
        return;
    size_t n;
    RtSpan *const *all = rt_all_spans(&n);
    for (size_t k = 0; k < n; k++) {
        RtSpan *s = all[k];
        if (s->state != RT_SPAN_INUSE)
            continue;
        for (const struct RtSpecial *sp = s->specials; sp; sp = sp->next)
            if (sp->kind == SPECIAL_FINALIZER)
                mark_special(s, sp);
    }
}

/* ---- sweeping ---- */

static void queue_push(FinQueue *q, FinEntry e)
{
    if (q->n == q->cap) {
        size_t ncap = q->cap ? q->cap * 2 : 64;
        FinEntry *ne = realloc(q->e, ncap * sizeof *ne);
        if (!ne)
            rt_throw_runtime("out of memory");
        q->e = ne;
        q->cap = ncap;
    }
    q->e[q->n++] = e;
}

/* Before s's mark bits become its allocation bits (go's sweep of
 * specials): an unmarked object with a finalizer is marked (kept for this
 * cycle) and its finalizers are queued, in the order of their offsets,
 * its other records kept; an unmarked object without one is freed: its
 * profile record counts the free (mprof.c). */
void gc_fin_sweep(RtSpan *s)
{
    struct RtSpecial **pp = &s->specials;
    while (*pp) {
        uint32_t i = gc_slot_of(s, s->start + (*pp)->offset);
        if (gc_is_marked(s, i)) {
            pp = &(*pp)->next;
            continue;
        }
        /* pass 1: does the object have a finalizer? */
        bool hasfin = false;
        for (struct RtSpecial *q = *pp; q && gc_slot_of(s, s->start + q->offset) == i; q = q->next)
            hasfin |= q->kind == SPECIAL_FINALIZER;
        if (hasfin)
            gc_setbit(s->markbits, i);
        /* pass 2: queue its finalizers, or count its free */
        while (*pp && gc_slot_of(s, s->start + (*pp)->offset) == i) {
            struct RtSpecial *sp = *pp;
            if (sp->kind == SPECIAL_FINALIZER) {
                *pp = sp->next;
                fin.nfinalizers--;
                queue_push(&fin.queue, (FinEntry){(void *)(s->start + sp->offset), sp->fn,
                                                  sp->nret, sp->fint, sp->ot});
                fin.wake = true;
                special_free(sp);
            } else if (!hasfin) {
                *pp = sp->next;
                if (sp->kind == SPECIAL_PROFILE && rt_mprof_free)
                    rt_mprof_free(sp->bucket, s->elemsize);
                special_free(sp);
            } else {
                pp = &sp->next;     /* kept with its object */
            }
        }
    }
}

void gc_special_add_profile(void *p, struct RtBucket *b)
{
    uint32_t slot;
    RtSpan *s = gc_find_object((uintptr_t)p, &slot);
    if (!s)
        return;
    struct RtSpecial *sp = special_new();
    sp->offset = (uintptr_t)p - s->start;
    sp->kind = SPECIAL_PROFILE;
    sp->bucket = b;
    if (!add_special(s, sp))
        special_free(sp);
}

/* ---- the finalizer goroutine ---- */

bool rt_fin_wake(void)
{
    if (!fin.waiting || !fin.wake)
        return false;
    fin.waiting = fin.wake = false;
    return true;
}

/* The stack is scanned conservatively: a finalized object's address left
 * in this goroutine's frames would keep it alive while the goroutine
 * waits for the next finalizers. */
static void forget(void *p, size_t n)
{
    memset(p, 0, n);
    __asm__ volatile("" : : "r"(p) : "memory");
}

static void run_one(const FinEntry *f)
{
    uint64_t argsize = f->fint->kind == RT_INTERFACE ? 16 : 8;
    uint64_t size = argsize + ((f->nret + 7) & ~(uint64_t)7);
    uint64_t block[size / 8];
    memset(block, 0, sizeof block);
    if (f->fint->kind == RT_INTERFACE) {
        /* an interface holding the object (minigo's interfaces, empty or
         * not, are a type word and a data word) */
        block[0] = (uint64_t)(uintptr_t)f->ot;
        block[1] = (uint64_t)(uintptr_t)f->arg;
    } else {
        block[0] = (uint64_t)(uintptr_t)f->arg;
    }
    rt_callgo(*(const void *const *)f->fn, (void *)f->fn, block, size);
    forget(block, sizeof block);
}

void rt_fin_loop(void *arg)
{
    (void)arg;
    for (;;) {
        if (fin.queue.n == 0) {
            fin.waiting = true;
            rt_gopark(NULL, NULL, RT_WAIT_FINALIZER);
            continue;
        }
        /* take the queue: the batch is empty here (run to its end below) */
        FinQueue q = fin.batch;
        fin.batch = fin.queue;
        fin.queue = q;
        fin.queue.n = 0;
        while (fin.batch.n > 0) {
            /* the entry moves to this frame, which the collector scans,
             * before it leaves the batch */
            FinEntry f = fin.batch.e[fin.batch.n - 1];
            fin.batch.n--;
            run_one(&f);
            forget(&f, sizeof f);
        }
    }
}

/* Whether finalizers are queued: runtime.GC() yields then (gc_stats.c). */
bool rt_fin_pending(void)
{
    return fin.queue.n > 0;
}

/* ---- runtime.SetFinalizer ---- */

typedef struct {
    RtIface obj, finalizer;
} RuntimeSetFinalizerFrame;

static _Noreturn void fin_throw(const char *a, const char *b, const char *c, const char *d,
                                const char *e)
{
    RtBuf m = {0};
    const char *parts[] = {a, b, c, d, e};
    for (int i = 0; i < 5; i++)
        if (parts[i])
            rt_buf_puts(&m, parts[i]);
    rt_buf_putc(&m, 0);
    rt_throw_runtime(m.p);
}

/* A named type, or one with methods, has go's "uncommon" part. */
static bool has_uncommon(const RtType *t)
{
    return t->nmethods > 0 || (t->name && t->name[0] != '*' && t->kind == RT_PTR);
}

extern char __data_start[], _end[];

/* Where go1.19's SetFinalizer accepts the pair, or throws as it does. */
static bool finalizer_arg_ok(const RtType *etyp, const RtType *fint, const RtIface *obj)
{
    if (fint == etyp)
        return true;
    if (fint->kind == RT_PTR)
        return (!has_uncommon(fint) || !has_uncommon(etyp)) && fint->elem == etyp->elem;
    if (fint->kind == RT_INTERFACE)
        return fint->nmethods == 0 || rt_implements(fint, obj->type);
    return false;
}

void rt_go_SetFinalizer(RuntimeSetFinalizerFrame *f) __asm__("runtime.SetFinalizer");
void rt_go_SetFinalizer(RuntimeSetFinalizerFrame *f)
{
    const RtType *etyp = f->obj.type;
    if (!etyp)
        rt_throw_runtime("runtime.SetFinalizer: first argument is nil");
    if (etyp->kind != RT_PTR)
        fin_throw("runtime.SetFinalizer: first argument is ", etyp->name, ", not pointer", NULL,
                  NULL);
    if (!etyp->elem)
        rt_throw_runtime("nil elem type!");
    uintptr_t p = (uintptr_t)f->obj.data;
    uint32_t slot;
    RtSpan *s = gc_find_object(p, &slot);
    if (!s) {
        if (p == (uintptr_t)rt_zerobase)
            return;             /* zero-sized objects are fine */
        /* globals (data and bss): linker-allocated, never finalized */
        if (p >= (uintptr_t)__data_start && p < (uintptr_t)_end)
            return;
        rt_throw_runtime("runtime.SetFinalizer: pointer not in allocated block");
    }
    uintptr_t base = s->start + (uintptr_t)slot * s->elemsize;
    if (p != base) {
        /* as go, an inner byte of an object that tiny allocation could
         * have combined */
        if (etyp->elem->ptrdata != 0 || etyp->elem->size >= TINY_SIZE)
            rt_throw_runtime("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    if (s->sweepgen != rt_gc.sweepgen)
        gc_sweep_span(s);       /* go's ensureSwept: the records belong to this cycle */
    const RtType *ftyp = f->finalizer.type;
    if (!ftyp) {
        struct RtSpecial *sp = remove_special(s, p - s->start, SPECIAL_FINALIZER);
        if (sp)
            special_free(sp);
        return;
    }
    if (ftyp->kind != RT_FUNC)
        fin_throw("runtime.SetFinalizer: second argument is ", ftyp->name, ", not a function",
                  NULL, NULL);
    /* a func type's descriptor: params = its nin parameters then its nout
     * results (codegen/data.c) */
    if (ftyp->tflags & RT_TF_VARIADIC)
        fin_throw("runtime.SetFinalizer: cannot pass ", etyp->name, " to finalizer ", ftyp->name,
                  " because dotdotdot");
    if (ftyp->nin != 1 || !ftyp->params)
        fin_throw("runtime.SetFinalizer: cannot pass ", etyp->name, " to finalizer ", ftyp->name,
                  NULL);
    const RtType *fint = ftyp->params[0];
    if (!finalizer_arg_ok(etyp, fint, &f->obj))
        fin_throw("runtime.SetFinalizer: cannot pass ", etyp->name, " to finalizer ", ftyp->name,
                  NULL);
    uint64_t nret = 0;
    for (uint32_t i = 1; i < 1 + ftyp->nout; i++)
        nret += (ftyp->params[i]->size + 7) & ~(uint64_t)7;
    rt_createfing();
    struct RtSpecial *sp = special_new();
    sp->offset = p - s->start;
    sp->kind = SPECIAL_FINALIZER;
    sp->fn = f->finalizer.data;
    sp->nret = nret;
    sp->fint = fint;
    sp->ot = etyp;
    if (!add_special(s, sp)) {
        special_free(sp);
        rt_throw_system("runtime.SetFinalizer: finalizer already set");
    }
    /* marking: what the object reaches and the function must not be lost
     * (go's addfinalizer scans them now) */
    if (rt_gc.phase == GC_MARK)
        mark_special(s, sp);
}
