// tests/unit/codegen/module_archive_test.cpp - Module objects in archives: tensors, storages, mmap, errors,
// C++ API.
#include "codegen/archive_writer.h"

#include "ir/parser.h"
#include "ir/verifier.h"
#include "runtime/archive.h"
#include "runtime/dict.h"
#include "runtime/format.h"
#include "runtime/pickle.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/tensor.h"
#include "runtime/value_ops.h"
#include "runtime/zip.h"
#include "tsc/tsc.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace codegen = tsc::codegen;
namespace ir = tsc::ir;
namespace runtime = tsc::runtime;
namespace rt = tsc::runtime::tensor;
using runtime::PickleKind;
using runtime::PickleValue;
using runtime::Value;

namespace {

// Two module classes as the frontend makes them for nn.Modules: a Linear-like
// Inner, and a Root holding ModuleList-style children "0" and "1", tensors of
// every dtype, views of one storage and containers.
const char* const kIr = R"(class Inner:
  w : Tensor [parameter]
  b : Optional[Tensor] [parameter]
  stat : Tensor [buffer]
  def forward

class Root:
  "0" : Inner [module]
  "1" : Inner [module]
  t_bool : Tensor
  t_u8 : Tensor
  t_i8 : Tensor
  t_i16 : Tensor
  t_i32 : Tensor
  t_i64 : Tensor [buffer]
  t_f16 : Tensor
  t_bf16 : Tensor
  t_f64 : Tensor
  row : Tensor
  col : Tensor
  ints : List[int]
  floats : List[float]
  flags : List[bool]
  names : List[str]
  tensors : List[Tensor]
  table : Dict[str, List[int]]
  pair : Tuple[int, str, float]
  maybe : Optional[int]
  some : Optional[int]
  flag : bool
  n : int
  x : float
  s : str
  def forward

graph @Inner.forward(%self : Inner, %x : Tensor) -> Tensor:
  %0 : Tensor = prim::GetAttr[name="w"](%self)
  %1 : Tensor = aten::mul(%x, %0)
  return (%1)

graph @Root.forward(%self : Root, %x : Tensor) -> Tensor:
  %0 : Inner = prim::GetAttr[name="0"](%self)
  %1 : Tensor = prim::CallMethod[name="forward"](%0, %x)
  %2 : Inner = prim::GetAttr[name="1"](%self)
  %3 : Tensor = prim::CallMethod[name="forward"](%2, %1)
  return (%3)

graph @twice(%x : int) -> int:
  %0 : int = aten::add(%x, %x)
  return (%0)
)";

std::unique_ptr<ir::Module> parse_ir(const std::string& text) {
  ir::DiagnosticEngine diag;
  auto module = ir::parse_module(std::make_shared<const ir::Source>("module.ir", text), diag);
  for (const ir::Diagnostic& d : diag.diagnostics())
    UNSCOPED_INFO(d.range.line << ":" << d.range.col << ": " << d.message);
  REQUIRE(module != nullptr);
  REQUIRE(ir::verify(*module, diag));
  return module;
}

// A contiguous tensor of `dtype` and `sizes` whose bytes are 1, 2, 3, ... (mod 251).
rt::Tensor patterned(rt::DType dtype, std::vector<int64_t> sizes, int seed) {
  rt::Tensor t = rt::empty(sizes, dtype);
  auto* p = reinterpret_cast<unsigned char*>(t.data_ptr());
  size_t n = static_cast<size_t>(t.numel()) * t.element_size();
  for (size_t i = 0; i < n; ++i)
    p[i] = static_cast<unsigned char>((i * 7 + static_cast<size_t>(seed)) % 251);
  if (dtype == rt::DType::Bool) {
    for (size_t i = 0; i < n; ++i)
      p[i] &= 1;
  }
  // Real numbers for the floats forward() multiplies (bytes could spell NaN).
  if (dtype == rt::DType::Float32) {
    for (int64_t i = 0; i < t.numel(); ++i)
      t.data<float>()[i] = 0.25f * static_cast<float>(i + seed);
  }
  return t;
}

Value tensor_value(const rt::Tensor& t) {
  return Value(t.ref());
}

rt::Tensor as_tensor(const Value& v) {
  REQUIRE(v.tag() == runtime::Tag::Tensor);
  return rt::Tensor(runtime::Ref<rt::TensorImpl>(static_cast<rt::TensorImpl*>(v.heap())));
}

// The elements of `t` (any strides) as bytes, row-major.
std::string element_bytes(const rt::Tensor& t) {
  rt::Tensor c = rt::contiguous(t);
  return std::string(c.data_ptr(), static_cast<size_t>(c.numel()) * c.element_size());
}

