// runtime/archive.cpp - The .pt loader: container, version records, sources manifest, IR parse and verify.
#include "runtime/archive.h"

#include "ir/diagnostic.h"
#include "ir/parser.h"
#include "ir/verifier.h"
#include "runtime/dict.h"
#include "runtime/kernels_tensor_util.h"
#include "runtime/tensor/tensor.h"
#include "runtime/zip.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

// "an int", "a str", "an object of class 'X'", "a call of 'torch.f'": what a
// pickle holds where a value of another type was expected.
std::string describe(const PickleValue& p) {
  if (p.is(PickleKind::Tuple))
    return "a tuple of " + std::to_string(p.size());
  if (p.is(PickleKind::Global))
    return "the global " + quote_untrusted(std::string(p.module()) + "." + std::string(p.name()));
  if ((p.is(PickleKind::Reduce) || p.is(PickleKind::Object)) && p.callable().is(PickleKind::Global)) {
    std::string name = std::string(p.callable().module()) + "." + std::string(p.callable().name());
    return (p.is(PickleKind::Reduce) ? "a call of " : "an object of class ") + quote_untrusted(name);
  }
  return pickle_kind_name(p.kind());
}

bool is_global(const PickleValue& p, std::string_view module, std::string_view name) {
  return p.is(PickleKind::Global) && p.module() == module && p.name() == name;
}

// A REDUCE of GLOBAL 'torch.jit._pickle <fn>' (build_intlist, restore_type_tag, ...): the fn's name.
std::optional<std::string_view> jit_pickle_call(const PickleValue& p) {
  if (!p.is(PickleKind::Reduce) || !p.callable().is(PickleKind::Global) ||
      p.callable().module() != "torch.jit._pickle" || p.state() != nullptr)
    return std::nullopt;
  return p.callable().name();
}

class ArchiveLoader {
public:
  ArchiveLoader(std::string_view bytes, std::string_view display_name, const LoadOptions& options,
                std::shared_ptr<MappedFile> file = nullptr)
      : bytes_(bytes), label_("archive " + quote_untrusted(display_name) + ": "), options_(options) {
    archive_.file = std::move(file);
  }

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
    // An archive of functions holds torch's PlaceholderModule, unless the
    // program really has a class of that name.
    if (!is_global(archive_.data.callable(), kScriptClassModule, kPlaceholderClass) ||
        archive_.module->find_class(kPlaceholderClass) != nullptr) {
      Result<Value> root = rebuild_object(archive_.data, nullptr, "");
      if (!root)
        return root.error();
      archive_.root = std::move(root).value();
    }

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

  // ---- data.pkl: the module object (docs/archive.md, "Module objects") ----

  // A problem in data.pkl at an attribute path ("l.weight"; empty for the root).
  Error bad_data(const std::string& where, const std::string& msg) const {
    return fail(kDataRecord,
                (where.empty() ? std::string("the module object") : "attribute " + quote_untrusted(where)) +
                    ": " + msg);
  }

