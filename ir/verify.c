/* verify.c — structural checks on the IR, run between passes.  A failure
 * is a compiler bug: it ice()s. */
#include "ir.h"

static bool is_term(IrOp op) { return op == IR_JMP || op == IR_BR || op == IR_RET || op == IR_PANIC; }

static void verify_func(IrFunc *f) {
    if (f->external)
        return;
    if (f->blocks.len == 0)
        ice("%s: no blocks", f->linkname);
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
            for (int k = 0; k < v->nargs; k++)
                if (!v->args[k] || !v->args[k]->type)
                    ice("%s: v%d uses a value without a result", f->linkname, v->id);
            if ((v->op == IR_ADDR || v->op == IR_DECL) && !v->var)
                ice("%s: v%d without variable", f->linkname, v->id);
            if ((v->op == IR_JMP && !v->target[0]) || (v->op == IR_BR && (!v->target[0] || !v->target[1])))
                ice("%s: v%d without target", f->linkname, v->id);
            if (v->op == IR_CALL && !v->func && !v->implicit &&
                (v->nargs == 0 || ty_under(v->args[0]->type)->kind != TY_FUNC))
                ice("%s: v%d calls nothing", f->linkname, v->id);
            if ((v->op == IR_CLOSURE) != (v->op == IR_CLOSURE && v->func != NULL))
                ice("%s: v%d: a function literal without its function", f->linkname, v->id);
        }
    }
    for (int i = 0; i < f->closures.len; i++)
        verify_func(f->closures.data[i]);
}

void ir_verify(IrProgram *p) {
    for (int i = 0; i < p->funcs.len; i++)
        verify_func(p->funcs.data[i]);
    if (p->init)
        verify_func(p->init);
}
