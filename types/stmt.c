/* stmt.c — function bodies and statements (types2's stmt.go,
 * assignments.go, return.go), and the checks gc's parser makes on labels
 * and branches (syntax's branches.go), which run before type checking. */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* ---- scopes of blocks ---- */

void open_scope(Checker *c) {
    Scope *s = scope_new(c->env.scope, false);
    vec_push(&c->env.scope->children, s);
    c->env.scope = s;
}

void close_scope(Checker *c) { c->env.scope = c->env.scope->outer; }

static int sym_pos_cmp(const void *a, const void *b) {
    const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
    return pos_cmp(x->pos, y->pos);
}

/* "declared but not used", for a function's scopes (not those of the
 * function literals in it: they have their own). */
static void usage(Checker *c, Scope *s) {
    Vec unused = {0};
    for (int i = 0; i < s->syms.len; i++) {
        Sym *v = s->syms.data[i];
        if (v->kind == SYM_VAR && !v->used)
            vec_push(&unused, v);
    }
    if (unused.len > 1)
        qsort(unused.data, (size_t)unused.len, sizeof(void *), sym_pos_cmp);
    for (int i = 0; i < unused.len; i++) {
        Sym *v = unused.data[i];
        soft_errorf(c, v->pos, "%s declared but not used", v->name);
    }
    free(unused.data);
    for (int i = 0; i < s->children.len; i++) {
        Scope *ch = s->children.data[i];
        if (!ch->is_func)
            usage(c, ch);
    }
}

/* ---- terminating statements (return.go) ---- */

static bool is_terminating(Checker *c, Node *s, const char *label);
static bool has_break(Node *s, const char *label, bool implicit);

static bool is_terminating_list(Checker *c, Vec *list, const char *label) {
    for (int i = list->len - 1; i >= 0; i--) {
        Node *s = list->data[i];
        if (s->kind != N_EMPTY)
            return is_terminating(c, s, label);
    }
    return false;
}

static bool has_break_list(Vec *list, const char *label, bool implicit) {
    for (int i = 0; i < list->len; i++)
        if (has_break(list->data[i], label, implicit))
            return true;
    return false;
}

static bool has_break_cases(Vec *cases, const char *label, bool implicit) {
    for (int i = 0; i < cases->len; i++)
        if (has_break_list(&((Node *)cases->data[i])->list2, label, implicit))
            return true;
    return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
    if (!s)
        return false;
    switch (s->kind) {
    case N_LABELED:
        return has_break(s->a, label, implicit);
    case N_BRANCH:
        if (s->op == OP_BREAK) {
            if (!s->name)
                return implicit;
            if (label && strcmp(s->name, label) == 0)
                return true;
        }
        return false;
    case N_BLOCK:
        return has_break_list(&s->list, label, implicit);
    case N_IF:
        return has_break(s->c, label, implicit) || (s->d && has_break(s->d, label, implicit));
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        return label && has_break_cases(&s->list, label, false);
    case N_FOR: case N_RANGE:
        return label && has_break(s->d, label, false);
    default:
        return false;
    }
}

static bool is_terminating(Checker *c, Node *s, const char *label) {
    switch (s->kind) {
    case N_LABELED:
        return is_terminating(c, s->a, s->name);
    case N_EXPRSTMT: {
        Node *call = ast_unparen(s->a);
        return call->kind == N_CALL && pm_get(&c->ispanic, call);
    }
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->op == OP_GOTO || s->op == OP_FALLTHROUGH;
    case N_BLOCK:
        return is_terminating_list(c, &s->list, NULL);
    case N_IF:
        return s->d && is_terminating(c, s->c, NULL) && is_terminating(c, s->d, NULL);
    case N_SWITCH:
    case N_TYPESWITCH: {
        bool has_default = false;
        for (int i = 0; i < s->list.len; i++) {
            Node *cc = s->list.data[i];
            if (cc->flag)
                has_default = true;
            if (!is_terminating_list(c, &cc->list2, NULL) || has_break_list(&cc->list2, label, true))
                return false;
        }
        return has_default;
    }
    case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            Node *cc = s->list.data[i];
            if (!is_terminating_list(c, &cc->list2, NULL) || has_break_list(&cc->list2, label, true))
                return false;
        }
        return true;
    case N_FOR:
        return !s->b && !has_break(s->d, label, true);
    default:
        return false;
    }
}

/* ---- function bodies ---- */

static void stmt_list(Checker *c, int ctxt, Vec *list);

void func_body(Checker *c, DeclInfo *decl, const char *name, Type *sig, Scope *scope, Node *body,
               ConstVal *iota) {
    (void)name;
    Env saved = c->env;
    c->env.decl = decl;
    c->env.scope = scope;
    c->env.iota = iota;
    c->env.sig = sig;
    c->env.errpos = (Pos){0};
    c->env.has_label = false;
    c->env.has_call_or_recv = false;
    stmt_list(c, 0, &body->list);
    if (sig->results.len > 0 && !is_terminating(c, body, NULL))
        errorf(c, body->pos2.line ? body->pos2 : body->pos, "missing return");
    usage(c, scope);
    c->env = saved;
}

/* ---- assignments (assignments.go) ---- */

const char ARG_CONTEXT[] = "argument";

static const char *ctx_of(Checker *c, const char *context) {
    if (context == ARG_CONTEXT)
        return arena_printf(perm, "argument to %s", c->ctx_call ? expr_str(c->ctx_call) : "?");
    return context;
}

