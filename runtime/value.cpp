// runtime/value.cpp - Heap object destruction, strings and container constructors.
#include "runtime/value.h"

#include "runtime/dict.h"
#include "runtime/unicode.h"

#include <algorithm>
#include <array>
#include <memory>
#include <mutex>
#include <new>

namespace tsc::runtime {

const char* tag_name(Tag tag) {
  switch (tag) {
  case Tag::None:
    return "NoneType";
  case Tag::Bool:
    return "bool";
  case Tag::Int:
    return "int";
  case Tag::Double:
    return "float";
  case Tag::Str:
    return "str";
  case Tag::Tensor:
    return "Tensor";
  case Tag::List:
    return "list";
  case Tag::Tuple:
    return "tuple";
  case Tag::Dict:
    return "dict";
  case Tag::Object:
    return "object";
  case Tag::Function:
    return "function";
  }
  return "?";
}

namespace {

// Note [Iterative destruction]
// Destroying an object drops its references, which may destroy more objects:
// a linked list of a million script objects would recurse a million levels
// deep. Instead the outermost destroy() on a thread runs a loop, and nested
// ones only queue their object for it.
struct DestroyQueue {
  bool active = false;
  std::vector<const HeapObject*> pending;
};
thread_local DestroyQueue tl_destroy_queue;

} // namespace

void HeapObject::destroy() const noexcept {
  DestroyQueue& q = tl_destroy_queue;
  if (q.active) {
    q.pending.push_back(this);
    return;
  }
  q.active = true;
  delete this;
  while (!q.pending.empty()) {
    const HeapObject* next = q.pending.back();
    q.pending.pop_back();
    delete next;
  }
  q.active = false;
}

namespace detail {
namespace {

// Note [Small object pool]
// Strings, lists and tuples are allocated and freed in bulk (a split() makes
// a million strings, dropping the list frees them all). malloc handles that
// badly (its fastbin consolidation walks every freed chunk), so objects of up
// to kPoolMaxSize bytes come from 64 KiB chunks carved into 16-byte size
// classes. Each thread keeps free lists per class; a block freed on another
// thread simply joins that thread's list. Chunks are never returned: they are
// registered in one process-wide list (so the memory stays reachable), and
// the free lists of a thread that exits are handed to that list for reuse.
// The cost is that the high-water mark of small objects stays allocated.
constexpr size_t kPoolGranule = 16;
constexpr size_t kPoolClasses = 8;
constexpr size_t kPoolMaxSize = kPoolGranule * kPoolClasses;
constexpr size_t kChunkBytes = size_t{64} << 10;

struct FreeBlock {
  FreeBlock* next;
};

struct Chunks {
  std::mutex mutex;
  std::vector<std::unique_ptr<char[]>> chunks;
  FreeBlock* orphans[kPoolClasses] = {};
};

// Never destroyed: blocks may be in use until the very end of the process.
Chunks& global_chunks() {
  static union Holder {
    Chunks chunks;
    Holder() : chunks() {}
    ~Holder() {}
  } holder;
  return holder.chunks;
}

struct Pool {
  FreeBlock* heads[kPoolClasses] = {};
  FreeBlock* tails[kPoolClasses] = {}; // the last block of each list, for splicing
  Pool() = default;
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;
  ~Pool() {
    // Hand this thread's free blocks over for reuse by others.
    Chunks& g = global_chunks();
    std::lock_guard<std::mutex> lock(g.mutex);
    for (size_t c = 0; c < kPoolClasses; ++c) {
      if (heads[c] == nullptr)
        continue;
      tails[c]->next = g.orphans[c];
      g.orphans[c] = heads[c];
    }
  }

