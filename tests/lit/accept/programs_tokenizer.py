# An arithmetic tokenizer and shunting-yard evaluator: str scanning, while loops, stacks, dict precedence, errors.
# RUN: %tsc %s --emit=ir | FileCheck %s
from typing import Dict, List


def tokenize(src: str) -> List[str]:
    tokens: List[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            raise ValueError(f"unexpected character {c!r} at {i}")
    return tokens


def apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise ZeroDivisionError("division by zero")
    return a // b


def evaluate(src: str) -> int:
    prec: Dict[str, int] = {"+": 1, "-": 1, "*": 2, "/": 2}
    values: List[int] = []
    ops: List[str] = []
    for tok in tokenize(src):
        if tok.isdigit():
            values.append(int(tok))
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                b = values.pop()
                a = values.pop()
                values.append(apply(ops.pop(), a, b))
            ops.pop()
        else:
            while len(ops) > 0 and ops[-1] != "(" and prec[ops[-1]] >= prec[tok]:
                b = values.pop()
                a = values.pop()
                values.append(apply(ops.pop(), a, b))
            ops.append(tok)
    while len(ops) > 0:
        b = values.pop()
        a = values.pop()
        values.append(apply(ops.pop(), a, b))
    assert len(values) == 1, "malformed expression"
    return values[0]
# CHECK-LABEL: graph @tokenize(%src : str) -> List[str]:
# CHECK: [[T:%[a-z0-9_.]+]] : List[str] = prim::ListConstruct()
# CHECK: prim::Loop(
# CHECK: aten::isspace(
# CHECK: aten::isdigit(
# CHECK: prim::Loop(
# CHECK: aten::slice(%src,
# CHECK: aten::__contains__(
# CHECK: aten::repr(
# CHECK: prim::RaiseException[exc="ValueError"](
# CHECK: return ([[T]])

# CHECK-LABEL: graph @apply(%op : str, %a : int, %b : int) -> int:
# CHECK: aten::eq(%op,
# CHECK: prim::RaiseException[exc="ZeroDivisionError"](
# CHECK: aten::floordiv(%a, %b)

# CHECK-LABEL: graph @evaluate(%src : str) -> int:
# CHECK: [[P:%[a-z0-9_.]+]] : Dict[str, int] = prim::DictConstruct(
# CHECK: prim::CallFunction[name="tokenize"](%src)
# CHECK: prim::Loop(
# CHECK: aten::Int(
# CHECK: prim::CallFunction[name="apply"](
# CHECK: aten::__getitem__([[P]],
# CHECK: prim::RaiseException[exc="AssertionError"](
# CHECK: return (
