/* strings.c — package strings (go1.19 semantics): searching, splitting,
 * trimming, case mapping, and strings.Builder.  Results that are parts of
 * an argument share its bytes, as Go's do; new strings are allocated on
 * the Go heap.  Case mapping and white space cover ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic (unicode.c has the tables' stand-ins).
 */
#include <string.h>

#include "lib/lib.h"

static RtString sub(RtString s, int64_t i, int64_t j)
{
    return (RtString){s.len ? s.ptr + i : s.ptr, j - i};
}

static int64_t index_str(RtString s, RtString t)
{
    if (t.len == 0)
        return 0;
    if (t.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, t.ptr, (size_t)t.len);
    return p ? p - s.ptr : -1;
}

static int64_t last_index_str(RtString s, RtString t)
{
    if (t.len == 0)
        return s.len;
    for (int64_t i = s.len - t.len; i >= 0; i--)
        if (memcmp(s.ptr + i, t.ptr, (size_t)t.len) == 0)
            return i;
    return -1;
}

static int64_t index_rune(RtString s, int32_t r)
{
    if (r >= 0 && r < 0x80) {
        const uint8_t *p = s.len ? memchr(s.ptr, r, (size_t)s.len) : NULL;
        return p ? p - s.ptr : -1;
    }
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = rt_utf8_decode(s.ptr + i, s.len - i, &w);
        if (c == r)
            return i;
        i += w;
    }
    return -1;
}

/* unicode.IsSpace */
bool rt_is_space(int32_t r)
{
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
           r == 0x202F || r == 0x205F || r == 0x3000;
}

/* unicode.ToUpper / ToLower for the scripts named at the top. */
int32_t rt_to_upper(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    if (r == 0xB5)
        return 0x39C;
    if ((r >= 0xE0 && r <= 0xFE && r != 0xF7))
        return r - 32;
    if (r == 0xFF)
        return 0x178;
    if (r >= 0x100 && r <= 0x17F) {
        if (r == 0x131)
            return 'I';
        if (r == 0x17F)
            return 'S';
        if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E))
            return (r & 1) == 0 ? r - 1 : r;
        if (r == 0x138 || r == 0x149 || r == 0x130)
            return r;
        return (r & 1) ? r - 1 : r;
    }
    if (r >= 0x3B1 && r <= 0x3CB && r != 0x3C2)
        return r - 32;
    if (r == 0x3C2)
        return 0x3A3;
    if (r >= 0x430 && r <= 0x44F)
        return r - 32;
    if (r >= 0x450 && r <= 0x45F)
        return r - 80;
    return r;
}

int32_t rt_to_lower(int32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    if ((r >= 0xC0 && r <= 0xDE && r != 0xD7))
        return r + 32;
    if (r == 0x178)
        return 0xFF;
    if (r >= 0x100 && r <= 0x17F) {
        if (r == 0x130)
            return 'i';
        if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E))
            return (r & 1) ? r + 1 : r;
        if (r == 0x138 || r == 0x149 || r == 0x131 || r == 0x17F)
            return r;
        return (r & 1) == 0 ? r + 1 : r;
    }
    if (r >= 0x391 && r <= 0x3AB && r != 0x3A2)
        return r + 32;
    if (r >= 0x410 && r <= 0x42F)
        return r + 32;
    if (r >= 0x400 && r <= 0x40F)
        return r + 80;
    return r;
}

static RtSlice new_strings(int64_t n)
{
    RtSlice s;
    rt_makeslice(&s, &rt_type_string, n, n);
    return s;
}

/* ---- frames ---- */

typedef struct { RtString s, t; uint64_t r; } SSBoolFrame;
typedef struct { RtString s, t; int64_t r; } SSIntFrame;
typedef struct { RtString s; RtString r; } SSFrame;
typedef struct { RtString s, t; RtString r; } SSSFrame;

#define GOFUNC(cname, sym, frame) \
    void cname(frame *f) __asm__(sym); \
    void cname(frame *f)
#define GOMETHOD(cname, sym, frame) \
    void cname(frame *f); \
    RT_ALIAS(cname, sym); \
    void cname(frame *f)

