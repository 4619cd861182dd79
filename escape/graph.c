/* graph.c — the location graph of a batch of functions, built from the IR.
 *
 * Every variable is a location; so is the storage of every allocation site
 * (what gc calls "{storage for X}").  Every IR value that may hold a
 * pointer is a location too: a temporary, never reported, standing where
 * gc has a "hole" (the destination an expression's value flows to).  With
 * single-assignment values this needs no hole algebra: each value's
 * defining instruction adds the edges into its location, and each use of
 * the value is an edge out of it.  Dereference counts compose along the
 * path, and the walk in solve.c bounds them below at zero at every
 * location, exactly as gc's holes do.
 *
 * Flows, by instruction (d = dereferences on the edge):
 *   v = ADDR x        v <- x      d = -1   (a global: no flow, as gc)
 *   v = LOAD p        v <- p      d = +1
 *   v = FIELD p / INDEX s,i / SLICEHDR p,..   v <- p or s   d = 0
 *   v = NEW / MAKESLICE / CONCAT / boxing CONVIFACE
 *                     v <- S      d = -1   (S: the site's storage)
 *   CONVIFACE x (box) S <- x      d = 0    (pointer-shaped: v <- x)
 *   STORE p, x        D <- x      d = 0    where D is the variable (or site
 *                     storage) p addresses, or the heap when p is a
 *                     pointer loaded from somewhere ("*p = x")
 *   APPEND s, xs      v <- s; heap <- *s if the elements hold pointers;
 *                     heap <- each x (spread: heap <- *xs)
 *   CALL f(args)      per f's summary: heap <- arg and result_i <- arg with
 *                     the summary's dereferences; or, for a function of the
 *                     same batch, param <- arg and result <- callee result;
 *                     of a go/defer statement, through the temporaries of
 *                     gc's wrapper literal (godefer.c)
 *   PANIC x           heap <- x
 * A flow whose value holds no pointers is dropped, as gc drops it.
 */
#include "esc_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* One of the locations gc makes as its walk meets it, in its order: an
 * allocation site's storage, a go/defer temporary, or a wrapper's
 * literal (godefer.c). */
typedef struct Made {
    int key, tie;      /* the order: esc_site_key's, then value ids */
    IrValue *site;
    DeferTmp *tmp;
    Wrapper *wrap;
} Made;

struct FnState {
    bool walked;       /* its flows are made */
    Vec made;          /* of Made*, in gc's walk order */
    bool *defer_done;  /* by value id: a defer/go call's wrapper is modelled */
    Wrapper **wrap;    /* by value id of a go/defer CALL: gc's wrapper of it */
    DeferTmp **etmp;   /* by value id of the store of a wrapped slice literal's element */
    IrValue **spilled; /* by value id of a literal: the go/defer call that calls
                          it without arguments (no wrapper: it is spilled) */
    Loc **vloc;    /* by value id: the value's location, created lazily */
    Loc **sloc;    /* by value id: the storage of an allocation site */
    Loc ***rloc;   /* by value id of a CALL: its result locations */
    bool *novloc;  /* by value id: known to carry no flow */
    Vec tees;      /* of Node* and Loc* pairs: a type switch's operand, shared by its clauses */
};

Loc *esc_new_loc(Batch *b, IrFunc *fn, int loopdepth) {
    Loc *l = NEW(Loc);
    l->fn = fn;
    l->loopdepth = loopdepth;
    l->order = b->locs.len;
    for (int i = 0; i <= ESC_RESULTS; i++)
        l->leaks[i] = -1;
    vec_push(&b->locs, l);
    return l;
}

/* A line or lines explained while the graph is built, kept to be printed
 * in gc's order (Batch.early). */
typedef struct Early {
    int stamp, seq, n;
    char *text;
} Early;

/* While the flows are made with -m=2: what was printed since mark is
 * kept (Batch.early), to be printed in the order of stamp and seq. */
static void keep_early(Batch *b, size_t mark, int stamp, int seq) {
    if (!b->keep_early || diag_output.len == mark)
        return;
    Early *e = NEW(Early);
    e->stamp = stamp;
    e->seq = seq;
    e->n = b->early.len;
    e->text = arena_strdup(perm, diag_output.data + mark);
    diag_output.len = mark;
    diag_output.data[mark] = 0;
    vec_push(&b->early, e);
}

/* dst = &src with dst escaping: src escapes, explained each time, as gc
 * explains it, with the flow's stamp and seq (see Batch.seq).  When src is
 * a literal's storage escaping now, gc had spilled it before it walked the
 * literal's elements (minigo builds them first): the flows of their
 * addresses into it are explained too, with their own stamps. */
static void escapes_now(Batch *b, Loc *dst, int derefs, Loc *src, Note *notes, int nnotes, int stamp, int seq) {
    if (b->opts.m >= 2 && (src->var || src->wrap || (src->site && !src->site->static_init))) {
        Pos pos = esc_loc_pos(src);
        size_t mark = diag_output.len;
        esc_packed_begin(b, src->fn, seq);
        diag_warn(pos, "%s escapes to heap:", esc_loc_name(src));
        esc_explain_flow(b, pos, dst, src, derefs, notes, nnotes);
        esc_packed_end();
        keep_early(b, mark, stamp, seq);
    }
    bool was = src->escapes;
    src->escapes = true;
    if (!was && src->site)
        for (int i = 0; i < src->nedges; i++) {
            Edge *e = &src->edges[i];
            if (e->derefs < 0)
                escapes_now(b, src, e->derefs, e->src, e->notes, e->nnotes, e->stamp, e->seq);
        }
}

static int by_stamp(const void *x, const void *y) {
    const Early *a = *(Early *const *)x, *c = *(Early *const *)y;
    if (a->stamp != c->stamp)
        return a->stamp < c->stamp ? -1 : 1;
    if (a->seq != c->seq)
        return a->seq < c->seq ? -1 : 1;
    return a->n - c->n;
}

/* Prints the kept explanations in the order gc made their flows. */
static void flush_early(Batch *b) {
    if (b->early.len > 1)
        qsort(b->early.data, (size_t)b->early.len, sizeof(void *), by_stamp);
    for (int i = 0; i < b->early.len; i++)
        sb_puts(&diag_output, ((Early *)b->early.data[i])->text);
    b->early.len = 0;
    b->keep_early = false;
}

/* Adds the flow dst <- src with `derefs` and notes.  A temporary source
 * is not kept in the graph: its own sources flow on to dst instead, with
 * the dereferences added up and the notes joined — gc's holes, which
 * compose a whole expression before it flows anywhere.  So every edge in
 * the graph joins two locations gc has too, in the order gc adds them,
 * and the walk meets them in gc's order: an edge through temporaries
 * keeps the stamp and seq of the edge that left its source, when gc's
 * walk visited the source (stamp 0: a flow made now). */
static void flow_from(Batch *b, Loc *dst, int derefs, Loc *src, Note *notes, int nnotes, int stamp, int seq) {
    if (!dst || !src)
        return;
    if (esc_is_temp(src)) {
        for (int i = 0; i < src->nedges; i++) {
            Edge *e = &src->edges[i];
            Note *joined = arena_alloc(perm, sizeof(Note) * (size_t)(e->nnotes + nnotes + 1));
            if (e->nnotes)
                memcpy(joined, e->notes, sizeof(Note) * (size_t)e->nnotes);
            if (nnotes)
                memcpy(joined + e->nnotes, notes, sizeof(Note) * (size_t)nnotes);
            flow_from(b, dst, derefs + e->derefs, e->src, joined, e->nnotes + nnotes, e->stamp, e->seq);
        }
        return;
    }
    if (dst == src && derefs >= 0)
        return; /* x = x, x = *x: nothing new */
    if (stamp < 0 && (dst == &b->heap || !esc_is_temp(dst)))
        stamp = 0; /* -1: made when the temporaries' value is used, now */
    if (!stamp) {
        stamp = b->force_stamp ? b->force_stamp : (b->stamp += 4);
        seq = b->seq;
    } else if (stamp > 0 && b->force_stamp)
        stamp = b->force_stamp;
    if (dst->escapes && derefs < 0) { /* heap = &src */
        escapes_now(b, dst, derefs, src, notes, nnotes, stamp, seq);
        return;
    }
    if (dst->nedges == dst->capedges) {
        dst->capedges = dst->capedges ? dst->capedges * 2 : 4;
        dst->edges = xrealloc(dst->edges, sizeof(Edge) * (size_t)dst->capedges);
    }
    int at = dst->nedges;
    /* equal stamps: gc's walk visited the sources in pre-order */
    while (at > 0 && (dst->edges[at - 1].stamp > stamp ||
                      (dst->edges[at - 1].stamp == stamp && dst->edges[at - 1].seq > seq)))
        at--;
    memmove(&dst->edges[at + 1], &dst->edges[at], sizeof(Edge) * (size_t)(dst->nedges - at));
    dst->nedges++;
    dst->edges[at] = (Edge){src, derefs, notes, nnotes, stamp, seq};
}

