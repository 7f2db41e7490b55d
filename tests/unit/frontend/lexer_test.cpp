// tests/unit/frontend/lexer_test.cpp - Tokens, literal values, layout and lexical errors.
#include "frontend/lexer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace tsc::frontend {
namespace {

using K = TokenKind;

struct Lexed {
  std::shared_ptr<ir::Source> source;
  TokenList list;

  const Token& tok(size_t i) const { return list.tokens.at(i); }
  std::string text(size_t i) const {
    const Token& t = tok(i);
    return source->text().substr(t.begin, t.end - t.begin);
  }
  std::vector<K> kinds() const {
    std::vector<K> out;
    for (const Token& t : list.tokens)
      out.push_back(t.kind);
    return out;
  }
  /// The first Error token, rendered as "line:col: message".
  std::string first_error() const {
    for (const Token& t : list.tokens) {
      if (t.kind == K::Error)
        return std::to_string(t.line) + ":" + std::to_string(t.col) + ": " + list.errors.at(t.index);
    }
    return "";
  }
};

Lexed lex(const std::string& text) {
  Lexed l;
  l.source = std::make_shared<ir::Source>("t.py", text);
  l.list = tokenize(*l.source);
  return l;
}

/// The value of `x = <literal>`: the third token.
const Token& literal(const Lexed& l) {
  REQUIRE(l.list.tokens.size() > 2);
  return l.tok(2);
}

int64_t int_value(const std::string& literal_text) {
  Lexed l = lex("x = " + literal_text + "\n");
  const Token& t = literal(l);
  INFO(literal_text << " -> " << l.first_error());
  REQUIRE(t.kind == K::Int);
  CHECK(l.tok(3).kind == K::Newline);
  return t.int_value;
}

double float_value(const std::string& literal_text) {
  Lexed l = lex("x = " + literal_text + "\n");
  const Token& t = literal(l);
  INFO(literal_text << " -> " << l.first_error());
  REQUIRE(t.kind == K::Float);
  CHECK(l.tok(3).kind == K::Newline);
  return t.float_value;
}

std::string str_value(const std::string& literal_text) {
  Lexed l = lex("x = " + literal_text + "\n");
  const Token& t = literal(l);
  INFO(literal_text << " -> " << l.first_error());
  REQUIRE(t.kind == K::String);
  const StringLiteral& s = l.list.strings.at(t.index);
  CHECK_FALSE(s.is_fstring);
  return s.value;
}

std::string error_of(const std::string& text) {
  return lex(text).first_error();
}

TEST_CASE("decimal, hexadecimal, octal and binary integers have Python's values", "[frontend][lexer]") {
  CHECK(int_value("0") == 0);
  CHECK(int_value("00") == 0);
  CHECK(int_value("0_0") == 0);
  CHECK(int_value("7") == 7);
  CHECK(int_value("1_000") == 1000);
  CHECK(int_value("1_000_000") == 1000000);
  CHECK(int_value("0xFF") == 255);
  CHECK(int_value("0XdeadBEEF") == 0xDEADBEEF);
  CHECK(int_value("0x_ff") == 255);
  CHECK(int_value("0o17") == 15);
  CHECK(int_value("0O17") == 15);
  CHECK(int_value("0b1010") == 10);
  CHECK(int_value("0B1_0") == 2);
  CHECK(int_value("9223372036854775807") == INT64_MAX);
  CHECK(int_value("0x7FFF_FFFF_FFFF_FFFF") == INT64_MAX);
  // 2**63 lexes to its marker; the parser accepts it only after a unary minus.
  CHECK(int_value("9223372036854775808") == INT64_MIN);
  CHECK(int_value("0x8000_0000_0000_0000") == INT64_MIN);
}

TEST_CASE("malformed integers are errors at the literal", "[frontend][lexer]") {
  CHECK(error_of("x = 007\n") == "1:5: leading zeros in decimal integer literals are not permitted");
  CHECK(error_of("x = 0_7\n") == "1:5: leading zeros in decimal integer literals are not permitted");
  CHECK(error_of("x = 1__0\n") == "1:5: invalid decimal literal");
  CHECK(error_of("x = 1_\n") == "1:5: invalid decimal literal");
  CHECK(error_of("x = 1abc\n") == "1:5: invalid decimal literal");
  CHECK(error_of("x = 0x\n") == "1:5: invalid hexadecimal literal");
  CHECK(error_of("x = 0x1_\n") == "1:5: invalid hexadecimal literal");
  CHECK(error_of("x = 0b2\n") == "1:7: invalid digit '2' in binary literal");
  CHECK(error_of("x = 0o8\n") == "1:7: invalid digit '8' in octal literal");
  CHECK(error_of("x = 9223372036854775809\n") ==
        "1:5: integer literal '9223372036854775809' does not fit in 64 bits");
  CHECK(error_of("x = 0x8000_0000_0000_0001\n") ==
        "1:5: integer literal '0x8000_0000_0000_0001' does not fit in 64 bits");
  CHECK(error_of("x = 99999999999999999999\n") ==
        "1:5: integer literal '99999999999999999999' does not fit in 64 bits");
  CHECK(error_of("x = 1j\n") == "1:5: complex numbers are not supported");
  CHECK(error_of("x = 1.5J\n") == "1:5: complex numbers are not supported");
}

TEST_CASE("a number may run into a keyword as in Python", "[frontend][lexer]") {
  // `1if x else 2` is valid Python (with a warning): the literal ends before 'if'.
  Lexed l = lex("y = 1if x else 2\n");
  CHECK(l.kinds() == std::vector<K>{K::Name, K::Assign, K::Int, K::KwIf, K::Name, K::KwElse, K::Int,
                                    K::Newline, K::EndOfFile});
  Lexed e = lex("y = 1else\n");
  CHECK(e.tok(2).kind == K::Int);
  CHECK(e.tok(3).kind == K::KwElse);
}

TEST_CASE("floats have Python's values", "[frontend][lexer]") {
  CHECK(float_value("1.5") == 1.5);
  CHECK(float_value("1.") == 1.0);
  CHECK(float_value(".5") == 0.5);
  CHECK(float_value("1e3") == 1000.0);
  CHECK(float_value("1.5E-3") == 0.0015);
  CHECK(float_value("1e-3") == 0.001);
  CHECK(float_value("1.e2") == 100.0);
  CHECK(float_value("1_000.0") == 1000.0);
  CHECK(float_value("1_0.0_1e+1_0") == 10.01e10);
  CHECK(float_value("0e0") == 0.0);
  CHECK(float_value("09.5") == 9.5);
  CHECK(float_value("0.1") == 0.1);
  CHECK(std::isinf(float_value("1e400")));
  CHECK(float_value("1e-400") == 0.0);
  CHECK(error_of("x = 1e+\n") == "1:5: invalid decimal literal");
  CHECK(error_of("x = 1._5\n") == "1:5: invalid decimal literal");
}

TEST_CASE("string escapes decode as in Python", "[frontend][lexer]") {
  CHECK(str_value(R"('\x41')") == "A");
  CHECK(str_value(R"('\u00e9')") == "\xC3\xA9"); // é in UTF-8
  CHECK(str_value(R"('\U0001F600')") == "\xF0\x9F\x98\x80");
  CHECK(str_value(R"('\101')") == "A");
  CHECK(str_value(R"('\0')") == std::string(1, '\0'));
  CHECK(str_value(R"('\777')") == "\xC7\xBF"); // U+01FF
  CHECK(str_value(R"('\n\t\r\\\'\"')") == "\n\t\r\\'\"");
  CHECK(str_value(R"('\a\b\f\v')") == "\a\b\f\v");
  CHECK(str_value(R"('\q\{')") == "\\q\\{"); // unknown escapes keep the backslash
  CHECK(str_value("'line\\\ncont'") == "linecont");
  CHECK(str_value("\"it's\"") == "it's");
  CHECK(str_value("'\xC3\xA9\xE2\x9C\x93'") == "\xC3\xA9\xE2\x9C\x93");
  CHECK(str_value("u'x'") == "x");
}

TEST_CASE("raw and triple-quoted strings", "[frontend][lexer]") {
  CHECK(str_value(R"(r'\n')") == "\\n");
  CHECK(str_value(R"(R"\x41")") == "\\x41");
  CHECK(str_value(R"(r"\"")") == "\\\"");
  CHECK(str_value(R"(r'\\')") == "\\\\");
  CHECK(str_value("'''multi\nline'''") == "multi\nline");
  CHECK(str_value("\"\"\"a\"b\"\"c\"\"\"") == "a\"b\"\"c");
  CHECK(str_value("'''crlf\r\nline'''") == "crlf\nline");
  CHECK(str_value("''") == "");
  CHECK(str_value("''''''") == "");
}

TEST_CASE("a string token spans its lines and the next token's line is right", "[frontend][lexer]") {
  Lexed l = lex("x = '''a\nb''' + y\n");
  CHECK(l.tok(2).kind == K::String);
  CHECK(l.tok(2).line == 1);
  CHECK(l.tok(2).col == 5);
  CHECK(l.tok(3).kind == K::Plus);
  CHECK(l.tok(3).line == 2);
  CHECK(l.tok(3).col == 6);
  CHECK(l.tok(4).col == 8);
}

TEST_CASE("string errors point at the literal or the escape", "[frontend][lexer]") {
  CHECK(error_of("x = b'a'\n") == "1:5: bytes literals are not supported");
  CHECK(error_of("x = rb'a'\n") == "1:5: bytes literals are not supported");
  CHECK(error_of("x = 'ab\\x4'\n") == "1:8: truncated \\xXX escape");
  CHECK(error_of("x = '\\u12'\n") == "1:6: truncated \\uXXXX escape");
  CHECK(error_of("x = '\\U00110000'\n") == "1:6: illegal Unicode character in escape");
  CHECK(error_of("x = '\\N{BULLET}'\n") == "1:6: '\\N{...}' escapes are not supported");
  CHECK(error_of("x = 'abc\ny = 1\n") == "1:5: unterminated string literal");
  CHECK(error_of("x = '''abc\ny = 1\n") == "1:5: unterminated triple-quoted string literal");
  // The rest of the file still lexes after an unterminated single-quoted string.
  Lexed l = lex("x = 'abc\ny = 1\n");
  CHECK(l.kinds() == std::vector<K>{K::Name, K::Assign, K::Error, K::Newline, K::Name, K::Assign, K::Int,
                                    K::Newline, K::EndOfFile});
}

TEST_CASE("adjacent string literals stay separate tokens", "[frontend][lexer]") {
  Lexed l = lex("x = 'a' \"b\" r'c'\n");
  CHECK(l.kinds() ==
        std::vector<K>{K::Name, K::Assign, K::String, K::String, K::String, K::Newline, K::EndOfFile});
  CHECK(l.list.strings.at(l.tok(3).index).value == "b");
}

TEST_CASE("f-strings split into literal and field pieces", "[frontend][lexer]") {
  Lexed l = lex("x = f\"a{x!r}b{{}}{y}\"\n");
  const Token& t = literal(l);
  REQUIRE(t.kind == K::String);
  const StringLiteral& s = l.list.strings.at(t.index);
  CHECK(s.is_fstring);
  REQUIRE(s.pieces.size() == 4);
  CHECK_FALSE(s.pieces[0].is_field);
  CHECK(s.pieces[0].text == "a");
  CHECK(s.pieces[1].is_field);
  CHECK(s.pieces[1].conversion == 'r');
  CHECK(l.source->text().substr(s.pieces[1].begin, s.pieces[1].end - s.pieces[1].begin) == "x");
  CHECK(s.pieces[2].text == "b{}");
  CHECK(s.pieces[3].is_field);
  CHECK(s.pieces[3].conversion == 0);
  CHECK(l.source->text().substr(s.pieces[3].begin, s.pieces[3].end - s.pieces[3].begin) == "y");
}

TEST_CASE("f-string fields end at Python 3.11's delimiters", "[frontend][lexer]") {
  auto field_text = [](const std::string& src, size_t piece) {
    Lexed l = lex(src);
    const Token& t = literal(l);
    INFO(src << " -> " << l.first_error());
    REQUIRE(t.kind == K::String);
    const StringLiteral& s = l.list.strings.at(t.index);
    REQUIRE(s.pieces.size() > piece);
    const StringPiece& p = s.pieces[piece];
    return std::string(p.is_field ? "field " : "text ") +
           (p.is_field ? l.source->text().substr(p.begin, p.end - p.begin) : p.text);
  };
  CHECK(field_text("x = f'{a != b}'\n", 0) == "field a != b");
  CHECK(field_text("x = f'{a == b}'\n", 0) == "field a == b");
  CHECK(field_text("x = f'{d[\"k\"]}'\n", 0) == "field d[\"k\"]");
  CHECK(field_text("x = f'{ {1: 2}[1] }'\n", 0) == "field  {1: 2}[1] ");
  CHECK(field_text("x = f'{x[1:2]}'\n", 0) == "field x[1:2]");
  CHECK(field_text("x = f'{x!s}'\n", 0) == "field x");
  // An empty format spec is no spec: format(x, '') == str(x).
  CHECK(field_text("x = f'{x:}'\n", 0) == "field x");
  // Self-documenting fields: the text up to the '=' is literal, the value is repr'd.
  CHECK(field_text("x = f'{a + b = }'\n", 0) == "text a + b = ");
  CHECK(field_text("x = f'{a + b = }'\n", 1) == "field a + b ");
  Lexed l = lex("x = f'{y=}'\n");
  CHECK(l.list.strings.at(literal(l).index).pieces.at(1).conversion == 'r');
  // Raw f-strings keep backslashes in literal text.
  CHECK(field_text("x = rf'\\n{y}'\n", 0) == "text \\n");
  // A non-raw f-string applies escapes; `\{` is an unknown escape and the brace opens a field.
  CHECK(field_text("x = f'\\t\\{6}'\n", 0) == "text \t\\");
  CHECK(field_text("x = f'\\t\\{6}'\n", 1) == "field 6");
}

TEST_CASE("f-string errors point into the string", "[frontend][lexer]") {
  CHECK(error_of("x = f'{x:>3}'\n") == "1:9: format specifications in f-strings are not supported");
  CHECK(error_of("x = f'{}'\n") == "1:8: f-string: empty expression not allowed");
  CHECK(error_of("x = f'{ }'\n") == "1:9: f-string: empty expression not allowed");
  CHECK(error_of("x = f'}'\n") == "1:7: f-string: single '}' is not allowed");
  CHECK(error_of("x = f'{x'\n") == "1:9: f-string: expecting '}'");
  CHECK(error_of("x = f'{x!z}'\n") == "1:9: f-string: invalid conversion character; expected 'r' or 's'");
  CHECK(error_of("x = f'{x!a}'\n") == "1:9: the '!a' conversion is not supported in f-strings");
  CHECK(error_of("x = f'{x#}'\n") == "1:9: f-string expression part cannot include '#'");
  CHECK(error_of("x = f'{\"\\n\"}'\n") == "1:9: f-string expression part cannot include a backslash");
}

TEST_CASE("tokenize_expression lexes an f-string field with file positions", "[frontend][lexer]") {
  auto source = std::make_shared<ir::Source>("t.py", "x = 1\ny = f'{a +\n b}'\n");
  // The field `a +\n b` starts at offset 13 (line 2, col 8).
  TokenList l = tokenize_expression(*source, 13, 19);
  REQUIRE(l.tokens.size() == 4);
  CHECK(l.tokens[0].kind == K::Name);
  CHECK(l.tokens[0].line == 2);
  CHECK(l.tokens[0].col == 8);
  CHECK(l.tokens[1].kind == K::Plus);
  CHECK(l.tokens[2].kind == K::Name); // no Newline inside the field
  CHECK(l.tokens[2].line == 3);
  CHECK(l.tokens[2].col == 2);
  CHECK(l.tokens[3].kind == K::EndOfFile);
}

TEST_CASE("indentation produces Indent and Dedent tokens", "[frontend][lexer]") {
  Lexed l = lex("if x:\n    y\n    if z:\n        w\nv\n");
  CHECK(l.kinds() == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                                    K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                                    K::Dedent, K::Dedent, K::Name, K::Newline, K::EndOfFile});
  // Layout tokens sit at the first token of their line.
  CHECK(l.tok(4).line == 2);
  CHECK(l.tok(4).col == 5);
  CHECK(l.tok(14).line == 5);
  CHECK(l.tok(14).col == 1);
}

