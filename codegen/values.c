/* values.c — emitters for floating point, conversions, slice
 * expressions, range over strings, and the built-ins print, println and
 * copy (values.h).  The model is emit.c's: operands are loaded from their
 * frame slots into scratch registers (%xmm0 and %xmm1 for floats), the
 * result is stored into the value's slot.
 *
 * Floats live in their slots as IEEE bits (4 or 8 bytes); a float CONST
 * carries its bits in ival, so emit.c's integer constant code stores it.
 * Conversions follow gc's amd64 lowering: float -> integer truncates
 * through CVTTSD2SQ (an out-of-range value gives what that instruction
 * gives, as in Go), uint64 <-> float go through the halving tricks gc
 * uses for values at or above 2^63. */
#include "values.h"


static Type *under(Type *t) { return ty_under(cg_concrete(t)); }

bool cg_is_float(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TY_FLOAT32 || k == TY_FLOAT64;
}

static bool is_f32(Type *t) { return under(t)->kind == TY_FLOAT32; }

/* Loads the float value v into xmm (as its own precision). */
static void ldf(Fx *x, const char *xmm, IrValue *v) {
    INS("%s %lld(%%rbp), %s", is_f32(v->type) ? "movss" : "movsd", (long long)off_of(x, v), xmm);
}

static void stf(Fx *x, const char *xmm, IrValue *v) {
    INS("%s %s, %lld(%%rbp)", is_f32(v->type) ? "movss" : "movsd", xmm, (long long)off_of(x, v));
}

/* ---- arithmetic and comparisons ---- */

void cg_float_arith(Fx *x, IrValue *v) {
    const char *sfx = is_f32(v->type) ? "ss" : "sd";
    const char *op;
    switch (v->op) {
    case IR_ADD: op = "add"; break;
    case IR_SUB: op = "sub"; break;
    case IR_MUL: op = "mul"; break;
    case IR_DIV: op = "div"; break;
    default: ice("codegen: %s of floats", ir_op_names[v->op]);
    }
    ldf(x, "%xmm0", v->args[0]);
    ldf(x, "%xmm1", v->args[1]);
    INS("%s%s %%xmm1, %%xmm0", op, sfx);
    stf(x, "%xmm0", v);
}

void cg_float_compare(Fx *x, IrValue *v) {
    IrValue *a = v->args[0], *b = v->args[1];
    const char *cmp = is_f32(a->type) ? "ucomiss" : "ucomisd";
    int64_t o = off_of(x, v);
    ldf(x, "%xmm0", a);
    ldf(x, "%xmm1", b);
    switch (v->op) {
    case IR_EQ: /* equal and ordered */
        INS("%s %%xmm1, %%xmm0", cmp);
        INS("sete %%al");
        INS("setnp %%cl");
        INS("andb %%cl, %%al");
        break;
    case IR_NE:
        INS("%s %%xmm1, %%xmm0", cmp);
        INS("setne %%al");
        INS("setp %%cl");
        INS("orb %%cl, %%al");
        break;
    /* "above" and "above or equal" are false when unordered (CF set) */
    case IR_GT: INS("%s %%xmm1, %%xmm0", cmp); INS("seta %%al"); break;
    case IR_GE: INS("%s %%xmm1, %%xmm0", cmp); INS("setae %%al"); break;
    case IR_LT: INS("%s %%xmm0, %%xmm1", cmp); INS("seta %%al"); break;
    case IR_LE: INS("%s %%xmm0, %%xmm1", cmp); INS("setae %%al"); break;
    default: ice("codegen: %s of floats", ir_op_names[v->op]);
    }
    INS("movb %%al, %lld(%%rbp)", (long long)o);
}

void cg_float_neg(Fx *x, IrValue *v) {
    IrValue *a = v->args[0];
    if (is_f32(v->type)) {
        INS("movl %lld(%%rbp), %%eax", (long long)off_of(x, a));
        INS("xorl $0x80000000, %%eax");
        INS("movl %%eax, %lld(%%rbp)", (long long)off_of(x, v));
    } else {
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, a));
        INS("btcq $63, %%rax");
        INS("movq %%rax, %lld(%%rbp)", (long long)off_of(x, v));
    }
}

/* ---- conversions ---- */

