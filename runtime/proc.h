/* proc.h — goroutines inside the runtime: the G structure and what the
 * runtime's own files (defer.c, signal.c, gc_mark.c, chan.c, select.c,
 * sema.c, timer.c) need of the scheduler (proc.c).  lib/ sees only
 * rt_internal.h section 7.
 *
 *   1. the goroutine (G): everything that belongs to one goroutine
 *   2. sudogs: a goroutine waiting on a channel or a semaphore
 *   3. the scheduler's entry points for the runtime
 */
#ifndef MINIGO_PROC_H
#define MINIGO_PROC_H

#include "runtime/rt_internal.h"

/* ---- 1. the goroutine ---------------------------------------------------- */

enum RtGStatus {
    RT_G_IDLE,          /* just made, not started */
    RT_G_RUNNABLE,      /* on a run queue (or runnext) */
    RT_G_RUNNING,       /* the current goroutine */
    RT_G_WAITING,       /* parked (rt_gopark) */
    RT_G_DEAD,          /* finished; on the free list for reuse */
};

struct RtDefer;
struct RtPanic;
struct RtSudog;

/* All state of one goroutine.  Gs are never freed (as in Go): a finished
 * G goes to a free list and is reused, with a new goid, by a later go
 * statement.  The collector scans every live G's stack, from its saved
 * stack pointer up, and the words of the G itself (the defer chain, the
 * start block), conservatively. */
struct RtG {
    /* the saved context while not running: the stack pointer, below which
     * rt_swapctx pushed the callee-saved registers */
    uintptr_t sp;
    /* the stack: usable [stack_lo, stack_hi); stackguard = stack_lo plus
     * a margin left for C code (runtime and library), which has no checks */
    uintptr_t stack_lo, stack_hi, stackguard;
    void *stack_mem;            /* the pooled stack (NULL: the main stack) */

    int64_t goid;
    uint32_t status;            /* enum RtGStatus */
    RtWaitReason waitreason;
    bool system;                /* the runtime's own: not counted by
                                   NumGoroutine, not in deadlock reports */

    RtG *schedlink;             /* run queues, the free list */
    RtG *alllink;               /* every G ever made, in creation order */

    /* what it runs when started: a Go function (code, ctx, the argument
     * block) or a C function (cfn, carg) */
    const void *code;
    void *ctx;
    uint64_t argsize, flags;
    void *args;                 /* argsize bytes: argbuf, or a heap block */
    uint64_t argbuf[8];
    void (*cfn)(void *);
    void *carg;

    /* defer, panic and recover (defer.c) */
    struct RtDefer *defers;     /* newest first */
    struct RtPanic *panics;     /* running, newest first */
    uintptr_t defer_runner_fp;  /* see defer.c */

    /* a fault turned into a panic (signal.c): the signal, for the
     * "[signal ...]" line and for which runtime error it raises */
    int sig;
    int sigpanic_kind;
    uintptr_t sigcode, sigaddr, sigpc;

    /* waiting (chan.c, select.c, sema.c) */
    void *param;                /* set by the waker: the sudog that completed */
    struct RtSudog *waiting;    /* the sudogs of a select in progress */
    bool selectdone;            /* a select's case has been taken */
    RtTimer timer;              /* time.Sleep's */
};

/* ---- 2. sudogs ----------------------------------------------------------- *
 * A goroutine waiting in a channel's queue or a semaphore's: one per
 * channel it waits on (select waits on several).  They live in the frame
 * of the blocked function (on the waiting goroutine's stack), which stays
 * put while it is parked. */
typedef struct RtSudog {
    RtG *g;
    struct RtSudog *next, *prev;    /* the wait queue */
    void *elem;                     /* the value sent, or where the received
                                       value goes (NULL: discarded) */
    RtChan *c;                      /* the channel (select) */
    struct RtSudog *waitlink;       /* the G's other sudogs (select) */
    bool isselect;
    bool success;                   /* woken by a value passing (true) or by
                                       close (false) */
    /* semaphores and notify lists (sema.c): */
    uint32_t *addr;
    uint32_t ticket;
    struct RtSudog *qtail;          /* the head of an address's queue: its tail */
} RtSudog;

/* Wait queues (chan.c): doubly linked through next/prev. */
void rt_waitq_enqueue(RtSudog **head, RtSudog **tail, RtSudog *s);
void rt_waitq_remove(RtSudog **head, RtSudog **tail, RtSudog *s);  /* if queued */
RtSudog *rt_waitq_dequeue(RtSudog **head, RtSudog **tail);

/* Channel internals select.c shares (chan.c). */
RtSudog **rt_chan_queue(RtChan *c, bool send, RtSudog ***tail);   /* sendq or recvq */
void rt_chan_send_to(RtChan *c, RtSudog *sg, const void *ep);     /* to a waiting receiver */
void rt_chan_recv_from(RtChan *c, RtSudog *sg, void *ep);         /* from a waiting sender */
void rt_chan_buf_send(RtChan *c, const void *ep);
void rt_chan_buf_recv(RtChan *c, void *ep);
bool rt_chan_closed(const RtChan *c);
bool rt_chan_can_buf_send(const RtChan *c);
bool rt_chan_can_buf_recv(const RtChan *c);
uint64_t rt_chan_elemsize(const RtChan *c);

/* ---- 3. scheduler ---------------------------------------------------------- */

extern RtG *rt_curg;                /* the running goroutine */

/* The first goroutine (rt_start). */
void rt_proc_init(void);
/* Runs the timers that are due (the scheduler calls it; so does the idle
 * loop).  Returns the earliest pending `when`, or 0. (timer.c) */
int64_t rt_run_timers(int64_t now);
bool rt_timers_pending(void);
/* The timer heap's array, for the collector. */
void rt_timer_roots(void (*fn)(uintptr_t lo, uintptr_t hi, void *arg), void *arg);
/* What the collector needs: fn(lo, hi, arg) on each live G's stack in use
 * and on each G's own words, current one included (sp: its current stack
 * pointer). */
void rt_for_each_g_root(uintptr_t cur_sp, void (*fn)(uintptr_t lo, uintptr_t hi, void *arg),
                        void *arg);
/* Whether sp is inside the stack of some goroutine: its top, or 0. */
uintptr_t rt_stack_top_of(uintptr_t sp);
/* The end of a cycle: return the memory of cached free stacks. */
void rt_release_stacks(void);
/* The caller to the end of the local run queue, then schedule. */
void rt_goyield(void);
/* The end of the running goroutine (its deferred calls have run). */
_Noreturn void rt_goexit0(void);
/* go f() of a nil f, in the new goroutine: the nil dereference panic. */
_Noreturn void rt_panic_nil_call(void);
/* "fatal error: msg" and every goroutine's header, exit 2. */
_Noreturn void rt_fatal_nog(const char *msg);
/* The finalizer goroutine (go1.19's createfing): made once, by the first
 * SetFinalizer or package os's initialisation; it runs rt_fin_loop
 * (mfinal.c).  rt_fin_wake: whether it waits with finalizers queued (the
 * scheduler then readies it, as go1.19's wakefing); clears the request. */
void rt_createfing(void);
void rt_fin_loop(void *arg);
bool rt_fin_wake(void);
/* Called by the collector's first cycle (go1.19 starts a worker then). */
void rt_proc_gc_started(void);
/* rt_swapctx (stack_amd64.S): saves the callee-saved registers on the
 * current stack and its stack pointer in *save, then continues on the
 * stack saved at newsp. */
void rt_swapctx(uintptr_t *save, uintptr_t newsp);

#endif
