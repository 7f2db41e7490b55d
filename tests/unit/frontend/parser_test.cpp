// tests/unit/frontend/parser_test.cpp - Tree shapes (as Python's ast builds them), ranges, errors, recovery.
#include "frontend/parser.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace tsc::frontend {
namespace {

struct Parsed {
  std::unique_ptr<Module> module;
  ir::DiagnosticEngine diag;
};

std::unique_ptr<Parsed> parse_text(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  p->module = parse(std::make_shared<ir::Source>("t.py", text), p->diag);
  return p;
}

/// Every diagnostic as "line:col: message", one per line.
std::string errors_of(const std::string& text) {
  auto p = parse_text(text);
  std::string out;
  for (const ir::Diagnostic& d : p->diag.diagnostics())
    out += std::to_string(d.range.line) + ":" + std::to_string(d.range.col) + ": " + d.message + "\n";
  return out;
}

std::string shape(const Expr& e);

std::string shape_or_blank(const ExprPtr& e) {
  return e ? shape(*e) : "_";
}

std::string join_shapes(const std::vector<ExprPtr>& es) {
  std::string out;
  for (const ExprPtr& e : es)
    out += " " + shape(*e);
  return out;
}

std::string generators_shape(const std::vector<Comprehension>& gens) {
  std::string out;
  for (const Comprehension& c : gens) {
    out += " (for " + shape(*c.target) + " " + shape(*c.iter);
    for (const ExprPtr& cond : c.ifs)
      out += " (if " + shape(*cond) + ")";
    out += ")";
  }
  return out;
}

/// A compact S-expression of the tree, without ranges: `-2**2` is "(- (** 2 2))".
std::string shape(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Name:
    return as<NameExpr>(e).id;
  case ExprKind::Int:
    return std::to_string(as<IntExpr>(e).value);
  case ExprKind::Float: {
    std::string s = std::to_string(as<FloatExpr>(e).value);
    return "float:" + s.substr(0, s.find_last_not_of('0') + 1);
  }
  case ExprKind::Str:
    return "'" + as<StrExpr>(e).value + "'";
  case ExprKind::Bool:
    return as<BoolExpr>(e).value ? "True" : "False";
  case ExprKind::None:
    return "None";
  case ExprKind::Ellipsis:
    return "...";
  case ExprKind::FString: {
    std::string out = "(f";
    for (const FStringExpr::Part& p : as<FStringExpr>(e).parts) {
      if (!p.is_field) {
        out += " " + shape(*p.expr);
        continue;
      }
      out += " {" + shape(*p.expr);
      if (p.conversion)
        out += std::string("!") + p.conversion;
      out += "}";
    }
    return out + ")";
  }
  case ExprKind::Unary: {
    const auto& u = as<UnaryExpr>(e);
    return std::string("(") + to_string(u.op) + " " + shape(*u.operand) + ")";
  }
  case ExprKind::Binary: {
    const auto& b = as<BinaryExpr>(e);
    return std::string("(") + to_string(b.op) + " " + shape(*b.lhs) + " " + shape(*b.rhs) + ")";
  }
  case ExprKind::BoolOp: {
    const auto& b = as<BoolOpExpr>(e);
    return std::string("(") + to_string(b.op) + join_shapes(b.values) + ")";
  }
  case ExprKind::Compare: {
    const auto& c = as<CompareExpr>(e);
    std::string out = "(compare " + shape(*c.left);
    for (size_t i = 0; i < c.ops.size(); ++i)
      out += std::string(" ") + to_string(c.ops[i]) + " " + shape(*c.comparators[i]);
    return out + ")";
  }
  case ExprKind::IfExp: {
    const auto& i = as<IfExpr>(e);
    return "(if " + shape(*i.test) + " " + shape(*i.body) + " " + shape(*i.orelse) + ")";
  }
  case ExprKind::Call: {
    const auto& c = as<CallExpr>(e);
    std::string out = "(call " + shape(*c.func) + join_shapes(c.args);
    for (const Keyword& k : c.keywords)
      out += " " + k.name + "=" + shape(*k.value);
    return out + ")";
  }
  case ExprKind::Attribute: {
    const auto& a = as<AttributeExpr>(e);
    return "(. " + shape(*a.value) + " " + a.attr + ")";
  }
  case ExprKind::Subscript: {
    const auto& s = as<SubscriptExpr>(e);
    return "([] " + shape(*s.value) + " " + shape(*s.index) + ")";
  }
  case ExprKind::Slice: {
    const auto& s = as<SliceExpr>(e);
    return "(slice " + shape_or_blank(s.lower) + " " + shape_or_blank(s.upper) + " " +
           shape_or_blank(s.step) + ")";
  }
  case ExprKind::List:
    return "(list" + join_shapes(as<ListExpr>(e).elts) + ")";
  case ExprKind::Tuple:
    return "(tuple" + join_shapes(as<TupleExpr>(e).elts) + ")";
  case ExprKind::Dict: {
    const auto& d = as<DictExpr>(e);
    std::string out = "(dict";
    for (size_t i = 0; i < d.keys.size(); ++i)
      out += " " + shape(*d.keys[i]) + ":" + shape(*d.values[i]);
    return out + ")";
  }
  case ExprKind::ListComp: {
    const auto& c = as<ListCompExpr>(e);
    return "(listcomp " + shape(*c.elt) + generators_shape(c.generators) + ")";
  }
  case ExprKind::DictComp: {
    const auto& c = as<DictCompExpr>(e);
    return "(dictcomp " + shape(*c.key) + ":" + shape(*c.value) + generators_shape(c.generators) + ")";
  }
  case ExprKind::Starred:
    return "(* " + shape(*as<StarredExpr>(e).value) + ")";
  }
  return "?";
}

