/* solve.c — the walk over the location graph.
 *
 * From each root location (every location, and the heap), a shortest-path
 * walk along incoming edges computes, for every location l that flows to
 * the root, the minimal number of dereferences on the way ("derefs").  The
 * graph has negative edges (&x), so this is Bellman-Ford; cycles cannot
 * run away because derefs is bounded below by zero at every step: for
 * "root = &l; l = x" l's address reaches root, but x's does not.
 *
 * What the walk concludes:
 *   - derefs(l) < 0 means l's address reaches root.  If root outlives l
 *     (root is the heap or escapes, is a result, or is declared outside a
 *     loop that l is inside of), l must live on the heap: it escapes, and
 *     is walked again as a root, since now everything flowing into it
 *     reaches the heap too.
 *   - l a parameter whose value reaches root at derefs d, where root
 *     outlives it: the parameter leaks, to a result of its own function
 *     (if root is one and does not escape) or to the heap, at level d.
 *
 * Each location is re-queued at most once (on its transition to escaping),
 * so there are O(locations) walks.
 */
#include "esc_internal.h"

#include <stdlib.h>

static bool is_param(Loc *l) { return l->var && l->var->vclass == VC_PARAM; }
static bool is_result(Loc *l) { return l->var && l->var->vclass == VC_RESULT; }

/* Whether function c is a literal inside f (at any depth). */
static bool contains_closure(IrFunc *f, IrFunc *c) {
    if (f == c)
        return false;
    for (IrFunc *x = c ? c->outer : NULL; x; x = x->outer)
        if (x == f)
            return true;
    return false;
}

/* Whether values stored in l may survive beyond other's lifetime. */
static bool outlives(Loc *l, Loc *other) {
    if (l->escapes)
        return true;       /* the heap outlives everything */
    if (is_result(l)) {
        /* the caller may keep what is returned; except that a literal
         * called where it stands returns into its enclosing function */
        if (contains_closure(other->fn, l->fn) && l->fn->closure_called)
            return false;
        return true;
    }
    if (l->fn == other->fn && l->loopdepth < other->loopdepth)
        return true;       /* l is declared outside other's loop */
    if (contains_closure(l->fn, other->fn))
        return true;       /* other belongs to a literal inside l's function */
    return false;
}

static void leak(Loc *param, Loc *sink, int derefs) {
    int slot = 0;
    if (!sink->escapes && is_result(sink) && sink->fn == param->fn && sink->result_index - 1 < ESC_RESULTS)
        slot = sink->result_index;
    if (param->leaks[slot] < 0 || derefs < param->leaks[slot])
        param->leaks[slot] = derefs;
}

typedef struct Queue {
    Loc **data;
    int len, cap;
} Queue;

static void push(Queue *q, Loc *l) {
    if (q->len == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 64;
        q->data = xrealloc(q->data, sizeof(Loc *) * (size_t)q->cap);
    }
    q->data[q->len++] = l;
}

static void walk_one(Batch *b, Loc *root, unsigned walkgen, Queue *roots) {
    static Queue todo;
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    todo.len = 0;
    push(&todo, root);
    while (todo.len > 0) {
        Loc *l = todo.data[--todo.len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of)
            derefs = 0;
        if (outlives(root, l)) {
            if (is_param(l)) {
                if (b->opts.m >= 2 && !l->escapes) {
                    diag_warn(l->var->pos, "parameter %s leaks to %s with derefs=%d:",
                              l->var->name, esc_loc_str(b, root), derefs);
                    esc_explain_path(b, root, l);
                }
                leak(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                if (b->opts.m >= 2 && !(l->site && l->site->static_init)) {
                    diag_warn(esc_loc_pos(l), "%s escapes to heap:", esc_loc_name(l));
                    esc_explain_path(b, root, l);
                }
                l->escapes = true;
                if (!l->queued) {
                    l->queued = true;
                    push(roots, l);
                }
                continue;
            }
        }
        for (int i = 0; i < l->nedges; i++) {
            Edge *e = &l->edges[i];
            if (e->src->escapes)
                continue;
            int d = derefs + e->derefs;
            if (e->src->walkgen != walkgen || e->src->derefs > d) {
                e->src->walkgen = walkgen;
                e->src->derefs = d;
                e->src->dst = l;
                e->src->dst_edge = i;
                push(&todo, e->src);
            }
        }
    }
}

void esc_walk_all(Batch *b) {
    Queue roots = {0};
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = b->locs.data[i];
        if (esc_is_temp(l))
            continue; /* never a source (graph.c): nothing flows on from it */
        l->queued = true;
        push(&roots, l);
    }
    b->heap.queued = true;
    push(&roots, &b->heap);
    unsigned walkgen = 0;
    while (roots.len > 0) {
        Loc *root = roots.data[--roots.len];
        root->queued = false;
        walk_one(b, root, ++walkgen, &roots);
    }
    free(roots.data);
}
