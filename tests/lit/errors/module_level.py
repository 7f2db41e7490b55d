# At module level only def, class, imports, constants (literals and tuples of
# them) and the __main__ guard are allowed.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
LIMIT = 10
SIZES: tuple[int, int] = (2, -3)
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: module-level 'TABLE' must be a constant: an int, float, bool, str, None or a tuple of them
TABLE = [1, 2]
# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: only 'def', 'class', imports and constants are allowed at module level
print(LIMIT)
# CHECK: {{.*}}.py:[[@LINE+1]]:15: error: cannot assign 'str' to 'RATE' of type 'float'
RATE: float = "fast"


def f() -> int:
    return LIMIT + SIZES[1]


if __name__ == "__main__":
    print(f())
# CHECK-NOT: error:
