# tests/python/conformance_cases.py - The op table of the conformance suite: each case is a scripted function body.
"""Cases for tests/python/test_ops_conformance.py.

A Case is one small function over tensor arguments a, b, c, ... (its body calls torch.f, x.f(),
F.f or an operator). The suite compiles it once with tsc.script, then runs it for every dtype
of the case, every shape tuple of its shape set and every layout (contiguous, transposed,
sliced with a step, expanded), against the same Python function run by torch eager.

`python3 tests/python/conformance_cases.py` prints the number of op x dtype x layout cases.
"""
import dataclasses
import zlib
from typing import Optional, Tuple

ALL = ("bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64")
NUMERIC = ALL[1:]
INTS = ("uint8", "int8", "int16", "int32", "int64")
SIGNED = ("int8", "int16", "int32", "int64")
FLOATS = ("float16", "bfloat16", "float32", "float64")
F32 = ("float32", "float64")

LAYOUTS = ("contig", "t", "step", "expand")

# Shape sets: a list of tuples, one shape per tensor argument.
UNARY = [((),), ((0,),), ((7,),), ((3, 4),), ((2, 3, 5),)]
BINARY = [((3, 4), (3, 4)), ((3, 4), (4,)), ((2, 1, 4), (3, 1)), ((), (2, 3)), ((0, 3), (1, 3)), ((5,), ()),
          ((2, 3), (4,))]  # the last pair does not broadcast: an error case
TERNARY = [((3, 4), (3, 4), (3, 4)), ((2, 1, 4), (3, 1), (4,)), ((), (2, 3), ())]
MAT2 = [((3, 4),), ((2, 3, 5),), ((4, 1),)]  # ndim >= 2
REDUCE = [((3, 4),), ((2, 3, 5),), ((0, 4),), ((4, 1),)]
FULL_REDUCE = [((),), ((0,),), ((7,),), ((3, 4),), ((2, 3, 5),)]
NONE = [()]  # no tensor arguments: creation ops
MATMUL = [((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 4)), ((2, 3), (3, 4)), ((5, 2, 3), (3, 4)), ((2, 3), (5, 3, 4)),
          ((5, 2, 3), (5, 3, 4)), ((2, 1, 2, 3), (4, 3, 2)), ((3,), (5, 3, 4)), ((5, 2, 3), (3,)),
          ((0, 3), (3, 2)), ((2, 0), (0, 3)), ((2, 3), (4, 5))]
IMG = [((2, 3, 8, 8),), ((1, 3, 5, 7),)]


@dataclasses.dataclass
class Case:
    name: str  # unique: the op, then a variant ("sum.dim_keepdim")
    op: str  # the op of issue 5's list that the case covers
    body: str  # "return torch.exp(a)"; several statements separated by newlines
    # per argument: T (case dtype; the first of a pair "int8+float32"), U (the second of a pair),
    # idx:N (int64 in [0, N)), mask (bool), f32, i64
    args: Tuple[str, ...] = ("T",)
    shapes: list = dataclasses.field(default_factory=lambda: UNARY)
    dtypes: Tuple[str, ...] = ALL
    ret: Optional[str] = "Tensor"  # None: no annotation
    values: str = "normal"  # normal | special (nan/inf/0/-0 mixed in) | positive | nonzero | small | distinct
    values_b: Optional[str] = None  # value kind for the second argument (default: values)
    layouts: Tuple[str, ...] = LAYOUTS
    compare: str = "values"  # values | meta (shape and dtype only: empty)
    rtol: float = 1.0  # multiplies the dtype's tolerance
    inplace: bool = False  # also compare argument a after the call
    ref: Optional[str] = None  # eager reference body when torch 1.13 lacks the op
    script_error: Optional[str] = None  # TorchScript's exception type where eager Python raises another one

    @property
    def fn_name(self):
        return "c_" + "".join(ch if ch.isalnum() else "_" for ch in self.name)

    def source(self, ref=False):
        params = ", ".join(f"{'abcdefgh'[i]}: Tensor" for i in range(len(self.args)))
        ann = f" -> {self.ret}" if self.ret else ""
        body = self.ref if ref else self.body
        lines = [f"def {self.fn_name}{'_ref' if ref else ''}({params}){ann}:"]
        lines += ["    " + line for line in body.split("\n")]
        return "\n".join(lines) + "\n"


CASES = []


def case(name, body, **kw):
    op = kw.pop("op", name.split(".")[0])
    CASES.append(Case(name=name, op=op, body=body, **kw))


def dt_cases(name, body, **kw):
    """A creation case per dtype: {dt} in the body becomes torch.<dtype>."""
    kw.setdefault("shapes", NONE)
    kw.setdefault("args", ())
    case(name, body, **kw)


# ---- creation ----
dt_cases("tensor.list", "return torch.tensor([[1, 2], [3, -4]], dtype={dt})")
dt_cases("tensor.infer_float", "return torch.tensor([1.5, -2.0, 0.25])", dtypes=("float32",))
dt_cases("tensor.infer_int", "return torch.tensor([[1], [2]])", dtypes=("int64",))
dt_cases("tensor.scalar", "return torch.tensor(3.5)", dtypes=("float32",))
dt_cases("zeros", "return torch.zeros(2, 3, dtype={dt})")
dt_cases("zeros.list", "return torch.zeros([0, 4], dtype={dt})")
dt_cases("ones", "return torch.ones([3], dtype={dt})")
dt_cases("ones.default", "return torch.ones(2, 2)", dtypes=("float32",))
dt_cases("full", "return torch.full([2, 3], 7, dtype={dt})")
dt_cases("full.float", "return torch.full([2], 1.5)", dtypes=("float32",))
dt_cases("empty", "return torch.empty([2, 5], dtype={dt})", compare="meta")
dt_cases("arange.end", "return torch.arange(10, dtype={dt})", dtypes=NUMERIC)
dt_cases("arange.start_step", "return torch.arange(1, 7, 2, dtype={dt})", dtypes=NUMERIC)
dt_cases("arange.float", "return torch.arange(0.0, 1.0, 0.25)", dtypes=("float32",))
dt_cases("arange.infer_int", "return torch.arange(5)", dtypes=("int64",))
dt_cases("linspace", "return torch.linspace(-1, 1, 5, dtype={dt})", dtypes=NUMERIC)
dt_cases("linspace.default", "return torch.linspace(0, 10, steps=11)", dtypes=("float32",))
dt_cases("eye", "return torch.eye(3, dtype={dt})")
dt_cases("eye.rect", "return torch.eye(2, 4, dtype={dt})")
case("zeros_like", "return torch.zeros_like(a)")
case("ones_like", "return torch.ones_like(a)")
case("ones_like.dtype", "return torch.ones_like(a, dtype=torch.float64)")
case("full_like", "return torch.full_like(a, 3)")
case("rand", "torch.manual_seed(7)\nreturn torch.rand(3, 4, dtype={dt})", args=(), shapes=NONE, dtypes=FLOATS,
     op="rand")
