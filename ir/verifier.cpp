// ir/verifier.cpp - Checks dominance, use lists, block arity, constants and op schemas.
#include "ir/verifier.h"

#include "ir/op_registry.h"
#include "ir/printer.h"

#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace tsc::ir {
namespace {

std::string quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('\'');
  out.append(s);
  out.push_back('\'');
  return out;
}

bool contains_var(TypePtr t) {
  if (t->kind() == TypeKind::Var)
    return true;
  for (TypePtr c : t->contained()) {
    if (contains_var(c))
      return true;
  }
  return false;
}

struct UseHash {
  size_t operator()(const Use& u) const noexcept {
    return std::hash<const void*>()(u.user) ^ (std::hash<size_t>()(u.index) * 0x9e3779b97f4a7c15ULL);
  }
};

// One pass over a function. Values become visible when defined and stop being
// visible when their block ends (see Note [Structured control flow] in
// ir/graph.h), so an input that is not visible at its use is either defined
// later, defined in a block that does not enclose the use, or foreign.
class Verifier {
public:
  Verifier(const Function& fn, DiagnosticEngine& diag) : fn_(fn), diag_(diag) {}

  bool run() {
    if (fn_.graph == nullptr) {
      diag_.error(fn_.range, "function " + quoted("@" + fn_.name) + " has no graph");
      return false;
    }
    const Graph& g = *fn_.graph;
    collect(g.block());
    check_signature(g);
    check_block(g.block(), nullptr);
    check_use_lists();
    check_return(g);
    return ok_;
  }

private:
  // ---- helpers ----

  std::string name(const Value* v) const {
    // Named lazily: well-formed IR, the common case, never needs the names.
    if (!names_)
      names_ = value_names(fn_);
    auto it = names_->find(v);
    std::string out = "%";
    if (it != names_->end())
      out += it->second;
    else
      out += v->debug_name().empty() ? std::string("<undefined>") : v->debug_name();
    return quoted(out);
  }

  const SourceRange& range_of(const Node* n) const { return n->range().is_valid() ? n->range() : fn_.range; }

  void error(const Node* n, std::string msg) {
    diag_.error(n != nullptr ? range_of(n) : fn_.range, std::move(msg));
    ok_ = false;
  }

  static std::string kind_of(const Node* n) { return quoted(n->kind().qualified()); }

  static std::string type_list(const std::vector<Value*>& values) {
    std::string out = "(";
    for (size_t i = 0; i < values.size(); ++i) {
      if (i)
        out += ", ";
      out += values[i]->type()->str();
    }
    out += ")";
    return out;
  }

  // Every node and value reachable from the top block, for telling a value
  // defined out of scope from one that is not in this function at all.
  void collect(const Block* b) {
    for (const Node* n = b->param_node(); n != nullptr; n = n->next()) {
      nodes_.insert(n);
      node_order_.push_back(n);
      for (const Value* v : n->outputs()) {
        defined_.insert(v);
        value_order_.push_back(v);
      }
      for (const Block* nested : n->blocks())
        collect(nested);
      if (n == b->return_node())
        break;
    }
  }

  // ---- structure and dominance ----

  void define(const Node* n, size_t i) {
    const Value* v = n->outputs()[i];
    if (v->node() != n || v->offset() != i) {
      error(n, "output " + std::to_string(i) + " of " + kind_of(n) + " does not point back to its node");
    }
    if (v->type() == nullptr) {
      error(n, "value " + name(v) + " has no type");
    } else if (contains_var(v->type())) {
      error(n, "value " + name(v) + " has the schema type variable type " + quoted(v->type()->str()));
    }
    visible_.insert(v);
    seen_.insert(v);
    scopes_.back().push_back(v);
  }

  void check_inputs(const Node* n) {
    for (size_t i = 0; i < n->num_inputs(); ++i) {
      const Value* v = n->input(i);
      if (visible_.count(v) != 0)
        continue;
      std::string what = n->kind() == prim::Return ? std::string("the block's return") : kind_of(n);
      if (defined_.count(v) == 0) {
        error(n, "value " + name(v) + " used by " + what + " is not defined in this function");
      } else if (seen_.count(v) != 0) {
        error(n, "value " + name(v) + " used by " + what + " is not visible here (its block has ended)");
      } else {
        error(n, "value " + name(v) + " used before it is defined");
      }
    }
  }

