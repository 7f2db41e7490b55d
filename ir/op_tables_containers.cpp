// ir/op_tables_containers.cpp - Schemas of list, tuple, dict and str ops and of builtins.
//
// Generic rows use the type variables t (element), K and V (dict key and
// value). Argument names are Python's keyword names (`s.split(sep=",",
// maxsplit=1)`, `l.sort(reverse=True)`), since the frontend matches keyword
// arguments against them. Tuples need no rows: their indexing, slicing and
// unpacking are prim:: nodes with constant indices.
#include "ir/op_tables.h"

namespace tsc::ir {
namespace {
constexpr OpTableEntry kContainerOps[] = {
    // ---- len, indexing, slicing ----
    {"aten::len.t(t[] a) -> int"},
    {"aten::len.str(str s) -> int"},
    {"aten::len.Dict(Dict(K, V) self) -> int"},
    {"aten::__getitem__.t(t[] list, int idx) -> t"},
    {"aten::__getitem__.str(str s, int index) -> str"},
    {"aten::__getitem__.Dict(Dict(K, V) self, K key) -> V"},
    {"aten::_set_item.t(t[](a!) l, int idx, t el) -> t[]"},
    {"aten::_set_item.Dict(Dict(K, V)(a!) l, K idx, V v) -> ()"},
    {"aten::Delete.t(t[](a!) self, int idx) -> ()"},
    {"aten::Delete.Dict(Dict(K, V)(a!) self, K key) -> ()"},
    {"aten::slice.t(t[] l, int? start=None, int? end=None, int step=1) -> t[]"},
    {"aten::slice.str(str string, int? start=None, int? end=None, int step=1) -> str"},

    // ---- list operators and methods ----
    {"aten::add.t(t[] a, t[] b) -> t[]"},
    {"aten::add_.t(t[](a!) self, t[] b) -> t[]"},
    {"aten::mul.left_t(t[] l, int n) -> t[]"},
    {"aten::eq.t(t[] a, t[] b) -> bool"},
    {"aten::ne.t(t[] a, t[] b) -> bool"},
    {"aten::__contains__.t(t[] l, t item) -> bool"},
    {"aten::append.t(t[](a!) self, t el) -> t[]"},
    {"aten::extend.t(t[](a!) self, t[] other) -> ()"},
    {"aten::insert.t(t[](a!) self, int idx, t el) -> ()"},
    {"aten::pop.t(t[](a!) self, int idx=-1) -> t"},
    {"aten::remove.t(t[](a!) self, t el) -> ()"},
    {"aten::index.list(t[] self, t el) -> int"},
    {"aten::count.t(t[] self, t el) -> int"},
    {"aten::sort.t(t[](a!) self, bool reverse=False) -> ()"},
    {"aten::reverse.t(t[](a!) self) -> ()"},
    {"aten::clear.t(t[](a!) self) -> ()"},
    {"aten::copy.t(t[] self) -> t[]"},

    // ---- builtins over lists: list(l), sorted, sum, min, max, any, all ----
    {"aten::list.t(t[] l) -> t[]"},
    {"aten::list.str(str s) -> str[]"},
    {"aten::sorted.t(t[] input, bool reverse=False) -> t[]"},
    {"aten::sum.int(int[] self, int start=0) -> int"},
    {"aten::sum.float(float[] self, float start=0.0) -> float"},
    {"aten::sum.bool(bool[] self, int start=0) -> int"},
    {"prim::min.self_int(int[] self) -> int"},
    {"prim::min.self_float(float[] self) -> float"},
    {"prim::min.self_str(str[] self) -> str"},
    {"prim::max.self_int(int[] self) -> int"},
    {"prim::max.self_float(float[] self) -> float"},
    {"prim::max.self_str(str[] self) -> str"},
    {"aten::any.bool(bool[] self) -> bool"},
    {"aten::all.bool(bool[] self) -> bool"},

    // ---- dicts ----
    {"aten::keys.Dict(Dict(K, V) self) -> K[]"},
    {"aten::values.Dict(Dict(K, V) self) -> V[]"},
    {"aten::items.Dict(Dict(K, V) self) -> (K, V)[]"},
    {"aten::get.Dict(Dict(K, V) self, K key) -> V?"},
    {"aten::get.Dict_default(Dict(K, V) self, K key, V default_value) -> V"},
    {"aten::pop.Dict(Dict(K, V)(a!) self, K key) -> V"},
    {"aten::pop.Dict_default(Dict(K, V)(a!) self, K key, V default_value) -> V"},
    {"aten::setdefault.Dict(Dict(K, V)(a!) self, K key, V default_value) -> V"},
    {"aten::update.Dict(Dict(K, V)(a!) self, Dict(K, V) to_add) -> ()"},
    {"aten::clear.Dict(Dict(K, V)(a!) self) -> ()"},
    {"aten::copy.Dict(Dict(K, V) self) -> Dict(K, V)"},
    {"aten::dict.Dict(Dict(K, V) self) -> Dict(K, V)"},
    {"aten::__contains__.Dict(Dict(K, V) dict, K key) -> bool"},
    {"aten::eq.Dict(Dict(K, V) a, Dict(K, V) b) -> bool"},
    {"aten::ne.Dict(Dict(K, V) a, Dict(K, V) b) -> bool"},

    // ---- strings: operators ----
    {"aten::add.str(str a, str b) -> str"},
    {"aten::mul.str(str self, int n) -> str"},
    {"aten::__contains__.str(str self, str sub) -> bool"},
    // f-strings: one `{}` in the format string per argument.
    {"aten::format(str self, ...) -> str"},

    // ---- strings: methods (Python's str semantics) ----
    {"aten::split.str(str self, str? sep=None, int maxsplit=-1) -> str[]"},
    {"aten::splitlines(str self, bool keepends=False) -> str[]"},
    {"aten::join(str self, str[] values) -> str"},
    {"aten::strip(str self, str? chars=None) -> str"},
    {"aten::lstrip(str self, str? chars=None) -> str"},
    {"aten::rstrip(str self, str? chars=None) -> str"},
    {"aten::startswith(str self, str prefix, int start=0, int? end=None) -> bool"},
    {"aten::endswith(str self, str suffix, int start=0, int? end=None) -> bool"},
    {"aten::find(str self, str sub, int start=0, int? end=None) -> int"},
    {"aten::rfind(str self, str sub, int start=0, int? end=None) -> int"},
    {"aten::index.str(str self, str sub, int start=0, int? end=None) -> int"},
    {"aten::rindex(str self, str sub, int start=0, int? end=None) -> int"},
    {"aten::count.str(str self, str sub, int start=0, int? end=None) -> int"},
    {"aten::replace(str self, str old, str new, int count=-1) -> str"},
    {"aten::upper(str self) -> str"},
    {"aten::lower(str self) -> str"},
    {"aten::capitalize(str self) -> str"},
    {"aten::title(str self) -> str"},
    {"aten::swapcase(str self) -> str"},
    {"aten::isdigit(str self) -> bool"},
    {"aten::isalpha(str self) -> bool"},
    {"aten::isalnum(str self) -> bool"},
    {"aten::isspace(str self) -> bool"},
    {"aten::isupper(str self) -> bool"},
    {"aten::islower(str self) -> bool"},
    {"aten::zfill(str self, int width) -> str"},
    {"aten::ljust(str self, int width, str fillchar=\" \") -> str"},
    {"aten::rjust(str self, int width, str fillchar=\" \") -> str"},
    {"aten::center(str self, int width, str fillchar=\" \") -> str"},
    // Three outputs (head, sep, tail); the frontend packs them into a tuple.
    {"aten::partition(str self, str sep) -> (str, str, str)"},
    {"aten::rpartition(str self, str sep) -> (str, str, str)"},

    // ---- effects ----
    {"prim::Print(...) -> ()", OpEffect::External},
    {"prim::RaiseException(str msg) -> ()", OpEffect::External},
};
} // namespace

std::span<const OpTableEntry> container_op_table() {
  return kContainerOps;
}

} // namespace tsc::ir
