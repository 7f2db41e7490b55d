// frontend/lexer.h - Splits source text into tokens with Python's rules.
#pragma once

#include <cstdint>

#include "frontend/token.h"
#include "ir/source_range.h"

namespace tsc::frontend {

/// Tokenizes a whole file with Python 3.11's rules: NEWLINE/INDENT/DEDENT from
/// indentation (tabs to multiples of 8, checked for consistent use against
/// tabs of width 1), implicit line joining inside brackets, backslash
/// continuation, comments, every int/float/string literal form, f-string
/// splitting. Never fails: a lexical error becomes an Error token at the
/// offending place (message in TokenList::errors) and lexing continues, so the
/// parser reports it in order with its own errors and recovers at the next
/// statement. The result ends with Newline (if the last line had tokens), a
/// Dedent per open indentation level, and EndOfFile.
TokenList tokenize(const ir::Source& source);

/// Tokenizes the bytes [begin, end) of `source` as a sequence of statements
/// (what `tokenize` does for a whole file) whose first non-blank line's
/// indentation is the outermost level: a method or a nested function taken
/// out of its file keeps its true lines and columns. `begin` is the start of
/// a line (or 0) and `end` the end of one (or the end of the text). A later
/// line indented less than the first is an "unindent does not match" error.
TokenList tokenize_fragment(const ir::Source& source, uint32_t begin, uint32_t end);

/// Tokenizes the bytes [begin, end) of `source` as an expression inside
/// brackets (no Newline/Indent/Dedent), ending with EndOfFile at `end`. Used for
/// the replacement fields of f-strings, so their tokens carry positions in the
/// enclosing file.
TokenList tokenize_expression(const ir::Source& source, uint32_t begin, uint32_t end);

} // namespace tsc::frontend