void assignment(Checker *c, Operand *x, Type *T, const char *context) {
    single_value(c, x);
    switch (x->mode) {
    case M_INVALID:
        return;
    case M_CONST: case M_VAR: case M_MAPINDEX: case M_VALUE: case M_NIL: case M_COMMAOK: case M_COMMAERR:
        break;
    default:
        errorf(c, opd_pos(x), "cannot assign %s to %s in %s", opd_str(c, x), T ? type_str(T) : "<nil>", ctx_of(c, context));
        return;
    }
    if (ty_is_untyped(x->type)) {
        Type *target = T;
        if (x->mode == M_NIL) {
            if (!T) {
                errorf(c, opd_pos(x), "use of untyped nil in %s", ctx_of(c, context));
                x->mode = M_INVALID;
                return;
            }
        } else if (!T || ty_is_iface(T))
            target = ty_default(x->type);
        Type *nt;
        ConstVal *nv;
        int code = implicit_type_and_value(c, x, target, &nt, &nv);
        if (code) {
            const char *suffix = code == E_TRUNCATED ? " (truncated)" : code == E_OVERFLOW ? " (overflows)" : "";
            errorf(c, opd_pos(x), "cannot use %s as %s value in %s%s", opd_str(c, x), type_str(target),
                   ctx_of(c, context), suffix);
            x->mode = M_INVALID;
            return;
        }
        if (nv) {
            x->val = nv;
            update_expr_val(c, x->expr, nv);
        }
        if (nt != x->type) {
            x->type = nt;
            update_expr_type(c, x->expr, nt, false);
        }
    }
    if (!T)
        return;
    const char *reason = NULL;
    if (!assignable_to(c, x, T, &reason)) {
        if (reason && *reason)
            errorf(c, opd_pos(x), "cannot use %s as type %s in %s:\n\t%s", opd_str(c, x), type_str(T),
                   ctx_of(c, context), reason);
        else
            errorf(c, opd_pos(x), "cannot use %s as type %s in %s", opd_str(c, x), type_str(T), ctx_of(c, context));
        x->mode = M_INVALID;
    }
}

Type *init_var(Checker *c, Sym *lhs, Operand *x, const char *context) {
    if (x->mode == M_INVALID || x->type == ty_invalid || lhs->type == ty_invalid) {
        if (!lhs->type)
            lhs->type = ty_invalid;
        lhs->used = true;
        return NULL;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (ty_is_untyped(t)) {
            if (t->kind == TY_UNTYPED_NIL) {
                errorf(c, opd_pos(x), "use of untyped nil in %s", context);
                lhs->type = ty_invalid;
                return NULL;
            }
            t = ty_default(t);
        }
        lhs->type = t;
    }
    assignment(c, x, lhs->type, context);
    if (x->mode == M_INVALID) {
        lhs->used = true;
        return NULL;
    }
    return x->type;
}

static Type *assign_var(Checker *c, Node *lhs, Operand *x) {
    if (x->mode == M_INVALID || x->type == ty_invalid) {
        use_expr(c, lhs);
        return NULL;
    }
    Node *id = ast_unparen(lhs);
    if (id->kind == N_NAME && is_blank(id->name)) {
        id->type = NULL;
        assignment(c, x, NULL, "assignment to _ identifier");
        if (x->mode == M_INVALID)
            return NULL;
        return x->type;
    }
    Sym *v = NULL;
    bool v_used = false;
    if (id->kind == N_NAME) {
        Sym *obj = lookup(c, id->name);
        if (obj && obj->kind == SYM_VAR && (!obj->pkg || strcmp(obj->pkg, c->pkg->path) == 0)) {
            v = obj;
            v_used = v->used;
        }
    }
    Operand z = {0};
    expr(c, &z, lhs);
    if (v)
        v->used = v_used;
    if (z.mode == M_INVALID || z.type == ty_invalid)
        return NULL;
    switch (z.mode) {
    case M_VAR:
    case M_MAPINDEX:
        break;
    default: {
        Node *sel = z.expr;
        if (sel && sel->kind == N_SELECTOR) {
            Operand op = {0};
            expr(c, &op, sel->a);
            if (op.mode == M_MAPINDEX) {
                errorf(c, opd_pos(&z), "cannot assign to struct field %s in map", expr_str(z.expr));
                return NULL;
            }
        }
        errorf(c, opd_pos(&z), "cannot assign to %s", opd_str(c, &z));
        return NULL;
    }
    }
    assignment(c, x, z.type, "assignment");
    if (x->mode == M_INVALID)
        return NULL;
    return x->type;
}

