// frontend/lexer_strings.cpp - String literals: prefixes, escapes, newline
// normalization and the split of f-strings into literal and field pieces.
#include "frontend/lexer_impl.h"

#include <string>

namespace tsc::frontend::lexer_impl {
namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

} // namespace

// A string literal from its prefix at `start`; `quote` is the opening quote.
void Lexer::lex_string(uint32_t start, uint32_t quote, bool raw, bool is_bytes, bool is_f) {
  const uint32_t start_line = line_;
  const uint32_t start_col = col_of(start);
  const char q = text_[quote];
  const bool triple = at(quote + 1) == q && at(quote + 2) == q;
  const uint32_t content_begin = quote + (triple ? 3 : 1);
  uint32_t p = content_begin;
  while (true) {
    if (p >= end_) {
      pos_ = end_;
      emit_error(start, end_,
                 triple ? "unterminated triple-quoted string literal" : "unterminated string literal");
      return;
    }
    const char c = text_[p];
    if (c == '\\') {
      ++p;
      if (at(p) == '\r' && at(p + 1) == '\n')
        ++p;
      if (at(p) == '\n')
        new_line(p + 1);
      if (p < end_)
        ++p;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        pos_ = p;
        if (p > start && text_[p - 1] == '\r')
          --pos_;
        emit_error(start, pos_, "unterminated string literal");
        pos_ = p;
        return;
      }
      new_line(p + 1);
    } else if (c == q && (!triple || (at(p + 1) == q && at(p + 2) == q))) {
      break;
    }
    ++p;
  }
  const uint32_t content_end = p;
  pos_ = p + (triple ? 3 : 1);
  auto emit_string_error = [&](uint32_t b, uint32_t e, std::string msg) {
    Token t;
    t.kind = TokenKind::Error;
    t.begin = b;
    t.end = e;
    t.line = source_.line_of(b);
    t.col = source_.col_of(b);
    t.index = static_cast<uint32_t>(out_.errors.size());
    out_.errors.push_back(std::move(msg));
    out_.tokens.push_back(t);
    line_has_tokens_ = true;
  };
  if (is_bytes) {
    emit_string_error(start, pos_, "bytes literals are not supported");
    return;
  }
  StringLiteral lit;
  lit.is_fstring = is_f;
  if (!decode_body(content_begin, content_end, raw, is_f, lit)) {
    emit_string_error(err_begin_, err_end_, std::move(err_msg_));
    return;
  }
  Token t;
  t.kind = TokenKind::String;
  t.begin = start;
  t.end = pos_;
  t.line = start_line;
  t.col = start_col;
  t.index = static_cast<uint32_t>(out_.strings.size());
  out_.strings.push_back(std::move(lit));
  out_.tokens.push_back(t);
  line_has_tokens_ = true;
}

// The body of a string literal: escapes (unless raw), newline normalization,
// and for f-strings the split into literal and field pieces.
bool Lexer::decode_body(uint32_t b, uint32_t e, bool raw, bool is_f, StringLiteral& lit) {
  std::string pending; // literal text not yet stored (plain strings: the whole value)
  uint32_t pending_begin = b;
  uint32_t p = b;
  while (p < e) {
    // Copy the run of ordinary characters in one go.
    uint32_t run = p;
    while (run < e) {
      char c = text_[run];
      if (c == '\\' || c == '\r' || (is_f && (c == '{' || c == '}')))
        break;
      ++run;
    }
    pending.append(text_ + p, run - p);
    p = run;
    if (p >= e)
      break;
    const char c = text_[p];
    if (c == '\r') {
      pending.push_back('\n');
      p += at(p + 1) == '\n' ? 2 : 1;
    } else if (c == '\\') {
      if (raw) {
        // A raw string keeps the backslash and the character after it, which
        // only escapes the quote for finding the end.
        pending.push_back('\\');
        ++p;
        if (p < e && text_[p] != '{' && text_[p] != '}' && text_[p] != '\r')
          pending.push_back(text_[p++]);
      } else if (!decode_escape(p, e, pending)) {
        return false;
      }
    } else if (c == '{') {
      if (at(p + 1) == '{' && p + 1 < e) {
        pending.push_back('{');
        p += 2;
      } else if (!scan_field(p, e, pending, pending_begin, lit)) {
        return false;
      }
    } else { // '}'
      if (p + 1 < e && text_[p + 1] == '}') {
        pending.push_back('}');
        p += 2;
      } else {
        set_string_error(p, p + 1, "f-string: single '}' is not allowed");
        return false;
      }
    }
  }
  if (!is_f) {
    lit.value = std::move(pending);
  } else if (!pending.empty()) {
    StringPiece piece;
    piece.text = std::move(pending);
    piece.begin = pending_begin;
    piece.end = e;
    lit.pieces.push_back(std::move(piece));
  }
  return true;
}

