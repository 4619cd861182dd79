/* test_sync.c — packages sync, sync/atomic and time's timers (lib/sync.c,
 * lib/atomic.c, lib/timer.c) on the goroutine runtime, driven from C as
 * tests/test_sched.c drives the scheduler: each test runs a body as
 * goroutine 1 in a child process (tests/child.h) whose goroutines call
 * the library's C entry points through their argument blocks, and checks
 * what it printed and how it ended.
 *
 * Every order expected is go1.19's with one P: the equivalent Go program
 * is in the comment above the body, and the expectation is what
 * `GOMAXPROCS=1 go run` printed for it (go1.19.8).  Go's print writes to
 * standard error; the bodies write the same text to standard output.
 */
#include "lib/lib.h"
#include "tests/child.h"

/* ---- the library's entry points (their argument blocks) ---- */

typedef struct { int32_t state; uint32_t sema; } Mutex;
typedef struct { Mutex w; uint32_t writerSem, readerSem; int32_t readerCount, readerWait; } RWMutex;
typedef struct { uint64_t state1; uint32_t state2; } WaitGroup;
typedef struct { uint32_t done; Mutex m; } Once;
typedef struct { RtIface L; RtNotifyList notify; uintptr_t checker; } Cond;
typedef struct { RtChan *C; RtTimer r; } Timer;

typedef struct { void *p; } PtrFrame;
typedef struct { void *p; uint64_t r; } PtrBoolFrame;
typedef struct { void *p; int64_t n; } PtrIntFrame;
typedef struct { void *p; int64_t n; uint64_t r; } PtrIntBoolFrame;
typedef struct { void *p; void *f; } PtrFuncFrame;
typedef struct { int64_t d; Timer *r; } NewTimerFrame;
typedef struct { int64_t d; void *f; Timer *r; } AfterFuncFrame;
typedef struct { int64_t d; RtChan *r; } ChanFrame;
typedef struct { void *addr; uint64_t a, b, c; } AtomicFrame;
typedef struct { void *v; RtIface x, r; } ValueFrame;
typedef struct { void *v; RtIface old, new; uint64_t r; } ValueCASFrame;

void rt_sync_Mutex_Lock(PtrFrame *f);
void rt_sync_Mutex_Unlock(PtrFrame *f);
void rt_sync_Mutex_TryLock(PtrBoolFrame *f);
void rt_sync_RWMutex_Lock(PtrFrame *f);
void rt_sync_RWMutex_Unlock(PtrFrame *f);
void rt_sync_RWMutex_RLock(PtrFrame *f);
void rt_sync_RWMutex_RUnlock(PtrFrame *f);
void rt_sync_RWMutex_TryLock(PtrBoolFrame *f);
void rt_sync_RWMutex_TryRLock(PtrBoolFrame *f);
void rt_sync_WaitGroup_Add(PtrIntFrame *f);
void rt_sync_WaitGroup_Done(PtrFrame *f);
void rt_sync_WaitGroup_Wait(PtrFrame *f);
void rt_sync_Once_Do(PtrFuncFrame *f);
void rt_sync_Cond_Wait(PtrFrame *f);
void rt_sync_Cond_Signal(PtrFrame *f);
void rt_sync_Cond_Broadcast(PtrFrame *f);
void rt_time_NewTimer(NewTimerFrame *f) __asm__("time.NewTimer");
void rt_time_AfterFunc(AfterFuncFrame *f) __asm__("time.AfterFunc");
void rt_time_After(ChanFrame *f) __asm__("time.After");
void rt_time_Tick(ChanFrame *f) __asm__("time.Tick");
void rt_time_NewTicker(NewTimerFrame *f) __asm__("time.NewTicker");
void rt_time_Timer_Stop(PtrBoolFrame *f);
void rt_time_Timer_Reset(PtrIntBoolFrame *f);
void rt_time_Ticker_Stop(PtrFrame *f);
void rt_time_Ticker_Reset(PtrIntFrame *f);
void rt_atomic_AddInt32(AtomicFrame *f);
void rt_atomic_AddUint32(AtomicFrame *f);
void rt_atomic_AddInt64(AtomicFrame *f);
void rt_atomic_SwapInt64(AtomicFrame *f);
void rt_atomic_CompareAndSwapInt32(AtomicFrame *f);
void rt_atomic_LoadUint64(AtomicFrame *f);
void rt_atomic_StoreUint32(AtomicFrame *f);
void rt_atomic_SwapPointer(AtomicFrame *f);
void rt_atomic_CompareAndSwapPointer(AtomicFrame *f);
void rt_atomic_Bool_Swap(AtomicFrame *f);
void rt_atomic_Bool_CompareAndSwap(AtomicFrame *f);
void rt_atomic_Bool_Load(AtomicFrame *f);
void rt_atomic_Value_Load(ValueFrame *f);
void rt_atomic_Value_Store(ValueFrame *f);
void rt_atomic_Value_Swap(ValueFrame *f);
void rt_atomic_Value_CompareAndSwap(ValueCASFrame *f);

