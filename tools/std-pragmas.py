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

def split_top(s):
    """s split at its top-level commas."""
    parts, depth, cur = [], 0, ''
    for ch in s:
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return [x.strip() for x in parts]

def group(s):
    """The inside of the parenthesised group that starts s, and the rest."""
    depth = 0
    for k, ch in enumerate(s):
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth == 0:
                return s[1:k], s[k+1:]
    return s[1:], ''

def names_of(lst):
    """The parameter names of a parameter list, None for unnamed ones."""
    parts = split_top(lst)
    named = any(len(x.split(None, 1)) == 2 and re.match(r'^\w+$', x.split(None, 1)[0])
                and x.split(None, 1)[0] not in ('chan', 'func') for x in parts)
    if not named:
        return [None] * len(parts)
    return [x.split(None, 1)[0] for x in parts]

def sig_names(text):
    """Receiver and parameter names of the declaration starting text."""
    rest = text[len('func '):].lstrip()
    names = []
    if rest.startswith('('):
        recv, rest = group(rest)
        names += names_of(recv) or [None]
    m = re.match(r'\s*\w+', rest)
    rest = rest[m.end():].lstrip()
    if rest.startswith('['):
        return None  # generic
    params, rest = group(rest)
    rest = rest.lstrip()
    results = names_of(group(rest)[0]) if rest.startswith('(') else []
    return names + names_of(params), results

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
                return f, i + 1, '\n'.join(lines[i:i+20]), noescape
    return None

out = []
lines = open(stdfile).read().split('\n')
i = 0
while i < len(lines):
    l = lines[i]
    if l.startswith('//minigo:leaks') or l.startswith('//minigo:inline '):
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
            # go's parameter names, in order, receiver first: go's messages
            # name them, minigo's pragmas name minigo's
            gonames, goresults = sig_names(src) or (None, [])
            # parameters of our declaration
            sig = l[m.end(3):]
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
            if recv is not None:
                names += names_of(recv) or [None]
            names += names_of(','.join(params))
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
                if r in goresults:
                    return goresults.index(r)
                for k, rn in enumerate(results):
                    if rn == r:
                        return k
                return 0
            info = {}
            rename = {}
            if gonames and len(gonames) == len(names):
                rename = {g: n for g, n in zip(gonames, names) if g and n}
            def mine(mm):
                return rename.get(mm.group(1), mm.group(1))
            # -m=2 says how deep a content leak is: the fewest dereferences
            # on the way to anything but one of the function's results
            depth = {}
            for col, msg in entries:
                mm = re.match(r'parameter (\w+) leaks to (\S+) with derefs=(\d+):$', msg)
                if mm and not re.match(r'~r\d+$', mm.group(2)) and mm.group(2) not in goresults:
                    k = mine(mm)
                    depth[k] = min(depth.get(k, 99), int(mm.group(3)))
            for col, msg in entries:
                mm = re.match(r'can inline (\S+) with cost (\d+)', msg)
                if mm:
                    prag.insert(0, '//minigo:inline %s' % mm.group(2))
                    continue
                mm = re.match(r'leaking param: (\w+) to result (\S+) level=(\d+)', msg)
                if mm:
                    info.setdefault(mine(mm), []).append('r%d=%s' % (resindex(mm.group(2)), mm.group(3)))
                    continue
                mm = re.match(r'leaking param content: (\w+)$', msg)
                if mm:
                    if not any(x.startswith('heap=') for x in info.get(mine(mm), [])):
                        info.setdefault(mine(mm), []).append('heap=%d' % max(1, depth.get(mine(mm), 1)))
                    continue
                mm = re.match(r'leaking param: (\w+)$', msg)
                if mm:
                    lst = [x for x in info.get(mine(mm), []) if not x.startswith('heap=')]
                    info[mine(mm)] = lst + ['heap=0']
                    continue
                mm = re.match(r'(\w+) does not escape$', msg)
                if mm:
                    info.setdefault(mine(mm), [])
                    continue
            # gc: an unnamed or blank parameter of a function with a body
            # is unused, and does not escape
            if gonames and len(gonames) == len(names) and '{' in src.split('\n')[0]:
                for g, n in zip(gonames, names):
                    if (g is None or g == '_') and n:
                        info.setdefault(n, [])
            if noescape:
                for n in names:
                    info.setdefault(n, [])
            for n in names:
                if n and n in info and n != '_':
                    prag.append(('//minigo:leaks %s %s' % (n, ' '.join(info[n]))).rstrip())
        else:
            sys.stderr.write('%s: no source for %s\n' % (stdfile, l))
        out.extend(prag)
    out.append(l)
    i += 1
open(stdfile, 'w').write('\n'.join(out))
