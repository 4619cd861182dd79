/* lookup.c — fields and methods (types2's lookup.go): promotion through
 * embedded fields, breadth first, with collisions at one depth being
 * ambiguous; method sets of pointer and value receivers; interface
 * satisfaction with gc's "does not implement" reasons; assignability
 * (operand.go) and convertibility (conversions.go). */
#include "check.h"

#include <ctype.h>
#include <string.h>

static bool same_id(const char *name, const char *namepkg, const char *pkg, const char *want) {
    if (strcmp(name, want) != 0)
        return false;
    if (is_exported(name) || !pkg || !namepkg)
        return true;
    return strcmp(namepkg, pkg) == 0;
}

static bool fold_eq(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
    return *a == *b;
}

typedef struct Embedded {
    Type *typ;
    Vec *path;      /* of Field* */
    bool indirect;
    bool multiples;
} Embedded;

static Vec *path_plus(Vec *p, Field *f) {
    Vec *v = NEW(Vec);
    for (int i = 0; p && i < p->len; i++)
        vec_push(v, p->data[i]);
    if (f)
        vec_push(v, f);
    return v;
}

static Sym *named_method(Type *named, const char *pkg, const char *name, bool fold) {
    for (int i = 0; i < named->methods.len; i++) {
        Sym *m = named->methods.data[i];
        if ((fold ? fold_eq(m->name, name) : strcmp(m->name, name) == 0) &&
            (is_exported(m->name) || !pkg || !m->pkg || strcmp(m->pkg, pkg) == 0))
            return m;
    }
    return NULL;
}

static bool lookup0(Type *t, bool addressable, const char *pkg, const char *name, bool fold,
                    Selection *sel) {
    memset(sel, 0, sizeof *sel);
    if (is_blank(name))
        return false;
    bool is_ptr = false;
    Type *typ = t;
    if (t->kind == TY_PTR) {
        typ = t->elem;
        is_ptr = true;
        if (ty_is_iface(typ))
            return false;
    }
    Vec current = {0};
    Embedded *e0 = NEW(Embedded);
    e0->typ = typ;
    e0->indirect = is_ptr;
    vec_push(&current, e0);
    PtrMap seen = {0};
    bool found = false;
    bool result = false;
    for (int depth = 0; current.len > 0 && depth < 100; depth++) {
        Vec next = {0};
        for (int ci = 0; ci < current.len; ci++) {
            Embedded *e = current.data[ci];
            Type *ty = e->typ;
            if (ty->kind == TY_NAMED) {
                if (pm_get(&seen, ty))
                    continue;
                pm_put(&seen, ty, ty);
                Sym *m = named_method(ty, pkg, name, fold);
                if (m) {
                    if (found || e->multiples) {
                        sel->ambiguous = true;
                        sel->field = NULL;
                        sel->method = NULL;
                        goto out;
                    }
                    found = true;
                    sel->method = m;
                    sel->path = *path_plus(e->path, NULL);
                    sel->indirect = e->indirect;
                    continue;
                }
            }
            Type *u = ty_under(ty);
            if (!u)
                continue;
            if (u->kind == TY_STRUCT) {
                for (int i = 0; i < u->fields.len; i++) {
                    Field *f = u->fields.data[i];
                    if (fold ? fold_eq(f->name, name) : same_id(f->name, f->pkg, pkg, name)) {
                        if (found || e->multiples) {
                            sel->ambiguous = true;
                            sel->field = NULL;
                            sel->method = NULL;
                            goto out;
                        }
                        found = true;
                        sel->field = f;
                        sel->path = *path_plus(e->path, NULL);
                        sel->indirect = e->indirect;
                        continue;
                    }
                    if (!found && f->embedded) {
                        Embedded *ne = NEW(Embedded);
                        Type *ft = f->type;
                        bool p = false;
                        if (ft->kind == TY_PTR) {
                            ft = ft->elem;
                            p = true;
                        }
                        ne->typ = ft;
                        ne->path = path_plus(e->path, f);
                        ne->indirect = e->indirect || p;
                        ne->multiples = e->multiples;
                        vec_push(&next, ne);
                    }
                }
            } else if (u->kind == TY_IFACE) {
                Vec *ms = iface_methods(u);
                for (int i = 0; ms && i < ms->len; i++) {
                    Field *m = ms->data[i];
                    if (fold ? fold_eq(m->name, name) : same_id(m->name, m->pkg, pkg, name)) {
                        if (found || e->multiples) {
                            sel->ambiguous = true;
                            sel->field = NULL;
                            sel->method = NULL;
                            goto out;
                        }
                        found = true;
                        sel->imethod = m;
                        sel->method = m->sym;
                        sel->path = *path_plus(e->path, NULL);
                        sel->indirect = e->indirect;
                        break;
                    }
                }
            }
        }
        if (found) {
            if (sel->method && !sel->imethod && sel->method->ptr_recv && !sel->indirect && !addressable) {
                Selection keep = *sel;
                memset(sel, 0, sizeof *sel);
                sel->ptr_needed = true;
                sel->method = keep.method;
                free(next.data);
                goto out;
            }
            result = true;
            free(next.data);
            goto out;
        }
        /* consolidate multiples: one entry per type, flagged if repeated */
        Vec cons = {0};
        for (int i = 0; i < next.len; i++) {
            Embedded *ne = next.data[i];
            bool dup = false;
            for (int k = 0; k < cons.len; k++) {
                Embedded *o = cons.data[k];
                if (ty_identical(o->typ, ne->typ)) {
                    o->multiples = true;
                    dup = true;
                    break;
                }
            }
            if (!dup)
                vec_push(&cons, ne);
        }
        free(next.data);
        free(current.data);
        current = cons;
    }
out:
    free(current.data);
    free(seen.keys);
    free(seen.vals);
    return result;
}