GOFUNC(rt_strings_Contains, "strings.Contains", SSBoolFrame) { f->r = index_str(f->s, f->t) >= 0; }
GOFUNC(rt_strings_Index, "strings.Index", SSIntFrame) { f->r = index_str(f->s, f->t); }
GOFUNC(rt_strings_LastIndex, "strings.LastIndex", SSIntFrame) { f->r = last_index_str(f->s, f->t); }

GOFUNC(rt_strings_HasPrefix, "strings.HasPrefix", SSBoolFrame)
{
    f->r = f->s.len >= f->t.len && memcmp(f->s.ptr, f->t.ptr, (size_t)f->t.len) == 0;
}

GOFUNC(rt_strings_HasSuffix, "strings.HasSuffix", SSBoolFrame)
{
    f->r = f->s.len >= f->t.len &&
           memcmp(f->s.ptr + f->s.len - f->t.len, f->t.ptr, (size_t)f->t.len) == 0;
}

GOFUNC(rt_strings_Compare, "strings.Compare", SSIntFrame) { f->r = rt_cmpstring(&f->s, &f->t); }

typedef struct { RtString s; int64_t r; uint64_t res; } SRuneBoolFrame;
GOFUNC(rt_strings_ContainsRune, "strings.ContainsRune", SRuneBoolFrame)
{
    f->res = index_rune(f->s, (int32_t)f->r) >= 0;
}

typedef struct { RtString s; int64_t r; int64_t res; } SRuneIntFrame;
GOFUNC(rt_strings_IndexRune, "strings.IndexRune", SRuneIntFrame) { f->res = index_rune(f->s, (int32_t)f->r); }

typedef struct { RtString s; uint64_t c; int64_t r; } SByteIntFrame;
GOFUNC(rt_strings_IndexByte, "strings.IndexByte", SByteIntFrame)
{
    const uint8_t *p = f->s.len ? memchr(f->s.ptr, (uint8_t)f->c, (size_t)f->s.len) : NULL;
    f->r = p ? p - f->s.ptr : -1;
}

GOFUNC(rt_strings_LastIndexByte, "strings.LastIndexByte", SByteIntFrame)
{
    f->r = -1;
    for (int64_t i = f->s.len - 1; i >= 0; i--)
        if (f->s.ptr[i] == (uint8_t)f->c) {
            f->r = i;
            break;
        }
}

static int64_t index_any(RtString s, RtString chars)
{
    for (int64_t i = 0; i < s.len;) {
        int w = 1;
        int32_t r = s.ptr[i];
        if (r >= 0x80)
            r = rt_utf8_decode(s.ptr + i, s.len - i, &w);
        if (index_rune(chars, r) >= 0)
            return i;
        i += w;
    }
    return -1;
}

GOFUNC(rt_strings_IndexAny, "strings.IndexAny", SSIntFrame) { f->r = index_any(f->s, f->t); }
GOFUNC(rt_strings_ContainsAny, "strings.ContainsAny", SSBoolFrame) { f->r = index_any(f->s, f->t) >= 0; }

GOFUNC(rt_strings_Count, "strings.Count", SSIntFrame)
{
    if (f->t.len == 0) {
        f->r = rt_utf8_count(f->s.ptr, f->s.len) + 1;
        return;
    }
    int64_t n = 0;
    RtString s = f->s;
    for (;;) {
        int64_t i = index_str(s, f->t);
        if (i < 0)
            break;
        n++;
        s = sub(s, i + f->t.len, s.len);
    }
    f->r = n;
}

GOFUNC(rt_strings_EqualFold, "strings.EqualFold", SSBoolFrame)
{
    RtString s = f->s, t = f->t;
    int64_t i = 0, j = 0;
    f->r = 0;
    while (i < s.len && j < t.len) {
        int w1 = 1, w2 = 1;
        int32_t a = s.ptr[i], b = t.ptr[j];
        if (a >= 0x80)
            a = rt_utf8_decode(s.ptr + i, s.len - i, &w1);
        if (b >= 0x80)
            b = rt_utf8_decode(t.ptr + j, t.len - j, &w2);
        i += w1;
        j += w2;
        if (a == b)
            continue;
        if (rt_to_lower(a) != rt_to_lower(b) && rt_to_upper(a) != rt_to_upper(b))
            return;
    }
    f->r = i == s.len && j == t.len;
}

