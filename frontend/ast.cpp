// frontend/ast.cpp - Operator spellings and the --emit=ast text dump of the syntax tree.
//
// The dump prints one node per line as `Kind [details] @LINE:COL` (the start
// of the node's range), children indented two more spaces. A child whose role
// is not clear from its position carries a label on its line (`test: Name x
// @1:4`); statement bodies are listed directly under their statement, and an
// `else` body under an `else` line. Every field of every node is printed, so
// two ASTs with the same dump are the same tree (modulo range ends).
#include "frontend/ast.h"

#include "frontend/parser.h"
#include "ir/printer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace tsc::frontend {

const char* to_string(UnaryOp op) {
  switch (op) {
  case UnaryOp::Neg:
    return "-";
  case UnaryOp::Pos:
    return "+";
  case UnaryOp::Not:
    return "not";
  case UnaryOp::Invert:
    return "~";
  }
  return "?";
}

const char* to_string(BinaryOp op) {
  switch (op) {
  case BinaryOp::Add:
    return "+";
  case BinaryOp::Sub:
    return "-";
  case BinaryOp::Mul:
    return "*";
  case BinaryOp::Div:
    return "/";
  case BinaryOp::FloorDiv:
    return "//";
  case BinaryOp::Mod:
    return "%";
  case BinaryOp::Pow:
    return "**";
  case BinaryOp::MatMul:
    return "@";
  case BinaryOp::BitAnd:
    return "&";
  case BinaryOp::BitOr:
    return "|";
  case BinaryOp::BitXor:
    return "^";
  case BinaryOp::LShift:
    return "<<";
  case BinaryOp::RShift:
    return ">>";
  }
  return "?";
}

const char* to_string(BoolOpKind op) {
  switch (op) {
  case BoolOpKind::And:
    return "and";
  case BoolOpKind::Or:
    return "or";
  }
  return "?";
}

const char* to_string(CompareOp op) {
  switch (op) {
  case CompareOp::Eq:
    return "==";
  case CompareOp::NotEq:
    return "!=";
  case CompareOp::Lt:
    return "<";
  case CompareOp::LtE:
    return "<=";
  case CompareOp::Gt:
    return ">";
  case CompareOp::GtE:
    return ">=";
  case CompareOp::Is:
    return "is";
  case CompareOp::IsNot:
    return "is not";
  case CompareOp::In:
    return "in";
  case CompareOp::NotIn:
    return "not in";
  }
  return "?";
}

namespace {

std::string position(const SourceRange& r) {
  if (!r.is_valid())
    return "@?";
  // Appended piecewise: GCC 12 flags "@" + std::to_string(...) with a false
  // -Wrestrict positive (GCC bug 105329).
  std::string out = "@";
  out += std::to_string(r.line);
  out.push_back(':');
  out += std::to_string(r.col);
  return out;
}

/// Indentation stops growing here; deeper lines say their depth instead, so a
/// pathological tree (a 100,000-term sum) dumps in linear space.
constexpr int kMaxDumpIndent = 100;

/// Walks the tree with an explicit stack (trees from long operator chains or
/// elif chains are deep enough to overflow the call stack).
class Dumper {
public:
  std::string out;

  void run(const Body& body) {
    push_body(body, 0);
    while (!stack_.empty()) {
      Task t = std::move(stack_.back());
      stack_.pop_back();
      pending_.clear();
      if (t.expr) {
        expr(*t.expr, t.indent, t.label);
      } else if (t.stmt) {
        stmt(*t.stmt, t.indent);
      } else {
        line(t.indent, t.label, t.text);
      }
      // Children were collected in order; the stack pops them in order.
      for (auto it = pending_.rbegin(); it != pending_.rend(); ++it)
        stack_.push_back(std::move(*it));
    }
  }

private:
  struct Task {
    const Expr* expr = nullptr;
    const Stmt* stmt = nullptr;
    std::string text; // a plain line when neither node is set
    int indent = 0;
    const char* label = nullptr;
  };

  void push_body(const Body& body, int indent) {
    for (auto it = body.rbegin(); it != body.rend(); ++it)
      stack_.push_back(Task{nullptr, it->get(), {}, indent, nullptr});
  }

