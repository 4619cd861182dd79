/* check.c — checking a package, as types2's Checker.checkFiles does.
 *
 * Requires: parsed FILE nodes.  Provides: types on expressions, symbols on
 * names, constant values, and a Package with its declarations, its
 * functions in source order and its variable initializers in
 * initialization order; errors in gc's words through diag_error.
 *
 * The order of work is types2's, which decides the order in which errors
 * are reported (gc stops at the tenth):
 *   1. collect every package-level object into the package scope (imports
 *      into the file scopes), reporting redeclarations;
 *   2. declare the objects in source order: named types first, then
 *      aliases, then constants, variables and functions; an object used
 *      before its turn is declared on demand (obj_decl), and the path of
 *      objects being declared finds cycles;
 *   3. run the delayed actions: function bodies (in the order their
 *      declarations were checked), checks that need complete types;
 *   4. compute the initialization order of package-level variables from
 *      the dependencies recorded while checking;
 *   5. report unused imports.
 */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *ty_std_dir = "std";
bool ty_complete = true;
bool ty_std_gaps;
bool ty_import_bodies = true;
bool (*ty_cache_lookup)(Package *pkg);
bool (*ty_cache_wants_body)(Package *pkg, Sym *fn);

/* ---- pointer maps ---- */

#define PM_TOMB ((void *)1)

static uintptr_t pm_hash(const void *k) {
    uintptr_t x = (uintptr_t)k;
    x ^= x >> 17;
    x *= 0x9e3779b97f4a7c15ull;
    return x ^ (x >> 29);
}

static void pm_grow(PtrMap *m) {
    int ncap = m->cap ? m->cap * 2 : 16;
    void **ok = m->keys, **ov = m->vals;
    int ocap = m->cap;
    m->keys = calloc((size_t)ncap, sizeof(void *));
    m->vals = calloc((size_t)ncap, sizeof(void *));
    if (!m->keys || !m->vals)
        ice("out of memory");
    m->cap = ncap;
    m->len = 0;
    for (int i = 0; i < ocap; i++)
        if (ok[i] && ok[i] != PM_TOMB)
            pm_put(m, ok[i], ov[i]);
    free(ok);
    free(ov);
}

void *pm_get(PtrMap *m, const void *key) {
    if (!m->cap)
        return NULL;
    for (uintptr_t i = pm_hash(key) & (uintptr_t)(m->cap - 1);; i = (i + 1) & (uintptr_t)(m->cap - 1)) {
        if (!m->keys[i])
            return NULL;
        if (m->keys[i] == key)
            return m->vals[i];
    }
}

void pm_put(PtrMap *m, const void *key, void *val) {
    if ((m->len + 1) * 2 > m->cap)
        pm_grow(m);
    uintptr_t tomb = (uintptr_t)-1;
    for (uintptr_t i = pm_hash(key) & (uintptr_t)(m->cap - 1);; i = (i + 1) & (uintptr_t)(m->cap - 1)) {
        if (!m->keys[i]) {
            if (tomb != (uintptr_t)-1)
                i = tomb;
            m->keys[i] = (void *)key;
            m->vals[i] = val;
            m->len++;
            return;
        }
        if (m->keys[i] == PM_TOMB && tomb == (uintptr_t)-1)
            tomb = i;
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return;
        }
    }
}

void pm_del(PtrMap *m, const void *key) {
    if (!m->cap)
        return;
    for (uintptr_t i = pm_hash(key) & (uintptr_t)(m->cap - 1);; i = (i + 1) & (uintptr_t)(m->cap - 1)) {
        if (!m->keys[i])
            return;
        if (m->keys[i] == key) {
            m->keys[i] = PM_TOMB;
            m->vals[i] = NULL;
            return;
        }
    }
}

/* ---- scopes ---- */

/* Large scopes get a name index: open addressing over the names. */
typedef struct NameIndex {
    Sym **slots;
    int cap, len;
} NameIndex;

