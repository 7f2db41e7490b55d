// runtime/api.cpp - The C++ embedding API (include/tsc/tsc.h) over the archive loader and the interpreter.
//
// Everything here is the API's edge (STYLE.md §6): runtime Errors and
// ScriptErrors become thrown tsc::Error, and public Values wrap runtime Values
// behind a shared, immutable handle so that tsc.h needs no project header.
#include "tsc/tsc.h"

#include "ir/diagnostic.h"
#include "ir/type.h"
#include "runtime/archive.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/interpreter.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/tensor.h"
#include "runtime/value.h"
#include "runtime/value_ops.h"

#include <functional>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tsc {

struct Value::Impl {
  runtime::Value value;
};

struct Module::Impl {
  std::string path;
  /// The code/ sources the IR's ranges (and so tracebacks) point into.
  std::vector<std::shared_ptr<const ir::Source>> sources;
  std::unique_ptr<runtime::Program> program;
  /// The module object (None for an archive of functions); its tensors may
  /// view the mapped archive, which their storages keep alive.
  runtime::Value root;
};

namespace {

using ir::Type;
using ir::TypeKind;
using ir::TypePtr;

// ---- between public and runtime values ----

Value wrap(runtime::Value v) {
  if (v.is_none())
    return Value();
  return Value(std::make_shared<const Value::Impl>(Value::Impl{std::move(v)}));
}

const runtime::Value& unwrap(const Value& v) {
  static const runtime::Value kNone;
  return v.impl() ? v.impl()->value : kNone;
}

[[noreturn]] void throw_python(const std::string& name, const std::string& message) {
  throw Error(name, message, message.empty() ? name : name + ": " + message);
}

[[noreturn]] void throw_wrong_kind(const char* expected, const runtime::Value& found) {
  throw_python("TypeError", std::string("expected a value of type '") + expected + "', found '" +
                                runtime::type_name(found) + "'");
}

Error from_script_error(const runtime::ScriptError& e) {
  std::vector<Error::Frame> frames;
  for (const runtime::TraceFrame& f : e.traceback())
    frames.push_back(Error::Frame{f.function, f.file, f.line, f.source_line});
  // what() ends with the "Name: message" line itself, without format()'s newline.
  std::string report = e.format();
  if (!report.empty() && report.back() == '\n')
    report.pop_back();
  return Error(e.type(), e.message(), std::move(report), std::move(frames));
}

// The static type of a value as a list element or dict key/value: its own
// type for scalars and containers, the class for an object.
TypePtr type_of(const runtime::Value& v) {
  switch (v.tag()) {
  case runtime::Tag::None:
    return Type::none_type();
  case runtime::Tag::Bool:
    return Type::bool_type();
  case runtime::Tag::Int:
    return Type::int_type();
  case runtime::Tag::Double:
    return Type::float_type();
  case runtime::Tag::Str:
    return Type::str_type();
  case runtime::Tag::List:
    return v.as_list().type();
  case runtime::Tag::Dict:
    return v.as_dict().type();
  case runtime::Tag::Tuple: {
    std::vector<TypePtr> items;
    for (const runtime::Value& x : v.as_tuple().items())
      items.push_back(type_of(x));
    return Type::tuple_of(std::move(items));
  }
  case runtime::Tag::Object:
    return v.as_object().cls();
  case runtime::Tag::Tensor:
    return Type::tensor_type();
  case runtime::Tag::Function:
    break;
  }
  return Type::any_type();
}

// The element type of a container built from `items` in C++: their common
// type (None and T give Optional[T]), or Any when they disagree or there are
// none. Ints are not promoted to float: [1, 2.5] keeps its repr, and a call
// converts it where the parameter is List[float].
TypePtr common_type(const std::vector<TypePtr>& types) {
  if (types.empty())
    return Type::any_type();
  TypePtr t = types[0];
  for (TypePtr u : types) {
    std::optional<TypePtr> unified = ir::unify(t, u);
    if (!unified)
      return Type::any_type();
    t = *unified;
  }
  return t;
}

bool is_hashable(const runtime::Value& v) {
  switch (v.tag()) {
  case runtime::Tag::None:
  case runtime::Tag::Bool:
  case runtime::Tag::Int:
  case runtime::Tag::Double:
  case runtime::Tag::Str:
    return true;
  case runtime::Tag::Tuple:
    for (const runtime::Value& x : v.as_tuple().items()) {
      if (!is_hashable(x))
        return false;
    }
    return true;
  case runtime::Tag::Tensor:
  case runtime::Tag::List:
  case runtime::Tag::Dict:
  case runtime::Tag::Object:
  case runtime::Tag::Function:
    break;
  }
  return false;
}

// Converts an argument to parameter type `t` where Python (and TorchScript)
// would accept it: an int for a float, and containers whose items convert
// (a new container of type `t`: a list built in C++ as List[int] passed for
// List[float] is copied, not shared). nullopt when it does not convert; the
// call then reports the mismatch as a TypeError.
std::optional<runtime::Value> convert(const runtime::Value& v, TypePtr t) {
  if (runtime::value_matches_type(v, t))
    return v;
  switch (t->kind()) {
  case TypeKind::Float:
    if (v.is_int())
      return runtime::Value::from_double(static_cast<double>(v.to_int()));
    return std::nullopt;
  case TypeKind::Optional:
    if (v.is_none())
      return v;
    return convert(v, t->element());
  case TypeKind::List: {
    if (!v.is_list())
      return std::nullopt;
    std::vector<runtime::Value> items = v.as_list().to_values();
    for (runtime::Value& x : items) {
      std::optional<runtime::Value> c = convert(x, t->element());
      if (!c)
        return std::nullopt;
      x = std::move(*c);
    }
    return runtime::make_list(t, std::move(items));
  }
  case TypeKind::Tuple: {
    if (!v.is_tuple() || v.as_tuple().size() != t->contained().size())
      return std::nullopt;
    std::vector<runtime::Value> items = v.as_tuple().items();
    for (size_t i = 0; i < items.size(); ++i) {
      std::optional<runtime::Value> c = convert(items[i], t->contained()[i]);
      if (!c)
        return std::nullopt;
      items[i] = std::move(*c);
    }
    return runtime::make_tuple(std::move(items));
  }
  case TypeKind::Dict: {
    if (!v.is_dict())
      return std::nullopt;
    runtime::Value out = runtime::make_dict(t);
    bool ok = true;
    v.as_dict().dict().for_each([&](const runtime::Value& key, const runtime::Value& value) {
      if (!ok)
        return;
      std::optional<runtime::Value> k = convert(key, t->key());
      std::optional<runtime::Value> x = convert(value, t->value());
      if (!k || !x) {
        ok = false;
        return;
      }
      out.as_dict().dict().set(*k, std::move(*x));
    });
    if (!ok)
      return std::nullopt;
    return out;
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Number:
  case TypeKind::Tensor:
  case TypeKind::Class:
  case TypeKind::Var:
    break;
  }
  return std::nullopt;
}

// ---- tensors ----

namespace rt = runtime::tensor;

// The public DType mirrors the library's enumerators one for one.
static_assert(static_cast<int>(DType::Bool) == static_cast<int>(rt::DType::Bool));
static_assert(static_cast<int>(DType::Int64) == static_cast<int>(rt::DType::Int64));
static_assert(static_cast<int>(DType::BFloat16) == static_cast<int>(rt::DType::BFloat16));
static_assert(static_cast<int>(DType::Float64) == static_cast<int>(rt::DType::Float64));

rt::DType to_runtime(DType d) {
  int v = static_cast<int>(d);
  if (v < 0 || v >= rt::kNumDTypes)
    throw_python("ValueError", "invalid dtype " + std::to_string(v));
  return static_cast<rt::DType>(v);
}

const rt::TensorImpl& impl_of(const Tensor& t) {
  if (!t.defined())
    throw_python("RuntimeError", "the tensor is undefined");
  return *static_cast<const rt::TensorImpl*>(t.impl());
}

// A public handle sharing `t`'s TensorImpl.
Tensor wrap_tensor(const rt::Tensor& t) {
  rt::TensorImpl* impl = t.impl();
  impl->incref();
  return Tensor(impl, Tensor::Adopt{});
}

rt::Tensor unwrap_tensor(const Tensor& t) {
  return rt::Tensor(runtime::Ref<rt::TensorImpl>(const_cast<rt::TensorImpl*>(&impl_of(t))));
}

// Runs `f`, turning the library's script errors into tsc::Error.
template <typename F> auto guarded(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const runtime::ScriptError& e) {
    throw from_script_error(e);
  } catch (const std::bad_alloc&) {
    throw_python("MemoryError", "");
  }
}

void check_sizes(const std::vector<int64_t>& sizes, const std::vector<int64_t>* strides) {
  for (int64_t s : sizes)
    if (s < 0)
      throw_python("ValueError", "negative size " + std::to_string(s) + " in from_blob");
  if (!strides)
    return;
  if (strides->size() != sizes.size())
    throw_python("ValueError", "from_blob got " + std::to_string(strides->size()) + " strides for " +
                                   std::to_string(sizes.size()) + " sizes");
  for (int64_t s : *strides)
    if (s < 0)
      throw_python("ValueError", "negative stride " + std::to_string(s) + " in from_blob");
}

// "archive 'm.pt': prog.py:3:5: message" for a failure of Program::load.
std::string load_failure(const std::string& path, const ir::DiagnosticEngine& diag) {
  std::string out = "archive '" + path + "': ";
  for (const ir::Diagnostic& d : diag.diagnostics()) {
    if (d.severity != ir::Severity::Error)
      continue;
    if (d.range.source && d.range.line != 0) {
      out += d.range.source->filename() + ":" + std::to_string(d.range.line) + ":" +
             std::to_string(d.range.col) + ": ";
    }
    return out + d.message;
  }
  return out + "the program does not load";
}

} // namespace

