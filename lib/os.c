/* os.c — package os (the parts programs print and exit with): Args,
 * Stdin/Stdout/Stderr and their Write methods, Exit, Getenv, LookupEnv,
 * ReadFile, WriteFile; and the initialisation of every package variable
 * the library provides (rt_std_init, which the program's "minigo.init" calls
 * before main.init).
 *
 * The package variables are global symbols named as generated code names
 * them ("os.Args"); driver/main.c lets programs use exactly these.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/lib.h"

RtSlice rt_os_Args __asm__("os.Args");
RtOsFile *rt_os_Stdin __asm__("os.Stdin");
RtOsFile *rt_os_Stdout __asm__("os.Stdout");
RtOsFile *rt_os_Stderr __asm__("os.Stderr");
RtIface rt_os_ErrNotExist __asm__("os.ErrNotExist");
RtIface rt_io_EOF __asm__("io.EOF");
RtIface rt_io_ErrUnexpectedEOF __asm__("io.ErrUnexpectedEOF");
RtIface rt_io_ErrShortWrite __asm__("io.ErrShortWrite");
RtIface rt_io_ErrShortBuffer __asm__("io.ErrShortBuffer");
RtIface rt_io_ErrNoProgress __asm__("io.ErrNoProgress");
extern RtIface rt_strconv_ErrRange __asm__("strconv.ErrRange");
extern RtIface rt_strconv_ErrSyntax __asm__("strconv.ErrSyntax");

int64_t rt_os_write_fd(int64_t fd, const void *p, int64_t n);

static RtOsFile *new_file(int64_t fd, const char *name)
{
    RtOsFile *f = rt_alloc(sizeof *f, rt_type_ptr_File.elem);
    RtOsFileInner *in = rt_alloc(sizeof *in, rt_type_ptr_File.elem->fields[0].type->elem);
    in->fd = fd;
    in->name = rt_gostring_c(name);
    f->file = in;
    return f;
}

void rt_std_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    rt_gc_add_root(&rt_os_Args, sizeof rt_os_Args);
    rt_gc_add_root(&rt_os_Stdin, sizeof rt_os_Stdin);
    rt_gc_add_root(&rt_os_Stdout, sizeof rt_os_Stdout);
    rt_gc_add_root(&rt_os_Stderr, sizeof rt_os_Stderr);
    rt_gc_add_root(&rt_os_ErrNotExist, sizeof rt_os_ErrNotExist);
    rt_gc_add_root(&rt_io_EOF, sizeof rt_io_EOF);
    rt_gc_add_root(&rt_io_ErrUnexpectedEOF, sizeof rt_io_ErrUnexpectedEOF);
    rt_gc_add_root(&rt_io_ErrShortWrite, sizeof rt_io_ErrShortWrite);
    rt_gc_add_root(&rt_io_ErrShortBuffer, sizeof rt_io_ErrShortBuffer);
    rt_gc_add_root(&rt_io_ErrNoProgress, sizeof rt_io_ErrNoProgress);
    rt_gc_add_root(&rt_strconv_ErrRange, sizeof rt_strconv_ErrRange);
    rt_gc_add_root(&rt_strconv_ErrSyntax, sizeof rt_strconv_ErrSyntax);

    RtSlice args;
    rt_makeslice(&args, &rt_type_string, rt_argc, rt_argc);
    for (int i = 0; i < rt_argc; i++)
        ((RtString *)args.ptr)[i] = rt_gostring_c(rt_argv[i]);
    rt_os_Args = args;
    rt_os_Stdin = new_file(0, "/dev/stdin");
    rt_os_Stdout = new_file(1, "/dev/stdout");
    rt_os_Stderr = new_file(2, "/dev/stderr");
    rt_os_ErrNotExist = rt_errors_new_c("file does not exist");
    rt_io_EOF = rt_errors_new_c("EOF");
    rt_io_ErrUnexpectedEOF = rt_errors_new_c("unexpected EOF");
    rt_io_ErrShortWrite = rt_errors_new_c("short write");
    rt_io_ErrShortBuffer = rt_errors_new_c("short buffer");
    rt_io_ErrNoProgress = rt_errors_new_c("multiple Read calls return no data or error");
    rt_strconv_ErrRange = rt_errors_new_c("value out of range");
    rt_strconv_ErrSyntax = rt_errors_new_c("invalid syntax");
}

/* ---- functions ---- */