case("randn", "torch.manual_seed(7)\nreturn torch.randn([5], dtype={dt})", args=(), shapes=NONE, dtypes=FLOATS)
case("randint", "torch.manual_seed(3)\nreturn torch.randint(0, 10, [2, 6], dtype={dt})", args=(), shapes=NONE,
     dtypes=NUMERIC)
case("randint.high", "torch.manual_seed(3)\nreturn torch.randint(5, [7])", args=(), shapes=NONE, dtypes=("int64",))
case("manual_seed", "torch.manual_seed(11)\nx = torch.rand(4)\ntorch.manual_seed(11)\nreturn x - torch.rand(4)",
     args=(), shapes=NONE, dtypes=("float32",))

# ---- elementwise: binary ----
for op, sym in [("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/")]:
    case(f"{op}.op", f"return a {sym} b", args=("T", "T"), shapes=BINARY, op=op)
    case(f"{op}.fn", f"return torch.{op}(a, b)", args=("T", "T"), shapes=BINARY, op=op)
    case(f"{op}.int_scalar", f"return a {sym} 2", op=op)
    case(f"{op}.float_scalar", f"return a {sym} 1.5", op=op)
    case(f"{op}.reflected", f"return 3 {sym} a", op=op, values="nonzero")
    case(f"{op}.method", f"return a.{op}(b)", args=("T", "T"), shapes=BINARY[:3], op=op)
case("add.alpha", "return torch.add(a, b, alpha=2)", args=("T", "T"), shapes=BINARY, dtypes=NUMERIC)
case("sub.alpha", "return torch.sub(a, b, alpha=3)", args=("T", "T"), shapes=BINARY[:3], dtypes=NUMERIC)
case("div.trunc", "return torch.div(a, b, rounding_mode='trunc')", args=("T", "T"), shapes=BINARY, values_b="nonzero",
     dtypes=NUMERIC, values="special")
case("div.floor", "return torch.div(a, b, rounding_mode='floor')", args=("T", "T"), shapes=BINARY, values_b="nonzero",
     dtypes=NUMERIC)
case("div.floor_scalar", "return torch.div(a, 4, rounding_mode='floor')", dtypes=NUMERIC)
case("div.int_by_zero", "return torch.div(a, torch.zeros_like(a), rounding_mode='floor')", dtypes=INTS,
     shapes=[((3,),)], op="div")
case("floor_divide", "return torch.floor_divide(a, b)", args=("T", "T"), shapes=BINARY, values_b="nonzero",
     dtypes=NUMERIC)
case("floor_divide.op", "return a // b", args=("T", "T"), shapes=BINARY, values_b="nonzero", dtypes=NUMERIC,
     op="floor_divide")
case("floor_divide.scalar", "return a // 3", dtypes=NUMERIC, op="floor_divide")
case("remainder", "return torch.remainder(a, b)", args=("T", "T"), shapes=BINARY, values_b="nonzero",
     dtypes=NUMERIC)
case("remainder.op", "return a % b", args=("T", "T"), shapes=BINARY, values_b="nonzero", dtypes=NUMERIC,
     op="remainder")
case("remainder.scalar", "return a % 2.5", dtypes=NUMERIC, op="remainder")
case("fmod", "return torch.fmod(a, b)", args=("T", "T"), shapes=BINARY, values_b="nonzero", dtypes=NUMERIC)
case("fmod.scalar", "return torch.fmod(a, 3)", dtypes=NUMERIC, op="fmod")
case("pow", "return torch.pow(a, b)", args=("T", "T"), shapes=BINARY, values="positive", values_b="small",
     dtypes=NUMERIC)
case("pow.op_scalar", "return a ** 2", dtypes=NUMERIC, op="pow")
case("pow.float_exp", "return a ** 0.5", dtypes=FLOATS, values="special", op="pow")
case("pow.reflected", "return 2 ** a", dtypes=NUMERIC, values="small", op="pow")
for op in ["maximum", "minimum", "atan2"]:
    case(op, f"return torch.{op}(a, b)", args=("T", "T"), shapes=BINARY, values="special")
