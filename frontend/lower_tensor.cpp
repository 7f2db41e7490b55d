// frontend/lower_tensor.cpp - Tensors: torch.* and F.* calls, Tensor methods, operators and indexing.
//
// Every tensor operation becomes an aten op resolved against PyTorch's own
// schemas (ir/op_tables_tensor.cpp), the way TorchScript maps them: `x + 1`
// is aten::add.Scalar, `1 - x` is aten::rsub.Scalar, `x[0, 1:3]` is select then
// slice, `torch.float32` is the int 6. torch need not be installed.
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/op_registry.h"

namespace tsc::frontend::lowering {
namespace {

bool is_tensor(Value* v) {
  return v != nullptr && v->type()->kind() == TypeKind::Tensor;
}
bool is_scalar(Value* v) {
  TypeKind k = v->type()->kind();
  return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Number;
}

bool one_of(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (name == n)
      return true;
  return false;
}

// Methods and functions whose int[] size may be written as separate ints:
// x.view(2, 3), torch.zeros(2, 3).
bool takes_int_varargs(const std::string& name) {
  return one_of(name, {"view", "reshape", "permute", "expand", "zeros", "ones", "rand", "randn", "empty",
                       "repeat", "flip"});
}

} // namespace

// torch.nn.functional.f's Python signature where it differs from aten::f's
// schema: each parameter in Python order with its Python default ("" for a
// required one) and the aten argument it becomes ("" for one handled by the
// lowering itself: inplace, return_indices, _stacklevel, ...).
struct FunctionalParam {
  const char* name = nullptr;
  const char* default_value = "";
  const char* aten = "";
};
struct FunctionalSignature {
  const char* name;
  const char* op; ///< the aten op (before inplace/return_indices variants)
  FunctionalParam params[8];
};
constexpr FunctionalSignature kFunctional[] = {
    {"relu", "relu", {{"input", "", "self"}, {"inplace", "False"}}},
    {"silu", "silu", {{"input", "", "self"}, {"inplace", "False"}}},
    {"sigmoid", "sigmoid", {{"input", "", "self"}}},
    {"tanh", "tanh", {{"input", "", "self"}}},
    {"gelu", "gelu", {{"input", "", "self"}, {"approximate", "'none'", "approximate"}}},
    {"elu", "elu", {{"input", "", "self"}, {"alpha", "1.0", "alpha"}, {"inplace", "False"}}},
    {"leaky_relu",
     "leaky_relu",
     {{"input", "", "self"}, {"negative_slope", "0.01", "negative_slope"}, {"inplace", "False"}}},
    {"hardtanh",
     "hardtanh",
     {{"input", "", "self"},
      {"min_val", "-1.0", "min_val"},
      {"max_val", "1.0", "max_val"},
      {"inplace", "False"}}},
    {"softplus",
     "softplus",
     {{"input", "", "self"}, {"beta", "1", "beta"}, {"threshold", "20", "threshold"}}},
    {"softmax",
     "softmax",
     {{"input", "", "self"}, {"dim", "None", "dim"}, {"_stacklevel", "3"}, {"dtype", "None", "dtype"}}},
    {"log_softmax",
     "log_softmax",
     {{"input", "", "self"}, {"dim", "None", "dim"}, {"_stacklevel", "3"}, {"dtype", "None", "dtype"}}},
    {"max_pool2d",
     "max_pool2d",
     {{"input", "", "self"},
      {"kernel_size", "", "kernel_size"},
      {"stride", "None", "stride"},
      {"padding", "0", "padding"},
      {"dilation", "1", "dilation"},
      {"ceil_mode", "False", "ceil_mode"},
      {"return_indices", "False"}}},
    {"avg_pool2d",
     "avg_pool2d",
     {{"input", "", "self"},
      {"kernel_size", "", "kernel_size"},
      {"stride", "None", "stride"},
      {"padding", "0", "padding"},
      {"ceil_mode", "False", "ceil_mode"},
      {"count_include_pad", "True", "count_include_pad"},
      {"divisor_override", "None", "divisor_override"}}},
    {"adaptive_avg_pool2d",
     "adaptive_avg_pool2d",
     {{"input", "", "self"}, {"output_size", "", "output_size"}}},
    {"dropout",
     "dropout",
     {{"input", "", "input"}, {"p", "0.5", "p"}, {"training", "True", "train"}, {"inplace", "False"}}},
    {"embedding",
     "embedding",
     {{"input", "", "indices"},
      {"weight", "", "weight"},
      {"padding_idx", "None", "padding_idx"},
      {"max_norm", "None"},
      {"norm_type", "2.0"},
      {"scale_grad_by_freq", "False", "scale_grad_by_freq"},
      {"sparse", "False", "sparse"}}},
    {"pad",
     "pad",
     {{"input", "", "self"}, {"pad", "", "pad"}, {"mode", "'constant'", "mode"}, {"value", "None", "value"}}},
    {"one_hot", "one_hot", {{"tensor", "", "self"}, {"num_classes", "-1", "num_classes"}}},
    {"interpolate",
     "interpolate",
     {{"input", "", "input"},
      {"size", "None"},
      {"scale_factor", "None"},
      {"mode", "'nearest'"},
      {"align_corners", "None"},
      {"recompute_scale_factor", "None"},
      {"antialias", "False"}}},
};

namespace {

const FunctionalSignature* functional_signature(const std::string& name) {
  for (const FunctionalSignature& s : kFunctional)
    if (name == s.name)
      return &s;
  return nullptr;
}

// The constant a lowered value holds, when it is a prim::Constant.
const ir::AttributeValue* constant_value(Value* v) {
  if (v == nullptr || v->node()->kind() != ir::prim::Constant)
    return nullptr;
  return v->node()->find_attribute("value");
}

// Whether aten op `op` has an argument `arg` whose type admits None.
bool aten_arg_optional(const std::string& op, const std::string& arg) {
  for (const ir::OpSchema* s : ir::OpRegistry::global().overloads(symbol("aten::" + op)))
    for (const auto& a : s->arguments)
      if (a.name == arg)
        return a.type->is_optional() || a.type->is_none();
  return true;
}

// torch.norm(x, dim=1) / x.norm(dim=1): aten::norm.ScalarOpt_dim has no default
// for p, torch.norm's is the 2-norm; a missing p is passed as None (the 2-norm).
void add_default_norm_p(std::vector<CallArg>& args, Value* none, const SourceRange& r) {
  bool has_p = false, has_dim = false;
  size_t positional = 0;
  for (const CallArg& a : args) {
    positional += a.name.empty() ? 1 : 0;
    has_p = has_p || a.name == "p";
    has_dim = has_dim || a.name == "dim";
  }
  if (has_dim && !has_p && positional == 1)
    args.push_back(CallArg{none, r, "p", r});
}

// Tensor methods that are conversions to a dtype: x.float() is x.to(torch.float32).
std::optional<int64_t> conversion_dtype(const std::string& name) {
  if (name == "float")
    return 6;
  if (name == "double")
    return 7;
  if (name == "half")
    return 5;
  if (name == "long")
    return 4;
  if (name == "int")
    return 3;
  if (name == "bool")
    return 11;
  return std::nullopt;
}

} // namespace

std::optional<int64_t> torch_dtype_constant(const std::string& name) {
  static const std::pair<const char*, int64_t> kDTypes[] = {
      {"uint8", 0},   {"int8", 1},   {"int16", 2},   {"short", 2},     {"int32", 3},   {"int", 3},
      {"int64", 4},   {"long", 4},   {"float16", 5}, {"half", 5},      {"float32", 6}, {"float", 6},
      {"float64", 7}, {"double", 7}, {"bool", 11},   {"bfloat16", 15},
  };
  for (const auto& [n, v] : kDTypes)
    if (name == n)
      return v;
  return std::nullopt;
}

Value* FunctionLowerer::tensor_op(Env& env, const std::string& name, const std::vector<Value*>& inputs,
                                  const SourceRange& r, const std::string& display) {
  std::vector<CallArg> args;
  for (Value* v : inputs)
    args.push_back(CallArg{v, r, {}, {}});
  return call_result(env, call_schema(env, symbol("aten::" + name), std::move(args), r, display, 0), r);
}

Value* FunctionLowerer::call_torch_function(const std::string& qualified, const CallExpr& e, Env& env) {
  const bool functional = qualified.rfind("torch.nn.functional.", 0) == 0;
  const std::string name = qualified.substr(qualified.rfind('.') + 1);
  const Symbol kind = symbol("aten::" + name);
  const FunctionalSignature* sig = functional ? functional_signature(name) : nullptr;
  if (!sig && (ir::OpRegistry::global().overloads(kind).empty() || name.empty() || name[0] == '_')) {
    diag_.error(e.func->range, "'" + qualified + "' is not supported");
    return nullptr;
  }
  std::vector<CallArg> args;
  if (!lower_args(e, env, args, {}))
    return nullptr;
  if (sig)
    return call_functional(*sig, qualified, e, std::move(args), env);
  if (name == "norm")
    add_default_norm_p(args, const_none(env, e.range), e.range);
  if (functional && name == "batch_norm") {
    // F.batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False,
    // momentum=0.1, eps=1e-05) reordered into aten::batch_norm's arguments, all passed by name.
    static const char* const kParams[] = {"input", "running_mean", "running_var", "weight",
                                          "bias",  "training",     "momentum",    "eps"};
    std::vector<CallArg> named;
    for (size_t i = 0; i < args.size(); ++i) {
      if (!args[i].name.empty()) {
        named.push_back(args[i]);
        continue;
      }
      if (i >= std::size(kParams)) {
        diag_.error(args[i].range, "expected at most 8 positional arguments for '" + qualified + "'");
        return nullptr;
      }
      named.push_back(CallArg{args[i].value, args[i].range, kParams[i], args[i].range});
    }
    auto has = [&](const char* n) {
      for (const CallArg& a : named)
        if (a.name == n)
          return true;
      return false;
    };
    if (!has("weight"))
      named.push_back(CallArg{const_none(env, e.range), e.range, "weight", e.range});
    if (!has("bias"))
      named.push_back(CallArg{const_none(env, e.range), e.range, "bias", e.range});
    if (!has("training"))
      named.push_back(CallArg{const_bool(env, false, e.range), e.range, "training", e.range});
    if (!has("momentum"))
      named.push_back(CallArg{const_float(env, 0.1, e.range), e.range, "momentum", e.range});
    if (!has("eps"))
      named.push_back(CallArg{const_float(env, 1e-5, e.range), e.range, "eps", e.range});
    named.push_back(CallArg{const_bool(env, true, e.range), e.range, "cudnn_enabled", e.range});
    args = std::move(named);
  }
  if (takes_int_varargs(name)) {
    // torch.zeros(2, 3) is torch.zeros([2, 3]).
    size_t n = 0;
    while (n < args.size() && args[n].name.empty() && is_kind(args[n].value->type(), TypeKind::Int))
      ++n;
    if (n > 0) {
      std::vector<Value*> dims;
      for (size_t i = 0; i < n; ++i)
        dims.push_back(args[i].value);
      Value* list =
          emit(env, ir::prim::ListConstruct, dims, {Type::list_of(Type::int_type())}, e.range)->output();
      args.erase(args.begin(), args.begin() + static_cast<std::ptrdiff_t>(n));
      args.insert(args.begin(), CallArg{list, e.range, {}, {}});
    }
  }
  return call_result(env, call_schema(env, kind, std::move(args), e.range, qualified, 0), e.range);
}

// torch.nn.functional.f(...): the arguments bound to F.f's Python signature
// (kFunctional), then passed by name to the aten op, F's defaults included.
Value* FunctionLowerer::call_functional(const FunctionalSignature& sig, const std::string& qualified,
                                        const CallExpr& e, std::vector<CallArg> args, Env& env) {
  std::vector<const FunctionalParam*> params;
  for (const FunctionalParam& p : sig.params)
    if (p.name != nullptr)
      params.push_back(&p);
  std::vector<int> given(params.size(), -1);
  size_t npos = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].name.empty()) {
      if (npos >= params.size()) {
        diag_.error(args[i].range, "expected at most " + std::to_string(params.size()) + " arguments for '" +
                                       qualified + "' but got " + std::to_string(i + 1));
        return nullptr;
      }
      given[npos++] = static_cast<int>(i);
      continue;
    }
    size_t k = 0;
    while (k < params.size() && args[i].name != params[k]->name)
      ++k;
    if (k == params.size()) {
      diag_.error(args[i].name_range, "'" + qualified + "' has no parameter named '" + args[i].name + "'");
      return nullptr;
    }
    if (given[k] >= 0) {
      diag_.error(args[i].name_range,
                  "'" + qualified + "' got multiple values for argument '" + args[i].name + "'");
      return nullptr;
    }
    given[k] = static_cast<int>(i);
  }
  // The value of parameter `k`: the argument, or F's default.
  auto value_of = [&](size_t k) -> Value* {
    if (given[k] >= 0)
      return args[static_cast<size_t>(given[k])].value;
    const std::string d = params[k]->default_value;
    if (d.empty()) {
      diag_.error(e.range,
                  "missing argument '" + std::string(params[k]->name) + "' in call to '" + qualified + "'");
      return nullptr;
    }
    if (d == "None")
      return const_none(env, e.range);
    if (d == "True" || d == "False")
      return const_bool(env, d == "True", e.range);
    if (d.front() == '\'')
      return const_str(env, d.substr(1, d.size() - 2), e.range);
    if (d.find('.') != std::string::npos)
      return const_float(env, std::stod(d), e.range);
    return const_int(env, std::stoll(d), e.range);
  };
  auto range_of = [&](size_t k) {
    return given[k] >= 0 ? args[static_cast<size_t>(given[k])].range : e.range;
  };
  auto find = [&](const char* n) {
    size_t k = 0;
    while (k < params.size() && std::string(params[k]->name) != n)
      ++k;
    return k;
  };
  // A flag that selects the op (inplace, return_indices): a constant bool.
  auto flag = [&](const char* n, bool& out) {
    const size_t k = find(n);
    if (k == params.size() || given[k] < 0)
      return true;
    const ir::AttributeValue* c = constant_value(value_of(k));
    if (c == nullptr || !std::holds_alternative<bool>(*c)) {
      diag_.error(range_of(k),
                  "'" + std::string(n) + "' of '" + qualified + "' must be the constant True or False");
      return false;
    }
    out = std::get<bool>(*c);
    return true;
  };
  std::string op = sig.op;
  bool inplace = false, return_indices = false;
  if (!flag("inplace", inplace) || !flag("return_indices", return_indices))
    return nullptr;
  if (return_indices)
    op = "max_pool2d_with_indices";
  if (inplace) {
    op += "_";
    if (ir::OpRegistry::global().overloads(symbol("aten::" + op)).empty()) {
      diag_.error(e.range, "'" + qualified + "' with inplace=True needs the in-place op 'aten::" + op +
                               "', which is not supported");
      return nullptr;
    }
  }
  if (op == "interpolate") {
    std::vector<Value*> values;
    for (size_t k = 0; k < params.size(); ++k) {
      values.push_back(value_of(k));
      if (!values.back())
        return nullptr;
    }
    return call_interpolate(qualified, e, values, env);
  }
  std::vector<CallArg> named;
  for (size_t k = 0; k < params.size(); ++k) {
    const std::string aten = params[k]->aten;
    if (aten.empty()) {
      if (std::string(params[k]->name) == "max_norm" && given[k] >= 0 &&
          !args[static_cast<size_t>(given[k])].value->type()->is_none()) {
        diag_.error(range_of(k), "'max_norm' of '" + qualified +
                                     "' is not supported (it renormalizes the weight in place)");
        return nullptr;
      }
      continue;
    }
    Value* v = value_of(k);
    if (!v)
      return nullptr;
    // F's None for an aten argument that takes no None (stride=None) means aten's own default.
    if (v->type()->is_none() && !aten_arg_optional(op, aten))
      continue;
    named.push_back(CallArg{v, range_of(k), aten, range_of(k)});
  }
  return call_result(env, call_schema(env, symbol("aten::" + op), std::move(named), e.range, qualified, 0),
                     e.range);
}

