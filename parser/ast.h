/* ast.h — minigo's syntax tree, built by the bison parser (parse.y).
 *
 * Contents
 *   1. node kinds (an X-macro table: enum, name and field use cannot drift)
 *   2. the Node structure
 *   3. constructors and helpers (ast.c)
 *   4. the printer of gc's notation: expressions, statements (print.c)
 *   5. parsing a file (parse.y / scan.l)
 *
 * Every node has a position counted as gc counts it (see DESIGN.md, "Facts
 * about the oracle"): a call at its '(', a selector at its '.', an index at
 * its '[', a binary expression at its operator, a composite literal at its
 * '{', a unary expression at its operator, a name or literal at its first
 * byte, a statement at its first token except an assignment (at its
 * operator: '=', ':=', '+=', '++').
 */
#ifndef MINIGO_AST_H
#define MINIGO_AST_H

#include "../common/common.h"

struct Type;
struct Sym;

/* X(kind, fields used) — the comment says which fields carry what. */
#define AST_KINDS(X)                                                            \
    /* ---- files and declarations ---- */                                     \
    X(FILE,      "list=decls (FUNCDECL, and one VARDECL/CONSTDECL/TYPEDECL per spec), list2=imports, name=package, pos=package clause, flag=1 if read with type parameters allowed (go1.19's own source)")                     \
    X(IMPORT,    "name=local name or NULL, str=path")                           \
    X(FUNCDECL,  "name, a=receiver FIELD or NULL, b=FUNCTYPE, c=BLOCK body or NULL, pragmas, list=type parameters (FIELD)") \
    X(VARDECL,   "list=names (NAME), a=type or NULL, list2=values")             \
    X(CONSTDECL, "list=names (NAME), a=type or NULL, list2=values (empty: repeat the previous spec of the group), ival=iota")  \
    X(TYPEDECL,  "name, a=type, flag=1 for alias (type A = B), list=type parameters (FIELD: name, a=constraint)")                 \
    /* ---- types ---- */                                                      \
    X(FUNCTYPE,  "list=params (FIELD), list2=results (FIELD)")                  \
    X(FIELD,     "name or NULL, a=type, flag=1 if ...T (variadic) or embedded, str=tag") \
    X(STRUCTTYPE,"list=fields (FIELD)")                                         \
    X(PTRTYPE,   "a=elem")                                                      \
    X(SLICETYPE, "a=elem")                                                      \
    X(ARRAYTYPE, "a=elem, b=length expr or NULL for [...]T")                    \
    X(MAPTYPE,   "a=key, b=value")                                              \
    X(CHANTYPE,  "a=elem, ival=dir: 0 both, 1 send-only, 2 recv-only")          \
    X(IFACETYPE, "list=methods (FIELD with FUNCTYPE) and embedded (FIELD, name NULL)") \
    X(ELLIPSIS,  "a=elem; only in a parameter list")                           \
    X(INSTANCE,  "a=generic type or function, list=type arguments, pos='['") \
    X(UNION,     "list=terms (types or TILDE) of a constraint, pos=first '|'")  \
    X(TILDE,     "a=type (~T in a constraint)")                                 \
    /* ---- expressions ---- */                                                \
    X(NAME,      "name; sym after checking")                                    \
    X(INTLIT,    "str=source text; flag=1 if malformed (the scanner reported it), as for all literals") \
    X(FLOATLIT,  "str=source text")                                             \
    X(IMAGLIT,   "str=source text")                                             \
    X(RUNELIT,   "str=source text, ival=value")                                 \
    X(STRLIT,    "str=decoded bytes, ival=length (may contain NUL); raw=source text") \
    X(COMPOSITE, "a=type or NULL (elided), list=elements (KEYVAL or expr), pos='{', pos2='}'") \
    X(KEYVAL,    "a=key, b=value")                                              \
    X(FUNCLIT,   "a=FUNCTYPE, b=BLOCK")                                         \
    X(PAREN,     "a=inner")                                                     \
    X(SELECTOR,  "a=operand, name=selected name, pos='.', pos2=the name")                      \
    X(INDEX,     "a=operand, b=index, pos='['")                                 \
    X(SLICE,     "a=operand, b=low or NULL, c=high or NULL, d=max or NULL, pos='['") \
    X(TYPEASSERT,"a=operand, b=type or NULL for .(type), pos='.'")              \
    X(CALL,      "a=function, list=args, flag=1 if last arg has ..., pos='('; ival=1+index of the first arg the checker packs into the implicit ... slice (printed `... argument`), -1 for a variadic call with no ... arguments (printed with gc's `nil...`), else 0")  \
    X(UNARY,     "op, a=operand, pos=operator")                 \
    X(BINARY,    "op, a=left, b=right, pos=operator")                           \
    /* ---- statements ---- */                                                 \
    X(BLOCK,     "list=statements, pos='{', pos2='}'")                          \
    X(EXPRSTMT,  "a=expression")                                                \
    X(SENDSTMT,  "a=channel, b=value")                                          \
    X(INCDEC,    "op=OP_ADD (++) or OP_SUB (--), a=operand, pos=operator")                      \
    X(ASSIGN,    "op=OP_NONE for =, else the binary op of +=, -=...; list=lhs, list2=rhs, pos=operator") \
    X(DEFINE,    "list=lhs (NAME), list2=rhs, pos=':='")                        \
    X(DECLSTMT,  "list=VARDECL, CONSTDECL or TYPEDECL nodes, one per spec") \
    X(GOSTMT,    "a=CALL")                                                      \
    X(DEFERSTMT, "a=CALL")                                                      \
    X(RETURN,    "list=results")                                                \
    X(BRANCH,    "op=OP_BREAK, OP_CONTINUE, OP_GOTO or OP_FALLTHROUGH, name=label or NULL")  \
    X(LABELED,   "name=label, a=statement")                                     \
    X(IF,        "a=init or NULL, b=cond, c=then BLOCK, d=else (IF or BLOCK) or NULL") \
    X(FOR,       "a=init or NULL, b=cond or NULL, c=post or NULL, d=body BLOCK") \
    X(RANGE,     "a=key or NULL, b=value or NULL, c=range expr, d=body BLOCK, flag=1 if :=, pos='range' keyword, pos2='for'") \
    X(SWITCH,    "a=init or NULL, b=tag or NULL, list=CASEs, pos2='}'")          \
    X(TYPESWITCH,"a=init or NULL, name=bound name or NULL (c=its NAME, for the position), b=operand x of x.(type), list=CASEs, pos2='}'") \
    X(CASE,      "list=expressions (empty for default), list2=body statements, flag=1 if default, pos=case/default keyword, pos2=':'") \
    X(SELECT,    "list=COMMs")                                                  \
    X(COMM,      "a=send/recv statement or NULL for default, list2=body")       \
    X(EMPTY,     "nothing")