for op, sym in [("eq", "=="), ("ne", "!="), ("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">=")]:
    case(f"{op}.op", f"return a {sym} b", args=("T", "T"), shapes=BINARY, op=op, values="special")
    case(f"{op}.fn", f"return torch.{op}(a, b)", args=("T", "T"), shapes=BINARY[:3], op=op)
    case(f"{op}.scalar", f"return a {sym} 1", op=op)
    case(f"{op}.float_scalar", f"return a {sym} 0.5", op=op, dtypes=NUMERIC)
for op in ["logical_and", "logical_or", "logical_xor"]:
    case(op, f"return torch.{op}(a, b)", args=("T", "T"), shapes=BINARY)
case("logical_not", "return torch.logical_not(a)")
for op, sym in [("bitwise_and", "&"), ("bitwise_or", "|"), ("bitwise_xor", "^")]:
    case(op, f"return torch.{op}(a, b)", args=("T", "T"), shapes=BINARY)
    case(f"{op}.op", f"return a {sym} b", args=("T", "T"), shapes=BINARY[:3], op=op)
    case(f"{op}.scalar", f"return a {sym} 3", dtypes=INTS + ("bool",), op=op)
case("bitwise_not", "return torch.bitwise_not(a)")
case("bitwise_not.op", "return ~a", op="bitwise_not", script_error="RuntimeError")  # eager: TypeError
case("where", "return torch.where(a > 0, a, b)", args=("T", "T"), shapes=BINARY, dtypes=NUMERIC)
case("where.mask", "return torch.where(c, a, b)", args=("T", "T", "mask"), shapes=TERNARY)
case("where.scalars", "return torch.where(a > 0, 1.0, -1.0)", dtypes=NUMERIC, op="where")
case("clamp", "return torch.clamp(a, -1, 2)", dtypes=NUMERIC, values="special")
case("clamp.min", "return a.clamp(min=0.5)", dtypes=NUMERIC, op="clamp")
case("clamp.max", "return torch.clamp(a, max=1)", dtypes=NUMERIC, op="clamp")
case("clamp.tensor", "return torch.clamp(a, b, c)", args=("T", "T", "T"), shapes=TERNARY, dtypes=NUMERIC, op="clamp")
case("lerp", "return torch.lerp(a, b, 0.3)", args=("T", "T"), shapes=BINARY, dtypes=FLOATS)
case("lerp.tensor", "return torch.lerp(a, b, c)", args=("T", "T", "T"), shapes=TERNARY, dtypes=FLOATS, op="lerp")

# ---- elementwise: unary ----
for op in ["neg", "abs", "sign", "square", "floor", "ceil", "round", "trunc"]:
    case(op, f"return torch.{op}(a)", values="special")
    case(f"{op}.method", f"return a.{op}()", shapes=UNARY[2:4], op=op)
case("neg.op", "return -a", op="neg")
for op in ["exp", "log", "log1p", "expm1", "sqrt", "rsqrt", "sin", "cos", "tan", "tanh", "sigmoid", "erf",
           "reciprocal", "isnan", "isinf"]:
    case(op, f"return torch.{op}(a)", values="special", rtol=4.0)
    case(f"{op}.method", f"return a.{op}()", shapes=UNARY[2:4], op=op, rtol=4.0)
case("round.decimals", "return torch.round(a, decimals=2)", dtypes=FLOATS, op="round")
case("relu", "return torch.relu(a)", values="special")
case("relu.F", "return F.relu(a)", op="relu")
case("gelu", "return F.gelu(a)", dtypes=FLOATS, values="special", rtol=4.0)
case("gelu.tanh", "return F.gelu(a, approximate='tanh')", dtypes=FLOATS, rtol=4.0, op="gelu")
case("silu", "return F.silu(a)", dtypes=FLOATS, values="special", rtol=4.0)
case("elu", "return F.elu(a)", dtypes=FLOATS, values="special", rtol=4.0)
case("elu.alpha", "return F.elu(a, alpha=0.5)", dtypes=FLOATS, rtol=4.0, op="elu")
case("leaky_relu", "return F.leaky_relu(a)", dtypes=NUMERIC, values="special")
case("leaky_relu.slope", "return F.leaky_relu(a, 0.2)", dtypes=FLOATS, op="leaky_relu")
case("hardtanh", "return F.hardtanh(a)", dtypes=NUMERIC, values="special")
case("hardtanh.range", "return F.hardtanh(a, -0.5, 2.0)", dtypes=FLOATS, op="hardtanh")
case("softplus", "return F.softplus(a)", dtypes=FLOATS, values="special", rtol=4.0)
case("softplus.beta", "return F.softplus(a, beta=2.0, threshold=5.0)", dtypes=FLOATS, rtol=4.0, op="softplus")
case("sigmoid.F", "return torch.sigmoid(a) + F.sigmoid(a)", dtypes=FLOATS, op="sigmoid", rtol=4.0)
case("tanh.F", "return F.tanh(a)", dtypes=FLOATS, op="tanh", rtol=4.0)
case("nan_to_num", "return torch.nan_to_num(a)", values="special")
case("nan_to_num.values", "return torch.nan_to_num(a, nan=0.5, posinf=10.0, neginf=-10.0)", values="special",
     dtypes=FLOATS, op="nan_to_num")

# ---- reductions ----
R = dict(shapes=REDUCE)
for op in ["sum", "mean", "prod", "amax", "amin", "logsumexp"]:
    dts = FLOATS if op in ("mean", "logsumexp") else ALL
    case(f"{op}.dim", f"return torch.{op}(a, 1)", dtypes=dts, op=op, rtol=4.0, **R)
    case(f"{op}.dim_keepdim", f"return a.{op}(-1, keepdim=True)", dtypes=dts, op=op, rtol=4.0, **R)
for op in ["sum", "mean", "prod", "amax", "amin"]:
    dts = FLOATS if op == "mean" else ALL
    case(f"{op}.all", f"return a.{op}()" if op not in ("amax", "amin") else f"return torch.{op}(a, [0, 1])",
         dtypes=dts, op=op, rtol=4.0, shapes=FULL_REDUCE if op not in ("amax", "amin") else MAT2)
case("sum.dims", "return a.sum([0, 1])", rtol=4.0, op="sum", **R)
case("sum.dtype", "return torch.sum(a, 1, dtype=torch.float64)", dtypes=NUMERIC, op="sum", **R)
case("sum.all_dtype", "return a.sum(dtype=torch.int64)", op="sum")
case("mean.dtype", "return a.mean(1, dtype=torch.float64)", dtypes=NUMERIC, op="mean", **R)
case("mean.int_error", "return a.mean()", dtypes=INTS + ("bool",), op="mean")
case("prod.dtype", "return torch.prod(a, 0, dtype=torch.float64)", dtypes=NUMERIC, op="prod", **R)
case("max.all", "return a.max()", shapes=FULL_REDUCE, op="max", values="special")
case("min.all", "return torch.min(a)", shapes=FULL_REDUCE, op="min", values="special")
case("max.dim", "return torch.max(a, 1)", ret="Tuple[Tensor, Tensor]", op="max", **R)
case("min.dim_keepdim", "return a.min(-1, keepdim=True)", ret="Tuple[Tensor, Tensor]", op="min", **R)
case("max.binary", "return torch.max(a, b)", args=("T", "T"), shapes=BINARY[:3], op="max")
case("min.unpack", "v, i = a.min(0)\nreturn v + i", dtypes=NUMERIC, op="min", **R)
case("argmax", "return torch.argmax(a)", shapes=FULL_REDUCE, dtypes=NUMERIC)
case("argmax.dim", "return a.argmax(1, keepdim=True)", dtypes=NUMERIC, op="argmax", **R)
case("argmin", "return a.argmin()", shapes=FULL_REDUCE, dtypes=NUMERIC)
case("argmin.dim", "return torch.argmin(a, dim=0)", dtypes=NUMERIC, op="argmin", **R)
case("var", "return a.var()", dtypes=FLOATS, shapes=FULL_REDUCE, rtol=4.0)
case("var.dim", "return torch.var(a, 1)", dtypes=FLOATS, op="var", rtol=4.0, **R)
case("var.unbiased", "return torch.var(a, 1, unbiased=False, keepdim=True)", dtypes=FLOATS, op="var", rtol=4.0, **R)
case("var.correction", "return torch.var(a, [1], correction=0)", dtypes=FLOATS, op="var", rtol=4.0, **R)
case("std", "return a.std()", dtypes=FLOATS, shapes=FULL_REDUCE, rtol=4.0)
case("std.dim", "return torch.std(a, -1, keepdim=True)", dtypes=FLOATS, op="std", rtol=4.0, **R)
case("std.correction", "return torch.std(a, [0], correction=2)", dtypes=FLOATS, op="std", rtol=4.0, **R)
case("norm", "return a.norm()", dtypes=FLOATS, shapes=FULL_REDUCE, rtol=4.0)
case("norm.p_dim", "return torch.norm(a, 1, 1)", dtypes=FLOATS, op="norm", rtol=4.0, **R)
case("norm.inf", "return a.norm(float('inf'), dim=0, keepdim=True)", dtypes=FLOATS, op="norm", **R)
case("logsumexp.special", "return torch.logsumexp(a, 0)", dtypes=FLOATS, op="logsumexp", values="special",
     shapes=[((5,),), ((3, 4),)])
case("all", "return torch.all(a)", shapes=FULL_REDUCE)
case("all.dim", "return a.all(1)", op="all", **R)
case("any", "return a.any()", shapes=FULL_REDUCE)
case("any.dim", "return torch.any(a, 0, keepdim=True)", op="any", **R)
case("cumsum", "return torch.cumsum(a, 0)", shapes=FULL_REDUCE[1:], rtol=4.0)
case("cumsum.dim", "return a.cumsum(-1)", op="cumsum", rtol=4.0, **R)
case("cumsum.dtype", "return torch.cumsum(a, 1, dtype=torch.float64)", op="cumsum", **R)
case("softmax", "return torch.softmax(a, -1)", dtypes=FLOATS, rtol=4.0, **R)
case("softmax.F", "return F.softmax(a, dim=0)", dtypes=FLOATS, rtol=4.0, op="softmax", **R)
case("softmax.dtype", "return a.softmax(1, dtype=torch.float64)", dtypes=FLOATS, op="softmax", **R)
case("softmax.special", "return torch.softmax(a, 0)", dtypes=F32, values="special", op="softmax",
     shapes=[((6,),), ((3, 4),)])
case("log_softmax", "return torch.log_softmax(a, 1)", dtypes=FLOATS, rtol=4.0, **R)
case("log_softmax.F", "return F.log_softmax(a, dim=-1)", dtypes=FLOATS, rtol=4.0, op="log_softmax", **R)

# ---- linear algebra ----
LA = dict(dtypes=NUMERIC, rtol=8.0)
case("matmul", "return torch.matmul(a, b)", args=("T", "T"), shapes=MATMUL, **LA)
case("matmul.op", "return a @ b", args=("T", "T"), shapes=MATMUL[:8], op="matmul", **LA)
case("mm", "return torch.mm(a, b)", args=("T", "T"), shapes=[((2, 3), (3, 4)), ((0, 3), (3, 2)), ((2, 3), (2, 3))],
     **LA)
case("bmm", "return a.bmm(b)", args=("T", "T"), shapes=[((5, 2, 3), (5, 3, 4)), ((2, 0, 3), (2, 3, 2)),
                                                        ((5, 2, 3), (4, 3, 4))], **LA)
case("addmm", "return torch.addmm(a, b, c)", args=("T", "T", "T"), shapes=[((2, 4), (2, 3), (3, 4)),
                                                                         ((4,), (2, 3), (3, 4))], **LA)
case("addmm.beta_alpha", "return torch.addmm(a, b, c, beta=0.5, alpha=2.0)", args=("T", "T", "T"),
     shapes=[((2, 4), (2, 3), (3, 4))], op="addmm", dtypes=FLOATS, rtol=8.0)
case("linear", "return F.linear(a, b, c)", args=("T", "T", "T"), shapes=[((2, 3), (4, 3), (4,)),
                                                                       ((5, 2, 3), (4, 3), (4,))], **LA)
case("linear.nobias", "return F.linear(a, b)", args=("T", "T"), shapes=[((2, 3), (4, 3)), ((3,), (4, 3))],
     op="linear", **LA)
case("dot", "return torch.dot(a, b)", args=("T", "T"), shapes=[((5,), (5,)), ((0,), (0,)), ((3,), (4,))], **LA)
case("outer", "return torch.outer(a, b)", args=("T", "T"), shapes=[((3,), (4,)), ((0,), (2,))], **LA)
case("baddbmm", "return torch.baddbmm(a, b, c)", args=("T", "T", "T"),
     shapes=[((2, 3, 4), (2, 3, 5), (2, 5, 4)), ((3, 4), (2, 3, 5), (2, 5, 4))], **LA)
case("baddbmm.beta_alpha", "return torch.baddbmm(a, b, c, beta=0.5, alpha=2.0)", args=("T", "T", "T"),
     shapes=[((2, 3, 4), (2, 3, 5), (2, 5, 4))], op="baddbmm", dtypes=FLOATS, rtol=8.0)

# ---- shapes ----
S = dict(shapes=[((2, 3, 4),), ((4, 6),)])
case("size", "return a.size()", ret="List[int]", shapes=UNARY)
case("size.dim", "return a.size(-1)", ret="int", shapes=UNARY[2:], op="size")
case("shape", "return a.shape", ret="List[int]", shapes=UNARY, op="size")
case("dim", "return a.dim()", ret="int", shapes=UNARY)
case("numel", "return a.numel()", ret="int", shapes=UNARY)
case("view", "return a.view(-1)", **S)
case("view.shape", "return a.view([2, -1])", **S, op="view")
case("reshape", "return a.reshape(-1, 2)", **S)
case("reshape.list", "return torch.reshape(a, [4, -1])", **S, op="reshape")
case("permute", "return a.permute(1, 0)", shapes=[((4, 6),), ((3, 0),)])
case("permute.3d", "return torch.permute(a, [2, 0, 1])", shapes=[((2, 3, 4),)], op="permute")
case("transpose", "return a.transpose(0, -1)", **S)
case("transpose.fn", "return torch.transpose(a, 1, 0)", **S, op="transpose")
case("t", "return a.t()", shapes=[((4, 6),), ((5,),), ((),)])
case("contiguous", "return a.contiguous()", shapes=UNARY)
case("unsqueeze", "return a.unsqueeze(0)", shapes=UNARY)
case("unsqueeze.neg", "return torch.unsqueeze(a, -1)", shapes=UNARY, op="unsqueeze")
case("squeeze", "return a.squeeze()", shapes=[((1, 3, 1),), ((2, 1),), ((),)])
case("squeeze.dim", "return torch.squeeze(a, 1)", shapes=[((2, 1, 3),), ((2, 3),)], op="squeeze")
case("flatten", "return a.flatten()", shapes=UNARY)
case("flatten.range", "return torch.flatten(a, 1)", shapes=[((2, 3, 4),), ((2, 0, 3),)], op="flatten")
case("expand", "return a.expand(3, -1, 4)", shapes=[((2, 1),), ((1, 1),)])
case("expand_as", "return a.expand_as(b)", args=("T", "T"), shapes=[((3, 1), (2, 3, 4)), ((4,), (3, 4))])
case("repeat", "return a.repeat(2, 3)", shapes=[((2, 3),), ((3,),)])
case("narrow", "return a.narrow(1, 1, 2)", **S)
case("narrow.fn", "return torch.narrow(a, 0, 0, 1)", **S, op="narrow")
case("select", "return a.select(1, -1)", **S)
case("select.fn", "return torch.select(a, 0, 1)", **S, op="select")
case("chunk", "return a.chunk(3, 1)", ret="List[Tensor]", shapes=[((2, 7),), ((4, 6),)])
case("chunk.fn", "return torch.chunk(a, 2)", ret="List[Tensor]", shapes=[((5, 3),)], op="chunk")
case("split", "return a.split(2, 1)", ret="List[Tensor]", shapes=[((2, 7),), ((4, 6),)])
case("split.sizes", "return torch.split(a, [1, 3], 0)", ret="List[Tensor]", shapes=[((4, 2),)], op="split")
case("cat", "return torch.cat([a, b], 0)", args=("T", "T"), shapes=[((2, 3), (4, 3)), ((0, 3), (2, 3)),
                                                                  ((2, 3), (2, 4))])
case("cat.dim", "return torch.cat([a, b, a], dim=-1)", args=("T", "T"), shapes=[((2, 3), (2, 1))], op="cat")
case("stack", "return torch.stack([a, b])", args=("T", "T"), shapes=[((2, 3), (2, 3)), ((2, 3), (3, 2))])
case("stack.dim", "return torch.stack([a, b], dim=1)", args=("T", "T"), shapes=[((2, 3), (2, 3))], op="stack")
case("flip", "return torch.flip(a, [0])", shapes=UNARY[2:])
case("flip.dims", "return a.flip([0, -1])", shapes=MAT2, op="flip")
case("roll", "return torch.roll(a, 2)", shapes=UNARY[1:])
case("roll.dims", "return a.roll([1, -1], [0, 1])", shapes=MAT2, op="roll")
case("tril", "return torch.tril(a)", shapes=MAT2)
case("tril.diag", "return a.tril(-1)", shapes=MAT2, op="tril")
case("triu", "return torch.triu(a, 1)", shapes=MAT2)
case("triu.method", "return a.triu()", shapes=MAT2, op="triu")
case("masked_fill", "return a.masked_fill(b, 2)", args=("T", "mask"), shapes=[((3, 4), (3, 4)), ((3, 4), (4,))])
case("masked_fill.fn", "return torch.masked_fill(a, a > 0, 0.5)", op="masked_fill", dtypes=FLOATS)
case("index_select", "return torch.index_select(a, 1, b)", args=("T", "idx:3"), shapes=[((4, 3), (5,)),
                                                                                      ((2, 3, 4), (0,))])
case("index_select.method", "return a.index_select(0, b)", args=("T", "idx:4"), shapes=[((4, 3), (2,))],
     op="index_select")
case("gather", "return torch.gather(a, 1, b)", args=("T", "idx:3"), shapes=[((4, 3), (4, 2)), ((2, 3, 4), (2, 1, 4))])
case("topk", "return torch.topk(a, 2)", ret="Tuple[Tensor, Tensor]", dtypes=NUMERIC, shapes=MAT2, values="distinct")
case("topk.smallest", "return a.topk(1, dim=0, largest=False)", ret="Tuple[Tensor, Tensor]", dtypes=NUMERIC,
     shapes=MAT2, op="topk", values="distinct")
case("sort", "return torch.sort(a)", ret="Tuple[Tensor, Tensor]", dtypes=NUMERIC, shapes=UNARY[2:], values="special")
case("sort.desc", "return a.sort(0, descending=True)", ret="Tuple[Tensor, Tensor]", dtypes=NUMERIC,
     shapes=MAT2, op="sort")

# ---- nn.functional ----
NN = dict(dtypes=FLOATS, rtol=8.0)
case("conv1d", "return F.conv1d(a, b, c)", args=("T", "T", "T"), shapes=[((2, 4, 9), (6, 4, 3), (6,))], **NN)
case("conv1d.stride_pad", "return F.conv1d(a, b, stride=2, padding=1)", args=("T", "T"),
     shapes=[((1, 2, 10), (3, 2, 3))], op="conv1d", **NN)
case("conv2d", "return F.conv2d(a, b, c)", args=("T", "T", "T"), shapes=[((2, 3, 7, 6), (4, 3, 3, 3), (4,))], **NN)
case("conv2d.stride_pad", "return F.conv2d(a, b, stride=2, padding=1)", args=("T", "T"),
     shapes=[((1, 3, 8, 8), (2, 3, 3, 3))], op="conv2d", **NN)
case("conv2d.same", "return F.conv2d(a, b, padding='same')", args=("T", "T"),
     shapes=[((1, 2, 6, 5), (3, 2, 3, 2))], op="conv2d", **NN)
case("conv2d.dilation", "return F.conv2d(a, b, dilation=2)", args=("T", "T"), shapes=[((1, 2, 9, 9), (2, 2, 3, 3))],
     op="conv2d", **NN)
case("conv2d.groups", "return F.conv2d(a, b, groups=2)", args=("T", "T"), shapes=[((2, 4, 6, 6), (6, 2, 3, 3))],
     op="conv2d", **NN)
case("conv2d.bad_channels", "return F.conv2d(a, b)", args=("T", "T"), shapes=[((1, 3, 6, 6), (2, 4, 3, 3))],
     op="conv2d", dtypes=F32)
case("max_pool2d", "return F.max_pool2d(a, 2)", shapes=IMG, **NN)
case("max_pool2d.stride_pad", "return F.max_pool2d(a, 3, stride=2, padding=1)", shapes=IMG, op="max_pool2d", **NN)
case("avg_pool2d", "return F.avg_pool2d(a, 2)", shapes=IMG, **NN)
case("avg_pool2d.pad", "return F.avg_pool2d(a, 3, stride=2, padding=1, count_include_pad=False)", shapes=IMG,
     op="avg_pool2d", **NN)
case("adaptive_avg_pool2d", "return F.adaptive_avg_pool2d(a, [3, 2])", shapes=IMG, **NN)
case("adaptive_avg_pool2d.one", "return F.adaptive_avg_pool2d(a, 1)", shapes=IMG, op="adaptive_avg_pool2d", **NN)
case("batch_norm", "return F.batch_norm(a, b, c + 1.0, d, e)", args=("T", "T", "T", "T", "T"),
     shapes=[((4, 3, 5), (3,), (3,), (3,), (3,)), ((2, 3, 4, 4), (3,), (3,), (3,), (3,))], values_b="positive",
     **NN)
case("batch_norm.noaffine", "return F.batch_norm(a, b, c, eps=1e-3)", args=("T", "T", "T"),
     shapes=[((4, 3),(3,), (3,))], values_b="positive", op="batch_norm", **NN)
case("layer_norm", "return F.layer_norm(a, [4], b, c)", args=("T", "T", "T"), shapes=[((3, 4), (4,), (4,)),
                                                                                       ((2, 3, 4), (4,), (4,))], **NN)
case("layer_norm.noaffine", "return F.layer_norm(a, [3, 4], eps=1e-3)", shapes=[((2, 3, 4),)], op="layer_norm", **NN)
case("group_norm", "return F.group_norm(a, 2, b, c)", args=("T", "T", "T"), shapes=[((2, 4, 3), (4,), (4,)),
                                                                                     ((2, 6, 2, 2), (6,), (6,))], **NN)
case("dropout", "return F.dropout(a, 0.5, training=False)", dtypes=FLOATS)
case("dropout.method", "return torch.dropout(a, 0.3, False)", dtypes=FLOATS, op="dropout")
case("embedding", "return F.embedding(b, a)", args=("T", "idx:5"), shapes=[((5, 3), (2, 4)), ((5, 3), (6,))],
     dtypes=FLOATS)
case("pad", "return F.pad(a, [1, 2])", dtypes=NUMERIC, shapes=[((2, 3),), ((1, 2, 3),)])
case("pad.value", "return F.pad(a, [1, 1, 0, 2], value=3.0)", dtypes=NUMERIC, shapes=[((2, 3),), ((1, 2, 3, 4),)],
     op="pad")
case("interpolate.nearest", "return F.interpolate(a, scale_factor=2.0)", shapes=[((1, 2, 3, 4),)], op="interpolate",
     **NN)
case("interpolate.size", "return F.interpolate(a, size=[5, 7], mode='nearest')", shapes=[((1, 2, 3, 4),)],
     op="interpolate", **NN)
case("interpolate.bilinear", "return F.interpolate(a, size=[5, 7], mode='bilinear', align_corners=False)",
     shapes=[((2, 1, 3, 4),)], op="interpolate", **NN)
case("interpolate.bilinear_ac", "return F.interpolate(a, scale_factor=2.0, mode='bilinear', align_corners=True)",
     shapes=[((1, 2, 3, 3),)], op="interpolate", **NN)
case("one_hot", "return F.one_hot(a)", args=("idx:4",), shapes=[((5,),), ((2, 3),)], dtypes=("int64",))
case("one_hot.classes", "return F.one_hot(a, 6)", args=("idx:4",), shapes=[((5,),)], dtypes=("int64",), op="one_hot")
case("scaled_dot_product_attention", "return F.scaled_dot_product_attention(a, b, c)", args=("T", "T", "T"),
     shapes=[((2, 4, 8), (2, 5, 8), (2, 5, 3)), ((1, 2, 3, 4), (1, 2, 6, 4), (1, 2, 6, 4))], dtypes=F32, rtol=8.0,
     ref="return torch.softmax(a @ b.transpose(-2, -1) / (a.size(-1) ** 0.5), -1) @ c")
case("scaled_dot_product_attention.causal", "return F.scaled_dot_product_attention(a, b, c, is_causal=True)",
     args=("T", "T", "T"), shapes=[((2, 4, 8), (2, 4, 8), (2, 4, 3))], dtypes=F32, rtol=8.0,
     op="scaled_dot_product_attention",
     ref="m = torch.ones(a.size(-2), b.size(-2)).tril().bool()\n"
         "s = (a @ b.transpose(-2, -1) / (a.size(-1) ** 0.5)).masked_fill(~m, float('-inf'))\n"
         "return torch.softmax(s, -1) @ c")

# ---- conversions ----
for name, body in [("to", "return a.to(torch.float64)"), ("to.int8", "return a.to(torch.int8)"),
                   ("to.bool", "return a.to(dtype=torch.bool)"), ("float", "return a.float()"),
                   ("long", "return a.long()"), ("int", "return a.int()"), ("bool", "return a.bool()"),
                   ("half", "return a.half()"), ("clone", "return a.clone()"), ("detach", "return a.detach()")]:
    # float -> int of nan/inf/out-of-range values is undefined (torch gives INT_MIN on x86): normal values there
    case(name, body, op=name.split(".")[0], values="normal" if name in ("to.int8", "int") else "special")
case("item", "return a.item()", ret=None, script_error="RuntimeError", shapes=[((),), ((1, 1),), ((2,),)],
     dtypes=("bool", "int64", "float32", "float64", "int32"))
case("tolist", "return a.tolist()", ret="List[List[float]]", shapes=[((2, 3),), ((0, 2),)], dtypes=F32)
case("tolist.int", "return a.tolist()", ret="List[int]", shapes=[((4,),)], dtypes=("int64", "int32", "uint8"),
     op="tolist")

# ---- indexing and assignment ----
IX = dict(shapes=[((4, 5, 6),)], layouts=("contig", "t", "step"))
case("index.int", "return a[1]", op="index", **IX)
case("index.neg_int", "return a[-1, 2]", op="index", **IX)
case("index.slice_step", "return a[1:4:2, ::3]", op="index", **IX)
case("index.none_ellipsis", "return a[None, ..., 1]", op="index", **IX)
case("index.out_of_range", "return a[9]", op="index", **IX)
case("index.mask", "return a[a > 0]", op="index_mask", dtypes=NUMERIC, **IX)
case("index.mask_arg", "return a[b]", args=("T", "mask"), shapes=[((4, 5), (4, 5)), ((4, 5), (4,))],
     op="index_mask")
case("index.tensor", "return a[b]", args=("T", "idx:4"), shapes=[((4, 5), (3,)), ((4, 5), (2, 2))],
     op="index_tensor")
case("index.tensors", "return a[b, c]", args=("T", "idx:4", "idx:4"), shapes=[((4, 5), (3,), (3,))],
     op="index_tensor")
case("index.tensor_dim1", "return a[:, b]", args=("T", "idx:4"), shapes=[((4, 5), (6,))], op="index_tensor")
case("setitem.int", "a[1] = 5\nreturn a", op="setitem", inplace=True, **IX)
case("setitem.slice", "a[:, 1:3] = 0.5\nreturn a", op="setitem", inplace=True, dtypes=FLOATS, **IX)
case("setitem.tensor", "a[0] = b\nreturn a", args=("T", "T"), shapes=[((3, 4), (4,)), ((3, 4), ())],
     op="setitem", inplace=True)
case("setitem.mask", "a[a > 0] = 0\nreturn a", op="setitem_mask", inplace=True, dtypes=NUMERIC, **IX)
case("setitem.index", "a[b] = 1\nreturn a", args=("T", "idx:4"), shapes=[((4, 5), (2,))], op="setitem_index",
     inplace=True)

# ---- in-place forms ----
for op, args, body in [("add_", ("T", "T"), "return a.add_(b)"), ("sub_", ("T", "T"), "return a.sub_(b, alpha=2)"),
                       ("mul_", ("T", "T"), "return a.mul_(b)"), ("div_", ("T", "T"), "return a.div_(b)"),
                       ("add_.scalar", ("T",), "return a.add_(1)"), ("mul_.scalar", ("T",), "return a.mul_(2)"),
                       ("zero_", ("T",), "return a.zero_()"), ("fill_", ("T",), "return a.fill_(3)"),
                       ("copy_", ("T", "T"), "return a.copy_(b)"), ("relu_", ("T",), "return a.relu_()"),
                       ("relu_.F", ("T",), "return F.relu(a, inplace=True)"),
                       ("clamp_", ("T",), "return a.clamp_(-1, 1)"), ("neg_", ("T",), "return a.neg_()"),
                       ("exp_", ("T",), "return a.exp_()"), ("sigmoid_", ("T",), "return a.sigmoid_()"),
                       ("masked_fill_", ("T", "mask"), "return a.masked_fill_(b, 0)"),
                       ("augmented", ("T", "T"), "a += b\na *= 2\nreturn a")]:
    shapes = [((3, 4), (3, 4)), ((3, 4), (4,)), ((2, 3), (3, 2))] if len(args) == 2 else [((3, 4),), ((),)]
    case(op, body, args=args, shapes=shapes, inplace=True, op=op.split(".")[0], values_b="nonzero",
         dtypes=FLOATS + ("int64", "int32") if op not in ("exp_", "sigmoid_") else FLOATS)

case("elu_.F", "return F.elu(a, alpha=0.5, inplace=True)", shapes=[((3, 4),), ((),)], inplace=True, op="elu",
     dtypes=FLOATS, rtol=4.0)


# ---- errors: shapes, dims and bounds (compared by exception type) ----
E = dict(shapes=[((2, 3, 4),)], dtypes=("float32", "int64"))
case("errors.view", "return a.view(5, -1)", op="view", **E)
case("errors.reshape", "return a.reshape([7, 3])", op="reshape", **E)
case("errors.dim_range", "return a.sum(5)", op="sum", **E)
case("errors.transpose_dim", "return a.transpose(0, 3)", op="transpose", **E)
case("errors.softmax_dim", "return torch.softmax(a.float(), -4)", op="softmax", **E)
case("errors.select", "return a.select(1, 3)", op="select", **E)
case("errors.narrow", "return a.narrow(2, 3, 2)", op="narrow", **E)
case("errors.expand", "return a.expand(2, 5, 4)", op="expand", **E)
case("errors.permute", "return a.permute(0, 1)", op="permute", **E)
case("errors.squeeze_dim", "return a.squeeze(4)", op="squeeze", **E)
case("errors.index_select", "return a.index_select(0, b)", args=("T", "idx:9"), shapes=[((2, 3), (4,))],
     dtypes=("float32",), op="index_select")
# torch words a bad index_select index by kernel path: IndexError, RuntimeError in its dim-1 loop.
for name, body, shapes in [("dim1", "return a.index_select(1, b)", [((2, 3, 4), (4,))]),
                           ("dim2", "return torch.index_select(a, -1, b)", [((2, 3, 4), (4,))]),
                           ("1d", "return torch.index_select(a, 0, b)", [((3,), (4,))]),
                           ("negative", "return a.index_select(0, b - 40)", [((2, 3, 4), (4,)), ((3,), (2,))])]:
    case("errors.index_select_" + name, body, args=("T", "idx:40"), shapes=shapes, dtypes=("float32", "int64"),
         op="index_select")
case("errors.gather", "return torch.gather(a, 1, b)", args=("T", "idx:9"), shapes=[((2, 3), (2, 3))],
     dtypes=("float32",), op="gather")
case("errors.embedding", "return F.embedding(b, a)", args=("T", "idx:9"), shapes=[((3, 2), (4,))],
     dtypes=("float32",), op="embedding")
case("errors.index_tensor", "return a[b]", args=("T", "idx:9"), shapes=[((2, 3), (4,))], dtypes=("float32",),
     op="index_tensor")
case("errors.mask_shape", "return a[b]", args=("T", "mask"), shapes=[((2, 3), (3, 2))], dtypes=("float32",),
     op="index_mask")
case("errors.stack_empty_dim", "return torch.stack([a, a], 4)", op="stack", **E)
case("errors.linear", "return F.linear(a, b)", args=("T", "T"), shapes=[((2, 3), (4, 5))], dtypes=("float32",),
     op="linear")
case("errors.layer_norm", "return F.layer_norm(a, [5])", op="layer_norm", shapes=[((2, 3, 4),)], dtypes=("float32",))
case("errors.one_hot", "return F.one_hot(a, 2)", args=("idx:4",), shapes=[((5,),)], dtypes=("int64",), op="one_hot")
case("errors.setitem_shape", "a[0] = b\nreturn a", args=("T", "T"), shapes=[((3, 4), (5,))], op="setitem",
     inplace=True, dtypes=("float32",))


# ---- type promotion: every dtype pair (a has the first dtype, b the second) ----
PAIRS = tuple(f"{x}+{y}" for x in ALL for y in ALL)
P = dict(args=("T", "U"), shapes=[((3, 4), (4,)), ((2, 3), ())], dtypes=PAIRS, layouts=("contig", "t"))
case("promote.add", "return a + b", op="add", **P)
case("promote.sub", "return torch.sub(a, b)", op="sub", **P)
case("promote.mul", "return a * b", op="mul", **P)
case("promote.div", "return a / b", op="div", values_b="nonzero", **P)
case("promote.floor_divide", "return a // b", op="floor_divide", values_b="nonzero", **P)
case("promote.remainder", "return torch.remainder(a, b)", op="remainder", values_b="nonzero", **P)
case("promote.eq", "return a == b", op="eq", **P)
case("promote.lt", "return torch.lt(a, b)", op="lt", **P)
case("promote.maximum", "return torch.maximum(a, b)", op="maximum", **P)
case("promote.where", "return torch.where(a > 0, a, b)", op="where", **P)
case("promote.cat", "return torch.cat([a, b.expand_as(a)], 0)", op="cat", **P)
case("promote.bitwise_and", "return a & b", op="bitwise_and", **P)
case("promote.logical_and", "return torch.logical_and(a, b)", op="logical_and", **P)
case("promote.matmul", "return a @ b.t()", op="matmul", args=("T", "U"), shapes=[((3, 4), (2, 4))], dtypes=PAIRS,
     layouts=("contig",))
case("promote.add_", "return a.add_(b)", op="add_", inplace=True, **P)


def applicable_layouts(case, shapes):
    """The layouts to run for one shape tuple: contiguous always; the others (each changes every tensor
    argument) only for the case's first shape tuple that has a 2-d argument (else the first with a 1-d one),
    to keep the suite fast."""
    if not shapes:
        return ("contig",)
    if shapes != layout_shapes(case):
        return ("contig",) if "contig" in case.layouts else (case.layouts[0],)
    out = []
    for layout in case.layouts:
        if layout == "t" and not any(len(s) >= 2 for s in shapes):
            continue
        if layout in ("step", "expand") and not any(len(s) >= 1 for s in shapes):
            continue
        out.append(layout)
    return tuple(out)


def layout_shapes(case):
    for rank in (2, 1):
        for shapes in case.shapes:
            if any(len(s) >= rank for s in shapes):
                return shapes
    return None


def count():
    """The number of op x dtype x shapes x layout cases the suite compares."""
    n = 0
    for c in CASES:
        for shapes in c.shapes:
            n += len(c.dtypes) * len(applicable_layouts(c, shapes))
    return n


def seed_of(*parts):
    return zlib.crc32("/".join(map(str, parts)).encode())


if __name__ == "__main__":
    print(f"{len(CASES)} cases over {len({c.op for c in CASES})} ops; {count()} op x dtype x shape x layout cases")
