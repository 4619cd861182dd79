/* explain.c — the -m=2 explanations: why a location escapes, or how a
 * parameter leaks, as the chain of flows the walk followed, each with gc's
 * notes ("from X (why) at POS").
 *
 * minigo's graph has more locations than gc's: a temporary for every IR
 * value that carries a pointer, where gc composes "holes" instead.  An
 * explanation steps over those temporaries, adding up their dereferences
 * and keeping their notes, so that it prints exactly gc's hops. */
#include "esc_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A location that stands for an IR value (or a compiler temporary gc does
 * not have): it never appears in the graph's edges, see graph.c. */
bool esc_is_temp(Loc *l) {
    if (l->var)
        return l->var->temp && !l->var->gctemp;
    return !l->site && !l->wrap && !l->gctemp;
}

Pos esc_loc_pos(Loc *l) {
    if (l->var)
        return l->var->pos;
    if (l->site)
        return l->site->pos;
    if (l->wrap)
        return l->wrap->call->stmt->pos;
    return (Pos){0};
}

const char *esc_site_text(IrValue *v) {
    if (v->desc)
        return v->desc;
    if (!v->node)
        ice("allocation site v%d without a node", v->id);
    return ast_expr_str(v->node);
}

const char *esc_loc_str(Batch *b, Loc *l) {
    if (l == &b->heap)
        return "{heap}";
    if (l->var && !l->var->temp)
        return l->var->name;
    if (l->site)
        return arena_printf(perm, "{storage for %s}", esc_site_text(l->site));
    if (l->wrap)
        return "{storage for func literal}";
    return "{temp}";
}

const char *esc_loc_name(Loc *l) {
    if (l->var)
        return l->var->name;
    if (l->site)
        return esc_site_text(l->site);
    return l->wrap ? "func literal" : NULL;
}

/* gc packs a variadic call's `...` arguments into a slice literal
 * (FixVariadicCall) when its escape analysis reaches the call, and prints
 * the call's node as it is at the time: an explanation printed while the
 * graph is built, before the walk has reached a call, shows its arguments
 * as written.  The batch's calls are numbered as gc visits them (their
 * pre-order numbers, IrValue.seq). */
static Batch *packed_batch;
static IrFunc *packed_fn;
static int packed_seq;

static bool call_unpacked(const Node *call) {
    Batch *b = packed_batch;
    if (!b)
        return false;
    if (!b->calls.len)
        for (int i = 0; i < b->funcs.len; i++) {
            IrFunc *f = b->funcs.data[i];
            for (int j = 0; j < f->blocks.len; j++) {
                IrBlock *blk = f->blocks.data[j];
                for (int k = 0; k < blk->values.len; k++) {
                    IrValue *v = blk->values.data[k];
                    if (v->op == IR_CALL && v->node && v->node->kind == N_CALL && !v->inlined) {
                        vec_push(&b->calls, v->node);
                        vec_push(&b->calls, f);
                        vec_push(&b->calls, (void *)(intptr_t)v->seq);
                    }
                }
            }
        }
    /* a call of another function (a literal's, its outer function's) is
     * taken as packed */
    for (int i = 0; i < b->calls.len; i += 3)
        if (b->calls.data[i] == call && b->calls.data[i + 1] == packed_fn)
            return (int)(intptr_t)b->calls.data[i + 2] > packed_seq;
    return false; /* not walked by this batch: packed long ago */
}

void esc_packed_begin(Batch *b, IrFunc *fn, int seq) {
    packed_batch = b;
    packed_fn = fn;
    packed_seq = seq;
    ast_call_unpacked = call_unpacked;
}

void esc_packed_end(void) {
    packed_batch = NULL;
    ast_call_unpacked = NULL;
}

/* A call as gc prints it after rewriting a variadic call: the `...`
 * arguments become one "... argument" followed by "...". */
static const char *call_text(IrValue *call) {
    Node *n = call->node;
    if (!n || n->kind != N_CALL)
        return n ? ast_expr_str(n) : "?";
    if (ast_call_unpacked && ast_call_unpacked(n))
        return ast_expr_str(n);
    IrFunc *f = call->func;
    Type *ft = f ? f->type : NULL;
    if (!ft || !ft->variadic || n->flag)
        return ast_expr_str(n);
    if (n->list.len == 1 && ((Node *)n->list.data[0])->type &&
        ((Node *)n->list.data[0])->type->kind == TY_TUPLE)
        return ast_expr_str(n); /* f(g()): gc's temporaries keep the call as written */
    StrBuf sb = {0};
    ast_print_expr(&sb, n->a);
    sb_putc(&sb, '(');
    int fixed = ft->params.len - 1;
    for (int i = 0; i < fixed && i < n->list.len; i++) {
        ast_print_expr(&sb, n->list.data[i]);
        sb_puts(&sb, ", ");
    }
    sb_puts(&sb, n->list.len > fixed ? "... argument...)" : "nil...)");
    const char *s = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    return s;
}

