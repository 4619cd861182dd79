/* test_escape.c — the escape pass on small functions.  Expected lines are
 * go1.19's own, recorded with `go build -gcflags='-m -l'` on the same
 * source (see each test). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "../escape/escape.h"

/* Runs the front end, the IR builder and escape analysis on src with -m. */
static IrProgram *analyze(const char *src) {
    ty_std_dir = "std";
    Node *f = parse_file("./a.go", src, strlen(src));
    cr_assert(f, "parse failed: %s", sb_str(&diag_output));
    Vec files = {0};
    vec_push(&files, f);
    Package *pkg = ty_check_package("main", &files);
    diag_flush();
    cr_assert_eq(diag_errors(), 0, "check failed: %s", sb_str(&diag_output));
    IrProgram *p = ir_build(pkg, false, true);
    ir_verify(p);
    esc_analyze(p, (EscOptions){.m = 1});
    ir_verify(p);
    return p;
}

static IrFunc *func(IrProgram *p, const char *name) {
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (strcmp(f->name, name) == 0)
            return f;
    }
    cr_assert_fail("no function %s", name);
    abort();
}

static IrVar *var(IrFunc *f, const char *name) {
    for (int i = 0; i < f->vars.len; i++) {
        IrVar *v = f->vars.data[i];
        if (strcmp(v->name, name) == 0)
            return v;
    }
    cr_assert_fail("no variable %s", name);
    abort();
}

/* The escapes flag of the n-th allocation site of op in f (codegen's input). */
static bool site_escapes(IrFunc *f, IrOp op, int n) {
    for (int i = 0; i < f->blocks.len; i++) {
        IrBlock *b = f->blocks.data[i];
        for (int j = 0; j < b->values.len; j++) {
            IrValue *v = b->values.data[j];
            if (v->op == op && n-- == 0)
                return v->escapes;
        }
    }
    cr_assert_fail("no such site");
    abort();
}

static const char *src_all =
    "package main\n"
    "\n"
    "type T struct {\n"
    "\tp *int\n"
    "\tn int\n"
    "}\n"
    "\n"
    "var g *int\n"
    "\n"
    "func id(p *int) *int { return p }\n"
    "\n"
    "func store(p *int) { g = p }\n"
    "\n"
    "func content(t *T) { g = t.p }\n"
    "\n"
    "func local() int {\n"
    "\tx := 1\n"
    "\tp := &x\n"
    "\treturn *p\n"
    "}\n"
    "\n"
    "func ret() *int {\n"
    "\tx := 2\n"
    "\treturn &x\n"
    "}\n"
    "\n"
    "func loop() {\n"
    "\tvar keep *int\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\ty := i\n"
    "\t\tkeep = &y\n"
    "\t}\n"
    "\t_ = keep\n"
    "}\n"
    "\n"
    "func newt() *T { return &T{n: 1} }\n"
    "\n"
    "func newlocal() int {\n"
    "\tt := new(T)\n"
    "\tt.n = 3\n"
    "\treturn t.n\n"
    "}\n"
    "\n"
    "func mk(n int) int {\n"
    "\ta := make([]int, 10)\n"
    "\tb := make([]int, n)\n"
    "\treturn len(a) + len(b)\n"
    "}\n"
    "\n"
    "func two(a, b *int) (*int, *int) { return b, a }\n"
    "\n"
    "func main() {\n"
    "\tz := 5\n"
    "\tid(&z)\n"
    "\tw := 6\n"
    "\tstore(&w)\n"
    "\tcontent(&T{})\n"
    "\tlocal()\n"
    "\tret()\n"
    "\tloop()\n"
    "\tnewt()\n"
    "\tnewlocal()\n"
    "\tmk(3)\n"
    "\tu, v := 1, 2\n"
    "\ttwo(&u, &v)\n"
    "}\n";

