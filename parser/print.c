/* print.c — expressions as gc prints them in diagnostics.
 *
 * Two notations, both gc's:
 *
 *  - ast_print_expr: ir's exprFmt (the %v of a node in -m output).  It prints
 *    from the tree, not from the source: parentheses are dropped and put back
 *    only where operator precedence needs them (x * (x + 1), - (-x),
 *    *(*p)); composite literals are TYPE{...} or TYPE{} (the elements never
 *    shown), function literals are "func literal", a conversion to an unnamed
 *    type is (T)(x), and types are written as gc's type printer writes them
 *    (interface {}, struct { a int }, [3]int).
 *
 *  - ast_print_stmt, ast_print_stmts: ir's stmtFmt, the statements of
 *    -m=2's inlinable bodies, of -m=3's walk and of -m=2's notes, after
 *    gc's front end has rewritten them: x++ is x += 1, `var x T` is
 *    `var x T; x = <nil>`, else-if is `else { if ... }`, a loop is "for
 *    loop", a label is a statement of its own ("L: ; for loop").
 *
 *  - ast_print_source: syntax.String, the short-form source printer.  gc uses
 *    it for constant expressions (their original text: 0x10, "a\tb", 1 << 3,
 *    (1 + 2) is "1 + 2" once unparenthesised) and in some syntax errors
 *    ("cannot use x := 1 as value").  ast_print_expr switches to it for a
 *    node the checker marked constant (cval set).
 */
#include "build.h"

#include <stdlib.h>
#include <string.h>

const char *(*ast_type_hook)(const Node *n);
bool (*ast_slice_addr_hook)(const Node *n);

/* Printing recurses; an absurdly deep tree (a sum of 100000 terms) is cut
 * short rather than overflowing the stack. */
enum { MAX_DEPTH = 2000 };

static void expr(StrBuf *b, const Node *n, int prec, int d);
static void type(StrBuf *b, const Node *n, int d);
static void source(StrBuf *b, const Node *n, int d);

