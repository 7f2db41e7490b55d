// frontend/lexer.cpp - Python 3.11 tokenization: layout, names, numbers, operators, errors as tokens.
#include "frontend/lexer.h"

#include "frontend/lexer_impl.h"
#include "ir/assert.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tsc::frontend {
namespace lexer_impl {
namespace {

// The magnitude of the most negative int64: a literal may have it, but only
// right after a unary minus (see Token::int_value).
constexpr uint64_t kTwoTo63 = uint64_t{1} << 63;

// An Int token's value; the literal 2**63 becomes INT64_MIN, its marker.
int64_t int_token_value(uint64_t magnitude) {
  return magnitude == kTwoTo63 ? INT64_MIN : static_cast<int64_t>(magnitude);
}

/// Decodes one UTF-8 sequence at [p, e); returns its length (0 when malformed).
uint32_t decode_utf8(const char* p, const char* e, uint32_t& cp) {
  auto b0 = static_cast<unsigned char>(p[0]);
  uint32_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || b0 > 0xF4 || e - p < static_cast<ptrdiff_t>(len))
    return 0;
  cp = b0 & (0x7F >> len);
  for (uint32_t i = 1; i < len; ++i) {
    auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

/// Whether a non-ASCII code point may appear in an identifier. An approximation
/// of Unicode's XID_Continue without its tables: letters of every script are
/// accepted; Latin-1 symbols, general punctuation, currency, arrows, math and
/// technical symbols, box drawing, CJK and fullwidth punctuation, private use
/// and emoji are rejected.
bool is_identifier_code_point(uint32_t cp) {
  if (cp < 0xC0)
    return cp == 0xAA || cp == 0xB5 || cp == 0xB7 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7)
    return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) {
    if (cp == 0x203F || cp == 0x2040 || cp == 0x2054 || cp == 0x2071 || cp == 0x207F)
      return true;
    if ((cp >= 0x2090 && cp <= 0x209C) || (cp >= 0x20D0 && cp <= 0x20FF))
      return true;
    if (cp >= 0x2100 && cp <= 0x214F)
      return true; // letterlike symbols (lenient)
    if (cp >= 0x2160 && cp <= 0x2188)
      return true; // roman numerals
    return false;
  }
  if (cp >= 0x2E00 && cp <= 0x2E7F)
    return false;
  if ((cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) || cp == 0x3030 || cp == 0x303D)
    return false;
  if (cp >= 0xE000 && cp <= 0xF8FF)
    return false;
  if ((cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F))
    return cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F);
  if (cp == 0xFEFF)
    return false;
  if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65))
    return cp == 0xFF3F;
  if (cp >= 0x1F000 && cp <= 0x1FAFF)
    return false;
  return true;
}

TokenKind keyword_kind(std::string_view s) {
  struct Keyword {
    std::string_view text;
    TokenKind kind;
  };
  static constexpr Keyword kKeywords[] = {
      {"False", TokenKind::KwFalse},
      {"None", TokenKind::KwNone},
      {"True", TokenKind::KwTrue},
      {"and", TokenKind::KwAnd},
      {"as", TokenKind::KwAs},
      {"assert", TokenKind::KwAssert},
      {"async", TokenKind::KwAsync},
      {"await", TokenKind::KwAwait},
      {"break", TokenKind::KwBreak},
      {"class", TokenKind::KwClass},
      {"continue", TokenKind::KwContinue},
      {"def", TokenKind::KwDef},
      {"del", TokenKind::KwDel},
      {"elif", TokenKind::KwElif},
      {"else", TokenKind::KwElse},
      {"except", TokenKind::KwExcept},
      {"finally", TokenKind::KwFinally},
      {"for", TokenKind::KwFor},
      {"from", TokenKind::KwFrom},
      {"global", TokenKind::KwGlobal},
      {"if", TokenKind::KwIf},
      {"import", TokenKind::KwImport},
      {"in", TokenKind::KwIn},
      {"is", TokenKind::KwIs},
      {"lambda", TokenKind::KwLambda},
      {"nonlocal", TokenKind::KwNonlocal},
      {"not", TokenKind::KwNot},
      {"or", TokenKind::KwOr},
      {"pass", TokenKind::KwPass},
      {"raise", TokenKind::KwRaise},
      {"return", TokenKind::KwReturn},
      {"try", TokenKind::KwTry},
      {"while", TokenKind::KwWhile},
      {"with", TokenKind::KwWith},
      {"yield", TokenKind::KwYield},
  };
  // Keywords are 2..8 characters and start with a letter that most names share
  // with none of them, so this rejects most names after one comparison.
  if (s.size() < 2 || s.size() > 8)
    return TokenKind::Name;
  for (const Keyword& k : kKeywords) {
    if (k.text[0] == s[0] && k.text == s)
      return k.kind;
  }
  return TokenKind::Name;
}