/* go1.19.8: go build -gcflags='-m -l' a.go */
static const char *want_all =
    "./a.go:10:9: leaking param: p to result ~r0 level=0\n"
    "./a.go:12:12: leaking param: p\n"
    "./a.go:14:14: leaking param content: t\n"
    "./a.go:23:2: moved to heap: x\n"
    "./a.go:30:3: moved to heap: y\n"
    "./a.go:36:25: &T{...} escapes to heap\n"
    "./a.go:39:10: new(T) does not escape\n"
    "./a.go:45:11: make([]int, 10) does not escape\n"
    "./a.go:46:11: make([]int, n) escapes to heap\n"
    "./a.go:50:10: leaking param: a to result ~r1 level=0\n"
    "./a.go:50:13: leaking param: b to result ~r0 level=0\n"
    "./a.go:55:2: moved to heap: w\n"
    "./a.go:57:10: &T{} does not escape\n";

Test(escape, gc_messages_and_order) {
    analyze(src_all);
    cr_assert_str_eq(sb_str(&diag_output), want_all);
}

Test(escape, verdicts_reach_the_ir) {
    IrProgram *p = analyze(src_all);
    cr_assert(var(func(p, "ret"), "x")->escapes);
    cr_assert_not(var(func(p, "local"), "x")->escapes);
    cr_assert(var(func(p, "loop"), "y")->escapes);
    cr_assert_not(var(func(p, "main"), "z")->escapes, "id's p only leaks to its result");
    cr_assert(var(func(p, "main"), "w")->escapes, "store's p leaks to the heap");
    cr_assert_not(site_escapes(func(p, "newlocal"), IR_NEW, 0));
    cr_assert(site_escapes(func(p, "newt"), IR_NEW, 0));
    cr_assert_not(site_escapes(func(p, "mk"), IR_MAKESLICE, 0));
    cr_assert(site_escapes(func(p, "mk"), IR_MAKESLICE, 1));
}

Test(escape, parameter_summaries) {
    IrProgram *p = analyze(src_all);
    IrVar *idp = func(p, "id")->params.data[0];
    cr_assert_eq(idp->leak_heap, -1);
    cr_assert_eq(idp->leak_result[0], 0);
    IrVar *sp = func(p, "store")->params.data[0];
    cr_assert_eq(sp->leak_heap, 0);
    IrVar *ct = func(p, "content")->params.data[0];
    cr_assert_eq(ct->leak_heap, 1);
    IrFunc *two = func(p, "two");
    cr_assert_eq(((IrVar *)two->params.data[0])->leak_result[1], 0);
    cr_assert_eq(((IrVar *)two->params.data[1])->leak_result[0], 0);
}

/* Values boxed for fmt.Println escape; the ... array does not.  go1.19:
 *   ./a.go:7:13: ... argument does not escape
 *   ./a.go:7:15: x + 1 escapes to heap
 *   ./a.go:7:15: s escapes to heap      (a variable takes the last position) */
Test(escape, println_arguments) {
    analyze("package main\n"
            "\n"
            "import \"fmt\"\n"
            "\n"
            "func main() {\n"
            "\tx, s := 1, \"a\"\n"
            "\tfmt.Println(x+1, s)\n"
            "}\n");
    cr_assert_str_eq(sb_str(&diag_output), "./a.go:7:13: ... argument does not escape\n"
                                           "./a.go:7:15: x + 1 escapes to heap\n"
                                           "./a.go:7:15: s escapes to heap\n");
}

/* Mutually recursive functions are analysed together (one batch), and a
 * callee's summary is used by its callers: go1.19 prints
 *   ./a.go:3:8: p does not escape
 *   ./a.go:4:8: p does not escape */
Test(escape, recursion_batch) {
    analyze("package main\n"
            "\n"
            "func f(p *int, n int) int { if n == 0 { return *p }; return g(p, n-1) }\n"
            "func g(p *int, n int) int { return f(p, n) }\n"
            "func main() { x := 1; f(&x, 3) }\n");
    cr_assert_str_eq(sb_str(&diag_output), "./a.go:3:8: p does not escape\n"
                                           "./a.go:4:8: p does not escape\n");
}
