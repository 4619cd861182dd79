/* names.c — how gc names expressions in diagnostics after its own
 * rewrites, which the syntax tree alone does not show:
 *   x.m(a)      is printed T.m(x, a) or (*T).m(x, a): gc turns method calls
 *               into calls of method expressions;
 *   p.f         is printed p.E.f when f is promoted from embedded field E;
 *   f(x)        is printed ~R0 (its result variable) once inlined;
 *   var x T     names x's type.
 * Installed as the syntax printer's hook by ir_build. */
#include "ir.h"
#include "../inline/inline.h"

#include <stdlib.h>
#include <string.h>

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

/* Whether t (or *t) declares method `name` itself. */
static bool own_method(Type *t, const char *name) {
    if (t->kind == TY_PTR)
        t = t->elem;
    if (t->kind != TY_NAMED)
        return false;
    for (int i = 0; i < t->methods.len; i++)
        if (strcmp(((Sym *)t->methods.data[i])->name, name) == 0)
            return true;
    return false;
}

/* The embedded fields (names) through which a method of an embedded
 * interface is promoted into t, at exactly `depth` levels. */
static bool iface_path_at(Type *t, const char *name, Vec *path, int depth) {
    if (depth == 0) {
        Type *u = ty_under(t);
        if (!u || u->kind != TY_IFACE)
            return false;
        for (int i = 0; i < u->methods.len; i++)
            if (strcmp(((Field *)u->methods.data[i])->name, name) == 0)
                return true;
        return false;
    }
    if (own_method(t, name))
        return false;
    Type *u = ty_under(t->kind == TY_PTR ? t->elem : t);
    if (!u || u->kind != TY_STRUCT)
        return false;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        vec_push(path, (void *)f->name);
        if (iface_path_at(f->type, name, path, depth - 1))
            return true;
        path->len--;
    }
    return false;
}

/* Calls a later pass rewrote (devirtualized method calls), with the text
 * gc prints for them from then on. */
static Vec rewritten; /* of Node*, const char* pairs: few, so searched */

void ir_set_call_text(Node *call, const char *text) {
    vec_push(&rewritten, call);
    vec_push(&rewritten, (void *)text);
}

/* Receivers (and callees) gc's typecheck moved to a temporary
 * (RewriteNonNameCall): the temporary's name stands for the expression
 * where it is the operand of the call's selector, x.M, or its callee,
 * f()(args); printed anywhere else (a flow's "call parameter"), the
 * expression is itself. */
static Vec receivers; /* of Node*, const char* pairs */

void ir_set_recv_text(Node *x, const char *text) {
    vec_push(&receivers, x);
    vec_push(&receivers, (void *)text);
}

const char *ir_recv_text(const Node *x) {
    for (int i = 0; i < receivers.len; i += 2)
        if (receivers.data[i] == x)
            return receivers.data[i + 1];
    return NULL;
}

void ir_rename_call_text(const char *old, const char *text) {
    for (int i = 1; i < rewritten.len; i += 2)
        if (rewritten.data[i] == old)
            rewritten.data[i] = (void *)text;
    for (int i = 1; i < receivers.len; i += 2)
        if (receivers.data[i] == old)
            receivers.data[i] = (void *)text;
}

static Vec unreached; /* of Node*, const char* pairs: few, so searched */

void ir_set_unreached_recv(Node *call, const char *recv) {
    vec_push(&unreached, call);
    vec_push(&unreached, (void *)recv);
}

static const char *unreached_recv(const Node *n) {
    for (int i = 0; i < unreached.len; i += 2)
        if (unreached.data[i] == n)
            return unreached.data[i + 1];
    return NULL;
}

/* A devirtualized call gc's escape analysis has not reached yet, printed
 * as it is until then: devirtualization made it x.(*T).M(args), which
 * FixMethodCall rewrites as (*T).M(x.(*T), args) when the walk reaches
 * it.  (Other method calls are rewritten by gc's front end already.) */
static bool unreached_method_call(StrBuf *b, Node *n) {
    Node *f = ast_unparen(n->a);
    const char *recv = unreached_recv(n);
    if (f->kind != N_SELECTOR || !recv)
        return false;
    sb_printf(b, "%s.%s", recv, f->name);
    ast_print_args(b, n);
    return true;
}

