/* check.c — the type checker.
 *
 * Requires: parsed FILE nodes.  Provides: types on expressions, symbols on
 * names, constant values, and a Package with its declarations in order;
 * errors in gc's words through diag_error.
 *
 * Order of work for a package, as gc's:
 *   1. collect every package-level name into the package scope (so
 *      declarations may appear in any order);
 *   2. resolve named types, then constants, variables and function
 *      signatures, each on demand (a declaration is checked when first
 *      needed, which also gives the initialisation order of variables);
 *   3. check function bodies in source order.
 */
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ty_std_dir = "std";
bool ty_complete = true;

typedef struct Checker {
    Package *pkg;
    Scope *scope;       /* innermost */
    Scope *file_scope;  /* imports of the file being checked */
    Type *fnsig;        /* signature of the function being checked */
    Vec fnresults;      /* of Sym*: result variables of that function */
    int64_t iota;       /* -1 outside a constant declaration */
    Vec imports;        /* of Sym* (SYM_PKG) of the current file, for "imported and not used" */
} Checker;

static Scope *universe;

/* ---- scopes ---- */

static Scope *scope_new(Scope *outer) {
    Scope *s = NEW(Scope);
    s->outer = outer;
    return s;
}

static Sym *scope_find(Scope *s, const char *name) {
    for (int i = s->syms.len - 1; i >= 0; i--) {
        Sym *sym = s->syms.data[i];
        if (strcmp(sym->name, name) == 0)
            return sym;
    }
    return NULL;
}

static Sym *sym_new(SymKind k, const char *name, Type *t, Pos pos) {
    Sym *s = NEW(Sym);
    s->kind = k;
    s->name = name;
    s->type = t;
    s->pos = pos;
    return s;
}

static void declare(Scope *s, Sym *sym) {
    if (strcmp(sym->name, "_") == 0)
        return;
    Sym *old = scope_find(s, sym->name);
    if (old) {
        diag_error(sym->pos, "%s redeclared in this block\n\t%s: other declaration of %s", sym->name,
                   pos_str(perm, old->pos), sym->name);
        return;
    }
    vec_push(&s->syms, sym);
}

static Sym *lookup(Checker *c, const char *name) {
    for (Scope *s = c->scope; s; s = s->outer) {
        Sym *sym = scope_find(s, name);
        if (sym)
            return sym;
        if (s->outer == NULL || s == c->pkg->scope) {
            /* after the package scope come the file's imports, then the universe */
            if (c->file_scope && (sym = scope_find(c->file_scope, name)))
                return sym;
            return scope_find(universe, name);
        }
    }
    return scope_find(universe, name);
}

static void universe_init(void) {
    if (universe)
        return;
    ty_init();
    universe = scope_new(NULL);
    Type *types[] = {ty_bool, ty_int, ty_int8, ty_int16, ty_int32, ty_int64, ty_uint, ty_uint8,
                     ty_uint16, ty_uint32, ty_uint64, ty_uintptr, ty_float32, ty_float64,
                     ty_complex64, ty_complex128, ty_string};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        vec_push(&universe->syms, sym_new(SYM_TYPE, types[i]->name, types[i], (Pos){0}));
    vec_push(&universe->syms, sym_new(SYM_TYPE, "byte", ty_uint8, (Pos){0}));
    vec_push(&universe->syms, sym_new(SYM_TYPE, "rune", ty_int32, (Pos){0}));
    vec_push(&universe->syms, sym_new(SYM_TYPE, "any", ty_any, (Pos){0}));
    vec_push(&universe->syms, sym_new(SYM_TYPE, "error", ty_error, (Pos){0}));
    Sym *t = sym_new(SYM_CONST, "true", ty_untyped_bool, (Pos){0});
    t->cval = NEW(ConstVal);
    t->cval->kind = CV_BOOL;
    t->cval->b = true;
    vec_push(&universe->syms, t);
    Sym *f = sym_new(SYM_CONST, "false", ty_untyped_bool, (Pos){0});
    f->cval = NEW(ConstVal);
    f->cval->kind = CV_BOOL;
    vec_push(&universe->syms, f);
    vec_push(&universe->syms, sym_new(SYM_CONST, "iota", ty_untyped_int, (Pos){0}));
    vec_push(&universe->syms, sym_new(SYM_NIL, "nil", ty_untyped_nil, (Pos){0}));
    static const char *builtins[] = {"append", "cap", "close", "complex", "copy", "delete",
                                     "imag", "len", "make", "new", "panic", "print",
                                     "println", "real", "recover"};
    for (int i = 0; i < (int)(sizeof builtins / sizeof *builtins); i++) {
        Sym *b = sym_new(SYM_BUILTIN, builtins[i], NULL, (Pos){0});
        b->builtin = i;
        vec_push(&universe->syms, b);
    }
}

/* Where an expression starts in the source (types2 reports some errors
 * there rather than at the operator). */
static Pos start_pos(Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_CALL: case N_SLICE: case N_BINARY:
        case N_TYPEASSERT:
            n = n->a;
            continue;
        case N_COMPOSITE:
            if (n->a) {
                n = n->a;
                continue;
            }
            return n->pos;
        default:
            return n->pos;
        }
    }
}

/* ---- constants ---- */

static ConstVal *cv_int(int64_t v) {
    ConstVal *c = NEW(ConstVal);
    c->kind = CV_INT;
    c->i = v;
    return c;
}

static ConstVal *cv_bool(bool v) {
    ConstVal *c = NEW(ConstVal);
    c->kind = CV_BOOL;
    c->b = v;
    return c;
}

static ConstVal *cv_str(const char *s, int64_t n) {
    ConstVal *c = NEW(ConstVal);
    c->kind = CV_STRING;
    c->s = s;
    c->slen = n;
    return c;
}

/* How gc names an operand's type in "cannot use" messages. */
static const char *operand_desc(Node *n) {
    StrBuf b = {0};
    ast_print_expr(&b, n);
    if (n->cval && ty_is_untyped(n->type))
        sb_printf(&b, " (%s constant)", ty_str(n->type));
    else if (n->cval)
        sb_printf(&b, " (constant of type %s)", ty_str(n->type));
    else if (n->type && n->type->kind == TY_UNTYPED_NIL)
        ;
    else if (n->type)
        sb_printf(&b, " (variable of type %s)", ty_str(n->type));
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

/* ---- types from syntax ---- */

static Type *check_expr(Checker *c, Node *n, Type *hint);
static void check_block(Checker *c, Node *block, bool new_scope);
static void resolve_sym(Checker *c, Sym *s);
static void convert_untyped(Checker *c, Node *n, Type *target);

static Type *resolve_type(Checker *c, Node *n);

static Field *make_field(const char *name, Type *t, Pos pos) {
    Field *f = NEW(Field);
    f->name = name;
    f->type = t;
    f->pos = pos;
    return f;
}

static Type *func_type(Checker *c, Node *ft) {
    Type *t = ty_new(TY_FUNC);
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.data[i];
        Node *tn = f->a;
        Type *pt;
        if (tn->kind == N_ELLIPSIS) {
            pt = ty_slice(resolve_type(c, tn->a));
            t->variadic = true;
            if (i != ft->list.len - 1)
                diag_error(tn->pos, "can only use ... with final parameter in list");
        } else
            pt = resolve_type(c, tn);
        vec_push(&t->params, make_field(f->name, pt, f->pos));
    }
    for (int i = 0; i < ft->list2.len; i++) {
        Node *f = ft->list2.data[i];
        vec_push(&t->results, make_field(f->name, resolve_type(c, f->a), f->pos));
    }
    return t;
}

static Type *resolve_type(Checker *c, Node *n) {
    Type *t = ty_invalid;
    switch (n->kind) {
    case N_NAME: {
        Sym *s = lookup(c, n->name);
        if (!s) {
            diag_error(n->pos, "undefined: %s", n->name);
            break;
        }
        if (s->kind != SYM_TYPE) {
            diag_error(n->pos, "%s is not a type", n->name);
            break;
        }
        s->used = true;
        n->sym = s;
        resolve_sym(c, s);
        t = s->type;
        break;
    }
    case N_SELECTOR: {
        if (n->a->kind == N_NAME) {
            Sym *p = lookup(c, n->a->name);
            if (p && p->kind == SYM_PKG) {
                p->used = true;
                Sym *s = scope_find(p->pkgref->scope, n->name);
                if (!s || s->kind != SYM_TYPE) {
                    diag_error(n->pos, "undefined: %s.%s", n->a->name, n->name);
                    break;
                }
                t = s->type;
                break;
            }
        }
        diag_error(n->pos, "%s is not a type", ast_expr_str(n));
        break;
    }
    case N_PAREN:
        t = resolve_type(c, n->a);
        break;
    case N_PTRTYPE:
        t = ty_ptr(resolve_type(c, n->a));
        break;
    case N_UNARY:
        if (n->op == OP_DEREF) {
            t = ty_ptr(resolve_type(c, n->a));
            break;
        }
        diag_error(n->pos, "%s is not a type", ast_expr_str(n));
        break;
    case N_SLICETYPE:
        t = ty_slice(resolve_type(c, n->a));
        break;
    case N_ARRAYTYPE: {
        Type *elem = resolve_type(c, n->a);
        t = ty_new(TY_ARRAY);
        t->elem = elem;
        if (n->b) {
            check_expr(c, n->b, NULL);
            if (!n->b->cval || n->b->cval->kind != CV_INT) {
                diag_error(n->b->pos, "array length %s (value of type %s) must be constant",
                           ast_expr_str(n->b), ty_str(n->b->type));
                t->len = 0;
            } else if (n->b->cval->i < 0) {
                diag_error(n->b->pos, "invalid array length %s", ast_expr_str(n->b));
            } else
                t->len = n->b->cval->i;
        }
        break;
    }
    case N_MAPTYPE:
        t = ty_new(TY_MAP);
        t->key = resolve_type(c, n->a);
        t->elem = resolve_type(c, n->b);
        break;
    case N_CHANTYPE:
        t = ty_new(TY_CHAN);
        t->elem = resolve_type(c, n->a);
        t->len = n->ival;
        break;
    case N_FUNCTYPE:
        t = func_type(c, n);
        break;
    case N_STRUCTTYPE: {
        t = ty_new(TY_STRUCT);
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.data[i];
            Type *ft = resolve_type(c, f->a);
            const char *name = f->name;
            bool embedded = false;
            if (!name) {
                Type *base = ft->kind == TY_PTR ? ft->elem : ft;
                name = base->name ? base->name : "?";
                embedded = true;
            }
            for (int j = 0; j < t->fields.len; j++)
                if (strcmp(((Field *)t->fields.data[j])->name, name) == 0 && strcmp(name, "_"))
                    diag_error(f->pos, "%s redeclared", name);
            Field *fld = make_field(name, ft, f->pos);
            fld->embedded = embedded;
            vec_push(&t->fields, fld);
        }
        break;
    }
    case N_IFACETYPE: {
        t = ty_new(TY_IFACE);
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.data[i];
            if (f->name)
                vec_push(&t->methods, make_field(f->name, func_type(c, f->a), f->pos));
            else {
                Type *e = ty_under(resolve_type(c, f->a));
                if (e->kind == TY_IFACE)
                    for (int j = 0; j < e->methods.len; j++)
                        vec_push(&t->methods, e->methods.data[j]);
            }
        }
        /* method sets are kept sorted by name, so identity is a pairwise walk */
        for (int i = 1; i < t->methods.len; i++)
            for (int j = i; j > 0 && strcmp(((Field *)t->methods.data[j - 1])->name,
                                            ((Field *)t->methods.data[j])->name) > 0; j--) {
                void *x = t->methods.data[j];
                t->methods.data[j] = t->methods.data[j - 1];
                t->methods.data[j - 1] = x;
            }
        if (t->methods.len == 0)
            t = ty_any;
        break;
    }
    default:
        diag_error(n->pos, "%s is not a type", ast_expr_str(n));
    }
    n->type = t;
    return t;
}

/* ---- package-level declarations ---- */

/* A package-level symbol is resolved when first needed; `resolving` catches
 * cycles. */
static void resolve_var_decl(Checker *c, Node *d, bool pkg_level);
static void resolve_const_spec(Checker *c, Node *d, Node *prev);

