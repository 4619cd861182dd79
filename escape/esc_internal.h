/* esc_internal.h — what the escape pass's files share. */
#ifndef MINIGO_ESC_INTERNAL_H
#define MINIGO_ESC_INTERNAL_H

#include "escape.h"

#define ESC_RESULTS 7  /* results tracked in a summary, as gc's numEscResults */

typedef struct Loc Loc;
typedef struct Wrapper Wrapper;

/* gc's note on a flow: why ("assign", "call parameter", ...) and the
 * instruction it points at.  For -m=2. */
typedef struct Note {
    const char *why;
    IrValue *inst;
    Node *where;       /* what the note points at, when not inst's own node */
    Pos at;            /* where it is, when not where's own position */
    const char *text;  /* what it says, when no node says it (at: where) */
} Note;

typedef struct Edge {
    Loc *src;
    int derefs;        /* >= -1 */
    Note *notes;       /* from the source's side to the destination's */
    int nnotes;
    int stamp;         /* when gc would have made it (see Batch.stamp) */
    int seq;           /* the pre-order number of the node whose visit made it
                          in gc's walk (its source's), see Batch.seq */
} Edge;

struct Loc {
    IrVar *var;        /* a variable's location, or */
    IrValue *site;     /* an allocation site's storage (reported), or */
    Wrapper *wrap;     /* the storage of gc's literal wrapping a go/defer call
                          (explained, never reported), or none: a temporary */
    IrFunc *fn;
    int loopdepth;
    Edge *edges;       /* incoming flows */
    int nedges, capedges;
    int order;         /* creation order within the batch (gc's allLocs order) */

    /* solver state */
    int derefs;
    unsigned walkgen;
    Loc *dst;          /* the next location on the way to the walk's root */
    int dst_edge;      /* the edge of dst that leads here */
    bool queued;
    bool escapes;
    int leaks[1 + ESC_RESULTS]; /* parameters: min derefs to heap/results; -1 none */
    int result_index;  /* results: 1 + index; 0 otherwise */
    bool gctemp;       /* a temporary gc has too (kept in the graph, printed "{temp}") */
    bool captured;     /* a variable some function literal met so far captures */
    bool ref_captured; /* a function literal captures it by reference (gc's flow
                          of its address sets loc.addrtaken, which the later
                          literals' -m=2 lines print) */
};

typedef struct Batch {
    Vec funcs;         /* of IrFunc*, the component */
    Vec locs;          /* of Loc*, in creation order */
    Loc heap;
    EscOptions opts;
    /* Edges are kept in the order gc makes its flows (its walk visits a
     * location's inputs last first).  Each new edge gets stamp += 4; a
     * flow gc makes earlier than minigo's value order (the append's tee
     * made before its arguments are walked) sets force_stamp, and its
     * edges go before those stamped later. */
    int stamp, force_stamp;
    /* gc's walk makes a flow when it visits the flow's source: a variable
     * where it is used, an allocation site (gc's spill) before the site's
     * operands.  A flow through minigo's temporaries is made when the
     * value is used, later: its edges keep the stamp and the pre-order
     * number (seq) of the flow that left the source, and a site's spill
     * is stamped at the start of the site's operands (lead_stamp). */
    int seq;           /* the seq of the value whose flows are being made */
    /* A flow of an address to the heap is explained as gc makes it, while
     * the graph is built (graph.c: escapes_now).  With -m=2 those lines are
     * kept here (of Early*) and printed in stamp order once the flows are
     * made; `packed_before` is the seq of the node gc visits as it prints:
     * the variadic calls it has not reached print their arguments as
     * written (see ast_call_unpacked). */
    Vec early;
    bool keep_early;
    Vec calls;         /* the batch's calls: their Node*, IrFunc* and seq */
    Vec closures;      /* of Loc*: the storage of literals and of go/defer
                          wrappers, in the order gc's walk meets them (it
                          decides their captures in that order) */
} Batch;

/* Per-function state of the pass, in IrFunc.esc. */
typedef struct FnState FnState;
typedef struct EscFn {
    unsigned visit_id;  /* batch.c: Tarjan's numbering; ESC_DONE once analysed */
    Vec wrappers;       /* godefer.c: of Wrapper*, its go/defer statements' */
    FnState *st;        /* graph.c: locations of values, while its batch runs */
    bool local_ext;     /* batch.c: declared without a body in the package analysed */
    Vec verdicts;       /* report.c: its -m lines after the parameters' ("moved to
                           heap: x", "X escapes to heap"), without positions, for
                           the wrappers it is inlined into (wrappers.c) */
    Vec selfassigns;    /* graph.c: the statements (text) ignored as self-assignments,
                           which the wrappers it is inlined into report again */
} EscFn;
#define ESC_DONE 0xffffffffu
EscFn *esc_fn(IrFunc *f);

/* batch.c: whether f's declaration carries //go:NAME (name "go:NAME") */
bool esc_pragma(IrFunc *f, const char *name);
void esc_external_summary(IrFunc *f);  /* from //minigo:leaks pragmas */

/* devirt.c: gc's devirtualization of interface method calls, decided
 * before the batches; a call's decision is its IrValue.esc. */
