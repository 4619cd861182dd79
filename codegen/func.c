/* func.c — function values, closures, method values, calls through
 * function values, defer and recover.
 *
 * Function values (rt.h section 1) are pointers to closure objects: word 0
 * the code address, then the captured variables.  Layout of a literal's
 * object: a struct { F uintptr; X0 T0; X1 T1; ... } laid out by Go's rules,
 * where Xi is capture i of the literal (IrFunc.captures): the variable's
 * value when escape analysis captures it by value (IrVar.byval), else a
 * pointer to it.  The object is frame storage of the creating function when
 * the CLOSURE site does not escape, else a heap object whose descriptor is
 * that struct's.  A top-level function or a method expression used as a
 * value is a read-only object holding its code address (the method takes
 * the receiver as its first argument, which is what such a value's caller
 * passes).  A method value x.m is an object { wrapper, receiver } whose
 * wrapper moves the receiver from the object in front of the arguments and
 * calls the method.
 *
 * Inside a literal, the context register %rdx is saved at entry in a slot
 * (Fx.ctxoff); the address of a captured variable is then a field of the
 * object (by value) or the pointer the field holds (by reference).
 *
 * A call through a function value passes the value in %rdx and calls the
 * address in its word 0: a nil value faults there, which the signal
 * handler turns into Go's nil dereference panic.
 *
 * defer and go: the argument block is written as for the call, then
 * rt_deferproc records it (runtime/defer.c), or rt_newproc starts a
 * goroutine on a copy of it (runtime/proc.c); every return of a function
 * with defer statements goes through one return sequence that calls
 * rt_rundefers first (rt.h section 3).  A deferred (or go) call of an
 * interface's method finds the method's code as the call would (iface.c),
 * then defers or starts that with the data word as the receiver.  Helper code (method value wrappers)
 * goes to .text subsection 1, read-only function objects to .rodata.
 */
#include <string.h>

#include "../runtime/rt.h"
#include "cg.h"

typedef struct FuncCg {
    Type *obj;      /* the closure object's struct type */
} FuncCg;

/* ---- closure objects ---- */

static Type *closure_obj(IrFunc *c) {
    FuncCg *fc = c->cg;
    if (fc && fc->obj)
        return fc->obj;
    if (!fc) {
        fc = NEW(FuncCg);
        c->cg = fc;
    }
    Type *t = ty_new(TY_STRUCT);
    Field *f0 = NEW(Field);
    f0->name = "F";
    f0->type = ty_uintptr;
    vec_push(&t->fields, f0);
    for (int i = 0; i < c->captures.len; i++) {
        IrVar *v = c->captures.data[i];
        Field *f = NEW(Field);
        f->name = arena_printf(perm, "X%d", i);
        f->type = v->byval ? v->type : ty_ptr(v->type);
        vec_push(&t->fields, f);
    }
    ty_layout(t);
    fc->obj = t;
    return t;
}

static int64_t capture_offset(IrFunc *c, int i) {
    Field *f = closure_obj(c)->fields.data[i + 1];
    return f->offset;
}

/* The method value object: { wrapper, receiver }. */
static Type *methvalue_obj(IrValue *v) {
    Type *t = ty_new(TY_STRUCT);
    Field *f0 = NEW(Field), *f1 = NEW(Field);
    f0->name = "F";
    f0->type = ty_uintptr;
    f1->name = "R";
    f1->type = v->args[0]->type;
    vec_push(&t->fields, f0);
    vec_push(&t->fields, f1);
    ty_layout(t);
    return t;
}

int64_t cg_funcobj_size(IrValue *v) {
    if (v->op == IR_METHVALUE)
        return cg_size(methvalue_obj(v));
    return v->implicit ? 0 : cg_size(closure_obj(v->func));
}

/* ---- variables of enclosing functions ---- */

bool cg_is_captured(IrFunc *f, IrVar *var) {
    for (int i = 0; i < f->closures.len; i++) {
        IrFunc *c = f->closures.data[i];
        for (int j = 0; j < c->captures.len; j++)
            if (c->captures.data[j] == var)
                return true;
    }
    return false;
}

static int capture_index(IrFunc *f, IrVar *var) {
    for (int i = 0; i < f->captures.len; i++)
        if (f->captures.data[i] == var)
            return i;
    ice("codegen: %s uses %s, which it does not capture", f->name, var->name);
}

/* The address of variable var as the current function reaches it, in
 * register r (a full 64-bit register name). */
