/* check.h — private to the type checker: its state and the functions its
 * files share.  The checker follows the structure of gc's types2 closely
 * (cmd/compile/internal/types2), so that it reports the same errors, in
 * the same words, at the same positions and in the same order:
 *
 *   check.c    the package: collecting objects, declaring them on demand
 *              (objDecl, cycles), delayed actions, initialization order,
 *              unused imports, imports of std/, the universe, scopes,
 *              error reporting
 *   decl.c     constant, variable, type and function declarations
 *   typexpr.c  type expressions: named types, structs, interfaces,
 *              signatures, array lengths, valid (finite) types
 *   lookup.c   fields and methods (promotion through embedding), method
 *              sets, interface satisfaction, assignability, conversions
 *   expr.c     expressions: operands, untyped constants and their final
 *              types, unary/binary operators, selectors, type assertions
 *   index.c    composite literals, indexing, slicing
 *   const.c    exact constant arithmetic (go/constant)
 *   call.c     calls, conversions and the built-in functions
 *   instance.c instances of go1.19's own generic types, their GC shapes
 *              and the shape instances' methods
 *   stmt.c     function bodies and statements, assignments, labels and
 *              branches, terminating statements, unused variables
 */
#ifndef MINIGO_TYPES_CHECK_H
#define MINIGO_TYPES_CHECK_H

#include "types.h"

#include <stdlib.h>

typedef struct Checker Checker;

/* ---- small maps keyed by pointers ---- */

typedef struct PtrMap {
    void **keys, **vals;
    int cap, len;
} PtrMap;

void *pm_get(PtrMap *m, const void *key);
void pm_put(PtrMap *m, const void *key, void *val);
void pm_del(PtrMap *m, const void *key);

/* ---- operands (types2's operand) ---- */

typedef enum Mode {
    M_INVALID,   /* operand is invalid */
    M_NOVALUE,   /* a call without results */
    M_BUILTIN,   /* a built-in function */
    M_TYPEXPR,   /* a type */
    M_CONST,     /* a constant */
    M_VAR,       /* an addressable variable */
    M_MAPINDEX,  /* a map index expression */
    M_VALUE,     /* a computed value */
    M_NIL,       /* nil */
    M_COMMAOK,   /* like value, but may be used in a comma-ok expression */
    M_COMMAERR   /* like commaok, but the second value is an error */
} Mode;

typedef struct Operand {
    Mode mode;
    Node *expr;
    Type *type;
    ConstVal *val;
    int id;      /* M_BUILTIN: which */
} Operand;

typedef enum ExprKind { EK_CONVERSION, EK_EXPRESSION, EK_STATEMENT } ExprKind;

/* ---- declarations ---- */

/* What a package-level object was declared with (types2's declInfo). */
typedef struct DeclInfo {
    Scope *file;       /* its file's scope (imports) */
    Sym **lhs;         /* var a, b = f(): all the variables; else NULL */
    int nlhs;
    Node *vtyp;        /* const and var: the type expression, or NULL */
    Node *init;        /* const and var: the value expression, or NULL */
    bool inherited;    /* const: the values are repeated from an earlier spec */
    Node *spec;        /* VARDECL or CONSTDECL */
    Node *tdecl;       /* TYPEDECL */
    Node *fdecl;       /* FUNCDECL */
    ConstVal *iota;
    Vec deps;          /* of Sym*: package-level objects this one depends on */
    PtrMap depset;
} DeclInfo;

/* The context of the code being checked (types2's environment). */
typedef struct Env {
    DeclInfo *decl;    /* package-level declaration whose code is checked, or NULL */
    Scope *scope;      /* innermost scope */
    ConstVal *iota;    /* within a constant declaration, else NULL */
    Pos errpos;        /* if set, errors are reported here (inherited constant values) */
    Type *sig;         /* function signature, or NULL */
    Scope *file;       /* the current file's scope */
    bool has_label;    /* the function body has labels or labelled branches */
    bool has_call_or_recv;
} Env;

typedef void (*ActionFn)(Checker *c, void *a, void *b, void *d);
typedef struct Action {
    ActionFn fn;
    void *a, *b, *d;
    Env env;           /* for function literals: the environment they were written in */
} Action;

typedef struct UntypedInfo {
    Mode mode;
    Type *type;        /* an untyped basic type */
    ConstVal *val;
    bool is_lhs;       /* the left operand of a non-constant shift */
} UntypedInfo;

