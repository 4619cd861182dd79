/* report.c — the end of a batch: parameter summaries, the verdicts that
 * codegen reads, and the -m lines, in gc's order: first each function's
 * parameter summaries, then every location in creation order. */
#include "esc_internal.h"

#include <string.h>

static bool named(IrVar *v) { return v->name && v->name[0] != '~' && strcmp(v->name, "_") != 0; }

/* Drops result leaks no shorter than the heap leak: they add nothing. */
static void optimize(int *leaks) {
    if (leaks[0] >= 0)
        for (int i = 1; i <= ESC_RESULTS; i++)
            if (leaks[i] >= leaks[0])
                leaks[i] = -1;
}

/* gc's name for parameter p, the narg-th of its function counting the
 * receiver from 1: "arg#N" when it has none. */
static const char *param_name(IrVar *p, int narg) {
    if (!p->name || p->name[0] == '~')
        return arena_printf(perm, "arg#%d", narg);
    return p->name;
}

static bool is_uintptr(Type *t) { return ty_under(t)->kind == TY_UINTPTR; }

/* The final ...uintptr parameter of f. */
static bool dots_uintptr(IrFunc *f, IrVar *p) {
    return ty_under(f->type)->variadic && f->params.data[f->params.len - 1] == p &&
           ty_under(p->type)->kind == TY_SLICE && is_uintptr(ty_under(p->type)->elem);
}

/* gc's diagnostics for a function declared without a body: its
 * parameters are assumed to leak (unless //go:noescape), and its uintptr
 * ones to be pointers to keep alive. */
void esc_report_bodyless(IrFunc *f, EscOptions opts) {
    f->tagged = true;
    if (!opts.m)
        return;
    bool noescape = esc_pragma(f, "go:noescape");
    for (int i = 0; i < f->params.len; i++) {
        IrVar *p = f->params.data[i];
        bool named = p->name && p->name[0] != '~';
        if (is_uintptr(p->type))
            diag_warn(p->pos, "assuming %s is unsafe uintptr", param_name(p, i + 1));
        else if (ty_has_pointers(p->type) && named)
            diag_warn(p->pos, noescape ? "%s does not escape" : "leaking param: %s", p->name);
    }
}

static void param_summary(Batch *b, IrFunc *f, IrVar *p, int narg) {
    Loc *l = p->esc;
    p->leak_heap = -1;
    for (int i = 0; i < 8; i++)
        p->leak_result[i] = -1;
    if (esc_pragma(f, "go:uintptrescapes") && (is_uintptr(p->type) || dots_uintptr(f, p))) {
        /* the pointers it carries are on the heap: the callers see to it */
        if (b->opts.m)
            diag_warn(p->pos, "marking %s as escaping %suintptr", param_name(p, narg),
                      is_uintptr(p->type) ? "" : "...");
        p->leak_heap = 0;
        return;
    }
    if (!ty_has_pointers(p->type))
        return;
    if (!named(p))
        return; /* unnamed parameters are unused: they do not escape */
    optimize(l->leaks);
    p->leak_heap = l->leaks[0];
    for (int i = 0; i < ESC_RESULTS; i++)
        p->leak_result[i] = l->leaks[1 + i];
    if (!b->opts.m || l->escapes)
        return;
    if (f->sym && f->sym->dupok)
        return; /* a stenciled method: gc reports no leaks of Dupok functions */
    bool empty = true;
    for (int i = 0; i <= ESC_RESULTS; i++)
        if (l->leaks[i] >= 0)
            empty = false;
    if (empty)
        diag_warn(p->pos, "%s does not escape", p->name);
    if (l->leaks[0] == 0)
        diag_warn(p->pos, "leaking param: %s", p->name);
    else if (l->leaks[0] > 0)
        diag_warn(p->pos, "leaking param content: %s", p->name);
    for (int i = 0; i < ESC_RESULTS && i < f->results.len; i++)
        if (l->leaks[1 + i] >= 0)
            diag_warn(p->pos, "leaking param: %s to result %s level=%d", p->name,
                      ((IrVar *)f->results.data[i])->name, l->leaks[1 + i]);
}


void esc_finish(Batch *b) {
    for (int i = 0; i < b->funcs.len; i++) {
        IrFunc *f = b->funcs.data[i];
        for (int j = 0; j < f->params.len; j++)
            param_summary(b, f, f->params.data[j], j + 1);
        f->tagged = true;
    }
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = b->locs.data[i];
        const char *line = NULL;
        Pos pos;
        if (l->var) {
            l->var->escapes = l->escapes;
            if (l->escapes && b->opts.m && !l->var->temp) {
                line = arena_printf(perm, "moved to heap: %s", l->var->name);
                pos = l->var->pos;
            }
        } else if (l->site) {
            l->site->escapes = l->escapes;
            if (b->opts.m && !l->site->static_init) {
                line = arena_printf(perm, l->escapes ? "%s escapes to heap" : "%s does not escape",
                                    esc_site_text(l->site));
                pos = l->site->pos;
            }
        }
        if (line) {
            diag_warn(pos, "%s", line);
            if (l->fn)
                vec_push(&esc_fn(l->fn)->verdicts, (void *)line);
        }
    }
}