Value make_inner(const ir::Module& m, int seed, bool with_bias) {
  auto obj = runtime::Ref<runtime::Object>::make(m.find_class("Inner"));
  obj->slot(0) = tensor_value(patterned(rt::DType::Float32, {2, 3}, seed));
  obj->slot(1) = with_bias ? tensor_value(patterned(rt::DType::Float32, {2}, seed + 1)) : Value();
  obj->slot(2) = tensor_value(patterned(rt::DType::Float32, {3}, seed + 2));
  return Value(std::move(obj));
}

struct Fixture {
  std::unique_ptr<ir::Module> module = parse_ir(kIr);
  Value root;
  rt::Tensor shared; // the base that `row` and `col` view

  Fixture() {
    const ir::ClassType* root_cls = module->find_class("Root");
    auto obj = runtime::Ref<runtime::Object>::make(root_cls);
    auto set = [&](const char* name, Value v) { obj->slot(*root_cls->find_attribute(name)) = std::move(v); };
    set("0", make_inner(*module, 1, true));
    set("1", make_inner(*module, 5, false));
    set("t_bool", tensor_value(patterned(rt::DType::Bool, {5}, 0)));
    set("t_u8", tensor_value(patterned(rt::DType::UInt8, {2, 2}, 1)));
    set("t_i8", tensor_value(patterned(rt::DType::Int8, {3}, 2)));
    set("t_i16", tensor_value(patterned(rt::DType::Int16, {3}, 3)));
    set("t_i32", tensor_value(patterned(rt::DType::Int32, {1, 3}, 4)));
    set("t_i64", tensor_value(patterned(rt::DType::Int64, {}, 5)));
    set("t_f16", tensor_value(patterned(rt::DType::Float16, {4}, 6)));
    set("t_bf16", tensor_value(patterned(rt::DType::BFloat16, {4}, 7)));
    set("t_f64", tensor_value(patterned(rt::DType::Float64, {2, 0}, 8)));
    shared = patterned(rt::DType::Float64, {4, 5}, 9);
    set("row", tensor_value(rt::select(shared, 0, 2)));
    set("col", tensor_value(rt::select(shared, 1, 3)));
    auto int_list = ir::Type::list_of(ir::Type::int_type());
    set("ints", runtime::make_list(int_list, {Value::from_int(1), Value::from_int(-1LL << 40)}));
    set("floats", runtime::make_list(ir::Type::list_of(ir::Type::float_type()), {Value::from_double(0.5)}));
    set("flags", runtime::make_list(ir::Type::list_of(ir::Type::bool_type()), {Value::from_bool(true)}));
    set("names", runtime::make_list(ir::Type::list_of(ir::Type::str_type()),
                                    {Value::from_str("a"), Value::from_str("é")}));
    // The list holds the same tensor as shared's storage: no new record.
    set("tensors", runtime::make_list(ir::Type::list_of(ir::Type::tensor_type()),
                                      {tensor_value(rt::transpose(shared, 0, 1))}));
    Value table = runtime::make_dict(ir::Type::dict_of(ir::Type::str_type(), int_list));
    table.as_dict().dict().set(Value::from_str("k"), runtime::make_list(int_list, {Value::from_int(3)}));
    table.as_dict().dict().set(Value::from_str("empty"), runtime::make_list(int_list, {}));
    set("table", table);
    set("pair", runtime::make_tuple({Value::from_int(7), Value::from_str("seven"), Value::from_double(7.5)}));
    set("maybe", Value());
    set("some", Value::from_int(4));
    set("flag", Value::from_bool(false));
    set("n", Value::from_int(-3));
    set("x", Value::from_double(-0.0));
    set("s", Value::from_str("text"));
    root = Value(std::move(obj));
  }

  std::string write() const {
    runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*module, {}, "m", &root);
    REQUIRE(bytes);
    return std::move(bytes).value();
  }
};

// Compares a loaded value with the original (classes by name: the loaded
// module has its own ClassTypes).
void check_same(const Value& a, const Value& b, const std::string& where) {
  INFO("at " << where);
  REQUIRE(a.tag() == b.tag());
  switch (a.tag()) {
  case runtime::Tag::Object: {
    const runtime::Object& x = a.as_object();
    const runtime::Object& y = b.as_object();
    REQUIRE(x.cls()->name() == y.cls()->name());
    REQUIRE(x.num_slots() == y.num_slots());
    for (size_t i = 0; i < x.num_slots(); ++i)
      check_same(x.slot(i), y.slot(i), where + "." + x.cls()->attributes()[i].name);
    return;
  }
  case runtime::Tag::Tensor: {
    rt::Tensor x = as_tensor(a), y = as_tensor(b);
    CHECK(x.dtype() == y.dtype());
    CHECK(x.sizes() == y.sizes());
    CHECK(x.strides() == y.strides());
    CHECK(x.storage_offset() == y.storage_offset());
    CHECK(element_bytes(x) == element_bytes(y));
    return;
  }
  case runtime::Tag::List: {
    CHECK(a.as_list().type() == b.as_list().type());
    std::vector<Value> x = a.as_list().to_values(), y = b.as_list().to_values();
    REQUIRE(x.size() == y.size());
    for (size_t i = 0; i < x.size(); ++i)
      check_same(x[i], y[i], where + "[" + std::to_string(i) + "]");
    return;
  }
  case runtime::Tag::Tuple: {
    const auto& x = a.as_tuple().items();
    const auto& y = b.as_tuple().items();
    REQUIRE(x.size() == y.size());
    for (size_t i = 0; i < x.size(); ++i)
      check_same(x[i], y[i], where + "[" + std::to_string(i) + "]");
    return;
  }
  case runtime::Tag::Dict:
  case runtime::Tag::None:
  case runtime::Tag::Bool:
  case runtime::Tag::Int:
  case runtime::Tag::Double:
  case runtime::Tag::Str:
  case runtime::Tag::Function:
    CHECK(runtime::to_repr(a) == runtime::to_repr(b));
    return;
  }
}

