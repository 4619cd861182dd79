/* expr.c — expressions (types2's expr.go, index.go, operand.go).
 *
 * Expressions are checked top down into an Operand (mode, type, constant
 * value).  An expression whose type is untyped is remembered in
 * c->untyped until its final type is known from the context (an
 * assignment, an operator's other operand); update_expr_type then pushes
 * that type down the tree, so that every node ends with the type it has at
 * run time (constant subtrees keep their untyped types below their root,
 * as in gc).  Constants are exact (const.c); a constant that does not fit
 * its type is reported as types2 does ("cannot use ... (overflows)",
 * "... overflows int8", "... truncated to int").
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

/* ---- recording ---- */

void record(Checker *c, Operand *x) {
    if (!x->expr)
        return;
    Type *t;
    ConstVal *v = NULL;
    switch (x->mode) {
    case M_INVALID:
        t = ty_invalid;
        break;
    case M_NOVALUE:
        t = NULL;
        break;
    case M_CONST:
        t = x->type;
        v = x->val;
        break;
    default:
        t = x->type;
    }
    Node *e = x->expr;
    if (t && ty_is_untyped(t)) {
        UntypedInfo *u = pm_get(&c->untyped, e);
        if (!u) {
            u = NEW(UntypedInfo);
            pm_put(&c->untyped, e, u);
        }
        u->mode = x->mode;
        u->type = t;
        u->val = v;
        u->is_lhs = false;
    }
    e->type = t;
    e->cval = v;
}

/* ---- representability of constants ---- */

bool representable_const(ConstVal *x, Type *t, ConstVal **rounded) {
    if (x->kind == CV_UNKNOWN)
        return true;
    Type *u = ty_under(t);
    if (ty_is_integer(u)) {
        ConstVal *xi = cv_to_int(x);
        if (xi->kind != CV_INT)
            return false;
        if (rounded)
            *rounded = xi;
        int64_t v;
        if (cv_int64_val(xi, &v)) {
            switch (u->kind) {
            case TY_INT: case TY_INT64: case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
                return true;
            case TY_INT8: return v >= -128 && v <= 127;
            case TY_INT16: return v >= -32768 && v <= 32767;
            case TY_INT32: return v >= INT32_MIN && v <= INT32_MAX;
            case TY_UINT: case TY_UINTPTR: case TY_UINT64: return v >= 0;
            case TY_UINT8: return v >= 0 && v <= 255;
            case TY_UINT16: return v >= 0 && v <= 65535;
            case TY_UINT32: return v >= 0 && v <= (int64_t)UINT32_MAX;
            default: return false;
            }
        }
        int n = cv_bitlen(xi);
        switch (u->kind) {
        case TY_UINT: case TY_UINTPTR: case TY_UINT64:
            return cv_sign(xi) >= 0 && n <= 64;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
            return true;
        default:
            return false;
        }
    }
    if (ty_is_float(u)) {
        ConstVal *xf = cv_to_float(x);
        if (xf->kind != CV_FLOAT)
            return false;
        switch (u->kind) {
        case TY_FLOAT32:
        case TY_FLOAT64: {
            ConstVal *r = cv_round_float(xf, u->kind == TY_FLOAT32 ? 32 : 64);
            if (!r)
                return false;
            if (rounded)
                *rounded = r;
            return true;
        }
        default: /* untyped float */
            if (rounded)
                *rounded = xf;
            return true;
        }
    }
    if (ty_is_complex(u)) {
        ConstVal *xc = cv_to_complex(x);
        if (xc->kind != CV_COMPLEX)
            return false;
        switch (u->kind) {
        case TY_COMPLEX64:
        case TY_COMPLEX128: {
            ConstVal *r = cv_round_complex(xc, u->kind == TY_COMPLEX64 ? 32 : 64);
            if (!r)
                return false;
            if (rounded)
                *rounded = r;
            return true;
        }
        default:
            if (rounded)
                *rounded = xc;
            return true;
        }
    }
    if (ty_is_string(u))
        return x->kind == CV_STRING;
    if (ty_is_bool(u))
        return x->kind == CV_BOOL;
    return false;
}

/* types2's representation: the value x has as a constant of type t, or an
 * error code. */
static int representation(Operand *x, Type *t, ConstVal **v) {
    *v = x->val;
    if (!representable_const(x->val, t, v)) {
        if (ty_is_numeric(x->type) && ty_is_numeric(t)) {
            if (!ty_is_integer(x->type) && ty_is_integer(t))
                return E_TRUNCATED;
            return E_OVERFLOW;
        }
        return E_INVALID_CONST;
    }
    return 0;
}

