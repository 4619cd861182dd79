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
 * so a callee is decided before its callers.
 */
#include "inline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BUDGET = 80, EXTRA_CALL_COST = 57, BIG_FUNCTION_NODES = 5000, BIG_FUNCTION_MAX_COST = 20 };

/* ---- a pointer-keyed table: per function, and the set of inlined calls ---- */

typedef struct FnInfo {
    Sym *sym;
    int cost;
    bool checked, can, has_body, in_progress;
    unsigned visit;   /* Tarjan */
} FnInfo;

static Vec infos;        /* of FnInfo* */
static const char *cur_pkg; /* the path of the package being compiled */
static Vec inlined_calls; /* of Node* */
static InlOptions opts;

static FnInfo *info(Sym *s) {
    for (int i = 0; i < infos.len; i++) {
        FnInfo *f = infos.data[i];
        if (f->sym == s)
            return f;
    }
    FnInfo *f = NEW(FnInfo);
    f->sym = s;
    vec_push(&infos, f);
    return f;
}

bool inl_call_inlined(Node *call) {
    for (int i = 0; i < inlined_calls.len; i++)
        if (inlined_calls.data[i] == call)
            return true;
    return false;
}

bool inl_can_inline(Sym *fn) {
    for (int i = 0; i < infos.len; i++) {
        FnInfo *f = infos.data[i];
        if (f->sym == fn)
            return f->can;
    }
    return false;
}

bool inl_has_body(Sym *fn) { return fn->decl && fn->decl->kind == N_FUNCDECL && fn->decl->c; }

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

/* gc's name for a function: f, T.m, (*T).m, fmt.Println. */
static const char *fn_name(Sym *s) {
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
        const char *name = strrchr(s->pkg, '/');
        return arena_printf(perm, "%s.%s", name ? name + 1 : s->pkg, base);
    }
    return base;
}

/* The function a call expression calls statically, or NULL. */
static Sym *callee(Node *call) {
    Node *f = call->a;
    while (f->kind == N_PAREN)
        f = f->a;
    Sym *s = f->sym;
    if ((f->kind == N_NAME || f->kind == N_SELECTOR) && s && s->kind == SYM_FUNC)
        return s;
    return NULL;
}

static bool is_method_call(Node *call, Sym *s) {
    Node *f = call->a;
    while (f->kind == N_PAREN)
        f = f->a;
    return f->kind == N_SELECTOR && s->decl && s->decl->kind == N_FUNCDECL && s->decl->a;
}

/* ---- the cost model ---- */

typedef struct Visitor {
    int cost;
    const char *reason;  /* why not inlinable, or NULL */
    Sym *self;
} Visitor;

static void cost(Visitor *v, Node *n);

/* One node costing `own`, and its children a, b, c, d. */
static void cost_node(Visitor *v, Node *n, int own) {
    v->cost += own;
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
    if (target && n->type && ty_is_iface(target) && !ty_is_iface(n->type) &&
        n->type->kind != TY_UNTYPED_NIL)
        v->cost++;
}

static void cost_call(Visitor *v, Node *n) {
    Node *f = n->a;
    while (f->kind == N_PAREN)
        f = f->a;
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
    if (fs && fs->kind == SYM_TYPE) { /* conversion */
        Node *x = n->list.data[0];
        cost(v, x);
        if (!(n->type && x->type && ty_identical(ty_under(n->type), ty_under(x->type))))
            v->cost++;
        return;
    }
    v->cost++; /* the call */
    Sym *s = callee(n);
    Type *ft = s ? s->type : (n->a->type ? ty_under(n->a->type) : NULL);
    if (s && is_method_call(n, s)) {
        v->cost += 1;     /* the method expression's type */
        cost(v, f->a);    /* the receiver */
    } else if (s)
        v->cost++;        /* the function's name */
    else
        cost(v, n->a);
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
    if (s) {
        if (s == v->self) {
            v->cost += EXTRA_CALL_COST;
            return;
        }
        int std = std_inline_cost(s);
        if (std >= 0) {
            v->cost += std;
            return;
        }
        FnInfo *fi = info(s);
        if (fi->checked && fi->can) {
            v->cost += fi->cost;
            return;
        }
    }
    v->cost += EXTRA_CALL_COST;
}

