// examples/cpp/main.cpp - cpp_demo: loads a .pt archive, calls one function, prints repr of the result.
//
//   cpp_demo model.pt [NAME [ARG...]]
//
// NAME defaults to "main". Each ARG becomes an int when it reads as one
// ("3", "-7"), else a float ("2.5", "1e3", "inf"), else True, False or None,
// else a str (the text as given). The call converts an int where the
// function wants a float. Exit codes follow `tsc run`: 0 ok, 1 a load or
// script error (the message or traceback on stderr), 2 usage.
#include <tsc/tsc.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

namespace {

tsc::Value parse_arg(const std::string& text) {
  int64_t i = 0;
  const char* end = text.data() + text.size();
  auto [int_end, int_ec] = std::from_chars(text.data(), end, i);
  if (int_ec == std::errc() && int_end == end && !text.empty())
    return tsc::Value(i);
  if (!text.empty()) {
    char* double_end = nullptr;
    double d = std::strtod(text.c_str(), &double_end);
    if (double_end == text.c_str() + text.size())
      return tsc::Value(d);
  }
  if (text == "True")
    return tsc::Value(true);
  if (text == "False")
    return tsc::Value(false);
  if (text == "None")
    return tsc::Value();
  return tsc::Value(text);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cpp_demo model.pt [NAME [ARG...]]\n";
    return 2;
  }
  std::string name = argc > 2 ? argv[2] : "main";
  std::vector<tsc::Value> args;
  for (int i = 3; i < argc; ++i)
    args.push_back(parse_arg(argv[i]));
  try {
    tsc::Module module = tsc::load(argv[1]);
    if (!module.has(name)) {
      std::cerr << "cpp_demo: no function '" << name << "' in '" << argv[1] << "'; it has:";
      for (const std::string& f : module.functions())
        std::cerr << " " << f;
      std::cerr << "\n";
      return 2;
    }
    tsc::Value result = module.call(name, std::move(args));
    std::cout << result.repr() << "\n";
  } catch (const tsc::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
