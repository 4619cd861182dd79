/* escape.h — escape analysis, as go1.19's cmd/compile/internal/escape.
 *
 * Requires: a verified IrProgram.
 * Provides: `escapes` on every allocation site and variable (codegen reads
 * only those flags), each function's parameter summary (IrVar.leak_*),
 * and, when -m is on, gc's diagnostics in gc's order through diag_warn.
 *
 * The algorithm in brief (details where they are implemented):
 *   graph.c  every variable and allocation site, and every IR value that
 *            can hold a pointer, is a location; every flow of a value is an
 *            edge weighted by dereferences (&x is -1, x is 0, *x is +1);
 *            stores through pointers flow to the heap location;
 *   solve.c  from every location, a shortest-path walk finds how many
 *            dereferences separate it from each location flowing into it;
 *            an address (-1) that reaches something which outlives it
 *            forces a heap allocation; flows from parameters to the heap
 *            or results become the parameter's summary ("tag");
 *   batch.c  functions are analysed bottom-up, one strongly connected
 *            component of the call graph at a time, so that a call uses the
 *            callee's summary unless both are in the same component;
 *   report.c the -m lines: parameter summaries, then each location's
 *            verdict, in location order.
 */
#ifndef MINIGO_ESCAPE_H
#define MINIGO_ESCAPE_H

#include "../ir/ir.h"

typedef struct EscOptions {
    int m;           /* -m level: 0 silent, 1 verdicts, 2 explanations */
    bool small_frames; /* gc's -smallframes: smaller variables on the stack */
} EscOptions;

void esc_analyze(IrProgram *p, EscOptions opts);

#endif