static unsigned name_hash(const char *s) {
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void index_add(NameIndex *ix, Sym *s);

static void index_grow(NameIndex *ix) {
    Sym **old = ix->slots;
    int ocap = ix->cap;
    ix->cap = ocap ? ocap * 2 : 64;
    ix->slots = calloc((size_t)ix->cap, sizeof(Sym *));
    ix->len = 0;
    for (int i = 0; i < ocap; i++)
        if (old[i])
            index_add(ix, old[i]);
    free(old);
}

static void index_add(NameIndex *ix, Sym *s) {
    if ((ix->len + 1) * 2 > ix->cap)
        index_grow(ix);
    for (unsigned i = name_hash(s->name) & (unsigned)(ix->cap - 1);; i = (i + 1) & (unsigned)(ix->cap - 1))
        if (!ix->slots[i]) {
            ix->slots[i] = s;
            ix->len++;
            return;
        }
}

Scope *scope_new(Scope *outer, bool is_func) {
    Scope *s = NEW(Scope);
    s->outer = outer;
    s->is_func = is_func;
    return s;
}

Sym *scope_lookup(Scope *s, const char *name) {
    NameIndex *ix = s->index;
    if (ix) {
        for (unsigned i = name_hash(name) & (unsigned)(ix->cap - 1);; i = (i + 1) & (unsigned)(ix->cap - 1)) {
            Sym *sym = ix->slots[i];
            if (!sym)
                return NULL;
            if (strcmp(sym->name, name) == 0)
                return sym;
        }
    }
    for (int i = 0; i < s->syms.len; i++) {
        Sym *sym = s->syms.data[i];
        if (strcmp(sym->name, name) == 0)
            return sym;
    }
    return NULL;
}

Sym *scope_insert(Scope *s, Sym *sym) {
    Sym *old = scope_lookup(s, sym->name);
    if (old)
        return old;
    vec_push(&s->syms, sym);
    if (s->index)
        index_add(s->index, sym);
    else if (s->syms.len > 16) {
        NameIndex *ix = NEW(NameIndex);
        for (int i = 0; i < s->syms.len; i++)
            index_add(ix, s->syms.data[i]);
        s->index = ix;
    }
    return NULL;
}

Sym *sym_new(SymKind k, const char *name, Type *t, Pos pos) {
    Sym *s = NEW(Sym);
    s->kind = k;
    s->name = name;
    s->type = t;
    s->pos = pos;
    return s;
}

void declare(Checker *c, Scope *s, Sym *sym) {
    if (is_blank(sym->name))
        return;
    Sym *alt = scope_insert(s, sym);
    if (alt) {
        if (alt->pos.line)
            errorf(c, sym->pos, "%s redeclared in this block\n\t%s: other declaration of %s", sym->name,
                   pos_str(perm, alt->pos), sym->name);
        else
            errorf(c, sym->pos, "%s redeclared in this block", sym->name);
    }
}

/* types2's LookupParent: the function's scopes, then the file's imports,
 * the package, the universe. */
Sym *lookup(Checker *c, const char *name) { return lookup_scope(c, name, NULL); }

Sym *lookup_scope(Checker *c, const char *name, Scope **where) {
    if (where)
        *where = NULL;
    for (Scope *s = c->env.scope; s; s = s->outer) {
        if (s == c->pkg->scope) {
            Sym *sym;
            if (c->env.file && (sym = scope_lookup(c->env.file, name)))
                return sym;
            if ((sym = scope_lookup(s, name)))
                return sym;
            return scope_lookup(universe, name);
        }
        Sym *sym = scope_lookup(s, name);
        if (sym) {
            if (where)
                *where = s;
            return sym;
        }
    }
    return scope_lookup(universe, name);
}

bool is_blank(const char *name) { return name && name[0] == '_' && name[1] == 0; }

bool is_exported(const char *name) {
    unsigned char ch = (unsigned char)name[0];
    if (ch >= 'A' && ch <= 'Z')
        return true;
    if (ch < 0x80)
        return false;
    /* a few common non-ASCII upper-case letters: Latin-1 and Greek/Cyrillic capitals */
    unsigned char c2 = (unsigned char)name[1];
    if (ch == 0xc3 && c2 >= 0x80 && c2 <= 0x9e && c2 != 0x97)
        return true;
    if (ch == 0xce && c2 >= 0x91 && c2 <= 0xa9)
        return true;
    if (ch == 0xd0 && c2 >= 0x80 && c2 <= 0xaf)
        return true;
    return false;
}

Node *name_node(Pos p, const char *name) {
    Node *n = ast_new(N_NAME, p);
    n->name = name;
    return n;
}

/* ---- the universe ---- */

Scope *universe;
Sym *universe_iota, *universe_byte, *universe_rune;
static Package *unsafe_pkg;

static const char *builtin_names[] = {"append", "cap", "close", "complex", "copy", "delete",
                                      "imag", "len", "make", "new", "panic", "print",
                                      "println", "real", "recover", "Sizeof", "Alignof",
                                      "Offsetof", "Add", "Slice"};

static void universe_init(void) {
    if (universe)
        return;
    ty_init();
    universe = scope_new(NULL, false);
    Type *types[] = {ty_bool, ty_int, ty_int8, ty_int16, ty_int32, ty_int64, ty_uint, ty_uint8,
                     ty_uint16, ty_uint32, ty_uint64, ty_uintptr, ty_float32, ty_float64,
                     ty_complex64, ty_complex128, ty_string};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        Sym *s = sym_new(SYM_TYPE, types[i]->name, types[i], (Pos){0});
        s->resolve = 1;
        scope_insert(universe, s);
    }
    universe_byte = sym_new(SYM_TYPE, "byte", ty_byte, (Pos){0});
    universe_rune = sym_new(SYM_TYPE, "rune", ty_rune, (Pos){0});
    Sym *any = sym_new(SYM_TYPE, "any", ty_any, (Pos){0});
    Sym *err = sym_new(SYM_TYPE, "error", ty_error, (Pos){0});
    ty_error->sym = err;
    Sym *more[] = {universe_byte, universe_rune, any, err};
    for (size_t i = 0; i < 4; i++) {
        more[i]->resolve = 1;
        scope_insert(universe, more[i]);
    }
    Sym *t = sym_new(SYM_CONST, "true", ty_untyped_bool, (Pos){0});
    t->cval = cv_bool(true);
    Sym *f = sym_new(SYM_CONST, "false", ty_untyped_bool, (Pos){0});
    f->cval = cv_bool(false);
    universe_iota = sym_new(SYM_CONST, "iota", ty_untyped_int, (Pos){0});
    universe_iota->cval = cv_int64(0);
    Sym *nil = sym_new(SYM_NIL, "nil", ty_untyped_nil, (Pos){0});
    Sym *consts[] = {t, f, universe_iota, nil};
    for (size_t i = 0; i < 4; i++) {
        consts[i]->resolve = 1;
        scope_insert(universe, consts[i]);
    }
    for (int i = 0; i <= BI_RECOVER; i++) {
        Sym *b = sym_new(SYM_BUILTIN, builtin_names[i], NULL, (Pos){0});
        b->builtin = i;
        b->resolve = 1;
        scope_insert(universe, b);
    }
    /* package unsafe */
    unsafe_pkg = NEW(Package);
    unsafe_pkg->path = "unsafe";
    unsafe_pkg->name = "unsafe";
    unsafe_pkg->is_std = true;
    unsafe_pkg->scope = scope_new(NULL, false);
    Sym *ptr = sym_new(SYM_TYPE, "Pointer", ty_unsafeptr, (Pos){0});
    ptr->resolve = 1;
    ptr->pkg = "unsafe";
    scope_insert(unsafe_pkg->scope, ptr);
    for (int i = BI_SIZEOF; i <= BI_SLICE; i++) {
        Sym *b = sym_new(SYM_BUILTIN, builtin_names[i], NULL, (Pos){0});
        b->builtin = i;
        b->resolve = 1;
        b->pkg = "unsafe";
        scope_insert(unsafe_pkg->scope, b);
    }
}

/* ---- errors ---- */

static void report(Checker *c, Pos p, bool soft, const char *fmt, va_list ap) {
    (void)soft;
    StrBuf b = {0};
    sb_vprintf(&b, fmt, ap);
    const char *msg = sb_str(&b);
    /* types2 drops follow-on errors about invalid operands and types */
    if (c->first_err && (strstr(msg, "invalid operand") || strstr(msg, "invalid type"))) {
        sb_free(&b);
        return;
    }
    if (c->env.errpos.line)
        p = c->env.errpos;
    c->first_err = true;
    diag_error(p, "%s", msg);
    sb_free(&b);
}

