// tools/driver.h - The `tsc` command line as a function, shared by the executable and `python -m tsc`.
#pragma once

namespace tsc::tools {

/// The project version ("0.1.0"), as `tsc --version` prints it.
extern const char* const kVersion;

/// Runs the command line `argv` (argv[0] is the program name) and returns the
/// exit code: 0 ok, 1 compile or runtime error, 2 usage error. Writes to
/// std::cout and std::cerr.
int run_driver(int argc, char** argv);

} // namespace tsc::tools
