// runtime/bytecode.cpp - Opcode names and the bytecode listing (--emit=bytecode).
#include "runtime/bytecode.h"

#include "runtime/format.h"

#include <string>

namespace tsc::runtime {
namespace {

constexpr const char* kOpcodeNames[] = {
#define TSC_OPCODE_NAME(name, words) #name,
    TSC_FORALL_OPCODES(TSC_OPCODE_NAME)
#undef TSC_OPCODE_NAME
};

constexpr uint32_t kFixedWords[] = {
#define TSC_OPCODE_WORDS(name, words) words,
    TSC_FORALL_OPCODES(TSC_OPCODE_WORDS)
#undef TSC_OPCODE_WORDS
};

std::string reg(uint32_t r) {
  return r == kNoReg ? "_" : "r" + std::to_string(r);
}

} // namespace

const char* opcode_name(Opcode op) {
  auto i = static_cast<size_t>(op);
  return i < static_cast<size_t>(Opcode::NumOpcodes) ? kOpcodeNames[i] : "?";
}

size_t instruction_words(const uint32_t* pc) {
  auto op = static_cast<Opcode>(pc[0]);
  // The variable-length instructions: their count words say how many follow.
  size_t extra = 0;
  if (op == Opcode::Call || op == Opcode::ListConstruct)
    extra = pc[3];
  if (op == Opcode::CallKernel)
    extra = pc[2] + pc[3];
  if (op == Opcode::DictConstruct)
    extra = 2 * pc[3];
  if (op == Opcode::TupleConstruct || op == Opcode::TupleUnpack || op == Opcode::ListUnpack)
    extra = pc[2];
  return 1 + kFixedWords[static_cast<size_t>(op)] + extra;
}

std::string disassemble(const CompiledFunction& fn) {
  std::string out = "function " + fn.ir->name + " (" + std::to_string(fn.num_params) + " params, " +
                    std::to_string(fn.num_regs) + " registers)\n";
  for (const auto& [r, v] : fn.constants)
    out += "  const " + reg(r) + " = " + to_repr(v) + "\n";
  const uint32_t* code = fn.code.data();
  size_t pc = 0;
  while (pc < fn.code.size()) {
    auto op = static_cast<Opcode>(code[pc]);
    size_t words = instruction_words(code + pc);
    out += "  " + std::to_string(pc) + ": " + opcode_name(op);
    if (op == Opcode::CallKernel)
      out += " " + fn.sites[code[pc + 1]].schema->qualified_name();
    for (size_t i = 1; i < words; ++i)
      out += " " + std::to_string(code[pc + i]);
    out += "\n";
    pc += words;
  }
  return out;
}

} // namespace tsc::runtime
