/* build.c — the IR from the checked AST.
 *
 * Requires: a package checked without errors.
 * Provides: an IrProgram in which every allocation site has escapes=true,
 * the safe answer until escape analysis decides otherwise.
 *
 * Expressions are built by two mutually recursive functions: rvalue()
 * computes a value, addr() computes the address of something assignable.
 * Variables are reached through ADDR and LOAD/STORE; a local is declared by
 * a DECL at the point its scope begins.  Evaluation order is Go's: left to
 * right, all right-hand sides of an assignment before any store.
 *
 * Each value records `seq`, the pre-order number of the AST node it came
 * from (see ir.h), and `loopdepth`, as gc's escape analysis counts it: 1 in
 * the function body, one more inside each loop body.  A loop's own
 * variables (for-clause init, range key and value) are declared outside it,
 * since Go 1.19 has one variable per loop, not per iteration.
 */
#include "ir.h"
#include "../inline/inline.h"

#include <stdlib.h>
#include <string.h>

typedef struct Builder {
    IrProgram *prog;
    IrFunc *fn;
    IrBlock *cur;      /* NULL after a terminator: code there is unreachable */
    int seq;           /* next pre-order number */
    int curseq;        /* seq of the node being built */
    int loopdepth;
    Vec breaks, continues, labels; /* loop targets: IrBlock*, and label names (char* or NULL) */
    bool inlining;     /* expand the calls inline/ chose (off with -l) */
    Node *deferred;    /* the call of the defer/go statement being built */
    Vec inl;           /* of InlFrame*: inlined bodies being built, outermost first */
    Vec inl_results;   /* of IrValue*: the results of the last multi-value inlined call */
    Vec golabels;      /* of GoLabel*: the function's labels, for goto */
    const char *next_label; /* the label of the switch or select being built */
    /* A select case's communication being built: its receive (the node
     * `<-c`) goes to the block sel_eval, before the SELECT; sel_case is
     * the RECV or SEND built for it. */
    Node *sel_recv;
    IrBlock *sel_eval;
    IrValue *sel_case;
    Pos conv_pos;      /* rhs_values: where an assignment's implicit conversions are */
    int pending_dcl;   /* names gc's front end declares before the IR does:
                          a range's `k, v :=` before its range expression */
    int dead_dcl;      /* names declared in the dead code removed so far
                          (Node.dcl_pre, dcl_post), which gc counts */
    Vec recv_tmps;     /* of IrVar*, Node* and IrValue* (its STORE) triples:
                          temporaries of calls' receivers (or callees) not
                          numbered yet (receiver_temp) */
} Builder;

/* A label and its block; "looping" when a goto after it jumps back to it
 * (gc counts a loop there: escape analysis's loop depth grows). */
typedef struct GoLabel {
    const char *name;
    IrBlock *blk;
    bool looping, seen;
} GoLabel;

/* An inlined call being built: its results, where its returns go, and the
 * position everything in it is reported at (the outermost call's). */
typedef struct InlFrame {
    Sym *fn;
    InlSite *site;     /* inline/'s record of the call */
    Vec results;       /* of IrVar* */
    IrBlock *end;
    Pos pos;
    bool delay;        /* gc's CanDelayResults: the return defines the results */
} InlFrame;

/* ---- construction helpers ---- */

static IrBlock *new_block(Builder *b) {
    IrBlock *blk = NEW(IrBlock);
    blk->id = b->fn->blocks.len;
    vec_push(&b->fn->blocks, blk);
    return blk;
}

static void set_block(Builder *b, IrBlock *blk) { b->cur = blk; }

static IrValue *emit(Builder *b, IrOp op, Type *t, Pos pos, int nargs, ...) {
    if (!b->cur) /* unreachable code still gets built, into a detached block */
        b->cur = new_block(b);
    IrValue *v = NEW(IrValue);
    v->op = op;
    v->id = b->fn->nvalues++;
    v->type = t;
    v->pos = b->inl.len ? ((InlFrame *)b->inl.data[0])->pos : pos;
    v->inlined = b->inl.len > 0;
    v->seq = b->curseq;
    v->loopdepth = b->loopdepth;
    v->nargs = nargs;
    v->args = nargs ? arena_alloc(perm, sizeof(IrValue *) * (size_t)nargs) : NULL;
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        v->args[i] = va_arg(ap, IrValue *);
    va_end(ap);
    v->block = b->cur;
    vec_push(&b->cur->values, v);
    if (op == IR_NEW || op == IR_MAKESLICE || op == IR_CONVIFACE || op == IR_CONCAT)
        v->escapes = true;
    if (op == IR_JMP || op == IR_BR || op == IR_RET || op == IR_PANIC)
        b->cur = NULL;
    return v;
}

static IrValue *emitv(Builder *b, IrOp op, Type *t, Pos pos, Vec *args) {
    IrValue *v = emit(b, op, t, pos, 0);
    v->nargs = args->len;
    v->args = arena_alloc(perm, sizeof(IrValue *) * (size_t)(args->len ? args->len : 1));
    for (int i = 0; i < args->len; i++)
        v->args[i] = args->data[i];
    return v;
}

static void jump(Builder *b, IrBlock *to) {
    if (!b->cur)
        return;
    IrValue *v = emit(b, IR_JMP, NULL, (Pos){0}, 0);
    v->target[0] = to;
}

static void branch(Builder *b, IrValue *cond, IrBlock *t, IrBlock *f) {
    IrValue *v = emit(b, IR_BR, NULL, cond->pos, 1, cond);
    v->target[0] = t;
    v->target[1] = f;
}

static IrValue *const_int(Builder *b, Type *t, int64_t x, Pos pos) {
    IrValue *v = emit(b, IR_CONST, t, pos, 0);
    v->ival = x;
    return v;
}

/* 1 of type t (x++, x--): a float's is its IEEE bits (ir.h CONST). */
static IrValue *const_one(Builder *b, Type *t, Pos pos) {
    Type *u = ty_under(t);
    if (u->kind == TY_FLOAT32)
        return const_int(b, t, 0x3f800000, pos);
    if (u->kind == TY_FLOAT64)
        return const_int(b, t, INT64_C(0x3ff0000000000000), pos);
    return const_int(b, t, 1, pos);
}

static IrVar *new_var(Builder *b, const char *name, Type *t, Pos pos, Sym *sym, VarClass vc) {
    IrVar *v = NEW(IrVar);
    v->name = name;
    v->type = t;
    v->pos = b->inl.len ? ((InlFrame *)b->inl.data[0])->pos : pos;
    v->inlined = b->inl.len > 0;
    v->sym = sym;
    v->vclass = vc;
    v->fn = b->fn;
    v->loopdepth = b->loopdepth;
    v->leak_heap = -1;
    for (int i = 0; i < 8; i++)
        v->leak_result[i] = -1;
    vec_push(&b->fn->vars, v);
    if (sym)
        sym->aux = v;
    return v;
}

static IrVar *new_temp(Builder *b, Type *t, Pos pos) {
    IrVar *v = new_var(b, "~tmp", t, pos, NULL, VC_LOCAL);
    v->temp = true;
    IrValue *d = emit(b, IR_DECL, NULL, pos, 0);
    d->var = v;
    return v;
}

static IrValue *var_addr(Builder *b, IrVar *v, Pos pos) {
    IrValue *a = emit(b, IR_ADDR, ty_ptr(v->type), pos, 0);
    a->var = v;
    /* a variable of an enclosing function: this literal (and every literal
     * between) captures it */
    for (IrFunc *f = b->fn; v->fn && f && f != v->fn && f->outer; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->captures.len && !have; i++)
            have = f->captures.data[i] == v;
        if (!have)
            vec_push(&f->captures, v);
    }
    return a;
}

static const char *link_pkg(Builder *b);
static bool is_pkg_init(IrFunc *f);
static IrVar *imported_var(Sym *s);

static IrVar *sym_var(Builder *b, Sym *s) {
    IrVar *v = s->aux;
    if (!v && s->kind == SYM_VAR && s->vclass == VC_GLOBAL)
        return imported_var(s); /* one the checker made: a dictionary's entry */
    if (!v)
        ice("no IR variable for %s", s->name);
    return v;
}

/* A construct the checker accepts but the IR cannot express yet: a user
 * error (the driver stops after the IR is built), never a crash.  Returns
 * a stand-in value so that building can go on. */
/* Whether x, the operand of a selector, is a type (the selector is a
 * method expression). */
static bool type_operand(Node *x) {
    x = ast_unparen(x);
    if (x->sym)
        return x->sym->kind == SYM_TYPE;
    if (x->kind == N_UNARY && x->op == OP_DEREF)
        return type_operand(x->a);
    switch (x->kind) {
    case N_PTRTYPE: case N_SLICETYPE: case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE:
        return true;
    default:
        return false;
    }
}

static IrValue *unsupported(Builder *b, Node *n, const char *what) {
    diag_error(n->pos, "minigo does not support %s yet", what);
    Type *t = n->type && !ty_is_untyped(n->type) && n->type->kind != TY_TUPLE ? n->type : ty_int;
    return emit(b, IR_ZERO, t, n->pos, 0);
}

/* ---- expressions ---- */

static IrValue *rvalue(Builder *b, Node *n);
static IrValue *rvalue_to(Builder *b, Node *n, Type *to, Pos pos);
static IrValue *select_comm(Builder *b, Node *n);
static void last_pos(Node *n, Pos *pos);
static IrValue *addr(Builder *b, Node *n);
static IrValue *convert(Builder *b, IrValue *v, Type *to, Node *src, Pos pos);
static void stmt(Builder *b, Node *n);
static void block(Builder *b, Node *n);

/* Starts building node n: gives it the next pre-order number. */
static int enter(Builder *b, Node *n) {
    int saved = b->curseq;
    b->curseq = b->seq++;
    return saved;
}

static IrValue *const_value(Builder *b, Node *n, Type *t) {
    ConstVal *cv = n->cval;
    if (t->kind == TY_UNTYPED_COMPLEX)
        t = ty_complex128;
    if (ty_is_untyped(t))
        t = t->kind == TY_UNTYPED_STRING ? ty_string : t->kind == TY_UNTYPED_BOOL ? ty_bool : ty_int;
    if (t->kind == TY_UNTYPED_FLOAT)
        t = ty_float64;
    Type *u = ty_under(t);
    if (u->kind == TY_IFACE) /* a constant stored in an interface: its default type */
        return convert(b, const_value(b, n, n->type), t, n, n->pos);
    if ((u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64) && cv->kind == CV_COMPLEX &&
        cv_to_float(cv)->kind == CV_FLOAT)
        cv = cv_to_float(cv); /* float64(1 + 0i) */
    if ((u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64) && (cv->kind == CV_INT || cv->kind == CV_FLOAT)) {
        /* the bits of the IEEE value, in ival (ir.h CONST) */
        if (u->kind == TY_FLOAT32) {
            float f = (float)cv_float32(cv, NULL);
            uint32_t bits;
            memcpy(&bits, &f, 4);
            return const_int(b, t, bits, n->pos);
        }
        double d = cv_float64(cv, NULL);
        int64_t bits;
        memcpy(&bits, &d, 8);
        return const_int(b, t, bits, n->pos);
    }
    if (ty_is_complex(u)) {
        /* the parts' IEEE bits, in ival and slen (ir.h CONST) */
        ConstVal *re = cv_real(cv), *im = cv_imag(cv);
        int64_t rb, ib;
        if (u->kind == TY_COMPLEX64) {
            float fr = (float)cv_float32(re, NULL), fi = (float)cv_float32(im, NULL);
            uint32_t r32, i32;
            memcpy(&r32, &fr, 4);
            memcpy(&i32, &fi, 4);
            rb = r32, ib = i32;
        } else {
            double dr = cv_float64(re, NULL), di = cv_float64(im, NULL);
            memcpy(&rb, &dr, 8);
            memcpy(&ib, &di, 8);
        }
        IrValue *v = const_int(b, t, rb, n->pos);
        v->slen = ib;
        return v;
    }
    if (ty_is_integer(u) && (cv->kind == CV_FLOAT || cv->kind == CV_COMPLEX) &&
        cv_to_int(cv)->kind == CV_INT)
        return const_int(b, t, cv_to_int(cv)->i, n->pos);
    switch (cv->kind) {
    case CV_BOOL:
        return const_int(b, t, cv->b, n->pos);
    case CV_INT:
        return const_int(b, t, cv->i, n->pos);
    case CV_STRING: {
        IrValue *v = emit(b, IR_STR, t, n->pos, 0);
        v->str = cv->s;
        v->slen = cv->slen;
        return v;
    }
    default: /* the checker let no other constant through */
        return unsupported(b, n, arena_printf(perm, "a constant of type %s here", ty_rtname(t)));
    }
}

/* Field index path from struct type t to field `name` (promoted fields
 * through embedded structs). */
static bool field_path(Type *t, const char *name, Vec *path) {
    Type *u = ty_under(t);
    if (u->kind == TY_PTR)
        u = ty_under(u->elem);
    if (u->kind != TY_STRUCT)
        return false;
    for (int i = 0; i < u->fields.len; i++)
        if (strcmp(((Field *)u->fields.data[i])->name, name) == 0) {
            vec_push(path, (void *)(intptr_t)i);
            return true;
        }
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        int mark = path->len;
        vec_push(path, (void *)(intptr_t)i);
        if (field_path(f->type, name, path))
            return true;
        path->len = mark;
    }
    return false;
}

static IrValue *field_addr(Builder *b, IrValue *base, int idx, Pos pos) {
    Type *st = ty_under(base->type->elem);
    Field *f = st->fields.data[idx];
    IrValue *v = emit(b, IR_FIELD, ty_ptr(f->type), pos, 1, base);
    v->ival = idx;
    return v;
}

/* A variable of an imported package (os.Stdout): a global of its own;
 * escape analysis lets nothing flow out of globals, and the driver does
 * not compile programs using one yet. */
static IrVar *imported_var(Sym *s) {
    if (!s->aux) {
        IrVar *v = NEW(IrVar);
        v->name = s->name;
        v->type = s->type;
        v->pos = s->pos;
        v->sym = s;
        v->vclass = VC_GLOBAL;
        v->leak_heap = -1;
        s->aux = v;
    }
    return s->aux;
}

static bool addressable(Node *x);

/* The address of x.f: x is a pointer (auto-dereferenced) or addressable. */
static IrValue *selector_addr(Builder *b, Node *n) {
    Node *x = n->a;
    if (ast_unparen(x)->kind == N_NAME && ast_unparen(x)->sym && ast_unparen(x)->sym->kind == SYM_PKG) {
        if (!n->sym || n->sym->kind != SYM_VAR || !n->sym->type)
            return unsupported(b, n, "this qualified name");
        return var_addr(b, imported_var(n->sym), n->pos);
    }
    if (!x->type)
        return unsupported(b, n, "this selector");
    IrValue *base;
    Type *xt = x->type;
    if (ty_under(xt)->kind == TY_PTR)
        base = rvalue(b, x);
    else if (addressable(x))
        base = addr(b, x);
    else { /* a non-addressable struct value: spill it */
        IrValue *v = rvalue(b, x);
        IrVar *t = new_temp(b, xt, x->pos);
        emit(b, IR_STORE, NULL, x->pos, 2, var_addr(b, t, x->pos), v);
        /* a fresh address after the store: escape analysis looks through
         * temporaries, and needs their stores made before their reads */
        base = var_addr(b, t, x->pos);
    }
    if (!base->type || base->type->kind != TY_PTR)
        return unsupported(b, n, "this selector");
    Vec path = {0};
    if (!field_path(xt, n->name, &path))
        return unsupported(b, n, "method values");
    for (int i = 0; i < path.len; i++) {
        if (ty_under(base->type->elem)->kind == TY_PTR) /* embedded pointer */
            base = emit(b, IR_LOAD, base->type->elem, n->pos, 1, base);
        base = field_addr(b, base, (int)(intptr_t)path.data[i], n->pos);
        base->node = n;
    }
    free(path.data);
    return base;
}

/* An array as a slice over its storage: the address of the array (or the
 * pointer to it), as a slice header.  Indexing and slicing an array go
 * through it, so escape analysis sees the array's own address. */
static IrValue *array_as_slice(Builder *b, Node *x, Pos pos) {
    Type *u = ty_under(x->type);
    IrValue *p;
    if (u->kind == TY_PTR) {
        p = rvalue(b, x);
        u = ty_under(u->elem);
    } else {
        p = addr(b, x);
        /* gc notes each step to the array for -m=2: s.a (dot), x[1] */
        for (IrValue *f = p; f->op == IR_FIELD || f->op == IR_INDEX; f = f->args[0]) {
            f->note = f->op == IR_FIELD ? "dot" : "index";
            if (f->op == IR_INDEX)
                break;
        }
    }
    IrValue *len = const_int(b, ty_int, u->len, pos);
    return emit(b, IR_SLICEHDR, ty_slice(u->elem), pos, 3, p, len, len);
}

static bool addressable(Node *x) {
    x = ast_unparen(x);
    if (x->kind == N_INDEX && x->a->type) {
        /* m[k] is not addressable, nor an element of an array value that
         * is not (f()[i]) */
        Type *u = ty_under(x->a->type);
        if (u->kind == TY_MAP)
            return false;
        if (u->kind == TY_ARRAY)
            return addressable(x->a);
    }
    return x->kind == N_NAME || x->kind == N_SELECTOR || x->kind == N_INDEX ||
           (x->kind == N_UNARY && x->op == OP_DEREF);
}

static IrValue *index_addr(Builder *b, Node *n) {
    Type *u = ty_under(n->a->type);
    IrValue *s;
    if (u->kind == TY_SLICE || ty_is_string(u))
        s = rvalue(b, n->a);
    else if ((u->kind == TY_ARRAY && addressable(n->a)) ||
             (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY))
        s = array_as_slice(b, n->a, n->pos);
    else if (u->kind == TY_ARRAY) { /* an array value (f()[i], m[k][i]): spill it */
        IrValue *v = rvalue(b, n->a);
        IrVar *t = new_temp(b, n->a->type, n->a->pos);
        emit(b, IR_STORE, NULL, n->a->pos, 2, var_addr(b, t, n->a->pos), v);
        IrValue *len = const_int(b, ty_int, u->len, n->pos);
        s = emit(b, IR_SLICEHDR, ty_slice(u->elem), n->pos, 3, var_addr(b, t, n->a->pos), len, len);
    } else
        return unsupported(b, n, arena_printf(perm, "indexing %s", ty_str(n->a->type)));
    Type *et = ty_is_string(s->type) ? ty_byte : ty_under(s->type)->elem;
    IrValue *i = rvalue(b, n->b);
    IrValue *v = emit(b, IR_INDEX, ty_ptr(et), n->pos, 2, s, i);
    v->node = n;
    return v;
}

/* s[i:j:k] of a slice, a string, an array or a pointer to an array. */
static IrValue *slice_expr(Builder *b, Node *n) {
    Type *u = ty_under(n->a->type);
    IrValue *s;
    if (u->kind == TY_SLICE || ty_is_string(u))
        s = rvalue(b, n->a);
    else if ((u->kind == TY_ARRAY && addressable(n->a)) ||
             (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY))
        s = array_as_slice(b, n->a, n->pos);
    else
        return unsupported(b, n, "slicing this operand");
    Node *idx[3] = {n->b, n->c, n->d};
    IrValue *iv[3];
    for (int i = 0; i < 3; i++)
        iv[i] = idx[i] ? rvalue(b, idx[i]) : emit(b, IR_ZERO, ty_int, n->pos, 0);
    IrValue *v = emit(b, IR_SLICE, ty_is_string(u) ? s->type : n->type, n->pos, 4, s, iv[0], iv[1], iv[2]);
    v->node = n;
    return v;
}

static IrValue *addr(Builder *b, Node *n) {
    int saved = enter(b, n);
    IrValue *v;
    switch (n->kind) {
    case N_PAREN:
        b->curseq = saved;
        return addr(b, n->a);
    case N_NAME: {
        IrVar *var = sym_var(b, n->sym);
        v = var_addr(b, var, n->pos);
        break;
    }
    case N_UNARY:
        if (n->op != OP_DEREF)
            ice("address of unary %d", n->op);
        v = rvalue(b, n->a);
        break;
    case N_SELECTOR:
        v = selector_addr(b, n);
        break;
    case N_INDEX:
        if (ty_under(n->a->type)->kind == TY_MAP) {
            /* m[k].f, m[k][i]: read m[k] into a temporary (nothing flows
             * from a map's contents, for gc's escape analysis either) */
            IrValue *m = rvalue(b, n->a);
            IrValue *k = rvalue_to(b, n->b, ty_under(n->a->type)->key, n->b->pos);
            IrValue *e = emit(b, IR_MAPGET, n->type, n->pos, 2, m, k);
            e->node = n;
            IrVar *t = new_temp(b, n->type, n->pos);
            emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, t, n->pos), e);
            v = var_addr(b, t, n->pos);
            break;
        }
        v = index_addr(b, n);
        break;
    default:
        ice("address of %s", ast_kind_names[n->kind]);
    }
    b->curseq = saved;
    return v;
}

/* Fills the composite literal n (of type t) into the memory at p. */
static void fill_composite(Builder *b, Node *n, Type *t, IrValue *p, const char *note);

/* Stores element e of literal n; `note` is gc's name for that flow.  An
 * implicit conversion is where gc's front end sets its position for the
 * element (transformCompLit's ir.SetPos): at the colon of `k: v` (at),
 * else at the element. */
static void store_elem(Builder *b, Node *n, Node *e, Type *et, IrValue *p, const char *note, Pos at) {
    /* an elided {...} is built as T{...} (gc's front end fills in the
     * type): a value, whose flows take both literals' notes */
    IrValue *v = rvalue_to(b, e, et, at);
    IrValue *st = emit(b, IR_STORE, NULL, e->pos, 2, p, v);
    st->node = n;
    st->note = note;
}

static void fill_composite(Builder *b, Node *n, Type *t, IrValue *p, const char *note) {
    Type *u = ty_under(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            Pos at = e->pos;
            int idx = i;
            if (e->kind == N_KEYVAL) {
                for (int j = 0; j < u->fields.len; j++)
                    if (strcmp(((Field *)u->fields.data[j])->name, e->a->name) == 0)
                        idx = j;
                e = e->b;
            }
            Field *f = u->fields.data[idx];
            store_elem(b, n, e, f->type, field_addr(b, p, idx, e->pos), "struct literal element", at);
        }
        return;
    }
    if (u->kind == TY_ARRAY) {
        int64_t idx = 0;
        Type *pt = ty_ptr(u->elem);
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            Pos at = e->pos;
            if (e->kind == N_KEYVAL) {
                idx = e->a->cval->i;
                e = e->b;
            }
            /* &a[idx] as a slice index on a slice header over the array */
            IrValue *len = const_int(b, ty_int, u->len, e->pos);
            IrValue *s = emit(b, IR_SLICEHDR, ty_slice(u->elem), e->pos, 3, p, len, len);
            IrValue *ep = emit(b, IR_INDEX, pt, e->pos, 2, s, const_int(b, ty_int, idx, e->pos));
            store_elem(b, n, e, u->elem, ep, note, at);
            idx++;
        }
        return;
    }
    unsupported(b, n, arena_printf(perm, "composite literals of type %s", ty_str(t)));
}

static int64_t slice_lit_len(Node *n) {
    int64_t idx = 0, max = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.data[i];
        if (e->kind == N_KEYVAL)
            idx = e->a->cval->i;
        idx++;
        if (idx > max)
            max = idx;
    }
    return max;
}

static Type *array_of(Type *elem, int64_t len) {
    Type *t = ty_new(TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

/* A composite literal's value.  &T{...} and []T{...} allocate (NEW, whose
 * node is the literal, as gc names the site); T{...} is built in a
 * temporary. */
static IrValue *composite(Builder *b, Node *n, Type *t, Node *site) {
    Type *u = ty_under(t);
    if (u->kind == TY_MAP) { /* a map, then each key and value put into it */
        IrValue *m = emit(b, IR_MAKEMAP, t, n->pos, 0);
        m->node = n;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            if (e->kind != N_KEYVAL)
                continue;
            /* both converted at the colon (gc's ir.SetPos of the OKEY) */
            IrValue *k = rvalue_to(b, e->a, u->key, e->pos);
            IrValue *v = e->b->kind == N_COMPOSITE && !e->b->a ? composite(b, e->b, u->elem, NULL)
                                                               : rvalue_to(b, e->b, u->elem, e->pos);
            IrValue *st = emit(b, IR_MAPSET, NULL, e->pos, 3, m, k, v);
            st->node = n;
            st->note = "map literal";
        }
        return m;
    }
    if (u->kind == TY_SLICE) {
        int64_t len = slice_lit_len(n);
        Type *at = array_of(u->elem, len);
        IrValue *p = emit(b, IR_NEW, ty_ptr(at), n->pos, 0);
        p->node = n;
        fill_composite(b, n, at, p, "slice-literal-element");
        IrValue *l = const_int(b, ty_int, len, n->pos);
        return emit(b, IR_SLICEHDR, t, n->pos, 3, p, l, l);
    }
    if (u->kind == TY_PTR) { /* an elided &T{...} inside another literal */
        IrValue *p = emit(b, IR_NEW, t, n->pos, 0);
        p->node = site ? site : n;
        fill_composite(b, n, u->elem, p, NULL);
        return p;
    }
    IrVar *tmp = new_temp(b, t, n->pos);
    IrValue *p = var_addr(b, tmp, n->pos);
    fill_composite(b, n, t, p, "array literal element");
    return emit(b, IR_LOAD, t, n->pos, 1, var_addr(b, tmp, n->pos));
}

static bool pointer_shaped(Type *t) {
    Type *u = ty_under(t);
    return u->kind == TY_PTR || u->kind == TY_MAP || u->kind == TY_CHAN || u->kind == TY_FUNC ||
           u->kind == TY_UNSAFEPTR;
}

/* Converts v (from expression src) to type `to` where Go converts
 * implicitly: concrete to interface boxes it (CONVIFACE, at `pos`). */
static IrValue *convert(Builder *b, IrValue *v, Type *to, Node *src, Pos pos) {
    if (!to || !v->type)
        return v;
    if (ty_is_iface(to) && !ty_is_iface(v->type)) {
        if (v->type->kind == TY_UNTYPED_NIL)
            return emit(b, IR_ZERO, to, pos, 0);
        IrValue *c = emit(b, IR_CONVIFACE, to, pos, 1, v);
        c->node = src;
        c->desc = v->op == IR_LOAD || v->op == IR_CALL ? v->desc : NULL;
        if (ir_foreign_package(src)) /* gc's imported bodies spell it out */
            c->desc = ir_conv_text(to, c->desc ? c->desc : ast_expr_str(src));
        c->direct = ty_direct_iface(v->type);
        if (pointer_shaped(v->type))
            c->escapes = false; /* no box: the pointer is the data word */
        return c;
    }
    if (ir_iface_conv(v->type, to)) {
        /* an interface to another: gc's OCONVIFACE of an interface (no
         * box; escape analysis notes it) */
        IrValue *c = emit(b, IR_CONV, to, pos, 1, v);
        c->node = src;
        return c;
    }
    if (v->type->kind == TY_UNTYPED_NIL || (ty_is_untyped(v->type) && !ty_is_untyped(to)))
        v->type = to;
    return v;
}

bool ir_iface_conv(Type *from, Type *to) {
    /* not between identical types, nor from an empty interface to
     * another (typecheck's assignop: OCONVNOP) */
    return from && to && ty_is_iface(from) && ty_is_iface(to) && !ty_identical(from, to) &&
           ty_under(from)->methods.len > 0;
}

/* rvalue(n) converted to `to`.  A boxing conversion is its own allocation
 * site and gc visits it before its operand, so it takes its pre-order
 * number before the operand is built. */
static IrValue *rvalue_to(Builder *b, Node *n, Type *to, Pos pos) {
    int cs = -1;
    if (to && ty_is_iface(to) && n->type && !ty_is_iface(n->type))
        cs = b->seq++;
    IrValue *v = convert(b, rvalue(b, n), to, n, pos);
    if (cs >= 0 && v->op == IR_CONVIFACE)
        v->seq = cs;
    return v;
}

static Type *result_type(Type *ft) {
    if (ft->results.len == 0)
        return NULL;
    if (ft->results.len == 1)
        return ((Field *)ft->results.data[0])->type;
    Type *t = ty_new(TY_TUPLE);
    for (int i = 0; i < ft->results.len; i++)
        vec_push(&t->fields, ft->results.data[i]);
    return t;
}

static IrFunc *func_of(Builder *b, Sym *s);

/* gc gives an implicit conversion of an argument the position of the last
 * argument that was not a plain variable (or the call's '(' if none was):
 * its conversions are made at "the current position" while the call is
 * processed, and only non-variable expressions move that position.  A
 * qualified identifier (os.Stderr) is a name as much as a local is. */
static bool moves_position(Node *n) {
    n = ast_unparen(n);
    if (n->kind == N_SELECTOR && ast_unparen(n->a)->kind == N_NAME && ast_unparen(n->a)->sym &&
        ast_unparen(n->a)->sym->kind == SYM_PKG)
        return !(n->sym && n->sym->kind == SYM_VAR);
    return !(n->kind == N_NAME && n->sym && n->sym->kind == SYM_VAR);
}

static void block(Builder *b, Node *n);
static void find_looping(Builder *b, Node *n);

/* The inlined call n in the body being built (inline/ decided it), or
 * NULL: calls in the function's own body, or in an inlined body, found
 * among the sites of that body. */
static InlSite *inl_site_of(Builder *b, Node *n) {
    if (!b->inlining)
        return NULL;
    InlSite *parent = b->inl.len ? ((InlFrame *)vec_last(&b->inl))->site : NULL;
    return inl_site(parent, n);
}

/* The body of the site's callee, built in place of the call n with the
 * given arguments: its parameters become variables of the caller,
 * assigned the arguments; its results become variables (~R0, ~R1... when
 * unnamed), and each return stores into them and jumps past the body.
 * A function literal's body uses the caller's variables it captures
 * directly.  Returns the single result's value (several: left in
 * b->inl_results). */
static const char *qualified(Package *p, const char *name) {
    return p ? arena_printf(perm, "%s.%s", ty_pkg_qual(p->path), name) : name;
}

static IrValue *expand_inline(Builder *b, Node *n, InlSite *site, Vec *args) {
    Node *recv, *ftype, *body;
    Type *sig;
    if (site->sym) {
        Node *d = site->sym->decl;
        recv = d->a;
        ftype = d->b;
        body = d->c;
        sig = site->sym->type;
    } else {
        recv = NULL;
        ftype = site->lit->a;
        body = site->lit->b;
        sig = ty_under(site->lit->type);
    }
    /* another package's variables are named as gc names them: a.x */
    Package *foreign = ir_foreign_package(ftype);
    InlFrame *fr = NEW(InlFrame);
    fr->fn = site->sym;
    fr->site = site;
    fr->pos = b->inl.len ? ((InlFrame *)b->inl.data[0])->pos : n->pos;
    fr->end = new_block(b);
    fr->delay = inl_site_delays_results(site);
    vec_push(&b->inl, fr);
    /* the body's labels are its own (gc renames them per inlined copy) */
    Vec golabels = b->golabels;
    b->golabels = (Vec){0};
    find_looping(b, body);
    /* parameters: the receiver first */
    int ai = 0;
    Vec params = {0};
    if (recv)
        vec_push(&params, recv);
    for (int i = 0; i < ftype->list.len; i++)
        vec_push(&params, ftype->list.data[i]);
    /* gc's assignment of the arguments, as its notes print it:
     * `p, x := args` */
    Node *as = ast_new(N_DEFINE, fr->pos);
    Node *fx = ast_unparen(n->a);
    if (recv && fx->kind == N_SELECTOR && !(ast_unparen(fx->a)->sym && ast_unparen(fx->a)->sym->kind == SYM_TYPE))
        vec_push(&as->list2, fx->a);
    for (int i = 0; i < n->list.len; i++)
        vec_push(&as->list2, n->list.data[i]);
    for (int i = 0; i < params.len && ai < args->len; i++) {
        Node *p = params.data[i];
        IrValue *a = args->data[ai++];
        Type *pt = i == 0 && recv ? recv->type : p->sym ? p->sym->type : a->type;
        const char *pname = p->sym ? qualified(foreign, p->sym->name) : "_";
        IrVar *v = new_var(b, pname, pt, p->pos, p->sym, VC_LOCAL);
        IrValue *dv = emit(b, IR_DECL, NULL, n->pos, 0);
        dv->var = v;
        Node *nm = ast_new(N_NAME, fr->pos);
        nm->name = pname;
        vec_push(&as->list, nm);
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, v, n->pos), a);
        st->note = "assign-pair";
        st->node = as;
        st->defining = true; /* gc's inlParam: the parameter's Defn is this assignment */
    }
    free(params.data);
    for (int i = 0; i < sig->results.len; i++) {
        Node *r = ftype->list2.data[i];
        const char *name = r->name ? qualified(foreign, r->name) : arena_printf(perm, "~R%d", i);
        IrVar *v = new_var(b, name, ((Field *)sig->results.data[i])->type, r->pos, r->sym, VC_LOCAL);
        IrValue *dv = emit(b, IR_DECL, NULL, n->pos, 0);
        dv->var = v;
        vec_push(&fr->results, v);
    }
    block(b, body);
    jump(b, fr->end);
    set_block(b, fr->end);
    b->inl.len--;
    free(b->golabels.data);
    b->golabels = golabels;
    IrValue *res = NULL;
    b->inl_results.len = 0;
    for (int i = 0; i < fr->results.len; i++) {
        IrVar *v = fr->results.data[i];
        IrValue *x = emit(b, IR_LOAD, v->type, n->pos, 1, var_addr(b, v, n->pos));
        x->desc = v->name; /* gc names the inlined call's value by its result: ~R0 */
        vec_push(&b->inl_results, x);
        if (i == 0)
            res = x;
    }
    return fr->results.len == 1 ? res : NULL;
}

static void build_body(Builder *b, IrFunc *f, Node *recv, Node *ft, Node *body);
static IrValue *defer_builtin(Builder *b, Node *c);

/* A function literal: a function of its own, built now (its variables
 * are its own; the enclosing function's it uses are its captures), and a
 * CLOSURE value where it stands.  gc names it outer.func1, outer.func2...,
 * and a literal inside a literal outer.func1.1. */
static IrValue *func_lit(Builder *b, Node *n) {
    IrFunc *outer = b->fn;
    IrFunc *f = NEW(IrFunc);
    f->outer = outer;
    f->type = n->type;
    f->decl = NULL;
    f->pos = n->pos;
    /* in an inlined body, the literal is a copy inline/ named after the
     * function being built; its body is compiled as it is (gc inlines
     * nothing in it) */
    InlSite *site = b->inl.len ? ((InlFrame *)vec_last(&b->inl))->site : NULL;
    const char *name = b->inlining ? inl_lit_name(site, n) : NULL;
    IrFunc *root = outer;
    while (root->outer)
        root = root->outer;
    size_t rl = strlen(root->name);
    if (name && strncmp(name, root->name, rl) == 0) {
        if (!site)
            ++outer->nclosures;
        f->name = name;
        f->linkname = arena_printf(perm, "%s%s", root->linkname, name + rl);
    } else if (is_pkg_init(outer)) {
        /* a literal in a package variable's initialiser: gc's glob..funcN */
        int k = ++outer->nclosures;
        f->name = arena_printf(perm, "glob..func%d", k);
        f->linkname = arena_printf(perm, "%s.glob..func%d", link_pkg(b), k);
    } else {
        int k = ++outer->nclosures;
        f->name = outer->outer ? arena_printf(perm, "%s.%d", outer->name, k)
                               : arena_printf(perm, "%s.func%d", outer->name, k);
        f->linkname = outer->outer ? arena_printf(perm, "%s.%d", outer->linkname, k)
                                   : arena_printf(perm, "%s.func%d", outer->linkname, k);
    }
    vec_push(&outer->closures, f);
    Builder saved = *b;
    b->breaks = (Vec){0};
    b->continues = (Vec){0};
    b->labels = (Vec){0};
    b->inl = (Vec){0};
    if (site)
        b->inlining = false;
    b->pending_dcl = 0;
    b->dead_dcl = 0;
    b->recv_tmps = (Vec){0};
    build_body(b, f, NULL, n->a, n->b);
    f->dead_dcl = b->dead_dcl;
    free(b->recv_tmps.data);
    *b = saved;
    IrValue *v = emit(b, IR_CLOSURE, n->type, n->pos, 0);
    v->func = f;
    v->node = n;
    v->escapes = true;
    return v;
}

/* Whether t (or *t) has a method `name` of its own, or is an interface
 * with one. */
static bool own_method(Type *t, const char *name) {
    if (t->kind == TY_PTR)
        t = t->elem;
    if (t->kind == TY_NAMED)
        for (int i = 0; i < t->methods.len; i++)
            if (strcmp(((Sym *)t->methods.data[i])->name, name) == 0)
                return true;
    Type *u = ty_under(t);
    if (u && u->kind == TY_IFACE)
        for (int i = 0; i < u->methods.len; i++)
            if (strcmp(((Field *)u->methods.data[i])->name, name) == 0)
                return true;
    return false;
}

