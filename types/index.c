/* index.c — composite literals, indexing and slicing (types2's expr.go
 * composite literal case and index.go): struct literals by position or by
 * field name, array and slice literals with constant indices, map literals
 * with duplicate constant keys, constant indices checked against known
 * lengths, 3-index slices. */
#include "check.h"

#include <string.h>

/* ---- composite literals ---- */

static int64_t indexed_elts(Checker *c, Vec *elts, Type *t, int64_t length) {
    PtrMap visited = {0}; /* index+1 -> mark */
    int64_t index = 0, max = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->data[i];
        bool valid_index = false;
        Node *eval = e;
        if (e->kind == N_KEYVAL) {
            Type *it = NULL;
            int64_t k = check_index(c, e->a, length, &it);
            if (it != ty_invalid) {
                if (k >= 0) {
                    index = k;
                    valid_index = true;
                } else
                    errorf(c, e->pos, "index %s must be integer constant", expr_str(e->a));
            }
            eval = e->b;
        } else if (length >= 0 && index >= length) {
            errorf(c, start_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
        } else
            valid_index = true;
        if (valid_index) {
            void *key = (void *)(uintptr_t)(index + 1);
            if (pm_get(&visited, key))
                errorf(c, e->kind == N_KEYVAL ? e->pos : start_pos(e),
                       "duplicate index %lld in array or slice literal", (long long)index);
            pm_put(&visited, key, key);
        }
        index++;
        if (index > max)
            max = index;
        Operand x = {0};
        expr_with_hint(c, &x, eval, t);
        assignment(c, &x, t, "array or slice literal");
    }
    free(visited.keys);
    free(visited.vals);
    return max;
}

static Field *struct_field_by_name(Type *st, const char *pkg, const char *name, int *idx) {
    if (is_blank(name))
        return NULL;
    for (int i = 0; i < st->fields.len; i++) {
        Field *f = st->fields.data[i];
        if (strcmp(f->name, name) == 0 && (is_exported(name) || !f->pkg || !pkg || strcmp(f->pkg, pkg) == 0)) {
            if (idx)
                *idx = i;
            return f;
        }
    }
    return NULL;
}

