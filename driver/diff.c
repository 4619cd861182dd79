/* diff.c — minigo diff: real go's diagnostics beside minigo's.
 *
 *   minigo diff [-gcflags='-m -l'] file.go...
 *
 * Builds the files with the go command (a fresh GOCACHE, since a warm one
 * replays or omits -m output) and with minigo, with the same flags, and
 * prints a unified diff of the two diagnostic outputs in their exact order,
 * then one line: lines matched, lines only go printed (missing), lines
 * only minigo printed (extra), and lines both printed but in another order.
 * Exit status 0 when they are identical, 1 when they differ, 2 when go
 * cannot be run. */
#include "driver.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static bool go_in_path(void) {
    const char *path = getenv("PATH");
    if (!path)
        return false;
    char *copy = xstrdup(path);
    bool found = false;
    for (char *d = strtok(copy, ":"); d && !found; d = strtok(NULL, ":")) {
        char *p = arena_printf(perm, "%s/go", *d ? d : ".");
        found = access(p, X_OK) == 0;
    }
    free(copy);
    return found;
}

/* Runs the go command; returns what it printed on standard error. */
static char *run_go(const char *gcflags, Vec *paths, const char *dir) {
    const char *errf = arena_printf(perm, "%s/go.err", dir);
    pid_t pid = fork();
    if (pid < 0)
        return NULL;
    if (pid == 0) {
        setenv("GOCACHE", arena_printf(perm, "%s/gocache", dir), 1);
        FILE *e = freopen(errf, "w", stderr);
        FILE *o = freopen(arena_printf(perm, "%s/go.out", dir), "w", stdout);
        (void)e;
        (void)o;
        Vec av = {0};
        vec_push(&av, "go");
        vec_push(&av, "build");
        vec_push(&av, (void *)arena_printf(perm, "-gcflags=%s", gcflags));
        vec_push(&av, "-o");
        vec_push(&av, (void *)arena_printf(perm, "%s/prog", dir));
        for (int i = 0; i < paths->len; i++)
            vec_push(&av, paths->data[i]);
        vec_push(&av, NULL);
        execvp("go", (char *const *)av.data);
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return NULL;
    FILE *f = fopen(errf, "r");
    if (!f)
        return NULL;
    StrBuf b = {0};
    sb_read(&b, f);
    fclose(f);
    return b.data ? b.data : xstrdup("");
}

static Vec split_lines(const char *s) {
    Vec v = {0};
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        vec_push(&v, arena_strndup(perm, s, n));
        s += n + (nl ? 1 : 0);
    }
    return v;
}

/* The longest common subsequence, as a table of lengths (fine for the
 * few thousand lines a program's diagnostics run to). */
static int *lcs_table(Vec *a, Vec *b) {
    int n = a->len, m = b->len;
    int *t = xmalloc(sizeof(int) * (size_t)(n + 1) * (size_t)(m + 1));
#define T(i, j) t[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
    for (int i = n; i >= 0; i--)
        for (int j = m; j >= 0; j--) {
            if (i == n || j == m)
                T(i, j) = 0;
            else if (strcmp(a->data[i], b->data[j]) == 0)
                T(i, j) = T(i + 1, j + 1) + 1;
            else
                T(i, j) = T(i + 1, j) > T(i, j + 1) ? T(i + 1, j) : T(i, j + 1);
        }
    return t;
}

typedef struct Edit {
    char kind;  /* ' ', '-', '+' */
    const char *line;
    int ai, bi; /* 0-based line numbers in a and b before this op */
} Edit;

static int count_in(Vec *v, const char *s) {
    int c = 0;
    for (int i = 0; i < v->len; i++)
        c += strcmp(v->data[i], s) == 0;
    return c;
}

