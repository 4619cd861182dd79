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

typedef struct RtField {    /* 48 bytes */
    const char *name;       /* NUL-terminated; an embedded field's type name */
    const RtType *type;
    uint64_t offset;
    const char *tag;        /* reflect: the tag's value, or NULL */
    const char *pkgpath;    /* reflect: an unexported name's package, else NULL */
    uint64_t embedded;      /* reflect: 1 for an embedded field */
} RtField;

/* One entry of a descriptor's method table (16 bytes). */
typedef struct RtMethod {
    const char *name;       /* NUL-terminated: "String" */
    const void *code;       /* the method taking the data word of an interface
                               holding the type as its receiver (an 8-byte first
                               argument; a wrapper for value receivers and
                               promoted methods); NULL in an interface type's
                               table, or when the method is not linked in */
} RtMethod;

/* What reflect reads of a method besides its name (RtType.minfo). */
typedef struct RtMethodInfo {
    const RtType *mtyp;     /* its signature without the receiver */
    const RtType *ftyp;     /* its signature with the receiver first (Method.Func's) */
    const void *tfn;        /* the method's own code, Go ABI, taking the receiver (a
                               value of the type) first, when the type is its receiver
                               type; else NULL (call code, a wrapper) */
} RtMethodInfo;

/* RtType.tflags */
enum { RT_TF_NAMED = 1, RT_TF_VARIADIC = 2 };

/* A type descriptor: codegen emits one per type that needs it, in .data,
 * labelled "type.NAME" (mangled).  144 bytes. */
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
    const RtMethod *methods;/* 64: the method set, sorted by name (strcmp); for an
                               interface type, its methods (code NULL) */
    uint32_t nmethods;      /* 72 */
    uint32_t tflags;        /* 76: RT_TF_* */
    const RtType *key;      /* 80: MAP key (the value type is elem) */
    const RtType *slot;     /* 88: MAP: one table entry, struct { key K; value V } */
    uint64_t valoff;        /* 96: MAP: the value's offset in slot */
    /* what reflect reads besides */
    const char *pkgpath;    /* 104: a named type's package path, else NULL */
    const RtType *ptrto;    /* 112: *T of a T that is not a pointer, when the
                               program uses reflect; else NULL */
    const RtType *const *params; /* 120: FUNC: nin parameters, then nout results */
    uint32_t nin, nout;     /* 128 */
    const RtMethodInfo *minfo; /* 136: per entry of methods, when the program uses
                               reflect; else NULL */
};

/* The code of t's method `name` taking the data word as its receiver (an
 * 8-byte first argument, then the method's arguments and results as
 * section 2 lays them out), or NULL if t has none.  Call it with
 * rt_callgo(code, NULL, block, size). */
const void *rt_method(const RtType *t, const char *name);

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

/* Conversions and strings (conv.c).  buf is NULL, or frame storage for a
 * result that does not escape (RT_TMPBUF bytes; string(rune): RT_RUNEBUF;
 * []rune(s): RT_TMPBUF runes), used when the result fits, as Go's tmpBuf:
 * then a []byte or []rune gets capacity RT_TMPBUF.  Otherwise the result
 * is a new heap object ([]byte and []rune with the capacity the allocator
 * hands out, as Go's rawbyteslice); an empty string is nil, a one-byte
 * string static. */
enum { RT_TMPBUF = 32, RT_RUNEBUF = 4 };
void rt_intstring(RtString *out, int64_t r, void *buf);   /* string(rune): U+FFFD if invalid */
void rt_slicebytetostring(RtString *out, const uint8_t *p, int64_t n, void *buf);
void rt_stringtoslicebyte(RtSlice *out, const RtString *s, void *buf);
void rt_stringtoslicerune(RtSlice *out, const RtString *s, void *buf);
void rt_slicerunetostring(RtString *out, const int32_t *p, int64_t n, void *buf);
/* unsafe.Slice(ptr, len)'s checks (go1.19's unsafeslice): panics unless
 * len >= 0 and len elements fit in the address space above ptr. */
