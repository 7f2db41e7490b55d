// python/tensor.cpp - tsc.Tensor and tsc.dtype: the runtime tensor in Python, numpy and DLPack interop.
//
// A tsc.Tensor is a pybind11 object holding a runtime::tensor::Tensor handle
// (a copy of the handle, never of the data). Memory is shared three ways:
//   - out to numpy through the buffer protocol (PEP 3118, our own
//     bf_getbuffer so that a consumer asking for a contiguous buffer of a
//     strided tensor gets BufferError instead of wrong bytes) and
//     __array_interface__;
//   - in from numpy (from_numpy): the array's buffer (PyObject_GetBuffer) is
//     held by the storage's deleter, which releases it under the GIL;
//   - both ways through DLPack capsules (see Note [DLPack capsules]).
// Library errors (ScriptError) come out as the builtin exception of the same
// name with the library's (PyTorch's) message.
#include "python/tensor.h"

#include "ir/assert.h"
#include "runtime/error.h"
#include "runtime/tensor/ops.h"
#include "runtime/tensor/ops_nn.h"

#include <dlpack/dlpack.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace tsc::python {
namespace {

namespace rt = runtime::tensor;
using rt::DType;
using rt::Scalar;
using rt::Shape;
using rt::Tensor;

// ---- errors ----

[[noreturn]] void throw_script_error(const runtime::ScriptError& e) {
  PyObject* cls = PyExc_RuntimeError;
  const std::string& type = e.type();
  if (type == "IndexError")
    cls = PyExc_IndexError;
  else if (type == "ValueError")
    cls = PyExc_ValueError;
  else if (type == "TypeError")
    cls = PyExc_TypeError;
  else if (type == "ZeroDivisionError")
    cls = PyExc_ZeroDivisionError;
  else if (type == "OverflowError")
    cls = PyExc_OverflowError;
  else if (type == "NotImplementedError")
    cls = PyExc_NotImplementedError;
  PyErr_SetString(cls, e.message().c_str());
  throw py::error_already_set();
}

[[noreturn]] void raise(PyObject* cls, const std::string& message) {
  PyErr_SetString(cls, message.c_str());
  throw py::error_already_set();
}

// Runs a library call, turning its ScriptError into the Python exception.
template <typename F> auto guard(F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const runtime::ScriptError& e) {
    throw_script_error(e);
  }
}

// ---- dtypes ----

/// The Python object for one dtype; the 10 instances are static and handed
/// out by reference, so `t.dtype is tsc.float32` holds.
struct DTypeObject {
  DType dtype;
};

const std::array<DTypeObject, rt::kNumDTypes> kDTypeObjects = [] {
  std::array<DTypeObject, rt::kNumDTypes> a{};
  for (int i = 0; i < rt::kNumDTypes; ++i)
    a[static_cast<size_t>(i)].dtype = static_cast<DType>(i);
  return a;
}();

const DTypeObject& dtype_object(DType d) {
  return kDTypeObjects[static_cast<size_t>(d)];
}

std::optional<DType> dtype_from_name(std::string name) {
  if (name.rfind("torch.", 0) == 0)
    name = name.substr(6);
  else if (name.rfind("tsc.", 0) == 0)
    name = name.substr(4);
  static const std::pair<const char*, DType> kAliases[] = {
      {"float", DType::Float32}, {"double", DType::Float64}, {"half", DType::Float16}, {"long", DType::Int64},
      {"int", DType::Int32},     {"short", DType::Int16},    {"bool_", DType::Bool}};
  for (int i = 0; i < rt::kNumDTypes; ++i)
    if (name == rt::dtype_name(static_cast<DType>(i)))
      return static_cast<DType>(i);
  for (const auto& [alias, d] : kAliases)
    if (name == alias)
      return d;
  return std::nullopt;
}

// A dtype argument: tsc.dtype, a torch.dtype or numpy dtype (by name), or a str.
std::optional<DType> dtype_arg(py::handle o) {
  if (o.is_none())
    return std::nullopt;
  if (py::isinstance<DTypeObject>(o))
    return o.cast<const DTypeObject&>().dtype;
  std::string name;
  if (py::isinstance<py::str>(o))
    name = o.cast<std::string>();
  else if (py::hasattr(o, "is_floating_point") || py::hasattr(o, "itemsize"))
    name = py::str(o).cast<std::string>(); // torch.float32 / numpy dtype('float32')
  if (name.rfind("dtype('", 0) == 0)
    name = name.substr(7, name.size() - 9);
  if (std::optional<DType> d = dtype_from_name(name))
    return d;
  raise(PyExc_TypeError,
        "dtype must be a tsc.dtype (tsc.float32, tsc.int64, ...), got " + py::repr(o).cast<std::string>());
}

// ---- scalars ----

// A Python number as a Scalar (bool, int, float, numpy scalars); nullopt otherwise.
std::optional<Scalar> as_scalar(py::handle o) {
  if (PyBool_Check(o.ptr()))
    return Scalar(o.ptr() == Py_True);
  if (PyLong_Check(o.ptr())) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(o.ptr(), &overflow);
    if (overflow)
      raise(PyExc_RuntimeError, "Overflow when unpacking long");
    return Scalar(static_cast<int64_t>(v));
  }
  if (PyFloat_Check(o.ptr()))
    return Scalar(PyFloat_AsDouble(o.ptr()));
  // numpy scalars (np.int32(1), np.bool_(True), np.float16(2)): through .item().
  py::object numpy = py::reinterpret_borrow<py::dict>(PyImport_GetModuleDict()).attr("get")("numpy");
  if (!numpy.is_none() && py::isinstance(o, numpy.attr("generic"))) {
    py::object item = o.attr("item")();
    if (PyBool_Check(item.ptr()) || PyLong_Check(item.ptr()) || PyFloat_Check(item.ptr()))
      return as_scalar(item);
  }
  return std::nullopt;
}

py::object scalar_to_python(const Scalar& s) {
  switch (s.kind()) {
  case Scalar::Kind::Bool:
    return py::bool_(s.to_bool());
  case Scalar::Kind::Int:
    return py::int_(s.to_int());
  case Scalar::Kind::Double:
    return py::float_(s.to_double());
  }
  TSC_UNREACHABLE("bad scalar kind");
}

