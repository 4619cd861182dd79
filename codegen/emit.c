/* emit.c — x86-64 code (GNU as, AT&T syntax) for one function of an
 * IrProgram (cg_emit_func; program.c puts the program together).
 *
 * Requires: a verified IrProgram whose `escapes` flags were decided (see
 * codegen.h).  Provides: the function's text, its frame layout, and the
 * frames gc would refuse (noted in CG.large for program.c).
 *
 * The model is deliberately naive: no register allocation.  Every typed
 * value has a frame slot; an instruction loads its operands from their slots
 * into scratch registers (%rax %rcx %rdx %rsi %rdi %r8-%r11), computes, and
 * stores its result into its own slot.  %rbx and %r12-%r15 are never
 * touched, so C code may call Go code.
 *
 * Frame, from %rbp down:
 *
 *      16(%rbp)...      incoming arguments, then results (the caller's area)
 *       8(%rbp)         return address
 *       0(%rbp)         the caller's %rbp
 *      -8(%rbp)...      slots: variables, values, non-escaping allocations
 *       0(%rsp)...      the outgoing argument/result area, as large as the
 *                       largest call needs
 *
 * The frame size is a multiple of 16, so %rsp is 16-byte aligned at every
 * call.  The prologue checks that the frame fits the goroutine's stack,
 * and loop back edges poll for preemption (stackcheck.c).  The whole frame is zeroed at entry (variables start zeroed, and a
 * future precise stack scan sees no stale pointers); allocation sites and
 * DECL zero their storage again each time they execute.
 *
 * Integers are computed in 64-bit registers: a load sign- or zero-extends a
 * narrow value by its type, a store writes only the type's width, which
 * gives Go's wrap-around for free.
 *
 * Write barrier (runtime/gc.c explains the collector).  Every store of a
 * value that holds pointers into memory that is not known to be this
 * frame's — through a pointer (STORE), into a slice's backing array
 * (APPEND), into a new heap cell (a parameter moved to the heap, a
 * CONVIFACE box) — is preceded by the runtime's barrier: an inline test of
 * rt_gc_wbenabled, and, only when the collector is marking, a call to
 * rt_gc_wb (one pointer) or rt_gc_wbtyped (any type, by its descriptor),
 * which shade the old and the new pointers; the store follows.  A STORE
 * whose address is a non-escaping variable, the frame storage of a
 * non-escaping allocation, or a field or array element of one, needs none.
 */
#include <stdlib.h>
#include <string.h>

#include "cg.h"
#include "values.h"


/* ---- slots ---- */

static int64_t frame_alloc(int64_t *top, int64_t size) {
    if (size < 8)
        size = 8;
    size = (size + 7) / 8 * 8;
    *top += size;
    return -*top;
}

static Slot *new_slot(IrFunc *f) {
    Slot *s = NEW(Slot);
    s->fn = f;
    s->last_use = -1;
    return s;
}

Slot *vslot(Fx *x, IrValue *v) {
    Slot *s = v->cg;
    if (!s || s->fn != x->f)
        ice("codegen: v%d (%s) has no slot in %s", v->id, ir_op_names[v->op], x->f->name);
    return s;
}

int64_t off_of(Fx *x, IrValue *v) { return vslot(x, v)->off; }

Slot *var_slot(Fx *x, IrVar *var) {
    Slot *s = var->cg;
    if (var->vclass == VC_GLOBAL || !s || s->fn != x->f)
        ice("codegen: variable %s has no slot in %s", var->name, x->f->name);
    return s;
}

static bool is_terminator_or_void(IrValue *v) {
    switch (v->op) {
    case IR_STORE: case IR_JMP: case IR_BR: case IR_RET: case IR_PANIC: case IR_DECL:
        return true;
    default:
        return false;
    }
}

/* ---- memory helpers ---- */

/* Copies n bytes from so(sb) to dof(db).  Uses %r11; above 64 bytes also
 * %r10, %rsi, %rdi, %rcx (both addresses are taken before any is clobbered). */
void copy_mem(Fx *x, const char *sb, int64_t so, const char *db, int64_t dof, int64_t n) {
    if (n > 64) {
        INS("leaq %lld(%s), %%r10", (long long)so, sb);
        INS("leaq %lld(%s), %%r11", (long long)dof, db);
        INS("movq %%r10, %%rsi");
        INS("movq %%r11, %%rdi");
        INS("movq $%lld, %%rcx", (long long)n);
        INS("rep movsb");
        return;
    }
    int64_t i = 0;
    for (; n - i >= 8; i += 8) {
        INS("movq %lld(%s), %%r11", (long long)(so + i), sb);
        INS("movq %%r11, %lld(%s)", (long long)(dof + i), db);
    }
    if (n - i >= 4) {
        INS("movl %lld(%s), %%r11d", (long long)(so + i), sb);
        INS("movl %%r11d, %lld(%s)", (long long)(dof + i), db);
        i += 4;
    }
    if (n - i >= 2) {
        INS("movw %lld(%s), %%r11w", (long long)(so + i), sb);
        INS("movw %%r11w, %lld(%s)", (long long)(dof + i), db);
        i += 2;
    }
    if (n - i >= 1) {
        INS("movb %lld(%s), %%r11b", (long long)(so + i), sb);
        INS("movb %%r11b, %lld(%s)", (long long)(dof + i), db);
    }
}

/* Zeroes n bytes at off(base).  Above 64 bytes uses %rdi, %rcx, %rax. */
void zero_mem(Fx *x, const char *base, int64_t off, int64_t n) {
    if (n > 64) {
        INS("leaq %lld(%s), %%rdi", (long long)off, base);
        INS("movq $%lld, %%rcx", (long long)n);
        INS("xorl %%eax, %%eax");
        INS("rep stosb");
        return;
    }
    int64_t i = 0;
    for (; n - i >= 8; i += 8)
        INS("movq $0, %lld(%s)", (long long)(off + i), base);
    if (n - i >= 4) {
        INS("movl $0, %lld(%s)", (long long)(off + i), base);
        i += 4;
    }
    if (n - i >= 2) {
        INS("movw $0, %lld(%s)", (long long)(off + i), base);
        i += 2;
    }
    if (n - i >= 1)
        INS("movb $0, %lld(%s)", (long long)(off + i), base);
}

/* Stores a 64-bit immediate (through %r11 when it does not fit 32 bits). */
void store_imm64(Fx *x, int64_t val, const char *base, int64_t off) {
    if (val >= INT32_MIN && val <= INT32_MAX) {
        INS("movq $%lld, %lld(%s)", (long long)val, (long long)off, base);
    } else {
        INS("movabsq $%lld, %%r11", (long long)val);
        INS("movq %%r11, %lld(%s)", (long long)off, base);
    }
}

/* Loads a scalar of type t from off(base) into r, extended to 64 bits by
 * t's signedness. */
void load_scalar(Fx *x, Reg r, Type *t, const char *base, int64_t off) {
    bool sgn = cg_is_signed(t);
    switch (cg_size(t)) {
    case 1: INS("%s %lld(%s), %s", sgn ? "movsbq" : "movzbq", (long long)off, base, r.q); break;
    case 2: INS("%s %lld(%s), %s", sgn ? "movswq" : "movzwq", (long long)off, base, r.q); break;
    case 4:
        if (sgn)
            INS("movslq %lld(%s), %s", (long long)off, base, r.q);
        else
            INS("movl %lld(%s), %s", (long long)off, base, r.l);
        break;
    case 8: INS("movq %lld(%s), %s", (long long)off, base, r.q); break;
    default: ice("codegen: %s is not a scalar (size %lld)", ty_rtname(t), (long long)cg_size(t));
    }
}

void store_scalar(Fx *x, Reg r, int64_t size, const char *base, int64_t off) {
    switch (size) {
    case 0: break;
    case 1: INS("movb %s, %lld(%s)", r.b, (long long)off, base); break;
    case 2: INS("movw %s, %lld(%s)", r.w, (long long)off, base); break;
    case 4: INS("movl %s, %lld(%s)", r.l, (long long)off, base); break;
    case 8: INS("movq %s, %lld(%s)", r.q, (long long)off, base); break;
    default: ice("codegen: store of a non-scalar of size %lld", (long long)size);
    }
}

/* Loads value v into r; a constant is its immediate (no trip through its slot). */
void ld(Fx *x, Reg r, IrValue *v) {
    if (v->op == IR_CONST && cg_size(v->type) <= 8) {
        Type *u = ty_under(cg_concrete(v->type));
        if (!(u->kind >= TY_FLOAT32 && u->kind <= TY_COMPLEX128)) {
            /* the value as the slot would hold it, extended by the type */
            int64_t val = v->ival;
            int64_t size = cg_size(v->type);
            if (size < 8) {
                int sh = 64 - 8 * (int)size;
                val = cg_is_signed(v->type) ? (int64_t)((uint64_t)val << sh) >> sh
                                            : (int64_t)(((uint64_t)val << sh) >> sh);
            }
            if (val >= INT32_MIN && val <= INT32_MAX)
                INS("movq $%lld, %s", (long long)val, r.q);
            else
                INS("movabsq $%lld, %s", (long long)val, r.q);
            return;
        }
    }
    load_scalar(x, r, v->type, "%rbp", off_of(x, v));
}
void st(Fx *x, Reg r, IrValue *v) { store_scalar(x, r, cg_size(v->type), "%rbp", off_of(x, v)); }

