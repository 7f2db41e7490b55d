// ir/graph.h - The SSA graph: Graph owns Blocks of Nodes producing typed Values.
//
// Note [Structured control flow]
// As in TorchScript there is no CFG. prim::If(%cond) owns two blocks without
// parameters; each block's return lists the If's outputs (they act as phis).
// prim::Loop(%max_trip_count, %initial_cond, %carried...) owns one block
//   block0(%i : int, %carried...) -> (%next_cond, %carried_next...)
// and its outputs are the final carried values. A `for` over a range passes the
// trip count and `true`; a `while` passes INT64_MAX and its first condition.
// A value is visible in the rest of its block and in blocks nested there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ir/arena.h"
#include "ir/source_range.h"
#include "ir/symbol.h"
#include "ir/type.h"

namespace tsc::ir {

class Block;
class Graph;
class Node;
struct OpSchema;

/// Where an inlined node came from. See Note [Inlined call stacks].
///
/// Note [Inlined call stacks]
/// When the inliner copies the body of `function` into a caller at the call
/// node `call_site`, every copied node points at one entry {function,
/// call_site, parent}, where `parent` is the call node's own entry (null when
/// the call was not itself inlined). A node's range stays in the inlined
/// function, so a traceback through it shows the same frames as the call
/// would have: the executing function at the outermost call site, then each
/// inlined function in turn, the innermost at the node's own range. Entries
/// are interned per graph (Graph::intern_call_stack) and live as long as it.
struct InlinedCallStack {
  std::string function;  ///< IR name of the inlined function ("f", "Counter.bump")
  SourceRange call_site; ///< the prim::CallFunction/CallMethod it replaced
  const InlinedCallStack* parent = nullptr;
};

/// One use of a value: input number `index` of `user`.
struct Use {
  Node* user;
  size_t index;
  bool operator==(const Use&) const = default;
};

/// An SSA value: an output of a node, or a block parameter (an output of the
/// block's prim::Param node).
class Value {
 public:
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;

  TypePtr type() const { return type_; }
  void set_type(TypePtr t) { type_ = t; }
  Node* node() const { return node_; }
  /// Position among node()->outputs().
  size_t offset() const { return offset_; }
  const std::vector<Use>& uses() const { return uses_; }
  bool has_uses() const { return !uses_.empty(); }

  /// Debug name from the source ("x"); empty for temporaries. Never starts with a digit.
  const std::string& debug_name() const { return debug_name_; }
  Value* set_debug_name(std::string name);

  /// Makes every user of this value use `other` instead.
  /// given %3 = f(%1) and %4 = g(%1), %1->replace_all_uses_with(%2) gives
  /// %3 = f(%2) and %4 = g(%2)
  void replace_all_uses_with(Value* other);

 private:
  friend class Node;
  friend class Graph;
  Value(Node* node, size_t offset, TypePtr type) : node_(node), offset_(offset), type_(type) {}
  Node* node_;
  size_t offset_;
  TypePtr type_;
  std::vector<Use> uses_;
  std::string debug_name_;
};

/// A node attribute ([value=1], [name="count"]).
using AttributeValue = std::variant<int64_t, double, bool, std::string, TypePtr>;

struct Attribute {
  std::string name;
  AttributeValue value;
};

/// One operation. Nodes live in a Graph's arena and in one Block's list.
class Node {
 public:
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;

  Symbol kind() const { return kind_; }
  const SourceRange& range() const { return range_; }
  void set_range(SourceRange r) { range_ = std::move(r); }
  /// The inlining this node came from (null when it was not inlined); owned
  /// by graph(). See Note [Inlined call stacks].
  const InlinedCallStack* inlined_at() const { return inlined_at_; }
  void set_inlined_at(const InlinedCallStack* cs) { inlined_at_ = cs; }
  Graph& graph() const { return *graph_; }
  /// The block containing this node (null once erased or before insertion).
  Block* owning_block() const { return owning_block_; }
  Node* next() const { return next_; }
  Node* prev() const { return prev_; }

