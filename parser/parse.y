/* parse.y — the Go 1.19 grammar (without type parameters), as a pure bison
 * parser building the AST of ast.h through the constructors of ast.c.
 *
 * Sections: tokens and precedence; the grammar (file and declarations,
 * types, expressions, statements); then, after the grammar, syntax errors
 * in gc's words (the parser stack read back as gc's recursive descent would
 * describe it) and the recovery that lets later errors be reported too.
 *
 * Two things gc's parser decides by hand are made explicit here:
 *
 *  - Composite literals in statement headers.  In `if x == T {`, the `{`
 *    opens the block, not a literal T{...}.  gc forbids a composite literal
 *    whose type is a bare (possibly qualified) name at the top level of an
 *    if/for/switch header.  The grammar therefore has a second expression
 *    hierarchy, *_nc ("no composite"), used only by headers: it is the same
 *    as the normal one except that `primary complit` is missing.  Literals
 *    with an explicit type literal ([]T{}, [N]T{}, map[K]V{}, struct{...}{})
 *    and parenthesised expressions remain allowed, as in gc.
 *
 *  - Types inside expressions.  gc parses a type wherever an operand may be.
 *    Here a type literal that is not a composite literal's type or a
 *    conversion's callee is accepted only where it can mean something: as a
 *    call argument (make([]int, n), new(struct{})), an index, an array
 *    length, inside parentheses, and in case lists (type switches).  *T and
 *    plain names are ordinary expressions.
 *
 * The one precedence declaration that resolves a grammar conflict is
 * NORESULT: after `func(...)`, a '(' starts the result list (gc does the
 * same), never a conversion's argument list.
 *
 * Generics (parsed for go1.19's own source, refused in users' programs by
 * generics_gate) bring two conflicts, declared with %expect: in a
 * parameter list, `x [` starts x's array type, never an instantiated type
 * name (shift), as gc reads it; in a struct, `a [` is read on (shift) by
 * the field_decl rules that start with NAME '['.
 */

%code requires {
#include "parser/build.h"
}

%code provides {
/* The flex scanner (scan.l); the parser reads it through yylex below. */
int lex_scan(YYSTYPE *lval, YYLTYPE *lloc, void *scanner);
}

%code {
#include <stdio.h>
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N)              \
    do {                                         \
        if (N)                                   \
            (Cur) = YYRHSLOC(Rhs, 1);            \
        else                                     \
            (Cur) = YYRHSLOC(Rhs, 0);            \
    } while (0)

/* Deep enough for LEX_MAX_NEST brackets in any combination; beyond it (a
 * million unary minuses) bison's "memory exhausted" becomes gc-style
 * "nesting too deep" (yyerror). */
#define YYINITDEPTH 1000
#define YYMAXDEPTH 1000000

static void yyerror(YYLTYPE *loc, Parser *p, const char *msg);
static int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p);
/* (the parser's own stack types are not declared yet here) */
static int complit_type(Parser *p, void *ssp, void *esa, void *es, void *es_cap, Node *type);
static void generics_gate(Parser *p, Pos at);

/* The action of the error rules: drop the offending token unless recovery
 * resumes at it (see "recovering from a syntax error" below). */
#define RECOVERED()                      \
    do {                                 \
        if (p->clear_lookahead)          \
            yyclearin;                   \
        p->clear_lookahead = 0;          \
    } while (0)
}

%define api.pure full
%define api.location.type {Pos}
%define parse.error custom
%define parse.lac full
%define lr.type ielr
%locations
%expect 2
%param {Parser *p}

%union {
    Tok tok;
    Node *node;
    Vec *list;
    Header hdr;
    int dir;
}

%token <tok> NAME INT FLOAT IMAG RUNE STRING
%token <tok> BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR
%token <tok> FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT
%token <tok> STRUCT SWITCH TYPE VAR
%token <tok> ASSIGN_OP INC DEC DEFINE ELLIPSIS ARROW
%token <tok> LOR LAND EQ NE LE GE SHL SHR ANDNOT
%token <tok> '+' '-' '*' '/' '%' '&' '|' '^' '<' '>' '=' '!' '~'
%token <tok> '(' ')' '[' ']' '{' '}' ',' ';' '.' ':'

%precedence NORESULT
%precedence '('

%left LOR
%left LAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' '&' SHL SHR ANDNOT

%type <node> import_spec topfunc
%type <list> imports import_decl import_specs import_spec_list
%type <list> topdecls topdecl decl const_decl var_decl type_decl
%type <list> const_specs var_specs type_specs
%type <node> const_spec var_spec type_spec
%type <list> name_list tparam_list tparam_names type_args
%type <node> constraint cterm cconstraint cterm_first
%type <node> type ntype rtype type_name typelit littype recvchantype baretype
%type <node> signature struct_type iface_type field_tag iface_elem param
%type <list> params param_list result field_decls field_decl iface_elems
%type <node> expr unary primary operand expr_or_type arg elem elem_value complit
%type <node> expr_nc unary_nc primary_nc
%type <list> expr_list expr_list_nc call_args arg_list elem_list
%type <node> ofunc_body block stmt simple_stmt simple_nc osimple_nc
%type <node> if_stmt for_stmt switch_stmt select_stmt case_clause comm_clause
%type <list> stmt_list case_clauses comm_clauses
%type <hdr> if_header for_header switch_header
%type <dir> ocomma osemi

%%

/* ---- the file ---- */

file:
    PACKAGE NAME ';' imports topdecls   { p->file = ast_file(@1, $2.lit, $4, $5); }
    ;

imports:
    %empty                              { $$ = ast_list0(); }
  | imports import_decl ';'             { $$ = ast_concat($1, $2); }
    ;

import_decl:
    IMPORT import_spec                  { $$ = ast_list1($2); }
  | IMPORT '(' import_specs ')'         { $$ = $3; }
    ;

import_specs:
    %empty                              { $$ = ast_list0(); }
  | import_spec_list osemi              { $$ = $1; }
    ;

import_spec_list:
    import_spec                         { $$ = ast_list1($1); }
  | import_spec_list ';' import_spec    { $$ = ast_append($1, $3); }
    ;

import_spec:
    STRING                              { $$ = ast_import(@1, NULL, &$1); }
  | NAME STRING                         { $$ = ast_import(@1, $1.lit, &$2); }
  | '.' STRING                          { $$ = ast_import(@1, ".", &$2); }
    ;

topdecls:
    %empty                              { $$ = ast_list0(); }
  | topdecls topdecl ';'                { $$ = ast_concat($1, $2); }
  | topdecls error_decl ';'             { $$ = $1; }
    ;

error_decl:
    error                               { RECOVERED(); }
    ;

topdecl:
    decl                                { $$ = $1; p->bodyless_func = 0; }
  | topfunc                             { $$ = ast_list1($1); p->bodyless_func = $1->c == NULL; }
    ;

decl:
    const_decl
  | var_decl
  | type_decl
    ;

/* ---- declarations ---- */

const_decl:
    CONST const_spec                    { $$ = ast_group(ast_list1($2)); }
  | CONST '(' ')'                       { $$ = ast_list0(); }
  | CONST '(' const_specs osemi ')'     { $$ = ast_group($3); }
    ;

const_specs:
    const_spec                          { $$ = ast_list1($1); }
  | const_specs ';' const_spec          { $$ = ast_append($1, $3); }
    ;

const_spec:
    name_list                           { $$ = ast_valuespec(N_CONSTDECL, $1, NULL, ast_list0()); }
  | name_list type                      { $$ = ast_valuespec(N_CONSTDECL, $1, $2, ast_list0()); }
  | name_list '=' expr_list             { $$ = ast_valuespec(N_CONSTDECL, $1, NULL, $3); }
  | name_list type '=' expr_list        { $$ = ast_valuespec(N_CONSTDECL, $1, $2, $4); }
    ;

var_decl:
    VAR var_spec                        { $$ = ast_list1($2); }
  | VAR '(' ')'                         { $$ = ast_list0(); }
  | VAR '(' var_specs osemi ')'         { $$ = $3; }
    ;

var_specs:
    var_spec                            { $$ = ast_list1($1); }
  | var_specs ';' var_spec              { $$ = ast_append($1, $3); }
    ;

var_spec:
    name_list type                      { $$ = ast_valuespec(N_VARDECL, $1, $2, ast_list0()); }
  | name_list '=' expr_list             { $$ = ast_valuespec(N_VARDECL, $1, NULL, $3); }
  | name_list type '=' expr_list        { $$ = ast_valuespec(N_VARDECL, $1, $2, $4); }
    ;

type_decl:
    TYPE type_spec                      { $$ = ast_list1($2); }
  | TYPE '(' ')'                        { $$ = ast_list0(); }
  | TYPE '(' type_specs osemi ')'       { $$ = $3; }
    ;

type_specs:
    type_spec                           { $$ = ast_list1($1); }
  | type_specs ';' type_spec            { $$ = ast_append($1, $3); }
    ;

type_spec:
    NAME type                           { $$ = ast_typespec(@1, $1.lit, $2, 0); }
  | NAME '=' type                       { $$ = ast_typespec(@1, $1.lit, $3, 1); }
  | NAME '[' tparam_list ocomma ']' type
        { $$ = ast_typespec(@1, $1.lit, $6, 0); $$->list = *$3; generics_gate(p, @2); }
    ;

/* Type parameters: [T any], [K comparable, V any], [K, V any], [S ~[]E, E any].
 * The first parameter's constraint may not start with '*', '(' or '[':
 * after `type A[N` those continue an array length (A[N*M]T), as go1.19
 * reads the ambiguous `[P *C]`. */
