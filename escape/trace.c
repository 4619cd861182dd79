/* trace.c — -m=3: gc's escape analysis names every statement it walks,
 * "POS:[LOOPDEPTH] FUNC stmt: STMT", before it solves the batch (gc's
 * escape.stmt with LowerM > 2), and says which labels are looping.
 *
 * The walk is gc's: a statement is printed, then its initialisation
 * (declarations of the variables := and var introduce: "var x T"), then
 * its parts: a for loop's post statement before its body, both one loop
 * deeper; a function literal's body where the literal is met, as its own
 * function.  Statements print as gc's %v prints them after its front end's
 * rewrites (ast_print_stmt). */
#include "esc_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct Tr {
    IrFunc *fn;
    int nautotmp;      /* .autotmp_N variables of fn met so far */
    const char *name;
    int depth;
    int nclosure;      /* literals of fn met so far */
    Node *looping[64]; /* labels a later goto jumps back to */
    int nlooping;
    bool selrecv;      /* the next statement is a select's receive case */
} Tr;

static void tr_stmt(Tr *t, Node *n);
static void tr_expr(Tr *t, Node *n);

/* A devirtualized call where it is a statement's (ast_stmt_call_hook):
 * gc's walk meets it as x.(T).M(args), or x.(T).I.M(args) for a method of
 * an embedded interface. */
bool esc_stmt_call(StrBuf *sb, const Node *c) {
    Node *f = ast_unparen(c->a);
    Devirt *dv = esc_devirt_of((Node *)c);
    if (!dv || !f || f->kind != N_SELECTOR)
        return false;
    if (dv->partial)
        sb_printf(sb, "%s.%s.%s(", dv->dt_text, dv->field ? dv->field : "?", f->name);
    else
        sb_printf(sb, "%s.%s(", dv->dt_text, f->name);
    for (int i = 0; i < c->list.len; i++) {
        if (i)
            sb_puts(sb, ", ");
        ast_print_expr(sb, c->list.data[i]);
    }
    sb_puts(sb, ")");
    return true;
}

/* The lines of the function being traced, with their positions: graph.c
 * prints them as its flows reach those positions, so that they interleave
 * with the -m=2 explanations of flows to the heap as gc's do. */
static EscTrace *cur;

/* A line "POS:TEXT", now or when graph.c flushes it. */
static void emit_line(Pos pos, const char *text) {
    if (!cur) {
        diag_trace(pos, "%s", text);
        return;
    }
    if (cur->n == cur->cap) {
        cur->cap = cur->cap ? 2 * cur->cap : 16;
        cur->pos = xrealloc(cur->pos, sizeof(Pos) * (size_t)cur->cap);
        cur->text = xrealloc(cur->text, sizeof(char *) * (size_t)cur->cap);
    }
    cur->pos[cur->n] = pos;
    cur->text[cur->n++] = text;
}

void esc_trace_flush(EscTrace *tr, Pos upto) {
    for (; tr->next < tr->n && (!upto.line || pos_cmp(tr->pos[tr->next], upto) <= 0); tr->next++)
        diag_trace(tr->pos[tr->next], "%s", tr->text[tr->next]);
}

static void line(Tr *t, Pos pos, const char *text) {
    emit_line(pos, arena_printf(perm, "[%d] %s stmt: %s", t->depth, t->name, text));
}

static void print_stmt(Tr *t, Pos pos, Node *n) {
    StrBuf sb = {0};
    if (t->selrecv) /* gc has no text for its OSELRECV2 */
        sb_puts(&sb, "<node SELRECV2>");
    else
        ast_print_stmt(&sb, n);
    t->selrecv = false;
    line(t, pos, sb_str(&sb));
    sb_free(&sb);
}

/* "var x T", for each name a statement declares. */
static void decl_line(Tr *t, Node *name) {
    if (!name->sym || strcmp(name->name, "_") == 0)
        return;
    line(t, name->pos, arena_printf(perm, "var %s %s", name->name, ty_gcstr(name->sym->type)));
}