const Value& slot(const Value& obj, const char* name) {
  const runtime::Object& o = obj.as_object();
  std::optional<size_t> i = o.cls()->find_attribute(name);
  REQUIRE(i);
  return o.slot(*i);
}

struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("tsc_module_archive_test_" + std::to_string(::getpid()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `bytes` with record `name` (under the top folder "m/") replaced by `data`,
// every other record kept as it is (same order, same method).
std::string replace_record(const std::string& bytes, const std::string& name,
                           const std::optional<std::string>& data) {
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(bytes);
  REQUIRE(zip);
  runtime::ZipWriter out;
  for (const runtime::ZipEntry& e : zip->entries()) {
    if (e.name == "m/" + name) {
      if (data)
        out.add(e.name, *data, runtime::ZipMethod::Stored);
      continue;
    }
    runtime::Result<std::string> content = zip->read(e);
    REQUIRE(content);
    out.add(e.name, *content, e.method);
  }
  return out.finish();
}

std::string data_pkl(const std::string& bytes) {
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(bytes);
  REQUIRE(zip);
  const runtime::ZipEntry* e = zip->find("m/data.pkl");
  REQUIRE(e != nullptr);
  return *zip->read(*e);
}

// The load error of an archive whose data.pkl is `pickle` (other records as written).
std::string load_error_with_pickle(const std::string& bytes, const PickleValue& pickle) {
  std::string changed = replace_record(bytes, "data.pkl", runtime::write_pickle(pickle));
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(changed, "m.pt");
  REQUIRE_FALSE(loaded);
  return loaded.error().message;
}

} // namespace

TEST_CASE("a module object round-trips through an archive in memory", "[codegen][archive][module]") {
  Fixture f;
  std::string bytes = f.write();
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(bytes, "m.pt");
  REQUIRE(loaded);
  REQUIRE(loaded->root.is_object());
  CHECK(loaded->root.as_object().cls() == loaded->module->find_class("Root"));
  CHECK(loaded->file == nullptr);
  check_same(loaded->root, f.root, "root");
  // Every Inner-typed slot holds an object of the loaded module's Inner.
  CHECK(slot(loaded->root, "0").as_object().cls() == loaded->module->find_class("Inner"));
  CHECK(slot(slot(loaded->root, "1"), "b").is_none());
  // The dict keeps its order and its list values.
  CHECK(runtime::to_repr(slot(loaded->root, "table")) == "{'k': [3], 'empty': []}");
}

TEST_CASE("each storage is written once and 64-byte aligned in first-use order",
          "[codegen][archive][module]") {
  Fixture f;
  std::string bytes = f.write();
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(bytes);
  REQUIRE(zip);
  std::vector<std::string> names;
  for (const runtime::ZipEntry& e : zip->entries()) {
    names.push_back(e.name);
    CHECK(e.data_offset % 64 == 0);
    if (e.name.rfind("m/data/", 0) == 0)
      CHECK(e.method == runtime::ZipMethod::Stored);
  }
  // Storages: 3 per Inner with a bias, 2 for the one without, 9 dtypes, and
  // one shared by row, col and the transposed list item.
  std::vector<std::string> expected = {"m/extra/tsc/version", "m/extra/tsc/sources.pkl",
                                       "m/extra/tsc/ir.txt"};
  for (int i = 0; i < 15; ++i)
    expected.push_back("m/data/" + std::to_string(i));
  expected.insert(expected.end(), {"m/data.pkl", "m/constants.pkl", "m/version"});
  CHECK(names == expected);
  // data/0 is the first Inner's weight: 6 floats, its bytes.
  const runtime::ZipEntry* w = zip->find("m/data/0");
  REQUIRE(w != nullptr);
  CHECK(zip->stored_data(*w) == element_bytes(as_tensor(slot(slot(f.root, "0"), "w"))));
  // data/14 is the shared float64 storage, whole (20 elements), though no view covers it all.
  const runtime::ZipEntry* last = zip->find("m/data/14");
  REQUIRE(last != nullptr);
  CHECK(last->uncompressed_size == 20 * 8);
}

TEST_CASE("data.pkl has torch.jit.save's structure for a scripted module", "[codegen][archive][module]") {
  Fixture f;
  runtime::Result<PickleValue> pkl = runtime::read_pickle(data_pkl(f.write()));
  REQUIRE(pkl);
  // GLOBAL '__torch__ Root', EMPTY_TUPLE, NEWOBJ, {...}, BUILD.
  REQUIRE(pkl->is(PickleKind::Object));
  CHECK(pkl->callable() == PickleValue::global("__torch__", "Root"));
  CHECK(pkl->args() == PickleValue::tuple({}));
  REQUIRE(pkl->state() != nullptr);
  const PickleValue& state = *pkl->state();
  REQUIRE(state.is(PickleKind::Dict));
  CHECK(state.key(0) == PickleValue::str("0"));
  CHECK(state.key(2) == PickleValue::str("t_bool"));
  // A submodule is a nested object; its weight a _rebuild_tensor_v2 call.
  const PickleValue& inner = state.value(0);
  REQUIRE(inner.is(PickleKind::Object));
  CHECK(inner.callable() == PickleValue::global("__torch__", "Inner"));
  const PickleValue hooks =
      PickleValue::reduce(PickleValue::global("collections", "OrderedDict"), PickleValue::tuple({}));
  auto persid = [](const char* type, const char* key, int64_t numel) {
    return PickleValue::persistent_id(
        PickleValue::tuple({PickleValue::str("storage"), PickleValue::global("torch", type),
                            PickleValue::str(key), PickleValue::str("cpu"), PickleValue::integer(numel)}));
  };
  auto ints = [](std::vector<int64_t> v) {
    std::vector<PickleValue> items;
    for (int64_t x : v)
      items.push_back(PickleValue::integer(x));
    return PickleValue::tuple(std::move(items));
  };
  auto rebuild = [&](PickleValue id, int64_t offset, PickleValue sizes, PickleValue strides) {
    return PickleValue::reduce(
        PickleValue::global("torch._utils", "_rebuild_tensor_v2"),
        PickleValue::tuple({std::move(id), PickleValue::integer(offset), std::move(sizes), std::move(strides),
                            PickleValue::boolean(false), hooks}));
  };
  CHECK(inner.state()->value(0) == rebuild(persid("FloatStorage", "0", 6), 0, ints({2, 3}), ints({3, 1})));
  // row = shared[2] and col = shared[:, 3] name one storage with their own views.
  auto value_of = [&](const char* name) -> const PickleValue& {
    for (size_t i = 0; i < state.size(); ++i) {
      if (state.key(i) == PickleValue::str(name))
        return state.value(i);
    }
    FAIL("no attribute " << name);
    return state;
  };
  CHECK(value_of("row") == rebuild(persid("DoubleStorage", "14", 20), 10, ints({5}), ints({1})));
  CHECK(value_of("col") == rebuild(persid("DoubleStorage", "14", 20), 3, ints({4}), ints({5})));
  CHECK(value_of("t_bool").args().items()[0] == persid("BoolStorage", "5", 5));
  CHECK(value_of("t_u8").args().items()[0] == persid("ByteStorage", "6", 4));
  CHECK(value_of("t_i8").args().items()[0] == persid("CharStorage", "7", 3));
  CHECK(value_of("t_i16").args().items()[0] == persid("ShortStorage", "8", 3));
  CHECK(value_of("t_i32").args().items()[0] == persid("IntStorage", "9", 3));
  CHECK(value_of("t_i64") == rebuild(persid("LongStorage", "10", 1), 0, ints({}), ints({})));
  CHECK(value_of("t_f16").args().items()[0] == persid("HalfStorage", "11", 4));
  CHECK(value_of("t_bf16").args().items()[0] == persid("BFloat16Storage", "12", 4));
  CHECK(value_of("t_f64").args().items()[0] == persid("DoubleStorage", "13", 0));
  // Typed lists and dicts as torch.jit._pickle builds them.
  auto jit = [](const char* fn, std::vector<PickleValue> args) {
    return PickleValue::reduce(PickleValue::global("torch.jit._pickle", fn),
                               PickleValue::tuple(std::move(args)));
  };
  CHECK(value_of("ints") == jit("build_intlist", {PickleValue::list({PickleValue::integer(1),
                                                                     PickleValue::integer(-1LL << 40)})}));
  CHECK(value_of("floats") == jit("build_doublelist", {PickleValue::list({PickleValue::real(0.5)})}));
  CHECK(value_of("flags") == jit("build_boollist", {PickleValue::list({PickleValue::boolean(true)})}));
  CHECK(value_of("names") ==
        jit("restore_type_tag", {PickleValue::list({PickleValue::str("a"), PickleValue::str("é")}),
                                 PickleValue::str("List[str]")}));
  CHECK(value_of("tensors").callable() == PickleValue::global("torch.jit._pickle", "build_tensorlist"));
  CHECK(value_of("table").args().items()[1] == PickleValue::str("Dict[str, List[int]]"));
  CHECK(value_of("pair") ==
        PickleValue::tuple({PickleValue::integer(7), PickleValue::str("seven"), PickleValue::real(7.5)}));
  CHECK(value_of("maybe") == PickleValue::none());
}

TEST_CASE("without a root object the archive keeps torch's PlaceholderModule bytes",
          "[codegen][archive][module]") {
  Fixture f;
  runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*f.module, {}, "m");
  REQUIRE(bytes);
  const unsigned char expected[] = {
      0x80, 0x02, 'c', '_', '_', 't', 'o', 'r', 'c', 'h', '_',  '_', '\n', 'P', 'l',  'a', 'c', 'e', 'h', 'o',
      'l',  'd',  'e', 'r', 'M', 'o', 'd', 'u', 'l', 'e', '\n', 'q', 0,    ')', 0x81, '}', '(', 'X', 8,   0,
      0,    0,    't', 'r', 'a', 'i', 'n', 'i', 'n', 'g', 'q',  1,   0x88, 'u', 'b',  'q', 2,   '.'};
  CHECK(data_pkl(*bytes) == std::string(reinterpret_cast<const char*>(expected), sizeof(expected)));
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(*bytes, "m.pt");
  REQUIRE(loaded);
  CHECK(loaded->root.is_none());
}