// F.interpolate(input, size, scale_factor, mode, align_corners, recompute_scale_factor,
// antialias): aten::upsample_{nearest2d,linear1d,bilinear2d}.vec as torch 1.13 maps it.
// `mode` must be a constant; a single size or scale stands for every spatial dim.
Value* FunctionLowerer::call_interpolate(const std::string& qualified, const CallExpr& e,
                                         const std::vector<Value*>& v, Env& env) {
  const SourceRange& r = e.range;
  const ir::AttributeValue* mode_c = constant_value(v[3]);
  if (mode_c == nullptr || !std::holds_alternative<std::string>(*mode_c)) {
    diag_.error(r, "'mode' of '" + qualified + "' must be a constant string");
    return nullptr;
  }
  const std::string mode = std::get<std::string>(*mode_c);
  std::string op;
  size_t spatial = 2;
  if (mode == "nearest") {
    op = "upsample_nearest2d";
  } else if (mode == "linear") {
    op = "upsample_linear1d";
    spatial = 1;
  } else if (mode == "bilinear") {
    op = "upsample_bilinear2d";
  } else {
    diag_.error(r, "interpolation mode '" + mode + "' of '" + qualified +
                       "' is not supported (nearest, linear and bilinear are)");
    return nullptr;
  }
  Value* size = v[1];
  Value* scale = v[2];
  if (size->type()->is_none() == scale->type()->is_none()) {
    diag_.error(r, size->type()->is_none() ? "either size or scale_factor should be defined"
                                           : "only one of size or scale_factor should be defined");
    return nullptr;
  }
  const bool linear = mode != "nearest";
  if (!linear && !v[4]->type()->is_none()) {
    diag_.error(r, "align_corners option can only be set with the interpolating modes: linear | bilinear | "
                   "bicubic | trilinear");
    return nullptr;
  }
  auto is_true = [](Value* x) {
    const ir::AttributeValue* c = constant_value(x);
    return !x->type()->is_none() && !(c && std::holds_alternative<bool>(*c) && !std::get<bool>(*c));
  };
  if (is_true(v[5]) || is_true(v[6])) {
    diag_.error(r, std::string("'") + (is_true(v[5]) ? "recompute_scale_factor" : "antialias") + "' of '" +
                       qualified + "' is not supported");
    return nullptr;
  }
  // A size or scale list written out picks the 1-d or 2-d nearest op by its length;
  // a single number is one value for every spatial dim of the input (the kernel's rule).
  auto literal_length = [](Value* x) -> size_t {
    if (is_kind(x->type(), TypeKind::Tuple))
      return x->type()->contained().size();
    if (x->node()->kind() == ir::prim::ListConstruct)
      return x->node()->inputs().size();
    return 0;
  };
  if (mode == "nearest") {
    spatial = 1;
    const size_t n = literal_length(size->type()->is_none() ? scale : size);
    if (n == 1)
      op = "upsample_nearest1d";
  }
  auto repeated = [&](Value* x, TypePtr elem) {
    return emit(env, ir::prim::ListConstruct, std::vector<Value*>(spatial, x), {Type::list_of(elem)}, r)
        ->output();
  };
  if (is_kind(size->type(), TypeKind::Int))
    size = repeated(size, Type::int_type());
  if (is_kind(scale->type(), TypeKind::Int))
    scale = to_float(env, scale, r);
  if (is_kind(scale->type(), TypeKind::Float))
    scale = repeated(scale, Type::float_type());
  if (is_kind(scale->type(), TypeKind::Tuple)) { // scale_factor=(1.5, 2): a list of floats
    std::vector<Value*> items;
    for (size_t i = 0; i < scale->type()->contained().size(); ++i) {
      TypePtr t = scale->type()->contained()[i];
      Value* item =
          emit(env, ir::prim::TupleIndex, {scale, const_int(env, static_cast<int64_t>(i), r)}, {t}, r)
              ->output();
      items.push_back(is_kind(t, TypeKind::Int) ? to_float(env, item, r) : item);
    }
    scale = emit(env, ir::prim::ListConstruct, items, {Type::list_of(Type::float_type())}, r)->output();
  }
  std::vector<CallArg> named{CallArg{v[0], r, "input", r}, CallArg{size, r, "output_size", r},
                             CallArg{scale, r, "scale_factors", r}};
  if (linear)
    named.push_back(
        CallArg{v[4]->type()->is_none() ? const_bool(env, false, r) : v[4], r, "align_corners", r});
  return call_result(env, call_schema(env, symbol("aten::" + op), std::move(named), r, qualified, 0), r);
}