/* types2's LookupFieldOrMethod. */
bool lookup_field_or_method(Type *t, bool addressable, const char *pkg, const char *name, Selection *sel) {
    if (t->kind == TY_NAMED && t->shape) /* a type parameter: its constraint's methods */
        return t->bound && lookup0(t->bound, false, pkg, name, false, sel) && sel->imethod;
    if (t->kind == TY_NAMED) {
        Type *u = ty_under(t);
        if (u && u->kind == TY_PTR) {
            bool ok = lookup0(u, false, pkg, name, false, sel);
            if (ok && sel->method) {
                memset(sel, 0, sizeof *sel);
                return false;
            }
            return ok;
        }
    }
    return lookup0(t, addressable, pkg, name, false, sel);
}

/* ---- method sets and interfaces ---- */

const char *ifunc_string(Field *m) {
    StrBuf b = {0};
    sb_puts(&b, m->name);
    const char *sig = type_str(m->type);
    sb_puts(&b, sig + 4); /* drop "func" */
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

const char *func_string(Sym *m) {
    StrBuf b = {0};
    sb_puts(&b, m->name);
    const char *sig = m->type ? type_str(m->type) : "func()";
    sb_puts(&b, sig + 4);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

bool is_iface_ptr(Type *t) {
    Type *u = ty_under(t);
    return u && u->kind == TY_PTR && ty_is_iface(u->elem);
}

/* types2's missingMethod: the first method of iface that v lacks (*alt
 * is a method with the right name but wrong type or receiver, or with
 * another case). */
Field *missing_method(Checker *c, Type *v, Type *iface, bool is_static, Sym **alt, Field **ialt) {
    *alt = NULL;
    if (ialt)
        *ialt = NULL;
    Vec *tms = iface_methods(iface);
    if (!tms || tms->len == 0)
        return NULL;
    Type *vu = ty_under(v);
    if (vu && vu->kind == TY_IFACE) {
        for (int i = 0; i < tms->len; i++) {
            Field *m = tms->data[i];
            Field *f = iface_lookup(vu, m->name);
            if (!f) {
                if (!is_static)
                    continue;
                return m;
            }
            if (!ty_identical(f->type, m->type)) {
                *alt = f->sym;
                if (ialt)
                    *ialt = f;
                return m;
            }
        }
        return NULL;
    }
    for (int i = 0; i < tms->len; i++) {
        Field *m = tms->data[i];
        Selection sel;
        bool found = lookup0(v, false, m->pkg, m->name, false, &sel);
        Sym *f = found ? sel.method : NULL;
        bool is_field = found && !sel.method;
        if (!found) {
            Selection s2;
            if (lookup0(ty_ptr(v), false, m->pkg, m->name, false, &s2))
                f = s2.method, is_field = !s2.method;
            else {
                Selection s3;
                if (lookup0(v, false, m->pkg, m->name, true, &s3))
                    f = s3.method, is_field = !s3.method;
            }
        }
        if (is_field || !f)
            return m;
        if (c && c->pkg && f->kind == SYM_FUNC && !f->type)
            obj_decl(c, f, NULL);
        if (!found || !f->type || !ty_identical(f->type, m->type)) {
            *alt = f;
            return m;
        }
    }
    return NULL;
}

const char *missing_method_reason(Checker *c, Type *v, Type *t, Field *m, Sym *alt, Field *ialt) {
    (void)c;
    (void)ialt;
    const char *mname = arena_printf(perm, "%s method", m->name);
    if (alt) {
        if (strcmp(m->name, alt->name) != 0)
            return arena_printf(perm, "(missing %s)\n\t\thave %s\n\t\twant %s", mname, func_string(alt),
                                ifunc_string(m));
        if (alt->type && ty_identical(m->type, alt->type))
            return arena_printf(perm, "(%s has pointer receiver)", mname);
        return arena_printf(perm, "(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname, func_string(alt),
                            ifunc_string(m));
    }
    if (is_iface_ptr(v))
        return arena_printf(perm, "(type %s is pointer to interface, not interface)", type_str(v));
    if (is_iface_ptr(t))
        return arena_printf(perm, "(type %s is pointer to interface, not interface)", type_str(t));
    return arena_printf(perm, "(missing %s)", mname);
}

/* types2's implements: NULL if v implements t, else the reason. */
const char *implements(Checker *c, Type *v, Type *t) {
    Type *vu = ty_under(v), *tu = ty_under(t);
    if (vu == ty_invalid || tu == ty_invalid || !vu || !tu)
        return NULL;
    if (vu->kind == TY_PTR && ty_under(vu->elem) == ty_invalid)
        return NULL;
    if (tu->kind != TY_IFACE) {
        if (is_iface_ptr(tu))
            return arena_printf(perm, "%s does not implement %s (type %s is pointer to interface, not interface)",
                                type_str(v), type_str(t), type_str(t));
        return arena_printf(perm, "%s does not implement %s (%s is not an interface)", type_str(v),
                            type_str(t), type_str(t));
    }
    Vec *ms = iface_methods(tu);
    if (!ms || ms->len == 0)
        return NULL;
    Sym *alt;
    Field *ialt;
    Field *m = missing_method(c, v, tu, true, &alt, &ialt);
    if (m)
        return arena_printf(perm, "%s does not implement %s %s", type_str(v), type_str(t),
                            missing_method_reason(c, v, t, m, alt, ialt));
    return NULL;
}

/* ---- assignability and conversions ---- */

/* types2's hasName: basic and named types */
static bool has_name(Type *t) { return t->kind == TY_NAMED || t->kind <= TY_UNTYPED_NIL; }

bool assignable_to(Checker *c, Operand *x, Type *T, const char **reason) {
    if (x->mode == M_INVALID || T == ty_invalid)
        return true;
    Type *V = x->type;
    if (ty_identical(V, T))
        return true;
    Type *Vu = ty_under(V), *Tu = ty_under(T);
    if (ty_is_untyped(Vu)) {
        Type *nt = NULL;
        ConstVal *nv = NULL;
        int code = implicit_type_and_value(c, x, T, &nt, &nv);
        return code == 0 && nt != NULL;
    }
    if (ty_identical(Vu, Tu) && (!has_name(V) || !has_name(T)))
        return true;
    if (Tu->kind == TY_IFACE || is_iface_ptr(Tu)) {
        const char *why = implements(c, V, T);
        if (why) {
            if (reason)
                *reason = why;
            return false;
        }
        return true;
    }
    if (Vu->kind == TY_IFACE) {
        if (!implements(c, T, V)) {
            if (reason)
                *reason = "need type assertion";
            return false;
        }
    }
    if (Vu->kind == TY_CHAN && Vu->len == CHAN_BOTH && Tu->kind == TY_CHAN &&
        ty_identical(Vu->elem, Tu->elem))
        return !has_name(V) || !has_name(T);
    return false;
}

static bool is_bytes_or_runes(Type *t) {
    Type *u = ty_under(t);
    if (u->kind != TY_SLICE)
        return false;
    Type *e = ty_under(u->elem);
    return e->kind == TY_UINT8 || e->kind == TY_INT32;
}

bool convertible_to(Checker *c, Operand *x, Type *T, const char **cause) {
    if (assignable_to(c, x, T, cause))
        return true;
    Type *V = x->type;
    Type *Vu = ty_under(V), *Tu = ty_under(T);
    if (ty_identical_ignore_tags(Vu, Tu))
        return true;
    if (V->kind == TY_PTR && T->kind == TY_PTR &&
        ty_identical_ignore_tags(ty_under(V->elem), ty_under(T->elem)))
        return true;
    if ((ty_is_integer(Vu) || ty_is_float(Vu)) && (ty_is_integer(Tu) || ty_is_float(Tu)))
        return true;
    if (ty_is_complex(Vu) && ty_is_complex(Tu))
        return true;
    if ((ty_is_integer(Vu) || is_bytes_or_runes(Vu)) && ty_is_string(Tu))
        return true;
    if (ty_is_string(Vu) && is_bytes_or_runes(Tu))
        return true;
    if ((Vu->kind == TY_PTR || Vu->kind == TY_UINTPTR) && Tu->kind == TY_UNSAFEPTR)
        return true;
    if (Vu->kind == TY_UNSAFEPTR && (Tu->kind == TY_PTR || Tu->kind == TY_UINTPTR))
        return true;
    if (Vu->kind == TY_SLICE && Tu->kind == TY_PTR) {
        Type *a = ty_under(Tu->elem);
        if (a->kind == TY_ARRAY && ty_identical(Vu->elem, a->elem))
            return true;
    }
    return false;
}

/* The names of the methods t has or its embedded fields (at any depth)
 * promote, interface methods included: a superset of t's method set
 * (unsorted, possibly repeated), for those who build method sets. */
static void method_names_at(Type *t, Vec *names, int depth) {
    if (!t || depth > 16)
        return;
    if (t->kind == TY_PTR)
        t = t->elem;
    if (t->kind == TY_NAMED)
        for (int i = 0; i < t->methods.len; i++)
            vec_push(names, (void *)((Sym *)t->methods.data[i])->name);
    Type *u = ty_under(t);
    if (!u)
        return;
    if (u->kind == TY_IFACE) {
        Vec *ms = iface_methods(u);
        for (int i = 0; ms && i < ms->len; i++)
            vec_push(names, (void *)((Field *)ms->data[i])->name);
    }
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = u->fields.data[i];
            if (f->embedded)
                method_names_at(f->type, names, depth + 1);
        }
}

void ty_method_names(Type *t, Vec *names) { method_names_at(t, names, 0); }
