#!/usr/bin/env python3
"""Where minigo's time goes, stage by stage, for programs of several sizes.

usage: stages.py MINIGO FILE.go... (-- ARGS: default `tool compile -m -l`)

For each file, runs `MINIGO ARGS FILE` under `perf record` (sampling at
1999 Hz, repeated until about four seconds of samples are taken) and charges
every sample to the folder of the source file whose function it fell in:
lexer and parser (flex, bison, the AST), types, ir, escape, common (arenas,
vectors, diagnostics), driver.  Samples in libc and in the kernel (page
faults, mmap) are shown apart, with libc's hottest function named: without
call graphs they cannot be charged to their caller.  Prints CPU milliseconds
per 1000 lines for each stage and size, and the growth from the first size
to the last (1.00 = linear).  minigo must have been built from this tree
(its objects are read from the folder of MINIGO).
"""
import math
import os
import subprocess
import sys
import tempfile
import time

FREQ = 1999
STAGES = [
    ("lexer+parser", ("lexer", "parser", "gen")),
    ("types", ("types",)),
    ("ir (build, verify)", ("ir",)),
    ("escape", ("escape",)),
    ("common", ("common",)),
    ("driver", ("driver",)),
]


def symbol_stages(build):
    """function name -> stage, from the objects under build/<folder>/."""
    m = {}
    for stage, dirs in STAGES:
        for d in dirs:
            dd = os.path.join(build, d)
            if not os.path.isdir(dd):
                continue
            objs = [os.path.join(dd, f) for f in os.listdir(dd) if f.endswith(".o")]
            if not objs:
                continue
            out = subprocess.run(["nm", "--defined-only"] + objs, capture_output=True,
                                 text=True).stdout
            for line in out.splitlines():
                f = line.split()
                if len(f) == 3 and f[1] in "tT":
                    m[f[2]] = stage
    return m


def profile(minigo, args, path, symmap, tmp):
    t0 = time.perf_counter()
    subprocess.run([minigo] + args + [path], stdout=subprocess.DEVNULL, check=True)
    once = time.perf_counter() - t0
    reps = max(1, math.ceil(4.0 / max(once, 1e-3)))
    data = os.path.join(tmp, "perf.data")
    cmd = " ".join([minigo] + args + [path])
    loop = "for i in $(seq %d); do %s >/dev/null; done" % (reps, cmd)
    subprocess.run(["perf", "record", "-q", "-F", str(FREQ), "-o", data, "--", "sh", "-c", loop],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    rep = subprocess.run(["perf", "report", "-i", data, "-n", "--no-children", "--stdio",
                          "--comm", "minigo", "--sort", "dso,sym"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    counts = {}
    libc = {}
    for line in rep.splitlines():
        f = line.split()
        if len(f) < 5 or not f[0].endswith("%"):
            continue
        n, dso, sym = int(f[1]), f[2], f[-1]
        if sym.endswith("@plt"):  # the call stub of a libc function
            sym = sym[:-4]
            dso = "libc"
        if dso == os.path.basename(minigo):
            stage = symmap.get(sym) or symmap.get(sym.split(".")[0], "other")
        elif dso.startswith("[kernel"):
            stage = "kernel"
        else:
            stage = "libc"
            libc[sym] = libc.get(sym, 0) + n
        counts[stage] = counts.get(stage, 0) + n
    ms = {k: v * 1000.0 / FREQ / reps for k, v in counts.items()}
    top = max(libc, key=libc.get) if libc else ""
    share = libc[top] * 100.0 / sum(libc.values()) if libc else 0
    return ms, top, share


def main():
    argv = sys.argv[1:]
    args = ["tool", "compile", "-m", "-l"]
    if "--" in argv:
        i = argv.index("--")
        argv, args = argv[:i], argv[i + 1:]
    if len(argv) < 2:
        sys.exit(__doc__)
    minigo, files = os.path.abspath(argv[0]), argv[1:]
    symmap = symbol_stages(os.path.dirname(minigo))
    sizes, results = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            with open(path) as fh:
                sizes.append(sum(1 for _ in fh))
            results.append(profile(minigo, args, path, symmap, tmp))
    names = [s for s, _ in STAGES] + ["other", "libc", "kernel"]
    print("  %-36s" % ("CPU ms per 1000 lines (perf)",) +
          "".join("%13s" % ("%d lines" % n) for n in sizes) + ("     growth" if len(sizes) > 1 else ""))
    for name in names + ["total"]:
        vals = []
        for (ms, _, _), n in zip(results, sizes):
            v = sum(ms.values()) if name == "total" else ms.get(name, 0.0)
            vals.append(v * 1000.0 / n)
        if name == "other" and not any(vals):
            continue
        label = name
        if name == "libc" and results[-1][1]:
            label = "libc (%.0f%% %s)" % (results[-1][2], results[-1][1])
        row = "  %-36s" % label + "".join("%13.3f" % v for v in vals)
        if len(vals) > 1:
            row += "%11s" % ("%.2f" % (vals[-1] / vals[0]) if vals[0] > 0 else "-")
        print(row)


if __name__ == "__main__":
    main()
