/* lib.c — what the standard library in C shares (lib.h): Go strings
 * from C, runes into buffers, the descriptors and methods of the types
 * whose values the library makes, errors.New's value and string panics.
 */
#include <string.h>

#include "lib/lib.h"

/* ---- strings ---- */

RtString rt_gostring(const void *p, size_t n)
{
    if (n == 0)
        return (RtString){NULL, 0};
    uint8_t *q = rt_alloc(n, NULL);
    memcpy(q, p, n);
    return (RtString){q, (int64_t)n};
}

RtString rt_gostring_c(const char *s)
{
    return rt_gostring(s, strlen(s));
}

/* ---- UTF-8 ---- */

void rt_buf_rune(RtBuf *b, int32_t r)
{
    uint8_t tmp[4];
    int n = rt_utf8_encode(tmp, r);
    rt_buf_write(b, tmp, (size_t)n);
}

int64_t rt_utf8_count(const uint8_t *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        rt_utf8_decode(p + i, n - i, &w);
        i += w;
    }
    return c;
}

/* ---- the library's own types (lib.h section 3) ---- */

/* The Go entries of these types' methods (defined beside each method). */
extern char go_errorString_Error[] __asm__("rt_errors_errorString_Error_go");
extern char go_wrapError_Error[] __asm__("rt_fmt_wrapError_Error_go");
extern char go_wrapError_Unwrap[] __asm__("rt_fmt_wrapError_Unwrap_go");
extern char go_NumError_Error[] __asm__("rt_strconv_NumError_Error_go");
extern char go_NumError_Unwrap[] __asm__("rt_strconv_NumError_Unwrap_go");
extern char go_File_Write[] __asm__("rt_os_File_Write_go");
extern char go_File_WriteString[] __asm__("rt_os_File_WriteString_go");
extern char go_Builder_Write[] __asm__("rt_strings_Builder_Write_go");
extern char go_Builder_WriteString[] __asm__("rt_strings_Builder_WriteString_go");
extern char go_Builder_WriteByte[] __asm__("rt_strings_Builder_WriteByte_go");
extern char go_Builder_WriteRune[] __asm__("rt_strings_Builder_WriteRune_go");
extern char go_Builder_String[] __asm__("rt_strings_Builder_String_go");
extern char go_Builder_Len[] __asm__("rt_strings_Builder_Len_go");
extern char go_File_Read[] __asm__("rt_os_File_Read_go");
extern char go_BB_Write[] __asm__("rt_bytes_Buffer_Write_go");
extern char go_BB_WriteString[] __asm__("rt_bytes_Buffer_WriteString_go");
extern char go_BB_String[] __asm__("rt_bytes_Buffer_String_go");
extern char go_BB_Read[] __asm__("rt_bytes_Buffer_Read_go");
extern char go_BW_Write[] __asm__("rt_bufio_Writer_Write_go");
extern char go_BW_WriteString[] __asm__("rt_bufio_Writer_WriteString_go");
extern char go_BW_WriteByte[] __asm__("rt_bufio_Writer_WriteByte_go");
extern char go_BW_WriteRune[] __asm__("rt_bufio_Writer_WriteRune_go");
extern char go_BW_Flush[] __asm__("rt_bufio_Writer_Flush_go");


#define N(a) (uint32_t)(sizeof(a) / sizeof((a)[0]))
/* method tables, sorted by name (rt_method's binary search) */
static const RtMethod errorString_methods[] = {{"Error", go_errorString_Error}};
static const RtMethod wrapError_methods[] = {{"Error", go_wrapError_Error}, {"Unwrap", go_wrapError_Unwrap}};
static const RtMethod NumError_methods[] = {{"Error", go_NumError_Error}, {"Unwrap", go_NumError_Unwrap}};
static const RtMethod File_methods[] = {
    {"Read", go_File_Read}, {"Write", go_File_Write}, {"WriteString", go_File_WriteString}};
static const RtMethod Builder_methods[] = {
    {"Len", go_Builder_Len}, {"String", go_Builder_String}, {"Write", go_Builder_Write},
    {"WriteByte", go_Builder_WriteByte}, {"WriteRune", go_Builder_WriteRune},
    {"WriteString", go_Builder_WriteString}};
