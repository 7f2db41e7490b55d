// tests/unit/runtime/zip_test.cpp - The zip writer's PyTorch layout and the reader's checks on hostile input.
#include "runtime/zip.h"

#include "torch_archives.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tsc::runtime;

namespace {

uint32_t le32(const std::string& b, size_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i)
    v = (v << 8) | static_cast<uint8_t>(b[at + i]);
  return v;
}
uint16_t le16(const std::string& b, size_t at) {
  return static_cast<uint16_t>(static_cast<uint8_t>(b[at]) | (static_cast<uint8_t>(b[at + 1]) << 8));
}
uint64_t le64(const std::string& b, size_t at) {
  return le32(b, at) | (uint64_t{le32(b, at + 4)} << 32);
}
void set32(std::string& b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i)
    b[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
void set16(std::string& b, size_t at, uint16_t v) {
  b[at] = static_cast<char>(v & 0xff);
  b[at + 1] = static_cast<char>(v >> 8);
}

// A small archive: one stored and one deflated record.
std::string sample_zip() {
  ZipWriter w;
  w.add("m/a.txt", "hello", ZipMethod::Stored);
  w.add("m/b.txt", std::string(1000, 'b'), ZipMethod::Deflated);
  return w.finish();
}

// Offset of the central directory entry `index` in `zip` (classic end record fields).
size_t central_entry(const std::string& zip, int index) {
  size_t at = le32(zip, zip.size() - 22 + 16);
  for (int i = 0; i < index; ++i)
    at += 46 + le16(zip, at + 28) + le16(zip, at + 30) + le16(zip, at + 32);
  return at;
}

std::string open_error(const std::string& zip) {
  Result<ZipReader> r = ZipReader::open(zip);
  if (r)
    FAIL("ZipReader::open accepted a bad zip");
  return r.error().message;
}

std::string read_error(const std::string& zip, const std::string& name, uint64_t max = UINT64_MAX) {
  Result<ZipReader> r = ZipReader::open(zip);
  REQUIRE(r);
  const ZipEntry* e = r->find(name);
  REQUIRE(e != nullptr);
  Result<std::string> data = r->read(*e, max);
  if (data)
    FAIL("read accepted a bad record");
  return data.error().message;
}

} // namespace

TEST_CASE("zip_crc32 is zlib's CRC-32", "[runtime][zip]") {
  // binascii.crc32(b"hello") == 0x3610a686; of nothing, 0.
  CHECK(zip_crc32("hello") == 0x3610a686u);
  CHECK(zip_crc32("") == 0u);
}

TEST_CASE("every record's data starts on a 64-byte boundary", "[runtime][zip]") {
  ZipWriter w;
  std::vector<std::pair<std::string, std::string>> records;
  for (int i = 0; i < 20; ++i)
    records.emplace_back("top/" + std::string(static_cast<size_t>(i * 7 % 23 + 1), 'n'),
                         std::string(i * 37, 'x'));
  for (size_t i = 0; i < records.size(); ++i)
    w.add(records[i].first + std::to_string(i), records[i].second,
          i % 3 == 0 ? ZipMethod::Deflated : ZipMethod::Stored);
  std::string zip = w.finish();
  Result<ZipReader> r = ZipReader::open(zip);
  REQUIRE(r);
  REQUIRE(r->entries().size() == records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    const ZipEntry& e = r->entries()[i];
    CHECK(e.name == records[i].first + std::to_string(i));
    CHECK(e.data_offset % 64 == 0);
    Result<std::string> data = r->read(e);
    REQUIRE(data);
    CHECK(*data == records[i].second);
  }
}

TEST_CASE("local headers follow PyTorch: flags 0x0808, no CRC or sizes, 'FB' padding, a data descriptor",
          "[runtime][zip]") {
  std::string zip = sample_zip();
  // Record 0 starts at 0: signature, version needed 0, flags 0x0808, method 0, time/date 0, crc/sizes 0.
  CHECK(le32(zip, 0) == 0x04034b50u);
  CHECK(le16(zip, 4) == 0);
  CHECK(le16(zip, 6) == 0x0808);
  CHECK(le16(zip, 8) == 0);
  CHECK(le32(zip, 10) == 0);
  CHECK(le32(zip, 14) == 0);
  CHECK(le32(zip, 18) == 0);
  CHECK(le32(zip, 22) == 0);
  uint16_t name_len = le16(zip, 26);
  uint16_t extra_len = le16(zip, 28);
  CHECK(zip.substr(30, name_len) == "m/a.txt");
  // 'FB', the padding length, then 'Z's up to the 64-byte boundary.
  size_t extra = 30 + name_len;
  CHECK(zip.substr(extra, 2) == "FB");
  CHECK(le16(zip, extra + 2) == extra_len - 4);
  CHECK(zip.substr(extra + 4, extra_len - 4) == std::string(extra_len - 4, 'Z'));
  size_t data = extra + extra_len;
  CHECK(data == 64);
  CHECK(zip.substr(data, 5) == "hello");
  // Data descriptor: signature, crc, compressed size, uncompressed size.
  CHECK(le32(zip, data + 5) == 0x08074b50u);
  CHECK(le32(zip, data + 9) == 0x3610a686u);
  CHECK(le32(zip, data + 13) == 5);
  CHECK(le32(zip, data + 17) == 5);
  // The deflated record needs version 2.0 and uses method 8.
  size_t second = data + 21;
  CHECK(le32(zip, second) == 0x04034b50u);
  CHECK(le16(zip, second + 4) == 20);
  CHECK(le16(zip, second + 8) == 8);
}

TEST_CASE("the archive ends with a ZIP64 end record, its locator and the classic end record",
          "[runtime][zip]") {
  std::string zip = sample_zip();
  size_t end = zip.size() - 22;
  size_t locator = end - 20;
  size_t zip64 = locator - 56;
  CHECK(le32(zip, end) == 0x06054b50u);
  CHECK(le32(zip, locator) == 0x07064b50u);
  CHECK(le64(zip, locator + 8) == zip64);
  CHECK(le32(zip, locator + 16) == 1);
  CHECK(le32(zip, zip64) == 0x06064b50u);
  CHECK(le64(zip, zip64 + 4) == 44);
  CHECK(le64(zip, zip64 + 32) == 2); // entries
  uint64_t cd_size = le64(zip, zip64 + 40);
  uint64_t cd_offset = le64(zip, zip64 + 48);
  CHECK(cd_offset + cd_size == zip64);
  // The classic record repeats the same values when they fit.
  CHECK(le16(zip, end + 10) == 2);
  CHECK(le32(zip, end + 12) == cd_size);
  CHECK(le32(zip, end + 16) == cd_offset);
  CHECK(le16(zip, end + 20) == 0);
}

TEST_CASE("deflated records shrink and inflate back", "[runtime][zip]") {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "def f" + std::to_string(i) + "(x: int) -> int:\n    return x + " + std::to_string(i) + "\n";
  ZipWriter w;
  w.add("m/code/m.py", text, ZipMethod::Deflated);
  std::string zip = w.finish();
  Result<ZipReader> r = ZipReader::open(zip);
  REQUIRE(r);
  const ZipEntry* e = r->find("m/code/m.py");
  REQUIRE(e != nullptr);
  CHECK(e->method == ZipMethod::Deflated);
  CHECK(e->uncompressed_size == text.size());
  CHECK(e->compressed_size * 4 < text.size());
  Result<std::string> back = r->read(*e);
  REQUIRE(back);
  CHECK(*back == text);
  CHECK(r->find("m/code/other.py") == nullptr);
}

TEST_CASE("forced ZIP64 entries read back through the ZIP64 extra fields and end record", "[runtime][zip]") {
  ZipWriter w(/*force_zip64=*/true);
  w.add("z/a", "alpha", ZipMethod::Stored);
  w.add("z/b", std::string(500, 'q'), ZipMethod::Deflated);
  std::string zip = w.finish();
  // The classic end record only points at ZIP64.
  size_t end = zip.size() - 22;
  CHECK(le16(zip, end + 10) == 0xffff);
  CHECK(le32(zip, end + 16) == 0xffffffffu);
  Result<ZipReader> r = ZipReader::open(zip);
  REQUIRE(r);
  REQUIRE(r->entries().size() == 2);
  CHECK(r->entries()[1].uncompressed_size == 500);
  CHECK(r->entries()[1].header_offset > 0);
  for (const ZipEntry& e : r->entries())
    CHECK(e.data_offset % 64 == 0);
  Result<std::string> b = r->read(r->entries()[1]);
  REQUIRE(b);
  CHECK(*b == std::string(500, 'q'));
}

