// codegen/llvm/lower.cpp - IR to LLVM IR: scalar and list ops inline, every other op through its runtime
// kernel.
//
// Note [Native lowering]
// Structured IR maps onto LLVM directly: prim::If becomes a diamond whose
// merge block has one phi per output, prim::Loop a loop whose header phis
// are the index and the carried values (the loop runs while its condition
// holds and index < max trip count, as the interpreter's LoopEnter/LoopNext),
// a call a direct fastcc call. Hot ops (int arithmetic with overflow checks,
// Python's floor division and modulo, float arithmetic, comparisons, sqrt,
// range loops, list length, indexing and stores) are emitted inline with the
// interpreter's exact semantics and messages; every other op calls the same
// runtime kernel the interpreter calls, on a buffer of Values, so the results
// and errors are the interpreter's by construction.
// Lists follow the interpreter's register discipline (See Note [Register
// types] in runtime/bytecode.h): every list value a function defines gets a
// slot that owns one reference, dropped when the slot is overwritten (the next
// time the defining node runs) and when the function returns. Parameters are
// borrowed from the caller, and values that are the same list as another one
// (the result of append or _set_item) share its slot.
#include "codegen/llvm/lower.h"

#include "codegen/llvm/subset.h"
#include "ir/op_registry.h"
#include "runtime/kernel_registry.h"

#include <llvm/IR/BasicBlock.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/MDBuilder.h>

#include <limits>
#include <unordered_map>

namespace tsc::codegen::jit {
namespace {

using ir::TypeKind;
using ir::TypePtr;
using runtime::Tag;

uint32_t tag_of(TypePtr t) {
  switch (repr_of(t)) {
  case Repr::Int:
    return static_cast<uint32_t>(Tag::Int);
  case Repr::Float:
    return static_cast<uint32_t>(Tag::Double);
  case Repr::Bool:
    return static_cast<uint32_t>(Tag::Bool);
  case Repr::Str:
    return static_cast<uint32_t>(Tag::Str);
  case Repr::List:
    return static_cast<uint32_t>(Tag::List);
  case Repr::None:
  case Repr::Other:
    return static_cast<uint32_t>(Tag::None);
  }
  return static_cast<uint32_t>(Tag::None);
}

// ---- the program ----

class ProgramLowering {
public:
  ProgramLowering(const runtime::Program& program, llvm::LLVMContext& c, llvm::Module& m, SiteTable& sites)
      : program_(program), c_(c), m_(m), sites_(sites) {
    i1_ = llvm::Type::getInt1Ty(c);
    i8_ = llvm::Type::getInt8Ty(c);
    i32_ = llvm::Type::getInt32Ty(c);
    i64_ = llvm::Type::getInt64Ty(c);
    f64_ = llvm::Type::getDoubleTy(c);
    ptr_ = llvm::PointerType::get(c, 0);
    void_ = llvm::Type::getVoidTy(c);
    auto helper = [&](const char* name, llvm::Type* ret, std::vector<llvm::Type*> params) {
      llvm::Function* f = llvm::Function::Create(llvm::FunctionType::get(ret, params, false),
                                                 llvm::Function::ExternalLinkage, name, m_);
      f->addFnAttr(llvm::Attribute::NoUnwind);
      return f;
    };
    raise_ = helper("tsc_rt_raise", void_, {ptr_});
    raise_->addFnAttr(llvm::Attribute::Cold);
    trace_ = helper("tsc_rt_trace", void_, {ptr_});
    trace_->addFnAttr(llvm::Attribute::Cold);
    kernel_ = helper("tsc_rt_kernel", i1_, {ptr_, ptr_});
    incref_ = helper("tsc_rt_incref", void_, {ptr_});
    decref_ = helper("tsc_rt_decref", void_, {ptr_});
    list_construct_ = helper("tsc_rt_list_construct", ptr_, {ptr_, ptr_, i64_});
    list_append_ = helper("tsc_rt_list_append", i1_, {ptr_, ptr_, ptr_});
    list_set_ = helper("tsc_rt_list_set", void_, {ptr_, i64_, ptr_});
    list_repeat_ = helper("tsc_rt_list_repeat", ptr_, {ptr_, ptr_, i64_});
    llvm::MDBuilder md(c);
    llvm::MDNode* root = md.createTBAARoot("tsc");
    auto tag = [&](const char* name) {
      llvm::MDNode* type = md.createTBAAScalarTypeNode(name, root);
      return md.createTBAAStructTagNode(type, type, 0);
    };
    tbaa_header_ = tag("list storage pointer");
    tbaa_int_ = tag("list int item");
    tbaa_float_ = tag("list float item");
    tbaa_bool_ = tag("list bool item");
    tbaa_value_ = tag("list value item");
    unlikely_ = md.createBranchWeights(1, 1u << 20);
    list_size_ = llvm::MDNode::get(
        c, {llvm::ConstantAsMetadata::get(llvm::ConstantInt::get(i64_, sizeof(runtime::ListObject)))});
    list_align_ = llvm::MDNode::get(
        c, {llvm::ConstantAsMetadata::get(llvm::ConstantInt::get(i64_, alignof(runtime::ListObject)))});
  }

  std::vector<std::string> run();

  // Shared with FunctionLowering.
  const runtime::Program& program_;
  llvm::LLVMContext& c_;
  llvm::Module& m_;
  SiteTable& sites_;
  llvm::Type *i1_, *i8_, *i32_, *i64_, *f64_, *ptr_, *void_;
  llvm::Function *raise_, *trace_, *kernel_, *incref_, *decref_, *list_construct_, *list_append_, *list_set_,
      *list_repeat_;
  llvm::MDNode *tbaa_header_, *tbaa_int_, *tbaa_float_, *tbaa_bool_, *tbaa_value_, *unlikely_, *list_size_,
      *list_align_;
  std::vector<llvm::Function*> functions_; // by index; null when not compiled

  llvm::Type* type(TypePtr t) const {
    switch (repr_of(t)) {
    case Repr::Int:
      return i64_;
    case Repr::Float:
      return f64_;
    case Repr::Bool:
      return i1_;
    case Repr::List:
    case Repr::Str:
      return ptr_;
    case Repr::None:
    case Repr::Other:
      return nullptr;
    }
    return nullptr;
  }

  // {T, i1}, or i1 for a function returning None.
  llvm::Type* return_type(TypePtr t) const {
    llvm::Type* v = type(t);
    return v ? static_cast<llvm::Type*>(llvm::StructType::get(c_, {v, i1_})) : i1_;
  }

