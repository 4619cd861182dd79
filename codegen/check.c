/* check.c — what the code generator cannot compile yet, said before it
 * starts: a program using it is analysed (-m works) but not built.  Each
 * refusal is a user-facing error at the construct: "minigo cannot compile
 * this conversion yet" for a construct, "minigo cannot build strings.Foo
 * yet" for a part of go1.19's standard library minigo's runtime lacks. */
#include <stdlib.h>
#include <string.h>

#include "values.h"

/* What of v cannot be compiled, said in full, or NULL. */
static const char *unsupported(IrValue *v, bool (*rt_defines)(const char *)) {
    if (v->op == IR_CONV && !cg_conv_supported(v))
        return "minigo cannot compile this conversion yet (-gcflags=-m works)";
    if (v->op == IR_ADDR && v->var->vclass == VC_GLOBAL && v->var->sym && v->var->sym->pkg &&
        strcmp(v->var->sym->pkg, "main") != 0 &&
        !(v->var->sym->pkgref && v->var->sym->pkgref->source_import) &&
        !rt_defines(arena_printf(perm, "%s.%s", v->var->sym->pkg, v->var->name)))
        return arena_printf(perm, "minigo cannot build %s.%s yet", v->var->sym->pkg, v->var->name);
    if (v->func && cg_c_abi(v->func) && v->func->linkname && !rt_defines(v->func->linkname))
        return arena_printf(perm, "minigo cannot build %s yet", v->func->linkname);
    if (v->op == IR_BUILTIN && v->ival != BI_DELETE && v->ival != BI_RECOVER && v->ival != BI_CLOSE &&
        cg_builtin_unsupported(v))
        return arena_printf(perm, "minigo cannot compile the built-in %s yet (-gcflags=-m works)",
                            v->node ? ast_expr_str(v->node->a) : "function");
    return NULL;
}

bool cg_check(IrProgram *prog, bool (*rt_defines)(const char *)) {
    bool ok = true;
    Vec work = {0};     /* the functions, then their literals */
    for (int i = 0; i <= prog->funcs.len; i++)
        vec_push(&work, i < prog->funcs.len ? prog->funcs.data[i] : prog->init);
    for (int i = 0; i < work.len; i++) {
        IrFunc *f = work.data[i];
        if (!f || cg_c_abi(f))
            continue;
        for (int j = 0; j < f->closures.len; j++)
            vec_push(&work, f->closures.data[j]);
        for (int j = 0; j < f->blocks.len; j++) {
            IrBlock *blk = f->blocks.data[j];
            for (int k = 0; k < blk->values.len; k++) {
                IrValue *v = blk->values.data[k];
                const char *what = unsupported(v, rt_defines);
                if (what) {
                    diag_error(v->node ? v->node->pos : v->pos, "%s", what);
                    ok = false;
                }
            }
        }
    }
    free(work.data);
    return ok;
}
