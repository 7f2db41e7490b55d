# --emit=llvm: a scalar function becomes an internal fastcc function with an error flag, plus a
# C entry; int arithmetic is overflow-checked and the error paths call the runtime's raise helper.
# RUN: %tsc %s --emit=llvm | FileCheck %s
# RUN: %tsc %s --emit=asm | FileCheck %s --check-prefix=ASM
# RUN: %tsc run %s --entry fib --backend=jit 20 | FileCheck %s --check-prefix=OUT

# CHECK-NOT: runs in the interpreter
# CHECK: declare void @tsc_rt_raise(ptr)
# CHECK-LABEL: define internal fastcc { i64, i1 } @tsc.fn.fib(i64
# CHECK: call void @tsc_rt_raise(ptr nonnull @tsc.raise.
# CHECK: call fastcc { i64, i1 } @tsc.fn.fib(
# CHECK: call { i64, i1 } @llvm.sadd.with.overflow.i64(
# CHECK-LABEL: @tsc.entry.fib(ptr
# CHECK: call fastcc { i64, i1 } @tsc.fn.fib(
# ASM-LABEL: tsc.entry.fib:
# OUT-NOT: Traceback
# OUT: 6765
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
