#!/usr/bin/env python3
"""tools/difftest/reduce.py: shrinks a program on which minigo and go1.19
differ to a small one that differs the same way.

    reduce.py MINIGO MODE FILE.go [OUT.go]     MODE: m, m_l, m2_l or run
    reduce.py MINIGO MODE SEED [OUT.go]        gen.py's program SEED ("S:J")

The difference kept is the category of the first differing line
(difftest.classify) in that mode.  A candidate must still compile with
go1.19: the reducer deletes top-level declarations, statements, blocks and
case clauses, and repairs what a deletion leaves unused (`_ = x` after the
declaration, the import line or the label removed).  For the -m modes go's
output comes from `go tool compile -p main -complete -lang=go1.19` (what
`go build` runs, without its cache); the saved program is checked once more
with `go build`.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import difftest as dt  # noqa: E402
import gen  # noqa: E402

FLAGS = dict(dt.MODES)


class Checker:
    def __init__(self, minigo, mode, tmp):
        self.minigo = minigo
        self.mode = mode
        self.tmp = tmp
        self.env = dt.env_for_go(os.path.join(tmp, "gocache"))
        self.tests = 0

    def write(self, src):
        with open(os.path.join(self.tmp, "a.go"), "w") as f:
            f.write(src)

    def go_m(self, src):
        """(rc, lines) of go1.19's compile of src in this mode."""
        self.write(src)
        rc, out, err = dt.run(["go", "tool", "compile", "-p", "main", "-complete", "-lang=go1.19"]
                              + FLAGS[self.mode].split() + ["-o", os.path.join(self.tmp, "a.o"), "./a.go"],
                              self.tmp, self.env, timeout=120)
        return rc, [l for l in (out + err).splitlines() if l and not l.startswith("#")]

    def category(self, src):
        """None (same), "nocompile", or the category of the difference."""
        self.tests += 1
        if self.mode == "run":
            return self.run_category(src)
        rc, gl = self.go_m(src)
        if rc != 0:
            self.last_errors = gl
            return "nocompile"
        rc, _, err = dt.run([self.minigo, "build", "-gcflags=" + FLAGS[self.mode], "-o", "/dev/null",
                             "./a.go"], self.tmp, self.env, timeout=120)
        ml = [l for l in err.splitlines() if l and not l.startswith("#")]
        if rc != 0:
            return "minigo fails: " + dt._first_err(err)
        if gl == ml:
            return None
        return dt.classify(gl, ml)

    def run_category(self, src):
        self.write(src)
        rc, _, err = dt.run(["go", "build", "-o", "g.bin", "./a.go"], self.tmp, self.env, timeout=300)
        if rc != 0:
            self.last_errors = err.splitlines()
            return "nocompile"
        grc, gout, _ = dt.run(["./g.bin"], self.tmp, self.env, timeout=dt.RUN_TIMEOUT)
        if grc != 0:
            return "nocompile"
        rc, _, err = dt.run([self.minigo, "build", "-o", "m.bin", "./a.go"], self.tmp, self.env, timeout=120)
        if rc != 0:
            return "minigo fails: " + dt._first_err(err)
        mrc, mout, merr = dt.run(["./m.bin"], self.tmp, self.env, timeout=dt.RUN_TIMEOUT)
        if mrc != 0:
            why = "status %s" % mrc if mrc != "timeout" else "timeout"
            m = re.search(r"^(panic: .*|fatal error: .*)$", merr, re.M)
            if m and mrc != "timeout":
                why += ": " + re.sub(r"0x[0-9a-f]+", "0x?", m.group(1))[:80]
            return "run: " + why
        return None if gout == mout else "run: output"