void invalid_conversion(Checker *c, int code, Operand *x, Type *target) {
    const char *xs = opd_str(c, x), *ts = type_str(target);
    switch (code) {
    case E_TRUNCATED:
        errorf(c, opd_pos(x), "%s truncated to %s", xs, ts);
        break;
    case E_OVERFLOW:
        errorf(c, opd_pos(x), "%s overflows %s", xs, ts);
        break;
    default:
        errorf(c, opd_pos(x), "cannot convert %s to %s", xs, ts);
    }
}

void representable(Checker *c, Operand *x, Type *t) {
    ConstVal *v;
    int code = representation(x, t, &v);
    if (code) {
        invalid_conversion(c, code, x, t);
        x->mode = M_INVALID;
        return;
    }
    x->val = v;
}

static Pos op_pos(Node *e) {
    if (!e)
        return (Pos){0};
    if (e->kind == N_UNARY || e->kind == N_BINARY)
        return e->pos;
    return start_pos(e);
}

static const char *op_name(Node *e) {
    if (e && e->kind == N_UNARY && e->op == OP_XOR)
        return "bitwise complement";
    if (e && e->kind == N_BINARY) {
        switch (e->op) {
        case OP_ADD: return "addition";
        case OP_SUB: return "subtraction";
        case OP_XOR: return "bitwise XOR";
        case OP_MUL: return "multiplication";
        case OP_SHL: return "shift";
        default: break;
        }
    }
    return "";
}

static void overflow(Checker *c, Operand *x) {
    if (x->val->kind == CV_UNKNOWN) {
        errorf(c, op_pos(x->expr), "constant result is not representable");
        return;
    }
    if (!ty_is_untyped(x->type)) {
        representable(c, x, ty_under(x->type));
        return;
    }
    if (x->val->kind == CV_INT && cv_bitlen(x->val) > 512) {
        const char *name = op_name(x->expr);
        errorf(c, op_pos(x->expr), "constant %s%soverflow", name, *name ? " " : "");
        x->val = cv_unknown();
    }
}

/* ---- untyped operands and their final types ---- */

void update_expr_val(Checker *c, Node *e, ConstVal *v) {
    UntypedInfo *u = pm_get(&c->untyped, e);
    if (u)
        u->val = v;
}

static void update0(Checker *c, Node *parent, Node *x, Type *t, bool final) {
    UntypedInfo *old = pm_get(&c->untyped, x);
    if (!old)
        return;
    switch (x->kind) {
    case N_FUNCLIT: case N_COMPOSITE: case N_INDEX: case N_SLICE: case N_TYPEASSERT:
    case N_KEYVAL:
        return;
    case N_PAREN:
        update0(c, x, x->a, t, final);
        break;
    case N_UNARY:
        if (x->op == OP_DEREF)
            return;
        if (old->val)
            break;
        update0(c, x, x->a, t, final);
        break;
    case N_BINARY:
        if (old->val)
            break;
        if (x->op == OP_EQ || x->op == OP_NE || x->op == OP_LT || x->op == OP_LE || x->op == OP_GT ||
            x->op == OP_GE) {
            /* the result type is independent of the operand types */
        } else if (x->op == OP_SHL || x->op == OP_SHR) {
            update0(c, x, x->a, t, final);
        } else {
            update0(c, x, x->a, t, final);
            update0(c, x, x->b, t, final);
        }
        break;
    default:
        break;
    }
    if (!final && ty_is_untyped(t)) {
        old->type = ty_under(t);
        x->type = old->type;
        return;
    }
    pm_del(&c->untyped, x);
    if (old->is_lhs) {
        if (!ty_is_integer(t)) {
            errorf(c, start_pos(x), "invalid operation: %s (shift of type %s)",
                   parent ? expr_str(parent) : expr_str(x), type_str(t));
            return;
        }
    }
    ConstVal *v = old->val;
    if (old->val) {
        Operand cx = {old->mode, x, old->type, old->val, 0};
        convert_untyped(c, &cx, t);
        if (cx.mode == M_INVALID)
            return;
        v = cx.val;
    }
    x->type = t;
    x->cval = v;
}

void update_expr_type(Checker *c, Node *e, Type *t, bool final) {
    if (e)
        update0(c, NULL, e, t, final);
}

/* types2's implicitTypeAndValue: the type (and value) an untyped operand
 * takes when used where a `target` is expected; an error code if it
 * cannot. */
int implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **ntype, ConstVal **nval) {
    *nval = NULL;
    *ntype = x->type;
    if (x->mode == M_INVALID || !ty_is_untyped(x->type) || target == ty_invalid)
        return 0;
    if (ty_is_untyped(target)) {
        TypeKind xk = x->type->kind, tk = target->kind;
        if (ty_is_numeric(x->type) && ty_is_numeric(target)) {
            if (xk < tk)
                *ntype = target;
            return 0;
        }
        if (xk != tk) {
            *ntype = NULL;
            return E_INVALID_UNTYPED;
        }
        return 0;
    }
    if (x->mode == M_NIL) {
        if (ty_has_nil(target)) {
            *ntype = target;
            return 0;
        }
        *ntype = NULL;
        return E_INVALID_UNTYPED;
    }
    Type *u = ty_under(target);
    if (ty_is_basic(u)) {
        if (x->mode == M_CONST) {
            ConstVal *v;
            int code = representation(x, u, &v);
            if (code) {
                *ntype = NULL;
                return code;
            }
            *ntype = target;
            *nval = v;
            return 0;
        }
        bool ok;
        switch (x->type->kind) {
        case TY_UNTYPED_BOOL: ok = ty_is_bool(target); break;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT: case TY_UNTYPED_COMPLEX:
            ok = ty_is_numeric(target);
            break;
        case TY_UNTYPED_STRING: ok = ty_is_string(target); break;
        default: ok = false;
        }
        if (!ok) {
            *ntype = NULL;
            return E_INVALID_UNTYPED;
        }
        *ntype = target;
        return 0;
    }
    if (u->kind == TY_IFACE) {
        Vec *ms = iface_methods(u);
        if (ms && ms->len) {
            *ntype = NULL;
            return E_INVALID_UNTYPED;
        }
        *ntype = ty_default(x->type);
        (void)c;
        return 0;
    }
    *ntype = NULL;
    return E_INVALID_UNTYPED;
}

void convert_untyped(Checker *c, Operand *x, Type *target) {
    Type *nt;
    ConstVal *nv;
    int code = implicit_type_and_value(c, x, target, &nt, &nv);
    if (code) {
        invalid_conversion(c, code, x, ty_under(target));
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

/* ---- unary and binary operators ---- */

static const char *op_str(Op op) { return ast_op_names[op]; }

static bool op_ok(Checker *c, Operand *x, Op op, bool binary_op) {
    bool ok;
    switch (op) {
    case OP_ADD: ok = binary_op ? ty_is_numeric(x->type) || ty_is_string(x->type) : ty_is_numeric(x->type); break;
    case OP_SUB: case OP_MUL: case OP_DIV: ok = ty_is_numeric(x->type); break;
    case OP_MOD: case OP_AND: case OP_OR: case OP_ANDNOT: ok = ty_is_integer(x->type); break;
    case OP_XOR: ok = ty_is_integer(x->type); break;
    case OP_NOT: case OP_LAND: case OP_LOR: ok = ty_is_bool(x->type); break;
    default:
        errorf(c, opd_pos(x), "invalid AST: unknown operator %s", op_str(op));
        return false;
    }
    if (!ok) {
        errorf(c, opd_pos(x), "invalid operation: operator %s not defined on %s", op_str(op), opd_str(c, x));
        return false;
    }
    return true;
}

static void unary(Checker *c, Operand *x, Node *e) {
    expr(c, x, e->a);
    if (x->mode == M_INVALID)
        return;
    switch (e->op) {
    case OP_ADDR:
        if (ast_unparen(e->a)->kind != N_COMPOSITE && x->mode != M_VAR) {
            errorf(c, opd_pos(x), "invalid operation: cannot take address of %s", opd_str(c, x));
            x->mode = M_INVALID;
            return;
        }
        {
            Node *v = ast_unparen(e->a);
            if (v->kind == N_NAME && v->sym && v->sym->kind == SYM_VAR)
                v->sym->addrtaken = true;
        }
        x->mode = M_VALUE;
        x->type = ty_ptr(x->type);
        return;
    case OP_RECV: {
        Type *u = ty_under(x->type);
        if (!u || u->kind != TY_CHAN) {
            errorf(c, opd_pos(x), "invalid operation: cannot receive from non-channel %s", opd_str(c, x));
            x->mode = M_INVALID;
            return;
        }
        if (u->len == CHAN_SEND) {
            errorf(c, opd_pos(x), "invalid operation: cannot receive from send-only channel %s", opd_str(c, x));
            x->mode = M_INVALID;
            return;
        }
        x->mode = M_COMMAOK;
        x->type = u->elem;
        c->env.has_call_or_recv = true;
        return;
    }
    default:
        break;
    }
    if (!op_ok(c, x, e->op, false)) {
        x->mode = M_INVALID;
        return;
    }
    if (x->mode == M_CONST) {
        if (x->val->kind == CV_UNKNOWN)
            return;
        int prec = 0;
        if (ty_is_unsigned(x->type))
            prec = (int)ty_size(x->type) * 8;
        x->val = cv_unary(e->op, x->val, prec);
        x->expr = e;
        overflow(c, x);
        return;
    }
    x->mode = M_VALUE;
}

static bool is_comparison(Op op) {
    return op == OP_EQ || op == OP_NE || op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE;
}

static const char *kind_string(Type *t) {
    switch (ty_under(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_PTR: return "pointer";
    case TY_FUNC: return "func";
    case TY_IFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return type_str(t);
    }
}

static const char *incomparable_cause(Type *t) {
    Type *u = ty_under(t);
    if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_MAP)
        return arena_printf(perm, "%s can only be compared to nil", kind_string(t));
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = u->fields.data[i];
            if (!ty_comparable(f->type))
                return arena_printf(perm, "struct containing %s cannot be compared", type_str(f->type));
        }
    }
    if (u->kind == TY_ARRAY)
        return arena_printf(perm, "%s cannot be compared", type_str(t));
    return "";
}

