/* iface.c — interfaces at run time: method lookup through the type
 * descriptor, type assertions and their panics, and == on interfaces and
 * on values of any comparable type (structs, arrays), as go1.19 has them.
 *
 * Every interface value is an RtIface {type, data} (rt.h): there is no
 * itab, so a method is found by name in the dynamic type's method table
 * (sorted, a binary search).  Generated code caches the results per call
 * site (RtMethodCache, four types), so a call through an interface costs
 * a few compares and an indirect call while its receivers keep to four
 * dynamic types.
 *
 * Equality follows the spec: two interfaces are equal when their dynamic
 * types are identical (the same descriptor: codegen emits one per type)
 * and their dynamic values are equal; comparing values of a type that is
 * not comparable (slices, maps, funcs, or structs and arrays holding one)
 * panics "runtime error: comparing uncomparable type T", as does hashing
 * one as a map key ("hash of unhashable type T", map.c).
 */
#include <string.h>

#include "runtime/rt_internal.h"

/* ---- panics ---- */

/* The panics go through defer.c's rt_panic_error / rt_panic_plain /
 * rt_panic_runtime, so recover() sees them as Go's runtime errors. */

static const char *tname(const RtType *t)
{
    return t && t->name ? t->name : "?";
}

/* go1.19's TypeAssertionError.Error(). */
_Noreturn void rt_panic_assert(const RtType *have, const RtType *want, const RtType *iface,
                               const char *missing)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "interface conversion: ");
    if (!have) {
        rt_buf_puts(&b, iface ? tname(iface) : "interface");
        rt_buf_puts(&b, " is nil, not ");
        rt_buf_puts(&b, tname(want));
    } else if (missing) {
        rt_buf_puts(&b, tname(have));
        rt_buf_puts(&b, " is not ");
        rt_buf_puts(&b, tname(want));
        rt_buf_puts(&b, ": missing method ");
        rt_buf_puts(&b, missing);
    } else {
        rt_buf_puts(&b, iface ? tname(iface) : "interface");
        rt_buf_puts(&b, " is ");
        rt_buf_puts(&b, tname(have));
        rt_buf_puts(&b, ", not ");
        rt_buf_puts(&b, tname(want));
        if (strcmp(tname(have), tname(want)) == 0)
            rt_buf_puts(&b, " (types from different scopes)");
    }
    /* a *runtime.TypeAssertionError, recoverable (defer.c) */
    rt_panic_error(&rt_type_TypeAssertionError, "", b.p, b.len);
}

/* ---- methods ---- */

/* The method table of the runtime's error types (runtime.Error's
 * methods; iface_amd64.S). */
void rt_go_error_Error(void);
void rt_go_error_RuntimeError(void);
const RtMethod rt_runtime_error_methods[2] = {
    {"Error", (const void *)rt_go_error_Error},
    {"RuntimeError", (const void *)rt_go_error_RuntimeError},
};

const void *rt_method(const RtType *t, const char *name)
{
    if (!t)
        return NULL;
    uint32_t lo = 0, hi = t->nmethods;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0)
            return t->methods[mid].code;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const void *rt_method_cached(const RtType *t, const char *name, RtMethodCache *c)
{
    const void *code = rt_method(t, name);
    if (!code) {
        /* the static type guarantees the method; a missing one was
         * declared in a package whose code is not linked in */
        RtBuf b = {0};
        rt_buf_puts(&b, "method ");
        rt_buf_puts(&b, tname(t));
        rt_buf_puts(&b, ".");
        rt_buf_puts(&b, name);
        rt_buf_puts(&b, " is not available");
        rt_buf_putc(&b, '\0');
        rt_throw(b.p);
    }
    int k = (int)(c->next++ % RT_METHOD_CACHE_WAYS);
    for (int i = 0; i < RT_METHOD_CACHE_WAYS; i++)
        if (!c->e[i].type) {
            k = i;
            break;
        }
    c->e[k].code = code;
    c->e[k].type = t;
    return code;
}

