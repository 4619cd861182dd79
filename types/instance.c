/* instance.c — instances of go1.19's own generic types.
 *
 * go1.19's standard library declares generic types in two files only
 * (sync/atomic's Pointer[T], crypto/elliptic's nistCurve[Point] with its
 * constraint nistPoint[T]); the parser accepts type parameters only in
 * GOROOT's files, and this file gives the checker what those uses need:
 *
 *   - An instance G[A1, ..., An] is a named type of its own, made once per
 *     list of identical type arguments: its underlying type is G's,
 *     checked again with each type parameter standing for its argument
 *     (an alias in a scope of its own, inside G's package and file), and
 *     its methods are G's methods with their signatures checked the same
 *     way.  Those methods have no body.
 *
 *   - gc compiles one body per GC shape (noder/stencil.go, with
 *     typecheck/subr.go's Shapify): a type argument is replaced by its
 *     shape, the named type go.shape.U_I where U is the argument's
 *     underlying type (every pointer type has the shape *uint8) and I the
 *     parameter's index.  The package that uses an instance compiles the
 *     methods of its shape instance, G[go.shape...], for itself (gc marks
 *     them Dupok and does not report their parameters' leaks), after its
 *     own functions.  Here each such method is a copy of G's method
 *     declaration, checked with the type parameters standing for the
 *     shapes, and added to the package's functions; once the package is
 *     checked, its calls of an instance's methods are made calls of the
 *     shape instance's (ty_shaped_method).  gc inlines those only where
 *     an argument has a shape (inline.c), so never from ordinary code.
 *     A stencil of another package's generic type is placed at its
 *     method's name in "$GOROOT/src/...", as gc reads it from export data.
 *
 *   - A shape knows its constraint (Type.bound): a method call on a value
 *     of the type parameter selects the constraint's method, and becomes
 *     what gc makes of it, a call of a function value read from the
 *     dictionary with the receiver as first argument (gc's
 *     `(func(go.shape...) ...)(dict entry)(p, args)`): escape analysis
 *     sees a call of an unknown function, as gc's does; nothing is
 *     devirtualized.
 *
 *   - A package also compiles the shape methods of the instances it meets
 *     in the declarations it imports (see "instances gc meets in export
 *     data" below).
 *
 * A program's own code never gets here: the parser refuses its type
 * parameters and the checker its uses of std's generic types (a shape
 * method compiles for -m, not to machine code: no runtime defines the
 * dictionary's entries).
 */
#include "check.h"

#include <stdint.h>
#include <string.h>

/* A generic type declaration and what was made of it. */
typedef struct Generic {
    Sym *sym;
    Node *tdecl;
    Scope *file;
    Package *pkg;
    Vec methods;  /* of Node* (FUNCDECL) */
    Vec mfiles;   /* of Scope*: their files */
    Vec insts;    /* of Type*: instances with ordinary type arguments */
} Generic;

static PtrMap generics;     /* Sym* -> Generic* */
static Vec pending;         /* of Node*: generic methods whose type is not yet known */
static Vec pending_files;   /* of Scope* */
static Vec pending_pkgs;    /* of Package* */

/* Shape instances and their methods are the compiled package's own. */
typedef struct ShapeInst {
    Package *pkg;
    Type *type;   /* G[go.shape...] */
} ShapeInst;
static Vec shape_insts;     /* of ShapeInst* */
static Vec shapes;          /* of Type*: shape types (per package: Type.shape_pkg) */

static PtrMap dict_sels;    /* SELECTOR nodes: x.M of a shape x, by its constraint */

static Generic *generic_of(Sym *s) { return s ? pm_get(&generics, s) : NULL; }

/* ---- declarations ---- */

void inst_declare_type(Checker *c, Sym *obj, Node *tdecl, Scope *file) {
    Generic *g = NEW(Generic);
    g->sym = obj;
    g->tdecl = tdecl;
    g->file = file;
    g->pkg = c->pkg;
    pm_put(&generics, obj, g);
}

void inst_declare_method(Checker *c, Node *fdecl, Scope *file) {
    vec_push(&pending, fdecl);
    vec_push(&pending_files, file);
    vec_push(&pending_pkgs, c->pkg);
}

/* The receiver's base type name and its type parameters' names. */
static Node *recv_instance(Node *fdecl) {
    Node *t = fdecl->a ? fdecl->a->a : NULL;
    while (t && (t->kind == N_PAREN || t->kind == N_PTRTYPE || (t->kind == N_UNARY && t->op == OP_DEREF)))
        t = t->a;
    return t && (t->kind == N_INSTANCE || t->kind == N_INDEX) ? t : NULL;
}

static void tparam_names(Node *inst, Vec *out) {
    if (inst->kind == N_INDEX)
        vec_push(out, inst->b);
    else
        for (int i = 0; i < inst->list.len; i++)
            vec_push(out, inst->list.data[i]);
}

/* Attaches the pending methods declared in g's package to g. */
static void gather_methods(Generic *g) {
    for (int i = 0; i < pending.len; i++) {
        Node *fd = pending.data[i];
        if (!fd || pending_pkgs.data[i] != g->pkg)
            continue;
        Node *ri = recv_instance(fd);
        if (!ri || ri->a->kind != N_NAME || strcmp(ri->a->name, g->sym->name) != 0)
            continue;
        vec_push(&g->methods, fd);
        vec_push(&g->mfiles, pending_files.data[i]);
        pending.data[i] = NULL;
    }
}

/* ---- syntax copies ---- */

static Node *clone(Node *n, PtrMap *memo) {
    if (!n)
        return NULL;
    Node *done = pm_get(memo, n);
    if (done)
        return done;
    Node *m = NEW(Node);
    *m = *n;
    pm_put(memo, n, m);
    m->type = NULL;
    m->sym = NULL;
    m->cval = NULL;
    m->aux = NULL;
    m->a = clone(n->a, memo);
    m->b = clone(n->b, memo);
    m->c = clone(n->c, memo);
    m->d = clone(n->d, memo);
    m->list = (Vec){0};
    m->list2 = (Vec){0};
    for (int i = 0; i < n->list.len; i++)
        vec_push(&m->list, clone(n->list.data[i], memo));
    for (int i = 0; i < n->list2.len; i++)
        vec_push(&m->list2, clone(n->list2.data[i], memo));
    return m;
}

/* ---- names ---- */


