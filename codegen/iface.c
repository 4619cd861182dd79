/* iface.c — code for interfaces and maps: method tables and the wrappers
 * they point to, calls through interfaces, type assertions, == on
 * interfaces, structs and arrays, and the map operations (runtime/map.c).
 *
 * Method tables.  A descriptor (data.c) of a type with methods carries
 * its method set, sorted by name, each entry the code to call with the
 * interface's data word as the receiver (rt.h RtMethod).  That is the
 * method itself when its receiver is that word already (a pointer
 * receiver for *T; a value receiver of a pointer-shaped T such as a named
 * map); otherwise a wrapper made here: it finds the receiver from the
 * data word (the box of a T, or a *T), following embedded fields for a
 * promoted method, copies the arguments into a call of the real method
 * and its results back.  An interface type's descriptor lists its
 * methods (code 0), for assertions to it.  Methods of other packages are
 * referenced weakly: a method not linked in is a 0 in the table.
 *
 * Interface calls.  CALL without func, `implicit`, has the interface as
 * args[0].  The site owns a cache (rt.h RtMethodCache): when the dynamic
 * type is one of the four it has seen, the call is a few compares and an
 * indirect call; otherwise rt_method_cached looks the method up.
 *
 * Comma-ok.  A MAPGET, and an ASSERT of the comma-ok form (ival 1),
 * write their ok flag into an extra word of their frame storage
 * (Slot.store, laid out by emit.c), which COMMAOK reads.
 */
#include <string.h>

#include "../types/check.h"
#include "../runtime/rt.h"
#include "cg.h"

/* ---- method sets ---- */

typedef struct CgMethod {
    const char *name;
    const char *code;     /* symbol or local label */
    Type *sig;            /* its signature (a receiver, if any, is ignored) */
    const char *tfn;      /* the method itself when its receiver is the type
                             (rt.h RtMethodInfo.tfn), else "0" */
} CgMethod;

static int by_name(const void *a, const void *b) {
    return strcmp(((const CgMethod *)a)->name, ((const CgMethod *)b)->name);
}

static bool has_methods_candidate(Type *t) {
    Type *b = t->kind == TY_PTR ? t->elem : t;
    if (b->kind == TY_NAMED)
        return true;
    Type *u = ty_under(b);
    if (u && u->kind == TY_STRUCT)
        for (int i = 0; i < u->fields.len; i++)
            if (((Field *)u->fields.data[i])->embedded)
                return true;
    return false;
}

/* The symbol of method m (a SYM_FUNC with a receiver). */
/* A method's linkname, "pkg.(*T).m" or "pkg.T.m" (the IR's, or made the
 * same way for a method nothing calls directly, which has no IrFunc). */
static const char *method_linkname(Sym *m) {
    IrFunc *f = m->aux;
    if (f && f->linkname)
        return f->linkname;
    Type *rt = m->decl && m->decl->a ? m->decl->a->type : NULL;
    const char *pkg = m->pkg ? m->pkg : "main";
    if (rt && rt->kind == TY_PTR)
        return arena_printf(perm, "%s.(*%s).%s", pkg, rt->elem->name, m->name);
    return arena_printf(perm, "%s.%s.%s", pkg, rt ? rt->name : "?", m->name);
}

static const char *method_sym(CG *cg, Sym *m) {
    IrFunc *f = m->aux;
    if (f && f->linkname)
        return cg_func_sym(f);
    return cg_sym(method_linkname(m));
}

static bool is_local_method(Sym *m) {
    IrFunc *f = m->aux;
    return f && !cg_c_abi(f);
}

#define dispatch cg_iface_dispatch

typedef struct Wrapper {
    const char *label;
    Type *t;             /* the dynamic type; with byvalue, the receiver's type */
    Selection sel;       /* the method, through sel.path */
    bool byvalue;        /* the method expression t.m: the receiver is a t, not
                            the data word of an interface holding one */
} Wrapper;

static Vec wrappers;     /* of Wrapper*, for the program being emitted */
static int nwrappers;

