/* values.h — private to codegen/: the emitters of values.c (floats,
 * conversions, slice expressions, string ranges, print/println, copy),
 * called from emit.c's emit_value switch. */
#ifndef MINIGO_CG_VALUES_H
#define MINIGO_CG_VALUES_H

#include "cg.h"

bool cg_is_float(Type *t);                 /* float32 or float64 (underlying) */
/* ADD SUB MUL DIV of floats (SSE2). */
void cg_float_arith(Fx *x, IrValue *v);
/* EQ NE LT LE GT GE of floats, with Go's NaN rules (every ordered
 * comparison with a NaN is false, != is true). */
void cg_float_compare(Fx *x, IrValue *v);
void cg_float_neg(Fx *x, IrValue *v);      /* flips the sign bit: -0.0 from 0.0 */
/* CONV: numbers (integer widths, int <-> float, float32 <-> float64),
 * strings <-> []byte / []rune, string(int), slice -> array pointer, and
 * conversions that keep the representation (named types, pointers). */
void cg_conv(Fx *x, IrValue *v);
bool cg_conv_supported(IrValue *v);
/* Frame bytes a string conversion that does not escape uses (Go's
 * tmpBuf), 0 for other conversions. */
int64_t cg_conv_bufsize(IrValue *v);
/* CONCAT chains (values.c explains): the frame bytes the root of a chain
 * needs; after the root's store is allocated, placing its partial
 * results; emitting any CONCAT. */
int64_t cg_concat_storage(IrValue *root);
void cg_concat_layout(Fx *x, IrValue *root);
void cg_concat(Fx *x, IrValue *v);
void cg_slice(Fx *x, IrValue *v);          /* SLICE, with go1.19's bounds panics */
void cg_rune(Fx *x, IrValue *v);           /* RUNE and RUNENEXT */
/* BUILTIN print, println and copy; what cannot be compiled yet: the
 * reason, or NULL. */
void cg_builtin(Fx *x, IrValue *v);
const char *cg_builtin_unsupported(IrValue *v);

/* complex.c: complex64 and complex128 (complex.c explains the layout and
 * gc's arithmetic).  CONST; ADD SUB MUL DIV; EQ NE; NEG; CONV between
 * complex types; BUILTIN complex, real, imag; print's piece. */
bool cg_is_complex(Type *t);
void cg_complex_const(Fx *x, IrValue *v);
int64_t cg_complex_const_bits(IrValue *v);   /* a complex64 CONST's 8 bytes */
void cg_complex_arith(Fx *x, IrValue *v);
void cg_complex_compare(Fx *x, IrValue *v);
void cg_complex_neg(Fx *x, IrValue *v);
void cg_complex_conv(Fx *x, IrValue *v);
void cg_complex_builtin(Fx *x, IrValue *v);
void cg_complex_print(Fx *x, IrValue *v);

#endif
