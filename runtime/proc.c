/* proc.c — goroutines and the scheduler, by go1.19's rules for one P.
 *
 * One OS thread runs every goroutine.  Switching is cooperative at the
 * runtime's blocking points (rt_gopark, rt_gosched, a goroutine's end)
 * and at the compiler's preemption points (function prologues and loop
 * back edges), where a goroutine that has run 10 ms without blocking
 * yields once the monitor thread asks it to.  What go1.19 does with one P
 * (runtime/proc.go), and so what this file does:
 *
 *   - a new goroutine (newproc), or one made ready (goready: a channel
 *     operation, an unlock, a timer), goes to the P's runnext slot; the
 *     goroutine that was in runnext moves to the tail of the local run
 *     queue (256 entries; when full, half of it and the newcomer move to
 *     the global queue); the running goroutine keeps running;
 *   - Gosched and preemption put the running goroutine on the global
 *     queue;
 *   - schedule(): the due timers run first (go1.19's findRunnable
 *     checks them before anything); then, every 61st scheduling tick,
 *     one goroutine from the global queue; then runnext (which
 *     inherits the time slice: the tick does not advance), then the
 *     local queue, then a batch from the global queue (up to half the
 *     local queue's size, the first to run, the rest to the local queue);
 *   - with nothing to run: sleep until the next timer, or, with no timer
 *     either, the deadlock check: every goroutine that is not the
 *     runtime's own is blocked, and Go prints "fatal error: all goroutines
 *     are asleep - deadlock!" with the blocked goroutines.
 *
 * Goroutine ids are go1.19's too: 1 is main; go1.19 starts 2, 3 and 4
 * (forcegc, bgsweep, bgscavenge) before main.main, 5 (the finalizer
 * goroutine) when package os is initialised, and one mark worker at the
 * first collection; minigo runs none of them but skips their ids, so a
 * program's goroutines are numbered as under `GOMAXPROCS=1 go run`.
 *
 * Stacks.  The main goroutine runs on the large stack start.c maps.
 * Every other goroutine gets a fixed stack of STACK_SIZE (1 MB) bytes of
 * address space (MAP_NORESERVE: memory only for the pages touched), cut
 * from chunks of STACKS_PER_CHUNK, so that 100,000 goroutines cost a few
 * thousand mappings, far below the kernel's map count limit, and share
 * page-table pages (a page-table page maps 2 MB: stacks further apart
 * each cost a fresh 4 KB page table, which measured as half the time of
 * starting 100,000 goroutines).  There are no guard pages between them
 * (two mappings per stack would pass the map count limit at 32,000
 * goroutines); overflow is caught by the compiler's prologue check
 * against stackguard, STACK_MARGIN above the bottom, which leaves the
 * margin to the runtime's C code (it has no checks).  Go grows a
 * goroutine's stack up to 1 GB by copying it, which needs exact pointer
 * maps of every frame; minigo's frames are scanned conservatively, so its
 * goroutines (but main) stop at STACK_SIZE - STACK_MARGIN, reported as
 * Go reports a stack overflow.  A stack is assigned when the goroutine
 * first runs and returned when it ends: a finished goroutine's stack is
 * reused by the next one (LIFO, so its pages are warm); the collector
 * returns the memory of the cached ones beyond a few at the end of each
 * cycle.
 */
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/gc.h"
#include "runtime/proc.h"

enum {
    STACK_SIZE = 1 << 20,
    STACK_MARGIN = 128 << 10,
    STACKS_PER_CHUNK = 64,
    RUNQ_SIZE = 256,
    STACKS_KEPT = 16,           /* free stacks whose memory a cycle keeps */
    FORCE_PREEMPT_NS = 10000000,/* go1.19's forcePreemptNS */
};
/* The poisoned guard: above any stack pointer, so the next prologue check
 * calls rt_morestack (go1.19's stackPreempt). */
#define STACK_PREEMPT ((uintptr_t)-1314)

uintptr_t rt_stackguard;
uint8_t rt_preempt_requested;

/* A free stack, linked through a record in its top page: the page a
 * goroutine touches first anyway (a link at the bottom would cost every
 * stack a second page). */
typedef struct FreeStack {
    struct FreeStack *next;
    bool released;              /* its pages went back to the OS */
} FreeStack;

