// frontend/token.h - The tokens the lexer produces and the parser consumes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tsc::frontend {

/// What a token is. Every keyword and operator has a kind of its own.
enum class TokenKind : uint8_t {
  // Layout and end of input.
  EndOfFile,
  Newline, // end of a logical line (never inside brackets)
  Indent,
  Dedent,
  Error, // a lexical error; the message is TokenList::errors[index]

  // Literals and names.
  Name,
  Int,    // int_value
  Float,  // float_value
  String, // TokenList::strings[index]

  // Keywords (Python 3.11's hard keywords).
  KwFalse,
  KwNone,
  KwTrue,
  KwAnd,
  KwAs,
  KwAssert,
  KwAsync,
  KwAwait,
  KwBreak,
  KwClass,
  KwContinue,
  KwDef,
  KwDel,
  KwElif,
  KwElse,
  KwExcept,
  KwFinally,
  KwFor,
  KwFrom,
  KwGlobal,
  KwIf,
  KwImport,
  KwIn,
  KwIs,
  KwLambda,
  KwNonlocal,
  KwNot,
  KwOr,
  KwPass,
  KwRaise,
  KwReturn,
  KwTry,
  KwWhile,
  KwWith,
  KwYield,

  // Brackets and punctuation.
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Semicolon,
  Dot,
  Ellipsis,
  Arrow,
  At,
  Assign,
  ColonEqual,

  // Operators.
  Plus,
  Minus,
  Star,
  Slash,
  DoubleSlash,
  Percent,
  DoubleStar,
  Tilde,
  Amp,
  Pipe,
  Caret,
  LShift,
  RShift,
  Less,
  Greater,
  LessEqual,
  GreaterEqual,
  EqEqual,
  NotEqual,

  // Augmented assignment.
  PlusEqual,
  MinusEqual,
  StarEqual,
  SlashEqual,
  DoubleSlashEqual,
  PercentEqual,
  DoubleStarEqual,
  AtEqual,
  AmpEqual,
  PipeEqual,
  CaretEqual,
  LShiftEqual,
  RShiftEqual,
};

/// One token: its kind, its byte range [begin, end) in the source, the 1-based
/// line and column (bytes) of `begin`, and a payload that depends on the kind.
/// Indent, Dedent, Newline-at-EOF and EndOfFile tokens are zero-width.
struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t line = 0;
  uint32_t col = 0;
  union {
    /// Int: the literal's value; INT64_MIN stands for the literal 2**63,
    /// valid only as the operand of a unary minus (the parser checks).
    int64_t int_value = 0;
    double float_value;    // Float
    uint32_t index;        // String: into TokenList::strings; Error: into TokenList::errors
  };
};

/// A piece of an f-string: literal text (escapes and `{{` `}}` already applied)
/// or a replacement field, whose expression text is [begin, end) of the source.
struct StringPiece {
  bool is_field = false;
  char conversion = 0; // fields: 0, 'r' or 's'
  std::string text;    // literal pieces: the decoded text
  uint32_t begin = 0;  // literal: the source text of the piece; field: the expression text
  uint32_t end = 0;
};

/// The decoded contents of one String token (one literal; adjacent literals are
/// separate tokens, folded by the parser).
struct StringLiteral {
  bool is_fstring = false;
  std::string value;               // plain strings: decoded UTF-8 value
  std::vector<StringPiece> pieces; // f-strings: literal and field pieces in order
};

/// The output of the lexer. Token payload indices point into `strings` and `errors`.
struct TokenList {
  std::vector<Token> tokens; // always ends with EndOfFile
  std::vector<StringLiteral> strings;
  std::vector<std::string> errors;
};

/// How a token kind is written in source, for messages: "'('", "'def'",
/// "newline", "end of file", "name", ...
const char* token_spelling(TokenKind kind);

} // namespace tsc::frontend
