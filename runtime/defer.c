/* defer.c — defer, panic and recover with Go's semantics.
 *
 * Defer records.  A defer statement calls rt_deferproc (stack_amd64.S)
 * with the deferred call's argument block written at the bottom of the
 * deferring function's frame, as for a call.  rt_deferproc_c copies the
 * block into a new record together with what is needed to resume the
 * deferring function later: its stack and frame pointers, its callee-saved
 * registers, and `resume`, the address of its return sequence (which runs
 * its remaining deferred calls, then returns its result variables).  The
 * records of the one goroutine form a single LIFO chain, newest first;
 * each knows its deferring frame (fp).  Records live in the collected heap
 * (every word scanned conservatively: they hold the arguments) and the
 * chain's head is a root.
 *
 * Normal return.  A function with defer statements calls rt_rundefers(fp)
 * in its return sequence: every record of its own frame, from the head of
 * the chain, is removed and called.
 *
 * Panic.  rt_gopanic pushes a panic record (on its own C frame, which stays
 * on the goroutine stack while the panic runs) and calls the records of the
 * chain one by one, newest first, removing each before the call.  Before a
 * call it notes where the callee's arguments will be (argp): recover(),
 * passed its caller's frame pointer, succeeds only when that frame is the
 * deferred call the current panic is running (fp + 16 == argp), the panic
 * is not recovered yet — so only a deferred function itself, not what it
 * calls, recovers, as in Go.  When the deferred call returns and its panic
 * was recovered, the panic (and any panic it aborted) is dropped and
 * rt_resume jumps to the deferring function's return sequence with its
 * registers as recorded: that function returns normally, with its result
 * variables as they are.  A panic raised while a deferred call of an
 * earlier panic runs aborts the earlier one once it unwinds past that
 * deferred call (records are numbered: the chain below a call is older).
 * When the chain is empty, the panics are printed as Go prints them, oldest
 * first ("panic: v [recovered]", each later one after a tab), and the
 * program exits with status 2.
 *
 * Runtime errors (index out of range, division by zero, nil dereference
 * through the signal handler, ...) are panics whose value is a runtime.Error:
 * an interface whose type is one of the runtime's error descriptors below
 * and whose data word points to the error's message (Error()'s result).
 */
#include <string.h>

#include "runtime/std.h"

typedef struct RtRegs {
    uintptr_t sp, fp, rbx, r12, r13, r14, r15, pad;
} RtRegs;

typedef struct RtDefer {
    struct RtDefer *link;
    RtRegs regs;
    const void *resume;
    const void *code;
    void *ctx;
    uint64_t size, flags, seq;
    uint64_t args[];
} RtDefer;

typedef struct RtPanic {
    struct RtPanic *link;
    RtIface arg;
    uintptr_t argp;        /* the running deferred call's arguments */
    uint64_t running;      /* seq of the record being called, 0: none */
    bool recovered, aborted;
} RtPanic;

_Noreturn void rt_resume(const RtRegs *regs, const void *pc);
void rt_calldefer(const void *fn, void *ctx, void *block, uint64_t size, uintptr_t *argp);

static RtDefer *defers;     /* the chain, newest first */
static RtPanic *panics;     /* the panics running, newest first */
static uint64_t defer_seq;

/* Every word may hold a pointer. */
static const RtType all_pointers = {.size = 8, .ptrdata = 8, .kind = RT_UNSAFEPTR,
                                    .name = "unsafe.Pointer"};