int cmd_diff(int argc, char **argv) {
    Flags fl = {0};
    const char *gcflags = "-m";
    Vec paths = {0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "-gcflags=", 9) == 0)
            gcflags = a + 9;
        else if (strcmp(a, "-gcflags") == 0 && i + 1 < argc)
            gcflags = argv[++i];
        else if (a[0] == '-') {
            fprintf(stderr, "minigo diff: unknown flag %s\n", a);
            return 2;
        } else
            vec_push(&paths, (void *)a);
    }
    if (paths.len == 0) {
        fputs("usage: minigo diff [-gcflags='flags'] file.go...\n", stderr);
        return 2;
    }
    parse_gcflags(gcflags, &fl);
    if (!go_in_path()) {
        fputs("minigo diff: the go command is not in PATH.\n"
              "minigo diff compares minigo's diagnostics with real Go's, so it needs Go 1.19\n"
              "(on Debian: apt-get install golang-go).\n",
              stderr);
        return 2;
    }
    char tmpl[] = "/tmp/minigo-diff-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir) {
        perror("minigo diff: mkdtemp");
        return 2;
    }
    char *go_out = run_go(gcflags, &paths, dir);
    if (!go_out) {
        fputs("minigo diff: could not run go build\n", stderr);
        return 2;
    }
    char *rm[] = {"rm", "-rf", dir, NULL};
    pid_t pid = fork();
    if (pid == 0) {
        execvp("rm", rm);
        _exit(127);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);

    if (loader_available())
        loader_install(); /* as go: the imports analysed from go1.19's source */
    compile(&paths, &fl);
    diag_flush();
    StrBuf mine = {0};
    if (diag_output.len) {
        sb_puts(&mine, "# command-line-arguments\n");
        sb_puts(&mine, sb_str(&diag_output));
    }
    Vec a = split_lines(go_out), b = split_lines(sb_str(&mine));
    int *t = lcs_table(&a, &b);
    int n = a.len, m = b.len;
    /* the edit script */
    Vec ops = {0};
    int i = 0, j = 0;
    while (i < n || j < m) {
        Edit *op = NEW(Edit);
        op->ai = i;
        op->bi = j;
        if (i < n && j < m && strcmp(a.data[i], b.data[j]) == 0) {
            op->kind = ' ';
            op->line = a.data[i];
            i++, j++;
        } else if (i < n && (j == m || T(i + 1, j) >= T(i, j + 1))) {
            op->kind = '-'; /* go's line first, as diff -u prints a change */
            op->line = a.data[i++];
        } else {
            op->kind = '+';
            op->line = b.data[j++];
        }
        vec_push(&ops, op);
    }
    int matched = T(0, 0);
#undef T
    /* print hunks with 3 lines of context */
    bool differs = matched != n || matched != m;
    if (differs) {
        printf("--- go build -gcflags='%s'\n+++ minigo build -gcflags='%s'\n", gcflags, gcflags);
        int k = 0;
        while (k < ops.len) {
            while (k < ops.len && ((Edit *)ops.data[k])->kind == ' ')
                k++;
            if (k == ops.len)
                break;
            int start = k >= 3 ? k - 3 : 0, end = k;
            /* extend while changes are within 6 lines of each other */
            for (int q = k; q < ops.len; q++) {
                if (((Edit *)ops.data[q])->kind != ' ')
                    end = q + 1;
                else if (q - end >= 6)
                    break;
            }
            int stop = end + 3 < ops.len ? end + 3 : ops.len;
            int na = 0, nb = 0;
            for (int q = start; q < stop; q++) {
                Edit *o = ops.data[q];
                na += o->kind != '+';
                nb += o->kind != '-';
            }
            Edit *first = ops.data[start];
            printf("@@ -%d,%d +%d,%d @@\n", first->ai + 1, na, first->bi + 1, nb);
            for (int q = start; q < stop; q++) {
                Edit *o = ops.data[q];
                printf("%c%s\n", o->kind, o->line);
            }
            k = stop;
        }
    }
    /* lines printed by both, but not where the other printed them */
    int common = 0;
    Vec seen = {0};
    for (int q = 0; q < a.len; q++) {
        bool dup = false;
        for (int r = 0; r < seen.len && !dup; r++)
            dup = strcmp(seen.data[r], a.data[q]) == 0;
        if (dup)
            continue;
        vec_push(&seen, a.data[q]);
        int ca = count_in(&a, a.data[q]), cb = count_in(&b, a.data[q]);
        common += ca < cb ? ca : cb;
    }
    int missing = n - common, extra = m - common, order = common - matched;
    printf("minigo diff: %d matched, %d missing, %d extra, %d order-only\n", matched, missing, extra, order);
    free(t);
    return differs ? 1 : 0;
}
