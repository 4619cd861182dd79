/* decl.c — constant, variable, type and function declarations, at package
 * level (declared on demand by obj_decl) and in function bodies (decl_stmt),
 * as types2's decl.go. */
#include "check.h"

#include <string.h>

/* "extra init expr" / "missing init expr for x" (types2's arity). */
void arity(Checker *c, Pos pos, Vec *names, Vec *inits, bool is_const, bool inherited) {
    int l = names->len, r = inits->len;
    if (l < r) {
        Node *n = inits->data[l];
        if (inherited)
            errorf(c, pos, "extra init expr at %s", pos_str(perm, n->pos));
        else
            errorf(c, start_pos(n), "extra init expr %s", expr_str(n));
    } else if (l > r && (is_const || r != 1)) {
        Node *n = names->data[r];
        errorf(c, n->pos, "missing init expr for %s", n->name);
    }
}

/* types2's initConst */
static void init_const(Checker *c, Sym *lhs, Operand *x) {
    if (x->mode == M_INVALID || x->type == ty_invalid || lhs->type == ty_invalid) {
        if (!lhs->type)
            lhs->type = ty_invalid;
        return;
    }
    if (x->mode != M_CONST) {
        errorf(c, opd_pos(x), "%s is not constant", opd_str(c, x));
        if (!lhs->type)
            lhs->type = ty_invalid;
        return;
    }
    if (!lhs->type)
        lhs->type = x->type;
    assignment(c, x, lhs->type, "constant declaration");
    if (x->mode == M_INVALID)
        return;
    lhs->cval = x->val;
}

/* obj->cval holds the constant's iota on entry. */
void const_decl(Checker *c, Sym *obj, Node *typn, Node *init, bool inherited) {
    ConstVal *saved_iota = c->env.iota;
    Pos saved_errpos = c->env.errpos;
    c->env.iota = obj->cval;
    c->env.errpos = (Pos){0};
    obj->cval = cv_unknown();
    if (typn) {
        Type *t = typ(c, typn);
        if (!ty_is_const_type(t)) {
            if (ty_under(t) != ty_invalid)
                errorf(c, start_pos(typn), "invalid constant type %s", type_str(t));
            obj->type = ty_invalid;
            c->env.iota = saved_iota;
            c->env.errpos = saved_errpos;
            return;
        }
        obj->type = t;
    }
    Operand x = {0};
    if (init) {
        if (inherited)
            c->env.errpos = obj->pos;
        expr(c, &x, init);
    }
    init_const(c, obj, &x);
    c->env.iota = saved_iota;
    c->env.errpos = saved_errpos;
}

void var_decl(Checker *c, Sym *obj, Sym **lhs, int nlhs, Node *typn, Node *init) {
    if (typn)
        obj->type = var_type(c, typn);
    if (!init) {
        if (!typn)
            obj->type = ty_invalid;
        goto done;
    }
    if (!lhs || nlhs == 1) {
        Operand x = {0};
        expr(c, &x, init);
        init_var(c, obj, &x, "variable declaration");
        goto done;
    }
    if (typn)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->type = obj->type;
    Vec rhs = {0};
    vec_push(&rhs, init);
    init_vars(c, lhs, nlhs, &rhs, NULL);
    free(rhs.data);
done:
    if (obj->type == ty_invalid)
        obj->used = true;
    for (int i = 0; i < nlhs; i++)
        if (lhs[i]->type == ty_invalid)
            lhs[i]->used = true;
    /* package-level variables sharing one initializer are declared together */
    for (int i = 0; i < nlhs; i++)
        if (lhs[i] != obj && lhs[i]->type && lhs[i]->resolve == 0)
            lhs[i]->resolve = 1;
}

static void valid_type_action(Checker *c, void *a, void *b, void *d) {
    (void)b;
    (void)d;
    Sym *obj = a;
    if (obj->type && obj->type->kind == TY_NAMED)
        valid_type(c, obj->type);
}

/* Follows a named type's chain of named underlying types (type A B) to
 * the type literal at its end; a cycle is an invalid recursive type. */
