// runtime/zip.cpp - Zip reading (stored + inflate, ZIP64) and PyTorch-layout writing over zlib.
#include "runtime/zip.h"

#include "ir/assert.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>

namespace tsc::runtime {
namespace {

// Signatures and fixed sizes from PKWARE's APPNOTE.TXT (6.3.x).
constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kDataDescriptorSig = 0x08074b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint64_t kLocalHeaderSize = 30;
constexpr uint64_t kCentralHeaderSize = 46;
constexpr uint64_t kEndSize = 22;
constexpr uint64_t kZip64EndSize = 56;
constexpr uint64_t kZip64LocatorSize = 20;
constexpr uint64_t kMaxComment = 0xffff;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint16_t kPaddingExtraId = 0x4246; // "FB", PyTorch's alignment padding
constexpr uint16_t kFlagEncrypted = 0x0001;
constexpr uint16_t kFlagStrongEncryption = 0x0040;
constexpr uint16_t kFlagsWritten = 0x0808; // data descriptor + UTF-8 names, as miniz in PyTorch
constexpr uint32_t kMax32 = 0xffffffff;
constexpr uint16_t kMax16 = 0xffff;
// Deflate cannot expand more than 1032:1 (258 bytes per 2-bit length/distance
// pair), so a larger claim is a lie we can reject before inflating anything.
constexpr uint64_t kMaxDeflateRatio = 1032;
// zlib counts in uInt; feed and drain it in pieces well below that.
constexpr uint64_t kZlibChunk = uint64_t{1} << 30;
constexpr uint64_t kFirstInflateBuffer = uint64_t{1} << 16;

uint16_t load16(std::string_view b, uint64_t at) {
  return static_cast<uint16_t>(static_cast<uint8_t>(b[at]) | (static_cast<uint8_t>(b[at + 1]) << 8));
}
uint32_t load32(std::string_view b, uint64_t at) {
  return static_cast<uint32_t>(load16(b, at)) | (static_cast<uint32_t>(load16(b, at + 2)) << 16);
}
uint64_t load64(std::string_view b, uint64_t at) {
  return static_cast<uint64_t>(load32(b, at)) | (static_cast<uint64_t>(load32(b, at + 4)) << 32);
}

void put16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}
void put32(std::string& out, uint32_t v) {
  put16(out, static_cast<uint16_t>(v & 0xffff));
  put16(out, static_cast<uint16_t>(v >> 16));
}
void put64(std::string& out, uint64_t v) {
  put32(out, static_cast<uint32_t>(v & kMax32));
  put32(out, static_cast<uint32_t>(v >> 32));
}

// A 32-bit field, or the ZIP64 marker when the value does not fit (or when forced).
uint32_t field32(uint64_t v, bool zip64) {
  return zip64 ? kMax32 : static_cast<uint32_t>(v);
}

std::string record_prefix(const std::string& name) {
  return "record " + quote_untrusted(name) + ": ";
}

// Raw deflate (no zlib header), best compression, as miniz writes with MZ_BEST_COMPRESSION.
std::string deflate_raw(std::string_view data) {
  z_stream zs{};
  int rc = deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  TSC_ASSERT(rc == Z_OK, "deflateInit2 failed");
  std::string out;
  uint64_t consumed = 0;
  char buffer[1 << 14];
  while (true) {
    if (zs.avail_in == 0 && consumed < data.size()) {
      uint64_t n = std::min<uint64_t>(data.size() - consumed, kZlibChunk);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + consumed));
      zs.avail_in = static_cast<uInt>(n);
      consumed += n;
    }
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof(buffer);
    int flush = consumed == data.size() ? Z_FINISH : Z_NO_FLUSH;
    rc = deflate(&zs, flush);
    TSC_ASSERT(rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR, "deflate failed");
    out.append(buffer, sizeof(buffer) - zs.avail_out);
    if (rc == Z_STREAM_END)
      break;
  }
  deflateEnd(&zs);
  return out;
}

