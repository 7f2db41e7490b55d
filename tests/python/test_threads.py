# tests/python/test_threads.py - Scripted functions called from several Python threads at once; the GIL is released.
import threading
import time

import tsc

SOURCE = '''
from typing import List
import tsc


@tsc.script
def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@tsc.script
def spin(iterations: int) -> int:
    acc = 0
    for i in range(iterations):
        acc = (acc + i * i) % 1000003
    return acc


@tsc.script
def squares(n: int) -> List[int]:
    return [i * i for i in range(n)]
'''


def test_threads_calling_at_once_get_right_answers(make_module):
    m = make_module(SOURCE)
    expected = {n: m.collatz_steps.__wrapped__(n) for n in range(1, 400)}
    errors = []
    barrier = threading.Barrier(4)

    def worker(offset):
        barrier.wait()
        try:
            for rep in range(20):
                for n in range(1 + offset, 400, 4):
                    assert m.collatz_steps(n) == expected[n]
                assert m.squares(50 + rep) == [i * i for i in range(50 + rep)]
        except BaseException as e:  # reported below, in the main thread
            errors.append(e)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_the_gil_is_released_while_a_script_runs(make_module):
    m = make_module(SOURCE)
    # Calibrate: a call that takes long enough to observe (about 0.3 s).
    n = 200000
    while True:
        start = time.perf_counter()
        m.spin(n)
        if time.perf_counter() - start > 0.3 or n > 10**9:
            break
        n *= 2
    ticks = []
    done = threading.Event()

    def python_loop():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=python_loop)
    ticker.start()
    time.sleep(0.02)
    start = time.perf_counter()
    result = m.spin(n)
    end = time.perf_counter()
    done.set()
    ticker.join()
    assert 0 <= result < 1000003
    assert m.spin(1000) == m.spin.__wrapped__(1000)
    during = [t for t in ticks if start < t < end]
    # With the GIL held for the whole call the Python thread would not run at all;
    # released, it ticks about every millisecond.
    assert len(during) >= 10, (len(during), end - start)
