// codegen/llvm/subset.cpp - The native subset: supported types, inline ops, and each function's fallback
// reason.
#include "codegen/llvm/subset.h"

#include "codegen/llvm/abi.h"
#include "runtime/kernel_registry.h"

#include <string_view>
#include <unordered_map>

namespace tsc::codegen::jit {

using ir::TypeKind;
using ir::TypePtr;

namespace {

bool supported_element(TypePtr t) {
  Repr r = repr_of(t);
  return r == Repr::Int || r == Repr::Float || r == Repr::Bool ||
         (r == Repr::List && supported_element(t->element()));
}

std::string type_reason(TypePtr t) {
  if (t->kind() == TypeKind::List && !abi::list_layout().usable)
    return "lists are not compiled natively with this C++ standard library";
  return t->str() + " values are not compiled natively";
}

const std::unordered_map<std::string_view, Inline>& inline_ops() {
  static const std::unordered_map<std::string_view, Inline> table = {
      {"aten::add.int", Inline::AddInt},
      {"aten::sub.int", Inline::SubInt},
      {"aten::mul.int", Inline::MulInt},
      {"aten::floordiv.int", Inline::FloorDivInt},
      {"aten::remainder.int", Inline::ModInt},
      {"aten::neg.int", Inline::NegInt},
      {"aten::add.float", Inline::AddFloat},
      {"aten::sub.float", Inline::SubFloat},
      {"aten::mul.float", Inline::MulFloat},
      {"aten::div.float", Inline::DivFloat},
      {"aten::neg.float", Inline::NegFloat},
      {"aten::eq.int", Inline::EqInt},
      {"aten::ne.int", Inline::NeInt},
      {"aten::lt.int", Inline::LtInt},
      {"aten::le.int", Inline::LeInt},
      {"aten::gt.int", Inline::GtInt},
      {"aten::ge.int", Inline::GeInt},
      {"aten::eq.float", Inline::EqFloat},
      {"aten::ne.float", Inline::NeFloat},
      {"aten::lt.float", Inline::LtFloat},
      {"aten::le.float", Inline::LeFloat},
      {"aten::gt.float", Inline::GtFloat},
      {"aten::ge.float", Inline::GeFloat},
      {"aten::eq.bool", Inline::EqBool},
      {"aten::ne.bool", Inline::NeBool},
      {"aten::__and__.int", Inline::AndInt},
      {"aten::__or__.int", Inline::OrInt},
      {"aten::__xor__.int", Inline::XorInt},
      {"aten::__and__.bool", Inline::AndBool},
      {"aten::__or__.bool", Inline::OrBool},
      {"aten::__xor__.bool", Inline::XorBool},
      {"aten::__invert__.int", Inline::InvertInt},
      {"aten::__not__", Inline::Not},
      {"aten::Float.int", Inline::FloatOfInt},
      {"aten::Float.bool", Inline::FloatOfBool},
      {"aten::Int.bool", Inline::IntOfBool},
      {"aten::Bool.int", Inline::BoolOfInt},
      {"aten::Bool.float", Inline::BoolOfFloat},
      {"prim::min.int", Inline::MinInt},
      {"prim::max.int", Inline::MaxInt},
      {"aten::sqrt.float", Inline::Sqrt},
      {"aten::__range_length", Inline::RangeLength},
      {"aten::__derive_index", Inline::DeriveIndex},
      {"aten::len.t", Inline::Len},
      {"aten::__getitem__.t", Inline::GetItem},
      {"aten::_set_item.t", Inline::SetItem},
      {"aten::append.t", Inline::Append},
  };
  return table;
}

// A node run through its runtime kernel.
bool is_kernel_node(const ir::Node& n) {
  return !is_structural(n.kind()) && schema_of(n) != nullptr && !inline_op(n);
}

// Why `fn` cannot be compiled natively, ignoring its callees; empty when it can.
class Checker {
public:
  std::string check(const ir::Function& fn) {
    for (const ir::Value* p : fn.graph->inputs()) {
      if (!supported_type(p->type()))
        return type_reason(p->type());
    }
    if (!supported_type(fn.return_type))
      return type_reason(fn.return_type);
    return check_block(*fn.graph->block());
  }

private:
  std::string check_block(const ir::Block& b) {
    for (const ir::Value* p : b.params()) {
      if (!supported_type(p->type()))
        return type_reason(p->type());
    }
    for (const ir::Node* n : b.nodes()) {
      std::string r = check_node(*n);
      if (!r.empty())
        return r;
    }
    return "";
  }