// ---- Error ----

Error::Error(std::string message) : std::runtime_error(message), message_(std::move(message)) {}

Error::Error(std::string name, std::string message, std::string report, std::vector<Frame> traceback)
    : std::runtime_error(report), name_(std::move(name)), message_(std::move(message)),
      traceback_(std::move(traceback)) {}

// ---- Value ----

Value::Value() noexcept = default;
Value::Value(std::shared_ptr<const Impl> impl) noexcept : impl_(std::move(impl)) {}
Value::~Value() = default;

Value::Value(bool b) : Value(wrap(runtime::Value::from_bool(b))) {}
Value::Value(int i) : Value(wrap(runtime::Value::from_int(i))) {}
Value::Value(long i) : Value(wrap(runtime::Value::from_int(static_cast<int64_t>(i)))) {}
Value::Value(long long i) : Value(wrap(runtime::Value::from_int(static_cast<int64_t>(i)))) {}
Value::Value(double d) : Value(wrap(runtime::Value::from_double(d))) {}
Value::Value(Tensor t) : Value(wrap(runtime::Value(unwrap_tensor(t).ref()))) {}
Value::Value(std::string s) : Value(wrap(runtime::Value::from_str(std::move(s)))) {}
Value::Value(std::string_view s) : Value(wrap(runtime::Value::from_str(s))) {}
Value::Value(const char* s) : Value(wrap(runtime::Value::from_str(s))) {}