static bool is_int(Type *t) { return ty_is_integer(under(t)); }

static bool is_u64(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TY_UINT64 || k == TY_UINT || k == TY_UINTPTR;
}

/* integer -> float: the integer in %rax (extended by its type). */
static void int_to_float(Fx *x, Type *from, Type *to) {
    const char *sfx = is_f32(to) ? "ss" : "sd";
    if (is_u64(from)) {
        /* at or above 2^63: halve (keeping the lost bit for rounding),
         * convert, double */
        const char *big = new_label(x), *done = new_label(x);
        INS("testq %%rax, %%rax");
        INS("js %s", big);
        INS("cvtsi2%sq %%rax, %%xmm0", sfx);
        INS("jmp %s", done);
        cg_raw(x->cg, "%s:\n", big);
        INS("movq %%rax, %%rcx");
        INS("shrq $1, %%rcx");
        INS("andl $1, %%eax");
        INS("orq %%rax, %%rcx");
        INS("cvtsi2%sq %%rcx, %%xmm0", sfx);
        INS("add%s %%xmm0, %%xmm0", sfx);
        cg_raw(x->cg, "%s:\n", done);
    } else {
        INS("cvtsi2%sq %%rax, %%xmm0", sfx);
    }
}

/* float (as float64 in %xmm0) -> integer in %rax. */
static void float_to_int(Fx *x, Type *to) {
    if (!is_u64(to)) {
        /* as gc: through int32 for the narrow kinds and int32 itself
         * (so -Inf gives MinInt32), through int64 for int64 and uint32 */
        TypeKind k = under(to)->kind;
        if (cg_size(to) <= 2 || k == TY_INT32)
            INS("cvttsd2si %%xmm0, %%eax");
        else
            INS("cvttsd2siq %%xmm0, %%rax");
        return;
    }
    const char *big = new_label(x), *done = new_label(x);
    INS("movabsq $0x43e0000000000000, %%rax"); /* 2^63 */
    INS("movq %%rax, %%xmm1");
    INS("ucomisd %%xmm1, %%xmm0");
    INS("jae %s", big);
    INS("cvttsd2siq %%xmm0, %%rax");
    INS("jmp %s", done);
    cg_raw(x->cg, "%s:\n", big);
    INS("subsd %%xmm1, %%xmm0");
    INS("cvttsd2siq %%xmm0, %%rax");
    INS("btsq $63, %%rax");
    cg_raw(x->cg, "%s:\n", done);
}

static bool elem_kind(Type *t, TypeKind k) {
    Type *u = under(t);
    return u->kind == TY_SLICE && under(u->elem)->kind == k;
}

bool cg_conv_supported(IrValue *v) {
    Type *from = v->args[0]->type, *to = v->type;
    Type *fu = under(from), *tu = under(to);
    if (ty_is_complex(fu) || ty_is_complex(tu))
        return ty_is_complex(fu) && ty_is_complex(tu);
    if ((is_int(from) || cg_is_float(from)) && (is_int(to) || cg_is_float(to)))
        return true;
    if (ty_is_string(tu))
        return is_int(from) || ty_is_string(fu) || elem_kind(from, TY_UINT8) || elem_kind(from, TY_INT32);
    if (ty_is_string(fu))
        return elem_kind(to, TY_UINT8) || elem_kind(to, TY_INT32);
    if (fu->kind == TY_SLICE && tu->kind == TY_PTR)
        return true;
    if (ty_is_iface(fu) && ty_is_iface(tu))
        return true;    /* every interface is {type, data}: a copy */
    if (ty_is_iface(fu) || ty_is_iface(tu))
        return false;
    return cg_size(from) == cg_size(to);
}

int64_t cg_conv_bufsize(IrValue *v) {
    Type *fu = under(v->args[0]->type), *tu = under(v->type);
    if (ty_is_string(tu) && is_int(v->args[0]->type))
        return 4;                           /* rt.h RT_RUNEBUF */
    if (ty_is_string(tu) && fu->kind == TY_SLICE)
        return 32;                          /* RT_TMPBUF bytes */
    if (ty_is_string(fu) && tu->kind == TY_SLICE)
        return elem_kind(v->type, TY_INT32) ? 32 * 4 : 32;
    return 0;
}

