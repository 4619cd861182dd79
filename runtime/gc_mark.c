/* gc_mark.c — marking: the grey queue, shading, scanning objects and
 * roots, and the assists that drive marking forward.
 *
 * Shading an address: if it points into an allocated object (interior
 * pointers included, gc.h's gc_find_object) that is white, set its mark
 * bit; a pointer-free object is then black, any other is grey and its
 * address goes on the queue.  Scanning a grey object shades every word its
 * pointer map names (the heap bits of a small span, or the element type of
 * a large one, repeated); a large object is scanned one 128 KB oblet per
 * queue entry.  The queue is a stack (depth first), in memory from mmap,
 * never from the heap it describes.
 *
 * Roots, all shaded at the start of a cycle:
 *   - the globals codegen lists in "minigo.globals", each scanned precisely
 *     with its type's pointer map;
 *   - areas registered with rt_gc_add_root (C code's own statics), scanned
 *     conservatively;
 *   - every goroutine's stack, conservatively: the running one from the
 *     current stack pointer up, together with the callee-saved registers
 *     (pushed on the stack first by rt_gc_with_regs), the others from the
 *     stack pointer saved when they were switched out (their registers are
 *     pushed below it); and the words of every G (its defer chain, the
 *     arguments of a goroutine not started yet).  Any word that points
 *     into an allocated object keeps it.  Generated code keeps every value
 *     in its frame, so the stacks hold all of the mutator's pointers.
 *     Outside the goroutines (the unit tests call the runtime from C), the
 *     thread's own stack is scanned instead.
 */
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/gc.h"
#include "runtime/proc.h"

#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

/* ---- the grey queue ---- */

static struct {
    uintptr_t *q;
    size_t n, cap;
} mq;

