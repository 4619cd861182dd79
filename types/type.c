/* type.c — Go types: the predeclared ones, identity, layout, printing. */
#include "types.h"

#include <string.h>

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint,
    *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32,
    *ty_float64, *ty_complex64, *ty_complex128, *ty_string, *ty_unsafeptr,
    *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
    *ty_untyped_string, *ty_untyped_nil, *ty_invalid, *ty_any, *ty_error;

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
    ty_invalid = basic(TY_INVALID, "invalid type", 0);
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
    ty_untyped_bool = basic(TY_UNTYPED_BOOL, "untyped bool", 1);
    ty_untyped_int = basic(TY_UNTYPED_INT, "untyped int", 8);
    ty_untyped_rune = basic(TY_UNTYPED_RUNE, "untyped rune", 4);
    ty_untyped_float = basic(TY_UNTYPED_FLOAT, "untyped float", 8);
    ty_untyped_string = basic(TY_UNTYPED_STRING, "untyped string", 16);
    ty_untyped_nil = basic(TY_UNTYPED_NIL, "untyped nil", 8);

    ty_any = ty_new(TY_IFACE);
    ty_any->name = "any";  /* printed as gc prints the alias */
    ty_any->size = 16;
    ty_any->align = 8;

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
    iface->size = 16;
    iface->align = 8;
    ty_error = ty_new(TY_NAMED);
    ty_error->name = "error";
    ty_error->underlying = iface;
    ty_error->size = 16;
    ty_error->align = 8;
}

Type *ty_ptr(Type *elem) {
    /* One pointer type per element type, cached on the element. */
    static Vec cache_keys, cache_vals;
    for (int i = 0; i < cache_keys.len; i++)
        if (cache_keys.data[i] == elem)
            return cache_vals.data[i];
    Type *t = ty_new(TY_PTR);
    t->elem = elem;
    t->size = t->align = 8;
    vec_push(&cache_keys, elem);
    vec_push(&cache_vals, t);
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
    while (t && t->kind == TY_NAMED)
        t = t->underlying;
    return t;
}

static bool fields_identical(Vec *a, Vec *b, bool names) {
    if (a->len != b->len)
        return false;
    for (int i = 0; i < a->len; i++) {
        Field *x = a->data[i], *y = b->data[i];
        if (names && ((x->name == NULL) != (y->name == NULL) ||
                      (x->name && strcmp(x->name, y->name) != 0) || x->embedded != y->embedded))
            return false;
        if (!ty_identical(x->type, y->type))
            return false;
    }
    return true;
}

bool ty_identical(Type *a, Type *b) {
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_PTR:
    case TY_SLICE:
        return ty_identical(a->elem, b->elem);
    case TY_ARRAY:
        return a->len == b->len && ty_identical(a->elem, b->elem);
    case TY_MAP:
        return ty_identical(a->key, b->key) && ty_identical(a->elem, b->elem);
    case TY_CHAN:
        return a->len == b->len && ty_identical(a->elem, b->elem);
    case TY_STRUCT:
        return fields_identical(&a->fields, &b->fields, true);
    case TY_TUPLE:
        return fields_identical(&a->fields, &b->fields, false);
    case TY_FUNC:
        return a->variadic == b->variadic && fields_identical(&a->params, &b->params, false) &&
               fields_identical(&a->results, &b->results, false);
    case TY_IFACE:
        return fields_identical(&a->methods, &b->methods, true);
    default:
        return false; /* basic and named types are identical only to themselves */
    }
}

bool ty_is_untyped(Type *t) { return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL; }

bool ty_is_integer(Type *t) {
    t = ty_under(t);
    return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
                 t->kind == TY_UNTYPED_RUNE);
}

bool ty_is_numeric(Type *t) {
    t = ty_under(t);
    return t && ((t->kind >= TY_INT && t->kind <= TY_COMPLEX128) ||
                 (t->kind >= TY_UNTYPED_INT && t->kind <= TY_UNTYPED_FLOAT));
}

