/* test_runtime.c — unit tests for the runtime: size classes, the heap,
 * slices, strings, fmt.Println's %v, panics and program start.
 *
 * Expected values come from go1.19.8: the size-class tables are copied from
 * runtime/sizeclasses.go; the capacities and printed lines were produced by
 * small Go programs (quoted beside each test) run with go1.19.8.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/lib.h"
#include "runtime/rt_internal.h"

void go_fmt_Println(FmtPrintlnFrame *f) __asm__("fmt.Println");

/* ---- size classes ---- */

/* go1.19.8 runtime/sizeclasses.go */
static const int go_class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
    768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};

static const int go_class_to_npages[] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

static const int go_size_to_class8[] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20,
    20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25,
    25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28,
    28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30,
    30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
};

static const int go_size_to_class128[] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42,
    43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47,
    47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51,
    51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57,
    57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
};

Test(sizeclass, table_is_go119)
{
    cr_assert_eq(sizeof go_class_to_size / sizeof go_class_to_size[0], RT_NUM_SIZE_CLASSES);
    for (int c = 0; c < RT_NUM_SIZE_CLASSES; c++) {
        cr_assert_eq(rt_class_to_size[c], go_class_to_size[c], "class %d", c);
        cr_assert_eq(rt_class_to_npages[c], go_class_to_npages[c], "class %d", c);
    }
}

/* Go's own lookup (msize.go, malloc.go) with Go's own tables. */
static int go_size_to_class(uint64_t size)
{
    if (size <= 1024 - 8)
        return go_size_to_class8[(size + 7) / 8];
    return go_size_to_class128[(size - 1024 + 127) / 128];
}

Test(sizeclass, every_size_maps_as_go)
{
    for (uint64_t size = 1; size <= RT_MAX_SMALL_SIZE; size++) {
        int c = rt_size_to_class(size);
        cr_assert_eq(c, go_size_to_class(size), "size %lu", (unsigned long)size);
        cr_assert_geq(rt_class_to_size[c], size);
        cr_assert_lt(rt_class_to_size[c - 1], size, "size %lu not in its smallest class",
                     (unsigned long)size);
    }
}

Test(sizeclass, roundupsize_boundaries)
{
    cr_assert_eq(rt_roundupsize(0), 0);
    for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
        uint64_t sz = rt_class_to_size[c];
        cr_assert_eq(rt_roundupsize(sz), sz, "class %d", c);
        cr_assert_eq(rt_roundupsize(rt_class_to_size[c - 1] + 1), sz, "class %d", c);
        cr_assert_eq(rt_roundupsize(sz - 1), sz, "class %d", c);
    }
    cr_assert_eq(rt_roundupsize(1), 8);
    cr_assert_eq(rt_roundupsize(9), 16);
    cr_assert_eq(rt_roundupsize(33), 48);
    cr_assert_eq(rt_roundupsize(1017), 1024);
    cr_assert_eq(rt_roundupsize(1025), 1152);
    cr_assert_eq(rt_roundupsize(32767), 32768);
    cr_assert_eq(rt_roundupsize(32768), 32768);
    /* large: whole 8 KB pages */
    cr_assert_eq(rt_roundupsize(32769), 40960);
    cr_assert_eq(rt_roundupsize(40960), 40960);
    cr_assert_eq(rt_roundupsize(1000000), 1007616);
    cr_assert_eq(rt_roundupsize(UINT64_MAX - 5), UINT64_MAX - 5);
}

Test(sizeclass, spans_hold_whole_objects)
{
    for (int c = 1; c < RT_NUM_SIZE_CLASSES; c++) {
        uint64_t span = (uint64_t)rt_class_to_npages[c] * RT_PAGE_SIZE;
        uint64_t n = span / rt_class_to_size[c];
        cr_assert_geq(n, 1);
        /* Go's generator keeps the tail waste of a span under 12.5% */
        cr_assert_leq((span - n * rt_class_to_size[c]) * 8, span, "class %d", c);
    }
}

/* ---- heap ---- */

static const RtType t_int;
static const RtType t_ptr_int;

static bool all_zero(const uint8_t *p, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

Test(alloc, zeroed_aligned_distinct)
{
    enum { MAXOBJ = 4000 };
    static uint8_t *objs[MAXOBJ];
    static uint64_t sizes[MAXOBJ];
    int n = 0;
    for (uint64_t size = 1; size <= 40000 && n + 3 <= MAXOBJ; size += size < 300 ? 1 : size / 16) {
        for (int k = 0; k < 3; k++) {
            const RtType *t = (k == 1) ? &t_ptr_int : NULL;
            uint8_t *p = rt_alloc(size, t);
            cr_assert_not_null(p);
            cr_assert(all_zero(p, size), "size %lu not zeroed", (unsigned long)size);
            /* pointer-free objects under 16 bytes share tiny blocks, at
             * their size's natural alignment (go's tiny allocator) */
            bool tiny = !t && size < RT_TINY_SIZE;
            uint64_t align = !tiny || (size & 7) == 0 ? 8 : (size & 3) == 0 ? 4 : (size & 1) == 0 ? 2 : 1;
            cr_assert_eq((uintptr_t)p % align, 0, "size %lu misaligned", (unsigned long)size);
            uint64_t rounded = rt_roundupsize(size);
            if (!tiny && (rounded & (rounded - 1)) == 0 && rounded <= RT_PAGE_SIZE)
                cr_assert_eq((uintptr_t)p % rounded, 0, "size %lu not aligned to its class",
                             (unsigned long)size);
            memset(p, (n % 251) + 1, size);
            objs[n] = p;
            sizes[n] = size;
            n++;
        }
    }
    /* no object overlaps another: every fill survived */
    for (int i = 0; i < n; i++)
        for (uint64_t j = 0; j < sizes[i]; j++)
            cr_assert_eq(objs[i][j], (i % 251) + 1, "object %d (size %lu) overwritten", i,
                         (unsigned long)sizes[i]);
}

Test(alloc, span_lookup)
{
    for (uint64_t size = 1; size <= RT_MAX_SMALL_SIZE; size = size * 3 / 2 + 1) {
        for (int k = 0; k < 2; k++) {
            const RtType *t = k ? &t_ptr_int : &t_int;
            char *p = rt_alloc(size, t);
            RtSpan *s = rt_span_of(p);
            cr_assert_not_null(s);
            bool tiny = k == 0 && size < RT_TINY_SIZE;     /* in a 16-byte tiny block */
            int c = rt_size_to_class(tiny ? RT_TINY_SIZE : size);
            cr_assert_eq(s->sizeclass, c);
            cr_assert_eq(s->elemsize, rt_class_to_size[c]);
            cr_assert_eq(s->npages, rt_class_to_npages[c]);
            cr_assert_eq(s->nelems, s->npages * RT_PAGE_SIZE / s->elemsize);
            cr_assert_eq(s->noscan, k == 0, "pointer-free objects go to noscan spans");
            uint64_t off = (uintptr_t)p - s->start;
            cr_assert(tiny || off % s->elemsize == 0);
            cr_assert(rt_span_isallocated(s, (uint32_t)(off / s->elemsize)));
            cr_assert_eq(rt_span_of(p + size - 1), s);
        }
    }
    int x;
    cr_assert_null(rt_span_of(&x));
    cr_assert_null(rt_span_of(NULL));
}

Test(alloc, zero_size)
{
    cr_assert_eq(rt_alloc(0, NULL), rt_zerobase);
    cr_assert_eq(rt_alloc(0, &t_int), rt_zerobase);
}

Test(alloc, large_objects)
{
    uint64_t sizes[] = {32769, 100000, 1 << 20, 10 << 20, 100 << 20, 40000};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        uint64_t size = sizes[i];
        uint64_t before = rt_memstats.total_alloc;
        uint8_t *p = rt_alloc(size, NULL);
        cr_assert_eq((uintptr_t)p % RT_PAGE_SIZE, 0);
        RtSpan *s = rt_span_of(p);
        cr_assert_not_null(s);
        cr_assert_eq(s->start, (uintptr_t)p);
        cr_assert_eq(s->sizeclass, 0);
        cr_assert_eq(s->nelems, 1);
        cr_assert_eq(s->npages, (size + RT_PAGE_SIZE - 1) / RT_PAGE_SIZE);
        cr_assert_eq(rt_span_of(p + size - 1), s);
        cr_assert_eq(rt_memstats.total_alloc - before, s->npages * RT_PAGE_SIZE);
        cr_assert(all_zero(p, 4096) && all_zero(p + size - 4096, 4096));
        memset(p, 0xab, size);
    }
}

Test(alloc, crosses_arenas_and_counts)
{
    /* 80 MB of 32 KB objects: more than one 64 MB arena */
    uint64_t m0 = rt_memstats.mallocs, t0 = rt_memstats.total_alloc;
    char *first = NULL, *last = NULL;
    for (int i = 0; i < 2560; i++) {
        last = rt_alloc(32768, NULL);
        if (!first)
            first = last;
        last[0] = 1;
        last[32767] = 2;
    }
    cr_assert_eq(rt_memstats.mallocs - m0, 2560);
    cr_assert_eq(rt_memstats.total_alloc - t0, 2560 * 32768);
    cr_assert_eq(rt_memstats.heap_alloc, rt_memstats.total_alloc);
    cr_assert_geq(rt_memstats.heap_sys, rt_memstats.heap_inuse);
    cr_assert_geq(rt_memstats.heap_inuse, rt_memstats.heap_alloc);
    cr_assert_eq(rt_span_of(last)->sizeclass, 67);
    cr_assert_eq(rt_span_of(first)->sizeclass, 67);

    rt_alloc(24, NULL);
    cr_assert_eq(rt_memstats.mallocs - m0, 2561);
    cr_assert_eq(rt_memstats.total_alloc - t0, 2560 * 32768 + 24);
    rt_alloc(25, NULL);
    cr_assert_eq(rt_memstats.total_alloc - t0, 2560 * 32768 + 24 + 32);

    size_t nspans, inuse = 0;
    RtSpan *const *all = rt_all_spans(&nspans);
    bool listed = false;
    for (size_t i = 0; i < nspans; i++) {
        listed |= all[i] == rt_span_of(last);
        inuse += all[i]->state == RT_SPAN_INUSE;
    }
    cr_assert_eq(inuse, rt_memstats.num_spans);
    cr_assert(listed, "every span is in rt_all_spans");
}

