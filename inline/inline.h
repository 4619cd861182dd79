/* inline.h — go1.19's inlining decisions.
 *
 * Requires: a package checked without errors.
 * Provides: which functions can be inlined (gc's cost model: every node of
 * the body costs 1, a call of a function that cannot be inlined 57 more, a
 * call of one that can its own cost; budget 80; no defer, go, recover or
 * recursion), and which call sites are inlined, decided in gc's order
 * (functions bottom-up over the call graph; in each, calls children
 * first, then the calls inside each inlined body, outermost first).  With
 * -m it prints gc's "can inline f" and "inlining call to f" lines.  The IR
 * builder (ir/build.c) then expands the marked calls; the decisions are
 * made here, on the syntax tree, because gc's cost model is defined over
 * its syntax tree.
 *
 * Standard-library functions have no bodies in std/; the ones go1.19
 * inlines carry `//minigo:inline COST` with gc's cost: their calls are
 * reported as inlined and cost COST, but stay calls (their summaries give
 * escape analysis the same verdicts).
 */
#ifndef MINIGO_INLINE_H
#define MINIGO_INLINE_H

#include "../types/types.h"

typedef struct InlOptions {
    int m;           /* -m level */
} InlOptions;

void inl_analyze(Package *pkg, InlOptions opts);

/* Whether the call expression n was chosen for inlining in its own
 * function's body (the IR builder asks). */
bool inl_call_inlined(Node *call);
/* Whether fn (a function symbol) can be inlined: calls inside inlined
 * bodies are inlined when their callee can be (and is not already being
 * inlined further out). */
bool inl_can_inline(Sym *fn);
/* True for functions whose body minigo expands (false for std functions
 * that are only reported as inlined). */
bool inl_has_body(Sym *fn);

#endif
