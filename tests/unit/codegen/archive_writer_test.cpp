// tests/unit/codegen/archive_writer_test.cpp - PyTorch's record order and bytes; round trips.
#include "codegen/archive_writer.h"

#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/verifier.h"
#include "runtime/archive.h"
#include "runtime/pickle.h"
#include "runtime/zip.h"
#include "tests/unit/runtime/torch_archives.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace tsc;
using tsc::runtime::ZipMethod;
using tsc::runtime::ZipReader;

namespace {

const char* const kSource = R"(class Counter:
    def __init__(self, start: int):
        self.count = start

    def bump(self) -> int:
        self.count += 1
        return self.count


def add(x: int, y: int) -> int:
    return x + y


def main() -> int:
    c = Counter(40)
    c.bump()
    return add(c.bump(), 0)
)";

const char* const kIr = R"(class Counter:
  count : int
  def __init__
  def bump

graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
  prim::SetAttr[name="count"](%self, %start)  # prog.py:3:9
  %0 : NoneType = prim::Constant()  # prog.py:2:5
  return (%0)

graph @Counter.bump(%self : Counter) -> int:
  %0 : int = prim::GetAttr[name="count"](%self)  # prog.py:6:9
  %1 : int = prim::Constant[value=1]()  # prog.py:6:23
  %2 : int = aten::add(%0, %1)  # prog.py:6:9
  prim::SetAttr[name="count"](%self, %2)  # prog.py:6:9
  %3 : int = prim::GetAttr[name="count"](%self)  # prog.py:7:16
  return (%3)

graph @add(%x : int, %y : int) -> int:
  %0 : int = aten::add(%x, %y)  # prog.py:11:12
  return (%0)

graph @main() -> int:
  %c : Counter = prim::CreateObject()  # prog.py:15:9
  %0 : int = prim::Constant[value=40]()  # prog.py:15:17
  %1 : NoneType = prim::CallMethod[name="__init__"](%c, %0)  # prog.py:15:9
  %2 : int = prim::CallMethod[name="bump"](%c)  # prog.py:16:5
  %3 : int = prim::CallMethod[name="bump"](%c)  # prog.py:17:16
  %4 : int = prim::Constant[value=0]()  # prog.py:17:26
  %5 : int = prim::CallFunction[name="add"](%3, %4)  # prog.py:17:12
  return (%5)
)";

// Parses IR text whose locations name files in `files` (filename -> text).
std::unique_ptr<ir::Module> parse(const std::string& ir_text,
                                  const std::map<std::string, std::string>& files) {
  std::map<std::string, std::shared_ptr<const ir::Source>> sources;
  for (const auto& [name, text] : files)
    sources[name] = std::make_shared<const ir::Source>(name, text);
  ir::DiagnosticEngine diag;
  auto module = ir::parse_module(std::make_shared<const ir::Source>("test.ir", ir_text), diag,
                                 [&](const std::string& f) -> std::shared_ptr<const ir::Source> {
                                   auto it = sources.find(f);
                                   return it == sources.end() ? nullptr : it->second;
                                 });
  REQUIRE(module != nullptr);
  REQUIRE(ir::verify(*module, diag));
  return module;
}

std::string record(const ZipReader& zip, const std::string& name) {
  const runtime::ZipEntry* e = zip.find(name);
  REQUIRE(e != nullptr);
  runtime::Result<std::string> data = zip.read(*e);
  REQUIRE(data);
  return *data;
}

std::string print_with_locations(const ir::Module& m) {
  ir::PrintOptions options;
  options.locations = true;
  return ir::print_module(m, options);
}

} // namespace

TEST_CASE("the top folder is the basename without its last extension, as PyTorch names it",
          "[codegen][archive]") {
  CHECK(codegen::archive_top_folder("m.pt") == "m");
  CHECK(codegen::archive_top_folder("out/dir/model.pt") == "model");
  CHECK(codegen::archive_top_folder("a.b.pt") == "a.b");
  CHECK(codegen::archive_top_folder("noext") == "noext");
  CHECK(codegen::archive_top_folder("dir/.pt") == "archive");
}