// ---- reading elements (tolist) ----

py::object read_element(const char* p, DType d) {
  switch (d) {
  case DType::Bool:
    return py::bool_(*reinterpret_cast<const bool*>(p));
  case DType::UInt8:
    return py::int_(*reinterpret_cast<const uint8_t*>(p));
  case DType::Int8:
    return py::int_(*reinterpret_cast<const int8_t*>(p));
  case DType::Int16:
    return py::int_(*reinterpret_cast<const int16_t*>(p));
  case DType::Int32:
    return py::int_(*reinterpret_cast<const int32_t*>(p));
  case DType::Int64:
    return py::int_(*reinterpret_cast<const int64_t*>(p));
  case DType::Float16:
    return py::float_(static_cast<float>(*reinterpret_cast<const rt::Half*>(p)));
  case DType::BFloat16:
    return py::float_(static_cast<float>(*reinterpret_cast<const rt::BFloat16*>(p)));
  case DType::Float32:
    return py::float_(*reinterpret_cast<const float*>(p));
  case DType::Float64:
    return py::float_(*reinterpret_cast<const double*>(p));
  }
  TSC_UNREACHABLE("bad dtype");
}

py::object to_list(const Tensor& t, const char* base, size_t dim) {
  if (dim == t.sizes().size())
    return read_element(base, t.dtype());
  py::list out;
  int64_t step = t.strides()[dim] * static_cast<int64_t>(t.element_size());
  for (int64_t i = 0; i < t.sizes()[dim]; ++i)
    out.append(to_list(t, base + i * step, dim + 1));
  return out;
}

// ---- buffer protocol and __array_interface__ ----

// A dtype's PEP 3118 format character (native byte order) and numpy typestr;
// null for bfloat16, which neither has.
struct NumpyFormat {
  const char* buffer;
  const char* typestr;
};

static_assert(std::endian::native == std::endian::little, "the typestrs below say '<'");

NumpyFormat numpy_format(DType d) {
  switch (d) {
  case DType::Bool:
    return {"?", "|b1"};
  case DType::UInt8:
    return {"B", "|u1"};
  case DType::Int8:
    return {"b", "|i1"};
  case DType::Int16:
    return {"h", "<i2"};
  case DType::Int32:
    return {"i", "<i4"};
  case DType::Int64:
    return {"q", "<i8"};
  case DType::Float16:
    return {"e", "<f2"};
  case DType::Float32:
    return {"f", "<f4"};
  case DType::Float64:
    return {"d", "<f8"};
  case DType::BFloat16:
    return {nullptr, nullptr};
  }
  TSC_UNREACHABLE("bad dtype");
}

void check_numpy_dtype(DType d) {
  if (!numpy_format(d).buffer)
    raise(PyExc_TypeError, std::string("Got unsupported ScalarType ") + rt::dtype_cpp_name(d));
}

// What a Py_buffer of a tensor points to while it is exported.
struct BufferExport {
  std::vector<Py_ssize_t> shape;
  std::vector<Py_ssize_t> strides;
};

extern "C" int tensor_getbuffer(PyObject* obj, Py_buffer* view, int flags) {
  view->obj = nullptr;
  Tensor* t = nullptr;
  try {
    t = py::cast<Tensor*>(py::handle(obj));
  } catch (...) {
    PyErr_SetString(PyExc_BufferError, "not a tsc.Tensor");
    return -1;
  }
  const char* format = numpy_format(t->dtype()).buffer;
  if (!format) {
    PyErr_Format(PyExc_BufferError, "Got unsupported ScalarType %s", rt::dtype_cpp_name(t->dtype()));
    return -1;
  }
  bool want_strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES;
  bool c_contiguous = t->is_contiguous();
  if (!want_strides && !c_contiguous) {
    PyErr_SetString(PyExc_BufferError, "tsc.Tensor is not contiguous; call .contiguous() first");
    return -1;
  }
  if ((flags & PyBUF_C_CONTIGUOUS) == PyBUF_C_CONTIGUOUS && !c_contiguous) {
    PyErr_SetString(PyExc_BufferError, "tsc.Tensor is not C-contiguous; call .contiguous() first");
    return -1;
  }
  if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && t->dim() > 1) {
    PyErr_SetString(PyExc_BufferError, "tsc.Tensor is not Fortran-contiguous");
    return -1;
  }
  if ((flags & PyBUF_ANY_CONTIGUOUS) == PyBUF_ANY_CONTIGUOUS && !c_contiguous) {
    PyErr_SetString(PyExc_BufferError, "tsc.Tensor is not contiguous; call .contiguous() first");
    return -1;
  }
  auto info = std::make_unique<BufferExport>();
  int64_t itemsize = static_cast<int64_t>(t->element_size());
  for (int64_t i = 0; i < t->dim(); ++i) {
    info->shape.push_back(static_cast<Py_ssize_t>(t->sizes()[static_cast<size_t>(i)]));
    info->strides.push_back(static_cast<Py_ssize_t>(t->strides()[static_cast<size_t>(i)] * itemsize));
  }
  view->buf = t->data_ptr();
  view->len = static_cast<Py_ssize_t>(t->numel() * itemsize);
  view->itemsize = static_cast<Py_ssize_t>(itemsize);
  view->readonly = 0;
  view->format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? const_cast<char*>(format) : nullptr;
  bool want_shape = (flags & PyBUF_ND) == PyBUF_ND;
  view->ndim = want_shape ? static_cast<int>(t->dim()) : 1;
  view->shape = want_shape ? info->shape.data() : nullptr;
  view->strides = want_strides ? info->strides.data() : nullptr;
  view->suboffsets = nullptr;
  view->internal = info.release();
  Py_INCREF(obj);
  view->obj = obj;
  return 0;
}

extern "C" void tensor_releasebuffer(PyObject*, Py_buffer* view) {
  delete static_cast<BufferExport*>(view->internal);
}

