// tests/unit/runtime/api_test.cpp - The public C++ API (tsc/tsc.h): load, call, values, errors.
#include "tsc/tsc.h"

#include "runtime/pickle.h"
#include "runtime/zip.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace {

const char* const kSource = R"(from typing import Dict, List, Optional, Tuple


class Counter:
    def __init__(self, start: int):
        self.count = start

    def bump(self) -> int:
        self.count += 1
        return self.count


def make(start: int) -> Counter:
    return Counter(start)


def add(x: int, y: int = 10) -> int:
    return x + y


def scale(xs: List[float], k: float) -> List[float]:
    out: List[float] = []
    for x in xs:
        out.append(x * k)
    return out


def inner(n: int) -> int:
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n


def outer(n: int) -> int:
    return inner(n) * 2


def lookup(d: Dict[str, int], key: str) -> Tuple[str, Optional[int]]:
    return key, d.get(key)
)";

// The IR of kSource as `tsc prog.py --emit=ir --locations` prints it (the
// archive's extra/tsc/ir.txt record).
const char* const kIr = R"(class Counter:
  count : int
  def __init__
  def bump

graph @Counter.__init__(%self : Counter, %start : int) -> NoneType:
  prim::SetAttr[name="count"](%self, %start)  # prog.py:6:9
  %0 : NoneType = prim::Constant()  # prog.py:5:5
  return (%0)

graph @Counter.bump(%self : Counter) -> int:
  %0 : int = prim::GetAttr[name="count"](%self)  # prog.py:9:9
  %1 : int = prim::Constant[value=1]()  # prog.py:9:23
  %2 : int = aten::add(%0, %1)  # prog.py:9:9
  prim::SetAttr[name="count"](%self, %2)  # prog.py:9:9
  %3 : int = prim::GetAttr[name="count"](%self)  # prog.py:10:16
  return (%3)

graph @make(%start : int) -> Counter:
  %0 : Counter = prim::CreateObject()  # prog.py:14:12
  %1 : NoneType = prim::CallMethod[name="__init__"](%0, %start)  # prog.py:14:12
  return (%0)

graph @add(%x : int, %y : int = 10) -> int:
  %0 : int = aten::add(%x, %y)  # prog.py:18:12
  return (%0)

graph @scale(%xs : List[float], %k : float) -> List[float]:
  %out : List[float] = prim::ListConstruct()  # prog.py:22:24
  %0 : int = aten::len(%xs)  # prog.py:23:14
  %1 : bool = prim::Constant[value=True]()  # prog.py:23:5
  prim::Loop(%0, %1)  # prog.py:23:5
    block0(%2 : int):
      %x : float = aten::__getitem__(%xs, %2)  # prog.py:23:14
      %3 : float = aten::mul(%x, %k)  # prog.py:24:20
      %4 : List[float] = aten::append(%out, %3)  # prog.py:24:9
      %5 : bool = prim::Constant[value=True]()  # prog.py:23:5
      -> (%5)
  return (%out)

graph @inner(%n : int) -> int:
  %0 : int = prim::Constant[value=0]()  # prog.py:29:12
  %1 : bool = aten::lt(%n, %0)  # prog.py:29:8
  prim::If(%1)  # prog.py:29:5
    block0():
      %2 : str = prim::Constant[value="negative: "]()  # prog.py:30:26
      %3 : str = aten::str(%n)  # prog.py:30:41
      %4 : str = aten::add(%2, %3)  # prog.py:30:26
      prim::RaiseException[exc="ValueError"](%4)  # prog.py:30:9
      -> ()
    block1():
      -> ()
  return (%n)

graph @outer(%n : int) -> int:
  %0 : int = prim::CallFunction[name="inner"](%n)  # prog.py:35:12
  %1 : int = prim::Constant[value=2]()  # prog.py:35:23
  %2 : int = aten::mul(%0, %1)  # prog.py:35:12
  return (%2)