static FreeStack *stack_link(char *mem)
{
    return (FreeStack *)(mem + STACK_SIZE - 64);
}

static char *stack_mem(FreeStack *f)
{
    return (char *)f + 64 - STACK_SIZE;
}

/* The scheduler: the one P and the global state around it. */
static struct {
    RtG *runnext;
    RtG *runq[RUNQ_SIZE];
    uint32_t runqhead, runqtail;
    RtG *globhead, *globtail;   /* the global run queue */
    int64_t globsize;
    uint32_t schedtick;         /* goroutines started with a fresh time slice */
    int64_t schedwhen;          /* when the current slice began (monotonic ns) */

    RtG *allg, *allgtail;       /* every G, in creation order */
    RtG *gfree;                 /* finished Gs */
    int64_t goidgen;            /* the last goid handed out */
    int64_t ngoroutines;        /* live Gs that are not system ones */
    RtG *dying;                 /* a finished G still being switched away from */

    FreeStack *freestacks;

    RtG *fing;                  /* the finalizer goroutine, once made */

    bool sysmon_started;
    bool first_gc_seen;         /* go1.19 starts its mark worker then */
    int64_t gcworker_goid;      /* the id it got */
    int64_t sys_printed;        /* a crash: the last system goroutine listed */
} sched;

/* The main goroutine.  It is the current one from the start, so that C
 * code calling the runtime outside any goroutine (the unit tests) finds a
 * G; rt_proc_init gives it its stack. */
static RtG g1 = {.goid = 1, .status = RT_G_RUNNING, .timer = {.index = -1}};
RtG *rt_curg = &g1;

/* ---- goroutine ids ---- */

/* Set by codegen ("minigo.osinit", one byte) when the program imports a
 * package whose initialisation initialises package os. */
extern const uint8_t go_osinit __asm__("minigo.osinit") __attribute__((weak));

static int64_t new_goid(void)
{
    return ++sched.goidgen;
}

/* go1.19 makes its GC mark worker goroutine when the first cycle starts. */
void rt_proc_gc_started(void)
{
    if (!sched.first_gc_seen) {
        sched.first_gc_seen = true;
        sched.gcworker_goid = new_goid();
    }
}

RtG *rt_getg(void) { return rt_curg; }
int64_t rt_goid(const RtG *g) { return g->goid; }
int64_t rt_numgoroutine(void) { return sched.ngoroutines; }

const char *rt_waitreason_string(RtWaitReason r)
{
    switch (r) {
    case RT_WAIT_CHAN_RECV_NIL: return "chan receive (nil chan)";
    case RT_WAIT_CHAN_SEND_NIL: return "chan send (nil chan)";
    case RT_WAIT_SELECT: return "select";
    case RT_WAIT_SELECT_NO_CASES: return "select (no cases)";
    case RT_WAIT_CHAN_RECV: return "chan receive";
    case RT_WAIT_CHAN_SEND: return "chan send";
    case RT_WAIT_SEMACQUIRE: return "semacquire";
    case RT_WAIT_SLEEP: return "sleep";
    case RT_WAIT_SYNC_COND_WAIT: return "sync.Cond.Wait";
    case RT_WAIT_PREEMPTED: return "preempted";
    case RT_WAIT_PANICWAIT: return "panicwait";
    case RT_WAIT_FINALIZER: return "finalizer wait";
    default: return "";
    }
}

static void add_to_allg(RtG *g)
{
    if (sched.allgtail)
        sched.allgtail->alllink = g;
    else
        sched.allg = g;
    sched.allgtail = g;
}

static RtG *newg(void);
static void runqput(RtG *g, bool next);

/* go1.19's createfing: the finalizer goroutine (mfinal.c runs it) is
 * made once, by the first runtime.SetFinalizer (package os's
 * initialisation makes one), and goes to runnext as any new goroutine. */
void rt_createfing(void)
{
    if (sched.fing)
        return;
    RtG *f = newg();
    f->system = true;
    sched.ngoroutines--;
    f->cfn = rt_fin_loop;
    sched.fing = f;
    runqput(f, true);
}

