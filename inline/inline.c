/* inline.c — gc's inlining decisions over the checked syntax tree.
 *
 * The cost of a function is the number of gc IR nodes its body would have,
 * with gc's adjustments (see cost() below; the figures were checked
 * against go1.19's -m=2 "with cost N" on small functions): a call of a
 * function that can be inlined costs that function's cost, any other call
 * 57 more.  A function can be inlined when its cost is at most 80 and it
 * has no defer, go, recover or type declaration, and is not recursive on
 * its own.  Decisions are made bottom-up over the call graph (Tarjan's
 * strongly connected components, as escape analysis orders its batches),
 * so a callee is decided before its callers; a function literal belongs
 * to the component of the function that holds it.
 *
 * Which function a call calls is gc's StaticValue: a function's name, a
 * method, a function literal, or a local variable defined once (x := f)
 * and never assigned again nor had its address taken, followed to its
 * definition; inside an inlined body, a parameter stands for the
 * argument, and the result of an inlined call with a single return for
 * what that return returns.
 */
#include "inline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BUDGET = 80, EXTRA_CALL_COST = 57, BIG_FUNCTION_NODES = 5000, BIG_FUNCTION_MAX_COST = 20 };

/* ---- a pointer-keyed hash table ---- */

typedef struct PtrMap {
    void **keys, **vals;
    size_t cap, len;
} PtrMap;

static size_t ptr_hash(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9e3779b97f4a7c15ull;
    return (size_t)(x ^ (x >> 29));
}

static void *map_get(PtrMap *m, const void *k) {
    if (!m->cap)
        return NULL;
    for (size_t i = ptr_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return NULL;
        if (m->keys[i] == k)
            return m->vals[i];
    }
}

static void map_put(PtrMap *m, void *k, void *v) {
    if ((m->len + 1) * 2 > m->cap) {
        PtrMap n = {0};
        n.cap = m->cap ? m->cap * 2 : 64;
        n.keys = calloc(n.cap, sizeof(void *));
        n.vals = calloc(n.cap, sizeof(void *));
        if (!n.keys || !n.vals)
            ice("out of memory");
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i])
                map_put(&n, m->keys[i], m->vals[i]);
        free(m->keys);
        free(m->vals);
        *m = n;
    }
    for (size_t i = ptr_hash(k) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) {
            m->keys[i] = k;
            m->vals[i] = v;
            m->len++;
            return;
        }
        if (m->keys[i] == k) {
            m->vals[i] = v;
            return;
        }
    }
}

/* ---- functions, variables ---- */

/* A function as the inliner sees it: a declared function (sym), or a
 * function literal (lit): the original, in the body of the function that
 * holds it, or a copy gc made where a body holding it was inlined (def). */
typedef struct Fn Fn;
struct Fn {
    Sym *sym;
    Node *lit;
    Fn *orig;           /* the original literal of a copy (itself otherwise) */
    InlSite *def;       /* a copy: the inlined body it is in */
    Fn *outer;          /* an original literal: the function whose body holds it */
    const char *name;
    Pos pos;
    int cost;
    int std_cost;       /* a std function's //minigo:inline cost, else -1 */
    bool checked, can;
    bool intrinsic;     /* gc compiles calls of it to machine instructions */
    bool delay_results; /* gc's canDelayResults: one return, unnamed results */
    Node *ret;          /* with delay_results: the return statement */
    int closgen;        /* literals named after this function so far */
    bool toplevel;      /* a declared function or a package-level literal */
    unsigned visit;     /* Tarjan */
};

/* A local variable or parameter: the function it belongs to, and for a
 * local defined with a value (x := v, var x = v), that definition. */
enum { V_LOCAL, V_PARAM, V_RESULT, V_OTHER };
typedef struct VarInfo {
    Fn *owner;
    int kind;
    int index;          /* V_PARAM: the parameter's index; -1 for a receiver */
    Node *defn;         /* DEFINE or VARDECL, or NULL */
    int defn_index;
    int reassigned;     /* 0 unknown, 1 no, 2 yes */
} VarInfo;

static PtrMap fn_by_sym, fn_by_lit, vars, top_sites, inlined_calls;
static Vec all_fns;      /* of Fn*: declared functions and original literals */
static const char *cur_pkg;
static InlOptions opts;

static const char *fn_decl_name(Sym *s);
static int std_inline_cost(Sym *s);
static bool is_intrinsic(Sym *s);
static void delay_results(Fn *f);
static Node *fn_body(Fn *f);

static Fn *fn_of(Sym *s) {
    Fn *f = map_get(&fn_by_sym, s);
    if (f)
        return f;
    f = NEW(Fn);
    f->sym = s;
    f->orig = f;
    f->name = fn_decl_name(s);
    f->std_cost = std_inline_cost(s);
    f->intrinsic = is_intrinsic(s);
    if (f->std_cost >= 0) {
        f->checked = f->can = true;
        f->cost = f->std_cost;
        if (fn_body(f)) /* go1.19's body (//minigo:body) */
            delay_results(f);
    }
    map_put(&fn_by_sym, s, f);
    return f;
}

static Node *fn_body(Fn *f) {
    if (!f->lit && !f->sym)
        return NULL;
    if (f->lit)
        return f->lit->b;
    Node *d = f->sym->decl;
    return d && d->kind == N_FUNCDECL && !f->sym->body_skipped ? d->c : NULL;
}

static Node *fn_type_node(Fn *f) { return f->lit ? f->lit->a : f->sym->decl->b; }

bool inl_has_body(Sym *fn) { return fn->decl && fn->decl->kind == N_FUNCDECL && fn->decl->c; }

bool inl_can_inline(Sym *fn) {
    Fn *f = map_get(&fn_by_sym, fn);
    return f && f->checked && f->can;
}

bool inl_facts(Sym *fn, int *cost) {
    Fn *f = map_get(&fn_by_sym, fn);
    *cost = f && f->checked ? f->cost : 0;
    return f && f->checked && f->can;
}

bool inl_set_facts(Sym *fn, bool can, int cost) {
    Fn *f = fn_of(fn);
    bool same = f->checked && f->can == can && (!can || f->cost == cost);
    f->checked = true;
    f->can = can;
    f->cost = cost;
    if (can && fn_body(f) && !same)
        delay_results(f);
    return same;
}

/* An std function's `//minigo:inline COST`, or -1. */
static int std_inline_cost(Sym *s) {
    if (!s->decl || s->decl->kind != N_FUNCDECL)
        return -1;
    Vec *pr = &s->decl->pragmas;
    for (int i = 0; i < pr->len; i++) {
        const char *p = pr->data[i];
        if (strncmp(p, "minigo:inline ", 14) == 0)
            return atoi(p + 14);
    }
    return -1;
}

const char *inl_std_nested(Sym *fn, int i) {
    if (!fn->decl || fn->decl->kind != N_FUNCDECL)
        return NULL;
    Vec *pr = &fn->decl->pragmas;
    for (int k = 0; k < pr->len; k++) {
        const char *p = pr->data[k];
        if (strncmp(p, "minigo:inlines ", 15) == 0 && i-- == 0)
            return p + 15;
    }
    return NULL;
}

/* Whether d carries //name (what follows the name is a comment). */
static bool has_pragma(Node *d, const char *name) {
    size_t n = strlen(name);
    for (int i = 0; i < d->pragmas.len; i++) {
        const char *p = d->pragmas.data[i];
        if (strncmp(p, name, n) == 0 && (p[n] == 0 || p[n] == ' ' || p[n] == '\t'))
            return true;
    }
    return false;
}

/* The functions gc compiles to instructions on amd64 (ssagen's intrinsics
 * table): a call of one is an ordinary node, never inlined. */