Value* FunctionLowerer::call_tensor_method(Value* self, const std::string& name, const CallExpr& e,
                                           Env& env) {
  std::vector<CallArg> args;
  args.push_back(CallArg{self, e.func->range, {}, {}});
  if (!lower_args(e, env, args, {}))
    return nullptr;
  if (auto dt = conversion_dtype(name)) {
    if (args.size() != 1) {
      diag_.error(e.range,
                  "expected 0 arguments for '" + name + "' but got " + std::to_string(args.size() - 1));
      return nullptr;
    }
    return tensor_op(env, "to", {self, const_int(env, *dt, e.range)}, e.range, name);
  }
  const Symbol kind = symbol("aten::" + name);
  if (ir::OpRegistry::global().overloads(kind).empty() || name[0] == '_') {
    diag_.error(e.func->range, "'Tensor' has no method '" + name + "'");
    return nullptr;
  }
  if (name == "norm")
    add_default_norm_p(args, const_none(env, e.range), e.range);
  if (takes_int_varargs(name) && args.size() >= 2) {
    // x.view(2, 3) is x.view([2, 3]).
    bool all_ints = true;
    for (size_t i = 1; i < args.size(); ++i)
      all_ints = all_ints && args[i].name.empty() && is_kind(args[i].value->type(), TypeKind::Int);
    if (all_ints) {
      std::vector<Value*> dims;
      for (size_t i = 1; i < args.size(); ++i)
        dims.push_back(args[i].value);
      Value* list =
          emit(env, ir::prim::ListConstruct, dims, {Type::list_of(Type::int_type())}, e.range)->output();
      args.resize(1);
      args.push_back(CallArg{list, e.range, {}, {}});
    }
  }
  return call_result(env, call_schema(env, kind, std::move(args), e.range, name, 1), e.range);
}