void rt_proc_init(void)
{
    RtG *g = &g1;
    g->stack_lo = rt_stack_lo;
    g->stack_hi = rt_stack_hi;
    g->stackguard = rt_stack_lo + STACK_MARGIN;
    sched.goidgen = 1;                      /* g1's */
    sched.goidgen += 3;                     /* forcegc, bgsweep, bgscavenge */
    add_to_allg(g);
    sched.ngoroutines = 1;
    /* go1.19's runtime.main has scheduled twice (bgsweep, bgscavenge)
     * before main.main runs */
    sched.schedtick = 2;
    sched.schedwhen = rt_nanotime();
    if (&go_osinit && go_osinit) {
        /* package os's initialisation starts the finalizer goroutine (its
         * files' SetFinalizer): it waits in runnext when main.main starts,
         * and parks when it runs */
        rt_createfing();
    }
    rt_stackguard = g->stackguard;
}

/* ---- stacks ---- */

static void *stack_get(void)
{
    FreeStack *s = sched.freestacks;
    if (!s) {
        size_t size = (size_t)STACK_SIZE * STACKS_PER_CHUNK;
        char *base = mmap(NULL, size, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base == MAP_FAILED)
            rt_throw("runtime: cannot allocate goroutine stack");
#ifdef MADV_NOHUGEPAGE
        madvise(base, size, MADV_NOHUGEPAGE);   /* a huge page per stack top would cost 2 MB each */
#endif
        for (int i = STACKS_PER_CHUNK - 1; i >= 0; i--) {
            FreeStack *f = stack_link(base + (size_t)i * STACK_SIZE);
            f->next = sched.freestacks;
            f->released = true;
            sched.freestacks = f;
        }
        s = sched.freestacks;
    }
    sched.freestacks = s->next;
    return stack_mem(s);
}

static void stack_put(void *mem)
{
    FreeStack *s = stack_link(mem);
    s->next = sched.freestacks;
    s->released = false;
    sched.freestacks = s;
}

void rt_release_stacks(void)
{
    int kept = 0;
    for (FreeStack *s = sched.freestacks; s; s = s->next) {
        if (kept++ < STACKS_KEPT || s->released)
            continue;
        /* everything but the top page, which holds the link */
        madvise(stack_mem(s), STACK_SIZE - 4096, MADV_DONTNEED);
        s->released = true;
    }
}

bool rt_on_stack(const void *p)
{
    uintptr_t u = (uintptr_t)p;
    RtG *g = rt_curg;
    return u >= g->stack_lo && u < g->stack_hi;
}

uintptr_t rt_stack_top_of(uintptr_t sp)
{
    RtG *g = rt_curg;
    if (g && sp >= g->stack_lo && sp < g->stack_hi)
        return g->stack_hi;
    return 0;
}

/* ---- run queues (go1.19's runqput, runqget, globrunqget) ---- */

static void globq_put(RtG *g)
{
    g->schedlink = NULL;
    if (sched.globtail)
        sched.globtail->schedlink = g;
    else
        sched.globhead = g;
    sched.globtail = g;
    sched.globsize++;
}

static RtG *globq_pop(void)
{
    RtG *g = sched.globhead;
    if (g) {
        sched.globhead = g->schedlink;
        if (!sched.globhead)
            sched.globtail = NULL;
        g->schedlink = NULL;
        sched.globsize--;
    }
    return g;
}

static void runqput(RtG *g, bool next)
{
    if (next) {
        RtG *old = sched.runnext;
        sched.runnext = g;
        if (!old)
            return;
        g = old;                /* kicked out to the queue's tail */
    }
    if (sched.runqtail - sched.runqhead < RUNQ_SIZE) {
        sched.runq[sched.runqtail % RUNQ_SIZE] = g;
        sched.runqtail++;
        return;
    }
    /* full: the older half, then g, go to the global queue */
    for (uint32_t i = 0; i < RUNQ_SIZE / 2; i++)
        globq_put(sched.runq[(sched.runqhead + i) % RUNQ_SIZE]);
    sched.runqhead += RUNQ_SIZE / 2;
    globq_put(g);
}

static RtG *runqget(bool *inherit)
{
    if (sched.runnext) {
        RtG *g = sched.runnext;
        sched.runnext = NULL;
        *inherit = true;
        return g;
    }
    *inherit = false;
    if (sched.runqtail == sched.runqhead)
        return NULL;
    return sched.runq[sched.runqhead++ % RUNQ_SIZE];
}

