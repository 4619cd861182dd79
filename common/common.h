/* common.h — what every stage of minigo shares.
 *
 *   1. memory policy: arenas (never freed piece by piece)
 *   2. vectors and string buffers
 *   3. positions, as gc counts them
 *   4. diagnostics: user errors (gc's words) versus compiler bugs (ice)
 *
 * Memory policy, stated once: every AST node, type, IR value and escape
 * location is allocated from an Arena that lives as long as the
 * compilation (or, where noted, one function).  Nothing the compiler builds
 * is freed piece by piece; the process exits, or the arena is dropped whole.
 */
#ifndef MINIGO_COMMON_H
#define MINIGO_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- 1. arenas and xmalloc ------------------------------------------------ */

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
} Arena;

void *xmalloc(size_t n);               /* aborts on out-of-memory */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

void *arena_alloc(Arena *a, size_t n);  /* zeroed, 16-byte aligned */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void arena_free(Arena *a);             /* drops every block at once */

/* The arena for everything that lives for the whole compilation. */
extern Arena *perm;
#define NEW(T) ((T *)arena_alloc(perm, sizeof(T)))

/* ---- 2. vectors and string buffers ---------------------------------------- */

/* A growable array of pointers.  Its storage is xmalloc'ed (not an arena) so
 * that it can grow; a Vec that belongs to a long-lived structure is simply
 * never freed, consistent with the policy above. */
typedef struct Vec {
    void **data;
    int len, cap;
} Vec;

void vec_push(Vec *v, void *x);
void *vec_pop(Vec *v);
#define vec_at(v, i) ((v)->data[i])
#define vec_last(v) ((v)->data[(v)->len - 1])

typedef struct StrBuf {
    char *data;   /* always NUL-terminated once anything was written */
    size_t len, cap;
} StrBuf;

void sb_putc(StrBuf *b, char c);
void sb_puts(StrBuf *b, const char *s);
void sb_putn(StrBuf *b, const char *s, size_t n);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
const char *sb_str(StrBuf *b);  /* "" when empty */
void sb_reset(StrBuf *b);
void sb_free(StrBuf *b);
int sb_read(StrBuf *b, FILE *f);  /* appends the rest of f; 0 or an errno */

/* ---- 3. positions ---------------------------------------------------------- */

/* A source position as gc reports it: 1-based line, 1-based byte column
 * (a tab is one column).  file indexes src_files; line 0 means unknown. */
typedef struct Pos {
    int file;
    int line, col;
} Pos;

extern Vec src_files;  /* of char*: the names as gc prints them ("./f.go") */
extern bool pos_columns; /* print columns (gc's -C turns them off) */
int src_add_file(const char *display_name);
const char *pos_str(Arena *a, Pos p);  /* "./f.go:3:7" */
int pos_cmp(Pos a, Pos b);

/* ---- 4. diagnostics ---------------------------------------------------------- */

/* User errors: recorded, then flushed sorted by position as gc does, at most
 * 10 before "too many errors".  Returns nothing; check diag_errors(). */
void diag_error(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_errors(void);
void diag_flush(void);  /* prints recorded errors in gc's order */
extern int diag_max_errors; /* 10, as gc; 0 means no limit (gc's -e) */

/* -m diagnostics: gc flushes each as it is made, so they appear in emission
 * order.  They go to the compiler's output buffer (see diag_output). */
void diag_warn(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Everything the compiler prints (errors and -m lines) is collected here;
 * the driver prints "# command-line-arguments" before it when non-empty,
 * as the go command does. */
extern StrBuf diag_output;

/* A compiler bug, never a user error: names the C source line and aborts. */
#define ice(...) ice_at(__FILE__, __LINE__, __VA_ARGS__)
_Noreturn void ice_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
