// tests/fuzz/archive_tool.cpp - A command line over the archive code, for interop tests and seeds.
//
//   archive_tool write OUT.pt FILE.ir      parse IR text (its "# file:line:col" comments name
//                                          source files, read from disk), write an archive
//   archive_tool rezip IN OUT [--zip64]    copy every record into a fresh zip from ZipWriter
//   archive_tool list ARCHIVE              one line per record: name method csize usize crc data_offset
//   archive_tool cat ARCHIVE RECORD        a record's bytes to stdout
//   archive_tool load ARCHIVE              load it; print its IR with locations, then one
//                                          "source FILENAME BYTES" line per source
//   archive_tool pickle FILE               read a pickle; print its repr
// Exit codes: 0 ok, 1 the operation failed (message on stderr), 2 usage.
#include "codegen/archive_writer.h"
#include "ir/parser.h"
#include "ir/printer.h"
#include "ir/verifier.h"
#include "runtime/archive.h"
#include "runtime/pickle.h"
#include "runtime/zip.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace tsc;

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

int fail(const std::string& message) {
  std::cerr << "archive_tool: " << message << "\n";
  return 1;
}

int write(const std::string& out, const std::string& ir_path) {
  std::string text;
  if (!read_file(ir_path, text))
    return fail("cannot read '" + ir_path + "'");
  std::map<std::string, std::shared_ptr<const ir::Source>> files;
  ir::SourceLookup lookup = [&](const std::string& name) -> std::shared_ptr<const ir::Source> {
    std::string body;
    if (!read_file(name, body))
      return nullptr;
    return files.emplace(name, std::make_shared<const ir::Source>(name, body)).first->second;
  };
  ir::DiagnosticEngine diag;
  auto module = ir::parse_module(std::make_shared<const ir::Source>(ir_path, text), diag, lookup);
  if (module == nullptr || !ir::verify(*module, diag)) {
    const auto& d = diag.diagnostics().front();
    return fail(ir_path + ":" + std::to_string(d.range.line) + ": " + d.message);
  }
  runtime::Result<void> r = codegen::write_archive(*module, codegen::collect_sources(*module), out);
  return r ? 0 : fail(r.error().message);
}

runtime::Result<runtime::ZipReader> open_zip(const std::string& path, std::string& storage) {
  if (!read_file(path, storage))
    return runtime::Error{"cannot read '" + path + "'"};
  return runtime::ZipReader::open(storage);
}

int rezip(const std::string& in, const std::string& out, bool zip64) {
  std::string bytes;
  auto zip = open_zip(in, bytes);
  if (!zip)
    return fail(zip.error().message);
  runtime::ZipWriter writer(zip64);
  for (const runtime::ZipEntry& e : zip->entries()) {
    auto data = zip->read(e);
    if (!data)
      return fail(data.error().message);
    writer.add(e.name, *data, e.method);
  }
  std::ofstream o(out, std::ios::binary);
  o << writer.finish();
  return o ? 0 : fail("cannot write '" + out + "'");
}

int list(const std::string& path) {
  std::string bytes;
  auto zip = open_zip(path, bytes);
  if (!zip)
    return fail(zip.error().message);
  for (const runtime::ZipEntry& e : zip->entries()) {
    std::printf("%s %s %llu %llu %08x %llu\n", e.name.c_str(),
                e.method == runtime::ZipMethod::Stored ? "stored" : "deflated",
                static_cast<unsigned long long>(e.compressed_size),
                static_cast<unsigned long long>(e.uncompressed_size), e.crc32,
                static_cast<unsigned long long>(e.data_offset));
  }
  return 0;
}

int cat(const std::string& path, const std::string& name) {
  std::string bytes;
  auto zip = open_zip(path, bytes);
  if (!zip)
    return fail(zip.error().message);
  const runtime::ZipEntry* e = zip->find(name);
  if (e == nullptr)
    return fail("no record '" + name + "'");
  auto data = zip->read(*e);
  if (!data)
    return fail(data.error().message);
  std::fwrite(data->data(), 1, data->size(), stdout);
  return 0;
}

int load(const std::string& path) {
  auto archive = runtime::load_archive(path);
  if (!archive)
    return fail(archive.error().message);
  ir::PrintOptions options;
  options.locations = true;
  std::cout << ir::print_module(*archive->module, options);
  for (const auto& s : archive->sources)
    std::cout << "source " << s->filename() << " " << s->text().size() << "\n";
  return 0;
}

int pickle(const std::string& path) {
  std::string bytes;
  if (!read_file(path, bytes))
    return fail("cannot read '" + path + "'");
  auto value = runtime::read_pickle(bytes);
  if (!value)
    return fail(value.error().message);
  std::cout << value->repr() << "\n";
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 3 && args[0] == "write")
    return write(args[1], args[2]);
  if ((args.size() == 3 || (args.size() == 4 && args[3] == "--zip64")) && args[0] == "rezip")
    return rezip(args[1], args[2], args.size() == 4);
  if (args.size() == 2 && args[0] == "list")
    return list(args[1]);
  if (args.size() == 3 && args[0] == "cat")
    return cat(args[1], args[2]);
  if (args.size() == 2 && args[0] == "load")
    return load(args[1]);
  if (args.size() == 2 && args[0] == "pickle")
    return pickle(args[1]);
  std::cerr << "usage: archive_tool write OUT.pt FILE.ir | rezip IN OUT [--zip64] | list ARCHIVE |\n"
               "       cat ARCHIVE RECORD | load ARCHIVE | pickle FILE\n";
  return 2;
}
