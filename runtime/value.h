// runtime/value.h - The interpreter's 16-byte tagged Value and its intrusively refcounted heap objects.
//
// Note [Value representation]
// A Value is 8 bytes of payload and a tag. None, bool, int and float live in
// the payload (a bool is stored as the int64 0 or 1, so code that reads an
// int register also reads a bool correctly: Python's bool is an int). Every
// other kind points to a HeapObject whose reference count is atomic, so values
// may be shared between threads; the objects themselves are not locked
// (scripted code mutating one list from two threads at once is a data race,
// as it would be in C++). Containers remember their IR type (List[int],
// Dict[str, float]) so that repr, isinstance and the C++ API can see it.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ir/type.h"

namespace tsc::runtime {

/// What a Value holds. Tensor is reserved for the tensor library (a later
/// issue). Four bytes wide rather than one: a one-byte type would be a
/// character type to the optimizer, and stores to it would alias everything.
enum class Tag : uint32_t { None, Bool, Int, Double, Str, Tensor, List, Tuple, Dict, Object, Function };

/// Python's name of a kind of value: "NoneType", "bool", "int", "float", "str",
/// "Tensor", "list", "tuple", "dict", "object", "function".
const char* tag_name(Tag tag);

/// True for the tags whose payload is a HeapObject pointer.
constexpr bool is_heap_tag(Tag tag) {
  return tag >= Tag::Str;
}

/// The base of every heap kind: an atomic reference count and a virtual
/// destructor. Create objects with Ref<T>::make; a count that drops to zero
/// destroys the object (iteratively, so long chains of objects never recurse
/// deeply on the C++ stack).
class HeapObject {
public:
  HeapObject(const HeapObject&) = delete;
  HeapObject& operator=(const HeapObject&) = delete;

