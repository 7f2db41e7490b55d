// codegen/archive_writer.cpp - Lays out the .pt records in PyTorch's order and zips them 64-byte aligned.
#include "codegen/archive_writer.h"

#include "ir/graph.h"
#include "ir/printer.h"
#include "runtime/archive.h"
#include "runtime/pickle.h"
#include "runtime/zip.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <unordered_map>

namespace tsc::codegen {
namespace {

using runtime::Error;
using runtime::PickleValue;
using runtime::ZipMethod;

// PyTorch deflates code records larger than this (export_module.cpp kMinToCompress).
constexpr size_t kMinToCompress = 200;

// Ops whose semantics changed in a PyTorch file format version, with that
// version (torch 1.13's operator version map).
const std::unordered_map<std::string_view, int64_t>& upgraded_ops() {
  static const std::unordered_map<std::string_view, int64_t> table = {
      {"aten::div.Tensor", 4},   {"aten::div.Tensor_mode", 4},
      {"aten::div.Scalar", 4},   {"aten::div.Scalar_mode", 4},
      {"aten::div.out", 4},      {"aten::div.out_mode", 4},
      {"aten::div_.Tensor", 4},  {"aten::div_.Tensor_mode", 4},
      {"aten::div_.Scalar", 4},  {"aten::div_.Scalar_mode", 4},
      {"aten::full", 5},         {"aten::full.names", 5},
      {"aten::full.out", 5},     {"aten::linspace", 8},
      {"aten::linspace.out", 8}, {"aten::logspace", 9},
      {"aten::logspace.out", 9}, {"aten::gelu", 10},
      {"aten::gelu.out", 10},
  };
  return table;
}

// Calls `fn` on every node of `fn_graph`, nested blocks included (worklist, no recursion).
template <typename F> void for_each_node(const ir::Graph& graph, F&& visit) {
  std::vector<const ir::Block*> work = {graph.block()};
  while (!work.empty()) {
    const ir::Block* b = work.back();
    work.pop_back();
    for (ir::Node* n : b->nodes()) {
      visit(*n);
      for (const ir::Block* inner : n->blocks())
        work.push_back(inner);
    }
  }
}

std::string basename_of(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// "code/<basename>", made unique and safe as a zip name.
std::string code_record_name(const std::string& filename, std::set<std::string>& taken) {
  std::string base = basename_of(filename);
  for (char& c : base) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\\' || c == 0x7f)
      c = '_';
  }
  if (base.empty() || base == "." || base == "..")
    base = "source.py";
  // Zip names are at most 65535 bytes; real basenames are far shorter (255 on Linux).
  constexpr size_t kMaxBasename = 200;
  if (base.size() > kMaxBasename)
    base = base.substr(base.size() - kMaxBasename);
  std::string record = std::string(runtime::kCodeFolder) + base;
  size_t dot = base.find_last_of('.');
  std::string stem = dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
  std::string ext = dot == std::string::npos || dot == 0 ? "" : base.substr(dot);
  for (int n = 2; taken.count(record) != 0; ++n)
    record = std::string(runtime::kCodeFolder) + stem + "_" + std::to_string(n) + ext;
  taken.insert(record);
  return record;
}

} // namespace

std::string archive_top_folder(std::string_view path) {
  std::string base = basename_of(path);
  size_t dot = base.find_last_of('.');
  if (dot != std::string::npos)
    base.resize(dot);
  return base.empty() ? "archive" : base;
}

int64_t file_format_version(const std::vector<std::string>& qualified_op_names) {
  int64_t version = runtime::kMinProducedFileFormatVersion;
  const auto& table = upgraded_ops();
  for (const std::string& name : qualified_op_names) {
    auto it = table.find(name);
    if (it != table.end())
      version = std::max(version, it->second);
  }
  return version;
}

int64_t file_format_version(const ir::Module& module) {
  std::set<std::string> names;
  for (const auto& fn : module.functions()) {
    if (fn->graph == nullptr)
      continue;
    for_each_node(*fn->graph, [&](const ir::Node& n) {
      if (n.schema() != nullptr)
        names.insert(n.schema()->qualified_name());
    });
  }
  return file_format_version(std::vector<std::string>(names.begin(), names.end()));
}

std::vector<std::shared_ptr<const ir::Source>> collect_sources(const ir::Module& module) {
  std::vector<std::shared_ptr<const ir::Source>> out;
  std::set<std::string> seen;
  for (const auto& fn : module.functions()) {
    if (fn->graph == nullptr)
      continue;
    for_each_node(*fn->graph, [&](const ir::Node& n) {
      const ir::SourceRange& r = n.range();
      // A source without text is a placeholder for a file named in IR text
      // that was read without it; there is nothing to archive.
      if (r.is_valid() && !r.source->text().empty() && seen.insert(r.source->filename()).second)
        out.push_back(r.source);
    });
  }
  return out;
}

runtime::Result<std::string>
write_archive_to_memory(const ir::Module& module,
                        const std::vector<std::shared_ptr<const ir::Source>>& sources,
                        std::string_view top_folder) {
  TSC_ASSERT(!top_folder.empty() && top_folder.find('/') == std::string_view::npos,
             "archive top folder must be one non-empty path component");
  const std::string prefix = std::string(top_folder) + "/";

  // The manifest pairs each code/ record with the filename the IR's
  // "# file:line:col" comments use, so the loader can point ranges into it.
  std::set<std::string> taken;
  std::set<std::string> filenames;
  std::vector<std::pair<std::string, const ir::Source*>> code_records;
  std::vector<PickleValue> manifest;
  for (const auto& source : sources) {
    TSC_ASSERT(source != nullptr, "null source given to the archive writer");
    const std::string& filename = source->filename();
    if (filename.empty() || filename.find('\n') != std::string::npos ||
        filename.find('\r') != std::string::npos)
      return Error{"cannot archive source " + runtime::quote_untrusted(filename) +
                   ": its name cannot appear in IR location comments"};
    if (!filenames.insert(filename).second)
      return Error{"cannot archive two sources named " + runtime::quote_untrusted(filename)};
    std::string record = code_record_name(filename, taken);
    manifest.push_back(PickleValue::tuple({PickleValue::str(record), PickleValue::str(filename)}));
    code_records.emplace_back(std::move(record), source.get());
  }

  ir::PrintOptions print_options;
  print_options.locations = true;
  const std::string ir_text = ir::print_module(module, print_options);

  // data.pkl: the program as one module object with no attributes besides
  // `training`, byte for byte what torch.jit.save writes for a scripted
  // function (class PlaceholderModule).
  const PickleValue data =
      PickleValue::object(PickleValue::global("__torch__", "PlaceholderModule"), PickleValue::tuple({}),
                          PickleValue::dict({{PickleValue::str("training"), PickleValue::boolean(true)}}));

  const int64_t version = file_format_version(module);

  // Record order follows ScriptModuleSerializer::serialize: extra files, then
  // data.pkl (tensor data/N would precede it), code/, constants.pkl, version.
  runtime::ZipWriter zip;
  zip.add(prefix + std::string(runtime::kTscVersionRecord),
          std::to_string(runtime::kTscArchiveVersion) + "\n", ZipMethod::Stored);
  zip.add(prefix + std::string(runtime::kTscSourcesRecord),
          runtime::write_pickle(PickleValue::tuple(std::move(manifest))), ZipMethod::Stored);
  zip.add(prefix + std::string(runtime::kTscIrRecord), ir_text, ZipMethod::Stored);
  zip.add(prefix + std::string(runtime::kDataRecord), runtime::write_pickle(data), ZipMethod::Stored);
  for (const auto& [record, source] : code_records) {
    ZipMethod method = source->text().size() > kMinToCompress ? ZipMethod::Deflated : ZipMethod::Stored;
    zip.add(prefix + record, source->text(), method);
  }
  zip.add(prefix + std::string(runtime::kConstantsRecord), runtime::write_pickle(PickleValue::tuple({})),
          ZipMethod::Stored);
  // PyTorch moves the version to .data/version from version 6 on.
  std::string_view version_record = version >= 6 ? runtime::kDataVersionRecord : runtime::kVersionRecord;
  zip.add(prefix + std::string(version_record), std::to_string(version) + "\n", ZipMethod::Stored);
  return zip.finish();
}

runtime::Result<void> write_archive(const ir::Module& module,
                                    const std::vector<std::shared_ptr<const ir::Source>>& sources,
                                    const std::string& path) {
  runtime::Result<std::string> bytes = write_archive_to_memory(module, sources, archive_top_folder(path));
  if (!bytes)
    return bytes.error();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out)
    return Error{"cannot open " + runtime::quote_untrusted(path) + " for writing"};
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  out.close();
  if (!out)
    return Error{"cannot write " + runtime::quote_untrusted(path)};
  return {};
}

} // namespace tsc::codegen