py::dict array_interface(const Tensor& t) {
  check_numpy_dtype(t.dtype());
  py::list shape;
  py::list strides;
  for (int64_t i = 0; i < t.dim(); ++i) {
    shape.append(t.sizes()[static_cast<size_t>(i)]);
    strides.append(t.strides()[static_cast<size_t>(i)] * static_cast<int64_t>(t.element_size()));
  }
  py::dict d;
  d["shape"] = py::tuple(shape);
  d["typestr"] = numpy_format(t.dtype()).typestr;
  d["data"] = py::make_tuple(reinterpret_cast<uintptr_t>(t.data_ptr()), false);
  d["strides"] = py::tuple(strides);
  d["version"] = 3;
  return d;
}

// ---- from numpy ----

// Runs `fn` with the GIL held when the interpreter is still alive (storage
// deleters may run on any thread, with or without the GIL); after
// finalization the Python object is leaked rather than touched.
template <typename F> void with_gil(F&& fn) {
  if (!Py_IsInitialized())
    return;
  PyGILState_STATE state = PyGILState_Ensure();
  fn();
  PyGILState_Release(state);
}

// The dtype of elements of `bytes` bytes and numpy kind `kind` ('b' bool,
// 'u' unsigned, 'i' signed, 'f' IEEE float, 'B' bfloat16); nullopt when the
// library has no such dtype.
std::optional<DType> dtype_of_kind(char kind, int64_t bytes) {
  for (int i = 0; i < rt::kNumDTypes; ++i) {
    DType d = static_cast<DType>(i);
    if (static_cast<int64_t>(rt::element_size(d)) != bytes)
      continue;
    char k = d == DType::Bool       ? 'b'
             : d == DType::UInt8    ? 'u'
             : d == DType::BFloat16 ? 'B'
             : rt::is_floating(d)   ? 'f'
                                    : 'i';
    if (k == kind)
      return d;
  }
  return std::nullopt;
}

std::optional<DType> dtype_of_numpy(py::handle dtype) {
  std::string kind = dtype.attr("kind").cast<std::string>();
  if (kind.size() != 1)
    return std::nullopt;
  return dtype_of_kind(kind[0], dtype.attr("itemsize").cast<int64_t>());
}

bool is_ndarray(py::handle o) {
  py::object numpy = py::reinterpret_borrow<py::dict>(PyImport_GetModuleDict()).attr("get")("numpy");
  return !numpy.is_none() && py::isinstance(o, numpy.attr("ndarray"));
}

// torch.from_numpy: shares the array's memory; the storage's deleter keeps the
// array's buffer (and so the array) alive.
Tensor from_numpy(py::handle a) {
  if (!is_ndarray(a))
    raise(PyExc_TypeError, "expected np.ndarray (got " + std::string(Py_TYPE(a.ptr())->tp_name) + ")");
  py::object np_dtype = a.attr("dtype");
  std::optional<DType> dtype = dtype_of_numpy(np_dtype);
  if (!dtype)
    raise(PyExc_TypeError, "can't convert np.ndarray of type numpy." +
                               np_dtype.attr("name").cast<std::string>() +
                               ". The only supported types are: float64, float32, float16, int64, int32, "
                               "int16, int8, uint8, and bool.");
  if (np_dtype.attr("byteorder").cast<std::string>() == ">")
    raise(PyExc_ValueError, "given numpy array has byte order different from the native byte order. "
                            "Conversion between byte orders is currently not supported.");
  auto view = std::make_unique<Py_buffer>();
  if (PyObject_GetBuffer(a.ptr(), view.get(), PyBUF_RECORDS_RO) != 0)
    throw py::error_already_set();
  auto release = [](Py_buffer* v) {
    with_gil([v] { PyBuffer_Release(v); });
    delete v;
  };
  int64_t itemsize = static_cast<int64_t>(rt::element_size(*dtype));
  Shape sizes;
  Shape strides;
  for (int i = 0; i < view->ndim; ++i) {
    int64_t stride = view->strides[i];
    sizes.push_back(view->shape[i]);
    if (stride < 0) {
      PyBuffer_Release(view.get());
      raise(PyExc_ValueError, "At least one stride in the given numpy array is negative, and tensors with "
                              "negative strides are not currently supported. (You can probably work around "
                              "this by making a copy of your array  with array.copy().) ");
    }
    if (stride % itemsize != 0) {
      PyBuffer_Release(view.get());
      raise(PyExc_ValueError, "given numpy array strides not a multiple of the element byte size. "
                              "Copy the numpy array to reallocate the memory.");
    }
    strides.push_back(stride / itemsize);
  }
  if (view->readonly)
    if (PyErr_WarnEx(PyExc_UserWarning,
                     "The given NumPy array is not writable, and tsc does not support non-writable tensors. "
                     "Writing to the tensor writes to the array's memory anyway.",
                     1) != 0) {
      PyBuffer_Release(view.get());
      throw py::error_already_set();
    }
  void* data = view->buf;
  Py_buffer* held = view.release();
  try {
    return rt::from_blob(
        data, sizes, *dtype, [held, release](void*) { release(held); }, &strides);
  } catch (const runtime::ScriptError& e) {
    // from_blob throws before it takes the deleter (see Note [DLPack capsules]).
    PyBuffer_Release(held);
    delete held;
    throw_script_error(e);
  }
}

// ---- DLPack ----

// Note [DLPack capsules]
// Export: __dlpack__ returns a PyCapsule named "dltensor" over a
// DLManagedTensor whose manager_ctx owns a handle to the tensor (so the
// storage lives while the consumer uses it). A consumer renames the capsule
// "used_dltensor" and later calls the deleter itself; the capsule's destructor
// calls the deleter only when nobody consumed it, so it runs exactly once.
// Import: from_dlpack takes the capsule, checks everything (device, dtype,
// strides) before touching it, builds the tensor with from_blob (which throws
// only before it takes ownership of the deleter: checked_numel comes first),
// and renames the capsule only then; the storage's deleter calls the
// producer's deleter once, under the GIL.

// DLPack 0.8's kDLBool (Debian's dlpack.h is 0.6, which has none).
constexpr uint8_t kDLBoolCode = 6;

struct DLPackExport {
  Tensor tensor;
  std::vector<int64_t> shape;
  std::vector<int64_t> strides;
  DLManagedTensor managed{};
};

