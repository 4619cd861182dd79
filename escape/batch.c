/* batch.c — the order of analysis: strongly connected components of the
 * static call graph, callees before callers (gc's VisitFuncsBottomUp:
 * Tarjan's algorithm, functions visited in source order, calls in the
 * order they appear).  Also the summaries of external functions. */
#include "esc_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Tarjan {
    Vec stack;
    unsigned gen;
    EscOptions opts;
} Tarjan;

bool esc_pragma(IrFunc *f, const char *name) {
    if (!f->decl)
        return false;
    for (int i = 0; i < f->decl->pragmas.len; i++) {
        const char *s = f->decl->pragmas.data[i];
        size_t n = strlen(name);
        if (strncmp(s, name, n) == 0 && (s[n] == 0 || s[n] == ' '))
            return true;
    }
    return false;
}

static void analyze(Vec *funcs, EscOptions opts) {
    if (funcs->len == 1 && ((IrFunc *)funcs->data[0])->external) {
        /* a function of the package without a body: a batch of its own,
         * whose summary was assumed (external_summary) */
        esc_report_bodyless(funcs->data[0], opts);
        return;
    }
    Batch b = {0};
    b.heap.escapes = true;
    b.opts = opts;
    if (funcs->len == 1 && ((IrFunc *)funcs->data[0])->defer_wrapper)
        b.opts.m = 0; /* the compiler's own (ir/build.c), modelled at its call: quiet */
    b.funcs = *funcs;
    esc_build_graph(&b);
    esc_walk_all(&b);
    esc_finish(&b);
    for (int i = 0; i < b.locs.len; i++)
        free(((Loc *)b.locs.data[i])->edges);
    free(b.locs.data);
    free(b.closures.data);
}

EscFn *esc_fn(IrFunc *f) {
    if (!f->esc)
        f->esc = NEW(EscFn);
    return f->esc;
}

/* A function's references to others, in the order gc's walk of its
 * (inlined) body meets them: pre-order, so a call before its arguments,
 * and a method after its receiver (IrValue.refseq); the IR's order is
 * evaluation order, arguments first. */
typedef struct Ref {
    int key, order;
    IrFunc *callee;
} Ref;

static int cmp_ref(const void *a, const void *b) {
    const Ref *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->order - y->order;
}

static unsigned visit(Tarjan *t, IrFunc *f) {
    EscFn *ef = esc_fn(f);
    if (ef->visit_id)
        return ef->visit_id;
    unsigned my = ++t->gen;
    ef->visit_id = my;
    unsigned min = ++t->gen;
    vec_push(&t->stack, f);
    Ref *refs = NULL;
    int nrefs = 0, cap = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *blk = f->blocks.data[i];
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *v = blk->values.data[j];
            IrFunc *callee = NULL;
            if (v->op == IR_CALL && v->func && (!v->func->external || esc_fn(v->func)->local_ext))
                callee = v->func;
            else if (v->op == IR_CLOSURE && v->func && (!v->func->external || esc_fn(v->func)->local_ext))
                callee = v->func; /* never a component of its own: joins f's */
            else if (v->op == IR_METHVALUE && v->func && (!v->func->external || esc_fn(v->func)->local_ext))
                callee = v->func; /* x.m: a reference to m, as in gc's visitBottomUp */
            else if (v->op == IR_CALL && v->esc && ((Devirt *)v->esc)->method &&
                     (!((Devirt *)v->esc)->method->external || esc_fn(((Devirt *)v->esc)->method)->local_ext))
                callee = ((Devirt *)v->esc)->method; /* devirtualized */
            if (callee) {
                if (nrefs == cap) {
                    cap = cap ? 2 * cap : 16;
                    refs = xrealloc(refs, sizeof(Ref) * (size_t)cap);
                }
                /* (refseq is the first number after the receiver's) */
                refs[nrefs] = (Ref){v->refseq ? 2 * v->refseq - 1 : 2 * v->seq, nrefs, callee};
                nrefs++;
            }
        }
    }
    if (nrefs)
        qsort(refs, (size_t)nrefs, sizeof(Ref), cmp_ref);
    for (int i = 0; i < nrefs; i++) {
        unsigned m = visit(t, refs[i].callee);
        if (m < min)
            min = m;
    }
    free(refs);
    if ((min == my || min == my + 1) && !f->outer) {
        int i = t->stack.len - 1;
        for (; i >= 0; i--) {
            IrFunc *x = t->stack.data[i];
            esc_fn(x)->visit_id = ESC_DONE;
            if (x == f)
                break;
        }
        Vec comp = {0};
        for (int k = i; k < t->stack.len; k++)
            vec_push(&comp, t->stack.data[k]);
        t->stack.len = i;
        analyze(&comp, t->opts);
        free(comp.data);
    }
    return min;
}

