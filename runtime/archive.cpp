// runtime/archive.cpp - The .pt loader: container, version records, sources manifest, IR parse and verify.
#include "runtime/archive.h"

#include "ir/diagnostic.h"
#include "ir/parser.h"
#include "ir/verifier.h"
#include "runtime/zip.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace tsc::runtime {
namespace {

// "3", "3\n" -> 3; anything else (empty, signs, other bytes, absurd length) -> -1.
int64_t parse_version_number(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
    text.remove_suffix(1);
  if (text.empty() || text.size() > 9)
    return -1;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9')
      return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Renders a diagnostic's location: "line L" inside the IR record itself,
// "file:line:col" when the IR's location comments point into a source file.
std::string diagnostic_text(const ir::Diagnostic& d, const ir::Source* ir_source) {
  if (!d.range.is_valid())
    return d.message;
  if (d.range.source.get() == ir_source)
    return "line " + std::to_string(d.range.line) + ": " + d.message;
  return d.message + " (at " + d.range.filename() + ":" + std::to_string(d.range.line) + ":" +
         std::to_string(d.range.col) + ")";
}

std::string first_error(const ir::DiagnosticEngine& diag, const ir::Source* ir_source) {
  for (const ir::Diagnostic& d : diag.diagnostics()) {
    if (d.severity != ir::Severity::Error)
      continue;
    std::string text = diagnostic_text(d, ir_source);
    if (diag.error_count() > 1)
      text += " (and " + std::to_string(diag.error_count() - 1) + " more errors)";
    return text;
  }
  return "rejected without a message";
}

class ArchiveLoader {
public:
  ArchiveLoader(std::string_view bytes, std::string_view display_name, const LoadOptions& options)
      : bytes_(bytes), label_("archive " + quote_untrusted(display_name) + ": "), options_(options) {}

  Result<Archive> run() {
    Result<ZipReader> zip = ZipReader::open(bytes_);
    if (!zip)
      return Error{label_ + zip.error().message};
    zip_.emplace(std::move(zip).value());
    if (zip_->entries().empty())
      return Error{label_ + "the zip has no records"};

    // The top folder is the first record's, as PyTorch's reader takes it.
    const std::string& first = zip_->entries().front().name;
    size_t slash = first.find('/');
    if (slash == std::string::npos || slash == 0)
      return Error{label_ + "record " + quote_untrusted(first) + " is not inside a top folder"};
    archive_.prefix = first.substr(0, slash + 1);

    if (Result<void> r = check_versions(); !r)
      return r.error();
    if (Result<void> r = load_sources(); !r)
      return r.error();
    if (Result<void> r = load_ir(); !r)
      return r.error();
    if (Result<void> r = load_pickles(); !r)
      return r.error();
    return std::move(archive_);
  }

private:
  std::string full(std::string_view record) const { return archive_.prefix + std::string(record); }
  Error fail(std::string_view record, const std::string& msg) const {
    return Error{label_ + "record " + quote_untrusted(full(record)) + ": " + msg};
  }

  Result<std::string> read(std::string_view record, uint64_t max_size) {
    const ZipEntry* entry = zip_->find(full(record));
    if (entry == nullptr)
      return Error{label_ + "record " + quote_untrusted(full(record)) + " is missing"};
    Result<std::string> data = zip_->read(*entry, max_size, options_.check_crc);
    if (!data)
      return Error{label_ + data.error().message};
    return data;
  }

  Result<PickleValue> read_pickle_record(std::string_view record) {
    Result<std::string> bytes = read(record, kMaxPickleRecordSize);
    if (!bytes)
      return bytes.error();
    Result<PickleValue> value = read_pickle(*bytes);
    if (!value)
      return fail(record, value.error().message);
    return value;
  }

  Result<void> check_versions() {
    // PyTorch writes `.data/version` from format version 6 on, `version` before.
    std::string_view record =
        zip_->find(full(kDataVersionRecord)) != nullptr ? kDataVersionRecord : kVersionRecord;
    Result<std::string> text = read(record, 64);
    if (!text)
      return text.error();
    int64_t v = parse_version_number(*text);
    if (v < 0)
      return fail(record, "expected a decimal version number, found " + quote_untrusted(*text));
    if (v < kMinFileFormatVersion || v > kMaxFileFormatVersion)
      return fail(record, "unsupported format version " + std::to_string(v) + " (this build reads versions " +
                              std::to_string(kMinFileFormatVersion) + " to " +
                              std::to_string(kMaxFileFormatVersion) + ")");
    archive_.file_format_version = v;

    if (zip_->find(full(kTscVersionRecord)) == nullptr)
      return Error{label_ + "record " + quote_untrusted(full(kTscVersionRecord)) +
                   " is missing; the archive was not written by tsc (a PyTorch archive has no IR to load)"};
    Result<std::string> tsc_text = read(kTscVersionRecord, 64);
    if (!tsc_text)
      return tsc_text.error();
    int64_t tv = parse_version_number(*tsc_text);
    if (tv < 0)
      return fail(kTscVersionRecord,
                  "expected a decimal version number, found " + quote_untrusted(*tsc_text));
    if (tv != kTscArchiveVersion)
      return fail(kTscVersionRecord, "unsupported tsc archive version " + std::to_string(tv) +
                                         " (this build reads version " + std::to_string(kTscArchiveVersion) +
                                         ")");
    return {};
  }

  // extra/tsc/sources.pkl: ((record, filename), ...) for every code/ record.
  Result<void> load_sources() {
    Result<PickleValue> manifest = read_pickle_record(kTscSourcesRecord);
    if (!manifest)
      return manifest.error();
    if (!manifest->is(PickleKind::Tuple))
      return fail(kTscSourcesRecord,
                  "expected a tuple of (record, filename) pairs, found " + manifest->repr());
    std::set<std::string> records;
    for (const PickleValue& pair : manifest->items()) {
      if (!pair.is(PickleKind::Tuple) || pair.size() != 2 || !pair.items()[0].is(PickleKind::Str) ||
          !pair.items()[1].is(PickleKind::Str))
        return fail(kTscSourcesRecord, "expected a (record, filename) pair of strings, found " + pair.repr());
      const std::string& record = pair.items()[0].as_str();
      const std::string& filename = pair.items()[1].as_str();
      if (record.compare(0, kCodeFolder.size(), kCodeFolder) != 0 || record.size() == kCodeFolder.size())
        return fail(kTscSourcesRecord, "source record " + quote_untrusted(record) + " is not in 'code/'");
      if (filename.empty() || filename.find('\n') != std::string::npos)
        return fail(kTscSourcesRecord, "source record " + quote_untrusted(record) +
                                           " has an invalid filename " + quote_untrusted(filename));
      if (!records.insert(record).second || by_filename_.count(filename) != 0)
        return fail(kTscSourcesRecord, "source " + quote_untrusted(record) + " (" +
                                           quote_untrusted(filename) + ") is listed twice");
      Result<std::string> text = read(record, kMaxTextRecordSize);
      if (!text)
        return text.error();
      auto source = std::make_shared<const ir::Source>(filename, std::move(text).value());
      by_filename_.emplace(filename, source);
      archive_.sources.push_back(std::move(source));
    }
    return {};
  }

  Result<void> load_ir() {
    Result<std::string> text = read(kTscIrRecord, kMaxTextRecordSize);
    if (!text)
      return text.error();
    auto ir_source = std::make_shared<const ir::Source>(full(kTscIrRecord), std::move(text).value());
    ir::DiagnosticEngine diag;
    ir::SourceLookup lookup = [this](const std::string& filename) -> std::shared_ptr<const ir::Source> {
      auto it = by_filename_.find(filename);
      return it == by_filename_.end() ? nullptr : it->second;
    };
    std::unique_ptr<ir::Module> module = ir::parse_module(ir_source, diag, lookup);
    if (module == nullptr || diag.has_errors())
      return fail(kTscIrRecord, first_error(diag, ir_source.get()));
    if (!ir::verify(*module, diag))
      return fail(kTscIrRecord, "invalid IR: " + first_error(diag, ir_source.get()));
    archive_.module = std::move(module);
    return {};
  }

  Result<void> load_pickles() {
    Result<PickleValue> data = read_pickle_record(kDataRecord);
    if (!data)
      return data.error();
    if (!data->is(PickleKind::Object) || !data->callable().is(PickleKind::Global))
      return fail(kDataRecord,
                  "expected the top-level module object (GLOBAL, NEWOBJ), found " + data->repr());
    archive_.data = std::move(data).value();

    Result<PickleValue> constants = read_pickle_record(kConstantsRecord);
    if (!constants)
      return constants.error();
    if (!constants->is(PickleKind::Tuple))
      return fail(kConstantsRecord, "expected a tuple of tensor constants, found " + constants->repr());
    if (constants->size() != 0)
      return fail(kConstantsRecord, "has " + std::to_string(constants->size()) +
                                        " tensor constants; this build loads none (no tensors yet)");
    return {};
  }

  std::string_view bytes_;
  std::string label_;
  LoadOptions options_;
  std::optional<ZipReader> zip_;
  Archive archive_;
  std::map<std::string, std::shared_ptr<const ir::Source>> by_filename_;
};

} // namespace

Result<Archive> load_archive_from_memory(std::string_view bytes, std::string_view display_name,
                                         const LoadOptions& options) {
  return ArchiveLoader(bytes, display_name, options).run();
}

Result<Archive> load_archive(const std::string& path, const LoadOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    bool exists = std::filesystem::exists(path, ec);
    return Error{"cannot open archive " + quote_untrusted(path) + (exists ? ": not a regular file" : "")};
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in)
    return Error{"cannot open archive " + quote_untrusted(path)};
  std::streamoff size = in.tellg();
  std::string bytes;
  if (size > 0) {
    bytes.resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(bytes.data(), size);
  }
  if (!in)
    return Error{"cannot read archive " + quote_untrusted(path)};
  return load_archive_from_memory(bytes, path, options);
}

} // namespace tsc::runtime
