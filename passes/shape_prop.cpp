// passes/shape_prop.cpp - Refines the types of tensor values with the dtype, rank and sizes their ops imply.
//
// Every value of kind Tensor that a node computes gets the most precise type
// its inputs allow (ir::TensorType: Float(2, 3), Tensor(*, 3), ...), or plain
// Tensor. Types are recomputed from scratch on every run, so the pass is
// idempotent. A rule per op name (kRules) says what the op produces; an op
// without a rule, a parameter, an attribute, a list element and a call result
// are plain Tensor. prim::If outputs join their branches; loop-carried values
// iterate to a fixed point of the join. The pass only changes types.
//
// Dtype promotion (PyTorch's result_type: dimensioned tensors, then 0-dim
// tensors, then Python numbers, by category bool < integer < floating) is
// re-stated here on ir::ScalarType: passes sit on ir and may not reach the
// runtime's tensor library.
//
// Soundness: sizes only come from constants and from lists built by a
// prim::ListConstruct that nothing may mutate. An op that changes a tensor's
// shape in place (resize_, unsqueeze_, t_, an out= overload, ...) anywhere in
// the module would invalidate sizes seen earlier through any alias, so such a
// module gets no refinement at all.
#include "passes/shape_prop.h"

#include "ir/assert.h"
#include "ir/op_registry.h"
#include "ir/symbol.h"
#include "passes/ir_utils.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;
using ir::ScalarType;
using ir::TensorSizes;
using ir::Type;
using ir::TypeKind;
using ir::TypePtr;
using ir::Value;

// ---- dtype promotion ----

bool is_floating(ScalarType t) {
  return t == ScalarType::Half || t == ScalarType::BFloat16 || t == ScalarType::Float ||
         t == ScalarType::Double;
}

// Order within a category (bigger wins).
int width(ScalarType t) {
  switch (t) {
  case ScalarType::Bool:
    return 0;
  case ScalarType::Byte:
  case ScalarType::Char:
    return 1;
  case ScalarType::Short:
    return 2;
  case ScalarType::Int:
    return 3;
  case ScalarType::Long:
    return 4;
  case ScalarType::Half:
  case ScalarType::BFloat16:
    return 5;
  case ScalarType::Float:
    return 6;
  case ScalarType::Double:
    return 7;
  }
  TSC_UNREACHABLE("bad ScalarType");
}

// c10::promoteTypes restricted to the dtypes tsc has.
ScalarType promote(ScalarType a, ScalarType b) {
  if (a == b)
    return a;
  if (a == ScalarType::Bool)
    return b;
  if (b == ScalarType::Bool)
    return a;
  if (is_floating(a) != is_floating(b))
    return is_floating(a) ? a : b;
  if (is_floating(a)) {
    if (width(a) == width(b)) // Half and BFloat16
      return ScalarType::Float;
    return width(a) > width(b) ? a : b;
  }
  if ((a == ScalarType::Byte && b == ScalarType::Char) || (a == ScalarType::Char && b == ScalarType::Byte))
    return ScalarType::Short;
  return width(a) > width(b) ? a : b;
}

std::optional<ScalarType> promote_opt(std::optional<ScalarType> a, std::optional<ScalarType> b) {
  if (!a)
    return b;
  if (!b)
    return a;
  return promote(*a, *b);
}

// at::native::combine_categories: a lower-priority group only matters when its
// category is higher.
std::optional<ScalarType> combine(std::optional<ScalarType> higher, std::optional<ScalarType> lower) {
  if (!higher)
    return lower;
  if (is_floating(*higher))
    return higher;
  if (*higher == ScalarType::Bool || (lower && is_floating(*lower)))
    return promote_opt(higher, lower);
  return higher;
}

// One operand of a promoting op.
struct Operand {
  enum class Group { Dimensioned, ZeroDim, Number };
  Group group;
  ScalarType dtype;
  bool rank_unknown = false; // a tensor of unknown rank: dimensioned or 0-dim
};

std::optional<ScalarType> result_type_fixed(const std::vector<Operand>& ops, uint32_t zero_dim_mask) {
  std::optional<ScalarType> dim, zero, number;
  uint32_t bit = 1;
  for (const Operand& o : ops) {
    Operand::Group g = o.group;
    if (o.rank_unknown) {
      g = (zero_dim_mask & bit) ? Operand::Group::ZeroDim : Operand::Group::Dimensioned;
      bit <<= 1;
    }
    switch (g) {
    case Operand::Group::Dimensioned:
      dim = promote_opt(dim, o.dtype);
      break;
    case Operand::Group::ZeroDim:
      zero = promote_opt(zero, o.dtype);
      break;
    case Operand::Group::Number:
      number = promote_opt(number, o.dtype);
      break;
    }
  }
  return combine(dim, combine(zero, number));
}

// PyTorch's result_type; an operand of unknown rank is tried both ways and
// the answer kept only when both agree.
std::optional<ScalarType> result_type(const std::vector<Operand>& ops) {
  size_t unknown = 0;
  for (const Operand& o : ops)
    unknown += o.rank_unknown ? 1 : 0;
  if (unknown > 4)
    return std::nullopt;
  std::optional<ScalarType> answer;
  for (uint32_t mask = 0; mask < (1u << unknown); ++mask) {
    auto r = result_type_fixed(ops, mask);
    if (!r || (answer && *answer != *r))
      return std::nullopt;
    answer = r;
  }
  return answer;
}

// ---- what is known of values ----

struct Info {
  std::optional<ScalarType> dtype;
  std::optional<TensorSizes> sizes;
};

Info info_of(const Value* v) {
  if (v == nullptr)
    return {};
  if (const ir::TensorType* t = ir::as_refined_tensor(v->type()))
    return {t->dtype(), t->sizes()};
  return {};
}

TypePtr make(std::optional<ScalarType> dtype, std::optional<TensorSizes> sizes) {
  if (sizes) {
    for (const auto& d : *sizes) {
      if (d && *d < 0)
        return Type::tensor_of(dtype, std::nullopt);
    }
  }
  return Type::tensor_of(dtype, std::move(sizes));
}

