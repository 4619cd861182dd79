/* data.c — everything codegen emits besides code: symbol names, the type
 * descriptors of rt.h (RtType, RtField), string data, read-only boxes of
 * constants, the globals, and two runtime-shaped statics (zero bytes and
 * Go's staticuint64s table, used by CONVIFACE as Go's runtime uses them).
 *
 * Descriptors are requested while functions are emitted and written at the
 * end; writing one may request others (element and field types), so the
 * list is walked until it stops growing.  They are local symbols labelled
 * "type.NAME" (NAME as ty_rtname prints it, mangled by cg_sym); two types
 * that print alike but are not identical (types local to different
 * functions) get "type.NAME.1", "type.NAME.2"...
 */
#include <string.h>

#include "../runtime/rt.h"
#include "cg.h"

typedef struct CgDesc {
    Type *t;
    const char *label;  /* mangled */
    const char *raw;    /* unmangled, for collisions */
} CgDesc;

typedef struct CgStr {
    const char *s;
    int64_t len;
    const char *label;
} CgStr;

typedef struct CgBox {
    const char *label;
    bool is_string;
    const char *sdata;  /* string: the label of its bytes (NULL when empty) */
    int64_t len;        /* string: its length */
    int64_t ival, size; /* integer: value and width */
} CgBox;

/* ---- output ---- */

/* Splits "movq A, B" (no other comma: register or simple memory operands)
 * into its operands; false for anything else. */
static bool split_movq(const char *s, size_t n, const char **a, size_t *alen, const char **b,
                       size_t *blen) {
    if (n < 6 || memcmp(s, "movq ", 5) != 0)
        return false;
    const char *c = memchr(s + 5, ',', n - 5);
    if (!c || memchr(c + 1, ',', (size_t)(s + n - c - 1)) || c + 2 > s + n || c[1] != ' ')
        return false;
    *a = s + 5, *alen = (size_t)(c - s - 5);
    *b = c + 2, *blen = (size_t)(s + n - c - 2);
    return *alen > 0 && *blen > 0;
}

/* One instruction, through a one-instruction peephole that removes the
 * naive code's commonest waste: a value stored to its slot and loaded back
 * at once.  After "movq %R, M", "movq M, %R" is dropped (the register still
 * holds it) and "movq M, %S" becomes "movq %R, %S".  A label in between
 * (raw text) breaks the pattern, so a jump into it stays correct. */
void cg_ins(CG *cg, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t start = cg->out->len;
    sb_putc(cg->out, '\t');
    sb_vprintf(cg->out, fmt, ap);
    va_end(ap);
    size_t last = cg->last;
    cg->last = start;
    if (last != (size_t)-1 && last < start) {
        const char *pa, *pb, *na, *nb;
        size_t pal, pbl, nal, nbl;
        const char *prev = cg->out->data + last + 1, *cur = cg->out->data + start + 1;
        size_t prevlen = start - last - 2, curlen = cg->out->len - start - 1;
        if (split_movq(prev, prevlen, &pa, &pal, &pb, &pbl) && split_movq(cur, curlen, &na, &nal, &nb, &nbl) &&
            pa[0] == '%' && pb[0] != '%' && pb[0] != '$' && nal == pbl && memcmp(na, pb, pbl) == 0 && nb[0] == '%' &&
            memchr(pb, '(', pbl) && !memmem(pb, pbl, nb, nbl)) {
            if (nbl == pal && memcmp(nb, pa, pal) == 0) {
                cg->out->len = start; /* drop it */
                cg->last = last;
                return;
            }
            char reg[16], dst[16];
            if (pal < sizeof reg && nbl < sizeof dst) {
                memcpy(reg, pa, pal), reg[pal] = 0;
                memcpy(dst, nb, nbl), dst[nbl] = 0;
                cg->out->len = start;
                sb_printf(cg->out, "\tmovq %s, %s", reg, dst);
            }
        }
    }
    sb_putc(cg->out, '\n');
}

