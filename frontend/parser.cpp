// frontend/parser.cpp - Recursive descent from tokens to the AST, with statement-level error recovery.
//
// The grammar is Python 3.11's (Grammar/python.gram), restricted to what the
// TorchScript language has; constructs outside it are parsed far enough to be
// rejected with a precise range. Expression ranges cover exactly the expression
// text (a parenthesized expression keeps the range of its inside, as in
// CPython); simple statements cover the whole statement and compound statements
// their header up to the ':'.
//
// Note [Parser error recovery]
// A parse function that fails has reported one error and returns null (or
// false); every caller gives up on the statement and returns. The statement
// loop then skips to the end of the logical line (the lexer emits no Newline
// inside brackets, so that is a statement boundary) and goes on; an indented
// block that follows the failed line is parsed as a block of its own so that
// its statements are checked but nothing reports "unexpected indent". At most
// one error is reported per logical line (`failed_`). Lexical errors arrive as
// Error tokens: the parser reports the lexer's message where it meets one,
// unless that line already has an error.
#include "frontend/parser.h"

#include "frontend/lexer.h"
#include "frontend/parser_impl.h"
#include "ir/assert.h"

#include <string_view>
#include <utility>
#include <vector>

namespace tsc::frontend {
namespace {

/// The operator of an augmented assignment token (`+=` -> Add), or false.
bool augassign_op(TokenKind k, BinaryOp& op) {
  switch (k) {
  case TokenKind::PlusEqual:
    op = BinaryOp::Add;
    return true;
  case TokenKind::MinusEqual:
    op = BinaryOp::Sub;
    return true;
  case TokenKind::StarEqual:
    op = BinaryOp::Mul;
    return true;
  case TokenKind::SlashEqual:
    op = BinaryOp::Div;
    return true;
  case TokenKind::DoubleSlashEqual:
    op = BinaryOp::FloorDiv;
    return true;
  case TokenKind::PercentEqual:
    op = BinaryOp::Mod;
    return true;
  case TokenKind::DoubleStarEqual:
    op = BinaryOp::Pow;
    return true;
  case TokenKind::AtEqual:
    op = BinaryOp::MatMul;
    return true;
  case TokenKind::AmpEqual:
    op = BinaryOp::BitAnd;
    return true;
  case TokenKind::PipeEqual:
    op = BinaryOp::BitOr;
    return true;
  case TokenKind::CaretEqual:
    op = BinaryOp::BitXor;
    return true;
  case TokenKind::LShiftEqual:
    op = BinaryOp::LShift;
    return true;
  case TokenKind::RShiftEqual:
    op = BinaryOp::RShift;
    return true;
  default:
    return false;
  }
}

/// How CPython names an expression that cannot be a target ("cannot assign to
/// function call"), or null for the kinds that can be targets.
const char* invalid_target_name(const Expr& e) {
  switch (e.kind) {
  case ExprKind::Name:
  case ExprKind::Attribute:
  case ExprKind::Subscript:
  case ExprKind::Tuple:
  case ExprKind::List:
  case ExprKind::Starred:
    return nullptr;
  case ExprKind::Int:
  case ExprKind::Float:
  case ExprKind::Str:
    return "literal";
  case ExprKind::Bool:
    return as<BoolExpr>(e).value ? "True" : "False";
  case ExprKind::None:
    return "None";
  case ExprKind::Ellipsis:
    return "ellipsis";
  case ExprKind::FString:
    return "f-string expression";
  case ExprKind::Unary:
  case ExprKind::Binary:
  case ExprKind::BoolOp:
  case ExprKind::Slice:
    return "expression";
  case ExprKind::Compare:
    return "comparison";
  case ExprKind::IfExp:
    return "conditional expression";
  case ExprKind::Call:
    return "function call";
  case ExprKind::Dict:
    return "dict literal";
  case ExprKind::ListComp:
    return "list comprehension";
  case ExprKind::DictComp:
    return "dict comprehension";
  }
  return "expression";
}

} // namespace

// ============================================================================
// Entry points and error reporting

// file: statements ENDMARKER
Body Parser::parse_file() {
  Body body = parse_statements(TokenKind::EndOfFile);
  TSC_ASSERT(at(TokenKind::EndOfFile), "statements stop only at the end of the file");
  return body;
}

// field: star_expressions ENDMARKER (an f-string replacement field)
ExprPtr Parser::parse_field() {
  ExprPtr e = parse_star_expressions();
  if (!e)
    return nullptr;
  if (!at(TokenKind::EndOfFile)) {
    error_here("invalid syntax in f-string expression");
    return nullptr;
  }
  return e;
}

void Parser::error(const SourceRange& range, std::string message, bool prefer_lexical) {
  if (failed_)
    return;
  failed_ = true;
  if (prefer_lexical) {
    for (size_t i = pos_; i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndOfFile)
        break;
      if (t.kind == TokenKind::Error) {
        if (i != reported_error_token_)
          diag_.error(range_of(t), list_.errors[t.index]);
        reported_error_token_ = i;
        return;
      }
    }
  }
  diag_.error(range, std::move(message));
}