  void check_block(const Block* b, const Node* owner) {
    if (b->owning_node() != owner) {
      error(owner,
            "a block of " + (owner ? kind_of(owner) : std::string("the graph")) + " names another owner");
    }
    scopes_.emplace_back();
    const Node* param = b->param_node();
    for (size_t i = 0; i < param->num_outputs(); ++i)
      define(param, i);
    const Node* prev = param;
    for (const Node* n : b->nodes()) {
      if (n->owning_block() != b || n->prev() != prev) {
        error(n, kind_of(n) + " is not linked into its block correctly");
      }
      prev = n;
      check_inputs(n);
      check_node(n);
      for (const Block* nested : n->blocks())
        check_block(nested, n);
      for (size_t i = 0; i < n->num_outputs(); ++i)
        define(n, i);
    }
    check_inputs(b->return_node());
    for (const Value* v : scopes_.back())
      visible_.erase(v);
    scopes_.pop_back();
  }

  // ---- use lists ----

  // Every use recorded on a value must name a live node whose input is that
  // value, and every input of a live node must be recorded: together a bijection.
  void check_use_lists() {
    std::unordered_set<Use, UseHash> recorded;
    for (const Value* v : value_order_) {
      for (const Use& u : v->uses()) {
        if (nodes_.count(u.user) == 0) {
          error(v->node(), "value " + name(v) + " lists a use by a node that is not in this function");
          continue;
        }
        if (u.index >= u.user->num_inputs() || u.user->input(u.index) != v) {
          error(u.user, "use list of " + name(v) + " names input " + std::to_string(u.index) + " of " +
                            kind_of(u.user) + ", which is another value");
          continue;
        }
        if (!recorded.insert(u).second) {
          error(u.user, "use list of " + name(v) + " names input " + std::to_string(u.index) + " of " +
                            kind_of(u.user) + " twice");
        }
      }
    }
    for (const Node* n : node_order_) {
      for (size_t i = 0; i < n->num_inputs(); ++i) {
        if (defined_.count(n->input(i)) == 0)
          continue; // reported as undefined already
        if (recorded.count(Use{const_cast<Node*>(n), i}) == 0) {
          error(n, "input " + std::to_string(i) + " of " + kind_of(n) + " is missing from the use list of " +
                       name(n->input(i)));
        }
      }
    }
  }

  // ---- per-kind rules ----

  void check_node(const Node* n) {
    if (n->kind() == prim::If) {
      check_if(n);
    } else if (n->kind() == prim::Loop) {
      check_loop(n);
    } else if (n->kind() == prim::Constant) {
      check_constant(n);
    }
    check_schema(n);
  }

  void check_block_outputs(const Node* n, const Block* b, size_t first, const std::vector<Value*>& expected,
                           const char* which) {
    const auto& outs = b->outputs();
    for (size_t i = 0; i < expected.size() && first + i < outs.size(); ++i) {
      TypePtr got = outs[first + i]->type();
      if (!is_subtype(got, expected[i]->type())) {
        error(n, std::string(which) + " output " + std::to_string(first + i) + " of " + kind_of(n) + " is " +
                     quoted(got->str()) + " but the node's output " + name(expected[i]) + " is " +
                     quoted(expected[i]->type()->str()));
      }
    }
  }

  // prim::If(%cond : bool) with two parameterless blocks, each returning the If's outputs.
  void check_if(const Node* n) {
    if (n->num_inputs() != 1 || n->input(0)->type() != Type::bool_type()) {
      error(n, "prim::If takes one bool condition, got " + type_list(n->inputs()));
    }
    if (n->blocks().size() != 2) {
      error(n, "prim::If needs 2 blocks, has " + std::to_string(n->blocks().size()));
      return;
    }
    for (size_t bi = 0; bi < 2; ++bi) {
      const Block* b = n->block(bi);
      std::string which = "block" + std::to_string(bi);
      if (!b->params().empty())
        error(n, which + " of prim::If must not have parameters");
      if (b->outputs().size() != n->num_outputs()) {
        error(n, which + " of prim::If returns " + std::to_string(b->outputs().size()) +
                     " values but the node has " + std::to_string(n->num_outputs()) + " outputs");
        continue;
      }
      check_block_outputs(n, b, 0, n->outputs(), which.c_str());
    }
  }