void esc_flow_notes(Batch *b, Loc *dst, int derefs, Loc *src, Note *notes, int nnotes) {
    flow_from(b, dst, derefs, src, notes, nnotes, 0, 0);
}

void esc_flow(Batch *b, Loc *dst, int derefs, Loc *src, const char *why, IrValue *inst) {
    Note *n = NULL;
    int nn = 0;
    if (why) {
        n = arena_alloc(perm, sizeof(Note));
        n->why = why;
        n->inst = inst;
        nn = 1;
    }
    esc_flow_notes(b, dst, derefs, src, n, nn);
}

/* A conversion that makes a new string or slice (gc's OSTR2BYTES and
 * friends): an allocation site. */
static bool string_conv(IrValue *v) {
    Type *to = ty_under(v->type), *from = ty_under(v->args[0]->type);
    if (ty_is_string(to))
        return from->kind == TY_SLICE || ty_is_integer(from);
    return to->kind == TY_SLICE && ty_is_string(from);
}

static bool is_site(IrValue *v) {
    switch (v->op) {
    case IR_NEW: case IR_MAKESLICE: case IR_MAKEMAP: case IR_METHVALUE:
        return true;
    case IR_CONV: /* string([]byte), []byte(string), []rune(string), string(rune) */
        return string_conv(v);
    case IR_CLOSURE:
        return !v->implicit; /* a declared function used as a value is no site */
    case IR_CONCAT: /* the partial results of a + b + c are not sites, nor s += x */
        return !v->implicit && !v->note;
    case IR_CONVIFACE: /* a pointer-shaped operand needs no box; see ir.h for note */
        return !v->direct && !v->note;
    default:
        return false;
    }
}

static void site_locs(Batch *b, IrFunc *f);
static void wrapper_captures(Batch *b, Wrapper *w);
static void walk_func(Batch *b, IrFunc *f);

/* Marks with st the values of blk that compute the destination of
 * st (x of st: x = y, or m and k of m[k] = y), from x down. */
static void mark_dest(IrBlock *blk, IrValue *x, IrValue *st, IrValue **owner) {
    if (x->block != blk || owner[x->id])
        return;
    owner[x->id] = st;
    for (int i = 0; i < x->nargs; i++)
        mark_dest(blk, x->args[i], st, owner);
}

/* Where gc's front end first meets v in the literal c, which makes the
 * closure variable there; false if c does not use v.  The meetings are
 * counted in *step, which orders the literal's closure variables.  In
 * value order, except that an assignment's destination is met after its
 * value (gc's front end translates the right side first: x = append(x,
 * y) meets x at the second x, s[i] = f(c) meets c before s), and an
 * implicit & of a receiver is at the variable. */
static bool capture_meet(IrFunc *c, IrVar *v, int *step, Pos *at) {
    IrValue **owner = xmalloc(sizeof(IrValue *) * (size_t)(c->nvalues + 1));
    bool found = false;
    for (int i = 0; i < c->blocks.len && !found; i++) {
        IrBlock *blk = c->blocks.data[i];
        memset(owner, 0, sizeof(IrValue *) * (size_t)(c->nvalues + 1));
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *st = blk->values.data[j];
            if (st->op == IR_STORE)
                mark_dest(blk, st->args[0], st, owner);
            else if (st->op == IR_MAPSET) {
                mark_dest(blk, st->args[0], st, owner);
                mark_dest(blk, st->args[1], st, owner);
            }
        }
        IrValue *dest = NULL; /* an address of v in a destination, met at its store */
        for (int j = 0; j < blk->values.len && !found; j++) {
            IrValue *x = blk->values.data[j];
            ++*step;
            if (dest && x == owner[dest->id]) {
                *at = dest->pos;
                found = true;
            } else if (x->op == IR_ADDR && x->var == v) {
                if (owner[x->id]) {
                    if (!dest)
                        dest = x;
                    continue;
                }
                *at = x->implicit && x->addrof ? x->addrof->pos : x->pos;
                found = true;
            } else if (x->op == IR_CLOSURE && x->func && x->func->outer == c) {
                found = capture_meet(x->func, v, step, at);
            }
        }
        if (dest && !found) {
            *at = dest->pos;
            found = true;
        }
    }
    free(owner);
    return found;
}

/* A closure variable of a literal, where and when gc meets it. */
typedef struct Meet {
    IrVar *var;
    Pos pos;
    int step;          /* INT_MAX: never met */
    int index;         /* in the literal's captures */
} Meet;

static int by_meeting(const void *x, const void *y) {
    const Meet *a = x, *b = y;
    if (a->step != b->step)
        return a->step < b->step ? -1 : 1;
    return a->index - b->index;
}

static void var_facts(Batch *b, IrFunc *f);
static bool in_batch(Batch *b, IrFunc *f);

typedef struct G {
    Batch *b;
    IrFunc *fn;
    FnState *st;
    int *start;        /* APPEND's id: the id of the first value of its call */
    int *mark;         /* a value's id: Batch.stamp before its flows */
    bool *late;        /* a site's id: gc makes it when it walks its use, a
                          go/defer wrapper's slice of its call's arguments */
    EscTrace *tr;      /* -m=3: the function's statement lines, or NULL */
} G;

/* The stamp of gc's flows made when it starts the append call v (its
 * teeHole): before the flows of the call's arguments.  0: unknown. */
static int append_stamp(G *g, IrValue *v, int which) {
    if (!g->start || !g->mark)
        return 0;
    return g->mark[g->start[v->id]] + which;
}

/* The location of value v, or NULL when v carries no flow: it holds no
 * pointers, or it was read from a global (gc: globals flow nowhere as
 * sources). */
static Loc *vl(G *g, IrValue *v) {
    if (g->st->vloc[v->id])
        return g->st->vloc[v->id];
    if (g->st->novloc[v->id] || !v->type || !ty_has_pointers(v->type))
        return NULL;
    Loc *l = esc_new_loc(g->b, g->fn, v->loopdepth);
    g->st->vloc[v->id] = l;
    return l;
}

static void no_flow(G *g, IrValue *v) { g->st->novloc[v->id] = true; }

/* The stamp of the spill of site v: gc spills a site when its walk
 * visits it, before the site's operands. */
static int spill_stamp(G *g, IrValue *v) {
    if (!g->start || !g->mark || g->late[v->id])
        return 0;
    return g->mark[g->start[v->id]] + 3;
}

static void spill(G *g, IrValue *v) {
    if (g->late && g->late[v->id]) { /* its flows are made where it is used */
        Note *n = arena_alloc(perm, sizeof(Note));
        *n = (Note){"spill", v, NULL, {0}, NULL};
        flow_from(g->b, vl(g, v), -1, g->st->sloc[v->id], n, 1, -1, 0);
        return;
    }
    g->b->force_stamp = spill_stamp(g, v);
    esc_flow(g->b, vl(g, v), -1, g->st->sloc[v->id], "spill", v);
    g->b->force_stamp = 0;
}

static bool from_global(G *g, IrValue *v) { return g->st->novloc[v->id]; }

/* Where a statement's store lands (gc's addr of its left side): a field or
 * element of a variable is the variable; anything reached through a
 * pointer, `(&x).f`, `(&T{...}).f` and `[]T{...}[i]` included, is the
 * heap.  Only the stores that fill a literal (store_dest below: the
 * variable or site storage p addresses) write into its storage. */
/* A variable as a store's destination: a global is the heap. */
static Loc *var_dest(G *g, IrVar *v) { return v->vclass == VC_GLOBAL ? &g->b->heap : v->esc; }

