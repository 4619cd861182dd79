/* complex.c — emitters for complex64 and complex128 (values.h), in
 * values.c's model: operands loaded from their frame slots into SSE
 * registers, the result stored into the value's slot.
 *
 * A complex value lives in its slot as Go lays it out: the real part,
 * then the imaginary part, each an IEEE float of half the size (complex64
 * is two float32s, 4-byte aligned).  It is passed, returned, copied,
 * boxed and hashed as any 8- or 16-byte value of memory; only arithmetic,
 * comparison, conversion, the built-ins and print look at its parts.  A
 * complex CONST carries its parts' bits in ival and slen (ir.h).
 *
 * The arithmetic is gc's (ssagen/ssa.go, walk/expr.go):
 *   + and -  part by part;
 *   *        (ac - bd) + (ad + bc)i, computed in float64 even for
 *            complex64 (gc widens "to minimize cancellation error"), then
 *            narrowed;
 *   /        the runtime's complex128div on the widened operands, then
 *            narrowed (runtime/complex.c): no panic on zero;
 *   unary -  flips both sign bits;
 *   == !=    both parts equal (so NaN != NaN, -0 == +0).
 * Parts are widened to float64 throughout: for + - of float32 values a
 * float64 result rounded to float32 is the float32 result exactly. */
#include "values.h"

static Type *under(Type *t) { return ty_under(cg_concrete(t)); }

bool cg_is_complex(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TY_COMPLEX64 || k == TY_COMPLEX128;
}

static bool is_c64(Type *t) { return under(t)->kind == TY_COMPLEX64; }

/* Part k (0 real, 1 imaginary) of the complex value at off(base), as a
 * float64, into xmm. */
static void ld_part_at(Fx *x, const char *xmm, Type *t, const char *base, int64_t off, int k) {
    if (is_c64(t)) {
        INS("movss %lld(%s), %s", (long long)(off + 4 * k), base, xmm);
        INS("cvtss2sd %s, %s", xmm, xmm);
    } else {
        INS("movsd %lld(%s), %s", (long long)(off + 8 * k), base, xmm);
    }
}

static void ld_part(Fx *x, const char *xmm, IrValue *v, int k) {
    ld_part_at(x, xmm, v->type, "%rbp", off_of(x, v), k);
}

/* Stores the float64 in xmm as part k of v (narrowed for complex64;
 * xmm is clobbered). */
static void st_part(Fx *x, const char *xmm, IrValue *v, int k) {
    int64_t o = off_of(x, v);
    if (is_c64(v->type)) {
        INS("cvtsd2ss %s, %s", xmm, xmm);
        INS("movss %s, %lld(%%rbp)", xmm, (long long)(o + 4 * k));
    } else {
        INS("movsd %s, %lld(%%rbp)", xmm, (long long)(o + 8 * k));
    }
}

/* A float value (float32 or float64, untyped: float64) as a float64. */
static void ld_float(Fx *x, const char *xmm, IrValue *v) {
    if (under(v->type)->kind == TY_FLOAT32) {
        INS("movss %lld(%%rbp), %s", (long long)off_of(x, v), xmm);
        INS("cvtss2sd %s, %s", xmm, xmm);
    } else {
        INS("movsd %lld(%%rbp), %s", (long long)off_of(x, v), xmm);
    }
}

static void st_float(Fx *x, const char *xmm, IrValue *v) {
    if (under(v->type)->kind == TY_FLOAT32) {
        INS("cvtsd2ss %s, %s", xmm, xmm);
        INS("movss %s, %lld(%%rbp)", xmm, (long long)off_of(x, v));
    } else {
        INS("movsd %s, %lld(%%rbp)", xmm, (long long)off_of(x, v));
    }
}

void cg_complex_const(Fx *x, IrValue *v) {
    int64_t o = off_of(x, v);
    if (is_c64(v->type)) {
        INS("movl $%lld, %lld(%%rbp)", (long long)(int32_t)(uint32_t)v->ival, (long long)o);
        INS("movl $%lld, %lld(%%rbp)", (long long)(int32_t)(uint32_t)v->slen, (long long)(o + 4));
    } else {
        store_imm64(x, v->ival, "%rbp", o);
        store_imm64(x, v->slen, "%rbp", o + 8);
    }
}

int64_t cg_complex_const_bits(IrValue *v) {
    return (int64_t)(((uint64_t)(uint32_t)v->slen << 32) | (uint32_t)v->ival);
}