void Parser::error_here(std::string message, bool prefer_lexical) {
  const Token& t = tok();
  switch (t.kind) {
  case TokenKind::Error:
    // Met again after a recovery that did not skip it (e.g. at the start of
    // a missing indented block): it was reported the first time.
    if (pos_ == reported_error_token_) {
      failed_ = true;
      return;
    }
    error(range_of(t), list_.errors[t.index], false);
    reported_error_token_ = pos_;
    return;
  case TokenKind::ColonEqual:
    error(range_of(t), "assignment expressions are not supported");
    return;
  case TokenKind::Newline:
  case TokenKind::EndOfFile:
    error(after_previous_token(), std::move(message), prefer_lexical);
    return;
  case TokenKind::Dedent:
    if (t.begin == source_->text().size()) {
      error(after_previous_token(), std::move(message), prefer_lexical);
      return;
    }
    break;
  default:
    break;
  }
  error(range_of(t), std::move(message), prefer_lexical);
}

SourceRange Parser::after_previous_token() const {
  size_t i = pos_;
  while (i > 0) {
    const Token& p = toks_[--i];
    if (p.kind != TokenKind::Newline && p.kind != TokenKind::Indent && p.kind != TokenKind::Dedent)
      return SourceRange(source_, p.end, p.end);
  }
  return range_of(tok());
}

void Parser::error_in_list(size_t element_start, const char* closer_message) {
  if (can_start_expression(kind()) && pos_ > element_start) {
    const Token& t = tok();
    const Token& first = toks_[element_start];
    error(SourceRange(source_, first.begin, t.end, first.line, first.col),
          "invalid syntax; perhaps you forgot a comma?");
    return;
  }
  error_here(closer_message);
}

// ============================================================================
// Statements

// statements: statement+ (up to `terminator`: Dedent for a block, EndOfFile for the file)
Body Parser::parse_statements(TokenKind terminator) {
  Body body;
  while (!at(terminator) && !at(TokenKind::EndOfFile)) {
    parse_statement(body);
    if (failed_)
      recover();
  }
  return body;
}

// See Note [Parser error recovery].
void Parser::recover() {
  // Layout tokens only follow a Newline: meeting one means the line has ended.
  while (!at(TokenKind::Newline) && !at(TokenKind::EndOfFile) && !at(TokenKind::Dedent) &&
         !at(TokenKind::Indent))
    advance();
  accept(TokenKind::Newline);
  failed_ = false;
  if (at(TokenKind::Indent)) {
    advance();
    parse_statements(TokenKind::Dedent);
    accept(TokenKind::Dedent);
  }
}

