/* alloc.c — the heap allocator: rt_alloc, the one allocation entry point.
 *
 * Design (after go1.19's malloc.go / mheap.go / mcentral.go, simplified)
 *
 *   Arenas.  The heap's address space comes from mmap in arenas of 64 MB,
 *   each aligned to 64 MB (we ask for Go's hint 0xc000000000 first, so heap
 *   addresses look like Go's).  An arena index (one slot per 64 MB of the
 *   48-bit address space, itself a lazily-touched mmap) maps an address to
 *   its arena; each arena holds a table from its 8192 pages to the span that
 *   owns the page.  That gives the span of any address in two loads, which
 *   is how the collector turns a pointer into "which object is this"
 *   (gc_find_object in gc.h).
 *
 *   Pages.  Pages (8 KB) come from runs of free pages first (pages that
 *   held spans the sweeper freed), else by bumping through the current
 *   arena.  The heap "grows" (heap_sys) in steps of at least 512 pages
 *   (4 MB), as Go's mheap.grow does.  A free run is a span record in state
 *   RT_SPAN_FREE entered in the page table at its first and last page, so
 *   a run being freed finds its free neighbours and coalesces with them;
 *   free runs are kept in lists by length (best fit).  A run that held data
 *   is "needzero": a span cut from it clears each object as it hands it out.
 *
 *   Spans.  A small object (<= 32 KB) is rounded up to one of Go's 68 size
 *   classes (sizeclasses.c) and placed in a span of that class, whose pages
 *   are cut into nelems equal slots; a large object gets a span of its own.
 *   Pointer-free objects (type NULL or ptrdata 0) live in separate "noscan"
 *   spans, so the span class is (size class, noscan).  For each span class
 *   we allocate from one current span (Go's mcache), finding the next clear
 *   bit of allocbits at or after freeindex.  When it is full we take
 *   another (Go's mcentral.cacheSpan): a swept span with free slots, else
 *   we sweep unswept spans of the class until one has room (that is lazy
 *   sweeping: a span is swept when the allocator needs it, or by the
 *   proportional sweeper, gc_sweep.c), else a new span.
 *
 *   Pointer maps.  A scannable small span has a heap bitmap, one bit per
 *   word, written when an object is allocated from its type's gcmask
 *   (repeated when the object is an array of the type: make, append).  A
 *   large object's span records the element type itself.  The collector
 *   scans objects precisely with these.
 *
 *   Collector hooks.  Every allocation adds to rt_gc.heap_live; when that
 *   reaches rt_gc.alloc_slow_at (the trigger; 0 while marking) the
 *   allocation calls gc_alloc_slow, which starts a cycle, or, during
 *   marking, colours the new object black and makes the allocator assist.
 *
 *   Bookkeeping (span records, bitmaps, arena tables) lives outside the
 *   heap, in chunks from rt_persistent_alloc; span records and bitmaps are
 *   recycled through free lists.  Single-threaded: there is one goroutine.
 */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/gc.h"

enum {
    GROW_PAGES = 512,                           /* grow the heap >= 4 MB at a time */
    NUM_SPAN_CLASSES = RT_NUM_SIZE_CLASSES * 2,
    FREE_LISTS = 128,                           /* free runs of 1..127 pages; the last: longer */
    MAX_BITS_WORDS = 256,                       /* largest recycled bitmap */
};
#define ARENA_SIZE ((uint64_t)1 << RT_ARENA_SHIFT)
#define NUM_ARENAS ((size_t)1 << (RT_ADDR_BITS - RT_ARENA_SHIFT))
#define ARENA_HINT ((uintptr_t)0xc000000000)

typedef struct SpanList {
    RtSpan *first;
    uint64_t n;
} SpanList;

RtMemStats rt_memstats;
uint8_t rt_zerobase[8];
RtArena **rt_arena_index;

