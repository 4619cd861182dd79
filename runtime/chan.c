/* chan.c — channels, with go1.19's semantics (runtime/chan.go).
 *
 * A channel is a heap object (RtChan below; len and cap first, as rt.h
 * promises) with a circular buffer of cap elements and two queues of
 * waiting goroutines (sudogs, proc.h), senders and receivers.  At most one
 * queue is non-empty, and the buffer holds values only when no receiver
 * waits.  What go1.19 does, and so this file:
 *
 *   send:    on a closed channel, panic "send on closed channel"; to a
 *            waiting receiver, copy the value straight into its frame and
 *            ready it (it goes to runnext; the sender runs on); else into
 *            the buffer if there is room; else wait in the send queue.
 *   receive: from a waiting sender: with no buffer, copy straight from its
 *            frame; with a (full) buffer, take the oldest element and put
 *            the sender's value at the buffer's end; ready the sender.
 *            Else from the buffer; else, closed, the zero value and
 *            ok = false; else wait in the receive queue.
 *   close:   on nil or closed, panic; else every waiting receiver (zero
 *            value, ok = false) and sender (which then panics) is made
 *            ready, receivers first, each in queue order — collected on a
 *            stack and readied from its top, as go1.19's gList, so the
 *            first receiver ends up in runnext.
 *   nil:     a send or receive on a nil channel blocks forever.
 *
 * Values pass by address, always to and from frames (rt.h); the buffer is
 * heap memory, so copies into and out of it go through the write barrier
 * (clearing a slot shades what it held: the value just moved to a frame
 * the collector may have scanned already).  A value a blocked sender
 * offers stays in its frame, which the collector scans with its stack.
 */
#include <string.h>

#include "runtime/proc.h"

struct RtChan {
    uint64_t qcount;            /* 0: elements in the buffer (len) */
    uint64_t dataqsiz;          /* 8: the buffer's size (cap) */
    void *buf;                  /* 16 */
    const RtType *elemtype;     /* 24 */
    uint64_t elemsize;          /* 32 */
    uint64_t sendx, recvx;      /* 40, 48: next slot to fill, to empty */
    RtSudog *recvq, *recvqtail; /* 56, 64 */
    RtSudog *sendq, *sendqtail; /* 72, 80 */
    uint32_t closed;            /* 88 */
};

/* The collector's view of an RtChan: only buf points into the heap (the
 * queues hold frame addresses, elemtype static data). */
static const uint8_t chan_gcmask[] = {0x04};
static const RtType chan_type = {.size = sizeof(RtChan), .ptrdata = 24, .kind = RT_STRUCT,
                                 .name = "runtime.hchan", .gcmask = chan_gcmask};

RtChan *rt_makechan(const RtType *elem, int64_t size)
{
    uint64_t mem;
    if (size < 0 || __builtin_mul_overflow(elem->size, (uint64_t)size, &mem) ||
        mem > RT_MAX_ALLOC - sizeof(RtChan))
        rt_panic_plain("makechan: size out of range");
    RtChan *c;
    if (mem == 0) {
        c = rt_alloc(sizeof(RtChan), &chan_type);
        c->buf = c;                         /* never read or written */
    } else if (elem->ptrdata == 0) {
        /* the buffer holds no pointers: one pointer-free object */
        c = rt_alloc(sizeof(RtChan) + mem, NULL);
        c->buf = c + 1;
    } else {
        c = rt_alloc(sizeof(RtChan), &chan_type);
        void *buf = rt_alloc(mem, elem);
        if (rt_gc_wbenabled)
            rt_gc_wb(&c->buf, buf);
        c->buf = buf;
    }
    c->elemtype = elem;
    c->elemsize = elem->size;
    c->dataqsiz = (uint64_t)size;
    return c;
}

/* Copy or clear one element.  The usual sizes (a word, two words, nothing)
 * are done in line: a call into libc for 8 bytes costs more than the rest
 * of a buffered send. */
static inline void elem_move(void *dst, const void *src, uint64_t n)
{
    uint64_t w[2];
    switch (n) {
    case 0:
        return;
    case 8:
        memcpy(w, src, 8);
        memcpy(dst, w, 8);
        return;
    case 16:
        memcpy(w, src, 16);
        memcpy(dst, w, 16);
        return;
    default:
        memmove(dst, src, n);
    }
}

static inline void elem_clear(void *dst, uint64_t n)
{
    static const uint64_t zero[2];
    switch (n) {
    case 0:
        return;
    case 8:
        memcpy(dst, zero, 8);
        return;
    case 16:
        memcpy(dst, zero, 16);
        return;
    default:
        memset(dst, 0, n);
    }
}

static void *chanbuf(RtChan *c, uint64_t i)
{
    return (char *)c->buf + i * c->elemsize;
}

/* Copy an element into or out of the buffer, and clear a buffer slot. */
static void buf_put(RtChan *c, void *slot, const void *src)
{
    if (rt_gc_wbenabled && c->elemtype->ptrdata)
        rt_gc_wbtyped(slot, src, c->elemtype);
    elem_move(slot, src, c->elemsize);
}

static void buf_clear(RtChan *c, void *slot)
{
    if (rt_gc_wbenabled && c->elemtype->ptrdata)
        rt_gc_wbtyped(slot, NULL, c->elemtype);
    elem_clear(slot, c->elemsize);
}

/* ---- wait queues ---- */

void rt_waitq_enqueue(RtSudog **head, RtSudog **tail, RtSudog *s)
{
    s->next = NULL;
    s->prev = *tail;
    if (*tail)
        (*tail)->next = s;
    else
        *head = s;
    *tail = s;
}

void rt_waitq_remove(RtSudog **head, RtSudog **tail, RtSudog *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else if (*head == s)
        *head = s->next;
    else
        return;                 /* not queued */
    if (s->next)
        s->next->prev = s->prev;
    else
        *tail = s->prev;
    s->next = s->prev = NULL;
}

/* The first waiter, off the queue; a select's that another of its cases
 * already won is dropped (go1.19's dequeue with selectDone). */
RtSudog *rt_waitq_dequeue(RtSudog **head, RtSudog **tail)
{
    for (;;) {
        RtSudog *s = *head;
        if (!s)
            return NULL;
        rt_waitq_remove(head, tail, s);
        if (s->isselect) {
            if (s->g->selectdone)
                continue;
            s->g->selectdone = true;
        }
        return s;
    }
}

/* ---- send ---- */

/* Hand ep's value to the receiver sg waits with, and ready it. */
void rt_chan_send_to(RtChan *c, RtSudog *sg, const void *ep)
{
    if (sg->elem) {
        elem_move(sg->elem, ep, c->elemsize);  /* frame to frame */
        sg->elem = NULL;
    }
    RtG *g = sg->g;
    g->param = sg;
    sg->success = true;
    rt_goready(g);
}

/* Take the value for the receiver at ep (NULL: dropped) from the waiting
 * sender sg, and ready it. */
