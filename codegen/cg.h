/* cg.h — private to codegen/: what emit.c (functions, values) and data.c
 * (symbols, type descriptors, string constants, globals) share.  The public
 * face of the stage is codegen.h.
 *
 *   1. the emission context
 *   2. symbols: Go link names to GNU as symbols
 *   3. types: concrete types, sizes, the Go ABI frame layout
 *   4. data: descriptors, strings, static boxes, globals (emitted at the end)
 */
#ifndef MINIGO_CG_H
#define MINIGO_CG_H

#include "codegen.h"

/* ---- 1. context ---- */
/* A function whose frame gc would refuse ("stack frame too large"):
 * gc's locals, its argument block and the outgoing area, in bytes. */
typedef struct CgLarge {
    Pos pos;
    int64_t locals, args, callee;
} CgLarge;

typedef struct CG {
    StrBuf *out;
    IrProgram *prog;
    Vec descs;           /* of CgDesc*: type descriptors requested, in request order */
    Vec strs;            /* of CgStr*: string data for .rodata */
    Vec boxes;           /* of CgBox*: read-only boxes of constants (CONVIFACE) */
    int nlabels;         /* counter for unique local labels */
    bool need_zeroval;   /* .Lcg.zeroval: zero bytes for empty-value boxes */
    bool need_staticu64; /* .Lcg.staticuint64s: 0..255 as quads, as Go's runtime */
    bool reflect;        /* the program calls reflect: descriptors carry methods'
                            signatures and *T (rt.h RtType.minfo, ptrto) */
    size_t last;         /* offset in out of the last instruction's text (cg_ins's
                            peephole); (size_t)-1 after raw text such as a label */
    Vec large;           /* of CgLarge*: frames gc refuses (emit.c, reported by program.c) */
} CG;