Value* FunctionLowerer::tensor_binary(BinaryOp op, Value* a, Value* b, Env& env, const SourceRange& r) {
  auto fail = [&]() -> Value* {
    diag_.error(r, std::string("unsupported operand types for ") + to_string(op) + ": " + quoted(a->type()) +
                       " and " + quoted(b->type()));
    return nullptr;
  };
  if (!(is_tensor(a) || is_scalar(a)) || !(is_tensor(b) || is_scalar(b)))
    return fail();
  const char* name = nullptr;
  switch (op) {
  case BinaryOp::Add:
    name = "add";
    break;
  case BinaryOp::Sub:
    name = "sub";
    break;
  case BinaryOp::Mul:
    name = "mul";
    break;
  case BinaryOp::Div:
    name = "div";
    break;
  case BinaryOp::FloorDiv:
    name = "floor_divide";
    break;
  case BinaryOp::Mod:
    name = "remainder";
    break;
  case BinaryOp::Pow:
    name = "pow";
    break;
  case BinaryOp::MatMul:
    name = "matmul";
    break;
  case BinaryOp::BitAnd:
    name = "__and__";
    break;
  case BinaryOp::BitOr:
    name = "__or__";
    break;
  case BinaryOp::BitXor:
    name = "__xor__";
    break;
  case BinaryOp::LShift:
  case BinaryOp::RShift:
    return fail();
  }
  if (is_tensor(a))
    return tensor_op(env, name, {a, b}, r, to_string(op));
  // A scalar on the left, as TorchScript's reflected operators do it.
  switch (op) {
  case BinaryOp::Add:
  case BinaryOp::Mul:
  case BinaryOp::BitAnd:
  case BinaryOp::BitOr:
  case BinaryOp::BitXor:
    return tensor_op(env, name, {b, a}, r, to_string(op));
  case BinaryOp::Sub:
    return tensor_op(env, "rsub", {b, a}, r, to_string(op));
  case BinaryOp::Div: // __rtruediv__: reciprocal(x) * s
    return tensor_op(env, "mul", {tensor_op(env, "reciprocal", {b}, r, "/"), a}, r, to_string(op));
  case BinaryOp::Pow:
    return tensor_op(env, "pow", {a, b}, r, to_string(op));
  case BinaryOp::FloorDiv:
  case BinaryOp::Mod:
    // s // x is floor_divide(tensor(s), x): a 0-dim tensor promotes like the Python number.
    return tensor_op(env, name, {tensor_op(env, "tensor", {a}, r, to_string(op)), b}, r, to_string(op));
  case BinaryOp::MatMul:
  case BinaryOp::LShift:
  case BinaryOp::RShift:
    break;
  }
  return fail();
}

