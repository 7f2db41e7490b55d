// bench/scalar/nbody.cpp - nbody.py in plain C++: the same bodies and the same arithmetic, in a struct array.
#include "cpp_harness.h"

struct Body {
  double x, y, z, vx, vy, vz, mass;
};

constexpr double kSolarMass = 39.47841760435743;
constexpr double kDaysPerYear = 365.24;

std::vector<Body> make_bodies() {
  return {
      {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, kSolarMass},
      {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03 * kDaysPerYear, 7.69901118419740425e-03 * kDaysPerYear,
       -6.90460016972063023e-05 * kDaysPerYear, 9.54791938424326609e-04 * kSolarMass},
      {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03 * kDaysPerYear, 4.99852801234917238e-03 * kDaysPerYear,
       2.30417297573763929e-05 * kDaysPerYear, 2.85885980666130812e-04 * kSolarMass},
      {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03 * kDaysPerYear, 2.37847173959480950e-03 * kDaysPerYear,
       -2.96589568540237556e-05 * kDaysPerYear, 4.36624404335156298e-05 * kSolarMass},
      {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03 * kDaysPerYear, 1.62824170038242295e-03 * kDaysPerYear,
       -9.51592254519715870e-05 * kDaysPerYear, 5.15138902046611451e-05 * kSolarMass},
  };
}

void offset_momentum(std::vector<Body>& bodies) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (const Body& b : bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / kSolarMass;
  bodies[0].vy = -py / kSolarMass;
  bodies[0].vz = -pz / kSolarMass;
}

double energy(const std::vector<Body>& bodies) {
  double e = 0.0;
  size_t n = bodies.size();
  for (size_t i = 0; i < n; ++i) {
    const Body& b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (size_t j = i + 1; j < n; ++j) {
      const Body& c = bodies[j];
      double dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      e -= b.mass * c.mass / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

void advance(std::vector<Body>& bodies, double dt) {
  size_t n = bodies.size();
  for (size_t i = 0; i < n; ++i) {
    Body& b = bodies[i];
    for (size_t j = i + 1; j < n; ++j) {
      Body& c = bodies[j];
      double dx = b.x - c.x, dy = b.y - c.y, dz = b.z - c.z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * std::sqrt(d2));
      double bm = b.mass * mag, cm = c.mass * mag;
      b.vx -= dx * cm;
      b.vy -= dy * cm;
      b.vz -= dz * cm;
      c.vx += dx * bm;
      c.vy += dy * bm;
      c.vz += dz * bm;
    }
  }
  for (Body& b : bodies) {
    b.x += dt * b.vx;
    b.y += dt * b.vy;
    b.z += dt * b.vz;
  }
}

double nbody(int64_t steps) {
  std::vector<Body> bodies = make_bodies();
  offset_momentum(bodies);
  for (int64_t s = 0; s < steps; ++s)
    advance(bodies, 0.01);
  return energy(bodies);
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return nbody(a.at(0)); });
}