/* The frame buffer of a non-escaping string conversion into reg, or 0. */
static void conv_buf(Fx *x, IrValue *v, const char *reg) {
    Slot *s = vslot(x, v);
    if (s->has_store)
        INS("leaq %lld(%%rbp), %s", (long long)s->store, reg);
    else
        INS("xorq %s, %s", reg, reg);
}

void cg_conv(Fx *x, IrValue *v) {
    IrValue *a = v->args[0];
    Type *from = a->type, *to = v->type;
    Type *fu = under(from), *tu = under(to);
    int64_t oa = off_of(x, a), o = off_of(x, v);
    if (is_int(from) && is_int(to)) {
        ld(x, RAX, a);
        st(x, RAX, v);
        return;
    }
    if (is_int(from) && cg_is_float(to)) {
        ld(x, RAX, a);
        int_to_float(x, from, to);
        stf(x, "%xmm0", v);
        return;
    }
    if (cg_is_complex(from) && cg_is_complex(to)) {
        cg_complex_conv(x, v);
        return;
    }
    if (cg_is_float(from) && (is_int(to) || cg_is_float(to))) {
        ldf(x, "%xmm0", a);
        if (is_f32(from) && is_f32(to)) {
            stf(x, "%xmm0", v);
            return;
        }
        if (is_f32(from))
            INS("cvtss2sd %%xmm0, %%xmm0");
        if (cg_is_float(to)) {
            if (is_f32(to))
                INS("cvtsd2ss %%xmm0, %%xmm0");
            stf(x, "%xmm0", v);
            return;
        }
        float_to_int(x, to);
        st(x, RAX, v);
        return;
    }
    if (ty_is_string(tu) && is_int(from)) {
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        load_scalar(x, RSI, from, "%rbp", oa);
        conv_buf(x, v, "%rdx");
        INS("call rt_intstring");
        return;
    }
    if (ty_is_string(tu) && fu->kind == TY_SLICE) {
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        INS("movq %lld(%%rbp), %%rsi", (long long)oa);
        INS("movq %lld(%%rbp), %%rdx", (long long)(oa + 8));
        conv_buf(x, v, "%rcx");
        INS("call %s", elem_kind(from, TY_UINT8) ? "rt_slicebytetostring" : "rt_slicerunetostring");
        return;
    }
    if (ty_is_string(fu) && tu->kind == TY_SLICE) {
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        INS("leaq %lld(%%rbp), %%rsi", (long long)oa);
        conv_buf(x, v, "%rdx");
        INS("call %s", elem_kind(to, TY_UINT8) ? "rt_stringtoslicebyte" : "rt_stringtoslicerune");
        if (a->op == IR_STR) {
            /* gc makes a constant's conversion an array of its exact
             * length (a composite literal for []rune): cap == len */
            INS("movq %lld(%%rbp), %%rax", (long long)(o + 8));
            INS("movq %%rax, %lld(%%rbp)", (long long)(o + 16));
        }
        return;
    }
    if (fu->kind == TY_SLICE && tu->kind == TY_PTR) {
        /* (*[N]T)(s): len(s) >= N, then the pointer */
        int64_t n = under(tu->elem)->len;
        const char *ok = new_label(x);
        INS("movq %lld(%%rbp), %%rsi", (long long)(oa + 8));
        INS("cmpq $%lld, %%rsi", (long long)n);
        INS("jge %s", ok);
        INS("movl $%d, %%edi", 8 /* RT_BOUNDS_CONVERT */);
        INS("movq $%lld, %%rdx", (long long)n);
        INS("movl $1, %%ecx");
        INS("call rt_panic_bounds");
        cg_raw(x->cg, "%s:\n", ok);
        INS("movq %lld(%%rbp), %%rax", (long long)oa);
        INS("movq %%rax, %lld(%%rbp)", (long long)o);
        return;
    }
    if (!cg_conv_supported(v))
        ice("codegen: conversion from %s to %s", ty_rtname(from), ty_rtname(to));
    copy_mem(x, "%rbp", oa, "%rbp", o, cg_size(to));
}

/* ---- slice expressions ---- */

enum { B_INDEX, B_ALEN, B_ACAP, B_B, B_3ALEN, B_3ACAP, B_3B, B_3C }; /* rt.h RT_BOUNDS_* */