struct Operator {
  std::string_view text;
  TokenKind kind;
};

/// Every operator and delimiter except brackets, longest first so that the
/// first match is the longest one ("**=" before "**" before "*").
constexpr Operator kOperators[] = {
    {"**=", TokenKind::DoubleStarEqual},
    {"//=", TokenKind::DoubleSlashEqual},
    {"<<=", TokenKind::LShiftEqual},
    {">>=", TokenKind::RShiftEqual},
    {"...", TokenKind::Ellipsis},
    {"**", TokenKind::DoubleStar},
    {"//", TokenKind::DoubleSlash},
    {"<<", TokenKind::LShift},
    {">>", TokenKind::RShift},
    {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual},
    {"==", TokenKind::EqEqual},
    {"!=", TokenKind::NotEqual},
    {"->", TokenKind::Arrow},
    {":=", TokenKind::ColonEqual},
    {"+=", TokenKind::PlusEqual},
    {"-=", TokenKind::MinusEqual},
    {"*=", TokenKind::StarEqual},
    {"/=", TokenKind::SlashEqual},
    {"%=", TokenKind::PercentEqual},
    {"@=", TokenKind::AtEqual},
    {"&=", TokenKind::AmpEqual},
    {"|=", TokenKind::PipeEqual},
    {"^=", TokenKind::CaretEqual},
    {"+", TokenKind::Plus},
    {"-", TokenKind::Minus},
    {"*", TokenKind::Star},
    {"/", TokenKind::Slash},
    {"%", TokenKind::Percent},
    {"@", TokenKind::At},
    {"&", TokenKind::Amp},
    {"|", TokenKind::Pipe},
    {"^", TokenKind::Caret},
    {"~", TokenKind::Tilde},
    {"<", TokenKind::Less},
    {">", TokenKind::Greater},
    {"=", TokenKind::Assign},
    {":", TokenKind::Colon},
    {",", TokenKind::Comma},
    {";", TokenKind::Semicolon},
    {".", TokenKind::Dot},
};

} // namespace