const char *new_label(Fx *x) { return arena_printf(perm, ".Lcg%d", x->cg->nlabels++); }

const char *block_label(Fx *x, IrBlock *b) {
    return arena_printf(perm, ".Lf%d.b%d", x->index, b->id);
}

/* rt_alloc(size of t, &descriptor of t): the cell's address in %rax. */
void call_alloc(Fx *x, Type *t) {
    INS("movq $%lld, %%rdi", (long long)cg_size(t));
    INS("leaq %s(%%rip), %%rsi", cg_type_desc(x->cg, t));
    INS("call rt_alloc");
}

/* ---- the write barrier ---- */

/* Is the address p (a pointer value) known to be in this frame? */
bool frame_addr(Fx *x, IrValue *p) {
    for (;;) {
        switch (p->op) {
        case IR_ADDR:
            return p->var->vclass != VC_GLOBAL && !p->var->escapes && p->var->fn == x->f;
        case IR_NEW:
            return vslot(x, p)->has_store;
        case IR_FIELD:
            p = p->args[0];
            break;
        case IR_INDEX: {
            /* an element of an array in the frame, or of a slice made
             * over one (the ... argument, slice literals) */
            IrValue *a = p->args[0];
            if (ty_under(cg_concrete(a->type))->kind == TY_PTR)
                p = a;
            else if (a->op == IR_SLICEHDR)
                p = a->args[0];
            else
                return false;
            break;
        }
        default:
            return false;
        }
    }
}

/* The barrier's inline test: skips to the returned label unless the
 * collector is marking.  The caller then puts the destination address in
 * %rdi and calls wb_call, then wb_end. */
const char *wb_begin(Fx *x) {
    const char *skip = new_label(x);
    INS("cmpb $0, rt_gc_wbenabled(%%rip)");
    INS("je %s", skip);
    return skip;
}

/* The slow path for a value of type t at srcoff(%rbp) (src NULL: the
 * zero value) about to be stored at the address in %rdi.  Clobbers every
 * scratch register. */
void wb_call(Fx *x, Type *t, const char *srcbase, int64_t srcoff, bool zero) {
    if (cg_is_ptrshaped(t) && cg_size(t) == 8) {
        if (zero)
            INS("xorl %%esi, %%esi");
        else
            INS("movq %lld(%s), %%rsi", (long long)srcoff, srcbase);
        INS("call rt_gc_wb");
    } else {
        if (zero)
            INS("xorl %%esi, %%esi");
        else
            INS("leaq %lld(%s), %%rsi", (long long)srcoff, srcbase);
        INS("leaq %s(%%rip), %%rdx", cg_type_desc(x->cg, t));
        INS("call rt_gc_wbtyped");
    }
}

void wb_end(Fx *x, const char *skip) { cg_raw(x->cg, "%s:\n", skip); }

/* The barrier for storing the value at srcoff(%rbp) (or zero) of type t at
 * the address held in the slot addroff(%rbp). */
void wb_to_slot_addr(Fx *x, int64_t addroff, Type *t, int64_t srcoff, bool zero) {
    const char *skip = wb_begin(x);
    INS("movq %lld(%%rbp), %%rdi", (long long)addroff);
    wb_call(x, t, "%rbp", srcoff, zero);
    wb_end(x, skip);
}

/* ---- frame layout ---- */


/* The callee's signature decides the results (so a call whose results are
 * ignored still reserves their space); the argument values the arguments. */
CallLayout call_layout(IrValue *v) {
    CallLayout L = {0};
    IrFunc *f = v->func;   /* NULL: through a value or an interface */
    if (!f && !v->implicit)
        return cg_funcval_layout(v);
    L.nargs = v->nargs;
    Type **at = arena_alloc(perm, sizeof(Type *) * (v->nargs + 1));
    for (int i = 0; i < v->nargs; i++)
        at[i] = v->args[i]->type;
    L.argoff = arena_alloc(perm, sizeof(int64_t) * (v->nargs + 1));
    int64_t end = cg_block_layout(at, v->nargs, 0, L.argoff);
    Type *ft = f && f->type ? ty_under(f->type) : NULL;
    if (ft && ft->kind == TY_FUNC) {
        L.nres = ft->results.len;
        L.restypes = arena_alloc(perm, sizeof(Type *) * (L.nres + 1));
        for (int i = 0; i < L.nres; i++)
            L.restypes[i] = ((Field *)ft->results.data[i])->type;
    } else if (f && f->results.len > 0) {
        L.nres = f->results.len;
        L.restypes = arena_alloc(perm, sizeof(Type *) * (L.nres + 1));
        for (int i = 0; i < L.nres; i++)
            L.restypes[i] = ((IrVar *)f->results.data[i])->type;
    } else if (v->type && v->type->kind == TY_TUPLE) {
        L.nres = v->type->fields.len;
        L.restypes = arena_alloc(perm, sizeof(Type *) * (L.nres + 1));
        for (int i = 0; i < L.nres; i++)
            L.restypes[i] = ((Field *)v->type->fields.data[i])->type;
    } else if (v->type) {
        L.nres = 1;
        L.restypes = arena_alloc(perm, sizeof(Type *));
        L.restypes[0] = v->type;
    }
    L.resstart = (end + 7) / 8 * 8;
    L.resoff = arena_alloc(perm, sizeof(int64_t) * (L.nres + 1));
    end = cg_block_layout(L.restypes, L.nres, L.resstart, L.resoff);
    L.size = (end + 7) / 8 * 8;
    return L;
}

bool needs_box(IrValue *v) {
    Type *t = cg_concrete(v->args[0]->type);
    return !ty_is_iface(t) && !cg_is_ptrshaped(t);
}

static bool const_cap(IrValue *v, int64_t *cap) {
    IrValue *c = v->nargs >= 2 ? v->args[1] : v->args[0];
    if (c->op != IR_CONST || c->ival < 0)
        return false;
    *cap = c->ival;
    return true;
}

static void layout_var(IrFunc *f, IrVar *var, int64_t *top) {
    if (var->vclass == VC_GLOBAL || (var->fn && var->fn != f)) /* globals, captures */
        return;
    Slot *s = var->cg;
    if (s && s->fn == f)
        return;
    s = new_slot(f);
    s->off = frame_alloc(top, var->escapes ? 8 : cg_size(var->type));
    var->cg = s;
}

static void layout(Fx *x) {
    IrFunc *f = x->f;
    int64_t top = 0, out = 0;
    Vec *lists[3] = {&f->params, &f->results, &f->vars};
    int64_t argtop = 0, temps = 0;
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < lists[k]->len; i++)
            layout_var(f, lists[k]->data[i], &top);
        if (k == 1)
            argtop = top;       /* the copies of the parameters and results */
    }
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            if (v->var)
                layout_var(f, v->var, &top);
            Slot *s = new_slot(f);
            v->cg = s;
            s->blk = blk;
            if (v->type && !is_terminator_or_void(v)) {
                int64_t before = top;
                s->off = frame_alloc(&top, cg_size(v->type));
                temps += top - before;
            }
            int64_t cap;
            switch (v->op) {
            case IR_NEW:
                if (!v->escapes) {
                    s->store = frame_alloc(&top, cg_size(ty_under(v->type)->elem));
                    s->has_store = true;
                }
                break;
            case IR_MAKESLICE:
                if (!v->escapes && const_cap(v, &cap)) {
                    int64_t esz = cg_size(ty_under(v->type)->elem);
                    if (cap <= (INT64_C(1) << 30) / (esz ? esz : 1)) {
                        s->store = frame_alloc(&top, cap * esz);
                        s->has_store = true;
                    }
                }
                break;
            case IR_CONCAT:
                if (!v->implicit) {
                    s->store = frame_alloc(&top, cg_concat_storage(v));
                    s->has_store = true;
                    cg_concat_layout(x, v);
                }
                break;
            case IR_CONV:
                if (!v->escapes && cg_conv_bufsize(v)) {
                    s->store = frame_alloc(&top, cg_conv_bufsize(v));
                    s->has_store = true;
                }
                break;
            case IR_CONVIFACE:
                if (!v->escapes && needs_box(v)) {
                    s->store = frame_alloc(&top, cg_size(v->args[0]->type));
                    s->has_store = true;
                }
                break;
            case IR_CLOSURE: case IR_METHVALUE:
                if (!v->escapes && cg_funcobj_size(v) > 0) {
                    s->store = frame_alloc(&top, cg_funcobj_size(v));
                    s->has_store = true;
                }
                break;
            case IR_CALL: {
                CallLayout L = call_layout(v);
                if (L.size > out)
                    out = L.size;
                break;
            }
            case IR_RECV: /* chan.c: the received flag */
                s->store = frame_alloc(&top, 8);
                break;
            case IR_SELECT:
                if (cg_select_storage(v)) {
                    s->store = frame_alloc(&top, cg_select_storage(v));
                    s->has_store = true;
                }
                break;
            case IR_ASSERT: case IR_MAPGET: case IR_MAPSET: case IR_BUILTIN:
                /* iface.c: the comma-ok flag; an interface key made in
                 * the outgoing area */
                if (v->op == IR_ASSERT || v->op == IR_MAPGET)
                    s->store = frame_alloc(&top, 8);
                if (out < 16)
                    out = 16;
                break;
            default:
                break;
            }
        }
    }
    if (f->outer)
        x->ctxoff = frame_alloc(&top, 8);
    x->frame = (top + out + 15) / 16 * 16;
    x->locals = top - argtop - temps;
    x->outsize = out;
}

