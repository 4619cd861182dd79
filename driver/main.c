/* main.c — the minigo command, shaped like the go command:
 *
 *   minigo build [-o out] [-gcflags='-m -l ...'] file.go...
 *   minigo run   [-gcflags='...'] file.go... [args]
 *   minigo check file.go...                  the front end only
 *   minigo tool compile [-m] [-l] [-C] [-e] file.go...   as go tool compile
 *   minigo diff [-gcflags='...'] file.go...   real go's diagnostics beside minigo's
 *
 * The compiler is this list of passes (compile() below):
 *
 *   parse      lexer/ + parser/   each file to a syntax tree
 *   check      types/             types, scopes, constants, gc's errors
 *   inline     inline/            gc's inlining decisions (-m: can inline, inlining call)
 *   build IR   ir/                SSA-like IR per function, chosen calls expanded
 *   verify     ir/
 *   escape     escape/            stack or heap for every allocation; -m
 *   verify     ir/
 *   emit       codegen/           x86-64 assembly
 *   link       cc                 with libminigo_rt.a
 *
 * Diagnostics are printed as the go command prints the compiler's: after
 * a line "# command-line-arguments", only when there are any.
 */
#include "driver.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>


static const char *exe_dir(void) {
    static char dir[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    if (n < 0)
        return ".";
    dir[n] = 0;
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    return dir;
}

static bool exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

/* The runtime library and std/ next to an in-tree build, or installed
 * under PREFIX/lib/minigo and PREFIX/share/minigo. */
static const char *find_resource(const char *intree, const char *installed) {
    const char *d = exe_dir();
    const char *p = arena_printf(perm, "%s/%s", d, intree);
    if (exists(p))
        return p;
    p = arena_printf(perm, "%s/%s", d, installed);
    if (exists(p))
        return p;
    fprintf(stderr, "minigo: cannot find %s (looked in %s)\n", intree, d);
    exit(2);
}

/* The name gc prints for a file: relative to the current directory, with
 * "./" for a file in it. */
const char *display_name(const char *path) {
    char real[PATH_MAX], cwd[PATH_MAX];
    if (!realpath(path, real) || !getcwd(cwd, sizeof cwd))
        return path;
    size_t n = strlen(cwd);
    if (strncmp(real, cwd, n) == 0 && real[n] == '/') {
        const char *rel = real + n + 1;
        if (!strchr(rel, '/'))
            return arena_printf(perm, "./%s", rel);
        return arena_strdup(perm, rel);
    }
    if (strcmp(cwd, "/") == 0)
        return arena_strdup(perm, real + 1);
    return arena_strdup(perm, real); /* outside the current directory: absolute, as go */
}

/* The packages -gcflags applies to (go's -gcflags=PATTERN=flags): NULL
 * for those named on the command line, "all" for every package of the
 * program. */
static const char *gc_pattern;

void parse_gcflags(const char *s, Flags *f) {
    const char *eq = strchr(s, '=');
    if (eq && s[0] != '-' && !strchr(arena_strndup(perm, s, (size_t)(eq - s)), ' ')) {
        gc_pattern = arena_strndup(perm, s, (size_t)(eq - s));
        s = eq + 1;
    }
    char *copy = xstrdup(s);
    for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t")) {
        if (strcmp(tok, "-m") == 0)
            f->m++;
        else if (strncmp(tok, "-m=", 3) == 0)
            f->m = atoi(tok + 3);
        else if (strcmp(tok, "-l") == 0)
            f->no_inline = true;
        else if (strncmp(tok, "-l=", 3) == 0) {
            /* gc: -l=1 is -l; -l=0 and -l=2... inline, -l=4 with calls costing 1 */
            int n = atoi(tok + 3);
            f->no_inline = n == 1;
            f->cheap_calls = n == 4;
        }
        else if (strcmp(tok, "-N") == 0)
            f->no_opt = true;
        else if (strcmp(tok, "-smallframes") == 0)
            f->small_frames = true;
        else if (strcmp(tok, "-S") == 0)
            f->dump_ir = true;
        else {
            fprintf(stderr, "minigo: unsupported -gcflags flag %s\n", tok);
            exit(2);
        }
    }
    free(copy);
}

