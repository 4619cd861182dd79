#!/usr/bin/env python3
"""tools/difftest/gen.py: random, well-typed, deterministic Go programs
shaped for escape analysis and inlining (issue 12, item 6).

    gen.py SEED                  one program, standalone (its main is main)
    gen.py SEED --prefix p7_     the same program for a batch: every
                                 top-level name prefixed, main renamed p7_main

A program is a function of its seed alone (Python's random.Random(SEED),
whose sequence is fixed across Python 3 versions for the calls used here).
It always compiles with go1.19 (no unused variable, import or label, no
type error), terminates quickly (bounded loops, no recursion: a function
calls only the functions declared before it), never panics (indices masked
and guarded, maps made, pointers never nil where dereferenced) and prints
only deterministic output (no addresses, maps only through sorted keys or
commutative sums, no goroutines).

What it exercises: pointers and &x, &T{}, new, make with constant and
variable sizes, closures capturing by value and by reference (called,
returned, stored, deferred), method values and expressions, an interface
with two implementations, type switches and assertions, slices and append,
maps, string/[]byte/[]rune conversions, defer (in loops too), nested loops
with labels, named results (address taken, set by a deferred closure),
variadic functions, globals as sinks, and std calls (fmt, strings,
strconv, sort, errors).
"""
import random
import sys

INT, STR, BOOL = "int", "string", "bool"
SINT, SBYTE, SSTR = "[]int", "[]byte", "[]string"
MAP = "map[string]int"
PINT = "*int"
ANY, ERR = "any", "error"
FN = "func(int) int"
# T, *T, I, V are per-program names (prefixed); written symbolically here.
T, PT, I, V = "T", "*T", "I", "V"

VALUE_TYPES = [INT, INT, INT, STR, STR, BOOL, SINT, SINT, SBYTE, SSTR, MAP,
               PINT, PT, PT, PT, T, I, I, ANY, ERR, FN, FN, V]
PARAM_TYPES = [INT, INT, INT, STR, STR, SINT, SBYTE, SSTR, MAP, PINT, PT, PT,
               T, I, ANY, FN]
RESULT_TYPES = [INT, INT, STR, SINT, PT, PT, PINT, SBYTE, I, ANY, ERR, FN,
                SSTR, T]
WORDS = ["a", "bc", "def", "x y", "go", "heap", "stack", "k1", "k2", "z,w"]


class Var:
    def __init__(self, name, ty, depth):
        self.name = name
        self.ty = ty
        self.used = False
        self.depth = depth      # closure depth where declared
        self.addr_ok = True     # may take &name
        self.readonly = False   # a loop counter: never assigned


class Func:
    def __init__(self, name, params, results, named, variadic=False):
        self.name = name
        self.params = params    # list of (name, ty)
        self.results = results  # list of ty
        self.named = named      # list of names or None
        self.variadic = variadic
        self.heavy = False      # loops, or calls of heavy functions