static bool is_intrinsic(Sym *s) {
    static const char *const table[] = {
        "math.Sqrt", "math.Floor", "math.Ceil", "math.Trunc", "math.RoundToEven", "math.FMA",
        "math/bits.TrailingZeros8", "math/bits.TrailingZeros16", "math/bits.TrailingZeros32",
        "math/bits.TrailingZeros64", "math/bits.Len", "math/bits.Len8", "math/bits.Len16",
        "math/bits.Len32", "math/bits.Len64", "math/bits.OnesCount", "math/bits.OnesCount16",
        "math/bits.OnesCount32", "math/bits.OnesCount64", "math/bits.RotateLeft",
        "math/bits.RotateLeft8", "math/bits.RotateLeft16", "math/bits.RotateLeft32",
        "math/bits.RotateLeft64", "math/bits.ReverseBytes32", "math/bits.ReverseBytes64",
        "math/bits.Mul", "math/bits.Mul64", "math/bits.Add", "math/bits.Add64", "math/bits.Sub",
        "math/bits.Sub64", "math/bits.Div", "math/bits.Div64",
        "runtime.KeepAlive", "runtime.getcallerpc", "runtime.getcallersp", "runtime.getclosureptr",
        "sync/atomic.LoadInt32", "sync/atomic.LoadInt64", "sync/atomic.LoadUint32",
        "sync/atomic.LoadUint64", "sync/atomic.LoadUintptr", "sync/atomic.LoadPointer",
        "sync/atomic.StoreInt32", "sync/atomic.StoreInt64", "sync/atomic.StoreUint32",
        "sync/atomic.StoreUint64", "sync/atomic.StoreUintptr", "sync/atomic.SwapInt32",
        "sync/atomic.SwapInt64", "sync/atomic.SwapUint32", "sync/atomic.SwapUint64",
        "sync/atomic.SwapUintptr", "sync/atomic.CompareAndSwapInt32",
        "sync/atomic.CompareAndSwapInt64", "sync/atomic.CompareAndSwapUint32",
        "sync/atomic.CompareAndSwapUint64", "sync/atomic.CompareAndSwapUintptr",
        "sync/atomic.AddInt32", "sync/atomic.AddInt64", "sync/atomic.AddUint32",
        "sync/atomic.AddUint64", "sync/atomic.AddUintptr",
    };
    if (!s->pkg || (s->decl && s->decl->kind == N_FUNCDECL && s->decl->a))
        return false;
    size_t n = strlen(s->pkg);
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strncmp(table[i], s->pkg, n) == 0 && table[i][n] == '.' && strcmp(table[i] + n + 1, s->name) == 0)
            return true;
    return false;
}

/* gc's name for a function: f, T.m, (*T).m, fmt.Println. */
static const char *fn_decl_name(Sym *s) {
    Node *d = s->decl;
    const char *base = s->name;
    if (d && d->kind == N_FUNCDECL && d->a && d->a->type) {
        Type *rt = d->a->type;
        if (rt->kind == TY_PTR)
            base = arena_printf(perm, "(*%s).%s", rt->elem->name, s->name);
        else
            base = arena_printf(perm, "%s.%s", rt->name, s->name);
    }
    if (s->pkg && cur_pkg && strcmp(s->pkg, cur_pkg) != 0) {
        /* another package's, by its name: fmt.Println, debug.SetGCPercent */
        return arena_printf(perm, "%s.%s", ty_pkg_qual(s->pkg), base);
    }
    return base;
}

/* gc's name for the next literal of outer: outer.func1, and outer.1 for
 * a literal in a literal. */
static const char *closure_name(Fn *outer) {
    outer->closgen++;
    if (outer->lit)
        return arena_printf(perm, "%s.%d", outer->name, outer->closgen);
    return arena_printf(perm, "%s.func%d", outer->name, outer->closgen);
}

/* ---- the functions and variables of the package ---- */

static void note_var(Node *name, Fn *owner, int kind, int index, Node *defn, int defn_index) {
    if (!name || !name->sym || name->sym->kind != SYM_VAR || !name->name || strcmp(name->name, "_") == 0)
        return;
    VarInfo *vi = NEW(VarInfo);
    vi->owner = owner;
    vi->kind = kind;
    vi->index = index;
    vi->defn = defn;
    vi->defn_index = defn_index;
    map_put(&vars, name->sym, vi);
}

static void scan_func(Fn *f, Node *recv, Node *ftype, Node *body);

/* Records the variables declared in n (a part of f's body) and names its
 * function literals, in the order gc names them. */
static void scan(Fn *f, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_FUNCLIT: {
        Fn *c = NEW(Fn);
        c->lit = n;
        c->orig = c;
        c->outer = f;
        c->name = closure_name(f);
        c->pos = n->pos;
        c->std_cost = -1;
        map_put(&fn_by_lit, n, c);
        vec_push(&all_fns, c);
        scan_func(c, NULL, n->a, n->b);
        return;
    }
    case N_DEFINE:
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.data[i];
            if (l->flag)
                note_var(l, f, V_LOCAL, 0, n->list.len == n->list2.len ? n : NULL, i);
        }
        break;
    case N_VARDECL:
        for (int i = 0; i < n->list.len; i++)
            note_var(n->list.data[i], f, V_LOCAL, 0, n->list.len == n->list2.len ? n : NULL, i);
        break;
    case N_RANGE:
        if (n->flag) {
            note_var(n->a, f, V_OTHER, 0, NULL, 0);
            note_var(n->b, f, V_OTHER, 0, NULL, 0);
        }
        break;
    default:
        break;
    }
    scan(f, n->a);
    scan(f, n->b);
    scan(f, n->c);
    scan(f, n->d);
    for (int i = 0; i < n->list.len; i++)
        scan(f, n->list.data[i]);
    for (int i = 0; i < n->list2.len; i++)
        scan(f, n->list2.data[i]);
}

static void scan_func(Fn *f, Node *recv, Node *ftype, Node *body) {
    if (recv)
        note_var(recv, f, V_PARAM, -1, NULL, 0);
    for (int i = 0; ftype && i < ftype->list.len; i++)
        note_var(ftype->list.data[i], f, V_PARAM, i, NULL, 0);
    for (int i = 0; ftype && i < ftype->list2.len; i++)
        note_var(ftype->list2.data[i], f, V_RESULT, i, NULL, 0);
    scan(f, body);
}

/* ---- gc's reassigned and StaticValue ---- */

/* The variable whose storage &x takes (gc's OuterValue). */
static Node *outer_value(Node *x) {
    for (;;) {
        x = ast_unparen(x);
        if (x->kind == N_SELECTOR && x->a->type && !(x->a->sym && x->a->sym->kind == SYM_PKG) &&
            ty_under(x->a->type)->kind != TY_PTR && x->sym == NULL)
            x = x->a;
        else if (x->kind == N_INDEX && x->a->type && ty_under(x->a->type)->kind == TY_ARRAY)
            x = x->a;
        else
            return x;
    }
}

static bool is_name_of(Node *x, Sym *s) {
    x = ast_unparen(x);
    return x && x->kind == N_NAME && x->sym == s;
}

static bool assigns(Node *n, Sym *s, Node *defn) {
    if (!n)
        return false;
    switch (n->kind) {
    case N_ASSIGN:
        if (n->op == OP_NONE)
            for (int i = 0; i < n->list.len; i++)
                if (is_name_of(n->list.data[i], s))
                    return true;
        break;
    case N_DEFINE:
        if (n != defn)
            for (int i = 0; i < n->list.len; i++) {
                Node *l = n->list.data[i];
                if (!l->flag && is_name_of(l, s))
                    return true;
            }
        break;
    case N_UNARY:
        if (n->op == OP_ADDR && is_name_of(outer_value(n->a), s))
            return true;
        break;
    case N_SELECTOR:
        /* x.m with m's receiver a pointer: gc takes &x */
        if (n->sym && n->sym->kind == SYM_FUNC && n->sym->decl && n->sym->decl->kind == N_FUNCDECL &&
            n->sym->decl->a && n->sym->decl->a->type && n->sym->decl->a->type->kind == TY_PTR &&
            n->a->type && ty_under(n->a->type)->kind != TY_PTR && is_name_of(outer_value(n->a), s))
            return true;
        break;
    default:
        break;
    }
    if (assigns(n->a, s, defn) || assigns(n->b, s, defn) || assigns(n->c, s, defn) || assigns(n->d, s, defn))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (assigns(n->list.data[i], s, defn))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (assigns(n->list2.data[i], s, defn))
            return true;
    return false;
}

static bool reassigned(Sym *s, VarInfo *vi) {
    if (!vi->reassigned)
        vi->reassigned = assigns(fn_body(vi->owner), s, vi->defn) ? 2 : 1;
    return vi->reassigned == 2;
}