/* `//minigo:leaks PARAM heap=N rK=M ...` gives an external function's
 * summary; a parameter with pointers and no such line leaks to the heap,
 * which is what gc assumes of a function without a body. */
void esc_external_summary(IrFunc *f) {
    for (int i = 0; i < f->params.len; i++) {
        IrVar *p = f->params.data[i];
        p->leak_heap = ty_has_pointers(p->type) ? 0 : -1;
        for (int k = 0; k < 8; k++)
            p->leak_result[k] = -1;
    }
    if (!f->decl)
        return;
    if (esc_pragma(f, "go:noescape"))
        for (int i = 0; i < f->params.len; i++)
            ((IrVar *)f->params.data[i])->leak_heap = -1;
    Vec *pr = &f->decl->pragmas;
    for (int i = 0; i < pr->len; i++) {
        const char *s = pr->data[i];
        if (strncmp(s, "minigo:leaks ", 13) != 0)
            continue;
        s += 13;
        char name[64];
        int n = 0;
        while (*s && *s != ' ' && n < 63)
            name[n++] = *s++;
        name[n] = 0;
        IrVar *p = NULL;
        for (int k = 0; k < f->params.len; k++)
            if (strcmp(((IrVar *)f->params.data[k])->name, name) == 0)
                p = f->params.data[k];
        if (!p)
            ice("%s: pragma names unknown parameter %s", f->linkname, name);
        p->leak_heap = -1;
        while (*s) {
            while (*s == ' ')
                s++;
            int r, d;
            if (sscanf(s, "heap=%d", &d) == 1)
                p->leak_heap = d;
            else if (sscanf(s, "r%d=%d", &r, &d) == 2 && r >= 0 && r < 8)
                p->leak_result[r] = d;
            while (*s && *s != ' ')
                s++;
        }
    }
    f->tagged = true;
}

void esc_analyze(IrProgram *p, EscOptions opts) {
    for (int i = 0; i < p->externs.len; i++)
        esc_external_summary(p->externs.data[i]);
    Tarjan t = {0};
    t.opts = opts;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (f->external)
            esc_fn(f)->local_ext = true;
    }
    esc_devirtualize(p, opts);
    ast_stmt_call_hook = esc_stmt_call; /* devirtualized calls, as -m=3 names them */
    /* function literals of variable initialisers are functions of their
     * own for gc (glob..func1), analysed and reported as any other, in
     * source order among the declared functions; they capture nothing, so
     * they are cut from init for the analysis */
    int nlit = p->init ? p->init->closures.len : 0, next = 0;
    for (int i = 0; i <= p->funcs.len; i++) {
        IrFunc *f = i < p->funcs.len ? p->funcs.data[i] : NULL;
        for (; next < nlit; next++) {
            IrFunc *c = p->init->closures.data[next];
            if (f && pos_cmp(c->pos, f->pos) > 0)
                break;
            IrFunc *outer = c->outer;
            c->outer = NULL;
            visit(&t, c);
            c->outer = outer;
        }
        if (f)
            visit(&t, f);
    }
    if (opts.m >= 3)
        esc_trace_init(p);
    if (p->init) {
        /* package initialisation, last: what gc initialises statically
         * (IrValue.static_init) is not reported; the rest of the
         * initializers (calls, inlined bodies, maps) is */
        Vec one = {0};
        vec_push(&one, p->init);
        analyze(&one, opts);
        free(one.data);
    }
    esc_iface_wrappers(p, opts); /* last, as gc writes type descriptors */
    for (int i = 0; i < p->funcs.len; i++)
        ((IrFunc *)p->funcs.data[i])->esc = NULL;
    free(t.stack.data);
}