/* ---- frames gc refuses ----
 * gc's ssagen (pgen.go) refuses a function whose locals or whose
 * argument block reach 1 GB, or whose whole frame (with the outgoing
 * argument area) does: "stack frame too large (>1GB)", at the function,
 * all of them after compiling, by position.  gc's locals are its
 * variables (named, and the temporaries it makes: a range copy) and the
 * storage of allocations that do not escape; minigo's frame also holds
 * copies of the parameters and results, and a slot for each IR value
 * (where gc's SSA values live in registers, or move memory to memory):
 * those are left out, so that the figures are gc's. */
enum { MAX_STACK_SIZE = 1 << 30 };

static void check_frame(Fx *x, int64_t argwidth) {
    CgLarge *l = NULL;
    if (x->f == x->cg->prog->init)
        return;     /* gc initialises package variables statically, where minigo's
                       initialiser may build a composite literal in its frame */
    if (x->locals >= MAX_STACK_SIZE || argwidth >= MAX_STACK_SIZE) {
        l = NEW(CgLarge);
        *l = (CgLarge){x->f->pos, x->locals, argwidth, 0};
    } else if (x->locals + x->outsize >= MAX_STACK_SIZE) {
        l = NEW(CgLarge);
        *l = (CgLarge){x->f->pos, x->locals, argwidth, x->outsize};
    }
    if (l)
        vec_push(&x->cg->large, l);
}

static void note_use(Fx *x, IrValue *a, IrBlock *blk, int i) {
    Slot *s = vslot(x, a);
    if (s->blk != blk)
        s->nonlocal = true;
    else if (i > s->last_use)
        s->last_use = i;
}

/* Where each value is last used, for clear_dead below.  The operands of a
 * select's cases are used by the SELECT, which does the communication. */
static void note_uses(Fx *x) {
    IrFunc *f = x->f;
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            for (int k = 0; k < v->nargs; k++) {
                note_use(x, v->args[k], blk, i);
                if (v->op == IR_SELECT)
                    for (int j = 0; j < v->args[k]->nargs; j++)
                        note_use(x, v->args[k]->args[j], blk, i);
            }
        }
    }
}

/* ADDR of a variable in the frame (not moved to the heap) whose every use
 * is the address of a LOAD or STORE is folded: those instructions address
 * the variable's slot themselves, and the pointer is never made.  This
 * removes most of the traffic of naive code (x = x + 1 is one load and one
 * store instead of two address computations through slots). */
static void fold_addrs(Fx *x) {
    IrFunc *f = x->f;
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            for (int k = 0; k < v->nargs; k++)
                if (!(k == 0 && (v->op == IR_LOAD || v->op == IR_STORE)))
                    vslot(x, v->args[k])->nonaddr_use = true;
        }
    }
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            Slot *s = vslot(x, v);
            s->folded = v->op == IR_ADDR && v->var->vclass != VC_GLOBAL && !v->var->escapes &&
                        !s->nonaddr_use && (!v->var->fn || v->var->fn == f);
        }
    }
}

/* The address operand p of a LOAD or STORE as base and offset: a folded
 * ADDR is its variable's slot; anything else is loaded into %rax. */
static const char *addr_operand(Fx *x, IrValue *p, int64_t *off) {
    Slot *s = vslot(x, p);
    if (s->folded) {
        *off = var_slot(x, p->var)->off;
        return "%rbp";
    }
    INS("movq %lld(%%rbp), %%rax", (long long)s->off);
    *off = 0;
    return "%rax";
}

static bool value_has_pointers(Type *t) {
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->fields.len; i++)
            if (cg_has_pointers(((Field *)t->fields.data[i])->type))
                return true;
        return false;
    }
    return cg_has_pointers(t);
}

/* Values are never reused, so a value's slot would keep a pointer until
 * the function returns; the collector scans frames conservatively, and
 * would keep what it points to alive.  So once a value holding pointers
 * has had its last use (a use in its own block; values used in other
 * blocks are left alone), its slot is cleared: what the program can no
 * longer reach is not kept alive by a dead temporary. */
static void clear_dead_value(Fx *x, IrValue *a, bool used, int i) {
    Slot *s = a->cg;
    if (!s || s->nonlocal || s->folded || !a->type || is_terminator_or_void(a))
        return;
    if (used ? s->last_use != i : s->last_use != -1)
        return;
    if (!value_has_pointers(a->type))
        return;
    /* an address in this frame or of a global keeps nothing alive */
    if ((a->op == IR_ADDR && a->var->vclass == VC_GLOBAL) ||
        ((a->op == IR_ADDR || a->op == IR_NEW || a->op == IR_FIELD || a->op == IR_INDEX) && frame_addr(x, a)))
        return;
    zero_mem(x, "%rbp", s->off, cg_size(a->type));
}

static void clear_dead(Fx *x, IrValue *v, int i) {
    if (is_terminator_or_void(v) && v->op != IR_STORE && v->op != IR_DECL)
        return;
    for (int k = 0; k < v->nargs; k++) {
        bool dup = false;
        for (int j = 0; j < k; j++)
            dup |= v->args[j] == v->args[k];
        if (!dup)
            clear_dead_value(x, v->args[k], true, i);
    }
    clear_dead_value(x, v, false, i);
    if (v->op == IR_SELECT) /* its cases' operands (note_uses) */
        for (int k = 0; k < v->nargs; k++)
            for (int j = 0; j < v->args[k]->nargs; j++)
                clear_dead_value(x, v->args[k]->args[j], true, i);
}

/* ---- dead pointer variables ----
 *
 * The same holds for variables: a pointer variable whose value will not
 * be read again is cleared, so that a tree the program no longer uses is
 * not kept alive by its frame (gc's stack maps are precise; the frame scan
 * here is conservative, this brings it close).  Candidates are the
 * non-escaping locals and parameters holding pointers whose address is
 * only used to load or store the whole variable.  A backward dataflow
 * over the blocks gives the variables live at each block's end; a
 * variable is cleared right after the instruction that last reads or
 * writes it, and on entry to a block where it is dead but some
 * predecessor had it live. */

struct Live {
    int nvars;            /* candidates */
    IrVar **vars;
    int nwords;           /* of a bitset */
    uint64_t **in, **out, **predout;   /* per block index */
};

static int cand_index(Live *L, IrVar *v) {
    for (int i = 0; i < L->nvars; i++)
        if (L->vars[i] == v)
            return i;
    return -1;
}

/* The candidate variable instruction v reads or writes whole, or -1;
 * *def tells whether it writes it. */
static int var_access(Live *L, IrValue *v, bool *def) {
    IrVar *var = NULL;
    if ((v->op == IR_LOAD || v->op == IR_STORE) && v->args[0]->op == IR_ADDR)
        var = v->args[0]->var;
    else if (v->op == IR_DECL)
        var = v->var;
    if (!var || !var->cg)
        return -1;
    *def = v->op != IR_LOAD;
    return cand_index(L, var);
}

static void bs_set(uint64_t *b, int i) { b[i / 64] |= (uint64_t)1 << (i % 64); }
static void bs_clr(uint64_t *b, int i) { b[i / 64] &= ~((uint64_t)1 << (i % 64)); }
static bool bs_has(const uint64_t *b, int i) { return (b[i / 64] >> (i % 64)) & 1; }

static int block_index(IrFunc *f, IrBlock *b) {
    for (int i = 0; i < f->blocks.len; i++)
        if (f->blocks.data[i] == b)
            return i;
    ice("codegen: branch to a block outside the function");
}