  /// The resolved operator overload for aten:: and other registered ops (null for
  /// prim:: control-flow/structure nodes). See ir/op_registry.h.
  const OpSchema* schema() const { return schema_; }
  void set_schema(const OpSchema* s) { schema_ = s; }

  // ---- inputs ----
  const std::vector<Value*>& inputs() const { return inputs_; }
  Value* input(size_t i) const { return inputs_.at(i); }
  size_t num_inputs() const { return inputs_.size(); }
  Value* add_input(Value* v);
  /// given %3 = f(%1, %2), replace_input(1, %4) gives %3 = f(%1, %4)
  void replace_input(size_t i, Value* v);
  void remove_input(size_t i);
  void remove_all_inputs();

  // ---- outputs ----
  const std::vector<Value*>& outputs() const { return outputs_; }
  Value* output(size_t i = 0) const { return outputs_.at(i); }
  size_t num_outputs() const { return outputs_.size(); }
  Value* add_output(TypePtr type);
  /// Removes output i. Precondition: it has no uses.
  void erase_output(size_t i);

  // ---- blocks ----
  const std::vector<Block*>& blocks() const { return blocks_; }
  Block* block(size_t i) const { return blocks_.at(i); }
  Block* add_block();

  // ---- attributes ----
  const std::vector<Attribute>& attributes() const { return attributes_; }
  bool has_attribute(std::string_view name) const;
  const AttributeValue* find_attribute(std::string_view name) const;
  /// Typed getters; precondition: present with that alternative.
  int64_t i(std::string_view name) const;
  double f(std::string_view name) const;
  bool b(std::string_view name) const;
  const std::string& s(std::string_view name) const;
  TypePtr ty(std::string_view name) const;
  /// Sets (or replaces) an attribute; attributes print in insertion order.
  Node* set_attribute(std::string name, AttributeValue value);

  // ---- placement ----
  /// Inserts this (unlinked) node before/after `other` in other's block.
  Node* insert_before(Node* other);
  Node* insert_after(Node* other);
  /// Moves this (linked) node to just before `other`.
  void move_before(Node* other);
  /// Unlinks the node in O(1) and drops its input uses and its blocks' nodes.
  /// Precondition: no output has uses. The arena reclaims memory with the graph.
  void erase();

  /// True when this node comes before `other` in the same block.
  bool is_before(const Node* other) const;
  /// True for prim::Param and prim::Return.
  bool is_block_boundary() const;

 private:
  friend class Graph;
  friend class Block;
  friend class Value;  // replace_all_uses_with rewrites inputs in place
  Node(Graph* graph, Symbol kind) : graph_(graph), kind_(kind) {}
  Graph* graph_;
  Symbol kind_;
  SourceRange range_;
  const InlinedCallStack* inlined_at_ = nullptr;
  const OpSchema* schema_ = nullptr;
  std::vector<Value*> inputs_;
  std::vector<Value*> outputs_;
  std::vector<Block*> blocks_;
  std::vector<Attribute> attributes_;
  Block* owning_block_ = nullptr;
  Node* prev_ = nullptr;
  Node* next_ = nullptr;
  // Order key within the owning block, for O(1) is_before. See Note
  // [Topological positions] in graph.cpp.
  int64_t topo_position_ = 0;
  void link_before(Node* other);
  void assign_topo_position();
};

/// A list of nodes between a prim::Param node (whose outputs are the block
/// parameters) and a prim::Return node (whose inputs are the block outputs).
class Block {
 public:
  Block(const Block&) = delete;
  Block& operator=(const Block&) = delete;

  Graph& graph() const { return *graph_; }
  /// The node that owns this block (null for the graph's top block).
  Node* owning_node() const { return owning_node_; }

  Node* param_node() const { return param_; }
  Node* return_node() const { return return_; }
  const std::vector<Value*>& params() const;
  const std::vector<Value*>& outputs() const;
  Value* add_param(TypePtr type);
  void register_output(Value* v);

