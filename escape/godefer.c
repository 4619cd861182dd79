/* godefer.c — gc's rewrite of go and defer statements, which its escape
 * analysis makes as it meets them (escape/call.go: goDeferStmt,
 * rewriteArgument, wrapExpr, copyExpr), and which -m=2 and -m=3 show:
 *
 *     defer f(x, g())    is analysed as    .autotmp_3 := x
 *                                          .autotmp_4 := g()
 *                                          defer func() { f(.autotmp_3, .autotmp_4) }()
 *
 * What is copied.  Every operand of the call but a constant, nil, a
 * declared function or a method expression: the arguments; the receiver
 * of a method (gc calls x.m(a) as the method expression T.m(x, a)) or of
 * an interface method; the callee when it is a value (a variable, a
 * literal).  A slice literal passed, the implicit `...` one of a variadic
 * call included, is not copied: its elements are, one by one, and the
 * wrapper builds the slice when the call runs.
 *
 * Names.  N in .autotmp_N is the length of the function's declaration
 * list when the temporary is made (typecheck.TempAt): its named
 * parameters, its results, all its locals (also those declared later in
 * the source: the front end declared them all before), the variables of
 * bodies inlined into it, the front end's own temporaries, and the
 * go/defer temporaries made before.
 *
 * Positions.  A temporary is at its expression, unless that is a plain
 * name, which has no position of its own (ir.HasUniquePos): then at the
 * call's parenthesis, or a slice literal's brace for its elements.  The
 * wrapper captures it at the call (or the literal) all the same.
 *
 * The flows, in graph.c: `.autotmp_N = x` ("assign"); the call then takes
 * the temporaries (its "call parameter" notes print the call with them);
 * after the call's flows, the wrapper's literal, at the statement's
 * keyword, is spilled to the heap, or, for a defer outside any loop, to a
 * location that lives until the function returns.  -m=2 explains the
 * literal's escape but no verdict is printed for it.  Its captures are
 * decided with the other literals', in the walk's order, by value unless
 * larger than 128 bytes.
 *
 * A call of a function value or a literal without parameters and
 * results is left as it is: the value is spilled as the literal would
 * be. */
#include "esc_internal.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static bool is_method(IrFunc *f) { return f && f->decl && f->decl->kind == N_FUNCDECL && f->decl->a; }

/* The built-in a go/defer call v makes (through ir/build.c's wrapper), or -1. */
static int builtin_of(IrValue *v) {
    Node *f = ast_unparen(v->node->a);
    return v->func && v->func->defer_wrapper && f->sym ? f->sym->builtin : -1;
}

bool esc_needs_wrapper(IrValue *v) {
    if (v->implicit)
        return true; /* a method of an interface */
    IrFunc *f = v->func;
    if (f && (f->defer_wrapper || is_method(f)))
        return true; /* a built-in, or a method (gc's OCALLMETH) */
    Type *ft = ty_under(f ? f->type : v->args[0]->type);
    return ft->kind != TY_FUNC || ft->params.len > 0 || ft->results.len > 0;
}

/* Whether gc leaves operand x in the call (rewriteArgument's visit): a
 * constant, nil, a declared function or a method expression. */
static bool kept(IrValue *x) {
    switch (x->op) {
    case IR_CONST: case IR_STR: case IR_ZERO:
        return true;
    case IR_CLOSURE:
        return x->implicit;
    default:
        return false;
    }
}

/* Whether x reads a variable as a name (gc's ONAME, without a position
 * of its own). */
static bool plain_name(IrValue *x) {
    if (x->op != IR_LOAD || x->args[0]->op != IR_ADDR || x->args[0]->implicit)
        return false;
    IrVar *v = x->args[0]->var;
    return !v->temp && !v->inlined;
}

