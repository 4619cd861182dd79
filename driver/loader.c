/* loader.c — packages of go1.19's standard library, loaded from their
 * source under $(go env GOROOT)/src as the go command loads them.
 *
 * A package is a directory.  Its files are chosen by go/build's rules for
 * linux/amd64 with CGO_ENABLED=0:
 *
 *   - only NAME.go files, not *_test.go, not names starting with "_" or ".";
 *   - a name's suffixes _GOOS, _GOARCH or _GOOS_GOARCH (the part before the
 *     first "_" does not count) must match linux and amd64;
 *   - the header's build constraint must hold: the `//go:build` line when
 *     there is one, else every `// +build` line; the tags that hold are
 *     linux, amd64, unix, gc, go1.1 to go1.19 and the experiments go1.19
 *     enables on amd64 (goexperiment.regabiwrappers, .regabiargs);
 *   - a file that imports "C" is a cgo file, left out without cgo;
 *   - files of package `documentation` are ignored.
 *
 * A package with assembly (.s files) may declare functions without
 * bodies; one without may not (the go command passes gc -complete then).
 *
 * Imports inside the standard library resolve through GOROOT/src/vendor
 * first (golang.org/x/net/... is vendor/golang.org/x/net/...), as the go
 * command resolves them.  Packages minigo replaces outright (its runtime)
 * keep their declarations in std/.  Each package is loaded once, its
 * imports first (the checker asks for them as it meets them), so the
 * order is bottom-up and a cycle is reported. */
#include "driver.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MINIGO_GOROOT
#define MINIGO_GOROOT "/usr/lib/go-1.19"
#endif

bool loader_from_source;

const char *loader_goroot(void) {
    const char *g = getenv("GOROOT");
    return g && *g ? g : MINIGO_GOROOT;
}

