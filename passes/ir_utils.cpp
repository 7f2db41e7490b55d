// passes/ir_utils.cpp - Constants, effect and raise queries, block splicing and node cloning for passes.
#include "passes/ir_utils.h"

#include "ir/assert.h"
#include "ir/op_registry.h"

#include <cstdint>
#include <limits>

namespace tsc::passes {

using ir::Node;
using ir::TypeKind;
using ir::TypePtr;

std::optional<Constant> constant_of(const ir::Value* v) {
  const Node* n = v->node();
  if (n->kind() != ir::prim::Constant)
    return std::nullopt;
  TypePtr t = v->type();
  const ir::AttributeValue* a = n->find_attribute("value");
  if (t->kind() == TypeKind::None)
    return a == nullptr ? std::optional<Constant>(Constant{}) : std::nullopt;
  if (a == nullptr)
    return std::nullopt;
  if (t->kind() == TypeKind::Int && std::holds_alternative<int64_t>(*a))
    return Constant(std::get<int64_t>(*a));
  if (t->kind() == TypeKind::Float && std::holds_alternative<double>(*a))
    return Constant(std::get<double>(*a));
  if (t->kind() == TypeKind::Bool && std::holds_alternative<bool>(*a))
    return Constant(std::get<bool>(*a));
  if (t->kind() == TypeKind::Str && std::holds_alternative<std::string>(*a))
    return Constant(std::get<std::string>(*a));
  return std::nullopt;
}

std::optional<bool> bool_constant(const ir::Value* v) {
  auto c = constant_of(v);
  if (!c || !std::holds_alternative<bool>(*c))
    return std::nullopt;
  return std::get<bool>(*c);
}

std::optional<int64_t> int_constant(const ir::Value* v) {
  auto c = constant_of(v);
  if (!c || !std::holds_alternative<int64_t>(*c))
    return std::nullopt;
  return std::get<int64_t>(*c);
}

TypePtr constant_type(const Constant& c) {
  switch (c.index()) {
  case 0:
    return ir::Type::none_type();
  case 1:
    return ir::Type::int_type();
  case 2:
    return ir::Type::float_type();
  case 3:
    return ir::Type::bool_type();
  default:
    return ir::Type::str_type();
  }
}

ir::Value* insert_constant_before(Node* before, const Constant& c, const ir::SourceRange& range) {
  Node* n = before->graph().create(ir::prim::Constant, {}, {constant_type(c)}, range);
  switch (c.index()) {
  case 0:
    break;
  case 1:
    n->set_attribute("value", std::get<int64_t>(c));
    break;
  case 2:
    n->set_attribute("value", std::get<double>(c));
    break;
  case 3:
    n->set_attribute("value", std::get<bool>(c));
    break;
  default:
    n->set_attribute("value", std::get<std::string>(c));
    break;
  }
  n->set_inlined_at(before->inlined_at());
  n->insert_before(before);
  return n->output();
}

bool is_scalar_type(TypePtr t) {
  switch (t->kind()) {
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::None:
    return true;
  case TypeKind::Any:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::List:
  case TypeKind::Tuple:
  case TypeKind::Dict:
  case TypeKind::Optional:
  case TypeKind::Class:
  case TypeKind::Var:
    return false;
  }
  return false;
}

bool is_immutable_type(TypePtr t) {
  if (is_scalar_type(t) || t->kind() == TypeKind::Number)
    return true;
  if (t->kind() == TypeKind::Optional || t->kind() == TypeKind::Tuple) {
    for (TypePtr c : t->contained()) {
      if (!is_immutable_type(c))
        return false;
    }
    return true;
  }
  return false;
}

namespace {
// Nodes without a schema that have no effect and cannot raise.
bool is_removable_structural(const Node* n) {
  ir::Symbol k = n->kind();
  if (k == ir::prim::Constant || k == ir::prim::ListConstruct || k == ir::prim::TupleConstruct ||
      k == ir::prim::DictConstruct || k == ir::prim::TupleSlice || k == ir::prim::TupleUnpack ||
      k == ir::prim::unchecked_cast || k == ir::prim::isinstance || k == ir::prim::Uninitialized ||
      k == ir::prim::CreateObject || k == ir::prim::GetAttr) {
    return true;
  }
  // A constant index is checked against the tuple's length when the program is loaded.
  if (k == ir::prim::TupleIndex)
    return int_constant(n->input(1)).has_value();
  return false;
}

bool block_removable(const ir::Block* b) {
  for (const Node* n : b->nodes()) {
    if (!is_removable(n))
      return false;
  }
  return true;
}
} // namespace

bool is_removable(const Node* n) {
  if (n->kind() == ir::prim::If)
    return block_removable(n->block(0)) && block_removable(n->block(1));
  if (n->kind() == ir::prim::Loop) {
    // A `while` may run forever; removing it would end a program that does not end.
    auto max = int_constant(n->input(0));
    if (max && *max == std::numeric_limits<int64_t>::max())
      return false;
    return block_removable(n->block(0));
  }
  if (!n->blocks().empty())
    return false;
  if (const ir::OpSchema* s = n->schema())
    return s->effect == ir::OpEffect::Pure && !s->may_raise;
  return is_removable_structural(n);
}

bool is_pure_immutable(const Node* n) {
  if (!n->blocks().empty() || n->num_outputs() == 0)
    return false;
  for (const ir::Value* o : n->outputs()) {
    if (!is_immutable_type(o->type()))
      return false;
  }
  for (const ir::Value* i : n->inputs()) {
    if (!is_immutable_type(i->type()))
      return false;
  }
  ir::Symbol k = n->kind();
  if (k == ir::prim::Constant || k == ir::prim::unchecked_cast || k == ir::prim::isinstance ||
      k == ir::prim::TupleIndex || k == ir::prim::TupleSlice || k == ir::prim::TupleUnpack) {
    return true;
  }
  const ir::OpSchema* s = n->schema();
  return s != nullptr && s->effect == ir::OpEffect::Pure;
}

bool defined_outside(const ir::Value* v, const Node* n) {
  for (const ir::Block* b = v->node()->owning_block(); b != nullptr;) {
    const Node* owner = b->owning_node();
    if (owner == n)
      return false;
    b = owner ? owner->owning_block() : nullptr;
  }
  return true;
}

size_t count_nodes(const ir::Block* b) {
  size_t count = 0;
  for (const Node* n : b->nodes()) {
    ++count;
    for (const ir::Block* nested : n->blocks())
      count += count_nodes(nested);
  }
  return count;
}

void splice_block_before(ir::Block* b, Node* owner) {
  for (Node* n = b->param_node()->next(); n != b->return_node();) {
    Node* next = n->next();
    n->move_before(owner);
    n = next;
  }
  for (size_t i = 0; i < owner->num_outputs(); ++i)
    owner->output(i)->replace_all_uses_with(b->outputs()[i]);
}

ir::Value* ValueMap::operator()(ir::Value* v) const {
  auto it = map_.find(v);
  return it == map_.end() ? v : it->second;
}

namespace {
void clone_block_into(const ir::Block* from, ir::Block* to, ValueMap& env) {
  for (size_t i = 0; i < from->params().size(); ++i) {
    ir::Value* p = to->add_param(from->params()[i]->type());
    if (!from->params()[i]->debug_name().empty())
      p->set_debug_name(from->params()[i]->debug_name());
    env.set(from->params()[i], p);
  }
  for (const Node* n : from->nodes())
    clone_node_before(n, to->return_node(), env);
  for (ir::Value* o : from->outputs())
    to->register_output(env(o));
}
} // namespace

Node* clone_node_before(const Node* n, Node* before, ValueMap& env) {
  ir::Graph& g = before->graph();
  std::vector<ir::Value*> inputs;
  for (ir::Value* v : n->inputs())
    inputs.push_back(env(v));
  std::vector<TypePtr> types;
  for (const ir::Value* o : n->outputs())
    types.push_back(o->type());
  Node* c = g.create(n->kind(), inputs, types, n->range());
  for (const ir::Attribute& a : n->attributes())
    c->set_attribute(a.name, a.value);
  c->set_schema(n->schema());
  if (&n->graph() == &g)
    c->set_inlined_at(n->inlined_at());
  for (size_t i = 0; i < n->num_outputs(); ++i) {
    if (!n->output(i)->debug_name().empty())
      c->output(i)->set_debug_name(n->output(i)->debug_name());
    env.set(n->output(i), c->output(i));
  }
  c->insert_before(before);
  env.on_clone(n, c);
  for (const ir::Block* b : n->blocks())
    clone_block_into(b, c->add_block(), env);
  return c;
}

} // namespace tsc::passes
