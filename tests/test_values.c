/* test_values.c — unit tests for the runtime side of values and
 * built-ins (runtime/conv.c, runtime/printbuiltin.c): UTF-8 decoding as
 * range over a string does it, string conversions, copy, go1.19's bounds
 * panic messages, and the built-in print's formats.
 *
 * Expected values come from go1.19.8: each test quotes the Go program
 * (or the line of it) that printed them.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/rt_internal.h"

static RtString str(const char *s) { return (RtString){(const uint8_t *)s, (int64_t)strlen(s)}; }

/* for i, r := range s { print(i, ":", r, " ") } over the runes and the
 * indexes; returns how many runes. */
static int runes(const char *s, int64_t *idx, int32_t *rs)
{
    RtString x = str(s);
    int n = 0;
    for (int64_t i = 0; i < x.len; i = rt_decoderune_next(&x, i)) {
        idx[n] = i;
        rs[n++] = rt_decoderune(&x, i);
    }
    return n;
}

/* s := "a\xffb\xe2\x82c\xed\xa0\x80\xf4\x90\x80\x80é世😀"
 * for i, r := range s { print(i, ":", r, " ") }
 * 0:97 1:65533 2:98 3:65533 4:65533 5:99 6:65533 7:65533 8:65533 9:65533 10:65533
 * 11:65533 12:65533 13:233 15:19990 18:128512 */
Test(conv, decode_rune_as_range)
{
    int64_t idx[32];
    int32_t rs[32];
    int n = runes("a\xff" "b\xe2\x82" "c\xed\xa0\x80\xf4\x90\x80\x80\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80", idx,
                  rs);
    static const int64_t wi[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 18};
    static const int32_t wr[] = {97,    65533, 98,    65533, 65533, 99,  65533, 65533,
                                 65533, 65533, 65533, 65533, 65533, 233, 19990, 128512};
    cr_assert_eq(n, 16);
    for (int i = 0; i < n; i++) {
        cr_assert_eq(idx[i], wi[i], "index %d", i);
        cr_assert_eq(rs[i], wr[i], "rune %d", i);
    }
    /* "\xc0\x80" (an overlong NUL): 0:65533 1:65533 */
    n = runes("\xc0\x80", idx, rs);
    cr_assert_eq(n, 2);
    cr_assert_eq(rs[0], 0xFFFD);
}

/* println(string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)),
 *         len(string(rune(0x10FFFF))), len(string(rune(0x110000))))
 * 世 � � 4 3 */
Test(conv, intstring)
{
    RtString s;
    rt_intstring(&s, 0x4e16, NULL);
    cr_assert_eq(s.len, 3);
    cr_assert(memcmp(s.ptr, "\xe4\xb8\x96", 3) == 0);
    rt_intstring(&s, -1, NULL);
    cr_assert(s.len == 3 && memcmp(s.ptr, "\xef\xbf\xbd", 3) == 0);
    rt_intstring(&s, 0xD800, NULL);
    cr_assert(s.len == 3 && memcmp(s.ptr, "\xef\xbf\xbd", 3) == 0);
    rt_intstring(&s, 0x10FFFF, NULL);
    cr_assert_eq(s.len, 4);
    uint8_t buf[RT_RUNEBUF];
    rt_intstring(&s, 0x110000, buf);
    cr_assert_eq(s.len, 3);
    cr_assert_eq(s.ptr, buf, "a non-escaping result uses the frame buffer");
}

/* var sink []byte
 * b := []byte(s); sink = []byte(s)   with s := "hello" (not a constant)
 * println(cap(b), cap(sink))         32 8
 * long := 40 bytes: cap([]byte(long)) 48 (no escape, too long for the buffer) */
