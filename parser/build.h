/* build.h — private to the parser: the state of one parse and the AST
 * constructors the grammar's actions call (ast.c).  Other stages use ast.h.
 *
 * Contents
 *   1. the parser's state
 *   2. reporting errors from actions
 *   3. constructors: lists, expressions, types, declarations, statements
 */
#ifndef MINIGO_PARSER_BUILD_H
#define MINIGO_PARSER_BUILD_H

#include "ast.h"
#include "../lexer/lex.h"

/* ---- 1. state ---- */

typedef struct Parser {
    Lexer lx;
    Node *file;           /* the result */
    int nsyntax;          /* "syntax error: ..." reported */
    int last_err_line;    /* gc reports one syntax error per line */
    bool generics;        /* type parameters are accepted (go1.19's own source) */
    int bodyless_func;    /* the last top-level declaration was `func f()` without body */
    /* error recovery (parse.y, yylex) */
    int resync;           /* how input is being skipped (R_* in parse.y) */
    int resync_depth;     /* the bracket depth of the statement list recovered in */
    int clear_lookahead;  /* the error rule drops the offending token */
    struct {              /* tokens to hand the parser before reading more */
        int code;
        Tok val;
        Pos loc;
    } queue[4];
    int qhead, nqueue;
    int eof_repair;       /* closing brackets a lexical error left open at EOF (parse.y) */
    Pos eof_pos;
} Parser;

/* ---- 2. errors ---- */

/* A syntax error (counted; the parse yields NULL), at most one per line. */
void parse_syntax_error(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- 3. constructors (ast.c) ---- */

Vec *ast_list0(void);
Vec *ast_list1(Node *n);
Vec *ast_append(Vec *v, Node *n);
Vec *ast_concat(Vec *v, Vec *w);

/* expressions */
Node *ast_name(Pos p, const char *name);
Node *ast_lit(NodeKind k, Pos p, const Tok *t);
Node *ast_unary(Op op, Pos p, Node *x);
Node *ast_recv(Parser *ps, Pos arrow, Node *x);  /* <-x, or <-chan T re-associated */
Node *ast_binary(Op op, Pos p, Node *x, Node *y);
Node *ast_paren(Pos p, Node *x);
Node *ast_selector(Pos dot, Node *x, const char *name);
Node *ast_index(Pos lbrack, Node *x, Node *i);
Node *ast_slice(Pos lbrack, Node *x, Node *lo, Node *hi);
Node *ast_slice3(Pos lbrack, Node *x, Node *lo, Node *hi, Node *max, Pos colon2, Pos rbrack);
Node *ast_assert(Pos dot, Node *x, Node *type);
Node *ast_call(Pos lparen, Node *f, Vec *args, int dots);
Node *ast_composite(Pos lbrace, Node *type, Vec *elems);
Node *ast_keyval(Pos colon, Node *k, Node *v);
Node *ast_funclit(Pos func, Node *ftype, Node *body);

/* types */
Node *ast_ptrtype(Pos star, Node *elem);
Node *ast_slicetype(Pos lbrack, Node *elem);
Node *ast_arraytype(Pos lbrack, Node *len, Node *elem);
Node *ast_maptype(Pos map, Node *key, Node *val);
Node *ast_chantype(Pos p, int dir, Node *elem);
Node *ast_functype(Parser *ps, Pos p, Vec *params, Vec *results);
Node *ast_param(Pos p, const char *name, Node *type);  /* a FIELD; name or type may be absent */
Node *ast_dots(Pos p, Node *elem);                      /* ...T */
Vec *ast_fields(Vec *names, Node *type, Node *tag);     /* one FIELD per name */
Node *ast_embedded(Pos p, Node *type, Node *tag);
Node *ast_structtype(Pos p, Vec *fields);
Node *ast_method(Pos p, const char *name, Node *ftype);
Node *ast_ifacetype(Pos p, Vec *elems);
Node *ast_instance(Pos lbrack, Node *generic, Vec *args);  /* G[A, B] */
Node *ast_union(Pos bar, Node *x, Node *y);                /* x | y in a constraint */

/* declarations */
Node *ast_import(Pos p, const char *local, const Tok *path);
Node *ast_valuespec(NodeKind k, Vec *names, Node *type, Vec *values); /* VARDECL, CONSTDECL */
Vec *ast_group(Vec *specs);                            /* numbers CONSTDECLs (iota) */
Node *ast_typespec(Pos p, const char *name, Node *type, int alias);
Node *ast_funcdecl(Parser *ps, Pos func, Vec *recv, Pos name_pos, const char *name,
                   Node *ftype, Node *body, Vec *pragmas);
Node *ast_file(Pos p, const char *pkg, Vec *imports, Vec *decls);

/* statements */
Node *ast_block(Pos lbrace, Vec *stmts, Pos rbrace);
Node *ast_exprstmt(Node *x);
Node *ast_send(Pos arrow, Node *ch, Node *v);
Node *ast_incdec(Pos p, Op op, Node *x);
Node *ast_assign(Pos p, Op op, Vec *lhs, Vec *rhs);
Node *ast_define(Pos p, Vec *lhs, Vec *rhs);
Node *ast_declstmt(Pos p, Vec *specs);
Node *ast_gostmt(NodeKind k, Pos p, Node *call);       /* GOSTMT or DEFERSTMT */
Node *ast_return(Pos p, Vec *results);
Node *ast_branch(Pos p, Op op, const char *label);
Node *ast_labeled(Pos p, const char *label, Node *stmt);
/* An if/for/switch header, checked as soon as it is read. */
typedef struct Header {
    Node *init, *cond, *post;   /* cond: the condition or switch tag (an expression) */
    Node *guard, *bind;         /* switch [bind :=] guard.(type) */
    int range, define;          /* for [lhs =|:=] range x */
    Vec *lhs;
    Node *x;
    Pos rng;
} Header;

/* semilit is the lit of the ';' before cond ("semicolon", "newline") or NULL */
Header ast_if_header(Parser *ps, Node *init, Node *cond, const char *semilit, Pos semi);
Header ast_for_header(Parser *ps, Node *init, Node *cond, Node *post);
Header ast_range_header(Pos rng, Vec *lhs, int define, Node *x);
Header ast_switch_header(Parser *ps, Node *init, Node *tag);
Node *ast_if(Pos p, const Header *h, Node *then, Node *els);
Node *ast_for(Pos p, const Header *h, Node *body);
Node *ast_switch(Pos p, const Header *h, Vec *cases, Pos rbrace);
Node *ast_case(Pos p, Vec *exprs, int isdefault, Vec *body);
Node *ast_select(Pos p, Vec *comms);
Node *ast_comm(Pos p, Node *stmt, Vec *body);
Node *ast_empty(Pos p);

#endif
