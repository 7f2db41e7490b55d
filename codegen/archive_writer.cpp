// codegen/archive_writer.cpp - Lays out the .pt records in PyTorch's order and zips them 64-byte aligned.
#include "codegen/archive_writer.h"

#include "ir/graph.h"
#include "ir/printer.h"
#include "runtime/archive.h"
#include "runtime/dict.h"
#include "runtime/pickle.h"
#include "runtime/tensor/tensor.h"
#include "runtime/zip.h"

#include <algorithm>
#include <fstream>
#include <map>
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

// Nesting deeper than this is refused: the loader's pickle reader stops at
// PickleLimits::max_depth (256), and each object or container level costs
// up to three pickle levels (REDUCE, its argument tuple, the value).
constexpr size_t kMaxObjectDepth = 80;

// Turns a module object into what torch.jit.save pickles for a scripted
// module, and collects each distinct tensor storage once (docs/archive.md,
// "Module objects"). The storages stay referenced until the archive is written.
class ObjectPickler {
public:
  struct StorageRecord {
    std::string key;
    runtime::Ref<runtime::tensor::Storage> storage;
    size_t nbytes;
  };

  explicit ObjectPickler(const ir::Module& module) : module_(module) {}

  runtime::Result<PickleValue> root(const runtime::Value& v) {
    if (!v.is_object())
      return Error{"cannot archive a value of type '" + std::string(runtime::tag_name(v.tag())) +
                   "' as the module object; expected an object of a scripted class"};
    return value(v, "", 0);
  }
  const std::vector<StorageRecord>& storages() const { return storages_; }

private:
  static std::string at(const std::string& where) {
    return where.empty() ? std::string("the module object") : "attribute " + runtime::quote_untrusted(where);
  }

  runtime::Result<PickleValue> value(const runtime::Value& v, const std::string& where, size_t depth) {
    if (depth > kMaxObjectDepth)
      return Error{"cannot archive " + at(where) + ": objects and containers nest more than " +
                   std::to_string(kMaxObjectDepth) + " deep"};
    switch (v.tag()) {
    case runtime::Tag::None:
      return PickleValue::none();
    case runtime::Tag::Bool:
      return PickleValue::boolean(v.to_bool());
    case runtime::Tag::Int:
      return PickleValue::integer(v.to_int());
    case runtime::Tag::Double:
      return PickleValue::real(v.to_double());
    case runtime::Tag::Str:
      return PickleValue::str(std::string(v.str_view()));
    case runtime::Tag::Tensor:
      return tensor(runtime::tensor::Tensor(
          runtime::Ref<runtime::tensor::TensorImpl>(static_cast<runtime::tensor::TensorImpl*>(v.heap()))));
    case runtime::Tag::Tuple: {
      std::vector<PickleValue> items;
      for (const runtime::Value& x : v.as_tuple().items()) {
        runtime::Result<PickleValue> p = value(x, where, depth + 1);
        if (!p)
          return p;
        items.push_back(std::move(p).value());
      }
      return PickleValue::tuple(std::move(items));
    }
    case runtime::Tag::List:
      return list(v.as_list(), where, depth);
    case runtime::Tag::Dict:
      return dict(v.as_dict(), where, depth);
    case runtime::Tag::Object:
      return object(v.as_object(), where, depth);
    case runtime::Tag::Function:
      break;
    }
    return Error{"cannot archive " + at(where) + ": it holds a " + runtime::tag_name(v.tag())};
  }

  // GLOBAL '__torch__ Name', EMPTY_TUPLE, NEWOBJ, {slot name: value} in slot order, BUILD.
  runtime::Result<PickleValue> object(const runtime::Object& o, const std::string& where, size_t depth) {
    const ir::ClassType* cls = o.cls();
    if (module_.find_class(cls->name()) != cls)
      return Error{"cannot archive " + at(where) + ": its class " + runtime::quote_untrusted(cls->name()) +
                   " is not a class of the program"};
    if (!on_path_.insert(&o).second)
      return Error{"cannot archive " + at(where) + ": the object contains itself"};
    std::vector<std::pair<PickleValue, PickleValue>> state;
    for (size_t i = 0; i < o.num_slots(); ++i) {
      const std::string& name = cls->attributes()[i].name;
      runtime::Result<PickleValue> p = value(o.slot(i), where.empty() ? name : where + "." + name, depth + 1);
      if (!p)
        return p;
      state.emplace_back(PickleValue::str(name), std::move(p).value());
    }
    on_path_.erase(&o);
    return PickleValue::object(PickleValue::global(std::string(runtime::kScriptClassModule), cls->name()),
                               PickleValue::tuple({}), PickleValue::dict(std::move(state)));
  }

  // torch.jit._pickle: build_intlist/doublelist/boollist/tensorlist for those
  // element types, restore_type_tag(list, "List[T]") for the others.
  runtime::Result<PickleValue> list(const runtime::ListObject& l, const std::string& where, size_t depth) {
    std::vector<PickleValue> items;
    for (const runtime::Value& x : l.to_values()) {
      runtime::Result<PickleValue> p = value(x, where, depth + 1);
      if (!p)
        return p;
      items.push_back(std::move(p).value());
    }
    ir::TypePtr type = ir::unrefined(l.type());
    const ir::TypeKind element = type->element()->kind();
    const char* builder = element == ir::TypeKind::Int      ? "build_intlist"
                          : element == ir::TypeKind::Float  ? "build_doublelist"
                          : element == ir::TypeKind::Bool   ? "build_boollist"
                          : element == ir::TypeKind::Tensor ? "build_tensorlist"
                                                            : nullptr;
    PickleValue items_value = PickleValue::list(std::move(items));
    if (builder != nullptr)
      return PickleValue::reduce(PickleValue::global("torch.jit._pickle", builder),
                                 PickleValue::tuple({std::move(items_value)}));
    return type_tagged(std::move(items_value), type);
  }

