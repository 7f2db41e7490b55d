// tests/unit/ir/types_test.cpp - Type interning and spelling, subtyping, unification, symbols, source ranges.
#include "ir/diagnostic.h"
#include "ir/source_range.h"
#include "ir/symbol.h"
#include "ir/type.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace tsc::ir;

TEST_CASE("equal types are the same object", "[ir][type]") {
  CHECK(Type::list_of(Type::int_type()) == Type::list_of(Type::int_type()));
  CHECK(Type::dict_of(Type::str_type(), Type::list_of(Type::float_type())) ==
        Type::dict_of(Type::str_type(), Type::list_of(Type::float_type())));
  CHECK(Type::tuple_of({}) == Type::tuple_of({}));
  CHECK(Type::tuple_of({Type::int_type(), Type::str_type()}) !=
        Type::tuple_of({Type::str_type(), Type::int_type()}));
  CHECK(Type::type_var("t") == Type::type_var("t"));
  CHECK(Type::type_var("t") != Type::type_var("t1"));
  CHECK(Type::list_of(Type::int_type()) != Type::optional_of(Type::int_type()));
}

TEST_CASE("types print in Python annotation spelling", "[ir][type]") {
  CHECK(Type::int_type()->str() == "int");
  CHECK(Type::float_type()->str() == "float");
  CHECK(Type::bool_type()->str() == "bool");
  CHECK(Type::str_type()->str() == "str");
  CHECK(Type::none_type()->str() == "NoneType");
  CHECK(Type::tensor_type()->str() == "Tensor");
  CHECK(Type::any_type()->str() == "Any");
  CHECK(Type::number_type()->str() == "number");
  CHECK(Type::list_of(Type::int_type())->str() == "List[int]");
  CHECK(Type::tuple_of({Type::int_type(), Type::str_type()})->str() == "Tuple[int, str]");
  CHECK(Type::tuple_of({})->str() == "Tuple[()]");
  CHECK(Type::dict_of(Type::str_type(), Type::int_type())->str() == "Dict[str, int]");
  CHECK(Type::optional_of(Type::int_type())->str() == "Optional[int]");
  CHECK(Type::list_of(Type::optional_of(Type::tuple_of({Type::int_type()})))->str() ==
        "List[Optional[Tuple[int]]]");
}

TEST_CASE("Optional never nests and Optional[None] is None", "[ir][type]") {
  TypePtr opt = Type::optional_of(Type::int_type());
  CHECK(Type::optional_of(opt) == opt);
  CHECK(Type::optional_of(Type::none_type()) == Type::none_type());
  CHECK(opt->is_optional());
  CHECK(opt->element() == Type::int_type());
}

TEST_CASE("contained types are exposed per kind", "[ir][type]") {
  TypePtr d = Type::dict_of(Type::str_type(), Type::float_type());
  CHECK(d->kind() == TypeKind::Dict);
  CHECK(d->key() == Type::str_type());
  CHECK(d->value() == Type::float_type());
  TypePtr l = Type::list_of(Type::bool_type());
  CHECK(l->element() == Type::bool_type());
  CHECK(Type::tuple_of({Type::int_type(), Type::none_type()})->contained().size() == 2);
  CHECK(Type::int_type()->is_number());
  CHECK(Type::bool_type()->is_number());
  CHECK_FALSE(Type::str_type()->is_number());
  CHECK_FALSE(Type::number_type()->is_number());
}

TEST_CASE("class types are distinct per creation and keep slots in order", "[ir][type][class]") {
  ClassType* a = ClassType::create("Point");
  ClassType* b = ClassType::create("Point");
  CHECK(a != b);
  CHECK(a->str() == "Point");
  CHECK(a->kind() == TypeKind::Class);
  CHECK(a->add_attribute("x", Type::int_type()) == 0);
  CHECK(a->add_attribute("y", Type::float_type()) == 1);
  CHECK(a->find_attribute("y") == std::optional<size_t>(1));
  CHECK_FALSE(a->find_attribute("z"));
  a->add_method("__init__");
  CHECK(a->has_method("__init__"));
  CHECK_FALSE(b->has_method("__init__"));
  CHECK(as_class(a) == a);
  CHECK(as_class(Type::int_type()) == nullptr);
  // Structural types over distinct classes of one name stay distinct.
  CHECK(Type::list_of(a) != Type::list_of(b));
  CHECK(Type::list_of(a)->str() == "List[Point]");
}

