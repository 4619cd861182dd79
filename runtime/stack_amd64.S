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

	.section .note.GNU-stack,"",@progbits