TokenList Lexer::run() {
  while (true) {
    if (at_line_start_) {
      lex_line_start();
      if (at_line_start_) {
        if (pos_ >= end_)
          break;
        continue; // a blank or comment-only line
      }
    }
    while (pos_ < end_ &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\f' || text_[pos_] == '\r'))
      ++pos_;
    if (pos_ >= end_)
      break;
    const uint32_t start = pos_;
    const char c = text_[pos_];
    switch (c) {
    case '\n':
      if (!expression_mode_ && !brackets_.empty() && line_starts_with_statement_keyword(pos_ + 1)) {
        // See Note [Unclosed brackets].
        mark_unclosed_bracket();
        brackets_.clear();
      }
      if (!expression_mode_ && brackets_.empty()) {
        if (line_has_tokens_)
          emit(TokenKind::Newline, start, start + 1);
        at_line_start_ = true;
        line_has_tokens_ = false;
      }
      ++pos_;
      new_line(pos_);
      break;
    case '#':
      while (pos_ < end_ && text_[pos_] != '\n')
        ++pos_;
      break;
    case '\\': {
      uint32_t p = pos_ + 1;
      if (at(p) == '\r')
        ++p;
      if (at(p) == '\n') {
        pos_ = p + 1;
        new_line(pos_);
      } else if (p >= end_) {
        ++pos_;
        emit_error(start, pos_, "unexpected end of file after line continuation character");
      } else {
        ++pos_;
        emit_error(start, pos_, "unexpected character after line continuation character");
      }
      break;
    }
    case '"':
    case '\'':
      lex_string(start, start, false, false, false);
      break;
    case '(':
    case '[':
    case '{':
      open_bracket(c);
      break;
    case ')':
    case ']':
    case '}':
      close_bracket(c);
      break;
    case '.':
      if (is_digit(at(pos_ + 1))) {
        lex_number();
        break;
      }
      lex_operator();
      break;
    default:
      if (is_digit(c)) {
        lex_number();
      } else if (is_ascii_ident_start(c) || static_cast<unsigned char>(c) >= 0x80) {
        lex_name();
      } else {
        lex_operator();
      }
      break;
    }
  }
  finish();
  return std::move(out_);
}

// Indentation at the start of a line outside brackets (Parser/tokenizer.c
// tok_get): blank and comment-only lines are skipped; otherwise the column is
// compared with the stack of open levels, giving Indent, Dedents or an error.
void Lexer::lex_line_start() {
  uint32_t col = 0, altcol = 0;
  uint32_t p = pos_;
  for (; p < end_; ++p) {
    char c = text_[p];
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  pos_ = p;
  if (p >= end_)
    return;
  char c = text_[p];
  if (c == '\r' && at(p + 1) == '\n')
    c = '\n';
  if (c == '#' || c == '\n') {
    while (pos_ < end_ && text_[pos_] != '\n')
      ++pos_;
    if (pos_ < end_) {
      ++pos_;
      new_line(pos_);
    }
    return;
  }
  at_line_start_ = false;
  auto emit_layout = [&](TokenKind kind) {
    emit(kind, p, p);
    line_has_tokens_ = false;
  };
  auto tab_error = [&] { emit_error(line_start_, p, "inconsistent use of tabs and spaces in indentation"); };
  if (base_from_first_line_) {
    // A fragment (a method, a nested function): its first line is the
    // outermost level, wherever it sits in the file.
    base_from_first_line_ = false;
    indents_[0] = Level{col, altcol};
  }
  const Level top = indents_.back();
  if (col == top.col) {
    if (altcol != top.altcol)
      tab_error();
  } else if (col > top.col) {
    if (indents_.size() >= kMaxIndentLevels) {
      emit_error(line_start_, p, "too many levels of indentation");
      return;
    }
    indents_.push_back(Level{col, altcol});
    emit_layout(TokenKind::Indent);
    if (altcol <= top.altcol)
      tab_error();
  } else {
    while (indents_.size() > 1 && col < indents_.back().col) {
      indents_.pop_back();
      emit_layout(TokenKind::Dedent);
    }
    if (col != indents_.back().col) {
      // Recovery: the line stays in the block it failed to leave, which now
      // continues at this column, so later lines indented like it are fine.
      out_.tokens.pop_back();
      indents_.push_back(Level{col, altcol});
      emit_error(p, p + 1, "unindent does not match any outer indentation level");
    } else if (altcol != indents_.back().altcol) {
      tab_error();
    }
  }
}

void Lexer::lex_name() {
  const uint32_t start = pos_;
  while (pos_ < end_) {
    char c = text_[pos_];
    if (is_ascii_ident_char(c)) {
      ++pos_;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80)
      break;
    uint32_t cp = 0;
    uint32_t len = decode_utf8(text_ + pos_, text_ + end_, cp);
    if (len == 0 || !is_identifier_code_point(cp))
      break;
    pos_ += len;
  }
  if (pos_ == start) {
    lex_invalid_character();
    return;
  }
  const uint32_t len = pos_ - start;
  const char q = at(pos_);
  if (len <= 2 && (q == '"' || q == '\'')) {
    bool raw = false, is_bytes = false, is_f = false, is_u = false, valid = true;
    for (uint32_t i = start; i < pos_; ++i) {
      switch (text_[i] | 0x20) { // ASCII lowercase
      case 'r':
        valid &= !raw;
        raw = true;
        break;
      case 'b':
        valid &= !is_bytes;
        is_bytes = true;
        break;
      case 'f':
        valid &= !is_f;
        is_f = true;
        break;
      case 'u':
        valid &= !is_u;
        is_u = true;
        break;
      default:
        valid = false;
        break;
      }
    }
    valid &= !(is_u && (len > 1)) && !(is_bytes && is_f);
    if (valid) {
      lex_string(start, pos_, raw, is_bytes, is_f);
      return;
    }
  }
  emit(keyword_kind(std::string_view(text_ + start, len)), start, pos_);
}

void Lexer::lex_operator() {
  const std::string_view rest(text_ + pos_, end_ - pos_);
  for (const Operator& op : kOperators) {
    if (op.text[0] == rest[0] && rest.substr(0, op.text.size()) == op.text) {
      const uint32_t start = pos_;
      pos_ += static_cast<uint32_t>(op.text.size());
      emit(op.kind, start, pos_);
      return;
    }
  }
  lex_invalid_character();
}

void Lexer::lex_invalid_character() {
  const uint32_t start = pos_;
  const char c = text_[pos_];
  auto uc = static_cast<unsigned char>(c);
  if (uc >= 0x80) {
    uint32_t cp = 0;
    uint32_t len = decode_utf8(text_ + pos_, text_ + end_, cp);
    if (len == 0) {
      ++pos_;
      char buf[48];
      std::snprintf(buf, sizeof buf, "invalid non-UTF-8 byte 0x%02X", uc);
      emit_error(start, pos_, buf);
      return;
    }
    pos_ += len;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    emit_error(start, pos_, "invalid character '" + std::string(text_ + start, len) + "' (U+" + buf + ")");
    return;
  }
  ++pos_;
  if (c == '\0') {
    emit_error(start, pos_, "source code cannot contain null bytes");
  } else if (uc < 0x20 || uc == 0x7F) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", uc);
    emit_error(start, pos_, buf);
  } else {
    emit_error(start, pos_, std::string("invalid character '") + c + "'");
  }
}

void Lexer::open_bracket(char c) {
  const uint32_t start = pos_++;
  TokenKind kind = c == '(' ? TokenKind::LParen : c == '[' ? TokenKind::LBracket : TokenKind::LBrace;
  if (brackets_.size() >= kMaxParenLevels) {
    emit_error(start, pos_, "too many nested parentheses");
    return;
  }
  brackets_.push_back(Bracket{c, out_.tokens.size(), line_});
  emit(kind, start, pos_);
}

void Lexer::close_bracket(char c) {
  const uint32_t start = pos_++;
  if (brackets_.empty()) {
    emit_error(start, pos_, std::string("unmatched '") + c + "'");
    return;
  }
  const Bracket open = brackets_.back();
  brackets_.pop_back(); // a mismatched closer still closes, so the rest of the line lexes normally
  const char expected = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
  if (c != expected) {
    std::string msg =
        std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.ch + "'";
    if (open.line != line_)
      msg += " on line " + std::to_string(open.line);
    emit_error(start, pos_, std::move(msg));
    return;
  }
  emit(c == ')' ? TokenKind::RParen : c == ']' ? TokenKind::RBracket : TokenKind::RBrace, start, pos_);
}

// Python's verify_end_of_number: a number may be followed directly by one of
// a few keywords (`1if x else 2`), but not by any other name character.
bool Lexer::verify_end_of_number(uint32_t start, const char* kind) {
  const char c = at(pos_);
  if (!is_ascii_ident_char(c) && static_cast<unsigned char>(c) < 0x80)
    return true;
  static constexpr std::string_view kAllowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
  const uint32_t w = word_end(pos_);
  std::string_view word(text_ + pos_, w - pos_);
  for (std::string_view k : kAllowed) {
    if (word == k)
      return true;
  }
  pos_ = w;
  emit_error(start, pos_, std::string("invalid ") + kind + " literal");
  return false;
}

bool Lexer::lex_radix_int(uint32_t start) {
  const char prefix = text_[start + 1] | 0x20;
  const int base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
  const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
  auto valid = [&](char c) { return base == 16 ? is_hex_digit(c) : c >= '0' && c < '0' + base; };
  pos_ = start + 2;
  uint64_t value = 0;
  bool overflow = false;
  int digits = 0;
  while (true) {
    char c = at(pos_);
    if (c == '_') {
      if (!valid(at(pos_ + 1)))
        break; // reported below as an invalid literal
      ++pos_;
      continue;
    }
    if (!valid(c))
      break;
    uint64_t d = static_cast<uint64_t>(hex_value(c));
    if (value > (kTwoTo63 - d) / static_cast<uint64_t>(base))
      overflow = true;
    else
      value = value * static_cast<uint64_t>(base) + d;
    ++digits;
    ++pos_;
  }
  const char c = at(pos_);
  if (base != 16 && is_digit(c)) {
    emit_error(pos_, pos_ + 1, std::string("invalid digit '") + c + "' in " + kind + " literal");
    pos_ = word_end(pos_);
    return false;
  }
  if (digits == 0 || c == '_') {
    pos_ = word_end(pos_);
    emit_error(start, pos_, std::string("invalid ") + kind + " literal");
    return false;
  }
  if (!verify_end_of_number(start, kind))
    return false;
  if (overflow) {
    emit_error(start, pos_,
               "integer literal '" + std::string(text_ + start, pos_ - start) + "' does not fit in 64 bits");
    return false;
  }
  emit(TokenKind::Int, start, pos_).int_value = int_token_value(value);
  return true;
}

// decinteger | floatnumber | imagnumber, with Python's underscore rules: a
// single '_' only between digits.
void Lexer::lex_number() {
  const uint32_t start = pos_;
  const char first = text_[pos_];
  if (first == '0' &&
      ((at(pos_ + 1) | 0x20) == 'x' || (at(pos_ + 1) | 0x20) == 'o' || (at(pos_ + 1) | 0x20) == 'b')) {
    lex_radix_int(start);
    return;
  }
  auto invalid = [&] {
    pos_ = word_end(pos_);
    emit_error(start, pos_, "invalid decimal literal");
  };
  // digitpart: digit (["_"] digit)*; false on a misplaced underscore.
  auto digit_part = [&] {
    while (true) {
      while (is_digit(at(pos_)))
        ++pos_;
      if (at(pos_) != '_')
        return true;
      if (!is_digit(at(pos_ + 1)))
        return false;
      ++pos_;
    }
  };
  bool is_float = false;
  if (first != '.' && !digit_part())
    return invalid();
  if (at(pos_) == '.') {
    is_float = true;
    ++pos_;
    if (is_digit(at(pos_)) && !digit_part())
      return invalid();
  }
  if ((at(pos_) | 0x20) == 'e') {
    uint32_t p = pos_ + 1;
    if (at(p) == '+' || at(p) == '-') {
      ++p;
      if (!is_digit(at(p)))
        return invalid();
    }
    if (is_digit(at(p))) {
      pos_ = p;
      is_float = true;
      if (!digit_part())
        return invalid();
    }
    // otherwise the 'e' starts the next token (`1else`), checked below
  }
  if ((at(pos_) | 0x20) == 'j') {
    ++pos_;
    pos_ = word_end(pos_);
    emit_error(start, pos_, "complex numbers are not supported");
    return;
  }
  if (!verify_end_of_number(start, "decimal"))
    return;

  // Digits without underscores; literals longer than the buffer are rare enough
  // to take the slow path.
  char small[64];
  std::string big;
  char* digits = small;
  uint32_t n = 0;
  if (pos_ - start >= sizeof small) {
    big.resize(pos_ - start);
    digits = big.data();
  }
  for (uint32_t i = start; i < pos_; ++i) {
    if (text_[i] != '_')
      digits[n++] = text_[i];
  }
  if (is_float) {
    double value = 0;
    auto [ptr, ec] = std::from_chars(digits, digits + n, value);
    if (ec == std::errc::result_out_of_range) {
      // Overflow gives inf and underflow 0.0, as in Python; strtod decides which.
      std::string copy(digits, n);
      value = std::strtod(copy.c_str(), nullptr);
    }
    (void)ptr;
    emit(TokenKind::Float, start, pos_).float_value = value;
    return;
  }
  if (digits[0] == '0') {
    for (uint32_t i = 1; i < n; ++i) {
      if (digits[i] != '0') {
        emit_error(start, pos_, "leading zeros in decimal integer literals are not permitted");
        return;
      }
    }
  }
  uint64_t value = 0;
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t d = static_cast<uint64_t>(digits[i] - '0');
    if (value > (kTwoTo63 - d) / 10) {
      emit_error(start, pos_,
                 "integer literal '" + std::string(text_ + start, pos_ - start) +
                     "' does not fit in 64 bits");
      return;
    }
    value = value * 10 + d;
  }
  emit(TokenKind::Int, start, pos_).int_value = int_token_value(value);
}

