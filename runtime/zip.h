// runtime/zip.h - A small zip reader and writer over zlib, shaped like PyTorch's archives.
//
// The writer produces what PyTorch's (miniz-based) PyTorchStreamWriter
// produces: every record's data starts on a 64-byte boundary (an 'FB' extra
// field padded with 'Z' in the local header), local headers carry flags 0x0808
// with CRC and sizes zero and a data descriptor after the data, and the end is
// always a ZIP64 end record, a ZIP64 locator and the classic end record. See
// docs/archive.md for the byte layout.
//
// The reader finds records through the central directory, reads stored and
// deflated records, and treats its input as hostile: every size and offset is
// checked against the input, and a failure is an Error, never a crash or an
// allocation larger than the input justifies.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/result.h"

namespace tsc::runtime {

/// Record data starts at a multiple of this (PyTorch's kFieldAlignment).
inline constexpr uint64_t kZipAlignment = 64;

enum class ZipMethod : uint16_t {
  Stored = 0,
  Deflated = 8,
};

/// One record, as the central directory describes it.
struct ZipEntry {
  std::string name;
  ZipMethod method = ZipMethod::Stored;
  uint16_t flags = 0;
  uint32_t crc32 = 0;
  uint64_t compressed_size = 0;
  uint64_t uncompressed_size = 0;
  uint64_t header_offset = 0; ///< of the local header
  uint64_t data_offset = 0;   ///< of the first byte of the (compressed) data
};

/// Reads a zip held in memory. The bytes must outlive the reader.
class ZipReader {
public:
  /// Parses the end records and the central directory of `bytes` and checks
  /// every entry's local header. Fails on anything malformed: no end record,
  /// offsets or sizes outside the input, encrypted records, compression
  /// methods other than stored and deflate, duplicate names.
  static Result<ZipReader> open(std::string_view bytes);

  /// Entries in central-directory order.
  const std::vector<ZipEntry>& entries() const { return entries_; }
  /// The entry called `name`, or null.
  const ZipEntry* find(std::string_view name) const;

  /// The uncompressed bytes of `entry` (one of entries()). Fails when the
  /// record claims more than `max_size` bytes, when inflating fails or gives a
  /// size other than the stated one, or (if `check_crc`) on a CRC mismatch.
  /// Memory grows with the bytes actually produced, never with a claim alone.
  Result<std::string> read(const ZipEntry& entry, uint64_t max_size = std::numeric_limits<uint64_t>::max(),
                           bool check_crc = true) const;

  /// The raw bytes of a stored entry, in place (for zero-copy tensor data).
  /// Precondition: entry.method == ZipMethod::Stored.
  std::string_view stored_data(const ZipEntry& entry) const;

private:
  ZipReader() = default;
  std::string_view bytes_;
  std::vector<ZipEntry> entries_;
  std::map<std::string, size_t, std::less<>> index_;
};

/// Builds a zip in memory, record by record, in PyTorch's layout.
class ZipWriter {
public:
  /// With `force_zip64`, every entry gets ZIP64 sizes and offsets as if it
  /// were past 4 GiB (for testing readers); otherwise only entries that need
  /// them do, as in miniz.
  explicit ZipWriter(bool force_zip64 = false) : force_zip64_(force_zip64) {}

  /// Appends a record. Its data starts at a multiple of kZipAlignment in the
  /// output. Deflated records use the best compression level, as PyTorch's.
  /// Precondition: `name` is not empty and was not added before.
  void add(std::string_view name, std::string_view data, ZipMethod method);

  /// Writes the central directory, the ZIP64 end record and locator, and the
  /// classic end record, and returns the archive. The writer is empty afterwards.
  std::string finish();

private:
  struct Written {
    std::string name;
    ZipMethod method;
    uint32_t crc32;
    uint64_t compressed_size;
    uint64_t uncompressed_size;
    uint64_t header_offset;
  };
  bool force_zip64_;
  std::string out_;
  std::vector<Written> written_;
};

/// `text` in single quotes for a message, with control bytes, quotes and
/// backslashes as \xNN and anything past 120 bytes cut to "...": names read
/// from untrusted input go through this before they reach a terminal.
std::string quote_untrusted(std::string_view text);

/// The CRC-32 (zip's, zlib's crc32) of `data`.
uint32_t zip_crc32(std::string_view data);

} // namespace tsc::runtime
