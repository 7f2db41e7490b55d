// passes/registry.cpp - The one table of passes that pipelines, the CLI and the tests reach them through.
#include "passes/registry.h"

#include "passes/canonicalize.h"
#include "passes/constprop.h"
#include "passes/cse.h"
#include "passes/dce.h"
#include "passes/inline.h"
#include "passes/licm.h"
#include "passes/shape_prop.h"
#include "passes/specialize_optional.h"
#include "passes/unroll.h"

namespace tsc::passes {
namespace {
constexpr PassInfo kPasses[] = {
    {"inline", "inlines calls of small non-recursive functions", create_inline_pass},
    {"constprop", "propagates and folds constants, and control flow on constant conditions",
     create_constprop_pass},
    {"canonicalize", "peephole rewrites that are exact under Python semantics (x+0, x*1, not not b, ...)",
     create_canonicalize_pass},
    {"specialize-optional", "removes Optional checks whose answer is known", create_specialize_optional_pass},
    {"cse", "merges equal computations of immutable values", create_cse_pass},
    {"licm", "hoists loop-invariant computations out of loops", create_licm_pass},
    {"unroll", "unrolls loops with a small constant trip count", create_unroll_pass},
    {"dce", "removes unused computations that have no effect and cannot raise", create_dce_pass},
    {"shape-prop", "refines tensor types with the dtype, rank and sizes their ops imply",
     create_shape_prop_pass},
};
} // namespace

std::span<const PassInfo> pass_registry() {
  return kPasses;
}

const PassInfo* find_pass(std::string_view name) {
  for (const PassInfo& p : kPasses) {
    if (p.name == name)
      return &p;
  }
  return nullptr;
}

} // namespace tsc::passes
