#!/usr/bin/python3
"""tests/unit/runtime/gen_tensor_golden.py - Writes tensor_golden.h: op cases computed by torch eager.

Run with Debian's interpreter (torch 1.13):  /usr/bin/python3 gen_tensor_golden.py > tensor_golden.h
Each case names an op key (the C++ test maps the same keys to the library's
functions), its inputs (dtype, shape, layout, values) and either the outputs
torch computed or the exception type and message torch raised. Where torch
1.13 has no CPU kernel for float16/bfloat16, the reference is the float32
result rounded to that dtype (what later torch versions compute).
"""
import math
import sys

import torch

torch.manual_seed(0)
ALL = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
       torch.float16, torch.bfloat16, torch.float32, torch.float64]
FLOATS = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
INTS = [torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64]
NUMERIC = INTS + FLOATS
NAME = {d: str(d).replace("torch.", "") for d in ALL}


def rand(shape, dtype, positive=False, nonzero=False, small=False):
    if dtype == torch.bool:
        return torch.rand(shape) > 0.5
    if dtype.is_floating_point:
        x = torch.randn(shape, dtype=torch.float64) * 2
        if positive:
            x = x.abs() + 0.1
        if nonzero:
            x = torch.where(x.abs() < 0.1, torch.full_like(x, 0.5), x)
        return x.to(dtype)
    lo = 0 if dtype == torch.uint8 or positive else -5
    hi = 4 if small else 10
    x = torch.randint(lo, hi if lo == 0 else 6, shape, dtype=torch.int64)
    if nonzero:
        x = torch.where(x == 0, torch.ones_like(x), x)
    if small:
        x = x.clamp(0, 3)
    return x.to(dtype)


def layout(x, kind):
    """The same values as x in another memory layout (kind: c, t, s)."""
    if kind == "t":
        return x.transpose(-1, -2).contiguous().transpose(-1, -2)
    if kind == "s":
        big = torch.zeros(list(x.shape[:-1]) + [x.shape[-1] * 2], dtype=x.dtype)
        big[..., ::2] = x
        return big[..., ::2]
    return x


def fmt_values(t):
    vals = t.detach().reshape(-1).to(torch.float64 if t.dtype.is_floating_point else torch.int64).tolist()
    out = []
    for v in vals:
        if isinstance(v, float):
            out.append("nan" if math.isnan(v) else ("inf" if v == math.inf else ("-inf" if v == -math.inf else repr(v))))
        else:
            out.append(str(int(v)))
    return ",".join(out)


def enc(t, kind="c", expand_to=None):
    shape = ",".join(str(s) for s in t.shape)
    lay = kind if expand_to is None else "e=" + ",".join(str(s) for s in expand_to)
    return f"{NAME[t.dtype]}|{shape}|{lay}|{fmt_values(t)}"


LINES = []


def run_case(key, fn, inputs, kinds=None):
    """inputs: logical tensors; kinds: layout per input ('c','t','s' or ('e', shape))."""
    kinds = kinds or ["c"] * len(inputs)
    actual = []
    encoded = []
    for x, k in zip(inputs, kinds):
        if isinstance(k, tuple):
            actual.append(x.expand(*k[1]))
            encoded.append(enc(x, expand_to=k[1]))
        else:
            actual.append(layout(x, k))
            encoded.append(enc(x, k))
    err = ""
    outs = []
    try:
        r = fn(*actual)
    except Exception as e:  # noqa: BLE001 - the reference may raise anything
        msg = str(e).split("\n")[0]
        half = [x for x in actual if x.dtype in (torch.float16, torch.bfloat16)]
        if "not implemented for 'Half'" in msg or "not implemented for 'BFloat16'" in msg and half:
            dt = half[0].dtype
            up = [x.float() if x.dtype == dt else x for x in actual]
            r = fn(*up)
            r = tuple(o.to(dt) if o.dtype == torch.float32 else o for o in r) if isinstance(r, tuple) else (
                r.to(dt) if r.dtype == torch.float32 else r)
        else:
            err = f"{type(e).__name__}|{msg}"
            r = None
    if r is not None:
        rs = r if isinstance(r, (tuple, list)) else [r]
        outs = [enc(o.contiguous()) for o in rs]
    LINES.append("\t".join([key, " ; ".join(encoded), " ; ".join(outs), err]))