typedef struct { RtString s; int64_t count; RtString r; } RepeatFrame;
GOFUNC(rt_strings_Repeat, "strings.Repeat", RepeatFrame)
{
    if (f->count == 0) {
        f->r = (RtString){NULL, 0};
        return;
    }
    if (f->count < 0)
        rt_panic_string("strings: negative Repeat count");
    int64_t n;
    if (__builtin_mul_overflow(f->s.len, f->count, &n))
        rt_panic_string("strings: Repeat count causes overflow");
    if (n == 0) {
        f->r = (RtString){NULL, 0};
        return;
    }
    uint8_t *p = rt_alloc((uint64_t)n, NULL);
    for (int64_t i = 0; i < f->count; i++)
        memcpy(p + i * f->s.len, f->s.ptr, (size_t)f->s.len);
    f->r = (RtString){p, n};
}

static RtString replace(RtString s, RtString old, RtString new, int64_t n)
{
    if (rt_eqstring(&old, &new) || n == 0)
        return s;
    int64_t m;
    if (old.len == 0)
        m = rt_utf8_count(s.ptr, s.len) + 1;
    else {
        m = 0;
        RtString r = s;
        for (;;) {
            int64_t i = index_str(r, old);
            if (i < 0)
                break;
            m++;
            r = sub(r, i + old.len, r.len);
        }
    }
    if (m == 0)
        return s;
    if (n < 0 || m < n)
        n = m;
    RtBuf b = {0};
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (old.len == 0) {
            if (i > 0) {
                int w;
                rt_utf8_decode(s.ptr + start, s.len - start, &w);
                j += w;
            }
        } else {
            j += index_str(sub(s, start, s.len), old);
        }
        rt_buf_write(&b, s.ptr + start, (size_t)(j - start));
        rt_buf_write(&b, new.ptr, (size_t)new.len);
        start = j + old.len;
    }
    rt_buf_write(&b, s.ptr + start, (size_t)(s.len - start));
    RtString r = rt_gostring_buf(&b);
    rt_buf_free(&b);
    return r;
}

typedef struct { RtString s, old, new; int64_t n; RtString r; } ReplaceFrame;
GOFUNC(rt_strings_Replace, "strings.Replace", ReplaceFrame) { f->r = replace(f->s, f->old, f->new, f->n); }

typedef struct { RtString s, old, new; RtString r; } ReplaceAllFrame;
GOFUNC(rt_strings_ReplaceAll, "strings.ReplaceAll", ReplaceAllFrame) { f->r = replace(f->s, f->old, f->new, -1); }

/* Go's genSplit: sepSave bytes of sep kept in each piece, at most n pieces. */
static RtSlice gen_split(RtString s, RtString sep, int64_t sepsave, int64_t n)
{
    if (n == 0)
        return (RtSlice){NULL, 0, 0};
    if (sep.len == 0) {
        /* explode into UTF-8 sequences */
        int64_t l = rt_utf8_count(s.ptr, s.len);
        if (n < 0 || n > l)
            n = l;
        RtSlice a = new_strings(n);
        RtString *e = a.ptr;
        int64_t i = 0;
        for (int64_t k = 0; k < n - 1; k++) {
            int w;
            rt_utf8_decode(s.ptr + i, s.len - i, &w);
            rt_store_string(&e[k], sub(s, i, i + w));
            i += w;
        }
        if (n > 0)
            rt_store_string(&e[n - 1], sub(s, i, s.len));
        return a;
    }
    if (n < 0) {
        RtString r = s;
        n = 1;
        for (;;) {
            int64_t i = index_str(r, sep);
            if (i < 0)
                break;
            n++;
            r = sub(r, i + sep.len, r.len);
        }
    }
    if (n > s.len + 1)
        n = s.len + 1;
    RtSlice a = new_strings(n);
    RtString *e = a.ptr;
    int64_t k = 0;
    n--;
    while (k < n) {
        int64_t m = index_str(s, sep);
        if (m < 0)
            break;
        rt_store_string(&e[k], sub(s, 0, m + sepsave));
        s = sub(s, m + sep.len, s.len);
        k++;
    }
    rt_store_string(&e[k], s);
    a.len = k + 1;
    return a;
}