/// Parses `text` as one expression statement and returns its tree's shape.
std::string expr_shape(const std::string& text) {
  auto p = parse_text(text + "\n");
  INFO(text << "\n" << errors_of(text + "\n"));
  REQUIRE_FALSE(p->diag.has_errors());
  REQUIRE(p->module->body.size() == 1);
  REQUIRE(p->module->body[0]->kind == StmtKind::Expr);
  return shape(*as<ExprStmt>(*p->module->body[0]).value);
}

/// Parses one expression statement and returns the expression.
const Expr& expr_of(const Parsed& p) {
  REQUIRE_FALSE(p.diag.has_errors());
  REQUIRE(p.module->body.size() == 1);
  REQUIRE(p.module->body[0]->kind == StmtKind::Expr);
  return *as<ExprStmt>(*p.module->body[0]).value;
}

std::string text_of(const SourceRange& r) {
  return std::string(r.text());
}

TEST_CASE("arithmetic operators follow Python's precedence and associativity", "[frontend][parser]") {
  CHECK(expr_shape("a + b * c") == "(+ a (* b c))");
  CHECK(expr_shape("a - b - c") == "(- (- a b) c)");
  CHECK(expr_shape("(a + b) * c") == "(* (+ a b) c)");
  CHECK(expr_shape("a * b @ c // d % e / f") == "(/ (% (// (@ (* a b) c) d) e) f)");
  CHECK(expr_shape("a + -b") == "(+ a (- b))");
  CHECK(expr_shape("a | b ^ c & d << e + f") == "(| a (^ b (& c (<< d (+ e f)))))");
  CHECK(expr_shape("a << b >> c") == "(>> (<< a b) c)");
  CHECK(expr_shape("a & b | c ^ d") == "(| (& a b) (^ c d))");
}

TEST_CASE("the power operator binds tighter than a unary operator on its left", "[frontend][parser]") {
  CHECK(expr_shape("-2**2") == "(- (** 2 2))");
  CHECK(expr_shape("2**-1") == "(** 2 (- 1))");
  CHECK(expr_shape("2**3**2") == "(** 2 (** 3 2))");
  CHECK(expr_shape("~a ** b") == "(~ (** a b))");
  CHECK(expr_shape("-+~x") == "(- (+ (~ x)))");
  CHECK(expr_shape("a * -b ** c") == "(* a (- (** b c)))");
  CHECK(expr_shape("-x[1](2).y") == "(- (. (call ([] x 1) 2) y))");
}

TEST_CASE("boolean operators, not and comparisons nest as in Python", "[frontend][parser]") {
  CHECK(expr_shape("not a == b") == "(not (compare a == b))");
  CHECK(expr_shape("not a and b or c") == "(or (and (not a) b) c)");
  CHECK(expr_shape("a or b and c") == "(or a (and b c))");
  CHECK(expr_shape("a and b and c") == "(and a b c)");
  CHECK(expr_shape("a or b or c and d") == "(or a b (and c d))");
  CHECK(expr_shape("not not a") == "(not (not a))");
  CHECK(expr_shape("a | b < c") == "(compare (| a b) < c)");
  CHECK(expr_shape("a < b + 1") == "(compare a < (+ b 1))");
}

