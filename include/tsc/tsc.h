// include/tsc/tsc.h - The C++ embedding API: load a .pt archive, call its functions, read the results.
//
// This is the only header an installed user needs: it includes std headers
// alone, and everything behind it lives in the tsc::runtime library
// (`find_package(tsc)`, then link `tsc::runtime`).
//
//   tsc::Module m = tsc::load("model.pt");           // throws tsc::Error naming the problem
//   tsc::Value out = m.call("scale", {2.5, 4});      // Python's calling rules and TypeErrors
//   std::cout << out.repr() << "\n";                 // Python's repr: "10.0"
//
//   float buf[3] = {1, 2, 3};                         // tensors over the caller's memory
//   tsc::Tensor x = tsc::Tensor::from_blob(buf, {3}, tsc::DType::Float32);
//   tsc::Tensor y = m.call("f", {x}).to_tensor();     // y.data_ptr<float>(), y.accessor<float, 1>()
//
// A loaded Module is immutable and may be called from any number of threads
// at once. Values share their objects as Python does (copying a list Value
// gives a second reference to the same list).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tsc {

/// A failure seen through the API: a script exception, a bad call, or an
/// archive that cannot be loaded.
///
/// For a script exception (and for the TypeError of a call with the wrong
/// arguments) name() is Python's exception class ("ValueError"), message()
/// what str() of it gives, and what() the full Python-style report: the
/// "Traceback (most recent call last):" frames when there are any, then the
/// last line "ValueError: message" ("ValueError" alone for an empty message).
/// For a load failure name() is empty and what() == message(), which names
/// the archive and the problem ("archive 'm.pt': record 'm/version' is missing").
class Error : public std::runtime_error {
public:
  /// One frame of a script traceback.
  struct Frame {
    std::string function; ///< "bump" for the method Counter.bump, as Python names it
    std::string file;     ///< empty when unknown
    uint32_t line = 0;    ///< 1-based; 0 when unknown
    std::string source_line;
  };

  /// A load or environment failure: name() is empty and what() is `message`.
  explicit Error(std::string message);
  /// A Python exception: `report` is the full text what() returns.
  Error(std::string name, std::string message, std::string report, std::vector<Frame> traceback = {});

  /// Python's exception class name, or empty for a load failure.
  const std::string& name() const noexcept { return name_; }
  /// The message without the traceback and without the name.
  const std::string& message() const noexcept { return message_; }
  /// True for a Python exception (name() is not empty).
  bool is_script_error() const noexcept { return !name_.empty(); }
  /// Outermost call first, as Python prints it; empty when the error did not
  /// come from running script code.
  const std::vector<Frame>& traceback() const noexcept { return traceback_; }

private:
  std::string name_;
  std::string message_;
  std::vector<Frame> traceback_;
};

/// A tensor's element type (torch's dtypes of the same names).
enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64 };

/// torch's name of a dtype: "torch.float32".
std::string dtype_name(DType dtype);

/// The DType whose elements are C++ `T` (bool, uint8_t, int8_t, int16_t,
/// int32_t, int64_t, float, double); Float16 and BFloat16 have no C++ type
/// here and are read through the untyped data_ptr().
template <typename T> struct DTypeOf;
template <> struct DTypeOf<bool> { static constexpr DType value = DType::Bool; };
template <> struct DTypeOf<uint8_t> { static constexpr DType value = DType::UInt8; };
template <> struct DTypeOf<int8_t> { static constexpr DType value = DType::Int8; };
template <> struct DTypeOf<int16_t> { static constexpr DType value = DType::Int16; };
template <> struct DTypeOf<int32_t> { static constexpr DType value = DType::Int32; };
template <> struct DTypeOf<int64_t> { static constexpr DType value = DType::Int64; };
template <> struct DTypeOf<float> { static constexpr DType value = DType::Float32; };
template <> struct DTypeOf<double> { static constexpr DType value = DType::Float64; };

/// Sized, strided access to the elements of an N-dim tensor, like torch's
/// TensorAccessor: `a[i][j]` is a reference to element (i, j). Indices are
/// not checked. Valid only while the tensor it came from is alive.
template <typename T, size_t N> class TensorAccessor {
public:
  TensorAccessor(T* data, const int64_t* sizes, const int64_t* strides)
      : data_(data), sizes_(sizes), strides_(strides) {}
  /// The (N-1)-dim accessor of index `i` along the first dim.
  TensorAccessor<T, N - 1> operator[](int64_t i) const {
    return TensorAccessor<T, N - 1>(data_ + strides_[0] * i, sizes_ + 1, strides_ + 1);
  }
  int64_t size(size_t d) const { return sizes_[d]; }
  int64_t stride(size_t d) const { return strides_[d]; }
  T* data() const { return data_; }

private:
  T* data_;
  const int64_t* sizes_;
  const int64_t* strides_;
};

