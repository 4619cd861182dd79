/* gc_pacer.c — when a cycle starts, and how much marking each allocation
 * pays for while it runs (go1.19's mgcpacer.go, for one P and no
 * background mark worker).
 *
 * Heap goal.  After a cycle marked M bytes, with S bytes of stack and G
 * bytes of pointerful globals scanned, the next cycle must finish by
 *
 *      goal = M + (M + S + G) * GOGC/100,   at least 4 MB * GOGC/100
 *
 * (Go 1.18 added S and G to the base).  GOGC=off, or SetGCPercent(-1),
 * makes that goal infinite.  Go 1.19's memory limit (GOMEMLIMIT,
 * debug.SetMemoryLimit; MaxInt64 by default) gives a second goal: the
 * limit less the memory that is not heap; the lower goal wins, so with
 * GOGC=off and a limit, cycles start only near the limit.
 *
 * Trigger.  A cycle starts when heap_live reaches the trigger, chosen so
 * that marking, done at the measured speed, ends as the heap reaches the
 * goal: trigger = goal - runway, runway = consMark * 3 * (expected scan
 * work), where consMark is the ratio of allocation speed to marking speed
 * of the last cycle (smoothed by Go's PI controller) and 3 = (1 - 0.25) /
 * 0.25 for a 25% CPU share.  The trigger is kept between 70% and 95% of the
 * way from M to the goal (for a large heap: at most goal - 4 MB).  With no
 * measurement yet (the first cycle), it is at the 95% point: 3.8 MB.
 *
 * Assists.  Go marks mostly with background workers and makes allocating
 * goroutines assist when they run ahead.  With one thread and no
 * background worker, every byte of marking here is an assist: each byte
 * allocated during the cycle owes assist_per_byte bytes of scan work,
 *
 *      assist_per_byte = (expected work - work done) / (goal - heap_live)
 *
 * revised as the cycle goes, so that the grey objects run out by the goal.
 * Work beyond the expectation extrapolates to a hard goal 10% above the
 * goal, as Go does.  The debt is paid in chunks of at least 64 KB of
 * scanning (gcOverAssistWork) to keep the per-allocation cost amortised.
 *
 * Sweep pacing.  After mark termination the spans in use must all be swept
 * before the heap reaches the next trigger: each span the allocator takes
 * sweeps pages in proportion (pages in use / (trigger - heap_live)) to the
 * bytes allocated since (gc_sweep.c).
 */
#include <math.h>

#include "runtime/gc.h"

enum {
    TRIGGER_DEN = 64,
    MIN_TRIGGER_NUM = 45,           /* ~0.7 */
    MAX_TRIGGER_NUM = 61,           /* ~0.95 */
    MIN_RUNWAY = 64 << 10,
    SWEEP_MIN_HEAP_DISTANCE = 1 << 20,
};
static const double goal_utilization = 0.25;

/* Go's piController for consMark: kp 0.9, ti 4.0, tt 1000, +-1000. */
static struct {
    double err_integral;
} pi;

static bool pi_next(double input, double setpoint, double *out)
{
    const double kp = 0.9, ti = 4.0, tt = 1000, lo = -1000, hi = 1000, period = 1.0;
    double prop = kp * (setpoint - input);
    double raw = prop + pi.err_integral;
    double output = raw;
    if (isinf(output) || isnan(output))
        return false;
    if (output < lo)
        output = lo;
    else if (output > hi)
        output = hi;
    pi.err_integral += (kp * period / ti) * (setpoint - input) + (period / tt) * (output - raw);
    if (isinf(pi.err_integral) || isnan(pi.err_integral)) {
        pi.err_integral = 0;
        return false;
    }
    *out = output;
    return true;
}

static uint64_t sweep_dist_min_trigger;

/* Go's memoryLimitHeapGoal: the limit, less what is mapped but neither
 * heap objects nor free heap, less 1 MB of headroom; never below the
 * live heap.  With the default limit (MaxInt64) it is far above any
 * GOGC goal, and it is what NextGC shows with GOGC=off. */
static uint64_t memory_limit_goal(void)
{
    const RtMemStats *m = &rt_memstats;
    uint64_t limit = (uint64_t)rt_gc.memory_limit;
    uint64_t mapped = gc_sys_bytes() - m->heap_released;
    uint64_t heap_free = m->heap_sys - m->heap_inuse - m->heap_released;
    uint64_t nonheap = mapped - heap_free - m->heap_alloc;
    uint64_t overage = mapped > limit ? mapped - limit : 0;
    if (nonheap + overage >= limit)
        return rt_gc.heap_marked;
    uint64_t goal = limit - (nonheap + overage);
    const uint64_t headroom = 1 << 20;
    if (goal < headroom || goal - headroom < headroom)
        goal = headroom;
    else
        goal -= headroom;
    return goal < rt_gc.heap_marked ? rt_gc.heap_marked : goal;
}

/* Go's heapGoalInternal: the GOGC goal or the memory limit's, whichever
 * is lower; the GOGC one pushed up to leave the sweeper room and to give
 * a cycle in progress a minimum runway. */
static uint64_t heap_goal(uint64_t *min_trigger)
{
    uint64_t goal = rt_gc.goal;
    if (min_trigger)
        *min_trigger = 0;
    uint64_t mgoal = memory_limit_goal();
    if (mgoal < goal)
        return mgoal;
    if (sweep_dist_min_trigger > goal)
        goal = sweep_dist_min_trigger;
    if (min_trigger)
        *min_trigger = sweep_dist_min_trigger;
    if (rt_gc.phase == GC_MARK && rt_gc.triggered != UINT64_MAX &&
        goal < rt_gc.triggered + MIN_RUNWAY)
        goal = rt_gc.triggered + MIN_RUNWAY;
    return goal;
}

uint64_t gc_heap_goal(void) { return heap_goal(NULL); }

static uint64_t compute_trigger(void)
{
    uint64_t min_trigger;
    uint64_t goal = heap_goal(&min_trigger);
    uint64_t marked = rt_gc.heap_marked;
    if (goal == UINT64_MAX)
        return UINT64_MAX;
    if (marked >= goal)
        return goal;
    if (min_trigger < marked)
        min_trigger = marked;
    uint64_t lower = (goal - marked) / TRIGGER_DEN * MIN_TRIGGER_NUM + marked;
    if (min_trigger < lower)
        min_trigger = lower;
    uint64_t max_trigger = (goal - marked) / TRIGGER_DEN * MAX_TRIGGER_NUM + marked;
    if (goal > GC_HEAP_MINIMUM && goal - GC_HEAP_MINIMUM > max_trigger)
        max_trigger = goal - GC_HEAP_MINIMUM;
    if (max_trigger < min_trigger)
        max_trigger = min_trigger;
    uint64_t trigger = rt_gc.runway > goal ? min_trigger : goal - rt_gc.runway;
    if (trigger < min_trigger)
        trigger = min_trigger;
    if (trigger > max_trigger)
        trigger = max_trigger;
    return trigger;
}

void gc_set_alloc_slow_at(void)
{
    if (!rt_gc.enabled)
        rt_gc.alloc_slow_at = UINT64_MAX;
    else if (rt_gc.phase == GC_MARK || (rt_gc.stress && rt_gc.gcpercent >= 0))
        rt_gc.alloc_slow_at = 0;
    else
        rt_gc.alloc_slow_at = rt_gc.trigger;
}

