// ir/printer.cpp - Writes graphs, functions and modules in the IR text format of docs/ir.md.
#include "ir/printer.h"

#include "ir/assert.h"

#include <charconv>
#include <cmath>
#include <unordered_set>

namespace tsc::ir {

std::string format_float(double v) {
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    return v < 0 ? "-inf" : "inf";
  // Shortest round-trip digits in scientific form ("d.ddde±XX"), then laid
  // out as Python's repr does: positional when -4 <= exponent < 16.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), v, std::chars_format::scientific);
  TSC_ASSERT(res.ec == std::errc(), "to_chars failed");
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  std::string out;
  if (sci.front() == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  size_t e_pos = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e_pos)) {
    if (c != '.')
      digits.push_back(c);
  }
  int exponent = 0;
  std::string_view exp_text = sci.substr(e_pos + 1);
  if (exp_text.front() == '+')
    exp_text.remove_prefix(1);
  std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
  while (digits.size() > 1 && digits.back() == '0')
    digits.pop_back();

  const int ndigits = static_cast<int>(digits.size());
  const int point = exponent + 1; // digits are 0.DIGITS * 10^point
  if (exponent >= -4 && exponent < 16) {
    // Python's repr switches to exponent notation below 1e-4 and from 1e16 on.
    if (point <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-point), '0');
      out += digits;
    } else if (point >= ndigits) {
      out += digits;
      out.append(static_cast<size_t>(point - ndigits), '0');
      out += ".0";
    } else {
      out.append(digits, 0, static_cast<size_t>(point));
      out.push_back('.');
      out.append(digits, static_cast<size_t>(point));
    }
    return out;
  }
  out.push_back(digits[0]);
  if (ndigits > 1) {
    out.push_back('.');
    out.append(digits, 1);
  }
  out.push_back('e');
  out.push_back(exponent < 0 ? '-' : '+');
  int magnitude = exponent < 0 ? -exponent : exponent;
  if (magnitude < 10)
    out.push_back('0');
  out += std::to_string(magnitude);
  return out;
}

// [A-Za-z_][A-Za-z0-9_]*: a name the class header prints bare.
static bool is_identifier(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9'))
    return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

std::string quote_string(std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (char c : s) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default: {
      auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f) {
        out += "\\x";
        out.push_back(kHex[u >> 4]);
        out.push_back(kHex[u & 15]);
      } else {
        out.push_back(c); // printable ASCII and UTF-8 bytes as they are
      }
    }
    }
  }
  out.push_back('"');
  return out;
}

namespace {

// Gives every value its printed name, in print order: a graph's inputs, then
// per node its outputs followed by each block's parameters and nodes.
// See docs/ir.md "Value names": a debug name prints as itself, or with the
// first free ".N" suffix when taken; unnamed values are numbered 0, 1, ...
class Namer {
public:
  void name_graph(const Graph& g, const std::vector<Parameter>* params) {
    const auto& inputs = g.inputs();
    for (size_t i = 0; i < inputs.size(); ++i) {
      const std::string* preferred = params != nullptr && i < params->size() ? &(*params)[i].name : nullptr;
      assign(inputs[i], preferred);
    }
    name_block(g.block());
  }

  /// A value defined outside the graph (broken IR, printed while debugging a
  /// pass) prints as "%<undefined>" rather than aborting; the verifier reports it.
  const std::string& operator[](const Value* v) const {
    static const std::string kUndefined = "<undefined>";
    auto it = names_.find(v);
    return it != names_.end() ? it->second : kUndefined;
  }

  std::unordered_map<const Value*, std::string> take() { return std::move(names_); }

private:
  void name_block(const Block* b) {
    for (const Node* n : b->nodes()) {
      for (const Value* v : n->outputs())
        assign(v, nullptr);
      for (const Block* nested : n->blocks()) {
        for (const Value* p : nested->params())
          assign(p, nullptr);
        name_block(nested);
      }
    }
  }

