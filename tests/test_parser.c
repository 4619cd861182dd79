/* test_parser.c — the parser (parser/parse.y, ast.c, print.c): node kinds
 * and positions as gc counts them, the composite-literal/header ambiguity,
 * the expression printer against gc's -m output, and syntax errors in gc's
 * words.  Every expected message and printed expression below was recorded
 * from go1.19.8 (go build, go build -gcflags='-m -l'). */
#include <criterion/criterion.h>
#include <string.h>

#include "parser/ast.h"

static Node *parse(const char *src) { return parse_file("./p.go", src, strlen(src)); }

static const char *errors(void) {
    diag_flush();
    return sb_str(&diag_output);
}

/* The first node of kind k at line:col, in a pre-order walk. */
static Node *find(Node *n, NodeKind k, int line, int col) {
    if (!n)
        return NULL;
    if (n->kind == k && n->pos.line == line && n->pos.col == col)
        return n;
    Node *kids[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++) {
        Node *r = find(kids[i], k, line, col);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *r = find(n->list.data[i], k, line, col);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list2.len; i++) {
        Node *r = find(n->list2.data[i], k, line, col);
        if (r)
            return r;
    }
    return NULL;
}

/* The outermost expression at line:col (what gc names in -m output). */
static Node *expr_at(Node *n, int line, int col) {
    if (!n)
        return NULL;
    if (n->pos.line == line && n->pos.col == col && n->kind >= N_NAME && n->kind < N_BLOCK)
        return n;
    Node *kids[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++) {
        Node *r = expr_at(kids[i], line, col);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *r = expr_at(n->list.data[i], line, col);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list2.len; i++) {
        Node *r = expr_at(n->list2.data[i], line, col);
        if (r)
            return r;
    }
    return NULL;
}

static Node *func_body(Node *file, int i) {
    Node *f = file->list.data[i];
    cr_assert_eq(f->kind, N_FUNCDECL);
    return f->c;
}

#define EXPECT_AT(root, k, line, col) \
    cr_expect_not_null(find(root, k, line, col), "no %s at %d:%d", ast_kind_names[k], line, col)

/* ---- kinds and positions ---- */

Test(parser, address_of_composite) {
    Node *f = parse("package main\n\nfunc main() {\n\tx := &T{a: 1}\n}\n");
    cr_assert_not_null(f);
    Node *s = func_body(f, 0)->list.data[0];
    cr_assert_eq(s->kind, N_DEFINE);
    cr_expect_eq(s->pos.line, 4);
    cr_expect_eq(s->pos.col, 4);               /* at := */
    Node *u = s->list2.data[0];
    cr_assert_eq(u->kind, N_UNARY);
    cr_expect_eq(u->op, OP_ADDR);
    cr_expect_eq(u->pos.col, 7);               /* at & */
    Node *c = u->a;
    cr_assert_eq(c->kind, N_COMPOSITE);
    cr_expect_eq(c->pos.col, 9);               /* at { */
    cr_expect_eq(c->a->kind, N_NAME);
    cr_expect_str_eq(c->a->name, "T");
    Node *kv = c->list.data[0];
    cr_expect_eq(kv->kind, N_KEYVAL);
    cr_expect_eq(kv->pos.col, 11);             /* at : */
    cr_expect_str_eq(ast_expr_str(u), "&T{...}");
}