void cg_raw(CG *cg, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(cg->out, fmt, ap);
    va_end(ap);
    cg->last = (size_t)-1;
}

/* ---- symbols ---- */

static bool plain_char(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c == '.';
}

const char *cg_sym(const char *name) {
    bool plain = name[0] != 0 && !(name[0] >= '0' && name[0] <= '9');
    for (const char *p = name; *p && plain; p++)
        plain = plain_char((unsigned char)*p);
    if (plain)
        return name;
    StrBuf b = {0};
    sb_putc(&b, '"');
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = *p;
        if (c < 0x20 || c >= 0x7f || c == '{' || c == '}' || c == '"' || c == '\\' || c == '%')
            sb_printf(&b, "%%%02X", c);
        else
            sb_putc(&b, (char)c);
    }
    sb_putc(&b, '"');
    const char *r = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return r;
}

const char *cg_func_sym(IrFunc *f) {
    if (f->linkname)
        return cg_sym(f->linkname);
    return cg_sym(arena_printf(perm, "main.%s", f->name));
}

/* ---- types ---- */

Type *cg_concrete(Type *t) {
    if (!t)
        ice("codegen: value without a type");
    switch (t->kind) {
    case TY_UNTYPED_BOOL: t = ty_bool; break;
    case TY_UNTYPED_INT: t = ty_int; break;
    case TY_UNTYPED_RUNE: t = ty_int32; break;
    case TY_UNTYPED_FLOAT: t = ty_float64; break;
    case TY_UNTYPED_COMPLEX: t = ty_complex128; break;
    case TY_UNTYPED_STRING: t = ty_string; break;
    case TY_UNTYPED_NIL: t = ty_unsafeptr; break;
    default: break;
    }
    if (t->kind != TY_TUPLE)
        ty_layout(t);
    return t;
}

int64_t cg_block_layout(Type **types, int n, int64_t start, int64_t *offs) {
    int64_t off = start;
    for (int i = 0; i < n; i++) {
        Type *t = cg_concrete(types[i]);
        int64_t a = cg_align(t);
        if (a < 8)
            a = 8;
        off = (off + a - 1) / a * a;
        if (offs)
            offs[i] = off;
        off += cg_size(t);
    }
    return off;
}

static int64_t tuple_layout(Type *tuple, int upto) {
    int n = tuple->fields.len;
    Type **ts = arena_alloc(perm, sizeof(Type *) * (n + 1));
    int64_t *offs = arena_alloc(perm, sizeof(int64_t) * (n + 1));
    for (int i = 0; i < n; i++)
        ts[i] = ((Field *)tuple->fields.data[i])->type;
    int64_t end = cg_block_layout(ts, n, 0, offs);
    return upto < n ? offs[upto] : end;
}

int64_t cg_tuple_offset(Type *tuple, int i) {
    if (i < 0 || i >= tuple->fields.len)
        ice("codegen: tuple member %d out of range", i);
    return tuple_layout(tuple, i);
}

int64_t cg_size(Type *t) {
    t = cg_concrete(t);
    if (t->kind == TY_TUPLE)
        return tuple_layout(t, t->fields.len);
    return t->size;
}

int64_t cg_align(Type *t) {
    t = cg_concrete(t);
    if (t->kind == TY_TUPLE)
        return 8;
    return t->align > 0 ? t->align : 1;
}

bool cg_is_signed(Type *t) {
    switch (ty_under(cg_concrete(t))->kind) {
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        return true;
    default:
        return false;
    }
}

