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
  return one_of(name, {"view", "reshape", "permute", "expand", "zeros", "ones", "rand", "randn"});
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
  if (ir::OpRegistry::global().overloads(kind).empty() || name.empty() || name[0] == '_') {
    diag_.error(e.func->range, "'" + qualified + "' is not supported");
    return nullptr;
  }
  std::vector<CallArg> args;
  if (!lower_args(e, env, args, {}))
    return nullptr;
  if (functional && name == "embedding" && args.size() >= 2 && args[0].name.empty() && args[1].name.empty())
    std::swap(args[0], args[1]); // F.embedding(input, weight) is aten::embedding(weight, indices)
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

Value* FunctionLowerer::tensor_subscript(Value* t, const Expr& index, Env& env, const SourceRange& r) {
  std::vector<const Expr*> items;
  if (index.kind == ExprKind::Tuple) {
    for (const auto& x : as<TupleExpr>(index).elts)
      items.push_back(x.get());
  } else {
    items.push_back(&index);
  }
  size_t ellipsis = items.size();
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i]->kind != ExprKind::Ellipsis)
      continue;
    if (ellipsis != items.size()) {
      diag_.error(items[i]->range, "an index can only have a single ellipsis ('...')");
      return nullptr;
    }
    ellipsis = i;
  }
  // One index element at `dim`: returns the new tensor; `consumed` tells
  // whether the element stands for a dim of the result (a slice or None).
  auto apply = [&](Value* cur, const Expr& x, int64_t dim, bool& keeps_dim) -> Value* {
    Value* d = const_int(env, dim, x.range);
    if (x.kind == ExprKind::None) {
      keeps_dim = true;
      return tensor_op(env, "unsqueeze", {cur, d}, x.range, "unsqueeze");
    }
    if (x.kind == ExprKind::Slice) {
      keeps_dim = true;
      const auto& s = as<SliceExpr>(x);
      if (!s.lower && !s.upper && !s.step)
        return cur; // `:` keeps the dim as it is
      auto bound = [&](const Expr* b, bool is_step) -> Value* {
        if (!b)
          return is_step ? const_int(env, 1, x.range) : const_none(env, x.range);
        Value* v = lower_expr(*b, env);
        if (v && !is_kind(v->type(), TypeKind::Int) && !(v->type()->is_none() && !is_step) &&
            !(v->type()->is_optional() && is_kind(v->type()->element(), TypeKind::Int) && !is_step)) {
          diag_.error(b->range, "tensor slice indices must be integers or None, not " + quoted(v->type()));
          return nullptr;
        }
        return v;
      };
      Value* lo = bound(s.lower.get(), false);
      Value* hi = bound(s.upper.get(), false);
      Value* st = bound(s.step.get(), true);
      if (!lo || !hi || !st)
        return nullptr;
      return tensor_op(env, "slice", {cur, d, lo, hi, st}, x.range, "slice");
    }
    keeps_dim = false;
    Value* i = lower_expr(x, env);
    if (!i)
      return nullptr;
    if (!is_kind(i->type(), TypeKind::Int)) {
      diag_.error(x.range, "tensor indices must be integers, slices, None or '...', not " +
                               quoted(i->type()) + " (indexing with tensors is not supported yet)");
      return nullptr;
    }
    return tensor_op(env, "select", {cur, d, i}, x.range, "select");
  };
  Value* cur = t;
  int64_t dim = 0;
  for (size_t i = 0; i < ellipsis && i < items.size(); ++i) {
    bool keeps_dim = false;
    cur = apply(cur, *items[i], dim, keeps_dim);
    if (!cur)
      return nullptr;
    if (keeps_dim)
      ++dim;
  }
  // After an ellipsis the elements index from the last dim backwards.
  dim = -1;
  for (size_t i = items.size(); i-- > ellipsis + 1;) {
    bool keeps_dim = false;
    cur = apply(cur, *items[i], dim, keeps_dim);
    if (!cur)
      return nullptr;
    if (keeps_dim)
      --dim;
  }
  (void)r;
  return cur;
}

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