static void cost_assign_rhs(Visitor *v, Vec *lhs, Vec *rhs) {
    for (int i = 0; i < rhs->len; i++) {
        Node *l = i < lhs->len && lhs->len == rhs->len ? lhs->data[i] : NULL;
        cost_to(v, rhs->data[i], l ? l->type : NULL);
    }
}

static void cost(Visitor *v, Node *n) {
    if (!n)
        return;
    switch (n->kind) {
    case N_NAME: case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT: case N_STRLIT:
        v->cost++;
        return;
    case N_PAREN:
        cost(v, n->a);
        return;
    case N_BINARY:
        v->cost++;
        if (n->cval && !ty_is_untyped(n->type)) {
            v->cost--; /* folded to a literal */
            v->cost++;
            return;
        }
        cost(v, n->a);
        cost(v, n->b);
        return;
    case N_UNARY: {
        Node *x = n->a;
        while (x->kind == N_PAREN)
            x = x->a;
        v->cost++;
        if (n->op == OP_DEREF && x->kind == N_UNARY && x->op == OP_ADDR)
            v->cost--;
        cost(v, n->a);
        return;
    }
    case N_SELECTOR:
        if (n->a->kind == N_NAME && n->a->sym && n->a->sym->kind == SYM_PKG) {
            v->cost++; /* a qualified name */
            return;
        }
        v->cost++;
        cost(v, n->a);
        return;
    case N_INDEX:
        v->cost++;
        cost(v, n->a);
        cost(v, n->b);
        return;
    case N_SLICE:
        cost_node(v, n, 1);
        return;
    case N_CALL:
        cost_call(v, n);
        return;
    case N_COMPOSITE: {
        Type *u = n->type ? ty_under(n->type) : NULL;
        if (u && u->kind == TY_STRUCT) {
            v->cost++;
            for (int i = 0; i < n->list.len; i++) {
                Node *e = n->list.data[i];
                v->cost++; /* OSTRUCTKEY */
                cost(v, e->kind == N_KEYVAL ? e->b : e);
            }
            return;
        }
        v->cost += 2; /* the literal and its type */
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            if (e->kind == N_KEYVAL) {
                v->cost++;
                cost(v, e->a);
                cost(v, e->b);
            } else
                cost(v, e);
        }
        return;
    }
    case N_KEYVAL:
        v->cost++;
        cost(v, n->a);
        cost(v, n->b);
        return;
    case N_FUNCLIT:
        v->cost += 15 + 1;
        cost(v, n->b);
        return;
    case N_TYPEASSERT:
        v->cost++;
        cost(v, n->a);
        return;
    /* statements */
    case N_BLOCK:
        cost_list(v, &n->list);
        return;
    case N_EXPRSTMT:
        cost(v, n->a);
        return;
    case N_INCDEC:
        v->cost += 2; /* the assignment and the constant 1 */
        cost(v, n->a);
        return;
    case N_ASSIGN:
        v->cost++;
        cost_list(v, &n->list);
        cost_assign_rhs(v, &n->list, &n->list2);
        return;
    case N_DEFINE:
        for (int i = 0; i < n->list.len; i++) {
            Node *l = n->list.data[i];
            if (l->flag)
                v->cost += 2; /* its declaration */
        }
        v->cost++;
        cost_list(v, &n->list);
        cost_assign_rhs(v, &n->list, &n->list2);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind == N_TYPEDECL) {
                v->reason = "unhandled op DCLTYPE";
                return;
            }
            if (d->kind != N_VARDECL)
                continue;
            v->cost += 2 * d->list.len;
            if (d->list2.len) {
                v->cost++;
                cost_list(v, &d->list);
                cost_assign_rhs(v, &d->list, &d->list2);
            }
        }
        return;
    case N_RETURN: {
        v->cost++;
        for (int i = 0; i < n->list.len; i++)
            cost(v, n->list.data[i]);
        return;
    }
    case N_IF:
        cost_node(v, n, 1);
        return;
    case N_FOR:
        cost_node(v, n, 1);
        return;
    case N_RANGE:
        cost_node(v, n, 1 + 2 + (n->a ? 0 : 1));
        return;
    case N_SWITCH:
    case N_TYPESWITCH:
        v->cost++;
        cost(v, n->a);
        cost(v, n->b);
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            v->cost++;
            cost_list(v, &cs->list);
            cost_list(v, &cs->list2);
        }
        return;
    case N_SELECT:
        v->cost++;
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.data[i];
            v->cost++;
            cost(v, cs->a);
            cost_list(v, &cs->list2);
        }
        return;
    case N_BRANCH:
        if (n->op != OP_FALLTHROUGH)
            v->cost++;
        return;
    case N_LABELED:
        v->cost++;
        cost(v, n->a);
        return;
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
        return;
    default:
        v->cost++;
        return;
    }
}

