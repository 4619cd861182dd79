/* panic.c — panics and fatal errors, printed as go1.19 prints them.
 *
 * Panicking, deferred calls and recover are defer.c's.  A panic nothing
 * recovers ends here: flush stdout, print
 *
 *     panic: VALUE
 *     [signal ...]                    (only for panics raised by a signal)
 *
 *     goroutine N [running]:
 *     main.main()                     (goroutine 1 only)
 *     	?:0
 *
 * to stderr and exit with status 2 (proc.c's rt_crash).  A fatal error
 * (throw) prints "fatal error: MSG" instead of the panic line, and then
 * every other goroutine's header too ("goroutine 6 [chan receive]:"), as
 * go1.19 does for fatal errors.  We have no traceback, so the lines after
 * "goroutine 1 [running]:" are a placeholder.
 *
 * The panic value is printed by Go's printpanicval rules (runtime/error.go,
 * printany): values of the predeclared basic types as the built-in print
 * does (floats as +1.500000e+000), named basic types as T(value) or
 * T("string"), anything else as "(T) ADDRESS".
 */
#include "runtime/rt_internal.h"

static _Noreturn void fatal(const char *msg, int level)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "fatal error: ");
    rt_buf_puts(&b, msg);
    rt_buf_putc(&b, '\n');
    rt_crash(&b, level);
}

_Noreturn void rt_throw(const char *msg)
{
    fatal(msg, 1);
}

_Noreturn void rt_throw_runtime(const char *msg)
{
    fatal(msg, 2);
}

_Noreturn void rt_throw_system(const char *msg)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "fatal error: ");
    rt_buf_puts(&b, msg);
    rt_buf_puts(&b, "\n\nruntime stack:\n");
    rt_crash(&b, 2);
}

/* runtime.Breakpoint: go1.19 executes a breakpoint instruction, and
 * without a debugger the program dies of SIGTRAP ("SIGTRAP: trace trap",
 * then the goroutine trailer, exit status 2); the same here, without the
 * register dump that follows in Go. */
void rt_go_Breakpoint(void *frame) __asm__("runtime.Breakpoint");
void rt_go_Breakpoint(void *frame)
{
    (void)frame;
    RtBuf b = {0};
    rt_buf_puts(&b, "SIGTRAP: trace trap\n");
    rt_crash(&b, false);
}

/* The name a predeclared type's descriptor carries, by kind. */
static const char *basic_name(uint32_t kind)
{
    static const char *const names[] = {
        [RT_BOOL] = "bool", [RT_INT] = "int", [RT_INT8] = "int8",
        [RT_INT16] = "int16", [RT_INT32] = "int32", [RT_INT64] = "int64",
        [RT_UINT] = "uint", [RT_UINT8] = "uint8", [RT_UINT16] = "uint16",
        [RT_UINT32] = "uint32", [RT_UINT64] = "uint64", [RT_UINTPTR] = "uintptr",
        [RT_FLOAT32] = "float32", [RT_FLOAT64] = "float64",
        [RT_COMPLEX64] = "complex64", [RT_COMPLEX128] = "complex128",
        [RT_STRING] = "string",
    };
    return kind < sizeof names / sizeof names[0] ? names[kind] : NULL;
}

static bool streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* A basic value as the built-in print shows it; false if t is not basic. */
static bool print_basic(RtBuf *b, const RtType *t, const void *p)
{
    switch (t->kind) {
    case RT_BOOL: rt_buf_puts(b, *(const uint8_t *)p ? "true" : "false"); break;
    case RT_INT: case RT_INT64: rt_buf_int(b, *(const int64_t *)p); break;
    case RT_INT8: rt_buf_int(b, *(const int8_t *)p); break;
    case RT_INT16: rt_buf_int(b, *(const int16_t *)p); break;
    case RT_INT32: rt_buf_int(b, *(const int32_t *)p); break;
    case RT_UINT: case RT_UINT64: case RT_UINTPTR: rt_buf_uint(b, *(const uint64_t *)p); break;
    case RT_UINT8: rt_buf_uint(b, *(const uint8_t *)p); break;
    case RT_UINT16: rt_buf_uint(b, *(const uint16_t *)p); break;
    case RT_UINT32: rt_buf_uint(b, *(const uint32_t *)p); break;
    case RT_FLOAT32: rt_buf_rtfloat(b, *(const float *)p); break;
    case RT_FLOAT64: rt_buf_rtfloat(b, *(const double *)p); break;
    case RT_COMPLEX64:
        rt_buf_putc(b, '(');
        rt_buf_rtfloat(b, ((const float *)p)[0]);
        rt_buf_rtfloat(b, ((const float *)p)[1]);
        rt_buf_puts(b, "i)");
        break;
    case RT_COMPLEX128:
        rt_buf_putc(b, '(');
        rt_buf_rtfloat(b, ((const double *)p)[0]);
        rt_buf_rtfloat(b, ((const double *)p)[1]);
        rt_buf_puts(b, "i)");
        break;
    case RT_STRING: {
        const RtString *s = p;
        rt_buf_write(b, s->ptr, (size_t)s->len);
        break;
    }
    default:
        return false;
    }
    return true;
}

void rt_print_panic_value(RtBuf *b, const RtIface *v)
{
    const RtType *t = v->type;
    if (!t) {
        rt_buf_puts(b, "nil");
        return;
    }
    if (rt_is_runtime_error(t)) {     /* an error prints as its Error() */
        print_basic(b, &(RtType){.kind = RT_STRING}, v->data);
        return;
    }
    /* Go prints an error's Error() and a Stringer's String() (preprintpanics) */
    RtString s;
    if (rt_call_string_method(t, v->data, "Error", &s) || rt_call_string_method(t, v->data, "String", &s)) {
        rt_buf_write(b, s.ptr, (size_t)s.len);
        return;
    }
    const char *basic = basic_name(t->kind);
    if (basic && t->name && streq(t->name, basic)) {
        print_basic(b, t, v->data);
        return;
    }
    if (basic) {                    /* a named basic type: T(v), T("s") */
        rt_buf_puts(b, t->name);
        if (t->kind == RT_STRING) {
            rt_buf_puts(b, "(\"");
            print_basic(b, t, v->data);
            rt_buf_puts(b, "\")");
        } else if (t->kind == RT_COMPLEX64 || t->kind == RT_COMPLEX128) {
            print_basic(b, t, v->data);
        } else {
            rt_buf_putc(b, '(');
            print_basic(b, t, v->data);
            rt_buf_putc(b, ')');
        }
        return;
    }
    rt_buf_putc(b, '(');
    rt_buf_puts(b, t->name ? t->name : "?");
    rt_buf_puts(b, ") ");
    rt_buf_hex(b, (uintptr_t)v->data);
}