/* Panics with kind unless xr <= yr (unsigned). */
static void bounds(Fx *x, const char *xr, const char *yr, int kind, bool xsigned) {
    const char *ok = new_label(x);
    INS("cmpq %s, %s", yr, xr);
    INS("jbe %s", ok);
    INS("movq %s, %%rsi", xr);
    INS("movq %s, %%rdx", yr);
    INS("movl $%d, %%edi", kind);
    INS("movl $%d, %%ecx", xsigned ? 1 : 0);
    INS("call rt_panic_bounds");
    cg_raw(x->cg, "%s:\n", ok);
}

void cg_slice(Fx *x, IrValue *v) {
    IrValue *s = v->args[0];
    Type *u = under(s->type);
    bool str = ty_is_string(u);
    /* an array's bounds are reported as a string's: "with length" */
    bool arr = false;
    if (v->node && v->node->a && v->node->a->type) {
        Type *nu = ty_under(v->node->a->type);
        arr = nu->kind == TY_ARRAY || (nu->kind == TY_PTR && ty_under(nu->elem)->kind == TY_ARRAY);
    }
    bool isslice = !str && !arr;
    int64_t esz = str ? 1 : cg_size(u->elem);
    int64_t os = off_of(x, s);
    IrValue *iv = v->args[1], *jv = v->args[2], *kv = v->args[3];
    bool hasi = iv->op != IR_ZERO, hasj = jv->op != IR_ZERO, hask = kv->op != IR_ZERO;
    INS("movq %lld(%%rbp), %%r8", (long long)os);
    if (arr && s->op == IR_SLICEHDR && s->args[0]->op != IR_ADDR && s->args[0]->op != IR_NEW &&
        s->args[0]->op != IR_FIELD && s->args[0]->op != IR_INDEX)
        INS("testb %%al, (%%r8)"); /* p[i:j] of a pointer to an array: nil check */
    INS("movq %lld(%%rbp), %%r9", (long long)(os + 8));
    if (str)
        INS("movq %%r9, %%r10");
    else
        INS("movq %lld(%%rbp), %%r10", (long long)(os + 16));
    if (hasi)
        ld(x, RAX, iv);
    else
        INS("xorl %%eax, %%eax");
    if (hasj)
        ld(x, RCX, jv);
    else
        INS("movq %%r9, %%rcx");
    if (hask)
        ld(x, RDX, kv);
    else
        INS("movq %%r10, %%rdx");
    /* checked in reverse order, as gc does, so each limit is known good;
     * the panic path clobbers what it likes (it does not return) */
    bool si = hasi && cg_is_signed(iv->type), sj = hasj && cg_is_signed(jv->type),
         sk = hask && cg_is_signed(kv->type);
    if (hask) {
        bounds(x, "%rdx", "%r10", isslice ? B_3ACAP : B_3ALEN, sk);
        bounds(x, "%rcx", "%rdx", B_3B, sj);
        bounds(x, "%rax", "%rcx", B_3C, si);
    } else {
        if (hasj)
            bounds(x, "%rcx", isslice ? "%r10" : "%r9", isslice ? B_ACAP : B_ALEN, sj);
        bounds(x, "%rax", "%rcx", B_B, si);
    }
    /* %rax i, %rcx j, %rdx k (the new cap's end); the pointer moves by i
     * elements unless the result is empty at its end (cap - i == 0; for
     * a string len == 0), so it never points past the object */
    int64_t o = off_of(x, v);
    INS("subq %%rax, %%rcx");                 /* new len */
    INS("subq %%rax, %%rdx");                 /* new cap */
    const char *keep = new_label(x);
    INS("testq %s, %s", str ? "%rcx" : "%rdx", str ? "%rcx" : "%rdx");
    INS("je %s", keep);
    if (esz != 1)
        INS("imulq $%lld, %%rax", (long long)esz);
    INS("addq %%rax, %%r8");
    cg_raw(x->cg, "%s:\n", keep);
    INS("movq %%r8, %lld(%%rbp)", (long long)o);
    INS("movq %%rcx, %lld(%%rbp)", (long long)(o + 8));
    if (!str)
        INS("movq %%rdx, %lld(%%rbp)", (long long)(o + 16));
}

