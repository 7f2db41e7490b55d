# Methods are plain (self first); @staticmethod and @classmethod are rejected,
# @torch.jit.export is accepted and @torch.jit.ignore leaves a method uncompiled.
# RUN: not %tsc %s --emit=ir 2>&1 | FileCheck %s
import torch


class C:
    def __init__(self):
        self.n = 0

    # CHECK: {{.*}}.py:[[@LINE+1]]:6: error: only plain methods are supported; '@staticmethod' is not
    @staticmethod
    def make() -> int:
        return 1

    # CHECK: {{.*}}.py:[[@LINE+1]]:6: error: only plain methods are supported; '@classmethod' is not
    @classmethod
    def build(cls) -> int:
        return 2

    # CHECK: {{.*}}.py:[[@LINE+1]]:6: error: unsupported decorator '@property'
    @property
    def size(self) -> int:
        return self.n

    @torch.jit.export
    def bump(self) -> int:
        self.n += 1
        return self.n

    @torch.jit.ignore
    def debug(self) -> str:
        return open("log").read()

    def use(self) -> int:
        # CHECK: {{.*}}.py:[[@LINE+1]]:9: error: method 'debug' of 'C' is not compiled (it is ignored) and cannot be called from compiled code
        self.debug()
        return self.bump()
# CHECK-NOT: error:
