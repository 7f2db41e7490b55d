// codegen/llvm/jit.cpp - Compiles a program's native functions with ORC LLJIT (O3, host CPU) and calls them.
#include "codegen/llvm/jit.h"

#include "codegen/llvm/abi.h"
#include "codegen/llvm/lower.h"

#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Transforms/Scalar/InductiveRangeCheckElimination.h>

#include <chrono>
#include <ctime>
#include <mutex>
#include <vector>

namespace tsc::codegen {
namespace {

using jit::LoweredProgram;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread: the cost of compiling, whatever else the machine runs.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::string llvm_message(llvm::Error error) {
  return llvm::toString(std::move(error));
}

void initialize_llvm() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
  });
}

// The host machine: its triple, CPU and features, at the highest code generation level.
runtime::Result<llvm::orc::JITTargetMachineBuilder> host_machine() {
  initialize_llvm();
  auto jtmb = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (!jtmb)
    return runtime::Error{"cannot describe the host machine: " + llvm_message(jtmb.takeError())};
  jtmb->setCodeGenOptLevel(llvm::CodeGenOptLevel::Aggressive);
  // Direct calls and RIP-relative constants; JITLink adds stubs for far symbols.
  jtmb->setCodeModel(llvm::CodeModel::Small);
  return std::move(*jtmb);
}

// The default O3 pipeline, with the host TargetMachine so that the
// vectorizers know the CPU (without it, nothing is vectorized).
void optimize(llvm::Module& module, llvm::TargetMachine& tm) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions options;
  llvm::PassBuilder pb(&tm, options);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  // Bounds checks on a loop index (`row[j]` for j in range(m)) split the loop
  // into one without checks and short ones with them, which the vectorizer
  // can then handle (IRCE is not in the default pipeline).
  pb.registerScalarOptimizerLateEPCallback(
      [](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel) { fpm.addPass(llvm::IRCEPass()); });
  pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3).run(module, mam);
}

struct Built {
  LoweredProgram lowered;
  std::unique_ptr<llvm::TargetMachine> tm;
};

// Lowers and optimizes `program` for the host.
runtime::Result<Built> build(const runtime::Program& program, llvm::orc::JITTargetMachineBuilder& jtmb,
                             JitStats* stats) {
  auto tm = jtmb.createTargetMachine();
  if (!tm)
    return runtime::Error{"cannot create the host target machine: " + llvm_message(tm.takeError())};
  Built built;
  built.tm = std::move(*tm);
  auto start = Clock::now();
  built.lowered = jit::lower_program(program, built.tm->createDataLayout(), built.tm->getTargetTriple());
  std::string errors;
  llvm::raw_string_ostream os(errors);
  if (llvm::verifyModule(*built.lowered.module, &os))
    return runtime::Error{"generated LLVM IR does not verify: " + os.str()};
  if (stats)
    stats->lower_ms = ms_since(start);
  start = Clock::now();
  optimize(*built.lowered.module, *built.tm);
  if (stats)
    stats->optimize_ms = ms_since(start);
  return built;
}

using EntryFn = int32_t (*)(const runtime::Value* args, runtime::Value* result, int64_t depth);

class LlvmFunction final : public runtime::NativeFunction {
public:
  explicit LlvmFunction(EntryFn entry) : entry_(entry) {}
  runtime::Value invoke(const runtime::Value* args, size_t depth, std::ostream& out) const override {
    abi::OutputScope scope(out);
    runtime::Value result;
    if (entry_(args, &result, static_cast<int64_t>(depth)) != 0)
      abi::rethrow_pending();
    return result;
  }

private:
  EntryFn entry_;
};

class LlvmModule final : public runtime::NativeModule {
public:
  const runtime::NativeFunction* function(size_t index) const override { return functions_[index].get(); }
  std::string fallback_reason(size_t index) const override { return reasons_[index]; }

  JitStats stats;
  // Destroyed in reverse: functions, then the code, then the sites it refers to.
  std::unique_ptr<jit::SiteTable> sites_;
  std::unique_ptr<llvm::orc::LLJIT> jit_;
  std::vector<std::string> reasons_;
  std::vector<std::unique_ptr<LlvmFunction>> functions_;
};

class LlvmBackend final : public runtime::NativeBackend {
public:
  std::string_view name() const override { return "llvm"; }

  runtime::Result<std::unique_ptr<runtime::NativeModule>>
  compile(const runtime::Program& program) const override {
    auto out = std::make_unique<LlvmModule>();
    auto jtmb = host_machine();
    if (!jtmb)
      return jtmb.error();
    double cpu_start = thread_cpu_ms();
    auto built = build(program, *jtmb, &out->stats);
    if (!built)
      return built.error();
    LoweredProgram& lowered = built->lowered;
    out->reasons_ = lowered.reasons;
    out->functions_.resize(program.num_functions());
    for (const std::string& r : out->reasons_)
      (r.empty() ? out->stats.functions : out->stats.fallbacks)++;
    out->sites_ = std::move(lowered.sites);
    if (out->stats.functions == 0) {
      out->stats.cpu_ms = thread_cpu_ms() - cpu_start;
      return std::unique_ptr<runtime::NativeModule>(std::move(out));
    }

    auto start = Clock::now();
    auto jit = llvm::orc::LLJITBuilder().setJITTargetMachineBuilder(std::move(*jtmb)).create();
    if (!jit)
      return runtime::Error{"cannot create the JIT: " + llvm_message(jit.takeError())};
    out->jit_ = std::move(*jit);
    llvm::orc::LLJIT& j = *out->jit_;
    // The runtime helpers and the sites, by address (See Note [Native ABI]).
    llvm::orc::SymbolMap symbols;
    size_t count = 0;
    const abi::HelperSymbol* helpers = abi::helper_symbols(&count);
    for (size_t i = 0; i < count; ++i) {
      symbols[j.mangleAndIntern(helpers[i].name)] = {llvm::orc::ExecutorAddr::fromPtr(helpers[i].address),
                                                     llvm::JITSymbolFlags::Exported |
                                                         llvm::JITSymbolFlags::Callable};
    }
    for (const auto& [symbol, address] : out->sites_->symbols()) {
      symbols[j.mangleAndIntern(symbol)] = {llvm::orc::ExecutorAddr::fromPtr(address),
                                            llvm::JITSymbolFlags::Exported};
    }
    if (auto err = j.getMainJITDylib().define(llvm::orc::absoluteSymbols(std::move(symbols))))
      return runtime::Error{"cannot define the runtime symbols: " + llvm_message(std::move(err))};
    if (auto err =
            j.addIRModule(llvm::orc::ThreadSafeModule(std::move(lowered.module), std::move(lowered.context))))
      return runtime::Error{"cannot add the module: " + llvm_message(std::move(err))};
    for (size_t i = 0; i < program.num_functions(); ++i) {
      if (!out->reasons_[i].empty())
        continue;
      auto address = j.lookup(jit::entry_symbol(program.function(i).name));
      if (!address)
        return runtime::Error{"cannot find '" + program.function(i).name +
                              "' in the JIT: " + llvm_message(address.takeError())};
      out->functions_[i] = std::make_unique<LlvmFunction>(address->toPtr<EntryFn>());
    }
    out->stats.codegen_ms = ms_since(start);
    out->stats.cpu_ms = thread_cpu_ms() - cpu_start;
    return std::unique_ptr<runtime::NativeModule>(std::move(out));
  }
};

std::string fallback_comments(const runtime::Program& program, const std::vector<std::string>& reasons) {
  std::string out;
  for (size_t i = 0; i < reasons.size(); ++i) {
    if (!reasons[i].empty())
      out += "; function '" + program.function(i).name + "' runs in the interpreter: " + reasons[i] + "\n";
  }
  return out;
}

} // namespace

const runtime::NativeBackend& llvm_backend() {
  static const LlvmBackend backend;
  return backend;
}

const JitStats* jit_stats(const runtime::NativeModule& module) {
  auto* m = dynamic_cast<const LlvmModule*>(&module);
  return m ? &m->stats : nullptr;
}

runtime::Result<std::string> emit_llvm_ir(const runtime::Program& program) {
  auto jtmb = host_machine();
  if (!jtmb)
    return jtmb.error();
  auto built = build(program, *jtmb, nullptr);
  if (!built)
    return built.error();
  std::string text = fallback_comments(program, built->lowered.reasons);
  llvm::raw_string_ostream os(text);
  built->lowered.module->print(os, nullptr);
  return os.str();
}

runtime::Result<std::string> emit_assembly(const runtime::Program& program) {
  auto jtmb = host_machine();
  if (!jtmb)
    return jtmb.error();
  auto built = build(program, *jtmb, nullptr);
  if (!built)
    return built.error();
  std::string text = fallback_comments(program, built->lowered.reasons);
  for (char& c : text) {
    if (c == ';')
      c = '#';
  }
  llvm::SmallString<0> code;
  llvm::raw_svector_ostream os(code);
  llvm::legacy::PassManager pm;
  if (built->tm->addPassesToEmitFile(pm, os, nullptr, llvm::CodeGenFileType::AssemblyFile))
    return runtime::Error{"the host target cannot emit assembly"};
  pm.run(*built->lowered.module);
  return text + std::string(code.str());
}

} // namespace tsc::codegen
