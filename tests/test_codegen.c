/* test_codegen.c — codegen unit tests: IR programs built by hand, emitted,
 * assembled, linked with the runtime, run; their output and exit status
 * checked against what go1.19 prints for the same Go program (each test
 * quotes it).
 *
 * The runtime is build/libminigo_rt.a when it exists; otherwise (or with
 * MINIGO_CG_STUB=1 in the environment) a small C stand-in, written below,
 * that implements the rt.h entry points these tests use;
 * MINIGO_CG_RTLIB=path links another runtime library instead.  Set
 * MINIGO_CG_KEEP=1 to keep the temporary directories (x.s, out, err).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "codegen/codegen.h"

/* ---- building IR by hand ---- */

static IrProgram *prog;
static IrFunc *fmt_println;

static Field *field(const char *name, Type *t) {
    Field *f = NEW(Field);
    f->name = name;
    f->type = t;
    return f;
}

/* func(params...) (results...): np types, then nr types */
static Type *functype(int np, int nr, ...) {
    Type *t = ty_new(TY_FUNC);
    va_list ap;
    va_start(ap, nr);
    for (int i = 0; i < np; i++)
        vec_push(&t->params, field(NULL, va_arg(ap, Type *)));
    for (int i = 0; i < nr; i++)
        vec_push(&t->results, field(NULL, va_arg(ap, Type *)));
    va_end(ap);
    return t;
}

static Type *tuple(int n, ...) {
    Type *t = ty_new(TY_TUPLE);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        vec_push(&t->fields, field(NULL, va_arg(ap, Type *)));
    va_end(ap);
    return t;
}

/* struct { names[i] types[i] ... } from alternating (name, type) pairs */
static Type *structtype(int n, ...) {
    Type *t = ty_new(TY_STRUCT);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        const char *name = va_arg(ap, const char *);
        vec_push(&t->fields, field(name, va_arg(ap, Type *)));
    }
    va_end(ap);
    return t;
}

static Type *named(const char *name, Type *under) {
    Type *t = ty_new(TY_NAMED);
    t->name = name;
    t->pkg = "main";
    t->underlying = under;
    return t;
}

