// runtime/interpreter.cpp - The bytecode VM: frames on a per-thread register stack, a computed-goto loop.
//
// Note [Frames and the register stack]
// Script calls do not recurse on the C++ stack: a Call instruction pushes a
// Frame and continues in the same loop, and Return pops it. Registers come
// from the calling thread's RegisterStack, a list of chunks that never move
// (so `regs` pointers stay valid); a frame takes one contiguous range in one
// chunk. Because loaded code is immutable and all mutable state is
// thread-local, threads share a Program freely.
#include "runtime/interpreter.h"

#include "ir/assert.h"
#include "ir/verifier.h"
#include "runtime/arith.h"
#include "runtime/dict.h"
#include "runtime/kernel_util.h"
#include "runtime/value_ops.h"

#include <iostream>
#include <new>
#include <stdexcept>
#include <string>

namespace tsc::runtime {
namespace {

struct Frame {
  const CompiledFunction* fn;
  Value* regs;
  const uint32_t* pc; // after the Call instruction, while this frame waits for a callee
  uint32_t dst;       // the caller's register for the result, or kNoReg
  uint32_t saved_chunk;
  size_t saved_used;
};

class RegisterStack {
public:
  // Reserves `n` registers; records where the stack was, for pop_to.
  Value* push(uint32_t n, uint32_t* saved_chunk, size_t* saved_used) {
    *saved_chunk = current_;
    *saved_used = used_;
    if (used_ + n > capacity_) [[unlikely]]
      next_chunk(n);
    Value* base = base_ + used_;
    used_ += n;
    return base;
  }

  void pop_to(uint32_t chunk, size_t used) {
    if (chunk != current_) [[unlikely]] {
      current_ = chunk;
      base_ = chunks_[chunk].slots.get();
      capacity_ = chunks_[chunk].size;
    }
    used_ = used;
  }

private:
  struct Chunk {
    std::unique_ptr<Value[]> slots;
    size_t size;
  };
  static constexpr size_t kChunkSize = size_t{1} << 15; // 512 KiB of registers
  // A thread's first chunk is small: most programs never leave it, and a
  // 512 KiB first chunk cost every thread's first call ~0.2 ms of page faults
  // (the "first call after load as fast as the tenth" of docs/modules.md).
  static constexpr size_t kFirstChunkSize = size_t{1} << 10; // 16 KiB

  static Chunk make_chunk(size_t n, size_t at_least) {
    size_t size = n > at_least ? n : at_least;
    return Chunk{std::make_unique<Value[]>(size), size};
  }

  // Moves to the next chunk (creating or enlarging it) for a frame of `n`.
  void next_chunk(size_t n) {
    if (!chunks_.empty())
      ++current_;
    if (current_ == chunks_.size()) {
      chunks_.push_back(make_chunk(n, chunks_.empty() ? kFirstChunkSize : kChunkSize));
    } else if (chunks_[current_].size < n) {
      // Chunks above the current one are unused: replace a small one.
      chunks_[current_] = make_chunk(n, current_ == 0 ? kFirstChunkSize : kChunkSize);
    }
    base_ = chunks_[current_].slots.get();
    capacity_ = chunks_[current_].size;
    used_ = 0;
  }