Test(alloc, span_fills_before_next)
{
    /* one 8 KB span holds 170 objects of 48 bytes: consecutive slots */
    char *p0 = rt_alloc(48, NULL);
    RtSpan *s = rt_span_of(p0);
    uint32_t used = s->alloccount;
    for (uint32_t i = used; i < s->nelems; i++) {
        char *p = rt_alloc(48, NULL);
        cr_assert_eq(rt_span_of(p), s);
        cr_assert_eq((uintptr_t)p, s->start + i * 48);
    }
    cr_assert_eq(s->alloccount, s->nelems);
    cr_assert_neq(rt_span_of(rt_alloc(48, NULL)), s);
}

/* ---- type descriptors used below ---- */

static const RtType t_bool = {1, 0, RT_BOOL, 0, "bool", NULL, NULL, 0, NULL};
static const RtType t_int = {8, 0, RT_INT, 0, "int", NULL, NULL, 0, NULL};
static const RtType t_int8 = {1, 0, RT_INT8, 0, "int8", NULL, NULL, 0, NULL};
static const RtType t_int32 = {4, 0, RT_INT32, 0, "int32", NULL, NULL, 0, NULL};
static const RtType t_int64 = {8, 0, RT_INT64, 0, "int64", NULL, NULL, 0, NULL};
static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};
static const RtType t_uint16 = {2, 0, RT_UINT16, 0, "uint16", NULL, NULL, 0, NULL};
static const RtType t_uint64 = {8, 0, RT_UINT64, 0, "uint64", NULL, NULL, 0, NULL};
static const RtType t_uintptr = {8, 0, RT_UINTPTR, 0, "uintptr", NULL, NULL, 0, NULL};
static const RtType t_float32 = {4, 0, RT_FLOAT32, 0, "float32", NULL, NULL, 0, NULL};
static const RtType t_float64 = {8, 0, RT_FLOAT64, 0, "float64", NULL, NULL, 0, NULL};
static const RtType t_complex128 = {16, 0, RT_COMPLEX128, 0, "complex128", NULL, NULL, 0, NULL};
static const RtType t_string = {16, 8, RT_STRING, 0, "string", NULL, NULL, 0, NULL};
static const RtType t_any = {16, 16, RT_INTERFACE, 0, "interface {}", NULL, NULL, 0, NULL};
static const RtType t_ptr_int = {8, 8, RT_PTR, 0, "*int", &t_int, NULL, 0, NULL};
static const RtType t_slice_int = {24, 8, RT_SLICE, 0, "[]int", &t_int, NULL, 0, NULL};
static const RtType t_slice_uint8 = {24, 8, RT_SLICE, 0, "[]uint8", &t_uint8, NULL, 0, NULL};
static const RtType t_slice_string = {24, 8, RT_SLICE, 0, "[]string", &t_string, NULL, 0, NULL};
static const RtType t_slice_slice_int = {24, 8, RT_SLICE, 0, "[][]int", &t_slice_int, NULL, 0, NULL};
static const RtType t_slice_any = {24, 8, RT_SLICE, 0, "[]interface {}", &t_any, NULL, 0, NULL};
static const RtType t_ptr_slice_int = {8, 8, RT_PTR, 0, "*[]int", &t_slice_int, NULL, 0, NULL};
static const RtType t_array2_int = {16, 0, RT_ARRAY, 0, "[2]int", &t_int, NULL, 2, NULL};
static const RtType t_array2_bool = {2, 0, RT_ARRAY, 0, "[2]bool", &t_bool, NULL, 2, NULL};
static const RtType t_ptr_array2_int = {8, 8, RT_PTR, 0, "*[2]int", &t_array2_int, NULL, 0, NULL};
static const RtType t_empty_struct = {0, 0, RT_STRUCT, 0, "struct {}", NULL, NULL, 0, NULL};

/* type P struct { X, Y int; S string } */
typedef struct { int64_t x, y; RtString s; } P;
static const RtField p_fields[] = {
    {"X", &t_int, 0}, {"Y", &t_int, 8}, {"S", &t_string, 16},
};
static const RtType t_P = {32, 32, RT_STRUCT, 3, "main.P", NULL, p_fields, 0, NULL};
static const RtType t_ptr_P = {8, 8, RT_PTR, 0, "*main.P", &t_P, NULL, 0, NULL};

/* type Q struct { P *P; A any; B []int; Ar [2]bool; I8 int8; U uint16; F float32 } */
typedef struct { P *p; RtIface a; RtSlice b; uint8_t ar[2]; int8_t i8; uint16_t u; float f; } Q;
static const RtField q_fields[] = {
    {"P", &t_ptr_P, offsetof(Q, p)}, {"A", &t_any, offsetof(Q, a)},
    {"B", &t_slice_int, offsetof(Q, b)}, {"Ar", &t_array2_bool, offsetof(Q, ar)},
    {"I8", &t_int8, offsetof(Q, i8)}, {"U", &t_uint16, offsetof(Q, u)},
    {"F", &t_float32, offsetof(Q, f)},
};
static const RtType t_Q = {sizeof(Q), 48, RT_STRUCT, 7, "main.Q", NULL, q_fields, 0, NULL};

/* ---- slices ---- */

