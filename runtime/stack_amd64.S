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

	.section .note.GNU-stack,"",@progbits
