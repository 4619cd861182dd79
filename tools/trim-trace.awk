# trim-trace.awk: the part of a dying Go program's stderr that the tests
# compare (awk -f tools/trim-trace.awk < stderr).
#
# A panic or a fatal error ends with tracebacks: a header per goroutine,
# "goroutine N [STATE]:", each followed by its frames (function names,
# file paths, pc offsets).  go1.19 prints the panicking goroutine alone
# for a panic, and every goroutine for a fatal error such as "all
# goroutines are asleep - deadlock!".  Kept: every line up to the first
# header (the message and the blank line after it), then the headers
# alone, in order; minigo prints no frames.  A throw on go's system stack
# prints "runtime stack:" and g0's frames before the first header: the
# line is kept, the frames are not.
/^goroutine [0-9]+ \[[^]]*\]:$/ { headers = 1; print; next }
/^runtime stack:$/ && !headers { print; sysframes = 1; next }
!headers && !sysframes { print }
