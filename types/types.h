/* types.h — the type checker: Go types, symbols and scopes, constants.
 *
 * Contents
 *   1. types (type.c): kinds, the Type structure, layout (size, align),
 *      predicates and printing
 *   2. symbols and scopes
 *   3. constant values (const.c: exact integers, rationals, complex)
 *   4. checking a package (check.c and the files it lists): what it
 *      requires and provides
 *
 * The checker requires parsed files (parser/ast.h).  It provides, on every
 * expression Node, n->type (and n->cval for constants), on every NAME
 * n->sym, and a Package describing the declarations in source order.  It
 * reports errors in gc's words (types2's, with its compiler error messages)
 * through diag_error.
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
    X(UNTYPED_FLOAT) X(UNTYPED_COMPLEX) X(UNTYPED_STRING) X(UNTYPED_NIL) \
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
    const char *name;  /* NULL for unnamed parameters/results; an embedded field's type name */
    Type *type;
    int64_t offset;    /* structs: byte offset */
    bool embedded;
    const char *tag;   /* structs: the tag's value, or NULL */
    const char *pkg;   /* structs: package of an unexported field name */
    Pos pos;
    Sym *sym;          /* interface methods: the method's symbol */
} Field;

/* Channel directions (Type.len of a CHAN). */
enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Type {
    TypeKind kind;
    Type *elem;           /* PTR, SLICE, ARRAY, MAP value, CHAN */
    Type *key;            /* MAP */
    int64_t len;          /* ARRAY (-1: [...]T not yet known); CHAN: direction */
    Vec fields;           /* STRUCT fields, TUPLE members; of Field* */
    Vec params, results;  /* FUNC: of Field* */
    bool variadic;        /* FUNC: last param is ...T (its type is []T) */
    Field *recv;          /* FUNC: the receiver of a method's signature, else NULL */
    Vec methods;          /* IFACE: of Field*, the whole method set sorted by name
                           * (complete once checking is done);
                           * NAMED: of Sym* (SYM_FUNC), in declaration order */
    Vec embeddeds;        /* IFACE: embedded types, as written */
    Vec embed_nodes;      /* IFACE: their syntax (for positions) */
    Vec explicit_methods; /* IFACE: of Field*, the methods written in it */
    const char *name;     /* NAMED: "T"; basic kinds: "int" ("byte", "rune" for the aliases) */
    const char *pkg;      /* NAMED: package path ("main", "fmt"); NULL for predeclared */
    Type *underlying;     /* NAMED: the underlying type (never NAMED once checked) */
    Type *rhs;            /* NAMED: the type its declaration names (maybe NAMED) */
    Sym *sym;             /* NAMED: its type name */
    int64_t size, align;  /* filled by ty_layout; -1 until then */
    int state;            /* the checker's (NAMED: resolution; IFACE: method set done) */
    void *aux;            /* a stage's private annotation (e.g. codegen's descriptor label) */
    /* Instances of go1.19's own generic types (instance.c). */
    Sym *orig;            /* NAMED: the generic type this one instantiates, or NULL */
    Vec targs;            /* NAMED instance: of Type*, its type arguments */
    bool shape;           /* NAMED: a GC shape (go.shape.*uint8_0), gc's stand-in
                           * for the type arguments sharing one body */
    Type *bound;          /* shape: its type parameter's constraint, instantiated
                           * with the shape (calls of its methods go through it);
                           * its index is len */
    struct Package *shape_pkg; /* shape: the package compiling its bodies */
};

/* Predeclared types.  ty_byte and ty_rune are identical to uint8 and int32
 * and differ only in how they print (types2 keeps the name written). */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64,
    *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr,
    *ty_float32, *ty_float64, *ty_complex64, *ty_complex128, *ty_string,
    *ty_unsafeptr, *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune,
    *ty_untyped_float, *ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil,
    *ty_invalid, *ty_any, *ty_error, *ty_byte, *ty_rune;