/* Whether the callee expression fn is x.m with x a value (not a type). */
static bool receiver_selector(Node *fn) {
    Node *x = fn->kind == N_SELECTOR ? ast_unparen(fn->a) : NULL;
    return x && !(x->sym && (x->sym->kind == SYM_TYPE || x->sym->kind == SYM_PKG));
}

/* How many operands of the call v come before its argument list in the
 * IR: the callee value, or the receiver of x.m(...). */
static int operands_before_list(IrValue *v) {
    Node *fn = ast_unparen(v->node->a);
    if (v->func && v->func->defer_wrapper)
        return 0;
    if (v->func)
        return is_method(v->func) && receiver_selector(fn) ? 1 : 0;
    if (v->implicit)
        return receiver_selector(fn) ? 1 : 0;
    return 1; /* a function value */
}

/* The syntax of operand i of the call v (IR order), or NULL. */
static Node *operand_node(IrValue *v, int i) {
    Node *c = v->node;
    int before = operands_before_list(v);
    if (i < before)
        return v->func || v->implicit ? ast_unparen(c->a)->a : c->a;
    Node *first = c->list.len == 1 ? c->list.data[0] : NULL;
    if (first && first->type && first->type->kind == TY_TUPLE)
        return NULL; /* f(g()): the front end's temporaries */
    i -= before;
    return i < c->list.len ? c->list.data[i] : NULL;
}

/* Operand x (syntax n) as gc prints it: a promoted method's receiver
 * spells out the embedded fields. */
static const char *operand_text(IrValue *x, Node *n) {
    IrValue *p = x->op == IR_LOAD ? x->args[0] : x;
    if (p->op == IR_FIELD && p->desc)
        return p->desc;
    if (n)
        return ast_expr_str(n);
    if (plain_name(x))
        return x->args[0]->var->name;
    return "?";
}

/* Element k of slice literal lit (its syntax, keys skipped). */
static Node *literal_elem(Node *lit, int64_t k) {
    int64_t idx = 0;
    for (int i = 0; i < lit->list.len; i++) {
        Node *e = lit->list.data[i];
        if (e->kind == N_KEYVAL) {
            idx = e->a->cval ? e->a->cval->i : idx;
            e = e->b;
        }
        if (idx++ == k)
            return e;
    }
    return NULL;
}

/* The pre-order numbers (IrValue.seq) above floor of the values x is
 * computed from: the expression's extent among the function's sites. */
static void extent(IrValue *x, int floor, unsigned char *seen, int *lo, int *hi) {
    if (seen[x->id])
        return;
    seen[x->id] = 1;
    if (x->seq > floor) {
        if (x->seq < *lo)
            *lo = x->seq;
        if (x->seq > *hi)
            *hi = x->seq;
    }
    for (int i = 0; i < x->nargs; i++)
        extent(x->args[i], floor, seen, lo, hi);
}

int esc_site_key(IrValue *site) { return 4 * site->seq + 1; }

typedef struct Plan {
    IrFunc *fn;
    int ndcl;            /* the function's declarations so far */
    unsigned char *seen; /* by value id, for extent */
    Vec tmps;            /* of DeferTmp* of the wrapper being planned */
} Plan;

/* Whether gc's front end converts argument n of call c, of list index
 * li, to its parameter's type without changing its representation (a
 * channel's direction, a named type's underlying one): an implicit
 * conversion node of its own, at the position that processing the call
 * had reached (see ir/build.c, moves_position): the last argument before
 * that was not a plain variable, or the call's parenthesis. */
static bool converted(Node *c, int li, Node *n, Pos *at) {
    Type *ft = c->a->type ? ty_under(c->a->type) : NULL;
    if (!n || !n->type || n->cval || !ft || ft->kind != TY_FUNC || li < 0 || li >= ft->params.len ||
        (ft->variadic && li == ft->params.len - 1))
        return false;
    Type *pt = ((Field *)ft->params.data[li])->type;
    if (ty_identical(n->type, pt) || ty_is_iface(pt))
        return false;
    *at = c->pos;
    for (int i = 0; i < li; i++) {
        Node *a = ast_unparen(c->list.data[i]);
        if (!(a->kind == N_NAME && a->sym && a->sym->kind == SYM_VAR))
            *at = a->pos;
    }
    return true;
}

