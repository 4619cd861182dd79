/* printbuiltin.c — the built-in print and println, as go1.19's runtime
 * prints (runtime/print.go): to standard error, numbers in the runtime's
 * own formats (floats as +1.500000e+000), pointers as 0x..., slices as
 * [len/cap]0xptr, interfaces as (0xtype,0xdata).
 *
 * Generated code brackets one print or println with rt_printlock and
 * rt_printunlock: the pieces gather in a buffer written at the unlock,
 * after standard output is flushed so the two streams keep their order. */
#include "runtime/rt_internal.h"

static RtBuf pbuf;

void rt_printlock(void)
{
    pbuf.len = 0;
}

void rt_printunlock(void)
{
    rt_out_flush();
    rt_write_fd(2, pbuf.p, pbuf.len);
    pbuf.len = 0;
}

void rt_printbool(bool v) { rt_buf_puts(&pbuf, v ? "true" : "false"); }
void rt_printint(int64_t v) { rt_buf_int(&pbuf, v); }
void rt_printuint(uint64_t v) { rt_buf_uint(&pbuf, v); }
void rt_printfloat(double v) { rt_buf_rtfloat(&pbuf, v); }
void rt_printcomplex(double re, double im)
{
    rt_buf_putc(&pbuf, '(');
    rt_buf_rtfloat(&pbuf, re);
    rt_buf_rtfloat(&pbuf, im);
    rt_buf_puts(&pbuf, "i)");
}
void rt_printhex(uint64_t v) { rt_buf_hex(&pbuf, v); }
void rt_printsp(void) { rt_buf_putc(&pbuf, ' '); }
void rt_printnl(void) { rt_buf_putc(&pbuf, '\n'); }
void rt_printnil(void) { rt_buf_puts(&pbuf, "nil"); }

void rt_printstring(const RtString *s)
{
    rt_buf_write(&pbuf, s->ptr, (size_t)s->len);
}

void rt_printslice(const RtSlice *s)
{
    rt_buf_putc(&pbuf, '[');
    rt_buf_int(&pbuf, s->len);
    rt_buf_putc(&pbuf, '/');
    rt_buf_int(&pbuf, s->cap);
    rt_buf_putc(&pbuf, ']');
    rt_buf_hex(&pbuf, (uint64_t)(uintptr_t)s->ptr);
}

void rt_printeface(const RtIface *e)
{
    rt_buf_putc(&pbuf, '(');
    rt_buf_hex(&pbuf, (uint64_t)(uintptr_t)e->type);
    rt_buf_putc(&pbuf, ',');
    rt_buf_hex(&pbuf, (uint64_t)(uintptr_t)e->data);
    rt_buf_putc(&pbuf, ')');
}