Value* FunctionLowerer::tensor_compare(CompareOp op, Value* a, Value* b, Env& env, const SourceRange& r) {
  auto fail = [&]() -> Value* {
    diag_.error(r, std::string("unsupported operand types for ") + to_string(op) + ": " + quoted(a->type()) +
                       " and " + quoted(b->type()));
    return nullptr;
  };
  if (!(is_tensor(a) || is_scalar(a)) || !(is_tensor(b) || is_scalar(b)))
    return fail();
  const char* name = nullptr;
  const char* mirrored = nullptr; // the same comparison with the operands swapped
  switch (op) {
  case CompareOp::Eq:
    name = mirrored = "eq";
    break;
  case CompareOp::NotEq:
    name = mirrored = "ne";
    break;
  case CompareOp::Lt:
    name = "lt";
    mirrored = "gt";
    break;
  case CompareOp::LtE:
    name = "le";
    mirrored = "ge";
    break;
  case CompareOp::Gt:
    name = "gt";
    mirrored = "lt";
    break;
  case CompareOp::GtE:
    name = "ge";
    mirrored = "le";
    break;
  case CompareOp::Is:
  case CompareOp::IsNot:
  case CompareOp::In:
  case CompareOp::NotIn:
    return fail();
  }
  if (is_tensor(a))
    return tensor_op(env, name, {a, b}, r, to_string(op));
  return tensor_op(env, mirrored, {b, a}, r, to_string(op));
}