/* Takes up to max (0: no limit) from the global queue: the first is
 * returned, the rest go to the local queue. */
static RtG *globrunqget(int64_t max)
{
    if (!sched.globsize)
        return NULL;
    int64_t n = sched.globsize + 1;       /* runqsize/gomaxprocs + 1 */
    if (n > sched.globsize)
        n = sched.globsize;
    if (max > 0 && n > max)
        n = max;
    if (n > RUNQ_SIZE / 2)
        n = RUNQ_SIZE / 2;
    RtG *g = globq_pop();
    while (--n > 0)
        runqput(globq_pop(), false);
    return g;
}

/* ---- the monitor thread (go1.19's sysmon, the preemption part) ---- */

static void *sysmon(void *arg)
{
    (void)arg;
    uint32_t lasttick = 0;
    for (;;) {
        struct timespec ts = {0, 2000000};
        nanosleep(&ts, NULL);
        uint32_t tick = __atomic_load_n(&sched.schedtick, __ATOMIC_RELAXED);
        int64_t when = __atomic_load_n(&sched.schedwhen, __ATOMIC_RELAXED);
        if (tick != lasttick) {
            lasttick = tick;
            continue;
        }
        if (rt_nanotime() - when >= FORCE_PREEMPT_NS &&
            !__atomic_load_n(&rt_preempt_requested, __ATOMIC_RELAXED)) {
            __atomic_store_n(&rt_preempt_requested, 1, __ATOMIC_RELAXED);
            __atomic_store_n(&rt_stackguard, STACK_PREEMPT, __ATOMIC_RELAXED);
        }
    }
    return NULL;
}

static void start_sysmon(void)
{
    if (sched.sysmon_started)
        return;
    sched.sysmon_started = true;
    pthread_t t;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&a, 64 << 10);
    /* the monitor takes no signal: faults and preemption are the Go
     * thread's */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    if (pthread_create(&t, &a, sysmon, NULL) != 0)
        sched.sysmon_started = false;   /* no preemption; programs still run */
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&a);
}

/* ---- switching ---- */

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define ASAN_SWITCH_BEGIN(save, g) \
    __sanitizer_start_switch_fiber(save, (void *)(g)->stack_lo, (g)->stack_hi - (g)->stack_lo)
#define ASAN_SWITCH_END(save) __sanitizer_finish_switch_fiber(save, NULL, NULL)
#else
#define ASAN_SWITCH_BEGIN(save, g) ((void)(save))
#define ASAN_SWITCH_END(save) ((void)(save))
#endif

void rt_gostart_tramp(void);

/* What a goroutine does first after it was switched to: free the stack of
 * the goroutine that ended to make way for it. */
static void after_switch(void)
{
    RtG *d = sched.dying;
    if (!d)
        return;
    sched.dying = NULL;
    stack_put(d->stack_mem);
    d->stack_mem = NULL;
    d->stack_lo = d->stack_hi = d->stackguard = 0;
    d->schedlink = sched.gfree;
    sched.gfree = d;
}

/* Give g a stack and a first context that enters rt_gostart_tramp. */
static void prepare_stack(RtG *g)
{
    char *mem = stack_get();
#if defined(__SANITIZE_ADDRESS__)
    /* a reused stack still carries the poisoned redzones of the frames of
     * the goroutine that ended on it (they never returned) */
    __asan_unpoison_memory_region(mem, STACK_SIZE);
#endif
    g->stack_mem = mem;
    g->stack_lo = (uintptr_t)mem;
    g->stack_hi = (uintptr_t)mem + STACK_SIZE;
    g->stackguard = g->stack_lo + STACK_MARGIN;
    /* rt_swapctx pops r15 r14 r13 r12 rbx rbp, then returns: into the
     * trampoline, with %rsp 16-byte aligned after the return */
    uintptr_t *sp = (uintptr_t *)(g->stack_hi - 72);
    memset(sp, 0, 72);
    sp[6] = (uintptr_t)rt_gostart_tramp;
    g->sp = (uintptr_t)sp;
}