/* Where an expression is: in the own body of fn (site NULL), or in the
 * inlined body of site (in the function being compiled). */
typedef struct Where {
    Fn *fn;
    InlSite *site;
} Where;

static InlSite *find_child(Where w, Node *call);
static Fn *site_fn(InlSite *s) { return s->fn; }

static Fn *copy_fn(InlSite *s, Node *lit) {
    for (int i = 0; i < s->copies.len; i++)
        if (s->copies.data[i] == lit)
            return s->copy_fns.data[i];
    return NULL;
}

/* The literal namespace of where: originals in a function's own body,
 * copies in an inlined body or in a copy's body. */
static Fn *lit_at(Where w, Node *lit) {
    if (w.site)
        return copy_fn(w.site, lit);
    if (w.fn && w.fn->def)
        return copy_fn(w.fn->def, lit);
    return map_get(&fn_by_lit, lit);
}

/* Whether n denotes a type: (*T), []byte, func(), a named type. */
static bool is_type_expr(Node *n) {
    n = ast_unparen(n);
    switch (n->kind) {
    case N_PTRTYPE: case N_SLICETYPE: case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE:
        return true;
    case N_UNARY: /* *T written as a dereference */
        return n->op == OP_DEREF && is_type_expr(n->a);
    case N_NAME:
    case N_SELECTOR:
        return n->sym && n->sym->kind == SYM_TYPE;
    default:
        return false;
    }
}

/* gc's SimType on amd64: int is int64, uint and uintptr are uint64. */
static TypeKind sim_kind(Type *t) {
    switch (t->kind) {
    case TY_INT: return TY_INT64;
    case TY_UINT: case TY_UINTPTR: return TY_UINT64;
    default: return t->kind;
    }
}

/* Whether gc compiles the conversion of src to dst to nothing (OCONVNOP,
 * which costs nothing): typecheck's Convertop. */
static bool conv_nop(Type *src, Type *dst) {
    if (!src || !dst)
        return false;
    if (ty_identical(src, dst))
        return true;
    if (ty_is_iface(src) || ty_is_iface(dst))
        return false;
    Type *us = ty_under(src), *ud = ty_under(dst);
    if (ty_identical_ignore_tags(us, ud))
        return true;
    if (src->kind == TY_PTR && dst->kind == TY_PTR &&
        ty_identical_ignore_tags(ty_under(src->elem), ty_under(dst->elem)))
        return true;
    bool sn = ty_is_integer(us) || ty_is_float(us), dn = ty_is_integer(ud) || ty_is_float(ud);
    if (sn && dn)
        return sim_kind(us) == sim_kind(ud);
    if (ty_is_complex(us) && ty_is_complex(ud))
        return us->kind == ud->kind;
    if ((us->kind == TY_PTR || us->kind == TY_UINTPTR) && ud->kind == TY_UNSAFEPTR)
        return true;
    if (us->kind == TY_UNSAFEPTR && (ud->kind == TY_PTR || ud->kind == TY_UINTPTR))
        return true;
    return false;
}

/* gc's inlCallee(StaticValue(x)): the function x denotes, or NULL.
 * through_calls: an inlined call stands for its single return's value
 * (only once calls have been inlined, not while costing). */
static Fn *static_callee(Where w, Node *x, bool through_calls) {
    bool direct = true;
    for (int guard = 0; guard < 1000; guard++) {
        x = ast_unparen(x);
        if (!x)
            return NULL;
        switch (x->kind) {
        case N_FUNCLIT:
            return lit_at(w, x);
        case N_NAME: {
            Sym *s = x->sym;
            if (!s)
                return NULL;
            if (s->kind == SYM_FUNC)
                return s->decl && s->decl->kind == N_FUNCDECL ? fn_of(s) : NULL;
            if (s->kind != SYM_VAR)
                return NULL;
            VarInfo *vi = map_get(&vars, s);
            if (!vi)
                return NULL; /* a global */
            if (!w.site) {
                if (!w.fn || vi->owner != w.fn->orig || vi->kind != V_LOCAL || !vi->defn ||
                    reassigned(s, vi))
                    return NULL;
                x = vi->defn->list2.data[vi->defn_index];
                break;
            }
            Fn *c = site_fn(w.site);
            if (vi->owner == c->orig) {
                if (vi->kind != V_PARAM || reassigned(s, vi))
                    return NULL;
                Node *call = w.site->call;
                Node *fx = ast_unparen(call->a);
                Node *arg = NULL;
                bool methexpr = c->sym && c->sym->decl->a && fx->kind == N_SELECTOR &&
                                ast_unparen(fx->a)->sym && ast_unparen(fx->a)->sym->kind == SYM_TYPE;
                int k = vi->index + (methexpr ? 1 : 0);
                Type *ft = ty_under(c->lit ? c->lit->type : c->sym->type);
                if (ft->variadic && vi->index == ft->params.len - 1)
                    return NULL;
                if (call->list.len == 1 && ((Node *)call->list.data[0])->type &&
                    ((Node *)call->list.data[0])->type->kind == TY_TUPLE)
                    return NULL;
                if (vi->index < 0 && !methexpr)
                    arg = fx->kind == N_SELECTOR ? fx->a : NULL;
                else if (k >= 0 && k < call->list.len)
                    arg = call->list.data[k];
                if (!arg)
                    return NULL;
                x = arg;
                w.site = w.site->parent;
                break;
            }
            /* a variable the literal captures: where the literal was made */
            if (!c->lit)
                return NULL;
            if (c->def)
                w.site = c->def;
            else
                w.site = NULL;
            continue; /* the same name, one level out */
        }
        case N_CALL: {
            if (is_type_expr(x->a)) {
                /* a conversion that changes nothing gc sees (OCONVNOP) */
                Node *arg = x->list.data[0];
                if (conv_nop(arg->type, x->type)) {
                    x = arg;
                    break;
                }
                return NULL;
            }
            if (!through_calls)
                return NULL;
            InlSite *s = find_child(w, x);
            if (!s)
                return NULL;
            Fn *c = site_fn(s);
            if (!c->delay_results || !c->ret || c->ret->list.len != 1)
                return NULL;
            x = c->ret->list.data[0];
            w.site = s;
            break;
        }
        case N_SELECTOR: {
            Sym *s = x->sym;
            if (!s || s->kind != SYM_FUNC || !s->decl || s->decl->kind != N_FUNCDECL)
                return NULL;
            Node *a = ast_unparen(x->a);
            if (a->sym && a->sym->kind == SYM_PKG)
                return fn_of(s); /* pkg.F */
            if (!s->decl->a)
                return NULL;
            if (a->sym && a->sym->kind == SYM_TYPE) { /* T.m, (*T).m */
                Type *rt = s->decl->a->type;
                return rt && a->type && ty_identical(rt, a->type) ? fn_of(s) : NULL;
            }
            if (a->kind == N_UNARY && a->op == OP_DEREF && a->a->sym && a->a->sym->kind == SYM_TYPE)
                return NULL;
            /* x.m(...): a method call (a method value is not followed) */
            return direct ? fn_of(s) : NULL;
        }
        default:
            return NULL;
        }
        direct = false;
    }
    return NULL;
}

/* ---- the cost model ---- */

typedef struct Visitor {
    int cost;
    const char *reason;  /* why not inlinable, or NULL */
    Fn *cur;             /* the function whose body is being visited */
    bool stop;           /* gc stops counting once over budget (below -m=2) */
    int extra_call;      /* what a call that is not inlined costs more */
    bool counting;       /* only counting nodes: no callee is looked at */
} Visitor;

static void cost(Visitor *v, Node *n);
static void can_inline(Fn *f);

static void over_budget(Visitor *v) {
    if (v->cost > BUDGET && opts.m < 2 && !v->counting)
        v->stop = true;
}

/* One node costing `own`, and its children a, b, c, d. */
static void cost_node(Visitor *v, Node *n, int own) {
    v->cost += own;
    over_budget(v);
    cost(v, n->a);
    cost(v, n->b);
    cost(v, n->c);
    cost(v, n->d);
}

static void cost_list(Visitor *v, Vec *l) {
    for (int i = 0; i < l->len; i++)
        cost(v, l->data[i]);
}

