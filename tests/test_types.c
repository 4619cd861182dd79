/* test_types.c — the type checker: exact constants, assignability, method
 * sets, interface satisfaction, and gc's error messages.  Expected error
 * texts are go1.19's own, recorded with `go tool compile -e` on the same
 * source (the file named ./a.go). */
#include <criterion/criterion.h>
#include <string.h>

#include "../types/types.h"

/* Parses and checks src as ./a.go; returns what the compiler printed. */
static const char *check(const char *src) {
    ty_std_dir = "std";
    diag_max_errors = 0;
    Node *f = parse_file("./a.go", src, strlen(src));
    cr_assert(f, "parse failed: %s", sb_str(&diag_output));
    Vec files = {0};
    vec_push(&files, f);
    ty_check_package("main", &files);
    diag_flush();
    return sb_str(&diag_output);
}

/* Checks src as package main (with generics when the parser allows them,
 * as in GOROOT's files); fails the test on any error. */
static Package *check_src(const char *src, bool generics) {
    ty_std_dir = "std";
    Node *f = parse_source("./a.go", src, strlen(src), generics);
    cr_assert(f, "parse failed: %s", sb_str(&diag_output));
    Vec files = {0};
    vec_push(&files, f);
    Package *p = ty_check_package("main", &files);
    diag_flush();
    cr_assert_eq(diag_errors(), 0, "check failed: %s", sb_str(&diag_output));
    return p;
}

static Package *check_ok(const char *src) { return check_src(src, false); }

static Sym *pkg_sym(Package *p, const char *name) {
    for (int i = 0; i < p->scope->syms.len; i++) {
        Sym *s = p->scope->syms.data[i];
        if (strcmp(s->name, name) == 0)
            return s;
    }
    cr_assert_fail("no symbol %s", name);
    return NULL;
}

/* ---- constants ---- */

static ConstVal *lit(NodeKind k, const char *text) {
    ConstVal *v = cv_from_literal(k, text, 0);
    cr_assert(v, "malformed %s", text);
    return v;
}

Test(constants, big_integers) {
    ConstVal *one = cv_int64(1);
    ConstVal *x = cv_shift(one, OP_SHL, 200); /* 2^200 */
    cr_assert_str_eq(cv_str(x), "1606938044258990275541962092341162602522202993782792835301376");
    ConstVal *y = cv_shift(cv_binary(OP_MUL, x, x, false), OP_SHR, 398);
    cr_assert_str_eq(cv_str(y), "4");
    ConstVal *m = cv_binary(OP_SUB, cv_shift(one, OP_SHL, 64), one, false);
    uint64_t u;
    cr_assert(cv_uint64_val(m, &u));
    cr_assert_eq(u, UINT64_MAX);
    cr_assert(!cv_int64_val(m, NULL));
    cr_assert_eq(cv_bitlen(m), 64);
    /* truncated division and remainder of negative numbers, as Go */
    ConstVal *q = cv_binary(OP_DIV, cv_int64(-7), cv_int64(2), true);
    ConstVal *r = cv_binary(OP_MOD, cv_int64(-7), cv_int64(2), true);
    cr_assert_eq(q->i, -3);
    cr_assert_eq(r->i, -1);
    /* arithmetic shift right of a negative number */
    cr_assert_eq(cv_shift(cv_int64(-5), OP_SHR, 1)->i, -3);
    /* bit operations with infinite two's complement */
    cr_assert_eq(cv_binary(OP_ANDNOT, cv_int64(-1), cv_int64(6), false)->i, -7);
    cr_assert_eq(cv_unary(OP_XOR, cv_int64(0), 8)->i, 255); /* ^uint8(0) */
    cr_assert_str_eq(cv_str(lit(N_INTLIT, "0x_1F")), "31");
    cr_assert_str_eq(cv_str(lit(N_INTLIT, "0o17")), "15");
    cr_assert_str_eq(cv_str(lit(N_INTLIT, "017")), "15");
    cr_assert_str_eq(cv_str(lit(N_INTLIT, "0b1010")), "10");
    cr_assert_str_eq(cv_str(lit(N_INTLIT, "1_000_000")), "1000000");
}

