// frontend/parser_impl.h - The parser class shared by frontend/parser.cpp (statements)
// and frontend/parser_expr.cpp (expressions). Private to those two files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/ast.h"
#include "frontend/token.h"
#include "ir/assert.h"
#include "ir/diagnostic.h"
#include "ir/source_range.h"

namespace tsc::frontend {

/// Maximum nesting of expressions (parentheses, unary operators, `not`)
/// before the parser reports "expression is too deeply nested" instead of
/// overflowing the stack.
constexpr int kMaxExprDepth = 1000;

/// Whether a token can begin an expression (used to tell a missing comma from
/// other mistakes, and to end trailing-comma tuples).
bool can_start_expression(TokenKind k);

/// Recursive descent over one token list. See Note [Parser error recovery] in
/// frontend/parser.cpp.
class Parser {
public:
  Parser(std::shared_ptr<const ir::Source> source, TokenList tokens, ir::DiagnosticEngine& diag, int depth)
      : source_(std::move(source)), list_(std::move(tokens)), toks_(list_.tokens), diag_(diag),
        depth_(depth) {
    TSC_ASSERT(!toks_.empty() && toks_.back().kind == TokenKind::EndOfFile,
               "token list must end with EndOfFile");
  }

  /// file: statements ENDMARKER
  Body parse_file();
  /// An f-string replacement field: star_expressions ENDMARKER.
  ExprPtr parse_field();

private:
  // --- Tokens ---------------------------------------------------------------
  const Token& tok() const { return toks_[pos_]; }
  TokenKind kind() const { return toks_[pos_].kind; }
  TokenKind peek_kind(size_t n = 1) const {
    size_t i = pos_ + n;
    return i < toks_.size() ? toks_[i].kind : TokenKind::EndOfFile;
  }
  bool at(TokenKind k) const { return kind() == k; }
  const Token& advance() {
    const Token& t = toks_[pos_];
    if (t.kind != TokenKind::EndOfFile)
      ++pos_;
    return t;
  }
  bool accept(TokenKind k) {
    if (!at(k))
      return false;
    advance();
    return true;
  }
  bool expect(TokenKind k, const char* message) {
    if (accept(k))
      return true;
    error_here(message);
    return false;
  }
  std::string_view text_of(const Token& t) const {
    return std::string_view(source_->text()).substr(t.begin, t.end - t.begin);
  }
  bool at_name(std::string_view name) const { return at(TokenKind::Name) && text_of(tok()) == name; }
  bool at_end_of_simple_statement() const {
    return at(TokenKind::Newline) || at(TokenKind::Semicolon) || at(TokenKind::EndOfFile);
  }

  // --- Ranges ---------------------------------------------------------------
  SourceRange range_of(const Token& t) const { return SourceRange(source_, t.begin, t.end, t.line, t.col); }
  /// From the token at index `start` through the last consumed token.
  SourceRange since(size_t start) const {
    const Token& first = toks_[start];
    const Token& last = toks_[pos_ > start ? pos_ - 1 : start];
    return SourceRange(source_, first.begin, last.end, first.line, first.col);
  }
  static SourceRange span(const SourceRange& a, const SourceRange& b) {
    return SourceRange(a.source, a.begin, b.end, a.line, a.col);
  }

  // --- Errors (see Note [Parser error recovery]) ---------------------------
  /// Reports a syntax error unless this logical line has one. A lexical
  /// error later on the same line is reported instead (`prefer_lexical`), as
  /// CPython does: it is usually the cause (an apostrophe that ends a string).
  void error(const SourceRange& range, std::string message, bool prefer_lexical = true);
  /// Reports `message` at the current token. At a lexical error token the
  /// lexer's message wins; at the end of a line (or file) the error points just
  /// after the last real token, as CPython does.
  void error_here(std::string message, bool prefer_lexical = true);
  /// A zero-width range just after the last token that is not layout.
  SourceRange after_previous_token() const;
  /// For a list that should continue with ',' or close: "perhaps you forgot a
  /// comma?" when an expression follows, else `closer_message` here.
  void error_in_list(size_t element_start, const char* closer_message);

  /// Guards recursion depth on deeply nested expressions.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) { ++p.depth_; }
    ~DepthGuard() { --p.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };
  bool too_deep() {
    if (depth_ <= kMaxExprDepth)
      return false;
    error_here("expression is too deeply nested");
    return true;
  }

  // --- Statements -----------------------------------------------------------
  Body parse_statements(TokenKind terminator);
  void parse_statement(Body& out);
  void recover();
  void skip_statement_and_block();
  void reject_compound(const char* message, bool with_clauses);
  bool is_match_statement() const;
  Body parse_block(const std::string& what, uint32_t header_line);
  void parse_simple_statements(Body& out);
  StmtPtr parse_simple_statement();
  StmtPtr parse_expression_statement();
  StmtPtr parse_decorated();
  StmtPtr parse_function_def(std::vector<Decorator> decorators);
  bool parse_parameters(std::vector<Param>& params);
  StmtPtr parse_class_def(std::vector<Decorator> decorators);
  StmtPtr parse_if();
  StmtPtr parse_while();
  StmtPtr parse_for();
  bool parse_else_block(Body& orelse, SourceRange& else_range);
  StmtPtr parse_import();
  StmtPtr parse_from_import();
  bool parse_dotted_name(std::string& name);
  bool parse_import_alias(ImportAlias& alias, bool dotted);

  bool check_target(const Expr& e, const char* verb, bool top_level);
  bool check_no_bare_star(const ExprPtr& e);

  // --- Expressions ----------------------------------------------------------
  ExprPtr parse_star_expressions();
  ExprPtr parse_star_expression();
  ExprPtr parse_named_expression();
  ExprPtr parse_expression();
  ExprPtr parse_disjunction();
  ExprPtr parse_conjunction();
  ExprPtr parse_inversion();
  ExprPtr parse_comparison();
  ExprPtr parse_binary(int min_precedence);
  ExprPtr parse_factor();
  ExprPtr parse_power();
  ExprPtr parse_primary();
  ExprPtr parse_call(size_t start, ExprPtr func);
  ExprPtr parse_slices();
  ExprPtr parse_slice_item();
  ExprPtr parse_atom();
  ExprPtr parse_paren();
  ExprPtr parse_list();
  ExprPtr parse_brace();
  ExprPtr parse_strings();
  ExprPtr parse_fstring_field(const StringPiece& piece);
  ExprPtr parse_target_list();
  bool parse_comprehension(std::vector<Comprehension>& generators);
  void reject_lambda();

  std::shared_ptr<const ir::Source> source_;
  TokenList list_;
  const std::vector<Token>& toks_;
  ir::DiagnosticEngine& diag_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool failed_ = false; // this logical line has an error already
  size_t reported_error_token_ = SIZE_MAX;
};

} // namespace tsc::frontend