/* One line of assembly: a tab, the formatted text, a newline. */
void cg_ins(CG *cg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raw text (labels, directives at column 0). */
void cg_raw(CG *cg, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- 2. symbols ----
 * A name made only of [A-Za-z0-9_.] is used as it is ("main.f").  Any
 * other name is written in double quotes, which GNU as accepts for any
 * characters, except that '{', '}', '"', '\\', '%' and bytes outside
 * printable ASCII are written %XX (two upper-case hex digits), because gas
 * misreads braces in operands: "main.(*T).m", "type.[]int",
 * "type.struct %7B x int %7D".  Definitions and uses go through the same
 * function, so they always agree. */
const char *cg_sym(const char *name);
const char *cg_func_sym(IrFunc *f);      /* its linkname, mangled */

/* ---- 3. types and the Go ABI frame ---- */
Type *cg_concrete(Type *t);              /* untyped kinds -> their default type; laid out */
int64_t cg_size(Type *t);                /* TUPLE: its result-block layout */
int64_t cg_align(Type *t);
bool cg_is_signed(Type *t);
bool cg_is_ptrshaped(Type *t);           /* PTR, MAP, CHAN, FUNC, UNSAFEPTR */
bool cg_has_pointers(Type *t);           /* ptrdata > 0 */
/* The layout of an argument/result block (rt.h section 2): each member at
 * its alignment, at least 8, in order.  Fills offs[i] (offs may be NULL)
 * and returns the end offset (not rounded). */
int64_t cg_block_layout(Type **types, int n, int64_t start, int64_t *offs);
/* Offset of member i of a TUPLE value as codegen stores it (the result
 * block of the call, from its first result). */
int64_t cg_tuple_offset(Type *tuple, int i);

/* ---- 4. data ---- */
/* The descriptor of t (deduplicated by ty_identical), as an operand-ready
 * symbol; emitted by cg_emit_data. */
const char *cg_type_desc(CG *cg, Type *t);
/* A local label for len bytes of s followed by a NUL, in .rodata. */
const char *cg_string_data(CG *cg, const char *s, int64_t len);
/* A local label of a read-only box holding a constant: the string
 * {data, len}, or the low `size` bytes of ival. */
const char *cg_box_string(CG *cg, const char *s, int64_t len);
const char *cg_box_int(CG *cg, int64_t ival, int64_t size);
/* The symbol of a global variable ("main.g"), computed once per program. */
const char *cg_global_name(CG *cg, IrVar *g);     /* "main.x" */
const char *cg_global_sym(CG *cg, IrVar *g);
/* The globals (.bss), then the collector's root table "minigo.globals"
 * (rt.h RtGlobalRoots): every global whose type holds pointers. */
void cg_emit_globals(CG *cg, IrProgram **progs, int n);
/* One function's code (emit.c), the index-th of the program. */
void cg_emit_func(CG *cg, IrFunc *f, const char *sym, int index);
/* Whether f is called by the C convention of rt.h (a standard-library
 * function in C, or declared without a body), not compiled here from Go:
 * external, and not a function with a body of another package of the
 * program (imported), which is compiled too. */
static inline bool cg_c_abi(IrFunc *f) { return f->external && !(f->imported && f->blocks.len > 0); }
void cg_emit_data(CG *cg);               /* descriptors, strings, boxes, statics */
/* "minigo.osinit" when the program's initialisation initialises package
 * os (the runtime numbers goroutines as go1.19 then: runtime/proc.c). */
void cg_emit_osinit(CG *cg);
/* A map type's table entry: struct { key K; elem V } (made once). */
Type *cg_map_slot(Type *m);

/* ---- 5. emitting a function (emit.c; shared with the files that emit
 * one family of operations) ----
 * Every typed value has a frame slot (Slot); a family's emitter loads its
 * operands from their slots into scratch registers, computes, and stores
 * the result in the value's own slot.  emit.c's header comment describes
 * the frame and the write barrier. */
typedef struct Slot {
    IrFunc *fn;     /* the function the slot was laid out for */
    int64_t off;    /* %rbp-relative: the value or variable */
    int64_t store;  /* %rbp-relative: storage of a non-escaping allocation site */
    bool has_store;
    IrBlock *blk;   /* the block defining the value */
    int last_use;   /* index in blk of its last use there (-1: none) */
    bool nonlocal;  /* used in another block */
    bool folded;    /* an ADDR of a frame variable used only as the address of
                       LOAD and STORE: never computed, they use the variable's
                       slot directly (fold_addrs) */
    bool nonaddr_use; /* for fold_addrs: used other than as such an address */
} Slot;

typedef struct Live Live;

typedef struct Fx {
    CG *cg;
    IrFunc *f;
    Live *live;        /* liveness of pointer variables (clear_dead_vars) */
    int index;         /* of the function, for block labels */
    int64_t frame;     /* bytes below %rbp */
    int64_t locals;    /* of which variables and allocations' storage (gc's locals) */
    int64_t outsize;   /* of which the outgoing argument area */
    int64_t *resoff;   /* %rbp-relative offsets of the results in the caller's area */
    int64_t ctxoff;    /* a function literal's slot for its closure pointer (%rdx) */
    bool has_defer;    /* returns go through retlabel, which runs deferred calls */
    const char *retlabel;
    IrBlock *blk;      /* the block being emitted */
    uint8_t *back;     /* stackcheck.c: per block, bit k: target[k] is a back edge */
    const char *stackcheck; /* the prologue's check, to come back to */
    Vec stubs;         /* stackcheck.c: the out-of-line code of back edges */
} Fx;

typedef struct Reg {
    const char *q, *l, *w, *b;
} Reg;

static const Reg RAX = {"%rax", "%eax", "%ax", "%al"};
static const Reg RCX = {"%rcx", "%ecx", "%cx", "%cl"};
static const Reg RDX = {"%rdx", "%edx", "%dx", "%dl"};
static const Reg RSI = {"%rsi", "%esi", "%si", "%sil"};
static const Reg RDI = {"%rdi", "%edi", "%di", "%dil"};

typedef struct CallLayout {
    int nargs, nres;
    int64_t *argoff;
    Type **restypes;
    int64_t *resoff;
    int64_t resstart;  /* where the results begin (the TUPLE's offset 0) */
    int64_t size;
} CallLayout;

#define INS(...) cg_ins(x->cg, __VA_ARGS__)

Slot *vslot(Fx *x, IrValue *v);
int64_t off_of(Fx *x, IrValue *v);
Slot *var_slot(Fx *x, IrVar *var);
void copy_mem(Fx *x, const char *sb, int64_t so, const char *db, int64_t dof, int64_t n);
void zero_mem(Fx *x, const char *base, int64_t off, int64_t n);
void store_imm64(Fx *x, int64_t val, const char *base, int64_t off);
void load_scalar(Fx *x, Reg r, Type *t, const char *base, int64_t off);
void store_scalar(Fx *x, Reg r, int64_t size, const char *base, int64_t off);
void ld(Fx *x, Reg r, IrValue *v);
void st(Fx *x, Reg r, IrValue *v);
const char *new_label(Fx *x);
const char *block_label(Fx *x, IrBlock *b);
void call_alloc(Fx *x, Type *t);
bool frame_addr(Fx *x, IrValue *p);
const char *wb_begin(Fx *x);
void wb_call(Fx *x, Type *t, const char *srcbase, int64_t srcoff, bool zero);
void wb_end(Fx *x, const char *skip);
void wb_to_slot_addr(Fx *x, int64_t addroff, Type *t, int64_t srcoff, bool zero);
CallLayout call_layout(IrValue *v);
bool needs_box(IrValue *v);

/* ---- 6. interfaces and maps (iface.c) ---- */
/* t's method table for its descriptor (rt.h RtMethod): a label or "0";
 * *n its length.  Wrappers it needs are emitted by cg_emit_wrappers. */
const char *cg_method_table(CG *cg, Type *t, int *n, const char **minfo);
const char *cg_methexpr_wrapper(CG *cg, Type *recv, const char *name);
void cg_emit_wrappers(CG *cg);
void cg_emit_iface_call(Fx *x, IrValue *v);   /* CALL without func, implicit; or its defer, go */
/* Calls method `name` of the dynamic type in %rdi, the arguments (the
 * data word first) in place at 0(%rsp), through a call-site cache. */
void cg_iface_dispatch(Fx *x, const char *name);
void cg_emit_assert(Fx *x, IrValue *v);
void cg_emit_commaok(Fx *x, IrValue *v);
bool cg_emit_eq(Fx *x, IrValue *v);           /* EQ/NE of interfaces, structs, arrays; false: not one */
void cg_emit_makemap(Fx *x, IrValue *v);
void cg_emit_mapget(Fx *x, IrValue *v);
void cg_emit_mapset(Fx *x, IrValue *v);
void cg_emit_mapdelete(Fx *x, IrValue *v);
void cg_emit_mapiter(Fx *x, IrValue *v);      /* MAPITERINIT, MAPITERNEXT, MAPITERKEY */
void cg_emit_mapelem(Fx *x, IrValue *v);      /* ELEM of a map */

/* ---- 7. function values, closures, defer, recover (func.c) ---- */
int64_t cg_funcobj_size(IrValue *v);          /* CLOSURE/METHVALUE object; 0: static */
bool cg_is_captured(IrFunc *f, IrVar *var);   /* by one of f's literals */
void cg_emit_capture_addr(Fx *x, IrValue *v); /* ADDR of a variable of an enclosing function */
void cg_emit_closure(Fx *x, IrValue *v);
void cg_emit_methvalue(Fx *x, IrValue *v);
CallLayout cg_funcval_layout(IrValue *v);     /* CALL of the function value args[0] */
bool cg_func_has_defer(IrFunc *f);
void cg_emit_call_value(Fx *x, IrValue *v);   /* such a CALL, or a deferred or go call */
/* For the defer or go call v whose arguments args[first..] are in place
 * at argoff[i](%rsp): heap copies of the `...` arrays built in the frame. */
void cg_defer_ddd_copies(Fx *x, IrValue *v, int64_t *argoff, int first);
/* With the code address in %rdi, the context in %rsi and the argument
 * block at 0(%rsp): defers or starts the call v (ival 1 or 2). */
void cg_defer_or_go(Fx *x, IrValue *v, int64_t size, bool cabi);
void cg_emit_recover(Fx *x, IrValue *v);

/* ---- 8. channels and select (chan.c) ---- */
void cg_emit_makechan(Fx *x, IrValue *v);
void cg_emit_send(Fx *x, IrValue *v);         /* a select's case: nothing */
void cg_emit_recv(Fx *x, IrValue *v);         /* likewise */
void cg_emit_close(Fx *x, IrValue *v);        /* BUILTIN close */
int64_t cg_select_storage(IrValue *v);        /* frame bytes a SELECT needs */
void cg_emit_select(Fx *x, IrValue *v);

/* ---- 9. stack checks and preemption points (stackcheck.c) ---- */
/* The prologue's check of the frame against rt_stackguard (after the
 * frame pointer is set, x->frame known); finds the loop back edges. */
void cg_stack_prologue(Fx *x);
/* The label a branch to target k of blk's terminator jumps to: the
 * block's, or a stub that polls for preemption on a back edge. */
const char *cg_edge_label(Fx *x, IrBlock *blk, int k);
void cg_emit_jmp(Fx *x, IrBlock *blk, IrValue *v);
/* After the blocks: the out-of-line calls of rt_morestack and
 * rt_preempt_check. */
void cg_stack_epilogue(Fx *x);

#endif