/* The next temporary of the function: .autotmp_N, declared at the
 * statement of call. */
static IrVar *tmp_var(Plan *p, IrValue *call, Type *t, Pos pos) {
    IrVar *var = NEW(IrVar);
    var->name = arena_printf(perm, ".autotmp_%d", p->ndcl++);
    var->type = t;
    var->pos = pos;
    var->vclass = VC_LOCAL;
    var->fn = p->fn;
    var->loopdepth = call->loopdepth;
    var->leak_heap = -1;
    for (int k = 0; k < 8; k++)
        var->leak_result[k] = -1;
    return var;
}

static DeferTmp *new_tmp(Plan *p, IrValue *call, IrValue *x, Node *n, Pos at) {
    DeferTmp *t = NEW(DeferTmp);
    t->var = tmp_var(p, call, x->type, plain_name(x) ? at : x->addrof && !x->implicit ? x->addrof->pos : x->pos);
    t->x = x;
    t->expr = n;
    t->text = operand_text(x, n);
    t->capture = at;
    /* made before its expression is walked: before the sites in it */
    int lo = INT_MAX, hi = INT_MIN;
    memset(p->seen, 0, (size_t)p->fn->nvalues);
    extent(x, call->seq, p->seen, &lo, &hi);
    t->key = lo == INT_MAX ? -1 : 4 * lo;
    vec_push(&p->tmps, t);
    return t;
}

/* The temporaries of the elements of the slice literal (or `...` array)
 * arr, argument i of call v; returns the largest pre-order number of
 * their expressions. */
static int element_tmps(Plan *p, IrValue *v, int i, IrValue *arr) {
    int hi = arr->seq;
    Node *lit = arr->desc ? NULL : arr->node;
    int first = i - operands_before_list(v); /* the `...` elements' place in the list */
    for (int j = 0; j < p->fn->blocks.len; j++) {
        IrBlock *blk = p->fn->blocks.data[j];
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *st = blk->values.data[k];
            if (st->op != IR_STORE || st->args[0]->op != IR_INDEX)
                continue;
            IrValue *s = st->args[0]->args[0], *idx = st->args[0]->args[1];
            if (s->op != IR_SLICEHDR || s->args[0] != arr || idx->op != IR_CONST)
                continue;
            IrValue *x = st->args[1];
            int lo = INT_MAX, h = INT_MIN;
            memset(p->seen, 0, (size_t)p->fn->nvalues);
            extent(x, v->seq, p->seen, &lo, &h);
            if (h > hi)
                hi = h;
            if (kept(x))
                continue;
            Node *n = lit ? literal_elem(lit, idx->ival) : NULL;
            if (!lit && first + idx->ival < v->node->list.len)
                n = v->node->list.data[first + idx->ival];
            DeferTmp *t = new_tmp(p, v, x, n, arr->pos);
            t->store = st;
            t->x = NULL;
        }
    }
    return hi;
}

/* The call v as gc prints it once its operands are replaced: ops[i] is
 * what operand i became. */