TEST_CASE("the reader reads torch.jit.save's archive, deflated code records included", "[runtime][zip]") {
  Result<ZipReader> r = ZipReader::open(tsc_test::kTorchModulePt);
  REQUIRE(r);
  std::vector<std::string> names;
  for (const ZipEntry& e : r->entries())
    names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"torch_module/data/0", "torch_module/data.pkl",
                                          "torch_module/code/__torch__.py",
                                          "torch_module/code/__torch__.py.debug_pkl",
                                          "torch_module/constants.pkl", "torch_module/version"});
  for (const ZipEntry& e : r->entries())
    CHECK(e.data_offset % 64 == 0);
  const ZipEntry* code = r->find("torch_module/code/__torch__.py");
  REQUIRE(code != nullptr);
  CHECK(code->method == ZipMethod::Deflated);
  Result<std::string> text = r->read(*code);
  REQUIRE(text);
  CHECK(text->rfind("class Model(Module):\n", 0) == 0);
  Result<std::string> version = r->read(*r->find("torch_module/version"));
  REQUIRE(version);
  CHECK(*version == "3\n");
  // data/0: the float tensor [1.5, -2.0] as little-endian IEEE floats, in place.
  const ZipEntry* tensor = r->find("torch_module/data/0");
  REQUIRE(tensor != nullptr);
  CHECK(r->stored_data(*tensor) == std::string("\x00\x00\xc0\x3f\x00\x00\x00\xc0", 8));
}

TEST_CASE("inputs that are not zips are rejected", "[runtime][zip]") {
  CHECK(open_error("") == "not a zip archive (0 bytes, too short for an end record)");
  CHECK(open_error(std::string(100, 'x')) == "not a zip archive (no end of central directory record)");
}

TEST_CASE("directory claims beyond the file are rejected before allocating", "[runtime][zip]") {
  std::string zip = sample_zip();
  SECTION("an entry count larger than the directory can hold") {
    // Remove the ZIP64 records' locator signature so the classic end record rules, then lie.
    size_t end = zip.size() - 22;
    set32(zip, end - 20, 0);
    set16(zip, end + 8, 0xfff0);
    set16(zip, end + 10, 0xfff0);
    CHECK(open_error(zip).find("central directory claims 65520 records but has room for at most") == 0);
  }
  SECTION("a ZIP64 directory offset past the end") {
    size_t zip64 = zip.size() - 22 - 20 - 56;
    std::string patched = zip;
    for (int i = 0; i < 8; ++i)
      patched[zip64 + 48 + i] = '\x7f';
    CHECK(open_error(patched).find("central directory (") == 0);
    CHECK(open_error(patched).find(") is outside the file") != std::string::npos);
  }
  SECTION("a ZIP64 locator pointing outside the file") {
    size_t locator = zip.size() - 22 - 20;
    set32(zip, locator + 8, 0xfffffff0);
    CHECK(open_error(zip) == "ZIP64 end record offset 4294967280 is outside the file");
  }
}