static int is_type_node(const Node *n) {
    switch (n->kind) {
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_PTRTYPE: case N_SLICETYPE: case N_ARRAYTYPE:
    case N_MAPTYPE: case N_CHANTYPE: case N_IFACETYPE: case N_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

/* gc's OpPrec. */
static int binary_prec(Op op) {
    switch (op) {
    case OP_MUL: case OP_DIV: case OP_MOD: case OP_SHL: case OP_SHR: case OP_AND: case OP_ANDNOT:
        return 6;
    case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR:
        return 5;
    case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
        return 4;
    case OP_LAND:
        return 2;
    case OP_LOR:
        return 1;
    default:
        return 8;
    }
}

static int prec_of(const Node *n) {
    n = ast_unparen(n);
    switch (n->kind) {
    case N_BINARY:
        /* a string concatenation is gc's OADDSTR, which has no precedence:
         * an operand of an operator is parenthesised, (a + b) == c */
        if (n->op == OP_ADD && !n->cval && ast_is_string && ast_is_string(n))
            return 0;
        return binary_prec(n->op);
    case N_UNARY: /* &T{...} is gc's OPTRLIT, which has no precedence */
        return n->op == OP_ADDR && n->a && ast_unparen(n->a)->kind == N_COMPOSITE ? 0 : 7;
    case N_PTRTYPE: return 7;
    case N_FUNCLIT: return 0; /* OCLOSURE has none: (func literal)(x) */
    case N_CALL:
        if (ast_call_prec) {
            int p = ast_call_prec(n);
            if (p >= 0)
                return p;
        }
        return 8;
    default: return 8;
    }
}

/* ---- gc's type notation ---- */

/* The value of an integer literal, for array lengths ([0x10]T is [16]T). */
static int int_value(const Node *n, long long *v) {
    n = ast_unparen(n);
    if (n->kind != N_INTLIT || n->flag)
        return 0;
    char buf[64];
    int k = 0;
    for (const char *s = n->str; *s && k < 63; s++)
        if (*s != '_')
            buf[k++] = *s;
    buf[k] = 0;
    int base = 10;
    const char *digits = buf;
    if (buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X'))
        base = 16, digits = buf + 2;
    else if (buf[0] == '0' && (buf[1] == 'o' || buf[1] == 'O'))
        base = 8, digits = buf + 2;
    else if (buf[0] == '0' && (buf[1] == 'b' || buf[1] == 'B'))
        base = 2, digits = buf + 2;
    else if (buf[0] == '0' && buf[1])
        base = 8, digits = buf + 1;
    char *end;
    *v = strtoll(digits, &end, base);
    return *end == 0;
}

/* The length of [...]T{elements}: one past the largest index. */
static long long implicit_len(const Node *lit) {
    long long idx = 0, max = 0;
    for (int i = 0; i < lit->list.len; i++) {
        const Node *e = lit->list.data[i];
        long long k;
        if (e->kind == N_KEYVAL && int_value(e->a, &k))
            idx = k;
        idx++;
        if (idx > max)
            max = idx;
    }
    return max;
}

/* Exported before unexported, then by name (gc's order of methods). */
static int method_cmp(const void *x, const void *y) {
    const Node *a = *(const Node *const *)x, *b = *(const Node *const *)y;
    const char *p = a->name ? a->name : "", *q = b->name ? b->name : "";
    int ea = p[0] >= 'A' && p[0] <= 'Z', eb = q[0] >= 'A' && q[0] <= 'Z';
    if (ea != eb)
        return eb - ea;
    return strcmp(p, q);
}

static void quote(StrBuf *b, const char *s, int64_t n);

static void signature(StrBuf *b, const Node *ft, int d) {
    sb_putc(b, '(');
    for (int i = 0; i < ft->list.len; i++) {
        const Node *f = ft->list.data[i];
        if (i)
            sb_puts(b, ", ");
        if (f->name)
            sb_printf(b, "%s ", f->name);
        type(b, f->a, d + 1);
    }
    sb_putc(b, ')');
    if (ft->list2.len == 1 && !((const Node *)ft->list2.data[0])->name) {
        sb_putc(b, ' ');
        type(b, ((const Node *)ft->list2.data[0])->a, d + 1);
    } else if (ft->list2.len > 0) {
        sb_puts(b, " (");
        for (int i = 0; i < ft->list2.len; i++) {
            const Node *f = ft->list2.data[i];
            if (i)
                sb_puts(b, ", ");
            if (f->name)
                sb_printf(b, "%s ", f->name);
            type(b, f->a, d + 1);
        }
        sb_putc(b, ')');
    }
}

static void type(StrBuf *b, const Node *n, int d) {
    if (d > MAX_DEPTH) {
        sb_puts(b, "...");
        return;
    }
    if (!n) {
        sb_puts(b, "<nil>");
        return;
    }
    n = ast_unparen(n);
    switch (n->kind) {
    case N_NAME:
        if (ast_print_hook && ast_print_hook(b, n))
            return;
        sb_puts(b, n->name);
        return;
    case N_SELECTOR: /* pkg.T: the hook names the package as gc does */
        if (ast_print_hook && ast_print_hook(b, n))
            return;
        type(b, n->a, d + 1);
        sb_printf(b, ".%s", n->name);
        return;
    case N_PTRTYPE:
        sb_putc(b, '*');
        type(b, n->a, d + 1);
        return;
    case N_UNARY:
        if (n->op == OP_DEREF) {
            sb_putc(b, '*');
            type(b, n->a, d + 1);
            return;
        }
        break;
    case N_SLICETYPE:
        sb_puts(b, "[]");
        type(b, n->a, d + 1);
        return;
    case N_ARRAYTYPE: {
        long long v;
        if (!n->b)
            sb_puts(b, "[...]");
        else if (int_value(n->b, &v))
            sb_printf(b, "[%lld]", v);
        else {
            sb_putc(b, '[');
            source(b, ast_unparen(n->b), d + 1);
            sb_putc(b, ']');
        }
        type(b, n->a, d + 1);
        return;
    }
    case N_MAPTYPE:
        sb_puts(b, "map[");
        type(b, n->a, d + 1);
        sb_putc(b, ']');
        type(b, n->b, d + 1);
        return;
    case N_CHANTYPE: {
        const Node *e = ast_unparen(n->a);
        if (n->ival == 2)
            sb_puts(b, "<-chan ");
        else if (n->ival == 1)
            sb_puts(b, "chan<- ");
        else
            sb_puts(b, "chan ");
        if (n->ival == 0 && e && e->kind == N_CHANTYPE && e->ival == 2) {
            sb_putc(b, '(');
            type(b, e, d + 1);
            sb_putc(b, ')');
        } else {
            type(b, e, d + 1);
        }
        return;
    }
    case N_FUNCTYPE:
        sb_puts(b, "func");
        signature(b, n, d + 1);
        return;
    case N_ELLIPSIS:
        sb_puts(b, "...");
        type(b, n->a, d + 1);
        return;
    case N_STRUCTTYPE:
        sb_puts(b, "struct {");
        for (int i = 0; i < n->list.len; i++) {
            const Node *f = n->list.data[i];
            sb_puts(b, i ? "; " : " ");
            if (f->name)
                sb_printf(b, "%s ", f->name);
            type(b, f->a, d + 1);
            if (f->str) {
                sb_putc(b, ' ');
                quote(b, f->str, (int64_t)strlen(f->str));
            }
        }
        sb_puts(b, n->list.len ? " }" : "}");
        return;
    case N_IFACETYPE: {
        if (n->list.len == 0) {
            sb_puts(b, "interface {}");
            return;
        }
        const Node **m = xmalloc(sizeof(Node *) * (size_t)n->list.len);
        for (int i = 0; i < n->list.len; i++)
            m[i] = n->list.data[i];
        qsort(m, (size_t)n->list.len, sizeof *m, method_cmp);
        sb_puts(b, "interface {");
        for (int i = 0; i < n->list.len; i++) {
            sb_puts(b, i ? "; " : " ");
            if (m[i]->name) {
                sb_puts(b, m[i]->name);
                signature(b, m[i]->a, d + 1);
            } else {
                type(b, m[i]->a, d + 1);
            }
        }
        sb_puts(b, " }");
        free(m);
        return;
    }
    default:
        break;
    }
    expr(b, n, 0, d + 1);
}

/* ---- strconv.Quote ---- */

static void quote(StrBuf *b, const char *s, int64_t n) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(b, '"');
    for (int64_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            switch (c) {
            case '\a': sb_puts(b, "\\a"); continue;
            case '\b': sb_puts(b, "\\b"); continue;
            case '\f': sb_puts(b, "\\f"); continue;
            case '\n': sb_puts(b, "\\n"); continue;
            case '\r': sb_puts(b, "\\r"); continue;
            case '\t': sb_puts(b, "\\t"); continue;
            case '\v': sb_puts(b, "\\v"); continue;
            case '\\': sb_puts(b, "\\\\"); continue;
            case '"': sb_puts(b, "\\\""); continue;
            }
            if (c < 0x20 || c == 0x7f)
                sb_printf(b, "\\x%c%c", hex[c >> 4], hex[c & 15]);
            else
                sb_putc(b, (char)c);
            continue;
        }
        /* a multi-byte sequence: kept if valid UTF-8 (printability is
         * approximated), else each byte as \x.. */
        int k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        int ok = k > 1 && i + k <= n;
        for (int j = 1; ok && j < k; j++)
            ok = ((unsigned char)s[i + j] & 0xc0) == 0x80;
        if (ok) {
            sb_putn(b, s + i, (size_t)k);
            i += k;
        } else {
            sb_printf(b, "\\x%c%c", hex[c >> 4], hex[c & 15]);
            i++;
        }
    }
    sb_putc(b, '"');
}

/* ---- gc's expression notation ---- */

/* A call's arguments; those the checker packed into the implicit slice of a
 * variadic call are gc's "... argument". */
static void args(StrBuf *b, const Node *call, int d) {
    int packed = call->ival > 0 ? (int)call->ival - 1 : call->list.len;
    bool as_written = call->ival != 0 && ast_call_unpacked && ast_call_unpacked(call);
    if (as_written)
        packed = call->list.len;
    sb_putc(b, '(');
    for (int i = 0; i < call->list.len && i < packed; i++) {
        const Node *a = ast_unparen(call->list.data[i]);
        if (i)
            sb_puts(b, ", ");
        if (is_type_node(a))
            type(b, a, d + 1);
        else
            expr(b, a, 0, d + 1);
    }
    if (as_written)
        ;
    else if (call->ival > 0)
        sb_printf(b, "%s... argument...", packed > 0 ? ", " : "");
    else if (call->ival < 0)
        sb_printf(b, "%snil...", call->list.len > 0 ? ", " : "");
    else if (call->flag)
        sb_puts(b, "...");
    sb_putc(b, ')');
}

void ast_print_args(StrBuf *b, const Node *call) { args(b, call, 0); }

static void composite(StrBuf *b, const Node *n, int d) {
    const char *ellipsis = n->list.len ? "..." : "";
    const char *t = ast_type_hook && n->type ? ast_type_hook(n) : NULL;
    if (t) {
        if (!n->a && t[0] == '*')   /* an elided &T{...} */
            sb_printf(b, "&%s{%s}", t + 1, ellipsis);
        else
            sb_printf(b, "%s{%s}", t, ellipsis);
        return;
    }
    if (!n->a) {
        sb_printf(b, "{%s}", ellipsis);
        return;
    }
    const Node *ty = ast_unparen(n->a);
    if (ty->kind == N_ARRAYTYPE && !ty->b) {
        sb_printf(b, "[%lld]", implicit_len(n));
        type(b, ty->a, d + 1);
    } else {
        type(b, ty, d + 1);
    }
    sb_printf(b, "{%s}", ellipsis);
}

static void expr(StrBuf *b, const Node *n, int prec, int d) {
    if (d > MAX_DEPTH) {
        sb_puts(b, "...");
        return;
    }
    if (!n) {
        sb_puts(b, "<nil>");
        return;
    }
    n = ast_unparen(n);
    ast_print_prec = prec;
    if (ast_print_hook && ast_print_hook(b, n))
        return;
    if (n->cval) {   /* a constant: gc shows its source */
        if (prec > prec_of(n)) {
            sb_putc(b, '(');
            source(b, n, d + 1);
            sb_putc(b, ')');
        } else {
            source(b, n, d + 1);
        }
        return;
    }
    int nprec = prec_of(n);
    if (prec > nprec) {
        sb_putc(b, '(');
        expr(b, n, 0, d + 1);
        sb_putc(b, ')');
        return;
    }
    switch (n->kind) {
    case N_NAME:
    case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT:
    case N_STRLIT:
        sb_puts(b, n->kind == N_STRLIT ? n->raw : n->kind == N_NAME ? n->name : n->str);
        return;
    case N_FUNCLIT:
        sb_puts(b, "func literal");
        return;
    case N_COMPOSITE:
        composite(b, n, d + 1);
        return;
    case N_KEYVAL:
        expr(b, n->a, 0, d + 1);
        sb_putc(b, ':');
        expr(b, n->b, 0, d + 1);
        return;
    case N_SELECTOR:
        expr(b, n->a, nprec, d + 1);
        sb_printf(b, ".%s", n->name);
        return;
    case N_TYPEASSERT:
        expr(b, n->a, nprec, d + 1);
        sb_puts(b, ".(");
        if (n->b)
            type(b, n->b, d + 1);
        else
            sb_puts(b, "type");
        sb_putc(b, ')');
        return;
    case N_INDEX:
        expr(b, n->a, nprec, d + 1);
        sb_putc(b, '[');
        expr(b, n->b, 0, d + 1);
        sb_putc(b, ']');
        return;
    case N_SLICE:
        if (ast_slice_addr_hook && ast_slice_addr_hook(n)) {
            sb_puts(b, "(&");
            expr(b, n->a, 7, d + 1);
            sb_putc(b, ')');
        } else
            expr(b, n->a, nprec, d + 1);
        sb_putc(b, '[');
        if (n->b)
            expr(b, n->b, 0, d + 1);
        sb_putc(b, ':');
        if (n->c)
            expr(b, n->c, 0, d + 1);
        if (n->flag || n->d) {
            sb_putc(b, ':');
            if (n->d)
                expr(b, n->d, 0, d + 1);
        }
        sb_putc(b, ']');
        return;
    case N_CALL: {
        const Node *f = ast_unparen(n->a);
        if (is_type_node(f)) {   /* a conversion to an unnamed type */
            sb_putc(b, '(');
            type(b, f, d + 1);
            sb_putc(b, ')');
        } else if (f->kind == N_FUNCLIT) {   /* gc's OCLOSURE has no precedence */
            sb_puts(b, "(func literal)");
        } else {
            expr(b, f, nprec, d + 1);
        }
        args(b, n, d + 1);
        return;
    }
    case N_UNARY: {
        const Node *x = ast_unparen(n->a);
        sb_puts(b, ast_op_names[n->op]);
        if (n->op != OP_DEREF && x && x->kind == N_UNARY && x->op == n->op)
            sb_putc(b, ' ');
        expr(b, x, nprec + 1, d + 1);
        return;
    }
    case N_BINARY:
        if (n->op == OP_ADD && ast_is_string && ast_is_string(n)) {
            /* gc's OADDSTR has no precedence: its operands print as at
             * the top (an inlined call is "s" + ~R0, not (~R0)) */
            expr(b, n->a, 0, d + 1);
            sb_puts(b, " + ");
            expr(b, n->b, 0, d + 1);
            return;
        }
        expr(b, n->a, nprec, d + 1);
        sb_printf(b, " %s ", ast_op_names[n->op]);
        expr(b, n->b, nprec + 1, d + 1);
        return;
    default:
        if (is_type_node(n)) {
            type(b, n, d + 1);
            return;
        }
        sb_printf(b, "<node %s>", ast_kind_names[n->kind]);
        return;
    }
}

bool (*ast_print_hook)(StrBuf *b, const Node *n);
bool (*ast_call_unpacked)(const Node *call);
int ast_print_prec;
bool (*ast_is_string)(const Node *n);
int (*ast_call_prec)(const Node *n);

void ast_print_expr(StrBuf *b, const Node *n) { expr(b, n, 0, 0); }
void ast_print_expr_prec(StrBuf *b, const Node *n, int prec) { expr(b, n, prec, 0); }

/* What print prints for n, as an arena string. */
static const char *arena_text(void (*print)(StrBuf *, const Node *), const Node *n) {
    StrBuf b = {0};
    print(&b, n);
    const char *s = arena_strdup(perm, sb_str(&b));
    sb_free(&b);
    return s;
}

const char *ast_expr_str(const Node *n) { return arena_text(ast_print_expr, n); }

/* ---- gc's statement notation ---- */

bool (*ast_stmt_call_hook)(StrBuf *b, const Node *call);
const char *(*ast_var_type_hook)(const Node *name);

static void stmt(StrBuf *b, const Node *n, bool *first, int d);

static void exprs(StrBuf *b, const Vec *l, int d) {
    for (int i = 0; i < l->len; i++) {
        if (i)
            sb_puts(b, ", ");
        expr(b, l->data[i], 0, d + 1);
    }
}

/* The operand of an expression, go, defer or send statement: a call (which
 * binds tighter than any operator) as a later stage may name it there; a
 * called literal as written, even where minigo inlines it (gc's walk meets
 * a select case's as written). */
static void operand(StrBuf *b, const Node *x, int prec, int d) {
    const Node *c = ast_unparen(x);
    if (c && c->kind == N_CALL) {
        if (ast_unparen(c->a)->kind == N_FUNCLIT) {
            sb_puts(b, "(func literal)");
            args(b, c, d + 1);
        } else if (!ast_stmt_call_hook || !ast_stmt_call_hook(b, c))
            expr(b, c, 0, d + 1);
        return;
    }
    expr(b, x, prec, d + 1);
}

/* Statements of a list are joined by "; ". */
static void sep(StrBuf *b, bool *first) {
    if (!*first)
        sb_puts(b, "; ");
    *first = false;
}

static void stmt_list(StrBuf *b, const Vec *l, bool *first, int d) {
    for (int i = 0; i < l->len; i++)
        stmt(b, l->data[i], first, d + 1);
}

static void block(StrBuf *b, const Vec *l, int d) {
    bool first = true;
    stmt_list(b, l, &first, d);
}

void ast_print_var(StrBuf *b, const Node *name) {
    const char *t = ast_var_type_hook ? ast_var_type_hook(name) : NULL;
    sb_printf(b, "var %s %s", name->name, t ? t : "?");
}

/* A declaration, as gc's front end rewrites it: each variable declared,
 * then assigned (its value, or <nil>), or all declared and then assigned
 * from one call. */
static void decl(StrBuf *b, const Node *dc, bool *first, int d) {
    if (dc->kind == N_CONSTDECL || dc->kind == N_TYPEDECL) {
        int n = dc->kind == N_CONSTDECL ? dc->list.len : 1;
        for (int j = 0; j < n; j++) {
            sep(b, first);
            sb_puts(b, dc->kind == N_CONSTDECL ? "<node DCLCONST>" : "<node DCLTYPE>");
        }
        return;
    }
    if (dc->kind != N_VARDECL)
        return;
    if (dc->list2.len && dc->list2.len != dc->list.len) {
        for (int j = 0; j < dc->list.len; j++) {
            sep(b, first);
            ast_print_var(b, dc->list.data[j]);
        }
        sep(b, first);
        exprs(b, &dc->list, d);
        sb_puts(b, " = ");
        exprs(b, &dc->list2, d);
        return;
    }
    for (int j = 0; j < dc->list.len; j++) {
        const Node *nm = dc->list.data[j];
        sep(b, first);
        ast_print_var(b, nm);
        sep(b, first);
        expr(b, nm, 0, d + 1);
        sb_puts(b, " = ");
        if (dc->list2.len)
            expr(b, dc->list2.data[j], 0, d + 1);
        else
            sb_puts(b, "<nil>");
    }
}

/* One statement of a list (a block's are the list's; a labelled
 * statement is two; an empty one none), or an expression. */
static void stmt(StrBuf *b, const Node *n, bool *first, int d) {
    if (!n)
        return;
    if (d > MAX_DEPTH) {
        sep(b, first);
        sb_puts(b, "...");
        return;
    }
    switch (n->kind) {
    case N_EMPTY:
        return;
    case N_BLOCK:
        stmt_list(b, &n->list, first, d);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++)
            decl(b, n->list.data[i], first, d + 1);
        return;
    case N_LABELED:
        sep(b, first);
        sb_printf(b, "%s: ", n->name);
        stmt(b, n->a, first, d + 1);
        return;
    default:
        break;
    }
    sep(b, first);
    switch (n->kind) {
    case N_EXPRSTMT:
        operand(b, n->a, 0, d);
        return;
    case N_SENDSTMT: /* gc's OSEND has precedence 3 */
        operand(b, n->a, 3, d);
        sb_puts(b, " <- ");
        operand(b, n->b, 4, d);
        return;
    case N_INCDEC:
        expr(b, n->a, 0, d + 1);
        sb_puts(b, n->op == OP_ADD ? " += 1" : " -= 1");
        return;
    case N_ASSIGN:
        exprs(b, &n->list, d);
        if (n->op == OP_NONE)
            sb_puts(b, " = ");
        else
            sb_printf(b, " %s= ", ast_op_names[n->op]);
        exprs(b, &n->list2, d);
        return;
    case N_DEFINE:
        exprs(b, &n->list, d);
        sb_puts(b, " := ");
        exprs(b, &n->list2, d);
        return;
    case N_VARDECL: /* the assignment a declaration makes */
        exprs(b, &n->list, d);
        sb_puts(b, " = ");
        exprs(b, &n->list2, d);
        return;
    case N_GOSTMT:
    case N_DEFERSTMT:
        sb_puts(b, n->kind == N_GOSTMT ? "go " : "defer ");
        operand(b, n->a, 0, d);
        return;
    case N_RETURN:
        sb_puts(b, "return ");
        exprs(b, &n->list, d);
        return;
    case N_BRANCH:
        sb_puts(b, ast_op_names[n->op]);
        if (n->name)
            sb_printf(b, " %s", n->name);
        return;
    case N_IF:
        sb_puts(b, "if ");
        if (n->a) {
            bool f = true;
            stmt(b, n->a, &f, d + 1);
            sb_puts(b, "; ");
        }
        expr(b, n->b, 0, d + 1);
        sb_puts(b, " { ");
        block(b, &n->c->list, d);
        sb_puts(b, " }");
        if (n->d && !(n->d->kind == N_BLOCK && n->d->list.len == 0)) {
            sb_puts(b, " else { ");
            bool f = true;
            stmt(b, n->d, &f, d + 1);   /* a block, or else-if's if */
            sb_puts(b, " }");
        }
        return;
    case N_CASE:
        if (n->list.len) {
            sb_puts(b, "case ");
            exprs(b, &n->list, d);
        } else
            sb_puts(b, "default");
        sb_puts(b, ": ");
        block(b, &n->list2, d);
        return;
    case N_FOR:
    case N_RANGE:
        sb_puts(b, "for loop");
        return;
    case N_SWITCH:
    case N_TYPESWITCH:
        sb_puts(b, "switch statement");
        return;
    case N_SELECT:
        sb_puts(b, "select statement");
        return;
    default: /* an expression, or <node KIND> */
        expr(b, n, 0, d + 1);
        return;
    }
}