static struct {
    uintptr_t hint;                     /* where to ask mmap for the next arenas */
    uintptr_t cur, grown, end;          /* pages: [cur, grown) grown and free, [grown, end) mapped */
    RtSpan *current[NUM_SPAN_CLASSES];  /* per span class: the span we allocate from */
    SpanList partial[NUM_SPAN_CLASSES]; /* swept spans with free slots */
    SpanList unswept[NUM_SPAN_CLASSES]; /* spans still holding last cycle's allocation */
    SpanList freeruns[FREE_LISTS];      /* runs of free pages by length */
    RtSpan **all;                       /* every span record ever made */
    size_t nall, capall;
    RtSpan *spare;                      /* dead records, linked by next */
    uint64_t *bitsfree[MAX_BITS_WORDS + 1];
    char *pchunk;                       /* rt_persistent_alloc's current chunk */
    size_t pleft;
    uintptr_t tiny;                     /* the current tiny block, or 0 */
    uint64_t tinyoffset;                /* its bytes handed out */
    uint64_t next_sample;               /* bytes to allocate before the next
                                           heap profile sample (mprof.c) */
} heap;

/* No address space for size more bytes of heap: go1.19's mheap.grow
 * prints what it asked for (the pages, rounded up to 512 of them) and the
 * heap's size, then mallocgc throws. */
static _Noreturn void out_of_memory(uint64_t size)
{
    if (size + RT_PAGE_SIZE < size)
        rt_throw_runtime("out of memory");
    uint64_t npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
    uint64_t ask = ((npages + 511) & ~(uint64_t)511) << RT_PAGE_SHIFT;
    RtBuf b = {0};
    rt_out_flush();
    rt_buf_puts(&b, "runtime: out of memory: cannot allocate ");
    rt_buf_uint(&b, ask);
    rt_buf_puts(&b, "-byte block (");
    rt_buf_uint(&b, rt_memstats.heap_sys);
    rt_buf_puts(&b, " in use)\n");
    rt_write_fd(2, b.p, b.len);
    rt_throw_runtime("out of memory");
}

/* go1.19's sysMap: make reserved heap address space usable.  The
 * reservation is mapped MAP_NORESERVE, which the kernel does not count;
 * this mapping is counted, so a request the machine can never back (a
 * make([]byte) of terabytes) fails here at once, with go's fatal error
 * from its system stack, instead of growing until the OOM killer comes. */
