// ir/source_range.cpp - Line indexing of sources and the ranges into them.
#include "ir/source_range.h"

#include "ir/assert.h"

#include <algorithm>

namespace tsc::ir {

Source::Source(std::string filename, std::string text)
    : filename_(std::move(filename)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n')
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
}

uint32_t Source::line_of(uint32_t offset) const {
  // The last line start that is <= offset; line_starts_[0] == 0 so there is one.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<uint32_t>(it - line_starts_.begin());
}

uint32_t Source::col_of(uint32_t offset) const {
  uint32_t line = line_of(offset);
  return offset - line_starts_[line - 1] + 1;
}

uint32_t Source::offset_of(uint32_t line, uint32_t col) const {
  line = std::clamp<uint32_t>(line, 1, num_lines());
  if (col == 0)
    col = 1;
  uint64_t offset = uint64_t{line_starts_[line - 1]} + (col - 1);
  return static_cast<uint32_t>(std::min<uint64_t>(offset, text_.size()));
}

std::string_view Source::line_text(uint32_t line) const {
  if (line == 0 || line > num_lines())
    return {};
  size_t begin = line_starts_[line - 1];
  size_t end = text_.find('\n', begin);
  if (end == std::string::npos)
    end = text_.size();
  return std::string_view(text_).substr(begin, end - begin);
}

SourceRange::SourceRange(std::shared_ptr<const Source> src, uint32_t b, uint32_t e)
    : source(std::move(src)), begin(b), end(e) {
  if (source) {
    line = source->line_of(begin);
    col = source->col_of(begin);
  }
}

std::string_view SourceRange::text() const {
  if (!source)
    return {};
  const std::string& t = source->text();
  if (begin >= t.size() || end <= begin)
    return {};
  return std::string_view(t).substr(begin, std::min<size_t>(end, t.size()) - begin);
}

const std::string& SourceRange::filename() const {
  static const std::string kEmpty;
  return source ? source->filename() : kEmpty;
}

SourceRange SourceRange::join(const SourceRange& a, const SourceRange& b) {
  if (!a.is_valid())
    return b;
  if (!b.is_valid())
    return a;
  TSC_ASSERT(a.source == b.source, "joining ranges of different sources");
  // For text-less sources begin/end carry no information; line/col order decides.
  bool a_first =
      a.begin != b.begin ? a.begin < b.begin : (a.line != b.line ? a.line < b.line : a.col <= b.col);
  const SourceRange& first = a_first ? a : b;
  return SourceRange(a.source, std::min(a.begin, b.begin), std::max(a.end, b.end), first.line, first.col);
}

} // namespace tsc::ir
