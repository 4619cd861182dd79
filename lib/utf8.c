/* utf8.c — packages unicode/utf8 and unicode (the functions std/ declares).
 * unicode's classes cover ASCII and Latin-1 exactly and the larger scripts
 * approximately (strings.c's case tables). */
#include <string.h>

#include "lib/lib.h"

bool rt_is_space(int32_t r);
int32_t rt_to_upper(int32_t r);
int32_t rt_to_lower(int32_t r);

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};

typedef struct { RtString s; int64_t r, size; } DecodeStrFrame;
typedef struct { RtSlice p; int64_t r, size; } DecodeFrame;

static void decode(const uint8_t *p, int64_t n, int64_t *r, int64_t *size)
{
    if (n == 0) {
        *r = 0xFFFD;
        *size = 0;
        return;
    }
    int w;
    *r = rt_utf8_decode(p, n, &w);
    *size = w;
}

static void decode_last(const uint8_t *p, int64_t n, int64_t *r, int64_t *size)
{
    if (n == 0) {
        *r = 0xFFFD;
        *size = 0;
        return;
    }
    int64_t start = n - 1;
    if (p[start] < 0x80) {
        *r = p[start];
        *size = 1;
        return;
    }
    int64_t lim = n - 4 < 0 ? 0 : n - 4;
    for (start--; start >= lim; start--)
        if ((p[start] & 0xC0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int w;
    int32_t rr = rt_utf8_decode(p + start, n - start, &w);
    if (start + w != n) {
        *r = 0xFFFD;
        *size = 1;
        return;
    }
    *r = rr;
    *size = w;
}

void rt_utf8_DecodeRuneInString(DecodeStrFrame *f);
RT_ALIAS(rt_utf8_DecodeRuneInString, "unicode/utf8.DecodeRuneInString");
void rt_utf8_DecodeRuneInString(DecodeStrFrame *f) { decode(f->s.ptr, f->s.len, &f->r, &f->size); }
void rt_utf8_DecodeRune(DecodeFrame *f);
RT_ALIAS(rt_utf8_DecodeRune, "unicode/utf8.DecodeRune");
void rt_utf8_DecodeRune(DecodeFrame *f) { decode(f->p.ptr, f->p.len, &f->r, &f->size); }
void rt_utf8_DecodeLastRuneInString(DecodeStrFrame *f);
RT_ALIAS(rt_utf8_DecodeLastRuneInString, "unicode/utf8.DecodeLastRuneInString");
void rt_utf8_DecodeLastRuneInString(DecodeStrFrame *f) { decode_last(f->s.ptr, f->s.len, &f->r, &f->size); }
void rt_utf8_DecodeLastRune(DecodeFrame *f);
RT_ALIAS(rt_utf8_DecodeLastRune, "unicode/utf8.DecodeLastRune");
void rt_utf8_DecodeLastRune(DecodeFrame *f) { decode_last(f->p.ptr, f->p.len, &f->r, &f->size); }

typedef struct { RtString s; int64_t r; } CountStrFrame;
typedef struct { RtSlice p; int64_t r; } CountFrame;
void rt_utf8_RuneCountInString(CountStrFrame *f);
RT_ALIAS(rt_utf8_RuneCountInString, "unicode/utf8.RuneCountInString");
void rt_utf8_RuneCountInString(CountStrFrame *f) { f->r = rt_utf8_count(f->s.ptr, f->s.len); }
void rt_utf8_RuneCount(CountFrame *f);
RT_ALIAS(rt_utf8_RuneCount, "unicode/utf8.RuneCount");
void rt_utf8_RuneCount(CountFrame *f) { f->r = rt_utf8_count(f->p.ptr, f->p.len); }

static bool valid(const uint8_t *p, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        int32_t r = rt_utf8_decode(p + i, n - i, &w);
        if (r == 0xFFFD && w == 1)
            return false;
        i += w;
    }
    return true;
}

typedef struct { RtString s; uint64_t r; } ValidStrFrame;
typedef struct { RtSlice p; uint64_t r; } ValidFrame;
void rt_utf8_ValidString(ValidStrFrame *f);
RT_ALIAS(rt_utf8_ValidString, "unicode/utf8.ValidString");
void rt_utf8_ValidString(ValidStrFrame *f) { f->r = valid(f->s.ptr, f->s.len); }
void rt_utf8_Valid(ValidFrame *f);
RT_ALIAS(rt_utf8_Valid, "unicode/utf8.Valid");
void rt_utf8_Valid(ValidFrame *f) { f->r = valid(f->p.ptr, f->p.len); }

void rt_utf8_FullRune(ValidFrame *f);
RT_ALIAS(rt_utf8_FullRune, "unicode/utf8.FullRune");
void rt_utf8_FullRune(ValidFrame *f)
{
    const uint8_t *p = f->p.ptr;
    int64_t n = f->p.len;
    if (n == 0) {
        f->r = 0;
        return;
    }
    int w;
    int32_t r = rt_utf8_decode(p, n, &w);
    if (!(r == 0xFFFD && w == 1)) {
        f->r = 1;
        return;
    }
    /* invalid or short: short only if the prefix is a valid start */
    uint8_t c = p[0];
    int need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    if (need == 1 || n >= need) {
        f->r = 1;
        return;
    }
    if (n > 1) {
        uint8_t lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        if (p[1] < lo || p[1] > hi) {
            f->r = 1;
            return;
        }
    }
    f->r = 0;
}

typedef struct { int64_t r; int64_t n; } RuneLenFrame;
void rt_utf8_RuneLen(RuneLenFrame *f);
RT_ALIAS(rt_utf8_RuneLen, "unicode/utf8.RuneLen");
void rt_utf8_RuneLen(RuneLenFrame *f)
{
    int32_t r = (int32_t)f->r;
    if (r < 0)
        f->n = -1;
    else if (r < 0x80)
        f->n = 1;
    else if (r < 0x800)
        f->n = 2;
    else if (r >= 0xD800 && r <= 0xDFFF)
        f->n = -1;
    else if (r < 0x10000)
        f->n = 3;
    else if (r <= 0x10FFFF)
        f->n = 4;
    else
        f->n = -1;
}

typedef struct { int64_t r; uint64_t ok; } RuneBoolFrame;
void rt_utf8_ValidRune(RuneBoolFrame *f);
RT_ALIAS(rt_utf8_ValidRune, "unicode/utf8.ValidRune");
void rt_utf8_ValidRune(RuneBoolFrame *f)
{
    int32_t r = (int32_t)f->r;
    f->ok = (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

typedef struct { uint64_t b; uint64_t ok; } RuneStartFrame;
void rt_utf8_RuneStart(RuneStartFrame *f);
RT_ALIAS(rt_utf8_RuneStart, "unicode/utf8.RuneStart");
void rt_utf8_RuneStart(RuneStartFrame *f) { f->ok = ((uint8_t)f->b & 0xC0) != 0x80; }

typedef struct { RtSlice p; int64_t r; int64_t n; } EncodeFrame;
void rt_utf8_EncodeRune(EncodeFrame *f);
RT_ALIAS(rt_utf8_EncodeRune, "unicode/utf8.EncodeRune");
void rt_utf8_EncodeRune(EncodeFrame *f)
{
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, (int32_t)f->r);
    if (f->p.len < n)
        rt_panic_index(n - 1, f->p.len);
    memcpy(f->p.ptr, tmp, (size_t)n);
    f->n = n;
}

typedef struct { RtSlice p; int64_t r; RtSlice res; } AppendRuneFrame;
void rt_utf8_AppendRune(AppendRuneFrame *f);
RT_ALIAS(rt_utf8_AppendRune, "unicode/utf8.AppendRune");
void rt_utf8_AppendRune(AppendRuneFrame *f)
{
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, (int32_t)f->r);
    RtSlice s = f->p;
    if (s.len + n > s.cap)
        rt_growslice(&s, &t_uint8, s.len + n);
    memcpy((uint8_t *)s.ptr + s.len, tmp, (size_t)n);
    s.len += n;
    f->res = s;
}

/* ---- unicode ---- */

static bool is_letter(int32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    if (r < 0x100)
        return r == 0xAA || r == 0xB5 || r == 0xBA || (r >= 0xC0 && r != 0xD7 && r != 0xF7);
    return rt_to_upper(r) != r || rt_to_lower(r) != r || (r >= 0x4E00 && r <= 0x9FFF) ||
           (r >= 0x3040 && r <= 0x30FF) || (r >= 0xAC00 && r <= 0xD7A3) ||
           (r >= 0x5D0 && r <= 0x5EA) || (r >= 0x620 && r <= 0x64A);
}

static bool is_upper(int32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z';
    return rt_to_lower(r) != r;
}

static bool is_lower(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z';
    if (r == 0xDF || r == 0xAA || r == 0xBA || r == 0x138 || r == 0x149)
        return true;
    return rt_to_upper(r) != r;
}

static bool is_digit(int32_t r)
{
    if (r < 0x100)
        return r >= '0' && r <= '9';
    return (r >= 0x660 && r <= 0x669) || (r >= 0x6F0 && r <= 0x6F9) || (r >= 0x966 && r <= 0x96F) ||
           (r >= 0xFF10 && r <= 0xFF19);
}

typedef struct { int64_t r; uint64_t ok; } ClassFrame;
#define CLASS(name, fn)                                                   \
    void rt_unicode_##name(ClassFrame *f) __asm__("unicode." #name);       \
    void rt_unicode_##name(ClassFrame *f) { f->ok = fn((int32_t)f->r); }
CLASS(IsLetter, is_letter)
CLASS(IsUpper, is_upper)
CLASS(IsLower, is_lower)
CLASS(IsDigit, is_digit)
CLASS(IsSpace, rt_is_space)

static bool is_number(int32_t r)
{
    return is_digit(r) || r == 0xB2 || r == 0xB3 || r == 0xB9 || (r >= 0xBC && r <= 0xBE);
}
CLASS(IsNumber, is_number)

static bool is_punct(int32_t r)
{
    if (r < 0x80)
        return r == '!' || r == '"' || r == '#' || r == '%' || r == '&' || r == '\'' || r == '(' ||
               r == ')' || r == '*' || r == ',' || r == '-' || r == '.' || r == '/' || r == ':' ||
               r == ';' || r == '?' || r == '@' || r == '[' || r == '\\' || r == ']' || r == '_' ||
               r == '{' || r == '}';
    return r == 0xA1 || r == 0xA7 || r == 0xAB || r == 0xB6 || r == 0xB7 || r == 0xBB || r == 0xBF;
}
CLASS(IsPunct, is_punct)

typedef struct { int64_t r; int64_t res; } MapRuneFrame;
void rt_unicode_ToUpper(MapRuneFrame *f) __asm__("unicode.ToUpper");
void rt_unicode_ToUpper(MapRuneFrame *f) { f->res = rt_to_upper((int32_t)f->r); }
void rt_unicode_ToLower(MapRuneFrame *f) __asm__("unicode.ToLower");
void rt_unicode_ToLower(MapRuneFrame *f) { f->res = rt_to_lower((int32_t)f->r); }