/* The method table of t: fills *out (sorted) and returns its length. */
static int method_table(CG *cg, Type *t, CgMethod **out) {
    *out = NULL;
    Type *u = ty_under(t);
    if (u && u->kind == TY_IFACE) {
        Vec *ms = iface_methods(u);
        int n = ms ? ms->len : 0;
        CgMethod *tab = arena_alloc(perm, sizeof(CgMethod) * (n + 1));
        for (int i = 0; i < n; i++)
            tab[i] = (CgMethod){((Field *)ms->data[i])->name, "0", ((Field *)ms->data[i])->type, "0"};
        *out = tab;
        return n;
    }
    if (!has_methods_candidate(t))
        return 0;
    Vec names = {0};
    ty_method_names(t, &names);
    if (names.len == 0)
        return 0;
    CgMethod *tab = arena_alloc(perm, sizeof(CgMethod) * (names.len + 1));
    int n = 0;
    bool direct_kind = cg_is_ptrshaped(t) && ty_under(t)->kind != TY_PTR;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.data[i];
        bool dup = false;
        for (int k = 0; k < n && !dup; k++)
            dup = strcmp(tab[k].name, name) == 0;
        if (dup)
            continue;
        Selection sel;
        if (!lookup_field_or_method(t, false, NULL, name, &sel) || !sel.method || sel.ambiguous)
            continue;
        Sym *m = sel.method;
        const char *code, *tfn = "0";
        if (!sel.imethod && sel.path.len == 0 && is_local_method(m) &&
            m->ptr_recv == (ty_under(t)->kind == TY_PTR))
            tfn = method_sym(cg, m);
        if (!sel.imethod && sel.path.len == 0 &&
            ((m->ptr_recv && ty_under(t)->kind == TY_PTR) || (!m->ptr_recv && direct_kind))) {
            code = method_sym(cg, m);
            if (!is_local_method(m)) {
                /* a method in C takes its argument block in %rdi: the
                 * table holds its Go-ABI entry (lib/lib.h), when the
                 * runtime has one (called directly or not) */
                code = cg_sym(arena_printf(perm, "%s$go", method_linkname(m)));
                cg_raw(cg, "\t.weak %s\n", code);
            }
        } else {
            Wrapper *w = NEW(Wrapper);
            w->label = arena_printf(perm, ".Lcg.wrap.%d", nwrappers++);
            w->t = t;
            w->sel = sel;
            vec_push(&wrappers, w);
            code = w->label;
        }
        tab[n++] = (CgMethod){name, code, sel.imethod && sel.imethod->type ? sel.imethod->type : m->type,
                              tfn};
    }
    free(names.data);
    qsort(tab, (size_t)n, sizeof(CgMethod), by_name);
    *out = tab;
    return n;
}

/* sig as a function type with recv (if not NULL) as its first parameter
 * and no receiver. */
static Type *method_func_type(Type *sig, Type *recv) {
    Type *u = ty_under(sig), *f = ty_new(TY_FUNC);
    if (recv) {
        Field *r = NEW(Field);
        r->type = recv;
        vec_push(&f->params, r);
    }
    for (int i = 0; i < u->params.len; i++)
        vec_push(&f->params, u->params.data[i]);
    for (int i = 0; i < u->results.len; i++)
        vec_push(&f->results, u->results.data[i]);
    f->variadic = u->variadic;
    return f;
}