void comparison(Checker *c, Operand *x, Operand *y, Op op, bool switch_case) {
    if (switch_case)
        op = OP_EQ;
    Operand *err_op = x;
    const char *cause = "";
    bool ok = assignable_to(c, x, y->type, NULL);
    if (!ok)
        ok = assignable_to(c, y, x->type, NULL);
    if (!ok) {
        err_op = y;
        cause = arena_printf(perm, "mismatched types %s and %s", type_str(x->type), type_str(y->type));
        goto error;
    }
    if (op == OP_EQ || op == OP_NE) {
        if (x->mode == M_NIL || y->mode == M_NIL) {
            Type *t = x->mode == M_NIL ? y->type : x->type;
            if (!ty_has_nil(t)) {
                err_op = y;
                goto error;
            }
        } else if (!ty_comparable(x->type)) {
            err_op = x;
            cause = incomparable_cause(x->type);
            goto error;
        } else if (!ty_comparable(y->type)) {
            err_op = y;
            cause = incomparable_cause(y->type);
            goto error;
        }
    } else {
        if (!ty_is_ordered(x->type)) {
            err_op = x;
            goto error;
        }
        if (!ty_is_ordered(y->type)) {
            err_op = y;
            goto error;
        }
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        x->val = cv_bool(cv_compare(x->val, op, y->val));
    } else {
        x->mode = M_VALUE;
        update_expr_type(c, x->expr, ty_default(x->type), true);
        update_expr_type(c, y->expr, ty_default(y->type), true);
    }
    x->type = ty_untyped_bool;
    return;
error:
    if (!*cause)
        cause = arena_printf(perm, "operator %s not defined on %s", op_str(op), kind_string(err_op->type));
    if (switch_case)
        errorf(c, opd_pos(x), "invalid case %s in switch on %s (%s)", expr_str(x->expr), expr_str(y->expr),
               cause);
    else
        errorf(c, opd_pos(err_op), "invalid operation: %s %s %s (%s)", expr_str(x->expr), op_str(op),
               expr_str(y->expr), cause);
    x->mode = M_INVALID;
}

static void shift(Checker *c, Operand *x, Operand *y, Node *e, Op op) {
    ConstVal *xval = NULL;
    if (x->mode == M_CONST)
        xval = cv_to_int(x->val);
    if (ty_is_integer(x->type) || (ty_is_untyped(x->type) && xval && xval->kind == CV_INT)) {
        /* ok */
    } else {
        errorf(c, opd_pos(x), "invalid operation: shifted operand %s must be integer", opd_str(c, x));
        x->mode = M_INVALID;
        return;
    }
    if (y->mode == M_CONST) {
        ConstVal *yval = cv_to_int(y->val);
        if (yval->kind == CV_INT && cv_sign(yval) < 0) {
            errorf(c, opd_pos(y), "invalid operation: negative shift count %s", opd_str(c, y));
            x->mode = M_INVALID;
            return;
        }
        if (ty_is_untyped(y->type)) {
            representable(c, y, ty_uint);
            if (y->mode == M_INVALID) {
                x->mode = M_INVALID;
                return;
            }
        }
    } else {
        if (ty_is_integer(y->type)) {
            /* ok */
        } else if (ty_is_untyped(y->type)) {
            convert_untyped(c, y, ty_uint);
            if (y->mode == M_INVALID) {
                x->mode = M_INVALID;
                return;
            }
        } else {
            errorf(c, opd_pos(y), "invalid operation: shift count %s must be integer", opd_str(c, y));
            x->mode = M_INVALID;
            return;
        }
    }
    if (x->mode == M_CONST) {
        if (y->mode == M_CONST) {
            if (x->val->kind == CV_UNKNOWN || y->val->kind == CV_UNKNOWN) {
                x->val = cv_unknown();
                if (!ty_is_integer(x->type))
                    x->type = ty_untyped_int;
                return;
            }
            uint64_t s;
            if (!cv_uint64_val(cv_to_int(y->val), &s) || s > 1023 - 1 + 52) {
                errorf(c, opd_pos(y), "invalid operation: invalid shift count %s", opd_str(c, y));
                x->mode = M_INVALID;
                return;
            }
            if (!ty_is_integer(x->type))
                x->type = ty_untyped_int;
            x->val = cv_shift(xval, op, (unsigned)s);
            x->expr = e;
            overflow(c, x);
            return;
        }
        if (ty_is_untyped(x->type)) {
            UntypedInfo *u = pm_get(&c->untyped, x->expr);
            if (u)
                u->is_lhs = true;
            x->mode = M_VALUE;
            return;
        }
    }
    if (!ty_is_integer(x->type)) {
        errorf(c, opd_pos(x), "invalid operation: shifted operand %s must be integer", opd_str(c, x));
        x->mode = M_INVALID;
        return;
    }
    x->mode = M_VALUE;
}

