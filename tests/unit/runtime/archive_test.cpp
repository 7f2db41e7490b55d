// tests/unit/runtime/archive_test.cpp - Loading archives: records, versions, sources, IR, named failures.
#include "runtime/archive.h"

#include "ir/printer.h"
#include "runtime/pickle.h"
#include "runtime/zip.h"

#include "torch_archives.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace tsc;
using namespace tsc::runtime;

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

// The IR of kSource, with locations into prog.py.
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

struct Record {
  std::string name;
  std::string data;
  ZipMethod method = ZipMethod::Stored;
};

PickleValue placeholder() {
  return PickleValue::object(PickleValue::global("__torch__", "PlaceholderModule"), PickleValue::tuple({}),
                             PickleValue::dict({{PickleValue::str("training"), PickleValue::boolean(true)}}));
}

PickleValue manifest(std::vector<std::pair<std::string, std::string>> pairs) {
  std::vector<PickleValue> items;
  for (auto& [record, filename] : pairs)
    items.push_back(PickleValue::tuple({PickleValue::str(record), PickleValue::str(filename)}));
  return PickleValue::tuple(std::move(items));
}

// The records tsc's writer produces for kSource, in its order (docs/archive.md).
std::vector<Record> good_records() {
  return {
      {"m/extra/tsc/version", "1\n"},
      {"m/extra/tsc/sources.pkl", write_pickle(manifest({{"code/prog.py", "prog.py"}}))},
      {"m/extra/tsc/ir.txt", kIr},
      {"m/data.pkl", write_pickle(placeholder())},
      {"m/code/prog.py", kSource, ZipMethod::Deflated},
      {"m/constants.pkl", write_pickle(PickleValue::tuple({}))},
      {"m/version", "3\n"},
  };
}

std::string zip_of(const std::vector<Record>& records) {
  ZipWriter w;
  for (const Record& r : records)
    w.add(r.name, r.data, r.method);
  return w.finish();
}

std::vector<Record> with(std::vector<Record> records, const std::string& name, std::string data) {
  for (Record& r : records) {
    if (r.name == name) {
      r.data = std::move(data);
      return records;
    }
  }
  records.push_back({name, std::move(data)});
  return records;
}

std::vector<Record> without(std::vector<Record> records, const std::string& name) {
  std::erase_if(records, [&](const Record& r) { return r.name == name; });
  return records;
}

std::string load_error(const std::string& bytes, LoadOptions options = {}) {
  Result<Archive> r = load_archive_from_memory(bytes, "m.pt", options);
  if (r)
    FAIL("the archive loaded although it is bad");
  return r.error().message;
}

const ir::Node* first_node(const ir::Function& fn) {
  return *fn.graph->block()->nodes().begin();
}

} // namespace

TEST_CASE("a well-formed archive loads into a verified module whose ranges point into its sources",
          "[runtime][archive]") {
  Result<Archive> r = load_archive_from_memory(zip_of(good_records()), "m.pt");
  REQUIRE(r);
  const Archive& a = *r;
  CHECK(a.prefix == "m/");
  CHECK(a.file_format_version == 3);
  REQUIRE(a.module != nullptr);
  ir::PrintOptions with_locations;
  with_locations.locations = true;
  CHECK(ir::print_module(*a.module, with_locations) == kIr);
  REQUIRE(a.sources.size() == 1);
  CHECK(a.sources[0]->filename() == "prog.py");
  CHECK(a.sources[0]->text() == kSource);
  const ir::Function* add = a.module->find_function("add");
  REQUIRE(add != nullptr);
  const ir::SourceRange& range = first_node(*add)->range();
  CHECK(range.source == a.sources[0]);
  CHECK(range.line == 11);
  CHECK(range.col == 12);
  CHECK(range.source->line_text(range.line) == "    return x + y");
  CHECK(a.module->find_class("Counter") != nullptr);
  CHECK(a.data == placeholder());
}

TEST_CASE("PyTorch's .data/version record takes precedence over version", "[runtime][archive]") {
  Result<Archive> r =
      load_archive_from_memory(zip_of(with(good_records(), "m/.data/version", "10\n")), "m.pt");
  REQUIRE(r);
  CHECK(r->file_format_version == 10);
}