static void analyse_liveness(Fx *x) {
    IrFunc *f = x->f;
    Live *L = NEW(Live);
    x->live = L;
    Vec cands = {0};
    for (int i = 0; i < f->vars.len; i++) {
        IrVar *v = f->vars.data[i];
        if ((v->vclass == VC_LOCAL || v->vclass == VC_PARAM) && !v->escapes &&
            cg_has_pointers(v->type) && !cg_is_captured(f, v))
            vec_push(&cands, v);
    }
    /* an address used for anything but a whole load or store exposes it */
    int nb = f->blocks.len;
    for (int b = 0; b < nb; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            /* any other op naming a variable directly is an unknown use */
            if (v->var && v->op != IR_ADDR && v->op != IR_DECL)
                for (int c = 0; c < cands.len; c++)
                    if (cands.data[c] == v->var)
                        cands.data[c] = NULL;
            for (int k = 0; k < v->nargs; k++) {
                IrValue *a = v->args[k];
                if (a->op != IR_ADDR || (k == 0 && (v->op == IR_LOAD || v->op == IR_STORE)))
                    continue;
                for (int c = 0; c < cands.len; c++)
                    if (cands.data[c] == a->var)
                        cands.data[c] = NULL;
            }
        }
    }
    L->vars = arena_alloc(perm, sizeof(IrVar *) * (cands.len + 1));
    for (int c = 0; c < cands.len; c++)
        if (cands.data[c])
            L->vars[L->nvars++] = cands.data[c];
    free(cands.data);
    L->nwords = (L->nvars + 63) / 64;
    if (L->nvars == 0)
        return;

    size_t bytes = sizeof(uint64_t) * (size_t)L->nwords;
    uint64_t **use = arena_alloc(perm, sizeof(uint64_t *) * nb);
    uint64_t **def = arena_alloc(perm, sizeof(uint64_t *) * nb);
    L->in = arena_alloc(perm, sizeof(uint64_t *) * nb);
    L->out = arena_alloc(perm, sizeof(uint64_t *) * nb);
    L->predout = arena_alloc(perm, sizeof(uint64_t *) * nb);
    for (int b = 0; b < nb; b++) {
        use[b] = arena_alloc(perm, bytes);
        def[b] = arena_alloc(perm, bytes);
        L->in[b] = arena_alloc(perm, bytes);
        L->out[b] = arena_alloc(perm, bytes);
        L->predout[b] = arena_alloc(perm, bytes);
        memset(use[b], 0, bytes);
        memset(def[b], 0, bytes);
        memset(L->in[b], 0, bytes);
        memset(L->out[b], 0, bytes);
        memset(L->predout[b], 0, bytes);
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            bool d;
            int c = var_access(L, blk->values.data[i], &d);
            if (c < 0 || bs_has(def[b], c) || bs_has(use[b], c))
                continue;
            bs_set(d ? def[b] : use[b], c);
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = nb - 1; b >= 0; b--) {
            IrBlock *blk = f->blocks.data[b];
            IrValue *term = blk->values.data[blk->values.len - 1];
            int nsucc = term->op == IR_JMP ? 1 : term->op == IR_BR ? 2 : 0;
            for (int k = 0; k < nsucc; k++) {
                int sidx = block_index(f, term->target[k]);
                for (int w = 0; w < L->nwords; w++)
                    L->out[b][w] |= L->in[sidx][w];
            }
            for (int w = 0; w < L->nwords; w++) {
                uint64_t in = use[b][w] | (L->out[b][w] & ~def[b][w]);
                if (in != L->in[b][w]) {
                    L->in[b][w] = in;
                    changed = true;
                }
            }
        }
    }
    for (int b = 0; b < nb; b++) {
        IrBlock *blk = f->blocks.data[b];
        IrValue *term = blk->values.data[blk->values.len - 1];
        int nsucc = term->op == IR_JMP ? 1 : term->op == IR_BR ? 2 : 0;
        for (int k = 0; k < nsucc; k++) {
            int sidx = block_index(f, term->target[k]);
            for (int w = 0; w < L->nwords; w++)
                L->predout[sidx][w] |= L->out[b][w];
        }
    }
}

static void clear_var(Fx *x, IrVar *v) {
    zero_mem(x, "%rbp", var_slot(x, v)->off, cg_size(v->type));
}

/* Block entry: clear what died on the way in. */
static void clear_dead_at_entry(Fx *x, int b) {
    Live *L = x->live;
    for (int c = 0; c < L->nvars; c++)
        if (bs_has(L->predout[b], c) && !bs_has(L->in[b], c))
            clear_var(x, L->vars[c]);
}

/* live_after[i] for each instruction of block b, as bitsets. */
static uint64_t **live_after(Fx *x, int b) {
    Live *L = x->live;
    IrBlock *blk = x->f->blocks.data[b];
    int n = blk->values.len;
    size_t bytes = sizeof(uint64_t) * (size_t)L->nwords;
    uint64_t **after = arena_alloc(perm, sizeof(uint64_t *) * n);
    uint64_t *cur = arena_alloc(perm, bytes);
    memcpy(cur, L->out[b], bytes);
    for (int i = n - 1; i >= 0; i--) {
        after[i] = arena_alloc(perm, bytes);
        memcpy(after[i], cur, bytes);
        bool d;
        int c = var_access(L, blk->values.data[i], &d);
        if (c >= 0) {
            if (d)
                bs_clr(cur, c);
            else
                bs_set(cur, c);
        }
    }
    return after;
}

static void clear_dead_var(Fx *x, IrValue *v, uint64_t *after) {
    bool d;
    int c = var_access(x->live, v, &d);
    if (c >= 0 && !bs_has(after, c))
        clear_var(x, x->live->vars[c]);
}

/* ---- operations ---- */

static void emit_compare(Fx *x, IrValue *v) {
    IrValue *a = v->args[0], *b = v->args[1];
    Type *t = cg_concrete(a->type);
    if (t->kind == TY_UNSAFEPTR && a->op == IR_ZERO)
        t = cg_concrete(b->type);
    Type *u = ty_under(t);
    if (cg_is_float(t)) {
        cg_float_compare(x, v);
        return;
    }
    if (cg_is_complex(t)) {
        cg_complex_compare(x, v);
        return;
    }
    bool eq = v->op == IR_EQ || v->op == IR_NE;
    int64_t oa = off_of(x, a), ob = off_of(x, b);
    static const char *scc[] = {"e", "ne", "l", "le", "g", "ge"};
    static const char *ucc[] = {"e", "ne", "b", "be", "a", "ae"};
    int k = v->op - IR_EQ;

    /* comparison with nil: the first word (an interface's type word) */
    if (eq && (a->op == IR_ZERO || b->op == IR_ZERO) &&
        (u->kind == TY_IFACE || u->kind == TY_SLICE || u->kind == TY_MAP ||
         u->kind == TY_CHAN || u->kind == TY_FUNC || u->kind == TY_PTR || u->kind == TY_UNSAFEPTR)) {
        IrValue *other = a->op == IR_ZERO ? b : a;
        INS("cmpq $0, %lld(%%rbp)", (long long)off_of(x, other));
        INS("set%s %%al", scc[k]);
        INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
        return;
    }
    switch (u->kind) {
    case TY_STRING:
        INS("leaq %lld(%%rbp), %%rdi", (long long)oa);
        INS("leaq %lld(%%rbp), %%rsi", (long long)ob);
        if (eq) {
            INS("call rt_eqstring");
            INS("movzbl %%al, %%eax");
            if (v->op == IR_NE)
                INS("xorl $1, %%eax");
        } else {
            INS("call rt_cmpstring");
            INS("cmpl $0, %%eax");
            INS("set%s %%al", scc[k]);
        }
        INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
        return;
    case TY_IFACE:
        /* both words equal.  Boxed values with equal contents in different
         * boxes compare unequal here: a later issue (runtime efaceeq). */
        if (!eq)
            ice("codegen: ordered comparison of interfaces");
        INS("movq %lld(%%rbp), %%rax", (long long)oa);
        INS("xorq %lld(%%rbp), %%rax", (long long)ob);
        INS("movq %lld(%%rbp), %%rcx", (long long)(oa + 8));
        INS("xorq %lld(%%rbp), %%rcx", (long long)(ob + 8));
        INS("orq %%rcx, %%rax");
        INS("set%s %%al", scc[k]);
        INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
        return;
    case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
        INS("movq %lld(%%rbp), %%rax", (long long)oa);
        INS("cmpq %lld(%%rbp), %%rax", (long long)ob);
        INS("set%s %%al", scc[k]);
        INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
        return;
    case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128:
    case TY_STRUCT: case TY_ARRAY:
        ice("codegen: comparison of %s not supported yet", ty_rtname(t));
    default:
        break;
    }
    load_scalar(x, RAX, t, "%rbp", oa);
    load_scalar(x, RCX, t, "%rbp", ob);
    INS("cmpq %%rcx, %%rax");
    INS("set%s %%al", cg_is_signed(t) ? scc[k] : ucc[k]);
    INS("movb %%al, %lld(%%rbp)", (long long)off_of(x, v));
}