static void var_address(Fx *x, IrVar *var, const char *r) {
    if (var->vclass == VC_GLOBAL) {
        INS("leaq %s(%%rip), %s", cg_global_sym(x->cg, var), r);
    } else if (!var->fn || var->fn == x->f) {
        Slot *s = var_slot(x, var);
        INS("%s %lld(%%rbp), %s", var->escapes ? "movq" : "leaq", (long long)s->off, r);
    } else {
        int i = capture_index(x->f, var);
        INS("movq %lld(%%rbp), %s", (long long)x->ctxoff, r);
        INS("%s %lld(%s), %s", var->byval ? "leaq" : "movq", (long long)capture_offset(x->f, i), r, r);
    }
}

void cg_emit_capture_addr(Fx *x, IrValue *v) {
    var_address(x, v->var, "%rax");
    st(x, RAX, v);
}

/* ---- making function values ---- */

/* A read-only object {code} for the function sym, as a local label. */
static const char *static_funcobj(Fx *x, const char *sym) {
    const char *l = new_label(x);
    cg_raw(x->cg, "\t.pushsection .rodata\n\t.balign 8\n%s:\n\t.quad %s\n\t.popsection\n", l, sym);
    return l;
}

/* The object at %rax (heap or frame) of type t: its storage in the
 * value's slot; frame storage zeroed first. */
static void obj_storage(Fx *x, IrValue *v, Type *t) {
    Slot *s = vslot(x, v);
    if (s->has_store) {
        zero_mem(x, "%rbp", s->store, cg_size(t));
        INS("leaq %lld(%%rbp), %%rax", (long long)s->store);
    } else {
        call_alloc(x, t);
    }
    INS("movq %%rax, %lld(%%rbp)", (long long)s->off);
}

/* After filling a heap object with pointers: the barrier for what it now
 * holds (it was zero; shading the new values is all that is needed). */
static void obj_barrier(Fx *x, IrValue *v, Type *t) {
    if (vslot(x, v)->has_store || !cg_has_pointers(t))
        return;
    const char *skip = wb_begin(x);
    INS("movq %lld(%%rbp), %%rdi", (long long)off_of(x, v));
    INS("movq %%rdi, %%rsi");
    INS("leaq %s(%%rip), %%rdx", cg_type_desc(x->cg, t));
    INS("call rt_gc_wbtyped");
    wb_end(x, skip);
}

/* (*T).m of a method of T as a value: a function taking a *T first,
 * which calls the method with the value it points to (a nil pointer
 * faults here, the nil dereference panic). */
static const char *deref_wrapper(Fx *x, IrValue *v) {
    IrFunc *m = v->func;
    Type *ft = ty_under(v->type);
    int np = ft->params.len, nr = ft->results.len;
    Type **in = arena_alloc(perm, sizeof(Type *) * (np + nr + 1));
    Type **mt = arena_alloc(perm, sizeof(Type *) * (np + nr + 1));
    int64_t *inoff = arena_alloc(perm, sizeof(int64_t) * (np + nr + 1));
    int64_t *moff = arena_alloc(perm, sizeof(int64_t) * (np + nr + 1));
    for (int i = 0; i < np; i++)
        in[i] = mt[i] = ((Field *)ft->params.data[i])->type;
    for (int i = 0; i < nr; i++)
        in[np + i] = mt[np + i] = ((Field *)ft->results.data[i])->type;
    mt[0] = ty_under(in[0])->elem;
    int64_t e = cg_block_layout(in, np, 0, inoff);
    cg_block_layout(in + np, nr, (e + 7) / 8 * 8, inoff + np);
    e = cg_block_layout(mt, np, 0, moff);
    e = cg_block_layout(mt + np, nr, (e + 7) / 8 * 8, moff + np);
    int64_t frame = (e + 15) / 16 * 16;
    const char *l = new_label(x);
    cg_raw(x->cg, "\t.pushsection .text, 1\n%s:\t# (*T).%s\n", l, m->name);
    INS("pushq %%rbp");
    INS("movq %%rsp, %%rbp");
    if (frame)
        INS("subq $%lld, %%rsp", (long long)frame);
    INS("movq %lld(%%rbp), %%rdx", (long long)(16 + inoff[0]));
    const char *ok = new_label(x);
    const char *msg = arena_printf(perm, "value method %s called using nil *%s pointer", m->linkname,
                                   mt[0]->name ? mt[0]->name : "?");
    INS("testq %%rdx, %%rdx");
    INS("jne %s", ok);
    INS("leaq %s(%%rip), %%rdi", cg_string_data(x->cg, msg, (int64_t)strlen(msg)));
    INS("call rt_panic_plain");
    cg_raw(x->cg, "%s:\n", ok);
    copy_mem(x, "%rdx", 0, "%rsp", moff[0], cg_size(mt[0]));
    for (int i = 1; i < np; i++)
        copy_mem(x, "%rbp", 16 + inoff[i], "%rsp", moff[i], cg_size(in[i]));
    if (cg_c_abi(m))
        INS("movq %%rsp, %%rdi");
    INS("call %s", cg_func_sym(m));
    for (int i = 0; i < nr; i++)
        copy_mem(x, "%rsp", moff[np + i], "%rbp", 16 + inoff[np + i], cg_size(in[np + i]));
    INS("leave");
    INS("ret");
    cg_raw(x->cg, "\t.popsection\n");
    return l;
}