bool rt_call_string_method(const RtType *t, void *data, const char *name, RtString *out)
{
    const void *code = rt_method(t, name);
    if (!code)
        return false;
    struct { void *recv; RtString r; } blk = {data, {NULL, 0}};
    rt_callgo(code, NULL, &blk, sizeof blk);
    *out = blk.r;
    return true;
}

/* The first method of the interface type `iface` that t lacks, or NULL. */
static const char *missing_method(const RtType *t, const RtType *iface)
{
    for (uint32_t i = 0; i < iface->nmethods; i++)
        if (!rt_method(t, iface->methods[i].name))
            return iface->methods[i].name;
    return NULL;
}

bool rt_implements(const RtType *iface, const RtType *t)
{
    return t && !missing_method(t, iface);
}

bool rt_assert_iface(const RtType *have, const RtType *want, const RtType *src, bool commaok)
{
    if (!have) {
        if (commaok)
            return false;
        rt_panic_assert(NULL, want, src, NULL);
    }
    const char *m = missing_method(have, want);
    if (!m)
        return true;
    if (commaok)
        return false;
    rt_panic_assert(have, want, src, m);
}

/* ---- equality ---- */

bool rt_comparable(const RtType *t)
{
    switch (t->kind) {
    case RT_SLICE: case RT_MAP: case RT_FUNC:
        return false;
    case RT_ARRAY:
        return rt_comparable(t->elem);
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++)
            if (!rt_comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

static _Noreturn void uncomparable(const RtType *t)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "comparing uncomparable type ");
    rt_buf_puts(&b, tname(t));
    rt_buf_putc(&b, '\0');
    rt_panic_runtime(b.p);
}

/* The dynamic values of two interfaces of the same dynamic type t. */
static bool data_equal(const RtType *t, void *a, void *b)
{
    if (!rt_comparable(t))
        uncomparable(t);
    if (rt_kind_is_direct(t->kind))
        return a == b;
    return rt_valeq(t, a, b);
}

bool rt_valeq(const RtType *t, const void *a, const void *b)
{
    switch (t->kind) {
    case RT_BOOL: case RT_INT8: case RT_UINT8:
        return *(const uint8_t *)a == *(const uint8_t *)b;
    case RT_INT16: case RT_UINT16:
        return *(const uint16_t *)a == *(const uint16_t *)b;
    case RT_INT32: case RT_UINT32:
        return *(const uint32_t *)a == *(const uint32_t *)b;
    case RT_INT: case RT_INT64: case RT_UINT: case RT_UINT64: case RT_UINTPTR:
    case RT_PTR: case RT_CHAN: case RT_UNSAFEPTR:
        return *(const uint64_t *)a == *(const uint64_t *)b;
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
    case RT_STRING:
        return rt_eqstring(a, b);
    case RT_INTERFACE:
        return rt_ifaceeq(a, b);
    case RT_ARRAY:
        for (uint64_t i = 0; i < t->len; i++)
            if (!rt_valeq(t->elem, (const char *)a + i * t->elem->size,
                          (const char *)b + i * t->elem->size))
                return false;
        return true;
    case RT_STRUCT:
        for (uint32_t i = 0; i < t->nfields; i++) {
            const RtField *f = &t->fields[i];
            if (f->name && strcmp(f->name, "_") == 0)
                continue;
            if (!rt_valeq(f->type, (const char *)a + f->offset, (const char *)b + f->offset))
                return false;
        }
        return true;
    default:
        uncomparable(t);
    }
}

bool rt_ifaceeq(const RtIface *a, const RtIface *b)
{
    if (a->type != b->type)
        return false;
    if (!a->type)
        return true;
    return data_equal(a->type, a->data, b->data);
}

bool rt_ifaceeq_val(const RtIface *a, const RtType *t, const void *v)
{
    if (a->type != t)
        return false;
    if (rt_kind_is_direct(t->kind))
        return a->data == *(void *const *)v;
    return rt_valeq(t, a->data, v);
}
