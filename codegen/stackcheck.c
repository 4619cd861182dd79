/* stackcheck.c — the two places where compiled code lets the runtime in
 * without being asked (rt.h "goroutines", stack checks):
 *
 * Stack checks.  Goroutine stacks are of fixed size, so every function
 * checks in its prologue, after `push %rbp; mov %rsp, %rbp`, that its
 * frame fits: it compares the lowest address the frame reaches (%rsp minus
 * the frame size; %rsp itself for a frame of at most RT_STACK_SMALL bytes,
 * which the runtime leaves room for below the guard) with rt_stackguard.
 * Below it, rt_morestack runs (it preserves every register, the closure
 * context %rdx included) and the check is made again: the runtime either
 * reports the overflow, or had poisoned the guard to ask for preemption
 * and has let other goroutines run.  The call sits out of line, after the
 * function's blocks, so the fast path is a compare and a branch not taken.
 *
 * Preemption points.  A goroutine looping without calls would never reach
 * a prologue, so every loop's back edge tests rt_preempt_requested and
 * calls rt_preempt_check when it is set (a plain C call: no register holds
 * anything there, every value lives in the frame).  The back edges are the
 * retreating edges of a depth-first walk from the entry block: every cycle
 * of the control-flow graph has one, goto loops included, and a forward
 * jump never pays.  A JMP back tests inline; a BR whose target is a back
 * edge jumps to an out-of-line stub that tests and goes on.
 */
#include <stdlib.h>
#include <string.h>

#include "../runtime/rt.h"
#include "cg.h"

/* Per block of the function (by index in f->blocks): bit k set when the
 * terminator's target[k] is a back edge. */
static uint8_t *find_back_edges(IrFunc *f) {
    int n = f->blocks.len;
    uint8_t *back = arena_alloc(perm, (size_t)n + 1);
    memset(back, 0, (size_t)n + 1);
    for (int i = 0; i < n; i++)
        if (((IrBlock *)f->blocks.data[i])->id != i)
            ice("codegen: block b%d at index %d of %s", ((IrBlock *)f->blocks.data[i])->id, i, f->name);
    /* state: 0 unvisited, 1 on the walk's stack, 2 done */
    uint8_t *state = arena_alloc(perm, (size_t)n + 1);
    int *stack = arena_alloc(perm, sizeof(int) * ((size_t)n + 1));
    int *next = arena_alloc(perm, sizeof(int) * ((size_t)n + 1)); /* successor to try next */
    memset(state, 0, (size_t)n + 1);
    int sp = 0;
    if (n == 0)
        return back;
    stack[sp++] = 0;
    state[0] = 1;
    next[0] = 0;
    while (sp > 0) {
        int b = stack[sp - 1];
        IrBlock *blk = f->blocks.data[b];
        IrValue *term = blk->values.len ? vec_last(&blk->values) : NULL;
        int nsucc = !term ? 0 : term->op == IR_JMP ? 1 : term->op == IR_BR ? 2 : 0;
        if (next[b] >= nsucc) {
            state[b] = 2;
            sp--;
            continue;
        }
        int k = next[b]++;
        int s = term->target[k]->id;
        if (state[s] == 1)
            back[b] |= (uint8_t)(1 << k);
        else if (state[s] == 0) {
            state[s] = 1;
            next[s] = 0;
            stack[sp++] = s;
        }
    }
    return back;
}

void cg_stack_prologue(Fx *x) {
    x->back = find_back_edges(x->f);
    x->stackcheck = arena_printf(perm, ".Lf%d.stk", x->index);
    cg_raw(x->cg, "%s:\n", x->stackcheck);
    if (x->frame <= RT_STACK_SMALL) {
        INS("cmpq rt_stackguard(%%rip), %%rsp");
    } else {
        INS("leaq -%lld(%%rsp), %%rax", (long long)x->frame);
        INS("cmpq rt_stackguard(%%rip), %%rax");
    }
    INS("jb %s.more", x->stackcheck);
}

/* An out-of-line stub for the back edge to block `to`: with `test`, it
 * polls rt_preempt_requested first (a BR's edge); without, its caller
 * has (a JMP's).  Returns its label. */
static const char *add_stub(Fx *x, IrBlock *to, bool test) {
    const char *l = new_label(x);
    vec_push(&x->stubs, (void *)l);
    vec_push(&x->stubs, (void *)(test ? "test" : NULL));
    vec_push(&x->stubs, (void *)block_label(x, to));
    return l;
}

const char *cg_edge_label(Fx *x, IrBlock *blk, int k) {
    IrBlock *to = ((IrValue *)vec_last(&blk->values))->target[k];
    if (!(x->back[blk->id] & (1 << k)))
        return block_label(x, to);
    return add_stub(x, to, true);
}

void cg_emit_jmp(Fx *x, IrBlock *blk, IrValue *v) {
    if (x->back[blk->id] & 1) {
        INS("cmpb $0, rt_preempt_requested(%%rip)");
        INS("jne %s", add_stub(x, v->target[0], false));
    }
    INS("jmp %s", block_label(x, v->target[0]));
}

void cg_stack_epilogue(Fx *x) {
    for (int i = 0; i < x->stubs.len; i += 3) {
        const char *to = x->stubs.data[i + 2];
        cg_raw(x->cg, "%s:\n", (const char *)x->stubs.data[i]);
        if (x->stubs.data[i + 1]) {
            INS("cmpb $0, rt_preempt_requested(%%rip)");
            INS("je %s", to);
        }
        INS("call rt_preempt_check");
        INS("jmp %s", to);
    }
    cg_raw(x->cg, "%s.more:\n", x->stackcheck);
    INS("call rt_morestack");
    INS("jmp %s", x->stackcheck);
    free(x->stubs.data);
    x->stubs = (Vec){0};
}