TEST_CASE("the file format version is 3 unless an op with a PyTorch upgrader is used", "[codegen][archive]") {
  CHECK(codegen::file_format_version(std::vector<std::string>{}) == 3);
  CHECK(codegen::file_format_version({"aten::add.int", "aten::div.int", "aten::div.float"}) == 3);
  CHECK(codegen::file_format_version({"aten::div.Tensor"}) == 4);
  CHECK(codegen::file_format_version({"aten::full", "aten::div_.Scalar"}) == 5);
  CHECK(codegen::file_format_version({"aten::linspace"}) == 8);
  CHECK(codegen::file_format_version({"aten::logspace.out"}) == 9);
  CHECK(codegen::file_format_version({"aten::add.int", "aten::gelu"}) == 10);
  CHECK(codegen::file_format_version(*parse(kIr, {})) == 3);
}

TEST_CASE("collect_sources finds each file the IR's locations name once, skipping ones without text",
          "[codegen][archive]") {
  auto with_text = parse(kIr, {{"prog.py", kSource}});
  auto sources = codegen::collect_sources(*with_text);
  REQUIRE(sources.size() == 1);
  CHECK(sources[0]->filename() == "prog.py");
  CHECK(sources[0]->text() == kSource);
  auto without_text = parse(kIr, {});
  CHECK(codegen::collect_sources(*without_text).empty());
}

TEST_CASE("records come in PyTorch's order, 64-byte aligned, with PyTorch's bytes where tsc has no news",
          "[codegen][archive]") {
  auto module = parse(kIr, {{"prog.py", kSource}});
  auto source = std::make_shared<const ir::Source>("prog.py", kSource);
  auto small = std::make_shared<const ir::Source>("small.py", "def f() -> int:\n    return 1\n");
  runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*module, {source, small}, "m");
  REQUIRE(bytes);
  runtime::Result<ZipReader> zip = ZipReader::open(*bytes);
  REQUIRE(zip);
  std::vector<std::string> names;
  for (const runtime::ZipEntry& e : zip->entries()) {
    names.push_back(e.name);
    CHECK(e.data_offset % 64 == 0);
  }
  CHECK(names == std::vector<std::string>{"m/extra/tsc/version", "m/extra/tsc/sources.pkl",
                                          "m/extra/tsc/ir.txt", "m/data.pkl", "m/code/prog.py",
                                          "m/code/small.py", "m/constants.pkl", "m/version"});
  // Sources over 200 bytes are deflated, as PyTorch's code records; everything else is stored.
  for (const runtime::ZipEntry& e : zip->entries())
    CHECK((e.method == ZipMethod::Deflated) == (e.name == "m/code/prog.py"));
  CHECK(record(*zip, "m/code/prog.py") == kSource);
  CHECK(record(*zip, "m/extra/tsc/version") == "1\n");
  CHECK(record(*zip, "m/extra/tsc/ir.txt") == print_with_locations(*module));
  CHECK(runtime::read_pickle(record(*zip, "m/extra/tsc/sources.pkl")).value() ==
        runtime::PickleValue::tuple({runtime::PickleValue::tuple({runtime::PickleValue::str("code/prog.py"),
                                                                  runtime::PickleValue::str("prog.py")}),
                                     runtime::PickleValue::tuple({runtime::PickleValue::str("code/small.py"),
                                                                  runtime::PickleValue::str("small.py")})}));

  // data.pkl, constants.pkl and version match what torch.jit.save wrote for a scripted function.
  runtime::Result<ZipReader> torch = ZipReader::open(tsc_test::kTorchFunctionPt);
  REQUIRE(torch);
  CHECK(record(*zip, "m/data.pkl") == record(*torch, "torch_function/data.pkl"));
  CHECK(record(*zip, "m/constants.pkl") == record(*torch, "torch_function/constants.pkl"));
  CHECK(record(*zip, "m/version") == record(*torch, "torch_function/version"));
}