F = torch.nn.functional
BINARY = {
    "add": (torch.add, ALL), "add_alpha2": (lambda a, b: torch.add(a, b, alpha=2), NUMERIC),
    "sub": (torch.sub, NUMERIC), "mul": (torch.mul, ALL), "div": (torch.div, ALL),
    "div_trunc": (lambda a, b: torch.div(a, b, rounding_mode="trunc"), NUMERIC),
    "div_floor": (lambda a, b: torch.div(a, b, rounding_mode="floor"), NUMERIC),
    "floor_divide": (torch.floor_divide, NUMERIC), "remainder": (torch.remainder, NUMERIC),
    "fmod": (torch.fmod, NUMERIC), "pow": (torch.pow, NUMERIC), "maximum": (torch.maximum, ALL),
    "minimum": (torch.minimum, ALL), "atan2": (torch.atan2, NUMERIC),
    "eq": (torch.eq, ALL), "ne": (torch.ne, ALL), "lt": (torch.lt, ALL), "le": (torch.le, ALL),
    "gt": (torch.gt, ALL), "ge": (torch.ge, ALL),
    "logical_and": (torch.logical_and, ALL), "logical_or": (torch.logical_or, ALL),
    "logical_xor": (torch.logical_xor, ALL),
    "bitwise_and": (torch.bitwise_and, [torch.bool] + INTS), "bitwise_or": (torch.bitwise_or, [torch.bool] + INTS),
    "bitwise_xor": (torch.bitwise_xor, [torch.bool] + INTS),
}
NEEDS_NONZERO = {"div_trunc", "div_floor", "floor_divide", "remainder", "fmod"}


def binary_cases():
    shapes = [((2, 3), (2, 3)), ((2, 3), (3,)), ((3, 1), (1, 4)), ((), (2, 2)), ((0, 3), (3,)), ((2, 0), (2, 1))]
    for key, (fn, dtypes) in BINARY.items():
        for dt in dtypes:
            for sa, sb in shapes:
                a = rand(sa, dt)
                b = rand(sb, dt, nonzero=key in NEEDS_NONZERO, small=key == "pow")
                if key == "pow" and not dt.is_floating_point:
                    a = rand(sa, dt, small=True)
                run_case(key, fn, [a, b])
            if dt in (torch.float32, torch.int64, torch.int32):
                a, b = rand((3, 4), dt), rand((3, 4), dt, nonzero=key in NEEDS_NONZERO, small=key == "pow")
                if key == "pow" and not dt.is_floating_point:
                    a = rand((3, 4), dt, small=True)
                run_case(key, fn, [a, b], ["t", "s"])
                run_case(key, fn, [rand((1, 4), dt, small=key == "pow"), b], [("e", (3, 4)), "t"])
    # Mixed dtypes: promotion.
    for da in ALL:
        for db in ALL:
            run_case("add", torch.add, [rand((2, 2), da), rand((2,), db)])
            run_case("mul", torch.mul, [rand((), da), rand((3,), db)])
            run_case("div", torch.div, [rand((2,), da), rand((2,), db, nonzero=True)])
    # Floats with special values.
    sp = torch.tensor([0.0, -0.0, 1.5, -2.5, math.inf, -math.inf, math.nan, 7.0])
    sq = torch.tensor([0.0, 2.0, -0.0, 2.0, 3.0, math.inf, 1.0, -2.0])
    for key in ["add", "div", "div_floor", "div_trunc", "remainder", "fmod", "maximum", "minimum", "pow", "atan2",
                "eq", "lt", "ge"]:
        run_case(key, BINARY[key][0], [sp, sq])


SCALAR_OPS = {
    "add_s2.5": lambda a: torch.add(a, 2.5), "add_s3": lambda a: torch.add(a, 3), "add_strue": lambda a: torch.add(a, True),
    "sub_s1": lambda a: torch.sub(a, 1), "mul_s2.5": lambda a: torch.mul(a, 2.5), "mul_s3": lambda a: torch.mul(a, 3),
    "div_s2": lambda a: torch.div(a, 2), "div_floor_s2": lambda a: torch.div(a, 2, rounding_mode="floor"),
    "remainder_s3": lambda a: torch.remainder(a, 3), "fmod_s-3": lambda a: torch.fmod(a, -3),
    "pow_s2": lambda a: torch.pow(a, 2), "pow_s0.5": lambda a: torch.pow(a, 0.5), "rpow_s2": lambda a: torch.pow(2, a),
    "eq_s1": lambda a: torch.eq(a, 1), "lt_s0.5": lambda a: torch.lt(a, 0.5), "ge_s0": lambda a: torch.ge(a, 0),
    "bitwise_and_s6": lambda a: torch.bitwise_and(a, 6),
}