  /// Writes one line: indentation, an optional label, the text.
  void line(int indent, const char* label, const std::string& text) {
    if (indent > kMaxDumpIndent) {
      out.append(static_cast<size_t>(kMaxDumpIndent) * 2, ' ');
      out += "[depth " + std::to_string(indent) + "] ";
    } else {
      out.append(static_cast<size_t>(indent) * 2, ' ');
    }
    if (label) {
      out += label;
      out += ": ";
    }
    out += text;
    out.push_back('\n');
  }

  // Children of the node being printed, in order.
  void child(const Expr& e, int indent, const char* label = nullptr) {
    pending_.push_back(Task{&e, nullptr, {}, indent, label});
  }
  void child_if(const ExprPtr& e, int indent, const char* label) {
    if (e)
      child(*e, indent, label);
  }
  void child_line(int indent, std::string text) {
    pending_.push_back(Task{nullptr, nullptr, std::move(text), indent, nullptr});
  }
  void child_body(const Body& body, int indent) {
    for (const StmtPtr& s : body)
      pending_.push_back(Task{nullptr, s.get(), {}, indent, nullptr});
  }

  void comprehensions(const std::vector<Comprehension>& generators, int indent) {
    for (const Comprehension& c : generators) {
      child_line(indent, "Comprehension");
      child(*c.target, indent + 1, "target");
      child(*c.iter, indent + 1, "iter");
      for (const ExprPtr& cond : c.ifs)
        child(*cond, indent + 1, "if");
    }
  }

