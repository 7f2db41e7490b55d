# Statements and expressions of Python that the language does not have.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

counter = 0

def bump() -> int:
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'global' statements are not supported
    global counter
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'yield' expressions are not supported
    yield 1
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: 'await' expressions are not supported
    value = await fetch()
    # CHECK: {{.*}}.py:[[@LINE+1]]:11: error: assignment expressions are not supported
    if (n := 10) > 5:
        pass
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: 'match' statements are not supported
    match value:
        case 1:
            pass
    return counter

# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: 'async' functions are not supported
async def fetch() -> int:
    return 1
# `match` is still an ordinary name:
match = 1
# CHECK-NOT: error