static const RtType t_byte = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};
static const RtType t_e3 = {3, 0, RT_ARRAY, 0, "main.E3", &t_byte, NULL, 3, NULL};
static const RtType t_e12 = {12, 0, RT_STRUCT, 0, "main.E12", NULL, NULL, 0, NULL};
static const RtType t_e24 = {24, 0, RT_STRUCT, 0, "main.E24", NULL, NULL, 0, NULL};

/* Append 1..2000 one element at a time, as `s = append(s, v)` compiles:
 * grow when len == cap; record each new capacity; check the contents
 * survived every move. */
static void check_append_caps(const RtType *et, const int64_t *want, int nwant)
{
    RtSlice s = {NULL, 0, 0};
    int got = 0;
    for (int64_t i = 1; i <= 2000; i++) {
        if (s.len + 1 > s.cap) {
            int64_t oldcap = s.cap;
            rt_growslice(&s, et, s.len + 1);
            cr_assert_eq(s.len, i - 1, "growslice keeps len");
            cr_assert_gt(s.cap, oldcap);
            cr_assert_lt(got, nwant, "elem size %lu: more growths than Go", (unsigned long)et->size);
            cr_assert_eq(s.cap, want[got], "elem size %lu, growth %d: cap %ld, Go %ld",
                         (unsigned long)et->size, got, (long)s.cap, (long)want[got]);
            got++;
        }
        memset((char *)s.ptr + s.len * et->size, (int)(i & 0x7f), et->size);
        s.len++;
    }
    cr_assert_eq(got, nwant);
    for (int64_t i = 1; i <= 2000; i++)
        cr_assert_eq(((uint8_t *)s.ptr)[(i - 1) * et->size], i & 0x7f);
}

/*  var b []byte; for i := 1; i <= 2000; i++ { b = append(b, byte(i)); if cap(b) != c { c = cap(b); fmt.Print(c, ",") } }
 * and the same for []int, []string, []E3 ([3]byte), []E12 (3 int32), []E24 (3 int), with go1.19.8: */
Test(slice, growslice_bytes)
{
    static const int64_t want[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048};
    check_append_caps(&t_byte, want, sizeof want / sizeof want[0]);
}

Test(slice, growslice_ints)
{
    static const int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
    check_append_caps(&t_int, want, sizeof want / sizeof want[0]);
}

Test(slice, growslice_strings)
{
    static const int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
    check_append_caps(&t_string, want, sizeof want / sizeof want[0]);
}

Test(slice, growslice_size3)
{
    static const int64_t want[] = {2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261};
    check_append_caps(&t_e3, want, sizeof want / sizeof want[0]);
}

Test(slice, growslice_size12_and_24)
{
    static const int64_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048};
    check_append_caps(&t_e12, want, sizeof want / sizeof want[0]);
    check_append_caps(&t_e24, want, sizeof want / sizeof want[0]);
}

/* v = append(v, make([]int, 5)...)   -> 6
 * v = append(v, make([]int, 100)...) -> 112
 * append(make([]int, 300), 1)        -> 608
 * append(make([]byte, 5000), 1)      -> 6528
 * append(make([]int, 10000), 1)      -> 13312 */
Test(slice, growslice_many_at_once)
{
    RtSlice v = {NULL, 0, 0};
    rt_growslice(&v, &t_int, 5);
    cr_assert_eq(v.cap, 6);
    v.len = 5;
    rt_growslice(&v, &t_int, 105);
    cr_assert_eq(v.cap, 112);

    struct { const RtType *t; int64_t len, want; } cases[] = {
        {&t_int, 300, 608}, {&t_byte, 5000, 6528}, {&t_int, 10000, 13312},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        RtSlice s;
        rt_makeslice(&s, cases[i].t, cases[i].len, cases[i].len);
        rt_growslice(&s, cases[i].t, s.len + 1);
        cr_assert_eq(s.cap, cases[i].want, "case %zu", i);
        cr_assert_eq(s.len, cases[i].len);
    }
}

Test(slice, growslice_zero_size)
{
    RtSlice s = {NULL, 0, 0};
    rt_growslice(&s, &t_empty_struct, 7);
    cr_assert_not_null(s.ptr);
    cr_assert_eq(s.cap, 7);
}

Test(slice, makeslice)
{
    RtSlice s;
    rt_makeslice(&s, &t_int, 3, 10);
    cr_assert_eq(s.len, 3);
    cr_assert_eq(s.cap, 10);
    cr_assert(all_zero(s.ptr, 80));
    rt_makeslice(&s, &t_int, 0, 0);
    cr_assert_not_null(s.ptr, "make([]int, 0) is not nil");
}

/* ---- strings ---- */

static RtString str(const char *s)
{
    return (RtString){(const uint8_t *)s, (int64_t)strlen(s)};
}

Test(string, concat)
{
    RtString a = str("hello, "), b = str("world"), e = str(""), out;
    rt_concatstring(&out, &a, &b);
    cr_assert_eq(out.len, 12);
    cr_assert(memcmp(out.ptr, "hello, world", 12) == 0);
    cr_assert_not_null(rt_span_of(out.ptr), "the result lives in the heap");
    rt_concatstring(&out, &e, &b);
    cr_assert_eq(out.ptr, b.ptr);
    cr_assert_eq(out.len, b.len);
    rt_concatstring(&out, &a, &e);
    cr_assert_eq(out.ptr, a.ptr);
    rt_concatstring(&out, &e, &e);
    cr_assert_eq(out.len, 0);
}

