/* errors.c — package errors (go1.19): New, Is, As, Unwrap, and the
 * *errors.errorString that New returns.
 */
#include <string.h>

#include "runtime/std.h"

typedef struct { RtString text; RtIface r; } NewFrame;
void rt_errors_New(NewFrame *f) __asm__("errors.New");
void rt_errors_New(NewFrame *f)
{
    f->r = rt_errors_new(f->text);
}

typedef struct { RtErrorString *e; RtString r; } ErrorStringErrorFrame;
void rt_errors_errorString_Error(ErrorStringErrorFrame *f);
RT_ALIAS(rt_errors_errorString_Error, "errors.(*errorString).Error");
void rt_errors_errorString_Error(ErrorStringErrorFrame *f)
{
    f->r = f->e->s;
}
RT_GO_ENTRY(rt_errors_errorString_Error, "errors.(*errorString).Error$go");

/* Interface comparison (==) of two non-nil values of the same comparable
 * type at a and b. */
static bool equal_values(const RtType *t, const void *a, const void *b)
{
    switch (t->kind) {
    case RT_STRING:
        return rt_eqstring(a, b);
    case RT_FLOAT32:
        return *(const float *)a == *(const float *)b;
    case RT_FLOAT64:
        return *(const double *)a == *(const double *)b;
    case RT_COMPLEX64:
        return ((const float *)a)[0] == ((const float *)b)[0] &&
               ((const float *)a)[1] == ((const float *)b)[1];
    case RT_COMPLEX128:
        return ((const double *)a)[0] == ((const double *)b)[0] &&
               ((const double *)a)[1] == ((const double *)b)[1];
    case RT_INTERFACE: {
        const RtIface *x = a, *y = b;
        if (x->type != y->type)
            return false;
        if (!x->type)
            return true;
        if (rt_kind_is_direct(x->type->kind))
            return x->data == y->data;
        return equal_values(x->type, x->data, y->data);
    }
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!equal_values(t->fields[i].type, (const char *)a + t->fields[i].offset,
                              (const char *)b + t->fields[i].offset))
                return false;
        return true;
    case RT_ARRAY:
        for (uint64_t i = 0; i < t->len; i++)
            if (!equal_values(t->elem, (const char *)a + i * t->elem->size,
                              (const char *)b + i * t->elem->size))
                return false;
        return true;
    default:
        return memcmp(a, b, t->size) == 0;
    }
}

static bool comparable(const RtType *t)
{
    switch (t->kind) {
    case RT_SLICE: case RT_MAP: case RT_FUNC:
        return false;
    case RT_ARRAY:
        return comparable(t->elem);
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

bool rt_iface_equal(const RtIface *a, const RtIface *b)
{
    if (a->type != b->type)
        return false;
    if (!a->type)
        return true;
    if (rt_kind_is_direct(a->type->kind))
        return a->data == b->data;
    return equal_values(a->type, a->data, b->data);
}

/* errors.Unwrap: err's Unwrap() error, or nil. */
static RtIface unwrap(const RtIface *err)
{
    if (!err->type)
        return *err;
    const void *code = rt_method(err->type, "Unwrap");
    if (!code)
        return (RtIface){NULL, NULL};
    struct { void *recv; RtIface r; } blk = {err->data, {NULL, NULL}};
    rt_callgo(code, NULL, &blk, sizeof blk);
    return blk.r;
}

typedef struct { RtIface err; RtIface r; } UnwrapFrame;
void rt_errors_Unwrap(UnwrapFrame *f) __asm__("errors.Unwrap");
void rt_errors_Unwrap(UnwrapFrame *f)
{
    f->r = unwrap(&f->err);
}

typedef struct { RtIface err, target; uint64_t r; } IsFrame;
void rt_errors_Is(IsFrame *f) __asm__("errors.Is");
void rt_errors_Is(IsFrame *f)
{
    RtIface err = f->err, target = f->target;
    f->r = 0;
    if (!target.type) {
        f->r = !err.type;
        return;
    }
    bool cmp = comparable(target.type);
    for (;;) {
        if (!err.type)
            return;
        if (cmp && rt_iface_equal(&err, &target)) {
            f->r = 1;
            return;
        }
        const void *code = rt_method(err.type, "Is");
        if (code) {
            struct { void *recv; RtIface target; uint64_t r; } blk = {err.data, target, 0};
            rt_callgo(code, NULL, &blk, sizeof blk);
            if ((uint8_t)blk.r) {
                f->r = 1;
                return;
            }
        }
        err = unwrap(&err);
    }
}

/* Whether a value of type t can be assigned to a variable of type target
 * (As's AssignableTo): identical types, or target an interface t
 * implements.  rt_implements comes with the interfaces' runtime. */
__attribute__((weak)) bool rt_implements(const RtType *iface, const RtType *t)
{
    return strcmp(iface->name, "error") == 0 && rt_method(t, "Error") != NULL;
}

static bool assignable(const RtType *t, const RtType *target)
{
    if (t == target)
        return true;
    if (target->kind == RT_INTERFACE)
        return rt_implements(target, t);
    /* descriptors emitted apart (the runtime's and codegen's) */
    return t->kind == target->kind && t->name && target->name && strcmp(t->name, target->name) == 0 &&
           strchr(t->name, '.') != NULL;
}

typedef struct { RtIface err, target; uint64_t r; } AsFrame;
void rt_errors_As(AsFrame *f) __asm__("errors.As");
void rt_errors_As(AsFrame *f)
{
    RtIface err = f->err;
    f->r = 0;
    if (!f->target.type)
        rt_panic_string("errors: target cannot be nil");
    const RtType *pt = f->target.type;
    void *target = f->target.data;
    if (pt->kind != RT_PTR || !target)
        rt_panic_string("errors: target must be a non-nil pointer");
    const RtType *tt = pt->elem;
    if (tt->kind != RT_INTERFACE && !rt_method(tt, "Error"))
        rt_panic_string("errors: *target must be interface or implement error");
    while (err.type) {
        if (assignable(err.type, tt)) {
            if (tt->kind == RT_INTERFACE) {
                RtIface *dst = target;
                rt_store_ptr(&dst->data, err.data);
                dst->type = err.type;
            } else if (rt_kind_is_direct(tt->kind)) {
                rt_store_ptr(target, err.data);
            } else {
                if (rt_gc_wbenabled && tt->ptrdata)
                    rt_gc_wbtyped(target, err.data, tt);
                memcpy(target, err.data, tt->size);
            }
            f->r = 1;
            return;
        }
        const void *code = rt_method(err.type, "As");
        if (code) {
            struct { void *recv; RtIface target; uint64_t r; } blk = {err.data, f->target, 0};
            rt_callgo(code, NULL, &blk, sizeof blk);
            if ((uint8_t)blk.r) {
                f->r = 1;
                return;
            }
        }
        err = unwrap(&err);
    }
}