  std::vector<Chunk> chunks_;
  uint32_t current_ = 0;
  Value* base_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
};

// The active frames of a thread, innermost last; at most kMaxCallDepth.
class FrameStack {
public:
  FrameStack() : frames_(std::make_unique<Frame[]>(kMaxCallDepth + 1)) {}
  size_t size() const { return size_; }
  Frame& back() { return frames_[size_ - 1]; }
  Frame& operator[](size_t i) { return frames_[i]; }
  void push(const Frame& f) { frames_[size_++] = f; }
  void pop() { --size_; }
  // The VM tracks the top frame in a local pointer and syncs the size back.
  Frame* data() { return frames_.get(); }
  void set_size(size_t n) { size_ = n; }

private:
  std::unique_ptr<Frame[]> frames_;
  size_t size_ = 0;
};

struct ThreadState {
  RegisterStack stack;
  FrameStack frames;
};

ThreadState& thread_state() {
  thread_local ThreadState state;
  return state;
}

// Pushes a frame for `fn` with its constants loaded; the caller fills the parameters.
inline Value* enter(ThreadState& ts, const CompiledFunction* fn, uint32_t dst) {
  uint32_t chunk;
  size_t used;
  Value* regs = ts.stack.push(fn->num_regs, &chunk, &used);
  // Free slots hold no references (See Note [Register types]), so scalars
  // are stored raw.
  for (const auto& [r, v] : fn->scalar_constants)
    regs[r].raw_copy_scalar(v);
  for (const auto& [r, v] : fn->heap_constants)
    regs[r] = v;
  ts.frames.push(Frame{fn, regs, nullptr, dst, chunk, used});
  return regs;
}

// Pops the innermost frame, dropping the references its registers hold
// (See Note [Register types]).
inline void leave(ThreadState& ts) {
  const Frame& f = ts.frames.back();
  for (uint32_t r : f.fn->heap_regs)
    f.regs[r].reset();
  ts.stack.pop_to(f.saved_chunk, f.saved_used);
  ts.frames.pop();
}

std::string strip_blanks(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\f\v");
  if (b == std::string_view::npos)
    return "";
  size_t e = s.find_last_not_of(" \t\r\f\v");
  return std::string(s.substr(b, e - b + 1));
}

TraceFrame trace_entry(std::string function, const ir::SourceRange& r) {
  TraceFrame t;
  t.function = std::move(function);
  if (r.is_valid()) {
    t.file = r.filename();
    t.line = r.line;
    if (!r.source->text().empty())
      t.source_line = strip_blanks(r.source->line_text(r.line));
  }
  return t;
}

// Appends the traceback entries of the instruction at `at` of `fn`.
void append_code_trace(std::vector<TraceFrame>& frames, const CompiledFunction& fn, const uint32_t* at) {
  append_trace_entries(frames, fn, fn.node_at(static_cast<uint32_t>(at - fn.code.data())));
}

[[noreturn]] void raise_recursion() {
  raise_error("RecursionError", "maximum recursion depth exceeded");
}

// Pops the frames of this VM invocation (those above `entry_depth`) and
// returns their traceback entries, outermost first. `pc` is where the
// innermost frame was; a caller's pc is just past its Call instruction.
std::vector<TraceFrame> unwind(ThreadState& ts, size_t entry_depth, const uint32_t* pc) {
  std::vector<TraceFrame> frames;
  for (size_t i = entry_depth; i < ts.frames.size(); ++i) {
    const uint32_t* at = i + 1 == ts.frames.size() ? pc : ts.frames[i].pc - 1;
    append_code_trace(frames, *ts.frames[i].fn, at);
  }
  while (ts.frames.size() > entry_depth)
    leave(ts);
  return frames;
}

// Note [Handlers and destructors]
// A handler leaves its block with a computed goto, which does not run the
// destructors of objects declared in that block (GCC jumps straight to the
// label). Handlers that need an owning local therefore call one of these
// helpers, whose locals end with the call.

// dst = v, where v lives inside an object that dst may be the only owner of
// (`node = node.next`, `x = x[0]`): copy first, then assign.
inline void assign_from(Value& dst, const Value& v) {
  Value copy = v;
  dst = std::move(copy);
}

void str_append(Value& dst, const Value& tail_value) {
  StrObject& s = dst.as_str();
  std::string_view tail = tail_value.str_view();
  if (s.refcount() == 1 && &dst != &tail_value) {
    s.append_unshared(tail);
    return;
  }
  std::string joined;
  joined.reserve(s.view().size() + tail.size());
  joined += s.view();
  joined += tail;
  dst = Value::from_str(std::move(joined));
}

// dst type n r0 r1 ...
void list_construct(Value* regs, const uint32_t* pc, ir::TypePtr type) {
  uint32_t n = pc[3];
  auto list = Ref<ListObject>::make(type);
  list->reserve(n);
  for (uint32_t i = 0; i < n; ++i)
    list->push_back(regs[pc[4 + i]]);
  regs[pc[1]] = Value(std::move(list));
}

// dst type n k0 v0 k1 v1 ...
void dict_construct(Value* regs, const uint32_t* pc, ir::TypePtr type) {
  uint32_t n = pc[3];
  Value d = make_dict(type);
  Dict& dict = d.as_dict().dict();
  for (uint32_t i = 0; i < n; ++i)
    dict.set(regs[pc[4 + 2 * i]], regs[pc[5 + 2 * i]]);
  regs[pc[1]] = std::move(d);
}

// dst n r0 r1 ...
void tuple_construct(Value* regs, const uint32_t* pc) {
  uint32_t n = pc[2];
  std::vector<Value> items;
  items.reserve(n);
  for (uint32_t i = 0; i < n; ++i)
    items.push_back(regs[pc[3 + i]]);
  regs[pc[1]] = make_tuple(std::move(items));
}

void tuple_index(Value& dst, const Value& tuple, int64_t index) {
  const auto& items = tuple.as_tuple().items();
  assign_from(dst, items[normalize_index(index, items.size(), "tuple index out of range")]);
}

void tuple_slice(Value& dst, const Value& tuple, uint32_t begin_word, uint32_t end_word) {
  const auto& items = tuple.as_tuple().items();
  size_t begin = std::min<size_t>(begin_word, items.size());
  size_t end = std::max(begin, std::min<size_t>(end_word, items.size()));
  dst = make_tuple(std::vector<Value>(items.begin() + static_cast<std::ptrdiff_t>(begin),
                                      items.begin() + static_cast<std::ptrdiff_t>(end)));
}

// src n d0 d1 ...; holds the tuple, since a destination may be its register.
void tuple_unpack(Value* regs, const uint32_t* pc) {
  Value tuple = regs[pc[1]];
  const auto& items = tuple.as_tuple().items();
  uint32_t n = pc[2];
  TSC_ASSERT(items.size() == n, "tuple arity differs from its type");
  for (uint32_t i = 0; i < n; ++i)
    regs[pc[3 + i]] = items[i];
}

// src n d0 d1 ...; the length is checked here (a list's is not in its type).
void list_unpack(Value* regs, const uint32_t* pc) {
  Value held = regs[pc[1]];
  const ListObject& list = held.as_list();
  uint32_t n = pc[2];
  if (list.size() > n) {
    raise_error("ValueError", "too many values to unpack (expected " + std::to_string(n) + ")");
  }
  if (list.size() < n) {
    raise_error("ValueError", "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                                  std::to_string(list.size()) + ")");
  }
  for (uint32_t i = 0; i < n; ++i)
    regs[pc[3 + i]] = list.get(i);
}

// A Call of a function with native code (See Note [Native functions]): the
// callee runs on the C++ stack as frame number `depth`.
void call_native(const NativeFunction& callee, Value* regs, const uint32_t* args, uint32_t nargs, uint32_t dst,
                 size_t depth, std::ostream& out) {
  constexpr uint32_t kSmall = 8;
  Value small[kSmall];
  std::vector<Value> large(nargs > kSmall ? nargs : 0);
  Value* values = nargs > kSmall ? large.data() : small;
  for (uint32_t i = 0; i < nargs; ++i)
    values[i] = regs[args[i]];
  Value result = callee.invoke(values, depth, out);
  if (dst != kNoReg)
    regs[dst] = std::move(result);
}

Value execute(const Program& program, ThreadState& ts, size_t entry_depth, std::ostream& out) {
  const CompiledFunction* fn = ts.frames.back().fn;
  Value* regs = ts.frames.back().regs;
  const uint32_t* code = fn->code.data();
  const uint32_t* pc = code;
  const CompiledFunction* const* functions = program.function_table();
  // The innermost frame; ts.frames' size is synced from it where it matters.
  Frame* fp = &ts.frames.back();
  Frame* const entry_frame = fp;
  Frame* const frame_limit = ts.frames.data() + kMaxCallDepth - 1;

  static const void* const kLabels[] = {
#define TSC_OPCODE_LABEL(name, words) &&op_##name,
      TSC_FORALL_OPCODES(TSC_OPCODE_LABEL)
#undef TSC_OPCODE_LABEL
  };
  static_assert(sizeof(kLabels) / sizeof(kLabels[0]) == static_cast<size_t>(Opcode::NumOpcodes));

#define DISPATCH() goto* kLabels[*pc]
#define R(i) regs[pc[i]]

  try {
    DISPATCH();

    // ---- control ----
  op_Jump:
    pc = code + pc[1];
    DISPATCH();
  op_JumpIfFalse:
    pc = R(1).to_bool() ? pc + 3 : code + pc[2];
    DISPATCH();
  op_JumpIfTrue:
    pc = R(1).to_bool() ? code + pc[2] : pc + 3;
    DISPATCH();
  op_Return : {
    if (fp == entry_frame) {
      Value result = std::move(R(1));
      ts.frames.set_size(entry_depth + 1);
      leave(ts);
      return result;
    }
    Frame* caller = fp - 1;
    Value* caller_regs = caller->regs;
    if (fp->dst != kNoReg)
      caller_regs[fp->dst] = std::move(R(1));
    for (uint32_t r : fn->heap_regs)
      regs[r].reset();
    ts.stack.pop_to(fp->saved_chunk, fp->saved_used);
    fp = caller;
    fn = caller->fn;
    regs = caller_regs;
    code = fn->code.data();
    pc = caller->pc;
    DISPATCH();
  }
  op_Move:
    R(1) = R(2);
    pc += 3;
    DISPATCH();
  op_MoveScalar:
    R(1).raw_copy_scalar(R(2));
    pc += 3;
    DISPATCH();
  op_SetNone:
    R(1).reset();
    pc += 2;
    DISPATCH();
  op_LoopEnter:
    R(1).raw_set_int(0);
    pc = (R(3).to_bool() && 0 < R(2).to_int()) ? pc + 5 : code + pc[4];
    DISPATCH();
  op_LoopNext : {
    int64_t i = R(1).to_int() + 1;
    R(1).raw_set_int(i);
    pc = (R(3).to_bool() && i < R(2).to_int()) ? code + pc[4] : pc + 5;
    DISPATCH();
  }

  op_LoopNextNot : {
    int64_t i = R(1).to_int() + 1;
    R(1).raw_set_int(i);
    pc = (!R(3).to_bool() && i < R(2).to_int()) ? code + pc[4] : pc + 5;
    DISPATCH();
  }

    // ---- scalar arithmetic ----
  op_AddInt:
    R(1).raw_set_int(checked_add(R(2).to_int(), R(3).to_int()));
    pc += 4;
    DISPATCH();
  op_SubInt:
    R(1).raw_set_int(checked_sub(R(2).to_int(), R(3).to_int()));
    pc += 4;
    DISPATCH();
  op_MulInt:
    R(1).raw_set_int(checked_mul(R(2).to_int(), R(3).to_int()));
    pc += 4;
    DISPATCH();
  op_FloorDivInt:
    R(1).raw_set_int(floordiv_int(R(2).to_int(), R(3).to_int()));
    pc += 4;
    DISPATCH();
  op_ModInt:
    R(1).raw_set_int(mod_int(R(2).to_int(), R(3).to_int()));
    pc += 4;
    DISPATCH();
  op_AddFloat:
    R(1).raw_set_double(R(2).to_double() + R(3).to_double());
    pc += 4;
    DISPATCH();
  op_SubFloat:
    R(1).raw_set_double(R(2).to_double() - R(3).to_double());
    pc += 4;
    DISPATCH();
  op_MulFloat:
    R(1).raw_set_double(R(2).to_double() * R(3).to_double());
    pc += 4;
    DISPATCH();
  op_DivFloat:
    R(1).raw_set_double(truediv_float(R(2).to_double(), R(3).to_double()));
    pc += 4;
    DISPATCH();

#define TSC_COMPARE(name, type, op)                                                                          \
  op_##name : R(1).raw_set_bool(R(2).to_##type() op R(3).to_##type());                                       \
  pc += 4;                                                                                                   \
  DISPATCH();
    TSC_COMPARE(LtInt, int, <)
    TSC_COMPARE(LeInt, int, <=)
    TSC_COMPARE(GtInt, int, >)
    TSC_COMPARE(GeInt, int, >=)
    TSC_COMPARE(EqInt, int, ==)
    TSC_COMPARE(NeInt, int, !=)
    TSC_COMPARE(LtFloat, double, <)
    TSC_COMPARE(LeFloat, double, <=)
    TSC_COMPARE(GtFloat, double, >)
    TSC_COMPARE(GeFloat, double, >=)
    TSC_COMPARE(EqFloat, double, ==)
    TSC_COMPARE(NeFloat, double, !=)
#undef TSC_COMPARE

#define TSC_BRANCH(name, op)                                                                                 \
  op_##name : pc = (R(1).to_int() op R(2).to_int()) ? pc + 4 : code + pc[3];                                 \
  DISPATCH();
    TSC_BRANCH(JumpIfNotLtInt, <)
    TSC_BRANCH(JumpIfNotLeInt, <=)
    TSC_BRANCH(JumpIfNotGtInt, >)
    TSC_BRANCH(JumpIfNotGeInt, >=)
    TSC_BRANCH(JumpIfNotEqInt, ==)
    TSC_BRANCH(JumpIfNotNeInt, !=)
#undef TSC_BRANCH

  op_MinInt : {
    int64_t a = R(2).to_int(), b = R(3).to_int();
    R(1).raw_set_int(b < a ? b : a);
    pc += 4;
    DISPATCH();
  }
  op_MaxInt : {
    int64_t a = R(2).to_int(), b = R(3).to_int();
    R(1).raw_set_int(b > a ? b : a);
    pc += 4;
    DISPATCH();
  }
  op_Not:
    R(1).raw_set_bool(!R(2).to_bool());
    pc += 3;
    DISPATCH();
  op_NegInt:
    R(1).raw_set_int(checked_neg(R(2).to_int()));
    pc += 3;
    DISPATCH();
  op_NegFloat:
    R(1).raw_set_double(-R(2).to_double());
    pc += 3;
    DISPATCH();
  op_IntToFloat:
    R(1).raw_set_double(static_cast<double>(R(2).to_int()));
    pc += 3;
    DISPATCH();

    // ---- lists ----
  op_ListLen:
    R(1).raw_set_int(static_cast<int64_t>(R(2).as_list().size()));
    pc += 3;
    DISPATCH();
  op_ListGet : {
    ListObject& list = R(2).as_list();
    int64_t i = R(3).to_int();
    int64_t n = static_cast<int64_t>(list.size());
    if (i < 0)
      i += n;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) [[unlikely]]
      raise_index_error("list index out of range");
    auto at = static_cast<size_t>(i);
    // The destination's IR type is the element type: scalar registers take raw writes.
    switch (list.storage()) {
    case ListStorage::Ints:
      R(1).raw_set_int(list.ints()[at]);
      break;
    case ListStorage::Floats:
      R(1).raw_set_double(list.floats()[at]);
      break;
    case ListStorage::Bools:
      R(1).raw_set_bool(list.bools()[at] != 0);
      break;
    case ListStorage::Values:
      // The destination may be the list's own register (See Note [Coalescing]).
      assign_from(R(1), list.values()[at]);
      break;
    }
    pc += 4;
    DISPATCH();
  }
  op_ListSet : {
    ListObject& list = R(2).as_list();
    int64_t i = R(3).to_int();
    int64_t n = static_cast<int64_t>(list.size());
    if (i < 0)
      i += n;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) [[unlikely]]
      raise_index_error("list assignment index out of range");
    auto at = static_cast<size_t>(i);
    switch (list.storage()) {
    case ListStorage::Ints:
      list.ints()[at] = R(4).to_int();
      break;
    case ListStorage::Floats:
      list.floats()[at] = R(4).to_double();
      break;
    case ListStorage::Bools:
      list.bools()[at] = R(4).to_bool() ? 1 : 0;
      break;
    case ListStorage::Values:
      list.values()[at] = R(4);
      break;
    }
    if (pc[1] != kNoReg)
      R(1) = R(2);
    pc += 5;
    DISPATCH();
  }
  op_ListAppend:
    R(2).as_list().push_back(R(3));
    if (pc[1] != kNoReg)
      R(1) = R(2);
    pc += 4;
    DISPATCH();

