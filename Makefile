# Makefile - the two commands a new user needs: `make demo` and `make test`.
# Each installs missing Debian packages (scripts/install-deps.sh), configures
# CMake (Ninja, Release with assertions) and builds first.
PYTHON   := /usr/bin/python3
BUILD    ?= build
ASAN     ?= build-asan
JOBS     ?= $(shell nproc)
CMAKE_FLAGS ?= -G Ninja -DCMAKE_BUILD_TYPE=Release -DPython3_EXECUTABLE=$(PYTHON)

.PHONY: all deps configure build test demo sanitize bench bench-scalar clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	@echo "== tsc examples/scalar.py -o $(BUILD)/scalar.pt"
	$(BUILD)/tools/tsc examples/scalar.py -o $(BUILD)/scalar.pt
	@echo "== tsc run $(BUILD)/scalar.pt --time   (runs the archive: no Python, no frontend)"
	$(BUILD)/tools/tsc run $(BUILD)/scalar.pt --time
	@echo "== examples/demo.py: examples/cnn.py scripted with tsc.script, run from Python and C++ beside torch eager"
	PYTHONPATH=$(BUILD)/python $(PYTHON) examples/demo.py --build-dir $(BUILD)

sanitize: deps
	cmake -S . -B $(ASAN) $(CMAKE_FLAGS) -DTSC_SANITIZE=ON
	cmake --build $(ASAN) -j $(JOBS)
	cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

bench: build
	$(PYTHON) bench/frontend_throughput.py --tsc $(BUILD)/tools/tsc

bench-scalar: build
	$(PYTHON) bench/scalar_workloads.py --tsc $(BUILD)/tools/tsc

clean:
	rm -rf $(BUILD) $(ASAN)