TEST_CASE("bad containers and version records are named", "[runtime][archive]") {
  CHECK(load_error("not a zip at all, just some text bytes") ==
        "archive 'm.pt': not a zip archive (no end of central directory record)");
  CHECK(load_error(zip_of({})) == "archive 'm.pt': the zip has no records");
  CHECK(load_error(zip_of({{"version", "3\n"}})) ==
        "archive 'm.pt': record 'version' is not inside a top folder");
  CHECK(load_error(zip_of(without(good_records(), "m/version"))) ==
        "archive 'm.pt': record 'm/version' is missing");
  CHECK(load_error(zip_of(with(good_records(), "m/version", "11\n"))) ==
        "archive 'm.pt': record 'm/version': unsupported format version 11 (this build reads versions 1 to "
        "10)");
  CHECK(
      load_error(zip_of(with(good_records(), "m/version", "0\n"))) ==
      "archive 'm.pt': record 'm/version': unsupported format version 0 (this build reads versions 1 to 10)");
  CHECK(load_error(zip_of(with(good_records(), "m/version", "three\n"))) ==
        "archive 'm.pt': record 'm/version': expected a decimal version number, found 'three\\x0a'");
  CHECK(load_error(zip_of(with(good_records(), "m/version", std::string(1000, '9')))) ==
        "archive 'm.pt': record 'm/version': size 1000 is more than the limit of 64");
}

TEST_CASE("archives not written by tsc, or by another tsc, are refused with the reason",
          "[runtime][archive]") {
  CHECK(load_error(zip_of(without(good_records(), "m/extra/tsc/version"))) ==
        "archive 'm.pt': record 'm/extra/tsc/version' is missing; the archive was not written by tsc "
        "(a PyTorch archive has no IR to load)");
  CHECK(load_error(zip_of(with(good_records(), "m/extra/tsc/version", "2\n"))) ==
        "archive 'm.pt': record 'm/extra/tsc/version': unsupported tsc archive version 2 (this build reads "
        "version 1)");
  Result<Archive> torch = load_archive_from_memory(tsc_test::kTorchModulePt, "torch_module.pt");
  REQUIRE_FALSE(torch);
  CHECK(torch.error().message ==
        "archive 'torch_module.pt': record 'torch_module/extra/tsc/version' is missing; "
        "the archive was not written by tsc (a PyTorch archive has no IR to load)");
}

TEST_CASE("a bad sources manifest names the problem", "[runtime][archive]") {
  const std::string rec = "m/extra/tsc/sources.pkl";
  CHECK(load_error(zip_of(with(good_records(), rec, write_pickle(PickleValue::list({}))))) ==
        "archive 'm.pt': record 'm/extra/tsc/sources.pkl': expected a tuple of (record, filename) pairs, "
        "found []");
  CHECK(load_error(zip_of(with(good_records(), rec, write_pickle(manifest({{"data.pkl", "x.py"}}))))) ==
        "archive 'm.pt': record 'm/extra/tsc/sources.pkl': source record 'data.pkl' is not in 'code/'");
  CHECK(
      load_error(zip_of(with(good_records(), rec, write_pickle(manifest({{"code/missing.py", "x.py"}}))))) ==
      "archive 'm.pt': record 'm/code/missing.py' is missing");
  CHECK(load_error(
            zip_of(with(good_records(), rec,
                        write_pickle(manifest({{"code/prog.py", "a.py"}, {"code/prog.py", "b.py"}}))))) ==
        "archive 'm.pt': record 'm/extra/tsc/sources.pkl': source 'code/prog.py' ('b.py') is listed twice");
  CHECK(load_error(zip_of(with(good_records(), rec, "\x80\x02N"))) ==
        "archive 'm.pt': record 'm/extra/tsc/sources.pkl': byte 3: pickle ends without STOP");
}

TEST_CASE("IR that does not parse or verify is reported with the record and line", "[runtime][archive]") {
  const std::string rec = "m/extra/tsc/ir.txt";
  std::string broken = kIr;
  // Line 19 is "graph @add(%x : int, %y : int) -> int:"; drop its ')'.
  size_t at = broken.find("%y : int) -> int:");
  REQUIRE(at != std::string::npos);
  broken.erase(at + 8, 1);
  std::string message = load_error(zip_of(with(good_records(), rec, broken)));
  CHECK(message.rfind("archive 'm.pt': record 'm/extra/tsc/ir.txt': line 19: expected ", 0) == 0);

  std::string ill_typed = kIr;
  at = ill_typed.find("%y : int) -> int:");
  ill_typed.replace(at, 17, "%y : int) -> str:");
  message = load_error(zip_of(with(good_records(), rec, ill_typed)));
  CHECK(message.rfind("archive 'm.pt': record 'm/extra/tsc/ir.txt': invalid IR: ", 0) == 0);
  CHECK(message.find("'str'") != std::string::npos);
}

