/* sort.c — package sort, with go1.19's algorithms step for step (pdqsort
 * for Sort and Slice, insertion sort + SymMerge for Stable and
 * SliceStable), so that elements that compare equal end in the same order
 * as under Go (sort/zsortinterface.go, sort/zsortfunc.go).
 */
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"

typedef struct Data {
    bool (*less)(struct Data *d, int64_t i, int64_t j);
    void (*swap)(struct Data *d, int64_t i, int64_t j);
    /* the kinds of data */
    const RtIface *iface;                       /* sort.Interface */
    const void *len_code, *less_code, *swap_code;
    void *fn;                                   /* Slice's less closure */
    uint8_t *base;                              /* slice elements */
    uint64_t esize;
    uint8_t *tmp;
} Data;

#define LESS(i, j) d->less(d, (i), (j))
#define SWAP(i, j) d->swap(d, (i), (j))

static int bits_len(uint64_t x)
{
    return x == 0 ? 0 : 64 - __builtin_clzll(x);
}

static void insertion_sort(Data *d, int64_t a, int64_t b)
{
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && LESS(j, j - 1); j--)
            SWAP(j, j - 1);
}

static void sift_down(Data *d, int64_t lo, int64_t hi, int64_t first)
{
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            return;
        if (child + 1 < hi && LESS(first + child, first + child + 1))
            child++;
        if (!LESS(first + root, first + child))
            return;
        SWAP(first + root, first + child);
        root = child;
    }
}

static void heap_sort(Data *d, int64_t a, int64_t b)
{
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--)
        sift_down(d, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        SWAP(first, first + i);
        sift_down(d, lo, i, first);
    }
}

enum { UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT };

static void order2(Data *d, int64_t *a, int64_t *b, int *swaps)
{
    if (LESS(*b, *a)) {
        (*swaps)++;
        int64_t t = *a;
        *a = *b;
        *b = t;
    }
}

static int64_t median(Data *d, int64_t a, int64_t b, int64_t c, int *swaps)
{
    order2(d, &a, &b, swaps);
    order2(d, &b, &c, swaps);
    order2(d, &a, &b, swaps);
    return b;
}

static int64_t median_adjacent(Data *d, int64_t a, int *swaps)
{
    return median(d, a - 1, a, a + 1, swaps);
}

static int64_t choose_pivot(Data *d, int64_t a, int64_t b, int *hint)
{
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= 50) {
            i = median_adjacent(d, i, &swaps);
            j = median_adjacent(d, j, &swaps);
            k = median_adjacent(d, k, &swaps);
        }
        j = median(d, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? INCREASING_HINT : swaps == 12 ? DECREASING_HINT : UNKNOWN_HINT;
    return j;
}

static void reverse_range(Data *d, int64_t a, int64_t b)
{
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        SWAP(i, j);
}

static bool partial_insertion_sort(Data *d, int64_t a, int64_t b)
{
    int64_t i = a + 1;
    for (int step = 0; step < 5; step++) {
        while (i < b && !LESS(i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < 50)
            return false;
        SWAP(i, i - 1);
        if (i - a >= 2)
            for (int64_t j = i - 1; j >= 1; j--) {
                if (!LESS(j, j - 1))
                    break;
                SWAP(j, j - 1);
            }
        if (b - i >= 2)
            for (int64_t j = i + 1; j < b; j++) {
                if (!LESS(j, j - 1))
                    break;
                SWAP(j, j - 1);
            }
    }
    return false;
}

static void break_patterns(Data *d, int64_t a, int64_t b)
{
    int64_t length = b - a;
    if (length >= 8) {
        uint64_t random = (uint64_t)length;
        uint64_t modulus = (uint64_t)1 << bits_len((uint64_t)length);
        for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            int64_t other = (int64_t)(random & (modulus - 1));
            if (other >= length)
                other -= length;
            SWAP(idx, a + other);
        }
    }
}

static int64_t partition_equal(Data *d, int64_t a, int64_t b, int64_t pivot)
{
    SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !LESS(a, i))
            i++;
        while (i <= j && LESS(a, j))
            j--;
        if (i > j)
            break;
        SWAP(i, j);
        i++;
        j--;
    }
    return i;
}