const char *cg_method_table(CG *cg, Type *t, int *n, const char **minfo) {
    CgMethod *tab;
    *n = method_table(cg, t, &tab);
    *minfo = "0";
    if (*n == 0)
        return "0";
    if (cg->reflect) {
        /* what reflect's Method reads: each method's signature, and the
         * signature of Method.Func (the receiver first; none for an
         * interface's methods) */
        const char **mt = arena_alloc(perm, sizeof(char *) * (*n));
        const char **ft = arena_alloc(perm, sizeof(char *) * (*n));
        bool iface = ty_under(t)->kind == TY_IFACE;
        for (int i = 0; i < *n; i++) {
            mt[i] = cg_type_desc(cg, method_func_type(tab[i].sig, NULL));
            ft[i] = iface ? "0" : cg_type_desc(cg, method_func_type(tab[i].sig, t));
        }
        *minfo = arena_printf(perm, ".Lcg.minfo.%d", cg->nlabels++);
        cg_raw(cg, "\t.section .data.rel.ro\n\t.balign 8\n%s:\n", *minfo);
        for (int i = 0; i < *n; i++)
            cg_ins(cg, ".quad %s, %s, %s", mt[i], ft[i], tab[i].tfn);
    }
    const char *label = arena_printf(perm, ".Lcg.methods.%d", cg->nlabels++);
    const char **names = arena_alloc(perm, sizeof(char *) * (*n));
    for (int i = 0; i < *n; i++)
        names[i] = cg_string_data(cg, tab[i].name, (int64_t)strlen(tab[i].name));
    cg_raw(cg, "\t.section .data.rel.ro\n\t.balign 8\n%s:\n", label);
    for (int i = 0; i < *n; i++)
        cg_ins(cg, ".quad %s, %s", names[i], tab[i].code);
    return label;
}

/* The Go ABI block of a call: types[0..n) as arguments, then the results
 * res[0..nr); fills offsets, returns the size. */
static int64_t abi_block(Type **types, int n, Type **res, int nr, int64_t base, int64_t *aoff,
                         int64_t *roff) {
    int64_t end = cg_block_layout(types, n, base, aoff);
    int64_t rs = base + (end - base + 7) / 8 * 8;
    end = cg_block_layout(res, nr, rs, roff);
    return (end - base + 7) / 8 * 8;
}

/* The method expression recv.name as a function value: the label of a
 * wrapper taking the receiver (a recv) first. */
const char *cg_methexpr_wrapper(CG *cg, Type *recv, const char *name) {
    Selection sel;
    if (!lookup_field_or_method(recv, false, NULL, name, &sel) || !sel.method || sel.ambiguous)
        ice("codegen: no method %s of %s", name, ty_rtname(recv));
    Wrapper *w = NEW(Wrapper);
    w->label = arena_printf(perm, ".Lcg.wrap.%d", nwrappers++);
    w->t = recv;
    w->sel = sel;
    w->byvalue = true;
    if (ty_is_iface(recv)) {
        /* through the interface itself: as through an embedded one */
        w->sel.path.len = 0;
        if (!w->sel.imethod)
            w->sel.imethod = iface_lookup(ty_under(recv), name);
    }
    vec_push(&wrappers, w);
    return w->label;
}