bool cg_is_ptrshaped(Type *t) {
    switch (ty_under(cg_concrete(t))->kind) {
    case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

/* ---- strings ---- */

const char *cg_string_data(CG *cg, const char *s, int64_t len) {
    for (int i = 0; i < cg->strs.len; i++) {
        CgStr *x = cg->strs.data[i];
        if (x->len == len && memcmp(x->s, s, (size_t)len) == 0)
            return x->label;
    }
    CgStr *x = NEW(CgStr);
    x->s = s;
    x->len = len;
    x->label = arena_printf(perm, ".Lcg.str.%d", cg->strs.len);
    vec_push(&cg->strs, x);
    return x->label;
}

static void emit_bytes(CG *cg, const char *s, int64_t len) {
    /* .byte lines of at most 16 values: exact for any byte, NULs included */
    for (int64_t i = 0; i < len; i += 16) {
        sb_puts(cg->out, "\t.byte ");
        for (int64_t j = i; j < len && j < i + 16; j++)
            sb_printf(cg->out, "%s%u", j > i ? "," : "", (unsigned)(unsigned char)s[j]);
        sb_putc(cg->out, '\n');
    }
}

/* ---- read-only boxes ---- */

const char *cg_box_string(CG *cg, const char *s, int64_t len) {
    CgBox *b = NEW(CgBox);
    b->label = arena_printf(perm, ".Lcg.box.%d", cg->boxes.len);
    b->is_string = true;
    b->sdata = len > 0 ? cg_string_data(cg, s, len) : NULL;
    b->len = len;
    vec_push(&cg->boxes, b);
    return b->label;
}

const char *cg_box_int(CG *cg, int64_t ival, int64_t size) {
    CgBox *b = NEW(CgBox);
    b->label = arena_printf(perm, ".Lcg.box.%d", cg->boxes.len);
    b->ival = ival;
    b->size = size;
    vec_push(&cg->boxes, b);
    return b->label;
}

/* ---- type descriptors ---- */

static uint32_t rt_kind(Type *t) {
    switch (ty_under(t)->kind) {
    case TY_BOOL: return RT_BOOL;
    case TY_INT: return RT_INT;
    case TY_INT8: return RT_INT8;
    case TY_INT16: return RT_INT16;
    case TY_INT32: return RT_INT32;
    case TY_INT64: return RT_INT64;
    case TY_UINT: return RT_UINT;
    case TY_UINT8: return RT_UINT8;
    case TY_UINT16: return RT_UINT16;
    case TY_UINT32: return RT_UINT32;
    case TY_UINT64: return RT_UINT64;
    case TY_UINTPTR: return RT_UINTPTR;
    case TY_FLOAT32: return RT_FLOAT32;
    case TY_FLOAT64: return RT_FLOAT64;
    case TY_COMPLEX64: return RT_COMPLEX64;
    case TY_COMPLEX128: return RT_COMPLEX128;
    case TY_STRING: return RT_STRING;
    case TY_UNSAFEPTR: return RT_UNSAFEPTR;
    case TY_PTR: return RT_PTR;
    case TY_SLICE: return RT_SLICE;
    case TY_ARRAY: return RT_ARRAY;
    case TY_STRUCT: return RT_STRUCT;
    case TY_MAP: return RT_MAP;
    case TY_CHAN: return RT_CHAN;
    case TY_FUNC: return RT_FUNC;
    case TY_IFACE: return RT_INTERFACE;
    default: ice("codegen: no runtime kind for type %s", ty_rtname(t));
    }
}

/* Sets the pointer words of t (placed at byte offset base) in mask; returns
 * ptrdata: the length of the prefix of t that may hold pointers. */
static int64_t ptr_words(Type *t, int64_t base, uint8_t *mask) {
    Type *u = ty_under(cg_concrete(t));
    switch (u->kind) {
    case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
    case TY_STRING: case TY_SLICE:
        if (mask)
            mask[base / 64] |= (uint8_t)(1u << (base / 8 % 8));
        return 8;
    case TY_IFACE:
        if (mask) {
            mask[base / 64] |= (uint8_t)(1u << (base / 8 % 8));
            mask[(base + 8) / 64] |= (uint8_t)(1u << ((base + 8) / 8 % 8));
        }
        return 16;
    case TY_ARRAY: {
        if (u->len == 0)
            return 0;
        int64_t esz = cg_size(u->elem);
        int64_t pd = ptr_words(u->elem, base, mask);
        if (pd == 0)
            return 0;
        for (int64_t i = 1; mask && i < u->len; i++)
            ptr_words(u->elem, base + i * esz, mask);
        return (u->len - 1) * esz + pd;
    }
    case TY_STRUCT: {
        int64_t pd = 0;
        for (int i = 0; i < u->fields.len; i++) {
            Field *f = u->fields.data[i];
            int64_t fp = ptr_words(f->type, base + f->offset, mask);
            if (fp > 0)
                pd = f->offset + fp;
        }
        return pd;
    }
    default:
        return 0;
    }
}

bool cg_has_pointers(Type *t) { return ptr_words(t, 0, NULL) > 0; }

/* Types of the standard library whose values the runtime makes: their
 * descriptors are the runtime's (lib/lib.c), global symbols, so
 * that type assertions compare equal descriptors.  So is string's: the
 * library panics with strings (recover().(string) must match). */
static bool runtime_desc(const char *rtname) {
    static const char *const names[] = {
        "errors.errorString", "fmt.wrapError", "strconv.NumError", "os.File", "strings.Builder",
        "bufio.Writer", "bufio.Reader", "bufio.Scanner", "bytes.Buffer", "reflect.rtype", "reflect.Value",
    };
    if (strcmp(rtname, "string") == 0)
        return true;
    if (rtname[0] == '*')
        rtname++;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i], rtname) == 0)
            return true;
    return false;
}