static __attribute__((noinline)) void queue_grow(void)
{
    size_t ncap = mq.cap ? mq.cap * 2 : 1 << 16;
    uintptr_t *nq = mmap(NULL, ncap * sizeof *nq, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (nq == MAP_FAILED)
        rt_throw("runtime: cannot grow the mark queue");
    if (mq.n)
        memcpy(nq, mq.q, mq.n * sizeof *nq);
    if (mq.q)
        munmap(mq.q, mq.cap * sizeof *mq.q);
    mq.q = nq;
    mq.cap = ncap;
}

static inline void queue_push(uintptr_t p)
{
    if (mq.n == mq.cap)
        queue_grow();
    mq.q[mq.n++] = p;
}

bool gc_queue_empty(void) { return mq.n == 0; }

const uintptr_t *gc_queue_entries(size_t *n)
{
    *n = mq.n;
    return mq.q;
}

/* ---- shading ---- */

/* Grey (or, pointer-free, black) the white object in slot i of s. */
static inline void mark_slot(RtSpan *s, uint32_t i)
{
    uint64_t *w = &s->markbits[i / 64], bit = (uint64_t)1 << (i % 64);
    if (*w & bit)
        return;
    *w |= bit;
    rt_gc.marked_bytes += s->elemsize;
    if (s->noscan)
        return;                 /* nothing to scan: black at once */
    rt_gc.marked_scan += s->elemsize;
    queue_push(s->start + (uintptr_t)i * s->elemsize);
}

/* Any word: a pointer into an allocated object, or not (conservative). */
void gc_shade(uintptr_t p)
{
    uint32_t i;
    RtSpan *s = gc_find_object(p, &i);
    if (s)
        mark_slot(s, i);
}

/* A word of a pointer slot of a reachable object: nil, a pointer outside
 * the heap (static data, the stack), or a pointer into a live object —
 * never into a free slot, since objects are zeroed when allocated and
 * what they point to is kept alive; so no allocation-bit check. */
static inline void shade_precise(uintptr_t p)
{
    RtSpan *s = gc_span_lookup(p);
    if (!s || s->state != RT_SPAN_INUSE)
        return;
    uint32_t i = gc_slot_of(s, p);
    if (i < s->nelems)
        mark_slot(s, i);
}

/* Objects allocated while marking are black: zeroed, nothing to scan. */
void gc_mark_new_object(RtSpan *s, uint32_t i)
{
    if (gc_is_marked(s, i))
        return;
    gc_setbit(s->markbits, i);
    if (s->scanbits)
        gc_setbit(s->scanbits, i);
    rt_gc.marked_bytes += s->elemsize;
    if (!s->noscan)
        rt_gc.marked_scan += s->elemsize;
}

/* ---- pointer maps ---- */

static inline bool type_ptr_word(const RtType *t, uint64_t off)
{
    if (off >= t->ptrdata)
        return false;
    return !t->gcmask || ((t->gcmask[off / 64] >> (off / 8 % 8)) & 1);
}

/* fn on each pointer word of [from, to) of an array of t starting at base
 * (offsets from base, multiples of 8). */
static void typed_range(uintptr_t base, uint64_t from, uint64_t to, const RtType *t,
                        void (*fn)(uintptr_t *slot, void *arg), void *arg)
{
    uint64_t tsize = t->size >= 8 ? t->size : 8;
    if (t->ptrdata == 0)
        return;
    uint64_t off = from % tsize;
    for (uint64_t o = from; o + 8 <= to; o += 8) {
        if (type_ptr_word(t, off))
            fn((uintptr_t *)(base + o), arg);
        off += 8;
        if (off >= tsize)
            off = 0;
    }
}

void gc_typed_words(const void *p, uint64_t size, const RtType *t,
                    void (*fn)(uintptr_t *slot, void *arg), void *arg)
{
    if (t && t->ptrdata)
        typed_range((uintptr_t)p, 0, size, t, fn, arg);
}

/* fn on each pointer word of [w0, w0 + nw) words of small span s. */
static inline void heapbits_range(RtSpan *s, uint64_t w0, uint64_t nw,
                                  void (*fn)(uintptr_t *slot, void *arg), void *arg)
{
    const uint64_t *hb = s->heapbits;
    uint64_t end = w0 + nw;
    for (uint64_t w = w0; w < end;) {
        unsigned sh = w % 64;
        uint64_t bits = hb[w / 64] >> sh;
        uint64_t n = 64 - sh;
        if (end - w < n) {
            n = end - w;
            bits &= ((uint64_t)1 << n) - 1;
        }
        while (bits) {
            unsigned j = (unsigned)__builtin_ctzll(bits);
            bits &= bits - 1;
            fn((uintptr_t *)(s->start + (w + j) * 8), arg);
        }
        w += n;
    }
}

struct word_fn {
    void (*fn)(uintptr_t word, void *arg);
    void *arg;
};

static void call_on_value(uintptr_t *slot, void *arg)
{
    struct word_fn *w = arg;
    w->fn(*slot, w->arg);
}

void gc_object_words(RtSpan *s, uint32_t i, void (*fn)(uintptr_t word, void *arg), void *arg)
{
    struct word_fn w = {fn, arg};
    if (s->noscan)
        return;
    if (s->sizeclass == 0) {
        if (s->largetype)
            typed_range(s->start, 0, s->objsize, s->largetype, call_on_value, &w);
        return;
    }
    uintptr_t base = s->start + (uintptr_t)i * s->elemsize;
    heapbits_range(s, (base - s->start) / 8, s->elemsize / 8, call_on_value, &w);
}

/* ---- scanning ---- */

static void shade_slot(uintptr_t *slot, void *arg)
{
    (void)arg;
    shade_precise(*slot);
}

/* Scan the grey object (or oblet) at p; returns the bytes scanned. */
static uint64_t scan_object(uintptr_t p)
{
    RtSpan *s = gc_span_lookup(p);
    if (!s || s->state != RT_SPAN_INUSE)
        rt_throw("runtime: grey object outside the heap");
    if (s->sizeclass == 0) {
        uint64_t off = p - s->start, end = s->objsize;
        if (off == 0) {
            for (uint64_t o = GC_OBLET; o < end; o += GC_OBLET)
                queue_push(s->start + o);
            if (s->scanbits)
                gc_setbit(s->scanbits, 0);
        }
        uint64_t stop = end - off > GC_OBLET ? off + GC_OBLET : end;
        if (s->largetype)
            typed_range(s->start, off, stop, s->largetype, shade_slot, NULL);
        return stop - off;
    }
    /* a small object: the pointer words its heap bits name */
    uint32_t i = gc_slot_of(s, p);
    const uint64_t *hb = s->heapbits;
    uint64_t w = (p - s->start) / 8, end = w + s->elemsize / 8;
    while (w < end) {
        unsigned sh = w % 64;
        uint64_t n = 64 - sh, bits = hb[w / 64] >> sh;
        if (end - w < n) {
            n = end - w;
            bits &= ((uint64_t)1 << n) - 1;
        }
        while (bits) {
            unsigned j = (unsigned)__builtin_ctzll(bits);
            bits &= bits - 1;
            shade_precise(*(const uintptr_t *)(s->start + (w + j) * 8));
        }
        w += n;
    }
    if (s->scanbits)
        gc_setbit(s->scanbits, i);
    return s->elemsize;
}

/* Objects come off the queue into a small ring, where they wait a few
 * scans after a prefetch: scanning is bound by cache misses on the objects
 * themselves, and this overlaps them.  The ring is empty again before
 * gc_drain returns, so between calls every grey object is on the queue. */
enum { RING = 8 };

uint64_t gc_drain(uint64_t budget)
{
    uintptr_t ring[RING];
    unsigned head = 0, n = 0;
    uint64_t work = 0;
    for (;;) {
        while (n < RING && mq.n > 0 && work < budget) {
            uintptr_t p = mq.q[--mq.n];
            __builtin_prefetch((const void *)p);
            ring[(head + n) % RING] = p;
            n++;
        }
        if (n == 0)
            break;
        uintptr_t p = ring[head];
        head = (head + 1) % RING;
        n--;
        work += scan_object(p);
    }
    rt_gc.scan_work += work;
    return work;
}

/* The allocation that ran up assist_debt pays it in scan work (at least
 * 64 KB at a time, Go's gcOverAssistWork).  When no grey object is left,
 * marking is done. */
void gc_assist(void)
{
    enum { OVER_ASSIST = 64 << 10 };
    if (rt_gc.assist_debt > 0) {
        int64_t t0 = gc_nanotime();
        uint64_t want = (uint64_t)rt_gc.assist_debt;
        if (want < OVER_ASSIST)
            want = OVER_ASSIST;
        uint64_t done = gc_drain(want);
        rt_gc.assist_debt -= (int64_t)done;
        rt_gc.assist_ns += gc_nanotime() - t0;
        gc_pacer_revise();
    }
    if (gc_queue_empty())
        gc_mark_termination();
}

/* ---- roots ---- */

extern const RtGlobalRoots go_globals __asm__("minigo.globals") __attribute__((weak));

static struct {
    const void *addr;
    size_t size;
} extra_roots[64];
static int n_extra_roots;

void rt_gc_add_root(const void *addr, size_t size)
{
    if (n_extra_roots == (int)(sizeof extra_roots / sizeof extra_roots[0]))
        rt_throw("runtime: too many extra GC roots");
    extra_roots[n_extra_roots].addr = addr;
    extra_roots[n_extra_roots].size = size;
    n_extra_roots++;
}

void rt_gc_remove_root(const void *addr)
{
    for (int i = 0; i < n_extra_roots; i++)
        if (extra_roots[i].addr == addr) {
            extra_roots[i] = extra_roots[--n_extra_roots];
            return;
        }
}

/* The top of the C thread's own stack (the unit tests call the runtime
 * from C, outside any goroutine). */
static uintptr_t thread_stack_top(void)
{
    static uintptr_t thread_top;
    if (!thread_top) {
        pthread_attr_t a;
        void *addr;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &a) != 0 ||
            pthread_attr_getstack(&a, &addr, &size) != 0)
            rt_throw("runtime: cannot find the thread's stack");
        pthread_attr_destroy(&a);
        thread_top = (uintptr_t)addr + size;
    }
    return thread_top;
}