static void emit_wrapper(CG *cg, Wrapper *w) {
    Fx fx = {.cg = cg};
    Fx *x = &fx;
    Sym *m = w->sel.method;
    Type *ft = m->type;              /* the signature (no receiver) */
    if (w->sel.imethod && w->sel.imethod->type)
        ft = w->sel.imethod->type;
    ft = ty_under(ft);
    int np = ft->params.len, nr = ft->results.len;
    Type **in = arena_alloc(perm, sizeof(Type *) * (np + 2));
    Type **res = arena_alloc(perm, sizeof(Type *) * (nr + 1));
    in[0] = w->byvalue ? w->t : ty_unsafeptr;
    for (int i = 0; i < np; i++)
        in[i + 1] = ((Field *)ft->params.data[i])->type;
    for (int i = 0; i < nr; i++)
        res[i] = ((Field *)ft->results.data[i])->type;
    int64_t *inoff = arena_alloc(perm, sizeof(int64_t) * (np + 2));
    int64_t *inres = arena_alloc(perm, sizeof(int64_t) * (nr + 1));
    abi_block(in, np + 1, res, nr, 16, inoff, inres);
    Type *rt = w->sel.imethod ? ty_unsafeptr : m->decl->a->type;
    Type **out = arena_alloc(perm, sizeof(Type *) * (np + 2));
    out[0] = rt;
    for (int i = 0; i < np; i++)
        out[i + 1] = in[i + 1];
    int64_t *outoff = arena_alloc(perm, sizeof(int64_t) * (np + 2));
    int64_t *outres = arena_alloc(perm, sizeof(int64_t) * (nr + 1));
    int64_t size = abi_block(out, np + 1, res, nr, 0, outoff, outres);
    int64_t frame = (size + 15) / 16 * 16;

    cg_raw(cg, "\t.text\n%s:\t# wrapper of %s for %s\n", w->label, m->name, ty_rtname(w->t));
    INS("pushq %%rbp");
    INS("movq %%rsp, %%rbp");
    if (frame)
        INS("subq $%lld, %%rsp", (long long)frame);
    /* transparent to recover (rt.h): a deferred call's role passes on */
    const char *plain = arena_printf(perm, ".Lcg.wrapin.%d", cg->nlabels++);
    INS("leaq 16(%%rbp), %%rdi");
    INS("cmpq rt_defer_argp(%%rip), %%rdi");
    INS("jne %s", plain);
    INS("movq %%rsp, %%rsi");
    INS("call rt_wrapper_enter");
    cg_raw(cg, "%s:\n", plain);
    /* %rax: the address of the current value */
    if (w->byvalue ? ty_under(w->t)->kind != TY_PTR
                   : cg_is_ptrshaped(w->t) && ty_under(w->t)->kind != TY_PTR)
        INS("leaq 16(%%rbp), %%rax");
    else
        INS("movq 16(%%rbp), %%rax");
    for (int i = 0; i < w->sel.path.len; i++) {
        Field *f = w->sel.path.data[i];
        if (f->offset)
            INS("addq $%lld, %%rax", (long long)f->offset);
        if (ty_under(f->type)->kind == TY_PTR)
            INS("movq (%%rax), %%rax");
    }
    for (int i = 0; i < np; i++)
        copy_mem(x, "%rbp", inoff[i + 1], "%rsp", outoff[i + 1], cg_size(in[i + 1]));
    if (w->sel.imethod) {
        /* through an embedded interface: its own dynamic call */
        INS("movq 8(%%rax), %%rcx");
        INS("movq %%rcx, 0(%%rsp)");
        INS("movq (%%rax), %%rdi");
        dispatch(x, m->name);
    } else {
        if (m->ptr_recv)
            INS("movq %%rax, 0(%%rsp)");
        else
            copy_mem(x, "%rax", 0, "%rsp", 0, cg_size(rt));
        const char *sym = method_sym(cg, m);
        if (!is_local_method(m)) {
            /* a method in C takes its argument block in %rdi (rt.h section 4) */
            cg_raw(cg, "\t.weak %s\n", sym);
            INS("movq %%rsp, %%rdi");
        }
        INS("call %s", sym);
    }
    for (int i = 0; i < nr; i++)
        copy_mem(x, "%rsp", outres[i], "%rbp", inres[i], cg_size(res[i]));
    INS("leave");
    INS("ret");
}

void cg_emit_wrappers(CG *cg) {
    for (int i = 0; i < wrappers.len; i++)
        emit_wrapper(cg, wrappers.data[i]);
    wrappers.len = 0;
}

/* ---- calls through interfaces ---- */

/* Calls method `name` of the dynamic type in %rdi (the arguments are in
 * place) through a new call site cache (rt.h RtMethodCache).  Uses the
 * scratch registers; the arguments' block is untouched. */
/* The code of method `name` of the dynamic type in %rdi, in %rax (a nil
 * interface faults: the nil dereference panic). */