TypePtr make(const Info& i) {
  return make(i.dtype, i.sizes);
}

bool is_none_value(const Value* v) {
  return v->type()->is_none();
}

// A promoting operand from a tensor or a Python number; nullopt when unknown.
std::optional<Operand> operand_of(const Value* v) {
  if (v == nullptr)
    return std::nullopt;
  switch (v->type()->kind()) {
  case TypeKind::Tensor: {
    Info i = info_of(v);
    if (!i.dtype)
      return std::nullopt;
    if (!i.sizes)
      return Operand{Operand::Group::Dimensioned, *i.dtype, true};
    return Operand{i.sizes->empty() ? Operand::Group::ZeroDim : Operand::Group::Dimensioned, *i.dtype};
  }
  case TypeKind::Int:
    return Operand{Operand::Group::Number, ScalarType::Long};
  case TypeKind::Float: // a Python float takes the default dtype
    return Operand{Operand::Group::Number, ScalarType::Float};
  case TypeKind::Bool:
    return Operand{Operand::Group::Number, ScalarType::Bool};
  default:
    return std::nullopt;
  }
}

// A list built by prim::ListConstruct that no user can mutate or keep an
// alias of: its users are registered ops that mutate nothing.
const Node* immutable_list(const Value* v) {
  const Node* n = v->node();
  if (n->kind() != ir::prim::ListConstruct)
    return nullptr;
  for (const ir::Use& u : v->uses()) {
    const ir::OpSchema* s = u.user->schema();
    if (s == nullptr || s->effect == ir::OpEffect::Mutates)
      return nullptr;
  }
  return n;
}

// An int[] argument: its length and constant elements; nullopt when the
// length is unknown. An int where int[N] is expected stands for N copies.
std::optional<TensorSizes> int_list(const Value* v, int64_t fixed_size = 0) {
  if (v == nullptr)
    return std::nullopt;
  if (v->type()->kind() == TypeKind::Int) {
    std::optional<int64_t> c = int_constant(v);
    return TensorSizes(static_cast<size_t>(std::max<int64_t>(fixed_size, 1)), c);
  }
  if (v->type() != Type::list_of(Type::int_type()))
    return std::nullopt;
  const Node* list = immutable_list(v);
  if (list == nullptr)
    return std::nullopt;
  TensorSizes out;
  for (const Value* e : list->inputs())
    out.push_back(int_constant(e));
  return out;
}

// Every element known.
std::optional<std::vector<int64_t>> const_list(const std::optional<TensorSizes>& l) {
  if (!l)
    return std::nullopt;
  std::vector<int64_t> out;
  for (const auto& e : *l) {
    if (!e)
      return std::nullopt;
    out.push_back(*e);
  }
  return out;
}

// A dimension index normalized against `rank` (Python-style negatives).
std::optional<size_t> norm_dim(std::optional<int64_t> d, size_t rank) {
  if (!d)
    return std::nullopt;
  int64_t r = static_cast<int64_t>(rank == 0 ? 1 : rank); // a 0-dim tensor accepts dims 0 and -1
  int64_t x = *d < 0 ? *d + r : *d;
  if (x < 0 || x >= r)
    return std::nullopt;
  return static_cast<size_t>(x);
}

// Right-aligned broadcasting of known ranks; nullopt when a rank is unknown.
std::optional<TensorSizes> broadcast(const std::vector<Info>& infos) {
  size_t rank = 0;
  for (const Info& i : infos) {
    if (!i.sizes)
      return std::nullopt;
    rank = std::max(rank, i.sizes->size());
  }
  TensorSizes out(rank, int64_t{1});
  for (size_t d = 0; d < rank; ++d) {
    // out[d] is known-so-far: 1 until a dimension says otherwise.
    std::optional<int64_t> acc = 1;
    bool any_unknown_maybe_not_one = false;
    for (const Info& i : infos) {
      const TensorSizes& s = *i.sizes;
      if (rank - d > s.size())
        continue;
      const std::optional<int64_t>& x = s[s.size() - (rank - d)];
      if (!x) {
        any_unknown_maybe_not_one = true;
        continue;
      }
      if (*x == 1)
        continue;
      if (*acc != 1 && *acc != *x)
        return std::nullopt; // the op raises; claim nothing
      acc = *x;
    }
    // An unknown size decides the result unless a known size other than 1 does.
    out[d] = (*acc == 1 && any_unknown_maybe_not_one) ? std::nullopt : acc;
  }
  return out;
}

// ---- rules ----

using Rule = TypePtr (*)(const Node& n, size_t output);

const Value* arg(const Node& n, std::string_view name) {
  const ir::OpSchema* s = n.schema();
  for (size_t i = 0; i < s->arguments.size() && i < n.num_inputs(); ++i) {
    if (s->arguments[i].name == name)
      return n.input(i);
  }
  return nullptr;
}

// The int constant passed for argument `name`; nullopt when absent or not a constant.
std::optional<int64_t> int_arg(const Node& n, std::string_view name) {
  const Value* v = arg(n, name);
  return v ? int_constant(v) : std::nullopt;
}

int64_t fixed_size_of(const Node& n, std::string_view name) {
  for (const auto& a : n.schema()->arguments) {
    if (a.name == name)
      return a.fixed_list_size;
  }
  return 0;
}

// The `dtype` argument: outer nullopt when not a constant, inner nullopt for None (absent).
std::optional<std::optional<ScalarType>> dtype_arg(const Node& n, std::string_view name = "dtype") {
  const Value* v = arg(n, name);
  if (v == nullptr || is_none_value(v))
    return std::optional<ScalarType>();
  std::optional<int64_t> code = int_constant(v);
  if (!code)
    return std::nullopt;
  std::optional<ScalarType> t = ir::scalar_type_from_code(*code);
  if (!t)
    return std::nullopt;
  return t;
}

// The dtype given, or `dflt` when the argument is None.
std::optional<ScalarType> dtype_or(const Node& n, std::optional<ScalarType> dflt) {
  auto d = dtype_arg(n);
  if (!d)
    return std::nullopt;
  return *d ? *d : dflt;
}