class InflateStream {
public:
  InflateStream() { ok_ = inflateInit2(&zs_, -MAX_WBITS) == Z_OK; }
  ~InflateStream() {
    if (ok_)
      inflateEnd(&zs_);
  }
  InflateStream(const InflateStream&) = delete;
  InflateStream& operator=(const InflateStream&) = delete;
  bool ok() const { return ok_; }
  z_stream& z() { return zs_; }

private:
  z_stream zs_{};
  bool ok_ = false;
};

// Inflates `in`, which must produce exactly `expected` bytes. The buffer grows
// with the output actually produced, capped at expected + 1 (the +1 detects a
// stream longer than stated).
Result<std::string> inflate_raw(std::string_view in, uint64_t expected, const std::string& name) {
  InflateStream stream;
  if (!stream.ok())
    return Error{record_prefix(name) + "cannot start inflating (out of memory)"};
  z_stream& zs = stream.z();
  const uint64_t cap = expected + 1;
  std::string out;
  out.resize(std::min(cap, kFirstInflateBuffer));
  uint64_t consumed = 0;
  uint64_t produced = 0;
  while (true) {
    if (zs.avail_in == 0 && consumed < in.size()) {
      uint64_t n = std::min<uint64_t>(in.size() - consumed, kZlibChunk);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + consumed));
      zs.avail_in = static_cast<uInt>(n);
      consumed += n;
    }
    if (produced == out.size()) {
      if (out.size() >= cap)
        return Error{record_prefix(name) + "inflates to more than its stated size of " +
                     std::to_string(expected) + " bytes"};
      out.resize(std::min(cap, std::max<uint64_t>(out.size() * 2, kFirstInflateBuffer)));
    }
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs.avail_out = static_cast<uInt>(std::min<uint64_t>(out.size() - produced, kZlibChunk));
    uInt before_out = zs.avail_out;
    int rc = inflate(&zs, Z_NO_FLUSH);
    produced += before_out - zs.avail_out;
    if (rc == Z_STREAM_END)
      break;
    if (rc == Z_OK)
      continue;
    if (rc == Z_BUF_ERROR) {
      // No progress: either the input ran out or the output buffer is full.
      if (zs.avail_in == 0 && consumed == in.size())
        return Error{record_prefix(name) + "deflate data ends before the end of the stream"};
      continue;
    }
    if (rc == Z_MEM_ERROR)
      return Error{record_prefix(name) + "out of memory while inflating"};
    std::string detail = zs.msg != nullptr ? zs.msg : "invalid data";
    return Error{record_prefix(name) + "corrupt deflate data (" + detail + ")"};
  }
  if (produced > expected)
    return Error{record_prefix(name) + "inflates to more than its stated size of " +
                 std::to_string(expected) + " bytes"};
  if (produced != expected)
    return Error{record_prefix(name) + "inflates to " + std::to_string(produced) +
                 " bytes, but the directory says " + std::to_string(expected)};
  out.resize(produced);
  return out;
}

// The ZIP64 extended-information extra field replaces, in this order, each of
// the central header's 32-bit fields that holds 0xFFFFFFFF (APPNOTE 4.5.3).
Result<void> apply_zip64_extra(std::string_view extra, ZipEntry& entry, bool usize_big, bool csize_big,
                               bool offset_big) {
  uint64_t at = 0;
  while (at + 4 <= extra.size()) {
    uint16_t id = load16(extra, at);
    uint16_t len = load16(extra, at + 2);
    at += 4;
    if (len > extra.size() - at)
      return Error{record_prefix(entry.name) + "extra field runs past its header"};
    if (id == kZip64ExtraId) {
      std::string_view field = extra.substr(at, len);
      uint64_t pos = 0;
      auto take = [&](uint64_t& target) -> bool {
        if (pos + 8 > field.size())
          return false;
        target = load64(field, pos);
        pos += 8;
        return true;
      };
      if ((usize_big && !take(entry.uncompressed_size)) || (csize_big && !take(entry.compressed_size)) ||
          (offset_big && !take(entry.header_offset)))
        return Error{record_prefix(entry.name) + "ZIP64 extra field is too short"};
      return {};
    }
    at += len;
  }
  if (usize_big || csize_big || offset_big)
    return Error{record_prefix(entry.name) + "ZIP64 markers in the directory but no ZIP64 extra field"};
  return {};
}

} // namespace