  // prim::Loop(%max_trip : int, %cond : bool, %carried...) with
  // block0(%i : int, %carried...) -> (%next_cond : bool, %carried_next...);
  // the node's outputs are the carried values.
  void check_loop(const Node* n) {
    if (n->num_inputs() < 2 || n->input(0)->type() != Type::int_type() ||
        n->input(1)->type() != Type::bool_type()) {
      error(n, "prim::Loop takes (int max_trip_count, bool condition, carried...), got " +
                   type_list(n->inputs()));
      return;
    }
    size_t carried = n->num_inputs() - 2;
    if (n->num_outputs() != carried) {
      error(n, "prim::Loop carries " + std::to_string(carried) + " values but has " +
                   std::to_string(n->num_outputs()) + " outputs");
      return;
    }
    for (size_t i = 0; i < carried; ++i) {
      TypePtr in = n->input(2 + i)->type();
      if (!is_subtype(in, n->output(i)->type())) {
        error(n, "carried input " + name(n->input(2 + i)) + " of prim::Loop is " + quoted(in->str()) +
                     " but the output " + name(n->output(i)) + " is " + quoted(n->output(i)->type()->str()));
      }
    }
    if (n->blocks().size() != 1) {
      error(n, "prim::Loop needs 1 block, has " + std::to_string(n->blocks().size()));
      return;
    }
    const Block* b = n->block(0);
    if (b->params().size() != carried + 1) {
      error(n, "the block of prim::Loop needs " + std::to_string(carried + 1) +
                   " parameters (the iteration number and the carried values), has " +
                   std::to_string(b->params().size()));
    } else {
      if (b->params()[0]->type() != Type::int_type()) {
        error(n, "the iteration number " + name(b->params()[0]) + " of prim::Loop must be int");
      }
      for (size_t i = 0; i < carried; ++i) {
        if (b->params()[1 + i]->type() != n->output(i)->type()) {
          error(n, "block parameter " + name(b->params()[1 + i]) + " of prim::Loop is " +
                       quoted(b->params()[1 + i]->type()->str()) + " but the carried value is " +
                       quoted(n->output(i)->type()->str()));
        }
      }
    }
    if (b->outputs().size() != carried + 1) {
      error(n, "the block of prim::Loop returns " + std::to_string(b->outputs().size()) +
                   " values but needs " + std::to_string(carried + 1) +
                   " (the condition and the carried values)");
      return;
    }
    if (b->outputs()[0]->type() != Type::bool_type()) {
      error(n,
            "the loop condition " + name(b->outputs()[0]) + " returned by prim::Loop's block must be bool");
    }
    check_block_outputs(n, b, 1, n->outputs(), "block");
  }

  void check_constant(const Node* n) {
    if (n->num_inputs() != 0)
      error(n, "prim::Constant takes no inputs");
    if (n->num_outputs() != 1) {
      error(n, "prim::Constant has exactly one output");
      return;
    }
    TypePtr t = n->output()->type();
    const AttributeValue* value = n->find_attribute("value");
    if (t->is_none()) {
      if (value != nullptr)
        error(n, "a None prim::Constant has no 'value' attribute");
      return;
    }
    if (t->is_optional()) {
      if (value == nullptr)
        return; // None at an Optional type
      t = t->element();
    }
    bool matches = false;
    switch (t->kind()) {
    case TypeKind::Int:
      matches = value && std::holds_alternative<int64_t>(*value);
      break;
    case TypeKind::Float:
      matches = value && std::holds_alternative<double>(*value);
      break;
    case TypeKind::Bool:
      matches = value && std::holds_alternative<bool>(*value);
      break;
    case TypeKind::Str:
      matches = value && std::holds_alternative<std::string>(*value);
      break;
    case TypeKind::Any:
    case TypeKind::None:
    case TypeKind::Tensor:
    case TypeKind::Number:
    case TypeKind::List:
    case TypeKind::Tuple:
    case TypeKind::Dict:
    case TypeKind::Optional:
    case TypeKind::Class:
    case TypeKind::Var:
      error(n, "prim::Constant cannot have type " + quoted(n->output()->type()->str()));
      return;
    }
    if (!matches) {
      error(n, "prim::Constant of type " + quoted(n->output()->type()->str()) +
                   " needs a 'value' attribute of that type");
    }
  }

