/* export.c — the packages gc's export data of a package mentions.
 *
 * gc names a package in its diagnostics by its name (strings.Index), or
 * by its path in quotes ("crypto/subtle".ConstantTimeByteEq) when two
 * packages of that name are known to the compilation.  It knows a package
 * when the export data of a package it imports lists it: that list holds
 * every package the export data refers to (typecheck/iexport.go's
 * allPkgs), because export data is self-contained: the declarations of
 * the imported package's exported objects, and, closed under reference,
 * of every object they mention (named types with all their methods,
 * struct fields, signatures), whichever package declares it, and the
 * bodies of the inlinable functions among them, with what those bodies
 * name.  A package imported only by the imported package's code is not
 * listed.
 *
 * minigo analyses the imported packages from source, so it computes that
 * closure here and gives the checker the packages to count. */
#include "inline.h"

#include <stdlib.h>
#include <string.h>

typedef struct X {
    Vec paths;  /* of const char*: the packages found */
    Vec types;  /* of Type*: walked */
    Vec syms;   /* of Sym*: walked */
} X;

static bool seen(Vec *v, void *p) {
    for (int i = 0; i < v->len; i++)
        if (v->data[i] == p)
            return true;
    vec_push(v, p);
    return false;
}

static void add_pkg(X *x, const char *path) {
    if (!path)
        return;
    for (int i = 0; i < x->paths.len; i++)
        if (strcmp(x->paths.data[i], path) == 0)
            return;
    vec_push(&x->paths, (void *)path);
}

static void walk_sym(X *x, Sym *s);

static void walk_type(X *x, Type *t) {
    if (!t || seen(&x->types, t))
        return;
    switch (t->kind) {
    case TY_NAMED:
        add_pkg(x, t->pkg);
        walk_type(x, t->underlying);
        for (int i = 0; i < t->methods.len; i++)
            walk_sym(x, t->methods.data[i]);
        break;
    case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        walk_type(x, t->elem);
        break;
    case TY_MAP:
        walk_type(x, t->key);
        walk_type(x, t->elem);
        break;
    case TY_STRUCT: case TY_TUPLE:
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            add_pkg(x, f->pkg); /* an unexported field's name is qualified */
            walk_type(x, f->type);
        }
        break;
    case TY_FUNC:
        for (int i = 0; i < t->params.len; i++)
            walk_type(x, ((Field *)t->params.data[i])->type);
        for (int i = 0; i < t->results.len; i++)
            walk_type(x, ((Field *)t->results.data[i])->type);
        break;
    case TY_IFACE:
        for (int i = 0; i < t->explicit_methods.len; i++) {
            Field *m = t->explicit_methods.data[i];
            if (m->sym && m->name && !(m->name[0] >= 'A' && m->name[0] <= 'Z'))
                add_pkg(x, m->sym->pkg);
            walk_type(x, m->type);
        }
        for (int i = 0; i < t->embeddeds.len; i++)
            walk_type(x, t->embeddeds.data[i]);
        break;
    default:
        break;
    }
}

/* What an inlinable body names: package-level objects and the types of
 * its expressions. */
static void walk_body(X *x, Node *n, int depth) {
    if (!n || depth > 10000)
        return;
    if (n->sym && (n->kind == N_NAME || n->kind == N_SELECTOR) && n->sym->pkg &&
        n->sym->kind != SYM_PKG && n->sym->kind != SYM_LABEL)
        walk_sym(x, n->sym);
    if (n->kind != N_FUNCTYPE)
        walk_type(x, n->type);
    Node *kids[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        walk_body(x, kids[i], depth + 1);
    for (int i = 0; i < n->list.len; i++)
        walk_body(x, n->list.data[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        walk_body(x, n->list2.data[i], depth + 1);
}

static void walk_sym(X *x, Sym *s) {
    if (!s || seen(&x->syms, s))
        return;
    add_pkg(x, s->pkg);
    walk_type(x, s->type);
    if (s->kind == SYM_FUNC && s->decl && s->decl->kind == N_FUNCDECL && s->decl->c && inl_can_inline(s))
        walk_body(x, s->decl->c, 0);
}

void inl_export_packages(Package *pkg, Vec *out) {
    X x = {0};
    add_pkg(&x, pkg->path);
    /* a package std/ declares (minigo's runtime) has no bodies to walk: its
     * declaration imports what go1.19's export data of it mentions */
    if (pkg->is_std)
        for (int i = 0; i < pkg->imports.len; i++)
            add_pkg(&x, ((Package *)pkg->imports.data[i])->path);
    for (int i = 0; pkg->scope && i < pkg->scope->syms.len; i++) {
        Sym *s = pkg->scope->syms.data[i];
        if (s->name[0] >= 'A' && s->name[0] <= 'Z')
            walk_sym(&x, s);
    }
    for (int i = 0; i < x.paths.len; i++)
        vec_push(out, x.paths.data[i]);
    free(x.paths.data);
    free(x.types.data);
    free(x.syms.data);
}