static void commit_memory(uintptr_t base, uint64_t size)
{
    void *p = mmap((void *)base, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (p == MAP_FAILED && errno == ENOMEM)
        rt_throw_system("runtime: out of memory");
    if (p != (void *)base)
        rt_throw_system("runtime: cannot map pages in arena address space");
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
    rt_memstats.meta_sys += size;
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

/* ---- bitmaps: zeroed, recycled by length ---- */

uint64_t *rt_bits_alloc(size_t nwords)
{
    if (nwords <= MAX_BITS_WORDS && heap.bitsfree[nwords]) {
        uint64_t *b = heap.bitsfree[nwords];
        heap.bitsfree[nwords] = (uint64_t *)b[0];
        memset(b, 0, nwords * 8);
        return b;
    }
    return rt_persistent_alloc(nwords * 8);
}

static void bits_free(uint64_t *b, size_t nwords)
{
    if (!b || nwords > MAX_BITS_WORDS)
        return;
    b[0] = (uint64_t)(uintptr_t)heap.bitsfree[nwords];
    heap.bitsfree[nwords] = b;
}

static size_t slot_words(const RtSpan *s) { return (s->nelems + 63) / 64; }
static size_t heap_words(const RtSpan *s) { return ((s->npages << RT_PAGE_SHIFT) / 8 + 63) / 64; }

/* ---- span lists ---- */

static void list_push(SpanList *l, RtSpan *s)
{
    s->prev = NULL;
    s->next = l->first;
    if (l->first)
        l->first->prev = s;
    l->first = s;
    s->list = l;
    l->n++;
}

static void list_remove(RtSpan *s)
{
    SpanList *l = s->list;
    if (!l)
        return;
    if (s->prev)
        s->prev->next = s->next;
    else
        l->first = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
    s->list = NULL;
    l->n--;
}

static RtSpan *list_pop(SpanList *l)
{
    RtSpan *s = l->first;
    if (s)
        list_remove(s);
    return s;
}

/* ---- span records ---- */

static RtSpan *record_new(void)
{
    RtSpan *s = heap.spare;
    if (s) {
        heap.spare = s->next;
        memset(s, 0, sizeof *s);
        return s;
    }
    s = rt_persistent_alloc(sizeof *s);
    if (heap.nall == heap.capall) {
        size_t ncap = heap.capall ? heap.capall * 2 : 1024;
        RtSpan **all = rt_persistent_alloc(ncap * sizeof *all);
        if (heap.nall)
            memcpy(all, heap.all, heap.nall * sizeof *all);
        heap.all = all;         /* the old array is leaked: bookkeeping is never freed */
        heap.capall = ncap;
    }
    heap.all[heap.nall++] = s;
    return s;
}

static void record_free(RtSpan *s)
{
    if (s->state == RT_SPAN_INUSE) {
        bits_free(s->allocbits, slot_words(s));
        bits_free(s->markbits, slot_words(s));
        bits_free(s->scanbits, slot_words(s));
        bits_free(s->checkbits, slot_words(s));
        if (s->heapbits)
            bits_free(s->heapbits, heap_words(s));
    }
    list_remove(s);
    s->state = RT_SPAN_DEAD;
    s->allocbits = s->markbits = s->scanbits = s->checkbits = s->heapbits = NULL;
    s->next = heap.spare;
    heap.spare = s;
}

/* ---- arenas and pages ---- */

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
    rt_size_to_class(1);        /* builds the lookup tables */
    /* go1.19's linker turns heap profiling off in programs that cannot
     * read the profile (disableMemoryProfiling) */
    if (!rt_mprof_malloc)
        rt_mem_profile_rate = 0;
    else
        heap.next_sample = rt_mprof_next_sample();
    rt_arena_index = map_memory(NULL, NUM_ARENAS * sizeof(RtArena *));
    if (!rt_arena_index)
        out_of_memory(NUM_ARENAS * sizeof(RtArena *));
}

static void set_page(uintptr_t page, RtSpan *s)
{
    RtArena *a = rt_arena_index[page >> RT_ARENA_SHIFT];
    a->spans[(page >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)] = s;
}

/* The record the page table holds for page, unchecked (maybe stale). */
static RtSpan *page_entry(uintptr_t page)
{
    if (page >> RT_ADDR_BITS)
        return NULL;
    RtArena *a = rt_arena_index[page >> RT_ARENA_SHIFT];
    return a ? a->spans[(page >> RT_PAGE_SHIFT) & (RT_PAGES_PER_ARENA - 1)] : NULL;
}

static SpanList *run_list(uint64_t npages)
{
    return &heap.freeruns[npages < FREE_LISTS ? npages : FREE_LISTS - 1];
}

static void insert_run(RtSpan *r)
{
    set_page(r->start, r);
    set_page(r->start + ((r->npages - 1) << RT_PAGE_SHIFT), r);
    list_push(run_list(r->npages), r);
}

/* npages free pages: from a free run (best fit), else fresh from the
 * arena.  *needzero tells whether they may hold old data. */
static uintptr_t pages_alloc(uint64_t npages, bool *needzero)
{
    RtSpan *r = NULL;
    for (uint64_t n = npages; n < FREE_LISTS - 1 && !r; n++)
        r = heap.freeruns[n].first;
    if (!r) {
        for (RtSpan *x = heap.freeruns[FREE_LISTS - 1].first; x; x = x->next)
            if (x->npages >= npages && (!r || x->npages < r->npages))
                r = x;
    }
    if (r) {
        list_remove(r);
        uintptr_t p = r->start;
        *needzero = r->needzero;
        if (r->released)
            rt_memstats.heap_released -= npages << RT_PAGE_SHIFT;
        if (r->npages > npages) {
            r->start += npages << RT_PAGE_SHIFT;
            r->npages -= npages;
            insert_run(r);
        } else {
            record_free(r);
        }
        return p;
    }

    *needzero = false;
    uint64_t bytes = npages << RT_PAGE_SHIFT;
    if (heap.end - heap.cur < bytes) {
        uint64_t size = (bytes + ARENA_SIZE - 1) & ~(ARENA_SIZE - 1);
        if (size < bytes)
            out_of_memory(bytes);
        uintptr_t base = map_arenas(size);
        if (!base)
            out_of_memory(bytes);
        for (uintptr_t a = base; a < base + size; a += ARENA_SIZE)
            rt_arena_index[a >> RT_ARENA_SHIFT] = rt_persistent_alloc(sizeof(RtArena));
        /* What is left of the old arena becomes a free run. */
        if (heap.grown > heap.cur) {
            RtSpan *rest = record_new();
            rest->state = RT_SPAN_FREE;
            rest->start = heap.cur;
            rest->npages = (heap.grown - heap.cur) >> RT_PAGE_SHIFT;
            insert_run(rest);
        }
        heap.cur = heap.grown = base;
        heap.end = base + size;
    }
    if (heap.grown - heap.cur < bytes) {
        uint64_t need = (heap.cur + bytes - heap.grown) >> RT_PAGE_SHIFT;
        uint64_t grow = (need + GROW_PAGES - 1) / GROW_PAGES * GROW_PAGES;
        uintptr_t newgrown = heap.grown + (grow << RT_PAGE_SHIFT);
        if (newgrown > heap.end)
            newgrown = heap.end;
        commit_memory(heap.grown, newgrown - heap.grown);
        rt_memstats.heap_sys += newgrown - heap.grown;
        heap.grown = newgrown;
    }
    uintptr_t p = heap.cur;
    heap.cur += bytes;
    return p;
}

/* Give pages back, coalescing with free neighbours. */
static void pages_free(uintptr_t start, uint64_t npages, bool needzero)
{
    RtSpan *r = record_new();
    r->state = RT_SPAN_FREE;
    r->start = start;
    r->npages = npages;
    r->needzero = needzero;

    /* A run merged with a released one counts as not released (its
     * pages read as zero either way). */
    RtSpan *left = page_entry(start - RT_PAGE_SIZE);
    if (left && left->state == RT_SPAN_FREE &&
        left->start + (left->npages << RT_PAGE_SHIFT) == start) {
        list_remove(left);
        if (left->released)
            rt_memstats.heap_released -= left->npages << RT_PAGE_SHIFT;
        r->start = left->start;
        r->npages += left->npages;
        r->needzero |= left->needzero;
        record_free(left);
    }
    uintptr_t end = r->start + (r->npages << RT_PAGE_SHIFT);
    RtSpan *right = page_entry(end);
    if (right && right->state == RT_SPAN_FREE && right->start == end) {
        list_remove(right);
        if (right->released)
            rt_memstats.heap_released -= right->npages << RT_PAGE_SHIFT;
        r->npages += right->npages;
        r->needzero |= right->needzero;
        record_free(right);
    }
    insert_run(r);
}

/* debug.FreeOSMemory's second half: every free run's pages go back to the
 * OS (MADV_DONTNEED: they read as zero when touched again).  The address
 * space stays the heap's: HeapSys is unchanged, HeapReleased grows. */
void rt_heap_release_free(void)
{
    for (int i = 0; i < FREE_LISTS; i++)
        for (RtSpan *r = heap.freeruns[i].first; r; r = r->next) {
            if (r->released)
                continue;
            madvise((void *)r->start, r->npages << RT_PAGE_SHIFT, MADV_DONTNEED);
            r->released = true;
            r->needzero = false;
            rt_memstats.heap_released += r->npages << RT_PAGE_SHIFT;
        }
}

static RtSpan *new_span(uint64_t npages, int sizeclass, uint64_t elemsize, bool noscan)
{
    bool needzero;
    uintptr_t start = pages_alloc(npages, &needzero);
    RtSpan *s = record_new();
    s->start = start;
    s->npages = npages;
    s->elemsize = elemsize;
    s->nelems = (uint32_t)((npages << RT_PAGE_SHIFT) / elemsize);
    s->divmul = sizeclass ? (uint32_t)(UINT32_MAX / (uint32_t)elemsize + 1) : 0;
    s->sizeclass = (uint8_t)sizeclass;
    s->state = RT_SPAN_INUSE;
    s->noscan = noscan;
    s->needzero = needzero;
    s->sweepgen = rt_gc.sweepgen;
    s->allocbits = rt_bits_alloc(slot_words(s));
    s->markbits = rt_bits_alloc(slot_words(s));
    if (rt_gc.verify)
        s->scanbits = rt_bits_alloc(slot_words(s));
    if (!noscan && sizeclass)
        s->heapbits = rt_bits_alloc(heap_words(s));
    for (uint64_t i = 0; i < npages; i++)
        set_page(start + (i << RT_PAGE_SHIFT), s);
    rt_memstats.num_spans++;
    rt_memstats.heap_inuse += npages << RT_PAGE_SHIFT;
    return s;
}

/* The sweeper is done with s: free it if nothing in it survived (unless
 * keep: the allocator's current span), else file it where the allocator
 * looks for room. */
void rt_heap_after_sweep(RtSpan *s, bool keep)
{
    list_remove(s);
    if (s->alloccount == 0 && !keep && !rt_heap_is_current(s)) {
        uintptr_t start = s->start;
        uint64_t npages = s->npages;
        rt_memstats.num_spans--;
        rt_memstats.heap_inuse -= npages << RT_PAGE_SHIFT;
        record_free(s);
        pages_free(start, npages, true);
        return;
    }
    if (s->sizeclass && s->alloccount < s->nelems && !rt_heap_is_current(s))
        list_push(&heap.partial[s->sizeclass * 2 + s->noscan], s);
}

bool rt_heap_is_current(const RtSpan *s)
{
    return s->sizeclass && heap.current[s->sizeclass * 2 + s->noscan] == s;
}

RtSpan *rt_heap_pop_unswept(int spc)
{
    return list_pop(&heap.unswept[spc]);
}

/* At mark termination every span in use becomes unswept: file the small
 * ones on their class's unswept list (the current ones are swept at once
 * by the caller). */
void rt_heap_rebuild_lists(void)
{
    for (int i = 0; i < NUM_SPAN_CLASSES; i++) {
        heap.partial[i] = (SpanList){0};
        heap.unswept[i] = (SpanList){0};
    }
    for (size_t i = 0; i < heap.nall; i++) {
        RtSpan *s = heap.all[i];
        if (s->state != RT_SPAN_INUSE)
            continue;
        s->list = NULL;
        s->next = s->prev = NULL;
        if (s->sizeclass && !rt_heap_is_current(s))
            list_push(&heap.unswept[s->sizeclass * 2 + s->noscan], s);
    }
    for (int i = 0; i < NUM_SPAN_CLASSES; i++)
        if (heap.current[i])
            gc_sweep_span(heap.current[i]);
}

uint64_t rt_heap_pages_inuse(void) { return rt_memstats.heap_inuse >> RT_PAGE_SHIFT; }

/* ---- objects ---- */

bool rt_span_isallocated(const RtSpan *s, uint32_t i)
{
    return gc_bit(s->allocbits, i);
}

/* The allocation cache holds the free bits of the 64-slot word of
 * allocbits that holds freeindex, from freeindex on (Go's allocCache). */
static inline void fill_cache(RtSpan *s)
{
    uint32_t fi = s->freeindex;
    s->alloccache = fi < s->nelems ? ~s->allocbits[fi / 64] >> (fi % 64) : 0;
}

/* The next free slot from the cache (taken: freeindex moves past it), or
 * UINT32_MAX when the cache has none (Go's nextFreeFast). */
static inline uint32_t next_free_fast(RtSpan *s)
{
    uint64_t c = s->alloccache;
    if (!c)
        return UINT32_MAX;
    unsigned tz = (unsigned)__builtin_ctzll(c);
    uint32_t i = s->freeindex + tz;
    if (i >= s->nelems)
        return UINT32_MAX;
    s->freeindex = i + 1;
    s->alloccache = tz == 63 ? 0 : c >> (tz + 1);
    if (s->freeindex % 64 == 0)
        fill_cache(s);
    return i;
}

/* The first free slot of s at or after freeindex (taken), or nelems. */
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
    if (i >= s->nelems) {
        s->freeindex = s->nelems;
        s->alloccache = 0;
        return s->nelems;
    }
    s->freeindex = i + 1;
    fill_cache(s);
    return i;
}

