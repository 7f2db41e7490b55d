# bench/scalar/fib.py - Recursive Fibonacci: the cost of a script function call.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# fib(27) makes 317,811 * 2 - 1 = 635,621 calls. torch.jit.script rejects it
# (TorchScript has no recursion), which the benchmark reports.


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
