/* type.c — Go types: the predeclared ones, identity, predicates, layout,
 * printing (types2's notation for errors, gc's for -m, reflect's for %T). */
#include "types.h"

#include <string.h>

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint,
    *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32,
    *ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr,
    *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
    *ty_untyped_complex, *ty_untyped_string, *ty_untyped_nil, *ty_invalid, *ty_any,
    *ty_error, *ty_byte, *ty_rune;

const char *ty_local_pkg = "main";

Vec *iface_methods(Type *t); /* typexpr.c: an interface's complete method set */

Type *ty_new(TypeKind k) {
    Type *t = NEW(Type);
    t->kind = k;
    t->size = t->align = -1;
    return t;
}

static Type *basic(TypeKind k, const char *name, int64_t size) {
    Type *t = ty_new(k);
    t->name = name;
    t->size = size;
    t->align = size > 8 ? 8 : (size ? size : 1);
    return t;
}

void ty_init(void) {
    if (ty_int)
        return;
    ty_invalid = basic(TY_INVALID, "invalid type", 1);
    ty_bool = basic(TY_BOOL, "bool", 1);
    ty_int = basic(TY_INT, "int", 8);
    ty_int8 = basic(TY_INT8, "int8", 1);
    ty_int16 = basic(TY_INT16, "int16", 2);
    ty_int32 = basic(TY_INT32, "int32", 4);
    ty_int64 = basic(TY_INT64, "int64", 8);
    ty_uint = basic(TY_UINT, "uint", 8);
    ty_uint8 = basic(TY_UINT8, "uint8", 1);
    ty_uint16 = basic(TY_UINT16, "uint16", 2);
    ty_uint32 = basic(TY_UINT32, "uint32", 4);
    ty_uint64 = basic(TY_UINT64, "uint64", 8);
    ty_uintptr = basic(TY_UINTPTR, "uintptr", 8);
    ty_float32 = basic(TY_FLOAT32, "float32", 4);
    ty_float64 = basic(TY_FLOAT64, "float64", 8);
    ty_complex64 = basic(TY_COMPLEX64, "complex64", 8);
    ty_complex128 = basic(TY_COMPLEX128, "complex128", 16);
    ty_complex64->align = 4;
    ty_string = basic(TY_STRING, "string", 16);
    ty_string->align = 8;
    ty_unsafeptr = basic(TY_UNSAFEPTR, "unsafe.Pointer", 8);
    ty_byte = basic(TY_UINT8, "byte", 1);
    ty_rune = basic(TY_INT32, "rune", 4);
    ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1);
    ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 8);
    ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 4);
    ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 8);
    ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, "untyped complex", 16);
    ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 16);
    ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 8);

    ty_any = ty_new(TY_IFACE);
    ty_any->size = 16;
    ty_any->align = 8;
    ty_any->state = 1;

    /* type error interface { Error() string } */
    Type *sig = ty_new(TY_FUNC);
    Field *r = NEW(Field);
    r->type = ty_string;
    vec_push(&sig->results, r);
    Type *iface = ty_new(TY_IFACE);
    Field *m = NEW(Field);
    m->name = "Error";
    m->type = sig;
    vec_push(&iface->methods, m);
    vec_push(&iface->explicit_methods, m);
    iface->size = 16;
    iface->align = 8;
    iface->state = 1;
    ty_error = ty_new(TY_NAMED);
    ty_error->name = "error";
    ty_error->underlying = iface;
    ty_error->size = 16;
    ty_error->align = 8;
    ty_error->state = 1;
    sig->recv = NEW(Field);
    sig->recv->type = ty_error;
    Sym *ms = NEW(Sym);
    ms->kind = SYM_FUNC;
    ms->name = "Error";
    ms->type = sig;
    ms->resolve = 1;
    m->sym = ms;
}