tparam_list:
    NAME cconstraint                    { $$ = ast_fields(ast_list1(ast_name(@1, $1.lit)), $2, NULL); }
  | NAME ',' tparam_names constraint
        { $$ = ast_fields(ast_concat(ast_list1(ast_name(@1, $1.lit)), $3), $4, NULL); }
  | tparam_list ',' tparam_names constraint { $$ = ast_concat($1, ast_fields($3, $4, NULL)); }
    ;

tparam_names:
    NAME                                { $$ = ast_list1(ast_name(@1, $1.lit)); }
  | tparam_names ',' NAME               { $$ = ast_append($1, ast_name(@3, $3.lit)); }
    ;

cconstraint:
    cterm_first
  | cconstraint '|' cterm               { $$ = ast_union(@2, $1, $3); }
    ;

cterm_first:
    '~' type                            { $$ = ast_new2(N_TILDE, @1, $2, NULL); }
  | type_name
  | type_name '[' type_args ocomma ']'  { $$ = ast_instance(@2, $1, $3); }
  | MAP '[' type ']' type               { $$ = ast_maptype(@1, $3, $5); }
  | struct_type
  | CHAN ntype                          { $$ = ast_chantype(@1, 0, $2); }
  | CHAN ARROW type                     { $$ = ast_chantype(@1, 1, $3); }
  | FUNC signature                      { $$ = $2; }
  | iface_type
  | recvchantype
    ;

/* A constraint, or an interface's type-set element: a union of terms, each
 * a type or ~type. */
constraint:
    cterm
  | constraint '|' cterm                { $$ = ast_union(@2, $1, $3); }
    ;

cterm:
    type
  | '~' type                            { $$ = ast_new2(N_TILDE, @1, $2, NULL); }
    ;

type_args:
    type                                { $$ = ast_list1($1); }
  | type_args ',' type                  { $$ = ast_append($1, $3); }
    ;

name_list:
    NAME                                { $$ = ast_list1(ast_name(@1, $1.lit)); }
  | name_list ',' NAME                  { $$ = ast_append($1, ast_name(@3, $3.lit)); }
    ;

topfunc:
    FUNC NAME signature ofunc_body
        { $$ = ast_funcdecl(p, @1, NULL, @2, $2.lit, $3, $4, &$1.pragmas); }
  | FUNC NAME '[' tparam_list ocomma ']' signature ofunc_body
        { $$ = ast_funcdecl(p, @1, NULL, @2, $2.lit, $7, $8, &$1.pragmas); $$->list = *$4;
          generics_gate(p, @3); }
  | FUNC '(' params ')' NAME signature ofunc_body
        { $$ = ast_funcdecl(p, @1, $3, @5, $5.lit, $6, $7, &$1.pragmas); }
    ;

ofunc_body:
    %empty                              { $$ = NULL; }
  | block
    ;

/* ---- types ---- */

type:
    ntype
  | recvchantype
    ;

/* A type that does not start with '<-' (chan's element: chan <-chan T is
 * chan<- (chan T), as gc reads it). */
ntype:
    rtype
  | '(' type ')'                        { $$ = $2; }
    ;

/* A type that does not start with '(' (a function's single result). */
rtype:
    type_name
  | type_name '[' type_args ocomma ']'  { $$ = ast_instance(@2, $1, $3); generics_gate(p, @2); }
  | '*' type                            { $$ = ast_ptrtype(@1, $2); }
  | typelit
    ;

type_name:
    NAME                                { $$ = ast_name(@1, $1.lit); }
  | NAME '.' NAME                       { $$ = ast_selector(@2, ast_name(@1, $1.lit), $3.lit); $$->pos2 = @3; }
    ;

recvchantype:
    ARROW CHAN type                     { $$ = ast_chantype(@1, 2, $3); }
    ;

/* Type literals that may also stand as operands: conversions' callees and
 * (littype) composite literals' types. */
typelit:
    littype
  | CHAN ntype                          { $$ = ast_chantype(@1, 0, $2); }
  | CHAN ARROW type                     { $$ = ast_chantype(@1, 1, $3); }
  | FUNC signature                      { $$ = $2; }
  | iface_type
    ;

littype:
    '[' expr ']' type                   { $$ = ast_arraytype(@1, $2, $4); }
  | '[' baretype ']' type               { $$ = ast_arraytype(@1, $2, $4); }
  | '[' ELLIPSIS ']' type               { $$ = ast_arraytype(@1, NULL, $4); }
  | '[' ']' type                        { $$ = ast_slicetype(@1, $3); }
  | MAP '[' type ']' type               { $$ = ast_maptype(@1, $3, $5); }
  | struct_type
    ;

signature:
    '(' params ')' %prec NORESULT       { $$ = ast_functype(p, @1, $2, ast_list0()); }
  | '(' params ')' result               { $$ = ast_functype(p, @1, $2, $4); }
    ;

result:
    '(' params ')'                      { $$ = $2; }
  | rtype                               { $$ = ast_list1(ast_param(@1, NULL, $1)); }
  | recvchantype                        { $$ = ast_list1(ast_param(@1, NULL, $1)); }
    ;

params:
    %empty                              { $$ = ast_list0(); }
  | param_list ocomma                   { $$ = $1; }
    ;

param_list:
    param                               { $$ = ast_list1($1); }
  | param_list ',' param                { $$ = ast_append($1, $3); }
    ;

/* A lone name is a name or a type: ast_functype sorts it out as gc does. */
param:
    NAME type                           { $$ = ast_param(@1, $1.lit, $2); }
  | NAME ELLIPSIS type                  { $$ = ast_param(@1, $1.lit, ast_dots(@2, $3)); }
  | type                                { $$ = ast_param(@1, NULL, $1); }
  | ELLIPSIS type                       { $$ = ast_param(@1, NULL, ast_dots(@1, $2)); }
    ;

struct_type:
    STRUCT '{' '}'                      { $$ = ast_structtype(@1, ast_list0()); }
  | STRUCT '{' field_decls osemi '}'    { $$ = ast_structtype(@1, $3); }
    ;

field_decls:
    field_decl
  | field_decls ';' field_decl          { $$ = ast_concat($1, $3); }
    ;

/* After a name, '[' starts the field's array or slice type, or the type
 * arguments of an embedded generic type (A[T], go1.19's own source only):
 * the same prefix `a [x]` until what follows the ']' decides. */
field_decl:
    name_list type field_tag            { $$ = ast_fields($1, $2, $3); }
  | NAME '[' ']' type field_tag
        { $$ = ast_fields(ast_list1(ast_name(@1, $1.lit)), ast_slicetype(@2, $4), $5); }
  | NAME '[' expr ']' type field_tag
        { $$ = ast_fields(ast_list1(ast_name(@1, $1.lit)), ast_arraytype(@2, $3, $5), $6); }
  | NAME '[' expr ']' field_tag
        { $$ = ast_list1(ast_embedded(@1, ast_instance(@2, ast_name(@1, $1.lit), ast_list1($3)), $5));
          generics_gate(p, @2); }
  | NAME '[' baretype ']' field_tag
        { $$ = ast_list1(ast_embedded(@1, ast_instance(@2, ast_name(@1, $1.lit), ast_list1($3)), $5));
          generics_gate(p, @2); }
  | NAME '[' arg ',' arg_list ocomma ']' field_tag
        { $$ = ast_list1(ast_embedded(@1, ast_instance(@2, ast_name(@1, $1.lit), ast_concat(ast_list1($3), $5)), $8));
          generics_gate(p, @2); }
  | NAME '.' NAME '[' type_args ocomma ']' field_tag
        { Node *tn = ast_selector(@2, ast_name(@1, $1.lit), $3.lit); tn->pos2 = @3;
          $$ = ast_list1(ast_embedded(@1, ast_instance(@4, tn, $5), $8)); generics_gate(p, @4); }
  | type_name field_tag                 { $$ = ast_list1(ast_embedded(@1, $1, $2)); }
  | '*' type_name field_tag             { $$ = ast_list1(ast_embedded(@1, ast_ptrtype(@1, $2), $3)); }
    ;

field_tag:
    %empty                              { $$ = NULL; }
  | STRING                              { $$ = ast_lit(N_STRLIT, @1, &$1); }
    ;

iface_type:
    INTERFACE '{' '}'                   { $$ = ast_ifacetype(@1, ast_list0()); }
  | INTERFACE '{' iface_elems osemi '}' { $$ = ast_ifacetype(@1, $3); }
    ;

iface_elems:
    iface_elem                          { $$ = ast_list1($1); }
  | iface_elems ';' iface_elem          { $$ = ast_append($1, $3); }
    ;

iface_elem:
    NAME signature                      { $$ = ast_method(@1, $1.lit, $2); }
  | constraint                          { $$ = ast_method(@1, NULL, $1);
                                          if ($1->kind == N_UNION || $1->kind == N_TILDE) generics_gate(p, @1); }
    ;

/* A type written where an expression may be, other than as *T or a name. */
baretype:
    typelit
  | recvchantype
  | '*' baretype                        { $$ = ast_unary(OP_DEREF, @1, $2); }
    ;

/* ---- expressions ---- */