void errorf(Checker *c, Pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(c, p, false, fmt, ap);
    va_end(ap);
}

void soft_errorf(Checker *c, Pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    report(c, p, true, fmt, ap);
    va_end(ap);
}

/* syntax.StartPos for minigo's tree. */
Pos start_pos(Node *n) {
    for (int guard = 0; n && guard < 100000; guard++) {
        switch (n->kind) {
        case N_COMPOSITE:
            if (n->a) {
                n = n->a;
                continue;
            }
            return n->pos;
        case N_SELECTOR: case N_INDEX: case N_TYPEASSERT: case N_CALL: case N_BINARY:
            n = n->a;
            continue;
        case N_SENDSTMT:
            n = n->a;
            continue;
        case N_ASSIGN: case N_DEFINE:
            if (n->list.len) {
                n = n->list.data[0];
                continue;
            }
            return n->pos;
        default:
            return n->pos;
        }
    }
    return n ? n->pos : (Pos){0};
}

Pos opd_pos(Operand *x) { return x->expr ? start_pos(x->expr) : (Pos){0}; }

const char *expr_str(Node *n) { return ast_source_str(n); }

const char *type_str(Type *t) { return ty_str(t); }

static const char *mode_names[] = {"invalid operand", "no value", "built-in", "type", "constant",
                                   "variable", "map index expression", "value", "nil",
                                   "comma, ok expression", "comma, error expression"};