/* An implicit conversion to an interface costs a node (OCONVIFACE). */
static void cost_to(Visitor *v, Node *n, Type *target) {
    cost(v, n);
    if (target && n->type && ty_is_iface(target) && n->type->kind != TY_UNTYPED_NIL &&
        !ty_identical(target, n->type))
        v->cost++;
}

/* The function a call expression calls by name (f, pkg.F, x.m, T.m), or NULL. */
static Sym *callee(Node *call) {
    Node *f = ast_unparen(call->a);
    Sym *s = f->sym;
    if ((f->kind == N_NAME || f->kind == N_SELECTOR) && s && s->kind == SYM_FUNC &&
        !(f->kind == N_SELECTOR && f->a->type && ty_is_iface(f->a->type) &&
          !(ast_unparen(f->a)->sym && ast_unparen(f->a)->sym->kind == SYM_TYPE)))
        return s; /* not an interface's method */
    return NULL;
}

static bool is_method_call(Node *call, Sym *s) {
    Node *f = ast_unparen(call->a);
    return f->kind == N_SELECTOR && s->decl && s->decl->kind == N_FUNCDECL && s->decl->a;
}

/* encoding/binary's byte-order methods: gc counts a call of one as one
 * node (they compile to a load or a store). */
static bool cheap_method(Fn *c) {
    static const char *const names[] = {"Uint16", "Uint32", "Uint64", "PutUint16", "PutUint32", "PutUint64"};
    Sym *s = c->sym;
    if (!s || !s->pkg || strcmp(s->pkg, "encoding/binary") != 0 || !s->decl || !s->decl->a)
        return false;
    Type *rt = s->decl->a->type;
    if (!rt || !rt->name || (strcmp(rt->name, "littleEndian") != 0 && strcmp(rt->name, "bigEndian") != 0))
        return false;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(s->name, names[i]) == 0)
            return true;
    return false;
}

/* Whether an expression makes a call or receives, gc's callOrChan over
 * ir.Any: built-ins count, new, make and conversions do not, nor what a
 * function literal's body does.  A call's receiver (or callee) that does
 * goes first to a temporary (typecheck.RewriteNonNameCall): 3 more. */
static bool calls_or_receives(Node *n) {
    if (!n || n->kind == N_FUNCLIT || n->cval)
        return false;
    if (n->kind == N_UNARY && n->op == OP_RECV)
        return true;
    if (n->kind == N_CALL && !is_type_expr(ast_unparen(n->a))) {
        Node *f = ast_unparen(n->a);
        if (!(f->sym && f->sym->kind == SYM_BUILTIN &&
              (f->sym->builtin == BI_NEW || f->sym->builtin == BI_MAKE)))
            return true; /* make is OMAKESLICE... by then, not in callOrChan */
    }
    if (calls_or_receives(n->a) || calls_or_receives(n->b) || calls_or_receives(n->c) ||
        calls_or_receives(n->d))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (calls_or_receives(n->list.data[i]))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (calls_or_receives(n->list2.data[i]))
            return true;
    return false;
}

static void cost_call(Visitor *v, Node *n) {
    Node *f = ast_unparen(n->a);
    Sym *fs = f->sym;
    if (fs && fs->kind == SYM_BUILTIN) {
        v->cost++;
        switch ((Builtin)fs->builtin) {
        case BI_NEW:
            v->cost++; /* its type */
            return;
        case BI_MAKE:
            for (int i = 1; i < n->list.len; i++)
                cost(v, n->list.data[i]);
            if (n->list.len == 1 && n->type && ty_under(n->type)->kind != TY_SLICE)
                v->cost++; /* a map's or channel's size: a constant 0 */
            return;
        case BI_PANIC:
            /* gc undoes the implicit conversion and adds 1 */
            cost(v, n->list.data[0]);
            v->cost++;
            return;
        case BI_RECOVER:
            v->reason = "call to recover";
            return;
        default:
            cost_list(v, &n->list);
            return;
        }
    }
    if (is_type_expr(f)) {
        /* a conversion */
        Node *x = n->list.data[0];
        if (n->cval) { /* of a constant: a constant */
            v->cost++;
            return;
        }
        if (!conv_nop(x->type, n->type))
            v->cost++;
        cost(v, x);
        return;
    }
    /* the callee first, as gc (a literal it calls is decided now) */
    Fn *c = v->counting ? NULL : static_callee((Where){v->cur, NULL}, n->a, false);
    if (c && c->lit)
        can_inline(c);
    if (c && (c->intrinsic || cheap_method(c)))
        ;
    else if (c && c->checked && c->can)
        v->cost += c->cost;
    else
        v->cost += v->extra_call;
    v->cost++; /* the call */
    over_budget(v);
    Sym *s = callee(n);
    Type *ft = s ? s->type : (n->a->type ? ty_under(n->a->type) : NULL);
    if (s && is_method_call(n, s)) {
        v->cost += 1;     /* the method expression's type */
        if (!(ast_unparen(f->a)->sym && ast_unparen(f->a)->sym->kind == SYM_TYPE)) {
            cost(v, f->a); /* the receiver (T.m(x, ...): the first argument) */
            /* with gc's implicit *x or &x */
            Type *rt = s->decl->a->type, *xt = f->a->type;
            bool want_ptr = rt && ty_under(rt)->kind == TY_PTR;
            bool have_ptr = xt && ty_under(xt)->kind == TY_PTR;
            if (rt && xt && want_ptr != have_ptr)
                v->cost++;
            if (calls_or_receives(f->a))
                v->cost += 3; /* the receiver's temporary */
        }
    } else if (s)
        v->cost++;        /* the function's name */
    else if (f->kind == N_SELECTOR && f->a->type && ty_is_iface(f->a->type)) {
        v->cost++; /* an interface's method (ODOTINTER) */
        cost(v, f->a);
        if (calls_or_receives(f->a))
            v->cost += 3; /* the receiver's temporary */
    } else {
        cost(v, n->a);
        if (calls_or_receives(n->a))
            v->cost += 3; /* the callee's temporary: f()(x) */
    }
    if (n->list.len == 1 && ((Node *)n->list.data[0])->type &&
        ((Node *)n->list.data[0])->type->kind == TY_TUPLE) {
        /* f(g()): gc assigns g's results to temporaries first (an OAS2
         * declaring them), then passes the temporaries */
        Type *tt = ((Node *)n->list.data[0])->type;
        int k = tt->fields.len;
        v->cost += 1 + 4 * k;
        cost(v, n->list.data[0]);
        int off = s && is_method_call(n, s) && ast_unparen(f->a)->sym && ast_unparen(f->a)->sym->kind == SYM_TYPE;
        for (int i = 0; i < k; i++) {
            Type *pt = NULL;
            if (off && i == 0)
                pt = NULL;
            else if (ft && ft->kind == TY_FUNC && i - off < ft->params.len)
                pt = ((Field *)ft->params.data[i - off])->type;
            Type *at = ((Field *)tt->fields.data[i])->type;
            if (pt && ty_is_iface(pt) && !ty_is_iface(at))
                v->cost++;
        }
        return;
    }
    for (int i = 0; i < n->list.len; i++) {
        Type *pt = NULL;
        if (ft && ft->kind == TY_FUNC && ft->params.len) {
            int np = ft->params.len;
            if (ft->variadic && i >= np - 1)
                pt = n->flag ? NULL : ((Field *)ft->params.data[np - 1])->type->elem;
            else if (i < np)
                pt = ((Field *)ft->params.data[i])->type;
        }
        cost_to(v, n->list.data[i], pt);
    }
}

static void cost_assign_rhs(Visitor *v, Vec *lhs, Vec *rhs) {
    for (int i = 0; i < rhs->len; i++) {
        Node *l = i < lhs->len && lhs->len == rhs->len ? lhs->data[i] : NULL;
        cost_to(v, rhs->data[i], l ? l->type : NULL);
    }
}

static bool const_bool(Node *n, bool *val) {
    n = ast_unparen(n);
    if (!n || !n->cval || n->cval->kind != CV_BOOL)
        return false;
    *val = n->cval->b;
    return true;
}

/* a, b = f() where a result must be converted to its variable's type:
 * gc first assigns the results to temporaries it declares (t1, t2 :=
 * f()), then the temporaries to the variables.  The statement's own node
 * is counted by the caller. */
