/* test_gc.c — the garbage collector (runtime/gc.c and friends), driven
 * from C: memory is reused, reachable objects survive many cycles, the
 * write barrier keeps the invariant while marking is incremental (and the
 * verifier notices when a store skips it), pacing and the knobs behave as
 * go1.19's, the gctrace line has go1.19's format, MemStats is laid out as
 * Go's.
 *
 * Criterion runs each test in its own process, so each starts with a
 * fresh heap; gc_setup sets GOGC and GODEBUG and starts the collector as
 * rt_start would.  The collector scans this thread's stack conservatively:
 * structures are built and dropped inside noinline helpers, and
 * clobber_stack wipes the dead stack below before a collection, so that
 * no stale word keeps garbage alive.  Roots that the tests keep live are
 * in static arrays registered with rt_gc_add_root.  Where a test needs
 * exact roots (a C compiler, ASan's especially, may leave copies of
 * pointers anywhere in its frames) and allocates nothing that only the
 * stack holds, it turns the stack scan off (rt_gc.no_stack).
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <regex.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/gc.h"

/* ---- types, as codegen would describe them ---- */

typedef struct Node {
    struct Node *next;
    int64_t val;
    struct Node *other;
} Node;

static const uint8_t node_mask[8] = {0x05};     /* words 0 and 2 */
static const RtType t_node = {sizeof(Node), 24, RT_STRUCT, 0, "main.Node", NULL, NULL, 0, node_mask, .methods = NULL};
static const uint8_t ptr_mask[8] = {0x01};
static const RtType t_ptr = {8, 8, RT_PTR, 0, "*main.Node", &t_node, NULL, 0, ptr_mask, .methods = NULL};

static void gc_setup(const char *gogc, const char *godebug)
{
    if (gogc)
        setenv("GOGC", gogc, 1);
    else
        unsetenv("GOGC");
    if (godebug)
        setenv("GODEBUG", godebug, 1);
    else
        unsetenv("GODEBUG");
    unsetenv("MINIGO_GCSTRESS");
    unsetenv("GOMEMLIMIT");
    rt_gc_init();
}

