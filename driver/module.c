/* module.c — the packages of the main module, found as the go command
 * finds them in module mode.
 *
 * The main module is the directory holding go.mod, searched from the
 * current directory upwards; its `module` line gives the import path of
 * that directory, and a directory below it has that path joined with its
 * relative path.  `replace PATH [VERSION] => DIR` lines (DIR starting with
 * ./ or ../, or absolute) make another module's packages come from a
 * directory, and so does a vendor/ directory of the main module
 * (vendor/PATH).  Nothing is ever downloaded: any other import path that
 * is not the standard library's is go's "no required module provides
 * package" error.
 *
 * What the command line names (build, run, check, diff), as the go command
 * takes it: a directory (`.`, `./x`, `../x`, an absolute path), a pattern
 * `DIR/...` (that directory and every directory below it holding Go files,
 * but testdata, vendor, names starting with `.` or `_`, and directories
 * of other modules), or an import path inside the main module (`PATH/...`
 * too).  Each package's files are chosen by go/build's rules (loader.c). */
#include "driver.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct Replace {
    const char *path, *dir;
} Replace;

typedef struct Module {
    const char *root; /* the directory of go.mod; NULL without one */
    const char *path; /* its module path */
    Vec replaces;     /* of Replace* */
} Module;
static Module mod;
static bool mod_searched;

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The next word of a go.mod line (a quoted one unquoted); NULL at the end
 * or at a comment. */
static const char *word(char **p) {
    while (**p == ' ' || **p == '\t')
        (*p)++;
    if (!**p || (**p == '/' && (*p)[1] == '/'))
        return NULL;
    char *s = *p;
    if (*s == '"' || *s == '`') {
        char q = *s++;
        char *e = strchr(s, q);
        if (!e)
            return NULL;
        *p = e + 1;
        return arena_strndup(perm, s, (size_t)(e - s));
    }
    while (**p && **p != ' ' && **p != '\t')
        (*p)++;
    return arena_strndup(perm, s, (size_t)(*p - s));
}

static const char *abs_dir(const char *base, const char *rel) {
    if (rel[0] == '/')
        return rel;
    char buf[PATH_MAX];
    const char *j = arena_printf(perm, "%s/%s", base, rel);
    return realpath(j, buf) ? arena_strdup(perm, buf) : j;
}

static void parse_replace(char *line) {
    const char *from = word(&line);
    const char *w = word(&line);
    if (w && strcmp(w, "=>") != 0)
        w = word(&line); /* a version */
    if (!from || !w || strcmp(w, "=>") != 0)
        return;
    const char *to = word(&line);
    if (!to || !(to[0] == '.' || to[0] == '/'))
        return; /* a module version: it would be downloaded */
    Replace *r = NEW(Replace);
    r->path = from;
    r->dir = abs_dir(mod.root, to);
    vec_push(&mod.replaces, r);
}

/* Finds and reads go.mod; false without one. */
static bool find_module(void) {
    if (mod_searched)
        return mod.root != NULL;
    mod_searched = true;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return false;
    for (char *end = cwd + strlen(cwd);;) {
        const char *gomod = arena_printf(perm, "%s/go.mod", *cwd ? cwd : "");
        size_t len;
        char *src = read_whole_file(gomod, &len);
        if (src) {
            mod.root = arena_strdup(perm, *cwd ? cwd : "/");
            bool in_replace = false;
            for (char *line = src; line && *line;) {
                char *nl = strchr(line, '\n');
                if (nl)
                    *nl = 0;
                char *p = line;
                const char *w = word(&p);
                if (in_replace) {
                    if (w && strcmp(w, ")") == 0)
                        in_replace = false;
                    else if (w)
                        parse_replace(line);
                } else if (w && strcmp(w, "module") == 0) {
                    mod.path = word(&p);
                } else if (w && strcmp(w, "replace") == 0) {
                    char *q = p;
                    const char *x = word(&q);
                    if (x && strcmp(x, "(") == 0)
                        in_replace = true;
                    else
                        parse_replace(p);
                }
                line = nl ? nl + 1 : NULL;
            }
            if (!mod.path) {
                fprintf(stderr, "go: error reading %s: missing module declaration\n", gomod);
                exit(1);
            }
            return true;
        }
        char *slash = strrchr(cwd, '/');
        if (!slash || (slash == cwd && !cwd[1]))
            return false;
        *slash = 0;
        (void)end;
    }
}