  llvm::Constant* symbol(const std::string& name) { return m_.getOrInsertGlobal(name, i8_); }

private:
  void declare(size_t index);
  void define_entry(size_t index);
};

// Functions of more IR nodes than this are not inlined into native callers.
constexpr size_t kInlineNodeLimit = 40;

size_t node_count(const ir::Block& b) {
  size_t n = 0;
  for (const ir::Node* node : b.nodes()) {
    ++n;
    for (const ir::Block* inner : node->blocks())
      n += node_count(*inner);
  }
  return n;
}

// ---- one function ----

class FunctionLowering {
public:
  FunctionLowering(ProgramLowering& p, size_t index)
      : p_(p), cf_(p.program_.compiled(index)), fn_(p.program_.function(index)), f_(p.functions_[index]),
        b_(p.c_) {}

  void run();

private:
  using LV = llvm::Value;

  // ---- blocks and values ----
  llvm::BasicBlock* block(const char* name) { return llvm::BasicBlock::Create(p_.c_, name, f_); }

  LV* value(const ir::Value* v) const {
    auto it = values_.find(v);
    TSC_ASSERT(it != values_.end(), "value used before its definition");
    return it->second;
  }

  // Defines `v` as `x`. A list value gets a slot owning one reference:
  // `owned` values come with that reference, borrowed ones take one.
  void define(const ir::Value* v, LV* x, bool owned = false) {
    values_[v] = x;
    if (x == nullptr || v->type()->kind() != TypeKind::List)
      return;
    if (!v->has_uses()) {
      if (owned)
        b_.CreateCall(p_.decref_, {x});
      return;
    }
    if (!owned)
      b_.CreateCall(p_.incref_, {x});
    llvm::IRBuilder<> eb(entry_, entry_->begin());
    llvm::AllocaInst* slot = eb.CreateAlloca(p_.ptr_, nullptr, "slot");
    slots_.push_back(slot);
    LV* old = b_.CreateLoad(p_.ptr_, slot);
    b_.CreateStore(x, slot);
    b_.CreateCall(p_.decref_, {old});
  }

  // Continues in a new block when `cond` is false; jumps to `error` (cold) when true.
  void branch_unless(LV* cond, llvm::BasicBlock* error) {
    llvm::BasicBlock* ok = block("ok");
    b_.CreateCondBr(cond, error, ok, p_.unlikely_);
    b_.SetInsertPoint(ok);
  }

  abi::TraceSite where(const ir::Node& n) const { return abi::TraceSite{&cf_, &n}; }

  // A block that raises type(message) at `n` and returns the error.
  llvm::BasicBlock* raise_block(const ir::Node& n, const char* type, const char* message) {
    llvm::BasicBlock* bb = block("raise");
    llvm::IRBuilder<> rb(bb);
    rb.CreateCall(p_.raise_, {p_.symbol(p_.sites_.add(abi::RaiseSite{where(n), type, message}))});
    rb.CreateBr(fail_);
    return bb;
  }

  // A block that adds `n`'s traceback entry to the pending error and returns it.
  llvm::BasicBlock* trace_block(const ir::Node& n) {
    llvm::BasicBlock* bb = block("unwind");
    llvm::IRBuilder<> rb(bb);
    rb.CreateCall(p_.trace_, {p_.symbol(p_.sites_.add(where(n)))});
    rb.CreateBr(fail_);
    return bb;
  }

  // ---- Value buffers (kernel calls, list helpers) ----
  LV* scratch(size_t values) {
    scratch_max_ = std::max(scratch_max_, values);
    return scratch_;
  }

  void store_value(LV* buf, size_t i, TypePtr t, LV* x) {
    LV* at = b_.CreateConstInBoundsGEP1_64(p_.i8_, buf, i * sizeof(runtime::Value));
    switch (repr_of(t)) {
    case Repr::Int:
    case Repr::Float:
    case Repr::List:
    case Repr::Str:
      b_.CreateStore(x, at);
      break;
    case Repr::Bool:
      b_.CreateStore(b_.CreateZExt(x, p_.i64_), at);
      break;
    case Repr::None:
    case Repr::Other:
      b_.CreateStore(b_.getInt64(0), at);
      break;
    }
    b_.CreateStore(b_.getInt32(tag_of(t)), b_.CreateConstInBoundsGEP1_64(p_.i8_, at, 8));
  }

  LV* load_value(LV* buf, size_t i, TypePtr t) {
    LV* at = b_.CreateConstInBoundsGEP1_64(p_.i8_, buf, i * sizeof(runtime::Value));
    switch (repr_of(t)) {
    case Repr::Int:
      return b_.CreateLoad(p_.i64_, at);
    case Repr::Float:
      return b_.CreateLoad(p_.f64_, at);
    case Repr::Bool:
      return b_.CreateICmpNE(b_.CreateLoad(p_.i64_, at), b_.getInt64(0));
    case Repr::List:
      return b_.CreateLoad(p_.ptr_, at);
    case Repr::None:
    case Repr::Str:
    case Repr::Other:
      return nullptr;
    }
    return nullptr;
  }

  // ---- nodes ----
  void lower_block(const ir::Block& b) {
    for (const ir::Node* n : b.nodes())
      lower_node(*n);
  }
  std::vector<LV*> outputs_of(const ir::Block& b) {
    std::vector<LV*> outs;
    for (const ir::Value* v : b.outputs())
      outs.push_back(value(v));
    return outs;
  }

  static bool may_drop_items(const ir::Block& b, bool values_only);
  static const ir::Node* loop_of_index(const ir::Value* v);
  static bool derives_range_index(const ir::Node& n);
  static bool reads_within_loop_length(const ir::Node& n);
  LV* list_repeat(const ir::Node& n, LV* list, LV* times);
  void lower_node(const ir::Node& n);
  void lower_constant(const ir::Node& n);
  void lower_if(const ir::Node& n);
  void lower_loop(const ir::Node& n);
  void lower_call(const ir::Node& n);
  void lower_list_construct(const ir::Node& n);
  void lower_kernel(const ir::Node& n, const ir::OpSchema& schema);
  void lower_inline(const ir::Node& n, Inline op);
  LV* checked_int(const ir::Node& n, llvm::Intrinsic::ID id, LV* a, LV* b);
  LV* floordiv_int(const ir::Node& n, LV* a, LV* b);
  LV* mod_int(const ir::Node& n, LV* a, LV* b);
  LV* range_length(const ir::Node& n, LV* lo, LV* hi, LV* step);
  LV* derive_index(const ir::Node& n, LV* index, LV* start, LV* step);