Type *cg_map_slot(Type *m) {
    Type *u = ty_under(m);
    if (u->aux)
        return u->aux;
    Type *st = ty_new(TY_STRUCT);
    Field *k = NEW(Field), *v = NEW(Field);
    k->name = "key";
    k->type = u->key;
    v->name = "elem";
    v->type = u->elem;
    vec_push(&st->fields, k);
    vec_push(&st->fields, v);
    ty_layout(st);
    u->aux = st;
    return st;
}

const char *cg_type_desc(CG *cg, Type *t) {
    t = cg_concrete(t);
    if (t->kind == TY_TUPLE || t->kind == TY_INVALID)
        ice("codegen: descriptor of a %s type", t->kind == TY_TUPLE ? "tuple" : "invalid");
    if (ty_under(t)->kind == TY_STRUCT || ty_under(t)->kind == TY_PTR ||
        ty_under(t)->kind == TY_STRING) {
        const char *rtname = ty_rtname(t);
        if (runtime_desc(rtname))
            return cg_sym(arena_printf(perm, "type.%s", rtname));
    }
    for (int i = 0; i < cg->descs.len; i++) {
        CgDesc *d = cg->descs.data[i];
        if (d->t == t || ty_identical(d->t, t))
            return d->label;
    }
    const char *raw = arena_printf(perm, "type.%s", ty_rtname(t));
    for (int n = 1;; n++) {
        bool clash = false;
        for (int i = 0; i < cg->descs.len && !clash; i++)
            clash = strcmp(((CgDesc *)cg->descs.data[i])->raw, raw) == 0;
        if (!clash)
            break;
        raw = arena_printf(perm, "type.%s.%d", ty_rtname(t), n);
    }
    CgDesc *d = NEW(CgDesc);
    d->t = t;
    d->raw = raw;
    d->label = cg_sym(raw);
    vec_push(&cg->descs, d);
    return d->label;
}