Test(constants, exact_floats) {
    /* 0.1 + 0.2 == 0.3 exactly, as Go's constants */
    ConstVal *s = cv_binary(OP_ADD, lit(N_FLOATLIT, "0.1"), lit(N_FLOATLIT, "0.2"), false);
    cr_assert(cv_compare(s, OP_EQ, lit(N_FLOATLIT, "0.3")));
    /* a third, times three, is one */
    ConstVal *third = cv_binary(OP_DIV, cv_int64(1), cv_int64(3), false);
    cr_assert_eq(third->kind, CV_FLOAT);
    ConstVal *one = cv_binary(OP_MUL, third, cv_int64(3), false);
    cr_assert(cv_is_int_valued(one));
    cr_assert_str_eq(cv_str(third), "0.333333");
    cr_assert_str_eq(cv_str(lit(N_FLOATLIT, "1e100")), "1e+100");
    cr_assert_str_eq(cv_str(lit(N_FLOATLIT, "1e-1")), "0.1");
    cr_assert_str_eq(cv_str(lit(N_FLOATLIT, "0x1p-2")), "0.25");
    /* far outside float64: go/constant's big floats */
    cr_assert_str_eq(cv_str(lit(N_FLOATLIT, "1e646456992")), "1e+646456992");
    cr_assert_str_eq(cv_str(lit(N_FLOATLIT, "1.23456789e1000000")), "1.23457e+1000000");
    /* float64 rounding: the largest float64 fits, 2x does not */
    ConstVal *maxf = cv_binary(OP_MUL, lit(N_FLOATLIT, "0x1p1023"),
                               cv_binary(OP_ADD, cv_int64(1), cv_binary(OP_SUB, cv_int64(1), lit(N_FLOATLIT, "0x1p-52"), false), false), false);
    cr_assert(cv_round_float(maxf, 64));
    cr_assert(!cv_round_float(cv_binary(OP_MUL, maxf, cv_int64(2), false), 64));
    cr_assert(!cv_round_float(lit(N_FLOATLIT, "1e39"), 32));
    bool inf;
    cr_assert_eq(cv_float64(lit(N_FLOATLIT, "0.1"), &inf), 0.1);
    cr_assert_eq(cv_float32(lit(N_FLOATLIT, "0.1"), &inf), 0.1f);
    cr_assert_eq(cv_float64(lit(N_FLOATLIT, "4.9406564584124654e-324"), &inf), 4.9406564584124654e-324);
    cr_assert(!cv_is_int_valued(lit(N_FLOATLIT, "2.5")));
    cr_assert(cv_is_int_valued(lit(N_FLOATLIT, "2.0")));
}

Test(constants, complex) {
    ConstVal *i = lit(N_IMAGLIT, "1i");
    ConstVal *m = cv_binary(OP_MUL, i, i, false); /* i*i == -1 */
    cr_assert(cv_compare(m, OP_EQ, cv_int64(-1)));
    cr_assert_str_eq(cv_str(cv_binary(OP_ADD, cv_int64(1), lit(N_IMAGLIT, "2i"), false)), "(1 + 2i)");
    ConstVal *q = cv_binary(OP_DIV, cv_int64(1), i, false); /* 1/i == -i */
    cr_assert_str_eq(cv_str(q), "(0 + -1i)");
    cr_assert_str_eq(cv_str(cv_real(cv_make_complex(cv_int64(3), cv_int64(4)))), "3");
}

Test(constants, strings) {
    ConstVal *s = cv_binary(OP_ADD, cv_string("a\tb", 3), cv_string("\"", 1), false);
    cr_assert_eq(s->slen, 4);
    cr_assert_str_eq(cv_str(s), "\"a\\tb\\\"\"");
    cr_assert(cv_compare(cv_string("abc", 3), OP_LT, cv_string("abd", 3)));
}

