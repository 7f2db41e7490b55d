// tests/unit/runtime/pickle_test.cpp - Protocol-2 pickles from CPython and PyTorch; hostile input.
#include "runtime/pickle.h"
#include "runtime/zip.h"

#include "torch_archives.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

using namespace tsc::runtime;

namespace {

using P = PickleValue;

// Bytes from a string literal that may contain NULs.
template <size_t N> std::string bytes(const char (&s)[N]) {
  return std::string(s, N - 1);
}

PickleValue read_ok(std::string_view b) {
  Result<PickleValue> r = read_pickle(b);
  if (!r)
    FAIL("read_pickle failed: " << r.error().message);
  return std::move(r).value();
}

std::string read_error(std::string_view b, const PickleLimits& limits = {}) {
  Result<PickleValue> r = read_pickle(b, limits);
  if (r)
    FAIL("read_pickle accepted bad input as " << r->repr());
  return r.error().message;
}

} // namespace

TEST_CASE("CPython's protocol-2 ints, floats, None and bools read back as written", "[runtime][pickle]") {
  // pickle.dumps((0, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**40, -2**40,
  //               2**63-1, -2**63, 1.5, -0.0, None, True, False), protocol=2)
  const std::string b = bytes("\x80\x02\x28\x4b\x00\x4b\xff\x4d\x00\x01\x4d\xff\xff\x4a\x00\x00\x01\x00\x4a"
                              "\xff\xff\xff\xff\x4a\x00\x00"
                              "\x00\x80\x8a\x05\x00\x00\x00\x80\x00\x8a\x06\x00\x00\x00\x00\x00\x01\x8a\x06"
                              "\x00\x00\x00\x00\x00\xff\x8a"
                              "\x08\xff\xff\xff\xff\xff\xff\xff\x7f\x8a\x08\x00\x00\x00\x00\x00\x00\x00\x80"
                              "\x47\x3f\xf8\x00\x00\x00\x00"
                              "\x00\x00\x47\x80\x00\x00\x00\x00\x00\x00\x00\x4e\x88\x89\x74\x71\x00\x2e");
  PickleValue v = read_ok(b);
  const int64_t int_min = std::numeric_limits<int64_t>::min();
  const int64_t int_max = std::numeric_limits<int64_t>::max();
  PickleValue expected = P::tuple(
      {P::integer(0), P::integer(255), P::integer(256), P::integer(65535), P::integer(65536), P::integer(-1),
       P::integer(-(int64_t{1} << 31)), P::integer(int64_t{1} << 31), P::integer(int64_t{1} << 40),
       P::integer(-(int64_t{1} << 40)), P::integer(int_max), P::integer(int_min), P::real(1.5), P::real(-0.0),
       P::none(), P::boolean(true), P::boolean(false)});
  CHECK(v == expected);
  CHECK(std::signbit(v.items()[13].as_float()));
}

TEST_CASE("CPython's protocol-2 strings read back as UTF-8", "[runtime][pickle]") {
  // pickle.dumps(("", "abc", "h\u00e9llo \u20ac"), protocol=2)
  const std::string b =
      bytes("\x80\x02\x58\x00\x00\x00\x00\x71\x00\x58\x03\x00\x00\x00\x61\x62\x63\x71\x01\x58"
            "\x0a\x00\x00\x00\x68\xc3\xa9\x6c\x6c\x6f\x20\xe2\x82\xac\x71\x02\x87\x71\x03\x2e");
  CHECK(read_ok(b) == P::tuple({P::str(""), P::str("abc"), P::str("h\xc3\xa9llo \xe2\x82\xac")}));
}

