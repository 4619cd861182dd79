/* codegen.h — x86-64 assembly (GNU as, AT&T syntax) from the IR.
 *
 * Requires: a verified IrProgram whose allocation sites' `escapes` flags and
 * variables' `escapes` flags were decided by escape analysis.
 * Provides: one assembly file defining every function of the program (Go
 * ABI of runtime/rt.h), "main.init" and "main.main", the globals, the string
 * constants and the type descriptors, to be linked with libminigo_rt.a.
 *
 * Frame model: every IR value that has a type gets a slot in the frame;
 * every variable that does not escape gets a slot; a variable that escapes
 * gets a slot holding the address of its heap cell.  A non-escaping
 * allocation site (NEW, MAKESLICE with constant size, CONVIFACE box, `...`
 * array) gets frame storage of its own, zeroed each time it executes.
 */
#ifndef MINIGO_CODEGEN_H
#define MINIGO_CODEGEN_H

#include "../ir/ir.h"

void cg_emit_program(StrBuf *out, IrProgram *p);
/* The same for a program of several packages, each after those it
 * imports (the command's main package last): their functions, each
 * package's initialisation called in that order. */
void cg_emit_programs(StrBuf *out, IrProgram **progs, int n);

/* Whether every construct of the program can be compiled; reports those
 * that cannot (diag_error).  rt_defines tells whether the runtime defines
 * a Go-named symbol (a standard-library function or variable). */
bool cg_check(IrProgram *prog, bool (*rt_defines)(const char *));

#endif