  op_StrAppend:
    str_append(R(1), R(2));
    pc += 3;
    DISPATCH();

    // ---- calls ----
  op_Call : {
    if (fp >= frame_limit) [[unlikely]]
      raise_recursion();
    const CompiledFunction* callee = functions[pc[1]];
    const uint32_t* args = pc + 4;
    uint32_t nargs = pc[3];
    if (callee->native) {
      // The call stays on this frame: an error's traceback entry is this Call.
      call_native(*callee->native, regs, args, nargs, pc[2], static_cast<size_t>(fp - ts.frames.data()) + 2, out);
      pc = args + nargs;
      DISPATCH();
    }
    fp->pc = args + nargs;
    Frame* frame = fp + 1;
    frame->fn = callee;
    frame->dst = pc[2];
    Value* callee_regs = ts.stack.push(callee->num_regs, &frame->saved_chunk, &frame->saved_used);
    frame->regs = callee_regs;
    // Free slots hold no references (See Note [Register types]): scalars are stored raw.
    for (const auto& [r, v] : callee->scalar_constants)
      callee_regs[r].raw_copy_scalar(v);
    for (const auto& [r, v] : callee->heap_constants)
      callee_regs[r] = v;
    const uint8_t* scalar = callee->scalar_params.data();
    for (uint32_t i = 0; i < nargs; ++i) {
      if (scalar[i]) {
        callee_regs[i].raw_copy_scalar(regs[args[i]]);
      } else {
        callee_regs[i] = regs[args[i]];
      }
    }
    fp = frame;
    fn = callee;
    regs = callee_regs;
    code = fn->code.data();
    pc = code;
    DISPATCH();
  }
  op_CallKernel : {
    const KernelSite& site = fn->sites[pc[1]];
    KernelFrame frame{regs, pc + 4, pc[2], pc[3], site.node, &out};
    site.fn(frame);
    pc += 4 + pc[2] + pc[3];
    DISPATCH();
  }

