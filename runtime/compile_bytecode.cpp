// runtime/compile_bytecode.cpp - Compiles an IR function to register bytecode: registers, jumps, moves,
// kernels.
#include "runtime/bytecode.h"

#include "ir/assert.h"
#include "ir/op_registry.h"
#include "runtime/dict.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace tsc::runtime {
namespace {

using ir::Node;
using ir::TypeKind;

bool is_scalar_type(ir::TypePtr t) {
  switch (t->kind()) {
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::None:
    return true;
  case TypeKind::Any:
  case TypeKind::Str:
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

// Schemas with an instruction of their own (see Note [Register types]: their
// operands and results are scalars or lists whose registers are typed).
const std::unordered_map<std::string_view, Opcode>& specialised_ops() {
  static const std::unordered_map<std::string_view, Opcode> table = {
      {"aten::add.int", Opcode::AddInt},        {"aten::sub.int", Opcode::SubInt},
      {"aten::mul.int", Opcode::MulInt},        {"aten::floordiv.int", Opcode::FloorDivInt},
      {"aten::remainder.int", Opcode::ModInt},  {"aten::add.float", Opcode::AddFloat},
      {"aten::sub.float", Opcode::SubFloat},    {"aten::mul.float", Opcode::MulFloat},
      {"aten::div.float", Opcode::DivFloat},    {"aten::lt.int", Opcode::LtInt},
      {"aten::le.int", Opcode::LeInt},          {"aten::gt.int", Opcode::GtInt},
      {"aten::ge.int", Opcode::GeInt},          {"aten::eq.int", Opcode::EqInt},
      {"aten::ne.int", Opcode::NeInt},          {"aten::lt.float", Opcode::LtFloat},
      {"aten::le.float", Opcode::LeFloat},      {"aten::gt.float", Opcode::GtFloat},
      {"aten::ge.float", Opcode::GeFloat},      {"aten::eq.float", Opcode::EqFloat},
      {"aten::ne.float", Opcode::NeFloat},      {"prim::min.int", Opcode::MinInt},
      {"prim::max.int", Opcode::MaxInt},        {"aten::__not__", Opcode::Not},
      {"aten::neg.int", Opcode::NegInt},        {"aten::neg.float", Opcode::NegFloat},
      {"aten::Float.int", Opcode::IntToFloat},  {"aten::len.t", Opcode::ListLen},
      {"aten::__getitem__.t", Opcode::ListGet}, {"aten::_set_item.t", Opcode::ListSet},
      {"aten::append.t", Opcode::ListAppend},
  };
  return table;
}

// The compare instruction each fused compare-and-branch replaces.
Opcode fused_branch(Opcode compare) {
  static constexpr std::pair<Opcode, Opcode> kFused[] = {
      {Opcode::LtInt, Opcode::JumpIfNotLtInt}, {Opcode::LeInt, Opcode::JumpIfNotLeInt},
      {Opcode::GtInt, Opcode::JumpIfNotGtInt}, {Opcode::GeInt, Opcode::JumpIfNotGeInt},
      {Opcode::EqInt, Opcode::JumpIfNotEqInt}, {Opcode::NeInt, Opcode::JumpIfNotNeInt},
  };
  for (auto [cmp, branch] : kFused) {
    if (cmp == compare)
      return branch;
  }
  return Opcode::NumOpcodes;
}

} // namespace

Value default_to_value(const ir::DefaultValue& d) {
  switch (d.index()) {
  case 0:
    return Value();
  case 1:
    return Value::from_int(std::get<int64_t>(d));
  case 2:
    return Value::from_double(std::get<double>(d));
  case 3:
    return Value::from_bool(std::get<bool>(d));
  default:
    return Value::from_str(std::get<std::string>(d));
  }
}

namespace {

class Compiler {
public:
  Compiler(const ir::Function& fn, const FunctionTable& functions, CompiledFunction& out,
           ir::DiagnosticEngine& diag)
      : fn_(fn), functions_(functions), out_(out), diag_(diag) {}

  bool run() {
    out_.ir = &fn_;
    out_.display_name = traceback_name(fn_.name);
    const ir::Graph& g = *fn_.graph;
    out_.num_params = static_cast<uint32_t>(g.inputs().size());
    for (const ir::Value* p : g.inputs())
      define(p);
    compile_block(*g.block());
    if (!ok_)
      return false;
    const auto& outs = g.block()->outputs();
    TSC_ASSERT(outs.size() == 1, "a graph returns exactly one value");
    emit(Opcode::Return, {reg_of(outs[0])});
    thread_jumps_to_returns();
    out_.num_regs = static_cast<uint32_t>(heap_.size());
    // Constants no instruction reads (exit flags that threading removed) are not loaded.
    std::erase_if(out_.constants, [&](const auto& c) { return read_.count(c.first) == 0; });
    for (auto& c : out_.constants)
      (c.second.is_heap() ? out_.heap_constants : out_.scalar_constants).push_back(c);
    for (const ir::Value* p : g.inputs())
      out_.scalar_params.push_back(is_scalar_type(p->type()));
    for (uint32_t r = 0; r < heap_.size(); ++r) {
      if (heap_[r])
        out_.heap_regs.push_back(r);
    }
    return ok_;
  }

private:
  // A Jump to a Return returns directly (both are two words).
  void thread_jumps_to_returns() {
    std::vector<uint32_t>& code = out_.code;
    size_t pc = 0;
    while (pc < code.size()) {
      auto op = static_cast<Opcode>(code[pc]);
      if (op == Opcode::Jump && static_cast<Opcode>(code[code[pc + 1]]) == Opcode::Return) {
        code[pc] = static_cast<uint32_t>(Opcode::Return);
        code[pc + 1] = code[code[pc + 1] + 1];
      }
      pc += instruction_words(code.data() + pc);
    }
  }

  // ---- registers ----

  uint32_t fresh(bool heap) {
    heap_.push_back(heap);
    return static_cast<uint32_t>(heap_.size() - 1);
  }

  uint32_t define(const ir::Value* v) {
    // A value coalesced with a block output takes that register (See Note [Coalescing]).
    auto it = regs_.find(v);
    if (it != regs_.end())
      return it->second;
    uint32_t r = fresh(!is_scalar_type(v->type()));
    regs_[v] = r;
    return r;
  }

  // Note [Coalescing]
  // A block output computed in the block itself can be computed straight
  // into the register it is moved to: the If's output, or the loop's carried
  // parameter (its other uses, all in the block, then read that register). For a carried parameter that is
  // only safe when no later node of the body reads the parameter (the new value would overwrite it too
  // early). Registers are shared only between values of the same heap-ness (See Note [Register types]). An
  // If's outputs may take a carried register too: its branches write them only at their ends, after every
  // read of the parameter inside them. Such a register then takes no further coalescing inside the branches,
  // which would write it before those reads (carried_regs_).
  bool coalescable(const ir::Value* v, const ir::Block& block, uint32_t target) const {
    const Node* def = v->node();
    // Constants share registers; uninitialized values keep their own (moves from them are dropped).
    if (def->owning_block() != &block || def->kind() == ir::prim::Constant ||
        def->kind() == ir::prim::Uninitialized) {
      return false;
    }
    if (!def->blocks().empty() && def->kind() != ir::prim::If)
      return false;
    if (regs_.count(v) || carried_regs_.count(target))
      return false;
    return heap_[target] == !is_scalar_type(v->type());
  }

  // True when every use of `p` is in `def` or in a node of `block` before it.
  static bool all_uses_before(const ir::Value* p, const Node* def, const ir::Block& block) {
    for (const ir::Use& u : p->uses()) {
      const Node* user = u.user;
      while (user != nullptr && user->owning_block() != &block) {
        const ir::Block* b = user->owning_block();
        user = b ? b->owning_node() : nullptr;
      }
      if (user == nullptr || user->is_block_boundary())
        return false;
      if (user != def && !user->is_before(def))
        return false;
    }
    return true;
  }

  void bind(const ir::Value* v, uint32_t r) { regs_[v] = r; }

  uint32_t reg_of(const ir::Value* v) {
    auto it = regs_.find(v);
    TSC_ASSERT(it != regs_.end(), "value used before its definition (the IR was not verified)");
    read_.insert(it->second);
    return it->second;
  }

  bool is_scalar_reg(uint32_t r) const { return !heap_[r]; }

  uint32_t constant_reg(Value v) {
    // The key: a kind letter, then the value's bits or text.
    std::string key(1, 'n');
    switch (v.tag()) {
    case Tag::None:
      break;
    case Tag::Bool:
      key[0] = 'b';
      key += std::to_string(v.to_int());
      break;
    case Tag::Int:
      key[0] = 'i';
      key += std::to_string(v.to_int());
      break;
    case Tag::Double:
      key[0] = 'd';
      key += std::to_string(std::bit_cast<uint64_t>(v.to_double()));
      break;
    case Tag::Str:
      key[0] = 's';
      key += v.str_view();
      break;
    case Tag::Tensor:
    case Tag::List:
    case Tag::Tuple:
    case Tag::Dict:
    case Tag::Object:
    case Tag::Function:
      TSC_UNREACHABLE("constants are None, bool, int, float or str");
    }
    auto it = constants_.find(key);
    if (it != constants_.end())
      return it->second;
    uint32_t r = fresh(v.is_heap());
    out_.constants.emplace_back(r, std::move(v));
    constants_.emplace(std::move(key), r);
    return r;
  }

  // ---- emission ----

  uint32_t here() const { return static_cast<uint32_t>(out_.code.size()); }

  // Marks this position as a jump target (see emit_condition_jump).
  uint32_t label() {
    last_label_ = out_.code.size();
    return here();
  }

  void emit(Opcode op, std::initializer_list<uint32_t> operands) {
    last_op_at_ = out_.code.size();
    out_.code.push_back(static_cast<uint32_t>(op));
    out_.code.insert(out_.code.end(), operands.begin(), operands.end());
  }

  void emit_words(const std::vector<uint32_t>& words) {
    out_.code.insert(out_.code.end(), words.begin(), words.end());
  }

  // Drops the code from `size` on, with the locations that pointed into it
  // (node_at's binary search needs them in increasing order; one left past
  // the end would claim the instructions emitted there next).
  void truncate(size_t size) {
    out_.code.resize(size);
    while (!out_.locations.empty() && out_.locations.back().first >= size)
      out_.locations.pop_back();
  }

  void locate(const Node& n) {
    if (out_.locations.empty() || out_.locations.back().first != here()) {
      out_.locations.emplace_back(here(), &n);
    } else {
      out_.locations.back().second = &n;
    }
  }

  void move(uint32_t dst, uint32_t src) {
    if (dst == src)
      return;
    emit(is_scalar_reg(dst) && is_scalar_reg(src) ? Opcode::MoveScalar : Opcode::Move, {dst, src});
  }

  // Assigns dsts[i] = srcs[i] for all i at once (a source may be another
  // move's destination, as when a loop swaps its carried values).
  void parallel_move(std::vector<uint32_t> dsts, std::vector<uint32_t> srcs) {
    // An uninitialized value is never read: its destination need not change.
    for (size_t i = 0; i < srcs.size(); ++i) {
      if (uninitialized_.count(srcs[i]))
        srcs[i] = dsts[i];
    }
    for (size_t i = 0; i < srcs.size(); ++i) {
      if (srcs[i] == dsts[i])
        continue;
      bool clobbered = false;
      for (size_t j = 0; j < dsts.size(); ++j) {
        if (j != i && dsts[j] == srcs[i] && srcs[j] != dsts[j])
          clobbered = true;
      }
      if (clobbered) {
        uint32_t tmp = fresh(!is_scalar_reg(srcs[i]));
        move(tmp, srcs[i]);
        srcs[i] = tmp;
      }
    }
    for (size_t i = 0; i < srcs.size(); ++i)
      move(dsts[i], srcs[i]);
  }

  void error(const Node& n, std::string message) {
    diag_.error(n.range(), std::move(message));
    ok_ = false;
  }

  // ---- blocks and nodes ----

  void compile_block(const ir::Block& b) {
    for (const Node* n = b.param_node()->next(); n != b.return_node(); n = n->next()) {
      // An If may consume the nodes after it (See Note [Branch threading]).
      if (n->kind() == ir::prim::If) {
        locate(*n);
        n = compile_if(*n, nullptr, nullptr);
      } else {
        compile_node(*n);
      }
      if (!ok_)
        return;
    }
  }

  void compile_node(const Node& n) {
    ir::Symbol k = n.kind();
    if (k == ir::prim::Constant)
      return compile_constant(n);
    locate(n);
    if (k == ir::prim::Loop)
      return compile_loop(n);
    if (k == ir::prim::Uninitialized) {
      // A value no path reads; None keeps the register free of stale references.
      uint32_t d = define(n.output());
      uninitialized_.insert(d);
      if (!is_scalar_reg(d))
        emit(Opcode::SetNone, {d});
      return;
    }
    if (k == ir::prim::unchecked_cast)
      return move(define(n.output()), reg_of(n.input(0)));
    if (k == ir::aten::__not__ && is_loop_condition_only(n.output())) {
      // `-> (not %flag, ...)`: the loop's LoopNextNot tests the flag itself.
      negated_conditions_[n.output()] = n.input(0);
      return;
    }
    if (k == ir::prim::ListConstruct || k == ir::prim::DictConstruct || k == ir::prim::TupleConstruct) {
      return compile_construct(n);
    }
    if (k == ir::prim::TupleIndex)
      return compile_tuple_index(n);
    if (k == ir::prim::TupleSlice) {
      uint32_t src = reg_of(n.input(0));
      emit(Opcode::TupleSlice,
           {define(n.output()), src, static_cast<uint32_t>(n.i("begin")), static_cast<uint32_t>(n.i("end"))});
      return;
    }
    if (k == ir::prim::TupleUnpack || k == ir::prim::ListUnpack) {
      std::vector<uint32_t> words = {
          static_cast<uint32_t>(k == ir::prim::TupleUnpack ? Opcode::TupleUnpack : Opcode::ListUnpack),
          reg_of(n.input(0)), static_cast<uint32_t>(n.num_outputs())};
      for (const ir::Value* o : n.outputs())
        words.push_back(define(o));
      last_op_at_ = out_.code.size();
      emit_words(words);
      return;
    }
    if (k == ir::prim::CreateObject) {
      const ir::ClassType* cls = ir::as_class(n.output()->type());
      if (!cls)
        return error(n, "'prim::CreateObject' must produce a class instance");
      out_.classes.push_back(cls);
      emit(Opcode::CreateObject, {define(n.output()), static_cast<uint32_t>(out_.classes.size() - 1)});
      return;
    }
    if (k == ir::prim::GetAttr || k == ir::prim::SetAttr)
      return compile_attr(n);
    if (k == ir::prim::CallFunction || k == ir::prim::CallMethod)
      return compile_call(n);
    if (k == ir::prim::isinstance) {
      out_.types.push_back(n.ty("type"));
      uint32_t src = reg_of(n.input(0));
      emit(Opcode::IsInstance, {define(n.output()), src, static_cast<uint32_t>(out_.types.size() - 1)});
      return;
    }
    compile_op(n);
  }

  // True when `v` is used once, as the condition a loop body returns.
  static bool is_loop_condition_only(const ir::Value* v) {
    if (v->uses().size() != 1)
      return false;
    const ir::Use& u = v->uses()[0];
    if (u.user->kind() != ir::prim::Return || u.index != 0)
      return false;
    const ir::Block* b = u.user->owning_block();
    return b != nullptr && b->owning_node() != nullptr && b->owning_node()->kind() == ir::prim::Loop;
  }

  void compile_constant(const Node& n) {
    const ir::AttributeValue* attr = n.find_attribute("value");
    Value v;
    if (attr) {
      switch (attr->index()) {
      case 0:
        v = Value::from_int(std::get<int64_t>(*attr));
        break;
      case 1:
        v = Value::from_double(std::get<double>(*attr));
        break;
      case 2:
        v = Value::from_bool(std::get<bool>(*attr));
        break;
      case 3:
        v = Value::from_str(std::get<std::string>(*attr));
        break;
      default:
        return error(n, "unsupported constant");
      }
    }
    bind(n.output(), constant_reg(std::move(v)));
  }

  // Note [Branch threading]
  // The exit-flag lowering of break/continue/return produces
  //   %flag, %v = prim::If(%c) { -> (True, %x) } { -> (False, %y) }
  //   %n = aten::__not__(%flag)
  //   %r = prim::If(%n) { ... } { ... }
  // where each branch of the first If sets the flag to a constant. When the
  // flag has no other use, each branch of the first If jumps straight into
  // the block of the second that the flag selects; the flag, its negation and
  // the second test are never computed. Chains of such Ifs thread the same way.
  struct FollowUp {
    size_t index;         // the flag: an output of the first If
    bool negate;          // the second If tests not(flag)
    const Node* consumer; // the second If
  };

  static std::optional<bool> bool_constant(const ir::Value* v) {
    const Node* def = v->node();
    if (def->kind() != ir::prim::Constant)
      return std::nullopt;
    const ir::AttributeValue* a = def->find_attribute("value");
    if (!a || !std::holds_alternative<bool>(*a))
      return std::nullopt;
    return std::get<bool>(*a);
  }

  static std::optional<FollowUp> follow_up(const Node& n) {
    const Node* next = n.next();
    if (next == nullptr || next->is_block_boundary())
      return std::nullopt;
    const ir::Value* flag = nullptr;
    const ir::Value* cond = nullptr;
    const Node* consumer = nullptr;
    bool negate = false;
    if (next->kind() == ir::aten::__not__) {
      flag = next->input(0);
      cond = next->output();
      consumer = next->next();
      negate = true;
    } else if (next->kind() == ir::prim::If) {
      flag = next->input(0);
      cond = flag;
      consumer = next;
    } else {
      return std::nullopt;
    }
    if (consumer == nullptr || consumer->kind() != ir::prim::If || consumer->input(0) != cond)
      return std::nullopt;
    if (flag->node() != &n || flag->uses().size() != 1 || cond->uses().size() != 1)
      return std::nullopt;
    size_t index = flag->offset();
    for (const ir::Block* b : n.blocks()) {
      if (!bool_constant(b->outputs()[index]))
        return std::nullopt;
    }
    return FollowUp{index, negate, consumer};
  }

  // Compiles the If `n`. Without entry lists it tests its condition; with
  // them, the jumps in `then_entries`/`else_entries` lead into its blocks (it
  // is the consumer of a threaded flag). Returns the last node it compiled.
  const Node* compile_if(const Node& n, std::vector<size_t>* then_entries,
                         std::vector<size_t>* else_entries) {
    std::optional<FollowUp> follow = follow_up(n);
    std::vector<uint32_t> outs;
    for (const ir::Value* o : n.outputs())
      outs.push_back(define(o));
    size_t cond_jump = 0;
    if (then_entries == nullptr) {
      cond_jump = emit_condition_jump(n);
    } else {
      land(*then_entries);
    }
    std::vector<size_t> end_jumps, follow_then, follow_else;
    for (size_t b = 0; b < 2; ++b) {
      if (b == 1) {
        if (then_entries == nullptr) {
          out_.code[cond_jump] = label();
        } else {
          land(*else_entries);
        }
      }
      const ir::Block& block = *n.block(b);
      for (size_t i = 0; i < outs.size(); ++i) {
        if (follow && i == follow->index)
          continue;
        const ir::Value* v = block.outputs()[i];
        if (coalescable(v, block, outs[i]))
          bind(v, outs[i]);
      }
      compile_block(block);
      if (!ok_)
        return &n;
      std::vector<uint32_t> dsts, srcs;
      for (size_t i = 0; i < outs.size(); ++i) {
        if (follow && i == follow->index)
          continue;
        dsts.push_back(outs[i]);
        srcs.push_back(reg_of(block.outputs()[i]));
      }
      if (tail_return(n)) {
        emit(Opcode::Return, {reg_of(block.outputs()[0])});
        continue;
      }
      parallel_move(dsts, srcs);
      if (follow) {
        bool flag = *bool_constant(block.outputs()[follow->index]) != follow->negate;
        emit(Opcode::Jump, {0});
        (flag ? follow_then : follow_else).push_back(here() - 1);
      } else if (b == 0 && !(n.block(1)->empty() && outs.empty() && then_entries == nullptr) &&
                 !tail_return(n)) {
        emit(Opcode::Jump, {0});
        end_jumps.push_back(here() - 1);
      }
    }
    for (size_t at : end_jumps)
      out_.code[at] = label();
    if (!follow)
      return &n;
    locate(*follow->consumer);
    return compile_if(*follow->consumer, &follow_then, &follow_else);
  }

  // An If whose single output is what the function returns, as its last
  // node: each branch returns its value itself.
  bool tail_return(const Node& n) const {
    const ir::Block* top = fn_.graph->block();
    return n.owning_block() == top && n.next() == top->return_node() && n.num_outputs() == 1 &&
           top->outputs()[0] == n.output();
  }

  // Points the jumps at `sites` here. A jump that is the last instruction
  // emitted would land on the next one: it is dropped instead.
  void land(std::vector<size_t>& sites) {
    for (size_t& at : sites) {
      if (at + 1 == out_.code.size() && static_cast<Opcode>(out_.code[at - 1]) == Opcode::Jump) {
        truncate(at - 1);
        at = SIZE_MAX;
      }
    }
    uint32_t target = label();
    for (size_t at : sites) {
      if (at != SIZE_MAX)
        out_.code[at] = target;
    }
  }

  // Emits the test of an If's condition, jumping when it is false; returns
  // the position of the jump target to patch with the else block.
  size_t emit_condition_jump(const Node& n) {
    const ir::Value* cond = n.input(0);
    uint32_t cond_reg = reg_of(cond);
    // A comparison whose only use is this If branches directly, when nothing
    // jumps to the point between them (the end of an If whose last branch
    // computed the comparison into its output, for one).
    Opcode fused = Opcode::NumOpcodes;
    if (cond->uses().size() == 1 && last_op_at_ + 4 == out_.code.size() && last_label_ <= last_op_at_) {
      Opcode last = static_cast<Opcode>(out_.code[last_op_at_]);
      if (out_.code[last_op_at_ + 1] == cond_reg)
        fused = fused_branch(last);
    }
    if (fused != Opcode::NumOpcodes) {
      uint32_t a = out_.code[last_op_at_ + 2], b = out_.code[last_op_at_ + 3];
      truncate(last_op_at_);
      emit(fused, {a, b, 0});
    } else {
      emit(Opcode::JumpIfFalse, {cond_reg, 0});
    }
    return here() - 1;
  }

  std::vector<uint32_t> block_output_regs(const ir::Block& b, size_t skip = 0) {
    std::vector<uint32_t> regs;
    for (size_t i = skip; i < b.outputs().size(); ++i)
      regs.push_back(reg_of(b.outputs()[i]));
    return regs;
  }

  void compile_loop(const Node& n) {
    const ir::Block& body = *n.block(0);
    uint32_t max_reg = reg_of(n.input(0));
    uint32_t init_cond = reg_of(n.input(1));
    uint32_t index = define(body.params()[0]);
    std::vector<uint32_t> carried;
    for (size_t i = 1; i < body.params().size(); ++i)
      carried.push_back(define(body.params()[i]));
    // The loop's outputs are its carried parameters' final values.
    for (size_t i = 0; i < n.num_outputs(); ++i)
      bind(n.output(i), carried[i]);
    std::vector<uint32_t> inits;
    for (size_t i = 2; i < n.num_inputs(); ++i)
      inits.push_back(reg_of(n.input(i)));
    parallel_move(carried, inits);
    emit(Opcode::LoopEnter, {index, max_reg, init_cond, 0});
    size_t exit_at = here() - 1;
    uint32_t top = label();
    for (size_t i = 1; i < body.outputs().size(); ++i) {
      const ir::Value* v = body.outputs()[i];
      const ir::Value* p = body.params()[i];
      if (coalescable(v, body, carried[i - 1]) && all_uses_before(p, v->node(), body)) {
        bind(v, carried[i - 1]);
        if (v->node()->kind() == ir::prim::If)
          carried_regs_.insert(carried[i - 1]);
      }
    }
    compile_block(body);
    if (!ok_)
      return;
    const ir::Value* cond_value = body.outputs()[0];
    Opcode next = Opcode::LoopNext;
    auto negated = negated_conditions_.find(cond_value);
    if (negated != negated_conditions_.end()) {
      next = Opcode::LoopNextNot;
      cond_value = negated->second;
    }
    uint32_t cond = reg_of(cond_value);
    std::vector<uint32_t> nexts = block_output_regs(body, 1);
    for (size_t i = 0; i < carried.size(); ++i) {
      // The moves below must not overwrite the condition before LoopNext reads it.
      if (carried[i] == cond && nexts[i] != cond && !uninitialized_.count(nexts[i])) {
        uint32_t tmp = fresh(false);
        move(tmp, cond);
        cond = tmp;
        break;
      }
    }
    parallel_move(carried, nexts);
    emit(next, {index, max_reg, cond, top});
    out_.code[exit_at] = label();
  }

  void compile_construct(const Node& n) {
    ir::Symbol k = n.kind();
    std::vector<uint32_t> inputs;
    for (const ir::Value* v : n.inputs())
      inputs.push_back(reg_of(v));
    uint32_t dst = define(n.output());
    std::vector<uint32_t> words;
    if (k == ir::prim::TupleConstruct) {
      words = {static_cast<uint32_t>(Opcode::TupleConstruct), dst, static_cast<uint32_t>(inputs.size())};
    } else {
      out_.types.push_back(n.output()->type());
      uint32_t type = static_cast<uint32_t>(out_.types.size() - 1);
      Opcode op = k == ir::prim::ListConstruct ? Opcode::ListConstruct : Opcode::DictConstruct;
      uint32_t count =
          static_cast<uint32_t>(k == ir::prim::ListConstruct ? inputs.size() : inputs.size() / 2);
      words = {static_cast<uint32_t>(op), dst, type, count};
    }
    words.insert(words.end(), inputs.begin(), inputs.end());
    last_op_at_ = out_.code.size();
    emit_words(words);
  }

  void compile_tuple_index(const Node& n) {
    uint32_t src = reg_of(n.input(0));
    const Node* index_def = n.input(1)->node();
    if (index_def->kind() == ir::prim::Constant && index_def->find_attribute("value") &&
        std::holds_alternative<int64_t>(*index_def->find_attribute("value"))) {
      int64_t k = index_def->i("value");
      int64_t size = static_cast<int64_t>(n.input(0)->type()->contained().size());
      if (k < 0)
        k += size;
      if (k < 0 || k >= size)
        return error(n, "tuple index out of range");
      emit(Opcode::TupleIndexConst, {define(n.output()), src, static_cast<uint32_t>(k)});
      return;
    }
    uint32_t index = reg_of(n.input(1));
    emit(Opcode::TupleIndex, {define(n.output()), src, index});
  }

  void compile_attr(const Node& n) {
    const ir::ClassType* cls = ir::as_class(n.input(0)->type());
    const std::string& name = n.s("name");
    std::optional<size_t> slot = cls ? cls->find_attribute(name) : std::nullopt;
    if (!slot)
      return error(n, "no attribute '" + name + "' on '" + n.input(0)->type()->str() + "'");
    uint32_t obj = reg_of(n.input(0));
    if (n.kind() == ir::prim::GetAttr) {
      emit(Opcode::GetAttr, {define(n.output()), obj, static_cast<uint32_t>(*slot)});
    } else {
      emit(Opcode::SetAttr, {obj, static_cast<uint32_t>(*slot), reg_of(n.input(1))});
    }
  }

  void compile_call(const Node& n) {
    std::string name = n.s("name");
    if (n.kind() == ir::prim::CallMethod) {
      const ir::ClassType* cls = n.num_inputs() > 0 ? ir::as_class(n.input(0)->type()) : nullptr;
      if (!cls)
        return error(n, "method call '" + name + "' on a value that is not a class instance");
      name = cls->name() + "." + name;
    }
    int64_t index = functions_.function_index(name);
    if (index < 0)
      return error(n, "call of unknown function '" + name + "'");
    std::vector<uint32_t> args;
    for (const ir::Value* v : n.inputs())
      args.push_back(reg_of(v));
    uint32_t dst = n.num_outputs() > 0 ? define(n.output()) : kNoReg;
    std::vector<uint32_t> words = {static_cast<uint32_t>(Opcode::Call), static_cast<uint32_t>(index), dst,
                                   static_cast<uint32_t>(args.size())};
    words.insert(words.end(), args.begin(), args.end());
    last_op_at_ = out_.code.size();
    emit_words(words);
  }

  void compile_op(const Node& n) {
    const ir::OpSchema* schema = n.schema();
    if (!schema) {
      std::vector<ir::TypePtr> types;
      for (const ir::Value* v : n.inputs())
        types.push_back(v->type());
      schema = ir::OpRegistry::global().resolve_exact(n.kind(), types);
    }
    if (!schema)
      return error(n, "the runtime cannot run '" + std::string(n.kind().qualified()) + "'");
    std::vector<uint32_t> inputs;
    for (const ir::Value* v : n.inputs())
      inputs.push_back(reg_of(v));
    // Trailing arguments left to their schema defaults.
    for (size_t i = inputs.size(); !schema->is_vararg && i < schema->arguments.size(); ++i) {
      const auto& d = schema->arguments[i].default_value;
      if (!d)
        return error(n, "missing argument '" + schema->arguments[i].name + "' of '" + schema->text + "'");
      inputs.push_back(constant_reg(default_to_value(*d)));
      read_.insert(inputs.back());
    }
    auto special = specialised_ops().find(schema->qualified_name());
    if (special != specialised_ops().end())
      return compile_specialised(n, special->second, inputs);
    // `s = s + t` in a loop, with the result coalesced into s's register:
    // CPython appends in place when s is not shared; so does StrAppend.
    if (schema->qualified_name() == "aten::add.str" && define(n.output()) == inputs[0]) {
      emit(Opcode::StrAppend, {inputs[0], inputs[1]});
      return;
    }
    Kernel fn = KernelRegistry::global().find(*schema);
    if (!fn)
      return error(n, "no kernel for '" + schema->qualified_name() + "'");
    out_.sites.push_back(KernelSite{fn, &n, schema});
    std::vector<uint32_t> words = {
        static_cast<uint32_t>(Opcode::CallKernel), static_cast<uint32_t>(out_.sites.size() - 1),
        static_cast<uint32_t>(inputs.size()), static_cast<uint32_t>(n.num_outputs())};
    words.insert(words.end(), inputs.begin(), inputs.end());
    // Kernels may read inputs after writing outputs: an output coalesced
    // with an input register (See Note [Coalescing]) goes through a temporary.
    std::vector<std::pair<uint32_t, uint32_t>> after;
    for (const ir::Value* o : n.outputs()) {
      uint32_t r = define(o);
      if (std::find(inputs.begin(), inputs.end(), r) != inputs.end()) {
        uint32_t tmp = fresh(heap_[r]);
        after.emplace_back(r, tmp);
        r = tmp;
      }
      words.push_back(r);
    }
    last_op_at_ = out_.code.size();
    emit_words(words);
    for (auto [dst, tmp] : after)
      move(dst, tmp);
  }

  uint32_t used_output(const Node& n) {
    return n.num_outputs() && n.output()->has_uses() ? define(n.output()) : kNoReg;
  }

  void compile_specialised(const Node& n, Opcode op, const std::vector<uint32_t>& in) {
    // These return the list they mutate; an unused result costs a reference
    // count round trip, so it is not written at all.
    if (op == Opcode::ListSet)
      return emit(op, {used_output(n), in[0], in[1], in[2]});
    if (op == Opcode::ListAppend)
      return emit(op, {used_output(n), in[0], in[1]});
    bool unary = op == Opcode::Not || op == Opcode::NegInt || op == Opcode::NegFloat ||
                 op == Opcode::IntToFloat || op == Opcode::ListLen;
    if (unary)
      return emit(op, {define(n.output()), in[0]});
    emit(op, {define(n.output()), in[0], in[1]});
  }

  const ir::Function& fn_;
  const FunctionTable& functions_;
  CompiledFunction& out_;
  ir::DiagnosticEngine& diag_;
  bool ok_ = true;
  std::unordered_map<const ir::Value*, uint32_t> regs_;
  std::vector<bool> heap_;
  std::unordered_map<std::string, uint32_t> constants_;
  std::unordered_set<uint32_t> read_;
  // Registers of prim::Uninitialized values.
  std::unordered_set<uint32_t> uninitialized_;
  // Carried registers that an If's output was coalesced with (see coalescable).
  std::unordered_set<uint32_t> carried_regs_;
  // Loop conditions `not %flag` left to LoopNextNot: condition -> flag.
  std::unordered_map<const ir::Value*, const ir::Value*> negated_conditions_;
  size_t last_op_at_ = SIZE_MAX - 8;
  size_t last_label_ = 0; // the latest position a jump lands on
};

} // namespace

const ir::Node* CompiledFunction::node_at(uint32_t offset) const {
  auto it = std::upper_bound(locations.begin(), locations.end(), offset,
                             [](uint32_t off, const auto& entry) { return off < entry.first; });
  if (it == locations.begin())
    return nullptr;
  return std::prev(it)->second;
}

std::string traceback_name(std::string_view ir_name) {
  size_t dot = ir_name.rfind('.');
  return std::string(dot == std::string_view::npos ? ir_name : ir_name.substr(dot + 1));
}

bool compile_function(const ir::Function& fn, const FunctionTable& functions, CompiledFunction& out,
                      ir::DiagnosticEngine& diag) {
  return Compiler(fn, functions, out, diag).run();
}

} // namespace tsc::runtime