  struct ListAccess {
    LV* begin;
    LV* length;
    llvm::Type* item;
    llvm::MDNode* tbaa;
    runtime::ListStorage storage;
  };
  ListAccess list_access(LV* list, TypePtr list_type);
  LV* checked_index(const ir::Node& n, const ListAccess& a, LV* index, const char* message,
                    bool non_negative);
  // A loop's index (0, 1, ...) never needs counting from the end.
  static bool is_loop_index(const ir::Value* v) { return loop_of_index(v) != nullptr; }

  ProgramLowering& p_;
  const runtime::CompiledFunction& cf_;
  const ir::Function& fn_;
  llvm::Function* f_;
  llvm::IRBuilder<> b_;
  llvm::BasicBlock* entry_ = nullptr;
  llvm::BasicBlock* fail_ = nullptr;
  llvm::BasicBlock* exit_ = nullptr;
  llvm::PHINode* exit_value_ = nullptr;
  llvm::PHINode* exit_failed_ = nullptr;
  llvm::AllocaInst* scratch_ = nullptr;
  size_t scratch_max_ = 0;
  std::vector<llvm::AllocaInst*> slots_;
  std::unordered_map<const ir::Value*, LV*> values_;
  LV* depth_ = nullptr;
  bool items_stay_ = false; // See Note [Borrowed list items]
};

// Note [Borrowed list items]
// An item read from a list of lists is borrowed from the outer list, which
// stays alive while the item is used (See Note [Native lowering]). The item
// itself outlives its uses unless something drops it from the outer list
// first: a store into a list of lists, a kernel that mutates such a list
// (pop, remove, clear, ...) or a call (which may do either). A function with
// none of these reads items without taking references (nbody's `c =
// bodies[j]` costs two loads); any other function takes one per item.

// True when something in `b` may remove an item from a list: a call, or an op
// that mutates a list argument other than append (and, unless `values_only`
// asks about items of lists of lists, other than a store, which keeps the
// length).
bool FunctionLowering::may_drop_items(const ir::Block& b, bool values_only) {
  for (const ir::Node* n : b.nodes()) {
    if (n->kind() == ir::prim::CallFunction || n->kind() == ir::prim::CallMethod)
      return true;
    for (const ir::Block* inner : n->blocks()) {
      if (may_drop_items(*inner, values_only))
        return true;
    }
    const ir::OpSchema* s = is_structural(n->kind()) ? nullptr : schema_of(*n);
    if (!s || s->qualified_name() == "aten::append.t" ||
        (!values_only && s->qualified_name() == "aten::_set_item.t"))
      continue;
    for (size_t i = 0; i < s->arguments.size() && i < n->num_inputs(); ++i) {
      TypePtr t = n->input(i)->type();
      if (s->arguments[i].is_mutated && t->kind() == TypeKind::List &&
          (!values_only || runtime::list_storage_for(t) == runtime::ListStorage::Values))
        return true;
    }
  }
  return false;
}

// The prim::Loop whose index (its body's first parameter) `v` is, or null.
const ir::Node* FunctionLowering::loop_of_index(const ir::Value* v) {
  const ir::Node* param = v->node();
  const ir::Block* body = param->owning_block();
  if (param->kind() != ir::prim::Param || v->offset() != 0 || body == nullptr)
    return nullptr;
  const ir::Node* loop = body->owning_node();
  return loop != nullptr && loop->kind() == ir::prim::Loop ? loop : nullptr;
}

// True for `aten::__derive_index(%i, %start, %step)` where %i is the index of
// a loop whose trip count is `aten::__range_length(%start, %stop, %step)`: the
// value is then within [start, stop) and cannot overflow.
bool FunctionLowering::derives_range_index(const ir::Node& n) {
  const ir::Node* loop = loop_of_index(n.input(0));
  if (loop == nullptr)
    return false;
  const ir::Node* length = loop->input(0)->node();
  return length->kind() == ir::aten::__range_length && length->input(0) == n.input(1) &&
         length->input(2) == n.input(2);
}

void FunctionLowering::run() {
  items_stay_ = !may_drop_items(*fn_.graph->block(), /*values_only=*/true);
  entry_ = block("entry");
  llvm::BasicBlock* body = block("body");
  fail_ = block("fail");
  exit_ = block("exit");
  b_.SetInsertPoint(entry_);
  scratch_ = b_.CreateAlloca(p_.i8_, b_.getInt64(16), "values");
  scratch_->setAlignment(llvm::Align(16));
  auto arg = f_->arg_begin();
  depth_ = &*arg++;
  for (const ir::Value* param : fn_.graph->inputs()) {
    if (p_.type(param->type()) == nullptr) {
      values_[param] = nullptr;
      continue;
    }
    values_[param] = &*arg++; // borrowed from the caller: no slot
  }
  TypePtr ret = fn_.return_type;
  llvm::Type* ret_ty = p_.type(ret);
  b_.SetInsertPoint(exit_);
  if (ret_ty)
    exit_value_ = b_.CreatePHI(ret_ty, 2, "result");
  exit_failed_ = b_.CreatePHI(p_.i1_, 2, "failed");

  b_.SetInsertPoint(body);
  lower_block(*fn_.graph->block());
  LV* result = value(fn_.graph->outputs()[0]);
  if (ret_ty && ret->kind() == TypeKind::List)
    b_.CreateCall(p_.incref_, {result}); // the caller's reference
  if (exit_value_)
    exit_value_->addIncoming(result, b_.GetInsertBlock());
  exit_failed_->addIncoming(b_.getFalse(), b_.GetInsertBlock());
  b_.CreateBr(exit_);

  b_.SetInsertPoint(fail_);
  if (exit_value_)
    exit_value_->addIncoming(llvm::Constant::getNullValue(ret_ty), fail_);
  exit_failed_->addIncoming(b_.getTrue(), fail_);
  b_.CreateBr(exit_);

  b_.SetInsertPoint(exit_);
  for (llvm::AllocaInst* slot : slots_)
    b_.CreateCall(p_.decref_, {b_.CreateLoad(p_.ptr_, slot)});
  if (exit_value_) {
    LV* agg = llvm::UndefValue::get(f_->getReturnType());
    agg = b_.CreateInsertValue(agg, exit_value_, 0);
    agg = b_.CreateInsertValue(agg, exit_failed_, 1);
    b_.CreateRet(agg);
  } else {
    b_.CreateRet(exit_failed_);
  }

  // The entry block: slots start empty; the Value buffer fits the largest use.
  b_.SetInsertPoint(entry_);
  for (llvm::AllocaInst* slot : slots_)
    b_.CreateStore(llvm::ConstantPointerNull::get(llvm::PointerType::get(p_.c_, 0)), slot);
  b_.CreateBr(body);
  scratch_->setOperand(0, b_.getInt64(std::max<size_t>(scratch_max_, 1) * sizeof(runtime::Value)));
}

void FunctionLowering::lower_node(const ir::Node& n) {
  ir::Symbol k = n.kind();
  if (k == ir::prim::Constant)
    return lower_constant(n);
  if (k == ir::prim::If)
    return lower_if(n);
  if (k == ir::prim::Loop)
    return lower_loop(n);
  if (k == ir::prim::CallFunction)
    return lower_call(n);
  if (k == ir::prim::ListConstruct)
    return lower_list_construct(n);
  if (k == ir::prim::Uninitialized) {
    llvm::Type* t = p_.type(n.output()->type());
    values_[n.output()] = t ? llvm::Constant::getNullValue(t) : nullptr;
    return;
  }
  if (k == ir::prim::unchecked_cast) {
    values_[n.output()] = value(n.input(0)); // the same object: its slot keeps it
    return;
  }
  if (std::optional<Inline> op = inline_op(n))
    return lower_inline(n, *op);
  const ir::OpSchema* schema = schema_of(n);
  TSC_ASSERT(schema != nullptr, "a node the checker accepted has no schema");
  if (schema->qualified_name() == "aten::mul.left_t" &&
      runtime::list_storage_for(n.input(0)->type()) != runtime::ListStorage::Values) {
    // [x] * n: the runtime's helper fills the storage in one pass.
    LV* site = p_.symbol(p_.sites_.add(abi::ListSite{where(n), n.output()->type()}));
    LV* list = b_.CreateCall(p_.list_repeat_, {site, value(n.input(0)), value(n.input(1))});
    branch_unless(b_.CreateIsNull(list), fail_);
    define(n.output(), list, /*owned=*/true);
    return;
  }
  lower_kernel(n, *schema);
}

void FunctionLowering::lower_constant(const ir::Node& n) {
  const ir::Value* out = n.output();
  const ir::AttributeValue* attr = n.find_attribute("value");
  if (!attr || out->type()->kind() == TypeKind::None) {
    values_[out] = nullptr;
    return;
  }
  switch (attr->index()) {
  case 0:
    values_[out] = b_.getInt64(static_cast<uint64_t>(std::get<int64_t>(*attr)));
    return;
  case 1:
    values_[out] = llvm::ConstantFP::get(p_.f64_, std::get<double>(*attr));
    return;
  case 2:
    values_[out] = b_.getInt1(std::get<bool>(*attr));
    return;
  case 3:
    values_[out] = p_.symbol(p_.sites_.add_constant(runtime::Value::from_str(std::get<std::string>(*attr))));
    return;
  default:
    TSC_UNREACHABLE("a constant of a type the checker rejects");
  }
}

void FunctionLowering::lower_if(const ir::Node& n) {
  llvm::BasicBlock* then_bb = block("then");
  llvm::BasicBlock* else_bb = block("else");
  llvm::BasicBlock* merge = block("endif");
  b_.CreateCondBr(value(n.input(0)), then_bb, else_bb);
  std::vector<std::pair<std::vector<LV*>, llvm::BasicBlock*>> arms;
  for (size_t i = 0; i < 2; ++i) {
    b_.SetInsertPoint(i == 0 ? then_bb : else_bb);
    lower_block(*n.block(i));
    arms.emplace_back(outputs_of(*n.block(i)), b_.GetInsertBlock());
    b_.CreateBr(merge);
  }
  b_.SetInsertPoint(merge);
  std::vector<LV*> outs;
  for (size_t o = 0; o < n.num_outputs(); ++o) {
    llvm::Type* t = p_.type(n.output(o)->type());
    if (!t) {
      outs.push_back(nullptr);
      continue;
    }
    llvm::PHINode* phi = b_.CreatePHI(t, 2);
    for (auto& [vals, bb] : arms)
      phi->addIncoming(vals[o], bb);
    outs.push_back(phi);
  }
  for (size_t o = 0; o < n.num_outputs(); ++o)
    define(n.output(o), outs[o]);
}

void FunctionLowering::lower_loop(const ir::Node& n) {
  const ir::Block& body = *n.block(0);
  LV* max = value(n.input(0));
  LV* cond0 = value(n.input(1));
  std::vector<LV*> inits;
  for (size_t i = 2; i < n.num_inputs(); ++i)
    inits.push_back(value(n.input(i)));
  llvm::BasicBlock* pre = b_.GetInsertBlock();
  llvm::BasicBlock* loop = block("loop");
  llvm::BasicBlock* done = block("endloop");
  b_.CreateCondBr(b_.CreateAnd(cond0, b_.CreateICmpSGT(max, b_.getInt64(0))), loop, done);

  b_.SetInsertPoint(loop);
  llvm::PHINode* index = b_.CreatePHI(p_.i64_, 2, "i");
  index->addIncoming(b_.getInt64(0), pre);
  values_[body.params()[0]] = index;
  std::vector<llvm::PHINode*> carried;
  for (size_t i = 1; i < body.params().size(); ++i) {
    llvm::Type* t = p_.type(body.params()[i]->type());
    llvm::PHINode* phi = t ? b_.CreatePHI(t, 2) : nullptr;
    if (phi)
      phi->addIncoming(inits[i - 1], pre);
    carried.push_back(phi);
  }
  for (size_t i = 1; i < body.params().size(); ++i)
    define(body.params()[i], carried[i - 1]);
  lower_block(body);
  std::vector<LV*> outs = outputs_of(body);
  llvm::BasicBlock* latch = b_.GetInsertBlock();
  LV* next = b_.CreateAdd(index, b_.getInt64(1), "i.next", false, true);
  index->addIncoming(next, latch);
  for (size_t i = 0; i < carried.size(); ++i) {
    if (carried[i])
      carried[i]->addIncoming(outs[i + 1], latch);
  }
  // A `while` loop (trip count INT64_MAX) that never reads its index cannot
  // reach the count in practice (2**63 iterations): it tests its condition alone.
  auto* max_constant = llvm::dyn_cast<llvm::ConstantInt>(max);
  bool unbounded = max_constant && max_constant->isMaxValue(/*IsSigned=*/true) && !body.params()[0]->has_uses();
  b_.CreateCondBr(unbounded ? outs[0] : b_.CreateAnd(outs[0], b_.CreateICmpSLT(next, max)), loop, done);

  b_.SetInsertPoint(done);
  std::vector<LV*> results;
  for (size_t i = 0; i < n.num_outputs(); ++i) {
    llvm::Type* t = p_.type(n.output(i)->type());
    if (!t) {
      results.push_back(nullptr);
      continue;
    }
    llvm::PHINode* phi = b_.CreatePHI(t, 2);
    phi->addIncoming(inits[i], pre);
    phi->addIncoming(outs[i + 1], latch);
    results.push_back(phi);
  }
  for (size_t i = 0; i < n.num_outputs(); ++i)
    define(n.output(i), results[i]);
}

void FunctionLowering::lower_call(const ir::Node& n) {
  auto index = p_.program_.find(n.s("name"));
  TSC_ASSERT(index && p_.functions_[*index], "a call the checker accepted has no native callee");
  llvm::Function* callee = p_.functions_[*index];
  // The interpreter's limit: a frame deeper than kMaxCallDepth raises in its caller.
  branch_unless(b_.CreateICmpUGE(depth_, b_.getInt64(runtime::kMaxCallDepth)),
                raise_block(n, "RecursionError", "maximum recursion depth exceeded"));
  std::vector<LV*> args = {b_.CreateAdd(depth_, b_.getInt64(1))};
  for (const ir::Value* v : n.inputs()) {
    if (LV* x = value(v))
      args.push_back(x);
  }
  llvm::CallInst* call = b_.CreateCall(callee, args);
  call->setCallingConv(llvm::CallingConv::Fast);
  bool has_value = n.num_outputs() > 0 && p_.type(n.output()->type()) != nullptr;
  LV* failed = has_value ? b_.CreateExtractValue(call, 1) : static_cast<LV*>(call);
  branch_unless(failed, trace_block(n));
  if (n.num_outputs() > 0)
    define(n.output(), has_value ? b_.CreateExtractValue(call, 0) : nullptr, /*owned=*/true);
}

void FunctionLowering::lower_list_construct(const ir::Node& n) {
  LV* buf = scratch(n.num_inputs());
  for (size_t i = 0; i < n.num_inputs(); ++i)
    store_value(buf, i, n.input(i)->type(), value(n.input(i)));
  LV* site = p_.symbol(p_.sites_.add(abi::ListSite{where(n), n.output()->type()}));
  LV* list = b_.CreateCall(p_.list_construct_, {site, buf, b_.getInt64(n.num_inputs())});
  branch_unless(b_.CreateIsNull(list), fail_);
  define(n.output(), list, /*owned=*/true);
}

void FunctionLowering::lower_kernel(const ir::Node& n, const ir::OpSchema& schema) {
  // Inputs as the bytecode compiler passes them: trailing arguments left to
  // their schema defaults are materialized.
  struct Input {
    TypePtr type;
    LV* value;
  };
  std::vector<Input> inputs;
  for (const ir::Value* v : n.inputs())
    inputs.push_back({v->type(), value(v)});
  for (size_t i = inputs.size(); !schema.is_vararg && i < schema.arguments.size(); ++i) {
    const auto& d = schema.arguments[i].default_value;
    TSC_ASSERT(d.has_value(), "a kernel argument without a value");
    switch (d->index()) {
    case 0:
      inputs.push_back({ir::Type::none_type(), nullptr});
      break;
    case 1:
      inputs.push_back({ir::Type::int_type(), b_.getInt64(static_cast<uint64_t>(std::get<int64_t>(*d)))});
      break;
    case 2:
      inputs.push_back({ir::Type::float_type(), llvm::ConstantFP::get(p_.f64_, std::get<double>(*d))});
      break;
    case 3:
      inputs.push_back({ir::Type::bool_type(), b_.getInt1(std::get<bool>(*d))});
      break;
    default:
      inputs.push_back({ir::Type::str_type(), p_.symbol(p_.sites_.add_constant(
                                                  runtime::Value::from_str(std::get<std::string>(*d))))});
      break;
    }
  }
  size_t total = inputs.size() + n.num_outputs();
  LV* buf = scratch(total);
  for (size_t i = 0; i < inputs.size(); ++i)
    store_value(buf, i, inputs[i].type, inputs[i].value);
  for (size_t o = 0; o < n.num_outputs(); ++o)
    store_value(buf, inputs.size() + o, ir::Type::none_type(), nullptr);
  abi::KernelSite site{where(n), runtime::KernelRegistry::global().find(schema),
                       static_cast<uint32_t>(inputs.size()), static_cast<uint32_t>(n.num_outputs())};
  LV* failed = b_.CreateCall(p_.kernel_, {p_.symbol(p_.sites_.add(site)), buf});
  branch_unless(failed, fail_);
  for (size_t o = 0; o < n.num_outputs(); ++o)
    define(n.output(o), load_value(buf, inputs.size() + o, n.output(o)->type()), /*owned=*/true);
}

FunctionLowering::LV* FunctionLowering::checked_int(const ir::Node& n, llvm::Intrinsic::ID id, LV* a, LV* b) {
  LV* r = b_.CreateBinaryIntrinsic(id, a, b);
  branch_unless(b_.CreateExtractValue(r, 1), raise_block(n, "OverflowError", "integer overflow"));
  return b_.CreateExtractValue(r, 0);
}

// runtime/arith.h's floordiv_int.
FunctionLowering::LV* FunctionLowering::floordiv_int(const ir::Node& n, LV* a, LV* b) {
  branch_unless(b_.CreateICmpEQ(b, b_.getInt64(0)),
                raise_block(n, "ZeroDivisionError", "integer division or modulo by zero"));
  LV* min = b_.getInt64(static_cast<uint64_t>(std::numeric_limits<int64_t>::min()));
  branch_unless(
      b_.CreateAnd(b_.CreateICmpEQ(b, b_.getInt64(static_cast<uint64_t>(-1))), b_.CreateICmpEQ(a, min)),
      raise_block(n, "OverflowError", "integer overflow"));
  LV* q = b_.CreateSDiv(a, b);
  LV* r = b_.CreateSRem(a, b);
  LV* adjust =
      b_.CreateAnd(b_.CreateICmpNE(r, b_.getInt64(0)), b_.CreateICmpSLT(b_.CreateXor(r, b), b_.getInt64(0)));
  return b_.CreateSub(q, b_.CreateZExt(adjust, p_.i64_));
}

// runtime/arith.h's mod_int: the result takes the sign of b.
FunctionLowering::LV* FunctionLowering::mod_int(const ir::Node& n, LV* a, LV* b) {
  branch_unless(b_.CreateICmpEQ(b, b_.getInt64(0)),
                raise_block(n, "ZeroDivisionError", "integer modulo by zero"));
  // x % -1 is 0 (and srem of INT64_MIN by -1 would trap).
  LV* safe_b = b_.CreateSelect(b_.CreateICmpEQ(b, b_.getInt64(static_cast<uint64_t>(-1))), b_.getInt64(1), b);
  LV* r = b_.CreateSRem(a, safe_b);
  LV* adjust = b_.CreateAnd(b_.CreateICmpNE(r, b_.getInt64(0)),
                            b_.CreateICmpSLT(b_.CreateXor(r, safe_b), b_.getInt64(0)));
  return b_.CreateSelect(adjust, b_.CreateAdd(r, safe_b), r);
}

// The kernel's range_length, in unsigned 64-bit arithmetic (exact where the
// kernel's 128-bit result fits, and truncated alike where it does not).
FunctionLowering::LV* FunctionLowering::range_length(const ir::Node& n, LV* lo, LV* hi, LV* step) {
  branch_unless(b_.CreateICmpEQ(step, b_.getInt64(0)),
                raise_block(n, "ValueError", "range() arg 3 must not be zero"));
  LV* up = b_.CreateAnd(b_.CreateICmpSGT(step, b_.getInt64(0)), b_.CreateICmpSLT(lo, hi));
  LV* down = b_.CreateAnd(b_.CreateICmpSLT(step, b_.getInt64(0)), b_.CreateICmpSGT(lo, hi));
  LV* diff = b_.CreateSelect(up, b_.CreateSub(hi, lo), b_.CreateSub(lo, hi));
  LV* stride = b_.CreateSelect(up, step, b_.CreateSub(b_.getInt64(0), step));
  LV* safe_stride = b_.CreateSelect(b_.CreateOr(up, down), stride, b_.getInt64(1));
  LV* count = b_.CreateAdd(b_.CreateUDiv(b_.CreateSub(diff, b_.getInt64(1)), safe_stride), b_.getInt64(1));
  return b_.CreateSelect(b_.CreateOr(up, down), count, b_.getInt64(0));
}

// start + index * step, exact in 128 bits; OverflowError outside int64.
FunctionLowering::LV* FunctionLowering::derive_index(const ir::Node& n, LV* index, LV* start, LV* step) {
  llvm::Type* i128 = llvm::Type::getInt128Ty(p_.c_);
  LV* v = b_.CreateAdd(b_.CreateSExt(start, i128),
                       b_.CreateMul(b_.CreateSExt(index, i128), b_.CreateSExt(step, i128), "", false, true),
                       "", false, true);
  LV* r = b_.CreateTrunc(v, p_.i64_);
  branch_unless(b_.CreateICmpNE(b_.CreateSExt(r, i128), v),
                raise_block(n, "OverflowError", "integer overflow"));
  return r;
}

FunctionLowering::ListAccess FunctionLowering::list_access(LV* list, TypePtr list_type) {
  const abi::ListLayout& layout = abi::list_layout();
  ListAccess a;
  a.storage = runtime::list_storage_for(list_type);
  switch (a.storage) {
  case runtime::ListStorage::Ints:
    a.item = p_.i64_;
    a.tbaa = p_.tbaa_int_;
    break;
  case runtime::ListStorage::Floats:
    a.item = p_.f64_;
    a.tbaa = p_.tbaa_float_;
    break;
  case runtime::ListStorage::Bools:
    a.item = p_.i8_;
    a.tbaa = p_.tbaa_bool_;
    break;
  case runtime::ListStorage::Values:
    a.item = llvm::ArrayType::get(p_.i8_, sizeof(runtime::Value));
    a.tbaa = p_.tbaa_value_;
    break;
  }
  LV* vec = b_.CreateConstInBoundsGEP1_64(p_.i8_, list, layout.vector_offset);
  auto* begin =
      b_.CreateLoad(p_.ptr_, b_.CreateConstInBoundsGEP1_64(p_.i8_, vec, layout.begin_offset), "begin");
  auto* end = b_.CreateLoad(p_.ptr_, b_.CreateConstInBoundsGEP1_64(p_.i8_, vec, layout.end_offset), "end");
  begin->setMetadata(llvm::LLVMContext::MD_tbaa, p_.tbaa_header_);
  end->setMetadata(llvm::LLVMContext::MD_tbaa, p_.tbaa_header_);
  a.begin = begin;
  a.length = b_.CreatePtrDiff(a.item, end, begin, "len");
  return a;
}

// Python's index normalization with the interpreter's IndexError. The
// common case, 0 <= index < len, costs one unsigned compare; a negative
// index takes a cold path that counts it from the end.
FunctionLowering::LV* FunctionLowering::checked_index(const ir::Node& n, const ListAccess& a, LV* index,
                                                      const char* message, bool non_negative) {
  if (non_negative) {
    branch_unless(b_.CreateICmpUGE(index, a.length), raise_block(n, "IndexError", message));
    return index;
  }
  llvm::BasicBlock* negative = block("index.negative");
  llvm::BasicBlock* ok = block("index.ok");
  llvm::BasicBlock* here = b_.GetInsertBlock();
  b_.CreateCondBr(b_.CreateICmpULT(index, a.length), ok, negative,
                  llvm::MDBuilder(p_.c_).createBranchWeights(1u << 20, 1));
  b_.SetInsertPoint(negative);
  LV* from_end = b_.CreateAdd(index, a.length);
  // In range only when index < 0 and index + len >= 0 (then index + len < len).
  LV* bad = b_.CreateOr(b_.CreateICmpSGE(index, b_.getInt64(0)), b_.CreateICmpSLT(from_end, b_.getInt64(0)));
  b_.CreateCondBr(bad, raise_block(n, "IndexError", message), ok, p_.unlikely_);
  b_.SetInsertPoint(ok);
  llvm::PHINode* i = b_.CreatePHI(p_.i64_, 2, "index");
  i->addIncoming(index, here);
  i->addIncoming(from_end, negative);
  return i;
}

// True when `n` reads `l[i]` in `for x in l` form: i is the index of a loop
// whose trip count is len(l), and nothing in the loop can shorten a list
// (no call, no kernel that mutates a list other than append). Then
// 0 <= i < len(l) holds and the read needs no bounds check.
bool FunctionLowering::reads_within_loop_length(const ir::Node& n) {
  const ir::Node* loop = loop_of_index(n.input(1));
  if (loop == nullptr)
    return false;
  const ir::Node* length = loop->input(0)->node();
  if (length->kind() != ir::aten::len || length->input(0) != n.input(0))
    return false;
  return !may_drop_items(*loop->block(0), /*values_only=*/false);
}

void FunctionLowering::lower_inline(const ir::Node& n, Inline op) {
  auto in = [&](size_t i) { return value(n.input(i)); };
  auto set = [&](LV* x) { define(n.output(), x); };
  using llvm::Intrinsic::ID;
  switch (op) {
  case Inline::AddInt:
    return set(checked_int(n, llvm::Intrinsic::sadd_with_overflow, in(0), in(1)));
  case Inline::SubInt:
    return set(checked_int(n, llvm::Intrinsic::ssub_with_overflow, in(0), in(1)));
  case Inline::MulInt:
    return set(checked_int(n, llvm::Intrinsic::smul_with_overflow, in(0), in(1)));
  case Inline::FloorDivInt:
    return set(floordiv_int(n, in(0), in(1)));
  case Inline::ModInt:
    return set(mod_int(n, in(0), in(1)));
  case Inline::NegInt:
    return set(checked_int(n, llvm::Intrinsic::ssub_with_overflow, b_.getInt64(0), in(0)));
  case Inline::AddFloat:
    return set(b_.CreateFAdd(in(0), in(1)));
  case Inline::SubFloat:
    return set(b_.CreateFSub(in(0), in(1)));
  case Inline::MulFloat:
    return set(b_.CreateFMul(in(0), in(1)));
  case Inline::DivFloat:
    branch_unless(b_.CreateFCmpOEQ(in(1), llvm::ConstantFP::get(p_.f64_, 0.0)),
                  raise_block(n, "ZeroDivisionError", "float division by zero"));
    return set(b_.CreateFDiv(in(0), in(1)));
  case Inline::NegFloat:
    return set(b_.CreateFNeg(in(0)));
  case Inline::EqInt:
  case Inline::EqBool:
    return set(b_.CreateICmpEQ(in(0), in(1)));
  case Inline::NeInt:
  case Inline::NeBool:
    return set(b_.CreateICmpNE(in(0), in(1)));
  case Inline::LtInt:
    return set(b_.CreateICmpSLT(in(0), in(1)));
  case Inline::LeInt:
    return set(b_.CreateICmpSLE(in(0), in(1)));
  case Inline::GtInt:
    return set(b_.CreateICmpSGT(in(0), in(1)));
  case Inline::GeInt:
    return set(b_.CreateICmpSGE(in(0), in(1)));
  case Inline::EqFloat:
    return set(b_.CreateFCmpOEQ(in(0), in(1)));
  case Inline::NeFloat:
    return set(b_.CreateFCmpUNE(in(0), in(1)));
  case Inline::LtFloat:
    return set(b_.CreateFCmpOLT(in(0), in(1)));
  case Inline::LeFloat:
    return set(b_.CreateFCmpOLE(in(0), in(1)));
  case Inline::GtFloat:
    return set(b_.CreateFCmpOGT(in(0), in(1)));
  case Inline::GeFloat:
    return set(b_.CreateFCmpOGE(in(0), in(1)));
  case Inline::AndInt:
  case Inline::AndBool:
    return set(b_.CreateAnd(in(0), in(1)));
  case Inline::OrInt:
  case Inline::OrBool:
    return set(b_.CreateOr(in(0), in(1)));
  case Inline::XorInt:
  case Inline::XorBool:
    return set(b_.CreateXor(in(0), in(1)));
  case Inline::InvertInt:
    return set(b_.CreateNot(in(0)));
  case Inline::Not:
    return set(b_.CreateNot(in(0)));
  case Inline::FloatOfInt:
    return set(b_.CreateSIToFP(in(0), p_.f64_));
  case Inline::FloatOfBool:
    return set(b_.CreateUIToFP(in(0), p_.f64_));
  case Inline::IntOfBool:
    return set(b_.CreateZExt(in(0), p_.i64_));
  case Inline::BoolOfInt:
    return set(b_.CreateICmpNE(in(0), b_.getInt64(0)));
  case Inline::BoolOfFloat:
    return set(b_.CreateFCmpUNE(in(0), llvm::ConstantFP::get(p_.f64_, 0.0)));
  case Inline::MinInt:
    return set(b_.CreateSelect(b_.CreateICmpSLT(in(1), in(0)), in(1), in(0)));
  case Inline::MaxInt:
    return set(b_.CreateSelect(b_.CreateICmpSGT(in(1), in(0)), in(1), in(0)));
  case Inline::Sqrt:
    // CPython's math_1: a NaN from a non-NaN argument (x < 0) is a domain error.
    branch_unless(b_.CreateFCmpOLT(in(0), llvm::ConstantFP::get(p_.f64_, 0.0)),
                  raise_block(n, "ValueError", "math domain error"));
    return set(b_.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, in(0)));
  case Inline::RangeLength:
    return set(range_length(n, in(0), in(1), in(2)));
  case Inline::DeriveIndex:
    // start + i * step lies between start and stop. The product alone may
    // leave int64 (a huge step): wrapping arithmetic still gives the sum.
    if (derives_range_index(n))
      return set(b_.CreateAdd(in(1), b_.CreateMul(in(0), in(2))));
    return set(derive_index(n, in(0), in(1), in(2)));
  case Inline::Len:
    return set(list_access(in(0), n.input(0)->type()).length);
  case Inline::GetItem: {
    ListAccess a = list_access(in(0), n.input(0)->type());
    LV* i = reads_within_loop_length(n)
                ? in(1)
                : checked_index(n, a, in(1), "list index out of range", is_loop_index(n.input(1)));
    auto* item = b_.CreateLoad(a.storage == runtime::ListStorage::Values ? p_.ptr_ : a.item,
                               b_.CreateInBoundsGEP(a.item, a.begin, {i}));
    item->setMetadata(llvm::LLVMContext::MD_tbaa, a.tbaa);
    if (a.storage == runtime::ListStorage::Bools)
      return set(b_.CreateICmpNE(item, b_.getInt8(0)));
    if (a.storage == runtime::ListStorage::Values) {
      // A list item is a live ListObject: loads from it may be hoisted out of loops.
      item->setMetadata(llvm::LLVMContext::MD_nonnull, llvm::MDNode::get(p_.c_, {}));
      item->setMetadata(llvm::LLVMContext::MD_dereferenceable, p_.list_size_);
      item->setMetadata(llvm::LLVMContext::MD_align, p_.list_align_);
    }
    if (a.storage == runtime::ListStorage::Values && items_stay_) {
      values_[n.output()] = item; // See Note [Borrowed list items]
      return;
    }
    return set(item); // a list item is borrowed: define() takes a reference
  }
  case Inline::SetItem: {
    ListAccess a = list_access(in(0), n.input(0)->type());
    LV* i = checked_index(n, a, in(1), "list assignment index out of range", is_loop_index(n.input(1)));
    if (a.storage == runtime::ListStorage::Values) {
      LV* buf = scratch(1);
      store_value(buf, 0, n.input(2)->type(), in(2));
      b_.CreateCall(p_.list_set_, {in(0), i, buf});
    } else {
      LV* x = a.storage == runtime::ListStorage::Bools ? b_.CreateZExt(in(2), p_.i8_) : in(2);
      auto* store = b_.CreateStore(x, b_.CreateInBoundsGEP(a.item, a.begin, {i}));
      store->setMetadata(llvm::LLVMContext::MD_tbaa, a.tbaa);
    }
    values_[n.output()] = in(0); // the same list
    return;
  }
  case Inline::Append: {
    LV* buf = scratch(1);
    store_value(buf, 0, n.input(1)->type(), in(1));
    LV* failed = b_.CreateCall(p_.list_append_, {p_.symbol(p_.sites_.add(where(n))), in(0), buf});
    branch_unless(failed, fail_);
    values_[n.output()] = in(0);
    return;
  }
  }
  TSC_UNREACHABLE("unhandled inline op");
}

// ---- the program ----

void ProgramLowering::declare(size_t index) {
  const ir::Function& fn = program_.function(index);
  std::vector<llvm::Type*> params = {i64_};
  for (const ir::Value* p : fn.graph->inputs()) {
    if (llvm::Type* t = type(p->type()))
      params.push_back(t);
  }
  auto* f = llvm::Function::Create(llvm::FunctionType::get(return_type(fn.return_type), params, false),
                                   llvm::Function::InternalLinkage, "tsc.fn." + fn.name, m_);
  f->setCallingConv(llvm::CallingConv::Fast);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  // Every function has an entry besides its native callers: inlining a large
  // body into each would compile it several times (JIT time) for little gain.
  if (node_count(*fn.graph->block()) > kInlineNodeLimit)
    f->addFnAttr(llvm::Attribute::NoInline);
  for (unsigned i = 1; i < params.size(); ++i) {
    if (params[i] == ptr_) { // a list the caller keeps alive
      f->addParamAttr(i, llvm::Attribute::NonNull);
      f->addParamAttr(i, llvm::Attribute::getWithDereferenceableBytes(c_, sizeof(runtime::ListObject)));
      f->addParamAttr(i, llvm::Attribute::getWithAlignment(c_, llvm::Align(alignof(runtime::ListObject))));
    }
  }
  functions_[index] = f;
}

void ProgramLowering::define_entry(size_t index) {
  const ir::Function& fn = program_.function(index);
  llvm::Function* callee = functions_[index];
  auto* f = llvm::Function::Create(llvm::FunctionType::get(i32_, {ptr_, ptr_, i64_}, false),
                                   llvm::Function::ExternalLinkage, entry_symbol(fn.name), m_);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(c_, "entry", f));
  llvm::Value* args = f->getArg(0);
  std::vector<llvm::Value*> call_args = {f->getArg(2)};
  const auto& inputs = fn.graph->inputs();
  for (size_t i = 0; i < inputs.size(); ++i) {
    llvm::Type* t = type(inputs[i]->type());
    if (!t)
      continue;
    llvm::Value* at = b.CreateConstInBoundsGEP1_64(i8_, args, i * sizeof(runtime::Value));
    if (t == i1_) {
      call_args.push_back(b.CreateICmpNE(b.CreateLoad(i64_, at), b.getInt64(0)));
    } else {
      call_args.push_back(b.CreateLoad(t, at));
    }
  }
  llvm::CallInst* call = b.CreateCall(callee, call_args);
  call->setCallingConv(llvm::CallingConv::Fast);
  llvm::Type* ret = type(fn.return_type);
  llvm::Value* failed = ret ? b.CreateExtractValue(call, 1) : static_cast<llvm::Value*>(call);
  llvm::BasicBlock* ok = llvm::BasicBlock::Create(c_, "ok", f);
  llvm::BasicBlock* err = llvm::BasicBlock::Create(c_, "error", f);
  b.CreateCondBr(failed, err, ok);
  b.SetInsertPoint(err);
  b.CreateRet(b.getInt32(1));
  b.SetInsertPoint(ok);
  llvm::Value* result = f->getArg(1);
  if (ret) {
    llvm::Value* v = b.CreateExtractValue(call, 0);
    b.CreateStore(ret == i1_ ? b.CreateZExt(v, i64_) : v, result);
    b.CreateStore(b.getInt32(tag_of(fn.return_type)), b.CreateConstInBoundsGEP1_64(i8_, result, 8));
  }
  b.CreateRet(b.getInt32(0));
}