TEST_CASE("malformed directory entries name the record", "[runtime][zip]") {
  std::string zip = sample_zip();
  size_t e0 = central_entry(zip, 0);
  size_t e1 = central_entry(zip, 1);
  SECTION("an unsupported method") {
    set16(zip, e0 + 10, 12);
    CHECK(open_error(zip) == "record 'm/a.txt': unsupported compression method 12");
  }
  SECTION("encryption") {
    set16(zip, e0 + 8, 0x0809);
    CHECK(open_error(zip) == "record 'm/a.txt': encrypted records are not supported");
  }
  SECTION("a stored record with two sizes") {
    set32(zip, e0 + 24, 6);
    CHECK(open_error(zip) == "record 'm/a.txt': stored record with different sizes (5 and 6)");
  }
  SECTION("a local header offset outside the file") {
    set32(zip, e0 + 42, 0x7fffffff);
    CHECK(open_error(zip) == "record 'm/a.txt': local header offset 2147483647 is outside the file");
  }
  SECTION("a local header offset that points at other bytes") {
    set32(zip, e0 + 42, 8);
    CHECK(open_error(zip) == "record 'm/a.txt': no local header at offset 8");
  }
  SECTION("data running into the directory") {
    set32(zip, e0 + 20, 1u << 20);
    set32(zip, e0 + 24, 1u << 20);
    CHECK(open_error(zip).find("record 'm/a.txt': data (1048576 bytes at offset 64) runs past the records") ==
          0);
  }
  SECTION("a deflate ratio no deflater can reach") {
    set32(zip, e1 + 24, 0x7fffffff);
    CHECK(open_error(zip).find("record 'm/b.txt': claims 2147483647 bytes from ") == 0);
  }
  SECTION("a name the local header does not repeat") {
    zip[e1 + 46 + 2] = 'X'; // "m/X.txt" in the directory only
    CHECK(open_error(zip) == "record 'm/X.txt': local header names a different record 'm/b.txt'");
  }
  SECTION("a duplicate name") {
    zip[e1 + 46 + 2] = 'a';
    // Make the second local header agree so only the duplication is wrong.
    size_t local1 = le32(zip, e1 + 42);
    zip[local1 + 30 + 2] = 'a';
    CHECK(open_error(zip) == "record 'm/a.txt': duplicate record in the central directory");
  }
  SECTION("a directory entry cut short") {
    set16(zip, e1 + 28, 0xff00);
    CHECK(open_error(zip) == "central directory entry 1 runs past the directory");
  }
  SECTION("control bytes in a name are escaped in the message") {
    zip[e0 + 46 + 1] = '\n';
    CHECK(open_error(zip) == "record 'm\\x0aa.txt': local header names a different record 'm/a.txt'");
  }
}

TEST_CASE("record contents are checked when read", "[runtime][zip]") {
  std::string zip = sample_zip();
  SECTION("a CRC mismatch, unless checking is off") {
    zip[64] = 'j'; // "jello"
    CHECK(read_error(zip, "m/a.txt") ==
          "record 'm/a.txt': crc mismatch (directory 0x3610a686, data 0x4cd0f5e6)");
    Result<ZipReader> r = ZipReader::open(zip);
    REQUIRE(r);
    Result<std::string> data = r->read(*r->find("m/a.txt"), UINT64_MAX, /*check_crc=*/false);
    REQUIRE(data);
    CHECK(*data == "jello");
  }
  SECTION("a size limit") {
    CHECK(read_error(zip, "m/b.txt", 999) == "record 'm/b.txt': size 1000 is more than the limit of 999");
  }
  SECTION("deflate data inflating to less or more than stated") {
    size_t e1 = central_entry(zip, 1);
    std::string shorter = zip, longer = zip;
    set32(shorter, e1 + 24, 999);
    CHECK(read_error(shorter, "m/b.txt") ==
          "record 'm/b.txt': inflates to more than its stated size of 999 bytes");
    set32(longer, e1 + 24, 1001);
    CHECK(read_error(longer, "m/b.txt") ==
          "record 'm/b.txt': inflates to 1000 bytes, but the directory says 1001");
  }
  SECTION("corrupt or truncated deflate data") {
    Result<ZipReader> r = ZipReader::open(zip);
    REQUIRE(r);
    const ZipEntry* b = r->find("m/b.txt");
    REQUIRE(b != nullptr);
    std::string corrupt = zip;
    corrupt[b->data_offset] = '\xff'; // block type 3 is reserved
    CHECK(read_error(corrupt, "m/b.txt").find("record 'm/b.txt': corrupt deflate data (") == 0);
    // Claim fewer compressed bytes than the stream has.
    size_t e1 = central_entry(zip, 1);
    std::string cut = zip;
    set32(cut, e1 + 20, 2);
    CHECK(read_error(cut, "m/b.txt") == "record 'm/b.txt': deflate data ends before the end of the stream");
  }
}

TEST_CASE("quote_untrusted escapes and shortens names from untrusted input", "[runtime][zip]") {
  CHECK(quote_untrusted("m/data.pkl") == "'m/data.pkl'");
  CHECK(quote_untrusted(std::string("a\0b'\\", 5)) == "'a\\x00b\\x27\\x5c'");
  CHECK(quote_untrusted(std::string(200, 'x')) == "'" + std::string(120, 'x') + "...'");
}
