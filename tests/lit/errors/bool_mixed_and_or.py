# 'and'/'or' return an operand, so an int and a bool operand would need two types.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


def flag(n: int) -> bool:
    # CHECK: {{.*}}.py:[[@LINE+1]]:12: error: operands of 'and' have incompatible types 'int' and 'bool'
    return n and True