static const char *instance_name(Sym *gen, Type **targs, int n) {
    StrBuf b = {0};
    sb_printf(&b, "%s[", gen->name);
    for (int i = 0; i < n; i++) {
        if (i)
            sb_putc(&b, ',');
        ty_print_link(&b, targs[i]);
    }
    sb_putc(&b, ']');
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

/* ---- instantiation ---- */

/* enter makes g's package, the given file and a scope binding the type
 * parameters' names to targs the checker's context; leave restores the
 * caller's. */
typedef struct Saved {
    Package *pkg;
    Env env;
    const char *local;
    bool instantiating;
} Saved;

static Scope *enter(Checker *c, Saved *sv, Generic *g, Scope *file, Vec *names, Type **targs) {
    sv->pkg = c->pkg;
    sv->env = c->env;
    sv->local = ty_local_pkg;
    sv->instantiating = c->instantiating;
    c->instantiating = true;
    Scope *s = scope_new(g->pkg->scope, false);
    for (int i = 0; i < names->len; i++) {
        Node *nm = names->data[i];
        if (nm->kind != N_NAME || is_blank(nm->name))
            continue;
        Sym *p = sym_new(SYM_TYPE, nm->name, targs[i], nm->pos);
        p->is_alias = true;
        p->resolve = 1;
        p->pkg = g->pkg->path;
        p->pkgref = g->pkg;
        scope_insert(s, p);
    }
    c->pkg = g->pkg;
    memset(&c->env, 0, sizeof c->env);
    c->env.scope = s;
    c->env.file = file;
    return s;
}

static void leave(Checker *c, Saved *sv) {
    c->pkg = sv->pkg;
    c->env = sv->env;
    ty_local_pkg = sv->local;
    c->instantiating = sv->instantiating;
}

static void tdecl_params(Generic *g, Vec *names) {
    for (int i = 0; i < g->tdecl->list.len; i++) {
        Node *f = g->tdecl->list.data[i];
        vec_push(names, name_node(f->pos, f->name ? f->name : "_"));
    }
}

static bool same_targs(Type *inst, Type **targs, int n) {
    if (inst->targs.len != n)
        return false;
    for (int i = 0; i < n; i++)
        if (!ty_identical(inst->targs.data[i], targs[i]))
            return false;
    return true;
}

static Type *make_instance(Checker *c, Generic *g, Type **targs, int n, Package *owner);

/* A method of instance inst: a copy of G's declaration, its signature
 * checked with the receiver's type parameters bound to the type
 * arguments.  Its body, if any, is checked by method_body. */
typedef struct Pending {
    Sym *m;
    Generic *g;
    int mi;
    Scope *scope;
} Pending;

static Sym *instance_method(Checker *c, Generic *g, Type *inst, int mi, Pending *later_body) {
    PtrMap memo = {0};
    Node *fd = clone(g->methods.data[mi], &memo);
    free(memo.keys);
    free(memo.vals);
    Vec names = {0};
    tparam_names(recv_instance(fd), &names);
    Saved sv;
    enter(c, &sv, g, g->mfiles.data[mi], &names, (Type **)inst->targs.data);
    Sym *m = sym_new(SYM_FUNC, fd->name, NULL, fd->pos);
    m->pkg = g->pkg->path;
    m->pkgref = g->pkg;
    m->recv_of = inst->sym;
    m->resolve = 1;
    m->decl = fd;
    fd->sym = m;
    Node *rt = fd->a->a;
    while (rt->kind == N_PAREN)
        rt = rt->a;
    m->ptr_recv = rt->kind == N_PTRTYPE || (rt->kind == N_UNARY && rt->op == OP_DEREF);
    Type *sig = ty_new(TY_FUNC);
    m->type = sig;
    Scope *scope = NULL;
    func_type(c, sig, fd->a, fd->b, &scope);
    leave(c, &sv);
    free(names.data);
    if (later_body) {
        m->dupok = true;
        later_body->m = m;
        later_body->g = g;
        later_body->mi = mi;
        later_body->scope = scope;
    } else
        fd->c = NULL; /* the shape instance's method is the one compiled */
    return m;
}

static void method_body(Checker *c, Pending *p) {
    Node *fd = p->m->decl;
    if (!fd->c)
        return;
    Type *inst = p->m->recv_of->type;
    Vec names = {0};
    tparam_names(recv_instance(fd), &names);
    Saved sv;
    enter(c, &sv, p->g, p->g->mfiles.data[p->mi], &names, (Type **)inst->targs.data);
    DeclInfo *di = NEW(DeclInfo);
    di->file = p->g->mfiles.data[p->mi];
    di->fdecl = fd;
    func_body(c, di, p->m->name, p->m->type, p->scope, fd->c, NULL);
    leave(c, &sv);
    free(names.data);
}

static Type *make_instance(Checker *c, Generic *g, Type **targs, int n, Package *owner) {
    Type *inst = ty_new(TY_NAMED);
    inst->name = instance_name(g->sym, targs, n);
    inst->pkg = g->sym->pkg;
    inst->orig = g->sym;
    for (int i = 0; i < n; i++)
        vec_push(&inst->targs, targs[i]);
    Sym *ts = sym_new(SYM_TYPE, inst->name, inst, g->sym->pos);
    ts->pkg = g->sym->pkg;
    ts->pkgref = g->pkg;
    ts->resolve = 1;
    inst->sym = ts;
    if (owner) {
        ShapeInst *si = NEW(ShapeInst);
        si->pkg = owner;
        si->type = inst;
        vec_push(&shape_insts, si);
    } else
        vec_push(&g->insts, inst);

    Vec names = {0};
    tdecl_params(g, &names);
    Saved sv;
    enter(c, &sv, g, g->file, &names, targs);
    Type *rhs = defined_type(c, g->tdecl->a, inst);
    inst->rhs = rhs;
    if (!inst->underlying)
        inst->underlying = ty_invalid;
    while (inst->underlying->kind == TY_NAMED && inst->underlying->underlying)
        inst->underlying = inst->underlying->underlying;
    leave(c, &sv);
    free(names.data);
    if (ty_is_iface(inst))
        iface_methods(inst->underlying);

    gather_methods(g);
    for (int i = 0; i < g->methods.len; i++)
        vec_push(&inst->methods, instance_method(c, g, inst, i, NULL));
    return inst;
}

/* The generic type e names (NAME or pkg.NAME), or NULL. */
static Sym *generic_operand(Checker *c, Node *e) {
    e = ast_unparen(e);
    Sym *s = NULL;
    if (e->kind == N_NAME)
        s = lookup(c, e->name);
    else if (e->kind == N_SELECTOR && e->a->kind == N_NAME) {
        Sym *p = lookup(c, e->a->name);
        if (p && p->kind == SYM_PKG && p->pkgref) {
            s = scope_lookup(p->pkgref->scope, e->name);
            if (s && generic_of(s)) {
                p->used = true;
                e->a->sym = p;
            }
        }
    }
    if (!s || !s->generic || s->kind != SYM_TYPE || !generic_of(s))
        return NULL;
    e->sym = s;
    return s;
}

static void note_instance(Checker *c, Type *inst) {
    if (c->instantiating)
        return;
    Vec *v = &c->pkg->instances;
    for (int i = 0; i < v->len; i++)
        if (v->data[i] == inst)
            return;
    vec_push(v, inst);
}

Type *inst_instantiate(Checker *c, Sym *gen, Type **targs, int n, Pos pos) {
    Generic *g = generic_of(gen);
    if (!g)
        return ty_invalid;
    if (n != g->tdecl->list.len) {
        errorf(c, pos, "got %d type arguments but %s has %d type parameters", n, gen->name,
               g->tdecl->list.len);
        return ty_invalid;
    }
    Package *shape_pkg = NULL;
    for (int i = 0; i < n; i++) {
        if (targs[i] == ty_invalid)
            return ty_invalid;
        if (targs[i]->kind == TY_NAMED && targs[i]->shape && !shape_pkg)
            shape_pkg = targs[i]->shape_pkg;
    }
    if (shape_pkg) {
        for (int i = 0; i < shape_insts.len; i++) {
            ShapeInst *si = shape_insts.data[i];
            if (si->type->orig == gen && same_targs(si->type, targs, n))
                return si->type;
        }
        /* a shape instance is the compiled package's: the shapes say which */
        return make_instance(c, g, targs, n, shape_pkg);
    }
    for (int i = 0; i < g->insts.len; i++) {
        Type *t = g->insts.data[i];
        if (same_targs(t, targs, n)) {
            note_instance(c, t);
            return t;
        }
    }
    Type *t = make_instance(c, g, targs, n, NULL);
    note_instance(c, t);
    return t;
}

/* N_INSTANCE (G[A, B]) or N_INDEX (G[A]) used as a type: the instance, or
 * NULL when e's operand is not a generic type. */
Type *inst_type_expr(Checker *c, Node *e) {
    Sym *gen = generic_operand(c, e->a);
    if (!gen)
        return NULL;
    if (!c->generics) {
        errorf(c, start_pos(e->a), "minigo does not support type parameters (generics): cannot use generic type %s",
               gen->name);
        return ty_invalid;
    }
    Vec args = {0};
    tparam_names(e, &args);
    Type **targs = arena_alloc(perm, sizeof(Type *) * (size_t)(args.len + 1));
    for (int i = 0; i < args.len; i++)
        targs[i] = var_type(c, args.data[i]);
    Type *t = inst_instantiate(c, gen, targs, args.len, e->pos);
    free(args.data);
    e->type = t;
    return t;
}

/* ---- shapes ---- */

/* The shape of type argument t for parameter index i in package pkg. */
static Type *shape_of(Package *pkg, Type *t, int i) {
    Type *u = ty_under(t);
    if (u->kind == TY_PTR)
        u = ty_ptr(ty_uint8);
    for (int k = 0; k < shapes.len; k++) {
        Type *s = shapes.data[k];
        if (s->shape_pkg == pkg && s->len == i && ty_identical(s->underlying, u))
            return s;
    }
    Type *s = ty_new(TY_NAMED);
    StrBuf b = {0};
    sb_puts(&b, "go.shape.");
    ty_print_link(&b, u);
    sb_printf(&b, "_%d", i);
    s->name = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    s->underlying = u;
    s->rhs = u;
    s->shape = true;
    s->len = i;
    s->shape_pkg = pkg;
    Sym *ts = sym_new(SYM_TYPE, s->name, s, (Pos){0});
    ts->resolve = 1;
    s->sym = ts;
    vec_push(&shapes, s);
    return s;
}

/* Binds each shape's constraint, instantiated with the shapes. */
static void bind_shapes(Checker *c, Generic *g, Type **sh, int n) {
    Vec names = {0};
    tdecl_params(g, &names);
    for (int i = 0; i < n; i++) {
        if (sh[i]->bound)
            continue;
        Node *f = g->tdecl->list.data[i];
        Saved sv;
        enter(c, &sv, g, g->file, &names, sh);
        Type *b = f->a ? typ(c, f->a) : ty_any;
        leave(c, &sv);
        if (b != ty_invalid && ty_is_iface(b) && iface_methods(ty_under(b))->len)
            sh[i]->bound = b;
    }
    free(names.data);
}

static void rewrite_package(Package *pkg);
static int foreign_file(int file, Package *gpkg);
static void move_positions(Node *n, int from, int to, int depth);

/* ---- instances gc meets in export data ----
 *
 * gc reads an imported declaration when the package refers to it, and
 * with a named type it reads the whole type: its underlying type and its
 * methods' signatures, and so the named types those mention, whichever
 * package declares them.  An instance of a generic type met that way
 * (token.FileSet's field of type atomic.Pointer[File]) is one the package
 * compiles the methods of, as it does its own instances. */

typedef struct Reach {
    Checker *c;
    PtrMap seen;
} Reach;

static void reach_type(Reach *r, Type *t, int depth);

static void reach_sym(Reach *r, Sym *s, int depth) {
    if (!s || pm_get(&r->seen, s))
        return;
    pm_put(&r->seen, s, s);
    if (s->kind == SYM_TYPE || s->kind == SYM_VAR || s->kind == SYM_FUNC || s->kind == SYM_CONST)
        reach_type(r, s->type, depth + 1);
}

static void reach_type(Reach *r, Type *t, int depth) {
    if (!t || depth > 500 || pm_get(&r->seen, t))
        return;
    pm_put(&r->seen, t, t);
    switch (t->kind) {
    case TY_NAMED:
        if (t->orig && !ty_has_shape(t))
            note_instance(r->c, t);
        reach_type(r, t->underlying, depth + 1);
        for (int i = 0; i < t->methods.len; i++)
            reach_sym(r, t->methods.data[i], depth + 1);
        break;
    case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        reach_type(r, t->elem, depth + 1);
        break;
    case TY_MAP:
        reach_type(r, t->key, depth + 1);
        reach_type(r, t->elem, depth + 1);
        break;
    case TY_STRUCT: case TY_TUPLE:
        for (int i = 0; i < t->fields.len; i++)
            reach_type(r, ((Field *)t->fields.data[i])->type, depth + 1);
        break;
    case TY_FUNC:
        for (int i = 0; i < t->params.len; i++)
            reach_type(r, ((Field *)t->params.data[i])->type, depth + 1);
        for (int i = 0; i < t->results.len; i++)
            reach_type(r, ((Field *)t->results.data[i])->type, depth + 1);
        break;
    case TY_IFACE:
        for (int i = 0; i < t->explicit_methods.len; i++)
            reach_type(r, ((Field *)t->explicit_methods.data[i])->type, depth + 1);
        for (int i = 0; i < t->embeddeds.len; i++)
            reach_type(r, t->embeddeds.data[i], depth + 1);
        break;
    default:
        break;
    }
}

/* The imported objects the package's code names. */
static void reach_refs(Reach *r, Node *n, int depth) {
    if (!n || depth > 100000)
        return;
    Sym *s = n->sym;
    if ((n->kind == N_NAME || n->kind == N_SELECTOR) && s && s->pkgref && s->pkgref != r->c->pkg)
        reach_sym(r, s, depth);
    reach_refs(r, n->a, depth + 1);
    reach_refs(r, n->b, depth + 1);
    reach_refs(r, n->c, depth + 1);
    reach_refs(r, n->d, depth + 1);
    for (int i = 0; i < n->list.len; i++)
        reach_refs(r, n->list.data[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        reach_refs(r, n->list2.data[i], depth + 1);
}

static void imported_instances(Checker *c) {
    Reach r = {c, {0}};
    for (int i = 0; i < c->pkg->files.len; i++)
        reach_refs(&r, c->pkg->files.data[i], 0);
    free(r.seen.keys);
    free(r.seen.vals);
}

/* At the end of checking a package: the methods of the shape instances
 * of the instances it uses, checked and added to its functions (after its
 * own, as gc appends them). */
void inst_finish(Checker *c) {
    Package *pkg = c->pkg;
    if (c->generics)
        imported_instances(c);
    for (int ii = 0; ii < pkg->instances.len; ii++) {
        Type *inst = pkg->instances.data[ii];
        Generic *g = generic_of(inst->orig);
        if (!g || ty_is_iface(inst))
            continue;
        int n = inst->targs.len;
        Type **sh = arena_alloc(perm, sizeof(Type *) * (size_t)n);
        for (int i = 0; i < n; i++)
            sh[i] = shape_of(pkg, inst->targs.data[i], i);
        bind_shapes(c, g, sh, n);
        Type *si = NULL;
        for (int i = 0; i < shape_insts.len; i++) {
            ShapeInst *s = shape_insts.data[i];
            if (s->pkg == pkg && s->type->orig == inst->orig && same_targs(s->type, sh, n))
                si = s->type;
        }
        if (si)
            continue;
        si = make_instance(c, g, sh, n, pkg);
        /* its methods again, with bodies this time: all signatures
         * first, as the bodies call each other */
        Pending *ps = arena_alloc(perm, sizeof(Pending) * (size_t)(si->methods.len + 1));
        for (int i = 0; i < si->methods.len; i++) {
            Sym *m = instance_method(c, g, si, i, &ps[i]);
            si->methods.data[i] = m;
            vec_push(&pkg->funcs, m);
        }
        for (int i = 0; i < si->methods.len; i++) {
            method_body(c, &ps[i]);
            Sym *m = ps[i].m;
            m->compiled_in = pkg->path;
            if (g->pkg != pkg) {
                int from = m->decl->pos.file;
                int to = foreign_file(from, g->pkg);
                move_positions(m->decl, from, to, 0);
                m->pos = m->decl->pos;
            }
        }
    }
    rewrite_package(pkg);
}

/* The method of pkg's shape instance that a method m of an instance
 * stands for (NULL if m is not one). */
Sym *ty_shaped_method(Package *pkg, Sym *m) {
    Type *inst = m && m->recv_of ? m->recv_of->type : NULL;
    if (!inst || inst->kind != TY_NAMED || !inst->orig)
        return NULL;
    int idx = -1;
    for (int i = 0; i < inst->methods.len; i++)
        if (inst->methods.data[i] == m)
            idx = i;
    if (idx < 0)
        return NULL;
    bool shape = false;
    for (int i = 0; i < inst->targs.len; i++)
        shape = shape || ((Type *)inst->targs.data[i])->shape;
    if (shape)
        return NULL; /* m has the body */
    for (int i = 0; i < shape_insts.len; i++) {
        ShapeInst *s = shape_insts.data[i];
        if (s->pkg != pkg || s->type->orig != inst->orig || s->type->targs.len != inst->targs.len)
            continue;
        bool same = true;
        for (int k = 0; k < inst->targs.len && same; k++) {
            Type *sh = s->type->targs.data[k];
            Type *u = ty_under(inst->targs.data[k]);
            if (u->kind == TY_PTR)
                u = ty_ptr(ty_uint8);
            same = ty_identical(sh->underlying, u);
        }
        if (same && idx < s->type->methods.len)
            return s->type->methods.data[idx];
    }
    return NULL;
}

/* x.M where x's type is a shape and M its constraint's method: gc calls
 * it through the dictionary, a function value taking x first
 * (rewrite_calls makes the call so). */
void inst_dict_method(Checker *c, Node *sel) {
    (void)c;
    pm_put(&dict_sels, sel, sel);
}

bool ty_has_shape(Type *t) {
    if (!t)
        return false;
    switch (t->kind) {
    case TY_NAMED:
        if (t->shape)
            return true;
        for (int i = 0; i < t->targs.len; i++)
            if (ty_has_shape(t->targs.data[i]))
                return true;
        return false;
    case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        return ty_has_shape(t->elem);
    case TY_MAP:
        return ty_has_shape(t->key) || ty_has_shape(t->elem);
    case TY_STRUCT: case TY_TUPLE:
        for (int i = 0; i < t->fields.len; i++)
            if (ty_has_shape(((Field *)t->fields.data[i])->type))
                return true;
        return false;
    case TY_FUNC:
        for (int i = 0; i < t->params.len; i++)
            if (ty_has_shape(((Field *)t->params.data[i])->type))
                return true;
        for (int i = 0; i < t->results.len; i++)
            if (ty_has_shape(((Field *)t->results.data[i])->type))
                return true;
        return false;
    default:
        return false;
    }
}

/* The function value gc loads from the dictionary for x.M(args): a
 * package-level variable of type func(X, params) results. */
static Node *dict_func(Node *sel, Package *pkg) {
    Type *mt = sel->type;
    Type *ft = ty_new(TY_FUNC);
    Field *r = NEW(Field);
    r->type = sel->a->type;
    vec_push(&ft->params, r);
    for (int i = 0; i < mt->params.len; i++)
        vec_push(&ft->params, mt->params.data[i]);
    ft->results = mt->results;
    ft->variadic = mt->variadic;
    Sym *d = sym_new(SYM_VAR, ".dict", ft, sel->pos);
    d->vclass = VC_GLOBAL;
    d->pkg = pkg->path;
    d->pkgref = pkg;
    d->resolve = 1;
    d->used = true;
    Node *n = name_node(sel->pos, ".dict");
    n->sym = d;
    n->type = ft;
    return n;
}

/* After checking: calls of an instance's methods call the methods of
 * pkg's shape instance; calls through a constraint become calls of the
 * dictionary's function values. */
static void rewrite_calls(Package *pkg, Node *n, int depth) {
    if (!n || depth > 100000)
        return;
    if (n->kind == N_SELECTOR && n->sym && n->sym->kind == SYM_FUNC) {
        Sym *sm = ty_shaped_method(pkg, n->sym);
        if (sm)
            n->sym = sm;
    }
    if (n->kind == N_CALL) {
        Node *f = ast_unparen(n->a);
        if (f->kind == N_SELECTOR && pm_get(&dict_sels, f) && f->type && f->type->kind == TY_FUNC) {
            Vec args = {0};
            vec_push(&args, f->a);
            for (int i = 0; i < n->list.len; i++)
                vec_push(&args, n->list.data[i]);
            n->list = args;
            n->a = dict_func(f, pkg);
            if (n->ival > 0)
                n->ival++; /* the first argument packed into ... moved too */
        }
    }
    rewrite_calls(pkg, n->a, depth + 1);
    rewrite_calls(pkg, n->b, depth + 1);
    rewrite_calls(pkg, n->c, depth + 1);
    rewrite_calls(pkg, n->d, depth + 1);
    for (int i = 0; i < n->list.len; i++)
        rewrite_calls(pkg, n->list.data[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        rewrite_calls(pkg, n->list2.data[i], depth + 1);
}

static void rewrite_package(Package *pkg) {
    if (!pkg->instances.len)
        return;
    for (int i = 0; i < pkg->files.len; i++)
        rewrite_calls(pkg, pkg->files.data[i], 0);
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *f = pkg->funcs.data[i];
        if (f->dupok)
            rewrite_calls(pkg, f->decl, 0);
    }
}

/* ---- positions ---- */

/* A generic type of another package: gc knows its file from that
 * package's export data, which names GOROOT $GOROOT. */
static int foreign_file(int file, Package *gpkg) {
    static PtrMap aliases; /* file+1 -> alias+1 */
    void *got = pm_get(&aliases, (void *)(intptr_t)(file + 1));
    if (got)
        return (int)(intptr_t)got - 1;
    const char *name = file >= 0 && file < src_files.len ? src_files.data[file] : "?";
    const char *want = arena_printf(perm, "/src/%s/", gpkg->path);
    const char *at = strstr(name, want);
    int alias = file;
    if (at) {
        alias = src_add_file(arena_printf(perm, "$GOROOT%s", at));
        set_file_package(alias, gpkg);
    }
    pm_put(&aliases, (void *)(intptr_t)(file + 1), (void *)(intptr_t)(alias + 1));
    return alias;
}

static void move_positions(Node *n, int from, int to, int depth) {
    if (!n || depth > 100000)
        return;
    if (n->pos.file == from)
        n->pos.file = to;
    if (n->pos2.file == from)
        n->pos2.file = to;
    move_positions(n->a, from, to, depth + 1);
    move_positions(n->b, from, to, depth + 1);
    move_positions(n->c, from, to, depth + 1);
    move_positions(n->d, from, to, depth + 1);
    for (int i = 0; i < n->list.len; i++)
        move_positions(n->list.data[i], from, to, depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        move_positions(n->list2.data[i], from, to, depth + 1);
}
