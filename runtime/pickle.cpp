// runtime/pickle.cpp - PickleValue, PyTorch's protocol-2 pickle writer, and a reader that only builds values.
#include "runtime/pickle.h"

#include "ir/assert.h"
#include "ir/printer.h"
#include "runtime/zip.h"

#include <bit>
#include <cstdio>
#include <cstring>
#include <unordered_map>

namespace tsc::runtime {
namespace {

// Opcodes (CPython's Lib/pickle.py names).
enum : uint8_t {
  kMark = '(',
  kStop = '.',
  kBinInt = 'J',
  kBinInt1 = 'K',
  kBinInt2 = 'M',
  kNone = 'N',
  kBinPersId = 'Q',
  kReduce = 'R',
  kBinUnicode = 'X',
  kAppend = 'a',
  kBuild = 'b',
  kGlobal = 'c',
  kEmptyDict = '}',
  kAppends = 'e',
  kBinGet = 'h',
  kLongBinGet = 'j',
  kEmptyList = ']',
  kBinPut = 'q',
  kLongBinPut = 'r',
  kSetItem = 's',
  kTuple = 't',
  kEmptyTuple = ')',
  kSetItems = 'u',
  kBinFloat = 'G',
  kProto = 0x80,
  kNewObj = 0x81,
  kTuple1 = 0x85,
  kTuple2 = 0x86,
  kTuple3 = 0x87,
  kNewTrue = 0x88,
  kNewFalse = 0x89,
  kLong1 = 0x8a,
};

constexpr uint8_t kProtocol = 2;

// "an int", "a tuple", "None": for messages about what an opcode found.
const char* kind_name(PickleKind k) {
  switch (k) {
  case PickleKind::None:
    return "None";
  case PickleKind::Bool:
    return "a bool";
  case PickleKind::Int:
    return "an int";
  case PickleKind::Float:
    return "a float";
  case PickleKind::Str:
    return "a str";
  case PickleKind::Tuple:
    return "a tuple";
  case PickleKind::List:
    return "a list";
  case PickleKind::Dict:
    return "a dict";
  case PickleKind::Global:
    return "a global";
  case PickleKind::Reduce:
    return "a reduce";
  case PickleKind::Object:
    return "an object";
  case PickleKind::PersistentId:
    return "a persistent id";
  }
  TSC_UNREACHABLE("bad PickleKind");
}

} // namespace

const char* pickle_kind_name(PickleKind kind) {
  return kind_name(kind);
}

// ---- the value model -----------------------------------------------------

PickleValue PickleValue::boolean(bool v) {
  PickleValue p;
  p.kind_ = PickleKind::Bool;
  p.scalar_ = v ? 1 : 0;
  return p;
}

PickleValue PickleValue::integer(int64_t v) {
  PickleValue p;
  p.kind_ = PickleKind::Int;
  p.scalar_ = static_cast<uint64_t>(v);
  return p;
}

PickleValue PickleValue::real(double v) {
  PickleValue p;
  p.kind_ = PickleKind::Float;
  p.scalar_ = std::bit_cast<uint64_t>(v);
  return p;
}

PickleValue PickleValue::str(std::string v) {
  PickleValue p;
  p.kind_ = PickleKind::Str;
  p.text_ = std::move(v);
  return p;
}

PickleValue PickleValue::tuple(std::vector<PickleValue> items) {
  PickleValue p;
  p.kind_ = PickleKind::Tuple;
  p.items_ = std::move(items);
  return p;
}

PickleValue PickleValue::list(std::vector<PickleValue> items) {
  PickleValue p;
  p.kind_ = PickleKind::List;
  p.items_ = std::move(items);
  return p;
}

PickleValue PickleValue::dict(std::vector<std::pair<PickleValue, PickleValue>> entries) {
  PickleValue p;
  p.kind_ = PickleKind::Dict;
  p.items_.reserve(entries.size() * 2);
  for (auto& [k, v] : entries) {
    p.items_.push_back(std::move(k));
    p.items_.push_back(std::move(v));
  }
  return p;
}

PickleValue PickleValue::global(std::string module, std::string name) {
  PickleValue p;
  p.kind_ = PickleKind::Global;
  TSC_ASSERT(module.size() < UINT32_MAX, "pickled global's module name too long");
  p.name_at_ = static_cast<uint32_t>(module.size() + 1);
  p.text_ = std::move(module);
  p.text_ += '\n';
  p.text_ += name;
  return p;
}

PickleValue PickleValue::reduce(PickleValue callable, PickleValue args, std::optional<PickleValue> state) {
  TSC_ASSERT(args.is(PickleKind::Tuple), "reduce arguments must be a tuple");
  PickleValue p;
  p.kind_ = PickleKind::Reduce;
  p.items_.push_back(std::move(callable));
  p.items_.push_back(std::move(args));
  if (state) {
    p.has_state_ = true;
    p.items_.push_back(std::move(*state));
  }
  return p;
}

PickleValue PickleValue::object(PickleValue cls, PickleValue args, std::optional<PickleValue> state) {
  PickleValue p = reduce(std::move(cls), std::move(args), std::move(state));
  p.kind_ = PickleKind::Object;
  return p;
}

PickleValue PickleValue::persistent_id(PickleValue id) {
  PickleValue p;
  p.kind_ = PickleKind::PersistentId;
  p.items_.push_back(std::move(id));
  return p;
}

bool PickleValue::as_bool() const {
  TSC_ASSERT(kind_ == PickleKind::Bool, "as_bool of a non-bool pickle value");
  return scalar_ != 0;
}

int64_t PickleValue::as_int() const {
  TSC_ASSERT(kind_ == PickleKind::Int, "as_int of a non-int pickle value");
  return static_cast<int64_t>(scalar_);
}

double PickleValue::as_float() const {
  TSC_ASSERT(kind_ == PickleKind::Float, "as_float of a non-float pickle value");
  return std::bit_cast<double>(scalar_);
}

const std::string& PickleValue::as_str() const {
  TSC_ASSERT(kind_ == PickleKind::Str, "as_str of a non-str pickle value");
  return text_;
}

const PickleValue& PickleValue::key(size_t i) const {
  TSC_ASSERT(kind_ == PickleKind::Dict && i < size(), "dict key out of range");
  return items_[2 * i];
}

const PickleValue& PickleValue::value(size_t i) const {
  TSC_ASSERT(kind_ == PickleKind::Dict && i < size(), "dict value out of range");
  return items_[2 * i + 1];
}

std::string_view PickleValue::module() const {
  TSC_ASSERT(kind_ == PickleKind::Global, "module of a non-global pickle value");
  return std::string_view(text_).substr(0, name_at_ - 1);
}

std::string_view PickleValue::name() const {
  TSC_ASSERT(kind_ == PickleKind::Global, "name of a non-global pickle value");
  return std::string_view(text_).substr(name_at_);
}

const PickleValue& PickleValue::callable() const {
  TSC_ASSERT(kind_ == PickleKind::Reduce || kind_ == PickleKind::Object,
             "callable of a non-call pickle value");
  return items_[0];
}

const PickleValue& PickleValue::args() const {
  TSC_ASSERT(kind_ == PickleKind::Reduce || kind_ == PickleKind::Object, "args of a non-call pickle value");
  return items_[1];
}

const PickleValue* PickleValue::state() const {
  TSC_ASSERT(kind_ == PickleKind::Reduce || kind_ == PickleKind::Object, "state of a non-call pickle value");
  return has_state_ ? &items_[2] : nullptr;
}

const PickleValue& PickleValue::persistent_id() const {
  TSC_ASSERT(kind_ == PickleKind::PersistentId, "persistent_id of another pickle value");
  return items_[0];
}

bool operator==(const PickleValue& a, const PickleValue& b) {
  return a.kind_ == b.kind_ && a.has_state_ == b.has_state_ && a.scalar_ == b.scalar_ &&
         a.name_at_ == b.name_at_ && a.text_ == b.text_ && a.items_ == b.items_;
}

std::string PickleValue::repr() const {
  auto join = [this](size_t from) {
    std::string out;
    for (size_t i = from; i < items_.size(); ++i) {
      if (i != from)
        out += ", ";
      out += items_[i].repr();
    }
    return out;
  };
  switch (kind_) {
  case PickleKind::None:
    return "None";
  case PickleKind::Bool:
    return as_bool() ? "True" : "False";
  case PickleKind::Int:
    return std::to_string(as_int());
  case PickleKind::Float:
    return ir::format_float(as_float());
  case PickleKind::Str:
    return quote_untrusted(text_);
  case PickleKind::Tuple:
    return "(" + join(0) + (items_.size() == 1 ? ",)" : ")");
  case PickleKind::List:
    return "[" + join(0) + "]";
  case PickleKind::Dict: {
    std::string out = "{";
    for (size_t i = 0; i < size(); ++i) {
      if (i != 0)
        out += ", ";
      out += key(i).repr() + ": " + value(i).repr();
    }
    return out + "}";
  }
  case PickleKind::Global:
    return "GLOBAL(" + quote_untrusted(module()) + ", " + quote_untrusted(name()) + ")";
  case PickleKind::Reduce:
    return "REDUCE(" + join(0) + ")";
  case PickleKind::Object:
    return "OBJECT(" + join(0) + ")";
  case PickleKind::PersistentId:
    return "PERSID(" + join(0) + ")";
  }
  TSC_UNREACHABLE("bad PickleKind");
}

// ---- writing -------------------------------------------------------------

namespace {

class PickleWriter {
public:
  std::string run(const PickleValue& v) {
    out_.push_back(static_cast<char>(kProto));
    out_.push_back(static_cast<char>(kProtocol));
    push(v);
    out_.push_back(static_cast<char>(kStop));
    return std::move(out_);
  }

private:
  void op(uint8_t code) { out_.push_back(static_cast<char>(code)); }
  void le(uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i)
      out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }

  // Memoizes the value on top of the stack under the next memo index.
  uint32_t put() {
    uint32_t index = next_memo_++;
    if (index < 256) {
      op(kBinPut);
      le(index, 1);
    } else {
      op(kLongBinPut);
      le(index, 4);
    }
    return index;
  }
  void get(uint32_t index) {
    if (index < 256) {
      op(kBinGet);
      le(index, 1);
    } else {
      op(kLongBinGet);
      le(index, 4);
    }
  }

  void push_int(int64_t v) {
    // pickler.cpp pushInt: the shortest of BININT1/BININT2/BININT, else LONG1 of 8 bytes.
    if (v >= 0 && v <= 0xff) {
      op(kBinInt1);
      le(static_cast<uint64_t>(v), 1);
    } else if (v >= 0 && v <= 0xffff) {
      op(kBinInt2);
      le(static_cast<uint64_t>(v), 2);
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      op(kBinInt);
      le(static_cast<uint32_t>(static_cast<int32_t>(v)), 4);
    } else {
      op(kLong1);
      le(8, 1);
      le(static_cast<uint64_t>(v), 8);
    }
  }

  void push_float(double v) {
    op(kBinFloat);
    uint64_t bits = std::bit_cast<uint64_t>(v);
    for (int i = 7; i >= 0; --i)
      out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }

  void push_str(const std::string& s) {
    auto it = strings_.find(s);
    if (it != strings_.end()) {
      get(it->second);
      return;
    }
    TSC_ASSERT(s.size() <= UINT32_MAX, "pickled string longer than 4 GiB");
    op(kBinUnicode);
    le(s.size(), 4);
    out_.append(s);
    strings_.emplace(s, put());
  }

  void push_global(const PickleValue& g) {
    std::string key = std::string(g.module()) + "\n" + std::string(g.name());
    auto it = globals_.find(key);
    if (it != globals_.end()) {
      get(it->second);
      return;
    }
    TSC_ASSERT(g.module().find('\n') == std::string_view::npos &&
                   g.name().find('\n') == std::string_view::npos,
               "newline in a pickled global's name");
    op(kGlobal);
    out_.append(key);
    out_.push_back('\n');
    globals_.emplace(std::move(key), put());
  }

  void push_items(const std::vector<PickleValue>& items, size_t from = 0) {
    for (size_t i = from; i < items.size(); ++i)
      push(items[i]);
  }

  void push(const PickleValue& v) {
    switch (v.kind()) {
    case PickleKind::None:
      op(kNone);
      return;
    case PickleKind::Bool:
      op(v.as_bool() ? kNewTrue : kNewFalse);
      return;
    case PickleKind::Int:
      push_int(v.as_int());
      return;
    case PickleKind::Float:
      push_float(v.as_float());
      return;
    case PickleKind::Str:
      push_str(v.as_str());
      return;
    case PickleKind::Tuple: {
      static constexpr uint8_t kSmall[] = {kEmptyTuple, kTuple1, kTuple2, kTuple3};
      size_t n = v.items().size();
      if (n > 3)
        op(kMark);
      push_items(v.items());
      op(n <= 3 ? kSmall[n] : static_cast<uint8_t>(kTuple));
      return;
    }
    case PickleKind::List:
      op(kEmptyList);
      if (!v.items().empty()) {
        op(kMark);
        push_items(v.items());
        op(kAppends);
      }
      return;
    case PickleKind::Dict:
      op(kEmptyDict);
      if (!v.items().empty()) {
        op(kMark);
        push_items(v.items());
        op(kSetItems);
      }
      return;
    case PickleKind::Global:
      push_global(v);
      return;
    case PickleKind::Reduce:
    case PickleKind::Object:
      push(v.callable());
      push(v.args());
      op(v.is(PickleKind::Object) ? kNewObj : kReduce);
      if (v.state() != nullptr) {
        push(*v.state());
        op(kBuild);
      }
      // PyTorch memoizes every object it pickles (pushIValue), though nothing refers back.
      if (v.is(PickleKind::Object))
        put();
      return;
    case PickleKind::PersistentId:
      push(v.persistent_id());
      op(kBinPersId);
      return;
    }
    TSC_UNREACHABLE("bad PickleKind");
  }