    // ---- objects ----
  op_CreateObject:
    R(1) = Value(Ref<Object>::make(fn->classes[pc[2]]));
    pc += 3;
    DISPATCH();
  op_GetAttr:
    // `node = node.next`: the destination may hold the object itself.
    assign_from(R(1), R(2).as_object().slot(pc[3]));
    pc += 4;
    DISPATCH();
  op_SetAttr:
    R(1).as_object().slot(pc[2]) = R(3);
    pc += 4;
    DISPATCH();

    // ---- containers ----
  op_ListConstruct:
    list_construct(regs, pc, fn->types[pc[2]]);
    pc += 4 + pc[3];
    DISPATCH();
  op_DictConstruct:
    dict_construct(regs, pc, fn->types[pc[2]]);
    pc += 4 + 2 * pc[3];
    DISPATCH();
  op_TupleConstruct:
    tuple_construct(regs, pc);
    pc += 3 + pc[2];
    DISPATCH();
  op_TupleIndex:
    tuple_index(R(1), R(2), R(3).to_int());
    pc += 4;
    DISPATCH();
  op_TupleIndexConst:
    assign_from(R(1), R(2).as_tuple().items()[pc[3]]);
    pc += 4;
    DISPATCH();
  op_TupleSlice:
    tuple_slice(R(1), R(2), pc[3], pc[4]);
    pc += 5;
    DISPATCH();
  op_TupleUnpack:
    tuple_unpack(regs, pc);
    pc += 3 + pc[2];
    DISPATCH();
  op_ListUnpack:
    list_unpack(regs, pc);
    pc += 3 + pc[2];
    DISPATCH();
  op_IsInstance:
    R(1).raw_set_bool(value_matches_type(R(2), fn->types[pc[3]]));
    pc += 4;
    DISPATCH();
  } catch (ScriptError& e) {
    ts.frames.set_size(static_cast<size_t>(fp - ts.frames.data()) + 1);
    e.prepend_frames(unwind(ts, entry_depth, pc));
    throw;
  } catch (const std::bad_alloc&) {
    // Out of memory, or a container larger than a vector can be.
    ts.frames.set_size(static_cast<size_t>(fp - ts.frames.data()) + 1);
    ScriptError error("MemoryError", "");
    error.prepend_frames(unwind(ts, entry_depth, pc));
    throw error;
  } catch (const std::length_error&) {
    ts.frames.set_size(static_cast<size_t>(fp - ts.frames.data()) + 1);
    ScriptError error("MemoryError", "");
    error.prepend_frames(unwind(ts, entry_depth, pc));
    throw error;
  } catch (...) {
    // Anything else is not the script's: still leave the thread's stack clean.
    ts.frames.set_size(static_cast<size_t>(fp - ts.frames.data()) + 1);
    unwind(ts, entry_depth, pc);
    throw;
  }
#undef DISPATCH
#undef R
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// 'a', 'b' and 'c' (CPython's list of missing argument names).
std::string name_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      out += (i + 1 == names.size()) ? (names.size() > 2 ? ", and " : " and ") : ", ";
    out += "'" + names[i] + "'";
  }
  return out;
}