  // Registered ops carry the overload their input types select; unknown aten:: ops are errors.
  void check_schema(const Node* n) {
    const OpRegistry& registry = OpRegistry::global();
    const auto& overloads = registry.overloads(n->kind());
    if (overloads.empty()) {
      if (n->kind().ns() == "aten")
        error(n, "unknown operator " + kind_of(n));
      return;
    }
    const OpSchema* schema = n->schema();
    if (schema == nullptr) {
      error(n, "no overload of " + kind_of(n) + " accepts the input types " + type_list(n->inputs()));
      return;
    }
    if (schema->kind != n->kind()) {
      error(n, "node " + kind_of(n) + " carries the schema of " + quoted(schema->qualified_name()));
      return;
    }
    std::vector<TypePtr> input_types;
    for (const Value* v : n->inputs())
      input_types.push_back(v->type());
    auto match = match_node_inputs(*schema, input_types);
    if (!match) {
      error(n, "input types " + type_list(n->inputs()) + " do not match the schema " + quoted(schema->text));
      return;
    }
    if (match->return_types.size() != n->num_outputs()) {
      error(n, kind_of(n) + " has " + std::to_string(n->num_outputs()) + " outputs but its schema " +
                   quoted(schema->qualified_name()) + " returns " +
                   std::to_string(match->return_types.size()));
      return;
    }
    for (size_t i = 0; i < n->num_outputs(); ++i) {
      // An output may be a refinement of the schema's type (Float(2, 3) for Tensor).
      if (!is_subtype(match->return_types[i], unrefined(n->output(i)->type()))) {
        error(n, "output " + name(n->output(i)) + " of " + kind_of(n) + " is " +
                     quoted(n->output(i)->type()->str()) + " but the schema " +
                     quoted(schema->qualified_name()) + " returns " + quoted(match->return_types[i]->str()));
      }
    }
  }

  // ---- the function's signature ----

  void check_signature(const Graph& g) {
    const auto& inputs = g.inputs();
    if (inputs.size() != fn_.params.size()) {
      error(nullptr, "function " + quoted("@" + fn_.name) + " has " + std::to_string(fn_.params.size()) +
                         " parameters but its graph has " + std::to_string(inputs.size()) + " inputs");
      return;
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (inputs[i]->type() != fn_.params[i].type) {
        error(nullptr, "parameter " + quoted(fn_.params[i].name) + " is " +
                           quoted(fn_.params[i].type ? fn_.params[i].type->str() : "?") +
                           " but graph input " + name(inputs[i]) + " is " + quoted(inputs[i]->type()->str()));
      }
    }
  }

  void check_return(const Graph& g) {
    const auto& outputs = g.outputs();
    if (outputs.size() != 1) {
      error(nullptr, "the graph of " + quoted("@" + fn_.name) + " returns " + std::to_string(outputs.size()) +
                         " values instead of one");
      return;
    }
    if (fn_.return_type == nullptr) {
      error(nullptr, "function " + quoted("@" + fn_.name) + " has no return type");
      return;
    }
    TypePtr t = outputs[0]->type();
    if (!is_subtype(t, fn_.return_type)) {
      error(nullptr, "return value " + name(outputs[0]) + " is " + quoted(t->str()) + " but " +
                         quoted("@" + fn_.name) + " returns " + quoted(fn_.return_type->str()));
    }
  }

  const Function& fn_;
  DiagnosticEngine& diag_;
  mutable std::optional<std::unordered_map<const Value*, std::string>> names_;
  bool ok_ = true;
  // Reachable nodes and values, as sets and in program order (for stable messages).
  std::unordered_set<const Node*> nodes_;
  std::vector<const Node*> node_order_;
  std::vector<const Value*> value_order_;
  std::unordered_set<const Value*> defined_;
  std::unordered_set<const Value*> visible_;
  std::unordered_set<const Value*> seen_;
  std::vector<std::vector<const Value*>> scopes_;
};

} // namespace

bool verify(const Function& fn, DiagnosticEngine& diag) {
  return Verifier(fn, diag).run();
}

bool verify(const Module& module, DiagnosticEngine& diag) {
  bool ok = true;
  for (const auto& fn : module.functions())
    ok = verify(*fn, diag) && ok;
  return ok;
}

} // namespace tsc::ir