static bool can_mix(Operand *x, Operand *y) {
    if (ty_is_iface(x->type) || ty_is_iface(y->type))
        return true;
    if (ty_is_bool(x->type) != ty_is_bool(y->type))
        return false;
    if (ty_is_string(x->type) != ty_is_string(y->type))
        return false;
    if (x->mode == M_NIL && !ty_has_nil(y->type))
        return false;
    if (y->mode == M_NIL && !ty_has_nil(x->type))
        return false;
    return true;
}

/* x op y; e is the whole expression (NULL for x op= y). */
void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, Op op) {
    Operand y = {0};
    expr(c, x, lhs);
    expr(c, &y, rhs);
    if (x->mode == M_INVALID)
        return;
    if (y.mode == M_INVALID) {
        x->mode = M_INVALID;
        x->expr = y.expr;
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(c, x, &y, e, op);
        return;
    }
    if (can_mix(x, &y)) {
        convert_untyped(c, x, y.type);
        if (x->mode == M_INVALID)
            return;
        convert_untyped(c, &y, x->type);
        if (y.mode == M_INVALID) {
            x->mode = M_INVALID;
            return;
        }
    }
    if (is_comparison(op)) {
        comparison(c, x, &y, op, false);
        return;
    }
    if (!ty_identical(x->type, y.type)) {
        if (x->type != ty_invalid && y.type != ty_invalid) {
            if (e)
                errorf(c, opd_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_str(e),
                       type_str(x->type), type_str(y.type));
            else
                errorf(c, opd_pos(x), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                       expr_str(lhs), op_str(op), expr_str(rhs), type_str(x->type), type_str(y.type));
        }
        x->mode = M_INVALID;
        return;
    }
    if (!op_ok(c, x, op, true)) {
        x->mode = M_INVALID;
        return;
    }
    if (op == OP_DIV || op == OP_MOD) {
        if ((x->mode == M_CONST || ty_is_integer(x->type)) && y.mode == M_CONST && cv_sign(y.val) == 0) {
            errorf(c, opd_pos(&y), "invalid operation: division by zero");
            x->mode = M_INVALID;
            return;
        }
        if (x->mode == M_CONST && y.mode == M_CONST && ty_is_complex(x->type)) {
            ConstVal *re = cv_real(y.val), *im = cv_imag(y.val);
            ConstVal *re2 = cv_binary(OP_MUL, re, re, false), *im2 = cv_binary(OP_MUL, im, im, false);
            if (cv_sign(re2) == 0 && cv_sign(im2) == 0) {
                errorf(c, opd_pos(&y), "invalid operation: division by zero");
                x->mode = M_INVALID;
                return;
            }
        }
    }
    if (x->mode == M_CONST && y.mode == M_CONST) {
        if (x->val->kind == CV_UNKNOWN || y.val->kind == CV_UNKNOWN) {
            x->val = cv_unknown();
            return;
        }
        bool intdiv = op == OP_DIV && ty_is_integer(x->type);
        x->val = cv_binary(op, x->val, y.val, intdiv);
        if (e)
            x->expr = e;
        overflow(c, x);
        return;
    }
    x->mode = M_VALUE;
}

/* ---- type assertions ---- */

void type_assertion(Checker *c, Node *e, Operand *x, Type *t, bool type_switch) {
    if (ty_is_iface(t))
        return;
    Sym *alt;
    Field *ialt;
    Field *m = missing_method(c, t, ty_under(x->type), false, &alt, &ialt);
    if (!m)
        return;
    const char *cause = missing_method_reason(c, t, x->type, m, alt, ialt);
    if (type_switch)
        errorf(c, start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
               expr_str(e), opd_str(c, x), type_str(t), cause);
    else
        errorf(c, start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s", expr_str(e),
               type_str(t), type_str(x->type), cause);
}

/* ---- selectors ---- */