Test(parser, expression_positions) {
    Node *f = parse("package main\n"
                    "\n"
                    "func main() {\n"
                    "\ta.b(c[1], d[2:3], e.(int), -f, g+h*i)\n"
                    "\tx += 1\n"
                    "\ty++\n"
                    "\tz = <-ch\n"
                    "\tch <- z\n"
                    "\tp, q := 1, 2\n"
                    "}\n");
    cr_assert_not_null(f, "%s", errors());
    EXPECT_AT(f, N_EXPRSTMT, 4, 2);    /* a statement at its first token */
    EXPECT_AT(f, N_CALL, 4, 5);        /* a call at its ( */
    EXPECT_AT(f, N_SELECTOR, 4, 3);    /* a selector at its . */
    EXPECT_AT(f, N_INDEX, 4, 7);       /* an index at its [ */
    EXPECT_AT(f, N_SLICE, 4, 13);
    EXPECT_AT(f, N_TYPEASSERT, 4, 21); /* a type assertion at its . */
    EXPECT_AT(f, N_UNARY, 4, 29);      /* a unary expression at its operator */
    EXPECT_AT(f, N_BINARY, 4, 34);     /* a binary expression at its operator */
    EXPECT_AT(f, N_BINARY, 4, 36);
    EXPECT_AT(f, N_INTLIT, 4, 8);      /* a literal at its first byte */
    EXPECT_AT(f, N_NAME, 4, 2);
    Node *asg = find(f, N_ASSIGN, 5, 4);  /* an assignment at its operator */
    cr_assert_not_null(asg);
    cr_expect_eq(asg->op, OP_ADD);
    Node *inc = find(f, N_INCDEC, 6, 3);
    cr_assert_not_null(inc);
    cr_expect_eq(inc->op, OP_ADD);
    Node *plain = find(f, N_ASSIGN, 7, 4);
    cr_assert_not_null(plain);
    cr_expect_eq(plain->op, OP_NONE);
    Node *recv = find(f, N_UNARY, 7, 6);
    cr_assert_not_null(recv);
    cr_expect_eq(recv->op, OP_RECV);
    EXPECT_AT(f, N_SENDSTMT, 8, 2);
    Node *def = find(f, N_DEFINE, 9, 7);
    cr_assert_not_null(def);
    cr_expect_eq(def->list.len, 2);
    cr_expect_eq(def->list2.len, 2);
}

Test(parser, declarations) {
    Node *f = parse("package p\n"
                    "\n"
                    "import (\n"
                    "\t\"fmt\"\n"
                    "\tstr \"strings\"\n"
                    "\t. \"os\"\n"
                    ")\n"
                    "import _ \"unsafe\"\n"
                    "\n"
                    "const (\n"
                    "\tA = iota\n"
                    "\tB\n"
                    "\tC, D int = 5, 6\n"
                    ")\n"
                    "const E = 1\n"
                    "var x, y int = 1, 2\n"
                    "var (\n"
                    "\tz = 3\n"
                    "\tw []int\n"
                    ")\n"
                    "type (\n"
                    "\tT struct{}\n"
                    "\tU = T\n"
                    ")\n"
                    "\n"
                    "//go:noinline\n"
                    "func (t *T) M(a, b int, c ...string) (r int, err error) { return }\n"
                    "func F(int, string) bool\n");
    cr_assert_not_null(f, "%s", errors());
    cr_expect_str_eq(f->name, "p");
    cr_assert_eq(f->list2.len, 4);
    Node *imp = f->list2.data[1];
    cr_expect_str_eq(imp->name, "str");
    cr_expect_str_eq(imp->str, "strings");
    cr_expect_str_eq(((Node *)f->list2.data[2])->name, ".");
    cr_expect_null(((Node *)f->list2.data[0])->name);
    cr_assert_eq(f->list.len, 11);
    Node *a = f->list.data[0], *b = f->list.data[1], *c = f->list.data[2], *e = f->list.data[3];
    cr_expect_eq(a->kind, N_CONSTDECL);
    cr_expect_eq(a->ival, 0);
    cr_expect_eq(b->ival, 1);                 /* iota: the index in the group */
    cr_expect_eq(b->list2.len, 0);            /* empty: repeat the previous spec */
    cr_expect_eq(c->ival, 2);
    cr_expect_eq(c->list.len, 2);
    cr_expect_eq(c->a->kind, N_NAME);
    cr_expect_eq(e->ival, 0);
    cr_expect_eq(e->pos.line, 15);
    cr_expect_eq(e->pos.col, 7);              /* a spec at its first name */
    Node *v = f->list.data[4];
    cr_expect_eq(v->kind, N_VARDECL);
    cr_expect_eq(v->list.len, 2);
    cr_expect_eq(v->list2.len, 2);
    Node *w = f->list.data[6];
    cr_expect_eq(w->a->kind, N_SLICETYPE);
    Node *t = f->list.data[7], *u = f->list.data[8];
    cr_expect_eq(t->kind, N_TYPEDECL);
    cr_expect_eq(t->flag, 0);
    cr_expect_eq(u->flag, 1);                 /* alias */
    Node *m = f->list.data[9];
    cr_assert_eq(m->kind, N_FUNCDECL);
    cr_expect_str_eq(m->name, "M");
    cr_expect_eq(m->pos.col, 13);             /* at its name */
    cr_assert_eq(m->pragmas.len, 1);
    cr_expect_str_eq((const char *)m->pragmas.data[0], "go:noinline");
    cr_expect_str_eq(m->a->name, "t");        /* the receiver */
    cr_expect_eq(m->a->a->kind, N_PTRTYPE);
    Node *ft = m->b;
    cr_assert_eq(ft->kind, N_FUNCTYPE);
    cr_assert_eq(ft->list.len, 3);
    cr_expect_str_eq(((Node *)ft->list.data[0])->name, "a");
    cr_expect_eq(((Node *)ft->list.data[0])->a, ((Node *)ft->list.data[1])->a);  /* a, b int */
    Node *dots = ft->list.data[2];
    cr_expect_eq(dots->flag, 1);
    cr_expect_eq(dots->a->kind, N_ELLIPSIS);
    cr_assert_eq(ft->list2.len, 2);
    cr_expect_str_eq(((Node *)ft->list2.data[1])->name, "err");
    Node *fn = f->list.data[10];
    cr_expect_null(fn->c);                    /* no body */
    cr_expect_null(((Node *)fn->b->list.data[0])->name);  /* (int, string): types */
    cr_expect_eq(((Node *)fn->b->list.data[0])->a->kind, N_NAME);
}