void ast_print_stmt(StrBuf *b, const Node *n) {
    if (n && n->kind == N_LABELED) {
        sb_printf(b, "%s: ", n->name);
        return;
    }
    bool first = true;
    stmt(b, n, &first, 0);
}

void ast_print_stmts(StrBuf *b, const Vec *list) { block(b, list, 0); }

const char *ast_stmt_str(const Node *n) { return arena_text(ast_print_stmt, n); }

/* ---- the source form (syntax.String, short form) ---- */

static void source_list(StrBuf *b, const Vec *v, int d) {
    for (int i = 0; i < v->len; i++) {
        if (i)
            sb_puts(b, ", ");
        source(b, v->data[i], d + 1);
    }
}

static void source_fields(StrBuf *b, const Vec *v, const char *sep, int d) {
    for (int i = 0; i < v->len; i++) {
        const Node *f = v->data[i];
        if (i)
            sb_puts(b, sep);
        if (f->name) {
            sb_puts(b, f->name);
            /* a, b int: consecutive names of one type are grouped */
            if (i + 1 < v->len && ((const Node *)v->data[i + 1])->a == f->a &&
                ((const Node *)v->data[i + 1])->name) {
                continue;
            }
            if (f->a && f->a->kind != N_FUNCTYPE)
                sb_putc(b, ' ');
        }
        if (f->a && f->name && f->a->kind == N_FUNCTYPE && strcmp(sep, "; ") == 0) {
            /* an interface method: name(params) results */
            StrBuf sig = {0};
            source(&sig, f->a, d + 1);
            sb_puts(b, sb_str(&sig) + 4);
            sb_free(&sig);
        } else if (f->a) {
            source(b, f->a, d + 1);
        }
        if (f->str) {
            sb_putc(b, ' ');
            quote(b, f->str, (int64_t)strlen(f->str));
        }
    }
}