  // GLOBAL '__torch__ Name', EMPTY_TUPLE, NEWOBJ, {attribute: value}, BUILD,
  // for one of the module's classes (`expected`, when the slot's type says which).
  Result<Value> rebuild_object(const PickleValue& p, const ir::ClassType* expected,
                               const std::string& where) {
    if (!p.is(PickleKind::Object) || !p.callable().is(PickleKind::Global))
      return bad_data(where, "expected an object of class " +
                                 quote_untrusted(expected ? expected->name() : std::string("...")) +
                                 ", found " + describe(p));
    const PickleValue& g = p.callable();
    const ir::ClassType* cls =
        g.module() == kScriptClassModule ? archive_.module->find_class(g.name()) : nullptr;
    if (cls == nullptr)
      return bad_data(where, "unknown class " +
                                 quote_untrusted(std::string(g.module()) + "." + std::string(g.name())) +
                                 " (the program's classes are under '__torch__')");
    if (expected != nullptr && cls != expected)
      return bad_data(where, "expected an object of class " + quote_untrusted(expected->name()) +
                                 ", found one of " + quote_untrusted(cls->name()));
    if (!p.args().is(PickleKind::Tuple) || p.args().size() != 0)
      return bad_data(where, "expected no arguments to the class, found " + describe(p.args()));
    if (p.state() == nullptr || !p.state()->is(PickleKind::Dict))
      return bad_data(where, "expected a dict of attributes as the object's state, found " +
                                 (p.state() ? describe(*p.state()) : std::string("none")));
    const PickleValue& state = *p.state();
    std::vector<const PickleValue*> slots(cls->attributes().size(), nullptr);
    for (size_t i = 0; i < state.size(); ++i) {
      if (!state.key(i).is(PickleKind::Str))
        return bad_data(where, "expected attribute names (str) as keys, found " + describe(state.key(i)));
      const std::string& name = state.key(i).as_str();
      std::optional<size_t> slot = cls->find_attribute(name);
      if (!slot)
        return bad_data(where, "class " + quote_untrusted(cls->name()) + " has no attribute " +
                                   quote_untrusted(name));
      if (slots[*slot] != nullptr)
        return bad_data(where, "attribute " + quote_untrusted(name) + " is given twice");
      slots[*slot] = &state.value(i);
    }
    Ref<Object> obj = Ref<Object>::make(cls);
    for (size_t i = 0; i < slots.size(); ++i) {
      const ir::ClassType::Attribute& a = cls->attributes()[i];
      std::string at = where.empty() ? a.name : where + "." + a.name;
      if (slots[i] == nullptr)
        return bad_data(at, "is missing (class " + quote_untrusted(cls->name()) + " declares it as " +
                                quote_untrusted(a.type->str()) + ")");
      Result<Value> v = rebuild(*slots[i], a.type, at);
      if (!v)
        return v;
      obj->slot(i) = std::move(v).value();
    }
    return Value(std::move(obj));
  }

  // The value of declared type `t` that `p` pickles (torch.jit.save's encoding).
  Result<Value> rebuild(const PickleValue& p, ir::TypePtr t, const std::string& where) {
    auto wrong = [&]() -> Error {
      return bad_data(where,
                      "expected a value of type " + quote_untrusted(t->str()) + ", found " + describe(p));
    };
    switch (t->kind()) {
    case ir::TypeKind::Optional:
      if (p.is(PickleKind::None))
        return Value();
      return rebuild(p, t->element(), where);
    case ir::TypeKind::None:
      if (p.is(PickleKind::None))
        return Value();
      return wrong();
    case ir::TypeKind::Bool:
      if (p.is(PickleKind::Bool))
        return Value::from_bool(p.as_bool());
      return wrong();
    case ir::TypeKind::Int:
      if (p.is(PickleKind::Int))
        return Value::from_int(p.as_int());
      return wrong();
    case ir::TypeKind::Float:
      if (p.is(PickleKind::Float))
        return Value::from_double(p.as_float());
      return wrong();
    case ir::TypeKind::Number:
    case ir::TypeKind::Any:
      return rebuild_untyped(p, t, where);
    case ir::TypeKind::Str:
      if (p.is(PickleKind::Str))
        return Value::from_str(p.as_str());
      return wrong();
    case ir::TypeKind::Tensor: {
      Result<Value> v = rebuild_tensor(p, where);
      if (!v)
        return v;
      if (!matches_refinement(*v, t)) {
        const auto* impl = static_cast<const tensor::TensorImpl*>(v->heap());
        std::string sizes;
        for (int64_t n : impl->sizes())
          sizes += (sizes.empty() ? "" : ", ") + std::to_string(n);
        return bad_data(where, "expected a tensor of type " + quote_untrusted(t->str()) + ", found a " +
                                   tensor::dtype_cpp_name(impl->dtype()) + " tensor of sizes (" + sizes +
                                   ")");
      }
      return v;
    }
    case ir::TypeKind::List: {
      const PickleValue* items = &p;
      if (std::optional<std::string_view> fn = jit_pickle_call(p)) {
        const bool known = *fn == "build_intlist" || *fn == "build_doublelist" || *fn == "build_boollist" ||
                           *fn == "build_tensorlist" || *fn == "restore_type_tag";
        if (!known || p.args().size() < 1)
          return wrong();
        items = &p.args().items()[0];
      }
      if (!items->is(PickleKind::List))
        return wrong();
      std::vector<Value> values;
      values.reserve(items->size());
      for (const PickleValue& x : items->items()) {
        Result<Value> v = rebuild(x, t->element(), where);
        if (!v)
          return v;
        values.push_back(std::move(v).value());
      }
      return make_list(t, std::move(values));
    }
    case ir::TypeKind::Dict: {
      const PickleValue* entries = &p;
      if (std::optional<std::string_view> fn = jit_pickle_call(p)) {
        if (*fn != "restore_type_tag" || p.args().size() < 1)
          return wrong();
        entries = &p.args().items()[0];
      }
      if (!entries->is(PickleKind::Dict))
        return wrong();
      Value d = make_dict(t);
      for (size_t i = 0; i < entries->size(); ++i) {
        Result<Value> k = rebuild(entries->key(i), t->key(), where);
        if (!k)
          return k;
        Result<Value> v = rebuild(entries->value(i), t->value(), where);
        if (!v)
          return v;
        d.as_dict().dict().set(*k, std::move(v).value());
      }
      return d;
    }
    case ir::TypeKind::Tuple: {
      if (!p.is(PickleKind::Tuple) || p.size() != t->contained().size())
        return wrong();
      std::vector<Value> values;
      for (size_t i = 0; i < p.size(); ++i) {
        Result<Value> v = rebuild(p.items()[i], t->contained()[i], where);
        if (!v)
          return v;
        values.push_back(std::move(v).value());
      }
      return make_tuple(std::move(values));
    }
    case ir::TypeKind::Class:
      return rebuild_object(p, ir::as_class(t), where);
    case ir::TypeKind::Var:
      break;
    }
    return wrong();
  }