graph @lookup(%d : Dict[str, int], %key : str) -> Tuple[str, Optional[int]]:
  %0 : Optional[int] = aten::get(%d, %key)  # prog.py:39:17
  %1 : Tuple[str, Optional[int]] = prim::TupleConstruct(%key, %0)  # prog.py:39:12
  return (%1)
)";

// The archive tsc's writer produces for kSource (the records of docs/archive.md).
std::string archive_bytes() {
  using tsc::runtime::PickleValue;
  PickleValue manifest = PickleValue::tuple(
      {PickleValue::tuple({PickleValue::str("code/prog.py"), PickleValue::str("prog.py")})});
  PickleValue data =
      PickleValue::object(PickleValue::global("__torch__", "PlaceholderModule"), PickleValue::tuple({}),
                          PickleValue::dict({{PickleValue::str("training"), PickleValue::boolean(true)}}));
  tsc::runtime::ZipWriter w;
  w.add("prog/extra/tsc/version", "1\n", tsc::runtime::ZipMethod::Stored);
  w.add("prog/extra/tsc/sources.pkl", tsc::runtime::write_pickle(manifest), tsc::runtime::ZipMethod::Stored);
  w.add("prog/extra/tsc/ir.txt", kIr, tsc::runtime::ZipMethod::Stored);
  w.add("prog/data.pkl", tsc::runtime::write_pickle(data), tsc::runtime::ZipMethod::Stored);
  w.add("prog/code/prog.py", kSource, tsc::runtime::ZipMethod::Deflated);
  w.add("prog/constants.pkl", tsc::runtime::write_pickle(PickleValue::tuple({})),
        tsc::runtime::ZipMethod::Stored);
  w.add("prog/version", "3\n", tsc::runtime::ZipMethod::Stored);
  return w.finish();
}

// A temporary folder for the test's files, removed afterwards.
class TempDir {
public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "tsc_api_test_XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::string file = (path_ / name).string();
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    return file;
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
  std::filesystem::path path_;
};

tsc::Module load_program(const TempDir& dir) {
  return tsc::load(dir.write("prog.pt", archive_bytes()));
}

// The tsc::Error that `f` throws; fails the test when it throws none.
template <typename F> tsc::Error error_of(F&& f) {
  try {
    f();
  } catch (const tsc::Error& e) {
    return e;
  }
  FAIL("no tsc::Error was thrown");
  return tsc::Error("unreachable");
}

} // namespace

TEST_CASE("a loaded archive lists its functions and calls them by name", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  std::vector<std::string> names = m.functions();
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"Counter.__init__", "Counter.bump", "add", "inner", "lookup",
                                          "make", "outer", "scale"});
  CHECK(m.has("add"));
  CHECK(m.has("Counter.bump"));
  CHECK_FALSE(m.has("nope"));
  CHECK(m.path() == dir.file("prog.pt"));
  CHECK(m.call("add", {2, 3}).to_int() == 5);
  // y takes its default, 10.
  CHECK(m.call("add", {2}).to_int() == 12);
  CHECK(m.call("add", {int64_t{-4}, 1LL}).repr() == "-3");
}

TEST_CASE("arguments convert to the parameters' types where Python accepts them", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  SECTION("ints in a list for List[float], an int for float") {
    tsc::Value out = m.call("scale", {tsc::Value(std::vector<tsc::Value>{1, 2.5}), 2});
    REQUIRE(out.is_list());
    CHECK(out.repr() == "[2.0, 5.0]");
    std::vector<tsc::Value> items = out.to_list();
    REQUIRE(items.size() == 2);
    CHECK(items[0].is_double());
    CHECK(items[1].to_double() == 5.0);
  }
  SECTION("a dict for Dict[str, int], and an Optional result") {
    tsc::Value d = tsc::Value::dict({{"a", 1}, {"b", 2}});
    tsc::Value hit = m.call("lookup", {d, "b"});
    CHECK(hit.repr() == "('b', 2)");
    tsc::Value miss = m.call("lookup", {d, "z"});
    CHECK(miss.repr() == "('z', None)");
    REQUIRE(miss.is_tuple());
    std::vector<tsc::Value> items = miss.to_tuple();
    REQUIRE(items.size() == 2);
    CHECK(items[0].to_str() == "z");
    CHECK(items[1].is_none());
  }
  SECTION("an empty list built in C++") {
    CHECK(m.call("scale", {std::vector<tsc::Value>{}, 3.0}).repr() == "[]");
  }
}

