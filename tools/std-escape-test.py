#!/usr/bin/env python3
"""Writes tests/std/PKG.go: for every exported function and method that
minigo's std/PKG.go declares, a wrapper that hands its own parameters (and
receiver) to it and returns its results.  With inlining off, a wrapper's
parameter summary is exactly the summary of the function it calls, so
go1.19's `-m -l` and `-m=2 -l` output for these files, recorded beside
them (tools/std-escape-test.sh record), checks every //minigo:leaks pragma
of std/ against the real standard library.  A second function per package
passes locals' addresses and fresh values to the same function, so that
the callers' side (what moves to the heap) is checked as well.

usage: std-escape-test.py [STD_DIR [OUT_DIR]]
"""
import os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
std_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, 'std')
out_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'tests', 'std')

# Packages a program cannot import.
SKIP = {'runtime_internal_atomic'}

TOKEN = re.compile(r'\s*(\.\.\.|[A-Za-z_][A-Za-z0-9_]*|\S)')


def tokens(s):
    return [m.group(1) for m in TOKEN.finditer(s) if m.group(1)]


def split_top(s, sep=','):
    """Splits s at top-level separators (outside brackets)."""
    parts, depth, cur = [], 0, ''
    for ch in s:
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


def matching(s, i):
    """Index of the bracket closing the one at s[i]."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] in '([{':
            depth += 1
        elif s[j] in ')]}':
            depth -= 1
            if depth == 0:
                return j
    raise ValueError('unbalanced: ' + s)


def is_type_start(w):
    return w.startswith(('*', '[', 'func', 'map[', 'chan', '<-', 'interface', 'struct', '...')) or '.' in w


def params_of(s):
    """[(name or None, type)] of a parameter list's inside, with Go's
    grouping (a, b int) resolved."""
    out = []
    pending = []
    for p in split_top(s):
        if not p:
            continue
        w = p.split(None, 1)
        if len(w) == 2 and re.match(r'^[A-Za-z_]\w*$', w[0]) and not is_type_start(w[0]):
            for n in pending:
                out.append((n, w[1]))
            pending = []
            out.append((w[0], w[1]))
        else:
            pending.append(p)
    # names without types left over: they were types after all
    grouped = [x for x in out]
    if pending:
        if grouped:
            raise ValueError('mixed parameter list: ' + s)
        return [(None, t) for t in pending]
    return grouped


def qualify(t, pkg, types):
    """t with the package's own type names qualified as pkg.T."""
    out = []
    toks = tokens(t)
    for i, tok in enumerate(toks):
        prev = toks[i - 1] if i else ''
        if tok in types and prev != '.':
            out.append(pkg + '.' + tok)
        else:
            out.append(tok)
    s = ''
    for i, tok in enumerate(out):
        if i and re.match(r'\w', tok[:1]) and re.match(r'\w', s[-1:]):
            s += ' '
        elif i and tok not in (')', ']', ',', '.') and s[-1:] in (',',):
            s += ' '
        s += tok
    return s


def parse_file(path):
    text = open(path).read()
    m = re.search(r'^package (\w+)', text, re.M)
    pkgname = m.group(1)
    types = set(re.findall(r'^type (\w+)', text, re.M))
    types |= set(re.findall(r'^\t(\w+)\s', ''.join(re.findall(r'^type \(\n(.*?)^\)', text, re.M | re.S))))
    # exported variables of unexported types: the way to call their methods
    var_of = {}
    for name, t in re.findall(r'^var ([A-Z]\w*) (\w+)$', text, re.M):
        var_of.setdefault(t, name)
    funcs = []
    for line in text.split('\n'):
        if not line.startswith('func '):
            continue
        rest = line[5:]
        recv = None
        if rest.startswith('('):
            j = matching(rest, 0)
            recv = rest[1:j].strip()
            rest = rest[j + 1:].strip()
        m = re.match(r'(\w+)\(', rest)
        name = m.group(1)
        i = len(name)
        j = matching(rest, i)
        params = params_of(rest[i + 1:j])
        res = rest[j + 1:].strip()
        if res.endswith('{'):
            continue  # a function with a body: not a summary of go's
        if res.startswith('('):
            results = [t for _, t in params_of(res[1:matching(res, 0)])]
        elif res:
            results = [res]
        else:
            results = []
        funcs.append((recv, name, params, results))
    return pkgname, types, var_of, funcs


def import_path(fname):
    return fname[:-3].replace('_', '/')


