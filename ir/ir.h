/* ir.h — minigo's SSA-like intermediate representation.
 *
 * Contents
 *   1. opcodes (X-macro table: enum, name, operand count)
 *   2. values, blocks, variables, functions, the program
 *   3. building the IR from the checked AST (build.c)
 *   4. verifying it (verify.c) and printing it (print.c)
 *
 * Shape.  A function is a list of basic blocks; blocks[0] is the entry.  A
 * block is a list of values (instructions); its last value is a terminator
 * (JMP, BR, RET, PANIC) and no other value is.  A value is computed once and
 * may be used by later values of the same function (args point to them);
 * values are never reassigned: everything mutable is a variable.
 *
 * Variables.  Named variables (params, results, locals) are explicit
 * storage, like alloca: ADDR yields a pointer to one; LOAD and STORE go
 * through pointers.  DECL marks the point where a local comes into scope (a
 * fresh variable each time it executes, which matters in loops).  Every
 * IrVar knows its loop depth, so escape analysis can tell whether it
 * outlives another.  Globals are IrVars of class VC_GLOBAL in the program.
 *
 * Allocations.  NEW, MAKESLICE, CONVIFACE (when the operand is not
 * pointer-shaped), DECL of a variable, and the implicit `...` array are the
 * allocation sites.  Each carries `escapes`, decided by the escape pass;
 * codegen reads only that flag: frame storage or a runtime heap allocation.
 * A variable's `escapes` means "moved to heap".
 *
 * Order.  Each value records `seq`, the pre-order number of the AST node it
 * was built for within its function.  gc's escape analysis creates its
 * locations in that order, so -m lines come out in gc's order by sorting
 * allocation sites on seq.  Ids number the values in the order they were
 * built, which is the order gc's escape analysis walks the statements;
 * the escape pass walks values by id, codegen walks blocks.  The two
 * orders differ only around a SELECT: each case's channel and send value
 * are built (ids) between the previous case's body and this case's, as gc
 * walks them, but placed (blocks) before the SELECT, which runs first.
 */
#ifndef MINIGO_IR_H
#define MINIGO_IR_H

#include "../types/types.h"