typedef struct { RtString s, sep; RtSlice r; } SplitFrame;
GOFUNC(rt_strings_Split, "strings.Split", SplitFrame) { f->r = gen_split(f->s, f->sep, 0, -1); }
GOFUNC(rt_strings_SplitAfter, "strings.SplitAfter", SplitFrame) { f->r = gen_split(f->s, f->sep, f->sep.len, -1); }

typedef struct { RtString s, sep; int64_t n; RtSlice r; } SplitNFrame;
GOFUNC(rt_strings_SplitN, "strings.SplitN", SplitNFrame) { f->r = gen_split(f->s, f->sep, 0, f->n); }
GOFUNC(rt_strings_SplitAfterN, "strings.SplitAfterN", SplitNFrame)
{
    f->r = gen_split(f->s, f->sep, f->sep.len, f->n);
}

typedef struct { RtString s; RtSlice r; } FieldsFrame;
GOFUNC(rt_strings_Fields, "strings.Fields", FieldsFrame)
{
    RtString s = f->s;
    /* two passes: count, then fill */
    int64_t n = 0;
    for (int pass = 0; pass < 2; pass++) {
        RtString *e = pass ? f->r.ptr : NULL;
        int64_t k = 0, start = -1;
        for (int64_t i = 0; i <= s.len;) {
            int w = 1;
            bool space = true;
            if (i < s.len) {
                int32_t r = s.ptr[i];
                if (r >= 0x80)
                    r = rt_utf8_decode(s.ptr + i, s.len - i, &w);
                space = rt_is_space(r);
            }
            if (space && start >= 0) {
                if (e)
                    rt_store_string(&e[k], sub(s, start, i));
                k++;
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += w;
        }
        if (!pass) {
            n = k;
            f->r = new_strings(n);
        }
    }
}

typedef struct { RtSlice elems; RtString sep; RtString r; } JoinFrame;
GOFUNC(rt_strings_Join, "strings.Join", JoinFrame)
{
    const RtString *e = f->elems.ptr;
    int64_t n = f->elems.len;
    if (n == 0) {
        f->r = (RtString){NULL, 0};
        return;
    }
    if (n == 1) {
        f->r = e[0];
        return;
    }
    int64_t total = f->sep.len * (n - 1);
    for (int64_t i = 0; i < n; i++)
        total += e[i].len;
    if (total == 0) {
        f->r = (RtString){NULL, 0};
        return;
    }
    uint8_t *p = rt_alloc((uint64_t)total, NULL), *q = p;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(q, f->sep.ptr, (size_t)f->sep.len);
            q += f->sep.len;
        }
        if (e[i].len)
            memcpy(q, e[i].ptr, (size_t)e[i].len);
        q += e[i].len;
    }
    f->r = (RtString){p, total};
}

/* ---- trimming ---- */

static int32_t rune_at(RtString s, int64_t i, int *w)
{
    *w = 1;
    int32_t r = s.ptr[i];
    if (r >= 0x80)
        r = rt_utf8_decode(s.ptr + i, s.len - i, w);
    return r;
}

/* The start of the last rune of s[:end]. */
static int64_t last_rune_start(RtString s, int64_t end, int32_t *r)
{
    int64_t st = end - 1;
    while (st > 0 && end - st < 4 && (s.ptr[st] & 0xC0) == 0x80)
        st--;
    int w;
    *r = rune_at(s, st, &w);
    if (st + w != end) {    /* invalid: one byte */
        st = end - 1;
        *r = 0xFFFD;
    }
    return st;
}

static bool in_cutset(int32_t r, RtString cutset) { return index_rune(cutset, r) >= 0; }

static RtString trim_left(RtString s, RtString cutset, bool space)
{
    int64_t i = 0;
    while (i < s.len) {
        int w;
        int32_t r = rune_at(s, i, &w);
        if (space ? !rt_is_space(r) : !in_cutset(r, cutset))
            break;
        i += w;
    }
    return sub(s, i, s.len);
}

static RtString trim_right(RtString s, RtString cutset, bool space)
{
    int64_t j = s.len;
    while (j > 0) {
        int32_t r;
        int64_t st = last_rune_start(s, j, &r);
        if (space ? !rt_is_space(r) : !in_cutset(r, cutset))
            break;
        j = st;
    }
    return sub(s, 0, j);
}

