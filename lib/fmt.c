/* fmt.c — package fmt's functions (the printer itself is fmt_print.c):
 * Print, Println, Printf to standard output; Sprint* to strings; Fprint*
 * to an io.Writer (an *os.File directly, anything else through its Write
 * method); Errorf with %w; and the *fmt.wrapError it returns.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

/* ---- the older entry points (tests, panics) ---- */

void rt_fmt_float(RtBuf *b, double f, int bits)
{
    rt_ftoa(b, f, 'g', -1, bits);
}

void rt_fmt_value(RtBuf *b, const RtIface *v)
{
    RtSlice a = {(void *)v, 1, 1};
    rt_fmt_doprint(b, &a);
}

void rt_fmt_sprintln(RtBuf *b, const RtSlice *a)
{
    rt_fmt_doprintln(b, a);
}

/* ---- writers ---- */

static bool is_os_file(const RtType *t)
{
    return t == &rt_type_ptr_File || (t && t->kind == RT_PTR && strcmp(t->name, "*os.File") == 0);
}

/* Writes to file descriptor fd as an *os.File does: standard output
 * through the runtime's buffer (which panics and standard error flush). */
int64_t rt_os_write_fd(int64_t fd, const void *p, int64_t n)
{
    if (fd == 1) {
        rt_out_write(p, (size_t)n);
    } else {
        rt_out_flush();
        rt_write_fd((int)fd, p, (size_t)n);
    }
    return n;
}

int64_t rt_writer_write(const RtIface *w, const void *p, int64_t n, RtIface *err)
{
    *err = (RtIface){NULL, NULL};
    if (!w->type)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    if (is_os_file(w->type)) {
        RtOsFile *f = w->data;
        if (!f || !f->file) {
            *err = rt_errors_new_c("invalid argument");
            return 0;
        }
        return rt_os_write_fd(f->file->fd, p, n);
    }
    const void *code = rt_method(w->type, "Write");
    if (!code)
        rt_throw("fmt: the writer has no Write method");
    uint8_t *copy = n ? rt_alloc((uint64_t)n, NULL) : NULL;
    if (n)
        memcpy(copy, p, (size_t)n);
    struct { void *recv; RtSlice p; int64_t n; RtIface err; } blk = {w->data, {copy, n, n}, 0, {NULL, NULL}};
    rt_callgo(code, NULL, &blk, sizeof blk);
    *err = blk.err;
    return blk.n;
}

/* ---- Print ---- */

typedef struct { RtSlice a; int64_t n; RtIface err; } PrintFrame;     /* = FmtPrintlnFrame */
typedef struct { RtString format; RtSlice a; int64_t n; RtIface err; } PrintfFrame;

static void out(RtBuf *b, int64_t *n, RtIface *err)
{
    rt_out_write(b->p, b->len);
    *n = (int64_t)b->len;
    *err = (RtIface){NULL, NULL};
    rt_buf_free(b);
}

void rt_fmt_Println(FmtPrintlnFrame *f) __asm__("fmt.Println");
void rt_fmt_Println(FmtPrintlnFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintln(&b, &f->a);
    out(&b, &f->n, &f->err);
}

void rt_fmt_Print(PrintFrame *f) __asm__("fmt.Print");
void rt_fmt_Print(PrintFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprint(&b, &f->a);
    out(&b, &f->n, &f->err);
}

void rt_fmt_Printf(PrintfFrame *f) __asm__("fmt.Printf");
void rt_fmt_Printf(PrintfFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintf(&b, f->format, &f->a, NULL);
    out(&b, &f->n, &f->err);
}

/* ---- Sprint ---- */

typedef struct { RtSlice a; RtString r; } SprintFrame;
typedef struct { RtString format; RtSlice a; RtString r; } SprintfFrame;

static RtString take(RtBuf *b)
{
    RtString s = rt_gostring_buf(b);
    rt_buf_free(b);
    return s;
}

