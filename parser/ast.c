/* ast.c — the syntax tree: names of kinds and operators, the constructors
 * the grammar calls (build.h), the checks gc's parser makes while building
 * (in gc's words), a debugging dump, and parse_file.
 *
 * Errors found here are of two sorts, as in gc: syntax errors
 * (parse_syntax_error: "syntax error: ...", the file is rejected) and
 * errors gc's parser reports but then goes on (diag_error: "method has no
 * receiver", "middle index required in 3-index slice"...).
 */
#include "build.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

const char *ast_kind_names[] = {
#define X(k, doc) #k,
    AST_KINDS(X)
#undef X
};

const char *ast_op_names[] = {
#define X(o, s) s,
    AST_OPS(X)
#undef X
};

Node *ast_new(NodeKind k, Pos p) {
    Node *n = NEW(Node);
    n->kind = k;
    n->pos = p;
    return n;
}

Node *ast_new2(NodeKind k, Pos p, Node *a, Node *b) {
    Node *n = ast_new(k, p);
    n->a = a;
    n->b = b;
    return n;
}

/* ---- lists ---- */

Vec *ast_list0(void) { return NEW(Vec); }

Vec *ast_list1(Node *n) {
    Vec *v = NEW(Vec);
    vec_push(v, n);
    return v;
}

/* NULL elements (empty statements) are dropped. */
Vec *ast_append(Vec *v, Node *n) {
    if (n)
        vec_push(v, n);
    return v;
}

Vec *ast_concat(Vec *v, Vec *w) {
    for (int i = 0; i < w->len; i++)
        vec_push(v, w->data[i]);
    return v;
}

static Vec vec_of(Vec *v) { return v ? *v : (Vec){0}; }

/* The leftmost position of an expression (gc's syntax.StartPos). */
static Pos start_pos(const Node *n) {
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_CALL:
        case N_BINARY:
            n = n->a;
            continue;
        case N_COMPOSITE:
            if (n->a) {
                n = n->a;
                continue;
            }
            return n->pos;
        case N_KEYVAL:
            n = n->a;
            continue;
        default:
            return n->pos;
        }
    }
}

Node *ast_unparen(const Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->a;
    return (Node *)n;
}

/* ---- expressions ---- */

Node *ast_name(Pos p, const char *name) {
    Node *n = ast_new(N_NAME, p);
    n->name = name;
    return n;
}

Node *ast_lit(NodeKind k, Pos p, const Tok *t) {
    Node *n = ast_new(k, p);
    n->flag = t->bad;
    if (k == N_STRLIT) {
        int len = 0;
        n->raw = t->lit;
        n->str = t->bad ? "" : lex_string_value(t->lit, t->len, &len);
        n->ival = len;
    } else {
        n->str = t->lit;
        if (k == N_RUNELIT && !t->bad)
            n->ival = lex_rune_value(t->lit, t->len);
    }
    return n;
}

Node *ast_unary(Op op, Pos p, Node *x) {
    /* &(T{}) is &T{}: gc drops the parentheses after & */
    Node *n = ast_new2(N_UNARY, p, op == OP_ADDR ? ast_unparen(x) : x, NULL);
    n->op = op;
    return n;
}

/* <-x, where x may turn out to be a channel type: <-chan T is then a
 * receive-only channel type, re-associated as gc does (<-chan chan<- T
 * is an error, <-chan <-chan T nests). */
Node *ast_recv(Parser *ps, Pos arrow, Node *x) {
    if (x->kind != N_CHANTYPE)
        return ast_unary(OP_RECV, arrow, x);
    int dir = 1;
    Node *t = x;
    while (dir == 1) {
        if (t->kind != N_CHANTYPE)
            break;
        dir = (int)t->ival;
        if (dir == 2)
            parse_syntax_error(ps, t->pos, "syntax error: unexpected <-, expecting chan");
        t->ival = 2;
        t = t->a;
    }
    if (dir == 1)
        parse_syntax_error(ps, t->pos, "syntax error: unexpected %s, expecting chan", ast_source_str(t));
    x->pos = arrow;
    return x;
}

Node *ast_binary(Op op, Pos p, Node *x, Node *y) {
    Node *n = ast_new2(N_BINARY, p, x, y);
    n->op = op;
    return n;
}