static Loc *stmt_store_dest(G *g, IrValue *p) {
    switch (p->op) {
    case IR_ADDR:
        return var_dest(g, p->var);
    case IR_FIELD:
        /* (&x).f is gc's ODOTPTR too, not x.f */
        if (p->node && p->node->kind == N_SELECTOR && p->node->a && p->node->a->type &&
            ty_under(p->node->a->type)->kind == TY_PTR)
            return &g->b->heap;
        return stmt_store_dest(g, p->args[0]);
    case IR_INDEX: {
        IrValue *s = p->args[0];
        if (s->op == IR_SLICEHDR && (s->args[0]->op == IR_ADDR || s->args[0]->op == IR_FIELD ||
                                     s->args[0]->op == IR_INDEX))
            return stmt_store_dest(g, s->args[0]);
        return &g->b->heap;
    }
    default:
        return &g->b->heap;
    }
}

static Loc *store_dest(G *g, IrValue *p) {
    switch (p->op) {
    case IR_ADDR:
        return var_dest(g, p->var);
    case IR_FIELD:
        return store_dest(g, p->args[0]);
    case IR_NEW:
        return g->st->sloc[p->id]; /* initialising a literal's storage */
    case IR_INDEX: {
        /* an element of an array (or of a literal's storage) is part of it;
         * an element of a slice is behind a pointer */
        IrValue *s = p->args[0];
        if (s->op == IR_SLICEHDR && s->args[0]->op == IR_NEW)
            return g->st->sloc[s->args[0]->id];
        if (s->op == IR_SLICEHDR && (s->args[0]->op == IR_ADDR || s->args[0]->op == IR_FIELD ||
                                     s->args[0]->op == IR_INDEX))
            return store_dest(g, s->args[0]);
        return &g->b->heap;
    }
    default:
        return &g->b->heap;
    }
}

static Loc *result_loc(G *g, IrValue *call, int i) {
    Loc **r = g->st->rloc[call->id];
    return r ? r[i] : NULL;
}

static bool in_batch(Batch *b, IrFunc *f) {
    for (int i = 0; i < b->funcs.len; i++)
        if (b->funcs.data[i] == f)
            return true;
    return false;
}

/* The function a function value of fn certainly is (gc's StaticValue):
 * a literal, or a function, followed through variables defined once
 * (devirt.c). */
static IrFunc *static_callee(IrFunc *fn, IrValue *fv) {
    IrValue *sv = esc_static_value(fn, fv);
    return sv->op == IR_CLOSURE ? sv->func : NULL;
}

static void call_flows(G *g, IrValue *v);
static void call_site_flows(G *g, IrValue *v, const char *text);
static void call_known(G *g, IrValue *v, IrFunc *f, Loc **args, int nargs, const char *text);

/* The built-in the call c makes (c's callee, a name). */
static int unparen_sym_builtin(Node *c) {
    Node *f = ast_unparen(c->a);
    return f->sym ? f->sym->builtin : -1;
}

/* "call parameter", at the call; text: how it prints, when not as written */
static void call_note(Note *n, IrValue *call, const char *text) {
    *n = (Note){"call parameter", call, NULL, call->pos, text};
}

/* The notes of an argument of the built-in call v that flows to a hole
 * of its own (why): gc's argument adds the call's note on top of it. */
static Note *arg_notes(IrValue *v, const char *why) {
    Note *ns = arena_alloc(perm, sizeof(Note) * 2);
    ns[0] = (Note){"call parameter", v, NULL, {0}, NULL};
    ns[1] = (Note){why, v, NULL, {0}, NULL};
    return ns;
}

/* dst <- src as an argument of call v (printed as text, when not NULL). */
static void param_flow(Batch *b, Loc *dst, int derefs, Loc *src, IrValue *v, const char *text) {
    Note *n = arena_alloc(perm, sizeof(Note));
    call_note(n, v, text);
    esc_flow_notes(b, dst, derefs, src, n, 1);
}

/* Where gc spills what a go/defer statement hands over (the wrapper's
 * literal, or the function value called): the heap, or for a defer
 * outside any loop a location that lives until the function returns. */
static Loc *defer_hole(G *g, IrValue *v) {
    if (v->ival != 1 || v->loopdepth != 1)
        return &g->b->heap;
    Loc *later = esc_new_loc(g->b, g->fn, v->loopdepth);
    later->gctemp = true;
    return later;
}

/* .autotmp_N = x, for the temporary t of a go/defer statement's
 * operand x at a (inst: where the flow is made). */
static void tmp_assign(G *g, DeferTmp *t, Loc *a, IrValue *inst) {
    Note *n = arena_alloc(perm, sizeof(Note) * 2);
    int k = 0, derefs = 0;
    if (t->dt) { /* .autotmp_N = x.(T) */
        n[k++] = (Note){"dot", inst, NULL, t->dt->dt_pos, t->dt->dt_text};
        derefs = t->dt->derefs;
    }
    n[k++] = (Note){"assign", inst, NULL, t->var->pos, arena_printf(perm, "%s = %s", t->var->name, t->text)};
    esc_flow_notes(g->b, t->loc, derefs, a, n, k);
}

/* defer f(args) and go f(args), before the call's own flows: its
 * operands into the temporaries of gc's wrapper (godefer.c), which the
 * call then uses; or, for a call of a function value without arguments,
 * the value to where it is kept.  Returns the wrapper, if any. */
static Wrapper *defer_flows(G *g, IrValue *v) {
    Wrapper *w = g->st->wrap[v->id];
    if (!w) {
        if (!v->func && !g->st->spilled[v->args[0]->id])
            esc_flow(g->b, defer_hole(g, v), 0, vl(g, v->args[0]), NULL, v);
        return NULL;
    }
    for (int i = 0; i < w->ntmps; i++) {
        DeferTmp *t = &w->tmps[i];
        if (!t->x)
            continue; /* a slice literal's element: at its store */
        tmp_assign(g, t, vl(g, t->x), v);
        if (t->x->type && ty_has_pointers(t->x->type))
            g->st->vloc[t->x->id] = t->loc;
    }
    return w;
}

/* After the call's flows: the wrapper's literal is spilled, and its
 * captures are decided with the other literals'. */
static void wrapper_spill(G *g, Wrapper *w) {
    if (g->tr && w->ntmps) /* -m=3: the temporaries' lines come first */
        esc_trace_flush(g->tr, w->tmps[w->ntmps - 1].var->pos);
    IrValue *v = w->call;
    Note *n = arena_alloc(perm, sizeof(Note));
    *n = (Note){"spill", v, NULL, v->stmt->pos, "func literal"};
    esc_flow_notes(g->b, defer_hole(g, v), -1, w->clo, n, 1);
    vec_push(&g->b->closures, w->clo);
}

/* uintptr(p) with p an unsafe.Pointer: the pointer it came from. */
static IrValue *uintptr_of_pointer(IrValue *x) {
    if (x->op == IR_CONV && ty_under(x->type)->kind == TY_UINTPTR &&
        ty_under(x->args[0]->type)->kind == TY_UNSAFEPTR)
        return x->args[0];
    return NULL;
}

/* A call of a //go:uintptrescapes function: each argument uintptr(p), also
 * among the `...` arguments, puts p on the heap (gc's rewriteArgument). */
static void uintptr_escapes(G *g, IrValue *call) {
    for (int i = 0; i < call->nargs; i++) {
        IrValue *x = call->args[i], *p = uintptr_of_pointer(x);
        if (p) {
            esc_flow(g->b, &g->b->heap, 0, vl(g, p), "//go:uintptrescapes", call);
            continue;
        }
        if (x->op != IR_SLICEHDR || x->args[0]->op != IR_NEW || !x->args[0]->desc)
            continue;
        /* the `...` array: its elements are stored just before the call */
        IrBlock *blk = call->block;
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *st = blk->values.data[k];
            if (st->op != IR_STORE || st->args[0]->op != IR_INDEX)
                continue;
            IrValue *s = st->args[0]->args[0];
            if (s->op == IR_SLICEHDR && s->args[0] == x->args[0] && (p = uintptr_of_pointer(st->args[1])))
                esc_flow(g->b, &g->b->heap, 0, vl(g, p), "//go:uintptrescapes", call);
        }
    }
}

static void call_flows(G *g, IrValue *v) {
    Wrapper *w = NULL;
    if (v->ival && !g->st->defer_done[v->id]) {
        g->st->defer_done[v->id] = true;
        w = defer_flows(g, v);
    }
    call_site_flows(g, v, w ? w->text : NULL);
    if (w)
        wrapper_spill(g, w);
}