Value default_value(const ir::DefaultValue& d, ir::TypePtr type) {
  switch (d.index()) {
  case 0:
    return Value();
  case 1:
    if (type->kind() == ir::TypeKind::Float)
      return Value::from_double(static_cast<double>(std::get<int64_t>(d)));
    return Value::from_int(std::get<int64_t>(d));
  case 2:
    return Value::from_double(std::get<double>(d));
  case 3:
    return Value::from_bool(std::get<bool>(d));
  default:
    return Value::from_str(std::get<std::string>(d));
  }
}

} // namespace

// One entry, or for a node that was inlined, one per function the call would
// have entered, so that the traceback reads as without inlining. See Note
// [Inlined call stacks].
void append_trace_entries(std::vector<TraceFrame>& frames, const CompiledFunction& fn, const ir::Node* node) {
  std::vector<const ir::InlinedCallStack*> chain;
  for (const ir::InlinedCallStack* cs = node ? node->inlined_at() : nullptr; cs != nullptr; cs = cs->parent)
    chain.push_back(cs);
  std::string function = fn.display_name;
  for (size_t i = chain.size(); i-- > 0;) {
    frames.push_back(trace_entry(std::move(function), chain[i]->call_site));
    function = traceback_name(chain[i]->function);
  }
  const ir::SourceRange& r = node && node->range().is_valid() ? node->range() : fn.ir->range;
  frames.push_back(trace_entry(std::move(function), r));
}

