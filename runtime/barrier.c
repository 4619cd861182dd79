/* barrier.c — the write barrier's slow paths, and copies of pointerful
 * memory made by the runtime itself.
 *
 * The barrier is Go's hybrid one (gc.c says why it is correct): before a
 * pointer slot in the heap or in a global is overwritten while the
 * collector marks, shade the pointer being overwritten and the pointer
 * being written.  Generated code tests rt_gc_wbenabled inline and calls
 * rt_gc_wb (one pointer word) or rt_gc_wbtyped (a value of a type, using
 * its pointer map) only when it is set; neither stores: the store follows
 * the call.  Stores into a function's own frame have no barrier: the stack
 * is a root, scanned when the cycle starts.
 *
 * Bulk copies (growslice moving the old elements, append(s, t...)) shade
 * the old and the new values of every pointer word they are about to
 * overwrite, then copy (Go's bulkBarrierPreWrite + memmove).
 */
#include <string.h>

#include "runtime/gc.h"

uint8_t rt_gc_wbenabled;

void gc_wb_slow(void **slot, void *newval)
{
    gc_shade((uintptr_t)*slot);
    gc_shade((uintptr_t)newval);
}

void rt_gc_wb(void **slot, void *newval)
{
    if (rt_gc_wbenabled)
        gc_wb_slow(slot, newval);
}

struct bulk {
    intptr_t delta;     /* src - dst, or 0 for no source */
};

static void shade_pair(uintptr_t *slot, void *arg)
{
    struct bulk *b = arg;
    gc_shade(*slot);
    if (b->delta)
        gc_shade(*(uintptr_t *)((uintptr_t)slot + b->delta));
}

/* Shade the old values of the pointer words of [dst, dst+size) and, if
 * src, the new ones at the same offsets of src; memory laid out as an
 * array of t. */
static void bulk_barrier(void *dst, const void *src, uint64_t size, const RtType *t)
{
    struct bulk b = {src ? (intptr_t)((uintptr_t)src - (uintptr_t)dst) : 0};
    if (src == dst)
        b.delta = 0;
    gc_typed_words(dst, size, t, shade_pair, &b);
}

void rt_gc_wbtyped(void *dst, const void *src, const RtType *t)
{
    if (rt_gc_wbenabled && t->ptrdata)
        bulk_barrier(dst, src, t->size, t);
}

/* Copy n elements of type elem, with the barrier when they hold
 * pointers. */
void rt_typedslicecopy(const RtType *elem, void *dst, const void *src, int64_t n)
{
    if (n <= 0 || dst == src)
        return;
    uint64_t size = (uint64_t)n * elem->size;
    if (rt_gc_wbenabled && elem->ptrdata)
        bulk_barrier(dst, src, size, elem);
    memmove(dst, src, size);
}
