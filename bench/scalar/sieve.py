# bench/scalar/sieve.py - The sieve of Eratosthenes over a List[bool]; returns the number of primes <= n.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# List indexing and stores dominate: 4,347,778 stores for n = 2,000,000, then a 2M-item count.
from typing import List


def sieve(n: int) -> int:
    flags: List[bool] = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count
