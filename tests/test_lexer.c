/* test_lexer.c — the scanner (lexer/scan.l): tokens, literal values,
 * automatic semicolons, positions, pragmas, and lexical errors in gc's words.
 * Expected error texts and positions were recorded from go1.19.8 (go build). */
#include <criterion/criterion.h>
#include <string.h>

#include "lexer/lex.h"
#include "parse.h"

typedef struct {
    int code;
    Tok val;
    Pos pos;
} Lexed;

/* Scans src to the end; returns the number of tokens (EOF excluded). */
static int lex_all(const char *src, Lexed *out, int max) {
    Lexer lx;
    lex_init(&lx, src_add_file("./t.go"), src, strlen(src));
    int n = 0;
    for (;;) {
        Lexed t;
        t.code = lex_next(&lx, &t.val, &t.pos);
        if (t.code == 0 || n == max)
            break;
        out[n++] = t;
    }
    lex_free(&lx);
    return n;
}

static const char *errors(void) {
    diag_flush();
    return sb_str(&diag_output);
}

Test(lexer, keywords) {
    static const char *src =
        "break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var";
    static const int want[] = {BREAK, CASE, CHAN, CONST, CONTINUE, DEFAULT, DEFER, ELSE,
                               FALLTHROUGH, FOR, FUNC, GO, GOTO, IF, IMPORT, INTERFACE, MAP,
                               PACKAGE, RANGE, RETURN, SELECT, STRUCT, SWITCH, TYPE, VAR};
    Lexed t[64];
    int n = lex_all(src, t, 64);
    int nw = (int)(sizeof want / sizeof want[0]);
    cr_assert_eq(n, nw, "got %d tokens", n);  /* no ';' after var at EOF */
    for (int i = 0; i < nw; i++)
        cr_expect_eq(t[i].code, want[i], "token %d (%s): got %d", i, t[i].val.lit, t[i].code);
}

Test(lexer, operators) {
    static const char *src =
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
        "!= <= >= := ... ( [ { , . ; : ) ] }";
    static const int want[] = {'+', '-', '*', '/', '%', '&', '|', '^', SHL, SHR, ANDNOT,
                               ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, ASSIGN_OP,
                               ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, ASSIGN_OP, LAND, LOR,
                               ARROW, INC, DEC, EQ, '<', '>', '=', '!', '~', NE, LE, GE, DEFINE,
                               ELLIPSIS, '(', '[', '{', ',', '.', ';', ':', ')', ']', '}'};
    static const Op ops[] = {OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_AND, OP_OR, OP_XOR,
                             OP_SHL, OP_SHR, OP_ANDNOT};
    Lexed t[64];
    int n = lex_all(src, t, 64);
    int nw = (int)(sizeof want / sizeof want[0]);
    cr_assert_eq(n, nw + 1, "got %d tokens", n);
    for (int i = 0; i < nw; i++)
        cr_expect_eq(t[i].code, want[i], "token %d: got %d", i, t[i].code);
    for (int i = 0; i < 11; i++) {   /* x op= y carries op's Op */
        cr_expect_eq(t[i].val.op, ops[i]);
        cr_expect_eq(t[11 + i].val.op, ops[i], "assign op %d", i);
    }
    cr_expect_str_eq(t[11 + 10].val.lit, "&^=");
}

Test(lexer, identifiers) {
    Lexed t[8];
    int n = lex_all("_x9 héllo 日本 x_", t, 8);
    cr_assert_eq(n, 5);
    cr_expect_eq(t[0].code, NAME);
    cr_expect_str_eq(t[0].val.lit, "_x9");
    cr_expect_str_eq(t[1].val.lit, "héllo");
    cr_expect_str_eq(t[2].val.lit, "日本");
    cr_expect_str_eq(t[3].val.lit, "x_");
    /* byte columns: é is two bytes */
    cr_expect_eq(t[2].pos.col, 12);
}

