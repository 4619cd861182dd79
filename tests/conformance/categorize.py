#!/usr/bin/env python3
"""tests/conformance/categorize.py — why minigo fails the -m errorcheck tests,
ranked by how many annotations each reason stands in front of.

    python3 tests/conformance/categorize.py MINIGO [file...]

Runs the files as errorcheck.py does (same rules, same commands), then:

  * for a file the compiler rejected (wrong exit status: gc compiles every
    one of these files, so every error minigo prints is minigo's fault), each
    message minigo printed is reduced to a category (the message with names,
    types and numbers replaced by placeholders).  Messages that merely follow
    from another (`x declared but not used` next to an unsupported
    expression, `undefined: pkg` after a missing package, ...) are listed as
    follow-ons and not ranked.  For each category: the files where it occurs,
    their annotations ("blocks"), and the annotations of the files where it is
    the only primary reason ("alone unlocks");
  * for a file that compiled, the wanted annotations it missed are grouped by
    what they ask for (inlining, -m=2 explanations, escape results ...), and
    the messages no annotation wanted are listed.

The ranking is a guide, not a promise: a pass that fails stops minigo before
the next one runs, so unblocking a file may reveal further reasons.
"""

import os
import re
import sys
from collections import defaultdict

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import errorcheck  # noqa: E402

# (regexp over the message text, category, primary?) — first match wins.
RULES = [
    (r"^open .*/std/.*: no such file or directory$", None, False),
    (r"^package (\./\S+) is not in GOROOT", "multi-package test: import \"./x\" of a package compiled before (-D/-I, export data)", True),
    (r"^package (\S+) is not in GOROOT", r"missing std package \1", True),
    (r"^minigo: internal compiler error at (\S+): (no IR variable) for .*", r"ICE \1: \2 for <name> (a method body using its receiver)", True),
    (r"^minigo: internal compiler error at (\S+?):? (.*)", r"ICE \1 \2", True),
    (r"^minigo does not support (range over|indexing) .*", r"unsupported: \1 <array type or pointer to array>", True),
    (r"^minigo does not support (.*) yet$", r"unsupported: \1", True),
    (r"^\S+ declared but not used$", "follow-on: <x> declared but not used", False),
    (r"^imported and not used", "follow-on: imported and not used", False),
    (r"^undefined: (\w+)$", "follow-on: undefined: <package>", False),
    (r"^\S+ is not a type$", "follow-on: <pkg.T> is not a type", False),
    (r"\(type \*?invalid type has no field or method", "follow-on: method of invalid type", False),
    (r"^undefined: (\w+\.\w+)$", r"std function/type missing: \1", True),
    (r"cannot call non-function \[\]", "checker: conversion to an unnamed type ([]byte(s), []rune(s)) rejected as a call", True),
    (r"untyped float constant\) truncated to", "checker: integral float constant (1e6) rejected as int index/operand", True),
    (r"overflows\)$", "checker: constant &^ negative constant (i8 &^ -128) overflows", True),
    (r"(map|slice) can only be compared to nil", "checker: map/slice != nil rejected", True),
    (r"^too many arguments in call to \(?\*?\w+\)?\.\w+\n", "checker: method expression T.m(recv, args...) rejected", True),
    (r"has no field or method", "checker: method call on an interface value (x.M() with x of interface type) rejected", True),
    (r"^cannot use .* as \S+ value in", "checker: type with promoted methods (embedded interface) does not implement interface", True),
    (r"^use of untyped nil", "checker: untyped nil passed to a func-typed variable", True),
    (r"^missing return$", "checker: select with returning cases not a terminating statement", True),
    (r"^cannot convert .* to type \*\[", "checker: slice to array-pointer conversion", True),
    (r"^assignment mismatch: 2 variables but .*\[.*\] returns 1 value", "checker: comma-ok on a map index of a composite literal", True),
    (r"^\t", None, False),
]
RULES = [(re.compile(p), c, prim) for p, c, prim in RULES]

ESCAPE_MSG = re.compile(r"(escapes to heap|does not escape|moved to heap|leaking param|leak|"
                        r"can inline|inlining call|cannot inline)")


def categorize(text):
    """(category, primary) of one message's text (after "file:line: ")."""
    for rx, cat, prim in RULES:
        m = rx.search(text)
        if m:
            return (m.expand(cat) if cat else None), prim
    return "other: " + text, True


def message_text(msg):
    """'file:line[:col]: text' -> text."""
    m = re.match(r"^[^ :]+:\d+(?::\d+)?: (.*)$", msg, re.S)
    return m.group(1) if m else msg


def want_kind(rx):
    """What a wanted annotation asks for."""
    if re.search(r"inline|inlining", rx):
        return "inliner: " + ("can inline" if "can inline" in rx else
                              "inlining call" if "inlining call" in rx else "cannot inline (-m=2 reason)")
    if re.search(r"devirtualiz", rx):
        return "devirtualization"
    if re.search(r"bounds check", rx):
        return "bounds-check elision (walk prints it under -m)"
    if re.search(r"too large for stack|non-constant size|flow:|from |\bat\b", rx):
        return "-m=2 explanations"
    if re.search(r"ignoring self-assignment", rx):
        return "escape: `ignoring self-assignment` notes"
    if re.search(r"uintptr", rx) and not re.search(r"stack object", rx):
        return "//go:uintptrescapes, //go:uintptrkeepalive notes"
    if re.search(r"live at|stack object", rx):
        return "liveness (-live): stack objects"
    return "escape analysis result"