static void emit_desc(CG *cg, CgDesc *d) {
    Type *t = d->t, *u = ty_under(t);
    int64_t size = cg_size(t);
    int64_t ptrdata = ptr_words(t, 0, NULL);
    const char *name = ty_rtname(t);
    const char *name_l = cg_string_data(cg, name, (int64_t)strlen(name));
    const char *elem = "0";
    if (u->kind == TY_PTR || u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_MAP ||
        u->kind == TY_CHAN)
        elem = cg_type_desc(cg, u->elem);
    /* maps: the key, and the table entry struct { key K; value V } */
    const char *key = "0", *slot = "0";
    int64_t valoff = 0;
    if (u->kind == TY_MAP) {
        key = cg_type_desc(cg, u->key);
        Type *st = cg_map_slot(u);
        slot = cg_type_desc(cg, st);
        valoff = ((Field *)st->fields.data[1])->offset;
    }
    int nmethods = 0;
    const char *minfo;
    const char *methods = cg_method_table(cg, t, &nmethods, &minfo);
    /* reflect: the package path of a named type; *T of T (reflect.New,
     * PointerTo and Addr must find the descriptor the program's own *T
     * values carry); a function's parameters and results */
    uint32_t tflags = 0;
    const char *pkgpath = "0", *ptrto = "0", *params_l = "0";
    if (t->kind == TY_NAMED || (t->name && t->kind != TY_IFACE && t->kind != TY_STRUCT)) {
        tflags |= RT_TF_NAMED;
        if (t->kind == TY_NAMED && t->pkg)
            pkgpath = cg_string_data(cg, t->pkg, (int64_t)strlen(t->pkg));
    }
    if (cg->reflect && t->kind != TY_PTR)
        ptrto = cg_type_desc(cg, ty_ptr(t));
    uint32_t nin = 0, nout = 0;
    if (u->kind == TY_FUNC) {
        nin = (uint32_t)u->params.len;
        nout = (uint32_t)u->results.len;
        if (u->variadic)
            tflags |= RT_TF_VARIADIC;
        if (nin + nout > 0) {
            const char **pd = arena_alloc(perm, sizeof(char *) * (nin + nout));
            for (uint32_t i = 0; i < nin + nout; i++)
                pd[i] = cg_type_desc(cg, ((Field *)(i < nin ? u->params.data[i]
                                                             : u->results.data[i - nin]))->type);
            params_l = arena_printf(perm, ".Lcg.params.%d", cg->nlabels++);
            cg_raw(cg, "\t.section .data.rel.ro\n\t.balign 8\n%s:\n", params_l);
            for (uint32_t i = 0; i < nin + nout; i++)
                cg_ins(cg, ".quad %s", pd[i]);
        }
    }
    uint32_t nfields = u->kind == TY_STRUCT ? (uint32_t)u->fields.len : 0;
    const char *fields_l = NULL;
    const char **fdesc = NULL, **fname = NULL, **ftag = NULL, **fpkg = NULL;
    if (nfields > 0) {
        fdesc = arena_alloc(perm, sizeof(char *) * nfields);
        fname = arena_alloc(perm, sizeof(char *) * nfields);
        ftag = arena_alloc(perm, sizeof(char *) * nfields);
        fpkg = arena_alloc(perm, sizeof(char *) * nfields);
        for (uint32_t i = 0; i < nfields; i++) {
            Field *f = u->fields.data[i];
            const char *fn = f->name;
            if (!fn)
                fn = ty_under(f->type)->kind == TY_PTR ? ty_under(f->type)->elem->name
                                                        : f->type->name;
            if (!fn)
                fn = "?";
            fname[i] = cg_string_data(cg, fn, (int64_t)strlen(fn));
            fdesc[i] = cg_type_desc(cg, f->type);
            ftag[i] = f->tag ? cg_string_data(cg, f->tag, (int64_t)strlen(f->tag)) : "0";
            fpkg[i] = "0";
            if (!(fn[0] >= 'A' && fn[0] <= 'Z')) {
                const char *pk = f->pkg ? f->pkg : cg->prog->pkg ? cg->prog->pkg->path : "main";
                fpkg[i] = cg_string_data(cg, pk, (int64_t)strlen(pk));
            }
        }
        fields_l = arena_printf(perm, ".Lcg.fields.%d", cg->nlabels++);
    }
    const char *mask_l = NULL;
    int64_t nmask = (ptrdata / 8 + 7) / 8;
    uint8_t *mask = NULL;
    if (ptrdata > 0) {
        mask = arena_alloc(perm, (size_t)nmask + 8);
        ptr_words(t, 0, mask);
        mask_l = arena_printf(perm, ".Lcg.gcmask.%d", cg->nlabels++);
    }

    cg_raw(cg, "\t.data\n\t.balign 8\n%s:\t# %s\n", d->label, name);
    cg_ins(cg, ".quad %lld\t# size", (long long)size);
    cg_ins(cg, ".quad %lld\t# ptrdata", (long long)ptrdata);
    cg_ins(cg, ".long %u\t# kind", rt_kind(t));
    cg_ins(cg, ".long %u\t# nfields", nfields);
    cg_ins(cg, ".quad %s\t# name", name_l);
    cg_ins(cg, ".quad %s\t# elem", elem);
    cg_ins(cg, ".quad %s\t# fields", fields_l ? fields_l : "0");
    cg_ins(cg, ".quad %lld\t# len", (long long)(u->kind == TY_ARRAY ? u->len : 0));
    cg_ins(cg, ".quad %s\t# gcmask", mask_l ? mask_l : "0");
    cg_ins(cg, ".quad %s\t# methods", methods);
    cg_ins(cg, ".long %d, %u\t# nmethods, tflags", nmethods, tflags);
    cg_ins(cg, ".quad %s\t# key", key);
    cg_ins(cg, ".quad %s\t# slot", slot);
    cg_ins(cg, ".quad %lld\t# valoff", (long long)valoff);
    cg_ins(cg, ".quad %s\t# pkgpath", pkgpath);
    cg_ins(cg, ".quad %s\t# ptrto", ptrto);
    cg_ins(cg, ".quad %s\t# params", params_l);
    cg_ins(cg, ".long %u, %u\t# nin, nout", nin, nout);
    cg_ins(cg, ".quad %s\t# minfo", minfo);
    if (fields_l) {
        cg_raw(cg, "%s:\n", fields_l);
        for (uint32_t i = 0; i < nfields; i++) {
            Field *f = u->fields.data[i];
            cg_ins(cg, ".quad %s, %s, %lld, %s, %s, %d", fname[i], fdesc[i], (long long)f->offset,
                   ftag[i], fpkg[i], f->embedded ? 1 : 0);
        }
    }
    if (mask_l) {
        cg_raw(cg, "\t.section .rodata\n%s:\n", mask_l);
        emit_bytes(cg, (const char *)mask, nmask);
    }
}

