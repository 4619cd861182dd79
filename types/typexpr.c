/* typexpr.c — type expressions (types2's typexpr.go, struct.go,
 * interface.go, signature.go, validtype.go): identifiers, named types and
 * their underlying types, structs with embedded fields, interfaces,
 * function signatures, array lengths, and the check that a named type has
 * a finite size. */
#include "check.h"

#include <string.h>

/* An identifier: the object it denotes, declared first if need be. */
void ident(Checker *c, Operand *x, Node *e, Type *def, bool want_type) {
    x->mode = M_INVALID;
    x->expr = e;
    x->type = ty_invalid;
    Scope *where;
    Sym *obj = lookup_scope(c, e->name, &where);
    if (!obj) {
        if (is_blank(e->name))
            errorf(c, e->pos, "cannot use _ as value or type");
        else
            errorf(c, e->pos, "undefined: %s", e->name);
        return;
    }
    e->sym = obj;
    if (obj->generic) {
        errorf(c, e->pos, "minigo does not support type parameters (generics): cannot use generic %s %s",
               obj->kind == SYM_TYPE ? "type" : "function", obj->name);
        return;
    }
    Type *t = obj->type;
    if (!t || (obj->kind == SYM_TYPE && want_type)) {
        obj_decl(c, obj, def);
        t = obj->type;
    }
    Sym *dot = pm_get(&c->dotimports, obj);
    if (dot)
        dot->used = true;
    switch (obj->kind) {
    case SYM_PKG:
        errorf(c, e->pos, "use of package %s not in selector", obj->name);
        return;
    case SYM_CONST:
        add_decl_dep(c, obj);
        if (!t || t == ty_invalid)
            return;
        if (obj == universe_iota) {
            if (!c->env.iota) {
                errorf(c, e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x->val = c->env.iota;
        } else
            x->val = obj->cval ? obj->cval : cv_unknown();
        x->mode = M_CONST;
        break;
    case SYM_TYPE:
        x->mode = M_TYPEXPR;
        break;
    case SYM_VAR:
        if (!obj->pkg || strcmp(obj->pkg, c->pkg->path) == 0)
            obj->used = true;
        if (where && !obj->captured) {
            /* a local of an enclosing function: captured by a closure */
            bool inside = false;
            for (Scope *s = c->env.scope; s; s = s->outer) {
                if (s == where) {
                    inside = true;
                    break;
                }
                if (s->is_func)
                    break;
            }
            if (!inside)
                obj->captured = true;
        }
        add_decl_dep(c, obj);
        if (!t || t == ty_invalid)
            return;
        x->mode = M_VAR;
        break;
    case SYM_FUNC:
        add_decl_dep(c, obj);
        x->mode = M_VALUE;
        break;
    case SYM_BUILTIN:
        x->id = obj->builtin;
        x->mode = M_BUILTIN;
        break;
    case SYM_NIL:
        x->mode = M_NIL;
        break;
    default:
        return;
    }
    x->type = t ? t : ty_invalid;
}

Type *typ(Checker *c, Node *e) { return defined_type(c, e, NULL); }

/* An interface that embeds non-interface types (a union of types, in a
 * type constraint) has no method set of its own. */
static bool is_method_set(Type *t, int depth) {
    Type *u = ty_under(t);
    if (!u || u->kind != TY_IFACE || depth > 100)
        return true;
    for (int i = 0; i < u->embeddeds.len; i++) {
        Type *e = u->embeddeds.data[i];
        Type *eu = ty_under(e);
        if (eu == ty_invalid)
            continue;
        if (!eu || eu->kind != TY_IFACE || !is_method_set(eu, depth + 1))
            return false;
    }
    return true;
}

static void check_var_type_action(Checker *c, void *a, void *b, void *d) {
    (void)d;
    Type *t = a;
    Node *e = b;
    if (ty_is_iface(t) && !is_method_set(t, 0))
        soft_errorf(c, start_pos(e), "cannot use type %s outside a type constraint: interface contains type constraints",
                    type_str(t));
}

Type *var_type(Checker *c, Node *e) {
    Type *t = defined_type(c, e, NULL);
    later(c, check_var_type_action, t, e, NULL);
    return t;
}

static Type *typ_internal(Checker *c, Node *e, Type *def);

Type *defined_type(Checker *c, Node *e, Type *def) {
    if (++c->depth > 2000) {
        c->depth--;
        errorf(c, e->pos, "type expression nested too deeply");
        return ty_invalid;
    }
    Type *t = typ_internal(c, e, def);
    c->depth--;
    e->type = t;
    return t;
}

bool is_type_expr_syntax(Node *n) {
    switch (n->kind) {
    case N_PTRTYPE: case N_SLICETYPE: case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE: case N_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

/* ---- array lengths ---- */

static int64_t array_length(Checker *c, Node *e) {
    if (e->kind == N_NAME) {
        Sym *obj = lookup(c, e->name);
        if (!obj) {
            errorf(c, e->pos, "undeclared name %s for array length", e->name);
            return -1;
        }
        if (obj->kind != SYM_CONST) {
            errorf(c, e->pos, "invalid array length %s", e->name);
            return -1;
        }
    }
    Operand x = {0};
    expr(c, &x, e);
    if (x.mode != M_CONST) {
        if (x.mode != M_INVALID)
            errorf(c, opd_pos(&x), "array length %s must be constant", opd_str(c, &x));
        return -1;
    }
    if (ty_is_untyped(x.type) || ty_is_integer(x.type)) {
        ConstVal *v = cv_to_int(x.val);
        if (v->kind == CV_INT) {
            if (representable_const(v, ty_int, NULL)) {
                int64_t n;
                if (cv_int64_val(v, &n) && n >= 0)
                    return n;
                errorf(c, opd_pos(&x), "invalid array length %s", opd_str(c, &x));
                return -1;
            }
        }
    }
    if (x.val->kind == CV_UNKNOWN)
        return -1;
    errorf(c, opd_pos(&x), "array length %s must be integer", opd_str(c, &x));
    return -1;
}

/* ---- structs ---- */

static Node *embedded_field_ident(Node *e) {
    switch (e->kind) {
    case N_NAME:
        return e;
    case N_INSTANCE:
        return embedded_field_ident(e->a);
    case N_PTRTYPE:
    case N_UNARY: {
        if (e->kind == N_UNARY && e->op != OP_DEREF)
            return NULL;
        Node *base = e->a;
        if ((base->kind == N_PTRTYPE) || (base->kind == N_UNARY && base->op == OP_DEREF))
            return NULL;
        return embedded_field_ident(base);
    }
    case N_SELECTOR: {
        Node *n = name_node(e->pos, e->name);
        n->pos.col++;
        return n;
    }
    default:
        return NULL;
    }
}

static void embedded_check_action(Checker *c, void *a, void *b, void *d) {
    (void)d;
    Type *t = a;
    Node *tn = b;
    Pos pos = start_pos(tn);
    bool is_ptr = false;
    if (t->kind == TY_PTR) {
        t = t->elem;
        is_ptr = true;
    }
    Type *u = ty_under(t);
    if (t == ty_invalid || !u)
        return;
    if (u->kind == TY_UNSAFEPTR)
        errorf(c, pos, "embedded field type cannot be unsafe.Pointer");
    else if (u->kind == TY_PTR)
        errorf(c, pos, "embedded field type cannot be a pointer");
    else if (u->kind == TY_IFACE && is_ptr)
        errorf(c, pos, "embedded field type cannot be a pointer to an interface");
}

static void struct_type(Checker *c, Type *st, Node *e) {
    Type *t = NULL;
    Node *prev = NULL;
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.data[i];
        if (i == 0 || f->a != prev) {
            t = var_type(c, f->a);
            prev = f->a;
        }
        const char *name;
        Pos pos;
        bool embedded = false;
        Type *ft = t;
        if (f->name) {
            name = f->name;
            pos = f->pos;
        } else {
            pos = start_pos(f->a);
            Node *id = embedded_field_ident(f->a);
            if (!id) {
                errorf(c, pos, "invalid embedded field type %s", expr_str(f->a));
                name = "_";
                ft = ty_invalid;
            } else {
                name = id->kind == N_NAME ? id->name : "_";
                later(c, embedded_check_action, t, f->a, NULL);
            }
            embedded = true;
        }
        Field *fld = NEW(Field);
        fld->name = name;
        fld->type = ft;
        fld->pos = pos;
        fld->embedded = embedded;
        fld->tag = f->str;
        if (!is_exported(name))
            fld->pkg = c->pkg->path;
        if (!is_blank(name)) {
            Field *alt = NULL;
            for (int k = 0; k < st->fields.len; k++) {
                Field *o = st->fields.data[k];
                if (strcmp(o->name, name) == 0) {
                    alt = o;
                    break;
                }
            }
            if (alt) {
                errorf(c, pos, "%s redeclared\n\t%s: other declaration of %s", name, pos_str(perm, alt->pos),
                       name);
                continue;
            }
        }
        vec_push(&st->fields, fld);
    }
}

/* ---- interfaces ---- */

static int field_name_cmp(const void *a, const void *b) {
    const Field *x = *(Field *const *)a, *y = *(Field *const *)b;
    return strcmp(x->name, y->name);
}

/* The complete method set of an interface: its own methods and those of
 * the interfaces it embeds, sorted by name (types2's type set). */
Vec *iface_methods(Type *t) {
    Type *u = ty_under(t);
    if (!u || u->kind != TY_IFACE)
        return NULL;
    if (u->state == 1 || u == ty_any)
        return &u->methods;
    if (u->state == 2) /* computing: an invalid recursive interface */
        return &u->methods;
    u->state = 2;
    Vec all = {0};
    for (int i = 0; i < u->explicit_methods.len; i++)
        vec_push(&all, u->explicit_methods.data[i]);
    for (int i = 0; i < u->embeddeds.len; i++) {
        Type *et = u->embeddeds.data[i];
        Type *eu = ty_under(et);
        if (!eu || eu->kind != TY_IFACE)
            continue;
        Vec *ms = iface_methods(eu);
        for (int k = 0; ms && k < ms->len; k++) {
            Field *m = ms->data[k];
            bool dup = false;
            for (int j = 0; j < all.len; j++)
                if (strcmp(((Field *)all.data[j])->name, m->name) == 0)
                    dup = true;
            if (!dup)
                vec_push(&all, m);
        }
    }
    /* explicit duplicates stay out */
    Vec uniq = {0};
    for (int i = 0; i < all.len; i++) {
        Field *m = all.data[i];
        bool dup = false;
        for (int j = 0; j < uniq.len; j++)
            if (strcmp(((Field *)uniq.data[j])->name, m->name) == 0)
                dup = true;
        if (!dup)
            vec_push(&uniq, m);
    }
    free(all.data);
    if (uniq.len > 1)
        qsort(uniq.data, (size_t)uniq.len, sizeof(void *), field_name_cmp);
    u->methods = uniq;
    u->state = 1;
    return &u->methods;
}

Field *iface_lookup(Type *iface, const char *name) {
    Vec *ms = iface_methods(iface);
    for (int i = 0; ms && i < ms->len; i++) {
        Field *m = ms->data[i];
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

/* Duplicate methods (types2's computeInterfaceTypeSet): an explicit
 * method twice, or an embedded method of another type than one already
 * there; positions are those of the methods or of the embedded types. */
static void iface_dups_action(Checker *c, void *a, void *b, void *d) {
    (void)b;
    (void)d;
    Type *t = a;
    Vec seen = {0}, seenpos = {0};
    for (int i = 0; i < t->explicit_methods.len; i++) {
        Field *m = t->explicit_methods.data[i];
        bool dup = false;
        for (int j = 0; j < seen.len; j++) {
            Field *o = seen.data[j];
            if (strcmp(o->name, m->name) == 0) {
                errorf(c, m->pos, "duplicate method %s\n\t%s: other declaration of %s", m->name,
                       pos_str(perm, *(Pos *)seenpos.data[j]), m->name);
                dup = true;
                break;
            }
        }
        if (!dup) {
            vec_push(&seen, m);
            vec_push(&seenpos, &m->pos);
        }
    }
    for (int i = 0; i < t->embeddeds.len; i++) {
        Type *eu = ty_under(t->embeddeds.data[i]);
        if (!eu || eu->kind != TY_IFACE)
            continue;
        Pos *epos = NEW(Pos);
        if (i < t->embed_nodes.len)
            *epos = start_pos(t->embed_nodes.data[i]);
        Vec *ms = iface_methods(eu);
        for (int k = 0; ms && k < ms->len; k++) {
            Field *m = ms->data[k];
            bool dup = false;
            for (int j = 0; j < seen.len; j++) {
                Field *o = seen.data[j];
                if (strcmp(o->name, m->name) == 0) {
                    dup = true;
                    if (o != m && !ty_identical(o->type, m->type))
                        errorf(c, *epos, "duplicate method %s\n\t%s: other declaration of %s", m->name,
                               pos_str(perm, *(Pos *)seenpos.data[j]), m->name);
                    break;
                }
            }
            if (!dup) {
                vec_push(&seen, m);
                vec_push(&seenpos, epos);
            }
        }
    }
    free(seen.data);
    free(seenpos.data);
    iface_methods(t);
}

static void interface_type(Checker *c, Type *it, Node *e, Type *def) {
    it->state = 2; /* under construction: no method set yet */
    for (int i = 0; i < e->list.len; i++) {
        Node *f = e->list.data[i];
        if (!f->name) {
            Type *et = typ(c, f->a);
            vec_push(&it->embeddeds, et);
            vec_push(&it->embed_nodes, f->a);
            continue;
        }
        if (is_blank(f->name)) {
            errorf(c, f->pos, "methods must have a unique non-blank name");
            continue;
        }
        Type *sig = ty_new(TY_FUNC);
        Scope *scope = NULL;
        func_type(c, sig, NULL, f->a, &scope);
        f->a->type = sig;
        Field *recv = NEW(Field);
        recv->type = def ? def : it;
        sig->recv = recv;
        Field *m = NEW(Field);
        m->name = f->name;
        m->type = sig;
        m->pos = f->pos;
        if (!is_exported(f->name))
            m->pkg = c->pkg->path;
        Sym *ms = sym_new(SYM_FUNC, f->name, sig, f->pos);
        ms->resolve = 1;
        ms->pkg = c->pkg->path;
        m->sym = ms;
        f->sym = ms;
        vec_push(&it->explicit_methods, m);
    }
    if (it->explicit_methods.len == 0 && it->embeddeds.len == 0) {
        it->state = 1;
        return;
    }
    it->state = 0; /* its method set is computed on first use */
    vec_push(&c->ifaces, it);
    later(c, iface_dups_action, it, NULL, NULL);
}

/* ---- signatures ---- */

static void collect_params(Checker *c, Scope *scope, Vec *list, bool variadic_ok, Vec *out,
                           bool *variadic, VarClass vc) {
    Type *t = NULL;
    Node *prev = NULL;
    for (int i = 0; i < list->len; i++) {
        Node *f = list->data[i];
        Node *ft = f->a;
        if (!ft)
            continue;
        if (i == 0 || ft != prev) {
            prev = ft;
            Node *tn = ft;
            if (ft->kind == N_ELLIPSIS) {
                tn = ft->a;
                if (variadic_ok && i == list->len - 1)
                    *variadic = true;
                else
                    soft_errorf(c, ft->pos, "can only use ... with final parameter in list");
            }
            t = var_type(c, tn);
            ft->type = t;
        }
        Field *p = NEW(Field);
        p->name = f->name;
        p->type = t;
        p->pos = f->pos;
        vec_push(out, p);
        const char *name = f->name;
        if (!name && vc == VC_RESULT)
            name = arena_printf(perm, "~r%d", i);
        Sym *s = sym_new(SYM_VAR, name ? name : "_", t, f->pos);
        s->vclass = vc;
        s->used = true;
        s->resolve = 1;
        s->decl = f;
        f->sym = s;
        p->sym = s;
        if (f->name && !is_blank(f->name))
            declare(c, scope, s);
    }
    if (*variadic && out->len) {
        Field *last = vec_last(out);
        last->type = ty_slice(last->type);
        Node *lf = vec_last(list);
        if (lf->sym)
            lf->sym->type = last->type;
        lf->a->type = last->type;
    }
}

static void recv_check_action(Checker *c, void *a, void *b, void *d) {
    (void)d;
    Type *rt0 = a;
    Node *recv = b;
    Type *rt = rt0->kind == TY_PTR ? rt0->elem : rt0;
    if (rt == ty_invalid)
        return;
    Pos pos = recv->name ? recv->pos : start_pos(recv->a);
    if (rt->kind == TY_NAMED) {
        if (rt->orig)
            return; /* an instance's method, checked with the generic type */
        if (rt->pkg && strcmp(rt->pkg, c->pkg->path) != 0) {
            errorf(c, pos, "cannot define new methods on non-local type %s", type_str(rt));
            return;
        }
        if (!rt->pkg) { /* error */
            errorf(c, pos, "cannot define new methods on non-local type %s", type_str(rt));
            return;
        }
        Type *u = ty_under(rt);
        const char *cause = NULL;
        if (u->kind == TY_UNSAFEPTR)
            cause = "unsafe.Pointer";
        else if (u->kind == TY_PTR || u->kind == TY_IFACE)
            cause = "pointer or interface type";
        if (cause)
            errorf(c, pos, "invalid receiver type %s (%s)", type_str(rt), cause);
    } else if (ty_is_basic(rt)) {
        errorf(c, pos, "cannot define new methods on non-local type %s", type_str(rt));
    } else {
        errorf(c, pos, "invalid receiver type %s", type_str(rt0));
    }
}

/* A signature (and its receiver): params and results are declared in a new
 * function scope, returned in *scope_out for the body. */
void func_type(Checker *c, Type *sig, Node *recv, Node *ftype, Scope **scope_out) {
    Scope *scope = scope_new(c->env.scope, true);
    if (scope_out)
        *scope_out = scope;
    /* the parameters' types are resolved where the signature stands, not
     * in its own scope (func f(time int64, d time.Duration): time is the
     * package there) */
    if (recv) {
        Vec rl = {0}, one = {0};
        bool v = false;
        vec_push(&one, recv);
        collect_params(c, scope, &one, false, &rl, &v, VC_PARAM);
        Field *r = rl.len ? rl.data[0] : NULL;
        if (r) {
            sig->recv = r;
            recv->type = r->type;
            later(c, recv_check_action, r->type, recv, NULL);
        }
        free(one.data);
        free(rl.data);
    }
    bool variadic = false, dummy = false;
    collect_params(c, scope, &ftype->list, true, &sig->params, &variadic, VC_PARAM);
    collect_params(c, scope, &ftype->list2, false, &sig->results, &dummy, VC_RESULT);
    sig->variadic = variadic;
    ftype->type = sig;
}

/* ---- the type expression itself ---- */

static Type *typ_internal(Checker *c, Node *e, Type *def) {
    Operand x = {0};
    switch (e->kind) {
    case N_NAME:
        ident(c, &x, e, def, true);
        goto named;
    case N_SELECTOR:
        selector(c, &x, e, def);
    named:
        switch (x.mode) {
        case M_TYPEXPR:
            set_underlying(def, x.type);
            return x.type;
        case M_INVALID:
            break;
        case M_NOVALUE:
            errorf(c, opd_pos(&x), "%s used as type", opd_str(c, &x));
            break;
        default:
            errorf(c, opd_pos(&x), "%s is not a type", opd_str(c, &x));
        }
        break;
    case N_PAREN:
        return defined_type(c, e->a, def);
    case N_INDEX: {
        Type *t = inst_type_expr(c, e);
        if (t) {
            set_underlying(def, t);
            return t;
        }
        goto expr_default;
    }
    case N_INSTANCE: { /* an instance of go1.19's own generic type */
        Type *t = inst_type_expr(c, e);
        if (t) {
            set_underlying(def, t);
            return t;
        }
        typ_internal(c, e->a, NULL);
        return ty_invalid;
    }
    case N_ARRAYTYPE: {
        Type *t = ty_new(TY_ARRAY);
        set_underlying(def, t);
        if (e->b)
            t->len = array_length(c, e->b);
        else {
            errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
            t->len = -1;
        }
        t->elem = var_type(c, e->a);
        if (t->len >= 0)
            return t;
        break;
    }
    case N_SLICETYPE: {
        Type *t = ty_new(TY_SLICE);
        set_underlying(def, t);
        t->elem = var_type(c, e->a);
        return t;
    }
    case N_ELLIPSIS:
        errorf(c, e->pos, "invalid use of '...'");
        use_expr(c, e->a);
        break;
    case N_STRUCTTYPE: {
        Type *t = ty_new(TY_STRUCT);
        set_underlying(def, t);
        struct_type(c, t, e);
        return t;
    }
    case N_PTRTYPE:
    case N_UNARY:
        if (e->kind == N_PTRTYPE || e->op == OP_DEREF) {
            if (!def) {
                Type *elem = var_type(c, e->a);
                return elem == ty_invalid ? ty_invalid : ty_ptr(elem);
            }
            Type *t = ty_new(TY_PTR);
            t->size = t->align = 8;
            t->elem = ty_invalid;
            set_underlying(def, t);
            t->elem = var_type(c, e->a);
            if (t->elem == ty_invalid)
                return ty_invalid;
            return t;
        }
        errorf(c, start_pos(e), "%s is not a type", expr_str(e));
        use_expr(c, e);
        break;
    case N_FUNCTYPE: {
        Type *t = ty_new(TY_FUNC);
        set_underlying(def, t);
        func_type(c, t, NULL, e, NULL);
        return t;
    }
    case N_IFACETYPE: {
        Type *t = ty_new(TY_IFACE);
        set_underlying(def, t);
        interface_type(c, t, e, def);
        return t;
    }
    case N_MAPTYPE: {
        Type *t = ty_new(TY_MAP);
        set_underlying(def, t);
        t->key = var_type(c, e->a);
        t->elem = var_type(c, e->b);
        extern void map_key_action(Checker *, void *, void *, void *);
        later(c, map_key_action, t, e->a, NULL);
        return t;
    }
    case N_CHANTYPE: {
        Type *t = ty_new(TY_CHAN);
        set_underlying(def, t);
        t->len = e->ival;
        t->elem = var_type(c, e->a);
        return t;
    }
    default:
    expr_default:
        errorf(c, start_pos(e), "%s is not a type", expr_str(e));
        use_expr(c, e);
        break;
    }
    set_underlying(def, ty_invalid);
    return ty_invalid;
}

void map_key_action(Checker *c, void *a, void *b, void *d) {
    (void)d;
    Type *t = a;
    Node *key = b;
    if (!ty_comparable(t->key) && t->key != ty_invalid)
        errorf(c, start_pos(key), "invalid map key type %s", type_str(t->key));
}

/* ---- finite size (types2's validType) ---- */

static bool valid_type0(Checker *c, Type *t, Vec *nest, Vec *path) {
    if (!t)
        return true;
    switch (t->kind) {
    case TY_ARRAY:
        return valid_type0(c, t->elem, nest, path);
    case TY_STRUCT:
        for (int i = 0; i < t->fields.len; i++)
            if (!valid_type0(c, ((Field *)t->fields.data[i])->type, nest, path))
                return false;
        return true;
    case TY_IFACE:
        for (int i = 0; i < t->embeddeds.len; i++)
            if (!valid_type0(c, t->embeddeds.data[i], nest, path))
                return false;
        return true;
    case TY_NAMED: {
        if (pm_get(&c->valids, t))
            return true;
        if (ty_under(t) == ty_invalid)
            return false;
        for (int i = 0; i < nest->len; i++) {
            if (nest->data[i] == t) {
                t->underlying = ty_invalid;
                for (int start = 0; start < path->len; start++) {
                    if (path->data[start] == t) {
                        int n = path->len - start;
                        Sym **cyc = arena_alloc(perm, sizeof(Sym *) * (size_t)n);
                        for (int k = 0; k < n; k++)
                            cyc[k] = ((Type *)path->data[start + k])->sym;
                        cycle_error(c, cyc, n);
                        return false;
                    }
                }
                return false;
            }
        }
        if (!t->sym || !t->pkg || strcmp(t->pkg, c->pkg->path) != 0)
            return true; /* imported types are valid */
        vec_push(nest, t);
        vec_push(path, t);
        bool ok = valid_type0(c, t->rhs ? t->rhs : t->underlying, nest, path);
        nest->len--;
        path->len--;
        if (!ok)
            return false;
        pm_put(&c->valids, t, t);
        return true;
    }
    default:
        return true;
    }
}

void valid_type(Checker *c, Type *t) {
    Vec nest = {0}, path = {0};
    valid_type0(c, t, &nest, &path);
    free(nest.data);
    free(path.data);
}