bool loader_available(void) {
    struct stat st;
    const char *d = arena_printf(perm, "%s/src/runtime", loader_goroot());
    return stat(d, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- build constraints ---- */

static bool tag_holds(const char *tag, size_t n) {
    static const char *const on[] = {"linux", "amd64", "unix", "gc",
                                     "goexperiment.regabiwrappers", "goexperiment.regabiargs"};
    for (size_t i = 0; i < sizeof on / sizeof *on; i++)
        if (strlen(on[i]) == n && memcmp(on[i], tag, n) == 0)
            return true;
    /* release tags go1.1 ... go1.19 */
    if (n >= 5 && memcmp(tag, "go1.", 4) == 0) {
        int minor = 0;
        for (size_t i = 4; i < n; i++) {
            if (tag[i] < '0' || tag[i] > '9')
                return false;
            minor = minor * 10 + (tag[i] - '0');
            if (minor > 1000)
                return false;
        }
        return minor >= 1 && minor <= 19;
    }
    return false;
}

static bool tag_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.';
}

/* A //go:build expression: || of && of ! of tags and parentheses.  *ok
 * turns false on a malformed one (the file is then left out, as go/build
 * reports and skips it). */
typedef struct Expr {
    const char *p;
    bool ok;
} Expr;

static void skip_space(Expr *e) {
    while (*e->p == ' ' || *e->p == '\t')
        e->p++;
}

static bool expr_or(Expr *e);

static bool expr_unary(Expr *e) {
    skip_space(e);
    if (*e->p == '!') {
        e->p++;
        return !expr_unary(e);
    }
    if (*e->p == '(') {
        e->p++;
        bool v = expr_or(e);
        skip_space(e);
        if (*e->p != ')')
            e->ok = false;
        else
            e->p++;
        return v;
    }
    const char *start = e->p;
    while (tag_char(*e->p))
        e->p++;
    if (e->p == start) {
        e->ok = false;
        return false;
    }
    return tag_holds(start, (size_t)(e->p - start));
}

static bool expr_and(Expr *e) {
    bool v = expr_unary(e);
    for (;;) {
        skip_space(e);
        if (e->p[0] != '&' || e->p[1] != '&')
            return v;
        e->p += 2;
        bool r = expr_unary(e);
        v = v && r;
    }
}

static bool expr_or(Expr *e) {
    bool v = expr_and(e);
    for (;;) {
        skip_space(e);
        if (e->p[0] != '|' || e->p[1] != '|')
            return v;
        e->p += 2;
        bool r = expr_and(e);
        v = v || r;
    }
}

static bool go_build_holds(const char *expr) {
    Expr e = {expr, true};
    bool v = expr_or(&e);
    skip_space(&e);
    return e.ok && *e.p == 0 && v;
}

/* A `// +build` line: options separated by spaces, any of which may hold;
 * an option is terms joined by commas, all of which must; a term may be
 * negated with "!". */
static bool plus_build_holds(const char *line) {
    char *copy = xstrdup(line);
    bool any = false;
    for (char *opt = strtok(copy, " \t"); opt && !any; opt = strtok(NULL, " \t")) {
        bool all = true;
        for (char *t = opt; t && all;) {
            char *comma = strchr(t, ',');
            size_t n = comma ? (size_t)(comma - t) : strlen(t);
            bool neg = n > 0 && t[0] == '!';
            bool v = n > (size_t)neg && tag_holds(t + neg, n - neg);
            all = neg ? !v : v;
            t = comma ? comma + 1 : NULL;
        }
        any = all;
    }
    free(copy);
    return any;
}

/* The constraints of a file's header: the comments and blank lines before
 * the package clause.  `// +build` lines count only when a blank line
 * separates them from the package clause; a //go:build line, when there
 * is one, decides alone. */
static bool header_allows(const char *src, size_t len) {
    const char *p = src, *end = src + len;
    bool have_go_build = false, go_build = true;
    bool plus = true;        /* every +build line seen holds */
    bool plus_pending = true; /* the +build lines so far, not yet confirmed by a blank line */
    bool pending_seen = false;
    bool in_block = false;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p;
        while (s < le && (*s == ' ' || *s == '\t' || *s == '\r'))
            s++;
        const char *e = le;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        if (in_block) {
            const char *close = NULL;
            for (const char *q = s; q + 1 < e; q++)
                if (q[0] == '*' && q[1] == '/') {
                    close = q;
                    break;
                }
            if (close) {
                in_block = false;
                if (close + 2 != e)
                    break; /* code after the comment: the header ends */
            }
        } else if (s == e) {
            if (pending_seen) {
                plus = plus && plus_pending;
                pending_seen = false;
                plus_pending = true;
            }
        } else if (e - s >= 2 && s[0] == '/' && s[1] == '/') {
            const char *c = s + 2;
            size_t n = (size_t)(e - c);
            if (n >= 9 && memcmp(c, "go:build", 8) == 0 && (c[8] == ' ' || c[8] == '\t')) {
                if (!have_go_build) {
                    char *x = arena_strndup(perm, c + 9, (size_t)(e - c - 9));
                    go_build = go_build_holds(x);
                    have_go_build = true;
                }
            } else {
                while (c < e && (*c == ' ' || *c == '\t'))
                    c++;
                if (e - c >= 6 && memcmp(c, "+build", 6) == 0 && (e - c == 6 || c[6] == ' ' || c[6] == '\t')) {
                    char *x = arena_strndup(perm, c + 6, (size_t)(e - c - 6));
                    pending_seen = true;
                    plus_pending = plus_pending && plus_build_holds(x);
                }
            }
        } else if (e - s >= 2 && s[0] == '/' && s[1] == '*') {
            bool closed = false;
            for (const char *q = s + 2; q + 1 < e; q++)
                if (q[0] == '*' && q[1] == '/') {
                    closed = true;
                    if (q + 2 != e)
                        goto done;
                    break;
                }
            in_block = !closed;
        } else {
            break; /* the package clause (or anything else) ends the header */
        }
        p = nl ? nl + 1 : end;
    }
done:
    if (have_go_build)
        return go_build;
    return plus;
}