expr:
    unary
  | expr LOR expr                       { $$ = ast_binary(OP_LOR, @2, $1, $3); }
  | expr LAND expr                      { $$ = ast_binary(OP_LAND, @2, $1, $3); }
  | expr EQ expr                        { $$ = ast_binary(OP_EQ, @2, $1, $3); }
  | expr NE expr                        { $$ = ast_binary(OP_NE, @2, $1, $3); }
  | expr '<' expr                       { $$ = ast_binary(OP_LT, @2, $1, $3); }
  | expr LE expr                        { $$ = ast_binary(OP_LE, @2, $1, $3); }
  | expr '>' expr                       { $$ = ast_binary(OP_GT, @2, $1, $3); }
  | expr GE expr                        { $$ = ast_binary(OP_GE, @2, $1, $3); }
  | expr '+' expr                       { $$ = ast_binary(OP_ADD, @2, $1, $3); }
  | expr '-' expr                       { $$ = ast_binary(OP_SUB, @2, $1, $3); }
  | expr '|' expr                       { $$ = ast_binary(OP_OR, @2, $1, $3); }
  | expr '^' expr                       { $$ = ast_binary(OP_XOR, @2, $1, $3); }
  | expr '*' expr                       { $$ = ast_binary(OP_MUL, @2, $1, $3); }
  | expr '/' expr                       { $$ = ast_binary(OP_DIV, @2, $1, $3); }
  | expr '%' expr                       { $$ = ast_binary(OP_MOD, @2, $1, $3); }
  | expr '&' expr                       { $$ = ast_binary(OP_AND, @2, $1, $3); }
  | expr SHL expr                       { $$ = ast_binary(OP_SHL, @2, $1, $3); }
  | expr SHR expr                       { $$ = ast_binary(OP_SHR, @2, $1, $3); }
  | expr ANDNOT expr                    { $$ = ast_binary(OP_ANDNOT, @2, $1, $3); }
    ;

unary:
    primary
  | '+' unary                           { $$ = ast_unary(OP_ADD, @1, $2); }
  | '-' unary                           { $$ = ast_unary(OP_SUB, @1, $2); }
  | '!' unary                           { $$ = ast_unary(OP_NOT, @1, $2); }
  | '^' unary                           { $$ = ast_unary(OP_XOR, @1, $2); }
  | '*' unary                           { $$ = ast_unary(OP_DEREF, @1, $2); }
  | '&' unary                           { $$ = ast_unary(OP_ADDR, @1, $2); }
  | ARROW unary                         { $$ = ast_recv(p, @1, $2); }
    ;

primary:
    operand
  | primary '.' NAME                    { $$ = ast_selector(@2, $1, $3.lit); $$->pos2 = @3; }
  | primary '.' '(' type ')'            { $$ = ast_assert(@2, $1, $4); }
  | primary '.' '(' TYPE ')'            { $$ = ast_assert(@2, $1, NULL); }
  | primary '[' expr ']'                { $$ = ast_index(@2, $1, $3); }
  | primary '[' baretype ']'            { $$ = ast_index(@2, $1, $3); }
  | primary '[' arg ',' arg_list ocomma ']'
        { $$ = ast_instance(@2, $1, ast_concat(ast_list1($3), $5)); generics_gate(p, @4); }
  | primary '[' expr ':' expr ']'       { $$ = ast_slice(@2, $1, $3, $5); }
  | primary '[' expr ':' ']'            { $$ = ast_slice(@2, $1, $3, NULL); }
  | primary '[' ':' expr ']'            { $$ = ast_slice(@2, $1, NULL, $4); }
  | primary '[' ':' ']'                 { $$ = ast_slice(@2, $1, NULL, NULL); }
  | primary '[' expr ':' expr ':' expr ']' { $$ = ast_slice3(@2, $1, $3, $5, $7, @6, @8); }
  | primary '[' expr ':' expr ':' ']'   { $$ = ast_slice3(@2, $1, $3, $5, NULL, @6, @7); }
  | primary '[' expr ':' ':' expr ']'   { $$ = ast_slice3(@2, $1, $3, NULL, $6, @5, @7); }
  | primary '[' expr ':' ':' ']'        { $$ = ast_slice3(@2, $1, $3, NULL, NULL, @5, @6); }
  | primary '[' ':' expr ':' expr ']'   { $$ = ast_slice3(@2, $1, NULL, $4, $6, @5, @7); }
  | primary '[' ':' expr ':' ']'        { $$ = ast_slice3(@2, $1, NULL, $4, NULL, @5, @6); }
  | primary '[' ':' ':' expr ']'        { $$ = ast_slice3(@2, $1, NULL, NULL, $5, @4, @6); }
  | primary '[' ':' ':' ']'             { $$ = ast_slice3(@2, $1, NULL, NULL, NULL, @4, @5); }
  | primary '(' call_args ')'           { $$ = ast_call(@2, $1, $3, 0); }
  | primary '(' arg_list ELLIPSIS ocomma ')' { $$ = ast_call(@2, $1, $3, 1); }
  | primary complit_ok complit          { $3->a = $1; $$ = $3; }
    ;

/* Checks the primary just before it ($0) as a literal's type, at the '{'. */
complit_ok:
    %empty                              { if (!complit_type(p, yyssp, yyesa, &yyes, &yyes_capacity, $<node>0)) YYERROR; }
    ;

operand:
    NAME                                { $$ = ast_name(@1, $1.lit); }
  | INT                                 { $$ = ast_lit(N_INTLIT, @1, &$1); }
  | FLOAT                               { $$ = ast_lit(N_FLOATLIT, @1, &$1); }
  | IMAG                                { $$ = ast_lit(N_IMAGLIT, @1, &$1); }
  | RUNE                                { $$ = ast_lit(N_RUNELIT, @1, &$1); }
  | STRING                              { $$ = ast_lit(N_STRLIT, @1, &$1); }
  | '(' expr_or_type ')'                { $$ = ast_paren(@1, $2); }
  | FUNC signature block                { $$ = ast_funclit(@1, $2, $3); }
  | littype complit                     { $2->a = $1; $$ = $2; }
  | struct_type '.' NAME                { $$ = ast_selector(@2, $1, $3.lit); $$->pos2 = @3; }
  | iface_type '.' NAME                 { $$ = ast_selector(@2, $1, $3.lit); $$->pos2 = @3; }
  | typelit '(' call_args ')'           { $$ = ast_call(@2, $1, $3, 0); }
  | typelit '(' arg_list ELLIPSIS ocomma ')' { $$ = ast_call(@2, $1, $3, 1); }
    ;

complit:
    '{' '}'                             { $$ = ast_composite(@1, NULL, ast_list0()); $$->pos2 = @2; }
  | '{' elem_list ocomma '}'            { $$ = ast_composite(@1, NULL, $2); $$->pos2 = @4; }
    ;

elem_list:
    elem                                { $$ = ast_list1($1); }
  | elem_list ',' elem                  { $$ = ast_append($1, $3); }
    ;

elem:
    elem_value
  | elem_value ':' elem_value           { $$ = ast_keyval(@2, $1, $3); }
    ;

elem_value:
    expr
  | complit
    ;

expr_or_type:
    expr
  | baretype
    ;

call_args:
    %empty                              { $$ = ast_list0(); }
  | arg_list ocomma                     { $$ = $1; }
    ;

arg_list:
    arg                                 { $$ = ast_list1($1); }
  | arg_list ',' arg                    { $$ = ast_append($1, $3); }
    ;

arg:
    expr
  | baretype
    ;

expr_list:
    expr                                { $$ = ast_list1($1); }
  | expr_list ',' expr                  { $$ = ast_append($1, $3); }
    ;

/* The same, for statement headers: no T{...} with a bare type name T. */

expr_nc:
    unary_nc
  | expr_nc LOR expr_nc                 { $$ = ast_binary(OP_LOR, @2, $1, $3); }
  | expr_nc LAND expr_nc                { $$ = ast_binary(OP_LAND, @2, $1, $3); }
  | expr_nc EQ expr_nc                  { $$ = ast_binary(OP_EQ, @2, $1, $3); }
  | expr_nc NE expr_nc                  { $$ = ast_binary(OP_NE, @2, $1, $3); }
  | expr_nc '<' expr_nc                 { $$ = ast_binary(OP_LT, @2, $1, $3); }
  | expr_nc LE expr_nc                  { $$ = ast_binary(OP_LE, @2, $1, $3); }
  | expr_nc '>' expr_nc                 { $$ = ast_binary(OP_GT, @2, $1, $3); }
  | expr_nc GE expr_nc                  { $$ = ast_binary(OP_GE, @2, $1, $3); }
  | expr_nc '+' expr_nc                 { $$ = ast_binary(OP_ADD, @2, $1, $3); }
  | expr_nc '-' expr_nc                 { $$ = ast_binary(OP_SUB, @2, $1, $3); }
  | expr_nc '|' expr_nc                 { $$ = ast_binary(OP_OR, @2, $1, $3); }
  | expr_nc '^' expr_nc                 { $$ = ast_binary(OP_XOR, @2, $1, $3); }
  | expr_nc '*' expr_nc                 { $$ = ast_binary(OP_MUL, @2, $1, $3); }
  | expr_nc '/' expr_nc                 { $$ = ast_binary(OP_DIV, @2, $1, $3); }
  | expr_nc '%' expr_nc                 { $$ = ast_binary(OP_MOD, @2, $1, $3); }
  | expr_nc '&' expr_nc                 { $$ = ast_binary(OP_AND, @2, $1, $3); }
  | expr_nc SHL expr_nc                 { $$ = ast_binary(OP_SHL, @2, $1, $3); }
  | expr_nc SHR expr_nc                 { $$ = ast_binary(OP_SHR, @2, $1, $3); }
  | expr_nc ANDNOT expr_nc              { $$ = ast_binary(OP_ANDNOT, @2, $1, $3); }
    ;