void rt_unsafeslice(const RtType *elem, const void *ptr, int64_t len);
/* a[0] + ... + a[n-1] (Go's concatstrings; buf as above). */
void rt_concatstrings(RtString *out, const RtString *a, int64_t n, void *buf);
/* range over a string: the rune starting at byte i (0 <= i < len), and
 * the index after it; invalid UTF-8 is U+FFFD of width 1. */
int32_t rt_decoderune(const RtString *s, int64_t i);
int64_t rt_decoderune_next(const RtString *s, int64_t i);
/* copy(dst, src) of slices (the barrier when elem holds pointers), and
 * copy(dst []byte, src string); both return min(dstlen, srclen). */
int64_t rt_slicecopy(const RtType *elem, void *dst, int64_t dstlen, const void *src, int64_t srclen);
int64_t rt_stringcopy(void *dst, int64_t dstlen, const RtString *src);

/* n / m of complex numbers (complex.c), go1.19's complex128div: (a+bi) /
 * (c+di), returned in %xmm0 (real) and %xmm1 (imaginary).  Never panics:
 * a division by zero gives infinities or NaNs as Go's. */
typedef struct RtComplex128 {
    double re, im;
} RtComplex128;
RtComplex128 rt_complex128div(double a, double b, double c, double d);

/* The built-in print and println (printbuiltin.c): rt_printlock, the
 * pieces (println adds rt_printsp between and rt_printnl at the end),
 * rt_printunlock, which writes them to standard error. */
void rt_printlock(void);
void rt_printunlock(void);
void rt_printbool(bool v);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printfloat(double v);
void rt_printcomplex(double re, double im); /* (+1.000000e+000+2.000000e+000i) */
void rt_printhex(uint64_t v);          /* pointers, chans, maps, funcs: 0x... */
void rt_printstring(const RtString *s);
void rt_printslice(const RtSlice *s);  /* [len/cap]0xptr */
void rt_printeface(const RtIface *e);  /* (0xtype,0xdata) */
void rt_printnil(void);
void rt_printsp(void);
void rt_printnl(void);

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
/* go1.19's boundsError (runtime/error.go): kind RT_BOUNDS_*, the
 * offending x (printed unsigned unless xsigned) and the limit y. */
enum {
    RT_BOUNDS_INDEX, RT_BOUNDS_SLICE_ALEN, RT_BOUNDS_SLICE_ACAP, RT_BOUNDS_SLICE_B,
    RT_BOUNDS_SLICE3_ALEN, RT_BOUNDS_SLICE3_ACAP, RT_BOUNDS_SLICE3_B, RT_BOUNDS_SLICE3_C,
    RT_BOUNDS_CONVERT
};
_Noreturn void rt_panic_bounds(int kind, int64_t x, int64_t y, bool xsigned);

/* ---- interfaces (iface.c) ----
 * A call through an interface caches, per call site, up to four dynamic
 * types it saw and the code of the method for each: generated code
 * compares the interface's type word with each entry's type and calls its
 * code on a match, else calls rt_method_cached, which looks the method
 * up, puts it in a free (or the oldest) entry and returns the code. */
enum { RT_METHOD_CACHE_WAYS = 4 };
typedef struct RtMethodCache {   /* 72 bytes */
    struct {
        const RtType *type;
        const void *code;
    } e[RT_METHOD_CACHE_WAYS];
    uint64_t next;               /* the entry to replace next */
} RtMethodCache;
const void *rt_method_cached(const RtType *t, const char *name, RtMethodCache *c);
/* x.(I), I an interface type (want), x of static interface type src:
 * whether dynamic type `have` (NULL: nil) has I's methods.  Unless
 * commaok, a failure panics as go1.19 does. */
bool rt_assert_iface(const RtType *have, const RtType *want, const RtType *src, bool commaok);
/* The panic of a failed x.(T): "interface conversion: ..." as go1.19 words
 * it (have NULL: x was nil; missing: the method have lacks, or NULL). */
_Noreturn void rt_panic_assert(const RtType *have, const RtType *want, const RtType *src,
                               const char *missing);