static const char *const known_os[] = {"aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",
                                       "illumos", "ios",   "js",     "linux",     "nacl",    "netbsd",
                                       "openbsd", "plan9", "solaris", "windows",  "zos",     NULL};
static const char *const known_arch[] = {
    "386",     "amd64",   "amd64p32", "arm",      "armbe",      "arm64",   "arm64be", "loong64",
    "mips",    "mipsle",  "mips64",   "mips64le", "mips64p32",  "mips64p32le", "ppc", "ppc64",
    "ppc64le", "riscv",   "riscv64",  "s390",     "s390x",      "sparc",   "sparc64", "wasm", NULL};

static bool in_list(const char *const *l, const char *s, size_t n) {
    for (; *l; l++)
        if (strlen(*l) == n && memcmp(*l, s, n) == 0)
            return true;
    return false;
}

/* go/build's goodOSArchFile for NAME.go (the ".go" already removed). */
static bool name_allows(const char *name) {
    const char *u = strchr(name, '_');
    if (!u)
        return true;
    /* the parts after the first "_", without a trailing _test */
    Vec parts = {0};
    char *copy = xstrdup(u + 1);
    for (char *t = strtok(copy, "_"); t; t = strtok(NULL, "_"))
        vec_push(&parts, t);
    int n = parts.len;
    if (n && strcmp(parts.data[n - 1], "test") == 0)
        n--;
    bool ok = true;
    const char *last = n >= 1 ? parts.data[n - 1] : NULL;
    const char *prev = n >= 2 ? parts.data[n - 2] : NULL;
    if (prev && in_list(known_os, prev, strlen(prev)) && in_list(known_arch, last, strlen(last)))
        ok = strcmp(prev, "linux") == 0 && strcmp(last, "amd64") == 0;
    else if (last && in_list(known_os, last, strlen(last)))
        ok = strcmp(last, "linux") == 0;
    else if (last && in_list(known_arch, last, strlen(last)))
        ok = strcmp(last, "amd64") == 0;
    free(copy);
    free(parts.data);
    return ok;
}

bool has_suffix(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcmp(s + n - k, suf) == 0;
}

int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Does the file import "C"?  (cgo; left out without it) */
static bool imports_c(Node *file) {
    for (int i = 0; i < file->list2.len; i++) {
        Node *imp = file->list2.data[i];
        if (imp->str && strcmp(imp->str, "C") == 0)
            return true;
    }
    return false;
}

/* The name go prints for a file: its directory as the go command's
 * ShortPath gives it (relative to the current directory when that is
 * shorter than the path, "." for the current directory itself), then the
 * file's name: ./a.go, util/a.go, ../x/a.go, /usr/lib/go-1.19/src/... */
static const char *short_display(const char *path) {
    char cwd[4096];
    const char *slash = strrchr(path, '/');
    if (!slash || path[0] != '/' || !getcwd(cwd, sizeof cwd))
        return path;
    const char *dir = arena_strndup(perm, path, (size_t)(slash - path));
    /* the common prefix, by whole components */
    size_t common = 0;
    for (size_t i = 0;; i++) {
        char a = cwd[i], b = dir[i];
        if ((a == '/' || a == 0) && (b == '/' || b == 0))
            common = i;
        if (a != b || a == 0)
            break;
    }
    StrBuf sb = {0};
    for (const char *c = cwd + common; *c; c++)
        if (*c == '/')
            sb_puts(&sb, sb.len ? "/.." : "..");
    const char *rest = dir + common + (dir[common] == '/');
    if (*rest) {
        if (sb.len)
            sb_putc(&sb, '/');
        sb_puts(&sb, rest);
    }
    if (!sb.len)
        sb_putc(&sb, '.');
    const char *rel = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    if (strlen(rel) >= strlen(dir))
        rel = dir;
    return arena_printf(perm, "%s%s", rel, slash);
}

/* Standard packages whose functions without bodies the runtime supplies
 * (the go command does not pass them -complete either). */