void Parser::skip_statement_and_block() {
  while (!at(TokenKind::Newline) && !at(TokenKind::EndOfFile))
    advance();
  accept(TokenKind::Newline);
  if (!at(TokenKind::Indent))
    return;
  int depth = 0;
  do {
    if (at(TokenKind::Indent))
      ++depth;
    if (at(TokenKind::Dedent))
      --depth;
    advance();
  } while (depth > 0 && !at(TokenKind::EndOfFile));
}

/// Reports an unsupported compound statement at its keyword and skips it with
/// its block (and, for `try`, its except/else/finally clauses).
void Parser::reject_compound(const char* message, bool with_clauses) {
  error(range_of(tok()), message);
  skip_statement_and_block();
  while (with_clauses && (at(TokenKind::KwExcept) || at(TokenKind::KwElse) || at(TokenKind::KwFinally)))
    skip_statement_and_block();
  failed_ = false;
}

// `match` is a soft keyword: a statement only in the shape
// match SUBJECT ':' NEWLINE INDENT 'case' ...
bool Parser::is_match_statement() const {
  size_t i = pos_ + 1;
  while (i < toks_.size() && toks_[i].kind != TokenKind::Newline && toks_[i].kind != TokenKind::EndOfFile)
    ++i;
  if (i + 2 >= toks_.size() || i == pos_ + 1)
    return false;
  const Token& case_tok = toks_[i + 2];
  return toks_[i - 1].kind == TokenKind::Colon && toks_[i + 1].kind == TokenKind::Indent &&
         case_tok.kind == TokenKind::Name && text_of(case_tok) == "case";
}