// Whether a caller passes a bool for an `int` parameter. Such a call runs
// interpreted: the interpreter keeps the bool (CPython returns True from
// `def f(x: int) -> int: return x` called with True), while native code
// holds an int as a machine integer. Calls between script functions never
// do this (the frontend converts with aten::Int), so only entry calls check.
namespace {
bool bool_for_int(const ir::Function& fn, const std::vector<Value>& args) {
  for (size_t i = 0; i < args.size() && i < fn.params.size(); ++i) {
    if (args[i].is_bool() && fn.params[i].type->kind() == ir::TypeKind::Int)
      return true;
  }
  return false;
}
} // namespace

Value run_function(const Program& program, size_t index, std::vector<Value>& args, std::ostream& out) {
  ThreadState& ts = thread_state();
  if (ts.frames.size() >= kMaxCallDepth)
    raise_recursion();
  size_t entry_depth = ts.frames.size();
  const CompiledFunction* fn = &program.compiled(index);
  TSC_ASSERT(args.size() == fn->num_params, "run_function needs one argument per parameter");
  if (fn->native && !bool_for_int(*fn->ir, args))
    return fn->native->invoke(args.data(), entry_depth + 1, out);
  Value* regs = enter(ts, fn, kNoReg);
  for (size_t i = 0; i < args.size(); ++i)
    regs[i] = std::move(args[i]);
  return execute(program, ts, entry_depth, out);
}