void rt_span_reset_freeindex(RtSpan *s)
{
    s->freeindex = 0;
    fill_cache(s);
}

/* Is word `off` (bytes, a multiple of 8, < t->size) of t a pointer slot? */
static inline bool type_ptr_word(const RtType *t, uint64_t off)
{
    if (off >= t->ptrdata)
        return false;
    return !t->gcmask || ((t->gcmask[off / 64] >> (off / 8 % 8)) & 1);
}

/* Write n (<= 64) bits of pat into bits at bit position w. */
static inline void put_bits(uint64_t *bits, uint64_t w, unsigned n, uint64_t pat)
{
    uint64_t m = n == 64 ? ~(uint64_t)0 : (((uint64_t)1 << n) - 1);
    unsigned sh = w % 64;
    uint64_t *b = &bits[w / 64];
    b[0] = (b[0] & ~(m << sh)) | (pat << sh);
    if (sh && sh + n > 64)
        b[1] = (b[1] & ~(m >> (64 - sh))) | (pat >> (64 - sh));
}

/* The heap bits of the object at p (a slot of s): t's pointer map over
 * the whole slot, repeated every t->size bytes. */
static void heapbits_set(RtSpan *s, uintptr_t p, const RtType *t)
{
    uint64_t w0 = (p - s->start) / 8, nw = s->elemsize / 8;
    uint64_t tsize = t->size >= 8 ? t->size : 8, off = 0;
    for (uint64_t k = 0; k < nw; k += 64) {
        unsigned n = nw - k < 64 ? (unsigned)(nw - k) : 64;
        uint64_t pat = 0;
        for (unsigned j = 0; j < n; j++) {
            if (type_ptr_word(t, off))
                pat |= (uint64_t)1 << j;
            off += 8;
            if (off >= tsize)
                off = 0;
        }
        put_bits(s->heapbits, w0 + k, n, pat);
    }
}