static bool method_path_at(Type *t, const char *name, Vec *path, int depth) {
    if (depth == 0)
        return own_method(t, name);
    Type *u = ty_under(t->kind == TY_PTR ? t->elem : t);
    if (!u || u->kind != TY_STRUCT)
        return false;
    for (int i = 0; i < u->fields.len; i++) {
        Field *f = u->fields.data[i];
        if (!f->embedded)
            continue;
        vec_push(path, (void *)(intptr_t)i);
        if (method_path_at(f->type, name, path, depth - 1))
            return true;
        path->len--;
    }
    return false;
}

void ir_method_path(Type *t, const char *name, Vec *path) {
    for (int d = 0; d < 16; d++) {
        path->len = 0;
        if (method_path_at(t, name, path, d))
            return;
    }
    path->len = 0;
}

/* x.name where name is promoted through embedded fields: the address of
 * the embedded value that has it (following embedded pointers). */
static IrValue *promoted_base(Builder *b, Node *sel, Vec *path) {
    Node *x = sel->a;
    IrValue *base;
    if (ty_under(x->type)->kind == TY_PTR)
        base = rvalue(b, x);
    else if (addressable(x))
        base = addr(b, x);
    else {
        IrValue *v = rvalue(b, x);
        IrVar *t = new_temp(b, x->type, x->pos);
        emit(b, IR_STORE, NULL, x->pos, 2, var_addr(b, t, x->pos), v);
        base = var_addr(b, t, x->pos);
    }
    /* each step is named as gc's implicit selector prints (x.E.F), for
     * -m=2's notes */
    const char *text = ast_expr_str(x);
    for (int i = 0; i < path->len; i++) {
        if (ty_under(base->type->elem)->kind == TY_PTR) /* embedded pointer */
            base = emit(b, IR_LOAD, base->type->elem, sel->pos, 1, base);
        int idx = (int)(intptr_t)path->data[i];
        text = arena_printf(perm, "%s.%s", text, ((Field *)ty_under(base->type->elem)->fields.data[idx])->name);
        base = field_addr(b, base, idx, sel->pos);
        base->node = sel;
        base->desc = text;
    }
    return base;
}

/* The receiver of the method selected by sel (x.m) for a receiver of
 * type rt: x, or gc's implicit &x (printed as x, at the '.') or *x. */
static IrValue *receiver(Builder *b, Node *sel, Type *rt) {
    Node *x = sel->a;
    Vec path = {0};
    ir_method_path(x->type, sel->name, &path);
    if (path.len > 0) {
        IrValue *p = promoted_base(b, sel, &path);
        free(path.data);
        /* p: the address of the embedded field, which is a T or a *T */
        if (ty_under(p->type->elem)->kind == TY_PTR && p->type->elem->kind != TY_NAMED)
            p = emit(b, IR_LOAD, p->type->elem, sel->pos, 1, p);
        bool want_ptr = ty_under(rt)->kind == TY_PTR && rt->kind != TY_NAMED;
        if (want_ptr) {
            if (p->op == IR_FIELD) { /* gc's implicit &x.E, at the selector */
                p->addrof = sel;
                p->implicit = true;
                for (IrValue *f = p; f->op == IR_FIELD; f = f->args[0])
                    f->note = "dot";
            }
            return p;
        }
        return emit(b, IR_LOAD, rt, sel->pos, 1, p);
    }
    free(path.data);
    bool want_ptr = ty_under(rt)->kind == TY_PTR && rt->kind != TY_NAMED;
    bool have_ptr = ty_under(x->type)->kind == TY_PTR && x->type->kind != TY_NAMED;
    if (want_ptr && !have_ptr) {
        IrValue *recv = addr(b, x);
        if (recv->op == IR_ADDR)
            recv->var->addrtaken = true;
        /* x, x.f or a[i]: notes as for an explicit &, the "address-of"
         * at the selector (the FIELD or INDEX also has a "dot" step) */
        if (recv->op == IR_ADDR || recv->op == IR_FIELD || recv->op == IR_INDEX) {
            recv->addrof = x;
            recv->implicit = true;
            recv->pos = sel->pos;
            for (IrValue *f = recv; f->op == IR_FIELD; f = f->args[0])
                f->note = "dot";
        }
        return recv;
    }
    if (!want_ptr && have_ptr)
        return emit(b, IR_LOAD, rt, sel->pos, 1, rvalue(b, x));
    return rvalue(b, x);
}

/* x.m not called: a closure binding the receiver (gc's OMETHVALUE). */
static IrValue *method_value(Builder *b, Node *n) {
    Sym *m = n->sym;
    Type *rt = m->decl->a->type;
    IrValue *recv = receiver(b, n, rt);
    IrValue *v = emit(b, IR_METHVALUE, n->type, n->pos, 1, recv);
    v->func = func_of(b, m);
    v->node = n;
    v->escapes = true;
    /* a promoted method: gc prints the embedded fields it goes through
     * (d.Base.Name) */
    Vec path = {0};
    ir_method_path(n->a->type, n->name, &path);
    if (path.len > 0) {
        StrBuf sb = {0};
        sb_puts(&sb, ast_expr_str(n->a));
        Type *t = n->a->type;
        for (int i = 0; i < path.len; i++) {
            if (ty_under(t)->kind == TY_PTR)
                t = ty_under(t)->elem;
            Field *f = ty_under(t)->fields.data[(int)(intptr_t)path.data[i]];
            sb_printf(&sb, ".%s", f->name);
            t = f->type;
        }
        sb_printf(&sb, ".%s", n->name);
        v->desc = arena_printf(perm, "%s", sb.data);
        free(sb.data);
    }
    free(path.data);
    return v;
}

/* The implicit `...` array of nv elements of call n, a site of its own
 * (*arr), and the slice of it the callee gets. */
static IrValue *ddd_slice(Builder *b, Node *n, Type *st, int nv, IrValue **arr) {
    int saved = b->curseq;
    b->curseq = b->seq++;
    Type *at = array_of(st->elem, nv);
    IrValue *a = emit(b, IR_NEW, ty_ptr(at), n->pos, 0);
    a->node = n;
    a->implicit = true;
    a->desc = "... argument";
    b->curseq = saved;
    *arr = a;
    IrValue *len = const_int(b, ty_int, nv, n->pos);
    return emit(b, IR_SLICEHDR, st, n->pos, 3, a, len, len);
}

/* The last argument of a call of a variadic function from argument
 * `fixed` of call n on: the slice s of f(a, s...), nil for no argument,
 * or a slice of the implicit `...` array of the arguments. */
static IrValue *ddd_arg(Builder *b, Node *n, Type *st, int fixed, Pos cur) {
    int nv = n->list.len - fixed;
    if (n->flag) /* f(a, s...) */
        return rvalue(b, n->list.data[fixed]);
    if (nv == 0)
        return emit(b, IR_ZERO, st, n->pos, 0);
    IrValue *arr;
    IrValue *s = ddd_slice(b, n, st, nv, &arr);
    for (int i = 0; i < nv; i++) {
        Node *a = n->list.data[fixed + i];
        if (moves_position(a))
            cur = a->pos;
        IrValue *v = rvalue_to(b, a, st->elem, cur);
        IrValue *ep = emit(b, IR_INDEX, ty_ptr(st->elem), a->pos, 2, s, const_int(b, ty_int, i, a->pos));
        IrValue *es = emit(b, IR_STORE, NULL, a->pos, 2, ep, v);
        es->note = "slice-literal-element";
    }
    if (b->deferred == n) /* gc makes it in the deferred call's wrapper: after the arguments */
        arr->seq = b->seq++;
    return s;
}

/* The `...` slice of f(g()) for a variadic f: g's results from `from`
 * on (in their temporaries), converted to the element type at the call;
 * nil when there are none. */
static IrValue *ddd_values(Builder *b, Node *n, Type *st, Vec *xs, int from, Node *src) {
    int nv = xs->len - from;
    if (nv <= 0)
        return emit(b, IR_ZERO, st, n->pos, 0);
    IrValue *arr;
    IrValue *s = ddd_slice(b, n, st, nv, &arr);
    for (int i = 0; i < nv; i++) {
        IrValue *v = convert(b, xs->data[from + i], st->elem, src, n->pos);
        if (v->op == IR_CONVIFACE) /* after the call, in gc's walk */
            v->seq = b->seq++;
        IrValue *ep = emit(b, IR_INDEX, ty_ptr(st->elem), n->pos, 2, s, const_int(b, ty_int, i, n->pos));
        IrValue *es = emit(b, IR_STORE, NULL, n->pos, 2, ep, v);
        es->note = "slice-literal-element";
    }
    return s;
}

static IrValue *receiver_temp(Builder *b, Node *x, IrValue *recv);
static bool recv_tmp_pending(Builder *b, IrVar *v, int from);
static void name_recv_tmps(Builder *b, int mark, Pos at);

/* A call of a function value: CALL without func, the value first. */
static IrValue *call_value(Builder *b, Node *n) {
    Type *ft = ty_under(n->a->type);
    Vec args = {0};
    InlSite *site = inl_site_of(b, n);
    if (site && inl_site_has_body(site)) {
        /* a call inline/ resolved to a function or literal: the callee
         * expression is evaluated only for its effects (gc's
         * CalleeEffects: a name or a literal has none) */
        Node *fx = ast_unparen(n->a);
        if (fx->kind != N_NAME && fx->kind != N_FUNCLIT)
            rvalue(b, n->a);
        int fixed = ft->variadic ? ft->params.len - 1 : n->list.len;
        Pos cur = n->pos;
        for (int i = 0; i < fixed && i < n->list.len; i++) {
            Node *a = n->list.data[i];
            Type *pt = i < ft->params.len ? ((Field *)ft->params.data[i])->type : NULL;
            if (moves_position(a))
                cur = a->pos;
            vec_push(&args, rvalue_to(b, a, pt, ft->variadic ? cur : a->pos));
        }
        if (ft->variadic) /* the ... slice, as for a call that is not expanded */
            vec_push(&args, ddd_arg(b, n, ((Field *)ft->params.data[fixed])->type, fixed, cur));
        IrValue *r = expand_inline(b, n, site, &args);
        free(args.data);
        return r;
    }
    int rmark = b->recv_tmps.len;
    IrValue *fv = receiver_temp(b, n->a, rvalue(b, n->a)); /* f()(x): .autotmp_N(x) */
    vec_push(&args, fv);
    int fixed = ft->variadic ? ft->params.len - 1 : n->list.len;
    if (n->list.len == 1 && ((Node *)n->list.data[0])->type &&
        ((Node *)n->list.data[0])->type->kind == TY_TUPLE) {
        free(args.data);
        return unsupported(b, n, "f(g()) with a function value f");
    }
    Pos cur = n->pos;
    for (int i = 0; i < fixed && i < n->list.len; i++) {
        Node *a = n->list.data[i];
        Type *pt = NULL;
        if (moves_position(a))
            cur = a->pos;
        if (i < ft->params.len)
            pt = ((Field *)ft->params.data[i])->type;
        vec_push(&args, rvalue_to(b, a, pt, cur));
    }
    if (ft->variadic)
        vec_push(&args, ddd_arg(b, n, ((Field *)ft->params.data[fixed])->type, fixed, cur));
    name_recv_tmps(b, rmark, n->pos);
    if (fv->op == IR_CLOSURE && fv->func)
        fv->func->closure_called = true;
    IrValue *c = emitv(b, IR_CALL, result_type(ft), n->pos, &args);
    c->func = NULL;
    c->node = n;
    free(args.data);
    return c;
}

/* x.m(args) with x an interface: the method is not known; the receiver
 * is args[0] (CALL without func, implicit). */
static IrValue *call_iface(Builder *b, Node *n, IrValue *recv) {
    Node *fnode = ast_unparen(n->a);
    Type *ft = ty_under(n->a->type);
    Vec args = {0};
    /* I.m(x, args): a method expression, whose signature has x first */
    int first = 0;
    if (ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_TYPE) {
        first = 1;
        /* gc places the receiver's conversion at the call, unless the
         * receiver moves the position (as a variadic argument's) */
        Node *x0 = n->list.data[0];
        recv = rvalue_to(b, x0, fnode->a->type, moves_position(x0) ? x0->pos : n->pos);
    }
    int rmark = b->recv_tmps.len;
    vec_push(&args, recv ? recv : receiver_temp(b, fnode->a, rvalue(b, fnode->a)));
    bool variadic = ft && ft->kind == TY_FUNC && ft->variadic;
    int fixed = variadic ? ft->params.len - 1 : n->list.len;
    Pos cur = n->pos;
    for (int i = first; i < n->list.len && i < fixed; i++) {
        Node *a = n->list.data[i];
        Type *pt = NULL;
        if (ft && ft->kind == TY_FUNC && i < ft->params.len)
            pt = ((Field *)ft->params.data[i])->type;
        if (variadic && moves_position(a))
            cur = a->pos;
        vec_push(&args, rvalue_to(b, a, pt, variadic ? cur : a->pos));
    }
    if (variadic)
        vec_push(&args, ddd_arg(b, n, ((Field *)ft->params.data[fixed])->type, fixed, cur));
    name_recv_tmps(b, rmark, n->pos);
    IrValue *c = emitv(b, IR_CALL, ft && ft->kind == TY_FUNC ? result_type(ft) : NULL, n->pos, &args);
    c->func = NULL;
    c->implicit = true;
    c->node = n;
    free(args.data);
    return c;
}

static void autotmp_values(Builder *b, Pos pos, Vec *vals, Node *ret);
static IrVar *autotmp_var(Builder *b, Type *t, Pos pos);

/* Whether an expression makes a call or receives (gc's callOrChan, new
 * excepted; conversions are not calls). */
static bool has_call(Node *n) {
    if (!n || n->kind == N_FUNCLIT)
        return false;
    if (n->kind == N_UNARY && n->op == OP_RECV)
        return true;
    if (n->kind == N_CALL) {
        Node *f = ast_unparen(n->a);
        bool conv = f->sym && f->sym->kind == SYM_TYPE;
        /* new, and make (typechecked to OMAKESLICE, OMAKEMAP, OMAKECHAN,
         * which callOrChan does not list) */
        bool is_new = f->sym && f->sym->kind == SYM_BUILTIN &&
                      (f->sym->builtin == BI_NEW || f->sym->builtin == BI_MAKE);
        if (!conv && !is_new && !n->cval)
            return true;
    }
    if (has_call(n->a) || has_call(n->b) || has_call(n->c) || has_call(n->d))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_call(n->list.data[i]))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (has_call(n->list2.data[i]))
            return true;
    return false;
}

/* gc's RewriteNonNameCall: a method call whose receiver expression makes
 * calls, f().M(), first assigns the receiver (as passed, after the
 * implicit & or *) to a temporary, .autotmp_N, which diagnostics then
 * name: (*T).M(.autotmp_0). */
static IrValue *receiver_temp(Builder *b, Node *x, IrValue *recv) {
    /* (package initialisation's temporaries are gc's InitTodoFunc's) */
    if (is_pkg_init(b->fn) || !has_call(x))
        return recv;
    if (b->inl.len) {
        /* in an inlined copy gc's temporary has no definition (inlined
         * bodies' variables have none): StaticValue stops at it */
        recv->opaque = true;
        return recv;
    }
    IrVar *t = autotmp_var(b, recv->type, x->pos);
    /* declared without an ODCL: gc's escape analysis leaves it at the
     * function's loop depth, so what it holds in a loop outlives it */
    t->loopdepth = 1;
    IrValue *st = emit(b, IR_STORE, NULL, x->pos, 2, var_addr(b, t, x->pos), recv);
    st->defining = true;
    st->note = "assign";
    /* gc's front end makes it when it makes the call, after the
     * arguments' temporaries: numbered then (name_recv_tmps) */
    vec_push(&b->recv_tmps, t);
    vec_push(&b->recv_tmps, x);
    vec_push(&b->recv_tmps, st);
    return emit(b, IR_LOAD, recv->type, x->pos, 1, var_addr(b, t, x->pos));
}

/* Numbers the receivers' temporaries recv_tmps holds from index mark on,
 * now that their calls' arguments are built; their definitions are
 * gc's statements `.autotmp_N := x`, at the call (at). */
static void name_recv_tmps(Builder *b, int mark, Pos at) {
    for (int i = mark; i < b->recv_tmps.len; i += 3) {
        IrVar *t = b->recv_tmps.data[i];
        int ndcl = b->pending_dcl + b->dead_dcl;
        for (int k = 0; k < b->fn->vars.len; k++) {
            IrVar *v = b->fn->vars.data[k];
            /* the outer calls' temporaries are made after this one */
            ndcl += !v->temp && !v->inlined && v != t && !recv_tmp_pending(b, v, 0);
        }
        t->name = arena_printf(perm, ".autotmp_%d", ndcl);
        ir_set_recv_text(b->recv_tmps.data[i + 1], t->name);
        IrValue *st = b->recv_tmps.data[i + 2];
        st->desc = ast_expr_str(b->recv_tmps.data[i + 1]); /* what it holds (see ir.h) */
        st->pos = at;
        b->recv_tmps.data[i] = NULL; /* numbered */
    }
    if (b->recv_tmps.len > mark)
        b->recv_tmps.len = mark;
}

/* The n values of a call a with several results, into out: extracted
 * from the call, or an inlined call's result variables (zero values of
 * the types in zero_types, or of the results, past those). */
static void call_results(Builder *b, Node *a, int n, Vec *zero_types, Vec *out) {
    IrValue *c = rvalue(b, a);
    for (int i = 0; i < n; i++) {
        IrValue *x;
        if (c && c->op == IR_CALL) {
            x = emit(b, IR_EXTRACT, ((Field *)a->type->fields.data[i])->type, a->pos, 1, c);
            x->ival = i;
        } else {
            Vec *zt = zero_types ? zero_types : &a->type->fields;
            x = i < b->inl_results.len ? b->inl_results.data[i]
                                       : emit(b, IR_ZERO, ((Field *)zt->data[i])->type, a->pos, 0);
        }
        vec_push(out, x);
    }
}