static void emit_divmod(Fx *x, IrValue *v) {
    bool mod = v->op == IR_MOD;
    ld(x, RAX, v->args[0]);
    ld(x, RCX, v->args[1]);
    const char *ok = new_label(x);
    INS("testq %%rcx, %%rcx");
    INS("jne %s", ok);
    INS("call rt_panic_divide");
    cg_raw(x->cg, "%s:\n", ok);
    if (cg_is_signed(v->type)) {
        /* x / -1 is -x (MinInt / -1 wraps to MinInt), x % -1 is 0: idiv
         * would fault on MinInt64 / -1.  The quotient ends in %rax, the
         * remainder in %rdx, on both paths. */
        const char *general = new_label(x), *done = new_label(x);
        INS("cmpq $-1, %%rcx");
        INS("jne %s", general);
        if (mod)
            INS("xorl %%edx, %%edx");
        else
            INS("negq %%rax");
        INS("jmp %s", done);
        cg_raw(x->cg, "%s:\n", general);
        INS("cqto");
        INS("idivq %%rcx");
        cg_raw(x->cg, "%s:\n", done);
    } else {
        INS("xorl %%edx, %%edx");
        INS("divq %%rcx");
    }
    st(x, mod ? RDX : RAX, v);
}

static void emit_shift(Fx *x, IrValue *v) {
    ld(x, RAX, v->args[0]);
    ld(x, RCX, v->args[1]);
    if (cg_is_signed(v->args[1]->type)) {
        const char *ok = new_label(x);
        INS("testq %%rcx, %%rcx");
        INS("jns %s", ok);
        INS("call rt_panic_shift");
        cg_raw(x->cg, "%s:\n", ok);
    }
    if (v->op == IR_SHR && cg_is_signed(v->type)) {
        /* counts >= 64 shift by 63: all sign bits */
        INS("movl $63, %%edx");
        INS("cmpq $64, %%rcx");
        INS("cmovaeq %%rdx, %%rcx");
        INS("sarq %%cl, %%rax");
    } else {
        INS("%s %%cl, %%rax", v->op == IR_SHL ? "shlq" : "shrq");
        INS("xorl %%edx, %%edx");
        INS("cmpq $64, %%rcx");
        INS("cmovaeq %%rdx, %%rax");
    }
    st(x, RAX, v);
}

static void emit_index(Fx *x, IrValue *v) {
    IrValue *s = v->args[0];
    Type *u = ty_under(cg_concrete(s->type));
    int64_t os = off_of(x, s);
    int64_t esz = cg_size(ty_under(v->type)->elem);
    ld(x, RAX, v->args[1]);
    switch (u->kind) {
    case TY_SLICE: case TY_STRING:
        INS("movq %lld(%%rbp), %%rcx", (long long)(os + 8));
        INS("movq %lld(%%rbp), %%rdx", (long long)os);
        if (s->op == IR_SLICEHDR && s->args[0]->op != IR_ADDR && s->args[0]->op != IR_NEW &&
            s->args[0]->op != IR_FIELD && s->args[0]->op != IR_INDEX)
            INS("testb %%al, (%%rdx)"); /* p[i] of a pointer to an array: nil check */
        break;
    case TY_PTR: /* pointer to array */
        INS("movq $%lld, %%rcx", (long long)ty_under(u->elem)->len);
        INS("movq %lld(%%rbp), %%rdx", (long long)os);
        INS("testb %%al, (%%rdx)");
        break;
    case TY_ARRAY: /* an array value: the address of its slot (read only) */
        INS("movq $%lld, %%rcx", (long long)u->len);
        INS("leaq %lld(%%rbp), %%rdx", (long long)os);
        break;
    default:
        ice("codegen: INDEX of %s", ty_rtname(s->type));
    }
    const char *ok = new_label(x);
    INS("cmpq %%rcx, %%rax");
    INS("jb %s", ok);
    INS("movq %%rax, %%rdi");
    INS("movq %%rcx, %%rsi");
    INS("call rt_panic_index");
    cg_raw(x->cg, "%s:\n", ok);
    if (esz != 1)
        INS("imulq $%lld, %%rax", (long long)esz);
    INS("addq %%rdx, %%rax");
    st(x, RAX, v);
}

static void emit_lencap(Fx *x, IrValue *v) {
    IrValue *s = v->args[0];
    Type *u = ty_under(cg_concrete(s->type));
    int64_t os = off_of(x, s);
    if (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY) {
        store_imm64(x, ty_under(u->elem)->len, "%rbp", off_of(x, v));
        return;
    }
    if (u->kind == TY_ARRAY) {
        store_imm64(x, u->len, "%rbp", off_of(x, v));
        return;
    }
    if (u->kind == TY_MAP || u->kind == TY_CHAN) {
        /* the first word of a map (rt.h RtMap: its len), the first or
         * second of a channel (len, cap); 0 for nil */
        const char *nil = new_label(x);
        INS("movq %lld(%%rbp), %%rax", (long long)os);
        INS("testq %%rax, %%rax");
        INS("je %s", nil);
        INS("movq %d(%%rax), %%rax", v->op == IR_LEN ? 0 : 8);
        cg_raw(x->cg, "%s:\n", nil);
        st(x, RAX, v);
        return;
    }
    if (u->kind != TY_SLICE && !(u->kind == TY_STRING && v->op == IR_LEN))
        ice("codegen: %s of %s not supported yet", ir_op_names[v->op], ty_rtname(s->type));
    INS("movq %lld(%%rbp), %%rax", (long long)(os + (v->op == IR_LEN ? 8 : 16)));
    st(x, RAX, v);
}

static void emit_makeslice(Fx *x, IrValue *v) {
    Slot *s = vslot(x, v);
    Type *elem = ty_under(v->type)->elem;
    IrValue *len = v->args[0], *capv = v->nargs >= 2 ? v->args[1] : v->args[0];
    const char *done = NULL;
    if (s->has_store) {
        /* frame storage for cap elements; a len outside [0, cap] takes the
         * heap path, where rt_makeslice panics as Go does */
        int64_t cap = 0;
        const_cap(v, &cap);
        const char *heap = new_label(x);
        done = new_label(x);
        ld(x, RDX, len);
        INS("cmpq $%lld, %%rdx", (long long)cap);
        INS("ja %s", heap);
        zero_mem(x, "%rbp", s->store, cap * cg_size(elem));
        ld(x, RDX, len);
        INS("leaq %lld(%%rbp), %%rax", (long long)s->store);
        INS("movq %%rax, %lld(%%rbp)", (long long)s->off);
        INS("movq %%rdx, %lld(%%rbp)", (long long)(s->off + 8));
        store_imm64(x, cap, "%rbp", s->off + 16);
        INS("jmp %s", done);
        cg_raw(x->cg, "%s:\n", heap);
    }
    INS("leaq %lld(%%rbp), %%rdi", (long long)s->off);
    INS("leaq %s(%%rip), %%rsi", cg_type_desc(x->cg, elem));
    ld(x, RDX, len);
    ld(x, RCX, capv);
    INS("call rt_makeslice");
    if (done)
        cg_raw(x->cg, "%s:\n", done);
}

static void emit_append(Fx *x, IrValue *v) {
    int64_t o = off_of(x, v);
    Type *elem = ty_under(v->type)->elem;
    int64_t esz = cg_size(elem);
    int n = v->nargs - 1;
    /* the result slot is the working copy of the slice */
    copy_mem(x, "%rbp", off_of(x, v->args[0]), "%rbp", o, 24);
    if (v->spread) {
        if (v->nargs != 2)
            ice("codegen: spread APPEND with %d args", v->nargs);
        INS("movq %lld(%%rbp), %%rcx", (long long)(off_of(x, v->args[1]) + 8));
    } else {
        INS("movq $%d, %%rcx", n);
    }
    const char *ok = new_label(x);
    INS("movq %lld(%%rbp), %%rdx", (long long)(o + 8));
    INS("addq %%rcx, %%rdx");
    INS("cmpq %lld(%%rbp), %%rdx", (long long)(o + 16));
    INS("jle %s", ok);
    INS("leaq %lld(%%rbp), %%rdi", (long long)o);
    INS("leaq %s(%%rip), %%rsi", cg_type_desc(x->cg, elem));
    INS("call rt_growslice");
    cg_raw(x->cg, "%s:\n", ok);
    bool ptrs = cg_has_pointers(elem);
    if (v->spread && ptrs) {
        /* rt_typedslicecopy(elem, ptr + len*esz, src.ptr, src.len): the
         * barrier, then the copy */
        int64_t os = off_of(x, v->args[1]);
        INS("movq %lld(%%rbp), %%rsi", (long long)(o + 8));
        if (esz != 1)
            INS("imulq $%lld, %%rsi", (long long)esz);
        INS("addq %lld(%%rbp), %%rsi", (long long)o);
        INS("movq %lld(%%rbp), %%rdx", (long long)os);
        INS("movq %lld(%%rbp), %%rcx", (long long)(os + 8));
        INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, elem));
        INS("call rt_typedslicecopy");
        INS("movq %lld(%%rbp), %%rcx", (long long)(os + 8));
        INS("addq %%rcx, %lld(%%rbp)", (long long)(o + 8));
        return;
    }
    if (v->spread) {
        /* memmove(ptr + len*esz, src.ptr, src.len*esz) */
        int64_t os = off_of(x, v->args[1]);
        INS("movq %lld(%%rbp), %%rdi", (long long)(o + 8));
        if (esz != 1)
            INS("imulq $%lld, %%rdi", (long long)esz);
        INS("addq %lld(%%rbp), %%rdi", (long long)o);
        INS("movq %lld(%%rbp), %%rsi", (long long)os);
        INS("movq %lld(%%rbp), %%rdx", (long long)(os + 8));
        if (esz != 1)
            INS("imulq $%lld, %%rdx", (long long)esz);
        INS("call memmove");
        INS("movq %lld(%%rbp), %%rcx", (long long)(os + 8));
        INS("addq %%rcx, %lld(%%rbp)", (long long)(o + 8));
        return;
    }
    for (int i = 0; i < n; i++) {
        IrValue *a = v->args[1 + i];
        if (ptrs) {
            const char *skip = wb_begin(x);
            INS("movq %lld(%%rbp), %%rdi", (long long)(o + 8));
            INS("imulq $%lld, %%rdi", (long long)esz);
            INS("addq %lld(%%rbp), %%rdi", (long long)o);
            if (i)
                INS("addq $%lld, %%rdi", (long long)i * esz);
            wb_call(x, elem, "%rbp", off_of(x, a), false);
            wb_end(x, skip);
        }
        INS("movq %lld(%%rbp), %%rax", (long long)(o + 8));
        if (esz != 1)
            INS("imulq $%lld, %%rax", (long long)esz);
        INS("addq %lld(%%rbp), %%rax", (long long)o);
        copy_mem(x, "%rbp", off_of(x, a), "%rax", (int64_t)i * esz, esz);
    }
    INS("addq $%d, %lld(%%rbp)", n, (long long)(o + 8));
}

