// bench/scalar/word_count.cpp - word_count.py in plain C++: std::string, and an insertion-ordered count.
#include "cpp_harness.h"

#include <cctype>
#include <sstream>
#include <unordered_map>
#include <utility>

std::vector<std::string> split_whitespace(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string word;
  while (in >> word)
    out.push_back(word);
  return out;
}

std::string make_text(int64_t lines) {
  std::vector<std::string> vocab = split_whitespace(
      "the Quick brown fox jumps over lazy dog tensor graph Script module value float int list "
      "dict string python torch compile run loop branch call return node block type shape");
  std::string out;
  int64_t state = 12345;
  for (int64_t i = 0; i < lines; ++i) {
    std::string line;
    for (int64_t k = 0; k < 8 + i % 5; ++k) {
      state = (state * 1103515245 + 12345) % 2147483648;
      std::string w = vocab[static_cast<size_t>((state >> 16) % static_cast<int64_t>(vocab.size()))];
      if ((state >> 8) % 7 == 0)
        w += ",";
      if (k > 0)
        line += " ";
      line += w;
    }
    if (i > 0)
      out += "\n";
    out += line + ".";
  }
  return out;
}

// The counts in first-seen order (Python's dict order).
std::vector<std::pair<std::string, int64_t>> count_words(const std::string& text) {
  std::vector<std::pair<std::string, int64_t>> counts;
  std::unordered_map<std::string, size_t> index;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos)
      end = text.size();
    for (const std::string& raw : split_whitespace(text.substr(start, end - start))) {
      size_t b = raw.find_first_not_of(".,");
      if (b == std::string::npos)
        continue;
      size_t e = raw.find_last_not_of(".,");
      std::string w = raw.substr(b, e - b + 1);
      for (char& c : w)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto [it, fresh] = index.emplace(w, counts.size());
      if (fresh)
        counts.emplace_back(w, 0);
      counts[it->second].second += 1;
    }
    start = end + 1;
  }
  return counts;
}

std::vector<int64_t> word_count(int64_t lines) {
  std::string text = make_text(lines);
  auto counts = count_words(text);
  int64_t total = 0, top = 0, checksum = 0;
  for (const auto& [w, c] : counts) {
    total += c;
    if (c > top)
      top = c;
    checksum = (checksum * 31 + static_cast<int64_t>(w.size()) * c) % 1000000007;
  }
  return {total, static_cast<int64_t>(counts.size()), top, checksum};
}

int main(int argc, char** argv) {
  return bench::run(argc, argv, [](const std::vector<int64_t>& a) { return word_count(a.at(0)); });
}
