# Tabs and spaces that compare differently with tabs of width 8 and of width 1.
# RUN: not %tsc %s --emit=ast 2>&1 | FileCheck %s

def f(x: int) -> int:
	if x > 0:
		return 1
	# CHECK: {{.*}}.py:[[@LINE+1]]:1: error: inconsistent use of tabs and spaces in indentation
        return 2
# CHECK-NOT: error
