// tests/unit/ir/class_attribute_kind_test.cpp - Attribute kinds and quoted attribute names in the IR class
// header.
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/type.h"

#include <catch2/catch.hpp>

using namespace tsc::ir;

namespace {

std::unique_ptr<Module> parse_text(const std::string& text, DiagnosticEngine& diag) {
  return parse_module(std::make_shared<const Source>("kinds.ir", text), diag);
}

std::unique_ptr<Module> parse_ok(const std::string& text) {
  DiagnosticEngine diag;
  auto m = parse_text(text, diag);
  for (const Diagnostic& d : diag.diagnostics())
    UNSCOPED_INFO(d.range.line << ":" << d.range.col << ": " << d.message);
  REQUIRE(m != nullptr);
  CHECK_FALSE(diag.has_errors());
  return m;
}

std::string first_error(const std::string& text) {
  DiagnosticEngine diag;
  auto m = parse_text(text, diag);
  CHECK(m == nullptr);
  REQUIRE(diag.has_errors());
  return diag.diagnostics()[0].message;
}

// A module of two nn.Module-like classes: a Linear and a ModuleList holder
// whose children are named "0" and "1".
const char* const kModules = R"(class Linear:
  weight : Tensor [parameter]
  bias : Optional[Tensor] [parameter]
  running : Tensor [buffer]
  in_features : int
  def forward

class Seq:
  "0" : Linear [module]
  "1" : Linear [module]
  "a b\"c" : List[int]
  head : Linear [module]
  def forward

graph @Linear.forward(%self : Linear, %x : Tensor) -> Tensor:
  return (%x)

graph @Seq.forward(%self : Seq, %x : Tensor) -> Tensor:
  %0 : Linear = prim::GetAttr[name="0"](%self)
  %1 : Tensor = prim::CallMethod[name="forward"](%0, %x)
  return (%1)
)";

} // namespace

TEST_CASE("attribute kinds and quoted attribute names round-trip", "[ir][printer][parser]") {
  auto m = parse_ok(kModules);
  CHECK(print_module(*m) == kModules);
  auto again = parse_ok(print_module(*m));
  CHECK(print_module(*again) == kModules);
}

TEST_CASE("the parser records each attribute's kind and unquoted name", "[ir][parser]") {
  auto m = parse_ok(kModules);
  const ClassType* linear = m->find_class("Linear");
  const ClassType* seq = m->find_class("Seq");
  REQUIRE(linear != nullptr);
  REQUIRE(seq != nullptr);
  using K = ClassType::AttributeKind;
  REQUIRE(linear->attributes().size() == 4);
  CHECK(linear->attributes()[0].kind == K::Parameter);
  CHECK(linear->attributes()[1].kind == K::Parameter);
  CHECK(linear->attributes()[1].type == Type::optional_of(Type::tensor_type()));
  CHECK(linear->attributes()[2].kind == K::Buffer);
  CHECK(linear->attributes()[3].kind == K::Plain);
  REQUIRE(seq->attributes().size() == 4);
  CHECK(seq->attributes()[0].name == "0");
  CHECK(seq->attributes()[0].kind == K::Module);
  CHECK(seq->attributes()[0].type == linear);
  CHECK(seq->attributes()[1].name == "1");
  CHECK(seq->attributes()[2].name == "a b\"c");
  CHECK(seq->attributes()[2].kind == K::Plain);
  CHECK(seq->find_attribute("head") == 3u);
}

TEST_CASE("a hand-built class prints its kinds and quotes non-identifier names", "[ir][printer]") {
  ClassType* cls = ClassType::create("Holder");
  cls->add_attribute("w", Type::tensor_type(), ClassType::AttributeKind::Parameter);
  cls->add_attribute("0", Type::tensor_type(), ClassType::AttributeKind::Buffer);
  cls->add_attribute("_x9", Type::int_type());
  cls->add_attribute("9x", Type::int_type());
  cls->add_attribute("", Type::int_type());
  Module m;
  m.add_class(cls);
  CHECK(print_module(m) == "class Holder:\n"
                           "  w : Tensor [parameter]\n"
                           "  \"0\" : Tensor [buffer]\n"
                           "  _x9 : int\n"
                           "  \"9x\" : int\n"
                           "  \"\" : int\n");
}

TEST_CASE("attribute kind names map both ways", "[ir][type]") {
  using K = ClassType::AttributeKind;
  for (K k : {K::Parameter, K::Buffer, K::Module})
    CHECK(attribute_kind_from_name(attribute_kind_name(k)) == k);
  CHECK(std::string(attribute_kind_name(K::Plain)).empty());
  CHECK(attribute_kind_from_name("plain") == K::Plain);
  CHECK_FALSE(attribute_kind_from_name("param").has_value());
}

TEST_CASE("bad attribute kinds and names are parse errors", "[ir][parser][errors]") {
  CHECK(first_error("class C:\n  w : Tensor [weights]\n") ==
        "expected 'parameter', 'buffer' or 'module' but found 'weights'");
  CHECK(first_error("class C:\n  w : Tensor [plain]\n") ==
        "expected 'parameter', 'buffer' or 'module' but found 'plain'");
  CHECK(first_error("class C:\n  w : Tensor [parameter\n").find("expected ']'") == 0);
  CHECK(first_error("class C:\n  \"0\" : int\n  \"0\" : str\n") == "duplicate attribute '0' in class 'C'");
}