Test(lexer, integer_literals) {
    static const char *src = "0 42 1_000_000 0x2A 0X_2a 0o52 0O52 052 0b101010 0B_1 0_7";
    static const char *lits[] = {"0", "42", "1_000_000", "0x2A", "0X_2a", "0o52", "0O52", "052",
                                 "0b101010", "0B_1", "0_7"};
    Lexed t[16];
    int n = lex_all(src, t, 16);
    cr_assert_eq(n, 12);
    for (int i = 0; i < 11; i++) {
        cr_expect_eq(t[i].code, INT, "%s", lits[i]);
        cr_expect_str_eq(t[i].val.lit, lits[i]);
        cr_expect_eq(t[i].val.bad, 0, "%s", lits[i]);
    }
    cr_expect_str_eq(errors(), "");
}

Test(lexer, float_and_imaginary_literals) {
    static const char *floats[] = {"1.5", ".5", "1.", "1e10", "1E-5", "1.5e+3", "0x1p-2",
                                   "0x1.8p3", "0X.8p0", "1_0.5", "09.5", "0x_1p4"};
    static const char *imags[] = {"1i", "1.5i", "0x1p2i", "0i", "01i", "1e3i", ".5i", "0b1i"};
    for (size_t i = 0; i < sizeof floats / sizeof *floats; i++) {
        Lexed t[4];
        int n = lex_all(floats[i], t, 4);
        cr_expect_eq(n, 2, "%s", floats[i]);
        cr_expect_eq(t[0].code, FLOAT, "%s", floats[i]);
        cr_expect_str_eq(t[0].val.lit, floats[i]);
    }
    for (size_t i = 0; i < sizeof imags / sizeof *imags; i++) {
        Lexed t[4];
        int n = lex_all(imags[i], t, 4);
        cr_expect_eq(n, 2, "%s", imags[i]);
        cr_expect_eq(t[0].code, IMAG, "%s", imags[i]);
        cr_expect_str_eq(t[0].val.lit, imags[i]);
    }
    cr_expect_str_eq(errors(), "");
}

/* gc's messages and columns for malformed numbers (go1.19.8). */
Test(lexer, bad_numbers) {
    static const char *src =
        "package main\n"
        "\n"
        "var (\n"
        "\ta = 08\n"
        "\tb = 0x\n"
        "\tc = 1e\n"
        "\td = 0b12\n"
        "\te = 1__0\n"
        "\tf = 0x1.8\n"
        "\tg = 0o1e3\n"
        "\th = 0b1.0\n"
        "\ti = 1_\n"
        ")\n";
    Lexed t[128];
    lex_all(src, t, 128);
    cr_expect_str_eq(errors(),
                     "./t.go:4:7: invalid digit '8' in octal literal\n"
                     "./t.go:5:8: hexadecimal literal has no digits\n"
                     "./t.go:6:8: exponent has no digits\n"
                     "./t.go:7:9: invalid digit '2' in binary literal\n"
                     "./t.go:8:8: '_' must separate successive digits\n"
                     "./t.go:9:11: hexadecimal mantissa requires a 'p' exponent\n"
                     "./t.go:10:9: 'e' exponent requires decimal mantissa\n"
                     "./t.go:11:9: invalid radix point in binary literal\n"
                     "./t.go:12:7: '_' must separate successive digits\n");
    cr_expect_eq(t[7].val.bad, 1);  /* a = 08: the literal is marked bad */
}

static const char *string_value(const char *lit, int *len) {
    return lex_string_value(lit, (int)strlen(lit), len);
}

Test(lexer, string_escapes) {
    int n;
    const char *v = string_value("\"a\\tb\\n\\x41\\101\\u00e9\\U0001F600\\\\\\\"\\a\\b\\f\\r\\v\"", &n);
    static const char want[] = "a\tb\nAA\xc3\xa9\xf0\x9f\x98\x80\\\"\a\b\f\r\v";
    cr_assert_eq(n, (int)sizeof want - 1);
    cr_expect(memcmp(v, want, sizeof want - 1) == 0);
    /* \x and octal escapes are bytes, not code points; NULs are kept */
    v = string_value("\"\\xff\\000z\"", &n);
    cr_assert_eq(n, 3);
    cr_expect_eq((unsigned char)v[0], 0xff);
    cr_expect_eq(v[1], 0);
    cr_expect_eq(v[2], 'z');
    v = string_value("\"\"", &n);
    cr_expect_eq(n, 0);
}