/* The package the go command names above the compiler's output. */
static const char *output_pkg = "command-line-arguments";

/* Prints what the compiler said, as the go command does. */
static void flush_output(void) {
    diag_flush();
    if (diag_output.len) {
        fprintf(stderr, "# %s\n", output_pkg);
        fputs(sb_str(&diag_output), stderr);
        sb_reset(&diag_output);
    }
}

/* The passes after type checking, for one package: inlining decisions,
 * IR, escape analysis.  NULL after errors. */
static IrProgram *analyze_package(Package *pkg, Flags *fl, bool imported) {
    inl_deadcode(pkg);
    ir_install_names(); /* -m=2 prints bodies as gc, x.m() as T.m(x) */
    ir_cur_pkg = pkg;   /* the package whose names print unqualified */
    if (!fl->no_inline)
        inl_analyze(pkg, (InlOptions){.m = fl->m, .race = fl->race, .cheap_calls = fl->cheap_calls});
    IrProgram *prog = ir_build(pkg, !fl->no_inline, !imported);
    if (diag_errors())
        return NULL; /* constructs the IR does not support yet */
    ir_verify(prog);
    esc_analyze(prog, (EscOptions){.m = fl->m, .small_frames = fl->small_frames});
    ir_verify(prog);
    return prog;
}

/* The program's other packages that were imported while checking: each
 * analysed quietly, as its own compilation was, so that its functions'
 * inlining decisions, bodies and escape summaries are known to the
 * importer, as gc's export data makes them known.  The standard library
 * was compiled with gc's defaults (-gcflags without all= names only the
 * command line's packages); another package of the program, compiled by
 * tool compile, with the same flags as this one. */
static Vec linked; /* of IrProgram*: the program's other packages, to be linked (Flags.link) */
static Vec named_pkgs; /* of const char*: the packages the command line named (module mode) */

/* Whether -gcflags applies to the package: one the command line named,
 * or any with -gcflags=all=... */
static bool gcflags_apply(const char *path) {
    if (gc_pattern && strcmp(gc_pattern, "all") == 0)
        return true;
    if (gc_pattern)
        return strcmp(gc_pattern, path) == 0 ||
               (has_suffix(gc_pattern, "/...") && strncmp(path, gc_pattern, strlen(gc_pattern) - 4) == 0);
    for (int i = 0; i < named_pkgs.len; i++)
        if (strcmp(named_pkgs.data[i], path) == 0)
            return true;
    return false;
}

static bool analyze_imports(Flags *fl) {
    static int done;
    for (; done < ty_source_imports.len; done++) {
        Package *pkg = ty_source_imports.data[done];
        if (pkg->goroot && cache_apply(pkg))
            continue;
        Flags quiet = pkg->goroot ? (Flags){.link = fl->link} : *fl;
        if (!pkg->goroot && mod_dir(pkg->path) && !gcflags_apply(pkg->path))
            quiet = (Flags){.link = fl->link}; /* a module package compiled with go's defaults */
        quiet.m = 0;
        quiet.dump_ir = false;
        IrProgram *p = analyze_package(pkg, &quiet, !fl->link);
        if (!p)
            return false;
        if (fl->link)
            vec_push(&linked, p);
        for (int i = 0; i < p->funcs.len; i++) {
            IrFunc *f = p->funcs.data[i];
            f->external = f->imported = true;
        }
        if (pkg->goroot)
            cache_store(pkg);
    }
    return true;
}

/* Checking and the passes for the package made of `files`, known by its
 * import path, or without one by the name in its package clause.  NULL
 * after errors. */
static IrProgram *compile_files(Vec *files, const char *pkgpath, Flags *fl) {
    Node *first = files->data[0];
    if (!pkgpath)
        pkgpath = first->name ? first->name : "main";
    Package *pkg = ty_check_package(pkgpath, files);
    if (diag_errors() || fl->check_only || !analyze_imports(fl))
        return NULL;
    if (loader_from_source) {
        /* the packages gc would know by name: those the export data of
         * the package's imports lists, and the package itself */
        Vec known = {0};
        vec_push(&known, (void *)pkg->path);
        for (int i = 0; i < pkg->imports.len; i++)
            inl_export_packages(pkg->imports.data[i], &known);
        ty_set_known_packages(&known);
        free(known.data);
    }
    IrProgram *prog = analyze_package(pkg, fl, false);
    if (prog && fl->dump_ir) {
        StrBuf b = {0};
        ir_print(&b, prog);
        fputs(sb_str(&b), stdout);
        sb_free(&b);
    }
    return prog;
}