static const char *call_text(const Node *n) {
    for (int i = 0; i < rewritten.len; i += 2)
        if (rewritten.data[i] == n)
            return rewritten.data[i + 1];
    return NULL;
}

Package *ir_cur_pkg;

Package *ir_foreign_package(const Node *n) {
    Package *p = n ? ty_file_package(n->pos.file) : NULL;
    return p && (p->source_import || p->is_std) && p != ir_cur_pkg ? p : NULL;
}

const char *ir_conv_text(Type *t, const char *x) {
    switch (t->kind) { /* a type with a name: predeclared or defined */
    case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_STRUCT: case TY_MAP: case TY_CHAN:
    case TY_FUNC: case TY_IFACE: case TY_TUPLE:
        break;
    default:
        return arena_printf(perm, "%s(%s)", ty_str(t), x);
    }
    /* imported code keeps the spelling: any, or interface {} */
    if (t == ty_any)
        return arena_printf(perm, "any(%s)", x);
    return arena_printf(perm, "(%s)(%s)", ty_gcstr(t), x);
}

Type *ir_empty_iface(void) {
    static Type *t;
    if (!t) {
        t = ty_new(TY_IFACE);
        t->state = 1;
    }
    return t;
}

/* A call in imported code: arguments converted to an interface
 * parameter's type are shown converted, as gc prints them. */
static bool call_with_conversions(StrBuf *b, Node *n) {
    Node *f = ast_unparen(n->a);
    Type *ft = NULL;
    if (f->sym && f->sym->kind == SYM_BUILTIN) {
        if (f->sym->builtin != BI_PANIC)
            return false;
    } else if (f->sym && f->sym->kind == SYM_TYPE) {
        return false; /* a conversion */
    } else if (!f->type || ty_under(f->type)->kind != TY_FUNC) {
        return false;
    } else {
        ft = ty_under(f->type);
    }
    bool any = false;
    Vec texts = {0};
    /* the arguments packed into the implicit ... slice print as gc's
     * "... argument" (see the parser's printer) */
    int packed = n->ival > 0 ? (int)n->ival - 1 : n->list.len;
    for (int i = 0; i < n->list.len && i < packed; i++) {
        Node *a = n->list.data[i];
        Type *pt = ir_empty_iface(); /* panic's */
        if (ft) {
            int np = ft->params.len;
            if (ft->variadic && i >= np - 1 && !n->flag)
                pt = ty_under(((Field *)ft->params.data[np - 1])->type)->elem;
            else
                pt = i < np ? ((Field *)ft->params.data[i])->type : NULL;
        }
        const char *s = ast_expr_str(a);
        if (pt && ty_is_iface(pt) && a->type && !ty_is_iface(a->type) && a->type->kind != TY_UNTYPED_NIL) {
            s = ir_conv_text(pt, s);
            any = true;
        }
        vec_push(&texts, (void *)s);
    }
    if (any) {
        ast_print_expr(b, f);
        sb_putc(b, '(');
        for (int i = 0; i < texts.len; i++)
            sb_printf(b, "%s%s", i ? ", " : "", (const char *)texts.data[i]);
        if (n->ival > 0)
            sb_printf(b, "%s... argument...)", texts.len ? ", " : "");
        else if (n->ival < 0)
            sb_printf(b, "%snil...)", texts.len ? ", " : "");
        else
            sb_puts(b, n->flag ? "...)" : ")");
    }
    free(texts.data);
    return any;
}

/* Code of another package of the program, inlined here, prints as gc
 * prints a body it read from export data: names of that package carry
 * its name (a.x), constants are typed values (a.T(0), string("s")). */
static bool foreign_hook(StrBuf *b, Node *n) {
    Package *p = ir_foreign_package(n);
    if (!p)
        return false;
    if (n->cval && n->type && n->kind != N_FUNCLIT) {
        Type *t = ty_is_untyped(n->type) ? ty_default(n->type) : n->type;
        if (t && !ty_is_untyped(t)) {
            sb_puts(b, ir_conv_text(t, cv_str(n->cval)));
            return true;
        }
    }
    if (n->kind == N_CALL && call_with_conversions(b, n))
        return true;
    if (n->kind == N_NAME && n->sym && n->sym->pos.line > 0 &&
        (n->sym->kind == SYM_VAR || n->sym->kind == SYM_CONST || n->sym->kind == SYM_FUNC ||
         n->sym->kind == SYM_TYPE)) {
        sb_printf(b, "%s.%s", ty_pkg_qual(p->path), n->name);
        return true;
    }
    return false;
}