static void no_gomod(void) {
    fprintf(stderr, "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    exit(1);
}

bool mod_available(void) { return find_module(); }

/* The directory of an import path of the main module, a replaced module
 * or the vendor directory; NULL otherwise. */
const char *mod_dir(const char *path) {
    if (!find_module())
        return NULL;
    size_t n = strlen(mod.path);
    if (strcmp(path, mod.path) == 0)
        return mod.root;
    if (strncmp(path, mod.path, n) == 0 && path[n] == '/')
        return arena_printf(perm, "%s/%s", mod.root, path + n + 1);
    for (int i = 0; i < mod.replaces.len; i++) {
        Replace *r = mod.replaces.data[i];
        size_t k = strlen(r->path);
        if (strcmp(path, r->path) == 0)
            return r->dir;
        if (strncmp(path, r->path, k) == 0 && path[k] == '/')
            return arena_printf(perm, "%s/%s", r->dir, path + k + 1);
    }
    const char *v = arena_printf(perm, "%s/vendor/%s", mod.root, path);
    return is_dir(v) ? v : NULL;
}

/* The import path of a directory of the main module; NULL outside it. */
static const char *dir_path(const char *dir) {
    size_t n = strlen(mod.root);
    if (strcmp(dir, mod.root) == 0)
        return mod.path;
    if (strncmp(dir, mod.root, n) == 0 && (dir[n] == '/' || strcmp(mod.root, "/") == 0))
        return arena_printf(perm, "%s/%s", mod.path, dir + n + (dir[n] == '/'));
    return NULL;
}

/* ---- the command line's patterns ---- */

/* Go's filepath.Clean of an absolute path: no ".", "..", or double slashes. */
static const char *clean_path(const char *p) {
    Vec parts = {0};
    char *copy = arena_strdup(perm, p);
    for (char *t = strtok(copy, "/"); t; t = strtok(NULL, "/")) {
        if (strcmp(t, ".") == 0)
            continue;
        if (strcmp(t, "..") == 0) {
            if (parts.len)
                parts.len--;
            continue;
        }
        vec_push(&parts, t);
    }
    StrBuf b = {0};
    for (int i = 0; i < parts.len; i++)
        sb_printf(&b, "/%s", (char *)parts.data[i]);
    const char *r = arena_strdup(perm, b.len ? sb_str(&b) : "/");
    sb_free(&b);
    free(parts.data);
    return r;
}

static bool has_go_file(const char *dir) { return loader_has_go_files(dir); }

static void walk(const char *dir, Vec *dirs) {
    if (has_go_file(dir))
        vec_push(dirs, (void *)dir);
    DIR *d = opendir(dir);
    if (!d)
        return;
    Vec names = {0};
    for (struct dirent *e; (e = readdir(d));) {
        const char *n = e->d_name;
        if (n[0] == '.' || n[0] == '_' || strcmp(n, "testdata") == 0 || strcmp(n, "vendor") == 0)
            continue;
        vec_push(&names, arena_strdup(perm, n));
    }
    closedir(d);
    if (names.len)
        qsort(names.data, (size_t)names.len, sizeof(void *), cmp_str);
    for (int i = 0; i < names.len; i++) {
        const char *sub = arena_printf(perm, "%s/%s", dir, (char *)names.data[i]);
        struct stat st;
        if (!is_dir(sub) || stat(arena_printf(perm, "%s/go.mod", sub), &st) == 0)
            continue; /* another module */
        walk(sub, dirs);
    }
    free(names.data);
}

static void add_pkg(Vec *out, const char *path, const char *dir) {
    for (int i = 0; i < out->len; i++)
        if (strcmp(((ModPkg *)out->data[i])->path, path) == 0)
            return;
    ModPkg *p = NEW(ModPkg);
    p->path = path;
    p->dir = dir;
    vec_push(out, p);
}

/* Whether the first element of an import path has a dot: not the
 * standard library's, a module's. */
static bool dotted(const char *path) {
    const char *slash = strchr(path, '/');
    const char *dot = strchr(path, '.');
    return dot && (!slash || dot < slash);
}

bool mod_is_pattern(const char *arg) {
    return arg[0] == '.' || arg[0] == '/' || strstr(arg, "...") != NULL || dotted(arg);
}

/* The packages an argument names, added to out; go's error and exit 1
 * when it names none. */
void mod_resolve(const char *arg, Vec *out) {
    bool wild = has_suffix(arg, "/...") || strcmp(arg, "...") == 0;
    const char *base = wild ? arena_strndup(perm, arg, strlen(arg) - (strcmp(arg, "...") == 0 ? 3 : 4)) : arg;
    bool local = arg[0] == '.' || arg[0] == '/';
    if (!find_module())
        no_gomod();
    const char *dir;
    if (local) {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            exit(1);
        const char *joined = clean_path(base[0] == '/' ? base : arena_printf(perm, "%s/%s", cwd, base));
        char real[PATH_MAX];
        if (!realpath(joined, real) || !is_dir(real)) {
            if (wild)
                fprintf(stderr, "pattern %s: lstat %s/: no such file or directory\n", arg, base);
            else
                fprintf(stderr, "stat %s: directory not found\n", joined);
            exit(1);
        }
        dir = arena_strdup(perm, real);
        if (!dir_path(dir)) {
            fprintf(stderr, "directory %s outside main module or its selected dependencies\n", base);
            exit(1);
        }
    } else {
        dir = mod_dir(base);
        if (!dir || !is_dir(dir)) {
            if (!wild)
                fprintf(stderr, "no required module provides package %s; to add it:\n\tgo get %s\n", arg, arg);
            else
                fprintf(stderr, "go: warning: \"%s\" matched no packages\n", arg);
            exit(1);
        }
    }
    if (!wild) {
        add_pkg(out, local ? dir_path(dir) : base, dir);
        return;
    }
    Vec dirs = {0};
    walk(dir, &dirs);
    for (int i = 0; i < dirs.len; i++) {
        const char *d = dirs.data[i];
        const char *p = dir_path(d);
        if (!p) /* a replaced module's or vendored directory */
            p = arena_printf(perm, "%s%s", base, d + strlen(dir));
        add_pkg(out, p, d);
    }
    if (!dirs.len)
        fprintf(stderr, "go: warning: \"%s\" matched no packages\n", arg);
    free(dirs.data);
}

/* Parses the package's files (go/build's choice); go's error when there
 * are none. */
bool mod_load_files(ModPkg *p) {
    bool complete = false;
    if (p->files.len)
        return true;
    loader_select(p->dir, p->path, &p->files, &complete, NULL);
    if (diag_errors())
        return false;
    if (!p->files.len) {
        if (loader_has_go_files(p->dir))
            fprintf(stderr, "package %s: build constraints exclude all Go files in %s\n", p->path, p->dir);
        else
            fprintf(stderr, "no Go files in %s\n", p->dir);
        return false;
    }
    return true;
}

/* ---- imports of the module's packages while checking ---- */

typedef struct Loaded {
    const char *path;
    Package *pkg; /* NULL while loading: a cycle */
} Loaded;
static Vec loaded; /* of Loaded* */

static Package *(*next_hook)(const char *path, Pos at, bool *handled);

static Package *module_hook(const char *path, Pos at, bool *handled) {
    const char *dir = path[0] != '.' && path[0] != '/' ? mod_dir(path) : NULL;
    if (!dir) {
        if (next_hook) {
            Package *p = next_hook(path, at, handled);
            if (*handled)
                return p;
        }
        /* not std's either: go's error, said by the std loader's miss */
        if (path[0] != '.' && path[0] != '/' && strchr(path, '.') && !loader_std_dir(path, &(const char *){0})) {
            *handled = true;
            diag_error(at, "no required module provides package %s; to add it:\n\tgo get %s", path, path);
        }
        return NULL;
    }
    *handled = true;
    for (int i = 0; i < loaded.len; i++) {
        Loaded *l = loaded.data[i];
        if (strcmp(l->path, path) == 0) {
            if (!l->pkg)
                diag_error(at, "import cycle not allowed");
            return l->pkg;
        }
    }
    Loaded *l = NEW(Loaded);
    l->path = path;
    vec_push(&loaded, l);
    ModPkg p = {.path = path, .dir = dir};
    bool complete = false;
    loader_select(dir, path, &p.files, &complete, NULL);
    if (!p.files.len) {
        diag_error(at, "no required module provides package %s; to add it:\n\tgo get %s", path, path);
        return NULL;
    }
    l->pkg = ty_check_import(path, &p.files);
    return l->pkg;
}

void mod_install(void) {
    if (ty_import_hook == module_hook)
        return;
    next_hook = ty_import_hook;
    ty_import_hook = module_hook;
}

/* ---- the order packages are built in ---- */

/* The module packages a package's files import (their paths). */
static void file_imports(ModPkg *p, Vec *out) {
    for (int i = 0; i < p->files.len; i++) {
        Node *file = p->files.data[i];
        for (int k = 0; k < file->list2.len; k++) {
            Node *imp = file->list2.data[k];
            if (imp->str && mod_dir(imp->str))
                vec_push(out, (void *)imp->str);
        }
    }
}

static ModPkg *find_pkg(Vec *all, const char *path) {
    for (int i = 0; i < all->len; i++)
        if (strcmp(((ModPkg *)all->data[i])->path, path) == 0)
            return all->data[i];
    return NULL;
}

static bool visit(ModPkg *p, Vec *all, Vec *order, Vec *stack) {
    if (p->state == 2)
        return true;
    if (p->state == 1) {
        /* go's report: the chain from the first package to the repeat */
        int at = 0;
        for (int i = 0; i < stack->len; i++)
            if (stack->data[i] == p)
                at = i;
        fprintf(stderr, "package %s\n", ((ModPkg *)stack->data[at])->path);
        for (int i = at + 1; i < stack->len; i++)
            fprintf(stderr, "\timports %s\n", ((ModPkg *)stack->data[i])->path);
        fprintf(stderr, "\timports %s: import cycle not allowed\n", p->path);
        return false;
    }
    p->state = 1;
    vec_push(stack, p);
    if (!mod_load_files(p))
        return false;
    Vec imps = {0};
    file_imports(p, &imps);
    for (int i = 0; i < imps.len; i++) {
        const char *path = imps.data[i];
        ModPkg *q = find_pkg(all, path);
        if (!q) {
            q = NEW(ModPkg);
            q->path = path;
            q->dir = mod_dir(path);
            vec_push(all, q);
        }
        if (!visit(q, all, order, stack))
            return false;
    }
    free(imps.data);
    stack->len--;
    p->state = 2;
    vec_push(order, p);
    return true;
}

bool mod_build_order(Vec *named, Vec *order) {
    Vec all = {0}, stack = {0};
    for (int i = 0; i < named->len; i++) {
        ((ModPkg *)named->data[i])->named = true;
        vec_push(&all, named->data[i]);
    }
    bool ok = true;
    for (int i = 0; i < named->len && ok; i++)
        ok = visit(named->data[i], &all, order, &stack);
    free(stack.data);
    return ok;
}
