# bench/scalar/nbody.py - The n-body simulation of the Computer Language Benchmarks Game.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# Five bodies (the Sun and the four gas giants), each a List[float] of position,
# velocity and mass; leapfrog steps of dt = 0.01. Returns the energy after the
# steps (nbody(0) gives the classic initial energy, -0.169075164).
#
# The Sun's mass (4 * pi**2) and the days per year are local literals, not module
# constants: torch.jit.script cannot read module-level floats.
import math
from typing import List


def make_bodies() -> List[List[float]]:
    solar_mass = 39.47841760435743
    days_per_year = 365.24
    # x, y, z, vx, vy, vz, mass
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass]
    jupiter = [
        4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
        1.66007664274403694e-03 * days_per_year, 7.69901118419740425e-03 * days_per_year,
        -6.90460016972063023e-05 * days_per_year, 9.54791938424326609e-04 * solar_mass]
    saturn = [
        8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
        -2.76742510726862411e-03 * days_per_year, 4.99852801234917238e-03 * days_per_year,
        2.30417297573763929e-05 * days_per_year, 2.85885980666130812e-04 * solar_mass]
    uranus = [
        1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
        2.96460137564761618e-03 * days_per_year, 2.37847173959480950e-03 * days_per_year,
        -2.96589568540237556e-05 * days_per_year, 4.36624404335156298e-05 * solar_mass]
    neptune = [
        1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
        2.68067772490389322e-03 * days_per_year, 1.62824170038242295e-03 * days_per_year,
        -9.51592254519715870e-05 * days_per_year, 5.15138902046611451e-05 * solar_mass]
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies: List[List[float]]):
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    solar_mass = 39.47841760435743
    sun = bodies[0]
    sun[3] = -px / solar_mass
    sun[4] = -py / solar_mass
    sun[5] = -pz / solar_mass


def energy(bodies: List[List[float]]) -> float:
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies: List[List[float]], dt: float):
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]


def nbody(steps: int) -> float:
    bodies = make_bodies()
    offset_momentum(bodies)
    for _ in range(steps):
        advance(bodies, 0.01)
    return energy(bodies)