static const char *wrapped_call_text(IrValue *v, const char **ops) {
    Node *c = v->node, *fn = ast_unparen(c->a);
    IrFunc *f = v->func;
    StrBuf sb = {0};
    int first = operands_before_list(v);
    Type *ft = NULL; /* the callee's signature, when it may be variadic */
    if (f && f->defer_wrapper) {
        ast_print_expr(&sb, c->a);
    } else if (f && first == 1) { /* x.m(a): T.m(x, a) */
        Type *rt = f->decl->a->type;
        sb_printf(&sb, ty_under(rt)->kind == TY_PTR && rt->kind != TY_NAMED ? "(%s).%s" : "%s.%s",
                  ty_str(rt), fn->name);
        first = 0;
        ft = f->type;
    } else if (f) {
        ast_print_expr(&sb, c->a);
        ft = f->type;
    } else if (v->implicit && first == 1 && v->esc && !((Devirt *)v->esc)->partial) {
        /* devirtualized: T.M(.autotmp_N, a) */
        Type *rt = ((Devirt *)v->esc)->method->decl->a->type;
        sb_printf(&sb, rt->kind == TY_PTR ? "(%s).%s" : "%s.%s", ty_str(rt), fn->name);
        first = 0;
        ft = c->a->type;
    } else if (v->implicit && first == 1) {
        sb_printf(&sb, "%s.%s", ops[0], fn->name);
        ft = c->a->type;
    } else if (v->implicit) {
        ast_print_expr(&sb, c->a);
        ft = c->a->type;
    } else {
        sb_puts(&sb, ops[0]);
        ft = v->args[0]->type;
    }
    bool variadic = ft && ty_under(ft)->kind == TY_FUNC && ty_under(ft)->variadic;
    sb_putc(&sb, '(');
    for (int i = first; i < v->nargs; i++) {
        if (i > first)
            sb_puts(&sb, ", ");
        bool ddd = variadic && i == v->nargs - 1;
        if (ddd && !c->flag)
            sb_puts(&sb, v->args[i]->op == IR_ZERO ? "nil" : "... argument");
        else
            sb_puts(&sb, ops[i]);
        if (ddd)
            sb_puts(&sb, "...");
    }
    sb_putc(&sb, ')');
    const char *s = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    return s;
}

static Wrapper *plan_one(Plan *p, IrValue *v) {
    Wrapper *w = NEW(Wrapper);
    w->call = v;
    p->tmps.len = 0;
    const char **ops = arena_alloc(perm, sizeof(char *) * (size_t)(v->nargs + 1));
    int hi = v->seq;
    IrValue **late = arena_alloc(perm, sizeof(IrValue *) * (size_t)(v->nargs + 1));
    int *late_keys = arena_alloc(perm, sizeof(int) * (size_t)(v->nargs + 1));
    int nlate = 0;
    for (int i = 0; i < v->nargs; i++) {
        IrValue *x = v->args[i];
        Node *n = operand_node(v, i);
        int lo = INT_MAX, h = INT_MIN;
        memset(p->seen, 0, (size_t)p->fn->nvalues);
        extent(x, v->seq, p->seen, &lo, &h);
        if (h > hi)
            hi = h;
        if (ir_wrapper_builds_slice(v, i)) {
            IrValue *arr = x->args[0];
            ops[i] = n ? ast_expr_str(n) : arr->desc;
            int eh = element_tmps(p, v, i, arr);
            if (!arr->desc) { /* a literal's site comes after its elements' */
                late[nlate] = arr;
                late_keys[nlate++] = 4 * eh + 2;
            }
            continue;
        }
        if (kept(x)) {
            ops[i] = n ? ast_expr_str(n) : "nil";
            continue;
        }
        DeferTmp *t = new_tmp(p, v, x, n, v->pos);
        Devirt *dv = v->implicit && i == 0 && operands_before_list(v) == 1 ? v->esc : NULL;
        if (dv && !dv->partial) {
            /* gc wraps the devirtualized call T.M(x.(T)): the temporary
             * holds x.(T), at the selector's dot */
            t->dt = dv;
            t->var->type = dv->method->decl->a->type; /* *x.(*T) for a value method */
            t->var->pos = dv->dt_pos;
            t->text = dv->dt_text;
            ops[i] = t->var->name;
            continue;
        }
        Pos conv;
        if (converted(v->node, i - operands_before_list(v), n, &conv))
            t->var->pos = conv;
        Type *nt = n && n->type ? ty_under(n->type) : NULL;
        if (builtin_of(v) == BI_PANIC && nt && !(nt->kind == TY_IFACE && nt->methods.len == 0)) {
            /* panic's operand converted to interface{} (which gc spells out) */
            t->var->type = ty_any;
            t->var->pos = ir_builtin_conv_pos(v->node);
            t->type_text = "interface {}";
        }
        ops[i] = t->var->name;
    }
    if (builtin_of(v) == BI_RECOVER) {
        /* gc passes recover its caller's frame pointer (fixRecoverCall):
         * an operand like the others, with nothing to flow */
        DeferTmp *t = NEW(DeferTmp);
        t->var = tmp_var(p, v, ty_ptr(ty_int32), v->pos);
        t->text = "(*int32)(<node GETCALLERSP>)";
        t->capture = v->pos;
        t->key = -1;
        vec_push(&p->tmps, t);
    }
    w->key = 4 * hi + 3;
    w->ntmps = p->tmps.len;
    w->tmps = arena_alloc(perm, sizeof(DeferTmp) * (size_t)(w->ntmps + 1));
    for (int i = 0; i < w->ntmps; i++) {
        DeferTmp *t = p->tmps.data[i];
        if (t->key < 0)
            t->key = w->key - 1;
        w->tmps[i] = *t;
    }
    w->late = (Vec){0};
    for (int i = 0; i < nlate; i++) {
        vec_push(&w->late, late[i]);
        vec_push(&w->late, (void *)(intptr_t)late_keys[i]);
    }
    w->text = wrapped_call_text(v, ops);
    return w;
}