/* The only non-zero-sized component of t, looking through single-field
 * structs and one-element arrays (Go's SoleComponent), underlying. */
static Type *sole_component(Type *t) {
    Type *u = ty_under(cg_concrete(t));
    for (;;) {
        if (u->kind == TY_ARRAY && u->len == 1) {
            u = ty_under(cg_concrete(u->elem));
        } else if (u->kind == TY_STRUCT) {
            Type *only = NULL;
            int n = 0;
            for (int i = 0; i < u->fields.len; i++) {
                Field *f = u->fields.data[i];
                if (cg_size(f->type) > 0) {
                    only = f->type;
                    n++;
                }
            }
            if (n != 1)
                return u;
            u = ty_under(cg_concrete(only));
        } else {
            return u;
        }
    }
}

/* Go's dataWord (walk/convert.go): zero-sized values and one-byte integers
 * and bools need no box; constants get a read-only static box; small
 * integers boxed on the heap come from staticuint64s (convT16/32/64), as do
 * "" and nil slices from zeroVal (convTstring, convTslice). */
static void emit_conviface(Fx *x, IrValue *v) {
    CG *cg = x->cg;
    Slot *s = vslot(x, v);
    IrValue *a = v->args[0];
    Type *t = cg_concrete(a->type), *u = ty_under(t);
    int64_t size = cg_size(t), oa = off_of(x, a);
    if (ty_is_iface(t)) {
        copy_mem(x, "%rbp", oa, "%rbp", s->off, 16);
        return;
    }
    INS("leaq %s(%%rip), %%rax", cg_type_desc(cg, t));
    INS("movq %%rax, %lld(%%rbp)", (long long)s->off);
    if (cg_is_ptrshaped(t)) {
        INS("movq %lld(%%rbp), %%rax", (long long)oa);
        INS("movq %%rax, %lld(%%rbp)", (long long)(s->off + 8));
        return;
    }
    bool small_int = (u->kind >= TY_INT && u->kind <= TY_UINTPTR) || u->kind == TY_BOOL;
    if (size == 0) {
        cg->need_zeroval = true;
        INS("leaq .Lcg.zeroval(%%rip), %%rax");
    } else if (size == 1 && small_int) {
        cg->need_staticu64 = true;
        INS("movzbl %lld(%%rbp), %%ecx", (long long)oa);
        INS("leaq .Lcg.staticuint64s(%%rip), %%rax");
        INS("leaq (%%rax,%%rcx,8), %%rax");
    } else if (a->op == IR_STR) {
        INS("leaq %s(%%rip), %%rax", cg_box_string(cg, a->str, a->slen));
    } else if (a->op == IR_CONST && size <= 8) {
        int64_t bits = u->kind == TY_COMPLEX64 ? cg_complex_const_bits(a) : a->ival;
        INS("leaq %s(%%rip), %%rax", cg_box_int(cg, bits, size));
    } else if (!v->escapes && s->has_store) {
        copy_mem(x, "%rbp", oa, "%rbp", s->store, size);
        INS("leaq %lld(%%rbp), %%rax", (long long)s->store);
    } else {
        const char *alloc = new_label(x), *done = new_label(x);
        bool small = (size == 2 || size == 4 || size == 8) && cg_align(t) == size &&
                     !cg_has_pointers(t);
        if (small) {
            cg->need_staticu64 = true;
            Type *ut = size == 2 ? ty_uint16 : size == 4 ? ty_uint32 : ty_uint64;
            load_scalar(x, RCX, ut, "%rbp", oa);
            INS("cmpq $256, %%rcx");
            INS("jae %s", alloc);
            INS("leaq .Lcg.staticuint64s(%%rip), %%rax");
            INS("leaq (%%rax,%%rcx,8), %%rax");
            INS("jmp %s", done);
        } else if (sole_component(t)->kind == TY_STRING || sole_component(t)->kind == TY_SLICE) {
            cg->need_zeroval = true;
            INS("cmpq $0, %lld(%%rbp)",
                (long long)(oa + (sole_component(t)->kind == TY_STRING ? 8 : 0)));
            INS("jne %s", alloc);
            INS("leaq .Lcg.zeroval(%%rip), %%rax");
            INS("jmp %s", done);
        }
        cg_raw(cg, "%s:\n", alloc);
        call_alloc(x, t);
        if (cg_has_pointers(t)) {
            INS("movq %%rax, %lld(%%rbp)", (long long)(s->off + 8));
            wb_to_slot_addr(x, s->off + 8, t, oa, false);
            INS("movq %lld(%%rbp), %%rax", (long long)(s->off + 8));
        }
        copy_mem(x, "%rbp", oa, "%rax", 0, size);
        cg_raw(cg, "%s:\n", done);
    }
    INS("movq %%rax, %lld(%%rbp)", (long long)(s->off + 8));
}

static void emit_call(Fx *x, IrValue *v) {
    CallLayout L = call_layout(v);
    for (int i = 0; i < v->nargs; i++)
        copy_mem(x, "%rbp", off_of(x, v->args[i]), "%rsp", L.argoff[i], cg_size(v->args[i]->type));
    if (cg_c_abi(v->func)) {
        INS("movq %%rsp, %%rdi");
        INS("call %s", cg_func_sym(v->func));
    } else {
        INS("call %s", cg_func_sym(v->func));
    }
    if (v->type) {
        if (v->type->kind == TY_TUPLE)
            copy_mem(x, "%rsp", L.resstart, "%rbp", off_of(x, v), cg_size(v->type));
        else if (L.nres >= 1)
            copy_mem(x, "%rsp", L.resoff[0], "%rbp", off_of(x, v), cg_size(v->type));
    }
    /* The outgoing area would keep the pointers passed and returned alive
     * until another call overwrites them (see clear_dead). */
    for (int i = 0; i < v->nargs; i++)
        if (cg_has_pointers(v->args[i]->type))
            zero_mem(x, "%rsp", L.argoff[i], cg_size(v->args[i]->type));
    for (int i = 0; i < L.nres; i++)
        if (cg_has_pointers(L.restypes[i]))
            zero_mem(x, "%rsp", L.resoff[i], cg_size(L.restypes[i]));
}

static void emit_ret(Fx *x) {
    IrFunc *f = x->f;
    if (x->has_defer) {
        INS("jmp %s", x->retlabel);
        return;
    }
    for (int i = 0; i < f->results.len; i++) {
        IrVar *r = f->results.data[i];
        Slot *s = var_slot(x, r);
        int64_t size = cg_size(r->type);
        if (r->escapes) {
            INS("movq %lld(%%rbp), %%rax", (long long)s->off);
            copy_mem(x, "%rax", 0, "%rbp", x->resoff[i], size);
        } else {
            copy_mem(x, "%rbp", s->off, "%rbp", x->resoff[i], size);
        }
    }
    INS("leave");
    INS("ret");
}