static void resolve_underlying(Checker *c, Type *n0) {
    Type *u = n0->underlying;
    if (!u || u->kind != TY_NAMED)
        return;
    PtrMap seen = {0};
    Vec path = {0};
    pm_put(&seen, n0, (void *)1);
    vec_push(&path, n0);
    Type *n = u;
    for (;;) {
        if (!n->underlying)
            goto out; /* still being declared: resolved when it completes */
        if (pm_get(&seen, n)) {
            int start = 0;
            for (int i = 0; i < path.len; i++)
                if (path.data[i] == n)
                    start = i;
            Sym **cyc = arena_alloc(perm, sizeof(Sym *) * (size_t)(path.len - start));
            int k = 0;
            for (int i = start; i < path.len; i++)
                cyc[k++] = ((Type *)path.data[i])->sym;
            cycle_error(c, cyc, k);
            u = ty_invalid;
            break;
        }
        pm_put(&seen, n, (void *)1);
        vec_push(&path, n);
        if (n->underlying->kind != TY_NAMED) {
            u = n->underlying;
            break;
        }
        n = n->underlying;
    }
    for (int i = 0; i < path.len; i++)
        ((Type *)path.data[i])->underlying = u;
out:
    free(path.data);
    free(seen.keys);
    free(seen.vals);
}

Type *named_new(Checker *c, Sym *obj) {
    Type *t = ty_new(TY_NAMED);
    t->name = obj->name;
    t->pkg = c->pkg->path;
    t->sym = obj;
    obj->type = t;
    return t;
}

void set_underlying(Type *def, Type *u) {
    if (def)
        def->underlying = u;
}

void type_decl(Checker *c, Sym *obj, Node *tdecl, Type *def) {
    later(c, valid_type_action, obj, NULL, NULL);
    if (tdecl->flag) { /* alias */
        obj->is_alias = true;
        obj->type = ty_invalid; /* a use of the alias within its own declaration */
        Type *rhs = typ(c, tdecl->a);
        obj->type = rhs;
        return;
    }
    Type *named = named_new(c, obj);
    set_underlying(def, named);
    if (decl_info(c, obj)) /* a package-level type */
        vec_push(&c->pkg->types, named);
    Type *rhs = defined_type(c, tdecl->a, named);
    named->rhs = rhs;
    if (!named->underlying)
        named->underlying = ty_invalid;
    resolve_underlying(c, named);
}

/* Attaches the methods collected for type name obj to its named type,
 * reporting duplicates (types2's collectMethods). */
static void check_field_uniqueness(Checker *c, void *a, void *b, void *d) {
    (void)b;
    (void)d;
    Type *base = a;
    Type *u = ty_under(base);
    if (!u || u->kind != TY_STRUCT)
        return;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->name || is_blank(f->name))
            continue;
        for (int k = 0; k < base->methods.len; k++) {
            Sym *m = base->methods.data[k];
            if (strcmp(m->name, f->name) == 0) {
                errorf(c, m->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                       f->name, pos_str(perm, f->pos), f->name);
                break;
            }
        }
    }
}

void collect_methods(Checker *c, Sym *tname) {
    Vec *methods = pm_get(&c->methods, tname);
    if (!methods)
        return;
    pm_del(&c->methods, tname);
    Type *base = tname->type && tname->type->kind == TY_NAMED ? tname->type : NULL;
    if (base)
        later(c, check_field_uniqueness, base, NULL, NULL);
    for (int i = 0; i < methods->len; i++) {
        Sym *m = methods->data[i];
        Sym *alt = NULL;
        if (base)
            for (int k = 0; k < base->methods.len; k++) {
                Sym *o = base->methods.data[k];
                if (strcmp(o->name, m->name) == 0) {
                    alt = o;
                    break;
                }
            }
        if (alt) {
            errorf(c, m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", tname->name,
                   m->name, pos_str(perm, alt->pos), m->name);
            continue;
        }
        if (base) {
            m->recv_of = tname;
            vec_push(&base->methods, m);
        }
    }
}

static void func_body_action(Checker *c, void *a, void *b, void *d) {
    Sym *obj = a;
    DeclInfo *di = b;
    Scope *scope = d;
    func_body(c, di, obj->name, obj->type, scope, di->fdecl->c, NULL);
}