Test(constants, iota_and_typed) {
    Package *p = check_ok("package main\n"
                          "type Weekday int\n"
                          "const (\n"
                          "\tSunday Weekday = iota\n"
                          "\tMonday\n"
                          "\t_\n"
                          "\tWednesday\n"
                          ")\n"
                          "const (\n"
                          "\tKB = 1 << (10 * (iota + 1))\n"
                          "\tMB\n"
                          "\tGB\n"
                          "\tYB = 1 << 80\n"
                          "\tRatio = YB / GB\n"
                          ")\n"
                          "const Pi = 3.14159265358979323846264338327950288419716939937510582097494459\n"
                          "var f32 float32 = Pi\n"
                          "func main() {}\n");
    Sym *wed = pkg_sym(p, "Wednesday");
    cr_assert_eq(wed->cval->i, 3);
    cr_assert_str_eq(ty_str(wed->type), "Weekday");
    cr_assert_eq(pkg_sym(p, "GB")->cval->i, 1 << 30);
    cr_assert_str_eq(cv_str(pkg_sym(p, "YB")->cval), "1208925819614629174706176");
    cr_assert_str_eq(cv_str(pkg_sym(p, "Ratio")->cval), "1125899906842624");
    cr_assert_eq(pkg_sym(p, "Pi")->type, ty_untyped_float);
}

/* ---- types ---- */

Test(types, assignability) {
    ty_init();
    cr_assert(ty_assignable(ty_int, ty_int));
    cr_assert(!ty_assignable(ty_int, ty_int64));
    cr_assert(ty_assignable(ty_byte, ty_uint8)); /* byte is uint8 */
    cr_assert(ty_assignable(ty_rune, ty_int32));
    cr_assert(ty_assignable(ty_untyped_nil, ty_slice(ty_int)));
    cr_assert(!ty_assignable(ty_untyped_nil, ty_string));
    cr_assert(ty_assignable(ty_int, ty_any));
    cr_assert(ty_assignable(ty_untyped_int, ty_float64));
    cr_assert(!ty_assignable(ty_untyped_float, ty_string));
    /* a bidirectional channel to a directional one */
    Type *ch = ty_new(TY_CHAN), *send = ty_new(TY_CHAN);
    ch->elem = send->elem = ty_int;
    send->len = CHAN_SEND;
    cr_assert(ty_assignable(ch, send));
    cr_assert(!ty_assignable(send, ch));
    cr_assert_str_eq(ty_str(send), "chan<- int");
}

static const char *method_src =
    "package main\n"
    "type T struct{ x int }\n"
    "func (t T) Get() int { return t.x }\n"
    "func (t *T) Set(v int) { t.x = v }\n"
    "type Getter interface{ Get() int }\n"
    "type GetSetter interface {\n"
    "\tGetter\n"
    "\tSet(int)\n"
    "}\n"
    "type Outer struct {\n"
    "\t*T\n"
    "\tname string\n"
    "}\n"
    "type ByValue struct{ T }\n"
    "func main() {}\n";

Test(types, method_sets) {
    Package *p = check_ok(method_src);
    Type *T = pkg_sym(p, "T")->type;
    bool ptr_only;
    cr_assert(ty_lookup_method(T, "Get", &ptr_only));
    cr_assert(!ptr_only);
    ty_lookup_method(T, "Set", &ptr_only);
    cr_assert(ptr_only, "Set is only in the method set of *T");
    cr_assert(ty_lookup_method(ty_ptr(T), "Set", &ptr_only));
    cr_assert(!ptr_only);
    /* promoted through an embedded *T: both methods */
    Type *outer = pkg_sym(p, "Outer")->type;
    cr_assert(ty_lookup_method(outer, "Set", &ptr_only));
    cr_assert(!ptr_only);
    /* promoted through an embedded T: Set needs an addressable ByValue */
    Type *bv = pkg_sym(p, "ByValue")->type;
    ty_lookup_method(bv, "Set", &ptr_only);
    cr_assert(ptr_only);
}