/* The literals inside an expression, where the walk meets them. */
static void tr_expr(Tr *t, Node *n) {
    if (!n)
        return;
    if (n->kind == N_FUNCLIT) {
        /* the literal's function: the next of fn's, past the wrappers
         * ir/build.c makes for deferred built-ins */
        IrFunc *c = NULL;
        while (t->nclosure < t->fn->closures.len && !c) {
            c = t->fn->closures.data[t->nclosure++];
            if (c->defer_wrapper)
                c = NULL;
        }
        if (!c)
            return;
        Tr inner = {c, 0, c->name, 1, 0, {0}, 0, false};
        Node *body = n->b;
        if (!body->list.len)
            line(&inner, n->pos, "");
        for (int i = 0; i < body->list.len; i++)
            tr_stmt(&inner, body->list.data[i]);
        return;
    }
    tr_expr(t, n->a);
    tr_expr(t, n->b);
    if (n->kind != N_SELECTOR && n->kind != N_NAME) {
        tr_expr(t, n->c);
        tr_expr(t, n->d);
        for (int i = 0; i < n->list.len; i++)
            tr_expr(t, n->list.data[i]);
        for (int i = 0; i < n->list2.len; i++)
            tr_expr(t, n->list2.data[i]);
    }
}

/* Whether gc's dead code elimination drops what follows n. */
static bool cuts_rest(Node *n) {
    if (n->kind != N_IF)
        return false;
    int k = ir_const_cond(n->b);
    Node *last = NULL;
    if (k == 1 && n->c->list.len)
        last = vec_last(&n->c->list);
    else if (k == 0 && n->d)
        last = n->d->kind == N_BLOCK ? (n->d->list.len ? vec_last(&n->d->list) : NULL) : n->d;
    if (!last)
        return false;
    if (last->kind == N_RETURN)
        return true;
    if (last->kind != N_EXPRSTMT || last->a->kind != N_CALL)
        return false;
    Node *f = last->a->a;
    return f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BI_PANIC;
}

static void tr_list(Tr *t, Vec *list) {
    int last_label = -1;
    for (int i = 0; i < list->len; i++)
        if (((Node *)list->data[i])->kind == N_LABELED)
            last_label = i;
    for (int i = 0; i < list->len; i++) {
        tr_stmt(t, list->data[i]);
        if (i > last_label && cuts_rest(list->data[i]))
            break;
    }
}

static bool is_looping(Tr *t, Node *label) {
    for (int i = 0; i < t->nlooping; i++)
        if (t->looping[i] == label)
            return true;
    return false;
}

