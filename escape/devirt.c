/* devirt.c — gc's devirtualize pass, which runs after inlining and before
 * escape analysis: a call x.M(args) of an interface method, where x's
 * value is statically a conversion from a concrete type T (gc's
 * StaticValue: x is a local variable never reassigned nor addressed,
 * declared with that conversion), calls T's method M on x.(T) instead
 * ("devirtualizing x.M to T").  When T has M from an embedded interface
 * field, the call stays an interface call, on that field of x.(T)
 * ("partially devirtualizing x.M to T").
 *
 * The IR is not changed (codegen makes the interface call); the decision
 * is kept in the call's `esc` annotation for graph.c and batch.c. */
#include "esc_internal.h"

#include <string.h>

/* Whether the function or a literal inside it stores to v other than by
 * its declaration, or takes its address (gc's reassigned). */
static bool reassigned(IrFunc *f, IrVar *v) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *blk = f->blocks.data[i];
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *x = blk->values.data[j];
            if (x->op == IR_STORE && x->args[0]->op == IR_ADDR && x->args[0]->var == v && !x->defining)
                return true;
            if ((x->op == IR_ADDR || x->op == IR_FIELD || x->op == IR_INDEX) && x->addrof) {
                IrValue *p = x;
                while (p->op == IR_FIELD || p->op == IR_INDEX || p->op == IR_SLICEHDR)
                    p = p->args[0];
                if (p->op == IR_ADDR && p->var == v)
                    return true;
            }
        }
    }
    for (int i = 0; i < f->closures.len; i++)
        if (reassigned(f->closures.data[i], v))
            return true;
    return false;
}

/* The value v's variable was declared with, in its function f. */
static IrValue *declared_value(IrFunc *f, IrVar *v) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *blk = f->blocks.data[i];
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *x = blk->values.data[j];
            if (x->op == IR_STORE && x->defining && x->args[0]->op == IR_ADDR && x->args[0]->var == v)
                return x->args[1];
        }
    }
    return NULL;
}

/* Whether the conversion x is one gc's StaticValue looks through
 * (OCONVNOP): to a type of the same representation, not an interface to
 * another (ir_iface_conv). */
static bool conv_nop(IrValue *x) {
    Type *from = x->args[0]->type, *to = x->type;
    if (!from || !to)
        return false;
    if (ty_is_iface(from) || ty_is_iface(to))
        return ty_is_iface(from) && ty_is_iface(to) && !ir_iface_conv(from, to);
    if (ty_identical(ty_under(from), ty_under(to)))
        return true;
    return from->kind == TY_PTR && to->kind == TY_PTR && ty_identical(ty_under(from->elem), ty_under(to->elem));
}

/* gc's ir.StaticValue, over the IR: through loads of local variables of
 * f that have a definition (IrValue.defining) and are never reassigned,
 * to the value they were defined with.  A variable f captures, a
 * parameter of f, a global, a variable of an inlined body stop it. */
IrValue *esc_static_value(IrFunc *f, IrValue *x) {
    for (int depth = 0; depth < 32; depth++) {
        if (x->op == IR_CONV && !x->opaque && conv_nop(x)) {
            x = x->args[0];
            continue;
        }
        if (x->opaque || x->op != IR_LOAD || x->args[0]->op != IR_ADDR)
            return x;
        IrVar *v = x->args[0]->var;
        if (v->vclass != VC_LOCAL || v->fn != f || v->temp || reassigned(v->fn, v))
            return x;
        IrValue *d = declared_value(f, v);
        if (!d)
            return x;
        x = d;
    }
    return x;
}

/* An IrFunc standing for a std method no call names directly: its
 * parameters (the receiver first) carry the pragmas' summary. */
static IrFunc *std_method(Sym *m) {
    IrFunc *f = NEW(IrFunc);
    f->sym = m;
    f->decl = m->decl;
    f->type = m->type;
    f->name = m->name;
    f->external = true;
    Node *r = m->decl->a;
    IrVar *rv = NEW(IrVar);
    rv->name = r->name ? r->name : "~p";
    rv->type = r->type;
    rv->vclass = VC_PARAM;
    rv->fn = f;
    vec_push(&f->params, rv);
    Type *ft = ty_under(m->type);
    for (int i = 0; i < ft->params.len; i++) {
        Field *pf = ft->params.data[i];
        IrVar *v = NEW(IrVar);
        v->name = pf->name ? pf->name : arena_printf(perm, "~p%d", i);
        v->type = pf->type;
        v->vclass = VC_PARAM;
        v->index = i;
        v->fn = f;
        vec_push(&f->params, v);
    }
    esc_external_summary(f);
    return f;
}