  void incref() const noexcept { refcount_.fetch_add(1, std::memory_order_relaxed); }
  void decref() const noexcept {
    // A count of one is this reference alone: no other thread can hold one to
    // race with, so the last release needs no read-modify-write.
    if (refcount_.load(std::memory_order_acquire) == 1 ||
        refcount_.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      // An object without references to others can go at once.
      if (is_leaf_) {
        delete this;
      } else {
        destroy();
      }
    }
  }
  uint32_t refcount() const noexcept { return refcount_.load(std::memory_order_relaxed); }
  /// Gives a new, unshared object its first count (a plain store).
  void init_count() const noexcept { refcount_.store(1, std::memory_order_relaxed); }

protected:
  /// `is_leaf`: the object holds no references to other heap objects (a str).
  explicit HeapObject(bool is_leaf = false) : is_leaf_(is_leaf) {}
  virtual ~HeapObject() = default;

private:
  friend class Value;
  void destroy() const noexcept;
  mutable std::atomic<uint32_t> refcount_{0};
  const bool is_leaf_;
};

namespace detail {
/// Allocation for the small, frequent heap objects (str, list, tuple): freed
/// blocks go to a per-thread free list per 16-byte size class and are reused
/// before malloc is asked again.
void* pool_alloc(size_t size);
void pool_free(void* p, size_t size) noexcept;
} // namespace detail

/// Gives a heap class pooled allocation (see detail::pool_alloc).
#define TSC_POOLED_ALLOCATION                                                                                \
  static void* operator new(size_t size) {                                                                   \
    return ::tsc::runtime::detail::pool_alloc(size);                                                         \
  }                                                                                                          \
  static void operator delete(void* p, size_t size) noexcept {                                               \
    ::tsc::runtime::detail::pool_free(p, size);                                                              \
  }

/// An owning, intrusively counted handle to a heap object (no std::shared_ptr).
template <typename T> class Ref {
public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  /// Shares `p` (increments its count); null is allowed.
  explicit Ref(T* p) : p_(p) {
    if (p_)
      p_->incref();
  }
  Ref(const Ref& o) : p_(o.p_) {
    if (p_)
      p_->incref();
  }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <typename U> Ref(Ref<U> o) : p_(o.release()) {}
  /// Takes over the count the caller owns (no increment).
  struct Adopt {};
  Ref(T* p, Adopt) : p_(p) {}
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Ref() {
    if (p_)
      p_->decref();
  }

  /// A new T with a count of one.
  template <typename... Args> static Ref make(Args&&... args) {
    T* p = new T(std::forward<Args>(args)...);
    p->init_count();
    return Ref(p, Adopt{});
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  /// Gives up ownership without decrementing; the caller owns one count.
  T* release() { return std::exchange(p_, nullptr); }

private:
  T* p_ = nullptr;
};

class StrObject;
class ListObject;
class TupleObject;
class DictObject;
class Object;
class FunctionObject;

/// A script value. Copying a heap value shares the object (Python semantics:
/// lists, dicts and objects are passed by reference).
class Value {
public:
  Value() noexcept : tag_(Tag::None) { u_.i = 0; }
  Value(const Value& o) noexcept : tag_(o.tag_) {
    u_ = o.u_;
    if (is_heap_tag(tag_))
      u_.p->incref();
  }
  Value(Value&& o) noexcept : tag_(o.tag_) {
    u_ = o.u_;
    o.tag_ = Tag::None;
  }
  Value& operator=(const Value& o) noexcept {
    if (is_heap_tag(o.tag_))
      o.u_.p->incref();
    release();
    u_ = o.u_;
    tag_ = o.tag_;
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      release();
      u_ = o.u_;
      tag_ = o.tag_;
      o.tag_ = Tag::None;
    }
    return *this;
  }
  ~Value() { release(); }

  /// Wraps a heap object (shares it). Precondition: non-null.
  template <typename T> Value(Ref<T> r) noexcept : tag_(T::kTag) { u_.p = r.release(); }

  static Value none() { return Value(); }
  static Value from_bool(bool b) { return Value(Tag::Bool, b ? 1 : 0); }
  static Value from_int(int64_t i) { return Value(Tag::Int, i); }
  static Value from_double(double d) {
    Value v;
    v.tag_ = Tag::Double;
    v.u_.d = d;
    return v;
  }
  /// A new str holding `s` (UTF-8).
  static Value from_str(std::string s);
  static Value from_str(std::string_view s) { return from_str(std::string(s)); }
  static Value from_str(const char* s) { return from_str(std::string(s)); }
  /// A new str for text known to be ASCII.
  static Value from_ascii(std::string_view s);

  Tag tag() const { return tag_; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  bool is_int() const { return tag_ == Tag::Int; }
  bool is_double() const { return tag_ == Tag::Double; }
  bool is_str() const { return tag_ == Tag::Str; }
  bool is_list() const { return tag_ == Tag::List; }
  bool is_tuple() const { return tag_ == Tag::Tuple; }
  bool is_dict() const { return tag_ == Tag::Dict; }
  bool is_object() const { return tag_ == Tag::Object; }
  bool is_heap() const { return is_heap_tag(tag_); }

  /// Payload accessors. Preconditions: the tag matches (to_int accepts a bool,
  /// which is an int in Python).
  bool to_bool() const { return u_.i != 0; }
  int64_t to_int() const { return u_.i; }
  double to_double() const { return u_.d; }
  StrObject& as_str() const;
  /// The UTF-8 text of a str.
  std::string_view str_view() const;
  ListObject& as_list() const;
  TupleObject& as_tuple() const;
  DictObject& as_dict() const;
  Object& as_object() const;
  FunctionObject& as_function() const;
  HeapObject* heap() const { return u_.p; }

  /// The interpreter's raw writes into a register that holds no heap value
  /// (see Note [Register types] in runtime/bytecode.h).
  void raw_set_int(int64_t i) {
    tag_ = Tag::Int;
    u_.i = i;
  }
  void raw_set_bool(bool b) {
    tag_ = Tag::Bool;
    u_.i = b ? 1 : 0;
  }
  void raw_set_double(double d) {
    tag_ = Tag::Double;
    u_.d = d;
  }
  void raw_set_none() {
    tag_ = Tag::None;
    u_.i = 0;
  }
  /// Copies the bits of a non-heap value without touching counts.
  void raw_copy_scalar(const Value& o) {
    tag_ = o.tag_;
    u_ = o.u_;
  }

  /// Drops the reference (if any) and becomes None.
  void reset() {
    release();
    tag_ = Tag::None;
    u_.i = 0;
  }

private:
  Value(Tag tag, int64_t i) : tag_(tag) { u_.i = i; }
  void release() {
    if (is_heap_tag(tag_))
      u_.p->decref();
  }
  union Payload {
    int64_t i;
    double d;
    HeapObject* p;
  } u_;
  Tag tag_;
};

static_assert(sizeof(Value) == 16, "a Value is 16 bytes");

/// An immutable UTF-8 string, with its length in code points and its hash cached.
class StrObject final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Str;
  TSC_POOLED_ALLOCATION
  explicit StrObject(std::string s);
  /// For text known to be ASCII (a piece of an ASCII string): skips the scan.
  struct Ascii {};
  StrObject(std::string_view s, Ascii);

  const std::string& str() const { return s_; }
  std::string_view view() const { return s_; }
  /// True when every byte is ASCII (byte offsets are code point offsets).
  bool is_ascii() const { return ascii_; }
  /// len() in Python: the number of code points.
  size_t length() const { return length_; }
  /// A hash consistent with string equality (not Python's randomized hash).
  uint64_t hash() const;
  /// Appends to the string. Only for an object nobody else can see (its
  /// count is one and the caller holds it): strings are immutable otherwise.
  void append_unshared(std::string_view tail);

private:
  // ascii_ first: it fits in the padding after HeapObject's fields, which
  // keeps a str object at 64 bytes.
  bool ascii_;
  std::string s_;
  size_t length_;
  mutable std::atomic<uint64_t> hash_{0};
};

/// How a list stores its items. Note [List storage]: List[int], List[float]
/// and List[bool] keep raw scalars (8, 8 and 1 bytes an item) rather than
/// 16-byte Values; every other list keeps Values. A list's storage follows
/// from its IR type, which never changes.
enum class ListStorage : uint8_t { Values, Ints, Floats, Bools };

/// The storage of lists of IR type `list_type` (List[T]).
ListStorage list_storage_for(ir::TypePtr list_type);

/// A mutable list; `type()` is its IR type (List[T]). Items are read and
/// written as Values through get/set/push_back/...; hot paths use the typed
/// vectors directly.
class ListObject final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::List;
  TSC_POOLED_ALLOCATION
  explicit ListObject(ir::TypePtr type);
  /// Precondition: every item is a value of the element type.
  ListObject(ir::TypePtr type, std::vector<Value> items);
  ~ListObject() override;

