/* sync.c — package sync on the runtime's goroutines: go1.19's algorithms
 * (sync/mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go, pool.go)
 * over the runtime's semaphores and notify lists (rt_internal.h section 7,
 * runtime/sema.c), so that which goroutine gets a lock, and when, is what
 * `GOMAXPROCS=1 go run` shows.
 *
 * Every word two goroutines share is read and written with atomic
 * operations, as in Go, although one thread runs every goroutine today and
 * a switch happens only inside rt_semacquire and the other blocking calls.
 *
 * Mutex.  state packs the locked bit, the woken bit (a waiter has been
 * woken and is coming: Unlock need not wake another), the starving bit
 * and, above them, the number of waiters; sema is the semaphore waiters
 * sleep on.  In normal mode a woken waiter competes with goroutines that
 * just arrived, which usually win (they are running); a loser queues again
 * at the front (LIFO).  A waiter that waited more than 1 ms switches the
 * mutex to starvation mode: Unlock hands the mutex (the semaphore's unit)
 * straight to the first waiter and yields to it, and newcomers queue at
 * the back without trying.  The last waiter, or one that waited less than
 * 1 ms, switches back.  go1.19 spins before sleeping only with several Ps;
 * with one it never does, and neither does this file.
 *
 * RWMutex.  Writers exclude each other with w.  readerCount counts the
 * readers holding or wanting the lock, minus rwmutexMaxReaders while a
 * writer holds or wants it (so a negative count tells RLock to wait on
 * readerSem); readerWait counts the readers the writer still waits for
 * (on writerSem).  Unlock releases readerSem once per reader that queued.
 *
 * WaitGroup.  state1 holds the counter in its high 32 bits and the number
 * of waiters in its low 32; state2 is their semaphore.  When the counter
 * reaches zero with waiters, Add clears the state and wakes them all.
 *
 * Once.  Do runs f under the Once's mutex and sets done after f returns
 * or panics (a deferred call from C: rt_defer_c), so that no Do returns
 * before f has finished.
 *
 * Cond.  Wait takes a ticket on the notify list, unlocks L, waits for its
 * ticket, locks L again; Signal serves the oldest ticket, Broadcast all.
 *
 * Pool.  go1.19's per-P caches for one P: a private item, then a shared
 * stack, and a victim cache; each collection moves the primary cache to
 * the victim and drops the old victim (go1.19's poolCleanup, at the start
 * of a cycle).  The runtime does not call into lib/, so a pool ages itself
 * when it is next used, by the number of cycles begun since
 * (rt_gc_cycles_begun).
 *
 * Fatal errors (unlock of an unlocked mutex) are go1.19's `fatal`: not
 * recoverable, every goroutine listed, exit status 2 (rt_throw); misuse
 * of a WaitGroup panics with a string, as go1.19's panic("...").
 */
#include <string.h>

#include "lib/lib.h"

/* ---- the types, as std/sync.go declares them ---- */

typedef struct { int32_t state; uint32_t sema; } Mutex;
typedef struct {
    Mutex w;
    uint32_t writerSem, readerSem;
    int32_t readerCount, readerWait;
} RWMutex;
typedef struct { uint64_t state1; uint32_t state2; } WaitGroup;
typedef struct { uint32_t done; Mutex m; } Once;
typedef struct {
    RtIface L;
    RtNotifyList notify;
    uintptr_t checker;
} Cond;
typedef struct {
    void *local;            /* PoolLocal *: the primary cache */
    uintptr_t localSize;    /* the value of rt_gc_cycles_begun when the
                               caches were last aged */
    void *victim;           /* PoolLocal *: what the last cycle left */
    uintptr_t victimSize;   /* unused */
    void *New;              /* func() any */
} Pool;

/* ---- atomics on shared words ---- */