static void assign_error(Checker *c, Vec *rhs, int nvars, int nvals) {
    const char *vars = arena_printf(perm, "%d variable%s", nvars, nvars == 1 ? "" : "s");
    const char *vals = arena_printf(perm, "%d value%s", nvals, nvals == 1 ? "" : "s");
    Node *rhs0 = rhs->data[0];
    if (rhs->len == 1) {
        Node *call = ast_unparen(rhs0);
        if (call->kind == N_CALL) {
            errorf(c, start_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars, expr_str(call->a), vals);
            return;
        }
    }
    errorf(c, start_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

/* The comma-ok forms (v, ok := m[k], x.(T), <-ch) record their tuple type
 * on the expression, as gc's IR expects. */
static void record_comma_ok(Node *e, Type *a, Type *b) {
    (void)a;
    (void)b;
    (void)e;
}

void init_vars(Checker *c, Sym **lhs, int nlhs, Vec *orig_rhs, Node *return_stmt) {
    Operand *rhs;
    bool comma_ok;
    int nrhs = expr_list(c, orig_rhs, nlhs == 2 && !return_stmt, &rhs, &comma_ok);
    if (nlhs != nrhs) {
        for (int i = 0; i < nlhs; i++) {
            lhs[i]->used = true;
            if (!lhs[i]->type)
                lhs[i]->type = ty_invalid;
        }
        for (int i = 0; i < nrhs; i++)
            if (rhs[i].mode == M_INVALID)
                return;
        if (return_stmt) {
            Pos at = return_stmt->pos;
            const char *q = "not enough";
            if (nrhs > nlhs) {
                at = opd_pos(&rhs[nlhs]);
                q = "too many";
            } else if (nrhs > 0)
                at = opd_pos(&rhs[nrhs - 1]);
            Type **have = arena_alloc(perm, sizeof(Type *) * (size_t)(nrhs + 1));
            for (int i = 0; i < nrhs; i++)
                have[i] = rhs[i].type;
            Type **want = arena_alloc(perm, sizeof(Type *) * (size_t)(nlhs + 1));
            for (int i = 0; i < nlhs; i++)
                want[i] = lhs[i]->type;
            errorf(c, at, "%s return values\n\thave %s\n\twant %s", q, types_summary(have, nrhs, false),
                   types_summary(want, nlhs, false));
            return;
        }
        assign_error(c, orig_rhs, nlhs, nrhs);
        return;
    }
    const char *context = return_stmt ? "return statement" : "assignment";
    if (comma_ok) {
        Type *a = init_var(c, lhs[0], &rhs[0], context);
        Type *b = init_var(c, lhs[1], &rhs[1], context);
        record_comma_ok(orig_rhs->data[0], a, b);
        return;
    }
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!init_var(c, lhs[i], &rhs[i], context))
            ok = false;
    if (!ok)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->used = true;
}

static void assign_vars(Checker *c, Vec *lhs, Vec *orig_rhs) {
    Operand *rhs;
    bool comma_ok;
    int nrhs = expr_list(c, orig_rhs, lhs->len == 2, &rhs, &comma_ok);
    if (lhs->len != nrhs) {
        use_exprs(c, lhs);
        for (int i = 0; i < nrhs; i++)
            if (rhs[i].mode == M_INVALID)
                return;
        assign_error(c, orig_rhs, lhs->len, nrhs);
        return;
    }
    if (comma_ok) {
        Type *a = assign_var(c, lhs->data[0], &rhs[0]);
        Type *b = assign_var(c, lhs->data[1], &rhs[1]);
        record_comma_ok(orig_rhs->data[0], a, b);
        return;
    }
    bool ok = true;
    for (int i = 0; i < lhs->len; i++)
        if (!assign_var(c, lhs->data[i], &rhs[i]))
            ok = false;
    if (!ok) {
        for (int i = 0; i < lhs->len; i++) {
            Node *n = ast_unparen(lhs->data[i]);
            if (n->kind == N_NAME) {
                Sym *obj = lookup(c, n->name);
                if (obj && obj->kind == SYM_VAR && (!obj->pkg || strcmp(obj->pkg, c->pkg->path) == 0))
                    obj->used = true;
            }
        }
    }
}

static void short_var_decl(Checker *c, Node *s) {
    int top = c->delayed.len;
    Scope *scope = c->env.scope;
    Vec *lhs = &s->list;
    int n = lhs->len;
    Sym **lhs_vars = arena_alloc(perm, sizeof(Sym *) * (size_t)(n + 1));
    Vec new_vars = {0};
    bool has_err = false;
    for (int i = 0; i < n; i++) {
        Node *id = lhs->data[i];
        if (id->kind != N_NAME) {
            use_expr(c, id);
            errorf(c, start_pos(id), "non-name %s on left side of :=", expr_str(id));
            has_err = true;
            continue;
        }
        const char *name = id->name;
        if (is_blank(name) && id->ival == 1)
            has_err = true; /* the parser replaced a non-name (and said so) */
        if (!is_blank(name)) {
            bool seen = false;
            for (int k = 0; k < i; k++) {
                Node *o = lhs->data[k];
                if (o->kind == N_NAME && strcmp(o->name, name) == 0)
                    seen = true;
            }
            if (seen) {
                errorf(c, id->pos, "%s repeated on left side of :=", name);
                has_err = true;
                continue;
            }
        }
        Sym *alt = scope_lookup(scope, name);
        if (alt && !is_blank(name)) {
            id->sym = alt;
            if (alt->kind == SYM_VAR)
                lhs_vars[i] = alt;
            else {
                errorf(c, id->pos, "cannot assign to %s", expr_str(id));
                has_err = true;
            }
            continue;
        }
        Sym *obj = sym_new(SYM_VAR, name, NULL, id->pos);
        obj->vclass = VC_LOCAL;
        obj->resolve = 1;
        obj->decl = s;
        lhs_vars[i] = obj;
        if (!is_blank(name)) {
            vec_push(&new_vars, obj);
            id->sym = obj;
            id->flag = 1; /* declared here */
        }
    }
    for (int i = 0; i < n; i++)
        if (!lhs_vars[i]) {
            Node *id = lhs->data[i];
            lhs_vars[i] = sym_new(SYM_VAR, "_", NULL, id->pos);
            lhs_vars[i]->resolve = 1;
        }
    init_vars(c, lhs_vars, n, &s->list2, NULL);
    process_delayed(c, top);
    for (int i = 0; i < n; i++) {
        Node *id = lhs->data[i];
        if (id->kind == N_NAME && !is_blank(id->name))
            id->type = lhs_vars[i]->type;
        else if (id->kind == N_NAME)
            id->type = NULL;
    }
    if (new_vars.len == 0 && !has_err) {
        soft_errorf(c, s->pos, "no new variables on left side of :=");
        free(new_vars.data);
        return;
    }
    for (int i = 0; i < new_vars.len; i++)
        declare(c, scope, new_vars.data[i]);
    free(new_vars.data);
}

/* ---- statements ---- */

static void suspended_call(Checker *c, const char *keyword, Node *call) {
    Operand x = {0};
    const char *msg;
    switch (raw_expr(c, &x, call, NULL)) {
    case EK_CONVERSION:
        msg = "requires function call, not conversion";
        break;
    case EK_EXPRESSION:
        msg = "discards result of";
        break;
    default:
        return;
    }
    errorf(c, opd_pos(&x), "%s %s %s", keyword, msg, opd_str(c, &x));
}

static void multiple_defaults(Checker *c, Vec *clauses) {
    Node *first = NULL;
    for (int i = 0; i < clauses->len; i++) {
        Node *cc = clauses->data[i];
        bool dflt = cc->kind == N_CASE ? cc->flag : cc->a == NULL;
        if (!dflt)
            continue;
        if (first)
            errorf(c, cc->pos, "multiple defaults (first at %s)", pos_str(perm, first->pos));
        else
            first = cc;
    }
}

/* The constant cases seen so far in an expression switch, found by their
 * Go value (types2's goVal: an int64, else a uint64, a float64, a
 * string), as types2's map finds them: checking stays linear in the
 * number of cases. */
typedef struct SeenCase {
    ConstVal *val;
    Type *type;
    Pos pos;
    char *key;
    size_t keylen;
    struct SeenCase *next; /* the other cases with the same key */
} SeenCase;

typedef struct SeenCases {
    SeenCase **slots;
    size_t cap, len;
} SeenCases;

static uint64_t key_hash(const char *k, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    return h;
}

/* The slot of the chain of cases with this key (empty when none). */
static SeenCase **seen_slot(SeenCases *s, const char *k, size_t n) {
    if ((s->len + 1) * 2 > s->cap) {
        SeenCases g = {0};
        g.cap = s->cap ? s->cap * 2 : 64;
        g.slots = calloc(g.cap, sizeof(SeenCase *));
        if (!g.slots)
            ice("out of memory");
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i]) {
                SeenCase *c = s->slots[i];
                size_t j = key_hash(c->key, c->keylen) & (g.cap - 1);
                while (g.slots[j])
                    j = (j + 1) & (g.cap - 1);
                g.slots[j] = c;
            }
        g.len = s->len;
        free(s->slots);
        *s = g;
    }
    size_t j = key_hash(k, n) & (s->cap - 1);
    while (s->slots[j] && !(s->slots[j]->keylen == n && memcmp(s->slots[j]->key, k, n) == 0))
        j = (j + 1) & (s->cap - 1);
    return &s->slots[j];
}