// Note [Unclosed brackets]
// Inside brackets newlines do not end the logical line, so a bracket left open
// would make the rest of the file one line and hide every later error. The
// innermost open bracket token becomes an Error token "'(' was never closed"
// (CPython names the innermost too), which the parser reports where it meets
// it. That happens at the end of the file, or earlier when a line inside
// brackets starts with a keyword that can only begin a statement (`def`,
// `return`, ...): such code is invalid whatever follows, so the line is taken
// as the start of a new statement and lexing goes on with fresh layout.
bool Lexer::line_starts_with_statement_keyword(uint32_t p) const {
  while (p < end_ && (text_[p] == ' ' || text_[p] == '\t' || text_[p] == '\f'))
    ++p;
  const uint32_t word = p;
  while (p < end_ && is_ascii_ident_char(text_[p]))
    ++p;
  if (p == word || (p < end_ && static_cast<unsigned char>(text_[p]) >= 0x80))
    return false;
  switch (keyword_kind(std::string_view(text_ + word, p - word))) {
  case TokenKind::KwDef:
  case TokenKind::KwClass:
  case TokenKind::KwReturn:
  case TokenKind::KwImport:
  case TokenKind::KwWhile:
  case TokenKind::KwWith:
  case TokenKind::KwTry:
  case TokenKind::KwExcept:
  case TokenKind::KwFinally:
  case TokenKind::KwElif:
  case TokenKind::KwPass:
  case TokenKind::KwBreak:
  case TokenKind::KwContinue:
  case TokenKind::KwRaise:
  case TokenKind::KwDel:
  case TokenKind::KwGlobal:
  case TokenKind::KwNonlocal:
  case TokenKind::KwAssert:
    return true;
  default:
    return false;
  }
}