Test(parser, types) {
    Node *f = parse("package p\n"
                    "\n"
                    "var (\n"
                    "\ta [3]int\n"
                    "\tb [...]int\n"
                    "\tc map[string][]*T\n"
                    "\td chan int\n"
                    "\te chan<- int\n"
                    "\tf <-chan int\n"
                    "\tg chan<- chan int\n"
                    "\th chan (<-chan int)\n"
                    "\ti func(int) (string, error)\n"
                    "\tj struct {\n"
                    "\t\tx, y int `json:\"x\"`\n"
                    "\t\t*Emb\n"
                    "\t\tpkg.Other\n"
                    "\t}\n"
                    "\tk interface {\n"
                    "\t\tM(int) bool\n"
                    "\t\tfmt.Stringer\n"
                    "\t}\n"
                    ")\n");
    cr_assert_not_null(f, "%s", errors());
    Node **d = (Node **)f->list.data;
    cr_expect_eq(d[0]->a->kind, N_ARRAYTYPE);
    cr_expect_eq(d[0]->a->b->kind, N_INTLIT);
    cr_expect_null(d[1]->a->b);               /* [...]T */
    cr_expect_eq(d[2]->a->kind, N_MAPTYPE);
    cr_expect_eq(d[2]->a->b->a->kind, N_PTRTYPE);
    cr_expect_eq(d[3]->a->ival, 0);
    cr_expect_eq(d[4]->a->ival, 1);           /* send-only */
    cr_expect_eq(d[5]->a->ival, 2);           /* receive-only */
    cr_expect_eq(d[6]->a->ival, 1);           /* chan<- (chan int) */
    cr_expect_eq(d[6]->a->a->ival, 0);
    cr_expect_eq(d[7]->a->ival, 0);
    cr_expect_eq(d[7]->a->a->ival, 2);
    Node *st = d[9]->a;
    cr_assert_eq(st->kind, N_STRUCTTYPE);
    cr_assert_eq(st->list.len, 4);
    Node *x = st->list.data[0], *emb = st->list.data[2], *other = st->list.data[3];
    cr_expect_str_eq(x->name, "x");
    cr_expect_str_eq(x->str, "json:\"x\"");   /* the tag, decoded */
    cr_expect_null(emb->name);
    cr_expect_eq(emb->flag, 1);               /* embedded */
    cr_expect_eq(emb->a->kind, N_PTRTYPE);
    cr_expect_eq(other->a->kind, N_SELECTOR);
    Node *it = d[10]->a;
    cr_assert_eq(it->kind, N_IFACETYPE);
    cr_expect_str_eq(((Node *)it->list.data[0])->name, "M");
    cr_expect_eq(((Node *)it->list.data[0])->a->kind, N_FUNCTYPE);
    cr_expect_null(((Node *)it->list.data[1])->name);
    cr_expect_str_eq(ast_expr_str(st), "struct { x int \"json:\\\"x\\\"\"; y int \"json:\\\"x\\\"\"; *Emb; pkg.Other }");
    cr_expect_str_eq(ast_expr_str(d[7]->a), "chan (<-chan int)");
    cr_expect_str_eq(ast_expr_str(d[8]->a), "func(int) (string, error)");
}

