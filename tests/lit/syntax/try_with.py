# try and with statements are rejected at their keyword and skipped whole,
# clauses included; the statements after them are still checked.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'try' statements are not supported
    try:
        y = 1 // x
    except ZeroDivisionError:
        y = 0
    else:
        y += 1
    finally:
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'with' statements are not supported
    with torch.no_grad():
        y = 2
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: expected an expression
    y = x *
    return y
# CHECK-NOT: error
