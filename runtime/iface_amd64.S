/* iface_amd64.S — the methods of the runtime's own error types (defer.c's
 * runtime.errorString, plainError, boundsError, *TypeAssertionError, all
 * a boxed string), in the Go ABI of rt.h section 2, so that interface
 * calls, assertions (r.(error)) and fmt reach them through their
 * descriptors' method tables (rt_runtime_error_methods, iface.c). */
	.text

/* func (e) Error() string: 8(%rsp) the data word (the box), 16(%rsp) the
 * result. */
	.globl rt_go_error_Error
	.type rt_go_error_Error, @function
rt_go_error_Error:
	movq 8(%rsp), %rax
	movq (%rax), %rcx
	movq %rcx, 16(%rsp)
	movq 8(%rax), %rcx
	movq %rcx, 24(%rsp)
	ret
	.size rt_go_error_Error, .-rt_go_error_Error

/* func (e) RuntimeError() */
	.globl rt_go_error_RuntimeError
	.type rt_go_error_RuntimeError, @function
rt_go_error_RuntimeError:
	ret
	.size rt_go_error_RuntimeError, .-rt_go_error_RuntimeError

	.section .note.GNU-stack,"",@progbits
