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
} Flags;

const char *display_name(const char *path);   /* as gc prints a file's name */
void parse_gcflags(const char *s, Flags *f);
/* The passes, from source files to an analysed IrProgram; NULL after
 * errors.  Diagnostics are left in diag_output. */
IrProgram *compile(Vec *paths, Flags *fl);

/* diff.c */
int cmd_diff(int argc, char **argv);

#endif