  // Any and number slots: the value the pickle says (scalars, str, tensors, objects).
  Result<Value> rebuild_untyped(const PickleValue& p, ir::TypePtr t, const std::string& where) {
    const bool any = t->kind() == ir::TypeKind::Any;
    switch (p.kind()) {
    case PickleKind::Bool:
      return Value::from_bool(p.as_bool());
    case PickleKind::Int:
      return Value::from_int(p.as_int());
    case PickleKind::Float:
      return Value::from_double(p.as_float());
    case PickleKind::None:
      if (any)
        return Value();
      break;
    case PickleKind::Str:
      if (any)
        return Value::from_str(p.as_str());
      break;
    case PickleKind::Reduce:
      if (any && is_global(p.callable(), "torch._utils", "_rebuild_tensor_v2"))
        return rebuild_tensor(p, where);
      break;
    case PickleKind::Object:
      if (any)
        return rebuild_object(p, nullptr, where);
      break;
    case PickleKind::Tuple:
    case PickleKind::List:
    case PickleKind::Dict:
    case PickleKind::Global:
    case PickleKind::PersistentId:
      break;
    }
    return bad_data(where,
                    "cannot rebuild a value of type " + quote_untrusted(t->str()) + " from " + describe(p));
  }

  static bool matches_refinement(const Value& v, ir::TypePtr t) {
    const ir::TensorType* r = ir::as_refined_tensor(t);
    if (r == nullptr)
      return true;
    const auto* impl = static_cast<const tensor::TensorImpl*>(v.heap());
    if (r->dtype() && static_cast<int64_t>(*r->dtype()) != tensor_args::scalar_type_of(impl->dtype()))
      return false;
    if (!r->sizes())
      return true;
    if (r->sizes()->size() != impl->sizes().size())
      return false;
    for (size_t i = 0; i < impl->sizes().size(); ++i) {
      if ((*r->sizes())[i] && *(*r->sizes())[i] != impl->sizes()[i])
        return false;
    }
    return true;
  }