  // Refills an empty class: blocks left by exited threads, or a new chunk.
  FreeBlock* refill(size_t c) {
    Chunks& g = global_chunks();
    std::lock_guard<std::mutex> lock(g.mutex);
    if (g.orphans[c] != nullptr)
      return std::exchange(g.orphans[c], nullptr);
    size_t block = (c + 1) * kPoolGranule;
    auto chunk = std::make_unique<char[]>(kChunkBytes);
    char* base = chunk.get();
    g.chunks.push_back(std::move(chunk));
    FreeBlock* head = nullptr;
    for (size_t off = kChunkBytes / block * block; off >= block; off -= block) {
      head = new (base + off - block) FreeBlock{head};
    }
    return head;
  }
};

thread_local Pool tl_pool;

} // namespace

// AddressSanitizer builds allocate each object on its own, so that a use
// after free is caught rather than hidden by block reuse.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUsePool = false;
#else
constexpr bool kUsePool = true;
#endif

void* pool_alloc(size_t size) {
  if (!kUsePool || size > kPoolMaxSize)
    return ::operator new(size);
  size_t c = (size - 1) / kPoolGranule;
  Pool& pool = tl_pool;
  FreeBlock* b = pool.heads[c];
  if (b == nullptr) [[unlikely]] {
    b = pool.refill(c);
    FreeBlock* tail = b;
    while (tail->next)
      tail = tail->next;
    pool.tails[c] = tail;
  }
  pool.heads[c] = b->next;
  if (pool.heads[c] == nullptr)
    pool.tails[c] = nullptr;
  return b;
}

void pool_free(void* p, size_t size) noexcept {
  if (!kUsePool || size > kPoolMaxSize)
    return ::operator delete(p);
  size_t c = (size - 1) / kPoolGranule;
  Pool& pool = tl_pool;
  if (pool.heads[c] == nullptr)
    pool.tails[c] = static_cast<FreeBlock*>(p);
  pool.heads[c] = new (p) FreeBlock{pool.heads[c]};
}

} // namespace detail

StrObject::StrObject(std::string s) : HeapObject(true), ascii_(runtime::is_ascii(s)), s_(std::move(s)) {
  length_ = ascii_ ? s_.size() : utf8_length(s_);
}

StrObject::StrObject(std::string_view s, Ascii) : HeapObject(true), ascii_(true), s_(s), length_(s_.size()) {}

void StrObject::append_unshared(std::string_view tail) {
  bool tail_ascii = runtime::is_ascii(tail);
  s_ += tail;
  length_ += tail_ascii ? tail.size() : utf8_length(tail);
  ascii_ = ascii_ && tail_ascii;
  hash_.store(0, std::memory_order_relaxed);
}

static_assert(sizeof(StrObject) <= 64, "a str object fits a 64-byte pool block");

uint64_t StrObject::hash() const {
  uint64_t h = hash_.load(std::memory_order_relaxed);
  if (h != 0)
    return h;
  // FNV-1a, then a final mix; 0 is reserved for "not computed yet".
  h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s_) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 32;
  if (h == 0)
    h = 1;
  hash_.store(h, std::memory_order_relaxed);
  return h;
}

namespace {

// One shared str object per ASCII character, so that indexing and iterating
// over strings does not allocate. They are created once and never destroyed
// (the table holds a count on each).
struct AsciiChars {
  std::array<StrObject*, 128> chars;
  AsciiChars() {
    for (int c = 0; c < 128; ++c) {
      chars[c] = Ref<StrObject>::make(std::string(1, static_cast<char>(c))).release();
    }
  }
};

const AsciiChars& ascii_chars() {
  static const AsciiChars table;
  return table;
}

} // namespace

Value Value::from_str(std::string s) {
  if (s.size() == 1 && static_cast<unsigned char>(s[0]) < 128) {
    return Value(Ref<StrObject>(ascii_chars().chars[static_cast<unsigned char>(s[0])]));
  }
  return Value(Ref<StrObject>::make(std::move(s)));
}

// ---- lists ----

ListStorage list_storage_for(ir::TypePtr list_type) {
  ir::TypeKind k = list_type->element()->kind();
  if (k == ir::TypeKind::Int)
    return ListStorage::Ints;
  if (k == ir::TypeKind::Float)
    return ListStorage::Floats;
  if (k == ir::TypeKind::Bool)
    return ListStorage::Bools;
  return ListStorage::Values;
}

ListObject::ListObject(ir::TypePtr type) : storage_(list_storage_for(type)), type_(type) {
  switch (storage_) {
  case ListStorage::Values:
    new (&u_.values) std::vector<Value>();
    break;
  case ListStorage::Ints:
    new (&u_.ints) std::vector<int64_t>();
    break;
  case ListStorage::Floats:
    new (&u_.floats) std::vector<double>();
    break;
  case ListStorage::Bools:
    new (&u_.bools) std::vector<uint8_t>();
    break;
  }
}