def repair(src, errors):
    """Fixes what go reports unused after a deletion; None if it cannot."""
    lines = src.split("\n")
    inserts = []
    drop = set()
    for e in errors:
        m = re.match(r"^\./a\.go:(\d+):\d+: (\w+) declared but not used", e)
        if m:
            ln, name = int(m.group(1)) - 1, m.group(2)
            line = lines[ln]
            ind = re.match(r"^\t*", line).group(0)
            if line.rstrip().endswith("{"):
                if re.match(r"^\t*switch ", line):
                    return None
                inserts.append((ln + 1, ind + "\t_ = " + name))
            else:
                inserts.append((ln + 1, ind + "_ = " + name))
            continue
        m = re.match(r"^\./a\.go:(\d+):\d+: imported and not used: (\"[\w/]+\")", e)
        if m:
            ln = int(m.group(1)) - 1
            if lines[ln].strip() == m.group(2):
                drop.add(ln)
            elif lines[ln].strip() == "import " + m.group(2):
                drop.add(ln)
            else:
                return None
            continue
        m = re.match(r"^\./a\.go:(\d+):\d+: label (\w+) defined and not used", e)
        if m:
            ln = int(m.group(1)) - 1
            if lines[ln].strip() == m.group(2) + ":":
                drop.add(ln)
                continue
            return None
        if e.startswith("./a.go:"):
            return None
    base = src.split("\n")
    res = []
    ins = {}
    for ln, text in inserts:
        ins.setdefault(ln, []).append(text)
    for i, l in enumerate(base):
        if i in ins:
            res.extend(ins[i])
        if i not in drop:
            res.append(l)
    if len(base) in ins:
        res.extend(ins[len(base)])
    if not inserts and not drop:
        return None
    return "\n".join(res)


def compile_fixed(ck, src, target):
    """src, repaired until go compiles it; whether it shows target."""
    for _ in range(6):
        c = ck.category(src)
        if c != "nocompile":
            return src, c == target
        fixed = repair(src, getattr(ck, "last_errors", []))
        if fixed is None or fixed == src:
            return src, False
        src = fixed
    return src, False


def top_chunks(lines):
    """(start, end) line ranges of top-level declarations other than main,
    the package clause and the imports."""
    out = []
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("func main()") or l.startswith("package ") or l.startswith("import"):
            j = i
            if l.rstrip().endswith("(") or l.rstrip().endswith("{"):
                while j < len(lines) and lines[j] not in (")", "}"):
                    j += 1
            i = j + 1
            continue
        if l.startswith("//go:") and i + 1 < len(lines) and lines[i + 1].startswith("func main"):
            i += 1
            continue
        if l.startswith(("func ", "type ", "var ", "//go:")):
            j = i
            if l.startswith("//go:"):
                j += 1
            if lines[j].rstrip().endswith(("{", "(")):
                while j < len(lines) and lines[j] not in (")", "}"):
                    j += 1
            out.append((i, j))
            i = j + 1
            continue
        i += 1
    return out


def block_end(lines, i):
    depth = 0
    for j in range(i, len(lines)):
        depth += lines[j].count("{") - lines[j].count("}")
        if depth <= 0 and j > i or depth == 0:
            return j
    return None


def inner_candidates(lines):
    """(start, end) ranges inside functions: statements, blocks, clauses."""
    out = []
    for i in range(len(lines) - 1, -1, -1):
        l = lines[i]
        if not l.startswith("\t") or l.strip() in ("}", ")", "}()", "default:") or l.strip().startswith("} else"):
            continue
        s = l.strip()
        if s.startswith("case ") and s.endswith(":"):
            ind = l[:len(l) - len(l.lstrip("\t"))]
            j = i + 1
            while j < len(lines) and not (lines[j].startswith(ind + "case ") or lines[j].startswith(ind + "default:")
                                          or lines[j].startswith(ind + "}")):
                j += 1
            out.append((i, j - 1))
            continue
        if l.count("{") > l.count("}"):
            j = block_end(lines, i)
            if j is None:
                continue
            # an if with else: the whole statement
            while j + 1 < len(lines) and lines[j].strip().startswith("} else") and lines[j].rstrip().endswith("{"):
                k = block_end(lines, j)
                if k is None:
                    break
                j = k
            out.append((i, j))
        elif l.count("{") == l.count("}") and l.count("(") >= l.count(")"):
            if l.count("(") > l.count(")"):
                continue
            out.append((i, i))
    return out