Type *ty_ptr(Type *elem) {
    /* One pointer type per element type: a small hash table keyed by the
     * element's address. */
    enum { NBUCKETS = 4096 };
    static Vec *buckets[NBUCKETS];
    uintptr_t h = ((uintptr_t)elem >> 4) % NBUCKETS;
    Vec *bucket = buckets[h];
    if (bucket)
        for (int i = 0; i < bucket->len; i += 2)
            if (bucket->data[i] == elem)
                return bucket->data[i + 1];
    Type *t = ty_new(TY_PTR);
    t->elem = elem;
    t->size = t->align = 8;
    if (!bucket)
        bucket = buckets[h] = NEW(Vec);
    vec_push(bucket, elem);
    vec_push(bucket, t);
    return t;
}

Type *ty_slice(Type *elem) {
    Type *t = ty_new(TY_SLICE);
    t->elem = elem;
    t->size = 24;
    t->align = 8;
    return t;
}

Type *ty_under(Type *t) {
    int guard = 0;
    while (t && t->kind == TY_NAMED && guard++ < 1000)
        t = t->underlying ? t->underlying : ty_invalid;
    return t;
}

/* ---- identity ---- */

static bool identical(Type *a, Type *b, bool tags, int depth);

static bool same_name(const Field *x, const Field *y) {
    if ((x->name == NULL) != (y->name == NULL))
        return false;
    if (!x->name)
        return true;
    if (strcmp(x->name, y->name) != 0)
        return false;
    /* unexported names of different packages differ */
    if (x->pkg && y->pkg && strcmp(x->pkg, y->pkg) != 0)
        return false;
    return true;
}

static bool tuples_identical(Vec *a, Vec *b, bool tags, int depth) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++)
        if (!identical(((Field *)a->data[i])->type, ((Field *)b->data[i])->type, tags, depth))
            return false;
    return true;
}

static bool identical(Type *a, Type *b, bool tags, int depth) {
    if (a == b)
        return true;
    if (!a || !b || depth > 200)
        return false;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_PTR:
    case TY_SLICE:
        return identical(a->elem, b->elem, tags, depth + 1);
    case TY_ARRAY:
        return a->len == b->len && identical(a->elem, b->elem, tags, depth + 1);
    case TY_MAP:
        return identical(a->key, b->key, tags, depth + 1) && identical(a->elem, b->elem, tags, depth + 1);
    case TY_CHAN:
        return a->len == b->len && identical(a->elem, b->elem, tags, depth + 1);
    case TY_STRUCT:
        if (a->fields.len != b->fields.len)
            return false;
        for (int i = 0; i < a->fields.len; i++) {
            Field *x = a->fields.data[i], *y = b->fields.data[i];
            if (x->embedded != y->embedded || !same_name(x, y))
                return false;
            if (tags && ((x->tag ? x->tag : "")[0] || (y->tag ? y->tag : "")[0]) &&
                strcmp(x->tag ? x->tag : "", y->tag ? y->tag : "") != 0)
                return false;
            if (!identical(x->type, y->type, tags, depth + 1))
                return false;
        }
        return true;
    case TY_TUPLE:
        return tuples_identical(&a->fields, &b->fields, tags, depth + 1);
    case TY_FUNC:
        return a->variadic == b->variadic && tuples_identical(&a->params, &b->params, tags, depth + 1) &&
               tuples_identical(&a->results, &b->results, tags, depth + 1);
    case TY_IFACE: {
        /* interfaces may refer to themselves through their methods
         * (interface{ F() interface{ I } }): a pair already being compared
         * is assumed identical, as types2's ifacePair stack does */
        static const void *pairs[2 * 256];
        static int npairs;
        for (int i = 0; i < npairs; i += 2)
            if ((pairs[i] == a && pairs[i + 1] == b) || (pairs[i] == b && pairs[i + 1] == a))
                return true;
        Vec *am = iface_methods(a), *bm = iface_methods(b);
        if (am->len != bm->len)
            return false;
        if (npairs >= 2 * 256)
            return false;
        pairs[npairs++] = a;
        pairs[npairs++] = b;
        bool ok = true;
        for (int i = 0; i < am->len && ok; i++) {
            Field *x = am->data[i], *y = bm->data[i];
            if (!same_name(x, y) || !identical(x->type, y->type, tags, depth + 1))
                ok = false;
        }
        npairs -= 2;
        return ok;
    }
    case TY_NAMED:
        return false;
    default:
        /* basic types: byte is uint8, rune is int32 */
        return true;
    }
}

