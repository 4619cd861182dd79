#!/usr/bin/env python3
"""tools/difftest/show.py MINIGO MODE SEED|FILE.go: go1.19's and minigo's
output for one program (standalone), as a unified diff."""
import difflib
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
import reduce as red  # noqa: E402
import difftest as dt  # noqa: E402

minigo, mode, what = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
src = open(what).read() if os.path.exists(what) else gen.generate(what, "", True)
tmp = tempfile.mkdtemp(prefix="difftest-show-")
ck = red.Checker(minigo, mode, tmp)
rc, gl = ck.go_m(src)
rc2, _, err = dt.run([minigo, "build", "-gcflags=" + red.FLAGS[mode], "-o", "/dev/null", "./a.go"], tmp, ck.env)
ml = [l for l in err.splitlines() if l and not l.startswith("#")]
sys.stdout.writelines(l + "\n" for l in difflib.unified_diff(gl, ml, "go1.19", "minigo", lineterm="", n=1))
if "-src" in sys.argv:
    print(src)
print("category:", dt.classify(gl, ml) if gl != ml else "identical")