Test(string, compare)
{
    RtString a = str("abc"), a2 = str("abc"), b = str("abd"), p = str("ab"), e = str("");
    RtString nul = {NULL, 0};
    cr_assert(rt_eqstring(&a, &a2));
    cr_assert(!rt_eqstring(&a, &b));
    cr_assert(!rt_eqstring(&a, &p));
    cr_assert(rt_eqstring(&e, &nul));
    cr_assert_eq(rt_cmpstring(&a, &a2), 0);
    cr_assert_eq(rt_cmpstring(&a, &b), -1);
    cr_assert_eq(rt_cmpstring(&b, &a), 1);
    cr_assert_eq(rt_cmpstring(&p, &a), -1);
    cr_assert_eq(rt_cmpstring(&a, &p), 1);
    cr_assert_eq(rt_cmpstring(&e, &nul), 0);
    cr_assert_eq(rt_cmpstring(&nul, &a), -1);
    RtString hi = str("\xff"), lo = str("a");
    cr_assert_eq(rt_cmpstring(&hi, &lo), 1, "bytes compare unsigned");
}

/* ---- fmt.Println ---- */

static char *sprintln(RtIface *args, int n)
{
    static RtBuf b;
    b.len = 0;
    RtSlice a = {args, n, n};
    rt_fmt_sprintln(&b, &a);
    rt_buf_putc(&b, 0);
    return b.p;
}

/* fmt.Println(1, true, "hi", -5, uint8(200), int8(-3), uint64(math.MaxUint64), int64(math.MinInt64)) */
Test(fmt, basic_values)
{
    int64_t one = 1, m5 = -5, minint = INT64_MIN;
    uint8_t tru = 1, u8 = 200;
    int8_t i8 = -3;
    uint64_t maxu = UINT64_MAX;
    RtString hi = str("hi");
    RtIface args[] = {
        {&t_int, &one}, {&t_bool, &tru}, {&t_string, &hi}, {&t_int, &m5},
        {&t_uint8, &u8}, {&t_int8, &i8}, {&t_uint64, &maxu}, {&t_int64, &minint},
    };
    cr_assert_str_eq(sprintln(args, 8),
                     "1 true hi -5 200 -3 18446744073709551615 -9223372036854775808\n");
    uintptr_t up = 255;
    int32_t rune = 'a';
    RtIface args2[] = {{&t_uintptr, &up}, {&t_int32, &rune}};
    cr_assert_str_eq(sprintln(args2, 2), "255 97\n");
}

static char *float_str(double f, int bits)
{
    static RtBuf b;
    b.len = 0;
    rt_fmt_float(&b, f, bits);
    rt_buf_putc(&b, 0);
    return b.p;
}

/* fmt.Println(1.0, 1.5, 1e6, 1e20, 1e21, 123456.0, 1234567.0, 0.0001, 0.00001,
 *             3.14159, 1.0/3, math.Inf(1), math.Inf(-1), math.NaN(),
 *             float32(0.1), float32(1.0/3), float32(1e7), 100.0, 1e-7, 5e-324, math.MaxFloat64) */