// One backslash escape at p (text_[p] == '\\'), appended to out.
bool Lexer::decode_escape(uint32_t& p, uint32_t e, std::string& out) {
  const uint32_t start = p;
  if (p + 1 >= e) {
    out.push_back('\\');
    ++p;
    return true;
  }
  const char n = text_[p + 1];
  p += 2;
  auto hex_escape = [&](int count, const char* what) {
    uint32_t cp = 0;
    for (int i = 0; i < count; ++i) {
      if (p >= e || !is_hex_digit(text_[p])) {
        set_string_error(start, p, std::string("truncated ") + what + " escape");
        return false;
      }
      cp = cp * 16 + static_cast<uint32_t>(hex_value(text_[p++]));
    }
    if (cp > 0x10FFFF) {
      set_string_error(start, p, "illegal Unicode character in escape");
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      set_string_error(start, p, "surrogate code points are not supported in strings");
      return false;
    }
    append_utf8(out, cp);
    return true;
  };
  switch (n) {
  case '\n':
    return true; // line continuation inside the string
  case '\r':
    if (p < e && text_[p] == '\n')
      ++p;
    return true;
  case '\\':
    out.push_back('\\');
    return true;
  case '\'':
    out.push_back('\'');
    return true;
  case '"':
    out.push_back('"');
    return true;
  case 'a':
    out.push_back('\a');
    return true;
  case 'b':
    out.push_back('\b');
    return true;
  case 'f':
    out.push_back('\f');
    return true;
  case 'n':
    out.push_back('\n');
    return true;
  case 'r':
    out.push_back('\r');
    return true;
  case 't':
    out.push_back('\t');
    return true;
  case 'v':
    out.push_back('\v');
    return true;
  case 'x':
    return hex_escape(2, "\\xXX");
  case 'u':
    return hex_escape(4, "\\uXXXX");
  case 'U':
    return hex_escape(8, "\\UXXXXXXXX");
  case 'N': {
    uint32_t q = p;
    if (q < e && text_[q] == '{') {
      while (q < e && text_[q] != '}')
        ++q;
      if (q < e)
        ++q;
    }
    set_string_error(start, q, "'\\N{...}' escapes are not supported");
    return false;
  }
  default:
    break;
  }
  if (n >= '0' && n <= '7') {
    uint32_t cp = static_cast<uint32_t>(n - '0');
    for (int i = 0; i < 2 && p < e && text_[p] >= '0' && text_[p] <= '7'; ++i)
      cp = cp * 8 + static_cast<uint32_t>(text_[p++] - '0');
    append_utf8(out, cp);
    return true;
  }
  // An unknown escape keeps its backslash, as in Python; the character after it
  // is read normally (it may be a brace of an f-string or a UTF-8 sequence).
  out.push_back('\\');
  p = start + 1;
  return true;
}