  void assign(const Value* v, const std::string* preferred) {
    const std::string& base =
        !v->debug_name().empty() || preferred == nullptr || preferred->empty() ? v->debug_name() : *preferred;
    if (base.empty() || (base[0] >= '0' && base[0] <= '9')) {
      names_.emplace(v, std::to_string(next_number_++));
      return;
    }
    if (used_.insert(base).second) {
      names_.emplace(v, base);
      return;
    }
    // Probing resumes where the last clash of this base left off, so many
    // values with one debug name cost linear time.
    size_t& suffix = next_suffix_[base];
    for (;;) {
      std::string candidate = base;
      candidate.push_back('.');
      candidate += std::to_string(++suffix);
      if (used_.insert(candidate).second) {
        names_.emplace(v, std::move(candidate));
        return;
      }
    }
  }

  std::unordered_map<const Value*, std::string> names_;
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, size_t> next_suffix_;
  size_t next_number_ = 0;
};

void print_attribute_value(std::string& out, const AttributeValue& v) {
  if (const auto* i = std::get_if<int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (const auto* d = std::get_if<double>(&v)) {
    out += format_float(*d);
  } else if (const auto* b = std::get_if<bool>(&v)) {
    out += *b ? "True" : "False";
  } else if (const auto* s = std::get_if<std::string>(&v)) {
    out += quote_string(*s);
  } else {
    out += std::get<TypePtr>(v)->str();
  }
}

void print_default_value(std::string& out, const DefaultValue& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    out += "None";
  } else if (const auto* i = std::get_if<int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (const auto* d = std::get_if<double>(&v)) {
    out += format_float(*d);
  } else if (const auto* b = std::get_if<bool>(&v)) {
    out += *b ? "True" : "False";
  } else {
    out += quote_string(std::get<std::string>(v));
  }
}

class Printer {
public:
  Printer(const Namer& names, const PrintOptions& options, std::string& out)
      : names_(names), options_(options), out_(out) {}

  void print_value_list(const std::vector<Value*>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      if (i)
        out_ += ", ";
      out_.push_back('%');
      out_ += names_[values[i]];
    }
  }

  void print_typed_values(const std::vector<Value*>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      if (i)
        out_ += ", ";
      out_.push_back('%');
      out_ += names_[values[i]];
      out_ += " : ";
      out_ += values[i]->type()->str();
    }
  }

  void print_body(const Graph& g) {
    print_nodes(g.block(), 2);
    out_ += "  return (";
    print_value_list(g.outputs());
    out_ += ")\n";
  }

private:
  void indent(int n) { out_.append(static_cast<size_t>(n), ' '); }

  void print_nodes(const Block* b, int depth) {
    for (const Node* n : b->nodes())
      print_node(n, depth);
  }

  // node: [OUTPUTS ' = '] KIND ['[' ATTRS ']'] '(' INPUTS ')' ['  # FILE:LINE:COL' inlined*] blocks
  // inlined: ' [inlined NAME at FILE:LINE:COL]'
  void print_node(const Node* n, int depth) {
    indent(depth);
    if (n->num_outputs() != 0) {
      print_typed_values(n->outputs());
      out_ += " = ";
    }
    out_ += n->kind().qualified();
    if (!n->attributes().empty()) {
      out_.push_back('[');
      for (size_t i = 0; i < n->attributes().size(); ++i) {
        if (i)
          out_ += ", ";
        const Attribute& a = n->attributes()[i];
        out_ += a.name;
        out_.push_back('=');
        print_attribute_value(out_, a.value);
      }
      out_.push_back(']');
    }
    out_.push_back('(');
    print_value_list(n->inputs());
    out_.push_back(')');
    if (options_.locations && n->range().is_valid()) {
      const SourceRange& r = n->range();
      out_ += "  # ";
      out_ += r.filename();
      out_.push_back(':');
      out_ += std::to_string(r.line);
      out_.push_back(':');
      out_ += std::to_string(r.col);
      // See Note [Inlined call stacks]: innermost inlining first.
      for (const InlinedCallStack* cs = n->inlined_at(); cs != nullptr; cs = cs->parent) {
        if (!cs->call_site.is_valid())
          break;
        out_ += " [inlined ";
        out_ += cs->function;
        out_ += " at ";
        out_ += cs->call_site.filename();
        out_ += ':' + std::to_string(cs->call_site.line) + ':' + std::to_string(cs->call_site.col) + ']';
      }
    }
    out_.push_back('\n');
    for (size_t i = 0; i < n->blocks().size(); ++i) {
      const Block* b = n->blocks()[i];
      indent(depth + 2);
      out_ += "block";
      out_ += std::to_string(i);
      out_.push_back('(');
      print_typed_values(b->params());
      out_ += "):\n";
      print_nodes(b, depth + 4);
      indent(depth + 4);
      out_ += "-> (";
      print_value_list(b->outputs());
      out_ += ")\n";
    }
  }