static void source_signature(StrBuf *b, const Node *ft, int d) {
    sb_putc(b, '(');
    source_fields(b, &ft->list, ", ", d + 1);
    sb_putc(b, ')');
    if (ft->list2.len == 1 && !((const Node *)ft->list2.data[0])->name) {
        sb_putc(b, ' ');
        source(b, ((const Node *)ft->list2.data[0])->a, d + 1);
    } else if (ft->list2.len) {
        sb_puts(b, " (");
        source_fields(b, &ft->list2, ", ", d + 1);
        sb_putc(b, ')');
    }
}

static void source(StrBuf *b, const Node *n, int d) {
    if (!n)
        return;
    if (d > MAX_DEPTH) {
        sb_puts(b, "...");
        return;
    }
    switch (n->kind) {
    case N_NAME:
        sb_puts(b, n->name);
        return;
    case N_INTLIT: case N_FLOATLIT: case N_IMAGLIT: case N_RUNELIT:
        sb_puts(b, n->str);
        return;
    case N_STRLIT:
        sb_puts(b, n->raw);
        return;
    case N_FUNCLIT:
        source(b, n->a, d + 1);
        sb_puts(b, n->b && n->b->list.len ? " {…}" : " {}");
        return;
    case N_COMPOSITE:
        source(b, n->a, d + 1);
        sb_puts(b, n->list.len ? "{…}" : "{}");
        return;
    case N_KEYVAL:
        source(b, n->a, d + 1);
        sb_puts(b, ": ");
        source(b, n->b, d + 1);
        return;
    case N_PAREN:
        sb_putc(b, '(');
        source(b, n->a, d + 1);
        sb_putc(b, ')');
        return;
    case N_SELECTOR:
        source(b, n->a, d + 1);
        sb_printf(b, ".%s", n->name);
        return;
    case N_INDEX:
        source(b, n->a, d + 1);
        sb_putc(b, '[');
        source(b, n->b, d + 1);
        sb_putc(b, ']');
        return;
    case N_SLICE:
        source(b, n->a, d + 1);
        sb_putc(b, '[');
        source(b, n->b, d + 1);
        sb_putc(b, ':');
        source(b, n->c, d + 1);
        if (n->d) {
            sb_putc(b, ':');
            source(b, n->d, d + 1);
        }
        sb_putc(b, ']');
        return;
    case N_TYPEASSERT:
        source(b, n->a, d + 1);
        sb_puts(b, ".(");
        if (n->b)
            source(b, n->b, d + 1);
        else
            sb_puts(b, "type");
        sb_putc(b, ')');
        return;
    case N_CALL:
        source(b, n->a, d + 1);
        sb_putc(b, '(');
        source_list(b, &n->list, d + 1);
        if (n->flag)
            sb_puts(b, "...");
        sb_putc(b, ')');
        return;
    case N_UNARY:
        sb_puts(b, ast_op_names[n->op]);
        source(b, n->a, d + 1);
        return;
    case N_BINARY:
        source(b, n->a, d + 1);
        sb_printf(b, " %s ", ast_op_names[n->op]);
        source(b, n->b, d + 1);
        return;
    case N_ARRAYTYPE:
        sb_putc(b, '[');
        if (n->b)
            source(b, n->b, d + 1);
        else
            sb_puts(b, "...");
        sb_putc(b, ']');
        source(b, n->a, d + 1);
        return;
    case N_SLICETYPE:
        sb_puts(b, "[]");
        source(b, n->a, d + 1);
        return;
    case N_ELLIPSIS:
        sb_puts(b, "...");
        source(b, n->a, d + 1);
        return;
    case N_PTRTYPE:
        sb_putc(b, '*');
        source(b, n->a, d + 1);
        return;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        source(b, n->a, d + 1);
        sb_putc(b, ']');
        source(b, n->b, d + 1);
        return;
    case N_CHANTYPE:
        sb_puts(b, n->ival == 2 ? "<-chan " : n->ival == 1 ? "chan<- " : "chan ");
        if (n->ival == 0 && n->a && n->a->kind == N_CHANTYPE && n->a->ival == 2) {
            sb_putc(b, '(');
            source(b, n->a, d + 1);
            sb_putc(b, ')');
        } else {
            source(b, n->a, d + 1);
        }
        return;
    case N_FUNCTYPE:
        sb_puts(b, "func");
        source_signature(b, n, d + 1);
        return;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        source_fields(b, &n->list, "; ", d + 1);
        sb_putc(b, '}');
        return;
    case N_IFACETYPE:
        sb_puts(b, "interface{");
        source_fields(b, &n->list, "; ", d + 1);
        sb_putc(b, '}');
        return;
    /* statements, for "cannot use ... as value" */
    case N_EXPRSTMT:
        source(b, n->a, d + 1);
        return;
    case N_SENDSTMT:
        source(b, n->a, d + 1);
        sb_puts(b, " <- ");
        source(b, n->b, d + 1);
        return;
    case N_INCDEC:
        source(b, n->a, d + 1);
        sb_puts(b, n->op == OP_ADD ? "++" : "--");
        return;
    case N_ASSIGN:
        source_list(b, &n->list, d + 1);
        sb_printf(b, " %s= ", ast_op_names[n->op]);
        source_list(b, &n->list2, d + 1);
        return;
    case N_DEFINE:
        source_list(b, &n->list, d + 1);
        sb_puts(b, " := ");
        source_list(b, &n->list2, d + 1);
        return;
    default:
        sb_printf(b, "<%s>", ast_kind_names[n->kind]);
        return;
    }
}

void ast_print_source(StrBuf *b, const Node *n) { source(b, n, 0); }

const char *ast_source_str(const Node *n) { return arena_text(ast_print_source, n); }
