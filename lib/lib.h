/* lib.h — the standard library written in C (lib/): what its files share.
 * Each file is one package, or a part of one (fmt.c, fmt_print.c, scan.c:
 * fmt; strconv.c, ftoa.c: strconv; utf8.c: unicode and unicode/utf8);
 * lib.c holds what no one package owns.  Nothing here is part of rt.h's
 * contract with generated code, except where noted.
 *
 * The library builds on the runtime (rt_internal.h: allocation, write
 * barriers, methods, maps, panics, output); the runtime never calls into
 * it.  Its package variables are set by os.c's rt_std_init, which the
 * program's "minigo.init" (codegen) calls before main.init, as Go
 * initialises imported packages before main's.
 *
 * Contents
 *   1. Go-ABI entry points for C methods (for method tables / rt_method)
 *   2. helpers: Go strings and slices from C, write barriers, UTF-8
 *   3. the descriptors of the types the library itself creates values of
 *   4. entry points shared between these files
 */
#ifndef MINIGO_LIB_H
#define MINIGO_LIB_H

#include "runtime/rt_internal.h"

/* The descriptors here list only their first fields. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

/* ---- 1. symbols and Go-ABI entries -------------------------------------------
 *
 * A C function implementing a Go function takes a pointer to its argument
 * block (rt.h section 4): codegen calls it as `movq %rsp, %rdi; call SYM`.
 * Plain functions get their Go name ("fmt.Println") as an asm label; names
 * gcc cannot label (methods: "strings.(*Builder).WriteString") are given
 * to a C function cfunc by RT_ALIAS(cfunc, sym).
 *
 * Code calling a method through an interface calls it as Go code instead,
 * the block at 8(%rsp) on entry.  RT_GO_ENTRY(cfunc, sym) defines sym
 * ("errors.(*errorString).Error$go") as such a Go entry for cfunc: it
 * passes the block's address in %rdi and jumps.  C refers to the entry
 * as cfunc_go. */
#define RT_ALIAS(cfunc, sym) \
    __asm__(".globl \"" sym "\"\n\t.set \"" sym "\", " #cfunc "\n")
#define RT_GO_ENTRY(cfunc, sym)                                               \
    __asm__(".text\n\t.globl \"" sym "\"\n\t.type \"" sym "\", @function\n"  \
            "\t.globl " #cfunc "_go\n" #cfunc "_go:\n"                          \
            "\"" sym "\":\n\tleaq 8(%rsp), %rdi\n\tjmp " #cfunc "\n")
/* A method: cfunc named sym, with its Go entry sym "$go". */
#define RT_METHOD(cfunc, sym) RT_ALIAS(cfunc, sym); RT_GO_ENTRY(cfunc, sym "$go")

/* ---- 2. helpers ------------------------------------------------------------- */

/* A Go string holding a copy of n bytes at p (on the Go heap). */
RtString rt_gostring(const void *p, size_t n);
static inline RtString rt_gostring_buf(const RtBuf *b) { return rt_gostring(b->p, b->len); }
RtString rt_gostring_c(const char *s);
/* Store pointer v into *slot, which is in the heap (write barrier). */
static inline void rt_store_ptr(void *slot, void *v)
{
    if (rt_gc_wbenabled)
        rt_gc_wb((void **)slot, v);
    *(void **)slot = v;
}
/* Store a string into *slot, in the heap. */
static inline void rt_store_string(RtString *slot, RtString s)
{
    if (rt_gc_wbenabled)
        rt_gc_wb((void **)&slot->ptr, (void *)s.ptr);
    *slot = s;
}

/* UTF-8 into buffers and counted (the codec: rt_internal.h). */
void rt_buf_rune(RtBuf *b, int32_t r);
int64_t rt_utf8_count(const uint8_t *p, int64_t n);

/* ---- 3. the library's own types -------------------------------------------
 *
 * Values of these types are made by the library's C (errors.New, strconv's
 * errors, fmt.Errorf, os.Stdout): their descriptors are global symbols
 * named as codegen names descriptors ("type.*errors.errorString"), so that
 * generated code can refer to the same descriptor (type switches,
 * assertions) instead of emitting its own. */
typedef struct { RtString s; } RtErrorString;                    /* errors.errorString */
typedef struct { RtString msg; RtIface err; } RtWrapError;        /* fmt.wrapError */
typedef struct { RtString func, num; RtIface err; } RtNumError;   /* strconv.NumError */
typedef struct { int64_t fd; RtString name; } RtOsFileInner;      /* os.file */
typedef struct { RtOsFileInner *file; } RtOsFile;                 /* os.File */
typedef struct { void *addr; RtSlice buf; } RtStringsBuilder;     /* strings.Builder */

extern const RtType rt_type_ptr_errorString;
extern const RtType rt_type_ptr_wrapError;
extern const RtType rt_type_ptr_NumError;
extern const RtType rt_type_ptr_File;
extern const RtType rt_type_ptr_Builder;
extern const RtType rt_type_ptr_BufioWriter, rt_type_ptr_BufioReader, rt_type_ptr_BufioScanner;
extern const RtType rt_type_ptr_BytesBuffer;

extern const RtType rt_type_string, rt_type_error;   /* "string", "error" */

/* panic(s) with a string s (Go's message: "panic: " s). */
_Noreturn void rt_panic_string(const char *s);

/* errors.New(s) as an error value. */
RtIface rt_errors_new(RtString s);
RtIface rt_errors_new_c(const char *s);

/* ---- 4. shared entry points -------------------------------------------------- */

/* time.Time (go1.19's encoding: time.c) and time.Now(). */
typedef struct { uint64_t wall; int64_t ext; void *loc; } RtTime;
RtTime rt_time_now(void);

/* strconv.FormatFloat(f, fmt, prec, bits) appended to b. */
void rt_ftoa(RtBuf *b, double f, char fmt, int prec, int bits);
/* strconv.Quote / QuoteToASCII (ascii) of p[0:n] appended to b. */
void rt_quote(RtBuf *b, const uint8_t *p, int64_t n, bool ascii);
/* strconv.QuoteRune / QuoteRuneToASCII. */
void rt_quote_rune(RtBuf *b, int32_t r, bool ascii);
bool rt_can_backquote(const uint8_t *p, int64_t n);
bool rt_is_print(int32_t r);

/* Append v as fmt's %v prints it (depth 0: a pointer to a composite
 * prints as &{...}). */
void rt_fmt_value(RtBuf *b, const RtIface *v);
/* Go's strconv.FormatFloat(f, 'g', -1, bits). */
void rt_fmt_float(RtBuf *b, double f, int bits);
/* What fmt.Println(a...) prints, newline included. */
void rt_fmt_sprintln(RtBuf *b, const RtSlice *a);
/* fmt's printer: doPrintf / doPrint / doPrintln into b. */
void rt_fmt_doprintf(RtBuf *b, RtString format, const RtSlice *a, RtIface *wrapped);
void rt_fmt_doprint(RtBuf *b, const RtSlice *a);
void rt_fmt_doprintln(RtBuf *b, const RtSlice *a);
/* The method and map lookups fmt uses (rt_method, rt_map_foreach; tests
 * set their own). */
extern const void *(*rt_fmt_method)(const RtType *t, const char *name);
extern void (*rt_fmt_mapiter)(const RtType *mt, void *m, RtMapVisit fn, void *arg);
/* Writes p[0:n] to the io.Writer w as w.Write would; returns n written
 * and sets *err. */
int64_t rt_writer_write(const RtIface *w, const void *p, int64_t n, RtIface *err);

#endif