TEST_CASE("CPython's protocol-2 lists, dicts and tuples of every arity read back", "[runtime][pickle]") {
  // pickle.dumps(([1, 2], {"a": 1, "b": [True]}, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4)), protocol=2)
  const std::string b = bytes("\x80\x02\x28\x5d\x71\x00\x28\x4b\x01\x4b\x02\x65\x7d\x71\x01\x28\x58\x01\x00"
                              "\x00\x00\x61\x71\x02\x4b\x01"
                              "\x58\x01\x00\x00\x00\x62\x71\x03\x5d\x71\x04\x88\x61\x75\x29\x4b\x01\x85\x71"
                              "\x05\x4b\x01\x4b\x02\x86\x71"
                              "\x06\x4b\x01\x4b\x02\x4b\x03\x87\x71\x07\x28\x4b\x01\x4b\x02\x4b\x03\x4b\x04"
                              "\x74\x71\x08\x74\x71\x09\x2e");
  P one = P::integer(1), two = P::integer(2), three = P::integer(3);
  PickleValue expected = P::tuple({P::list({one, two}),
                                   P::dict({{P::str("a"), one}, {P::str("b"), P::list({P::boolean(true)})}}),
                                   P::tuple({}), P::tuple({one}), P::tuple({one, two}),
                                   P::tuple({one, two, three}), P::tuple({one, two, three, P::integer(4)})});
  PickleValue v = read_ok(b);
  CHECK(v == expected);
  CHECK(v.items()[1].size() == 2);
  CHECK(v.items()[1].key(1) == P::str("b"));
  CHECK(v.items()[1].value(0) == one);
  // pickle.dumps({1: 5}, protocol=2) uses SETITEM for a single entry.
  CHECK(read_ok(bytes("\x80\x02\x7d\x71\x00\x4b\x01\x4b\x05\x73\x2e")) == P::dict({{one, P::integer(5)}}));
}

TEST_CASE("a memo reference sees the list as mutated after it was memoized", "[runtime][pickle]") {
  // x = [1]; pickle.dumps([x, x], protocol=2): the inner list is memoized empty, then appended to.
  PickleValue v = read_ok(bytes("\x80\x02\x5d\x71\x00\x28\x5d\x71\x01\x4b\x01\x61\x68\x01\x65\x2e"));
  PickleValue inner = P::list({P::integer(1)});
  CHECK(v == P::list({inner, inner}));
}

TEST_CASE("a self-containing list is rejected, not followed forever", "[runtime][pickle]") {
  // l = []; l.append(l); pickle.dumps(l, protocol=2)
  CHECK(read_error(bytes("\x80\x02\x5d\x71\x00\x68\x00\x61\x2e")) == "a memoized value contains itself");
}

TEST_CASE(
    "PyTorch's data.pkl of a module reads as GLOBAL, NEWOBJ and BUILD with tensor and tagged attributes",
    "[runtime][pickle]") {
  Result<ZipReader> zip = ZipReader::open(tsc_test::kTorchModulePt);
  REQUIRE(zip);
  const ZipEntry* entry = zip->find("torch_module/data.pkl");
  REQUIRE(entry != nullptr);
  Result<std::string> data = zip->read(*entry);
  REQUIRE(data);
  PickleValue v = read_ok(*data);

  REQUIRE(v.is(PickleKind::Object));
  CHECK(v.callable() == P::global("__torch__", "Model"));
  CHECK(v.args() == P::tuple({}));
  REQUIRE(v.state() != nullptr);
  const PickleValue& state = *v.state();
  REQUIRE(state.is(PickleKind::Dict));
  REQUIRE(state.size() == 9);
  CHECK(state.key(0) == P::str("scale"));
  // torch._utils._rebuild_tensor_v2(('storage', FloatStorage, '0', 'cpu', 2), 0, (2,), (1,), True,
  // OrderedDict())
  PickleValue storage = P::persistent_id(P::tuple(
      {P::str("storage"), P::global("torch", "FloatStorage"), P::str("0"), P::str("cpu"), P::integer(2)}));
  PickleValue tensor = P::reduce(
      P::global("torch._utils", "_rebuild_tensor_v2"),
      P::tuple({storage, P::integer(0), P::tuple({P::integer(2)}), P::tuple({P::integer(1)}),
                P::boolean(true), P::reduce(P::global("collections", "OrderedDict"), P::tuple({}))}));
  CHECK(state.value(0) == tensor);
  CHECK(state.key(1) == P::str("training"));
  CHECK(state.value(1) == P::boolean(true));
  CHECK(state.value(2) == P::none());
  PickleValue tag = P::global("torch.jit._pickle", "restore_type_tag");
  CHECK(state.value(3) ==
        P::reduce(tag, P::tuple({P::list({P::str("a"), P::str("b")}), P::str("List[str]")})));
  // The second restore_type_tag is a BINGET of the memoized GLOBAL.
  CHECK(state.value(4) ==
        P::reduce(tag, P::tuple({P::dict({{P::str("x"), P::integer(1)}}), P::str("Dict[str, int]")})));
  CHECK(state.value(5) == P::tuple({P::integer(3), P::real(0.5)}));
  CHECK(state.value(6) == P::integer(int64_t{1} << 40));
  CHECK(state.value(7) == P::integer(-7));
  CHECK(state.key(8) == P::str("maybe"));
  CHECK(state.value(8) == P::none());
}