// statement: compound_stmt | simple_stmts
void Parser::parse_statement(Body& out) {
  StmtPtr s;
  switch (kind()) {
  case TokenKind::Indent:
    error_here("unexpected indent", false);
    advance();
    failed_ = false; // the indented lines are checked as a block of their own
    parse_statements(TokenKind::Dedent);
    accept(TokenKind::Dedent);
    return;
  case TokenKind::Newline:
    advance();
    return;
  case TokenKind::KwDef:
    s = parse_function_def({});
    break;
  case TokenKind::KwClass:
    s = parse_class_def({});
    break;
  case TokenKind::At:
    s = parse_decorated();
    break;
  case TokenKind::KwIf:
    s = parse_if();
    break;
  case TokenKind::KwWhile:
    s = parse_while();
    break;
  case TokenKind::KwFor:
    s = parse_for();
    break;
  case TokenKind::KwTry:
    reject_compound("'try' statements are not supported", true);
    return;
  case TokenKind::KwWith:
    reject_compound("'with' statements are not supported", false);
    return;
  case TokenKind::KwAsync:
    reject_compound(peek_kind() == TokenKind::KwDef ? "'async' functions are not supported"
                                                    : "'async' statements are not supported",
                    false);
    return;
  case TokenKind::KwElif:
    error_here("'elif' without a matching 'if'");
    return;
  case TokenKind::KwElse:
    error_here("'else' without a matching 'if', 'for' or 'while'");
    return;
  case TokenKind::KwExcept:
  case TokenKind::KwFinally:
    error_here(std::string(token_spelling(kind())) + " without a matching 'try'");
    return;
  default:
    if (at_name("match") && is_match_statement()) {
      reject_compound("'match' statements are not supported", false);
      return;
    }
    parse_simple_statements(out);
    return;
  }
  if (s)
    out.push_back(std::move(s));
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
// `what` names the header for "expected an indented block after ...".
Body Parser::parse_block(const std::string& what, uint32_t header_line) {
  Body body;
  if (!accept(TokenKind::Newline)) {
    parse_simple_statements(body);
    return body;
  }
  if (!at(TokenKind::Indent)) {
    // This is about the next line; a lexical error there is its own.
    error_here("expected an indented block after " + what + " on line " + std::to_string(header_line), false);
    failed_ = false; // reported at the start of the next statement; nothing to skip
    return body;
  }
  advance();
  body = parse_statements(TokenKind::Dedent);
  accept(TokenKind::Dedent);
  return body;
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parse_simple_statements(Body& out) {
  while (true) {
    StmtPtr s = parse_simple_statement();
    if (!s)
      return;
    out.push_back(std::move(s));
    if (!accept(TokenKind::Semicolon))
      break;
    if (at(TokenKind::Newline) || at(TokenKind::EndOfFile))
      break;
  }
  if (!at(TokenKind::Newline) && !at(TokenKind::EndOfFile)) {
    error_here("invalid syntax");
    return;
  }
  accept(TokenKind::Newline);
}

StmtPtr Parser::parse_simple_statement() {
  const size_t start = pos_;
  switch (kind()) {
  case TokenKind::KwPass:
    advance();
    return std::make_unique<PassStmt>(since(start));
  case TokenKind::KwBreak:
    advance();
    return std::make_unique<BreakStmt>(since(start));
  case TokenKind::KwContinue:
    advance();
    return std::make_unique<ContinueStmt>(since(start));
  case TokenKind::KwReturn: {
    // return_stmt: 'return' [star_expressions]
    advance();
    ExprPtr value;
    if (!at_end_of_simple_statement()) {
      value = parse_star_expressions();
      if (!value || !check_no_bare_star(value))
        return nullptr;
    }
    return std::make_unique<ReturnStmt>(since(start), std::move(value));
  }
  case TokenKind::KwRaise: {
    // raise_stmt: 'raise' [expression ['from' expression]]
    advance();
    auto s = std::make_unique<RaiseStmt>(SourceRange());
    if (!at_end_of_simple_statement()) {
      s->exc = parse_expression();
      if (!s->exc)
        return nullptr;
      if (accept(TokenKind::KwFrom)) {
        s->cause = parse_expression();
        if (!s->cause)
          return nullptr;
      }
    }
    s->range = since(start);
    return s;
  }
  case TokenKind::KwAssert: {
    // assert_stmt: 'assert' expression [',' expression]
    advance();
    ExprPtr test = parse_expression();
    if (!test)
      return nullptr;
    ExprPtr msg;
    if (accept(TokenKind::Comma)) {
      msg = parse_expression();
      if (!msg)
        return nullptr;
    }
    return std::make_unique<AssertStmt>(since(start), std::move(test), std::move(msg));
  }
  case TokenKind::KwDel: {
    // del_stmt: 'del' del_target (',' del_target)* [',']
    advance();
    auto s = std::make_unique<DeleteStmt>(SourceRange());
    do {
      if (at_end_of_simple_statement() && !s->targets.empty())
        break;
      ExprPtr target = parse_binary(1);
      if (!target || !check_target(*target, "delete", false))
        return nullptr;
      s->targets.push_back(std::move(target));
    } while (accept(TokenKind::Comma));
    s->range = since(start);
    return s;
  }
  case TokenKind::KwImport:
    return parse_import();
  case TokenKind::KwFrom:
    return parse_from_import();
  case TokenKind::KwGlobal:
    error(range_of(tok()), "'global' statements are not supported");
    return nullptr;
  case TokenKind::KwNonlocal:
    error(range_of(tok()), "'nonlocal' statements are not supported");
    return nullptr;
  default:
    return parse_expression_statement();
  }
}

// assignment: target ':' expression ['=' star_expressions]
//           | (star_targets '=')+ star_expressions
//           | target augassign star_expressions
// expression statement: star_expressions
StmtPtr Parser::parse_expression_statement() {
  const size_t start = pos_;
  ExprPtr first = parse_star_expressions();
  if (!first)
    return nullptr;

  if (at(TokenKind::Colon)) {
    switch (first->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      break;
    case ExprKind::Tuple:
      error(first->range, "only single target (not tuple) can be annotated");
      return nullptr;
    case ExprKind::List:
      error(first->range, "only single target (not list) can be annotated");
      return nullptr;
    default:
      error(first->range, "illegal target for annotation");
      return nullptr;
    }
    advance();
    auto s = std::make_unique<AnnAssignStmt>(SourceRange());
    s->target = std::move(first);
    s->annotation = parse_expression();
    if (!s->annotation)
      return nullptr;
    if (accept(TokenKind::Assign)) {
      s->value = parse_star_expressions();
      if (!s->value || !check_no_bare_star(s->value))
        return nullptr;
    }
    s->range = since(start);
    return s;
  }

  BinaryOp op;
  if (augassign_op(kind(), op)) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
        first->kind != ExprKind::Subscript) {
      const char* what = first->kind == ExprKind::Tuple     ? "tuple"
                         : first->kind == ExprKind::List    ? "list"
                         : first->kind == ExprKind::Starred ? "starred"
                                                            : invalid_target_name(*first);
      error(first->range, std::string("'") + what + "' is an illegal expression for augmented assignment");
      return nullptr;
    }
    advance();
    ExprPtr value = parse_star_expressions();
    if (!value || !check_no_bare_star(value))
      return nullptr;
    return std::make_unique<AugAssignStmt>(since(start), std::move(first), op, std::move(value));
  }

  if (at(TokenKind::Assign)) {
    auto s = std::make_unique<AssignStmt>(SourceRange());
    s->targets.push_back(std::move(first));
    while (accept(TokenKind::Assign)) {
      if (at(TokenKind::KwYield)) {
        error(range_of(tok()), "'yield' expressions are not supported");
        return nullptr;
      }
      ExprPtr e = parse_star_expressions();
      if (!e)
        return nullptr;
      s->targets.push_back(std::move(e));
    }
    s->value = std::move(s->targets.back());
    s->targets.pop_back();
    for (const ExprPtr& t : s->targets) {
      if (!check_target(*t, "assign to", true))
        return nullptr;
    }
    if (!check_no_bare_star(s->value))
      return nullptr;
    s->range = since(start);
    return s;
  }

  if (!check_no_bare_star(first))
    return nullptr;
  return std::make_unique<ExprStmt>(since(start), std::move(first));
}

