/* test_sched.c — goroutines, the scheduler, channels, select, semaphores
 * and timers (runtime/proc.c, chan.c, select.c, sema.c, timer.c), driven
 * from C: each test runs a body as goroutine 1 in a child process
 * (tests/child.h: rt_start, as a compiled program's main does) and checks
 * what it printed and how it ended.
 *
 * The orders expected are go1.19's with one P (GOMAXPROCS=1): a new or
 * readied goroutine goes to runnext, the one there to the run queue's
 * tail, and the running goroutine keeps running until it blocks.  Each
 * expectation was checked against the equivalent Go program under
 * `GOMAXPROCS=1 go run` (the Go program is in the comment).
 */
#include "runtime/proc.h"
#include "tests/child.h"

static const RtType t_int = {.size = 8, .kind = RT_INT, .name = "int"};
static const RtType t_ptr = {.size = 8, .ptrdata = 8, .kind = RT_PTR, .name = "*int"};

static void out(const char *s) { rt_out_write(s, strlen(s)); }

/* ---- spawning: runnext ---- */

static void say(void *arg) { out(arg); }

/* for i := 0; i < 3; i++ { go print(i) }; runtime.Gosched(); print("m")  → 201m */
static void body_spawn(void)
{
    rt_newproc_c(say, "0");
    rt_newproc_c(say, "1");
    rt_newproc_c(say, "2");
    rt_gosched();
    out("m\n");
}

Test(sched, newproc_runnext)
{
    Child c;
    run_child(body_spawn, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "201m\n");
}

/* ---- channels ---- */

static RtChan *ch, *done;

static void pong(void *arg)
{
    (void)arg;
    for (;;) {
        int64_t v;
        bool ok;
        rt_chanrecv(ch, &v, true, &ok);
        if (!ok)
            break;
        char buf[32];
        snprintf(buf, sizeof buf, "r%lld ", (long long)v);
        out(buf);
    }
    out("closed ");
    int64_t one = 1;
    rt_chansend(done, &one, true);
}

/* unbuffered: a send to a waiting receiver hands it the value and readies
 * it, and the sender runs on; a send with no receiver waiting blocks.  Go:
 *   go func() { for { v, ok := <-c; if !ok { break }; print("r", v, " ") }; print("closed "); d <- 1 }()
 *   for i := 0; i < 3; i++ { print("s", i, " "); c <- i }; close(c); <-d; println("end") */
static void body_pingpong(void)
{
    ch = rt_makechan(&t_int, 0);
    done = rt_makechan(&t_int, 0);
    rt_newproc_c(pong, NULL);
    for (int64_t i = 0; i < 3; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "s%lld ", (long long)i);
        out(buf);
        rt_chansend(ch, &i, true);
    }
    rt_closechan(ch);
    int64_t v;
    rt_chanrecv(done, &v, true, NULL);
    out("end\n");
}

Test(sched, unbuffered_pingpong)
{
    Child c;
    run_child(body_pingpong, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "s0 r0 s1 s2 r1 r2 closed end\n");
}

static void waiter(void *arg)
{
    int64_t v;
    bool ok;
    rt_chanrecv(ch, &v, true, &ok);
    out(arg);
}

/* close readies the receivers from a stack.  Go:
 *   for _, s := range []string{"a","b","c"} { go func(s string) { <-ch; print(s) }(s) }
 *   runtime.Gosched(); close(ch); runtime.Gosched()   → cba */
static void body_close_order(void)
{
    ch = rt_makechan(&t_int, 0);
    rt_newproc_c(waiter, "a");
    rt_newproc_c(waiter, "b");
    rt_newproc_c(waiter, "c");
    rt_gosched();
    rt_closechan(ch);
    rt_gosched();
    out("\n");
}