/* ---- globals ---- */

/* "main.x": the global's linker name, unmangled */
const char *cg_global_name(CG *cg, IrVar *g) {
    const char *pkg = g->sym && g->sym->pkg ? g->sym->pkg
                      : cg->prog->pkg   ? cg->prog->pkg->path
                                        : "main";
    return arena_printf(perm, "%s.%s", pkg, g->name);
}

const char *cg_global_sym(CG *cg, IrVar *g) {
    if (g->cg)
        return g->cg;
    const char *pkg = g->sym && g->sym->pkg ? g->sym->pkg
                      : cg->prog->pkg   ? cg->prog->pkg->path
                                        : "main";
    const char *name = arena_printf(perm, "%s.%s", pkg, g->name);
    if (strcmp(g->name, "_") == 0)
        name = arena_printf(perm, "%s._.%d", pkg, cg->nlabels++);
    g->cg = (void *)cg_sym(name);
    return g->cg;
}

void cg_emit_globals(CG *cg, IrProgram **progs, int n) {
    int nptr = 0;
    for (int k = 0; k < n; k++) {
        cg->prog = progs[k];
        for (int i = 0; i < progs[k]->globals.len; i++) {
            IrVar *g = progs[k]->globals.data[i];
            g->cg = NULL;
            Type *t = cg_concrete(g->type);
            int64_t size = cg_size(t);
            cg_raw(cg, "\t.bss\n\t.balign %lld\n%s:\n", (long long)(cg_align(t) < 8 ? 8 : cg_align(t)),
                   cg_global_sym(cg, g));
            cg_ins(cg, ".zero %lld", (long long)(size > 0 ? size : 1));
            if (cg_has_pointers(t))
                nptr++;
        }
    }
    /* The collector's roots (rt.h RtGlobalRoots): each global that may
     * hold pointers, with its type descriptor (whose gcmask says where). */
    cg_raw(cg, "\t.section .data.rel.ro\n\t.balign 8\n\t.globl minigo.globals\nminigo.globals:\n");
    cg_ins(cg, ".quad %d", nptr);
    for (int k = 0; k < n; k++) {
        cg->prog = progs[k];
        for (int i = 0; i < progs[k]->globals.len; i++) {
            IrVar *g = progs[k]->globals.data[i];
            Type *t = cg_concrete(g->type);
            if (cg_has_pointers(t))
                cg_ins(cg, ".quad %s, %s", cg_global_sym(cg, g), cg_type_desc(cg, t));
        }
    }
}