static bool multi_rewrite(Visitor *v, Node *n) {
    if (n->list.len < 2 || n->list2.len != 1)
        return false;
    Node *r = ast_unparen(n->list2.data[0]);
    if (r->kind != N_CALL || !r->type || r->type->kind != TY_TUPLE || r->type->fields.len != n->list.len)
        return false;
    bool mismatched = false;
    for (int i = 0; i < n->list.len; i++) {
        Node *l = n->list.data[i];
        Type *rt = ((Field *)r->type->fields.data[i])->type;
        if (l->kind == N_NAME && l->name && strcmp(l->name, "_") == 0)
            continue;
        if (l->type && rt && !ty_identical(l->type, rt))
            mismatched = true;
    }
    if (!mismatched)
        return false;
    int k = n->list.len;
    v->cost += 3 * k + 1 + k; /* the temporaries' declarations, t1, t2 := f(), and the uses */
    cost(v, r);
    cost_list(v, &n->list);
    for (int i = 0; i < k; i++) {
        Node *l = n->list.data[i];
        Type *rt = ((Field *)r->type->fields.data[i])->type;
        if (l->type && rt && ty_is_iface(l->type) && !ty_identical(l->type, rt))
            v->cost++;
    }
    return true;
}

/* {…} for an element of type *T is &T{…}: one node more. */
static int elided_addr(Node *e, Type *elem) {
    return e && e->kind == N_COMPOSITE && !e->a && elem && ty_under(elem)->kind == TY_PTR;
}

/* The operands of a chain of string concatenations. */
static void cost_addstr(Visitor *v, Node *n) {
    Node *u = ast_unparen(n);
    if (u->kind == N_BINARY && u->op == OP_ADD && !u->cval && u->type && ty_is_string(u->type)) {
        cost_addstr(v, u->a);
        cost_addstr(v, u->b);
    } else
        cost(v, n);
}

/* The embedded fields a selector goes through implicitly (e.Name is
 * e.Person.Name: one more selector for gc). */
static int hops_to(Type *t, const char *name, int depth) {
    Type *u = ty_under(t);
    if (u->kind == TY_PTR)
        u = ty_under(u->elem);
    if (u->kind != TY_STRUCT || depth > 8)
        return -1;
    for (int i = 0; i < u->fields.len; i++)
        if (strcmp(((Field *)u->fields.data[i])->name, name) == 0)
            return 0;
    int best = -1;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        int h = hops_to(f->type, name, depth + 1);
        if (h >= 0 && (best < 0 || h + 1 < best))
            best = h + 1;
    }
    return best;
}

static int embedded_hops(Node *n) {
    if (!n->a->type || (n->sym && n->sym->kind == SYM_FUNC))
        return 0;
    int h = hops_to(n->a->type, n->name, 0);
    return h > 0 ? h : 0;
}

static void cost(Visitor *v, Node *n) {
    if (!n || v->stop || v->reason)
        return;
    if (n->cval && n->kind != N_PAREN) { /* a constant: one literal */
        v->cost++;
        over_budget(v);
        return;
    }
    switch (n->kind) {
    case N_NAME: case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT: case N_STRLIT:
        v->cost++;
        break;
    case N_PAREN:
        cost(v, n->a);
        return;
    case N_BINARY:
        if (n->op == OP_ADD && n->type && ty_is_string(n->type)) {
            cost_addstr(v, n); /* one OADDSTR and its operands */
            v->cost++;
            break;
        }
        v->cost++;
        if (n->cval && !ty_is_untyped(n->type))
            break; /* folded to a literal */
        cost(v, n->a);
        cost(v, n->b);
        break;
    case N_UNARY: {
        Node *x = ast_unparen(n->a);
        /* *(*T)(unsafe.Pointer(&x)) is cheap: conversions that are no-ops */
        while (x->kind == N_CALL && x->list.len == 1 && is_type_expr(x->a) && !x->cval &&
               conv_nop(((Node *)x->list.data[0])->type, x->type))
            x = ast_unparen(x->list.data[0]);
        v->cost++;
        if (n->op == OP_DEREF && x->kind == N_UNARY && x->op == OP_ADDR &&
            ast_unparen(x->a)->kind != N_COMPOSITE) /* &T{} is not an address-of for gc */
            v->cost--;
        cost(v, n->a);
        break;
    }
    case N_SELECTOR:
        if (n->a->kind == N_NAME && n->a->sym && n->a->sym->kind == SYM_PKG) {
            v->cost++; /* a qualified name */
            break;
        }
        v->cost += 1 + embedded_hops(n);
        if (n->sym && n->sym->kind == SYM_FUNC) {
            v->cost++; /* a method value (OMETHVALUE): gc counts it twice */
            /* with gc's implicit &x or *x for the method's receiver */
            Type *rt = n->sym->decl && n->sym->decl->kind == N_FUNCDECL && n->sym->decl->a ? n->sym->decl->a->type
                                                                                           : NULL;
            Type *xt = n->a->type;
            if (rt && xt && !ty_is_iface(xt) &&
                (ty_under(rt)->kind == TY_PTR) != (ty_under(xt)->kind == TY_PTR))
                v->cost++;
        }
        cost(v, n->a);
        break;
    case N_INDEX:
        v->cost++;
        if (n->a->type && ty_under(n->a->type)->kind == TY_PTR)
            v->cost++; /* p[i] of a pointer to an array: (*p)[i] */
        cost(v, n->a);
        cost(v, n->b);
        break;
    case N_SLICE: /* a[i:j] of an array variable slices &a */
        cost_node(v, n, 1 + (n->a->type && ty_under(n->a->type)->kind == TY_ARRAY));
        break;
    case N_CALL:
        cost_call(v, n);
        break;
    case N_COMPOSITE: {
        Type *u = n->type ? ty_under(n->type) : NULL;
        if (u && u->kind == TY_STRUCT) {
            v->cost++;
            for (int i = 0; i < n->list.len; i++) {
                Node *e = n->list.data[i];
                v->cost++; /* OSTRUCTKEY */
                cost(v, e->kind == N_KEYVAL ? e->b : e);
            }
            break;
        }
        /* the literal (gc counts a slice literal twice) */
        v->cost += u && u->kind == TY_SLICE ? 2 : 1;
        Type *et = u && (u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_MAP) ? u->elem : NULL;
        Type *kt = u && u->kind == TY_MAP ? u->key : NULL;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            /* an element converted to an interface is an OCONVIFACE more */
            if (e->kind == N_KEYVAL) {
                v->cost++;
                cost_to(v, e->a, kt);
                cost_to(v, e->b, et);
                v->cost += elided_addr(e->a, kt) + elided_addr(e->b, et);
            } else {
                cost_to(v, e, et);
                v->cost += elided_addr(e, et);
            }
        }
        break;
    }
    case N_KEYVAL:
        v->cost++;
        cost(v, n->a);
        cost(v, n->b);
        break;
    case N_FUNCLIT: {
        v->cost += 15;
        Fn *saved = v->cur;
        Fn *lit = lit_at((Where){v->cur, NULL}, n);
        if (lit)
            v->cur = lit;
        cost(v, n->b);
        v->cur = saved;
        v->cost++;
        break;
    }
    case N_TYPEASSERT:
        v->cost++;
        cost(v, n->a);
        break;
    /* statements */
    case N_BLOCK:
        cost_list(v, &n->list);
        break;
    case N_EXPRSTMT:
        cost(v, n->a);
        break;
    case N_INCDEC:
        v->cost += 2; /* the assignment and the constant 1 */
        cost(v, n->a);
        break;
    case N_ASSIGN:
        v->cost++;
        if (multi_rewrite(v, n))
            break;
        cost_list(v, &n->list);
        cost_assign_rhs(v, &n->list, &n->list2);
        break;
    case N_DEFINE:
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.data[i];
            if (l->flag)
                v->cost += 2; /* its declaration */
        }
        v->cost++;
        if (multi_rewrite(v, n))
            break;
        cost_list(v, &n->list);
        cost_assign_rhs(v, &n->list, &n->list2);
        break;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind == N_TYPEDECL) {
                v->reason = "unhandled op DCLTYPE";
                return;
            }
            if (d->kind != N_VARDECL)
                continue;
            v->cost += 2 * d->list.len; /* the declarations */
            if (d->list2.len == d->list.len) {
                /* one assignment each */
                for (int j = 0; j < d->list.len; j++) {
                    Node *l = d->list.data[j];
                    v->cost += 2;
                    cost_to(v, d->list2.data[j], l->type);
                }
            } else if (d->list2.len) {
                v->cost++;
                cost_list(v, &d->list);
                cost_assign_rhs(v, &d->list, &d->list2);
            } else
                v->cost += 2 * d->list.len; /* x = zero value: the assignment and x */
        }
        break;
    case N_RETURN: {
        v->cost++;
        Type *ft = NULL;
        if (v->cur)
            ft = ty_under(v->cur->lit ? v->cur->lit->type : v->cur->sym->type);
        if (n->list.len == 1 && ((Node *)n->list.data[0])->type &&
            ((Node *)n->list.data[0])->type->kind == TY_TUPLE) {
            /* return f(): gc assigns f's results to temporaries first */
            int k = ((Node *)n->list.data[0])->type->fields.len;
            v->cost += 1 + 4 * k;
            cost(v, n->list.data[0]);
            break;
        }
        for (int i = 0; i < n->list.len; i++) {
            Type *rt = ft && ft->kind == TY_FUNC && n->list.len == ft->results.len
                           ? ((Field *)ft->results.data[i])->type : NULL;
            cost_to(v, n->list.data[i], rt);
        }
        break;
    }
    case N_IF: {
        bool val;
        if (const_bool(n->b, &val)) { /* the if and its condition cost nothing */
            cost(v, n->a);
            cost(v, val ? n->c : n->d);
            break;
        }
        cost_node(v, n, 1);
        break;
    }
    case N_FOR:
        cost_node(v, n, 1);
        break;
    case N_RANGE: {
        int own = 1;
        if (n->flag) /* each variable it declares */
            for (Node **k = (Node *[]){n->a, n->b}, **e = k + 2; k < e; k++)
                if (*k && (*k)->name && strcmp((*k)->name, "_") != 0)
                    own += 2;
        cost_node(v, n, own);
        break;
    }
    case N_SWITCH:
    case N_TYPESWITCH: {
        bool bound = n->kind == N_TYPESWITCH && n->name;
        v->cost++;
        if (n->kind == N_TYPESWITCH)
            v->cost += 1 + bound; /* the x.(type) guard, and the name it binds */
        cost(v, n->a);
        cost(v, n->b);
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            v->cost += 1 + bound; /* the case, and its own variable */
            cost_list(v, &cs->list);
            cost_list(v, &cs->list2);
        }
        break;
    }
    case N_SELECT:
        v->cost++;
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            Node *c = cs->a;
            v->cost++;
            if (c && c->kind == N_ASSIGN) {
                /* `a, b = <-c` (OSELRECV2): its targets, a missing one blank */
                v->cost++;
                for (int j = 0; j < 2; j++)
                    if (j < c->list.len)
                        cost(v, c->list.data[j]);
                    else
                        v->cost++;
                cost(v, c->list2.len ? c->list2.data[0] : NULL);
            } else if (c && c->kind != N_SENDSTMT) {
                /* a receive becomes `a, b = <-c` (OSELRECV2), missing names blank */
                Node *rx = c->kind == N_EXPRSTMT ? c->a : c->list2.len ? c->list2.data[0] : NULL;
                v->cost += 3;
                if (c->kind == N_DEFINE)
                    for (int j = 0; j < c->list.len; j++)
                        if (((Node *)c->list.data[j])->flag)
                            v->cost += 2;
                cost(v, rx);
            } else
                cost(v, c);
            cost_list(v, &cs->list2);
        }
        break;
    case N_BRANCH:
        if (n->op != OP_FALLTHROUGH)
            v->cost++;
        break;
    case N_LABELED:
        v->cost++;
        cost(v, n->a);
        break;
    case N_GOSTMT:
        v->reason = "unhandled op GO";
        return;
    case N_DEFERSTMT:
        v->reason = "unhandled op DEFER";
        return;
    case N_SENDSTMT:
        v->cost++;
        cost(v, n->a);
        cost(v, n->b);
        break;
    default:
        v->cost++;
        break;
    }
    over_budget(v);
}