static void resolve_sym(Checker *c, Sym *s) {
    if (!s->decl || s->resolve == 1 || s->resolve == 2)
        return;
    if (s->resolve == 3 && s->decl->kind == N_TYPEDECL && !s->decl->flag)
        return; /* a named type may mention itself; value cycles are checked later */
    if (s->resolve == 3) {
        /* cycle: a named type may refer to itself through pointers; that
         * case never gets here since NAMED types are created first */
        diag_error(s->pos, "initialization cycle or invalid recursive type %s", s->name);
        return;
    }
    Scope *saved = c->scope;
    Type *savedsig = c->fnsig;
    c->scope = c->pkg->scope;
    s->resolve = 3;
    Node *d = s->decl;
    switch (d->kind) {
    case N_TYPEDECL:
        if (d->flag) { /* alias */
            s->type = resolve_type(c, d->a);
        } else {
            Type *u = resolve_type(c, d->a);
            s->type->underlying = ty_under(u);
            if (u->kind == TY_NAMED)
                s->type->underlying = u->underlying;
        }
        break;
    case N_VARDECL:
        resolve_var_decl(c, d, true);
        break;
    case N_CONSTDECL:
        resolve_const_spec(c, d, (Node *)d->aux);
        break;
    case N_FUNCDECL:
        s->type = func_type(c, d->b);
        break;
    default:
        break;
    }
    s->resolve = 1;
    c->scope = saved;
    c->fnsig = savedsig;
}

/* ---- assignability ---- */

static bool assignable(Type *v, Type *t) {
    if (ty_identical(v, t))
        return true;
    Type *vu = ty_under(v), *tu = ty_under(t);
    if (v->kind == TY_UNTYPED_NIL)
        return tu->kind == TY_PTR || tu->kind == TY_SLICE || tu->kind == TY_MAP ||
               tu->kind == TY_CHAN || tu->kind == TY_FUNC || tu->kind == TY_IFACE ||
               tu->kind == TY_UNSAFEPTR;
    if (ty_is_untyped(v)) {
        switch (v->kind) {
        case TY_UNTYPED_BOOL: return tu->kind == TY_BOOL || tu->kind == TY_IFACE;
        case TY_UNTYPED_STRING: return tu->kind == TY_STRING || tu->kind == TY_IFACE;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
            return (tu->kind >= TY_INT && tu->kind <= TY_COMPLEX128) || tu->kind == TY_IFACE;
        case TY_UNTYPED_FLOAT:
            return (tu->kind >= TY_FLOAT32 && tu->kind <= TY_COMPLEX128) || tu->kind == TY_IFACE;
        default: return false;
        }
    }
    /* identical underlying types, at least one not named */
    if ((v->kind != TY_NAMED || t->kind != TY_NAMED) && ty_identical(vu, tu))
        return true;
    if (tu->kind == TY_IFACE) {
        /* v implements t: every method of t is a method of v */
        for (int i = 0; i < tu->methods.len; i++) {
            Field *m = tu->methods.data[i];
            bool found = false;
            if (vu->kind == TY_IFACE) {
                for (int j = 0; j < vu->methods.len; j++)
                    if (strcmp(((Field *)vu->methods.data[j])->name, m->name) == 0)
                        found = true;
            } else {
                Type *named = v->kind == TY_PTR ? v->elem : v;
                if (named->kind == TY_NAMED)
                    for (int j = 0; j < named->methods.len; j++) {
                        Sym *ms = named->methods.data[j];
                        if (strcmp(ms->name, m->name) == 0)
                            found = true;
                    }
            }
            if (!found)
                return false;
        }
        return true;
    }
    return false;
}

/* Checks that expression n (already checked) can be assigned to type t,
 * converting untyped constants; `context` completes gc's message
 * ("in assignment", "in argument to f", "in return statement"). */
static void assign_to(Checker *c, Node *n, Type *t, const char *context) {
    if (!n->type || n->type == ty_invalid || t == ty_invalid)
        return;
    if (n->type->kind == TY_TUPLE) {
        diag_error(n->pos, "multiple-value %s (value of type %s) in single-value context",
                   ast_expr_str(n), ty_str(n->type));
        return;
    }
    if (!assignable(n->type, t)) {
        if (ty_is_untyped(n->type) && n->cval && ty_is_numeric(n->type) && ty_is_numeric(t))
            diag_error(n->pos, "cannot use %s as %s value in %s (truncated)", operand_desc(n),
                       ty_str(t), context);
        else
            diag_error(n->pos, "cannot use %s as %s value in %s", operand_desc(n), ty_str(t),
                       context);
        return;
    }
    if (ty_is_untyped(n->type))
        convert_untyped(c, n, ty_is_iface(t) ? NULL : t);
}

/* The default type of an untyped constant (int, float64, string, bool). */
static Type *default_type(Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_int32;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

static bool fits(ConstVal *v, Type *t) {
    if (!v || v->kind != CV_INT)
        return true;
    switch (ty_under(t)->kind) {
    case TY_INT8: return v->i >= -128 && v->i <= 127;
    case TY_INT16: return v->i >= -32768 && v->i <= 32767;
    case TY_INT32: return v->i >= INT32_MIN && v->i <= INT32_MAX;
    case TY_UINT8: return v->i >= 0 && v->i <= 255;
    case TY_UINT16: return v->i >= 0 && v->i <= 65535;
    case TY_UINT32: return v->i >= 0 && v->i <= (int64_t)UINT32_MAX;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: return v->i >= 0;
    default: return true;
    }
}

/* Gives an untyped expression its final type (target, or its default type
 * when target is NULL), recursively through operators. */
static void convert_untyped(Checker *c, Node *n, Type *target) {
    if (!n->type || !ty_is_untyped(n->type))
        return;
    if (n->type->kind == TY_UNTYPED_NIL) {
        if (target)
            n->type = target;
        return;
    }
    Type *t = target ? target : default_type(n->type);
    if (n->cval && !fits(n->cval, t)) {
        diag_error(n->pos, "cannot use %s (untyped int constant %lld) as %s value in %s (overflows)",
                   ast_expr_str(n), (long long)n->cval->i, ty_str(t), "assignment");
    }
    n->type = t;
    switch (n->kind) {
    case N_PAREN:
        convert_untyped(c, n->a, t);
        break;
    case N_UNARY:
        convert_untyped(c, n->a, t);
        break;
    case N_BINARY:
        if (n->op == OP_EQ || n->op == OP_NE || n->op == OP_LT || n->op == OP_LE ||
            n->op == OP_GT || n->op == OP_GE || n->op == OP_LAND || n->op == OP_LOR)
            break;
        if (n->op == OP_SHL || n->op == OP_SHR) {
            convert_untyped(c, n->a, t);
            break;
        }
        convert_untyped(c, n->a, t);
        convert_untyped(c, n->b, t);
        break;
    default:
        break;
    }
}

/* ---- expressions ---- */

static void use_expr(Checker *c, Node *n, Type *hint);

static Type *check_composite(Checker *c, Node *n, Type *elided) {
    Type *t = n->a ? resolve_type(c, n->a) : elided;
    if (!t) {
        diag_error(n->pos, "invalid composite literal type: missing type");
        return ty_invalid;
    }
    Type *u = ty_under(t);
    n->type = t;
    switch (u->kind) {
    case TY_STRUCT: {
        bool keyed = n->list.len && ((Node *)n->list.data[0])->kind == N_KEYVAL;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            if (keyed != (e->kind == N_KEYVAL)) {
                diag_error(e->pos, "mixture of field:value and value elements in struct literal");
                continue;
            }
            if (keyed) {
                Field *f = NULL;
                if (e->a->kind == N_NAME)
                    for (int j = 0; j < u->fields.len; j++)
                        if (strcmp(((Field *)u->fields.data[j])->name, e->a->name) == 0)
                            f = u->fields.data[j];
                if (!f) {
                    diag_error(e->a->pos, "unknown field %s in struct literal of type %s",
                               ast_expr_str(e->a), ty_str(t));
                    use_expr(c, e->b, NULL);
                    continue;
                }
                e->a->type = f->type;
                if (e->b->kind == N_COMPOSITE && !e->b->a)
                    check_composite(c, e->b, f->type);
                else
                    check_expr(c, e->b, f->type);
                assign_to(c, e->b, f->type, "struct literal");
            } else {
                if (i >= u->fields.len) {
                    diag_error(e->pos, "too many values in struct literal of type %s", ty_str(t));
                    break;
                }
                Field *f = u->fields.data[i];
                check_expr(c, e, f->type);
                assign_to(c, e, f->type, "struct literal");
            }
        }
        if (!keyed && n->list.len && n->list.len < u->fields.len)
            diag_error(n->pos2.line ? n->pos2 : n->pos, "too few values in struct literal of type %s", ty_str(t));
        break;
    }
    case TY_SLICE:
    case TY_ARRAY: {
        int64_t idx = 0, max = 0;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            Node *v = e;
            if (e->kind == N_KEYVAL) {
                check_expr(c, e->a, ty_int);
                if (e->a->cval && e->a->cval->kind == CV_INT)
                    idx = e->a->cval->i;
                else
                    diag_error(e->a->pos, "index %s must be integer constant", ast_expr_str(e->a));
                convert_untyped(c, e->a, ty_int);
                v = e->b;
            }
            Type *et = u->elem;
            if (v->kind == N_COMPOSITE && !v->a)
                check_composite(c, v, ty_under(et)->kind == TY_PTR ? ty_under(et)->elem : et);
            else if (v->kind == N_UNARY && v->op == OP_ADDR && v->a->kind == N_COMPOSITE && !v->a->a)
                check_expr(c, v, et);
            else
                check_expr(c, v, et);
            if (v->kind == N_COMPOSITE && !v->a && ty_under(et)->kind == TY_PTR)
                v->type = et; /* {...} stands for &T{...} */
            else
                assign_to(c, v, et, "slice literal");
            idx++;
            if (idx > max)
                max = idx;
        }
        if (u->kind == TY_ARRAY && u->len < 0)
            u->len = max;
        break;
    }
    case TY_MAP:
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            if (e->kind != N_KEYVAL) {
                diag_error(e->pos, "missing key in map literal");
                continue;
            }
            check_expr(c, e->a, u->key);
            assign_to(c, e->a, u->key, "map literal");
            if (e->b->kind == N_COMPOSITE && !e->b->a)
                check_composite(c, e->b, u->elem);
            else
                check_expr(c, e->b, u->elem);
            assign_to(c, e->b, u->elem, "map literal");
        }
        break;
    default:
        diag_error(n->pos, "invalid composite literal type %s", ty_str(t));
        return ty_invalid;
    }
    return t;
}

/* Finds field `name` of struct type t (through one pointer), including
 * promoted fields of embedded structs (depth-first by level, as Go). */
static Field *find_field(Type *t, const char *name, Vec *path) {
    Type *u = ty_under(t);
    if (u->kind == TY_PTR)
        u = ty_under(u->elem);
    if (u->kind != TY_STRUCT)
        return NULL;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (strcmp(f->name, name) == 0) {
            if (path)
                vec_push(path, f);
            return f;
        }
    }
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        int mark = path ? path->len : 0;
        if (path)
            vec_push(path, f);
        Field *g = find_field(f->type, name, path);
        if (g)
            return g;
        if (path)
            path->len = mark;
    }
    return NULL;
}

static Sym *find_method(Type *t, const char *name) {
    Type *named = t;
    if (ty_under(t)->kind == TY_PTR && t->kind != TY_NAMED)
        named = t->elem;
    if (named->kind != TY_NAMED)
        return NULL;
    for (int i = 0; i < named->methods.len; i++) {
        Sym *m = named->methods.data[i];
        if (strcmp(m->name, name) == 0)
            return m;
    }
    return NULL;
}

static Type *check_selector(Checker *c, Node *n) {
    if (n->a->kind == N_NAME) {
        Sym *p = lookup(c, n->a->name);
        if (p && p->kind == SYM_PKG) {
            p->used = true;
            n->a->sym = p;
            Sym *s = scope_find(p->pkgref->scope, n->name);
            if (!s || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
                diag_error(n->pos, "undefined: %s.%s", n->a->name, n->name);
                return ty_invalid;
            }
            n->sym = s;
            if (s->kind == SYM_CONST) {
                n->cval = s->cval;
            }
            return s->type;
        }
    }
    Type *t = check_expr(c, n->a, NULL);
    if (t == ty_invalid)
        return t;
    Field *f = find_field(t, n->name, NULL);
    if (f)
        return f->type;
    Sym *m = find_method(t, n->name);
    if (m) {
        n->sym = m;
        return m->type;
    }
    diag_error(n->pos, "%s undefined (type %s has no field or method %s)", ast_expr_str(n),
               ty_str(t), n->name);
    return ty_invalid;
}

static const char *call_name(Node *fn) { return ast_expr_str(fn); }

/* "have (int, string)" as gc prints argument types. */
static const char *types_list(Vec *args) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < args->len; i++) {
        Node *a = args->data[i];
        if (i)
            sb_puts(&b, ", ");
        if (a->type && ty_is_untyped(a->type) && a->cval)
            sb_puts(&b, "number");
        else
            ty_print(&b, a->type ? a->type : ty_invalid);
    }
    sb_putc(&b, ')');
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

static const char *params_list(Type *ft) {
    StrBuf b = {0};
    sb_putc(&b, '(');
    for (int i = 0; i < ft->params.len; i++) {
        Field *f = ft->params.data[i];
        if (i)
            sb_puts(&b, ", ");
        if (ft->variadic && i == ft->params.len - 1) {
            sb_puts(&b, "...");
            ty_print(&b, f->type->elem);
        } else
            ty_print(&b, f->type);
    }
    sb_putc(&b, ')');
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

static Type *result_type(Type *ft) {
    if (ft->results.len == 0)
        return NULL;
    if (ft->results.len == 1)
        return ((Field *)ft->results.data[0])->type;
    Type *t = ty_new(TY_TUPLE);
    for (int i = 0; i < ft->results.len; i++)
        vec_push(&t->fields, ft->results.data[i]);
    return t;
}

static Type *check_builtin(Checker *c, Node *n, Sym *b) {
    Vec *args = &n->list;
    const char *name = b->name;
    switch ((Builtin)b->builtin) {
    case BI_LEN:
    case BI_CAP: {
        if (args->len != 1) {
            diag_error(n->pos, "%s arguments for %s (expected 1, found %d)",
                       args->len < 1 ? "not enough" : "too many", ast_expr_str(n), args->len);
            for (int i = 0; i < args->len; i++)
                use_expr(c, args->data[i], NULL);
            return ty_int;
        }
        Node *a = args->data[0];
        Type *t = ty_under(check_expr(c, a, NULL));
        if (t == ty_invalid)
            return ty_int;
        bool ok = t->kind == TY_SLICE || t->kind == TY_ARRAY || t->kind == TY_CHAN ||
                  (t->kind == TY_PTR && ty_under(t->elem)->kind == TY_ARRAY) ||
                  (b->builtin == BI_LEN && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING ||
                                            t->kind == TY_MAP));
        if (!ok) {
            diag_error(a->pos, "invalid argument: %s for %s", operand_desc(a), name);
            return ty_int;
        }
        if (a->cval && a->cval->kind == CV_STRING)
            n->cval = cv_int(a->cval->slen);
        convert_untyped(c, a, NULL);
        return ty_int;
    }
    case BI_NEW: {
        if (args->len != 1) {
            diag_error(n->pos, "%s arguments for %s (expected 1, found %d)",
                       args->len < 1 ? "not enough" : "too many", ast_expr_str(n), args->len);
            return ty_invalid;
        }
        return ty_ptr(resolve_type(c, args->data[0]));
    }
    case BI_MAKE: {
        if (args->len < 1) {
            diag_error(n->pos, "not enough arguments for make() (expected 1, found 0)");
            return ty_invalid;
        }
        Type *t = resolve_type(c, args->data[0]);
        Type *u = ty_under(t);
        int min = u->kind == TY_SLICE ? 2 : 1;
        if (u->kind != TY_SLICE && u->kind != TY_MAP && u->kind != TY_CHAN) {
            diag_error(((Node *)args->data[0])->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                       ast_expr_str(args->data[0]));
            return ty_invalid;
        }
        if (args->len < min) {
            diag_error(n->pos, "invalid operation: %s expects %d or %d arguments; found %d",
                       ast_expr_str(n), min, min + 1, args->len);
            return t;
        }
        if (args->len > 3 || (u->kind != TY_SLICE && args->len > 2)) {
            diag_error(n->pos, "invalid operation: %s expects %d or %d arguments; found %d",
                       ast_expr_str(n), min, min + 1, args->len);
            return t;
        }
        for (int i = 1; i < args->len; i++) {
            Node *a = args->data[i];
            Type *at = check_expr(c, a, NULL);
            if (at != ty_invalid && !ty_is_integer(at) &&
                !(at->kind == TY_UNTYPED_FLOAT && a->cval)) {
                diag_error(a->pos, "cannot convert %s to type int", operand_desc(a));
                continue;
            }
            if (a->cval && a->cval->kind == CV_INT && a->cval->i < 0)
                diag_error(a->pos, "invalid argument: index %s must not be negative", ast_expr_str(a));
            convert_untyped(c, a, ty_int);
        }
        if (args->len == 3) {
            Node *l = args->data[1], *h = args->data[2];
            if (l->cval && h->cval && l->cval->i > h->cval->i)
                diag_error(l->pos, "invalid argument: length and capacity swapped");
        }
        return t;
    }
    case BI_APPEND: {
        if (args->len < 1) {
            diag_error(n->pos, "not enough arguments for append() (expected 1, found 0)");
            return ty_invalid;
        }
        Node *s = args->data[0];
        Type *st = check_expr(c, s, NULL);
        if (st == ty_invalid) {
            for (int i = 1; i < args->len; i++)
                use_expr(c, args->data[i], NULL);
            return st;
        }
        Type *su = ty_under(st);
        if (su->kind == TY_UNTYPED_NIL) {
            diag_error(s->pos, "first argument to append must be a typed slice; found untyped nil");
            return ty_invalid;
        }
        if (su->kind != TY_SLICE) {
            diag_error(s->pos, "invalid argument: %s is not a slice", operand_desc(s));
            return ty_invalid;
        }
        if (n->flag) { /* append(s, t...) */
            if (args->len != 2) {
                diag_error(n->pos, "can only use ... with final argument in list");
                return st;
            }
            Node *t = args->data[1];
            Type *tt = check_expr(c, t, st);
            if (ty_is_string(tt) && ty_under(su->elem)->kind == TY_UINT8) {
                convert_untyped(c, t, NULL);
                return st;
            }
            assign_to(c, t, st, "append");
            return st;
        }
        for (int i = 1; i < args->len; i++) {
            Node *a = args->data[i];
            if (a->kind == N_COMPOSITE && !a->a)
                check_composite(c, a, su->elem);
            else
                check_expr(c, a, su->elem);
            assign_to(c, a, su->elem, "argument to append");
        }
        return st;
    }
    case BI_COPY: {
        if (args->len != 2) {
            diag_error(n->pos, "%s arguments for copy", args->len < 2 ? "not enough" : "too many");
            return ty_int;
        }
        check_expr(c, args->data[0], NULL);
        check_expr(c, args->data[1], NULL);
        convert_untyped(c, args->data[1], NULL);
        return ty_int;
    }
    case BI_PANIC: {
        if (args->len != 1) {
            diag_error(n->pos, "%s arguments for %s (expected 1, found %d)",
                       args->len < 1 ? "not enough" : "too many", ast_expr_str(n), args->len);
            return NULL;
        }
        check_expr(c, args->data[0], NULL);
        assign_to(c, args->data[0], ty_any, "argument to panic");
        return NULL;
    }
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < args->len; i++) {
            check_expr(c, args->data[i], NULL);
            convert_untyped(c, args->data[i], NULL);
        }
        return NULL;
    case BI_DELETE:
    case BI_CLOSE:
    case BI_RECOVER:
    case BI_COMPLEX:
    case BI_REAL:
    case BI_IMAG:
    default:
        for (int i = 0; i < args->len; i++)
            use_expr(c, args->data[i], NULL);
        if (b->builtin == BI_RECOVER)
            return ty_any;
        return NULL;
    }
}

static Type *check_call(Checker *c, Node *n) {
    Node *fn = n->a;
    /* builtins */
    if (fn->kind == N_NAME) {
        Sym *s = lookup(c, fn->name);
        if (s && s->kind == SYM_BUILTIN) {
            fn->sym = s;
            return check_builtin(c, n, s);
        }
    }
    Type *ft = check_expr(c, fn, NULL);
    if (ft == ty_invalid) {
        for (int i = 0; i < n->list.len; i++)
            use_expr(c, n->list.data[i], NULL);
        return ty_invalid;
    }
    /* conversion T(x) */
    if ((fn->kind == N_NAME || fn->kind == N_SELECTOR || fn->kind == N_PAREN) && fn->sym &&
        fn->sym->kind == SYM_TYPE) {
        if (n->list.len != 1) {
            diag_error(n->pos, n->list.len ? "too many arguments in conversion to %s"
                                           : "missing argument in conversion to %s",
                       ty_str(ft));
            return ft;
        }
        Node *x = n->list.data[0];
        Type *xt = check_expr(c, x, ft);
        if (xt == ty_invalid)
            return ft;
        bool ok = assignable(xt, ft) || ty_identical(ty_under(xt), ty_under(ft)) ||
                  (ty_is_numeric(xt) && ty_is_numeric(ft)) ||
                  (ty_is_string(ft) && (ty_is_integer(xt) || ty_under(xt)->kind == TY_SLICE)) ||
                  (ty_is_string(xt) && ty_under(ft)->kind == TY_SLICE);
        if (!ok) {
            diag_error(x->pos, "cannot convert %s to type %s", operand_desc(x), ty_str(ft));
            return ft;
        }
        if (x->cval && ty_is_untyped(xt) && !ty_is_string(ft))
            n->cval = x->cval;
        if (x->cval && ty_is_string(xt) && ty_is_string(ft))
            n->cval = x->cval;
        convert_untyped(c, x, ty_is_numeric(ft) && ty_is_numeric(xt) ? ft : NULL);
        return ft;
    }
    Type *fu = ty_under(ft);
    if (fu->kind != TY_FUNC) {
        diag_error(n->pos, "invalid operation: cannot call non-function %s", operand_desc(fn));
        for (int i = 0; i < n->list.len; i++)
            use_expr(c, n->list.data[i], NULL);
        return ty_invalid;
    }
    int np = fu->params.len;
    int na = n->list.len;
    /* f(g()) where g returns several values */
    if (na == 1) {
        Node *a = n->list.data[0];
        if (a->kind == N_CALL) {
            Type *at = check_expr(c, a, NULL);
            if (at && at->kind == TY_TUPLE) {
                Vec fake = {0};
                for (int i = 0; i < at->fields.len; i++) {
                    Node *x = ast_new(N_NAME, a->pos);
                    x->type = ((Field *)at->fields.data[i])->type;
                    vec_push(&fake, x);
                }
                bool bad = fu->variadic ? at->fields.len < np - 1 : at->fields.len != np;
                if (bad) {
                    diag_error(a->pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                               at->fields.len < np ? "not enough" : "too many", call_name(fn),
                               types_list(&fake), params_list(fu));
                    return result_type(fu);
                }
                for (int i = 0; i < at->fields.len; i++) {
                    Type *pt = i < np - (fu->variadic ? 1 : 0) ? ((Field *)fu->params.data[i])->type
                                                               : ((Field *)vec_last(&fu->params))->type->elem;
                    if (!assignable(((Node *)fake.data[i])->type, pt))
                        diag_error(a->pos, "cannot use %s value as %s value in argument to %s",
                                   ty_str(((Node *)fake.data[i])->type), ty_str(pt), call_name(fn));
                }
                return result_type(fu);
            }
            goto checked_first;
        }
    }
    for (int i = 0; i < na; i++) {
        Node *a = n->list.data[i];
        Type *pt = NULL;
        if (i < np - (fu->variadic ? 1 : 0) || (i < np && !fu->variadic))
            pt = ((Field *)fu->params.data[i])->type;
        else if (fu->variadic)
            pt = n->flag ? ((Field *)vec_last(&fu->params))->type : ((Field *)vec_last(&fu->params))->type->elem;
        if (a->kind == N_COMPOSITE && !a->a && pt)
            check_composite(c, a, pt);
        else
            check_expr(c, a, pt);
    }
checked_first:
    for (int i = 0; i < na; i++) {
        Node *a = n->list.data[i];
        if (!a->type)
            check_expr(c, a, NULL);
    }
    bool too_few = fu->variadic ? na < np - 1 : na < np;
    bool too_many = !fu->variadic && na > np;
    if (n->flag && !fu->variadic) {
        diag_error(n->pos, "have (...) but function is not variadic: %s", call_name(fn));
        return result_type(fu);
    }
    if (too_few || too_many) {
        Pos at = too_many ? ((Node *)n->list.data[np])->pos : n->pos2.line ? n->pos2 : n->pos;
        diag_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s",
                   too_few ? "not enough" : "too many", call_name(fn), types_list(&n->list),
                   params_list(fu));
        for (int i = 0; i < na; i++)
            convert_untyped(c, n->list.data[i], NULL);
        return result_type(fu);
    }
    const char *ctx = arena_printf(perm, "argument to %s", call_name(fn));
    for (int i = 0; i < na; i++) {
        Node *a = n->list.data[i];
        Type *pt;
        if (fu->variadic && i >= np - 1)
            pt = n->flag ? ((Field *)vec_last(&fu->params))->type
                         : ((Field *)vec_last(&fu->params))->type->elem;
        else
            pt = ((Field *)fu->params.data[i])->type;
        assign_to(c, a, pt, ctx);
    }
    return result_type(fu);
}

