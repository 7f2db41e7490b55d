# A function outside the native subset runs in the interpreter, said in a comment of --emit=llvm;
# so does its caller. `tsc run --backend=jit` refuses the program and says why; --backend and
# TSC_BACKEND choose the backend (the flag wins), and a bad name is a usage error.
# RUN: %tsc %s --emit=llvm | FileCheck %s
# RUN: not %tsc run %s --entry twice --backend=jit 3 2>&1 | FileCheck %s --check-prefix=JIT
# RUN: env TSC_BACKEND=jit not %tsc run %s --entry twice 3 2>&1 | FileCheck %s --check-prefix=JIT
# RUN: env TSC_BACKEND=jit %tsc run %s --entry twice --backend=auto 3 | FileCheck %s --check-prefix=AUTO
# RUN: %tsc run %s --entry twice --backend=interp 3 | FileCheck %s --check-prefix=AUTO
# RUN: not %tsc run %s --entry twice --backend=fast 3 2>&1 | FileCheck %s --check-prefix=BAD
# RUN: env TSC_BACKEND=fast not %tsc run %s --entry twice 3 2>&1 | FileCheck %s --check-prefix=BADENV
# RUN: %python -c "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode != 2)" %tsc run %s --entry twice --backend=fast 3

# CHECK: ; function 'label' runs in the interpreter: str values are not compiled natively
# CHECK: ; function 'twice' runs in the interpreter: calls 'label', which is not compiled natively
# CHECK-NOT: runs in the interpreter
# CHECK: define {{.*}}@tsc.entry.square(
# JIT: error: function 'label': str values are not compiled natively
# JIT: error: function 'twice': calls 'label', which is not compiled natively
# AUTO: 2
# BAD: tsc: error: --backend: unknown backend 'fast' (expected 'auto', 'interp' or 'jit')
# BADENV: tsc: error: TSC_BACKEND: unknown backend 'fast' (expected 'auto', 'interp' or 'jit')


def square(n: int) -> int:
    return n * n


def label(n: int) -> int:
    # Recursive, so that the inliner leaves the call in twice.
    if n > 100:
        return label(n // 10)
    return len("n=" + str(n)) - 2


def twice(n: int) -> int:
    return label(square(n)) * 2