std::vector<std::string> ProgramLowering::run() {
  size_t n = program_.num_functions();
  std::vector<std::string> reasons = fallback_reasons(program_);
  functions_.assign(n, nullptr);
  for (size_t i = 0; i < n; ++i) {
    if (reasons[i].empty())
      declare(i);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!reasons[i].empty())
      continue;
    FunctionLowering(*this, i).run();
    define_entry(i);
  }
  return reasons;
}

} // namespace

std::string SiteTable::name(const void* address, const char* kind) {
  std::string symbol = std::string("tsc.") + kind + "." + std::to_string(symbols_.size());
  symbols_.emplace_back(symbol, address);
  return symbol;
}

std::string SiteTable::add(abi::RaiseSite site) {
  raises_.push_back(std::move(site));
  return name(&raises_.back(), "raise");
}

std::string SiteTable::add(abi::TraceSite site) {
  traces_.push_back(site);
  return name(&traces_.back(), "site");
}

std::string SiteTable::add(abi::KernelSite site) {
  kernels_.push_back(site);
  return name(&kernels_.back(), "kernel");
}

std::string SiteTable::add(abi::ListSite site) {
  lists_.push_back(site);
  return name(&lists_.back(), "list");
}

std::string SiteTable::add_constant(runtime::Value value) {
  constants_.push_back(std::move(value));
  return name(constants_.back().heap(), "const");
}

std::string entry_symbol(const std::string& ir_name) {
  return "tsc.entry." + ir_name;
}

LoweredProgram lower_program(const runtime::Program& program, const llvm::DataLayout& layout,
                             const llvm::Triple& triple) {
  LoweredProgram out;
  out.context = std::make_unique<llvm::LLVMContext>();
  out.module = std::make_unique<llvm::Module>("tsc", *out.context);
  out.module->setDataLayout(layout);
  out.module->setTargetTriple(triple.str());
  out.sites = std::make_unique<SiteTable>();
  ProgramLowering lowering(program, *out.context, *out.module, *out.sites);
  out.reasons = lowering.run();
  return out;
}

} // namespace tsc::codegen::jit
