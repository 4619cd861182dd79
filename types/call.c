/* call.c — calls, conversions and the built-in functions (types2's
 * call.go, conversions.go, builtins.go). */
#include "check.h"

#include <string.h>

static Type *empty_iface(void) {
    static Type *t;
    if (!t) {
        t = ty_new(TY_IFACE);
        t->state = 1;
        t->size = 16;
        t->align = 8;
    }
    return t;
}

/* The type of a call with several results: one tuple per signature. */
Type *make_tuple_type(Vec *fields) {
    static PtrMap cache;
    Type *t = pm_get(&cache, fields);
    if (t && t->fields.len == fields->len)
        return t;
    t = ty_new(TY_TUPLE);
    for (int i = 0; i < fields->len; i++)
        vec_push(&t->fields, fields->data[i]);
    pm_put(&cache, fields, t);
    return t;
}

const char *types_summary(Type **ts, int n, bool variadic) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        Type *t = ts[i];
        if (i)
            sb_puts(&b, ", ");
        if (!t || t == ty_invalid)
            sb_puts(&b, "<T>");
        else if (ty_is_untyped(t)) {
            if (ty_is_numeric(t))
                sb_puts(&b, "number");
            else
                sb_puts(&b, t->name + strlen("untyped "));
        } else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
            sb_puts(&b, "...");
            ty_print(&b, t->elem);
        } else
            ty_print(&b, t);
    }
    sb_putc(&b, ')');
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

/* ---- argument lists ---- */

int expr_list(Checker *c, Vec *list, bool allow_comma_ok, Operand **out, bool *comma_ok) {
    if (comma_ok)
        *comma_ok = false;
    *out = NULL;
    if (list->len == 0)
        return 0;
    if (list->len == 1) {
        Node *e = list->data[0];
        Operand x = {0};
        multi_expr(c, &x, e);
        if (x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE) {
            int n = x.type->fields.len;
            Operand *ops = arena_alloc(perm, sizeof(Operand) * (size_t)(n ? n : 1));
            for (int i = 0; i < n; i++) {
                ops[i].mode = M_VALUE;
                ops[i].expr = e;
                ops[i].type = ((Field *)x.type->fields.data[i])->type;
            }
            *out = ops;
            return n;
        }
        Operand *ops = arena_alloc(perm, sizeof(Operand) * 2);
        ops[0] = x;
        if (allow_comma_ok && (x.mode == M_MAPINDEX || x.mode == M_COMMAOK || x.mode == M_COMMAERR)) {
            ops[0].mode = M_VALUE;
            ops[1].mode = M_VALUE;
            ops[1].expr = e;
            ops[1].type = ty_untyped_bool;
            if (comma_ok)
                *comma_ok = true;
            *out = ops;
            return 2;
        }
        *out = ops;
        return 1;
    }
    Operand *ops = arena_alloc(perm, sizeof(Operand) * (size_t)list->len);
    for (int i = 0; i < list->len; i++)
        expr(c, &ops[i], list->data[i]);
    *out = ops;
    return list->len;
}