struct Checker {
    Package *pkg;
    Env env;
    Vec files;         /* of Node* */
    Vec file_scopes;   /* of Scope* */
    Vec delayed;       /* of Action* */
    Vec objpath;       /* of Sym*: objects being declared (cycle detection) */
    PtrMap objmap;     /* Sym* -> DeclInfo*: package-level objects */
    Vec objlist;       /* of Sym*: package-level objects in source order */
    PtrMap untyped;    /* Node* -> UntypedInfo* */
    PtrMap ispanic;    /* CALL nodes that are calls of panic */
    PtrMap methods;    /* type name Sym* -> Vec* of method Syms not yet attached */
    PtrMap valids;     /* named Type* known to have finite size */
    PtrMap dotimports; /* Sym* imported with import . -> its SYM_PKG */
    Vec imports;       /* of Sym* (SYM_PKG), for "imported and not used" */
    bool first_err;    /* an error was reported */
    bool in_std;       /* checking a std/ package */
    bool no_bodies;    /* an import whose bodies nobody needs (ty_import_bodies) */
    int depth;         /* expression nesting, to refuse absurd depths */
    Node *ctx_call;    /* the function of the call whose arguments are assigned */
    Vec ifaces;        /* of Type*: interface types written in the package */
    bool generics;     /* go1.19's own source: its generic types may be used */
    bool instantiating; /* checking a generic declaration for an instance */
};

/* assignment()'s context "argument to F" for the call c->ctx_call, built
 * only when an error needs it. */
extern const char ARG_CONTEXT[];

Node *name_node(Pos p, const char *name);

/* ---- check.c ---- */
extern Scope *universe;
extern Sym *universe_iota, *universe_byte, *universe_rune;
Scope *scope_new(Scope *outer, bool is_func);
Sym *scope_lookup(Scope *s, const char *name);          /* this scope only */
Sym *scope_insert(Scope *s, Sym *sym);                  /* returns the existing one, if any */
Sym *lookup(Checker *c, const char *name);              /* through the enclosing scopes */
Sym *lookup_scope(Checker *c, const char *name, Scope **where); /* and the local scope it is in */
Sym *sym_new(SymKind k, const char *name, Type *t, Pos pos);
void declare(Checker *c, Scope *s, Sym *sym);
void errorf(Checker *c, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void soft_errorf(Checker *c, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void later(Checker *c, ActionFn fn, void *a, void *b, void *d);
void process_delayed(Checker *c, int top);
void obj_decl(Checker *c, Sym *obj, Type *def);
void add_decl_dep(Checker *c, Sym *to);
DeclInfo *decl_info(Checker *c, Sym *obj);
void cycle_error(Checker *c, Sym **cycle, int n);
Pos start_pos(Node *n);
Pos opd_pos(Operand *x);
const char *expr_str(Node *n);                          /* syntax.String */
const char *opd_str(Checker *c, Operand *x);            /* types2's operandString */
const char *type_str(Type *t);
bool is_blank(const char *name);
bool is_exported(const char *name);

/* ---- decl.c ---- */
void const_decl(Checker *c, Sym *obj, Node *typ, Node *init, bool inherited);
void var_decl(Checker *c, Sym *obj, Sym **lhs, int nlhs, Node *typ, Node *init);
void type_decl(Checker *c, Sym *obj, Node *tdecl, Type *def);
void func_decl(Checker *c, Sym *obj, DeclInfo *d);
void collect_methods(Checker *c, Sym *tname);
void decl_stmt(Checker *c, Node *s);
void arity(Checker *c, Pos pos, Vec *names, Vec *inits, bool is_const, bool inherited);

/* ---- typexpr.c ---- */
void ident(Checker *c, Operand *x, Node *e, Type *def, bool want_type);
Type *typ(Checker *c, Node *e);
Type *var_type(Checker *c, Node *e);
Type *defined_type(Checker *c, Node *e, Type *def);
void func_type(Checker *c, Type *sig, Node *recv, Node *ftype, Scope **scope_out);
void valid_type(Checker *c, Type *t);
bool is_type_expr_syntax(Node *n);
Type *named_new(Checker *c, Sym *obj);
void set_underlying(Type *def, Type *u);

/* ---- lookup.c ---- */
/* LookupFieldOrMethod: obj is a field (*field) or method (*method) or
 * nothing; index receives the embedding path; *indirect is set if a
 * pointer was followed on the way (or, when nothing was found, if a
 * pointer receiver method needs an addressable operand). *ambiguous is
 * set on a collision. */
typedef struct Selection {
    Field *field;
    Sym *method;      /* SYM_FUNC of a named type, or an interface method (Field->sym) */
    Field *imethod;   /* the interface method, when method comes from an interface */
    Vec path;         /* of Field*: embedded fields followed */
    bool indirect;
    bool ambiguous;
    bool ptr_needed;  /* found only for an addressable/pointer receiver */
} Selection;
bool lookup_field_or_method(Type *t, bool addressable, const char *pkg, const char *name,
                            Selection *sel);
Vec *iface_methods(Type *t);   /* the complete method set of an interface (sorted) */
void complete_iface(Checker *c, Type *t, Pos pos);
Field *iface_lookup(Type *iface, const char *name);
/* missingMethod: the method of iface missing from v (or of the wrong
 * type: *alt); NULL if none. */
Field *missing_method(Checker *c, Type *v, Type *iface, bool is_static, Sym **alt, Field **ialt);
const char *missing_method_reason(Checker *c, Type *v, Type *t, Field *m, Sym *alt, Field *ialt);
const char *implements(Checker *c, Type *v, Type *t);  /* NULL, or why not */
bool assignable_to(Checker *c, Operand *x, Type *t, const char **reason);
bool convertible_to(Checker *c, Operand *x, Type *t, const char **cause);
bool is_iface_ptr(Type *t);
const char *func_string(Sym *m);
const char *ifunc_string(Field *m);

/* ---- expr.c ---- */
ExprKind raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
void expr(Checker *c, Operand *x, Node *e);
void multi_expr(Checker *c, Operand *x, Node *e);
void expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void expr_or_type(Checker *c, Operand *x, Node *e);
void single_value(Checker *c, Operand *x);
void use_exprs(Checker *c, Vec *list);
void use_expr(Checker *c, Node *e);
void convert_untyped(Checker *c, Operand *x, Type *target);
int implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **ntype, ConstVal **nval);
void update_expr_type(Checker *c, Node *e, Type *t, bool final);
void update_expr_val(Checker *c, Node *e, ConstVal *v);
bool representable_const(ConstVal *x, Type *t, ConstVal **rounded);
void representable(Checker *c, Operand *x, Type *t);
void invalid_conversion(Checker *c, int code, Operand *x, Type *target);
void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, Op op);
void comparison(Checker *c, Operand *x, Operand *y, Op op, bool switch_case);
void selector(Checker *c, Operand *x, Node *e, Type *def);
bool index_expr(Checker *c, Operand *x, Node *e);
bool is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative);
int64_t check_index(Checker *c, Node *index, int64_t max, Type **typ_out);
void type_assertion(Checker *c, Node *e, Operand *x, Type *t, bool type_switch);
void record(Checker *c, Operand *x);