DLDataType dl_dtype(DType d) {
  DLDataType t{};
  t.lanes = 1;
  t.bits = static_cast<uint8_t>(rt::element_size(d) * 8);
  switch (d) {
  case DType::Bool:
    t.code = kDLBoolCode;
    break;
  case DType::UInt8:
    t.code = kDLUInt;
    break;
  case DType::Int8:
  case DType::Int16:
  case DType::Int32:
  case DType::Int64:
    t.code = kDLInt;
    break;
  case DType::Float16:
  case DType::Float32:
  case DType::Float64:
    t.code = kDLFloat;
    break;
  case DType::BFloat16:
    t.code = kDLBfloat;
    break;
  }
  return t;
}

std::optional<DType> dtype_of_dl(DLDataType t) {
  if (t.lanes != 1 || t.bits % 8 != 0)
    return std::nullopt;
  switch (t.code) {
  case kDLInt:
    return dtype_of_kind('i', t.bits / 8);
  case kDLUInt:
    return dtype_of_kind('u', t.bits / 8);
  case kDLFloat:
    return dtype_of_kind('f', t.bits / 8);
  case kDLBfloat:
    return dtype_of_kind('B', t.bits / 8);
  case kDLBoolCode:
    return dtype_of_kind('b', t.bits / 8);
  default:
    return std::nullopt;
  }
}

extern "C" void dlpack_capsule_destructor(PyObject* capsule) {
  if (PyCapsule_IsValid(capsule, "used_dltensor"))
    return; // the consumer owns it now
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  auto* managed = static_cast<DLManagedTensor*>(PyCapsule_GetPointer(capsule, "dltensor"));
  if (managed) {
    if (managed->deleter)
      managed->deleter(managed);
  } else {
    PyErr_WriteUnraisable(capsule);
  }
  PyErr_Restore(type, value, traceback);
}

py::object to_dlpack(const Tensor& t, py::handle stream) {
  if (!stream.is_none())
    raise(PyExc_ValueError,
          "stream must be None for a CPU tensor (got " + py::repr(stream).cast<std::string>() + ")");
  auto ctx = std::make_unique<DLPackExport>();
  ctx->tensor = t;
  ctx->shape = t.sizes();
  ctx->strides = t.strides();
  DLTensor& dl = ctx->managed.dl_tensor;
  dl.data = t.data_ptr();
  dl.device = DLDevice{kDLCPU, 0};
  dl.ndim = static_cast<int32_t>(t.dim());
  dl.dtype = dl_dtype(t.dtype());
  dl.shape = ctx->shape.data();
  dl.strides = ctx->strides.data();
  dl.byte_offset = 0;
  ctx->managed.manager_ctx = ctx.get();
  ctx->managed.deleter = [](DLManagedTensor* self) { delete static_cast<DLPackExport*>(self->manager_ctx); };
  PyObject* capsule = PyCapsule_New(&ctx->managed, "dltensor", dlpack_capsule_destructor);
  if (!capsule)
    throw py::error_already_set();
  ctx.release();
  return py::reinterpret_steal<py::object>(capsule);
}

Tensor from_dlpack(py::handle obj) {
  py::object capsule;
  if (PyCapsule_CheckExact(obj.ptr())) {
    capsule = py::reinterpret_borrow<py::object>(obj);
  } else if (py::hasattr(obj, "__dlpack__")) {
    capsule = obj.attr("__dlpack__")();
  } else {
    raise(PyExc_TypeError, "from_dlpack expects an object with __dlpack__ or a DLPack capsule, got " +
                               std::string(Py_TYPE(obj.ptr())->tp_name));
  }
  if (!PyCapsule_IsValid(capsule.ptr(), "dltensor"))
    raise(PyExc_RuntimeError,
          "from_dlpack received an invalid capsule. Note that DLTensor capsules can be "
          "consumed only once, so you might have already constructed a tensor from it once.");
  auto* managed = static_cast<DLManagedTensor*>(PyCapsule_GetPointer(capsule.ptr(), "dltensor"));
  const DLTensor& dl = managed->dl_tensor;
  if (dl.device.device_type != kDLCPU)
    raise(PyExc_RuntimeError,
          "from_dlpack: tsc tensors live on the CPU; the DLPack tensor is on device type " +
              std::to_string(static_cast<int>(dl.device.device_type)));
  std::optional<DType> dtype = dtype_of_dl(dl.dtype);
  if (!dtype)
    raise(PyExc_RuntimeError, "from_dlpack: unsupported DLPack dtype (code " + std::to_string(dl.dtype.code) +
                                  ", bits " + std::to_string(dl.dtype.bits) + ", lanes " +
                                  std::to_string(dl.dtype.lanes) + ")");
  if (dl.ndim < 0 || (dl.ndim > 0 && !dl.shape))
    raise(PyExc_RuntimeError, "from_dlpack: malformed DLPack tensor (ndim " + std::to_string(dl.ndim) + ")");
  Shape sizes(dl.shape, dl.shape + dl.ndim);
  Shape strides = dl.strides ? Shape(dl.strides, dl.strides + dl.ndim) : rt::contiguous_strides(sizes);
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] < 0)
      raise(PyExc_RuntimeError, "from_dlpack: negative size in the DLPack tensor's shape");
    if (strides[i] < 0)
      raise(PyExc_RuntimeError, "from_dlpack: tensors with negative strides are not supported");
  }
  void* data = static_cast<char*>(dl.data) + dl.byte_offset;
  Tensor t = guard([&] {
    return rt::from_blob(
        data, sizes, *dtype,
        [managed](void*) {
          with_gil([managed] {
            if (managed->deleter)
              managed->deleter(managed);
          });
        },
        &strides);
  });
  PyCapsule_SetName(capsule.ptr(), "used_dltensor");
  return t;
}

// ---- construction ----