TEST_CASE("is_subtype follows TorchScript's rules", "[ir][type]") {
  TypePtr i = Type::int_type(), f = Type::float_type(), b = Type::bool_type(), n = Type::none_type();
  SECTION("optional and None") {
    CHECK(is_subtype(i, Type::optional_of(i)));
    CHECK(is_subtype(n, Type::optional_of(i)));
    CHECK_FALSE(is_subtype(Type::optional_of(i), i));
    CHECK_FALSE(is_subtype(n, i));
    CHECK(is_subtype(Type::optional_of(i), Type::optional_of(Type::number_type())));
  }
  SECTION("Any and number") {
    CHECK(is_subtype(Type::list_of(i), Type::any_type()));
    CHECK(is_subtype(n, Type::any_type()));
    CHECK_FALSE(is_subtype(Type::any_type(), i));
    CHECK(is_subtype(i, Type::number_type()));
    CHECK(is_subtype(f, Type::number_type()));
    CHECK(is_subtype(b, Type::number_type()));
    CHECK_FALSE(is_subtype(Type::str_type(), Type::number_type()));
  }
  SECTION("int is not a float") {
    CHECK_FALSE(is_subtype(i, f));
    CHECK_FALSE(is_subtype(b, i));
  }
  SECTION("tuples are covariant, lists and dicts invariant") {
    CHECK(is_subtype(Type::tuple_of({i, n}), Type::tuple_of({Type::optional_of(i), Type::optional_of(f)})));
    CHECK_FALSE(is_subtype(Type::tuple_of({i}), Type::tuple_of({i, i})));
    CHECK_FALSE(is_subtype(Type::list_of(i), Type::list_of(Type::optional_of(i))));
    CHECK_FALSE(
        is_subtype(Type::dict_of(Type::str_type(), i), Type::dict_of(Type::str_type(), Type::any_type())));
  }
}

TEST_CASE("unify finds the least common type", "[ir][type]") {
  TypePtr i = Type::int_type(), f = Type::float_type(), n = Type::none_type();
  CHECK(unify(i, i) == std::optional<TypePtr>(i));
  CHECK(unify(i, n) == std::optional<TypePtr>(Type::optional_of(i)));
  CHECK(unify(n, i) == std::optional<TypePtr>(Type::optional_of(i)));
  CHECK(unify(Type::optional_of(i), i) == std::optional<TypePtr>(Type::optional_of(i)));
  CHECK(unify(n, Type::optional_of(f)) == std::optional<TypePtr>(Type::optional_of(f)));
  CHECK_FALSE(unify(i, f));
  CHECK_FALSE(unify(Type::list_of(i), Type::list_of(f)));
  CHECK_FALSE(unify(Type::optional_of(i), Type::str_type()));
  CHECK(unify(Type::tuple_of({i, n}), Type::tuple_of({n, f})) ==
        std::optional<TypePtr>(Type::tuple_of({Type::optional_of(i), Type::optional_of(f)})));
}

TEST_CASE("interning is thread-safe", "[ir][type]") {
  std::vector<TypePtr> seen(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&seen, t] {
      TypePtr r = nullptr;
      for (int k = 0; k < 200; ++k)
        r = Type::dict_of(Type::str_type(), Type::list_of(Type::tuple_of({Type::int_type()})));
      seen[t] = r;
    });
  }
  for (auto& th : threads)
    th.join();
  for (TypePtr r : seen)
    CHECK(r == seen[0]);
}

TEST_CASE("builtin symbols keep their fixed ids and spellings", "[ir][symbol]") {
  CHECK(prim::Param.id() == 0);
  CHECK(prim::If.qualified() == "prim::If");
  CHECK(aten::add.qualified() == "aten::add");
  CHECK(aten::add.ns() == "aten");
  CHECK(aten::add.name() == "add");
  CHECK(Symbol::from_qualified("aten::add") == aten::add);
  CHECK(Symbol::from_qualified("prim::Loop") == prim::Loop);
  CHECK(Symbol::from_qualified("aten::str") == aten::str);
  CHECK(Symbol::from_qualified("aten::__range_length") == aten::__range_length);
}

