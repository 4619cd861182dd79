/* map.c — Go maps: a hash table with open addressing.
 *
 * Layout.  A map is a heap object RtMap (rt.h; len(m) is its first word)
 * pointing to two arrays of `cap` entries (cap a power of two): `ctrl`,
 * one byte per entry (EMPTY, DELETED, or FULL with 7 bits of the hash),
 * and `slots`, the entries themselves, each laid out as the map type's
 * slot descriptor says (struct { key K; value V }).  The slots are
 * allocated with that descriptor, so the collector scans keys and values
 * precisely; the control bytes are pointer-free.  The RtMap itself has a
 * descriptor of its own (map_desc) naming its two pointer words.
 *
 * Lookup probes linearly from hash & (cap-1), comparing the control byte
 * first, until an EMPTY entry.  Deleting leaves a DELETED mark (so probe
 * sequences stay intact) and zeroes the entry.  Inserting takes the first
 * DELETED or EMPTY entry of the probe sequence once the key is known to be
 * absent.  When live plus deleted entries would pass 3/4 of cap, the table
 * is rebuilt into fresh arrays (twice as large if the live entries need
 * it): a table, once replaced, is never written again.
 *
 * Hashing.  Each map has its own random seed, as Go's do.  Keys are
 * hashed by their type descriptor: integers and pointers by their bits,
 * strings by their bytes, floats by value (+0 and -0 alike; each NaN a
 * fresh random hash, so NaN keys never match, as in Go), interfaces by
 * their dynamic type and value (panicking "hash of unhashable type T" for
 * slices, maps and funcs), structs and arrays by their parts.
 *
 * Iteration (rt_mapiterinit, rt_mapiternext) walks the table that was
 * current when it began, from a random entry, wrapping around.  If the
 * map has been rebuilt meanwhile, each key of the old table is looked up
 * in the new one: a deleted key is skipped and an updated value is seen.
 * So every entry present throughout the loop is produced exactly once,
 * deleted ones not yet reached are not produced, and entries added during
 * the loop may or may not be, as the spec allows.
 *
 * Write barriers: every store of a pointer into the map's memory goes
 * through rt_gc_wb / rt_gc_wbtyped first, like generated code's stores.
 */
#include <string.h>

#include "runtime/gc.h"

enum { EMPTY = 0, DELETED = 1, FULL = 0x80 };

struct RtMap {
    int64_t count;          /*  0: len(m); read by generated code */
    uint64_t seed;          /*  8 */
    uint64_t cap;           /* 16: entries in the table, 0 or a power of two */
    uint64_t used;          /* 24: live plus deleted entries */
    uint8_t *ctrl;          /* 32 */
    char *slots;            /* 40 */
    const RtType *type;     /* 48: the map type */
};

/* The collector's view of an RtMap: words 4 and 5 are pointers. */
static const uint8_t map_mask[] = {0x30};
static const RtType map_desc = {
    .size = sizeof(RtMap), .ptrdata = 48, .kind = RT_STRUCT, .name = "runtime.hmap",
    .gcmask = map_mask,
};

/* ---- hashing ---- */

static uint64_t rand_state;

static uint64_t fastrand(void)
{
    if (!rand_state) {
        uint64_t t = (uint64_t)gc_nanotime();
        rand_state = t ^ ((uint64_t)(uintptr_t)&t << 16) ^ 0x9e3779b97f4a7c15ULL;
        if (!rand_state)
            rand_state = 1;
    }
    /* xorshift64* */
    rand_state ^= rand_state >> 12;
    rand_state ^= rand_state << 25;
    rand_state ^= rand_state >> 27;
    return rand_state * 0x2545f4914f6cdd1dULL;
}

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static inline uint64_t hash_word(uint64_t w, uint64_t seed)
{
    return mix(w ^ seed);
}

