# bench/scalar/mandelbrot.py - Counts the points of a size x size grid inside the Mandelbrot set.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# The grid spans [-2, 0.5] x [-1.25, 1.25]; a point is inside when its orbit stays
# within radius 2 for max_iter iterations. Float arithmetic and a data-dependent
# inner while loop.


def mandelbrot(size: int, max_iter: int) -> int:
    inside = 0
    for py in range(size):
        ci = py * 2.5 / size - 1.25
        for px in range(size):
            cr = px * 2.5 / size - 2.0
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                k += 1
            if k == max_iter:
                inside += 1
    return inside