void rt_chan_recv_from(RtChan *c, RtSudog *sg, void *ep)
{
    if (c->dataqsiz == 0) {
        if (ep)
            elem_move(ep, sg->elem, c->elemsize);
    } else {
        /* the buffer is full: take its head, the sender's value goes to
         * its tail (the same slot) */
        void *qp = chanbuf(c, c->recvx);
        if (ep)
            elem_move(ep, qp, c->elemsize);
        buf_put(c, qp, sg->elem);
        if (++c->recvx == c->dataqsiz)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    sg->elem = NULL;
    RtG *g = sg->g;
    g->param = sg;
    sg->success = true;
    rt_goready(g);
}

/* Buffer operations select shares. */
void rt_chan_buf_send(RtChan *c, const void *ep)
{
    buf_put(c, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
    c->qcount++;
}

void rt_chan_buf_recv(RtChan *c, void *ep)
{
    void *qp = chanbuf(c, c->recvx);
    if (ep)
        elem_move(ep, qp, c->elemsize);
    buf_clear(c, qp);
    if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
    c->qcount--;
}

RtSudog **rt_chan_queue(RtChan *c, bool send, RtSudog ***tail)
{
    *tail = send ? &c->sendqtail : &c->recvqtail;
    return send ? &c->sendq : &c->recvq;
}

bool rt_chan_closed(const RtChan *c) { return c->closed != 0; }
bool rt_chan_can_buf_send(const RtChan *c) { return c->qcount < c->dataqsiz; }
bool rt_chan_can_buf_recv(const RtChan *c) { return c->qcount > 0; }
uint64_t rt_chan_elemsize(const RtChan *c) { return c->elemsize; }

/* Block the running goroutine in c's send or receive queue with the
 * value at (or for) ep until a partner or close wakes it; whether a value
 * passed (false: closed). */
static bool wait_in_queue(RtChan *c, bool send, void *ep)
{
    RtG *g = rt_curg;
    RtSudog me = {0};
    me.g = g;
    me.elem = ep;
    me.c = c;
    g->param = NULL;
    RtSudog **tail, **head = rt_chan_queue(c, send, &tail);
    rt_waitq_enqueue(head, tail, &me);
    rt_gopark(NULL, NULL, send ? RT_WAIT_CHAN_SEND : RT_WAIT_CHAN_RECV);
    g->param = NULL;
    return me.success;
}

bool rt_chansend(RtChan *c, const void *ep, bool block)
{
    if (!c) {
        if (!block)
            return false;
        rt_gopark(NULL, NULL, RT_WAIT_CHAN_SEND_NIL);
        rt_throw("unreachable");
    }
    if (c->closed)
        rt_panic_plain("send on closed channel");
    RtSudog *sg = rt_waitq_dequeue(&c->recvq, &c->recvqtail);
    if (sg) {
        rt_chan_send_to(c, sg, ep);
        return true;
    }
    if (c->qcount < c->dataqsiz) {
        rt_chan_buf_send(c, ep);
        return true;
    }
    if (!block)
        return false;
    if (!wait_in_queue(c, true, (void *)ep))
        rt_panic_plain("send on closed channel");
    return true;
}

bool rt_chanrecv(RtChan *c, void *ep, bool block, bool *received)
{
    bool dummy;
    if (!received)
        received = &dummy;
    *received = false;
    if (!c) {
        if (!block)
            return false;
        rt_gopark(NULL, NULL, RT_WAIT_CHAN_RECV_NIL);
        rt_throw("unreachable");
    }
    if (c->closed) {
        if (c->qcount == 0) {
            if (ep)
                elem_clear(ep, c->elemsize);
            return true;
        }
    } else {
        RtSudog *sg = rt_waitq_dequeue(&c->sendq, &c->sendqtail);
        if (sg) {
            rt_chan_recv_from(c, sg, ep);
            *received = true;
            return true;
        }
    }
    if (c->qcount > 0) {
        rt_chan_buf_recv(c, ep);
        *received = true;
        return true;
    }
    if (!block)
        return false;
    *received = wait_in_queue(c, false, ep);
    return true;
}

void rt_closechan(RtChan *c)
{
    if (!c)
        rt_panic_plain("close of nil channel");
    if (c->closed)
        rt_panic_plain("close of closed channel");
    c->closed = 1;
    RtG *list = NULL;           /* a stack, through schedlink */
    RtSudog *sg;
    while ((sg = rt_waitq_dequeue(&c->recvq, &c->recvqtail))) {
        if (sg->elem) {
            elem_clear(sg->elem, c->elemsize);
            sg->elem = NULL;
        }
        sg->g->param = sg;
        sg->success = false;
        sg->g->schedlink = list;
        list = sg->g;
    }
    while ((sg = rt_waitq_dequeue(&c->sendq, &c->sendqtail))) {
        sg->elem = NULL;
        sg->g->param = sg;
        sg->success = false;
        sg->g->schedlink = list;
        list = sg->g;
    }
    while (list) {
        RtG *g = list;
        list = g->schedlink;
        g->schedlink = NULL;
        rt_goready(g);
    }
}

_Noreturn void rt_block(void)
{
    rt_gopark(NULL, NULL, RT_WAIT_SELECT_NO_CASES);
    rt_throw("unreachable");
}