/* ---- two passes over a program: diagnostics, then the build ----
 *
 * gc analyses a program against its imports' export data, computed from
 * go1.19's source of the standard library; minigo does the same in the
 * source pass (loader.c), which reports the program's errors and -m
 * lines.  Its binary, until std is compiled from source too, is built
 * over minigo's C library from std/'s declarations of it, in the build
 * pass, which reports nothing but what minigo cannot build yet.  The two
 * share no state: the source pass runs in a child process. */

/* Starts the source pass over paths; 0 when GOROOT has no sources (the
 * build pass alone then says everything). */
static pid_t start_source_pass(Vec *paths, Flags *fl) {
    if (!loader_available())
        return 0;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("minigo: fork");
        exit(2);
    }
    if (pid > 0)
        return pid;
    loader_install();
    Flags f = *fl;
    f.dump_ir = false;
    f.check_only = fl->m == 0;
    ty_import_bodies = !f.check_only;
    compile(paths, &f);
    flush_output();
    fflush(stderr);
    _exit(diag_errors() ? 2 : 0);
}

/* Waits for the source pass: true when the program is valid go1.19. */
static bool finish_source_pass(pid_t pid) {
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            perror("minigo: waitpid");
            return false;
        }
    if (WIFEXITED(st))
        return WEXITSTATUS(st) == 0;
    fprintf(stderr, "minigo: internal error: the analysis of the program over go1.19's sources died (signal %d)\n",
            WTERMSIG(st));
    return false;
}

/* The passes.  Returns the program, or NULL after errors (or after
 * checking, with fl->check_only). */
IrProgram *compile(Vec *paths, Flags *fl) {
    Vec files = {0};
    bool syntax_ok = true;
    for (int i = 0; i < paths->len; i++) {
        const char *path = paths->data[i];
        Node *f = parse_file_path(path, display_name(path));
        if (f)
            vec_push(&files, f);
        else
            syntax_ok = false;
    }
    /* as gc: a syntax error stops here; a lexical one (a bad literal)
     * does not stop type checking */
    if (!syntax_ok || !files.len)
        return NULL;
    return compile_files(&files, NULL, fl);
}