ListObject::ListObject(ir::TypePtr type, std::vector<Value> items) : ListObject(type) {
  assign(std::move(items));
}

ListObject::~ListObject() {
  switch (storage_) {
  case ListStorage::Values:
    u_.values.~vector();
    break;
  case ListStorage::Ints:
    u_.ints.~vector();
    break;
  case ListStorage::Floats:
    u_.floats.~vector();
    break;
  case ListStorage::Bools:
    u_.bools.~vector();
    break;
  }
}

size_t ListObject::size() const {
  switch (storage_) {
  case ListStorage::Values:
    return u_.values.size();
  case ListStorage::Ints:
    return u_.ints.size();
  case ListStorage::Floats:
    return u_.floats.size();
  case ListStorage::Bools:
    return u_.bools.size();
  }
  return 0;
}

Value ListObject::get(size_t i) const {
  switch (storage_) {
  case ListStorage::Values:
    return u_.values[i];
  case ListStorage::Ints:
    return Value::from_int(u_.ints[i]);
  case ListStorage::Floats:
    return Value::from_double(u_.floats[i]);
  case ListStorage::Bools:
    return Value::from_bool(u_.bools[i] != 0);
  }
  return Value();
}

void ListObject::set(size_t i, const Value& v) {
  switch (storage_) {
  case ListStorage::Values:
    u_.values[i] = v;
    return;
  case ListStorage::Ints:
    u_.ints[i] = v.to_int();
    return;
  case ListStorage::Floats:
    u_.floats[i] = v.to_double();
    return;
  case ListStorage::Bools:
    u_.bools[i] = v.to_bool() ? 1 : 0;
    return;
  }
}

void ListObject::push_back(const Value& v) {
  switch (storage_) {
  case ListStorage::Values:
    u_.values.push_back(v);
    return;
  case ListStorage::Ints:
    u_.ints.push_back(v.to_int());
    return;
  case ListStorage::Floats:
    u_.floats.push_back(v.to_double());
    return;
  case ListStorage::Bools:
    u_.bools.push_back(v.to_bool() ? 1 : 0);
    return;
  }
}

void ListObject::insert(size_t i, const Value& v) {
  auto at = static_cast<std::ptrdiff_t>(i);
  switch (storage_) {
  case ListStorage::Values:
    u_.values.insert(u_.values.begin() + at, v);
    return;
  case ListStorage::Ints:
    u_.ints.insert(u_.ints.begin() + at, v.to_int());
    return;
  case ListStorage::Floats:
    u_.floats.insert(u_.floats.begin() + at, v.to_double());
    return;
  case ListStorage::Bools:
    u_.bools.insert(u_.bools.begin() + at, v.to_bool() ? 1 : 0);
    return;
  }
}

Value ListObject::take(size_t i) {
  Value out;
  auto at = static_cast<std::ptrdiff_t>(i);
  switch (storage_) {
  case ListStorage::Values:
    out = std::move(u_.values[i]);
    u_.values.erase(u_.values.begin() + at);
    break;
  case ListStorage::Ints:
    out = Value::from_int(u_.ints[i]);
    u_.ints.erase(u_.ints.begin() + at);
    break;
  case ListStorage::Floats:
    out = Value::from_double(u_.floats[i]);
    u_.floats.erase(u_.floats.begin() + at);
    break;
  case ListStorage::Bools:
    out = Value::from_bool(u_.bools[i] != 0);
    u_.bools.erase(u_.bools.begin() + at);
    break;
  }
  return out;
}

void ListObject::clear() {
  switch (storage_) {
  case ListStorage::Values: {
    // Destroying the items must not see a half-cleared list.
    std::vector<Value> old = std::move(u_.values);
    u_.values.clear();
    return;
  }
  case ListStorage::Ints:
    u_.ints.clear();
    return;
  case ListStorage::Floats:
    u_.floats.clear();
    return;
  case ListStorage::Bools:
    u_.bools.clear();
    return;
  }
}

void ListObject::reserve(size_t n) {
  switch (storage_) {
  case ListStorage::Values:
    u_.values.reserve(n);
    return;
  case ListStorage::Ints:
    u_.ints.reserve(n);
    return;
  case ListStorage::Floats:
    u_.floats.reserve(n);
    return;
  case ListStorage::Bools:
    u_.bools.reserve(n);
    return;
  }
}

