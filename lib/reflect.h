/* reflect.h — what reflect.c (types) and reflect_value.c (values) share. */
#ifndef MINIGO_LIB_REFLECT_H
#define MINIGO_LIB_REFLECT_H

#include "lib/lib.h"

/* reflect.Value: the type, the value (or, with RF_INDIR, a pointer to it)
 * and flags, laid out and numbered as go1.19's. */
typedef struct RfValue {
    const RtType *typ;
    void *ptr;
    uint64_t flag;
} RfValue;
enum {
    RF_KIND = 0x1f, RF_STICKYRO = 1 << 5, RF_EMBEDRO = 1 << 6, RF_INDIR = 1 << 7,
    RF_ADDR = 1 << 8, RF_METHOD = 1 << 9, RF_METHODSHIFT = 10, RF_RO = RF_STICKYRO | RF_EMBEDRO
};

extern const RtType rf_type_ptr_rtype, rf_type_Value;
RtIface rf_type_iface(const RtType *t);       /* a Type holding t (nil for NULL) */
const RtType *rf_ptr_to(const RtType *t);
const char *rf_kind_name(uint64_t k);
RtString rf_name(const RtType *t);
uint32_t rf_nmethods(const RtType *t);
int64_t rf_align(const RtType *t);
/* The size of a call block of function type ft; *resoff: where results start. */
int64_t rf_block_size(const RtType *ft, int64_t *resoff);
/* A func value calling t's method i with the receiver's data word bound;
 * *ftyp its type. */
void *rf_method_value(const RtType *t, uint32_t i, void *word, const RtType **ftyp);
bool rf_assignable(const RtType *t, const RtType *u);
bool rf_convertible(const RtType *t, const RtType *u);
_Noreturn void rf_panic(const char *msg);
_Noreturn void rf_panicf(const char *a, const char *b, const char *c);
/* The value v holds as an interface (fmt's %v of a reflect.Value). */
RtIface rf_value_iface(const RfValue *v);

#endif