unary_nc:
    primary_nc
  | '+' unary_nc                        { $$ = ast_unary(OP_ADD, @1, $2); }
  | '-' unary_nc                        { $$ = ast_unary(OP_SUB, @1, $2); }
  | '!' unary_nc                        { $$ = ast_unary(OP_NOT, @1, $2); }
  | '^' unary_nc                        { $$ = ast_unary(OP_XOR, @1, $2); }
  | '*' unary_nc                        { $$ = ast_unary(OP_DEREF, @1, $2); }
  | '&' unary_nc                        { $$ = ast_unary(OP_ADDR, @1, $2); }
  | ARROW unary_nc                      { $$ = ast_recv(p, @1, $2); }
    ;

primary_nc:
    operand
  | primary_nc '.' NAME                 { $$ = ast_selector(@2, $1, $3.lit); $$->pos2 = @3; }
  | primary_nc '.' '(' type ')'         { $$ = ast_assert(@2, $1, $4); }
  | primary_nc '.' '(' TYPE ')'         { $$ = ast_assert(@2, $1, NULL); }
  | primary_nc '[' expr ']'             { $$ = ast_index(@2, $1, $3); }
  | primary_nc '[' baretype ']'         { $$ = ast_index(@2, $1, $3); }
  | primary_nc '[' expr ':' expr ']'    { $$ = ast_slice(@2, $1, $3, $5); }
  | primary_nc '[' expr ':' ']'         { $$ = ast_slice(@2, $1, $3, NULL); }
  | primary_nc '[' ':' expr ']'         { $$ = ast_slice(@2, $1, NULL, $4); }
  | primary_nc '[' ':' ']'              { $$ = ast_slice(@2, $1, NULL, NULL); }
  | primary_nc '[' expr ':' expr ':' expr ']' { $$ = ast_slice3(@2, $1, $3, $5, $7, @6, @8); }
  | primary_nc '[' expr ':' expr ':' ']' { $$ = ast_slice3(@2, $1, $3, $5, NULL, @6, @7); }
  | primary_nc '[' expr ':' ':' expr ']' { $$ = ast_slice3(@2, $1, $3, NULL, $6, @5, @7); }
  | primary_nc '[' expr ':' ':' ']'     { $$ = ast_slice3(@2, $1, $3, NULL, NULL, @5, @6); }
  | primary_nc '[' ':' expr ':' expr ']' { $$ = ast_slice3(@2, $1, NULL, $4, $6, @5, @7); }
  | primary_nc '[' ':' expr ':' ']'     { $$ = ast_slice3(@2, $1, NULL, $4, NULL, @5, @6); }
  | primary_nc '[' ':' ':' expr ']'     { $$ = ast_slice3(@2, $1, NULL, NULL, $5, @4, @6); }
  | primary_nc '[' ':' ':' ']'          { $$ = ast_slice3(@2, $1, NULL, NULL, NULL, @4, @5); }
  | primary_nc '(' call_args ')'        { $$ = ast_call(@2, $1, $3, 0); }
  | primary_nc '(' arg_list ELLIPSIS ocomma ')' { $$ = ast_call(@2, $1, $3, 1); }
    ;

expr_list_nc:
    expr_nc                             { $$ = ast_list1($1); }
  | expr_list_nc ',' expr_nc            { $$ = ast_append($1, $3); }
    ;

/* ---- statements ---- */

block:
    '{' stmt_list '}'                   { $$ = ast_block(@1, $2, @3); }
    ;

stmt_list:
    stmt                                { $$ = ast_append(ast_list0(), $1); }
  | stmt_list ';' stmt                  { $$ = ast_append($1, $3); }
    ;

stmt:
    %empty                              { $$ = NULL; }
  | error                               { $$ = NULL; RECOVERED(); }
  | simple_stmt
  | decl                                { $$ = ast_declstmt(@1, $1); }
  | NAME ':' stmt                       { $$ = ast_labeled(@1, $1.lit, $3); }
  | GO primary                          { $$ = ast_gostmt(N_GOSTMT, @1, $2); }
  | DEFER primary                       { $$ = ast_gostmt(N_DEFERSTMT, @1, $2); }
  | RETURN                              { $$ = ast_return(@1, ast_list0()); }
  | RETURN expr_list                    { $$ = ast_return(@1, $2); }
  | BREAK                               { $$ = ast_branch(@1, OP_BREAK, NULL); }
  | BREAK NAME                          { $$ = ast_branch(@1, OP_BREAK, $2.lit); }
  | CONTINUE                            { $$ = ast_branch(@1, OP_CONTINUE, NULL); }
  | CONTINUE NAME                       { $$ = ast_branch(@1, OP_CONTINUE, $2.lit); }
  | GOTO NAME                           { $$ = ast_branch(@1, OP_GOTO, $2.lit); }
  | FALLTHROUGH                         { $$ = ast_branch(@1, OP_FALLTHROUGH, NULL); }
  | block
  | if_stmt
  | for_stmt
  | switch_stmt
  | select_stmt
    ;

simple_stmt:
    expr                                { $$ = ast_exprstmt($1); }
  | expr ARROW expr                     { $$ = ast_send(@2, $1, $3); }
  | expr INC                            { $$ = ast_incdec(@2, OP_ADD, $1); }
  | expr DEC                            { $$ = ast_incdec(@2, OP_SUB, $1); }
  | expr ASSIGN_OP expr                 { $$ = ast_assign(@2, $2.op, ast_list1($1), ast_list1($3)); }
  | expr_list '=' expr_list             { $$ = ast_assign(@2, OP_NONE, $1, $3); }
  | expr_list DEFINE expr_list          { $$ = ast_define(@2, $1, $3); }
    ;

simple_nc:
    expr_nc                             { $$ = ast_exprstmt($1); }
  | expr_nc ARROW expr_nc               { $$ = ast_send(@2, $1, $3); }
  | expr_nc INC                         { $$ = ast_incdec(@2, OP_ADD, $1); }
  | expr_nc DEC                         { $$ = ast_incdec(@2, OP_SUB, $1); }
  | expr_nc ASSIGN_OP expr_nc           { $$ = ast_assign(@2, $2.op, ast_list1($1), ast_list1($3)); }
  | expr_list_nc '=' expr_list_nc       { $$ = ast_assign(@2, OP_NONE, $1, $3); }
  | expr_list_nc DEFINE expr_list_nc    { $$ = ast_define(@2, $1, $3); }
    ;

osimple_nc:
    %empty                              { $$ = NULL; }
  | simple_nc
    ;

/* Headers are checked as soon as they are read, before the block: gc
 * reports `if x = 1 {` before anything inside the block. */
if_stmt:
    IF if_header block                  { $$ = ast_if(@1, &$2, $3, NULL); }
  | IF if_header block ELSE if_stmt     { $$ = ast_if(@1, &$2, $3, $5); }
  | IF if_header block ELSE block       { $$ = ast_if(@1, &$2, $3, $5); }
    ;

if_header:
    osimple_nc                          { $$ = ast_if_header(p, NULL, $1, NULL, @1); }
  | osimple_nc ';' osimple_nc           { $$ = ast_if_header(p, $1, $3, $2.lit, @2); }
    ;

for_stmt:
    FOR for_header block                { $$ = ast_for(@1, &$2, $3); }
    ;

for_header:
    %empty                              { $$ = ast_for_header(p, NULL, NULL, NULL); }
  | simple_nc                           { $$ = ast_for_header(p, NULL, $1, NULL); }
  | osimple_nc ';' osimple_nc ';' osimple_nc { $$ = ast_for_header(p, $1, $3, $5); }
  | RANGE expr_nc                       { $$ = ast_range_header(@1, NULL, 0, $2); }
  | expr_list_nc '=' RANGE expr_nc      { $$ = ast_range_header(@3, $1, 0, $4); }
  | expr_list_nc DEFINE RANGE expr_nc   { $$ = ast_range_header(@3, $1, 1, $4); }
    ;

switch_stmt:
    SWITCH switch_header '{' case_clauses '}' { $$ = ast_switch(@1, &$2, $4, @5); }
    ;

switch_header:
    osimple_nc                          { $$ = ast_switch_header(p, NULL, $1); }
  | osimple_nc ';' osimple_nc           { $$ = ast_switch_header(p, $1, $3); }
    ;

case_clauses:
    %empty                              { $$ = ast_list0(); }
  | case_clauses case_clause            { $$ = ast_append($1, $2); }
    ;

case_clause:
    CASE arg_list ':' stmt_list         { $$ = ast_case(@1, $2, 0, $4); $$->pos2 = @3; }
  | DEFAULT ':' stmt_list               { $$ = ast_case(@1, ast_list0(), 1, $3); $$->pos2 = @2; }
    ;

select_stmt:
    SELECT '{' comm_clauses '}'         { $$ = ast_select(@1, $3); }
    ;

comm_clauses:
    %empty                              { $$ = ast_list0(); }
  | comm_clauses comm_clause            { $$ = ast_append($1, $2); }
    ;

comm_clause:
    CASE simple_stmt ':' stmt_list      { $$ = ast_comm(@1, $2, $4); }
  | DEFAULT ':' stmt_list               { $$ = ast_comm(@1, NULL, $3); }
    ;

/* ---- odds and ends ---- */

ocomma:
    %empty                              { $$ = 0; }
  | ','                                 { $$ = 1; }
    ;

osemi:
    %empty                              { $$ = 0; }
  | ';'                                 { $$ = 1; }
    ;

%%

/* Only bison's own failures come here ("memory exhausted": the stack limit,
 * reached by absurdly deep nesting); syntax errors go to
 * yyreport_syntax_error. */