// zeros(size), ones, rand, randn, empty: default Float.
TypePtr sized_creation(const Node& n, size_t) {
  const Value* size = arg(n, "size");
  return make(dtype_or(n, ScalarType::Float), size ? int_list(size) : std::nullopt);
}

// full(size, fill_value): the dtype follows the fill value's Python type.
TypePtr full(const Node& n, size_t) {
  std::optional<ScalarType> dflt;
  if (auto o = operand_of(arg(n, "fill_value")))
    dflt = o->dtype;
  return make(dtype_or(n, dflt), int_list(arg(n, "size")));
}

// zeros_like(self), ... : self's type, the dtype replaced when given.
TypePtr like(const Node& n, size_t) {
  Info i = info_of(arg(n, "self"));
  return make(dtype_or(n, i.dtype), i.sizes);
}

// tensor(1.5) and friends: 0-dim, the Python type's dtype.
TypePtr tensor_scalar(const Node& n, size_t) {
  std::optional<ScalarType> dflt;
  if (auto o = operand_of(n.input(0)))
    dflt = o->dtype;
  return make(dtype_or(n, dflt), TensorSizes{});
}

// scalar_tensor(s): 0-dim, Float unless given.
TypePtr scalar_tensor(const Node& n, size_t) {
  return make(dtype_or(n, ScalarType::Float), TensorSizes{});
}

// tensor([[1, 2], [3, 4]]): rank from the list type's nesting, dtype from its
// element type, sizes from list displays nothing else can see.
TypePtr tensor_list(const Node& n, size_t) {
  const Value* data = n.input(0);
  size_t rank = 0;
  TypePtr t = data->type();
  while (t->kind() == TypeKind::List) {
    ++rank;
    t = t->element();
  }
  std::optional<ScalarType> dflt;
  if (t == Type::int_type())
    dflt = ScalarType::Long;
  else if (t == Type::float_type())
    dflt = ScalarType::Float;
  else if (t == Type::bool_type())
    dflt = ScalarType::Bool;
  else
    return Type::tensor_type();
  TensorSizes sizes(rank, std::nullopt);
  // Level by level: every list of a level is a display whose only user is
  // the level above (the outermost: only ops that mutate nothing).
  std::vector<const Node*> level;
  if (const Node* top = immutable_list(data))
    level.push_back(top);
  for (size_t d = 0; d < rank && !level.empty(); ++d) {
    size_t count = level[0]->num_inputs();
    bool same =
        std::all_of(level.begin(), level.end(), [&](const Node* l) { return l->num_inputs() == count; });
    if (!same)
      break;
    sizes[d] = static_cast<int64_t>(count);
    if (d + 1 == rank || count == 0)
      break;
    // An inner list could be reached (and mutated) through a read of the outer one.
    bool only_tensor_users = std::all_of(data->uses().begin(), data->uses().end(),
                                         [&](const ir::Use& u) { return u.user->kind() == n.kind(); });
    if (!only_tensor_users)
      break;
    std::vector<const Node*> next;
    for (const Node* l : level) {
      for (const Value* e : l->inputs()) {
        if (e->node()->kind() != ir::prim::ListConstruct || e->uses().size() != 1)
          return make(dtype_or(n, dflt), sizes);
        next.push_back(e->node());
      }
    }
    level = std::move(next);
  }
  return make(dtype_or(n, dflt), sizes);
}

// arange(end) / arange(start, end[, step]): rank 1; Long when every bound is an int.
TypePtr arange(const Node& n, size_t) {
  std::vector<const Value*> bounds;
  for (std::string_view name : {"start", "end", "step"}) {
    if (const Value* v = arg(n, name))
      bounds.push_back(v);
  }
  bool all_int =
      std::all_of(bounds.begin(), bounds.end(), [](const Value* v) { return v->type() == Type::int_type(); });
  bool any_unknown = std::any_of(bounds.begin(), bounds.end(), [](const Value* v) {
    return v->type() != Type::int_type() && v->type() != Type::float_type();
  });
  std::optional<ScalarType> dflt;
  if (!any_unknown)
    dflt = all_int ? ScalarType::Long : ScalarType::Float;
  std::optional<int64_t> length;
  if (all_int) {
    auto start = arg(n, "start") ? int_arg(n, "start") : std::optional<int64_t>(0);
    auto end = int_arg(n, "end");
    auto step = arg(n, "step") ? int_arg(n, "step") : std::optional<int64_t>(1);
    if (start && end && step && *step != 0 && std::abs(*end) < (int64_t{1} << 62) &&
        std::abs(*start) < (int64_t{1} << 62)) {
      int64_t span = *end - *start;
      int64_t len = *step > 0 ? (span + *step - 1) / *step : (span + *step + 1) / *step;
      if ((*step > 0 && span <= 0) || (*step < 0 && span >= 0))
        len = 0;
      length = len;
    }
  }
  return make(dtype_or(n, dflt), TensorSizes{length});
}

TypePtr linspace(const Node& n, size_t) {
  return make(dtype_or(n, ScalarType::Float), TensorSizes{int_arg(n, "steps")});
}

// eye(n) is n x n, eye(n, m) n x m.
TypePtr eye(const Node& n, size_t) {
  std::optional<int64_t> rows = int_arg(n, "n");
  std::optional<int64_t> cols = arg(n, "m") ? int_arg(n, "m") : rows;
  return make(dtype_or(n, ScalarType::Float), TensorSizes{rows, cols});
}

// Promoting elementwise ops over every tensor and Scalar input (alpha aside).
std::optional<ScalarType> promoted(const Node& n, std::initializer_list<std::string_view> names) {
  std::vector<Operand> ops;
  for (std::string_view name : names) {
    const Value* v = arg(n, name);
    if (v == nullptr || is_none_value(v))
      continue;
    auto o = operand_of(v);
    if (!o)
      return std::nullopt;
    ops.push_back(*o);
  }
  return result_type(ops);
}