def scalar_cases():
    for key, fn in SCALAR_OPS.items():
        for dt in ALL:
            a = rand((2, 3), dt, small=key == "rpow_s2")
            if key == "bitwise_and_s6" and dt.is_floating_point:
                continue
            run_case(key, fn, [a])
            run_case(key, fn, [rand((), dt)])


UNARY = {
    "neg": torch.neg, "abs": torch.abs, "exp": torch.exp, "log": torch.log, "log1p": torch.log1p, "expm1": torch.expm1,
    "sqrt": torch.sqrt, "rsqrt": torch.rsqrt, "sin": torch.sin, "cos": torch.cos, "tan": torch.tan, "tanh": torch.tanh,
    "sigmoid": torch.sigmoid, "relu": torch.relu, "gelu": F.gelu, "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "silu": F.silu, "elu": F.elu, "leaky_relu": F.leaky_relu, "hardtanh": F.hardtanh, "softplus": F.softplus,
    "erf": torch.erf, "floor": torch.floor, "ceil": torch.ceil, "round": torch.round, "trunc": torch.trunc,
    "sign": torch.sign, "reciprocal": torch.reciprocal, "square": torch.square, "isnan": torch.isnan,
    "isinf": torch.isinf, "nan_to_num": torch.nan_to_num, "logical_not": torch.logical_not,
    "bitwise_not": torch.bitwise_not, "clamp_-0.5_0.5": lambda x: torch.clamp(x, -0.5, 0.5),
    "clamp_min0": lambda x: torch.clamp(x, min=0), "clamp_max2": lambda x: torch.clamp(x, max=2),
    "clamp_int_float": lambda x: torch.clamp(x, 0.5, 3),
}
FLOAT_ONLY_UNARY = {"gelu", "gelu_tanh", "silu", "elu", "leaky_relu", "softplus", "hardtanh"}


def unary_cases():
    for key, fn in UNARY.items():
        for dt in ALL:
            if key in FLOAT_ONLY_UNARY and not dt.is_floating_point:
                continue
            if key == "bitwise_not" and dt.is_floating_point:
                continue
            run_case(key, fn, [rand((2, 3), dt)])
            run_case(key, fn, [rand((), dt)])
            run_case(key, fn, [rand((0, 2), dt)])
        run_case(key, fn, [rand((3, 4), torch.float32 if key != "bitwise_not" else torch.int32)], ["t"])
        run_case(key, fn, [rand((3, 4), torch.float32 if key != "bitwise_not" else torch.int32)], ["s"])
    sp = torch.tensor([0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -2.5, math.inf, -math.inf, math.nan, 100.0, -100.0])
    for key in ["round", "floor", "ceil", "trunc", "sign", "nan_to_num", "isnan", "isinf", "relu", "exp", "log",
                "sigmoid", "softplus", "abs", "clamp_-0.5_0.5"]:
        run_case(key, UNARY[key], [sp])
        run_case(key, UNARY[key], [sp.double()])


REDUCE = {
    "sum": torch.sum, "sum_d1": lambda x: torch.sum(x, 1), "sum_d01_keep": lambda x: torch.sum(x, (0, 1), keepdim=True),
    "sum_d-1_f64": lambda x: torch.sum(x, -1, dtype=torch.float64),
    "mean": torch.mean, "mean_d1": lambda x: torch.mean(x, 1), "mean_d0_keep": lambda x: torch.mean(x, 0, keepdim=True),
    "prod": torch.prod, "prod_d0": lambda x: torch.prod(x, 0),
    "max": torch.max, "min": torch.min, "max_d1": lambda x: torch.max(x, 1), "min_d0_keep": lambda x: torch.min(x, 0, keepdim=True),
    "amax_d1": lambda x: torch.amax(x, 1), "amin_d01": lambda x: torch.amin(x, (0, 1)),
    "argmax": torch.argmax, "argmax_d1": lambda x: torch.argmax(x, 1), "argmin_d0_keep": lambda x: torch.argmin(x, 0, keepdim=True),
    "var": torch.var, "var_d1": lambda x: torch.var(x, 1), "std_d0_c0": lambda x: torch.std(x, 0, correction=0),
    "norm": torch.norm, "norm1_d1": lambda x: torch.norm(x, 1, 1), "norminf": lambda x: torch.norm(x, math.inf),
    "logsumexp_d1": lambda x: torch.logsumexp(x, 1), "all": torch.all, "any_d1": lambda x: torch.any(x, 1),
    "cumsum_d1": lambda x: torch.cumsum(x, 1), "cumsum_d0": lambda x: torch.cumsum(x, 0),
    "softmax_d1": lambda x: torch.softmax(x, 1), "softmax_d0": lambda x: torch.softmax(x, 0),
    "log_softmax_d1": lambda x: torch.log_softmax(x, 1),
}


