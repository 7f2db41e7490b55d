// ir/graph.cpp - The arena graph: nodes, values, blocks and their use lists.
#include "ir/graph.h"

#include "ir/assert.h"

#include <algorithm>

namespace tsc::ir {

// Note [Topological positions]
// Every node carries an order key (topo_position_) that increases along its
// block, so is_before() is a comparison. Param sits at kLowerBound and Return
// at kUpperBound; a node linked in between takes a key between its neighbours
// (appends and prepends step by kAppendInterval so that building a block front
// to back never runs out of room), and when two neighbours are adjacent
// integers the whole block is renumbered, which is rare and linear.
namespace {
constexpr int64_t kLowerBound = -(int64_t{1} << 61);
constexpr int64_t kUpperBound = int64_t{1} << 61;
constexpr int64_t kAppendInterval = int64_t{1} << 40;

bool starts_with_digit(const std::string& s) {
  return !s.empty() && s[0] >= '0' && s[0] <= '9';
}
} // namespace

// ---------------------------------------------------------------------------
// Value

Value* Value::set_debug_name(std::string name) {
  TSC_ASSERT(!starts_with_digit(name), "debug names never start with a digit");
  debug_name_ = std::move(name);
  return this;
}

void Value::replace_all_uses_with(Value* other) {
  TSC_ASSERT(other != nullptr, "replace_all_uses_with(null)");
  if (other == this)
    return;
  for (const Use& u : uses_) {
    u.user->inputs_[u.index] = other;
    other->uses_.push_back(u);
  }
  uses_.clear();
}

// ---------------------------------------------------------------------------
// Node: inputs and outputs

namespace {
void remove_use(std::vector<Use>& uses, Node* user, size_t index) {
  // Search from the back: the most recent uses are the likeliest to go first.
  for (size_t i = uses.size(); i-- > 0;) {
    if (uses[i].user == user && uses[i].index == index) {
      uses.erase(uses.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
  TSC_UNREACHABLE("use list out of sync with the node's inputs");
}

void rename_use(std::vector<Use>& uses, Node* user, size_t from, size_t to) {
  for (Use& u : uses) {
    if (u.user == user && u.index == from) {
      u.index = to;
      return;
    }
  }
  TSC_UNREACHABLE("use list out of sync with the node's inputs");
}
} // namespace

Value* Node::add_input(Value* v) {
  TSC_ASSERT(v != nullptr, "add_input(null)");
  v->uses_.push_back({this, inputs_.size()});
  inputs_.push_back(v);
  return v;
}

void Node::replace_input(size_t i, Value* v) {
  TSC_ASSERT(i < inputs_.size() && v != nullptr, "replace_input out of range or with null");
  remove_use(inputs_[i]->uses_, this, i);
  inputs_[i] = v;
  v->uses_.push_back({this, i});
}

void Node::remove_input(size_t i) {
  TSC_ASSERT(i < inputs_.size(), "remove_input out of range");
  remove_use(inputs_[i]->uses_, this, i);
  for (size_t j = i + 1; j < inputs_.size(); ++j)
    rename_use(inputs_[j]->uses_, this, j, j - 1);
  inputs_.erase(inputs_.begin() + static_cast<std::ptrdiff_t>(i));
}

void Node::remove_all_inputs() {
  for (size_t i = 0; i < inputs_.size(); ++i)
    remove_use(inputs_[i]->uses_, this, i);
  inputs_.clear();
}

Value* Node::add_output(TypePtr type) {
  TSC_ASSERT(type != nullptr, "output without a type");
  Value* v = graph_->create_value(this, outputs_.size(), type);
  outputs_.push_back(v);
  return v;
}

void Node::erase_output(size_t i) {
  TSC_ASSERT(i < outputs_.size(), "erase_output out of range");
  TSC_ASSERT(!outputs_[i]->has_uses(), "erasing an output that is still used");
  outputs_.erase(outputs_.begin() + static_cast<std::ptrdiff_t>(i));
  for (size_t j = i; j < outputs_.size(); ++j)
    outputs_[j]->offset_ = j;
}

Block* Node::add_block() {
  TSC_ASSERT(!is_block_boundary(), "Param and Return nodes own no blocks");
  Block* b = graph_->create_block(this);
  blocks_.push_back(b);
  return b;
}

// ---------------------------------------------------------------------------
// Node: attributes

bool Node::has_attribute(std::string_view name) const {
  return find_attribute(name) != nullptr;
}

const AttributeValue* Node::find_attribute(std::string_view name) const {
  for (const Attribute& a : attributes_) {
    if (a.name == name)
      return &a.value;
  }
  return nullptr;
}

namespace {
template <typename T> const T& get_attribute(const Node& n, std::string_view name) {
  const AttributeValue* v = n.find_attribute(name);
  TSC_ASSERT(v != nullptr, "missing attribute");
  const T* typed = std::get_if<T>(v);
  TSC_ASSERT(typed != nullptr, "attribute has a different kind");
  return *typed;
}
} // namespace

int64_t Node::i(std::string_view name) const {
  return get_attribute<int64_t>(*this, name);
}
double Node::f(std::string_view name) const {
  return get_attribute<double>(*this, name);
}
bool Node::b(std::string_view name) const {
  return get_attribute<bool>(*this, name);
}
const std::string& Node::s(std::string_view name) const {
  return get_attribute<std::string>(*this, name);
}
TypePtr Node::ty(std::string_view name) const {
  return get_attribute<TypePtr>(*this, name);
}

Node* Node::set_attribute(std::string name, AttributeValue value) {
  for (Attribute& a : attributes_) {
    if (a.name == name) {
      a.value = std::move(value);
      return this;
    }
  }
  attributes_.push_back({std::move(name), std::move(value)});
  return this;
}

// ---------------------------------------------------------------------------
// Node: placement

void Node::link_before(Node* other) {
  TSC_ASSERT(owning_block_ == nullptr, "inserting a node that is already in a block");
  TSC_ASSERT(other != nullptr && other->owning_block_ != nullptr,
             "inserting next to a node that is not in a block");
  TSC_ASSERT(other->kind_ != prim::Param, "inserting before a block's Param node");
  TSC_ASSERT(other->graph_ == graph_, "inserting a node into another graph");
  prev_ = other->prev_;
  next_ = other;
  prev_->next_ = this;
  other->prev_ = this;
  owning_block_ = other->owning_block_;
  assign_topo_position();
}

void Node::assign_topo_position() {
  int64_t lo = prev_->topo_position_;
  int64_t hi = next_->topo_position_;
  if (next_->kind_ == prim::Return && hi - lo > kAppendInterval) {
    topo_position_ = lo + kAppendInterval;
  } else if (prev_->kind_ == prim::Param && hi - lo > kAppendInterval) {
    topo_position_ = hi - kAppendInterval;
  } else if (hi - lo > 1) {
    topo_position_ = lo + (hi - lo) / 2;
  } else {
    // No room left between the neighbours: spread the whole block out again.
    Block* b = owning_block_;
    int64_t count = 0;
    for (Node* n = b->param_->next_; n != b->return_; n = n->next_)
      ++count;
    int64_t step = std::min(kAppendInterval, (kUpperBound - kLowerBound) / (count + 1));
    TSC_ASSERT(step >= 2, "block too large to order");
    int64_t pos = kLowerBound;
    for (Node* n = b->param_->next_; n != b->return_; n = n->next_)
      n->topo_position_ = pos += step;
  }
}

Node* Node::insert_before(Node* other) {
  link_before(other);
  return this;
}

Node* Node::insert_after(Node* other) {
  TSC_ASSERT(other != nullptr && other->kind_ != prim::Return, "inserting after a block's Return node");
  TSC_ASSERT(other->next_ != nullptr, "inserting next to a node that is not in a block");
  link_before(other->next_);
  return this;
}

void Node::move_before(Node* other) {
  TSC_ASSERT(owning_block_ != nullptr, "move_before of a node that is not in a block");
  TSC_ASSERT(!is_block_boundary(), "moving a block's Param or Return node");
  if (other == this)
    return;
  prev_->next_ = next_;
  next_->prev_ = prev_;
  prev_ = next_ = nullptr;
  owning_block_ = nullptr;
  link_before(other);
}

namespace {
// Drops every use made by the nodes of `b` (and of blocks nested in them),
// Param and Return included, so that the values they use forget them.
void drop_block_uses(Block* b) {
  for (Node* n = b->param_node(); n != nullptr; n = n->next()) {
    for (Block* nested : n->blocks())
      drop_block_uses(nested);
    n->remove_all_inputs();
  }
}
} // namespace

void Node::erase() {
  TSC_ASSERT(!is_block_boundary(), "erasing a block's Param or Return node");
  for (Value* out : outputs_)
    TSC_ASSERT(!out->has_uses(), "erasing a node whose output is still used");
  for (Block* b : blocks_)
    drop_block_uses(b);
  remove_all_inputs();
  if (owning_block_ != nullptr) {
    prev_->next_ = next_;
    next_->prev_ = prev_;
    prev_ = next_ = nullptr;
    owning_block_ = nullptr;
  }
}

bool Node::is_before(const Node* other) const {
  TSC_ASSERT(owning_block_ != nullptr && owning_block_ == other->owning_block_,
             "is_before of nodes that are not in the same block");
  return topo_position_ < other->topo_position_;
}

bool Node::is_block_boundary() const {
  return kind_ == prim::Param || kind_ == prim::Return;
}

// ---------------------------------------------------------------------------
// Block

Block::Block(Graph* graph, Node* owning_node) : graph_(graph), owning_node_(owning_node) {
  param_ = graph->create_raw(prim::Param);
  return_ = graph->create_raw(prim::Return);
  param_->next_ = return_;
  return_->prev_ = param_;
  param_->owning_block_ = this;
  return_->owning_block_ = this;
  param_->topo_position_ = kLowerBound;
  return_->topo_position_ = kUpperBound;
}

const std::vector<Value*>& Block::params() const {
  return param_->outputs();
}
const std::vector<Value*>& Block::outputs() const {
  return return_->inputs();
}
Value* Block::add_param(TypePtr type) {
  return param_->add_output(type);
}
void Block::register_output(Value* v) {
  return_->add_input(v);
}

Node* Block::append(Node* n) {
  return n->insert_before(return_);
}

// ---------------------------------------------------------------------------
// Graph

Graph::Graph() {
  top_ = create_block(nullptr);
  insert_before_ = top_->return_node();
}

Graph::~Graph() = default;

Node* Graph::create_raw(Symbol kind) {
  return nodes_.create([&](void* where) { return new (where) Node(this, kind); });
}

Value* Graph::create_value(Node* node, size_t offset, TypePtr type) {
  return values_.create([&](void* where) { return new (where) Value(node, offset, type); });
}

Block* Graph::create_block(Node* owner) {
  return blocks_.create([&](void* where) { return new (where) Block(this, owner); });
}

Value* Graph::add_input(TypePtr type, std::string debug_name) {
  Value* v = top_->add_param(type);
  if (!debug_name.empty())
    v->set_debug_name(std::move(debug_name));
  return v;
}

Node* Graph::create(Symbol kind, const std::vector<Value*>& inputs, const std::vector<TypePtr>& output_types,
                    SourceRange range) {
  TSC_ASSERT(kind != prim::Param && kind != prim::Return, "Param and Return nodes belong to blocks");
  Node* n = create_raw(kind);
  n->inputs_.reserve(inputs.size());
  for (Value* v : inputs)
    n->add_input(v);
  n->outputs_.reserve(output_types.size());
  for (TypePtr t : output_types)
    n->add_output(t);
  n->range_ = std::move(range);
  return n;
}

Node* Graph::insert(Symbol kind, const std::vector<Value*>& inputs, const std::vector<TypePtr>& output_types,
                    SourceRange range) {
  TSC_ASSERT(insert_before_ != nullptr, "no insertion point");
  return create(kind, inputs, output_types, std::move(range))->insert_before(insert_before_);
}

Value* Graph::insert_constant(int64_t v, SourceRange range) {
  return insert(prim::Constant, {}, {Type::int_type()}, std::move(range))
      ->set_attribute("value", v)
      ->output();
}

Value* Graph::insert_constant(double v, SourceRange range) {
  return insert(prim::Constant, {}, {Type::float_type()}, std::move(range))
      ->set_attribute("value", v)
      ->output();
}

Value* Graph::insert_constant(bool v, SourceRange range) {
  return insert(prim::Constant, {}, {Type::bool_type()}, std::move(range))
      ->set_attribute("value", v)
      ->output();
}

Value* Graph::insert_constant(std::string v, SourceRange range) {
  return insert(prim::Constant, {}, {Type::str_type()}, std::move(range))
      ->set_attribute("value", std::move(v))
      ->output();
}

Value* Graph::insert_none(SourceRange range) {
  return insert(prim::Constant, {}, {Type::none_type()}, std::move(range))->output();
}

const InlinedCallStack* Graph::intern_call_stack(std::string function, SourceRange call_site,
                                                 const InlinedCallStack* parent) {
  for (const auto& cs : call_stacks_) {
    if (cs->parent == parent && cs->function == function && cs->call_site.source == call_site.source &&
        cs->call_site.begin == call_site.begin && cs->call_site.line == call_site.line &&
        cs->call_site.col == call_site.col) {
      return cs.get();
    }
  }
  call_stacks_.push_back(
      std::make_unique<InlinedCallStack>(InlinedCallStack{std::move(function), std::move(call_site), parent}));
  return call_stacks_.back().get();
}

} // namespace tsc::ir