typedef struct Devirt {
    IrFunc *method;    /* the method called, or NULL: */
    bool partial;      /* still an interface call, on an embedded field */
    Type *t;           /* the concrete type */
    int derefs;        /* from the interface value to the receiver */
    const char *dt_text, *call_text; /* x.(T) and T.M(x.(T), args), for -m=2 */
    Pos dt_pos;
    Node *call;        /* the call's syntax */
    const char *field; /* partial: the embedded interface field */
} Devirt;
void esc_devirtualize(IrProgram *p, EscOptions opts);
/* gc's ir.StaticValue of x, a value of f: the value a variable of f
 * defined once and never reassigned (gc's ir.reassigned) was defined
 * with, followed through such variables; else x itself. */
IrValue *esc_static_value(IrFunc *f, IrValue *x);
Devirt *esc_devirt_of(Node *call);  /* the decision on a call, or NULL */

/* godefer.c: gc's rewrite of `go f(x)` and `defer f(x)` (escape/call.go:
 * goDeferStmt, rewriteArgument): the operands of the call are copied to
 * temporaries first, which a function literal wrapping the call
 * captures.  See godefer.c for the rules. */
typedef struct DeferTmp {
    IrVar *var;        /* made for it, .autotmp_N (in no function's vars) */
    IrValue *x;        /* what it copies: an argument of the call, or */
    IrValue *store;    /* the store of an element of a slice literal argument */
    Node *expr;        /* x's syntax, when known (-m=3 walks it) */
    const char *text;  /* x as gc prints it */
    const char *type_text; /* its type as gc prints it, when not ty_gcstr's */
    Pos capture;       /* where the wrapper captures it */
    struct Devirt *dt; /* x is a devirtualized call's receiver: the temporary
                          holds x.(T) (gc devirtualizes before it wraps) */
    int key;           /* its order among the function's sites (esc_site_key) */
    Loc *loc;          /* graph.c */
} DeferTmp;

struct Wrapper {
    IrValue *call;     /* the go or defer CALL */
    DeferTmp *tmps;
    int ntmps;
    const char *text;  /* the call as gc prints it then: f(.autotmp_1, 2) */
    int key;           /* its literal's order among the function's sites */
    Vec late;          /* slice literals passed, which gc makes after their
                          elements' temporaries: pairs of the site and its
                          key, as (void *)(intptr_t) */
    Loc *clo;          /* graph.c: the literal's storage */
};
/* Whether gc wraps the go/defer call v in a literal: all calls but those
 * of a function value (or literal) without parameters and results. */
bool esc_needs_wrapper(IrValue *v);
/* Plans the wrappers of f's go/defer statements, into esc_fn(f)->wrappers. */
void esc_plan_wrappers(IrFunc *f);
Wrapper *esc_wrapper_of(IrFunc *f, Node *call);   /* NULL: none */
/* A site's order among f's allocation sites and wrappers' temporaries:
 * its pre-order number, scaled. */
int esc_site_key(IrValue *site);

/* graph.c */
void esc_build_graph(Batch *b);
Loc *esc_new_loc(Batch *b, IrFunc *fn, int loopdepth);
void esc_flow(Batch *b, Loc *dst, int derefs, Loc *src, const char *why, IrValue *inst);
void esc_flow_notes(Batch *b, Loc *dst, int derefs, Loc *src, Note *notes, int nnotes);
bool esc_is_temp(Loc *l);

/* explain.c: -m=2 */
const char *esc_loc_str(Batch *b, Loc *l);     /* gc's explainLoc: "x", "{heap}", "{storage for X}" */
const char *esc_loc_name(Loc *l);              /* "x", "new(int)", "func literal"; NULL: unnamed */
const char *esc_site_text(IrValue *site);      /* how gc names an allocation site */
Pos esc_loc_pos(Loc *l);
void esc_explain_path(Batch *b, Loc *root, Loc *src);
void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes, int n);
/* Texts printed from here until esc_packed_end show the variadic calls gc
 * visits at or after the node numbered seq with their arguments as written. */
void esc_packed_begin(Batch *b, IrFunc *fn, int seq);
void esc_packed_end(void);

/* solve.c */
void esc_walk_all(Batch *b);

/* trace.c: -m=3 */
typedef struct EscTrace {
    Pos *pos;
    const char **text;   /* what follows "POS:" (diag_trace) */
    int n, cap, next;
} EscTrace;
void esc_trace_func(IrFunc *f, EscTrace *out);
void esc_trace_flush(EscTrace *tr, Pos upto);  /* the lines up to upto ({0}: all) */
void esc_trace_init(IrProgram *p);
/* A devirtualized call as a statement's operand prints (x.(T).M(args));
 * the printer's ast_stmt_call_hook. */
bool esc_stmt_call(StrBuf *sb, const Node *call);

/* wrappers.c: gc's wrappers of interface methods, for -m=2 and -m=3 */
void esc_iface_wrappers(IrProgram *p, EscOptions opts);

/* report.c */
void esc_finish(Batch *b);
void esc_report_bodyless(IrFunc *f, EscOptions opts);

#endif