/* Checks the arguments of a call of a function of type sig. */
static void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs) {
    for (int i = 0; i < nargs; i++) {
        if (args[i].mode == M_TYPEXPR) {
            errorf(c, opd_pos(&args[i]), "%s used as value", opd_str(c, &args[i]));
            return;
        }
        if (args[i].mode == M_INVALID)
            return;
    }
    int npars = sig->params.len;
    bool ddd = call->flag;
    Type **ptypes = arena_alloc(perm, sizeof(Type *) * (size_t)(nargs + npars + 1));
    for (int i = 0; i < npars; i++)
        ptypes[i] = ((Field *)sig->params.data[i])->type;
    if (sig->variadic) {
        if (ddd) {
            if (call->list.len == 1 && nargs > 1) {
                errorf(c, start_pos(call), "cannot use ... with %d-valued %s", nargs, expr_str(call->list.data[0]));
                return;
            }
        } else {
            if (nargs >= npars - 1) {
                bool spread = call->list.len == 1 && nargs > 1; /* f(g()): printed as written */
                if (spread)
                    ;
                else if (nargs >= npars)
                    call->ival = npars; /* 1 + the index of the first argument packed into the ... slice */
                else
                    call->ival = -1;    /* none: gc passes nil for the ... slice */
                Type *last = ptypes[npars - 1];
                Type *elem = last->kind == TY_SLICE ? last->elem : ty_invalid;
                for (int i = npars - 1; i < nargs; i++)
                    ptypes[i] = elem;
                npars = nargs;
            } else
                npars--;
        }
    } else if (ddd) {
        errorf(c, start_pos(call), "cannot use ... in call to non-variadic %s", expr_str(call->a));
        return;
    }
    if (nargs != npars) {
        Pos at = start_pos(call);
        const char *q = "not enough";
        if (nargs > npars) {
            at = opd_pos(&args[npars]);
            q = "too many";
        } else if (nargs > 0)
            at = opd_pos(&args[nargs - 1]);
        Type **have = arena_alloc(perm, sizeof(Type *) * (size_t)(nargs + 1));
        for (int i = 0; i < nargs; i++)
            have[i] = args[i].type;
        Type **want = arena_alloc(perm, sizeof(Type *) * (size_t)(sig->params.len + 1));
        for (int i = 0; i < sig->params.len; i++)
            want[i] = ((Field *)sig->params.data[i])->type;
        errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, expr_str(call->a),
               types_summary(have, nargs, false), types_summary(want, sig->params.len, sig->variadic));
        return;
    }
    if (nargs > 0) {
        Node *saved = c->ctx_call;
        c->ctx_call = call->a;
        for (int i = 0; i < nargs; i++)
            assignment(c, &args[i], ptypes[i], ARG_CONTEXT);
        c->ctx_call = saved;
    }
}

/* ---- conversions ---- */

static void encode_rune(StrBuf *b, uint64_t r) {
    if (r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    if (r < 0x80)
        sb_putc(b, (char)r);
    else if (r < 0x800) {
        sb_putc(b, (char)(0xc0 | (r >> 6)));
        sb_putc(b, (char)(0x80 | (r & 0x3f)));
    } else if (r < 0x10000) {
        sb_putc(b, (char)(0xe0 | (r >> 12)));
        sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3f)));
        sb_putc(b, (char)(0x80 | (r & 0x3f)));
    } else {
        sb_putc(b, (char)(0xf0 | (r >> 18)));
        sb_putc(b, (char)(0x80 | ((r >> 12) & 0x3f)));
        sb_putc(b, (char)(0x80 | ((r >> 6) & 0x3f)));
        sb_putc(b, (char)(0x80 | (r & 0x3f)));
    }
}

static bool const_convertible(Operand *x, Type *t, ConstVal **val) {
    Type *u = ty_under(t);
    if (!ty_is_basic(u))
        return false;
    if (representable_const(x->val, u, val))
        return true;
    if (ty_is_integer(x->type) && ty_is_string(u)) {
        uint64_t r = 0xfffd;
        uint64_t v;
        if (cv_uint64_val(cv_to_int(x->val), &v) && v <= 0x10ffff)
            r = v;
        StrBuf b = {0};
        encode_rune(&b, r);
        if (val)
            *val = cv_string(arena_strndup(perm, b.data, b.len), (int64_t)b.len);
        sb_free(&b);
        return true;
    }
    return false;
}

void conversion(Checker *c, Operand *x, Type *t) {
    bool const_arg = x->mode == M_CONST;
    bool ok = false;
    const char *cause = NULL;
    if (const_arg && ty_is_const_type(t)) {
        ConstVal *v = x->val;
        ok = const_convertible(x, t, &v);
        if (ok)
            x->val = v;
    } else if (convertible_to(c, x, t, &cause)) {
        ok = true;
        x->mode = M_VALUE;
    }
    if (!ok) {
        if (cause && *cause)
            errorf(c, opd_pos(x), "cannot convert %s to type %s:\n\t%s", opd_str(c, x), type_str(t), cause);
        else
            errorf(c, opd_pos(x), "cannot convert %s to type %s", opd_str(c, x), type_str(t));
        x->mode = M_INVALID;
        return;
    }
    if (ty_is_untyped(x->type)) {
        Type *final = t;
        if (x->type->kind == TY_UNTYPED_NIL) {
            /* nil keeps T */
        } else if (ty_is_iface(t) || (const_arg && !ty_is_const_type(t)))
            final = ty_default(x->type);
        else if (x->mode == M_CONST && ty_is_integer(x->type) && ty_is_string(t))
            final = x->type;
        update_expr_type(c, x->expr, final, true);
    }
    x->type = t;
}