static void execute(RtG *g, bool inherit)
{
    RtG *old = rt_curg;
    g->status = RT_G_RUNNING;
    g->waitreason = RT_WAIT_NONE;
    if (!inherit) {
        __atomic_store_n(&sched.schedtick, sched.schedtick + 1, __ATOMIC_RELAXED);
        __atomic_store_n(&sched.schedwhen, rt_nanotime(), __ATOMIC_RELAXED);
    }
    __atomic_store_n(&rt_preempt_requested, 0, __ATOMIC_RELAXED);
    if (g == old) {
        __atomic_store_n(&rt_stackguard, g->stackguard, __ATOMIC_RELAXED);
        return;
    }
    if (!g->stack_mem && g != &g1)
        prepare_stack(g);
    rt_curg = g;
    __atomic_store_n(&rt_stackguard, g->stackguard, __ATOMIC_RELAXED);
    void *fake = NULL;
    ASAN_SWITCH_BEGIN(old->status == RT_G_DEAD ? NULL : &fake, g);
    rt_swapctx(&old->sp, g->sp);
    ASAN_SWITCH_END(fake);
    after_switch();
}

static void checkdead(void);

/* Find the next goroutine to run and switch to it (the current one has
 * already been put wherever it belongs: a run queue, a wait queue, or
 * nowhere because it is finished).  Returns when the caller runs again. */
static void schedule(void)
{
    for (;;) {
        RtG *g = NULL;
        bool inherit = false;
        if (rt_timers_pending())        /* the clock is read only for them */
            rt_run_timers(rt_nanotime());
        if (sched.schedtick % 61 == 0 && sched.globsize > 0)
            g = globrunqget(1);
        /* go1.19's findRunnable wakes the finalizer goroutine here, when
         * it waits and a sweep queued finalizers */
        if (!g && sched.fing && sched.fing->status == RT_G_WAITING && rt_fin_wake())
            rt_goready(sched.fing);
        if (!g)
            g = runqget(&inherit);
        if (!g)
            g = globrunqget(0);
        if (g) {
            execute(g, inherit);
            return;
        }
        /* nothing to run: wait for the next timer, or give up */
        if (!rt_timers_pending())
            checkdead();
        rt_out_flush();
        int64_t next = rt_run_timers(rt_nanotime());
        if (next && !sched.runnext && sched.runqtail == sched.runqhead) {
            int64_t d = next - rt_nanotime();
            if (d > 0) {
                struct timespec ts = {d / 1000000000, d % 1000000000};
                nanosleep(&ts, NULL);
            }
        }
    }
}

void rt_gopark(bool (*unlockf)(RtG *g, void *arg), void *arg, RtWaitReason reason)
{
    RtG *g = rt_curg;
    g->status = RT_G_WAITING;
    g->waitreason = reason;
    if (unlockf && !unlockf(g, arg)) {
        g->status = RT_G_RUNNING;
        g->waitreason = RT_WAIT_NONE;
        return;
    }
    schedule();
}

void rt_goready(RtG *g)
{
    if (g->status != RT_G_WAITING)
        rt_throw("bad g->status in ready");
    g->status = RT_G_RUNNABLE;
    runqput(g, true);
}

void rt_gosched(void)
{
    RtG *g = rt_curg;
    g->status = RT_G_RUNNABLE;
    globq_put(g);
    schedule();
}

/* go1.19's goyield: the caller goes to the end of the local queue (a
 * semaphore handoff lets the waiter it readied run first). */
void rt_goyield(void)
{
    RtG *g = rt_curg;
    g->status = RT_G_RUNNABLE;
    runqput(g, false);
    schedule();
}

/* A preemption request seen at a safe point: yield as go1.19's
 * gopreempt_m, to the global queue. */
static void preempt(void)
{
    __atomic_store_n(&rt_preempt_requested, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&rt_stackguard, rt_curg->stackguard, __ATOMIC_RELAXED);
    rt_gosched();
}

void rt_preempt_check(void)
{
    if (__atomic_load_n(&rt_preempt_requested, __ATOMIC_RELAXED))
        preempt();
}

/* The prologue check failed (rt.h "Stack checks"): a preemption request,
 * or the goroutine's stack is exhausted, which Go reports as exceeding
 * its 1 GB maximum. */