void rt_deferproc_c(const void *code, void *ctx, uint64_t size, const void *resume,
                    uint64_t flags, const RtRegs *regs)
{
    static bool rooted;
    if (!rooted) {
        rooted = true;
        rt_gc_add_root(&defers, sizeof defers);
    }
    RtDefer *d = rt_alloc(sizeof(RtDefer) + size, &all_pointers);
    d->regs = *regs;
    d->resume = resume;
    d->code = code;
    d->ctx = ctx;
    d->size = size;
    d->flags = flags;
    d->seq = ++defer_seq;
    const uint64_t *src = (const uint64_t *)regs->sp;
    for (uint64_t i = 0; i < size / 8; i++) {
        if (rt_gc_wbenabled)
            rt_gc_wb((void **)&d->args[i], (void *)src[i]);
        d->args[i] = src[i];
    }
    if (rt_gc_wbenabled) {
        rt_gc_wb((void **)&d->ctx, ctx);
        rt_gc_wb((void **)&d->link, defers);
    }
    d->link = defers;
    defers = d;
}

static void call_deferred(RtDefer *d, uintptr_t *argp)
{
    if (!d->code)       /* a nil function value: panics when called, as Go's */
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    if (d->flags & RT_DEFER_CABI) {
        ((void (*)(void *))d->code)(d->args);
        return;
    }
    rt_calldefer(d->code, d->ctx, d->args, d->size, argp);
}

/* The frame of the Go function running the current deferred call (its
 * return sequence), 0 when a panic runs it: what `defer recover()` acts
 * for.  Read by the compiler's wrapper before it calls anything. */
static uintptr_t defer_runner_fp;

void rt_rundefers(uintptr_t fp)
{
    while (defers && defers->regs.fp == fp) {
        RtDefer *d = defers;
        defers = d->link;
        uintptr_t argp;
        defer_runner_fp = fp;
        call_deferred(d, &argp);
    }
}

/* recover() as the deferred call itself (`defer recover()`): it acts as
 * if the function running the deferred call had called it, so it stops
 * a panic only when that function is itself a deferred call the panic
 * runs (run by a panic, it is too early: nil), as in Go. */
void rt_gorecover_deferred(RtIface *out)
{
    uintptr_t fp = defer_runner_fp;
    defer_runner_fp = 0;
    if (fp) {
        rt_gorecover(out, fp);
        return;
    }
    out->type = NULL;
    out->data = NULL;
}

void rt_gorecover(RtIface *out, uintptr_t fp)
{
    RtPanic *p = panics;
    if (p && !p->recovered && p->running && p->argp == fp + 16) {
        p->recovered = true;
        *out = p->arg;
        return;
    }
    out->type = NULL;
    out->data = NULL;
}

/* The signal that raised the latest runtime error, printed after the
 * panics when the program dies of one (Go's gp.sig). */
static RtBuf sigline;
static char sigline_buf[256];

void rt_panic_set_signal_line(const char *line, size_t n)
{
    sigline = (RtBuf){sigline_buf, 0, sizeof sigline_buf, true};
    rt_buf_write(&sigline, line, n);
}

static void print_panics(RtBuf *b, RtPanic *p)
{
    if (!p)
        return;
    if (p->link) {
        print_panics(b, p->link);
        rt_buf_putc(b, '\t');
    }
    rt_buf_puts(b, "panic: ");
    /* as Go's preprintpanics: an error prints as its Error(), a Stringer
     * as its String() */
    const RtType *t = p->arg.type;
    const void *code = NULL;
    if (t && !rt_is_runtime_error(t) && !(code = rt_method(t, "Error")))
        code = rt_method(t, "String");
    if (code) {
        struct { void *recv; RtString r; } blk = {p->arg.data, {0}};
        rt_callgo(code, NULL, &blk, sizeof blk);
        rt_buf_write(b, blk.r.ptr, (size_t)blk.r.len);
    } else {
        rt_print_panic_value(b, &p->arg);
    }
    if (p->recovered)
        rt_buf_puts(b, " [recovered]");
    rt_buf_putc(b, '\n');
}

