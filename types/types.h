/* types.h — the type checker: Go types, symbols and scopes, constants.
 *
 * Contents
 *   1. types (type.c): kinds, the Type structure, layout (size, align)
 *   2. symbols and scopes
 *   3. constant values
 *   4. checking a package (check.c): what it requires and provides
 *
 * The checker requires parsed files (parser/ast.h).  It provides, on every
 * expression Node, n->type (and n->cval for constants), on every NAME
 * n->sym, and a Package describing the declarations in source order.  It
 * reports errors in gc's words through diag_error.
 */
#ifndef MINIGO_TYPES_H
#define MINIGO_TYPES_H

#include "../parser/ast.h"

/* ---- 1. types ---- */
#define TYPE_KINDS(X)                                       \
    X(INVALID) X(BOOL)                                      \
    X(INT) X(INT8) X(INT16) X(INT32) X(INT64)               \
    X(UINT) X(UINT8) X(UINT16) X(UINT32) X(UINT64) X(UINTPTR) \
    X(FLOAT32) X(FLOAT64) X(COMPLEX64) X(COMPLEX128)        \
    X(STRING) X(UNSAFEPTR)                                  \
    X(UNTYPED_BOOL) X(UNTYPED_INT) X(UNTYPED_RUNE)          \
    X(UNTYPED_FLOAT) X(UNTYPED_STRING) X(UNTYPED_NIL)       \
    X(PTR) X(SLICE) X(ARRAY) X(STRUCT) X(MAP) X(CHAN)       \
    X(FUNC) X(IFACE) X(TUPLE) X(NAMED)

typedef enum TypeKind {
#define X(k) TY_##k,
    TYPE_KINDS(X)
#undef X
} TypeKind;

typedef struct Type Type;
typedef struct Sym Sym;

typedef struct Field {
    const char *name;  /* NULL for unnamed parameters/results */
    Type *type;
    int64_t offset;    /* structs: byte offset */
    bool embedded;
    Pos pos;
} Field;

struct Type {
    TypeKind kind;
    Type *elem;           /* PTR, SLICE, ARRAY, MAP value, CHAN */
    Type *key;            /* MAP */
    int64_t len;          /* ARRAY */
    Vec fields;           /* STRUCT fields, TUPLE members; of Field* */
    Vec params, results;  /* FUNC: of Field* */
    bool variadic;        /* FUNC: last param is ...T (its type is []T) */
    Vec methods;          /* IFACE: of Field* (sorted by name); NAMED: of Sym* (funcs) */
    const char *name;     /* NAMED: "T"; basic kinds: "int" */
    const char *pkg;      /* NAMED: package path ("main", "fmt") */
    Type *underlying;     /* NAMED: the underlying type (never NAMED) */
    int64_t size, align;  /* filled by ty_layout; -1 until then */
    void *aux;            /* a stage's private annotation (e.g. codegen's descriptor label) */
};

/* Predeclared types. */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
    *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
    *ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
    *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
    *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil, *ty_invalid,
    *ty_any, *ty_error;

void ty_init(void);
Type *ty_new(TypeKind k);
Type *ty_ptr(Type *elem);     /* hash-consed where cheap; compare with ty_identical */
Type *ty_slice(Type *elem);
Type *ty_under(Type *t);      /* underlying type */
bool ty_identical(Type *a, Type *b);
bool ty_is_untyped(Type *t);
bool ty_is_integer(Type *t), ty_is_numeric(Type *t), ty_is_string(Type *t),
    ty_is_bool(Type *t), ty_is_pointer(Type *t), ty_is_iface(Type *t);
bool ty_has_pointers(Type *t);
void ty_layout(Type *t);      /* sets size/align recursively (Go's amd64 rules) */
int64_t ty_size(Type *t);
int64_t ty_align(Type *t);
/* gc's spelling of a type in diagnostics: "int", "[]int", "*T", "struct { x int }",
 * "func(int) string", "interface {}" printed as gc does ("any" stays "any"
 * when written so). Named types are unqualified in package main. */
void ty_print(StrBuf *b, Type *t);
const char *ty_str(Type *t);
/* The Go-syntax name used by %T / runtime type names: "main.T", "[]int". */
const char *ty_rtname(Type *t);

/* ---- 2. symbols and scopes ---- */
typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL, SYM_LABEL
} SymKind;

/* Where a variable lives, as gc's classes do. */
typedef enum VarClass { VC_GLOBAL, VC_LOCAL, VC_PARAM, VC_RESULT } VarClass;

struct Sym {
    SymKind kind;
    const char *name;    /* results without a name are "~r0", "~r1"... */
    const char *pkg;     /* package path of a package-level symbol, else NULL */
    Type *type;
    Pos pos;             /* declaration */
    Node *decl;          /* FUNCDECL, VARDECL, CONSTDECL, TYPEDECL, FIELD... */
    VarClass vclass;
    struct ConstVal *cval; /* SYM_CONST */
    int builtin;         /* SYM_BUILTIN: which (BI_...) */
    bool used;           /* for "declared but not used" */
    bool addrtaken;      /* &x appears somewhere */
    Sym *recv_of;        /* methods: the named type's sym */
    struct Package *pkgref; /* SYM_PKG */
    int resolve;         /* the checker's: 0 unresolved, 1 done, 2 const done, 3 in progress */
    void *aux;           /* a stage's private annotation (e.g. the IR variable or function) */
};

typedef enum Builtin {
    BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
    BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
    BI_SIZEOF, BI_ALIGNOF, BI_OFFSETOF
} Builtin;

typedef struct Scope Scope;
struct Scope {
    Scope *outer;
    Vec syms;            /* in declaration order */
    bool is_func;        /* the outermost scope of a function body */
};

/* ---- 3. constants ---- */
typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;
typedef struct ConstVal {
    ConstKind kind;
    bool b;
    int64_t i;           /* CV_INT (exact integers beyond 64 bits: a later issue) */
    double f;
    const char *s; int64_t slen;
} ConstVal;

/* ---- 4. packages and checking ---- */
typedef struct Package {
    const char *path;    /* "main", "fmt" */
    const char *name;
    Scope *scope;        /* package scope */
    Vec files;           /* of Node* (FILE) */
    Vec funcs;           /* of Sym*: functions and methods with bodies or not, in source order */
    Vec globals;         /* of Sym*: package-level vars, in initialization order */
    Vec types;           /* of Type*: named types declared, in source order */
    Vec init_order;      /* of Node*: VARDECL specs with values, in initialization order */
    bool is_std;         /* declared in std/; bodies may be absent */
} Package;

/* Loads (parsing and checking) a standard-library package from std/, once. */
Package *ty_import(const char *path, Pos at);
/* Checks a package made of the given files. Errors go to diag_error. */
Package *ty_check_package(const char *path, Vec *files);
/* The directory holding std/ (set by the driver). */
extern const char *ty_std_dir;
/* Every function must have a body (go build passes -complete; go tool
 * compile, as Go's own tests run it, does not). */
extern bool ty_complete;

#endif