Node *ast_paren(Pos p, Node *x) { return ast_new2(N_PAREN, p, x, NULL); }

Node *ast_selector(Pos dot, Node *x, const char *name) {
    Node *n = ast_new2(N_SELECTOR, dot, x, NULL);
    n->name = name;
    return n;
}

Node *ast_index(Pos lbrack, Node *x, Node *i) { return ast_new2(N_INDEX, lbrack, x, i); }

Node *ast_slice(Pos lbrack, Node *x, Node *lo, Node *hi) {
    Node *n = ast_new2(N_SLICE, lbrack, x, lo);
    n->c = hi;
    return n;
}

Node *ast_slice3(Pos lbrack, Node *x, Node *lo, Node *hi, Node *max, Pos colon2, Pos rbrack) {
    Node *n = ast_slice(lbrack, x, lo, hi);
    n->d = max;
    n->flag = 1;
    if (!hi)
        diag_error(colon2, "middle index required in 3-index slice");
    if (!max)
        diag_error(rbrack, "final index required in 3-index slice");
    return n;
}

Node *ast_assert(Pos dot, Node *x, Node *type) { return ast_new2(N_TYPEASSERT, dot, x, type); }

Node *ast_call(Pos lparen, Node *f, Vec *args, int dots) {
    Node *n = ast_new2(N_CALL, lparen, f, NULL);
    n->list = vec_of(args);
    n->flag = dots;
    return n;
}

Node *ast_composite(Pos lbrace, Node *type, Vec *elems) {
    Node *n = ast_new2(N_COMPOSITE, lbrace, type, NULL);
    n->list = vec_of(elems);
    return n;
}

Node *ast_keyval(Pos colon, Node *k, Node *v) { return ast_new2(N_KEYVAL, colon, k, v); }

Node *ast_funclit(Pos func, Node *ftype, Node *body) { return ast_new2(N_FUNCLIT, func, ftype, body); }

/* ---- types ---- */

Node *ast_ptrtype(Pos star, Node *elem) { return ast_new2(N_PTRTYPE, star, elem, NULL); }
Node *ast_slicetype(Pos lbrack, Node *elem) { return ast_new2(N_SLICETYPE, lbrack, elem, NULL); }
Node *ast_arraytype(Pos lbrack, Node *len, Node *elem) { return ast_new2(N_ARRAYTYPE, lbrack, elem, len); }
Node *ast_maptype(Pos map, Node *key, Node *val) { return ast_new2(N_MAPTYPE, map, key, val); }

Node *ast_chantype(Pos p, int dir, Node *elem) {
    Node *n = ast_new2(N_CHANTYPE, p, elem, NULL);
    n->ival = dir;
    return n;
}

Node *ast_param(Pos p, const char *name, Node *type) {
    Node *n = ast_new2(N_FIELD, p, type, NULL);
    n->name = name;
    n->flag = type && type->kind == N_ELLIPSIS;
    return n;
}

Node *ast_dots(Pos p, Node *elem) { return ast_new2(N_ELLIPSIS, p, elem, NULL); }

/* gc's rule for a parameter list: either every parameter has a name or none
 * has.  A lone name is a type when none has; otherwise it takes the type of
 * the parameters that follow it (a, b int).  Mixing is a syntax error at the
 * leftmost offender. */