static bool is_comparison(Op op) {
    return op == OP_EQ || op == OP_NE || op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE;
}

static bool comparable(Type *t) {
    Type *u = ty_under(t);
    switch (u->kind) {
    case TY_SLICE: case TY_MAP: case TY_FUNC: return false;
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (!comparable(((Field *)u->fields.data[i])->type))
                return false;
        return true;
    case TY_ARRAY: return comparable(u->elem);
    default: return true;
    }
}

static ConstVal *fold_binary(Checker *c, Node *n, ConstVal *x, ConstVal *y, Type *t) {
    if (x->kind == CV_INT && y->kind == CV_INT) {
        int64_t a = x->i, b = y->i;
        switch (n->op) {
        case OP_ADD: return cv_int(a + b);
        case OP_SUB: return cv_int(a - b);
        case OP_MUL: return cv_int(a * b);
        case OP_DIV:
        case OP_MOD:
            if (b == 0) {
                diag_error(n->b->pos, "invalid operation: division by zero");
                return NULL;
            }
            return cv_int(n->op == OP_DIV ? a / b : a % b);
        case OP_AND: return cv_int(a & b);
        case OP_OR: return cv_int(a | b);
        case OP_XOR: return cv_int(a ^ b);
        case OP_ANDNOT: return cv_int(a & ~b);
        case OP_SHL: return cv_int(b >= 64 ? 0 : (int64_t)((uint64_t)a << b));
        case OP_SHR: return cv_int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
        case OP_EQ: return cv_bool(a == b);
        case OP_NE: return cv_bool(a != b);
        case OP_LT: return cv_bool(a < b);
        case OP_LE: return cv_bool(a <= b);
        case OP_GT: return cv_bool(a > b);
        case OP_GE: return cv_bool(a >= b);
        default: return NULL;
        }
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        int cmp = 0;
        int64_t m = x->slen < y->slen ? x->slen : y->slen;
        cmp = memcmp(x->s, y->s, (size_t)m);
        if (cmp == 0)
            cmp = x->slen < y->slen ? -1 : x->slen > y->slen;
        switch (n->op) {
        case OP_ADD: {
            char *s = arena_alloc(perm, (size_t)(x->slen + y->slen + 1));
            memcpy(s, x->s, (size_t)x->slen);
            memcpy(s + x->slen, y->s, (size_t)y->slen);
            return cv_str(s, x->slen + y->slen);
        }
        case OP_EQ: return cv_bool(cmp == 0);
        case OP_NE: return cv_bool(cmp != 0);
        case OP_LT: return cv_bool(cmp < 0);
        case OP_LE: return cv_bool(cmp <= 0);
        case OP_GT: return cv_bool(cmp > 0);
        case OP_GE: return cv_bool(cmp >= 0);
        default: return NULL;
        }
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        switch (n->op) {
        case OP_LAND: return cv_bool(x->b && y->b);
        case OP_LOR: return cv_bool(x->b || y->b);
        case OP_EQ: return cv_bool(x->b == y->b);
        case OP_NE: return cv_bool(x->b != y->b);
        default: return NULL;
        }
    }
    return NULL;
}

static const char *op_str(Op op) { return ast_op_names[op]; }

static Type *check_binary(Checker *c, Node *n) {
    Type *lt = check_expr(c, n->a, NULL);
    Type *rt = check_expr(c, n->b, NULL);
    if (lt == ty_invalid || rt == ty_invalid)
        return ty_invalid;
    if (n->op == OP_SHL || n->op == OP_SHR) {
        if (!ty_is_integer(rt) && !(rt->kind == TY_UNTYPED_FLOAT && n->b->cval)) {
            diag_error(n->b->pos, "invalid operation: shift count %s must be integer", operand_desc(n->b));
            return ty_invalid;
        }
        if (!ty_is_integer(lt)) {
            diag_error(n->a->pos, "invalid operation: shifted operand %s must be integer", operand_desc(n->a));
            return ty_invalid;
        }
        convert_untyped(c, n->b, ty_is_untyped(rt) ? ty_uint : NULL);
        if (n->a->cval && n->b->cval)
            n->cval = fold_binary(c, n, n->a->cval, n->b->cval, lt);
        return lt;
    }
    /* bring untyped operands to the other side's type */
    if (ty_is_untyped(lt) && !ty_is_untyped(rt)) {
        if (!assignable(lt, rt)) {
            diag_error(n->pos, "invalid operation: %s (mismatched types %s and %s)",
                       ast_expr_str(n), ty_str(lt), ty_str(rt));
            return ty_invalid;
        }
        convert_untyped(c, n->a, ty_is_iface(rt) ? NULL : rt);
        lt = n->a->type;
    } else if (ty_is_untyped(rt) && !ty_is_untyped(lt)) {
        if (!assignable(rt, lt)) {
            if (n->b->cval && ty_is_numeric(rt) && ty_is_numeric(lt))
                diag_error(n->b->pos, "%s (untyped %s constant) truncated to %s", ast_expr_str(n->b),
                           rt->kind == TY_UNTYPED_FLOAT ? "float" : "int", ty_str(lt));
            else
                diag_error(n->pos, "invalid operation: %s (mismatched types %s and %s)",
                           ast_expr_str(n), ty_str(lt), ty_str(rt));
            return ty_invalid;
        }
        convert_untyped(c, n->b, ty_is_iface(lt) ? NULL : lt);
        rt = n->b->type;
    } else if (ty_is_untyped(lt) && ty_is_untyped(rt)) {
        /* both untyped: the "larger" kind wins (int < rune < float) */
        if (lt->kind != rt->kind) {
            bool ln = ty_is_numeric(lt), rn = ty_is_numeric(rt);
            if (ln && rn) {
                Type *t = lt->kind > rt->kind ? lt : rt;
                n->a->type = n->b->type = t;
                lt = rt = t;
            } else if (lt->kind == TY_UNTYPED_NIL || rt->kind == TY_UNTYPED_NIL) {
                diag_error(n->pos, "invalid operation: %s (mismatched types %s and %s)",
                           ast_expr_str(n), ty_str(lt), ty_str(rt));
                return ty_invalid;
            } else {
                diag_error(n->pos, "invalid operation: %s (mismatched types %s and %s)",
                           ast_expr_str(n), ty_str(lt), ty_str(rt));
                return ty_invalid;
            }
        }
    } else if (!ty_identical(lt, rt)) {
        bool ok = is_comparison(n->op) && (assignable(lt, rt) || assignable(rt, lt));
        if (!ok) {
            diag_error(n->pos, "invalid operation: %s (mismatched types %s and %s)", ast_expr_str(n),
                       ty_str(lt), ty_str(rt));
            return ty_invalid;
        }
    }
    Type *t = lt;
    if (t->kind == TY_UNTYPED_NIL && rt->kind != TY_UNTYPED_NIL)
        t = rt;
    Type *u = ty_under(t);
    if (is_comparison(n->op)) {
        if ((n->op == OP_EQ || n->op == OP_NE)) {
            if (lt->kind == TY_UNTYPED_NIL && rt->kind == TY_UNTYPED_NIL) {
                diag_error(n->pos, "invalid operation: %s (operator %s not defined on nil)",
                           ast_expr_str(n), op_str(n->op));
                return ty_invalid;
            }
            if (!comparable(t) && lt->kind != TY_UNTYPED_NIL && rt->kind != TY_UNTYPED_NIL) {
                const char *what = u->kind == TY_SLICE ? "slice" : u->kind == TY_MAP ? "map" : "func";
                diag_error(n->pos, "invalid operation: %s (%s can only be compared to nil)",
                           ast_expr_str(n), what);
                return ty_invalid;
            }
        } else if (!ty_is_numeric(t) && !ty_is_string(t)) {
            diag_error(n->pos, "invalid operation: %s (operator %s not defined on %s)",
                       ast_expr_str(n), op_str(n->op), operand_desc(n->a));
            return ty_invalid;
        }
        if (n->a->cval && n->b->cval)
            n->cval = fold_binary(c, n, n->a->cval, n->b->cval, t);
        if (ty_is_untyped(lt))
            convert_untyped(c, n->a, NULL);
        if (ty_is_untyped(rt))
            convert_untyped(c, n->b, NULL);
        return ty_untyped_bool;
    }
    bool ok;
    switch (n->op) {
    case OP_ADD: ok = ty_is_numeric(t) || ty_is_string(t); break;
    case OP_SUB: case OP_MUL: case OP_DIV: ok = ty_is_numeric(t); break;
    case OP_MOD: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: ok = ty_is_integer(t); break;
    case OP_LAND: case OP_LOR: ok = ty_is_bool(t); break;
    default: ok = false;
    }
    if (!ok) {
        diag_error(n->pos, "invalid operation: operator %s not defined on %s", op_str(n->op),
                   operand_desc(n->a));
        return ty_invalid;
    }
    if ((n->op == OP_DIV || n->op == OP_MOD) && n->b->cval && n->b->cval->kind == CV_INT &&
        n->b->cval->i == 0 && !n->a->cval) {
        diag_error(n->b->pos, "invalid operation: division by zero");
        return ty_invalid;
    }
    if (n->a->cval && n->b->cval) {
        n->cval = fold_binary(c, n, n->a->cval, n->b->cval, t);
        if (n->cval && !ty_is_untyped(t) && !fits(n->cval, t))
            diag_error(n->pos, "constant %lld overflows %s", (long long)n->cval->i, ty_str(t));
    }
    return t;
}

static Type *check_unary(Checker *c, Node *n, Type *hint) {
    if (n->op == OP_ADDR) {
        Node *x = n->a;
        while (x->kind == N_PAREN)
            x = x->a;
        if (x->kind == N_COMPOSITE) {
            Type *elided = NULL;
            if (!x->a && hint && ty_under(hint)->kind == TY_PTR)
                elided = ty_under(hint)->elem;
            Type *t = check_composite(c, x, elided);
            n->a->type = t;
            return t == ty_invalid ? t : ty_ptr(t);
        }
        Type *t = check_expr(c, n->a, NULL);
        if (t == ty_invalid)
            return t;
        /* addressable: variables, pointer indirections, fields of addressable
         * structs, slice elements */
        bool ok = false;
        if (x->kind == N_NAME)
            ok = x->sym && x->sym->kind == SYM_VAR;
        else if (x->kind == N_UNARY && x->op == OP_DEREF)
            ok = true;
        else if (x->kind == N_SELECTOR || x->kind == N_INDEX)
            ok = !x->cval;
        if (!ok) {
            diag_error(n->pos, "invalid operation: cannot take address of %s", operand_desc(n->a));
            return ty_invalid;
        }
        if (x->kind == N_NAME && x->sym)
            x->sym->addrtaken = true;
        return ty_ptr(t);
    }
    Type *t = check_expr(c, n->a, NULL);
    if (t == ty_invalid)
        return t;
    switch (n->op) {
    case OP_DEREF: {
        if (n->a->sym && n->a->sym->kind == SYM_TYPE) {
            n->sym = n->a->sym; /* *T used as a type: caller will resolve */
            return ty_ptr(t);
        }
        Type *u = ty_under(t);
        if (u->kind != TY_PTR) {
            if (t->kind == TY_UNTYPED_NIL)
                diag_error(n->pos, "invalid operation: cannot indirect nil");
            else
                diag_error(n->pos, "invalid operation: cannot indirect %s", operand_desc(n->a));
            return ty_invalid;
        }
        return u->elem;
    }
    case OP_SUB:
    case OP_ADD:
        if (!ty_is_numeric(t)) {
            diag_error(n->pos, "invalid operation: operator %s not defined on %s", op_str(n->op),
                       operand_desc(n->a));
            return ty_invalid;
        }
        if (n->a->cval && n->a->cval->kind == CV_INT)
            n->cval = cv_int(n->op == OP_SUB ? -n->a->cval->i : n->a->cval->i);
        return t;
    case OP_NOT:
        if (!ty_is_bool(t)) {
            diag_error(n->pos, "invalid operation: operator ! not defined on %s", operand_desc(n->a));
            return ty_invalid;
        }
        if (n->a->cval)
            n->cval = cv_bool(!n->a->cval->b);
        return t;
    case OP_XOR:
        if (!ty_is_integer(t)) {
            diag_error(n->pos, "invalid operation: operator ^ not defined on %s", operand_desc(n->a));
            return ty_invalid;
        }
        if (n->a->cval)
            n->cval = cv_int(~n->a->cval->i);
        return t;
    default:
        diag_error(n->pos, "minigo does not support operator %s yet", op_str(n->op));
        return ty_invalid;
    }
}

static Type *check_index(Checker *c, Node *n) {
    Type *t = check_expr(c, n->a, NULL);
    Type *it = check_expr(c, n->b, NULL);
    if (t == ty_invalid || it == ty_invalid)
        return ty_invalid;
    Type *u = ty_under(t);
    if (u->kind == TY_MAP) {
        assign_to(c, n->b, u->key, "map index");
        return u->elem;
    }
    if (!ty_is_integer(it) && !(it->kind == TY_UNTYPED_FLOAT && n->b->cval)) {
        diag_error(n->b->pos, "invalid argument: index %s must be integer", operand_desc(n->b));
        return ty_invalid;
    }
    if (n->b->cval && n->b->cval->kind == CV_INT && n->b->cval->i < 0) {
        diag_error(n->b->pos, "invalid argument: index %s must not be negative", operand_desc(n->b));
        return ty_invalid;
    }
    convert_untyped(c, n->b, ty_int);
    if (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY)
        u = ty_under(u->elem);
    switch (u->kind) {
    case TY_SLICE:
        return u->elem;
    case TY_ARRAY:
        if (n->b->cval && n->b->cval->i >= u->len) {
            diag_error(n->b->pos, "invalid argument: index %lld out of bounds [0:%lld]",
                       (long long)n->b->cval->i, (long long)u->len);
            return ty_invalid;
        }
        return u->elem;
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (n->a->cval && n->b->cval && n->b->cval->i >= n->a->cval->slen)
            diag_error(n->b->pos, "invalid argument: index %lld out of bounds [0:%lld]",
                       (long long)n->b->cval->i, (long long)n->a->cval->slen);
        convert_untyped(c, n->a, NULL);
        return ty_uint8;
    default:
        diag_error(n->pos, "invalid operation: cannot index %s", operand_desc(n->a));
        return ty_invalid;
    }
}

static Type *check_name(Checker *c, Node *n) {
    if (strcmp(n->name, "_") == 0) {
        diag_error(n->pos, "cannot use _ as value");
        return ty_invalid;
    }
    Sym *s = lookup(c, n->name);
    if (!s) {
        diag_error(n->pos, "undefined: %s", n->name);
        return ty_invalid;
    }
    n->sym = s;
    s->used = true;
    switch (s->kind) {
    case SYM_VAR:
        resolve_sym(c, s);
        return s->type ? s->type : ty_invalid;
    case SYM_CONST:
        if (strcmp(s->name, "iota") == 0 && !s->decl) {
            if (c->iota < 0) {
                diag_error(n->pos, "cannot use iota outside constant declaration");
                return ty_invalid;
            }
            n->cval = cv_int(c->iota);
            return ty_untyped_int;
        }
        resolve_sym(c, s);
        n->cval = s->cval;
        return s->type ? s->type : ty_invalid;
    case SYM_TYPE:
        resolve_sym(c, s);
        return s->type;
    case SYM_FUNC:
        resolve_sym(c, s);
        return s->type;
    case SYM_NIL:
        return ty_untyped_nil;
    case SYM_PKG:
        diag_error(n->pos, "use of package %s without selector", n->name);
        return ty_invalid;
    case SYM_BUILTIN:
        diag_error(n->pos, "%s (built-in function %s) must be called", n->name, n->name);
        return ty_invalid;
    default:
        return ty_invalid;
    }
}

/* Checks expression n; `hint` is the type expected by the context (used
 * only to give elided composite literal types); returns n->type. */
static Type *check_expr(Checker *c, Node *n, Type *hint) {
    Type *t = ty_invalid;
    switch (n->kind) {
    case N_NAME:
        t = check_name(c, n);
        break;
    case N_INTLIT: {
        const char *s = n->str;
        char buf[128];
        size_t k = 0;
        for (; *s && k < sizeof buf - 1; s++)
            if (*s != '_')
                buf[k++] = *s;
        buf[k] = 0;
        int base = 10;
        const char *p = buf;
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
            base = 16, p += 2;
        else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
            base = 2, p += 2;
        else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
            base = 8, p += 2;
        else if (p[0] == '0' && p[1])
            base = 8, p += 1;
        char *end;
        unsigned long long v = strtoull(p, &end, base);
        if (v > (unsigned long long)INT64_MAX || k >= sizeof buf - 1)
            diag_error(n->pos, "cannot use %s (untyped int constant) as int value in expression (overflows)", n->str);
        n->cval = cv_int((int64_t)v);
        t = ty_untyped_int;
        break;
    }
    case N_RUNELIT:
        n->cval = cv_int(n->ival);
        t = ty_untyped_rune;
        break;
    case N_FLOATLIT:
        n->cval = NEW(ConstVal);
        n->cval->kind = CV_FLOAT;
        n->cval->f = strtod(n->str, NULL);
        t = ty_untyped_float;
        break;
    case N_STRLIT:
        n->cval = cv_str(n->str, n->ival);
        t = ty_untyped_string;
        break;
    case N_PAREN:
        t = check_expr(c, n->a, hint);
        n->cval = n->a->cval;
        n->sym = n->a->sym && n->a->sym->kind == SYM_TYPE ? n->a->sym : NULL;
        break;
    case N_COMPOSITE:
        t = check_composite(c, n, n->a ? NULL : hint);
        break;
    case N_SELECTOR:
        t = check_selector(c, n);
        break;
    case N_INDEX:
        t = check_index(c, n);
        break;
    case N_CALL:
        t = check_call(c, n);
        if (!t) {
            n->type = NULL;
            return NULL;
        }
        break;
    case N_UNARY:
        t = check_unary(c, n, hint);
        break;
    case N_BINARY:
        t = check_binary(c, n);
        break;
    case N_SLICE: {
        Type *xt = check_expr(c, n->a, NULL);
        Node *idx[3] = {n->b, n->c, n->d};
        for (int i = 0; i < 3; i++)
            if (idx[i]) {
                check_expr(c, idx[i], ty_int);
                convert_untyped(c, idx[i], ty_int);
            }
        if (xt == ty_invalid)
            break;
        Type *u = ty_under(xt);
        if (u->kind == TY_SLICE)
            t = xt;
        else if (ty_is_string(u)) {
            convert_untyped(c, n->a, NULL);
            t = n->a->type;
        } else if (u->kind == TY_ARRAY || (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY))
            t = ty_slice((u->kind == TY_PTR ? ty_under(u->elem) : u)->elem);
        else
            diag_error(n->pos, "cannot slice %s", operand_desc(n->a));
        break;
    }
    case N_PTRTYPE: case N_SLICETYPE: case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE:
        t = resolve_type(c, n);
        /* a type used as an expression (conversion callee) */
        {
            Sym *s = sym_new(SYM_TYPE, "", t, n->pos);
            n->sym = s;
        }
        break;
    case N_FUNCLIT:
        diag_error(n->pos, "minigo does not support function literals yet");
        break;
    case N_TYPEASSERT:
        diag_error(n->pos, "minigo does not support type assertions yet");
        break;
    default:
        diag_error(n->pos, "minigo does not support this expression (%s) yet", ast_kind_names[n->kind]);
    }
    n->type = t;
    return t;
}

/* An expression whose value is used: checked, and untyped constants get
 * their default type (or the hint). */
static void use_expr(Checker *c, Node *n, Type *hint) {
    Type *t = check_expr(c, n, hint);
    if (t && ty_is_untyped(t)) {
        if (t->kind == TY_UNTYPED_NIL && !hint) {
            diag_error(n->pos, "use of untyped nil in %s", "assignment");
            return;
        }
        convert_untyped(c, n, hint);
    }
}

/* ---- statements ---- */

static void declare_local(Checker *c, Sym *s) {
    s->vclass = VC_LOCAL;
    declare(c->scope, s);
}

/* "declared but not used", reported when a function scope closes. */
static void check_unused(Checker *c, Scope *s) {
    for (int i = 0; i < s->syms.len; i++) {
        Sym *sym = s->syms.data[i];
        if (sym->kind == SYM_VAR && sym->vclass == VC_LOCAL && !sym->used)
            diag_error(sym->pos, "%s declared but not used", sym->name);
    }
}

static void push_scope(Checker *c) { c->scope = scope_new(c->scope); }
static void pop_scope(Checker *c) {
    check_unused(c, c->scope);
    c->scope = c->scope->outer;
}

/* Marks the target of an assignment: a variable being assigned is not a
 * "use" of it. */
static Type *check_lhs(Checker *c, Node *n) {
    if (n->kind == N_NAME) {
        if (strcmp(n->name, "_") == 0) {
            n->type = NULL;
            return NULL;
        }
        Sym *s = lookup(c, n->name);
        if (!s) {
            diag_error(n->pos, "undefined: %s", n->name);
            n->type = ty_invalid;
            return ty_invalid;
        }
        n->sym = s;
        if (s->kind != SYM_VAR) {
            diag_error(n->pos, "cannot assign to %s (neither addressable nor a map index expression)",
                       operand_desc(n));
            n->type = ty_invalid;
            return ty_invalid;
        }
        resolve_sym(c, s);
        n->type = s->type;
        return s->type;
    }
    Type *t = check_expr(c, n, NULL);
    if (t == ty_invalid)
        return t;
    Node *x = n;
    while (x->kind == N_PAREN)
        x = x->a;
    bool ok = (x->kind == N_UNARY && x->op == OP_DEREF) || x->kind == N_SELECTOR ||
              x->kind == N_INDEX;
    /* m[k].f = v: a struct inside a map is not addressable */
    for (Node *y = x; y->kind == N_SELECTOR && ty_under(y->a->type)->kind != TY_PTR;) {
        Node *base = y->a;
        while (base->kind == N_PAREN)
            base = base->a;
        if (base->kind == N_INDEX && base->a->type && ty_under(base->a->type)->kind == TY_MAP) {
            diag_error(start_pos(n), "cannot assign to struct field %s in map", ast_expr_str(n));
            return ty_invalid;
        }
        if (base->kind != N_SELECTOR)
            break;
        y = base;
    }
    if (x->kind == N_INDEX && ty_is_string(x->a->type)) {
        diag_error(n->pos, "cannot assign to %s (neither addressable nor a map index expression)",
                   operand_desc(n));
        return ty_invalid;
    }
    if (!ok) {
        diag_error(n->pos, "cannot assign to %s (neither addressable nor a map index expression)",
                   operand_desc(n));
        return ty_invalid;
    }
    return t;
}

static void check_assign(Checker *c, Node *n) {
    if (n->op != OP_NONE) { /* x op= y */
        Node *l = n->list.data[0], *r = n->list2.data[0];
        Type *lt = check_lhs(c, l);
        if (l->sym)
            l->sym->used = true;
        Type *rt = check_expr(c, r, lt);
        if (!lt || lt == ty_invalid || rt == ty_invalid)
            return;
        if (n->op == OP_SHL || n->op == OP_SHR) {
            convert_untyped(c, r, ty_is_untyped(rt) ? ty_uint : NULL);
            return;
        }
        if (ty_is_untyped(rt)) {
            assign_to(c, r, lt, "assignment");
            rt = r->type;
        }
        if (!ty_identical(lt, rt)) {
            diag_error(n->pos, "invalid operation: %s %s= %s (mismatched types %s and %s)",
                       ast_expr_str(l), op_str(n->op), ast_expr_str(r), ty_str(lt), ty_str(rt));
            return;
        }
        bool ok = n->op == OP_ADD ? ty_is_numeric(lt) || ty_is_string(lt)
                  : (n->op == OP_SUB || n->op == OP_MUL || n->op == OP_DIV) ? ty_is_numeric(lt)
                                                                            : ty_is_integer(lt);
        if (!ok)
            diag_error(n->pos, "invalid operation: operator %s not defined on %s", op_str(n->op),
                       operand_desc(l));
        return;
    }
    int nl = n->list.len, nr = n->list2.len;
    if (nr == 1 && nl > 1) {
        Node *r = n->list2.data[0];
        Type *rt = check_expr(c, r, NULL);
        if (rt == ty_invalid) {
            for (int i = 0; i < nl; i++)
                check_lhs(c, n->list.data[i]);
            return;
        }
        if (!rt || rt->kind != TY_TUPLE || rt->fields.len != nl) {
            diag_error(n->pos, "assignment mismatch: %d variables but %s returns %d value%s", nl,
                       ast_expr_str(r), rt && rt->kind == TY_TUPLE ? rt->fields.len : rt ? 1 : 0,
                       rt && rt->kind == TY_TUPLE && rt->fields.len == 1 ? "" : "s");
            return;
        }
        for (int i = 0; i < nl; i++) {
            Type *lt = check_lhs(c, n->list.data[i]);
            Type *vt = ((Field *)rt->fields.data[i])->type;
            if (lt && lt != ty_invalid && !assignable(vt, lt))
                diag_error(n->pos, "cannot use %s value as %s value in assignment", ty_str(vt), ty_str(lt));
        }
        return;
    }
    if (nl != nr) {
        for (int i = 0; i < nl; i++)
            check_lhs(c, n->list.data[i]);
        for (int i = 0; i < nr; i++)
            use_expr(c, n->list2.data[i], NULL);
        diag_error(n->pos, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s",
                   nr, nr == 1 ? "" : "s");
        return;
    }
    for (int i = 0; i < nl; i++) {
        Node *l = n->list.data[i], *r = n->list2.data[i];
        Type *lt = check_lhs(c, l);
        if (r->kind == N_COMPOSITE && !r->a && lt)
            check_composite(c, r, lt);
        else
            check_expr(c, r, lt);
        if (!r->type) {
            diag_error(r->pos, "%s (no value) used as value", ast_expr_str(r));
            continue;
        }
        if (lt == NULL) { /* _ = x */
            if (r->type->kind == TY_UNTYPED_NIL)
                diag_error(r->pos, "use of untyped nil in assignment");
            else
                convert_untyped(c, r, NULL);
            continue;
        }
        assign_to(c, r, lt, "assignment");
    }
}

static void check_define(Checker *c, Node *n) {
    int nl = n->list.len, nr = n->list2.len;
    Vec types = {0};
    if (nr == 1 && nl > 1) {
        Node *r = n->list2.data[0];
        Type *rt = check_expr(c, r, NULL);
        if (rt && rt != ty_invalid && (rt->kind != TY_TUPLE || rt->fields.len != nl)) {
            diag_error(n->pos, "assignment mismatch: %d variables but %s returns %d value%s", nl,
                       ast_expr_str(r), rt->kind == TY_TUPLE ? rt->fields.len : 1,
                       rt->kind == TY_TUPLE && rt->fields.len != 1 ? "s" : "");
            rt = ty_invalid;
        }
        for (int i = 0; i < nl; i++)
            vec_push(&types, rt && rt != ty_invalid ? ((Field *)rt->fields.data[i])->type : ty_invalid);
    } else {
        if (nl != nr) {
            diag_error(n->pos, "assignment mismatch: %d variable%s but %d value%s", nl,
                       nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
            for (int i = 0; i < nr; i++)
                use_expr(c, n->list2.data[i], NULL);
        }
        for (int i = 0; i < nl; i++) {
            Type *t = ty_invalid;
            if (nl == nr) {
                Node *r = n->list2.data[i];
                /* an existing variable on the left gives the context type */
                Node *l = n->list.data[i];
                Sym *old = scope_find(c->scope, l->name);
                Type *lt = old && old->kind == SYM_VAR ? old->type : NULL;
                t = check_expr(c, r, lt);
                if (!t) {
                    diag_error(r->pos, "%s (no value) used as value", ast_expr_str(r));
                    t = ty_invalid;
                } else if (t->kind == TY_UNTYPED_NIL && !lt) {
                    diag_error(r->pos, "use of untyped nil in assignment");
                    t = ty_invalid;
                } else if (lt) {
                    assign_to(c, r, lt, "assignment");
                } else if (ty_is_untyped(t)) {
                    convert_untyped(c, r, NULL);
                    t = r->type;
                }
                if (t && t->kind == TY_TUPLE) {
                    diag_error(r->pos, "multiple-value %s (value of type %s) in single-value context",
                               ast_expr_str(r), ty_str(t));
                    t = ty_invalid;
                }
            }
            vec_push(&types, t);
        }
    }
    bool any_new = false;
    for (int i = 0; i < nl; i++) {
        Node *l = n->list.data[i];
        if (l->kind != N_NAME) {
            diag_error(l->pos, "non-name %s on left side of :=", ast_expr_str(l));
            continue;
        }
        if (strcmp(l->name, "_") == 0) {
            l->type = NULL;
            continue;
        }
        Sym *old = scope_find(c->scope, l->name);
        if (old) {
            l->sym = old;
            l->type = old->type;
            if (old->kind == SYM_VAR && !ty_identical(old->type, types.data[i]) &&
                types.data[i] != ty_invalid && !assignable(types.data[i], old->type))
                diag_error(n->pos, "cannot use %s value as %s value in assignment",
                           ty_str(types.data[i]), ty_str(old->type));
            continue;
        }
        any_new = true;
        Sym *s = sym_new(SYM_VAR, l->name, types.data[i], l->pos);
        s->decl = NULL;
        l->sym = s;
        l->type = s->type;
        l->flag = 1; /* this name is declared here */
        declare_local(c, s);
    }
    if (!any_new)
        diag_error(n->pos, "no new variables on left side of :=");
    free(types.data);
}

static void check_var_spec(Checker *c, Node *d, bool local);

static void check_stmt(Checker *c, Node *n);

static bool is_terminating(Node *n);

static bool is_terminating_list(Vec *stmts) {
    for (int i = stmts->len - 1; i >= 0; i--) {
        Node *s = stmts->data[i];
        if (s->kind == N_EMPTY)
            continue;
        return is_terminating(s);
    }
    return false;
}

static bool has_break(Node *n, const char *label, bool nested) {
    if (!n)
        return false;
    switch (n->kind) {
    case N_BRANCH:
        return n->op == OP_BREAK && ((!n->name && !nested) || (n->name && label && strcmp(n->name, label) == 0));
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            if (has_break(n->list.data[i], label, nested))
                return true;
        return false;
    case N_IF:
        return has_break(n->c, label, nested) || has_break(n->d, label, nested);
    case N_LABELED:
        return has_break(n->a, label, nested);
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        if (has_break(n->d, label, true))
            return true;
        for (int i = 0; i < n->list.len; i++)
            if (has_break(n->list.data[i], label, true))
                return true;
        return false;
    case N_CASE: case N_COMM:
        for (int i = 0; i < n->list2.len; i++)
            if (has_break(n->list2.data[i], label, nested))
                return true;
        return false;
    default:
        return false;
    }
}

/* The spec's "terminating statement". */
static bool is_terminating(Node *n) {
    switch (n->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return n->op == OP_GOTO;
    case N_EXPRSTMT:
        return n->a->kind == N_CALL && n->a->a->kind == N_NAME && n->a->a->sym &&
               n->a->a->sym->kind == SYM_BUILTIN && n->a->a->sym->builtin == BI_PANIC;
    case N_BLOCK:
        return is_terminating_list(&n->list);
    case N_IF:
        return n->d && is_terminating(n->c) && is_terminating(n->d);
    case N_FOR:
        return !n->b && !has_break(n->d, NULL, false);
    case N_LABELED:
        if (n->a->kind == N_FOR)
            return !n->a->b && !has_break(n->a->d, n->name, false);
        return is_terminating(n->a);
    case N_SWITCH:
    case N_TYPESWITCH: {
        bool has_default = false;
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            if (cs->flag)
                has_default = true;
            if (!is_terminating_list(&cs->list2)) {
                Node *last = cs->list2.len ? vec_last(&cs->list2) : NULL;
                if (!(last && last->kind == N_BRANCH && last->op == OP_FALLTHROUGH))
                    return false;
            }
            for (int j = 0; j < cs->list2.len; j++)
                if (has_break(cs->list2.data[j], NULL, false))
                    return false;
        }
        return has_default;
    }
    default:
        return false;
    }
}

static void check_cond(Checker *c, Node *cond, const char *what) {
    Type *t = check_expr(c, cond, NULL);
    if (t == ty_invalid)
        return;
    if (!t || !ty_is_bool(t)) {
        diag_error(cond->pos, "non-boolean condition in %s statement", what);
        return;
    }
    convert_untyped(c, cond, NULL);
}