static void iface_method(Fx *x, const char *name) {
    CG *cg = x->cg;
    const char *cache = arena_printf(perm, ".Lcg.mcache.%d", cg->nlabels++);
    const char *miss = new_label(x), *call = new_label(x);
    cg_raw(cg, "\t.pushsection .data\n\t.balign 8\n%s:\n\t.zero %d\n\t.popsection\n", cache,
           (int)sizeof(RtMethodCache));
    INS("testb %%al, (%%rdi)");   /* a nil interface faults here */
    for (int i = 0; i < RT_METHOD_CACHE_WAYS; i++) {
        const char *next = new_label(x);
        INS("cmpq %s+%d(%%rip), %%rdi", cache, i * 16);
        INS("jne %s", next);
        INS("movq %s+%d(%%rip), %%rax", cache, i * 16 + 8);
        INS("jmp %s", call);
        cg_raw(cg, "%s:\n", next);
    }
    cg_raw(cg, "%s:\n", miss);
    INS("leaq %s(%%rip), %%rsi", cg_string_data(cg, name, (int64_t)strlen(name)));
    INS("leaq %s(%%rip), %%rdx", cache);
    INS("call rt_method_cached");
    cg_raw(cg, "%s:\n", call);
}

void cg_iface_dispatch(Fx *x, const char *name) {
    iface_method(x, name);
    INS("call *%%rax");
}

static const char *selected_name(IrValue *v) {
    Node *n = ast_unparen(v->node);
    if (n && n->kind == N_CALL) {
        Node *f = ast_unparen(n->a);
        if (f && f->kind == N_SELECTOR)
            return f->name;
    }
    ice("codegen: interface call without a selector");
}

void cg_emit_iface_call(Fx *x, IrValue *v) {
    const char *name = selected_name(v);
    int n = v->nargs;
    Type **at = arena_alloc(perm, sizeof(Type *) * (n + 1));
    at[0] = ty_unsafeptr;
    for (int i = 1; i < n; i++)
        at[i] = v->args[i]->type;
    int nr = 0;
    Type **res = NULL;
    if (v->type && v->type->kind == TY_TUPLE) {
        nr = v->type->fields.len;
        res = arena_alloc(perm, sizeof(Type *) * (nr + 1));
        for (int i = 0; i < nr; i++)
            res[i] = ((Field *)v->type->fields.data[i])->type;
    } else if (v->type) {
        nr = 1;
        res = arena_alloc(perm, sizeof(Type *));
        res[0] = v->type;
    }
    int64_t *aoff = arena_alloc(perm, sizeof(int64_t) * (n + 1));
    int64_t *roff = arena_alloc(perm, sizeof(int64_t) * (nr + 1));
    int64_t size = abi_block(at, n, res, nr, 0, aoff, roff);
    int64_t oi = off_of(x, v->args[0]);
    for (int i = 1; i < n; i++)
        copy_mem(x, "%rbp", off_of(x, v->args[i]), "%rsp", aoff[i], cg_size(v->args[i]->type));
    INS("movq %lld(%%rbp), %%rax", (long long)(oi + 8));
    INS("movq %%rax, 0(%%rsp)");
    if (v->ival) {
        /* defer i.M(args), go i.M(args): a nil i panics here */
        cg_defer_ddd_copies(x, v, aoff, 1);
        INS("movq %lld(%%rbp), %%rdi", (long long)oi);
        iface_method(x, name);
        INS("movq %%rax, %%rdi");
        INS("xorl %%esi, %%esi");
        cg_defer_or_go(x, v, size, false);
    } else {
        INS("movq %lld(%%rbp), %%rdi", (long long)oi);
        dispatch(x, name);
    }
    if (v->type && !v->ival) {
        if (v->type->kind == TY_TUPLE)
            copy_mem(x, "%rsp", roff[0], "%rbp", off_of(x, v), cg_size(v->type));
        else
            copy_mem(x, "%rsp", roff[0], "%rbp", off_of(x, v), cg_size(v->type));
    }
    INS("movq $0, 0(%%rsp)");
    for (int i = 1; i < n; i++)
        if (cg_has_pointers(at[i]))
            zero_mem(x, "%rsp", aoff[i], cg_size(at[i]));
    for (int i = 0; i < nr; i++)
        if (cg_has_pointers(res[i]))
            zero_mem(x, "%rsp", roff[i], cg_size(res[i]));
}

/* ---- type assertions ---- */