rt::NestedData nested_data(py::handle o, int depth) {
  if (depth > 64)
    raise(PyExc_ValueError, "tensor data nested too deeply");
  if (std::optional<Scalar> s = as_scalar(o))
    return rt::NestedData(*s);
  if (py::isinstance<Tensor>(o)) {
    const Tensor& t = o.cast<const Tensor&>();
    if (t.dim() == 0)
      return rt::NestedData(guard([&] { return t.item(); }));
    raise(PyExc_ValueError, "only one element tensors can be converted to Python scalars");
  }
  if (PyList_Check(o.ptr()) || PyTuple_Check(o.ptr()) || is_ndarray(o)) {
    std::vector<rt::NestedData> items;
    for (py::handle item : o)
      items.push_back(nested_data(item, depth + 1));
    return rt::NestedData(std::move(items));
  }
  if (o.is_none())
    raise(PyExc_RuntimeError, "Could not infer dtype of NoneType");
  raise(PyExc_TypeError, std::string("new(): invalid data type '") + Py_TYPE(o.ptr())->tp_name + "'");
}

// torch.tensor(data, dtype=None): always a copy.
Tensor make_tensor(py::handle data, py::handle dtype_obj) {
  std::optional<DType> dtype = dtype_arg(dtype_obj);
  std::optional<Tensor> shared;
  if (is_ndarray(data)) {
    if (dtype_of_numpy(data.attr("dtype")) && data.attr("dtype").attr("byteorder").cast<std::string>() != ">")
      shared = from_numpy(data.attr("copy")()); // a fresh array: no negative strides
  } else if (!PyList_Check(data.ptr()) && !PyTuple_Check(data.ptr())) {
    shared = tensor_from_python(data); // tsc.Tensor, torch tensor (DLPack)
  }
  if (shared)
    return guard([&] { return dtype ? rt::to(*shared, *dtype, true) : rt::clone(*shared); });
  rt::NestedData nested = nested_data(data, 0);
  return guard([&] { return rt::tensor_from_data(nested, dtype); });
}

// torch.as_tensor(data, dtype=None): shares memory when it can.
Tensor as_tensor(py::handle data, py::handle dtype_obj) {
  std::optional<DType> dtype = dtype_arg(dtype_obj);
  if (std::optional<Tensor> t = tensor_from_python(data))
    return dtype ? guard([&] { return rt::to(*t, *dtype); }) : *t;
  return make_tensor(data, dtype_obj);
}

// ---- shapes, dims and indexing ----

// A size argument: reshape(2, 3), reshape((2, 3)) or reshape([2, 3]).
Shape size_args(const py::args& args) {
  if (args.size() == 1 && (PyTuple_Check(args[0].ptr()) || PyList_Check(args[0].ptr())))
    return args[0].cast<Shape>();
  return args.cast<Shape>();
}

// dim=None / int / tuple of ints
Shape dims_arg(py::handle o) {
  if (o.is_none())
    return {};
  if (PyLong_Check(o.ptr()))
    return {o.cast<int64_t>()};
  return o.cast<Shape>();
}

py::tuple shape_tuple(const Shape& s) {
  py::tuple out(s.size());
  for (size_t i = 0; i < s.size(); ++i)
    out[i] = py::int_(s[i]);
  return out;
}

// Basic indexing (ints, slices, None, Ellipsis) gives a view; tensor indices
// are collected at the dims they land on and applied with index()/index_put_.
struct IndexPlan {
  Tensor view;
  std::vector<Tensor> tensors; // empty: no advanced indexing
};

