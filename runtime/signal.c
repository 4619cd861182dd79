/* signal.c — hardware faults turned into Go's panics and fatal errors.
 *
 *   SIGSEGV/SIGBUS at an address below 0x1000: a nil dereference, a
 *       recoverable panic (see to_panic) which, if it kills the program,
 *       prints as
 *       panic: runtime error: invalid memory address or nil pointer dereference
 *       [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
 *   a fault in the goroutine stack's guard region: stack overflow, printed
 *       as Go's newstack reports exceeding the maximum stack size;
 *   any other fault: "unexpected fault address", "fatal error: fault".
 *   SIGFPE: integer division by zero (or overflow), the panic Go's
 *       explicit checks raise, without a signal line.
 *
 * The handler runs on an alternate signal stack (the faulting stack may be
 * the one that overflowed) and formats into a fixed buffer: no malloc.
 */
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#include "runtime/proc.h"

enum { ALTSTACK_SIZE = 64 << 10 };

static char msgbuf[1024];

static uintptr_t fault_pc(void *ctx)
{
    ucontext_t *uc = ctx;
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
}

static uintptr_t fault_sp(void *ctx)
{
    ucontext_t *uc = ctx;
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
}

/* The main goroutine's stack has a guard region below it; the others'
 * overflows are caught by the prologue checks (proc.c). */
static bool in_guard(uintptr_t a)
{
    return rt_stack_lo != 0 && a >= rt_stack_guard && a < rt_stack_lo;
}

/* A frame bigger than the guard region can move sp past it: count a stack
 * pointer up to 256 MB below the stack as an overflow too. */
static bool sp_overflowed(uintptr_t sp)
{
    uintptr_t reach = (uintptr_t)256 << 20;
    return rt_stack_lo != 0 && sp < rt_stack_lo &&
           (rt_stack_guard < reach || sp >= rt_stack_guard - reach);
}

static void signal_line(RtBuf *b, int sig, const siginfo_t *si, void *ctx)
{
    rt_buf_puts(b, sig == SIGBUS ? "[signal SIGBUS: bus error"
                                 : "[signal SIGSEGV: segmentation violation");
    rt_buf_puts(b, " code=");
    rt_buf_hex(b, (uint64_t)(int64_t)si->si_code);
    rt_buf_puts(b, " addr=");
    rt_buf_hex(b, (uintptr_t)si->si_addr);
    rt_buf_puts(b, " pc=");
    rt_buf_hex(b, fault_pc(ctx));
    rt_buf_puts(b, "]\n");
}

/* A fault that is a Go panic (a nil dereference, a division): make the
 * thread, when the handler returns, look as if the faulting instruction
 * had called rt_sigpanic_tramp, which raises the panic on the goroutine's
 * own stack, where deferred calls can run and recover it.  (The frame
 * that faulted is never returned to, so its red zone may be overwritten.) */
static void to_panic(void *ctx, int kind)
{
    ucontext_t *uc = ctx;
    rt_curg->sigpanic_kind = kind;
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP] - 8;
    *(uintptr_t *)sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic_tramp;
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
    RtBuf b = {msgbuf, 0, sizeof msgbuf, true};
    uintptr_t addr = (uintptr_t)si->si_addr;
    uintptr_t sp = fault_sp(ctx);

    if (sig == SIGFPE) {
        to_panic(ctx, si->si_code == FPE_INTOVF ? RT_SIGPANIC_OVERFLOW : RT_SIGPANIC_DIVIDE);
        return;
    }
    if (in_guard(addr) || sp_overflowed(sp)) {
        rt_buf_puts(&b, "runtime: goroutine stack exceeds ");
        rt_buf_uint(&b, rt_stack_limit);
        rt_buf_puts(&b, "-byte limit\nruntime: sp=");
        rt_buf_hex(&b, sp);
        rt_buf_puts(&b, " stack=[");
        rt_buf_hex(&b, rt_stack_lo);
        rt_buf_puts(&b, ", ");
        rt_buf_hex(&b, rt_stack_hi);
        rt_buf_puts(&b, "]\nfatal error: stack overflow\n\nruntime stack:\n");
        rt_crash(&b, true);
    }
    if (addr < 0x1000) {
        RtG *g = rt_curg;
        g->sig = sig;
        g->sigcode = (uintptr_t)(int64_t)si->si_code;
        g->sigaddr = addr;
        g->sigpc = fault_pc(ctx);
        to_panic(ctx, RT_SIGPANIC_MEM);
        return;
    }
    rt_buf_puts(&b, "unexpected fault address ");
    rt_buf_hex(&b, addr);
    rt_buf_puts(&b, "\nfatal error: fault\n");
    signal_line(&b, sig, si, ctx);
    rt_crash(&b, true);
}

void rt_signals_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;

    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (ss.ss_sp == MAP_FAILED)
        rt_throw("runtime: cannot allocate the signal stack");
    ss.ss_size = ALTSTACK_SIZE;
    sigaltstack(&ss, NULL);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