Test(types, interface_satisfaction) {
    Package *p = check_ok(method_src);
    Type *T = pkg_sym(p, "T")->type;
    Type *getter = pkg_sym(p, "Getter")->type, *gs = pkg_sym(p, "GetSetter")->type;
    cr_assert(ty_implements(T, getter));
    cr_assert(!ty_implements(T, gs));
    cr_assert(ty_implements(ty_ptr(T), gs));
    cr_assert(ty_implements(pkg_sym(p, "Outer")->type, gs));
    cr_assert(!ty_implements(pkg_sym(p, "ByValue")->type, gs));
    cr_assert(ty_implements(ty_ptr(pkg_sym(p, "ByValue")->type), gs));
    cr_assert(ty_assignable(gs, getter)); /* a larger interface to a smaller one */
    cr_assert(!ty_assignable(getter, gs));
    cr_assert_str_eq(ty_str(ty_under(gs)), "interface{Set(int); Getter}");
}

Test(types, layout) {
    Package *p = check_ok("package main\n"
                          "import \"unsafe\"\n"
                          "type S struct {\n"
                          "\ta bool\n"
                          "\tb int64\n"
                          "\tc byte\n"
                          "\td struct{}\n"
                          "}\n"
                          "const size = unsafe.Sizeof(S{})\n"
                          "const off = unsafe.Offsetof(S{}.c)\n"
                          "const align = unsafe.Alignof(complex64(0))\n"
                          "func main() {}\n");
    cr_assert_eq(pkg_sym(p, "size")->cval->i, 24);
    cr_assert_eq(pkg_sym(p, "off")->cval->i, 16);
    cr_assert_eq(pkg_sym(p, "align")->cval->i, 4);
}

Test(types, init_order) {
    Package *p = check_ok("package main\n"
                          "var a = c + b\n"
                          "var b = f()\n"
                          "var c = 1\n"
                          "var d = 3\n"
                          "func f() int { return d }\n"
                          "func main() {}\n");
    /* the earliest variable ready for initialization comes next */
    const char *want[] = {"c", "d", "b", "a"};
    cr_assert_eq(p->init_order.len, 4);
    for (int i = 0; i < 4; i++) {
        Node *spec = p->init_order.data[i];
        cr_assert_str_eq(((Node *)spec->list.data[0])->name, want[i]);
    }
}

/* ---- gc's error messages ---- */

Test(errors, interfaces_and_constants) {
    const char *out = check("package main\n"
                            "\n"
                            "import \"fmt\"\n"
                            "\n"
                            "type Shape interface {\n"
                            "\tArea() float64\n"
                            "\tPerimeter() float64\n"
                            "}\n"
                            "\n"
                            "type Square struct{ side float64 }\n"
                            "\n"
                            "func (s *Square) Area() float64 { return s.side * s.side }\n"
                            "func (s Square) Perimeter() float64 { return 4 * s.side }\n"
                            "\n"
                            "type Circle struct{ r float64 }\n"
                            "\n"
                            "func (c Circle) Area() float64 { return 3 * c.r * c.r }\n"
                            "\n"
                            "func main() {\n"
                            "\tvar s Shape = Square{2}\n"
                            "\tvar t Shape = Circle{1}\n"
                            "\tvar u Shape = &Square{3}\n"
                            "\tconst big = 1 << 70\n"
                            "\tvar i int = big\n"
                            "\tvar b byte = 'a' + 200\n"
                            "\tx := 1.5\n"
                            "\tvar n int = x\n"
                            "\tfmt.Println(s, t, u, i, b, n)\n"
                            "}\n");
    cr_assert_str_eq(out,
        "./a.go:20:16: cannot use Square{…} (value of type Square) as type Shape in variable declaration:\n"
        "\tSquare does not implement Shape (Area method has pointer receiver)\n"
        "./a.go:21:16: cannot use Circle{…} (value of type Circle) as type Shape in variable declaration:\n"
        "\tCircle does not implement Shape (missing Perimeter method)\n"
        "./a.go:24:14: cannot use big (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)\n"
        "./a.go:25:15: cannot use 'a' + 200 (untyped rune constant 297) as byte value in variable declaration (overflows)\n"
        "./a.go:27:14: cannot use x (variable of type float64) as type int in variable declaration\n");
}

