/* reflect_value.c — package reflect (go1.19 semantics), its values:
 * reflect.Value's methods, ValueOf, New, Zero, Indirect, MakeSlice,
 * MakeMap, Append, Copy and DeepEqual.  A Value is laid out as go1.19's
 * (reflect.h): a value of a pointer-shaped kind is held in ptr itself;
 * any other is pointed to (RF_INDIR), into its variable when it is
 * addressable (RF_ADDR), else into a copy or an interface's box.  What
 * this file does not define (Convert, Complex, MakeFunc, ...) is refused
 * at compile time ("minigo cannot build reflect.X yet"). */
#include <string.h>

#include "lib/reflect.h"

/* ---- helpers ---- */

static uint32_t kind(const RfValue *v) { return (uint32_t)(v->flag & RF_KIND); }

/* The address of v's value (for a direct one: of v->ptr itself). */
static void *addr(const RfValue *v)
{
    return (v->flag & RF_INDIR) ? v->ptr : (void *)&v->ptr;
}

static RfValue pack(const RtType *t, void *p, uint64_t extra)
{
    /* the value at p, of type t: a direct kind is loaded */
    if (rt_kind_is_direct(t->kind))
        return (RfValue){t, *(void **)p, t->kind | (extra & ~(uint64_t)RF_INDIR)};
    return (RfValue){t, p, t->kind | RF_INDIR | extra};
}

/* A copy of the value at p, of type t, on the heap. */
static void *copy_of(const RtType *t, const void *p)
{
    void *c = rt_alloc(t->size, t);
    memcpy(c, p, t->size);
    return c;
}

static RfValue from_iface(const RtIface *e)
{
    if (!e->type)
        return (RfValue){0};
    if (rt_kind_is_direct(e->type->kind))
        return (RfValue){e->type, e->data, e->type->kind};
    return (RfValue){e->type, e->data, e->type->kind | RF_INDIR};
}

/* go1.19's ValueError: "reflect: call of reflect.Value.M on K Value" */
static _Noreturn void value_error(const char *method, uint32_t k)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "reflect: call of reflect.Value.");
    rt_buf_puts(&b, method);
    rt_buf_puts(&b, " on ");
    rt_buf_puts(&b, k == 0 ? "zero" : rf_kind_name(k));
    rt_buf_puts(&b, " Value");
    RtIface e = rt_errors_new(rt_gostring_buf(&b));
    rt_buf_free(&b);
    rt_gopanic(&e);
}

static void must_be(const RfValue *v, uint32_t k, const char *method)
{
    if (kind(v) != k)
        value_error(method, kind(v));
}

static void must_be_assignable(const RfValue *v, const char *method)
{
    if (v->flag & RF_RO)
        rf_panicf("reflect: reflect.Value.", method, " using value obtained using unexported field");
    if (!(v->flag & RF_ADDR))
        rf_panicf("reflect: reflect.Value.", method, " using unaddressable value");
}

static void must_be_exported(const RfValue *v, const char *method)
{
    if (kind(v) == 0)
        value_error(method, 0);
    if (v->flag & RF_RO)
        rf_panicf("reflect: reflect.Value.", method, " using value obtained using unexported field");
}

static bool is_int(uint32_t k) { return k >= RT_INT && k <= RT_INT64; }
static bool is_uint(uint32_t k) { return k >= RT_UINT && k <= RT_UINTPTR; }