static Pos sel_pos(Node *e) {
    Pos p = e->pos;
    if (e->pos2.line)
        return e->pos2;
    p.col++;
    return p;
}

static Sym *method_value_sym(Selection *sel) { return sel->method; }

void selector(Checker *c, Operand *x, Node *e, Type *def) {
    const char *sel = e->name;
    if (e->a->kind == N_NAME) {
        Sym *obj = lookup(c, e->a->name);
        if (obj && obj->kind == SYM_PKG) {
            obj->used = true;
            e->a->sym = obj;
            Package *pkg = obj->pkgref;
            Sym *exp = scope_lookup(pkg->scope, sel);
            if (!exp) {
                if (ty_std_gaps && pkg->is_std)
                    errorf(c, sel_pos(e), "minigo cannot build %s.%s yet", pkg->path, sel);
                else if (!pkg->fake)
                    errorf(c, sel_pos(e), "undefined: %s.%s", pkg->name, sel);
                goto error;
            }
            if (!is_exported(exp->name))
                errorf(c, sel_pos(e), "%s not exported by package %s", sel, pkg->name);
            e->sym = exp;
            if (exp->generic) {
                errorf(c, sel_pos(e), "minigo does not support type parameters (generics): cannot use generic %s %s.%s",
                       exp->kind == SYM_TYPE ? "type" : "function", pkg->name, sel);
                goto error;
            }
            switch (exp->kind) {
            case SYM_CONST:
                x->mode = M_CONST;
                x->type = exp->type ? exp->type : ty_invalid;
                x->val = exp->cval ? exp->cval : cv_unknown();
                break;
            case SYM_TYPE:
                x->mode = M_TYPEXPR;
                x->type = exp->type;
                break;
            case SYM_VAR:
                x->mode = M_VAR;
                x->type = exp->type;
                break;
            case SYM_FUNC:
                x->mode = M_VALUE;
                x->type = exp->type;
                break;
            case SYM_BUILTIN:
                x->mode = M_BUILTIN;
                x->type = NULL;
                x->id = exp->builtin;
                break;
            default:
                goto error;
            }
            if (!x->type && x->mode != M_BUILTIN)
                x->type = ty_invalid;
            x->expr = e;
            return;
        }
    }
    expr_or_type(c, x, e->a);
    switch (x->mode) {
    case M_TYPEXPR:
        if (def && x->type == def) {
            Sym *s = def->sym;
            cycle_error(c, &s, 1);
            goto error;
        }
        break;
    case M_BUILTIN:
        errorf(c, e->pos, "cannot select on %s", opd_str(c, x));
        goto error;
    case M_INVALID:
        goto error;
    default:
        break;
    }
    Selection s;
    bool found = lookup_field_or_method(x->type, x->mode == M_VAR, c->pkg->path, sel, &s);
    if (!found) {
        if (ty_under(x->type) == ty_invalid)
            goto error;
        if (s.ambiguous) {
            errorf(c, sel_pos(e), "ambiguous selector %s.%s", expr_str(x->expr), sel);
            goto error;
        }
        if (s.ptr_needed) {
            errorf(c, sel_pos(e), "cannot call pointer method %s on %s", sel, type_str(x->type));
            goto error;
        }
        Type *named = x->type && x->type->kind == TY_PTR ? x->type->elem : x->type;
        if (ty_std_gaps && named && named->kind == TY_NAMED && named->sym && named->sym->pkgref &&
            named->sym->pkgref->is_std) {
            errorf(c, sel_pos(e), "minigo cannot build %s.%s yet", type_str(named), sel);
            goto error;
        }
        const char *why;
        if (is_iface_ptr(x->type))
            why = arena_printf(perm, "type %s is pointer to interface, not interface", type_str(x->type));
        else {
            why = arena_printf(perm, "type %s has no field or method %s", type_str(x->type), sel);
            if (sel[0]) {
                char *cc = arena_strdup(perm, sel);
                if (cc[0] >= 'A' && cc[0] <= 'Z')
                    cc[0] = (char)(cc[0] - 'A' + 'a');
                else if (cc[0] >= 'a' && cc[0] <= 'z')
                    cc[0] = (char)(cc[0] - 'a' + 'A');
                Selection s2;
                if (strcmp(cc, sel) != 0 &&
                    lookup_field_or_method(x->type, x->mode == M_VAR, c->pkg->path, cc, &s2))
                    why = arena_printf(perm, "%s, but does have %s", why, cc);
            }
        }
        errorf(c, sel_pos(e), "%s.%s undefined (%s)", expr_str(x->expr), sel, why);
        goto error;
    }
    if (s.method && s.method->kind == SYM_FUNC && !s.method->type)
        obj_decl(c, s.method, NULL);
    if (x->mode == M_TYPEXPR) {
        /* a method expression T.m */
        if (!s.method) {
            errorf(c, sel_pos(e), "%s.%s undefined (type %s has no method %s)", expr_str(x->expr), sel,
                   type_str(x->type), sel);
            goto error;
        }
        Type *mt = s.method->type;
        if (!mt) {
            errorf(c, e->pos, "illegal cycle in method declaration");
            goto error;
        }
        Type *ft = ty_new(TY_FUNC);
        Field *r = NEW(Field);
        r->type = x->type;
        if (mt->params.len && ((Field *)mt->params.data[0])->name) {
            Field *mr = mt->recv;
            r->name = mr && mr->name ? mr->name : "_";
        }
        vec_push(&ft->params, r);
        for (int i = 0; i < mt->params.len; i++)
            vec_push(&ft->params, mt->params.data[i]);
        ft->results = mt->results;
        ft->variadic = mt->variadic;
        e->sym = s.method;
        if (s.method->recv_of || s.method->decl)
            add_decl_dep(c, s.method);
        x->mode = M_VALUE;
        x->type = ft;
    } else if (s.field) {
        Field *f = s.field;
        if (x->mode == M_VAR || s.indirect)
            x->mode = M_VAR;
        else
            x->mode = M_VALUE;
        x->type = f->type;
    } else {
        if (s.imethod && x->type->kind == TY_NAMED && x->type->shape)
            inst_dict_method(c, e);
        Sym *m = method_value_sym(&s);
        e->sym = m;
        Type *mt = m ? m->type : NULL;
        if (!mt && s.imethod)
            mt = s.imethod->type;
        if (!mt) {
            x->mode = M_INVALID;
            goto error;
        }
        /* the method's signature; its receiver does not count in identity */
        add_decl_dep(c, m);
        x->mode = M_VALUE;
        x->type = mt;
    }
    x->expr = e;
    return;
error:
    x->mode = M_INVALID;
    x->expr = e;
}