/* types2's operandString. */
const char *opd_str(Checker *c, Operand *x) {
    (void)c;
    if (x->mode == M_NIL) {
        if (!x->type || x->type == ty_invalid)
            return "nil (with invalid type)";
        if (x->type->kind == TY_UNTYPED_NIL)
            return "nil";
        return arena_printf(perm, "nil (of type %s)", type_str(x->type));
    }
    StrBuf b = {0};
    const char *e = NULL;
    if (x->expr)
        e = expr_str(x->expr);
    else if (x->mode == M_BUILTIN)
        e = builtin_names[x->id];
    else if (x->mode == M_TYPEXPR)
        e = type_str(x->type);
    else if (x->mode == M_CONST)
        e = cv_str(x->val);
    if (e && *e)
        sb_printf(&b, "%s (", e);
    bool has_type = false;
    switch (x->mode) {
    case M_INVALID: case M_NOVALUE: case M_BUILTIN: case M_TYPEXPR:
        break;
    default:
        if (x->type) {
            if (ty_is_untyped(x->type)) {
                sb_printf(&b, "%s ", x->type->name);
                break;
            }
            has_type = true;
        }
    }
    sb_puts(&b, mode_names[x->mode]);
    if (x->mode == M_CONST && x->val) {
        const char *s = cv_str(x->val);
        if (!e || strcmp(s, e) != 0)
            sb_printf(&b, " %s", s);
    }
    if (has_type) {
        if (x->type != ty_invalid)
            sb_printf(&b, " of type %s", type_str(x->type));
        else
            sb_puts(&b, " with invalid type");
    }
    if (e && *e)
        sb_putc(&b, ')');
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

/* ---- delayed actions ---- */

void later(Checker *c, ActionFn fn, void *a, void *b, void *d) {
    Action *act = NEW(Action);
    act->fn = fn;
    act->a = a;
    act->b = b;
    act->d = d;
    act->env = c->env;
    vec_push(&c->delayed, act);
}

void process_delayed(Checker *c, int top) {
    for (int i = top; i < c->delayed.len; i++) {
        Action *a = c->delayed.data[i];
        Env saved = c->env;
        c->env = a->env;
        a->fn(c, a->a, a->b, a->d); /* may add more actions */
        c->env = saved;
    }
    c->delayed.len = top;
}

/* ---- declarations on demand ---- */

DeclInfo *decl_info(Checker *c, Sym *obj) { return pm_get(&c->objmap, obj); }

void add_decl_dep(Checker *c, Sym *to) {
    DeclInfo *from = c->env.decl;
    if (!from)
        return;
    if (!pm_get(&c->objmap, to))
        return; /* not a package-level object */
    if (pm_get(&from->depset, to))
        return;
    pm_put(&from->depset, to, to);
    vec_push(&from->deps, to);
}

static bool first_in_src_less(Sym *a, Sym *b) { return pos_cmp(a->pos, b->pos) < 0; }

/* types2's cycleError: "invalid recursive type T" or "illegal cycle in
 * declaration of x", then the path. */
void cycle_error(Checker *c, Sym **cycle, int n) {
    int i = 0;
    for (int k = 1; k < n; k++)
        if (first_in_src_less(cycle[k], cycle[i]))
            i = k;
    Sym *obj = cycle[i];
    StrBuf b = {0};
    bool tname = obj->kind == SYM_TYPE;
    if (tname)
        sb_printf(&b, "invalid recursive type %s", obj->name);
    else
        sb_printf(&b, "illegal cycle in declaration of %s", obj->name);
    Pos p = obj->pos;
    for (int k = 0; k < n; k++) {
        sb_printf(&b, "\n\t%s: %s refers to", pos_str(perm, obj->pos), obj->name);
        i = (i + 1) % n;
        obj = cycle[i];
    }
    sb_printf(&b, "\n\t%s: %s", pos_str(perm, obj->pos), obj->name);
    errorf(c, p, "%s", sb_str(&b));
    sb_free(&b);
}

/* A cycle through objPath[start:] is fine if it is made only of values
 * (constants, variables: the initialization order reports it) or only of
 * (non-alias) type definitions. */
static bool valid_cycle(Checker *c, Sym *obj) {
    int start = obj->resolve - 2;
    int n = c->objpath.len - start, nval = 0, ndef = 0;
    if (start < 0 || n <= 0)
        return true;
    Sym **cycle = (Sym **)c->objpath.data + start;
    for (int i = 0; i < n; i++) {
        Sym *o = cycle[i];
        if (o->kind == SYM_CONST || o->kind == SYM_VAR)
            nval++;
        else if (o->kind == SYM_TYPE && !o->is_alias)
            ndef++;
    }
    if (nval == n)
        return true;
    if (nval == 0 && ndef > 0)
        return true;
    cycle_error(c, cycle, n);
    return false;
}

/* types2's objDecl: white (resolve 0) objects are declared now; grey ones
 * (resolve >= 2, in progress) are a cycle; black (1) ones are done. */
void obj_decl(Checker *c, Sym *obj, Type *def) {
    if (obj->resolve == 1)
        return;
    if (obj->resolve >= 2) {
        switch (obj->kind) {
        case SYM_CONST:
        case SYM_VAR:
            if (!valid_cycle(c, obj) || !obj->type)
                obj->type = ty_invalid;
            break;
        case SYM_TYPE:
            if (!valid_cycle(c, obj))
                obj->type = ty_invalid;
            break;
        case SYM_FUNC:
            valid_cycle(c, obj);
            break;
        default:
            break;
        }
        if (!obj->type)
            obj->type = ty_invalid;
        return;
    }
    DeclInfo *d = decl_info(c, obj);
    if (!d) {
        /* a local object: nothing to declare lazily */
        obj->resolve = 1;
        if (!obj->type)
            obj->type = ty_invalid;
        return;
    }
    obj->resolve = 2 + c->objpath.len;
    vec_push(&c->objpath, obj);
    Env saved = c->env;
    memset(&c->env, 0, sizeof c->env);
    c->env.scope = c->pkg->scope;
    c->env.file = d->file;
    switch (obj->kind) {
    case SYM_CONST:
        c->env.decl = d;
        obj->cval = d->iota;
        const_decl(c, obj, d->vtyp, d->init, d->inherited);
        break;
    case SYM_VAR:
        c->env.decl = d;
        var_decl(c, obj, d->lhs, d->nlhs, d->vtyp, d->init);
        break;
    case SYM_TYPE:
        type_decl(c, obj, d->tdecl, def);
        collect_methods(c, obj);
        break;
    case SYM_FUNC:
        func_decl(c, obj, d);
        break;
    default:
        break;
    }
    c->env = saved;
    c->objpath.len--;
    obj->resolve = 1;
}

/* ---- imports ---- */

static Vec imported; /* of Package*: std packages loaded so far */

static Package *check_files(const char *path, Vec *files, bool is_std, bool root);

Package *(*ty_import_hook)(const char *path, Pos at, bool *handled);
Vec ty_source_imports;
static Vec file_pkgs; /* of Package*, by Pos.file */

void set_file_package(int file, Package *pkg) {
    while (file_pkgs.len <= file)
        vec_push(&file_pkgs, NULL);
    file_pkgs.data[file] = pkg;
}

Package *ty_file_package(int file) {
    return file >= 0 && file < file_pkgs.len ? file_pkgs.data[file] : NULL;
}

/* gc counts the packages of each name as it reads export data: those of
 * every package imported, and those their export data mentions (which
 * minigo's std/ declarations import for that reason, as runtime imports
 * runtime/internal/atomic).  Every package loaded here is one. */
static Vec known_pkgs;   /* of const char*: ty_set_known_packages */
static bool known_set;

void ty_set_known_packages(Vec *paths) {
    known_pkgs.len = 0;
    for (int i = 0; i < paths->len; i++) {
        bool dup = false;
        for (int k = 0; k < known_pkgs.len && !dup; k++)
            dup = strcmp(known_pkgs.data[k], paths->data[i]) == 0;
        if (!dup)
            vec_push(&known_pkgs, paths->data[i]);
    }
    known_set = true;
}

/* The name of the loaded package with this path. */
static const char *loaded_name(const char *path) {
    for (int k = 0; k < 2; k++) {
        Vec *v = k ? &ty_source_imports : &imported;
        for (int i = 0; i < v->len; i++) {
            Package *p = v->data[i];
            if (p->name && strcmp(p->path, path) == 0)
                return p->name;
        }
    }
    return ty_pkg_name(path);
}

const char *ty_pkg_qual(const char *path) {
    const char *name = ty_pkg_name(path);
    int same = 0;
    if (known_set) {
        name = loaded_name(path);
        for (int i = 0; i < known_pkgs.len; i++)
            if (strcmp(loaded_name(known_pkgs.data[i]), name) == 0)
                same++;
    }
    for (int k = 0; k < 2 && !known_set; k++) {
        Vec *v = k ? &ty_source_imports : &imported;
        for (int i = 0; i < v->len; i++) {
            Package *p = v->data[i];
            if (!p->fake && p->name && strcmp(p->name, name) == 0)
                same++;
        }
    }
    if (same < 2)
        return name;
    StrBuf sb = {0};
    sb_putc(&sb, '"');
    sb_puts(&sb, path); /* import paths need no escapes */
    sb_putc(&sb, '"');
    const char *q = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    return q;
}

Package *ty_check_import(const char *path, Vec *files) {
    Package *p = check_files(path, files, false, false);
    p->source_import = true;
    vec_push(&ty_source_imports, p);
    return p;
}

/* A package that could not be loaded (reported): a stand-in whose members
 * are not reported missing, as gc stops at the import. */
static Package *stand_in(const char *path) {
    Package *p = NEW(Package);
    p->path = path;
    const char *slash = strrchr(path, '/');
    p->name = slash ? slash + 1 : path;
    p->scope = scope_new(NULL, false);
    p->fake = true;
    return p;
}

Package *ty_import(const char *path, Pos at) {
    universe_init();
    if (strcmp(path, "unsafe") == 0)
        return unsafe_pkg;
    if (ty_import_hook) {
        bool handled = false;
        Package *p = ty_import_hook(path, at, &handled);
        if (handled)
            return p ? p : stand_in(path);
    }
    for (int i = 0; i < imported.len; i++) {
        Package *p = imported.data[i];
        if (strcmp(p->path, path) == 0)
            return p;
    }
    char *file = arena_printf(perm, "%s/%s.go", ty_std_dir, path);
    for (char *q = file + strlen(ty_std_dir) + 1; *q; q++)
        if (*q == '/')
            *q = '_';
    FILE *fp = fopen(file, "rb");
    if (!fp) {
        if (ty_std_gaps)
            diag_error(at, "minigo cannot build package %s yet", path);
        else
            diag_error(at, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        return stand_in(path);
    }
    fclose(fp);
    Node *f = parse_file_path(file, file);
    if (!f) {
        diag_error(at, "could not import %s (minigo's std/ declaration does not parse)", path);
        return NULL;
    }
    Vec files = {0};
    vec_push(&files, f);
    /* a placeholder first, so that import cycles end */
    Package *p = check_files(path, &files, true, false);
    vec_push(&imported, p);
    return p;
}

/* ---- collecting package-level objects (types2's collectObjects) ---- */

static void declare_pkg_obj(Checker *c, Node *name, Sym *obj, DeclInfo *d) {
    if (strcmp(obj->name, "init") == 0) {
        errorf(c, obj->pos, "cannot declare init - must be func");
        return;
    }
    if (strcmp(obj->name, "main") == 0 && strcmp(c->pkg->name ? c->pkg->name : "", "main") == 0) {
        errorf(c, obj->pos, "cannot declare main - must be func");
        return;
    }
    declare(c, c->pkg->scope, obj);
    obj->order = c->objlist.len;
    pm_put(&c->objmap, obj, d);
    vec_push(&c->objlist, obj);
    if (name)
        name->sym = obj;
}

/* The receiver's base type name, through one pointer and aliases. */
static Sym *resolve_base_type_name(Checker *c, Node *typ, bool *ptr) {
    *ptr = false;
    PtrMap seen = {0};
    for (int guard = 0; guard < 100; guard++) {
        typ = ast_unparen(typ);
        if ((typ->kind == N_UNARY && typ->op == OP_DEREF) || typ->kind == N_PTRTYPE) {
            if (*ptr)
                return NULL;
            *ptr = true;
            typ = ast_unparen(typ->a);
        }
        if (typ->kind != N_NAME)
            return NULL;
        Sym *obj = scope_lookup(c->pkg->scope, typ->name);
        if (!obj || obj->kind != SYM_TYPE)
            return NULL;
        if (pm_get(&seen, obj))
            return NULL;
        DeclInfo *d = decl_info(c, obj);
        if (!d || !d->tdecl)
            return NULL;
        if (!d->tdecl->flag)
            return obj;
        pm_put(&seen, obj, obj);
        typ = d->tdecl->a;
    }
    return NULL;
}

static Node *synth_var_spec(Node *spec, Node *name, Node *value) {
    Node *n = ast_new(N_VARDECL, name->pos);
    n->a = spec->a;
    vec_push(&n->list, name);
    if (value)
        vec_push(&n->list2, value);
    return n;
}

/* A method's receiver type written with brackets, T[P] or *T[P]: a
 * generic type's method. */
static bool generic_receiver(Node *t) {
    while (t && (t->kind == N_PAREN || t->kind == N_PTRTYPE || (t->kind == N_UNARY && t->op == OP_DEREF)))
        t = t->a;
    return t && (t->kind == N_INSTANCE || t->kind == N_INDEX);
}

/* Generic declarations are not checked; the imports their code names
 * (pkg.X) count as used. */
static void mark_used_walk(Scope *fs, Node *n, int depth) {
    if (!n || depth > 100000)
        return;
    if (n->kind == N_SELECTOR && n->a && n->a->kind == N_NAME) {
        Sym *s = scope_lookup(fs, n->a->name);
        if (s && s->kind == SYM_PKG)
            s->used = true;
    }
    Node *kids[] = {n->a, n->b, n->c, n->d};
    for (int i = 0; i < 4; i++)
        mark_used_walk(fs, kids[i], depth + 1);
    for (int i = 0; i < n->list.len; i++)
        mark_used_walk(fs, n->list.data[i], depth + 1);
    for (int i = 0; i < n->list2.len; i++)
        mark_used_walk(fs, n->list2.data[i], depth + 1);
}

static void mark_imports_used(Scope *fs, Node *decl) { mark_used_walk(fs, decl, 0); }

static void collect_objects(Checker *c) {
    Package *pkg = c->pkg;
    typedef struct { Sym *obj; Node *recv; } MethodInfo;
    Vec methods = {0};
    for (int fi = 0; fi < c->files.len; fi++) {
        Node *file = c->files.data[fi];
        Scope *fs = c->file_scopes.data[fi];
        c->env.file = fs;
        for (int i = 0; i < file->list2.len; i++) {
            Node *imp = file->list2.data[i];
            if (!imp->str)
                continue;
            if (strcmp(imp->str, pkg->path) == 0 && !c->in_std) {
                errorf(c, imp->pos, "import cycle not allowed");
                continue;
            }
            Package *ip = ty_import(imp->str, imp->pos);
            if (!ip)
                continue;
            const char *name = imp->name ? imp->name : ip->name;
            if (strcmp(name, "init") == 0) {
                errorf(c, imp->pos, "cannot import package as init - init must be a func");
                continue;
            }
            bool seen = false;
            for (int k = 0; k < pkg->imports.len; k++)
                if (pkg->imports.data[k] == ip)
                    seen = true;
            if (!seen)
                vec_push(&pkg->imports, ip);
            Sym *s = sym_new(SYM_PKG, name, NULL, imp->pos);
            s->pkgref = ip;
            s->decl = imp;
            s->resolve = 1;
            vec_push(&c->imports, s);
            if (strcmp(name, ".") == 0) {
                for (int k = 0; k < ip->scope->syms.len; k++) {
                    Sym *m = ip->scope->syms.data[k];
                    if (!is_exported(m->name))
                        continue;
                    Sym *alt = scope_insert(fs, m);
                    if (alt)
                        errorf(c, imp->pos, "%s redeclared in this block", alt->name);
                    else
                        pm_put(&c->dotimports, m, s);
                }
            } else
                declare(c, fs, s);
        }
        Node *last = NULL;
        int first_index = -1;
        for (int index = 0; index < file->list.len; index++) {
            Node *d = file->list.data[index];
            if (d->kind != N_CONSTDECL)
                first_index = -1;
            switch (d->kind) {
            case N_CONSTDECL: {
                /* a group starts where the parser's iota restarts */
                if (first_index < 0 || d->ival == 0) {
                    first_index = index;
                    last = NULL;
                }
                bool inherited = true;
                if (d->a || d->list2.len) {
                    last = d;
                    inherited = false;
                } else if (!last) {
                    inherited = false;
                }
                Vec *values = last ? &last->list2 : NULL;
                for (int j = 0; j < d->list.len; j++) {
                    Node *nm = d->list.data[j];
                    Sym *obj = sym_new(SYM_CONST, nm->name, NULL, nm->pos);
                    obj->decl = d;
                    obj->pkg = pkg->path;
                    obj->pkgref = pkg;
                    DeclInfo *di = NEW(DeclInfo);
                    di->file = fs;
                    di->vtyp = last ? last->a : NULL;
                    di->init = values && j < values->len ? values->data[j] : NULL;
                    di->inherited = inherited;
                    di->spec = d;
                    di->iota = cv_int64(index - first_index);
                    declare_pkg_obj(c, nm, obj, di);
                }
                Vec empty = {0};
                arity(c, d->pos, &d->list, values ? values : &empty, true, inherited);
                break;
            }
            case N_VARDECL: {
                int nl = d->list.len, nr = d->list2.len;
                DeclInfo *d1 = NULL;
                Sym **lhs = arena_alloc(perm, sizeof(Sym *) * (size_t)(nl ? nl : 1));
                if (nr <= 1) {
                    d1 = NEW(DeclInfo);
                    d1->file = fs;
                    d1->lhs = lhs;
                    d1->nlhs = nl;
                    d1->vtyp = d->a;
                    d1->init = nr ? d->list2.data[0] : NULL;
                    d1->spec = d;
                }
                for (int j = 0; j < nl; j++) {
                    Node *nm = d->list.data[j];
                    Sym *obj = sym_new(SYM_VAR, nm->name, NULL, nm->pos);
                    obj->decl = d;
                    obj->vclass = VC_GLOBAL;
                    obj->pkg = pkg->path;
                    obj->pkgref = pkg;
                    obj->used = true;
                    lhs[j] = obj;
                    DeclInfo *di = d1;
                    if (!di) {
                        di = NEW(DeclInfo);
                        di->file = fs;
                        di->vtyp = d->a;
                        di->init = j < nr ? d->list2.data[j] : NULL;
                        di->spec = synth_var_spec(d, nm, di->init);
                    }
                    declare_pkg_obj(c, nm, obj, di);
                    nm->sym = obj;
                    vec_push(&pkg->globals, obj);
                }
                if (d1 && nl == 1)
                    d1->lhs = NULL, d1->nlhs = 0;
                if (!d->a || nr) {
                    arity(c, d->pos, &d->list, &d->list2, false, false);
                }
                break;
            }
            case N_TYPEDECL: {
                Sym *obj = sym_new(SYM_TYPE, d->name, NULL, d->pos);
                obj->decl = d;
                if (d->list.len) {
                    obj->generic = true;
                    obj->type = ty_invalid;
                    obj->resolve = 1;
                    mark_imports_used(fs, d);
                    inst_declare_type(c, obj, d, fs);
                }
                obj->pkg = pkg->path;
                obj->pkgref = pkg;
                obj->is_alias = d->flag;
                DeclInfo *di = NEW(DeclInfo);
                di->file = fs;
                di->tdecl = d;
                declare_pkg_obj(c, NULL, obj, di);
                d->sym = obj;
                break;
            }
            case N_FUNCDECL: {
                Sym *obj = sym_new(SYM_FUNC, d->name, NULL, d->pos);
                obj->decl = d;
                obj->pkg = pkg->path;
                obj->pkgref = pkg;
                d->sym = obj;
                if (d->list.len || (d->a && generic_receiver(d->a->a))) {
                    /* opaque: declared (a function) or dropped (a method) */
                    obj->generic = true;
                    obj->type = ty_invalid;
                    obj->resolve = 1;
                    mark_imports_used(fs, d);
                    if (!d->a)
                        declare(c, pkg->scope, obj);
                    else if (!d->list.len)
                        inst_declare_method(c, d, fs);
                    break;
                }
                vec_push(&pkg->funcs, obj);
                if (!d->a) {
                    if (strcmp(d->name, "init") == 0 ||
                        (strcmp(d->name, "main") == 0 && strcmp(pkg->name ? pkg->name : "", "main") == 0)) {
                        if (d->b->list.len || d->b->list2.len)
                            soft_errorf(c, d->pos, "func %s must have no arguments and no return values",
                                        d->name);
                    }
                    if (strcmp(d->name, "init") == 0) {
                        if (!d->c)
                            soft_errorf(c, d->pos, "missing function body");
                    } else
                        declare(c, pkg->scope, obj);
                } else {
                    if (!is_blank(d->name) && d->a->a) {
                        MethodInfo *mi = NEW(MethodInfo);
                        mi->obj = obj;
                        mi->recv = d->a->a;
                        vec_push(&methods, mi);
                    }
                }
                DeclInfo *di = NEW(DeclInfo);
                di->file = fs;
                di->fdecl = d;
                pm_put(&c->objmap, obj, di);
                obj->order = c->objlist.len;
                vec_push(&c->objlist, obj);
                break;
            }
            default:
                break;
            }
        }
    }
    /* names declared both in a file scope (imports) and the package */
    for (int fi = 0; fi < c->file_scopes.len; fi++) {
        Scope *fs = c->file_scopes.data[fi];
        for (int i = 0; i < fs->syms.len; i++) {
            Sym *obj = fs->syms.data[i];
            Sym *alt = scope_lookup(pkg->scope, obj->name);
            if (alt) {
                if (obj->kind == SYM_PKG)
                    errorf(c, alt->pos, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
                           alt->name, obj->pkgref->name, obj->pkgref->path, pos_str(perm, obj->pos), alt->name);
                else
                    errorf(c, alt->pos, "%s already declared through dot-import of package", alt->name);
            }
        }
    }
    /* attach methods to their receiver base types */
    for (int i = 0; i < methods.len; i++) {
        MethodInfo *mi = methods.data[i];
        bool ptr;
        Sym *base = resolve_base_type_name(c, mi->recv, &ptr);
        if (base) {
            mi->obj->ptr_recv = ptr;
            Vec *v = pm_get(&c->methods, base);
            if (!v) {
                v = NEW(Vec);
                pm_put(&c->methods, base, v);
            }
            vec_push(v, mi->obj);
        }
    }
    free(methods.data);
}

/* ---- declaring package-level objects (types2's packageObjects) ---- */

static void package_objects(Checker *c) {
    Vec *objs = &c->objlist;
    for (int i = 0; i < objs->len; i++) {
        Sym *obj = objs->data[i];
        if (obj->kind == SYM_TYPE && obj->type)
            collect_methods(c, obj);
    }
    Vec others = {0}, aliases = {0};
    for (int i = 0; i < objs->len; i++) {
        Sym *obj = objs->data[i];
        if (obj->kind == SYM_TYPE) {
            if (obj->is_alias)
                vec_push(&aliases, obj);
            else
                obj_decl(c, obj, NULL);
        } else
            vec_push(&others, obj);
    }
    for (int i = 0; i < aliases.len; i++)
        obj_decl(c, aliases.data[i], NULL);
    for (int i = 0; i < others.len; i++)
        obj_decl(c, others.data[i], NULL);
    free(others.data);
    free(aliases.data);
}

/* ---- initialization order (types2's initOrder) ---- */

typedef struct GraphNode {
    Sym *obj;
    PtrMap pred, succ;   /* GraphNode* sets */
    Vec predv, succv;    /* the same, in insertion order (deterministic) */
    int index, ndeps;
} GraphNode;

static void node_add(PtrMap *m, Vec *v, GraphNode *n) {
    if (pm_get(m, n))
        return;
    pm_put(m, n, n);
    vec_push(v, n);
}

static void node_del(PtrMap *m, Vec *v, GraphNode *n) {
    if (!pm_get(m, n))
        return;
    pm_del(m, n);
    for (int i = 0; i < v->len; i++)
        if (v->data[i] == n) {
            memmove(v->data + i, v->data + i + 1, sizeof(void *) * (size_t)(v->len - i - 1));
            v->len--;
            break;
        }
}

static bool heap_less(GraphNode *x, GraphNode *y) {
    return x->ndeps < y->ndeps || (x->ndeps == y->ndeps && x->obj->order < y->obj->order);
}

static void heap_swap(GraphNode **h, int i, int j) {
    GraphNode *t = h[i];
    h[i] = h[j];
    h[j] = t;
    h[i]->index = i;
    h[j]->index = j;
}

static void heap_down(GraphNode **h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, m = i;
        if (l < n && heap_less(h[l], h[m]))
            m = l;
        if (l + 1 < n && heap_less(h[l + 1], h[m]))
            m = l + 1;
        if (m == i)
            return;
        heap_swap(h, i, m);
        i = m;
    }
}

static void heap_up(GraphNode **h, int i) {
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!heap_less(h[i], h[p]))
            return;
        heap_swap(h, i, p);
        i = p;
    }
}

