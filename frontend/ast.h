// frontend/ast.h - The syntax tree of the TorchScript language (a Python subset).
//
// The parser builds it; sema+lowering (frontend/lower*.cpp) reads it. Every node
// carries the SourceRange of its whole text. Nodes are owned through unique_ptr
// by their parent; the Module owns the roots.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/source_range.h"

namespace tsc::frontend {

using ir::SourceRange;

// ----------------------------------------------------------------------------
// Expressions

enum class ExprKind {
  Name,       // x
  Int,        // 12, 0x1f, 0o17, 0b101, 1_000
  Float,      // 1.5, 1e3, .5, 1.
  Str,        // 'a' "a" '''a''' r'a' with implicit concatenation folded
  Bool,       // True False
  None,       // None
  Ellipsis,   // ...
  FString,    // f"x={x}"
  Unary,      // -x +x not x ~x
  Binary,     // x + y ... x @ y
  BoolOp,     // x and y and z / x or y
  Compare,    // a < b <= c, a is not b, a not in b
  IfExp,      // a if c else b
  Call,       // f(x, y=1)
  Attribute,  // x.attr
  Subscript,  // x[i], x[a:b], x[i, j]
  Slice,      // a:b:c (only as a Subscript index or a tuple element of one)
  List,       // [a, b]
  Tuple,      // (a, b) / a, b / ()
  Dict,       // {k: v}
  ListComp,   // [e for x in xs if c]
  DictComp,   // {k: v for x in xs if c}
  Starred,    // *x (parsed so that sema can reject it with a precise range)
};

enum class UnaryOp { Neg, Pos, Not, Invert };
enum class BinaryOp { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul, BitAnd, BitOr, BitXor, LShift, RShift };
enum class BoolOpKind { And, Or };
enum class CompareOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

/// Python's spelling of an operator ("+", "//", "not in", ...), for messages and --emit=ast.
const char* to_string(UnaryOp op);
const char* to_string(BinaryOp op);
const char* to_string(BoolOpKind op);
const char* to_string(CompareOp op);

struct Expr {
  ExprKind kind;
  SourceRange range;
  explicit Expr(ExprKind k, SourceRange r) : kind(k), range(std::move(r)) {}
  virtual ~Expr() = default;
  Expr(const Expr&) = delete;
  Expr& operator=(const Expr&) = delete;
};
using ExprPtr = std::unique_ptr<Expr>;

struct NameExpr final : Expr {
  std::string id;
  NameExpr(SourceRange r, std::string i) : Expr(ExprKind::Name, std::move(r)), id(std::move(i)) {}
};
struct IntExpr final : Expr {
  int64_t value;  // literals above INT64_MAX are a lexer error
  IntExpr(SourceRange r, int64_t v) : Expr(ExprKind::Int, std::move(r)), value(v) {}
};
struct FloatExpr final : Expr {
  double value;
  FloatExpr(SourceRange r, double v) : Expr(ExprKind::Float, std::move(r)), value(v) {}
};
struct StrExpr final : Expr {
  std::string value;  // decoded (escapes applied), implicit concatenation folded, UTF-8
  StrExpr(SourceRange r, std::string v) : Expr(ExprKind::Str, std::move(r)), value(std::move(v)) {}
};
struct BoolExpr final : Expr {
  bool value;
  BoolExpr(SourceRange r, bool v) : Expr(ExprKind::Bool, std::move(r)), value(v) {}
};
struct NoneExpr final : Expr {
  explicit NoneExpr(SourceRange r) : Expr(ExprKind::None, std::move(r)) {}
};
struct EllipsisExpr final : Expr {
  explicit EllipsisExpr(SourceRange r) : Expr(ExprKind::Ellipsis, std::move(r)) {}
};
/// f"a{x}b{y!r}": parts alternate freely between literal text and fields.
/// Literal parts are Str expressions; fields are any expression. A conversion
/// ('r', 's') is kept; format specs (":>10") are a parse error.
struct FStringExpr final : Expr {
  struct Part {
    ExprPtr expr;          // StrExpr for literal text, else the field's expression
    bool is_field = false;
    char conversion = 0;   // 0, 'r' or 's'
  };
  std::vector<Part> parts;
  explicit FStringExpr(SourceRange r) : Expr(ExprKind::FString, std::move(r)) {}
};
struct UnaryExpr final : Expr {
  UnaryOp op;
  ExprPtr operand;
  UnaryExpr(SourceRange r, UnaryOp o, ExprPtr e) : Expr(ExprKind::Unary, std::move(r)), op(o), operand(std::move(e)) {}
};
struct BinaryExpr final : Expr {
  BinaryOp op;
  ExprPtr lhs, rhs;
  BinaryExpr(SourceRange r, BinaryOp o, ExprPtr a, ExprPtr b)
      : Expr(ExprKind::Binary, std::move(r)), op(o), lhs(std::move(a)), rhs(std::move(b)) {}
};
struct BoolOpExpr final : Expr {
  BoolOpKind op;
  std::vector<ExprPtr> values;  // at least 2
  BoolOpExpr(SourceRange r, BoolOpKind o) : Expr(ExprKind::BoolOp, std::move(r)), op(o) {}
};
/// left ops[0] comparators[0] ops[1] comparators[1] ...
struct CompareExpr final : Expr {
  ExprPtr left;
  std::vector<CompareOp> ops;
  std::vector<ExprPtr> comparators;
  std::vector<SourceRange> op_ranges;  // range of each operator token(s)
  explicit CompareExpr(SourceRange r) : Expr(ExprKind::Compare, std::move(r)) {}
};
struct IfExpr final : Expr {
  ExprPtr test, body, orelse;  // body if test else orelse
  IfExpr(SourceRange r, ExprPtr t, ExprPtr b, ExprPtr o)
      : Expr(ExprKind::IfExp, std::move(r)), test(std::move(t)), body(std::move(b)), orelse(std::move(o)) {}
};
struct Keyword {
  std::string name;
  SourceRange name_range;
  ExprPtr value;
};
struct CallExpr final : Expr {
  ExprPtr func;
  std::vector<ExprPtr> args;      // may contain Starred (rejected by sema)
  std::vector<Keyword> keywords;  // `**kw` is a parse error
  explicit CallExpr(SourceRange r) : Expr(ExprKind::Call, std::move(r)) {}
};
struct AttributeExpr final : Expr {
  ExprPtr value;
  std::string attr;
  SourceRange attr_range;
  AttributeExpr(SourceRange r, ExprPtr v, std::string a, SourceRange ar)
      : Expr(ExprKind::Attribute, std::move(r)), value(std::move(v)), attr(std::move(a)), attr_range(std::move(ar)) {}
};
/// value[index]; `x[a, b]` has a Tuple index, `x[1:2]` a Slice index.
struct SubscriptExpr final : Expr {
  ExprPtr value;
  ExprPtr index;
  SubscriptExpr(SourceRange r, ExprPtr v, ExprPtr i)
      : Expr(ExprKind::Subscript, std::move(r)), value(std::move(v)), index(std::move(i)) {}
};
struct SliceExpr final : Expr {
  ExprPtr lower, upper, step;  // each may be null
  explicit SliceExpr(SourceRange r) : Expr(ExprKind::Slice, std::move(r)) {}
};
struct ListExpr final : Expr {
  std::vector<ExprPtr> elts;
  explicit ListExpr(SourceRange r) : Expr(ExprKind::List, std::move(r)) {}
};
struct TupleExpr final : Expr {
  std::vector<ExprPtr> elts;
  explicit TupleExpr(SourceRange r) : Expr(ExprKind::Tuple, std::move(r)) {}
};
struct DictExpr final : Expr {
  std::vector<ExprPtr> keys, values;
  explicit DictExpr(SourceRange r) : Expr(ExprKind::Dict, std::move(r)) {}
};
/// One `for target in iter if c1 if c2` clause of a comprehension.
struct Comprehension {
  ExprPtr target;  // Name or Tuple/List of Names
  ExprPtr iter;
  std::vector<ExprPtr> ifs;
};
struct ListCompExpr final : Expr {
  ExprPtr elt;
  std::vector<Comprehension> generators;  // at least 1; nested `for` clauses in order
  explicit ListCompExpr(SourceRange r) : Expr(ExprKind::ListComp, std::move(r)) {}
};
struct DictCompExpr final : Expr {
  ExprPtr key, value;
  std::vector<Comprehension> generators;
  explicit DictCompExpr(SourceRange r) : Expr(ExprKind::DictComp, std::move(r)) {}
};
struct StarredExpr final : Expr {
  ExprPtr value;
  StarredExpr(SourceRange r, ExprPtr v) : Expr(ExprKind::Starred, std::move(r)), value(std::move(v)) {}
};

// ----------------------------------------------------------------------------
// Statements

enum class StmtKind {
  FunctionDef, ClassDef, If, While, For, Break, Continue, Pass, Return, Assert, Raise,
  Delete, Assign, AugAssign, AnnAssign, Expr, Import, ImportFrom,
};

struct Stmt {
  StmtKind kind;
  SourceRange range;  // for compound statements: the header line up to ':'
  explicit Stmt(StmtKind k, SourceRange r) : kind(k), range(std::move(r)) {}
  virtual ~Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

struct Param {
  std::string name;
  SourceRange range;       // the name
  ExprPtr annotation;      // may be null
  ExprPtr default_value;   // may be null
  bool kwarg_only = false; // after a bare '*'
};
struct Decorator {
  ExprPtr expr;  // e.g. Name "staticmethod", Attribute "torch.jit.export"
};
struct FunctionDefStmt final : Stmt {
  std::string name;
  SourceRange name_range;
  std::vector<Param> params;
  ExprPtr returns;  // may be null
  Body body;
  std::vector<Decorator> decorators;
  FunctionDefStmt(SourceRange r) : Stmt(StmtKind::FunctionDef, std::move(r)) {}
};
struct ClassDefStmt final : Stmt {
  std::string name;
  SourceRange name_range;
  std::vector<ExprPtr> bases;
  Body body;  // FunctionDef, AnnAssign (attribute declarations), docstring Expr, Pass
  std::vector<Decorator> decorators;
  ClassDefStmt(SourceRange r) : Stmt(StmtKind::ClassDef, std::move(r)) {}
};
struct IfStmt final : Stmt {
  ExprPtr test;
  Body body;
  Body orelse;  // `elif` becomes a single nested IfStmt here
  IfStmt(SourceRange r) : Stmt(StmtKind::If, std::move(r)) {}
};
struct WhileStmt final : Stmt {
  ExprPtr test;
  Body body;
  Body orelse;  // rejected by sema
  SourceRange else_range;
  WhileStmt(SourceRange r) : Stmt(StmtKind::While, std::move(r)) {}
};
struct ForStmt final : Stmt {
  ExprPtr target;  // Name or Tuple/List of targets
  ExprPtr iter;
  Body body;
  Body orelse;  // rejected by sema
  SourceRange else_range;
  ForStmt(SourceRange r) : Stmt(StmtKind::For, std::move(r)) {}
};
struct BreakStmt final : Stmt {
  explicit BreakStmt(SourceRange r) : Stmt(StmtKind::Break, std::move(r)) {}
};
struct ContinueStmt final : Stmt {
  explicit ContinueStmt(SourceRange r) : Stmt(StmtKind::Continue, std::move(r)) {}
};
struct PassStmt final : Stmt {
  explicit PassStmt(SourceRange r) : Stmt(StmtKind::Pass, std::move(r)) {}
};
struct ReturnStmt final : Stmt {
  ExprPtr value;  // may be null
  ReturnStmt(SourceRange r, ExprPtr v) : Stmt(StmtKind::Return, std::move(r)), value(std::move(v)) {}
};
struct AssertStmt final : Stmt {
  ExprPtr test;
  ExprPtr msg;  // may be null
  AssertStmt(SourceRange r, ExprPtr t, ExprPtr m) : Stmt(StmtKind::Assert, std::move(r)), test(std::move(t)), msg(std::move(m)) {}
};
struct RaiseStmt final : Stmt {
  ExprPtr exc;    // may be null (bare raise, rejected by sema)
  ExprPtr cause;  // `from x`; may be null
  RaiseStmt(SourceRange r) : Stmt(StmtKind::Raise, std::move(r)) {}
};
struct DeleteStmt final : Stmt {
  std::vector<ExprPtr> targets;
  DeleteStmt(SourceRange r) : Stmt(StmtKind::Delete, std::move(r)) {}
};
/// a = b = value: targets {a, b}. Targets are Name, Attribute, Subscript, or
/// Tuple/List of targets (possibly containing Starred, rejected by sema).
struct AssignStmt final : Stmt {
  std::vector<ExprPtr> targets;
  ExprPtr value;
  AssignStmt(SourceRange r) : Stmt(StmtKind::Assign, std::move(r)) {}
};
struct AugAssignStmt final : Stmt {
  ExprPtr target;
  BinaryOp op;
  ExprPtr value;
  AugAssignStmt(SourceRange r, ExprPtr t, BinaryOp o, ExprPtr v)
      : Stmt(StmtKind::AugAssign, std::move(r)), target(std::move(t)), op(o), value(std::move(v)) {}
};
struct AnnAssignStmt final : Stmt {
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null (a declaration, e.g. a class attribute)
  AnnAssignStmt(SourceRange r) : Stmt(StmtKind::AnnAssign, std::move(r)) {}
};
struct ExprStmt final : Stmt {
  ExprPtr value;
  ExprStmt(SourceRange r, ExprPtr v) : Stmt(StmtKind::Expr, std::move(r)), value(std::move(v)) {}
};
struct ImportAlias {
  std::string name;   // dotted: "torch.nn.functional"
  std::string asname; // empty when absent
  SourceRange range;
};
/// import torch, math as m
struct ImportStmt final : Stmt {
  std::vector<ImportAlias> names;
  ImportStmt(SourceRange r) : Stmt(StmtKind::Import, std::move(r)) {}
};
/// from typing import List, Optional as Opt
struct ImportFromStmt final : Stmt {
  std::string module;  // dotted
  std::vector<ImportAlias> names;
  ImportFromStmt(SourceRange r) : Stmt(StmtKind::ImportFrom, std::move(r)) {}
};

/// One parsed file.
struct Module {
  std::shared_ptr<const ir::Source> source;
  Body body;
};

/// Downcast helper: `as<CallExpr>(e)` with the kind checked by the caller.
template <typename T, typename Base>
T& as(Base& node) {
  return static_cast<T&>(node);
}
template <typename T, typename Base>
const T& as(const Base& node) {
  return static_cast<const T&>(node);
}

}  // namespace tsc::frontend