Test(parser, statements) {
    Node *f = parse("package main\n"
                    "\n"
                    "func main() {\n"
                    "L:\n"
                    "\tfor i := 0; i < 10; i++ {\n"
                    "\t\tif x := i; x > 5 {\n"
                    "\t\t\tbreak L\n"
                    "\t\t} else if x > 2 {\n"
                    "\t\t\tcontinue\n"
                    "\t\t} else {\n"
                    "\t\t\tgoto L\n"
                    "\t\t}\n"
                    "\t}\n"
                    "\tfor k, v := range m {\n"
                    "\t}\n"
                    "\tfor k = range m {\n"
                    "\t}\n"
                    "\tfor range m {\n"
                    "\t}\n"
                    "\tfor {\n"
                    "\t}\n"
                    "\tswitch x := f(); x {\n"
                    "\tcase 1, 2:\n"
                    "\t\tfallthrough\n"
                    "\tdefault:\n"
                    "\t}\n"
                    "\tswitch v := y.(type) {\n"
                    "\tcase int, []string, nil:\n"
                    "\t}\n"
                    "\tselect {\n"
                    "\tcase v := <-ch:\n"
                    "\tcase ch <- 1:\n"
                    "\tdefault:\n"
                    "\t}\n"
                    "\tgo f()\n"
                    "\tdefer func() {}()\n"
                    "\tvar z int\n"
                    "\treturn\n"
                    "}\n");
    cr_assert_not_null(f, "%s", errors());
    Node *lab = find(f, N_LABELED, 4, 1);
    cr_assert_not_null(lab);
    cr_expect_str_eq(lab->name, "L");
    cr_expect_eq(lab->a->kind, N_FOR);
    Node *fo = lab->a;
    cr_expect_eq(fo->a->kind, N_DEFINE);
    cr_expect_eq(fo->b->kind, N_BINARY);
    cr_expect_eq(fo->c->kind, N_INCDEC);
    cr_expect_eq(fo->d->kind, N_BLOCK);
    Node *iff = find(f, N_IF, 6, 3);
    cr_assert_not_null(iff);
    cr_expect_eq(iff->a->kind, N_DEFINE);
    cr_expect_eq(iff->d->kind, N_IF);
    cr_expect_eq(iff->d->d->kind, N_BLOCK);
    Node *brk = find(f, N_BRANCH, 7, 4);
    cr_assert_not_null(brk);
    cr_expect_eq(brk->op, OP_BREAK);
    cr_expect_str_eq(brk->name, "L");
    cr_expect_eq(find(f, N_BRANCH, 11, 4)->op, OP_GOTO);
    Node *r1 = find(f, N_RANGE, 14, 14);      /* at range, pos2 at for */
    cr_assert_not_null(r1);
    cr_expect_eq(r1->pos2.col, 2);
    cr_expect_eq(r1->flag, 1);
    cr_expect_str_eq(r1->a->name, "k");
    cr_expect_str_eq(r1->b->name, "v");
    Node *r2 = find(f, N_RANGE, 16, 10);
    cr_assert_not_null(r2);
    cr_expect_eq(r2->flag, 0);
    cr_expect_null(r2->b);
    Node *r3 = find(f, N_RANGE, 18, 6);
    cr_assert_not_null(r3);
    cr_expect_null(r3->a);
    Node *inf = find(f, N_FOR, 20, 2);
    cr_assert_not_null(inf);
    cr_expect_null(inf->b);
    Node *sw = find(f, N_SWITCH, 22, 2);
    cr_assert_not_null(sw);
    cr_expect_eq(sw->a->kind, N_DEFINE);
    cr_expect_eq(sw->b->kind, N_NAME);
    cr_assert_eq(sw->list.len, 2);
    cr_expect_eq(((Node *)sw->list.data[0])->list.len, 2);
    cr_expect_eq(((Node *)sw->list.data[1])->flag, 1);
    cr_expect_eq(((Node *)((Node *)sw->list.data[0])->list2.data[0])->op, OP_FALLTHROUGH);
    Node *ts = find(f, N_TYPESWITCH, 27, 2);
    cr_assert_not_null(ts);
    cr_expect_str_eq(ts->name, "v");
    cr_expect_eq(ts->c->pos.col, 9);          /* the bound name */
    cr_expect_str_eq(ts->b->name, "y");
    Node *tcase = ts->list.data[0];
    cr_expect_eq(tcase->list.len, 3);
    cr_expect_eq(((Node *)tcase->list.data[1])->kind, N_SLICETYPE);
    Node *sel = find(f, N_SELECT, 30, 2);
    cr_assert_not_null(sel);
    cr_assert_eq(sel->list.len, 3);
    cr_expect_eq(((Node *)sel->list.data[0])->a->kind, N_DEFINE);
    cr_expect_eq(((Node *)sel->list.data[1])->a->kind, N_SENDSTMT);
    cr_expect_null(((Node *)sel->list.data[2])->a);
    cr_expect_eq(find(f, N_GOSTMT, 35, 2)->a->kind, N_CALL);
    cr_expect_eq(find(f, N_DEFERSTMT, 36, 2)->a->a->kind, N_FUNCLIT);
    cr_expect_eq(find(f, N_DECLSTMT, 37, 2)->list.len, 1);
    EXPECT_AT(f, N_RETURN, 38, 2);
}

/* T{...} with a bare type name cannot appear at the top level of an
 * if/for/switch header, as in gc; parenthesised, or with a type literal, it
 * can. */
Test(parser, composite_literal_in_headers) {
    Node *f = parse("package main\n"
                    "\n"
                    "func main() {\n"
                    "\tif x == T {\n"
                    "\t}\n"
                    "\tfor _, v := range []T{{1}, {2}} {\n"
                    "\t}\n"
                    "\tif v := (T{a: 1}); v.a > 0 {\n"
                    "\t}\n"
                    "\tswitch (T{}) {\n"
                    "\t}\n"
                    "\tif f(T{}) {\n"
                    "\t}\n"
                    "}\n");
    cr_assert_not_null(f, "%s", errors());
    Node *i1 = find(f, N_IF, 4, 2);
    cr_assert_not_null(i1);
    cr_expect_eq(i1->b->kind, N_BINARY);
    cr_expect_eq(i1->b->b->kind, N_NAME);     /* T, then the block */
    cr_expect_eq(i1->c->kind, N_BLOCK);
    Node *r = find(f, N_RANGE, 6, 14);
    cr_assert_not_null(r);
    cr_expect_eq(r->c->kind, N_COMPOSITE);
    cr_expect_eq(r->c->list.len, 2);
    cr_expect_null(((Node *)r->c->list.data[0])->a);  /* elided type */
    cr_expect_eq(find(f, N_IF, 8, 2)->a->list2.len, 1);
    cr_expect_eq(find(f, N_SWITCH, 10, 2)->b->kind, N_PAREN);
    EXPECT_AT(f, N_COMPOSITE, 12, 8);
}

Test(parser, composite_literal_in_header_errors) {
    cr_expect_null(parse("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tif x := T{}; x.a == 0 {\n\t}\n}\n"));
    cr_expect_str_eq(errors(), "./p.go:6:7: syntax error: cannot use x := T as value\n");
}

Test(parser, composite_literal_after_header) {
    cr_expect_null(parse("package main\n\ntype T struct{ a int }\n\nfunc main() {\n\tvar x T\n\tif x == T{} {\n\t}\n}\n"));
    cr_expect_str_eq(errors(), "./p.go:7:14: syntax error: unexpected { at end of statement\n");
}

/* ---- the printer, against go1.19's -m -l output ---- */

static const char *print_src =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type T struct{ a int }\n"
    "\n"
    "func h(x int) int { return x }\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"
    "\ty := &x\n"
    "\tn := 3\n"
    "\ts := []int{1, 2, 3}\n"
    "\tb := true\n"
    "\tp := &T{a: 1}\n"
    "\tvar i interface{} = x\n"
    "\tm := map[string]int{\"k\": 1}\n"
    "\tfmt.Println(&T{a: 2}, T{}, []int{4}, make([]int, n), new(int), x+1, *y, h(3), \"hi\")\n"
    "\tfmt.Println(-x, !b, p.a, s[1], s[1:2], s[:], s[1:2:3], x*(x+1), (x+1)*x, x-1-x, x-(x-1), - -x)\n"
    "\tfmt.Println(i.(int), m[\"k\"], []byte(\"abc\"), interface{}(x), func() {}, *&x, &s[0], len(s), cap(s), x<<2, b && !b)\n"
    "\tfmt.Println(map[string]int{}, struct{ a, b int }{1, 2}, [2]int{}, [...]int{1, 2, 3}, 'a', 0x10, 1.5, `raw`, \"a\\tb\\x41\")\n"
    "\tg := func(v ...int) {}\n"
    "\tg(s...)\n"
    "\tfmt.Println(append(s, 1), append(s, s...), float64(x), string(rune(x)))\n"
    "}\n";

