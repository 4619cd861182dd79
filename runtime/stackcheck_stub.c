/* stackcheck_stub.c — stand-ins for the stack-check and preemption symbols
 * of rt.h ("goroutines") until runtime/proc.c defines them: a guard of 0
 * never fires, and preemption is never requested.  Deleted when proc.c
 * lands. */
#include "runtime/rt.h"

uintptr_t rt_stackguard = 0;
uint8_t rt_preempt_requested = 0;

void rt_morestack(void) {}
void rt_preempt_check(void) {}