Test(fmt, floats)
{
    struct { double f; int bits; const char *want; } cases[] = {
        {1.0, 64, "1"}, {1.5, 64, "1.5"}, {1e6, 64, "1e+06"}, {1e20, 64, "1e+20"},
        {1e21, 64, "1e+21"}, {123456.0, 64, "123456"}, {1234567.0, 64, "1.234567e+06"},
        {0.0001, 64, "0.0001"}, {0.00001, 64, "1e-05"}, {3.14159, 64, "3.14159"},
        {1.0 / 3, 64, "0.3333333333333333"}, {0.0, 64, "0"}, {-0.0, 64, "-0"},
        {INFINITY, 64, "+Inf"}, {-INFINITY, 64, "-Inf"}, {NAN, 64, "NaN"},
        {0.1f, 32, "0.1"}, {1.0f / 3, 32, "0.33333334"}, {1e7f, 32, "1e+07"},
        {0.1, 64, "0.1"}, {100.0, 64, "100"}, {1e-7, 64, "1e-07"},
        {5e-324, 64, "5e-324"}, {1.7976931348623157e308, 64, "1.7976931348623157e+308"},
        {-2.5, 64, "-2.5"}, {1e100, 64, "1e+100"}, {24195.841463414636, 64, "24195.841463414636"},
        {9.405090880450124e-14, 64, "9.405090880450124e-14"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        cr_assert_str_eq(float_str(cases[i].f, cases[i].bits), cases[i].want, "case %zu", i);

    double f = 2.5;
    double c[2] = {1, 2}, c2[2] = {1.5, -2};
    RtIface args[] = {{&t_float64, &f}, {&t_complex128, c}, {&t_complex128, c2}};
    cr_assert_str_eq(sprintln(args, 3), "2.5 (1+2i) (1.5-2i)\n");
}

/* p := &P{1, 2, "hello"}; fmt.Println(P{1, 2, "hello"}, p)          -> {1 2 hello} &{1 2 hello}
 * var np *P; fmt.Println(np, nil, []int{1, 2, 3}, []int(nil), [2]int{1, 2}, &[]int{4}, &[2]int{5, 6})
 *                                  -> <nil> <nil> [1 2 3] [] [1 2] &[4] &[5 6] */
Test(fmt, composites)
{
    P p = {1, 2, str("hello")};
    RtIface args[] = {{&t_P, &p}, {&t_ptr_P, &p}};
    cr_assert_str_eq(sprintln(args, 2), "{1 2 hello} &{1 2 hello}\n");

    int64_t xs[] = {1, 2, 3}, four[] = {4}, five_six[] = {5, 6};
    RtSlice s123 = {xs, 3, 3}, snil = {NULL, 0, 0}, s4 = {four, 1, 1};
    RtIface args2[] = {
        {&t_ptr_P, NULL}, {NULL, NULL}, {&t_slice_int, &s123}, {&t_slice_int, &snil},
        {&t_array2_int, xs}, {&t_ptr_slice_int, &s4}, {&t_ptr_array2_int, five_six},
    };
    cr_assert_str_eq(sprintln(args2, 7), "<nil> <nil> [1 2 3] [] [1 2] &[4] &[5 6]\n");
}

/* q := Q{A: 42, B: []int{7}, F: 2.5}; fmt.Println(q)   -> {<nil> 42 [7] [false false] 0 0 2.5}
 * q.A = "str"; fmt.Println(q)                          -> {<nil> str [7] [false false] 0 0 2.5}
 * with q.P set, the nested pointer prints as its address: {0xc000010018 ...} */
Test(fmt, nested)
{
    int64_t ft = 42, seven = 7;
    Q q = {0};
    q.a = (RtIface){&t_int, &ft};
    q.b = (RtSlice){&seven, 1, 1};
    q.f = 2.5f;
    RtIface args[] = {{&t_Q, &q}};
    cr_assert_str_eq(sprintln(args, 1), "{<nil> 42 [7] [false false] 0 0 2.5}\n");
    RtString s = str("str");
    q.a = (RtIface){&t_string, &s};
    cr_assert_str_eq(sprintln(args, 1), "{<nil> str [7] [false false] 0 0 2.5}\n");

    P p = {1, 2, str("x")};
    q.p = &p;
    q.a = (RtIface){&t_ptr_P, &p};      /* a pointer inside an interface inside a struct */
    q.i8 = -1;
    q.u = 65535;
    q.ar[1] = 1;
    char want[200];
    snprintf(want, sizeof want, "{%p %p [7] [false true] -1 65535 2.5}\n", (void *)&p, (void *)&p);
    cr_assert_str_eq(sprintln(args, 1), want);
}

/* fmt.Println([]string{"a", "b"}, []byte("hi"), [][]int{{1}, {2, 3}}, struct{}{}, []any{1, "a", nil})
 *   -> [a b] [104 105] [[1] [2 3]] {} [1 a <nil>] */
Test(fmt, slices_of_things)
{
    RtString ab[] = {str("a"), str("b")};
    uint8_t hi[] = {'h', 'i'};
    int64_t one[] = {1}, two_three[] = {2, 3};
    RtSlice inner[] = {{one, 1, 1}, {two_three, 2, 2}};
    int64_t i1 = 1;
    RtString a = str("a");
    RtIface anys[] = {{&t_int, &i1}, {&t_string, &a}, {NULL, NULL}};
    RtSlice s1 = {ab, 2, 2}, s2 = {hi, 2, 2}, s3 = {inner, 2, 2}, s5 = {anys, 3, 3};
    RtIface args[] = {
        {&t_slice_string, &s1}, {&t_slice_uint8, &s2}, {&t_slice_slice_int, &s3},
        {&t_empty_struct, rt_zerobase}, {&t_slice_any, &s5},
    };
    cr_assert_str_eq(sprintln(args, 5), "[a b] [104 105] [[1] [2 3]] {} [1 a <nil>]\n");
    int64_t x = 5;
    RtIface args2[] = {{&t_ptr_int, &x}};
    char want[64];
    snprintf(want, sizeof want, "%p\n", (void *)&x);
    cr_assert_str_eq(sprintln(args2, 1), want, "a pointer to a scalar prints its address");
    cr_assert_str_eq(sprintln(NULL, 0), "\n");

    /* funcs, chans, maps, unsafe.Pointers sit in the data word itself */
    static const RtType t_func = {8, 8, RT_FUNC, 0, "func()", NULL, NULL, 0, NULL};
    static const RtType t_uptr = {8, 8, RT_UNSAFEPTR, 0, "unsafe.Pointer", NULL, NULL, 0, NULL};
    RtIface args3[] = {{&t_func, NULL}, {&t_uptr, (void *)0xc000012345}};
    cr_assert_str_eq(sprintln(args3, 2), "<nil> 0xc000012345\n");
}

/* ---- running code in a child: exit status, stdout, stderr ---- */

typedef struct {
    int status;
    char out[4096], err[4096];
} Child;

static void read_all(FILE *f, char *buf, size_t size)
{
    rewind(f);
    size_t n = fread(buf, 1, size - 1, f);
    buf[n] = 0;
    fclose(f);
}

static void run_child(void (*fn)(void), Child *c)
{
    FILE *fo = tmpfile(), *fe = tmpfile();
    cr_assert(fo && fe);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        dup2(fileno(fo), 1);
        dup2(fileno(fe), 2);
        fn();
        rt_exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    c->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    read_all(fo, c->out, sizeof c->out);
    read_all(fe, c->err, sizeof c->err);
}

/* stderr up to the "goroutine 1 [running]:" line, as tests/samples.sh compares it */
static const char *trimmed(Child *c)
{
    char *g = strstr(c->err, "goroutine 1 [running]:\n");
    if (g)
        g[strlen("goroutine 1 [running]:\n")] = 0;
    return c->err;
}

static void println_str(const char *s)
{
    RtString rs = str(s);
    RtIface arg = {&t_string, &rs};
    FmtPrintlnFrame f = {{&arg, 1, 1}, -1, {&t_int, NULL}};
    go_fmt_Println(&f);
    cr_assert_eq(f.n, (int64_t)strlen(s) + 1);
    cr_assert_null(f.err.type);
}

static void do_index(void) { println_str("before"); rt_panic_index(5, 3); }
static void do_index_neg(void) { rt_panic_index(-1, 3); }
static void do_divide(void) { rt_panic_divide(); }
static void do_throw(void) { rt_throw("all goroutines are asleep - deadlock!"); }

Test(panic, index)
{
    Child c;
    run_child(do_index, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(c.out, "before\n", "stdout is flushed before the panic");
    cr_assert_str_eq(trimmed(&c), "panic: runtime error: index out of range [5] with length 3\n\n"
                                  "goroutine 1 [running]:\n");
    run_child(do_index_neg, &c);
    cr_assert_str_eq(trimmed(&c), "panic: runtime error: index out of range [-1]\n\n"
                                  "goroutine 1 [running]:\n");
}

Test(panic, divide_and_throw)
{
    Child c;
    run_child(do_divide, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(trimmed(&c), "panic: runtime error: integer divide by zero\n\n"
                                  "goroutine 1 [running]:\n");
    run_child(do_throw, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(trimmed(&c), "fatal error: all goroutines are asleep - deadlock!\n\n"
                                  "goroutine 1 [running]:\n");
}

static int64_t ms_len, ms_cap;
static const RtType *ms_type;
static void do_makeslice(void)
{
    RtSlice s;
    rt_makeslice(&s, ms_type, ms_len, ms_cap);
}

/* make([]int, n) with n = -1; make([]int, 10, 5) with variables */
Test(panic, makeslice)
{
    struct { const RtType *t; int64_t len, cap; const char *msg; } cases[] = {
        {&t_int, -1, -1, "len out of range"},
        {&t_int, 10, 5, "cap out of range"},
        {&t_int, (int64_t)1 << 62, (int64_t)1 << 62, "len out of range"},
        {&t_int, 1, (int64_t)1 << 46, "cap out of range"},
        {&t_int, -5, 10, "len out of range"},
        {&t_byte, (int64_t)1 << 49, (int64_t)1 << 49, "len out of range"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ms_type = cases[i].t;
        ms_len = cases[i].len;
        ms_cap = cases[i].cap;
        Child c;
        run_child(do_makeslice, &c);
        cr_assert_eq(c.status, 2);
        char want[200];
        snprintf(want, sizeof want, "panic: runtime error: makeslice: %s\n\ngoroutine 1 [running]:\n",
                 cases[i].msg);
        cr_assert_str_eq(trimmed(&c), want, "case %zu", i);
    }
}

static RtIface panic_value;
static void do_panic_value(void) { rt_panic_iface(&panic_value); }

static const RtType t_S = {16, 8, RT_STRING, 0, "main.S", NULL, NULL, 0, NULL};
static const RtType t_F = {8, 0, RT_FLOAT64, 0, "main.F", NULL, NULL, 0, NULL};

/* panic(V) for each V below, go1.19.8:
 *   42 -> panic: 42            "boom" -> panic: boom          1.5 -> panic: +1.500000e+000
 *   S("x") -> panic: main.S("x")   uint8(7) -> panic: 7       nil -> panic: nil
 *   complex(1,2) -> panic: (+1.000000e+000+2.000000e+000i)    true -> panic: true
 *   F(2.5) -> panic: main.F(+2.500000e+000)
 *   T{1,"a"} -> panic: (main.T) 0xc000094018     &T{1,"a"} -> panic: (*main.T) 0xc000094018
 *   []int{1} -> panic: ([]int) 0xc000010030 */
Test(panic, values)
{
    int64_t i42 = 42;
    RtString boom = str("boom"), x = str("x");
    double f15 = 1.5, f25 = 2.5, c12[2] = {1, 2};
    uint8_t u7 = 7, tru = 1;
    P p = {1, 2, str("a")};
    struct { RtIface v; const char *want; } cases[] = {
        {{&t_int, &i42}, "panic: 42\n"},
        {{&t_string, &boom}, "panic: boom\n"},
        {{&t_float64, &f15}, "panic: +1.500000e+000\n"},
        {{&t_S, &x}, "panic: main.S(\"x\")\n"},
        {{&t_uint8, &u7}, "panic: 7\n"},
        {{NULL, NULL}, "panic: nil\n"},
        {{&t_complex128, c12}, "panic: (+1.000000e+000+2.000000e+000i)\n"},
        {{&t_bool, &tru}, "panic: true\n"},
        {{&t_F, &f25}, "panic: main.F(+2.500000e+000)\n"},
    };
    Child c;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        panic_value = cases[i].v;
        run_child(do_panic_value, &c);
        cr_assert_eq(c.status, 2);
        char want[200];
        snprintf(want, sizeof want, "%s\ngoroutine 1 [running]:\n", cases[i].want);
        cr_assert_str_eq(trimmed(&c), want, "case %zu", i);
    }
    char want[200];
    panic_value = (RtIface){&t_P, &p};
    run_child(do_panic_value, &c);
    snprintf(want, sizeof want, "panic: (main.P) %p\n\ngoroutine 1 [running]:\n", (void *)&p);
    cr_assert_str_eq(trimmed(&c), want);
    panic_value = (RtIface){&t_ptr_P, &p};
    run_child(do_panic_value, &c);
    snprintf(want, sizeof want, "panic: (*main.P) %p\n\ngoroutine 1 [running]:\n", (void *)&p);
    cr_assert_str_eq(trimmed(&c), want);
}

static int64_t *volatile nil_ptr;
static void do_nil_deref(void)
{
    rt_signals_init();
    println_str("out");
    /* the store generated code would make: in assembly, so that
     * UndefinedBehaviorSanitizer does not stop it before the fault */
    __asm__ volatile("movq $1, (%0)" : : "r"(nil_ptr) : "memory");
}

static void do_wild_deref(void)
{
    rt_signals_init();
    __asm__ volatile("movq $1, (%0)" : : "r"((uintptr_t)0xdead0000) : "memory");
}

static volatile int zero_divisor;
static void do_hw_divide(void)
{
    rt_signals_init();
    /* an idiv as generated code has it (C's division would be caught by
     * UndefinedBehaviorSanitizer first) */
    long q = 10, d = zero_divisor;
    __asm__ volatile("cqto; idivq %1" : "+a"(q) : "r"(d) : "rdx");
    (void)q;
}

Test(panic, nil_dereference)
{
    Child c;
    run_child(do_nil_deref, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(c.out, "out\n");
    const char *want = "panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";
    cr_assert(strncmp(c.err, want, strlen(want)) == 0, "got: %s", c.err);
    unsigned long pc = strtoul(c.err + strlen(want), NULL, 16);
    cr_assert_neq(pc, 0);
    cr_assert_not_null(strstr(c.err, "]\n\ngoroutine 1 [running]:\n"));

    run_child(do_wild_deref, &c);
    cr_assert_eq(c.status, 2);
    /* the si_code is 0x1 (no mapping) normally; under AddressSanitizer the
     * address lies in its PROT_NONE shadow gap, which gives 0x2 */
    want = "unexpected fault address 0xdead0000\nfatal error: fault\n"
           "[signal SIGSEGV: segmentation violation code=0x";
    cr_assert(strncmp(c.err, want, strlen(want)) == 0, "got: %s", c.err);
    cr_assert_not_null(strstr(c.err, " addr=0xdead0000 pc=0x"), "got: %s", c.err);

    run_child(do_hw_divide, &c);
    cr_assert_eq(c.status, 2);
    cr_assert_str_eq(trimmed(&c), "panic: runtime error: integer divide by zero\n\n"
                                  "goroutine 1 [running]:\n");
}

/* ---- program start ---- */

static int init_ran;
static void fake_init(void) { init_ran = 1; }
static void fake_main(void)
{
    char here;
    cr_assert_eq(init_ran, 1, "main.init runs before main.main");
    cr_assert((uintptr_t)&here >= rt_stack_lo && (uintptr_t)&here < rt_stack_hi,
              "main.main runs on the goroutine stack");
    println_str("hello from main");
}

static void do_start(void)
{
    int r = rt_start(0, NULL, fake_init, fake_main);
    cr_assert_eq(r, 0);
}

Test(start, runs_init_then_main_on_goroutine_stack)
{
    Child c;
    run_child(do_start, &c);
    cr_assert_eq(c.status, 0);
    cr_assert_str_eq(c.out, "hello from main\n");
    cr_assert_str_eq(c.err, "");
}

static int deep(int n)
{
    volatile char pad[128];
    pad[0] = (char)n;
    if (n == -1)
        return 0;
    return deep(n + 1) + pad[0];
}

static void deep_main(void) { deep(0); }

static void do_stack_overflow(void)
{
    rt_stack_limit = 1 << 20;       /* 1 MB, so the test touches little memory */
    rt_start(0, NULL, NULL, deep_main);
}

Test(start, stack_overflow)
{
    Child c;
    run_child(do_stack_overflow, &c);
    cr_assert_eq(c.status, 2);
    const char *want = "runtime: goroutine stack exceeds 1048576-byte limit\nruntime: sp=0x";
    cr_assert(strncmp(c.err, want, strlen(want)) == 0, "got: %s", c.err);
    cr_assert_not_null(strstr(c.err, "\nfatal error: stack overflow\n"));
    cr_assert_not_null(strstr(c.err, "\ngoroutine 1 [running]:\n"));
}