TEST_CASE("the writer produces PyTorch's bytes for a scripted function's data.pkl", "[runtime][pickle]") {
  // torch.jit.save of a scripted function: PlaceholderModule with {'training': True}.
  Result<ZipReader> zip = ZipReader::open(tsc_test::kTorchFunctionPt);
  REQUIRE(zip);
  const ZipEntry* entry = zip->find("torch_function/data.pkl");
  REQUIRE(entry != nullptr);
  Result<std::string> torch_bytes = zip->read(*entry);
  REQUIRE(torch_bytes);
  PickleValue placeholder = P::object(P::global("__torch__", "PlaceholderModule"), P::tuple({}),
                                      P::dict({{P::str("training"), P::boolean(true)}}));
  CHECK(write_pickle(placeholder) == *torch_bytes);
  CHECK(read_ok(*torch_bytes) == placeholder);
}

TEST_CASE("the writer picks PyTorch's int opcodes by magnitude", "[runtime][pickle]") {
  // pickler.cpp pushInt: BININT1 'K' for 0..255, BININT2 'M' to 65535, BININT 'J' for int32, else 8-byte
  // LONG1.
  CHECK(write_pickle(P::integer(7)) == bytes("\x80\x02K\x07."));
  CHECK(write_pickle(P::integer(300)) == bytes("\x80\x02M\x2c\x01."));
  CHECK(write_pickle(P::integer(-7)) == bytes("\x80\x02J\xf9\xff\xff\xff."));
  CHECK(write_pickle(P::integer(int64_t{1} << 40)) ==
        bytes("\x80\x02\x8a\x08\x00\x00\x00\x00\x00\x01\x00\x00."));
  CHECK(write_pickle(P::tuple({})) == bytes("\x80\x02)."));
  CHECK(write_pickle(P::real(0.5)) == bytes("\x80\x02G\x3f\xe0\x00\x00\x00\x00\x00\x00."));
}

TEST_CASE("written values read back equal, with strings and globals memoized", "[runtime][pickle]") {
  PickleValue g = P::global("torch.jit._pickle", "build_intlist");
  PickleValue big = P::list({});
  std::vector<PickleValue> many;
  for (int i = 0; i < 300; ++i)
    many.push_back(P::str("s" + std::to_string(i)));
  PickleValue v = P::tuple({
      P::none(), P::boolean(false), P::integer(std::numeric_limits<int64_t>::min()), P::real(-1e300),
      P::real(std::numeric_limits<double>::quiet_NaN()), P::str("repeat"), P::str("repeat"),
      P::reduce(g, P::tuple({P::list({P::integer(1), P::integer(2)})})), P::reduce(g, P::tuple({big})),
      P::object(P::global("__torch__", "C"), P::tuple({}), P::dict({{P::str("repeat"), P::integer(0)}})),
      P::persistent_id(P::tuple({P::str("storage")})), P::list(many),
      P::list(many), // memo indices past 255 need LONG_BINPUT / LONG_BINGET
  });
  std::string b = write_pickle(v);
  CHECK(read_ok(b) == v);
  // "repeat" is written once and fetched by BINGET after.
  size_t first = b.find("repeat");
  REQUIRE(first != std::string::npos);
  CHECK(b.find("repeat", first + 1) == std::string::npos);
  CHECK(b.find('j') != std::string::npos); // LONG_BINGET
}