def reduce_cases():
    for key, fn in REDUCE.items():
        for dt in ALL:
            for shape in [(3, 4), (2, 3, 2), (1, 5), (3, 0)]:
                if shape == (3, 0) and key in ("max", "min", "argmax"):
                    continue
                run_case(key, fn, [rand(shape, dt)])
            run_case(key, fn, [rand((4, 3), dt)], ["t"])
        run_case(key, fn, [rand((3, 4), torch.float32)], ["s"])
        run_case(key, fn, [rand((1, 4), torch.float64)], [("e", (3, 4))])
    x = torch.tensor([[1.0, math.nan, 3.0], [2.0, 5.0, 5.0]])
    for key in ["max_d1", "min_d0_keep", "amax_d1", "argmax_d1", "sum_d1", "softmax_d1", "max"]:
        run_case(key, REDUCE[key], [x])


SHAPE = {
    "view_6": lambda x: x.view(6), "view_3_-1": lambda x: x.view(3, -1), "reshape_-1": lambda x: x.reshape(-1),
    "reshape_3_2": lambda x: x.reshape(3, 2), "permute_1_0": lambda x: x.permute(1, 0), "transpose": lambda x: x.transpose(0, 1),
    "t": lambda x: x.t(), "unsqueeze_1": lambda x: x.unsqueeze(1), "unsqueeze_-1": lambda x: x.unsqueeze(-1),
    "squeeze": lambda x: x.squeeze(), "squeeze_0": lambda x: x.squeeze(0), "flatten": lambda x: x.flatten(),
    "expand_4_2_3": lambda x: x.expand(4, 2, 3), "narrow_1_1_2": lambda x: x.narrow(1, 1, 2),
    "select_0_1": lambda x: x.select(0, 1), "select_1_-1": lambda x: x.select(1, -1),
    "slice_1_0_3_2": lambda x: x[:, 0:3:2], "chunk_2_1": lambda x: x.chunk(2, 1), "split_2_1": lambda x: x.split(2, 1),
    "split_sizes_1_2": lambda x: x.split([1, 2], 1), "cat_self_0": lambda x: torch.cat([x, x], 0),
    "cat_self_1": lambda x: torch.cat([x, x * 2], 1), "stack_self_1": lambda x: torch.stack([x, x], 1),
    "flip_1": lambda x: x.flip(1), "flip_01": lambda x: x.flip(0, 1), "roll_1_1": lambda x: x.roll(1, 1),
    "roll_2": lambda x: x.roll(2), "tril": lambda x: x.tril(), "triu_1": lambda x: x.triu(1), "tril_-1": lambda x: x.tril(-1),
    "repeat_2_1_2": lambda x: x.repeat(2, 1, 2), "contiguous": lambda x: x.contiguous(), "clone": lambda x: x.clone(),
    "view_7": lambda x: x.view(7), "view_t_6": lambda x: x.view(6), "select_2_0": lambda x: x.select(2, 0),
    "narrow_1_2_2": lambda x: x.narrow(1, 2, 2), "squeeze_5": lambda x: x.squeeze(5), "expand_3": lambda x: x.expand(3),
    "permute_0_0": lambda x: x.permute(0, 0), "flatten_1_0": lambda x: x.flatten(1, 0), "t3": lambda x: x.unsqueeze(0).t(),
}