std::unique_ptr<Program> Program::load(std::unique_ptr<ir::Module> module, ir::DiagnosticEngine& diag,
                                       const BackendOptions& options) {
  if (!ir::verify(*module, diag))
    return nullptr;
  std::unique_ptr<Program> program(new Program());
  program->module_ = std::move(module);
  for (const auto& fn : program->module_->functions()) {
    program->by_name_.emplace(fn->name, program->functions_.size());
    program->functions_.push_back(std::make_unique<CompiledFunction>());
    program->table_.push_back(program->functions_.back().get());
  }
  const auto& fns = program->module_->functions();
  bool ok = true;
  for (size_t i = 0; i < fns.size(); ++i) {
    ok = compile_function(*fns[i], *program, *program->functions_[i], diag) && ok;
  }
  if (!ok)
    return nullptr;
  if (options.backend != Backend::Interp && !program->load_native(options, diag))
    return nullptr;
  return program;
}

bool Program::load_native(const BackendOptions& options, ir::DiagnosticEngine& diag) {
  if (options.native == nullptr) {
    if (options.backend == Backend::Auto)
      return true;
    diag.error(ir::SourceRange(), "backend 'jit' needs a native backend, and none is linked in");
    return false;
  }
  auto compiled = options.native->compile(*this);
  if (!compiled) {
    diag.error(ir::SourceRange(), "native backend '" + std::string(options.native->name()) +
                                      "': " + compiled.error().message);
    return false;
  }
  native_ = std::move(compiled.value());
  bool ok = true;
  for (size_t i = 0; i < functions_.size(); ++i) {
    functions_[i]->native = native_->function(i);
    if (!functions_[i]->native && options.backend == Backend::Jit) {
      diag.error(functions_[i]->ir->range,
                 "function '" + functions_[i]->ir->name + "': " + native_->fallback_reason(i));
      ok = false;
    }
  }
  return ok;
}