bool composite_lit(Checker *c, Operand *x, Node *e, Type *hint) {
    Type *t = NULL, *base = NULL;
    if (e->a) {
        Node *tn = ast_unparen(e->a);
        if (tn->kind == N_ARRAYTYPE && !tn->b) {
            t = ty_new(TY_ARRAY);
            t->len = -1;
            t->elem = var_type(c, tn->a);
            base = t;
        } else {
            t = typ(c, e->a);
            base = t;
        }
    } else if (hint) {
        t = hint;
        base = t;
        Type *u = ty_under(t);
        if (u && u->kind == TY_PTR)
            base = u->elem;
    } else {
        errorf(c, e->pos, "missing type in composite literal");
        return false;
    }
    Type *u = ty_under(base);
    switch (u ? u->kind : TY_INVALID) {
    case TY_STRUCT: {
        if (e->list.len == 0)
            break;
        Vec *fields = &u->fields;
        if (((Node *)e->list.data[0])->kind == N_KEYVAL) {
            char *visited = calloc((size_t)fields->len + 1, 1);
            for (int i = 0; i < e->list.len; i++) {
                Node *kv = e->list.data[i];
                if (kv->kind != N_KEYVAL) {
                    errorf(c, start_pos(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Node *key = kv->a;
                expr(c, x, kv->b);
                if (key->kind != N_NAME) {
                    errorf(c, kv->pos, "invalid field name %s in struct literal", expr_str(key));
                    continue;
                }
                int fi = -1;
                Field *f = struct_field_by_name(u, c->pkg->path, key->name, &fi);
                if (!f) {
                    errorf(c, key->pos, "unknown field '%s' in struct literal of type %s", key->name,
                           type_str(base));
                    continue;
                }
                key->type = f->type;
                assignment(c, x, f->type, "struct literal");
                if (visited[fi]) {
                    errorf(c, kv->pos, "duplicate field name %s in struct literal", key->name);
                    continue;
                }
                visited[fi] = 1;
            }
            free(visited);
        } else {
            for (int i = 0; i < e->list.len; i++) {
                Node *el = e->list.data[i];
                if (el->kind == N_KEYVAL) {
                    errorf(c, el->pos, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                expr(c, x, el);
                if (i >= fields->len) {
                    errorf(c, opd_pos(x), "too many values in %s{…}", type_str(base));
                    break;
                }
                Field *f = fields->data[i];
                if (!is_exported(f->name) && f->pkg && strcmp(f->pkg, c->pkg->path) != 0) {
                    errorf(c, opd_pos(x), "implicit assignment to unexported field %s in %s literal", f->name,
                           type_str(t));
                    continue;
                }
                assignment(c, x, f->type, "struct literal");
            }
            if (e->list.len < fields->len)
                errorf(c, e->pos2.line ? e->pos2 : e->pos, "too few values in %s{…}", type_str(base));
        }
        break;
    }
    case TY_ARRAY: {
        if (!u->elem) {
            errorf(c, e->pos, "illegal cycle in type declaration");
            return false;
        }
        int64_t n = indexed_elts(c, &e->list, u->elem, u->len);
        if (u->len < 0) {
            u->len = n;
            u->size = -1;
            if (e->a)
                e->a->type = u;
        }
        break;
    }
    case TY_SLICE:
        indexed_elts(c, &e->list, u->elem, -1);
        break;
    case TY_MAP: {
        Vec seen_vals = {0}, seen_types = {0};
        bool key_iface = ty_is_iface(u->key);
        for (int i = 0; i < e->list.len; i++) {
            Node *kv = e->list.data[i];
            if (kv->kind != N_KEYVAL) {
                errorf(c, start_pos(kv), "missing key in map literal");
                continue;
            }
            expr_with_hint(c, x, kv->a, u->key);
            assignment(c, x, u->key, "map literal");
            if (x->mode == M_INVALID)
                continue;
            if (x->mode == M_CONST) {
                bool dup = false;
                for (int k = 0; k < seen_vals.len; k++) {
                    ConstVal *o = seen_vals.data[k];
                    if (cv_equal(o, x->val) && (!key_iface || ty_identical(seen_types.data[k], x->type))) {
                        dup = true;
                        break;
                    }
                }
                vec_push(&seen_vals, x->val);
                vec_push(&seen_types, x->type);
                if (dup) {
                    errorf(c, opd_pos(x), "duplicate key %s in map literal", cv_str(x->val));
                    continue;
                }
            }
            expr_with_hint(c, x, kv->b, u->elem);
            assignment(c, x, u->elem, "map literal");
        }
        free(seen_vals.data);
        free(seen_types.data);
        break;
    }
    default:
        for (int i = 0; i < e->list.len; i++) {
            Node *el = e->list.data[i];
            if (el->kind == N_KEYVAL)
                el = el->b;
            use_expr(c, el);
        }
        if (u && u != ty_invalid && t != ty_invalid) {
            errorf(c, e->pos, "invalid composite literal type %s", type_str(t));
            return false;
        }
        if (!u || u == ty_invalid)
            return false;
    }
    x->mode = M_VALUE;
    x->type = t;
    return true;
}

/* ---- indexing and slicing ---- */

bool is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative) {
    if (x->mode == M_INVALID)
        return false;
    convert_untyped(c, x, ty_int);
    if (x->mode == M_INVALID)
        return false;
    if (!ty_is_integer(x->type)) {
        errorf(c, opd_pos(x), "invalid argument: %s %s must be integer", what, opd_str(c, x));
        return false;
    }
    if (x->mode == M_CONST) {
        if (!allow_negative && cv_sign(x->val) < 0) {
            errorf(c, opd_pos(x), "invalid argument: %s %s must not be negative", what, opd_str(c, x));
            return false;
        }
        ConstVal *r = x->val;
        if (!representable_const(x->val, ty_int, &r)) {
            errorf(c, opd_pos(x), "invalid argument: %s %s overflows int", what, opd_str(c, x));
            return false;
        }
        x->val = r;
    }
    return true;
}

/* types2's index: the constant value of an index (or -1), checked against
 * max when max >= 0. */
int64_t check_index(Checker *c, Node *index, int64_t max, Type **typ_out) {
    *typ_out = ty_invalid;
    Operand x = {0};
    expr(c, &x, index);
    if (!is_valid_index(c, &x, "index", false))
        return -1;
    if (x.mode != M_CONST) {
        *typ_out = x.type;
        return -1;
    }
    if (x.val->kind == CV_UNKNOWN)
        return -1;
    int64_t v = 0;
    cv_int64_val(x.val, &v);
    if (max >= 0 && v >= max) {
        errorf(c, opd_pos(&x), "invalid argument: index %s out of bounds [0:%lld]", cv_str(x.val),
               (long long)max);
        return -1;
    }
    *typ_out = x.type;
    return v;
}

/* Returns true if e is a generic function instantiation (never here). */
bool index_expr(Checker *c, Operand *x, Node *e) {
    expr_or_type(c, x, e->a);
    switch (x->mode) {
    case M_INVALID:
        use_expr(c, e->b);
        return false;
    case M_TYPEXPR:
        errorf(c, start_pos(e), "%s is not a generic type", type_str(x->type));
        x->mode = M_INVALID;
        use_expr(c, e->b);
        return false;
    default:
        break;
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = ty_under(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        valid = true;
        if (x->mode == M_CONST)
            length = x->val->slen;
        x->mode = M_VALUE;
        x->type = ty_byte;
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != M_VAR)
            x->mode = M_VALUE;
        x->type = u->elem;
        break;
    case TY_PTR: {
        Type *a = ty_under(u->elem);
        if (a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->mode = M_VAR;
            x->type = a->elem;
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        x->mode = M_VAR;
        x->type = u->elem;
        break;
    case TY_MAP: {
        Operand key = {0};
        expr(c, &key, e->b);
        assignment(c, &key, u->key, "map index");
        x->mode = M_MAPINDEX;
        x->type = u->elem;
        x->expr = e;
        return false;
    }
    default:
        break;
    }
    if (!valid) {
        errorf(c, e->pos, "invalid operation: cannot index %s", opd_str(c, x));
        x->mode = M_INVALID;
        use_expr(c, e->b);
        return false;
    }
    Type *it;
    check_index(c, e->b, length, &it);
    return false;
}

void slice_expr(Checker *c, Operand *x, Node *e) {
    expr(c, x, e->a);
    Node *idx[3] = {e->b, e->c, e->d};
    if (x->mode == M_INVALID) {
        for (int i = 0; i < 3; i++)
            if (idx[i])
                use_expr(c, idx[i]);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = ty_under(x->type);
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (e->flag) { /* 3-index */
            Node *at = e->d ? e->d : e;
            errorf(c, start_pos(at), "invalid operation: 3-index slice of string");
            x->mode = M_INVALID;
            return;
        }
        valid = true;
        if (x->mode == M_CONST)
            length = x->val->slen;
        if (ty_is_untyped(x->type))
            x->type = ty_string;
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != M_VAR) {
            errorf(c, opd_pos(x), "invalid operation: %s (slice of unaddressable value)", opd_str(c, x));
            x->mode = M_INVALID;
            return;
        }
        x->type = ty_slice(u->elem);
        break;
    case TY_PTR: {
        Type *a = ty_under(u->elem);
        if (a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->type = ty_slice(a->elem);
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        break;
    default:
        break;
    }
    if (!valid) {
        errorf(c, opd_pos(x), "cannot slice %s", opd_str(c, x));
        x->mode = M_INVALID;
        return;
    }
    x->mode = M_VALUE;
    if (e->flag && (!e->c || !e->d)) {
        x->mode = M_INVALID;
        return; /* the parser reported it */
    }
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            Type *it;
            int64_t k = check_index(c, idx[i], max, &it);
            if (k >= 0)
                v = k;
        } else if (i == 0)
            v = 0;
        else if (length >= 0)
            v = length;
        ind[i] = v;
    }
    for (int i = 0; i < 2; i++) {
        if (ind[i] > 0) {
            for (int j = i + 1; j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    errorf(c, start_pos(idx[j]), "invalid slice indices: %lld < %lld", (long long)ind[j],
                           (long long)ind[i]);
                    return;
                }
            }
        }
    }
}