def shape_cases():
    for key, fn in SHAPE.items():
        for dt in [torch.float32, torch.int64, torch.bool, torch.float16, torch.uint8]:
            run_case(key, fn, [rand((2, 3), dt)])
        for k in ["t", "s"]:
            run_case(key, fn, [rand((2, 3) if k == "s" else (2, 3), torch.float32)], [k])
    for dt in [torch.float32, torch.int32]:
        run_case("cat_self_1", SHAPE["cat_self_1"], [rand((0, 3), dt)])
        run_case("flip_01", SHAPE["flip_01"], [rand((3, 4), dt)], ["t"])
        run_case("roll_1_1", SHAPE["roll_1_1"], [rand((3, 4), dt)], ["s"])
    run_case("view_t_6", SHAPE["view_t_6"], [rand((2, 3), torch.float32)], ["t"])
    run_case("cat2", lambda a, b: torch.cat([a, b], 1), [rand((2, 3), torch.float32), rand((2, 2), torch.int64)])
    run_case("cat2", lambda a, b: torch.cat([a, b], 1), [rand((2, 3), torch.float32), rand((3, 2), torch.float32)])
    run_case("stack2", lambda a, b: torch.stack([a, b]), [rand((2, 3), torch.float32), rand((2, 2), torch.float32)])
    run_case("where", torch.where, [rand((2, 3), torch.bool), rand((2, 3), torch.float32), rand((3,), torch.float64)])
    run_case("where", torch.where, [rand((2, 1), torch.bool), rand((2, 3), torch.int32), rand((), torch.int64)])
    run_case("where", torch.where, [rand((2, 3), torch.float32), rand((2, 3), torch.float32), rand((2, 3), torch.float32)])
    for dt in FLOATS:
        run_case("lerp_s0.3", lambda a, b: torch.lerp(a, b, 0.3), [rand((2, 3), dt), rand((3,), dt)])
        run_case("lerp_t", torch.lerp, [rand((2, 3), dt), rand((2, 3), dt), rand((3,), dt)])
    run_case("lerp_s0.3", lambda a, b: torch.lerp(a, b, 0.3), [rand((2, 3), torch.float32), rand((3,), torch.float64)])


LINALG = {
    "mm": torch.mm, "bmm": torch.bmm, "matmul": torch.matmul, "dot": torch.dot, "outer": torch.outer,
    "addmm": torch.addmm, "addmm_b0.5_a2": lambda c, a, b: torch.addmm(c, a, b, beta=0.5, alpha=2),
    "linear": F.linear, "linear_nobias": lambda x, w: F.linear(x, w),
}


def linalg_cases():
    for dt in [torch.float32, torch.float64, torch.int64, torch.int32, torch.float16, torch.bfloat16]:
        r = lambda *s: rand(s, dt)  # noqa: E731
        run_case("mm", torch.mm, [r(2, 3), r(3, 4)])
        run_case("mm", torch.mm, [r(3, 2), r(4, 3)], ["t", "t"])
        run_case("mm", torch.mm, [r(3, 4), r(4, 2)], ["s", "c"])
        run_case("mm", torch.mm, [r(2, 0), r(0, 3)])
        run_case("bmm", torch.bmm, [r(2, 2, 3), r(2, 3, 2)])
        run_case("dot", torch.dot, [r(5), r(5)])
        run_case("outer", torch.outer, [r(3), r(2)])
        for sa, sb in [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 4)), ((2, 2, 3), (3,)), ((3,), (2, 3, 2)),
                       ((2, 2, 3), (3, 4)), ((2, 1, 2, 3), (3, 3, 2)), ((4, 2, 3), (4, 3, 5)), ((1, 2, 3), (2, 3, 1))]:
            run_case("matmul", torch.matmul, [r(*sa), r(*sb)])
        run_case("addmm", torch.addmm, [r(4), r(2, 3), r(3, 4)])
        run_case("addmm_b0.5_a2", LINALG["addmm_b0.5_a2"], [r(2, 4), r(2, 3), r(3, 4)])
        if dt.is_floating_point:
            run_case("linear", F.linear, [r(2, 3), r(4, 3), r(4)])
            run_case("linear", F.linear, [r(2, 5, 3), r(4, 3), r(4)])
            run_case("linear_nobias", LINALG["linear_nobias"], [r(3), r(4, 3)])
    run_case("matmul", torch.matmul, [rand((16, 20), torch.float32), rand((20, 9), torch.float32)], ["t", "t"])