/* X(name, nargs (-1: variable), doc) */
#define IR_OPS(X)                                                                          \
    X(CONST, 0, "integer, bool, float or complex constant: ival (a float32's or float64's IEEE bits; a complex's real part, slen its imaginary part); type is its type") \
    X(STR, 0, "string constant: str (slen bytes)")                                            \
    X(ZERO, 0, "the zero value of type (nil pointer/slice/interface, 0, \"\", zeroed struct)") \
    X(ADDR, 0, "address of variable var (type *T); for a global, its symbol")                \
    X(LOAD, 1, "*args[0]; type is the element type")                                         \
    X(STORE, 2, "*args[0] = args[1]; no value")                                              \
    X(FIELD, 1, "&args[0]->fields[ival]: args[0] points to a struct; type is *F")            \
    X(INDEX, 2, "&args[0][args[1]]: args[0] a slice value; panics when out of range; type *E") \
    X(LEN, 1, "len(args[0]) of a slice or string")                                           \
    X(CAP, 1, "cap(args[0]) of a slice")                                                     \
    X(SLICEHDR, 3, "the slice {ptr args[0], len args[1], cap args[2]}")                       \
    X(SLICE, 4, "args[0][args[1]:args[2]:args[3]] of a slice or string (ZERO for an absent index); panics when out of range") \
    X(ADD, 2, "args[0] + args[1], integers wrap as Go's do") X(SUB, 2, "-") X(MUL, 2, "*")    \
    X(DIV, 2, "/ (panics on zero)") X(MOD, 2, "% (panics on zero)")                          \
    X(AND, 2, "&") X(OR, 2, "|") X(XOR, 2, "^") X(ANDNOT, 2, "&^")                            \
    X(SHL, 2, "<<") X(SHR, 2, ">> (arithmetic for signed types)")                             \
    X(EQ, 2, "== on ints, bools, pointers, strings; type bool") X(NE, 2, "!=")              \
    X(LT, 2, "<") X(LE, 2, "<=") X(GT, 2, ">") X(GE, 2, ">=")                                \
    X(NEG, 1, "-args[0]") X(NOT, 1, "!args[0]") X(COM, 1, "^args[0]")                        \
    X(CONCAT, 2, "string args[0] + args[1]; a + b + c is a chain whose partial results are implicit, each used only as args[0] of the next (codegen concatenates once); escapes (of the chain's last)") \
    X(NEW, 0, "allocate a zeroed *T where T = type->elem; escapes; node")                    \
    X(MAKESLICE, 2, "make([]E, args[0], args[1]); escapes; node")                            \
    X(APPEND, -1, "append(args[0], args[1..]...) as go1.19's growslice; spread: args[1] is a slice") \
    X(CONVIFACE, 1, "box args[0] into the interface type; escapes (for the box); node")       \
    X(CALL, -1, "call func with args (func NULL: call the function value args[0] with args[1..]); type: NULL, the single result, or a TUPLE; ival 1 for defer, 2 for go") \
    X(MAKEMAP, 0, "make(map[K]V) or a map literal's map; escapes; node")                       \
    X(MAPGET, 2, "m[k] of map args[0] and key args[1] (the zero value if absent)")         \
    X(MAPSET, 3, "args[0][args[1]] = args[2]; no value")                                     \
    X(MAKECHAN, -1, "make(chan T[, args[0]]): args[0] the buffer size (none: 0)")             \
    X(SEND, 2, "args[0] <- args[1]; no value; ival 1: a case of the SELECT using it, which sends") \
    X(RECV, 1, "<-args[0] (COMMAOK: whether a value came, not the close); ival 1: a case of the SELECT using it, which receives into it") \
    X(SELECT, -1, "select: args are its cases, SENDs and RECVs of ival 1, the sends first, each group in source order; spread: it has a default (never blocks); the index in args of the case taken, -1 for the default (int)") \
    X(ASSERT, 1, "args[0].(type): the dynamic value as type (panics on mismatch); ival 1: the comma-ok form (zero on mismatch, COMMAOK tells), 2: known to hold (a type switch's case)") \
    X(COMMAOK, 1, "the ok (bool) of v, ok := args[0], a MAPGET, a comma-ok ASSERT or a RECV") \
    X(CONV, 1, "args[0] converted to type; string <-> []byte/[]rune and int -> string allocate: escapes, node") \
    X(ELEM, 1, "an element of the map args[0], for range: of the iterator variable var")      \
    X(RUNE, 2, "range over a string: the rune at byte args[1] of string args[0] (U+FFFD if invalid); int32") \
    X(RUNENEXT, 2, "range over a string: the index after the rune at byte args[1] of string args[0]; int") \
    X(MAPITERINIT, 2, "start iterating the map args[1] with the iterator variable at args[0]; no value") \
    X(MAPITERNEXT, 1, "advance the map iterator at args[0]: whether there is an entry (bool)") \
    X(MAPITERKEY, 1, "the key of the map iterator at args[0]'s entry")                       \
    X(METHVALUE, 1, "the method value args[0].m (func: the method); escapes; node")          \
    X(BUILTIN, -1, "a built-in function ival (types.h Builtin: print, println, recover, copy, delete, unsafe.Add, unsafe.Slice...) of args") \
    X(CLOSURE, 0, "a function value for the function literal func (capturing its variables); escapes; node; implicit: the function (or method expression) func itself, ival 1: (*T).m of a method of T, which dereferences its first argument; ival 2 (func NULL): the method expression node (T.m of an interface's method or of a promoted one), through a wrapper codegen makes") \
    X(EXTRACT, 1, "result ival of the TUPLE-typed call args[0]")                              \
    X(NILCHECK, 1, "panics if the pointer args[0] is nil (&*p evaluates *p's nil check); no value") \
    X(DECL, 0, "variable var comes into scope: zeroed in the frame, or allocated if it escapes") \
    X(JMP, 0, "terminator: go to target[0]")                                                 \
    X(BR, 1, "terminator: if args[0] go to target[0] else target[1]")                        \
    X(RET, 0, "terminator: return; the results are in the result variables")                 \
    X(PANIC, 1, "terminator: panic(args[0]), args[0] an interface")

typedef enum IrOp {
#define X(op, n, doc) IR_##op,
    IR_OPS(X)
#undef X
    IR__COUNT
} IrOp;

extern const char *ir_op_names[];
extern const int ir_op_nargs[];

typedef struct IrValue IrValue;
typedef struct IrBlock IrBlock;
typedef struct IrVar IrVar;
typedef struct IrFunc IrFunc;