TEST_CASE("a loaded file's tensors view the mapped file without copying", "[codegen][archive][module]") {
  Fixture f;
  TempDir dir;
  const std::string path = dir.file("m.pt");
  REQUIRE(codegen::write_archive(*f.module, {}, path, &f.root));
  const std::string before = read_file(path);
  runtime::Result<runtime::Archive> loaded = runtime::load_archive(path);
  REQUIRE(loaded);
  REQUIRE(loaded->file != nullptr);
  check_same(loaded->root, f.root, "root");
  const char* begin = loaded->file->data();
  const char* end = begin + loaded->file->size();
  rt::Tensor w = as_tensor(slot(slot(loaded->root, "0"), "w"));
  CHECK(w.data_ptr() >= begin);
  CHECK(w.data_ptr() + 24 <= end);
  CHECK(reinterpret_cast<uintptr_t>(w.data_ptr()) % 64 == 0);
  // The data lies where the zip says data/0's bytes are.
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(before);
  REQUIRE(zip);
  CHECK(static_cast<uint64_t>(w.data_ptr() - begin) == zip->find("m/data/0")->data_offset);

  // row, col and the list's transposed tensor share one Storage.
  rt::Tensor row = as_tensor(slot(loaded->root, "row"));
  rt::Tensor col = as_tensor(slot(loaded->root, "col"));
  rt::Tensor item = as_tensor(slot(loaded->root, "tensors").as_list().get(0));
  CHECK(row.shares_storage(col));
  CHECK(row.shares_storage(item));
  CHECK(row.impl()->storage()->is_external());
  CHECK(row.data_ptr() - row.storage_offset() * 8 == col.data_ptr() - col.storage_offset() * 8);
  // A write through one view is seen by the others, as in the original.
  rt::Tensor col_copy = col;
  rt::fill_(col_copy, rt::Scalar(42.0));
  CHECK(row.data<double>()[3] == 42.0);

  // In-place writes change this process's pages, never the file.
  rt::fill_(w, rt::Scalar(1.0));
  CHECK(w.data<float>()[0] == 1.0f);
  CHECK(read_file(path) == before);

  // The mapping outlives the Archive while a tensor holds it.
  runtime::Value keep = slot(loaded->root, "row");
  loaded = runtime::Error{"dropped"};
  CHECK(as_tensor(keep).data<double>()[3] == 42.0);
}