static IrValue *call(Builder *b, Node *n) {
    Node *fnode = ast_unparen(n->a);
    Sym *fs = fnode->sym;
    if (fnode->kind == N_SELECTOR && fnode->a->type && !ty_is_iface(fnode->a->type) &&
        !(ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_TYPE) &&
        !(ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_PKG) &&
        (!fs || !fs->decl || fs->decl->kind != N_FUNCDECL)) {
        /* s.m() with m promoted from an interface embedded in s */
        Vec path = {0};
        ir_method_path(fnode->a->type, fnode->name, &path);
        if (path.len > 0) {
            IrValue *p = promoted_base(b, fnode, &path);
            free(path.data);
            if (ty_is_iface(p->type->elem))
                return call_iface(b, n, emit(b, IR_LOAD, p->type->elem, fnode->pos, 1, p));
        }
        free(path.data);
    }
    if (fnode->kind == N_SELECTOR && fnode->a->type && ty_is_iface(fnode->a->type) &&
        !(ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_TYPE))
        return call_iface(b, n, NULL);
    if (fnode->kind == N_SELECTOR && ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_TYPE &&
        ty_is_iface(fnode->a->type) && n->list.len > 0 && !n->flag)
        return call_iface(b, n, NULL); /* I.m(x, args) */
    if (fnode->kind == N_SELECTOR && ast_unparen(fnode->a)->sym && ast_unparen(fnode->a)->sym->kind == SYM_TYPE) {
        /* T.m(x, args), (*T).m(p, args): the method, the receiver first */
        bool multi = n->list.len == 1 && ((Node *)n->list.data[0])->type &&
                     ((Node *)n->list.data[0])->type->kind == TY_TUPLE;
        int nargs = multi ? ((Node *)n->list.data[0])->type->fields.len : n->list.len;
        int np = fs && fs->type ? fs->type->params.len : 0;
        int fixed = fs && fs->type && fs->type->variadic ? np - 1 : np;
        if (!fs || fs->kind != SYM_FUNC || !fs->decl || fs->decl->kind != N_FUNCDECL || !fs->decl->a ||
            (multi && (fs->type->variadic || nargs != np + 1)) ||
            (!multi && (n->list.len < fixed + 1 || (!fs->type->variadic && n->list.len != np + 1) ||
                        (fs->type->variadic && n->flag && n->list.len != np + 1))))
            return unsupported(b, n, "this method expression");
        IrFunc *f = func_of(b, fs);
        Type *rt = fs->decl->a->type;
        Node *x0 = n->list.data[0];
        Vec args = {0};
        if (multi) { /* T.m(g()): g's results are the receiver and the arguments */
            Node *a = n->list.data[0];
            b->inl_results.len = 0;
            Vec res = {0};
            call_results(b, a, nargs, NULL, &res);
            for (int i = 0; i < nargs; i++) {
                Type *pt = i == 0 ? fs->decl->a->type : ((Field *)fs->type->params.data[i - 1])->type;
                vec_push(&args, convert(b, res.data[i], pt, a, a->pos));
            }
            free(res.data);
        } else {
            if (ty_identical(rt, fnode->a->type)) {
                vec_push(&args, rvalue_to(b, x0, rt, x0->pos));
            } else if (ty_under(fnode->a->type)->kind == TY_PTR && fnode->a->type->kind != TY_NAMED &&
                       ty_identical(ty_under(fnode->a->type)->elem, rt)) {
                /* (*T).m(p) of a method of T: *p */
                vec_push(&args, emit(b, IR_LOAD, rt, x0->pos, 1, rvalue(b, x0)));
            } else {
                /* T.m(x, ...) with m promoted from an embedded field of
                 * T: the receiver is reached through the embedded fields,
                 * as for x.m(...) */
                Vec path = {0};
                ir_method_path(x0->type, fnode->name, &path);
                bool promoted = path.len > 0;
                free(path.data);
                if (!promoted) {
                    free(args.data);
                    return unsupported(b, n, "this method expression");
                }
                Node *sel = ast_new(N_SELECTOR, x0->pos);
                sel->a = x0;
                sel->name = fnode->name;
                vec_push(&args, receiver(b, sel, rt));
            }
            for (int i = 1; i <= fixed; i++) {
                Node *a = n->list.data[i];
                vec_push(&args, rvalue_to(b, a, ((Field *)fs->type->params.data[i - 1])->type, a->pos));
            }
            if (fs->type->variadic)
                vec_push(&args, ddd_arg(b, n, ((Field *)fs->type->params.data[np - 1])->type, fixed + 1,
                                        n->pos));
        }
        InlSite *site = inl_site_of(b, n);
        if (site && inl_site_has_body(site)) {
            IrValue *r = expand_inline(b, n, site, &args);
            free(args.data);
            return r;
        }
        IrValue *c = emitv(b, IR_CALL, result_type(fs->type), n->pos, &args);
        c->func = f;
        c->node = n;
        free(args.data);
        return c;
    }
    if ((!fs || fs->kind != SYM_FUNC) && n->a->type && ty_under(n->a->type)->kind == TY_FUNC)
        return call_value(b, n);
    if (!fs || fs->kind != SYM_FUNC)
        return unsupported(b, n, "calls of function values and methods");
    IrFunc *f = func_of(b, fs);
    Type *ft = fs->type;
    Vec args = {0};
    int np = ft->params.len;
    int refseq = 0;
    int rmark = b->recv_tmps.len;
    if (fs->decl && fs->decl->kind == N_FUNCDECL && fs->decl->a) {
        /* x.m(...): the receiver is the first argument, with the implicit
         * & or * that the method's receiver type asks for */
        if (fnode->kind != N_SELECTOR)
            return unsupported(b, n, "method expressions");
        Type *rt = fs->decl->a->type;
        IrValue *recv = receiver_temp(b, fnode->a, receiver(b, fnode, rt));
        vec_push(&args, recv);
        refseq = b->seq;
    }
    int fixed = ft->variadic ? np - 1 : np;
    Pos cur = n->pos;
    if (n->list.len == 1 && ((Node *)n->list.data[0])->type &&
        ((Node *)n->list.data[0])->type->kind == TY_TUPLE) {
        /* f(g()) with g returning several values: gc assigns them to
         * temporaries first, then passes those (a variadic f gets the
         * ones past its fixed parameters in its `...` array) */
        Node *a = n->list.data[0];
        int nres = a->type->fields.len;
        Vec xs = {0};
        call_results(b, a, nres, ft->variadic ? NULL : &ft->params, &xs);
        autotmp_values(b, a->pos, &xs, NULL);
        for (int i = 0; i < fixed && i < nres; i++) {
            IrValue *c = convert(b, xs.data[i], ((Field *)ft->params.data[i])->type, a, n->pos);
            if (c->op == IR_CONVIFACE) /* after the call, in gc's walk */
                c->seq = b->seq++;
            vec_push(&args, c);
        }
        if (ft->variadic)
            vec_push(&args, ddd_values(b, n, ((Field *)ft->params.data[np - 1])->type, &xs, fixed, a));
        free(xs.data);
        fixed = 0;
        np = 0;
        ft = NULL;
    } else if (n->list.len < fixed) {
        free(args.data);
        return unsupported(b, n, "this call");
    }
    for (int i = 0; i < fixed; i++) {
        Node *a = n->list.data[i];
        if (moves_position(a))
            cur = a->pos;
        vec_push(&args, rvalue_to(b, a, ((Field *)ft->params.data[i])->type, cur));
    }
    if (ft && ft->variadic)
        vec_push(&args, ddd_arg(b, n, ((Field *)ft->params.data[np - 1])->type, fixed, cur));
    ft = fs->type;
    name_recv_tmps(b, rmark, n->pos);
    InlSite *site = inl_site_of(b, n);
    if (site && inl_site_has_body(site)) {
        IrValue *r = expand_inline(b, n, site, &args);
        free(args.data);
        return r;
    }
    IrValue *c = emitv(b, IR_CALL, result_type(ft), n->pos, &args);
    c->func = f;
    c->node = n;
    c->refseq = refseq;
    /* a standard-library call gc inlines (it is not expanded here): gc
     * names its value by the inlined result, ~R0 */
    if (site && f->external && b->inl.len == 0)
        c->desc = "~R0";
    free(args.data);
    return c;
}

static IrValue *builtin_call(Builder *b, Node *n, Builtin bi) {
    switch (bi) {
    case BI_LEN:
    case BI_CAP: {
        Node *a = n->list.data[0];
        if (n->cval)
            return const_int(b, n->type, n->cval->i, n->pos);
        Type *u = ty_under(a->type);
        if (u->kind == TY_ARRAY)
            return const_int(b, ty_int, u->len, n->pos);
        IrValue *v = rvalue(b, a);
        return emit(b, bi == BI_LEN ? IR_LEN : IR_CAP, ty_int, n->pos, 1, v);
    }
    case BI_NEW: {
        IrValue *v = emit(b, IR_NEW, n->type, n->pos, 0);
        v->node = n;
        return v;
    }
    case BI_MAKE: {
        Type *u = ty_under(n->type);
        if (u->kind == TY_MAP || u->kind == TY_CHAN) {
            IrValue *size = NULL;
            for (int i = 1; i < n->list.len; i++)
                size = rvalue(b, n->list.data[i]);
            IrValue *v = emit(b, u->kind == TY_MAP ? IR_MAKEMAP : IR_MAKECHAN, n->type, n->pos, 0);
            if (u->kind == TY_CHAN && size) {
                v->args = arena_alloc(perm, sizeof(IrValue *));
                v->args[0] = size;
                v->nargs = 1;
            }
            v->node = n;
            return v;
        }
        if (u->kind != TY_SLICE)
            return unsupported(b, n, arena_printf(perm, "make(%s)", ty_str(n->type)));
        IrValue *len = rvalue(b, n->list.data[1]);
        IrValue *cap = n->list.len > 2 ? rvalue(b, n->list.data[2]) : len;
        IrValue *v = emit(b, IR_MAKESLICE, n->type, n->pos, 2, len, cap);
        v->node = n;
        return v;
    }
    case BI_APPEND: {
        Vec args = {0};
        Type *st = n->type;
        vec_push(&args, rvalue(b, n->list.data[0]));
        /* gc converts the elements after translating the whole call, at
         * its base.Pos: the call's last non-constant subexpression */
        Pos conv = n->pos;
        last_pos(n, &conv);
        for (int i = 1; i < n->list.len; i++) {
            Node *a = n->list.data[i];
            vec_push(&args, rvalue_to(b, a, n->flag ? NULL : ty_under(st)->elem, conv));
        }
        IrValue *v = emitv(b, IR_APPEND, st, n->pos, &args);
        v->spread = n->flag;
        v->node = n;
        free(args.data);
        return v;
    }
    case BI_PANIC: {
        Node *a = n->list.data[0];
        /* a stenciled body's conversions are made where its argument is */
        bool stenciled = b->fn && b->fn->sym && b->fn->sym->dupok;
        IrValue *v = rvalue_to(b, a, ir_empty_iface(), stenciled ? a->pos : ir_builtin_conv_pos(n));
        IrValue *p = emit(b, IR_PANIC, NULL, n->pos, 1, v);
        p->node = n;
        return NULL;
    }
    case BI_ADD:
    case BI_SLICE: {
        /* unsafe.Add(p, n), unsafe.Slice(p, n): p flows to the result */
        IrValue *p = rvalue(b, n->list.data[0]);
        IrValue *len = rvalue(b, n->list.data[1]);
        IrValue *v = emit(b, IR_BUILTIN, n->type, n->pos, 2, p, len);
        v->ival = bi;
        v->node = n;
        return v;
    }
    case BI_PRINT:
    case BI_PRINTLN:
    case BI_RECOVER:
    case BI_COPY:
    case BI_DELETE:
    case BI_CLOSE:
    case BI_COMPLEX:
    case BI_REAL:
    case BI_IMAG: {
        Vec args = {0};
        for (int i = 0; i < n->list.len; i++)
            vec_push(&args, rvalue(b, n->list.data[i]));
        Type *t = bi == BI_RECOVER ? ty_any : bi == BI_COPY ? ty_int : NULL;
        if (bi == BI_COMPLEX || bi == BI_REAL || bi == BI_IMAG)
            t = n->type; /* scalars: nothing flows */
        IrValue *v = emitv(b, IR_BUILTIN, t, n->pos, &args);
        v->ival = bi;
        v->node = n;
        free(args.data);
        return v;
    }
    default:
        return unsupported(b, n, arena_printf(perm, "the built-in %s", ast_expr_str(n->a)));
    }
}

static IrValue *binary(Builder *b, Node *n) {
    if (n->op == OP_LAND || n->op == OP_LOR) {
        /* short-circuit through a temporary */
        IrVar *t = new_temp(b, n->type, n->pos);
        IrValue *l = rvalue(b, n->a);
        emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, t, n->pos), l);
        IrBlock *rhs = new_block(b), *done = new_block(b);
        if (n->op == OP_LAND)
            branch(b, l, rhs, done);
        else
            branch(b, l, done, rhs);
        set_block(b, rhs);
        IrValue *r = rvalue(b, n->b);
        emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, t, n->pos), r);
        jump(b, done);
        set_block(b, done);
        return emit(b, IR_LOAD, n->type, n->pos, 1, var_addr(b, t, n->pos));
    }
    if (n->op == OP_ADD && ty_is_string(n->type)) {
        /* a + b + c is one concatenation of three strings for gc (its
         * OADDSTR), one allocation site at the outermost +; the partial
         * results are no sites of their own */
        Vec ops = {0};
        Node *x = n;
        while (x->kind == N_BINARY && x->op == OP_ADD && !x->cval && ty_is_string(x->type)) {
            vec_push(&ops, x->b);
            x = x->a;
        }
        vec_push(&ops, x);
        IrValue *acc = rvalue(b, ops.data[ops.len - 1]);
        for (int i = ops.len - 2; i >= 0; i--) {
            IrValue *r = rvalue(b, ops.data[i]);
            acc = emit(b, IR_CONCAT, n->type, n->pos, 2, acc, r);
            acc->implicit = i > 0;
            acc->node = n;
        }
        free(ops.data);
        return acc;
    }
    IrValue *l = rvalue(b, n->a);
    IrValue *r;
    if ((n->op == OP_SHL || n->op == OP_SHR) && n->b->cval && ty_is_untyped(n->b->type)) {
        /* an untyped constant count (1., 1+0i) is a uint */
        int saved = enter(b, n->b);
        r = const_value(b, n->b, ty_uint);
        b->curseq = saved;
    } else {
        r = rvalue(b, n->b);
    }
    /* comparisons against nil and mixed operand types: match the types */
    if (l->type->kind == TY_UNTYPED_NIL)
        l->type = r->type;
    if (r->type->kind == TY_UNTYPED_NIL)
        r->type = l->type;
    static const IrOp ops[OP__COUNT] = {
        [OP_ADD] = IR_ADD, [OP_SUB] = IR_SUB, [OP_MUL] = IR_MUL, [OP_DIV] = IR_DIV,
        [OP_MOD] = IR_MOD, [OP_AND] = IR_AND, [OP_OR] = IR_OR, [OP_XOR] = IR_XOR,
        [OP_SHL] = IR_SHL, [OP_SHR] = IR_SHR, [OP_ANDNOT] = IR_ANDNOT, [OP_EQ] = IR_EQ,
        [OP_NE] = IR_NE, [OP_LT] = IR_LT, [OP_LE] = IR_LE, [OP_GT] = IR_GT, [OP_GE] = IR_GE,
    };
    IrOp op = ops[n->op];
    Type *t = n->type;
    if (ty_is_untyped(t))
        t = ty_bool;
    return emit(b, op, t, n->pos, 2, l, r);
}