/* Where a note points: its text and position. */
static void note_where(Note *e, const char **text, Pos *pos) {
    IrValue *v = e->inst;
    const char *why = e->why;
    if (e->text) {
        *text = e->text;
        *pos = e->at;
        return;
    }
    if (e->where) {
        *text = ast_expr_str(e->where);
        *pos = e->at.line ? e->at : v && v->inlined ? v->pos : e->where->pos;
        return;
    }
    if (strcmp(why, "call parameter") == 0 || strcmp(why, "appendee slice") == 0 ||
        strcmp(why, "appended slice...") == 0) {
        *text = v->op == IR_CALL ? call_text(v) : ast_expr_str(v->node);
        *pos = v->pos;
        return;
    }
    if (v->op == IR_STORE) {
        if (v->desc) { /* a statement of gc's front end: .autotmp_1 := x */
            *text = arena_printf(perm, "%s := %s", v->args[0]->var->name, v->desc);
            *pos = v->pos;
            return;
        }
        if (!v->node) { /* an element of the `...` array: the site names it */
            IrValue *a = v->args[0];
            while (a->op == IR_INDEX || a->op == IR_SLICEHDR || a->op == IR_FIELD)
                a = a->args[0];
            *text = esc_site_text(a);
            *pos = a->pos;
            return;
        }
        *text = ast_stmt_str(v->node);
        /* an elided &T{...}: its fields are stored by the struct
         * literal T{...} inside gc's implicit & */
        if (strcmp(why, "struct literal element") == 0 && v->node->kind == N_COMPOSITE && !v->node->a &&
            (*text)[0] == '&')
            (*text)++;
        /* in an inlined body: gc's outermost position, the inlined call's */
        *pos = v->node->kind == N_VARDECL || v->inlined ? v->pos : v->node->pos;
        return;
    }
    if (v->op == IR_MAPSET && v->node && (v->node->kind == N_ASSIGN || v->node->kind == N_DEFINE)) {
        *text = ast_stmt_str(v->node); /* m[k] = v */
        *pos = v->node->pos;
        return;
    }
    if (strcmp(why, "interface-converted") == 0) {
        /* imported code spells the conversion out (its site text) */
        *text = v->desc && ir_foreign_package(v->node) ? v->desc : ast_expr_str(v->node);
        *pos = v->pos;
        return;
    }
    if (v->op == IR_NEW || v->op == IR_MAKESLICE || v->op == IR_CONCAT || v->op == IR_CONVIFACE) {
        *text = esc_site_text(v);
        *pos = v->pos;
        return;
    }
    if (v->op == IR_SEND && v->node && v->node->kind == N_SENDSTMT) {
        *text = ast_stmt_str(v->node); /* c <- x, at the arrow */
        *pos = v->inlined ? v->pos : v->node->pos2;
        return;
    }
    *text = v->node ? ast_expr_str(v->node) : "?";
    *pos = v->node ? v->node->pos : v->pos;
    if (v->inlined)
        *pos = v->pos; /* gc's outermost position: the inlined call's */
}

/* One hop of gc's explanation: "flow: DST = OPS SRC:" and its notes. */
void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes, int n) {
    StrBuf ops = {0};
    if (derefs < 0)
        sb_putc(&ops, '&');
    for (int i = 0; i < derefs; i++)
        sb_putc(&ops, '*');
    diag_warn(pos, "  flow: %s = %s%s:", esc_loc_str(b, dst), sb_str(&ops), esc_loc_str(b, src));
    sb_free(&ops);
    /* the notes nearest the source first, as gc prints them */
    for (int i = 0; i < n; i++) {
        if (!notes[i].why || !notes[i].inst)
            continue;
        const char *text;
        Pos wp;
        note_where(&notes[i], &text, &wp);
        diag_warn(pos, "    from %s (%s) at %s", text, notes[i].why, pos_str(perm, wp));
    }
}

/* How src's value reaches root, hop by hop (gc's explainPath). */
void esc_explain_path(Batch *b, Loc *root, Loc *src) {
    Pos pos = esc_loc_pos(src);
    int steps = 0;
    for (Loc *l = src; l != root; ) {
        Loc *dst = l->dst;
        if (!dst || ++steps > b->locs.len + 1) {
            diag_warn(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
            break;
        }
        Edge *e = &dst->edges[l->dst_edge];
        esc_explain_flow(b, pos, dst, l, e->derefs, e->notes, e->nnotes);
        l = dst;
    }
}
