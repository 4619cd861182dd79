/* driver.h — what the files of the minigo command share. */
#ifndef MINIGO_DRIVER_H
#define MINIGO_DRIVER_H

#include "../codegen/codegen.h"
#include "../escape/escape.h"
#include "../inline/inline.h"

typedef struct Flags {
    int m;          /* -m level */
    bool no_inline; /* -l */
    bool no_opt;    /* -N */
    bool dump_ir;   /* -S: print the IR (minigo's, not gc's assembly) */
    bool cheap_calls; /* -l=4: inlining with a call costing 1, not 57 */
    bool race;      /* -race (tool compile): //go:norace functions are not inlined */
    bool small_frames; /* -smallframes: gc's smaller limits for stack variables */
    bool check_only; /* stop after type checking */
    bool link;       /* imported packages of the program are built with their
                        initialisation, to be linked (the build pass) */
} Flags;

const char *display_name(const char *path);   /* as gc prints a file's name */
void parse_gcflags(const char *s, Flags *f);
/* The passes, from source files to an analysed IrProgram; NULL after
 * errors.  Diagnostics are left in diag_output. */
IrProgram *compile(Vec *paths, Flags *fl);

/* pkgfile.c: packages compiled one at a time (tool compile -o, -D, -I) */
extern Vec pkg_import_dirs;
extern const char *pkg_local_prefix;
/* Imports of other packages of the program: by archive for tool compile
 * (gc's rules), refused for build and run as the go command refuses them. */
void pkg_install_importer(bool tool_compile);
bool pkg_write_archive(const char *out, const char *pkgpath, Vec *paths);
/* A whole file, NUL-terminated, in the permanent arena; NULL if unreadable. */
char *read_whole_file(const char *file, size_t *len);

bool has_suffix(const char *s, const char *suffix);
int cmp_str(const void *a, const void *b); /* for qsort of char* */

/* cache.c: the cache of analysed packages (GOCACHE's part for export data) */
typedef struct Hash {
    uint64_t a, b;
} Hash;
void hash_bytes(Hash *h, const void *data, size_t n);
void hash_str(Hash *h, const char *s);
/* Turns the cache on for packages loaded from GOROOT (it stays off with
 * MINIGOCACHE=off, or without a directory for it). */
void cache_install(void);
int cache_clean(void); /* minigo clean -cache: removes every entry */
/* After checking, for an imported package: true when its analysis came
 * from the cache (the inliner and the functions' summaries now have it);
 * otherwise, once analysed, cache_store keeps it. */
bool cache_apply(Package *pkg);
void cache_store(Package *pkg);

/* loader.c: go1.19's standard library from its source under GOROOT */
extern bool loader_from_source;
const char *loader_goroot(void);
/* Whether GOROOT holds go1.19's sources (GOROOT/src/runtime). */
bool loader_available(void);
/* The directory of a std import path and the package's path (vendored
 * ones are vendor/...); NULL when GOROOT has no such package. */
const char *loader_std_dir(const char *path, const char **full);
/* Parses the files of dir (the package `path`) that go/build chooses for
 * linux/amd64 without cgo, in name order; *complete tells whether every
 * function needs a body (no assembly or other files supply them; gc's
 * -complete, as the go command decides it).  With h, hashes the chosen
 * files' names and contents into it. */
bool loader_select(const char *dir, const char *path, Vec *files, bool *complete, Hash *h);
/* The hash of the files chosen for a std package loaded (by its full
 * path); false for any other package. */
bool loader_files_hash(const char *path, Hash *h);
/* Whether dir has Go files other than tests (before build constraints). */
bool loader_has_go_files(const char *dir);
/* From now on, std imports are loaded from GOROOT, except those minigo
 * replaces (its runtime), which keep std/'s declarations. */
void loader_install(void);
/* The build pass: std packages std/ does not declare are compiled from
 * go1.19's source (the others keep std/'s declarations). */
void loader_install_gaps(void);
/* With MINIGO_GAPS=1, says on standard error what made a std package
 * compiled from source fail (the errors recorded since m). */
void loader_explain_gap(const char *path, DiagMark m);

/* module.c: the main module's packages (go.mod), as the go command finds them */
typedef struct ModPkg {
    const char *path; /* import path */
    const char *dir;
    Vec files;        /* of Node*: chosen by go/build's rules, parsed */
    bool named;       /* named on the command line */
    int state;        /* mod_build_order's */
} ModPkg;
bool mod_available(void);             /* there is a go.mod here or above */
const char *mod_dir(const char *path); /* the directory of a module import path, or NULL */
/* Whether a command-line argument is a package pattern (a directory,
 * DIR/..., an import path of the main module), not a file or std path. */
bool mod_is_pattern(const char *arg);
void mod_resolve(const char *arg, Vec *out); /* of ModPkg*; exits with go's error */
bool mod_load_files(ModPkg *p);
/* The packages to build: the named ones and the module packages they
 * import, each after its imports (go's order with -p 1); false after
 * go's error (an import cycle, a package without files). */
bool mod_build_order(Vec *named, Vec *order);
/* From now on imports of the module's packages are checked from their
 * directories' sources. */
void mod_install(void);

/* diff.c */
int cmd_diff(int argc, char **argv);

#endif
