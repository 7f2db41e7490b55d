// codegen/archive_writer.h - Writes an ir::Module and its sources as a .pt archive.
//
// The records, their order and their bytes are described in docs/archive.md;
// runtime/archive.h loads what this writes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"
#include "ir/source_range.h"
#include "runtime/result.h"
#include "runtime/value.h"

namespace tsc::codegen {

/// The archive's top folder for a target path, as PyTorch names it: the
/// basename without its last extension ("out/m.pt" -> "m", "a.b.pt" -> "a.b",
/// "noext" -> "noext"); "archive" when that leaves nothing.
std::string archive_top_folder(std::string_view path);

/// The `version` record PyTorch 1.13 would write for a program using these
/// ops: 3 (kMinProducedFileFormatVersion), raised to the version at which an
/// op used got an upgrader (aten::div.Tensor and friends 4, aten::full 5,
/// aten::linspace 8, aten::logspace 9, aten::gelu 10; torch's
/// _get_operator_version_map()). Ops are named "aten::div.Tensor".
int64_t file_format_version(const std::vector<std::string>& qualified_op_names);
/// The same for every op a module's graphs use (by their resolved schemas).
int64_t file_format_version(const ir::Module& module);

/// The Sources the module's node ranges point into (the files its printed
/// location comments name), in first-use order, one per filename, skipping
/// sources without text (placeholders from IR text read without its files).
/// These are "the original source of each compiled unit".
std::vector<std::shared_ptr<const ir::Source>> collect_sources(const ir::Module& module);

/// The archive's bytes: the module's IR (printed with locations), `sources`
/// under code/ with a manifest, a data.pkl holding the program object, an
/// empty constants.pkl and the version records, all under `top_folder`/.
/// Without `root`, data.pkl is torch's PlaceholderModule of a scripted
/// function. With `root` (an Object of one of `module`'s classes: a scripted
/// nn.Module), data.pkl is that object as torch.jit.save pickles a scripted
/// module, nested objects and containers included, and each distinct tensor
/// storage is written once as data/<key> (keys "0", "1", ... in first-use
/// order; views and shared parameters keep their own offset, sizes, strides).
/// Fails when a source's filename cannot be named in the IR text (a newline)
/// or two sources share a filename, and when `root` holds what an archive
/// cannot (a function value, an object of a class not in `module`).
runtime::Result<std::string>
write_archive_to_memory(const ir::Module& module,
                        const std::vector<std::shared_ptr<const ir::Source>>& sources,
                        std::string_view top_folder, const runtime::Value* root = nullptr);

/// write_archive_to_memory with archive_top_folder(path), then writes the file
/// (replacing it). Fails with the path and the reason when it cannot.
runtime::Result<void> write_archive(const ir::Module& module,
                                    const std::vector<std::shared_ptr<const ir::Source>>& sources,
                                    const std::string& path, const runtime::Value* root = nullptr);

} // namespace tsc::codegen
