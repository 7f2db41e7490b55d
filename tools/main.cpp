// tools/main.cpp - The `tsc` executable: the command line of tools/driver.cpp.
#include "tools/driver.h"

int main(int argc, char** argv) { return tsc::tools::run_driver(argc, argv); }