namespace {

template <typename T> void extend_vector(std::vector<T>& self, const std::vector<T>& other) {
  if (&self == &other) {
    size_t n = self.size();
    self.reserve(2 * n);
    for (size_t i = 0; i < n; ++i)
      self.push_back(self[i]);
    return;
  }
  self.insert(self.end(), other.begin(), other.end());
}

template <typename T> void repeat_vector(std::vector<T>& self, const std::vector<T>& other, size_t times) {
  self.reserve(self.size() + other.size() * times);
  for (size_t k = 0; k < times; ++k)
    self.insert(self.end(), other.begin(), other.end());
}

template <typename T>
void slice_vector(std::vector<T>& self, const std::vector<T>& other, int64_t start, int64_t step,
                  int64_t count) {
  self.reserve(self.size() + static_cast<size_t>(count));
  if (step == 1) {
    self.insert(self.end(), other.begin() + start, other.begin() + start + count);
    return;
  }
  for (int64_t k = 0, at = start; k < count; ++k, at += step)
    self.push_back(other[static_cast<size_t>(at)]);
}

} // namespace

void ListObject::extend(const ListObject& other) {
  switch (storage_) {
  case ListStorage::Values:
    return extend_vector(u_.values, other.u_.values);
  case ListStorage::Ints:
    return extend_vector(u_.ints, other.u_.ints);
  case ListStorage::Floats:
    return extend_vector(u_.floats, other.u_.floats);
  case ListStorage::Bools:
    return extend_vector(u_.bools, other.u_.bools);
  }
}

void ListObject::repeat_from(const ListObject& other, size_t times) {
  switch (storage_) {
  case ListStorage::Values:
    return repeat_vector(u_.values, other.u_.values, times);
  case ListStorage::Ints:
    return repeat_vector(u_.ints, other.u_.ints, times);
  case ListStorage::Floats:
    return repeat_vector(u_.floats, other.u_.floats, times);
  case ListStorage::Bools:
    return repeat_vector(u_.bools, other.u_.bools, times);
  }
}

void ListObject::append_slice(const ListObject& other, int64_t start, int64_t step, int64_t count) {
  switch (storage_) {
  case ListStorage::Values:
    return slice_vector(u_.values, other.u_.values, start, step, count);
  case ListStorage::Ints:
    return slice_vector(u_.ints, other.u_.ints, start, step, count);
  case ListStorage::Floats:
    return slice_vector(u_.floats, other.u_.floats, start, step, count);
  case ListStorage::Bools:
    return slice_vector(u_.bools, other.u_.bools, start, step, count);
  }
}

void ListObject::reverse() {
  switch (storage_) {
  case ListStorage::Values:
    return std::reverse(u_.values.begin(), u_.values.end());
  case ListStorage::Ints:
    return std::reverse(u_.ints.begin(), u_.ints.end());
  case ListStorage::Floats:
    return std::reverse(u_.floats.begin(), u_.floats.end());
  case ListStorage::Bools:
    return std::reverse(u_.bools.begin(), u_.bools.end());
  }
}

std::vector<Value> ListObject::to_values() const {
  if (storage_ == ListStorage::Values)
    return u_.values;
  size_t n = size();
  std::vector<Value> out;
  out.reserve(n);
  for (size_t i = 0; i < n; ++i)
    out.push_back(get(i));
  return out;
}

void ListObject::assign(std::vector<Value> items) {
  if (storage_ == ListStorage::Values) {
    std::vector<Value> old = std::move(u_.values);
    u_.values = std::move(items);
    return;
  }
  clear();
  reserve(items.size());
  for (const Value& v : items)
    push_back(v);
}

Value Value::from_ascii(std::string_view s) {
  if (s.size() == 1)
    return Value(Ref<StrObject>(ascii_chars().chars[static_cast<unsigned char>(s[0])]));
  return Value(Ref<StrObject>::make(s, StrObject::Ascii{}));
}

Value make_list(ir::TypePtr type, std::vector<Value> items) {
  return Value(Ref<ListObject>::make(type, std::move(items)));
}

Value make_tuple(std::vector<Value> items) {
  return Value(Ref<TupleObject>::make(std::move(items)));
}

Value make_dict(ir::TypePtr type) {
  return Value(Ref<DictObject>::make(type));
}

} // namespace tsc::runtime
