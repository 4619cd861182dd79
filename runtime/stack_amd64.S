/* stack_amd64.S — run a function on another stack.
 *
 * void rt_call_on_stack(void (*fn)(void), void *stack_top)
 *
 * Calls fn with %rsp = stack_top (16-byte aligned) and returns on the
 * caller's stack.  The old %rsp is kept in %rbx, which fn preserves: C
 * functions and Go functions (rt.h section 2) both keep %rbx and %rbp.
 */
	.text
	.globl	rt_call_on_stack
	.type	rt_call_on_stack, @function
rt_call_on_stack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	.cfi_offset %rbx, -24
	movq	%rsp, %rbx
	movq	%rsi, %rsp
	callq	*%rdi
	movq	%rbx, %rsp
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	rt_call_on_stack, .-rt_call_on_stack

/* void rt_gc_with_regs(void (*fn)(uintptr_t sp, void *arg), void *arg)
 *
 * Pushes the callee-saved registers (the only ones that may hold a
 * caller's values across this call), then calls fn(sp, arg) where sp is
 * the address of the lowest of them: the collector scans the stack from
 * there up, so values that live only in registers are seen too.
 */
	.text
	.globl	rt_gc_with_regs
	.type	rt_gc_with_regs, @function
rt_gc_with_regs:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	%rbp
	movq	%rdi, %rax
	movq	%rsp, %rdi
	callq	*%rax
	addq	$8, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	rt_gc_with_regs, .-rt_gc_with_regs

/* void rt_callgo(const void *fn, void *ctx, void *block, uint64_t size)
 *
 * Calls Go code from C (rt.h section 2): copies the size-byte
 * argument/result block to the bottom of a new 16-byte aligned area at
 * %rsp, puts the closure context ctx in %rdx, calls fn, and copies the
 * block back, so the caller finds the results in it.  Go code preserves
 * only %rbx, %rbp and %r12-%r15, which is all this needs.
 */
	.text
	.globl	rt_callgo
	.type	rt_callgo, @function
rt_callgo:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	movq	%rdi, %r12
	movq	%rsi, %r13
	movq	%rdx, %r14
	movq	%rcx, %rbx
	leaq	15(%rcx), %rax
	andq	$-16, %rax
	subq	%rax, %rsp
	movq	%rsp, %rdi
	movq	%r14, %rsi
	movq	%rbx, %rcx
	cld
	rep movsb
	movq	%r13, %rdx
	callq	*%r12
	movq	%r14, %rdi
	movq	%rsp, %rsi
	movq	%rbx, %rcx
	cld
	rep movsb
	leaq	-32(%rbp), %rsp
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	rt_callgo, .-rt_callgo

/* Defer, panic and recover (runtime/defer.c explains the design).
 *
 * void rt_deferproc(const void *code, void *ctx, uint64_t size,
 *                   const void *resume, uint64_t flags)
 *
 * Called by a Go function at a defer statement, with the deferred call's
 * argument block already written at the bottom of its frame (0(%rsp) at
 * the call, as for an ordinary call).  Records the caller's stack and
 * frame pointers and its callee-saved registers in an RtRegs on our
 * stack, then calls rt_deferproc_c(code, ctx, size, resume, flags, regs),
 * which copies all of it, the argument block included, into a defer record.
 */
	.text
	.globl	rt_deferproc
	.type	rt_deferproc, @function
rt_deferproc:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$64, %rsp
	leaq	16(%rbp), %rax
	movq	%rax, 0(%rsp)
	movq	0(%rbp), %rax
	movq	%rax, 8(%rsp)
	movq	%rbx, 16(%rsp)
	movq	%r12, 24(%rsp)
	movq	%r13, 32(%rsp)
	movq	%r14, 40(%rsp)
	movq	%r15, 48(%rsp)
	movq	%rsp, %r9
	call	rt_deferproc_c
	leave
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	rt_deferproc, .-rt_deferproc