  void expr(const Expr& e, int indent, const char* label) {
    const std::string at = position(e.range);
    const int in = indent + 1;
    switch (e.kind) {
    case ExprKind::Name:
      line(indent, label, "Name " + as<NameExpr>(e).id + " " + at);
      return;
    case ExprKind::Int:
      line(indent, label, "Int " + std::to_string(as<IntExpr>(e).value) + " " + at);
      return;
    case ExprKind::Float:
      line(indent, label, "Float " + ir::format_float(as<FloatExpr>(e).value) + " " + at);
      return;
    case ExprKind::Str:
      line(indent, label, "Str " + ir::quote_string(as<StrExpr>(e).value) + " " + at);
      return;
    case ExprKind::Bool:
      line(indent, label, std::string("Bool ") + (as<BoolExpr>(e).value ? "True " : "False ") + at);
      return;
    case ExprKind::None:
      line(indent, label, "None " + at);
      return;
    case ExprKind::Ellipsis:
      line(indent, label, "Ellipsis " + at);
      return;
    case ExprKind::FString: {
      line(indent, label, "FString " + at);
      for (const FStringExpr::Part& part : as<FStringExpr>(e).parts) {
        if (!part.is_field) {
          child(*part.expr, in);
          continue;
        }
        std::string text = "Field";
        if (part.conversion) {
          text += " !";
          text.push_back(part.conversion);
        }
        child_line(in, std::move(text));
        child(*part.expr, in + 1);
      }
      return;
    }
    case ExprKind::Unary: {
      const auto& u = as<UnaryExpr>(e);
      line(indent, label, std::string("Unary ") + to_string(u.op) + " " + at);
      child(*u.operand, in);
      return;
    }
    case ExprKind::Binary: {
      const auto& b = as<BinaryExpr>(e);
      line(indent, label, std::string("Binary ") + to_string(b.op) + " " + at);
      child(*b.lhs, in);
      child(*b.rhs, in);
      return;
    }
    case ExprKind::BoolOp: {
      const auto& b = as<BoolOpExpr>(e);
      line(indent, label, std::string("BoolOp ") + to_string(b.op) + " " + at);
      for (const ExprPtr& v : b.values)
        child(*v, in);
      return;
    }
    case ExprKind::Compare: {
      const auto& c = as<CompareExpr>(e);
      line(indent, label, "Compare " + at);
      child(*c.left, in);
      for (size_t i = 0; i < c.ops.size(); ++i) {
        const SourceRange op_range = i < c.op_ranges.size() ? c.op_ranges[i] : SourceRange();
        child_line(in, std::string("Op ") + to_string(c.ops[i]) + " " + position(op_range));
        child(*c.comparators[i], in + 1);
      }
      return;
    }
    case ExprKind::IfExp: {
      const auto& i = as<IfExpr>(e);
      line(indent, label, "IfExp " + at);
      child(*i.test, in, "test");
      child(*i.body, in, "body");
      child(*i.orelse, in, "orelse");
      return;
    }
    case ExprKind::Call: {
      const auto& c = as<CallExpr>(e);
      line(indent, label, "Call " + at);
      child(*c.func, in, "func");
      for (const ExprPtr& a : c.args)
        child(*a, in);
      for (const Keyword& k : c.keywords) {
        child_line(in, "Keyword " + k.name + " " + position(k.name_range));
        child(*k.value, in + 1);
      }
      return;
    }
    case ExprKind::Attribute: {
      const auto& a = as<AttributeExpr>(e);
      line(indent, label, "Attribute " + a.attr + " " + at + " name" + position(a.attr_range));
      child(*a.value, in);
      return;
    }
    case ExprKind::Subscript: {
      const auto& s = as<SubscriptExpr>(e);
      line(indent, label, "Subscript " + at);
      child(*s.value, in);
      child(*s.index, in, "index");
      return;
    }
    case ExprKind::Slice: {
      const auto& s = as<SliceExpr>(e);
      line(indent, label, "Slice " + at);
      child_if(s.lower, in, "lower");
      child_if(s.upper, in, "upper");
      child_if(s.step, in, "step");
      return;
    }
    case ExprKind::List:
      line(indent, label, "List " + at);
      for (const ExprPtr& x : as<ListExpr>(e).elts)
        child(*x, in);
      return;
    case ExprKind::Tuple:
      line(indent, label, "Tuple " + at);
      for (const ExprPtr& x : as<TupleExpr>(e).elts)
        child(*x, in);
      return;
    case ExprKind::Dict: {
      const auto& d = as<DictExpr>(e);
      line(indent, label, "Dict " + at);
      for (size_t i = 0; i < d.keys.size(); ++i) {
        child(*d.keys[i], in, "key");
        child(*d.values[i], in, "value");
      }
      return;
    }
    case ExprKind::ListComp: {
      const auto& c = as<ListCompExpr>(e);
      line(indent, label, "ListComp " + at);
      child(*c.elt, in, "elt");
      comprehensions(c.generators, in);
      return;
    }
    case ExprKind::DictComp: {
      const auto& c = as<DictCompExpr>(e);
      line(indent, label, "DictComp " + at);
      child(*c.key, in, "key");
      child(*c.value, in, "value");
      comprehensions(c.generators, in);
      return;
    }
    case ExprKind::Starred:
      line(indent, label, "Starred " + at);
      child(*as<StarredExpr>(e).value, in);
      return;
    }
  }

  void decorators(const std::vector<Decorator>& decs, int indent) {
    for (const Decorator& d : decs)
      child(*d.expr, indent, "decorator");
  }

  void else_body(const Body& orelse, const SourceRange* else_range, int indent) {
    if (orelse.empty())
      return;
    child_line(indent, else_range && else_range->is_valid() ? "else " + position(*else_range) : "else");
    child_body(orelse, indent + 1);
  }

  void aliases(const std::vector<ImportAlias>& names, int indent) {
    for (const ImportAlias& a : names) {
      std::string text = "Alias " + a.name;
      if (!a.asname.empty())
        text += " as " + a.asname;
      child_line(indent, text + " " + position(a.range));
    }
  }

