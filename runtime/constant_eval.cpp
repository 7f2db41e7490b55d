// runtime/constant_eval.cpp - Runs one kernel on constant inputs for the constprop pass.
#include "runtime/constant_eval.h"

#include "runtime/bytecode.h"
#include "runtime/error.h"
#include "runtime/kernel_registry.h"
#include "runtime/value.h"
#include "passes/pass_manager.h"

#include <new>
#include <sstream>
#include <stdexcept>

namespace tsc::runtime {
namespace {

std::optional<passes::Constant> from_value(const Value& v) {
  switch (v.tag()) {
  case Tag::None:
    return passes::Constant{};
  case Tag::Bool:
    return passes::Constant(v.to_bool());
  case Tag::Int:
    return passes::Constant(v.to_int());
  case Tag::Double:
    return passes::Constant(v.to_double());
  case Tag::Str:
    if (v.str_view().size() > KernelConstantEvaluator::kMaxFoldedStr)
      return std::nullopt;
    return passes::Constant(std::string(v.str_view()));
  case Tag::Tensor:
  case Tag::List:
  case Tag::Tuple:
  case Tag::Dict:
  case Tag::Object:
  case Tag::Function:
    break;
  }
  return std::nullopt;
}

// `s * n` with a huge n would build the whole string at compile time first.
bool too_large(const ir::OpSchema& schema, const std::vector<passes::Constant>& inputs) {
  if (schema.qualified_name() != "aten::mul.str" || inputs.size() != 2)
    return false;
  const auto* s = std::get_if<std::string>(&inputs[0]);
  const auto* n = std::get_if<int64_t>(&inputs[1]);
  return s != nullptr && n != nullptr && *n > 0 &&
         static_cast<uint64_t>(*n) * std::max<size_t>(s->size(), 1) > KernelConstantEvaluator::kMaxFoldedStr;
}

} // namespace

std::optional<std::vector<passes::Constant>>
KernelConstantEvaluator::fold(const ir::OpSchema& schema, const ir::Node& node,
                              const std::vector<passes::Constant>& inputs) const {
  if (schema.effect != ir::OpEffect::Pure || too_large(schema, inputs))
    return std::nullopt;
  Kernel kernel = KernelRegistry::global().find(schema);
  if (kernel == nullptr)
    return std::nullopt;
  // Registers: the inputs, trailing schema defaults (as the bytecode compiler
  // materializes them), then the outputs.
  std::vector<Value> regs;
  for (const passes::Constant& c : inputs)
    regs.push_back(default_to_value(c));
  for (size_t i = regs.size(); !schema.is_vararg && i < schema.arguments.size(); ++i) {
    const auto& d = schema.arguments[i].default_value;
    if (!d)
      return std::nullopt;
    regs.push_back(default_to_value(*d));
  }
  const size_t num_inputs = regs.size();
  regs.resize(num_inputs + node.num_outputs());
  std::vector<uint32_t> operands;
  for (uint32_t i = 0; i < regs.size(); ++i)
    operands.push_back(i);
  std::ostringstream sink; // folded ops print nothing; a kernel that tried would not be Pure
  KernelFrame frame{regs.data(), operands.data(), static_cast<uint32_t>(num_inputs),
                    static_cast<uint32_t>(node.num_outputs()), &node, &sink};
  try {
    kernel(frame);
  } catch (const ScriptError&) {
    return std::nullopt; // raised at run time instead, with its traceback
  } catch (const std::bad_alloc&) {
    return std::nullopt;
  } catch (const std::length_error&) {
    return std::nullopt;
  }
  std::vector<passes::Constant> out;
  for (size_t i = num_inputs; i < regs.size(); ++i) {
    auto c = from_value(regs[i]);
    if (!c)
      return std::nullopt;
    out.push_back(std::move(*c));
  }
  return out;
}

const passes::ConstantEvaluator& constant_evaluator() {
  static const KernelConstantEvaluator evaluator;
  return evaluator;
}

bool optimize(ir::Module& module, ir::DiagnosticEngine& diag) {
  passes::PassManagerOptions options;
  options.evaluator = &constant_evaluator();
  return passes::run_pipeline(module, passes::default_pipeline(), options, diag);
}

} // namespace tsc::runtime