static void case_values(Checker *c, Operand *x, Vec *values, SeenCases *seen) {
    for (int i = 0; i < values->len; i++) {
        Node *e = values->data[i];
        Operand v = {0};
        expr(c, &v, e);
        if (x->mode == M_INVALID || v.mode == M_INVALID)
            continue;
        convert_untyped(c, &v, x->type);
        if (v.mode == M_INVALID)
            continue;
        Operand res = v;
        comparison(c, &res, x, OP_EQ, true);
        if (res.mode == M_INVALID)
            continue;
        if (v.mode != M_CONST)
            continue;
        /* goVal: integers that fit 64 bits, floats, strings */
        ConstVal *cv = v.val;
        int64_t iv;
        uint64_t uv;
        StrBuf key = {0};
        if (cv->kind == CV_INT && cv_int64_val(cv, &iv))
            sb_printf(&key, "i%lld", (long long)iv);
        else if (cv->kind == CV_INT && cv_uint64_val(cv, &uv))
            sb_printf(&key, "u%llu", (unsigned long long)uv);
        else if (cv->kind == CV_FLOAT) {
            bool inf;
            double f = cv_float64(cv, &inf);
            if (f == 0)
                f = 0; /* -0 and +0 are one map key */
            sb_putc(&key, 'f');
            sb_putn(&key, (const char *)&f, sizeof f);
        } else if (cv->kind == CV_STRING) {
            sb_putc(&key, 's');
            sb_putn(&key, cv->s, (size_t)cv->slen);
        } else
            continue;
        SeenCase **slot = seen_slot(seen, key.data, key.len);
        bool dup = false;
        for (SeenCase *sc = *slot; sc; sc = sc->next)
            if (ty_identical(sc->type, v.type)) {
                errorf(c, opd_pos(&v), "duplicate case %s in expression switch\n\t%s: previous case",
                       opd_str(c, &v), pos_str(perm, sc->pos));
                dup = true;
                break;
            }
        if (!dup) {
            SeenCase *sc = NEW(SeenCase);
            sc->val = cv;
            sc->type = v.type;
            sc->pos = v.expr->pos;
            sc->keylen = key.len;
            sc->key = arena_alloc(perm, key.len + 1);
            memcpy(sc->key, key.data, key.len);
            if (!*slot)
                seen->len++;
            sc->next = *slot;
            *slot = sc;
        }
        sb_free(&key);
    }
}

static void switch_stmt(Checker *c, int inner, Node *s) {
    Operand x = {0};
    if (s->b) {
        expr(c, &x, s->b);
        assignment(c, &x, NULL, "switch expression");
        if (x.mode != M_INVALID && !ty_comparable(x.type) && !ty_has_nil(x.type)) {
            errorf(c, opd_pos(&x), "cannot switch on %s (%s is not comparable)", opd_str(c, &x),
                   type_str(x.type));
            x.mode = M_INVALID;
        }
    } else {
        x.mode = M_CONST;
        x.type = ty_bool;
        x.val = cv_bool(true);
        Pos p = s->pos2;
        if (s->list.len)
            p = ((Node *)s->list.data[0])->pos;
        x.expr = name_node(p, "true");
    }
    multiple_defaults(c, &s->list);
    SeenCases seen = {0};
    for (int i = 0; i < s->list.len; i++) {
        Node *cc = s->list.data[i];
        case_values(c, &x, &cc->list, &seen);
        open_scope(c);
        stmt_list(c, inner, &cc->list2);
        close_scope(c);
    }
    free(seen.slots);
}

static bool is_nil_expr(Checker *c, Node *e) {
    e = ast_unparen(e);
    if (e->kind != N_NAME)
        return false;
    Sym *s = lookup(c, e->name);
    return s && s->kind == SYM_NIL;
}

