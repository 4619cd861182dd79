/* string.c — string concatenation and comparison. */
#include <string.h>

#include "runtime/rt_internal.h"

void rt_concatstring(RtString *out, const RtString *a, const RtString *b)
{
    /* With one operand empty the other is the result: strings are
     * immutable, so sharing its bytes is safe (Go does the same) unless
     * they are in a frame (a non-escaping conversion's buffer), which
     * the result may outlive. */
    if (a->len == 0 && !rt_on_stack(b->ptr)) {
        *out = *b;
        return;
    }
    if (b->len == 0 && !rt_on_stack(a->ptr)) {
        *out = *a;
        return;
    }
    int64_t n;
    if (__builtin_add_overflow(a->len, b->len, &n))
        rt_throw("string concatenation too long");
    uint8_t *p = rt_alloc((uint64_t)n, NULL);
    memcpy(p, a->ptr, (size_t)a->len);
    memcpy(p + a->len, b->ptr, (size_t)b->len);
    out->ptr = p;
    out->len = n;
}

bool rt_eqstring(const RtString *a, const RtString *b)
{
    if (a->len != b->len)
        return false;
    return a->ptr == b->ptr || a->len == 0 || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0;
}

int rt_cmpstring(const RtString *a, const RtString *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = n > 0 ? memcmp(a->ptr, b->ptr, (size_t)n) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    return 0;
}