void Lexer::mark_unclosed_bracket() {
  const Bracket& open = brackets_.back();
  Token& t = out_.tokens[open.token_index];
  t.kind = TokenKind::Error;
  t.index = static_cast<uint32_t>(out_.errors.size());
  out_.errors.push_back(std::string("'") + open.ch + "' was never closed");
}

void Lexer::finish() {
  if (!brackets_.empty())
    mark_unclosed_bracket();
  if (!expression_mode_) {
    if (line_has_tokens_)
      emit(TokenKind::Newline, end_, end_);
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(TokenKind::Dedent, end_, end_);
    }
  }
  emit(TokenKind::EndOfFile, end_, end_);
}

} // namespace lexer_impl

TokenList tokenize(const ir::Source& source) {
  return lexer_impl::Lexer(source, 0, static_cast<uint32_t>(source.text().size()), false).run();
}

TokenList tokenize_fragment(const ir::Source& source, uint32_t begin, uint32_t end) {
  TSC_ASSERT(begin <= end && end <= source.text().size(), "fragment outside its source");
  TSC_ASSERT(begin == 0 || source.text()[begin - 1] == '\n', "a fragment starts at a line start");
  return lexer_impl::Lexer(source, begin, end, false, true).run();
}

TokenList tokenize_expression(const ir::Source& source, uint32_t begin, uint32_t end) {
  return lexer_impl::Lexer(source, begin, end, true).run();
}

} // namespace tsc::frontend
