# Substring tests with 'in' and lexicographic comparison of strs.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import List


def is_vowel(c: str) -> bool:
    return c in "aeiou"
# CHECK-LABEL: graph @is_vowel(%c : str) -> bool:
# CHECK: [[V:%[a-z0-9_.]+]] : str = prim::Constant[value="aeiou"]()
# CHECK: [[R:%[a-z0-9_.]+]] : bool = aten::__contains__([[V]], %c)
# CHECK: return ([[R]])


def comes_before(a: str, b: str) -> bool:
    return a < b
# CHECK-LABEL: graph @comes_before(%a : str, %b : str) -> bool:
# CHECK: [[R:%[a-z0-9_.]+]] : bool = aten::lt(%a, %b)
# CHECK: return ([[R]])


def smallest(words: List[str]) -> str:
    best = words[0]
    for w in words:
        if w < best:
            best = w
    return best
# CHECK-LABEL: graph @smallest(%words : List[str]) -> str:
# CHECK: [[R:%[a-z0-9_.]+]] : str = prim::Loop(
# CHECK: aten::lt(
# CHECK: return ([[R]])


def mentions(text: str, name: str) -> bool:
    return name.lower() not in text.lower()
# CHECK-LABEL: graph @mentions(%text : str, %name : str) -> bool:
# CHECK: [[N:%[a-z0-9_.]+]] : str = aten::lower(%name)
# CHECK: [[T:%[a-z0-9_.]+]] : str = aten::lower(%text)
# CHECK: [[C:%[a-z0-9_.]+]] : bool = aten::__contains__([[T]], [[N]])
# CHECK: aten::__not__([[C]])