/// A starred expression is only valid inside a tuple, list or call.
bool Parser::check_no_bare_star(const ExprPtr& e) {
  if (e->kind != ExprKind::Starred)
    return true;
  error(e->range, "can't use starred expression here");
  return false;
}

/// Checks that `e` can be assigned to (or deleted, for verb "delete"), with
/// CPython's messages ("cannot assign to function call").
bool Parser::check_target(const Expr& e, const char* verb, bool top_level) {
  const bool is_delete = std::string_view(verb) == "delete";
  switch (e.kind) {
  case ExprKind::Name:
  case ExprKind::Attribute:
  case ExprKind::Subscript:
    return true;
  case ExprKind::Starred:
    if (is_delete) {
      error(e.range, "cannot delete starred");
      return false;
    }
    if (top_level) {
      error(e.range, "starred assignment target must be in a list or tuple");
      return false;
    }
    return check_target(*as<StarredExpr>(e).value, verb, false);
  case ExprKind::Tuple:
  case ExprKind::List: {
    const auto& elts = e.kind == ExprKind::Tuple ? as<TupleExpr>(e).elts : as<ListExpr>(e).elts;
    bool seen_star = false;
    for (const ExprPtr& elt : elts) {
      if (elt->kind == ExprKind::Starred && !is_delete) {
        if (seen_star) {
          error(elt->range, "multiple starred expressions in assignment");
          return false;
        }
        seen_star = true;
      }
      if (!check_target(*elt, verb, false))
        return false;
    }
    return true;
  }
  default:
    error(e.range, std::string("cannot ") + verb + " " + invalid_target_name(e));
    return false;
  }
}

// decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
StmtPtr Parser::parse_decorated() {
  std::vector<Decorator> decorators;
  while (accept(TokenKind::At)) {
    ExprPtr e = parse_named_expression();
    if (!e)
      return nullptr;
    if (!at(TokenKind::Newline)) {
      error_here("expected newline after decorator");
      return nullptr;
    }
    advance();
    decorators.push_back(Decorator{std::move(e)});
  }
  if (at(TokenKind::KwDef))
    return parse_function_def(std::move(decorators));
  if (at(TokenKind::KwClass))
    return parse_class_def(std::move(decorators));
  if (at(TokenKind::KwAsync)) {
    reject_compound("'async' functions are not supported", false);
    return nullptr;
  }
  error_here("expected 'def' or 'class' after decorator");
  return nullptr;
}

// function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
StmtPtr Parser::parse_function_def(std::vector<Decorator> decorators) {
  const size_t start = pos_;
  const uint32_t line = tok().line;
  advance();
  if (!at(TokenKind::Name)) {
    error_here("expected function name after 'def'");
    return nullptr;
  }
  auto s = std::make_unique<FunctionDefStmt>(SourceRange());
  s->name = std::string(text_of(tok()));
  s->name_range = range_of(tok());
  s->decorators = std::move(decorators);
  advance();
  if (!expect(TokenKind::LParen, "expected '(' after function name"))
    return nullptr;
  if (!parse_parameters(s->params))
    return nullptr;
  if (accept(TokenKind::Arrow)) {
    s->returns = parse_expression();
    if (!s->returns)
      return nullptr;
  }
  if (!expect(TokenKind::Colon, "expected ':'"))
    return nullptr;
  s->range = since(start);
  s->body = parse_block("function definition", line);
  return s;
}

// params: param (',' param)* [','] ')' where
// param: NAME [':' expression] ['=' expression] | '*' (bare: keyword-only marker)
bool Parser::parse_parameters(std::vector<Param>& params) {
  bool kwonly = false;
  bool seen_default = false;
  while (!at(TokenKind::RParen)) {
    const size_t start = pos_;
    if (at(TokenKind::Star) || at(TokenKind::DoubleStar)) {
      const bool single = at(TokenKind::Star);
      advance();
      if (at(TokenKind::Name)) {
        advance();
        error(since(start), "variadic arguments are not supported");
        return false;
      }
      if (!single) {
        error_here("expected parameter name after '**'");
        return false;
      }
      if (kwonly) {
        error(since(start), "'*' may appear only once in a parameter list");
        return false;
      }
      if (at(TokenKind::RParen) || (at(TokenKind::Comma) && peek_kind() == TokenKind::RParen)) {
        error(since(start), "named arguments must follow bare *");
        return false;
      }
      kwonly = true;
    } else if (at(TokenKind::Slash)) {
      error(range_of(tok()), "positional-only parameters are not supported");
      return false;
    } else if (at(TokenKind::Name)) {
      Param p;
      p.name = std::string(text_of(tok()));
      p.range = range_of(tok());
      p.kwarg_only = kwonly;
      advance();
      for (const Param& other : params) {
        if (other.name == p.name) {
          error(p.range, "duplicate argument '" + p.name + "' in function definition");
          return false;
        }
      }
      if (accept(TokenKind::Colon)) {
        p.annotation = parse_expression();
        if (!p.annotation)
          return false;
      }
      if (accept(TokenKind::Assign)) {
        p.default_value = parse_expression();
        if (!p.default_value)
          return false;
        seen_default = true;
      } else if (seen_default && !kwonly) {
        error(p.range, "non-default argument follows default argument");
        return false;
      }
      params.push_back(std::move(p));
    } else {
      error_here("expected parameter name");
      return false;
    }
    if (!accept(TokenKind::Comma))
      break;
  }
  if (!at(TokenKind::RParen)) {
    error_here("expected ',' or ')' after parameter");
    return false;
  }
  advance();
  return true;
}

// class_def: 'class' NAME ['(' [expression (',' expression)* [',']] ')'] ':' block
StmtPtr Parser::parse_class_def(std::vector<Decorator> decorators) {
  const size_t start = pos_;
  const uint32_t line = tok().line;
  advance();
  if (!at(TokenKind::Name)) {
    error_here("expected class name after 'class'");
    return nullptr;
  }
  auto s = std::make_unique<ClassDefStmt>(SourceRange());
  s->name = std::string(text_of(tok()));
  s->name_range = range_of(tok());
  s->decorators = std::move(decorators);
  advance();
  if (accept(TokenKind::LParen)) {
    while (!at(TokenKind::RParen)) {
      const size_t base_start = pos_;
      if (at(TokenKind::Name) && peek_kind() == TokenKind::Assign) {
        error(range_of(tok()), "keyword arguments in a class definition are not supported");
        return nullptr;
      }
      ExprPtr base = parse_star_expression();
      if (!base)
        return nullptr;
      s->bases.push_back(std::move(base));
      if (!accept(TokenKind::Comma)) {
        if (!at(TokenKind::RParen)) {
          error_in_list(base_start, "expected ',' or ')' after base class");
          return nullptr;
        }
        break;
      }
    }
    advance();
  }
  if (!expect(TokenKind::Colon, "expected ':'"))
    return nullptr;
  s->range = since(start);
  s->body = parse_block("class definition", line);
  return s;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | else_block)?
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | else_block)?
// An elif chain becomes nested IfStmts, built iteratively so that long chains
// do not recurse.
StmtPtr Parser::parse_if() {
  StmtPtr root;
  Body* slot = nullptr; // where the next `elif` goes
  while (true) {
    const size_t start = pos_;
    const uint32_t line = tok().line;
    const bool is_elif = at(TokenKind::KwElif);
    advance();
    ExprPtr test = parse_named_expression();
    if (!test)
      return root;
    if (!expect(TokenKind::Colon, "expected ':'"))
      return root;
    auto s = std::make_unique<IfStmt>(since(start));
    s->test = std::move(test);
    IfStmt* cur = s.get();
    if (slot) {
      slot->push_back(std::move(s));
    } else {
      root = std::move(s);
    }
    cur->body = parse_block(is_elif ? "'elif' statement" : "'if' statement", line);
    if (failed_)
      return root;
    if (at(TokenKind::KwElif)) {
      slot = &cur->orelse;
      continue;
    }
    if (at(TokenKind::KwElse)) {
      SourceRange else_range;
      parse_else_block(cur->orelse, else_range);
    }
    return root;
  }
}

// else_block: 'else' ':' block
bool Parser::parse_else_block(Body& orelse, SourceRange& else_range) {
  const size_t start = pos_;
  const uint32_t line = tok().line;
  advance();
  if (!expect(TokenKind::Colon, "expected ':'"))
    return false;
  else_range = since(start);
  orelse = parse_block("'else' statement", line);
  return !failed_;
}

// while_stmt: 'while' named_expression ':' block [else_block]
StmtPtr Parser::parse_while() {
  const size_t start = pos_;
  const uint32_t line = tok().line;
  advance();
  ExprPtr test = parse_named_expression();
  if (!test)
    return nullptr;
  if (!expect(TokenKind::Colon, "expected ':'"))
    return nullptr;
  auto s = std::make_unique<WhileStmt>(since(start));
  s->test = std::move(test);
  s->body = parse_block("'while' statement", line);
  if (!failed_ && at(TokenKind::KwElse))
    parse_else_block(s->orelse, s->else_range);
  return s;
}

// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
StmtPtr Parser::parse_for() {
  const size_t start = pos_;
  const uint32_t line = tok().line;
  advance();
  ExprPtr target = parse_target_list();
  if (!target || !check_target(*target, "assign to", true))
    return nullptr;
  if (!expect(TokenKind::KwIn, "expected 'in'"))
    return nullptr;
  ExprPtr iter = parse_star_expressions();
  if (!iter || !check_no_bare_star(iter))
    return nullptr;
  if (!expect(TokenKind::Colon, "expected ':'"))
    return nullptr;
  auto s = std::make_unique<ForStmt>(since(start));
  s->target = std::move(target);
  s->iter = std::move(iter);
  s->body = parse_block("'for' statement", line);
  if (!failed_ && at(TokenKind::KwElse))
    parse_else_block(s->orelse, s->else_range);
  return s;
}