/* Whether initialising the program's imports initialises package os,
 * whose init starts go1.19's finalizer goroutine (so goroutine ids shift
 * by one: runtime/proc.c).  The packages minigo knows whose import graph
 * in go1.19 reaches os (`go list -deps P`); the package loader of a later
 * issue will read the real graph. */
static bool imports_os(Package *pkg) {
    static const char *const reach_os[] = {
        "os", "fmt", "log", "flag", "io/ioutil", "os/exec", "path/filepath", "runtime/debug",
        NULL};
    for (int i = 0; i < pkg->imports.len; i++) {
        Package *ip = pkg->imports.data[i];
        for (int k = 0; reach_os[k]; k++)
            if (strcmp(ip->path, reach_os[k]) == 0)
                return true;
        if (ip->source_import && imports_os(ip))
            return true;
    }
    return false;
}

void cg_emit_osinit(CG *cg) {
    /* IR built by hand (tests/test_codegen.c) has no package */
    if (!cg->prog->pkg || !imports_os(cg->prog->pkg))
        return;
    cg_raw(cg, "\t.section .rodata\n\t.globl minigo.osinit\nminigo.osinit:\n\t.byte 1\n");
}

/* ---- the end of the file ---- */

void cg_emit_data(CG *cg) {
    /* descriptors first: they add strings */
    for (int i = 0; i < cg->descs.len; i++)
        emit_desc(cg, cg->descs.data[i]);
    cg_emit_wrappers(cg);     /* the method tables' wrappers (iface.c) */

    for (int i = 0; i < cg->boxes.len; i++) {
        CgBox *b = cg->boxes.data[i];
        if (b->is_string) {
            /* holds a pointer: .data.rel.ro, relocated at load time */
            cg_raw(cg, "\t.section .data.rel.ro\n\t.balign 8\n%s:\n", b->label);
            cg_ins(cg, ".quad %s, %lld", b->sdata ? b->sdata : "0", (long long)b->len);
        } else {
            cg_raw(cg, "\t.section .rodata\n\t.balign 8\n%s:\n", b->label);
            cg_ins(cg, ".quad %lld", (long long)b->ival);
        }
    }
    if (cg->need_zeroval) {
        /* Go's zeroVal: the data word of boxes of "", nil slices, and
         * zero-sized values */
        cg_raw(cg, "\t.section .rodata\n\t.balign 8\n.Lcg.zeroval:\n");
        cg_ins(cg, ".zero 1024");
    }
    if (cg->need_staticu64) {
        /* Go's staticuint64s: boxes of small integers, bools and bytes */
        cg_raw(cg, "\t.section .rodata\n\t.balign 8\n.Lcg.staticuint64s:\n");
        for (int i = 0; i < 256; i += 8)
            cg_ins(cg, ".quad %d,%d,%d,%d,%d,%d,%d,%d", i, i + 1, i + 2, i + 3, i + 4, i + 5,
                   i + 6, i + 7);
    }
    if (cg->strs.len > 0)
        cg_raw(cg, "\t.section .rodata\n");
    for (int i = 0; i < cg->strs.len; i++) {
        CgStr *x = cg->strs.data[i];
        cg_raw(cg, "%s:\n", x->label);
        emit_bytes(cg, x->s, x->len);
        cg_ins(cg, ".byte 0");
    }
    cg_raw(cg, "\t.section .note.GNU-stack,\"\",@progbits\n");
}
