# A class body holds methods and attribute annotations; class attributes with
# values are not supported (assign them to self in __init__).
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s


class C:
    """A counter."""
    count: int
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: class attributes with values are not supported; assign 'self.limit' in '__init__'
    limit: int = 10
    # CHECK: {{.*}}.py:[[@LINE+1]]:5: error: class attributes are not supported; assign them to 'self' in '__init__'
    name = "c"

    def __init__(self):
        self.count = 0
        # CHECK: {{.*}}.py:[[@LINE+1]]:22: error: cannot assign 'str' to attribute 'count' of type 'int'
        self.count = "zero"
        # CHECK: {{.*}}.py:[[@LINE-10]]:5: note: attribute 'count' was int here
# CHECK-NOT: error:
