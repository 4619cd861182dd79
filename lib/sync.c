/* sync.c — package sync for a program with one goroutine: Mutex, RWMutex,
 * WaitGroup, Once and Pool keep their bookkeeping, and a wait that no
 * other goroutine could end is Go's deadlock ("fatal error: all goroutines
 * are asleep - deadlock!").  Pool keeps nothing: Get returns New() (or
 * nil), as Go's may after a collection.
 */
#include "lib/lib.h"

typedef struct { int32_t state; uint32_t sema; } Mutex;
typedef struct { Mutex w; uint32_t writerSem, readerSem; int32_t readerCount, readerWait; } RWMutex;
typedef struct { uint64_t state1; uint32_t state2; } WaitGroup;   /* state1: the counter */
typedef struct { uint32_t done; Mutex m; } Once;
typedef struct { uintptr_t local; void *New; } Pool;

_Noreturn static void deadlock(void)
{
    rt_throw("all goroutines are asleep - deadlock!");
}

typedef struct { Mutex *m; } MutexFrame;
void rt_sync_Mutex_Lock(MutexFrame *f);
RT_METHOD(rt_sync_Mutex_Lock, "sync.(*Mutex).Lock");
void rt_sync_Mutex_Lock(MutexFrame *f)
{
    if (f->m->state & 1)
        deadlock();
    f->m->state |= 1;
}

void rt_sync_Mutex_Unlock(MutexFrame *f);
RT_METHOD(rt_sync_Mutex_Unlock, "sync.(*Mutex).Unlock");
void rt_sync_Mutex_Unlock(MutexFrame *f)
{
    if (!(f->m->state & 1))
        rt_throw("sync: unlock of unlocked mutex");
    f->m->state &= ~1;
}

typedef struct { Mutex *m; uint64_t ok; } TryLockFrame;
void rt_sync_Mutex_TryLock(TryLockFrame *f);
RT_METHOD(rt_sync_Mutex_TryLock, "sync.(*Mutex).TryLock");
void rt_sync_Mutex_TryLock(TryLockFrame *f)
{
    f->ok = !(f->m->state & 1);
    f->m->state |= 1;
}

typedef struct { RWMutex *rw; } RWFrame;
void rt_sync_RWMutex_Lock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_Lock, "sync.(*RWMutex).Lock");
void rt_sync_RWMutex_Lock(RWFrame *f)
{
    if ((f->rw->w.state & 1) || f->rw->readerCount > 0)
        deadlock();
    f->rw->w.state |= 1;
}

void rt_sync_RWMutex_Unlock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_Unlock, "sync.(*RWMutex).Unlock");
void rt_sync_RWMutex_Unlock(RWFrame *f)
{
    if (!(f->rw->w.state & 1))
        rt_throw("sync: Unlock of unlocked RWMutex");
    f->rw->w.state &= ~1;
}

void rt_sync_RWMutex_RLock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_RLock, "sync.(*RWMutex).RLock");
void rt_sync_RWMutex_RLock(RWFrame *f)
{
    if (f->rw->w.state & 1)
        deadlock();
    f->rw->readerCount++;
}

void rt_sync_RWMutex_RUnlock(RWFrame *f);
RT_METHOD(rt_sync_RWMutex_RUnlock, "sync.(*RWMutex).RUnlock");
void rt_sync_RWMutex_RUnlock(RWFrame *f)
{
    if (f->rw->readerCount <= 0)
        rt_throw("sync: RUnlock of unlocked RWMutex");
    f->rw->readerCount--;
}

typedef struct { WaitGroup *wg; int64_t delta; } AddFrame;
void rt_sync_WaitGroup_Add(AddFrame *f);
RT_METHOD(rt_sync_WaitGroup_Add, "sync.(*WaitGroup).Add");
void rt_sync_WaitGroup_Add(AddFrame *f)
{
    int64_t v = (int64_t)f->wg->state1 + f->delta;
    if (v < 0)
        rt_panic_string("sync: negative WaitGroup counter");
    f->wg->state1 = (uint64_t)v;
}

typedef struct { WaitGroup *wg; } WGFrame;
void rt_sync_WaitGroup_Done(WGFrame *f);
RT_METHOD(rt_sync_WaitGroup_Done, "sync.(*WaitGroup).Done");
void rt_sync_WaitGroup_Done(WGFrame *f)
{
    AddFrame a = {f->wg, -1};
    rt_sync_WaitGroup_Add(&a);
}

void rt_sync_WaitGroup_Wait(WGFrame *f);
RT_METHOD(rt_sync_WaitGroup_Wait, "sync.(*WaitGroup).Wait");
void rt_sync_WaitGroup_Wait(WGFrame *f)
{
    if (f->wg->state1 != 0)
        deadlock();
}

typedef struct { Once *o; void *f; } DoFrame;
void rt_sync_Once_Do(DoFrame *f);
RT_METHOD(rt_sync_Once_Do, "sync.(*Once).Do");
void rt_sync_Once_Do(DoFrame *f)
{
    Once *o = f->o;
    if (o->done)
        return;
    /* Go marks it done even when f panics (a deferred store) */
    o->done = 1;
    if (!f->f)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    char blk[16];
    rt_callgo(*(void **)f->f, f->f, blk, 0);
}

typedef struct { Pool *p; RtIface r; } GetFrame;
void rt_sync_Pool_Get(GetFrame *f);
RT_METHOD(rt_sync_Pool_Get, "sync.(*Pool).Get");
void rt_sync_Pool_Get(GetFrame *f)
{
    f->r = (RtIface){NULL, NULL};
    if (f->p->New) {
        struct { RtIface r; } blk = {{NULL, NULL}};
        rt_callgo(*(void **)f->p->New, f->p->New, &blk, sizeof blk);
        f->r = blk.r;
    }
}

typedef struct { Pool *p; RtIface x; } PutFrame;
void rt_sync_Pool_Put(PutFrame *f);
RT_METHOD(rt_sync_Pool_Put, "sync.(*Pool).Put");
void rt_sync_Pool_Put(PutFrame *f)
{
}
