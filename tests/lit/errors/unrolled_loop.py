# A for loop over a tuple is unrolled, as in TorchScript: each element may have
# its own type, and break/continue are not supported in it.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def f() -> str:
    out = ""
    for v in (1, "a", 2.5):
        out += str(v)
        if out == "1":
            # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: 'continue' is not supported in a loop over a tuple, which is unrolled
            continue
    for w in (3, 4):
        if w == 4:
            # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: 'break' is not supported in a loop over a tuple, which is unrolled
            break
        for i in range(w):
            if i == 2:
                break
    return out
# CHECK-NOT: error:
