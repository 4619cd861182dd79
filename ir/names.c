/* names.c — how gc names expressions in diagnostics after its own
 * rewrites, which the syntax tree alone does not show:
 *   x.m(a)      is printed T.m(x, a) or (*T).m(x, a): gc turns method calls
 *               into calls of method expressions;
 *   p.f         is printed p.E.f when f is promoted from embedded field E;
 *   f(x)        is printed ~R0 (its result variable) once inlined.
 * Installed as the syntax printer's hook by ir_build. */
#include "ir.h"
#include "../inline/inline.h"

#include <stdlib.h>
#include <string.h>

static Node *unparen(Node *n) {
    while (n->kind == N_PAREN)
        n = n->a;
    return n;
}

/* The embedded fields leading to field `name` of t's struct (through one
 * pointer), outermost first; false when name is not a field. */
static bool embedded_path(Type *t, const char *name, Vec *path) {
    Type *u = ty_under(t);
    if (u->kind == TY_PTR)
        u = ty_under(u->elem);
    if (u->kind != TY_STRUCT)
        return false;
    for (int i = 0; i < u->fields.len; i++)
        if (strcmp(((Field *)u->fields.data[i])->name, name) == 0)
            return true;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        int mark = path->len;
        vec_push(path, (void *)f->name);
        if (embedded_path(f->type, name, path))
            return true;
        path->len = mark;
    }
    return false;
}

static bool print_hook(StrBuf *b, const Node *cn) {
    Node *n = (Node *)cn;
    if (n->kind == N_SELECTOR) {
        if (!n->a->type || (n->sym && n->sym->kind == SYM_FUNC))
            return false;
        Vec path = {0};
        if (!embedded_path(n->a->type, n->name, &path) || path.len == 0) {
            free(path.data);
            return false;
        }
        ast_print_expr(b, n->a);
        for (int i = 0; i < path.len; i++)
            sb_printf(b, ".%s", (const char *)path.data[i]);
        sb_printf(b, ".%s", n->name);
        free(path.data);
        return true;
    }
    if (n->kind == N_CALL && inl_call_inlined(n)) {
        /* an inlined call: gc prints the variable of its result */
        const char *r = inl_call_result(n);
        if (r) {
            sb_puts(b, r);
            return true;
        }
    }
    if (n->kind == N_CALL) {
        Node *f = unparen(n->a);
        Sym *m = f->sym;
        if (f->kind != N_SELECTOR || !m || m->kind != SYM_FUNC || !m->decl ||
            m->decl->kind != N_FUNCDECL || !m->decl->a || !m->decl->a->type)
            return false;
        if (unparen(f->a)->sym && unparen(f->a)->sym->kind == SYM_TYPE)
            return false; /* already a method expression: as written */
        Type *rt = m->decl->a->type;
        /* another package's type is qualified: (*bytes.Buffer).Write */
        if (rt->kind == TY_PTR)
            sb_printf(b, "(%s).%s(", ty_str(rt), m->name);
        else
            sb_printf(b, "%s.%s(", ty_str(rt), m->name);
        ast_print_expr(b, f->a);
        for (int i = 0; i < n->list.len; i++) {
            sb_puts(b, ", ");
            ast_print_expr(b, n->list.data[i]);
        }
        if (n->flag)
            sb_puts(b, "...");
        sb_putc(b, ')');
        return true;
    }
    return false;
}

void ir_install_names(void) { ast_print_hook = print_hook; }
