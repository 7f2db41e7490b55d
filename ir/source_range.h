// ir/source_range.h - Source files and the ranges that tokens, AST and IR nodes carry.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tsc::ir {

/// The text of one source file (or of one IR text), with a line index.
/// Immutable once built; shared by every range that points into it.
class Source {
 public:
  Source(std::string filename, std::string text);

  const std::string& filename() const { return filename_; }
  const std::string& text() const { return text_; }

  /// 1-based line of a byte offset (offset == text().size() is the last line).
  uint32_t line_of(uint32_t offset) const;
  /// 1-based column (in bytes) of a byte offset.
  uint32_t col_of(uint32_t offset) const;
  /// Byte offset of a 1-based line/column, clamped to the text.
  uint32_t offset_of(uint32_t line, uint32_t col) const;
  /// The text of a 1-based line, without its newline; empty past the end.
  std::string_view line_text(uint32_t line) const;
  uint32_t num_lines() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string filename_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

/// A half-open byte range [begin, end) in a Source, with the 1-based line and
/// column of `begin` cached. A default-constructed range is invalid (no source);
/// a range read back from IR text may have a source without text, in which case
/// only line and col are meaningful.
struct SourceRange {
  std::shared_ptr<const Source> source;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t line = 0;
  uint32_t col = 0;

  SourceRange() = default;
  /// Range [begin, end) of `src`; computes line and col.
  SourceRange(std::shared_ptr<const Source> src, uint32_t b, uint32_t e);
  /// Range with an explicit line/col (used by the lexer, which tracks them).
  SourceRange(std::shared_ptr<const Source> src, uint32_t b, uint32_t e, uint32_t ln, uint32_t cl)
      : source(std::move(src)), begin(b), end(e), line(ln), col(cl) {}

  bool is_valid() const { return source != nullptr; }
  /// The covered text (empty when the source has no text).
  std::string_view text() const;
  const std::string& filename() const;
  /// The smallest range covering both (both must be in the same source; an
  /// invalid operand yields the other).
  static SourceRange join(const SourceRange& a, const SourceRange& b);
};

}  // namespace tsc::ir