TEST_CASE("load_archive_from_memory copies storages out of its bytes", "[codegen][archive][module]") {
  Fixture f;
  std::string bytes = f.write();
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(bytes, "m.pt");
  REQUIRE(loaded);
  rt::Tensor w = as_tensor(slot(slot(loaded->root, "0"), "w"));
  CHECK((w.data_ptr() < bytes.data() || w.data_ptr() >= bytes.data() + bytes.size()));
  CHECK_FALSE(w.impl()->storage()->is_external());
  std::string expected = element_bytes(w);
  std::fill(bytes.begin(), bytes.end(), '\0');
  CHECK(element_bytes(w) == expected);
  // One storage still for the views.
  CHECK(as_tensor(slot(loaded->root, "row")).shares_storage(as_tensor(slot(loaded->root, "col"))));
}

TEST_CASE("the writer refuses what an archive cannot hold", "[codegen][archive][module]") {
  Fixture f;
  SECTION("a root that is not an object") {
    Value v = Value::from_int(3);
    runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*f.module, {}, "m", &v);
    REQUIRE_FALSE(bytes);
    CHECK(
        bytes.error().message ==
        "cannot archive a value of type 'int' as the module object; expected an object of a scripted class");
  }
  SECTION("an object of another program's class") {
    auto other = parse_ir("class Inner:\n  w : Tensor [parameter]\n  b : Optional[Tensor] [parameter]\n"
                          "  stat : Tensor [buffer]\n");
    Value foreign = make_inner(*other, 1, true);
    f.root.as_object().slot(0) = foreign;
    runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*f.module, {}, "m", &f.root);
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().message ==
          "cannot archive attribute '0': its class 'Inner' is not a class of the program");
  }
  SECTION("an object that contains itself") {
    auto m = parse_ir("class Node:\n  next : Optional[Node]\n");
    auto obj = runtime::Ref<runtime::Object>::make(m->find_class("Node"));
    Value v(obj);
    obj->slot(0) = v;
    runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*m, {}, "m", &v);
    obj->slot(0) = Value(); // break the cycle
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().message == "cannot archive attribute 'next': the object contains itself");
  }
}