static int32_t load32(const int32_t *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
static int32_t add32(int32_t *p, int32_t d) { return __atomic_add_fetch(p, d, __ATOMIC_SEQ_CST); }
static bool cas32(int32_t *p, int32_t old, int32_t new)
{
    return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* ---- Mutex ---- */

enum {
    MUTEX_LOCKED = 1,
    MUTEX_WOKEN = 2,
    MUTEX_STARVING = 4,
    MUTEX_WAITER_SHIFT = 3,
    STARVATION_NS = 1000000,
};

static void mutex_lock_slow(Mutex *m)
{
    int64_t wait_start = 0;
    bool starving = false, awoke = false;
    int32_t old = load32(&m->state);
    for (;;) {
        int32_t new = old;
        /* a starving mutex is handed over, never taken */
        if (!(old & MUTEX_STARVING))
            new |= MUTEX_LOCKED;
        if (old & (MUTEX_LOCKED | MUTEX_STARVING))
            new += 1 << MUTEX_WAITER_SHIFT;
        if (starving && (old & MUTEX_LOCKED))
            new |= MUTEX_STARVING;
        if (awoke) {
            /* we were the woken waiter: clear the flag either way */
            if (!(new & MUTEX_WOKEN))
                rt_throw("sync: inconsistent mutex state");
            new &= ~MUTEX_WOKEN;
        }
        if (!cas32(&m->state, old, new)) {
            old = load32(&m->state);
            continue;
        }
        if (!(old & (MUTEX_LOCKED | MUTEX_STARVING)))
            return;                     /* taken */
        /* queue: at the front when we waited before */
        bool lifo = wait_start != 0;
        if (!wait_start)
            wait_start = rt_nanotime();
        rt_semacquire(&m->sema, lifo, RT_WAIT_SEMACQUIRE);
        starving = starving || rt_nanotime() - wait_start > STARVATION_NS;
        old = load32(&m->state);
        if (old & MUTEX_STARVING) {
            /* handed to us: the state still says unlocked, and counts us */
            if ((old & (MUTEX_LOCKED | MUTEX_WOKEN)) || (old >> MUTEX_WAITER_SHIFT) == 0)
                rt_throw("sync: inconsistent mutex state");
            int32_t delta = MUTEX_LOCKED - (1 << MUTEX_WAITER_SHIFT);
            if (!starving || (old >> MUTEX_WAITER_SHIFT) == 1)
                delta -= MUTEX_STARVING;        /* back to normal mode */
            add32(&m->state, delta);
            return;
        }
        awoke = true;
    }
}

static void mutex_lock(Mutex *m)
{
    if (cas32(&m->state, 0, MUTEX_LOCKED))
        return;
    mutex_lock_slow(m);
}

static bool mutex_trylock(Mutex *m)
{
    int32_t old = load32(&m->state);
    if (old & (MUTEX_LOCKED | MUTEX_STARVING))
        return false;
    return cas32(&m->state, old, old | MUTEX_LOCKED);
}

static void mutex_unlock_slow(Mutex *m, int32_t new)
{
    if (!((new + MUTEX_LOCKED) & MUTEX_LOCKED))
        rt_throw("sync: unlock of unlocked mutex");
    if (new & MUTEX_STARVING) {
        /* hand the mutex to the first waiter and let it run now */
        rt_semrelease(&m->sema, true);
        return;
    }
    int32_t old = new;
    for (;;) {
        /* nobody to wake, or someone already took it, was woken, or it
         * is being handed over */
        if ((old >> MUTEX_WAITER_SHIFT) == 0 ||
            (old & (MUTEX_LOCKED | MUTEX_WOKEN | MUTEX_STARVING)))
            return;
        new = (old - (1 << MUTEX_WAITER_SHIFT)) | MUTEX_WOKEN;
        if (cas32(&m->state, old, new)) {
            rt_semrelease(&m->sema, false);
            return;
        }
        old = load32(&m->state);
    }
}

static void mutex_unlock(Mutex *m)
{
    int32_t new = add32(&m->state, -MUTEX_LOCKED);
    if (new != 0)
        mutex_unlock_slow(m, new);
}

typedef struct { Mutex *m; } MutexFrame;
void rt_sync_Mutex_Lock(MutexFrame *f);
RT_METHOD(rt_sync_Mutex_Lock, "sync.(*Mutex).Lock");
void rt_sync_Mutex_Lock(MutexFrame *f) { mutex_lock(f->m); }

void rt_sync_Mutex_Unlock(MutexFrame *f);
RT_METHOD(rt_sync_Mutex_Unlock, "sync.(*Mutex).Unlock");
void rt_sync_Mutex_Unlock(MutexFrame *f) { mutex_unlock(f->m); }

typedef struct { Mutex *m; uint64_t ok; } TryLockFrame;
void rt_sync_Mutex_TryLock(TryLockFrame *f);
RT_METHOD(rt_sync_Mutex_TryLock, "sync.(*Mutex).TryLock");
void rt_sync_Mutex_TryLock(TryLockFrame *f) { f->ok = mutex_trylock(f->m); }

/* ---- RWMutex ---- */

enum { RWMUTEX_MAX_READERS = 1 << 30 };

static void rw_rlock(RWMutex *rw)
{
    if (add32(&rw->readerCount, 1) < 0)
        rt_semacquire(&rw->readerSem, false, RT_WAIT_SEMACQUIRE);   /* a writer is in */
}

static void rw_runlock(RWMutex *rw)
{
    int32_t r = add32(&rw->readerCount, -1);
    if (r >= 0)
        return;
    if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS)
        rt_throw("sync: RUnlock of unlocked RWMutex");
    /* a writer waits: the last reader it waits for wakes it */
    if (add32(&rw->readerWait, -1) == 0)
        rt_semrelease(&rw->writerSem, false);
}

static void rw_lock(RWMutex *rw)
{
    mutex_lock(&rw->w);
    /* announce the writer; r readers are still in */
    int32_t r = add32(&rw->readerCount, -RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
    if (r != 0 && add32(&rw->readerWait, r) != 0)
        rt_semacquire(&rw->writerSem, false, RT_WAIT_SEMACQUIRE);
}

static void rw_unlock(RWMutex *rw)
{
    int32_t r = add32(&rw->readerCount, RWMUTEX_MAX_READERS);
    if (r >= RWMUTEX_MAX_READERS)
        rt_throw("sync: Unlock of unlocked RWMutex");
    /* let in the readers that queued meanwhile */
    for (int32_t i = 0; i < r; i++)
        rt_semrelease(&rw->readerSem, false);
    mutex_unlock(&rw->w);
}

static bool rw_tryrlock(RWMutex *rw)
{
    for (;;) {
        int32_t c = load32(&rw->readerCount);
        if (c < 0)
            return false;
        if (cas32(&rw->readerCount, c, c + 1))
            return true;
    }
}

static bool rw_trylock(RWMutex *rw)
{
    if (!mutex_trylock(&rw->w))
        return false;
    if (!cas32(&rw->readerCount, 0, -RWMUTEX_MAX_READERS)) {
        mutex_unlock(&rw->w);
        return false;
    }
    return true;
}

typedef struct { RWMutex *rw; } RWFrame;
typedef struct { RWMutex *rw; uint64_t ok; } RWTryFrame;

void rt_sync_RWMutex_Lock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_Lock, "sync.(*RWMutex).Lock");
void rt_sync_RWMutex_Lock(RWFrame *f) { rw_lock(f->rw); }

void rt_sync_RWMutex_Unlock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_Unlock, "sync.(*RWMutex).Unlock");
void rt_sync_RWMutex_Unlock(RWFrame *f) { rw_unlock(f->rw); }

void rt_sync_RWMutex_RLock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_RLock, "sync.(*RWMutex).RLock");
void rt_sync_RWMutex_RLock(RWFrame *f) { rw_rlock(f->rw); }

void rt_sync_RWMutex_RUnlock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_RUnlock, "sync.(*RWMutex).RUnlock");
void rt_sync_RWMutex_RUnlock(RWFrame *f) { rw_runlock(f->rw); }

void rt_sync_RWMutex_TryLock(RWTryFrame *f);
RT_METHOD(rt_sync_RWMutex_TryLock, "sync.(*RWMutex).TryLock");
void rt_sync_RWMutex_TryLock(RWTryFrame *f) { f->ok = rw_trylock(f->rw); }

void rt_sync_RWMutex_TryRLock(RWTryFrame *f);
RT_METHOD(rt_sync_RWMutex_TryRLock, "sync.(*RWMutex).TryRLock");
void rt_sync_RWMutex_TryRLock(RWTryFrame *f) { f->ok = rw_tryrlock(f->rw); }

/* RLocker: the RWMutex as a Locker whose Lock and Unlock are RLock and
 * RUnlock (go1.19's *rlocker, a pointer to the same RWMutex). */
void rt_sync_rlocker_Lock(RWFrame *f);
RT_METHOD(rt_sync_rlocker_Lock, "sync.(*rlocker).Lock");
void rt_sync_rlocker_Lock(RWFrame *f) { rw_rlock(f->rw); }

void rt_sync_rlocker_Unlock(RWFrame *f);
RT_METHOD(rt_sync_rlocker_Unlock, "sync.(*rlocker).Unlock");
void rt_sync_rlocker_Unlock(RWFrame *f) { rw_runlock(f->rw); }

extern char go_rlocker_Lock[] __asm__("rt_sync_rlocker_Lock_go");
extern char go_rlocker_Unlock[] __asm__("rt_sync_rlocker_Unlock_go");
static const RtMethod rlocker_methods[] = {{"Lock", go_rlocker_Lock}, {"Unlock", go_rlocker_Unlock}};
static const RtType rlocker_type = {24, 0, RT_STRUCT, 0, "sync.rlocker"};
static const RtType ptr_rlocker_type = {8, 8, RT_PTR, 0, "*sync.rlocker", &rlocker_type, NULL, 0,
                                        (const uint8_t *)"\1", .methods = rlocker_methods,
                                        .nmethods = 2};

typedef struct { RWMutex *rw; RtIface r; } RLockerFrame;
void rt_sync_RWMutex_RLocker(RLockerFrame *f);
RT_METHOD(rt_sync_RWMutex_RLocker, "sync.(*RWMutex).RLocker");
void rt_sync_RWMutex_RLocker(RLockerFrame *f)
{
    f->r = (RtIface){&ptr_rlocker_type, f->rw};
}

/* ---- WaitGroup ---- */

static void wg_add(WaitGroup *wg, int64_t delta)
{
    uint64_t state = __atomic_add_fetch(&wg->state1, (uint64_t)delta << 32, __ATOMIC_SEQ_CST);
    int32_t v = (int32_t)(state >> 32);
    uint32_t w = (uint32_t)state;
    if (v < 0)
        rt_panic_string("sync: negative WaitGroup counter");
    if (w != 0 && delta > 0 && v == (int32_t)delta)
        rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    if (v > 0 || w == 0)
        return;
    /* the counter is zero and w goroutines wait: nothing may have changed
     * the state since (an Add racing with the last Done is misuse) */
    if (__atomic_load_n(&wg->state1, __ATOMIC_SEQ_CST) != state)
        rt_panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
    __atomic_store_n(&wg->state1, 0, __ATOMIC_SEQ_CST);
    for (; w != 0; w--)
        rt_semrelease(&wg->state2, false);
}

static void wg_wait(WaitGroup *wg)
{
    for (;;) {
        uint64_t state = __atomic_load_n(&wg->state1, __ATOMIC_SEQ_CST);
        if ((int32_t)(state >> 32) == 0)
            return;
        if (__atomic_compare_exchange_n(&wg->state1, &state, state + 1, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST)) {
            rt_semacquire(&wg->state2, false, RT_WAIT_SEMACQUIRE);
            if (__atomic_load_n(&wg->state1, __ATOMIC_SEQ_CST) != 0)
                rt_panic_string("sync: WaitGroup is reused before previous Wait has returned");
            return;
        }
    }
}

typedef struct { WaitGroup *wg; int64_t delta; } AddFrame;
void rt_sync_WaitGroup_Add(AddFrame *f);
RT_METHOD(rt_sync_WaitGroup_Add, "sync.(*WaitGroup).Add");
void rt_sync_WaitGroup_Add(AddFrame *f) { wg_add(f->wg, f->delta); }

typedef struct { WaitGroup *wg; } WGFrame;
void rt_sync_WaitGroup_Done(WGFrame *f);
RT_METHOD(rt_sync_WaitGroup_Done, "sync.(*WaitGroup).Done");
void rt_sync_WaitGroup_Done(WGFrame *f) { wg_add(f->wg, -1); }

void rt_sync_WaitGroup_Wait(WGFrame *f);
RT_METHOD(rt_sync_WaitGroup_Wait, "sync.(*WaitGroup).Wait");
void rt_sync_WaitGroup_Wait(WGFrame *f) { wg_wait(f->wg); }