void rt_fmt_Sprintln(SprintFrame *f) __asm__("fmt.Sprintln");
void rt_fmt_Sprintln(SprintFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintln(&b, &f->a);
    f->r = take(&b);
}

void rt_fmt_Sprint(SprintFrame *f) __asm__("fmt.Sprint");
void rt_fmt_Sprint(SprintFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprint(&b, &f->a);
    f->r = take(&b);
}

void rt_fmt_Sprintf(SprintfFrame *f) __asm__("fmt.Sprintf");
void rt_fmt_Sprintf(SprintfFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintf(&b, f->format, &f->a, NULL);
    f->r = take(&b);
}

/* ---- Fprint ---- */

typedef struct { RtIface w; RtSlice a; int64_t n; RtIface err; } FprintFrame;
typedef struct { RtIface w; RtString format; RtSlice a; int64_t n; RtIface err; } FprintfFrame;

static void fout(const RtIface *w, RtBuf *b, int64_t *n, RtIface *err)
{
    *n = rt_writer_write(w, b->p, (int64_t)b->len, err);
    rt_buf_free(b);
}

void rt_fmt_Fprintln(FprintFrame *f) __asm__("fmt.Fprintln");
void rt_fmt_Fprintln(FprintFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintln(&b, &f->a);
    fout(&f->w, &b, &f->n, &f->err);
}

void rt_fmt_Fprint(FprintFrame *f) __asm__("fmt.Fprint");
void rt_fmt_Fprint(FprintFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprint(&b, &f->a);
    fout(&f->w, &b, &f->n, &f->err);
}

void rt_fmt_Fprintf(FprintfFrame *f) __asm__("fmt.Fprintf");
void rt_fmt_Fprintf(FprintfFrame *f)
{
    RtBuf b = {0};
    rt_fmt_doprintf(&b, f->format, &f->a, NULL);
    fout(&f->w, &b, &f->n, &f->err);
}

/* ---- Errorf ---- */

typedef struct { RtString format; RtSlice a; RtIface r; } ErrorfFrame;
void rt_fmt_Errorf(ErrorfFrame *f) __asm__("fmt.Errorf");
void rt_fmt_Errorf(ErrorfFrame *f)
{
    RtBuf b = {0};
    RtIface wrapped = {NULL, NULL};
    rt_fmt_doprintf(&b, f->format, &f->a, &wrapped);
    RtString s = take(&b);
    if (!wrapped.type) {
        f->r = rt_errors_new(s);
        return;
    }
    RtWrapError *e = rt_alloc(sizeof *e, rt_type_ptr_wrapError.elem);
    rt_store_string(&e->msg, s);
    rt_store_ptr(&e->err.data, wrapped.data);
    e->err.type = wrapped.type;
    f->r = (RtIface){&rt_type_ptr_wrapError, e};
}

typedef struct { RtWrapError *e; RtString r; } WrapErrorErrorFrame;
void rt_fmt_wrapError_Error(WrapErrorErrorFrame *f);
RT_ALIAS(rt_fmt_wrapError_Error, "fmt.(*wrapError).Error");
void rt_fmt_wrapError_Error(WrapErrorErrorFrame *f)
{
    f->r = f->e->msg;
}
RT_GO_ENTRY(rt_fmt_wrapError_Error, "fmt.(*wrapError).Error$go");

typedef struct { RtWrapError *e; RtIface r; } WrapErrorUnwrapFrame;
void rt_fmt_wrapError_Unwrap(WrapErrorUnwrapFrame *f);
RT_ALIAS(rt_fmt_wrapError_Unwrap, "fmt.(*wrapError).Unwrap");
void rt_fmt_wrapError_Unwrap(WrapErrorUnwrapFrame *f)
{
    f->r = f->e->err;
}
RT_GO_ENTRY(rt_fmt_wrapError_Unwrap, "fmt.(*wrapError).Unwrap$go");
