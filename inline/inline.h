/* inline.h — go1.19's inlining decisions.
 *
 * Requires: a package checked without errors.
 * Provides: which functions can be inlined (gc's cost model: every node of
 * the body costs 1, a call of a function that cannot be inlined 57 more, a
 * call of one that can its own cost; budget 80; no defer, go, recover or
 * recursion), and which call sites are inlined, decided in gc's order
 * (functions bottom-up over the call graph, a function literal with the
 * function that holds it; in each, calls children first, then the calls
 * inside each inlined body).  Function literals are functions of their
 * own (gc's outer.func1, outer.func1.1): a call of a literal, or of a
 * local variable that is assigned a literal once and never again, is
 * inlined like any other; a body that holds literals gives, where it is
 * inlined, copies of them named after the function it is inlined into
 * (outer.funcN).  With -m it prints gc's "can inline f" and "inlining call
 * to f" lines, with -m=2 the costs and the reasons.  The IR builder
 * (ir/build.c) then expands the calls chosen, site by site; the decisions
 * are made here, on the syntax tree, because gc's cost model is defined
 * over its syntax tree.
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
    bool race;       /* -race: //go:norace functions are not inlined */
    bool cheap_calls; /* -l=4: a call that is not inlined costs 1 more, not 57 */
} InlOptions;

/* gc's early dead-code removal (deadcode.c), which runs whether or not
 * inlining does: constant if conditions and constant switches lose the
 * branches they never take. */
void inl_deadcode(Package *pkg);

void inl_analyze(Package *pkg, InlOptions opts);

/* One inlined call: the callee is a declared function (sym) or a function
 * literal (lit, its FUNCLIT node).  The calls inlined inside its body are
 * its children; the function literals of its body are copies, with the
 * names gc gives them. */
typedef struct InlSite {
    Node *call;
    Sym *sym;
    Node *lit;
    const char *name;          /* the callee's name, as -m prints it */
    struct InlSite *parent;    /* NULL: a call in a function's own body */
    Vec children;              /* of InlSite* */
    Vec copies, copy_names;    /* of Node* (FUNCLIT) and char*: the literals in the body */
    Vec copy_fns;              /* inline.c's records of the copies */
    void *fn;                  /* inline.c's record of the callee */
} InlSite;

/* The inlined call `call` in the body of parent (NULL: in the body of the
 * function, or function literal, being built), or NULL if it stays a
 * call. */
InlSite *inl_site(InlSite *parent, Node *call);
/* gc's name of a function literal: outer.func1 for one in the body of a
 * function (site NULL), or the name of its copy where site is inlined. */
const char *inl_lit_name(InlSite *site, Node *lit);
/* Whether the site's callee has a body here (not a standard-library
 * function that is only reported as inlined). */
bool inl_site_has_body(InlSite *site);
/* gc's canDelayResults for the site's callee: its single return declares
 * the inlined call's result variables (which then have a definition). */
bool inl_site_delays_results(InlSite *site);
/* Whether the call expression was inlined somewhere, and how gc prints
 * it once inlined: its result variable (~R0, or the result's name). */
bool inl_call_inlined(Node *call);
const char *inl_call_result(Node *call);
/* Whether fn (a function symbol) can be inlined. */
bool inl_can_inline(Sym *fn);
/* The cache of analysed packages: what the analysis decided for fn (its
 * cost is kept for functions that cannot be inlined too), and the same
 * decision given back for a package whose bodies were mostly not checked
 * again; false when it differs from what was computed now. */
bool inl_facts(Sym *fn, int *cost);
bool inl_set_facts(Sym *fn, bool can, int cost);
/* The functions of its own package that go1.19 inlines into the body of
 * the standard-library function fn, when std/ declares fn without a body
 * (`//minigo:inlines NAME`, in gc's order): gc reports those inlinings
 * too wherever it inlines fn.  NULL after the last. */
const char *inl_std_nested(Sym *fn, int i);

/* The packages gc's export data of pkg lists (export.c): pkg, and every
 * package its exported declarations and their inlinable bodies refer to,
 * closed under reference.  Appended to out (of const char*). */
void inl_export_packages(Package *pkg, Vec *out);

/* True for functions whose body minigo expands (false for std functions
 * that are only reported as inlined). */
bool inl_has_body(Sym *fn);

#endif