def error_cases():
    f = torch.float32
    run_case("add", torch.add, [rand((2, 3), f), rand((4,), f)])
    run_case("add", torch.add, [rand((2, 3), f), rand((3, 3), f)])
    run_case("mm", torch.mm, [rand((2, 3), f), rand((4, 3), f)])
    run_case("mm", torch.mm, [rand((2, 3), f), rand((3, 3), torch.float64)])
    run_case("matmul", torch.matmul, [rand((2, 3), f), rand((4,), f)])
    run_case("matmul", torch.matmul, [rand((), f), rand((4,), f)])
    run_case("dot", torch.dot, [rand((3,), f), rand((4,), f)])
    run_case("bmm", torch.bmm, [rand((2, 2, 3), f), rand((3, 3, 2), f)])
    run_case("view_t_6", SHAPE["view_t_6"], [rand((2, 3), f)], ["t"])
    run_case("mean", torch.mean, [rand((2, 3), torch.int64)])
    run_case("sub", torch.sub, [rand((2,), torch.bool), rand((2,), torch.bool)])
    run_case("neg", torch.neg, [rand((2,), torch.bool)])
    run_case("sum_d1", REDUCE["sum_d1"], [rand((3,), f)])
    run_case("max_d1", REDUCE["max_d1"], [rand((3, 0), f)])
    run_case("max", torch.max, [rand((0, 3), f)])
    run_case("div_floor", BINARY["div_floor"][0], [rand((3,), torch.int64), torch.zeros(3, dtype=torch.int64)])
    run_case("remainder", torch.remainder, [rand((3,), torch.int32), torch.zeros(3, dtype=torch.int32)])
    run_case("bitwise_and", torch.bitwise_and, [rand((3,), f), rand((3,), f)])
    run_case("pow_s-1", lambda a: torch.pow(a, -1), [rand((3,), torch.int64)])
    run_case("cat2_d0", lambda a, b: torch.cat([a, b], 0), [rand((2, 3), f), rand((2, 2), f)])
    run_case("t3", SHAPE["t3"], [rand((2, 3), f)])
    run_case("where", torch.where, [rand((2,), torch.int64), rand((2,), f), rand((2,), f)])
    run_case("add_alpha2.5", lambda a, b: torch.add(a, b, alpha=2.5), [rand((2,), torch.int64), rand((2,), torch.int64)])
    run_case("add_", lambda a, b: a.clone().add_(b), [rand((2,), torch.int64), rand((2,), f)])
    run_case("add_", lambda a, b: a.clone().add_(b), [rand((2,), f), rand((3, 2), f)])
    run_case("lerp_s0.3", lambda a, b: torch.lerp(a, b, 0.3), [rand((3,), torch.int64), rand((3,), torch.int64)])
    run_case("softmax_d1", REDUCE["softmax_d1"], [rand((2, 3), torch.int64)])
    run_case("var", torch.var, [rand((2, 3), torch.int64)])
    run_case("narrow_1_2_2", SHAPE["narrow_1_2_2"], [rand((2, 3), f)])
    run_case("select_2_0", SHAPE["select_2_0"], [rand((2, 3), f)])
    run_case("view_7", SHAPE["view_7"], [rand((2, 3), f)])
    run_case("expand_3", SHAPE["expand_3"], [rand((2, 3), f)])
    run_case("permute_0_0", SHAPE["permute_0_0"], [rand((2, 3), f)])
    run_case("flatten_1_0", SHAPE["flatten_1_0"], [rand((2, 3), f)])
    run_case("squeeze_5", SHAPE["squeeze_5"], [rand((2, 3), f)])
    run_case("select_0_5", lambda x: x.select(0, 5), [rand((2, 3), f)])