static int64_t partition(Data *d, int64_t a, int64_t b, int64_t pivot, bool *already)
{
    SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && LESS(i, a))
        i++;
    while (i <= j && !LESS(j, a))
        j--;
    if (i > j) {
        SWAP(j, a);
        *already = true;
        return j;
    }
    SWAP(i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && LESS(i, a))
            i++;
        while (i <= j && !LESS(j, a))
            j--;
        if (i > j)
            break;
        SWAP(i, j);
        i++;
        j--;
    }
    SWAP(j, a);
    *already = false;
    return j;
}

static void pdqsort(Data *d, int64_t a, int64_t b, int limit)
{
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= 12) {
            insertion_sort(d, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(d, a, b);
            return;
        }
        if (!wasBalanced) {
            break_patterns(d, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(d, a, b, &hint);
        if (hint == DECREASING_HINT) {
            reverse_range(d, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = INCREASING_HINT;
        }
        if (wasBalanced && wasPartitioned && hint == INCREASING_HINT)
            if (partial_insertion_sort(d, a, b))
                return;
        if (a > 0 && !LESS(a - 1, pivot)) {
            a = partition_equal(d, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = partition(d, a, b, pivot, &already);
        wasPartitioned = already;
        int64_t left = mid - a, right = b - mid, threshold = length / 8;
        if (left < right) {
            wasBalanced = left >= threshold;
            pdqsort(d, a, mid, limit);
            a = mid + 1;
        } else {
            wasBalanced = right >= threshold;
            pdqsort(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

static void swap_range(Data *d, int64_t a, int64_t b, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        SWAP(a + i, b + i);
}

static void rotate(Data *d, int64_t a, int64_t m, int64_t b)
{
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(d, m - i, m, j);
            i -= j;
        } else {
            swap_range(d, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(d, m - i, m, i);
}

static void sym_merge(Data *d, int64_t a, int64_t m, int64_t b)
{
    if (m - a == 1) {
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (LESS(h, a))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = a; k < i - 1; k++)
            SWAP(k, k + 1);
        return;
    }
    if (b - m == 1) {
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (!LESS(m, h))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = m; k > i; k--)
            SWAP(k, k - 1);
        return;
    }
    int64_t mid = (int64_t)((uint64_t)(a + b) >> 1);
    int64_t n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
        if (!LESS(p - c, c))
            start = c + 1;
        else
            r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end)
        rotate(d, start, m, end);
    if (a < start && start < mid)
        sym_merge(d, a, start, mid);
    if (mid < end && end < b)
        sym_merge(d, mid, end, b);
}

static void stable(Data *d, int64_t n)
{
    int64_t blockSize = 20, a = 0, b = blockSize;
    while (b <= n) {
        insertion_sort(d, a, b);
        a = b;
        b += blockSize;
    }
    insertion_sort(d, a, n);
    while (blockSize < n) {
        a = 0;
        b = 2 * blockSize;
        while (b <= n) {
            sym_merge(d, a, a + blockSize, b);
            a = b;
            b += 2 * blockSize;
        }
        int64_t m = a + blockSize;
        if (m < n)
            sym_merge(d, a, m, n);
        blockSize *= 2;
    }
}

static void do_sort(Data *d, int64_t n)
{
    if (n <= 1)
        return;
    pdqsort(d, 0, n, bits_len((uint64_t)n));
}

/* ---- kinds of data ---- */

/* Elements swapped in place inside one slice need no write barrier: no
 * pointer leaves the slice's backing array. */
static void swap_elems(Data *d, int64_t i, int64_t j)
{
    uint8_t *a = d->base + (uint64_t)i * d->esize, *b = d->base + (uint64_t)j * d->esize;
    switch (d->esize) {
    case 8: {
        uint64_t t = *(uint64_t *)a;
        *(uint64_t *)a = *(uint64_t *)b;
        *(uint64_t *)b = t;
        return;
    }
    case 16: {
        RtString t = *(RtString *)a;
        *(RtString *)a = *(RtString *)b;
        *(RtString *)b = t;
        return;
    }
    }
    uint8_t small[64];
    uint8_t *t = d->esize <= sizeof small ? small : d->tmp;
    memcpy(t, a, d->esize);
    memmove(a, b, d->esize);
    memcpy(b, t, d->esize);
}

static bool less_ints(Data *d, int64_t i, int64_t j)
{
    return ((int64_t *)d->base)[i] < ((int64_t *)d->base)[j];
}

static bool less_strings(Data *d, int64_t i, int64_t j)
{
    return rt_cmpstring(&((RtString *)d->base)[i], &((RtString *)d->base)[j]) < 0;
}

static bool less_float64s(Data *d, int64_t i, int64_t j)
{
    double x = ((double *)d->base)[i], y = ((double *)d->base)[j];
    return x < y || (x != x && y == y);
}

static bool less_func(Data *d, int64_t i, int64_t j)
{
    struct { int64_t i, j; uint64_t r; } blk = {i, j, 0};
    rt_callgo(*(void **)d->fn, d->fn, &blk, sizeof blk);
    return (uint8_t)blk.r != 0;
}

static bool less_iface(Data *d, int64_t i, int64_t j)
{
    struct { void *recv; int64_t i, j; uint64_t r; } blk = {d->iface->data, i, j, 0};
    rt_callgo(d->less_code, NULL, &blk, sizeof blk);
    return (uint8_t)blk.r != 0;
}

static void swap_iface(Data *d, int64_t i, int64_t j)
{
    struct { void *recv; int64_t i, j; } blk = {d->iface->data, i, j};
    rt_callgo(d->swap_code, NULL, &blk, sizeof blk);
}

static Data slice_data(const RtSlice *s, uint64_t esize, bool (*less)(Data *, int64_t, int64_t))
{
    Data d = {0};
    d.base = s->ptr;
    d.esize = esize;
    d.less = less;
    d.swap = swap_elems;
    return d;
}

/* The sort.Interface value v as Data; *n its Len(). */
static Data iface_data(const RtIface *v, int64_t *n)
{
    Data d = {0};
    const RtType *t = v->type;
    if (!t)
        rt_panic_runtime("invalid memory address or nil pointer dereference");
    /* the package's own slice types */
    if (t->kind == RT_SLICE && t->name) {
        const RtSlice *s = v->data;
        if (strcmp(t->name, "sort.IntSlice") == 0) {
            *n = s->len;
            return slice_data(s, 8, less_ints);
        }
        if (strcmp(t->name, "sort.StringSlice") == 0) {
            *n = s->len;
            return slice_data(s, 16, less_strings);
        }
        if (strcmp(t->name, "sort.Float64Slice") == 0) {
            *n = s->len;
            return slice_data(s, 8, less_float64s);
        }
    }
    d.iface = v;
    d.len_code = rt_method(t, "Len");
    d.less_code = rt_method(t, "Less");
    d.swap_code = rt_method(t, "Swap");
    if (!d.len_code || !d.less_code || !d.swap_code)
        rt_throw("sort: value does not implement sort.Interface");
    d.less = less_iface;
    d.swap = swap_iface;
    struct { void *recv; int64_t r; } blk = {v->data, 0};
    rt_callgo(d.len_code, NULL, &blk, sizeof blk);
    *n = blk.r;
    return d;
}

/* ---- entry points ---- */

typedef struct { RtIface data; } SortFrame;
void rt_sort_Sort(SortFrame *f) __asm__("sort.Sort");
void rt_sort_Sort(SortFrame *f)
{
    int64_t n;
    Data d = iface_data(&f->data, &n);
    do_sort(&d, n);
}

void rt_sort_Stable(SortFrame *f) __asm__("sort.Stable");
void rt_sort_Stable(SortFrame *f)
{
    int64_t n;
    Data d = iface_data(&f->data, &n);
    stable(&d, n);
}

typedef struct { RtSlice x; } SliceArgFrame;
void rt_sort_Ints(SliceArgFrame *f) __asm__("sort.Ints");
void rt_sort_Ints(SliceArgFrame *f)
{
    Data d = slice_data(&f->x, 8, less_ints);
    do_sort(&d, f->x.len);
}

void rt_sort_Strings(SliceArgFrame *f) __asm__("sort.Strings");
void rt_sort_Strings(SliceArgFrame *f)
{
    Data d = slice_data(&f->x, 16, less_strings);
    do_sort(&d, f->x.len);
}

void rt_sort_Float64s(SliceArgFrame *f) __asm__("sort.Float64s");
void rt_sort_Float64s(SliceArgFrame *f)
{
    Data d = slice_data(&f->x, 8, less_float64s);
    do_sort(&d, f->x.len);
}

typedef struct { RtSlice x; uint64_t r; } IsSortedFrame;
static bool is_sorted(Data *d, int64_t n)
{
    for (int64_t i = n - 1; i > 0; i--)
        if (LESS(i, i - 1))
            return false;
    return true;
}

void rt_sort_IntsAreSorted(IsSortedFrame *f) __asm__("sort.IntsAreSorted");
void rt_sort_IntsAreSorted(IsSortedFrame *f)
{
    Data d = slice_data(&f->x, 8, less_ints);
    f->r = is_sorted(&d, f->x.len);
}

void rt_sort_StringsAreSorted(IsSortedFrame *f) __asm__("sort.StringsAreSorted");
void rt_sort_StringsAreSorted(IsSortedFrame *f)
{
    Data d = slice_data(&f->x, 16, less_strings);
    f->r = is_sorted(&d, f->x.len);
}

typedef struct { RtIface data; uint64_t r; } IsSortedIfaceFrame;
void rt_sort_IsSorted(IsSortedIfaceFrame *f) __asm__("sort.IsSorted");
void rt_sort_IsSorted(IsSortedIfaceFrame *f)
{
    int64_t n;
    Data d = iface_data(&f->data, &n);
    f->r = is_sorted(&d, n);
}

/* The slice inside Slice's x, and its element size. */
static Data func_data(const RtIface *x, void *less, int64_t *n)
{
    const RtType *t = x->type;
    if (!t || t->kind != RT_SLICE) {
        RtBuf b = {0};
        rt_buf_puts(&b, "reflect: call of Swapper on ");
        rt_buf_puts(&b, t ? t->name : "zero");
        rt_buf_puts(&b, " Value");
        rt_buf_putc(&b, 0);
        rt_panic_string(b.p);
    }
    const RtSlice *s = x->data;
    Data d = {0};
    d.base = s->ptr;
    d.esize = t->elem->size;
    d.fn = less;
    d.less = less_func;
    d.swap = swap_elems;
    d.tmp = d.esize > 64 ? malloc(d.esize) : NULL;
    *n = s->len;
    return d;
}

typedef struct { RtIface x; void *less; } SliceFrame;
void rt_sort_Slice(SliceFrame *f) __asm__("sort.Slice");
void rt_sort_Slice(SliceFrame *f)
{
    int64_t n;
    Data d = func_data(&f->x, f->less, &n);
    pdqsort(&d, 0, n, bits_len((uint64_t)n));
    free(d.tmp);
}

void rt_sort_SliceStable(SliceFrame *f) __asm__("sort.SliceStable");
void rt_sort_SliceStable(SliceFrame *f)
{
    int64_t n;
    Data d = func_data(&f->x, f->less, &n);
    stable(&d, n);
    free(d.tmp);
}

typedef struct { RtIface x; void *less; uint64_t r; } SliceIsSortedFrame;
void rt_sort_SliceIsSorted(SliceIsSortedFrame *f) __asm__("sort.SliceIsSorted");
void rt_sort_SliceIsSorted(SliceIsSortedFrame *f)
{
    int64_t n;
    Data d = func_data(&f->x, f->less, &n);
    f->r = is_sorted(&d, n);
    free(d.tmp);
}

typedef struct { int64_t n; void *f; int64_t r; } SearchFrame;
void rt_sort_Search(SearchFrame *f) __asm__("sort.Search");
void rt_sort_Search(SearchFrame *f)
{
    int64_t i = 0, j = f->n;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        struct { int64_t h; uint64_t r; } blk = {h, 0};
        rt_callgo(*(void **)f->f, f->f, &blk, sizeof blk);
        if (!(uint8_t)blk.r)
            i = h + 1;
        else
            j = h;
    }
    f->r = i;
}

typedef struct { RtSlice a; int64_t x; int64_t r; } SearchIntsFrame;
void rt_sort_SearchInts(SearchIntsFrame *f) __asm__("sort.SearchInts");
void rt_sort_SearchInts(SearchIntsFrame *f)
{
    const int64_t *a = f->a.ptr;
    int64_t i = 0, j = f->a.len;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (a[h] < f->x)
            i = h + 1;
        else
            j = h;
    }
    f->r = i;
}

typedef struct { RtSlice a; RtString x; int64_t r; } SearchStringsFrame;
void rt_sort_SearchStrings(SearchStringsFrame *f) __asm__("sort.SearchStrings");
void rt_sort_SearchStrings(SearchStringsFrame *f)
{
    const RtString *a = f->a.ptr;
    int64_t i = 0, j = f->a.len;
    while (i < j) {
        int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
        if (rt_cmpstring(&a[h], &f->x) < 0)
            i = h + 1;
        else
            j = h;
    }
    f->r = i;
}

/* IntSlice / StringSlice methods (value receivers: the slice itself) */
typedef struct { RtSlice x; int64_t r; } XLenFrame;
typedef struct { RtSlice x; int64_t i, j; uint64_t r; } XLessFrame;
typedef struct { RtSlice x; int64_t i, j; } XSwapFrame;

void rt_sort_IntSlice_Len(XLenFrame *f) __asm__("sort.IntSlice.Len");
void rt_sort_IntSlice_Len(XLenFrame *f) { f->r = f->x.len; }
void rt_sort_IntSlice_Less(XLessFrame *f) __asm__("sort.IntSlice.Less");
void rt_sort_IntSlice_Less(XLessFrame *f)
{
    const int64_t *a = f->x.ptr;
    if (f->i < 0 || f->i >= f->x.len)
        rt_panic_index(f->i, f->x.len);
    if (f->j < 0 || f->j >= f->x.len)
        rt_panic_index(f->j, f->x.len);
    f->r = a[f->i] < a[f->j];
}
void rt_sort_IntSlice_Swap(XSwapFrame *f) __asm__("sort.IntSlice.Swap");
void rt_sort_IntSlice_Swap(XSwapFrame *f)
{
    int64_t *a = f->x.ptr;
    if (f->i < 0 || f->i >= f->x.len)
        rt_panic_index(f->i, f->x.len);
    if (f->j < 0 || f->j >= f->x.len)
        rt_panic_index(f->j, f->x.len);
    int64_t t = a[f->i];
    a[f->i] = a[f->j];
    a[f->j] = t;
}
void rt_sort_StringSlice_Len(XLenFrame *f) __asm__("sort.StringSlice.Len");
void rt_sort_StringSlice_Len(XLenFrame *f) { f->r = f->x.len; }
void rt_sort_StringSlice_Less(XLessFrame *f) __asm__("sort.StringSlice.Less");
void rt_sort_StringSlice_Less(XLessFrame *f)
{
    const RtString *a = f->x.ptr;
    if (f->i < 0 || f->i >= f->x.len)
        rt_panic_index(f->i, f->x.len);
    if (f->j < 0 || f->j >= f->x.len)
        rt_panic_index(f->j, f->x.len);
    f->r = rt_cmpstring(&a[f->i], &a[f->j]) < 0;
}
void rt_sort_StringSlice_Swap(XSwapFrame *f) __asm__("sort.StringSlice.Swap");
void rt_sort_StringSlice_Swap(XSwapFrame *f)
{
    RtString *a = f->x.ptr;
    if (f->i < 0 || f->i >= f->x.len)
        rt_panic_index(f->i, f->x.len);
    if (f->j < 0 || f->j >= f->x.len)
        rt_panic_index(f->j, f->x.len);
    RtString t = a[f->i];
    a[f->i] = a[f->j];
    a[f->j] = t;
}
