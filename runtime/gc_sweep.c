/* gc_sweep.c — sweeping: turning a span's mark bits into its allocation
 * bits, after mark termination, lazily.
 *
 * Mark termination adds 2 to rt_gc.sweepgen, which makes every span in use
 * "unswept" (its sweepgen is now sweepgen - 2): its allocbits still say
 * which slots were allocated before, its markbits which of those the cycle
 * found reachable (or allocated during marking).  Sweeping a span keeps
 * exactly the marked slots: the mark bits become the allocation bits, the
 * freed slots count as Frees, and a span left empty goes back to the page
 * heap.  Nothing is cleared: the allocator clears a reused slot when it
 * hands it out (the span is "needzero").
 *
 * Who sweeps, and when (as Go, without its background sweeper):
 *   - mark termination sweeps the allocator's current spans at once;
 *   - the allocator, needing a span of some class, sweeps unswept spans of
 *     that class until one has room (alloc.c, refill);
 *   - each span refill and each large allocation sweeps pages in
 *     proportion to the bytes allocated since mark termination, so that
 *     all are swept before the next trigger (gc_sweep_proportional);
 *   - a large allocation first sweeps until as many pages were freed as it
 *     needs (Go's reclaim), so the heap does not grow needlessly;
 *   - the next cycle's start sweeps whatever is left (sweep termination),
 *     and runtime.GC() sweeps everything before it returns.
 * A cursor walks the list of all span records; records made after mark
 * termination are already swept, so one pass finds every unswept span.
 */
#include "runtime/gc.h"

void gc_sweep_span(RtSpan *s)
{
    if (s->state != RT_SPAN_INUSE || s->sweepgen == rt_gc.sweepgen)
        return;
    if (s->specials)
        gc_fin_sweep(s);        /* objects with finalizers: kept, finalizers queued */
    size_t nw = (s->nelems + 63) / 64;
    uint64_t nfreed = 0, nlive = 0;
    for (size_t w = 0; w < nw; w++) {
        nfreed += (uint64_t)__builtin_popcountll(s->allocbits[w] & ~s->markbits[w]);
        nlive += (uint64_t)__builtin_popcountll(s->markbits[w]);
    }
    uint64_t *old = s->allocbits;
    s->allocbits = s->markbits;
    s->markbits = old;
    for (size_t w = 0; w < nw; w++)
        s->markbits[w] = 0;
    if (s->scanbits)
        for (size_t w = 0; w < nw; w++)
            s->scanbits[w] = 0;
    s->alloccount = (uint32_t)nlive;
    rt_span_reset_freeindex(s);
    s->sweepgen = rt_gc.sweepgen;
    if (nfreed) {
        s->needzero = true;
        rt_memstats.heap_alloc -= nfreed * s->elemsize;
        rt_memstats.frees += nfreed;
        rt_memstats.class_frees[s->sizeclass] += nfreed;
    }
    rt_gc.pages_swept += s->npages;
    rt_heap_after_sweep(s, false);
}

bool gc_sweep_one(void)
{
    size_t n;
    RtSpan *const *all = rt_all_spans(&n);
    while (rt_gc.sweep_cursor < n) {
        RtSpan *s = all[rt_gc.sweep_cursor++];
        if (s->state == RT_SPAN_INUSE && s->sweepgen != rt_gc.sweepgen) {
            gc_sweep_span(s);
            return true;
        }
    }
    rt_gc.sweep_done = true;
    return false;
}

void gc_finish_sweep(void)
{
    while (!rt_gc.sweep_done && gc_sweep_one())
        ;
}

void gc_sweep_proportional(void)
{
    if (rt_gc.sweep_done)
        return;
    double target = (double)(rt_gc.heap_live - rt_gc.sweep_basis) * rt_gc.sweep_pages_per_byte;
    while ((double)rt_gc.pages_swept < target)
        if (!gc_sweep_one())
            break;
}

void gc_sweep_reclaim(uint64_t npages)
{
    uint64_t before = rt_memstats.heap_inuse, want = npages << RT_PAGE_SHIFT;
    while (!rt_gc.sweep_done && before - rt_memstats.heap_inuse < want &&
           rt_memstats.heap_inuse <= before)
        if (!gc_sweep_one())
            break;
}

/* Mark termination: a new sweep generation. */
void gc_sweep_start(void)
{
    rt_gc.sweepgen += 2;
    rt_gc.sweep_cursor = 0;
    rt_gc.sweep_done = false;
    rt_gc.pages_swept = 0;
    rt_heap_rebuild_lists();    /* and sweeps the current spans */
}

/* After the pacer set the trigger: sweep every page in use by then. */
void gc_sweep_pace(void)
{
    rt_gc.sweep_basis = rt_gc.heap_live;
    uint64_t pages = rt_heap_pages_inuse();
    if (rt_gc.trigger != UINT64_MAX && rt_gc.trigger > rt_gc.heap_live)
        rt_gc.sweep_pages_per_byte = (double)pages / (double)(rt_gc.trigger - rt_gc.heap_live);
    else
        rt_gc.sweep_pages_per_byte = (double)pages / (double)(GC_HEAP_MINIMUM);
}
