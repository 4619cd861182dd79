/* rt.h — the contract between compiled code (codegen/) and the runtime.
 *
 * Contents
 *   1. data layouts shared with generated code (strings, slices,
 *      interfaces, type descriptors)
 *   2. calling conventions
 *   3. entry points codegen calls (C ABI)
 *   4. the standard-library functions implemented in C (Go ABI frames)
 *
 * Everything here is also what codegen emits byte for byte; change both
 * sides together.
 */
#ifndef MINIGO_RT_H
#define MINIGO_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- 1. layouts (amd64, as Go's) ---------------------------------------- */

typedef struct RtString {   /* 16 bytes */
    const uint8_t *ptr;
    int64_t len;
} RtString;

typedef struct RtSlice {    /* 24 bytes */
    void *ptr;
    int64_t len, cap;
} RtSlice;

typedef struct RtType RtType;

typedef struct RtIface {    /* 16 bytes; an empty interface (any) */
    const RtType *type;     /* NULL for a nil interface */
    void *data;             /* pointer-shaped values (kinds PTR, MAP, CHAN, FUNC,
                               UNSAFEPTR) are stored here directly; any other
                               value points to a copy (a box) */
} RtIface;

/* Kinds use reflect.Kind's numbering. */
enum {
    RT_BOOL = 1, RT_INT, RT_INT8, RT_INT16, RT_INT32, RT_INT64,
    RT_UINT, RT_UINT8, RT_UINT16, RT_UINT32, RT_UINT64, RT_UINTPTR,
    RT_FLOAT32, RT_FLOAT64, RT_COMPLEX64, RT_COMPLEX128,
    RT_ARRAY, RT_CHAN, RT_FUNC, RT_INTERFACE, RT_MAP, RT_PTR, RT_SLICE,
    RT_STRING, RT_STRUCT, RT_UNSAFEPTR
};

/* Every interface value, empty or not, is an RtIface: word 0 is the
 * dynamic type's descriptor (no itab), word 1 the data word.  Methods are
 * found through the descriptor. */

/* A function value (kind FUNC) is a pointer to a closure object: word 0 is
 * the code address, the captured variables follow.  A call through a
 * function value loads the code address from word 0 and passes the closure
 * pointer in %rdx (the "context"); a top-level function used as a value is
 * a read-only object holding just its code address.  nil is 0. */

typedef struct RtField {    /* 24 bytes */
    const char *name;       /* NUL-terminated */
    const RtType *type;
    uint64_t offset;
} RtField;

/* A type descriptor: codegen emits one per type that needs it, in .data,
 * labelled "type.NAME" (mangled).  64 bytes. */
struct RtType {
    uint64_t size;          /*  0 */
    uint64_t ptrdata;       /*  8: length of the prefix that may hold pointers; 0 = none */
    uint32_t kind;          /* 16: RT_* */
    uint32_t nfields;       /* 20: STRUCT */
    const char *name;       /* 24: as %T prints it: "int", "main.T", "[]int", "*main.T" */
    const RtType *elem;     /* 32: PTR, SLICE, ARRAY element */
    const RtField *fields;  /* 40: STRUCT */
    uint64_t len;           /* 48: ARRAY */
    const uint8_t *gcmask;  /* 56: bit i set = word i may hold a pointer (NULL until the GC issue) */
};

/* ---- 2. calling conventions ----------------------------------------------
 *
 * Go functions (generated code) use a stack-based convention like Go's old
 * ABI0: the caller writes the arguments, then the results' space, into the
 * bottom of its own frame, at 0(%rsp) upward, each at its type's alignment
 * (at least 8), and calls.  The callee finds them at 16(%rbp) upward after
 * `push %rbp; mov %rsp,%rbp`, and writes its results there before returning.
 * No register is preserved except %rsp, %rbp, %rbx, %r12-%r15 (the C
 * callee-saved set, so C can call Go).  %rsp is 16-byte aligned at each call.
 *
 * Runtime entry points (section 3) are plain C functions (System V ABI).
 *
 * Standard-library functions written in C (section 4) take one argument:
 * a pointer to the Go argument/result block described above.  Their
 * symbols are the Go names ("fmt.Println"), set with asm labels.
 */

/* ---- 3. entry points for generated code (C ABI) -------------------------- */

/* The one allocation entry point: zeroed memory for one object of type t
 * (t may be NULL for pointer-free memory). */
void *rt_alloc(uint64_t size, const RtType *t);
/* make([]E, len, cap) on the heap; panics as Go does for bad sizes. */
void rt_makeslice(RtSlice *out, const RtType *elem, int64_t len, int64_t cap);
/* Grows *s so that cap >= newlen, exactly as go1.19's growslice chooses the
 * new capacity (size classes included); copies the old elements; keeps len. */
void rt_growslice(RtSlice *s, const RtType *elem, int64_t newlen);
/* copy(dst, src) for n elements of elem, with the write barrier when the
 * elements hold pointers (append(s, t...) uses it). */