Test(conv, bytes_capacity)
{
    RtSlice b;
    uint8_t buf[RT_TMPBUF];
    RtString s = str("hello");
    rt_stringtoslicebyte(&b, &s, buf);
    cr_assert_eq(b.len, 5);
    cr_assert_eq(b.cap, 32);
    cr_assert_eq(b.ptr, (void *)buf);
    rt_stringtoslicebyte(&b, &s, NULL);
    cr_assert_eq(b.cap, 8);
    cr_assert(memcmp(b.ptr, "hello", 5) == 0);
    RtString l = str("0123456789012345678901234567890123456789");
    rt_stringtoslicebyte(&b, &l, buf);
    cr_assert_eq(b.cap, 48);
    cr_assert_neq(b.ptr, (void *)buf);
}

/* r := []rune(s) with s := "héllo" (not constant, escaping): len 5 cap 6;
 * string(r) == s */
Test(conv, runes_roundtrip)
{
    RtSlice r;
    RtString s = str("h\xc3\xa9llo");
    rt_stringtoslicerune(&r, &s, NULL);
    cr_assert_eq(r.len, 5);
    cr_assert_eq(r.cap, 6);
    cr_assert_eq(((int32_t *)r.ptr)[1], 233);
    RtString back;
    rt_slicerunetostring(&back, r.ptr, r.len, NULL);
    cr_assert_eq(back.len, s.len);
    cr_assert(memcmp(back.ptr, s.ptr, (size_t)s.len) == 0);
    rt_slicerunetostring(&back, NULL, 0, NULL);
    cr_assert_eq(back.len, 0);
}

/* string(b[:1]) allocates nothing; string(b[:0]) == "" */
Test(conv, bytes_to_string)
{
    RtString s, t;
    rt_slicebytetostring(&s, (const uint8_t *)"xy", 1, NULL);
    rt_slicebytetostring(&t, (const uint8_t *)"xz", 1, NULL);
    cr_assert_eq(s.len, 1);
    cr_assert_eq(s.ptr, t.ptr, "one-byte strings are static");
    rt_slicebytetostring(&s, (const uint8_t *)"hello", 5, NULL);
    cr_assert(s.len == 5 && memcmp(s.ptr, "hello", 5) == 0);
}

/* buf := make([]byte, 4); println(copy(buf, "xyzzy"), string(buf))  4 xyzz
 * ints := []int{1, 2, 3, 4, 5}; println(copy(ints, ints[2:]))       3 (3 4 5 4 5) */
Test(conv, copy)
{
    char buf[4];
    RtString s = str("xyzzy");
    cr_assert_eq(rt_stringcopy(buf, 4, &s), 4);
    cr_assert(memcmp(buf, "xyzz", 4) == 0);
    static const RtType t_int = {8, 0, RT_INT, 0, "int", NULL, NULL, 0, NULL};
    int64_t ints[] = {1, 2, 3, 4, 5};
    cr_assert_eq(rt_slicecopy(&t_int, ints, 5, ints + 2, 3), 3);
    cr_assert(ints[0] == 3 && ints[1] == 4 && ints[2] == 5 && ints[3] == 4);
    cr_assert_eq(rt_slicecopy(&t_int, ints, 0, ints + 2, 3), 0);
}

/* ---- in a child: panics and print ---- */

typedef struct {
    int status;
    char out[4096], err[4096];
} Child;