std::optional<TensorSizes> broadcast_of(const Node& n, std::initializer_list<std::string_view> names) {
  std::vector<Info> infos;
  for (std::string_view name : names) {
    const Value* v = arg(n, name);
    if (v == nullptr || v->type()->kind() != TypeKind::Tensor)
      continue;
    infos.push_back(info_of(v));
  }
  return broadcast(infos);
}

TypePtr binary(const Node& n, size_t) {
  return make(promoted(n, {"self", "other", "exponent"}), broadcast_of(n, {"self", "other", "exponent"}));
}

// True division: integers and bools divide to the default float dtype.
TypePtr true_divide(std::optional<ScalarType> t, std::optional<TensorSizes> sizes) {
  if (t && !is_floating(*t))
    t = ScalarType::Float;
  return make(t, std::move(sizes));
}

TypePtr div(const Node& n, size_t) {
  std::optional<ScalarType> t = promoted(n, {"self", "other"});
  std::optional<TensorSizes> sizes = broadcast_of(n, {"self", "other"});
  const Value* mode = arg(n, "rounding_mode");
  if (mode == nullptr || is_none_value(mode))
    return true_divide(t, std::move(sizes));
  if (t && is_floating(*t))
    return make(t, std::move(sizes));
  // 'trunc' / 'floor' keep the promoted type; an unknown mode could be either.
  return make(constant_of(mode) ? t : std::nullopt, std::move(sizes));
}

TypePtr compare(const Node& n, size_t) {
  return make(ScalarType::Bool, broadcast_of(n, {"self", "other"}));
}

TypePtr where(const Node& n, size_t) {
  return make(promoted(n, {"self", "other"}), broadcast_of(n, {"condition", "self", "other"}));
}

TypePtr clamp(const Node& n, size_t) {
  return make(promoted(n, {"self", "min", "max"}), broadcast_of(n, {"self", "min", "max"}));
}

// Ops whose result has their input's type (relu, neg, clone, layer_norm, ...).
TypePtr same(const Node& n, size_t) {
  return make(info_of(n.input(0)));
}

// Floating-point ops: integer and bool inputs give the default float dtype.
TypePtr floating_unary(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (i.dtype && !is_floating(*i.dtype))
    i.dtype = ScalarType::Float;
  return make(i);
}

// softmax(self, dim, dtype): self's sizes; the dtype given, else self's floating one.
TypePtr softmax(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  std::optional<ScalarType> t = i.dtype && is_floating(*i.dtype) ? i.dtype : std::nullopt;
  return make(dtype_or(n, t), i.sizes);
}

// The sizes after reducing `dims` (nullopt: every dimension).
std::optional<TensorSizes> reduce_sizes(const Info& i, const std::optional<TensorSizes>& dims, bool all,
                                        std::optional<bool> keepdim) {
  if (!keepdim)
    return std::nullopt;
  if (all) {
    if (!*keepdim)
      return TensorSizes{};
    if (!i.sizes)
      return std::nullopt;
    return TensorSizes(i.sizes->empty() ? 0 : i.sizes->size(), int64_t{1});
  }
  if (!i.sizes || !dims)
    return std::nullopt;
  size_t rank = i.sizes->size();
  std::vector<bool> reduced(std::max<size_t>(rank, 1), false);
  for (const auto& d : *dims) {
    auto k = norm_dim(d, rank);
    if (!k || reduced[*k])
      return std::nullopt; // unknown, out of range or repeated: claim nothing
    reduced[*k] = true;
  }
  TensorSizes out;
  for (size_t d = 0; d < rank; ++d) {
    if (!reduced[d])
      out.push_back((*i.sizes)[d]);
    else if (*keepdim)
      out.push_back(int64_t{1});
  }
  return out;
}

std::optional<bool> bool_arg(const Node& n, std::string_view name) {
  const Value* v = arg(n, name);
  return v ? bool_constant(v) : std::optional<bool>(false);
}

// sum / mean, full or over dims (None or [] reduce every dimension).
TypePtr reduction(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  bool is_sum = n.kind().qualified() == "aten::sum";
  std::optional<ScalarType> t = i.dtype;
  if (t && is_sum && !is_floating(*t))
    t = ScalarType::Long;
  if (t && !is_sum && !is_floating(*t))
    t = std::nullopt; // mean of integers raises
  t = dtype_or(n, t);
  const Value* dim = arg(n, "dim");
  if (dim == nullptr || is_none_value(dim))
    return make(t, reduce_sizes(i, std::nullopt, true, dim ? bool_arg(n, "keepdim") : false));
  std::optional<TensorSizes> dims = int_list(dim, fixed_size_of(n, "dim"));
  if (dims && dims->empty())
    return make(t, reduce_sizes(i, std::nullopt, true, bool_arg(n, "keepdim")));
  return make(t, reduce_sizes(i, dims, false, bool_arg(n, "keepdim")));
}

// max(self) / min(self): 0-dim, self's dtype; max.dim: (values, indices).
TypePtr min_max(const Node& n, size_t output) {
  Info i = info_of(n.input(0));
  const Value* dim = arg(n, "dim");
  std::optional<TensorSizes> sizes;
  if (dim == nullptr)
    sizes = TensorSizes{};
  else
    sizes = reduce_sizes(i, TensorSizes{int_constant(dim)}, false, bool_arg(n, "keepdim"));
  return make(output == 0 ? i.dtype : std::optional<ScalarType>(ScalarType::Long), sizes);
}

TypePtr arg_min_max(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  const Value* dim = arg(n, "dim");
  if (dim == nullptr || is_none_value(dim))
    return make(ScalarType::Long, reduce_sizes(i, std::nullopt, true, bool_arg(n, "keepdim")));
  return make(ScalarType::Long,
              reduce_sizes(i, TensorSizes{int_constant(dim)}, false, bool_arg(n, "keepdim")));
}

// The dtype of ops that require equal dtypes (mm, bmm, linear, ...).
std::optional<ScalarType> common_dtype(std::initializer_list<const Value*> vs) {
  std::optional<ScalarType> t;
  for (const Value* v : vs) {
    if (v == nullptr || is_none_value(v))
      continue;
    Info i = info_of(v);
    if (!i.dtype || (t && *t != *i.dtype))
      return std::nullopt;
    t = i.dtype;
  }
  return t;
}

