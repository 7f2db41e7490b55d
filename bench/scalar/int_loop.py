# bench/scalar/int_loop.py - A tight integer loop: arithmetic, modulo and a branch per iteration.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# The accumulator stays below 2**31, so 64-bit ints and Python's ints agree.


def int_loop(n: int) -> int:
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i % 1000
        else:
            total ^= i & 1023
        total = total % 1000003
    return total
