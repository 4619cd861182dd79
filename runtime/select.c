/* select.c — the select statement with several cases, as go1.19's
 * selectgo (runtime/select.go).  The compiler handles the others: no case
 * (rt_block), one case (a plain send or receive), one case and default (a
 * non-blocking one).
 *
 *   1. Poll the cases in a random order (a uniformly random permutation,
 *      cases with nil channels left out); the first that can proceed —
 *      a waiting partner, buffer room or data, a closed channel — is
 *      taken: with several ready, each is equally likely.
 *   2. None ready and a default: return -1.
 *   3. Else wait on every channel at once: a sudog per case, queued in
 *      order of channel address (go1.19's lock order), then park ("select").
 *      The first partner to dequeue one of them marks the select done (so
 *      the others are skipped by later partners: rt_waitq_dequeue) and
 *      completes the transfer; on waking, the other sudogs leave their
 *      queues.  Woken by close: a send panics, a receive gets ok = false.
 */
#include <string.h>
#include <time.h>

#include "runtime/proc.h"

/* Go's fastrandn: any good generator will do, since go1.19's is seeded
 * randomly too. */
static uint64_t rng_state;

static uint32_t fastrandn(uint32_t n)
{
    if (!rng_state) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        rng_state = ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ 0x9e3779b97f4a7c15u;
    }
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(((rng_state >> 32) * (uint64_t)n) >> 32);
}

enum { SMALL_SELECT = 16 };

int64_t rt_selectgo(RtSelCase *cases, int64_t nsends, int64_t nrecvs, bool block, bool *recvok)
{
    int64_t ncases = nsends + nrecvs;
    uint16_t pollsmall[SMALL_SELECT], locksmall[SMALL_SELECT];
    RtSudog sgsmall[SMALL_SELECT];
    uint16_t *pollorder = pollsmall, *lockorder = locksmall;
    RtSudog *sgs = sgsmall;
    if (ncases > SMALL_SELECT) {
        /* a big select: the orders and the sudogs in the heap (found
         * through the G's waiting list while parked) */
        static const RtType words = {.size = 8, .ptrdata = 8, .kind = RT_UNSAFEPTR,
                                     .name = "unsafe.Pointer"};
        pollorder = rt_alloc(sizeof(uint16_t) * 2 * (uint64_t)ncases, NULL);
        lockorder = pollorder + ncases;
        sgs = rt_alloc(sizeof(RtSudog) * (uint64_t)ncases, &words);
    }
    *recvok = false;

    int64_t norder = 0;
    for (int64_t i = 0; i < ncases; i++) {
        if (!cases[i].c) {
            cases[i].elem = NULL;
            continue;
        }
        uint32_t j = fastrandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        norder++;
    }
    /* 1. something ready?  (go1.19 locks every channel first, in the lock
     * order; one thread needs no locks, so that order waits for step 2) */
    for (int64_t o = 0; o < norder; o++) {
        int64_t i = pollorder[o];
        RtChan *c = cases[i].c;
        RtSudog **h, **t;
        if (i >= nsends) {
            h = rt_chan_queue(c, true, &t);
            RtSudog *sg = rt_waitq_dequeue(h, t);
            if (sg) {
                rt_chan_recv_from(c, sg, cases[i].elem);
                *recvok = true;
                return i;
            }
            if (rt_chan_can_buf_recv(c)) {
                rt_chan_buf_recv(c, cases[i].elem);
                *recvok = true;
                return i;
            }
            if (rt_chan_closed(c)) {
                if (cases[i].elem)
                    memset(cases[i].elem, 0, rt_chan_elemsize(c));
                return i;
            }
        } else {
            if (rt_chan_closed(c))
                rt_panic_plain("send on closed channel");
            h = rt_chan_queue(c, false, &t);
            RtSudog *sg = rt_waitq_dequeue(h, t);
            if (sg) {
                rt_chan_send_to(c, sg, cases[i].elem);
                return i;
            }
            if (rt_chan_can_buf_send(c)) {
                rt_chan_buf_send(c, cases[i].elem);
                return i;
            }
        }
    }
    if (!block)
        return -1;

    /* 2. wait on all of them, queued in the lock order: by channel address
     * (insertion sort: selects are small), ties in poll order */
    for (int64_t i = 0; i < norder; i++) {
        uint16_t k = pollorder[i];
        int64_t j = i;
        while (j > 0 && (uintptr_t)cases[lockorder[j - 1]].c > (uintptr_t)cases[k].c) {
            lockorder[j] = lockorder[j - 1];
            j--;
        }
        lockorder[j] = k;
    }
    RtG *g = rt_curg;
    g->param = NULL;
    g->selectdone = false;
    RtSudog **nextp = &g->waiting;
    for (int64_t o = 0; o < norder; o++) {
        int64_t i = lockorder[o];
        RtSudog *sg = &sgs[o];
        memset(sg, 0, sizeof *sg);
        sg->g = g;
        sg->isselect = true;
        sg->elem = cases[i].elem;
        sg->c = cases[i].c;
        *nextp = sg;
        nextp = &sg->waitlink;
        RtSudog **h, **t;
        h = rt_chan_queue(cases[i].c, i < nsends, &t);
        rt_waitq_enqueue(h, t, sg);
    }
    *nextp = NULL;
    rt_gopark(NULL, NULL, RT_WAIT_SELECT);

    /* 3. which one fired; the others leave their queues */
    RtSudog *won = g->param;
    g->param = NULL;
    g->selectdone = false;
    int64_t chosen = -1;
    bool success = false;
    for (int64_t o = 0; o < norder; o++) {
        int64_t i = lockorder[o];
        RtSudog *sg = &sgs[o];
        if (sg == won) {
            chosen = i;
            success = sg->success;
        } else {
            RtSudog **h, **t;
            h = rt_chan_queue(cases[i].c, i < nsends, &t);
            rt_waitq_remove(h, t, sg);
        }
        sg->isselect = false;
        sg->elem = NULL;
        sg->c = NULL;
    }
    g->waiting = NULL;
    if (chosen < 0)
        rt_throw("selectgo: bad wakeup");
    if (chosen < nsends) {
        if (!success)
            rt_panic_plain("send on closed channel");
    } else {
        *recvok = success;
    }
    return chosen;
}
