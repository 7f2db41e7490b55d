// tests/unit/ir/schema_test.cpp - Parsing TorchScript schemas, matching calls and the global registry.
#include "ir/op_registry.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tsc::ir;

namespace {
OpSchema parse_ok(std::string_view text) {
  std::string error;
  std::optional<OpSchema> s = parse_schema(text, &error);
  INFO(error);
  REQUIRE(s);
  return *s;
}

std::string parse_error(std::string_view text) {
  std::string error;
  std::optional<OpSchema> s = parse_schema(text, &error);
  CHECK_FALSE(s);
  return error;
}

CallArguments positional(std::vector<TypePtr> types) {
  CallArguments args;
  args.positional = std::move(types);
  return args;
}

const TypePtr kInt = Type::int_type();
const TypePtr kFloat = Type::float_type();
const TypePtr kStr = Type::str_type();
const TypePtr kBool = Type::bool_type();
const TypePtr kNone = Type::none_type();
} // namespace

TEST_CASE("a simple schema parses into name, overload, arguments and returns", "[ir][schema]") {
  OpSchema s = parse_ok("aten::add.int(int a, int b) -> int");
  CHECK(s.kind == aten::add);
  CHECK(s.overload == "int");
  CHECK(s.qualified_name() == "aten::add.int");
  REQUIRE(s.arguments.size() == 2);
  CHECK(s.arguments[0].name == "a");
  CHECK(s.arguments[0].type == kInt);
  CHECK_FALSE(s.arguments[0].default_value);
  CHECK_FALSE(s.arguments[0].kwarg_only);
  CHECK_FALSE(s.arguments[1].is_mutated);
  CHECK(s.returns == std::vector<TypePtr>{kInt});
  CHECK(s.text == "aten::add.int(int a, int b) -> int");
  CHECK_FALSE(s.is_vararg);
}

TEST_CASE("schemas without an overload name have an empty one", "[ir][schema]") {
  OpSchema s = parse_ok("aten::neg(Tensor self) -> Tensor");
  CHECK(s.overload.empty());
  CHECK(s.qualified_name() == "aten::neg");
  CHECK(s.arguments[0].type == Type::tensor_type());
}

TEST_CASE("schema types cover lists, optionals, dicts, tuples, Scalar and type variables", "[ir][schema]") {
  OpSchema s = parse_ok(
      "test::types(int[] a, float? b, Dict(str, t) c, (int, str) d, Scalar e, Any f, None g, t1[]? h, "
      "K k, V v, int?[] i, int[2] j, bool[][] l, () m) -> (int, int)");
  REQUIRE(s.arguments.size() == 14);
  CHECK(s.arguments[0].type == Type::list_of(kInt));
  CHECK(s.arguments[1].type == Type::optional_of(kFloat));
  CHECK(s.arguments[2].type == Type::dict_of(kStr, Type::type_var("t")));
  CHECK(s.arguments[3].type == Type::tuple_of({kInt, kStr}));
  CHECK(s.arguments[4].type == Type::number_type());
  CHECK(s.arguments[5].type == Type::any_type());
  CHECK(s.arguments[6].type == kNone);
  CHECK(s.arguments[7].type == Type::optional_of(Type::list_of(Type::type_var("t1"))));
  CHECK(s.arguments[8].type == Type::type_var("K"));
  CHECK(s.arguments[9].type == Type::type_var("V"));
  CHECK(s.arguments[10].type == Type::list_of(Type::optional_of(kInt)));
  CHECK(s.arguments[11].type == Type::list_of(kInt));
  CHECK(s.arguments[12].type == Type::list_of(Type::list_of(kBool)));
  CHECK(s.arguments[13].type == Type::tuple_of({}));
  // Parenthesized returns are several outputs, not one tuple.
  CHECK(s.returns == std::vector<TypePtr>{kInt, kInt});
}