struct roots_ctx {
    void (*fn)(uintptr_t word, void *arg);
    void *arg;
    uint64_t stack_bytes;
};

NO_ASAN static void scan_range(uintptr_t lo, uintptr_t hi, void *arg)
{
    struct roots_ctx *c = arg;
    lo &= ~(uintptr_t)7;
    for (uintptr_t a = lo; a + 8 <= hi; a += 8)
        c->fn(*(const uintptr_t *)a, c->arg);
}

static void scan_g_range(uintptr_t lo, uintptr_t hi, void *arg)
{
    struct roots_ctx *c = arg;
    scan_range(lo, hi, arg);
    c->stack_bytes += hi - lo;
}

/* Every goroutine's stack in use and its G (proc.c), the running one from
 * sp, where rt_gc_with_regs pushed the callee-saved registers. */
static void scan_stacks(uintptr_t sp, void *arg)
{
    struct roots_ctx *c = arg;
    if (rt_stack_top_of(sp)) {
        rt_for_each_g_root(sp, scan_g_range, arg);
        return;
    }
    uintptr_t top = thread_stack_top();
    scan_range(sp, top, arg);
    c->stack_bytes = top - sp;
}

NO_ASAN static void scan_area(const void *p, size_t size, struct roots_ctx *c)
{
    uintptr_t a = ((uintptr_t)p + 7) & ~(uintptr_t)7, end = (uintptr_t)p + size;
    for (; a + 8 <= end; a += 8)
        c->fn(*(const uintptr_t *)a, c->arg);
}

static uint64_t scan_roots(void (*fn)(uintptr_t word, void *arg), void *arg, bool globals,
                           bool stack)
{
    struct roots_ctx c = {fn, arg, 0};
    struct word_fn w = {fn, arg};
    if (globals) {
        uint64_t gbytes = 0;
        if (&go_globals) {
            for (uint64_t i = 0; i < go_globals.n; i++) {
                const RtGlobalRoot *r = &go_globals.roots[i];
                gc_typed_words(r->addr, r->type->size, r->type, call_on_value, &w);
                gbytes += r->type->size;
            }
        }
        for (int i = 0; i < n_extra_roots; i++)
            scan_area(extra_roots[i].addr, extra_roots[i].size, &c);
        rt_gc.globals_scan = gbytes;
    }
    if (stack && !rt_gc.no_stack)
        rt_gc_with_regs(scan_stacks, &c);
    return c.stack_bytes;
}

void gc_scan_roots(void (*fn)(uintptr_t word, void *arg), void *arg, bool stack)
{
    scan_roots(fn, arg, !stack, stack);
}

static void shade_word(uintptr_t word, void *arg)
{
    (void)arg;
    gc_shade(word);
}

void gc_mark_roots(void)
{
    uint64_t stack = scan_roots(shade_word, NULL, true, true);
    gc_shade(rt_gc.pin);
    gc_shade(rt_heap_tiny_block());     /* allocation goes on in it: black */
    gc_fin_mark_roots();
    rt_gc.stack_scanned = (int64_t)stack;
    if (stack > rt_gc.max_stack)
        rt_gc.max_stack = stack;
    rt_gc.scan_work += stack + rt_gc.globals_scan;
}