def reduce_src(ck, src, target, budget=150.0, max_tests=600):
    t0 = time.time()
    progress = True
    while progress and time.time() - t0 < budget and ck.tests < max_tests:
        progress = False
        for gen_cands in (top_chunks, inner_candidates):
            lines = src.split("\n")
            cands = gen_cands(lines)
            k = 0
            while k < len(cands):
                if time.time() - t0 > budget or ck.tests >= max_tests:
                    break
                a, b = cands[k]
                lines = src.split("\n")
                if b >= len(lines):
                    k += 1
                    continue
                cand = "\n".join(lines[:a] + lines[b + 1:])
                new, ok = compile_fixed(ck, cand, target)
                if ok:
                    src = new
                    progress = True
                    cands = gen_cands(src.split("\n"))
                    # continue from the same position
                    k = min(k, len(cands))
                    k = next((x for x, (aa, _) in enumerate(cands) if (gen_cands is top_chunks and aa >= a)
                              or (gen_cands is inner_candidates and aa < a)), len(cands))
                    continue
                k += 1
    # blank-line runs
    src = re.sub(r"\n{3,}", "\n\n", src)
    return src


def reduce_one(minigo, mode, src, target=None, budget=150.0):
    """Returns (reduced source, category) or (None, why)."""
    tmp = tempfile.mkdtemp(prefix="difftest-reduce-")
    try:
        ck = Checker(minigo, mode, tmp)
        c = ck.category(src)
        if c is None or c == "nocompile":
            return None, "standalone program: %s" % ("identical" if c is None else "does not compile")
        if target is None or c != target:
            target = c
        out = reduce_src(ck, src, target, budget)
        return out, target
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")[:50]


def reduce_some(args, records, known, known_note):
    """Reduces up to args.reduce programs per (mode, category)."""
    outdir = os.path.join(args.work, "reduced")
    os.makedirs(outdir, exist_ok=True)
    seen = {}
    todo = []
    for r in records:
        for mode in ("m", "m_l", "m2_l", "run"):
            if mode in r and not r[mode].startswith("minigo fails (batch)"):
                key = (mode, r[mode])
                if seen.get(key, 0) < args.reduce:
                    seen[key] = seen.get(key, 0) + 1
                    todo.append((mode, r[mode], r["seed"]))
    if todo:
        print("reducing %d programs (at most %d per category) into %s" % (len(todo), args.reduce, outdir))
    for mode, cat, seed in todo:
        src = gen.generate(seed, "", True)
        red, why = reduce_one(args.minigo, mode, src, cat)
        if red is None:
            print("  %-8s %-45s %s: %s" % (dt.MODE_NAMES[mode], cat, seed, why))
            continue
        name = "%s_%s_%s" % (mode, slug(why), seed.replace(":", "_"))
        path = os.path.join(outdir, name + ".go")
        with open(path, "w") as f:
            f.write("// difftest: gen.py %s, %s: %s\n" % (seed, dt.MODE_NAMES[mode], why) + red)
        note = known_note(known, mode, why)
        print("  %-8s %-45s %s: %d lines, %s%s" % (dt.MODE_NAMES[mode], why, seed, red.count("\n"),
                                                  os.path.relpath(path), " [known]" if note else ""))


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    minigo, mode, what = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    if os.path.exists(what):
        src = open(what).read()
        src = re.sub(r"^// difftest:.*\n", "", src)
    else:
        src = gen.generate(what, "", True)
    red, why = reduce_one(minigo, mode, src, budget=300.0)
    if red is None:
        print(why, file=sys.stderr)
        return 1
    print("category: %s" % why, file=sys.stderr)
    if len(sys.argv) > 4:
        with open(sys.argv[4], "w") as f:
            f.write(red)
    else:
        sys.stdout.write(red)
    return 0


if __name__ == "__main__":
    sys.exit(main())