TEST_CASE("blank lines, comments and type comments do not affect layout", "[frontend][lexer]") {
  Lexed l = lex("def f(x):  # type: (int) -> int\n\n        # deeper comment\n    return x\n  # shallower\n");
  CHECK(l.kinds() == std::vector<K>{K::KwDef, K::Name, K::LParen, K::Name, K::RParen, K::Colon, K::Newline,
                                    K::Indent, K::KwReturn, K::Name, K::Newline, K::Dedent, K::EndOfFile});
}

TEST_CASE("the end of the file closes the last line and every block", "[frontend][lexer]") {
  Lexed l = lex("if x:\n  if y:\n    z");
  CHECK(l.kinds() == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::KwIf, K::Name,
                                    K::Colon, K::Newline, K::Indent, K::Name, K::Newline, K::Dedent,
                                    K::Dedent, K::EndOfFile});
  CHECK(lex("").kinds() == std::vector<K>{K::EndOfFile});
  CHECK(lex("\n\n# only a comment\n").kinds() == std::vector<K>{K::EndOfFile});
}

TEST_CASE("brackets join lines and backslashes continue them", "[frontend][lexer]") {
  Lexed l = lex("x = (1,\n  2)\ny = 1 + \\\n    2\n");
  CHECK(l.kinds() == std::vector<K>{K::Name, K::Assign, K::LParen, K::Int, K::Comma, K::Int, K::RParen,
                                    K::Newline, K::Name, K::Assign, K::Int, K::Plus, K::Int, K::Newline,
                                    K::EndOfFile});
  CHECK(l.tok(5).line == 2);
  CHECK(l.tok(5).col == 3);
  CHECK(l.tok(12).line == 4);
  CHECK(l.tok(12).col == 5);
}