static void lock(Mutex *m) { rt_sync_Mutex_Lock(&(PtrFrame){m}); }
static void unlock(Mutex *m) { rt_sync_Mutex_Unlock(&(PtrFrame){m}); }
static bool trylock(Mutex *m)
{
    PtrBoolFrame f = {m, 0};
    rt_sync_Mutex_TryLock(&f);
    return f.r;
}

static void out(const char *s) { rt_out_write(s, strlen(s)); }

/* A func() value calling a C function: a closure whose code is a Go-ABI
 * entry (lib.h's RT_GO_ENTRY), which hands the C function its block. */
#define GO_FUNC(cfunc, closure)                       \
    void cfunc(void *blk);                            \
    RT_GO_ENTRY(cfunc, "test." #cfunc "$go");         \
    extern char cfunc##_go[];                         \
    static const void *closure[1] = {cfunc##_go}

/* ---- Mutex ---- */

static Mutex mu;

static void locker(void *arg)
{
    lock(&mu);
    out(arg);
    unlock(&mu);
}

/* A woken waiter competes with a goroutine that is running, which wins
 * (it takes the lock before the waiter runs): go1.19's normal mode.
 *   var mu sync.Mutex
 *   mu.Lock()
 *   for i := 0; i < 3; i++ { go func(i int) { mu.Lock(); print(i); mu.Unlock() }(i) }
 *   runtime.Gosched()
 *   mu.Unlock(); mu.Lock(); print("m"); mu.Unlock()
 *   runtime.Gosched()
 *   mu.Lock(); print("M"); mu.Unlock()
 *   runtime.Gosched(); runtime.Gosched(); println()          → m201M */
static void body_mutex_barging(void)
{
    lock(&mu);
    rt_newproc_c(locker, "0");
    rt_newproc_c(locker, "1");
    rt_newproc_c(locker, "2");
    rt_gosched();
    unlock(&mu);
    lock(&mu);
    out("m");
    unlock(&mu);
    rt_gosched();
    lock(&mu);
    out("M");
    unlock(&mu);
    rt_gosched();
    rt_gosched();
    out("\n");
}

Test(sync, mutex_normal_mode)
{
    child_expect_out(body_mutex_barging, "m201M\n");
}

static void locker2(void *arg)
{
    lock(&mu);
    out(arg);
    unlock(&mu);
    out(arg);
}

/* A waiter that waited more than 1 ms and still finds the mutex locked
 * switches it to starvation mode: Unlock hands it over and yields, down
 * the queue, until the last waiter switches back.
 *   var mu sync.Mutex
 *   mu.Lock()
 *   for _, s := range []string{"a", "b", "c"} {
 *       go func(s string) { mu.Lock(); print(s); mu.Unlock(); print(s) }(s)
 *   }
 *   runtime.Gosched()
 *   time.Sleep(2 * time.Millisecond)
 *   mu.Unlock(); mu.Lock(); print("m")
 *   runtime.Gosched()
 *   print("u"); mu.Unlock(); print("x")
 *   mu.Lock(); print("M"); mu.Unlock(); print("y")
 *   runtime.Gosched(); println()
 *   println(mu.TryLock())                                    → mucabbxMyca, true */
static void body_mutex_starving(void)
{
    lock(&mu);
    rt_newproc_c(locker2, "a");
    rt_newproc_c(locker2, "b");
    rt_newproc_c(locker2, "c");
    rt_gosched();
    rt_sleep(2000000);
    unlock(&mu);
    lock(&mu);
    out("m");
    rt_gosched();
    out("u");
    unlock(&mu);
    out("x");
    lock(&mu);
    out("M");
    unlock(&mu);
    out("y");
    rt_gosched();
    out("\n");
    out(trylock(&mu) ? "true\n" : "false\n");
    out(trylock(&mu) ? "true\n" : "false\n");
    unlock(&mu);
}

Test(sync, mutex_starvation_mode)
{
    child_expect_out(body_mutex_starving, "mucabbxMyca\ntrue\nfalse\n");
}

static void body_blocked_forever(void *arg)
{
    (void)arg;
    for (;;)
        rt_gopark(NULL, NULL, RT_WAIT_SELECT_NO_CASES);
}

/* go1.19's fatal: not a panic (deferred calls do not run, recover cannot
 * stop it), every goroutine listed, exit status 2.
 *   var mu sync.Mutex
 *   defer func() { println("recovered?", recover() != nil) }()
 *   go func() { select {} }()
 *   mu.Unlock() */
static void body_unlock_unlocked(void)
{
    rt_newproc_c(body_blocked_forever, NULL);
    unlock(&mu);
    out("not reached\n");
}

static RWMutex rw;

static void body_runlock_unlocked(void) { rt_sync_RWMutex_RUnlock(&(PtrFrame){&rw}); }
static void body_rwunlock_unlocked(void) { rt_sync_RWMutex_Unlock(&(PtrFrame){&rw}); }

Test(sync, fatal_errors)
{
    child_expect_death(body_unlock_unlocked,
                       "fatal error: sync: unlock of unlocked mutex\n\n"
                       "goroutine 1 [running]:\n"
                       "goroutine 5 [runnable]:\n");
    child_expect_death(body_runlock_unlocked,
                       "fatal error: sync: RUnlock of unlocked RWMutex\n\n"
                       "goroutine 1 [running]:\n");
    child_expect_death(body_rwunlock_unlocked,
                       "fatal error: sync: Unlock of unlocked RWMutex\n\n"
                       "goroutine 1 [running]:\n");
}

/* ---- RWMutex ---- */

static void writer(void *arg)
{
    (void)arg;
    rt_sync_RWMutex_Lock(&(PtrFrame){&rw});
    out("W");
    rt_sync_RWMutex_Unlock(&(PtrFrame){&rw});
    out("w");
}

static void reader(void *arg)
{
    rt_sync_RWMutex_RLock(&(PtrFrame){&rw});
    out(arg);
    rt_sync_RWMutex_RUnlock(&(PtrFrame){&rw});
}

/* A waiting writer holds new readers back; the last reader out lets it
 * in, and its Unlock lets in the readers that queued.
 *   var rw sync.RWMutex
 *   rw.RLock()
 *   go func() { rw.Lock(); print("W"); rw.Unlock(); print("w") }()
 *   runtime.Gosched()
 *   for _, s := range []string{"a", "b"} { go func(s string) { rw.RLock(); print(s); rw.RUnlock() }(s) }
 *   runtime.Gosched()
 *   print("u"); rw.RUnlock(); print("v")
 *   runtime.Gosched(); println()                             → uvWwab */
static void body_rwmutex(void)
{
    rt_sync_RWMutex_RLock(&(PtrFrame){&rw});
    rt_newproc_c(writer, NULL);
    rt_gosched();
    PtrBoolFrame t = {&rw, 1};
    rt_sync_RWMutex_TryRLock(&t);
    cr_assert(!t.r, "a writer waits: TryRLock fails");
    rt_newproc_c(reader, "a");
    rt_newproc_c(reader, "b");
    rt_gosched();
    out("u");
    rt_sync_RWMutex_RUnlock(&(PtrFrame){&rw});
    out("v");
    rt_gosched();
    out("\n");
    rt_sync_RWMutex_TryLock(&t);
    cr_assert(t.r);
    rt_sync_RWMutex_TryRLock(&t);
    cr_assert(!t.r);
    rt_sync_RWMutex_Unlock(&(PtrFrame){&rw});
    rt_sync_RWMutex_TryRLock(&t);
    cr_assert(t.r);
    rt_sync_RWMutex_TryLock(&t);
    cr_assert(!t.r);
    rt_sync_RWMutex_RUnlock(&(PtrFrame){&rw});
    cr_assert(rw.readerCount == 0 && rw.w.state == 0);
}

Test(sync, rwmutex)
{
    child_expect_out(body_rwmutex, "uvWwab\n");
}

/* ---- WaitGroup ---- */

static WaitGroup wg;

static void worker(void *arg)
{
    out(arg);
    rt_sync_WaitGroup_Done(&(PtrFrame){&wg});
    out(arg);
}

static void waiter(void *arg)
{
    rt_sync_WaitGroup_Wait(&(PtrFrame){&wg});
    out(arg);
}

/* The Done that brings the counter to zero readies every waiter (each to
 * runnext in turn: the last one readied runs first) and runs on.
 *   var wg sync.WaitGroup
 *   wg.Add(3)
 *   for _, s := range []string{"a", "b", "c"} { go func(s string) { print(s); wg.Done(); print(s) }(s) }
 *   for _, s := range []string{"x", "y"} { go func(s string) { wg.Wait(); print(s) }(s) }
 *   wg.Wait(); print("m")
 *   runtime.Gosched(); println()                             → aabbccyxm */
static void body_waitgroup(void)
{
    rt_sync_WaitGroup_Add(&(PtrIntFrame){&wg, 3});
    rt_newproc_c(worker, "a");
    rt_newproc_c(worker, "b");
    rt_newproc_c(worker, "c");
    rt_newproc_c(waiter, "x");
    rt_newproc_c(waiter, "y");
    rt_sync_WaitGroup_Wait(&(PtrFrame){&wg});
    out("m");
    rt_gosched();
    out("\n");
    cr_assert_eq(wg.state1, 0);
}

Test(sync, waitgroup)
{
    child_expect_out(body_waitgroup, "aabbccyxm\n");
}

/* wg.Add(-1) on a zero WaitGroup: a panic with a string */
static void body_negative(void) { rt_sync_WaitGroup_Add(&(PtrIntFrame){&wg, -1}); }

/* var wg sync.WaitGroup; wg.Add(1); go func() { select {} }(); wg.Wait() */
static void body_wait_deadlock(void)
{
    rt_sync_WaitGroup_Add(&(PtrIntFrame){&wg, 1});
    rt_newproc_c(body_blocked_forever, NULL);
    rt_sync_WaitGroup_Wait(&(PtrFrame){&wg});
}

Test(sync, waitgroup_errors)
{
    child_expect_death(body_negative,
                       "panic: sync: negative WaitGroup counter\n\n"
                       "goroutine 1 [running]:\n");
    child_expect_death(body_wait_deadlock,
                       "fatal error: all goroutines are asleep - deadlock!\n\n"
                       "goroutine 1 [semacquire]:\n"
                       "goroutine 5 [select (no cases)]:\n");
}

/* ---- Once ---- */

static Once once;

/* f prints its goroutine's name: one closure per name */
static void once_f(const char *name)
{
    out("f");
    out(name);
    rt_gosched();
    out("F");
    out(name);
}

GO_FUNC(once_body_a, once_closure_a);
void once_body_a(void *blk) { (void)blk; once_f("a"); }
GO_FUNC(once_body_b, once_closure_b);
void once_body_b(void *blk) { (void)blk; once_f("b"); }

GO_FUNC(never, never_closure);
void never(void *blk)
{
    (void)blk;
    out("never");
}

static void once_user(void *arg)
{
    const char *name = arg;
    rt_sync_Once_Do(&(PtrFuncFrame){&once, name[0] == 'a' ? once_closure_a : once_closure_b});
    out(name);
}

/* A Do that finds f running waits for it (on the Once's mutex).
 *   var once sync.Once
 *   for _, s := range []string{"a", "b"} {
 *       go func(s string) { once.Do(func() { print("f", s); runtime.Gosched(); print("F", s) }); print(s) }(s)
 *   }
 *   runtime.Gosched()
 *   once.Do(func() { print("never") }); println("m")         → fbFbbam */
static void body_once(void)
{
    rt_newproc_c(once_user, "a");
    rt_newproc_c(once_user, "b");
    rt_gosched();
    rt_sync_Once_Do(&(PtrFuncFrame){&once, never_closure});
    out("m\n");
}

Test(sync, once)
{
    child_expect_out(body_once, "fbFbbam\n");
}

GO_FUNC(exiting, exiting_closure);
void exiting(void *blk)
{
    (void)blk;
    out("exiting ");
    rt_goexit();
}

static void once_goexit(void *arg)
{
    (void)arg;
    rt_sync_Once_Do(&(PtrFuncFrame){&once, exiting_closure});
    out("not reached");
}

/* An f that does not return (runtime.Goexit, or a panic) still counts as
 * done, and the Once's mutex is unlocked (deferred calls in go1.19's
 * doSlow; here a deferred call from C).
 *   go func() { once.Do(func() { print("exiting "); runtime.Goexit() }) }()
 *   runtime.Gosched()
 *   once.Do(func() { print("never") }); println("done") */
static void body_once_goexit(void)
{
    rt_newproc_c(once_goexit, NULL);
    rt_gosched();
    rt_sync_Once_Do(&(PtrFuncFrame){&once, never_closure});
    out(once.done == 1 && once.m.state == 0 ? "done\n" : "wrong state\n");
}

Test(sync, once_f_not_returning)
{
    child_expect_out(body_once_goexit, "exiting done\n");
}

/* ---- Cond ---- */

extern char rt_sync_Mutex_Lock_go[], rt_sync_Mutex_Unlock_go[];
static const RtMethod mutex_methods[] = {{"Lock", rt_sync_Mutex_Lock_go},
                                         {"Unlock", rt_sync_Mutex_Unlock_go}};
static const RtType t_mutex = {8, 0, RT_STRUCT, 0, "sync.Mutex"};
static const RtType t_ptr_mutex = {8, 8, RT_PTR, 0, "*sync.Mutex", &t_mutex, NULL, 0,
                                   (const uint8_t *)"\1", .methods = mutex_methods, .nmethods = 2};

static Cond cond;
static int ready;

static void cond_waiter(void *arg)
{
    lock(&mu);
    while (ready == 0)
        rt_sync_Cond_Wait(&(PtrFrame){&cond});
    ready--;
    out(arg);
    unlock(&mu);
}

/* Signal wakes the longest waiter; Broadcast wakes all, in the order they
 * waited, each to runnext in turn (so the last runs first).
 *   var mu sync.Mutex
 *   c := sync.NewCond(&mu)
 *   ready := 0
 *   for _, s := range []string{"a", "b", "c", "d"} {
 *       go func(s string) { mu.Lock(); for ready == 0 { c.Wait() }; ready--; print(s); mu.Unlock() }(s)
 *   }
 *   runtime.Gosched()
 *   mu.Lock(); ready = 1; c.Signal(); mu.Unlock()
 *   runtime.Gosched(); print("|")
 *   mu.Lock(); ready = 3; c.Broadcast(); mu.Unlock()
 *   runtime.Gosched(); println()                             → d|cab */
static void body_cond(void)
{
    cond.L = (RtIface){&t_ptr_mutex, &mu};
    rt_newproc_c(cond_waiter, "a");
    rt_newproc_c(cond_waiter, "b");
    rt_newproc_c(cond_waiter, "c");
    rt_newproc_c(cond_waiter, "d");
    rt_gosched();
    lock(&mu);
    ready = 1;
    rt_sync_Cond_Signal(&(PtrFrame){&cond});
    unlock(&mu);
    rt_gosched();
    out("|");
    lock(&mu);
    ready = 3;
    rt_sync_Cond_Broadcast(&(PtrFrame){&cond});
    unlock(&mu);
    rt_gosched();
    out("\n");
}

Test(sync, cond)
{
    child_expect_out(body_cond, "d|cab\n");
}

static Mutex mu2;

static void cond_waiter_forever(void *arg)
{
    (void)arg;
    lock(&mu);
    rt_sync_Cond_Wait(&(PtrFrame){&cond});
}

static void mu2_locker(void *arg)
{
    (void)arg;
    lock(&mu2);
}

/* The wait reasons goroutines show: go1.19 waits on "semacquire" for
 * Mutex, RWMutex and WaitGroup, and "sync.Cond.Wait" in Cond.Wait.
 *   var wg sync.WaitGroup
 *   var mu, mu2 sync.Mutex
 *   var c = sync.NewCond(&mu)
 *   wg.Add(1); mu2.Lock()
 *   go func() { mu.Lock(); c.Wait() }()
 *   go func() { mu2.Lock() }()
 *   wg.Wait() */
static void body_wait_reasons(void)
{
    cond.L = (RtIface){&t_ptr_mutex, &mu};
    rt_sync_WaitGroup_Add(&(PtrIntFrame){&wg, 1});
    lock(&mu2);
    rt_newproc_c(cond_waiter_forever, NULL);
    rt_newproc_c(mu2_locker, NULL);
    rt_sync_WaitGroup_Wait(&(PtrFrame){&wg});
}

/* A copied Cond (used at two addresses) panics. */
static void body_cond_copied(void)
{
    static Cond copy;
    cond.L = (RtIface){&t_ptr_mutex, &mu};
    rt_sync_Cond_Signal(&(PtrFrame){&cond});
    copy = cond;
    rt_sync_Cond_Signal(&(PtrFrame){&copy});
}

Test(sync, cond_errors)
{
    child_expect_death(body_wait_reasons,
                       "fatal error: all goroutines are asleep - deadlock!\n\n"
                       "goroutine 1 [semacquire]:\n"
                       "goroutine 5 [sync.Cond.Wait]:\n"
                       "goroutine 6 [semacquire]:\n");
    child_expect_death(body_cond_copied,
                       "panic: sync.Cond is copied\n\ngoroutine 1 [running]:\n");
}

/* ---- Pool ---- */

typedef struct { void *local; uintptr_t localSize; void *victim; uintptr_t victimSize; void *New; } Pool;
typedef struct { Pool *p; RtIface x; } PoolFrame;
void rt_sync_Pool_Put(PoolFrame *f);
void rt_sync_Pool_Get(PoolFrame *f);

static const RtType t_int = {8, 0, RT_INT, 0, "int"};
static int64_t ints[8] = {0, 1, 2, 3, 4, 5, 6, 7};

static void put(Pool *p, int i) { rt_sync_Pool_Put(&(PoolFrame){p, {&t_int, &ints[i]}}); }

static void get(Pool *p)
{
    PoolFrame f = {p, {NULL, NULL}};
    rt_sync_Pool_Get(&f);
    char buf[32];
    if (f.x.type)
        snprintf(buf, sizeof buf, "%lld ", (long long)*(int64_t *)f.x.data);
    else
        snprintf(buf, sizeof buf, "nil ");
    out(buf);
}

GO_FUNC(pool_new, pool_new_closure);
void pool_new(void *blk) { *(RtIface *)blk = (RtIface){&t_int, &ints[7]}; }

/* One P's caches: the private item first, then the shared stack from its
 * top; a collection moves them to the victim cache, emptied from the
 * private item and the stack's bottom; a second collection drops them.
 *   var p sync.Pool
 *   p.Put(1); p.Put(2); p.Put(3)
 *   println(p.Get().(int), p.Get().(int), p.Get().(int), p.Get() == nil)
 *   p.Put(1); p.Put(2); p.Put(3); p.Put(4)
 *   runtime.GC()
 *   println(p.Get().(int), p.Get().(int))
 *   p.Put(5)
 *   println(p.Get().(int), p.Get().(int))
 *   runtime.GC()
 *   println(p.Get() == nil)
 *   p.Put(6); runtime.GC(); runtime.GC()
 *   p.New = func() any { return 7 }
 *   println(p.Get().(int))                 → 1 3 2 true / 1 2 / 5 3 / true / 7 */
static void body_pool(void)
{
    static Pool p;
    rt_gc_add_root(&p, sizeof p);
    put(&p, 1), put(&p, 2), put(&p, 3);
    get(&p), get(&p), get(&p), get(&p);
    out("\n");
    put(&p, 1), put(&p, 2), put(&p, 3), put(&p, 4);
    rt_gc_collect();
    get(&p), get(&p);
    out("\n");
    put(&p, 5);
    get(&p), get(&p);
    out("\n");
    rt_gc_collect();
    get(&p);
    out("\n");
    put(&p, 6);
    rt_gc_collect();
    rt_gc_collect();
    p.New = pool_new_closure;
    get(&p);
    out("\n");
}

Test(sync, pool)
{
    child_expect_out(body_pool, "1 3 2 nil \n1 2 \n5 3 \nnil \n7 \n");
}

/* ---- sync/atomic ---- */

static int64_t atomic_hits;
static WaitGroup atomic_wg;


static void atomic_adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        AtomicFrame f = {&atomic_hits, 1};
        rt_atomic_AddInt64(&f);
        if (i % 100 == 0)
            rt_gosched();
    }
    rt_sync_WaitGroup_Done(&(PtrFrame){&atomic_wg});
}