TEST_CASE("comparisons chain and two-word operators are single operators", "[frontend][parser]") {
  CHECK(expr_shape("a < b <= c") == "(compare a < b <= c)");
  CHECK(expr_shape("a == b != c > d >= e") == "(compare a == b != c > d >= e)");
  CHECK(expr_shape("a is not b") == "(compare a is not b)");
  CHECK(expr_shape("a is b") == "(compare a is b)");
  CHECK(expr_shape("a not in b") == "(compare a not in b)");
  CHECK(expr_shape("a in b == c") == "(compare a in b == c)");
  CHECK(expr_shape("x is None") == "(compare x is None)");
}

TEST_CASE("the conditional expression is right-associative and lowest", "[frontend][parser]") {
  CHECK(expr_shape("a if b else c") == "(if b a c)");
  CHECK(expr_shape("a if b else c if d else e") == "(if b a (if d c e))");
  CHECK(expr_shape("a or b if c and d else e") == "(if (and c d) (or a b) e)");
}

TEST_CASE("literals and displays", "[frontend][parser]") {
  CHECK(expr_shape("(1, 2.5, 'a', True, False, None, ...)") == "(tuple 1 float:2.5 'a' True False None ...)");
  CHECK(expr_shape("()") == "(tuple)");
  CHECK(expr_shape("(1,)") == "(tuple 1)");
  CHECK(expr_shape("(1)") == "1");
  CHECK(expr_shape("1, 2") == "(tuple 1 2)");
  CHECK(expr_shape("[]") == "(list)");
  CHECK(expr_shape("[1, [2], 3,]") == "(list 1 (list 2) 3)");
  CHECK(expr_shape("{}") == "(dict)");
  CHECK(expr_shape("{'a': 1, 'b': [2],}") == "(dict 'a':1 'b':(list 2))");
  CHECK(expr_shape("[*a, 1]") == "(list (* a) 1)");
}

TEST_CASE("adjacent string literals fold into one string", "[frontend][parser]") {
  CHECK(expr_shape("'a' \"b\" '''c''' r'\\d'") == "'abc\\d'");
  CHECK(expr_shape("'a' f'{x}' 'b'") == "(f 'a' {x} 'b')");
  CHECK(expr_shape("f'a{x!r}b{{}}{y}' 'c'") == "(f 'a' {x!r} 'b{}' {y} 'c')");
  CHECK(expr_shape("f'{x}' f'{y!s}'") == "(f {x} {y!s})");
  CHECK(expr_shape("f'{x=}'") == "(f 'x=' {x!r})");
  CHECK(expr_shape("f''") == "(f)");
  CHECK(expr_shape("f'{a + b * 2}'") == "(f {(+ a (* b 2))})");
  CHECK(expr_shape("f'{d[\"k\"]}'") == "(f {([] d 'k')})");
  CHECK(expr_shape("f'{1, 2}'") == "(f {(tuple 1 2)})");
}

TEST_CASE("f-string fields carry positions in the file", "[frontend][parser]") {
  auto p = parse_text("f'ab{x + y}'\n");
  const auto& f = as<FStringExpr>(expr_of(*p));
  REQUIRE(f.parts.size() == 2);
  const Expr& field = *f.parts[1].expr;
  CHECK(field.range.line == 1);
  CHECK(field.range.col == 6);
  CHECK(text_of(field.range) == "x + y");
  CHECK(text_of(f.range) == "f'ab{x + y}'");
}

TEST_CASE("subscripts with slices, tuples of slices and ellipsis", "[frontend][parser]") {
  CHECK(expr_shape("x[1]") == "([] x 1)");
  CHECK(expr_shape("x[1:2]") == "([] x (slice 1 2 _))");
  CHECK(expr_shape("x[::2]") == "([] x (slice _ _ 2))");
  CHECK(expr_shape("x[:]") == "([] x (slice _ _ _))");
  CHECK(expr_shape("x[a:]") == "([] x (slice a _ _))");
  CHECK(expr_shape("x[::-1]") == "([] x (slice _ _ (- 1)))");
  CHECK(expr_shape("x[1:2, ::3, ...]") == "([] x (tuple (slice 1 2 _) (slice _ _ 3) ...))");
  CHECK(expr_shape("x[:, None]") == "([] x (tuple (slice _ _ _) None))");
  CHECK(expr_shape("x[a, b]") == "([] x (tuple a b))");
  CHECK(expr_shape("x[1:2,]") == "([] x (tuple (slice 1 2 _)))");
  CHECK(expr_shape("x[()]") == "([] x (tuple))");
  CHECK(expr_shape("x[a][b]") == "([] ([] x a) b)");
}

