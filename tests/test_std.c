/* test_std.c — unit tests for the standard library written in C (fmt's
 * printer, strconv, strings, errors, sort, math, utf8), calling the Go
 * entry points with argument blocks built by hand (rt.h section 4).
 *
 * Expected results come from go1.19.8: the tables in std_cases.inc are
 * printed by tools/gen-std-cases.go; the other expectations were printed
 * by the Go programs quoted beside each test.
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/lib.h"

void rt_std_init(void);
int rt_parse_float(RtString s, int bits, double *out);

/* ---- descriptors ---- */

#define BASIC(var, kind, size, name) \
    static const RtType var = {size, 0, kind, 0, name, NULL, NULL, 0, NULL}
BASIC(t_int, RT_INT, 8, "int");
BASIC(t_int8, RT_INT8, 1, "int8");
BASIC(t_int32, RT_INT32, 4, "int32");
BASIC(t_int64, RT_INT64, 8, "int64");
BASIC(t_uint, RT_UINT, 8, "uint");
BASIC(t_uint8, RT_UINT8, 1, "uint8");
BASIC(t_uint16, RT_UINT16, 2, "uint16");
BASIC(t_uint64, RT_UINT64, 8, "uint64");
BASIC(t_uintptr, RT_UINTPTR, 8, "uintptr");
BASIC(t_float32, RT_FLOAT32, 4, "float32");
BASIC(t_float64, RT_FLOAT64, 8, "float64");
BASIC(t_complex128, RT_COMPLEX128, 16, "complex128");
BASIC(t_bool, RT_BOOL, 1, "bool");
BASIC(t_Str, RT_INT, 8, "main.Str");
static const RtType t_string = {16, 8, RT_STRING, 0, "string", NULL, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_any = {16, 16, RT_INTERFACE, 0, "interface {}", NULL, NULL, 0, (const uint8_t *)"\3"};
static const RtType t_error = {16, 16, RT_INTERFACE, 0, "error", NULL, NULL, 0, (const uint8_t *)"\3"};

#define SLICE(var, elem, name) \
    static const RtType var = {24, 8, RT_SLICE, 0, name, &elem, NULL, 0, (const uint8_t *)"\1"}
SLICE(t_slice_int, t_int, "[]int");
SLICE(t_slice_uint8, t_uint8, "[]uint8");
SLICE(t_slice_any, t_any, "[]interface {}");
SLICE(t_slice_slice_int, t_slice_int, "[][]int");
SLICE(t_slice_Str, t_Str, "[]main.Str");
SLICE(t_slice_float64, t_float64, "[]float64");
SLICE(t_slice_string, t_string, "[]string");
static const RtType t_array2_string = {32, 24, RT_ARRAY, 0, "[2]string", &t_string, NULL, 2, (const uint8_t *)"\5"};
static const RtType t_array1_float32 = {4, 0, RT_ARRAY, 0, "[1]float32", &t_float32, NULL, 1, NULL};
static const RtType t_map_string_int = {8, 8, RT_MAP, 0, "map[string]int", &t_int, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_map_int_string = {8, 8, RT_MAP, 0, "map[int]string", &t_string, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_map_bool_int = {8, 8, RT_MAP, 0, "map[bool]int", &t_int, NULL, 0, (const uint8_t *)"\1"};

typedef struct { int64_t x, y; RtString name; } P;
static const RtField P_fields[] = {{"X", &t_int, 0}, {"Y", &t_int, 8}, {"name", &t_string, 16}};
static const RtType t_P = {32, 24, RT_STRUCT, 3, "main.P", NULL, P_fields, 0, (const uint8_t *)"\4"};
static const RtType t_ptr_P = {8, 8, RT_PTR, 0, "*main.P", &t_P, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_ptr_int = {8, 8, RT_PTR, 0, "*int", &t_int, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_ptr_slice_int = {8, 8, RT_PTR, 0, "*[]int", &t_slice_int, NULL, 0, (const uint8_t *)"\1"};
static const RtType t_ptr_map = {8, 8, RT_PTR, 0, "*map[string]int", &t_map_string_int, NULL, 0, (const uint8_t *)"\1"};

typedef struct { int64_t S, s; } T;
static const RtField T_fields[] = {{"S", &t_Str, 0}, {"s", &t_Str, 8}};
static const RtType t_T = {16, 0, RT_STRUCT, 2, "main.T", NULL, T_fields, 0, NULL};

typedef struct { RtIface a; RtSlice b; float f; P *next; void *m; RtIface e; } Q;
static const RtField Q_fields[] = {{"A", &t_any, 0},       {"B", &t_slice_int, 16},
                                   {"F", &t_float32, 40},  {"Next", &t_ptr_P, 48},
                                   {"M", &t_map_string_int, 56}, {"E", &t_error, 64}};
static const RtType t_Q = {80, 80, RT_STRUCT, 6, "main.Q", NULL, Q_fields, 0, (const uint8_t *)"\373\3"};
static const RtType t_empty_struct = {0, 0, RT_STRUCT, 0, "struct {}", NULL, NULL, 0, NULL};
static const RtField ptrint_fields[] = {{"A", &t_ptr_int, 0}};
static const RtType t_struct_ptrint = {8, 8, RT_STRUCT, 1, "struct { A *int }", NULL, ptrint_fields, 0, (const uint8_t *)"\1"};
static const RtField structany_fields[] = {{"A", &t_any, 0}};
static const RtType t_struct_any = {16, 16, RT_STRUCT, 1, "struct { A interface {} }", NULL, structany_fields, 0, (const uint8_t *)"\3"};

/* ---- argument constructors (std_cases.inc) ---- */

#define I(v) {&t_int, &(int64_t){v}}
#define I8(v) {&t_int8, &(int8_t){v}}
#define I32(v) {&t_int32, &(int32_t){v}}
#define I64(v) {&t_int64, &(int64_t){v}}
#define U(v) {&t_uint, &(uint64_t){v}}
#define U8(v) {&t_uint8, &(uint8_t){v}}
#define U16(v) {&t_uint16, &(uint16_t){v}}
#define U64(v) {&t_uint64, &(uint64_t){v}}
#define UP(v) {&t_uintptr, &(uint64_t){v}}
#define F(v) {&t_float64, &(double){v}}
#define F32(v) {&t_float32, &(float){v}}
#define C128(re, im) {&t_complex128, (double[]){re, im}}
#define S(v) {&t_string, &(RtString){(const uint8_t *)v, sizeof v - 1}}
#define B(v) {&t_bool, &(uint8_t){v}}
#define NIL {NULL, NULL}

static RtString gs(const char *s) { return (RtString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static char *cstr(RtBuf *b)
{
    rt_buf_putc(b, 0);
    return b->p;
}

static char *sprintf_go(const char *format, const RtIface *args, int64_t n)
{
    static RtBuf b;
    b.len = 0;
    RtSlice a = {(void *)args, n, n};
    rt_fmt_doprintf(&b, gs(format), &a, NULL);
    return cstr(&b);
}

/* a printable copy of n bytes (expected strings may hold NULs) */
static const char *show(const char *p, size_t n)
{
    static char out[4][2048];
    static int k;
    char *o = out[k++ % 4];
    size_t j = 0;
    for (size_t i = 0; i < n && j < sizeof out[0] - 5; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c >= 0x20 && c < 0x7f)
            o[j++] = (char)c;
        else
            j += (size_t)snprintf(o + j, 5, "\\%03o", c);
    }
    o[j] = 0;
    return o;
}

/* ---- the generated tables ---- */

typedef struct {
    const char *format, *want;
    size_t wantlen;
    int64_t n;
    const RtIface *args;
} FmtCase;

#define ARGS(...) ((const RtIface[]){NIL, ##__VA_ARGS__})
#define NARGS(...) ((int64_t)(sizeof ARGS(__VA_ARGS__) / sizeof(RtIface)) - 1)
#define FMT(f, w, ...) {f, w, sizeof w - 1, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__) + 1},
#define SPRINT(w, ...)
#define SPRINTLN(w, ...)
#define FTOA(v, c, prec, bits, w)
#define PARSEFLOAT(s, bits, v, e)
#define PARSEINT(s, base, bits, v, e)
#define ATOI(s, v, e)
#define PARSEUINT(s, v, e)
#define QUOTE(s, w)
#define QUOTERUNE(r, w)
#define FORMATINT(v, base, w)
#define DURATION(d, w)
#define MATH2(fn, x, y, w)
static const FmtCase fmt_cases[] = {
#include "std_cases.inc"
};
#undef FMT
#undef SPRINT
#undef SPRINTLN
#define FMT(f, w, ...)

typedef struct {
    bool ln;
    const char *want;
    size_t wantlen;
    int64_t n;
    const RtIface *args;
} PrintCase;
#define SPRINT(w, ...) {false, w, sizeof w - 1, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__) + 1},
#define SPRINTLN(w, ...) {true, w, sizeof w - 1, NARGS(__VA_ARGS__), ARGS(__VA_ARGS__) + 1},
static const PrintCase print_cases[] = {
#include "std_cases.inc"
};
#undef SPRINT
#undef SPRINTLN
#define SPRINT(w, ...)
#define SPRINTLN(w, ...)

typedef struct { double v; char c; int prec, bits; const char *want; } FtoaCase;
#undef FTOA
#define FTOA(v, c, prec, bits, w) {v, c, prec, bits, w},
static const FtoaCase ftoa_cases[] = {
#include "std_cases.inc"
};
#undef FTOA
#define FTOA(v, c, prec, bits, w)

typedef struct { const char *s; size_t len; int bits; double v; const char *err; } ParseFloatCase;
#undef PARSEFLOAT
#define PARSEFLOAT(s, bits, v, e) {s, sizeof s - 1, bits, v, e},
static const ParseFloatCase parsefloat_cases[] = {
#include "std_cases.inc"
};
#undef PARSEFLOAT
#define PARSEFLOAT(s, bits, v, e)

typedef struct { const char *s; size_t len; int base, bits; int64_t v; const char *err; } ParseIntCase;
#undef PARSEINT
#define PARSEINT(s, base, bits, v, e) {s, sizeof s - 1, base, bits, v, e},
static const ParseIntCase parseint_cases[] = {
#include "std_cases.inc"
};
#undef PARSEINT
#define PARSEINT(s, base, bits, v, e)
#undef ATOI
#define ATOI(s, v, e) {s, sizeof s - 1, -1, 0, v, e},
static const ParseIntCase atoi_cases[] = {
#include "std_cases.inc"
};
#undef ATOI
#define ATOI(s, v, e)
#undef PARSEUINT
#define PARSEUINT(s, v, e) {s, sizeof s - 1, -2, 0, (int64_t)(v), e},
static const ParseIntCase parseuint_cases[] = {
#include "std_cases.inc"
};
#undef PARSEUINT
#define PARSEUINT(s, v, e)

typedef struct { const char *s; size_t len; const char *want; size_t wantlen; int64_t r; } QuoteCase;
#undef QUOTE
#define QUOTE(s, w) {s, sizeof s - 1, w, sizeof w - 1, 0},
static const QuoteCase quote_cases[] = {
#include "std_cases.inc"
};
#undef QUOTE
#define QUOTE(s, w)
#undef QUOTERUNE
#define QUOTERUNE(r, w) {NULL, 0, w, sizeof w - 1, r},
static const QuoteCase quoterune_cases[] = {
#include "std_cases.inc"
};
#undef QUOTERUNE
#define QUOTERUNE(r, w)

typedef struct { int64_t v; int base; const char *want; } FormatIntCase;
#undef FORMATINT
#define FORMATINT(v, base, w) {v, base, w},
static const FormatIntCase formatint_cases[] = {
#include "std_cases.inc"
};
#undef FORMATINT
#define FORMATINT(v, base, w)
#undef DURATION
#define DURATION(d, w) {d, 0, w},
static const FormatIntCase duration_cases[] = {
#include "std_cases.inc"
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void setup(void)
{
    rt_std_init();
}

TestSuite(std, .init = setup);

Test(std, printf_table)
{
    int bad = 0;
    for (size_t i = 0; i < N(fmt_cases); i++) {
        const FmtCase *c = &fmt_cases[i];
        RtBuf b = {0};
        RtSlice a = {(void *)c->args, c->n, c->n};
        rt_fmt_doprintf(&b, (RtString){(const uint8_t *)c->format, (int64_t)strlen(c->format)}, &a, NULL);
        if (b.len != c->wantlen || (b.len && memcmp(b.p, c->want, b.len) != 0)) {
            if (bad++ < 40)
                cr_log_error("Sprintf(%s, ...) = [%s], want [%s]", show(c->format, strlen(c->format)),
                             show(b.p, b.len), show(c->want, c->wantlen));
        }
        rt_buf_free(&b);
    }
    cr_assert_eq(bad, 0, "%d of %zu Sprintf cases differ", bad, N(fmt_cases));
}

Test(std, sprint_table)
{
    for (size_t i = 0; i < N(print_cases); i++) {
        const PrintCase *c = &print_cases[i];
        RtBuf b = {0};
        RtSlice a = {(void *)c->args, c->n, c->n};
        if (c->ln)
            rt_fmt_doprintln(&b, &a);
        else
            rt_fmt_doprint(&b, &a);
        cr_expect(b.len == c->wantlen && (b.len == 0 || memcmp(b.p, c->want, b.len) == 0), "case %zu: [%s] want [%s]",
                  i, show(b.p, b.len), show(c->want, c->wantlen));
        rt_buf_free(&b);
    }
}

Test(std, formatfloat_table)
{
    int bad = 0;
    for (size_t i = 0; i < N(ftoa_cases); i++) {
        const FtoaCase *c = &ftoa_cases[i];
        RtBuf b = {0};
        rt_ftoa(&b, c->v, c->c, c->prec, c->bits);
        if (strcmp(cstr(&b), c->want) != 0 && bad++ < 40)
            cr_log_error("FormatFloat(%a, '%c', %d, %d) = %s, want %s", c->v, c->c, c->prec, c->bits,
                         b.p, c->want);
        rt_buf_free(&b);
    }
    cr_assert_eq(bad, 0, "%d of %zu FormatFloat cases differ", bad, N(ftoa_cases));
}

/* The error's message, or "" for nil. */
static const char *errstr(RtIface e)
{
    if (!e.type)
        return "";
    RtString s;
    cr_assert(rt_call_string_method(e.type, e.data, "Error", &s), "no Error method on %s", e.type->name);
    static char buf[512];
    snprintf(buf, sizeof buf, "%.*s", (int)s.len, (const char *)s.ptr);
    return buf;
}

void go_ParseFloat(void *f) __asm__("strconv.ParseFloat");
void go_ParseInt(void *f) __asm__("strconv.ParseInt");
void go_ParseUint(void *f) __asm__("strconv.ParseUint");
void go_Atoi(void *f) __asm__("strconv.Atoi");

Test(std, parsefloat_table)
{
    for (size_t i = 0; i < N(parsefloat_cases); i++) {
        const ParseFloatCase *c = &parsefloat_cases[i];
        struct { RtString s; int64_t bits; double r; RtIface err; } f = {
            {(const uint8_t *)c->s, (int64_t)c->len}, c->bits, 0, {NULL, NULL}};
        go_ParseFloat(&f);
        bool same = (isnan(f.r) && isnan(c->v)) || (f.r == c->v && signbit(f.r) == signbit(c->v));
        cr_expect(same, "ParseFloat(%s, %d) = %a, want %a", c->s, c->bits, f.r, c->v);
        cr_expect_str_eq(errstr(f.err), c->err, "ParseFloat(%s, %d)", c->s, c->bits);
    }
}

Test(std, parseint_table)
{
    for (size_t i = 0; i < N(parseint_cases); i++) {
        const ParseIntCase *c = &parseint_cases[i];
        struct { RtString s; int64_t base, bits; int64_t r; RtIface err; } f = {
            {(const uint8_t *)c->s, (int64_t)c->len}, c->base, c->bits, 0, {NULL, NULL}};
        go_ParseInt(&f);
        cr_expect_eq(f.r, c->v, "ParseInt(%s, %d, %d) = %ld, want %ld", c->s, c->base, c->bits,
                     (long)f.r, (long)c->v);
        cr_expect_str_eq(errstr(f.err), c->err, "ParseInt(%s, %d, %d)", c->s, c->base, c->bits);
    }
    for (size_t i = 0; i < N(atoi_cases); i++) {
        const ParseIntCase *c = &atoi_cases[i];
        struct { RtString s; int64_t r; RtIface err; } f = {{(const uint8_t *)c->s, (int64_t)c->len}, 0, {NULL, NULL}};
        go_Atoi(&f);
        cr_expect_eq(f.r, c->v, "Atoi(%s) = %ld, want %ld", c->s, (long)f.r, (long)c->v);
        cr_expect_str_eq(errstr(f.err), c->err, "Atoi(%s)", c->s);
    }
    for (size_t i = 0; i < N(parseuint_cases); i++) {
        const ParseIntCase *c = &parseuint_cases[i];
        struct { RtString s; int64_t base, bits; uint64_t r; RtIface err; } f = {
            {(const uint8_t *)c->s, (int64_t)c->len}, 0, 64, 0, {NULL, NULL}};
        go_ParseUint(&f);
        cr_expect_eq(f.r, (uint64_t)c->v, "ParseUint(%s)", c->s);
        cr_expect_str_eq(errstr(f.err), c->err, "ParseUint(%s)", c->s);
    }
}

Test(std, quote_table)
{
    for (size_t i = 0; i < N(quote_cases); i++) {
        const QuoteCase *c = &quote_cases[i];
        RtBuf b = {0};
        rt_quote(&b, (const uint8_t *)c->s, (int64_t)c->len, false);
        cr_expect(b.len == c->wantlen && (b.len == 0 || memcmp(b.p, c->want, b.len) == 0), "Quote: [%s] want [%s]",
                  show(b.p, b.len), show(c->want, c->wantlen));
        rt_buf_free(&b);
    }
    for (size_t i = 0; i < N(quoterune_cases); i++) {
        const QuoteCase *c = &quoterune_cases[i];
        RtBuf b = {0};
        rt_quote_rune(&b, (int32_t)c->r, false);
        cr_expect(b.len == c->wantlen && (b.len == 0 || memcmp(b.p, c->want, b.len) == 0), "QuoteRune(%ld): [%s] want [%s]",
                  (long)c->r, show(b.p, b.len), show(c->want, c->wantlen));
        rt_buf_free(&b);
    }
}

void go_FormatInt(void *f) __asm__("strconv.FormatInt");

Test(std, formatint_table)
{
    for (size_t i = 0; i < N(formatint_cases); i++) {
        const FormatIntCase *c = &formatint_cases[i];
        struct { int64_t i, base; RtString r; } f = {c->v, c->base, {NULL, 0}};
        go_FormatInt(&f);
        char got[80];
        snprintf(got, sizeof got, "%.*s", (int)f.r.len, (const char *)f.r.ptr);
        cr_expect_str_eq(got, c->want, "FormatInt(%ld, %d)", (long)c->v, c->base);
    }
}

/* ---- composite values, methods, maps ---- */

/* A stand-in map for the printer: keys and values in arrays, in the order
 * given (the printer must sort them). */
typedef struct {
    int64_t n;
    const RtType *kt, *vt;
    const void *keys, *vals;
} FakeMap;

static void fake_mapiter(const RtType *mt, void *m, RtMapVisit fn, void *arg)
{
    FakeMap *fm = m;
    for (int64_t i = 0; i < fm->n; i++)
        fn(arg, fm->kt, (const char *)fm->keys + i * fm->kt->size, fm->vt,
           (const char *)fm->vals + i * fm->vt->size);
}

/* main.Str's String method: func (s Str) String() string { return fmt.Sprintf("S%d", int(s)) }
 * called with the data word of an interface holding a Str (a pointer to it). */
typedef struct { const int64_t *recv; RtString r; } StrStringFrame;
void test_Str_String(StrStringFrame *f)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "S%ld", (long)*f->recv);
    f->r = rt_gostring(buf, (size_t)n);
}
RT_GO_ENTRY(test_Str_String, "main.Str.String$go");
extern char test_Str_String_go[];

static const void *fake_method(const RtType *t, const char *name)
{
    if (t == &t_Str && strcmp(name, "String") == 0)
        return test_Str_String_go;
    return rt_method(t, name);
}

static void fake_setup(void)
{
    rt_std_init();
    rt_fmt_method = fake_method;
    rt_fmt_mapiter = fake_mapiter;
}

/* The expected lines below are the output of this program (go1.19.8):
 *
 *  type P struct { X, Y int; name string }
 *  type Str int
 *  func (s Str) String() string { return fmt.Sprintf("S%d", int(s)) }
 *  type T struct { S Str; s Str }
 *  type Q struct { A any; B []int; F float32; Next *P; M map[string]int; E error }
 *  p := P{1, 2, "n"}
 *  fmt.Printf("%v|%+v|%#v\n", p, p, p)
 *  fmt.Printf("%v|%+v|%#v\n", &p, &p, &p)
 *  fmt.Printf("%v|%#v|%x|%#v|%v\n", []int{1, 2}, []int{1, 2}, []int{10, 11}, []int(nil), []int(nil))
 *  fmt.Printf("%v|%s|%x|%q|%#v|%X\n", []byte("hi") x6)
 *  fmt.Printf("%v|%q|%#v|%x\n", [2]string{"a", "b"} x4)
 *  fmt.Printf("%v|%+v\n", Q{A: 42}, Q{A: "s", B: []int{7}, F: 2.5, M: map[string]int{"z": 26, "a": 1}})
 *  fmt.Printf("%v|%#v|%v|%#v|%d\n", map[string]int{"b": 2, "a": 1, "c": 3}, map[string]int{"b": 2, "a": 1},
 *             map[string]int(nil), map[string]int(nil), map[string]int{"x": 5})
 *  fmt.Printf("%v|%v\n", map[int]string{3: "c", 1: "a", 2: "b", -5: "m"}, map[bool]int{true: 1, false: 0})
 *  fmt.Printf("%v|%d|%s|%q|%x|%v|%v|%+v|%#v\n", Str(5), Str(5), Str(5), Str(5), Str(5), []Str{1, 2},
 *             T{1, 2}, T{1, 2}, Str(7))
 *  err := errors.New("boom")
 *  fmt.Printf("%v|%q|%x|%s|%d\n", err, err, err, err, err)
 *  fmt.Printf("%T|%T|%T|%T|%T|%T\n", []int{}, map[string]int{}, &p, [2]string{}, struct{}{}, err)
 *  var np *P
 *  fmt.Printf("%v|%+v|%s|%d\n", np, np, np, np)
 *  fmt.Println(fmt.Errorf("x: %w", err), fmt.Errorf("%w %w", err, err), fmt.Errorf("%w", 3), fmt.Errorf("plain %d", 1))
 *  fmt.Printf("%v|%v\n", []any{1, "a", nil, 2.5, []int{3}}, [][]int{{1}, {2, 3}})
 *  fmt.Printf("%6v|%-6v|%06d\n", []int{1, 22}, []int{1, 22}, []int{1, -22})
 *  fmt.Printf("%v|%+v|%#v\n", struct{}{}, struct{ A *int }{}, struct{ A any }{})
 *  fmt.Printf("%s|%d\n", p, p)
 *  fmt.Printf("%v %v\n", &[]int{4}, &map[string]int{"k": 1})
 *  fmt.Printf("%.1f|%5.2v|%e\n", []float64{1.25, 2.35}, []float64{3.14159}, [1]float32{0.5})
 */
static char *pf(const char *format, int n, ...)
{
    RtIface args[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, RtIface);
    va_end(ap);
    return sprintf_go(format, args, n);
}

#define V(t, p) ((RtIface){t, (void *)(p)})

Test(std, composites, .init = fake_setup)
{
    P p = {1, 2, gs("n")};
    cr_expect_str_eq(pf("%v|%+v|%#v", 3, V(&t_P, &p), V(&t_P, &p), V(&t_P, &p)),
                     "{1 2 n}|{X:1 Y:2 name:n}|main.P{X:1, Y:2, name:\"n\"}");
    cr_expect_str_eq(pf("%v|%+v|%#v", 3, V(&t_ptr_P, &p), V(&t_ptr_P, &p), V(&t_ptr_P, &p)),
                     "&{1 2 n}|&{X:1 Y:2 name:n}|&main.P{X:1, Y:2, name:\"n\"}");
    int64_t onetwo[] = {1, 2}, tens[] = {10, 11};
    RtSlice s12 = {onetwo, 2, 2}, s1011 = {tens, 2, 2}, snil = {NULL, 0, 0};
    cr_expect_str_eq(pf("%v|%#v|%x|%#v|%v", 5, V(&t_slice_int, &s12), V(&t_slice_int, &s12),
                        V(&t_slice_int, &s1011), V(&t_slice_int, &snil), V(&t_slice_int, &snil)),
                     "[1 2]|[]int{1, 2}|[a b]|[]int(nil)|[]");
    RtSlice hi = {"hi", 2, 2};
    RtIface h = V(&t_slice_uint8, &hi);
    cr_expect_str_eq(pf("%v|%s|%x|%q|%#v|%X", 6, h, h, h, h, h, h),
                     "[104 105]|hi|6869|\"hi\"|[]byte{0x68, 0x69}|6869");
    RtString ab[2] = {gs("a"), gs("b")};
    RtIface a2 = V(&t_array2_string, ab);
    cr_expect_str_eq(pf("%v|%q|%#v|%x", 4, a2, a2, a2, a2), "[a b]|[\"a\" \"b\"]|[2]string{\"a\", \"b\"}|[61 62]");

    int64_t ft = 42, seven = 7, i26 = 26, i1 = 1;
    Q q1 = {0};
    q1.a = V(&t_int, &ft);
    RtString s = gs("s");
    RtString zk[] = {gs("z"), gs("a")};
    int64_t zv[] = {26, 1};
    (void)i26;
    (void)i1;
    FakeMap zm = {2, &t_string, &t_int, zk, zv};
    Q q2 = {V(&t_string, &s), {&seven, 1, 1}, 2.5f, NULL, &zm, {NULL, NULL}};
    cr_expect_str_eq(pf("%v|%+v", 2, V(&t_Q, &q1), V(&t_Q, &q2)),
                     "{42 [] 0 <nil> map[] <nil>}|{A:s B:[7] F:2.5 Next:<nil> M:map[a:1 z:26] E:<nil>}");

    RtString bac[] = {gs("b"), gs("a"), gs("c")};
    int64_t bacv[] = {2, 1, 3};
    FakeMap m1 = {3, &t_string, &t_int, bac, bacv}, m2 = {2, &t_string, &t_int, bac, bacv};
    RtString xk[] = {gs("x")};
    int64_t xv[] = {5};
    FakeMap m3 = {1, &t_string, &t_int, xk, xv};
    cr_expect_str_eq(pf("%v|%#v|%v|%#v|%d", 5, V(&t_map_string_int, &m1), V(&t_map_string_int, &m2),
                        V(&t_map_string_int, NULL), V(&t_map_string_int, NULL), V(&t_map_string_int, &m3)),
                     "map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2}|map[]|map[string]int(nil)|map[%!d(string=x):5]");
    int64_t ik[] = {3, 1, 2, -5};
    RtString iv[] = {gs("c"), gs("a"), gs("b"), gs("m")};
    FakeMap m4 = {4, &t_int, &t_string, ik, iv};
    uint8_t bk[] = {1, 0};
    int64_t bv[] = {1, 0};
    FakeMap m5 = {2, &t_bool, &t_int, bk, bv};
    cr_expect_str_eq(pf("%v|%v", 2, V(&t_map_int_string, &m4), V(&t_map_bool_int, &m5)),
                     "map[-5:m 1:a 2:b 3:c]|map[false:0 true:1]");

    int64_t five = 5, sev = 7, strs[] = {1, 2};
    RtSlice ss = {strs, 2, 2};
    T t = {1, 2};
    RtIface s5 = V(&t_Str, &five);
    cr_expect_str_eq(pf("%v|%d|%s|%q|%x|%v|%v|%+v|%#v", 9, s5, s5, s5, s5, s5, V(&t_slice_Str, &ss),
                        V(&t_T, &t), V(&t_T, &t), V(&t_Str, &sev)),
                     "S5|5|S5|\"S5\"|5335|[S1 S2]|{S1 2}|{S:S1 s:2}|7");

    RtIface err = rt_errors_new_c("boom");
    cr_expect_str_eq(pf("%v|%q|%x|%s|%d", 5, err, err, err, err, err),
                     "boom|\"boom\"|626f6f6d|boom|&{%!d(string=boom)}");
    cr_expect_str_eq(pf("%T|%T|%T|%T|%T|%T", 6, V(&t_slice_int, &s12), V(&t_map_string_int, NULL),
                        V(&t_ptr_P, &p), a2, V(&t_empty_struct, rt_zerobase), err),
                     "[]int|map[string]int|*main.P|[2]string|struct {}|*errors.errorString");
    cr_expect_str_eq(pf("%v|%+v|%s|%d", 4, V(&t_ptr_P, NULL), V(&t_ptr_P, NULL), V(&t_ptr_P, NULL),
                        V(&t_ptr_P, NULL)),
                     "<nil>|<nil>|%!s(*main.P=<nil>)|0");

    int64_t one = 1, three = 3;
    double twofive = 2.5;
    RtSlice s3 = {&three, 1, 1};
    RtIface anys[] = {V(&t_int, &one), V(&t_string, &s), {NULL, NULL}, V(&t_float64, &twofive),
                      V(&t_slice_int, &s3)};
    RtString astr = gs("a");
    anys[1] = V(&t_string, &astr);
    RtSlice sa = {anys, 5, 5};
    int64_t two_three[] = {2, 3};
    RtSlice inner[] = {{&one, 1, 1}, {two_three, 2, 2}};
    RtSlice sinner = {inner, 2, 2};
    cr_expect_str_eq(pf("%v|%v", 2, V(&t_slice_any, &sa), V(&t_slice_slice_int, &sinner)),
                     "[1 a <nil> 2.5 [3]]|[[1] [2 3]]");
    int64_t w[] = {1, 22}, wn[] = {1, -22};
    RtSlice sw = {w, 2, 2}, swn = {wn, 2, 2};
    cr_expect_str_eq(pf("%6v|%-6v|%06d", 3, V(&t_slice_int, &sw), V(&t_slice_int, &sw), V(&t_slice_int, &swn)),
                     "[     1     22]|[1      22    ]|[000001 -00022]");
    void *nilp = NULL;
    RtIface nili = {NULL, NULL};
    cr_expect_str_eq(pf("%v|%+v|%#v", 3, V(&t_empty_struct, rt_zerobase), V(&t_struct_ptrint, &nilp),
                        V(&t_struct_any, &nili)),
                     "{}|{A:<nil>}|struct { A interface {} }{A:interface {}(nil)}");
    cr_expect_str_eq(pf("%s|%d", 2, V(&t_P, &p), V(&t_P, &p)), "{%!s(int=1) %!s(int=2) n}|{1 2 %!d(string=n)}");
    int64_t four = 4;
    RtSlice s4 = {&four, 1, 1};
    RtString kk[] = {gs("k")};
    int64_t kv[] = {1};
    FakeMap mk = {1, &t_string, &t_int, kk, kv};
    void *mkp = &mk;
    cr_expect_str_eq(pf("%v %v", 2, V(&t_ptr_slice_int, &s4), V(&t_ptr_map, &mkp)), "&[4] &map[k:1]");
    double fl[] = {1.25, 2.35}, pi[] = {3.14159};
    float half[] = {0.5f};
    RtSlice sfl = {fl, 2, 2}, spi = {pi, 1, 1};
    cr_expect_str_eq(pf("%.1f|%5.2v|%e", 3, V(&t_slice_float64, &sfl), V(&t_slice_float64, &spi),
                        V(&t_array1_float32, half)),
                     "[1.2 2.4]|[  3.1]|[5.000000e-01]");
}

void go_Errorf(void *f) __asm__("fmt.Errorf");
static RtIface errorf(const char *format, int n, ...)
{
    RtIface args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, RtIface);
    va_end(ap);
    struct { RtString format; RtSlice a; RtIface r; } f = {gs(format), {args, n, n}, {NULL, NULL}};
    go_Errorf(&f);
    return f.r;
}

void go_Unwrap(void *f) __asm__("errors.Unwrap");
void go_Is(void *f) __asm__("errors.Is");
void go_As(void *f) __asm__("errors.As");

/* err := errors.New("boom")
 * fmt.Println(fmt.Errorf("x: %w", err), fmt.Errorf("%w %w", err, err), fmt.Errorf("%w", 3), fmt.Errorf("plain %d", 1))
 *   -> x: boom boom %!w(*errors.errorString=&{boom}) %!w(int=3) plain 1
 * fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", err)) == err, errors.Unwrap(fmt.Errorf("%w %w", err, err)) == nil)
 *   -> true true
 * w2 := fmt.Errorf("y: %w", fmt.Errorf("x: %w", err))
 * fmt.Println(errors.Is(w2, err), errors.Is(w2, errors.New("boom")), errors.Is(nil, nil), errors.Is(err, nil))
 *   -> true false true false
 * var ne *strconv.NumError; _, e := strconv.Atoi("x"); fmt.Println(errors.As(fmt.Errorf("w: %w", e), &ne), ne.Func)
 *   -> true Atoi
 * fmt.Printf("%T %T\n", fmt.Errorf("x: %w", err), fmt.Errorf("x"))  -> *fmt.wrapError *errors.errorString */
Test(std, errors, .init = setup)
{
    RtIface err = rt_errors_new_c("boom");
    int64_t three = 3, one = 1;
    RtIface e1 = errorf("x: %w", 1, err), e2 = errorf("%w %w", 2, err, err),
            e3 = errorf("%w", 1, V(&t_int, &three)), e4 = errorf("plain %d", 1, V(&t_int, &one));
    RtIface all[] = {e1, e2, e3, e4};
    RtSlice a = {all, 4, 4};
    RtBuf b = {0};
    rt_fmt_doprintln(&b, &a);
    cr_expect_str_eq(cstr(&b), "x: boom boom %!w(*errors.errorString=&{boom}) %!w(int=3) plain 1\n");
    struct { RtIface err, r; } u = {e1, {NULL, NULL}};
    go_Unwrap(&u);
    cr_expect(u.r.type == err.type && u.r.data == err.data);
    u.err = e2;
    go_Unwrap(&u);
    cr_expect(u.r.type == NULL);

    RtIface w2 = errorf("y: %w", 1, e1);
    typedef struct { RtIface err, target; uint64_t r; } IsF;
    IsF is = {w2, err, 0};
    go_Is(&is);
    cr_expect(is.r == 1);
    is = (IsF){w2, rt_errors_new_c("boom"), 0};
    go_Is(&is);
    cr_expect(is.r == 0);
    is = (IsF){{NULL, NULL}, {NULL, NULL}, 0};
    go_Is(&is);
    cr_expect(is.r == 1);
    is = (IsF){err, {NULL, NULL}, 1};
    go_Is(&is);
    cr_expect(is.r == 0);

    struct { RtString s; int64_t r; RtIface err; } at = {gs("x"), 0, {NULL, NULL}};
    go_Atoi(&at);
    RtNumError *ne = NULL;
    static const RtType t_ptr_ptr_NumError = {8, 8, RT_PTR, 0, "**strconv.NumError", &rt_type_ptr_NumError, NULL, 0, (const uint8_t *)"\1"};
    struct { RtIface err, target; uint64_t r; } as = {errorf("w: %w", 1, at.err), {&t_ptr_ptr_NumError, &ne}, 0};
    go_As(&as);
    cr_expect(as.r == 1);
    cr_assert(ne != NULL);
    cr_expect(ne->func.len == 4 && memcmp(ne->func.ptr, "Atoi", 4) == 0);
    cr_expect_str_eq(pf("%T %T", 2, e1, errorf("x", 0)), "*fmt.wrapError *errors.errorString");
}

/* ---- sort ---- */

typedef struct { int64_t k, v; } KV;
static KV *kvs;
typedef struct { int64_t i, j; uint64_t r; } LessFrame;
void test_kv_less(LessFrame *f) { f->r = kvs[f->i].k < kvs[f->j].k; }
RT_GO_ENTRY(test_kv_less, "main.main.func1$go");
extern char test_kv_less_go[];
static const void *kv_less_closure[1] = {test_kv_less_go};

static const RtField KV_fields[] = {{"k", &t_int, 0}, {"v", &t_int, 8}};
static const RtType t_KV = {16, 0, RT_STRUCT, 2, "main.kv", NULL, KV_fields, 0, NULL};
static const RtType t_slice_KV = {24, 8, RT_SLICE, 0, "[]main.kv", &t_KV, NULL, 0, (const uint8_t *)"\1"};

void go_Slice(void *f) __asm__("sort.Slice");
void go_SliceStable(void *f) __asm__("sort.SliceStable");
void go_Float64s(void *f) __asm__("sort.Float64s");
void go_Strings(void *f) __asm__("sort.Strings");
void go_SearchInts(void *f) __asm__("sort.SearchInts");

static char *kv_order(void)
{
    static RtBuf b;
    b.len = 0;
    for (int i = 0; i < 100; i++) {
        rt_buf_int(&b, kvs[i].v);
        rt_buf_putc(&b, ' ');
    }
    return cstr(&b);
}

/* type kv struct{ k, v int }; xs[i] = kv{(i * 7919) % 13, i} for 100 elements;
 * sort.Slice(xs, func(i, j int) bool { return xs[i].k < xs[j].k }); print each v followed by " "
 * and the same with sort.SliceStable; then
 * fs := []float64{3, -0, 0, NaN, -1, 0, -0, 2, -Inf, 0, 1, -0, 5, 4, 3, 0}; sort.Float64s(fs); fmt.Println(fs)
 * ss := []string{"pear", "apple", "fig", "apple", "banana", "", "Zebra"}; sort.Strings(ss); fmt.Printf("%q\n", ss)
 * fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts(..., 4), sort.SearchInts(..., 9)) */
Test(std, sort, .init = setup)
{
    KV xs[100];
    for (int i = 0; i < 100; i++)
        xs[i] = (KV){(i * 7919) % 13, i};
    RtSlice s = {xs, 100, 100};
    kvs = xs;
    struct { RtIface x; const void *less; } f = {{&t_slice_KV, &s}, kv_less_closure};
    go_Slice(&f);
    cr_expect_str_eq(kv_order(),
                     "52 91 26 65 0 78 39 13 33 59 20 46 72 7 85 98 14 40 53 92 79 27 66 1 34 60 73 21 86 8 99 47 67 93 2 80 41 28 54 15 87 48 22 9 74 35 61 3 94 81 55 68 16 29 42 36 23 10 75 88 49 62 95 82 43 56 17 4 30 69 24 11 89 50 63 37 76 96 57 18 5 70 44 83 31 38 51 64 77 12 90 25 45 19 71 84 58 97 6 32 ");
    for (int i = 0; i < 100; i++)
        xs[i] = (KV){(i * 7919) % 13, i};
    go_SliceStable(&f);
    cr_expect_str_eq(kv_order(),
                     "0 13 26 39 52 65 78 91 7 20 33 46 59 72 85 98 1 14 27 40 53 66 79 92 8 21 34 47 60 73 86 99 2 15 28 41 54 67 80 93 9 22 35 48 61 74 87 3 16 29 42 55 68 81 94 10 23 36 49 62 75 88 4 17 30 43 56 69 82 95 11 24 37 50 63 76 89 5 18 31 44 57 70 83 96 12 25 38 51 64 77 90 6 19 32 45 58 71 84 97 ");

    double fs[] = {3, -0.0, 0, NAN, -1, 0, -0.0, 2, -INFINITY, 0, 1, -0.0, 5, 4, 3, 0};
    RtSlice sf = {fs, 16, 16};
    go_Float64s(&sf);
    cr_expect_str_eq(pf("%v", 1, V(&t_slice_float64, &sf)), "[NaN -Inf -1 0 0 -0 -0 0 -0 0 1 2 3 3 4 5]");

    RtString ss[] = {gs("pear"), gs("apple"), gs("fig"), gs("apple"), gs("banana"), gs(""), gs("Zebra")};
    RtSlice sss = {ss, 7, 7};
    go_Strings(&sss);
    cr_expect_str_eq(pf("%q", 1, V(&t_slice_string, &sss)), "[\"\" \"Zebra\" \"apple\" \"apple\" \"banana\" \"fig\" \"pear\"]");

    int64_t a[] = {1, 3, 5, 7};
    int64_t want[] = {2, 2, 4}, x[] = {5, 4, 9};
    for (int i = 0; i < 3; i++) {
        struct { RtSlice a; int64_t x, r; } sf2 = {{a, 4, 4}, x[i], -1};
        go_SearchInts(&sf2);
        cr_expect_eq(sf2.r, want[i]);
    }
}

/* ---- strings ---- */

#define STRFN(name) void go_strings_##name(void *f) __asm__("strings." #name)
STRFN(Split); STRFN(SplitN); STRFN(SplitAfterN); STRFN(Fields); STRFN(Replace); STRFN(Trim);
STRFN(TrimLeft); STRFN(TrimRight); STRFN(TrimSpace); STRFN(ToUpper); STRFN(ToLower); STRFN(Count);
STRFN(LastIndex); STRFN(IndexByte); STRFN(IndexRune); STRFN(IndexAny); STRFN(EqualFold);
STRFN(HasPrefix); STRFN(HasSuffix); STRFN(ContainsRune); STRFN(ContainsAny); STRFN(Title);
STRFN(Repeat); STRFN(Join);

static char *q(RtString s) { return pf("%q", 1, V(&t_string, &s)); }
static char *qs(RtSlice s) { return pf("%q", 1, V(&t_slice_string, &s)); }

/* fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))            -> ["a" "b" "" "c" ""]
 * fmt.Printf("%q\n", strings.Split("héllo", ""))               -> ["h" "é" "l" "l" "o"]
 * fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))        -> ["a" "b,c,d"]
 * fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))   -> ["a," "b," "c,d"]
 * fmt.Printf("%q\n", strings.Fields(" \t a  b\u00a0c\n"))       -> ["a" "b" "c"]
 * fmt.Printf("%q\n", strings.Split("", ","))                    -> [""]
 * strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1),
 * strings.Replace("abc", "", "-", -1)       -> "oinky oinky oink" "moo moo" "-a-b-c-"
 * strings.Trim("  xx  ", " "), strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("xxhixx", "x"),
 * strings.TrimRight("xxhixx", "x")          -> "xx" "Hello, Gophers" "hixx" "xxhi"
 * strings.TrimSpace(" \t\n Hello \r\n"), strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO ΣΑΣ")
 *                                           -> "Hello" "HÉLLO WÖRLD" "héllo σασ"
 * strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"),
 * strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny")
 *                                           -> 3 5 3 2 4 4
 * strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"), strings.HasPrefix("golang", "go"),
 * strings.HasSuffix("golang", "ng"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz")
 *                                           -> true false true true true false
 * strings.Title("hello wide world"), strings.Repeat("-", 0) -> "Hello Wide World" "" */
Test(std, strings, .init = setup)
{
    struct { RtString s, sep; RtSlice r; } sp = {gs("a,b,,c,"), gs(","), {0}};
    go_strings_Split(&sp);
    cr_expect_str_eq(qs(sp.r), "[\"a\" \"b\" \"\" \"c\" \"\"]");
    sp = (__typeof__(sp)){gs("h\303\251llo"), gs(""), {0}};
    go_strings_Split(&sp);
    cr_expect_str_eq(qs(sp.r), "[\"h\" \"\303\251\" \"l\" \"l\" \"o\"]");
    sp = (__typeof__(sp)){gs(""), gs(","), {0}};
    go_strings_Split(&sp);
    cr_expect_str_eq(qs(sp.r), "[\"\"]");
    struct { RtString s, sep; int64_t n; RtSlice r; } spn = {gs("a,b,c,d"), gs(","), 2, {0}};
    go_strings_SplitN(&spn);
    cr_expect_str_eq(qs(spn.r), "[\"a\" \"b,c,d\"]");
    spn = (__typeof__(spn)){gs("a,b,c,d"), gs(","), 3, {0}};
    go_strings_SplitAfterN(&spn);
    cr_expect_str_eq(qs(spn.r), "[\"a,\" \"b,\" \"c,d\"]");
    struct { RtString s; RtSlice r; } fl = {gs(" \t a  b\302\240c\n"), {0}};
    go_strings_Fields(&fl);
    cr_expect_str_eq(qs(fl.r), "[\"a\" \"b\" \"c\"]");

    struct { RtString s, old, new; int64_t n; RtString r; } rp = {gs("oink oink oink"), gs("k"), gs("ky"), 2, {0}};
    go_strings_Replace(&rp);
    cr_expect_str_eq(q(rp.r), "\"oinky oinky oink\"");
    rp = (__typeof__(rp)){gs("oink oink"), gs("oink"), gs("moo"), -1, {0}};
    go_strings_Replace(&rp);
    cr_expect_str_eq(q(rp.r), "\"moo moo\"");
    rp = (__typeof__(rp)){gs("abc"), gs(""), gs("-"), -1, {0}};
    go_strings_Replace(&rp);
    cr_expect_str_eq(q(rp.r), "\"-a-b-c-\"");

    struct { RtString s, t, r; } tr = {gs("  xx  "), gs(" "), {0}};
    go_strings_Trim(&tr);
    cr_expect_str_eq(q(tr.r), "\"xx\"");
    tr = (__typeof__(tr)){gs("\302\241\302\241\302\241Hello, Gophers!!!"), gs("!\302\241"), {0}};
    go_strings_Trim(&tr);
    cr_expect_str_eq(q(tr.r), "\"Hello, Gophers\"");
    tr = (__typeof__(tr)){gs("xxhixx"), gs("x"), {0}};
    go_strings_TrimLeft(&tr);
    cr_expect_str_eq(q(tr.r), "\"hixx\"");
    tr = (__typeof__(tr)){gs("xxhixx"), gs("x"), {0}};
    go_strings_TrimRight(&tr);
    cr_expect_str_eq(q(tr.r), "\"xxhi\"");
    struct { RtString s, r; } one = {gs(" \t\n Hello \r\n"), {0}};
    go_strings_TrimSpace(&one);
    cr_expect_str_eq(q(one.r), "\"Hello\"");
    one = (__typeof__(one)){gs("h\303\251llo w\303\266rld"), {0}};
    go_strings_ToUpper(&one);
    cr_expect_str_eq(q(one.r), "\"H\303\211LLO W\303\226RLD\"");
    one = (__typeof__(one)){gs("H\303\211LLO \316\243\316\221\316\243"), {0}};
    go_strings_ToLower(&one);
    cr_expect_str_eq(q(one.r), "\"h\303\251llo \317\203\316\261\317\203\"");
    one = (__typeof__(one)){gs("hello wide world"), {0}};
    go_strings_Title(&one);
    cr_expect_str_eq(q(one.r), "\"Hello Wide World\"");

    struct { RtString s, t; int64_t r; } ii = {gs("cheese"), gs("e"), 0};
    go_strings_Count(&ii);
    cr_expect_eq(ii.r, 3);
    ii = (__typeof__(ii)){gs("five"), gs(""), 0};
    go_strings_Count(&ii);
    cr_expect_eq(ii.r, 5);
    ii = (__typeof__(ii)){gs("go gopher"), gs("go"), 0};
    go_strings_LastIndex(&ii);
    cr_expect_eq(ii.r, 3);
    ii = (__typeof__(ii)){gs("golang"), gs("ny"), 0};
    go_strings_IndexAny(&ii);
    cr_expect_eq(ii.r, 4);
    struct { RtString s; int64_t c, r; } ib = {gs("golang"), 'l', 0};
    go_strings_IndexByte(&ib);
    cr_expect_eq(ib.r, 2);
    ib = (__typeof__(ib)){gs("chicken"), 'k', 0};
    go_strings_IndexRune(&ib);
    cr_expect_eq(ib.r, 4);
    struct { RtString s, t; uint64_t r; } bb = {gs("Go"), gs("GO"), 9};
    go_strings_EqualFold(&bb);
    cr_expect_eq(bb.r, 1);
    bb = (__typeof__(bb)){gs("Stra\303\237e"), gs("STRASSE"), 9};
    go_strings_EqualFold(&bb);
    cr_expect_eq(bb.r, 0);
    bb = (__typeof__(bb)){gs("golang"), gs("go"), 9};
    go_strings_HasPrefix(&bb);
    cr_expect_eq(bb.r, 1);
    bb = (__typeof__(bb)){gs("golang"), gs("ng"), 9};
    go_strings_HasSuffix(&bb);
    cr_expect_eq(bb.r, 1);
    bb = (__typeof__(bb)){gs("abc"), gs("xyz"), 9};
    go_strings_ContainsAny(&bb);
    cr_expect_eq(bb.r, 0);
    struct { RtString s; int64_t c; uint64_t r; } cr = {gs("abc"), 'b', 9};
    go_strings_ContainsRune(&cr);
    cr_expect_eq(cr.r, 1);
    struct { RtString s; int64_t n; RtString r; } rep = {gs("-"), 0, {0}};
    go_strings_Repeat(&rep);
    cr_expect_eq(rep.r.len, 0);
    RtString parts[] = {gs("a"), gs("bc"), gs("")};
    struct { RtSlice e; RtString sep, r; } jn = {{parts, 3, 3}, gs(", "), {0}};
    go_strings_Join(&jn);
    cr_expect_str_eq(q(jn.r), "\"a, bc, \"");
}

/* the methods' C names (gcc cannot refer to "strings.(*Builder).String") */
void go_Builder_WriteString(void *f) __asm__("rt_strings_Builder_WriteString");
void go_Builder_WriteRune(void *f) __asm__("rt_strings_Builder_WriteRune");
void go_Builder_String(void *f) __asm__("rt_strings_Builder_String");
void go_Fprintf(void *f) __asm__("fmt.Fprintf");

/* var b strings.Builder; b.WriteString("abc"); b.WriteRune('é'); fmt.Fprintf(&b, "%d-%s", 7, "x")
 * fmt.Println(b.String(), b.Len())        -> abcé7-x 8 */
Test(std, builder, .init = setup)
{
    RtStringsBuilder *b = rt_alloc(sizeof *b, NULL);
    struct { RtStringsBuilder *b; RtString s; int64_t n; RtIface err; } ws = {b, gs("abc"), 0, {0}};
    go_Builder_WriteString(&ws);
    cr_expect_eq(ws.n, 3);
    struct { RtStringsBuilder *b; int64_t r, n; RtIface err; } wr = {b, 0xE9, 0, {0}};
    go_Builder_WriteRune(&wr);
    cr_expect_eq(wr.n, 2);
    int64_t seven = 7;
    RtString x = gs("x");
    RtIface args[] = {V(&t_int, &seven), V(&t_string, &x)};
    struct { RtIface w; RtString f; RtSlice a; int64_t n; RtIface err; } fp = {
        {&rt_type_ptr_Builder, b}, gs("%d-%s"), {args, 2, 2}, 0, {0}};
    go_Fprintf(&fp);
    cr_expect_eq(fp.n, 3);
    struct { RtStringsBuilder *b; RtString r; } st = {b, {0}};
    go_Builder_String(&st);
    cr_expect_str_eq(q(st.r), "\"abc\303\2517-x\"");
    cr_expect_eq(b->buf.len, 8);
}

void rt_time_duration_string(RtBuf *b, int64_t d);

Test(std, duration_string)
{
    for (size_t i = 0; i < N(duration_cases); i++) {
        RtBuf b = {0};
        rt_time_duration_string(&b, duration_cases[i].v);
        cr_expect_str_eq(cstr(&b), duration_cases[i].want, "Duration(%ld)", (long)duration_cases[i].v);
        rt_buf_free(&b);
    }
}

typedef struct { const char *fn; void (*f)(void *); double x, y, want; } MathCase;
#define MATHFN(name) void go_math_##name(void *f) __asm__("math." #name)
MATHFN(Pow); MATHFN(Max); MATHFN(Min); MATHFN(Mod); MATHFN(Sqrt); MATHFN(Floor); MATHFN(Ceil);
MATHFN(Trunc); MATHFN(Round); MATHFN(RoundToEven); MATHFN(Abs);
#undef DURATION
#define DURATION(d, w)
#undef MATH2
#define MATH2(fn, x, y, w) {#fn, go_math_##fn, x, y, w},
static const MathCase math_cases[] = {
#include "std_cases.inc"
};

Test(std, math)
{
    for (size_t i = 0; i < N(math_cases); i++) {
        const MathCase *c = &math_cases[i];
        double got;
        bool two = strcmp(c->fn, "Pow") == 0 || strcmp(c->fn, "Max") == 0 || strcmp(c->fn, "Min") == 0 ||
                   strcmp(c->fn, "Mod") == 0;
        if (two) {
            struct { double x, y, r; } f = {c->x, c->y, 0};
            c->f(&f);
            got = f.r;
        } else {
            struct { double x, r; } f = {c->x, 0};
            c->f(&f);
            got = f.r;
        }
        bool same = (isnan(got) && isnan(c->want)) || memcmp(&got, &c->want, 8) == 0;
        cr_expect(same, "math.%s(%a, %a) = %a, want %a", c->fn, c->x, c->y, got, c->want);
    }
}