/* How many names gc's front end has declared in f: named parameters,
 * results (unnamed ones are ~r0...), locals (not blank ones), the
 * variables of inlined bodies and its own temporaries. */
static int dcl_len(IrFunc *f) {
    int n = f->dead_dcl;
    for (int i = 0; i < f->vars.len; i++) {
        IrVar *v = f->vars.data[i];
        if (v->temp)
            continue;
        if (v->vclass != VC_RESULT && (strcmp(v->name, "_") == 0 || strncmp(v->name, "~p", 2) == 0))
            continue;
        n++;
    }
    return n;
}

static int by_seq(const void *x, const void *y) {
    const IrValue *a = *(IrValue *const *)x, *b = *(IrValue *const *)y;
    return a->seq != b->seq ? a->seq - b->seq : a->id - b->id;
}

void esc_plan_wrappers(IrFunc *f) {
    EscFn *ef = esc_fn(f);
    ef->wrappers.len = 0;
    /* the statements in source order, as gc's walk meets them (blocks
     * are not: a loop's body comes after what follows the loop) */
    Vec calls = {0};
    for (int j = 0; j < f->blocks.len; j++) {
        IrBlock *blk = f->blocks.data[j];
        for (int k = 0; k < blk->values.len; k++) {
            IrValue *v = blk->values.data[k];
            if (v->op == IR_CALL && v->ival && v->stmt && v->node && v->node->kind == N_CALL &&
                esc_needs_wrapper(v))
                vec_push(&calls, v);
        }
    }
    if (calls.len > 1)
        qsort(calls.data, (size_t)calls.len, sizeof(void *), by_seq);
    Plan p = {f, dcl_len(f), NULL, {0}};
    p.seen = xmalloc((size_t)f->nvalues + 1);
    for (int i = 0; i < calls.len; i++)
        vec_push(&ef->wrappers, plan_one(&p, calls.data[i]));
    free(p.seen);
    free(p.tmps.data);
    free(calls.data);
}

Wrapper *esc_wrapper_of(IrFunc *f, Node *call) {
    Vec *ws = &esc_fn(f)->wrappers;
    for (int i = 0; i < ws->len; i++)
        if (((Wrapper *)ws->data[i])->call->node == call)
            return ws->data[i];
    return NULL;
}