static bool find_path(Checker *c, Sym *from, Sym *to, PtrMap *seen, Vec *path) {
    if (pm_get(seen, from))
        return false;
    pm_put(seen, from, from);
    DeclInfo *d = decl_info(c, from);
    if (!d)
        return false;
    for (int i = 0; i < d->deps.len; i++) {
        Sym *dep = d->deps.data[i];
        if (dep == to) {
            vec_push(path, dep);
            return true;
        }
        if (find_path(c, dep, to, seen, path)) {
            vec_push(path, dep);
            return true;
        }
    }
    return false;
}

static void report_cycle(Checker *c, Vec *cycle) {
    Sym *obj = cycle->data[0];
    StrBuf b = {0};
    sb_printf(&b, "initialization loop for %s", obj->name);
    Pos p = obj->pos;
    for (int i = cycle->len - 1; i >= 0; i--) {
        sb_printf(&b, "\n\t%s: %s refers to", pos_str(perm, obj->pos), obj->name);
        obj = cycle->data[i];
    }
    sb_printf(&b, "\n\t%s: %s", pos_str(perm, obj->pos), obj->name);
    errorf(c, p, "%s", sb_str(&b));
    sb_free(&b);
}

static void init_order(Checker *c) {
    PtrMap M = {0};
    Vec all = {0};
    for (int i = 0; i < c->objlist.len; i++) {
        Sym *obj = c->objlist.data[i];
        if (obj->kind == SYM_CONST || obj->kind == SYM_VAR || obj->kind == SYM_FUNC) {
            GraphNode *n = NEW(GraphNode);
            n->obj = obj;
            pm_put(&M, obj, n);
            vec_push(&all, n);
        }
    }
    for (int i = 0; i < all.len; i++) {
        GraphNode *n = all.data[i];
        DeclInfo *d = decl_info(c, n->obj);
        for (int k = 0; k < d->deps.len; k++) {
            GraphNode *dn = pm_get(&M, d->deps.data[k]);
            if (!dn)
                continue;
            node_add(&n->succ, &n->succv, dn);
            node_add(&dn->pred, &dn->predv, n);
        }
    }
    /* eliminate function nodes, cheapest first, connecting their
     * predecessors directly to their successors */
    Vec G = {0}, F = {0};
    for (int i = 0; i < all.len; i++) {
        GraphNode *n = all.data[i];
        vec_push(n->obj->kind == SYM_FUNC ? &F : &G, n);
    }
    for (int i = 1; i < F.len; i++) /* stable insertion sort by cost */
        for (int j = i; j > 0; j--) {
            GraphNode *a = F.data[j - 1], *b = F.data[j];
            if ((long)a->predv.len * a->succv.len <= (long)b->predv.len * b->succv.len)
                break;
            F.data[j - 1] = b;
            F.data[j] = a;
        }
    for (int i = 0; i < F.len; i++) {
        GraphNode *n = F.data[i];
        for (int pi = 0; pi < n->predv.len; pi++) {
            GraphNode *p = n->predv.data[pi];
            if (p == n)
                continue;
            for (int si = 0; si < n->succv.len; si++) {
                GraphNode *s = n->succv.data[si];
                if (s == n)
                    continue;
                node_add(&p->succ, &p->succv, s);
                node_add(&s->pred, &s->predv, p);
            }
            node_del(&p->succ, &p->succv, n);
        }
        for (int si = 0; si < n->succv.len; si++) {
            GraphNode *s = n->succv.data[si];
            node_del(&s->pred, &s->predv, n);
        }
    }
    GraphNode **heap = (GraphNode **)G.data;
    int hn = G.len;
    for (int i = 0; i < hn; i++) {
        heap[i]->index = i;
        heap[i]->ndeps = heap[i]->succv.len;
    }
    for (int i = hn / 2 - 1; i >= 0; i--)
        heap_down(heap, hn, i);
    PtrMap emitted = {0};
    while (hn > 0) {
        GraphNode *n = heap[0];
        heap_swap(heap, 0, hn - 1);
        hn--;
        heap_down(heap, hn, 0);
        n->index = -1;
        if (n->ndeps > 0) {
            Vec cycle = {0};
            PtrMap seen = {0};
            if (find_path(c, n->obj, n->obj, &seen, &cycle))
                report_cycle(c, &cycle);
            free(cycle.data);
        }
        for (int pi = 0; pi < n->predv.len; pi++) {
            GraphNode *p = n->predv.data[pi];
            p->ndeps--;
            if (p->index >= 0 && p->index < hn) {
                heap_up(heap, p->index);
                heap_down(heap, hn, p->index);
            }
        }
        if (n->obj->kind != SYM_VAR)
            continue;
        DeclInfo *d = decl_info(c, n->obj);
        if (!d->init)
            continue;
        if (pm_get(&emitted, d))
            continue;
        pm_put(&emitted, d, d);
        vec_push(&c->pkg->init_order, d->spec);
    }
}

