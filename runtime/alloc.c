/* alloc.c — the heap allocator: rt_alloc, the one allocation entry point.
 *
 * Design (after go1.19's malloc.go / mheap.go, much simplified)
 *
 *   Arenas.  The heap's address space comes from mmap in arenas of 64 MB,
 *   each aligned to 64 MB (we ask for Go's hint 0xc000000000 first, so heap
 *   addresses look like Go's).  An arena index (one slot per 64 MB of the
 *   48-bit address space, itself a lazily-touched mmap) maps an address to
 *   its arena; each arena holds a table from its 8192 pages to the span that
 *   owns the page.  That gives rt_span_of(p) in two loads, which is what a
 *   garbage collector needs to turn any pointer into "which object is this".
 *
 *   Pages.  Pages (8 KB) are handed out by bumping through the current
 *   arena.  The heap "grows" (heap_sys) in steps of at least 512 pages
 *   (4 MB), as Go's mheap.grow does; a request bigger than what is left of
 *   the arena maps a fresh run of arenas.
 *
 *   Spans.  A span is a run of pages.  A small object (<= 32 KB) is rounded
 *   up to one of Go's 68 size classes (sizeclasses.c) and placed in a span
 *   of that class, whose pages are cut into nelems equal slots; a large
 *   object gets a span of its own, rounded up to whole pages.  Every span
 *   records its class, start, page count, object size and count, and a
 *   bitmap of the slots in use.  As in Go, pointer-free objects (type NULL
 *   or ptrdata 0) live in separate "noscan" spans, so the span class is
 *   (size class, noscan).  For each span class we allocate from one current
 *   span, finding the next clear bit at or after freeindex; when it is full
 *   a new span is made.
 *
 *   Zeroing.  Fresh mmap memory is zero, and nothing is reused yet, so an
 *   object needs clearing only if its span is marked needzero (which a
 *   sweeper will set when it frees slots).
 *
 *   Reclaiming.  None, for now: memory is never freed.  The mark-sweep
 *   collector will mark through rt_span_of, sweep by replacing allocbits
 *   with the mark bits, and reset freeindex; rt_all_spans lists the spans to
 *   sweep.
 *
 *   Bookkeeping (spans, bitmaps, arena tables) lives outside the heap, in
 *   never-freed chunks from rt_persistent_alloc.  Single-threaded: there is
 *   one goroutine.
 */
#include <string.h>
#include <sys/mman.h>

#include "runtime/rt_internal.h"

enum {
    ARENA_SHIFT = 26,                           /* 64 MB arenas */
    PAGES_PER_ARENA = 1 << (ARENA_SHIFT - RT_PAGE_SHIFT),
    ADDR_BITS = 48,
    GROW_PAGES = 512,                           /* grow the heap >= 4 MB at a time */
};
#define ARENA_SIZE ((uint64_t)1 << ARENA_SHIFT)
#define NUM_ARENAS ((size_t)1 << (ADDR_BITS - ARENA_SHIFT))
#define ARENA_HINT ((uintptr_t)0xc000000000)

typedef struct Arena {
    RtSpan *spans[PAGES_PER_ARENA];     /* owner of each page; NULL if free */
} Arena;

RtMemStats rt_memstats;
uint8_t rt_zerobase[8];

static struct {
    Arena **arenas;                     /* NUM_ARENAS slots, indexed by addr >> ARENA_SHIFT */
    uintptr_t hint;                     /* where to ask mmap for the next arenas */
    uintptr_t cur, grown, end;          /* pages: [cur, grown) grown and free, [grown, end) mapped */
    RtSpan *current[RT_NUM_SIZE_CLASSES * 2];  /* per span class: the span we allocate from */
    RtSpan **all;                       /* every span ever made */
    size_t nall, capall;
    char *pchunk;                       /* rt_persistent_alloc's current chunk */
    size_t pleft;
} heap;