/* ---- expressions ---- */

static void func_lit_action(Checker *c, void *a, void *b, void *d) {
    Node *e = a;
    Scope *scope = b;
    ConstVal *iota = d;
    func_body(c, c->env.decl, "<function literal>", e->a->type, scope, e->b, iota);
}

static ExprKind expr_internal(Checker *c, Operand *x, Node *e, Type *hint) {
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->val = NULL;
    switch (e->kind) {
    case N_NAME:
        ident(c, x, e, NULL, false);
        break;
    case N_ELLIPSIS:
        errorf(c, e->pos, "invalid use of '...'");
        goto error;
    case N_INSTANCE: /* only generic code has one; its operand is refused */
        expr_internal(c, x, e->a, NULL);
        if (x->mode != M_INVALID)
            errorf(c, e->pos, "%s is not a generic function or type", opd_str(c, x));
        goto error;
    case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT: case N_STRLIT: {
        if (e->flag)
            goto error; /* the scanner reported it */
        if (e->kind != N_STRLIT && e->kind != N_RUNELIT && strlen(e->str) > 10000) {
            errorf(c, e->pos, "excessively long constant: %.10s... (%d chars)", e->str, (int)strlen(e->str));
            goto error;
        }
        ConstVal *v;
        Type *t;
        switch (e->kind) {
        case N_INTLIT: t = ty_untyped_int; break;
        case N_FLOATLIT: t = ty_untyped_float; break;
        case N_IMAGLIT: t = ty_untyped_complex; break;
        case N_RUNELIT: t = ty_untyped_rune; break;
        default: t = ty_untyped_string;
        }
        if (e->kind == N_STRLIT)
            v = cv_string(e->str, e->ival);
        else
            v = cv_from_literal(e->kind, e->str, e->ival);
        if (!v) {
            errorf(c, e->pos, "malformed constant: %s", e->str);
            goto error;
        }
        x->mode = M_CONST;
        x->type = t;
        x->val = v;
        break;
    }
    case N_FUNCLIT: {
        Type *sig = ty_new(TY_FUNC);
        Scope *scope = NULL;
        func_type(c, sig, NULL, e->a, &scope);
        if (e->b)
            later(c, func_lit_action, e, scope, c->env.iota);
        x->mode = M_VALUE;
        x->type = sig;
        break;
    }
    case N_COMPOSITE:
        if (!composite_lit(c, x, e, hint))
            goto error;
        break;
    case N_PAREN: {
        ExprKind k = raw_expr(c, x, e->a, NULL);
        x->expr = e;
        if (e->a->sym && e->a->sym->kind == SYM_TYPE)
            e->sym = e->a->sym;
        return k;
    }
    case N_SELECTOR:
        selector(c, x, e, NULL);
        break;
    case N_INDEX:
        index_expr(c, x, e);
        if (x->mode == M_INVALID)
            goto error;
        break;
    case N_SLICE:
        slice_expr(c, x, e);
        if (x->mode == M_INVALID)
            goto error;
        break;
    case N_TYPEASSERT: {
        if (!e->b) {
            errorf(c, e->pos, "use of .(type) outside type switch");
            goto error;
        }
        expr(c, x, e->a);
        if (x->mode == M_INVALID)
            goto error;
        if (!ty_is_iface(x->type)) {
            errorf(c, opd_pos(x), "invalid operation: %s is not an interface", opd_str(c, x));
            goto error;
        }
        Type *t = var_type(c, e->b);
        if (t == ty_invalid)
            goto error;
        type_assertion(c, e, x, t, false);
        x->mode = M_COMMAOK;
        x->type = t;
        break;
    }
    case N_CALL:
        return call_expr(c, x, e);
    case N_UNARY:
        if (e->op == OP_DEREF) {
            expr_or_type(c, x, e->a);
            switch (x->mode) {
            case M_INVALID:
                goto error;
            case M_TYPEXPR:
                x->type = ty_ptr(x->type);
                e->sym = sym_new(SYM_TYPE, "", x->type, e->pos);
                break;
            default: {
                Type *u = ty_under(x->type);
                if (!u || u->kind != TY_PTR) {
                    errorf(c, opd_pos(x), "invalid operation: cannot indirect %s", opd_str(c, x));
                    goto error;
                }
                x->mode = M_VAR;
                x->type = u->elem;
            }
            }
            break;
        }
        unary(c, x, e);
        if (x->mode == M_INVALID)
            goto error;
        if (e->op == OP_RECV) {
            x->expr = e;
            return EK_STATEMENT;
        }
        break;
    case N_BINARY:
        binary(c, x, e, e->a, e->b, e->op);
        if (x->mode == M_INVALID)
            goto error;
        break;
    case N_KEYVAL:
        errorf(c, e->pos, "invalid AST: no key:value expected");
        goto error;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_IFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE: case N_PTRTYPE:
        x->mode = M_TYPEXPR;
        x->type = typ(c, e);
        e->sym = sym_new(SYM_TYPE, "", x->type, e->pos);
        break;
    default:
        errorf(c, e->pos, "invalid AST: unexpected %s", ast_kind_names[e->kind]);
        goto error;
    }
    x->expr = e;
    return EK_EXPRESSION;
error:
    x->mode = M_INVALID;
    x->expr = e;
    return EK_STATEMENT;
}