void cg_emit_closure(Fx *x, IrValue *v) {
    IrFunc *c = v->func;
    if (v->implicit && v->ival == 2) {
        const char *w = cg_methexpr_wrapper(x->cg, v->node->a->type, v->node->name);
        INS("leaq %s(%%rip), %%rax", static_funcobj(x, w));
        st(x, RAX, v);
        return;
    }
    if (v->implicit && v->ival == 1) {
        INS("leaq %s(%%rip), %%rax", static_funcobj(x, deref_wrapper(x, v)));
        st(x, RAX, v);
        return;
    }
    if (v->implicit || c->captures.len == 0) {
        const char *code = cg_func_sym(c);
        if (cg_c_abi(c)) {
            /* a standard-library function in C (rt.h section 4) behind a
             * Go-convention entry */
            code = new_label(x);
            cg_raw(x->cg, "\t.pushsection .text, 1\n%s:\t# %s as a value\n", code, c->name);
            INS("pushq %%rbp");
            INS("movq %%rsp, %%rbp");
            INS("leaq 16(%%rbp), %%rdi");
            INS("call %s", cg_func_sym(c));
            INS("leave");
            INS("ret");
            cg_raw(x->cg, "\t.popsection\n");
        }
        INS("leaq %s(%%rip), %%rax", static_funcobj(x, code));
        st(x, RAX, v);
        return;
    }
    Type *t = closure_obj(c);
    obj_storage(x, v, t);
    INS("leaq %s(%%rip), %%rcx", cg_func_sym(c));
    INS("movq %%rcx, (%%rax)");
    for (int i = 0; i < c->captures.len; i++) {
        IrVar *var = c->captures.data[i];
        int64_t off = capture_offset(c, i);
        var_address(x, var, "%rcx");
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v));
        if (var->byval)
            copy_mem(x, "%rcx", 0, "%rax", off, cg_size(var->type));
        else
            INS("movq %%rcx, %lld(%%rax)", (long long)off);
    }
    obj_barrier(x, v, t);
}

/* The wrapper of method value v: called with the object in %rdx and the
 * method's arguments but the receiver; calls the method with the
 * receiver from the object in front of them, returns its results. */
static const char *methvalue_wrapper(Fx *x, IrValue *v, Type *obj) {
    IrFunc *m = v->func;
    Type *ft = ty_under(v->type);
    int np = ft->params.len, nr = ft->results.len;
    Type **in = arena_alloc(perm, sizeof(Type *) * (np + nr + 1));
    Type **mt = arena_alloc(perm, sizeof(Type *) * (np + nr + 2));
    int64_t *inoff = arena_alloc(perm, sizeof(int64_t) * (np + nr + 1));
    int64_t *moff = arena_alloc(perm, sizeof(int64_t) * (np + nr + 2));
    mt[0] = m ? v->args[0]->type : ty_unsafeptr; /* an interface's: its data word */
    for (int i = 0; i < np; i++)
        in[i] = mt[i + 1] = ((Field *)ft->params.data[i])->type;
    for (int i = 0; i < nr; i++)
        in[np + i] = mt[np + 1 + i] = ((Field *)ft->results.data[i])->type;
    int64_t e = cg_block_layout(in, np, 0, inoff);
    cg_block_layout(in + np, nr, (e + 7) / 8 * 8, inoff + np);
    e = cg_block_layout(mt, np + 1, 0, moff);
    e = cg_block_layout(mt + np + 1, nr, (e + 7) / 8 * 8, moff + np + 1);
    int64_t frame = (e + 15) / 16 * 16;

    const char *l = new_label(x);
    CG *cg = x->cg;
    cg_raw(cg, "\t.pushsection .text, 1\n%s:\t# %s-fm\n", l, m ? m->name : v->node->name);
    INS("pushq %%rbp");
    INS("movq %%rsp, %%rbp");
    if (frame)
        INS("subq $%lld, %%rsp", (long long)frame);
    int64_t ro = ((Field *)obj->fields.data[1])->offset;
    if (m)
        copy_mem(x, "%rdx", ro, "%rsp", moff[0], cg_size(mt[0]));
    else
        copy_mem(x, "%rdx", ro + 8, "%rsp", moff[0], 8);
    for (int i = 0; i < np; i++)
        copy_mem(x, "%rbp", 16 + inoff[i], "%rsp", moff[i + 1], cg_size(in[i]));
    if (!m) {
        INS("movq %lld(%%rdx), %%rdi", (long long)ro); /* the dynamic type */
        cg_iface_dispatch(x, v->node->name);  /* iface.c */
    }
    else if (cg_c_abi(m))
        INS("movq %%rsp, %%rdi");
    if (m)
        INS("call %s", cg_func_sym(m));
    for (int i = 0; i < nr; i++)
        copy_mem(x, "%rsp", moff[np + 1 + i], "%rbp", 16 + inoff[np + i], cg_size(in[np + i]));
    INS("leave");
    INS("ret");
    cg_raw(cg, "\t.popsection\n");
    return l;
}