typedef struct { int64_t code; } ExitFrame;
void rt_os_Exit(ExitFrame *f) __asm__("os.Exit");
void rt_os_Exit(ExitFrame *f)
{
    rt_exit((int)f->code);
}

static char *cstring(RtString s)
{
    char *c = malloc((size_t)s.len + 1);
    memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

typedef struct { RtString key; RtString r; } GetenvFrame;
void rt_os_Getenv(GetenvFrame *f) __asm__("os.Getenv");
void rt_os_Getenv(GetenvFrame *f)
{
    char *k = cstring(f->key);
    const char *v = getenv(k);
    free(k);
    f->r = v ? rt_gostring_c(v) : (RtString){NULL, 0};
}

typedef struct { RtString key; RtString r; uint64_t ok; } LookupEnvFrame;
void rt_os_LookupEnv(LookupEnvFrame *f) __asm__("os.LookupEnv");
void rt_os_LookupEnv(LookupEnvFrame *f)
{
    char *k = cstring(f->key);
    const char *v = getenv(k);
    free(k);
    f->r = v ? rt_gostring_c(v) : (RtString){NULL, 0};
    f->ok = v != NULL;
}

/* *PathError-like errors, worded as Go's: "open NAME: no such file or directory" */
static RtIface path_error(const char *op, RtString name, int err)
{
    RtBuf b = {0};
    rt_buf_puts(&b, op);
    rt_buf_putc(&b, ' ');
    rt_buf_write(&b, name.ptr, (size_t)name.len);
    rt_buf_puts(&b, ": ");
    rt_buf_puts(&b, strerror(err));
    /* Go's messages are lower case */
    for (size_t i = b.len - strlen(strerror(err)); i < b.len && i < b.len; i++) {
        if (b.p[i] >= 'A' && b.p[i] <= 'Z')
            b.p[i] = (char)(b.p[i] + 32);
        break;
    }
    RtIface e = rt_errors_new(rt_gostring_buf(&b));
    rt_buf_free(&b);
    return e;
}

typedef struct { RtString name; RtSlice r; RtIface err; } ReadFileFrame;
void rt_os_ReadFile(ReadFileFrame *f) __asm__("os.ReadFile");
void rt_os_ReadFile(ReadFileFrame *f)
{
    static const RtType t_uint8 = {1, 0, RT_UINT8, 0, "uint8", NULL, NULL, 0, NULL};
    char *n = cstring(f->name);
    int fd = open(n, O_RDONLY | O_CLOEXEC);
    free(n);
    f->r = (RtSlice){NULL, 0, 0};
    f->err = (RtIface){NULL, NULL};
    if (fd < 0) {
        f->err = path_error("open", f->name, errno);
        return;
    }
    RtBuf b = {0};
    char tmp[65536];
    for (;;) {
        ssize_t k = read(fd, tmp, sizeof tmp);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        rt_buf_write(&b, tmp, (size_t)k);
    }
    close(fd);
    RtSlice s;
    rt_makeslice(&s, &t_uint8, (int64_t)b.len, (int64_t)b.len + 512);
    if (b.len)
        memcpy(s.ptr, b.p, b.len);
    rt_buf_free(&b);
    f->r = s;
}

typedef struct { RtString name; RtSlice data; uint64_t perm; RtIface err; } WriteFileFrame;
void rt_os_WriteFile(WriteFileFrame *f) __asm__("os.WriteFile");
void rt_os_WriteFile(WriteFileFrame *f)
{
    char *n = cstring(f->name);
    int fd = open(n, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)(uint32_t)f->perm);
    free(n);
    f->err = (RtIface){NULL, NULL};
    if (fd < 0) {
        f->err = path_error("open", f->name, errno);
        return;
    }
    rt_write_fd(fd, f->data.ptr, (size_t)f->data.len);
    close(fd);
}