TEST_CASE("tabs count to the next multiple of eight", "[frontend][lexer]") {
  // A tab-indented block followed by a line with the same tab is one block.
  Lexed l = lex("if x:\n\ty\n\tz\n");
  CHECK(l.kinds() == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                                    K::Name, K::Newline, K::Dedent, K::EndOfFile});
  CHECK(l.tok(5).col == 2); // columns count bytes
}

TEST_CASE("layout errors follow Python's rules", "[frontend][lexer]") {
  CHECK(error_of("if x:\n    a\n  b\n") == "3:3: unindent does not match any outer indentation level");
  CHECK(error_of("if x:\n\tif y:\n        a\n") == "3:1: inconsistent use of tabs and spaces in indentation");
  CHECK(error_of("if x:\n        a\n\tb\n") == "3:1: inconsistent use of tabs and spaces in indentation");
  CHECK(error_of("x = 1 \\ 2\n") == "1:7: unexpected character after line continuation character");
}

TEST_CASE("a line that fails to dedent continues its block at the new column", "[frontend][lexer]") {
  // After the error the block goes on at column 3, so the next line lexes cleanly.
  Lexed l = lex("if x:\n    a\n  b\n  c\nd\n");
  CHECK(l.kinds() == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::Name, K::Newline,
                                    K::Error, K::Name, K::Newline, K::Name, K::Newline, K::Dedent, K::Name,
                                    K::Newline, K::EndOfFile});
}