/* The flows of call v, printed as text in notes (NULL: as written). */
static void call_site_flows(G *g, IrValue *v, const char *text) {
    Batch *b = g->b;
    if (v->func && esc_pragma(v->func, "go:uintptrescapes"))
        uintptr_escapes(g, v);
    IrFunc *f = v->func;
    if (f && f->defer_wrapper) { /* go/defer of a built-in: its own flows */
        int bi = unparen_sym_builtin(v->node);
        if (bi == BI_PANIC)
            param_flow(b, &b->heap, 0, vl(g, v->args[0]), v, text);
        if (bi == BI_COPY && v->nargs == 2 && ty_under(v->args[1]->type)->kind == TY_SLICE &&
            ty_has_pointers(ty_under(v->args[1]->type)->elem)) {
            Note *ns = arena_alloc(perm, sizeof(Note) * 2);
            call_note(&ns[0], v, text);
            ns[1] = (Note){"copied slice", v, NULL, v->pos, text};
            esc_flow_notes(b, &b->heap, 1, vl(g, v->args[1]), ns, 2);
        }
        return;
    }
    Devirt *dv = !f && v->implicit ? v->esc : NULL;
    if (dv) { /* an interface method call gc devirtualizes (devirt.c) */
        Wrapper *w = g->st->wrap[v->id];
        Loc *recv;
        if (w && w->ntmps && w->tmps[0].dt == dv) {
            recv = vl(g, v->args[0]); /* a go/defer temporary holds x.(T) */
        } else {
            recv = esc_new_loc(b, g->fn, v->loopdepth); /* x.(T): a temporary */
            Note *dn = arena_alloc(perm, sizeof(Note));
            *dn = (Note){"dot", v, NULL, dv->dt_pos, dv->dt_text};
            esc_flow_notes(b, recv, dv->derefs, vl(g, v->args[0]), dn, 1);
        }
        if (dv->partial) { /* x.(T).I.M(args): an interface call still */
            param_flow(b, &b->heap, 0, recv, v, text);
            for (int i = 1; i < v->nargs; i++)
                param_flow(b, &b->heap, 0, vl(g, v->args[i]), v, text);
            return;
        }
        Loc **args = arena_alloc(perm, sizeof(Loc *) * (size_t)(v->nargs + 1));
        args[0] = recv;
        for (int i = 1; i < v->nargs; i++)
            args[i] = vl(g, v->args[i]);
        call_known(g, v, dv->method, args, v->nargs, text ? text : dv->call_text);
        return;
    }
    if (!f) { /* a call of a function value */
        IrFunc *c = static_callee(g->fn, v->args[0]);
        /* the results, from the call's type (args[0] is the receiver of
         * an interface method call, not the function) */
        int nres = !v->type ? 0 : v->type->kind == TY_TUPLE ? v->type->fields.len : 1;
        Loc **r = arena_alloc(perm, sizeof(Loc *) * (size_t)(nres + 1));
        if (nres == 1)
            r[0] = vl(g, v);
        else
            for (int i = 0; i < nres; i++)
                r[i] = esc_new_loc(b, g->fn, v->loopdepth);
        g->st->rloc[v->id] = r;
        if (v->implicit)
            c = NULL; /* an interface method call */
        if (c && in_batch(b, c)) {
            for (int i = 0; i < nres && i < c->results.len; i++)
                esc_flow(b, r[i], 0, ((IrVar *)c->results.data[i])->esc, NULL, v);
            for (int i = 1; i < v->nargs && i - 1 < c->params.len; i++)
                param_flow(b, ((IrVar *)c->params.data[i - 1])->esc, 0, vl(g, v->args[i]), v, text);
        } else if (c && c->tagged) { /* a known function: its summary */
            for (int i = 1; i < v->nargs && i - 1 < c->params.len; i++) {
                IrVar *p = c->params.data[i - 1];
                Loc *a = vl(g, v->args[i]);
                if (p->leak_heap >= 0)
                    param_flow(b, &b->heap, p->leak_heap, a, v, text);
                for (int k = 0; k < nres && k < ESC_RESULTS; k++)
                    if (p->leak_result[k] >= 0)
                        param_flow(b, r[k], p->leak_result[k], a, v, text);
            }
        } else /* unknown: the arguments (and an interface call's receiver) to the heap */
            for (int i = v->implicit ? 0 : 1; i < v->nargs; i++)
                param_flow(b, &b->heap, 0, vl(g, v->args[i]), v, text);
        return;
    }
    Loc **args = arena_alloc(perm, sizeof(Loc *) * (size_t)(v->nargs + 1));
    for (int i = 0; i < v->nargs; i++)
        args[i] = vl(g, v->args[i]);
    call_known(g, v, f, args, v->nargs, text);
}

/* A call of the function f, known, with arguments args (the receiver
 * first), as text prints it (NULL: as written). */
static void call_known(G *g, IrValue *v, IrFunc *f, Loc **args, int nargs, const char *text) {
    Batch *b = g->b;
    int nres = ty_under(f->type)->results.len;
    /* the call's result locations */
    if (nres > 0) {
        Loc **r = arena_alloc(perm, sizeof(Loc *) * (size_t)nres);
        if (nres == 1)
            r[0] = vl(g, v);
        else
            for (int i = 0; i < nres; i++)
                r[i] = esc_new_loc(b, g->fn, v->loopdepth);
        g->st->rloc[v->id] = r;
    }
    Note *cn = arena_alloc(perm, sizeof(Note));
    call_note(cn, v, text);
    if (in_batch(b, f)) {
        for (int i = 0; i < nres; i++)
            esc_flow(b, result_loc(g, v, i), 0, ((IrVar *)f->results.data[i])->esc, NULL, v);
        for (int i = 0; i < nargs && i < f->params.len; i++)
            esc_flow_notes(b, ((IrVar *)f->params.data[i])->esc, 0, args[i], cn, 1);
        return;
    }
    for (int i = 0; i < nargs; i++) {
        if (i >= f->params.len) { /* no summary for it: assume the worst */
            esc_flow_notes(b, &b->heap, 0, args[i], cn, 1);
            continue;
        }
        IrVar *p = f->params.data[i];
        Loc *a = args[i];
        int sinks = p->leak_heap >= 0;
        for (int r = 0; r < nres && r < ESC_RESULTS; r++)
            sinks += p->leak_result[r] >= 0;
        /* one sink: the argument flows straight to it; several: through a
         * temporary, as gc's teeHole */
        Loc *src = a;
        if (sinks > 1) {
            src = esc_new_loc(b, g->fn, v->loopdepth);
            src->gctemp = true;
        }
        int nn = sinks > 1 ? 0 : 1;
        if (p->leak_heap >= 0)
            esc_flow_notes(b, &b->heap, p->leak_heap, src, cn, nn);
        for (int r = 0; r < nres && r < ESC_RESULTS; r++)
            if (p->leak_result[r] >= 0)
                esc_flow_notes(b, result_loc(g, v, r), p->leak_result[r], src, cn, nn);
        if (sinks > 1)
            esc_flow_notes(b, src, 0, a, cn, 1);
    }
}

/* gc's notes for indexing s[i] (v an INDEX): "fixed-array-index-of" for an
 * array, after an "indirection" when it is reached through a pointer;
 * "dot of pointer" for a slice.  Returns how many. */
static int index_notes(IrValue *v, Note *ns) {
    Node *n = v->node;
    Type *t = n && n->kind == N_INDEX && n->a->type ? ty_under(n->a->type) : NULL;
    if (t && t->kind == TY_PTR && ty_under(t->elem)->kind == TY_ARRAY) {
        ns[0] = (Note){"indirection", v, n->a, {0}, NULL};
        ns[1] = (Note){"fixed-array-index-of", v, n, {0}, NULL};
        return 2;
    }
    ns[0] = (Note){t && t->kind == TY_ARRAY ? "fixed-array-index-of" : "dot of pointer", v, n, {0}, NULL};
    return 1;
}

/* gc's notes for a load: "dot" for x.f, "dot of pointer" for p.f, the
 * index's for s[i], "indirection" for *p; a plain variable read has
 * none.  Returns how many, in ns[0..1]. */