/* ---- unused imports ---- */

static void unused_imports(Checker *c) {
    for (int i = 0; i < c->imports.len; i++) {
        Sym *s = c->imports.data[i];
        if (s->used || is_blank(s->name))
            continue;
        const char *path = s->pkgref->path;
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        if (strcmp(s->name, ".") == 0 || strcmp(s->name, elem) == 0 ||
            (s->decl && !s->decl->name))
            soft_errorf(c, s->pos, "imported and not used: \"%s\"", path);
        else
            soft_errorf(c, s->pos, "imported and not used: \"%s\" as %s", path, s->name);
    }
}

/* ---- the package ---- */

Package *ty_check_package(const char *path, Vec *files) {
    return check_files(path, files, false, true);
}

/* Every interface gets its complete method set (Type.methods), which the
 * later stages read directly. */
static void finish_types(Checker *c) {
    for (int i = 0; i < c->ifaces.len; i++)
        iface_methods(c->ifaces.data[i]);
}

static Package *check_files(const char *path, Vec *files, bool is_std, bool root) {
    universe_init();
    Checker *c = NEW(Checker);
    Package *pkg = NEW(Package);
    pkg->path = path;
    pkg->is_std = is_std;
    pkg->scope = scope_new(NULL, false);
    pkg->files = *files;
    c->pkg = pkg;
    c->in_std = is_std;
    c->no_bodies = !root && !ty_import_bodies;
    c->env.scope = pkg->scope;
    const char *saved_local = ty_local_pkg;
    ty_local_pkg = path;

    /* package clauses */
    for (int i = 0; i < files->len; i++) {
        Node *file = files->data[i];
        const char *name = file->name ? file->name : "main";
        if (!pkg->name) {
            if (is_blank(name))
                errorf(c, file->pos, "invalid package name _");
            else
                pkg->name = name;
        }
        if (pkg->name && strcmp(name, pkg->name) != 0) {
            errorf(c, file->pos, "package %s; expected %s", name, pkg->name);
            continue;
        }
        vec_push(&c->files, file);
        vec_push(&c->file_scopes, scope_new(NULL, false));
        while (file_pkgs.len <= file->pos.file)
            vec_push(&file_pkgs, NULL);
        file_pkgs.data[file->pos.file] = pkg;
    }
    if (!pkg->name)
        pkg->name = "main";
    c->generics = c->files.len > 0;
    for (int i = 0; i < c->files.len; i++)
        c->generics = c->generics && ((Node *)c->files.data[i])->flag;

    /* gc's parser checks labels and branches as it reads each body */
    for (int fi = 0; fi < c->files.len; fi++) {
        Node *file = c->files.data[fi];
        for (int i = 0; i < file->list.len; i++)
            check_branches(c, file->list.data[i]);
    }
    collect_objects(c);
    if (!root && !c->no_bodies && ty_cache_lookup) /* its imports are loaded now */
        pkg->cached = ty_cache_lookup(pkg);
    package_objects(c);
    process_delayed(c, 0);
    inst_finish(c);
    process_delayed(c, 0);
    init_order(c);
    if (!c->no_bodies && !pkg->cached) /* bodies use imports */
        unused_imports(c);
    finish_types(c);
    /* go build passes -complete: every function needs a body (or a
     * //go:linkname); reported only when everything else is fine */
    if (ty_complete && !is_std && !diag_errors()) {
        for (int i = 0; i < pkg->funcs.len; i++) {
            Sym *f = pkg->funcs.data[i];
            Node *d = f->decl;
            if (d->c || strcmp(f->name, "init") == 0)
                continue;
            bool linkname = false;
            for (int k = 0; k < d->pragmas.len; k++)
                if (strncmp(d->pragmas.data[k], "go:linkname", 11) == 0)
                    linkname = true;
            if (!linkname) {
                Pos p = d->pos;
                if (d->a && d->pos2.line) {
                    p = d->pos2;
                    p.col += 5;
                }
                diag_error(p, "missing function body");
            }
        }
    }

    /* the package being compiled stays the one whose types print unqualified */
    if (!root)
        ty_local_pkg = saved_local;
    return pkg;
}

/* ---- for tests and other stages ---- */

bool ty_assignable(Type *v, Type *t) {
    Checker c = {0};
    Operand x = {M_VALUE, NULL, v, NULL, 0};
    if (v->kind == TY_UNTYPED_NIL)
        x.mode = M_NIL;
    return assignable_to(&c, &x, t, NULL);
}

bool ty_implements(Type *v, Type *iface) {
    Checker c = {0};
    return implements(&c, v, iface) == NULL;
}

Sym *ty_lookup_method(Type *t, const char *name, bool *ptr_only) {
    Selection sel = {0};
    *ptr_only = false;
    if (!lookup_field_or_method(t, false, NULL, name, &sel)) {
        if (sel.ptr_needed)
            *ptr_only = true;
        if (!sel.ptr_needed)
            return NULL;
        Selection s2 = {0};
        if (lookup_field_or_method(ty_ptr(t), false, NULL, name, &s2))
            return s2.method;
        return NULL;
    }
    return sel.method;
}