/* Go's gcControllerState.commit, then trigger(). */
void gc_pacer_commit(void)
{
    sweep_dist_min_trigger = rt_gc.sweep_done ? 0 : rt_gc.heap_live + SWEEP_MIN_HEAP_DISTANCE;
    uint64_t goal = UINT64_MAX;
    if (rt_gc.gcpercent >= 0) {
        uint64_t m = rt_gc.heap_marked;
        goal = m + (m + rt_gc.last_stack_scan + rt_gc.globals_scan) * (uint64_t)rt_gc.gcpercent / 100;
        if (goal < rt_gc.heap_minimum)
            goal = rt_gc.heap_minimum;
    }
    rt_gc.goal = goal;
    double work = (double)(rt_gc.heap_scan + rt_gc.last_stack_scan + rt_gc.globals_scan);
    double runway = rt_gc.cons_mark * (1 - goal_utilization) / goal_utilization * work;
    rt_gc.runway = runway <= 0 ? 0 : runway >= 1.8e19 ? UINT64_MAX : (uint64_t)runway;
    rt_gc.trigger = compute_trigger();
    gc_set_alloc_slow_at();
}

/* The memory limit's goal moves with the memory mapped: with a limit set,
 * the allocator recomputes the trigger as it takes spans (Go computes it
 * at every trigger test). */
void gc_pacer_retrigger(void)
{
    if (rt_gc.memory_limit == INT64_MAX || rt_gc.phase != GC_OFF)
        return;
    rt_gc.trigger = compute_trigger();
    gc_set_alloc_slow_at();
}

void gc_pacer_start_cycle(void)
{
    rt_gc.triggered = rt_gc.trigger == UINT64_MAX ? rt_gc.heap_live : rt_gc.trigger;
    rt_gc.scan_expected = rt_gc.heap_scan + rt_gc.last_stack_scan + rt_gc.globals_scan;
    rt_gc.assist_debt = 0;
    gc_pacer_revise();
}

/* Go's revise: scan work per byte allocated so that marking ends by the
 * goal. */
void gc_pacer_revise(void)
{
    int64_t goal = (int64_t)(heap_goal(NULL) == UINT64_MAX ? rt_gc.heap_live * 2 + GC_HEAP_MINIMUM
                                                            : heap_goal(NULL));
    int64_t expected = (int64_t)rt_gc.scan_expected;
    int64_t work = (int64_t)rt_gc.scan_work;
    if (work > expected) {
        /* More work than last cycle's: aim at the hard goal, 10% up. */
        int64_t hard = (int64_t)((double)goal * 1.1);
        if (hard > goal)
            goal = hard;
        expected = (int64_t)(rt_gc.heap_scan + rt_gc.last_stack_scan + rt_gc.globals_scan);
        if (expected < work)
            expected = work;
    }
    int64_t remaining_work = expected - work;
    if (remaining_work < 1000)
        remaining_work = 1000;
    int64_t remaining_heap = goal - (int64_t)rt_gc.heap_live;
    if (remaining_heap <= 0)
        remaining_heap = 1;
    rt_gc.assist_per_byte = (double)remaining_work / (double)remaining_heap;
}

/* Go's endCycle: measure this cycle's cons/mark ratio.  With one thread
 * and every byte of marking done by assists, the GC's share of the time
 * during marking is (assist + drain time) / mark duration. */
void gc_pacer_end_cycle(void)
{
    int64_t dur = rt_gc.t_markterm - rt_gc.t_mark;
    double util = goal_utilization;
    if (dur > 0)
        util = (double)(rt_gc.assist_ns + rt_gc.idle_ns) / (double)dur;
    if (rt_gc.kind == GC_TRIGGER_USER || rt_gc.kind == GC_TRIGGER_STRESS)
        return;     /* a forced cycle says nothing about the mutator's pace */
    if (rt_gc.heap_live <= rt_gc.triggered || util <= 0 || util >= 1 || rt_gc.scan_work == 0)
        return;
    double cur = ((double)(rt_gc.heap_live - rt_gc.triggered) * util) /
                 ((double)rt_gc.scan_work * (1 - util));
    double next;
    if (!pi_next(rt_gc.cons_mark, cur, &next))
        next = 0;
    rt_gc.cons_mark = next;
}
