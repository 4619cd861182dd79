/* gc_stats.c — what a Go program sees of the collector: the gctrace line,
 * runtime.ReadMemStats, and the Go-ABI bodies of runtime.GC,
 * runtime.ReadMemStats, runtime.KeepAlive, runtime.NumGoroutine and
 * runtime/debug.SetGCPercent (rt.h section 4).
 *
 * The gctrace line is go1.19's (mgc.go, gcMarkTermination):
 *
 *   gc N @T s U%: A+B+C ms clock, D+E/F/G+H ms cpu, X->Y->Z MB, GOAL MB goal,
 *      S MB stacks, GL MB globals, 1 P[ (forced)]
 *
 *   N      cycles completed, this one included
 *   T      seconds since the runtime started, when the cycle started
 *   U      percent of the time since start spent in the collector
 *   A B C  wall time of sweep termination (with the root scan: our one
 *          pause at the start), of marking (interleaved with the program),
 *          of mark termination
 *   D..H   CPU time: sweep termination; assists; background workers (none:
 *          one thread); idle marking (the drain of runtime.GC, done while
 *          the program waits, as Go's idle workers do it); mark termination.
 *          As Go, U leaves idle marking out.
 *   X Y Z  heap_live at the start, at mark termination, and marked (live)
 *   GOAL   the heap goal the cycle worked to; S the stack scanned; GL the
 *          pointerful globals (both rounded down to MB, so usually 0)
 *   1 P    one processor: the program runs on one thread
 */
#include <sched.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include "runtime/gc.h"

/* Go's itoaDiv: val with dec decimals, into the end of buf. */
static char *itoa_div(char *buf, size_t len, uint64_t val, int dec)
{
    size_t i = len - 1;
    size_t idec = i - (size_t)dec;
    while (val >= 10 || i >= idec) {
        buf[i] = (char)('0' + val % 10);
        i--;
        if (i == idec) {
            buf[i] = '.';
            i--;
        }
        val /= 10;
    }
    buf[i] = (char)('0' + val);
    return buf + i;
}

/* Go's fmtNSAsMS. */
static void put_ms(RtBuf *b, int64_t sns)
{
    char buf[24];
    uint64_t ns = sns > 0 ? (uint64_t)sns : 0;
    const char *s;
    if (ns >= 10000000) {
        s = itoa_div(buf, sizeof buf, ns / 1000000, 0);
    } else {
        uint64_t x = ns / 1000;
        if (x == 0) {
            rt_buf_putc(b, '0');
            return;
        }
        int dec = 3;
        while (x >= 100) {
            x /= 10;
            dec--;
        }
        s = itoa_div(buf, sizeof buf, x, dec);
    }
    rt_buf_write(b, s, (size_t)(buf + sizeof buf - s));
}

void gc_print_trace(void)
{
    RtBuf b = {0};
    char buf[24];
    rt_buf_puts(&b, "gc ");
    rt_buf_uint(&b, rt_gc.cycle);
    rt_buf_puts(&b, " @");
    const char *t = itoa_div(buf, sizeof buf,
                             (uint64_t)(rt_gc.t_sweepterm - rt_gc.init_ns) / 1000000, 3);
    rt_buf_write(&b, t, (size_t)(buf + sizeof buf - t));
    rt_buf_puts(&b, "s ");
    rt_buf_int(&b, (int64_t)(rt_gc.cpu_fraction * 100));
    rt_buf_puts(&b, "%: ");
    put_ms(&b, rt_gc.t_mark - rt_gc.t_sweepterm);
    rt_buf_putc(&b, '+');
    put_ms(&b, rt_gc.t_markterm - rt_gc.t_mark);
    rt_buf_putc(&b, '+');
    put_ms(&b, rt_gc.t_end - rt_gc.t_markterm);
    rt_buf_puts(&b, " ms clock, ");
    put_ms(&b, rt_gc.t_mark - rt_gc.t_sweepterm);
    rt_buf_putc(&b, '+');
    put_ms(&b, rt_gc.assist_ns);
    rt_buf_putc(&b, '/');
    put_ms(&b, 0);
    rt_buf_putc(&b, '/');
    put_ms(&b, rt_gc.idle_ns);
    rt_buf_putc(&b, '+');
    put_ms(&b, rt_gc.t_end - rt_gc.t_markterm);
    rt_buf_puts(&b, " ms cpu, ");
    rt_buf_uint(&b, rt_gc.heap0 >> 20);
    rt_buf_puts(&b, "->");
    rt_buf_uint(&b, rt_gc.heap1 >> 20);
    rt_buf_puts(&b, "->");
    rt_buf_uint(&b, rt_gc.heap_marked >> 20);
    rt_buf_puts(&b, " MB, ");
    rt_buf_uint(&b, rt_gc.last_goal >> 20);
    rt_buf_puts(&b, " MB goal, ");
    rt_buf_uint(&b, rt_gc.max_stack >> 20);
    rt_buf_puts(&b, " MB stacks, ");
    rt_buf_uint(&b, rt_gc.globals_scan >> 20);
    rt_buf_puts(&b, " MB globals, 1 P");
    if (rt_gc.kind == GC_TRIGGER_USER)
        rt_buf_puts(&b, " (forced)");
    rt_buf_putc(&b, '\n');
    rt_out_flush();
    rt_write_fd(2, b.p, b.len);
    rt_buf_free(&b);
}