static const RtType t_string = {16, 8, RT_STRING, 0, "string", .gcmask = (const uint8_t *)"\1"};

static void body_atomics(void)
{
    int32_t i32 = 5;
    AtomicFrame f = {&i32, (uint64_t)-7};
    rt_atomic_AddInt32(&f);
    cr_assert_eq((int32_t)f.b, -2);
    cr_assert_eq(i32, -2);
    uint32_t u32 = 0;
    f = (AtomicFrame){&u32, (uint64_t)-1};  /* AddUint32(&x, ^uint32(0)): decrement */
    rt_atomic_AddUint32(&f);
    cr_assert_eq(u32, 0xffffffffu);
    f = (AtomicFrame){&u32, 7};
    rt_atomic_StoreUint32(&f);
    cr_assert_eq(u32, 7);
    f = (AtomicFrame){&i32, (uint64_t)-2, 9};
    rt_atomic_CompareAndSwapInt32(&f);
    cr_assert(f.c == 1 && i32 == 9);
    f = (AtomicFrame){&i32, (uint64_t)-2, 10};
    rt_atomic_CompareAndSwapInt32(&f);
    cr_assert(f.c == 0 && i32 == 9);
    int64_t i64 = INT64_MAX;
    f = (AtomicFrame){&i64, 1};
    rt_atomic_AddInt64(&f);
    cr_assert_eq(i64, INT64_MIN, "wraps around");
    f = (AtomicFrame){&i64, 3};
    rt_atomic_SwapInt64(&f);
    cr_assert(f.b == (uint64_t)INT64_MIN && i64 == 3);
    uint64_t u64 = 42;
    f = (AtomicFrame){&u64};
    rt_atomic_LoadUint64(&f);
    cr_assert_eq(f.a, 42);

    /* pointers */
    void **slot = rt_alloc(8, &(RtType){8, 8, RT_PTR, 0, "*int", .gcmask = (const uint8_t *)"\1"});
    void *p = rt_alloc(8, NULL), *q = rt_alloc(8, NULL);
    f = (AtomicFrame){slot, (uint64_t)p};
    rt_atomic_SwapPointer(&f);
    cr_assert(f.b == 0 && *slot == p);
    f = (AtomicFrame){slot, (uint64_t)q, (uint64_t)q};
    rt_atomic_CompareAndSwapPointer(&f);
    cr_assert(f.c == 0 && *slot == p);
    f = (AtomicFrame){slot, (uint64_t)p, (uint64_t)q};
    rt_atomic_CompareAndSwapPointer(&f);
    cr_assert(f.c == 1 && *slot == q);

    /* Bool: a bool argument is its slot's low byte */
    uint32_t b = 0;
    f = (AtomicFrame){&b, 0xff01};
    rt_atomic_Bool_Swap(&f);
    cr_assert(f.b == 0 && b == 1);
    f = (AtomicFrame){&b, 1, 0};
    rt_atomic_Bool_CompareAndSwap(&f);
    cr_assert(f.c == 1 && b == 0);
    f = (AtomicFrame){&b};
    rt_atomic_Bool_Load(&f);
    cr_assert_eq(f.a, 0);

    /* Value */
    RtIface v = {0};
    static int64_t one = 1, two = 2;
    ValueFrame vf = {&v};
    rt_atomic_Value_Load(&vf);
    cr_assert_null(vf.r.type);
    vf = (ValueFrame){&v, {&t_int, &one}};
    rt_atomic_Value_Store(&vf);
    cr_assert(v.type == &t_int && v.data == &one);
    vf = (ValueFrame){&v, {&t_int, &two}};
    rt_atomic_Value_Swap(&vf);
    cr_assert(vf.r.data == &one && v.data == &two);
    static int64_t two_again = 2, three = 3;
    ValueCASFrame cf = {&v, {&t_int, &one}, {&t_int, &three}};
    rt_atomic_Value_CompareAndSwap(&cf);
    cr_assert(cf.r == 0 && v.data == &two);
    cf = (ValueCASFrame){&v, {&t_int, &two_again}, {&t_int, &three}};
    rt_atomic_Value_CompareAndSwap(&cf);
    cr_assert(cf.r == 1 && v.data == &three, "compared as interfaces, by value");
    RtIface empty = {0};
    cf = (ValueCASFrame){&empty, {NULL, NULL}, {&t_int, &one}};
    rt_atomic_Value_CompareAndSwap(&cf);
    cr_assert(cf.r == 1 && empty.type == &t_int, "nil old swaps into an empty Value");

    /* from several goroutines (go1.19: hits: 10000) */
    rt_sync_WaitGroup_Add(&(PtrIntFrame){&atomic_wg, 10});
    for (int g = 0; g < 10; g++)
        rt_newproc_c(atomic_adder, NULL);
    rt_sync_WaitGroup_Wait(&(PtrFrame){&atomic_wg});
    char buf[64];
    snprintf(buf, sizeof buf, "hits: %lld\n", (long long)atomic_hits);
    out(buf);
}