void cg_emit_methvalue(Fx *x, IrValue *v) {
    Type *t = methvalue_obj(v);
    const char *wrapper = methvalue_wrapper(x, v, t);
    if (!v->func) {
        /* i.m of a nil interface panics here, as in Go */
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        INS("testb %%al, (%%rax)");
    }
    obj_storage(x, v, t);
    INS("leaq %s(%%rip), %%rcx", wrapper);
    INS("movq %%rcx, (%%rax)");
    copy_mem(x, "%rbp", off_of(x, v->args[0]), "%rax", ((Field *)t->fields.data[1])->offset,
             cg_size(v->args[0]->type));
    obj_barrier(x, v, t);
}

/* ---- calls through function values ---- */

/* The block of a call of the function value args[0]: args[1..] as the
 * arguments (argoff[i] for args[i]; argoff[0] unused), the results the
 * value's type declares. */
CallLayout cg_funcval_layout(IrValue *v) {
    CallLayout L = {0};
    Type *ft = ty_under(v->args[0]->type);
    if (ft->kind != TY_FUNC)
        ice("codegen: call of a %s", ty_rtname(v->args[0]->type));
    L.nargs = v->nargs;
    Type **at = arena_alloc(perm, sizeof(Type *) * (v->nargs + 1));
    for (int i = 1; i < v->nargs; i++)
        at[i] = v->args[i]->type;
    L.argoff = arena_alloc(perm, sizeof(int64_t) * (v->nargs + 1));
    L.argoff[0] = -1;
    int64_t end = cg_block_layout(at + 1, v->nargs - 1, 0, L.argoff + 1);
    L.nres = ft->results.len;
    L.restypes = arena_alloc(perm, sizeof(Type *) * (L.nres + 1));
    for (int i = 0; i < L.nres; i++)
        L.restypes[i] = ((Field *)ft->results.data[i])->type;
    L.resstart = (end + 7) / 8 * 8;
    L.resoff = arena_alloc(perm, sizeof(int64_t) * (L.nres + 1));
    end = cg_block_layout(L.restypes, L.nres, L.resstart, L.resoff);
    L.size = (end + 7) / 8 * 8;
    return L;
}

bool cg_func_has_defer(IrFunc *f) {
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            if (v->op == IR_CALL && v->ival == 1)
                return true;
        }
    }
    return false;
}

/* A deferred call's (or a go statement's) `...` slice that gc builds
 * inside the statement's wrapper (ir_wrapper_builds_slice): escape
 * analysis lets its array live in the frame, so the record gets the slice
 * of a heap copy of it, made now: a defer in a loop must not share one
 * array, nor a goroutine use the frame of a function that returned. */
static void defer_ddd_copy(Fx *x, IrValue *v, int i, int64_t argoff) {
    IrValue *a = v->args[i];
    if (!ir_wrapper_builds_slice(v, i) || !vslot(x, a->args[0])->has_store)
        return;
    Type *at = ty_under(a->args[0]->type)->elem;
    int64_t size = cg_size(at);
    if (size == 0)
        return;
    call_alloc(x, at);
    INS("movq %%rax, %lld(%%rsp)", (long long)argoff);
    copy_mem(x, "%rbp", vslot(x, a->args[0])->store, "%rax", 0, size);
    if (cg_has_pointers(at)) {
        const char *skip = wb_begin(x);
        INS("movq %lld(%%rsp), %%rdi", (long long)argoff);
        INS("movq %%rdi, %%rsi");
        INS("leaq %s(%%rip), %%rdx", cg_type_desc(x->cg, at));
        INS("call rt_gc_wbtyped");
        wb_end(x, skip);
    }
}