IndexPlan plan_index(const Tensor& self, py::handle key) {
  std::vector<py::handle> items;
  py::tuple tuple_key;
  if (PyTuple_Check(key.ptr())) {
    tuple_key = py::reinterpret_borrow<py::tuple>(key);
    for (py::handle item : tuple_key)
      items.push_back(item);
  } else {
    items.push_back(key);
  }
  int64_t consumed = 0;
  bool ellipsis = false;
  for (py::handle item : items) {
    if (item.ptr() == Py_Ellipsis) {
      if (ellipsis)
        raise(PyExc_IndexError, "an index can only have a single ellipsis ('...')");
      ellipsis = true;
    } else if (!item.is_none()) {
      bool mask = py::isinstance<Tensor>(item) && (item.cast<const Tensor&>().dtype() == DType::Bool ||
                                                   item.cast<const Tensor&>().dtype() == DType::UInt8);
      consumed += mask ? std::max<int64_t>(item.cast<const Tensor&>().dim(), 1) : 1;
    }
  }
  if (consumed > self.dim())
    raise(PyExc_IndexError, "too many indices for tensor of dimension " + std::to_string(self.dim()));
  Tensor view = self;
  std::vector<Tensor> tensors;
  int64_t dim = 0;
  for (py::handle item : items) {
    if (item.ptr() == Py_Ellipsis) {
      dim += self.dim() - consumed;
    } else if (item.is_none()) {
      view = guard([&] { return rt::unsqueeze(view, dim); });
      ++dim;
    } else if (PySlice_Check(item.ptr())) {
      auto* s = reinterpret_cast<PySliceObject*>(item.ptr());
      auto bound = [](PyObject* v) -> std::optional<int64_t> {
        if (v == Py_None)
          return std::nullopt;
        return py::handle(v).cast<int64_t>();
      };
      int64_t step = s->step == Py_None ? 1 : py::handle(s->step).cast<int64_t>();
      if (step <= 0)
        raise(PyExc_ValueError, "step must be greater than zero");
      view = guard([&] { return rt::slice(view, dim, bound(s->start), bound(s->stop), step); });
      ++dim;
    } else if (py::isinstance<Tensor>(item)) {
      const Tensor& index = item.cast<const Tensor&>();
      if (tensors.size() < static_cast<size_t>(dim + 1))
        tensors.resize(static_cast<size_t>(dim + 1));
      tensors[static_cast<size_t>(dim)] = index;
      bool mask = index.dtype() == DType::Bool || index.dtype() == DType::UInt8;
      dim += mask ? std::max<int64_t>(index.dim(), 1) : 1;
    } else if (PyLong_Check(item.ptr()) || (!PyBool_Check(item.ptr()) && PyIndex_Check(item.ptr()))) {
      int64_t i = py::reinterpret_steal<py::object>(PyNumber_Index(item.ptr())).cast<int64_t>();
      int64_t size = view.sizes()[static_cast<size_t>(dim)];
      if (i < -size || i >= size)
        raise(PyExc_IndexError, "index " + std::to_string(i) + " is out of bounds for dimension " +
                                    std::to_string(dim) + " with size " + std::to_string(size));
      view = guard([&] { return rt::select(view, dim, i); });
    } else if (PyList_Check(item.ptr())) {
      Tensor index = make_tensor(item, py::none());
      if (tensors.size() < static_cast<size_t>(dim + 1))
        tensors.resize(static_cast<size_t>(dim + 1));
      tensors[static_cast<size_t>(dim)] = index;
      ++dim;
    } else {
      raise(PyExc_IndexError,
            std::string("only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                        "Variables are valid indices (got ") +
                Py_TYPE(item.ptr())->tp_name + ")");
    }
  }
  return IndexPlan{view, std::move(tensors)};
}

Tensor get_item(const Tensor& self, py::handle key) {
  IndexPlan plan = plan_index(self, key);
  if (plan.tensors.empty())
    return plan.view;
  return guard([&] { return rt::index(plan.view, plan.tensors); });
}

void set_item(const Tensor& self, py::handle key, py::handle value) {
  IndexPlan plan = plan_index(self, key);
  std::optional<Scalar> scalar = as_scalar(value);
  Tensor src;
  if (scalar)
    src = guard([&] { return rt::scalar_tensor(*scalar, plan.view.dtype()); });
  else
    src = as_tensor(value, py::none());
  guard([&] {
    if (!plan.tensors.empty()) {
      rt::index_put_(plan.view, plan.tensors, src);
    } else if (scalar) {
      rt::fill_(plan.view, *scalar);
    } else {
      rt::copy_(plan.view, src);
    }
    return 0;
  });
}

// ---- operators ----

py::object not_implemented() {
  return py::reinterpret_borrow<py::object>(Py_NotImplemented);
}

// self OP other, with other a tsc.Tensor or a Python number; NotImplemented
// for anything else so that Python tries the reflected operator.
template <typename FT, typename FS>
py::object binary(const Tensor& self, py::handle other, FT&& ft, FS&& fs) {
  if (py::isinstance<Tensor>(other)) {
    const Tensor& o = other.cast<const Tensor&>();
    return py::cast(guard([&] { return ft(self, o); }));
  }
  if (std::optional<Scalar> s = as_scalar(other))
    return py::cast(guard([&] { return fs(self, *s); }));
  return not_implemented();
}

// other OP self with other a Python number: the number becomes a 0-dim tensor
// of the promoted dtype (torch.result_type(self, other)), which then promotes
// exactly as the wrapped number would.
template <typename FT> py::object reflected(const Tensor& self, py::handle other, FT&& ft) {
  std::optional<Scalar> s = as_scalar(other);
  if (!s)
    return not_implemented();
  return py::cast(guard([&] {
    rt::ResultTypeState st;
    st.add_tensor(self.dtype(), self.dim());
    st.add_scalar(*s);
    // A bool stays bool, so that sub's "with a bool tensor" check sees it
    // (bool never changes a promotion result).
    Tensor lhs = rt::scalar_tensor(*s, s->is_bool() ? DType::Bool : st.result());
    return ft(lhs, self);
  }));
}

#define TSC_TENSOR_BINARY(PYNAME, OP)                                                                        \
  cls.def(PYNAME, [](const Tensor& self, py::handle other) {                                                 \
    return binary(                                                                                           \
        self, other, [](const Tensor& a, const Tensor& b) { return rt::OP(a, b); },                          \
        [](const Tensor& a, const Scalar& b) { return rt::OP(a, b); });                                      \
  })

#define TSC_TENSOR_REFLECTED(PYNAME, OP)                                                                     \
  cls.def(PYNAME, [](const Tensor& self, py::handle other) {                                                 \
    return reflected(self, other, [](const Tensor& a, const Tensor& b) { return rt::OP(a, b); });            \
  })

Tensor reduce_sum(const Tensor& self, py::handle dim, bool keepdim, py::handle dtype) {
  Shape dims = dims_arg(dim);
  std::optional<DType> d = dtype_arg(dtype);
  return guard([&] { return rt::sum(self, dims, keepdim, d); });
}

Tensor reduce_mean(const Tensor& self, py::handle dim, bool keepdim, py::handle dtype) {
  Shape dims = dims_arg(dim);
  std::optional<DType> d = dtype_arg(dtype);
  return guard([&] { return rt::mean(self, dims, keepdim, d); });
}

void bind_tensor_class(py::module_& m) {
  py::class_<Tensor> cls(m, "Tensor", py::buffer_protocol(),
                         "A tsc runtime tensor (CPU, strided, PyTorch semantics). Shares memory with numpy "
                         "(buffer protocol, __array_interface__) and with DLPack consumers.");
  // Our own buffer functions instead of pybind11's (see the file comment).
  auto* heap_type = reinterpret_cast<PyHeapTypeObject*>(cls.ptr());
  heap_type->as_buffer.bf_getbuffer = tensor_getbuffer;
  heap_type->as_buffer.bf_releasebuffer = tensor_releasebuffer;

  cls.def_property_readonly("shape", [](const Tensor& t) { return shape_tuple(t.sizes()); })
      .def_property_readonly(
          "dtype", [](const Tensor& t) -> const DTypeObject& { return dtype_object(t.dtype()); },
          py::return_value_policy::reference)
      .def_property_readonly("ndim", [](const Tensor& t) { return t.dim(); })
      .def_property_readonly("device", [](const Tensor&) { return "cpu"; })
      .def_property_readonly("T",
                             [](const Tensor& t) {
                               Shape dims;
                               for (int64_t i = t.dim() - 1; i >= 0; --i)
                                 dims.push_back(i);
                               return guard([&] { return rt::permute(t, dims); });
                             })
      .def_property_readonly("__array_interface__", &array_interface)
      .def("dim", [](const Tensor& t) { return t.dim(); })
      .def("numel", [](const Tensor& t) { return t.numel(); })
      .def(
          "size",
          [](const Tensor& t, py::handle dim) -> py::object {
            if (dim.is_none())
              return shape_tuple(t.sizes());
            int64_t d = dim.cast<int64_t>();
            return py::int_(guard([&] { return t.size(d); }));
          },
          py::arg("dim") = py::none())
      .def(
          "stride",
          [](const Tensor& t, py::handle dim) -> py::object {
            if (dim.is_none())
              return shape_tuple(t.strides());
            int64_t d = dim.cast<int64_t>();
            return py::int_(guard([&] { return t.stride(d); }));
          },
          py::arg("dim") = py::none())
      .def("element_size", [](const Tensor& t) { return t.element_size(); })
      .def("is_contiguous", [](const Tensor& t) { return t.is_contiguous(); })
      .def("is_floating_point", [](const Tensor& t) { return rt::is_floating(t.dtype()); })
      .def("data_ptr", [](const Tensor& t) { return reinterpret_cast<uintptr_t>(t.data_ptr()); })
      .def("item", [](const Tensor& t) { return scalar_to_python(guard([&] { return t.item(); })); })
      .def("tolist", [](const Tensor& t) { return to_list(t, t.data_ptr(), 0); })
      .def("numpy",
           [](py::object self) {
             check_numpy_dtype(self.cast<const Tensor&>().dtype());
             return py::module_::import("numpy").attr("asarray")(self);
           })
      .def("__repr__", [](const Tensor& t) { return t.repr(); })
      .def("__str__", [](const Tensor& t) { return t.repr(); })
      .def("__len__",
           [](const Tensor& t) {
             if (t.dim() == 0)
               raise(PyExc_TypeError, "len() of a 0-d tensor");
             return t.sizes()[0];
           })
      .def("__iter__",
           [](py::object self) {
             const Tensor& t = self.cast<const Tensor&>();
             if (t.dim() == 0)
               raise(PyExc_TypeError, "iteration over a 0-d tensor");
             py::list items;
             for (int64_t i = 0; i < t.sizes()[0]; ++i)
               items.append(py::cast(guard([&] { return rt::select(t, 0, i); })));
             return items.attr("__iter__")();
           })
      .def("__getitem__", &get_item)
      .def("__setitem__", &set_item)
      .def("__bool__",
           [](const Tensor& t) {
             if (t.numel() != 1)
               raise(PyExc_RuntimeError, t.numel() == 0
                                             ? "Boolean value of Tensor with no values is ambiguous"
                                             : "Boolean value of Tensor with more than one value is "
                                               "ambiguous");
             return guard([&] { return t.item(); }).to_bool();
           })
      .def("__float__", [](const Tensor& t) { return guard([&] { return t.item(); }).to_double(); })
      .def("__int__",
           [](const Tensor& t) {
             Scalar s = guard([&] { return t.item(); });
             return s.is_double() ? py::int_(py::float_(s.to_double())) : py::int_(s.to_int());
           })
      .def("__index__",
           [](const Tensor& t) {
             if (!rt::is_integral(t.dtype(), true) || t.numel() != 1)
               raise(PyExc_TypeError,
                     "only integer tensors of a single element can be converted to an index");
             return guard([&] { return t.item(); }).to_int();
           })
      .def("__hash__", [](py::handle self) { return reinterpret_cast<intptr_t>(self.ptr()); })
      .def("__dlpack__", &to_dlpack, py::arg("stream") = py::none())
      .def("__dlpack_device__", [](const Tensor&) { return py::make_tuple(static_cast<int>(kDLCPU), 0); });

  TSC_TENSOR_BINARY("__add__", add);
  TSC_TENSOR_BINARY("__radd__", add);
  TSC_TENSOR_BINARY("__sub__", sub);
  TSC_TENSOR_REFLECTED("__rsub__", sub);
  TSC_TENSOR_BINARY("__mul__", mul);
  TSC_TENSOR_BINARY("__rmul__", mul);
  TSC_TENSOR_BINARY("__truediv__", div);
  // torch's __rtruediv__ is self.reciprocal() * other (so float16 rounds as it does).
  cls.def("__rtruediv__", [](const Tensor& self, py::handle other) -> py::object {
    std::optional<Scalar> s = as_scalar(other);
    if (!s)
      return not_implemented();
    return py::cast(guard([&] { return rt::mul(rt::reciprocal(self), *s); }));
  });
  TSC_TENSOR_BINARY("__floordiv__", floor_divide);
  TSC_TENSOR_REFLECTED("__rfloordiv__", floor_divide);
  TSC_TENSOR_BINARY("__mod__", remainder);
  TSC_TENSOR_REFLECTED("__rmod__", remainder);
  TSC_TENSOR_BINARY("__pow__", pow);
  TSC_TENSOR_BINARY("__eq__", eq);
  TSC_TENSOR_BINARY("__ne__", ne);
  TSC_TENSOR_BINARY("__lt__", lt);
  TSC_TENSOR_BINARY("__le__", le);
  TSC_TENSOR_BINARY("__gt__", gt);
  TSC_TENSOR_BINARY("__ge__", ge);
  TSC_TENSOR_BINARY("__and__", bitwise_and);
  TSC_TENSOR_BINARY("__or__", bitwise_or);
  TSC_TENSOR_BINARY("__xor__", bitwise_xor);
  cls.def("__rpow__", [](const Tensor& self, py::handle other) -> py::object {
    std::optional<Scalar> s = as_scalar(other);
    if (!s)
      return not_implemented();
    return py::cast(guard([&] { return rt::pow(*s, self); }));
  });
  cls.def("__matmul__", [](const Tensor& self, py::handle other) -> py::object {
    if (!py::isinstance<Tensor>(other))
      return not_implemented();
    const Tensor& o = other.cast<const Tensor&>();
    return py::cast(guard([&] { return rt::matmul(self, o); }));
  });
  cls.def("__neg__", [](const Tensor& t) { return guard([&] { return rt::neg(t); }); })
      .def("__pos__", [](const Tensor& t) { return t; })
      .def("__abs__", [](const Tensor& t) { return guard([&] { return rt::abs(t); }); })
      .def("__invert__", [](const Tensor& t) { return guard([&] { return rt::bitwise_not(t); }); });

  cls.def("sum", &reduce_sum, py::arg("dim") = py::none(), py::arg("keepdim") = false,
          py::arg("dtype") = py::none())
      .def("mean", &reduce_mean, py::arg("dim") = py::none(), py::arg("keepdim") = false,
           py::arg("dtype") = py::none())
      .def(
          "max",
          [](const Tensor& t, py::handle dim, bool keepdim) -> py::object {
            if (dim.is_none())
              return py::cast(guard([&] { return rt::max(t); }));
            int64_t d = dim.cast<int64_t>();
            auto [values, indices] = guard([&] { return rt::max(t, d, keepdim); });
            return py::make_tuple(values, indices);
          },
          py::arg("dim") = py::none(), py::arg("keepdim") = false)
      .def(
          "min",
          [](const Tensor& t, py::handle dim, bool keepdim) -> py::object {
            if (dim.is_none())
              return py::cast(guard([&] { return rt::min(t); }));
            int64_t d = dim.cast<int64_t>();
            auto [values, indices] = guard([&] { return rt::min(t, d, keepdim); });
            return py::make_tuple(values, indices);
          },
          py::arg("dim") = py::none(), py::arg("keepdim") = false)
      .def("reshape",
           [](const Tensor& t, const py::args& args) {
             Shape s = size_args(args);
             return guard([&] { return rt::reshape(t, s); });
           })
      .def("view",
           [](const Tensor& t, const py::args& args) {
             Shape s = size_args(args);
             return guard([&] { return rt::view(t, s); });
           })
      .def("transpose", [](const Tensor& t, int64_t d0,
                           int64_t d1) { return guard([&] { return rt::transpose(t, d0, d1); }); })
      .def("t", [](const Tensor& t) { return guard([&] { return rt::t(t); }); })
      .def("contiguous", [](const Tensor& t) { return guard([&] { return rt::contiguous(t); }); })
      .def("clone", [](const Tensor& t) { return guard([&] { return rt::clone(t); }); })
      .def(
          "to",
          [](const Tensor& t, py::handle dtype, bool copy) {
            std::optional<DType> d = dtype_arg(dtype);
            if (!d)
              raise(PyExc_TypeError, "to() expects a dtype");
            return guard([&] { return rt::to(t, *d, copy); });
          },
          py::arg("dtype"), py::arg("copy") = false);
  static const std::pair<const char*, DType> kCasts[] = {
      {"float", DType::Float32},     {"double", DType::Float64}, {"half", DType::Float16},
      {"bfloat16", DType::BFloat16}, {"long", DType::Int64},     {"int", DType::Int32},
      {"short", DType::Int16},       {"char", DType::Int8},      {"byte", DType::UInt8},
      {"bool", DType::Bool}};
  for (const auto& [name, dtype] : kCasts) {
    DType d = dtype;
    cls.def(name, [d](const Tensor& t) { return guard([&] { return rt::to(t, d); }); });
  }
}

void bind_dtype(py::module_& m) {
  py::class_<DTypeObject> dt(m, "dtype", "A tensor element type: tsc.float32, tsc.int64, ...");
  dt.def_property_readonly("name", [](const DTypeObject& d) { return rt::dtype_name(d.dtype); })
      .def_property_readonly("itemsize", [](const DTypeObject& d) { return rt::element_size(d.dtype); })
      .def_property_readonly("is_floating_point",
                             [](const DTypeObject& d) { return rt::is_floating(d.dtype); })
      .def("__repr__", [](const DTypeObject& d) { return std::string("tsc.") + rt::dtype_name(d.dtype); })
      .def("__str__", [](const DTypeObject& d) { return std::string("tsc.") + rt::dtype_name(d.dtype); })
      .def("__eq__",
           [](const DTypeObject& d, py::handle other) -> py::object {
             if (py::isinstance<DTypeObject>(other))
               return py::bool_(other.cast<const DTypeObject&>().dtype == d.dtype);
             if (py::isinstance<py::str>(other)) {
               std::optional<DType> o = dtype_from_name(other.cast<std::string>());
               return py::bool_(o && *o == d.dtype);
             }
             return not_implemented();
           })
      .def("__hash__", [](const DTypeObject& d) { return py::hash(py::str(rt::dtype_name(d.dtype))); })
      .def("__reduce__", [](const DTypeObject& d) { return std::string(rt::dtype_name(d.dtype)); });
  for (int i = 0; i < rt::kNumDTypes; ++i) {
    DType d = static_cast<DType>(i);
    m.attr(rt::dtype_name(d)) = py::cast(&dtype_object(d), py::return_value_policy::reference);
  }
  static const std::pair<const char*, DType> kAliases[] = {
      {"float", DType::Float32}, {"double", DType::Float64}, {"half", DType::Float16},
      {"long", DType::Int64},    {"int", DType::Int32},      {"short", DType::Int16}};
  for (const auto& [alias, d] : kAliases)
    m.attr(alias) = py::cast(&dtype_object(d), py::return_value_policy::reference);
}

} // namespace

py::object tensor_to_python(Tensor t) {
  return py::cast(std::move(t));
}

std::optional<Tensor> tensor_from_python(py::handle o) {
  if (py::isinstance<Tensor>(o))
    return o.cast<Tensor>();
  if (is_ndarray(o))
    return from_numpy(o);
  if (!PyCapsule_CheckExact(o.ptr()) && py::hasattr(o, "__dlpack__") && py::hasattr(o, "__dlpack_device__"))
    return from_dlpack(o);
  return std::nullopt;
}

void bind_tensor(py::module_& m) {
  bind_dtype(m);
  bind_tensor_class(m);
  m.def("tensor", &make_tensor, py::arg("data"), py::arg("dtype") = py::none(),
        "torch.tensor: a new tensor (always a copy) from a number, nested lists/tuples, a numpy array or a "
        "tsc.Tensor; dtype inferred as torch does (bool, int64, float32).");
  m.def("as_tensor", &as_tensor, py::arg("data"), py::arg("dtype") = py::none(),
        "torch.as_tensor: shares memory with a tsc.Tensor, numpy array or DLPack producer (a torch tensor) "
        "when no dtype conversion is needed; copies lists and numbers.");
  m.def(
      "from_numpy", [](py::handle a) { return from_numpy(a); }, py::arg("array"),
      "torch.from_numpy: a tensor sharing the array's memory; the array stays alive while the tensor does.");
  m.def(
      "from_dlpack", [](py::handle o) { return from_dlpack(o); }, py::arg("obj"),
      "A tensor sharing the memory of an object with __dlpack__ (a torch tensor, a numpy array) or of a "
      "DLPack capsule (consumed).");
}

} // namespace tsc::python