  runtime::Result<PickleValue> dict(const runtime::DictObject& d, const std::string& where, size_t depth) {
    std::vector<std::pair<PickleValue, PickleValue>> entries;
    std::optional<Error> failed;
    d.dict().for_each([&](const runtime::Value& key, const runtime::Value& item) {
      if (failed)
        return;
      runtime::Result<PickleValue> k = value(key, where, depth + 1);
      runtime::Result<PickleValue> x =
          k ? value(item, where, depth + 1) : runtime::Result<PickleValue>(k.error());
      if (!x) {
        failed = x.error();
        return;
      }
      entries.emplace_back(std::move(k).value(), std::move(x).value());
    });
    if (failed)
      return *failed;
    return type_tagged(PickleValue::dict(std::move(entries)), ir::unrefined(d.type()));
  }

  static PickleValue type_tagged(PickleValue v, ir::TypePtr type) {
    return PickleValue::reduce(PickleValue::global("torch.jit._pickle", "restore_type_tag"),
                               PickleValue::tuple({std::move(v), PickleValue::str(type->str())}));
  }

  // torch._utils._rebuild_tensor_v2(('storage', torch.XStorage, key, 'cpu',
  // numel), storage_offset, size, stride, False, collections.OrderedDict())
  PickleValue tensor(const runtime::tensor::Tensor& t) {
    namespace rt = runtime::tensor;
    const rt::Storage* storage = t.impl()->storage().get();
    const size_t itemsize = rt::element_size(t.dtype());
    const int64_t storage_numel = static_cast<int64_t>(storage->nbytes() / itemsize);
    auto [it, inserted] = keys_.try_emplace({storage, t.dtype()}, storages_.size());
    if (inserted)
      storages_.push_back(StorageRecord{std::to_string(storages_.size()), t.impl()->storage(),
                                        static_cast<size_t>(storage_numel) * itemsize});
    const std::string& key = storages_[it->second].key;
    PickleValue persid = PickleValue::persistent_id(PickleValue::tuple(
        {PickleValue::str("storage"), PickleValue::global("torch", runtime::storage_type_name(t.dtype())),
         PickleValue::str(key), PickleValue::str("cpu"), PickleValue::integer(storage_numel)}));
    std::vector<PickleValue> sizes, strides;
    for (int64_t s : t.sizes())
      sizes.push_back(PickleValue::integer(s));
    for (int64_t s : t.strides())
      strides.push_back(PickleValue::integer(s));
    PickleValue hooks =
        PickleValue::reduce(PickleValue::global("collections", "OrderedDict"), PickleValue::tuple({}));
    return PickleValue::reduce(
        PickleValue::global("torch._utils", "_rebuild_tensor_v2"),
        PickleValue::tuple({std::move(persid), PickleValue::integer(t.storage_offset()),
                            PickleValue::tuple(std::move(sizes)), PickleValue::tuple(std::move(strides)),
                            PickleValue::boolean(false), std::move(hooks)}));
  }

  const ir::Module& module_;
  std::map<std::pair<const runtime::tensor::Storage*, runtime::tensor::DType>, size_t> keys_;
  std::vector<StorageRecord> storages_;
  std::set<const runtime::Object*> on_path_;
};

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
                        std::string_view top_folder, const runtime::Value* root) {
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

  // data.pkl: the module object (and its storages), or for a program of
  // functions one object with no attributes besides `training`, byte for
  // byte what torch.jit.save writes for a scripted function (class PlaceholderModule).
  ObjectPickler pickler(module);
  PickleValue data;
  if (root != nullptr) {
    runtime::Result<PickleValue> pickled = pickler.root(*root);
    if (!pickled)
      return pickled.error();
    data = std::move(pickled).value();
  } else {
    data =
        PickleValue::object(PickleValue::global(std::string(runtime::kScriptClassModule),
                                                std::string(runtime::kPlaceholderClass)),
                            PickleValue::tuple({}),
                            PickleValue::dict({{PickleValue::str("training"), PickleValue::boolean(true)}}));
  }

  const int64_t version = file_format_version(module);

  // Record order follows ScriptModuleSerializer::serialize: extra files, then
  // data.pkl (tensor data/N would precede it), code/, constants.pkl, version.
  runtime::ZipWriter zip;
  zip.add(prefix + std::string(runtime::kTscVersionRecord),
          std::to_string(runtime::kTscArchiveVersion) + "\n", ZipMethod::Stored);
  zip.add(prefix + std::string(runtime::kTscSourcesRecord),
          runtime::write_pickle(PickleValue::tuple(std::move(manifest))), ZipMethod::Stored);
  zip.add(prefix + std::string(runtime::kTscIrRecord), ir_text, ZipMethod::Stored);
  for (const ObjectPickler::StorageRecord& s : pickler.storages())
    zip.add(prefix + std::string(runtime::kDataFolder) + s.key,
            std::string_view(static_cast<const char*>(s.storage->data()), s.nbytes), ZipMethod::Stored);
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
                                    const std::string& path, const runtime::Value* root) {
  runtime::Result<std::string> bytes =
      write_archive_to_memory(module, sources, archive_top_folder(path), root);
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