TEST_CASE("the reader builds a value for GLOBAL and REDUCE but runs nothing", "[runtime][pickle]") {
  // GLOBAL 'os system' ('echo hi',) REDUCE: an unpickler that executes would run a shell.
  std::string b = bytes("\x80\x02\x63os\nsystem\nX\x07\x00\x00\x00"
                        "echo hi\x85R.");
  CHECK(read_ok(b) == P::reduce(P::global("os", "system"), P::tuple({P::str("echo hi")})));
}

TEST_CASE("malformed pickles name the byte and the problem", "[runtime][pickle]") {
  SECTION("empty input") {
    CHECK(read_error("") == "byte 0: pickle ends without STOP");
  }
  SECTION("another protocol") {
    CHECK(read_error(bytes("\x80\x04N.")) == "byte 0: unsupported pickle protocol 4 (expected 2)");
  }
  SECTION("an opcode PyTorch does not write") {
    CHECK(read_error(bytes("\x80\x02\x8c\x01"
                           "a.")) == "byte 2: unsupported pickle opcode 0x8c");
    CHECK(read_error(bytes("\x80\x02S'a'\n.")) == "byte 2: unsupported pickle opcode 0x53 ('S')");
  }
  SECTION("a string longer than the input") {
    CHECK(read_error(bytes("\x80\x02X\xff\xff\xff\xff.")) ==
          "byte 2: string of 4294967295 bytes runs past the end of the pickle");
  }
  SECTION("truncated operands") {
    CHECK(read_error(bytes("\x80\x02J\x01")) == "byte 2: truncated operand of BININT");
    CHECK(read_error(bytes("\x80\x02G\x01\x02")) == "byte 2: truncated operand of BINFLOAT");
  }
  SECTION("integers beyond 64 bits") {
    CHECK(read_error(bytes("\x80\x02\x8a\x09\x00\x00\x00\x00\x00\x00\x00\x00\x01.")) ==
          "byte 2: integer of 9 bytes does not fit in 64 bits");
  }
  SECTION("memo misuse") {
    CHECK(read_error(bytes("\x80\x02h\x03.")) == "byte 2: memo entry 3 is not defined");
    CHECK(read_error(bytes("\x80\x02q\x00.")) == "byte 2: stack underflow at BINPUT");
  }
  SECTION("stack misuse") {
    CHECK(read_error(bytes("\x80\x02K\x01\x86.")) == "byte 4: stack underflow at TUPLE2");
    CHECK(read_error(bytes("\x80\x02K\x01K\x02.")) ==
          "byte 6: STOP with 2 values on the stack and 0 open MARKs (expected one value)");
    CHECK(read_error(bytes("\x80\x02(t")) == "byte 4: pickle ends without STOP");
    CHECK(read_error(bytes("\x80\x02t.")) == "byte 2: TUPLE without a MARK");
    CHECK(read_error(bytes("\x80\x02(K\x01"
                           "e.")) == "byte 5: APPENDS with nothing to add to");
    CHECK(read_error(bytes("\x80\x02)(K\x01"
                           "e.")) == "byte 6: APPENDS on a tuple");
    CHECK(read_error(bytes("\x80\x02}(K\x01u.")) == "byte 6: SETITEMS with an odd number of values");
    CHECK(read_error(bytes("\x80\x02K\x01K\x02R.")) ==
          "byte 6: REDUCE arguments must be a tuple, found an int");
    CHECK(read_error(bytes("\x80\x02K\x01}b.")) == "byte 5: BUILD on an int");
  }
  SECTION("bytes after STOP") {
    CHECK(read_error(bytes("\x80\x02N.N")) == "byte 4: 1 bytes after STOP");
  }
  SECTION("GLOBAL without newlines") {
    CHECK(read_error(bytes("\x80\x02\x63os")) == "byte 2: GLOBAL without two newline-terminated names");
  }
}