class Gen:
    def __init__(self, seed, prefix):
        self.r = random.Random(seed)
        self.P = prefix
        self.imports = set()
        self.funcs = []         # callable helpers declared so far
        self.out = []
        self.counter = 0
        self.scopes = []        # list of lists of Var
        self.closure_depth = 0
        self.loop_depth = 0
        self.labels = []        # stack of [label, used]
        self.budget = 0
        self.globals = []

    # ---- naming and types ----
    def t(self, ty):
        """Go spelling of a symbolic type."""
        p = self.P
        return {T: p + "T", PT: "*" + p + "T", I: p + "I", V: p + "V"}.get(ty, ty)

    def fresh(self, base="v"):
        self.counter += 1
        return "%s%d" % (base, self.counter)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    # ---- scopes ----
    def push(self):
        self.scopes.append([])

    def pop(self, ind):
        """Closes a block: returns `_ = x` lines for its unused variables."""
        lines = []
        for v in self.scopes.pop():
            if not v.used:
                lines.append(ind + "_ = " + v.name)
        return lines

    def declare(self, name, ty, addr_ok=True):
        v = Var(name, ty, self.closure_depth)
        v.addr_ok = addr_ok
        self.scopes[-1].append(v)
        return v

    def vars_of(self, ty):
        return [v for s in self.scopes for v in s if v.ty == ty]

    def wvars_of(self, ty):
        return [v for v in self.vars_of(ty) if not v.readonly]

    def sel(self, e):
        """e as the operand of a selector."""
        if e[:1] in "&*" or e.startswith("func("):
            return "(" + e + ")"
        return e

    def hdr(self, e):
        """e in an if/for/switch header: a composite literal of a named
        type at the top level needs parentheses there."""
        depth = 0
        for i, ch in enumerate(e):
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            elif depth == 0 and e.startswith(self.P + "T{", i) and (i == 0 or not (e[i-1].isalnum() or e[i-1] == "_")):
                return "(" + e + ")"
        return e

    def use(self, v):
        v.used = True
        return v.name

    def var_of(self, ty):
        vs = self.vars_of(ty)
        if not vs:
            return None
        return self.use(self.pick(vs))

    # ---- expressions ----
    def small(self):
        return str(self.r.randint(0, 9))

    def word(self):
        return '"%s"' % self.pick(WORDS)

    def nonneg(self, depth):
        """An int expression known to be >= 0 and small."""
        c = self.r.randint(0, 3)
        if c == 0:
            return self.small()
        if c == 1:
            return "((%s) & 7)" % self.expr(INT, depth + 1)
        if c == 2:
            v = self.var_of(SINT) or self.var_of(STR)
            return "len(%s)" % v if v else self.small()
        return "%d" % self.r.randint(1, 16)

    def size(self, depth, most):
        """A make size: a constant, or a variable one."""
        if self.chance(0.5):
            return str(self.r.randint(1, most))
        return self.nonneg(depth)

    def call_of(self, ty, depth):
        """A call of an earlier helper with one result of type ty."""
        fs = [f for f in self.callable() if len(f.results) == 1 and f.results[0] == ty]
        if not fs or depth > 3:
            return None
        f = self.pick(fs)
        return self.call(f, depth)

    def callable(self):
        if self.loop_depth > 0:
            return [f for f in self.funcs if not f.heavy]
        return self.funcs

    def call(self, f, depth):
        if f.heavy:
            self.heavy = True
        args = []
        for i, (pn, pt) in enumerate(f.params):
            if f.variadic and i == len(f.params) - 1:
                n = self.r.randint(0, 3)
                if n == 3 and self.chance(0.5):
                    args.append(self.expr(SINT, depth + 1) + "...")
                else:
                    args.extend(self.expr(INT, depth + 1) for _ in range(n))
            else:
                args.append(self.expr(pt, depth + 1))
        return "%s(%s)" % (f.name, ", ".join(args))

    def expr(self, ty, depth=0):
        if depth > 3:
            return self.leaf(ty)
        r = self.r.random()
        if r < 0.35:
            v = self.var_of(ty)
            if v:
                return v
        if r < 0.5:
            c = self.call_of(ty, depth)
            if c:
                return c
        m = getattr(self, "e_" + {INT: "int", STR: "str", BOOL: "bool", SINT: "sint",
                                  SBYTE: "sbyte", SSTR: "sstr", MAP: "map", PINT: "pint",
                                  PT: "pt", T: "tv", I: "iface", V: "vv", ANY: "any",
                                  ERR: "err", FN: "fn"}[ty])
        return m(depth)

    def leaf(self, ty):
        v = self.var_of(ty)
        if v:
            return v
        P = self.P
        return {INT: self.small(), STR: self.word(), BOOL: "true",
                SINT: "[]int{1, 2}", SBYTE: "[]byte(%s)" % self.word(),
                SSTR: "[]string{%s}" % self.word(), MAP: 'map[string]int{"a": 1}',
                PINT: "new(int)", PT: "&%sT{n: 1}" % P, T: "%sT{}" % P,
                I: "%sV(1)" % P, V: "%sV(2)" % P, ANY: self.small(), ERR: "nil",
                FN: "func(a int) int { return a + 1 }"}[ty]

    def e_int(self, d):
        c = self.r.randint(0, 16)
        x = lambda t=INT: self.expr(t, d + 1)
        if c == 0:
            return self.small()
        if c == 1:
            return "%s + %s" % (x(), x())
        if c == 2:
            return "%s * %d" % (x(), self.r.randint(2, 5))
        if c == 3:
            return "len(%s)" % x(self.pick([STR, SINT, SBYTE, SSTR, MAP]))
        if c == 4:
            return "%s.n" % self.sel(x(PT))
        if c == 5:
            return "*%s" % x(PINT)
        if c == 6:
            return "%s.M(%s)" % (self.sel(x(I)), x())
        if c == 7:
            return "%s(%s)" % (x(FN), x())
        if c == 8:
            return "%sat(%s, %s)" % (self.P, x(SINT), x())
        if c == 9:
            return '%s[%s]' % (x(MAP), self.word())
        if c == 10:
            self.imports.add("strings")
            return "strings.%s(%s, %s)" % (self.pick(["Index", "Count", "LastIndex"]), x(STR), self.word())
        if c == 11:
            return "cap(%s)" % x(self.pick([SINT, SBYTE]))
        if c == 12:
            return "%s.get()" % self.sel(x(T))
        if c == 13:
            return "int(%s)" % x(V)
        if c == 14:
            return "%ssum(%s)" % (self.P, ", ".join(x() for _ in range(self.r.randint(0, 3))))
        if c == 15:
            return "(%s - %s) ^ %d" % (x(), x(), self.r.randint(1, 255))
        return "%s.M(%s)" % (self.sel(x(PT)), x())

    def e_str(self, d):
        c = self.r.randint(0, 12)
        x = lambda t=STR: self.expr(t, d + 1)
        if c == 0:
            return self.word()
        if c == 1:
            return "%s + %s" % (x(), x())
        if c == 2:
            self.imports.add("fmt")
            return 'fmt.Sprintf("%%d:%%s", %s, %s)' % (x(INT), x())
        if c == 3:
            self.imports.add("strconv")
            return "strconv.Itoa(%s)" % x(INT)
        if c == 4:
            return "string(%s)" % x(SBYTE)
        if c == 5:
            self.imports.add("strings")
            return "strings.Repeat(%s, %d)" % (x(), self.r.randint(0, 3))
        if c == 6:
            self.imports.add("strings")
            return "strings.%s(%s)" % (self.pick(["ToUpper", "TrimSpace", "ToLower"]), x())
        if c == 7:
            return "%s.s" % self.sel(x(PT))
        if c == 8:
            self.imports.add("strings")
            return 'strings.Join(%s, "-")' % x(SSTR)
        if c == 9:
            self.imports.add("fmt")
            return "fmt.Sprint(%s)" % x(self.pick([INT, STR, SINT, PINT if False else BOOL]))
        if c == 10:
            return "string(rune(65 + ((%s) & 15)))" % x(INT)
        if c == 11:
            return "%s.Error()" % self.e_err_nonnil(d + 1)
        self.imports.add("strings")
        return 'strings.ReplaceAll(%s, "a", %s)' % (x(), x())

    def e_bool(self, d):
        c = self.r.randint(0, 6)
        x = lambda t=INT: self.expr(t, d + 1)
        if c == 0:
            return "%s < %s" % (x(), x())
        if c == 1:
            return "%s == %s" % (x(STR), x(STR))
        if c == 2:
            return "len(%s) > %d" % (x(self.pick([SINT, STR, SSTR])), self.r.randint(0, 3))
        if c == 3:
            self.imports.add("strings")
            return "strings.%s(%s, %s)" % (self.pick(["Contains", "HasPrefix", "HasSuffix"]), x(STR), self.word())
        if c == 4:
            return "%s != %s" % (x(PT), x(PT))
        if c == 5:
            return "(%s)%%2 == 0" % x()
        return "!(%s)" % self.e_bool(d + 1)

    def e_sint(self, d):
        c = self.r.randint(0, 8)
        x = lambda t=INT: self.expr(t, d + 1)
        if c == 0:
            return "[]int{%s}" % ", ".join(x() for _ in range(self.r.randint(0, 3)))
        if c == 1:
            return "make([]int, %d)" % self.r.randint(0, 8)
        if c == 2:
            return "make([]int, %s)" % self.nonneg(d)
        if c == 3:
            return "make([]int, 0, %s)" % self.size(d, 64)
        if c == 4:
            return "append(%s, %s)" % (x(SINT), x())
        if c == 5:
            return "%s.xs" % self.sel(x(PT))
        if c == 6:
            return "%s[:len(%s)/2]" % ((lambda s: (s, s))(self.var_of(SINT) or "[]int{1, 2, 3}"))
        if c == 7:
            return "append([]int(nil), %s...)" % x(SINT)
        return "%sarr[:]" % self.P if False else "[]int{%s, 4}" % x()

    def e_sbyte(self, d):
        c = self.r.randint(0, 5)
        x = lambda t=SBYTE: self.expr(t, d + 1)
        if c == 0:
            return "[]byte(%s)" % self.expr(STR, d + 1)
        if c == 1:
            return "make([]byte, %s)" % self.size(d, 32)
        if c == 2:
            return "append(%s, 'x')" % x()
        if c == 3:
            return "append(%s, %s...)" % (x(), self.expr(STR, d + 1))
        if c == 4:
            self.imports.add("strconv")
            return "strconv.AppendInt(%s, int64(%s), 10)" % (x(), self.expr(INT, d + 1))
        return "[]byte{'a', byte((%s) & 0x7f)}" % self.expr(INT, d + 1)

    def e_sstr(self, d):
        c = self.r.randint(0, 4)
        if c == 0:
            return "[]string{%s}" % ", ".join(self.expr(STR, d + 1) for _ in range(self.r.randint(0, 3)))
        if c == 1:
            self.imports.add("strings")
            return 'strings.Split(%s, ",")' % self.expr(STR, d + 1)
        if c == 2:
            self.imports.add("strings")
            return "strings.Fields(%s)" % self.expr(STR, d + 1)
        if c == 3:
            return "append(%s, %s)" % (self.expr(SSTR, d + 1), self.expr(STR, d + 1))
        return "make([]string, %s)" % self.nonneg(d)

    def e_map(self, d):
        c = self.r.randint(0, 2)
        if c == 0:
            return "map[string]int{%s: %s}" % (self.word(), self.expr(INT, d + 1))
        if c == 1:
            return "make(map[string]int)"
        return "make(map[string]int, %s)" % self.size(d, 16)

    def e_pint(self, d):
        c = self.r.randint(0, 3)
        if c == 0:
            return "new(int)"
        if c == 1:
            vs = [v for v in self.vars_of(INT) if v.addr_ok]
            if vs:
                return "&" + self.use(self.pick(vs))
            return "new(int)"
        if c == 2:
            return "&%s.n" % self.sel(self.expr(PT, d + 1))
        vs = self.vars_of(PINT)
        return self.use(self.pick(vs)) if vs else "new(int)"

    def e_pt(self, d):
        c = self.r.randint(0, 4)
        P = self.P
        if c == 0:
            return "new(%sT)" % P
        if c == 1:
            vs = [v for v in self.vars_of(T) if v.addr_ok]
            if vs:
                return "&" + self.use(self.pick(vs))
        if c == 2:
            return "%snewT(%s, %s)" % (P, self.expr(INT, d + 1), self.expr(STR, d + 1))
        return "&%s" % self.tlit(d)

    def tlit(self, d):
        fields = []
        if self.chance(0.7):
            fields.append("n: " + self.expr(INT, d + 1))
        if self.chance(0.5):
            fields.append("s: " + self.expr(STR, d + 1))
        if self.chance(0.3):
            fields.append("xs: " + self.expr(SINT, d + 1))
        if self.chance(0.2):
            fields.append("p: " + self.expr(PINT, d + 1))
        return "%sT{%s}" % (self.P, ", ".join(fields))

    def e_tv(self, d):
        if self.chance(0.6):
            return self.tlit(d)
        return "*" + self.expr(PT, d + 1)

    def e_iface(self, d):
        c = self.r.randint(0, 4)
        if c == 0:
            return self.expr(PT, d + 1)
        if c == 1:
            return "%sV(%s)" % (self.P, self.expr(INT, d + 1))
        if c == 2:
            return self.expr(V, d + 1)
        if c == 3:
            return "%sI(%s)" % (self.P, self.expr(self.pick([PT, V]), d + 1))
        return "&" + self.tlit(d)

    def e_vv(self, d):
        return "%sV(%s)" % (self.P, self.expr(INT, d + 1))

    def e_any(self, d):
        ty = self.pick([INT, STR, PT, SINT, I, BOOL, T, PINT])
        if self.chance(0.2):
            return "any(%s)" % self.expr(ty, d + 1)
        return self.expr(ty, d + 1)

    def e_err_nonnil(self, d):
        if self.chance(0.5):
            self.imports.add("errors")
            return "errors.New(%s)" % self.expr(STR, d + 1)
        self.imports.add("fmt")
        return 'fmt.Errorf("e%%d", %s)' % self.expr(INT, d + 1)

    def e_err(self, d):
        if self.chance(0.2):
            return "nil"
        return self.e_err_nonnil(d)

    def e_fn(self, d):
        c = self.r.randint(0, 5)
        P = self.P
        if c <= 1:
            return self.closure(d)
        if c == 2:
            return "%s.M" % self.sel(self.expr(PT, d + 1))
        if c == 3:
            return "%s.M" % self.sel(self.expr(I, d + 1))
        if c == 4:
            return "%s.M" % self.sel(self.expr(V, d + 1))
        fs = [f for f in self.callable() if [t for _, t in f.params] == [INT] and f.results == [INT]
              and not f.variadic]
        if fs:
            return self.pick(fs).name
        return self.closure(d)

    def closure(self, d):
        """func(a int) int { ... } capturing what is in scope."""
        a = self.fresh("a")
        saved_labels = self.labels
        self.labels = []
        self.closure_depth += 1
        self.push()
        self.declare(a, INT).used = True
        body = self.block_stmts("\t\t", self.r.randint(0, 2), d + 2)
        ret = "return " + self.expr(INT, d + 1)
        body += self.pop("\t\t")
        self.closure_depth -= 1
        self.labels = saved_labels
        if not body and self.chance(0.7):
            return "func(%s int) int { %s }" % (a, ret)
        # An inline multi-line literal: statements joined with "; " on one line
        # would be unreadable; keep one line per statement, indented.
        inner = "\n".join(body + ["\t\t" + ret])
        return "func(%s int) int {\n%s\n\t}" % (a, inner)

    # ---- statements ----
    def block_stmts(self, ind, n, d=0):
        lines = []
        for _ in range(n):
            if self.budget <= 0:
                break
            lines.extend(self.stmt(ind, d))
        return lines

    def stmt(self, ind, d=0):
        self.budget -= 1
        r = self.r
        P = self.P
        kinds = ["decl"] * 6 + ["assign"] * 3 + ["store"] * 3 + ["sink"] * 2 + \
                ["append"] * 2 + ["map"] * 2 + ["if", "for", "for", "range", "print", "print",
                 "defer", "switch", "tswitch", "assert", "call", "closure_call", "sort",
                 "builder", "index", "copy"]
        if self.labels:
            kinds += ["brk"]
        k = self.pick(kinds)
        x = lambda t: self.expr(t, d + 1)
        if k == "decl":
            ty = self.pick(VALUE_TYPES)
            name = self.fresh()
            e = x(ty)
            if ty in (I, ANY, ERR) or ty == FN and self.chance(0.3):
                line = "%svar %s %s = %s" % (ind, name, self.t(ty), e)
            elif self.chance(0.1) and ty in (INT, STR, SINT, PT):
                line = "%svar %s %s" % (ind, name, self.t(ty))
                self.declare(name, ty)
                return [line] + ["%s%s = %s" % (ind, name, e)]
            else:
                line = "%s%s := %s" % (ind, name, e)
            self.declare(name, ty)
            return [line]
        if k == "assign":
            # never a func(int) int variable: a closure calls only the
            # func values made before it, so no call can recurse
            ty = self.pick([INT, STR, SINT, PT, I, ANY, PINT, SBYTE])
            vs = self.wvars_of(ty)
            if not vs:
                return self.stmt(ind, d)
            v = self.pick(vs)
            if ty == INT and self.chance(0.4):
                return ["%s%s %s %s" % (ind, v.name, self.pick(["+=", "-=", "^="]), x(INT))]
            return ["%s%s = %s" % (ind, v.name, self.trim(ty, x(ty)))]
        if k == "store":
            c = r.randint(0, 5)
            s = lambda: self.sel(x(PT))
            if c == 0:
                return ["%s*%s = %s" % (ind, x(PINT), x(INT))]
            if c == 1:
                return ["%s%s.next = %s" % (ind, s(), x(PT))]
            if c == 2:
                return ["%s%s.xs = %s" % (ind, s(), x(SINT))]
            if c == 3:
                return ["%s%s.p = %s" % (ind, s(), x(PINT))]
            if c == 4:
                return ["%s%s.set(%s)" % (ind, s(), self.trim(STR, x(STR)))]
            return ["%s%s.s = %s" % (ind, s(), self.trim(STR, x(STR)))]
        if k == "sink":
            c = r.randint(0, 4)
            if c == 0:
                return ["%s%ssinkT = %s" % (ind, P, x(PT))]
            if c == 1:
                return ["%s%ssinkAny = %s" % (ind, P, x(ANY))]
            if c == 2:
                return ["%s%ssinkS = %s" % (ind, P, x(SINT))]
            if c == 3:
                return ["%s%ssinkF = %s" % (ind, P, x(FN))]
            return ["%s%ssinkP = %s" % (ind, P, x(PINT))]
        if k == "append":
            ty = self.pick([SINT, SBYTE, SSTR])
            vs = self.wvars_of(ty)
            if not vs:
                return self.stmt(ind, d)
            v = self.pick(vs)
            el = {SINT: INT, SBYTE: None, SSTR: STR}[ty]
            if el is None:
                return ["%s%s = %s" % (ind, v.name, self.trim(SBYTE, "append(%s, %s...)" % (self.use(v), x(STR))))]
            return ["%s%s = append(%s, %s)" % (ind, v.name, self.use(v), x(el))]
        if k == "map":
            m = x(MAP)
            c = r.randint(0, 2)
            if c == 0:
                return ["%s%s[%s] = %s" % (ind, m, x(STR), x(INT))]
            if c == 1:
                return ["%sdelete(%s, %s)" % (ind, m, self.word())]
            vs = self.wvars_of(INT)
            if not vs:
                return ["%s%s[%s]++" % (ind, m, self.word())]
            t = self.pick(vs)
            k2 = self.fresh("k")
            return ["%sif %s, ok := %s[%s]; ok {" % (ind, k2, m, self.word()),
                    "%s\t%s += %s" % (ind, t.name, k2), ind + "}"]
        if k == "if":
            cond = self.hdr(x(BOOL))
            self.push()
            a = self.block_stmts(ind + "\t", r.randint(1, 3), d)
            a += self.pop(ind + "\t")
            lines = ["%sif %s {" % (ind, cond)] + a
            if self.chance(0.4):
                self.push()
                b = self.block_stmts(ind + "\t", r.randint(1, 2), d)
                b += self.pop(ind + "\t")
                lines += [ind + "} else {"] + b
            return lines + [ind + "}"]
        if k == "for":
            if self.loop_depth >= 3:
                return self.stmt(ind, d)
            i = self.fresh("i")
            label = self.fresh("L")
            n = r.randint(1, 4)
            self.push()
            self.declare(i, INT, addr_ok=False).readonly = True
            self.loop_depth += 1
            self.heavy = True
            self.labels.append([label, False])
            body = self.block_stmts(ind + "\t", r.randint(1, 4), d)
            lab = self.labels.pop()
            self.loop_depth -= 1
            body += self.pop(ind + "\t")
            head = "%sfor %s := 0; %s < %d; %s++ {" % (ind, i, i, n, i)
            lines = [head] + body + [ind + "}"]
            if lab[1]:
                lines = ["%s%s:" % (ind[:-1] if ind else "", label)] + lines
            return lines
        if k == "brk":
            lab = self.pick(self.labels)
            cond = self.hdr(x(BOOL))
            if self.chance(0.5):
                lab[1] = True
                return ["%sif %s {" % (ind, cond),
                        "%s\t%s %s" % (ind, self.pick(["break", "continue"]), lab[0]), ind + "}"]
            return ["%sif %s {" % (ind, cond), "%s\t%s" % (ind, self.pick(["break", "continue"])), ind + "}"]
        if k == "range":
            ty = self.pick([SINT, STR, MAP, SSTR, SBYTE])
            if self.loop_depth >= 3:
                return self.stmt(ind, d)
            coll = self.hdr(x(ty))
            self.heavy = True
            self.push()
            kv, vv = self.fresh("k"), self.fresh("e")
            kt = {SINT: INT, STR: INT, MAP: STR, SSTR: INT, SBYTE: INT}[ty]
            vt = {SINT: INT, STR: "rune", MAP: INT, SSTR: STR, SBYTE: "byte"}[ty]
            if ty == MAP:
                # iteration order is random: only a commutative sum escapes
                acc = [v for v in self.wvars_of(INT)]
                self.pop("")
                if not acc:
                    return ["%sfor range %s {" % (ind, coll), ind + "}"]
                a = self.pick(acc)
                return ["%sfor _, %s := range %s {" % (ind, vv, coll),
                        "%s\t%s += %s" % (ind, self.use(a), vv), ind + "}"]
            self.declare(kv, kt, addr_ok=False).readonly = True
            if vt in (INT, STR):
                self.declare(vv, vt)
            else:
                self.declare(vv, "other").used = True
                vv_use = "%s\t_ = %s" % (ind, vv)
            self.loop_depth += 1
            label = self.fresh("L")
            self.labels.append([label, False])
            body = self.block_stmts(ind + "\t", r.randint(1, 3), d)
            lab = self.labels.pop()
            self.loop_depth -= 1
            if vt not in (INT, STR):
                body.insert(0, vv_use)
            body += self.pop(ind + "\t")
            lines = ["%sfor %s, %s := range %s {" % (ind, kv, vv, coll)] + body + [ind + "}"]
            if lab[1]:
                lines = ["%s%s:" % (ind[:-1] if ind else "", label)] + lines
            return lines
        if k == "print":
            self.imports.add("fmt")
            n = r.randint(1, 3)
            args = [x(self.pick([INT, STR, BOOL, SINT, SSTR, V, MAP])) for _ in range(n)]
            return ["%sfmt.Println(%s)" % (ind, ", ".join(args))]
        if k == "defer":
            c = r.randint(0, 3)
            if c == 0:
                vs = self.vars_of(INT)
                if vs:
                    v = self.pick(vs)
                    v.used = True
                    return ["%sdefer func() {" % ind, "%s\t%s%s = %s" % (ind, P, "gint", v.name), ind + "}()"]
                return ["%sdefer func() { %sgint++ }()" % (ind, P)]
            if c == 1:
                self.imports.add("fmt")
                return ["%sdefer fmt.Println(%s)" % (ind, x(self.pick([INT, STR])))]
            if c == 2:
                return ["%sdefer %ssinkInt(%s)" % (ind, P, x(INT))]
            return ["%sdefer func(p %s) { %sgint += p.n }(%s)" % (ind, self.t(PT), P, x(PT))]
        if k == "switch":
            e = self.hdr(x(INT))
            lines = ["%sswitch (%s) & 3 {" % (ind, e)]
            for c in range(r.randint(1, 3)):
                self.push()
                body = self.block_stmts(ind + "\t", r.randint(1, 2), d)
                body += self.pop(ind + "\t")
                lines += ["%scase %d:" % (ind, c)] + body
            if self.chance(0.5):
                self.push()
                body = self.block_stmts(ind + "\t", 1, d)
                body += self.pop(ind + "\t")
                lines += [ind + "default:"] + body
            return lines + [ind + "}"]
        if k == "tswitch":
            src = self.pick([I, ANY])
            e = self.ivalue(src, d)
            tv = self.fresh("t")
            lines = ["%sswitch %s := %s.(type) {" % (ind, tv, e)]
            cases = [PT, V, INT, STR, SINT] if src == ANY else [PT, V]
            r.shuffle(cases)
            for ct in cases[:r.randint(1, len(cases))]:
                self.push()
                self.declare(tv, ct, addr_ok=False)
                body = self.block_stmts(ind + "\t", r.randint(0, 2), d)
                body += self.pop(ind + "\t")
                lines += ["%scase %s:" % (ind, self.t(ct))] + body
            self.push()
            self.declare(tv, src, addr_ok=False)
            body = self.block_stmts(ind + "\t", r.randint(0, 1), d)
            body += self.pop(ind + "\t")
            lines += [ind + "default:"] + body
            return lines + [ind + "}"]
        if k == "assert":
            src = self.pick([I, ANY])
            ct = self.pick([PT, V] if src == I else [PT, V, INT, STR])
            tv = self.fresh("t")
            lines = ["%sif %s, ok := %s.(%s); ok {" % (ind, tv, self.ivalue(src, d), self.t(ct))]
            self.push()
            self.declare(tv, ct, addr_ok=False)
            body = self.block_stmts(ind + "\t", r.randint(0, 2), d)
            body += self.pop(ind + "\t")
            return lines + body + [ind + "}"]
        if k == "call":
            fs = self.callable()
            if not fs:
                return self.stmt(ind, d)
            f = self.pick(fs)
            if len(f.results) == 0 or self.chance(0.3):
                return [ind + self.call(f, d)]
            names = []
            lines = []
            for rt in f.results:
                if self.chance(0.3):
                    names.append("_")
                else:
                    n = self.fresh()
                    names.append(n)
            if all(n == "_" for n in names):
                return [ind + "_ = " + self.call(f, d) if len(names) == 1 else ind + self.call(f, d)]
            c = self.call(f, d)
            for n, rt in zip(names, f.results):
                if n != "_":
                    self.declare(n, rt)
            return ["%s%s := %s" % (ind, ", ".join(names), c)]
        if k == "closure_call":
            c = r.randint(0, 2)
            if c == 0:
                saved_labels, self.labels = self.labels, []  # no break out of a func
                self.push()
                body = self.block_stmts(ind + "\t", r.randint(1, 3), d)
                body += self.pop(ind + "\t")
                self.labels = saved_labels
                return ["%sfunc() {" % ind] + body + [ind + "}()"]
            if c == 1:
                vs = self.wvars_of(INT)
                if not vs:
                    return self.stmt(ind, d)
                v = self.pick(vs)
                return ["%sfunc() { %s++ }()" % (ind, v.name)]
            return ["%s%ssinkInt(%s(%s))" % (ind, P, x(FN), x(INT))]
        if k == "sort":
            c = r.randint(0, 2)
            if c < 2 or self.vars_of(SINT):
                self.imports.add("sort")
            if c == 0:
                return ["%ssort.Ints(%s)" % (ind, x(SINT))]
            if c == 1:
                return ["%ssort.Strings(%s)" % (ind, x(SSTR))]
            vs = self.vars_of(SINT)
            if not vs:
                return self.stmt(ind, d)
            s = self.use(self.pick(vs))
            return ["%ssort.Slice(%s, func(i, j int) bool { return %s[i] < %s[j] })" % (ind, s, s, s)]
        if k == "builder":
            self.imports.add("strings")
            b = self.fresh("b")
            self.declare(b, "builder", addr_ok=False).used = True
            lines = ["%svar %s strings.Builder" % (ind, b)]
            for _ in range(r.randint(1, 3)):
                lines.append("%s%s.WriteString(%s)" % (ind, b, x(STR)))
            res = self.fresh()
            self.declare(res, STR)
            lines.append("%s%s := %s.String()" % (ind, res, b))
            return lines
        if k == "index":
            vs = self.vars_of(SINT)
            if not vs:
                return self.stmt(ind, d)
            s = self.use(self.pick(vs))
            return ["%sif len(%s) > %d {" % (ind, s, r.randint(0, 2)),
                    "%s\t%s[0] = %s" % (ind, s, x(INT)), ind + "}"]
        # copy
        return ["%s%ssinkInt(copy(%s, %s))" % (ind, P, x(SINT), x(SINT))]

    def trim(self, ty, e):
        """Bounds what an assignment can accumulate (loops, repeated calls)."""
        if ty == STR:
            return "%sts(%s)" % (self.P, e)
        if ty == SBYTE:
            return "%stb(%s)" % (self.P, e)
        return e

    def ivalue(self, src, d):
        """An interface-typed expression (operand of .(type))."""
        vs = self.vars_of(src)
        if vs and self.chance(0.7):
            return self.use(self.pick(vs))
        if src == I:
            return "%sI(%s)" % (self.P, self.expr(self.pick([PT, V]), d + 1))
        return "any(%s)" % self.expr(self.pick([INT, STR, PT, V, SINT]), d + 1)

    # ---- functions ----
    def function(self, idx):
        P = self.P
        r = self.r
        name = "%sf%d" % (P, idx)
        params = [(self.fresh("x"), self.pick(PARAM_TYPES)) for _ in range(r.randint(0, 3))]
        variadic = self.chance(0.1)
        if variadic:
            params.append((self.fresh("xs"), SINT))
        nres = self.pick([0, 1, 1, 1, 2])
        results = [self.pick(RESULT_TYPES) for _ in range(nres)]
        named = [self.fresh("r") for _ in results] if results and self.chance(0.3) else None
        self.push()
        for pn, pt in params:
            self.declare(pn, pt).used = True
        self.budget = r.choice([2, 4, 8, 14])
        self.heavy = False
        body = []
        if named:
            # a bare return must not hand back a nil pointer, interface or func
            for rn, rt in zip(named, results):
                if rt in (PT, PINT, I, FN) or self.chance(0.3):
                    body.append("\t%s = %s" % (rn, self.expr(rt, 1)))
            for rn, rt in zip(named, results):
                # a func result, returned, must not be called by what it holds
                self.declare(rn, rt if rt != FN else "fnresult").used = True
        body += self.block_stmts("\t", r.randint(1, 8))
        if named and self.chance(0.3) and INT in results:
            rn = named[results.index(INT)]
            body.append("\tdefer func() { %s++ }()" % rn)
        ret = []
        if results:
            if named and self.chance(0.5):
                ret = ["\treturn"]
            else:
                ret = ["\treturn " + ", ".join(self.expr(t, 1) for t in results)]
        body = body + self.pop("\t") + ret
        sig = []
        for i, (pn, pt) in enumerate(params):
            if variadic and i == len(params) - 1:
                sig.append("%s ...int" % pn)
            else:
                sig.append("%s %s" % (pn, self.t(pt)))
        if named:
            res = " (" + ", ".join("%s %s" % (n, self.t(t)) for n, t in zip(named, results)) + ")"
        elif len(results) == 1:
            res = " " + self.t(results[0])
        elif results:
            res = " (" + ", ".join(self.t(t) for t in results) + ")"
        else:
            res = ""
        lines = []
        if self.chance(0.08):
            lines.append("//go:noinline")
        lines.append("func %s(%s)%s {" % (name, ", ".join(sig), res))
        lines += body
        lines.append("}")
        f = Func(name, params, results, named, variadic)
        f.heavy = self.heavy
        self.funcs.append(f)
        return lines

    def main_func(self, standalone):
        P = self.P
        self.imports.add("fmt")
        name = "main" if standalone else P + "main"
        self.push()
        self.budget = 12
        body = self.block_stmts("\t", self.r.randint(2, 5))
        for f in self.funcs:
            if not f.results:
                body.append("\t" + self.call(f, 1))
                continue
            vals = ", ".join(self.printable(t, "%s(%s)" % ("", "")) for t in [])
            tmp = [self.fresh("m") for _ in f.results]
            body.append("\t%s := %s" % (", ".join(tmp), self.call(f, 1)))
            body.append('\tfmt.Println("%s", %s)' % (f.name[len(P):],
                        ", ".join(self.printable(t, n) for t, n in zip(f.results, tmp))))
        body.append('\tfmt.Println(%sgint, %ssinkT != nil)' % (P, P))
        body += self.pop("\t")
        return ["func %s() {" % name] + body + ["}"]

    def printable(self, ty, e):
        """An expression printing e of type ty deterministically."""
        if ty in (INT, STR, BOOL, SINT, SBYTE, SSTR, MAP, V):
            return e
        if ty == PINT:
            return "*" + e
        if ty == PT:
            return "%s.n, %s.s" % (e, e)
        if ty == T:
            return "%s.n" % e
        if ty == I:
            return "%s.M(1)" % e
        if ty == ANY:
            return "%sshow(%s)" % (self.P, e)
        if ty == ERR:
            return "%s != nil" % e
        if ty == FN:
            return "%s(3)" % e
        return e

    def program(self, standalone):
        P = self.P
        funcs = []
        for i in range(self.r.randint(2, 6)):
            funcs += self.function(i) + [""]
        main = self.main_func(standalone)
        self.imports.add("fmt")
        imps = sorted(self.imports)
        head = ["package main", ""]
        if len(imps) == 1:
            head.append('import "%s"' % imps[0])
        else:
            head.append("import (")
            head += ['\t"%s"' % i for i in imps]
            head.append(")")
        prelude = """
type {P}T struct {{
	n    int
	s    string
	xs   []int
	p    *int
	next *{P}T
}}

type {P}I interface {{
	M(int) int
}}

type {P}V int

var (
	{P}sinkT   *{P}T
	{P}sinkAny any
	{P}sinkS   []int
	{P}sinkF   func(int) int
	{P}sinkP   *int
	{P}gint    int
)

func (t *{P}T) M(x int) int {{
	t.n += x
	return t.n + len(t.s)
}}

func (t *{P}T) set(s string) {{
	t.s = s
}}

func (t {P}T) get() int {{
	return t.n + len(t.xs)
}}

func (v {P}V) M(x int) int {{
	return int(v)*2 + x
}}

func {P}newT(n int, s string) *{P}T {{
	return &{P}T{{n: n, s: s}}
}}

func {P}at(s []int, i int) int {{
	if len(s) == 0 {{
		return 0
	}}
	return s[(i&0xff)%len(s)]
}}

func {P}sum(xs ...int) int {{
	t := 0
	for _, x := range xs {{
		t += x
	}}
	return t
}}

func {P}ts(s string) string {{
	if len(s) > 24 {{
		return s[:24]
	}}
	return s
}}

func {P}tb(b []byte) []byte {{
	if len(b) > 24 {{
		return b[:24]
	}}
	return b
}}

func {P}sinkInt(x int) {{
	{P}gint += x
}}

func {P}show(x any) string {{
	switch v := x.(type) {{
	case *{P}T:
		return fmt.Sprint("T", v.n)
	case *int:
		return fmt.Sprint("P", *v)
	case {P}I:
		return fmt.Sprint("I", v.M(0))
	case []int, string, int, bool:
		return fmt.Sprint(v)
	case {P}T:
		return fmt.Sprint("t", v.n)
	}}
	return "?"
}}
""".format(P=P)
        return "\n".join(head) + "\n" + prelude + "\n" + "\n".join(funcs) + "\n".join(main) + "\n"


def generate(seed, prefix="", standalone=True):
    g = Gen(seed, prefix)
    return g.program(standalone)


if __name__ == "__main__":
    args = sys.argv[1:]
    prefix = ""
    if "--prefix" in args:
        i = args.index("--prefix")
        prefix = args[i + 1]
        del args[i:i + 2]
    seed = args[0] if args else "1:0"   # any string; difftest's are "SEED:J"
    sys.stdout.write(generate(seed, prefix, standalone=not prefix))