  ir::TypePtr type() const { return type_; }
  ListStorage storage() const { return storage_; }
  size_t size() const;
  bool empty() const { return size() == 0; }

  /// Item i as a Value. Precondition: i < size().
  Value get(size_t i) const;
  void set(size_t i, const Value& v);
  void push_back(const Value& v);
  /// Inserts before position i (i <= size()).
  void insert(size_t i, const Value& v);
  /// Removes item i and returns it.
  Value take(size_t i);
  void clear();
  void reserve(size_t n);
  /// Appends the items of `other` (same type; may be this list).
  void extend(const ListObject& other);
  /// Appends `times` copies of the items of `other` (same type; not this list).
  void repeat_from(const ListObject& other, size_t times);
  /// Appends items [start, start + step * count) of `other` with a stride.
  void append_slice(const ListObject& other, int64_t start, int64_t step, int64_t count);
  void reverse();
  /// All items as Values.
  std::vector<Value> to_values() const;
  /// Replaces the items (each of the element type).
  void assign(std::vector<Value> items);

  /// The storage itself. Precondition: storage() is the matching kind.
  std::vector<Value>& values() { return u_.values; }
  const std::vector<Value>& values() const { return u_.values; }
  std::vector<int64_t>& ints() { return u_.ints; }
  const std::vector<int64_t>& ints() const { return u_.ints; }
  std::vector<double>& floats() { return u_.floats; }
  const std::vector<double>& floats() const { return u_.floats; }
  std::vector<uint8_t>& bools() { return u_.bools; }
  const std::vector<uint8_t>& bools() const { return u_.bools; }

private:
  ListStorage storage_; // first: it fits in HeapObject's padding
  ir::TypePtr type_;
  union Storage {
    Storage() {}
    ~Storage() {}
    std::vector<Value> values;
    std::vector<int64_t> ints;
    std::vector<double> floats;
    std::vector<uint8_t> bools;
  } u_;
};

/// An immutable tuple.
class TupleObject final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Tuple;
  TSC_POOLED_ALLOCATION
  explicit TupleObject(std::vector<Value> items) : items_(std::move(items)) {}

  const std::vector<Value>& items() const { return items_; }
  size_t size() const { return items_.size(); }

private:
  std::vector<Value> items_;
};

/// An instance of a user class: its ClassType and one slot per attribute, by index.
class Object final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Object;
  explicit Object(const ir::ClassType* cls) : cls_(cls), slots_(cls->attributes().size()) {}

  const ir::ClassType* cls() const { return cls_; }
  Value& slot(size_t i) { return slots_[i]; }
  const Value& slot(size_t i) const { return slots_[i]; }
  size_t num_slots() const { return slots_.size(); }

private:
  const ir::ClassType* cls_;
  std::vector<Value> slots_;
};

/// A reference to a compiled function by its qualified name. The language has
/// no first-class functions; embedders use these to name entry points.
class FunctionObject final : public HeapObject {
public:
  static constexpr Tag kTag = Tag::Function;
  explicit FunctionObject(std::string name) : HeapObject(true), name_(std::move(name)) {}
  const std::string& name() const { return name_; }

private:
  std::string name_;
};

// ---- convenience constructors ----

/// A new list of IR type `type` (List[T]).
Value make_list(ir::TypePtr type, std::vector<Value> items = {});
Value make_tuple(std::vector<Value> items);
/// A new empty dict of IR type `type` (Dict[K, V]).
Value make_dict(ir::TypePtr type);

// ---- inline accessors ----

inline StrObject& Value::as_str() const {
  return *static_cast<StrObject*>(u_.p);
}
inline std::string_view Value::str_view() const {
  return static_cast<StrObject*>(u_.p)->view();
}
inline ListObject& Value::as_list() const {
  return *static_cast<ListObject*>(u_.p);
}
inline TupleObject& Value::as_tuple() const {
  return *static_cast<TupleObject*>(u_.p);
}
inline Object& Value::as_object() const {
  return *static_cast<Object*>(u_.p);
}
inline FunctionObject& Value::as_function() const {
  return *static_cast<FunctionObject*>(u_.p);
}

} // namespace tsc::runtime
