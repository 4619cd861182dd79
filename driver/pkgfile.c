/* pkgfile.c — packages of a program compiled one at a time, as Go's own
 * tests compile them (`go tool compile -p test/a -o test/a.a a.go`, then
 * `go tool compile -D test -I . b.go` for a b.go that imports "./a").
 *
 * gc's archive holds export data: the package's declarations, the bodies
 * of its inlinable functions and the escape tags of its parameters.
 * minigo's holds the package's source instead, and an importer checks and
 * analyses that source again (quietly), which yields the same facts: the
 * analysis is deterministic and depends on nothing of the importer.
 *
 * The archive is text:
 *
 *     minigo package archive 1
 *     path test/a
 *     file issue42284.dir/a.go 311
 *     <311 bytes of source>
 *
 * with one `file` entry per source file, named as the compiler was given
 * it (diagnostics of inlined code point there, as gc's do).
 *
 * Finding a package (gc's importfile and findpkg): an import path that is
 * local ("./a", "../a") is joined to the -D prefix (the current
 * directory without one); a local result names the file itself (NAME.a,
 * then NAME.o); any other is looked up as DIR/NAME.a and DIR/NAME.o in
 * each -I directory.  Paths found nowhere are std/'s. */
#include "driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char MAGIC[] = "minigo package archive 1\n";

Vec pkg_import_dirs;      /* of const char*: -I */
const char *pkg_local_prefix; /* -D */

typedef struct Loaded {
    const char *file;     /* the archive */
    Package *pkg;         /* NULL while being loaded (an import cycle) */
} Loaded;
static Vec loaded;        /* of Loaded* */

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_local(const char *p) {
    return p[0] == '/' || strcmp(p, ".") == 0 || strcmp(p, "..") == 0 ||
           strncmp(p, "./", 2) == 0 || strncmp(p, "../", 3) == 0;
}

/* path.Join(a, b), cleaned as Go's path.Clean cleans it. */
static char *join_clean(const char *a, const char *b) {
    const char *whole = a && *a ? arena_printf(perm, "%s/%s", a, b) : b;
    bool rooted = whole[0] == '/';
    Vec parts = {0};
    char *copy = arena_strdup(perm, whole);
    for (char *t = strtok(copy, "/"); t; t = strtok(NULL, "/")) {
        if (strcmp(t, ".") == 0)
            continue;
        if (strcmp(t, "..") == 0) {
            if (parts.len && strcmp(vec_last(&parts), "..") != 0) {
                parts.len--;
                continue;
            }
            if (rooted)
                continue;
        }
        vec_push(&parts, t);
    }
    StrBuf sb = {0};
    if (rooted)
        sb_putc(&sb, '/');
    for (int i = 0; i < parts.len; i++)
        sb_printf(&sb, i ? "/%s" : "%s", (const char *)parts.data[i]);
    if (!sb.len)
        sb_putc(&sb, '.');
    char *r = arena_strdup(perm, sb_str(&sb));
    sb_free(&sb);
    free(parts.data);
    return r;
}

/* The archive an import path names, or NULL. */
static const char *find_archive(const char *path) {
    const char *name = path;
    if (is_local(path)) {
        const char *prefix = pkg_local_prefix;
        char cwd[4096];
        if (!prefix && getcwd(cwd, sizeof cwd))
            prefix = cwd;
        name = join_clean(prefix, path);
        if (is_local(name)) {
            const char *f = arena_printf(perm, "%s.a", name);
            if (is_file(f))
                return f;
            f = arena_printf(perm, "%s.o", name);
            return is_file(f) ? f : NULL;
        }
    }
    for (int i = 0; i < pkg_import_dirs.len; i++) {
        const char *f = arena_printf(perm, "%s/%s.a", (const char *)pkg_import_dirs.data[i], name);
        if (is_file(f))
            return f;
        f = arena_printf(perm, "%s/%s.o", (const char *)pkg_import_dirs.data[i], name);
        if (is_file(f))
            return f;
    }
    return NULL;
}