Test(errors, statements) {
    const char *out = check("package main\n"
                            "\n"
                            "func f() (int, error) { return 0, nil }\n"
                            "\n"
                            "func main() {\n"
                            "\tvar m map[string]int\n"
                            "\tm.x = 1\n"
                            "\ta, b := f(), 1\n"
                            "\tvar p *int = nil\n"
                            "\tp++\n"
                            "\tch := make(chan<- int)\n"
                            "\t<-ch\n"
                            "\tfor i := range 10 {\n"
                            "\t\t_ = i\n"
                            "\t}\n"
                            "\tswitch x := interface{}(1).(type) {\n"
                            "\tcase int, string:\n"
                            "\t}\n"
                            "\tgoto L\n"
                            "\tvar y int\n"
                            "L:\n"
                            "\t_ = y\n"
                            "\t_, _ = a, b\n"
                            "}\n");
    cr_assert_str_eq(out,
        "./a.go:7:4: m.x undefined (type map[string]int has no field or method x)\n"
        "./a.go:8:10: multiple-value f() (value of type (int, error)) in single-value context\n"
        "./a.go:10:2: invalid operation: p++ (non-numeric type *int)\n"
        "./a.go:12:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)\n"
        "./a.go:13:17: cannot range over 10 (untyped int constant)\n"
        "./a.go:16:9: x declared but not used\n"
        "./a.go:19:7: goto L jumps over declaration of y at ./a.go:20:6\n");
}

Test(errors, cycles) {
    const char *out = check("package main\n"
                            "\n"
                            "type A B\n"
                            "type B A\n"
                            "\n"
                            "type T struct{ t T }\n"
                            "\n"
                            "var x = f()\n"
                            "\n"
                            "func f() int { return x }\n"
                            "\n"
                            "func main() {}\n");
    cr_assert_str_eq(out,
        "./a.go:3:6: invalid recursive type A\n"
        "\t./a.go:3:6: A refers to\n"
        "\t./a.go:4:6: B refers to\n"
        "\t./a.go:3:6: A\n"
        "./a.go:6:6: invalid recursive type T\n"
        "\t./a.go:6:6: T refers to\n"
        "\t./a.go:6:6: T\n"
        "./a.go:8:5: initialization loop for x\n"
        "\t./a.go:8:5: x refers to\n"
        "\t./a.go:10:6: f refers to\n"
        "\t./a.go:8:5: x\n");
}

Test(errors, ten_then_too_many) {
    diag_max_errors = 10;
    ty_std_dir = "std";
    StrBuf src = {0};
    sb_puts(&src, "package main\n\nfunc main() {\n");
    for (int i = 1; i <= 12; i++)
        sb_printf(&src, "\tprintln(u%d)\n", i);
    sb_puts(&src, "}\n");
    Node *f = parse_file("./a.go", src.data, src.len);
    Vec files = {0};
    vec_push(&files, f);
    ty_check_package("main", &files);
    diag_flush();
    const char *out = sb_str(&diag_output);
    cr_assert(strstr(out, "./a.go:13:10: undefined: u10\n./a.go:13:10: too many errors\n"), "%s", out);
    cr_assert(!strstr(out, "u11"));
}

