// runtime/archive.h - Loads a .pt archive into a verified IR module and the sources it points into.
//
// The layout is PyTorch's TorchScript archive plus tsc's own records under
// extra/tsc/ (docs/archive.md). Loading never trusts the file: every failure
// is an Error that names the archive, the record and the problem, e.g.
//   archive 'm.pt': record 'm/extra/tsc/ir.txt': line 3: expected ')'
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"
#include "ir/source_range.h"
#include "runtime/pickle.h"
#include "runtime/result.h"
#include "runtime/tensor/dtype.h"
#include "runtime/value.h"

namespace tsc::runtime {

/// Record names inside the top folder (docs/archive.md).
inline constexpr std::string_view kTscVersionRecord = "extra/tsc/version";
inline constexpr std::string_view kTscSourcesRecord = "extra/tsc/sources.pkl";
inline constexpr std::string_view kTscIrRecord = "extra/tsc/ir.txt";
inline constexpr std::string_view kDataRecord = "data.pkl";
inline constexpr std::string_view kConstantsRecord = "constants.pkl";
inline constexpr std::string_view kVersionRecord = "version";
/// PyTorch writes the version here instead when it is 6 or more.
inline constexpr std::string_view kDataVersionRecord = ".data/version";
inline constexpr std::string_view kCodeFolder = "code/";
/// Tensor storages: data/<key>, keys "0", "1", ... (docs/archive.md).
inline constexpr std::string_view kDataFolder = "data/";
/// data.pkl of an archive of functions: an object of this class with no
/// state but `training` (what torch.jit.save writes for a scripted function).
inline constexpr std::string_view kPlaceholderClass = "PlaceholderModule";
/// The pickle module of scripted classes: GLOBAL '__torch__ Name'.
inline constexpr std::string_view kScriptClassModule = "__torch__";

/// PyTorch's legacy storage class of a dtype: "FloatStorage", "LongStorage",
/// "HalfStorage", "BFloat16Storage", "BoolStorage", "ByteStorage", ...
std::string storage_type_name(tensor::DType dtype);
/// The dtype of storage class `name` ("FloatStorage"), if tsc has it.
std::optional<tensor::DType> dtype_of_storage_type(std::string_view name);

/// The version of tsc's own records (extra/tsc/): the IR text format and the
/// sources manifest. A loader reads exactly this version.
inline constexpr int64_t kTscArchiveVersion = 1;
/// PyTorch's file format versions (caffe2/serialize/versions.h, 1.13): it
/// writes at least 3 and reads 1 to 10. The `version` record must be in range.
inline constexpr int64_t kMinFileFormatVersion = 1;
inline constexpr int64_t kMinProducedFileFormatVersion = 3;
inline constexpr int64_t kMaxFileFormatVersion = 10;
/// The largest text record (IR, a source file) a loader accepts; nothing
/// legitimate comes near it (the IR of a 5 KB program is about 30 KB).
inline constexpr uint64_t kMaxTextRecordSize = uint64_t{64} << 20;
/// The largest pickle record a loader accepts. Reading one may take up to
/// PickleLimits::max_memory_per_byte (256) times its size; PyTorch's data.pkl
/// for a model of ten thousand tensors is about 1.5 MiB.
inline constexpr uint64_t kMaxPickleRecordSize = uint64_t{4} << 20;

/// A file mapped into memory copy-on-write (mmap PROT_READ|PROT_WRITE,
/// MAP_PRIVATE): the bytes are the file's, and a write through them (an
/// in-place op on a loaded weight) changes this process's copy of the page,
/// never the file. Unmapped when the last owner lets go.
class MappedFile {
public:
  /// Maps the whole file at `path`. The Error names the path.
  static Result<std::shared_ptr<MappedFile>> open(const std::string& path);
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  char* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view bytes() const { return {data_, size_}; }

private:
  MappedFile(char* data, size_t size) : data_(data), size_(size) {}
  char* data_;
  size_t size_;
};

/// A loaded archive: the verified module and the source files its IR points into.
struct Archive {
  /// The top folder with its slash ("m/"), from the first record.
  std::string prefix;
  /// The `version` record (PyTorch's file format version).
  int64_t file_format_version = 0;
  /// The verified IR: every class and function of the program.
  std::unique_ptr<ir::Module> module;
  /// code/ sources, with the filenames the IR's locations use; the module's
  /// node ranges point into these (line, column and source line for tracebacks).
  std::vector<std::shared_ptr<const ir::Source>> sources;
  /// data.pkl: the top-level object (docs/archive.md).
  PickleValue data;
  /// data.pkl rebuilt: the module object (an Object of one of `module`'s
  /// classes, its tensors over data/<key>), or None for an archive of
  /// functions (class PlaceholderModule).
  Value root;
  /// The mapped file of load_archive (null for load_archive_from_memory).
  /// Tensors over stored data/ records point into it, and their storages
  /// share it, so it outlives the Archive as long as any of them lives.
  std::shared_ptr<MappedFile> file;
};

struct LoadOptions {
  /// Check each record's CRC-32. The fuzz target turns this off so that
  /// mutations reach the parsers behind the container.
  bool check_crc = true;
  /// With check_crc, also check the CRC-32 of data/ records that tensors view
  /// in place. That reads every page of the weights at load time (load time
  /// and resident memory grow with the file); without it the pages are read
  /// on first use. Copied records are always checked with check_crc.
  bool check_mapped_data_crc = true;
};

/// Maps the archive file at `path` (MappedFile) and loads it; tensors of
/// stored data/ records view the mapping without a copy. The Error names the path.
Result<Archive> load_archive(const std::string& path, const LoadOptions& options = {});

/// Loads an archive held in memory; `display_name` names it in errors
/// ("archive 'm.pt': ..."). `bytes` need not outlive the call: tensor
/// storages are copied out of it.
Result<Archive> load_archive_from_memory(std::string_view bytes, std::string_view display_name,
                                         const LoadOptions& options = {});

} // namespace tsc::runtime