std::optional<size_t> Program::find(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  if (it == by_name_.end())
    return std::nullopt;
  return it->second;
}

int64_t Program::function_index(const std::string& name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? -1 : static_cast<int64_t>(it->second);
}

Value Program::call(size_t index, std::vector<Value> args, const CallOptions& options) const {
  const ir::Function& f = function(index);
  // CPython 3.11 names the function by its qualified name here ("Counter.bump").
  const std::string& name = f.name;
  size_t positional = 0, with_default = 0;
  for (const ir::Parameter& p : f.params) {
    if (p.kwarg_only)
      continue;
    ++positional;
    if (p.default_value)
      ++with_default;
  }
  if (args.size() > positional) {
    std::string takes = with_default ? "from " + std::to_string(positional - with_default) + " to " +
                                           std::to_string(positional) + " positional arguments"
                                     : plural(positional, "positional argument");
    raise_error("TypeError", name + "() takes " + takes + " but " + std::to_string(args.size()) +
                                 (args.size() == 1 ? " was" : " were") + " given");
  }
  std::vector<std::string> missing_positional, missing_keyword;
  for (size_t i = args.size(); i < f.params.size(); ++i) {
    const ir::Parameter& p = f.params[i];
    if (p.default_value) {
      args.push_back(default_value(*p.default_value, p.type));
    } else {
      (p.kwarg_only ? missing_keyword : missing_positional).push_back(p.name);
      args.emplace_back();
    }
  }
  if (!missing_positional.empty()) {
    raise_error("TypeError", name + "() missing " + std::to_string(missing_positional.size()) +
                                 " required positional argument" +
                                 (missing_positional.size() == 1 ? "" : "s") + ": " +
                                 name_list(missing_positional));
  }
  if (!missing_keyword.empty()) {
    raise_error("TypeError", name + "() missing " + std::to_string(missing_keyword.size()) +
                                 " required keyword-only argument" +
                                 (missing_keyword.size() == 1 ? "" : "s") + ": " +
                                 name_list(missing_keyword));
  }
  for (size_t i = 0; i < f.params.size(); ++i) {
    if (!value_matches_type(args[i], f.params[i].type)) {
      raise_error("TypeError", name + "() argument '" + f.params[i].name + "' must be " +
                                   f.params[i].type->str() + ", not " + type_name(args[i]));
    }
  }
  return run_function(*this, index, args, options.out ? *options.out : std::cout);
}

std::string Program::disassemble() const {
  std::string out;
  for (size_t i = 0; i < functions_.size(); ++i) {
    if (i)
      out += "\n";
    out += runtime::disassemble(*functions_[i]);
  }
  return out;
}

} // namespace tsc::runtime