static const RtMethod BufioWriter_methods[] = {
    {"Flush", go_BW_Flush}, {"Write", go_BW_Write}, {"WriteByte", go_BW_WriteByte},
    {"WriteRune", go_BW_WriteRune}, {"WriteString", go_BW_WriteString}};
static const RtMethod BytesBuffer_methods[] = {
    {"Read", go_BB_Read}, {"String", go_BB_String}, {"Write", go_BB_Write},
    {"WriteString", go_BB_WriteString}};

const RtType rt_type_string = {16, 8, RT_STRING, 0, "string", NULL, NULL, 0, (const uint8_t *)"\1",
                               .tflags = RT_TF_NAMED};
const RtType rt_type_error = {16, 16, RT_INTERFACE, 0, "error", NULL, NULL, 0, (const uint8_t *)"\3",
                              .tflags = RT_TF_NAMED};
static const RtType t_int = {8, 0, RT_INT, 0, "int", NULL, NULL, 0, NULL};

static const RtField errorString_fields[] = {{"s", &rt_type_string, 0}};
const RtType rt_stdtype_errorString;
const RtType rt_stdtype_errorString = {16, 8, RT_STRUCT, 1, "errors.errorString", NULL,
                                     errorString_fields, 0, (const uint8_t *)"\1"};
const RtType rt_type_ptr_errorString = {8, 8, RT_PTR, 0, "*errors.errorString", &rt_stdtype_errorString,
                                        NULL, 0, (const uint8_t *)"\1", .methods = errorString_methods, .nmethods = N(errorString_methods)};

static const RtField wrapError_fields[] = {{"msg", &rt_type_string, 0}, {"err", &rt_type_error, 16}};
const RtType rt_stdtype_wrapError;
const RtType rt_stdtype_wrapError = {32, 32, RT_STRUCT, 2, "fmt.wrapError", NULL,
                                   wrapError_fields, 0, (const uint8_t *)"\15"};
const RtType rt_type_ptr_wrapError = {8, 8, RT_PTR, 0, "*fmt.wrapError", &rt_stdtype_wrapError, NULL, 0,
                                      (const uint8_t *)"\1", .methods = wrapError_methods, .nmethods = N(wrapError_methods)};

static const RtField NumError_fields[] = {
    {"Func", &rt_type_string, 0}, {"Num", &rt_type_string, 16}, {"Err", &rt_type_error, 32}};
const RtType rt_stdtype_NumError;
const RtType rt_stdtype_NumError = {48, 48, RT_STRUCT, 3, "strconv.NumError", NULL,
                                  NumError_fields, 0, (const uint8_t *)"\65"};
const RtType rt_type_ptr_NumError = {8, 8, RT_PTR, 0, "*strconv.NumError", &rt_stdtype_NumError, NULL, 0,
                                     (const uint8_t *)"\1", .methods = NumError_methods, .nmethods = N(NumError_methods)};

static const RtField osfile_fields[] = {{"pfd", &t_int, 0}, {"name", &rt_type_string, 8}};
static const RtType t_osfile = {24, 16, RT_STRUCT, 2, "os.file", NULL, osfile_fields, 0,
                                (const uint8_t *)"\2"};
static const RtType t_ptr_osfile = {8, 8, RT_PTR, 0, "*os.file", &t_osfile, NULL, 0,
                                    (const uint8_t *)"\1"};
static const RtField File_fields[] = {{"file", &t_ptr_osfile, 0}};
const RtType rt_stdtype_File;
const RtType rt_stdtype_File = {8, 8, RT_STRUCT, 1, "os.File", NULL, File_fields, 0,
                              (const uint8_t *)"\1"};
const RtType rt_type_ptr_File = {8, 8, RT_PTR, 0, "*os.File", &rt_stdtype_File, NULL, 0,
                                 (const uint8_t *)"\1", .methods = File_methods, .nmethods = N(File_methods)};

static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};
static const RtType t_slice_uint8 = {24, 8, RT_SLICE, 0, "[]uint8", &t_uint8, NULL, 0,
                                     (const uint8_t *)"\1"};
static const RtField Builder_fields[] = {{"addr", &rt_type_ptr_Builder, 0},
                                         {"buf", &t_slice_uint8, 8}};
const RtType rt_stdtype_Builder;
const RtType rt_stdtype_Builder = {32, 16, RT_STRUCT, 2, "strings.Builder", NULL, Builder_fields, 0,
                                 (const uint8_t *)"\3"};