TEST_CASE("damaged module archives give errors naming the record and the problem",
          "[codegen][archive][module]") {
  Fixture f;
  const std::string bytes = f.write();
  runtime::Result<PickleValue> pkl = runtime::read_pickle(data_pkl(bytes));
  REQUIRE(pkl);
  auto load_error = [](const std::string& changed) {
    runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(changed, "m.pt");
    REQUIRE_FALSE(loaded);
    return loaded.error().message;
  };
  // data.pkl with attribute `name` of the root replaced by `v` (or dropped when null).
  auto with_attribute = [&](const char* name, const PickleValue* v) {
    std::vector<std::pair<PickleValue, PickleValue>> entries;
    const PickleValue& state = *pkl->state();
    for (size_t i = 0; i < state.size(); ++i) {
      if (state.key(i) == PickleValue::str(name)) {
        if (v)
          entries.emplace_back(state.key(i), *v);
        continue;
      }
      entries.emplace_back(state.key(i), state.value(i));
    }
    return PickleValue::object(pkl->callable(), pkl->args(), PickleValue::dict(std::move(entries)));
  };
  auto tensor_with = [&](const char* name, size_t arg, const PickleValue& replacement) {
    const PickleValue& state = *pkl->state();
    for (size_t i = 0; i < state.size(); ++i) {
      if (state.key(i) == PickleValue::str(name)) {
        std::vector<PickleValue> args = state.value(i).args().items();
        args[arg] = replacement;
        return PickleValue::reduce(state.value(i).callable(), PickleValue::tuple(std::move(args)));
      }
    }
    FAIL("no attribute " << name);
    return PickleValue();
  };
  const std::string prefix = "archive 'm.pt': record 'm/data.pkl': ";

  SECTION("a missing data record") {
    CHECK(load_error(replace_record(bytes, "data/0", std::nullopt)) ==
          "archive 'm.pt': record 'm/data/0' is missing (the storage of attribute '0.w')");
  }
  SECTION("a data record smaller than its storage") {
    CHECK(
        load_error(replace_record(bytes, "data/0", std::string(20, 'x'))) ==
        "archive 'm.pt': record 'm/data/0': holds 20 bytes, fewer than the 6 elements of 4 bytes its storage "
        "type needs");
  }
  SECTION("a corrupt data record") {
    std::string changed = bytes;
    runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(changed);
    REQUIRE(zip);
    changed[zip->find("m/data/1")->data_offset] ^= 0x55;
    CHECK(load_error(changed).find("archive 'm.pt': ") == 0);
    CHECK(load_error(changed).find("crc mismatch") != std::string::npos);
  }
  SECTION("a view outside its storage") {
    PickleValue t = tensor_with("row", 1, PickleValue::integer(16));
    CHECK(load_error_with_pickle(bytes, with_attribute("row", &t)) ==
          prefix +
              "attribute 'row': the view (offset 16) reaches past the end of storage '14' of 20 elements");
    PickleValue huge = tensor_with("row", 3, PickleValue::tuple({PickleValue::integer(INT64_MAX)}));
    CHECK(load_error_with_pickle(bytes, with_attribute("row", &huge)).find("reaches past the end") !=
          std::string::npos);
  }
  SECTION("an unknown storage type") {
    PickleValue id = PickleValue::persistent_id(
        PickleValue::tuple({PickleValue::str("storage"), PickleValue::global("torch", "QUInt8Storage"),
                            PickleValue::str("5"), PickleValue::str("cpu"), PickleValue::integer(5)}));
    PickleValue t = tensor_with("t_bool", 0, id);
    CHECK(load_error_with_pickle(bytes, with_attribute("t_bool", &t)) ==
          prefix + "attribute 't_bool': unknown storage type 'torch.QUInt8Storage'");
  }
  SECTION("a missing attribute") {
    CHECK(load_error_with_pickle(bytes, with_attribute("n", nullptr)) ==
          prefix + "attribute 'n': is missing (class 'Root' declares it as 'int')");
  }
  SECTION("an attribute of the wrong type") {
    PickleValue s = PickleValue::str("three");
    CHECK(load_error_with_pickle(bytes, with_attribute("n", &s)) ==
          prefix + "attribute 'n': expected a value of type 'int', found a str");
    PickleValue inner = pkl->state()->value(0);
    CHECK(load_error_with_pickle(bytes, with_attribute("pair", &inner)) ==
          prefix +
              "attribute 'pair': expected a value of type 'Tuple[int, str, float]', found an object of class "
              "'__torch__.Inner'");
  }
  SECTION("an attribute the class does not have") {
    std::vector<std::pair<PickleValue, PickleValue>> entries;
    for (size_t i = 0; i < pkl->state()->size(); ++i)
      entries.emplace_back(pkl->state()->key(i), pkl->state()->value(i));
    entries.emplace_back(PickleValue::str("extra"), PickleValue::integer(1));
    CHECK(load_error_with_pickle(bytes, PickleValue::object(pkl->callable(), pkl->args(),
                                                            PickleValue::dict(std::move(entries)))) ==
          prefix + "the module object: class 'Root' has no attribute 'extra'");
  }
  SECTION("an unknown class") {
    PickleValue other = PickleValue::object(PickleValue::global("__torch__", "Missing"),
                                            PickleValue::tuple({}), PickleValue::dict({}));
    CHECK(load_error_with_pickle(bytes, other) ==
          prefix + "the module object: unknown class '__torch__.Missing' (the program's classes are under "
                   "'__torch__')");
    PickleValue torch_class =
        PickleValue::object(PickleValue::global("__torch__.torch.nn.modules.linear", "Inner"),
                            PickleValue::tuple({}), PickleValue::dict({}));
    CHECK(load_error_with_pickle(bytes, with_attribute("0", &torch_class)) ==
          prefix +
              "attribute '0': unknown class '__torch__.torch.nn.modules.linear.Inner' (the program's classes "
              "are under '__torch__')");
  }
  SECTION("a submodule of the wrong class") {
    PickleValue root_as_child = *pkl;
    CHECK(load_error_with_pickle(bytes, with_attribute("1", &root_as_child)) ==
          prefix + "attribute '1': expected an object of class 'Inner', found one of 'Root'");
  }
  SECTION("one storage key named with two dtypes") {
    PickleValue id = PickleValue::persistent_id(
        PickleValue::tuple({PickleValue::str("storage"), PickleValue::global("torch", "ByteStorage"),
                            PickleValue::str("14"), PickleValue::str("cpu"), PickleValue::integer(160)}));
    PickleValue t = tensor_with("t_u8", 0, id);
    CHECK(load_error_with_pickle(bytes, with_attribute("t_u8", &t))
              .find("storage '14' is named with two types") != std::string::npos);
  }
}

