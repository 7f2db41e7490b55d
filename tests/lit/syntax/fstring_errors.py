# f-strings: format specifications are outside the language; the other errors
# are Python's.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int, name: str) -> str:
    # CHECK: {{.*}}.py:[[@LINE+3]]:20: error: format specifications in f-strings are not supported
    # CHECK-NEXT: {{^}}    a = f"value: {x:>8}"{{$}}
    # CHECK-NEXT: {{^}}                   ^~~{{$}}
    a = f"value: {x:>8}"
    # CHECK: {{.*}}.py:[[@LINE+1]]:14: error: f-string: empty expression not allowed
    b = f"x={}"
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: f-string: single '}' is not allowed
    c = f"x=}"
    # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: f-string: invalid conversion character; expected 'r' or 's'
    d = f"{name!x}"
    # CHECK: {{.*}}.py:[[@LINE+1]]:13: error: f-string expression part cannot include a backslash
    e = f"{'\n'.join(name)}"
    # CHECK: {{.*}}.py:[[@LINE+1]]:16: error: f-string: expecting '}'
    g = f"{name"
    # An error inside a field is reported at its place in the file.
    # CHECK: {{.*}}.py:[[@LINE+1]]:18: error: expected an expression
    h = f"{name + }"
    return f"{name!r} {x} {{literal}}"
# CHECK-NOT: error