/* gc's node count of a body (isBigFunc). */
static int count_nodes(Fn *f) {
    Visitor v = {0};
    v.cur = f;
    v.counting = true;
    cost(&v, fn_body(f));
    return v.cost;
}

/* ---- CanInline ---- */

/* gc's position of a function: the token after `func` — the name, or a
 * method's receiver list.  (minigo's tree keeps the `func` keyword's
 * position; gofmt puts one space before the receiver's parenthesis.) */
static Pos fn_pos(Fn *f) {
    if (f->lit)
        return f->lit->pos;
    Node *d = f->sym->decl;
    /* gc knows a stenciled method of another package from that package's
     * export data, at its name */
    if (!d->a || (f->sym->dupok && f->sym->compiled_in && strcmp(f->sym->pkg, f->sym->compiled_in) != 0))
        return d->pos;
    Pos p = d->pos2;
    p.col += 5;
    return p;
}

/* gc's canDelayResults: exactly one return, with values, and no named
 * result (a literal's returns are its own). */
static void count_returns(Node *n, int *count, Node **ret) {
    if (!n || n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_RETURN) {
        *count += n->list.len ? 1 : 2;
        *ret = n;
    }
    count_returns(n->a, count, ret);
    count_returns(n->b, count, ret);
    count_returns(n->c, count, ret);
    count_returns(n->d, count, ret);
    for (int i = 0; i < n->list.len; i++)
        count_returns(n->list.data[i], count, ret);
    for (int i = 0; i < n->list2.len; i++)
        count_returns(n->list2.data[i], count, ret);
}

static void delay_results(Fn *f) {
    int count = 0;
    Node *ret = NULL;
    count_returns(fn_body(f), &count, &ret);
    if (count != 1)
        return;
    Node *ft = fn_type_node(f);
    for (int i = 0; i < ft->list2.len; i++) {
        Node *r = ft->list2.data[i];
        if (r->name && strcmp(r->name, "_") != 0)
            return;
    }
    f->delay_results = true;
    f->ret = ret;
}


static void can_inline(Fn *f) {
    if (f->checked || f->std_cost >= 0)
        return;
    const char *reason = NULL;
    Node *d = f->sym ? f->sym->decl : NULL;
    if (d && has_pragma(d, "go:noinline"))
        reason = "marked go:noinline";
    else if (d && opts.race && has_pragma(d, "go:norace"))
        reason = "marked go:norace with -race compilation";
    else if (d && has_pragma(d, "go:cgo_unsafe_args"))
        reason = "marked go:cgo_unsafe_args";
    else if (d && has_pragma(d, "go:uintptrkeepalive"))
        reason = "marked as having a keep-alive uintptr argument";
    else if (d && has_pragma(d, "go:uintptrescapes"))
        reason = "marked as having an escaping uintptr argument";
    else if (d && has_pragma(d, "go:yeswritebarrierrec"))
        reason = "marked go:yeswritebarrierrec";
    else if (!fn_body(f))
        reason = "no function body";
    if (reason) {
        if (opts.m > 1)
            diag_warn(fn_pos(f), "cannot inline %s: %s", f->name, reason);
        if (!fn_body(f))
            f->checked = true;
        return;
    }
    f->checked = true;
    Visitor v = {0};
    v.cur = f;
    v.extra_call = opts.cheap_calls ? 1 : EXTRA_CALL_COST;
    cost(&v, fn_body(f));
    if (v.reason)
        reason = v.reason;
    else if (v.cost > BUDGET)
        reason = arena_printf(perm, "function too complex: cost %d exceeds budget %d", v.cost, BUDGET);
    if (reason) {
        if (opts.m > 1)
            diag_warn(fn_pos(f), "cannot inline %s: %s", f->name, reason);
        return;
    }
    f->can = true;
    f->cost = v.cost;
    delay_results(f);
    if (opts.m > 1) {
        Type *t = f->lit ? f->lit->type : f->sym->type;
        const char *ts = ty_gcstr(t);
        if (d && d->a && d->a->type && f->sym->dupok) /* stenciled: the dictionary, the receiver first */
            ts = arena_printf(perm, "func(uintptr, %s%s%s", ty_gcstr(d->a->type), t->params.len ? ", " : "",
                              ts + strlen("func("));
        else if (d && d->a && d->a->type) /* a method: method(T) func(...) */
            ts = arena_printf(perm, "method(%s) %s", ty_gcstr(d->a->type), ts);
        Node *body = fn_body(f);
        StrBuf b = {0};
        if (body)
            ast_print_stmts(&b, &body->list);
        diag_warn(fn_pos(f), "can inline %s with cost %d as: %s { %s }", f->name, v.cost, ts, sb_str(&b));
        sb_free(&b);
    }
    else if (opts.m)
        diag_warn(fn_pos(f), "can inline %s", f->name);
}

