#!/usr/bin/env python3
"""Annotates minigo's std/*.go declarations with go1.19's escape summaries
and inlining costs, read from `go build -gcflags=PKG=-m=2 PKG` output.

usage: stdpragmas.py STDFILE M2OUTPUT PKGPATH
"""
import re, sys, glob, os

stdfile, m2file, pkg = sys.argv[1], sys.argv[2], sys.argv[3]
goroot = '/usr/lib/go-1.19/src/' + pkg
srcs = [f for f in glob.glob(goroot + '/*.go') if not f.endswith('_test.go')]

def bad_file(f):
    b = os.path.basename(f)[:-3]
    for tag in ('386','arm','arm64','mips','mipsx','mips64','mips64x','mipsle','mips64le','ppc64','ppc64le','ppc64x','s390x','wasm','riscv64','loong64','windows','darwin','plan9','js','aix','solaris','openbsd','netbsd','freebsd','dragonfly','illumos','ios','android','bsd','zos','nacl'):
        if b.endswith('_' + tag) or ('_' + tag + '_') in b:
            return True
    return False
srcs = [f for f in srcs if not bad_file(f)]

m2 = {}
for line in open(m2file):
    m = re.match(r'(/\S+?\.go):(\d+):(\d+): (.*)', line.rstrip('\n'))
    if m:
        m2.setdefault((m.group(1), int(m.group(2))), []).append((int(m.group(3)), m.group(4)))

def find_decl(recv, name):
    if recv:
        rt = recv.split()[-1].lstrip('*')
        pat = re.compile(r'^func \((\w+ )?\*?' + re.escape(rt) + r'\) ' + re.escape(name) + r'\(')
    else:
        pat = re.compile(r'^func ' + re.escape(name) + r'\(')
    for f in sorted(srcs):
        lines = open(f).read().split('\n')
        for i, l in enumerate(lines):
            if pat.match(l):
                prev = lines[i-1] if i > 0 else ''
                noescape = any(lines[j].startswith('//go:noescape') for j in range(max(0, i-3), i))
                return f, i + 1, l, noescape
    return None

out = []
lines = open(stdfile).read().split('\n')
i = 0
while i < len(lines):
    l = lines[i]
    if l.startswith('//minigo:leaks') or l.startswith('//minigo:inline'):
        i += 1
        continue
    m = re.match(r'^func (\(([^)]*)\) )?(\w+)\((.*)$', l)
    if m:
        recv, name = m.group(2), m.group(3)
        d = find_decl(recv, name)
        prag = []
        if d:
            f, ln, src, noescape = d
            entries = m2.get((f, ln), [])
            # parameters of our declaration
            sig = l[l.index(' ' + name + '(') + len(name) + 1:]
            params = []
            depth = 0; cur = ''
            body = sig[1:]
            # split params up to the matching ')'
            for ch in body:
                if ch == '(':
                    depth += 1
                if ch == ')':
                    if depth == 0:
                        break
                    depth -= 1
                if ch == ',' and depth == 0:
                    params.append(cur); cur = ''
                else:
                    cur += ch
            if cur.strip():
                params.append(cur)
            names = []
            for p in params:
                w = p.strip().split()
                if w:
                    names.append(w[0])
            rest = body[body.index(')') + 1:].strip() if ')' in body else ''
            results = []
            if rest.startswith('('):
                for p in rest[1:rest.rindex(')')].split(','):
                    w = p.strip().split()
                    results.append(w[0] if len(w) >= 2 else None)
            elif rest:
                results.append(None)
            def resindex(r):
                mm = re.match(r'~r(\d+)', r)
                if mm:
                    return int(mm.group(1))
                for k, rn in enumerate(results):
                    if rn == r:
                        return k
                return 0
            info = {}
            for col, msg in entries:
                mm = re.match(r'can inline (\S+) with cost (\d+)', msg)
                if mm:
                    prag.insert(0, '//minigo:inline %s' % mm.group(2))
                    continue
                mm = re.match(r'leaking param: (\w+) to result (\S+) level=(\d+)', msg)
                if mm:
                    info.setdefault(mm.group(1), []).append('r%d=%s' % (resindex(mm.group(2)), mm.group(3)))
                    continue
                mm = re.match(r'leaking param content: (\w+)$', msg)
                if mm:
                    if not any(x.startswith('heap=') for x in info.get(mm.group(1), [])):
                        info.setdefault(mm.group(1), []).append('heap=1')
                    continue
                mm = re.match(r'leaking param: (\w+)$', msg)
                if mm:
                    lst = [x for x in info.get(mm.group(1), []) if not x.startswith('heap=')]
                    info[mm.group(1)] = lst + ['heap=0']
                    continue
                mm = re.match(r'(\w+) does not escape$', msg)
                if mm:
                    info.setdefault(mm.group(1), [])
                    continue
            if noescape:
                for n in names:
                    info.setdefault(n, [])
            for n in names:
                if n in info and n != '_':
                    prag.append(('//minigo:leaks %s %s' % (n, ' '.join(info[n]))).rstrip())
        else:
            sys.stderr.write('%s: no source for %s\n' % (stdfile, l))
        out.extend(prag)
    out.append(l)
    i += 1
open(stdfile, 'w').write('\n'.join(out))