void cg_defer_ddd_copies(Fx *x, IrValue *v, int64_t *argoff, int first) {
    for (int i = first; i < v->nargs; i++)
        defer_ddd_copy(x, v, i, argoff[i]);
}

/* The defer or go statement v of a call whose code address is in %rdi,
 * its closure context in %rsi, its argument block of `size` bytes at
 * 0(%rsp): rt_deferproc or rt_newproc (rt.h), which copy the block. */
void cg_defer_or_go(Fx *x, IrValue *v, int64_t size, bool cabi) {
    if (v->ival == 1) {
        INS("movq $%lld, %%rdx", (long long)size);
        INS("leaq %s(%%rip), %%rcx", x->retlabel);
        INS("movl $%d, %%r8d", cabi ? RT_DEFER_CABI : 0);
        INS("call rt_deferproc");
    } else {
        INS("movq %%rsp, %%rdx");
        INS("movq $%lld, %%rcx", (long long)size);
        INS("movl $%d, %%r8d", cabi ? RT_DEFER_CABI : 0);
        INS("call rt_newproc");
    }
}

/* `go f()` of a nil func(): fatal at the statement, as go1.19's newproc.
 * (A call with arguments or results, which gc wraps in a literal, reaches
 * rt_newproc with a nil code address: the new goroutine's call faults.) */
static void go_nil_func(Fx *x, IrValue *v) {
    Type *ft = ty_under(v->args[0]->type);
    if (v->ival != 2 || ft->params.len || ft->results.len)
        return;
    const char *ok = new_label(x);
    INS("cmpq $0, %lld(%%rbp)", (long long)off_of(x, v->args[0]));
    INS("jne %s", ok);
    INS("leaq %s(%%rip), %%rdi", cg_string_data(x->cg, "go of nil func value", 20));
    INS("call rt_throw");
    cg_raw(x->cg, "%s:\n", ok);
}

/* A call through a function value, or a deferred call or go statement
 * (of a function or a function value).  A nil function value gives the
 * runtime a nil code address: the call panics where it would run, as
 * Go's does (rt.h), but for go_nil_func's case. */
void cg_emit_call_value(Fx *x, IrValue *v) {
    bool fv = !v->func;
    CallLayout L = fv ? cg_funcval_layout(v) : call_layout(v);
    for (int i = fv ? 1 : 0; i < v->nargs; i++)
        copy_mem(x, "%rbp", off_of(x, v->args[i]), "%rsp", L.argoff[i], cg_size(v->args[i]->type));
    if (v->ival) {
        cg_defer_ddd_copies(x, v, L.argoff, fv ? 1 : 0);
        if (fv) {
            go_nil_func(x, v);
            const char *nil = new_label(x);
            INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[0]));
            INS("xorl %%edi, %%edi");
            INS("testq %%rsi, %%rsi");
            INS("je %s", nil);
            INS("movq (%%rsi), %%rdi");
            cg_raw(x->cg, "%s:\n", nil);
        } else {
            INS("leaq %s(%%rip), %%rdi", cg_func_sym(v->func));
            INS("xorl %%esi, %%esi");
        }
        cg_defer_or_go(x, v, L.size, !fv && cg_c_abi(v->func));
    } else {
        INS("movq %lld(%%rbp), %%rdx", (long long)off_of(x, v->args[0]));
        INS("call *(%%rdx)");
        if (v->type) {
            if (v->type->kind == TY_TUPLE)
                copy_mem(x, "%rsp", L.resstart, "%rbp", off_of(x, v), cg_size(v->type));
            else if (L.nres >= 1)
                copy_mem(x, "%rsp", L.resoff[0], "%rbp", off_of(x, v), cg_size(v->type));
        }
    }
    for (int i = fv ? 1 : 0; i < v->nargs; i++)
        if (cg_has_pointers(v->args[i]->type))
            zero_mem(x, "%rsp", L.argoff[i], cg_size(v->args[i]->type));
    for (int i = 0; i < L.nres; i++)
        if (cg_has_pointers(L.restypes[i]))
            zero_mem(x, "%rsp", L.resoff[i], cg_size(L.restypes[i]));
}

void cg_emit_recover(Fx *x, IrValue *v) {
    INS("leaq %lld(%%rbp), %%rdi", (long long)off_of(x, v));
    if (x->f->defer_wrapper) {  /* `defer recover()`: for whoever runs it */
        INS("call rt_gorecover_deferred");
        return;
    }
    INS("movq %%rbp, %%rsi");
    INS("call rt_gorecover");
}
