/* defer.c — defer, panic and recover with Go's semantics.
 *
 * Defer records.  A defer statement calls rt_deferproc (stack_amd64.S)
 * with the deferred call's argument block written at the bottom of the
 * deferring function's frame, as for a call.  rt_deferproc_c copies the
 * block into a new record together with what is needed to resume the
 * deferring function later: its stack and frame pointers, its callee-saved
 * registers, and `resume`, the address of its return sequence (which runs
 * its remaining deferred calls, then returns its result variables).  The
 * records of a goroutine form a single LIFO chain, newest first, whose
 * head is in its G (proc.h); each knows its deferring frame (fp).  Records
 * live in the collected heap (every word scanned conservatively: they hold
 * the arguments); the collector finds the chain through the G.
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

#include "runtime/proc.h"

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
    bool goexit;           /* runtime.Goexit's: recover() does not stop it */
    bool has_text;         /* text holds its Error() or String() */
    RtString text;
} RtPanic;

_Noreturn void rt_resume(const RtRegs *regs, const void *pc);
void rt_calldefer(const void *fn, void *ctx, void *block, uint64_t size, uintptr_t *argp);

static uint64_t defer_seq;  /* numbers records, in order of creation */

/* Every word may hold a pointer. */
static const RtType all_pointers = {.size = 8, .ptrdata = 8, .kind = RT_UNSAFEPTR,
                                    .name = "unsafe.Pointer"};

void rt_deferproc_c(const void *code, void *ctx, uint64_t size, const void *resume,
                    uint64_t flags, const RtRegs *regs)
{
    RtG *g = rt_curg;
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
        rt_gc_wb((void **)&d->link, g->defers);
    }
    d->link = g->defers;
    g->defers = d;
}

/* A record from C has no Go frame: fp 1 matches no frame's rt_rundefers,
 * and nothing can recover in it (it calls no recover), so it is never
 * resumed. */
enum { C_DEFER_FP = 1 };

void rt_defer_c(void (*fn)(void *block), const void *block, uint64_t size)
{
    RtRegs regs = {.sp = (uintptr_t)block, .fp = C_DEFER_FP};
    rt_deferproc_c((const void *)fn, NULL, size, NULL, RT_DEFER_CABI, &regs);
}