  const Namer& names_;
  const PrintOptions& options_;
  std::string& out_;
};

void print_function_to(std::string& out, const Function& fn, const PrintOptions& options) {
  TSC_ASSERT(fn.graph != nullptr, "printing a function without a graph");
  TSC_ASSERT(fn.return_type != nullptr, "printing a function without a return type");
  Namer names;
  names.name_graph(*fn.graph, &fn.params);
  out += "graph @";
  out += fn.name;
  out.push_back('(');
  const auto& inputs = fn.graph->inputs();
  bool kwarg_only = false;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Parameter* p = i < fn.params.size() ? &fn.params[i] : nullptr;
    if (i)
      out += ", ";
    if (p != nullptr && p->kwarg_only && !kwarg_only) {
      kwarg_only = true;
      out += "*, ";
    }
    out.push_back('%');
    out += names[inputs[i]];
    out += " : ";
    out += inputs[i]->type()->str();
    if (p != nullptr && p->default_value) {
      out += " = ";
      print_default_value(out, *p->default_value);
    }
  }
  out += ") -> ";
  out += fn.return_type->str();
  out += ":\n";
  Printer(names, options, out).print_body(*fn.graph);
}

void print_class_to(std::string& out, const ClassType& cls) {
  out += "class ";
  out += cls.name();
  out += ":\n";
  for (const ClassType::Attribute& a : cls.attributes()) {
    out += "  ";
    // ModuleList children are named "0", "1", ...: not identifiers, so quoted.
    out += is_identifier(a.name) ? a.name : quote_string(a.name);
    out += " : ";
    out += a.type->str();
    if (a.kind != ClassType::AttributeKind::Plain) {
      out += " [";
      out += attribute_kind_name(a.kind);
      out += "]";
    }
    out.push_back('\n');
  }
  for (const std::string& m : cls.methods()) {
    out += "  def ";
    out += m;
    out.push_back('\n');
  }
}

} // namespace

std::string print_graph(const Graph& graph, const PrintOptions& options) {
  Namer names;
  names.name_graph(graph, nullptr);
  std::string out = "graph(";
  Printer printer(names, options, out);
  printer.print_typed_values(graph.inputs());
  out += "):\n";
  printer.print_body(graph);
  return out;
}

std::string print_function(const Function& fn, const PrintOptions& options) {
  std::string out;
  print_function_to(out, fn, options);
  return out;
}

std::string print_module(const Module& module, const PrintOptions& options) {
  std::string out;
  bool first = true;
  for (const ClassType* cls : module.classes()) {
    if (!first)
      out.push_back('\n');
    first = false;
    print_class_to(out, *cls);
  }
  for (const auto& fn : module.functions()) {
    if (!first)
      out.push_back('\n');
    first = false;
    print_function_to(out, *fn, options);
  }
  return out;
}

std::unordered_map<const Value*, std::string> value_names(const Function& fn) {
  Namer names;
  if (fn.graph != nullptr)
    names.name_graph(*fn.graph, &fn.params);
  return names.take();
}

} // namespace tsc::ir