/* A whole file, NUL-terminated, in the permanent arena; NULL if unreadable. */
char *read_whole_file(const char *file, size_t *len) {
    FILE *fp = fopen(file, "rb");
    if (!fp)
        return NULL;
    StrBuf sb = {0};
    int err = sb_read(&sb, fp);
    fclose(fp);
    if (err) {
        sb_free(&sb);
        return NULL;
    }
    *len = sb.len;
    char *r = arena_alloc(perm, sb.len + 1);
    memcpy(r, sb.len ? sb.data : "", sb.len);
    r[sb.len] = 0;
    sb_free(&sb);
    return r;
}

/* Parses an archive's files; false when it is not minigo's or is damaged. */
static bool read_archive(const char *file, const char **path, Vec *files) {
    size_t len;
    char *data = read_whole_file(file, &len);
    if (!data || len < sizeof MAGIC - 1 || memcmp(data, MAGIC, sizeof MAGIC - 1) != 0)
        return false;
    char *p = data + sizeof MAGIC - 1, *end = data + len;
    char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl || strncmp(p, "path ", 5) != 0)
        return false;
    *nl = 0;
    *path = p + 5;
    p = nl + 1;
    while (p < end) {
        nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl || strncmp(p, "file ", 5) != 0)
            return false;
        *nl = 0;
        char *sp = strrchr(p + 5, ' ');
        if (!sp)
            return false;
        *sp = 0;
        char *num_end;
        unsigned long n = strtoul(sp + 1, &num_end, 10);
        if (*num_end || n > (size_t)(end - (nl + 1)))
            return false;
        Node *f = parse_file(arena_strdup(perm, p + 5), nl + 1, n);
        if (!f)
            return false;
        vec_push(files, f);
        p = nl + 1 + n;
    }
    return files->len > 0;
}

static Package *import_hook(const char *path, Pos at, bool *handled) {
    const char *file = find_archive(path);
    if (!file) {
        if (!is_local(path))
            return NULL; /* std/'s, or an error there */
        *handled = true;
        diag_error(at, "could not import %s (file not found)", path);
        return NULL;
    }
    *handled = true;
    char real[4096];
    const char *key = realpath(file, real) ? arena_strdup(perm, real) : file;
    for (int i = 0; i < loaded.len; i++) {
        Loaded *l = loaded.data[i];
        if (strcmp(l->file, key) == 0) {
            if (!l->pkg)
                diag_error(at, "import cycle not allowed");
            return l->pkg;
        }
    }
    Loaded *l = NEW(Loaded);
    l->file = key;
    vec_push(&loaded, l);
    const char *pkgpath;
    Vec files = {0};
    if (!read_archive(file, &pkgpath, &files)) {
        diag_error(at, "could not import %s (%s is not a package archive written by minigo)", path, file);
        return NULL;
    }
    l->pkg = ty_check_import(pkgpath, &files);
    return l->pkg;
}

/* The go command, in module mode, refuses relative imports outright. */
static Package *module_mode_hook(const char *path, Pos at, bool *handled) {
    if (!is_local(path))
        return NULL;
    *handled = true;
    diag_error(at, "\"%s\" is relative, but relative import paths are not supported in module mode", path);
    return NULL;
}

void pkg_install_importer(bool tool_compile) {
    ty_import_hook = tool_compile ? import_hook : module_mode_hook;
}

bool pkg_write_archive(const char *out, const char *pkgpath, Vec *paths) {
    StrBuf sb = {0};
    sb_puts(&sb, MAGIC);
    sb_printf(&sb, "path %s\n", pkgpath);
    for (int i = 0; i < paths->len; i++) {
        size_t len;
        char *src = read_whole_file(paths->data[i], &len);
        if (!src) {
            fprintf(stderr, "minigo: cannot read %s\n", (const char *)paths->data[i]);
            sb_free(&sb);
            return false;
        }
        sb_printf(&sb, "file %s %zu\n", (const char *)paths->data[i], len);
        sb_putn(&sb, src, len);
    }
    FILE *fp = fopen(out, "wb");
    bool ok = fp && fwrite(sb.data, 1, sb.len, fp) == sb.len;
    if (fp && fclose(fp) != 0)
        ok = false;
    if (!ok)
        fprintf(stderr, "minigo: cannot write %s\n", out);
    sb_free(&sb);
    return ok;
}