  void stmt(const Stmt& s, int indent) {
    const std::string at = position(s.range);
    const int in = indent + 1;
    switch (s.kind) {
    case StmtKind::FunctionDef: {
      const auto& f = as<FunctionDefStmt>(s);
      line(indent, nullptr, "FunctionDef " + f.name + " " + at + " name" + position(f.name_range));
      decorators(f.decorators, in);
      for (const Param& p : f.params) {
        child_line(in, "Param " + p.name + (p.kwarg_only ? " kwonly " : " ") + position(p.range));
        child_if(p.annotation, in + 1, "annotation");
        child_if(p.default_value, in + 1, "default");
      }
      child_if(f.returns, in, "returns");
      child_body(f.body, in);
      return;
    }
    case StmtKind::ClassDef: {
      const auto& c = as<ClassDefStmt>(s);
      line(indent, nullptr, "ClassDef " + c.name + " " + at + " name" + position(c.name_range));
      decorators(c.decorators, in);
      for (const ExprPtr& b : c.bases)
        child(*b, in, "base");
      child_body(c.body, in);
      return;
    }
    case StmtKind::If: {
      const auto& i = as<IfStmt>(s);
      line(indent, nullptr, "If " + at);
      child(*i.test, in, "test");
      child_body(i.body, in);
      else_body(i.orelse, nullptr, in);
      return;
    }
    case StmtKind::While: {
      const auto& w = as<WhileStmt>(s);
      line(indent, nullptr, "While " + at);
      child(*w.test, in, "test");
      child_body(w.body, in);
      else_body(w.orelse, &w.else_range, in);
      return;
    }
    case StmtKind::For: {
      const auto& f = as<ForStmt>(s);
      line(indent, nullptr, "For " + at);
      child(*f.target, in, "target");
      child(*f.iter, in, "iter");
      child_body(f.body, in);
      else_body(f.orelse, &f.else_range, in);
      return;
    }
    case StmtKind::Break:
      line(indent, nullptr, "Break " + at);
      return;
    case StmtKind::Continue:
      line(indent, nullptr, "Continue " + at);
      return;
    case StmtKind::Pass:
      line(indent, nullptr, "Pass " + at);
      return;
    case StmtKind::Return:
      line(indent, nullptr, "Return " + at);
      child_if(as<ReturnStmt>(s).value, in, nullptr);
      return;
    case StmtKind::Assert: {
      const auto& a = as<AssertStmt>(s);
      line(indent, nullptr, "Assert " + at);
      child(*a.test, in, "test");
      child_if(a.msg, in, "msg");
      return;
    }
    case StmtKind::Raise: {
      const auto& r = as<RaiseStmt>(s);
      line(indent, nullptr, "Raise " + at);
      child_if(r.exc, in, "exc");
      child_if(r.cause, in, "cause");
      return;
    }
    case StmtKind::Delete:
      line(indent, nullptr, "Delete " + at);
      for (const ExprPtr& t : as<DeleteStmt>(s).targets)
        child(*t, in);
      return;
    case StmtKind::Assign: {
      const auto& a = as<AssignStmt>(s);
      line(indent, nullptr, "Assign " + at);
      for (const ExprPtr& t : a.targets)
        child(*t, in, "target");
      child(*a.value, in, "value");
      return;
    }
    case StmtKind::AugAssign: {
      const auto& a = as<AugAssignStmt>(s);
      line(indent, nullptr, std::string("AugAssign ") + to_string(a.op) + "= " + at);
      child(*a.target, in, "target");
      child(*a.value, in, "value");
      return;
    }
    case StmtKind::AnnAssign: {
      const auto& a = as<AnnAssignStmt>(s);
      line(indent, nullptr, "AnnAssign " + at);
      child(*a.target, in, "target");
      child(*a.annotation, in, "annotation");
      child_if(a.value, in, "value");
      return;
    }
    case StmtKind::Expr:
      line(indent, nullptr, "Expr " + at);
      child(*as<ExprStmt>(s).value, in);
      return;
    case StmtKind::Import:
      line(indent, nullptr, "Import " + at);
      aliases(as<ImportStmt>(s).names, in);
      return;
    case StmtKind::ImportFrom: {
      const auto& i = as<ImportFromStmt>(s);
      line(indent, nullptr, "ImportFrom " + i.module + " " + at);
      aliases(i.names, in);
      return;
    }
    }
  }

  std::vector<Task> stack_;
  std::vector<Task> pending_;
};

} // namespace

std::string dump_ast(const Module& module) {
  Dumper d;
  d.run(module.body);
  return std::move(d.out);
}

} // namespace tsc::frontend
