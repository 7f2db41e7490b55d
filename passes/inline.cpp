// passes/inline.cpp - Inlines calls of small non-recursive functions, keeping tracebacks intact.
//
// A prim::CallFunction (or prim::CallMethod on a class instance) is replaced
// by a copy of the callee's body when
//   - the callee is not part of a call cycle (recursive and mutually
//     recursive functions stay calls),
//   - its body has at most kMaxCalleeNodes nodes, and the caller stays under
//     kMaxCallerNodes (the size budget),
//   - every argument has exactly the parameter's type (or, for an Optional
//     parameter, its element type or None) and the returned value exactly the
//     call's type.
// Every copied node records where it was inlined (See Note [Inlined call
// stacks] in ir/graph.h), so a traceback through it shows the inlined
// function's frame with its own line, as without inlining.
#include "passes/inline.h"

#include "ir/module.h"
#include "passes/ir_utils.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tsc::passes {
namespace {

using ir::Block;
using ir::Node;

constexpr size_t kMaxCalleeNodes = 60;
constexpr size_t kMaxCallerNodes = 4000;

// The IR name of the function a call node calls, or empty.
std::string callee_name(const Node* n) {
  if (n->kind() == ir::prim::CallFunction)
    return n->s("name");
  if (n->kind() == ir::prim::CallMethod && n->num_inputs() > 0) {
    if (const ir::ClassType* cls = ir::as_class(n->input(0)->type()))
      return cls->name() + "." + n->s("name");
  }
  return {};
}

void collect_calls(const Block* b, std::vector<std::string>& out) {
  for (const Node* n : b->nodes()) {
    std::string name = callee_name(n);
    if (!name.empty())
      out.push_back(std::move(name));
    for (const Block* nested : n->blocks())
      collect_calls(nested, out);
  }
}

// Functions that can reach themselves through calls.
std::unordered_set<std::string> recursive_functions(const ir::Module& m) {
  std::unordered_map<std::string, std::vector<std::string>> edges;
  for (const auto& fn : m.functions())
    collect_calls(fn->graph->block(), edges[fn->name]);
  std::unordered_set<std::string> out;
  for (const auto& fn : m.functions()) {
    // Depth-first search from fn's callees for fn itself.
    std::unordered_set<std::string> seen;
    std::vector<const std::string*> stack;
    for (const std::string& c : edges[fn->name])
      stack.push_back(&c);
    while (!stack.empty()) {
      const std::string* cur = stack.back();
      stack.pop_back();
      if (*cur == fn->name) {
        out.insert(fn->name);
        break;
      }
      if (!seen.insert(*cur).second)
        continue;
      auto it = edges.find(*cur);
      if (it == edges.end())
        continue;
      for (const std::string& c : it->second)
        stack.push_back(&c);
    }
  }
  return out;
}

// Gives each copied node the call stack of its inlining (See Note [Inlined
// call stacks]): a node that was itself inlined into the callee keeps its
// chain, with the new call appended at the outer end.
class InlineMap final : public ValueMap {
 public:
  InlineMap(ir::Graph& caller, const ir::InlinedCallStack* entry) : caller_(caller), entry_(entry) {}
  void on_clone(const Node* original, Node* clone) override { clone->set_inlined_at(rebase(original->inlined_at())); }

 private:
  const ir::InlinedCallStack* rebase(const ir::InlinedCallStack* cs) {
    if (cs == nullptr)
      return entry_;
    auto it = memo_.find(cs);
    if (it != memo_.end())
      return it->second;
    const ir::InlinedCallStack* r = caller_.intern_call_stack(cs->function, cs->call_site, rebase(cs->parent));
    memo_.emplace(cs, r);
    return r;
  }
  ir::Graph& caller_;
  const ir::InlinedCallStack* entry_;
  std::unordered_map<const ir::InlinedCallStack*, const ir::InlinedCallStack*> memo_;
};

class Inliner final : public Pass {
 public:
  std::string_view name() const override { return "inline"; }

  PassResult run(ir::Function& fn, PassContext& ctx) override {
    if (ctx.module == nullptr)
      return PassResult::Unchanged;
    module_ = ctx.module;
    // Inlining keeps reachability, so this could be cached per module; it is cheap enough to recompute.
    recursive_ = recursive_functions(*module_);
    fn_ = &fn;
    size_ = count_nodes(fn.graph->block());
    changed_ = false;
    run_block(fn.graph->block());
    return changed_ ? PassResult::Changed : PassResult::Unchanged;
  }

 private:
  void run_block(Block* b) {
    for (Node* n = b->param_node()->next(); n != b->return_node();) {
      Node* next = n->next();
      for (Block* nested : n->blocks())
        run_block(nested);
      std::string name = callee_name(n);
      if (!name.empty()) {
        if (const ir::Function* callee = inlinable(*n, name))
          inline_call(n, *callee);
      }
      n = next;
    }
  }

  const ir::Function* inlinable(const Node& call, const std::string& name) const {
    const ir::Function* callee = module_->find_function(name);
    if (callee == nullptr || callee == fn_ || recursive_.count(name) || !callee->graph)
      return nullptr;
    const ir::Graph& g = *callee->graph;
    if (g.inputs().size() != call.num_inputs() || g.outputs().size() != 1 || call.num_outputs() > 1)
      return nullptr;
    for (size_t i = 0; i < call.num_inputs(); ++i) {
      ir::TypePtr arg = call.input(i)->type(), param = g.inputs()[i]->type();
      // An Optional parameter may receive its element type or None: the body
      // then sees the narrower type, which specialize-optional exploits.
      bool narrower_optional = param->kind() == ir::TypeKind::Optional && ir::is_subtype(arg, param);
      if (arg != param && !narrower_optional)
        return nullptr;
    }
    if (call.num_outputs() == 1 && call.output()->type() != g.outputs()[0]->type())
      return nullptr;
    size_t body = count_nodes(g.block());
    if (body > kMaxCalleeNodes || size_ + body > kMaxCallerNodes)
      return nullptr;
    return callee;
  }

  void inline_call(Node* call, const ir::Function& callee) {
    ir::Graph& g = *fn_->graph;
    const ir::InlinedCallStack* entry =
        g.intern_call_stack(callee.name, call->range(), call->inlined_at());
    InlineMap env(g, entry);
    const ir::Graph& body = *callee.graph;
    for (size_t i = 0; i < call->num_inputs(); ++i)
      env.set(body.inputs()[i], call->input(i));
    for (const Node* n : body.block()->nodes())
      clone_node_before(n, call, env);
    if (call->num_outputs() == 1)
      call->output()->replace_all_uses_with(env(body.outputs()[0]));
    call->erase();
    size_ += count_nodes(body.block());
    changed_ = true;
  }

  const ir::Module* module_ = nullptr;
  std::unordered_set<std::string> recursive_;
  ir::Function* fn_ = nullptr;
  size_t size_ = 0;
  bool changed_ = false;
};

} // namespace

std::unique_ptr<Pass> create_inline_pass() {
  return std::make_unique<Inliner>();
}

} // namespace tsc::passes