  std::string out_;
  uint32_t next_memo_ = 0;
  std::unordered_map<std::string, uint32_t> strings_;
  std::unordered_map<std::string, uint32_t> globals_;
};

// ---- reading -------------------------------------------------------------

// The reader first builds a graph of nodes in an arena (memo references share
// nodes, and APPENDS/SETITEMS/BUILD mutate nodes already memoized, exactly as
// the pickle machine would), then copies the result out as a PickleValue
// tree, which is where depth and cycles are checked. Memory for both is
// charged against one budget (PickleLimits::max_memory_per_byte).
struct Node {
  std::string_view text; // into the input: Str's bytes, Global's "module\nname"
  std::vector<uint32_t> items;
  uint64_t scalar = 0;  // Int, Bool, Float bits
  uint32_t name_at = 0; // Global: where the name starts in text
  PickleKind kind = PickleKind::None;
  bool has_state = false;
};

// What an unordered_map entry of the memo costs, roughly.
constexpr uint64_t kMemoEntryCost = 32;

class PickleReader {
public:
  PickleReader(std::string_view bytes, const PickleLimits& limits)
      : in_(bytes), limits_(limits),
        budget_(limits.max_memory_per_byte * bytes.size() + (uint64_t{1} << 20)) {}

  Result<PickleValue> run() {
    Result<uint32_t> root = execute();
    if (!root)
      return root.error();
    on_path_.assign(nodes_.size(), 0);
    return convert(*root, 0);
  }

private:
  Error fail(uint64_t at, const std::string& msg) { return Error{"byte " + std::to_string(at) + ": " + msg}; }