__attribute__((noinline)) static void clobber_stack(void)
{
    volatile char buf[256 << 10];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

static void collect(void)
{
    clobber_stack();
    rt_gc_collect();
}

static RtGoMemStats ms;

static RtGoMemStats *stats(void)
{
    rt_gc_read_memstats(&ms);
    return &ms;
}

static Node *new_node(int64_t val)
{
    Node *n = rt_alloc(sizeof(Node), &t_node);
    n->val = val;
    return n;
}

/* A list of n nodes (vals base..base+n-1, head first), built and summed
 * here; returns the sum.  Nothing of it survives the return. */
__attribute__((noinline)) static int64_t build_and_drop(int n, int64_t base)
{
    Node *head = NULL;
    for (int i = n - 1; i >= 0; i--) {
        Node *x = new_node(base + i);
        x->next = head;
        head = x;
    }
    int64_t sum = 0;
    for (Node *p = head; p; p = p->next)
        sum += p->val;
    return sum;
}

/* Allocates about `bytes` of short-lived garbage. */
__attribute__((noinline)) static void churn(uint64_t bytes)
{
    for (uint64_t done = 0; done < bytes; done += 32)
        new_node((int64_t)done)->next = NULL;
}

/* ---- memory is reused ---- */

Test(gc, dropped_structure_is_freed_and_reused)
{
    gc_setup("100", NULL);
    rt_gc_setpercent(-1);
    rt_gc.no_stack = true;      /* exact roots: no stale C stack words (ASan's frames) */
    cr_assert_eq(build_and_drop(400000, 0), (int64_t)400000 * 399999 / 2);
    uint64_t before = stats()->HeapAlloc;
    cr_assert_geq(before, 400000 * 24);
    collect();
    RtGoMemStats *m = stats();
    cr_assert_lt(m->HeapAlloc, before / 20, "HeapAlloc %lu -> %lu", (unsigned long)before,
                 (unsigned long)m->HeapAlloc);
    cr_assert_geq(m->Frees, 399000);
    cr_assert_eq(m->HeapObjects, m->Mallocs - m->Frees);
    cr_assert_eq(m->NumGC, 1);
    cr_assert_eq(m->NumForcedGC, 1);
    uint64_t sys = m->HeapSys;

    /* The same again fits in the memory freed: the heap does not grow. */
    for (int round = 0; round < 3; round++) {
        build_and_drop(400000, round);
        collect();
    }
    cr_assert_eq(stats()->HeapSys, sys, "HeapSys grew from %lu to %lu", (unsigned long)sys,
                 (unsigned long)ms.HeapSys);
}

Test(gc, large_objects_are_freed)
{
    gc_setup("off", NULL);
    for (int i = 0; i < 10; i++)
        rt_alloc(3 << 20, NULL);
    uint64_t inuse = stats()->HeapInuse;
    cr_assert_geq(inuse, (uint64_t)30 << 20);
    collect();
    cr_assert_lt(stats()->HeapInuse, (uint64_t)1 << 20);
    uint64_t sys = ms.HeapSys;
    for (int i = 0; i < 10; i++)
        rt_alloc(3 << 20, NULL);
    cr_assert_eq(stats()->HeapSys, sys, "freed pages are reused");
}

Test(gc, unreachable_does_not_survive_two_cycles)
{
    gc_setup("off", NULL);
    build_and_drop(1000, 0);
    uint64_t objects = stats()->HeapObjects;
    cr_assert_geq(objects, 1000);
    collect();
    collect();
    cr_assert_lt(stats()->HeapObjects, 10);
}

/* ---- reachable objects survive ---- */

enum { NLISTS = 64, PERLIST = 500 };
static Node *lists[NLISTS];

static void build_lists(void)
{
    rt_gc_add_root(lists, sizeof lists);
    for (int l = 0; l < NLISTS; l++) {
        Node *head = NULL;
        for (int k = PERLIST - 1; k >= 0; k--) {
            Node *x = new_node(l * PERLIST + k);
            gc_write_ptr((void **)&x->next, head);
            head = x;
        }
        lists[l] = head;
    }
    /* cross links */
    for (int l = 0; l < NLISTS; l++)
        gc_write_ptr((void **)&lists[l]->other, lists[(l * 7 + 3) % NLISTS]->next);
}

/* Every value 0..NLISTS*PERLIST-1 appears exactly once. */
static void check_lists(void)
{
    static bool seen[NLISTS * PERLIST];
    memset(seen, 0, sizeof seen);
    int count = 0;
    for (int l = 0; l < NLISTS; l++)
        for (Node *p = lists[l]; p; p = p->next) {
            cr_assert(p->val >= 0 && p->val < NLISTS * PERLIST, "corrupt value %ld",
                      (long)p->val);
            cr_assert(!seen[p->val], "value %ld twice", (long)p->val);
            seen[p->val] = true;
            count++;
        }
    cr_assert_eq(count, NLISTS * PERLIST);
}

/* Move the second node of list a to the front of list b, through the
 * barrier (during marking this deletes and inserts edges). */
static void move_node(int a, int b)
{
    Node *x = lists[a] ? lists[a]->next : NULL;
    if (!x)
        return;
    gc_write_ptr((void **)&lists[a]->next, x->next);
    gc_write_ptr((void **)&x->next, lists[b]);
    lists[b] = x;   /* a root: scanned when a cycle starts, no barrier */
}

Test(gc, reachable_objects_survive_many_incremental_cycles)
{
    gc_setup("10", "gccheckmark=1");    /* small goal: many cycles; verify each */
    build_lists();
    for (int i = 0; i < 3000; i++) {
        churn(8192);
        move_node(i % NLISTS, (i * 13 + 5) % NLISTS);
    }
    check_lists();
    /* the goal is at least 1 MB past the live heap (go1.19's sweep distance) */
    cr_assert_geq(stats()->NumGC, 10, "only %u cycles", ms.NumGC);
    collect();
    collect();
    check_lists();
    cr_assert_lt(stats()->HeapAlloc, (uint64_t)(NLISTS * PERLIST) * 24 * 2);
}

static char *inner[2];

__attribute__((noinline)) static void make_inner(void)
{
    Node *n = new_node(42);
    inner[0] = (char *)n + 8;           /* points at n->val */
    int64_t *arr = rt_alloc(100000 * 8, NULL);
    arr[99999] = 7;
    inner[1] = (char *)&arr[99999];     /* the last word of a large object */
}

Test(gc, interior_pointers_keep_objects)
{
    gc_setup("off", NULL);
    rt_gc_add_root(inner, sizeof inner);
    make_inner();
    collect();
    collect();
    churn(1 << 20);
    cr_assert_eq(*(int64_t *)inner[0], 42);
    cr_assert_eq(*(int64_t *)inner[1], 7);
}

Test(gc, large_pointer_array_scanned_in_oblets)
{
    gc_setup("off", "gccheckmark=1");
    static Node **arr;
    rt_gc_add_root(&arr, sizeof arr);
    enum { N = 1 << 20 };               /* 8 MB of pointers: 64 oblets */
    arr = rt_alloc((uint64_t)N * 8, &t_ptr);
    for (int i = 0; i < N; i += 4096)
        arr[i] = new_node(i);
    arr[N - 1] = new_node(-1);
    collect();
    churn(8 << 20);
    collect();
    for (int i = 0; i < N; i += 4096)
        cr_assert_eq(arr[i]->val, i);
    cr_assert_eq(arr[N - 1]->val, -1);
}

/* ---- the barrier during incremental marking ---- */

/* Starts a cycle the test drives by hand: allocation only colours black. */
static void start_manual_cycle(void)
{
    rt_gc.manual = true;
    clobber_stack();
    gc_start(GC_TRIGGER_HEAP);
    cr_assert_eq(rt_gc.phase, GC_MARK);
    cr_assert_eq(rt_gc_wbenabled, 1);
}

static void finish_manual_cycle(void)
{
    while (!gc_queue_empty()) {
        gc_drain(1024);
        gc_verify_heap("test");
    }
    gc_mark_termination();
    cr_assert_eq(rt_gc_wbenabled, 0);
    gc_finish_sweep();
    rt_gc.manual = false;
}

Test(gc, barrier_keeps_invariant_while_mutating)
{
    gc_setup("off", "gccheckmark=1");
    build_lists();
    for (int cycle = 0; cycle < 5; cycle++) {
        start_manual_cycle();
        for (int step = 0; step < 400; step++) {
            gc_drain(256);
            gc_verify_heap("test");
            move_node(step % NLISTS, (step * 11 + cycle) % NLISTS);
            /* a new (black) node linked into an old list, replacing one */
            Node *n = new_node(-1);
            int l = (step * 5) % NLISTS;
            Node *old = lists[l]->next;
            if (old) {
                n->val = old->val;
                gc_write_ptr((void **)&n->next, old->next);
                gc_write_ptr((void **)&n->other, old->other);
                gc_write_ptr((void **)&lists[l]->next, n);
            }
            churn(512);
            gc_verify_heap("test");
        }
        finish_manual_cycle();
        check_lists();
    }
    collect();
    churn(4 << 20);
    check_lists();
}

/* A pointer loaded into the stack, then deleted from the heap during
 * marking: the deletion half of the barrier keeps it alive.  The third
 * node of list 0 is reachable only through its list (the cross links
 * point at second nodes), and list 0 is the last on the queue. */
__attribute__((noinline)) static Node *detach(void)
{
    Node *x = lists[0]->next->next;
    gc_write_ptr((void **)&lists[0]->next->next, x->next);
    return x;
}

Test(gc, barrier_keeps_object_held_only_by_stack)
{
    gc_setup("off", "gccheckmark=1");
    build_lists();
    start_manual_cycle();
    gc_drain(64);       /* list 0 still white */
    cr_assert(gc_is_white(rt_span_of(lists[0]->next->next), gc_slot_of(rt_span_of(lists[0]->next->next), (uintptr_t)lists[0]->next->next)));
    Node *volatile held = detach();
    int64_t val = held->val;
    gc_write_ptr((void **)&held->next, NULL);
    finish_manual_cycle();
    churn(8 << 20);     /* reuses whatever was freed */
    cr_assert_eq(held->val, val, "an object only the stack held was freed");
    gc_write_ptr((void **)&held->next, lists[0]->next->next);
    gc_write_ptr((void **)&lists[0]->next->next, held);
    check_lists();
}

/* The verifier catches a store that skips the barrier. */
static Node *roots2[2];

__attribute__((noinline)) static void make_a_w(void)
{
    Node *a = new_node(1);
    a->next = new_node(2);                      /* w: reachable through a only */
    roots2[0] = a;
}

static void black_to_white(bool barrier)
{
    gc_setup("off", "gccheckmark=1");
    rt_gc.no_stack = true;      /* w must be white: no stale stack word may grey it */
    rt_gc_add_root(roots2, sizeof roots2);
    make_a_w();
    start_manual_cycle();                       /* a grey, w white */
    Node *b = new_node(3);                      /* allocated while marking: black */
    roots2[1] = b;
    Node *w = roots2[0]->next;
    if (barrier) {
        gc_write_ptr((void **)&b->next, w);
        gc_write_ptr((void **)&roots2[0]->next, NULL);
    } else {
        b->next = w;
        roots2[0]->next = NULL;
    }
    w = NULL;
    gc_verify_heap("test");
    finish_manual_cycle();
    churn(1 << 20);
    cr_assert_eq(roots2[1]->next->val, 2);
}

Test(gc, verifier_passes_with_barrier)
{
    black_to_white(true);
}

Test(gc, verifier_catches_missing_barrier, .exit_code = 2)
{
    cr_redirect_stderr();
    black_to_white(false);
}

Test(gc, growslice_copies_through_barrier)
{
    gc_setup("off", "gccheckmark=1");
    static RtSlice s;
    rt_gc_add_root(&s, sizeof s);
    start_manual_cycle();
    for (int i = 0; i < 3000; i++) {
        if (s.len == s.cap)
            rt_growslice(&s, &t_ptr, s.len + 1);
        Node *n = new_node(i);
        gc_write_ptr(&((void **)s.ptr)[s.len], n);
        s.len++;
        gc_drain(128);
        if (i % 100 == 0)
            gc_verify_heap("test");
    }
    finish_manual_cycle();
    collect();
    churn(2 << 20);
    for (int i = 0; i < 3000; i++)
        cr_assert_eq(((Node **)s.ptr)[i]->val, i);
}

Test(gc, stress_mode_every_allocation_is_a_step)
{
    gc_setup("100", "gcstress=1");
    cr_assert(rt_gc.verify);
    build_lists();
    for (int i = 0; i < 300; i++) {
        churn(256);
        move_node(i % NLISTS, (i * 3 + 1) % NLISTS);
    }
    check_lists();
    cr_assert_geq(stats()->NumGC, 3);
}

/* ---- pacing ---- */

static uint64_t expected_goal(int pct)
{
    uint64_t m = rt_gc.heap_marked;
    uint64_t goal = m + (m + rt_gc.last_stack_scan + rt_gc.globals_scan) * (uint64_t)pct / 100;
    uint64_t min = GC_HEAP_MINIMUM * (uint64_t)pct / 100;
    return goal > min ? goal : min;
}

static Node *big;

__attribute__((noinline)) static void build_big(void)
{
    rt_gc_add_root(&big, sizeof big);
    for (int i = 0; i < 400000; i++) {  /* ~10 MB live */
        Node *n = new_node(i);
        n->next = big;
        big = n;
    }
}

static void check_pacing(int pct)
{
    build_lists();
    build_big();
    collect();
    RtGoMemStats *m = stats();
    cr_assert_eq(m->NextGC, expected_goal(pct));
    double ratio = (double)m->NextGC / (double)rt_gc.heap_marked;
    cr_assert(ratio > 1 + pct / 100.0 - 0.01 && ratio < 1 + pct / 100.0 + 0.05, "ratio %f",
              ratio);
    /* the trigger sits between 70% and 95% of the way to the goal */
    uint64_t run = m->NextGC - rt_gc.heap_marked;
    cr_assert_geq(rt_gc.trigger, rt_gc.heap_marked + run / 64 * 45);
    cr_assert_leq(rt_gc.trigger, rt_gc.heap_marked + run / 64 * 61);
    /* and the next cycle starts there */
    uint64_t trigger = rt_gc.trigger;
    uint32_t n0 = rt_gc.cycle;
    while (rt_gc.phase == GC_OFF && rt_gc.cycle == n0)
        new_node(0);
    cr_assert_geq(rt_gc.heap0, trigger);
    cr_assert_lt(rt_gc.heap0, trigger + 64);
    big = NULL;
    collect();
    cr_assert_eq(stats()->NextGC, GC_HEAP_MINIMUM * (uint64_t)pct / 100,
                 "a small heap's goal is the minimum");
}

Test(gc, pacing_gogc_100)
{
    gc_setup(NULL, NULL);
    cr_assert_eq(rt_gc.gcpercent, 100);
    cr_assert_eq(stats()->NextGC, 4 << 20, "the first goal is 4 MB");
    check_pacing(100);
}

Test(gc, pacing_gogc_50)
{
    gc_setup("50", NULL);
    check_pacing(50);
}

Test(gc, pacing_gogc_200)
{
    gc_setup("200", NULL);
    check_pacing(200);
}

Test(gc, first_cycle_near_4mb)
{
    gc_setup("100", NULL);
    while (rt_gc.cycle == 0)
        new_node(0);
    /* go1.19: the first goal is the 4 MB minimum, the first trigger 61/64
     * of it */
    cr_assert_eq(rt_gc.last_goal, 4 << 20);
    cr_assert_geq(rt_gc.heap0, (4 << 20) / 64 * 61);
    cr_assert_lt(rt_gc.heap0, (4 << 20) / 64 * 61 + 64);
}

/* ---- knobs ---- */

Test(gc, setgcpercent_off_and_on)
{
    gc_setup("100", NULL);
    cr_assert_eq(rt_gc_setpercent(-1), 100);
    uint32_t n0 = stats()->NumGC;
    churn(64 << 20);
    cr_assert_eq(stats()->NumGC, n0, "no cycle with GC off");
    cr_assert_gt(ms.NextGC, (uint64_t)1 << 62);
    cr_assert_eq(rt_gc_setpercent(-5), -1, "any negative value is -1");
    cr_assert_eq(rt_gc_setpercent(100), -1);
    churn(32 << 20);
    cr_assert_gt(stats()->NumGC, n0);
    rt_gc_collect();    /* runtime.GC works with GC off too */
}

Test(gc, gogc_off_from_environment)
{
    gc_setup("off", NULL);
    churn(32 << 20);
    cr_assert_eq(stats()->NumGC, 0);
    cr_assert_eq(rt_gc_setpercent(100), -1);
    collect();
    cr_assert_eq(stats()->NumGC, 1);
}

Test(gc, setgcpercent_off_finishes_a_cycle)
{
    gc_setup("100", NULL);
    build_lists();
    start_manual_cycle();
    rt_gc.manual = false;
    cr_assert_eq(rt_gc_setpercent(-1), 100);
    cr_assert_eq(rt_gc.phase, GC_OFF, "returns with no cycle running");
    check_lists();
}

Test(gc, memory_limit_with_gogc_off)
{
    setenv("GOGC", "off", 1);
    setenv("GOMEMLIMIT", "48MiB", 1);
    unsetenv("GODEBUG");
    rt_gc_init();
    cr_assert_eq(rt_gc.memory_limit, 48 << 20);
    churn(256 << 20);
    RtGoMemStats *m = stats();
    cr_assert_gt(m->NumGC, 0, "the limit starts cycles even with GOGC=off");
    cr_assert_lt(m->HeapSys, (uint64_t)48 << 20);
    cr_assert_lt(m->NextGC, (uint64_t)48 << 20);
    cr_assert_eq(rt_gc_setmemorylimit(-1), 48 << 20, "a negative limit only reads it");
    cr_assert_eq(rt_gc_setmemorylimit(INT64_MAX), 48 << 20);
    cr_assert_gt(stats()->NextGC, (uint64_t)1 << 62);
}

Test(gc, free_os_memory_releases_free_pages)
{
    gc_setup("off", NULL);
    rt_gc.no_stack = true;
    build_and_drop(400000, 0);
    rt_gc_free_os_memory();
    RtGoMemStats *m = stats();
    cr_assert_geq(m->HeapReleased, (uint64_t)8 << 20);
    cr_assert_leq(m->HeapReleased, m->HeapIdle);
    uint64_t rel = m->HeapReleased, sys = m->HeapSys;
    build_and_drop(400000, 0);
    cr_assert_lt(stats()->HeapReleased, rel, "released pages are reused first");
    cr_assert_eq(ms.HeapSys, sys);
}

/* ---- gctrace ---- */

static char *capture_trace(void (*work)(void))
{
    char path[] = "/tmp/minigo-gctrace-XXXXXX";
    int fd = mkstemp(path);
    cr_assert_geq(fd, 0);
    unlink(path);
    int saved = dup(2);
    dup2(fd, 2);
    work();
    dup2(saved, 2);
    close(saved);
    off_t n = lseek(fd, 0, SEEK_END);
    char *buf = calloc(1, (size_t)n + 1);
    pread(fd, buf, (size_t)n, 0);
    close(fd);
    return buf;
}

static void trace_work(void)
{
    churn(24 << 20);
    collect();
}

Test(gc, gctrace_line_format)
{
    gc_setup("100", "gctrace=1");
    char *out = capture_trace(trace_work);
    regex_t re;
    const char *pat =
        "^gc ([0-9]+) @[0-9]+\\.[0-9]{3}s [0-9]+%: "
        "[0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
        "[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, "
        "[0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, 1 P"
        "( \\(forced\\))?$";
    cr_assert_eq(regcomp(&re, pat, REG_EXTENDED), 0);
    int n = 0;
    char *save = NULL;
    char *last = NULL;
    for (char *line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        regmatch_t mt[2];
        cr_assert_eq(regexec(&re, line, 2, mt, 0), 0, "bad gctrace line: %s", line);
        n++;
        cr_assert_eq(atoi(line + mt[1].rm_so), n, "cycles are numbered from 1: %s", line);
        last = line;
    }
    cr_assert_geq(n, 3);
    cr_assert(strstr(last, " (forced)"), "runtime.GC's cycle is (forced): %s", last);
    cr_assert(strstr(out, "4 MB goal"), "the first goal is 4 MB");
    regfree(&re);
}

static void two_minutes_work(void)
{
    churn(1 << 20);
    cr_assert_eq(rt_gc.cycle, 0, "Go forces a cycle only after a first one");
    rt_gc_clock_offset += (int64_t)121 * 1000000000;
    churn(1 << 20);
    cr_assert_eq(rt_gc.cycle, 0);
    collect();
    cr_assert_eq(rt_gc.cycle, 1);
    rt_gc_clock_offset += (int64_t)121 * 1000000000;
    churn(64 << 10);    /* a span refill notices the clock */
    cr_assert(rt_gc.phase == GC_MARK || rt_gc.cycle == 2);
    rt_gc_collect();    /* finishes the forced cycle, runs one */
}

Test(gc, forced_cycle_after_two_minutes)
{
    gc_setup("100", "gctrace=1");
    char *out = capture_trace(two_minutes_work);
    cr_assert_eq(stats()->NumGC, 3);
    cr_assert_eq(ms.NumForcedGC, 2, "time-forced cycles are not NumForcedGC");
    char *forced = strstr(out, "GC forced\ngc 2 @");
    cr_assert(forced, "go1.19 prints \"GC forced\" before the cycle: %s", out);
    cr_assert(!strstr(forced + 10, "GC forced"));
}

/* go1.19's fmtNSAsMS, as the clock fields print */
Test(gc, gctrace_time_fields_round_as_go)
{
    gc_setup("100", "gctrace=1");
    rt_gc.cycle = 6;
    rt_gc.init_ns = 0;
    rt_gc.t_sweepterm = 1234567890;     /* @1.234s */
    rt_gc.t_mark = rt_gc.t_sweepterm + 18000;           /* 0.018 */
    rt_gc.t_markterm = rt_gc.t_mark + 12345678;         /* 12 (whole ms from 10 ms) */
    rt_gc.t_end = rt_gc.t_markterm + 1500000;           /* 1.5 */
    rt_gc.assist_ns = 123456;                           /* 0.12 */
    rt_gc.idle_ns = 2345678;                            /* 2.3 */
    rt_gc.cpu_fraction = 0.257;
    rt_gc.heap0 = 5 << 20;
    rt_gc.heap1 = (6 << 20) + 5;
    rt_gc.heap_marked = 3 << 20;
    rt_gc.last_goal = 7 << 20;
    rt_gc.kind = GC_TRIGGER_HEAP;
    char *out = capture_trace(gc_print_trace);
    cr_assert_str_eq(out, "gc 6 @1.234s 25%: 0.018+12+1.5 ms clock, 0.018+0.12/0/2.3+1.5 ms cpu, "
                          "5->6->3 MB, 7 MB goal, 0 MB stacks, 0 MB globals, 1 P\n");
}

/* ---- MemStats is go1.19's runtime.MemStats ---- */

Test(gc, memstats_layout_is_go119)
{
    /* unsafe.Sizeof / Offsetof printed by go1.19 */
    cr_assert_eq(sizeof(RtGoMemStats), 5776);
    cr_assert_eq(offsetof(RtGoMemStats, PauseNs), 192);
    cr_assert_eq(offsetof(RtGoMemStats, NumGC), 4288);
    cr_assert_eq(offsetof(RtGoMemStats, NumForcedGC), 4292);
    cr_assert_eq(offsetof(RtGoMemStats, GCCPUFraction), 4296);
    cr_assert_eq(offsetof(RtGoMemStats, EnableGC), 4304);
    cr_assert_eq(offsetof(RtGoMemStats, BySize), 4312);
    cr_assert_eq(sizeof ms.BySize[0], 24);
}

Test(gc, memstats_fields)
{
    gc_setup("100", NULL);
    churn(16 << 20);
    collect();
    RtGoMemStats *m = stats();
    cr_assert_eq(m->Alloc, m->HeapAlloc);
    cr_assert_geq(m->TotalAlloc, 12 << 20);
    cr_assert_geq(m->Sys, m->HeapSys);
    cr_assert_eq(m->HeapIdle + m->HeapInuse, m->HeapSys);
    cr_assert_geq(m->HeapInuse, m->HeapAlloc);
    cr_assert_eq(m->HeapObjects, m->Mallocs - m->Frees);
    cr_assert_geq(m->NumGC, 2);
    cr_assert_eq(m->NumForcedGC, 1);
    cr_assert_gt(m->LastGC, (uint64_t)1600000000 * 1000000000);
    cr_assert_gt(m->PauseTotalNs, 0);
    uint64_t sum = 0;
    for (uint32_t i = 0; i < m->NumGC && i < 256; i++) {
        cr_assert_gt(m->PauseNs[i], 0);
        sum += m->PauseNs[i];
    }
    cr_assert_eq(sum, m->PauseTotalNs);
    cr_assert_eq(m->PauseEnd[(m->NumGC - 1) % 256], m->LastGC);
    cr_assert(m->GCCPUFraction > 0 && m->GCCPUFraction < 1);
    cr_assert(m->EnableGC);
    cr_assert_eq(m->BySize[1].Size, 8);
    cr_assert_eq(m->BySize[60].Size, 18432);
    cr_assert_geq(m->BySize[rt_size_to_class(sizeof(Node))].Mallocs, (16 << 20) / 32);
}