static void check_stmt(Checker *c, Node *n) {
    switch (n->kind) {
    case N_EMPTY:
        break;
    case N_BLOCK:
        check_block(c, n, true);
        break;
    case N_EXPRSTMT: {
        Node *e = n->a;
        Type *t = check_expr(c, e, NULL);
        if (e->kind != N_CALL && t != ty_invalid && !(e->kind == N_UNARY && e->op == OP_RECV))
            diag_error(e->pos, "%s (%s) is not used", ast_expr_str(e),
                       e->cval ? (ty_is_untyped(t) ? arena_printf(perm, "%s constant", ty_str(t))
                                                   : arena_printf(perm, "constant of type %s", ty_str(t)))
                               : arena_printf(perm, "value of type %s", ty_str(t)));
        else if (e->kind == N_CALL && e->a->sym && e->a->sym->kind == SYM_TYPE && t != ty_invalid)
            diag_error(e->pos, "%s (value of type %s) is not used", ast_expr_str(e), ty_str(t));
        else if (e->kind == N_CALL && e->a->kind == N_NAME && e->a->sym &&
                 e->a->sym->kind == SYM_BUILTIN && t) {
            int b = e->a->sym->builtin;
            if (b == BI_LEN || b == BI_CAP || b == BI_APPEND || b == BI_MAKE || b == BI_NEW ||
                b == BI_COMPLEX || b == BI_REAL || b == BI_IMAG)
                diag_error(e->pos, "%s (value of type %s) is not used", ast_expr_str(e), ty_str(t));
        }
        break;
    }
    case N_INCDEC: {
        Type *t = check_lhs(c, n->a);
        if (n->a->sym)
            n->a->sym->used = true;
        if (t && t != ty_invalid && !ty_is_numeric(t))
            diag_error(n->pos, "invalid operation: %s%s (non-numeric type %s)", ast_expr_str(n->a),
                       n->op == OP_ADD ? "++" : "--", ty_str(t));
        break;
    }
    case N_ASSIGN:
        check_assign(c, n);
        break;
    case N_DEFINE:
        check_define(c, n);
        break;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind == N_VARDECL)
                check_var_spec(c, d, true);
            else if (d->kind == N_CONSTDECL) {
                Node *prev = i > 0 ? n->list.data[i - 1] : NULL;
                if (d->list2.len == 0 && !d->c)
                    d->c = prev;
                resolve_const_spec(c, d, prev);
                for (int j = 0; j < d->list.len; j++) {
                    Node *nm = d->list.data[j];
                    if (nm->sym) {
                        nm->sym->used = true; /* unused constants are fine */
                        declare(c->scope, nm->sym);
                    }
                }
            } else if (d->kind == N_TYPEDECL) {
                Sym *s = sym_new(SYM_TYPE, d->name, NULL, d->pos);
                if (!d->flag) {
                    s->type = ty_new(TY_NAMED);
                    s->type->name = d->name;
                    s->type->pkg = c->pkg->path;
                }
                s->decl = d;
                s->used = true;
                declare(c->scope, s);
                Scope *saved = c->scope;
                if (d->flag)
                    s->type = resolve_type(c, d->a);
                else {
                    Type *u = resolve_type(c, d->a);
                    s->type->underlying = ty_under(u);
                }
                c->scope = saved;
                s->resolve = 1;
            }
        }
        break;
    case N_RETURN: {
        Type *sig = c->fnsig;
        int nres = sig->results.len;
        if (n->list.len == 0) {
            if (nres > 0 && !((Field *)sig->results.data[0])->name)
                diag_error(n->pos, "not enough return values\n\thave ()\n\twant %s",
                           ty_str(result_type(sig)->kind == TY_TUPLE ? result_type(sig) : result_type(sig)));
            break;
        }
        if (n->list.len == 1 && nres > 1) {
            Node *r = n->list.data[0];
            Type *rt = check_expr(c, r, NULL);
            if (rt && rt->kind == TY_TUPLE && rt->fields.len == nres)
                break;
        }
        for (int i = 0; i < n->list.len; i++) {
            Node *r = n->list.data[i];
            Type *want = i < nres ? ((Field *)sig->results.data[i])->type : NULL;
            if (!r->type) {
                if (r->kind == N_COMPOSITE && !r->a && want)
                    check_composite(c, r, want);
                else
                    check_expr(c, r, want);
            }
        }
        if (n->list.len != nres) {
            StrBuf want = {0};
            sb_putc(&want, '(');
            for (int i = 0; i < nres; i++) {
                if (i)
                    sb_puts(&want, ", ");
                ty_print(&want, ((Field *)sig->results.data[i])->type);
            }
            sb_putc(&want, ')');
            Node *at = n->list.len > nres && nres > 0 ? n->list.data[nres] : n->list.data[0];
            if (nres == 0)
                diag_error(at->pos, "too many return values\n\thave %s\n\twant ()", types_list(&n->list));
            else
                diag_error(n->list.len > nres ? at->pos : n->pos, "%s return values\n\thave %s\n\twant %s",
                           n->list.len > nres ? "too many" : "not enough", types_list(&n->list),
                           sb_str(&want));
            sb_free(&want);
            break;
        }
        for (int i = 0; i < nres; i++)
            assign_to(c, n->list.data[i], ((Field *)sig->results.data[i])->type, "return statement");
        break;
    }
    case N_IF:
        push_scope(c);
        if (n->a)
            check_stmt(c, n->a);
        check_cond(c, n->b, "if");
        check_block(c, n->c, true);
        if (n->d)
            check_stmt(c, n->d);
        pop_scope(c);
        break;
    case N_FOR:
        push_scope(c);
        if (n->a)
            check_stmt(c, n->a);
        if (n->b)
            check_cond(c, n->b, "for");
        if (n->c)
            check_stmt(c, n->c);
        check_block(c, n->d, true);
        pop_scope(c);
        break;
    case N_RANGE: {
        push_scope(c);
        Type *xt = check_expr(c, n->c, NULL);
        Type *kt = ty_int, *vt = NULL;
        if (xt != ty_invalid) {
            Type *u = ty_under(xt);
            if (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY)
                u = ty_under(u->elem);
            switch (u->kind) {
            case TY_SLICE: case TY_ARRAY: vt = u->elem; break;
            case TY_STRING: case TY_UNTYPED_STRING: vt = ty_int32; convert_untyped(c, n->c, NULL); break;
            case TY_MAP: kt = u->key; vt = u->elem; break;
            case TY_CHAN: kt = u->elem; break;
            case TY_INT: case TY_UNTYPED_INT:
            default:
                diag_error(n->c->pos, "cannot range over %s", operand_desc(n->c));
                xt = ty_invalid;
            }
        }
        Node *vars[2] = {n->a, n->b};
        Type *vts[2] = {kt, vt};
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v)
                continue;
            if (n->flag) {
                if (v->kind != N_NAME) {
                    diag_error(v->pos, "non-name %s on left side of :=", ast_expr_str(v));
                    continue;
                }
                if (strcmp(v->name, "_") == 0)
                    continue;
                Sym *s = sym_new(SYM_VAR, v->name, xt == ty_invalid ? ty_invalid : vts[i], v->pos);
                v->sym = s;
                v->type = s->type;
                v->flag = 1;
                declare_local(c, s);
            } else {
                Type *lt = check_lhs(c, v);
                if (lt && lt != ty_invalid && xt != ty_invalid && vts[i] && !assignable(vts[i], lt))
                    diag_error(v->pos, "cannot use %s (value of type %s) as %s value in range",
                               ast_expr_str(v), ty_str(vts[i]), ty_str(lt));
            }
        }
        check_block(c, n->d, true);
        pop_scope(c);
        break;
    }
    case N_BRANCH:
        break;
    case N_LABELED:
        check_stmt(c, n->a);
        break;
    case N_SWITCH: {
        push_scope(c);
        if (n->a)
            check_stmt(c, n->a);
        Type *tag = NULL;
        if (n->b) {
            tag = check_expr(c, n->b, NULL);
            convert_untyped(c, n->b, NULL);
            tag = n->b->type;
        }
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            for (int j = 0; j < cs->list.len; j++) {
                Node *e = cs->list.data[j];
                Type *et = check_expr(c, e, tag);
                if (tag && tag != ty_invalid && et != ty_invalid) {
                    if (ty_is_untyped(et) && assignable(et, tag))
                        convert_untyped(c, e, ty_is_iface(tag) ? NULL : tag);
                    else if (!assignable(et, tag) && !assignable(tag, et))
                        diag_error(e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)",
                                   ast_expr_str(e), ast_expr_str(n->b), ty_str(et), ty_str(tag));
                } else if (!tag && et != ty_invalid) {
                    if (!ty_is_bool(et))
                        diag_error(e->pos, "invalid case %s in switch (mismatched types %s and bool)",
                                   ast_expr_str(e), ty_str(et));
                    convert_untyped(c, e, NULL);
                }
            }
            push_scope(c);
            for (int j = 0; j < cs->list2.len; j++)
                check_stmt(c, cs->list2.data[j]);
            pop_scope(c);
        }
        pop_scope(c);
        break;
    }
    default:
        diag_error(n->pos, "minigo does not support this statement (%s) yet", ast_kind_names[n->kind]);
    }
}

static void check_block(Checker *c, Node *block, bool new_scope) {
    if (new_scope)
        push_scope(c);
    for (int i = 0; i < block->list.len; i++)
        check_stmt(c, block->list.data[i]);
    if (new_scope)
        pop_scope(c);
}

/* var x, y T = a, b — at package level or in a function. */
static void check_var_spec(Checker *c, Node *d, bool local) {
    Type *t = d->a ? resolve_type(c, d->a) : NULL;
    int nl = d->list.len, nr = d->list2.len;
    Vec types = {0};
    if (nr == 1 && nl > 1) {
        Node *r = d->list2.data[0];
        Type *rt = check_expr(c, r, t);
        if (rt && rt != ty_invalid && (rt->kind != TY_TUPLE || rt->fields.len != nl)) {
            diag_error(((Node *)d->list.data[0])->pos, "assignment mismatch: %d variables but %s returns %d value%s",
                       nl, ast_expr_str(r), rt->kind == TY_TUPLE ? rt->fields.len : 1,
                       rt->kind == TY_TUPLE && rt->fields.len != 1 ? "s" : "");
            rt = ty_invalid;
        }
        for (int i = 0; i < nl; i++)
            vec_push(&types, t ? t : rt && rt != ty_invalid ? ((Field *)rt->fields.data[i])->type : ty_invalid);
    } else if (nr) {
        if (nl != nr) {
            Pos p = ((Node *)d->list.data[0])->pos;
            if (nr > nl)
                diag_error(((Node *)d->list2.data[nl])->pos, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
            else
                diag_error(p, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
        }
        for (int i = 0; i < nl; i++) {
            Type *vt = ty_invalid;
            if (i < nr) {
                Node *r = d->list2.data[i];
                if (r->kind == N_COMPOSITE && !r->a && t)
                    vt = check_composite(c, r, t);
                else
                    vt = check_expr(c, r, t);
                if (!vt) {
                    diag_error(r->pos, "%s (no value) used as value", ast_expr_str(r));
                    vt = ty_invalid;
                } else if (t) {
                    assign_to(c, r, t, "variable declaration");
                    vt = t;
                } else if (vt->kind == TY_UNTYPED_NIL) {
                    diag_error(r->pos, "use of untyped nil in variable declaration");
                    vt = ty_invalid;
                } else if (ty_is_untyped(vt)) {
                    convert_untyped(c, r, NULL);
                    vt = r->type;
                }
            }
            vec_push(&types, vt);
        }
    } else {
        for (int i = 0; i < nl; i++)
            vec_push(&types, t ? t : ty_invalid);
    }
    for (int i = 0; i < nl; i++) {
        Node *nm = d->list.data[i];
        if (local) {
            if (strcmp(nm->name, "_") == 0)
                continue;
            Sym *s = sym_new(SYM_VAR, nm->name, types.data[i], nm->pos);
            nm->sym = s;
            nm->type = s->type;
            declare_local(c, s);
        } else if (nm->sym) {
            nm->sym->type = types.data[i];
            nm->type = types.data[i];
        }
    }
    free(types.data);
}

static void resolve_var_decl(Checker *c, Node *d, bool pkg_level) {
    if (d->aux == (void *)1)
        return;
    d->aux = (void *)1;
    check_var_spec(c, d, false);
    for (int i = 0; i < d->list.len; i++) {
        Node *nm = d->list.data[i];
        if (nm->sym)
            nm->sym->resolve = 1;
    }
    if (d->list2.len)
        vec_push(&c->pkg->init_order, d);
}

/* const specs: an empty value list repeats the previous spec's (with this
 * spec's iota). */
static void resolve_const_spec(Checker *c, Node *d, Node *prev) {
    if (d->aux == (void *)2)
        return;
    Node *src = d;
    while (src && src->list2.len == 0)
        src = src->c; /* the parser links the previous spec of the group in c */
    if (!src) {
        diag_error(d->pos, "missing init expr for const declaration");
        return;
    }
    int64_t saved_iota = c->iota;
    c->iota = d->ival;
    Type *t = src->a ? resolve_type(c, src->a) : NULL;
    for (int i = 0; i < d->list.len; i++) {
        Node *nm = d->list.data[i];
        Sym *s = nm->sym;
        if (!s) {
            s = sym_new(SYM_CONST, nm->name, NULL, nm->pos);
            s->decl = d;
            nm->sym = s;
        }
        if (i >= src->list2.len) {
            diag_error(nm->pos, "missing init expr for const declaration");
            s->type = ty_invalid;
            continue;
        }
        Node *v = src->list2.data[i];
        /* the same syntax is checked once per spec that repeats it */
        v->cval = NULL;
        Type *vt = check_expr(c, v, t);
        if (vt != ty_invalid && !v->cval) {
            diag_error(v->pos, "%s (value of type %s) is not constant", ast_expr_str(v), ty_str(vt));
            s->type = ty_invalid;
            continue;
        }
        if (t && vt != ty_invalid) {
            assign_to(c, v, t, "constant declaration");
            vt = t;
        }
        s->type = vt;
        s->cval = v->cval;
        s->resolve = 2;
    }
    if (src != d && src->list2.len > d->list.len) {
        diag_error(((Node *)d->list.data[d->list.len - 1])->pos, "extra init expr");
    }
    d->aux = (void *)2;
    c->iota = saved_iota;
}

/* ---- labels and branches (after the body is checked) ---- */

typedef struct Enclosing {
    Node *stmt;          /* FOR, RANGE, SWITCH, TYPESWITCH, SELECT */
    const char *label;   /* its label, or NULL */
} Enclosing;

static void collect_labels(Node *n, Vec *labels) {
    if (!n)
        return;
    switch (n->kind) {
    case N_LABELED:
        for (int i = 0; i < labels->len; i++) {
            Node *l = labels->data[i];
            if (strcmp(l->name, n->name) == 0) {
                diag_error(n->pos, "label %s already defined\n\t%s: previous definition", n->name,
                           pos_str(perm, l->pos));
                break;
            }
        }
        n->ival = 0; /* used? */
        vec_push(labels, n);
        collect_labels(n->a, labels);
        break;
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            collect_labels(n->list.data[i], labels);
        break;
    case N_IF:
        collect_labels(n->c, labels);
        collect_labels(n->d, labels);
        break;
    case N_FOR: case N_RANGE:
        collect_labels(n->d, labels);
        break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < n->list.len; i++)
            collect_labels(n->list.data[i], labels);
        break;
    case N_CASE: case N_COMM:
        for (int i = 0; i < n->list2.len; i++)
            collect_labels(n->list2.data[i], labels);
        break;
    default:
        break;
    }
}

static Node *find_label(Vec *labels, const char *name) {
    for (int i = 0; i < labels->len; i++) {
        Node *l = labels->data[i];
        if (strcmp(l->name, name) == 0)
            return l;
    }
    return NULL;
}

static void check_branch_stmt(Node *n, Vec *encl, Vec *labels) {
    bool is_break = n->op == OP_BREAK, is_cont = n->op == OP_CONTINUE;
    if (n->op == OP_GOTO) {
        Node *l = find_label(labels, n->name);
        if (!l)
            diag_error(n->pos, "label %s not defined", n->name);
        else
            l->ival = 1;
        return;
    }
    if (!is_break && !is_cont)
        return; /* fallthrough: its placement is checked with switch */
    if (!n->name) {
        for (int i = encl->len - 1; i >= 0; i--) {
            Enclosing *e = encl->data[i];
            if (is_break || e->stmt->kind == N_FOR || e->stmt->kind == N_RANGE)
                return;
        }
        diag_error(n->pos, is_break ? "break is not in a loop, switch, or select" : "continue is not in a loop");
        return;
    }
    Node *l = find_label(labels, n->name);
    if (l)
        l->ival = 1;
    for (int i = encl->len - 1; i >= 0; i--) {
        Enclosing *e = encl->data[i];
        if (e->label && strcmp(e->label, n->name) == 0) {
            if (is_cont && e->stmt->kind != N_FOR && e->stmt->kind != N_RANGE)
                diag_error(n->pos, "invalid continue label %s", n->name);
            return;
        }
    }
    if (l)
        diag_error(n->pos, "invalid %s label %s", is_break ? "break" : "continue", n->name);
    else
        diag_error(n->pos, "%s label not defined: %s", is_break ? "break" : "continue", n->name);
}

static void check_branches(Node *n, Vec *encl, Vec *labels, const char *label) {
    if (!n)
        return;
    switch (n->kind) {
    case N_BRANCH:
        check_branch_stmt(n, encl, labels);
        break;
    case N_LABELED:
        check_branches(n->a, encl, labels, n->name);
        break;
    case N_BLOCK:
        for (int i = 0; i < n->list.len; i++)
            check_branches(n->list.data[i], encl, labels, NULL);
        break;
    case N_IF:
        check_branches(n->c, encl, labels, NULL);
        check_branches(n->d, encl, labels, NULL);
        break;
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
        Enclosing e = {n, label};
        vec_push(encl, &e);
        if (n->kind == N_FOR || n->kind == N_RANGE)
            check_branches(n->d, encl, labels, NULL);
        else
            for (int i = 0; i < n->list.len; i++) {
                Node *cs = n->list.data[i];
                for (int j = 0; j < cs->list2.len; j++)
                    check_branches(cs->list2.data[j], encl, labels, NULL);
            }
        encl->len--;
        break;
    }
    default:
        break;
    }
}