TEST_CASE("returns may be none, several, named or a tuple", "[ir][schema]") {
  CHECK(parse_ok("prim::RaiseException(str msg) -> ()").returns.empty());
  CHECK(parse_ok("test::two(int a) -> (int quot, int rem)").returns == std::vector<TypePtr>{kInt, kInt});
  CHECK(parse_ok("test::tup(int a) -> ((int, int))").returns ==
        std::vector<TypePtr>{Type::tuple_of({kInt, kInt})});
  CHECK(parse_ok("test::lst(str a) -> str[]").returns == std::vector<TypePtr>{Type::list_of(kStr)});
  // A suffix turns the parenthesized list back into one tuple type.
  CHECK(parse_ok("aten::items.Dict(Dict(K, V) self) -> (K, V)[]").returns ==
        std::vector<TypePtr>{Type::list_of(Type::tuple_of({Type::type_var("K"), Type::type_var("V")}))});
  CHECK(parse_ok("test::maybe(int a) -> (int, str)?").returns ==
        std::vector<TypePtr>{Type::optional_of(Type::tuple_of({kInt, kStr}))});
}

TEST_CASE("alias annotations are skipped and '!' marks a mutated argument", "[ir][schema]") {
  OpSchema s = parse_ok("aten::append.t(t[](a!) self, t(c -> *) el) -> t[](a!)");
  REQUIRE(s.arguments.size() == 2);
  CHECK(s.arguments[0].is_mutated);
  CHECK(s.arguments[0].type == Type::list_of(Type::type_var("t")));
  CHECK_FALSE(s.arguments[1].is_mutated);
  CHECK(s.arguments[1].type == Type::type_var("t"));
  OpSchema r = parse_ok("test::view(Tensor(a) self) -> Tensor(a)");
  CHECK_FALSE(r.arguments[0].is_mutated);
}

TEST_CASE("keyword-only arguments follow '*' and defaults have Python's literal forms", "[ir][schema]") {
  OpSchema s = parse_ok(
      "test::defaults(str self, str? sep=None, int max=-1, *, float f=1.5, float g=-2e-3, bool t=True, "
      "bool u=False, str q=\"a\\\"b\", str r='x\\'y', int z=1) -> str");
  REQUIRE(s.arguments.size() == 10);
  CHECK_FALSE(s.arguments[1].kwarg_only);
  CHECK(std::holds_alternative<std::monostate>(*s.arguments[1].default_value));
  CHECK(std::get<int64_t>(*s.arguments[2].default_value) == -1);
  CHECK(s.arguments[3].kwarg_only);
  CHECK(std::get<double>(*s.arguments[3].default_value) == 1.5);
  CHECK(std::get<double>(*s.arguments[4].default_value) == -0.002);
  CHECK(std::get<bool>(*s.arguments[5].default_value) == true);
  CHECK(std::get<bool>(*s.arguments[6].default_value) == false);
  CHECK(std::get<std::string>(*s.arguments[7].default_value) == "a\"b");
  CHECK(std::get<std::string>(*s.arguments[8].default_value) == "x'y");
  CHECK(std::get<int64_t>(*s.arguments[9].default_value) == 1);
  CHECK(s.arguments[9].kwarg_only);
}

TEST_CASE("a trailing '...' makes a schema variadic", "[ir][schema]") {
  OpSchema s = parse_ok("aten::format(str self, ...) -> str");
  CHECK(s.is_vararg);
  CHECK(s.arguments.size() == 1);
  auto m = match_schema(s, positional({kStr, kInt, Type::list_of(kFloat)}), false);
  REQUIRE(m);
  CHECK(m->argument_sources == std::vector<int>{0});
  CHECK_FALSE(match_schema(s, positional({}), false));
  CHECK_FALSE(match_schema(s, positional({kInt}), false));
}

TEST_CASE("bad schemas are rejected with a message", "[ir][schema]") {
  CHECK(parse_error("add(int a) -> int").find("expected '::'") != std::string::npos);
  CHECK(parse_error("aten::f(Foo a) -> int").find("unknown type 'Foo'") != std::string::npos);
  CHECK(parse_error("aten::f(int a, int a) -> int").find("appears twice") != std::string::npos);
  CHECK(parse_error("aten::f(int a) int").find("expected '->'") != std::string::npos);
  CHECK(parse_error("aten::f(int a) -> int extra(").find("unexpected text") != std::string::npos);
  CHECK(parse_error("aten::f(int a=[1]) -> int").find("bad default value") != std::string::npos);
  CHECK(parse_error("aten::f(int) -> int").find("expected a name") != std::string::npos);
  CHECK_FALSE(parse_error("aten::f(int a").empty());
}