Test(lexer, raw_strings) {
    Lexed t[4];
    int n = lex_all("`a\\n\r\nb\"`", t, 4);
    cr_assert_eq(n, 2);
    cr_expect_eq(t[0].code, STRING);
    int len;
    const char *v = lex_string_value(t[0].val.lit, t[0].val.len, &len);
    cr_expect_eq(len, 6);   /* \r dropped, the backslash kept */
    cr_expect(memcmp(v, "a\\n\nb\"", 6) == 0);
    cr_expect_eq(t[1].pos.line, 2);   /* the literal spans lines */
}

Test(lexer, runes) {
    static const struct {
        const char *lit;
        int64_t value;
    } cases[] = {{"'a'", 'a'}, {"'\\n'", 10}, {"'\\''", '\''}, {"'\\\\'", '\\'}, {"'\\x41'", 0x41},
                 {"'\\101'", 65}, {"'\\u00e9'", 0xe9}, {"'\\U0001F600'", 0x1F600}, {"'é'", 0xe9},
                 {"'日'", 0x65e5}, {"'\\000'", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Lexed t[4];
        int n = lex_all(cases[i].lit, t, 4);
        cr_expect_eq(n, 2, "%s", cases[i].lit);
        cr_expect_eq(t[0].code, RUNE, "%s", cases[i].lit);
        cr_expect_eq(lex_rune_value(t[0].val.lit, t[0].val.len), cases[i].value, "%s", cases[i].lit);
    }
    cr_expect_str_eq(errors(), "");
}

/* gc's messages for malformed strings and runes (go1.19.8). */
Test(lexer, bad_strings_and_runes) {
    static const char *src =
        "package main\n"
        "\n"
        "var (\n"
        "\ta = \"\\q\"\n"
        "\tb = \"\\400\"\n"
        "\tc = \"\\xZZ\"\n"
        "\td = \"\\uD800\"\n"
        "\te = '\\U00110000'\n"
        "\tf = \"abc\n"
        ")\n"
        "var g = 'ab'\n"
        "var h = ''\n"
        "var i = '\\'\n";
    Lexed t[128];
    lex_all(src, t, 128);
    cr_expect_str_eq(errors(),
                     "./t.go:4:8: unknown escape\n"
                     "./t.go:5:11: octal escape value 256 > 255\n"
                     "./t.go:6:9: invalid character 'Z' in hexadecimal escape\n"
                     "./t.go:7:13: escape is invalid Unicode code point U+D800\n"
                     "./t.go:8:17: escape is invalid Unicode code point U+110000\n"
                     "./t.go:9:10: newline in string\n"
                     "./t.go:11:9: more than one character in rune literal\n"
                     "./t.go:12:10: empty rune literal or unescaped '\n"
                     "./t.go:13:12: newline in rune literal\n");
}

Test(lexer, unterminated) {
    Lexed t[8];
    lex_all("x = `abc", t, 8);
    lex_all("/* abc", t, 8);
    lex_all("\"abc", t, 8);
    cr_expect_str_eq(errors(),
                     "./t.go:1:5: string not terminated\n"
                     "./t.go:1:1: comment not terminated\n"
                     "./t.go:1:1: string not terminated\n");
}

Test(lexer, invalid_characters) {
    Lexed t[8];
    int n = lex_all("a # b $", t, 8);
    cr_expect_eq(n, 3);  /* a b ; — the bad characters are skipped */
    cr_expect_str_eq(errors(),
                     "./t.go:1:3: invalid character U+0023 '#'\n"
                     "./t.go:1:7: invalid character U+0024 '$'\n");
}

/* Go's rule: a newline or EOF after an identifier, a literal, one of
 * break continue fallthrough return ++ -- ) ] } is a semicolon. */
Test(lexer, automatic_semicolons) {
    static const struct {
        const char *src;
        int semis;
    } cases[] = {
        {"x\n", 1},       {"42\n", 1},      {"1.5\n", 1},        {"'a'\n", 1},
        {"\"s\"\n", 1},   {"`r`\n", 1},     {"break\n", 1},      {"continue\n", 1},
        {"fallthrough\n", 1}, {"return\n", 1}, {"x++\n", 1},    {"x--\n", 1},
        {")\n", 1},       {"]\n", 1},       {"}\n", 1},          {"x", 1},
        {"x +\n", 0},     {"x,\n", 0},      {"if\n", 0},         {"(\n", 0},
        {"func\n", 0},    {"x =\n", 0},     {"x.\n", 0},         {"\n\n\n", 0},
        {"x // c\n", 1},  {"x /* c */\n", 1}, {"x /* a\nb */ y", 2}, {"x /* c */ y", 1},
        {"x // c", 1},    {"x\n\n\ny\n", 2}, {"a; b", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Lexed t[16];
        int n = lex_all(cases[i].src, t, 16), semis = 0;
        for (int k = 0; k < n; k++)
            semis += t[k].code == ';';
        cr_expect_eq(semis, cases[i].semis, "%s: %d semicolons", cases[i].src, semis);
    }
}

/* The semicolon's lit is what gc names it in errors; its position is the
 * newline's (or the comment's, or EOF's). */
Test(lexer, semicolon_kinds_and_positions) {
    Lexed t[16];
    int n = lex_all("a;\nb\nc /* x\ny */\nd // e\nf", t, 16);
    cr_assert_eq(n, 10);
    cr_expect_str_eq(t[1].val.lit, "semicolon");
    cr_expect_eq(t[1].pos.line, 1);
    cr_expect_eq(t[1].pos.col, 2);
    cr_expect_str_eq(t[3].val.lit, "newline");
    cr_expect_eq(t[3].pos.line, 2);
    cr_expect_eq(t[3].pos.col, 2);
    cr_expect_str_eq(t[5].val.lit, "newline");   /* the comment spanning lines */
    cr_expect_eq(t[5].pos.line, 3);
    cr_expect_eq(t[5].pos.col, 3);
    cr_expect_str_eq(t[7].val.lit, "newline");   /* after the line comment */
    cr_expect_eq(t[7].pos.line, 5);
    cr_expect_eq(t[7].pos.col, 7);
    cr_expect_str_eq(t[9].val.lit, "EOF");
    cr_expect_eq(t[9].pos.line, 6);
    cr_expect_eq(t[9].pos.col, 2);
}

/* 1-based line, 1-based byte column; a tab is one column. */
Test(lexer, positions) {
    Lexed t[16];
    int n = lex_all("\tx := \"é\" + y\n\t\tz", t, 16);
    cr_assert(n >= 7);
    cr_expect_eq(t[0].pos.line, 1);
    cr_expect_eq(t[0].pos.col, 2);     /* x after one tab */
    cr_expect_eq(t[1].pos.col, 4);     /* := */
    cr_expect_eq(t[2].pos.col, 7);     /* the string */
    cr_expect_eq(t[3].pos.col, 12);    /* +: "é" is 4 bytes */
    cr_expect_eq(t[4].pos.col, 14);    /* y */
    cr_expect_eq(t[6].pos.line, 2);
    cr_expect_eq(t[6].pos.col, 3);     /* z after two tabs */
}

Test(lexer, pragmas) {
    Lexed t[16];
    int n = lex_all("//go:noinline\n//minigo:keep x\n// plain\nfunc f() {}\n//go:nosplit\nvar v int", t, 16);
    cr_assert(n >= 2);
    cr_expect_eq(t[0].code, FUNC);
    cr_assert_eq(t[0].val.pragmas.len, 2);
    cr_expect_str_eq((const char *)t[0].val.pragmas.data[0], "go:noinline");
    cr_expect_str_eq((const char *)t[0].val.pragmas.data[1], "minigo:keep x");
    cr_expect_eq(t[1].val.pragmas.len, 0);
}

Test(lexer, misplaced_directive) {
    Lexed t[8];
    lex_all("x //go:noinline\n", t, 8);
    cr_expect_str_eq(errors(), "./t.go:1:3: misplaced compiler directive\n");
}

Test(lexer, token_names) {
    cr_expect_str_eq(lex_token_name(','), "comma");
    cr_expect_str_eq(lex_token_name(';'), "semicolon or newline");
    cr_expect_str_eq(lex_token_name(NAME), "name");
    cr_expect_str_eq(lex_token_name(CHAN), "chan");
    cr_expect_str_eq(lex_token_name('{'), "{");
    cr_expect_str_eq(lex_token_name(0), "EOF");
}