const RtType rt_type_ptr_Builder = {8, 8, RT_PTR, 0, "*strings.Builder", &rt_stdtype_Builder, NULL, 0,
                                    (const uint8_t *)"\1", .methods = Builder_methods, .nmethods = N(Builder_methods)};

/* bufio's types (bufio.c has their layouts); fields are not described */
const RtType rt_stdtype_BufioWriter = {64, 64, RT_STRUCT, 0, "bufio.Writer", NULL, NULL, 0, (const uint8_t *)"\307"};
const RtType rt_type_ptr_BufioWriter = {8, 8, RT_PTR, 0, "*bufio.Writer", &rt_stdtype_BufioWriter, NULL, 0, (const uint8_t *)"\1", .methods = BufioWriter_methods, .nmethods = N(BufioWriter_methods)};
const RtType rt_stdtype_BufioReader = {88, 72, RT_STRUCT, 0, "bufio.Reader", NULL, NULL, 0, (const uint8_t *)"\231\1"};
const RtType rt_type_ptr_BufioReader = {8, 8, RT_PTR, 0, "*bufio.Reader", &rt_stdtype_BufioReader, NULL, 0, (const uint8_t *)"\1"};
const RtType rt_stdtype_BufioScanner = {128, 112, RT_STRUCT, 0, "bufio.Scanner", NULL, NULL, 0, (const uint8_t *)"\227\60"};
const RtType rt_type_ptr_BufioScanner = {8, 8, RT_PTR, 0, "*bufio.Scanner", &rt_stdtype_BufioScanner, NULL, 0, (const uint8_t *)"\1"};
const RtType rt_stdtype_BytesBuffer = {40, 8, RT_STRUCT, 0, "bytes.Buffer", NULL, NULL, 0, (const uint8_t *)"\1"};
const RtType rt_type_ptr_BytesBuffer = {8, 8, RT_PTR, 0, "*bytes.Buffer", &rt_stdtype_BytesBuffer, NULL, 0, (const uint8_t *)"\1", .methods = BytesBuffer_methods, .nmethods = N(BytesBuffer_methods)};
RT_ALIAS(rt_stdtype_BytesBuffer, "type.bytes.Buffer");
RT_ALIAS(rt_type_ptr_BytesBuffer, "type.*bytes.Buffer");
RT_ALIAS(rt_stdtype_BufioWriter, "type.bufio.Writer");
RT_ALIAS(rt_type_ptr_BufioWriter, "type.*bufio.Writer");
RT_ALIAS(rt_stdtype_BufioReader, "type.bufio.Reader");
RT_ALIAS(rt_type_ptr_BufioReader, "type.*bufio.Reader");
RT_ALIAS(rt_stdtype_BufioScanner, "type.bufio.Scanner");
RT_ALIAS(rt_type_ptr_BufioScanner, "type.*bufio.Scanner");

RT_ALIAS(rt_type_string, "type.string");
RT_ALIAS(rt_type_ptr_errorString, "type.*errors.errorString");
RT_ALIAS(rt_type_ptr_wrapError, "type.*fmt.wrapError");
RT_ALIAS(rt_type_ptr_NumError, "type.*strconv.NumError");
RT_ALIAS(rt_type_ptr_File, "type.*os.File");
RT_ALIAS(rt_type_ptr_Builder, "type.*strings.Builder");
RT_ALIAS(rt_stdtype_errorString, "type.errors.errorString");
RT_ALIAS(rt_stdtype_wrapError, "type.fmt.wrapError");
RT_ALIAS(rt_stdtype_NumError, "type.strconv.NumError");
RT_ALIAS(rt_stdtype_File, "type.os.File");
RT_ALIAS(rt_stdtype_Builder, "type.strings.Builder");

/* ---- errors ---- */

RtIface rt_errors_new(RtString s)
{
    RtErrorString *e = rt_alloc(sizeof *e, rt_type_ptr_errorString.elem);
    rt_store_string(&e->s, s);
    return (RtIface){&rt_type_ptr_errorString, e};
}

RtIface rt_errors_new_c(const char *s)
{
    return rt_errors_new(rt_gostring_c(s));
}

_Noreturn void rt_panic_string(const char *s)
{
    RtString *box = rt_alloc(sizeof *box, &rt_type_string);
    *box = rt_gostring_c(s);
    RtIface v = {&rt_type_string, box};
    rt_panic_iface(&v);
}