static int run_cmd(char *const argv[]) {
    pid_t pid = fork();
    if (pid < 0) {
        perror("minigo: fork");
        return -1;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "minigo: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return -1;
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

/* Does the runtime define the Go-named symbol? (build/gen/rtsyms.c) */
extern const char *const minigo_rt_symbols[];
static bool rt_defines(const char *name) {
    for (int i = 0; minigo_rt_symbols[i]; i++)
        if (strcmp(minigo_rt_symbols[i], name) == 0)
            return true;
    return false;
}

/* Writes the assembly of the program (its other packages, linked, then
 * prog) and links it into `out`. */
static bool assemble_and_link(IrProgram *prog, const char *out) {
    char tmpl[] = "/tmp/minigo-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir) {
        perror("minigo: mkdtemp");
        return false;
    }
    const char *asm_path = arena_printf(perm, "%s/main.s", dir);
    StrBuf s = {0};
    vec_push(&linked, prog);
    cg_emit_programs(&s, (IrProgram **)linked.data, linked.len);
    linked.len--;
    FILE *f = fopen(asm_path, "w");
    if (!f || fwrite(s.data, 1, s.len, f) != s.len || fclose(f) != 0) {
        fprintf(stderr, "minigo: cannot write %s\n", asm_path);
        return false;
    }
    /* MINIGO_ASM=file keeps a copy of the assembly (for reading codegen) */
    const char *keep = getenv("MINIGO_ASM");
    if (keep && *keep) {
        FILE *k = fopen(keep, "w");
        if (!k || fwrite(s.data, 1, s.len, k) != s.len || fclose(k) != 0)
            fprintf(stderr, "minigo: cannot write %s\n", keep);
    }
    sb_free(&s);
    const char *rt = find_resource("libminigo_rt.a", "../lib/minigo/libminigo_rt.a");
#ifndef MINIGO_LINK_FLAGS
#define MINIGO_LINK_FLAGS ""
#endif
    /* cc -no-pie -o out main.s libminigo_rt.a -lm, plus the sanitizer
     * flags the runtime was built with */
    Vec av = {0};
    vec_push(&av, "cc");
    vec_push(&av, "-no-pie");
    char *extra = xstrdup(MINIGO_LINK_FLAGS);
    for (char *t = strtok(extra, " "); t; t = strtok(NULL, " "))
        vec_push(&av, t);
    vec_push(&av, "-o");
    vec_push(&av, (void *)out);
    vec_push(&av, (void *)asm_path);
    vec_push(&av, (void *)rt);
    vec_push(&av, "-lm");
    vec_push(&av, NULL);
    int rc = run_cmd((char *const *)av.data);
    free(av.data);
    free(extra);
    unlink(asm_path);
    rmdir(dir);
    if (rc != 0) {
        fprintf(stderr, "minigo: linking failed\n");
        return false;
    }
    return true;
}

static void usage(void) {
    fputs("usage: minigo build [-o output] [-gcflags='flags'] file.go...\n"
          "       minigo run [-gcflags='flags'] file.go... [arguments...]\n"
          "       minigo check file.go...\n"
          "       minigo tool compile [-m] [-l] [-C] [-e] [-o file] file.go...\n"
          "       minigo diff [-gcflags='flags'] file.go...\n"
          "       minigo clean -cache\n",
          stderr);
    exit(2);
}

static bool is_go_file(const char *s) {
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

/* A main package without func main: the go command's linker says so. */
static bool main_missing(IrProgram *prog) {
    for (int i = 0; i < prog->funcs.len; i++) {
        IrFunc *f = prog->funcs.data[i];
        if (strcmp(f->sym->name, "main") == 0 && !f->sym->decl->a)
            return false;
    }
    return true;
}

/* minigo check: the front end only (functions without bodies accepted,
 * as go tool compile and go vet accept them). */
static int cmd_check(int argc, char **argv) {
    Vec files = {0};
    ty_complete = false;
    if (loader_available())
        loader_install(); /* the program against go1.19's standard library */
    ty_import_bodies = false;
    for (int i = 0; i < argc; i++) {
        Node *f = parse_file_path(argv[i], display_name(argv[i]));
        if (f)
            vec_push(&files, f);
    }
    if (!diag_errors() && files.len) {
        Node *first = files.data[0];
        ty_check_package(first->name ? first->name : "main", &files);
    }
    diag_flush();
    fputs(sb_str(&diag_output), stderr);
    return diag_errors() ? 2 : 0;
}

/* minigo tool compile: as `go tool compile` (what Go's own test harness
 * runs): functions without bodies are fine, names are printed as given,
 * output goes to standard output.  With -o, the file written is a package
 * archive for the packages importing this one (pkgfile.c); -p names the
 * package's import path there. */
static int cmd_tool_compile(int argc, char **argv) {
    Flags fl = {0};
    Vec paths = {0};
    const char *out = NULL, *pkgpath = NULL;
    ty_complete = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : "";
        if (strcmp(a, "-o") == 0 || strcmp(a, "-p") == 0 || strcmp(a, "-D") == 0 || strcmp(a, "-I") == 0) {
            if (a[1] == 'o')
                out = val;
            else if (a[1] == 'p')
                pkgpath = val;
            else if (a[1] == 'D')
                pkg_local_prefix = val;
            else
                vec_push(&pkg_import_dirs, (void *)val);
            i++;
        } else if (strncmp(a, "-p=", 3) == 0 || strncmp(a, "-o=", 3) == 0 || strncmp(a, "-D=", 3) == 0 ||
                   strncmp(a, "-I=", 3) == 0) {
            if (a[1] == 'o')
                out = a + 3;
            else if (a[1] == 'p')
                pkgpath = a + 3;
            else if (a[1] == 'D')
                pkg_local_prefix = a + 3;
            else
                vec_push(&pkg_import_dirs, (void *)(a + 3));
        } else if (strcmp(a, "-importcfg") == 0 || strcmp(a, "-lang") == 0) {
            i++; /* flags with an argument that do not change the analysis */
        } else if (strcmp(a, "-C") == 0)
            pos_columns = false;
        else if (strcmp(a, "-e") == 0)
            diag_max_errors = 0;
        else if (strcmp(a, "-complete") == 0)
            ty_complete = true;
        else if (a[0] == '-' && (a[1] == 'm' || a[1] == 'l' || a[1] == 'N' || a[1] == 'S') &&
                 (a[2] == 0 || a[2] == '='))
            parse_gcflags(a, &fl);
        else if (strcmp(a, "-race") == 0)
            fl.race = true;
        else if (strcmp(a, "-smallframes") == 0)
            fl.small_frames = true;
        else if (a[0] == '-')
            ; /* -p=x, -d=..., -0, -+, -std...: accepted, no effect here */
        else if (is_go_file(a))
            vec_push(&paths, (void *)a);
        else {
            fprintf(stderr, "minigo tool compile: unexpected argument %s\n", a);
            return 2;
        }
    }
    if (paths.len == 0)
        usage();
    if (loader_available())
        loader_install(); /* std imports analysed from go1.19's source, as gc's export data is */
    Vec files = {0};
    bool syntax_ok = true;
    for (int i = 0; i < paths.len; i++) {
        Node *f = parse_file_path(paths.data[i], paths.data[i]);
        if (f)
            vec_push(&files, f);
        else
            syntax_ok = false;
    }
    IrProgram *prog = NULL;
    if (syntax_ok && files.len)
        prog = compile_files(&files, NULL, &fl);
    diag_flush();
    fputs(sb_str(&diag_output), stdout);
    if (diag_errors())
        return 1;
    /* the package archive, for the packages that import this one */
    if (prog && out && !pkg_write_archive(out, pkgpath ? pkgpath : "main", &paths))
        return 1;
    return 0;
}

/* minigo build IMPORTPATH: a package of go1.19's standard library,
 * loaded from its source (loader.c).  A package that is not main is
 * checked and analysed and nothing is written, as go build does. */
static int build_import_path(const char *path, bool run, Flags *fl) {
    loader_install();
    if (strcmp(path, "unsafe") == 0)
        return 0; /* built into the compiler: nothing to compile */
    const char *full = NULL;
    const char *dir = loader_std_dir(path, &full);
    if (!dir) {
        fprintf(stderr, "package %s is not in GOROOT (%s/src/%s)\n", path, loader_goroot(), path);
        return 1;
    }
    Vec files = {0};
    bool complete = false;
    loader_select(dir, full, &files, &complete, NULL);
    output_pkg = full;
    if (diag_errors()) {
        flush_output();
        return 1;
    }
    if (!files.len) {
        if (loader_has_go_files(dir))
            fprintf(stderr, "package %s: build constraints exclude all Go files in %s\n", path, dir);
        else
            fprintf(stderr, "go build %s: no non-test Go files in %s\n", path, dir);
        return 1;
    }
    ty_complete = complete;
    IrProgram *prog = compile_files(&files, full, fl);
    flush_output();
    if (!prog)
        return 2;
    if (strcmp(prog->pkg->name, "main") != 0) {
        if (run) {
            fprintf(stderr, "package %s is not a main package\n", path);
            return 1;
        }
        return 0;
    }
    fprintf(stderr, "minigo: cannot link the command %s yet\n", path);
    return 1;
}

/* minigo list IMPORTPATH...: the Go files the loader chooses for each
 * std package, printed as `go list -f '{{.ImportPath}}: {{join .GoFiles " "}}'`
 * prints them (the loader's rules, checked against go's). */
static int cmd_list(int argc, char **argv) {
    int rc = 0;
    for (int i = 0; i < argc; i++) {
        const char *full = NULL;
        const char *dir = loader_std_dir(argv[i], &full);
        if (!dir) {
            fprintf(stderr, "package %s is not in GOROOT (%s/src/%s)\n", argv[i], loader_goroot(), argv[i]);
            rc = 1;
            continue;
        }
        Vec files = {0};
        bool complete = false;
        loader_select(dir, full, &files, &complete, NULL);
        printf("%s:", full);
        for (int k = 0; k < files.len; k++) {
            const char *name = src_files.data[((Node *)files.data[k])->pos.file];
            const char *slash = strrchr(name, '/');
            printf(" %s", slash ? slash + 1 : name);
        }
        printf("\n");
        free(files.data);
    }
    diag_flush();
    fputs(sb_str(&diag_output), stderr);
    return rc || diag_errors() ? 1 : 0;
}

/* go run: links the program into a temporary file and runs it with
 * args; a failing program is "exit status N", as go run reports it. */
static int link_and_run(IrProgram *prog, char **args, int nargs) {
    char tmpl[] = "/tmp/minigo-run-XXXXXX";
    char *dir = mkdtemp(tmpl);
    if (!dir)
        return 1;
    const char *exe = arena_printf(perm, "%s/prog", dir);
    if (!assemble_and_link(prog, exe))
        return 1;
    Vec av = {0};
    vec_push(&av, (void *)exe);
    for (int i = 0; i < nargs; i++)
        vec_push(&av, args[i]);
    vec_push(&av, NULL);
    fflush(stdout);
    int rc = run_cmd((char *const *)av.data);
    free(av.data);
    unlink(exe);
    rmdir(dir);
    if (rc != 0) {
        fprintf(stderr, "exit status %d\n", rc);
        return 1;
    }
    return 0;
}

/* Whether pkg is, or imports, one of the packages in bad. */
static bool reaches(Package *pkg, Vec *bad, int depth) {
    for (int i = 0; i < bad->len; i++)
        if (bad->data[i] == pkg)
            return true;
    for (int i = 0; depth < 1000 && i < pkg->imports.len; i++)
        if (reaches(pkg->imports.data[i], bad, depth + 1))
            return true;
    return false;
}

/* What codegen cannot compile yet, in the program's packages: said at the
 * construct in the program's own code; for a std package compiled from
 * go1.19's source, once, at the program's import that needs it ("minigo
 * cannot build package hash/crc32 yet"). */
static bool check_linked(IrProgram *prog) {
    bool ok = true;
    Vec bad = {0};
    for (int i = 0; i < linked.len; i++) {
        IrProgram *p = linked.data[i];
        DiagMark m = diag_mark();
        if (cg_check(p, rt_defines))
            continue;
        ok = false;
        if (p->pkg->goroot) {
            loader_explain_gap(p->pkg->path, m);
            diag_rollback(m);
            vec_push(&bad, p->pkg);
        }
    }
    for (int fi = 0; bad.len && fi < prog->pkg->files.len; fi++) {
        Node *file = prog->pkg->files.data[fi];
        for (int k = 0; k < file->list2.len; k++) {
            Node *imp = file->list2.data[k];
            for (int j = 0; imp->str && j < prog->pkg->imports.len; j++) {
                Package *ip = prog->pkg->imports.data[j];
                if (strcmp(ip->path, imp->str) == 0 && reaches(ip, &bad, 0))
                    diag_error(imp->pos, "minigo cannot build package %s yet", imp->str);
            }
        }
    }
    free(bad.data);
    return cg_check(prog, rt_defines) && ok;
}

/* ---- packages of a module (module.c) ---- */

static bool is_main_pkg(ModPkg *p) {
    Node *f = p->files.len ? p->files.data[0] : NULL;
    return f && f->name && strcmp(f->name, "main") == 0;
}

/* The source pass of one package of the module: its errors and, when
 * -gcflags applies to it, its -m lines, headed by its import path. */
static bool module_source_pass(ModPkg *p, Flags *fl) {
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("minigo: fork");
        exit(2);
    }
    if (pid == 0) {
        if (loader_available())
            loader_install();
        mod_install();
        Flags f = gcflags_apply(p->path) ? *fl : (Flags){0};
        f.dump_ir = false;
        f.check_only = f.m == 0;
        ty_import_bodies = !f.check_only;
        output_pkg = p->path;
        compile_files(&p->files, is_main_pkg(p) ? "main" : p->path, &f);
        flush_output();
        fflush(stderr);
        _exit(diag_errors() ? 2 : 0);
    }
    return finish_source_pass(pid);
}