TEST_CASE("matching binds positional arguments, then keywords, then defaults", "[ir][schema][match]") {
  OpSchema s = parse_ok("test::split(str self, str? separator=None, int max=-1) -> str[]");
  SECTION("positional only") {
    auto m = match_schema(s, positional({kStr}), false);
    REQUIRE(m);
    CHECK(m->argument_sources == std::vector<int>{0, -1, -1});
    CHECK(m->return_types == std::vector<TypePtr>{Type::list_of(kStr)});
  }
  SECTION("keyword after positional") {
    CallArguments args = positional({kStr});
    args.keywords = {{"max", kInt}};
    auto m = match_schema(s, args, false);
    REQUIRE(m);
    CHECK(m->argument_sources == std::vector<int>{0, -1, 1});
  }
  SECTION("None for an optional, keywords in any order") {
    CallArguments args = positional({kStr});
    args.keywords = {{"max", kInt}, {"separator", kNone}};
    auto m = match_schema(s, args, false);
    REQUIRE(m);
    CHECK(m->argument_sources == std::vector<int>{0, 2, 1});
  }
  SECTION("failures") {
    CHECK_FALSE(match_schema(s, positional({}), false));                       // missing self
    CHECK_FALSE(match_schema(s, positional({kStr, kStr, kInt, kInt}), false)); // too many
    CHECK_FALSE(match_schema(s, positional({kInt}), false));                   // wrong type
    CallArguments unknown = positional({kStr});
    unknown.keywords = {{"sep", kStr}};
    CHECK_FALSE(match_schema(s, unknown, false));
    CallArguments twice = positional({kStr, kStr});
    twice.keywords = {{"separator", kStr}};
    CHECK_FALSE(match_schema(s, twice, false));
  }
}

TEST_CASE("keyword-only arguments cannot be passed positionally", "[ir][schema][match]") {
  OpSchema s = parse_ok("test::kw(int a, *, int b=1) -> int");
  CHECK_FALSE(match_schema(s, positional({kInt, kInt}), false));
  CallArguments args = positional({kInt});
  args.keywords = {{"b", kInt}};
  CHECK(match_schema(s, args, false));
}

TEST_CASE("type variables bind at first use and constrain later uses", "[ir][schema][match]") {
  OpSchema append = parse_ok("aten::append.t(t[](a!) self, t(c -> *) el) -> t[]");
  auto m = match_schema(append, positional({Type::list_of(kStr), kStr}), false);
  REQUIRE(m);
  CHECK(m->return_types == std::vector<TypePtr>{Type::list_of(kStr)});
  CHECK_FALSE(match_schema(append, positional({Type::list_of(kStr), kInt}), false));
  // A later use may be a subtype of the binding (as TorchScript allows).
  CHECK(match_schema(append, positional({Type::list_of(Type::optional_of(kInt)), kNone}), false));
  CHECK(match_schema(append, positional({Type::list_of(Type::optional_of(kInt)), kInt}), false));
  // Inside a list the binding must be exact (lists are invariant).
  OpSchema cat = parse_ok("test::cat(t[] a, t[] b) -> t[]");
  CHECK_FALSE(
      match_schema(cat, positional({Type::list_of(Type::optional_of(kInt)), Type::list_of(kInt)}), false));
  CHECK(match_schema(cat, positional({Type::list_of(kInt), Type::list_of(kInt)}), false));
}

TEST_CASE("None matching an optional type variable binds nothing", "[ir][schema][match]") {
  OpSchema get = parse_ok("aten::get.str(Dict(str, t) self, str key, t? default_value=None) -> t?");
  auto m = match_schema(get, positional({Type::dict_of(kStr, kInt), kStr, kNone}), false);
  REQUIRE(m);
  CHECK(m->return_types == std::vector<TypePtr>{Type::optional_of(kInt)});
  auto m2 = match_schema(get, positional({Type::dict_of(kStr, kInt), kStr, kInt}), false);
  REQUIRE(m2);
  CHECK(m2->return_types == std::vector<TypePtr>{Type::optional_of(kInt)});
  CHECK_FALSE(match_schema(get, positional({Type::dict_of(kStr, kInt), kStr, kStr}), false));
  // A return type variable that nothing binds makes the match fail.
  OpSchema unbound = parse_ok("test::unbound(t? x) -> t");
  CHECK_FALSE(match_schema(unbound, positional({kNone}), false));
  CHECK(match_schema(unbound, positional({kInt}), false)->return_types == std::vector<TypePtr>{kInt});
}

