/* slice.c — make([]E, len, cap) and the growth step of append. */
#include <string.h>

#include "runtime/gc.h"

/* a * b, and whether it overflowed. */
static bool mul_overflows(uint64_t a, uint64_t b, uint64_t *out)
{
    return __builtin_mul_overflow(a, b, out);
}

void rt_makeslice(RtSlice *out, const RtType *elem, int64_t len, int64_t cap)
{
    uint64_t mem;
    bool overflow = mul_overflows(elem->size, (uint64_t)cap, &mem);
    if (overflow || mem > RT_MAX_ALLOC || len < 0 || len > cap) {
        /* Blame len when it alone is bad: make([]T, huge) gives the cap
         * implicitly, and "len out of range" is the clearer message. */
        overflow = mul_overflows(elem->size, (uint64_t)len, &mem);
        if (overflow || mem > RT_MAX_ALLOC || len < 0)
            rt_panic_runtime("makeslice: len out of range");
        rt_panic_runtime("makeslice: cap out of range");
    }
    out->ptr = rt_alloc(mem, elem);
    out->len = len;
    out->cap = cap;
}

/* The capacity append grows to, as go1.19's growslice computes it: double
 * a small slice, grow a large one (cap >= 256) by about 1.25x with a
 * smooth transition, take the requested length if that is more; then
 * round the byte size up to the allocator's size class and use all of it. */
static int64_t grow_cap(int64_t oldcap, int64_t newlen, uint64_t elemsize, uint64_t *capmem)
{
    enum { THRESHOLD = 256 };
    int64_t newcap = oldcap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else if (oldcap < THRESHOLD) {
        newcap = doublecap;
    } else {
        /* 0 < newcap guards against overflow looping forever. */
        while (0 < newcap && newcap < newlen)
            newcap += (newcap + 3 * THRESHOLD) / 4;
        if (newcap <= 0)
            newcap = newlen;
    }

    uint64_t mem;
    if (mul_overflows(elemsize, (uint64_t)newcap, &mem) || mem > RT_MAX_ALLOC)
        rt_panic_runtime("growslice: cap out of range");
    mem = rt_roundupsize(mem);
    if (mem > RT_MAX_ALLOC)
        rt_panic_runtime("growslice: cap out of range");
    *capmem = mem;
    return (int64_t)(mem / elemsize);
}

void rt_growslice(RtSlice *s, const RtType *elem, int64_t newlen)
{
    if (newlen < s->cap)
        rt_panic_runtime("growslice: cap out of range");
    if (elem->size == 0) {
        /* Nothing to store; only the pointer must not be nil. */
        s->ptr = rt_zerobase;
        s->cap = newlen;
        return;
    }
    uint64_t capmem;
    int64_t newcap = grow_cap(s->cap, newlen, elem->size, &capmem);
    void *p = rt_alloc(capmem, elem);
    /* p may be black already (allocated while marking): the copy goes
     * through the barrier */
    rt_typedslicecopy(elem, p, s->ptr, s->len);
    s->ptr = p;
    s->cap = newcap;
}