static int count_nodes(Node *n) {
    Visitor v = {0};
    cost(&v, n);
    return v.cost;
}

/* ---- CanInline ---- */

/* gc's position of a function: the token after `func` — the name, or a
 * method's receiver list.  (minigo's tree keeps the `func` keyword's
 * position; gofmt puts one space before the receiver's parenthesis.) */
static Pos fn_pos(Node *d) {
    if (!d->a)
        return d->pos;
    Pos p = d->pos2;
    p.col += 5;
    return p;
}

static void can_inline(FnInfo *fi) {
    Sym *s = fi->sym;
    Node *d = s->decl;
    fi->checked = true;
    const char *reason = NULL;
    for (int i = 0; i < d->pragmas.len; i++)
        if (strcmp(d->pragmas.data[i], "go:noinline") == 0)
            reason = "marked go:noinline";
    if (!reason && !d->c)
        reason = "no function body";
    Visitor v = {0, NULL, s};
    if (!reason) {
        cost(&v, d->c);
        if (v.reason)
            reason = v.reason;
        else if (v.cost > BUDGET)
            reason = arena_printf(perm, "function too complex: cost %d exceeds budget %d", v.cost, BUDGET);
    }
    if (reason) {
        if (opts.m > 1)
            diag_warn(fn_pos(d), "cannot inline %s: %s", fn_name(s), reason);
        return;
    }
    fi->can = true;
    fi->cost = v.cost;
    fi->has_body = true;
    if (opts.m > 1) /* gc prints the body after "as:"; minigo elides it */
        diag_warn(fn_pos(d), "can inline %s with cost %d as: %s { ... }", fn_name(s), v.cost,
                  ty_str(s->type));
    else if (opts.m)
        diag_warn(fn_pos(d), "can inline %s", fn_name(s));
}

/* ---- InlineCalls ---- */

typedef struct Inliner {
    Vec stack;        /* of Sym*: functions being inlined, outermost first */
    bool big;         /* the function is big: only cheap callees */
    bool top;         /* in the function's own body (not an inlined copy) */
} Inliner;

static void inline_calls(Inliner *in, Node *n, Pos *outer);

static void inline_list(Inliner *in, Vec *l, Pos *outer) {
    for (int i = 0; i < l->len; i++)
        inline_calls(in, l->data[i], outer);
}

/* Visits n's children first, then n itself, as gc's EditChildren. */
static void inline_calls(Inliner *in, Node *n, Pos *outer) {
    if (!n)
        return;
    switch (n->kind) {
    case N_GOSTMT:
    case N_DEFERSTMT: /* their calls are never inlined */
        if (n->a && n->a->kind == N_CALL) {
            inline_calls(in, n->a->a, outer);
            inline_list(in, &n->a->list, outer);
        }
        return;
    case N_FUNCLIT:
        inline_calls(in, n->b, outer);
        return;
    default:
        break;
    }
    inline_calls(in, n->a, outer);
    inline_calls(in, n->b, outer);
    inline_calls(in, n->c, outer);
    inline_calls(in, n->d, outer);
    inline_list(in, &n->list, outer);
    inline_list(in, &n->list2, outer);
    if (n->kind != N_CALL)
        return;
    Sym *s = callee(n);
    if (!s)
        return;
    int std = std_inline_cost(s);
    FnInfo *fi = NULL;
    if (std < 0) {
        fi = info(s);
        if (!fi->checked || !fi->can)
            return;
        if (in->big && fi->cost > BIG_FUNCTION_MAX_COST)
            return;
    } else if (in->big && std > BIG_FUNCTION_MAX_COST)
        return;
    for (int i = 0; i < in->stack.len; i++)
        if (in->stack.data[i] == s)
            return; /* not into itself */
    Pos at = outer ? *outer : n->pos;
    if (opts.m)
        diag_warn(at, "inlining call to %s", fn_name(s));
    if (in->top)
        vec_push(&inlined_calls, n);
    if (std >= 0)
        return;
    /* the calls inside the inlined body, reported at the outermost call */
    bool top = in->top;
    in->top = false;
    vec_push(&in->stack, s);
    inline_calls(in, s->decl->c, &at);
    in->stack.len--;
    in->top = top;
}