TEST_CASE("optional parameters accept the element type or None", "[ir][schema][match]") {
  OpSchema s = parse_ok("test::opt(int? x) -> int");
  CHECK(match_schema(s, positional({kInt}), false));
  CHECK(match_schema(s, positional({kNone}), false));
  CHECK(match_schema(s, positional({Type::optional_of(kInt)}), false));
  CHECK_FALSE(match_schema(s, positional({kFloat}), false));
}

TEST_CASE("int converts to float only when allowed and only for float parameters", "[ir][schema][match]") {
  OpSchema s = parse_ok("test::mix(float a, int b, float c=0.0) -> float");
  CHECK_FALSE(match_schema(s, positional({kInt, kInt}), false));
  auto m = match_schema(s, positional({kInt, kInt}), true);
  REQUIRE(m);
  CHECK(m->int_to_float == std::vector<size_t>{0});
  CallArguments args = positional({kFloat, kInt});
  args.keywords = {{"c", kInt}};
  auto k = match_schema(s, args, true);
  REQUIRE(k);
  CHECK(k->int_to_float == std::vector<size_t>{2});                 // the actual index of the keyword
  CHECK_FALSE(match_schema(s, positional({kFloat, kFloat}), true)); // float never narrows to int
  OpSchema opt = parse_ok("test::optf(float? a) -> float");
  CHECK_FALSE(match_schema(opt, positional({kInt}), true));
}

TEST_CASE("Scalar accepts every number type", "[ir][schema][match]") {
  OpSchema s = parse_ok("test::scalar(Scalar a) -> Scalar");
  CHECK(match_schema(s, positional({kInt}), false));
  CHECK(match_schema(s, positional({kFloat}), false));
  CHECK(match_schema(s, positional({kBool}), false));
  CHECK_FALSE(match_schema(s, positional({kStr}), false));
}

TEST_CASE("the global registry resolves overloads of aten::add", "[ir][schema][registry]") {
  const OpRegistry& reg = OpRegistry::global();
  const OpSchema* add_int = reg.find("aten::add.int");
  const OpSchema* add_float = reg.find("aten::add.float");
  REQUIRE(add_int != nullptr);
  REQUIRE(add_float != nullptr);
  CHECK(reg.find("aten::add.nonexistent") == nullptr);
  CHECK(&reg.schema(add_int->id) == add_int);
  CHECK(reg.overloads(aten::add).size() >= 2);
  CHECK(reg.overloads(Symbol::from_qualified("test::never_registered")).empty());

  CHECK(reg.resolve_exact(aten::add, {kInt, kInt}) == add_int);
  CHECK(reg.resolve_exact(aten::add, {kFloat, kFloat}) == add_float);
  CHECK(reg.resolve_exact(aten::add, {kInt, Type::tuple_of({})}) == nullptr);

  auto exact = reg.resolve(aten::add, positional({kFloat, kFloat}));
  REQUIRE(exact);
  CHECK(exact->schema == add_float);
  CHECK(exact->int_to_float.empty());
  // No add(int, float) without conversion: the float overload with int -> float applies.
  auto converted = reg.resolve(aten::add, positional({kInt, kFloat}));
  REQUIRE(converted);
  CHECK(converted->schema->kind == aten::add);
  CHECK(converted->return_types == std::vector<TypePtr>{kFloat});
  CHECK(converted->int_to_float == std::vector<size_t>{0});
}

TEST_CASE("the registry derives Mutates from '!' annotations", "[ir][schema][registry]") {
  const OpRegistry& reg = OpRegistry::global();
  const OpSchema* append = reg.find("aten::append.t");
  const OpSchema* len = reg.find("aten::len.t");
  REQUIRE(append != nullptr);
  REQUIRE(len != nullptr);
  CHECK(append->effect == OpEffect::Mutates);
  CHECK(len->effect == OpEffect::Pure);
  CHECK(reg.resolve_exact(aten::len, {Type::list_of(kStr)}) == len);
  for (size_t id = 0; id < reg.size(); ++id)
    CHECK(reg.schema(static_cast<uint32_t>(id)).id == id);
}