/* A run-time panic whose message has no "runtime error: " prefix
 * ("interface conversion: ...", "assignment to entry in nil map"). */
_Noreturn void rt_panic_plain(const char *msg);
/* == on interfaces; on an interface and a value v of concrete type t; on
 * two values of type t (structs, arrays, anything comparable).  Dynamic
 * values of an uncomparable type panic as Go's do. */
bool rt_ifaceeq(const RtIface *a, const RtIface *b);
bool rt_ifaceeq_val(const RtIface *a, const RtType *t, const void *v);
bool rt_valeq(const RtType *t, const void *a, const void *b);
bool rt_comparable(const RtType *t);

/* ---- maps (map.c) ----
 * A map value is a pointer to an RtMap (nil: the nil map) whose first
 * word is len(m).  mt is the map type's descriptor (key, elem, slot,
 * valoff).  Keys and values are passed by address. */
typedef struct RtMap RtMap;
RtMap *rt_makemap(const RtType *mt, int64_t hint);
/* The address of m[key]'s value inside the map (valid until the next
 * assignment or deletion), or NULL when absent (or m nil). */
void *rt_mapaccess(const RtType *mt, const RtMap *m, const void *key);
/* m[key] = *val (copied with write barriers); panics on a nil map. */
void rt_mapassign(const RtType *mt, RtMap *m, const void *key, const void *val);
void rt_mapdelete(const RtType *mt, RtMap *m, const void *key);
int64_t rt_maplen(const RtMap *m);
/* Iteration, in a random order (a fresh one each time), with Go's
 * guarantees for maps changed during the loop: rt_mapiterinit, then
 * rt_mapiternext before each entry; when it returns true, it->key and
 * it->val point to the entry's key and value (inside the map).  The
 * iterator must live where the collector sees it (a Go frame, or a root).
 * At most 64 bytes: generated code keeps one in a [8]uintptr. */
typedef struct RtMapIter {
    void *key, *val;        /* 0, 8 */
    RtMap *m;               /* 16 */
    const RtType *type;     /* 24 */
    uint8_t *ctrl;          /* 32: the table being walked */
    char *slots;            /* 40 */
    uint64_t cap;           /* 48 */
    uint32_t start, i;      /* 56: first entry, entries visited */
} RtMapIter;
void rt_mapiterinit(const RtType *mt, RtMap *m, RtMapIter *it);
bool rt_mapiternext(RtMapIter *it);


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
 * "main.main" (both emitted by codegen) on goroutine 1, then exits 0
 * (other goroutines still running or blocked are dropped, as in Go). */

/* ---- goroutines (runtime/proc.c) ----
 *
 * A go statement writes the call's argument block at 0(%rsp), as for the
 * call itself, and calls
 *
 *      rt_newproc(code, ctx, block, size, flags)
 *
 * block is the caller's %rsp (the block's address), size its size; code,
 * ctx and flags as rt_deferproc's (code NULL: a nil function value; the
 * new goroutine's call panics, a nil dereference, as the literal gc wraps
 * such a call in does; `go f()` of a nil func() is go1.19's "fatal error:
 * go of nil func value" at the statement, which codegen reports itself).
 * A go statement of an interface's method call passes the method's code
 * (RtMethod.code) and ctx NULL, the data word first in the block; a nil
 * interface panics in the caller before.  The new goroutine runs
 * code(block) with ctx in %rdx on a stack of its own; results are
 * dropped.  It goes to the scheduler's runnext slot (go1.19's newproc): it
 * runs when the caller blocks or yields.
 *
 * Stack checks.  Every Go function compares, in its prologue, the lowest
 * address its frame will reach (%rsp minus its frame size, or just %rsp
 * for a small frame) with rt_stackguard, and when it is below, calls
 * rt_morestack (which preserves every register, %rdx included, and
 * returns to the same check).  rt_morestack reports a stack overflow as
 * Go does, or, when the guard was poisoned to ask for preemption, lets
 * the scheduler run another goroutine first.  Loop back edges test
 * rt_preempt_requested and call rt_preempt_check (a plain C call; no
 * register is live there) when it is set: a goroutine running 10 ms
 * without blocking yields there, as under go1.19's sysmon. */