void ty_init(void);
Type *ty_new(TypeKind k);
Type *ty_ptr(Type *elem);     /* hash-consed where cheap; compare with ty_identical */
Type *ty_slice(Type *elem);
Type *ty_under(Type *t);      /* underlying type */
bool ty_identical(Type *a, Type *b);
bool ty_identical_ignore_tags(Type *a, Type *b);
bool ty_is_untyped(Type *t);
bool ty_is_basic(Type *t);    /* under(t) is a basic type (incl. untyped, unsafe.Pointer) */
bool ty_is_integer(Type *t), ty_is_unsigned(Type *t), ty_is_float(Type *t),
    ty_is_complex(Type *t), ty_is_numeric(Type *t), ty_is_string(Type *t),
    ty_is_bool(Type *t), ty_is_pointer(Type *t), ty_is_iface(Type *t),
    ty_is_ordered(Type *t), ty_is_const_type(Type *t);
bool ty_has_nil(Type *t);     /* pointer, slice, map, chan, func, interface, unsafe.Pointer */
bool ty_comparable(Type *t);
bool ty_has_pointers(Type *t);
/* gc's IsDirectIface: stored in an interface's data word itself (a pointer,
 * map, chan, func, unsafe.Pointer, or a struct or array holding one). */
bool ty_direct_iface(Type *t);
Type *ty_default(Type *t);    /* untyped -> its default type */
void ty_layout(Type *t);      /* sets size/align recursively (gc's amd64 rules) */
int64_t ty_size(Type *t);
int64_t ty_align(Type *t);
/* gc's spelling of a type in error messages (types2's TypeString): "int",
 * "[]int", "*T", "struct{x int}", "func(x int) string", "interface{}",
 * "any"; types of the package being compiled are unqualified, others
 * carry their package name ("fmt.Stringer"). */
void ty_print(StrBuf *b, Type *t);
const char *ty_str(Type *t);
/* The same in gc's -m notation (cmd/compile's types fmt): "struct { x int }",
 * "interface {}", "func(int) string". */
const char *ty_gcstr(Type *t);
/* The Go-syntax name used by %T / runtime type names: "main.T", "[]int". */
const char *ty_rtname(Type *t);
/* gc's link notation (shape names: go.shape.struct { go/token.name string }):
 * named types and unexported fields qualified by their package's path. */
void ty_print_link(StrBuf *b, Type *t);
/* The package whose types print unqualified (set by the checker). */
extern const char *ty_local_pkg;

/* ---- 2. symbols and scopes ---- */
typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL, SYM_LABEL
} SymKind;

/* Where a variable lives, as gc's classes do. */
typedef enum VarClass { VC_GLOBAL, VC_LOCAL, VC_PARAM, VC_RESULT } VarClass;

struct Sym {
    SymKind kind;
    const char *name;    /* results without a name are "~r0", "~r1"... */
    const char *pkg;     /* package path of a package-level symbol or field, else NULL */
    Type *type;
    Pos pos;             /* declaration */
    Node *decl;          /* FUNCDECL, VARDECL, CONSTDECL, TYPEDECL, FIELD... */
    VarClass vclass;
    struct ConstVal *cval; /* SYM_CONST */
    int builtin;         /* SYM_BUILTIN: which (BI_...) */
    bool used;           /* for "declared but not used" */
    bool addrtaken;      /* &x appears somewhere */
    bool ptr_recv;       /* methods: the receiver is a pointer */
    bool is_alias;       /* SYM_TYPE: declared with type A = B */
    bool captured;       /* a local variable used by a function literal */
    bool generic;        /* SYM_TYPE, SYM_FUNC: declared with type parameters
                            (only go1.19's own source parses them): opaque,
                            neither checked nor analysed, and refused where used */
    Sym *recv_of;        /* methods: the named type's sym */
    bool dupok;          /* a shape instance's method (gc's Dupok): its
                            parameters' leaks are not reported */
    const char *compiled_in; /* a shape instance's method: the package compiling
                            it (pkg is the generic type's) */
    bool body_skipped;   /* a function of a cached package whose body was not
                            checked: later stages treat it as bodiless */
    struct Package *pkgref; /* SYM_PKG; for other package-level symbols, their package */
    int resolve;         /* the checker's: 0 unresolved (white), 1 done (black), >= 2 in progress */
    int order;           /* package-level: declaration order */
    void *tinfo;         /* the checker's private declaration info */
    void *aux;           /* a stage's private annotation (e.g. the IR variable or function) */
};

typedef enum Builtin {
    BI_APPEND, BI_CAP, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
    BI_MAKE, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
    /* package unsafe */
    BI_SIZEOF, BI_ALIGNOF, BI_OFFSETOF, BI_ADD, BI_SLICE
} Builtin;

