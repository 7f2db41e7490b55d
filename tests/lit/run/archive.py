# `tsc FILE.py -o FILE.pt` writes an archive that `tsc run FILE.pt` runs without the frontend,
# with the same results, and tracebacks that still point into the original source.
# RUN: rm -rf %t && mkdir -p %t
# RUN: %tsc %s -o %t/prog.pt
# RUN: %tsc run %t/prog.pt --entry total 4 | FileCheck %s --check-prefix=TOTAL
# RUN: not %tsc run %t/prog.pt --entry pick 7 2>&1 | FileCheck %s --check-prefix=TRACE
# RUN: %python -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); n=z.namelist(); assert n[-1]=='prog/version', n; assert all(i.header_offset>=0 for i in z.infolist()); print('\n'.join(n))" %t/prog.pt | FileCheck %s --check-prefix=ZIP
# RUN: not %tsc run %t/missing.pt 2>&1 | FileCheck %s --check-prefix=MISSING
from typing import List


def total(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def pick(i: int) -> int:
    xs: List[int] = [1, 2, 3]
    return xs[i]

# TOTAL: 14
# TRACE: Traceback (most recent call last):
# TRACE: File "{{.*}}archive.py", line 21, in pick
# TRACE-NEXT: return xs[i]
# TRACE: IndexError: list index out of range
# ZIP: prog/extra/tsc/ir.txt
# ZIP: prog/code/
# ZIP: prog/version
# MISSING: tsc: error: {{.*}}missing.pt