Test(errors, shifts_assertions_literals) {
    const char *out = check("package main\n"
                            "\n"
                            "import \"fmt\"\n"
                            "\n"
                            "type Celsius float64\n"
                            "\n"
                            "func (c Celsius) String() string { return fmt.Sprint(float64(c)) }\n"
                            "\n"
                            "func main() {\n"
                            "\tvar s uint = 3\n"
                            "\tvar f float64 = 1 << s\n"
                            "\tvar i = 1.0 << s\n"
                            "\tvar c Celsius = 36.6\n"
                            "\tvar st fmt.Stringer = c\n"
                            "\tvar p *Celsius = &c\n"
                            "\tst = p\n"
                            "\tvar e error = c\n"
                            "\tx, ok := st.(Celsius)\n"
                            "\t_ = x.Foo\n"
                            "\tm := map[string]int{\"a\": 1, \"a\": 2}\n"
                            "\tvar arr [3]int\n"
                            "\tarr[5] = 1\n"
                            "\t_ = arr[1:5]\n"
                            "\t_ = \"abc\"[1:2:3]\n"
                            "\tfmt.Println(f, i, e, ok, m)\n"
                            "}\n");
    cr_assert_str_eq(out,
        "./a.go:11:18: invalid operation: 1 << s (shift of type float64)\n"
        "./a.go:12:10: invalid operation: 1.0 << s (shift of type float64)\n"
        "./a.go:17:16: cannot use c (variable of type Celsius) as type error in variable declaration:\n"
        "\tCelsius does not implement error (missing Error method)\n"
        "./a.go:19:8: x.Foo undefined (type Celsius has no field or method Foo)\n"
        "./a.go:20:30: duplicate key \"a\" in map literal\n"
        "./a.go:22:6: invalid argument: index 5 out of bounds [0:3]\n"
        "./a.go:23:12: invalid argument: index 5 out of bounds [0:4]\n"
        "./a.go:24:16: invalid operation: 3-index slice of string\n");
}

/* Finds the first NAME node called `name` under n. */
static Node *find_name(Node *n, const char *name) {
    if (!n)
        return NULL;
    if (n->kind == N_NAME && strcmp(n->name, name) == 0 && n->sym)
        return n;
    Node *kids[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++) {
        Node *r = find_name(kids[i], name);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *r = find_name(n->list.data[i], name);
        if (r)
            return r;
    }
    for (int i = 0; i < n->list2.len; i++) {
        Node *r = find_name(n->list2.data[i], name);
        if (r)
            return r;
    }
    return NULL;
}

Test(types, closures_and_final_types) {
    Package *p = check_ok("package main\n"
                          "func main() {\n"
                          "\tx, y := 1, 2\n"
                          "\tf := func() int { return x }\n"
                          "\tvar s uint = 2\n"
                          "\tvar u int64 = 1 << s\n"
                          "\t_, _, _ = f, y, u\n"
                          "}\n");
    Node *body = ((Sym *)pkg_sym(p, "main"))->decl->c;
    Node *x = find_name(body, "x"), *y = find_name(body, "y");
    cr_assert(x->sym->captured, "x is used by the function literal");
    cr_assert(!y->sym->captured);
    /* the untyped 1 in `1 << s` takes the type of the variable */
    Node *u = find_name(body, "u");
    Node *decl = u->sym->decl;
    Node *shift = decl->list2.data[0];
    cr_assert_eq(shift->kind, N_BINARY);
    cr_assert_str_eq(ty_str(shift->type), "int64");
    cr_assert_str_eq(ty_str(shift->a->type), "int64");
    cr_assert_str_eq(ty_str(shift->b->type), "uint");
}

/* ---- instances of go1.19's own generic types ----
 * Read with type parameters allowed, as GOROOT's files are.  The shape
 * names are gc's, as go1.19 prints them in `-m` (recorded:
 * atomic.(*Pointer[go.shape.struct { p.x int }_0]).Store for a package p,
 * (*nistCurve[go.shape.*uint8_0]).Params). */