typedef enum NodeKind {
#define X(k, doc) N_##k,
    AST_KINDS(X)
#undef X
    N__COUNT
} NodeKind;

extern const char *ast_kind_names[];

/* Operators, independent of the parser's token codes.  For ASSIGN, op is
 * OP_NONE for plain '=' and the binary operator for '+=' and the like; for
 * INCDEC it is OP_ADD (++) or OP_SUB (--). */
#define AST_OPS(X)                                                   \
    X(NONE, "")                                                      \
    X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(MOD, "%")      \
    X(AND, "&") X(OR, "|") X(XOR, "^") X(SHL, "<<") X(SHR, ">>")     \
    X(ANDNOT, "&^")                                                  \
    X(LAND, "&&") X(LOR, "||")                                       \
    X(EQ, "==") X(NE, "!=") X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=") \
    X(NOT, "!") X(ADDR, "&") X(DEREF, "*") X(RECV, "<-")             \
    X(BREAK, "break") X(CONTINUE, "continue") X(GOTO, "goto")        \
    X(FALLTHROUGH, "fallthrough")

typedef enum Op {
#define X(o, s) OP_##o,
    AST_OPS(X)
#undef X
    OP__COUNT
} Op;
extern const char *ast_op_names[]; /* OP_ADD -> "+" */

/* UNARY uses OP_ADD (+x), OP_SUB (-x), OP_NOT (!x), OP_XOR (^x), OP_DEREF
 * (*x), OP_ADDR (&x), OP_RECV (<-x).  A pointer type written *T in an
 * expression position is parsed as UNARY OP_DEREF; the checker decides. */
typedef struct Node Node;
struct Node {
    NodeKind kind;
    Op op;             /* for UNARY, BINARY, ASSIGN, INCDEC, BRANCH */
    Pos pos, pos2;
    Node *a, *b, *c, *d;
    Vec list, list2;   /* of Node* */
    const char *name;
    const char *str;   /* literal text or decoded string bytes */
    const char *raw;
    int64_t ival;
    int flag;
    Vec pragmas;       /* of char*: "//go:noinline" and "//minigo:..." lines before a FUNCDECL */

    /* Filled in by the type checker. */
    struct Type *type;   /* the expression's type (or the denoted type for type expressions) */
    struct Sym *sym;     /* what a NAME (or a SELECTOR of a package) refers to */
    struct ConstVal *cval; /* constant value, when the expression is constant */
    void *aux;           /* a stage's private annotation (e.g. IR for a FUNCDECL) */
    /* Set by inline/deadcode.c on a statement: how many names the code it
     * removed declared before the statement (dcl_pre) and after it
     * (dcl_post); gc's front end declared them all the same. */
    int dcl_pre, dcl_post;
};

/* ---- 3. constructors (ast.c): allocate from `perm`; helpers ---- */
Node *ast_new(NodeKind k, Pos p);
Node *ast_new2(NodeKind k, Pos p, Node *a, Node *b);
/* n without the parentheses around it ((x) is x); NULL stays NULL. */
Node *ast_unparen(const Node *n);