static IrValue *rvalue(Builder *b, Node *n) {
    int saved = enter(b, n);
    IrValue *v = NULL;
    if (n->cval && n->type && !ty_is_iface(n->type)) {
        v = const_value(b, n, n->type);
        b->curseq = saved;
        return v;
    }
    switch (n->kind) {
    case N_PAREN:
        b->curseq = saved;
        return rvalue(b, n->a);
    case N_NAME: {
        Sym *s = n->sym;
        if (s->kind == SYM_NIL) {
            v = emit(b, IR_ZERO, n->type, n->pos, 0);
            break;
        }
        if (s->kind == SYM_FUNC) { /* a function used as a value: no allocation */
            v = emit(b, IR_CLOSURE, n->type, n->pos, 0);
            v->func = func_of(b, s);
            v->implicit = true;
            v->escapes = false;
            break;
        }
        if (s->kind != SYM_VAR)
            return unsupported(b, n, "function values");
        IrValue *a = var_addr(b, sym_var(b, s), n->pos);
        v = emit(b, IR_LOAD, n->type, n->pos, 1, a);
        break;
    }
    case N_INDEX:
        if (ty_under(n->a->type)->kind == TY_MAP) {
            IrValue *m = rvalue(b, n->a);
            IrValue *k = rvalue_to(b, n->b, ty_under(n->a->type)->key, n->b->pos);
            v = emit(b, IR_MAPGET, n->type, n->pos, 2, m, k);
            v->node = n;
            break;
        }
        /* fall through */
    case N_SELECTOR: {
        Sym *xs = n->kind == N_SELECTOR ? ast_unparen(n->a)->sym : NULL;
        if (n->kind == N_SELECTOR && type_operand(n->a) && n->type &&
            ty_under(n->type)->kind == TY_FUNC) {
            /* the method expression T.m as a value: the method itself
             * when T is its receiver type; (*T).m of a method of T; else
             * a wrapper codegen makes (ival 2, no func: an interface's
             * method, called through the interface, or a method promoted
             * through embedded fields) */
            Node *d = n->sym && n->sym->kind == SYM_FUNC ? n->sym->decl : NULL;
            int how = 2;
            if (d && d->kind == N_FUNCDECL && d->a) {
                Type *xt = n->a->type;
                if (ty_identical(d->a->type, xt))
                    how = 0;
                else if (ty_under(xt)->kind == TY_PTR && xt->kind != TY_NAMED &&
                         ty_identical(ty_under(xt)->elem, d->a->type))
                    how = 1;
            }
            v = emit(b, IR_CLOSURE, n->type, n->pos, 0);
            v->func = how < 2 ? func_of(b, n->sym) : NULL;
            v->implicit = true;
            v->escapes = false;
            v->ival = how;
            v->node = n;
            break;
        }
        if (n->kind == N_SELECTOR && n->sym && n->sym->kind == SYM_FUNC && xs &&
            (xs->kind == SYM_TYPE || xs->kind == SYM_PKG)) {
            /* pkg.F, or the method expression T.m / (*T).m whose receiver
             * is that very type: the function as a value, no allocation */
            Node *d = n->sym->decl;
            bool deref = false;  /* (*T).m of a method of T */
            if (xs->kind == SYM_TYPE && d && d->kind == N_FUNCDECL && d->a &&
                !ty_identical(d->a->type, n->a->type)) {
                Type *xt = n->a->type;
                deref = ty_under(xt)->kind == TY_PTR && xt->kind != TY_NAMED &&
                        ty_identical(ty_under(xt)->elem, d->a->type);
                if (!deref)
                    return unsupported(b, n, "this method expression");
            } else if (xs->kind == SYM_TYPE && !(d && d->kind == N_FUNCDECL && d->a)) {
                return unsupported(b, n, "this method expression");
            }
            v = emit(b, IR_CLOSURE, n->type, n->pos, 0);
            v->func = func_of(b, n->sym);
            v->implicit = true;
            v->escapes = false;
            v->ival = deref;
            break;
        }
        if (n->kind == N_SELECTOR && n->a->type && ty_is_iface(n->a->type) && n->type &&
            ty_under(n->type)->kind == TY_FUNC &&
            !(ast_unparen(n->a)->sym && ast_unparen(n->a)->sym->kind == SYM_TYPE)) {
            /* i.m: a method value of an interface (func NULL: the
             * wrapper calls through the interface) */
            IrValue *recv = rvalue(b, n->a);
            v = emit(b, IR_METHVALUE, n->type, n->pos, 1, recv);
            v->node = n;
            v->escapes = true;
            break;
        }
        if (n->kind == N_SELECTOR && n->sym && n->sym->kind == SYM_FUNC && n->sym->decl &&
            n->sym->decl->kind == N_FUNCDECL && n->sym->decl->a) {
            v = method_value(b, n);
            break;
        }
        IrValue *a = addr(b, n);
        v = emit(b, IR_LOAD, n->type, n->pos, 1, a);
        v->node = n;
        break;
    }
    case N_TYPEASSERT: {
        IrValue *x = rvalue(b, n->a);
        v = emit(b, IR_ASSERT, n->type, n->pos, 1, x);
        v->node = n;
        break;
    }
    case N_UNARY:
        switch (n->op) {
        case OP_DEREF: {
            IrValue *p = rvalue(b, n->a);
            v = emit(b, IR_LOAD, n->type, n->pos, 1, p);
            v->node = n;
            break;
        }
        case OP_ADDR: {
            Node *x = ast_unparen(n->a);
            if (x->kind == N_COMPOSITE) {
                IrValue *p = emit(b, IR_NEW, n->type, n->pos, 0);
                p->node = n;
                Type *xu = ty_under(x->type);
                if (xu->kind == TY_SLICE || xu->kind == TY_MAP) {
                    /* &[]T{...}, &map[K]V{...}: the literal is a site of
                     * its own, stored into the new variable (gc's OPTRLIT
                     * spills its operand with no step of its own) */
                    IrValue *val = composite(b, x, x->type, NULL);
                    emit(b, IR_STORE, NULL, x->pos, 2, p, val)->node = n;
                } else
                    fill_composite(b, x, x->type, p, NULL);
                v = p;
            } else {
                v = addr(b, x);
                if (x->kind == N_NAME)
                    v->var->addrtaken = true;
                if (x->kind == N_UNARY && x->op == OP_DEREF)
                    emit(b, IR_NILCHECK, NULL, n->pos, 1, v);
                /* gc's notes for &x, &x.f, &s[i]: "dot" for each field
                 * step, "dot of pointer" for an index, then "address-of" */
                v->addrof = n;
                for (IrValue *f = v; f->op == IR_FIELD; f = f->args[0])
                    f->note = "dot";
            }
            break;
        }
        case OP_SUB:
            v = emit(b, IR_NEG, n->type, n->pos, 1, rvalue(b, n->a));
            break;
        case OP_ADD:
            v = rvalue(b, n->a);
            break;
        case OP_NOT:
            v = emit(b, IR_NOT, n->type, n->pos, 1, rvalue(b, n->a));
            break;
        case OP_XOR:
            v = emit(b, IR_COM, n->type, n->pos, 1, rvalue(b, n->a));
            break;
        case OP_RECV:
            if (n == b->sel_recv) {
                v = select_comm(b, n);
                break;
            }
            v = emit(b, IR_RECV, n->type, n->pos, 1, rvalue(b, n->a));
            v->node = n;
            break;
        default:
            return unsupported(b, n, arena_printf(perm, "the operator %s", ast_op_names[n->op]));
        }
        break;
    case N_BINARY:
        v = binary(b, n);
        break;
    case N_COMPOSITE:
        v = composite(b, n, n->type, NULL);
        break;
    case N_SLICE:
        v = slice_expr(b, n);
        break;
    case N_FUNCLIT:
        v = func_lit(b, n);
        break;
    case N_CALL: {
        Node *f = ast_unparen(n->a);
        if (f->sym && f->sym->kind == SYM_BUILTIN)
            v = builtin_call(b, n, f->sym->builtin);
        else if (f->sym && f->sym->kind == SYM_TYPE) { /* conversion */
            IrValue *x = rvalue(b, n->list.data[0]);
            v = convert(b, x, n->type, n->list.data[0], n->pos);
            if (v != x && (v->op == IR_CONV || v->op == IR_CONVIFACE)) {
                v->node = n; /* I(x): gc names the conversion as written */
                if (!ir_foreign_package(n))
                    v->desc = NULL;
            }
            if (v == x && !ty_identical(x->type, n->type)) {
                Type *fu = ty_under(x->type), *tu = ty_under(n->type);
                if (ty_is_integer(fu) && ty_is_integer(tu) && ty_size(fu) == ty_size(tu))
                    v = emit(b, IR_ADD, n->type, n->pos, 2, x, const_int(b, x->type, 0, n->pos));
                else {
                    v = emit(b, IR_CONV, n->type, n->pos, 1, x);
                    v->node = n;
                    v->escapes = true;
                }
            }
        } else
            v = call(b, n);
        break;
    }
    default:
        v = unsupported(b, n, arena_printf(perm, "this expression (%s)", ast_kind_names[n->kind]));
        break;
    }
    b->curseq = saved;
    return v;
}

/* ---- statements ---- */

/* Declares the variable `name`, initialised with init if not NULL: the
 * store belongs to statement stmt, with gc's note. */
static void declare_var_at(Builder *b, Node *name, IrValue *init, Node *stmt, const char *note, Pos at);

static void declare_var(Builder *b, Node *name, IrValue *init, Node *stmt, const char *note) {
    declare_var_at(b, name, init, stmt, note, name->pos);
}

/* The same, with the initialisation at `at`. */
static void declare_var_at(Builder *b, Node *name, IrValue *init, Node *stmt, const char *note, Pos at) {
    Sym *s = name->sym;
    IrVar *v = new_var(b, s->name, s->type, s->pos, s, VC_LOCAL);
    IrValue *d = emit(b, IR_DECL, NULL, s->pos, 0);
    d->var = v;
    if (init) {
        IrValue *st = emit(b, IR_STORE, NULL, at, 2, var_addr(b, v, at), init);
        st->node = stmt;
        st->note = note;
        /* gc's Defn: a variable of an inlined body has none (its inliner
         * makes the copy's variables without one) */
        st->defining = b->inl.len == 0;
    }
}

/* ---- gc's self-assignments (escape/utils.go: isSelfAssign) ----
 * Storing into a location what was read from the same location (x.f =
 * x.g, s[0] = s[1], b.buf = b.buf[1:2]) moves nothing anywhere: gc drops
 * the flow, and says so with -m. */

static bool same_safe(Node *l, Node *r) {
    l = ast_unparen(l);
    r = ast_unparen(r);
    if (l->kind != r->kind)
        return false;
    switch (l->kind) {
    case N_NAME:
        return l->sym && l->sym == r->sym;
    case N_SELECTOR:
        return strcmp(l->name, r->name) == 0 && same_safe(l->a, r->a);
    case N_UNARY:
        return l->op == OP_DEREF && r->op == OP_DEREF && same_safe(l->a, r->a);
    case N_INDEX:
        return same_safe(l->a, r->a) && same_safe(l->b, r->b);
    case N_INTLIT: case N_STRLIT:
        return l->cval && r->cval && l->cval->kind == r->cval->kind && l->cval->i == r->cval->i;
    default:
        return false;
    }
}

static bool affects_memory(Node *n) {
    n = ast_unparen(n);
    switch (n->kind) {
    case N_NAME: case N_INTLIT: case N_STRLIT: case N_RUNELIT: case N_FLOATLIT:
        return false;
    case N_BINARY:
        return affects_memory(n->a) || affects_memory(n->b);
    case N_UNARY:
        return n->op == OP_ADDR || n->op == OP_RECV || affects_memory(n->a);
    case N_INDEX:
        return affects_memory(n->a) || affects_memory(n->b);
    case N_SELECTOR:
        return affects_memory(n->a);
    case N_CALL: /* len, cap and conversions do not */
        if (n->a->sym && ((n->a->sym->kind == SYM_BUILTIN &&
                           (n->a->sym->builtin == BI_LEN || n->a->sym->builtin == BI_CAP)) ||
                          n->a->sym->kind == SYM_TYPE))
            return n->list.len && affects_memory(n->list.data[0]);
        return true;
    default:
        return true;
    }
}

/* p.f or *p, with p a variable: the base gc's slice self-assignment asks for. */
static Node *deref_base(Node *n) {
    n = ast_unparen(n);
    if (n->kind == N_UNARY && n->op == OP_DEREF)
        return ast_unparen(n->a);
    if (n->kind == N_SELECTOR && n->a->type && ty_under(n->a->type)->kind == TY_PTR)
        return ast_unparen(n->a);
    return NULL;
}

static bool self_assign(Node *dst, Node *src) {
    dst = ast_unparen(dst);
    src = ast_unparen(src);
    if (src->kind == N_SLICE && src->a->type && ty_under(src->a->type)->kind != TY_ARRAY) {
        /* b.buf = b.buf[1:2], b.buf = b.buf2[1:2]; not b.buf = b.arr[1:2],
         * which takes the array's address */
        Node *d = deref_base(dst), *s = deref_base(src->a);
        if (d && s && d->kind == N_NAME && s->kind == N_NAME && d->sym == s->sym)
            return true;
    }
    if (dst->kind != src->kind)
        return false;
    if (dst->kind == N_SELECTOR)
        return same_safe(dst->a, src->a);
    if (dst->kind == N_INDEX) {
        if (affects_memory(dst->b) || affects_memory(src->b))
            return false;
        return same_safe(dst->a, src->a);
    }
    return false;
}

/* gc's note for the stores of an assignment of rhs to nl targets: a
 * multi-value call's results carry none. */
static const char *assign_note(int nl, Vec *rhs) {
    if (nl > 1 && rhs->len == 1) { /* v, ok = x.(T), m[k], <-c; a, b = f() */
        Node *r = ast_unparen(rhs->data[0]);
        if (r->kind == N_TYPEASSERT)
            return "assign-pair-dot-type";
        if (r->kind == N_INDEX)
            return "assign-pair-mapr";
        if (r->kind == N_UNARY && r->op == OP_RECV)
            return "assign-pair-receive";
        return NULL;
    }
    return nl > 1 ? "assign-pair" : "assign";
}

/* Where gc's front end puts the implicit conversions of an assignment: at
 * the position of the last expression it translated before them (noder's
 * base.Pos): the last non-constant subexpression, in evaluation order, of
 * the left-hand sides (translated after the right-hand sides), or of the
 * right-hand sides of a declaration. */
static void last_pos(Node *n, Pos *pos) {
    if (!n)
        return;
    if (n->kind == N_PAREN) {
        last_pos(n->a, pos);
        return;
    }
    if (n->cval || (n->kind == N_NAME && strcmp(n->name, "_") == 0))
        return;
    switch (n->kind) {
    case N_NAME:
        if (!n->sym || n->sym->kind == SYM_VAR || n->sym->kind == SYM_FUNC || n->sym->kind == SYM_NIL)
            *pos = n->pos;
        return;
    case N_SELECTOR:
        *pos = n->pos;
        if (!(ast_unparen(n->a)->kind == N_NAME && ast_unparen(n->a)->sym && ast_unparen(n->a)->sym->kind == SYM_PKG))
            last_pos(n->a, pos);
        return;
    case N_INDEX: case N_SLICE:
        *pos = n->pos;
        last_pos(n->a, pos);
        last_pos(n->b, pos);
        if (n->kind == N_SLICE) {
            last_pos(n->c, pos);
            last_pos(n->d, pos);
        }
        return;
    case N_UNARY: case N_TYPEASSERT:
        *pos = n->pos;
        last_pos(n->a, pos);
        return;
    case N_BINARY:
        *pos = n->pos;
        last_pos(n->a, pos);
        last_pos(n->b, pos);
        return;
    case N_CALL: {
        *pos = n->pos;
        Node *f = ast_unparen(n->a);
        if (!(f->sym && (f->sym->kind == SYM_BUILTIN || f->sym->kind == SYM_TYPE)) && f->type &&
            ty_under(f->type)->kind == TY_FUNC)
            last_pos(n->a, pos);
        for (int i = 0; i < n->list.len; i++)
            last_pos(n->list.data[i], pos);
        /* a function's call is typechecked after its arguments, at its
         * own position */
        if (!(f->sym && (f->sym->kind == SYM_BUILTIN || f->sym->kind == SYM_TYPE)) && f->type &&
            ty_under(f->type)->kind == TY_FUNC)
            *pos = n->pos;
        return;
    }
    case N_COMPOSITE:
        *pos = n->pos;
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.data[i];
            if (e->kind == N_KEYVAL) {
                if (n->type && ty_under(n->type)->kind == TY_MAP)
                    last_pos(e->a, pos);
                e = e->b;
            }
            last_pos(e, pos);
        }
        return;
    default:
        *pos = n->pos;
        return;
    }
}

/* gc converts a built-in's argument after translating the call, at its
 * base.Pos (the call's '(' for a constant) */
Pos ir_builtin_conv_pos(Node *c) {
    Pos conv = c->pos;
    last_pos(c, &conv);
    return conv;
}

/* Right-hand sides, converted to the destinations' types; a single
 * multi-value call is unpacked with EXTRACT. */
static void rhs_values(Builder *b, Vec *rhs, int nl, Type **dst, Vec *out, Pos pos) {
    Pos conv = b->conv_pos; /* set by the assignment being built, for it alone */
    b->conv_pos = (Pos){0};
    if (rhs->len == 1 && nl > 1) {
        Node *r = ast_unparen(rhs->data[0]);
        if (r->kind != N_CALL) { /* v, ok := m[k], x.(T), <-c: the value, then a bool */
            Type *vt = r->kind == N_TYPEASSERT ? r->b ? r->b->type : NULL : NULL;
            IrValue *x = rvalue(b, r);
            if (vt && x->type != vt)
                x->type = vt;
            if (x->op == IR_ASSERT)
                x->ival = 1; /* the comma-ok form: no panic */
            IrValue *xv = x;
            IrValue *c = dst[0] ? convert(b, x, dst[0], r, pos) : x;
            if (c != x && c->op == IR_CONVIFACE)
                c->note = "comma-ok"; /* gc converts after escape analysis */
            vec_push(out, c);
            for (int i = 1; i < nl; i++) {
                if (i == 1 && (xv->op == IR_ASSERT || xv->op == IR_MAPGET)) {
                    IrValue *ok = emit(b, IR_COMMAOK, ty_bool, pos, 1, xv);
                    vec_push(out, dst[i] ? convert(b, ok, dst[i], r, pos) : ok);
                    continue;
                }
                if (i == 1 && xv->op == IR_RECV) {
                    /* gc converts a receive's ok after escape analysis */
                    IrValue *ok = emit(b, IR_COMMAOK, ty_bool, pos, 1, xv);
                    IrValue *c = dst[i] ? convert(b, ok, dst[i], r, pos) : ok;
                    if (c != ok && c->op == IR_CONVIFACE)
                        c->note = "comma-ok";
                    vec_push(out, c);
                    continue;
                }
                vec_push(out, emit(b, IR_ZERO, dst[i] ? dst[i] : ty_bool, pos, 0));
            }
            return;
        }
        b->inl_results.len = 0;
        IrValue *c = rvalue(b, rhs->data[0]);
        if (!c || c->op != IR_CALL) { /* an inlined call: its result variables */
            for (int i = 0; i < nl; i++) {
                IrValue *x = i < b->inl_results.len ? b->inl_results.data[i]
                                                    : emit(b, IR_ZERO, dst[i] ? dst[i] : ty_int, pos, 0);
                vec_push(out, dst[i] ? convert(b, x, dst[i], rhs->data[0], pos) : x);
            }
            return;
        }
        for (int i = 0; i < nl; i++) {
            IrValue *x = emit(b, IR_EXTRACT, ((Field *)c->type->fields.data[i])->type, pos, 1, c);
            x->ival = i;
            vec_push(out, dst[i] ? convert(b, x, dst[i], rhs->data[0], conv.line ? conv : pos) : x);
        }
        return;
    }
    for (int i = 0; i < rhs->len; i++) {
        Node *r = rhs->data[i];
        vec_push(out, rvalue_to(b, r, dst[i], conv.line ? conv : r->pos));
    }
}

/* gc's front end builds an assignment's right side before its left side
 * (noder: "for compatibility with noder1"), and its temporaries
 * (.autotmp_N, N counting the declarations so far) are numbered in that
 * order, while minigo builds the left side first, as the program
 * evaluates it.  Renumbers the temporaries declared while building the
 * left side, vars [lo, mid), and the right side, [mid, hi). */
static void rhs_first_numbering(Builder *b, int lo, int mid, int hi) {
    int nl = 0, nr = 0;
    for (int i = lo; i < hi; i++) {
        IrVar *v = b->fn->vars.data[i];
        if (v->temp || v->inlined)
            continue;
        if (i < mid)
            nl++;
        else
            nr++;
    }
    if (!nl || !nr)
        return;
    for (int i = lo; i < hi; i++) {
        IrVar *v = b->fn->vars.data[i];
        int k;
        if (v->temp || v->inlined || sscanf(v->name, ".autotmp_%d", &k) != 1)
            continue;
        const char *name = arena_printf(perm, ".autotmp_%d", i < mid ? k + nr : k - nl);
        ir_rename_call_text(v->name, name);
        v->name = name;
    }
}