static Package *check_generic(const char *src) { return check_src(src, true); }

Test(generics, instances_and_shapes) {
    Package *p = check_generic(
        "package main\n"
        "type P[T any] struct { _ [0]*T; v *T }\n"
        "func (x *P[T]) Load() *T { return x.v }\n"
        "func (x *P[T]) Store(v *T) { x.v = v }\n"
        "type F struct { x int }\n"
        "var a P[int]\n"
        "var b P[int]\n"
        "var c P[F]\n"
        "var d P[*F]\n"
        "var e P[*int]\n"
        "func main() { a.Store(c.Load().x0()); }\n"
        "func (f *F) x0() *int { return &f.x }\n");
    Type *ta = pkg_sym(p, "a")->type, *tb = pkg_sym(p, "b")->type, *tc = pkg_sym(p, "c")->type;
    cr_assert_eq(ta, tb, "P[int] made twice");
    cr_assert(!ty_identical(ta, tc));
    cr_assert_eq(ta->methods.len, 2);
    Sym *load = ta->methods.data[0];
    cr_assert_str_eq(ty_str(load->type), "func() *int");
    Type *u = ty_under(tc);
    cr_assert_str_eq(ty_gcstr(((Field *)u->fields.data[1])->type), "*F");
    /* the shape instances' methods follow the package's own functions:
     * P[int], P[F], and one for both pointers */
    const char *want[] = {"P[go.shape.int_0]", "P[go.shape.struct { main.x int }_0]", "P[go.shape.*uint8_0]"};
    int n = 0;
    for (int i = 0; i < p->funcs.len; i++) {
        Sym *f = p->funcs.data[i];
        if (!f->dupok)
            continue;
        cr_assert_lt(n / 2, 3);
        cr_assert_str_eq(f->recv_of->name, want[n / 2]);
        cr_assert_str_eq(f->name, n % 2 ? "Store" : "Load");
        n++;
    }
    cr_assert_eq(n, 6);
    cr_assert_str_eq(ty_shaped_method(p, load)->recv_of->name, "P[go.shape.int_0]");
}

/* A constraint whose methods mention the type parameter (crypto/elliptic's
 * nistPoint[T]): calls through it check; an instance embeds. */
Test(generics, constraint_methods_and_embedding) {
    Package *p = check_generic(
        "package main\n"
        "type pt[T any] interface { Add(T, T) T; Bytes() []byte }\n"
        "type curve[P pt[P]] struct { newPoint func() P }\n"
        "func (c *curve[P]) Sum() []byte { p := c.newPoint(); return p.Add(p, p).Bytes() }\n"
        "type X struct{}\n"
        "func (x *X) Add(a, b *X) *X { return a }\n"
        "func (x *X) Bytes() []byte { return nil }\n"
        "type outer struct { curve[*X] }\n"
        "var o = &outer{curve[*X]{newPoint: func() *X { return &X{} }}}\n"
        "func main() { _ = o.Sum() }\n");
    Type *ot = ty_under(pkg_sym(p, "outer")->type);
    Field *emb = ot->fields.data[0];
    cr_assert(emb->embedded);
    cr_assert_str_eq(emb->name, "curve");
    bool ptr_only = false;
    cr_assert(ty_lookup_method(ty_ptr(pkg_sym(p, "outer")->type), "Sum", &ptr_only));
}

Test(generics, refused_in_a_program) {
    const char *src = "package main\n"
                      "type P[T any] struct { v *T }\n"
                      "func main() {}\n";
    Node *f = parse_file("./a.go", src, strlen(src));
    diag_flush();
    cr_assert_null(f);
    const char *out = sb_str(&diag_output);
    cr_assert(strstr(out, "./a.go:2:7: syntax error: minigo does not support type parameters (generics)"), "%s", out);
}