Test(atomic, operations)
{
    child_expect_out(body_atomics, "hits: 10000\n");
}

static void body_value_inconsistent(void)
{
    static RtIface v;
    static RtString s = {(const uint8_t *)"x", 1};
    static int64_t one = 1;
    rt_atomic_Value_Store(&(ValueFrame){&v, {&t_int, &one}});
    rt_atomic_Value_Store(&(ValueFrame){&v, {&t_string, &s}});
}

static void body_value_nil(void)
{
    static RtIface v;
    rt_atomic_Value_Store(&(ValueFrame){&v, {NULL, NULL}});
}

Test(atomic, value_panics)
{
    child_expect_death(body_value_inconsistent,
                       "panic: sync/atomic: store of inconsistently typed value into Value\n\n"
                       "goroutine 1 [running]:\n");
    child_expect_death(body_value_nil,
                       "panic: sync/atomic: store of nil value into Value\n\n"
                       "goroutine 1 [running]:\n");
}

/* ---- timers ---- */

static Timer *new_timer(int64_t d)
{
    NewTimerFrame f = {d, NULL};
    rt_time_NewTimer(&f);
    return f.r;
}

static bool stop(Timer *t)
{
    PtrBoolFrame f = {t, 0};
    rt_time_Timer_Stop(&f);
    return f.r;
}