/* ---- calls ---- */

static const struct {
    int nargs;
    bool variadic;
    ExprKind kind;
} builtin_info[] = {
    [BI_APPEND] = {1, true, EK_EXPRESSION},   [BI_CAP] = {1, false, EK_EXPRESSION},
    [BI_CLOSE] = {1, false, EK_STATEMENT},    [BI_COMPLEX] = {2, false, EK_EXPRESSION},
    [BI_COPY] = {2, false, EK_STATEMENT},     [BI_DELETE] = {2, false, EK_STATEMENT},
    [BI_IMAG] = {1, false, EK_EXPRESSION},    [BI_LEN] = {1, false, EK_EXPRESSION},
    [BI_MAKE] = {1, true, EK_EXPRESSION},     [BI_NEW] = {1, false, EK_EXPRESSION},
    [BI_PANIC] = {1, false, EK_STATEMENT},    [BI_PRINT] = {0, true, EK_STATEMENT},
    [BI_PRINTLN] = {0, true, EK_STATEMENT},   [BI_REAL] = {1, false, EK_EXPRESSION},
    [BI_RECOVER] = {0, false, EK_STATEMENT},  [BI_SIZEOF] = {1, false, EK_EXPRESSION},
    [BI_ALIGNOF] = {1, false, EK_EXPRESSION}, [BI_OFFSETOF] = {1, false, EK_EXPRESSION},
    [BI_ADD] = {2, false, EK_EXPRESSION},     [BI_SLICE] = {2, false, EK_EXPRESSION},
};

static const char *builtin_name(int id) {
    static const char *names[] = {"append", "cap", "close", "complex", "copy", "delete", "imag", "len",
                                  "make", "new", "panic", "print", "println", "real", "recover",
                                  "Sizeof", "Alignof", "Offsetof", "Add", "Slice"};
    return names[id];
}

ExprKind call_expr(Checker *c, Operand *x, Node *call) {
    expr_or_type(c, x, call->a);
    switch (x->mode) {
    case M_INVALID:
        use_exprs(c, &call->list);
        x->expr = call;
        return EK_STATEMENT;
    case M_TYPEXPR: {
        Type *t = x->type;
        Node *fn = call->a;
        if (!fn->sym || fn->sym->kind != SYM_TYPE)
            fn->sym = sym_new(SYM_TYPE, "", t, fn->pos);
        x->mode = M_INVALID;
        int n = call->list.len;
        if (n == 0)
            errorf(c, start_pos(call), "missing argument in conversion to %s", type_str(t));
        else if (n == 1) {
            expr(c, x, call->list.data[0]);
            if (x->mode != M_INVALID) {
                if (call->flag) {
                    errorf(c, start_pos(call->list.data[0]), "invalid use of ... in type conversion to %s",
                           type_str(t));
                    x->mode = M_INVALID;
                } else
                    conversion(c, x, t);
            }
        } else {
            use_exprs(c, &call->list);
            errorf(c, start_pos(call->list.data[n - 1]), "too many arguments in conversion to %s", type_str(t));
        }
        x->expr = call;
        return EK_CONVERSION;
    }
    case M_BUILTIN: {
        int id = x->id;
        if (!builtin_call(c, x, call, id))
            x->mode = M_INVALID;
        x->expr = call;
        if (x->mode != M_INVALID && x->mode != M_CONST)
            c->env.has_call_or_recv = true;
        return builtin_info[id].kind;
    }
    default:
        break;
    }
    Type *sig = ty_under(x->type);
    if (!sig || sig->kind != TY_FUNC) {
        errorf(c, opd_pos(x), "invalid operation: cannot call non-function %s", opd_str(c, x));
        x->mode = M_INVALID;
        x->expr = call;
        use_exprs(c, &call->list);
        return EK_STATEMENT;
    }
    Operand *args;
    int nargs = expr_list(c, &call->list, false, &args, NULL);
    arguments(c, call, sig, args, nargs);
    switch (sig->results.len) {
    case 0:
        x->mode = M_NOVALUE;
        break;
    case 1:
        x->mode = M_VALUE;
        x->type = ((Field *)sig->results.data[0])->type;
        break;
    default:
        x->mode = M_VALUE;
        x->type = make_tuple_type(&sig->results);
    }
    x->expr = call;
    c->env.has_call_or_recv = true;
    return EK_STATEMENT;
}

