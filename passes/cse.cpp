// passes/cse.cpp - Merges equal computations of immutable values.
//
// Only nodes that compute immutable values from immutable values merge
// (passes/ir_utils.h is_pure_immutable): two `[]` are distinct objects, and a
// read of a list (len, l[i]) may see a mutation in between, so neither ever
// merges. A node is replaced by an equal one that dominates it: earlier in
// the same block or in an enclosing block (a scoped table, one scope per block).
// Reads of tensors (x.dim(), x.item()) merge only in a graph that writes no
// tensor: see Note [Tensor mutation in passes] in passes/tensor_effects.h.
#include "passes/cse.h"

#include "passes/ir_utils.h"
#include "passes/tensor_effects.h"

#include <bit>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;

void append_attribute(std::string& key, const ir::AttributeValue& v) {
  key += std::to_string(v.index());
  key.push_back(':');
  switch (v.index()) {
  case 0:
    key += std::to_string(std::get<int64_t>(v));
    break;
  case 1: // bits, so that 0.0 and -0.0 (and nan payloads) stay apart
    key += std::to_string(std::bit_cast<uint64_t>(std::get<double>(v)));
    break;
  case 2:
    key += std::get<bool>(v) ? "1" : "0";
    break;
  case 3:
    key += std::to_string(std::get<std::string>(v).size());
    key.push_back(':');
    key += std::get<std::string>(v);
    break;
  default:
    key += std::get<ir::TypePtr>(v)->str();
    break;
  }
  key.push_back(';');
}

// Everything that makes two nodes compute the same: kind, schema, inputs,
// attributes and output types.
std::string key_of(const Node* n) {
  std::string key = std::to_string(n->kind().id()) + "|" +
                    std::to_string(reinterpret_cast<uintptr_t>(n->schema())) + "|";
  for (const ir::Value* v : n->inputs())
    key += std::to_string(reinterpret_cast<uintptr_t>(v)) + ",";
  key.push_back('|');
  for (const ir::Attribute& a : n->attributes()) {
    key += a.name;
    key.push_back('=');
    append_attribute(key, a.value);
  }
  key.push_back('|');
  for (const ir::Value* o : n->outputs())
    key += o->type()->str() + ",";
  return key;
}

class CommonSubexpressionElimination final : public Pass {
 public:
  std::string_view name() const override { return "cse"; }

  PassResult run(ir::Function& fn, PassContext&) override {
    changed_ = false;
    table_.clear();
    tensor_reads_ = !may_write_tensors(*fn.graph);
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    std::vector<std::string> added;
    for (Node* n = b->param_node()->next(); n != b->return_node();) {
      Node* next = n->next();
      for (Block* nested : n->blocks())
        run_block(nested);
      if (is_pure_immutable(n) || (tensor_reads_ && is_pure_tensor_read(n))) {
        std::string key = key_of(n);
        auto it = table_.find(key);
        if (it != table_.end()) {
          for (size_t i = 0; i < n->num_outputs(); ++i)
            n->output(i)->replace_all_uses_with(it->second->output(i));
          n->erase();
          changed_ = true;
        } else {
          table_.emplace(key, n);
          added.push_back(std::move(key));
        }
      }
      n = next;
    }
    // Leaving the block: its nodes no longer dominate what follows.
    for (const std::string& key : added)
      table_.erase(key);
  }

  std::unordered_map<std::string, Node*> table_;
  bool tensor_reads_ = false; // no tensor is written, so tensor reads may merge
  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_cse_pass() {
  return std::make_unique<CommonSubexpressionElimination>();
}

} // namespace tsc::passes