TEST_CASE("calls take positional, starred and keyword arguments", "[frontend][parser]") {
  CHECK(expr_shape("f()") == "(call f)");
  CHECK(expr_shape("f(a, *b, c=1, d=e + 1)") == "(call f a (* b) c=1 d=(+ e 1))");
  CHECK(expr_shape("f(a,)") == "(call f a)");
  CHECK(expr_shape("f(a)(b)") == "(call (call f a) b)");
  CHECK(expr_shape("a.b.c(d)") == "(call (. (. a b) c) d)");
  CHECK(expr_shape("f(a == b)") == "(call f (compare a == b))");
}

TEST_CASE("a generator expression as the only argument is a list comprehension", "[frontend][parser]") {
  CHECK(expr_shape("sum(x * 2 for x in l)") == "(call sum (listcomp (* x 2) (for x l)))");
  CHECK(expr_shape("any(x for x in l if x)") == "(call any (listcomp x (for x l (if x))))");
}

TEST_CASE("comprehensions keep their for and if clauses in order", "[frontend][parser]") {
  CHECK(expr_shape("[x * y for x in a if x if y for y in b]") ==
        "(listcomp (* x y) (for x a (if x) (if y)) (for y b))");
  CHECK(expr_shape("[(a, b) for a, b in zip(x, y)]") ==
        "(listcomp (tuple a b) (for (tuple a b) (call zip x y)))");
  CHECK(expr_shape("{k: v for k, v in d.items() if k}") ==
        "(dictcomp k:v (for (tuple k v) (call (. d items)) (if k)))");
  // The iterable is a disjunction: a conditional there would be the comprehension's `if`.
  CHECK(expr_shape("[x for x in a or b if c]") == "(listcomp x (for x (or a b) (if c)))");
}

/// The dump of a whole file (positions included): statements are checked this way.
std::string dump_of(const std::string& text) {
  auto p = parse_text(text);
  INFO(errors_of(text));
  REQUIRE_FALSE(p->diag.has_errors());
  return dump_ast(*p->module);
}

TEST_CASE("function definitions with annotations, defaults, keyword-only parameters and decorators",
          "[frontend][parser]") {
  CHECK(dump_of("@torch.jit.export\ndef f(self, x: int, y=1, *, z: float = 2.0) -> int:\n    return x\n") ==
        "FunctionDef f @2:1 name@2:5\n"
        "  decorator: Attribute export @1:2 name@1:12\n"
        "    Attribute jit @1:2 name@1:8\n"
        "      Name torch @1:2\n"
        "  Param self @2:7\n"
        "  Param x @2:13\n"
        "    annotation: Name int @2:16\n"
        "  Param y @2:21\n"
        "    default: Int 1 @2:23\n"
        "  Param z kwonly @2:29\n"
        "    annotation: Name float @2:32\n"
        "    default: Float 2.0 @2:40\n"
        "  returns: Name int @2:48\n"
        "  Return @3:5\n"
        "    Name x @3:12\n");
}

TEST_CASE("class definitions with bases and attribute declarations", "[frontend][parser]") {
  CHECK(dump_of("class A(B, C):\n    '''doc'''\n    x: int\n    def m(self): pass\n") ==
        "ClassDef A @1:1 name@1:7\n"
        "  base: Name B @1:9\n"
        "  base: Name C @1:12\n"
        "  Expr @2:5\n"
        "    Str \"doc\" @2:5\n"
        "  AnnAssign @3:5\n"
        "    target: Name x @3:5\n"
        "    annotation: Name int @3:8\n"
        "  FunctionDef m @4:5 name@4:9\n"
        "    Param self @4:11\n"
        "    Pass @4:18\n");
}

TEST_CASE("elif chains nest in orelse", "[frontend][parser]") {
  CHECK(dump_of("if a:\n  pass\nelif b:\n  x = 1\nelse:\n  break\n") == "If @1:1\n"
                                                                        "  test: Name a @1:4\n"
                                                                        "  Pass @2:3\n"
                                                                        "  else\n"
                                                                        "    If @3:1\n"
                                                                        "      test: Name b @3:6\n"
                                                                        "      Assign @4:3\n"
                                                                        "        target: Name x @4:3\n"
                                                                        "        value: Int 1 @4:7\n"
                                                                        "      else\n"
                                                                        "        Break @6:3\n");
}

TEST_CASE("loops with else blocks", "[frontend][parser]") {
  CHECK(dump_of("while x:\n  continue\nelse:\n  pass\nfor a, *b in c: pass\nelse: pass\n") ==
        "While @1:1\n"
        "  test: Name x @1:7\n"
        "  Continue @2:3\n"
        "  else @3:1\n"
        "    Pass @4:3\n"
        "For @5:1\n"
        "  target: Tuple @5:5\n"
        "    Name a @5:5\n"
        "    Starred @5:8\n"
        "      Name b @5:9\n"
        "  iter: Name c @5:14\n"
        "  Pass @5:17\n"
        "  else @6:1\n"
        "    Pass @6:7\n");
}