std::optional<int64_t> at(const TensorSizes& s, size_t from_end) {
  return s[s.size() - from_end];
}

TypePtr matmul(const Node& n, size_t) {
  Info a = info_of(n.input(0)), b = info_of(n.input(1));
  std::optional<ScalarType> t = common_dtype({n.input(0), n.input(1)});
  if (!a.sizes || !b.sizes || a.sizes->empty() || b.sizes->empty())
    return make(t, std::nullopt);
  size_t ra = a.sizes->size(), rb = b.sizes->size();
  std::string_view op = n.kind().qualified();
  if ((op == "aten::mm" && (ra != 2 || rb != 2)) || (op == "aten::bmm" && (ra != 3 || rb != 3)))
    return make(t, std::nullopt);
  Info batch_a{std::nullopt, TensorSizes(a.sizes->begin(), a.sizes->end() - std::min<size_t>(ra, 2))};
  Info batch_b{std::nullopt, TensorSizes(b.sizes->begin(), b.sizes->end() - std::min<size_t>(rb, 2))};
  if (ra == 1)
    batch_a.sizes = TensorSizes{};
  if (rb == 1)
    batch_b.sizes = TensorSizes{};
  std::optional<TensorSizes> out = broadcast({batch_a, batch_b});
  if (!out)
    return make(t, std::nullopt);
  if (ra >= 2)
    out->push_back(at(*a.sizes, 2));
  if (rb >= 2)
    out->push_back(at(*b.sizes, 1));
  return make(t, out);
}

// linear(input [..., in], weight [out, in], bias) -> [..., out]
TypePtr linear(const Node& n, size_t) {
  Info x = info_of(arg(n, "input")), w = info_of(arg(n, "weight"));
  std::optional<ScalarType> t = common_dtype({arg(n, "input"), arg(n, "weight"), arg(n, "bias")});
  if (!x.sizes || x.sizes->empty() || !w.sizes || w.sizes->size() != 2)
    return make(t, std::nullopt);
  TensorSizes out(x.sizes->begin(), x.sizes->end() - 1);
  out.push_back((*w.sizes)[0]);
  return make(t, out);
}

// addmm(self, mat1 [n, k], mat2 [k, m]) -> [n, m]
TypePtr addmm(const Node& n, size_t) {
  Info a = info_of(arg(n, "mat1")), b = info_of(arg(n, "mat2"));
  std::optional<ScalarType> t = common_dtype({arg(n, "self"), arg(n, "mat1"), arg(n, "mat2")});
  if (!a.sizes || a.sizes->size() != 2 || !b.sizes || b.sizes->size() != 2)
    return make(t, std::nullopt);
  return make(t, TensorSizes{(*a.sizes)[0], (*b.sizes)[1]});
}

// view / reshape with a size list; one -1 is inferred from a known numel.
TypePtr view(const Node& n, size_t) {
  const Value* self = n.input(0);
  Info i = info_of(self);
  const Value* size = arg(n, "size") ? arg(n, "size") : arg(n, "shape");
  std::optional<TensorSizes> shape = size ? int_list(size) : std::nullopt; // not view.dtype
  if (!shape)
    return make(i.dtype, std::nullopt);
  std::optional<int64_t> numel;
  if (const ir::TensorType* t = ir::as_refined_tensor(self->type()))
    numel = t->numel();
  size_t infer = shape->size();
  int64_t known = 1;
  bool all_known = true;
  for (size_t d = 0; d < shape->size(); ++d) {
    const auto& s = (*shape)[d];
    if (s && *s == -1) {
      if (infer != shape->size())
        return make(i.dtype, std::nullopt); // two -1: raises
      infer = d;
    } else if (!s) {
      all_known = false;
    } else if (*s < 0) {
      return make(i.dtype, std::nullopt);
    } else {
      known = *s != 0 && known > INT64_MAX / *s ? 0 : known * *s;
    }
  }
  if (infer != shape->size()) {
    (*shape)[infer] = std::nullopt;
    if (all_known && numel && known > 0 && *numel % known == 0)
      (*shape)[infer] = *numel / known;
  }
  return make(i.dtype, shape);
}

TypePtr permute(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  auto dims = const_list(int_list(arg(n, "dims")));
  if (!i.sizes || !dims || dims->size() != i.sizes->size())
    return make(i.dtype, dims ? std::optional<TensorSizes>(TensorSizes(dims->size())) : std::nullopt);
  TensorSizes out;
  std::vector<bool> seen(i.sizes->size(), false);
  for (int64_t d : *dims) {
    auto k = norm_dim(d, i.sizes->size());
    if (!k || seen[*k])
      return make(i.dtype, std::nullopt);
    seen[*k] = true;
    out.push_back((*i.sizes)[*k]);
  }
  return make(i.dtype, out);
}

TypePtr transpose(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes)
    return make(i);
  size_t rank = i.sizes->size();
  std::optional<size_t> a, b;
  if (n.kind().qualified() == "aten::t") {
    if (rank > 2)
      return make(i.dtype, std::nullopt);
    a = 0;
    b = rank == 2 ? 1 : 0;
  } else {
    a = norm_dim(int_arg(n, "dim0"), rank);
    b = norm_dim(int_arg(n, "dim1"), rank);
  }
  if (!a || !b)
    return make(i.dtype, TensorSizes(rank));
  if (rank > 0)
    std::swap((*i.sizes)[*a], (*i.sizes)[*b]);
  return make(i);
}

TypePtr unsqueeze(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes)
    return make(i);
  auto k = norm_dim(int_arg(n, "dim"), i.sizes->size() + 1);
  if (!k)
    return make(i.dtype, TensorSizes(i.sizes->size() + 1));
  i.sizes->insert(i.sizes->begin() + static_cast<std::ptrdiff_t>(*k), int64_t{1});
  return make(i);
}