static const struct {
    int line, col;
    const char *text;
} printed[] = {
    {13, 12, "[]int{...}"}, {15, 7, "&T{...}"}, {17, 21, "map[string]int{...}"},
    {18, 14, "&T{...}"}, {18, 25, "T{}"}, {18, 34, "[]int{...}"}, {18, 43, "make([]int, n)"},
    {18, 58, "new(int)"}, {18, 66, "x + 1"}, {18, 70, "*y"}, {18, 75, "h(3)"}, {18, 80, "\"hi\""},
    {19, 14, "-x"}, {19, 18, "!b"}, {19, 23, "p.a"}, {19, 28, "s[1]"}, {19, 34, "s[1:2]"},
    {19, 42, "s[:]"}, {19, 48, "s[1:2:3]"}, {19, 58, "x * (x + 1)"}, {19, 71, "(x + 1) * x"},
    {19, 78, "x - 1 - x"}, {19, 83, "x - (x - 1)"}, {19, 91, "- (-x)"},
    {20, 15, "i.(int)"}, {20, 24, "m[\"k\"]"}, {20, 37, "([]byte)(\"abc\")"},
    {20, 57, "(interface {})(x)"}, {20, 62, "func literal"}, {20, 73, "*(&x)"}, {20, 88, "len(s)"},
    {20, 96, "cap(s)"}, {20, 102, "x << 2"}, {20, 109, "b && !b"},
    {21, 28, "map[string]int{}"}, {21, 50, "struct { a int; b int }{...}"}, {21, 64, "[2]int{}"},
    {21, 76, "[3]int{...}"}, {21, 87, "'a'"}, {21, 92, "0x10"}, {21, 98, "1.5"}, {21, 103, "`raw`"},
    {21, 110, "\"a\\tb\\x41\""}, {22, 7, "func literal"},
    {24, 20, "append(s, 1)"}, {24, 34, "append(s, s...)"}, {24, 52, "float64(x)"},
    {24, 63, "string(rune(x))"},
};

Test(printer, as_gc_prints) {
    Node *f = parse(print_src);
    cr_assert_not_null(f, "%s", errors());
    for (size_t i = 0; i < sizeof printed / sizeof *printed; i++) {
        Node *n = expr_at(f, printed[i].line, printed[i].col);
        cr_assert_not_null(n, "nothing at %d:%d", printed[i].line, printed[i].col);
        cr_expect_str_eq(ast_expr_str(n), printed[i].text, "at %d:%d", printed[i].line, printed[i].col);
    }
}

/* A constant (cval set by the checker) prints as its source, as gc does. */
Test(printer, constants_print_their_source) {
    Node *f = parse("package p\n\nvar v = (1 + 2) * x + -(3)\n");
    cr_assert_not_null(f);
    Node *sum = ((Node *)f->list.data[0])->list2.data[0];
    Node *mul = sum->a, *paren = mul->a;
    static int cv;
    cr_expect_str_eq(ast_expr_str(sum), "(1 + 2) * x + -3");  /* parentheses by precedence */
    paren->a->cval = (struct ConstVal *)&cv;     /* 1 + 2: its text, parenthesised as needed */
    cr_expect_str_eq(ast_expr_str(sum), "(1 + 2) * x + -3");
    sum->b->cval = (struct ConstVal *)&cv;       /* -(3): its text */
    cr_expect_str_eq(ast_expr_str(sum), "(1 + 2) * x + -(3)");
}

Test(printer, calls_and_arguments) {
    Node *f = parse("package p\n\nvar v = fmt.Sprintf(\"%d %d\", a, b)\nvar w = f(s...)\n");
    cr_assert_not_null(f);
    Node *call = ((Node *)f->list.data[0])->list2.data[0];
    cr_expect_str_eq(ast_expr_str(call), "fmt.Sprintf(\"%d %d\", a, b)");
    call->ival = 2;   /* the checker packed a, b into the ... slice */
    cr_expect_str_eq(ast_expr_str(call), "fmt.Sprintf(\"%d %d\", ... argument...)");
    cr_expect_str_eq(ast_expr_str(((Node *)f->list.data[1])->list2.data[0]), "f(s...)");
}

Test(printer, source_form) {
    Node *f = parse("package p\n\nvar v = (a+b)*c[1:2]\n");
    cr_assert_not_null(f);
    cr_expect_str_eq(ast_source_str(((Node *)f->list.data[0])->list2.data[0]), "(a + b) * c[1:2]");
}

/* ---- syntax errors, in gc's words ---- */