static void yyerror(YYLTYPE *loc, Parser *p, const char *msg) {
    if (strcmp(msg, "memory exhausted") == 0)
        parse_syntax_error(p, *loc, "syntax error: nesting too deep");
    else
        parse_syntax_error(p, *loc, "syntax error: %s", msg);
}

/* ---- syntax errors in gc's words ----
 *
 * gc's parser is recursive descent: when it fails it knows which
 * production it is in and says so ("unexpected x in argument list;
 * possibly missing comma or )").  An LR parser knows the same thing through
 * its stack: every state has an accessing symbol, so the stack spells the
 * viable prefix read so far (`... '{' stmt_list ';' expr_list DEFINE`).  The
 * innermost unclosed opener on it ('(' '[' '{', or an if/for/switch/case
 * keyword) names the production, the symbol on top says whether an operand
 * is still missing, and LAC's expected-token set tells operands, types and
 * complete expressions apart.  The rules below map that to gc's message.
 */

#define SYM(c) YYTRANSLATE(c)

typedef struct ErrCtx {
    Parser *p;
    yysymbol_kind_t *stk;   /* accessing symbols, bottom to top (state 0 excluded) */
    int n;
    yysymbol_kind_t tok;    /* the lookahead */
    const Tok *val;
    char exp[YYNTOKENS];    /* the expected tokens */
} ErrCtx;

static yysymbol_kind_t at(const ErrCtx *c, int i) {  /* i-th from the top */
    return i < c->n ? c->stk[c->n - 1 - i] : YYSYMBOL_YYEMPTY;
}

static int expects(const ErrCtx *c, yysymbol_kind_t k) { return c->exp[k]; }

static const char *tok_desc(const ErrCtx *c) {
    switch (c->tok) {
    case YYSYMBOL_YYEOF:
        return "EOF";
    case YYSYMBOL_INT: case YYSYMBOL_FLOAT: case YYSYMBOL_IMAG: case YYSYMBOL_RUNE: case YYSYMBOL_STRING:
        return arena_printf(perm, "literal %s", c->val->lit);
    default:
        if (c->tok == SYM(','))
            return "comma";
        return c->val->lit ? c->val->lit : yysymbol_name(c->tok);
    }
}

/* A token's name in gc's messages ("comma", "name", "{", "chan"). */
static const char *sym_text(yysymbol_kind_t k) {
    static const char chars[] = "+-*/%&|^<>=!~()[]{},;.:";
    for (const char *ch = chars; *ch; ch++)
        if (k == SYM((unsigned char)*ch))
            return lex_token_name((unsigned char)*ch);
    switch (k) {
    case YYSYMBOL_NAME: return lex_token_name(NAME);
    case YYSYMBOL_BREAK: return lex_token_name(BREAK);
    case YYSYMBOL_CASE: return lex_token_name(CASE);
    case YYSYMBOL_CHAN: return lex_token_name(CHAN);
    case YYSYMBOL_CONST: return lex_token_name(CONST);
    case YYSYMBOL_CONTINUE: return lex_token_name(CONTINUE);
    case YYSYMBOL_DEFAULT: return lex_token_name(DEFAULT);
    case YYSYMBOL_DEFER: return lex_token_name(DEFER);
    case YYSYMBOL_ELSE: return lex_token_name(ELSE);
    case YYSYMBOL_FALLTHROUGH: return lex_token_name(FALLTHROUGH);
    case YYSYMBOL_FOR: return lex_token_name(FOR);
    case YYSYMBOL_FUNC: return lex_token_name(FUNC);
    case YYSYMBOL_GO: return lex_token_name(GO);
    case YYSYMBOL_GOTO: return lex_token_name(GOTO);
    case YYSYMBOL_IF: return lex_token_name(IF);
    case YYSYMBOL_IMPORT: return lex_token_name(IMPORT);
    case YYSYMBOL_INTERFACE: return lex_token_name(INTERFACE);
    case YYSYMBOL_MAP: return lex_token_name(MAP);
    case YYSYMBOL_PACKAGE: return lex_token_name(PACKAGE);
    case YYSYMBOL_RANGE: return lex_token_name(RANGE);
    case YYSYMBOL_RETURN: return lex_token_name(RETURN);
    case YYSYMBOL_SELECT: return lex_token_name(SELECT);
    case YYSYMBOL_STRUCT: return lex_token_name(STRUCT);
    case YYSYMBOL_SWITCH: return lex_token_name(SWITCH);
    case YYSYMBOL_TYPE: return lex_token_name(TYPE);
    case YYSYMBOL_VAR: return lex_token_name(VAR);
    case YYSYMBOL_DEFINE: return lex_token_name(DEFINE);
    case YYSYMBOL_ELLIPSIS: return lex_token_name(ELLIPSIS);
    case YYSYMBOL_ARROW: return lex_token_name(ARROW);
    default: return yysymbol_name(k);
    }
}

/* Stack index of the '(' matching the ')' at index i, or -1. */
static int matching_open(const ErrCtx *c, int i) {
    int depth = 0;
    for (int j = i; j >= 0; j--) {
        yysymbol_kind_t k = c->stk[j];
        if (k == SYM(')') || k == SYM(']') || k == SYM('}'))
            depth++;
        else if ((k == SYM('(') || k == SYM('[') || k == SYM('{')) && --depth == 0)
            return j;
    }
    return -1;
}

static int is_expr_sym(yysymbol_kind_t k) {
    switch (k) {
    case YYSYMBOL_expr: case YYSYMBOL_unary: case YYSYMBOL_primary: case YYSYMBOL_operand:
    case YYSYMBOL_expr_nc: case YYSYMBOL_unary_nc: case YYSYMBOL_primary_nc: case YYSYMBOL_typelit:
    case YYSYMBOL_littype: case YYSYMBOL_NAME:
        return 1;
    default:
        return 0;
    }
}

/* What the innermost opener at stack index i (from the bottom) is. */
enum { O_NONE, O_CALL, O_PARAMS, O_GROUP, O_PAREN, O_INDEX, O_ARRAY, O_COMPLIT, O_STRUCT,
       O_IFACE, O_CASES, O_BLOCK, O_CASE, O_CASEBODY, O_IF, O_FOR, O_SWITCH, O_TYPEPARAMS };

static int opener_kind(const ErrCtx *c, int i);

static int brace_kind(const ErrCtx *c, int i) {
    yysymbol_kind_t before = i > 0 ? c->stk[i - 1] : YYSYMBOL_YYEMPTY;
    if (before == YYSYMBOL_STRUCT)
        return O_STRUCT;
    if (before == YYSYMBOL_INTERFACE)
        return O_IFACE;
    if (before == YYSYMBOL_SELECT || before == YYSYMBOL_switch_header)
        return O_CASES;
    if (before == YYSYMBOL_complit_ok || before == YYSYMBOL_littype || before == SYM(','))
        return O_COMPLIT;
    if (before == SYM('{'))  /* an elided literal, or a block in a block */
        return brace_kind(c, i - 1) == O_COMPLIT ? O_COMPLIT : O_BLOCK;
    if (before == SYM(':') && i > 1 && c->stk[i - 2] == YYSYMBOL_elem_value)
        return O_COMPLIT;
    return O_BLOCK;
}

static int opener_kind(const ErrCtx *c, int i) {
    yysymbol_kind_t k = c->stk[i];
    yysymbol_kind_t before = i > 0 ? c->stk[i - 1] : YYSYMBOL_YYEMPTY;
    yysymbol_kind_t before2 = i > 1 ? c->stk[i - 2] : YYSYMBOL_YYEMPTY;
    if (k == SYM('(')) {
        if (before == YYSYMBOL_primary || before == YYSYMBOL_primary_nc || before == YYSYMBOL_typelit)
            return O_CALL;
        if (before == YYSYMBOL_FUNC || before == SYM(')') ||
            (before == YYSYMBOL_NAME && (before2 == YYSYMBOL_FUNC || before2 == SYM(')') ||
                                         before2 == SYM('{') || before2 == SYM(';'))))
            return O_PARAMS;
        if (before == YYSYMBOL_CONST || before == YYSYMBOL_VAR || before == YYSYMBOL_TYPE ||
            before == YYSYMBOL_IMPORT)
            return O_GROUP;
        return O_PAREN;
    }
    if (k == SYM('[')) {
        if (before == YYSYMBOL_primary || before == YYSYMBOL_primary_nc)
            return O_INDEX;
        if (before == YYSYMBOL_NAME && before2 == YYSYMBOL_TYPE)
            return O_TYPEPARAMS;
        if (before == YYSYMBOL_NAME && (before2 == SYM('(') || before2 == SYM(';')) &&
            i > 2 && c->stk[i - 3] == YYSYMBOL_TYPE)
            return O_TYPEPARAMS;
        return O_ARRAY;
    }
    if (k == SYM('{'))
        return brace_kind(c, i);
    switch (k) {
    case YYSYMBOL_IF: return O_IF;
    case YYSYMBOL_FOR: return O_FOR;
    case YYSYMBOL_SWITCH: return O_SWITCH;
    case YYSYMBOL_CASE: case YYSYMBOL_DEFAULT: return O_CASE;
    default: return O_NONE;
    }
}

