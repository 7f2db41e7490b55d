// frontend/lexer_impl.h - The lexer class shared by frontend/lexer.cpp (layout, names,
// numbers, operators) and frontend/lexer_strings.cpp (strings, escapes, f-strings).
// Private to those two files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "frontend/token.h"
#include "ir/source_range.h"

namespace tsc::frontend::lexer_impl {

// CPython's limits (Parser/tokenizer.h MAXINDENT, MAXLEVEL).
constexpr size_t kMaxIndentLevels = 100;
constexpr size_t kMaxParenLevels = 200;
constexpr uint32_t kTabSize = 8;

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_hex_digit(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline int hex_value(char c) {
  if (is_digit(c))
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return c - 'A' + 10;
}
inline bool is_ascii_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_ascii_ident_char(char c) {
  return is_ascii_ident_start(c) || is_digit(c);
}

/// One pass over a source (or over an f-string field, in expression mode)
/// producing a TokenList; see frontend/lexer.h for the contract.
class Lexer {
public:
  /// `fragment`: statements starting at a line start inside a file, whose
  /// first line's indentation is the base column (see tokenize_fragment).
  Lexer(const ir::Source& source, uint32_t begin, uint32_t end, bool expression_mode, bool fragment = false)
      : source_(source), text_(source.text().data()), pos_(begin), end_(end),
        expression_mode_(expression_mode), base_from_first_line_(fragment) {
    if (expression_mode_ || begin > 0) {
      line_ = source.line_of(begin);
      line_start_ = begin - (source.col_of(begin) - 1);
      at_line_start_ = !expression_mode_;
    } else if (end_ - pos_ >= 3 && std::memcmp(text_ + pos_, "\xEF\xBB\xBF", 3) == 0) {
      pos_ += 3; // a UTF-8 byte order mark
    }
    out_.tokens.reserve((end_ - begin) / 3 + 8);
  }

  TokenList run();

private:
  struct Bracket {
    char ch;
    size_t token_index;
    uint32_t line;
  };
  struct Level {
    uint32_t col;
    uint32_t altcol; // with tabs of width 1, to detect inconsistent tabs and spaces
  };

  char at(uint32_t p) const { return p < end_ ? text_[p] : '\0'; }
  uint32_t col_of(uint32_t p) const { return p - line_start_ + 1; }

  Token& emit(TokenKind kind, uint32_t begin, uint32_t end) {
    Token t;
    t.kind = kind;
    t.begin = begin;
    t.end = end;
    t.line = line_;
    t.col = col_of(begin);
    out_.tokens.push_back(t);
    line_has_tokens_ = true;
    return out_.tokens.back();
  }
  /// An Error token for [begin, end); `begin` may lie on an earlier line (strings).
  void emit_error(uint32_t begin, uint32_t end, std::string message) {
    Token t;
    t.kind = TokenKind::Error;
    t.begin = begin;
    t.end = end;
    if (begin >= line_start_) {
      t.line = line_;
      t.col = col_of(begin);
    } else {
      t.line = source_.line_of(begin);
      t.col = source_.col_of(begin);
    }
    t.index = static_cast<uint32_t>(out_.errors.size());
    out_.errors.push_back(std::move(message));
    out_.tokens.push_back(t);
    line_has_tokens_ = true;
  }
  void new_line(uint32_t next_line_start) {
    ++line_;
    line_start_ = next_line_start;
  }

  void lex_line_start();
  void lex_name();
  void lex_number();
  bool lex_radix_int(uint32_t start);
  bool verify_end_of_number(uint32_t start, const char* kind);
  void lex_string(uint32_t start, uint32_t quote, bool raw, bool is_bytes, bool is_f);
  bool decode_body(uint32_t b, uint32_t e, bool raw, bool is_f, StringLiteral& lit);
  bool decode_escape(uint32_t& p, uint32_t e, std::string& out);
  bool scan_field(uint32_t& p, uint32_t e, std::string& pending, uint32_t& pending_begin, StringLiteral& lit);
  void open_bracket(char c);
  void close_bracket(char c);
  void lex_operator();
  void lex_invalid_character();
  /// Whether the line starting at `p` begins with a keyword that only starts statements.
  bool line_starts_with_statement_keyword(uint32_t p) const;
  void mark_unclosed_bracket();
  void finish();

  uint32_t word_end(uint32_t p) const {
    while (p < end_ && (is_ascii_ident_char(text_[p])))
      ++p;
    return p;
  }

  // A decoding error inside a string literal, turned into an Error token.
  void set_string_error(uint32_t b, uint32_t e, std::string msg) {
    err_begin_ = b;
    err_end_ = e;
    err_msg_ = std::move(msg);
  }

  const ir::Source& source_;
  const char* text_;
  uint32_t pos_;
  uint32_t end_;
  bool expression_mode_;
  /// The next non-blank line sets the outermost indentation level.
  bool base_from_first_line_;
  uint32_t line_ = 1;
  uint32_t line_start_ = 0;
  bool at_line_start_ = true;
  bool line_has_tokens_ = false;
  std::vector<Level> indents_{Level{0, 0}};
  std::vector<Bracket> brackets_;
  TokenList out_;

  uint32_t err_begin_ = 0, err_end_ = 0;
  std::string err_msg_;
};

} // namespace tsc::frontend::lexer_impl
