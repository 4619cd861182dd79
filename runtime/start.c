/* start.c — the program's entry: C main() runs the Go program.
 *
 * main sets up the runtime (signal handlers), maps the main goroutine's
 * stack, and on that stack, as goroutine 1 (proc.c), runs "minigo.init"
 * (the library's package variables, then main.init) and then "main.main"
 * (the symbols codegen emits), then flushes stdout and
 * exits 0.
 *
 * The main goroutine's stack stands in for Go's growable stack.  Go doubles a
 * goroutine's stack until the doubling would pass the 1e9-byte maximum, so
 * the largest stack a goroutine really gets is 512 MB; we reserve that much
 * (MAP_NORESERVE: pages cost memory only once touched) with a 16 MB
 * inaccessible guard region below it.  A fault in the guard region is
 * reported as Go reports a stack overflow (signal.c).
 */
#include <dlfcn.h>
#include <sys/mman.h>

#include "runtime/proc.h"

enum { GUARD_SIZE = 16 << 20 };

uintptr_t rt_stack_guard, rt_stack_lo, rt_stack_hi;
uint64_t rt_stack_limit = 1000000000;
int rt_argc;
char **rt_argv;

static void (*go_init)(void);
static void (*go_main)(void);

/* Reserve the goroutine stack: the largest power of two <= rt_stack_limit. */
static void stack_init(void)
{
    uint64_t size = (uint64_t)1 << 12;
    while (size * 2 <= rt_stack_limit)
        size *= 2;
    char *base = mmap(NULL, GUARD_SIZE + size, PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED || mprotect(base + GUARD_SIZE, size, PROT_READ | PROT_WRITE) != 0)
        rt_throw("runtime: cannot allocate the goroutine stack");
    rt_stack_guard = (uintptr_t)base;
    rt_stack_lo = rt_stack_guard + GUARD_SIZE;
    rt_stack_hi = rt_stack_lo + size;
}

/* AddressSanitizer must be told when the stack changes, or it takes the
 * goroutine stack for a corrupted one. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
static void *asan_fake_stack;
static const void *asan_old_bottom;
static size_t asan_old_size;
#define ASAN_ENTER_GOROUTINE_STACK() \
    __sanitizer_start_switch_fiber(&asan_fake_stack, (void *)rt_stack_lo, rt_stack_hi - rt_stack_lo)
#define ASAN_ON_GOROUTINE_STACK() \
    __sanitizer_finish_switch_fiber(asan_fake_stack, &asan_old_bottom, &asan_old_size)
#define ASAN_LEAVE_GOROUTINE_STACK() \
    __sanitizer_start_switch_fiber(&asan_fake_stack, asan_old_bottom, asan_old_size)
#define ASAN_BACK_ON_MAIN_STACK() __sanitizer_finish_switch_fiber(asan_fake_stack, NULL, NULL)
#else
#define ASAN_ENTER_GOROUTINE_STACK()
#define ASAN_ON_GOROUTINE_STACK()
#define ASAN_LEAVE_GOROUTINE_STACK()
#define ASAN_BACK_ON_MAIN_STACK()
#endif

static void run_go(void)
{
    ASAN_ON_GOROUTINE_STACK();
    if (go_init)
        go_init();
    go_main();
    ASAN_LEAVE_GOROUTINE_STACK();
}


int rt_start(int argc, char **argv, void (*init)(void), void (*mainfn)(void))
{
    rt_argc = argc;
    rt_argv = argv;
    rt_signals_init();
    rt_gc_init();
    if (!rt_stack_lo)
        stack_init();
    rt_proc_init();
    go_init = init;
    go_main = mainfn;
    ASAN_ENTER_GOROUTINE_STACK();
    rt_call_on_stack(run_go, (void *)rt_stack_hi);
    ASAN_BACK_ON_MAIN_STACK();
    rt_out_flush();
    return 0;
}

/* Weak, so that a binary without a Go program still links: the unit tests
 * (Makefile) link every runtime object, this file included. */
extern void go_main_init(void) __asm__("minigo.init") __attribute__((weak));
extern void go_main_main(void) __asm__("main.main") __attribute__((weak));

int main(int argc, char **argv)
{
    if (!go_main_main) {
        /* No Go program linked: this is a unit-test binary, whose own main
         * (Criterion's, in its shared library) our definition hides.  Hand
         * over to it. */
        int (*next)(int, char **);
        *(void **)&next = dlsym(RTLD_NEXT, "main");
        if (next)
            return next(argc, argv);
        rt_throw("runtime: main.main is not linked");
    }
    return rt_start(argc, argv, go_main_init, go_main_main);
}