TEST_CASE("an object returned by one call is shared with the next", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  tsc::Value c = m.call("make", {40});
  REQUIRE(c.is_object());
  CHECK(c.type_name() == "Counter");
  CHECK(m.call("Counter.bump", {c}).to_int() == 41);
  // The same object: its count went on from 41.
  CHECK(m.call("Counter.bump", {c}).to_int() == 42);
}

TEST_CASE("calling a missing function is an AttributeError naming it", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  tsc::Error e = error_of([&] { m.call("nope", {1}); });
  CHECK(e.name() == "AttributeError");
  CHECK(e.message() == "'" + dir.file("prog.pt") + "' has no function 'nope'");
  CHECK(std::string(e.what()) == "AttributeError: " + e.message());
  CHECK(e.traceback().empty());
}

TEST_CASE("a wrong number or type of arguments is a TypeError with Python's wording", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  CHECK_THROWS_WITH(m.call("add", {}), "TypeError: add() missing 1 required positional argument: 'x'");
  CHECK_THROWS_WITH(m.call("add", {1, 2, 3}),
                    "TypeError: add() takes from 1 to 2 positional arguments but 3 were given");
  CHECK_THROWS_WITH(m.call("add", {"1"}), "TypeError: add() argument 'x' must be int, not str");
  // A float is not an int (Python would not truncate either).
  CHECK_THROWS_WITH(m.call("add", {1.5}), "TypeError: add() argument 'x' must be int, not float");
  CHECK_THROWS_WITH(m.call("scale", {std::vector<tsc::Value>{"a"}, 1.0}),
                    "TypeError: scale() argument 'xs' must be List[float], not list");
  tsc::Error e = error_of([&] { m.call("add", {}); });
  CHECK(e.name() == "TypeError");
  CHECK(e.is_script_error());
  CHECK(e.traceback().empty());
}

TEST_CASE("a script exception carries its name, message and traceback", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  tsc::Error e = error_of([&] { m.call("outer", {-3}); });
  CHECK(e.name() == "ValueError");
  CHECK(e.message() == "negative: -3");
  // As CPython prints it (less the <module> frame a script would have).
  CHECK(std::string(e.what()) == "Traceback (most recent call last):\n"
                                 "  File \"prog.py\", line 35, in outer\n"
                                 "    return inner(n) * 2\n"
                                 "  File \"prog.py\", line 30, in inner\n"
                                 "    raise ValueError(\"negative: \" + str(n))\n"
                                 "ValueError: negative: -3");
  REQUIRE(e.traceback().size() == 2);
  CHECK(e.traceback()[0].function == "outer");
  CHECK(e.traceback()[1].function == "inner");
  CHECK(e.traceback()[1].file == "prog.py");
  CHECK(e.traceback()[1].line == 30);
  CHECK(e.traceback()[1].source_line == "raise ValueError(\"negative: \" + str(n))");
  // The module stays usable after an exception.
  CHECK(m.call("outer", {4}).to_int() == 8);
}