Value::Value(std::vector<Value> items) {
  std::vector<runtime::Value> values;
  std::vector<TypePtr> types;
  for (const Value& x : items) {
    values.push_back(unwrap(x));
    types.push_back(type_of(values.back()));
  }
  TypePtr list_type = Type::list_of(common_type(types));
  *this = wrap(runtime::make_list(list_type, std::move(values)));
}

Value Value::tuple(std::vector<Value> items) {
  std::vector<runtime::Value> values;
  for (const Value& x : items)
    values.push_back(unwrap(x));
  return wrap(runtime::make_tuple(std::move(values)));
}

Value Value::dict(const std::vector<std::pair<Value, Value>>& items) {
  std::vector<TypePtr> key_types, value_types;
  for (const auto& [key, value] : items) {
    if (!is_hashable(unwrap(key)))
      throw_python("TypeError", "unhashable type: '" + runtime::type_name(unwrap(key)) + "'");
    key_types.push_back(type_of(unwrap(key)));
    value_types.push_back(type_of(unwrap(value)));
  }
  runtime::Value out = runtime::make_dict(Type::dict_of(common_type(key_types), common_type(value_types)));
  for (const auto& [key, value] : items)
    out.as_dict().dict().set(unwrap(key), unwrap(value));
  return wrap(std::move(out));
}