void rt_typedslicecopy(const RtType *elem, void *dst, const void *src, int64_t n);
void rt_concatstring(RtString *out, const RtString *a, const RtString *b);
bool rt_eqstring(const RtString *a, const RtString *b);
int rt_cmpstring(const RtString *a, const RtString *b);  /* -1, 0, 1 */

/* Calls Go code from C: fn is a code address, ctx the closure context
 * (%rdx), block the argument/result block of size bytes (section 2),
 * which holds the results afterwards.  (runtime/stack_amd64.S) */
void rt_callgo(const void *fn, void *ctx, void *block, uint64_t size);

/* Panics run the deferred calls (runtime/defer.c); one nothing recovers
 * prints Go's message and exits with status 2.  Runtime errors are
 * recoverable panics whose value is a runtime.Error. */
_Noreturn void rt_panic_index(int64_t i, int64_t len);   /* index out of range [i] with length len */
_Noreturn void rt_panic_divide(void);                    /* integer divide by zero */
_Noreturn void rt_panic_iface(const RtIface *v);         /* panic(v) */
_Noreturn void rt_throw(const char *msg);                /* fatal error: msg (not recoverable) */
_Noreturn void rt_panic_plain(const char *msg);          /* a runtime.Error printed as msg alone */

/* Defer (runtime/defer.c).  A defer statement writes the deferred call's
 * argument/result block at 0(%rsp), as for the call itself, and calls
 *
 *      rt_deferproc(code, ctx, size, resume, flags)
 *
 * code: the function's code address (NULL for a nil function value: the
 * panic comes when the call would run); ctx: the closure context (%rdx) of
 * the call; size: the block's size; resume: the address of the deferring
 * function's return sequence; flags: RT_DEFER_CABI for a standard-library
 * function written in C (called as code(block)).  The return sequence of
 * a function with defer statements — where a normal return goes, and
 * where a recovered panic resumes, with %rsp, %rbp, %rbx, %r12-%r15 as at
 * the defer statement — is
 *
 *      rt_rundefers(%rbp); copy the result variables out; leave; ret
 *
 * recover() is rt_gorecover(&result, %rbp of the function calling it). */
enum { RT_DEFER_CABI = 1 };
void rt_deferproc(const void *code, void *ctx, uint64_t size, const void *resume, uint64_t flags);
void rt_rundefers(uintptr_t fp);
void rt_gorecover(RtIface *out, uintptr_t fp);
void rt_gorecover_deferred(RtIface *out);     /* `defer recover()`'s wrapper */

/* The write barrier (runtime/gc.c explains it).  Generated code stores a
 * value holding pointers through an address not known to be in its own
 * frame like this:
 *
 *      cmpb $0, rt_gc_wbenabled(%rip)      set only while the GC marks
 *      je 1f
 *      call rt_gc_wb(slot, new)            one pointer word, or
 *      call rt_gc_wbtyped(dst, src, type)  a value of type (src NULL:
 *                                          the zero value)
 *   1: the store itself
 *
 * The calls only shade (the old and the new pointers); they do not store. */
extern uint8_t rt_gc_wbenabled;
void rt_gc_wb(void **slot, void *newval);
void rt_gc_wbtyped(void *dst, const void *src, const RtType *t);

/* The roots codegen emits: every global variable whose type holds
 * pointers, in one table labelled "minigo.globals". */
typedef struct RtGlobalRoot {
    void *addr;
    const RtType *type;
} RtGlobalRoot;
typedef struct RtGlobalRoots {
    uint64_t n;
    RtGlobalRoot roots[];
} RtGlobalRoots;

/* The program: the runtime's main() sets up, runs "main.init" then
 * "main.main" (both emitted by codegen) on a large stack, then exits 0. */

/* ---- 4. standard library in C (Go ABI frames) ---------------------------- */

/* func Println(a ...any) (n int, err error) */
typedef struct { RtSlice a; int64_t n; RtIface err; } FmtPrintlnFrame;

/* package runtime and runtime/debug (gc_stats.c): "runtime.GC",
 * "runtime.ReadMemStats", "runtime.KeepAlive", "runtime.NumGoroutine",
 * "runtime.NumCPU", "runtime.GOMAXPROCS", "runtime.Gosched",
 * "runtime/debug.SetGCPercent", "runtime/debug.SetMemoryLimit",
 * "runtime/debug.FreeOSMemory". */
typedef struct { void *m; } RuntimeReadMemStatsFrame;          /* m *MemStats */
typedef struct { RtIface x; } RuntimeKeepAliveFrame;           /* x any */
typedef struct { int64_t n; } RuntimeNumGoroutineFrame;        /* () int (also NumCPU) */
typedef struct { int64_t n, old; } RuntimeGOMAXPROCSFrame;     /* (n int) int */
typedef struct { int64_t percent, old; } DebugSetGCPercentFrame; /* (percent int) int */
typedef struct { int64_t limit, old; } DebugSetMemoryLimitFrame; /* (limit int64) int64 */

/* go1.19's runtime.MemStats, field for field (Go code reads it). */
typedef struct RtGoMemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256], PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    struct {
        uint32_t Size;
        uint64_t Mallocs, Frees;
    } BySize[61];
} RtGoMemStats;

#endif
