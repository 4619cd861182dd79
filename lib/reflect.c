/* reflect.c — package reflect (go1.19 semantics), its types: Kind, Type
 * (the methods of *rtype, which is an RtType), StructTag, the functions
 * on types (TypeOf, PointerTo), and the method values reflect makes
 * (Method.Func, Value.Method).  reflect_value.c has Value.
 *
 * A Type is an interface holding a *rtype: the data word is the program's
 * own descriptor (rt.h RtType), so reflect.TypeOf(x) == reflect.TypeOf(y)
 * when x and y have one dynamic type, and a func value reflect makes
 * passes the program's type assertions.  Descriptors carry what reflect
 * reads (rt.h): names, package paths, fields with tags, parameters of
 * functions; methods' signatures and *T when the program uses reflect
 * (codegen/data.c). */
#include <string.h>

#include "lib/reflect.h"

/* ---- the descriptors of reflect's own types ---- */

extern const RtMethod rf_rtype_methods[];
extern const uint32_t rf_rtype_nmethods;
const RtType rf_type_rtype = {8, 0, RT_STRUCT, 0, "reflect.rtype", .tflags = RT_TF_NAMED,
                              .pkgpath = "reflect"};
const RtType rf_type_ptr_rtype;
RT_ALIAS(rf_type_rtype, "type.reflect.rtype");
RT_ALIAS(rf_type_ptr_rtype, "type.*reflect.rtype");
static const RtType t_uintptr = {8, 0, RT_UINTPTR, 0, "uintptr", .tflags = RT_TF_NAMED};
static const RtType t_unsafeptr = {8, 8, RT_UNSAFEPTR, 0, "unsafe.Pointer", .tflags = RT_TF_NAMED,
                                   .gcmask = (const uint8_t *)"\1"};
static const RtField value_fields[] = {
    {"typ", &rf_type_ptr_rtype, 0, NULL, "reflect"},
    {"ptr", &t_unsafeptr, 8, NULL, "reflect"},
    {"flag", &t_uintptr, 16, NULL, "reflect", 1},
};
extern const RtMethod rf_value_methods[];
const RtType rf_type_Value = {24, 16, RT_STRUCT, 3, "reflect.Value", NULL, value_fields, 0,
                              (const uint8_t *)"\3", .methods = rf_value_methods, .nmethods = 1,
                              .tflags = RT_TF_NAMED, .pkgpath = "reflect"};
const RtType rf_type_ptr_Value = {8, 8, RT_PTR, 0, "*reflect.Value", &rf_type_Value, NULL, 0,
                                  (const uint8_t *)"\1"};
RT_ALIAS(rf_type_Value, "type.reflect.Value");
RT_ALIAS(rf_type_ptr_Value, "type.*reflect.Value");

RtIface rf_type_iface(const RtType *t)
{
    return (RtIface){t ? &rf_type_ptr_rtype : NULL, (void *)t};
}

/* ---- panics ---- */

_Noreturn void rf_panic(const char *msg)
{
    RtString s = rt_gostring_c(msg);
    RtString *box = rt_alloc(sizeof s, &rt_type_string);
    rt_store_string(box, s);
    RtIface v = {&rt_type_string, box};
    rt_gopanic(&v);
}

_Noreturn void rf_panicf(const char *a, const char *b, const char *c)
{
    RtBuf buf = {0};
    rt_buf_puts(&buf, a);
    rt_buf_puts(&buf, b);
    rt_buf_puts(&buf, c);
    rt_buf_putc(&buf, 0);
    rf_panic((const char *)buf.p);
}

/* ---- Kind ---- */

static const char *const kind_names[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
    "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer",
};

const char *rf_kind_name(uint64_t k)
{
    return k < sizeof kind_names / sizeof kind_names[0] ? kind_names[k] : NULL;
}

typedef struct { uint64_t k; RtString r; } KindStringFrame;
void rf_Kind_String(KindStringFrame *f);
RT_METHOD(rf_Kind_String, "reflect.Kind.String");
void rf_Kind_String(KindStringFrame *f)
{
    const char *n = rf_kind_name(f->k);
    if (n) {
        f->r = rt_gostring_c(n);
        return;
    }
    RtBuf b = {0};
    rt_buf_puts(&b, "kind");
    rt_buf_int(&b, (int64_t)f->k);
    f->r = rt_gostring_buf(&b);
    rt_buf_free(&b);
}

