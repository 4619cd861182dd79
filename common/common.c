/* common.c — arenas, vectors, string buffers, positions, diagnostics. */
#include "common.h"

#include <errno.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arenas ---- */

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "minigo: out of memory\n");
        exit(2);
    }
    return p;
}

void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) {
        fprintf(stderr, "minigo: out of memory\n");
        exit(2);
    }
    return p;
}

char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

static Arena perm_arena;
Arena *perm = &perm_arena;

void *arena_alloc(Arena *a, size_t n) {
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->used + n > b->size) {
        size_t size = n > 64 * 1024 ? n : 64 * 1024;
        b = xmalloc(sizeof(ArenaBlock) + size);
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(Arena *a, const char *s) { return arena_strndup(a, s, strlen(s)); }

char *arena_printf(Arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void arena_free(Arena *a) {
    for (ArenaBlock *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->head = NULL;
}

/* ---- vectors ---- */

void vec_push(Vec *v, void *x) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->data = xrealloc(v->data, sizeof(void *) * (size_t)v->cap);
    }
    v->data[v->len++] = x;
}

void *vec_pop(Vec *v) {
    if (v->len == 0)
        ice("vec_pop of an empty vector");
    return v->data[--v->len];
}

/* ---- string buffers ---- */

static void sb_grow(StrBuf *b, size_t extra) {
    if (b->len + extra + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + extra + 1)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
}

void sb_putn(StrBuf *b, const char *s, size_t n) {
    sb_grow(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void sb_putc(StrBuf *b, char c) { sb_putn(b, &c, 1); }
void sb_puts(StrBuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    sb_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *sb_str(StrBuf *b) { return b->data ? b->data : ""; }
void sb_reset(StrBuf *b) {
    b->len = 0;
    if (b->data)
        b->data[0] = 0;
}
void sb_free(StrBuf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

int sb_read(StrBuf *b, FILE *f) {
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_putn(b, buf, n);
    return ferror(f) ? (errno ? errno : EIO) : 0;
}

/* ---- positions ---- */

Vec src_files;
bool pos_columns = true;

int src_add_file(const char *display_name) {
    vec_push(&src_files, xstrdup(display_name));
    return src_files.len - 1;
}

const char *pos_str(Arena *a, Pos p) {
    const char *f = p.file >= 0 && p.file < src_files.len ? src_files.data[p.file] : "?";
    if (!pos_columns)
        return arena_printf(a, "%s:%d", f, p.line);
    return arena_printf(a, "%s:%d:%d", f, p.line, p.col);
}

int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

/* ---- diagnostics ---- */

StrBuf diag_output;

typedef struct Diag {
    Pos pos;
    char *msg;
    int seq;
} Diag;

static Vec errors;   /* of Diag*, not yet flushed */
int diag_max_errors = 10;
static int nerrors;  /* all errors ever reported */
/* gc's base.ErrorfAt: one syntax error per line; an error equal to the
 * previous one on the same line is dropped; the 10th error stops the
 * compilation (the 10 are sorted and printed, then "too many errors" at
 * the 10th's position).  minigo keeps going but records nothing more. */
static Pos last_syntax, last_other;
static char *last_msg;
static bool stopped;
static Pos stop_pos;

static bool same_line(Pos a, Pos b) { return a.line && a.file == b.file && a.line == b.line; }

void diag_error(Pos p, const char *fmt, ...) {
    StrBuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    char *msg = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    nerrors++;
    if (stopped)
        return;
    if (strncmp(msg, "syntax error", 12) == 0) {
        if (same_line(last_syntax, p))
            return;
        last_syntax = p;
    } else {
        if (same_line(last_other, p) && last_msg && strcmp(last_msg, msg) == 0)
            return;
        last_other = p;
        last_msg = msg;
    }
    Diag *d = NEW(Diag);
    d->pos = p;
    d->seq = errors.len;
    d->msg = msg;
    vec_push(&errors, d);
    if (diag_max_errors && errors.len >= diag_max_errors) {
        stopped = true;
        stop_pos = p;
    }
}

int diag_errors(void) { return nerrors; }

static int diag_cmp(const void *x, const void *y) {
    const Diag *a = *(Diag *const *)x, *b = *(Diag *const *)y;
    int c = pos_cmp(a->pos, b->pos);
    if (c)
        return c;
    return a->seq - b->seq;
}

/* gc sorts errors by position (stably), drops exact duplicates, and after
 * the 10th reports "too many errors". */
void diag_flush(void) {
    if (errors.len > 1)
        qsort(errors.data, (size_t)errors.len, sizeof(void *), diag_cmp);
    const char *last = NULL;
    for (int i = 0; i < errors.len; i++) {
        Diag *d = errors.data[i];
        const char *line = arena_printf(perm, "%s: %s\n", pos_str(perm, d->pos), d->msg);
        if (last && strcmp(last, line) == 0)
            continue;
        sb_puts(&diag_output, line);
        last = line;
    }
    if (stopped) {
        sb_printf(&diag_output, "%s: too many errors\n", pos_str(perm, stop_pos));
        stopped = false;
    }
    errors.len = 0;
}

void diag_warn(Pos p, const char *fmt, ...) {
    sb_printf(&diag_output, "%s: ", pos_str(perm, p));
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&diag_output, fmt, ap);
    va_end(ap);
    sb_putc(&diag_output, '\n');
}

_Noreturn void ice_at(const char *file, int line, const char *fmt, ...) {
    fflush(stdout);
    fprintf(stderr, "minigo: internal compiler error at %s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}
