// frontend/lower_tensor_index.cpp - Tensor indexing, index and augmented assignment, tolist.
//
// As TorchScript lowers them: the ints, slices, None and '...' of an index
// become view ops (select, slice, unsqueeze) applied left to right; tensor and
// list indices are collected per dim of that view and become one
// aten::index.Tensor (read) or aten::index_put_ (write). `x[...] = v` writes
// through the view with copy_ (a tensor) or fill_ (a number); `x += y` on a
// tensor is the in-place op (aten::add_), so every alias of x sees it.
#include <string>
#include <vector>

#include "frontend/lower_impl.h"
#include "ir/op_registry.h"

namespace tsc::frontend::lowering {
namespace {

bool is_tensor_value(Value* v) {
  return v != nullptr && v->type()->kind() == TypeKind::Tensor;
}
bool is_number_value(Value* v) {
  TypeKind k = v->type()->kind();
  return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Number;
}

// The in-place op of an augmented assignment: `x += y` is aten::add_.
const char* inplace_op_name(BinaryOp op) {
  switch (op) {
  case BinaryOp::Add:
    return "add_";
  case BinaryOp::Sub:
    return "sub_";
  case BinaryOp::Mul:
    return "mul_";
  case BinaryOp::Div:
    return "div_";
  case BinaryOp::FloorDiv:
    return "floor_divide_";
  case BinaryOp::Mod:
    return "remainder_";
  case BinaryOp::Pow:
    return "pow_";
  case BinaryOp::BitAnd:
    return "__iand__";
  case BinaryOp::BitOr:
    return "__ior__";
  case BinaryOp::BitXor:
    return "__ixor__";
  case BinaryOp::MatMul:
  case BinaryOp::LShift:
  case BinaryOp::RShift:
    break;
  }
  return nullptr;
}

} // namespace

Value* FunctionLowerer::tensor_index_view(Value* t, const Expr& index, Env& env,
                                          std::vector<Value*>& indices) {
  indices.clear();
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
  // One index element at `dim` of the current view: returns the new view;
  // `keeps_dim` tells whether the element stands for a dim of the result (a
  // slice, None or a tensor index). Tensor indices are recorded at their dim.
  auto apply = [&](Value* cur, const Expr& x, int64_t dim, bool after_ellipsis, bool& keeps_dim) -> Value* {
    if (x.kind == ExprKind::None) {
      keeps_dim = true;
      return tensor_op(env, "unsqueeze", {cur, const_int(env, dim, x.range)}, x.range, "unsqueeze");
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
      return tensor_op(env, "slice", {cur, const_int(env, dim, x.range), lo, hi, st}, x.range, "slice");
    }
    Value* i = lower_expr(x, env);
    if (!i)
      return nullptr;
    if (is_kind(i->type(), TypeKind::Int)) {
      keeps_dim = false;
      return tensor_op(env, "select", {cur, const_int(env, dim, x.range), i}, x.range, "select");
    }
    // x[[0, 2]] indexes with torch.tensor([0, 2]).
    if (is_kind(i->type(), TypeKind::List) &&
        (is_kind(i->type()->element(), TypeKind::Int) || is_kind(i->type()->element(), TypeKind::Bool)))
      i = tensor_op(env, "tensor", {i}, x.range, "tensor");
    if (!i)
      return nullptr;
    if (!is_tensor_value(i)) {
      diag_.error(x.range, "tensor indices must be integers, slices, None, '...', tensors or lists of "
                           "integers, not " +
                               quoted(i->type()));
      return nullptr;
    }
    if (after_ellipsis) {
      diag_.error(x.range, "a tensor index after '...' is not supported; index the leading dims explicitly");
      return nullptr;
    }
    keeps_dim = true;
    indices.resize(static_cast<size_t>(dim) + 1, nullptr);
    indices[static_cast<size_t>(dim)] = i;
    return cur;
  };
  Value* cur = t;
  int64_t dim = 0;
  for (size_t i = 0; i < ellipsis && i < items.size(); ++i) {
    bool keeps_dim = false;
    cur = apply(cur, *items[i], dim, false, keeps_dim);
    if (!cur)
      return nullptr;
    if (keeps_dim)
      ++dim;
  }
  // After an ellipsis the elements index from the last dim backwards.
  dim = -1;
  for (size_t i = items.size(); i-- > ellipsis + 1;) {
    bool keeps_dim = false;
    cur = apply(cur, *items[i], dim, true, keeps_dim);
    if (!cur)
      return nullptr;
    if (keeps_dim)
      --dim;
  }
  return cur;
}

Value* FunctionLowerer::tensor_index_list(const std::vector<Value*>& indices, Env& env,
                                          const SourceRange& r) {
  std::vector<Value*> items;
  for (Value* ix : indices)
    items.push_back(ix ? ix : const_none(env, r));
  return emit(env, ir::prim::ListConstruct, items, {Type::list_of(Type::optional_of(Type::tensor_type()))}, r)
      ->output();
}

Value* FunctionLowerer::tensor_subscript(Value* t, const Expr& index, Env& env, const SourceRange& r) {
  std::vector<Value*> indices;
  Value* view = tensor_index_view(t, index, env, indices);
  if (!view || indices.empty())
    return view;
  return tensor_op(env, "index", {view, tensor_index_list(indices, env, r)}, r, "index");
}

void FunctionLowerer::tensor_assign_subscript(Value* t, const Expr& index, Value* v, const SourceRange& vr,
                                              Env& env, const SourceRange& r) {
  if (!is_tensor_value(v) && !is_number_value(v)) {
    diag_.error(vr,
                "cannot assign " + quoted(v->type()) + " to a tensor index; expected a Tensor or a number");
    return;
  }
  std::vector<Value*> indices;
  Value* view = tensor_index_view(t, index, env, indices);
  if (!view)
    return;
  if (indices.empty()) {
    tensor_op(env, is_tensor_value(v) ? "copy_" : "fill_", {view, v}, r, "tensor index assignment");
    return;
  }
  Value* values = v;
  if (!is_tensor_value(v)) {
    // A number becomes a 0-dim tensor of the indexed tensor's dtype, as in TorchScript.
    Value* dtype = call_result(
        env, call_schema(env, symbol("prim::dtype"), {CallArg{view, r, {}, {}}}, r, "dtype", 0), r);
    values = call_result(env,
                         call_schema(env, symbol("aten::tensor"),
                                     {CallArg{v, vr, {}, {}}, CallArg{dtype, r, "dtype", r}}, r, "tensor", 0),
                         r);
    if (!values)
      return;
  }
  tensor_op(env, "index_put_", {view, tensor_index_list(indices, env, r), values}, r,
            "tensor index assignment");
}

Value* FunctionLowerer::tensor_inplace_binary(BinaryOp op, Value* a, Value* b, Env& env,
                                              const SourceRange& r) {
  const char* name = inplace_op_name(op);
  if (!name || !(is_tensor_value(b) || is_number_value(b))) {
    diag_.error(r, std::string("unsupported operand types for ") + to_string(op) + "=: " + quoted(a->type()) +
                       " and " + quoted(b->type()));
    return nullptr;
  }
  return tensor_op(env, name, {a, b}, r, std::string(to_string(op)) + "=");
}

void FunctionLowerer::tensor_aug_assign_subscript(Value* t, const SubscriptExpr& target, BinaryOp op,
                                                  const Expr& value, Env& env, const SourceRange& r) {
  std::vector<Value*> indices;
  Value* view = tensor_index_view(t, *target.index, env, indices);
  if (!view)
    return;
  Value* list = indices.empty() ? nullptr : tensor_index_list(indices, env, target.range);
  // A view is updated in place; an advanced index reads a copy, updates it and writes it back.
  Value* cur = list ? tensor_op(env, "index", {view, list}, target.range, "index") : view;
  Value* rhs = cur ? lower_expr(value, env) : nullptr;
  if (!rhs)
    return;
  Value* res = tensor_inplace_binary(op, cur, rhs, env, r);
  if (res && list)
    tensor_op(env, "index_put_", {view, list, res}, r, "tensor index assignment");
}

Value* FunctionLowerer::tensor_tolist(Value* t, const CallExpr& e, Env& env, TypePtr expected) {
  if (!e.args.empty() || !e.keywords.empty()) {
    diag_.error(e.range, "expected 0 arguments for 'tolist'");
    return nullptr;
  }
  // TorchScript needs the result type: List[...[T]] of int, float or bool.
  int64_t depth = 0;
  TypePtr elem = expected;
  while (elem && elem->kind() == TypeKind::List) {
    elem = elem->element();
    ++depth;
  }
  int64_t elem_ty = -1;
  if (elem && elem->kind() == TypeKind::Int)
    elem_ty = 0;
  else if (elem && elem->kind() == TypeKind::Float)
    elem_ty = 1;
  else if (elem && elem->kind() == TypeKind::Bool)
    elem_ty = 2;
  if (depth == 0 || elem_ty < 0) {
    diag_.error(e.range, "'tolist' needs the result type from an annotation, e.g. 'l: List[List[float]] = "
                         "x.tolist()' (lists of int, float or bool)");
    return nullptr;
  }
  Value* any = call_result(
      env,
      call_schema(env, symbol("prim::tolist"),
                  {CallArg{t, e.range, {}, {}}, CallArg{const_int(env, depth, e.range), e.range, {}, {}},
                   CallArg{const_int(env, elem_ty, e.range), e.range, {}, {}}},
                  e.range, "tolist", 1),
      e.range);
  if (!any)
    return nullptr;
  return emit(env, ir::prim::unchecked_cast, {any}, {expected}, e.range)->output();
}

} // namespace tsc::frontend::lowering