TEST_CASE("tsc::load runs the module object's forward and lists its parameters", "[codegen][archive][api]") {
  Fixture f;
  TempDir dir;
  const std::string path = dir.file("model.pt");
  REQUIRE(codegen::write_archive(*f.module, {}, path, &f.root));
  tsc::Module m = tsc::load(path);
  REQUIRE(m.has_root());
  CHECK(m.root().type_name() == "Root");

  float x[3] = {1, 2, 3};
  tsc::Tensor input = tsc::Tensor::from_blob(x, {3}, tsc::DType::Float32);
  // forward(x) = x * w0 * w1 (broadcast over the rows of the [2, 3] weights).
  tsc::Tensor y = m.forward({input}).to_tensor();
  REQUIRE(y.sizes() == std::vector<int64_t>{2, 3});
  const float* w0 = reinterpret_cast<const float*>(as_tensor(slot(slot(f.root, "0"), "w")).data_ptr());
  const float* w1 = reinterpret_cast<const float*>(as_tensor(slot(slot(f.root, "1"), "w")).data_ptr());
  for (int i = 0; i < 6; ++i)
    CHECK(y.data_ptr<float>()[i] == x[i % 3] * w0[i] * w1[i]);
  tsc::Tensor y2 = m.call("forward", {input}).to_tensor();
  CHECK(std::memcmp(y2.data_ptr(), y.data_ptr(), 6 * sizeof(float)) == 0);
  CHECK(m.call("twice", {21}).to_int() == 42);
  CHECK(m.has("forward"));

  std::vector<std::string> names;
  for (const auto& [name, t] : m.named_parameters())
    names.push_back(name);
  // "1.b" is None: left out, as torch does.
  CHECK(names == std::vector<std::string>{"0.w", "0.b", "1.w"});
  std::vector<std::string> buffers;
  for (const auto& [name, t] : m.named_buffers())
    buffers.push_back(name);
  CHECK(buffers == std::vector<std::string>{"t_i64", "0.stat", "1.stat"});
  // The parameters are the module's: a write changes what forward computes.
  tsc::Tensor w = m.named_parameters()[0].second;
  std::fill(w.data_ptr<float>(), w.data_ptr<float>() + 6, 0.0f);
  tsc::Tensor z = m.forward({input}).to_tensor();
  CHECK(z.data_ptr<float>()[0] == 0.0f);
}