static inline void *take_slot(RtSpan *s, uint32_t i)
{
    gc_setbit(s->allocbits, i);
    s->alloccount++;
    void *p = (void *)(s->start + i * s->elemsize);
    if (s->needzero)
        memset(p, 0, s->elemsize);
    rt_memstats.total_alloc += s->elemsize;
    rt_memstats.heap_alloc += s->elemsize;
    rt_memstats.mallocs++;
    rt_memstats.class_mallocs[s->sizeclass]++;
    rt_gc.heap_live += s->elemsize;
    if (!s->noscan)
        rt_gc.heap_scan += s->elemsize;
    return p;
}

/* The current span of span class spc is full: find another (see the
 * header comment). */
static RtSpan *refill(int spc)
{
    gc_on_refill();
    RtSpan *s = list_pop(&heap.partial[spc]);
    while (!s) {
        RtSpan *u = rt_heap_pop_unswept(spc);
        if (!u)
            break;
        gc_sweep_span(u);           /* files u on partial if it has room */
        s = list_pop(&heap.partial[spc]);
    }
    if (!s) {
        int sc = spc / 2;
        s = new_span(rt_class_to_npages[sc], sc, rt_class_to_size[sc], spc & 1);
        fill_cache(s);
    }
    heap.current[spc] = s;
    return s;
}

