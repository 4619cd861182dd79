/* esc_internal.h — what the escape pass's files share. */
#ifndef MINIGO_ESC_INTERNAL_H
#define MINIGO_ESC_INTERNAL_H

#include "escape.h"

#define ESC_RESULTS 7  /* results tracked in a summary, as gc's numEscResults */

typedef struct Loc Loc;

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
} Edge;

struct Loc {
    IrVar *var;        /* a variable's location, or */
    IrValue *site;     /* an allocation site's storage (reported), or neither: a temporary */
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
    IrValue *static_val; /* a variable's initial value, from its declaration */
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
} Batch;

/* Per-function state of the pass, in IrFunc.esc. */
typedef struct FnState FnState;
typedef struct EscFn {
    unsigned visit_id;  /* batch.c: Tarjan's numbering; ESC_DONE once analysed */
    FnState *st;        /* graph.c: locations of values, while its batch runs */
    bool local_ext;     /* batch.c: declared without a body in the package analysed */
    Vec verdicts;       /* report.c: its -m lines after the parameters' ("moved to
                           heap: x", "X escapes to heap"), without positions, for
                           the wrappers it is inlined into (wrappers.c) */
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
Devirt *esc_devirt_of(Node *call);  /* the decision on a call, or NULL */

/* graph.c */
void esc_build_graph(Batch *b);
Loc *esc_new_loc(Batch *b, IrFunc *fn, int loopdepth);
void esc_flow(Batch *b, Loc *dst, int derefs, Loc *src, const char *why, IrValue *inst);
void esc_flow_notes(Batch *b, Loc *dst, int derefs, Loc *src, Note *notes, int nnotes);
bool esc_is_temp(Loc *l);

/* explain.c: -m=2 */
const char *esc_loc_str(Batch *b, Loc *l);     /* gc's explainLoc: "x", "{heap}", "{storage for X}" */
const char *esc_site_text(IrValue *site);      /* how gc names an allocation site */
const char *esc_stmt_text(Node *stmt);         /* a statement as gc's %v prints it */
Pos esc_loc_pos(Loc *l);
void esc_explain_path(Batch *b, Loc *root, Loc *src);
void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes, int n);

/* solve.c */
void esc_walk_all(Batch *b);

/* trace.c: -m=3 */
typedef struct EscTrace {
    Pos *pos;
    const char **text;
    int n, cap, next;
} EscTrace;
void esc_trace_func(IrFunc *f, EscTrace *out);
void esc_trace_flush(EscTrace *tr, Pos upto);  /* the lines up to upto ({0}: all) */
void esc_trace_init(IrProgram *p);
/* An expression as gc's %v prints it in a statement (a called literal
 * parenthesised, a devirtualized call rewritten). */
void esc_expr_text(StrBuf *sb, Node *n);

/* wrappers.c: gc's wrappers of interface methods, for -m=2 and -m=3 */
void esc_iface_wrappers(IrProgram *p, EscOptions opts);

/* report.c */
void esc_finish(Batch *b);
void esc_report_bodyless(IrFunc *f, EscOptions opts);

#endif