bool Value::is_none() const noexcept {
  return unwrap(*this).is_none();
}
bool Value::is_bool() const noexcept {
  return unwrap(*this).is_bool();
}
bool Value::is_int() const noexcept {
  return unwrap(*this).is_int();
}
bool Value::is_double() const noexcept {
  return unwrap(*this).is_double();
}
bool Value::is_str() const noexcept {
  return unwrap(*this).is_str();
}
bool Value::is_list() const noexcept {
  return unwrap(*this).is_list();
}
bool Value::is_tuple() const noexcept {
  return unwrap(*this).is_tuple();
}
bool Value::is_dict() const noexcept {
  return unwrap(*this).is_dict();
}
bool Value::is_object() const noexcept {
  return unwrap(*this).is_object();
}
bool Value::is_tensor() const noexcept {
  return unwrap(*this).tag() == runtime::Tag::Tensor;
}

bool Value::to_bool() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_bool())
    throw_wrong_kind("bool", v);
  return v.to_bool();
}

int64_t Value::to_int() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_int() && !v.is_bool())
    throw_wrong_kind("int", v);
  return v.to_int();
}

double Value::to_double() const {
  const runtime::Value& v = unwrap(*this);
  if (v.is_double())
    return v.to_double();
  if (v.is_int() || v.is_bool())
    return static_cast<double>(v.to_int());
  throw_wrong_kind("float", v);
}

std::string Value::to_str() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_str())
    throw_wrong_kind("str", v);
  return std::string(v.str_view());
}

std::vector<Value> Value::to_list() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_list())
    throw_wrong_kind("list", v);
  std::vector<Value> out;
  for (runtime::Value& x : v.as_list().to_values())
    out.push_back(wrap(std::move(x)));
  return out;
}

std::vector<Value> Value::to_tuple() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_tuple())
    throw_wrong_kind("tuple", v);
  std::vector<Value> out;
  for (const runtime::Value& x : v.as_tuple().items())
    out.push_back(wrap(x));
  return out;
}

std::vector<std::pair<Value, Value>> Value::to_dict() const {
  const runtime::Value& v = unwrap(*this);
  if (!v.is_dict())
    throw_wrong_kind("dict", v);
  std::vector<std::pair<Value, Value>> out;
  v.as_dict().dict().for_each([&](const runtime::Value& key, const runtime::Value& value) {
    out.emplace_back(wrap(key), wrap(value));
  });
  return out;
}

Tensor Value::to_tensor() const {
  const runtime::Value& v = unwrap(*this);
  if (v.tag() != runtime::Tag::Tensor)
    throw_wrong_kind("Tensor", v);
  runtime::HeapObject* impl = v.heap();
  impl->incref();
  return Tensor(static_cast<rt::TensorImpl*>(impl), Tensor::Adopt{});
}

size_t Value::size() const {
  const runtime::Value& v = unwrap(*this);
  switch (v.tag()) {
  case runtime::Tag::Str:
    return v.as_str().length();
  case runtime::Tag::List:
    return v.as_list().size();
  case runtime::Tag::Tuple:
    return v.as_tuple().size();
  case runtime::Tag::Dict:
    return v.as_dict().dict().size();
  case runtime::Tag::None:
  case runtime::Tag::Bool:
  case runtime::Tag::Int:
  case runtime::Tag::Double:
  case runtime::Tag::Tensor:
  case runtime::Tag::Object:
  case runtime::Tag::Function:
    break;
  }
  throw_python("TypeError", "object of type '" + runtime::type_name(v) + "' has no len()");
}

std::string Value::repr() const {
  return runtime::to_repr(unwrap(*this));
}

std::string Value::str() const {
  return runtime::to_str(unwrap(*this));
}

std::string Value::type_name() const {
  return runtime::type_name(unwrap(*this));
}

// ---- Tensor ----

std::string dtype_name(DType dtype) {
  return std::string("torch.") + rt::dtype_name(to_runtime(dtype));
}

Tensor::Tensor(const Tensor& other) noexcept : impl_(other.impl_) {
  if (impl_)
    static_cast<rt::TensorImpl*>(impl_)->incref();
}