  // torch._utils._rebuild_tensor_v2(('storage', torch.XStorage, key, 'cpu',
  // numel), storage_offset, size, stride, requires_grad, hooks[, metadata]).
  Result<Value> rebuild_tensor(const PickleValue& p, const std::string& where) {
    if (!p.is(PickleKind::Reduce) || !is_global(p.callable(), "torch._utils", "_rebuild_tensor_v2"))
      return bad_data(where, "expected a tensor (torch._utils._rebuild_tensor_v2), found " + describe(p));
    const PickleValue& args = p.args();
    if (args.size() != 6 && args.size() != 7)
      return bad_data(where,
                      "expected 6 arguments to _rebuild_tensor_v2, found " + std::to_string(args.size()));
    const PickleValue& pid = args.items()[0];
    if (!pid.is(PickleKind::PersistentId) || !pid.persistent_id().is(PickleKind::Tuple) ||
        pid.persistent_id().size() != 5)
      return bad_data(where,
                      "expected the storage's persistent id ('storage', type, key, location, numel), found " +
                          describe(pid.is(PickleKind::PersistentId) ? pid.persistent_id() : pid));
    const std::vector<PickleValue>& id = pid.persistent_id().items();
    if (!id[0].is(PickleKind::Str) || id[0].as_str() != "storage")
      return bad_data(where, "expected 'storage' in the persistent id, found " + describe(id[0]));
    if (!id[1].is(PickleKind::Global))
      return bad_data(where, "expected a storage type in the persistent id, found " + describe(id[1]));
    std::optional<tensor::DType> dtype =
        id[1].module() == "torch" ? dtype_of_storage_type(id[1].name()) : std::nullopt;
    if (!dtype)
      return bad_data(where, "unknown storage type " + quote_untrusted(std::string(id[1].module()) + "." +
                                                                       std::string(id[1].name())));
    if (!id[2].is(PickleKind::Str) || id[2].as_str().empty() || id[2].as_str().size() > 64)
      return bad_data(where, "expected a storage key (a short str), found " + describe(id[2]));
    if (!id[3].is(PickleKind::Str) || id[3].as_str() != "cpu")
      return bad_data(where,
                      "storage " + quote_untrusted(id[2].as_str()) + " is on " +
                          (id[3].is(PickleKind::Str) ? quote_untrusted(id[3].as_str()) : describe(id[3])) +
                          "; this build loads 'cpu' storages");
    if (!id[4].is(PickleKind::Int) || id[4].as_int() < 0)
      return bad_data(where, "expected the storage's element count (an int >= 0), found " + describe(id[4]));
    Result<Ref<tensor::Storage>> storage = load_storage(id[2].as_str(), *dtype, id[4].as_int(), where);
    if (!storage)
      return storage.error();

    const PickleValue& offset = args.items()[1];
    const PickleValue& sizes = args.items()[2];
    const PickleValue& strides = args.items()[3];
    if (!offset.is(PickleKind::Int) || offset.as_int() < 0)
      return bad_data(where, "expected a storage offset (an int >= 0), found " + describe(offset));
    auto ints = [&](const PickleValue& t, const char* what) -> Result<tensor::Shape> {
      if (!t.is(PickleKind::Tuple) || t.size() > 64)
        return bad_data(where, std::string("expected the tensor's ") + what +
                                   " (a tuple of at most 64 ints), found " + describe(t));
      tensor::Shape out;
      for (const PickleValue& x : t.items()) {
        if (!x.is(PickleKind::Int) || x.as_int() < 0)
          return bad_data(where, std::string("expected the tensor's ") + what + " to be ints >= 0, found " +
                                     describe(x));
        out.push_back(x.as_int());
      }
      return out;
    };
    Result<tensor::Shape> size_values = ints(sizes, "sizes");
    if (!size_values)
      return size_values.error();
    Result<tensor::Shape> stride_values = ints(strides, "strides");
    if (!stride_values)
      return stride_values.error();
    if (size_values->size() != stride_values->size())
      return bad_data(where, "the tensor has " + std::to_string(size_values->size()) + " sizes but " +
                                 std::to_string(stride_values->size()) + " strides");
    // The view must stay inside its storage: its last element is
    // offset + sum((size - 1) * stride), computed without overflow.
    const int64_t numel = id[4].as_int();
    unsigned __int128 last = static_cast<uint64_t>(offset.as_int());
    bool empty = false;
    for (size_t i = 0; i < size_values->size(); ++i) {
      if ((*size_values)[i] == 0)
        empty = true;
      else
        last += static_cast<unsigned __int128>((*size_values)[i] - 1) *
                static_cast<uint64_t>((*stride_values)[i]);
    }
    if (empty ? offset.as_int() > numel : last >= static_cast<unsigned __int128>(numel))
      return bad_data(where, "the view (offset " + std::to_string(offset.as_int()) +
                                 ") reaches past the end of storage " + quote_untrusted(id[2].as_str()) +
                                 " of " + std::to_string(numel) + " elements");
    return Value(Ref<tensor::TensorImpl>::make(std::move(storage).value(), offset.as_int(),
                                               std::move(size_values).value(),
                                               std::move(stride_values).value(), *dtype));
  }