static void assign(Builder *b, Node *n) {
    int nl = n->list.len;
    if (n->op != OP_NONE && ast_unparen(n->list.data[0])->kind == N_INDEX &&
        ty_under(ast_unparen(n->list.data[0])->a->type)->kind == TY_MAP) {
        /* m[k] op= v: read, operate, put back */
        Node *l = ast_unparen(n->list.data[0]);
        IrValue *m = rvalue(b, l->a);
        IrValue *k = rvalue_to(b, l->b, ty_under(l->a->type)->key, l->b->pos);
        IrValue *old = emit(b, IR_MAPGET, l->type, n->pos, 2, m, k);
        IrValue *r = convert(b, rvalue(b, n->list2.data[0]), l->type, n->list2.data[0], n->pos);
        IrValue *v;
        static const IrOp mops[OP__COUNT] = {
            [OP_ADD] = IR_ADD, [OP_SUB] = IR_SUB, [OP_MUL] = IR_MUL, [OP_DIV] = IR_DIV,
            [OP_MOD] = IR_MOD, [OP_AND] = IR_AND, [OP_OR] = IR_OR, [OP_XOR] = IR_XOR,
            [OP_SHL] = IR_SHL, [OP_SHR] = IR_SHR, [OP_ANDNOT] = IR_ANDNOT,
        };
        if (n->op == OP_ADD && ty_is_string(l->type)) {
            v = emit(b, IR_CONCAT, l->type, n->pos, 2, old, r);
            v->note = "assign-op"; /* as s += x below */
        } else
            v = emit(b, mops[n->op], l->type, n->pos, 2, old, r);
        v->node = n;
        IrValue *st = emit(b, IR_MAPSET, NULL, n->pos, 3, m, k, v);
        st->node = n;
        st->addrof = l;
        st->note = "assign";
        return;
    }
    if (n->op != OP_NONE) {
        Node *l = n->list.data[0];
        int lo = b->fn->vars.len;
        IrValue *a = addr(b, l);
        IrValue *old = emit(b, IR_LOAD, l->type, n->pos, 1, a);
        int mid = b->fn->vars.len;
        IrValue *r = convert(b, rvalue(b, n->list2.data[0]), l->type, n->list2.data[0], n->pos);
        rhs_first_numbering(b, lo, mid, b->fn->vars.len);
        IrValue *v;
        if (n->op == OP_ADD && ty_is_string(l->type)) {
            v = emit(b, IR_CONCAT, l->type, n->pos, 2, old, r);
            v->node = n;
            /* gc's escape analysis sees s += x as an assignment of x to
             * s (its walk makes the concatenation later, on the heap):
             * no site, x flows to the result */
            v->note = "assign-op";
        } else {
            static const IrOp ops[OP__COUNT] = {
                [OP_ADD] = IR_ADD, [OP_SUB] = IR_SUB, [OP_MUL] = IR_MUL, [OP_DIV] = IR_DIV,
                [OP_MOD] = IR_MOD, [OP_AND] = IR_AND, [OP_OR] = IR_OR, [OP_XOR] = IR_XOR,
                [OP_SHL] = IR_SHL, [OP_SHR] = IR_SHR, [OP_ANDNOT] = IR_ANDNOT,
            };
            v = emit(b, ops[n->op], l->type, n->pos, 2, old, r);
        }
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, a, v);
        st->node = n;
        /* gc's escape analysis sees p.x += p.vx as p.x = p.vx */
        st->note = self_assign(l, n->list2.data[0]) ? "self-assignment" : "assign";
        return;
    }
    Vec addrs = {0}, vals = {0};
    Type *dst[64] = {0};
    IrValue *mapm[64] = {0}, *mapk[64] = {0};
    if (nl > 64)
        ice("too many assignment targets");
    int lo = b->fn->vars.len;
    for (int i = 0; i < nl; i++) {
        Node *l = ast_unparen(n->list.data[i]);
        if (l->kind == N_NAME && strcmp(l->name, "_") == 0) {
            vec_push(&addrs, NULL);
            continue;
        }
        if (l->kind == N_INDEX && ty_under(l->a->type)->kind == TY_MAP) {
            mapm[i] = rvalue(b, l->a);
            mapk[i] = rvalue_to(b, l->b, ty_under(l->a->type)->key, l->b->pos);
            vec_push(&addrs, NULL);
            dst[i] = l->type;
            continue;
        }
        vec_push(&addrs, addr(b, l));
        dst[i] = l->type;
    }
    Pos conv = {0};
    for (int i = 0; i < n->list2.len; i++)
        last_pos(n->list2.data[i], &conv);
    for (int i = 0; i < nl; i++)
        last_pos(n->list.data[i], &conv);
    b->conv_pos = conv;
    int mid = b->fn->vars.len;
    rhs_values(b, &n->list2, nl, dst, &vals, n->pos);
    rhs_first_numbering(b, lo, mid, b->fn->vars.len);
    for (int i = 0; i < nl; i++)
        if (mapm[i]) {
            IrValue *st = emit(b, IR_MAPSET, NULL, n->pos, 3, mapm[i], mapk[i], vals.data[i]);
            st->node = n;
            st->addrof = ast_unparen(n->list.data[i]);
            st->note = assign_note(nl, &n->list2);
        } else if (addrs.data[i]) {
            IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, addrs.data[i], vals.data[i]);
            st->node = n;
            st->note = assign_note(nl, &n->list2);
            if (n->list2.len == nl && self_assign(n->list.data[i], n->list2.data[i]))
                st->note = "self-assignment";
        }
    free(addrs.data);
    free(vals.data);
}

static void define(Builder *b, Node *n) {
    int nl = n->list.len;
    Type *dst[64] = {0};
    if (nl > 64)
        ice("too many assignment targets");
    for (int i = 0; i < nl; i++) {
        Node *l = n->list.data[i];
        if (l->sym)
            dst[i] = l->sym->type;
    }
    Vec vals = {0};
    rhs_values(b, &n->list2, nl, dst, &vals, n->pos);
    for (int i = 0; i < nl; i++) {
        Node *l = n->list.data[i];
        if (!l->sym)
            continue; /* _ */
        if (l->flag) /* declared here */
            declare_var(b, l, vals.data[i], n, assign_note(nl, &n->list2));
        else {
            IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, sym_var(b, l->sym), l->pos),
                               vals.data[i]);
            st->node = n;
            st->note = assign_note(nl, &n->list2);
        }
    }
    free(vals.data);
}

static void cond_branch(Builder *b, Node *cond, IrBlock *t, IrBlock *f) {
    IrValue *c = rvalue(b, cond);
    branch(b, c, t, f);
}

static void push_loop(Builder *b, IrBlock *brk, IrBlock *cont, const char *label) {
    vec_push(&b->breaks, brk);
    vec_push(&b->continues, cont);
    vec_push(&b->labels, (void *)label);
}

static void pop_loop(Builder *b) {
    b->breaks.len--;
    b->continues.len--;
    b->labels.len--;
}

static void for_stmt(Builder *b, Node *n, const char *label) {
    if (n->a)
        stmt(b, n->a);
    IrBlock *head = new_block(b), *body = new_block(b), *post = new_block(b), *done = new_block(b);
    jump(b, head);
    set_block(b, head);
    b->loopdepth++;
    if (n->b)
        cond_branch(b, n->b, body, done);
    else
        jump(b, body);
    set_block(b, body);
    push_loop(b, done, post, label);
    block(b, n->d);
    pop_loop(b);
    jump(b, post);
    set_block(b, post);
    if (n->c)
        stmt(b, n->c);
    jump(b, head);
    b->loopdepth--;
    set_block(b, done);
}

static void push_loop(Builder *b, IrBlock *brk, IrBlock *cont, const char *label);
static void pop_loop(Builder *b);

static const char *take_label(Builder *b) {
    const char *l = b->next_label;
    b->next_label = NULL;
    return l;
}

/* The start of a range loop: the range expression evaluated once, into
 * a hidden variable (gc's "{temp}"), and the loop's own key and value
 * variables when it declares them (one per loop, as Go 1.19 has them). */
static void range_begin(Builder *b, Node *n, IrVar **xs, IrVar **key, IrVar **val) {
    /* gc declares the loop's variables first: the temporaries of the
     * range expression count them (autotmp_var) */
    int defined = n->flag ? (n->a && n->a->sym) + (n->b && n->b->sym) : 0;
    b->pending_dcl += defined;
    IrValue *x = rvalue(b, n->c);
    b->pending_dcl -= defined;
    *xs = new_temp(b, n->c->type, n->c->pos);
    (*xs)->gctemp = true;
    emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, *xs, n->pos), x);
    *key = *val = NULL;
    if (!n->flag)
        return;
    if (n->a && n->a->sym) {
        declare_var(b, n->a, NULL, NULL, NULL);
        *key = n->a->sym->aux;
    }
    if (n->b && n->b->sym) {
        declare_var(b, n->b, NULL, NULL, NULL);
        *val = n->b->sym->aux;
    }
}

/* range over a map or a channel.  A map's: the value is an element of
 * the map (ELEM); the key comes from nothing escape analysis tracks (nor
 * for gc).  A channel's: each turn receives (its head), until the channel
 * is closed; the value received flows from nothing tracked either. */
static void range_other(Builder *b, Node *n, const char *label) {
    Type *xt = n->c->type;
    IrVar *xs, *key, *val;
    range_begin(b, n, &xs, &key, &val);
    bool is_map = ty_under(xt)->kind == TY_MAP;
    IrValue *recv = NULL;
    IrVar *it = NULL;
    if (is_map) {
        /* a map: a hidden iterator (rt.h RtMapIter), started on the map */
        it = new_temp(b, array_of(ty_uintptr, 8), n->pos);
        IrValue *m = emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos));
        emit(b, IR_MAPITERINIT, NULL, n->pos, 2, var_addr(b, it, n->pos), m);
    }
    IrBlock *head = new_block(b), *body = new_block(b), *post = new_block(b), *done = new_block(b);
    jump(b, head);
    set_block(b, head);
    b->loopdepth++;
    if (is_map)
        branch(b, emit(b, IR_MAPITERNEXT, ty_bool, n->pos, 1, var_addr(b, it, n->pos)), body, done);
    else {
        recv = emit(b, IR_RECV, ty_under(xt)->elem, n->pos, 1,
                    emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos)));
        branch(b, emit(b, IR_COMMAOK, ty_bool, n->pos, 1, recv), body, done);
    }
    set_block(b, body);
    IrValue *keyaddr = NULL, *valaddr = NULL;
    if (!n->flag) {
        if (n->a && !(n->a->kind == N_NAME && strcmp(n->a->name, "_") == 0))
            keyaddr = addr(b, n->a);
        if (n->b && !(n->b->kind == N_NAME && strcmp(n->b->name, "_") == 0))
            valaddr = addr(b, n->b);
    }
    if (key)
        keyaddr = var_addr(b, key, n->a->pos);
    if (val)
        valaddr = var_addr(b, val, n->b->pos);
    if (is_map) {
        IrValue *xv = emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos));
        if (keyaddr)
            emit(b, IR_STORE, NULL, n->pos, 2, keyaddr,
                 emit(b, IR_MAPITERKEY, ty_under(xt)->key, n->pos, 1, var_addr(b, it, n->pos)));
        if (valaddr) {
            IrValue *e = emit(b, IR_ELEM, ty_under(xt)->elem, n->pos, 1, xv);
            e->var = it;
            IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, valaddr, e);
            st->node = n;
            st->note = "range-deref";
        }
    } else if (keyaddr)
        emit(b, IR_STORE, NULL, n->pos, 2, keyaddr, recv);
    push_loop(b, done, post, label);
    block(b, n->d);
    pop_loop(b);
    jump(b, post);
    set_block(b, post);
    jump(b, head);
    b->loopdepth--;
    set_block(b, done);
}

/* Whether the interface x holds a value of the type of case expression
 * e (nil: holds nothing): a comma-ok ASSERT, or a comparison with nil. */
static IrValue *type_test(Builder *b, IrValue *x, Node *e) {
    Node *u = ast_unparen(e);
    if (u->kind == N_NAME && u->sym && u->sym->kind == SYM_NIL)
        return emit(b, IR_EQ, ty_bool, e->pos, 2, x, emit(b, IR_ZERO, x->type, e->pos, 0));
    IrValue *a = emit(b, IR_ASSERT, e->type, e->pos, 1, x);
    a->ival = 1;
    return emit(b, IR_COMMAOK, ty_bool, e->pos, 1, a);
}

/* switch x := v.(type): the dispatch first (each case's types in turn,
 * the default last), then the bodies; each case's variable gets v's
 * dynamic value. */
static void type_switch(Builder *b, Node *n) {
    if (n->a)
        stmt(b, n->a);
    IrValue *x = rvalue(b, n->b);
    IrBlock *done = new_block(b);
    int nc = n->list.len;
    IrBlock **bodies = arena_alloc(perm, sizeof(IrBlock *) * (nc + 1));
    IrBlock *dflt = done;
    for (int i = 0; i < nc; i++) {
        Node *cs = n->list.data[i];
        bodies[i] = new_block(b);
        if (cs->flag || cs->list.len == 0)
            dflt = bodies[i];
    }
    for (int i = 0; i < nc; i++) {
        Node *cs = n->list.data[i];
        for (int j = 0; j < cs->list.len; j++) {
            IrBlock *next = new_block(b);
            branch(b, type_test(b, x, cs->list.data[j]), bodies[i], next);
            set_block(b, next);
        }
    }
    jump(b, dflt);
    push_loop(b, done, b->continues.len ? vec_last(&b->continues) : NULL, take_label(b));
    for (int i = 0; i < nc; i++) {
        Node *cs = n->list.data[i];
        set_block(b, bodies[i]);
        if (cs->sym) {
            /* gc declares each clause's variable at the clause's colon */
            IrVar *v = new_var(b, cs->sym->name, cs->sym->type, cs->pos2.line ? cs->pos2 : cs->sym->pos,
                               cs->sym, VC_LOCAL);
            IrValue *d = emit(b, IR_DECL, NULL, cs->sym->pos, 0);
            d->var = v;
            IrValue *a = emit(b, IR_ASSERT, cs->sym->type, cs->pos, 1, x);
            a->ival = 2; /* the dispatch chose this case */
            a->node = n;
            IrValue *st = emit(b, IR_STORE, NULL, cs->pos, 2, var_addr(b, v, cs->pos), a);
            st->node = cs;
            st->note = "switch case";
            st->defining = true;
        }
        for (int j = 0; j < cs->list2.len; j++)
            stmt(b, cs->list2.data[j]);
        jump(b, done);
    }
    pop_loop(b);
    set_block(b, done);
}

/* A select case's communication: the receive n (the send statement n),
 * built where the case is, as gc walks it, but into the blocks that run
 * before the SELECT (Builder.sel_eval; ir.h "Order"); the rest of the case
 * (the receive's targets) is built into its body.  Returns the RECV or
 * SEND, a case of the SELECT. */
static IrValue *select_comm(Builder *b, Node *n) {
    IrBlock *body = b->cur;
    b->cur = b->sel_eval;
    b->sel_recv = NULL;
    IrValue *v;
    if (n->kind == N_SENDSTMT) {
        stmt(b, n);
        v = vec_last(&b->cur->values);
    } else {
        v = emit(b, IR_RECV, n->type, n->pos, 1, rvalue(b, n->a));
        v->node = n;
    }
    v->ival = 1;
    b->sel_eval = b->cur;
    b->sel_case = v;
    b->cur = body;
    return v;
}

/* select: each case's communication and body in turn (see select_comm),
 * then, where the communications' operands were evaluated, the SELECT
 * and the dispatch on the index of the case it took. */
static void select_stmt(Builder *b, Node *n) {
    IrBlock *done = new_block(b);
    int nc = n->list.len;
    IrBlock **bodies = arena_alloc(perm, sizeof(IrBlock *) * (nc + 1));
    IrValue **cases = arena_alloc(perm, sizeof(IrValue *) * (nc + 1));
    IrBlock *dflt = NULL, *outer_eval = b->sel_eval; /* a select in a case's body */
    b->sel_eval = b->cur;
    push_loop(b, done, b->continues.len ? vec_last(&b->continues) : NULL, take_label(b));
    for (int i = 0; i < nc; i++) {
        Node *cs = n->list.data[i];
        bodies[i] = new_block(b);
        set_block(b, bodies[i]);
        cases[i] = NULL;
        if (!cs->a)
            dflt = bodies[i];
        else if (cs->a->kind == N_SENDSTMT)
            cases[i] = select_comm(b, cs->a);
        else {
            Node *c = cs->a->kind == N_EXPRSTMT ? cs->a->a : cs->a->list2.data[0];
            b->sel_recv = ast_unparen(c);
            b->sel_case = NULL;
            stmt(b, cs->a);
            if (!b->sel_case)
                ice("select case without its receive");
            cases[i] = b->sel_case;
        }
        for (int j = 0; j < cs->list2.len; j++)
            stmt(b, cs->list2.data[j]);
        jump(b, done);
    }
    pop_loop(b);
    set_block(b, b->sel_eval);
    b->sel_eval = outer_eval;
    Vec args = {0};
    int *index = arena_alloc(perm, sizeof(int) * (nc + 1)); /* case i's in args */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < nc; i++)
            if (cases[i] && (cases[i]->op == IR_SEND) == (pass == 0)) {
                index[i] = args.len;
                vec_push(&args, cases[i]);
            }
    IrValue *sel = emitv(b, IR_SELECT, ty_int, n->pos, &args);
    sel->spread = dflt != NULL;
    sel->node = n;
    int left = args.len;
    for (int i = 0; i < nc; i++) {
        if (!cases[i])
            continue;
        if (--left == 0 && !dflt) { /* the last one: no need to ask */
            jump(b, bodies[i]);
            break;
        }
        IrBlock *next = new_block(b);
        branch(b, emit(b, IR_EQ, ty_bool, n->pos, 2, sel, const_int(b, ty_int, index[i], n->pos)),
               bodies[i], next);
        set_block(b, next);
    }
    jump(b, dflt ? dflt : done);
    free(args.data);
    set_block(b, done);
}

static GoLabel *golabel(Builder *b, const char *name) {
    for (int i = 0; i < b->golabels.len; i++) {
        GoLabel *l = b->golabels.data[i];
        if (strcmp(l->name, name) == 0)
            return l;
    }
    GoLabel *l = NEW(GoLabel);
    l->name = name;
    l->blk = new_block(b);
    vec_push(&b->golabels, l);
    return l;
}

/* Labels that a later goto jumps back to (gc's "looping" labels), found
 * in the order gc visits the body. */
static void find_looping(Builder *b, Node *n) {
    if (!n || n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_LABELED)
        golabel(b, n->name)->seen = true;
    if (n->kind == N_BRANCH && n->op == OP_GOTO && n->name) {
        GoLabel *l = golabel(b, n->name);
        if (l->seen)
            l->looping = true;
    }
    find_looping(b, n->a);
    find_looping(b, n->b);
    find_looping(b, n->c);
    find_looping(b, n->d);
    for (int i = 0; i < n->list.len; i++)
        find_looping(b, n->list.data[i]);
    for (int i = 0; i < n->list2.len; i++)
        find_looping(b, n->list2.data[i]);
}

/* The key and value targets of a range loop's body: the loop's own
 * variables, or the existing ones of `for k, v = range` (NULL: none). */
static void range_targets(Builder *b, Node *n, IrVar *key, IrVar *val, IrValue **keyaddr,
                          IrValue **valaddr) {
    *keyaddr = *valaddr = NULL;
    if (!n->flag) {
        if (n->a && !(n->a->kind == N_NAME && strcmp(n->a->name, "_") == 0))
            *keyaddr = addr(b, n->a);
        if (n->b && !(n->b->kind == N_NAME && strcmp(n->b->name, "_") == 0))
            *valaddr = addr(b, n->b);
    }
    if (key)
        *keyaddr = var_addr(b, key, n->a->pos);
    if (val)
        *valaddr = var_addr(b, val, n->b->pos);
}

/* range over an array (a copy of it, in the hidden variable) or a pointer
 * to one: an index loop; the value is the element, read through a slice
 * header over the array as indexing does. */
