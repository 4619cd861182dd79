/* verify.c — structural checks on the IR, run between passes.  A failure
 * is a compiler bug: it ice()s. */
#include "ir.h"

static bool is_term(IrOp op) { return op == IR_JMP || op == IR_BR || op == IR_RET || op == IR_PANIC; }

/* A SELECT's arguments are its cases: SENDs, then RECVs, all marked as
 * cases (and, verify_func counts, no case is left out or taken twice). */
static void verify_select(IrFunc *f, IrValue *v) {
    bool recvs = false;
    for (int k = 0; k < v->nargs; k++) {
        IrValue *c = v->args[k];
        if (!c || (c->op != IR_SEND && c->op != IR_RECV) || c->ival != 1)
            ice("%s: v%d: argument %d of a SELECT is no case", f->linkname, v->id, k);
        for (int j = 0; j < k; j++)
            if (v->args[j] == c)
                ice("%s: v%d: a case twice in a SELECT", f->linkname, v->id);
        if (c->op == IR_SEND && recvs)
            ice("%s: v%d: a SELECT's send after a receive", f->linkname, v->id);
        recvs |= c->op == IR_RECV;
    }
    if (!v->type)
        ice("%s: v%d: a SELECT without its index", f->linkname, v->id);
}

static void verify_func(IrFunc *f) {
    if (f->external)
        return;
    if (f->blocks.len == 0)
        ice("%s: no blocks", f->linkname);
    int ncases = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = f->blocks.data[i];
        if (b->values.len == 0 || !is_term(((IrValue *)vec_last(&b->values))->op))
            ice("%s: b%d does not end in a terminator", f->linkname, b->id);
        for (int j = 0; j < b->values.len; j++) {
            IrValue *v = b->values.data[j];
            if (j < b->values.len - 1 && is_term(v->op))
                ice("%s: b%d: terminator v%d in mid-block", f->linkname, b->id, v->id);
            if (ir_op_nargs[v->op] >= 0 && v->nargs != ir_op_nargs[v->op])
                ice("%s: v%d (%s) has %d args", f->linkname, v->id, ir_op_names[v->op], v->nargs);
            if (v->op == IR_SELECT)
                verify_select(f, v);
            else
                for (int k = 0; k < v->nargs; k++)
                    if (!v->args[k] || !v->args[k]->type)
                        ice("%s: v%d uses a value without a result", f->linkname, v->id);
            if ((v->op == IR_SEND || v->op == IR_RECV) && v->ival)
                ncases++;
            if (v->op == IR_SELECT)
                ncases -= v->nargs;
            if ((v->op == IR_ADDR || v->op == IR_DECL) && !v->var)
                ice("%s: v%d without variable", f->linkname, v->id);
            if ((v->op == IR_JMP && !v->target[0]) || (v->op == IR_BR && (!v->target[0] || !v->target[1])))
                ice("%s: v%d without target", f->linkname, v->id);
            if (v->op == IR_CALL && !v->func && !v->implicit &&
                (v->nargs == 0 || ty_under(v->args[0]->type)->kind != TY_FUNC))
                ice("%s: v%d calls nothing", f->linkname, v->id);
            if (v->op == IR_CLOSURE && !v->func && !(v->implicit && v->ival == 2 && v->node))
                ice("%s: v%d: a function literal without its function", f->linkname, v->id);
        }
    }
    if (ncases != 0)  /* each case is one select's, and no select's argument twice */
        ice("%s: select cases and SELECT arguments do not match", f->linkname);
    for (int i = 0; i < f->closures.len; i++)
        verify_func(f->closures.data[i]);
}

void ir_verify(IrProgram *p) {
    for (int i = 0; i < p->funcs.len; i++)
        verify_func(p->funcs.data[i]);
    if (p->init)
        verify_func(p->init);
}