static int is_opener(const ErrCtx *c, int i) {
    yysymbol_kind_t k = c->stk[i];
    if (k == SYM('(') || k == SYM('[') || k == SYM('{'))
        return 1;
    if (k == YYSYMBOL_IF)   /* open until its block is read */
        return !(i + 2 < c->n && c->stk[i + 2] == YYSYMBOL_block);
    if (k == YYSYMBOL_FOR || k == YYSYMBOL_SWITCH)
        return 1;
    /* case x: / default: — the clause's statements follow the ':' */
    if (k == SYM(':') && i > 0 &&
        (c->stk[i - 1] == YYSYMBOL_DEFAULT ||
         (i > 1 && c->stk[i - 2] == YYSYMBOL_CASE &&
          (c->stk[i - 1] == YYSYMBOL_arg_list || c->stk[i - 1] == YYSYMBOL_simple_stmt))))
        return 1;
    return k == YYSYMBOL_CASE || k == YYSYMBOL_DEFAULT;
}

/* Index (from the bottom) of the innermost unclosed opener, or -1.  A
 * closing token still on the stack (the ')' of a signature waiting for its
 * result, the ']' of []T) closes the opener below it. */
static int innermost(const ErrCtx *c) {
    int depth = 0;
    for (int i = c->n - 1; i >= 0; i--) {
        yysymbol_kind_t k = c->stk[i];
        if (k == SYM(')') || k == SYM(']') || k == SYM('}')) {
            depth++;
            continue;
        }
        if (k == SYM('(') || k == SYM('[') || k == SYM('{')) {
            if (depth > 0) {
                depth--;
                continue;
            }
            return i;
        }
        if (depth == 0 && is_opener(c, i))
            return i;
    }
    return -1;
}

/* Number of ';' between stack index i and the top. */
static int semis_above(const ErrCtx *c, int i) {
    int k = 0;
    for (int j = i + 1; j < c->n; j++)
        if (c->stk[j] == SYM(';'))
            k++;
    return k;
}

static int has_above(const ErrCtx *c, int i, yysymbol_kind_t s) {
    for (int j = i + 1; j < c->n; j++)
        if (c->stk[j] == s)
            return 1;
    return 0;
}

/* The position of the innermost '(' '[' '{' the parser has shifted. */
static Pos open_bracket_pos(const ErrCtx *c) {
    Lexer *lx = &c->p->lx;
    int k = lx->nest - 1;
    if (c->tok == SYM('(') || c->tok == SYM('[') || c->tok == SYM('{'))
        k--;
    return k >= 0 ? lx->open[k] : (Pos){0};
}

#define GENERICS "syntax error: minigo does not support type parameters (generics)"

/* Generic code parses only where it is go1.19's own (the standard library
 * loaded from GOROOT); in a user's program it is refused where it starts. */
static void generics_gate(Parser *p, Pos at) {
    if (!p->generics)
        parse_syntax_error(p, at, GENERICS);
}