  bool has(uint64_t n) const { return in_.size() - pos_ >= n; }
  uint64_t read_le(int bytes) {
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
      v |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_ + i])) << (8 * i);
    pos_ += bytes;
    return v;
  }

  // Takes `bytes` from the memory budget; false when it is spent.
  bool charge(uint64_t bytes) {
    if (bytes > budget_)
      return false;
    budget_ -= bytes;
    return true;
  }
  std::string over_budget() const {
    return "values need more than " + std::to_string(limits_.max_memory_per_byte) +
           " bytes of memory per byte of pickle";
  }

  // Adds a node; execute() has charged for it and its stack slot.
  uint32_t make(Node n) {
    nodes_.push_back(std::move(n));
    return static_cast<uint32_t>(nodes_.size() - 1);
  }
  uint32_t make_kind(PickleKind k) {
    Node n;
    n.kind = k;
    return make(std::move(n));
  }
  // Values above the innermost MARK (CPython keeps marks as separate stack frames).
  size_t frame_size() const { return stack_.size() - (marks_.empty() ? 0 : marks_.back()); }

  Result<uint32_t> execute() {
    while (pos_ < in_.size()) {
      const uint64_t at = pos_;
      const uint8_t code = static_cast<uint8_t>(in_[pos_++]);
      auto truncated = [&]() { return fail(at, "truncated operand of " + opcode_name(code)); };
      auto underflow = [&]() { return fail(at, "stack underflow at " + opcode_name(code)); };
      // Every opcode makes at most one node and pushes at most one stack slot;
      // a container's items all were stack slots once, so they are paid for.
      if (!charge(sizeof(Node) + sizeof(uint32_t)))
        return fail(at, over_budget());
      switch (code) {
      case kProto: {
        if (!has(1))
          return truncated();
        uint64_t proto = read_le(1);
        if (proto != kProtocol)
          return fail(at, "unsupported pickle protocol " + std::to_string(proto) + " (expected 2)");
        break;
      }
      case kStop: {
        if (!marks_.empty() || stack_.size() != 1)
          return fail(at, "STOP with " + std::to_string(stack_.size()) + " values on the stack and " +
                              std::to_string(marks_.size()) + " open MARKs (expected one value)");
        if (pos_ != in_.size())
          return fail(pos_, std::to_string(in_.size() - pos_) + " bytes after STOP");
        return stack_.back();
      }
      case kNone:
        stack_.push_back(make_kind(PickleKind::None));
        break;
      case kNewTrue:
      case kNewFalse: {
        Node n;
        n.kind = PickleKind::Bool;
        n.scalar = code == kNewTrue ? 1 : 0;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kBinInt1:
      case kBinInt2:
      case kBinInt: {
        int width = code == kBinInt1 ? 1 : code == kBinInt2 ? 2 : 4;
        if (!has(width))
          return truncated();
        uint64_t raw = read_le(width);
        Node n;
        n.kind = PickleKind::Int;
        // BININT is a signed 32-bit value; BININT1 and BININT2 are unsigned.
        n.scalar = width == 4
                       ? static_cast<uint64_t>(int64_t{static_cast<int32_t>(static_cast<uint32_t>(raw))})
                       : raw;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kLong1: {
        if (!has(1))
          return truncated();
        uint64_t len = read_le(1);
        if (len > 8)
          return fail(at, "integer of " + std::to_string(len) + " bytes does not fit in 64 bits");
        if (!has(len))
          return truncated();
        uint64_t raw = read_le(static_cast<int>(len));
        // Little-endian two's complement: sign-extend from the top byte.
        if (len > 0 && len < 8 && (raw >> (8 * len - 1)) != 0)
          raw |= ~uint64_t{0} << (8 * len);
        Node n;
        n.kind = PickleKind::Int;
        n.scalar = raw;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kBinFloat: {
        if (!has(8))
          return truncated();
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
          bits = (bits << 8) | static_cast<uint8_t>(in_[pos_ + i]);
        pos_ += 8;
        Node n;
        n.kind = PickleKind::Float;
        n.scalar = bits;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kBinUnicode: {
        if (!has(4))
          return truncated();
        uint64_t len = read_le(4);
        if (!has(len))
          return fail(at, "string of " + std::to_string(len) + " bytes runs past the end of the pickle");
        Node n;
        n.kind = PickleKind::Str;
        n.text = in_.substr(pos_, len);
        pos_ += len;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kGlobal: {
        // GLOBAL 'module\nname\n'
        size_t module_end = in_.find('\n', pos_);
        size_t name_end = module_end == std::string_view::npos ? module_end : in_.find('\n', module_end + 1);
        if (name_end == std::string_view::npos)
          return fail(at, "GLOBAL without two newline-terminated names");
        Node n;
        n.kind = PickleKind::Global;
        n.text = in_.substr(pos_, name_end - pos_);
        n.name_at = static_cast<uint32_t>(module_end + 1 - pos_);
        pos_ = name_end + 1;
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kBinPut:
      case kLongBinPut: {
        int width = code == kBinPut ? 1 : 4;
        if (!has(width))
          return truncated();
        uint64_t index = read_le(width);
        if (frame_size() == 0)
          return underflow();
        if (!charge(kMemoEntryCost))
          return fail(at, over_budget());
        memo_[static_cast<uint32_t>(index)] = stack_.back();
        break;
      }
      case kBinGet:
      case kLongBinGet: {
        int width = code == kBinGet ? 1 : 4;
        if (!has(width))
          return truncated();
        uint64_t index = read_le(width);
        auto it = memo_.find(static_cast<uint32_t>(index));
        if (it == memo_.end())
          return fail(at, "memo entry " + std::to_string(index) + " is not defined");
        stack_.push_back(it->second);
        break;
      }
      case kMark:
        marks_.push_back(stack_.size());
        break;
      case kEmptyTuple:
        stack_.push_back(make_kind(PickleKind::Tuple));
        break;
      case kTuple1:
      case kTuple2:
      case kTuple3: {
        size_t n = code - kTuple1 + 1;
        if (frame_size() < n)
          return underflow();
        Node t;
        t.kind = PickleKind::Tuple;
        t.items.assign(stack_.end() - static_cast<ptrdiff_t>(n), stack_.end());
        stack_.resize(stack_.size() - n);
        stack_.push_back(make(std::move(t)));
        break;
      }
      case kTuple: {
        if (marks_.empty())
          return fail(at, "TUPLE without a MARK");
        Node t;
        t.kind = PickleKind::Tuple;
        t.items = pop_to_mark();
        stack_.push_back(make(std::move(t)));
        break;
      }
      case kEmptyList:
        stack_.push_back(make_kind(PickleKind::List));
        break;
      case kEmptyDict:
        stack_.push_back(make_kind(PickleKind::Dict));
        break;
      case kAppend:
      case kSetItem: {
        size_t n = code == kAppend ? 1 : 2;
        if (frame_size() < n + 1)
          return underflow();
        uint32_t target = stack_[stack_.size() - n - 1];
        PickleKind want = code == kAppend ? PickleKind::List : PickleKind::Dict;
        if (nodes_[target].kind != want)
          return fail(at, opcode_name(code) + " on " + kind_name(nodes_[target].kind));
        for (size_t i = stack_.size() - n; i < stack_.size(); ++i)
          nodes_[target].items.push_back(stack_[i]);
        stack_.resize(stack_.size() - n);
        break;
      }
      case kAppends:
      case kSetItems: {
        if (marks_.empty())
          return fail(at, opcode_name(code) + " without a MARK");
        // The container sits just below the MARK.
        if (marks_.back() == 0 || marks_.back() <= (marks_.size() > 1 ? marks_[marks_.size() - 2] : 0))
          return fail(at, opcode_name(code) + " with nothing to add to");
        uint32_t target = stack_[marks_.back() - 1];
        PickleKind want = code == kAppends ? PickleKind::List : PickleKind::Dict;
        if (nodes_[target].kind != want)
          return fail(at, opcode_name(code) + " on " + kind_name(nodes_[target].kind));
        std::vector<uint32_t> added = pop_to_mark();
        if (code == kSetItems && added.size() % 2 != 0)
          return fail(at, "SETITEMS with an odd number of values");
        auto& items = nodes_[target].items;
        items.insert(items.end(), added.begin(), added.end());
        break;
      }
      case kReduce:
      case kNewObj: {
        if (frame_size() < 2)
          return underflow();
        uint32_t args = stack_.back();
        uint32_t callable = stack_[stack_.size() - 2];
        if (nodes_[args].kind != PickleKind::Tuple)
          return fail(at, opcode_name(code) + " arguments must be a tuple, found " +
                              kind_name(nodes_[args].kind));
        stack_.resize(stack_.size() - 2);
        Node n;
        n.kind = code == kReduce ? PickleKind::Reduce : PickleKind::Object;
        n.items = {callable, args};
        stack_.push_back(make(std::move(n)));
        break;
      }
      case kBuild: {
        if (frame_size() < 2)
          return underflow();
        uint32_t state = stack_.back();
        uint32_t target = stack_[stack_.size() - 2];
        Node& t = nodes_[target];
        if (t.kind != PickleKind::Object && t.kind != PickleKind::Reduce)
          return fail(at, std::string("BUILD on ") + kind_name(t.kind));
        if (t.has_state)
          return fail(at, "BUILD on an object that already has state");
        t.has_state = true;
        t.items.push_back(state);
        stack_.pop_back();
        break;
      }
      case kBinPersId: {
        if (frame_size() < 1)
          return underflow();
        Node n;
        n.kind = PickleKind::PersistentId;
        n.items = {stack_.back()};
        stack_.back() = make(std::move(n));
        break;
      }
      default:
        return fail(at, "unsupported pickle opcode " + opcode_name(code));
      }
    }
    return fail(pos_, "pickle ends without STOP");
  }

  std::vector<uint32_t> pop_to_mark() {
    size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<uint32_t> items(stack_.begin() + static_cast<ptrdiff_t>(mark), stack_.end());
    stack_.resize(mark);
    return items;
  }

  // CPython's name for a supported opcode, else its byte: "0x8c", "0x53 ('S')".
  static std::string opcode_name(uint8_t code) {
    switch (code) {
    case kMark:
      return "MARK";
    case kStop:
      return "STOP";
    case kBinInt:
      return "BININT";
    case kBinInt1:
      return "BININT1";
    case kBinInt2:
      return "BININT2";
    case kNone:
      return "NONE";
    case kBinPersId:
      return "BINPERSID";
    case kReduce:
      return "REDUCE";
    case kBinUnicode:
      return "BINUNICODE";
    case kAppend:
      return "APPEND";
    case kBuild:
      return "BUILD";
    case kGlobal:
      return "GLOBAL";
    case kEmptyDict:
      return "EMPTY_DICT";
    case kAppends:
      return "APPENDS";
    case kBinGet:
      return "BINGET";
    case kLongBinGet:
      return "LONG_BINGET";
    case kEmptyList:
      return "EMPTY_LIST";
    case kBinPut:
      return "BINPUT";
    case kLongBinPut:
      return "LONG_BINPUT";
    case kSetItem:
      return "SETITEM";
    case kTuple:
      return "TUPLE";
    case kEmptyTuple:
      return "EMPTY_TUPLE";
    case kSetItems:
      return "SETITEMS";
    case kBinFloat:
      return "BINFLOAT";
    case kProto:
      return "PROTO";
    case kNewObj:
      return "NEWOBJ";
    case kTuple1:
      return "TUPLE1";
    case kTuple2:
      return "TUPLE2";
    case kTuple3:
      return "TUPLE3";
    case kNewTrue:
      return "NEWTRUE";
    case kNewFalse:
      return "NEWFALSE";
    case kLong1:
      return "LONG1";
    default:
      break;
    }
    char buf[16];
    if (code >= 0x20 && code < 0x7f && code != '\'')
      std::snprintf(buf, sizeof(buf), "0x%02x ('%c')", code, code);
    else
      std::snprintf(buf, sizeof(buf), "0x%02x", code);
    return buf;
  }

  Result<PickleValue> convert(uint32_t id, size_t depth) {
    if (depth > limits_.max_depth)
      return Error{"values nest deeper than " + std::to_string(limits_.max_depth) + " levels"};
    if (on_path_[id] != 0)
      return Error{"a memoized value contains itself"};
    const Node& n = nodes_[id];
    if (!charge(sizeof(PickleValue) + n.text.size()))
      return Error{over_budget()};
    on_path_[id] = 1;
    std::vector<PickleValue> children;
    children.reserve(n.items.size());
    for (uint32_t child : n.items) {
      Result<PickleValue> c = convert(child, depth + 1);
      if (!c)
        return c;
      children.push_back(std::move(c).value());
    }
    on_path_[id] = 0;
    switch (n.kind) {
    case PickleKind::None:
      return PickleValue::none();
    case PickleKind::Bool:
      return PickleValue::boolean(n.scalar != 0);
    case PickleKind::Int:
      return PickleValue::integer(static_cast<int64_t>(n.scalar));
    case PickleKind::Float:
      return PickleValue::real(std::bit_cast<double>(n.scalar));
    case PickleKind::Str:
      return PickleValue::str(std::string(n.text));
    case PickleKind::Tuple:
      return PickleValue::tuple(std::move(children));
    case PickleKind::List:
      return PickleValue::list(std::move(children));
    case PickleKind::Dict: {
      std::vector<std::pair<PickleValue, PickleValue>> entries;
      entries.reserve(children.size() / 2);
      for (size_t i = 0; i + 1 < children.size(); i += 2)
        entries.emplace_back(std::move(children[i]), std::move(children[i + 1]));
      return PickleValue::dict(std::move(entries));
    }
    case PickleKind::Global:
      return PickleValue::global(std::string(n.text.substr(0, n.name_at - 1)),
                                 std::string(n.text.substr(n.name_at)));
    case PickleKind::Reduce:
    case PickleKind::Object: {
      std::optional<PickleValue> state;
      if (n.has_state)
        state = std::move(children[2]);
      if (n.kind == PickleKind::Reduce)
        return PickleValue::reduce(std::move(children[0]), std::move(children[1]), std::move(state));
      return PickleValue::object(std::move(children[0]), std::move(children[1]), std::move(state));
    }
    case PickleKind::PersistentId:
      return PickleValue::persistent_id(std::move(children[0]));
    }
    TSC_UNREACHABLE("bad PickleKind");
  }

  std::string_view in_;
  PickleLimits limits_;
  uint64_t pos_ = 0;
  std::vector<Node> nodes_;
  std::vector<uint32_t> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint32_t, uint32_t> memo_;
  std::vector<char> on_path_;
  uint64_t budget_;
};

} // namespace

std::string write_pickle(const PickleValue& value) {
  return PickleWriter().run(value);
}

Result<PickleValue> read_pickle(std::string_view bytes, const PickleLimits& limits) {
  if (bytes.size() >= UINT32_MAX)
    return Error{"pickle of " + std::to_string(bytes.size()) + " bytes is too large"};
  return PickleReader(bytes, limits).run();
}

} // namespace tsc::runtime