enum { RT_STACK_SMALL = 256 };  /* frames at most this big compare %rsp itself */
extern uintptr_t rt_stackguard;
extern uint8_t rt_preempt_requested;
void rt_morestack(void);        /* special: preserves all registers */
void rt_preempt_check(void);
void rt_newproc(const void *code, void *ctx, const void *block, uint64_t size, uint64_t flags);

/* Wrappers are transparent to recover, as go's: a method table's wrapper
 * (or a method expression's) called as a deferred call passes that role
 * to the method it calls.  rt_defer_argp is where the newest deferred
 * call's arguments were put (runtime/defer.c): a wrapper whose arguments
 * (16(%rbp)) are there calls rt_wrapper_enter(its arguments, its callee's
 * arguments) in its prologue (a plain C call; nothing is live yet but the
 * arguments, which are above %rsp). */
extern uintptr_t rt_defer_argp;
void rt_wrapper_enter(uintptr_t args, uintptr_t callee_args);

/* ---- channels (runtime/chan.c, select.c) ----
 * A channel value is a pointer to an RtChan (nil: the nil channel) whose
 * first two words are len and cap, as Go's hchan (codegen reads them for
 * len(c) and cap(c); nil: 0).  Elements are passed by address: the
 * caller's frame slots, always in the stack of the goroutine that sends or
 * receives (a value received is written there, not to the heap). */
typedef struct RtChan RtChan;
/* make(chan E, size): panics "makechan: size out of range" as go1.19. */
RtChan *rt_makechan(const RtType *elem, int64_t size);
/* c <- *elem.  block false (select with default): returns whether it
 * sent; block true always returns true (or blocks forever, or panics). */
bool rt_chansend(RtChan *c, const void *elem, bool block);
/* *elem = <-c (elem NULL: discard).  Returns whether a value or the
 * closed state was taken (false only when !block and nothing was ready);
 * *received (may be NULL) is false when c is closed and empty (elem is
 * then zeroed): v, ok := <-c. */
bool rt_chanrecv(RtChan *c, void *elem, bool block, bool *received);
void rt_closechan(RtChan *c);
/* select with several cases: cases[0..nsends) are the sends (elem: the
 * value), cases[nsends..nsends+nrecvs) the receives (elem: where the
 * value goes, or NULL), each group in source order; a case with a nil
 * channel is never ready.  Returns the chosen case's index, or -1 when
 * block is false (there is a default) and no case is ready; *recvok as
 * rt_chanrecv's *received for a receive.  Among ready cases the choice is
 * uniformly random, as go1.19's selectgo. */
typedef struct RtSelCase {
    RtChan *c;
    void *elem;
} RtSelCase;
int64_t rt_selectgo(RtSelCase *cases, int64_t nsends, int64_t nrecvs, bool block, bool *recvok);
/* select {}: blocks forever ("select (no cases)"). */
_Noreturn void rt_block(void);

/* ---- 4. standard library in C (Go ABI frames) ---------------------------- */

/* Packages fmt, strings, strconv, errors, os, sort, math, math/bits,
 * math/rand, unicode, unicode/utf8, time (part), sync, bytes and bufio are
 * C files in lib/ (lib/lib.h is their shared header), linked from the same
 * archive as the runtime.  Besides the entry points above, generated code
 * may rely on:
 *   - methods of std types are C functions too ("strings.(*Builder).String"),
 *     each with a Go-ABI entry "SYM$go" for calls through an interface;
 *   - the descriptors of the std types whose values lib/ makes
 *     ("type.*errors.errorString", "type.*os.File", ...) are global symbols
 *     of lib/: codegen/data.c refers to them instead of emitting its own,
 *     so that type assertions see one descriptor;
 *   - package variables lib/ defines ("os.Args", "os.Stdout", "io.EOF",
 *     "strconv.ErrRange", ...), set before main.init. */

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