TEST_CASE("bracket errors name the bracket", "[frontend][lexer]") {
  CHECK(error_of("x = 1)\n") == "1:6: unmatched ')'");
  CHECK(error_of("x = [1, 2)\n") == "1:10: closing parenthesis ')' does not match opening parenthesis '['");
  CHECK(error_of("x = (1,\n  2]\n") ==
        "2:4: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  CHECK(error_of("x = (1,\n") == "1:5: '(' was never closed");
  CHECK(error_of("f(g(1,\n") == "1:4: '(' was never closed"); // the innermost, as CPython
}

TEST_CASE("a statement keyword inside brackets ends the unclosed bracket", "[frontend][lexer]") {
  Lexed l = lex("x = foo(1,\ndef g():\n    return 1\n");
  CHECK(l.first_error() == "1:8: '(' was never closed");
  CHECK(l.kinds() == std::vector<K>{K::Name, K::Assign, K::Name, K::Error, K::Int, K::Comma, K::Newline,
                                    K::KwDef, K::Name, K::LParen, K::RParen, K::Colon, K::Newline, K::Indent,
                                    K::KwReturn, K::Int, K::Newline, K::Dedent, K::EndOfFile});
  // Keywords that can continue an expression do not end it.
  CHECK(lex("x = (a\nif b else c)\n").first_error().empty());
  CHECK(lex("x = [a\nfor a in b]\n").first_error().empty());
}

TEST_CASE("invalid characters are reported with their spelling", "[frontend][lexer]") {
  CHECK(error_of("x = $\n") == "1:5: invalid character '$'");
  CHECK(error_of("x = a ? b\n") == "1:7: invalid character '?'");
  CHECK(error_of("x = a ! b\n") == "1:7: invalid character '!'");
  CHECK(error_of("x = \xE2\x82\xAC\n") == "1:5: invalid character '\xE2\x82\xAC' (U+20AC)");
  CHECK(error_of("x = \xFF\n") == "1:5: invalid non-UTF-8 byte 0xFF");
  CHECK(error_of(std::string("x = \0\n", 6)) == "1:5: source code cannot contain null bytes");
}

TEST_CASE("identifiers may be non-ASCII and soft keywords are names", "[frontend][lexer]") {
  Lexed l = lex("\xC3\xA9t\xC3\xA9 = match + case + _\n");
  CHECK(l.kinds() == std::vector<K>{K::Name, K::Assign, K::Name, K::Plus, K::Name, K::Plus, K::Name,
                                    K::Newline, K::EndOfFile});
  CHECK(l.text(0) == "\xC3\xA9t\xC3\xA9");
  CHECK(l.tok(1).col == 7); // columns are bytes
  CHECK(lex("True False None and not").kinds() ==
        std::vector<K>{K::KwTrue, K::KwFalse, K::KwNone, K::KwAnd, K::KwNot, K::Newline, K::EndOfFile});
}

TEST_CASE("every operator is one token", "[frontend][lexer]") {
  Lexed l = lex("+= -= *= /= //= %= **= @= &= |= ^= <<= >>= -> := ... == != <= >= << >> // ** . @ ~\n");
  CHECK(
      l.kinds() ==
      std::vector<K>{K::PlusEqual,    K::MinusEqual,      K::StarEqual,   K::SlashEqual, K::DoubleSlashEqual,
                     K::PercentEqual, K::DoubleStarEqual, K::AtEqual,     K::AmpEqual,   K::PipeEqual,
                     K::CaretEqual,   K::LShiftEqual,     K::RShiftEqual, K::Arrow,      K::ColonEqual,
                     K::Ellipsis,     K::EqEqual,         K::NotEqual,    K::LessEqual,  K::GreaterEqual,
                     K::LShift,       K::RShift,          K::DoubleSlash, K::DoubleStar, K::Dot,
                     K::At,           K::Tilde,           K::Newline,     K::EndOfFile});
  for (size_t i = 0; i + 2 < l.list.tokens.size(); ++i)
    CHECK(l.tok(i).kind != K::Error);
}

TEST_CASE("tokens carry 1-based line and byte column", "[frontend][lexer]") {
  Lexed l = lex("a = 1\n\n  # c\nbb  =  22\n");
  REQUIRE(l.list.tokens.size() >= 7);
  CHECK(l.tok(4).line == 4);
  CHECK(l.tok(4).col == 1);
  CHECK(l.text(4) == "bb");
  CHECK(l.tok(5).col == 5);
  CHECK(l.tok(6).col == 8);
  CHECK(l.text(6) == "22");
}

} // namespace
} // namespace tsc::frontend
