/* atomic.c — package sync/atomic (go1.19): the functions on plain words
 * (Swap, CompareAndSwap, Add, Load, Store for int32, int64, uint32,
 * uint64, uintptr and unsafe.Pointer) and the methods of the types Bool,
 * Int32, Int64, Uint32, Uint64, Uintptr and Value.
 *
 * Each operation is one sequentially consistent __atomic builtin, as
 * go1.19's are on amd64 (LOCK XADD, XCHG, LOCK CMPXCHG, plain loads), so
 * that they stay atomic when goroutines run on several threads.  A store
 * of a pointer (StorePointer, SwapPointer, CompareAndSwapPointer, Value)
 * goes through the write barrier first, like any pointer store into
 * memory that may be the heap.
 *
 * Frames.  Every argument and result has an 8-byte slot (rt.h section 2),
 * so the functions on one width share one frame shape: the address, then
 * up to three slots.  A method's receiver points to its type's value
 * field, which is first (the types' other fields take no room), so
 * (*Int32).Add has AddInt32's frame and code.
 */
#include "lib/lib.h"

typedef struct {
    void *addr;
    uint64_t a, b, c;
} AtomicFrame;

#define SEQ __ATOMIC_SEQ_CST

/* A method: the C function cfunc named sym, and its Go-ABI entry sym "$go"
 * (lib.h's RT_METHOD also labels that entry for C, once per function;
 * here several symbols share one function). */