Tensor::~Tensor() {
  if (impl_)
    static_cast<rt::TensorImpl*>(impl_)->decref();
}

Tensor Tensor::from_blob(void* data, std::vector<int64_t> sizes, std::vector<int64_t> strides, DType dtype,
                         std::function<void(void*)> deleter) {
  check_sizes(sizes, &strides);
  rt::DType dt = to_runtime(dtype);
  return guarded([&] { return wrap_tensor(rt::from_blob(data, sizes, dt, std::move(deleter), &strides)); });
}

Tensor Tensor::from_blob(void* data, std::vector<int64_t> sizes, DType dtype, std::function<void(void*)> deleter) {
  check_sizes(sizes, nullptr);
  rt::DType dt = to_runtime(dtype);
  return guarded([&] { return wrap_tensor(rt::from_blob(data, sizes, dt, std::move(deleter))); });
}

Tensor Tensor::empty(std::vector<int64_t> sizes, DType dtype) {
  rt::DType dt = to_runtime(dtype);
  return guarded([&] { return wrap_tensor(rt::empty(sizes, dt)); });
}

Tensor Tensor::zeros(std::vector<int64_t> sizes, DType dtype) {
  rt::DType dt = to_runtime(dtype);
  return guarded([&] { return wrap_tensor(rt::zeros(sizes, dt)); });
}

DType Tensor::dtype() const {
  return static_cast<DType>(impl_of(*this).dtype());
}
const std::vector<int64_t>& Tensor::sizes() const {
  return impl_of(*this).sizes();
}
const std::vector<int64_t>& Tensor::strides() const {
  return impl_of(*this).strides();
}
int64_t Tensor::dim() const {
  return static_cast<int64_t>(impl_of(*this).sizes().size());
}
int64_t Tensor::numel() const {
  return impl_of(*this).numel();
}
bool Tensor::is_contiguous() const {
  return impl_of(*this).is_contiguous();
}
void* Tensor::data_ptr() const {
  return impl_of(*this).data();
}

std::string Tensor::to_string() const {
  return guarded([&] { return unwrap_tensor(*this).repr(); });
}

void Tensor::check_dtype(DType expected) const {
  rt::DType found = impl_of(*this).dtype();
  if (found != to_runtime(expected))
    throw_python("RuntimeError", std::string("expected scalar type ") + rt::dtype_cpp_name(to_runtime(expected)) +
                                     " but found " + rt::dtype_cpp_name(found));
}

void Tensor::check_dim(size_t n) const {
  size_t d = impl_of(*this).sizes().size();
  if (d != n)
    throw_python("RuntimeError", "TensorAccessor expected " + std::to_string(n) + " dims but tensor has " +
                                     std::to_string(d));
}

// ---- Module ----

Module::Module(std::shared_ptr<const Impl> impl) noexcept : impl_(std::move(impl)) {}