/* ---- StructTag.Get (go1.19's Lookup) ---- */

typedef struct { RtString tag, key, r; } TagGetFrame;
void rf_StructTag_Get(TagGetFrame *f);
RT_METHOD(rf_StructTag_Get, "reflect.StructTag.Get");
void rf_StructTag_Get(TagGetFrame *f)
{
    const uint8_t *t = f->tag.ptr;
    int64_t n = f->tag.len, i = 0;
    f->r = (RtString){NULL, 0};
    while (i < n) {
        while (i < n && t[i] == ' ')
            i++;
        if (i >= n)
            break;
        int64_t j = i;
        while (j < n && t[j] > ' ' && t[j] != ':' && t[j] != '"' && t[j] != 0x7f)
            j++;
        if (j == i || j + 1 >= n || t[j] != ':' || t[j + 1] != '"')
            break;
        RtString name = {t + i, j - i};
        i = j + 1;
        j = i + 1;
        while (j < n && t[j] != '"') {
            if (t[j] == '\\')
                j++;
            j++;
        }
        if (j >= n)
            break;
        RtString quoted = {t + i, j + 1 - i};
        i = j + 1;
        if (name.len == f->key.len && memcmp(name.ptr, f->key.ptr, (size_t)name.len) == 0) {
            /* unquote: the escapes strconv.Unquote knows that tags use */
            RtBuf b = {0};
            for (int64_t k = 1; k < quoted.len - 1; k++) {
                uint8_t c = quoted.ptr[k];
                if (c == '\\' && k + 1 < quoted.len - 1) {
                    c = quoted.ptr[++k];
                    c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c;
                }
                rt_buf_putc(&b, (char)c);
            }
            f->r = rt_gostring_buf(&b);
            rt_buf_free(&b);
            return;
        }
    }
}

/* ---- types ---- */

int64_t rf_align(const RtType *t)
{
    switch (t->kind) {
    case RT_BOOL: case RT_INT8: case RT_UINT8: return 1;
    case RT_INT16: case RT_UINT16: return 2;
    case RT_INT32: case RT_UINT32: case RT_FLOAT32: case RT_COMPLEX64: return 4;
    case RT_ARRAY: return rf_align(t->elem);
    case RT_STRUCT: {
        int64_t a = 1;
        for (uint32_t i = 0; i < t->nfields; i++) {
            int64_t fa = rf_align(t->fields[i].type);
            if (fa > a)
                a = fa;
        }
        return a;
    }
    default: return 8;
    }
}

static bool exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

/* reflect's methods of t: the exported ones (all of an interface's),
 * which come first in the table's strcmp order */
uint32_t rf_nmethods(const RtType *t)
{
    if (t->kind == RT_INTERFACE)
        return t->nmethods;
    uint32_t n = 0;
    while (n < t->nmethods && exported(t->methods[n].name))
        n++;
    return n;
}

RtString rf_name(const RtType *t)
{
    if (!(t->tflags & RT_TF_NAMED))
        return (RtString){NULL, 0};
    const char *n = t->name, *dot = strrchr(n, '.');
    if (dot && t->pkgpath)
        n = dot + 1;
    if (strcmp(n, "byte") == 0)
        n = "uint8";
    else if (strcmp(n, "rune") == 0)
        n = "int32";
    return (RtString){(const uint8_t *)n, (int64_t)strlen(n)};
}

static RtString cstr(const char *s)
{
    return s ? (RtString){(const uint8_t *)s, (int64_t)strlen(s)} : (RtString){NULL, 0};
}

/* The size of a call's argument/result block (rt.h section 2). */
int64_t rf_block_size(const RtType *ft, int64_t *resoff)
{
    int64_t off = 0;
    for (uint32_t i = 0; i < ft->nin + ft->nout; i++) {
        if (i == ft->nin) {
            off = (off + 7) / 8 * 8;
            if (resoff)
                *resoff = off;
        }
        off = (off + 7) / 8 * 8 + (int64_t)ft->params[i]->size;
    }
    if (ft->nout == 0 && resoff)
        *resoff = (off + 7) / 8 * 8;
    return (off + 7) / 8 * 8;
}

/* Method.Func and Value.Method(i).Interface() are closures (rt.h: word 0
 * the code) whose code is a stub handing the closure and the argument
 * block to C, which calls the method with the receiver's data word. */