/* ---- InlineCalls ---- */

typedef struct Inliner {
    Fn *cur;          /* the function whose calls are inlined */
    Vec stack;        /* of Fn*: the bodies being inlined, outermost first (gc's inlMap) */
    int max_cost;     /* 20 in a big function */
} Inliner;

static InlSite *find_child(Where w, Node *call) {
    if (!w.site)
        return map_get(&top_sites, call);
    for (int i = 0; i < w.site->children.len; i++) {
        InlSite *s = w.site->children.data[i];
        if (s->call == call)
            return s;
    }
    return NULL;
}

InlSite *inl_site(InlSite *parent, Node *call) { return find_child((Where){NULL, parent}, call); }

const char *inl_lit_name(InlSite *site, Node *lit) {
    if (site) {
        for (int i = 0; i < site->copies.len; i++)
            if (site->copies.data[i] == lit)
                return site->copy_names.data[i];
        return NULL;
    }
    Fn *f = map_get(&fn_by_lit, lit);
    return f ? f->name : NULL;
}

bool inl_call_inlined(Node *call) { return map_get(&inlined_calls, call) != NULL; }

const char *inl_call_result(Node *call) {
    Fn *c = map_get(&inlined_calls, call);
    if (!c || (!c->sym && !c->lit))
        return NULL;
    Node *ft = c->lit ? c->lit->a : c->sym->decl ? c->sym->decl->b : NULL;
    if (!ft || ft->kind != N_FUNCTYPE || ft->list2.len == 0)
        return NULL;
    StrBuf sb = {0};
    if (ft->list2.len > 1)
        sb_puts(&sb, "(.[");
    for (int i = 0; i < ft->list2.len; i++) {
        Node *r = ft->list2.data[i];
        if (i)
            sb_putc(&sb, ' ');
        if (r->name && strcmp(r->name, "_") != 0 && c->sym && c->sym->pkg && cur_pkg &&
            strcmp(c->sym->pkg, cur_pkg) != 0)
            sb_printf(&sb, "%s.%s", ty_pkg_qual(c->sym->pkg), r->name); /* atomic.new */
        else if (r->name && strcmp(r->name, "_") != 0)
            sb_puts(&sb, r->name);
        else
            sb_printf(&sb, "~R%d", i);
    }
    if (ft->list2.len > 1)
        sb_puts(&sb, "])");
    const char *res = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    return res;
}

bool inl_site_delays_results(InlSite *site) { return site->fn && site_fn(site)->delay_results; }

bool inl_site_has_body(InlSite *site) { return site->fn && fn_body(site->fn); }

static void inline_calls(Inliner *in, InlSite *site, Node *n, Pos *outer);
static void inline_list(Inliner *in, InlSite *site, Vec *l, Pos *outer);

/* The literals of an inlined body become functions of the function being
 * compiled, named after it; one inside another is named first (gc names
 * a literal as it finishes copying it). */
static void copy_lits(Inliner *in, InlSite *site, Node *n) {
    if (!n)
        return;
    copy_lits(in, site, n->a);
    copy_lits(in, site, n->b);
    copy_lits(in, site, n->c);
    copy_lits(in, site, n->d);
    for (int i = 0; i < n->list.len; i++)
        copy_lits(in, site, n->list.data[i]);
    for (int i = 0; i < n->list2.len; i++)
        copy_lits(in, site, n->list2.data[i]);
    if (n->kind != N_FUNCLIT)
        return;
    Fn *c = NEW(Fn);
    c->lit = n;
    c->orig = map_get(&fn_by_lit, n);
    if (!c->orig)
        c->orig = c;
    c->def = site;
    c->name = closure_name(in->cur);
    c->pos = n->pos;
    c->std_cost = -1;
    vec_push(&site->copies, n);
    vec_push(&site->copy_names, (void *)c->name);
    vec_push(&site->copy_fns, c);
}

static void mkinlcall(Inliner *in, InlSite *parent, Node *call, Fn *c, Pos at, Pos *outer) {
    if (!c->can)
        return;
    if (c->cost > in->max_cost)
        return;
    if (c == in->cur)
        return;
    for (int i = 0; i < in->stack.len; i++)
        if (in->stack.data[i] == c) {
            if (opts.m > 1)
                diag_warn(at, "cannot inline %s into %s: repeated recursive cycle", c->name, in->cur->name);
            return;
        }
    if (opts.m) {
        diag_warn(at, "inlining call to %s", c->name);
        for (int i = 0; c->sym && !fn_body(c) && inl_std_nested(c->sym, i); i++)
            diag_warn(at, "inlining call to %s.%s", ty_pkg_qual(c->sym->pkg), inl_std_nested(c->sym, i));
    }
    InlSite *s = NEW(InlSite);
    s->call = call;
    s->sym = c->sym;
    s->lit = c->lit;
    s->name = c->name;
    s->parent = parent;
    s->fn = c;
    if (parent)
        vec_push(&parent->children, s);
    else
        map_put(&top_sites, call, s);
    /* a std function is expanded when it has go1.19's body (//minigo:body);
     * without one the call stays, but it is named as gc names it, by its
     * result (~R0) */
    Node *body = fn_body(c);
    map_put(&inlined_calls, call, c);
    if (body)
        copy_lits(in, s, body);
    vec_push(&in->stack, c);
    /* gc then edits the inlined call's children again: first the
     * assignment of the arguments (and the callee's effects), where calls
     * left alone inside bodies already inlined are tried once more, with
     * this callee now being inlined; then the body */
    Node *fx = ast_unparen(call->a);
    if (fx->kind == N_SELECTOR && c->sym && c->sym->decl && c->sym->decl->a)
        inline_calls(in, parent, fx->a, outer);
    else if (fx->kind == N_CALL)
        inline_calls(in, parent, fx, outer);
    inline_list(in, parent, &call->list, outer);
    if (body)
        inline_calls(in, s, body, &at);
    in->stack.len--;
}

static void inline_list(Inliner *in, InlSite *site, Vec *l, Pos *outer) {
    for (int i = 0; i < l->len; i++)
        inline_calls(in, site, l->data[i], outer);
}

/* Visits n's children first, then n itself, as gc's EditChildren. */
/* gc inlines a stenciled method (shape parameters) only where some
 * argument, the receiver or the dictionary among them, has a shape, and
 * any other function only where none has (inl.go's mkinlcall, issues
 * 49309 and 51909). */
static bool shape_args_ok(Node *call, Fn *c) {
    if (!c->sym || c->lit)
        return true;
    bool shaped = false;
    Node *f = ast_unparen(call->a);
    if (f->kind == N_SELECTOR && f->sym == c->sym && f->a->type && ty_has_shape(f->a->type))
        shaped = true;
    for (int i = 0; i < call->list.len; i++) {
        Node *a = call->list.data[i];
        if (a->type && ty_has_shape(a->type))
            shaped = true;
    }
    if (c->sym->dupok)
        return shaped;
    return !shaped;
}