/* ---- range over a string ---- */

void cg_rune(Fx *x, IrValue *v) {
    IrValue *s = v->args[0];
    int64_t os = off_of(x, s);
    const char *slow = new_label(x), *done = new_label(x);
    ld(x, RAX, v->args[1]);
    INS("movq %lld(%%rbp), %%rdx", (long long)os);
    INS("movzbl (%%rdx,%%rax), %%ecx");
    INS("cmpl $0x80, %%ecx");
    INS("jae %s", slow);
    if (v->op == IR_RUNE)
        INS("movl %%ecx, %%eax");
    else
        INS("incq %%rax");
    INS("jmp %s", done);
    cg_raw(x->cg, "%s:\n", slow);
    INS("leaq %lld(%%rbp), %%rdi", (long long)os);
    INS("movq %%rax, %%rsi");
    INS("call %s", v->op == IR_RUNE ? "rt_decoderune" : "rt_decoderune_next");
    cg_raw(x->cg, "%s:\n", done);
    st(x, RAX, v);
}

/* ---- print, println, copy ---- */

static const char *print_unsupported(Type *t) {
    if (t->kind == TY_UNTYPED_NIL)
        return NULL;
    Type *u = under(t);
    if (u->kind == TY_STRUCT || u->kind == TY_ARRAY || u->kind == TY_TUPLE)
        return "printing this type";
    return NULL;
}

const char *cg_builtin_unsupported(IrValue *v) {
    switch (v->ival) {
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < v->nargs; i++) {
            const char *why = print_unsupported(v->args[i]->type);
            if (why)
                return why;
        }
        return NULL;
    case BI_COPY: case BI_ADD: case BI_SLICE: case BI_COMPLEX: case BI_REAL: case BI_IMAG:
        return NULL;
    default:
        return "";
    }
}

static void print_one(Fx *x, IrValue *a) {
    int64_t o = off_of(x, a);
    if (a->type->kind == TY_UNTYPED_NIL) {
        INS("call rt_printnil");
        return;
    }
    Type *t = cg_concrete(a->type), *u = ty_under(t);
    switch (u->kind) {
    case TY_BOOL:
        INS("movzbl %lld(%%rbp), %%edi", (long long)o);
        INS("call rt_printbool");
        return;
    case TY_FLOAT32:
        INS("movss %lld(%%rbp), %%xmm0", (long long)o);
        INS("cvtss2sd %%xmm0, %%xmm0");
        INS("call rt_printfloat");
        return;
    case TY_FLOAT64:
        INS("movsd %lld(%%rbp), %%xmm0", (long long)o);
        INS("call rt_printfloat");
        return;
    case TY_COMPLEX64: case TY_COMPLEX128:
        cg_complex_print(x, a);
        return;
    case TY_STRING:
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        INS("call rt_printstring");
        return;
    case TY_SLICE:
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        INS("call rt_printslice");
        return;
    case TY_IFACE:
        INS("leaq %lld(%%rbp), %%rdi", (long long)o);
        INS("call rt_printeface");
        return;
    case TY_PTR: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
        INS("movq %lld(%%rbp), %%rdi", (long long)o);
        INS("call rt_printhex");
        return;
    default:
        break;
    }
    if (!ty_is_integer(u))
        ice("codegen: print of %s", ty_rtname(t));
    load_scalar(x, RDI, t, "%rbp", o);
    INS("call %s", cg_is_signed(t) ? "rt_printint" : "rt_printuint");
}