/* ---- Once ---- */

/* What go1.19's doSlow defers: done = 1, then the unlock.  Runs on the
 * normal path too. */
static void once_finish(void *block)
{
    Once *o = *(Once **)block;
    __atomic_store_n(&o->done, 1, __ATOMIC_SEQ_CST);
    mutex_unlock(&o->m);
}

/* Calls the func() value fn (a closure pointer; NULL panics as a call of
 * a nil func does). */
static void call_func(void *fn)
{
    if (!fn)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    uint64_t none;
    rt_callgo(*(void **)fn, fn, &none, 0);
}

typedef struct { Once *o; void *f; } DoFrame;
void rt_sync_Once_Do(DoFrame *f);
RT_METHOD(rt_sync_Once_Do, "sync.(*Once).Do");
void rt_sync_Once_Do(DoFrame *f)
{
    Once *o = f->o;
    if (__atomic_load_n(&o->done, __ATOMIC_SEQ_CST) != 0)
        return;
    mutex_lock(&o->m);
    if (o->done != 0) {
        mutex_unlock(&o->m);
        return;
    }
    rt_defer_c(once_finish, &o, sizeof o);
    call_func(f->f);
    rt_undefer_c();
    once_finish(&o);
}

/* ---- Cond ---- */

/* go1.19's copyChecker: the field holds its own address once used; a Cond
 * found at another address was copied. */
static void cond_check(Cond *c)
{
    uintptr_t self = (uintptr_t)&c->checker;
    uintptr_t zero = 0;
    if (__atomic_load_n(&c->checker, __ATOMIC_SEQ_CST) != self &&
        !__atomic_compare_exchange_n(&c->checker, &zero, self, false, __ATOMIC_SEQ_CST,
                                     __ATOMIC_SEQ_CST) &&
        __atomic_load_n(&c->checker, __ATOMIC_SEQ_CST) != self)
        rt_panic_string("sync.Cond is copied");
}

/* c.L.Lock() or c.L.Unlock(): a call through the Locker interface. */
static void locker_call(const RtIface *l, const char *method)
{
    const void *code = l->type ? rt_method(l->type, method) : NULL;
    if (!code)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    void *recv = l->data;
    rt_callgo(code, NULL, &recv, sizeof recv);
}

typedef struct { Cond *c; } CondFrame;
void rt_sync_Cond_Wait(CondFrame *f);
RT_METHOD(rt_sync_Cond_Wait, "sync.(*Cond).Wait");
void rt_sync_Cond_Wait(CondFrame *f)
{
    Cond *c = f->c;
    cond_check(c);
    uint32_t t = rt_notifylist_add(&c->notify);
    locker_call(&c->L, "Unlock");
    rt_notifylist_wait(&c->notify, t);
    locker_call(&c->L, "Lock");
}

void rt_sync_Cond_Signal(CondFrame *f);
RT_METHOD(rt_sync_Cond_Signal, "sync.(*Cond).Signal");
void rt_sync_Cond_Signal(CondFrame *f)
{
    cond_check(f->c);
    rt_notifylist_notify_one(&f->c->notify);
}

void rt_sync_Cond_Broadcast(CondFrame *f);
RT_METHOD(rt_sync_Cond_Broadcast, "sync.(*Cond).Broadcast");
void rt_sync_Cond_Broadcast(CondFrame *f)
{
    cond_check(f->c);
    rt_notifylist_notify_all(&f->c->notify);
}

/* sync.Cond's collector view: L's two words; notify's head and tail point
 * to waiters' frames, not into the heap. */
static const RtType cond_type = {sizeof(Cond), 16, RT_STRUCT, 0, "sync.Cond", NULL, NULL, 0,
                                 (const uint8_t *)"\3"};

/* NewCond when not inlined (go1.19's body, //minigo:body, serves the
 * calls gc inlines). */
typedef struct { RtIface l; Cond *r; } NewCondFrame;
void rt_sync_NewCond(NewCondFrame *f) __asm__("sync.NewCond");
void rt_sync_NewCond(NewCondFrame *f)
{
    Cond *c = rt_alloc(sizeof *c, &cond_type);
    rt_store_ptr(&c->L.data, f->l.data);
    c->L.type = f->l.type;
    f->r = c;
}