static bool runtime_supplied(const char *path) {
    static const char *const l[] = {"bytes", "internal/poll", "net", "os", "runtime/metrics",
                                    "runtime/pprof", "runtime/trace", "sync", "syscall", "time", NULL};
    for (int i = 0; l[i]; i++)
        if (strcmp(l[i], path) == 0)
            return true;
    return false;
}

bool loader_select(const char *dir, const char *path, Vec *files, bool *complete, Hash *h) {
    DIR *d = opendir(dir);
    if (!d)
        return false;
    Vec names = {0};
    bool ext = runtime_supplied(path);
    for (struct dirent *e; (e = readdir(d));) {
        const char *n = e->d_name;
        if (n[0] == '.' || n[0] == '_')
            continue;
        /* files of other languages (only their presence counts here) */
        if (has_suffix(n, ".s") || has_suffix(n, ".S") || has_suffix(n, ".c") || has_suffix(n, ".syso") ||
            has_suffix(n, ".cc") || has_suffix(n, ".cpp") || has_suffix(n, ".m") || has_suffix(n, ".f"))
            ext = ext || name_allows(arena_strndup(perm, n, (size_t)(strrchr(n, '.') - n)));
        if (!has_suffix(n, ".go") || has_suffix(n, "_test.go"))
            continue;
        vec_push(&names, arena_strdup(perm, n));
    }
    closedir(d);
    if (names.len)
        qsort(names.data, (size_t)names.len, sizeof(void *), cmp_str);
    for (int i = 0; i < names.len; i++) {
        const char *n = names.data[i];
        char *stem = arena_strndup(perm, n, strlen(n) - 3);
        if (!name_allows(stem))
            continue;
        const char *path = arena_printf(perm, "%s/%s", dir, n);
        size_t len;
        char *src = read_whole_file(path, &len);
        if (!src || !header_allows(src, len))
            continue;
        Node *f = parse_source(short_display(path), src, len, true);
        if (!f)
            continue; /* reported */
        if (imports_c(f) || (f->name && strcmp(f->name, "documentation") == 0))
            continue;
        if (h) {
            hash_str(h, n);
            hash_bytes(h, src, len);
        }
        vec_push(files, f);
    }
    free(names.data);
    *complete = !ext;
    return true;
}

bool loader_has_go_files(const char *dir) {
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool any = false;
    for (struct dirent *e; !any && (e = readdir(d));)
        any = e->d_name[0] != '.' && e->d_name[0] != '_' && has_suffix(e->d_name, ".go") &&
              !has_suffix(e->d_name, "_test.go");
    closedir(d);
    return any;
}

/* ---- import paths ---- */

/* Replaced outright: minigo's runtime keeps its API in std/. */
static bool replaced(const char *path) {
    return strcmp(path, "runtime") == 0 || strncmp(path, "runtime/internal/", 17) == 0;
}

/* The directory of a std import path (vendored paths first), and the
 * package's full path; NULL when GOROOT has no such package. */
const char *loader_std_dir(const char *path, const char **full) {
    const char *root = loader_goroot();
    if (!strchr(path, '.') || strncmp(path, "vendor/", 7) == 0) {
        const char *d = arena_printf(perm, "%s/src/%s", root, path);
        if (is_dir(d)) {
            *full = path;
            return d;
        }
        return NULL;
    }
    const char *v = arena_printf(perm, "%s/src/vendor/%s", root, path);
    if (is_dir(v)) {
        *full = arena_printf(perm, "vendor/%s", path);
        return v;
    }
    return NULL;
}

typedef struct StdPkg {
    const char *path;
    Package *pkg; /* NULL while loading (a cycle) */
    Hash files;   /* of the files chosen: their names and contents */
} StdPkg;
static Vec std_loaded; /* of StdPkg* */