/* ---- 4. printer (print.c) ----
 * Prints an expression the way gc's %v does in diagnostics: `&T{...}`,
 * `[]int{...}`, `make([]int, n)`, `new(int)`, `x + 1`, `*p`, `p.f`, `s[i]`,
 * `f(x)`, `"hi"`, `func literal`, `fmt.Println(... argument...)`.  Parentheses
 * the source used are kept only where gc keeps them. */
void ast_print_expr(StrBuf *b, const Node *n);
/* The same as an operand in a context of precedence prec (gc's OpPrec,
 * e.g. 3 for the channel of c <- x, 8 for the operand of a selector). */
void ast_print_expr_prec(StrBuf *b, const Node *n, int prec);
/* A later stage may print some nodes its own way, as gc prints them after
 * its rewrites (x.m() as T.m(x), a promoted p.f as p.Embedded.f): the hook
 * returns true when it printed n. */
extern bool (*ast_print_hook)(StrBuf *b, const Node *n);
/* For the hook of a call: the precedence of the context it is printed in
 * (0 at the top, an operator's when it is an operand). */
extern int ast_print_prec;
/* Whether expression n is of a string type (set with the types, by
 * ir_install_names): a string + prints as gc's OADDSTR. */
extern bool (*ast_is_string)(const Node *n);
/* Set by a later stage (NULL: never): whether the variadic call `call`
 * prints its arguments as written, f(a, x, y), rather than packed,
 * f(a, ... argument...) — gc packs a call's `...` arguments only when its
 * escape analysis reaches the call, and what it prints before then shows
 * them as written. */
extern bool (*ast_call_unpacked)(const Node *call);
/* A call's parenthesised arguments as gc prints them ("... argument"). */
void ast_print_args(StrBuf *b, const Node *call);
/* The precedence gc's printer gives a call node (its OpPrec), when it is
 * not a call's 8: a built-in whose op gc lists without one (make of a map
 * or channel, recover, real, imag, complex) has 0, so (make(map[K]V))[k].
 * Returns -1 for the others.  Installed by ir/names.c. */
extern int (*ast_call_prec)(const Node *n);
/* Set by the type checker (NULL until then): n->type in gc's type notation,
 * or NULL.  The printer uses it where gc shows a checked type rather than
 * the source: a composite literal's type (elided T, [...]T). */
extern const char *(*ast_type_hook)(const Node *n);
/* Whether the slice expression n prints its operand as (&x)[i:j]: an
 * array sliced in code gc read from export data, where the address gc's
 * front end takes is no longer marked implicit. */
extern bool (*ast_slice_addr_hook)(const Node *n);
const char *ast_expr_str(const Node *n);  /* arena copy of the above */
/* A statement as gc's %v prints it after its front end's rewrites, in
 * -m=2's inlinable bodies, -m=3's walk and -m=2's notes: `x += 1` for x++,
 * `var x int; x = <nil>` for a declaration, `for loop`, `switch statement`,
 * `if c { ... } else { if d { ... } }`, `c <- (a && b)`, `(func literal)()`.
 * A labelled statement prints as its label, "L: " (ast_print_stmts prints
 * the statement labelled after it: "L: ; for loop"); an expression prints
 * as ast_print_expr. */
void ast_print_stmt(StrBuf *b, const Node *n);
const char *ast_stmt_str(const Node *n);  /* arena copy */
/* Statements joined by "; ", blocks flattened, empty ones dropped. */
void ast_print_stmts(StrBuf *b, const Vec *list);
/* A later stage may name the call of an expression, go, defer or send
 * statement its own way there (escape: a devirtualized x.(T).M(args)):
 * true when the hook printed it. */
extern bool (*ast_stmt_call_hook)(StrBuf *b, const Node *call);
/* The declaration of one variable, "var x T", as a declaration statement
 * begins; ast_var_type_hook, set with the types (ir_install_names), names
 * the type in gc's notation (NULL: "?"). */
void ast_print_var(StrBuf *b, const Node *name);
extern const char *(*ast_var_type_hook)(const Node *name);
/* gc's source form (cmd/compile/internal/syntax's String): what gc prints for
 * a constant expression (0x10, 1 << 3) and for expressions in type errors
 * and some syntax errors ("cannot use x := 1 as value"); literals show as
 * T{…} and func(){…}.  ast_print_expr switches to it for constants. */
void ast_print_source(StrBuf *b, const Node *n);
const char *ast_source_str(const Node *n);
/* A debugging dump of the whole tree, one node a line, indented. */
void ast_dump(StrBuf *b, const Node *n);

/* ---- 5. parsing (parse.y, scan.l) ----
 * Parses one file.  display_name is how positions name it ("./f.go").
 * Syntax errors are reported with diag_error in gc's words; the result is
 * NULL if any occurred. */
Node *parse_file(const char *display_name, const char *src, size_t len);
/* The same, accepting type parameters when `generics` (go1.19's own
 * source: the checker treats generic declarations as opaque). */
Node *parse_source(const char *display_name, const char *src, size_t len, bool generics);
Node *parse_file_path(const char *path, const char *display_name);

#endif