TEST_CASE("simple statements", "[frontend][parser]") {
  CHECK(dump_of("return\nreturn 1, 2\nraise E('m') from e\nraise\nassert x, 'm'\nassert y\n") ==
        "Return @1:1\n"
        "Return @2:1\n"
        "  Tuple @2:8\n"
        "    Int 1 @2:8\n"
        "    Int 2 @2:11\n"
        "Raise @3:1\n"
        "  exc: Call @3:7\n"
        "    func: Name E @3:7\n"
        "    Str \"m\" @3:9\n"
        "  cause: Name e @3:19\n"
        "Raise @4:1\n"
        "Assert @5:1\n"
        "  test: Name x @5:8\n"
        "  msg: Str \"m\" @5:11\n"
        "Assert @6:1\n"
        "  test: Name y @6:8\n");
  CHECK(dump_of("del a[0], b.c, (d, e)\n") == "Delete @1:1\n"
                                              "  Subscript @1:5\n"
                                              "    Name a @1:5\n"
                                              "    index: Int 0 @1:7\n"
                                              "  Attribute c @1:11 name@1:13\n"
                                              "    Name b @1:11\n"
                                              "  Tuple @1:16\n"
                                              "    Name d @1:17\n"
                                              "    Name e @1:20\n");
}

TEST_CASE("assignments: chained, unpacking, augmented and annotated", "[frontend][parser]") {
  CHECK(dump_of("a = b = 1\n[c, d] = e, = f\n") == "Assign @1:1\n"
                                                   "  target: Name a @1:1\n"
                                                   "  target: Name b @1:5\n"
                                                   "  value: Int 1 @1:9\n"
                                                   "Assign @2:1\n"
                                                   "  target: List @2:1\n"
                                                   "    Name c @2:2\n"
                                                   "    Name d @2:5\n"
                                                   "  target: Tuple @2:10\n"
                                                   "    Name e @2:10\n"
                                                   "  value: Name f @2:15\n");
  CHECK(dump_of("x.y: List[int] = []\nz: int\n") == "AnnAssign @1:1\n"
                                                    "  target: Attribute y @1:1 name@1:3\n"
                                                    "    Name x @1:1\n"
                                                    "  annotation: Subscript @1:6\n"
                                                    "    Name List @1:6\n"
                                                    "    index: Name int @1:11\n"
                                                    "  value: List @1:18\n"
                                                    "AnnAssign @2:1\n"
                                                    "  target: Name z @2:1\n"
                                                    "  annotation: Name int @2:4\n");
}

TEST_CASE("every augmented assignment operator", "[frontend][parser]") {
  auto p =
      parse_text("x += 1\nx -= 1\nx *= 1\nx /= 1\nx //= 1\nx %= 1\nx **= 1\nx @= 1\nx &= 1\nx |= 1\nx ^= 1\n"
                 "x <<= 1\nx >>= 1\n");
  REQUIRE_FALSE(p->diag.has_errors());
  const std::vector<BinaryOp> expected = {
      BinaryOp::Add,    BinaryOp::Sub,    BinaryOp::Mul,    BinaryOp::Div,    BinaryOp::FloorDiv,
      BinaryOp::Mod,    BinaryOp::Pow,    BinaryOp::MatMul, BinaryOp::BitAnd, BinaryOp::BitOr,
      BinaryOp::BitXor, BinaryOp::LShift, BinaryOp::RShift};
  REQUIRE(p->module->body.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    REQUIRE(p->module->body[i]->kind == StmtKind::AugAssign);
    CHECK(as<AugAssignStmt>(*p->module->body[i]).op == expected[i]);
  }
}

TEST_CASE("imports", "[frontend][parser]") {
  CHECK(dump_of("import torch.nn.functional as F, math\nfrom typing import (List, Optional as O,)\n"
                "from . import x\nfrom ..a.b import *\n") == "Import @1:1\n"
                                                             "  Alias torch.nn.functional as F @1:8\n"
                                                             "  Alias math @1:34\n"
                                                             "ImportFrom typing @2:1\n"
                                                             "  Alias List @2:21\n"
                                                             "  Alias Optional as O @2:27\n"
                                                             "ImportFrom . @3:1\n"
                                                             "  Alias x @3:15\n"
                                                             "ImportFrom ..a.b @4:1\n"
                                                             "  Alias * @4:19\n");
}