struct IrValue {
    IrOp op;
    int id;             /* unique within the function; printed as v<id> */
    Type *type;         /* NULL for values without a result (STORE, terminators) */
    Pos pos;            /* gc's position for diagnostics */
    Node *node;         /* the AST node it came from (diagnostics print it) */
    int seq;            /* pre-order number of node within the function */
    int refseq;         /* CALL of a method on a value: where gc's bottom-up walk
                           reaches the method, after the receiver's subtree and
                           before the arguments' (0: at seq) */
    int loopdepth;      /* loop nesting where it executes */
    IrValue **args;
    int nargs;
    IrVar *var;         /* ADDR, DECL; ELEM of a map: the iterator */
    IrFunc *func;       /* CALL */
    IrBlock *target[2]; /* JMP, BR */
    int64_t ival;       /* CONST, FIELD, EXTRACT */
    const char *str;    /* STR */
    int64_t slen;
    bool escapes;       /* allocation sites: decided by escape analysis */
    bool spread;        /* APPEND: append(s, t...); SELECT: it has a default */
    bool implicit;      /* CONVIFACE/NEW made by the compiler, not written (e.g. the ... array) */
    bool defining;      /* STORE: the variable's definition as gc's front end
                           records it (Name.Defn): its declaration's initialisation
                           (x := v, var x = v); for an inlined call, the
                           assignment of the arguments to the parameters and a
                           single return's to the results; never the
                           declarations inside an inlined body */
    bool inlined;       /* made for an inlined body: pos is the outermost call's */
    bool opaque;        /* gc reads this value from a variable without a definition
                           (RewriteNonNameCall's temporary in an inlined copy,
                           which minigo does not make): StaticValue stops here */
    bool static_init;   /* of a package variable's initializer that gc
                           initialises statically: escape analysis reports
                           nothing of it */
    bool direct;        /* CONVIFACE: gc stores the operand in the data word itself (a
                           pointer, or a struct or array holding just one): no
                           allocation site.  codegen boxes the non-pointer kinds on
                           the heap all the same (escapes stays true) */
    const char *desc;   /* how diagnostics name an implicit site ("... argument"); NULL: print node;
                           STORE into a receiver's temporary: the receiver, as
                           printed in gc's statement .autotmp_N := x */
    Node *addrof;       /* ADDR, FIELD, INDEX: the & expression that takes this
                           address (or the receiver of an implicit &), for -m=2;
                           MAPSET: the m[k] assigned (the key's note points at it) */
    Node *stmt;         /* CALL of a go or defer statement: the statement (gc's
                           wrapper of the call is at its keyword) */
    const char *note;   /* STORE: gc's reason for the flow ("assign", "return",
                           "struct literal element", ...), with node the
                           statement or literal it belongs to; for -m=2.
                           CONVIFACE: set when gc converts only after escape
                           analysis (v, ok = x.(T) into an interface): no
                           allocation site, the box is always on the heap.
                           CONCAT: "assign-op" for s += x (gc's escape
                           analysis sees only x assigned to s): no site,
                           x flows to the result, made on the heap */
    IrBlock *block;
    void *cg, *esc;     /* private annotations of codegen and escape */
};

struct IrBlock {
    int id;
    Vec values;         /* of IrValue*; the last is the terminator */
};

struct IrVar {
    const char *name;   /* "x"; unnamed results "~r0"; unnamed params "~p0"; "_" stays "_" */
    Type *type;
    Pos pos;
    Sym *sym;           /* NULL for compiler temporaries */
    VarClass vclass;
    int index;          /* position among params or results */
    int loopdepth;
    bool addrtaken;
    bool escapes;       /* "moved to heap" */
    bool temp;          /* compiler-made: never named in diagnostics */
    bool gctemp;        /* a temporary gc's escape analysis has too ("{temp}"), e.g. range's */
    bool inlined;       /* made for an inlined body (gc lists these after the function's own) */
    bool addrof_taken;  /* its address is taken somewhere (&x, x.m() with a pointer receiver) */
    bool reassigned;    /* stored to other than by its declaration */
    bool byval;         /* captured by function literals by value, not by reference
                           (escape analysis decides, as gc) */
    IrFunc *fn;         /* NULL for globals */
    /* Escape summary of a parameter (gc's "tag"): -1 means no leak, else
     * the minimal number of dereferences: leak_heap=0 is "leaking param: p",
     * 1 is "leaking param content: p"; leak_result[i] likewise for result i. */
    int leak_heap;
    int leak_result[8];
    void *cg, *esc;
};