def gen(fname):
    pkgname, types, var_of, funcs = parse_file(os.path.join(std_dir, fname))
    path = import_path(fname)
    body = []
    imports = {path}
    exported = {t for t in types if t[0].isupper()}
    for recv, name, params, results in funcs:
        if not name[0].isupper():
            continue
        call_recv = None
        wparams = []
        if recv:
            rw = recv.split()
            rtype = rw[-1]
            base = rtype.lstrip('*')
            if base[0].isupper():
                rname = rw[0] if len(rw) == 2 and rw[0] != '_' else 'recv'
                wparams.append((rname, qualify(rtype, pkgname, exported)))
                call_recv = rname
            elif base in var_of and not rtype.startswith('*'):
                call_recv = pkgname + '.' + var_of[base]
            else:
                continue  # a method of an unexported type: cannot be called here
            wname = base[0].upper() + base[1:] + '_' + name
        else:
            wname = name
        if wname == 'init' or wname == 'main':
            wname += '_'
        args = []
        taken = {pkgname, 'recv'} | {p[0] for p in wparams}
        for k, (pn, pt) in enumerate(params):
            if not pn or pn == '_' or pn in taken or pn in ('strings', 'os', 'io', 'fmt', 'fs', 'time', 'sync', 'unsafe'):
                pn = 'a%d' % k
            taken.add(pn)
            wparams.append((pn, qualify(pt, pkgname, exported)))
            args.append(pn + ('...' if pt.startswith('...') else ''))
        for _, t in wparams:
            for q in re.findall(r'\b([a-z]\w*)\.', t):
                imports.add(q)
        wres = [qualify(t, pkgname, exported) for t in results]
        for t in wres:
            for q in re.findall(r'\b([a-z]\w*)\.', t):
                imports.add(q)
        callee = (call_recv + '.' if call_recv else pkgname + '.') + name
        sig = ', '.join('%s %s' % p for p in wparams)
        if len(wres) > 1:
            rs = ' (' + ', '.join(wres) + ')'
        elif wres:
            rs = ' ' + wres[0]
        else:
            rs = ''
        call = '%s(%s)' % (callee, ', '.join(args))
        body.append('func %s(%s)%s {\n\t%s%s\n}\n' % (wname, sig, rs, 'return ' if wres else '', call))
        # the callers' side: fresh values and locals' addresses
        decls, cargs = [], []
        if recv and call_recv and not call_recv.startswith(pkgname + '.'):
            decls.append('\tvar r %s\n' % wparams[0][1].lstrip('*'))
            crecv = 'r'
        else:
            crecv = call_recv
        for k, (pn, pt) in enumerate(params):
            t = qualify(pt, pkgname, exported)
            x = 'x%d' % k
            if t.startswith('*'):
                decls.append('\tvar %s %s\n' % (x, t[1:]))
                cargs.append('&' + x)
            elif t.startswith('[]'):
                cargs.append('make(%s, 8)' % t)
            elif t.startswith('...'):
                cargs.append('make([]%s, 8)...' % t[3:])
            elif t == 'string':
                cargs.append('s + "x"')
            elif t in ('any', 'interface{}'):
                decls.append('\tvar %s int\n' % x)
                cargs.append('&' + x)
            elif t == 'unsafe.Pointer':
                decls.append('\tvar %s int\n' % x)
                cargs.append('unsafe.Pointer(&%s)' % x)
            else:
                decls.append('\tvar %s %s\n' % (x, t))
                cargs.append(x)
        ccall = '%s(%s)' % ((crecv + '.' if crecv else pkgname + '.') + name, ', '.join(cargs))
        if results:
            ccall = ', '.join(['_'] * len(results)) + ' = ' + ccall
        body.append('func call_%s(s string) {\n%s\t%s\n}\n' % (wname, ''.join(decls), ccall))
    # imports: the package itself and the packages its signatures name
    known = {'io': 'io', 'fs': 'io/fs', 'time': 'time', 'reflect': 'reflect', 'os': 'os',
             'unsafe': 'unsafe', 'syscall': 'syscall', 'sync': 'sync', 'fmt': 'fmt'}
    paths = set()
    for q in imports:
        if q == path:
            paths.add(q)
        elif q == pkgname:
            continue
        elif q in known:
            paths.add(known[q])
        else:
            raise SystemExit('%s: unknown package %s' % (fname, q))
    head = ('// Code generated by tools/std-escape-test.py from std/%s; DO NOT EDIT.\n\n'
            '// Every %s function minigo declares, called with the wrapper\'s own\n'
            '// parameters: each wrapper\'s summary is the callee\'s.\n'
            'package stdsum\n\nimport (\n' % (fname, path))
    head += ''.join('\t"%s"\n' % p for p in sorted(paths)) + ')\n\n'
    return head + '\n'.join(body), len(body)


def main():
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for fname in sorted(os.listdir(std_dir)):
        if not fname.endswith('.go') or fname[:-3] in SKIP:
            continue
        src, n = gen(fname)
        total += n
        open(os.path.join(out_dir, fname), 'w').write(src)
    print('%d functions and methods' % (total // 2))


main()