static void range_array(Builder *b, Node *n, const char *label) {
    Type *xt = n->c->type;
    bool ptr = ty_under(xt)->kind == TY_PTR;
    Type *at = ptr ? ty_under(ty_under(xt)->elem) : ty_under(xt);
    IrVar *xs, *key, *val;
    range_begin(b, n, &xs, &key, &val);
    IrVar *idx = new_temp(b, ty_int, n->pos);
    IrBlock *head = new_block(b), *body = new_block(b), *post = new_block(b), *done = new_block(b);
    jump(b, head);
    set_block(b, head);
    b->loopdepth++;
    IrValue *i = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    branch(b, emit(b, IR_LT, ty_bool, n->pos, 2, i, const_int(b, ty_int, at->len, n->pos)), body, done);
    set_block(b, body);
    IrValue *keyaddr, *valaddr;
    range_targets(b, n, key, val, &keyaddr, &valaddr);
    IrValue *iv = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    if (keyaddr)
        emit(b, IR_STORE, NULL, n->pos, 2, keyaddr, iv);
    if (valaddr) {
        IrValue *base = ptr ? emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos))
                            : var_addr(b, xs, n->pos);
        IrValue *len = const_int(b, ty_int, at->len, n->pos);
        IrValue *hdr = emit(b, IR_SLICEHDR, ty_slice(at->elem), n->pos, 3, base, len, len);
        IrValue *ep = emit(b, IR_INDEX, ty_ptr(at->elem), n->pos, 2, hdr, iv);
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, valaddr, emit(b, IR_LOAD, at->elem, n->pos, 1, ep));
        st->node = n;
        st->note = ptr ? "range-deref" : "range";
    }
    push_loop(b, done, post, label);
    block(b, n->d);
    pop_loop(b);
    jump(b, post);
    set_block(b, post);
    IrValue *i2 = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, idx, n->pos),
         emit(b, IR_ADD, ty_int, n->pos, 2, i2, const_int(b, ty_int, 1, n->pos)));
    jump(b, head);
    b->loopdepth--;
    set_block(b, done);
}

/* range over a string: the hidden index moves to the next rune before
 * the body runs (so continue needs no step of its own); the key is the
 * index where the rune began. */
static void range_string(Builder *b, Node *n, const char *label) {
    Type *xt = n->c->type;
    if (ty_is_untyped(xt))
        xt = ty_string;
    IrVar *xs, *key, *val;
    range_begin(b, n, &xs, &key, &val);
    IrVar *idx = new_temp(b, ty_int, n->pos);
    IrBlock *head = new_block(b), *body = new_block(b), *done = new_block(b);
    jump(b, head);
    set_block(b, head);
    b->loopdepth++;
    IrValue *i = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    IrValue *len = emit(b, IR_LEN, ty_int, n->pos, 1,
                        emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos)));
    branch(b, emit(b, IR_LT, ty_bool, n->pos, 2, i, len), body, done);
    set_block(b, body);
    IrValue *keyaddr, *valaddr;
    range_targets(b, n, key, val, &keyaddr, &valaddr);
    IrValue *iv = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    IrValue *sv = emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos));
    IrValue *r = valaddr ? emit(b, IR_RUNE, ty_rune, n->pos, 2, sv, iv) : NULL;
    IrValue *next = emit(b, IR_RUNENEXT, ty_int, n->pos, 2, sv, iv);
    emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, idx, n->pos), next);
    if (keyaddr)
        emit(b, IR_STORE, NULL, n->pos, 2, keyaddr, iv);
    if (valaddr) {
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, valaddr, r);
        st->node = n;
        st->note = "range-deref";
    }
    push_loop(b, done, head, label);
    block(b, n->d);
    pop_loop(b);
    jump(b, head);
    b->loopdepth--;
    set_block(b, done);
}

static void range_stmt(Builder *b, Node *n, const char *label) {
    Type *xt = n->c->type;
    Type *u = ty_under(xt);
    if (u->kind == TY_ARRAY || (u->kind == TY_PTR && ty_under(u->elem)->kind == TY_ARRAY)) {
        range_array(b, n, label);
        return;
    }
    if (ty_is_string(u)) {
        range_string(b, n, label);
        return;
    }
    if (u->kind != TY_SLICE) {
        range_other(b, n, label);
        return;
    }
    IrVar *xs, *key, *val;
    range_begin(b, n, &xs, &key, &val);
    IrVar *idx = new_temp(b, ty_int, n->pos);
    IrValue *keyaddr = NULL, *valaddr = NULL;
    IrBlock *head = new_block(b), *body = new_block(b), *post = new_block(b), *done = new_block(b);
    jump(b, head);
    set_block(b, head);
    b->loopdepth++;
    IrValue *i = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    IrValue *len = emit(b, IR_LEN, ty_int, n->pos, 1,
                        emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos)));
    branch(b, emit(b, IR_LT, ty_bool, n->pos, 2, i, len), body, done);
    set_block(b, body);
    if (!n->flag) { /* for k, v = range: assign to existing targets */
        if (n->a && !(n->a->kind == N_NAME && strcmp(n->a->name, "_") == 0))
            keyaddr = addr(b, n->a);
        if (n->b && !(n->b->kind == N_NAME && strcmp(n->b->name, "_") == 0))
            valaddr = addr(b, n->b);
    }
    if (key)
        keyaddr = var_addr(b, key, n->a->pos);
    if (val)
        valaddr = var_addr(b, val, n->b->pos);
    IrValue *iv = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    if (keyaddr)
        emit(b, IR_STORE, NULL, n->pos, 2, keyaddr, iv);
    if (valaddr) {
        IrValue *s = emit(b, IR_LOAD, xt, n->pos, 1, var_addr(b, xs, n->pos));
        IrValue *ep = emit(b, IR_INDEX, ty_ptr(u->elem), n->pos, 2, s, iv);
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, valaddr, emit(b, IR_LOAD, u->elem, n->pos, 1, ep));
        st->node = n;
        st->note = "range-deref";
    }
    push_loop(b, done, post, label);
    block(b, n->d);
    pop_loop(b);
    jump(b, post);
    set_block(b, post);
    IrValue *i2 = emit(b, IR_LOAD, ty_int, n->pos, 1, var_addr(b, idx, n->pos));
    emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, idx, n->pos),
         emit(b, IR_ADD, ty_int, n->pos, 2, i2, const_int(b, ty_int, 1, n->pos)));
    jump(b, head);
    b->loopdepth--;
    set_block(b, done);
}

static void switch_stmt(Builder *b, Node *n) {
    if (n->a)
        stmt(b, n->a);
    IrValue *tag = NULL;
    if (n->b)
        tag = rvalue(b, n->b);
    IrBlock *done = new_block(b);
    int ncase = n->list.len;
    IrBlock **bodies = arena_alloc(perm, sizeof(IrBlock *) * (size_t)(ncase + 1));
    for (int i = 0; i < ncase; i++)
        bodies[i] = new_block(b);
    IrBlock *deflt = done;
    for (int i = 0; i < ncase; i++) {
        Node *cs = n->list.data[i];
        if (cs->flag)
            deflt = bodies[i];
        for (int j = 0; j < cs->list.len; j++) {
            Node *e = cs->list.data[j];
            IrValue *c;
            if (tag) {
                IrValue *ev = convert(b, rvalue(b, e), tag->type, e, e->pos);
                /* a concrete case of an interface tag: gc's typecheck
                 * compares without converting; walk converts, after
                 * escape analysis (no site) */
                if (ev->op == IR_CONVIFACE)
                    ev->note = "switch case";
                c = emit(b, IR_EQ, ty_bool, e->pos, 2, tag, ev);
            } else
                c = rvalue(b, e);
            IrBlock *next = new_block(b);
            branch(b, c, bodies[i], next);
            set_block(b, next);
        }
    }
    jump(b, deflt);
    push_loop(b, done, b->continues.len ? vec_last(&b->continues) : NULL, take_label(b));
    for (int i = 0; i < ncase; i++) {
        Node *cs = n->list.data[i];
        set_block(b, bodies[i]);
        bool fell = false;
        for (int j = 0; j < cs->list2.len; j++) {
            Node *s = cs->list2.data[j];
            if (s->kind == N_BRANCH && s->op == OP_FALLTHROUGH) {
                jump(b, i + 1 < ncase ? bodies[i + 1] : done);
                fell = true;
            } else
                stmt(b, s);
        }
        if (!fell)
            jump(b, done);
    }
    pop_loop(b);
    set_block(b, done);
}

/* gc's RewriteMultiValueCall: `return g()` and `f(g())` of a call with
 * several results first assign them to temporaries, named .autotmp_N where
 * N counts the function's declarations so far, and use those; -m=2 names
 * them.  Replaces the call's values in vals by the temporaries' (not in an
 * inlined body, whose declarations gc counts otherwise); with ret, also
 * lists their names there, as gc then prints the statement. */
/* Whether v is the temporary of a call's receiver not numbered yet
 * (among recv_tmps from index from on). */
static bool recv_tmp_pending(Builder *b, IrVar *v, int from) {
    for (int i = from; i < b->recv_tmps.len; i += 3)
        if (b->recv_tmps.data[i] == v)
            return true;
    return false;
}

/* A temporary gc's front end declares: .autotmp_N, N counting the
 * function's declarations so far. */
static IrVar *autotmp_var(Builder *b, Type *t, Pos pos) {
    int ndcl = b->pending_dcl + b->dead_dcl;
    for (int k = 0; k < b->fn->vars.len; k++) {
        IrVar *v = b->fn->vars.data[k];
        ndcl += !v->temp && !v->inlined && !recv_tmp_pending(b, v, 0);
    }
    IrVar *v = new_var(b, arena_printf(perm, ".autotmp_%d", ndcl), t, pos, NULL, VC_LOCAL);
    emit(b, IR_DECL, NULL, pos, 0)->var = v;
    return v;
}

static void autotmp_values(Builder *b, Pos pos, Vec *vals, Node *ret) {
    if (b->inl.len || vals->len < 2)
        return;
    for (int i = 0; i < vals->len; i++) {
        IrValue *x = vals->data[i];
        IrVar *t = autotmp_var(b, x->type, pos);
        emit(b, IR_STORE, NULL, pos, 2, var_addr(b, t, pos), x)->defining = true;
        vals->data[i] = emit(b, IR_LOAD, x->type, pos, 1, var_addr(b, t, pos));
        ((IrValue *)vals->data[i])->desc = t->name; /* a conversion of it is named by it */
        if (ret) {
            Node *name = ast_new(N_NAME, pos);
            name->name = t->name;
            vec_push(&ret->list, name);
        }
    }
}

/* return x, y: the values into the result variables. */
static void store_results(Builder *b, Node *n, Vec *results) {
    if (!n->list.len)
        return;
    int nr = results->len;
    Type *dst[64] = {0};
    for (int i = 0; i < nr && i < 64; i++)
        dst[i] = ((IrVar *)results->data[i])->type;
    Vec vals = {0};
    if (n->list.len == 1 && nr > 1) {
        Type *none[64] = {0};
        rhs_values(b, &n->list, nr, none, &vals, n->pos);
        Node *ret = ast_new(N_RETURN, n->pos);
        autotmp_values(b, n->pos, &vals, ret);
        /* converted where gc's front end is then: at the call */
        Pos at = ret->list.len ? ((Node *)n->list.data[0])->pos : n->pos;
        for (int i = 0; i < nr && i < vals.len; i++) {
            vals.data[i] = convert(b, vals.data[i], dst[i], n->list.data[0], at);
            if (((IrValue *)vals.data[i])->op == IR_CONVIFACE) /* after the call, in gc's walk */
                ((IrValue *)vals.data[i])->seq = b->seq++;
        }
        if (ret->list.len)
            n = ret;
    } else
        rhs_values(b, &n->list, nr, dst, &vals, n->pos);
    Node *as = NULL;
    if (b->inl.len) { /* in an inlined body gc assigns the results: `~R0 = x` */
        as = ast_new(N_ASSIGN, ((InlFrame *)b->inl.data[0])->pos);
        as->op = OP_NONE;
        for (int i = 0; i < nr; i++) {
            Node *nm = ast_new(N_NAME, as->pos);
            nm->name = ((IrVar *)results->data[i])->name;
            vec_push(&as->list, nm);
        }
        for (int i = 0; i < n->list.len; i++) {
            Node *x = n->list.data[i];
            IrValue *v = i < vals.len ? vals.data[i] : NULL;
            if (v && v->op == IR_CONVIFACE && v->desc && ir_foreign_package(v->node)) {
                /* imported code shows its implicit conversion: ~R0 = I(x) */
                Node *c = ast_new(N_CALL, x->pos);
                ir_set_call_text(c, v->desc);
                x = c;
            }
            vec_push(&as->list2, x);
        }
    }
    for (int i = 0; i < nr && i < vals.len; i++) {
        IrVar *r = results->data[i];
        IrValue *st = emit(b, IR_STORE, NULL, n->pos, 2, var_addr(b, r, n->pos), vals.data[i]);
        st->node = as ? as : n;
        st->note = as ? "assign-pair" : "return";
        st->defining = as && ((InlFrame *)vec_last(&b->inl))->delay;
    }
    free(vals.data);
}

/* ---- gc's dead code elimination (deadcode.Func), which runs before
 * escape analysis: an if whose condition is constant (after folding
 * `true && x` to x, `false || x` to x) keeps only the branch taken, and
 * when that branch ends in return or panic, the statements after the if
 * (and after the block's last label) are dropped. */

/* 1 or 0 for a constant condition, -1 otherwise. */
int ir_const_cond(Node *c) {
    c = ast_unparen(c);
    if (c->cval && c->cval->kind == CV_BOOL)
        return c->cval->b;
    if (c->kind == N_BINARY && (c->op == OP_LAND || c->op == OP_LOR)) {
        int x = ir_const_cond(c->a);
        if (x < 0)
            return -1;
        if (c->op == OP_LAND)
            return x ? ir_const_cond(c->b) : 0;
        return x ? 1 : ir_const_cond(c->b);
    }
    return -1;
}

static bool cuts_rest(Node *n) {
    if (n->kind != N_IF)
        return false;
    int k = ir_const_cond(n->b);
    if (k < 0)
        return false;
    Node *last = NULL;
    if (k && n->c->list.len)
        last = vec_last(&n->c->list);
    else if (!k && n->d)
        last = n->d->kind == N_BLOCK ? (n->d->list.len ? vec_last(&n->d->list) : NULL) : n->d;
    if (!last)
        return false;
    if (last->kind == N_RETURN)
        return true;
    if (last->kind != N_EXPRSTMT || ast_unparen(last->a)->kind != N_CALL)
        return false;
    Node *f = ast_unparen(ast_unparen(last->a)->a);
    return f->sym && f->sym->kind == SYM_BUILTIN && f->sym->builtin == BI_PANIC;
}

static void stmt_inner(Builder *b, Node *n);

/* A statement; the names dead code around it declared count for the
 * temporaries' numbers (not in an inlined body: gc copies it without
 * its dead code). */
static void stmt(Builder *b, Node *n) {
    bool own = b->inl.len == 0;
    if (own)
        b->dead_dcl += n->dcl_pre;
    stmt_inner(b, n);
    if (own)
        b->dead_dcl += n->dcl_post;
}

static void stmt_inner(Builder *b, Node *n) {
    int saved = enter(b, n);
    switch (n->kind) {
    case N_EMPTY:
        break;
    case N_BLOCK:
        block(b, n);
        break;
    case N_EXPRSTMT:
        rvalue(b, n->a);
        break;
    case N_DEFERSTMT:
    case N_GOSTMT: {
        /* the call, marked: gc evaluates its arguments now and runs it
         * later (escape analysis models the wrapper gc makes) */
        Node *c = ast_unparen(n->a);
        /* gc never inlines the deferred call itself (inline/ does not
         * choose it), only calls in its operands */
        IrValue *v = NULL;
        if (c->kind == N_CALL && ast_unparen(c->a)->sym && ast_unparen(c->a)->sym->kind == SYM_BUILTIN)
            v = defer_builtin(b, c);
        else if (c->kind == N_CALL) {
            Node *saved_deferred = b->deferred;
            b->deferred = c;
            v = rvalue(b, c);
            b->deferred = saved_deferred;
        }
        if (!v || v->op != IR_CALL) {
            unsupported(b, n, "defer and go of built-in functions");
            break;
        }
        v->ival = n->kind == N_DEFERSTMT ? 1 : 2;
        v->stmt = n;
        break;
    }
    case N_INCDEC: {
        Node *l = ast_unparen(n->a);
        if (l->kind == N_INDEX && ty_under(l->a->type)->kind == TY_MAP) {
            IrValue *m = rvalue(b, l->a);
            IrValue *k = rvalue_to(b, l->b, ty_under(l->a->type)->key, l->b->pos);
            IrValue *old = emit(b, IR_MAPGET, l->type, n->pos, 2, m, k);
            IrValue *one = const_one(b, l->type, n->pos);
            IrValue *st = emit(b, IR_MAPSET, NULL, n->pos, 3, m, k,
                               emit(b, n->op == OP_ADD ? IR_ADD : IR_SUB, l->type, n->pos, 2, old, one));
            st->node = n;
            st->addrof = l;
            st->note = "assign";
            break;
        }
        IrValue *a = addr(b, n->a);
        IrValue *old = emit(b, IR_LOAD, n->a->type, n->pos, 1, a);
        IrValue *one = const_one(b, n->a->type, n->pos);
        emit(b, IR_STORE, NULL, n->pos, 2, a,
             emit(b, n->op == OP_ADD ? IR_ADD : IR_SUB, n->a->type, n->pos, 2, old, one));
        break;
    }
    case N_ASSIGN:
        assign(b, n);
        break;
    case N_DEFINE:
        define(b, n);
        break;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++) {
            Node *d = n->list.data[i];
            if (d->kind != N_VARDECL)
                continue;
            int nl = d->list.len;
            Vec vals = {0};
            if (d->list2.len) {
                Type *dst[64] = {0};
                for (int j = 0; j < nl && j < 64; j++) {
                    Node *nm = d->list.data[j];
                    dst[j] = nm->sym ? nm->sym->type : NULL;
                }
                /* gc's varDecl starts at the declaration (its first name):
                 * constants move nothing */
                Pos conv = ((Node *)d->list.data[0])->pos;
                for (int j = 0; j < d->list2.len; j++)
                    last_pos(d->list2.data[j], &conv);
                b->conv_pos = conv;
                /* gc declares the names before it builds the values: the
                 * values' temporaries count them */
                int defined = 0;
                for (int j = 0; j < nl; j++)
                    defined += ((Node *)d->list.data[j])->sym != NULL;
                b->pending_dcl += defined;
                rhs_values(b, &d->list2, nl, dst, &vals, d->pos);
                b->pending_dcl -= defined;
            }
            /* gc's varDecl: an assignment per name (x = v) when there are
             * as many values as names, else one of them all; at the
             * declaration */
            Pos at = ((Node *)d->list.data[0])->pos;
            for (int j = 0; j < nl; j++) {
                Node *nm = d->list.data[j];
                if (!nm->sym)
                    continue;
                if (nl > 1 && d->list2.len == nl) {
                    Node *as = ast_new(N_ASSIGN, at);
                    vec_push(&as->list, nm);
                    vec_push(&as->list2, d->list2.data[j]);
                    declare_var_at(b, nm, vals.data[j], as, "assign", at);
                } else
                    declare_var_at(b, nm, vals.len ? vals.data[j] : NULL, d, assign_note(nl, &d->list2), at);
            }
            free(vals.data);
        }
        break;
    case N_RETURN: {
        if (b->inl.len) { /* inside an inlined body: to its result variables */
            InlFrame *fr = vec_last(&b->inl);
            store_results(b, n, &fr->results);
            jump(b, fr->end);
            break;
        }
        store_results(b, n, &b->fn->results);
        IrValue *r = emit(b, IR_RET, NULL, n->pos, 0);
        r->node = n;
        break;
    }
    case N_IF: {
        if (n->a)
            stmt(b, n->a);
        int k = ir_const_cond(n->b);
        if (k >= 0) { /* gc's dead code elimination: the branch taken only */
            if (k)
                block(b, n->c);
            else if (n->d)
                stmt(b, n->d);
            break;
        }
        IrBlock *then = new_block(b), *els = new_block(b), *done = n->d ? new_block(b) : els;
        cond_branch(b, n->b, then, els);
        set_block(b, then);
        block(b, n->c);
        jump(b, done);
        if (n->d) {
            set_block(b, els);
            stmt(b, n->d);
            jump(b, done);
        }
        set_block(b, done);
        break;
    }
    case N_FOR:
        for_stmt(b, n, NULL);
        break;
    case N_RANGE:
        range_stmt(b, n, NULL);
        break;
    case N_SWITCH:
        switch_stmt(b, n);
        break;
    case N_TYPESWITCH:
        type_switch(b, n);
        break;
    case N_SELECT:
        select_stmt(b, n);
        break;
    case N_SENDSTMT: {
        IrValue *c = rvalue(b, n->a);
        IrValue *v = rvalue_to(b, n->b, ty_under(n->a->type)->elem, n->b->pos);
        IrValue *s = emit(b, IR_SEND, NULL, n->pos, 2, c, v);
        s->node = n;
        break;
    }
    case N_LABELED: {
        GoLabel *l = golabel(b, n->name);
        jump(b, l->blk);
        set_block(b, l->blk);
        if (l->looping)
            b->loopdepth++; /* until the end of the enclosing block */
        if (n->a->kind == N_FOR)
            for_stmt(b, n->a, n->name);
        else if (n->a->kind == N_RANGE)
            range_stmt(b, n->a, n->name);
        else {
            b->next_label = n->name; /* for break L in a switch or select */
            stmt(b, n->a);
            b->next_label = NULL;
        }
        break;
    }
    case N_BRANCH: {
        if (n->op == OP_GOTO) {
            jump(b, golabel(b, n->name)->blk);
            break;
        }
        if (n->op != OP_BREAK && n->op != OP_CONTINUE) {
            unsupported(b, n, "goto");
            break;
        }
        Vec *targets = n->op == OP_BREAK ? &b->breaks : &b->continues;
        int k = targets->len - 1;
        if (n->name) {
            for (k = b->labels.len - 1; k >= 0; k--)
                if (b->labels.data[k] && strcmp(b->labels.data[k], n->name) == 0)
                    break;
        } else if (n->op == OP_CONTINUE) {
            while (k >= 0 && !targets->data[k])
                k--;
        }
        if (k < 0)
            ice("branch without target");
        jump(b, targets->data[k]);
        break;
    }
    default:
        unsupported(b, n, arena_printf(perm, "this statement (%s)", ast_kind_names[n->kind]));
    }
    b->curseq = saved;
}