TEST_CASE("a large memo index does not allocate a memo table of that size", "[runtime][pickle]") {
  // LONG_BINPUT 0xffffffff then LONG_BINGET 0xffffffff.
  CHECK(read_ok(bytes("\x80\x02K\x05r\xff\xff\xff\xffj\xff\xff\xff\xff\x86.")) ==
        P::tuple({P::integer(5), P::integer(5)}));
}

TEST_CASE("nesting deeper than the limit is an error", "[runtime][pickle]") {
  // EMPTY_TUPLE then TUPLE1 n times: n + 1 levels.
  auto nested = [](int n) { return bytes("\x80\x02)") + std::string(n, '\x85') + "."; };
  PickleLimits limits;
  CHECK(read_pickle(nested(static_cast<int>(limits.max_depth))).ok());
  CHECK(read_error(nested(static_cast<int>(limits.max_depth) + 1)) == "values nest deeper than 256 levels");
  CHECK(read_error(nested(100000)) == "values nest deeper than 256 levels");
}

TEST_CASE("memo references that multiply a value past the expansion limit are an error",
          "[runtime][pickle]") {
  // x0 = "aaaa...", x(i+1) = (x(i), x(i)): 2^40 leaves from about 150 bytes. Each level
  // is BINGET i (x(i) is on the stack already), TUPLE2, BINPUT i+1.
  std::string b = bytes("\x80\x02X\x10\x00\x00\x00") + std::string(16, 'a') + "q" + std::string(1, '\0');
  for (int i = 0; i < 40; ++i) {
    b += "h" + std::string(1, static_cast<char>(i)) + "\x86";
    b += "q" + std::string(1, static_cast<char>(i + 1));
  }
  b += ".";
  CHECK(read_error(b) == "values need more than 256 bytes of memory per byte of pickle");
}

TEST_CASE("dense but honest pickles fit the memory budget", "[runtime][pickle]") {
  // [None] * 200000 and list(range(200000)) as CPython writes them (one batch; CPython
  // splits into APPENDS of 1000, which costs the same).
  std::string nones = bytes("\x80\x02](") + std::string(200000, 'N') + "e.";
  Result<PickleValue> a = read_pickle(nones);
  REQUIRE(a);
  CHECK(a->size() == 200000);
  std::string ints = bytes("\x80\x02](");
  for (int i = 0; i < 200000; ++i) {
    ints += "J";
    for (int k = 0; k < 4; ++k)
      ints.push_back(static_cast<char>((i >> (8 * k)) & 0xff));
  }
  ints += "e.";
  Result<PickleValue> b = read_pickle(ints);
  REQUIRE(b);
  CHECK(b->items().back() == P::integer(199999));
}

TEST_CASE("repr renders values the way Python writes them", "[runtime][pickle]") {
  PickleValue v = P::tuple({P::none(), P::boolean(true), P::integer(-3), P::real(1.0), P::str("it's"),
                            P::list({}), P::dict({{P::str("a"), P::tuple({P::integer(1)})}})});
  CHECK(v.repr() == "(None, True, -3, 1.0, 'it\\x27s', [], {'a': (1,)})");
  CHECK(P::reduce(P::global("m", "f"), P::tuple({})).repr() == "REDUCE(GLOBAL('m', 'f'), ())");
}
