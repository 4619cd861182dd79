/* sema.c — semaphores and notify lists, as go1.19's runtime/sema.go: the
 * blocking part of package sync (Mutex, RWMutex, WaitGroup; Cond).
 *
 * Semaphores.  A semaphore is a uint32 count somewhere in memory, keyed by
 * its address.  Acquire takes a unit if the count is positive, else waits
 * in the address's queue: at its end (FIFO), or, for a lifo acquirer (a
 * Mutex waiter that waited before), at its front.  Release adds a unit and
 * readies the first waiter, which goes to runnext while the releaser runs
 * on; the waiter then takes the unit if it is still there, or waits again.
 * With handoff (a Mutex in starvation mode), the unit goes to the waiter
 * directly and the releaser yields to it at once (to the end of the local
 * run queue, go1.19's goyield).
 *
 * go1.19 keeps the queues in 251 treaps of addresses; which address a
 * waiter waits on is all that matters to the order of waking, so a hash
 * table of per-address queues does the same here.  Waiters' sudogs live in
 * their frames.
 *
 * Notify lists (sync.Cond).  Wait takes a ticket (rt_notifylist_add, before
 * unlocking the Cond's lock) and then waits for it; Signal wakes the
 * waiter holding the oldest unserved ticket; Broadcast all of them, in
 * ticket order.
 */
#include <string.h>

#include "runtime/proc.h"

enum { SEMTAB_SIZE = 251 };

/* Each bucket chains the heads of the queues of the addresses hashing to
 * it (through waitlink); a head's qtail is its queue's last sudog. */
static RtSudog *semtab[SEMTAB_SIZE];

static RtSudog **bucket(uint32_t *addr)
{
    return &semtab[((uintptr_t)addr >> 3) % SEMTAB_SIZE];
}

static bool cansemacquire(uint32_t *addr)
{
    if (*addr == 0)
        return false;
    (*addr)--;
    return true;
}

static void sema_queue(uint32_t *addr, RtSudog *s, bool lifo)
{
    RtSudog **b = bucket(addr);
    s->addr = addr;
    s->next = s->prev = NULL;
    for (RtSudog **pp = b; *pp; pp = &(*pp)->waitlink) {
        RtSudog *h = *pp;
        if (h->addr != addr)
            continue;
        if (lifo) {
            /* s becomes the head */
            s->waitlink = h->waitlink;
            s->qtail = h->qtail;
            s->next = h;
            h->prev = s;
            h->waitlink = NULL;
            h->qtail = NULL;
            *pp = s;
        } else {
            h->qtail->next = s;
            s->prev = h->qtail;
            h->qtail = s;
        }
        return;
    }
    s->waitlink = *b;
    s->qtail = s;
    *b = s;
}

static RtSudog *sema_dequeue(uint32_t *addr)
{
    RtSudog **b = bucket(addr);
    for (RtSudog **pp = b; *pp; pp = &(*pp)->waitlink) {
        RtSudog *h = *pp;
        if (h->addr != addr)
            continue;
        RtSudog *n = h->next;
        if (n) {
            n->prev = NULL;
            n->waitlink = h->waitlink;
            n->qtail = h->qtail;
            *pp = n;
        } else {
            *pp = h->waitlink;
        }
        h->next = h->waitlink = h->qtail = NULL;
        return h;
    }
    return NULL;
}

void rt_semacquire(uint32_t *addr, bool lifo, RtWaitReason reason)
{
    if (cansemacquire(addr))
        return;
    RtSudog s;
    memset(&s, 0, sizeof s);
    s.g = rt_curg;
    for (;;) {
        if (cansemacquire(addr))
            return;
        s.ticket = 0;
        sema_queue(addr, &s, lifo);
        rt_gopark(NULL, NULL, reason);
        if (s.ticket != 0 || cansemacquire(addr))
            return;
    }
}

void rt_semrelease(uint32_t *addr, bool handoff)
{
    (*addr)++;
    RtSudog *s = sema_dequeue(addr);
    if (!s)
        return;
    if (handoff && cansemacquire(addr))
        s->ticket = 1;
    rt_goready(s->g);
    if (s->ticket == 1)
        rt_goyield();
}

/* ---- notify lists ---- */

uint32_t rt_notifylist_add(RtNotifyList *l)
{
    return l->wait++;
}

/* t is served (notified) when it is before l->notify, wrapping. */
static bool ticket_less(uint32_t a, uint32_t b)
{
    return (int32_t)(a - b) < 0;
}

void rt_notifylist_wait(RtNotifyList *l, uint32_t t)
{
    if (ticket_less(t, l->notify))
        return;
    RtSudog s;
    memset(&s, 0, sizeof s);
    s.g = rt_curg;
    s.ticket = t;
    RtSudog *tail = l->tail;
    if (tail)
        tail->next = &s;
    else
        l->head = &s;
    l->tail = &s;
    rt_gopark(NULL, NULL, RT_WAIT_SYNC_COND_WAIT);
}

void rt_notifylist_notify_all(RtNotifyList *l)
{
    if (l->wait == l->notify)
        return;
    RtSudog *s = l->head;
    l->head = l->tail = NULL;
    l->notify = l->wait;
    while (s) {
        RtSudog *next = s->next;
        s->next = NULL;
        rt_goready(s->g);
        s = next;
    }
}

void rt_notifylist_notify_one(RtNotifyList *l)
{
    if (l->wait == l->notify)
        return;
    uint32_t t = l->notify;
    l->notify = t + 1;
    RtSudog *p = NULL;
    for (RtSudog *s = l->head; s; p = s, s = s->next) {
        if (s->ticket != t)
            continue;
        RtSudog *n = s->next;
        if (p)
            p->next = n;
        else
            l->head = n;
        if (!n)
            l->tail = p;
        s->next = NULL;
        rt_goready(s->g);
        return;
    }
}