static bool print_hook(StrBuf *b, const Node *cn) {
    Node *n = (Node *)cn;
    int prec = ast_print_prec; /* before any printing below changes it */
    if (n->kind == N_CALL && ast_call_unpacked && ast_call_unpacked(n) && unreached_method_call(b, n))
        return true;
    const char *text = call_text(n);
    if (text) {
        sb_puts(b, text);
        return true;
    }
    if (n->kind == N_SELECTOR && ir_recv_text(n->a)) {
        sb_printf(b, "%s.%s", ir_recv_text(n->a), n->name);
        return true;
    }
    if (n->kind == N_CALL && ir_recv_text(n->a)) {
        sb_puts(b, ir_recv_text(n->a));
        ast_print_args(b, n);
        return true;
    }
    if (n->kind == N_NAME && n->sym && n->sym->kind == SYM_TYPE && n->sym->is_alias && ty_has_shape(n->sym->type)) {
        sb_puts(b, ty_gcstr(n->sym->type)); /* a type parameter, in a stenciled body: its shape */
        return true;
    }
    if (foreign_hook(b, n))
        return true;
    if (n->kind == N_NAME && !n->cval && n->sym && n->sym->pkgref && ir_cur_pkg &&
        n->sym->pkgref != ir_cur_pkg &&
        (n->sym->kind == SYM_VAR || n->sym->kind == SYM_FUNC || n->sym->kind == SYM_TYPE)) {
        /* a dot-imported name: gc qualifies it with its package */
        sb_printf(b, "%s.%s", ty_pkg_qual(n->sym->pkgref->path), n->name);
        return true;
    }
    if (n->cval || (n->kind != N_SELECTOR && n->kind != N_CALL))
        return false;
    if (n->kind == N_SELECTOR && n->a->kind == N_NAME && n->a->sym && n->a->sym->kind == SYM_PKG &&
        n->a->sym->pkgref) {
        /* pkg.F: by the package's name (not an import alias), or its path */
        sb_printf(b, "%s.%s", ty_pkg_qual(n->a->sym->pkgref->path), n->name);
        return true;
    }
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
            /* gc gives an inlined call no precedence: an operand is
             * parenthesized, (~R0) + 1; but not an operand of a string
             * concatenation (its OADDSTR prints ~R0 + "x") */
            bool concat = n->type && ty_is_string(n->type) && (prec == 5 || prec == 6);
            sb_printf(b, prec > 0 && !concat && r[0] != '(' ? "(%s)" : "%s", r);
            return true;
        }
    }
    if (n->kind == N_CALL) {
        Node *f = ast_unparen(n->a);
        Sym *m = f->sym;
        if (f->kind == N_SELECTOR && f->a->type && n->a->type && ty_under(n->a->type)->kind == TY_FUNC &&
            !(ast_unparen(f->a)->sym && ast_unparen(f->a)->sym->kind == SYM_TYPE) &&
            (!m || !m->decl || m->decl->kind != N_FUNCDECL)) {
            /* a call through an interface: x.m(a), or x.E.m(a) when m is
             * promoted from embedded interface E; a variadic one without
             * variadic arguments gets gc's explicit nil... */
            Type *ft = ty_under(n->a->type);
            Vec path = {0};
            if (!ty_is_iface(f->a->type))
                for (int d = 1; d < 16; d++) {
                    path.len = 0;
                    if (iface_path_at(f->a->type, f->name, &path, d))
                        break;
                    path.len = 0;
                }
            bool nilvar = ft->variadic && !n->flag && n->list.len == ft->params.len - 1;
            if (path.len == 0 && !nilvar) {
                free(path.data);
                return false;
            }
            ast_print_expr(b, f->a);
            for (int i = 0; i < path.len; i++)
                sb_printf(b, ".%s", (const char *)path.data[i]);
            free(path.data);
            sb_printf(b, ".%s(", f->name);
            for (int i = 0; i < n->list.len; i++) {
                if (i > 0)
                    sb_puts(b, ", ");
                ast_print_expr(b, n->list.data[i]);
            }
            if (n->flag)
                sb_puts(b, "...");
            if (nilvar)
                sb_puts(b, n->list.len > 0 ? ", nil..." : "nil...");
            sb_putc(b, ')');
            return true;
        }
        if (f->kind != N_SELECTOR || !m || m->kind != SYM_FUNC || !m->decl ||
            m->decl->kind != N_FUNCDECL || !m->decl->a || !m->decl->a->type)
            return false;
        if (ast_unparen(f->a)->sym && ast_unparen(f->a)->sym->kind == SYM_TYPE)
            return false; /* already a method expression: as written */
        Type *rt = m->decl->a->type;
        /* another package's type is qualified: (*bytes.Buffer).Write */
        if (rt->kind == TY_PTR)
            sb_printf(b, "(%s).%s(", ty_str(rt), m->name);
        else
            sb_printf(b, "%s.%s(", ty_str(rt), m->name);
        /* the receiver's temporary (RewriteNonNameCall) is the written
         * operand's, parentheses included: (&T{...}).M() */
        if (ir_recv_text(f->a))
            sb_puts(b, ir_recv_text(f->a));
        else
            ast_print_expr(b, f->a);
        /* a promoted method: gc spells out the embedded fields */
        Vec path = {0};
        if (f->a->type)
            ir_method_path(f->a->type, m->name, &path);
        Type *t = f->a->type;
        for (int i = 0; i < path.len; i++) {
            Field *fl = ty_under(t->kind == TY_PTR ? t->elem : t)->fields.data[(intptr_t)path.data[i]];
            sb_printf(b, ".%s", fl->name);
            t = fl->type;
        }
        free(path.data);
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

static bool is_string(const Node *n) {
    return n->type && n->type->kind != TY_INVALID && ty_is_string(n->type);
}

/* Whether the type expression t names a declared alias (type A = B;
 * not byte, rune or any, which gc prints by those names). */
static bool names_alias(const Node *t, int depth) {
    if (!t || depth > 32)
        return false;
    if ((t->kind == N_NAME || t->kind == N_SELECTOR) && t->sym && t->sym->kind == SYM_TYPE)
        return t->sym->is_alias && t->sym->pkgref;
    if (t->kind == N_SELECTOR)
        return false;
    if (names_alias(t->a, depth + 1) || names_alias(t->b, depth + 1))
        return true;
    for (int i = 0; i < t->list.len; i++)
        if (names_alias(t->list.data[i], depth + 1))
            return true;
    return false;
}

/* A composite literal's type as gc prints it: an elided {...} in
 * []T{{...}} by its type, T{...} (or &T{...} for an element of type *T);
 * a type written with an alias by what the alias stands for
 * (&os.PathError{...} is &fs.PathError{...}).  NULL: as written. */
static const char *elided_type(const Node *n) {
    if (!n->type)
        return NULL;
    if (n->a && !names_alias(ast_unparen(n->a), 0))
        return NULL;
    return ty_gcstr(n->type);
}

static const char *var_type(const Node *name) {
    return name->sym ? ty_gcstr(name->sym->type) : NULL;
}

/* gc's OpPrec has no entry for OMAKEMAP, OMAKECHAN, ORECOVER, OREAL,
 * OIMAG, OCOMPLEX: they print at precedence 0. */
static int call_prec(const Node *n) {
    const Node *f = n->a;
    while (f && f->kind == N_PAREN)
        f = f->a;
    if (!f || !f->sym || f->sym->kind != SYM_BUILTIN)
        return -1;
    switch (f->sym->builtin) {
    case BI_MAKE: {
        Type *t = n->type ? ty_under(n->type) : NULL;
        return t && (t->kind == TY_MAP || t->kind == TY_CHAN) ? 0 : -1;
    }
    case BI_RECOVER: case BI_REAL: case BI_IMAG: case BI_COMPLEX:
        return 0;
    default:
        return -1;
    }
}

static bool slice_addr(const Node *n) {
    const Node *x = ast_unparen(n->a);
    return x->type && ty_under(x->type)->kind == TY_ARRAY && ir_foreign_package(n);
}

void ir_install_names(void) {
    ast_slice_addr_hook = slice_addr;
    ast_call_prec = call_prec;
    ast_var_type_hook = var_type;
    ast_is_string = is_string;
    ast_print_hook = print_hook;
    ast_type_hook = elided_type;
}