static _Noreturn void out_of_memory(uint64_t size)
{
    RtBuf b = {0};
    rt_out_flush();
    rt_buf_puts(&b, "runtime: out of memory: cannot allocate ");
    rt_buf_uint(&b, size);
    rt_buf_puts(&b, "-byte block (");
    rt_buf_uint(&b, rt_memstats.heap_sys);
    rt_buf_puts(&b, " in use)\n");
    rt_write_fd(2, b.p, b.len);
    rt_throw("out of memory");
}

static void *map_memory(void *hint, uint64_t size)
{
    void *p = mmap(hint, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

void *rt_persistent_alloc(size_t size)
{
    enum { CHUNK = 256 << 10 };
    size = (size + 15) & ~(size_t)15;
    if (size > CHUNK / 4) {
        void *p = map_memory(NULL, size);
        if (!p)
            out_of_memory(size);
        return p;
    }
    if (heap.pleft < size) {
        heap.pchunk = map_memory(NULL, CHUNK);
        if (!heap.pchunk)
            out_of_memory(CHUNK);
        heap.pleft = CHUNK;
    }
    void *p = heap.pchunk;
    heap.pchunk += size;
    heap.pleft -= size;
    return p;
}

/* Map size bytes (a multiple of ARENA_SIZE) aligned to ARENA_SIZE. */
static uintptr_t map_arenas(uint64_t size)
{
    if (!heap.hint)
        heap.hint = ARENA_HINT;
    char *p = map_memory((void *)heap.hint, size);
    if (p && ((uintptr_t)p & (ARENA_SIZE - 1)) == 0) {
        heap.hint = (uintptr_t)p + size;
        return (uintptr_t)p;
    }
    if (p)
        munmap(p, size);
    /* Not where we asked: over-map and trim to the alignment. */
    p = map_memory(NULL, size + ARENA_SIZE);
    if (!p)
        return 0;
    uintptr_t start = ((uintptr_t)p + ARENA_SIZE - 1) & ~(uintptr_t)(ARENA_SIZE - 1);
    if (start > (uintptr_t)p)
        munmap(p, start - (uintptr_t)p);
    uintptr_t tail = (uintptr_t)p + size + ARENA_SIZE;
    if (tail > start + size)
        munmap((void *)(start + size), tail - (start + size));
    return start;
}

static void heap_init(void)
{
    heap.arenas = map_memory(NULL, NUM_ARENAS * sizeof(Arena *));
    if (!heap.arenas)
        out_of_memory(NUM_ARENAS * sizeof(Arena *));
}

/* npages free pages, mapped and registered in the arena index. */
static uintptr_t alloc_pages(uint64_t npages)
{
    uint64_t bytes = npages << RT_PAGE_SHIFT;
    if (heap.end - heap.cur < bytes) {
        uint64_t size = (bytes + ARENA_SIZE - 1) & ~(ARENA_SIZE - 1);
        if (size < bytes)
            out_of_memory(bytes);
        uintptr_t base = map_arenas(size);
        if (!base)
            out_of_memory(bytes);
        for (uintptr_t a = base; a < base + size; a += ARENA_SIZE)
            heap.arenas[a >> ARENA_SHIFT] = rt_persistent_alloc(sizeof(Arena));
        /* The rest of the old arena stays unused (never touched, so it
         * costs address space only). */
        heap.cur = heap.grown = base;
        heap.end = base + size;
    }
    if (heap.grown - heap.cur < bytes) {
        uint64_t need = (heap.cur + bytes - heap.grown) >> RT_PAGE_SHIFT;
        uint64_t grow = (need + GROW_PAGES - 1) / GROW_PAGES * GROW_PAGES;
        uintptr_t newgrown = heap.grown + (grow << RT_PAGE_SHIFT);
        if (newgrown > heap.end)
            newgrown = heap.end;
        rt_memstats.heap_sys += newgrown - heap.grown;
        heap.grown = newgrown;
    }
    uintptr_t p = heap.cur;
    heap.cur += bytes;
    return p;
}

static RtSpan *new_span(uint64_t npages, int sizeclass, uint64_t elemsize, bool noscan)
{
    RtSpan *s = rt_persistent_alloc(sizeof *s);
    s->start = alloc_pages(npages);
    s->npages = npages;
    s->elemsize = elemsize;
    s->nelems = (uint32_t)((npages << RT_PAGE_SHIFT) / elemsize);
    s->sizeclass = (uint8_t)sizeclass;
    s->noscan = noscan;
    s->allocbits = rt_persistent_alloc((s->nelems + 63) / 64 * 8);

    for (uint64_t i = 0; i < npages; i++) {
        uintptr_t page = s->start + (i << RT_PAGE_SHIFT);
        Arena *a = heap.arenas[page >> ARENA_SHIFT];
        a->spans[(page & (ARENA_SIZE - 1)) >> RT_PAGE_SHIFT] = s;
    }
    if (heap.nall == heap.capall) {
        size_t ncap = heap.capall ? heap.capall * 2 : 1024;
        RtSpan **all = rt_persistent_alloc(ncap * sizeof *all);
        if (heap.nall)
            memcpy(all, heap.all, heap.nall * sizeof *all);
        heap.all = all;         /* the old array is leaked: bookkeeping is never freed */
        heap.capall = ncap;
    }
    heap.all[heap.nall++] = s;
    rt_memstats.num_spans++;
    rt_memstats.heap_inuse += npages << RT_PAGE_SHIFT;
    return s;
}

bool rt_span_isallocated(const RtSpan *s, uint32_t i)
{
    return (s->allocbits[i / 64] >> (i % 64)) & 1;
}

/* The first free slot of s at or after freeindex, or nelems. */
static uint32_t next_free(RtSpan *s)
{
    uint32_t i = s->freeindex;
    while (i < s->nelems) {
        uint64_t word = ~s->allocbits[i / 64] >> (i % 64);
        if (word) {
            i += (uint32_t)__builtin_ctzll(word);
            break;
        }
        i = (i / 64 + 1) * 64;
    }
    return i < s->nelems ? i : s->nelems;
}

static void *take_slot(RtSpan *s, uint32_t i)
{
    s->allocbits[i / 64] |= (uint64_t)1 << (i % 64);
    s->alloccount++;
    s->freeindex = i + 1;
    void *p = (void *)(s->start + i * s->elemsize);
    if (s->needzero)
        memset(p, 0, s->elemsize);
    rt_memstats.total_alloc += s->elemsize;
    rt_memstats.heap_alloc += s->elemsize;
    rt_memstats.mallocs++;
    return p;
}

void *rt_alloc(uint64_t size, const RtType *t)
{
    if (size == 0)
        return rt_zerobase;
    if (!heap.arenas)
        heap_init();
    bool noscan = t == NULL || t->ptrdata == 0;

    if (size <= RT_MAX_SMALL_SIZE) {
        int sc = rt_size_to_class(size);
        int spc = sc * 2 + noscan;
        RtSpan *s = heap.current[spc];
        uint32_t i = s ? next_free(s) : 0;
        if (!s || i == s->nelems) {
            RtSpan *ns = new_span(rt_class_to_npages[sc], sc, rt_class_to_size[sc], noscan);
            ns->next = s;
            heap.current[spc] = s = ns;
            i = 0;
        }
        return take_slot(s, i);
    }

    if (size > RT_MAX_ALLOC)
        out_of_memory(size);
    uint64_t npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
    RtSpan *s = new_span(npages, 0, npages << RT_PAGE_SHIFT, noscan);
    return take_slot(s, 0);
}

RtSpan *rt_span_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (!heap.arenas || a >> ADDR_BITS)
        return NULL;
    Arena *ar = heap.arenas[a >> ARENA_SHIFT];
    if (!ar)
        return NULL;
    RtSpan *s = ar->spans[(a & (ARENA_SIZE - 1)) >> RT_PAGE_SHIFT];
    if (!s || a < s->start || a >= s->start + (s->npages << RT_PAGE_SHIFT))
        return NULL;
    return s;
}

RtSpan *const *rt_all_spans(size_t *n)
{
    *n = heap.nall;
    return heap.all;
}