void rt_morestack_c(uintptr_t sp)
{
    if (__atomic_load_n(&rt_stackguard, __ATOMIC_RELAXED) == STACK_PREEMPT ||
        __atomic_load_n(&rt_preempt_requested, __ATOMIC_RELAXED)) {
        preempt();
        return;
    }
    RtG *g = rt_curg;
    RtBuf b = {0};
    rt_buf_puts(&b, "runtime: goroutine stack exceeds ");
    rt_buf_uint(&b, rt_stack_limit);
    rt_buf_puts(&b, "-byte limit\nruntime: sp=");
    rt_buf_hex(&b, sp);
    rt_buf_puts(&b, " stack=[");
    rt_buf_hex(&b, g->stack_lo);
    rt_buf_puts(&b, ", ");
    rt_buf_hex(&b, g->stack_hi);
    rt_buf_puts(&b, "]\nfatal error: stack overflow\n\nruntime stack:\n");
    rt_crash(&b, true);
}

/* The end of a goroutine: its status, counts, and a switch away for good. */
_Noreturn void rt_goexit0(void)
{
    RtG *g = rt_curg;
    g->status = RT_G_DEAD;
    if (!g->system)
        sched.ngoroutines--;
    g->defers = NULL;
    g->panics = NULL;
    g->args = NULL;
    g->ctx = NULL;
    g->code = NULL;
    g->cfn = NULL;
    g->carg = NULL;
    g->param = NULL;
    g->waiting = NULL;
    g->sig = 0;
    if (g == &g1) {
        /* main called runtime.Goexit: the others run on; when they are
         * all done or blocked, it is a deadlock (checkdead) */
        schedule();
        rt_throw("runtime: main goroutine resumed after Goexit");
    }
    sched.dying = g;
    schedule();
    rt_throw("runtime: a finished goroutine ran again");
}

/* Where a new goroutine starts (rt_gostart_tramp calls it on its stack). */
void rt_gostart(void)
{
    void *fake = NULL;
    ASAN_SWITCH_END(fake);
    after_switch();
    RtG *g = rt_curg;
    if (g->cfn) {
        g->cfn(g->carg);
    } else if (!g->code) {
        /* go f() of a nil function value: the call faults in the new
         * goroutine, as in Go */
        rt_panic_nil_call();
    } else if (g->flags & RT_DEFER_CABI) {
        ((void (*)(void *))g->code)(g->args);
    } else {
        rt_callgo(g->code, g->ctx, g->args, g->argsize);
    }
    rt_goexit0();
}

static RtG *newg(void)
{
    RtG *g = sched.gfree;
    if (g) {
        sched.gfree = g->schedlink;
        g->schedlink = NULL;
    } else {
        g = rt_persistent_alloc(sizeof *g);
        add_to_allg(g);
    }
    g->goid = new_goid();
    g->status = RT_G_RUNNABLE;
    g->system = false;
    g->timer.index = -1;
    sched.ngoroutines++;
    return g;
}

void rt_newproc(const void *code, void *ctx, const void *block, uint64_t size, uint64_t flags)
{
    RtG *g = newg();
    g->code = code;
    g->ctx = ctx;
    g->flags = flags;
    g->argsize = size;
    if (size <= sizeof g->argbuf) {
        g->args = g->argbuf;
    } else {
        static const RtType words = {.size = 8, .ptrdata = 8, .kind = RT_UNSAFEPTR,
                                     .name = "unsafe.Pointer"};
        g->args = rt_alloc(size, &words);
    }
    memcpy(g->args, block, size);
    runqput(g, true);
    start_sysmon();
}

void rt_newproc_c(void (*fn)(void *arg), void *arg)
{
    RtG *g = newg();
    g->cfn = fn;
    g->carg = arg;
    runqput(g, true);
    start_sysmon();
}

/* ---- deadlock ---- */

/* A fatal error found by the scheduler, between goroutines (go1.19's
 * fatal from checkdead: every goroutine is listed). */
_Noreturn void rt_fatal_nog(const char *msg)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "fatal error: ");
    rt_buf_puts(&b, msg);
    rt_buf_putc(&b, '\n');
    rt_crash(&b, true);
}

