/* gc_verify.c — checking the collector's invariants (GODEBUG=gcstress=N
 * and gccheckmark=1 turn it on; the unit tests call it directly).
 *
 * gc_verify_heap, at any point of a cycle:
 *   - every entry of the mark queue is a marked object (or an oblet of
 *     one);
 *   - every grey object (marked, not scanned) is on the queue;
 *   - no black object points to a white one (the strong invariant, which
 *     the insertion half of the barrier keeps for the heap).
 * A large object with oblets still queued counts as grey.
 *
 * gc_checkmark, at mark termination (the queue empty): marks again, from
 * scratch, into separate bits, everything reachable from the globals, the
 * extra roots and the marked objects found on the stack, and fails if it
 * reaches an object the cycle left white.  Stack words pointing to white
 * objects are not errors here: the stack is scanned conservatively, and a
 * runtime C frame may hold a stale word that no live code will use (the
 * tests exercise the stack half of the argument directly).
 *
 * Both throw ("fatal error: gc verify: ...") with the offending addresses.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/gc.h"

static _Noreturn void fail(const char *what, const char *when, uintptr_t a, uintptr_t b)
{
    RtBuf m = {0};
    rt_out_flush();
    rt_buf_puts(&m, "runtime: gc verify ");
    rt_buf_puts(&m, when);
    rt_buf_puts(&m, ": ");
    rt_buf_puts(&m, what);
    rt_buf_puts(&m, " ");
    rt_buf_hex(&m, a);
    if (b) {
        rt_buf_puts(&m, " -> ");
        rt_buf_hex(&m, b);
    }
    rt_buf_puts(&m, " (cycle ");
    rt_buf_uint(&m, rt_gc.cycle + 1);
    rt_buf_puts(&m, ")\n");
    rt_write_fd(2, m.p, m.len);
    rt_buf_free(&m);
    rt_throw("gc verify failed");
}

static int cmp_addr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static struct {
    uintptr_t *q;
    size_t n;
} sorted;

/* Is an entry of the queue in [lo, hi)? */
static bool queued(uintptr_t lo, uintptr_t hi)
{
    size_t l = 0, h = sorted.n;
    while (l < h) {
        size_t m = (l + h) / 2;
        if (sorted.q[m] < lo)
            l = m + 1;
        else
            h = m;
    }
    return l < sorted.n && sorted.q[l] < hi;
}

struct check {
    const char *when;
    uintptr_t from;
};

static void check_black_edge(uintptr_t word, void *arg)
{
    struct check *c = arg;
    uint32_t i;
    RtSpan *t = gc_find_object(word, &i);
    if (t && gc_is_white(t, i))
        fail("black object points to white object", c->when, c->from, word);
}

void gc_verify_heap(const char *when)
{
    if (rt_gc.phase != GC_MARK)
        return;
    size_t n;
    const uintptr_t *q = gc_queue_entries(&n);
    sorted.q = realloc(sorted.q, (n ? n : 1) * sizeof *sorted.q);
    if (!sorted.q)
        rt_throw("out of memory");
    if (n)
        memcpy(sorted.q, q, n * sizeof *q);
    sorted.n = n;
    qsort(sorted.q, n, sizeof *sorted.q, cmp_addr);
    for (size_t k = 0; k < n; k++) {
        uint32_t i;
        RtSpan *s = gc_find_object(sorted.q[k], &i);
        if (!s || !gc_is_marked(s, i))
            fail("queued object is not marked", when, sorted.q[k], 0);
    }

    size_t nspans;
    RtSpan *const *all = rt_all_spans(&nspans);
    for (size_t k = 0; k < nspans; k++) {
        RtSpan *s = all[k];
        if (s->state != RT_SPAN_INUSE)
            continue;
        for (uint32_t i = 0; i < s->nelems; i++) {
            if (!gc_bit(s->allocbits, i) || !gc_is_marked(s, i))
                continue;
            uintptr_t base = s->start + (uintptr_t)i * s->elemsize;
            uintptr_t end = s->sizeclass ? base + s->elemsize : base + s->objsize;
            bool inq = !s->noscan && queued(base, s->sizeclass ? base + 1 : end);
            if (gc_is_grey(s, i)) {
                if (!inq)
                    fail("grey object is not queued", when, base, 0);
                continue;
            }
            if (inq)
                continue;       /* a large object partly scanned: still grey */
            struct check c = {when, base};
            gc_object_words(s, i, check_black_edge, &c);
        }
    }
}

/* ---- checkmark ---- */

static struct {
    uintptr_t *q;
    size_t n, cap;
} cq;

static void cq_push(uintptr_t p)
{
    if (cq.n == cq.cap) {
        cq.cap = cq.cap ? cq.cap * 2 : 4096;
        cq.q = realloc(cq.q, cq.cap * sizeof *cq.q);
        if (!cq.q)
            rt_throw("out of memory");
    }
    cq.q[cq.n++] = p;
}

static bool from_stack;

static void check_reach(uintptr_t word, void *arg)
{
    (void)arg;
    uint32_t i;
    RtSpan *s = gc_find_object(word, &i);
    if (!s)
        return;
    uint64_t *b = s->checkbits;
    if (!b || gc_bit(b, i))
        return;
    if (gc_is_white(s, i)) {
        if (from_stack)
            return;             /* a conservative stack word: see above */
        fail("reachable object is not marked", "checkmark", s->start + (uintptr_t)i * s->elemsize,
             0);
    }
    gc_setbit(b, i);
    cq_push(s->start + (uintptr_t)i * s->elemsize);
}

void gc_checkmark(void)
{
    size_t n;
    RtSpan *const *all = rt_all_spans(&n);
    for (size_t k = 0; k < n; k++) {
        RtSpan *s = all[k];
        if (s->state != RT_SPAN_INUSE)
            continue;
        if (!s->checkbits)
            s->checkbits = rt_bits_alloc((s->nelems + 63) / 64);
        else
            memset(s->checkbits, 0, (s->nelems + 63) / 64 * 8);
    }
    /* The globals and extra roots (a white object there is an error), then
     * the stack (see above), then everything reachable from those. */
    from_stack = false;
    gc_scan_roots(check_reach, NULL, false);
    from_stack = true;
    gc_scan_roots(check_reach, NULL, true);
    from_stack = false;
    while (cq.n > 0) {
        uintptr_t p = cq.q[--cq.n];
        uint32_t i = 0;
        RtSpan *s = gc_find_object(p, &i);
        gc_object_words(s, i, check_reach, NULL);
    }
}