/* ---- the order: bottom-up over the call graph ---- */

typedef struct Tarjan {
    Vec stack;
    unsigned gen;
} Tarjan;

static unsigned visit(Tarjan *t, Sym *s);

static void refs(Tarjan *t, Node *n, unsigned *min) {
    if (!n)
        return;
    if ((n->kind == N_NAME || n->kind == N_SELECTOR) && n->sym && n->sym->kind == SYM_FUNC &&
        n->sym->decl && n->sym->decl->kind == N_FUNCDECL && n->sym->decl->c &&
        (!n->sym->pkg || strcmp(n->sym->pkg, "main") == 0)) {
        unsigned m = visit(t, n->sym);
        if (m < *min)
            *min = m;
    }
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
    for (int i = 0; i < list->len; i++) {
        FnInfo *fi = info(list->data[i]);
        if (!recursive || list->len > 1)
            can_inline(fi);
        else {
            fi->checked = true;
            if (opts.m > 1)
                diag_warn(fn_pos(fi->sym->decl), "cannot inline %s: recursive", fn_name(fi->sym));
        }
        Inliner in = {0};
        in.top = true;
        in.big = count_nodes(fi->sym->decl->c) > BIG_FUNCTION_NODES;
        vec_push(&in.stack, fi->sym);
        inline_calls(&in, fi->sym->decl->c, NULL);
        free(in.stack.data);
    }
}

#define DONE 0xffffffffu

static unsigned visit(Tarjan *t, Sym *s) {
    FnInfo *fi = info(s);
    if (fi->visit)
        return fi->visit;
    unsigned id = ++t->gen;
    fi->visit = id;
    unsigned min = ++t->gen;
    vec_push(&t->stack, s);
    refs(t, s->decl->c, &min);
    if (min == id || min == id + 1) {
        bool recursive = min == id;
        int i = t->stack.len - 1;
        for (; i >= 0; i--) {
            info(t->stack.data[i])->visit = DONE;
            if (t->stack.data[i] == s)
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

void inl_analyze(Package *pkg, InlOptions o) {
    opts = o;
    cur_pkg = pkg->path;
    Tarjan t = {0};
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        if (s->decl && s->decl->c)
            visit(&t, s);
    }
    free(t.stack.data);
}

static int by_name(const void *x, const void *y) {
    const Sym *a = *(Sym *const *)x, *b = *(Sym *const *)y;
    return strcmp(a->name, b->name);
}

void inl_wrappers(Package *pkg) {
    if (!opts.m)
        return;
    for (int i = 0; i < pkg->types.len; i++) {
        Type *t = pkg->types.data[i];
        Vec ms = {0};
        for (int j = 0; j < t->methods.len; j++) {
            Sym *m = t->methods.data[j];
            Node *d = m->decl;
            if (d && d->kind == N_FUNCDECL && d->a && d->a->type && d->a->type->kind != TY_PTR)
                vec_push(&ms, m);
        }
        if (ms.len > 1)
            qsort(ms.data, (size_t)ms.len, sizeof(void *), by_name);
        for (int j = 0; j < ms.len; j++)
            if (inl_can_inline(ms.data[j]))
                sb_printf(&diag_output, "<autogenerated>:1: inlining call to %s\n", fn_name(ms.data[j]));
        free(ms.data);
    }
}