static int load_notes(IrValue *v, Note *ns) {
    IrValue *a = v->args[0];
    if (!v->node && a->op == IR_FIELD && a->desc) {
        /* x.E, the receiver of a method promoted from E (gc's implicit
         * selector) */
        IrOp from = a->args[0]->op;
        bool ptr = from != IR_FIELD && from != IR_INDEX && from != IR_ADDR && from != IR_NEW;
        ns[0] = (Note){ptr ? "dot of pointer" : "dot", v, a->node, a->pos, a->desc};
        return 1;
    }
    if (!v->node)
        return 0;
    switch (a->op) {
    case IR_ADDR:
        return 0;
    case IR_FIELD: {
        IrValue *base = a->args[0];
        while (base->op == IR_FIELD)
            base = base->args[0];
        bool ptr = !(base->op == IR_ADDR || base->op == IR_NEW);
        if ((base->op == IR_NEW || base->op == IR_ADDR) && v->node && v->node->kind == N_SELECTOR) {
            /* T{...}.f and x.f read the literal or variable ("dot");
             * (&T{...}).f and (&x).f read through the pointer ("dot of
             * pointer") */
            Node *x = v->node;
            while (x && x->kind == N_SELECTOR)
                x = x->a;
            while (x && x->kind == N_PAREN)
                x = x->a;
            ptr = x && x->kind == N_UNARY && x->op == OP_ADDR;
        }
        ns[0] = (Note){ptr ? "dot of pointer" : "dot", v, NULL, {0}, NULL};
        return 1;
    }
    case IR_INDEX: {
        int k = index_notes(a, ns);
        for (int i = 0; i < k; i++)
            if (!ns[i].where || ns[i].where == a->node) { /* at the load, as before */
                ns[i].inst = v;
                ns[i].where = NULL;
            }
        return k;
    }
    default:
        ns[0] = (Note){"indirection", v, NULL, {0}, NULL};
        return 1;
    }
}

/* Whether field address f is p.Data of p a *reflect.SliceHeader or
 * *reflect.StringHeader (gc's IsReflectHeaderDataField, through a pointer:
 * ODOTPTR, not the field of a variable). */
static bool header_data(IrValue *f) {
    if (f->op != IR_FIELD || f->args[0]->op == IR_ADDR || f->args[0]->op == IR_FIELD ||
        f->args[0]->op == IR_NEW)
        return false;
    Type *pt = ty_under(f->args[0]->type);
    if (pt->kind != TY_PTR || pt->elem->kind != TY_NAMED || !pt->elem->pkg ||
        strcmp(pt->elem->pkg, "reflect") != 0 ||
        (strcmp(pt->elem->name, "SliceHeader") != 0 && strcmp(pt->elem->name, "StringHeader") != 0))
        return false;
    Type *st = ty_under(pt->elem);
    Field *fl = f->ival >= 0 && f->ival < st->fields.len ? st->fields.data[f->ival] : NULL;
    return fl && strcmp(fl->name, "Data") == 0 && ty_under(fl->type)->kind == TY_UINTPTR;
}

/* gc's unsafeValue: the uintptr u, converted to unsafe.Pointer (or stored
 * in a reflect header's Data), carries the pointers that were converted
 * to uintptr inside it, through arithmetic, and those a header's Data
 * field holds; they flow to dst, with notes. */
static void unsafe_value(G *g, Loc *dst, int derefs, IrValue *u, Note *notes, int nn) {
    switch (u->op) {
    case IR_CONV:
        if (ty_under(u->args[0]->type)->kind == TY_UNSAFEPTR)
            esc_flow_notes(g->b, dst, derefs, vl(g, u->args[0]), notes, nn);
        break;
    case IR_LOAD:
        if (header_data(u->args[0])) {
            Note *more = arena_alloc(perm, sizeof(Note) * (size_t)(nn + 1));
            more[0] = (Note){"reflect.Header.Data", u, u->node, {0}, NULL};
            if (nn)
                memcpy(more + 1, notes, sizeof(Note) * (size_t)nn);
            esc_flow_notes(g->b, dst, derefs + 1, vl(g, u->args[0]->args[0]), more, nn + 1);
        }
        break;
    case IR_NEG: case IR_COM:
        unsafe_value(g, dst, derefs, u->args[0], notes, nn);
        break;
    case IR_ADD: case IR_SUB: case IR_OR: case IR_XOR: case IR_MUL: case IR_DIV:
    case IR_MOD: case IR_AND: case IR_ANDNOT:
        unsafe_value(g, dst, derefs, u->args[0], notes, nn);
        unsafe_value(g, dst, derefs, u->args[1], notes, nn);
        break;
    case IR_SHL: case IR_SHR:
        unsafe_value(g, dst, derefs, u->args[0], notes, nn);
        break;
    default:
        break;
    }
}

/* What a type switch's clause variables receive: the operand, or when
 * several of them hold pointers, a temporary it flows to. */
static Loc *type_switch_src(G *g, IrValue *as) {
    Node *sw = as->node;
    Vec *t = &g->st->tees;
    for (int i = 0; i < t->len; i += 2)
        if (t->data[i] == sw)
            return t->data[i + 1];
    int n = 0;
    for (int i = 0; i < sw->list.len; i++) {
        Node *cs = sw->list.data[i];
        n += cs->sym && cs->sym->type && ty_has_pointers(cs->sym->type);
    }
    Loc *src = vl(g, as->args[0]);
    if (n > 1) {
        Loc *tee = esc_new_loc(g->b, g->fn, as->loopdepth);
        tee->gctemp = true;
        esc_flow(g->b, tee, 0, src, NULL, as);
        src = tee;
    }
    vec_push(t, sw);
    vec_push(t, src);
    return src;
}