TypePtr squeeze(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes)
    return make(i);
  const Value* dim = arg(n, "dim");
  size_t rank = i.sizes->size();
  if (dim == nullptr) {
    TensorSizes out;
    for (const auto& s : *i.sizes) {
      if (!s)
        return make(i.dtype, std::nullopt); // may or may not be 1
      if (*s != 1)
        out.push_back(s);
    }
    return make(i.dtype, out);
  }
  auto k = norm_dim(int_constant(dim), rank);
  if (!k || rank == 0)
    return make(i.dtype, rank == 0 ? std::optional<TensorSizes>(TensorSizes{}) : std::nullopt);
  const auto& s = (*i.sizes)[*k];
  if (!s)
    return make(i.dtype, std::nullopt);
  if (*s == 1)
    i.sizes->erase(i.sizes->begin() + static_cast<std::ptrdiff_t>(*k));
  return make(i);
}

TypePtr flatten(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes)
    return make(i);
  size_t rank = i.sizes->size();
  if (rank == 0)
    return make(i.dtype, TensorSizes{int64_t{1}});
  auto s = norm_dim(int_arg(n, "start_dim"), rank);
  auto e = norm_dim(int_arg(n, "end_dim"), rank);
  if (!s || !e || *s > *e)
    return make(i.dtype, std::nullopt);
  std::optional<int64_t> prod = 1;
  for (size_t d = *s; d <= *e; ++d) {
    const auto& x = (*i.sizes)[d];
    if (!x || !prod || (*x != 0 && *prod > INT64_MAX / *x))
      prod = std::nullopt;
    else
      prod = *prod * *x;
  }
  TensorSizes out(i.sizes->begin(), i.sizes->begin() + static_cast<std::ptrdiff_t>(*s));
  out.push_back(prod);
  out.insert(out.end(), i.sizes->begin() + static_cast<std::ptrdiff_t>(*e) + 1, i.sizes->end());
  return make(i.dtype, out);
}

// expand(size): -1 keeps the (right-aligned) input size.
TypePtr expand(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  std::optional<TensorSizes> shape = int_list(arg(n, "size"));
  if (!shape)
    return make(i.dtype, std::nullopt);
  size_t rank = shape->size();
  for (size_t d = 0; d < rank; ++d) {
    auto& s = (*shape)[d];
    if (s && *s == -1) {
      s = std::nullopt;
      size_t from_end = rank - d;
      if (i.sizes && from_end <= i.sizes->size())
        s = at(*i.sizes, from_end);
    }
  }
  return make(i.dtype, shape);
}

TypePtr expand_as(const Node& n, size_t) {
  return make(info_of(n.input(0)).dtype, info_of(n.input(1)).sizes);
}

TypePtr select(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes || i.sizes->empty())
    return make(i.dtype, std::nullopt);
  size_t rank = i.sizes->size();
  auto k = norm_dim(int_arg(n, "dim"), rank);
  if (!k)
    return make(i.dtype, TensorSizes(rank - 1));
  i.sizes->erase(i.sizes->begin() + static_cast<std::ptrdiff_t>(*k));
  return make(i);
}

// slice(dim, start, end, step) with Python's clamping of start and end.
TypePtr slice(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (!i.sizes || i.sizes->empty())
    return make(i.dtype, std::nullopt);
  size_t rank = i.sizes->size();
  auto k = norm_dim(int_arg(n, "dim"), rank);
  if (!k)
    return make(i.dtype, TensorSizes(rank));
  std::optional<int64_t>& size = (*i.sizes)[*k];
  const Value* sv = arg(n, "start");
  const Value* ev = arg(n, "end");
  const Value* stv = arg(n, "step");
  if (!sv || !ev || !stv) {
    size = std::nullopt;
    return make(i);
  }
  std::optional<int64_t> step = int_constant(stv);
  std::optional<int64_t> start = is_none_value(sv) ? std::optional<int64_t>(0) : int_constant(sv);
  std::optional<int64_t> end = is_none_value(ev) ? size : int_constant(ev);
  if (!size || !start || !end || !step || *step <= 0) {
    size = std::nullopt;
    return make(i);
  }
  auto clampi = [&](int64_t x) {
    if (x < 0)
      x = x < -*size ? 0 : x + *size;
    return std::min(x, *size);
  };
  int64_t s = clampi(*start), e = clampi(*end);
  size = e <= s ? 0 : (e - s + *step - 1) / *step;
  return make(i);
}

// cat / stack over a list display nothing mutates.
TypePtr cat_stack(const Node& n, size_t) {
  const Value* tensors = arg(n, "tensors");
  const Node* list = tensors ? immutable_list(tensors) : nullptr;
  if (list == nullptr || list->num_inputs() == 0)
    return Type::tensor_type();
  std::vector<Operand> ops;
  std::optional<ScalarType> t;
  std::optional<TensorSizes> shape;
  bool same_rank = true;
  for (const Value* v : list->inputs()) {
    Info i = info_of(v);
    if (!i.sizes || (shape && shape->size() != i.sizes->size()))
      same_rank = false;
    else if (!shape)
      shape = i.sizes;
    if (auto o = operand_of(v)) // every tensor counts as dimensioned
      ops.push_back({Operand::Group::Dimensioned, o->dtype});
  }
  if (ops.size() == list->num_inputs())
    t = result_type(ops);
  if (!same_rank || !shape)
    return make(t, std::nullopt);
  bool is_cat = n.kind().qualified() == "aten::cat";
  size_t rank = shape->size();
  if (is_cat && rank == 0)
    return make(t, std::nullopt);
  auto k = norm_dim(int_arg(n, "dim"), is_cat ? rank : rank + 1);
  if (!k)
    return make(t, TensorSizes(is_cat ? rank : rank + 1));
  // Sizes all inputs agree on (the op raises otherwise); the cat dimension adds up.
  for (const Value* v : list->inputs()) {
    const TensorSizes s = *info_of(v).sizes;
    for (size_t d = 0; d < rank; ++d) {
      if (is_cat && d == *k)
        continue;
      if (!(*shape)[d])
        (*shape)[d] = s[d];
    }
  }
  if (is_cat) {
    std::optional<int64_t> total = 0;
    for (const Value* v : list->inputs()) {
      const std::optional<int64_t> s = (*info_of(v).sizes)[*k];
      total = s && total ? std::optional<int64_t>(*total + *s) : std::nullopt;
    }
    (*shape)[*k] = total;
  } else {
    shape->insert(shape->begin() + static_cast<std::ptrdiff_t>(*k), static_cast<int64_t>(list->num_inputs()));
  }
  return make(t, shape);
}