TEST_CASE("semicolons separate simple statements on one line", "[frontend][parser]") {
  auto p = parse_text("a = 1; b = 2;\nif x: c; d\n");
  REQUIRE_FALSE(p->diag.has_errors());
  REQUIRE(p->module->body.size() == 3);
  CHECK(as<IfStmt>(*p->module->body[2]).body.size() == 2);
}

TEST_CASE("soft keywords are ordinary names outside a match statement", "[frontend][parser]") {
  CHECK(expr_shape("match(x) + case") == "(+ (call match x) case)");
  auto p = parse_text("match = 1\nmatch.x = 2\n");
  CHECK_FALSE(p->diag.has_errors());
}

TEST_CASE("expression ranges cover exactly the expression text", "[frontend][parser]") {
  auto p = parse_text("y = f(a, b)[1:2].c + (d)\n");
  REQUIRE_FALSE(p->diag.has_errors());
  const auto& assign = as<AssignStmt>(*p->module->body[0]);
  CHECK(text_of(assign.range) == "y = f(a, b)[1:2].c + (d)");
  const auto& sum = as<BinaryExpr>(*assign.value);
  CHECK(text_of(sum.range) == "f(a, b)[1:2].c + (d)");
  CHECK(text_of(sum.rhs->range) == "d"); // a parenthesized expression keeps its inside's range
  const auto& attr = as<AttributeExpr>(*sum.lhs);
  CHECK(text_of(attr.range) == "f(a, b)[1:2].c");
  CHECK(text_of(attr.attr_range) == "c");
  const auto& sub = as<SubscriptExpr>(*attr.value);
  CHECK(text_of(sub.range) == "f(a, b)[1:2]");
  CHECK(text_of(sub.index->range) == "1:2");
  const auto& call = as<CallExpr>(*sub.value);
  CHECK(text_of(call.range) == "f(a, b)");
  CHECK(call.range.line == 1);
  CHECK(call.range.col == 5);

  auto q = parse_text("z = a < b is not c\n");
  const auto& cmp = as<CompareExpr>(*as<AssignStmt>(*q->module->body[0]).value);
  REQUIRE(cmp.op_ranges.size() == 2);
  CHECK(text_of(cmp.op_ranges[0]) == "<");
  CHECK(text_of(cmp.op_ranges[1]) == "is not");
  CHECK(text_of(cmp.range) == "a < b is not c");
}

TEST_CASE("a parenthesized tuple's range includes the parentheses", "[frontend][parser]") {
  auto p = parse_text("(a, b)\nc, d\n");
  REQUIRE_FALSE(p->diag.has_errors());
  CHECK(text_of(as<ExprStmt>(*p->module->body[0]).value->range) == "(a, b)");
  CHECK(text_of(as<ExprStmt>(*p->module->body[1]).value->range) == "c, d");
}

TEST_CASE("compound statement ranges stop at the header's colon", "[frontend][parser]") {
  auto p = parse_text("def f(x: int) -> int:\n    if x > 0:\n        return x\n    return -x\n");
  REQUIRE_FALSE(p->diag.has_errors());
  const auto& f = as<FunctionDefStmt>(*p->module->body[0]);
  CHECK(text_of(f.range) == "def f(x: int) -> int:");
  CHECK(text_of(f.name_range) == "f");
  CHECK(text_of(f.params[0].range) == "x");
  const auto& i = as<IfStmt>(*f.body[0]);
  CHECK(text_of(i.range) == "if x > 0:");
  CHECK(text_of(as<ReturnStmt>(*i.body[0]).range) == "return x");
  CHECK(text_of(as<ReturnStmt>(*f.body[1]).range) == "return -x");
}

TEST_CASE("syntax errors are reported with Python's messages and positions", "[frontend][parser]") {
  CHECK(errors_of("if x\n    pass\n") == "1:5: expected ':'\n");
  CHECK(errors_of("x = 1 +\n") == "1:8: expected an expression\n");
  CHECK(errors_of("x = = 1\n") == "1:5: expected an expression\n");
  CHECK(errors_of("x = 1 2\n") == "1:7: invalid syntax\n");
  CHECK(errors_of("foo(a b)\n") == "1:5: invalid syntax; perhaps you forgot a comma?\n");
  CHECK(errors_of("x = [1 2]\n") == "1:6: invalid syntax; perhaps you forgot a comma?\n");
  CHECK(errors_of("x = 1 if y\n") == "1:5: expected 'else' after 'if' expression\n");
  CHECK(errors_of("if x:\ny = 1\n") == "2:1: expected an indented block after 'if' statement on line 1\n");
  CHECK(errors_of("def f():\nreturn 1\n") ==
        "2:1: expected an indented block after function definition on line 1\n");
  CHECK(errors_of("for x in y:\n") == "1:12: expected an indented block after 'for' statement on line 1\n");
  CHECK(errors_of("a\n  b\n") == "2:3: unexpected indent\n");
  CHECK(errors_of("x = (1,\n") == "1:5: '(' was never closed\n");
  CHECK(errors_of("x = 1)\n") == "1:6: unmatched ')'\n");
  CHECK(errors_of("x = $\n") == "1:5: invalid character '$'\n");
  CHECK(errors_of("else:\n  pass\n") == "1:1: 'else' without a matching 'if', 'for' or 'while'\n");
}