_Noreturn void rt_gopanic(const RtIface *v)
{
    RtPanic p = {0};
    p.arg = *v;
    p.link = panics;
    panics = &p;
    while (defers) {
        RtDefer *d = defers;
        /* unwinding past a deferred call an earlier panic is running
         * aborts that panic */
        for (RtPanic *q = p.link; q; q = q->link)
            if (q->running && d->seq < q->running)
                q->aborted = true;
        defers = d->link;
        p.running = d->seq;
        defer_runner_fp = 0;
        call_deferred(d, &p.argp);
        p.running = 0;
        p.argp = 0;
        if (p.recovered) {
            panics = p.link;
            while (panics && panics->aborted)
                panics = panics->link;
            if (!panics)        /* done with the signal, if one raised it */
                sigline.len = 0;
#if defined(__SANITIZE_ADDRESS__)
            extern void __asan_handle_no_return(void);
            __asan_handle_no_return();
#endif
            rt_resume(&d->regs, d->resume);
        }
    }
    RtBuf b = {0};
    print_panics(&b, panics);
    if (sigline.len)
        rt_buf_write(&b, sigline.p, sigline.len);
    rt_crash_traceback(&b);
}

/* ---- runtime errors ---- */

#define ERRTYPE(var, gname) \
    const RtType var = {.size = 16, .ptrdata = 8, .kind = RT_STRING, .name = gname, \
                        .methods = rt_runtime_error_methods, .nmethods = 2}

ERRTYPE(rt_type_boundsError, "runtime.boundsError");
ERRTYPE(rt_type_errorString, "runtime.errorString");
ERRTYPE(rt_type_plainError, "runtime.plainError");
ERRTYPE(rt_type_TypeAssertionError, "*runtime.TypeAssertionError");

bool rt_is_runtime_error(const RtType *t)
{
    return t == &rt_type_boundsError || t == &rt_type_errorString || t == &rt_type_plainError ||
           t == &rt_type_TypeAssertionError;
}

/* panic(e) for the runtime error of type t whose Error() is
 * prefix + msg. */
_Noreturn void rt_panic_error(const RtType *t, const char *prefix, const char *msg, size_t n)
{
    size_t np = strlen(prefix);
    RtString *s = rt_alloc(sizeof(RtString), &rt_type_errorString);
    uint8_t *text = rt_alloc(np + n, NULL);
    memcpy(text, prefix, np);
    memcpy(text + np, msg, n);
    s->ptr = text;
    s->len = (int64_t)(np + n);
    RtIface e = {t, s};
    rt_gopanic(&e);
}

_Noreturn void rt_panic_runtime(const char *msg)
{
    rt_panic_error(&rt_type_errorString, "runtime error: ", msg, strlen(msg));
}

_Noreturn void rt_panic_plain(const char *msg)
{
    rt_panic_error(&rt_type_plainError, "", msg, strlen(msg));
}

_Noreturn void rt_panic_index(int64_t i, int64_t len)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "index out of range [");
    rt_buf_int(&b, i);
    rt_buf_puts(&b, "]");
    if (i >= 0) {       /* a negative index is reported without the length */
        rt_buf_puts(&b, " with length ");
        rt_buf_int(&b, len);
    }
    char tmp[128];
    size_t n = b.len < sizeof tmp ? b.len : sizeof tmp;
    memcpy(tmp, b.p, n);
    rt_buf_free(&b);
    rt_panic_error(&rt_type_boundsError, "runtime error: ", tmp, n);
}

_Noreturn void rt_panic_divide(void)
{
    rt_panic_runtime("integer divide by zero");
}

_Noreturn void rt_panic_iface(const RtIface *v)
{
    rt_gopanic(v);
}

/* ---- faults ---- */

static int sigpanic_kind;

void rt_sigpanic_prepare(int kind)
{
    sigpanic_kind = kind;
}

/* Entered from rt_sigpanic_tramp on the goroutine's stack after a fault
 * the signal handler turned into a panic. */
_Noreturn void rt_sigpanic(void)
{
    switch (sigpanic_kind) {
    case RT_SIGPANIC_DIVIDE: rt_panic_runtime("integer divide by zero");
    case RT_SIGPANIC_OVERFLOW: rt_panic_runtime("integer overflow");
    default: rt_panic_runtime("invalid memory address or nil pointer dereference");
    }
}