TEST_CASE("a bad data.pkl or constants.pkl is named", "[runtime][archive]") {
  CHECK(
      load_error(zip_of(with(good_records(), "m/data.pkl", write_pickle(PickleValue::tuple({}))))) ==
      "archive 'm.pt': record 'm/data.pkl': expected the top-level module object (GLOBAL, NEWOBJ), found ()");
  CHECK(load_error(zip_of(with(good_records(), "m/data.pkl", "garbage"))) ==
        "archive 'm.pt': record 'm/data.pkl': byte 0: unsupported pickle opcode 0x67 ('g')");
  CHECK(load_error(zip_of(with(good_records(), "m/constants.pkl",
                               write_pickle(PickleValue::tuple({PickleValue::integer(1)}))))) ==
        "archive 'm.pt': record 'm/constants.pkl': has 1 tensor constants; this build loads none (no tensors "
        "yet)");
  CHECK(load_error(zip_of(without(good_records(), "m/constants.pkl"))) ==
        "archive 'm.pt': record 'm/constants.pkl' is missing");
}

TEST_CASE("a record whose bytes changed fails its CRC unless checking is off", "[runtime][archive]") {
  std::string bytes = zip_of(good_records());
  Result<ZipReader> zip = ZipReader::open(bytes);
  REQUIRE(zip);
  const ZipEntry* ir = zip->find("m/extra/tsc/ir.txt");
  REQUIRE(ir != nullptr);
  // "# prog.py:3:9" -> "# prog.py:4:9": still valid IR, different bytes.
  size_t at = bytes.find("prog.py:3:9", ir->data_offset);
  REQUIRE(at != std::string::npos);
  bytes[at + 8] = '4';
  CHECK(load_error(bytes).rfind("archive 'm.pt': record 'm/extra/tsc/ir.txt': crc mismatch (directory 0x",
                                0) == 0);
  LoadOptions no_crc;
  no_crc.check_crc = false;
  Result<Archive> r = load_archive_from_memory(bytes, "m.pt", no_crc);
  REQUIRE(r);
  CHECK(first_node(*r->module->functions()[0])->range().line == 4);
}

TEST_CASE("every truncation of an archive fails with a message naming the archive", "[runtime][archive]") {
  const std::string bytes = zip_of(good_records());
  for (size_t n = 0; n < bytes.size(); ++n) {
    Result<Archive> r = load_archive_from_memory(std::string_view(bytes).substr(0, n), "m.pt");
    REQUIRE_FALSE(r);
    CHECK(r.error().message.rfind("archive 'm.pt': ", 0) == 0);
  }
}

TEST_CASE("a flipped byte anywhere gives an archive or an error, never a crash", "[runtime][archive]") {
  const std::string bytes = zip_of(good_records());
  LoadOptions no_crc;
  no_crc.check_crc = false;
  size_t failures = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    for (const LoadOptions& options : {LoadOptions{}, no_crc}) {
      Result<Archive> r = load_archive_from_memory(flipped, "m.pt", options);
      if (!r) {
        ++failures;
        CHECK(r.error().message.rfind("archive 'm.pt': ", 0) == 0);
      }
    }
  }
  // Most bytes matter: headers, names, pickles and IR.
  CHECK(failures > bytes.size());
}

TEST_CASE("load_archive reads a file and names a missing one or a folder", "[runtime][archive]") {
  auto dir = std::filesystem::temp_directory_path() / ("tsc_archive_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = (dir / "m.pt").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << zip_of(good_records());
  }
  Result<Archive> r = load_archive(path);
  CHECK(r.ok());
  Result<Archive> missing = load_archive((dir / "absent.pt").string());
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message == "cannot open archive '" + (dir / "absent.pt").string() + "'");
  Result<Archive> folder = load_archive(dir.string());
  REQUIRE_FALSE(folder);
  CHECK(folder.error().message == "cannot open archive '" + dir.string() + "': not a regular file");
  std::filesystem::remove_all(dir);
}