static Type *case_types(Checker *c, Operand *x, Vec *types, Vec *seen_t, Vec *seen_e) {
    Type *T = NULL;
    for (int i = 0; i < types->len; i++) {
        Node *e = types->data[i];
        if (is_nil_expr(c, e)) {
            T = NULL;
            Operand dummy = {0};
            expr(c, &dummy, e);
        } else {
            T = var_type(c, e);
            if (T == ty_invalid)
                continue;
        }
        bool dup = false;
        for (int k = 0; k < seen_t->len; k++) {
            Type *t = seen_t->data[k];
            if ((!T && !t) || (T && t && ty_identical(T, t))) {
                Node *other = seen_e->data[k];
                errorf(c, start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
                       T ? type_str(T) : "nil", pos_str(perm, start_pos(other)));
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        vec_push(seen_t, T);
        vec_push(seen_e, e);
        if (x && T)
            type_assertion(c, e, x, T, true);
    }
    return T;
}

static void type_switch_stmt(Checker *c, int inner, Node *s) {
    Node *lhs = s->c;
    if (lhs && is_blank(lhs->name)) {
        soft_errorf(c, lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    Operand x = {0};
    expr(c, &x, s->b);
    if (x.mode == M_INVALID)
        return;
    Operand *sx = NULL;
    if (ty_is_iface(x.type))
        sx = &x;
    else
        errorf(c, opd_pos(&x), "%s is not an interface", opd_str(c, &x));
    multiple_defaults(c, &s->list);
    Vec lhs_vars = {0}, seen_t = {0}, seen_e = {0};
    for (int i = 0; i < s->list.len; i++) {
        Node *cc = s->list.data[i];
        Type *T = case_types(c, sx, &cc->list, &seen_t, &seen_e);
        open_scope(c);
        if (lhs) {
            if (cc->list.len != 1 || !T)
                T = x.type;
            Sym *obj = sym_new(SYM_VAR, lhs->name, T, lhs->pos);
            obj->vclass = VC_LOCAL;
            obj->resolve = 1;
            obj->decl = cc;
            cc->sym = obj;
            declare(c, c->env.scope, obj);
            vec_push(&lhs_vars, obj);
        }
        stmt_list(c, inner, &cc->list2);
        close_scope(c);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < lhs_vars.len; i++) {
            Sym *v = lhs_vars.data[i];
            if (v->used)
                used = true;
            v->used = true;
        }
        lhs->type = x.type;
        if (!used)
            soft_errorf(c, lhs->pos, "%s declared but not used", lhs->name);
    }
    free(lhs_vars.data);
    free(seen_t.data);
    free(seen_e.data);
}

static void range_key_val(Type *u, Type **key, Type **val) {
    *key = *val = NULL;
    if (!u)
        return;
    if (u->kind == TY_PTR) {
        Type *a = ty_under(u->elem);
        if (a->kind == TY_ARRAY)
            u = a;
    }
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        *key = ty_int;
        *val = ty_rune;
        break;
    case TY_ARRAY: case TY_SLICE:
        *key = ty_int;
        *val = u->elem;
        break;
    case TY_MAP:
        *key = u->key;
        *val = u->elem;
        break;
    case TY_CHAN:
        *key = u->elem;
        *val = ty_invalid;
        break;
    default:
        break;
    }
}

static void range_stmt(Checker *c, int inner, Node *s) {
    Node *skey = s->a, *sval = s->b;
    Operand x = {0};
    expr(c, &x, s->c);
    Type *key = NULL, *val = NULL;
    if (x.mode != M_INVALID) {
        const char *cause = NULL;
        Type *u = ty_under(x.type);
        if (u->kind == TY_CHAN) {
            if (sval)
                soft_errorf(c, start_pos(sval), "range over %s permits only one iteration variable", opd_str(c, &x));
            if (u->len == CHAN_SEND)
                cause = "receive from send-only channel";
        }
        range_key_val(u, &key, &val);
        if (!key || cause) {
            if (!cause)
                soft_errorf(c, opd_pos(&x), "cannot range over %s", opd_str(c, &x));
            else
                soft_errorf(c, opd_pos(&x), "cannot range over %s (%s)", opd_str(c, &x), cause);
        }
        if (ty_is_untyped(x.type) && key)
            convert_untyped(c, &x, ty_string);
    }
    open_scope(c);
    Node *lhs[2] = {skey, sval};
    Type *rhs[2] = {key, val};
    if (s->flag) {
        Vec vars = {0};
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l)
                continue;
            Sym *obj;
            if (l->kind == N_NAME) {
                obj = sym_new(SYM_VAR, l->name, NULL, l->pos);
                obj->vclass = VC_LOCAL;
                obj->resolve = 1;
                obj->decl = s;
                if (!is_blank(l->name)) {
                    vec_push(&vars, obj);
                    l->sym = obj;
                    l->flag = 1;
                }
            } else {
                errorf(c, start_pos(l), "cannot declare %s", expr_str(l));
                obj = sym_new(SYM_VAR, "_", NULL, l->pos);
            }
            if (rhs[i]) {
                Operand v = {M_VALUE, l, rhs[i], NULL, 0};
                init_var(c, obj, &v, "range clause");
            } else {
                obj->type = ty_invalid;
                obj->used = true;
            }
            l->type = obj->type;
        }
        if (vars.len > 0) {
            for (int i = 0; i < vars.len; i++)
                declare(c, c->env.scope, vars.data[i]);
        } else
            errorf(c, s->pos2.line ? s->pos2 : s->pos, "no new variables on left side of :=");
        free(vars.data);
    } else {
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l || !rhs[i])
                continue;
            Operand v = {M_VALUE, l, rhs[i], NULL, 0};
            assign_var(c, l, &v);
        }
    }
    stmt(c, inner, s->d);
    close_scope(c);
}

static bool is_recv_expr(Node *e) {
    e = ast_unparen(e);
    return e && e->kind == N_UNARY && e->op == OP_RECV;
}

static void stmt_list(Checker *c, int ctxt, Vec *list) {
    for (int i = 0; i < list->len; i++)
        stmt(c, ctxt, list->data[i]);
}

