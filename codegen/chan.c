/* chan.c — channels and select (runtime/chan.c, select.c; rt.h
 * "channels").
 *
 * A channel value is a pointer to the runtime's channel, whose first two
 * words are its length and capacity (len and cap read them, emit.c).
 * Elements go by address: a send passes the address of the value's slot,
 * a receive the address of its own slot, which the runtime fills.  A
 * RECV's frame storage (Slot.store, laid out by emit.c) holds the flag
 * COMMAOK reads: whether a value came, rather than the close.
 *
 * select.  The SELECT's cases (SEND and RECV values marked as cases, ir.h)
 * emit nothing where they stand: their channels and send values are
 * evaluated, and the SELECT does the communication, choosing as gc's
 * walk/select.go does:
 *   - no case: without default, rt_block (a goroutine blocked for ever,
 *     "select (no cases)"); with one, the default at once;
 *   - one case, no default: the plain send or receive, so that a blocked
 *     goroutine waits with "chan send" or "chan receive" as in Go;
 *   - one case and a default: rt_chansend or rt_chanrecv without
 *     blocking, the default when it did nothing;
 *   - otherwise rt_selectgo over an array of RtSelCase in the SELECT's
 *     frame storage, the sends first (the order of the SELECT's args),
 *     blocking unless there is a default.
 * Its value is the index of the case taken in its args, -1 for the
 * default; the received value is in the RECV's slot, and the flag of the
 * receive is copied to every receive case's flag.
 */
#include "../runtime/rt.h"
#include "cg.h"

/* The flag of a RECV (or the received flag of a SELECT's cases). */
static int64_t recv_flag(Fx *x, IrValue *v) { return vslot(x, v)->store; }

void cg_emit_makechan(Fx *x, IrValue *v) {
    INS("leaq %s(%%rip), %%rdi", cg_type_desc(x->cg, ty_under(cg_concrete(v->type))->elem));
    if (v->nargs)
        ld(x, RSI, v->args[0]);   /* any integer type, extended to 64 bits */
    else
        INS("xorl %%esi, %%esi");
    INS("call rt_makechan");
    st(x, RAX, v);
}

/* rt_chansend(c, &value, block): the result in %al. */
static void chansend(Fx *x, IrValue *send, bool block) {
    INS("movq %lld(%%rbp), %%rdi", (long long)off_of(x, send->args[0]));
    INS("leaq %lld(%%rbp), %%rsi", (long long)off_of(x, send->args[1]));
    INS("movl $%d, %%edx", block);
    INS("call rt_chansend");
}

/* rt_chanrecv(c, &slot, block, &flag): the result in %al. */
static void chanrecv(Fx *x, IrValue *recv, bool block) {
    INS("movq %lld(%%rbp), %%rdi", (long long)off_of(x, recv->args[0]));
    INS("leaq %lld(%%rbp), %%rsi", (long long)off_of(x, recv));
    INS("movl $%d, %%edx", block);
    INS("leaq %lld(%%rbp), %%rcx", (long long)recv_flag(x, recv));
    INS("call rt_chanrecv");
}

void cg_emit_send(Fx *x, IrValue *v) {
    if (!v->ival)
        chansend(x, v, true);
}

void cg_emit_recv(Fx *x, IrValue *v) {
    if (!v->ival)
        chanrecv(x, v, true);
}

void cg_emit_close(Fx *x, IrValue *v) {
    INS("movq %lld(%%rbp), %%rdi", (long long)off_of(x, v->args[0]));
    INS("call rt_closechan");
}

int64_t cg_select_storage(IrValue *v) {
    return v->nargs >= 2 ? (int64_t)sizeof(RtSelCase) * v->nargs + 8 : 0;
}

static void select_general(Fx *x, IrValue *v) {
    int64_t cases = vslot(x, v)->store, recvok = cases + (int64_t)sizeof(RtSelCase) * v->nargs;
    int nsends = 0;
    for (int k = 0; k < v->nargs; k++) {
        IrValue *c = v->args[k];
        int64_t at = cases + (int64_t)sizeof(RtSelCase) * k;
        nsends += c->op == IR_SEND;
        INS("movq %lld(%%rbp), %%rax", (long long)off_of(x, c->args[0]));
        INS("movq %%rax, %lld(%%rbp)", (long long)at);
        INS("leaq %lld(%%rbp), %%rax", (long long)off_of(x, c->op == IR_SEND ? c->args[1] : c));
        INS("movq %%rax, %lld(%%rbp)", (long long)(at + 8));
    }
    INS("leaq %lld(%%rbp), %%rdi", (long long)cases);
    INS("movq $%d, %%rsi", nsends);
    INS("movq $%d, %%rdx", v->nargs - nsends);
    INS("movl $%d, %%ecx", !v->spread);
    INS("leaq %lld(%%rbp), %%r8", (long long)recvok);
    INS("call rt_selectgo");
    st(x, RAX, v);
    INS("movzbl %lld(%%rbp), %%ecx", (long long)recvok);
    for (int k = nsends; k < v->nargs; k++)
        INS("movb %%cl, %lld(%%rbp)", (long long)recv_flag(x, v->args[k]));
    /* the array would keep the channels alive */
    zero_mem(x, "%rbp", cases, (int64_t)sizeof(RtSelCase) * v->nargs);
}

void cg_emit_select(Fx *x, IrValue *v) {
    if (v->nargs == 0) {
        if (!v->spread) {
            INS("call rt_block");
            return;
        }
        store_imm64(x, -1, "%rbp", off_of(x, v));
        return;
    }
    if (v->nargs >= 2) {
        select_general(x, v);
        return;
    }
    IrValue *c = v->args[0];
    if (c->op == IR_SEND)
        chansend(x, c, !v->spread);
    else
        chanrecv(x, c, !v->spread);
    if (!v->spread) {
        store_imm64(x, 0, "%rbp", off_of(x, v));
        return;
    }
    /* did it: case 0, else the default (-1) */
    INS("movzbl %%al, %%eax");
    INS("subq $1, %%rax");
    st(x, RAX, v);
}