namespace {

// Calls function `index` of `program` with `self` (when not None: a method
// on it) followed by `args`, converting each to its parameter's type.
Value call_function(const runtime::Program& program, size_t index, const runtime::Value& self,
                    std::vector<Value> args) {
  const ir::Function& fn = program.function(index);
  std::vector<runtime::Value> values;
  values.reserve(args.size() + 1);
  if (!self.is_none())
    values.push_back(self);
  try {
    for (const Value& arg : args) {
      const runtime::Value& v = unwrap(arg);
      std::optional<runtime::Value> converted;
      if (values.size() < fn.params.size())
        converted = convert(v, fn.params[values.size()].type);
      values.push_back(converted ? std::move(*converted) : v);
    }
    args.clear();
    return wrap(program.call(index, std::move(values)));
  } catch (const runtime::ScriptError& e) {
    throw from_script_error(e);
  } catch (const std::bad_alloc&) {
    throw_python("MemoryError", "");
  }
}

// The root's method `name` ("Linear.forward"), if the root has one.
std::optional<size_t> root_method(const runtime::Program& program, const runtime::Value& root,
                                  std::string_view name) {
  if (!root.is_object())
    return std::nullopt;
  const ir::ClassType* cls = root.as_object().cls();
  if (!cls->has_method(name))
    return std::nullopt;
  return program.find(cls->name() + "." + std::string(name));
}

// Appends (prefix + name, tensor) for every attribute of `kind` of `obj`, then
// recurses into its submodules (attributes of Module kind), in slot order.
void collect_tensors(const runtime::Object& obj, ir::ClassType::AttributeKind kind, const std::string& prefix,
                     std::vector<std::pair<std::string, Tensor>>& out, size_t depth) {
  if (depth > 256)
    return; // a loaded root is a tree of bounded depth (the pickle reader's limit)
  const ir::ClassType* cls = obj.cls();
  for (size_t i = 0; i < obj.num_slots(); ++i) {
    const ir::ClassType::Attribute& a = cls->attributes()[i];
    const runtime::Value& v = obj.slot(i);
    if (a.kind == kind && v.tag() == runtime::Tag::Tensor)
      out.emplace_back(
          prefix + a.name,
          wrap_tensor(rt::Tensor(runtime::Ref<rt::TensorImpl>(static_cast<rt::TensorImpl*>(v.heap())))));
  }
  for (size_t i = 0; i < obj.num_slots(); ++i) {
    const ir::ClassType::Attribute& a = cls->attributes()[i];
    const runtime::Value& v = obj.slot(i);
    if (a.kind == ir::ClassType::AttributeKind::Module && v.is_object())
      collect_tensors(v.as_object(), kind, prefix + a.name + ".", out, depth + 1);
  }
}

} // namespace

Value Module::call(std::string_view name, std::vector<Value> args) const {
  const runtime::Program& program = *impl_->program;
  if (std::optional<size_t> index = program.find(name))
    return call_function(program, *index, runtime::Value(), std::move(args));
  if (std::optional<size_t> method = root_method(program, impl_->root, name))
    return call_function(program, *method, impl_->root, std::move(args));
  throw_python("AttributeError", "'" + impl_->path + "' has no function '" + std::string(name) + "'");
}

Value Module::forward(std::vector<Value> args) const {
  if (!impl_->root.is_object())
    throw Error("the archive holds no module object; call a function by name");
  const runtime::Program& program = *impl_->program;
  std::optional<size_t> method = root_method(program, impl_->root, "forward");
  if (!method)
    throw_python("AttributeError",
                 "'" + impl_->root.as_object().cls()->name() + "' object has no attribute 'forward'");
  return call_function(program, *method, impl_->root, std::move(args));
}

bool Module::has_root() const noexcept {
  return impl_->root.is_object();
}

Value Module::root() const {
  return wrap(impl_->root);
}

std::vector<std::pair<std::string, Tensor>> Module::named_parameters() const {
  std::vector<std::pair<std::string, Tensor>> out;
  if (impl_->root.is_object())
    collect_tensors(impl_->root.as_object(), ir::ClassType::AttributeKind::Parameter, "", out, 0);
  return out;
}

std::vector<std::pair<std::string, Tensor>> Module::named_buffers() const {
  std::vector<std::pair<std::string, Tensor>> out;
  if (impl_->root.is_object())
    collect_tensors(impl_->root.as_object(), ir::ClassType::AttributeKind::Buffer, "", out, 0);
  return out;
}

bool Module::has(std::string_view name) const {
  return impl_->program->find(name).has_value() ||
         root_method(*impl_->program, impl_->root, name).has_value();
}

std::vector<std::string> Module::functions() const {
  std::vector<std::string> names;
  const runtime::Program& program = *impl_->program;
  for (size_t i = 0; i < program.num_functions(); ++i)
    names.push_back(program.function(i).name);
  return names;
}

const std::string& Module::path() const {
  return impl_->path;
}

Module load(const std::string& path) {
  runtime::Result<runtime::Archive> archive = runtime::load_archive(path);
  if (!archive)
    throw Error(archive.error().message);
  auto impl = std::make_shared<Module::Impl>();
  impl->path = path;
  impl->sources = std::move(archive->sources);
  impl->root = std::move(archive->root);
  ir::DiagnosticEngine diag;
  impl->program = runtime::Program::load(std::move(archive->module), diag);
  if (!impl->program)
    throw Error(load_failure(path, diag));
  return Module(std::move(impl));
}

} // namespace tsc