/* void rt_calldefer(const void *fn, void *ctx, void *block, uint64_t size,
 *                   uintptr_t *argp)
 *
 * As rt_callgo, for a deferred call: also stores where the callee finds
 * its arguments (the callee's %rbp + 16) in *argp before the call, so
 * that recover can tell whether its caller is that deferred call.  The
 * results are not copied back.
 */
	.text
	.globl	rt_calldefer
	.type	rt_calldefer, @function
rt_calldefer:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	subq	$8, %rsp
	movq	%rdi, %r12
	movq	%rsi, %r13
	movq	%rdx, %r14
	movq	%rcx, %rbx
	movq	%r8, %r15
	leaq	15(%rcx), %rax
	andq	$-16, %rax
	subq	%rax, %rsp
	movq	%rsp, %rdi
	movq	%r14, %rsi
	movq	%rbx, %rcx
	cld
	rep movsb
	movq	%rsp, (%r15)
	movq	%rsp, rt_defer_argp(%rip)
	movq	%r13, %rdx
	callq	*%r12
	leaq	-40(%rbp), %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	rt_calldefer, .-rt_calldefer

/* _Noreturn void rt_resume(const RtRegs *regs, const void *pc)
 *
 * Recovery: continue at pc in the deferring function's frame, with the
 * stack pointer, frame pointer and callee-saved registers it had when it
 * deferred the call (everything below that frame is discarded).
 */
	.text
	.globl	rt_resume
	.type	rt_resume, @function
rt_resume:
	movq	16(%rdi), %rbx
	movq	24(%rdi), %r12
	movq	32(%rdi), %r13
	movq	40(%rdi), %r14
	movq	48(%rdi), %r15
	movq	8(%rdi), %rbp
	movq	0(%rdi), %rsp
	jmp	*%rsi
	.size	rt_resume, .-rt_resume

/* rt_sigpanic_tramp: where the signal handler sends a faulting thread
 * (signal.c), with the faulting pc pushed as if it had called us: align
 * the stack and raise the panic (rt_sigpanic never returns).
 */
	.text
	.globl	rt_sigpanic_tramp
	.type	rt_sigpanic_tramp, @function
rt_sigpanic_tramp:
	andq	$-16, %rsp
	call	rt_sigpanic
	ud2
	.size	rt_sigpanic_tramp, .-rt_sigpanic_tramp

/* void rt_swapctx(uintptr_t *save, uintptr_t newsp)   (proc.c)
 *
 * Switches goroutines: pushes the callee-saved registers on the current
 * stack, stores the stack pointer in *save, then loads newsp and pops the
 * registers saved there, returning into the other goroutine (where it
 * called rt_swapctx, or, for a new one, into rt_gostart_tramp).  The
 * caller-saved registers need no saving: both sides are ordinary C calls.
 */
	.text
	.globl	rt_swapctx
	.type	rt_swapctx, @function
rt_swapctx:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, (%rdi)
	movq	%rsi, %rsp
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
	.size	rt_swapctx, .-rt_swapctx

/* A new goroutine's first instruction (proc.c prepare_stack leaves its
 * address where rt_swapctx returns to, with %rsp 16-byte aligned after
 * the return).  rt_gostart never returns. */
	.text
	.globl	rt_gostart_tramp
	.type	rt_gostart_tramp, @function
rt_gostart_tramp:
	xorl	%ebp, %ebp
	call	rt_gostart
	ud2
	.size	rt_gostart_tramp, .-rt_gostart_tramp

/* void rt_morestack(void)   (rt.h "Stack checks")
 *
 * Called from a Go function's prologue when its frame would reach below
 * rt_stackguard.  Preserves every general register (%rdx holds a
 * closure's context then) and calls rt_morestack_c(sp), sp the stack
 * pointer of the function being entered, on a 16-byte aligned stack.
 */
	.text
	.globl	rt_morestack
	.type	rt_morestack, @function
rt_morestack:
	pushq	%rbp
	movq	%rsp, %rbp
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	andq	$-16, %rsp
	leaq	16(%rbp), %rdi
	call	rt_morestack_c
	leaq	-72(%rbp), %rsp
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popq	%rbp
	ret
	.size	rt_morestack, .-rt_morestack

	.section .note.GNU-stack,"",@progbits