void rt_undefer_c(void)
{
    RtG *g = rt_curg;
    if (!g->defers || g->defers->regs.fp != C_DEFER_FP)
        rt_throw("runtime: rt_undefer_c without its rt_defer_c");
    g->defers = g->defers->link;
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

/* G.defer_runner_fp is the frame of the Go function running the current
 * deferred call (its return sequence), 0 when a panic runs it: what
 * `defer recover()` acts for.  Read by the compiler's wrapper before it
 * calls anything. */

void rt_rundefers(uintptr_t fp)
{
    RtG *g = rt_curg;
    while (g->defers && g->defers->regs.fp == fp) {
        RtDefer *d = g->defers;
        g->defers = d->link;
        uintptr_t argp;
        g->defer_runner_fp = fp;
        call_deferred(d, &argp);
    }
}

/* recover() as the deferred call itself (`defer recover()`): it acts as
 * if the function running the deferred call had called it, so it stops
 * a panic only when that function is itself a deferred call the panic
 * runs (run by a panic, it is too early: nil), as in Go. */
void rt_gorecover_deferred(RtIface *out)
{
    uintptr_t fp = rt_curg->defer_runner_fp;
    rt_curg->defer_runner_fp = 0;
    if (fp) {
        rt_gorecover(out, fp);
        return;
    }
    out->type = NULL;
    out->data = NULL;
}

uintptr_t rt_defer_argp;

void rt_wrapper_enter(uintptr_t args, uintptr_t callee_args)
{
    RtPanic *p = rt_curg->panics;
    if (p && p->running && !p->recovered && p->argp == args)
        rt_defer_argp = p->argp = callee_args;
}

bool rt_callgo_for(const void *fn, void *ctx, void *block, uint64_t size, const void *callerargs)
{
    RtPanic *p = rt_curg->panics;
    if (p && p->running && !p->recovered && p->argp == (uintptr_t)callerargs) {
        rt_calldefer(fn, ctx, block, size, &p->argp);
        return false;
    }
    rt_callgo(fn, ctx, block, size);
    return true;
}

void rt_gorecover(RtIface *out, uintptr_t fp)
{
    RtPanic *p = rt_curg->panics;
    if (p && !p->goexit && !p->recovered && p->running && p->argp == fp + 16) {
        p->recovered = true;
        *out = p->arg;
        return;
    }
    out->type = NULL;
    out->data = NULL;
}

/* The "[signal ...]" line of a panic a fault raised (G.sig and the
 * fault's details, set by signal.c), printed after the panics. */
static void signal_line(RtBuf *b, const RtG *g)
{
    rt_buf_puts(b, g->sig == 7 /* SIGBUS */ ? "[signal SIGBUS: bus error"
                                            : "[signal SIGSEGV: segmentation violation");
    rt_buf_puts(b, " code=");
    rt_buf_hex(b, g->sigcode);
    rt_buf_puts(b, " addr=");
    rt_buf_hex(b, g->sigaddr);
    rt_buf_puts(b, " pc=");
    rt_buf_hex(b, g->sigpc);
    rt_buf_puts(b, "]\n");
}

static void print_panics(RtBuf *b, RtPanic *p)
{
    if (!p)
        return;
    while (p->link && p->link->goexit)
        p->link = p->link->link;
    if (p->link) {
        print_panics(b, p->link);
        rt_buf_putc(b, '\t');
    }
    rt_buf_puts(b, "panic: ");
    if (p->has_text)
        rt_buf_write(b, p->text.ptr, (size_t)p->text.len);
    else
        rt_print_panic_value(b, &p->arg);
    if (p->recovered)
        rt_buf_puts(b, " [recovered]");
    rt_buf_putc(b, '\n');
}

/* A panic out of an Error or String method called by preprint: go1.19's
 * preprintpanics recovers it and throws. */
static void panic_while_printing(void *block)
{
    (void)block;
    const RtIface *v = &rt_curg->panics->arg;
    RtBuf m = {0};
    rt_buf_puts(&m, "panic while printing panic value: ");
    if (v->type && v->type->kind == RT_STRING && strcmp(v->type->name, "string") == 0) {
        const RtString *s = v->data;
        rt_buf_write(&m, s->ptr, (size_t)s->len);
    } else {
        rt_buf_puts(&m, "type ");
        rt_buf_puts(&m, v->type ? v->type->name : "nil");
    }
    rt_buf_putc(&m, 0);
    rt_throw_runtime(m.p);
}

/* As go1.19's preprintpanics, before anything is printed, newest panic
 * first: an error's value becomes its Error(), a Stringer's its String()
 * (runtime errors print their own text). */
static void preprint_panics(RtPanic *p)
{
    uint64_t dummy = 0;
    rt_defer_c(panic_while_printing, &dummy, sizeof dummy);
    for (; p; p = p->link) {
        if (p->goexit)
            continue;
        const RtType *t = p->arg.type;
        const void *code = NULL;
        if (t && !rt_is_runtime_error(t) && !(code = rt_method(t, "Error")))
            code = rt_method(t, "String");
        if (code) {
            struct { void *recv; RtString r; } blk = {p->arg.data, {0}};
            rt_callgo(code, NULL, &blk, sizeof blk);
            p->text = blk.r;
            p->has_text = true;
        }
    }
    rt_undefer_c();
}

/* Calls the deferred calls of g's chain, newest first, for panic p (a
 * runtime.Goexit's too), until one recovers p (then it resumes the
 * deferring function's return sequence: no return) or the chain is
 * empty. */
static void run_panic_defers(RtG *g, RtPanic *p)
{
    while (g->defers) {
        RtDefer *d = g->defers;
        /* unwinding past a deferred call an earlier panic is running
         * aborts that panic */
        for (RtPanic *q = p->link; q; q = q->link)
            if (q->running && d->seq < q->running)
                q->aborted = true;
        g->defers = d->link;
        p->running = d->seq;
        g->defer_runner_fp = 0;
        call_deferred(d, &p->argp);
        p->running = 0;
        p->argp = 0;
        if (p->recovered) {
            g->panics = p->link;
            while (g->panics && g->panics->aborted)
                g->panics = g->panics->link;
            if (!g->panics)     /* done with the signal, if one raised it */
                g->sig = 0;
#if defined(__SANITIZE_ADDRESS__)
            extern void __asan_handle_no_return(void);
            __asan_handle_no_return();
#endif
            rt_resume(&d->regs, d->resume);
        }
    }
}

_Noreturn void rt_gopanic(const RtIface *v)
{
    RtG *g = rt_curg;
    RtPanic p = {0};
    p.arg = *v;
    p.link = g->panics;
    g->panics = &p;
    run_panic_defers(g, &p);
    RtBuf b = {0};
    /* a Goexit in progress is not a panic to print */
    RtPanic *first = g->panics;
    while (first && first->goexit)
        first = first->link;
    preprint_panics(first);
    print_panics(&b, first);
    if (g->sig)
        signal_line(&b, g);
    rt_crash(&b, false);
}

/* runtime.Goexit: every deferred call runs (recover() returns nil in
 * them), then the goroutine ends.  A panic in a deferred call proceeds
 * as a panic. */
_Noreturn void rt_goexit(void)
{
    RtG *g = rt_curg;
    RtPanic p = {0};
    p.goexit = true;
    p.link = g->panics;
    g->panics = &p;
    run_panic_defers(g, &p);
    rt_goexit0();
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

/* go1.19's panicshift: shiftError, a runtime.errorString */
_Noreturn void rt_panic_shift(void)
{
    rt_panic_runtime("negative shift amount");
}

_Noreturn void rt_panic_iface(const RtIface *v)
{
    rt_gopanic(v);
}

/* ---- faults ---- */

/* Entered from rt_sigpanic_tramp on the goroutine's stack after a fault
 * the signal handler turned into a panic (G.sigpanic_kind says which). */
_Noreturn void rt_sigpanic(void)
{
    switch (rt_curg->sigpanic_kind) {
    case RT_SIGPANIC_DIVIDE: rt_panic_runtime("integer divide by zero");
    case RT_SIGPANIC_OVERFLOW: rt_panic_runtime("integer overflow");
    default: rt_panic_runtime("invalid memory address or nil pointer dereference");
    }
}

/* go f() of a nil f: the new goroutine faults calling address 0, as
 * Go's does (the signal line names a pc of 0 here). */
_Noreturn void rt_panic_nil_call(void)
{
    RtG *g = rt_curg;
    g->sig = 11; /* SIGSEGV */
    g->sigcode = 1;
    g->sigaddr = 0;
    g->sigpc = 0;
    rt_panic_runtime("invalid memory address or nil pointer dereference");
}
