// tests/unit/ir/ref_tensor_type_test.cpp - Refined tensor types: interning, subtyping, join, printing,
// parsing.
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/type.h"
#include "ir/verifier.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace tsc::ir;

namespace {
const std::optional<int64_t> kUnknown = std::nullopt;

TypePtr sized(std::optional<ScalarType> dtype, TensorSizes sizes) {
  return Type::tensor_of(dtype, std::move(sizes));
}

std::unique_ptr<Module> parse(const std::string& text, DiagnosticEngine& diag) {
  return parse_module(std::make_shared<const Source>("test.ir", text), diag);
}
} // namespace

TEST_CASE("refined tensor types are interned and keep kind Tensor", "[ir][types][ref]") {
  TypePtr a = sized(ScalarType::Float, {2, 3});
  CHECK(a == sized(ScalarType::Float, {2, 3}));
  CHECK(a != sized(ScalarType::Float, {3, 2}));
  CHECK(a != sized(ScalarType::Double, {2, 3}));
  CHECK(a != Type::tensor_type());
  CHECK(a->kind() == TypeKind::Tensor);
  // Nothing known is plain Tensor itself.
  CHECK(Type::tensor_of(std::nullopt, std::nullopt) == Type::tensor_type());
  CHECK(as_refined_tensor(Type::tensor_type()) == nullptr);
  CHECK(as_refined_tensor(Type::int_type()) == nullptr);
  const TensorType* t = as_refined_tensor(a);
  REQUIRE(t != nullptr);
  CHECK(t->dtype() == ScalarType::Float);
  CHECK(t->rank() == 2u);
  CHECK(t->numel() == 6);
  CHECK(as_refined_tensor(sized(std::nullopt, {2, kUnknown}))->numel() == std::nullopt);
  CHECK(as_refined_tensor(sized(ScalarType::Long, {}))->numel() == 1);
  CHECK(as_refined_tensor(Type::tensor_of(ScalarType::Long, std::nullopt))->rank() == std::nullopt);
}

TEST_CASE("refined tensor types print as TorchScript prints them", "[ir][types][ref]") {
  CHECK(sized(ScalarType::Float, {2, 3})->str() == "Float(2, 3)");
  CHECK(sized(ScalarType::Float, {kUnknown, 3})->str() == "Float(*, 3)");
  CHECK(sized(std::nullopt, {kUnknown, kUnknown})->str() == "Tensor(*, *)");
  CHECK(sized(std::nullopt, {})->str() == "Tensor()");
  CHECK(sized(ScalarType::Bool, {})->str() == "Bool()");
  CHECK(sized(ScalarType::BFloat16, {2})->str() == "BFloat16(2)");
  CHECK(Type::tensor_of(ScalarType::Float, std::nullopt)->str() == "FloatTensor");
  CHECK(Type::tensor_of(ScalarType::Byte, std::nullopt)->str() == "ByteTensor");
  CHECK(Type::list_of(sized(ScalarType::Long, {4}))->str() == "List[Long(4)]");
  CHECK(Type::optional_of(sized(ScalarType::Half, {1, 1}))->str() == "Optional[Half(1, 1)]");
}

TEST_CASE("ScalarType numbering and names follow torch", "[ir][types][ref]") {
  CHECK(scalar_type_from_code(6) == ScalarType::Float);
  CHECK(scalar_type_from_code(4) == ScalarType::Long);
  CHECK(scalar_type_from_code(11) == ScalarType::Bool);
  CHECK(scalar_type_from_code(15) == ScalarType::BFloat16);
  CHECK(scalar_type_from_code(8) == std::nullopt); // ComplexHalf: not in tsc
  CHECK(scalar_type_from_code(-1) == std::nullopt);
  for (int64_t code = 0; code < 16; ++code) {
    if (auto t = scalar_type_from_code(code))
      CHECK(scalar_type_from_name(scalar_type_name(*t)) == t);
  }
  CHECK(scalar_type_from_name("Tensor") == std::nullopt);
}

TEST_CASE("a refinement is a subtype of every type claiming less", "[ir][types][ref]") {
  TypePtr f23 = sized(ScalarType::Float, {2, 3});
  TypePtr f_3 = sized(ScalarType::Float, {kUnknown, 3});
  TypePtr t23 = sized(std::nullopt, {2, 3});
  TypePtr tss = sized(std::nullopt, {kUnknown, kUnknown});
  TypePtr ft = Type::tensor_of(ScalarType::Float, std::nullopt);
  TypePtr tensor = Type::tensor_type();
  for (TypePtr t : {f23, f_3, t23, tss, ft}) {
    CHECK(is_subtype(t, tensor));
    CHECK_FALSE(is_subtype(tensor, t));
    CHECK(is_subtype(t, Type::optional_of(tensor)));
    CHECK(is_subtype(t, Type::any_type()));
  }
  CHECK(is_subtype(f23, f_3));
  CHECK(is_subtype(f23, t23));
  CHECK(is_subtype(f23, tss));
  CHECK(is_subtype(f23, ft));
  CHECK(is_subtype(f_3, ft));
  CHECK_FALSE(is_subtype(f_3, f23));
  CHECK_FALSE(is_subtype(t23, f23));
  CHECK_FALSE(is_subtype(ft, f_3));
  CHECK_FALSE(is_subtype(f23, sized(ScalarType::Double, {2, 3})));
  CHECK_FALSE(is_subtype(f23, sized(ScalarType::Float, {2, 3, 1})));
  CHECK_FALSE(is_subtype(sized(ScalarType::Float, {}), sized(ScalarType::Float, {1})));
  // Tuples are covariant; lists stay invariant.
  CHECK(is_subtype(Type::tuple_of({f23, Type::int_type()}), Type::tuple_of({tensor, Type::int_type()})));
  CHECK_FALSE(is_subtype(Type::list_of(f23), Type::list_of(tensor)));
  CHECK_FALSE(is_subtype(f23, Type::int_type()));
}