static void value_flows(G *g, IrValue *v) {
    Batch *b = g->b;
    Loc *heap = &b->heap;
    switch (v->op) {
    case IR_ADDR:
        if (v->var->vclass == VC_GLOBAL)
            no_flow(g, v);
        else if (v->addrof) { /* an explicit &x is gc's "address-of" */
            Note *n = arena_alloc(perm, sizeof(Note));
            /* an implicit & (a method's receiver) is at the selector */
            *n = (Note){"address-of", v, v->addrof, v->implicit ? v->pos : (Pos){0}, NULL};
            esc_flow_notes(b, vl(g, v), -1, v->var->esc, n, 1);
        } else /* a variable's read is no step of its own */
            esc_flow(b, vl(g, v), -1, v->var->esc, NULL, v);
        break;
    case IR_FIELD:
    case IR_INDEX:
        if (from_global(g, v->args[0])) {
            no_flow(g, v);
            break;
        }
        if (v->addrof || v->note) {
            /* x.f or s[i] under an explicit &: gc's "dot" / "dot of
             * pointer" / index step, then the "address-of" */
            Note *ns = arena_alloc(perm, sizeof(Note) * 3);
            int nn = 0;
            if (v->op == IR_INDEX)
                nn = index_notes(v, ns);
            else if (v->desc) { /* a step of a promoted method's implicit selector */
                IrOp from = v->args[0]->op;
                bool ptr = from != IR_FIELD && from != IR_INDEX && from != IR_ADDR && from != IR_NEW;
                ns[nn++] = (Note){ptr ? "dot of pointer" : "dot", v, v->node, v->pos, v->desc};
            } else if (v->note) {
                Node *x = v->node && v->node->kind == N_SELECTOR ? v->node->a : NULL;
                bool ptr = x && x->type && ty_under(x->type)->kind == TY_PTR;
                ns[nn++] = (Note){ptr ? "dot of pointer" : "dot", v, v->node, {0}, NULL};
            }
            if (v->addrof) /* an implicit & (a receiver) is at the selector */
                ns[nn++] = (Note){"address-of", v, v->addrof, v->implicit ? v->pos : (Pos){0}, v->desc};
            esc_flow_notes(b, vl(g, v), 0, vl(g, v->args[0]), ns, nn);
        } else
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]), NULL, v);
        break;
    case IR_SLICE:
        if (from_global(g, v->args[0]))
            no_flow(g, v);
        else
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]), "slice", v);
        break;
    case IR_LOAD:
    case IR_SLICEHDR:
        if (from_global(g, v->args[0]))
            no_flow(g, v);
        else {
            Note *ns = arena_alloc(perm, sizeof(Note) * 2);
            int nn = v->op == IR_LOAD ? load_notes(v, ns) : 0;
            esc_flow_notes(b, vl(g, v), v->op == IR_LOAD ? 1 : 0, vl(g, v->args[0]), ns, nn);
        }
        break;
    case IR_NEW:
    case IR_MAKESLICE:
    case IR_MAKEMAP:
    case IR_CONCAT:
        if (v->note) { /* s += x: x flows to s (see ir/build.c) */
            esc_flow(b, vl(g, v), 0, vl(g, v->args[1]), NULL, v);
            break;
        }
        /* fall through */
    case IR_CLOSURE:
        if (is_site(v)) {
            spill(g, v);
            IrValue *call = g->st->spilled[v->id];
            if (call) { /* go func() {...}(): spilled before its body is walked */
                g->st->defer_done[call->id] = true;
                esc_flow(b, defer_hole(g, call), 0, vl(g, v), NULL, call);
            }
            if (v->op == IR_CLOSURE)
                vec_push(&b->closures, g->st->sloc[v->id]);
        }
        if (v->func && v->func->outer == g->fn && in_batch(b, v->func))
            walk_func(b, v->func);
        break;
    case IR_CONVIFACE:
        if (is_site(v)) {
            spill(g, v);
            esc_flow(b, g->st->sloc[v->id], 0, vl(g, v->args[0]), "interface-converted", v);
        } else
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]), v->note ? NULL : "interface-converted", v);
        break;
    case IR_EXTRACT:
        esc_flow(b, vl(g, v), 0, result_loc(g, v->args[0], (int)v->ival), NULL, v);
        break;
    case IR_CALL:
        call_flows(g, v);
        break;
    case IR_APPEND: {
        Type *elem = ty_under(v->type)->elem;
        if (ty_has_pointers(elem)) {
            /* the slice flows to the result and its elements to the heap:
             * gc joins the two through a temporary ("{temp}"), made
             * before it walks the arguments */
            Loc *t = esc_new_loc(b, g->fn, v->loopdepth);
            t->gctemp = true;
            b->force_stamp = append_stamp(g, v, 1);
            esc_flow(b, vl(g, v), 0, t, NULL, v);
            b->force_stamp = append_stamp(g, v, 2);
            esc_flow(b, heap, 1, t, "appendee slice", v);
            b->force_stamp = 0;
            esc_flow(b, t, 0, vl(g, v->args[0]), "call parameter", v);
        } else
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]), "call parameter", v);
        if (v->spread) {
            if (ty_has_pointers(elem))
                esc_flow_notes(b, heap, 1, vl(g, v->args[1]), arg_notes(v, "appended slice..."), 2);
        } else
            for (int i = 1; i < v->nargs; i++)
                esc_flow(b, heap, 0, vl(g, v->args[i]), "call parameter", v);
        break;
    }
    case IR_STORE:
        if (v->note && strcmp(v->note, "self-assignment") == 0) {
            /* x.f = x.g: gc lets no flow through (see ir/build.c) */
            if (b->opts.m) {
                const char *stmt = ast_stmt_str(v->node);
                size_t mark = diag_output.len;
                diag_warn(v->inlined ? v->pos : v->node->pos, "%s ignoring self-assignment in %s", g->fn->name,
                          stmt);
                keep_early(b, mark, b->stamp + 1, b->seq); /* in its place among them */
                vec_push(&esc_fn(g->fn)->selfassigns, (void *)stmt);
            }
            break;
        }
        if (header_data(v->args[0])) { /* hdr.Data = uintptr(p): p to the heap */
            Note *n = arena_alloc(perm, sizeof(Note));
            *n = (Note){v->note, v, NULL, {0}, NULL};
            unsafe_value(g, heap, 0, v->args[1], n, v->note ? 1 : 0);
            break;
        }
        if (g->st->etmp[v->id]) {
            /* an element of a slice literal a go/defer wrapper builds:
             * through its temporary (godefer.c) */
            DeferTmp *t = g->st->etmp[v->id];
            tmp_assign(g, t, vl(g, v->args[1]), v);
            if (v->args[1]->type && ty_has_pointers(v->args[1]->type))
                esc_flow(b, store_dest(g, v->args[0]), 0, t->loc, v->note, v);
            break;
        }
        /* x = append(x, ...): gc's flow into x is made with the append's
         * tee, before the arguments' */
        if (v->args[1]->op == IR_APPEND && ty_has_pointers(ty_under(v->args[1]->type)->elem))
            b->force_stamp = append_stamp(g, v->args[1], 1);
        {
            Node *sn = v->node;
            bool stmt = sn && (sn->kind == N_ASSIGN || sn->kind == N_INCDEC);
            esc_flow(b, stmt ? stmt_store_dest(g, v->args[0]) : store_dest(g, v->args[0]), 0,
                     vl(g, v->args[1]), v->note, v);
        }
        b->force_stamp = 0;
        break;
    case IR_PANIC:
        esc_flow(b, heap, 0, vl(g, v->args[0]), "call parameter", v);
        break;
    case IR_CONV:
        if (string_conv(v))
            spill(g, v);
        else if (ty_under(v->type)->kind == TY_UNSAFEPTR && ty_under(v->args[0]->type)->kind == TY_UINTPTR)
            unsafe_value(g, vl(g, v), 0, v->args[0], NULL, 0);
        else if (!from_global(g, v->args[0]))
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]),
                     ir_iface_conv(v->args[0]->type, v->type) ? "interface-converted" : NULL, v);
        break;
    case IR_MAPSET: {
        /* m[k] = v: gc puts the key and the value on the heap */
        bool lit = v->note && strcmp(v->note, "map literal") == 0;
        if (!lit && v->addrof) { /* gc's note points at m[k] */
            Note *kn = arena_alloc(perm, sizeof(Note));
            *kn = (Note){"key of map put", v, v->addrof, {0}, NULL};
            esc_flow_notes(b, heap, 0, vl(g, v->args[1]), kn, 1);
        } else
            esc_flow(b, heap, 0, vl(g, v->args[1]), lit ? "map literal key" : "key of map put", v);
        esc_flow(b, heap, 0, vl(g, v->args[2]), lit ? "map literal value" : v->note, v);
        break;
    }
    case IR_SEND: { /* gc's note is at the arrow */
        Note *sn = arena_alloc(perm, sizeof(Note));
        *sn = (Note){"send", v, NULL, v->node ? v->node->pos2 : v->pos, v->node ? ast_stmt_str(v->node) : NULL};
        esc_flow_notes(b, heap, 0, vl(g, v->args[1]), sn, 1);
        break;
    }
    case IR_ASSERT: {
        /* x.(T): a T that is not pointer-shaped is behind the data word */
        Type *t = v->type;
        int d = (ty_is_iface(t) || ty_direct_iface(t)) ? 0 : 1;
        if (v->node && v->node->kind == N_TYPESWITCH) {
            /* switch y := x.(type): x flows to each clause's y (the
             * store says "switch case"); through one temporary when
             * several clauses' variables hold pointers (gc's teeHole) */
            if (from_global(g, v->args[0]))
                break;
            esc_flow(b, vl(g, v), d, type_switch_src(g, v), NULL, v);
            break;
        }
        if (!from_global(g, v->args[0]))
            esc_flow(b, vl(g, v), d, vl(g, v->args[0]), "dot", v);
        break;
    }
    case IR_ELEM: {
        Type *xt = ty_under(v->args[0]->type);
        if (!from_global(g, v->args[0]))
            esc_flow(b, vl(g, v), xt->kind == TY_ARRAY ? 0 : 1, vl(g, v->args[0]), NULL, v);
        break;
    }
    case IR_METHVALUE: {
        /* the method value's closure holds the receiver, which flows as
         * the method's receiver parameter does; its results, not knowing
         * the calls, to the heap */
        Loc *s = g->st->sloc[v->id];
        spill(g, v);
        Loc *t = esc_new_loc(b, g->fn, v->loopdepth);
        t->gctemp = true;
        esc_flow(b, s, 0, t, NULL, v);
        IrFunc *m = v->func;
        if (m && m->params.len) {
            IrVar *p = m->params.data[0];
            if (in_batch(b, m))
                esc_flow(b, p->esc, 0, t, NULL, v);
            else {
                if (p->leak_heap >= 0)
                    esc_flow(b, heap, p->leak_heap, t, NULL, v);
                for (int r = 0; r < ESC_RESULTS; r++)
                    if (p->leak_result[r] >= 0)
                        esc_flow(b, heap, p->leak_result[r], t, NULL, v);
            }
        } else
            esc_flow(b, heap, 0, t, NULL, v);
        esc_flow(b, t, 0, vl(g, v->args[0]), NULL, v);
        break;
    }
    case IR_BUILTIN:
        /* copy(dst, src): the elements of src go to the heap when they
         * hold pointers; unsafe.Add(p, n) and unsafe.Slice(p, n): p to
         * the result (gc's OUNSAFEADD, OUNSAFESLICE); print, println,
         * recover, delete, close: no flow */
        if ((v->ival == BI_ADD || v->ival == BI_SLICE) && !from_global(g, v->args[0]))
            esc_flow(b, vl(g, v), 0, vl(g, v->args[0]), "call parameter", v);
        if (v->ival == BI_COPY && v->nargs == 2 && v->args[1]->type &&
            ty_under(v->args[1]->type)->kind == TY_SLICE && ty_has_pointers(ty_under(v->args[1]->type)->elem))
            esc_flow_notes(b, heap, 1, vl(g, v->args[1]), arg_notes(v, "copied slice"), 2);
        break;
    default:
        break; /* arithmetic, comparisons, constants, control: no flow */
    }
}