Test(sched, close_readies_in_gos_order)
{
    Child c;
    run_child(body_close_order, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    /* c (runnext), a, b ran in that order and wait in that order; close
     * pushes c, a, b on a stack and readies b, a, c: c ends in runnext,
     * the queue holds b, a */
    cr_assert_str_eq(c.out, "cba\n");
}

static void body_buffered(void)
{
    ch = rt_makechan(&t_int, 2);
    int64_t v = 7, w = 0;
    cr_assert(rt_chansend(ch, &v, false));
    v = 8;
    cr_assert(rt_chansend(ch, &v, false));
    cr_assert(!rt_chansend(ch, &v, false), "a full buffer does not take a non-blocking send");
    cr_assert_eq(*(int64_t *)ch, 2, "len is word 0");
    cr_assert_eq(((int64_t *)ch)[1], 2, "cap is word 1");
    bool ok;
    cr_assert(rt_chanrecv(ch, &w, true, &ok));
    cr_assert(ok && w == 7);
    rt_closechan(ch);
    cr_assert(rt_chanrecv(ch, &w, true, &ok));
    cr_assert(ok && w == 8, "buffered values are received after close");
    cr_assert(rt_chanrecv(ch, &w, true, &ok));
    cr_assert(!ok && w == 0, "then the zero value and !ok");
    out("ok\n");
}

Test(sched, buffered)
{
    Child c;
    run_child(body_buffered, &c);
    cr_assert_eq(c.status, 0, "%s%s", c.out, c.err);
    cr_assert_str_eq(c.out, "ok\n");
}

static void body_send_closed(void)
{
    ch = rt_makechan(&t_int, 1);
    rt_closechan(ch);
    int64_t v = 1;
    rt_chansend(ch, &v, true);
}

static void body_close_closed(void)
{
    ch = rt_makechan(&t_int, 1);
    rt_closechan(ch);
    rt_closechan(ch);
}

static void body_close_nil(void) { rt_closechan(NULL); }

static const char *upto_header(Child *c)
{
    char *g = strstr(c->err, "goroutine 1 [running]:\n");
    if (g)
        g[strlen("goroutine 1 [running]:\n")] = 0;
    return c->err;
}

Test(sched, channel_panics)
{
    Child c;
    run_child(body_send_closed, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(upto_header(&c), "panic: send on closed channel\n\ngoroutine 1 [running]:\n");
    run_child(body_close_closed, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(upto_header(&c), "panic: close of closed channel\n\ngoroutine 1 [running]:\n");
    run_child(body_close_nil, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(upto_header(&c), "panic: close of nil channel\n\ngoroutine 1 [running]:\n");
}

/* ---- deadlock ---- */

static void block_nil(void *arg)
{
    (void)arg;
    int64_t v;
    rt_chanrecv(NULL, &v, true, NULL);
}

static void block_select(void *arg)
{
    (void)arg;
    rt_block();
}

/* Go: go func() { var c chan int; <-c }(); go func() { select {} }(); <-ch
 * (with package os imported: user goroutines from 6) */
static void body_deadlock(void)
{
    ch = rt_makechan(&t_int, 0);
    rt_newproc_c(block_nil, NULL);
    rt_newproc_c(block_select, NULL);
    int64_t v;
    rt_chanrecv(ch, &v, true, NULL);
}

Test(sched, deadlock)
{
    Child c;
    run_child(body_deadlock, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(c.err, "fatal error: all goroutines are asleep - deadlock!\n\n"
                            "goroutine 1 [chan receive]:\n\n"
                            "goroutine 5 [chan receive (nil chan)]:\n\n"
                            "goroutine 6 [select (no cases)]:\n");
}

/* ---- select ---- */

static RtChan *c2;

static void sender2(void *arg)
{
    int64_t v = (int64_t)(intptr_t)arg;
    rt_chansend(c2, &v, true);
}

static void body_select(void)
{
    ch = rt_makechan(&t_int, 0);
    c2 = rt_makechan(&t_int, 0);
    int64_t r1 = 0, r2 = 0, s = 5;
    bool ok;
    RtSelCase cases[3] = {{ch, &s}, {c2, &r1}, {NULL, &r2}};
    /* nothing ready, a default: -1 */
    cr_assert_eq(rt_selectgo(cases, 1, 2, false, &ok), -1);
    /* a sender on c2 waits: the receive case is taken */
    rt_newproc_c(sender2, (void *)(intptr_t)42);
    rt_gosched();
    RtSelCase cases2[3] = {{ch, &s}, {c2, &r1}, {NULL, &r2}};
    cr_assert_eq(rt_selectgo(cases2, 1, 2, true, &ok), 1);
    cr_assert(ok && r1 == 42);
    /* block until a goroutine receives our send */
    rt_newproc_c(waiter, "w");
    RtSelCase cases3[2] = {{ch, &s}, {c2, &r1}};
    cr_assert_eq(rt_selectgo(cases3, 1, 1, true, &ok), 0);
    /* the receiver was readied by our send; it runs when we block */
    rt_gosched();
    /* a closed channel is always ready for a receive */
    rt_closechan(c2);
    RtSelCase cases4[2] = {{NULL, &s}, {c2, &r1}};
    r1 = 9;
    cr_assert_eq(rt_selectgo(cases4, 1, 1, true, &ok), 1);
    cr_assert(!ok && r1 == 0);
    out("\n");
}

Test(sched, select)
{
    Child c;
    run_child(body_select, &c);
    cr_assert_eq(c.status, 0, "%s%s", c.out, c.err);
    cr_assert_str_eq(c.out, "w\n");
}

static int counts[2];

static void select_counter(void)
{
    ch = rt_makechan(&t_int, 1);
    c2 = rt_makechan(&t_int, 1);
    for (int i = 0; i < 2000; i++) {
        int64_t v = 1, r;
        rt_chansend(ch, &v, true);
        rt_chansend(c2, &v, true);
        bool ok;
        RtSelCase cases[2] = {{ch, &r}, {c2, &r}};
        int64_t k = rt_selectgo(cases, 0, 2, true, &ok);
        counts[k]++;
        /* drain the other */
        rt_chanrecv(k ? ch : c2, &r, true, NULL);
    }
    char buf[64];
    snprintf(buf, sizeof buf, "%d %d\n", counts[0] > 800, counts[1] > 800);
    out(buf);
}

Test(sched, select_is_fair)
{
    Child c;
    run_child(select_counter, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "1 1\n", "each of two ready cases taken about half the time");
}

/* ---- semaphores ---- */

static uint32_t sema;

static void sem_waiter(void *arg)
{
    rt_semacquire(&sema, false, RT_WAIT_SEMACQUIRE);
    out(arg);
}

/* FIFO: released one at a time, waiters wake in the order they came */
static void body_sema(void)
{
    rt_newproc_c(sem_waiter, "a");
    rt_newproc_c(sem_waiter, "b");
    rt_newproc_c(sem_waiter, "c");
    rt_gosched();               /* c, a, b block in that order */
    for (int i = 0; i < 3; i++) {
        rt_semrelease(&sema, false);
        rt_gosched();
    }
    out("\n");
}

Test(sched, semaphore_fifo)
{
    Child c;
    run_child(body_sema, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "cab\n");
}

/* ---- timers ---- */

static void sleeper(void *arg)
{
    const char *s = arg;
    rt_sleep((s[0] - '0') * 15000000);   /* far apart: a loaded machine may wake us late */
    out(s);
}

static void body_sleep(void)
{
    rt_newproc_c(sleeper, "3");
    rt_newproc_c(sleeper, "1");
    rt_newproc_c(sleeper, "2");
    rt_sleep(80000000);
    out("\n");
}

Test(sched, sleep_order)
{
    Child c;
    run_child(body_sleep, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "123\n");
}

static void ticker_fire(void *arg, uintptr_t seq)
{
    (void)seq;
    int64_t *n = arg;
    (*n)++;
}

static void body_periodic(void)
{
    static int64_t n;
    RtTimer t = {.index = -1};
    rt_modtimer(&t, rt_nanotime() + 1000000, 1000000, ticker_fire, &n, 0);
    rt_sleep(10500000);
    cr_assert(rt_deltimer(&t));
    cr_assert(!rt_deltimer(&t));
    /* missed periods are skipped, not made up (a loaded machine may
     * skip some) */
    cr_assert(n >= 1 && n <= 11, "fired %lld times", (long long)n);
    out("ok\n");
}

Test(sched, periodic_timer)
{
    Child c;
    run_child(body_periodic, &c);
    cr_assert_eq(c.status, 0, "%s%s", c.out, c.err);
    cr_assert_str_eq(c.out, "ok\n");
}

/* ---- the collector sees parked goroutines' stacks ---- */

static void holder(void *arg)
{
    (void)arg;
    /* the only reference to this object is in this goroutine's frame */
    volatile int64_t *p = rt_alloc(64, &t_ptr);
    p[0] = 12345;
    int64_t v;
    rt_chanrecv(ch, &v, true, NULL);
    /* other goroutines allocated and collected meanwhile */
    out(p[0] == 12345 ? "kept\n" : "lost\n");
    rt_chansend(done, &v, true);
}

static void body_gc_roots(void)
{
    ch = rt_makechan(&t_int, 0);
    done = rt_makechan(&t_int, 0);
    for (int i = 0; i < 50; i++)
        rt_newproc_c(holder, NULL);
    rt_gosched();
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20000; i++) {
            int64_t *q = rt_alloc(64, &t_ptr);
            q[0] = -1;
        }
        rt_gc_collect();
    }
    for (int i = 0; i < 50; i++) {
        int64_t v = 0;
        rt_chansend(ch, &v, true);
    }
    for (int i = 0; i < 50; i++) {
        int64_t v;
        rt_chanrecv(done, &v, true, NULL);
    }
}

Test(sched, parked_stacks_are_roots)
{
    Child c;
    run_child(body_gc_roots, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_null(strstr(c.out, "lost"), "%s", c.out);
    cr_assert_eq(strlen(c.out), 50 * strlen("kept\n"), "%s", c.out);
}

/* ---- many goroutines ---- */

static void parked(void *arg)
{
    (void)arg;
    int64_t v;
    rt_chanrecv(ch, &v, true, NULL);
    rt_chansend(done, &v, true);
}

static void body_many(void)
{
    enum { N = 20000 };
    ch = rt_makechan(&t_int, 0);
    done = rt_makechan(&t_int, N);
    for (int i = 0; i < N; i++)
        rt_newproc_c(parked, NULL);
    rt_gosched();
    char buf[64];
    snprintf(buf, sizeof buf, "%lld\n", (long long)rt_numgoroutine());
    out(buf);
    for (int64_t i = 0; i < N; i++)
        rt_chansend(ch, &i, true);
    for (int i = 0; i < N; i++) {
        int64_t v;
        rt_chanrecv(done, &v, true, NULL);
    }
    rt_gosched();
    snprintf(buf, sizeof buf, "%lld\n", (long long)rt_numgoroutine());
    out(buf);
}

Test(sched, many_goroutines)
{
    Child c;
    run_child(body_many, &c);
    cr_assert_eq(c.status, 0, "%s", c.err);
    cr_assert_str_eq(c.out, "20001\n1\n");
}