void cg_emit_assert(Fx *x, IrValue *v) {
    CG *cg = x->cg;
    IrValue *a = v->args[0];
    Type *src = cg_concrete(a->type), *t = cg_concrete(v->type);
    int64_t oa = off_of(x, a), ov = off_of(x, v), size = cg_size(t);
    bool commaok = v->ival == 1, known = v->ival == 2;
    Slot *s = vslot(x, v);
    const char *fail = new_label(x), *done = new_label(x);
    if (ty_is_iface(t)) {
        if (known || ty_identical(src, t)) {
            copy_mem(x, "%rbp", oa, "%rbp", ov, 16);
            if (commaok) {
                INS("cmpq $0, %lld(%%rbp)", (long long)oa);
                INS("setne %lld(%%rbp)", (long long)s->store);
                /* a nil interface fails even to its own type */
                INS("jne %s", done);
                zero_mem(x, "%rbp", ov, 16);
            } else if (!known) {
                INS("cmpq $0, %lld(%%rbp)", (long long)oa);
                INS("jne %s", done);
                INS("xorl %%edi, %%edi");
                INS("leaq %s(%%rip), %%rsi", cg_type_desc(cg, t));
                INS("leaq %s(%%rip), %%rdx", cg_type_desc(cg, src));
                INS("xorl %%ecx, %%ecx");
                INS("call rt_panic_assert");
            }
            cg_raw(cg, "%s:\n", done);
            return;
        }
        INS("movq %lld(%%rbp), %%rdi", (long long)oa);
        INS("leaq %s(%%rip), %%rsi", cg_type_desc(cg, t));
        INS("leaq %s(%%rip), %%rdx", cg_type_desc(cg, src));
        INS("movl $%d, %%ecx", commaok ? 1 : 0);
        INS("call rt_assert_iface");
        if (commaok)
            INS("movb %%al, %lld(%%rbp)", (long long)s->store);
        INS("testb %%al, %%al");
        INS("je %s", fail);
        copy_mem(x, "%rbp", oa, "%rbp", ov, 16);
        INS("jmp %s", done);
        cg_raw(cg, "%s:\n", fail);
        zero_mem(x, "%rbp", ov, 16);
        cg_raw(cg, "%s:\n", done);
        return;
    }
    if (!known) {
        INS("movq %lld(%%rbp), %%rdi", (long long)oa);
        INS("leaq %s(%%rip), %%rsi", cg_type_desc(cg, t));
        INS("cmpq %%rsi, %%rdi");
        INS("jne %s", fail);
    }
    if (cg_is_ptrshaped(t)) {
        INS("movq %lld(%%rbp), %%rax", (long long)(oa + 8));
        INS("movq %%rax, %lld(%%rbp)", (long long)ov);
    } else if (size > 0) {
        INS("movq %lld(%%rbp), %%rax", (long long)(oa + 8));
        copy_mem(x, "%rax", 0, "%rbp", ov, size);
    }
    if (commaok)
        INS("movb $1, %lld(%%rbp)", (long long)s->store);
    if (known)
        return;
    INS("jmp %s", done);
    cg_raw(cg, "%s:\n", fail);
    if (commaok) {
        INS("movb $0, %lld(%%rbp)", (long long)s->store);
        zero_mem(x, "%rbp", ov, size);
    } else {
        INS("leaq %s(%%rip), %%rdx", cg_type_desc(cg, src));
        INS("xorl %%ecx, %%ecx");
        INS("call rt_panic_assert");
    }
    cg_raw(cg, "%s:\n", done);
}

void cg_emit_commaok(Fx *x, IrValue *v) {
    IrValue *a = v->args[0];
    if (a->op != IR_MAPGET && a->op != IR_ASSERT && a->op != IR_RECV) /* RECV: chan.c */
        ice("codegen: COMMAOK of %s", ir_op_names[a->op]);
    INS("movzbl %lld(%%rbp), %%eax", (long long)vslot(x, a)->store);
    st(x, RAX, v);
}

/* ---- == and != ---- */