TEST_CASE("the join keeps what both sides agree on", "[ir][types][ref]") {
  TypePtr f23 = sized(ScalarType::Float, {2, 3});
  CHECK(join_tensor_types(f23, f23) == f23);
  CHECK(join_tensor_types(f23, sized(ScalarType::Float, {4, 3}))->str() == "Float(*, 3)");
  CHECK(join_tensor_types(f23, sized(ScalarType::Long, {2, 3}))->str() == "Tensor(2, 3)");
  CHECK(join_tensor_types(f23, sized(ScalarType::Float, {2}))->str() == "FloatTensor");
  CHECK(join_tensor_types(f23, sized(ScalarType::Long, {2})) == Type::tensor_type());
  CHECK(join_tensor_types(f23, Type::tensor_type()) == Type::tensor_type());
  CHECK(join_tensor_types(Type::tensor_type(), f23) == Type::tensor_type());
  // unify (If outputs, inferred container types) joins tensors too.
  CHECK(unify(f23, sized(ScalarType::Float, {5, 3})) == sized(ScalarType::Float, {kUnknown, 3}));
  CHECK(unify(f23, Type::none_type()) == Type::optional_of(f23));
  CHECK(unify(Type::optional_of(f23), sized(ScalarType::Float, {2, 4})) ==
        Type::optional_of(sized(ScalarType::Float, {2, kUnknown})));
}

TEST_CASE("unrefined erases refinements, also inside containers", "[ir][types][ref]") {
  TypePtr f23 = sized(ScalarType::Float, {2, 3});
  CHECK(unrefined(f23) == Type::tensor_type());
  CHECK(unrefined(Type::list_of(f23)) == Type::list_of(Type::tensor_type()));
  CHECK(unrefined(Type::tuple_of({f23, Type::int_type()})) ==
        Type::tuple_of({Type::tensor_type(), Type::int_type()}));
  CHECK(unrefined(Type::dict_of(Type::str_type(), Type::optional_of(f23))) ==
        Type::dict_of(Type::str_type(), Type::optional_of(Type::tensor_type())));
  CHECK(unrefined(Type::int_type()) == Type::int_type());
}

TEST_CASE("refined types round-trip through the IR text", "[ir][types][ref][parser]") {
  const std::string text = "graph @f(%x : Tensor) -> Tuple[Tensor, Tensor, Tensor]:\n"
                           "  %0 : int = prim::Constant[value=1]()\n"
                           "  %1 : Float(2, *, 3) = aten::neg(%x)\n"
                           "  %2 : Tensor(*, *) = aten::add(%1, %0, %0)\n"
                           "  %3 : Long() = aten::sum(%x, %0)\n"
                           "  %4 : FloatTensor = aten::relu(%2)\n"
                           "  %5 : Bool(0) = aten::gt(%4, %0)\n"
                           "  %6 : Tuple[Tensor, Tensor, Tensor] = prim::TupleConstruct(%3, %5, %4)\n"
                           "  return (%6)\n";
  DiagnosticEngine diag;
  auto m = parse(text, diag);
  for (const Diagnostic& d : diag.diagnostics())
    UNSCOPED_INFO(d.range.line << ":" << d.range.col << ": " << d.message);
  REQUIRE(m != nullptr);
  CHECK(print_module(*m) == text);
  const Graph& g = *m->functions()[0]->graph;
  const Node* neg = g.block()->nodes().begin().operator*()->next();
  CHECK(neg->output()->type() == sized(ScalarType::Float, {2, kUnknown, 3}));
  // Refined outputs of ops whose schemas return Tensor verify.
  DiagnosticEngine vdiag;
  CHECK(verify(*m, vdiag));
}

TEST_CASE("bad refined types are parse errors", "[ir][types][ref][parser]") {
  auto error_of = [](const std::string& type) {
    DiagnosticEngine diag;
    auto m =
        parse("graph @f(%x : " + type + ") -> NoneType:\n  %0 : NoneType = prim::Constant()\n  return (%0)\n",
              diag);
    CHECK(m == nullptr);
    REQUIRE(diag.has_errors());
    return diag.diagnostics()[0].message;
  };
  CHECK(error_of("Float(2, x)") == "expected a size or '*' in a tensor type but found 'x'");
  CHECK(error_of("Float(-1)") == "expected a size or '*' in a tensor type but found '-'");
  CHECK(error_of("Float(99999999999999999999)") == "tensor size '99999999999999999999' is out of range");
  CHECK(error_of("Complex(2)") == "unknown type 'Complex'");
  CHECK(error_of("Float") == "unknown type 'Float'");
}