typedef struct MethodClosure {
    const void *stub;
    const void *code;        /* the method, taking the data word (RtMethod.code) */
    const void *tfn;         /* or taking the receiver's value (RtMethodInfo.tfn) */
    const RtType *ftyp;      /* the closure's own type */
    void *recv;              /* a method value's data word; a Func: its receiver type */
    const RtType *rtyp;      /* a method value's receiver type */
} MethodClosure;
static const RtType t_methodclosure = {48, 40, RT_STRUCT, 0, "reflect.methodValue", NULL, NULL, 0,
                                       (const uint8_t *)"\20"};
static const RtType t_methodfunc = {48, 0, RT_STRUCT, 0, "reflect.methodFunc"};

void rf_methodfunc_call(MethodClosure *c, char *block);
void rf_methodvalue_call(MethodClosure *c, char *block);
void rf_makefunc_call(void *c, char *block);
extern char rf_methodfunc_stub[], rf_methodvalue_stub[], rf_makefunc_stub[];
__asm__(".text\n\t.globl rf_makefunc_stub\nrf_makefunc_stub:\n"
        "\tmovq %rdx, %rdi\n\tleaq 8(%rsp), %rsi\n\tjmp rf_makefunc_call\n"
        "\t.globl rf_methodfunc_stub\nrf_methodfunc_stub:\n"
        "\tmovq %rdx, %rdi\n\tleaq 8(%rsp), %rsi\n\tjmp rf_methodfunc_call\n"
        "\t.globl rf_methodvalue_stub\nrf_methodvalue_stub:\n"
        "\tmovq %rdx, %rdi\n\tleaq 8(%rsp), %rsi\n\tjmp rf_methodvalue_call\n");

static void call_with_recv(const void *code, void *word, char *rest, int64_t n, char *block)
{
    if (!code)
        rf_panic("minigo cannot build this method's reflect call yet (the method is not linked in)");
    uint64_t nb[(n + 8) / 8 + 1];
    nb[0] = (uint64_t)(uintptr_t)word;
    memcpy(nb + 1, rest, (size_t)n);
    if (rt_callgo_for(code, NULL, nb, (uint64_t)n + 8, block))
        memcpy(rest, nb + 1, (size_t)n);
}

/* func(T, args...) of a method: the receiver T first, by value */
void rf_methodfunc_call(MethodClosure *c, char *block)
{
    const RtType *rt = c->recv;
    int64_t rsz = ((int64_t)rt->size + 7) / 8 * 8;
    int64_t total = rf_block_size(c->ftyp, NULL);
    if (c->tfn) {
        /* the method itself takes this very block (recover() in it works
         * when the Func is a deferred call, as no wrapper is between) */
        rt_callgo_for(c->tfn, NULL, block, (uint64_t)total, block);
        return;
    }
    void *word;
    if (rt_kind_is_direct(rt->kind)) {
        word = *(void **)block;
    } else {
        word = rt_alloc(rt->size, rt);
        memcpy(word, block, rt->size);
    }
    call_with_recv(c->code, word, block + rsz, total - rsz, block);
}

/* func(args...) of a method value: the receiver bound */
void rf_methodvalue_call(MethodClosure *c, char *block)
{
    int64_t n = rf_block_size(c->ftyp, NULL);
    const RtType *rt = c->rtyp;
    if (c->tfn && !rt_kind_is_direct(rt->kind)) {
        /* the method itself, the receiver's value first */
        int64_t rsz = ((int64_t)rt->size + 7) / 8 * 8;
        uint64_t nb[(rsz + n) / 8 + 1];
        memcpy(nb, c->recv, rt->size);
        memcpy((char *)nb + rsz, block, (size_t)n);
        if (rt_callgo_for(c->tfn, NULL, nb, (uint64_t)(rsz + n), block))
            memcpy(block, (char *)nb + rsz, (size_t)n);
        return;
    }
    call_with_recv(c->tfn ? c->tfn : c->code, c->recv, block, n, block);
}