static const struct {
    const char *src, *want;
    int full;   /* 0: gc goes on to report echoes of the first error; only the first is checked */
} bad[] = {
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := 1 +\n"
        "}\n",
     "./p.go:5:1: syntax error: unexpected }, expecting expression\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tf(a b)\n"
        "}\n",
     "./p.go:4:6: syntax error: unexpected b in argument list; possibly missing comma or )\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tf(a,\n"
        "\t\tb\n"
        "\t)\n"
        "}\n",
     "./p.go:5:4: syntax error: unexpected newline in argument list; possibly missing comma or )\n", 1},
    {"package main\n"
        "\n"
        "x := 1\n",
     "./p.go:3:1: syntax error: non-declaration statement outside function body\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif true {\n"
        "\t}\n"
        "\telse {\n"
        "\t}\n"
        "}\n",
     "./p.go:6:2: syntax error: unexpected else, expecting }\n", 1},
    {"package main\n"
        "\n"
        "func main()\n"
        "{\n"
        "}\n",
     "./p.go:4:1: syntax error: unexpected semicolon or newline before {\n", 1},
    {"package main\n"
        "\n"
        "var x int = \n",
     "./p.go:4:1: syntax error: unexpected EOF, expecting expression\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := }\n",
     "./p.go:4:7: syntax error: unexpected }, expecting expression\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif x == 1\n"
        "\t{\n"
        "\t}\n"
        "}\n",
     "./p.go:4:11: syntax error: unexpected newline, expecting { after if clause\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tfor i := 0; i < 10; i++\n"
        "\t{\n"
        "\t}\n"
        "}\n",
     "./p.go:4:25: syntax error: unexpected newline, expecting { after for clause\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := []int{1, 2\n"
        "\t}\n"
        "}\n",
     "./p.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }\n", 1},
    {"package main\n"
        "\n"
        "func main(a int b int) {\n"
        "}\n",
     "./p.go:3:17: syntax error: unexpected b in parameter list; possibly missing comma or )\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tvar x = ]\n"
        "\tvar y = )\n"
        "}\n",
     "./p.go:4:10: syntax error: unexpected ], expecting expression\n"
        "./p.go:5:10: syntax error: unexpected ), expecting expression\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx = 1 +* 2\n"
        "\ty := 3 3\n"
        "}\n",
     "./p.go:5:9: syntax error: unexpected literal 3 at end of statement\n", 1},
    {"package main\n"
        "import \"fmt\"\n"
        "func main() {\n"
        "\tfmt.Println(\"a\"\n"
        "}\n",
     "./p.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tfor x\n"
        "\t{\n"
        "\t}\n"
        "}\n",
     "./p.go:5:2: syntax error: unexpected {, expecting for loop condition\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif x; {\n"
        "\t}\n"
        "}\n",
     "./p.go:4:6: syntax error: missing condition in if statement\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif x := 1 {\n"
        "\t}\n"
        "}\n",
     "./p.go:4:7: syntax error: cannot use x := 1 as value\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif x = 1 {\n"
        "\t}\n"
        "}\n",
     "./p.go:4:7: syntax error: cannot use assignment (x) = (1) as value\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx.\n"
        "}\n",
     "./p.go:5:1: syntax error: unexpected }, expecting name or (\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tvar x []int = []int{1,2,3}\n"
        "\ty := x[1 2]\n"
        "}\n",
     "./p.go:5:11: syntax error: unexpected literal 2, expecting comma, : or ]\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := 1 @ 2\n"
        "}\n",
     "./p.go:4:9: invalid character U+0040 '@'\n"
        "./p.go:4:11: syntax error: unexpected literal 2 at end of statement\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := struct {\n"
        "\t\ta int b int\n"
        "\t}{}\n"
        "}\n",
     "./p.go:5:9: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }\n", 1},
    {"package main\n"
        "\n"
        "func f(a int, b) {}\n",
     "./p.go:3:15: syntax error: mixed named and unnamed parameters\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tgoto\n"
        "}\n",
     "./p.go:5:1: syntax error: unexpected }, expecting name\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tfor i := 0; i < 10; j := 1 {\n"
        "\t}\n"
        "}\n",
     "./p.go:4:24: syntax error: cannot declare in post statement of for loop\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tvar x int = 1, 2 3\n"
        "}\n",
     "./p.go:4:19: syntax error: unexpected literal 3 at end of statement\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := map[string]int{\"a\": 1 \"b\": 2}\n"
        "}\n",
     "./p.go:4:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }\n", 1},
    {"package main\n"
        "\n"
        "func f() int {\n"
        "\tx := f() {\n"
        "\t}\n"
        "\treturn 1\n"
        "}\n",
     "./p.go:4:11: syntax error: unexpected { at end of statement\n", 0},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx++ ++\n"
        "}\n",
     "./p.go:4:6: syntax error: unexpected ++ at end of statement\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\ta[]\n"
        "}\n",
     "./p.go:4:4: syntax error: unexpected ], expecting operand\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tx := 1\n"
        "\tif x++ {\n"
        "\t}\n"
        "\tfor c <- 1 {\n"
        "\t}\n"
        "}\n",
     "./p.go:5:6: syntax error: cannot use x++ as value\n"
        "./p.go:7:8: syntax error: cannot use c <- 1 as value\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tswitch x := 3; x {\n"
        "\tcase 1:\n"
        "\t}\n"
        "\tswitch {\n"
        "\tcase 1\n"
        "\t}\n"
        "}\n",
     "./p.go:8:8: syntax error: unexpected newline, expecting :\n", 1},
    {"package main\n"
        "\n"
        "var x = []int{1, 2, 3}[1:\n",
     "./p.go:4:1: syntax error: unexpected EOF, expecting expression\n", 1},
    {"package main\n"
        "\n"
        "func main() {\n"
        "\tif true {\n"
        "\t} else x := 1\n"
        "}\n",
     "./p.go:5:9: syntax error: else must be followed by if or statement block\n", 1},
    {"package main\n"
        "\n"
        "func f() {}\n"
        "x\n",
     "./p.go:4:1: syntax error: non-declaration statement outside function body\n", 1},
    {"package main\n"
        "\n"
        "func f() {} x\n",
     "./p.go:3:13: syntax error: unexpected x after top level declaration\n", 1},
};

