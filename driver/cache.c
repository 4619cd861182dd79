/* cache.c — the cache of analysed packages, as the go command's GOCACHE
 * keeps gc's export data.
 *
 * What an importer needs of a package of go1.19's standard library, once
 * it is checked, is what gc's export data gives it: which functions can be
 * inlined, at what cost, with their bodies, and every function's escape
 * summary (its parameters' tags).  Computing that means checking every
 * body and running the inliner, the IR builder and escape analysis over
 * the package, which is most of the time of a -m build (fmt alone pulls in
 * some thirty packages).  The cache keeps the result, one entry per
 * package, so that the next build checks only the bodies an importer may
 * inline and takes the rest from the entry.
 *
 * An entry's key is a hash of everything the analysis read: this minigo
 * executable, the package's path, the names and contents of the files the
 * loader chose, and the keys of its imports (so a change anywhere below a
 * package changes its key).  An entry is a text file:
 *
 *     minigo analysed package 1
 *     path PATH
 *     F NAME CAN COST TAGGED NPARAMS  (LEAK_HEAP R0 .. R7) x NPARAMS
 *
 * one F line per function or method (NAME is the method's receiver type in
 * gc's link notation, a dot and the method's name), with the inliner's
 * decision and the parameters' tags (-1: no leak, else the dereferences).
 * Entries are written to a temporary file and renamed, so a reader sees a
 * whole entry or none; one that cannot be read is a miss.
 *
 * The directory is $MINIGOCACHE, else $XDG_CACHE_HOME/minigo, else
 * $HOME/.cache/minigo; MINIGOCACHE=off turns the cache off.  Entries live
 * under a directory named after the executable's hash; the directories of
 * other executables not used for five days are removed when a new one is
 * made.  MINIGOCACHE_VERIFY=1 checks every body and runs every analysis
 * even on a hit, and reports where the entry differs (tests use it).
 */
#include "driver.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- hashing ---- */

static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

void hash_bytes(Hash *h, const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t a = h->a ^ (n * 0x9e3779b97f4a7c15ull), b = h->b + n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        a = (a ^ w) * 0x87c37b91114253d5ull;
        a = (a << 31) | (a >> 33);
        b = (b + w) * 0x4cf5ad432745937full;
        b = (b << 27) | (b >> 37);
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    a = (a ^ w) * 0x87c37b91114253d5ull;
    b = (b + w) * 0x4cf5ad432745937full;
    h->a = mix(a ^ b);
    h->b = mix(b + h->a);
}

void hash_str(Hash *h, const char *s) { hash_bytes(h, s, strlen(s) + 1); }

static const char *hash_hex(Hash h) { return arena_printf(perm, "%016llx%016llx", (unsigned long long)h.a, (unsigned long long)h.b); }

/* ---- where ---- */

typedef struct Entry Entry;
typedef struct Record {
    const char *name;
    bool can, tagged;
    int cost, nparams;
    int *leaks; /* nparams * (1 + ESC_RESULTS) */
} Record;
#define NLEAK (1 + 8)

struct Entry {
    Package *pkg;
    Hash key;
    bool hit;
    Record *recs;
    int nrecs;
};

typedef struct Cache {
    bool off, verify;
    const char *dir;   /* of this executable's entries */
    Hash self;
    Vec entries;       /* of Entry*: the packages looked up */
} Cache;
static Cache cache;

static bool mkdirs(const char *path) {
    char *p = arena_strdup(perm, path);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            if (mkdir(p, 0777) < 0 && errno != EEXIST)
                return false;
            *s = '/';
        }
    return mkdir(p, 0777) == 0 || errno == EEXIST;
}

static const char *cache_root(void) {
    const char *e = getenv("MINIGOCACHE");
    if (e && *e)
        return strcmp(e, "off") == 0 ? NULL : e;
    e = getenv("XDG_CACHE_HOME");
    if (e && *e)
        return arena_printf(perm, "%s/minigo", e);
    e = getenv("HOME");
    if (e && *e)
        return arena_printf(perm, "%s/.cache/minigo", e);
    return NULL;
}

/* Removes the directories of other executables (all with mine NULL)
 * unused for max_age seconds. */
static void trim(const char *root, const char *mine, long max_age) {
    DIR *d = opendir(root);
    if (!d)
        return;
    time_t now = time(NULL);
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.' || (mine && strcmp(e->d_name, mine) == 0) || strlen(e->d_name) != 32)
            continue;
        const char *sub = arena_printf(perm, "%s/%s", root, e->d_name);
        struct stat st;
        if (stat(sub, &st) < 0 || !S_ISDIR(st.st_mode) || now - st.st_mtime < max_age)
            continue;
        DIR *sd = opendir(sub);
        if (!sd)
            continue;
        for (struct dirent *f; (f = readdir(sd));)
            if (f->d_name[0] != '.')
                unlink(arena_printf(perm, "%s/%s", sub, f->d_name));
        closedir(sd);
        rmdir(sub);
    }
    closedir(d);
}

/* ---- keys ---- */

