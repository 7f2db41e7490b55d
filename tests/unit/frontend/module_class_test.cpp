// tests/unit/frontend/module_class_test.cpp - Module classes: headers, methods from other files, static
// conditions, containers.
#include "frontend/compiler.h"

#include "frontend/diagnostic_printer.h"
#include "ir/printer.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace tsc::frontend {
namespace {

// What tsc.script writes for a module with a Linear-like child list (see Note [Module classes]).
const char* const kHeaders = "class Lin:\n"
                             "    __tsc_module__('torch.nn.Linear', '')\n"
                             "    __tsc_attribute__('weight', Tensor, 'parameter')\n"
                             "    __tsc_constant__('bias', None)\n"
                             "    __tsc_constant__('training', False)\n"
                             "    __tsc_constant__('mode', 'zeros')\n"
                             "class Stack:\n"
                             "    __tsc_module__('torch.nn.ModuleList', 'list')\n"
                             "    __tsc_attribute__('0', Lin, 'module')\n"
                             "    __tsc_attribute__('1', Lin, 'module')\n"
                             "class Net:\n"
                             "    __tsc_module__('user.Net', '')\n"
                             "    __tsc_attribute__('layers', Stack, 'module')\n"
                             "    __tsc_attribute__('count', int, 'plain')\n"
                             "    __tsc_unsupported__('act', 'it holds a Python function')\n"
                             "    __tsc_ignored__('debug')\n";

// Methods as they stand in their own files (indented: they are in class bodies there).
const char* const kLinFile = "import torch\n"                                 // 1
                             "class Linear:\n"                                // 2
                             "    def forward(self, x: Tensor) -> Tensor:\n"  // 3
                             "        if self.training:\n"                    // 4
                             "            x = not_compiled(x)\n"              // 5
                             "        if self.mode != 'zeros':\n"             // 6
                             "            return _pair(x)\n"                  // 7
                             "        if self.bias is not None:\n"            // 8
                             "            x = x + self.bias\n"                // 9
                             "        return torch.matmul(x, self.weight)\n"; // 10

const char* const kNetFile = "class Net:\n"                                      // 1
                             "    def forward(self, x: Tensor) -> Tensor:\n"     // 2
                             "        for i, layer in enumerate(self.layers):\n" // 3
                             "            x = layer(x) * (i + 1)\n"              // 4
                             "        self.count += len(self.layers)\n"          // 5
                             "        return self.layers[-1](x)\n"               // 6
                             "    def bad(self, x: Tensor) -> Tensor:\n"         // 7
                             "        return self.act(x)\n"                      // 8
                             "    def worse(self, x: Tensor) -> Tensor:\n"       // 9
                             "        return self.debug(x)\n"                    // 10
                             "    def pair(self, x: int) -> int:\n"              // 11
                             "        return _pair(x)\n";                        // 12

struct Program {
  std::shared_ptr<const ir::Source> headers = std::make_shared<const ir::Source>("<tsc modules>", kHeaders);
  std::shared_ptr<const ir::Source> consts = std::make_shared<const ir::Source>(
      "<tsc constants>", "_pair = __tsc_unsupported__('name _pair is a closure')\n");
  std::shared_ptr<const ir::Source> lin = std::make_shared<const ir::Source>("linear.py", kLinFile);
  std::shared_ptr<const ir::Source> net = std::make_shared<const ir::Source>("net.py", kNetFile);

  std::unique_ptr<ir::Module> compile(ir::DiagnosticEngine& diag, uint32_t net_last) const {
    return frontend::compile({SourceFragment{lin, 1, 1}, SourceFragment{consts}, SourceFragment{headers},
                              SourceFragment{lin, 3, 10, "Lin"}, SourceFragment{net, 2, net_last, "Net"}},
                             diag);
  }
};

TEST_CASE("module methods compile with constants folded and dead branches skipped", "[frontend][module]") {
  Program p;
  ir::DiagnosticEngine diag;
  auto module = p.compile(diag, 6);
  INFO(format_diagnostics(diag));
  REQUIRE(module);
  const ir::Function* fwd = module->find_function("Lin.forward");
  REQUIRE(fwd);
  std::string text = ir::print_function(*fwd);
  // training, mode != 'zeros' and `bias is not None` are static: only matmul is left.
  CHECK(text.find("prim::If") == std::string::npos);
  CHECK(text.find("aten::matmul") != std::string::npos);
  CHECK(text.find("aten::add") == std::string::npos);
  const ir::Function* net = module->find_function("Net.forward");
  REQUIRE(net);
  std::string net_text = ir::print_function(*net);
  // The container loop is unrolled: both children are read, and the last one is called again.
  CHECK(net_text.find("prim::GetAttr[name=\"0\"]") != std::string::npos);
  CHECK(net_text.find("prim::GetAttr[name=\"1\"]") != std::string::npos);
  CHECK(net_text.find("prim::Loop") == std::string::npos);
  const ir::ClassType* cls = module->find_class("Net");
  REQUIRE(cls);
  REQUIRE(cls->attributes().size() == 2);
  CHECK(cls->attributes()[0].kind == ir::ClassType::AttributeKind::Module);
  CHECK(cls->attributes()[1].kind == ir::ClassType::AttributeKind::Plain);
}

TEST_CASE("unusable attributes, ignored methods and unsupported globals fail at their use",
          "[frontend][module]") {
  Program p;
  ir::DiagnosticEngine diag;
  auto module = p.compile(diag, 12);
  REQUIRE_FALSE(module);
  std::string text = format_diagnostics(diag);
  CHECK(text.find(
            "net.py:8:16: error: attribute 'act' of module 'user.Net' cannot be used in compiled code: it "
            "holds a Python function") != std::string::npos);
  CHECK(text.find("net.py:10:16: error: method 'debug' of 'Net' is not compiled (it is ignored)") !=
        std::string::npos);
  CHECK(text.find("net.py:12:16: error: name _pair is a closure") != std::string::npos);
  // Lin.forward's own use of _pair is in a dead branch: no error there.
  CHECK(text.find("linear.py") == std::string::npos);
}

TEST_CASE("a method fragment needs its class", "[frontend][module]") {
  auto src = std::make_shared<const ir::Source>("m.py", "def forward(self, x: int) -> int:\n    return x\n");
  ir::DiagnosticEngine diag;
  auto module = compile({SourceFragment{src, 1, 0, "Missing"}}, diag);
  REQUIRE_FALSE(module);
  CHECK(format_diagnostics(diag).find("method fragment of unknown class 'Missing'") != std::string::npos);
}

} // namespace
} // namespace tsc::frontend