/* The goroutine stack as Go would account it: the part in use, rounded
 * up to a power of two, at least Go's 8 KB starting size, plus the 160 KB
 * of system and runtime goroutine stacks a go1.19 program always has. */
static uint64_t stack_inuse(void)
{
    uint64_t s = 8192;
    while (s < rt_gc.max_stack)
        s *= 2;
    return s + (160 << 10);
}

/* The parts of Sys besides the heap: span records, bitmaps, the mark
 * queue's and the runtime's own bookkeeping (GCSys, MSpanSys), and the
 * stack (StackSys). */
uint64_t gc_sys_bytes(void)
{
    return rt_memstats.heap_sys + rt_memstats.meta_sys + stack_inuse() +
           RT_NUM_SIZE_CLASSES * 2 * sizeof(void *);
}

void rt_gc_read_memstats(RtGoMemStats *m)
{
    memset(m, 0, sizeof *m);
    const RtMemStats *ms = &rt_memstats;
    size_t nrec;
    rt_all_spans(&nrec);
    m->Alloc = ms->heap_alloc;
    m->TotalAlloc = ms->total_alloc;
    /* as go1.19, objects in tiny blocks count as allocated and freed both */
    m->Mallocs = ms->mallocs + ms->tiny_allocs;
    m->Frees = ms->frees + ms->tiny_allocs;
    m->HeapAlloc = ms->heap_alloc;
    m->HeapSys = ms->heap_sys;
    m->HeapIdle = ms->heap_sys - ms->heap_inuse;
    m->HeapInuse = ms->heap_inuse;
    m->HeapReleased = ms->heap_released;
    m->HeapObjects = ms->mallocs - ms->frees;
    m->StackInuse = stack_inuse();
    m->StackSys = m->StackInuse;
    m->MSpanInuse = ms->num_spans * sizeof(RtSpan);
    m->MSpanSys = nrec * sizeof(RtSpan);
    m->MCacheInuse = RT_NUM_SIZE_CLASSES * 2 * sizeof(void *);
    m->MCacheSys = m->MCacheInuse;
    m->GCSys = ms->meta_sys > m->MSpanSys ? ms->meta_sys - m->MSpanSys : 0;
    m->OtherSys = 0;
    m->Sys = m->HeapSys + m->StackSys + m->MSpanSys + m->MCacheSys + m->BuckHashSys + m->GCSys +
             m->OtherSys;
    m->NextGC = gc_heap_goal();
    m->LastGC = rt_gc.last_gc_unix;
    m->PauseTotalNs = rt_gc.pause_total_ns;
    memcpy(m->PauseNs, rt_gc.pause_ns, sizeof m->PauseNs);
    memcpy(m->PauseEnd, rt_gc.pause_end, sizeof m->PauseEnd);
    m->NumGC = rt_gc.cycle;
    m->NumForcedGC = rt_gc.num_forced;
    m->GCCPUFraction = rt_gc.cpu_fraction;
    m->EnableGC = true;
    m->DebugGC = false;
    for (int i = 0; i < 61; i++) {
        m->BySize[i].Size = rt_class_to_size[i];
        m->BySize[i].Mallocs = ms->class_mallocs[i];
        m->BySize[i].Frees = ms->class_frees[i];
    }
}

/* ---- Go ABI bodies ---- */

void rt_go_GC(void *frame) __asm__("runtime.GC");
void rt_go_GC(void *frame)
{
    (void)frame;
    rt_gc_collect();
    /* go1.19's runtime.GC yields while it sweeps (GOMAXPROCS=1: the
     * finalizers its sweep queued run before it returns) */
    if (rt_fin_pending())
        rt_gosched();
}