static Entry *entry_of(Package *pkg) {
    for (int i = 0; i < cache.entries.len; i++) {
        Entry *e = cache.entries.data[i];
        if (e->pkg == pkg)
            return e;
    }
    return NULL;
}

/* What identifies an import: its entry's key, or for a package minigo
 * supplies (std/'s runtime) the contents of its declarations. */
static void hash_import(Hash *h, Package *imp) {
    hash_str(h, imp->path);
    Entry *e = entry_of(imp);
    if (e) {
        hash_bytes(h, &e->key, sizeof e->key);
        return;
    }
    if (!ty_std_dir)
        return;
    const char *dir = arena_printf(perm, "%s/%s", ty_std_dir, imp->path);
    DIR *d = opendir(dir);
    if (!d)
        return;
    Vec names = {0};
    for (struct dirent *f; (f = readdir(d));)
        if (has_suffix(f->d_name, ".go"))
            vec_push(&names, arena_strdup(perm, f->d_name));
    closedir(d);
    if (names.len)
        qsort(names.data, (size_t)names.len, sizeof(void *), cmp_str);
    for (int i = 0; i < names.len; i++) {
        size_t len;
        char *src = read_whole_file(arena_printf(perm, "%s/%s", dir, (char *)names.data[i]), &len);
        hash_str(h, names.data[i]);
        if (src)
            hash_bytes(h, src, len);
    }
    free(names.data);
}

/* The name a function is recorded by: NAME, or RECV.NAME for a method. */
static const char *rec_name(Sym *s) {
    Node *d = s->decl;
    if (!d || d->kind != N_FUNCDECL || !d->a || !d->a->type)
        return s->name;
    StrBuf b = {0};
    ty_print_link(&b, d->a->type);
    sb_printf(&b, ".%s", s->name);
    const char *r = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return r;
}

static bool is_init(Sym *s) { return strcmp(s->name, "init") == 0 && !(s->decl && s->decl->a); }

/* ---- reading an entry ---- */

static int cmp_rec(const void *a, const void *b) { return strcmp(((const Record *)a)->name, ((const Record *)b)->name); }

static Record *find_rec(Entry *e, Sym *s) {
    if (!e->nrecs || is_init(s))
        return NULL;
    Record k = {.name = rec_name(s)};
    return bsearch(&k, e->recs, (size_t)e->nrecs, sizeof(Record), cmp_rec);
}

static const char *entry_file(Entry *e) { return arena_printf(perm, "%s/%s", cache.dir, hash_hex(e->key)); }

#define HEADER "minigo analysed package 1\n"

static bool read_entry(Entry *e) {
    size_t len;
    char *data = read_whole_file(entry_file(e), &len);
    if (!data || strncmp(data, HEADER, strlen(HEADER)) != 0)
        return false;
    char *p = data + strlen(HEADER);
    const char *want = arena_printf(perm, "path %s\n", e->pkg->path);
    if (strncmp(p, want, strlen(want)) != 0)
        return false;
    p += strlen(want);
    Vec recs = {0};
    bool ok = true;
    while (ok && *p) {
        char *eol = strchr(p, '\n');
        if (!eol || p[0] != 'F' || p[1] != ' ') {
            ok = false;
            break;
        }
        *eol = 0;
        char *q = p + 2, *sp = strchr(q, ' ');
        Record *r = NEW(Record);
        int can = 0, tagged = 0, n = 0;
        if (!sp || sscanf(sp, " %d %d %d %d%n", &can, &r->cost, &tagged, &r->nparams, &n) != 4 ||
            r->nparams < 0 || r->nparams > 10000) {
            ok = false;
            break;
        }
        r->name = arena_strndup(perm, q, (size_t)(sp - q));
        r->can = can;
        r->tagged = tagged;
        r->leaks = arena_alloc(perm, sizeof(int) * (size_t)(r->nparams * NLEAK + 1));
        char *s = sp + n;
        for (int i = 0; i < r->nparams * NLEAK && ok; i++) {
            char *end;
            long v = strtol(s, &end, 10);
            if (end == s || v < -1 || v > 1000)
                ok = false;
            r->leaks[i] = (int)v;
            s = end;
        }
        vec_push(&recs, r);
        p = eol + 1;
    }
    if (ok) {
        e->nrecs = recs.len;
        e->recs = arena_alloc(perm, sizeof(Record) * (size_t)(recs.len + 1));
        for (int i = 0; i < recs.len; i++)
            e->recs[i] = *(Record *)recs.data[i];
        qsort(e->recs, (size_t)e->nrecs, sizeof(Record), cmp_rec);
    }
    free(recs.data);
    return ok;
}

/* The cache's directory, made when first needed; false when the cache
 * is off or cannot be had. */
