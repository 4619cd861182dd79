/* fmt.c — a function body as gc's -m=2 prints it after "can inline f with
 * cost N as: func(...) ... { BODY }": gc's node formatter (ir/fmt.go) over
 * the body it saved for inlining.  Statements are joined with "; ";
 * loops, switches and selects are abbreviated ("for loop", "switch
 * statement"); expressions print as in every other diagnostic
 * (ast_print_expr); gc's rewrites show: `x++` is `x += 1`, `var x T` is
 * `var x T; x = <nil>`, `else if` is `else { if ... }`, a label is a
 * statement of its own (`L: ; for loop`), a constant declaration is
 * `<node DCLCONST>`. */
#include "inline.h"

#include <string.h>

static void stmt(StrBuf *b, Node *n, bool *first);

static void sep(StrBuf *b, bool *first) {
    if (!*first)
        sb_puts(b, "; ");
    *first = false;
}

static void exprs(StrBuf *b, Vec *l) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            sb_puts(b, ", ");
        ast_print_expr(b, l->data[i]);
    }
}

static void list(StrBuf *b, Vec *l) {
    bool first = true;
    for (int i = 0; i < l->len; i++)
        stmt(b, l->data[i], &first);
}

/* The statements of an else branch: a block's, or the `if` itself. */
static void else_list(StrBuf *b, Node *n) {
    if (n->kind == N_BLOCK)
        list(b, &n->list);
    else {
        bool first = true;
        stmt(b, n, &first);
    }
}

static void stmt(StrBuf *b, Node *n, bool *first) {
    if (!n)
        return;
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            stmt(b, n->list.data[i], first);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind == N_CONSTDECL) {
                for (int j = 0; j < d->list.len; j++) {
                    sep(b, first);
                    sb_puts(b, "<node DCLCONST>");
                }
                continue;
            }
            if (d->kind != N_VARDECL)
                continue;
            for (int j = 0; j < d->list.len; j++) {
                Node *nm = d->list.data[j];
                sep(b, first);
                sb_printf(b, "var %s %s", nm->name, nm->sym ? ty_gcstr(nm->sym->type) : "?");
            }
            if (d->list2.len == d->list.len) {
                for (int j = 0; j < d->list.len; j++) {
                    sep(b, first);
                    ast_print_expr(b, d->list.data[j]);
                    sb_puts(b, " = ");
                    ast_print_expr(b, d->list2.data[j]);
                }
            } else if (d->list2.len) {
                sep(b, first);
                exprs(b, &d->list);
                sb_puts(b, " = ");
                exprs(b, &d->list2);
            } else
                for (int j = 0; j < d->list.len; j++) {
                    sep(b, first);
                    ast_print_expr(b, d->list.data[j]);
                    sb_puts(b, " = <nil>");
                }
        }
        return;
    case N_LABELED:
        sep(b, first);
        sb_printf(b, "%s: ", n->name);
        stmt(b, n->a, first);
        return;
    default:
        break;
    }
    sep(b, first);
    switch (n->kind) {
    case N_EXPRSTMT:
        ast_print_expr(b, n->a);
        break;
    case N_SENDSTMT:
        ast_print_expr(b, n->a);
        sb_puts(b, " <- ");
        ast_print_expr(b, n->b);
        break;
    case N_INCDEC:
        ast_print_expr(b, n->a);
        sb_puts(b, n->op == OP_ADD ? " += 1" : " -= 1");
        break;
    case N_ASSIGN:
        exprs(b, &n->list);
        if (n->op == OP_NONE)
            sb_puts(b, " = ");
        else
            sb_printf(b, " %s= ", ast_op_names[n->op]);
        exprs(b, &n->list2);
        break;
    case N_DEFINE:
        exprs(b, &n->list);
        sb_puts(b, " := ");
        exprs(b, &n->list2);
        break;
    case N_GOSTMT:
    case N_DEFERSTMT:
        sb_puts(b, n->kind == N_GOSTMT ? "go " : "defer ");
        ast_print_expr(b, n->a);
        break;
    case N_RETURN:
        sb_puts(b, "return ");
        exprs(b, &n->list);
        break;
    case N_BRANCH:
        sb_puts(b, ast_op_names[n->op]);
        if (n->name)
            sb_printf(b, " %s", n->name);
        break;
    case N_IF:
        sb_puts(b, "if ");
        if (n->a) {
            bool f = true;
            stmt(b, n->a, &f);
            sb_puts(b, "; ");
        }
        ast_print_expr(b, n->b);
        sb_puts(b, " { ");
        list(b, &n->c->list);
        sb_puts(b, " }");
        if (n->d && !(n->d->kind == N_BLOCK && n->d->list.len == 0)) {
            sb_puts(b, " else { ");
            else_list(b, n->d);
            sb_puts(b, " }");
        }
        break;
    case N_FOR:
    case N_RANGE:
        sb_puts(b, "for loop");
        break;
    case N_SWITCH:
    case N_TYPESWITCH:
        sb_puts(b, "switch statement");
        break;
    case N_SELECT:
        sb_puts(b, "select statement");
        break;
    default:
        sb_printf(b, "<node %s>", ast_kind_names[n->kind]);
        break;
    }
}

const char *inl_body_str(Node *body) {
    StrBuf b = {0};
    if (body)
        list(&b, &body->list);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}