/* Writes gc's message for a syntax error at the lookahead; *pos may be moved. */
static void explain(const ErrCtx *c, StrBuf *m, Pos *pos) {
    const char *t = tok_desc(c);
    yysymbol_kind_t top = at(c, 0), below = at(c, 1);
    int opn = innermost(c);
    int ok = opn >= 0 ? opener_kind(c, opn) : O_NONE;
    if (opn >= 0 && c->stk[opn] == SYM(':'))
        ok = O_CASEBODY;
    int operand = expects(c, YYSYMBOL_INT);
    int type_pos = !operand && expects(c, YYSYMBOL_NAME) && expects(c, SYM('*')) && expects(c, YYSYMBOL_MAP);

    /* ---- type parameters ---- */
    int typeish = top == YYSYMBOL_NAME || top == YYSYMBOL_type_name || top == YYSYMBOL_type ||
                  top == YYSYMBOL_ntype || top == YYSYMBOL_rtype;
    if (c->tok == SYM('[') && typeish &&
        (below == YYSYMBOL_FUNC || below == SYM(')') || !expects(c, SYM('[')))) {
        sb_puts(m, GENERICS);
        return;
    }
    if (ok == O_TYPEPARAMS && (top == YYSYMBOL_NAME || top == SYM(',') || top == YYSYMBOL_primary ||
                               top == YYSYMBOL_operand) &&
        c->tok != SYM(']')) {
        *pos = open_bracket_pos(c);
        sb_puts(m, GENERICS);
        return;
    }
    if (ok == O_IFACE && (c->tok == SYM('~') || c->tok == SYM('|') || c->tok == SYM('[') ||
                          ((top == SYM('{') || top == SYM(';')) && c->tok != YYSYMBOL_NAME &&
                           c->tok != SYM('}') && c->tok != SYM('(') && c->tok != SYM(';')))) {
        sb_puts(m, GENERICS);   /* a type-set element: a constraint */
        return;
    }
    if (ok == O_INDEX && c->tok == SYM(',') && !operand) {
        sb_puts(m, GENERICS);   /* f[T1, T2]: type arguments */
        return;
    }
    if (ok == O_STRUCT && (top == SYM('{') || top == SYM(';')) && c->tok == SYM('(')) {
        sb_puts(m, "syntax error: cannot parenthesize embedded type");
        return;
    }
    /* ---- the end of the input inside a list ---- */
    if (c->tok == YYSYMBOL_YYEOF && (top == SYM('(') || top == SYM(',') || top == SYM('{'))) {
        if (ok == O_CALL || ok == O_PARAMS || ok == O_GROUP) {
            sb_printf(m, "syntax error: unexpected %s, expecting )", t);
            return;
        }
        if (ok == O_COMPLIT) {
            sb_printf(m, "syntax error: unexpected %s, expecting }", t);
            return;
        }
    }
    if ((top == YYSYMBOL_IF || top == YYSYMBOL_FOR || top == YYSYMBOL_SWITCH) && c->tok == YYSYMBOL_VAR) {
        /* gc complains after the var, at the name (assumed one space on) */
        pos->col += 4;
        sb_printf(m, "syntax error: var declaration not allowed in %s initializer", sym_text(top));
        return;
    }

    /* ---- declarations ---- */
    if (c->tok == YYSYMBOL_DEFINE) {   /* var x := 1: gc wants = */
        for (int i = 1; i <= 3 && i < c->n; i++) {
            yysymbol_kind_t k = at(c, i);
            if (k == YYSYMBOL_VAR || k == YYSYMBOL_CONST) {
                sb_printf(m, "syntax error: unexpected %s, expecting =", t);
                return;
            }
            if (k != YYSYMBOL_name_list && k != YYSYMBOL_NAME && k != YYSYMBOL_type && k != SYM(';') &&
                k != SYM('('))
                break;
        }
    }
    if (top == YYSYMBOL_TYPE || top == YYSYMBOL_VAR || top == YYSYMBOL_CONST ||
        (ok == O_GROUP && (top == SYM('(') || top == SYM(';')) && c->stk[opn - 1] != YYSYMBOL_IMPORT)) {
        sb_printf(m, "syntax error: unexpected %s, expecting name", t);
        return;
    }
    if (ok == O_GROUP && (top == SYM('(') || top == SYM(';'))) {
        sb_puts(m, "syntax error: missing import path");
        return;
    }
    if (top == YYSYMBOL_NAME && (below == YYSYMBOL_FUNC ||
                                 (below == SYM(')') && ok == O_NONE && matching_open(c, c->n - 2) >= 1 &&
                                  c->stk[matching_open(c, c->n - 2) - 1] == YYSYMBOL_FUNC))) {
        sb_printf(m, "syntax error: unexpected %s, expecting (", t);
        return;
    }
    if (top == SYM(':') && below == YYSYMBOL_NAME && (ok == O_BLOCK || ok == O_CASEBODY || opn == c->n - 1)) {
        *pos = c->p->lx.prev_pos;
        sb_puts(m, "syntax error: missing statement after label");
        return;
    }

    /* ---- the package clause and top-level declarations ---- */
    if (c->n == 0) {
        sb_puts(m, "syntax error: package statement must be first");
        return;
    }
    if (top == YYSYMBOL_PACKAGE) {
        sb_printf(m, "syntax error: unexpected %s, expecting name", t);
        return;
    }
    if (ok == O_NONE) {
        if (top == YYSYMBOL_imports || top == YYSYMBOL_topdecls) {
            if (c->tok == SYM('{') && c->p->bodyless_func)
                sb_puts(m, "syntax error: unexpected semicolon or newline before {");
            else
                sb_puts(m, "syntax error: non-declaration statement outside function body");
            return;
        }
        if (top == YYSYMBOL_IMPORT) {
            sb_puts(m, "syntax error: missing import path");
            return;
        }
        if ((top == YYSYMBOL_NAME && below == YYSYMBOL_PACKAGE) || top == YYSYMBOL_import_decl ||
            top == YYSYMBOL_import_spec) {
            sb_printf(m, "syntax error: unexpected %s, expecting semicolon or newline", t);
            return;
        }
        int recv = top == SYM(')') && matching_open(c, c->n - 1) >= 1 &&
                   c->stk[matching_open(c, c->n - 1) - 1] == YYSYMBOL_FUNC;
        if ((top == YYSYMBOL_FUNC && (below == YYSYMBOL_topdecls || below == YYSYMBOL_imports)) || recv) {
            sb_printf(m, "syntax error: unexpected %s, expecting name or (", t);
            return;
        }
    }

    /* ---- particular tokens on top ---- */
    if (top == YYSYMBOL_ELSE) {
        sb_puts(m, "syntax error: else must be followed by if or statement block");
        return;
    }
    if (top == SYM('.')) {
        if (below == YYSYMBOL_NAME)
            sb_printf(m, "syntax error: unexpected %s, expecting name", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting name or (", t);
        return;
    }
    if (top == YYSYMBOL_GOTO) {
        sb_printf(m, "syntax error: unexpected %s, expecting name", t);
        return;
    }
    if (top == YYSYMBOL_MAP) {
        sb_printf(m, "syntax error: unexpected %s, expecting [", t);
        return;
    }
    if (top == YYSYMBOL_STRUCT || top == YYSYMBOL_INTERFACE) {
        sb_printf(m, "syntax error: unexpected %s, expecting {", t);
        return;
    }
    if (top == YYSYMBOL_SELECT) {
        sb_puts(m, "syntax error: missing { after select clause");
        return;
    }
    if (top == SYM('[') && c->tok == SYM(']') && ok == O_INDEX) {
        sb_printf(m, "syntax error: unexpected %s, expecting operand", t);
        return;
    }
    if (top == YYSYMBOL_CHAN || (top == YYSYMBOL_ARROW && below == YYSYMBOL_CHAN)) {
        if (!operand) {
            sb_puts(m, "syntax error: missing channel element type");
            return;
        }
    }
    if (top == YYSYMBOL_ELLIPSIS && type_pos) {
        sb_puts(m, "syntax error: ... is missing type");
        return;
    }
    if (top == YYSYMBOL_FUNC) {
        sb_printf(m, "syntax error: unexpected %s, expecting (", t);
        return;
    }

    /* ---- lists with their own words ---- */
    if (ok == O_STRUCT && (top == SYM('{') || top == SYM(';'))) {
        sb_printf(m, "syntax error: unexpected %s, expecting field name or embedded type", t);
        return;
    }
    if (ok == O_PARAMS && type_pos && (top == SYM('(') || top == SYM(','))) {
        sb_printf(m, "syntax error: unexpected %s, expecting )", t);
        return;
    }
    if (ok == O_PARAMS && top == YYSYMBOL_NAME)
        type_pos = 0;   /* a lone name is a complete parameter */
    if (top == SYM(')') && type_pos)
        type_pos = 0;   /* func(...) is complete without a result */
    if ((ok == O_ARRAY || ok == O_TYPEPARAMS) && c->tok == SYM(',') && !operand) {
        sb_puts(m, "syntax error: unexpected comma; expecting ]");
        return;
    }
    if (is_expr_sym(top) && below == SYM(',') &&
        (at(c, 2) == YYSYMBOL_expr_list || at(c, 2) == YYSYMBOL_expr_list_nc)) {
        yysymbol_kind_t before = at(c, 3);
        if (before == SYM('{') || before == SYM(';') || before == SYM(':') || before == YYSYMBOL_IF ||
            before == YYSYMBOL_FOR || before == YYSYMBOL_SWITCH) {
            sb_printf(m, "syntax error: unexpected %s, expecting := or = or comma", t);
            return;
        }
    }

    /* ---- statement starts ---- */
    int stmt_start = (ok == O_BLOCK && (top == SYM('{') || top == SYM(';'))) ||
                     (ok == O_CASEBODY && (top == SYM(':') || top == SYM(';')));
    if (stmt_start && !(operand && c->tok != SYM('}') && expects(c, c->tok))) {
        if (ok == O_CASEBODY)
            sb_printf(m, "syntax error: unexpected %s, expecting case or default or }", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting }", t);
        return;
    }
    if (ok == O_CASES && (top == SYM('{') || top == YYSYMBOL_case_clauses || top == YYSYMBOL_comm_clauses)) {
        sb_printf(m, "syntax error: unexpected %s, expecting case or default or }", t);
        return;
    }

    /* ---- an operand or a type is missing ---- */
    if (operand && !is_expr_sym(top)) {
        if (ok == O_FOR && top == SYM(';') && c->tok == SYM('{')) {
            sb_printf(m, "syntax error: unexpected %s, expecting for loop condition", t);
            return;
        }
        if (ok == O_IF && top == YYSYMBOL_IF && c->tok == SYM('{')) {
            sb_puts(m, "syntax error: missing condition in if statement");
            return;
        }
        sb_printf(m, "syntax error: unexpected %s, expecting expression", t);
        return;
    }
    if (type_pos) {
        if (top == YYSYMBOL_NAME && below == YYSYMBOL_TYPE)
            sb_printf(m, "syntax error: unexpected %s in type declaration", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting type", t);
        return;
    }

    /* ---- only one token would do ---- */
    {
        int count = 0;
        yysymbol_kind_t only = YYSYMBOL_YYEMPTY;
        for (int i = 0; i < YYNTOKENS; i++)
            if (c->exp[i])
                count++, only = (yysymbol_kind_t)i;
        if (count == 1 && top == YYSYMBOL_ARROW) {
            sb_printf(m, "syntax error: unexpected %s, expecting %s", t, sym_text(only));
            return;
        }
    }

    /* ---- something complete, followed by the wrong token ---- */
    switch (ok) {
    case O_CALL:
        sb_printf(m, "syntax error: unexpected %s in argument list; possibly missing comma or )", t);
        return;
    case O_PARAMS:
        sb_printf(m, "syntax error: unexpected %s in parameter list; possibly missing comma or )", t);
        return;
    case O_GROUP:
        sb_printf(m, "syntax error: unexpected %s in grouped declaration; possibly missing semicolon or newline or )", t);
        return;
    case O_PAREN:
        sb_printf(m, "syntax error: unexpected %s, expecting )", t);
        return;
    case O_INDEX:
        if (has_above(c, opn, SYM(':')))
            sb_printf(m, "syntax error: unexpected %s, expecting ]", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting comma, : or ]", t);
        return;
    case O_ARRAY:
    case O_TYPEPARAMS:
        sb_printf(m, "syntax error: unexpected %s, expecting ]", t);
        return;
    case O_COMPLIT:
        sb_printf(m, "syntax error: unexpected %s in composite literal; possibly missing comma or }", t);
        return;
    case O_STRUCT:
        sb_printf(m, "syntax error: unexpected %s in struct type; possibly missing semicolon or newline or }", t);
        return;
    case O_IFACE:
        sb_printf(m, "syntax error: unexpected %s in interface type; possibly missing semicolon or newline or }", t);
        return;
    case O_CASES:
        sb_printf(m, "syntax error: unexpected %s, expecting case or default or }", t);
        return;
    case O_BLOCK:
    case O_CASEBODY:
        sb_printf(m, "syntax error: unexpected %s at end of statement", t);
        return;
    case O_CASE:
        sb_printf(m, "syntax error: unexpected %s, expecting :", t);
        return;
    case O_IF:
        if (semis_above(c, opn) == 0 && top != YYSYMBOL_if_header)
            sb_printf(m, "syntax error: unexpected %s, expecting {", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting { after if clause", t);
        return;
    case O_FOR: {
        int semis = semis_above(c, opn);
        if (has_above(c, opn, YYSYMBOL_RANGE) || semis == 2 || top == YYSYMBOL_for_header)
            sb_printf(m, "syntax error: unexpected %s, expecting { after for clause", t);
        else if (semis == 1)
            sb_printf(m, "syntax error: unexpected %s, expecting semicolon or newline", t);
        else
            sb_printf(m, "syntax error: unexpected %s, expecting {", t);
        return;
    }
    case O_SWITCH:
        if (semis_above(c, opn) == 0 && top != YYSYMBOL_switch_header)
            sb_printf(m, "syntax error: unexpected %s, expecting {", t);
        else
            sb_puts(m, "syntax error: missing { after switch clause");
        return;
    default:
        sb_printf(m, "syntax error: unexpected %s after top level declaration", t);
        return;
    }
}

/* Reports the syntax error for lookahead tok in the parser state ctx. */
static void plan_recovery(Parser *p, const ErrCtx *c);

static void report(Parser *p, const yypcontext_t *ctx, yysymbol_kind_t tok, const Tok *val, Pos pos,
                   int recover) {
    ErrCtx c;
    memset(&c, 0, sizeof c);
    c.p = p;
    c.tok = tok;
    c.val = val;
    if (p->lx.too_deep)
        return;   /* parse_file reports it */
    int n = 0;
    for (const yy_state_t *s = ctx->yyssp; *s != 0; s--)
        n++;
    c.stk = xmalloc(sizeof(yysymbol_kind_t) * (size_t)(n + 1));
    c.n = n;
    for (int i = 0; i < n; i++)
        c.stk[i] = YY_ACCESSING_SYMBOL(ctx->yyssp[i - n + 1]);
    yysymbol_kind_t exp[YYNTOKENS];
    int k = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    for (int i = 0; i < k; i++)
        c.exp[exp[i]] = 1;
    /* gc: after a first error (lexical ones too), an unexpected EOF says
     * nothing new */
    if (!(tok == YYSYMBOL_YYEOF && (p->nsyntax > 0 || p->lx.nerrors > 0)) && !p->eof_repair) {
        StrBuf m = {0};
        explain(&c, &m, &pos);
        parse_syntax_error(p, pos, "%s", sb_str(&m));
        sb_free(&m);
    }
    if (recover)
        plan_recovery(p, &c);
    free(c.stk);
}

/* ---- tokens, and recovering from a syntax error ----
 *
 * After a syntax error gc's parser skips ahead and goes on, so that it
 * reports later mistakes too (one per line at most).  minigo recovers with
 * the grammar's two error rules, `stmt: error` inside function bodies and
 * `topdecls error_decl ';'` elsewhere.  Bison pops to the state that can
 * shift `error`; the token reader below then skips input by bracket depth,
 * which bison's own discarding cannot see:
 *
 *  R_DECL    to the next const/func/type/var at depth 0, where it hands the
 *            parser a ';' and then that keyword;
 *  R_STMT    to the ';' (or the block's '}', or case/default) at the depth
 *            of the enclosing statement list;
 *  R_HEADER  (an error inside an if/for/switch header) to the header's '{',
 *            handing the parser ';' '{': the body is parsed as a block, as
 *            gc goes on with the body after a bad header;
 *  R_BRACE   (a header ended by a newline where '{' was due) the same, with
 *            a '{' made up if the next line does not start with one.
 *
 * The offending lookahead is dropped by the error rule's action (yyclearin)
 * unless recovery resumes at it.
 */

enum { R_NONE, R_DECL, R_STMT, R_HEADER, R_BRACE };

static int is_decl_keyword(int code) {
    return code == FUNC || code == VAR || code == CONST || code == TYPE;
}

static void push_token(Parser *p, int code, const Tok *val, Pos loc) {
    if (p->nqueue == 4)
        ice("token queue overflow");
    p->queue[p->nqueue].code = code;
    p->queue[p->nqueue].val = *val;
    p->queue[p->nqueue].loc = loc;
    p->nqueue++;
}

static void push_punct(Parser *p, int code, const char *lit, Pos loc) {
    Tok t;
    memset(&t, 0, sizeof t);
    t.lit = lit;
    t.len = 1;
    push_token(p, code, &t, loc);
}

/* A '{' the parser is given but the source does not have. */
static void push_fake_lbrace(Parser *p, Pos loc) {
    Lexer *lx = &p->lx;
    if (lx->nest < LEX_MAX_NEST) {
        lx->open_kind[lx->nest] = '{';
        lx->open[lx->nest++] = loc;
    }
    push_punct(p, '{', "{", loc);
}

/* A lexical error that swallows the rest of the file (an unterminated string
 * or comment) leaves brackets open at EOF.  gc says nothing more and goes on
 * to type-check what it has; minigo closes them (';' before each '}', one
 * last ';', then EOF) so that there is a tree to check.  An error still met
 * after this is not reported. */
static int eof_repair(Parser *p, YYSTYPE *lval, YYLTYPE *lloc) {
    Lexer *lx = &p->lx;
    memset(&lval->tok, 0, sizeof lval->tok);
    *lloc = p->eof_pos;
    if (lx->nest > 0) {
        char k = lx->open_kind[lx->nest - 1];
        if (k == '{' && p->eof_repair == 1) {
            p->eof_repair = 2;
            lval->tok.lit = "EOF";
            return ';';
        }
        p->eof_repair = 1;
        lx->nest--;
        lval->tok.lit = k == '{' ? "}" : k == '(' ? ")" : "]";
        return k == '{' ? '}' : k == '(' ? ')' : ']';
    }
    if (p->eof_repair != 3) {
        p->eof_repair = 3;
        lval->tok.lit = "EOF";
        return ';';
    }
    lval->tok.lit = "EOF";
    return 0;
}

static int yylex(YYSTYPE *lval, YYLTYPE *lloc, Parser *p) {
    for (;;) {
        if (p->qhead < p->nqueue) {
            int code = p->queue[p->qhead].code;
            lval->tok = p->queue[p->qhead].val;
            *lloc = p->queue[p->qhead].loc;
            if (++p->qhead == p->nqueue)
                p->qhead = p->nqueue = 0;
            return code;
        }
        if (p->eof_repair)
            return eof_repair(p, lval, lloc);
        int code = lex_scan(lval, lloc, p->lx.scanner);
        if (code == 0 && p->lx.nerrors > 0 && p->nsyntax == 0 && p->lx.nest > 0 && !p->resync) {
            p->eof_repair = 1;
            p->eof_pos = *lloc;
            return eof_repair(p, lval, lloc);
        }
        int nest = p->lx.nest, depth = p->resync_depth;
        switch (p->resync) {
        case R_NONE:
            return code;
        case R_DECL:
            if (code == 0 || (nest == 0 && is_decl_keyword(code))) {
                p->resync = R_NONE;
                push_punct(p, ';', "semicolon", *lloc);
                push_token(p, code, &lval->tok, *lloc);
            }
            continue;
        case R_STMT:
            if (code == 0 || (code == ';' && nest == depth) || (code == '}' && nest == depth - 1) ||
                ((code == CASE || code == DEFAULT) && nest == depth)) {
                p->resync = R_NONE;
                return code;
            }
            continue;
        case R_HEADER:
        case R_BRACE:
            if (code == 0 || (code == '}' && nest == depth - 1)) {
                p->resync = R_NONE;
                return code;
            }
            if (code == '{' && nest == depth + 1) {
                p->resync = R_NONE;
                push_punct(p, ';', "semicolon", *lloc);
                push_token(p, code, &lval->tok, *lloc);
                continue;
            }
            if (p->resync == R_BRACE) {  /* the body's '{' is missing */
                p->resync = R_NONE;
                push_punct(p, ';', "semicolon", *lloc);
                push_fake_lbrace(p, *lloc);
                push_token(p, code, &lval->tok, *lloc);
            }
            continue;
        }
    }
}

/* Sets up the recovery from an error reported with stack c (see above). */
static void plan_recovery(Parser *p, const ErrCtx *c) {
    /* the innermost statement list on the stack, and its bracket depth */
    int block = -1, unclosed = 0;
    for (int i = c->n - 1; i >= 0 && block < 0; i--) {
        yysymbol_kind_t k = c->stk[i];
        if (k == SYM(')') || k == SYM(']') || k == SYM('}')) {
            unclosed--;
        } else if (k == SYM('(') || k == SYM('[') || k == SYM('{')) {
            if (unclosed < 0)
                unclosed++;
            else if (k == SYM('{') && brace_kind(c, i) == O_BLOCK)
                block = i;
        } else if (is_opener(c, i) && k == SYM(':') && unclosed == 0) {
            block = i;
        }
    }
    int code = p->lx.last_code;
    p->clear_lookahead = 1;
    /* an unexpected opener is garbage, not a nesting level (gc skips it too) */
    if ((code == '(' || code == '[' || code == '{') && p->lx.nest > 0)
        p->lx.nest--;
    if (block < 0) {
        if (p->lx.nest == 0 && is_decl_keyword(code)) {
            push_punct(p, ';', "semicolon", p->lx.last_pos);
            push_token(p, code, &p->lx.last, p->lx.last_pos);
        } else {
            p->resync = R_DECL;
        }
        return;
    }
    unclosed = 0;
    for (int i = 0; i <= block; i++) {
        yysymbol_kind_t k = c->stk[i];
        if (k == SYM('(') || k == SYM('[') || k == SYM('{'))
            unclosed++;
        else if ((k == SYM(')') || k == SYM(']') || k == SYM('}')) && unclosed > 0)
            unclosed--;
    }
    p->resync_depth = unclosed;
    int opn = innermost(c);
    int ok = opn >= 0 ? opener_kind(c, opn) : O_NONE;
    if (opn > block && (ok == O_IF || ok == O_FOR || ok == O_SWITCH)) {
        int newline = code == ';' && p->lx.last.lit && strcmp(p->lx.last.lit, "newline") == 0;
        p->resync = newline && c->exp[SYM('{')] ? R_BRACE : R_HEADER;
        return;
    }
    p->resync = R_STMT;
    int nest = p->lx.nest, depth = p->resync_depth;
    yysymbol_kind_t top = at(c, 0);
    if ((code == ')' || code == ']') && (top == SYM('{') || top == SYM(';')) && nest == depth &&
        nest > 0 && p->lx.open_kind[nest - 1] == '{') {
        /* a stray closer where the block's '}' was due: gc takes it as that */
        p->lx.nest--;
        push_punct(p, '}', "}", p->lx.last_pos);
        p->resync = R_NONE;
        return;
    }
    if ((code == ';' && nest == depth) || (code == '}' && nest == depth - 1) ||
        ((code == CASE || code == DEFAULT) && nest == depth)) {
        p->resync = R_NONE;   /* resume right here */
        p->clear_lookahead = 0;
    }
}

static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p) {
    Tok val = p->lx.last;
    if (yypcontext_token(ctx) == YYSYMBOL_YYEOF)
        val.lit = "EOF";
    report(p, ctx, yypcontext_token(ctx), &val, *yypcontext_location(ctx), 1);
    return 0;
}

/* Checks T in T{...} as the '{' is read.  gc takes '{' after a name, a
 * selector or (for generics) an index as a literal's; after anything else it
 * is unexpected where it stands, which this reports as a syntax error would
 * be (returning 0: the action then raises one, to recover). */
static int complit_type(Parser *p, void *ssp, void *esa, void *es, void *es_cap, Node *type) {
    Node *t = ast_unparen(type);
    if (t->kind == N_INDEX || t->kind == N_INSTANCE) {
        generics_gate(p, t->pos);
    } else if (t->kind != N_NAME && t->kind != N_SELECTOR) {
        Tok val = p->lx.last;
        Pos at = p->lx.last_pos;
        yypcontext_t ctx = {(yy_state_t *)ssp, (yy_state_t *)esa, (yy_state_t **)es,
                            (YYPTRDIFF_T *)es_cap, SYM('{'), &at};
        report(p, &ctx, SYM('{'), &val, at, 1);
        return 0;
    } else if (t != type) {
        parse_syntax_error(p, p->lx.last_pos, "syntax error: cannot parenthesize type in composite literal");
    }
    return 1;
}

void parse_syntax_error(Parser *p, Pos pos, const char *fmt, ...) {
    p->nsyntax++;
    if (p->last_err_line == pos.line)
        return;   /* gc: one syntax error per line */
    p->last_err_line = pos.line;
    StrBuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    diag_error(pos, "%s", sb_str(&b));
    sb_free(&b);
}