TEST_CASE("load failures name the file and the problem", "[runtime][api]") {
  TempDir dir;
  std::string missing = dir.file("absent.pt");
  tsc::Error e = error_of([&] { tsc::load(missing); });
  CHECK(std::string(e.what()) == "cannot open archive '" + missing + "'");
  CHECK(e.name().empty());
  CHECK_FALSE(e.is_script_error());
  CHECK(e.message() == e.what());

  std::string text = dir.write("text.pt", "def f() -> int:\n    return 1\n");
  CHECK_THROWS_WITH(tsc::load(text),
                    "archive '" + text + "': not a zip archive (no end of central directory record)");

  // A truncated archive is refused, never half loaded.
  std::string bytes = archive_bytes();
  std::string cut = dir.write("cut.pt", bytes.substr(0, bytes.size() / 2));
  tsc::Error truncated = error_of([&] { tsc::load(cut); });
  CHECK(std::string(truncated.what()).rfind("archive '" + cut + "': ", 0) == 0);
}

TEST_CASE("values built in C++ have Python's repr and checked accessors", "[runtime][api]") {
  CHECK(tsc::Value().is_none());
  CHECK(tsc::Value().repr() == "None");
  CHECK(tsc::Value(true).repr() == "True");
  CHECK(tsc::Value(true).to_int() == 1);
  CHECK(tsc::Value(3).repr() == "3");
  CHECK(tsc::Value(std::numeric_limits<int64_t>::min()).to_int() == std::numeric_limits<int64_t>::min());
  CHECK(tsc::Value(1.0).repr() == "1.0");
  CHECK(tsc::Value(1e16).repr() == "1e+16");
  CHECK(tsc::Value(3).to_double() == 3.0);
  CHECK(tsc::Value("it's").repr() == "\"it's\"");
  CHECK(tsc::Value(std::string("a\n")).str() == "a\n");
  CHECK(tsc::Value(std::string_view("h\xc3\xa9llo")).size() == 5);
  CHECK(tsc::Value(std::vector<tsc::Value>{1, 2}).repr() == "[1, 2]");
  // Python keeps 1 as an int in [1, 2.5].
  CHECK(tsc::Value(std::vector<tsc::Value>{1, 2.5, tsc::Value()}).repr() == "[1, 2.5, None]");
  CHECK(tsc::Value::tuple({1}).repr() == "(1,)");
  CHECK(tsc::Value::tuple({}).repr() == "()");
  CHECK(tsc::Value::dict({{"k", 2.5}, {"j", tsc::Value::tuple({1, "x"})}}).repr() ==
        "{'k': 2.5, 'j': (1, 'x')}");
  // A repeated key keeps its first position and takes the last value.
  CHECK(tsc::Value::dict({{1, "a"}, {2, "b"}, {1, "c"}}).repr() == "{1: 'c', 2: 'b'}");
  CHECK(tsc::Value::dict({{1, "a"}}).to_dict()[0].second.to_str() == "a");
  CHECK(tsc::Value::dict({{1, "a"}}).size() == 1);

  CHECK_THROWS_WITH(tsc::Value("3").to_int(), "TypeError: expected a value of type 'int', found 'str'");
  CHECK_THROWS_WITH(tsc::Value(2.5).to_int(), "TypeError: expected a value of type 'int', found 'float'");
  CHECK_THROWS_WITH(tsc::Value(1).to_bool(), "TypeError: expected a value of type 'bool', found 'int'");
  CHECK_THROWS_WITH(tsc::Value().to_list(), "TypeError: expected a value of type 'list', found 'NoneType'");
  CHECK_THROWS_WITH(tsc::Value(1).size(), "TypeError: object of type 'int' has no len()");
  CHECK_THROWS_WITH(tsc::Value::dict({{std::vector<tsc::Value>{1}, 1}}),
                    "TypeError: unhashable type: 'list'");
}

TEST_CASE("one module serves calls from several threads at once", "[runtime][api]") {
  TempDir dir;
  tsc::Module m = load_program(dir);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        if (m.call("add", {t, i}).to_int() != t + i)
          ++wrong;
      }
    });
  }
  for (std::thread& th : threads)
    th.join();
  CHECK(wrong == 0);
}