static void read_all(FILE *f, char *buf, size_t size)
{
    rewind(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = 0;
    fclose(f);
}

static void run_child(void (*fn)(void), Child *c)
{
    FILE *fo = tmpfile(), *fe = tmpfile();
    cr_assert(fo && fe);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        dup2(fileno(fo), 1);
        dup2(fileno(fe), 2);
        fn();
        rt_exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    c->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    read_all(fo, c->out, sizeof c->out);
    read_all(fe, c->err, sizeof c->err);
}

/* the panic line alone */
static const char *first_line(Child *c)
{
    char *nl = strchr(c->err, '\n');
    if (nl)
        nl[1] = 0;
    return c->err;
}

static int64_t bx, by;
static int bkind;
static bool bsigned;
static void do_bounds(void) { rt_panic_bounds(bkind, bx, by, bsigned); }

static void expect_bounds(int kind, int64_t x, int64_t y, bool sgn, const char *want)
{
    bkind = kind;
    bx = x;
    by = y;
    bsigned = sgn;
    Child c;
    run_child(do_bounds, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(first_line(&c), want);
}

/* s := make([]int, 3, 4); a := [4]int{}; str := "hello"; each line from
 * go1.19 running one failing expression (n = -1, u = 1<<64-1) */
Test(panic, bounds_messages)
{
    expect_bounds(RT_BOUNDS_SLICE_ACAP, 5, 4, true,
                  "panic: runtime error: slice bounds out of range [:5] with capacity 4\n"); /* s[1:5] */
    expect_bounds(RT_BOUNDS_SLICE_B, 2, 1, true,
                  "panic: runtime error: slice bounds out of range [2:1]\n"); /* s[2:1] */
    expect_bounds(RT_BOUNDS_SLICE3_ACAP, 5, 4, true,
                  "panic: runtime error: slice bounds out of range [::5] with capacity 4\n"); /* s[:2:5] */
    expect_bounds(RT_BOUNDS_SLICE3_B, 3, 2, true,
                  "panic: runtime error: slice bounds out of range [:3:2]\n"); /* s[1:3:2] */
    expect_bounds(RT_BOUNDS_SLICE3_C, 3, 2, true,
                  "panic: runtime error: slice bounds out of range [3:2:]\n"); /* s[3:2:3] */
    expect_bounds(RT_BOUNDS_SLICE_ALEN, 7, 5, true,
                  "panic: runtime error: slice bounds out of range [:7] with length 5\n"); /* str[2:7] */
    expect_bounds(RT_BOUNDS_SLICE3_ALEN, 6, 4, true,
                  "panic: runtime error: slice bounds out of range [::6] with length 4\n"); /* a[1:2:k] */
    expect_bounds(RT_BOUNDS_SLICE_B, -1, 3, true,
                  "panic: runtime error: slice bounds out of range [-1:]\n"); /* s[n:] */
    expect_bounds(RT_BOUNDS_SLICE_ACAP, -1, 4, true,
                  "panic: runtime error: slice bounds out of range [:-1]\n"); /* s[:n] */
    expect_bounds(RT_BOUNDS_SLICE_B, -1, 3, false,
                  "panic: runtime error: slice bounds out of range [18446744073709551615:3]\n"); /* s[u:] */
    expect_bounds(RT_BOUNDS_CONVERT, 3, 5, true,
                  "panic: runtime error: cannot convert slice with length 3 to pointer to array with "
                  "length 5\n"); /* (*[5]int)(s) */
}

/* var p *int; z := 0.0; println(1.5, -z, 1/z,
 *     true, 'a', "str", p, -7, uint64(1<<63))
 * +1.500000e+000 -0.000000e+000 +Inf true 97 str 0x0 -7 9223372036854775808
 * print(1, 2, "x") → 12x */
static void do_print(void)
{
    RtString s = str("str");
    rt_printlock();
    rt_printfloat(1.5);
    rt_printsp();
    rt_printfloat(-0.0);
    rt_printsp();
    volatile double zero = 0;
    rt_printfloat(1 / zero);
    rt_printsp();
    rt_printbool(true);
    rt_printsp();
    rt_printint('a');
    rt_printsp();
    rt_printstring(&s);
    rt_printsp();
    rt_printhex(0);
    rt_printsp();
    rt_printint(-7);
    rt_printsp();
    rt_printuint(UINT64_C(1) << 63);
    rt_printnl();
    rt_printunlock();
    rt_printlock();
    rt_printint(1);
    rt_printint(2);
    RtString x = str("x");
    rt_printstring(&x);
    rt_printunlock();
    RtSlice sl = {(void *)0xc000012000, 2, 4};
    rt_printlock();
    rt_printslice(&sl);
    rt_printunlock();
}

Test(print, formats)
{
    Child c;
    run_child(do_print, &c);
    cr_assert_eq(c.status, 0);
    cr_assert_str_eq(c.out, "");
    cr_assert_str_eq(c.err, "+1.500000e+000 -0.000000e+000 +Inf true 97 str 0x0 -7 9223372036854775808\n"
                            "12x[2/4]0xc000012000");
}