static void block(Builder *b, Node *n) {
    int depth = b->loopdepth; /* a looping label deepens the rest of its block */
    int last_label = -1;
    for (int i = 0; i < n->list.len; i++)
        if (((Node *)n->list.data[i])->kind == N_LABELED)
            last_label = i;
    for (int i = 0; i < n->list.len; i++) {
        stmt(b, n->list.data[i]);
        if (i > last_label && cuts_rest(n->list.data[i]))
            break; /* gc drops what follows as dead code */
    }
    b->loopdepth = depth;
}

/* ---- functions and the program ---- */

/* The package's name in assembly symbols: its import path ("main" for
 * a command's). */
static const char *link_pkg(Builder *b) {
    Package *p = b->prog->pkg;
    return p && p->path ? p->path : "main";
}

/* The package's initialisation (the function ir_build makes, not a
 * declared init). */
static bool is_pkg_init(IrFunc *f) { return !f->sym && !f->outer && f->name && strcmp(f->name, "init") == 0; }

/* A function's IrFunc without its body: gc's names for it. */
static IrFunc *new_func(Sym *s) {
    IrFunc *f = NEW(IrFunc);
    f->sym = s;
    f->decl = s->decl;
    f->type = s->type;
    f->pos = s->pos;
    f->name = s->name;
    if (s->decl && s->decl->kind == N_FUNCDECL && s->decl->a && s->decl->a->type) {
        /* gc's method names: T.m, (*T).m */
        Type *rt = s->decl->a->type;
        if (rt->kind == TY_PTR)
            f->name = arena_printf(perm, "(*%s).%s", rt->elem->name, s->name);
        else
            f->name = arena_printf(perm, "%s.%s", rt->name, s->name);
    }
    f->linkname = arena_printf(perm, "%s.%s", s->pkg ? s->pkg : "main", f->name);
    return f;
}

static IrVar *extern_param(IrFunc *f, const char *name, Type *t, Pos pos, int index) {
    IrVar *v = NEW(IrVar);
    v->name = name;
    v->type = t;
    v->pos = pos;
    v->vclass = VC_PARAM;
    v->index = index;
    v->fn = f;
    v->leak_heap = -1;
    for (int k = 0; k < 8; k++)
        v->leak_result[k] = -1;
    vec_push(&f->params, v);
    vec_push(&f->vars, v);
    return v;
}

/* The parameters of a function whose body is not built, for its escape
 * summary (a method's receiver first). */
static void extern_params(IrFunc *f) {
    Sym *s = f->sym;
    Type *ft = s->type;
    if (s->decl && s->decl->kind == N_FUNCDECL && s->decl->a && s->decl->a->type) {
        Node *r = s->decl->a;
        extern_param(f, r->name ? r->name : "~p", r->type, r->pos, 0);
    }
    for (int i = 0; i < ft->params.len; i++) {
        Field *pf = ft->params.data[i];
        Pos pos = {0};
        if (s->decl && s->decl->kind == N_FUNCDECL && i < s->decl->b->list.len)
            pos = ((Node *)s->decl->b->list.data[i])->pos;
        extern_param(f, pf->name ? pf->name : arena_printf(perm, "~p%d", i), pf->type, pos, i);
    }
}

IrFunc *ir_extern_func(Sym *s) {
    IrFunc *f = new_func(s);
    f->external = true;
    extern_params(f);
    return f;
}

static IrFunc *func_of(Builder *b, Sym *s) {
    if (s->aux)
        return s->aux;
    IrFunc *f = new_func(s);
    /* a std function's go1.19 body (//minigo:body) is only for inlining:
     * its calls go to the runtime, its summary is std/'s */
    f->external = !s->decl || !s->decl->c || (s->pkgref && s->pkgref->is_std);
    s->aux = f;
    if (f->external) {
        extern_params(f);
        vec_push(&b->prog->externs, f);
    }
    return f;
}

static void build_func(Builder *b, IrFunc *f) {
    Node *d = f->decl;
    b->seq = 0;
    b->recv_tmps.len = 0;
    b->dead_dcl = 0;
    build_body(b, f, d->a, d->b, d->c);
    f->dead_dcl = b->dead_dcl;
}

/* A function's body: parameters (the receiver first), results, statements. */
static void build_body(Builder *b, IrFunc *f, Node *recv, Node *ft, Node *body) {
    b->fn = f;
    b->curseq = b->seq;
    b->loopdepth = 1;
    b->cur = new_block(b);
    b->golabels = (Vec){0};
    find_looping(b, body);
    Type *sig = ty_under(f->type);
    if (recv) { /* the receiver is the first parameter */
        Node *r = recv;
        IrVar *v = new_var(b, r->sym ? r->sym->name : "~p", r->type, r->pos, r->sym, VC_PARAM);
        vec_push(&f->params, v);
    }
    for (int i = 0; i < ft->list.len; i++) {
        Node *p = ft->list.data[i];
        Field *pf = sig->params.data[i];
        const char *name = p->name ? p->name : arena_printf(perm, "~p%d", i);
        IrVar *v = new_var(b, name, pf->type, p->pos, p->sym, VC_PARAM);
        v->index = f->params.len;
        vec_push(&f->params, v);
    }
    for (int i = 0; i < ft->list2.len; i++) {
        Node *r = ft->list2.data[i];
        Field *rf = sig->results.data[i];
        IrVar *v = new_var(b, r->sym ? r->sym->name : arena_printf(perm, "~r%d", i), rf->type,
                           r->pos, r->sym, VC_RESULT);
        v->index = i;
        vec_push(&f->results, v);
        IrValue *dv = emit(b, IR_DECL, NULL, r->pos, 0);
        dv->var = v;
    }
    block(b, body);
    if (b->cur)
        emit(b, IR_RET, NULL, body->pos2, 0);
}

/* defer or go of a built-in (print, println, recover, close, copy,
 * delete, panic): the arguments evaluated now (panic's converted to an
 * interface, as gc does there), passed to a function of the compiler's
 * (gc wraps such a call too) that makes the built-in call when the
 * deferred call runs.  Its parameters are unnamed, so escape analysis
 * reports nothing of it (it models the built-in at the call,
 * escape/godefer.c); it is emitted with the enclosing function's
 * literals. */
static IrValue *defer_builtin(Builder *b, Node *c) {
    int bi = ast_unparen(c->a)->sym->builtin;
    if ((bi != BI_PRINT && bi != BI_PRINTLN && bi != BI_RECOVER && bi != BI_CLOSE && bi != BI_COPY &&
         bi != BI_DELETE && bi != BI_PANIC) || c->flag)
        return NULL;
    Vec args = {0};
    for (int i = 0; i < c->list.len; i++) {
        Node *a = c->list.data[i];
        Pos conv = c->pos;
        if (bi == BI_PANIC)
            last_pos(c, &conv);
        vec_push(&args, bi == BI_PANIC ? rvalue_to(b, a, ir_empty_iface(), conv)
                        : a->type && ty_is_untyped(a->type) && a->type->kind != TY_UNTYPED_NIL
                            ? rvalue_to(b, a, ty_default(a->type), a->pos)
                            : rvalue(b, a));
    }
    IrFunc *outer = b->fn;
    IrFunc *w = NEW(IrFunc);
    w->defer_wrapper = true;
    w->pos = c->pos;
    w->name = arena_printf(perm, "%s.dwrap%d", outer->name, outer->closures.len + 1);
    w->linkname = arena_printf(perm, "%s.dwrap%d", outer->linkname, outer->closures.len + 1);
    Type *ft = ty_new(TY_FUNC);
    for (int i = 0; i < args.len; i++) {
        Field *f = NEW(Field);
        f->type = ((IrValue *)args.data[i])->type;
        vec_push(&ft->params, f);
    }
    w->type = ft;
    vec_push(&outer->closures, w);
    Builder saved = *b;
    b->fn = w;
    b->loopdepth = 1;
    b->cur = new_block(b);
    Vec wargs = {0};
    for (int i = 0; i < args.len; i++) {
        Type *t = ((IrValue *)args.data[i])->type;
        IrVar *p = new_var(b, arena_printf(perm, "~p%d", i), t, c->pos, NULL, VC_PARAM);
        p->index = i;
        vec_push(&w->params, p);
        vec_push(&wargs, emit(b, IR_LOAD, t, c->pos, 1, var_addr(b, p, c->pos)));
    }
    if (bi == BI_PANIC)
        emit(b, IR_PANIC, NULL, c->pos, 1, wargs.data[0])->node = c;
    else {
        Type *t = bi == BI_RECOVER ? ty_any : bi == BI_COPY ? ty_int : NULL;
        IrValue *bv = emitv(b, IR_BUILTIN, t, c->pos, &wargs);
        bv->ival = bi;
        bv->node = c;
        emit(b, IR_RET, NULL, c->pos, 0);
    }
    free(wargs.data);
    *b = saved;
    IrValue *call = emitv(b, IR_CALL, NULL, c->pos, &args);
    call->func = w;
    call->node = c;
    free(args.data);
    return call;
}

/* The parts of a package variable's initializer gc lays out statically
 * (its staticinit): composite literals other than maps, & of them, their
 * elements of that kind, function literals.  Their allocations are data,
 * not code, and escape analysis reports nothing of them; the rest (calls,
 * inlined bodies, maps, conversions of computed values) runs in init and
 * is reported as any code.  A constant there converted to an interface
 * (var Interrupt Signal = syscall.SIGINT) is static data too. */
static void static_parts(Node *r, Vec *out) {
    r = ast_unparen(r);
    if (r->cval) {
        vec_push(out, r);
        return;
    }
    switch (r->kind) {
    case N_FUNCLIT:
        vec_push(out, r);
        return;
    case N_UNARY:
        if (r->op == OP_ADDR && ast_unparen(r->a)->kind == N_COMPOSITE) {
            vec_push(out, r);
            static_parts(r->a, out);
        }
        return;
    case N_CALL: {
        /* []byte("constant"): gc lays the bytes out statically
         * (staticinit's OSTR2BYTES of a literal) */
        Node *f = ast_unparen(r->a);
        bool is_type = (f->sym && f->sym->kind == SYM_TYPE) || f->kind == N_SLICETYPE;
        Type *u = r->type ? ty_under(r->type) : NULL;
        if (is_type && r->list.len == 1 && u && u->kind == TY_SLICE && ty_under(u->elem)->kind == TY_UINT8 &&
            ast_unparen(r->list.data[0])->cval && ast_unparen(r->list.data[0])->cval->kind == CV_STRING)
            vec_push(out, r);
        return;
    }
    case N_COMPOSITE:
        if (r->type && ty_under(r->type)->kind == TY_MAP)
            return;
        vec_push(out, r);
        for (int i = 0; i < r->list.len; i++) {
            Node *e = r->list.data[i];
            static_parts(e->kind == N_KEYVAL ? e->b : e, out);
        }
        return;
    default:
        return;
    }
}

static int cmp_ptr(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
    return x < y ? -1 : x > y;
}

IrProgram *ir_build(Package *pkg, bool inlining, bool with_init) {
    IrProgram *p = NEW(IrProgram);
    p->pkg = pkg;
    Builder bb = {0}, *b = &bb;
    b->prog = p;
    b->inlining = inlining;
    ir_install_names();
    ir_cur_pkg = pkg;
    for (int i = 0; i < pkg->globals.len; i++) {
        Sym *s = pkg->globals.data[i];
        IrVar *v = NEW(IrVar);
        v->name = s->name;
        v->type = s->type;
        v->pos = s->pos;
        v->sym = s;
        v->vclass = VC_GLOBAL;
        v->leak_heap = -1;
        s->aux = v;
        vec_push(&p->globals, v);
    }
    int ninit = 0;
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        IrFunc *f = func_of(b, s);
        if (strcmp(s->name, "init") == 0 && !(s->decl && s->decl->a)) {
            f->linkname = arena_printf(perm, "%s.init.%d", link_pkg(b), i);
            f->name = arena_printf(perm, "init.%d", ninit++); /* gc's: init.0, init.1... */
        }
        vec_push(&p->funcs, f);
    }
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (!f->external)
            build_func(b, f);
    }
    if (!with_init)
        return p;
    /* package initialisation: variable initialisers, then init functions */
    IrFunc *init = NEW(IrFunc);
    init->name = "init";
    init->linkname = arena_printf(perm, "%s.init", link_pkg(b));
    init->type = ty_new(TY_FUNC);
    b->fn = init;
    b->seq = 0;
    b->loopdepth = 1;
    b->cur = new_block(b);
    Vec statics = {0}; /* of Node*: static_parts of the initializers */
    for (int i = 0; i < pkg->init_order.len; i++) {
        Node *d = pkg->init_order.data[i];
        int nl = d->list.len;
        Type *dst[64] = {0};
        for (int j = 0; j < nl && j < 64; j++)
            dst[j] = ((Node *)d->list.data[j])->sym->type;
        Vec vals = {0};
        for (int j = 0; j < d->list2.len; j++)
            static_parts(d->list2.data[j], &statics);
        rhs_values(b, &d->list2, nl, dst, &vals, d->pos);
        for (int j = 0; j < nl; j++) {
            Node *nm = d->list.data[j];
            if (strcmp(nm->name, "_") == 0)
                continue;
            IrVar *g = nm->sym->aux;
            IrValue *st = emit(b, IR_STORE, NULL, nm->pos, 2, var_addr(b, g, nm->pos), vals.data[j]);
            if (nl == 1 && d->list2.len == 1) { /* gc's init says `x = v` */
                Node *as = ast_new(N_ASSIGN, nm->pos);
                as->op = OP_NONE;
                vec_push(&as->list, nm);
                vec_push(&as->list2, d->list2.data[0]);
                st->node = as;
                st->note = "assign";
            }
        }
        free(vals.data);
    }
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.data[i];
        if (strcmp(f->sym->name, "init") == 0 && !f->sym->decl->a) {
            IrValue *c = emit(b, IR_CALL, NULL, f->pos, 0);
            c->func = f;
        }
    }
    emit(b, IR_RET, NULL, (Pos){0}, 0);
    /* by address, searched: unicode's tables have thousands of parts */
    if (statics.len)
        qsort(statics.data, statics.len, sizeof(void *), cmp_ptr);
    for (int i = 0; i < init->blocks.len; i++) {
        IrBlock *blk = init->blocks.data[i];
        for (int j = 0; j < blk->values.len; j++) {
            IrValue *v = blk->values.data[j];
            if (v->node && !v->inlined && statics.len && bsearch(&v->node, statics.data, statics.len, sizeof(void *), cmp_ptr))
                v->static_init = true;
        }
    }
    free(statics.data);
    p->init = init;
    return p;
}

bool ir_wrapper_builds_slice(IrValue *v, int i) {
    IrValue *x = i < v->nargs ? v->args[i] : NULL;
    if (!x || x->op != IR_SLICEHDR || x->args[0]->op != IR_NEW)
        return false;
    if (x->args[0]->desc)
        return true; /* the implicit ... array */
    Node *cn = v->node, *lit = x->args[0]->node;
    if (!cn || cn->kind != N_CALL || !lit || lit->kind != N_COMPOSITE)
        return false;
    for (int k = 0; k < cn->list.len; k++)
        if (ast_unparen(cn->list.data[k]) == lit)
            return true;
    return false;
}