Value* FunctionLowerer::tensor_unary(UnaryOp op, Value* v, Env& env, const SourceRange& r) {
  switch (op) {
  case UnaryOp::Neg:
    return tensor_op(env, "neg", {v}, r, "-");
  case UnaryOp::Pos:
    return v;
  case UnaryOp::Invert:
    return tensor_op(env, "bitwise_not", {v}, r, "~");
  case UnaryOp::Not:
    break;
  }
  diag_.error(r, std::string("bad operand type for unary ") + to_string(op) + ": " + quoted(v->type()));
  return nullptr;
}

// tensor_subscript and the other indexing forms: frontend/lower_tensor_index.cpp.

Value* FunctionLowerer::tensor_attribute(Value* t, const AttributeExpr& e, Env& env) {
  if (e.attr == "shape")
    return tensor_op(env, "size", {t}, e.range, "shape");
  if (e.attr == "dtype") // a ScalarType number, as in TorchScript (prim::dtype)
    return call_result(
        env, call_schema(env, symbol("prim::dtype"), {CallArg{t, e.range, {}, {}}}, e.range, "dtype", 0),
        e.range);
  diag_.error(e.attr_range, "'Tensor' has no attribute '" + e.attr + "'");
  return nullptr;
}

} // namespace tsc::frontend::lowering