static void tr_stmt(Tr *t, Node *n) {
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        tr_list(t, &n->list);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind == N_TYPEDECL) /* gc prints a local type's declaration so */
                line(t, d->pos, "<node DCLTYPE>");
            if (d->kind != N_VARDECL && d->kind != N_CONSTDECL)
                continue;
            /* one statement a line, as ast_print_stmt joins them; all at
             * the first name */
            Pos at = ((Node *)d->list.data[0])->pos;
            bool tuple = d->list2.len && d->list2.len != d->list.len; /* a, b = f() */
            for (int j = 0; j < d->list.len; j++) {
                Node *nm = d->list.data[j];
                if (d->kind == N_CONSTDECL) {
                    line(t, at, "<node DCLCONST>");
                    continue;
                }
                StrBuf sb = {0};
                ast_print_var(&sb, nm);
                line(t, at, sb_str(&sb));
                if (tuple) {
                    sb_free(&sb);
                    continue;
                }
                sb_reset(&sb);
                sb_printf(&sb, "%s = ", nm->name);
                if (d->list2.len)
                    ast_print_expr(&sb, d->list2.data[j]);
                else
                    sb_puts(&sb, "<nil>");
                line(t, at, sb_str(&sb));
                sb_free(&sb);
                if (d->list2.len)
                    tr_expr(t, d->list2.data[j]);
            }
            if (tuple) {
                line(t, at, ast_stmt_str(d));
                tr_expr(t, d->list2.data[0]);
            }
        }
        return;
    case N_DEFINE:
        print_stmt(t, n->pos, n);
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.data[i];
            if (l->flag)
                decl_line(t, l);
        }
        for (int i = 0; i < n->list2.len; i++)
            tr_expr(t, n->list2.data[i]);
        return;
    case N_LABELED: {
        Pos colon = n->pos; /* gc's label is at its colon */
        colon.col += (int)strlen(n->name);
        print_stmt(t, colon, n);
        if (is_looping(t, n)) {
            emit_line(colon, arena_printf(perm, " %s:  looping label", n->name));
            t->depth++;
        } else
            emit_line(colon, arena_printf(perm, "%s:  non-looping label", n->name));
        if (n->a)
            tr_stmt(t, n->a);
        return;
    }
    case N_IF: {
        int k = ir_const_cond(n->b);
        print_stmt(t, n->pos, n);
        if (n->a)
            tr_stmt(t, n->a);
        tr_expr(t, n->b);
        if (k != 0)
            tr_list(t, &n->c->list);
        if (n->d && k != 1)
            tr_stmt(t, n->d);
        return;
    }
    case N_FOR:
        print_stmt(t, n->pos, n);
        if (n->a)
            tr_stmt(t, n->a);
        t->depth++;
        tr_expr(t, n->b);
        if (n->c)
            tr_stmt(t, n->c);
        tr_list(t, &n->d->list);
        t->depth--;
        return;
    case N_RANGE:
        print_stmt(t, n->pos, n);
        if (n->flag) {
            if (n->a)
                decl_line(t, n->a);
            if (n->b)
                decl_line(t, n->b);
        }
        tr_expr(t, n->c);
        t->depth++;
        tr_list(t, &n->d->list);
        t->depth--;
        return;
    case N_SWITCH:
    case N_TYPESWITCH:
        print_stmt(t, n->pos, n);
        if (n->a)
            tr_stmt(t, n->a);
        tr_expr(t, n->b);
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            for (int j = 0; j < cs->list.len; j++)
                tr_expr(t, cs->list.data[j]);
            tr_list(t, &cs->list2);
        }
        return;
    case N_SELECT:
        print_stmt(t, n->pos, n);
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            t->selrecv = cs->a && cs->a->kind != N_SENDSTMT;
            if (cs->a)
                tr_stmt(t, cs->a);
            tr_list(t, &cs->list2);
        }
        return;
    case N_EXPRSTMT:
        print_stmt(t, ast_unparen(n->a)->pos, n);
        tr_expr(t, n->a);
        return;
    case N_RETURN:
        if (n->list.len == 1 && ty_under(t->fn->type)->results.len > 1) {
            /* return g(): gc returns temporaries it assigns first (see
             * ir/build.c, autotmp_values) */
            int nr = ty_under(t->fn->type)->results.len;
            const char *names[64];
            int k = 0, seen = 0;
            for (int i = 0; i < t->fn->vars.len && k < nr && k < 64; i++) {
                IrVar *v = t->fn->vars.data[i];
                if (strncmp(v->name, ".autotmp_", 9) != 0 || seen++ < t->nautotmp)
                    continue;
                names[k++] = v->name;
            }
            t->nautotmp += k;
            if (k == nr) {
                StrBuf sb = {0}, lhs = {0};
                for (int i = 0; i < k; i++)
                    sb_printf(&lhs, "%s%s", i ? ", " : "", names[i]);
                sb_printf(&sb, "return %s", sb_str(&lhs));
                line(t, n->pos, sb_str(&sb));
                sb_reset(&sb);
                Node *c = n->list.data[0];
                Pos at = ast_unparen(c)->pos;
                sb_printf(&sb, "%s = ", sb_str(&lhs));
                ast_print_expr(&sb, c);
                line(t, at, sb_str(&sb));
                for (int i = 0; i < k; i++) {
                    IrVar *v = NULL;
                    for (int j = 0; j < t->fn->vars.len; j++)
                        if (((IrVar *)t->fn->vars.data[j])->name == names[i])
                            v = t->fn->vars.data[j];
                    line(t, at, arena_printf(perm, "var %s %s", names[i], ty_gcstr(v->type)));
                }
                sb_free(&sb);
                sb_free(&lhs);
                tr_expr(t, c);
                return;
            }
        }
        print_stmt(t, n->pos, n);
        for (int i = 0; i < n->list.len; i++)
            tr_expr(t, n->list.data[i]);
        return;
    case N_DEFERSTMT:
    case N_GOSTMT: {
        /* gc copies the call's operands to temporaries first, walking
         * each where it is copied (godefer.c) */
        Wrapper *w = esc_wrapper_of(t->fn, ast_unparen(n->a));
        print_stmt(t, n->pos, n);
        if (!w) {
            tr_expr(t, n->a);
            return;
        }
        for (int i = 0; i < w->ntmps; i++) {
            DeferTmp *d = &w->tmps[i];
            const char *ts = d->type_text ? d->type_text : ty_gcstr(d->var->type);
            line(t, d->var->pos, arena_printf(perm, "var %s %s", d->var->name, ts));
            line(t, d->var->pos, arena_printf(perm, "%s = %s", d->var->name, d->text));
            tr_expr(t, d->expr);
        }
        return;
    }
    case N_SENDSTMT: { /* at the arrow */
        Pos at = n->pos2;
        print_stmt(t, at, n);
        tr_expr(t, n->a);
        tr_expr(t, n->b);
        return;
    }
    default:
        print_stmt(t, n->pos, n);
        tr_expr(t, n->a);
        tr_expr(t, n->b);
        for (int i = 0; i < n->list.len; i++)
            tr_expr(t, n->list.data[i]);
        for (int i = 0; i < n->list2.len; i++)
            tr_expr(t, n->list2.data[i]);
        return;
    }
}