/* ---- index.c ---- */
bool composite_lit(Checker *c, Operand *x, Node *e, Type *hint);
void slice_expr(Checker *c, Operand *x, Node *e);
enum { E_TRUNCATED = 1, E_OVERFLOW, E_INVALID_CONST, E_INVALID_UNTYPED };

/* ---- call.c ---- */
ExprKind call_expr(Checker *c, Operand *x, Node *call);
/* exprList: the operands of a list of expressions (a single multi-value
 * call is unpacked).  Returns the count; *comma_ok set if the second
 * operand is a synthesized ok. */
int expr_list(Checker *c, Vec *list, bool allow_comma_ok, Operand **out, bool *comma_ok);
void conversion(Checker *c, Operand *x, Type *t);
bool builtin_call(Checker *c, Operand *x, Node *call, int id);
const char *types_summary(Type **ts, int n, bool variadic);
Type *make_tuple_type(Vec *fields);

/* ---- instance.c ---- */
void inst_declare_type(Checker *c, Sym *obj, Node *tdecl, Scope *file);
void inst_declare_method(Checker *c, Node *fdecl, Scope *file);
Type *inst_instantiate(Checker *c, Sym *gen, Type **targs, int n, Pos pos);
Type *inst_type_expr(Checker *c, Node *e);
void inst_dict_method(Checker *c, Node *sel);
void inst_finish(Checker *c);

/* check.c: the package of a file alias made for positions */
void set_file_package(int file, Package *pkg);

/* ---- stmt.c ---- */
void func_body(Checker *c, DeclInfo *decl, const char *name, Type *sig, Scope *scope, Node *body,
               ConstVal *iota);
void stmt(Checker *c, int ctxt, Node *s);
void assignment(Checker *c, Operand *x, Type *t, const char *context);
Type *init_var(Checker *c, Sym *lhs, Operand *x, const char *context);
void init_vars(Checker *c, Sym **lhs, int nlhs, Vec *rhs, Node *return_stmt);
void check_branches(Checker *c, Node *body);
void open_scope(Checker *c);
void close_scope(Checker *c);

#endif