/* minigo build/run PACKAGES: what the go command does in module mode. */
static int build_module(Vec *patterns, bool run, Flags *fl, const char *out, char **rest, int nrest) {
    Vec named = {0}, order = {0};
    for (int i = 0; i < patterns->len; i++)
        mod_resolve(patterns->data[i], &named);
    if (!named.len)
        return 0;
    for (int i = 0; i < named.len; i++)
        vec_push(&named_pkgs, (void *)((ModPkg *)named.data[i])->path);
    if (!mod_build_order(&named, &order))
        return 1;
    if (run) {
        int mains = 0;
        for (int i = 0; i < named.len; i++)
            mains += is_main_pkg(named.data[i]);
        if (named.len > 1) {
            fprintf(stderr, "go: pattern %s matches multiple packages:\n", (char *)patterns->data[0]);
            for (int i = 0; i < named.len; i++)
                if (is_main_pkg(named.data[i]))
                    fprintf(stderr, "\t%s\n", ((ModPkg *)named.data[i])->path);
            return 1;
        }
        if (!mains) {
            fprintf(stderr, "package %s is not a main package\n", ((ModPkg *)named.data[0])->path);
            return 1;
        }
    }
    /* go build links a command only when it names one package, into a
     * file named after the package's last path element */
    ModPkg *cmd = named.len == 1 && is_main_pkg(named.data[0]) ? named.data[0] : NULL;
    if (cmd && !run && !out) {
        const char *slash = strrchr(cmd->path, '/');
        out = slash ? slash + 1 : cmd->path;
        struct stat st;
        if (stat(out, &st) == 0 && S_ISDIR(st.st_mode)) {
            fprintf(stderr, "go: build output \"%s\" already exists and is a directory\n", out);
            return 1;
        }
    }
    for (int i = 0; i < order.len; i++)
        if (!module_source_pass(order.data[i], fl))
            return 2;
    if (!cmd || (out && strcmp(out, "/dev/null") == 0))
        return 0;
    /* the build pass: over std/'s declarations and minigo's C library */
    mod_install();
    if (loader_available())
        loader_install_gaps();
    ty_std_gaps = true;
    output_pkg = cmd->path;
    Flags bf = *fl;
    bf.m = 0;
    bf.link = true;
    IrProgram *prog = compile_files(&cmd->files, "main", &bf);
    flush_output();
    if (!prog)
        return 2;
    if (!check_linked(prog)) {
        flush_output();
        return 2;
    }
    if (main_missing(prog)) {
        fprintf(stderr, "# %s\nruntime.main_main\xc2\xb7" "f: function main is undeclared in the main package\n",
                cmd->path);
        return 2;
    }
    if (!run)
        return assemble_and_link(prog, out) ? 0 : 1;
    return link_and_run(prog, rest, nrest);
}