GOFUNC(rt_strings_TrimSpace, "strings.TrimSpace", SSFrame)
{
    RtString none = {NULL, 0};
    RtString r = trim_right(trim_left(f->s, none, true), none, true);
    f->r = r.len ? r : (RtString){NULL, 0};
}

GOFUNC(rt_strings_Trim, "strings.Trim", SSSFrame)
{
    if (f->s.len == 0 || f->t.len == 0) {
        f->r = f->s;
        return;
    }
    f->r = trim_right(trim_left(f->s, f->t, false), f->t, false);
}

GOFUNC(rt_strings_TrimLeft, "strings.TrimLeft", SSSFrame)
{
    f->r = f->s.len == 0 || f->t.len == 0 ? f->s : trim_left(f->s, f->t, false);
}

GOFUNC(rt_strings_TrimRight, "strings.TrimRight", SSSFrame)
{
    f->r = f->s.len == 0 || f->t.len == 0 ? f->s : trim_right(f->s, f->t, false);
}

GOFUNC(rt_strings_TrimPrefix, "strings.TrimPrefix", SSSFrame)
{
    if (f->s.len >= f->t.len && memcmp(f->s.ptr, f->t.ptr, (size_t)f->t.len) == 0)
        f->r = sub(f->s, f->t.len, f->s.len);
    else
        f->r = f->s;
}

GOFUNC(rt_strings_TrimSuffix, "strings.TrimSuffix", SSSFrame)
{
    if (f->s.len >= f->t.len &&
        memcmp(f->s.ptr + f->s.len - f->t.len, f->t.ptr, (size_t)f->t.len) == 0)
        f->r = sub(f->s, 0, f->s.len - f->t.len);
    else
        f->r = f->s;
}

typedef struct { RtString s, sep; RtString before, after; uint64_t found; } CutFrame;
GOFUNC(rt_strings_Cut, "strings.Cut", CutFrame)
{
    int64_t i = index_str(f->s, f->sep);
    if (i >= 0) {
        f->before = sub(f->s, 0, i);
        f->after = sub(f->s, i + f->sep.len, f->s.len);
        f->found = 1;
    } else {
        f->before = f->s;
        f->after = (RtString){NULL, 0};
        f->found = 0;
    }
}

/* ---- mapping ---- */

static RtString map_runes(RtString s, int32_t (*fn)(int32_t))
{
    bool ascii = true, change = false;
    for (int64_t i = 0; i < s.len; i++) {
        if (s.ptr[i] >= 0x80)
            ascii = false;
    }
    RtBuf b = {0};
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t r = rune_at(s, i, &w);
        int32_t m = fn(r);
        if (m != r || (w == 1 && r == 0xFFFD))
            change = true;
        rt_buf_rune(&b, m);
        i += w;
    }
    (void)ascii;
    RtString out = change ? rt_gostring_buf(&b) : s;
    rt_buf_free(&b);
    return out;
}

GOFUNC(rt_strings_ToUpper, "strings.ToUpper", SSFrame) { f->r = map_runes(f->s, rt_to_upper); }
GOFUNC(rt_strings_ToLower, "strings.ToLower", SSFrame) { f->r = map_runes(f->s, rt_to_lower); }

/* strings.Title: the first letter of each word upper case (words are
 * separated by anything but letters, digits and '_'). */
static bool is_separator(int32_t r)
{
    if (r <= 0x7F) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    return rt_is_space(r);
}

GOFUNC(rt_strings_Title, "strings.Title", SSFrame)
{
    RtBuf b = {0};
    int32_t prev = ' ';
    bool change = false;
    for (int64_t i = 0; i < f->s.len;) {
        int w;
        int32_t r = rune_at(f->s, i, &w);
        int32_t m = is_separator(prev) ? rt_to_upper(r) : r;
        if (m != r)
            change = true;
        rt_buf_rune(&b, m);
        prev = r;
        i += w;
    }
    f->r = change ? rt_gostring_buf(&b) : f->s;
    rt_buf_free(&b);
}