/* Labels some later goto of the same body jumps back to. */
static void find_looping(Tr *t, Node *n, Vec *seen) {
    if (!n)
        return;
    if (n->kind == N_LABELED)
        vec_push(seen, n);
    if (n->kind == N_BRANCH && n->op == OP_GOTO && n->name)
        for (int i = 0; i < seen->len; i++) {
            Node *l = seen->data[i];
            if (strcmp(l->name, n->name) == 0 && t->nlooping < 64 && !is_looping(t, l))
                t->looping[t->nlooping++] = l;
        }
    if (n->kind == N_FUNCLIT)
        return;
    find_looping(t, n->a, seen);
    find_looping(t, n->b, seen);
    find_looping(t, n->c, seen);
    find_looping(t, n->d, seen);
    for (int i = 0; i < n->list.len; i++)
        find_looping(t, n->list.data[i], seen);
    for (int i = 0; i < n->list2.len; i++)
        find_looping(t, n->list2.data[i], seen);
}

/* Marks the calls under n as not packed (Node.ival of a variadic call),
 * saving the marks in saved: gc walks a statement before it packs the
 * `...` arguments of the calls in it (escape's callCommon does), so the
 * lines show them as written. */
static void unpack_calls(Node *n, Vec *saved) {
    if (!n)
        return;
    if (n->kind == N_CALL && n->ival) {
        vec_push(saved, n);
        vec_push(saved, (void *)(intptr_t)n->ival);
        n->ival = 0;
    }
    unpack_calls(n->a, saved);
    unpack_calls(n->b, saved);
    unpack_calls(n->c, saved);
    unpack_calls(n->d, saved);
    for (int i = 0; i < n->list.len; i++)
        unpack_calls(n->list.data[i], saved);
    for (int i = 0; i < n->list2.len; i++)
        unpack_calls(n->list2.data[i], saved);
}

void esc_trace_func(IrFunc *f, EscTrace *out) {
    if (f->outer || !f->decl || f->decl->kind != N_FUNCDECL || !f->decl->c)
        return; /* literals are traced where their enclosing function meets them */
    Vec packed = {0};
    unpack_calls(f->decl->c, &packed);
    cur = out;
    Tr t = {f, 0, f->name, 1, 0, {0}, 0, false}; /* init functions: init.0, init.1... (ir/build.c) */
    Vec seen = {0};
    find_looping(&t, f->decl->c, &seen);
    free(seen.data);
    tr_list(&t, &f->decl->c->list);
    cur = NULL;
    for (int i = 0; i < packed.len; i += 2)
        ((Node *)packed.data[i])->ival = (int64_t)(intptr_t)packed.data[i + 1];
    free(packed.data);
}

/* The package's initialisation, traced as gc's init function: each
 * variable initialised by code (not a constant) as "x = value", or one
 * empty statement at the first variable when there is none. */
void esc_trace_init(IrProgram *p) {
    Package *pkg = p->pkg;
    Tr t = {NULL, 0, "init", 1, 0, {0}, 0, false};
    int n = 0;
    for (int i = 0; i < pkg->init_order.len; i++) {
        Node *d = pkg->init_order.data[i];
        if (d->kind != N_VARDECL || d->list.len != 1 || d->list2.len != 1)
            continue;
        Node *x = d->list2.data[0];
        if (x->cval)
            continue;
        Node *nm = d->list.data[0];
        StrBuf sb = {0};
        sb_printf(&sb, "%s = ", nm->name);
        ast_print_expr(&sb, x);
        line(&t, nm->pos, sb_str(&sb));
        sb_free(&sb);
        n++;
    }
    if (n || !p->globals.len)
        return;
    IrVar *g = p->globals.data[0];
    line(&t, g->pos, "");
}