std::string quote_untrusted(std::string_view text) {
  constexpr size_t kMaxShown = 120;
  std::string out = "'";
  size_t shown = 0;
  for (char c : text) {
    if (shown == kMaxShown) {
      out += "...";
      break;
    }
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '\'' || c == '\\') {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    } else {
      out.push_back(c);
    }
    ++shown;
  }
  out += "'";
  return out;
}

uint32_t zip_crc32(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  uint64_t at = 0;
  while (at < data.size()) {
    uint64_t n = std::min<uint64_t>(data.size() - at, kZlibChunk);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data() + at), static_cast<uInt>(n));
    at += n;
  }
  return static_cast<uint32_t>(crc);
}

// ---- reading -------------------------------------------------------------

Result<ZipReader> ZipReader::open(std::string_view bytes) {
  const uint64_t size = bytes.size();
  if (size < kEndSize)
    return Error{"not a zip archive (" + std::to_string(size) + " bytes, too short for an end record)"};

  // The classic end record sits at the end, followed only by its comment.
  uint64_t end_at = 0;
  bool found = false;
  uint64_t lowest = size - kEndSize > kMaxComment ? size - kEndSize - kMaxComment : 0;
  for (uint64_t at = size - kEndSize + 1; at-- > lowest;) {
    if (load32(bytes, at) == kEndSig && at + kEndSize + load16(bytes, at + 20) <= size) {
      end_at = at;
      found = true;
      break;
    }
  }
  if (!found)
    return Error{"not a zip archive (no end of central directory record)"};

  uint64_t disk = load16(bytes, end_at + 4);
  uint64_t cd_disk = load16(bytes, end_at + 6);
  uint64_t entries_on_disk = load16(bytes, end_at + 8);
  uint64_t entry_count = load16(bytes, end_at + 10);
  uint64_t cd_size = load32(bytes, end_at + 12);
  uint64_t cd_offset = load32(bytes, end_at + 16);
  uint64_t records_end = end_at; // the central directory must end before this

  if (end_at >= kZip64LocatorSize && load32(bytes, end_at - kZip64LocatorSize) == kZip64LocatorSig) {
    uint64_t locator = end_at - kZip64LocatorSize;
    uint64_t z64_at = load64(bytes, locator + 8);
    if (z64_at > locator || locator - z64_at < kZip64EndSize)
      return Error{"ZIP64 end record offset " + std::to_string(z64_at) + " is outside the file"};
    if (load32(bytes, z64_at) != kZip64EndSig)
      return Error{"no ZIP64 end record at offset " + std::to_string(z64_at)};
    disk = load32(bytes, z64_at + 16);
    cd_disk = load32(bytes, z64_at + 20);
    entries_on_disk = load64(bytes, z64_at + 24);
    entry_count = load64(bytes, z64_at + 32);
    cd_size = load64(bytes, z64_at + 40);
    cd_offset = load64(bytes, z64_at + 48);
    records_end = z64_at;
  }
  if (disk != 0 || cd_disk != 0 || entries_on_disk != entry_count)
    return Error{"multi-disk zip archives are not supported"};
  if (cd_offset > records_end || cd_size > records_end - cd_offset)
    return Error{"central directory (" + std::to_string(cd_size) + " bytes at offset " +
                 std::to_string(cd_offset) + ") is outside the file"};
  if (entry_count > cd_size / kCentralHeaderSize)
    return Error{"central directory claims " + std::to_string(entry_count) +
                 " records but has room for at most " + std::to_string(cd_size / kCentralHeaderSize)};

  ZipReader reader;
  reader.bytes_ = bytes;
  reader.entries_.reserve(entry_count);
  const uint64_t cd_end = cd_offset + cd_size;
  uint64_t at = cd_offset;
  for (uint64_t i = 0; i < entry_count; ++i) {
    if (cd_end - at < kCentralHeaderSize || load32(bytes, at) != kCentralHeaderSig)
      return Error{"central directory entry " + std::to_string(i) + " at offset " + std::to_string(at) +
                   " is missing or truncated"};
    ZipEntry entry;
    entry.flags = load16(bytes, at + 8);
    uint16_t method = load16(bytes, at + 10);
    entry.crc32 = load32(bytes, at + 16);
    entry.compressed_size = load32(bytes, at + 20);
    entry.uncompressed_size = load32(bytes, at + 24);
    uint64_t name_len = load16(bytes, at + 28);
    uint64_t extra_len = load16(bytes, at + 30);
    uint64_t comment_len = load16(bytes, at + 32);
    entry.header_offset = load32(bytes, at + 42);
    uint64_t var_len = name_len + extra_len + comment_len;
    if (cd_end - at - kCentralHeaderSize < var_len)
      return Error{"central directory entry " + std::to_string(i) + " runs past the directory"};
    entry.name = std::string(bytes.substr(at + kCentralHeaderSize, name_len));
    std::string_view extra = bytes.substr(at + kCentralHeaderSize + name_len, extra_len);
    at += kCentralHeaderSize + var_len;

    Result<void> z64 = apply_zip64_extra(extra, entry, entry.uncompressed_size == kMax32,
                                         entry.compressed_size == kMax32, entry.header_offset == kMax32);
    if (!z64)
      return z64.error();
    const std::string prefix = record_prefix(entry.name);
    if ((entry.flags & (kFlagEncrypted | kFlagStrongEncryption)) != 0)
      return Error{prefix + "encrypted records are not supported"};
    if (method != static_cast<uint16_t>(ZipMethod::Stored) &&
        method != static_cast<uint16_t>(ZipMethod::Deflated))
      return Error{prefix + "unsupported compression method " + std::to_string(method)};
    entry.method = static_cast<ZipMethod>(method);
    if (entry.method == ZipMethod::Stored && entry.compressed_size != entry.uncompressed_size)
      return Error{prefix + "stored record with different sizes (" + std::to_string(entry.compressed_size) +
                   " and " + std::to_string(entry.uncompressed_size) + ")"};
    if (entry.method == ZipMethod::Deflated &&
        entry.uncompressed_size / kMaxDeflateRatio > entry.compressed_size)
      return Error{prefix + "claims " + std::to_string(entry.uncompressed_size) + " bytes from " +
                   std::to_string(entry.compressed_size) +
                   " compressed bytes, more than deflate can produce"};

    // Local header: its name and extra lengths decide where the data starts.
    uint64_t local = entry.header_offset;
    if (local > cd_offset || cd_offset - local < kLocalHeaderSize)
      return Error{prefix + "local header offset " + std::to_string(local) + " is outside the file"};
    if (load32(bytes, local) != kLocalHeaderSig)
      return Error{prefix + "no local header at offset " + std::to_string(local)};
    uint64_t local_name_len = load16(bytes, local + 26);
    uint64_t local_extra_len = load16(bytes, local + 28);
    if (cd_offset - local - kLocalHeaderSize < local_name_len + local_extra_len)
      return Error{prefix + "local header at offset " + std::to_string(local) + " runs past the records"};
    if (bytes.substr(local + kLocalHeaderSize, local_name_len) != entry.name)
      return Error{prefix + "local header names a different record " +
                   quote_untrusted(bytes.substr(local + kLocalHeaderSize, local_name_len))};
    entry.data_offset = local + kLocalHeaderSize + local_name_len + local_extra_len;
    if (entry.compressed_size > cd_offset - entry.data_offset)
      return Error{prefix + "data (" + std::to_string(entry.compressed_size) + " bytes at offset " +
                   std::to_string(entry.data_offset) + ") runs past the records"};

    if (!reader.index_.emplace(entry.name, reader.entries_.size()).second)
      return Error{prefix + "duplicate record in the central directory"};
    reader.entries_.push_back(std::move(entry));
  }
  return reader;
}