typedef struct { void *fn; RtString s; RtString r; } MapFrame;
GOFUNC(rt_strings_Map, "strings.Map", MapFrame)
{
    RtBuf b = {0};
    bool change = false;
    for (int64_t i = 0; i < f->s.len;) {
        int w;
        int32_t r = rune_at(f->s, i, &w);
        struct { int64_t r, res; } blk = {r, 0};
        rt_callgo(*(void **)f->fn, f->fn, &blk, sizeof blk);
        int32_t m = (int32_t)blk.res;
        if (m != r || (w == 1 && r == 0xFFFD))
            change = true;
        if (m >= 0)
            rt_buf_rune(&b, m);
        i += w;
    }
    f->r = change ? rt_gostring_buf(&b) : f->s;
    rt_buf_free(&b);
}

/* ---- Builder ---- */

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};

static void copy_check(RtStringsBuilder *b)
{
    if (!b->addr)
        rt_store_ptr(&b->addr, b);
    else if (b->addr != b)
        rt_panic_string("strings: illegal use of non-zero Builder copied by value");
}

static void builder_append(RtStringsBuilder *b, const void *p, int64_t n)
{
    if (n == 0)
        return;
    RtSlice s = b->buf;
    if (s.len + n > s.cap)
        rt_growslice(&s, &t_uint8, s.len + n);
    memcpy((uint8_t *)s.ptr + s.len, p, (size_t)n);
    s.len += n;
    rt_store_ptr(&b->buf.ptr, s.ptr);
    b->buf.len = s.len;
    b->buf.cap = s.cap;
}

typedef struct { RtStringsBuilder *b; RtString s; int64_t n; RtIface err; } BuilderWriteStringFrame;
GOMETHOD(rt_strings_Builder_WriteString, "strings.(*Builder).WriteString", BuilderWriteStringFrame)
{
    copy_check(f->b);
    builder_append(f->b, f->s.ptr, f->s.len);
    f->n = f->s.len;
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_strings_Builder_WriteString, "strings.(*Builder).WriteString$go");

typedef struct { RtStringsBuilder *b; RtSlice p; int64_t n; RtIface err; } BuilderWriteFrame;
GOMETHOD(rt_strings_Builder_Write, "strings.(*Builder).Write", BuilderWriteFrame)
{
    copy_check(f->b);
    builder_append(f->b, f->p.ptr, f->p.len);
    f->n = f->p.len;
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_strings_Builder_Write, "strings.(*Builder).Write$go");

typedef struct { RtStringsBuilder *b; uint64_t c; RtIface err; } BuilderWriteByteFrame;
GOMETHOD(rt_strings_Builder_WriteByte, "strings.(*Builder).WriteByte", BuilderWriteByteFrame)
{
    copy_check(f->b);
    uint8_t c = (uint8_t)f->c;
    builder_append(f->b, &c, 1);
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_strings_Builder_WriteByte, "strings.(*Builder).WriteByte$go");

typedef struct { RtStringsBuilder *b; int64_t r; int64_t n; RtIface err; } BuilderWriteRuneFrame;
GOMETHOD(rt_strings_Builder_WriteRune, "strings.(*Builder).WriteRune", BuilderWriteRuneFrame)
{
    copy_check(f->b);
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, (int32_t)f->r);
    builder_append(f->b, tmp, n);
    f->n = n;
    f->err = (RtIface){NULL, NULL};
}
RT_GO_ENTRY(rt_strings_Builder_WriteRune, "strings.(*Builder).WriteRune$go");

typedef struct { RtStringsBuilder *b; RtString r; } BuilderStringFrame;
GOMETHOD(rt_strings_Builder_String, "strings.(*Builder).String", BuilderStringFrame)
{
    f->r = (RtString){f->b->buf.ptr, f->b->buf.len};
}
RT_GO_ENTRY(rt_strings_Builder_String, "strings.(*Builder).String$go");

typedef struct { RtStringsBuilder *b; int64_t r; } BuilderLenFrame;
GOMETHOD(rt_strings_Builder_Len, "strings.(*Builder).Len", BuilderLenFrame) { f->r = f->b->buf.len; }
RT_GO_ENTRY(rt_strings_Builder_Len, "strings.(*Builder).Len$go");
GOMETHOD(rt_strings_Builder_Cap, "strings.(*Builder).Cap", BuilderLenFrame) { f->r = f->b->buf.cap; }

