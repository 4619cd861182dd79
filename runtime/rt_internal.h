/* rt_internal.h — declarations shared between the runtime's own files.
 * Generated code sees only rt.h; nothing here is part of that contract.
 *
 * Contents
 *   1. size classes      (sizeclasses.c)
 *   2. heap: spans, arenas, statistics   (alloc.c)
 *   3. output: stdout buffer, byte buffers, number formatting   (print.c)
 *   4. %v formatting     (fmt.c)
 *   5. panics and fatal errors   (panic.c, signal.c)
 *   6. program start and the goroutine stack   (start.c, stack_amd64.S)
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
};

extern const uint16_t rt_class_to_size[RT_NUM_SIZE_CLASSES];
extern const uint8_t rt_class_to_npages[RT_NUM_SIZE_CLASSES];
int rt_size_to_class(uint64_t size);        /* size <= RT_MAX_SMALL_SIZE */
uint64_t rt_roundupsize(uint64_t size);     /* the size malloc really hands out */

/* ---- 2. heap ------------------------------------------------------------- */

/* Go's maxAlloc on linux/amd64: the largest allocation ever attempted. */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

/* A span: a run of pages holding objects of one size class (or one large
 * object, sizeclass 0).  Bit i of allocbits is set when object i is in use. */
typedef struct RtSpan {
    uintptr_t start;        /* address of the first page */
    uint64_t npages;
    uint64_t elemsize;      /* bytes per object */
    uint32_t nelems;        /* object slots in the span */
    uint32_t alloccount;    /* slots in use */
    uint32_t freeindex;     /* every slot below it is in use */
    uint8_t sizeclass;      /* 0 = a large object's span */
    bool noscan;            /* objects hold no pointers (type NULL or ptrdata 0) */
    bool needzero;          /* free slots may hold old data (set by a sweeper) */
    uint64_t *allocbits;
    struct RtSpan *next;    /* next span of the same span class */
} RtSpan;

typedef struct RtMemStats {
    uint64_t total_alloc;   /* bytes allocated, ever (object sizes as rounded) */
    uint64_t mallocs;       /* objects allocated, ever */
    uint64_t frees;         /* objects freed (0 until the GC exists) */
    uint64_t heap_alloc;    /* bytes in live objects */
    uint64_t heap_sys;      /* bytes of address space grown for the heap */
    uint64_t heap_inuse;    /* bytes in spans in use */
    uint64_t num_spans;
} RtMemStats;

extern RtMemStats rt_memstats;
extern uint8_t rt_zerobase[8];      /* what zero-sized allocations point to */

RtSpan *rt_span_of(const void *p);  /* NULL if p is not inside a heap span */
/* The spans ever created, in creation order (for the GC and the tests). */
RtSpan *const *rt_all_spans(size_t *n);
bool rt_span_isallocated(const RtSpan *s, uint32_t i);
/* Memory for the runtime's own bookkeeping: zeroed, never freed. */
void *rt_persistent_alloc(size_t size);

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

/* ---- 4. %v formatting (fmt.c) --------------------------------------------- */

/* Pointer-shaped kinds: an interface holds such a value in its data word
 * itself, not a pointer to a box (as Go, and as codegen's cg_is_ptrshaped). */
static inline bool rt_kind_is_direct(uint32_t kind)
{
    return kind == RT_PTR || kind == RT_MAP || kind == RT_CHAN || kind == RT_FUNC ||
           kind == RT_UNSAFEPTR;
}

/* Append v as fmt's %v prints it (depth 0: a pointer to a composite
 * prints as &{...}). */
void rt_fmt_value(RtBuf *b, const RtIface *v);
/* Go's strconv.FormatFloat(f, 'g', -1, bits). */
void rt_fmt_float(RtBuf *b, double f, int bits);
/* What fmt.Println(a...) prints, newline included. */
void rt_fmt_sprintln(RtBuf *b, const RtSlice *a);

/* ---- 5. panics and fatal errors ------------------------------------------ */

/* panic(runtime error) : "panic: runtime error: " msg. */
_Noreturn void rt_panic_runtime(const char *msg);
/* Everything after the panic line: "\ngoroutine 1 [running]:\n..." and
 * exit(2).  Used by panic.c and signal.c. */
_Noreturn void rt_crash_traceback(RtBuf *msg);
void rt_signals_init(void);

/* ---- 6. start and the goroutine stack ------------------------------------ */

/* The goroutine stack: [rt_stack_lo, rt_stack_hi), with an inaccessible
 * guard region [rt_stack_guard, rt_stack_lo) below it. */
extern uintptr_t rt_stack_guard, rt_stack_lo, rt_stack_hi;
extern uint64_t rt_stack_limit;     /* bytes; Go's default max is 1e9 */

/* Run fn on the stack whose (16-byte aligned) top is stack_top. */
void rt_call_on_stack(void (*fn)(void), void *stack_top);
/* Set up the runtime, run init then mainfn on the goroutine stack, flush
 * stdout, return 0 (what main() returns). */
int rt_start(int argc, char **argv, void (*init)(void), void (*mainfn)(void));

extern int rt_argc;
extern char **rt_argv;

#endif