static uint64_t hash_bytes(const uint8_t *p, int64_t n, uint64_t seed)
{
    uint64_t h = seed ^ ((uint64_t)n * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ mix(w)) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (int64_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    return mix(h ^ w ^ ((uint64_t)n << 59));
}

static _Noreturn void unhashable(const RtType *t)
{
    RtBuf b = {0};
    rt_buf_puts(&b, "hash of unhashable type ");
    rt_buf_puts(&b, t->name ? t->name : "?");
    rt_buf_putc(&b, '\0');
    rt_panic_runtime(b.p);
}

static uint64_t hash_value(const RtType *t, const void *p, uint64_t seed);

static uint64_t hash_float(double f, uint64_t seed)
{
    if (f != f)
        return fastrand();      /* NaN: never equal, so any hash */
    if (f == 0)
        f = 0;                  /* -0 hashes as +0 */
    uint64_t w;
    memcpy(&w, &f, 8);
    return hash_word(w, seed);
}

static uint64_t hash_iface(const RtIface *v, uint64_t seed)
{
    const RtType *t = v->type;
    if (!t)
        return hash_word(0, seed);
    if (!rt_comparable(t))
        unhashable(t);
    uint64_t h = hash_word((uint64_t)(uintptr_t)t, seed);
    if (rt_kind_is_direct(t->kind))
        return hash_word((uint64_t)(uintptr_t)v->data, h);
    return hash_value(t, v->data, h);
}

static uint64_t hash_value(const RtType *t, const void *p, uint64_t seed)
{
    switch (t->kind) {
    case RT_BOOL: case RT_INT8: case RT_UINT8:
        return hash_word(*(const uint8_t *)p, seed);
    case RT_INT16: case RT_UINT16:
        return hash_word(*(const uint16_t *)p, seed);
    case RT_INT32: case RT_UINT32:
        return hash_word(*(const uint32_t *)p, seed);
    case RT_INT: case RT_INT64: case RT_UINT: case RT_UINT64: case RT_UINTPTR:
    case RT_PTR: case RT_CHAN: case RT_UNSAFEPTR:
        return hash_word(*(const uint64_t *)p, seed);
    case RT_FLOAT32:
        return hash_float(*(const float *)p, seed);
    case RT_FLOAT64:
        return hash_float(*(const double *)p, seed);
    case RT_COMPLEX64:
        return hash_float(((const float *)p)[1], hash_float(((const float *)p)[0], seed));
    case RT_COMPLEX128:
        return hash_float(((const double *)p)[1], hash_float(((const double *)p)[0], seed));
    case RT_STRING: {
        const RtString *s = p;
        return hash_bytes(s->ptr, s->len, seed);
    }
    case RT_INTERFACE:
        return hash_iface(p, seed);
    case RT_ARRAY: {
        uint64_t h = seed;
        for (uint64_t i = 0; i < t->len; i++)
            h = hash_value(t->elem, (const char *)p + i * t->elem->size, h);
        return mix(h ^ t->len);
    }
    case RT_STRUCT: {
        uint64_t h = seed;
        for (uint32_t i = 0; i < t->nfields; i++) {
            const RtField *f = &t->fields[i];
            if (f->name && strcmp(f->name, "_") == 0)
                continue;
            h = hash_value(f->type, (const char *)p + f->offset, h);
        }
        return mix(h);
    }
    default:
        unhashable(t);
    }
}

/* Keys of these kinds compare by their bytes. */
static inline bool plain_key(const RtType *k)
{
    switch (k->kind) {
    case RT_BOOL: case RT_INT8: case RT_UINT8: case RT_INT16: case RT_UINT16:
    case RT_INT32: case RT_UINT32: case RT_INT: case RT_INT64: case RT_UINT:
    case RT_UINT64: case RT_UINTPTR: case RT_PTR: case RT_CHAN: case RT_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

static inline uint64_t key_hash(const RtMap *m, const RtType *k, const void *key)
{
    if (k->kind == RT_STRING) {
        const RtString *s = key;
        return hash_bytes(s->ptr, s->len, m->seed);
    }
    if (k->size == 8 && plain_key(k))
        return hash_word(*(const uint64_t *)key, m->seed);
    return hash_value(k, key, m->seed);
}

static inline bool key_equal(const RtType *k, const void *a, const void *b)
{
    if (k->kind == RT_STRING) {
        const RtString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    if (plain_key(k))
        return memcmp(a, b, k->size) == 0;
    return rt_valeq(k, a, b);
}

/* ---- the table ---- */

static inline uint8_t tag_of(uint64_t h) { return (uint8_t)(FULL | (h >> 57)); }

static inline char *slot_at(const RtMap *m, uint64_t i) { return m->slots + i * m->type->slot->size; }

/* The index of key in m's table, or -1. */
static int64_t find(const RtMap *m, const void *key, uint64_t h)
{
    if (m->cap == 0)
        return -1;
    const RtType *kt = m->type->key;
    uint64_t mask = m->cap - 1, i = h & mask;
    uint8_t tag = tag_of(h);
    for (;;) {
        uint8_t c = m->ctrl[i];
        if (c == EMPTY)
            return -1;
        if (c == tag && key_equal(kt, slot_at(m, i), key))
            return (int64_t)i;
        i = (i + 1) & mask;
    }
}

/* Typed copy into the map's heap memory, barrier first. */
static inline void store(void *dst, const void *src, const RtType *t)
{
    if (t->size == 0)
        return;
    if (t->ptrdata) {
        if (rt_gc_wbenabled)
            rt_gc_wbtyped(dst, src, t);
    }
    if (src)
        memcpy(dst, src, t->size);
    else
        memset(dst, 0, t->size);
}

static void set_ptr(void **slot, void *p)
{
    if (rt_gc_wbenabled)
        rt_gc_wb(slot, p);
    *slot = p;
}

/* Rebuilds m's table with room for at least `need` live entries. */
static void rebuild(RtMap *m, uint64_t need)
{
    uint64_t cap = 8;
    while (cap * 3 / 4 <= need)
        cap *= 2;
    const RtType *st = m->type->slot;
    uint8_t *ctrl = rt_alloc(cap, NULL);
    char *slots = rt_alloc(cap * st->size, st->ptrdata ? st : NULL);
    uint64_t mask = cap - 1;
    for (uint64_t j = 0; j < m->cap; j++) {
        if (!(m->ctrl[j] & FULL))
            continue;
        char *src = slot_at(m, j);
        uint64_t h = key_hash(m, m->type->key, src);
        uint64_t i = h & mask;
        while (ctrl[i] != EMPTY)
            i = (i + 1) & mask;
        ctrl[i] = tag_of(h);
        store(slots + i * st->size, src, st);
    }
    set_ptr((void **)&m->ctrl, ctrl);
    set_ptr((void **)&m->slots, slots);
    m->cap = cap;
    m->used = (uint64_t)m->count;
}

/* ---- entry points ---- */

RtMap *rt_makemap(const RtType *mt, int64_t hint)
{
    RtMap *m = rt_alloc(sizeof(RtMap), &map_desc);
    m->type = mt;
    m->seed = fastrand();
    if (hint > 0) {
        if ((uint64_t)hint > RT_MAX_ALLOC / (mt->slot->size ? mt->slot->size : 1))
            rt_panic_runtime("makemap: size out of range");
        rebuild(m, (uint64_t)hint);
    }
    return m;
}

void *rt_mapaccess(const RtType *mt, const RtMap *m, const void *key)
{
    if (!m || m->count == 0) {
        /* still hash, for the panic on unhashable keys */
        if (mt->key->kind == RT_INTERFACE)
            hash_iface(key, 0);
        return NULL;
    }
    int64_t i = find(m, key, key_hash(m, mt->key, key));
    return i < 0 ? NULL : slot_at(m, (uint64_t)i) + mt->valoff;
}

void rt_mapassign(const RtType *mt, RtMap *m, const void *key, const void *val)
{
    if (!m)
        rt_panic_plain("assignment to entry in nil map");
    const RtType *kt = mt->key, *st = mt->slot;
    uint64_t h = key_hash(m, kt, key);
    int64_t i = find(m, key, h);
    if (i >= 0) {
        char *s = slot_at(m, (uint64_t)i);
        /* a key equal but not identical (+0 for -0) is replaced, as Go does */
        if (kt->kind != RT_STRING && !plain_key(kt))
            store(s, key, kt);
        store(s + mt->valoff, val, mt->elem);
        return;
    }
    if ((m->used + 1) * 4 > m->cap * 3) {
        rebuild(m, (uint64_t)m->count + 1);
        h = key_hash(m, kt, key);
    }
    uint64_t mask = m->cap - 1, j = h & mask;
    while (m->ctrl[j] & FULL)
        j = (j + 1) & mask;
    if (m->ctrl[j] == EMPTY)
        m->used++;
    m->ctrl[j] = tag_of(h);
    char *s = m->slots + j * st->size;
    store(s, key, kt);
    store(s + mt->valoff, val, mt->elem);
    m->count++;
}

void rt_mapdelete(const RtType *mt, RtMap *m, const void *key)
{
    if (!m || m->count == 0) {
        if (mt->key->kind == RT_INTERFACE)
            hash_iface(key, 0);
        return;
    }
    int64_t i = find(m, key, key_hash(m, mt->key, key));
    if (i < 0)
        return;
    m->ctrl[i] = DELETED;
    store(slot_at(m, (uint64_t)i), NULL, mt->slot);
    m->count--;
    if (m->count == 0) {
        /* nothing live: start the probe sequences afresh */
        memset(m->ctrl, EMPTY, m->cap);
        m->used = 0;
    }
}

/* ---- iteration ---- */

void rt_mapiterinit(const RtType *mt, RtMap *m, RtMapIter *it)
{
    memset(it, 0, sizeof *it);
    it->m = m;
    it->type = mt;
    if (!m || m->count == 0)
        return;
    it->ctrl = m->ctrl;
    it->slots = m->slots;
    it->cap = m->cap;
    it->start = fastrand() & (m->cap - 1);
}

bool rt_mapiternext(RtMapIter *it)
{
    RtMap *m = it->m;
    const RtType *mt = it->type;
    while (it->i < it->cap) {
        uint64_t j = (it->start + it->i) & (it->cap - 1);
        it->i++;
        if (!(it->ctrl[j] & FULL))
            continue;
        char *s = it->slots + j * mt->slot->size;
        if (it->slots == m->slots) {
            it->key = s;
            it->val = s + mt->valoff;
            return true;
        }
        /* the map was rebuilt: what the current table says of this key */
        int64_t k = find(m, s, key_hash(m, mt->key, s));
        if (k < 0)
            continue;
        char *cur = slot_at(m, (uint64_t)k);
        it->key = cur;
        it->val = cur + mt->valoff;
        return true;
    }
    it->key = it->val = NULL;
    return false;
}

int64_t rt_maplen(const RtMap *m)
{
    return m ? m->count : 0;
}

void rt_map_foreach(const RtType *mt, void *m, RtMapVisit fn, void *arg)
{
    if (!m)
        return;
    RtMapIter it;
    rt_mapiterinit(mt, m, &it);
    while (rt_mapiternext(&it))
        fn(arg, mt->key, it.key, mt->elem, it.val);
}