typedef struct Scope Scope;
struct Scope {
    Scope *outer;
    Vec syms;            /* in declaration order */
    bool is_func;        /* the outermost scope of a function body */
    void *index;         /* the checker's name index (large scopes) */
    Vec children;        /* of Scope*: nested block scopes (for "declared but not used") */
};

/* ---- 3. constants ---- */
/* A constant value, exact (go/constant's semantics).  Integers are exact
 * big integers, floats exact rationals (rounded to a 512-bit mantissa only
 * when their parts grow past 4096 bits), complex numbers two rationals.
 * CV_UNKNOWN is the value of an erroneous constant (no follow-on errors). */
typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING, CV_COMPLEX, CV_UNKNOWN } ConstKind;
typedef struct BigInt BigInt;
typedef struct ConstVal {
    ConstKind kind;
    bool b;              /* CV_BOOL */
    int64_t i;           /* CV_INT: the value's low 64 bits (two's complement) */
    double f, fi;        /* CV_FLOAT: the nearest float64; CV_COMPLEX: its parts */
    const char *s; int64_t slen;   /* CV_STRING */
    BigInt *num, *den;   /* exact: CV_INT num; CV_FLOAT num/den; CV_COMPLEX real part */
    BigInt *inum, *iden; /* CV_COMPLEX imaginary part */
    int64_t e2, ie2;     /* binary exponents of values beyond 2^±4096 (see const.c) */
} ConstVal;

ConstVal *cv_int64(int64_t v);
ConstVal *cv_uint64(uint64_t v);
ConstVal *cv_bool(bool b);
ConstVal *cv_string(const char *s, int64_t n);
ConstVal *cv_unknown(void);
ConstVal *cv_from_float64(double v);
/* The value of an INTLIT, FLOATLIT, IMAGLIT (source text) or RUNELIT
 * (its value); NULL if malformed. */
ConstVal *cv_from_literal(NodeKind k, const char *text, int64_t rune);
/* x op y for + - * / % & | ^ &^ && ||; intdiv: / of integers truncates. */
ConstVal *cv_binary(Op op, ConstVal *x, ConstVal *y, bool intdiv);
ConstVal *cv_shift(ConstVal *x, Op op, unsigned s);
ConstVal *cv_unary(Op op, ConstVal *x, int prec);  /* prec: ^x of an unsigned type */
bool cv_compare(ConstVal *x, Op op, ConstVal *y);
bool cv_equal(ConstVal *x, ConstVal *y);
ConstVal *cv_to_int(ConstVal *x);      /* CV_UNKNOWN if not an exact integer */
ConstVal *cv_to_float(ConstVal *x);
ConstVal *cv_to_complex(ConstVal *x);
ConstVal *cv_real(ConstVal *x), *cv_imag(ConstVal *x);
ConstVal *cv_make_complex(ConstVal *re, ConstVal *im);
ConstVal *cv_round_float(ConstVal *x, int bits);   /* NULL on overflow */
ConstVal *cv_round_complex(ConstVal *x, int bits);
int cv_sign(ConstVal *x);
int cv_bitlen(ConstVal *x);
bool cv_int64_val(ConstVal *x, int64_t *out);
bool cv_uint64_val(ConstVal *x, uint64_t *out);
bool cv_is_int_valued(ConstVal *x);
double cv_float64(ConstVal *x, bool *inf);
double cv_float32(ConstVal *x, bool *inf);
/* go/constant's String: 42, 1e+100, (1 + 2i), "quoted..." (72 runes at most) */
const char *cv_str(ConstVal *x);
void cv_quote(StrBuf *b, const char *s, int64_t n);  /* strconv.Quote */

