/* fuzz_frontend.c — a libFuzzer target over the front end: the lexer,
 * the parser and the type checker take any bytes as a Go file.  `make
 * fuzz` builds it with clang and AddressSanitizer and
 * UndefinedBehaviorSanitizer, seeds it with samples/, tests/errors/ and
 * go1.19's test files, and runs it for FUZZ_TIME seconds.  A crash, a
 * hang (-timeout) or a sanitizer report stops it and leaves the input in
 * build-fuzz/; such inputs go to tests/fuzz/regressions/, which `make
 * test` runs through `minigo check`. */
#include <stdlib.h>

#include "../../types/types.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static int ready;
    if (!ready) {
        const char *std = getenv("MINIGO_STD");
        ty_std_dir = std ? std : "std";
        ty_complete = false;
        ready = 1;
    }
    Node *f = parse_file("./fuzz.go", (const char *)data, size);
    if (f) {
        Vec files = {0};
        vec_push(&files, f);
        ty_check_package(f->name ? f->name : "main", &files);
        free(files.data);
    }
    diag_flush();
    sb_reset(&diag_output);
    return 0;
}