static void distribute(Parser *ps, Vec *list) {
    int n = list->len, named = 0;
    const char **nm = xmalloc(sizeof(char *) * (size_t)(n ? n : 1));
    Pos *nmpos = xmalloc(sizeof(Pos) * (size_t)(n ? n : 1));
    Node **ty = xmalloc(sizeof(Node *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Node *f = list->data[i];
        nm[i] = f->name;
        nmpos[i] = f->pos;
        ty[i] = f->a;
        if (!f->name && f->a && f->a->kind == N_NAME) {  /* a lone name */
            nm[i] = f->a->name;
            ty[i] = NULL;
        }
        if (nm[i] && ty[i])
            named++;
    }
    if (named != 0 && named != n) {
        Node *typ = NULL;
        Pos err = {0};
        for (int i = n - 1; i >= 0; i--) {
            Node *f = list->data[i];
            if (ty[i]) {
                typ = ty[i];
                if (!nm[i]) {
                    err = start_pos(typ);
                    f->name = "_";
                }
            } else if (typ) {
                f->name = nm[i];
                f->pos = nmpos[i];
                f->a = typ;
                f->flag = typ->kind == N_ELLIPSIS;
            } else {
                err = nmpos[i];
            }
        }
        if (err.line)
            parse_syntax_error(ps, err, "syntax error: mixed named and unnamed parameters");
    }
    free(nm);
    free(nmpos);
    free(ty);
}

Node *ast_functype(Parser *ps, Pos p, Vec *params, Vec *results) {
    Node *n = ast_new(N_FUNCTYPE, p);
    distribute(ps, params);
    distribute(ps, results);
    n->list = vec_of(params);
    n->list2 = vec_of(results);
    return n;
}

static const char *tag_value(Node *tag) { return tag ? tag->str : NULL; }

Vec *ast_fields(Vec *names, Node *type, Node *tag) {
    Vec *v = ast_list0();
    for (int i = 0; i < names->len; i++) {
        Node *name = names->data[i];
        Node *f = ast_new2(N_FIELD, name->pos, type, NULL);
        f->name = name->name;
        f->str = tag_value(tag);
        vec_push(v, f);
    }
    return v;
}

Node *ast_embedded(Pos p, Node *type, Node *tag) {
    Node *f = ast_new2(N_FIELD, p, type, NULL);
    f->flag = 1;
    f->str = tag_value(tag);
    return f;
}

Node *ast_structtype(Pos p, Vec *fields) {
    Node *n = ast_new(N_STRUCTTYPE, p);
    n->list = vec_of(fields);
    return n;
}

Node *ast_method(Pos p, const char *name, Node *ftype) {
    Node *f = ast_new2(N_FIELD, p, ftype, NULL);
    f->name = name;
    f->flag = name == NULL;
    return f;
}

Node *ast_ifacetype(Pos p, Vec *elems) {
    Node *n = ast_new(N_IFACETYPE, p);
    n->list = vec_of(elems);
    return n;
}

/* ---- declarations ---- */

Node *ast_import(Pos p, const char *local, const Tok *path) {
    Node *n = ast_new(N_IMPORT, p);
    int len;
    n->name = local;
    n->str = lex_string_value(path->lit, path->len, &len);
    n->raw = path->lit;
    return n;
}

Node *ast_valuespec(NodeKind k, Vec *names, Node *type, Vec *values) {
    Node *first = names->data[0];
    Node *n = ast_new2(k, first->pos, type, NULL);
    n->list = vec_of(names);
    n->list2 = vec_of(values);
    return n;
}

Vec *ast_group(Vec *specs) {
    for (int i = 0; i < specs->len; i++)
        ((Node *)specs->data[i])->ival = i;
    return specs;
}

Node *ast_instance(Pos lbrack, Node *generic, Vec *args) {
    Node *n = ast_new2(N_INSTANCE, lbrack, generic, NULL);
    n->list = vec_of(args);
    return n;
}

Node *ast_union(Pos bar, Node *x, Node *y) {
    if (x->kind == N_UNION) {
        vec_push(&x->list, y);
        return x;
    }
    Node *n = ast_new(N_UNION, bar);
    vec_push(&n->list, x);
    vec_push(&n->list, y);
    return n;
}

Node *ast_typespec(Pos p, const char *name, Node *type, int alias) {
    Node *n = ast_new2(N_TYPEDECL, p, type, NULL);
    n->name = name;
    n->flag = alias;
    return n;
}

Node *ast_funcdecl(Parser *ps, Pos func, Vec *recv, Pos name_pos, const char *name,
                   Node *ftype, Node *body, Vec *pragmas) {
    Node *n = ast_new(N_FUNCDECL, name_pos);
    n->pos2 = func;
    n->name = name;
    if (recv) {
        distribute(ps, recv);
        if (recv->len == 0)
            diag_error(name_pos, "method has no receiver");
        else if (recv->len > 1)
            diag_error(name_pos, "method has multiple receivers");
        if (recv->len > 0)
            n->a = recv->data[0];
    }
    n->b = ftype;
    n->c = body;
    n->pragmas = *pragmas;
    return n;
}

Node *ast_file(Pos p, const char *pkg, Vec *imports, Vec *decls) {
    Node *n = ast_new(N_FILE, p);
    n->name = pkg;
    n->list = vec_of(decls);
    n->list2 = vec_of(imports);
    return n;
}

/* ---- statements ---- */

Node *ast_block(Pos lbrace, Vec *stmts, Pos rbrace) {
    Node *n = ast_new(N_BLOCK, lbrace);
    n->pos2 = rbrace;
    n->list = vec_of(stmts);
    return n;
}

Node *ast_exprstmt(Node *x) { return ast_new2(N_EXPRSTMT, start_pos(x), x, NULL); }

Node *ast_send(Pos arrow, Node *ch, Node *v) {
    Node *n = ast_new2(N_SENDSTMT, start_pos(ch), ch, v);
    n->pos2 = arrow;
    return n;
}

Node *ast_incdec(Pos p, Op op, Node *x) {
    Node *n = ast_new2(N_INCDEC, p, x, NULL);
    n->op = op;
    return n;
}

Node *ast_assign(Pos p, Op op, Vec *lhs, Vec *rhs) {
    Node *n = ast_new(N_ASSIGN, p);
    n->op = op;
    n->list = vec_of(lhs);
    n->list2 = vec_of(rhs);
    return n;
}

/* The left of := must be names (types2 says so; the tree keeps names only). */
static void names_only(Vec *lhs) {
    for (int i = 0; i < lhs->len; i++) {
        Node *x = lhs->data[i];
        if (x->kind != N_NAME) {
            diag_error(start_pos(x), "non-name %s on left side of :=", ast_source_str(x));
            lhs->data[i] = ast_name(start_pos(x), "_");
            ((Node *)lhs->data[i])->ival = 1; /* stands for a non-name (the checker says no more) */
        }
    }
}

Node *ast_define(Pos p, Vec *lhs, Vec *rhs) {
    Node *n = ast_new(N_DEFINE, p);
    names_only(lhs);
    n->list = vec_of(lhs);
    n->list2 = vec_of(rhs);
    return n;
}

Node *ast_declstmt(Pos p, Vec *specs) {
    Node *n = ast_new(N_DECLSTMT, p);
    n->list = vec_of(specs);
    return n;
}

Node *ast_gostmt(NodeKind k, Pos p, Node *x) {
    const char *what = k == N_GOSTMT ? "go" : "defer";
    if (x->kind == N_PAREN) {
        diag_error(x->pos, "expression in %s must not be parenthesized", what);
        x = ast_unparen(x);
    }
    if (x->kind != N_CALL) {
        diag_error(x->pos, "expression in %s must be function call", what);
        x = ast_call(x->pos, x, NULL, 0);
    }
    return ast_new2(k, p, x, NULL);
}

Node *ast_return(Pos p, Vec *results) {
    Node *n = ast_new(N_RETURN, p);
    n->list = vec_of(results);
    return n;
}

Node *ast_branch(Pos p, Op op, const char *label) {
    Node *n = ast_new(N_BRANCH, p);
    n->op = op;
    n->name = label;
    return n;
}

Node *ast_labeled(Pos p, const char *label, Node *stmt) {
    Node *n = ast_new2(N_LABELED, p, stmt ? stmt : ast_empty(p), NULL);
    n->name = label;
    return n;
}

Node *ast_empty(Pos p) { return ast_new(N_EMPTY, p); }

/* Where gc writes the header's simple statement in "cannot use ... as
 * value": the statement's position (its operator for assignments). */
static Pos stmt_pos(const Node *s) {
    return s->kind == N_SENDSTMT ? s->pos2 : s->pos;
}

/* A header's condition must be an expression: gc rejects `if x = 1 {` with a
 * message that spells out the assignment. */
static Node *cond_expr(Parser *ps, Node *s) {
    if (!s)
        return NULL;
    if (s->kind == N_EXPRSTMT)
        return s->a;
    if (s->kind == N_ASSIGN && s->op == OP_NONE) {
        StrBuf b = {0};
        sb_puts(&b, "assignment (");
        for (int i = 0; i < s->list.len; i++)
            sb_printf(&b, "%s%s", i ? ", " : "", ast_source_str(s->list.data[i]));
        sb_puts(&b, ") = (");
        for (int i = 0; i < s->list2.len; i++)
            sb_printf(&b, "%s%s", i ? ", " : "", ast_source_str(s->list2.data[i]));
        sb_puts(&b, ")");
        parse_syntax_error(ps, stmt_pos(s), "syntax error: cannot use %s as value", sb_str(&b));
        sb_free(&b);
    } else {
        parse_syntax_error(ps, stmt_pos(s), "syntax error: cannot use %s as value", ast_source_str(s));
    }
    return NULL;
}

Header ast_if_header(Parser *ps, Node *init, Node *cond, const char *semilit, Pos semi) {
    Header h = {0};
    h.init = init;
    if (!cond) {
        if (semilit && strcmp(semilit, "semicolon") != 0)
            parse_syntax_error(ps, semi, "syntax error: unexpected %s, expecting { after if clause", semilit);
        else  /* at the ';', or at the '{' just read */
            parse_syntax_error(ps, semilit ? semi : ps->lx.last_pos, "syntax error: missing condition in if statement");
    }
    h.cond = cond_expr(ps, cond);
    return h;
}

Header ast_for_header(Parser *ps, Node *init, Node *cond, Node *post) {
    Header h = {0};
    h.init = init;
    h.cond = cond_expr(ps, cond);
    if (post && post->kind == N_DEFINE)
        parse_syntax_error(ps, post->pos, "syntax error: cannot declare in post statement of for loop");
    h.post = post;
    return h;
}

Header ast_range_header(Pos rng, Vec *lhs, int define, Node *x) {
    Header h = {0};
    h.range = 1;
    h.rng = rng;
    h.lhs = lhs;
    h.define = define;
    if (lhs && define)
        names_only(lhs);
    if (lhs && lhs->len > 2)
        diag_error(start_pos(lhs->data[2]), "range clause permits at most two iteration variables");
    h.x = x;
    return h;
}

static int is_guard(const Node *x) { return x && x->kind == N_TYPEASSERT && x->b == NULL; }

Header ast_switch_header(Parser *ps, Node *init, Node *tag) {
    Header h = {0};
    h.init = init;
    if (tag && tag->kind == N_EXPRSTMT && is_guard(tag->a)) {
        h.guard = tag->a->a;
    } else if (tag && tag->kind == N_DEFINE && tag->list.len == 1 && tag->list2.len == 1 &&
               is_guard(tag->list2.data[0])) {
        h.bind = tag->list.data[0];
        h.guard = ((Node *)tag->list2.data[0])->a;
    } else {
        h.cond = cond_expr(ps, tag);
    }
    return h;
}

Node *ast_if(Pos p, const Header *h, Node *then, Node *els) {
    Node *n = ast_new(N_IF, p);
    n->a = h->init;
    n->b = h->cond;
    n->c = then;
    n->d = els;
    return n;
}

Node *ast_for(Pos p, const Header *h, Node *body) {
    if (h->range) {
        Node *n = ast_new(N_RANGE, h->rng);
        n->pos2 = p;
        if (h->lhs && h->lhs->len > 0)
            n->a = h->lhs->data[0];
        if (h->lhs && h->lhs->len > 1)
            n->b = h->lhs->data[1];
        n->flag = h->define;
        n->c = h->x;
        n->d = body;
        return n;
    }
    Node *n = ast_new(N_FOR, p);
    n->a = h->init;
    n->b = h->cond;
    n->c = h->post;
    n->d = body;
    return n;
}

Node *ast_switch(Pos p, const Header *h, Vec *cases, Pos rbrace) {
    Node *n = ast_new(h->guard ? N_TYPESWITCH : N_SWITCH, p);
    n->pos2 = rbrace;
    n->a = h->init;
    if (h->guard) {
        n->b = h->guard;
        if (h->bind) {
            n->name = h->bind->name;
            n->c = h->bind;
        }
    } else {
        n->b = h->cond;
    }
    n->list = vec_of(cases);
    return n;
}

Node *ast_case(Pos p, Vec *exprs, int isdefault, Vec *body) {
    Node *n = ast_new(N_CASE, p);
    n->list = vec_of(exprs);
    n->list2 = vec_of(body);
    n->flag = isdefault;
    return n;
}

Node *ast_select(Pos p, Vec *comms) {
    Node *n = ast_new(N_SELECT, p);
    n->list = vec_of(comms);
    return n;
}

Node *ast_comm(Pos p, Node *stmt, Vec *body) {
    Node *n = ast_new2(N_COMM, p, stmt, NULL);
    n->list2 = vec_of(body);
    return n;
}

/* ---- a debugging dump ---- */

static void dump(StrBuf *b, const Node *n, int depth, const char *role) {
    for (int i = 0; i < depth; i++)
        sb_puts(b, "  ");
    if (role)
        sb_printf(b, "%s: ", role);
    if (!n) {
        sb_puts(b, "nil\n");
        return;
    }
    sb_printf(b, "%s %d:%d", ast_kind_names[n->kind], n->pos.line, n->pos.col);
    if (n->op)
        sb_printf(b, " op=%s", ast_op_names[n->op]);
    if (n->name)
        sb_printf(b, " name=%s", n->name);
    if (n->kind == N_STRLIT)
        sb_printf(b, " raw=%s len=%lld", n->raw, (long long)n->ival);
    else if (n->str)
        sb_printf(b, " str=%s", n->str);
    if (n->kind == N_RUNELIT || n->kind == N_CONSTDECL || n->kind == N_CHANTYPE)
        sb_printf(b, " ival=%lld", (long long)n->ival);
    if (n->flag)
        sb_printf(b, " flag=%d", n->flag);
    for (int i = 0; i < n->pragmas.len; i++)
        sb_printf(b, " pragma=%s", (const char *)n->pragmas.data[i]);
    sb_putc(b, '\n');
    if (n->a)
        dump(b, n->a, depth + 1, "a");
    if (n->b)
        dump(b, n->b, depth + 1, "b");
    if (n->c)
        dump(b, n->c, depth + 1, "c");
    if (n->d)
        dump(b, n->d, depth + 1, "d");
    for (int i = 0; i < n->list.len; i++)
        dump(b, n->list.data[i], depth + 1, "list");
    for (int i = 0; i < n->list2.len; i++)
        dump(b, n->list2.data[i], depth + 1, "list2");
}

void ast_dump(StrBuf *b, const Node *n) { dump(b, n, 0, NULL); }

/* ---- parsing a file ---- */

Node *parse_file(const char *display_name, const char *src, size_t len) {
    return parse_source(display_name, src, len, false);
}

Node *parse_source(const char *display_name, const char *src, size_t len, bool generics) {
    Parser p;
    memset(&p, 0, sizeof p);
    p.generics = generics;
    lex_init(&p.lx, src_add_file(display_name), src, len);
    int rc = yyparse(&p);
    if (p.lx.too_deep && p.nsyntax == 0) {
        parse_syntax_error(&p, (Pos){p.lx.file, p.lx.line, p.lx.col}, "syntax error: nesting too deep");
    }
    lex_free(&p.lx);
    if (rc != 0 || p.nsyntax > 0 || !p.file)
        return NULL;
    p.file->flag = generics;
    return p.file;
}

/* Like gc, an unreadable file is reported as "open PATH: no such file or
 * directory" (no position: it goes straight to the compiler's output). */
static void io_error(const char *op, const char *path, int err) {
    char msg[256];
    snprintf(msg, sizeof msg, "%s", strerror(err));
    if (msg[0] >= 'A' && msg[0] <= 'Z')
        msg[0] = (char)(msg[0] - 'A' + 'a');  /* Go's words are lower case */
    diag_line("%s %s: %s", op, path, msg);
}

Node *parse_file_path(const char *path, const char *display_name) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        io_error("open", path, errno);
        return NULL;
    }
    StrBuf b = {0};
    int err = sb_read(&b, f);
    fclose(f);
    if (err) {
        io_error("read", path, err);
        sb_free(&b);
        return NULL;
    }
    Node *file = parse_file(display_name, b.data ? b.data : "", b.len);
    sb_free(&b);
    return file;
}