void *rf_method_value(const RtType *t, uint32_t i, void *word, const RtType **ftyp)
{
    if (!t->minfo)
        rf_panicf("minigo cannot build reflect's methods of ", t->name, " yet");
    MethodClosure *c = rt_alloc(sizeof *c, &t_methodclosure);
    c->stub = rf_methodvalue_stub;
    c->code = t->methods[i].code;
    c->tfn = t->minfo[i].tfn;
    c->ftyp = t->minfo[i].mtyp;
    c->rtyp = t;
    rt_store_ptr(&c->recv, word);
    *ftyp = c->ftyp;
    return c;
}

/* reflect.Method, as Type.Method(i) returns it */
typedef struct Method {
    RtString name, pkgpath;
    RtIface type;
    RfValue func;
    int64_t index;
} Method;

static void method_of(const RtType *t, uint32_t i, Method *m)
{
    if (!t->minfo)
        rf_panicf("minigo cannot build reflect's methods of ", t->name, " yet");
    memset(m, 0, sizeof *m);
    m->name = cstr(t->methods[i].name);
    m->index = i;
    if (!exported(t->methods[i].name))
        m->pkgpath = cstr(t->pkgpath);
    if (t->kind == RT_INTERFACE) {
        m->type = rf_type_iface(t->minfo[i].mtyp);
        return;
    }
    MethodClosure *c = rt_alloc(sizeof *c, &t_methodfunc);
    c->stub = rf_methodfunc_stub;
    c->code = t->methods[i].code;
    c->tfn = t->minfo[i].tfn;
    c->ftyp = t->minfo[i].ftyp;
    c->recv = (void *)t;
    m->type = rf_type_iface(c->ftyp);
    m->func = (RfValue){c->ftyp, c, RT_FUNC};
}

/* ---- functions ---- */

typedef struct { RtIface i; RtIface r; } TypeOfFrame;
void rf_TypeOf(TypeOfFrame *f) __asm__("reflect.TypeOf");
void rf_TypeOf(TypeOfFrame *f)
{
    f->r = rf_type_iface(f->i.type);
}

static const RtType *ptr_to(const RtType *t)
{
    if (t->ptrto)
        return t->ptrto;
    /* a *T the program has no descriptor of: made once */
    static struct PtrCache { const RtType *elem, *ptr; struct PtrCache *next; } *cache;
    for (struct PtrCache *c = cache; c; c = c->next)
        if (c->elem == t)
            return c->ptr;
    RtType *p = rt_persistent_alloc(sizeof *p);
    size_t n = strlen(t->name);
    char *name = rt_persistent_alloc(n + 2);
    name[0] = '*';
    memcpy(name + 1, t->name, n + 1);
    *p = (RtType){8, 8, RT_PTR, 0, name, t, NULL, 0, (const uint8_t *)"\1"};
    struct PtrCache *c = rt_persistent_alloc(sizeof *c);
    *c = (struct PtrCache){t, p, cache};
    cache = c;
    return p;
}

const RtType *rf_ptr_to(const RtType *t)
{
    return ptr_to(t);
}

typedef struct { RtIface t; RtIface r; } PointerToFrame;
void rf_PointerTo(PointerToFrame *f) __asm__("reflect.PointerTo");
void rf_PointerTo(PointerToFrame *f)
{
    f->r = rf_type_iface(ptr_to(f->t.data));
}
void rf_PtrTo(PointerToFrame *f) __asm__("reflect.PtrTo");
void rf_PtrTo(PointerToFrame *f)
{
    f->r = rf_type_iface(ptr_to(f->t.data));
}

/* ---- the methods of *rtype (Type's) ---- */