// to(dtype) and x.float(): the dtype given, self's sizes.
TypePtr to(const Node& n, size_t) {
  Info i = info_of(n.input(0));
  if (const Value* other = arg(n, "other"); other && other->type()->kind() == TypeKind::Tensor)
    return make(info_of(other).dtype, i.sizes);
  if (arg(n, "dtype") == nullptr)
    return make(i);
  return make(dtype_or(n, i.dtype), i.sizes);
}

// embedding(weight [n, d], indices) -> indices.shape + [d]
TypePtr embedding(const Node& n, size_t) {
  Info w = info_of(arg(n, "weight")), idx = info_of(arg(n, "indices"));
  if (!w.sizes || w.sizes->size() != 2 || !idx.sizes)
    return make(w.dtype, std::nullopt);
  TensorSizes out = *idx.sizes;
  out.push_back((*w.sizes)[1]);
  return make(w.dtype, out);
}

// conv2d(input [N, C, H, W] or [C, H, W], weight [O, C/g, kh, kw]) with int padding.
TypePtr conv2d(const Node& n, size_t) {
  Info x = info_of(arg(n, "input")), w = info_of(arg(n, "weight"));
  std::optional<ScalarType> t = common_dtype({arg(n, "input"), arg(n, "weight"), arg(n, "bias")});
  if (!x.sizes || (x.sizes->size() != 4 && x.sizes->size() != 3) || !w.sizes || w.sizes->size() != 4)
    return make(t, std::nullopt);
  TensorSizes out(x.sizes->begin(), x.sizes->end() - 3);
  out.push_back((*w.sizes)[0]);
  auto stride = const_list(int_list(arg(n, "stride"), 2));
  auto dilation = const_list(int_list(arg(n, "dilation"), 2));
  const Value* pv = arg(n, "padding");
  auto padding = !pv || pv->type()->kind() == TypeKind::Str ? std::nullopt : const_list(int_list(pv, 2));
  for (size_t d = 0; d < 2; ++d) {
    auto in = at(*x.sizes, 2 - d), k = at(*w.sizes, 2 - d);
    if (!in || !k || !stride || !dilation || !padding || stride->size() != 2 || dilation->size() != 2 ||
        padding->size() != 2 || (*stride)[d] <= 0) {
      out.push_back(std::nullopt);
      continue;
    }
    int64_t eff = *in + 2 * (*padding)[d] - (*dilation)[d] * (*k - 1) - 1;
    out.push_back(eff < 0 ? std::nullopt : std::optional<int64_t>(eff / (*stride)[d] + 1));
  }
  return make(t, out);
}

struct RuleEntry {
  std::string_view op; // qualified name with overload ("aten::add.Tensor") or kind alone ("aten::relu")
  Rule rule;
};

constexpr RuleEntry kRules[] = {
    // creation
    {"aten::zeros", sized_creation},
    {"aten::ones", sized_creation},
    {"aten::empty", sized_creation},
    {"aten::rand", sized_creation},
    {"aten::randn", sized_creation},
    {"aten::full", full},
    {"aten::zeros_like", like},
    {"aten::ones_like", like},
    {"aten::empty_like", like},
    {"aten::full_like", like},
    {"aten::rand_like", like},
    {"aten::randn_like", like},
    {"aten::tensor.float", tensor_scalar},
    {"aten::tensor.int", tensor_scalar},
    {"aten::tensor.bool", tensor_scalar},
    {"aten::tensor", tensor_list},
    {"aten::scalar_tensor", scalar_tensor},
    {"aten::arange", arange},
    {"aten::linspace", linspace},
    {"aten::eye", eye},
    // elementwise with promotion and broadcasting
    {"aten::add", binary},
    {"aten::sub", binary},
    {"aten::rsub", binary},
    {"aten::mul", binary},
    {"aten::floor_divide", binary},
    {"aten::remainder", binary},
    {"aten::pow", binary},
    {"aten::maximum", binary},
    {"aten::minimum", binary},
    {"aten::__and__", binary},
    {"aten::__or__", binary},
    {"aten::__xor__", binary},
    {"aten::div", div},
    {"aten::where", where},
    {"aten::clamp", clamp},
    {"aten::eq", compare},
    {"aten::ne", compare},
    {"aten::lt", compare},
    {"aten::le", compare},
    {"aten::gt", compare},
    {"aten::ge", compare},
    // unary: same type, or the default float for integer inputs
    {"aten::neg", same},
    {"aten::abs", same},
    {"aten::relu", same},
    {"aten::floor", same},
    {"aten::ceil", same},
    {"aten::round", same},
    {"aten::bitwise_not", same},
    {"aten::clone", same},
    {"aten::contiguous", same},
    {"aten::layer_norm", same},
    {"aten::batch_norm", same},
    {"aten::exp", floating_unary},
    {"aten::log", floating_unary},
    {"aten::sqrt", floating_unary},
    {"aten::rsqrt", floating_unary},
    {"aten::sin", floating_unary},
    {"aten::cos", floating_unary},
    {"aten::tanh", floating_unary},
    {"aten::sigmoid", floating_unary},
    {"aten::reciprocal", floating_unary},
    {"aten::gelu", same},
    {"aten::silu", same},
    {"aten::softmax", softmax},
    {"aten::log_softmax", softmax},
    // reductions
    {"aten::sum", reduction},
    {"aten::mean", reduction},
    {"aten::max.other", binary},
    {"aten::min.other", binary},
    {"aten::max", min_max},
    {"aten::min", min_max},
    {"aten::argmax", arg_min_max},
    {"aten::argmin", arg_min_max},
    // linear algebra and nn
    {"aten::matmul", matmul},
    {"aten::mm", matmul},
    {"aten::bmm", matmul},
    {"aten::linear", linear},
    {"aten::addmm", addmm},
    {"aten::embedding", embedding},
    {"aten::conv2d", conv2d},
    // shapes and views
    {"aten::view", view},
    {"aten::reshape", view},
    {"aten::permute", permute},
    {"aten::transpose", transpose},
    {"aten::t", transpose},
    {"aten::unsqueeze", unsqueeze},
    {"aten::squeeze", squeeze},
    {"aten::flatten.using_ints", flatten},
    {"aten::expand", expand},
    {"aten::expand_as", expand_as},
    {"aten::select.int", select},
    {"aten::slice.Tensor", slice},
    {"aten::cat", cat_stack},
    {"aten::stack", cat_stack},
    // conversion
    {"aten::to", to},
};