static bool needs_general_eq(IrValue *v) {
    Type *l = ty_under(cg_concrete(v->args[0]->type)), *r = ty_under(cg_concrete(v->args[1]->type));
    if (v->args[0]->op == IR_ZERO || v->args[1]->op == IR_ZERO) {
        /* x == nil has both sides of one type; (*int)(nil) == interface{}(nil)
         * compares a non-nil interface (it has a type) with nil */
        if (l->kind == TY_STRUCT || l->kind == TY_ARRAY || (l->kind == TY_IFACE) != (r->kind == TY_IFACE))
            return true;
        return false;
    }
    return l->kind == TY_IFACE || r->kind == TY_IFACE || l->kind == TY_STRUCT || l->kind == TY_ARRAY;
}

bool cg_emit_eq(Fx *x, IrValue *v) {
    if (!needs_general_eq(v))
        return false;
    CG *cg = x->cg;
    IrValue *a = v->args[0], *b = v->args[1];
    Type *l = cg_concrete(a->type), *r = cg_concrete(b->type);
    /* zero values are not in their slots unless emitted: ZERO is */
    if (ty_is_iface(l) && ty_is_iface(r)) {
        INS("leaq %lld(%%rbp), %%rdi", (long long)off_of(x, a));
        INS("leaq %lld(%%rbp), %%rsi", (long long)off_of(x, b));
        INS("call rt_ifaceeq");
    } else if (ty_is_iface(l) || ty_is_iface(r)) {
        IrValue *i = ty_is_iface(l) ? a : b, *c = ty_is_iface(l) ? b : a;
        INS("leaq %lld(%%rbp), %%rdi", (long long)off_of(x, i));
        INS("leaq %s(%%rip), %%rsi", cg_type_desc(cg, c->type));
        INS("leaq %lld(%%rbp), %%rdx", (long long)off_of(x, c));
        INS("call rt_ifaceeq_val");
    } else {
        INS("leaq %s(%%rip), %%rdi", cg_type_desc(cg, l));
        INS("leaq %lld(%%rbp), %%rsi", (long long)off_of(x, a));
        INS("leaq %lld(%%rbp), %%rdx", (long long)off_of(x, b));
        INS("call rt_valeq");
    }
    INS("movzbl %%al, %%eax");
    if (v->op == IR_NE)
        INS("xorl $1, %%eax");
    st(x, RAX, v);
    return true;
}

/* ---- maps ---- */

static Type *map_type(Type *t) {
    t = cg_concrete(t);
    if (ty_under(t)->kind != TY_MAP)
        ice("codegen: map operation on %s", ty_rtname(t));
    return t;
}

/* The key at `off`(%rbp) of type kt, as the map's key type wants it: an
 * interface key of a concrete argument is made on the spot (the map
 * copies it, so the box can live in the outgoing area). */
static void key_addr(Fx *x, IrValue *k, Type *mt, const char *reg) {
    Type *want = ty_under(mt)->key, *have = cg_concrete(k->type);
    int64_t ok = off_of(x, k);
    if (ty_is_iface(want) && !ty_is_iface(have)) {
        /* {type, data} at 0(%rsp): data is the value or its address */
        INS("leaq %s(%%rip), %%rax", cg_type_desc(x->cg, have));
        INS("movq %%rax, 0(%%rsp)");
        if (cg_is_ptrshaped(have))
            INS("movq %lld(%%rbp), %%rax", (long long)ok);
        else
            INS("leaq %lld(%%rbp), %%rax", (long long)ok);
        INS("movq %%rax, 8(%%rsp)");
        INS("leaq 0(%%rsp), %s", reg);
        return;
    }
    INS("leaq %lld(%%rbp), %s", (long long)ok, reg);
}