void stmt(Checker *c, int ctxt, Node *s) {
    int top = c->delayed.len;
    int inner = ctxt;
    switch (s->kind) {
    case N_EMPTY:
        break;
    case N_DECLSTMT:
        decl_stmt(c, s);
        break;
    case N_LABELED:
        c->env.has_label = true;
        stmt(c, ctxt, s->a);
        break;
    case N_EXPRSTMT: {
        Operand x = {0};
        ExprKind kind = raw_expr(c, &x, s->a, NULL);
        const char *msg;
        switch (x.mode) {
        case M_BUILTIN:
            msg = "must be called";
            break;
        case M_TYPEXPR:
            msg = "is not an expression";
            break;
        default:
            if (kind == EK_STATEMENT)
                goto done;
            msg = "is not used";
        }
        errorf(c, opd_pos(&x), "%s %s", opd_str(c, &x), msg);
        break;
    }
    case N_SENDSTMT: {
        Operand ch = {0}, val = {0};
        expr(c, &ch, s->a);
        expr(c, &val, s->b);
        if (ch.mode == M_INVALID || val.mode == M_INVALID)
            break;
        Type *u = ty_under(ch.type);
        if (u->kind != TY_CHAN) {
            errorf(c, start_pos(s), "invalid operation: cannot send to non-channel %s", opd_str(c, &ch));
            break;
        }
        if (u->len == CHAN_RECV) {
            errorf(c, start_pos(s), "invalid operation: cannot send to receive-only channel %s", opd_str(c, &ch));
            break;
        }
        assignment(c, &val, u->elem, "send");
        break;
    }
    case N_INCDEC: {
        Operand x = {0};
        expr(c, &x, s->a);
        if (x.mode == M_INVALID)
            break;
        if (!ty_is_numeric(x.type)) {
            errorf(c, start_pos(s->a), "invalid operation: %s%s (non-numeric type %s)", expr_str(s->a),
                   s->op == OP_ADD ? "++" : "--", type_str(x.type));
            break;
        }
        assign_var(c, s->a, &x);
        break;
    }
    case N_ASSIGN:
        if (s->op == OP_NONE) {
            assign_vars(c, &s->list, &s->list2);
            break;
        }
        if (s->list.len != 1 || s->list2.len != 1) {
            errorf(c, start_pos(s), "assignment operation %s= requires single-valued expressions",
                   ast_op_names[s->op]);
            break;
        }
        {
            Operand x = {0};
            binary(c, &x, NULL, s->list.data[0], s->list2.data[0], s->op);
            assign_var(c, s->list.data[0], &x);
        }
        break;
    case N_DEFINE:
        short_var_decl(c, s);
        break;
    case N_GOSTMT:
        suspended_call(c, "go", s->a);
        break;
    case N_DEFERSTMT:
        suspended_call(c, "defer", s->a);
        break;
    case N_RETURN: {
        Type *sig = c->env.sig;
        if (!sig)
            break;
        Vec *res = &sig->results;
        if (s->list.len == 0 && res->len > 0 && ((Field *)res->data[0])->name) {
            for (int i = 0; i < res->len; i++) {
                Field *r = res->data[i];
                Sym *obj = r->sym;
                if (!obj || is_blank(obj->name))
                    continue;
                Sym *alt = lookup(c, obj->name);
                if (alt && alt != obj) {
                    errorf(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                           obj->name, pos_str(perm, alt->pos), alt->name, alt->type ? type_str(alt->type) : "");
                }
            }
        } else {
            Sym **lhs = arena_alloc(perm, sizeof(Sym *) * (size_t)(res->len + 1));
            for (int i = 0; i < res->len; i++) {
                Field *r = res->data[i];
                lhs[i] = r->sym;
                if (!lhs[i]) {
                    lhs[i] = sym_new(SYM_VAR, "", r->type, r->pos);
                    lhs[i]->resolve = 1;
                    lhs[i]->used = true;
                }
            }
            init_vars(c, lhs, res->len, &s->list, s);
        }
        break;
    }
    case N_BRANCH:
        if (s->name)
            c->env.has_label = true;
        break;
    case N_BLOCK:
        open_scope(c);
        stmt_list(c, inner, &s->list);
        close_scope(c);
        break;
    case N_IF: {
        open_scope(c);
        if (s->a)
            stmt(c, 0, s->a);
        if (s->b) {
            Operand x = {0};
            expr(c, &x, s->b);
            if (x.mode != M_INVALID && !ty_is_bool(x.type))
                errorf(c, start_pos(s->b), "non-boolean condition in if statement");
        }
        stmt(c, inner, s->c);
        if (s->d)
            stmt(c, inner, s->d);
        close_scope(c);
        break;
    }
    case N_SWITCH:
        open_scope(c);
        if (s->a)
            stmt(c, 0, s->a);
        switch_stmt(c, inner, s);
        close_scope(c);
        break;
    case N_TYPESWITCH:
        open_scope(c);
        if (s->a)
            stmt(c, 0, s->a);
        type_switch_stmt(c, inner, s);
        close_scope(c);
        break;
    case N_SELECT:
        multiple_defaults(c, &s->list);
        for (int i = 0; i < s->list.len; i++) {
            Node *cc = s->list.data[i];
            Node *comm = cc->a;
            bool valid = false;
            Node *rhs = NULL;
            if (!comm || comm->kind == N_SENDSTMT)
                valid = true;
            else if ((comm->kind == N_ASSIGN || comm->kind == N_DEFINE) && comm->list2.len == 1)
                rhs = comm->list2.data[0];
            else if (comm->kind == N_EXPRSTMT)
                rhs = comm->a;
            if (rhs && is_recv_expr(rhs))
                valid = true;
            if (!valid) {
                errorf(c, start_pos(comm), "select case must be send or receive (possibly with assignment)");
                continue;
            }
            open_scope(c);
            if (comm)
                stmt(c, inner, comm);
            stmt_list(c, inner, &cc->list2);
            close_scope(c);
        }
        break;
    case N_FOR:
        open_scope(c);
        if (s->a)
            stmt(c, 0, s->a);
        if (s->b) {
            Operand x = {0};
            expr(c, &x, s->b);
            if (x.mode != M_INVALID && !ty_is_bool(x.type))
                errorf(c, start_pos(s->b), "non-boolean condition in for statement");
        }
        if (s->c)
            stmt(c, 0, s->c);
        stmt(c, inner, s->d);
        close_scope(c);
        break;
    case N_RANGE:
        range_stmt(c, inner, s);
        break;
    default:
        errorf(c, s->pos, "invalid statement");
    }
done:
    process_delayed(c, top);
}