const ZipEntry* ZipReader::find(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

std::string_view ZipReader::stored_data(const ZipEntry& entry) const {
  TSC_ASSERT(entry.method == ZipMethod::Stored, "stored_data of a deflated record");
  return bytes_.substr(entry.data_offset, entry.compressed_size);
}

Result<std::string> ZipReader::read(const ZipEntry& entry, uint64_t max_size, bool check_crc) const {
  if (entry.uncompressed_size > max_size)
    return Error{record_prefix(entry.name) + "size " + std::to_string(entry.uncompressed_size) +
                 " is more than the limit of " + std::to_string(max_size)};
  std::string_view raw = bytes_.substr(entry.data_offset, entry.compressed_size);
  std::string data;
  if (entry.method == ZipMethod::Stored) {
    data.assign(raw);
  } else {
    Result<std::string> inflated = inflate_raw(raw, entry.uncompressed_size, entry.name);
    if (!inflated)
      return inflated.error();
    data = std::move(inflated).value();
  }
  if (check_crc) {
    uint32_t crc = zip_crc32(data);
    if (crc != entry.crc32) {
      char buf[64];
      std::snprintf(buf, sizeof(buf), "crc mismatch (directory 0x%08x, data 0x%08x)", entry.crc32, crc);
      return Error{record_prefix(entry.name) + buf};
    }
  }
  return data;
}

// ---- writing -------------------------------------------------------------

void ZipWriter::add(std::string_view name, std::string_view data, ZipMethod method) {
  TSC_ASSERT(!name.empty() && name.size() <= kMax16, "zip record name empty or too long");
  for (const Written& w : written_)
    TSC_ASSERT(w.name != name, "zip record added twice");

  std::string compressed;
  std::string_view payload = data;
  if (method == ZipMethod::Deflated) {
    compressed = deflate_raw(data);
    payload = compressed;
  }
  const uint64_t offset = out_.size();
  const bool big_sizes = force_zip64_ || data.size() >= kMax32 || payload.size() >= kMax32;
  const bool big_offset = force_zip64_ || offset >= kMax32;

  // The local ZIP64 extra (as miniz writes it: sizes when large, then the
  // offset when large) comes before the 'FB' padding, which PyTorch's
  // getPadding sizes so that the data lands on a 64-byte boundary.
  std::string zip64_extra;
  if (big_sizes || big_offset) {
    put16(zip64_extra, kZip64ExtraId);
    put16(zip64_extra, static_cast<uint16_t>((big_sizes ? 16 : 0) + (big_offset ? 8 : 0)));
    if (big_sizes) {
      put64(zip64_extra, 0); // sizes follow in the data descriptor (flag bit 3)
      put64(zip64_extra, 0);
    }
    if (big_offset)
      put64(zip64_extra, offset);
  }
  uint64_t start = offset + kLocalHeaderSize + name.size() + zip64_extra.size() + 4;
  uint64_t padding = (kZipAlignment - start % kZipAlignment) % kZipAlignment;

  const bool deflated = method == ZipMethod::Deflated;
  uint16_t version_needed = big_sizes || big_offset ? 45 : deflated ? 20 : 0;
  put32(out_, kLocalHeaderSig);
  put16(out_, version_needed);
  put16(out_, kFlagsWritten);
  put16(out_, static_cast<uint16_t>(method));
  put16(out_, 0); // DOS time
  put16(out_, 0); // DOS date
  put32(out_, 0); // crc, compressed and uncompressed size: in the data descriptor
  put32(out_, 0);
  put32(out_, 0);
  put16(out_, static_cast<uint16_t>(name.size()));
  put16(out_, static_cast<uint16_t>(zip64_extra.size() + 4 + padding));
  out_.append(name);
  out_.append(zip64_extra);
  put16(out_, kPaddingExtraId);
  put16(out_, static_cast<uint16_t>(padding));
  out_.append(padding, 'Z');
  TSC_ASSERT(out_.size() % kZipAlignment == 0, "zip record data is not aligned");
  out_.append(payload);

  uint32_t crc = zip_crc32(data);
  put32(out_, kDataDescriptorSig);
  put32(out_, crc);
  if (big_sizes) {
    put64(out_, payload.size());
    put64(out_, data.size());
  } else {
    put32(out_, static_cast<uint32_t>(payload.size()));
    put32(out_, static_cast<uint32_t>(data.size()));
  }
  written_.push_back({std::string(name), method, crc, payload.size(), data.size(), offset});
}

std::string ZipWriter::finish() {
  const uint64_t cd_offset = out_.size();
  for (const Written& w : written_) {
    const bool big_sizes = force_zip64_ || w.uncompressed_size >= kMax32 || w.compressed_size >= kMax32;
    const bool big_offset = force_zip64_ || w.header_offset >= kMax32;
    std::string extra;
    if (big_sizes || big_offset) {
      put16(extra, kZip64ExtraId);
      put16(extra, static_cast<uint16_t>((big_sizes ? 16 : 0) + (big_offset ? 8 : 0)));
      if (big_sizes) {
        put64(extra, w.uncompressed_size);
        put64(extra, w.compressed_size);
      }
      if (big_offset)
        put64(extra, w.header_offset);
    }
    const bool deflated = w.method == ZipMethod::Deflated;
    uint16_t version_needed = big_sizes || big_offset ? 45 : deflated ? 20 : 0;
    put32(out_, kCentralHeaderSig);
    put16(out_, 0); // version made by, as PyTorch's archives
    put16(out_, version_needed);
    put16(out_, kFlagsWritten);
    put16(out_, static_cast<uint16_t>(w.method));
    put16(out_, 0);
    put16(out_, 0);
    put32(out_, w.crc32);
    put32(out_, field32(w.compressed_size, big_sizes));
    put32(out_, field32(w.uncompressed_size, big_sizes));
    put16(out_, static_cast<uint16_t>(w.name.size()));
    put16(out_, static_cast<uint16_t>(extra.size()));
    put16(out_, 0); // comment length
    put16(out_, 0); // disk
    put16(out_, 0); // internal attributes
    put32(out_, 0); // external attributes
    put32(out_, field32(w.header_offset, big_offset));
    out_.append(w.name);
    out_.append(extra);
  }
  const uint64_t cd_size = out_.size() - cd_offset;
  const uint64_t count = written_.size();

  // miniz with MZ_ZIP_FLAG_WRITE_ZIP64 always ends with these two.
  const uint64_t zip64_end = out_.size();
  put32(out_, kZip64EndSig);
  put64(out_, kZip64EndSize - 12);
  put16(out_, 0x031e); // made by: Unix, spec 3.0 (miniz's value)
  put16(out_, 0x002d); // needed: 4.5 (ZIP64)
  put32(out_, 0);
  put32(out_, 0);
  put64(out_, count);
  put64(out_, count);
  put64(out_, cd_size);
  put64(out_, cd_offset);
  put32(out_, kZip64LocatorSig);
  put32(out_, 0);
  put64(out_, zip64_end);
  put32(out_, 1);

  const bool big_count = force_zip64_ || count >= kMax16;
  put32(out_, kEndSig);
  put16(out_, 0);
  put16(out_, 0);
  put16(out_, big_count ? kMax16 : static_cast<uint16_t>(count));
  put16(out_, big_count ? kMax16 : static_cast<uint16_t>(count));
  put32(out_, field32(cd_size, force_zip64_ || cd_size >= kMax32));
  put32(out_, field32(cd_offset, force_zip64_ || cd_offset >= kMax32));
  put16(out_, 0);

  written_.clear();
  std::string result;
  result.swap(out_);
  return result;
}

} // namespace tsc::runtime