template <typename T> class TensorAccessor<T, 1> {
public:
  TensorAccessor(T* data, const int64_t* sizes, const int64_t* strides)
      : data_(data), sizes_(sizes), strides_(strides) {}
  /// The element at index `i`.
  T& operator[](int64_t i) const { return data_[strides_[0] * i]; }
  int64_t size(size_t d) const { return sizes_[d]; }
  int64_t stride(size_t d) const { return strides_[d]; }
  T* data() const { return data_; }

private:
  T* data_;
  const int64_t* sizes_;
  const int64_t* strides_;
};

/// A CPU tensor: a strided view of elements of one dtype, shared by handle
/// like torch.Tensor (copying a Tensor never copies the elements). A script's
/// `Tensor` parameters and results are these. A default-constructed Tensor is
/// undefined: only defined(), assignment and destruction are valid on it;
/// every other member throws tsc::Error.
class Tensor {
public:
  /// An undefined tensor.
  Tensor() noexcept = default;
  Tensor(const Tensor& other) noexcept;
  Tensor(Tensor&& other) noexcept : impl_(other.impl_) { other.impl_ = nullptr; }
  Tensor& operator=(Tensor other) noexcept {
    std::swap(impl_, other.impl_);
    return *this;
  }
  ~Tensor();

  /// A tensor over memory the caller owns, not copied: `sizes` and `strides`
  /// are in elements (strides non-negative). `deleter(data)` runs once, when
  /// the last tensor viewing the memory (views a script made included) is
  /// gone; null means the memory outlives every view. Throws tsc::Error
  /// (ValueError) for negative sizes or strides or a stride count that
  /// differs from the size count.
  static Tensor from_blob(void* data, std::vector<int64_t> sizes, std::vector<int64_t> strides, DType dtype,
                          std::function<void(void*)> deleter = nullptr);
  /// The same with contiguous (row-major) strides.
  static Tensor from_blob(void* data, std::vector<int64_t> sizes, DType dtype,
                          std::function<void(void*)> deleter = nullptr);
  /// A new contiguous tensor owning uninitialized (empty) or zeroed memory.
  static Tensor empty(std::vector<int64_t> sizes, DType dtype = DType::Float32);
  static Tensor zeros(std::vector<int64_t> sizes, DType dtype = DType::Float32);

  bool defined() const noexcept { return impl_ != nullptr; }
  DType dtype() const;
  /// Sizes and strides (in elements), one per dim.
  const std::vector<int64_t>& sizes() const;
  const std::vector<int64_t>& strides() const;
  int64_t dim() const;
  int64_t numel() const;
  bool is_contiguous() const;
  /// The address of element [0, ..., 0], untyped.
  void* data_ptr() const;
  /// The same, typed. Throws tsc::Error (RuntimeError "expected scalar type
  /// Float but found Double", torch's words) when T is not the dtype's type.
  template <typename T> T* data_ptr() const {
    check_dtype(DTypeOf<T>::value);
    return static_cast<T*>(data_ptr());
  }
  /// Element access through sizes and strides. Throws tsc::Error when T is
  /// not the dtype's type or N is not dim().
  template <typename T, size_t N> TensorAccessor<T, N> accessor() const {
    check_dtype(DTypeOf<T>::value);
    check_dim(N);
    return TensorAccessor<T, N>(static_cast<T*>(data_ptr()), sizes().data(), strides().data());
  }
  /// torch's repr: "tensor([1., 2.])", "tensor([1, 2], dtype=torch.int32)".
  std::string to_string() const;

  /// The implementation's handle (runtime/api.cpp); not for users. Takes over
  /// one reference to `impl`.
  struct Adopt {};
  Tensor(void* impl, Adopt) noexcept : impl_(impl) {}
  void* impl() const noexcept { return impl_; }

private:
  void check_dtype(DType expected) const;
  void check_dim(size_t n) const;
  void* impl_ = nullptr; // a runtime TensorImpl holding one reference
};

/// A script value: None, bool, int (64-bit), float, str, list, tuple, dict,
/// Tensor, or a class instance returned by a script. Cheap to copy (a shared handle).
///
/// Accessors check their kind: to_int() of a str throws tsc::Error (a
/// TypeError naming what was expected and what was found). to_int() accepts
/// a bool and to_double() an int or a bool, as Python's int and float would.
class Value {
public:
  /// None.
  Value() noexcept;
  Value(bool b);
  /// An int (every standard signed integer type, so that int64_t is one of them).
  Value(int i);
  Value(long i);
  Value(long long i);
  Value(double d);
  /// A tensor (shared, not copied).
  Value(Tensor t);
  /// A str from UTF-8 text.
  Value(std::string s);
  Value(std::string_view s);
  Value(const char* s);
  /// A list. Its element type is the items' common type (List[int] for ints,
  /// List[Optional[int]] for ints and None, List[Any] when empty or mixed);
  /// a call converts it to the parameter's list type where the items convert
  /// ([1, 2] for List[float] gives a new list [1.0, 2.0]).
  Value(std::vector<Value> items);
  /// A tuple of `items`.
  static Value tuple(std::vector<Value> items);
  /// A dict with `items` in order (a repeated key keeps its first position and
  /// takes the last value, as in Python). Keys must be None, bool, int, float
  /// or str; anything else throws tsc::Error (TypeError: unhashable type).
  static Value dict(const std::vector<std::pair<Value, Value>>& items);