TEST_CASE("invalid targets are rejected with CPython's wording", "[frontend][parser]") {
  CHECK(errors_of("f() = 1\n") == "1:1: cannot assign to function call\n");
  CHECK(errors_of("a, 1 = 2\n") == "1:4: cannot assign to literal\n");
  CHECK(errors_of("a + b = 2\n") == "1:1: cannot assign to expression\n");
  CHECK(errors_of("None = 2\n") == "1:1: cannot assign to None\n");
  CHECK(errors_of("for f() in x: pass\n") == "1:5: cannot assign to function call\n");
  CHECK(errors_of("del f()\n") == "1:5: cannot delete function call\n");
  CHECK(errors_of("(a, b) += 1\n") == "1:1: 'tuple' is an illegal expression for augmented assignment\n");
  CHECK(errors_of("(a, b): int = 1\n") == "1:1: only single target (not tuple) can be annotated\n");
  CHECK(errors_of("*a = b\n") == "1:1: starred assignment target must be in a list or tuple\n");
  CHECK(errors_of("*a, *b = c\n") == "1:5: multiple starred expressions in assignment\n");
  CHECK(errors_of("x = *a\n") == "1:5: can't use starred expression here\n");
}

TEST_CASE("parameter and argument lists are checked as in Python", "[frontend][parser]") {
  CHECK(errors_of("def f(a=1, b): pass\n") == "1:12: non-default argument follows default argument\n");
  CHECK(errors_of("def f(a, a): pass\n") == "1:10: duplicate argument 'a' in function definition\n");
  CHECK(errors_of("def f(*): pass\n") == "1:7: named arguments must follow bare *\n");
  CHECK(errors_of("def f(*args): pass\n") == "1:7: variadic arguments are not supported\n");
  CHECK(errors_of("def f(**kw): pass\n") == "1:7: variadic arguments are not supported\n");
  CHECK(errors_of("def f(a, /): pass\n") == "1:10: positional-only parameters are not supported\n");
  CHECK(errors_of("f(a=1, b)\n") == "1:8: positional argument follows keyword argument\n");
  CHECK(errors_of("f(a=1, a=2)\n") == "1:8: keyword argument 'a' repeated\n");
  CHECK(errors_of("f(1 = 2)\n") == "1:3: expression cannot contain assignment; perhaps you meant '=='?\n");
  CHECK(errors_of("f(**kw)\n") == "1:3: keyword argument unpacking ('**') is not supported\n");
  CHECK(errors_of("f(x for x in y, 1)\n") ==
        "1:3: a generator expression is only supported as the sole argument of a call\n");
  // Keyword-only parameters may omit defaults after ones that have them.
  CHECK(errors_of("def f(a=1, *, b, c=2): pass\n").empty());
}

TEST_CASE("constructs outside the language are rejected with their range", "[frontend][parser]") {
  CHECK(errors_of("x = lambda y: y\n") == "1:5: lambda expressions are not supported\n");
  CHECK(errors_of("try:\n  pass\nexcept E:\n  pass\nfinally:\n  pass\n") ==
        "1:1: 'try' statements are not supported\n");
  CHECK(errors_of("with a as b:\n  pass\n") == "1:1: 'with' statements are not supported\n");
  CHECK(errors_of("global x\n") == "1:1: 'global' statements are not supported\n");
  CHECK(errors_of("def f():\n  nonlocal x\n") == "2:3: 'nonlocal' statements are not supported\n");
  CHECK(errors_of("def f():\n  yield 1\n") == "2:3: 'yield' expressions are not supported\n");
  CHECK(errors_of("def f():\n  x = await g()\n") == "2:7: 'await' expressions are not supported\n");
  CHECK(errors_of("async def f(): pass\n") == "1:1: 'async' functions are not supported\n");
  CHECK(errors_of("if (n := 10) > 5: pass\n") == "1:7: assignment expressions are not supported\n");
  CHECK(errors_of("match x:\n    case 1:\n        pass\n") == "1:1: 'match' statements are not supported\n");
  CHECK(errors_of("x = {1, 2}\n") == "1:5: set literals are not supported\n");
  CHECK(errors_of("x = {a for a in b}\n") == "1:5: set comprehensions are not supported\n");
  CHECK(errors_of("x = {**a}\n") == "1:6: dict unpacking ('**') is not supported\n");
  CHECK(errors_of("x = (a for a in b)\n") == "1:5: generator expressions are not supported\n");
  // A nested def parses; semantic analysis decides about it.
  CHECK(errors_of("def f():\n  def g(): pass\n").empty());
}