static int by_key(const void *x, const void *y) {
    const Made *a = *(Made *const *)x, *b = *(Made *const *)y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->tie - b->tie;
}

static void add_made(Vec *made, int key, int tie, IrValue *site, DeferTmp *tmp, Wrapper *w) {
    Made *m = NEW(Made);
    *m = (Made){key, tie, site, tmp, w};
    vec_push(made, m);
}

/* f's sites, and its go/defer statements' temporaries and wrappers, in
 * gc's walk order. */
static void order_made(IrFunc *f, FnState *st) {
    esc_plan_wrappers(f);
    Vec *ws = &esc_fn(f)->wrappers;
    Vec made = {0};
    for (int j = 0; j < f->blocks.len; j++) {
        IrBlock *blk = f->blocks.data[j];
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *v = blk->values.data[k];
            if (v->op == IR_CALL && v->ival && !v->func && !esc_needs_wrapper(v) &&
                v->args[0]->op == IR_CLOSURE && !v->args[0]->implicit)
                st->spilled[v->args[0]->id] = v;
            if (!is_site(v))
                continue;
            int key = esc_site_key(v);
            for (int i = 0; i < ws->len; i++) {
                Wrapper *w = ws->data[i];
                for (int l = 0; l < w->late.len; l += 2)
                    if (w->late.data[l] == v)
                        key = (int)(intptr_t)w->late.data[l + 1];
            }
            add_made(&made, key, v->id, v, NULL, NULL);
        }
    }
    for (int i = 0; i < ws->len; i++) {
        Wrapper *w = ws->data[i];
        st->wrap[w->call->id] = w;
        for (int k = 0; k < w->ntmps; k++) {
            DeferTmp *t = &w->tmps[k];
            if (t->store)
                st->etmp[t->store->id] = t;
            add_made(&made, t->key, f->nvalues + k, NULL, t, NULL);
        }
        add_made(&made, w->key, w->call->id, NULL, NULL, w);
    }
    if (made.len > 1)
        qsort(made.data, (size_t)made.len, sizeof(void *), by_key);
    st->made = made;
}

/* gc's HeapAllocReason: sites too large for the stack, or of non-constant
 * size, go to the heap whatever flows. */
static int64_t MAX_STACK_VAR = 10 * 1024 * 1024, MAX_IMPLICIT_STACK_VAR = 64 * 1024;

/* gc's -smallframes: 128 KB and 16 KB instead */
static void set_frame_limits(EscOptions o) {
    MAX_STACK_VAR = o.small_frames ? 128 * 1024 : 10 * 1024 * 1024;
    MAX_IMPLICIT_STACK_VAR = o.small_frames ? 16 * 1024 : 64 * 1024;
}

static const char *heap_reason_site(IrValue *v) {
    if (v->op == IR_MAKESLICE) {
        IrValue *cap = v->args[1];
        if (cap->op != IR_CONST)
            return "non-constant size";
        int64_t es = ty_size(ty_under(v->type)->elem);
        if (es && cap->ival > MAX_IMPLICIT_STACK_VAR / es)
            return "too large for stack";
    }
    if (v->op == IR_NEW && v->node && !(v->node->kind == N_COMPOSITE) && !v->implicit &&
        ty_size(v->type->elem) > MAX_IMPLICIT_STACK_VAR)
        return "too large for stack";
    if (v->op == IR_METHVALUE && v->func && v->func->params.len) {
        /* its closure holds the code pointer and the receiver (a copy,
         * for a value method) */
        IrVar *recv = v->func->params.data[0];
        if (8 + ty_size(recv->type) > MAX_IMPLICIT_STACK_VAR)
            return "too large for stack";
    }
    return NULL;
}

/* The flows of f's values, in the order they were made (definitions
 * before uses, which the temporaries' expansion relies on).  A function
 * literal's body is walked where the literal is, as gc walks it. */
static void walk_func(Batch *b, IrFunc *f) {
    if (esc_fn(f)->st->walked)
        return;
    esc_fn(f)->st->walked = true;
    G g = {b, f, esc_fn(f)->st, NULL, NULL, NULL, NULL};
    EscTrace tr = {0};
    if (b->opts.m >= 3) {
        esc_trace_func(f, &tr);
        g.tr = &tr;
    }
    IrValue **byid = xmalloc(sizeof(IrValue *) * (size_t)(f->nvalues + 1));
    memset(byid, 0, sizeof(IrValue *) * (size_t)(f->nvalues + 1));
    for (int j = 0; j < f->blocks.len; j++) {
        IrBlock *blk = f->blocks.data[j];
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *v = blk->values.data[k];
            byid[v->id] = v;
        }
    }
    /* where each append call starts: the values just before it
     * built for its subtree (pre-order numbers from its own on) */
    g.start = xmalloc(sizeof(int) * (size_t)(f->nvalues + 1));
    g.mark = xmalloc(sizeof(int) * (size_t)(f->nvalues + 1));
    for (int id = 0; id < f->nvalues; id++) {
        g.start[id] = id;
        g.mark[id] = 0;
        IrValue *v = byid[id];
        if (!v || (v->op != IR_APPEND && !is_site(v)))
            continue;
        int s = id;
        while (s > 0 && (!byid[s - 1] || byid[s - 1]->seq >= v->seq))
            s--;
        while (s < id && !byid[s])
            s++;
        g.start[id] = s;
    }
    g.late = xmalloc(sizeof(bool) * (size_t)(f->nvalues + 1));
    memset(g.late, 0, sizeof(bool) * (size_t)(f->nvalues + 1));
    for (int id = 0; id < f->nvalues; id++) {
        IrValue *v = byid[id];
        if (v && v->op == IR_CALL && g.st->wrap[id])
            for (int i = 0; i < v->nargs; i++)
                if (ir_wrapper_builds_slice(v, i))
                    g.late[v->args[i]->args[0]->id] = true;
    }
    for (int id = 0; id < f->nvalues; id++)
        if (byid[id]) {
            if (tr.n && byid[id]->pos.line)
                esc_trace_flush(&tr, byid[id]->pos);
            g.mark[id] = b->stamp;
            b->seq = byid[id]->seq;
            value_flows(&g, byid[id]);
        }
    free(g.start);
    free(g.mark);
    free(g.late);
    esc_trace_flush(&tr, (Pos){0});
    free(tr.pos);
    free(tr.text);
    free(byid);
}