  /// Iteration over the nodes strictly between Param and Return:
  /// for (Node* n : block->nodes()) ... (safe against erasing the current node
  /// only if the caller saves next() first).
  class NodeIterator {
   public:
    explicit NodeIterator(Node* n) : n_(n) {}
    Node* operator*() const { return n_; }
    NodeIterator& operator++() {
      n_ = n_->next();
      return *this;
    }
    bool operator!=(const NodeIterator& o) const { return n_ != o.n_; }
    bool operator==(const NodeIterator& o) const { return n_ == o.n_; }

   private:
    Node* n_;
  };
  struct NodeRange {
    Node* first;
    Node* last;  // the Return node (exclusive end)
    NodeIterator begin() const { return NodeIterator(first); }
    NodeIterator end() const { return NodeIterator(last); }
  };
  NodeRange nodes() const { return {param_->next(), return_}; }
  bool empty() const { return param_->next() == return_; }

  /// Appends an unlinked node before the Return node.
  Node* append(Node* n);

 private:
  friend class Graph;
  friend class Node;
  Block(Graph* graph, Node* owning_node);
  Graph* graph_;
  Node* owning_node_;
  Node* param_ = nullptr;
  Node* return_ = nullptr;
};

/// A function body. Owns every node, value and block created through it.
class Graph {
 public:
  Graph();
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  Block* block() const { return top_; }
  const std::vector<Value*>& inputs() const { return top_->params(); }
  const std::vector<Value*>& outputs() const { return top_->outputs(); }
  Value* add_input(TypePtr type, std::string debug_name = {});
  void register_output(Value* v) { top_->register_output(v); }

  /// Creates an unlinked node with `num_outputs` outputs of the given types.
  Node* create(Symbol kind, const std::vector<Value*>& inputs,
               const std::vector<TypePtr>& output_types, SourceRange range = {});

  /// Insertion point for the builder helpers below: new nodes go before `n`
  /// (by default, the end of the top block).
  void set_insertion_point(Node* before) { insert_before_ = before; }
  /// New nodes go at the end of `b` (before its Return node).
  void set_insertion_point_end(Block* b) { insert_before_ = b->return_node(); }
  Node* insertion_point() const { return insert_before_; }
  /// create() + insert at the insertion point.
  Node* insert(Symbol kind, const std::vector<Value*>& inputs,
               const std::vector<TypePtr>& output_types, SourceRange range = {});

  /// Inserts a prim::Constant at the insertion point.
  Value* insert_constant(int64_t v, SourceRange range = {});
  Value* insert_constant(double v, SourceRange range = {});
  Value* insert_constant(bool v, SourceRange range = {});
  Value* insert_constant(std::string v, SourceRange range = {});
  /// Overloads that keep literals from converting to the wrong alternative
  /// (a string literal would otherwise pick bool, an int literal be ambiguous).
  Value* insert_constant(const char* v, SourceRange range = {}) {
    return insert_constant(std::string(v), std::move(range));
  }
  Value* insert_constant(int v, SourceRange range = {}) {
    return insert_constant(static_cast<int64_t>(v), std::move(range));
  }
  Value* insert_none(SourceRange range = {});

  /// The entry {function, call_site, parent} owned by this graph, created on
  /// first request; equal requests give the same pointer. `parent` must be
  /// null or an entry of this graph. See Note [Inlined call stacks].
  const InlinedCallStack* intern_call_stack(std::string function, SourceRange call_site,
                                            const InlinedCallStack* parent);

 private:
  friend class Node;
  friend class Block;
  Block* create_block(Node* owner);
  Value* create_value(Node* node, size_t offset, TypePtr type);
  Node* create_raw(Symbol kind);

  // Every node, value and block of this graph; freed together with it.
  Arena<Node> nodes_;
  Arena<Value> values_;
  Arena<Block> blocks_;
  Block* top_ = nullptr;
  Node* insert_before_ = nullptr;
  std::vector<std::unique_ptr<InlinedCallStack>> call_stacks_;
};

}  // namespace tsc::ir
