/* child.h — running a body as goroutine 1 of a program in a child
 * process (rt_start, as a compiled program's main does), for the unit
 * tests of the scheduler and of what builds on it (test_sched.c,
 * test_sync.c): what it printed on stdout and stderr, and its exit
 * status.  Header-only: each test file is its own program.
 */
#ifndef MINIGO_TESTS_CHILD_H
#define MINIGO_TESTS_CHILD_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/rt_internal.h"

typedef struct {
    int status;
    char out[8192], err[8192];
} Child;

static inline void child_read_all(FILE *f, char *buf, size_t size)
{
    rewind(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = 0;
    fclose(f);
}

static inline void run_child(void (*fn)(void), Child *c)
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
        static char *argv[] = {"child", NULL};
        rt_start(1, argv, NULL, fn);
        rt_exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    c->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    child_read_all(fo, c->out, sizeof c->out);
    child_read_all(fe, c->err, sizeof c->err);
}

/* The body ends normally (status 0) having printed want on stdout. */
static inline void child_expect_out(void (*fn)(void), const char *want)
{
    Child c;
    run_child(fn, &c);
    cr_assert_eq(c.status, 0, "%s%s", c.out, c.err);
    cr_assert_str_eq(c.out, want);
}

/* What tools/trim-trace.awk keeps of a dying program's stderr: every line
 * up to the first goroutine header, then the headers alone (in a static
 * buffer). */
static inline const char *child_trimmed_err(const Child *c)
{
    static char buf[8192];
    size_t n = 0;
    bool headers = false;
    for (const char *line = c->err; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line + 1) : strlen(line);
        bool header = strncmp(line, "goroutine ", 10) == 0 && len >= 3 && line[len - 2] == ':';
        if (header)
            headers = true;
        if ((header || !headers) && n + len < sizeof buf) {
            memcpy(buf + n, line, len);
            n += len;
        }
        line += len;
    }
    buf[n] = 0;
    return buf;
}

/* The body dies with status 2 and the trimmed stderr want. */
static inline void child_expect_death(void (*fn)(void), const char *want)
{
    Child c;
    run_child(fn, &c);
    cr_assert_eq(c.status, 2, "%s%s", c.out, c.err);
    cr_assert_str_eq(child_trimmed_err(&c), want);
}

#endif
