// tests/fuzz/archive_fuzz.cpp - libFuzzer target: bytes loaded as an archive and read as a pickle.
//
// Properties checked on every input (a violation aborts, which the fuzzer
// reports as a crash):
//  - load_archive_from_memory returns an Archive or an Error that names the
//    archive; it never crashes, hangs or allocates without bound (ASan's
//    allocation limits and libFuzzer's -rss_limit_mb/-timeout watch that).
//  - A loaded archive writes back (codegen/archive_writer.h) and loads again
//    to the same IR text.
//  - read_pickle of the raw bytes returns a value or an Error; a value writes
//    back (write_pickle) and reads again to an equal value.
// CRC checks are off so that mutations reach the pickle and IR parsers
// behind the container instead of stopping at the checksum.
#include "codegen/archive_writer.h"
#include "ir/printer.h"
#include "runtime/archive.h"
#include "runtime/pickle.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void violated(const char* property, const std::string& detail) {
  std::fprintf(stderr, "archive_fuzz: property violated: %s\n%s\n", property, detail.c_str());
  std::abort();
}

void check_archive(std::string_view bytes) {
  tsc::runtime::LoadOptions options;
  options.check_crc = false;
  tsc::runtime::Result<tsc::runtime::Archive> loaded =
      tsc::runtime::load_archive_from_memory(bytes, "fuzz.pt", options);
  if (!loaded) {
    if (loaded.error().message.rfind("archive 'fuzz.pt': ", 0) != 0)
      violated("errors name the archive", loaded.error().message);
    return;
  }
  tsc::ir::PrintOptions with_locations;
  with_locations.locations = true;
  std::string printed = tsc::ir::print_module(*loaded->module, with_locations);
  // A module archive writes back with its object (and its tensors).
  const tsc::runtime::Value* root = loaded->root.is_none() ? nullptr : &loaded->root;
  tsc::runtime::Result<std::string> rewritten =
      tsc::codegen::write_archive_to_memory(*loaded->module, loaded->sources, "fuzz", root);
  if (!rewritten)
    return; // e.g. a manifest naming a file the IR cannot name: refused, not a crash
  tsc::runtime::Result<tsc::runtime::Archive> again =
      tsc::runtime::load_archive_from_memory(*rewritten, "fuzz.pt");
  if (!again)
    violated("a loaded archive writes back loadably", again.error().message);
  if (again->root.is_none() != loaded->root.is_none())
    violated("a rewritten archive keeps its module object", printed);
  std::string reprinted = tsc::ir::print_module(*again->module, with_locations);
  if (reprinted != printed)
    violated("a rewritten archive has the same IR", printed + "\n---\n" + reprinted);
}

void check_pickle(std::string_view bytes) {
  tsc::runtime::Result<tsc::runtime::PickleValue> value = tsc::runtime::read_pickle(bytes);
  if (!value)
    return;
  std::string written = tsc::runtime::write_pickle(*value);
  // The rewrite may share strings more tightly than the input did, so a
  // memory budget relative to its size does not apply; the values are the
  // same, so the memory they need was granted already.
  tsc::runtime::PickleLimits generous;
  generous.max_memory_per_byte = size_t{1} << 20;
  tsc::runtime::Result<tsc::runtime::PickleValue> again = tsc::runtime::read_pickle(written, generous);
  if (!again)
    violated("a read pickle writes back readably", again.error().message);
  if (!(*again == *value))
    violated("a read pickle writes back to an equal value", value->repr() + "\n---\n" + again->repr());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  check_archive(bytes);
  check_pickle(bytes);
  return 0;
}