static bool reset(Timer *t, int64_t d)
{
    PtrIntBoolFrame f = {t, d, 0};
    rt_time_Timer_Reset(&f);
    return f.r;
}

static void recv(RtChan *c)
{
    RtTime v;
    rt_chanrecv(c, &v, true, NULL);
}

static void say(bool a, bool b)
{
    out(a ? "true " : "false ");
    out(b ? "true\n" : "false\n");
}

static RtChan *done;
static const RtType t_bool = {1, 0, RT_BOOL, 0, "bool"};

GO_FUNC(afterfunc_body, afterfunc_closure);
void afterfunc_body(void *blk)
{
    (void)blk;
    char buf[64];
    snprintf(buf, sizeof buf, "afterfunc %lld\n", (long long)rt_numgoroutine());
    out(buf);
    bool t = true;
    rt_chansend(done, &t, true);
}

static const int64_t MS = 1000000;

/* Stop and Reset tell whether the timer was armed; a fired Timer's value
 * waits in C; AfterFunc's f runs in a goroutine of its own; a Ticker's
 * channel holds one tick and drops the others.
 *   t := time.NewTimer(time.Hour)
 *   println(t.Stop(), t.Stop())
 *   println(t.Reset(time.Millisecond), t.Reset(2*time.Millisecond))
 *   <-t.C
 *   println("fired", t.Stop(), t.Reset(time.Millisecond))
 *   time.Sleep(5 * time.Millisecond)
 *   println(len(t.C), t.Stop())
 *   <-t.C
 *   done := make(chan bool)
 *   at := time.AfterFunc(time.Millisecond, func() { println("afterfunc", runtime.NumGoroutine()); done <- true })
 *   <-done
 *   println(at.Stop())
 *   at2 := time.AfterFunc(time.Hour, func() { println("never") })
 *   println(at2.Stop())
 *   tk := time.NewTicker(2 * time.Millisecond)
 *   time.Sleep(15 * time.Millisecond)
 *   println(len(tk.C), cap(tk.C))
 *   <-tk.C; <-tk.C
 *   tk.Stop()
 *   time.Sleep(5 * time.Millisecond)
 *   println(len(tk.C))
 *   tk.Reset(time.Millisecond); <-tk.C; tk.Stop()
 *   println(time.Tick(0) == nil, time.Tick(-1) == nil)
 *   select { case <-time.After(time.Millisecond): println("after") }
 *
 *   → true false / false true / fired false false / 1 false / afterfunc 2 /
 *     false / true / 1 1 / 0 / true true / after */