void func_decl(Checker *c, Sym *obj, DeclInfo *d) {
    Type *sig = ty_new(TY_FUNC);
    obj->type = sig; /* guard against cycles */
    int saved = obj->resolve;
    obj->resolve = 1;
    Scope *scope = NULL;
    Node *fd = d->fdecl;
    func_type(c, sig, fd->a, fd->b, &scope);
    obj->resolve = saved;
    if (fd->c && !c->no_bodies && c->pkg->cached && !ty_cache_wants_body(c->pkg, obj))
        obj->body_skipped = true;
    else if (fd->c && !c->no_bodies)
        later(c, func_body_action, obj, d, scope);
}

/* ---- declarations in function bodies ---- */

void decl_stmt(Checker *c, Node *s) {
    Vec *list = &s->list;
    int first = -1;
    Node *last = NULL;
    for (int index = 0; index < list->len; index++) {
        Node *d = list->data[index];
        if (d->kind != N_CONSTDECL)
            first = -1;
        switch (d->kind) {
        case N_CONSTDECL: {
            int top = c->delayed.len;
            if (first < 0 || d->ival == 0) {
                first = index;
                last = NULL;
            }
            bool inherited = true;
            if (d->a || d->list2.len) {
                last = d;
                inherited = false;
            } else if (!last)
                inherited = false;
            Vec empty = {0};
            Vec *values = last ? &last->list2 : &empty;
            Sym **lhs = arena_alloc(perm, sizeof(Sym *) * (size_t)(d->list.len + 1));
            for (int i = 0; i < d->list.len; i++) {
                Node *nm = d->list.data[i];
                Sym *obj = sym_new(SYM_CONST, nm->name, NULL, nm->pos);
                obj->decl = d;
                obj->cval = cv_int64(index - first);
                obj->resolve = 1;
                lhs[i] = obj;
                Node *init = i < values->len ? values->data[i] : NULL;
                const_decl(c, obj, last ? last->a : NULL, init, inherited);
            }
            arity(c, d->pos, &d->list, values, true, inherited);
            process_delayed(c, top);
            for (int i = 0; i < d->list.len; i++) {
                Node *nm = d->list.data[i];
                nm->sym = lhs[i];
                lhs[i]->used = true;
                declare(c, c->env.scope, lhs[i]);
            }
            break;
        }
        case N_VARDECL: {
            int top = c->delayed.len;
            int nl = d->list.len, nv = d->list2.len;
            Sym **lhs0 = arena_alloc(perm, sizeof(Sym *) * (size_t)(nl + 1));
            for (int i = 0; i < nl; i++) {
                Node *nm = d->list.data[i];
                lhs0[i] = sym_new(SYM_VAR, nm->name, NULL, nm->pos);
                lhs0[i]->decl = d;
                lhs0[i]->vclass = VC_LOCAL;
                lhs0[i]->resolve = 1;
            }
            for (int i = 0; i < nl; i++) {
                Sym **lhs = NULL;
                int nlhs = 0;
                Node *init = NULL;
                if (nv == nl)
                    init = d->list2.data[i];
                else if (nv == 1) {
                    lhs = lhs0;
                    nlhs = nl;
                    init = d->list2.data[0];
                } else if (i < nv)
                    init = d->list2.data[i];
                var_decl(c, lhs0[i], lhs, nlhs, d->a, init);
                if (nv == 1)
                    break;
            }
            if (!d->a || nv)
                arity(c, d->pos, &d->list, &d->list2, false, false);
            process_delayed(c, top);
            for (int i = 0; i < nl; i++) {
                Node *nm = d->list.data[i];
                nm->sym = lhs0[i];
                nm->type = lhs0[i]->type;
                declare(c, c->env.scope, lhs0[i]);
            }
            break;
        }
        case N_TYPEDECL: {
            Sym *obj = sym_new(SYM_TYPE, d->name, NULL, d->pos);
            obj->decl = d;
            obj->used = true;
            obj->is_alias = d->flag;
            d->sym = obj;
            declare(c, c->env.scope, obj);
            obj->resolve = 2 + c->objpath.len;
            vec_push(&c->objpath, obj);
            type_decl(c, obj, d, NULL);
            c->objpath.len--;
            obj->resolve = 1;
            break;
        }
        default:
            break;
        }
    }
}