ExprKind raw_expr(Checker *c, Operand *x, Node *e, Type *hint) {
    if (++c->depth > 100000) {
        c->depth--;
        errorf(c, e->pos, "expression nested too deeply");
        x->mode = M_INVALID;
        x->expr = e;
        x->type = ty_invalid;
        return EK_STATEMENT;
    }
    ExprKind k = expr_internal(c, x, e, hint);
    c->depth--;
    record(c, x);
    return k;
}

static void exclude(Checker *c, Operand *x, unsigned modeset) {
    if (!(modeset & (1u << x->mode)))
        return;
    const char *msg;
    switch (x->mode) {
    case M_NOVALUE:
        msg = (modeset & (1u << M_TYPEXPR)) ? "%s used as value" : "%s used as value or type";
        break;
    case M_BUILTIN:
        msg = "%s must be called";
        break;
    default: /* M_TYPEXPR */
        msg = "%s is not an expression";
        break;
    }
    errorf(c, opd_pos(x), msg, opd_str(c, x));
    x->mode = M_INVALID;
}

void single_value(Checker *c, Operand *x) {
    if (x->mode == M_VALUE && x->type && x->type->kind == TY_TUPLE) {
        errorf(c, opd_pos(x), "multiple-value %s in single-value context", opd_str(c, x));
        x->mode = M_INVALID;
    }
}

void expr(Checker *c, Operand *x, Node *e) {
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
    single_value(c, x);
}

void multi_expr(Checker *c, Operand *x, Node *e) {
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
}

void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint) {
    raw_expr(c, x, e, hint);
    exclude(c, x, 1u << M_NOVALUE | 1u << M_BUILTIN | 1u << M_TYPEXPR);
    single_value(c, x);
}

void expr_or_type(Checker *c, Operand *x, Node *e) {
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << M_NOVALUE);
    single_value(c, x);
}

void use_expr(Checker *c, Node *e) {
    if (!e)
        return;
    if (e->kind == N_NAME && is_blank(e->name))
        return;
    Operand x = {0};
    raw_expr(c, &x, e, NULL);
}

void use_exprs(Checker *c, Vec *list) {
    for (int i = 0; i < list->len; i++)
        use_expr(c, list->data[i]);
}
