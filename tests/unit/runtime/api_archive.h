// tests/unit/runtime/api_archive.h - Builds a one-source .pt archive from source text and its IR, for API
// tests.
#pragma once

#include "runtime/pickle.h"
#include "runtime/zip.h"

#include <string>

namespace tsc::testing {

/// The archive `tsc prog.py -o prog.pt` writes for `source`, whose IR (as
/// `tsc prog.py --emit=ir --locations` prints it, locations in "prog.py") is
/// `ir`: the records of docs/archive.md under the folder "prog/".
inline std::string one_source_archive(const std::string& source, const std::string& ir) {
  using runtime::PickleValue;
  PickleValue manifest = PickleValue::tuple(
      {PickleValue::tuple({PickleValue::str("code/prog.py"), PickleValue::str("prog.py")})});
  PickleValue data =
      PickleValue::object(PickleValue::global("__torch__", "PlaceholderModule"), PickleValue::tuple({}),
                          PickleValue::dict({{PickleValue::str("training"), PickleValue::boolean(true)}}));
  runtime::ZipWriter w;
  w.add("prog/extra/tsc/version", "1\n", runtime::ZipMethod::Stored);
  w.add("prog/extra/tsc/sources.pkl", runtime::write_pickle(manifest), runtime::ZipMethod::Stored);
  w.add("prog/extra/tsc/ir.txt", ir, runtime::ZipMethod::Stored);
  w.add("prog/data.pkl", runtime::write_pickle(data), runtime::ZipMethod::Stored);
  w.add("prog/code/prog.py", source, runtime::ZipMethod::Deflated);
  w.add("prog/constants.pkl", runtime::write_pickle(PickleValue::tuple({})), runtime::ZipMethod::Stored);
  w.add("prog/version", "3\n", runtime::ZipMethod::Stored);
  return w.finish();
}

} // namespace tsc::testing