  Value(const Value&) = default;
  Value(Value&&) noexcept = default;
  Value& operator=(const Value&) = default;
  Value& operator=(Value&&) noexcept = default;
  ~Value();

  bool is_none() const noexcept;
  bool is_bool() const noexcept;
  /// True for an int (not for a bool, unlike Python's isinstance).
  bool is_int() const noexcept;
  bool is_double() const noexcept;
  bool is_str() const noexcept;
  bool is_list() const noexcept;
  bool is_tuple() const noexcept;
  bool is_dict() const noexcept;
  /// True for an instance of a script class.
  bool is_object() const noexcept;
  bool is_tensor() const noexcept;

  bool to_bool() const;
  int64_t to_int() const;
  double to_double() const;
  /// The UTF-8 text of a str (not Python's str() of other kinds: see str()).
  std::string to_str() const;
  /// The items of a list (shared, not copied: a list of lists gives the inner lists).
  std::vector<Value> to_list() const;
  std::vector<Value> to_tuple() const;
  /// The entries of a dict in insertion order.
  std::vector<std::pair<Value, Value>> to_dict() const;
  /// The tensor (shared with the value: writes through it are seen by both).
  Tensor to_tensor() const;
  /// len() of a str (code points), list, tuple or dict.
  size_t size() const;

  /// Python's repr(): "None", "True", "1.0", "'a'", "[1, 2]", "{'k': (1,)}".
  std::string repr() const;
  /// Python's str(): like repr() except that a str is its own text.
  std::string str() const;
  /// Python's name of the value's type: "NoneType", "int", "list", or the
  /// class name of an object.
  std::string type_name() const;

  /// The implementation's handle (runtime/api.cpp); not for users.
  struct Impl;
  explicit Value(std::shared_ptr<const Impl> impl) noexcept;
  const Impl* impl() const noexcept { return impl_.get(); }

private:
  std::shared_ptr<const Impl> impl_; // null is None
};

/// A loaded archive: its functions and class methods, callable by name, and
/// for an archive of a scripted nn.Module its module object (the root).
/// Copies share the same loaded program.
///
///   tsc::Module m = tsc::load("resnet.pt");
///   tsc::Tensor y = m.forward({x}).to_tensor();      // root.forward(x)
///   for (auto& [name, w] : m.named_parameters()) ... // "layer1.0.conv1.weight"
class Module {
public:
  /// Calls the function `name` ("main", or "Counter.bump" with the object as
  /// its first argument) with positional `args`; parameters left out take
  /// their defaults. When the program has no top-level function `name` but
  /// the root object has a method of that name, calls it on the root
  /// (call("forward", {x}) is forward({x})). Arguments are converted to the
  /// parameters' types where Python's would be accepted (an int for a float,
  /// a list for List[float]).
  /// Throws tsc::Error: AttributeError when there is no such function,
  /// TypeError for a wrong number or type of arguments, or the script's own
  /// exception with its traceback. Safe to call from several threads at once.
  Value call(std::string_view name, std::vector<Value> args = {}) const;
  /// Calls the root object's `forward` method with `args`, as call() does.
  /// Throws tsc::Error "the archive holds no module object; call a function
  /// by name" for an archive of functions.
  Value forward(std::vector<Value> args = {}) const;
  /// True when the archive holds a module object (an archive written from a
  /// scripted nn.Module), false for an archive of functions.
  bool has_root() const noexcept;
  /// The module object (an object Value), or None for an archive of functions.
  Value root() const;
  /// The root's parameters with torch's dotted names ("layer1.0.conv1.weight"):
  /// its attributes of parameter kind, then recursively those of its
  /// submodules, in attribute (slot) order; a parameter that is None (a
  /// Linear without bias) is left out, as torch does. Empty without a root.
  /// The tensors are shared with the module: writing into one changes what
  /// later calls compute (never the archive file).
  std::vector<std::pair<std::string, Tensor>> named_parameters() const;
  /// The same for buffers (BatchNorm's running_mean, ...).
  std::vector<std::pair<std::string, Tensor>> named_buffers() const;
  /// True when `name` is a function or method of the module.
  bool has(std::string_view name) const;
  /// Every function's name, in the module's order (methods as "Class.method").
  std::vector<std::string> functions() const;
  /// The path the module was loaded from.
  const std::string& path() const;

  /// The implementation's handle (runtime/api.cpp); not for users.
  struct Impl;
  explicit Module(std::shared_ptr<const Impl> impl) noexcept;

private:
  std::shared_ptr<const Impl> impl_;
};

/// Loads the archive at `path` (written by `tsc FILE.py -o FILE.pt`, or a
/// scripted module's save()): maps it (tensors of the module object view the
/// file's pages copy-on-write instead of copying them), verifies its IR,
/// rebuilds the module object and compiles every function. Throws tsc::Error
/// naming the path and the problem when the file is missing, is not an
/// archive, or is damaged; a hostile archive never crashes or allocates
/// without bound.
Module load(const std::string& path);

} // namespace tsc