static void check_labels(Node *body) {
    Vec labels = {0}, encl = {0};
    collect_labels(body, &labels);
    check_branches(body, &encl, &labels, NULL);
    for (int i = 0; i < labels.len; i++) {
        Node *l = labels.data[i];
        if (!l->ival)
            diag_error(l->pos, "label %s defined and not used", l->name);
    }
    free(labels.data);
    free(encl.data);
}

/* ---- functions ---- */

static void check_func(Checker *c, Sym *fs) {
    Node *d = fs->decl;
    resolve_sym(c, fs);
    Type *sig = fs->type;
    if (!d->c) {
        if (!c->pkg->is_std && ty_complete)
            diag_error(d->pos, "missing function body");
        return;
    }
    c->fnsig = sig;
    c->scope = scope_new(c->pkg->scope);
    c->scope->is_func = true;
    Node *ft = d->b;
    if (d->a) {
        Node *rf = d->a;
        if (rf->name && strcmp(rf->name, "_")) {
            Sym *s = sym_new(SYM_VAR, rf->name, rf->type, rf->pos);
            s->vclass = VC_PARAM;
            s->used = true;
            rf->sym = s;
            declare(c->scope, s);
        }
    }
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.data[i];
        Field *pf = sig->params.data[i];
        if (f->name && strcmp(f->name, "_")) {
            Sym *s = sym_new(SYM_VAR, f->name, pf->type, f->pos);
            s->vclass = VC_PARAM;
            s->used = true;
            f->sym = s;
            declare(c->scope, s);
        }
    }
    for (int i = 0; i < ft->list2.len; i++) {
        Node *f = ft->list2.data[i];
        Field *rf = sig->results.data[i];
        const char *name = f->name ? f->name : arena_printf(perm, "~r%d", i);
        Sym *s = sym_new(SYM_VAR, name, rf->type, f->pos);
        s->vclass = VC_RESULT;
        s->used = true;
        f->sym = s;
        if (f->name)
            declare(c->scope, s);
    }
    check_block(c, d->c, false);
    check_unused(c, c->scope);
    check_labels(d->c);
    if (sig->results.len && !is_terminating_list(&d->c->list))
        diag_error(d->c->pos2.line ? d->c->pos2 : d->pos, "missing return");
    c->scope = c->pkg->scope;
    c->fnsig = NULL;
}

/* ---- packages ---- */

/* A named type that contains itself other than through a pointer, slice,
 * map, channel, function or interface has no finite size. */
static bool contains_by_value(Type *t, Type *target, int depth) {
    if (depth > 100)
        return false;
    if (t == target && depth > 0)
        return true;
    Type *u = t->kind == TY_NAMED ? t->underlying : t;
    if (!u)
        return false;
    if (u->kind == TY_ARRAY)
        return contains_by_value(u->elem, target, depth + 1);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->fields.len; i++)
            if (contains_by_value(((Field *)u->fields.data[i])->type, target, depth + 1))
                return true;
    return false;
}

static void check_value_cycle(Type *t) {
    if (contains_by_value(t, t, 0)) {
        Pos p = {0};
        diag_error(p, "invalid recursive type %s", t->name);
        /* break the cycle so that later stages terminate */
        t->underlying = ty_new(TY_STRUCT);
    }
}


static Package *check_files(const char *path, Vec *files, bool is_std);

static Vec imported; /* of Package* */

Package *ty_import(const char *path, Pos at) {
    for (int i = 0; i < imported.len; i++) {
        Package *p = imported.data[i];
        if (strcmp(p->path, path) == 0)
            return p;
    }
    const char *file = arena_printf(perm, "%s/%s.go", ty_std_dir, path);
    for (char *q = (char *)file + strlen(ty_std_dir) + 1; *q; q++)
        if (*q == '/')
            *q = '_';
    Node *f = parse_file_path(file, file);
    if (!f) {
        diag_error(at, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        return NULL;
    }
    Vec files = {0};
    vec_push(&files, f);
    Package *p = check_files(path, &files, true);
    vec_push(&imported, p);
    return p;
}

Package *ty_check_package(const char *path, Vec *files) {
    return check_files(path, files, false);
}

static Package *check_files(const char *path, Vec *files, bool is_std) {
    universe_init();
    Checker ck = {0}, *c = &ck;
    c->iota = -1;
    Package *pkg = NEW(Package);
    pkg->path = path;
    pkg->is_std = is_std;
    pkg->scope = scope_new(NULL);
    pkg->files = *files;
    c->pkg = pkg;
    c->scope = pkg->scope;

    /* 1. collect package-level names */
    Vec file_scopes = {0};
    for (int fi = 0; fi < files->len; fi++) {
        Node *file = files->data[fi];
        pkg->name = file->name;
        Scope *fs = scope_new(NULL);
        vec_push(&file_scopes, fs);
        for (int i = 0; i < file->list2.len; i++) {
            Node *imp = file->list2.data[i];
            Package *ip = ty_import(imp->str, imp->pos);
            if (!ip)
                continue;
            const char *name = imp->name ? imp->name : ip->name;
            Sym *s = sym_new(SYM_PKG, name, NULL, imp->pos);
            s->pkgref = ip;
            s->decl = imp;
            if (strcmp(name, "_") == 0)
                s->used = true;
            declare(fs, s);
        }
        Node *prev_const = NULL;
        for (int i = 0; i < file->list.len; i++) {
            Node *d = file->list.data[i];
            switch (d->kind) {
            case N_FUNCDECL: {
                Sym *s = sym_new(SYM_FUNC, d->name, NULL, d->pos);
                s->decl = d;
                s->pkg = path;
                d->sym = s;
                vec_push(&pkg->funcs, s);
                if (d->a)
                    break; /* methods are attached below */
                if (strcmp(d->name, "init") == 0)
                    break;
                if (strcmp(d->name, "main") == 0 && strcmp(path, "main") == 0 &&
                    (d->b->list.len || d->b->list2.len))
                    diag_error(d->pos, "func main must have no arguments and no return values");
                declare(pkg->scope, s);
                break;
            }
            case N_VARDECL:
                for (int j = 0; j < d->list.len; j++) {
                    Node *nm = d->list.data[j];
                    Sym *s = sym_new(SYM_VAR, nm->name, NULL, nm->pos);
                    s->decl = d;
                    s->vclass = VC_GLOBAL;
                    s->pkg = path;
                    s->used = true;
                    nm->sym = s;
                    declare(pkg->scope, s);
                    vec_push(&pkg->globals, s);
                }
                break;
            case N_CONSTDECL:
                if (d->list2.len == 0 && !d->c)
                    d->c = prev_const;
                prev_const = d;
                for (int j = 0; j < d->list.len; j++) {
                    Node *nm = d->list.data[j];
                    Sym *s = sym_new(SYM_CONST, nm->name, NULL, nm->pos);
                    s->decl = d;
                    s->pkg = path;
                    nm->sym = s;
                    declare(pkg->scope, s);
                }
                break;
            case N_TYPEDECL: {
                Sym *s = sym_new(SYM_TYPE, d->name, NULL, d->pos);
                s->decl = d;
                s->pkg = path;
                if (!d->flag) {
                    s->type = ty_new(TY_NAMED);
                    s->type->name = d->name;
                    s->type->pkg = path;
                    vec_push(&pkg->types, s->type);
                }
                declare(pkg->scope, s);
                break;
            }
            default:
                break;
            }
            if (d->kind != N_CONSTDECL)
                prev_const = NULL;
        }
    }

    /* 2. resolve declarations (types first, so methods can attach) */
    for (int fi = 0; fi < files->len; fi++) {
        Node *file = files->data[fi];
        c->file_scope = file_scopes.data[fi];
        for (int i = 0; i < pkg->scope->syms.len; i++) {
            Sym *s = pkg->scope->syms.data[i];
            if (s->kind == SYM_TYPE)
                resolve_sym(c, s);
        }
        for (int i = 0; i < file->list.len; i++) {
            Node *d = file->list.data[i];
            if (d->kind == N_FUNCDECL && d->a) {
                Sym *s = d->sym;
                Type *rt = resolve_type(c, d->a->a);
                Type *named = rt->kind == TY_PTR ? rt->elem : rt;
                d->a->type = rt;
                if (named->kind != TY_NAMED) {
                    diag_error(d->a->a->pos, "invalid receiver type %s", ty_str(rt));
                    continue;
                }
                s->recv_of = NULL;
                vec_push(&named->methods, s);
                resolve_sym(c, s);
            }
        }
    }
    for (int fi = 0; fi < files->len; fi++) {
        Node *file = files->data[fi];
        c->file_scope = file_scopes.data[fi];
        for (int i = 0; i < file->list.len; i++) {
            Node *d = file->list.data[i];
            if (d->kind == N_VARDECL)
                for (int j = 0; j < d->list.len; j++)
                    resolve_sym(c, ((Node *)d->list.data[j])->sym);
            else if (d->kind == N_CONSTDECL)
                for (int j = 0; j < d->list.len; j++)
                    resolve_sym(c, ((Node *)d->list.data[j])->sym);
            else if (d->kind == N_FUNCDECL)
                resolve_sym(c, d->sym);
        }
    }
    for (int i = 0; i < pkg->types.len; i++)
        check_value_cycle(pkg->types.data[i]);
    /* 3. function bodies */
    for (int fi = 0; fi < files->len; fi++) {
        Node *file = files->data[fi];
        c->file_scope = file_scopes.data[fi];
        for (int i = 0; i < file->list.len; i++) {
            Node *d = file->list.data[i];
            if (d->kind == N_FUNCDECL)
                check_func(c, d->sym);
        }
        for (int i = 0; i < c->file_scope->syms.len; i++) {
            Sym *s = c->file_scope->syms.data[i];
            if (s->kind == SYM_PKG && !s->used)
                diag_error(s->decl->pos, "imported and not used: \"%s\"", s->pkgref->path);
        }
    }
    return pkg;
}