/* ---- 4. packages and checking ---- */
typedef struct Package {
    const char *path;    /* "main", "fmt", "runtime/debug" */
    const char *name;
    Scope *scope;        /* package scope */
    Vec files;           /* of Node* (FILE) */
    Vec funcs;           /* of Sym*: functions and methods with bodies or not, in source order */
    Vec globals;         /* of Sym*: package-level vars, in source order */
    Vec types;           /* of Type*: named types declared, in source order */
    Vec init_order;      /* of Node*: VARDECL specs with values, in initialization order */
    Vec imports;         /* of Package*: imported packages */
    bool is_std;         /* declared in std/; bodies may be absent */
    Vec instances;       /* of Type*: instances of generic types this package
                            needs, in the order it met them (instance.c) */
    bool source_import;  /* another package of the program, imported with
                            its source (ty_check_import) */
    bool fake;           /* could not be loaded; its members are not reported */
    bool goroot;         /* go1.19's standard library, from its source (the
                            driver's loader): compiled with gc's defaults,
                            whatever flags the command line gives */
    bool cached;         /* its analysis came from the cache of analysed
                            packages: only the bodies the cache wanted were
                            checked (Sym.body_skipped marks the others) */
} Package;

/* Loads (parsing and checking) a standard-library package from std/, once.
 * "unsafe" is built in. */
Package *ty_import(const char *path, Pos at);
/* Checks a package made of the given files. Errors go to diag_error. */
Package *ty_check_package(const char *path, Vec *files);
/* Imports that are not std/'s: the driver finds the package (gc's -D and
 * -I rules) and checks its files with ty_check_import.  Sets *handled when
 * path was its to resolve (the result is NULL after an error). */
extern Package *(*ty_import_hook)(const char *path, Pos at, bool *handled);
/* Checks an imported package of the program from its source; it is
 * added to ty_source_imports, which lists such packages in the order
 * they were completed (a package after those it imports). */
Package *ty_check_import(const char *path, Vec *files);
extern Vec ty_source_imports;
/* The name a package path's package is printed by (a.T, y.F). */
const char *ty_pkg_name(const char *path);
/* How gc's diagnostics qualify a name of that package: by its name, or by
 * its path in quotes ("sync/atomic".LoadInt64) when two packages loaded
 * for this compilation have that name (gc's types.NumImport). */
const char *ty_pkg_qual(const char *path);
/* The packages gc knows by name, when minigo computed them (the packages
 * the imported packages' export data lists, inline/export.c): from then
 * on ty_pkg_qual counts only those. */
void ty_set_known_packages(Vec *paths);
/* The package a source file (Pos.file) belongs to, once checked. */
Package *ty_file_package(int file);
/* The directory holding std/ (set by the driver). */
extern const char *ty_std_dir;
/* Every function must have a body (go build passes -complete; go tool
 * compile, as Go's own tests run it, does not). */
extern bool ty_complete;
/* The program was already checked against go1.19's own source of the
 * standard library (the driver's first pass) and is being checked again
 * against std/'s declarations to be built over minigo's C library: what
 * std/ lacks is minigo's gap, said as "minigo cannot build strings.Foo
 * yet", never as a mistake in the program ("undefined: strings.Foo"). */
extern bool ty_std_gaps;
/* Whether the function bodies of imported packages are checked (true):
 * only the IR and the analyses read them; a program that is only checked
 * needs the imports' declarations, as gc needs only their export data. */
extern bool ty_import_bodies;
/* The cache of analysed packages (the driver's): asked for an imported
 * package whose bodies would be checked, once its imports are loaded and
 * before its functions are; true when the package's analysis is cached,
 * and then only the functions ty_cache_wants_body names get their bodies
 * checked (those an importer may inline). */
extern bool (*ty_cache_lookup)(Package *pkg);
extern bool (*ty_cache_wants_body)(Package *pkg, Sym *fn);

/* A method of an instance of a generic type (instance.c): the method of
 * pkg's shape instance compiled for it, which has the body; NULL when m
 * is not such a method. */
Sym *ty_shaped_method(Package *pkg, Sym *m);
/* t mentions a GC shape (gc's HasShape). */
bool ty_has_shape(Type *t);

/* For tests and other stages. */
bool ty_assignable(Type *v, Type *t);       /* a value of type v to a variable of type t */
bool ty_implements(Type *v, Type *iface);  /* v's method set includes iface's methods */
/* The method named `name` of t's method set, NULL if none; *ptr_only is
 * set when only *t has it (pointer receiver, t not a pointer). */
Sym *ty_lookup_method(Type *t, const char *name, bool *ptr_only);
/* The names of t's methods and of those its embedded fields promote
 * (interface methods too): unsorted, possibly repeated. */
void ty_method_names(Type *t, Vec *names);

#endif