// In-place ops that change a tensor's shape or dtype: any of them in a module
// turns the pass off for it (see the file comment).
constexpr std::string_view kReshapingInPlace[] = {
    "aten::resize_",    "aten::resize_as_", "aten::squeeze_",  "aten::unsqueeze_",  "aten::t_",
    "aten::transpose_", "aten::swapaxes_",  "aten::swapdims_", "aten::as_strided_", "aten::set_",
};

bool reshapes_in_place(const Node* n) {
  const ir::OpSchema* s = n->schema();
  if (s == nullptr || s->effect != ir::OpEffect::Mutates)
    return false;
  std::string_view kind = n->kind().qualified();
  for (std::string_view k : kReshapingInPlace) {
    if (kind == k)
      return true;
  }
  // out= overloads resize their out argument.
  return s->overload.find("out") != std::string::npos;
}

bool block_reshapes_in_place(const Block* b) {
  for (const Node* n : b->nodes()) {
    if (reshapes_in_place(n))
      return true;
    for (const Block* nested : n->blocks()) {
      if (block_reshapes_in_place(nested))
        return true;
    }
  }
  return false;
}

bool module_reshapes_in_place(const ir::Module& m) {
  for (const auto& fn : m.functions()) {
    if (fn->graph && block_reshapes_in_place(fn->graph->block()))
      return true;
  }
  return false;
}

constexpr int kMaxLoopIterations = 8;

class ShapePropagation final : public Pass {
public:
  std::string_view name() const override { return "shape-prop"; }

  PassResult run(ir::Function& fn, PassContext& ctx) override {
    if (!fn.graph)
      return PassResult::Unchanged;
    changed_ = false;
    enabled_ = ctx.module == nullptr || !module_reshapes_in_place(*ctx.module);
    if (ctx.module == nullptr && block_reshapes_in_place(fn.graph->block()))
      enabled_ = false;
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

private:
  void set(Value* v, TypePtr t) {
    if (v->type()->kind() != TypeKind::Tensor)
      return;
    if (!enabled_ || t->kind() != TypeKind::Tensor)
      t = Type::tensor_type();
    if (v->type() != t) {
      v->set_type(t);
      changed_ = true;
    }
  }

  void run_block(Block* b) {
    for (Node* n : b->nodes())
      run_node(n);
  }

  void run_node(Node* n) {
    if (n->kind() == ir::prim::If) {
      run_block(n->block(0));
      run_block(n->block(1));
      for (size_t i = 0; i < n->num_outputs(); ++i) {
        TypePtr a = n->block(0)->outputs()[i]->type(), b = n->block(1)->outputs()[i]->type();
        bool tensors = a->kind() == TypeKind::Tensor && b->kind() == TypeKind::Tensor;
        set(n->output(i), tensors ? ir::join_tensor_types(a, b) : Type::tensor_type());
      }
      return;
    }
    if (n->kind() == ir::prim::Loop) {
      run_loop(n);
      return;
    }
    for (Block* nested : n->blocks())
      run_block(nested);
    for (size_t i = 0; i < n->num_outputs(); ++i)
      set(n->output(i), infer(*n, i));
  }

  // Carried tensors start at their initial types and widen by the join with
  // what the body returns until nothing changes.
  void run_loop(Node* n) {
    Block* body = n->block(0);
    size_t carried = n->num_outputs();
    std::vector<TypePtr> types(carried);
    for (size_t i = 0; i < carried; ++i) {
      TypePtr in = n->input(2 + i)->type();
      types[i] = in->kind() == TypeKind::Tensor ? in : Type::tensor_type();
    }
    for (int iter = 0;; ++iter) {
      if (iter == kMaxLoopIterations)
        std::fill(types.begin(), types.end(), Type::tensor_type());
      for (size_t i = 0; i < carried; ++i)
        set(body->params()[1 + i], types[i]);
      run_block(body);
      if (iter == kMaxLoopIterations)
        break;
      bool stable = true;
      for (size_t i = 0; i < carried; ++i) {
        TypePtr out = body->outputs()[1 + i]->type();
        TypePtr joined =
            out->kind() == TypeKind::Tensor ? ir::join_tensor_types(types[i], out) : Type::tensor_type();
        if (joined != types[i]) {
          types[i] = joined;
          stable = false;
        }
      }
      if (stable)
        break;
    }
    for (size_t i = 0; i < carried; ++i)
      set(n->output(i), types[i]);
  }

  TypePtr infer(const Node& n, size_t output) const {
    const ir::OpSchema* s = n.schema();
    if (s == nullptr || s->is_vararg || n.num_inputs() != s->arguments.size())
      return Type::tensor_type();
    static const std::unordered_map<std::string_view, Rule> rules = [] {
      std::unordered_map<std::string_view, Rule> m;
      for (const RuleEntry& r : kRules)
        m.emplace(r.op, r.rule);
      return m;
    }();
    auto it = s->overload.empty() ? rules.end() : rules.find(s->qualified_name());
    if (it == rules.end())
      it = rules.find(n.kind().qualified());
    return it == rules.end() ? Type::tensor_type() : it->second(n, output);
  }

  bool changed_ = false;
  bool enabled_ = true;
};

} // namespace

std::unique_ptr<Pass> create_shape_prop_pass() {
  return std::make_unique<ShapePropagation>();
}

} // namespace tsc::passes