/* ---- built-in functions ---- */

static Type *array_ptr_deref(Type *u) {
    if (u->kind == TY_PTR) {
        Type *a = ty_under(u->elem);
        if (a->kind == TY_ARRAY)
            return a;
    }
    return u;
}

static int64_t offsetof_path(Type *base, Selection *s, bool *indirect) {
    int64_t off = 0;
    *indirect = false;
    Type *t = base;
    for (int i = 0; i < s->path.len; i++) {
        Field *f = s->path.data[i];
        ty_layout(ty_under(t));
        off += f->offset;
        t = f->type;
        if (t->kind == TY_PTR) {
            *indirect = true;
            return off;
        }
    }
    ty_layout(ty_under(t));
    return off + s->field->offset;
}

bool builtin_call(Checker *c, Operand *x, Node *call, int id) {
    const char *bname = builtin_name(id);
    if (call->flag && id != BI_APPEND) {
        errorf(c, start_pos(call), "invalid operation: invalid use of ... with built-in %s", bname);
        use_exprs(c, &call->list);
        return false;
    }
    bool saved_has = c->env.has_call_or_recv;
    if (id == BI_LEN || id == BI_CAP)
        c->env.has_call_or_recv = false;
    Operand *args = NULL;
    int nargs = call->list.len;
    bool ok = false;
    if (id != BI_MAKE && id != BI_NEW && id != BI_OFFSETOF) {
        nargs = expr_list(c, &call->list, false, &args, NULL);
        if (nargs > 0) {
            *x = args[0];
            if (x->mode == M_INVALID)
                goto out;
        }
    }
    {
        const char *msg = NULL;
        if (nargs < builtin_info[id].nargs)
            msg = "not enough";
        else if (!builtin_info[id].variadic && nargs > builtin_info[id].nargs)
            msg = "too many";
        if (msg) {
            errorf(c, start_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                   expr_str(call), builtin_info[id].nargs, nargs);
            goto out;
        }
    }
    switch (id) {
    case BI_APPEND: {
        Type *S = x->type;
        Type *su = ty_under(S);
        if (!su || su->kind != TY_SLICE) {
            const char *cause = x->mode == M_NIL ? "have untyped nil" : arena_printf(perm, "have %s", opd_str(c, x));
            errorf(c, opd_pos(x), "first argument to append must be a slice; %s", cause);
            goto out;
        }
        Type *T = su->elem;
        if (nargs == 2 && call->flag) {
            Operand sx = *x;
            if (assignable_to(c, &sx, ty_slice(ty_byte), NULL)) {
                Operand y = args[1];
                if (y.mode == M_INVALID)
                    goto out;
                if (ty_is_string(y.type)) {
                    if (ty_is_untyped(y.type)) {
                        convert_untyped(c, &y, ty_string);
                    }
                    x->mode = M_VALUE;
                    x->type = S;
                    break;
                }
            }
        }
        /* the common cases without building append's signature */
        if (!call->flag) {
            bool ok_all = true;
            for (int i = 1; i < nargs; i++)
                if (args[i].mode == M_TYPEXPR || args[i].mode == M_INVALID)
                    ok_all = false;
            if (ok_all) {
                for (int i = 1; i < nargs; i++)
                    assignment(c, &args[i], T, "argument to append");
                x->mode = M_VALUE;
                x->type = S;
                break;
            }
        }
        Type *sig = ty_new(TY_FUNC);
        Field *p0 = NEW(Field), *p1 = NEW(Field), *r = NEW(Field);
        p0->type = S;
        p1->type = ty_slice(T);
        r->type = S;
        vec_push(&sig->params, p0);
        vec_push(&sig->params, p1);
        vec_push(&sig->results, r);
        sig->variadic = true;
        int64_t saved_ival = call->ival;
        arguments(c, call, sig, args, nargs);
        call->ival = saved_ival; /* append packs no ... slice */
        x->mode = M_VALUE;
        x->type = S;
        break;
    }
    case BI_CAP:
    case BI_LEN: {
        Mode mode = M_INVALID;
        ConstVal *val = NULL;
        Type *t = array_ptr_deref(ty_under(x->type));
        switch (t->kind) {
        case TY_STRING: case TY_UNTYPED_STRING:
            if (id == BI_LEN) {
                if (x->mode == M_CONST) {
                    mode = M_CONST;
                    val = cv_int64(x->val->slen);
                } else
                    mode = M_VALUE;
            }
            break;
        case TY_ARRAY:
            mode = M_VALUE;
            if (!c->env.has_call_or_recv) {
                mode = M_CONST;
                val = t->len >= 0 ? cv_int64(t->len) : cv_unknown();
            }
            break;
        case TY_SLICE: case TY_CHAN:
            mode = M_VALUE;
            break;
        case TY_MAP:
            if (id == BI_LEN)
                mode = M_VALUE;
            break;
        default:
            break;
        }
        if (mode == M_INVALID && ty_under(x->type) != ty_invalid) {
            errorf(c, opd_pos(x), "invalid argument: %s for %s", opd_str(c, x), bname);
            goto out;
        }
        if (ty_is_untyped(x->type))
            convert_untyped(c, x, ty_string);
        x->mode = mode;
        x->type = ty_int;
        x->val = val;
        break;
    }
    case BI_CLOSE: {
        Type *u = ty_under(x->type);
        if (u->kind != TY_CHAN) {
            errorf(c, opd_pos(x), "invalid operation: cannot close non-channel %s", opd_str(c, x));
            goto out;
        }
        if (u->len == CHAN_RECV) {
            errorf(c, opd_pos(x), "invalid operation: cannot close receive-only channel %s", opd_str(c, x));
            goto out;
        }
        x->mode = M_NOVALUE;
        break;
    }
    case BI_COMPLEX: {
        Operand y = args[1];
        if (y.mode == M_INVALID)
            goto out;
        int d = (ty_is_untyped(x->type) ? 1 : 0) | (ty_is_untyped(y.type) ? 2 : 0);
        switch (d) {
        case 1: convert_untyped(c, x, y.type); break;
        case 2: convert_untyped(c, &y, x->type); break;
        case 3:
            if (x->mode == M_CONST && y.mode == M_CONST) {
                if (ty_is_numeric(x->type) && cv_sign(cv_imag(x->val)) == 0)
                    x->type = ty_untyped_float;
                if (ty_is_numeric(y.type) && cv_sign(cv_imag(y.val)) == 0)
                    y.type = ty_untyped_float;
            } else {
                convert_untyped(c, x, ty_float64);
                convert_untyped(c, &y, ty_float64);
            }
            break;
        default:
            break;
        }
        if (x->mode == M_INVALID || y.mode == M_INVALID)
            goto out;
        if (!ty_identical(x->type, y.type)) {
            errorf(c, opd_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_str(call),
                   type_str(x->type), type_str(y.type));
            goto out;
        }
        Type *res = NULL;
        switch (ty_under(x->type)->kind) {
        case TY_FLOAT32: res = ty_complex64; break;
        case TY_FLOAT64: res = ty_complex128; break;
        case TY_UNTYPED_FLOAT: res = ty_untyped_complex; break;
        default: break;
        }
        if (!res) {
            errorf(c, opd_pos(x), "invalid argument: arguments have type %s, expected floating-point",
                   type_str(x->type));
            goto out;
        }
        if (x->mode == M_CONST && y.mode == M_CONST)
            x->val = cv_make_complex(cv_to_float(x->val), cv_to_float(y.val));
        else
            x->mode = M_VALUE;
        x->type = res;
        break;
    }
    case BI_COPY: {
        Type *dst = ty_under(x->type);
        Operand y = args[1];
        if (y.mode == M_INVALID)
            goto out;
        Type *src = ty_under(y.type);
        Type *src_elem = NULL;
        if (ty_is_string(src))
            src_elem = ty_byte;
        else if (src->kind == TY_SLICE)
            src_elem = src->elem;
        if (dst->kind != TY_SLICE || !src_elem) {
            errorf(c, opd_pos(x), "invalid argument: copy expects slice arguments; found %s and %s", opd_str(c, x),
                   opd_str(c, &y));
            goto out;
        }
        if (!ty_identical(dst->elem, src_elem)) {
            errorf(c, opd_pos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                   opd_str(c, x), opd_str(c, &y), type_str(dst->elem), type_str(src_elem));
            goto out;
        }
        if (ty_is_untyped(y.type))
            convert_untyped(c, &y, ty_string);
        x->mode = M_VALUE;
        x->type = ty_int;
        break;
    }
    case BI_DELETE: {
        Type *m = ty_under(x->type);
        if (m->kind != TY_MAP) {
            errorf(c, opd_pos(x), "invalid argument: %s is not a map", opd_str(c, x));
            goto out;
        }
        *x = args[1];
        if (x->mode == M_INVALID)
            goto out;
        assignment(c, x, m->key, "argument to delete");
        if (x->mode == M_INVALID)
            goto out;
        x->mode = M_NOVALUE;
        break;
    }
    case BI_IMAG:
    case BI_REAL: {
        if (ty_is_untyped(x->type)) {
            if (x->mode == M_CONST) {
                if (ty_is_numeric(x->type))
                    x->type = ty_untyped_complex;
            } else {
                convert_untyped(c, x, ty_complex128);
                if (x->mode == M_INVALID)
                    goto out;
            }
        }
        Type *res = NULL;
        switch (ty_under(x->type)->kind) {
        case TY_COMPLEX64: res = ty_float32; break;
        case TY_COMPLEX128: res = ty_float64; break;
        case TY_UNTYPED_COMPLEX: res = ty_untyped_float; break;
        default: break;
        }
        if (!res) {
            errorf(c, opd_pos(x), "invalid argument: argument has type %s, expected complex type", type_str(x->type));
            goto out;
        }
        if (x->mode == M_CONST)
            x->val = id == BI_REAL ? cv_real(x->val) : cv_imag(x->val);
        else
            x->mode = M_VALUE;
        x->type = res;
        break;
    }
    case BI_MAKE: {
        Node *arg0 = call->list.data[0];
        Type *T = var_type(c, arg0);
        if (T == ty_invalid) {
            for (int i = 1; i < call->list.len; i++)
                use_expr(c, call->list.data[i]);
            goto out;
        }
        int min;
        switch (ty_under(T)->kind) {
        case TY_SLICE: min = 2; break;
        case TY_MAP: case TY_CHAN: min = 1; break;
        default:
            errorf(c, start_pos(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                   expr_str(arg0));
            for (int i = 1; i < call->list.len; i++)
                use_expr(c, call->list.data[i]);
            goto out;
        }
        if (nargs < min || min + 1 < nargs) {
            errorf(c, start_pos(call), "invalid operation: %s expects %d or %d arguments; found %d", expr_str(call),
                   min, min + 1, nargs);
            for (int i = 1; i < call->list.len; i++)
                use_expr(c, call->list.data[i]);
            goto out;
        }
        int64_t sizes[2];
        int ns = 0;
        for (int i = 1; i < call->list.len; i++) {
            Type *it;
            int64_t s = check_index(c, call->list.data[i], -1, &it);
            if (s >= 0 && ns < 2)
                sizes[ns++] = s;
        }
        if (ns == 2 && sizes[0] > sizes[1])
            errorf(c, start_pos(call->list.data[1]), "invalid argument: length and capacity swapped");
        x->mode = M_VALUE;
        x->type = T;
        break;
    }
    case BI_NEW: {
        Type *T = var_type(c, call->list.data[0]);
        if (T == ty_invalid)
            goto out;
        x->mode = M_VALUE;
        x->type = ty_ptr(T);
        break;
    }
    case BI_PANIC:
        if (c->env.sig && c->env.sig->results.len > 0)
            pm_put(&c->ispanic, call, call);
        assignment(c, x, empty_iface(), "argument to panic");
        if (x->mode == M_INVALID)
            goto out;
        x->mode = M_NOVALUE;
        break;
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < nargs; i++) {
            if (i > 0)
                *x = args[i];
            assignment(c, x, NULL, arena_printf(perm, "argument to %s", bname));
            if (x->mode == M_INVALID)
                goto out;
        }
        x->mode = M_NOVALUE;
        break;
    case BI_RECOVER:
        x->mode = M_VALUE;
        x->type = empty_iface();
        break;
    case BI_ADD: {
        assignment(c, x, ty_unsafeptr, "argument to unsafe.Add");
        if (x->mode == M_INVALID)
            goto out;
        Operand y = args[1];
        if (!is_valid_index(c, &y, "length", true))
            goto out;
        x->mode = M_VALUE;
        x->type = ty_unsafeptr;
        break;
    }
    case BI_ALIGNOF:
    case BI_SIZEOF:
        assignment(c, x, NULL, id == BI_SIZEOF ? "argument to unsafe.Sizeof" : "argument to unsafe.Alignof");
        if (x->mode == M_INVALID)
            goto out;
        x->mode = M_CONST;
        x->val = cv_int64(id == BI_SIZEOF ? ty_size(x->type) : ty_align(x->type));
        x->type = ty_uintptr;
        break;
    case BI_OFFSETOF: {
        Node *arg0 = call->list.data[0];
        Node *selx = ast_unparen(arg0);
        if (selx->kind != N_SELECTOR) {
            errorf(c, start_pos(arg0), "invalid argument: %s is not a selector expression", expr_str(arg0));
            use_expr(c, arg0);
            goto out;
        }
        expr(c, x, selx->a);
        if (x->mode == M_INVALID)
            goto out;
        Type *base = x->type;
        Type *bu = ty_under(base);
        if (bu->kind == TY_PTR && ty_under(bu->elem)->kind == TY_STRUCT)
            base = bu->elem;
        Selection s;
        bool found = lookup_field_or_method(base, false, c->pkg->path, selx->name, &s);
        if (!found || !s.field) {
            if (found && s.method) {
                errorf(c, start_pos(arg0), "invalid argument: %s is a method value", expr_str(arg0));
                goto out;
            }
            errorf(c, opd_pos(x), "invalid argument: %s has no single field %s", type_str(base), selx->name);
            goto out;
        }
        if (s.indirect) {
            errorf(c, opd_pos(x), "invalid argument: field %s is embedded via a pointer in %s", selx->name,
                   type_str(base));
            goto out;
        }
        selx->type = s.field->type;
        bool ind;
        int64_t off = offsetof_path(base, &s, &ind);
        x->mode = M_CONST;
        x->val = cv_int64(off);
        x->type = ty_uintptr;
        break;
    }
    case BI_SLICE: {
        Type *pt = ty_under(x->type);
        if (pt->kind != TY_PTR) {
            errorf(c, opd_pos(x), "invalid argument: %s is not a pointer", opd_str(c, x));
            goto out;
        }
        Operand y = args[1];
        if (!is_valid_index(c, &y, "length", false))
            goto out;
        x->mode = M_VALUE;
        x->type = ty_slice(pt->elem);
        break;
    }
    default:
        goto out;
    }
    ok = true;
out:
    if (id == BI_LEN || id == BI_CAP)
        c->env.has_call_or_recv = saved_has;
    return ok;
}