void esc_build_graph(Batch *b) {
    /* 1. variables first, as gc's locations for fn.Dcl: the function's own,
     * then those of inlined bodies (gc's inliner appends them) */
    for (int i = 0; i < b->funcs.len; i++) {
        IrFunc *f = b->funcs.data[i];
        for (int pass = 0; pass < 2; pass++)
        for (int j = 0; j < f->vars.len; j++) {
            IrVar *v = f->vars.data[j];
            if (v->inlined != (pass == 1))
                continue;
            Loc *l = esc_new_loc(b, f, v->loopdepth);
            l->var = v;
            if (v->vclass == VC_RESULT)
                l->result_index = 1 + v->index;
            v->esc = l;
        }
    }
    /* 2. each function's allocation sites, in gc's walk order (a literal's
     * sites right after the literal: gc walks its body there) */
    for (int i = 0; i < b->funcs.len; i++) {
        IrFunc *f = b->funcs.data[i];
        FnState *st = NEW(FnState);
        size_t n = (size_t)(f->nvalues ? f->nvalues : 1);
        st->vloc = arena_alloc(perm, sizeof(Loc *) * n);
        st->sloc = arena_alloc(perm, sizeof(Loc *) * n);
        st->rloc = arena_alloc(perm, sizeof(Loc **) * n);
        st->novloc = arena_alloc(perm, sizeof(bool) * n);
        st->defer_done = arena_alloc(perm, sizeof(bool) * n);
        st->wrap = arena_alloc(perm, sizeof(Wrapper *) * n);
        st->etmp = arena_alloc(perm, sizeof(DeferTmp *) * n);
        st->spilled = arena_alloc(perm, sizeof(IrValue *) * n);
        esc_fn(f)->st = st;
        order_made(f, st);
    }
    for (int i = 0; i < b->funcs.len; i++) {
        IrFunc *f = b->funcs.data[i];
        if (!f->outer || !in_batch(b, f->outer))
            site_locs(b, f);
    }
    /* what flow rules need to know of variables: reassigned, address taken,
     * declared with a function literal */
    for (int i = 0; i < b->funcs.len; i++)
        var_facts(b, b->funcs.data[i]);
    /* 3. the flows, in the order the values were made (definitions before
     * uses, which the temporaries' expansion relies on) */
    b->keep_early = b->opts.m == 2;
    for (int i = 0; i < b->funcs.len; i++)
        walk_func(b, b->funcs.data[i]);
    flush_early(b);
    b->seq = INT_MAX; /* every call has been reached: packed */

    /* 4. what function literals capture, in the order the walk met
     * them: by value a variable that is never reassigned nor has its
     * address taken, and is at most 128 bytes; otherwise by reference
     * (its address) */
    for (int i = 0; i < b->closures.len; i++) {
        Loc *l = b->closures.data[i];
        if (l->wrap) {
            wrapper_captures(b, l->wrap);
            continue;
        }
        IrFunc *c = l->site->func;
        /* in the order gc's front end met them, each where it did */
        int n = c->captures.len;
        Meet *meets = xmalloc(sizeof(Meet) * (size_t)(n + 1));
        for (int j = 0; j < n; j++) {
            int step = 0;
            meets[j] = (Meet){c->captures.data[j], {0}, INT_MAX, j};
            if (capture_meet(c, meets[j].var, &step, &meets[j].pos))
                meets[j].step = step;
        }
        qsort(meets, (size_t)n, sizeof(Meet), by_meeting);
        for (int j = 0; j < n; j++) {
            IrVar *cv = meets[j].var;
            bool byval = !cv->addrof_taken && !cv->reassigned && ty_size(cv->type) <= 128;
            cv->byval = byval;
            if (b->opts.m > 1)
                diag_warn(cv->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                          cv->fn ? cv->fn->name : c->name,
                          byval ? "value" : "ref", cv->name,
                          cv->addrof_taken || ((Loc *)cv->esc)->ref_captured ? "true" : "false",
                          cv->reassigned ? "true" : "false", (long long)ty_size(cv->type));
            /* gc's notes are at the literal's first use of the variable */
            Pos use = meets[j].pos;
            Note *ns = arena_alloc(perm, sizeof(Note) * 2);
            ns[0] = (Note){"captured by a closure", l->site, NULL, use, cv->name};
            ns[1] = (Note){"reference", l->site, NULL, use, cv->name};
            if (!use.line)
                ns[0].text = NULL;
            esc_flow_notes(b, l, byval ? 0 : -1, cv->esc, ns, byval || !use.line ? 1 : 2);
            if (!byval)
                ((Loc *)cv->esc)->ref_captured = true;
        }
        free(meets);
    }
    /* 5. what must be on the heap whatever flows */
    set_frame_limits(b->opts);
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = b->locs.data[i];
        if (l->site && heap_reason_site(l->site))
            esc_flow(b, &b->heap, -1, l, heap_reason_site(l->site), l->site);
        if (l->var && l->var->vclass == VC_LOCAL && !l->var->temp && ty_size(l->var->type) > MAX_STACK_VAR)
            esc_flow(b, &b->heap, -1, l, "too large for stack", NULL);
    }
}

/* What gc's wrapper of a go/defer statement captures: its temporaries,
 * which nothing reassigns. */
static void wrapper_captures(Batch *b, Wrapper *w) {
    for (int i = 0; i < w->ntmps; i++) {
        DeferTmp *t = &w->tmps[i];
        bool byval = ty_size(t->var->type) <= 128;
        if (b->opts.m > 1)
            diag_warn(t->var->pos, "%s capturing by %s: %s (addr=false assign=false width=%lld)",
                      t->var->fn->name, byval ? "value" : "ref", t->var->name,
                      (long long)ty_size(t->var->type));
        Note *ns = arena_alloc(perm, sizeof(Note) * 2);
        ns[0] = (Note){"captured by a closure", w->call, NULL, t->capture, t->var->name};
        ns[1] = (Note){"reference", w->call, NULL, t->capture, t->var->name};
        esc_flow_notes(b, w->clo, byval ? 0 : -1, t->loc, ns, byval ? 1 : 2);
    }
}

/* The storage locations of f's sites, and of its literals' right after
 * each literal. */
static void site_locs(Batch *b, IrFunc *f) {
    FnState *st = esc_fn(f)->st;
    for (int j = 0; j < st->made.len; j++) {
        Made *m = st->made.data[j];
        if (m->tmp) {
            Loc *l = esc_new_loc(b, f, m->tmp->var->loopdepth);
            l->var = m->tmp->var;
            m->tmp->loc = l;
            continue;
        }
        if (m->wrap) {
            Loc *l = esc_new_loc(b, f, m->wrap->call->loopdepth);
            l->wrap = m->wrap;
            m->wrap->clo = l;
            continue;
        }
        IrValue *v = m->site;
        Loc *l = esc_new_loc(b, f, v->loopdepth);
        l->site = v;
        st->sloc[v->id] = l;
        if (v->op == IR_CLOSURE && in_batch(b, v->func))
            site_locs(b, v->func);
    }
}

/* Which variables are reassigned (stored to other than by their
 * declaration), have their address taken, or are declared with a
 * function literal. */
static void var_facts(Batch *b, IrFunc *f) {
    /* in the order gc walks the statements (value ids), not the blocks' */
    IrValue **byid = xmalloc(sizeof(IrValue *) * (size_t)(f->nvalues + 1));
    memset(byid, 0, sizeof(IrValue *) * (size_t)(f->nvalues + 1));
    for (int j = 0; j < f->blocks.len; j++) {
        IrBlock *blk = f->blocks.data[j];
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *v = blk->values.data[k];
            byid[v->id] = v;
        }
    }
    for (int id = 0; id < f->nvalues; id++) {
        {
            IrValue *v = byid[id];
            if (!v)
                continue;
            if (v->op == IR_STORE) {
                IrValue *p = v->args[0];
                /* a field or an array element of the variable is the variable */
                for (;;) {
                    if (p->op == IR_FIELD && p->node && p->node->kind == N_SELECTOR &&
                        ast_unparen(p->node->a)->type &&
                        ty_under(ast_unparen(p->node->a)->type)->kind == TY_PTR)
                        break; /* (&x).f = v stores through a pointer (gc's ODOTPTR) */
                    if (p->op == IR_FIELD)
                        p = p->args[0];
                    else if (p->op == IR_INDEX && ty_under(p->args[0]->type)->kind == TY_PTR)
                        p = p->args[0];
                    else if (p->op == IR_INDEX && p->args[0]->op == IR_SLICEHDR &&
                             ty_under(p->args[0]->args[0]->type)->kind == TY_PTR &&
                             ty_under(ty_under(p->args[0]->args[0]->type)->elem)->kind == TY_ARRAY)
                        p = p->args[0]->args[0];   /* a[i] of an array: over a slice of it */
                    else
                        break;
                }
                if (p->op == IR_ADDR && p->var->vclass != VC_GLOBAL && !v->defining)
                    p->var->reassigned = true;
            }
            if (v->op == IR_RET)
                /* gc's return assigns the results, a bare one too */
                for (int r = 0; r < f->results.len; r++)
                    ((IrVar *)f->results.data[r])->reassigned = true;
            if (v->op == IR_CLOSURE && !v->implicit && v->func) {
                /* gc forgets the reassignments before a variable's first
                 * capture, when the literal is at its loop depth */
                for (int c = 0; c < v->func->captures.len; c++) {
                    IrVar *cv = v->func->captures.data[c];
                    Loc *l = cv->esc;
                    if (!l || l->captured)
                        continue;
                    l->captured = true;
                    if (cv->loopdepth == v->loopdepth)
                        cv->reassigned = false;
                }
            }
            if ((v->op == IR_ADDR || v->op == IR_FIELD || v->op == IR_INDEX) && v->addrof) {
                IrValue *p = v;
                while (p->op == IR_FIELD || p->op == IR_INDEX || p->op == IR_SLICEHDR)
                    p = p->args[0];
                if (p->op == IR_ADDR)
                    p->var->addrof_taken = true;
            }
        }
    }
    free(byid);
}