static void body_timers(void)
{
    Timer *t = new_timer(3600000 * MS);
    bool a = stop(t), b = stop(t);
    say(a, b);
    a = reset(t, MS);
    b = reset(t, 2 * MS);
    say(a, b);
    recv(t->C);
    out("fired ");
    a = stop(t);
    b = reset(t, MS);
    say(a, b);
    rt_sleep(5 * MS);
    char buf[64];
    snprintf(buf, sizeof buf, "%lld ", (long long)*(int64_t *)t->C);
    out(buf);
    out(stop(t) ? "true\n" : "false\n");
    recv(t->C);

    done = rt_makechan(&t_bool, 0);
    AfterFuncFrame af = {MS, afterfunc_closure, NULL};
    rt_time_AfterFunc(&af);
    recv(done);
    out(stop(af.r) ? "true\n" : "false\n");
    af = (AfterFuncFrame){3600000 * MS, never_closure, NULL};
    rt_time_AfterFunc(&af);
    out(stop(af.r) ? "true\n" : "false\n");

    NewTimerFrame nf = {2 * MS, NULL};
    rt_time_NewTicker(&nf);
    Timer *tk = nf.r;
    rt_sleep(15 * MS);
    snprintf(buf, sizeof buf, "%lld %lld\n", (long long)((int64_t *)tk->C)[0],
             (long long)((int64_t *)tk->C)[1]);
    out(buf);
    recv(tk->C);
    recv(tk->C);
    rt_time_Ticker_Stop(&(PtrFrame){tk});
    rt_sleep(5 * MS);
    snprintf(buf, sizeof buf, "%lld\n", (long long)*(int64_t *)tk->C);
    out(buf);
    rt_time_Ticker_Reset(&(PtrIntFrame){tk, MS});
    recv(tk->C);
    rt_time_Ticker_Stop(&(PtrFrame){tk});
    ChanFrame cf0 = {0, NULL}, cf1 = {-1, NULL};
    rt_time_Tick(&cf0);
    rt_time_Tick(&cf1);
    say(cf0.r == NULL, cf1.r == NULL);
    ChanFrame after = {MS, NULL};
    rt_time_After(&after);
    recv(after.r);
    out("after\n");
}