static void checkdead(void)
{
    int64_t waiting = 0;
    for (RtG *g = sched.allg; g; g = g->alllink)
        if (!g->system && g->status == RT_G_WAITING)
            waiting++;
    if (waiting == 0)
        rt_fatal_nog("no goroutines (main called runtime.Goexit) - deadlock!");
    rt_fatal_nog("all goroutines are asleep - deadlock!");
}

/* ---- crash reports ---- */

static void goroutine_header(RtBuf *b, RtG *g)
{
    rt_buf_puts(b, "goroutine ");
    rt_buf_int(b, g->goid);
    rt_buf_puts(b, " [");
    switch (g->status) {
    case RT_G_RUNNING: rt_buf_puts(b, "running"); break;
    case RT_G_RUNNABLE: rt_buf_puts(b, "runnable"); break;
    case RT_G_WAITING: rt_buf_puts(b, rt_waitreason_string(g->waitreason)); break;
    default: rt_buf_puts(b, "dead"); break;
    }
    rt_buf_puts(b, "]:\n");
}

/* go1.19's system goroutines minigo does not run, as a runtime throw's
 * traceback (level 2) lists them: forcegc, bgsweep and bgscavenge, made
 * before main.main (goids 2 to 4), idle; the GC mark worker, made by the
 * first cycle (rt_proc_gc_started). */
static void system_headers(RtBuf *msg, int64_t below)
{
    static const char *const idle[] = {"force gc (idle)", "GC sweep wait", "GC scavenge wait"};
    for (int64_t id = 2; id <= 4; id++)
        if (id < below && id > sched.sys_printed) {
            rt_buf_puts(msg, "\ngoroutine ");
            rt_buf_int(msg, id);
            rt_buf_puts(msg, " [");
            rt_buf_puts(msg, idle[id - 2]);
            rt_buf_puts(msg, "]:\n");
            sched.sys_printed = id;
        }
    if (sched.gcworker_goid && sched.gcworker_goid < below &&
        sched.gcworker_goid > sched.sys_printed) {
        rt_buf_puts(msg, "\ngoroutine ");
        rt_buf_int(msg, sched.gcworker_goid);
        rt_buf_puts(msg, " [GC worker (idle)]:\n");
        sched.sys_printed = sched.gcworker_goid;
    }
}

/* level 0: the running goroutine; 1: and every other one but the
 * runtime's (go's fatal); 2: the runtime's too (go's throw). */
_Noreturn void rt_crash(RtBuf *msg, int level)
{
    RtG *cur = rt_curg && rt_curg->status == RT_G_RUNNING ? rt_curg : NULL;
    if (cur) {
        rt_buf_putc(msg, '\n');
        goroutine_header(msg, cur);
        if (cur == &g1)
            rt_buf_puts(msg, "main.main()\n\t?:0\n");
    }
    if (level > 0) {
        for (RtG *g = sched.allg; g; g = g->alllink) {
            if (level > 1 && g != &g1)
                system_headers(msg, g->goid);
            if (g == cur || (g->system && level < 2) || g->status == RT_G_DEAD ||
                g->status == RT_G_IDLE)
                continue;
            rt_buf_putc(msg, '\n');
            goroutine_header(msg, g);
        }
        if (level > 1)
            system_headers(msg, INT64_MAX);
    }
    rt_out_flush();
    rt_write_fd(2, msg->p, msg->len);
    rt_exit(2);
}

/* ---- the collector's view ---- */

void rt_for_each_g_root(uintptr_t cur_sp, void (*fn)(uintptr_t lo, uintptr_t hi, void *arg),
                        void *arg)
{
    for (RtG *g = sched.allg; g; g = g->alllink) {
        if (g->status == RT_G_DEAD && g != rt_curg)
            continue;
        /* the G's own words: defer chain, start block, context */
        fn((uintptr_t)g, (uintptr_t)(g + 1), arg);
        if (g == rt_curg) {
            if (cur_sp >= g->stack_lo && cur_sp < g->stack_hi)
                fn(cur_sp, g->stack_hi, arg);
        } else if (g->stack_hi && g->status != RT_G_IDLE &&
                   (g->stack_mem || g == &g1)) {
            fn(g->sp, g->stack_hi, arg);
        }
    }
    rt_timer_roots(fn, arg);
}
