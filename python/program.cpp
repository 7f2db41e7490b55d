// python/program.cpp - The class registry and the text views of a function (code, schema).
#include "python/program.h"

#include "ir/printer.h"
#include "runtime/format.h"

#include <mutex>
#include <unordered_map>
#include <utility>
#include <variant>

namespace tsc::python {
namespace {

struct ClassRegistry {
  std::mutex mutex;
  std::unordered_map<const ir::ClassType*, std::weak_ptr<const ProgramHolder>> by_class;
};

ClassRegistry& registry() {
  static ClassRegistry* r = new ClassRegistry(); // never destroyed: objects may outlive static destruction
  return *r;
}

size_t indentation(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t'))
    ++n;
  return n;
}

bool is_blank(std::string_view line) {
  size_t n = indentation(line);
  return n == line.size() || line[n] == '#' || line[n] == '\r';
}

// The lines of the block opened at `first` (a def or class line): `first`
// and every following line that is blank or indented deeper, without
// trailing blank lines.
std::string block_text(const ir::Source& src, uint32_t first) {
  if (src.text().empty() || first == 0 || first > src.num_lines())
    return {};
  size_t base = indentation(src.line_text(first));
  uint32_t last = first;
  // A signature may span lines (inside brackets); the body starts after the
  // line that ends with ':'. Indented continuation lines count as body either way.
  for (uint32_t line = first + 1; line <= src.num_lines(); ++line) {
    std::string_view text = src.line_text(line);
    if (is_blank(text))
      continue;
    if (indentation(text) <= base)
      break;
    last = line;
  }
  uint32_t begin = src.offset_of(first, 1);
  uint32_t end = last == src.num_lines() ? static_cast<uint32_t>(src.text().size()) : src.offset_of(last + 1, 1);
  return src.text().substr(begin, end - begin);
}

std::string format_default(const ir::DefaultValue& d, ir::TypePtr type) {
  if (std::holds_alternative<std::monostate>(d))
    return "None";
  if (const auto* i = std::get_if<int64_t>(&d)) {
    if (type->kind() == ir::TypeKind::Float ||
        (type->is_optional() && type->element()->kind() == ir::TypeKind::Float))
      return ir::format_float(static_cast<double>(*i));
    return std::to_string(*i);
  }
  if (const auto* f = std::get_if<double>(&d))
    return ir::format_float(*f);
  if (const auto* b = std::get_if<bool>(&d))
    return *b ? "True" : "False";
  return runtime::repr_string(std::get<std::string>(d));
}

} // namespace

void register_classes(const HolderPtr& holder) {
  ClassRegistry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  for (const ir::ClassType* cls : holder->program->module().classes())
    r.by_class[cls] = holder;
}

HolderPtr holder_of_class(const ir::ClassType* cls) {
  ClassRegistry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.by_class.find(cls);
  return it == r.by_class.end() ? nullptr : it->second.lock();
}

bool same_class_layout(const ir::ClassType* from, const ir::ClassType* to) {
  if (from == to)
    return true;
  if (from->name() != to->name() || from->attributes().size() != to->attributes().size())
    return false;
  for (size_t i = 0; i < from->attributes().size(); ++i) {
    const auto& a = from->attributes()[i];
    const auto& b = to->attributes()[i];
    if (a.name != b.name || a.type->str() != b.type->str())
      return false;
  }
  return true;
}

namespace {

// Whether `line` of `src` opens the definition of `name` ("def name(").
bool is_def_line(const ir::Source& src, uint32_t line, std::string_view name) {
  std::string_view text = src.line_text(line);
  text.remove_prefix(indentation(text));
  return text.substr(0, 4) == "def " && text.substr(4, name.size()) == name;
}

// Where `fn`'s `def` line is: its own range, or for a function read back from
// IR text (whose `def` range is in the IR) found upwards from its first node
// that points into the original source.
std::pair<const ir::Source*, uint32_t> def_location(const ir::Function& fn) {
  std::string_view name = fn.name;
  if (size_t dot = name.rfind('.'); dot != std::string_view::npos)
    name.remove_prefix(dot + 1);
  const ir::SourceRange& r = fn.range;
  if (r.is_valid() && !r.source->text().empty() && is_def_line(*r.source, r.line, name))
    return {r.source.get(), r.line};
  for (const ir::Node* node : fn.graph->block()->nodes()) {
    // An inlined node's range is in its callee; the outermost call site is in `fn`.
    const ir::SourceRange* at = &node->range();
    for (const ir::InlinedCallStack* cs = node->inlined_at(); cs; cs = cs->parent)
      at = &cs->call_site;
    const ir::SourceRange& nr = *at;
    if (!nr.is_valid() || nr.source->text().empty())
      continue;
    for (uint32_t line = nr.line; line >= 1; --line) {
      if (is_def_line(*nr.source, line, name))
        return {nr.source.get(), line};
    }
    break;
  }
  return {nullptr, 0};
}

} // namespace

std::string function_code(const ir::Function& fn) {
  auto [source, line] = def_location(fn);
  return source ? block_text(*source, line) : std::string();
}

std::string class_code(const ir::Module& module, const ir::ClassType& cls) {
  // The class line is the nearest line above the first method that starts
  // with `class NAME` at a smaller indentation.
  const ir::Source* src = nullptr;
  uint32_t first = 0;
  for (const auto& fn : module.functions()) {
    if (fn->owner != &cls)
      continue;
    auto [source, line] = def_location(*fn);
    if (source && (!src || line < first)) {
      src = source;
      first = line;
    }
  }
  if (!src)
    return {};
  size_t method_indent = indentation(src->line_text(first));
  for (uint32_t line = first; line-- > 1;) {
    std::string_view text = src->line_text(line);
    if (is_blank(text))
      continue;
    size_t n = indentation(text);
    if (n < method_indent && text.substr(n, 6 + cls.name().size()) == "class " + cls.name())
      return block_text(*src, line);
  }
  return {};
}

std::string function_schema(const ir::Function& fn) {
  std::string out = fn.name + "(";
  bool star = false;
  for (size_t i = 0; i < fn.params.size(); ++i) {
    const ir::Parameter& p = fn.params[i];
    if (i)
      out += ", ";
    if (p.kwarg_only && !star) {
      out += "*, ";
      star = true;
    }
    out += p.type->str() + " " + p.name;
    if (p.default_value)
      out += "=" + format_default(*p.default_value, p.type);
  }
  out += ") -> " + (fn.return_type ? fn.return_type->str() : std::string("None"));
  return out;
}

} // namespace tsc::python