/* A small object of span class spc (size class and noscan). */
static inline void *alloc_small(int spc, const RtType *t, bool noscan, uint64_t size)
{
    RtSpan *s = heap.current[spc];
    uint32_t i = s ? next_free_fast(s) : UINT32_MAX;
    if (i == UINT32_MAX) {
        i = s ? next_free(s) : 0;
        if (!s || i == s->nelems) {
            s = refill(spc);
            i = next_free(s);
        }
    }
    void *p = take_slot(s, i);
    if (!noscan)
        heapbits_set(s, (uintptr_t)p, t);
    if (__builtin_expect(rt_gc.heap_live >= rt_gc.alloc_slow_at, 0))
        gc_alloc_slow(s, i, size);
    return p;
}

/* go1.19's tiny allocator: pointer-free objects under RT_TINY_SIZE bytes
 * share 16-byte blocks, each at its size's natural alignment (8, 4, 2 or
 * 1), so that small strings and scalars cost one block for several.  A
 * block is freed when none of its objects is reachable.  The current
 * block is dropped at each mark termination (go's mcache releaseAll) and
 * shaded at each cycle's start (gcMarkTinyAllocs).  Returns NULL when
 * the object fits in the current block; else the new block (zeroed),
 * which becomes the current one if it leaves more room. */