void rt_go_ReadMemStats(RuntimeReadMemStatsFrame *f) __asm__("runtime.ReadMemStats");
void rt_go_ReadMemStats(RuntimeReadMemStatsFrame *f)
{
    if (!f->m)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    RtGoMemStats tmp;
    rt_gc_read_memstats(&tmp);
    /* MemStats holds no pointers: a plain copy needs no barrier */
    memcpy(f->m, &tmp, sizeof tmp);
}

/* The stack is scanned conservatively: a value that is in an argument
 * block is alive until the call returns, which is all KeepAlive
 * promises. */
void rt_go_KeepAlive(RuntimeKeepAliveFrame *f) __asm__("runtime.KeepAlive");
void rt_go_KeepAlive(RuntimeKeepAliveFrame *f)
{
    __asm__ volatile("" : : "r"(f->x.data) : "memory");
}

void rt_go_NumGoroutine(RuntimeNumGoroutineFrame *f) __asm__("runtime.NumGoroutine");
void rt_go_NumGoroutine(RuntimeNumGoroutineFrame *f)
{
    f->n = rt_numgoroutine();
}

void rt_go_Gosched(void *f) __asm__("runtime.Gosched");
void rt_go_Gosched(void *f)
{
    (void)f;
    rt_gosched();
}

void rt_go_Goexit(void *f) __asm__("runtime.Goexit");
void rt_go_Goexit(void *f)
{
    (void)f;
    rt_goexit();
}

/* go1.19's getproccount: the CPUs this process may run on (its affinity
 * mask, which a container or taskset narrows), at least 1. */
static int64_t ncpu(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        return 1;
    int n = CPU_COUNT(&set);
    return n > 0 ? n : 1;
}

/* runtime.GOMAXPROCS answers as go1.19's: the GOMAXPROCS environment
 * variable, else the number of CPUs; n > 0 sets it.  The scheduler runs
 * one P whatever it says (proc.c). */
void rt_go_GOMAXPROCS(RuntimeGOMAXPROCSFrame *f) __asm__("runtime.GOMAXPROCS");
void rt_go_GOMAXPROCS(RuntimeGOMAXPROCSFrame *f)
{
    static int64_t procs;
    if (!procs) {
        procs = ncpu();
        const char *e = getenv("GOMAXPROCS");
        if (e && *e) {
            /* go1.19's atoi32: digits only, fitting in an int32 */
            char *end;
            long v = strtol(e, &end, 10);
            if (*end == 0 && e[0] >= '0' && e[0] <= '9' && v > 0 && v <= INT32_MAX)
                procs = v;
        }
    }
    f->old = procs;
    if (f->n > 0)
        procs = f->n;
}

void rt_go_NumCPU(RuntimeNumGoroutineFrame *f) __asm__("runtime.NumCPU");
void rt_go_NumCPU(RuntimeNumGoroutineFrame *f)
{
    f->n = ncpu();
}

/* Package runtime/debug: names with a slash, which an asm label cannot
 * spell unquoted; each is a C function, then the Go name an alias of it
 * in assembly. */
#define GO_ALIAS(goname, cname) \
    __asm__(".globl \"" goname "\"\n\t.set \"" goname "\", " #cname "\n")

void rt_go_debug_SetGCPercent(DebugSetGCPercentFrame *f);
void rt_go_debug_SetGCPercent(DebugSetGCPercentFrame *f)
{
    /* Go converts with int32(percent): it wraps */
    f->old = rt_gc_setpercent((int32_t)(uint32_t)(uint64_t)f->percent);
}
GO_ALIAS("runtime/debug.SetGCPercent", rt_go_debug_SetGCPercent);

void rt_go_debug_SetMemoryLimit(DebugSetMemoryLimitFrame *f);
void rt_go_debug_SetMemoryLimit(DebugSetMemoryLimitFrame *f)
{
    f->old = rt_gc_setmemorylimit(f->limit);
}
GO_ALIAS("runtime/debug.SetMemoryLimit", rt_go_debug_SetMemoryLimit);

void rt_go_debug_FreeOSMemory(void *f);
void rt_go_debug_FreeOSMemory(void *f)
{
    (void)f;
    rt_gc_free_os_memory();
}
GO_ALIAS("runtime/debug.FreeOSMemory", rt_go_debug_FreeOSMemory);