static int minigo_main(int argc, char **argv) {
    if (argc < 2)
        usage();
    const char *cmd = argv[1];
    ty_std_dir = find_resource("std", "../share/minigo/std");
    bool tool_compile = strcmp(cmd, "tool") == 0 && argc > 2 && strcmp(argv[2], "compile") == 0;
    pkg_install_importer(tool_compile);
    if (strcmp(cmd, "list") == 0)
        return cmd_list(argc - 2, argv + 2);
    if (strcmp(cmd, "check") == 0)
        return argc > 2 ? cmd_check(argc - 2, argv + 2) : (usage(), 2);
    if (tool_compile)
        return cmd_tool_compile(argc - 3, argv + 3);
    if (strcmp(cmd, "diff") == 0)
        return cmd_diff(argc - 2, argv + 2);
    if (strcmp(cmd, "clean") == 0)
        return argc == 3 && strcmp(argv[2], "-cache") == 0 ? cache_clean() : (usage(), 2);
    bool run = strcmp(cmd, "run") == 0;
    if (!run && strcmp(cmd, "build") != 0)
        usage();
    Flags fl = {0};
    const char *out = NULL;
    Vec paths = {0};
    int i = 2;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "-gcflags=", 9) == 0)
            parse_gcflags(a + 9, &fl);
        else if (strcmp(a, "-gcflags") == 0 && i + 1 < argc)
            parse_gcflags(argv[++i], &fl);
        else if (strcmp(a, "-o") == 0 && i + 1 < argc && !run)
            out = argv[++i];
        else if (a[0] == '-') {
            fprintf(stderr, "minigo: unknown flag %s\n", a);
            usage();
        } else
            break;
    }
    if (i == argc) {
        /* no packages: go run has nothing to run; go build builds the
         * current directory's package */
        if (run) {
            fputs("go: no go files listed\n", stderr);
            return 1;
        }
        Vec patterns = {0};
        vec_push(&patterns, ".");
        return build_module(&patterns, false, &fl, out, NULL, 0);
    }
    if (i < argc && !is_go_file(argv[i]) && argv[i][0] != '-' && mod_is_pattern(argv[i])) {
        /* packages: go run takes one, then the program's arguments */
        Vec patterns = {0};
        vec_push(&patterns, argv[i++]);
        for (; !run && i < argc; i++)
            vec_push(&patterns, argv[i]);
        return build_module(&patterns, run, &fl, out, argv + i, argc - i);
    }
    if (i < argc && !is_go_file(argv[i]) && argv[i][0] != '-')
        return build_import_path(argv[i], run, &fl);
    for (; i < argc && is_go_file(argv[i]); i++) {
        if (!exists(argv[i])) {
            fprintf(stderr, "stat %s: no such file or directory\n", argv[i]);
            return 1;
        }
        vec_push(&paths, argv[i]);
    }
    if (paths.len == 0)
        usage();
    if (!run && i < argc)
        usage();

    /* the program against go1.19's own standard library: its errors
     * and, with -m, its diagnostics; in parallel, the program against
     * std/'s declarations, which the build uses */
    pid_t source = start_source_pass(&paths, &fl);
    Flags build_fl = fl;
    build_fl.m = 0;
    build_fl.link = true;
    ty_std_gaps = source > 0;
    if (source > 0)
        loader_install_gaps();
    IrProgram *prog = compile(&paths, &build_fl);
    if (source > 0 && !finish_source_pass(source))
        return 2; /* the program's errors, said by the source pass */
    flush_output();
    if (!prog)
        return 2; /* as go build and go run after compile errors */
    if (strcmp(prog->pkg->name ? prog->pkg->name : "main", "main") != 0)
        return 0; /* like go build: a non-main package is checked, not linked */
    if (!check_linked(prog)) {
        flush_output();
        return 2;
    }
    if (main_missing(prog)) {
        fputs("# command-line-arguments\n"
              "runtime.main_main\xc2\xb7" "f: function main is undeclared in the main package\n",
              stderr);
        return 2;
    }

    if (!run) {
        if (!out) {
            const char *base = strrchr(paths.data[0], '/');
            base = base ? base + 1 : paths.data[0];
            out = arena_strndup(perm, base, strlen(base) - 3);
        }
        if (strcmp(out, "/dev/null") == 0)
            return 0; /* go build -o /dev/null: compile only (and never let a linker replace it) */
        return assemble_and_link(prog, out) ? 0 : 1;
    }
    return link_and_run(prog, argv + i, argc - i);
}

/* The passes recurse over the syntax tree: gc builds programs nested
 * 10,000 blocks deep (its goroutine stacks grow to 1 GB), so minigo runs
 * on a thread whose stack is as large (address space only, until used). */
typedef struct MainArgs {
    int argc;
    char **argv;
    int rc;
} MainArgs;

static void *main_thread(void *p) {
    MainArgs *a = p;
    a->rc = minigo_main(a->argc, a->argv);
    return NULL;
}

int main(int argc, char **argv) {
    MainArgs a = {argc, argv, 0};
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, (size_t)1 << 30) == 0 &&
        pthread_create(&t, &attr, main_thread, &a) == 0) {
        pthread_join(t, NULL);
        fflush(stdout);
        return a.rc;
    }
    return minigo_main(argc, argv); /* no thread: the process's own stack */
}