  // The storage data/<key>: one Storage per key, shared by every tensor that
  // names it. A stored record of a mapped file is used in place (its Storage
  // keeps the mapping alive); otherwise the bytes are copied.
  Result<Ref<tensor::Storage>> load_storage(const std::string& key, tensor::DType dtype, int64_t numel,
                                            const std::string& where) {
    auto known = storages_.find(key);
    if (known != storages_.end()) {
      if (known->second.dtype != dtype || known->second.numel != numel)
        return bad_data(where, "storage " + quote_untrusted(key) + " is named with two types or sizes");
      return known->second.storage;
    }
    const std::string record = std::string(kDataFolder) + key;
    const ZipEntry* entry = zip_->find(full(record));
    if (entry == nullptr)
      return Error{
          label_ + "record " + quote_untrusted(full(record)) + " is missing (the storage of " +
          (where.empty() ? std::string("the module object") : "attribute " + quote_untrusted(where)) + ")"};
    const uint64_t itemsize = tensor::element_size(dtype);
    if (static_cast<uint64_t>(numel) > entry->uncompressed_size / itemsize)
      return fail(record, "holds " + std::to_string(entry->uncompressed_size) + " bytes, fewer than the " +
                              std::to_string(numel) + " elements of " + std::to_string(itemsize) +
                              " bytes its storage type needs");
    const size_t nbytes = static_cast<size_t>(numel) * itemsize;
    Ref<tensor::Storage> storage;
    if (archive_.file != nullptr && entry->method == ZipMethod::Stored &&
        entry->data_offset % kZipAlignment == 0) {
      std::string_view data = zip_->stored_data(*entry);
      if (options_.check_crc && options_.check_mapped_data_crc && zip_crc32(data) != entry->crc32)
        return fail(record, "crc mismatch");
      std::shared_ptr<MappedFile> keep = archive_.file;
      storage = Ref<tensor::Storage>::make(const_cast<char*>(data.data()), nbytes,
                                           [keep](void*) mutable { keep.reset(); });
    } else {
      Result<std::string> data = zip_->read(*entry, entry->uncompressed_size, options_.check_crc);
      if (!data)
        return Error{label_ + data.error().message};
      storage = Ref<tensor::Storage>::make(nbytes);
      if (nbytes != 0)
        std::memcpy(storage->data(), data->data(), nbytes);
    }
    storages_.emplace(key, LoadedStorage{storage, dtype, numel});
    return storage;
  }

  struct LoadedStorage {
    Ref<tensor::Storage> storage;
    tensor::DType dtype;
    int64_t numel;
  };

  std::string_view bytes_;
  std::string label_;
  LoadOptions options_;
  std::optional<ZipReader> zip_;
  Archive archive_;
  std::map<std::string, std::shared_ptr<const ir::Source>> by_filename_;
  std::map<std::string, LoadedStorage> storages_;
};

} // namespace

std::string storage_type_name(tensor::DType dtype) {
  return std::string(tensor::dtype_cpp_name(dtype)) + "Storage";
}

std::optional<tensor::DType> dtype_of_storage_type(std::string_view name) {
  for (int i = 0; i < tensor::kNumDTypes; ++i) {
    auto d = static_cast<tensor::DType>(i);
    if (name == storage_type_name(d))
      return d;
  }
  return std::nullopt;
}

Result<std::shared_ptr<MappedFile>> MappedFile::open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return Error{"cannot open archive " + quote_untrusted(path) + ": " + std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Error{"cannot open archive " + quote_untrusted(path) + ": not a regular file"};
  }
  const auto size = static_cast<size_t>(st.st_size);
  char* data = nullptr;
  if (size != 0) {
    // Private and writable: an in-place op on a weight copies its page, and
    // the file never changes.
    void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      int err = errno;
      ::close(fd);
      return Error{"cannot map archive " + quote_untrusted(path) + ": " + std::strerror(err)};
    }
    data = static_cast<char*>(p);
  }
  ::close(fd);
  return std::shared_ptr<MappedFile>(new MappedFile(data, size));
}

MappedFile::~MappedFile() {
  if (data_ != nullptr)
    ::munmap(data_, size_);
}

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
  Result<std::shared_ptr<MappedFile>> file = MappedFile::open(path);
  if (!file)
    return file.error();
  std::shared_ptr<MappedFile> mapped = std::move(file).value();
  std::string_view bytes = mapped->bytes();
  return ArchiveLoader(bytes, path, options, std::move(mapped)).run();
}

} // namespace tsc::runtime