Test(errors, as_gc_reports) {
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        diag_output.len = 0;
        if (diag_output.data)
            diag_output.data[0] = 0;
        cr_expect_null(parse(bad[i].src), "case %zu parsed", i);
        const char *got = errors();
        if (bad[i].full)
            cr_expect_str_eq(got, bad[i].want, "case %zu", i);
        else
            cr_expect(strncmp(got, bad[i].want, strlen(bad[i].want)) == 0, "case %zu: %s", i, got);
    }
}

Test(errors, type_parameters) {
    cr_expect_null(parse("package main\n\nfunc f[T any]() {}\n\ntype L[T any] struct{}\n"));
    cr_expect_str_eq(errors(),
                     "./p.go:3:7: syntax error: minigo does not support type parameters (generics)\n"
                     "./p.go:5:7: syntax error: minigo does not support type parameters (generics)\n");
}

Test(errors, type_arguments) {
    cr_expect_null(parse("package main\n\nvar x = List[int]{}\nvar y = f[int, string](1)\n"));
    cr_expect_str_eq(errors(),
                     "./p.go:3:13: syntax error: minigo does not support type parameters (generics)\n"
                     "./p.go:4:14: syntax error: minigo does not support type parameters (generics)\n");
}

Test(errors, deep_nesting) {
    size_t n = 200000; /* past LEX_MAX_NEST (gc builds 10,000 levels; minigo 100,000) */
    char *src = malloc(n + 64);
    strcpy(src, "package main\n\nvar x = ");
    memset(src + strlen(src), '(', n);
    src[strlen("package main\n\nvar x = ") + n] = 0;
    cr_expect_null(parse(src));
    cr_expect(strstr(errors(), "syntax error: nesting too deep") != NULL);
    free(src);
}

Test(errors, one_per_line_and_later_declarations) {
    cr_expect_null(parse("package main\n\nfunc f() {\n\tx := ] ]\n}\n\nfunc g() {\n\ty := )\n}\n"));
    cr_expect_str_eq(errors(),
                     "./p.go:4:7: syntax error: unexpected ], expecting expression\n"
                     "./p.go:8:7: syntax error: unexpected ), expecting expression\n");
}

Test(errors, non_syntax_errors_keep_the_tree) {
    Node *f = parse("package main\n\nfunc (a, b T) f() {}\nfunc main() {\n\tdefer (g())\n\t_ = s[1:2:]\n}\n");
    cr_expect_not_null(f);
    cr_expect_str_eq(errors(),
                     "./p.go:3:15: method has multiple receivers\n"
                     "./p.go:5:8: expression in defer must not be parenthesized\n"
                     "./p.go:6:12: final index required in 3-index slice\n");
}

Test(errors, missing_file) {
    cr_expect_null(parse_file_path("/nonexistent/x.go", "./x.go"));
    cr_expect_str_eq(sb_str(&diag_output), "open /nonexistent/x.go: no such file or directory\n");
}