TEST_CASE("a written archive loads back to the same IR, sources and locations", "[codegen][archive]") {
  auto module = parse(kIr, {{"prog.py", kSource}});
  runtime::Result<std::string> bytes =
      codegen::write_archive_to_memory(*module, codegen::collect_sources(*module), "m");
  REQUIRE(bytes);
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(*bytes, "m.pt");
  REQUIRE(loaded);
  CHECK(print_with_locations(*loaded->module) == print_with_locations(*module));
  REQUIRE(loaded->sources.size() == 1);
  CHECK(loaded->sources[0]->filename() == "prog.py");
  CHECK(loaded->sources[0]->text() == kSource);
  const ir::Function* main_fn = loaded->module->find_function("main");
  REQUIRE(main_fn != nullptr);
  const ir::Node* create = *main_fn->graph->block()->nodes().begin();
  CHECK(create->range().source->line_text(create->range().line) == "    c = Counter(40)");
}

TEST_CASE("sources that share a basename get distinct code records", "[codegen][archive]") {
  std::string ir_text = "graph @f() -> int:\n"
                        "  %0 : int = prim::Constant[value=1]()  # a/m.py:2:12\n"
                        "  %1 : int = prim::Constant[value=2]()  # b/m.py:2:12\n"
                        "  %2 : int = aten::add(%0, %1)  # b/m.py:2:5\n"
                        "  return (%2)\n";
  auto module = parse(ir_text, {{"a/m.py", "# a\n    return 1\n"}, {"b/m.py", "# b\n    return 2\n"}});
  auto sources = codegen::collect_sources(*module);
  REQUIRE(sources.size() == 2);
  runtime::Result<std::string> bytes = codegen::write_archive_to_memory(*module, sources, "m");
  REQUIRE(bytes);
  runtime::Result<ZipReader> zip = ZipReader::open(*bytes);
  REQUIRE(zip);
  CHECK(record(*zip, "m/code/m.py") == "# a\n    return 1\n");
  CHECK(record(*zip, "m/code/m_2.py") == "# b\n    return 2\n");
  runtime::Result<runtime::Archive> loaded = runtime::load_archive_from_memory(*bytes, "m.pt");
  REQUIRE(loaded);
  const ir::Function* f = loaded->module->find_function("f");
  REQUIRE(f != nullptr);
  std::vector<std::string> lines;
  for (const ir::Node* n : f->graph->block()->nodes())
    lines.emplace_back(n->range().source->line_text(n->range().line));
  CHECK(lines == std::vector<std::string>{"    return 1", "    return 2", "    return 2"});
}

TEST_CASE("sources the IR cannot name are refused", "[codegen][archive]") {
  auto module = parse(kIr, {});
  auto bad = std::make_shared<const ir::Source>("two\nlines.py", "");
  runtime::Result<std::string> r1 = codegen::write_archive_to_memory(*module, {bad}, "m");
  REQUIRE_FALSE(r1);
  CHECK(r1.error().message ==
        "cannot archive source 'two\\x0alines.py': its name cannot appear in IR location comments");
  auto a = std::make_shared<const ir::Source>("x.py", "1");
  auto b = std::make_shared<const ir::Source>("x.py", "2");
  runtime::Result<std::string> r2 = codegen::write_archive_to_memory(*module, {a, b}, "m");
  REQUIRE_FALSE(r2);
  CHECK(r2.error().message == "cannot archive two sources named 'x.py'");
}

TEST_CASE("write_archive names the top folder after the file and reports unwritable paths",
          "[codegen][archive]") {
  auto module = parse(kIr, {{"prog.py", kSource}});
  auto dir = std::filesystem::temp_directory_path() / ("tsc_writer_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "prog.pt").string();
  runtime::Result<void> written = codegen::write_archive(*module, codegen::collect_sources(*module), path);
  REQUIRE(written);
  runtime::Result<runtime::Archive> loaded = runtime::load_archive(path);
  REQUIRE(loaded);
  CHECK(loaded->prefix == "prog/");
  std::string bad_path = (dir / "missing" / "x.pt").string();
  runtime::Result<void> failed = codegen::write_archive(*module, {}, bad_path);
  REQUIRE_FALSE(failed);
  CHECK(failed.error().message == "cannot open '" + bad_path + "' for writing");
  std::filesystem::remove_all(dir);
}
