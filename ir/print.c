/* print.c — the IR's one deterministic text form (for -d=ssa-like dumps
 * and golden tests). */
#include "ir.h"

const char *ir_op_names[] = {
#define X(op, n, doc) #op,
    IR_OPS(X)
#undef X
};

const int ir_op_nargs[] = {
#define X(op, n, doc) n,
    IR_OPS(X)
#undef X
};

static void print_value(StrBuf *b, IrValue *v) {
    sb_puts(b, "  ");
    if (v->type)
        sb_printf(b, "v%d = ", v->id);
    sb_puts(b, ir_op_names[v->op]);
    if (v->type) {
        sb_puts(b, " <");
        ty_print(b, v->type);
        sb_putc(b, '>');
    }
    for (int i = 0; i < v->nargs; i++)
        sb_printf(b, " v%d", v->args[i]->id);
    switch (v->op) {
    case IR_CONST: case IR_FIELD: case IR_EXTRACT:
        sb_printf(b, " [%lld]", (long long)v->ival);
        break;
    case IR_STR:
        sb_printf(b, " [len %lld]", (long long)v->slen);
        break;
    case IR_ADDR: case IR_DECL:
        sb_printf(b, " %s", v->var->name);
        break;
    case IR_CALL: case IR_CLOSURE: case IR_METHVALUE:
        if (v->func)
            sb_printf(b, " %s", v->func->linkname);
        if (v->op == IR_CALL && v->ival)
            sb_puts(b, v->ival == 1 ? " defer" : " go");
        break;
    case IR_SEND: case IR_RECV:
        if (v->ival)
            sb_puts(b, " case");
        break;
    case IR_SELECT:
        if (v->spread)
            sb_puts(b, " default");
        break;
    case IR_JMP:
        sb_printf(b, " b%d", v->target[0]->id);
        break;
    case IR_BR:
        sb_printf(b, " b%d b%d", v->target[0]->id, v->target[1]->id);
        break;
    default:
        break;
    }
    if ((v->op == IR_NEW || v->op == IR_MAKESLICE || v->op == IR_CONVIFACE || v->op == IR_CONCAT ||
         ((v->op == IR_CLOSURE || v->op == IR_METHVALUE) && !v->implicit)))
        sb_puts(b, v->escapes ? " heap" : " stack");
    if (v->op == IR_DECL && v->var->escapes)
        sb_puts(b, " heap");
    sb_putc(b, '\n');
}

void ir_print_func(StrBuf *b, IrFunc *f) {
    sb_printf(b, "func %s\n", f->linkname);
    for (int i = 0; i < f->vars.len; i++) {
        IrVar *v = f->vars.data[i];
        sb_printf(b, "  var %s ", v->name);
        ty_print(b, v->type);
        sb_printf(b, " depth=%d%s\n", v->loopdepth, v->escapes ? " heap" : "");
    }
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *blk = f->blocks.data[i];
        sb_printf(b, "b%d:\n", blk->id);
        for (int j = 0; j < blk->values.len; j++)
            print_value(b, blk->values.data[j]);
    }
    for (int i = 0; i < f->closures.len; i++)
        ir_print_func(b, f->closures.data[i]);
}

void ir_print(StrBuf *b, IrProgram *p) {
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (!f->external)
            ir_print_func(b, f);
    }
    if (p->init)
        ir_print_func(b, p->init);
}