// dotted_name: NAME ('.' NAME)*
bool Parser::parse_dotted_name(std::string& name) {
  if (!at(TokenKind::Name)) {
    error_here("expected module name");
    return false;
  }
  name = std::string(text_of(advance()));
  while (accept(TokenKind::Dot)) {
    if (!at(TokenKind::Name)) {
      error_here("expected name after '.'");
      return false;
    }
    name += '.';
    name += text_of(advance());
  }
  return true;
}

// dotted_as_name: dotted_name ['as' NAME]  /  import_from_as_name: NAME ['as' NAME]
bool Parser::parse_import_alias(ImportAlias& alias, bool dotted) {
  const size_t start = pos_;
  if (dotted) {
    if (!parse_dotted_name(alias.name))
      return false;
  } else {
    if (!at(TokenKind::Name)) {
      error_here("expected name to import");
      return false;
    }
    alias.name = std::string(text_of(advance()));
  }
  if (accept(TokenKind::KwAs)) {
    if (!at(TokenKind::Name)) {
      error_here("expected name after 'as'");
      return false;
    }
    alias.asname = std::string(text_of(advance()));
  }
  alias.range = since(start);
  return true;
}

// import_name: 'import' dotted_as_name (',' dotted_as_name)*
StmtPtr Parser::parse_import() {
  const size_t start = pos_;
  advance();
  auto s = std::make_unique<ImportStmt>(SourceRange());
  do {
    ImportAlias alias;
    if (!parse_import_alias(alias, true))
      return nullptr;
    s->names.push_back(std::move(alias));
  } while (accept(TokenKind::Comma));
  s->range = since(start);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//            | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' names [','] ')' | names | '*'
StmtPtr Parser::parse_from_import() {
  const size_t start = pos_;
  advance();
  auto s = std::make_unique<ImportFromStmt>(SourceRange());
  while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) {
    s->module += at(TokenKind::Dot) ? "." : "...";
    advance();
  }
  if (!at(TokenKind::KwImport) || s->module.empty()) {
    std::string name;
    if (!parse_dotted_name(name))
      return nullptr;
    s->module += name;
  }
  if (!expect(TokenKind::KwImport, "expected 'import'"))
    return nullptr;
  if (at(TokenKind::Star)) {
    ImportAlias alias;
    alias.name = "*";
    alias.range = range_of(advance());
    s->names.push_back(std::move(alias));
  } else {
    const bool parenthesized = accept(TokenKind::LParen);
    do {
      if (parenthesized && at(TokenKind::RParen) && !s->names.empty())
        break;
      ImportAlias alias;
      if (!parse_import_alias(alias, false))
        return nullptr;
      s->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    if (parenthesized && !expect(TokenKind::RParen, "expected ')'"))
      return nullptr;
  }
  s->range = since(start);
  return s;
}

std::unique_ptr<Module> parse(std::shared_ptr<const ir::Source> source, ir::DiagnosticEngine& diag) {
  auto module = std::make_unique<Module>();
  module->source = source;
  TokenList tokens = tokenize(*source);
  Parser parser(source, std::move(tokens), diag, 0);
  module->body = parser.parse_file();
  return module;
}

std::unique_ptr<Module> parse_fragment(std::shared_ptr<const ir::Source> source, uint32_t begin, uint32_t end,
                                       ir::DiagnosticEngine& diag) {
  auto module = std::make_unique<Module>();
  module->source = source;
  TokenList tokens = tokenize_fragment(*source, begin, end);
  Parser parser(source, std::move(tokens), diag, 0);
  module->body = parser.parse_file();
  return module;
}

} // namespace tsc::frontend