/* ---- *File ---- */

typedef struct { RtOsFile *f; RtSlice b; int64_t n; RtIface err; } FileWriteFrame;
void rt_os_File_Write(FileWriteFrame *f);
RT_ALIAS(rt_os_File_Write, "os.(*File).Write");
void rt_os_File_Write(FileWriteFrame *f)
{
    f->err = (RtIface){NULL, NULL};
    if (!f->f) {
        f->n = 0;
        f->err = rt_errors_new_c("invalid argument");
        return;
    }
    f->n = rt_os_write_fd(f->f->file->fd, f->b.ptr, f->b.len);
}
RT_GO_ENTRY(rt_os_File_Write, "os.(*File).Write$go");

typedef struct { RtOsFile *f; RtString s; int64_t n; RtIface err; } FileWriteStringFrame;
void rt_os_File_WriteString(FileWriteStringFrame *f);
RT_ALIAS(rt_os_File_WriteString, "os.(*File).WriteString");
void rt_os_File_WriteString(FileWriteStringFrame *f)
{
    f->err = (RtIface){NULL, NULL};
    if (!f->f) {
        f->n = 0;
        f->err = rt_errors_new_c("invalid argument");
        return;
    }
    f->n = rt_os_write_fd(f->f->file->fd, f->s.ptr, f->s.len);
}
RT_GO_ENTRY(rt_os_File_WriteString, "os.(*File).WriteString$go");

typedef struct { RtOsFile *f; RtString r; } FileNameFrame;
void rt_os_File_Name(FileNameFrame *f);
RT_ALIAS(rt_os_File_Name, "os.(*File).Name");
void rt_os_File_Name(FileNameFrame *f)
{
    f->r = f->f->file->name;
}

typedef struct { RtOsFile *f; RtIface err; } FileCloseFrame;
void rt_os_File_Close(FileCloseFrame *f);
RT_ALIAS(rt_os_File_Close, "os.(*File).Close");
void rt_os_File_Close(FileCloseFrame *f)
{
    f->err = (RtIface){NULL, NULL};
    if (!f->f) {
        f->err = rt_errors_new_c("invalid argument");
        return;
    }
    if (f->f->file->fd > 2)
        close((int)f->f->file->fd);
    f->f->file->fd = -1;
}

typedef struct { RtOsFile *f; uint64_t r; } FileFdFrame;
void rt_os_File_Fd(FileFdFrame *f);
RT_ALIAS(rt_os_File_Fd, "os.(*File).Fd");
void rt_os_File_Fd(FileFdFrame *f)
{
    f->r = f->f ? (uint64_t)f->f->file->fd : UINT64_MAX;
}

typedef struct { int64_t r; } GetpidFrame;
void rt_os_Getpid(GetpidFrame *f) __asm__("os.Getpid");
void rt_os_Getpid(GetpidFrame *f)
{
    f->r = getpid();
}

typedef struct { RtIface err; uint64_t r; } IsNotExistFrame;
void rt_os_IsNotExist(IsNotExistFrame *f) __asm__("os.IsNotExist");
void rt_os_IsNotExist(IsNotExistFrame *f)
{
    f->r = 0;
    if (!f->err.type)
        return;
    if (f->err.type == rt_os_ErrNotExist.type && f->err.data == rt_os_ErrNotExist.data) {
        f->r = 1;
        return;
    }
    RtString s;
    static const char suffix[] = "no such file or directory";
    if (rt_call_string_method(f->err.type, f->err.data, "Error", &s) && s.len >= (int64_t)sizeof suffix - 1 &&
        memcmp(s.ptr + s.len - (sizeof suffix - 1), suffix, sizeof suffix - 1) == 0)
        f->r = 1;
}