bool ty_identical(Type *a, Type *b) { return identical(a, b, true, 0); }
bool ty_identical_ignore_tags(Type *a, Type *b) { return identical(a, b, false, 0); }

/* ---- predicates ---- */

bool ty_is_untyped(Type *t) { return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

static TypeKind ukind(Type *t) {
    t = ty_under(t);
    return t ? t->kind : TY_INVALID;
}

bool ty_is_basic(Type *t) {
    TypeKind k = ukind(t);
    return k <= TY_UNTYPED_NIL;
}

bool ty_is_integer(Type *t) {
    TypeKind k = ukind(t);
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool ty_is_unsigned(Type *t) {
    TypeKind k = ukind(t);
    return k >= TY_UINT && k <= TY_UINTPTR;
}

bool ty_is_float(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool ty_is_complex(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_COMPLEX64 || k == TY_COMPLEX128 || k == TY_UNTYPED_COMPLEX;
}

bool ty_is_numeric(Type *t) { return ty_is_integer(t) || ty_is_float(t) || ty_is_complex(t); }

bool ty_is_string(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool ty_is_bool(Type *t) {
    TypeKind k = ukind(t);
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool ty_is_pointer(Type *t) { return ukind(t) == TY_PTR; }
bool ty_is_iface(Type *t) { return ukind(t) == TY_IFACE; }

bool ty_is_ordered(Type *t) { return ty_is_integer(t) || ty_is_float(t) || ty_is_string(t); }

bool ty_is_const_type(Type *t) {
    return ty_is_bool(t) || ty_is_numeric(t) || ty_is_string(t);
}

bool ty_has_nil(Type *t) {
    switch (ukind(t)) {
    case TY_UNSAFEPTR: case TY_SLICE: case TY_PTR: case TY_FUNC: case TY_MAP: case TY_CHAN:
    case TY_IFACE:
        return true;
    default:
        return false;
    }
}

static bool comparable(Type *t, int depth) {
    Type *u = ty_under(t);
    if (depth > 100)
        return true;
    switch (u->kind) {
    case TY_UNTYPED_NIL: case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
        return false;
    case TY_STRUCT:
        for (int i = 0; i < u->fields.len; i++)
            if (!comparable(((Field *)u->fields.data[i])->type, depth + 1))
                return false;
        return true;
    case TY_ARRAY:
        return comparable(u->elem, depth + 1);
    default:
        return true;
    }
}

bool ty_comparable(Type *t) { return comparable(t, 0); }

bool ty_has_pointers(Type *t) {
    t = ty_under(t);
    switch (t->kind) {
    case TY_STRING: case TY_UNTYPED_STRING: case TY_PTR: case TY_SLICE: case TY_MAP:
    case TY_CHAN: case TY_FUNC: case TY_IFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
        return true;
    case TY_ARRAY:
        return t->len > 0 && ty_has_pointers(t->elem);
    case TY_STRUCT:
    case TY_TUPLE:
        for (int i = 0; i < t->fields.len; i++)
            if (ty_has_pointers(((Field *)t->fields.data[i])->type))
                return true;
        return false;
    default:
        return false;
    }
}

Type *ty_default(Type *t) {
    if (!t)
        return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return ty_bool;
    case TY_UNTYPED_INT: return ty_int;
    case TY_UNTYPED_RUNE: return ty_rune;
    case TY_UNTYPED_FLOAT: return ty_float64;
    case TY_UNTYPED_COMPLEX: return ty_complex128;
    case TY_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

/* ---- layout (gc's gcSizes for amd64) ---- */

void ty_layout(Type *t) {
    if (t->size >= 0)
        return;
    switch (t->kind) {
    case TY_NAMED: {
        Type *u = ty_under(t);
        t->size = 0; /* a (broken) cycle ends here */
        t->align = 1;
        ty_layout(u);
        t->size = u->size;
        t->align = u->align;
        return;
    }
    case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        t->size = t->align = 8;
        return;
    case TY_SLICE:
        t->size = 24;
        t->align = 8;
        return;
    case TY_IFACE:
        t->size = 16;
        t->align = 8;
        return;
    case TY_ARRAY:
        t->size = 0;
        t->align = 1;
        ty_layout(t->elem);
        t->size = t->len > 0 ? t->elem->size * t->len : 0;
        t->align = t->elem->align;
        return;
    case TY_STRUCT:
    case TY_TUPLE: {
        t->size = 0;
        t->align = 1;
        int64_t off = 0, align = 1;
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            ty_layout(f->type);
            int64_t a = f->type->align;
            if (a < 1)
                a = 1;
            off = (off + a - 1) / a * a;
            f->offset = off;
            off += f->type->size;
            if (a > align)
                align = a;
        }
        /* Go pads a struct ending in a zero-size field so that a pointer
         * to that field cannot point past the object. */
        if (t->fields.len && off > 0 && ((Field *)vec_last(&t->fields))->type->size == 0)
            off++;
        t->size = (off + align - 1) / align * align;
        t->align = align;
        return;
    }
    default:
        if (t->kind <= TY_UNTYPED_NIL) {
            t->size = 8;
            t->align = 8;
            return;
        }
        ice("ty_layout of kind %d", t->kind);
    }
}

int64_t ty_size(Type *t) {
    ty_layout(t);
    return t->size;
}

int64_t ty_align(Type *t) {
    ty_layout(t);
    return t->align;
}

/* ---- printing ---- */

/* A package's name from its path: the last element, except for another
 * package of the program, whose package clause may say otherwise. */
const char *ty_pkg_name(const char *path) {
    for (int i = 0; i < ty_source_imports.len; i++) {
        Package *p = ty_source_imports.data[i];
        if (strcmp(p->path, path) == 0)
            return p->name;
    }
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}


/* types2's TypeString with the compiler's qualifier. */
static void tprint(StrBuf *b, Type *t, int depth);

static void tuple_print(StrBuf *b, Vec *fs, bool variadic, int depth) {
    sb_putc(b, '(');
    for (int i = 0; i < fs->len; i++) {
        Field *f = fs->data[i];
        if (i)
            sb_puts(b, ", ");
        if (f->name && f->name[0])
            sb_printf(b, "%s ", f->name);
        if (variadic && i == fs->len - 1 && f->type->kind == TY_SLICE) {
            sb_puts(b, "...");
            tprint(b, f->type->elem, depth + 1);
        } else
            tprint(b, f->type, depth + 1);
    }
    sb_putc(b, ')');
}

static void sig_print(StrBuf *b, Type *t, int depth) {
    tuple_print(b, &t->params, t->variadic, depth);
    if (t->results.len == 0)
        return;
    sb_putc(b, ' ');
    Field *r0 = t->results.data[0];
    if (t->results.len == 1 && !(r0->name && r0->name[0])) {
        tprint(b, r0->type, depth + 1);
        return;
    }
    tuple_print(b, &t->results, false, depth);
}

static void tprint(StrBuf *b, Type *t, int depth) {
    if (!t) {
        sb_puts(b, "<nil>");
        return;
    }
    if (depth > 50) {
        sb_puts(b, "...");
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        if (t->pkg && strcmp(t->pkg, ty_local_pkg) != 0)
            sb_printf(b, "%s.", ty_pkg_name(t->pkg));
        sb_puts(b, t->name);
        return;
    case TY_PTR:
        sb_putc(b, '*');
        tprint(b, t->elem, depth + 1);
        return;
    case TY_SLICE:
        sb_puts(b, "[]");
        tprint(b, t->elem, depth + 1);
        return;
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        tprint(b, t->elem, depth + 1);
        return;
    case TY_MAP:
        sb_puts(b, "map[");
        tprint(b, t->key, depth + 1);
        sb_putc(b, ']');
        tprint(b, t->elem, depth + 1);
        return;
    case TY_CHAN: {
        bool parens = false;
        if (t->len == CHAN_RECV)
            sb_puts(b, "<-chan ");
        else if (t->len == CHAN_SEND)
            sb_puts(b, "chan<- ");
        else {
            sb_puts(b, "chan ");
            parens = t->elem->kind == TY_CHAN && t->elem->len == CHAN_RECV;
        }
        if (parens)
            sb_putc(b, '(');
        tprint(b, t->elem, depth + 1);
        if (parens)
            sb_putc(b, ')');
        return;
    }
    case TY_STRUCT:
        sb_puts(b, "struct{");
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            if (i)
                sb_puts(b, "; ");
            if (!f->embedded)
                sb_printf(b, "%s ", f->name);
            tprint(b, f->type, depth + 1);
            if (f->tag && f->tag[0]) {
                sb_putc(b, ' ');
                cv_quote(b, f->tag, (int64_t)strlen(f->tag));
            }
        }
        sb_putc(b, '}');
        return;
    case TY_FUNC:
        sb_puts(b, "func");
        sig_print(b, t, depth);
        return;
    case TY_IFACE: {
        if (t == ty_any) {
            sb_puts(b, "any");
            return;
        }
        sb_puts(b, "interface{");
        bool first = true;
        Vec *ms = t->explicit_methods.len || t->embeddeds.len ? &t->explicit_methods : &t->methods;
        for (int i = 0; i < ms->len; i++) {
            Field *f = ms->data[i];
            if (!first)
                sb_puts(b, "; ");
            first = false;
            sb_puts(b, f->name);
            sig_print(b, f->type, depth);
        }
        if (ms == &t->explicit_methods)
            for (int i = 0; i < t->embeddeds.len; i++) {
                if (!first)
                    sb_puts(b, "; ");
                first = false;
                tprint(b, t->embeddeds.data[i], depth + 1);
            }
        sb_putc(b, '}');
        return;
    }
    case TY_TUPLE:
        tuple_print(b, &t->fields, false, depth);
        return;
    default:
        sb_puts(b, t->name ? t->name : "?");
    }
}

void ty_print(StrBuf *b, Type *t) { tprint(b, t, 0); }

const char *ty_str(Type *t) {
    StrBuf b = {0};
    ty_print(&b, t);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

/* gc's notation (cmd/compile/internal/types/fmt.go): -m output
 * (GC_LOCAL: the package compiled prints its names bare), the run-time
 * names of %T and type descriptors (GC_RUNTIME: every named type with its
 * package; byte and rune as the types they stand for, uint8 and int32),
 * and the link notation of shape names (GC_LINK: named types and
 * unexported fields by their package's path). */
typedef enum { GC_LOCAL, GC_RUNTIME, GC_LINK } GcMode;

static void gcprint(StrBuf *b, Type *t, GcMode qualify, int depth) {
    if (depth > 50) {
        sb_puts(b, "...");
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        if (qualify == GC_LINK) {
            if (t->pkg && !t->shape)
                sb_printf(b, "%s.", t->pkg);
            sb_puts(b, t->name);
        } else if (qualify && t->pkg)
            sb_printf(b, "%s.%s", ty_pkg_qual(t->pkg), t->name);
        else if (t->pkg && strcmp(t->pkg, ty_local_pkg) != 0)
            sb_printf(b, "%s.%s", ty_pkg_qual(t->pkg), t->name);
        else
            sb_puts(b, t->name);
        return;
    case TY_PTR:
        sb_putc(b, '*');
        gcprint(b, t->elem, qualify, depth + 1);
        return;
    case TY_SLICE:
        sb_puts(b, "[]");
        gcprint(b, t->elem, qualify, depth + 1);
        return;
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        gcprint(b, t->elem, qualify, depth + 1);
        return;
    case TY_MAP:
        sb_puts(b, "map[");
        gcprint(b, t->key, qualify, depth + 1);
        sb_putc(b, ']');
        gcprint(b, t->elem, qualify, depth + 1);
        return;
    case TY_CHAN:
        sb_puts(b, t->len == CHAN_RECV ? "<-chan " : t->len == CHAN_SEND ? "chan<- " : "chan ");
        if (t->len == CHAN_BOTH && t->elem->kind == TY_CHAN && t->elem->len == CHAN_RECV) {
            sb_putc(b, '(');
            gcprint(b, t->elem, qualify, depth + 1);
            sb_putc(b, ')');
        } else
            gcprint(b, t->elem, qualify, depth + 1);
        return;
    case TY_STRUCT:
        sb_puts(b, "struct {");
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            sb_puts(b, i ? "; " : " ");
            if (!f->embedded) {
                if (qualify == GC_LINK && f->pkg)
                    sb_printf(b, "%s.", f->pkg);
                sb_printf(b, "%s ", f->name);
            }
            gcprint(b, f->type, qualify, depth + 1);
            if (f->tag && f->tag[0]) {
                sb_putc(b, ' ');
                cv_quote(b, f->tag, (int64_t)strlen(f->tag));
            }
        }
        sb_puts(b, t->fields.len ? " }" : "}");
        return;
    case TY_FUNC:
        sb_puts(b, "func(");
        for (int i = 0; i < t->params.len; i++) {
            Field *f = t->params.data[i];
            if (i)
                sb_puts(b, ", ");
            if (t->variadic && i == t->params.len - 1 && f->type->kind == TY_SLICE) {
                sb_puts(b, "...");
                gcprint(b, f->type->elem, qualify, depth + 1);
            } else
                gcprint(b, f->type, qualify, depth + 1);
        }
        sb_putc(b, ')');
        if (t->results.len == 1) {
            sb_putc(b, ' ');
            gcprint(b, ((Field *)t->results.data[0])->type, qualify, depth + 1);
        } else if (t->results.len > 1) {
            sb_puts(b, " (");
            for (int i = 0; i < t->results.len; i++) {
                if (i)
                    sb_puts(b, ", ");
                gcprint(b, ((Field *)t->results.data[i])->type, qualify, depth + 1);
            }
            sb_putc(b, ')');
        }
        return;
    case TY_IFACE: {
        if (t == ty_any && !qualify) {
            sb_puts(b, "any");
            return;
        }
        sb_puts(b, "interface {");
        Vec *ms = iface_methods(t);
        for (int i = 0; i < ms->len; i++) {
            Field *f = ms->data[i];
            sb_printf(b, "%s%s", i ? "; " : " ", f->name);
            StrBuf sig = {0};
            gcprint(&sig, f->type, qualify, depth + 1);
            sb_puts(b, sb_str(&sig) + 4); /* drop "func" */
            sb_free(&sig);
        }
        sb_puts(b, ms->len ? " }" : "}");
        return;
    }
    case TY_TUPLE:
        sb_putc(b, '(');
        for (int i = 0; i < t->fields.len; i++) {
            if (i)
                sb_puts(b, ", ");
            gcprint(b, ((Field *)t->fields.data[i])->type, qualify, depth + 1);
        }
        sb_putc(b, ')');
        return;
    default:
        if (qualify == GC_RUNTIME && (t == ty_byte || t == ty_rune))
            sb_puts(b, t == ty_byte ? "uint8" : "int32");
        else
            sb_puts(b, t->name ? t->name : "?");
    }
}

const char *ty_gcstr(Type *t) {
    StrBuf b = {0};
    gcprint(&b, t, GC_LOCAL, 0);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

const char *ty_rtname(Type *t) {
    StrBuf b = {0};
    gcprint(&b, t, GC_RUNTIME, 0);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

void ty_print_link(StrBuf *b, Type *t) { gcprint(b, t, GC_LINK, 0); }

bool ty_direct_iface(Type *t) {
    Type *u = ty_under(t);
    switch (u->kind) {
    case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY:
        return u->len == 1 && ty_direct_iface(u->elem);
    case TY_STRUCT:
        return u->fields.len == 1 && ty_direct_iface(((Field *)u->fields.data[0])->type);
    default:
        return false;
    }
}