void cg_builtin(Fx *x, IrValue *v) {
    switch (v->ival) {
    case BI_PRINT: case BI_PRINTLN: {
        bool ln = v->ival == BI_PRINTLN;
        INS("call rt_printlock");
        for (int i = 0; i < v->nargs; i++) {
            if (ln && i > 0)
                INS("call rt_printsp");
            print_one(x, v->args[i]);
        }
        if (ln)
            INS("call rt_printnl");
        INS("call rt_printunlock");
        return;
    }
    case BI_COPY: {
        IrValue *d = v->args[0], *s = v->args[1];
        int64_t od = off_of(x, d), os = off_of(x, s);
        if (ty_is_string(under(s->type))) {
            INS("movq %lld(%%rbp), %%rdi", (long long)od);
            INS("movq %lld(%%rbp), %%rsi", (long long)(od + 8));
            INS("leaq %lld(%%rbp), %%rdx", (long long)os);
            INS("call rt_stringcopy");
        } else {
            INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, under(d->type)->elem));
            INS("movq %lld(%%rbp), %%rsi", (long long)od);
            INS("movq %lld(%%rbp), %%rdx", (long long)(od + 8));
            INS("movq %lld(%%rbp), %%rcx", (long long)os);
            INS("movq %lld(%%rbp), %%r8", (long long)(os + 8));
            INS("call rt_slicecopy");
        }
        st(x, RAX, v);
        return;
    }
    case BI_ADD: /* unsafe.Add(p, n) */
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        ld(x, RCX, v->args[1]);
        INS("addq %%rcx, %%rax");
        st(x, RAX, v);
        return;
    case BI_SLICE: { /* unsafe.Slice(p, n): checked by the runtime */
        int64_t o = off_of(x, v);
        INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, under(v->type)->elem));
        INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[0]));
        load_scalar(x, RDX, v->args[1]->type, "%rbp", off_of(x, v->args[1]));
        INS("movq %%rsi, %lld(%%rbp)", (long long)o);
        INS("movq %%rdx, %lld(%%rbp)", (long long)(o + 8));
        INS("movq %%rdx, %lld(%%rbp)", (long long)(o + 16));
        INS("call rt_unsafeslice");
        return;
    }
    case BI_COMPLEX: case BI_REAL: case BI_IMAG:
        cg_complex_builtin(x, v);
        return;
    default:
        ice("codegen: built-in %lld not supported", (long long)v->ival);
    }
}

/* ---- string concatenation ----
 *
 * gc concatenates a + b + c in one step (concatstrings), one allocation.
 * The IR has a chain of CONCATs: the partial results are `implicit` and
 * each is used only as args[0] of the next.  The root of a chain owns an
 * array of string headers in the frame (its store), then, when it does
 * not escape, a buffer for a short result; each CONCAT of the chain
 * copies its right operand (the lowest also its left) into the array
 * where it stands, and the root calls rt_concatstrings on it.  A partial
 * result's own slot is never written. */

static bool is_partial(IrValue *a) { return a->op == IR_CONCAT && a->implicit; }

/* The number of CONCATs in the chain ending at root. */
static int chain_len(IrValue *root) {
    int m = 1;
    for (IrValue *a = root->args[0]; is_partial(a); a = a->args[0])
        m++;
    return m;
}

int64_t cg_concat_storage(IrValue *root) {
    return 16 * (int64_t)(chain_len(root) + 1) + (root->escapes ? 0 : 32 /* RT_TMPBUF */);
}

void cg_concat_layout(Fx *x, IrValue *root) {
    Slot *s = vslot(x, root);
    int h = chain_len(root);
    for (IrValue *a = root->args[0]; is_partial(a); a = a->args[0]) {
        Slot *p = vslot(x, a);
        h--;
        p->store = s->store + 16 * h;
        p->has_store = true;
    }
}

void cg_concat(Fx *x, IrValue *v) {
    Slot *s = vslot(x, v);
    if (!s->has_store)
        ice("codegen: CONCAT v%d outside a laid-out chain", v->id);
    int m = v->implicit ? 0 : chain_len(v);
    int64_t at = v->implicit ? s->store : s->store + 16 * m;
    copy_mem(x, "%rbp", off_of(x, v->args[1]), "%rbp", at, 16);
    if (!is_partial(v->args[0]))
        copy_mem(x, "%rbp", off_of(x, v->args[0]), "%rbp", at - 16, 16);
    if (v->implicit)
        return;
    INS("leaq %lld(%%rbp), %%rdi", (long long)s->off);
    INS("leaq %lld(%%rbp), %%rsi", (long long)s->store);
    INS("movq $%d, %%rdx", m + 1);
    if (v->escapes)
        INS("xorl %%ecx, %%ecx");
    else
        INS("leaq %lld(%%rbp), %%rcx", (long long)(s->store + 16 * (m + 1)));
    INS("call rt_concatstrings");
    zero_mem(x, "%rbp", s->store, 16 * (m + 1)); /* keeps nothing alive */
}