static Type *arraytype(Type *elem, int64_t len) {
    Type *t = ty_new(TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

static void setup(void) {
    ty_init();
    prog = NEW(IrProgram);
    fmt_println = NEW(IrFunc);
    fmt_println->name = "fmt.Println";
    fmt_println->linkname = "fmt.Println";
    fmt_println->external = true;
    fmt_println->type = functype(1, 2, ty_slice(ty_any), ty_int, ty_error);
    ((Field *)fmt_println->type->params.data[0])->name = "a";
    fmt_println->type->variadic = true;
    vec_push(&prog->externs, fmt_println);
}

static IrFunc *func(const char *name, Type *ftype) {
    IrFunc *f = NEW(IrFunc);
    f->name = name;
    f->linkname = arena_printf(perm, "main.%s", name);
    f->type = ftype;
    vec_push(&prog->funcs, f);
    return f;
}

static IrVar *var(IrFunc *f, const char *name, Type *t, VarClass vc) {
    IrVar *v = NEW(IrVar);
    v->name = name;
    v->type = t;
    v->vclass = vc;
    v->fn = f;
    v->leak_heap = -1;
    if (vc == VC_PARAM) {
        v->index = f->params.len;
        vec_push(&f->params, v);
    } else if (vc == VC_RESULT) {
        v->index = f->results.len;
        vec_push(&f->results, v);
    }
    vec_push(&f->vars, v);
    return v;
}

static IrVar *global(const char *name, Type *t) {
    IrVar *v = NEW(IrVar);
    v->name = name;
    v->type = t;
    v->vclass = VC_GLOBAL;
    vec_push(&prog->globals, v);
    return v;
}

static IrBlock *block(IrFunc *f) {
    IrBlock *b = NEW(IrBlock);
    b->id = f->blocks.len;
    vec_push(&f->blocks, b);
    return b;
}

/* The function whose blocks are being filled (set by block()'s users). */
static IrFunc *curf;

static IrValue *val(IrBlock *b, IrOp op, Type *t, int nargs, ...) {
    IrValue *v = NEW(IrValue);
    v->op = op;
    v->id = curf->nvalues++;
    v->type = t;
    v->nargs = nargs;
    v->args = arena_alloc(perm, sizeof(IrValue *) * (nargs + 1));
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        v->args[i] = va_arg(ap, IrValue *);
    va_end(ap);
    v->block = b;
    vec_push(&b->values, v);
    return v;
}

static IrValue *cnst(IrBlock *b, Type *t, int64_t i) {
    IrValue *v = val(b, IR_CONST, t, 0);
    v->ival = i;
    return v;
}
static IrValue *str(IrBlock *b, const char *s) {
    IrValue *v = val(b, IR_STR, ty_string, 0);
    v->str = s;
    v->slen = (int64_t)strlen(s);
    return v;
}
static IrValue *addr(IrBlock *b, IrVar *x) {
    IrValue *v = val(b, IR_ADDR, ty_ptr(x->type), 0);
    v->var = x;
    return v;
}
static IrValue *decl(IrBlock *b, IrVar *x) {
    IrValue *v = val(b, IR_DECL, NULL, 0);
    v->var = x;
    return v;
}
static IrValue *load(IrBlock *b, IrValue *p) { return val(b, IR_LOAD, ty_under(p->type)->elem, 1, p); }
static void store(IrBlock *b, IrValue *p, IrValue *x) { val(b, IR_STORE, NULL, 2, p, x); }
static IrValue *getv(IrBlock *b, IrVar *x) { return load(b, addr(b, x)); }
static void setv(IrBlock *b, IrVar *x, IrValue *v) { store(b, addr(b, x), v); }
static IrValue *bin(IrBlock *b, IrOp op, IrValue *x, IrValue *y) {
    bool cmp = op >= IR_EQ && op <= IR_GE;
    return val(b, op, cmp ? ty_bool : x->type, 2, x, y);
}
static IrValue *fieldp(IrBlock *b, IrValue *p, int i) {
    Type *st = ty_under(ty_under(p->type)->elem);
    IrValue *v = val(b, IR_FIELD, ty_ptr(((Field *)st->fields.data[i])->type), 1, p);
    v->ival = i;
    return v;
}
static IrValue *conv(IrBlock *b, IrValue *x, bool escapes) {
    IrValue *v = val(b, IR_CONVIFACE, ty_any, 1, x);
    v->escapes = escapes;
    return v;
}
static IrValue *call(IrBlock *b, IrFunc *f, Type *t, int nargs, IrValue **args) {
    IrValue *v = val(b, IR_CALL, t, 0);
    v->func = f;
    v->nargs = nargs;
    v->args = args;
    return v;
}
static IrValue *extract(IrBlock *b, IrValue *c, int i) {
    IrValue *v = val(b, IR_EXTRACT, ((Field *)c->type->fields.data[i])->type, 1, c);
    v->ival = i;
    return v;
}
static void jmp(IrBlock *b, IrBlock *to) { val(b, IR_JMP, NULL, 0)->target[0] = to; }
static void br(IrBlock *b, IrValue *c, IrBlock *t, IrBlock *f) {
    IrValue *v = val(b, IR_BR, NULL, 1, c);
    v->target[0] = t;
    v->target[1] = f;
}
static void ret(IrBlock *b) { val(b, IR_RET, NULL, 0); }

static Type *chan_of(Type *elem) {
    Type *t = ty_new(TY_CHAN);
    t->elem = elem;
    return t;
}
static IrValue *makechan(IrBlock *b, Type *elem, int64_t n) {
    IrValue *size = cnst(b, ty_int, n);
    return val(b, IR_MAKECHAN, chan_of(elem), 1, size);
}
static IrValue *send(IrBlock *b, IrValue *c, IrValue *x) { return val(b, IR_SEND, NULL, 2, c, x); }
static IrValue *recv(IrBlock *b, IrValue *c) { return val(b, IR_RECV, ty_under(c->type)->elem, 1, c); }
/* A SELECT of n cases (marked as such here; the sends first), with a
 * default or not. */
static IrValue *select_of(IrBlock *b, bool dflt, int n, ...) {
    IrValue *v = val(b, IR_SELECT, ty_int, 0);
    v->args = arena_alloc(perm, sizeof(IrValue *) * (n + 1));
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        v->args[i] = va_arg(ap, IrValue *);
        v->args[i]->ival = 1;
    }
    va_end(ap);
    v->nargs = n;
    v->spread = dflt;
    return v;
}

/* fmt.Println(xs...) where each x is already an interface: the implicit
 * ... array on the frame, as escape analysis decides for Println. */
static void println_n(IrBlock *b, int n, IrValue **xs) {
    Type *at = arraytype(ty_any, n);
    IrValue *arr = val(b, IR_NEW, ty_ptr(at), 0);
    arr->implicit = true;
    arr->desc = "... argument";
    IrValue *len = cnst(b, ty_int, n);
    IrValue *s = val(b, IR_SLICEHDR, ty_slice(ty_any), 3, arr, len, len);
    for (int i = 0; i < n; i++)
        store(b, val(b, IR_INDEX, ty_ptr(ty_any), 2, s, cnst(b, ty_int, i)), xs[i]);
    IrValue **args = arena_alloc(perm, sizeof(IrValue *));
    args[0] = s;
    call(b, fmt_println, NULL, 1, args);
}

#define PRINTLN(b, ...)                                                              \
    do {                                                                             \
        IrValue *xs_[] = {__VA_ARGS__};                                              \
        println_n(b, (int)(sizeof xs_ / sizeof xs_[0]), xs_);                        \
    } while (0)

/* A new main.main, made current; returns its entry block. */
static IrBlock *main_entry(IrFunc **out) {
    IrFunc *f = func("main", functype(0, 0));
    curf = f;
    if (out)
        *out = f;
    return block(f);
}

/* ---- running ---- */

static const char *stub_src =
    "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <stdint.h>\n"
    "#include \"runtime/rt.h\"\n"
    "void *rt_alloc(uint64_t n, const RtType *t) { (void)t; return calloc(1, n ? n : 1); }\n"
    "uint8_t rt_gc_wbenabled;\n"
    "uintptr_t rt_stackguard; uint8_t rt_preempt_requested;\n"
    "void rt_morestack(void) {} void rt_preempt_check(void) {}\n"
    "void rt_gc_wb(void **s, void *v) { (void)s; (void)v; }\n"
    "void rt_gc_wbtyped(void *d, const void *s, const RtType *t) { (void)d; (void)s; (void)t; }\n"
    "void rt_typedslicecopy(const RtType *e, void *d, const void *s, int64_t n) {\n"
    "  if (n > 0) memmove(d, s, n * e->size); }\n"
    "void rt_makeslice(RtSlice *o, const RtType *e, int64_t l, int64_t c) {\n"
    "  if (l < 0 || c < l) { fprintf(stderr, \"panic: runtime error: makeslice: len out of range\\n\"); exit(2); }\n"
    "  o->ptr = calloc(1, c * e->size + 1); o->len = l; o->cap = c; }\n"
    "void rt_growslice(RtSlice *s, const RtType *e, int64_t n) {\n"
    "  int64_t c = s->cap * 2; if (c < n) c = n;\n"
    "  void *p = calloc(1, c * e->size + 1); if (s->len) memcpy(p, s->ptr, s->len * e->size);\n"
    "  s->ptr = p; s->cap = c; }\n"
    "void rt_concatstring(RtString *o, const RtString *a, const RtString *b) {\n"
    "  uint8_t *p = malloc(a->len + b->len + 1); memcpy(p, a->ptr, a->len);\n"
    "  memcpy(p + a->len, b->ptr, b->len); o->ptr = p; o->len = a->len + b->len; }\n"
    "void rt_concatstrings(RtString *o, const RtString *a, int64_t n, void *buf) {\n"
    "  (void)buf; int64_t l = 0; for (int64_t i = 0; i < n; i++) l += a[i].len;\n"
    "  uint8_t *p = malloc(l + 1); o->ptr = p; o->len = l;\n"
    "  for (int64_t i = 0; i < n; i++) { memcpy(p, a[i].ptr, a[i].len); p += a[i].len; } }\n"
    "bool rt_eqstring(const RtString *a, const RtString *b) {\n"
    "  return a->len == b->len && memcmp(a->ptr, b->ptr, a->len) == 0; }\n"
    "int rt_cmpstring(const RtString *a, const RtString *b) {\n"
    "  int64_t n = a->len < b->len ? a->len : b->len; int c = memcmp(a->ptr, b->ptr, n);\n"
    "  if (c) return c < 0 ? -1 : 1; return a->len < b->len ? -1 : a->len > b->len; }\n"
    "void rt_panic_index(int64_t i, int64_t n) { fflush(stdout);\n"
    "  fprintf(stderr, \"panic: runtime error: index out of range [%lld] with length %lld\\n\\ngoroutine 1 [running]:\\n\", (long long)i, (long long)n); exit(2); }\n"
    "void rt_panic_divide(void) { fflush(stdout);\n"
    "  fprintf(stderr, \"panic: runtime error: integer divide by zero\\n\\ngoroutine 1 [running]:\\n\"); exit(2); }\n"
    "void rt_panic_shift(void) { fflush(stdout);\n"
    "  fprintf(stderr, \"panic: runtime error: negative shift amount\\n\\ngoroutine 1 [running]:\\n\"); exit(2); }\n"
    "void rt_panic_iface(const RtIface *v) { fflush(stdout); fprintf(stderr, \"panic: %s\\n\", v->type ? v->type->name : \"nil\"); exit(2); }\n"
    "void rt_throw(const char *m) { fflush(stdout); fprintf(stderr, \"fatal error: %s\\n\", m); exit(2); }\n"
    "static void pv(const RtType *t, const void *p) {\n"
    "  switch (t->kind) {\n"
    "  case RT_BOOL: printf(\"%s\", *(const uint8_t *)p ? \"true\" : \"false\"); break;\n"
    "  case RT_INT: case RT_INT64: printf(\"%lld\", (long long)*(const int64_t *)p); break;\n"
    "  case RT_INT8: printf(\"%d\", *(const int8_t *)p); break;\n"
    "  case RT_INT16: printf(\"%d\", *(const int16_t *)p); break;\n"
    "  case RT_INT32: printf(\"%d\", *(const int32_t *)p); break;\n"
    "  case RT_UINT: case RT_UINT64: case RT_UINTPTR: printf(\"%llu\", (unsigned long long)*(const uint64_t *)p); break;\n"
    "  case RT_UINT8: printf(\"%u\", *(const uint8_t *)p); break;\n"
    "  case RT_UINT16: printf(\"%u\", *(const uint16_t *)p); break;\n"
    "  case RT_UINT32: printf(\"%u\", *(const uint32_t *)p); break;\n"
    "  case RT_STRING: { const RtString *s = p; fwrite(s->ptr, 1, s->len, stdout); break; }\n"
    "  case RT_STRUCT: putchar('{'); for (uint32_t i = 0; i < t->nfields; i++) {\n"
    "      if (i) putchar(' '); pv(t->fields[i].type, (const char *)p + t->fields[i].offset); }\n"
    "    putchar('}'); break;\n"
    "  case RT_SLICE: { const RtSlice *s = p; putchar('['); for (int64_t i = 0; i < s->len; i++) {\n"
    "      if (i) putchar(' '); pv(t->elem, (const char *)s->ptr + i * t->elem->size); }\n"
    "    putchar(']'); break; }\n"
    "  case RT_PTR: printf(\"%p\", *(void *const *)p); break;\n"
    "  default: printf(\"?%u\", t->kind); } }\n"
    "void fmt_println(FmtPrintlnFrame *f) __asm__(\"fmt.Println\");\n"
    "void fmt_println(FmtPrintlnFrame *f) {\n"
    "  const RtIface *a = f->a.ptr;\n"
    "  for (int64_t i = 0; i < f->a.len; i++) { if (i) putchar(' ');\n"
    "    if (!a[i].type) printf(\"<nil>\");\n"
    "    else if (a[i].type->kind == RT_PTR) printf(\"%p\", a[i].data); else pv(a[i].type, a[i].data); }\n"
    "  putchar('\\n'); f->n = 0; f->err.type = 0; f->err.data = 0; }\n"
    "void go_init(void) __asm__(\"main.init\"); void go_main(void) __asm__(\"main.main\");\n"
    "int main(void) { go_init(); go_main(); fflush(stdout); return 0; }\n";

/* Until runtime/chan.c and proc.c exist (the library lacks rt_makechan),
 * the channel tests link this stand-in: buffered channels of one
 * goroutine, a go statement running its call at once, select taking the
 * first ready case, a block reported as the deadlock it would be.  The
 * tests' programs print the same under it as under Go's rules. */
static const char *chan_standin_src =
    "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include \"runtime/rt.h\"\n"
    "struct RtChan { int64_t len, cap; uint64_t esize; int64_t head; int closed; char buf[]; };\n"
    "RtChan *rt_makechan(const RtType *e, int64_t n) {\n"
    "  if (n < 0) rt_panic_plain(\"makechan: size out of range\");\n"
    "  RtChan *c = calloc(1, sizeof *c + n * e->size + 1); c->cap = n; c->esize = e->size; return c; }\n"
    "static _Noreturn void deadlock(void) { rt_throw(\"all goroutines are asleep - deadlock!\"); }\n"
    "bool rt_chansend(RtChan *c, const void *e, bool block) {\n"
    "  if (c && c->closed) rt_panic_plain(\"send on closed channel\");\n"
    "  if (!c || c->len == c->cap) { if (!block) return false; deadlock(); }\n"
    "  memcpy(c->buf + (c->head + c->len) % c->cap * c->esize, e, c->esize); c->len++; return true; }\n"
    "bool rt_chanrecv(RtChan *c, void *e, bool block, bool *ok) {\n"
    "  if (c && c->len) { if (e) memcpy(e, c->buf + c->head * c->esize, c->esize);\n"
    "    c->head = (c->head + 1) % c->cap; c->len--; if (ok) *ok = 1; return true; }\n"
    "  if (c && c->closed) { if (e) memset(e, 0, c->esize); if (ok) *ok = 0; return true; }\n"
    "  if (!block) return false; deadlock(); }\n"
    "void rt_closechan(RtChan *c) { if (!c) rt_panic_plain(\"close of nil channel\");\n"
    "  if (c->closed) rt_panic_plain(\"close of closed channel\"); c->closed = 1; }\n"
    "int64_t rt_selectgo(RtSelCase *cs, int64_t ns, int64_t nr, bool block, bool *ok) {\n"
    "  for (int64_t i = 0; i < ns + nr; i++)\n"
    "    if (i < ns ? rt_chansend(cs[i].c, cs[i].elem, 0) : rt_chanrecv(cs[i].c, cs[i].elem, 0, ok)) return i;\n"
    "  if (!block) return -1; deadlock(); }\n"
    "void rt_block(void) { deadlock(); }\n"
    "void rt_newproc(const void *code, void *ctx, const void *block, uint64_t size, uint64_t flags) {\n"
    "  if (!code) rt_panic_plain(\"nil function value called\");\n"
    "  void *b = malloc(size + 1); memcpy(b, block, size);\n"
    "  if (flags & RT_DEFER_CABI) ((void (*)(void *))code)(b); else rt_callgo(code, ctx, b, size); }\n";

typedef struct Run {
    const char *asm_text;
    const char *out, *err;
    int status;  /* exit status, or 128+signal */
} Run;

static const char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return "";
    StrBuf b = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_putn(&b, buf, n);
    fclose(f);
    char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

static int sh(const char *fmt, ...) {
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    int st = system(cmd);
    if (st == -1)
        return -1;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

/* Emits prog, builds it and runs it. */
static Run run_prog(void) {
    Run r = {0};
    StrBuf b = {0};
    cg_emit_program(&b, prog);
    r.asm_text = arena_strdup(perm, sb_str(&b));

    char dir[] = "/tmp/minigo_cg_XXXXXX";
    cr_assert_not_null(mkdtemp(dir));
    char path[512];
    snprintf(path, sizeof path, "%s/x.s", dir);
    FILE *f = fopen(path, "w");
    fputs(r.asm_text, f);
    fclose(f);

    char cwd[1024];
    cr_assert_not_null(getcwd(cwd, sizeof cwd));
    char rtlib[1200];
    snprintf(rtlib, sizeof rtlib, "%s/build/libminigo_rt.a", cwd);
    const char *lib = getenv("MINIGO_CG_RTLIB");
    if (lib && *lib)
        snprintf(rtlib, sizeof rtlib, "%s", lib);
    const char *force = getenv("MINIGO_CG_STUB");
    if ((force && *force && strcmp(force, "0") != 0) || access(rtlib, R_OK) != 0) {
        snprintf(path, sizeof path, "%s/stub.c", dir);
        f = fopen(path, "w");
        fputs(stub_src, f);
        fclose(f);
        snprintf(rtlib, sizeof rtlib, "%s/stub.c -I%s", dir, cwd);
    } else if (sh("nm %s 2>/dev/null | grep -q ' T rt_makechan$'", rtlib) != 0) {
        snprintf(path, sizeof path, "%s/chan.c", dir);
        f = fopen(path, "w");
        fputs(chan_standin_src, f);
        fclose(f);
        char lib_only[sizeof rtlib];
        snprintf(lib_only, sizeof lib_only, "%s", rtlib);
        int n = snprintf(rtlib, sizeof rtlib, "%s/chan.c -I%s ", dir, cwd);
        snprintf(rtlib + n, sizeof rtlib - n, "%s", lib_only);
    }
    int st = sh("cd %s && cc -o x x.s %s -ldl 2>cc.err", dir, rtlib);
    if (st != 0) {
        const char *e = slurp(arena_printf(perm, "%s/cc.err", dir));
        cr_assert_fail("assembling/linking failed (kept in %s):\n%s", dir, e);
    }
    r.status = sh("cd %s && ./x >out 2>err", dir);
    r.out = slurp(arena_printf(perm, "%s/out", dir));
    r.err = slurp(arena_printf(perm, "%s/err", dir));
    const char *keep = getenv("MINIGO_CG_KEEP");
    if (!(keep && *keep))
        sh("rm -rf %s", dir);
    else
        fprintf(stderr, "kept %s\n", dir);
    sb_free(&b);
    return r;
}

static void expect(Run r, int status, const char *out) {
    cr_expect_eq(r.status, status, "exit status %d, want %d; stderr:\n%s", r.status, status, r.err);
    cr_expect_str_eq(r.out, out, "stdout:\n%s\nwant:\n%s", r.out, out);
}

/* The assembly text between a function's label and its .size line. */
static char *func_text(const char *asm_text, const char *sym) {
    char *start = strstr(asm_text, arena_printf(perm, "\n%s:", sym));
    cr_assert_not_null(start, "no function %s", sym);
    char *end = strstr(start, "\t.size");
    return arena_strndup(perm, start, end ? (size_t)(end - start) : strlen(start));
}

static int count(const char *hay, const char *needle) {
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

TestSuite(codegen, .init = setup);

/* ---- tests ---- */

/* var a int8 = 127; a++ ; var u uint8 = 200; u *= 2; var m int64 = MaxInt64; m++
 * var w uint32 = 0xffffffff; w++; fmt.Println(a, u, m, w, ^0, -(-128 as int8))
 * prints: -128 144 -9223372036854775808 0 -1 -128 */
Test(codegen, wraparound) {
    IrBlock *b = main_entry(NULL);
    IrValue *a = bin(b, IR_ADD, cnst(b, ty_int8, 127), cnst(b, ty_int8, 1));
    IrValue *u = bin(b, IR_MUL, cnst(b, ty_uint8, 200), cnst(b, ty_uint8, 2));
    IrValue *m = bin(b, IR_ADD, cnst(b, ty_int64, INT64_MAX), cnst(b, ty_int64, 1));
    IrValue *w = bin(b, IR_ADD, cnst(b, ty_uint32, 0xffffffff), cnst(b, ty_uint32, 1));
    IrValue *c = val(b, IR_COM, ty_int, 1, cnst(b, ty_int, 0));
    IrValue *n = val(b, IR_NEG, ty_int8, 1, cnst(b, ty_int8, -128));
    IrValue *s = bin(b, IR_SUB, cnst(b, ty_uint16, 1), cnst(b, ty_uint16, 2));
    PRINTLN(b, conv(b, a, false), conv(b, u, false), conv(b, m, false), conv(b, w, false),
            conv(b, c, false), conv(b, n, false), conv(b, s, false));
    ret(b);
    expect(run_prog(), 0, "-128 144 -9223372036854775808 0 -1 -128 65535\n");
}

/* Division, as Go: truncated; MinInt64 / -1 == MinInt64, MinInt64 % -1 == 0;
 * int8(-128) / -1 == -128; unsigned division.
 * prints: -3 -1 3 1 -9223372036854775808 0 -128 0 9223372036854775807 */
Test(codegen, division) {
    IrBlock *b = main_entry(NULL);
    IrFunc *f = curf;
    /* operands through variables, so nothing could be folded */
    IrVar *mn = var(f, "mn", ty_int64, VC_LOCAL), *m1 = var(f, "m1", ty_int64, VC_LOCAL);
    decl(b, mn);
    decl(b, m1);
    setv(b, mn, cnst(b, ty_int64, INT64_MIN));
    setv(b, m1, cnst(b, ty_int64, -1));
    IrValue *q1 = bin(b, IR_DIV, cnst(b, ty_int, -7), cnst(b, ty_int, 2));
    IrValue *r1 = bin(b, IR_MOD, cnst(b, ty_int, -7), cnst(b, ty_int, 2));
    IrValue *q2 = bin(b, IR_DIV, cnst(b, ty_uint, 7), cnst(b, ty_uint, 2));
    IrValue *r2 = bin(b, IR_MOD, cnst(b, ty_uint, 7), cnst(b, ty_uint, 2));
    IrValue *q3 = bin(b, IR_DIV, getv(b, mn), getv(b, m1));
    IrValue *r3 = bin(b, IR_MOD, getv(b, mn), getv(b, m1));
    IrValue *q4 = bin(b, IR_DIV, cnst(b, ty_int8, -128), cnst(b, ty_int8, -1));
    IrValue *r4 = bin(b, IR_MOD, cnst(b, ty_int8, -128), cnst(b, ty_int8, -1));
    IrValue *q5 = bin(b, IR_DIV, cnst(b, ty_uint64, -1), cnst(b, ty_uint64, 2));
    PRINTLN(b, conv(b, q1, false), conv(b, r1, false), conv(b, q2, false), conv(b, r2, false),
            conv(b, q3, false), conv(b, r3, false), conv(b, q4, false), conv(b, r4, false),
            conv(b, q5, false));
    ret(b);
    expect(run_prog(), 0, "-3 -1 3 1 -9223372036854775808 0 -128 0 9223372036854775807\n");
}

/* fmt.Println("before"); z := 0; fmt.Println(1 / z)
 * prints "before", then panics: integer divide by zero, exit status 2 */
Test(codegen, divide_by_zero_panics) {
    IrBlock *b = main_entry(NULL);
    IrVar *z = var(curf, "z", ty_int, VC_LOCAL);
    decl(b, z);
    PRINTLN(b, conv(b, str(b, "before"), false));
    IrValue *q = bin(b, IR_DIV, cnst(b, ty_int, 1), getv(b, z));
    PRINTLN(b, conv(b, q, false));
    ret(b);
    Run r = run_prog();
    expect(r, 2, "before\n");
    cr_expect(strstr(r.err, "panic: runtime error: integer divide by zero") != NULL, "stderr: %s", r.err);
}

/* Shifts with counts from variables: 1<<70 == 0, -8>>100 == -1,
 * MaxUint64>>65 == 0, int8(-128)>>1 == -64, uint8(200)<<1 == 144,
 * int32(1)<<31 == MinInt32, 5>>1 == 2
 * prints: 0 -1 0 -64 144 -2147483648 2 */
Test(codegen, shifts) {
    IrBlock *b = main_entry(NULL);
    IrVar *k = var(curf, "k", ty_uint, VC_LOCAL);
    decl(b, k);
    IrValue *vals[7];
    int64_t counts[7] = {70, 100, 65, 1, 1, 31, 1};
    Type *types[7] = {ty_int, ty_int, ty_uint64, ty_int8, ty_uint8, ty_int32, ty_int};
    int64_t xs[7] = {1, -8, -1, -128, 200, 1, 5};
    IrOp ops[7] = {IR_SHL, IR_SHR, IR_SHR, IR_SHR, IR_SHL, IR_SHL, IR_SHR};
    for (int i = 0; i < 7; i++) {
        setv(b, k, cnst(b, ty_uint, counts[i]));
        vals[i] = conv(b, bin(b, ops[i], cnst(b, types[i], xs[i]), getv(b, k)), false);
    }
    PRINTLN(b, vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], vals[6]);
    ret(b);
    expect(run_prog(), 0, "0 -1 0 -64 144 -2147483648 2\n");
}

/* A shift by a negative signed count panics (rt_panic_shift). */
Test(codegen, negative_shift_fails) {
    IrBlock *b = main_entry(NULL);
    IrVar *k = var(curf, "k", ty_int, VC_LOCAL);
    decl(b, k);
    setv(b, k, cnst(b, ty_int, -1));
    PRINTLN(b, conv(b, bin(b, IR_SHL, cnst(b, ty_int, 1), getv(b, k)), false));
    ret(b);
    Run r = run_prog();
    expect(r, 2, "");
    cr_expect(strstr(r.err, "negative shift amount") != NULL, "stderr: %s", r.err);
}

/* s := 0; for i := 1; i <= 10; i++ { s += i }; big(); small(); fmt.Println(s)
 * — prints 55.  Stack checks and preemption points (rt.h "goroutines"):
 * every prologue compares with rt_stackguard and calls rt_morestack out of
 * line, a frame of at most RT_STACK_SMALL bytes (small's) with %rsp
 * itself, a larger one (big's) with its lowest address; the loop's one
 * back edge (the JMP to its condition) polls rt_preempt_requested. */
Test(codegen, loop_sum) {
    IrBlock *b0 = main_entry(NULL);
    IrFunc *f = curf;
    IrVar *s = var(f, "s", ty_int, VC_LOCAL), *i = var(f, "i", ty_int, VC_LOCAL);
    IrBlock *cond = block(f), *body = block(f), *done = block(f);
    decl(b0, s);
    decl(b0, i);
    setv(b0, i, cnst(b0, ty_int, 1));
    jmp(b0, cond);
    br(cond, bin(cond, IR_LE, getv(cond, i), cnst(cond, ty_int, 10)), body, done);
    setv(body, s, bin(body, IR_ADD, getv(body, s), getv(body, i)));
    setv(body, i, bin(body, IR_ADD, getv(body, i), cnst(body, ty_int, 1)));
    jmp(body, cond);
    IrFunc *big = func("big", functype(0, 0));
    curf = big;
    IrBlock *gb = block(big);
    decl(gb, var(big, "a", arraytype(ty_int, 100), VC_LOCAL));
    ret(gb);
    IrFunc *small = func("small", functype(0, 0));
    curf = small;
    ret(block(small));
    curf = f;
    val(done, IR_CALL, NULL, 0)->func = big;
    val(done, IR_CALL, NULL, 0)->func = small;
    PRINTLN(done, conv(done, getv(done, s), false));
    ret(done);
    Run r = run_prog();
    expect(r, 0, "55\n");
    char *m = func_text(r.asm_text, "main.main");
    cr_expect(strstr(m, "cmpq rt_stackguard(%rip)") != NULL, "%s", m);
    cr_expect_eq(count(m, "call rt_morestack"), 1, "%s", m);
    cr_expect_eq(count(m, "rt_preempt_requested"), 1, "%s", m);
    cr_expect_eq(count(m, "call rt_preempt_check"), 1, "%s", m);
    char *bt = func_text(r.asm_text, "main.big");
    cr_expect(strstr(bt, "cmpq rt_stackguard(%rip), %rax") != NULL, "%s", bt);
    cr_expect_eq(count(bt, "rt_preempt_requested"), 0, "%s", bt);
    char *st = func_text(r.asm_text, "main.small");
    cr_expect(strstr(st, "cmpq rt_stackguard(%rip), %rsp") != NULL, "%s", st);
}

/* func f(a int8, s string, b bool, c int) (int, string, bool, int8) {
 *     return c * 2, s + "!", !b, a * 2
 * }
 * func main() { x, y, z, w := f(-3, "hi", false, 10)
 *     fmt.Println(x, y, z, w, "hi" < "hj", "a" == y) }
 * prints: 20 hi! true -6 true false */
Test(codegen, call_several_args_results) {
    IrFunc *f = func("f", functype(4, 4, ty_int8, ty_string, ty_bool, ty_int, ty_int, ty_string,
                                   ty_bool, ty_int8));
    curf = f;
    IrVar *a = var(f, "a", ty_int8, VC_PARAM), *s = var(f, "s", ty_string, VC_PARAM);
    IrVar *bb = var(f, "b", ty_bool, VC_PARAM), *c = var(f, "c", ty_int, VC_PARAM);
    IrVar *r0 = var(f, "~r0", ty_int, VC_RESULT), *r1 = var(f, "~r1", ty_string, VC_RESULT);
    IrVar *r2 = var(f, "~r2", ty_bool, VC_RESULT), *r3 = var(f, "~r3", ty_int8, VC_RESULT);
    IrBlock *e = block(f);
    setv(e, r0, bin(e, IR_MUL, getv(e, c), cnst(e, ty_int, 2)));
    IrValue *cat = val(e, IR_CONCAT, ty_string, 2, getv(e, s), str(e, "!"));
    cat->escapes = true; /* returned: gc says s + "!" escapes to heap */
    setv(e, r1, cat);
    setv(e, r2, val(e, IR_NOT, ty_bool, 1, getv(e, bb)));
    setv(e, r3, bin(e, IR_MUL, getv(e, a), cnst(e, ty_int8, 2)));
    ret(e);

    IrBlock *b = main_entry(NULL);
    IrValue **args = arena_alloc(perm, sizeof(IrValue *) * 4);
    args[0] = cnst(b, ty_int8, -3);
    args[1] = str(b, "hi");
    args[2] = cnst(b, ty_bool, 0);
    args[3] = cnst(b, ty_int, 10);
    IrValue *t = call(b, f, tuple(4, ty_int, ty_string, ty_bool, ty_int8), 4, args);
    IrValue *lt = bin(b, IR_LT, str(b, "hi"), str(b, "hj"));
    IrValue *eq = bin(b, IR_EQ, str(b, "a"), extract(b, t, 1));
    PRINTLN(b, conv(b, extract(b, t, 0), false), conv(b, extract(b, t, 1), false),
            conv(b, extract(b, t, 2), false), conv(b, extract(b, t, 3), false), conv(b, lt, false),
            conv(b, eq, false));
    ret(b);
    expect(run_prog(), 0, "20 hi! true -6 true false\n");
}

/* A callee receiving an int8 parameter and returning it widened through
 * its slot: func g(a int8, b int16) (int8, int16) { return a, b }
 * fmt.Println(g(-5, -300)) prints -5 -300 */
Test(codegen, narrow_params) {
    IrFunc *g = func("g", functype(2, 2, ty_int8, ty_int16, ty_int8, ty_int16));
    curf = g;
    IrVar *a = var(g, "a", ty_int8, VC_PARAM), *bv = var(g, "b", ty_int16, VC_PARAM);
    IrVar *r0 = var(g, "~r0", ty_int8, VC_RESULT), *r1 = var(g, "~r1", ty_int16, VC_RESULT);
    IrBlock *e = block(g);
    setv(e, r0, getv(e, a));
    setv(e, r1, getv(e, bv));
    ret(e);
    IrBlock *b = main_entry(NULL);
    IrValue **args = arena_alloc(perm, sizeof(IrValue *) * 2);
    args[0] = cnst(b, ty_int8, -5);
    args[1] = cnst(b, ty_int16, -300);
    IrValue *t = call(b, g, tuple(2, ty_int8, ty_int16), 2, args);
    PRINTLN(b, conv(b, extract(b, t, 0), true), conv(b, extract(b, t, 1), true));
    ret(b);
    expect(run_prog(), 0, "-5 -300\n");
}

/* type T struct { a int8; s string; c int }
 * var t T; t.a = 1; t.s = "hi"; t.c = 3; fmt.Println(t.c, t.s, t.a, t)
 * prints: 3 hi 1 {1 hi 3} */
Test(codegen, struct_fields) {
    Type *T = named("T", structtype(3, "a", ty_int8, "s", ty_string, "c", ty_int));
    IrBlock *b = main_entry(NULL);
    IrVar *t = var(curf, "t", T, VC_LOCAL);
    decl(b, t);
    store(b, fieldp(b, addr(b, t), 0), cnst(b, ty_int8, 1));
    store(b, fieldp(b, addr(b, t), 1), str(b, "hi"));
    store(b, fieldp(b, addr(b, t), 2), cnst(b, ty_int, 3));
    IrValue *c = load(b, fieldp(b, addr(b, t), 2));
    IrValue *s = load(b, fieldp(b, addr(b, t), 1));
    IrValue *a = load(b, fieldp(b, addr(b, t), 0));
    PRINTLN(b, conv(b, c, false), conv(b, s, false), conv(b, a, false), conv(b, getv(b, t), false));
    ret(b);
    Run r = run_prog();
    expect(r, 0, "3 hi 1 {1 hi 3}\n");
    cr_expect(strstr(r.asm_text, "type.main.T:") != NULL, "no descriptor type.main.T");
}

/* s := make([]int, 0, 1)          // does not escape: frame storage
 * for i := 0; i < 5; i++ { s = append(s, i*i); fmt.Println(len(s), cap(s)) }
 * fmt.Println(s[4], s)
 * t := []int{7, 8}; s = append(s, t...); fmt.Println(s)
 * fmt.Println(s[9])               // index out of range [9] with length 7 */
Test(codegen, slices_append_index) {
    IrBlock *b0 = main_entry(NULL);
    IrFunc *f = curf;
    Type *si = ty_slice(ty_int);
    IrVar *s = var(f, "s", si, VC_LOCAL), *i = var(f, "i", ty_int, VC_LOCAL);
    decl(b0, s);
    decl(b0, i);
    IrValue *mk = val(b0, IR_MAKESLICE, si, 2, cnst(b0, ty_int, 0), cnst(b0, ty_int, 1));
    setv(b0, s, mk);
    IrBlock *cond = block(f), *body = block(f), *done = block(f);
    jmp(b0, cond);
    br(cond, bin(cond, IR_LT, getv(cond, i), cnst(cond, ty_int, 5)), body, done);
    IrValue *sq = bin(body, IR_MUL, getv(body, i), getv(body, i));
    setv(body, s, val(body, IR_APPEND, si, 2, getv(body, s), sq));
    PRINTLN(body, conv(body, val(body, IR_LEN, ty_int, 1, getv(body, s)), false),
            conv(body, val(body, IR_CAP, ty_int, 1, getv(body, s)), false));
    setv(body, i, bin(body, IR_ADD, getv(body, i), cnst(body, ty_int, 1)));
    jmp(body, cond);

    IrValue *e4 = load(done, val(done, IR_INDEX, ty_ptr(ty_int), 2, getv(done, s), cnst(done, ty_int, 4)));
    PRINTLN(done, conv(done, e4, false), conv(done, getv(done, s), false));
    /* t := []int{7, 8}: a frame array and a slice header */
    IrValue *arr = val(done, IR_NEW, ty_ptr(arraytype(ty_int, 2)), 0);
    IrValue *two = cnst(done, ty_int, 2);
    IrValue *t = val(done, IR_SLICEHDR, si, 3, arr, two, two);
    store(done, val(done, IR_INDEX, ty_ptr(ty_int), 2, t, cnst(done, ty_int, 0)), cnst(done, ty_int, 7));
    store(done, val(done, IR_INDEX, ty_ptr(ty_int), 2, t, cnst(done, ty_int, 1)), cnst(done, ty_int, 8));
    IrValue *ap = val(done, IR_APPEND, si, 2, getv(done, s), t);
    ap->spread = true;
    setv(done, s, ap);
    PRINTLN(done, conv(done, getv(done, s), false));
    IrValue *e9 = load(done, val(done, IR_INDEX, ty_ptr(ty_int), 2, getv(done, s), cnst(done, ty_int, 9)));
    PRINTLN(done, conv(done, e9, false));
    ret(done);
    Run r = run_prog();
    expect(r, 2,
           "1 1\n2 2\n3 4\n4 4\n5 8\n"
           "16 [0 1 4 9 16]\n"
           "[0 1 4 9 16 7 8]\n");
    cr_expect(strstr(r.err, "index out of range [9] with length 7") != NULL, "stderr: %s", r.err);
    cr_expect_eq(count(func_text(r.asm_text, "main.main"), "call rt_makeslice"), 1);
}

/* p := new(int)   // does not escape
 * q := new(T)     // escapes: rt_alloc
 * *p = 5; q.c = *p + 1; q.s = "q"; fmt.Println(*p, *q)
 * In a loop, a non-escaping new(int) is zeroed each time it executes:
 * for i := 0; i < 2; i++ { r := new(int); *r += 7; fmt.Println(*r) }
 * prints: 5 {0 q 6}, 7, 7 */
Test(codegen, new_escaping_and_not) {
    Type *T = named("T", structtype(3, "a", ty_int8, "s", ty_string, "c", ty_int));
    IrBlock *b = main_entry(NULL);
    IrFunc *f = curf;
    IrValue *p = val(b, IR_NEW, ty_ptr(ty_int), 0);
    IrValue *q = val(b, IR_NEW, ty_ptr(T), 0);
    q->escapes = true;
    store(b, p, cnst(b, ty_int, 5));
    store(b, fieldp(b, q, 2), bin(b, IR_ADD, load(b, p), cnst(b, ty_int, 1)));
    store(b, fieldp(b, q, 1), str(b, "q"));
    PRINTLN(b, conv(b, load(b, p), false), conv(b, load(b, q), false));
    IrVar *i = var(f, "i", ty_int, VC_LOCAL);
    decl(b, i);
    IrBlock *cond = block(f), *body = block(f), *done = block(f);
    jmp(b, cond);
    br(cond, bin(cond, IR_LT, getv(cond, i), cnst(cond, ty_int, 2)), body, done);
    IrValue *r = val(body, IR_NEW, ty_ptr(ty_int), 0);
    store(body, r, bin(body, IR_ADD, load(body, r), cnst(body, ty_int, 7)));
    PRINTLN(body, conv(body, load(body, r), false));
    setv(body, i, bin(body, IR_ADD, getv(body, i), cnst(body, ty_int, 1)));
    jmp(body, cond);
    ret(done);
    Run res = run_prog();
    expect(res, 0, "5 {0 q 6}\n7\n7\n");
    /* exactly one heap allocation in main: q */
    cr_expect_eq(count(func_text(res.asm_text, "main.main"), "call rt_alloc"), 1);
}

/* Escaping variables: a parameter moved to heap and a result in a heap
 * cell, an escaping local declared in a loop (a fresh cell each time).
 * func h(x int) (r int) { p := &x; *p += 1; r = *p * 2; return }   (x, r escape)
 * func main() { var keep [2]*int
 *   for i := 0; i < 2; i++ { var v int; v = i + 40; keep[i] = &v }
 *   fmt.Println(h(20), *keep[0], *keep[1]) }
 * prints: 42 40 41 */
Test(codegen, moved_to_heap) {
    IrFunc *h = func("h", functype(1, 1, ty_int, ty_int));
    curf = h;
    IrVar *x = var(h, "x", ty_int, VC_PARAM), *r = var(h, "r", ty_int, VC_RESULT);
    x->escapes = r->escapes = true;
    IrBlock *e = block(h);
    IrValue *p = addr(e, x);
    store(e, p, bin(e, IR_ADD, load(e, p), cnst(e, ty_int, 1)));
    setv(e, r, bin(e, IR_MUL, load(e, p), cnst(e, ty_int, 2)));
    ret(e);

    IrFunc *f;
    IrBlock *b = main_entry(&f);
    Type *kt = arraytype(ty_ptr(ty_int), 2);
    IrVar *keep = var(f, "keep", kt, VC_LOCAL), *i = var(f, "i", ty_int, VC_LOCAL);
    IrVar *v = var(f, "v", ty_int, VC_LOCAL);
    v->escapes = true;
    decl(b, keep);
    decl(b, i);
    IrBlock *cond = block(f), *body = block(f), *done = block(f);
    jmp(b, cond);
    br(cond, bin(cond, IR_LT, getv(cond, i), cnst(cond, ty_int, 2)), body, done);
    decl(body, v);
    setv(body, v, bin(body, IR_ADD, getv(body, i), cnst(body, ty_int, 40)));
    store(body, val(body, IR_INDEX, ty_ptr(ty_ptr(ty_int)), 2, addr(body, keep), getv(body, i)),
          addr(body, v));
    setv(body, i, bin(body, IR_ADD, getv(body, i), cnst(body, ty_int, 1)));
    jmp(body, cond);
    IrValue **args = arena_alloc(perm, sizeof(IrValue *));
    args[0] = cnst(done, ty_int, 20);
    IrValue *hv = call(done, h, ty_int, 1, args);
    IrValue *k0 = load(done, load(done, val(done, IR_INDEX, ty_ptr(ty_ptr(ty_int)), 2, addr(done, keep), cnst(done, ty_int, 0))));
    IrValue *k1 = load(done, load(done, val(done, IR_INDEX, ty_ptr(ty_ptr(ty_int)), 2, addr(done, keep), cnst(done, ty_int, 1))));
    PRINTLN(done, conv(done, hv, true), conv(done, k0, true), conv(done, k1, true));
    ret(done);
    Run res = run_prog();
    expect(res, 0, "42 40 41\n");
    cr_expect_eq(count(func_text(res.asm_text, "main.h"), "call rt_alloc"), 2);
}

/* fmt.Println of an int, a string and a struct through boxes on the heap
 * and on the frame, an int from a variable (heap box, value >= 256), a
 * pointer (no box), a nil interface; and a global set in main.init.
 * var g = 1000
 * func main() { n := g; t := T{1, "x", 2}; p := &n
 *   fmt.Println(n, "str", t, p == nil, nil); fmt.Println(n+1, t) }
 * prints: 1000 str {1 x 2} false <nil>, 1001 {1 x 2} */
Test(codegen, println_boxes_and_globals) {
    Type *T = named("T", structtype(3, "a", ty_int8, "s", ty_string, "c", ty_int));
    IrVar *g = global("g", ty_int);
    IrFunc *init = func("init", functype(0, 0));
    prog->funcs.len--; /* the initialiser is not among funcs */
    prog->init = init;
    curf = init;
    IrBlock *ib = block(init);
    setv(ib, g, cnst(ib, ty_int, 1000));
    ret(ib);

    IrFunc *f;
    IrBlock *b = main_entry(&f);
    IrVar *n = var(f, "n", ty_int, VC_LOCAL), *t = var(f, "t", T, VC_LOCAL);
    decl(b, n);
    decl(b, t);
    setv(b, n, getv(b, g));
    store(b, fieldp(b, addr(b, t), 0), cnst(b, ty_int8, 1));
    store(b, fieldp(b, addr(b, t), 1), str(b, "x"));
    store(b, fieldp(b, addr(b, t), 2), cnst(b, ty_int, 2));
    IrValue *isnil = bin(b, IR_EQ, addr(b, n), val(b, IR_ZERO, ty_ptr(ty_int), 0));
    IrValue *nilany = val(b, IR_ZERO, ty_any, 0);
    PRINTLN(b, conv(b, getv(b, n), true), conv(b, str(b, "str"), true), conv(b, getv(b, t), true),
            conv(b, isnil, true), nilany);
    PRINTLN(b, conv(b, bin(b, IR_ADD, getv(b, n), cnst(b, ty_int, 1)), false),
            conv(b, getv(b, t), false));
    ret(b);
    Run r = run_prog();
    expect(r, 0, "1000 str {1 x 2} false <nil>\n1001 {1 x 2}\n");
    const char *mt = func_text(r.asm_text, "main.main");
    /* heap boxes: n (via convT64's path) and t; the constant string and
     * the bool need none */
    cr_expect_eq(count(mt, "call rt_alloc"), 2);
    cr_expect(strstr(r.asm_text, "main.g:") != NULL);
}

/* The write barrier and the collector's roots.
 * type T struct { next *T; v int; s string }
 * var g *T
 * func main() { p := new(T)   // escapes
 *   var local *T; local = p   // a frame store: no barrier
 *   p.next = p                // a pointer into the heap: rt_gc_wb
 *   p.s = "hi"                // a string into the heap: rt_gc_wbtyped
 *   g = p                     // a global: rt_gc_wb
 *   p.v = 7                   // no pointers: no barrier
 *   fmt.Println(local.v, g.next.s) }
 * prints: 7 hi; the roots table lists g with T's pointer type */
Test(codegen, write_barrier_and_roots) {
    Type *T = named("T", NULL);
    T->underlying = structtype(3, "next", ty_ptr(T), "v", ty_int, "s", ty_string);
    IrVar *g = global("g", ty_ptr(T));
    IrVar *n = global("n", ty_int);
    (void)n;
    IrFunc *f;
    IrBlock *b = main_entry(&f);
    IrVar *local = var(f, "local", ty_ptr(T), VC_LOCAL);
    decl(b, local);
    IrValue *p = val(b, IR_NEW, ty_ptr(T), 0);
    p->escapes = true;
    setv(b, local, p);
    store(b, fieldp(b, p, 0), p);
    store(b, fieldp(b, p, 2), str(b, "hi"));
    setv(b, g, p);
    store(b, fieldp(b, p, 1), cnst(b, ty_int, 7));
    IrValue *lv = load(b, fieldp(b, getv(b, local), 1));
    IrValue *gs = load(b, fieldp(b, load(b, fieldp(b, getv(b, g), 0)), 2));
    PRINTLN(b, conv(b, lv, false), conv(b, gs, false));
    ret(b);
    Run r = run_prog();
    expect(r, 0, "7 hi\n");
    const char *mt = func_text(r.asm_text, "main.main");
    cr_expect_eq(count(mt, "rt_gc_wbenabled"), 3, "%s", mt);
    cr_expect_eq(count(mt, "call rt_gc_wb\n"), 2);
    cr_expect_eq(count(mt, "call rt_gc_wbtyped"), 1);
    const char *roots = strstr(r.asm_text, "minigo.globals:");
    cr_assert(roots, "no roots table");
    cr_expect(strstr(roots, ".quad 1\n"), "one pointerful global: %s", roots);
    cr_expect(strstr(roots, ".quad main.g, "), "%s", roots);
    cr_expect(!strstr(roots, "main.n,"), "n holds no pointer");
}

/* Descriptor labels and symbol mangling: a method-like link name with
 * characters gas needs quoted, and types whose names need escaping. */
Test(codegen, mangling) {
    Type *T = named("T", structtype(1, "x", ty_int));
    IrFunc *m = func("(*T).m", functype(1, 1, ty_ptr(T), ty_int));
    m->linkname = "main.(*T).m";
    curf = m;
    IrVar *recv = var(m, "t", ty_ptr(T), VC_PARAM), *r0 = var(m, "~r0", ty_int, VC_RESULT);
    IrBlock *e = block(m);
    setv(e, r0, load(e, fieldp(e, getv(e, recv), 0)));
    ret(e);
    IrBlock *b = main_entry(NULL);
    IrValue *p = val(b, IR_NEW, ty_ptr(T), 0);
    p->escapes = true;
    store(b, fieldp(b, p, 0), cnst(b, ty_int, 9));
    IrValue **args = arena_alloc(perm, sizeof(IrValue *));
    args[0] = p;
    IrValue *c = call(b, m, ty_int, 1, args);
    Type *anon = structtype(2, "x", ty_int, "y", ty_string);
    IrVar *sv = var(curf, "sv", anon, VC_LOCAL);
    decl(b, sv);
    store(b, fieldp(b, addr(b, sv), 1), str(b, "quote\"and\\nul"));
    PRINTLN(b, conv(b, c, false), conv(b, getv(b, sv), true),
            conv(b, val(b, IR_MAKESLICE, ty_slice(T), 2, cnst(b, ty_int, 1), cnst(b, ty_int, 1)), true));
    ret(b);
    Run r = run_prog();
    expect(r, 0, "9 {0 quote\"and\\nul} [{0}]\n");
    cr_expect(strstr(r.asm_text, "\"main.(*T).m\":") != NULL);
    cr_expect(strstr(r.asm_text, "call \"main.(*T).m\"") != NULL);
    cr_expect(strstr(r.asm_text, "\"type.struct %7B x int; y string %7D\":") != NULL, "%s", r.asm_text);
    cr_expect(strstr(r.asm_text, "\"type.[]main.T\":") != NULL);
}

/* panic("boom") exits with status 2 after printing the earlier output. */
Test(codegen, panic_iface) {
    IrBlock *b = main_entry(NULL);
    PRINTLN(b, conv(b, str(b, "a"), false));
    val(b, IR_PANIC, NULL, 1, conv(b, str(b, "boom"), true));
    Run r = run_prog();
    expect(r, 2, "a\n");
    cr_expect(strstr(r.err, "panic: ") != NULL, "stderr: %s", r.err);
}

/* Bit operations and comparisons at various widths and signedness:
 * uint8(0xf0) &^ 0x30, 6&3, 6|3, 6^3, uint(1) > MaxUint, int8(-1) < 1,
 * uint8(255) >= 1, "abc"[1], "ab" <= "abc", "b" > "abc", "x" != "x"
 * prints: 192 2 7 5 false true true 98 true true false */
Test(codegen, bitops_and_compares) {
    IrBlock *b = main_entry(NULL);
    IrValue *v[11];
    v[0] = bin(b, IR_ANDNOT, cnst(b, ty_uint8, 0xf0), cnst(b, ty_uint8, 0x30));
    v[1] = bin(b, IR_AND, cnst(b, ty_int, 6), cnst(b, ty_int, 3));
    v[2] = bin(b, IR_OR, cnst(b, ty_int, 6), cnst(b, ty_int, 3));
    v[3] = bin(b, IR_XOR, cnst(b, ty_int, 6), cnst(b, ty_int, 3));
    v[4] = bin(b, IR_GT, cnst(b, ty_uint, 1), cnst(b, ty_uint, -1));
    v[5] = bin(b, IR_LT, cnst(b, ty_int8, -1), cnst(b, ty_int8, 1));
    v[6] = bin(b, IR_GE, cnst(b, ty_uint8, 255), cnst(b, ty_uint8, 1));
    v[7] = load(b, val(b, IR_INDEX, ty_ptr(ty_uint8), 2, str(b, "abc"), cnst(b, ty_int, 1)));
    v[8] = bin(b, IR_LE, str(b, "ab"), str(b, "abc"));
    v[9] = bin(b, IR_GT, str(b, "b"), str(b, "abc"));
    v[10] = bin(b, IR_NE, str(b, "x"), str(b, "x"));
    IrValue *c[11];
    for (int i = 0; i < 11; i++)
        c[i] = conv(b, v[i], false);
    PRINTLN(b, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    ret(b);
    expect(run_prog(), 0, "192 2 7 5 false true true 98 true true false\n");
}

/* Values larger than 64 bytes are copied with rep movsb: a 72-byte struct
 * through a parameter moved to heap and a result.
 * type B struct { x0, ..., x8 int }
 * func id(b B) B { p := &b; p.x8 += 100; return *p }
 * func main() { var b B; b.x0 = 1; b.x4 = 5; b.x8 = 9; fmt.Println(id(b), b) }
 * prints: {1 0 0 0 5 0 0 0 109} {1 0 0 0 5 0 0 0 9} */
Test(codegen, big_struct_copy) {
    Type *B = named("B", structtype(9, "x0", ty_int, "x1", ty_int, "x2", ty_int, "x3", ty_int,
                                    "x4", ty_int, "x5", ty_int, "x6", ty_int, "x7", ty_int, "x8",
                                    ty_int));
    IrFunc *id = func("id", functype(1, 1, B, B));
    curf = id;
    IrVar *pb = var(id, "b", B, VC_PARAM), *r0 = var(id, "~r0", B, VC_RESULT);
    pb->escapes = true;
    IrBlock *e = block(id);
    IrValue *p = addr(e, pb);
    IrValue *f8 = fieldp(e, p, 8);
    store(e, f8, bin(e, IR_ADD, load(e, f8), cnst(e, ty_int, 100)));
    setv(e, r0, load(e, p));
    ret(e);

    IrFunc *f;
    IrBlock *b = main_entry(&f);
    IrVar *bv = var(f, "b", B, VC_LOCAL);
    decl(b, bv);
    store(b, fieldp(b, addr(b, bv), 0), cnst(b, ty_int, 1));
    store(b, fieldp(b, addr(b, bv), 4), cnst(b, ty_int, 5));
    store(b, fieldp(b, addr(b, bv), 8), cnst(b, ty_int, 9));
    IrValue **args = arena_alloc(perm, sizeof(IrValue *));
    args[0] = getv(b, bv);
    IrValue *r = call(b, id, B, 1, args);
    PRINTLN(b, conv(b, r, true), conv(b, getv(b, bv), false));
    ret(b);
    Run res = run_prog();
    expect(res, 0, "{1 0 0 0 5 0 0 0 109} {1 0 0 0 5 0 0 0 9}\n");
    cr_expect(strstr(res.asm_text, "rep movsb") != NULL);
}

/* c := make(chan int, 2); c <- 5; c <- 7; fmt.Println(len(c), cap(c), <-c)
 * v, ok := <-c; fmt.Println(v, ok); close(c); v, ok = <-c; fmt.Println(v, ok)
 * var n chan int; fmt.Println(len(n), cap(n))
 * prints: 2 2 5 / 7 true / 0 false / 0 0 */
Test(codegen, channels) {
    IrBlock *b = main_entry(NULL);
    IrValue *c = makechan(b, ty_int, 2);
    send(b, c, cnst(b, ty_int, 5));
    send(b, c, cnst(b, ty_int, 7));
    IrValue *l = val(b, IR_LEN, ty_int, 1, c), *k = val(b, IR_CAP, ty_int, 1, c);
    PRINTLN(b, conv(b, l, false), conv(b, k, false), conv(b, recv(b, c), false));
    IrValue *r1 = recv(b, c);
    PRINTLN(b, conv(b, r1, false), conv(b, val(b, IR_COMMAOK, ty_bool, 1, r1), false));
    val(b, IR_BUILTIN, NULL, 1, c)->ival = BI_CLOSE;
    IrValue *r2 = recv(b, c);
    PRINTLN(b, conv(b, r2, false), conv(b, val(b, IR_COMMAOK, ty_bool, 1, r2), false));
    IrValue *n = val(b, IR_ZERO, chan_of(ty_int), 0);
    PRINTLN(b, conv(b, val(b, IR_LEN, ty_int, 1, n), false), conv(b, val(b, IR_CAP, ty_int, 1, n), false));
    ret(b);
    Run r = run_prog();
    expect(r, 0, "2 2 5\n7 true\n0 false\n0 0\n");
    cr_expect_eq(count(func_text(r.asm_text, "main.main"), "call rt_chanrecv"), 3);
}

/* a := make(chan int, 1); b := make(chan string, 1); b <- "x"
 * select { case v := <-a: fmt.Println("a", v); case s, ok := <-b: fmt.Println("b", s, ok) }
 * select { case a <- 3: fmt.Println("sent"); case <-b: fmt.Println("b again") }
 * select { case <-b: fmt.Println("b"); default: fmt.Println("default") }
 * select { case v := <-a: fmt.Println("got", v) }
 * prints: b x true / sent / default / got 3.  The first two go through
 * rt_selectgo, the third is a receive that does not block, the last a
 * plain receive (a goroutine blocked there waits as in "chan receive"). */
Test(codegen, select_statements) {
    IrBlock *b0 = main_entry(NULL);
    IrFunc *f = curf;
    IrValue *a = makechan(b0, ty_int, 1), *bc = makechan(b0, ty_string, 1);
    send(b0, bc, str(b0, "x"));
    IrBlock *s1a = block(f), *s1b = block(f), *s2 = block(f), *s2a = block(f), *s2b = block(f);
    IrBlock *s3 = block(f), *s3d = block(f), *s3c = block(f), *s4 = block(f), *s4a = block(f);
    IrBlock *end = block(f);
    /* 1: two receives; the dispatch asks for case 0, else takes case 1 */
    IrValue *ra = recv(b0, a), *rb = recv(b0, bc);
    IrValue *sel = select_of(b0, false, 2, ra, rb);
    br(b0, bin(b0, IR_EQ, sel, cnst(b0, ty_int, 0)), s1a, s1b);
    PRINTLN(s1a, conv(s1a, str(s1a, "a"), false), conv(s1a, ra, false));
    jmp(s1a, s2);
    PRINTLN(s1b, conv(s1b, str(s1b, "b"), false), conv(s1b, rb, false),
            conv(s1b, val(s1b, IR_COMMAOK, ty_bool, 1, rb), false));
    jmp(s1b, s2);
    /* 2: a send first, then a receive */
    sel = select_of(s2, false, 2, send(s2, a, cnst(s2, ty_int, 3)), recv(s2, bc));
    br(s2, bin(s2, IR_EQ, sel, cnst(s2, ty_int, 0)), s2a, s2b);
    PRINTLN(s2a, conv(s2a, str(s2a, "sent"), false));
    jmp(s2a, s3);
    PRINTLN(s2b, conv(s2b, str(s2b, "b again"), false));
    jmp(s2b, s3);
    /* 3: one case and a default */
    sel = select_of(s3, true, 1, recv(s3, bc));
    br(s3, bin(s3, IR_EQ, sel, cnst(s3, ty_int, 0)), s3c, s3d);
    PRINTLN(s3c, conv(s3c, str(s3c, "b"), false));
    jmp(s3c, s4);
    PRINTLN(s3d, conv(s3d, str(s3d, "default"), false));
    jmp(s3d, s4);
    /* 4: one case */
    IrValue *r4 = recv(s4, a);
    select_of(s4, false, 1, r4);
    jmp(s4, s4a);
    PRINTLN(s4a, conv(s4a, str(s4a, "got"), false), conv(s4a, r4, false));
    jmp(s4a, end);
    ret(end);
    Run r = run_prog();
    expect(r, 0, "b x true\nsent\ndefault\ngot 3\n");
    char *m = func_text(r.asm_text, "main.main");
    cr_expect_eq(count(m, "call rt_selectgo"), 2, "%s", m);
    cr_expect_eq(count(m, "call rt_chanrecv"), 2, "%s", m);
    cr_expect_eq(count(m, "call rt_chansend"), 1, "%s", m); /* b <- "x" */
}

/* fmt.Println("before"); select {} — blocks for ever: with nothing else to
 * run, the deadlock. */
Test(codegen, empty_select_blocks) {
    IrBlock *b = main_entry(NULL);
    PRINTLN(b, conv(b, str(b, "before"), false));
    select_of(b, false, 0);
    ret(b);
    Run r = run_prog();
    expect(r, 2, "before\n");
    cr_expect(strstr(r.err, "all goroutines are asleep - deadlock!") != NULL, "stderr: %s", r.err);
    cr_expect(strstr(func_text(r.asm_text, "main.main"), "call rt_block") != NULL);
}

/* func twice(c chan int, x int) { c <- x * 2 }
 * func main() { c := make(chan int, 1); go twice(c, 21); fmt.Println(<-c)
 *     f := twice; go f(c, 5); fmt.Println(<-c)
 *     var g func(); go g() }
 * prints 42 and 10, then fails: go of a nil func() is fatal there. */
Test(codegen, go_statements) {
    Type *ct = chan_of(ty_int);
    IrFunc *tw = func("twice", functype(2, 0, ct, ty_int));
    curf = tw;
    IrVar *pc = var(tw, "c", ct, VC_PARAM), *px = var(tw, "x", ty_int, VC_PARAM);
    IrBlock *e = block(tw);
    send(e, getv(e, pc), bin(e, IR_MUL, getv(e, px), cnst(e, ty_int, 2)));
    ret(e);
    IrBlock *b = main_entry(NULL);
    IrValue *c = makechan(b, ty_int, 1);
    IrValue **args = arena_alloc(perm, sizeof(IrValue *) * 2);
    args[0] = c;
    args[1] = cnst(b, ty_int, 21);
    call(b, tw, NULL, 2, args)->ival = 2;
    PRINTLN(b, conv(b, recv(b, c), false));
    IrValue *fv = val(b, IR_CLOSURE, tw->type, 0);
    fv->func = tw;
    fv->implicit = true;
    IrValue *g = val(b, IR_CALL, NULL, 3, fv, c, cnst(b, ty_int, 5));
    g->ival = 2;
    PRINTLN(b, conv(b, recv(b, c), false));
    IrValue *nilf = val(b, IR_ZERO, functype(0, 0), 0);
    val(b, IR_CALL, NULL, 1, nilf)->ival = 2;
    ret(b);
    Run r = run_prog();
    expect(r, 2, "42\n10\n");
    cr_expect(strstr(r.err, "go of nil func value") != NULL, "stderr: %s", r.err);
    cr_expect_eq(count(func_text(r.asm_text, "main.main"), "call rt_newproc"), 3);
    cr_expect_eq(count(func_text(r.asm_text, "main.main"), "call rt_throw"), 1);
}