static bool cache_open(void) {
    static int state; /* 0 not yet, 1 open, 2 off */
    if (state)
        return state == 1;
    state = 2;
    const char *root = cache_root();
    if (!root)
        return false;
    size_t len;
    char *exe = read_whole_file("/proc/self/exe", &len);
    if (!exe)
        return false;
    hash_bytes(&cache.self, exe, len);
    const char *sub = hash_hex(cache.self);
    cache.dir = arena_printf(perm, "%s/%s", root, sub);
    struct stat st;
    if (stat(cache.dir, &st) < 0) {
        if (!mkdirs(cache.dir))
            return false;
        trim(root, sub, 5 * 24 * 3600);
    }
    const char *v = getenv("MINIGOCACHE_VERIFY");
    cache.verify = v && strcmp(v, "1") == 0;
    state = 1;
    return true;
}

/* ---- the checker's questions ---- */

static bool lookup(Package *pkg) {
    Hash files;
    if (!cache_open() || !loader_files_hash(pkg->path, &files))
        return false;
    Entry *e = NEW(Entry);
    e->pkg = pkg;
    e->key = cache.self;
    hash_str(&e->key, "minigo analysed package 1");
    hash_str(&e->key, pkg->path);
    hash_bytes(&e->key, &files, sizeof files);
    for (int i = 0; i < pkg->imports.len; i++)
        hash_import(&e->key, pkg->imports.data[i]);
    vec_push(&cache.entries, e);
    e->hit = read_entry(e);
    return e->hit;
}

static bool wants_body(Package *pkg, Sym *fn) {
    if (cache.verify)
        return true;
    Entry *e = entry_of(pkg);
    Record *r = e ? find_rec(e, fn) : NULL;
    return !r || r->can;
}

int cache_clean(void) {
    const char *root = cache_root();
    if (root)
        trim(root, NULL, -1);
    return 0;
}

void cache_install(void) {
    ty_cache_lookup = lookup;
    ty_cache_wants_body = wants_body;
}

/* ---- after checking: the entry used, or written ---- */

/* Whether the analysis of pkg comes from its entry (then given to the
 * inliner and as the functions' IrFuncs). */
bool cache_apply(Package *pkg) {
    Entry *e = entry_of(pkg);
    if (!e || !e->hit || cache.verify)
        return false;
    inl_deadcode(pkg);
    ir_cur_pkg = pkg;
    inl_analyze(pkg, (InlOptions){0});
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        Record *r = find_rec(e, s);
        if (!r)
            continue;
        inl_set_facts(s, r->can, r->cost);
        IrFunc *f = ir_extern_func(s);
        if (f->params.len != r->nparams)
            ice("cache entry %s: %s has %d parameters, not %d", entry_file(e), r->name, f->params.len,
                r->nparams);
        for (int k = 0; k < r->nparams; k++) {
            IrVar *p = f->params.data[k];
            p->leak_heap = r->leaks[k * NLEAK];
            for (int j = 0; j < NLEAK - 1; j++)
                p->leak_result[j] = r->leaks[k * NLEAK + 1 + j];
        }
        f->tagged = r->tagged;
        f->imported = true;
        s->aux = f;
    }
    return true;
}

/* The record of every function of the analysed package. */
static void records(Package *pkg, StrBuf *b) {
    for (int i = 0; i < pkg->funcs.len; i++) {
        Sym *s = pkg->funcs.data[i];
        IrFunc *f = s->aux;
        if (!f || is_init(s))
            continue;
        int cost;
        bool can = inl_facts(s, &cost);
        sb_printf(b, "F %s %d %d %d %d", rec_name(s), can, cost, f->tagged, f->params.len);
        for (int k = 0; k < f->params.len; k++) {
            IrVar *p = f->params.data[k];
            sb_printf(b, " %d", p->leak_heap);
            for (int j = 0; j < NLEAK - 1; j++)
                sb_printf(b, " %d", p->leak_result[j]);
        }
        sb_putc(b, '\n');
    }
}

/* Compares an entry with the analysis just made (MINIGOCACHE_VERIFY). */
static void verify(Entry *e, StrBuf *now) {
    size_t len;
    char *old = read_whole_file(entry_file(e), &len);
    const char *body = old ? old + strlen(HEADER) + strlen("path \n") + strlen(e->pkg->path) : NULL;
    if (!old || len < (size_t)(body - old) || strcmp(body, sb_str(now)) != 0) {
        fprintf(stderr, "minigo: cache entry %s of %s differs from the analysis\n", entry_file(e), e->pkg->path);
        exit(3);
    }
}

void cache_store(Package *pkg) {
    Entry *e = entry_of(pkg);
    if (!e)
        return;
    StrBuf b = {0};
    records(pkg, &b);
    if (e->hit && cache.verify) {
        verify(e, &b);
        sb_free(&b);
        return;
    }
    const char *file = entry_file(e);
    const char *tmp = arena_printf(perm, "%s.%d.tmp", file, (int)getpid());
    FILE *fp = fopen(tmp, "wb");
    if (fp) {
        bool ok = fprintf(fp, HEADER "path %s\n", pkg->path) > 0 && fwrite(sb_str(&b), 1, b.len, fp) == b.len;
        ok = fclose(fp) == 0 && ok;
        if (!ok || rename(tmp, file) < 0)
            unlink(tmp);
    }
    sb_free(&b);
}