#define T_METHOD(name, frame) \
    void rf_rtype_##name(frame *f); \
    RT_METHOD(rf_rtype_##name, "reflect.(*rtype)." #name); \
    void rf_rtype_##name(frame *f)

typedef struct { const RtType *t; int64_t r; } IntFrame;
typedef struct { const RtType *t; RtString r; } StrFrame;
typedef struct { const RtType *t; bool r; } BoolFrame;
typedef struct { const RtType *t; RtIface r; } TypeFrame;
typedef struct { const RtType *t; int64_t i; RtIface r; } TypeIFrame;
typedef struct { const RtType *t; RtIface u; bool r; } RelFrame;

static void need(const RtType *t, bool ok, const char *what)
{
    if (!ok)
        rf_panicf("reflect: ", what, t->name);
}

T_METHOD(Align, IntFrame) { f->r = rf_align(f->t); }
T_METHOD(FieldAlign, IntFrame) { f->r = rf_align(f->t); }
T_METHOD(Size, IntFrame) { f->r = (int64_t)f->t->size; }
T_METHOD(Kind, IntFrame) { f->r = f->t->kind; }
T_METHOD(NumMethod, IntFrame) { f->r = rf_nmethods(f->t); }
T_METHOD(String, StrFrame) { f->r = cstr(f->t->name); }
T_METHOD(Name, StrFrame) { f->r = rf_name(f->t); }
T_METHOD(PkgPath, StrFrame) { f->r = (f->t->tflags & RT_TF_NAMED) ? cstr(f->t->pkgpath) : cstr(NULL); }
T_METHOD(Comparable, BoolFrame) { f->r = rt_comparable(f->t); }
T_METHOD(Bits, IntFrame)
{
    uint32_t k = f->t->kind;
    if (!((k >= RT_INT && k <= RT_COMPLEX128)))
        rf_panicf("reflect: Bits of non-arithmetic Type ", f->t->name, "");
    f->r = (int64_t)f->t->size * 8;
}
T_METHOD(IsVariadic, BoolFrame)
{
    need(f->t, f->t->kind == RT_FUNC, "IsVariadic of non-func type ");
    f->r = (f->t->tflags & RT_TF_VARIADIC) != 0;
}
T_METHOD(Elem, TypeFrame)
{
    uint32_t k = f->t->kind;
    need(f->t, k == RT_ARRAY || k == RT_CHAN || k == RT_MAP || k == RT_PTR || k == RT_SLICE,
         "Elem of invalid type ");
    f->r = rf_type_iface(f->t->elem);
}
T_METHOD(Key, TypeFrame)
{
    need(f->t, f->t->kind == RT_MAP, "Key of non-map type ");
    f->r = rf_type_iface(f->t->key);
}
T_METHOD(Len, IntFrame)
{
    need(f->t, f->t->kind == RT_ARRAY, "Len of non-array type ");
    f->r = (int64_t)f->t->len;
}
T_METHOD(NumField, IntFrame)
{
    need(f->t, f->t->kind == RT_STRUCT, "NumField of non-struct type ");
    f->r = f->t->nfields;
}
T_METHOD(NumIn, IntFrame)
{
    need(f->t, f->t->kind == RT_FUNC, "NumIn of non-func type ");
    f->r = f->t->nin;
}
T_METHOD(NumOut, IntFrame)
{
    need(f->t, f->t->kind == RT_FUNC, "NumOut of non-func type ");
    f->r = f->t->nout;
}
T_METHOD(In, TypeIFrame)
{
    need(f->t, f->t->kind == RT_FUNC, "In of non-func type ");
    if (f->i < 0 || f->i >= f->t->nin)
        rt_panic_index(f->i, f->t->nin);
    f->r = rf_type_iface(f->t->params[f->i]);
}
T_METHOD(Out, TypeIFrame)
{
    need(f->t, f->t->kind == RT_FUNC, "Out of non-func type ");
    if (f->i < 0 || f->i >= f->t->nout)
        rt_panic_index(f->i, f->t->nout);
    f->r = rf_type_iface(f->t->params[f->t->nin + f->i]);
}
T_METHOD(Implements, RelFrame)
{
    const RtType *u = f->u.data;
    if (!u)
        rf_panic("reflect: nil type passed to Type.Implements");
    if (u->kind != RT_INTERFACE)
        rf_panic("reflect: non-interface type passed to Type.Implements");
    f->r = rt_implements(u, f->t);
}
T_METHOD(AssignableTo, RelFrame)
{
    const RtType *u = f->u.data;
    if (!u)
        rf_panic("reflect: nil type passed to Type.AssignableTo");
    f->r = rf_assignable(f->t, u);
}
T_METHOD(ConvertibleTo, RelFrame)
{
    const RtType *u = f->u.data;
    if (!u)
        rf_panic("reflect: nil type passed to Type.ConvertibleTo");
    f->r = rf_convertible(f->t, u);
}

typedef struct { const RtType *t; int64_t i; Method r; } MethodFrame;
T_METHOD(Method, MethodFrame)
{
    if (f->i < 0 || f->i >= rf_nmethods(f->t))
        rf_panic("reflect: Method index out of range");
    method_of(f->t, (uint32_t)f->i, &f->r);
}

typedef struct { const RtType *t; RtString name; Method r; bool ok; } MethodByNameFrame;
T_METHOD(MethodByName, MethodByNameFrame)
{
    uint32_t n = rf_nmethods(f->t);
    memset(&f->r, 0, sizeof f->r);
    f->ok = false;
    for (uint32_t i = 0; i < n; i++) {
        const char *mn = f->t->methods[i].name;
        if ((int64_t)strlen(mn) == f->name.len && memcmp(mn, f->name.ptr, (size_t)f->name.len) == 0) {
            method_of(f->t, i, &f->r);
            f->ok = true;
            return;
        }
    }
}

/* reflect.StructField */
typedef struct StructField {
    RtString name, pkgpath;
    RtIface type;
    RtString tag;
    uint64_t offset;
    RtSlice index;
    bool anonymous;
} StructField;
static const RtType t_int = {8, 0, RT_INT, 0, "int", .tflags = RT_TF_NAMED};

static void field_of(const RtType *t, int64_t i, StructField *sf)
{
    const RtField *fd = &t->fields[i];
    memset(sf, 0, sizeof *sf);
    sf->name = cstr(fd->name);
    sf->pkgpath = cstr(fd->pkgpath);
    sf->type = rf_type_iface(fd->type);
    sf->tag = cstr(fd->tag);
    sf->offset = fd->offset;
    rt_makeslice(&sf->index, &t_int, 1, 1);
    ((int64_t *)sf->index.ptr)[0] = i;
    sf->anonymous = fd->embedded != 0;
}

typedef struct { const RtType *t; int64_t i; StructField r; } FieldFrame;
T_METHOD(Field, FieldFrame)
{
    need(f->t, f->t->kind == RT_STRUCT, "Field of non-struct type ");
    if (f->i < 0 || f->i >= f->t->nfields)
        rf_panic("reflect: Field index out of bounds");
    field_of(f->t, f->i, &f->r);
}

typedef struct { const RtType *t; RtString name; StructField r; bool ok; } FieldByNameFrame;
T_METHOD(FieldByName, FieldByNameFrame)
{
    need(f->t, f->t->kind == RT_STRUCT, "FieldByName of non-struct type ");
    memset(&f->r, 0, sizeof f->r);
    f->ok = false;
    for (uint32_t i = 0; i < f->t->nfields; i++) {
        const char *n = f->t->fields[i].name;
        if ((int64_t)strlen(n) == f->name.len && memcmp(n, f->name.ptr, (size_t)f->name.len) == 0) {
            field_of(f->t, i, &f->r);
            f->ok = true;
            return;
        }
    }
    for (uint32_t i = 0; i < f->t->nfields; i++)
        if (f->t->fields[i].embedded)
            rf_panic("minigo cannot build reflect.Type.FieldByName of promoted fields yet");
}

typedef struct { const RtType *t; int64_t r; } ChanDirFrame;
T_METHOD(ChanDir, ChanDirFrame)
{
    rf_panic("minigo cannot build reflect.Type.ChanDir yet");
}

/* sorted by name (rt_method's binary search) */
extern char rf_rtype_Align_go[], rf_rtype_AssignableTo_go[], rf_rtype_Bits_go[],
    rf_rtype_ChanDir_go[], rf_rtype_Comparable_go[], rf_rtype_ConvertibleTo_go[],
    rf_rtype_Elem_go[], rf_rtype_Field_go[], rf_rtype_FieldAlign_go[], rf_rtype_FieldByName_go[],
    rf_rtype_Implements_go[], rf_rtype_In_go[], rf_rtype_IsVariadic_go[], rf_rtype_Key_go[],
    rf_rtype_Kind_go[], rf_rtype_Len_go[], rf_rtype_Method_go[], rf_rtype_MethodByName_go[],
    rf_rtype_Name_go[], rf_rtype_NumField_go[], rf_rtype_NumIn_go[], rf_rtype_NumMethod_go[],
    rf_rtype_NumOut_go[], rf_rtype_Out_go[], rf_rtype_PkgPath_go[], rf_rtype_Size_go[],
    rf_rtype_String_go[];
#define M(n) {#n, rf_rtype_##n##_go}
const RtMethod rf_rtype_methods[] = {
    M(Align), M(AssignableTo), M(Bits), M(ChanDir), M(Comparable), M(ConvertibleTo), M(Elem),
    M(Field), M(FieldAlign), M(FieldByName), M(Implements), M(In), M(IsVariadic), M(Key),
    M(Kind), M(Len), M(Method), M(MethodByName), M(Name), M(NumField), M(NumIn), M(NumMethod),
    M(NumOut), M(Out), M(PkgPath), M(Size), M(String),
};
#undef M
const RtType rf_type_ptr_rtype = {8, 8, RT_PTR, 0, "*reflect.rtype", &rf_type_rtype, NULL, 0,
                                  (const uint8_t *)"\1", .methods = rf_rtype_methods,
                                  .nmethods = sizeof rf_rtype_methods / sizeof rf_rtype_methods[0]};

/* ---- MakeFunc ---- */

/* The function MakeFunc makes: a closure whose stub hands the argument
 * block to rf_makefunc_call, which calls fn with the arguments as Values
 * and stores the Values fn returns as the results. */
typedef struct MakeFuncClosure {
    const void *stub;
    const RtType *ftyp;
    void **fn;               /* func(args []Value) (results []Value) */
} MakeFuncClosure;
static const RtType t_makefunc = {24, 24, RT_STRUCT, 0, "reflect.makeFuncImpl", NULL, NULL, 0,
                                  (const uint8_t *)"\4"};

void rf_makefunc_call(void *closure, char *block)
{
    MakeFuncClosure *c = closure;
    const RtType *ft = c->ftyp;
    int64_t resoff;
    rf_block_size(ft, &resoff);
    uint64_t gb[6] = {0};
    RtSlice *in = (RtSlice *)gb, *out = (RtSlice *)(gb + 3);
    rt_makeslice(in, &rf_type_Value, ft->nin, ft->nin);
    int64_t off = 0;
    for (uint32_t i = 0; i < ft->nin; i++) {
        const RtType *pt = ft->params[i];
        off = (off + 7) / 8 * 8;
        RfValue v = {pt, NULL, pt->kind};
        if (rt_kind_is_direct(pt->kind)) {
            v.ptr = *(void **)(block + off);
        } else {
            v.ptr = rt_alloc(pt->size, pt);
            memcpy(v.ptr, block + off, pt->size);
            v.flag |= RF_INDIR;
        }
        rt_typedslicecopy(&rf_type_Value, (RfValue *)in->ptr + i, &v, 1);
        off += (int64_t)pt->size;
    }
    if (!rt_callgo_for(c->fn[0], c->fn, gb, sizeof gb, block))
        return;
    if (out->len != ft->nout)
        rf_panic("reflect: wrong return count from function created by MakeFunc");
    off = resoff;
    for (uint32_t i = 0; i < ft->nout; i++) {
        const RtType *rt = ft->params[ft->nin + i];
        RfValue *v = (RfValue *)out->ptr + i;
        off = (off + 7) / 8 * 8;
        if ((v->flag & RF_KIND) == 0)
            rf_panic("reflect: function created by MakeFunc using closure returned zero Value");
        if (v->flag & RF_RO)
            rf_panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field");
        if (v->typ != rt && !(rt->kind == RT_INTERFACE && rf_assignable(v->typ, rt)))
            rf_panicf("reflect: function created by MakeFunc using closure returned wrong type: have ",
                      v->typ->name, "");
        if (v->typ == rt) {
            memcpy(block + off, (v->flag & RF_INDIR) ? v->ptr : (void *)&v->ptr, rt->size);
        } else {
            RtIface e = rf_value_iface(v);
            memcpy(block + off, &e, sizeof e);
        }
        off += (int64_t)rt->size;
    }
}

typedef struct { RtIface typ; void **fn; RfValue r; } MakeFuncFrame;
void rf_MakeFunc(MakeFuncFrame *f) __asm__("reflect.MakeFunc");
void rf_MakeFunc(MakeFuncFrame *f)
{
    const RtType *t = f->typ.data;
    if (!t || t->kind != RT_FUNC)
        rf_panic("reflect: call of MakeFunc with non-Func type");
    MakeFuncClosure *c = rt_alloc(sizeof *c, &t_makefunc);
    c->stub = rf_makefunc_stub;
    c->ftyp = t;
    rt_store_ptr(&c->fn, f->fn);
    f->r = (RfValue){t, c, RT_FUNC};
}