TEST_CASE("rejected constructs report their whole range", "[frontend][parser]") {
  auto p = parse_text("x = {1, 2}\ny = lambda a: a\n");
  REQUIRE(p->diag.diagnostics().size() == 2);
  CHECK(text_of(p->diag.diagnostics()[0].range) == "{1, 2}");
  CHECK(text_of(p->diag.diagnostics()[1].range) == "lambda a:");
}

TEST_CASE("the parser recovers at the next statement and reports every independent error",
          "[frontend][parser]") {
  const std::string text = "def f(x: int) -> int\n" // 1: missing ':'; the body is still checked
                           "    y = x +\n"          // 2
                           "    return y\n"
                           "\n"
                           "x = = 2\n" // 5
                           "class C:\n"
                           "    def m(self):\n"
                           "        z = {1, 2}\n" // 8
                           "    pass\n"
                           "try:\n"      // 10
                           "    x = $\n" // skipped with the try statement
                           "except E:\n"
                           "    pass\n"
                           "y = 1 2\n"   // 14
                           "  z = 3\n"   // the indented line after an error is no new error
                           "q = 0777\n"; // 16
  CHECK(errors_of(text) == "1:21: expected ':'\n"
                           "2:12: expected an expression\n"
                           "5:5: expected an expression\n"
                           "8:13: set literals are not supported\n"
                           "10:1: 'try' statements are not supported\n"
                           "14:7: invalid syntax\n"
                           "16:5: leading zeros in decimal integer literals are not permitted\n");
}

TEST_CASE("at most one error is reported per logical line", "[frontend][parser]") {
  CHECK(errors_of("x = $ + = ?\n") == "1:5: invalid character '$'\n");
  CHECK(errors_of("x = (1 2,\n   3 = )\ny = $\n") == "1:6: invalid syntax; perhaps you forgot a comma?\n"
                                                     "3:5: invalid character '$'\n");
  // A missing block and the bad indentation on the next line are one error.
  CHECK(errors_of("if x:\n\tif y:\n        a\n") ==
        "3:1: inconsistent use of tabs and spaces in indentation\n");
}

TEST_CASE("an unclosed bracket does not hide the errors after it", "[frontend][parser]") {
  CHECK(errors_of("def f(a):\n    x = g(a,\n    return $\n") == "2:10: '(' was never closed\n"
                                                                "3:12: invalid character '$'\n");
}

TEST_CASE("deeply nested expressions are an error, not a crash", "[frontend][parser]") {
  CHECK(errors_of("x = " + std::string(5000, '-') + "1\n").find("expression is too deeply nested") !=
        std::string::npos);
  std::string pow = "x = 2";
  for (int i = 0; i < 3000; ++i)
    pow += "**2";
  CHECK(errors_of(pow + "\n").find("expression is too deeply nested") != std::string::npos);
  CHECK(errors_of("x = " + std::string(300, '(') + "1" + std::string(300, ')') + "\n") ==
        "1:205: too many nested parentheses\n");
}

TEST_CASE("long operator and elif chains parse without deep recursion", "[frontend][parser]") {
  std::string sum = "x = 1";
  for (int i = 0; i < 50000; ++i)
    sum += " + 1";
  auto p = parse_text(sum + "\n");
  CHECK_FALSE(p->diag.has_errors());
  std::string chain = "if a:\n  pass\n";
  for (int i = 0; i < 20000; ++i)
    chain += "elif a:\n  pass\n";
  auto q = parse_text(chain);
  CHECK_FALSE(q->diag.has_errors());
  CHECK(dump_ast(*q->module).size() > 20000);
}

TEST_CASE("the parser always returns a module, partial after errors", "[frontend][parser]") {
  auto p = parse_text("a = 1\nb = = 2\nc = 3\n");
  CHECK(p->diag.error_count() == 1);
  REQUIRE(p->module);
  CHECK(p->module->body.size() == 2);
  CHECK(p->module->source->filename() == "t.py");
}

} // namespace
} // namespace tsc::frontend