static void inline_calls(Inliner *in, InlSite *site, Node *n, Pos *outer) {
    if (!n)
        return;
    switch (n->kind) {
    case N_GOSTMT:
    case N_DEFERSTMT: { /* the call itself is never inlined, its operands are */
        Node *c = ast_unparen(n->a);
        if (c && c->kind == N_CALL) {
            inline_calls(in, site, c->a, outer);
            inline_list(in, site, &c->list, outer);
        } else
            inline_calls(in, site, n->a, outer);
        return;
    }
    case N_FUNCLIT: /* a function of its own */
        return;
    case N_RANGE: /* the range expression first */
        inline_calls(in, site, n->c, outer);
        inline_calls(in, site, n->a, outer);
        inline_calls(in, site, n->b, outer);
        inline_calls(in, site, n->d, outer);
        return;
    default:
        break;
    }
    inline_calls(in, site, n->a, outer);
    inline_calls(in, site, n->b, outer);
    inline_calls(in, site, n->c, outer);
    inline_calls(in, site, n->d, outer);
    inline_list(in, site, &n->list, outer);
    inline_list(in, site, &n->list2, outer);
    if (n->kind != N_CALL)
        return;
    Node *f = ast_unparen(n->a);
    if ((f->sym && f->sym->kind == SYM_BUILTIN) || is_type_expr(f))
        return;
    InlSite *old = find_child((Where){in->cur, site}, n);
    if (old) { /* inlined already: its body is visited again */
        Fn *oc = old->fn;
        Node *body = oc->std_cost < 0 ? fn_body(oc) : NULL;
        Pos o = outer ? *outer : n->pos;
        if (body)
            inline_calls(in, old, body, &o);
        return;
    }
    Fn *c = static_callee((Where){in->cur, site}, n->a, true);
    if (!c || c->intrinsic)
        return;
    if (c->lit)
        can_inline(c);
    if (!c->checked || !c->can)
        return;
    if (!shape_args_ok(n, c))
        return;
    mkinlcall(in, site, n, c, outer ? *outer : n->pos, outer);
}

static void inline_fn(Fn *f) {
    Inliner in = {0};
    in.cur = f;
    in.max_cost = count_nodes(f) > BIG_FUNCTION_NODES ? BIG_FUNCTION_MAX_COST : BUDGET;
    inline_calls(&in, NULL, fn_body(f), NULL);
    free(in.stack.data);
}

/* ---- the order: bottom-up over the call graph ---- */

typedef struct Tarjan {
    Vec stack;
    unsigned gen;
} Tarjan;

static unsigned visit(Tarjan *t, Fn *f);

static void refs(Tarjan *t, Node *n, unsigned *min) {
    if (!n)
        return;
    if (n->kind == N_FUNCLIT) {
        Fn *c = map_get(&fn_by_lit, n);
        if (c) {
            unsigned m = visit(t, c);
            if (m < *min)
                *min = m;
        }
        return;
    }
    bool target = (n->kind == N_NAME || n->kind == N_SELECTOR) && n->sym && n->sym->kind == SYM_FUNC &&
                  n->sym->decl && n->sym->decl->kind == N_FUNCDECL && n->sym->decl->c &&
                  (!n->sym->pkg || strcmp(n->sym->pkg, cur_pkg) == 0 ||
                   (n->sym->compiled_in && strcmp(n->sym->compiled_in, cur_pkg) == 0));
    /* x.M (a method of x's value, called or not): gc reaches x's
     * references before M's (recv(a).M(b) visits recv, M, then b) */
    Node *recv = NULL;
    if (target && n->kind == N_SELECTOR && n->sym->decl->a) {
        Node *x = ast_unparen(n->a);
        if (!(x->sym && (x->sym->kind == SYM_TYPE || x->sym->kind == SYM_PKG)))
            recv = n->a;
    }
    if (recv)
        refs(t, recv, min);
    if (target) {
        unsigned m = visit(t, fn_of(n->sym));
        if (m < *min)
            *min = m;
    }
    if (!recv)
        refs(t, n->a, min);
    refs(t, n->b, min);
    refs(t, n->c, min);
    refs(t, n->d, min);
    for (int i = 0; i < n->list.len; i++)
        refs(t, n->list.data[i], min);
    for (int i = 0; i < n->list2.len; i++)
        refs(t, n->list2.data[i], min);
}

static void analyze(Vec *list, bool recursive) {
    int nfns = 0;
    for (int i = 0; i < list->len; i++)
        if (!((Fn *)list->data[i])->lit)
            nfns++;
    for (int i = 0; i < list->len; i++) {
        Fn *f = list->data[i];
        if (!recursive || nfns > 1)
            can_inline(f);
        else if (opts.m > 1)
            diag_warn(fn_pos(f), "cannot inline %s: recursive", f->name);
        inline_fn(f);
    }
}

#define DONE 0xffffffffu

static unsigned visit(Tarjan *t, Fn *f) {
    if (f->visit)
        return f->visit;
    unsigned id = ++t->gen;
    f->visit = id;
    unsigned min = ++t->gen;
    vec_push(&t->stack, f);
    refs(t, fn_body(f), &min);
    if ((min == id || min == id + 1) && f->toplevel) {
        bool recursive = min == id;
        int i = t->stack.len - 1;
        for (; i >= 0; i--) {
            ((Fn *)t->stack.data[i])->visit = DONE;
            if (t->stack.data[i] == f)
                break;
        }
        Vec list = {0};
        for (int k = i; k < t->stack.len; k++)
            vec_push(&list, t->stack.data[k]);
        t->stack.len = i;
        analyze(&list, recursive);
        free(list.data);
    }
    return min;
}

/* Package-level initialisation: gc compiles it as a function of its own
 * (after every declared one), whose literals are named glob..func1... */
static Fn *glob;

static int pos_order(Pos a, Pos b) {
    if (a.file != b.file)
        return a.file - b.file;
    if (a.line != b.line)
        return a.line - b.line;
    return a.col - b.col;
}

void inl_analyze(Package *pkg, InlOptions o) {
    opts = o;
    cur_pkg = pkg->path;
    /* functions of packages analysed before (other packages of the
     * program) are named from this one now: a.F */
    for (int i = 0; i < all_fns.len; i++) {
        Fn *f = all_fns.data[i];
        if (f->sym && !f->lit && f->toplevel)
            f->name = fn_decl_name(f->sym);
    }
    glob = NEW(Fn);
    glob->orig = glob;
    glob->name = "glob.";
    glob->std_cost = -1;
    glob->checked = true;
    /* the functions, their literals and variables; gc's order of
     * declarations: functions and package-level literals in source order */
    Vec roots = {0};
    int ninit = 0;
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        if (!s->decl || s->decl->kind != N_FUNCDECL)
            continue;
        Fn *f = fn_of(s);
        f->toplevel = true;
        if (strcmp(s->name, "init") == 0 && !s->decl->a) /* init functions are init.0, init.1... */
            f->name = arena_printf(perm, "init.%d", ninit++);
        vec_push(&roots, f);
        if (s->decl->c && !s->body_skipped) {
            vec_push(&all_fns, f);
            scan_func(f, s->decl->a, s->decl->b, s->decl->c);
        }
    }
    /* package-level literals, in source order of their declarations */
    for (int fi = 0; fi < pkg->files.len; fi++) {
        Node *file = pkg->files.data[fi];
        for (int i = 0; i < file->list.len; i++) {
            Node *d = file->list.data[i];
            if (d->kind != N_VARDECL)
                continue;
            for (int j = 0; j < d->list2.len; j++)
                scan(glob, d->list2.data[j]);
        }
    }
    for (int i = 0; i < all_fns.len; i++) {
        Fn *c = all_fns.data[i];
        if (c->lit && c->outer == glob) {
            c->toplevel = true;
            /* among the functions, by position */
            int at = roots.len;
            for (int k = 0; k < roots.len; k++) {
                Fn *r = roots.data[k];
                Pos rp = r->lit ? r->lit->pos : r->sym->decl->pos;
                if (pos_order(c->lit->pos, rp) < 0) {
                    at = k;
                    break;
                }
            }
            vec_push(&roots, NULL);
            memmove(&roots.data[at + 1], &roots.data[at], sizeof(void *) * (size_t)(roots.len - 1 - at));
            roots.data[at] = c;
        }
    }
    Tarjan t = {0};
    for (int i = 0; i < roots.len; i++)
        visit(&t, roots.data[i]);
    free(t.stack.data);
    free(roots.data);
    /* the initialisation of package-level variables, in its order */
    Inliner in = {0};
    in.cur = glob;
    in.max_cost = BUDGET;
    for (int i = 0; i < pkg->init_order.len; i++) {
        Node *d = pkg->init_order.data[i];
        for (int j = 0; j < d->list2.len; j++)
            inline_calls(&in, NULL, d->list2.data[j], NULL);
    }
    free(in.stack.data);
}


