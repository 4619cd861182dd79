/* lex.h — minigo's scanner (scan.l): Go's lexical grammar as gc reads it.
 *
 * Contents
 *   1. a token's semantic value (Tok) and the scanner's state (Lexer)
 *   2. running the scanner (used by the parser and by tests)
 *   3. literal helpers shared with the parser and the printer
 *
 * The scanner is a reentrant flex scanner; everything it knows lives in a
 * Lexer reached through flex's `extra`.  It implements Go's automatic
 * semicolons: a newline (or EOF, or a block comment spanning lines) after an
 * identifier, a literal, `break continue fallthrough return ++ -- ) ] }`
 * becomes a ';' token whose lit says "newline" or "EOF" (gc's words in
 * syntax errors); a written ';' has lit "semicolon".
 *
 * Positions are gc's: 1-based line, 1-based byte column, a tab counts one.
 * Lexical errors (bad literals, invalid characters) are reported with
 * diag_error in gc's words, without the "syntax error: " prefix, and the
 * token is still returned so that parsing goes on, as gc does.
 */
#ifndef MINIGO_LEX_H
#define MINIGO_LEX_H

#include "../common/common.h"

/* ---- 1. tokens and state ---- */

/* The semantic value of every token (the parser's %union member `tok`). */
typedef struct Tok {
    const char *lit;   /* identifier, literal source text, ";" kind, operator text */
    int len;           /* length of lit (literal source text may hold NULs) */
    int op;            /* an Op (parser/ast.h) for operators and assignment operators */
    int bad;           /* a malformed literal (its error was reported) */
    Vec pragmas;       /* //go: and //minigo: lines just before this token */
} Tok;

/* Nesting beyond this many brackets is refused, so that no later
 * (recursive) stage sees an absurdly deep tree. */
#define LEX_MAX_NEST 100000

typedef struct Lexer {
    void *scanner;       /* the flex yyscan_t */
    int file;            /* index in src_files */
    int line, col;       /* position of the next unread byte */
    size_t off, len;     /* its offset, and the input's length */
    int nlsemi;          /* a newline here would be a ';' */
    int tok_at_line_start; /* no token yet on the current line */
    Vec pragmas;         /* pending pragma lines (char*, without the //) */
    int nest;            /* open ( [ { */
    Pos *open;           /* their positions, innermost last */
    char *open_kind;     /* and which bracket each is; a closer of another kind leaves them */
    int too_deep;        /* nest exceeded LEX_MAX_NEST; the scanner returned EOF */
    int nerrors;         /* lexical errors reported */
    int last_code;       /* the last token returned (the parser's lookahead) */
    Tok last;
    Pos match_pos;       /* where the latest flex match started */
    Pos last_pos, prev_pos;  /* where the last token, and the one before, started */
} Lexer;

/* ---- 2. running the scanner ---- */

/* Prepares lx to scan src (len bytes; need not be NUL-terminated). */
void lex_init(Lexer *lx, int file, const char *src, size_t len);
void lex_free(Lexer *lx);
/* Returns the next token code (the parser's, from parse.h; 0 at EOF), its
 * value and its position.  The parser calls the flex function directly; this
 * is the same thing for tests. */
int lex_next(Lexer *lx, Tok *val, Pos *pos);
/* A token code's display name: "name", "literal", "(", "comma", "if"... */
const char *lex_token_name(int tok);

/* ---- 3. literals ---- */

/* Decodes an interpreted ("...") or raw (`...`) string literal's source text
 * into its bytes (arena copy, NUL-terminated); *n gets the length.  The text
 * must have been accepted by the scanner. */
const char *lex_string_value(const char *src, int len, int *n);
/* The value of a rune literal's source text ('a', '\n', '\u00e9'...). */
int64_t lex_rune_value(const char *src, int len);

#endif