/* ---- Pool ---- */

typedef struct {
    RtIface private;        /* used first */
    RtSlice shared;         /* []any: a stack, top at the end */
    int64_t bottom;         /* shared[bottom:] is live (the victim cache is
                               emptied from the bottom) */
} PoolLocal;

static const RtType any_type = {16, 16, RT_INTERFACE, 0, "interface {}", NULL, NULL, 0,
                                (const uint8_t *)"\3"};
static const RtType poollocal_type = {sizeof(PoolLocal), 24, RT_STRUCT, 0, "sync.poolLocal",
                                      NULL, NULL, 0, (const uint8_t *)"\13"};

static void store_iface(RtIface *slot, RtIface v)
{
    if (rt_gc_wbenabled)
        rt_gc_wb(&slot->data, v.data);
    slot->type = v.type;
    slot->data = v.data;
}

/* go1.19's poolCleanup, for the cycles begun since the pool was last
 * used: one moves the primary cache to the victim, two drop both. */
static void pool_age(Pool *p)
{
    uint32_t now = rt_gc_cycles_begun();
    uint32_t n = now - (uint32_t)p->localSize;
    p->localSize = now;
    if (n == 0)
        return;
    rt_store_ptr(&p->victim, n == 1 ? p->local : NULL);
    rt_store_ptr(&p->local, NULL);
}

static PoolLocal *pool_local(Pool *p)
{
    if (!p->local)
        rt_store_ptr(&p->local, rt_alloc(sizeof(PoolLocal), &poollocal_type));
    return p->local;
}

static RtIface *shared_at(PoolLocal *l, int64_t i)
{
    return (RtIface *)l->shared.ptr + i;
}

/* Takes an item of l: the private one, else from the shared stack's top
 * (primary) or bottom (victim). */
static RtIface pool_take(PoolLocal *l, bool top)
{
    RtIface x = l->private, none = {NULL, NULL};
    if (x.type) {
        store_iface(&l->private, none);
        return x;
    }
    if (l->bottom >= l->shared.len)
        return none;
    int64_t i = top ? l->shared.len - 1 : l->bottom;
    x = *shared_at(l, i);
    store_iface(shared_at(l, i), none);
    if (top)
        l->shared.len--;
    else
        l->bottom++;
    if (l->bottom == l->shared.len)
        l->bottom = l->shared.len = 0;
    return x;
}

typedef struct { Pool *p; RtIface x; } PutFrame;
void rt_sync_Pool_Put(PutFrame *f);
RT_METHOD(rt_sync_Pool_Put, "sync.(*Pool).Put");
void rt_sync_Pool_Put(PutFrame *f)
{
    if (!f->x.type)
        return;
    Pool *p = f->p;
    pool_age(p);
    PoolLocal *l = pool_local(p);
    if (!l->private.type) {
        store_iface(&l->private, f->x);
        return;
    }
    if (l->shared.len == l->shared.cap) {
        RtSlice s = l->shared;
        rt_growslice(&s, &any_type, s.len + 1);
        rt_store_ptr(&l->shared.ptr, s.ptr);
        l->shared.cap = s.cap;
    }
    store_iface(shared_at(l, l->shared.len), f->x);
    l->shared.len++;
}

typedef struct { Pool *p; RtIface r; } GetFrame;
void rt_sync_Pool_Get(GetFrame *f);
RT_METHOD(rt_sync_Pool_Get, "sync.(*Pool).Get");
void rt_sync_Pool_Get(GetFrame *f)
{
    Pool *p = f->p;
    pool_age(p);
    RtIface x = {NULL, NULL};
    if (p->local)
        x = pool_take(p->local, true);
    if (!x.type && p->victim) {
        x = pool_take(p->victim, false);
        if (!x.type)
            rt_store_ptr(&p->victim, NULL);
    }
    if (!x.type && p->New) {
        struct { RtIface r; } blk = {{NULL, NULL}};
        rt_callgo(*(void **)p->New, p->New, &blk, sizeof blk);
        x = blk.r;
    }
    f->r = x;
}