Test(time, timers)
{
    child_expect_out(body_timers, "true false\nfalse true\nfired false false\n1 false\n"
                                  "afterfunc 2\nfalse\ntrue\n1 1\n0\ntrue true\nafter\n");
}

/* time.After's Timer is referenced by nothing but the runtime's timer
 * heap while it is armed: collections meanwhile keep it. */
static void body_after_gc(void)
{
    RtChan *cs[20];
    for (int i = 0; i < 20; i++) {
        ChanFrame f = {(5 + i) * MS, NULL};
        rt_time_After(&f);
        cs[i] = f.r;
    }
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20000; i++)
            rt_alloc(64, &t_string);
        rt_gc_collect();
    }
    for (int i = 0; i < 20; i++)
        recv(cs[i]);
    out("ok\n");
}

Test(time, after_survives_gc)
{
    child_expect_out(body_after_gc, "ok\n");
}

/* time.NewTicker(0): panic(errors.New("non-positive interval for NewTicker")) */
static void body_ticker_zero(void)
{
    NewTimerFrame f = {0, NULL};
    rt_time_NewTicker(&f);
}

/* var t time.Timer; t.Stop() */
static void body_stop_uninit(void)
{
    static Timer t;
    stop(&t);
}

Test(time, timer_panics)
{
    child_expect_death(body_ticker_zero,
                       "panic: non-positive interval for NewTicker\n\n"
                       "goroutine 1 [running]:\n");
    child_expect_death(body_stop_uninit,
                       "panic: time: Stop called on uninitialized Timer\n\n"
                       "goroutine 1 [running]:\n");
}