  std::string check_node(const ir::Node& n) {
    ir::Symbol k = n.kind();
    for (const ir::Value* o : n.outputs()) {
      if (supported_type(o->type()))
        continue;
      // A str literal may feed kernels (a message for raise or print).
      if (k == ir::prim::Constant && o->type()->kind() == TypeKind::Str && feeds_kernels_only(o))
        continue;
      return type_reason(o->type());
    }
    if (k == ir::prim::CallMethod)
      return "method calls are not compiled natively";
    if (!is_structural(k)) {
      const ir::OpSchema* s = schema_of(n);
      if (!s || (!inline_op(n) && !runtime::KernelRegistry::global().find(*s)))
        return "'" + std::string(k.qualified()) + "' is not compiled natively";
    }
    for (const ir::Block* b : n.blocks()) {
      std::string r = check_block(*b);
      if (!r.empty())
        return r;
    }
    return "";
  }

  static bool feeds_kernels_only(const ir::Value* v) {
    for (const ir::Use& u : v->uses()) {
      if (!is_kernel_node(*u.user))
        return false;
    }
    return true;
  }
};

} // namespace

Repr repr_of(TypePtr t) {
  switch (t->kind()) {
  case TypeKind::Int:
    return Repr::Int;
  case TypeKind::Float:
    return Repr::Float;
  case TypeKind::Bool:
    return Repr::Bool;
  case TypeKind::None:
    return Repr::None;
  case TypeKind::List:
    return Repr::List;
  case TypeKind::Str:
    return Repr::Str;
  case TypeKind::Any:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Tuple:
  case TypeKind::Dict:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    return Repr::Other;
  }
  return Repr::Other;
}

bool supported_type(TypePtr t) {
  Repr r = repr_of(t);
  if (r == Repr::List)
    return abi::list_layout().usable && supported_element(t->element());
  return r == Repr::Int || r == Repr::Float || r == Repr::Bool || r == Repr::None;
}

const ir::OpSchema* schema_of(const ir::Node& n) {
  if (n.schema())
    return n.schema();
  std::vector<TypePtr> types;
  for (const ir::Value* v : n.inputs())
    types.push_back(v->type());
  return ir::OpRegistry::global().resolve_exact(n.kind(), types);
}

std::optional<Inline> inline_op(const ir::Node& n) {
  const ir::OpSchema* s = schema_of(n);
  if (!s)
    return std::nullopt;
  auto it = inline_ops().find(s->qualified_name());
  if (it == inline_ops().end())
    return std::nullopt;
  return it->second;
}

bool is_structural(ir::Symbol k) {
  return k == ir::prim::Constant || k == ir::prim::If || k == ir::prim::Loop ||
         k == ir::prim::Uninitialized || k == ir::prim::CallFunction || k == ir::prim::ListConstruct ||
         k == ir::prim::unchecked_cast;
}

std::vector<std::string> fallback_reasons(const runtime::Program& program) {
  size_t n = program.num_functions();
  std::vector<std::string> reasons(n);
  Checker checker;
  for (size_t i = 0; i < n; ++i)
    reasons[i] = checker.check(program.function(i));
  // A function compiles only when everything it calls does (to a fixpoint).
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!reasons[i].empty())
        continue;
      std::vector<const ir::Block*> work = {program.function(i).graph->block()};
      while (!work.empty() && reasons[i].empty()) {
        const ir::Block* b = work.back();
        work.pop_back();
        for (const ir::Node* node : b->nodes()) {
          for (const ir::Block* inner : node->blocks())
            work.push_back(inner);
          if (node->kind() != ir::prim::CallFunction)
            continue;
          auto callee = program.find(node->s("name"));
          if (!callee || !reasons[*callee].empty()) {
            reasons[i] = "calls '" + node->s("name") + "', which is not compiled natively";
            changed = true;
            break;
          }
        }
      }
    }
  }
  return reasons;
}

} // namespace tsc::codegen::jit