// A replacement field of an f-string at p (text_[p] == '{'), with Python
// 3.11's rules for where its expression ends: at '}', '!' (not '!='), ':' or a
// debugging '=' outside nested brackets and strings.
bool Lexer::scan_field(uint32_t& p, uint32_t e, std::string& pending, uint32_t& pending_begin,
                       StringLiteral& lit) {
  const uint32_t expr_begin = p + 1;
  uint32_t q = expr_begin;
  int depth = 0;
  while (true) {
    if (q >= e) {
      set_string_error(q, q + 1, "f-string: expecting '}'");
      return false;
    }
    const char c = text_[q];
    if (c == '\\') {
      set_string_error(q, q + 1, "f-string expression part cannot include a backslash");
      return false;
    }
    if (c == '#') {
      set_string_error(q, q + 1, "f-string expression part cannot include '#'");
      return false;
    }
    if (c == '\'' || c == '"') {
      const bool triple = q + 2 < e && text_[q + 1] == c && text_[q + 2] == c;
      uint32_t r = q + (triple ? 3 : 1);
      while (r < e &&
             !(text_[r] == c && (!triple || (r + 2 < e && text_[r + 1] == c && text_[r + 2] == c)))) {
        if (text_[r] == '\\') {
          set_string_error(r, r + 1, "f-string expression part cannot include a backslash");
          return false;
        }
        ++r;
      }
      if (r >= e) {
        set_string_error(q, e, "f-string: unterminated string");
        return false;
      }
      q = r + (triple ? 3 : 1);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) {
        if (c == '}')
          break;
        set_string_error(q, q + 1, std::string("f-string: unmatched '") + c + "'");
        return false;
      }
      --depth;
    } else if (depth == 0) {
      if (c == '!' && at(q + 1) != '=')
        break;
      if (c == ':')
        break;
      if (c == '=') {
        if (q + 1 < e && text_[q + 1] == '=') {
          q += 2;
          continue;
        }
        const char prev = q > expr_begin ? text_[q - 1] : ' ';
        if (prev != '=' && prev != '!' && prev != '<' && prev != '>')
          break;
      }
    }
    ++q;
  }
  const uint32_t expr_end = q;
  bool empty = true;
  for (uint32_t i = expr_begin; i < expr_end; ++i) {
    char c = text_[i];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
      empty = false;
  }
  if (empty) {
    set_string_error(q, q + 1, "f-string: empty expression not allowed");
    return false;
  }
  bool debug = false;
  if (text_[q] == '=') {
    debug = true;
    ++q;
    while (q < e && (text_[q] == ' ' || text_[q] == '\t' || text_[q] == '\n'))
      ++q;
  }
  const uint32_t debug_end = q;
  char conversion = 0;
  if (q < e && text_[q] == '!') {
    const char conv = at(q + 1);
    if (q + 1 < e && (conv == 'r' || conv == 's')) {
      conversion = conv;
      q += 2;
    } else if (q + 1 < e && conv == 'a') {
      set_string_error(q, q + 2, "the '!a' conversion is not supported in f-strings");
      return false;
    } else {
      set_string_error(q, q + 1, "f-string: invalid conversion character; expected 'r' or 's'");
      return false;
    }
  }
  if (q + 1 < e && text_[q] == ':' && text_[q + 1] == '}')
    ++q; // an empty spec formats like none
  if (q < e && text_[q] == ':') {
    uint32_t r = q;
    int nest = 0;
    while (r < e && !(text_[r] == '}' && nest == 0)) {
      if (text_[r] == '{')
        ++nest;
      if (text_[r] == '}')
        --nest;
      ++r;
    }
    set_string_error(q, r, "format specifications in f-strings are not supported");
    return false;
  }
  if (q >= e || text_[q] != '}') {
    set_string_error(q, q + 1, "f-string: expecting '}'");
    return false;
  }
  ++q;
  if (debug)
    pending.append(text_ + expr_begin, debug_end - expr_begin);
  if (!pending.empty()) {
    StringPiece piece;
    piece.text = std::move(pending);
    piece.begin = pending_begin;
    piece.end = debug ? debug_end : p;
    lit.pieces.push_back(std::move(piece));
    pending.clear();
  }
  StringPiece field;
  field.is_field = true;
  field.conversion = debug && conversion == 0 ? 'r' : conversion;
  field.begin = expr_begin;
  field.end = expr_end;
  lit.pieces.push_back(std::move(field));
  p = q;
  pending_begin = q;
  return true;
}

} // namespace tsc::frontend::lexer_impl
