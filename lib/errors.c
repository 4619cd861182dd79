/* errors.c — package errors (go1.19): New, Is, As, Unwrap, and the
 * *errors.errorString that New returns.
 */
#include <string.h>

#include "lib/lib.h"

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
    bool cmp = rt_comparable(target.type);
    for (;;) {
        if (!err.type)
            return;
        if (cmp && rt_ifaceeq(&err, &target)) {
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
 * implements (any interface, not only error: the runtime's rt_implements). */
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