static inline void *alloc_tiny(uint64_t size, void **obj)
{
    uint64_t off = heap.tinyoffset;
    if ((size & 7) == 0)
        off = (off + 7) & ~(uint64_t)7;
    else if ((size & 3) == 0)
        off = (off + 3) & ~(uint64_t)3;
    else if ((size & 1) == 0)
        off = (off + 1) & ~(uint64_t)1;
    if (off + size <= RT_TINY_SIZE && heap.tiny) {
        *obj = (void *)(heap.tiny + off);
        heap.tinyoffset = off + size;
        rt_memstats.tiny_allocs++;
        return NULL;
    }
    int sc = rt_size_to_class8[RT_TINY_SIZE / 8];
    void *x = alloc_small(sc * 2 + 1, NULL, true, RT_TINY_SIZE);
    if (size < heap.tinyoffset || !heap.tiny) {
        heap.tiny = (uintptr_t)x;
        heap.tinyoffset = size;
    }
    *obj = x;
    return x;
}

void rt_heap_tiny_reset(void)
{
    heap.tiny = 0;
    heap.tinyoffset = 0;
}

uintptr_t rt_heap_tiny_block(void)
{
    return heap.tiny;
}

/* go1.19's sampling of allocations for the heap profile (mallocgc's end):
 * with MemProfileRate 1 every allocation, else one every
 * MemProfileRate bytes on average (mprof.c draws the distances). */
int64_t rt_mem_profile_rate = 512 * 1024;      /* go's default */

static inline void maybe_sample(void *p, uint64_t size, uintptr_t fp)
{
    int64_t rate = rt_mem_profile_rate;
    if (__builtin_expect(rate <= 0, 1) || !rt_mprof_malloc)
        return;
    if (rate != 1 && size < heap.next_sample) {
        heap.next_sample -= size;
        return;
    }
    heap.next_sample = rt_mprof_next_sample();
    rt_mprof_malloc(p, size, fp);
}

/* With a frame pointer, so that the heap profile can walk the stack. */
__attribute__((optimize("no-omit-frame-pointer")))
void *rt_alloc(uint64_t size, const RtType *t)
{
    uintptr_t fp = (uintptr_t)__builtin_frame_address(0);
    if (size == 0)
        return rt_zerobase;
    if (!rt_arena_index)
        heap_init();
    bool noscan = t == NULL || t->ptrdata == 0;

    if (size <= RT_MAX_SMALL_SIZE) {
        void *p;
        if (noscan && size < RT_TINY_SIZE) {
            if (!alloc_tiny(size, &p))
                return p;       /* in the current block: not sampled, as go */
            maybe_sample(p, RT_TINY_SIZE, fp);
            return p;
        }
        int sc = size <= 1016 ? rt_size_to_class8[(size + 7) / 8]
                              : rt_size_to_class128[(size - 1024 + 127) / 128];
        p = alloc_small(sc * 2 + noscan, t, noscan, size);
        maybe_sample(p, rt_class_to_size[sc], fp);
        return p;
    }

    if (size > RT_MAX_ALLOC)
        out_of_memory(size);
    uint64_t npages = (size + RT_PAGE_SIZE - 1) >> RT_PAGE_SHIFT;
    gc_on_refill();
    gc_sweep_reclaim(npages);
    RtSpan *s = new_span(npages, 0, npages << RT_PAGE_SHIFT, noscan);
    s->nelems = 1;
    s->largetype = noscan ? NULL : t;
    s->objsize = size;
    s->freeindex = 1;
    void *p = take_slot(s, 0);
    if (__builtin_expect(rt_gc.heap_live >= rt_gc.alloc_slow_at, 0))
        gc_alloc_slow(s, 0, size);
    maybe_sample(p, s->elemsize, fp);
    return p;
}

RtSpan *rt_span_of(const void *p)
{
    RtSpan *s = gc_span_lookup((uintptr_t)p);
    return s && s->state == RT_SPAN_INUSE ? s : NULL;
}

RtSpan *const *rt_all_spans(size_t *n)
{
    *n = heap.nall;
    return heap.all;
}