static void emit_value(Fx *x, IrValue *v) {
    CG *cg = x->cg;
    switch (v->op) {
    case IR_CONST: {
        Type *u = ty_under(cg_concrete(v->type));
        if (u->kind == TY_COMPLEX64 || u->kind == TY_COMPLEX128) {
            cg_complex_const(x, v);
            break;
        }
        INS("movabsq $%lld, %%rax", (long long)v->ival);
        st(x, RAX, v);
        break;
    }
    case IR_STR: {
        int64_t o = off_of(x, v);
        if (v->slen > 0) {
            INS("leaq %s(%%rip), %%rax", cg_string_data(cg, v->str, v->slen));
            INS("movq %%rax, %lld(%%rbp)", (long long)o);
        } else {
            INS("movq $0, %lld(%%rbp)", (long long)o);
        }
        store_imm64(x, v->slen, "%rbp", o + 8);
        break;
    }
    case IR_ZERO:
        zero_mem(x, "%rbp", off_of(x, v), cg_size(v->type));
        break;
    case IR_ADDR: {
        IrVar *var = v->var;
        if (var->vclass != VC_GLOBAL && var->fn && var->fn != x->f) {
            cg_emit_capture_addr(x, v);
            break;
        }
        if (vslot(x, v)->folded)
            break;
        if (var->vclass == VC_GLOBAL)
            INS("leaq %s(%%rip), %%rax", cg_global_sym(cg, var));
        else if (var->escapes)
            INS("movq %lld(%%rbp), %%rax", (long long)var_slot(x, var)->off);
        else
            INS("leaq %lld(%%rbp), %%rax", (long long)var_slot(x, var)->off);
        st(x, RAX, v);
        break;
    }
    case IR_LOAD: {
        int64_t ao;
        const char *base = addr_operand(x, v->args[0], &ao);
        if (cg_size(v->type) == 0 && strcmp(base, "%rbp") != 0)
            INS("testb %%al, %lld(%s)", (long long)ao, base); /* *p of a zero-size T: nil check */
        copy_mem(x, base, ao, "%rbp", off_of(x, v), cg_size(v->type));
        break;
    }
    case IR_STORE: {
        IrValue *p = v->args[0], *val = v->args[1];
        Type *pt = ty_under(cg_concrete(p->type));
        Type *et = pt->kind == TY_PTR ? pt->elem : val->type;
        int64_t size = cg_size(et);
        if (cg_has_pointers(et) && !frame_addr(x, p))
            wb_to_slot_addr(x, off_of(x, p), et, val->op == IR_ZERO ? 0 : off_of(x, val),
                            val->op == IR_ZERO);
        int64_t ao;
        const char *base = addr_operand(x, p, &ao);
        if (val->op == IR_ZERO)
            zero_mem(x, base, ao, size);
        else
            copy_mem(x, "%rbp", off_of(x, val), base, ao, cg_size(val->type));
        break;
    }
    case IR_FIELD: {
        Type *st_ = ty_under(cg_concrete(ty_under(cg_concrete(v->args[0]->type))->elem));
        if (st_->kind != TY_STRUCT || v->ival < 0 || v->ival >= st_->fields.len)
            ice("codegen: FIELD %lld of %s", (long long)v->ival, ty_rtname(v->args[0]->type));
        Field *fl = st_->fields.data[v->ival];
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        INS("testb %%al, (%%rax)");  /* nil check: faults on nil */
        if (fl->offset > INT32_MAX) { /* beyond an immediate's reach */
            INS("movabsq $%lld, %%rcx", (long long)fl->offset);
            INS("addq %%rcx, %%rax");
        } else if (fl->offset) {
            INS("addq $%lld, %%rax", (long long)fl->offset);
        }
        st(x, RAX, v);
        break;
    }
    case IR_INDEX:
        emit_index(x, v);
        break;
    case IR_LEN: case IR_CAP:
        emit_lencap(x, v);
        break;
    case IR_SLICEHDR: {
        int64_t o = off_of(x, v);
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        if (v->args[0]->op == IR_LOAD &&
            ty_under(cg_concrete(v->args[0]->type))->kind == TY_PTR)
            INS("testb %%al, (%%rax)");  /* p[i], p[:] of a nil *array: the nil panic */
        INS("movq %%rax, %lld(%%rbp)", (long long)o);
        ld(x, RAX, v->args[1]);
        INS("movq %%rax, %lld(%%rbp)", (long long)(o + 8));
        ld(x, RAX, v->args[2]);
        INS("movq %%rax, %lld(%%rbp)", (long long)(o + 16));
        break;
    }
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_AND: case IR_OR: case IR_XOR: case IR_ANDNOT: {
        Type *u = ty_under(cg_concrete(v->type));
        if (cg_is_float(u)) {
            cg_float_arith(x, v);
            break;
        }
        if (cg_is_complex(u)) {
            cg_complex_arith(x, v);
            break;
        }
        ld(x, RAX, v->args[0]);
        ld(x, RCX, v->args[1]);
        switch (v->op) {
        case IR_ADD: INS("addq %%rcx, %%rax"); break;
        case IR_SUB: INS("subq %%rcx, %%rax"); break;
        case IR_MUL: INS("imulq %%rcx, %%rax"); break;
        case IR_AND: INS("andq %%rcx, %%rax"); break;
        case IR_OR: INS("orq %%rcx, %%rax"); break;
        case IR_XOR: INS("xorq %%rcx, %%rax"); break;
        default: INS("notq %%rcx"); INS("andq %%rcx, %%rax"); break;
        }
        st(x, RAX, v);
        break;
    }
    case IR_DIV: case IR_MOD:
        if (cg_is_float(v->type))
            cg_float_arith(x, v);
        else if (cg_is_complex(v->type))
            cg_complex_arith(x, v);
        else
            emit_divmod(x, v);
        break;
    case IR_SHL: case IR_SHR:
        emit_shift(x, v);
        break;
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE:
        if ((v->op == IR_EQ || v->op == IR_NE) && cg_emit_eq(x, v))
            break;
        emit_compare(x, v);
        break;
    case IR_NEG: case IR_NOT: case IR_COM:
        if (v->op == IR_NEG && cg_is_float(v->type)) {
            cg_float_neg(x, v);
            break;
        }
        if (v->op == IR_NEG && cg_is_complex(v->type)) {
            cg_complex_neg(x, v);
            break;
        }
        ld(x, RAX, v->args[0]);
        if (v->op == IR_NEG)
            INS("negq %%rax");
        else if (v->op == IR_NOT)
            INS("xorl $1, %%eax");
        else
            INS("notq %%rax");
        st(x, RAX, v);
        break;
    case IR_CONCAT:
        cg_concat(x, v);
        break;
    case IR_NEW: {
        Slot *s = vslot(x, v);
        Type *elem = ty_under(cg_concrete(v->type))->elem;
        if (s->has_store) {
            zero_mem(x, "%rbp", s->store, cg_size(elem));
            INS("leaq %lld(%%rbp), %%rax", (long long)s->store);
        } else {
            call_alloc(x, elem);
        }
        st(x, RAX, v);
        break;
    }
    case IR_MAKESLICE:
        emit_makeslice(x, v);
        break;
    case IR_APPEND:
        emit_append(x, v);
        break;
    case IR_CONVIFACE:
        emit_conviface(x, v);
        break;
    case IR_CALL:
        if (!v->func && v->implicit)
            cg_emit_iface_call(x, v);
        else if (!v->func || v->ival)
            cg_emit_call_value(x, v);
        else
            emit_call(x, v);
        break;
    case IR_ASSERT:
        cg_emit_assert(x, v);
        break;
    case IR_COMMAOK:
        cg_emit_commaok(x, v);
        break;
    case IR_MAKEMAP:
        cg_emit_makemap(x, v);
        break;
    case IR_MAPGET:
        cg_emit_mapget(x, v);
        break;
    case IR_MAPSET:
        cg_emit_mapset(x, v);
        break;
    case IR_MAKECHAN:
        cg_emit_makechan(x, v);
        break;
    case IR_SEND:
        cg_emit_send(x, v);
        break;
    case IR_RECV:
        cg_emit_recv(x, v);
        break;
    case IR_SELECT:
        cg_emit_select(x, v);
        break;
    case IR_MAPITERINIT: case IR_MAPITERNEXT: case IR_MAPITERKEY:
        cg_emit_mapiter(x, v);
        break;
    case IR_ELEM:
        if (ty_under(cg_concrete(v->args[0]->type))->kind != TY_MAP)
            ice("codegen: ELEM of %s", ty_rtname(v->args[0]->type));
        cg_emit_mapelem(x, v);
        break;
    case IR_CONV:
        cg_conv(x, v);
        break;
    case IR_SLICE:
        cg_slice(x, v);
        break;
    case IR_NILCHECK:
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, v->args[0]));
        INS("testb %%al, (%%rax)"); /* faults on nil: the signal handler panics */
        break;
    case IR_RUNE: case IR_RUNENEXT:
        cg_rune(x, v);
        break;
    case IR_BUILTIN:
        if (v->ival == BI_DELETE)
            cg_emit_mapdelete(x, v);
        else if (v->ival == BI_CLOSE)
            cg_emit_close(x, v);
        else if (v->ival == BI_RECOVER)
            cg_emit_recover(x, v);
        else
            cg_builtin(x, v);
        break;
    case IR_CLOSURE:
        cg_emit_closure(x, v);
        break;
    case IR_METHVALUE:
        cg_emit_methvalue(x, v);
        break;
    case IR_EXTRACT: {
        IrValue *t = v->args[0];
        if (!t->type || t->type->kind != TY_TUPLE)
            ice("codegen: EXTRACT from a non-tuple");
        copy_mem(x, "%rbp", off_of(x, t) + cg_tuple_offset(t->type, (int)v->ival), "%rbp",
                 off_of(x, v), cg_size(v->type));
        break;
    }
    case IR_DECL: {
        IrVar *var = v->var;
        if (var->vclass == VC_GLOBAL)
            break;
        Slot *s = var_slot(x, var);
        if (var->escapes) {
            call_alloc(x, var->type);
            INS("movq %%rax, %lld(%%rbp)", (long long)s->off);
        } else {
            zero_mem(x, "%rbp", s->off, cg_size(var->type));
        }
        break;
    }
    case IR_JMP:
        cg_emit_jmp(x, x->blk, v);
        break;
    case IR_BR:
        INS("cmpb $0, %lld(%%rbp)", (long long)off_of(x, v->args[0]));
        INS("jne %s", cg_edge_label(x, x->blk, 0));
        INS("jmp %s", cg_edge_label(x, x->blk, 1));
        break;
    case IR_RET:
        emit_ret(x);
        break;
    case IR_PANIC:
        if (!ty_is_iface(cg_concrete(v->args[0]->type)))
            ice("codegen: PANIC of a non-interface");
        INS("leaq %lld(%%rbp), %%rdi", (long long)off_of(x, v->args[0]));
        INS("call rt_gopanic");
        INS("ud2");
        break;
    default:
        ice("codegen: unknown op %d", (int)v->op);
    }
}

