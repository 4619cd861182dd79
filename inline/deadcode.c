/* deadcode.c — gc's early dead-code removal (cmd/compile's deadcode
 * pass), on the checked syntax tree, before inlining and escape analysis
 * see the functions.
 *
 * gc removes, in every function and function literal:
 *   - the branch of an `if` whose condition is a constant (after
 *     simplifying `true && x` to x, `false && x` to false and the like),
 *     and the statements after an `if` whose kept branch ends in a return
 *     or a panic (unless a label follows);
 *   - the cases of an expression switch on a constant (or of a tagless
 *     switch) whose case expressions are constants and do not match: the
 *     matching case is kept alone, with its matching expression, else the
 *     default, else nothing (a fallthrough in the kept case stops this).
 * What is removed costs nothing to the inliner and allocates nothing for
 * escape analysis, as in gc.
 */
#include "inline.h"

#include <stdlib.h>
#include <string.h>

static bool const_bool(Node *n, bool *val) {
    n = ast_unparen(n);
    if (!n || !n->cval || n->cval->kind != CV_BOOL)
        return false;
    *val = n->cval->b;
    return true;
}

/* gc's deadcode expr: && and || with a constant left operand. */
static Node *simplify(Node *n) {
    Node *u = ast_unparen(n);
    if (!u || u->kind != N_BINARY || (u->op != OP_LAND && u->op != OP_LOR) || u->cval)
        return n;
    u->a = simplify(u->a);
    u->b = simplify(u->b);
    bool x;
    if (const_bool(u->a, &x)) {
        if (u->op == OP_LAND)
            return x ? u->b : u->a;
        return x ? u->a : u->b;
    }
    return n;
}

static bool is_terminal(Node *s) {
    if (!s)
        return false;
    if (s->kind == N_RETURN)
        return true;
    if (s->kind == N_EXPRSTMT) {
        Node *c = ast_unparen(s->a);
        Node *f = c && c->kind == N_CALL ? ast_unparen(c->a) : NULL;
        return f && f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BI_PANIC;
    }
    return false;
}

static bool has_fallthrough(Vec *body) {
    for (int i = 0; i < body->len; i++) {
        Node *s = body->data[i];
        if (s->kind == N_BRANCH && s->op == OP_FALLTHROUGH)
            return true;
    }
    return false;
}

static void stmts(Vec *list);
static void in_stmt(Node *n);

/* How many names the statements in n declare (gc's front end lists them
 * in its function's declarations before dead code goes): := and var
 * names, a range's, a type switch's per clause; not a literal's own. */
static int declared(const Node *n) {
    if (!n || n->kind == N_FUNCLIT)
        return 0;
    int k = 0;
    switch (n->kind) {
    case N_DEFINE:
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.data[i];
            k += l->flag && l->sym;
        }
        break;
    case N_VARDECL:
        for (int i = 0; i < n->list.len; i++)
            k += ((Node *)n->list.data[i])->sym != NULL;
        break;
    case N_RANGE:
        if (n->flag)
            k += (n->a && n->a->sym) + (n->b && n->b->sym);
        break;
    case N_TYPESWITCH:
        if (n->name)
            k += n->list.len;
        break;
    default:
        break;
    }
    k += declared(n->a) + declared(n->b) + declared(n->c) + declared(n->d);
    for (int i = 0; i < n->list.len; i++)
        k += declared(n->list.data[i]);
    for (int i = 0; i < n->list2.len; i++)
        k += declared(n->list2.data[i]);
    return k;
}

static int declared_list(Vec *list, int from) {
    int k = 0;
    for (int i = from; i < list->len; i++)
        k += declared(list->data[i]);
    return k;
}

/* The cases of switch n but its case kept go: the names they declare
 * count before and after it. */
static void dropped_cases(Node *n, int kept) {
    for (int i = 0; i < n->list.len; i++)
        if (i != kept) {
            int k = declared(n->list.data[i]);
            if (i < kept)
                n->dcl_pre += k;
            else
                n->dcl_post += k;
        }
}