def annotated_files(testdir, rel):
    """[(path, short name)] of the files whose annotations a test checks."""
    path = os.path.join(testdir, rel)
    with open(path, encoding="utf-8", errors="replace") as fp:
        recipe = errorcheck.parse_recipe(fp.read())
    if recipe.action == "errorcheck":
        return [(path, os.path.basename(rel))]
    d = os.path.splitext(path)[0] + ".dir"
    return [(os.path.join(d, n), n) for n in sorted(os.listdir(d)) if n.endswith(".go")]


def main():
    if len(sys.argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    compiler = os.path.abspath(sys.argv[1]) if os.sep in sys.argv[1] else sys.argv[1]
    testdir = errorcheck.default_testdir()
    errorcheck.GOROOT = os.path.dirname(os.path.abspath(testdir))
    files = sys.argv[2:] or errorcheck.list_m_files(testdir)

    # What the annotations of all the files ask for, whatever minigo does.
    kinds = defaultdict(lambda: [0, 0])   # kind -> [all files, escape*.go]
    for rel in files:
        for full, short in annotated_files(testdir, rel):
            for we in errorcheck.wanted_errors(full, short):
                k = kinds[want_kind(we.rx)]
                k[0] += 1
                k[1] += errorcheck.is_escape_file(rel)

    cats = defaultdict(lambda: {"files": [], "ann": 0, "alone": 0, "count": 0, "example": ""})
    follow = defaultdict(int)
    compiled_missing = defaultdict(lambda: defaultdict(int))   # kind -> file -> n
    compiled_extra = []
    rejected = []
    per_file = []   # (annotations, file, [primary categories])
    for rel in files:
        r = errorcheck.run_one(compiler, testdir, rel, 60)
        if r.skipped is not None or r.passed:
            continue
        if r.problems:
            rejected.append(r)
            mine = {}
            for msg in errorcheck.split_output(r.output, True):
                text = message_text(msg)
                if ESCAPE_MSG.search(text):
                    continue  # -m output of a package that did compile (dir tests)
                cat, prim = categorize(text)
                if cat is None:
                    continue
                if not prim:
                    follow[cat] += 1
                    continue
                mine.setdefault(cat, [0, msg])[0] += 1
            if not mine:
                mine["no message, " + ", ".join(r.problems)] = [1, ""]
            per_file.append((r.annotations, rel, sorted(mine)))
            for cat, (n, example) in mine.items():
                c = cats[cat]
                c["files"].append(rel)
                c["ann"] += r.annotations
                c["count"] += n
                c["example"] = c["example"] or example.split("\n")[0]
                if len(mine) == 1:
                    c["alone"] += r.annotations
        else:
            for m in r.missing:
                rx = re.search(r"`(.*)`", m.split("\n")[0])
                compiled_missing[want_kind(rx.group(1) if rx else "")][rel] += 1
            compiled_extra += r.unmatched

    print("== Files minigo rejects (%d files, %d annotations)" % (
        len(rejected), sum(r.annotations for r in rejected)))
    print("%7s %7s %5s %6s  %s" % ("blocks", "alone", "files", "msgs", "category / example / files"))
    for cat, c in sorted(cats.items(), key=lambda kv: (-kv[1]["ann"], -kv[1]["alone"], kv[0])):
        print("%7d %7d %5d %6d  %s" % (c["ann"], c["alone"], len(c["files"]), c["count"], cat))
        if c["example"]:
            print("%29s e.g. %s" % ("", c["example"]))
        print("%29s in %s" % ("", " ".join(c["files"])))
    if follow:
        print("\n   follow-on messages (not ranked): " +
              "; ".join("%s (%d)" % kv for kv in sorted(follow.items(), key=lambda kv: -kv[1])))

    print("\n== Rejected files, by annotations: what stands in front of each")
    for ann, rel, mine in sorted(per_file, key=lambda t: (-t[0], t[1])):
        print("%7d  %-28s %s" % (ann, rel, "; ".join(mine)))

    print("\n== What the annotations ask for (all %d files; escape*.go)" % len(files))
    for kind, (n_all, n_esc) in sorted(kinds.items(), key=lambda kv: -kv[1][0]):
        print("%7d %6d  %s" % (n_all, n_esc, kind))

    print("\n== Files minigo compiles but fails: missing or wrong annotations, by kind")
    for kind, per in sorted(compiled_missing.items(), key=lambda kv: -sum(kv[1].values())):
        print("%7d  %s   (%s)" % (sum(per.values()), kind,
                                  ", ".join("%s %d" % fv for fv in sorted(per.items()))))
    if compiled_extra:
        print("   messages no annotation wanted:")
        for m in compiled_extra:
            print("      " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