/* ---- functions ---- */

/* Adds the quads of [off, off+size) to the set of frame words to clear. */
static void mark_quads(uint8_t *z, int64_t frame, int64_t off, int64_t size) {
    for (int64_t o = off; o < off + size; o += 8) {
        int64_t q = (o + frame) / 8;
        if (q >= 0 && q < frame / 8)
            z[q] = 1;
    }
}

/* Zeroes, at entry, what must start zeroed: the variables other than
 * parameters (results and locals; DECL zeroes locals again where they are
 * declared), and the slots of values that hold pointers, so the
 * conservative stack scan never sees a stale pointer in them.  Value slots
 * without pointers are always written before they are read.  A few words
 * are cleared one by one; a large set, the whole frame at once. */
static void zero_frame(Fx *x) {
    IrFunc *f = x->f;
    int64_t nq = x->frame / 8;
    uint8_t *z = arena_alloc(perm, (size_t)nq + 1);
    memset(z, 0, (size_t)nq + 1);
    for (int i = 0; i < f->vars.len; i++) {
        IrVar *var = f->vars.data[i];
        Slot *vs = var->cg;
        if (var->vclass == VC_GLOBAL || !vs || vs->fn != f)
            continue;
        mark_quads(z, x->frame, vs->off, var->escapes ? 8 : cg_size(var->type));
    }
    for (int i = 0; i < f->results.len; i++) {
        IrVar *var = f->results.data[i];
        mark_quads(z, x->frame, var_slot(x, var)->off, var->escapes ? 8 : cg_size(var->type));
    }
    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            Slot *vs = v->cg;
            if (v->var && v->var->vclass != VC_GLOBAL && (!v->var->fn || v->var->fn == f))
                mark_quads(z, x->frame, var_slot(x, v->var)->off,
                           v->var->escapes ? 8 : cg_size(v->var->type));
            if (vs->folded || !v->type || is_terminator_or_void(v))
                continue;
            if (value_has_pointers(v->type))
                mark_quads(z, x->frame, vs->off, cg_size(v->type));
            if (vs->has_store)
                mark_quads(z, x->frame, vs->store, 8); /* re-zeroed when executed */
        }
    }
    /* a parameter's slot is written by the prologue's copy */
    for (int i = 0; i < f->params.len; i++) {
        IrVar *var = f->params.data[i];
        if (var->escapes)
            continue;
        Slot *vs = var_slot(x, var);
        for (int64_t o = vs->off; o < vs->off + cg_size(var->type); o += 8)
            if ((o + x->frame) / 8 < nq && o + 8 <= vs->off + cg_size(var->type))
                z[(o + x->frame) / 8] = 0;
    }
    int n = 0;
    for (int64_t q = 0; q < nq; q++)
        n += z[q];
    if (n > 16) {
        INS("movq %%rsp, %%rdi");
        INS("movl $%lld, %%ecx", (long long)nq);
        INS("xorl %%eax, %%eax");
        INS("rep stosq");
        return;
    }
    for (int64_t q = 0; q < nq; q++)
        if (z[q])
            INS("movq $0, %lld(%%rbp)", (long long)(q * 8 - x->frame));
}

void cg_emit_func(CG *cg, IrFunc *f, const char *sym, int index) {
    Fx fx = {.cg = cg, .f = f, .index = index};
    Fx *x = &fx;
    x->has_defer = cg_func_has_defer(f);
    if (x->has_defer)
        x->retlabel = arena_printf(perm, ".Lf%d.ret", index);
    layout(x);
    note_uses(x);
    fold_addrs(x);
    analyse_liveness(x);

    cg_raw(cg, "\n\t.text\n\t.globl %s\n\t.type %s, @function\n%s:\t# %s\n", sym, sym, sym,
           f->name ? f->name : sym);
    INS("pushq %%rbp");
    INS("movq %%rsp, %%rbp");
    cg_stack_prologue(x);
    if (x->frame > 0) {
        INS("subq $%lld, %%rsp", (long long)x->frame);
        zero_frame(x);
    }
    if (f->outer)    /* a literal: its closure, before any call clobbers %rdx */
        INS("movq %%rdx, %lld(%%rbp)", (long long)x->ctxoff);

    /* the incoming block: params, then results */
    int np = f->params.len, nr = f->results.len;
    Type **pt = arena_alloc(perm, sizeof(Type *) * (np + nr + 1));
    int64_t *offs = arena_alloc(perm, sizeof(int64_t) * (np + nr + 1));
    for (int i = 0; i < np; i++)
        pt[i] = ((IrVar *)f->params.data[i])->type;
    for (int i = 0; i < nr; i++)
        pt[np + i] = ((IrVar *)f->results.data[i])->type;
    int64_t end = cg_block_layout(pt, np, 16, offs);
    int64_t rend = cg_block_layout(pt + np, nr, 16 + (end - 16 + 7) / 8 * 8, offs + np);
    x->resoff = offs + np;
    check_frame(x, ((nr ? rend : end) - 16 + 7) / 8 * 8);

    for (int i = 0; i < np; i++) {
        IrVar *p = f->params.data[i];
        Slot *s = var_slot(x, p);
        int64_t size = cg_size(p->type);
        if (p->escapes) {
            /* moved to heap */
            call_alloc(x, p->type);
            INS("movq %%rax, %lld(%%rbp)", (long long)s->off);
            if (cg_has_pointers(p->type)) {
                wb_to_slot_addr(x, s->off, p->type, offs[i], false);
                INS("movq %lld(%%rbp), %%rax", (long long)s->off);
            }
            copy_mem(x, "%rbp", offs[i], "%rax", 0, size);
        } else {
            copy_mem(x, "%rbp", offs[i], "%rbp", s->off, size);
        }
    }
    for (int i = 0; i < nr; i++) {
        IrVar *r = f->results.data[i];
        if (r->escapes) {
            call_alloc(x, r->type);
            INS("movq %%rax, %lld(%%rbp)", (long long)var_slot(x, r)->off);
        }
    }
    /* The incoming copies of pointer parameters are ours to clobber (as in
     * Go's ABI0); clear them so that only the variables keep the values
     * alive.  Then the parameters never read. */
    for (int i = 0; i < np; i++) {
        IrVar *p = f->params.data[i];
        if (cg_has_pointers(p->type))
            zero_mem(x, "%rbp", offs[i], cg_size(p->type));
    }
    Live *L = x->live;
    for (int c = 0; L->nvars && c < L->nvars; c++)
        if (L->vars[c]->vclass == VC_PARAM && !bs_has(L->in[0], c))
            clear_var(x, L->vars[c]);

    for (int b = 0; b < f->blocks.len; b++) {
        IrBlock *blk = f->blocks.data[b];
        x->blk = blk;
        cg_raw(cg, "%s:\n", block_label(x, blk));
        uint64_t **after = L->nvars ? live_after(x, b) : NULL;
        if (L->nvars && b > 0)
            clear_dead_at_entry(x, b);
        for (int i = 0; i < blk->values.len; i++) {
            IrValue *v = blk->values.data[i];
            emit_value(x, v);
            clear_dead(x, v, i);
            if (after && !(is_terminator_or_void(v) && v->op != IR_STORE && v->op != IR_DECL))
                clear_dead_var(x, v, after[i]);
        }
    }
    if (x->has_defer) {
        /* the one return sequence: deferred calls, then the results (a
         * recovered panic resumes here too) */
        cg_raw(cg, "%s:\n", x->retlabel);
        INS("movq %%rbp, %%rdi");
        INS("call rt_rundefers");
        x->has_defer = false;
        emit_ret(x);
    }
    cg_stack_epilogue(x);
    cg_raw(cg, "\t.size %s, .-%s\n", sym, sym);
}