/* A constant switch keeps the case that is taken. */
static void switch_cases(Node *n) {
    ConstVal *x;
    if (n->b) {
        Node *tag = ast_unparen(n->b);
        if (!tag->cval)
            return;
        x = tag->cval;
    } else
        x = cv_bool(true);
    Node *def = NULL;
    for (int i = 0; i < n->list.len; i++) {
        Node *cs = n->list.data[i];
        if (cs->list.len == 0) {
            def = cs;
            continue;
        }
        for (int j = 0; j < cs->list.len; j++) {
            Node *c = ast_unparen(cs->list.data[j]);
            if (!c->cval || c->cval->kind == CV_UNKNOWN || c->cval->kind != x->kind)
                return;
            if (cv_compare(x, OP_EQ, c->cval)) {
                if (has_fallthrough(&cs->list2))
                    return;
                dropped_cases(n, i);
                Node *keep = cs->list.data[j];
                cs->list.len = 0;
                vec_push(&cs->list, keep);
                n->list.len = 0;
                vec_push(&n->list, cs);
                return;
            }
        }
    }
    if (def) {
        if (has_fallthrough(&def->list2))
            return;
        int k = 0;
        while (n->list.data[k] != def)
            k++;
        dropped_cases(n, k);
        n->list.len = 0;
        vec_push(&n->list, def);
        return;
    }
    n->dcl_post += declared_list(&n->list, 0);
    n->list.len = 0;
}

/* Transforms one statement of a list; returns true when the statements
 * after it are dead. */
static bool stmt(Node *n, bool after_labels) {
    if (!n)
        return false;
    bool cut = false;
    Node *s = n->kind == N_LABELED ? n->a : n;
    if (s && s->kind == N_IF) {
        s->b = simplify(s->b);
        bool val;
        if (const_bool(s->b, &val)) {
            Vec *body = NULL;
            if (val) {
                s->dcl_post += declared(s->d);
                s->d = NULL;
                body = &s->c->list;
            } else {
                s->dcl_pre += declared(s->c);
                Node *empty = ast_new(N_BLOCK, s->c->pos);
                empty->pos2 = s->c->pos2;
                s->c = empty;
                if (s->d && s->d->kind == N_BLOCK)
                    body = &s->d->list;
            }
            if (body && body->len && is_terminal(body->data[body->len - 1]) && after_labels)
                cut = true;
        }
    }
    if (s && s->kind == N_SWITCH)
        switch_cases(s);
    if (s)
        in_stmt(s);
    return cut;
}

/* The statement lists inside n. */
static void in_stmt(Node *n) {
    switch (n->kind) {
    case N_BLOCK:
        stmts(&n->list);
        break;
    case N_FOR:
    case N_RANGE:
        in_stmt(n->d);
        break;
    case N_IF:
        if (n->a)
            in_stmt(n->a);
        in_stmt(n->c);
        if (n->d) {
            if (n->d->kind == N_IF) {
                Vec one = {0};
                vec_push(&one, n->d);
                stmts(&one);
                free(one.data);
            } else
                in_stmt(n->d);
        }
        break;
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            stmts(&cs->list2);
        }
        break;
    case N_LABELED:
        if (n->a)
            in_stmt(n->a);
        break;
    default:
        break;
    }
}

static void stmts(Vec *list) {
    int last_label = -1;
    for (int i = 0; i < list->len; i++)
        if (((Node *)list->data[i])->kind == N_LABELED)
            last_label = i;
    for (int i = 0; i < list->len; i++) {
        if (stmt(list->data[i], i > last_label)) {
            ((Node *)list->data[i])->dcl_post += declared_list(list, i + 1);
            list->len = i + 1;
            break;
        }
    }
}

/* A body made only of constant ifs without branches and loops that never
 * run is empty (gc's deadcode.Func). */
static void empty_body(Node *body) {
    if (!body->list.len)
        return;
    for (int i = 0; i < body->list.len; i++) {
        Node *s = body->list.data[i];
        bool val;
        if (s->kind == N_IF && !s->a && const_bool(s->b, &val) && s->c->list.len == 0 &&
            (!s->d || (s->d->kind == N_BLOCK && s->d->list.len == 0)))
            continue;
        if (s->kind == N_FOR && !s->a && s->b && const_bool(s->b, &val) && !val)
            continue;
        return;
    }
    body->list.len = 0;
}

/* Function literals are functions of their own: their bodies too. */
static void lits(Node *n) {
    if (!n)
        return;
    if (n->kind == N_FUNCLIT && n->b) {
        stmts(&n->b->list);
        empty_body(n->b);
    }
    lits(n->a);
    lits(n->b);
    lits(n->c);
    lits(n->d);
    for (int i = 0; i < n->list.len; i++)
        lits(n->list.data[i]);
    for (int i = 0; i < n->list2.len; i++)
        lits(n->list2.data[i]);
}

void inl_deadcode(Package *pkg) {
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        if (!s->decl || s->decl->kind != N_FUNCDECL || !s->decl->c || s->body_skipped)
            continue;
        stmts(&s->decl->c->list);
        empty_body(s->decl->c);
        lits(s->decl->c);
    }
}