struct IrFunc {
    const char *name;      /* as gc prints it: "f", "T.m", "(*T).m" */
    const char *linkname;  /* assembly symbol: "main.f", "fmt.Println" */
    Sym *sym;
    Node *decl;            /* FUNCDECL; its pragmas carry std escape tags */
    Type *type;            /* FUNC */
    Vec params, results;   /* of IrVar* (the receiver, if any, is params[0]) */
    Vec vars;              /* of IrVar*: params, results, then locals in declaration order */
    Vec blocks;            /* of IrBlock*; blocks[0] is the entry */
    bool external;         /* no body: implemented in runtime/ (see codegen) */
    bool imported;         /* of another package of the program, analysed
                              already (external too: its summary is known) */
    IrFunc *outer;         /* a function literal's enclosing function, else NULL */
    Vec closures;          /* of IrFunc*: the function literals inside, in order */
    Vec captures;          /* of IrVar*: the enclosing functions' variables it uses, in order */
    bool closure_called;   /* a literal called where it stands: func(){...}() */
    int dead_dcl;          /* names declared in its dead code, which gc's
                              front end declared (counted in .autotmp_N) */
    bool defer_wrapper;    /* made for `defer print(...)`, `defer recover()`, `defer close(c)`,
                              panic, copy, delete (in outer's
                              closures, but outer is NULL): its recover() acts for the
                              function running the deferred call */
    int nclosures;         /* for naming them: f.func1, f.func2 */
    bool tagged;           /* escape summary known (analysed, or given by a pragma) */
    int nvalues;           /* ids are 0..nvalues-1 */
    Pos pos;
    void *cg, *esc;
};

typedef struct IrProgram {
    Package *pkg;
    Vec funcs;             /* of IrFunc*: the package's functions in source order */
    Vec externs;           /* of IrFunc*: std functions called */
    Vec globals;           /* of IrVar* */
    IrFunc *init;          /* package initialisation (global var initialisers), or NULL */
} IrProgram;

/* ---- 3. building (build.c) ----
 * Requires: a checked package without errors; with `inlining`, the
 * decisions of inline/ (inl_analyze), whose chosen calls are expanded.
 * Provides: an IrProgram; every allocation site with escapes=true (the safe
 * default until escape analysis runs).  Without `with_init`, the package's
 * initialisation is left out (init NULL): an imported package analysed for
 * its functions' summaries, which its variables' initialisers do not
 * change. */
IrProgram *ir_build(Package *pkg, bool inlining, bool with_init);
/* The IrFunc of a function whose body is not built here (its package's
 * analysis is known otherwise: the cache of analysed packages), with its
 * parameters for the summary; not yet tagged. */
IrFunc *ir_extern_func(Sym *s);
/* The embedded fields (indices, as void*) through which t.name reaches a
 * promoted method, the shallowest first found (the checker ruled out
 * ambiguity); empty when the method is t's own (or *t's). */
void ir_method_path(Type *t, const char *name, Vec *path);
/* Whether argument i of the defer/go call v is a slice gc builds inside
 * the statement's wrapper, when the call runs: the implicit `...` array,
 * or a slice literal passed, f([]T{...}) or f(a, []T{...}...).  Its
 * elements are evaluated (and captured) at the statement. */
bool ir_wrapper_builds_slice(IrValue *v, int i);
/* gc's names for rewritten expressions in diagnostics (names.c); ir_build
 * installs them. */
void ir_install_names(void);
/* 1 or 0 for a constant condition (true && x folded as gc folds it), -1
 * otherwise. */
int ir_const_cond(Node *c);
/* The package being built (ir_build); code of another package of the
 * program inlined into it prints qualified, as gc prints imported bodies. */
extern Package *ir_cur_pkg;
Package *ir_foreign_package(const Node *n);   /* n's, when foreign; else NULL */
/* Where gc converts the argument of the built-in call c (panic's, to
 * interface{}): the position its front end had reached, after the
 * argument. */
Pos ir_builtin_conv_pos(Node *c);
/* Whether converting an interface of type from to the interface type to
 * is an OCONVIFACE for gc (an IR CONV, which escape analysis notes as
 * "interface-converted"), not a conversion that changes nothing. */
bool ir_iface_conv(Type *from, Type *to);
/* gc's text of a conversion of x to t: T(x), or (T)(x) for an unnamed T;
 * any(x) for a type spelled any, (interface {})(x) for interface{}. */
const char *ir_conv_text(Type *t, const char *x);
/* The empty interface a built-in (panic) takes: gc spells it
 * interface {}, where ty_any, the type of code that wrote any, is any. */
Type *ir_empty_iface(void);
/* From now on print the call as text (a devirtualized call: gc prints
 * the rewritten form, `T.M(x.(T))`). */
void ir_set_call_text(Node *call, const char *text);
/* The receiver a method call prints with before gc's escape analysis
 * reaches it (a devirtualized call's x.(*T)); see ast_call_unpacked. */
void ir_set_unreached_recv(Node *call, const char *recv);
void ir_set_recv_text(Node *x, const char *text); /* x.M(), x(): x is in a temporary */
const char *ir_recv_text(const Node *x);
void ir_rename_call_text(const char *old, const char *text); /* a temporary renamed */

/* ---- 4. verifying and printing ---- */
void ir_verify(IrProgram *p);        /* ice()s on a malformed program */
void ir_print_func(StrBuf *b, IrFunc *f);
void ir_print(StrBuf *b, IrProgram *p);

#endif