static Package *std_hook(const char *path, Pos at, bool *handled) {
    if (replaced(path))
        return NULL;
    const char *full = NULL;
    const char *dir = loader_std_dir(path, &full);
    if (!dir)
        return NULL; /* std/'s, or "not in GOROOT" there */
    *handled = true;
    for (int i = 0; i < std_loaded.len; i++) {
        StdPkg *s = std_loaded.data[i];
        if (strcmp(s->path, full) == 0) {
            if (!s->pkg)
                diag_error(at, "import cycle not allowed");
            return s->pkg;
        }
    }
    StdPkg *s = NEW(StdPkg);
    s->path = full;
    vec_push(&std_loaded, s);
    Vec files = {0};
    bool complete = false;
    loader_select(dir, full, &files, &complete, &s->files);
    if (!files.len) {
        diag_error(at, "build constraints exclude all Go files in %s", dir);
        return NULL;
    }
    bool saved = ty_complete;
    ty_complete = complete;
    s->pkg = ty_check_import(full, &files);
    if (s->pkg)
        s->pkg->goroot = true;
    ty_complete = saved;
    return s->pkg;
}

bool loader_files_hash(const char *path, Hash *h) {
    for (int i = 0; i < std_loaded.len; i++) {
        StdPkg *s = std_loaded.data[i];
        if (strcmp(s->path, path) == 0) {
            *h = s->files;
            return true;
        }
    }
    return false;
}

static Package *(*next_hook)(const char *path, Pos at, bool *handled);

static Package *chained_hook(const char *path, Pos at, bool *handled) {
    if (next_hook) {
        Package *p = next_hook(path, at, handled);
        if (*handled)
            return p;
    }
    return std_hook(path, at, handled);
}

/* The build pass: a std package std/ has no declarations of is compiled
 * from go1.19's source, over std/'s declarations of the packages it
 * imports (those std/ declares, which minigo's C library implements). */
static bool std_declares(const char *path) {
    char *file = arena_printf(perm, "%s/%s.go", ty_std_dir, path);
    for (char *q = file + strlen(ty_std_dir) + 1; *q; q++)
        if (*q == '/')
            *q = '_';
    struct stat st;
    return stat(file, &st) == 0;
}

/* MINIGO_FROM_SOURCE=strings,unicode: packages std/ declares, compiled
 * from go1.19's source all the same (for measuring what that costs). */
static bool from_source(const char *path) {
    const char *v = getenv("MINIGO_FROM_SOURCE");
    if (!v)
        return false;
    size_t n = strlen(path);
    for (const char *p = v; *p;) {
        const char *e = strchr(p, ',');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && strncmp(p, path, n) == 0)
            return true;
        p += k + (e != NULL);
    }
    return false;
}

void loader_explain_gap(const char *path, DiagMark m) {
    const char *v = getenv("MINIGO_GAPS");
    if (v && *v && strcmp(v, "0") != 0)
        fprintf(stderr, "minigo: why package %s cannot be built yet:\n%s", path, diag_since(m));
}

static Package *gap_hook(const char *path, Pos at, bool *handled) {
    if (next_hook) {
        Package *p = next_hook(path, at, handled);
        if (*handled)
            return p;
    }
    if (!ty_std_dir || (std_declares(path) && !from_source(path)) || replaced(path))
        return NULL;
    /* what minigo cannot check of it yet (its source needs what std/
     * lacks) is said once, at the import */
    static Vec failed; /* of const char* */
    for (int i = 0; i < failed.len; i++)
        if (strcmp(failed.data[i], path) == 0) {
            *handled = true;
            diag_error(at, "minigo cannot build package %s yet", path);
            return NULL;
        }
    DiagMark m = diag_mark();
    Package *p = std_hook(path, at, handled);
    if (diag_errors() > m.nerrors) {
        loader_explain_gap(path, m);
        diag_rollback(m);
        diag_error(at, "minigo cannot build package %s yet", path);
        vec_push(&failed, (void *)path);
    }
    return p;
}

void loader_install_gaps(void) {
    if (ty_import_hook == gap_hook || !loader_available())
        return;
    next_hook = ty_import_hook;
    ty_import_hook = gap_hook;
}

void loader_install(void) {
    if (ty_import_hook == chained_hook)
        return;
    next_hook = ty_import_hook;
    ty_import_hook = chained_hook;
    loader_from_source = true;
    cache_install();
}