void cg_emit_makemap(Fx *x, IrValue *v) {
    Type *mt = map_type(v->type);
    int64_t hint = 0;
    Node *n = v->node;
    if (n && n->kind == N_COMPOSITE)
        hint = n->list.len;
    else if (n && n->kind == N_CALL && n->list.len > 1) {
        Node *h = n->list.data[1];
        if (h->cval && h->cval->kind == CV_INT && h->cval->i >= 0 && h->cval->i < (1 << 24))
            hint = h->cval->i;
    }
    INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, mt));
    INS("movq $%lld, %%rsi", (long long)hint);
    INS("call rt_makemap");
    st(x, RAX, v);
}

void cg_emit_mapget(Fx *x, IrValue *v) {
    Type *mt = map_type(v->args[0]->type);
    Slot *s = vslot(x, v);
    int64_t size = cg_size(v->type);
    const char *absent = new_label(x), *done = new_label(x);
    key_addr(x, v->args[1], mt, "%rdx");
    INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, mt));
    INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[0]));
    INS("call rt_mapaccess");
    INS("movq $0, 0(%%rsp)");
    INS("testq %%rax, %%rax");
    INS("je %s", absent);
    copy_mem(x, "%rax", 0, "%rbp", s->off, size);
    INS("movb $1, %lld(%%rbp)", (long long)s->store);
    INS("jmp %s", done);
    cg_raw(x->cg, "%s:\n", absent);
    zero_mem(x, "%rbp", s->off, size);
    INS("movb $0, %lld(%%rbp)", (long long)s->store);
    cg_raw(x->cg, "%s:\n", done);
}

void cg_emit_mapset(Fx *x, IrValue *v) {
    Type *mt = map_type(v->args[0]->type);
    IrValue *val = v->args[2];
    Type *et = ty_under(mt)->elem;
    /* a value of another type than the map's (an untyped constant made
     * typed, a concrete value for an interface element) */
    if (ty_is_iface(et) && !ty_is_iface(cg_concrete(val->type)))
        ice("codegen: map store of a %s into %s", ty_rtname(val->type), ty_rtname(et));
    key_addr(x, v->args[1], mt, "%rsi");
    INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, mt));
    INS("movq %%rsi, %%rdx");
    INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[0]));
    INS("leaq %lld(%%rbp), %%rcx", (long long)off_of(x, val));
    INS("call rt_mapassign");
    INS("movq $0, 0(%%rsp)");
}

void cg_emit_mapdelete(Fx *x, IrValue *v) {
    Type *mt = map_type(v->args[0]->type);
    key_addr(x, v->args[1], mt, "%rdx");
    INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, mt));
    INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[0]));
    INS("call rt_mapdelete");
    INS("movq $0, 0(%%rsp)");
}


void cg_emit_mapiter(Fx *x, IrValue *v) {
    switch (v->op) {
    case IR_MAPITERINIT: {
        Type *mt = map_type(v->args[1]->type);
        INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, mt));
        INS("movq %lld(%%rbp), %%rsi", (long long)off_of(x, v->args[1]));
        INS("movq %lld(%%rbp), %%rdx", (long long)off_of(x, v->args[0]));
        INS("call rt_mapiterinit");
        break;
    }
    case IR_MAPITERNEXT:
        INS("movq %lld(%%rbp), %%rdi", (long long)off_of(x, v->args[0]));
        INS("call rt_mapiternext");
        INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
        break;
    case IR_MAPITERKEY:
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        INS("movq 0(%%rax), %%rax");
        copy_mem(x, "%rax", 0, "%rbp", off_of(x, v), cg_size(v->type));
        break;
    default:
        ice("codegen: not a map iteration op");
    }
}

/* ELEM of a map: the value of the iterator variable v->var's entry. */
void cg_emit_mapelem(Fx *x, IrValue *v) {
    IrVar *it = v->var;
    if (!it)
        ice("codegen: map ELEM without its iterator");
    Slot *s = var_slot(x, it);
    if (it->escapes)
        INS("movq %lld(%%rbp), %%rax", (long long)s->off);
    else
        INS("leaq %lld(%%rbp), %%rax", (long long)s->off);
    INS("movq 8(%%rax), %%rax");
    copy_mem(x, "%rax", 0, "%rbp", off_of(x, v), cg_size(v->type));
}
