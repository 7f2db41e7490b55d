# `tsc --version` prints the name and version and exits 0.
# RUN: %tsc --version | FileCheck %s
# CHECK: tsc {{[0-9]+\.[0-9]+\.[0-9]+}}
