/* goasm.c — the functions go1.19's standard library writes in assembly for
 * amd64, which minigo compiles from source around them: internal/cpu's
 * probes of the processor, internal/bytealg's byte-string cores and
 * hash/crc32's hardware updates (bytewise here).  Each
 * behaves as the assembly does (bytealg's results are defined by the Go
 * documentation of the generic versions); the frames are gc's ABI0
 * argument blocks (arguments, then results from the next 8-byte
 * boundary), as for every function of lib/. */
#include <cpuid.h>
#include <string.h>

#include "lib.h"

/* Their paths' slashes need quoted symbols, which gcc cannot give a C
 * function itself (its .cold parts would be named "a/b.f".cold): each is
 * an alias of a plainly named C function. */
#define GOFUNC(cname, sym, frame) \
    void cname(frame *f); \
    RT_ALIAS(cname, sym); \
    void cname(frame *f)

/* ---- internal/cpu ---- */

typedef struct { uint32_t eax_arg, ecx_arg; uint32_t eax, ebx, ecx, edx; } CpuidFrame;
GOFUNC(go_cpu_cpuid, "internal/cpu.cpuid", CpuidFrame)
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    __cpuid_count(f->eax_arg, f->ecx_arg, a, b, c, d);
    f->eax = a;
    f->ebx = b;
    f->ecx = c;
    f->edx = d;
}

typedef struct { uint32_t eax, edx; } XgetbvFrame;
GOFUNC(go_cpu_xgetbv, "internal/cpu.xgetbv", XgetbvFrame)
{
    uint32_t a, d;
    __asm__ volatile("xgetbv" : "=a"(a), "=d"(d) : "c"(0));
    f->eax = a;
    f->edx = d;
}

/* The GOAMD64 level the program was built for: v1, as gc's default. */
typedef struct { int32_t r; } LevelFrame;
GOFUNC(go_cpu_level, "internal/cpu.getGOAMD64level", LevelFrame) { f->r = 1; }

/* ---- internal/bytealg ---- */

typedef struct { RtSlice a, b; int64_t r; } BBIntFrame;
typedef struct { RtString a, b; int64_t r; } SSIntFrame;
typedef struct { RtSlice b; uint8_t c; int64_t r; } BCIntFrame;
typedef struct { RtString s; uint8_t c; int64_t r; } SCIntFrame;

static int64_t cmp_bytes(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb) {
    int64_t n = na < nb ? na : nb;
    int c = n ? memcmp(a, b, (size_t)n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb;
}

static int64_t count_byte(const uint8_t *p, int64_t n, uint8_t c) {
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        k += p[i] == c;
    return k;
}

static int64_t index_byte(const uint8_t *p, int64_t n, uint8_t c) {
    const uint8_t *q = n ? memchr(p, c, (size_t)n) : NULL;
    return q ? q - p : -1;
}

static int64_t index_of(const uint8_t *a, int64_t na, const uint8_t *b, int64_t nb) {
    if (nb == 0)
        return 0;
    if (nb > na)
        return -1;
    const uint8_t *q = memmem(a, (size_t)na, b, (size_t)nb);
    return q ? q - a : -1;
}

GOFUNC(go_bytealg_Compare, "internal/bytealg.Compare", BBIntFrame)
{
    f->r = cmp_bytes(f->a.ptr, f->a.len, f->b.ptr, f->b.len);
}

GOFUNC(go_bytealg_Count, "internal/bytealg.Count", BCIntFrame) { f->r = count_byte(f->b.ptr, f->b.len, f->c); }

GOFUNC(go_bytealg_CountString, "internal/bytealg.CountString", SCIntFrame)
{
    f->r = count_byte(f->s.ptr, f->s.len, f->c);
}

GOFUNC(go_bytealg_IndexByte, "internal/bytealg.IndexByte", BCIntFrame)
{
    f->r = index_byte(f->b.ptr, f->b.len, f->c);
}

GOFUNC(go_bytealg_IndexByteString, "internal/bytealg.IndexByteString", SCIntFrame)
{
    f->r = index_byte(f->s.ptr, f->s.len, f->c);
}

/* Index and IndexString: callers keep to len(b) <= MaxLen, as for the
 * assembly; any length works here. */
GOFUNC(go_bytealg_Index, "internal/bytealg.Index", BBIntFrame)
{
    f->r = index_of(f->a.ptr, f->a.len, f->b.ptr, f->b.len);
}

GOFUNC(go_bytealg_IndexString, "internal/bytealg.IndexString", SSIntFrame)
{
    f->r = index_of(f->a.ptr, f->a.len, f->b.ptr, f->b.len);
}

/* ---- hash/crc32: the SSE 4.2 and PCLMULQDQ updates, bytewise ---- */

/* The raw update of a reflected CRC-32 register (what the CRC32
 * instruction and the CLMUL folding compute; callers invert). */
static uint32_t crc_update(uint32_t crc, const uint8_t *p, int64_t n, uint32_t poly) {
    for (int64_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++)
            crc = crc & 1 ? (crc >> 1) ^ poly : crc >> 1;
    }
    return crc;
}

#define CASTAGNOLI 0x82f63b78u
#define IEEE 0xedb88320u

typedef struct { uint32_t crc; uint32_t pad; RtSlice p; uint32_t r; } CrcFrame;
GOFUNC(go_crc32_castagnoliSSE42, "hash/crc32.castagnoliSSE42", CrcFrame)
{
    f->r = crc_update(f->crc, f->p.ptr, f->p.len, CASTAGNOLI);
}

GOFUNC(go_crc32_ieeeCLMUL, "hash/crc32.ieeeCLMUL", CrcFrame)
{
    f->r = crc_update(f->crc, f->p.ptr, f->p.len, IEEE);
}

/* Three streams, `rounds` blocks of 24 bytes each. */
typedef struct {
    uint32_t a, b, c, pad0;
    RtSlice pa, pb, pc;
    uint32_t rounds, pad1;
    uint32_t ra, rb, rc;
} CrcTripleFrame;
GOFUNC(go_crc32_castagnoliSSE42Triple, "hash/crc32.castagnoliSSE42Triple", CrcTripleFrame)
{
    int64_t n = (int64_t)f->rounds * 24;
    f->ra = crc_update(f->a, f->pa.ptr, n, CASTAGNOLI);
    f->rb = crc_update(f->b, f->pb.ptr, n, CASTAGNOLI);
    f->rc = crc_update(f->c, f->pc.ptr, n, CASTAGNOLI);
}