/* ---- labels and branches (gc's parser: syntax/branches.go) ---- */

typedef struct Block Block;
typedef struct Label {
    Block *parent;
    Node *lstmt;
    bool used;
} Label;

struct Block {
    Block *parent;
    Pos start;
    Node *lstmt;
};

typedef struct Targets {
    Node *breaks;      /* FOR, RANGE, SWITCH, TYPESWITCH, SELECT */
    Node *continues;   /* FOR, RANGE */
    int case_index;    /* of the immediately enclosing switch, or -1 */
    int ncases;
} Targets;

typedef struct LabelScope {
    Checker *c;
    Vec labels; /* of Label* */
} LabelScope;

/* The position of a branch statement's label: after the keyword and a blank. */
static Pos label_pos(Node *s) {
    Pos p = s->pos;
    p.col += (int)strlen(ast_op_names[s->op]) + 1;
    return p;
}

static Label *find_label_ls(LabelScope *ls, const char *name) {
    for (int i = 0; i < ls->labels.len; i++) {
        Label *l = ls->labels.data[i];
        if (strcmp(l->lstmt->name, name) == 0)
            return l;
    }
    return NULL;
}

static Label *declare_label(LabelScope *ls, Block *b, Node *s) {
    Label *alt = find_label_ls(ls, s->name);
    if (alt) {
        errorf(ls->c, s->pos, "label %s already defined at %s", s->name, pos_str(perm, alt->lstmt->pos));
        return alt;
    }
    Label *l = NEW(Label);
    l->parent = b;
    l->lstmt = s;
    vec_push(&ls->labels, l);
    return l;
}

static Node *goto_target(LabelScope *ls, Block *b, const char *name) {
    Label *l = find_label_ls(ls, name);
    if (l) {
        l->used = true;
        for (; b; b = b->parent)
            if (l->parent == b)
                return l->lstmt;
    }
    return NULL;
}

static Node invalid_target;

static Node *enclosing_target(LabelScope *ls, Block *b, const char *name) {
    Label *l = find_label_ls(ls, name);
    if (l) {
        l->used = true;
        for (; b; b = b->parent)
            if (l->lstmt == b->lstmt)
                return l->lstmt;
        return &invalid_target;
    }
    return NULL;
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start, Vec *body,
                           Vec *fwd_out);

static void stmt_branch_list(LabelScope *ls, Block *b, Targets ctxt, Vec *body, Vec *fwd_gotos);

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start, Vec *body,
                           Vec *fwd_out) {
    Block *b = NEW(Block);
    b->parent = parent;
    b->start = start;
    b->lstmt = lstmt;
    Vec fwd = {0};
    stmt_branch_list(ls, b, ctxt, body, &fwd);
    for (int i = 0; i < fwd.len; i++)
        vec_push(fwd_out, fwd.data[i]);
    free(fwd.data);
}