typedef struct { RtStringsBuilder *b; } BuilderResetFrame;
GOMETHOD(rt_strings_Builder_Reset, "strings.(*Builder).Reset", BuilderResetFrame)
{
    rt_store_ptr(&f->b->addr, NULL);
    rt_store_ptr(&f->b->buf.ptr, NULL);
    f->b->buf.len = f->b->buf.cap = 0;
}

typedef struct { RtStringsBuilder *b; int64_t n; } BuilderGrowFrame;
GOMETHOD(rt_strings_Builder_Grow, "strings.(*Builder).Grow", BuilderGrowFrame)
{
    RtStringsBuilder *b = f->b;
    copy_check(b);
    if (f->n < 0)
        rt_panic_string("strings.Builder.Grow: negative count");
    if (b->buf.cap - b->buf.len < f->n) {
        /* Go: make([]byte, len(b.buf), 2*cap(b.buf)+n) */
        RtSlice s;
        rt_makeslice(&s, &t_uint8, b->buf.len, 2 * b->buf.cap + f->n);
        if (b->buf.len)
            memcpy(s.ptr, b->buf.ptr, (size_t)b->buf.len);
        rt_store_ptr(&b->buf.ptr, s.ptr);
        b->buf.cap = s.cap;
    }
}

/* ---- Reader ---- */

typedef struct { RtString s; int64_t i, prevRune; } RtStringsReader;
extern RtIface rt_io_EOF __asm__("io.EOF");
static const RtField Reader_fields[] = {{"s", &rt_type_string, 0}, {"i", NULL, 16}, {"prevRune", NULL, 24}};
static const RtType t_Reader = {32, 8, RT_STRUCT, 0, "strings.Reader", NULL, Reader_fields, 0, (const uint8_t *)"\1"};

typedef struct { RtString s; RtStringsReader *r; } NewReaderFrame;
GOFUNC(rt_strings_NewReader, "strings.NewReader", NewReaderFrame)
{
    RtStringsReader *r = rt_alloc(sizeof *r, &t_Reader);
    rt_store_string(&r->s, f->s);
    r->prevRune = -1;
    f->r = r;
}

typedef struct { RtStringsReader *r; int64_t n; } ReaderLenFrame;
GOMETHOD(rt_strings_Reader_Len, "strings.(*Reader).Len", ReaderLenFrame)
{
    f->n = f->r->i >= f->r->s.len ? 0 : f->r->s.len - f->r->i;
}

typedef struct { RtStringsReader *r; RtSlice b; int64_t n; RtIface err; } ReaderReadFrame;
GOMETHOD(rt_strings_Reader_Read, "strings.(*Reader).Read", ReaderReadFrame)
{
    RtStringsReader *r = f->r;
    f->err = (RtIface){NULL, NULL};
    if (r->i >= r->s.len) {
        f->n = 0;
        f->err = rt_io_EOF;
        return;
    }
    r->prevRune = -1;
    int64_t n = r->s.len - r->i < f->b.len ? r->s.len - r->i : f->b.len;
    memmove(f->b.ptr, r->s.ptr + r->i, (size_t)n);
    r->i += n;
    f->n = n;
}

typedef struct { RtStringsReader *r; uint64_t b; RtIface err; } ReaderReadByteFrame;
GOMETHOD(rt_strings_Reader_ReadByte, "strings.(*Reader).ReadByte", ReaderReadByteFrame)
{
    RtStringsReader *r = f->r;
    r->prevRune = -1;
    f->err = (RtIface){NULL, NULL};
    if (r->i >= r->s.len) {
        f->b = 0;
        f->err = rt_io_EOF;
        return;
    }
    f->b = r->s.ptr[r->i++];
}

typedef struct { RtStringsReader *r; int64_t ch, size; RtIface err; } ReaderReadRuneFrame;
GOMETHOD(rt_strings_Reader_ReadRune, "strings.(*Reader).ReadRune", ReaderReadRuneFrame)
{
    RtStringsReader *r = f->r;
    f->err = (RtIface){NULL, NULL};
    if (r->i >= r->s.len) {
        r->prevRune = -1;
        f->ch = 0;
        f->size = 0;
        f->err = rt_io_EOF;
        return;
    }
    r->prevRune = r->i;
    int w;
    f->ch = rune_at(r->s, r->i, &w);
    f->size = w;
    r->i += w;
}