bool ty_is_string(Type *t) {
    t = ty_under(t);
    return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool ty_is_bool(Type *t) {
    t = ty_under(t);
    return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool ty_is_pointer(Type *t) {
    t = ty_under(t);
    return t && t->kind == TY_PTR;
}

bool ty_is_iface(Type *t) {
    t = ty_under(t);
    return t && t->kind == TY_IFACE;
}

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

void ty_layout(Type *t) {
    if (t->size >= 0)
        return;
    switch (t->kind) {
    case TY_NAMED:
        ty_layout(t->underlying);
        t->size = t->underlying->size;
        t->align = t->underlying->align;
        return;
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
        ty_layout(t->elem);
        t->size = t->elem->size * t->len;
        t->align = t->elem->align;
        return;
    case TY_STRUCT:
    case TY_TUPLE: {
        int64_t off = 0, align = 1;
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            ty_layout(f->type);
            int64_t a = f->type->align;
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

static void print_fields(StrBuf *b, Vec *fs) {
    for (int i = 0; i < fs->len; i++) {
        Field *f = fs->data[i];
        if (i)
            sb_puts(b, ", ");
        ty_print(b, f->type);
    }
}

/* gc's notation (types/fmt.go), for diagnostics. */
static void print_type(StrBuf *b, Type *t, bool qualify) {
    switch (t->kind) {
    case TY_NAMED:
        if (qualify && t->pkg && strcmp(t->pkg, "main") != 0)
            sb_printf(b, "%s.%s", t->pkg, t->name);
        else if (qualify && t->pkg)
            sb_printf(b, "main.%s", t->name);
        else if (t->pkg && strcmp(t->pkg, "main") != 0)
            sb_printf(b, "%s.%s", t->pkg, t->name);
        else
            sb_puts(b, t->name);
        return;
    case TY_PTR:
        sb_putc(b, '*');
        print_type(b, t->elem, qualify);
        return;
    case TY_SLICE:
        sb_puts(b, "[]");
        print_type(b, t->elem, qualify);
        return;
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        print_type(b, t->elem, qualify);
        return;
    case TY_MAP:
        sb_puts(b, "map[");
        print_type(b, t->key, qualify);
        sb_putc(b, ']');
        print_type(b, t->elem, qualify);
        return;
    case TY_CHAN:
        sb_puts(b, t->len == 2 ? "<-chan " : t->len == 1 ? "chan<- " : "chan ");
        print_type(b, t->elem, qualify);
        return;
    case TY_STRUCT:
        sb_puts(b, "struct {");
        for (int i = 0; i < t->fields.len; i++) {
            Field *f = t->fields.data[i];
            sb_puts(b, i ? "; " : " ");
            if (!f->embedded)
                sb_printf(b, "%s ", f->name);
            print_type(b, f->type, qualify);
        }
        sb_puts(b, t->fields.len ? " }" : "}");
        return;
    case TY_FUNC:
        sb_puts(b, "func(");
        for (int i = 0; i < t->params.len; i++) {
            Field *f = t->params.data[i];
            if (i)
                sb_puts(b, ", ");
            if (t->variadic && i == t->params.len - 1) {
                sb_puts(b, "...");
                print_type(b, f->type->elem, qualify);
            } else
                print_type(b, f->type, qualify);
        }
        sb_putc(b, ')');
        if (t->results.len == 1) {
            sb_putc(b, ' ');
            print_type(b, ((Field *)t->results.data[0])->type, qualify);
        } else if (t->results.len > 1) {
            sb_puts(b, " (");
            print_fields(b, &t->results);
            sb_putc(b, ')');
        }
        return;
    case TY_IFACE:
        if (t == ty_any) {
            sb_puts(b, qualify ? "interface {}" : "any");
            return;
        }
        sb_puts(b, "interface {");
        for (int i = 0; i < t->methods.len; i++) {
            Field *f = t->methods.data[i];
            sb_printf(b, "%s%s", i ? "; " : " ", f->name);
            StrBuf sig = {0};
            print_type(&sig, f->type, qualify);
            sb_puts(b, sb_str(&sig) + 4); /* drop "func" */
            sb_free(&sig);
        }
        sb_puts(b, t->methods.len ? " }" : "}");
        return;
    case TY_TUPLE:
        sb_putc(b, '(');
        print_fields(b, &t->fields);
        sb_putc(b, ')');
        return;
    default:
        sb_puts(b, t->name ? t->name : "?");
    }
}

void ty_print(StrBuf *b, Type *t) { print_type(b, t, false); }

const char *ty_str(Type *t) {
    StrBuf b = {0};
    ty_print(&b, t);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

const char *ty_rtname(Type *t) {
    StrBuf b = {0};
    print_type(&b, t, true);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}