def misc():
    """Scalar-only facts: half/bfloat16 rounding, promote_types, result_type with scalars, repr."""
    vals = [0.0, 1.0, -2.5, 65504.0, 65519.0, 65520.0, 1e-8, 6e-8, 5.960464477539063e-08, 1.00048828125, 1.0009765625,
            1.00146484375, 3.14159, 1e30, -1e-30, 0.1, 2049.0, 2051.0, 1.0 + 2 ** -8, 1.0 + 3 * 2 ** -9, math.inf, -math.inf]
    rows = []
    for v in vals:
        h = torch.tensor([v], dtype=torch.float32).half().float().item()
        b = torch.tensor([v], dtype=torch.float32).bfloat16().float().item()
        rows.append(f"{v!r}:{h!r}:{b!r}")
    LINES.append("#half\t" + ";".join(rows))
    pt = []
    for a in ALL:
        for b in ALL:
            pt.append(NAME[torch.promote_types(a, b)])
    LINES.append("#promote\t" + ",".join(pt))
    # result_type(tensor(dim d) of dtype a, python scalar s)
    rt = []
    for a in ALL:
        for s in [True, 2, 2.5]:
            for d in [0, 1]:
                t = torch.zeros([2] * d, dtype=a)
                rt.append(NAME[torch.result_type(t, s)])
        for b in ALL:  # dim tensor a with zero-dim tensor b
            rt.append(NAME[torch.result_type(torch.zeros(2, dtype=a), torch.zeros((), dtype=b))])
    LINES.append("#result_type\t" + ",".join(rt))
    reprs = [
        torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([1.5, -2.25, 3.0]), torch.tensor([1, 2, 3]),
        torch.tensor([True, False]), torch.tensor(3.5), torch.tensor(7), torch.tensor([1e-5, 1.0]),
        torch.tensor([1e10, 1.0]), torch.tensor([0.0, math.nan, math.inf]), torch.tensor([1, 2], dtype=torch.int32),
        torch.tensor([1.0, 2.5], dtype=torch.float64), torch.tensor([1.0, 2.5], dtype=torch.float16),
        torch.zeros(0), torch.zeros(0, 3), torch.zeros(0, dtype=torch.int64), torch.arange(1200.0), torch.arange(1200.0).reshape(40, 30),
        torch.arange(24).reshape(2, 3, 4), torch.linspace(0, 1, 30), torch.tensor([[1e-5, 2.0], [3.0, 1000.0]]),
        torch.tensor([-1.0, 100.0]), torch.arange(30, dtype=torch.int8), torch.tensor([123456.0, 1.0]),
        torch.zeros(2, 0, dtype=torch.float64), torch.tensor(-0.0), torch.tensor([0.1, 0.25], dtype=torch.bfloat16),
    ]
    for r in reprs:
        LINES.append("#repr\t" + enc(r) + "\t" + repr(r).replace("\\", "\\\\").replace("\n", "\\n"))
    # creation ops
    cre = {
        "arange_5": torch.arange(5), "arange_1_2.5_0.5": torch.arange(1, 2.5, 0.5), "arange_0_1_0.1": torch.arange(0, 1, 0.1),
        "arange_10_0_-3": torch.arange(10, 0, -3), "arange_f64_0_1_0.3": torch.arange(0, 1, 0.3, dtype=torch.float64),
        "linspace_0_1_5": torch.linspace(0, 1, 5), "linspace_-1_1_7": torch.linspace(-1, 1, 7),
        "linspace_i64_0_10_4": torch.linspace(0, 10, 4, dtype=torch.int64), "linspace_1_1_1": torch.linspace(1, 1, 1),
        "eye_3": torch.eye(3), "eye_2_3_i32": torch.eye(2, 3, dtype=torch.int32), "full_2_3_int": torch.full((2, 3), 7),
        "full_2_float": torch.full((2,), 1.5), "full_2_bool": torch.full((2,), True), "ones_2_i8": torch.ones(2, dtype=torch.int8),
        "tensor_nested": torch.tensor([[1, 2], [3, 4]]), "tensor_mixed": torch.tensor([[1, 2.5], [True, 4]]),
        "tensor_bool": torch.tensor([True, False]),
    }
    for k, v in cre.items():
        LINES.append(f"#create\t{k}\t{enc(v)}")


def main():
    binary_cases()
    scalar_cases()
    unary_cases()
    reduce_cases()
    shape_cases()
    linalg_cases()
    error_cases()
    misc()
    body = "\n".join(LINES)
    w = sys.stdout.write
    w("// tests/unit/runtime/tensor_golden.h - Op cases computed by torch eager; generated by gen_tensor_golden.py, do not edit.\n")
    w("#pragma once\n\n")
    w(f"// {len(LINES)} lines: op<TAB>inputs<TAB>outputs<TAB>error, or #kind<TAB>... (see gen_tensor_golden.py).\n")
    # Raw string literals are split in chunks: some compilers limit a single literal's length.
    w("inline const char* const kTensorGolden[] = {\n")
    chunk = []
    size = 0
    for line in LINES:
        chunk.append(line)
        size += len(line)
        if size > 60000:
            w('R"GOLDEN(' + "\n".join(chunk) + '\n)GOLDEN",\n')
            chunk, size = [], 0
    if chunk:
        w('R"GOLDEN(' + "\n".join(chunk) + '\n)GOLDEN",\n')
    w("};\n")


if __name__ == "__main__":
    main()