#define ATOMIC_METHOD(cfunc, sym)                                                \
    RT_ALIAS(cfunc, sym);                                                        \
    __asm__(".text\n\t.globl \"" sym "$go\"\n\t.type \"" sym "$go\", @function\n" \
            "\"" sym "$go\":\n\tleaq 8(%rsp), %rdi\n\tjmp " #cfunc "\n")

/* The five operations on an integer word of C type T (U: its unsigned
 * form, for wrap-around addition), named after Go's NAME ("Int32"). */
#define INT_OPS(NAME, T, U)                                                      \
    void rt_atomic_Swap##NAME(AtomicFrame *f);                                   \
    void rt_atomic_Swap##NAME(AtomicFrame *f)                                    \
    {                                                                            \
        f->b = (uint64_t)__atomic_exchange_n((T *)f->addr, (T)f->a, SEQ);        \
    }                                                                            \
    void rt_atomic_CompareAndSwap##NAME(AtomicFrame *f);                         \
    void rt_atomic_CompareAndSwap##NAME(AtomicFrame *f)                          \
    {                                                                            \
        T old = (T)f->a;                                                         \
        f->c = __atomic_compare_exchange_n((T *)f->addr, &old, (T)f->b, false,   \
                                           SEQ, SEQ);                            \
    }                                                                            \
    void rt_atomic_Add##NAME(AtomicFrame *f);                                    \
    void rt_atomic_Add##NAME(AtomicFrame *f)                                     \
    {                                                                            \
        f->b = (uint64_t)(T)__atomic_add_fetch((U *)f->addr, (U)f->a, SEQ);      \
    }                                                                            \
    void rt_atomic_Load##NAME(AtomicFrame *f);                                   \
    void rt_atomic_Load##NAME(AtomicFrame *f)                                    \
    {                                                                            \
        f->a = (uint64_t)__atomic_load_n((T *)f->addr, SEQ);                     \
    }                                                                            \
    void rt_atomic_Store##NAME(AtomicFrame *f);                                  \
    void rt_atomic_Store##NAME(AtomicFrame *f)                                   \
    {                                                                            \
        __atomic_store_n((T *)f->addr, (T)f->a, SEQ);                            \
    }                                                                            \
    RT_ALIAS(rt_atomic_Swap##NAME, "sync/atomic.Swap" #NAME);                    \
    RT_ALIAS(rt_atomic_CompareAndSwap##NAME, "sync/atomic.CompareAndSwap" #NAME);\
    RT_ALIAS(rt_atomic_Add##NAME, "sync/atomic.Add" #NAME);                      \
    RT_ALIAS(rt_atomic_Load##NAME, "sync/atomic.Load" #NAME);                    \
    RT_ALIAS(rt_atomic_Store##NAME, "sync/atomic.Store" #NAME);                  \
    ATOMIC_METHOD(rt_atomic_Swap##NAME, "sync/atomic.(*" #NAME ").Swap");        \
    ATOMIC_METHOD(rt_atomic_CompareAndSwap##NAME,                                \
                  "sync/atomic.(*" #NAME ").CompareAndSwap");                    \
    ATOMIC_METHOD(rt_atomic_Add##NAME, "sync/atomic.(*" #NAME ").Add");          \
    ATOMIC_METHOD(rt_atomic_Load##NAME, "sync/atomic.(*" #NAME ").Load");        \
    ATOMIC_METHOD(rt_atomic_Store##NAME, "sync/atomic.(*" #NAME ").Store")

INT_OPS(Int32, int32_t, uint32_t);
INT_OPS(Int64, int64_t, uint64_t);
INT_OPS(Uint32, uint32_t, uint32_t);
INT_OPS(Uint64, uint64_t, uint64_t);
INT_OPS(Uintptr, uintptr_t, uintptr_t);

/* ---- unsafe.Pointer ---- */

void rt_atomic_SwapPointer(AtomicFrame *f);
RT_ALIAS(rt_atomic_SwapPointer, "sync/atomic.SwapPointer");
void rt_atomic_SwapPointer(AtomicFrame *f)
{
    void **p = f->addr, *new = (void *)f->a;
    if (rt_gc_wbenabled)
        rt_gc_wb(p, new);
    f->b = (uint64_t)__atomic_exchange_n(p, new, SEQ);
}

void rt_atomic_CompareAndSwapPointer(AtomicFrame *f);
RT_ALIAS(rt_atomic_CompareAndSwapPointer, "sync/atomic.CompareAndSwapPointer");
void rt_atomic_CompareAndSwapPointer(AtomicFrame *f)
{
    void **p = f->addr, *old = (void *)f->a, *new = (void *)f->b;
    /* shaded whether or not the swap happens, as go1.19 */
    if (rt_gc_wbenabled)
        rt_gc_wb(p, new);
    f->c = __atomic_compare_exchange_n(p, &old, new, false, SEQ, SEQ);
}

void rt_atomic_LoadPointer(AtomicFrame *f);
RT_ALIAS(rt_atomic_LoadPointer, "sync/atomic.LoadPointer");
void rt_atomic_LoadPointer(AtomicFrame *f)
{
    f->a = (uint64_t)__atomic_load_n((void **)f->addr, SEQ);
}

static void store_pointer(void **p, void *v)
{
    if (rt_gc_wbenabled)
        rt_gc_wb(p, v);
    __atomic_store_n(p, v, SEQ);
}

void rt_atomic_StorePointer(AtomicFrame *f);
RT_ALIAS(rt_atomic_StorePointer, "sync/atomic.StorePointer");
void rt_atomic_StorePointer(AtomicFrame *f)
{
    store_pointer(f->addr, (void *)f->a);
}

/* ---- Bool: a uint32 holding 0 or 1; a bool argument is its slot's low
 * byte ---- */

void rt_atomic_Bool_Load(AtomicFrame *f);
ATOMIC_METHOD(rt_atomic_Bool_Load, "sync/atomic.(*Bool).Load");
void rt_atomic_Bool_Load(AtomicFrame *f)
{
    f->a = __atomic_load_n((uint32_t *)f->addr, SEQ) != 0;
}

void rt_atomic_Bool_Store(AtomicFrame *f);
ATOMIC_METHOD(rt_atomic_Bool_Store, "sync/atomic.(*Bool).Store");
void rt_atomic_Bool_Store(AtomicFrame *f)
{
    __atomic_store_n((uint32_t *)f->addr, (uint32_t)(uint8_t)f->a, SEQ);
}

void rt_atomic_Bool_Swap(AtomicFrame *f);
ATOMIC_METHOD(rt_atomic_Bool_Swap, "sync/atomic.(*Bool).Swap");
void rt_atomic_Bool_Swap(AtomicFrame *f)
{
    f->b = __atomic_exchange_n((uint32_t *)f->addr, (uint32_t)(uint8_t)f->a, SEQ) != 0;
}

void rt_atomic_Bool_CompareAndSwap(AtomicFrame *f);
ATOMIC_METHOD(rt_atomic_Bool_CompareAndSwap, "sync/atomic.(*Bool).CompareAndSwap");
void rt_atomic_Bool_CompareAndSwap(AtomicFrame *f)
{
    uint32_t old = (uint8_t)f->a;
    f->c = __atomic_compare_exchange_n((uint32_t *)f->addr, &old, (uint32_t)(uint8_t)f->b, false,
                                       SEQ, SEQ);
}

/* ---- Value ----
 *
 * An interface's two words, the type first.  The first Store publishes
 * the type last, with a marker type in the meantime (go1.19's
 * firstStoreInProgress), so a Load never sees a type without its data;
 * later stores replace only the data, and must bring the same type. */

static const uint8_t first_store_in_progress;
#define STORING ((const RtType *)(const void *)&first_store_in_progress)

typedef struct { const RtType *type; void *data; } Value;

static bool value_load(Value *v, RtIface *out)
{
    const RtType *t = __atomic_load_n(&v->type, SEQ);
    if (!t || t == STORING) {
        *out = (RtIface){NULL, NULL};
        return false;
    }
    *out = (RtIface){t, __atomic_load_n(&v->data, SEQ)};
    return true;
}

/* The first store into v (returns true), or false when v already holds
 * a type; *t is then that type. */
static bool value_first_store(Value *v, RtIface x, const RtType **t)
{
    for (;;) {
        const RtType *cur = __atomic_load_n(&v->type, SEQ);
        if (!cur) {
            const RtType *none = NULL;
            if (!__atomic_compare_exchange_n(&v->type, &none, STORING, false, SEQ, SEQ))
                continue;
            store_pointer(&v->data, x.data);
            __atomic_store_n(&v->type, x.type, SEQ);
            return true;
        }
        if (cur == STORING)
            continue;           /* another thread's first store (never here: one thread) */
        *t = cur;
        return false;
    }
}

typedef struct { Value *v; RtIface x; } ValueStoreFrame;
typedef struct { Value *v; RtIface x, r; } ValueSwapFrame;
typedef struct { Value *v; RtIface old, new; uint64_t r; } ValueCASFrame;
typedef struct { Value *v; RtIface r; } ValueLoadFrame;

void rt_atomic_Value_Load(ValueLoadFrame *f);
ATOMIC_METHOD(rt_atomic_Value_Load, "sync/atomic.(*Value).Load");
void rt_atomic_Value_Load(ValueLoadFrame *f)
{
    value_load(f->v, &f->r);
}

void rt_atomic_Value_Store(ValueStoreFrame *f);
ATOMIC_METHOD(rt_atomic_Value_Store, "sync/atomic.(*Value).Store");
void rt_atomic_Value_Store(ValueStoreFrame *f)
{
    if (!f->x.type)
        rt_panic_string("sync/atomic: store of nil value into Value");
    const RtType *t;
    if (value_first_store(f->v, f->x, &t))
        return;
    if (t != f->x.type)
        rt_panic_string("sync/atomic: store of inconsistently typed value into Value");
    store_pointer(&f->v->data, f->x.data);
}

void rt_atomic_Value_Swap(ValueSwapFrame *f);
ATOMIC_METHOD(rt_atomic_Value_Swap, "sync/atomic.(*Value).Swap");
void rt_atomic_Value_Swap(ValueSwapFrame *f)
{
    if (!f->x.type)
        rt_panic_string("sync/atomic: swap of nil value into Value");
    const RtType *t;
    if (value_first_store(f->v, f->x, &t)) {
        f->r = (RtIface){NULL, NULL};
        return;
    }
    if (t != f->x.type)
        rt_panic_string("sync/atomic: swap of inconsistently typed value into Value");
    if (rt_gc_wbenabled)
        rt_gc_wb(&f->v->data, f->x.data);
    f->r = (RtIface){t, __atomic_exchange_n(&f->v->data, f->x.data, SEQ)};
}

void rt_atomic_Value_CompareAndSwap(ValueCASFrame *f);
ATOMIC_METHOD(rt_atomic_Value_CompareAndSwap, "sync/atomic.(*Value).CompareAndSwap");
void rt_atomic_Value_CompareAndSwap(ValueCASFrame *f)
{
    Value *v = f->v;
    f->r = 0;
    if (!f->new.type)
        rt_panic_string("sync/atomic: compare and swap of nil value into Value");
    if (f->old.type && f->old.type != f->new.type)
        rt_panic_string("sync/atomic: compare and swap of inconsistently typed values");
    const RtType *t;
    if (!f->old.type && value_first_store(v, f->new, &t)) {
        f->r = 1;               /* nil was there, and is swapped out */
        return;
    }
    if (f->old.type)
        t = __atomic_load_n(&v->type, SEQ);
    if (!t || t == STORING)
        return;                 /* old is not nil: no match with an empty Value */
    if (t != f->new.type)
        rt_panic_string("sync/atomic: compare and swap of inconsistently typed value into Value");
    /* compare what is there with old as interfaces (== may panic on an
     * uncomparable type), then swap the data word if it is unchanged */
    void *data = __atomic_load_n(&v->data, SEQ);
    RtIface cur = {t, data};
    if (!rt_ifaceeq(&cur, &f->old))
        return;
    if (rt_gc_wbenabled)
        rt_gc_wb(&v->data, f->new.data);
    f->r = __atomic_compare_exchange_n(&v->data, &data, f->new.data, false, SEQ, SEQ);
}