TEST_CASE("new symbols intern on demand", "[ir][symbol]") {
  Symbol a = Symbol::from_qualified("test::some_op");
  Symbol b = Symbol::from_qualified("test::some_op");
  Symbol c = Symbol::from_qualified("test::other_op");
  CHECK(a == b);
  CHECK(a != c);
  CHECK(a.id() >= static_cast<uint32_t>(BuiltinSymbol::NumBuiltins));
  CHECK(a.ns() == "test");
  CHECK(a.name() == "some_op");
  std::string_view kept = a.qualified();
  for (int k = 0; k < 1000; ++k)
    Symbol::from_qualified("test::filler" + std::to_string(k));
  CHECK(kept == "test::some_op"); // views stay valid while the interner grows
  CHECK_FALSE(Symbol().is_valid());
}

TEST_CASE("sources map offsets to lines and columns", "[ir][source]") {
  auto src = std::make_shared<const Source>("m.py", "ab\ncde\n\nf");
  CHECK(src->num_lines() == 4);
  CHECK(src->line_of(0) == 1);
  CHECK(src->col_of(1) == 2);
  CHECK(src->line_of(3) == 2);
  CHECK(src->col_of(5) == 3);
  CHECK(src->line_of(7) == 3);
  CHECK(src->line_of(8) == 4);
  CHECK(src->line_of(9) == 4); // the end of the text is on the last line
  CHECK(src->offset_of(2, 2) == 4);
  CHECK(src->offset_of(99, 1) == 8);
  CHECK(src->offset_of(4, 50) == 9);
  CHECK(src->line_text(2) == "cde");
  CHECK(src->line_text(3).empty());
  CHECK(src->line_text(4) == "f");
  CHECK(src->line_text(5).empty());
}

TEST_CASE("ranges know their text, position and file", "[ir][source]") {
  auto src = std::make_shared<const Source>("m.py", "x = 1\ny = foo(x)\n");
  SourceRange call(src, 10, 16);
  CHECK(call.text() == "foo(x)");
  CHECK(call.line == 2);
  CHECK(call.col == 5);
  CHECK(call.filename() == "m.py");
  SourceRange x(src, 0, 1);
  SourceRange joined = SourceRange::join(call, x);
  CHECK(joined.begin == 0);
  CHECK(joined.end == 16);
  CHECK(joined.line == 1);
  CHECK(joined.col == 1);
  SourceRange none;
  CHECK_FALSE(none.is_valid());
  CHECK(none.filename().empty());
  CHECK(none.text().empty());
  CHECK(SourceRange::join(none, x).begin == 0);
  CHECK(SourceRange::join(call, none).end == 16);
}

TEST_CASE("the diagnostic engine keeps reports in order with notes", "[ir][diagnostic]") {
  auto src = std::make_shared<const Source>("m.py", "x = 1\n");
  DiagnosticEngine diag;
  diag.warning(SourceRange(src, 0, 1), "unused variable 'x'");
  CHECK_FALSE(diag.has_errors());
  diag.error(SourceRange(src, 4, 5), "cannot assign 'int' to 'x'")
      .note(SourceRange(src, 0, 1), "'x' was str here");
  CHECK(diag.error_count() == 1);
  REQUIRE(diag.diagnostics().size() == 2);
  CHECK(diag.diagnostics()[0].severity == Severity::Warning);
  CHECK(diag.diagnostics()[1].message == "cannot assign 'int' to 'x'");
  REQUIRE(diag.diagnostics()[1].notes.size() == 1);
  CHECK(diag.diagnostics()[1].notes[0].severity == Severity::Note);
  CHECK(diag.diagnostics()[1].notes[0].range.begin == 0);
  diag.clear();
  CHECK(diag.diagnostics().empty());
  CHECK_FALSE(diag.has_errors());
}