TEST_CASE("an archive of functions has no module object to call forward on", "[codegen][archive][api]") {
  Fixture f;
  TempDir dir;
  const std::string path = dir.file("fns.pt");
  REQUIRE(codegen::write_archive(*f.module, {}, path));
  tsc::Module m = tsc::load(path);
  CHECK_FALSE(m.has_root());
  CHECK(m.root().is_none());
  CHECK(m.named_parameters().empty());
  CHECK(m.call("twice", {2}).to_int() == 4);
  try {
    m.forward({1});
    FAIL("forward of an archive of functions returned");
  } catch (const tsc::Error& e) {
    CHECK(std::string(e.what()) == "the archive holds no module object; call a function by name");
  }
  try {
    m.call("forward", {1});
    FAIL("call of a missing function returned");
  } catch (const tsc::Error& e) {
    CHECK(e.name() == "AttributeError");
  }
}

TEST_CASE("a refined tensor slot checks the loaded tensor's dtype and sizes", "[codegen][archive][module]") {
  auto module = parse_ir("class R:\n  w : Float(2, *) [parameter]\n");
  auto obj = runtime::Ref<runtime::Object>::make(module->find_class("R"));
  obj->slot(0) = tensor_value(patterned(rt::DType::Float32, {2, 7}, 0));
  Value root(obj);
  runtime::Result<std::string> good = codegen::write_archive_to_memory(*module, {}, "m", &root);
  REQUIRE(good);
  CHECK(runtime::load_archive_from_memory(*good, "m.pt"));
  for (auto [dtype, sizes] : {std::pair{rt::DType::Int64, std::vector<int64_t>{2, 7}},
                              std::pair{rt::DType::Float32, std::vector<int64_t>{3, 7}}}) {
    obj->slot(0) = tensor_value(patterned(dtype, sizes, 0));
    runtime::Result<std::string> bad = codegen::write_archive_to_memory(*module, {}, "m", &root);
    REQUIRE(bad);
    runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(*bad, "m.pt");
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().message ==
          std::string(
              "archive 'm.pt': record 'm/data.pkl': attribute 'w': expected a tensor of type 'Float(2, *)', "
              "found a ") +
              (dtype == rt::DType::Int64 ? "Long tensor of sizes (2, 7)" : "Float tensor of sizes (3, 7)"));
  }
}

TEST_CASE("a corrupt mapped data record fails its crc unless mapped data checks are off",
          "[codegen][archive][module]") {
  Fixture f;
  TempDir dir;
  const std::string path = dir.file("m.pt");
  std::string bytes = f.write();
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(bytes);
  REQUIRE(zip);
  const uint64_t at = zip->find("m/data/2")->data_offset;
  bytes[at] = static_cast<char>(bytes[at] ^ 0x55);
  {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  runtime::Result<runtime::Archive> checked = runtime::load_archive(path);
  REQUIRE_FALSE(checked);
  CHECK(checked.error().message == "archive '" + path + "': record 'm/data/2': crc mismatch");
  runtime::LoadOptions lazy;
  lazy.check_mapped_data_crc = false;
  runtime::Result<runtime::Archive> loaded = runtime::load_archive(path, lazy);
  REQUIRE(loaded);
  rt::Tensor stat = as_tensor(slot(slot(loaded->root, "0"), "stat"));
  CHECK(stat.data_ptr()[0] == bytes[at]);
}

TEST_CASE("mutated module archives load or fail with a message and never crash",
          "[codegen][archive][module]") {
  Fixture f;
  const std::string bytes = f.write();
  runtime::Result<runtime::ZipReader> zip = runtime::ZipReader::open(bytes);
  REQUIRE(zip);
  const runtime::ZipEntry* pkl = zip->find("m/data.pkl");
  REQUIRE(pkl != nullptr);
  runtime::LoadOptions no_crc;
  no_crc.check_crc = false;
  uint64_t state = 0x9e3779b97f4a7c15ULL;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  size_t loaded_count = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string changed = bytes;
    // One to three byte changes inside data.pkl, or in a data/ record's numbers.
    for (uint64_t k = 0, n = 1 + next() % 3; k < n; ++k) {
      uint64_t at = pkl->data_offset + next() % pkl->compressed_size;
      changed[at] = static_cast<char>(next() % 3 == 0 ? changed[at] ^ (1 << (next() % 8)) : next() & 0xff);
    }
    runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(changed, "m.pt", no_crc);
    if (loaded) {
      ++loaded_count;
      continue;
    }
    INFO(loaded.error().message);
    CHECK(loaded.error().message.rfind("archive 'm.pt': ", 0) == 0);
  }
  // Some mutations only change values (an int, a float's bits) and still load.
  CHECK(loaded_count > 0);
  CHECK(loaded_count < 3000);
}