static int64_t load_int(const RtType *t, const void *p)
{
    switch (t->size) {
    case 1: return *(const int8_t *)p;
    case 2: return *(const int16_t *)p;
    case 4: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

static uint64_t load_uint(const RtType *t, const void *p)
{
    switch (t->size) {
    case 1: return *(const uint8_t *)p;
    case 2: return *(const uint16_t *)p;
    case 4: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static void store_bits(const RtType *t, void *p, uint64_t x)
{
    switch (t->size) {
    case 1: *(uint8_t *)p = (uint8_t)x; break;
    case 2: *(uint16_t *)p = (uint16_t)x; break;
    case 4: *(uint32_t *)p = (uint32_t)x; break;
    default: *(uint64_t *)p = x; break;
    }
}

/* x stored into the variable at p of type t (x's type assignable to t) */
static void store_value(const RtType *t, void *p, const RfValue *x, const char *what)
{
    if (x->typ == t) {
        rt_typedslicecopy(t, p, addr(x), 1);
        return;
    }
    if (t->kind == RT_INTERFACE && rf_assignable(x->typ, t)) {
        RtIface e = rf_value_iface(x);
        rt_typedslicecopy(t, p, &e, 1);
        return;
    }
    RtBuf b = {0};
    rt_buf_puts(&b, x->typ->name);
    rt_buf_puts(&b, " is not assignable to type ");
    rt_buf_puts(&b, t->name);
    rt_buf_putc(&b, 0);
    rf_panicf("reflect.", what, (const char *)b.p);
}

/* ---- assignability and convertibility ----
 *
 * A named type's descriptor is built from its underlying type (elem,
 * fields, parameters), and identical types share one descriptor, so two
 * types have identical underlying types when their descriptors agree
 * field by field, except for channels, whose direction a descriptor does
 * not carry, and interfaces, compared by their method sets. */

static bool same_methods(const RtType *t, const RtType *u)
{
    if (t->nmethods != u->nmethods)
        return false;
    for (uint32_t i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, u->methods[i].name) != 0 ||
            (t->minfo && u->minfo && t->minfo[i].mtyp != u->minfo[i].mtyp))
            return false;
    return t->nmethods == 0 || (t->minfo && u->minfo);
}

static bool same_underlying_tags(const RtType *t, const RtType *u, bool tags)
{
    if (t == u)
        return true;
    if (t->kind != u->kind)
        return false;
    switch (t->kind) {
    case RT_PTR: case RT_SLICE:
        return t->elem == u->elem;
    case RT_ARRAY:
        return t->elem == u->elem && t->len == u->len;
    case RT_MAP:
        return t->key == u->key && t->elem == u->elem;
    case RT_STRUCT:
        if (t->nfields != u->nfields)
            return false;
        for (uint32_t i = 0; i < t->nfields; i++) {
            const RtField *a = &t->fields[i], *b = &u->fields[i];
            if (strcmp(a->name, b->name) != 0 || a->type != b->type || a->embedded != b->embedded ||
                (tags && strcmp(a->tag ? a->tag : "", b->tag ? b->tag : "") != 0) ||
                strcmp(a->pkgpath ? a->pkgpath : "", b->pkgpath ? b->pkgpath : "") != 0)
                return false;
        }
        return true;
    case RT_FUNC:
        if (t->nin != u->nin || t->nout != u->nout ||
            (t->tflags & RT_TF_VARIADIC) != (u->tflags & RT_TF_VARIADIC))
            return false;
        for (uint32_t i = 0; i < t->nin + t->nout; i++)
            if (t->params[i] != u->params[i])
                return false;
        return true;
    case RT_INTERFACE:
        if (same_methods(t, u))
            return true;
        if (t->nmethods == u->nmethods && (!t->minfo || !u->minfo))
            rf_panicf("minigo cannot build reflect's comparison of interface type ", t->name, " yet");
        return false;
    case RT_CHAN:
        if (t->elem != u->elem)
            return false;
        rf_panicf("minigo cannot build reflect's comparison of channel type ", t->name, " yet");
    default:
        return true;    /* a basic kind */
    }
}

static bool same_underlying(const RtType *t, const RtType *u)
{
    return same_underlying_tags(t, u, true);
}

static bool named(const RtType *t) { return (t->tflags & RT_TF_NAMED) != 0; }

bool rf_assignable(const RtType *t, const RtType *u)
{
    if (t == u)
        return true;
    if (u->kind == RT_INTERFACE)
        return rt_implements(u, t);
    return (!named(t) || !named(u)) && same_underlying(t, u);
}

static bool numeric(uint32_t k) { return is_int(k) || is_uint(k) || k == RT_FLOAT32 || k == RT_FLOAT64; }

bool rf_convertible(const RtType *t, const RtType *u)
{
    uint32_t a = t->kind, b = u->kind;
    if (rf_assignable(t, u))
        return true;
    /* struct tags are ignored (go1.8) */
    if (same_underlying_tags(t, u, false))
        return true;
    if (a == RT_PTR && b == RT_PTR && !named(t) && !named(u) && same_underlying_tags(t->elem, u->elem, false))
        return true;
    if ((numeric(a) && numeric(b)) || (a == b && (a == RT_COMPLEX64 || a == RT_COMPLEX128)) ||
        (a == RT_COMPLEX64 && b == RT_COMPLEX128) || (a == RT_COMPLEX128 && b == RT_COMPLEX64))
        return true;
    if (b == RT_STRING && (is_int(a) || is_uint(a)))
        return true;
    bool bytes_or_runes_u = b == RT_SLICE && (u->elem->kind == RT_UINT8 || u->elem->kind == RT_INT32);
    bool bytes_or_runes_t = a == RT_SLICE && (t->elem->kind == RT_UINT8 || t->elem->kind == RT_INT32);
    if ((a == RT_STRING && bytes_or_runes_u) || (b == RT_STRING && bytes_or_runes_t))
        return true;
    /* a slice to an array pointer (go1.17) */
    if (a == RT_SLICE && b == RT_PTR && u->elem->kind == RT_ARRAY && t->elem == u->elem->elem)
        return true;
    return false;
}

/* ---- Interface ---- */

RtIface rf_value_iface(const RfValue *v)
{
    if (kind(v) == 0)
        return (RtIface){0};
    if (v->flag & RF_METHOD) {
        const RtType *ft;
        uint32_t i = (uint32_t)(v->flag >> RF_METHODSHIFT);
        void *word = rt_kind_is_direct(v->typ->kind) ? *(void **)addr(v)
                     : (v->flag & RF_ADDR)           ? copy_of(v->typ, v->ptr) : v->ptr;
        void *c = rf_method_value(v->typ, i, word, &ft);
        return (RtIface){ft, c};
    }
    if (kind(v) == RT_INTERFACE)
        return *(RtIface *)v->ptr;
    if (rt_kind_is_direct(v->typ->kind))
        return (RtIface){v->typ, *(void **)addr(v)};
    return (RtIface){v->typ, (v->flag & RF_ADDR) ? copy_of(v->typ, v->ptr) : v->ptr};
}

/* ---- functions ---- */

typedef struct { RtIface i; RfValue r; } ValueOfFrame;
void rf_ValueOf(ValueOfFrame *f) __asm__("reflect.ValueOf");
void rf_ValueOf(ValueOfFrame *f) { f->r = from_iface(&f->i); }

typedef struct { RtIface t; RfValue r; } NewFrame;
void rf_New(NewFrame *f) __asm__("reflect.New");
void rf_New(NewFrame *f)
{
    const RtType *t = f->t.data;
    if (!t)
        rf_panic("reflect: New(nil)");
    f->r = (RfValue){rf_ptr_to(t), rt_alloc(t->size, t), RT_PTR};
}

void rf_Zero(NewFrame *f) __asm__("reflect.Zero");
void rf_Zero(NewFrame *f)
{
    const RtType *t = f->t.data;
    if (!t)
        rf_panic("reflect: Zero(nil)");
    if (rt_kind_is_direct(t->kind))
        f->r = (RfValue){t, NULL, t->kind};
    else
        f->r = (RfValue){t, rt_alloc(t->size, t), t->kind | RF_INDIR};
}

typedef struct { RtIface t; int64_t len, cap; RfValue r; } MakeSliceFrame;
void rf_MakeSlice(MakeSliceFrame *f) __asm__("reflect.MakeSlice");
void rf_MakeSlice(MakeSliceFrame *f)
{
    const RtType *t = f->t.data;
    if (t->kind != RT_SLICE)
        rf_panic("reflect.MakeSlice of non-slice type");
    if (f->len < 0)
        rf_panic("reflect.MakeSlice: negative len");
    if (f->cap < 0)
        rf_panic("reflect.MakeSlice: negative cap");
    if (f->len > f->cap)
        rf_panic("reflect.MakeSlice: len > cap");
    RtSlice *s = rt_alloc(sizeof *s, t);
    rt_makeslice(s, t->elem, f->len, f->cap);
    f->r = (RfValue){t, s, RT_SLICE | RF_INDIR};
}

typedef struct { RtIface t; RfValue r; } MakeMapFrame;
void rf_MakeMap(MakeMapFrame *f) __asm__("reflect.MakeMap");
void rf_MakeMap(MakeMapFrame *f)
{
    const RtType *t = f->t.data;
    if (t->kind != RT_MAP)
        rf_panicf("reflect.MakeMapWithSize of non-map type", "", "");
    f->r = (RfValue){t, rt_makemap(t, 0), RT_MAP};
}

typedef struct { RfValue v; RfValue r; } VFrame;
static RfValue elem(const RfValue *v);
void rf_Indirect(VFrame *f) __asm__("reflect.Indirect");
void rf_Indirect(VFrame *f) { f->r = kind(&f->v) == RT_PTR ? elem(&f->v) : f->v; }

typedef struct { RfValue s; RtSlice x; RfValue r; } AppendFrame;
void rf_Append(AppendFrame *f) __asm__("reflect.Append");
void rf_Append(AppendFrame *f)
{
    must_be(&f->s, RT_SLICE, "Append");
    const RtType *t = f->s.typ;
    RtSlice *s = rt_alloc(sizeof *s, t);
    *s = *(RtSlice *)addr(&f->s);
    int64_t n = s->len;
    if (s->len + f->x.len > s->cap)
        rt_growslice(s, t->elem, s->len + f->x.len);
    s->len += f->x.len;
    for (int64_t i = 0; i < f->x.len; i++)
        store_value(t->elem, (char *)s->ptr + (n + i) * (int64_t)t->elem->size,
                    &((RfValue *)f->x.ptr)[i], "Value.Set: value of type ");
    f->r = (RfValue){t, s, RT_SLICE | RF_INDIR};
}

static void slice_of(const RfValue *v, void **p, int64_t *n, const RtType **et)
{
    uint32_t k = kind(v);
    if (k == RT_SLICE) {
        RtSlice *s = addr(v);
        *p = s->ptr, *n = s->len, *et = v->typ->elem;
    } else if (k == RT_ARRAY) {
        *p = v->ptr, *n = (int64_t)v->typ->len, *et = v->typ->elem;
    } else if (k == RT_STRING) {
        RtString *s = addr(v);
        *p = (void *)s->ptr, *n = s->len, *et = NULL;
    } else {
        value_error("Copy", k);
    }
}

typedef struct { RfValue dst, src; int64_t r; } CopyFrame;
void rf_Copy(CopyFrame *f) __asm__("reflect.Copy");
void rf_Copy(CopyFrame *f)
{
    uint32_t dk = kind(&f->dst);
    if (dk != RT_ARRAY && dk != RT_SLICE)
        value_error("Copy", dk);
    if (dk == RT_ARRAY)
        must_be_assignable(&f->dst, "Copy");
    must_be_exported(&f->src, "Copy");
    void *dp, *sp;
    int64_t dn, sn;
    const RtType *de, *se;
    slice_of(&f->dst, &dp, &dn, &de);
    slice_of(&f->src, &sp, &sn, &se);
    if (se && se != de)
        rf_panic("reflect.Copy: different element types");
    int64_t n = dn < sn ? dn : sn;
    if (n > 0)
        rt_typedslicecopy(de, dp, sp, n);
    f->r = n;
}

/* ---- DeepEqual ---- */

typedef struct Visit { const void *a, *b; const RtType *t; struct Visit *next; } Visit;

static bool deep(const RtType *t, const void *a, const void *b, Visit *seen);

typedef struct { const RtType *mt; const void *m2; Visit *seen; bool eq; } MapCmp;

static void map_visit(void *arg, const RtType *kt, const void *key, const RtType *vt,
                      const void *val)
{
    MapCmp *c = arg;
    if (!c->eq)
        return;
    const void *v2 = rt_mapaccess(c->mt, c->m2, key);
    if (!v2 || !deep(vt, val, v2, c->seen))
        c->eq = false;
}

static bool deep(const RtType *t, const void *a, const void *b, Visit *seen)
{
    uint32_t k = t->kind;
    if (k == RT_PTR || k == RT_MAP || k == RT_SLICE) {
        const void *pa = *(void *const *)a, *pb = *(void *const *)b;
        if (pa && pb) {
            if (pa > pb) {
                const void *x = pa;
                pa = pb;
                pb = x;
            }
            for (Visit *v = seen; v; v = v->next)
                if (v->a == pa && v->b == pb && v->t == t)
                    return true;
            Visit *nv = __builtin_alloca(sizeof *nv);
            *nv = (Visit){pa, pb, t, seen};
            seen = nv;
        }
    }
    switch (k) {
    case RT_ARRAY:
        for (uint64_t i = 0; i < t->len; i++)
            if (!deep(t->elem, (const char *)a + i * t->elem->size, (const char *)b + i * t->elem->size,
                      seen))
                return false;
        return true;
    case RT_SLICE: {
        const RtSlice *x = a, *y = b;
        if ((x->ptr == NULL) != (y->ptr == NULL) || x->len != y->len)
            return false;
        if (x->ptr == y->ptr)
            return true;
        for (int64_t i = 0; i < x->len; i++)
            if (!deep(t->elem, (const char *)x->ptr + i * (int64_t)t->elem->size,
                      (const char *)y->ptr + i * (int64_t)t->elem->size, seen))
                return false;
        return true;
    }
    case RT_INTERFACE: {
        const RtIface *x = a, *y = b;
        if (!x->type || !y->type)
            return x->type == y->type;
        if (x->type != y->type)
            return false;
        const void *pa = rt_kind_is_direct(x->type->kind) ? (const void *)&x->data : x->data;
        const void *pb = rt_kind_is_direct(y->type->kind) ? (const void *)&y->data : y->data;
        return deep(x->type, pa, pb, seen);
    }
    case RT_PTR: {
        const void *x = *(void *const *)a, *y = *(void *const *)b;
        if (x == y)
            return true;
        if (!x || !y)
            return false;
        return deep(t->elem, x, y, seen);
    }
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!deep(t->fields[i].type, (const char *)a + t->fields[i].offset,
                      (const char *)b + t->fields[i].offset, seen))
                return false;
        return true;
    case RT_MAP: {
        const RtMap *x = *(RtMap *const *)a, *y = *(RtMap *const *)b;
        if ((x == NULL) != (y == NULL) || rt_maplen(x) != rt_maplen(y))
            return false;
        if (x == y)
            return true;
        MapCmp c = {t, y, seen, true};
        rt_map_foreach(t, (void *)x, map_visit, &c);
        return c.eq;
    }
    case RT_FUNC:
        return *(void *const *)a == NULL && *(void *const *)b == NULL;
    case RT_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case RT_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case RT_COMPLEX64:
        return ((const float *)a)[0] == ((const float *)b)[0] && ((const float *)a)[1] == ((const float *)b)[1];
    case RT_COMPLEX128:
        return ((const double *)a)[0] == ((const double *)b)[0] &&
               ((const double *)a)[1] == ((const double *)b)[1];
    default:
        return rt_valeq(t, a, b);
    }
}

typedef struct { RtIface x, y; bool r; } DeepEqualFrame;
void rf_DeepEqual(DeepEqualFrame *f) __asm__("reflect.DeepEqual");
void rf_DeepEqual(DeepEqualFrame *f)
{
    if (!f->x.type || !f->y.type) {
        f->r = f->x.type == f->y.type && f->x.data == f->y.data;
        return;
    }
    if (f->x.type != f->y.type) {
        f->r = false;
        return;
    }
    RtIface x = f->x, y = f->y;
    f->r = deep(&rt_type_error /* any interface type */, &x, &y, NULL);
}

/* ---- Value's methods ---- */

#define V_METHOD(name, frame) \
    void rf_Value_##name(frame *f); \
    RT_METHOD(rf_Value_##name, "reflect.Value." #name); \
    void rf_Value_##name(frame *f)

typedef struct { RfValue v; bool r; } BoolFrame;
typedef struct { RfValue v; int64_t r; } IntFrame;
typedef struct { RfValue v; uint64_t r; } UintFrame;
typedef struct { RfValue v; double r; } FloatFrame;
typedef struct { RfValue v; RtString r; } StrFrame;
typedef struct { RfValue v; int64_t i; RfValue r; } IndexFrame;
typedef struct { RfValue v; RtIface r; } IfaceFrame;

V_METHOD(Kind, IntFrame) { f->r = kind(&f->v); }
V_METHOD(IsValid, BoolFrame) { f->r = kind(&f->v) != 0; }
V_METHOD(CanAddr, BoolFrame) { f->r = (f->v.flag & RF_ADDR) != 0; }
V_METHOD(CanSet, BoolFrame) { f->r = (f->v.flag & (RF_ADDR | RF_RO)) == RF_ADDR; }
V_METHOD(CanInterface, BoolFrame)
{
    if (kind(&f->v) == 0)
        value_error("CanInterface", 0);
    f->r = (f->v.flag & RF_RO) == 0;
}

V_METHOD(Type, IfaceFrame)
{
    if (kind(&f->v) == 0)
        value_error("Type", 0);
    if (f->v.flag & RF_METHOD) {
        const RtType *t = f->v.typ;
        uint32_t i = (uint32_t)(f->v.flag >> RF_METHODSHIFT);
        if (!t->minfo)
            rf_panicf("minigo cannot build reflect's methods of ", t->name, " yet");
        f->r = rf_type_iface(t->minfo[i].mtyp);
        return;
    }
    f->r = rf_type_iface(f->v.typ);
}

V_METHOD(Bool, BoolFrame)
{
    must_be(&f->v, RT_BOOL, "Bool");
    f->r = *(bool *)addr(&f->v);
}

V_METHOD(Int, IntFrame)
{
    if (!is_int(kind(&f->v)))
        value_error("Int", kind(&f->v));
    f->r = load_int(f->v.typ, addr(&f->v));
}

V_METHOD(Uint, UintFrame)
{
    if (!is_uint(kind(&f->v)))
        value_error("Uint", kind(&f->v));
    f->r = load_uint(f->v.typ, addr(&f->v));
}

V_METHOD(Float, FloatFrame)
{
    uint32_t k = kind(&f->v);
    if (k == RT_FLOAT32)
        f->r = *(float *)addr(&f->v);
    else if (k == RT_FLOAT64)
        f->r = *(double *)addr(&f->v);
    else
        value_error("Float", k);
}

V_METHOD(String, StrFrame)
{
    uint32_t k = kind(&f->v);
    if (k == RT_STRING) {
        f->r = *(RtString *)addr(&f->v);
        return;
    }
    RtBuf b = {0};
    if (k == 0) {
        rt_buf_puts(&b, "<invalid Value>");
    } else {
        rt_buf_putc(&b, '<');
        rt_buf_puts(&b, f->v.typ->name);
        rt_buf_puts(&b, " Value>");
    }
    f->r = rt_gostring_buf(&b);
    rt_buf_free(&b);
}

typedef struct { RfValue v; RtSlice r; } BytesFrame;
V_METHOD(Bytes, BytesFrame)
{
    must_be(&f->v, RT_SLICE, "Bytes");
    if (f->v.typ->elem->kind != RT_UINT8)
        rf_panic("reflect.Value.Bytes of non-byte slice");
    f->r = *(RtSlice *)addr(&f->v);
}

V_METHOD(Len, IntFrame)
{
    void *p = addr(&f->v);
    switch (kind(&f->v)) {
    case RT_SLICE: f->r = ((RtSlice *)p)->len; break;
    case RT_STRING: f->r = ((RtString *)p)->len; break;
    case RT_ARRAY: f->r = (int64_t)f->v.typ->len; break;
    case RT_MAP: f->r = rt_maplen(*(RtMap **)p); break;
    case RT_CHAN: f->r = *(int64_t **)p ? (*(int64_t **)p)[0] : 0; break;   /* rt.h: len, cap */
    default: value_error("Len", kind(&f->v));
    }
}

V_METHOD(Cap, IntFrame)
{
    switch (kind(&f->v)) {
    case RT_SLICE: f->r = ((RtSlice *)addr(&f->v))->cap; break;
    case RT_ARRAY: f->r = (int64_t)f->v.typ->len; break;
    case RT_CHAN: {
        int64_t *c = *(int64_t **)addr(&f->v);
        f->r = c ? c[1] : 0;
        break;
    }
    default: value_error("Cap", kind(&f->v));
    }
}

V_METHOD(NumField, IntFrame)
{
    must_be(&f->v, RT_STRUCT, "NumField");
    f->r = f->v.typ->nfields;
}

V_METHOD(NumMethod, IntFrame)
{
    if (kind(&f->v) == 0)
        value_error("NumMethod", 0);
    f->r = (f->v.flag & RF_METHOD) ? 0 : rf_nmethods(f->v.typ);
}

V_METHOD(IsNil, BoolFrame)
{
    switch (kind(&f->v)) {
    case RT_PTR: case RT_MAP: case RT_CHAN: case RT_FUNC: case RT_UNSAFEPTR:
        f->r = !(f->v.flag & RF_METHOD) && *(void **)addr(&f->v) == NULL;
        break;
    case RT_INTERFACE: case RT_SLICE:
        f->r = *(void **)f->v.ptr == NULL;
        break;
    default:
        value_error("IsNil", kind(&f->v));
    }
}

static bool is_zero(const RtType *t, const void *p)
{
    switch (t->kind) {
    case RT_STRING: return ((const RtString *)p)->len == 0;
    case RT_SLICE: return ((const RtSlice *)p)->ptr == NULL;
    case RT_INTERFACE: return ((const RtIface *)p)->type == NULL;
    case RT_ARRAY:
        for (uint64_t i = 0; i < t->len; i++)
            if (!is_zero(t->elem, (const char *)p + i * t->elem->size))
                return false;
        return true;
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!is_zero(t->fields[i].type, (const char *)p + t->fields[i].offset))
                return false;
        return true;
    default:
        for (uint64_t i = 0; i < t->size; i++)
            if (((const uint8_t *)p)[i])
                return false;
        return true;
    }
}

V_METHOD(IsZero, BoolFrame)
{
    if (kind(&f->v) == 0)
        rf_panic("reflect: call of reflect.Value.IsZero on zero Value");
    f->r = is_zero(f->v.typ, addr(&f->v));
}

static RfValue elem(const RfValue *v)
{
    uint32_t k = kind(v);
    if (k == RT_INTERFACE) {
        RfValue x = from_iface((RtIface *)v->ptr);
        if (x.flag)
            x.flag |= v->flag & RF_RO;
        return x;
    }
    if (k != RT_PTR)
        value_error("Elem", k);
    void *p = *(void **)addr(v);
    if (!p)
        return (RfValue){0};
    const RtType *et = v->typ->elem;
    return (RfValue){et, p, et->kind | RF_INDIR | RF_ADDR | (v->flag & RF_RO)};
}

V_METHOD(Elem, VFrame) { f->r = elem(&f->v); }

V_METHOD(Field, IndexFrame)
{
    must_be(&f->v, RT_STRUCT, "Field");
    const RtType *t = f->v.typ;
    if (f->i < 0 || f->i >= t->nfields)
        rf_panic("reflect: Field index out of range");
    const RtField *fd = &t->fields[f->i];
    uint64_t fl = f->v.flag & (RF_STICKYRO | RF_INDIR | RF_ADDR);
    if (fd->pkgpath)
        fl |= fd->embedded ? RF_EMBEDRO : RF_STICKYRO;
    f->r = pack(fd->type, (char *)f->v.ptr + fd->offset, fl);
}

V_METHOD(Index, IndexFrame)
{
    const RfValue *v = &f->v;
    switch (kind(v)) {
    case RT_SLICE: {
        RtSlice *s = addr(v);
        if (f->i < 0 || f->i >= s->len)
            rf_panic("reflect: slice index out of range");
        const RtType *et = v->typ->elem;
        f->r = pack(et, (char *)s->ptr + f->i * (int64_t)et->size, RF_ADDR | (v->flag & RF_RO));
        return;
    }
    case RT_ARRAY: {
        if (f->i < 0 || (uint64_t)f->i >= v->typ->len)
            rf_panic("reflect: array index out of range");
        const RtType *et = v->typ->elem;
        f->r = pack(et, (char *)v->ptr + f->i * (int64_t)et->size, v->flag & (RF_ADDR | RF_RO));
        return;
    }
    case RT_STRING: {
        RtString *s = addr(v);
        if (f->i < 0 || f->i >= s->len)
            rf_panic("reflect: string index out of range");
        static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", .tflags = RT_TF_NAMED};
        f->r = (RfValue){&t_uint8, (void *)(s->ptr + f->i), RT_UINT8 | RF_INDIR | (v->flag & RF_RO)};
        return;
    }
    default:
        value_error("Index", kind(v));
    }
}

typedef struct { RfValue v; RtSlice r; } KeysFrame;
typedef struct { RtSlice *out; const RtType *kt; } KeysArg;
static void keys_visit(void *arg, const RtType *kt, const void *key, const RtType *vt, const void *val)
{
    KeysArg *a = arg;
    RtSlice *s = a->out;
    if (s->len == s->cap)
        return;
    RfValue *vs = s->ptr;
    RfValue k = rt_kind_is_direct(kt->kind) ? (RfValue){kt, *(void *const *)key, kt->kind}
                                            : (RfValue){kt, copy_of(kt, key), kt->kind | RF_INDIR};
    rt_typedslicecopy(&rf_type_Value, &vs[s->len], &k, 1);
    s->len++;
}

V_METHOD(MapKeys, KeysFrame)
{
    must_be(&f->v, RT_MAP, "MapKeys");
    RtMap *m = *(RtMap **)addr(&f->v);
    int64_t n = rt_maplen(m);
    rt_makeslice(&f->r, &rf_type_Value, 0, n);
    KeysArg a = {&f->r, f->v.typ->key};
    rt_map_foreach(f->v.typ, m, keys_visit, &a);
}

typedef struct { RfValue v, key; RfValue r; } MapIndexFrame;
V_METHOD(MapIndex, MapIndexFrame)
{
    must_be(&f->v, RT_MAP, "MapIndex");
    const RtType *mt = f->v.typ;
    const void *kp = addr(&f->key);
    RtIface boxed;
    if (f->key.typ != mt->key) {
        if (mt->key->kind != RT_INTERFACE || !rf_assignable(f->key.typ, mt->key))
            rf_panicf("reflect.Value.MapIndex: value of type ", f->key.typ->name,
                      " is not assignable to the map's key type");
        boxed = rf_value_iface(&f->key);
        kp = &boxed;
    }
    void *p = rt_mapaccess(mt, *(RtMap **)addr(&f->v), kp);
    if (!p) {
        f->r = (RfValue){0};
        return;
    }
    const RtType *et = mt->elem;
    f->r = rt_kind_is_direct(et->kind) ? (RfValue){et, *(void **)p, et->kind}
                                       : (RfValue){et, copy_of(et, p), et->kind | RF_INDIR};
    f->r.flag |= (f->v.flag | f->key.flag) & RF_RO;
}

V_METHOD(Interface, IfaceFrame)
{
    if (kind(&f->v) == 0)
        value_error("Interface", 0);
    if (f->v.flag & RF_RO)
        rf_panic("reflect.Value.Interface: cannot return value obtained from unexported field or method");
    f->r = rf_value_iface(&f->v);
}

typedef struct { RfValue v; RfValue x; } SetFrame;
V_METHOD(Set, SetFrame)
{
    must_be_assignable(&f->v, "Set");
    must_be_exported(&f->x, "Set");
    store_value(f->v.typ, f->v.ptr, &f->x, "Value.Set: value of type ");
}

typedef struct { RfValue v; int64_t x; } SetIntFrame;
V_METHOD(SetInt, SetIntFrame)
{
    must_be_assignable(&f->v, "SetInt");
    if (!is_int(kind(&f->v)))
        value_error("SetInt", kind(&f->v));
    store_bits(f->v.typ, f->v.ptr, (uint64_t)f->x);
}

typedef struct { RfValue v; uint64_t x; } SetUintFrame;
V_METHOD(SetUint, SetUintFrame)
{
    must_be_assignable(&f->v, "SetUint");
    if (!is_uint(kind(&f->v)))
        value_error("SetUint", kind(&f->v));
    store_bits(f->v.typ, f->v.ptr, f->x);
}

typedef struct { RfValue v; double x; } SetFloatFrame;
V_METHOD(SetFloat, SetFloatFrame)
{
    must_be_assignable(&f->v, "SetFloat");
    if (kind(&f->v) == RT_FLOAT32)
        *(float *)f->v.ptr = (float)f->x;
    else if (kind(&f->v) == RT_FLOAT64)
        *(double *)f->v.ptr = f->x;
    else
        value_error("SetFloat", kind(&f->v));
}

typedef struct { RfValue v; bool x; } SetBoolFrame;
V_METHOD(SetBool, SetBoolFrame)
{
    must_be_assignable(&f->v, "SetBool");
    must_be(&f->v, RT_BOOL, "SetBool");
    *(bool *)f->v.ptr = f->x;
}

typedef struct { RfValue v; RtString x; } SetStringFrame;
V_METHOD(SetString, SetStringFrame)
{
    must_be_assignable(&f->v, "SetString");
    must_be(&f->v, RT_STRING, "SetString");
    rt_typedslicecopy(f->v.typ, f->v.ptr, &f->x, 1);
}

V_METHOD(Addr, VFrame)
{
    if (!(f->v.flag & RF_ADDR))
        rf_panic("reflect.Value.Addr of unaddressable value");
    f->r = (RfValue){rf_ptr_to(f->v.typ), f->v.ptr, RT_PTR | (f->v.flag & RF_RO)};
}

V_METHOD(Pointer, UintFrame)
{
    void *p = addr(&f->v);
    switch (kind(&f->v)) {
    case RT_PTR: case RT_MAP: case RT_CHAN: case RT_UNSAFEPTR:
        f->r = (uint64_t)(uintptr_t) * (void **)p;
        break;
    case RT_FUNC: {
        if (f->v.flag & RF_METHOD)
            rf_panic("minigo cannot build reflect.Value.Pointer of a method value yet");
        void **c = *(void ***)p;
        f->r = c ? (uint64_t)(uintptr_t)c[0] : 0;   /* the code pointer, as go's */
        break;
    }
    case RT_SLICE:
        f->r = (uint64_t)(uintptr_t)((RtSlice *)p)->ptr;
        break;
    default:
        value_error("Pointer", kind(&f->v));
    }
}

V_METHOD(UnsafeAddr, UintFrame)
{
    if (kind(&f->v) == 0)
        value_error("UnsafeAddr", 0);
    if (!(f->v.flag & RF_ADDR))
        rf_panic("reflect.Value.UnsafeAddr of unaddressable value");
    f->r = (uint64_t)(uintptr_t)f->v.ptr;
}

V_METHOD(Method, IndexFrame)
{
    if (kind(&f->v) == 0)
        value_error("Method", 0);
    if (kind(&f->v) == RT_INTERFACE)
        rf_panic("minigo cannot build reflect.Value.Method of an interface value yet");
    if ((f->v.flag & RF_METHOD) || f->i < 0 || f->i >= rf_nmethods(f->v.typ))
        rf_panic("reflect: Method index out of range");
    f->r = f->v;
    f->r.flag = (f->v.flag & (RF_STICKYRO | RF_INDIR | RF_ADDR)) | RT_FUNC | RF_METHOD |
                ((uint64_t)f->i << RF_METHODSHIFT);
}

typedef struct { RfValue v; RtString name; RfValue r; } MethodByNameFrame;
V_METHOD(MethodByName, MethodByNameFrame)
{
    if (kind(&f->v) == 0)
        value_error("MethodByName", 0);
    if (kind(&f->v) == RT_INTERFACE)
        rf_panic("minigo cannot build reflect.Value.MethodByName of an interface value yet");
    uint32_t n = (f->v.flag & RF_METHOD) ? 0 : rf_nmethods(f->v.typ);
    f->r = (RfValue){0};
    for (uint32_t i = 0; i < n; i++) {
        const char *mn = f->v.typ->methods[i].name;
        if ((int64_t)strlen(mn) == f->name.len && memcmp(mn, f->name.ptr, (size_t)f->name.len) == 0) {
            f->r = f->v;
            f->r.flag = (f->v.flag & (RF_STICKYRO | RF_INDIR | RF_ADDR)) | RT_FUNC | RF_METHOD |
                        ((uint64_t)i << RF_METHODSHIFT);
            return;
        }
    }
}

typedef struct { RfValue v; RtSlice in; RtSlice r; } CallFrame;
V_METHOD(Call, CallFrame)
{
    must_be(&f->v, RT_FUNC, "Call");
    must_be_exported(&f->v, "Call");
    RtIface fn = rf_value_iface(&f->v);
    const RtType *ft = fn.type;
    void **closure = fn.data;
    if (!closure)
        rf_panic("reflect: call of nil function");
    RfValue *in = f->in.ptr;
    int64_t nin = ft->nin, n = f->in.len;
    bool variadic = (ft->tflags & RT_TF_VARIADIC) != 0;
    if (variadic ? n < nin - 1 : n != nin)
        rf_panic(n < nin ? "reflect: Call with too few input arguments"
                         : "reflect: Call with too many input arguments");
    int64_t resoff;
    int64_t size = rf_block_size(ft, &resoff);
    uint64_t block[size / 8 + 1];
    memset(block, 0, sizeof block);
    int64_t off = 0;
    for (int64_t i = 0; i < nin; i++) {
        const RtType *pt = ft->params[i];
        off = (off + 7) / 8 * 8;
        if (variadic && i == nin - 1) {
            RtSlice s;
            int64_t m = n - (nin - 1);
            rt_makeslice(&s, pt->elem, m, m);
            for (int64_t j = 0; j < m; j++)
                store_value(pt->elem, (char *)s.ptr + j * (int64_t)pt->elem->size, &in[i + j],
                            "Value.Call: value of type ");
            memcpy((char *)block + off, &s, sizeof s);
        } else {
            if (kind(&in[i]) == 0)
                rf_panic("reflect: Call using zero Value argument");
            store_value(pt, (char *)block + off, &in[i], "Value.Call: value of type ");
        }
        off += (int64_t)pt->size;
    }
    rt_callgo(closure[0], closure, block, (uint64_t)size);
    rt_makeslice(&f->r, &rf_type_Value, ft->nout, ft->nout);
    off = resoff;
    for (uint32_t i = 0; i < ft->nout; i++) {
        const RtType *rt = ft->params[nin + i];
        off = (off + 7) / 8 * 8;
        RfValue r = rt_kind_is_direct(rt->kind)
                        ? (RfValue){rt, *(void **)((char *)block + off), rt->kind}
                        : (RfValue){rt, copy_of(rt, (char *)block + off), rt->kind | RF_INDIR};
        rt_typedslicecopy(&rf_type_Value, (RfValue *)f->r.ptr + i, &r, 1);
        off += (int64_t)rt->size;
    }
}

typedef struct { RfValue v; RtString name; RfValue r; } FieldByNameFrame;
V_METHOD(FieldByName, FieldByNameFrame)
{
    must_be(&f->v, RT_STRUCT, "FieldByName");
    const RtType *t = f->v.typ;
    for (uint32_t i = 0; i < t->nfields; i++) {
        const char *n = t->fields[i].name;
        if ((int64_t)strlen(n) == f->name.len && memcmp(n, f->name.ptr, (size_t)f->name.len) == 0) {
            IndexFrame fr = {f->v, i, {0}};
            rf_Value_Field(&fr);
            f->r = fr.r;
            return;
        }
    }
    for (uint32_t i = 0; i < t->nfields; i++)
        if (t->fields[i].embedded)
            rf_panic("minigo cannot build reflect.Value.FieldByName of promoted fields yet");
    f->r = (RfValue){0};
}

/* Value's methods as an interface holding a Value calls them (its data
 * word points to the Value): what fmt finds in a []reflect.Value */
typedef struct { RfValue *v; RtString r; } StringIfaceFrame;
void rf_Value_String_iface(StringIfaceFrame *f);
RT_GO_ENTRY(rf_Value_String_iface, "reflect.Value.String$iface");
void rf_Value_String_iface(StringIfaceFrame *f)
{
    StrFrame fr = {*f->v, {0}};
    rf_Value_String(&fr);
    f->r = fr.r;
}
extern char rf_Value_String_iface_go[];
const RtMethod rf_value_methods[] = {{"String", rf_Value_String_iface_go}};

typedef struct { RfValue v; double re, im; } ComplexFrame;
V_METHOD(Complex, ComplexFrame)
{
    uint32_t k = kind(&f->v);
    const void *p = addr(&f->v);
    if (k == RT_COMPLEX64) {
        f->re = ((const float *)p)[0];
        f->im = ((const float *)p)[1];
    } else if (k == RT_COMPLEX128) {
        f->re = ((const double *)p)[0];
        f->im = ((const double *)p)[1];
    } else {
        value_error("Complex", k);
    }
}

typedef struct { RfValue v; double re, im; } SetComplexFrame;
V_METHOD(SetComplex, SetComplexFrame)
{
    must_be_assignable(&f->v, "SetComplex");
    uint32_t k = kind(&f->v);
    if (k == RT_COMPLEX64) {
        ((float *)f->v.ptr)[0] = (float)f->re;
        ((float *)f->v.ptr)[1] = (float)f->im;
    } else if (k == RT_COMPLEX128) {
        ((double *)f->v.ptr)[0] = f->re;
        ((double *)f->v.ptr)[1] = f->im;
    } else {
        value_error("SetComplex", k);
    }
}