static void stmt_branch_list(LabelScope *ls, Block *b, Targets ctxt, Vec *body, Vec *fwd_gotos) {
    Pos var_pos = {0};
    Node *var_name = NULL;
    Vec bad_gotos = {0};
    int n = body->len;
    while (n > 0 && ((Node *)body->data[n - 1])->kind == N_EMPTY)
        n--;
    Node *lstmt = NULL;
    for (int si = 0; si < n; si++) {
        Node *s = body->data[si];
        lstmt = NULL;
    again:
        switch (s->kind) {
        case N_DECLSTMT:
            for (int k = 0; k < s->list.len; k++) {
                Node *d = s->list.data[k];
                if (d->kind == N_VARDECL) {
                    var_pos = d->pos;
                    var_name = d->list.data[0];
                    bad_gotos.len = 0;
                    for (int g = 0; g < fwd_gotos->len; g++)
                        vec_push(&bad_gotos, fwd_gotos->data[g]);
                    break;
                }
            }
            break;
        case N_LABELED: {
            if (!is_blank(s->name)) {
                Label *l = declare_label(ls, b, s);
                int keep = 0;
                for (int g = 0; g < fwd_gotos->len; g++) {
                    Node *fwd = fwd_gotos->data[g];
                    if (strcmp(fwd->name, s->name) == 0) {
                        l->used = true;
                        bool bad = false;
                        if (var_pos.line)
                            for (int k = 0; k < bad_gotos.len; k++)
                                if (bad_gotos.data[k] == fwd)
                                    bad = true;
                        if (bad)
                            errorf(ls->c, label_pos(fwd), "goto %s jumps over declaration of %s at %s", s->name,
                                   expr_str(var_name), pos_str(perm, var_pos));
                    } else
                        fwd_gotos->data[keep++] = fwd;
                }
                fwd_gotos->len = keep;
                lstmt = s;
            }
            s = s->a;
            goto again;
        }
        case N_BRANCH:
            if (!s->name) {
                switch (s->op) {
                case OP_BREAK:
                    if (!ctxt.breaks)
                        errorf(ls->c, s->pos, "break is not in a loop, switch, or select");
                    break;
                case OP_CONTINUE:
                    if (!ctxt.continues)
                        errorf(ls->c, s->pos, "continue is not in a loop");
                    break;
                case OP_FALLTHROUGH: {
                    const char *msg = "fallthrough statement out of place";
                    Node *t = ctxt.breaks;
                    if (t && (t->kind == N_SWITCH || t->kind == N_TYPESWITCH)) {
                        if (t->kind == N_TYPESWITCH)
                            msg = "cannot fallthrough in type switch";
                        else if (ctxt.case_index < 0 || si + 1 < n) {
                            /* not at the end of a case */
                        } else if (ctxt.case_index + 1 == t->list.len)
                            msg = "cannot fallthrough final case in switch";
                        else
                            break; /* ok */
                    }
                    errorf(ls->c, s->pos, "%s", msg);
                    break;
                }
                default:
                    break;
                }
                break;
            }
            switch (s->op) {
            case OP_BREAK: {
                Node *t = enclosing_target(ls, b, s->name);
                if (t) {
                    Node *st = t == &invalid_target ? NULL : t->a;
                    if (!st || !(st->kind == N_SWITCH || st->kind == N_TYPESWITCH || st->kind == N_SELECT ||
                                 st->kind == N_FOR || st->kind == N_RANGE))
                        errorf(ls->c, label_pos(s), "invalid break label %s", s->name);
                } else
                    errorf(ls->c, label_pos(s), "break label not defined: %s", s->name);
                break;
            }
            case OP_CONTINUE: {
                Node *t = enclosing_target(ls, b, s->name);
                if (t) {
                    Node *st = t == &invalid_target ? NULL : t->a;
                    if (!st || !(st->kind == N_FOR || st->kind == N_RANGE))
                        errorf(ls->c, label_pos(s), "invalid continue label %s", s->name);
                } else
                    errorf(ls->c, label_pos(s), "continue label not defined: %s", s->name);
                break;
            }
            case OP_GOTO:
                if (!goto_target(ls, b, s->name))
                    vec_push(fwd_gotos, s);
                break;
            default:
                break;
            }
            break;
        case N_DEFINE:
            var_pos = s->pos;
            var_name = s->list.len ? s->list.data[0] : NULL;
            bad_gotos.len = 0;
            for (int g = 0; g < fwd_gotos->len; g++)
                vec_push(&bad_gotos, fwd_gotos->data[g]);
            if (s->list.len > 1) {
                /* syntax.String of the list: "a, b" */
                StrBuf sb = {0};
                for (int k = 0; k < s->list.len; k++)
                    sb_printf(&sb, "%s%s", k ? ", " : "", expr_str(s->list.data[k]));
                var_name = name_node(s->pos, arena_strdup(perm, sb_str(&sb)));
                sb_free(&sb);
            }
            break;
        case N_BLOCK: {
            Targets in = {ctxt.breaks, ctxt.continues, -1, 0};
            block_branches(ls, b, in, lstmt, s->pos, &s->list, fwd_gotos);
            break;
        }
        case N_IF: {
            Targets in = {ctxt.breaks, ctxt.continues, -1, 0};
            block_branches(ls, b, in, lstmt, s->c->pos, &s->c->list, fwd_gotos);
            if (s->d) {
                Vec one = {0};
                vec_push(&one, s->d);
                block_branches(ls, b, in, lstmt, s->d->pos, &one, fwd_gotos);
                free(one.data);
            }
            break;
        }
        case N_FOR:
        case N_RANGE: {
            Targets in = {s, s, -1, 0};
            block_branches(ls, b, in, lstmt, s->d->pos, &s->d->list, fwd_gotos);
            break;
        }
        case N_SWITCH:
        case N_TYPESWITCH:
        case N_SELECT: {
            Targets in = {s, ctxt.continues, -1, 0};
            for (int i = 0; i < s->list.len; i++) {
                Node *cc = s->list.data[i];
                in.case_index = s->kind == N_SELECT ? -1 : i;
                block_branches(ls, b, in, lstmt, cc->pos, &cc->list2, fwd_gotos);
            }
            break;
        }
        default:
            break;
        }
    }
    free(bad_gotos.data);
}

static void check_function_branches(Checker *c, Node *body) {
    if (!body)
        return;
    LabelScope ls = {c, {0}};
    Vec fwd = {0};
    Targets t = {NULL, NULL, -1, 0};
    block_branches(&ls, NULL, t, NULL, body->pos, &body->list, &fwd);
    for (int i = 0; i < fwd.len; i++) {
        Node *g = fwd.data[i];
        Label *l = find_label_ls(&ls, g->name);
        if (l) {
            l->used = true;
            errorf(c, label_pos(g), "goto %s jumps into block starting at %s", g->name,
                   pos_str(perm, l->parent->start));
        } else
            errorf(c, label_pos(g), "label %s not defined", g->name);
    }
    for (int i = 0; i < ls.labels.len; i++) {
        Label *l = ls.labels.data[i];
        if (!l->used)
            errorf(c, l->lstmt->pos, "label %s defined and not used", l->lstmt->name);
    }
    free(fwd.data);
    free(ls.labels.data);
}

/* Function literals are checked as the parser finishes them: inner ones
 * first, then the body around them. */
static void walk_funclits(Checker *c, Node *n, int depth) {
    if (!n || depth > 100000)
        return;
    if (n->kind == N_FUNCLIT) {
        walk_funclits(c, n->b, depth + 1);
        check_function_branches(c, n->b);
        return;
    }
    walk_funclits(c, n->a, depth + 1);
    walk_funclits(c, n->b, depth + 1);
    walk_funclits(c, n->c, depth + 1);
    walk_funclits(c, n->d, depth + 1);
    for (int i = 0; i < n->list.len; i++)
        walk_funclits(c, n->list.data[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        walk_funclits(c, n->list2.data[i], depth + 1);
}

void check_branches(Checker *c, Node *decl) {
    if (decl->kind == N_FUNCDECL) {
        walk_funclits(c, decl->c, 0);
        check_function_branches(c, decl->c);
    } else
        walk_funclits(c, decl, 0);
}