static Vec decided; /* of Devirt*, for -m=3's statements */

static void devirt_call(IrFunc *f, IrValue *call, EscOptions opts) {
    Node *n = call->node;
    Node *sel = n && n->kind == N_CALL ? ast_unparen(n->a) : NULL;
    if (!sel || sel->kind != N_SELECTOR)
        return;
    IrValue *sv = esc_static_value(f, call->args[0]);
    if (sv->op != IR_CONVIFACE || ty_is_iface(sv->args[0]->type))
        return;
    Type *t = sv->args[0]->type;
    bool ptr_only;
    Sym *m = ty_lookup_method(t, sel->name, &ptr_only);
    if (!m || ptr_only)
        return;
    Devirt *d = NEW(Devirt);
    d->t = t;
    const char *rx = ir_recv_text(sel->a);
    const char *dt = arena_printf(perm, "%s.(%s)", rx ? rx : ast_expr_str(sel->a), ty_str(t));
    d->dt_text = dt;
    d->dt_pos = sel->pos;
    /* x.(T): a T that is not pointer-shaped is behind the data word */
    d->derefs = ty_direct_iface(t) ? 0 : 1;
    if (m->decl && m->decl->kind == N_FUNCDECL && m->decl->a && m->decl->a->type) {
        IrFunc *mf = m->aux ? m->aux : std_method(m);
        Type *rt = m->decl->a->type;
        if (ty_under(t)->kind == TY_PTR && rt->kind != TY_PTR)
            d->derefs++; /* (*p).M() of a value method */
        d->method = mf;
        StrBuf sb = {0};
        if (rt->kind == TY_PTR)
            sb_printf(&sb, "(%s).%s(%s", ty_str(rt), m->name, dt);
        else
            sb_printf(&sb, "%s.%s(%s", ty_str(rt), m->name, dt);
        for (int i = 0; i < n->list.len; i++) {
            sb_puts(&sb, ", ");
            ast_print_expr(&sb, n->list.data[i]);
        }
        sb_putc(&sb, ')');
        d->call_text = arena_strdup(perm, sb_str(&sb));
        sb_free(&sb);
        /* the text is the node's, which an inlined copy shares with its
         * function (whose own call may stay an interface call) */
        if (!call->inlined) {
            ir_set_call_text(n, d->call_text);
            ir_set_unreached_recv(n, dt);
        }
        if (opts.m)
            diag_warn(call->pos, "devirtualizing %s to %s", ast_expr_str(sel), ty_str(t));
    } else {
        /* M of an embedded interface field: still an interface call, on
         * the field (reached through a pointer when T is one) */
        d->partial = true;
        Type *st = ty_under(t);
        if (st->kind == TY_PTR) {
            d->derefs++;
            st = ty_under(st->elem);
        }
        for (int i = 0; st->kind == TY_STRUCT && i < st->fields.len && !d->field; i++) {
            Field *fl = st->fields.data[i];
            if (fl->embedded && ty_is_iface(fl->type))
                d->field = fl->name;
        }
        if (opts.m)
            diag_warn(call->pos, "partially devirtualizing %s to %s", ast_expr_str(sel), ty_str(t));
    }
    call->esc = d;
    vec_push(&decided, d);
    d->call = n;
}

Devirt *esc_devirt_of(Node *call) {
    for (int i = 0; i < decided.len; i++)
        if (((Devirt *)decided.data[i])->call == call)
            return decided.data[i];
    return NULL;
}

/* I.m(x, args), the method expression of an interface called: gc calls
 * it as a function (OMETHEXPR), which it never devirtualizes. */
static bool methexpr_call(IrValue *v) {
    Node *n = v->node ? ast_unparen(v->node) : NULL;
    if (!n || n->kind != N_CALL)
        return false;
    Node *f = ast_unparen(n->a);
    if (f->kind != N_SELECTOR)
        return false;
    Node *x = ast_unparen(f->a);
    if (x->sym)
        return x->sym->kind == SYM_TYPE;
    return x->kind == N_IFACETYPE;
}

static void devirt_func(IrFunc *f, EscOptions opts) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *blk = f->blocks.data[i];
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *v = blk->values.data[j];
            if (v->op == IR_CALL && !v->func && v->implicit && v->nargs > 0 && !methexpr_call(v))
                devirt_call(f, v, opts);
        }
    }
    for (int i = 0; i < f->closures.len; i++)
        devirt_func(f->closures.data[i], opts);
}

void esc_devirtualize(IrProgram *p, EscOptions opts) {
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (!f->external)
            devirt_func(f, opts);
    }
}