void cg_complex_arith(Fx *x, IrValue *v) {
    /* a + bi in %xmm0, %xmm1; c + di in %xmm2, %xmm3 */
    ld_part(x, "%xmm0", v->args[0], 0);
    ld_part(x, "%xmm1", v->args[0], 1);
    ld_part(x, "%xmm2", v->args[1], 0);
    ld_part(x, "%xmm3", v->args[1], 1);
    switch (v->op) {
    case IR_ADD:
        INS("addsd %%xmm2, %%xmm0");
        INS("addsd %%xmm3, %%xmm1");
        break;
    case IR_SUB:
        INS("subsd %%xmm2, %%xmm0");
        INS("subsd %%xmm3, %%xmm1");
        break;
    case IR_MUL:
        INS("movapd %%xmm0, %%xmm4");
        INS("mulsd %%xmm2, %%xmm4");      /* ac */
        INS("movapd %%xmm1, %%xmm5");
        INS("mulsd %%xmm3, %%xmm5");      /* bd */
        INS("subsd %%xmm5, %%xmm4");      /* ac - bd */
        INS("mulsd %%xmm3, %%xmm0");      /* ad */
        INS("mulsd %%xmm2, %%xmm1");      /* bc */
        INS("addsd %%xmm0, %%xmm1");      /* ad + bc */
        INS("movapd %%xmm4, %%xmm0");
        break;
    case IR_DIV:
        INS("call rt_complex128div");
        break;
    default:
        ice("codegen: %s of complex numbers", ir_op_names[v->op]);
    }
    st_part(x, "%xmm0", v, 0);
    st_part(x, "%xmm1", v, 1);
}

void cg_complex_compare(Fx *x, IrValue *v) {
    IrValue *a = v->args[0], *b = v->args[1];
    if (v->op != IR_EQ && v->op != IR_NE)
        ice("codegen: %s of complex numbers", ir_op_names[v->op]);
    ld_part(x, "%xmm0", a, 0);
    ld_part(x, "%xmm1", a, 1);
    ld_part(x, "%xmm2", b, 0);
    ld_part(x, "%xmm3", b, 1);
    INS("ucomisd %%xmm2, %%xmm0");     /* equal and ordered, part by part */
    INS("sete %%al");
    INS("setnp %%cl");
    INS("andb %%cl, %%al");
    INS("ucomisd %%xmm3, %%xmm1");
    INS("sete %%cl");
    INS("setnp %%dl");
    INS("andb %%dl, %%cl");
    INS("andb %%cl, %%al");
    if (v->op == IR_NE)
        INS("xorb $1, %%al");
    INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
}

void cg_complex_neg(Fx *x, IrValue *v) {
    int64_t oa = off_of(x, v->args[0]), o = off_of(x, v);
    if (is_c64(v->type)) {
        INS("movq %lld(%%rbp), %%rax", (long long)oa);
        INS("movabsq $0x8000000080000000, %%rcx");
        INS("xorq %%rcx, %%rax");
        INS("movq %%rax, %lld(%%rbp)", (long long)o);
        return;
    }
    for (int k = 0; k < 2; k++) {
        INS("movq %lld(%%rbp), %%rax", (long long)(oa + 8 * k));
        INS("btcq $63, %%rax");
        INS("movq %%rax, %lld(%%rbp)", (long long)(o + 8 * k));
    }
}

/* CONV between complex types: each part widened or narrowed. */
void cg_complex_conv(Fx *x, IrValue *v) {
    IrValue *a = v->args[0];
    if (!cg_is_complex(a->type) || !cg_is_complex(v->type))
        ice("codegen: conversion of %s to %s", ty_rtname(a->type), ty_rtname(v->type));
    for (int k = 0; k < 2; k++) {
        ld_part(x, "%xmm0", a, k);
        st_part(x, "%xmm0", v, k);
    }
}

/* BUILTIN complex, real, imag. */
void cg_complex_builtin(Fx *x, IrValue *v) {
    switch (v->ival) {
    case BI_COMPLEX:
        ld_float(x, "%xmm0", v->args[0]);
        st_part(x, "%xmm0", v, 0);
        ld_float(x, "%xmm0", v->args[1]);
        st_part(x, "%xmm0", v, 1);
        return;
    case BI_REAL: case BI_IMAG:
        ld_part(x, "%xmm0", v->args[0], v->ival == BI_IMAG);
        st_float(x, "%xmm0", v);
        return;
    default:
        ice("codegen: built-in %lld of complex numbers", (long long)v->ival);
    }
}

/* print(c): the runtime prints (+1.000000e+000+2.000000e+000i). */
void cg_complex_print(Fx *x, IrValue *v) {
    ld_part(x, "%xmm0", v, 0);
    ld_part(x, "%xmm1", v, 1);
    INS("call rt_printcomplex");
}
