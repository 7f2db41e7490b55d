// ir/op_registry.cpp - Schema parsing, call matching and the process-wide operator registry.
#include "ir/op_registry.h"

#include "ir/assert.h"
#include "ir/op_tables.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace tsc::ir {
namespace {

bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ident_char(char c) {
  return is_ident_start(c) || (c >= '0' && c <= '9');
}

// A type variable: a lowercase identifier that names no type ("t", "t1"), or K, V, T.
bool is_type_var_name(std::string_view id) {
  if (id == "K" || id == "V" || id == "T")
    return true;
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z'))
    return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  }
  return true;
}

// Recursive descent over one schema string. Every parse_* returns false after
// recording the first error.
class SchemaParser {
public:
  SchemaParser(std::string_view text, std::string* error) : s_(text), error_(error) {}

  // schema: NS '::' NAME ['.' OVERLOAD] '(' arguments ')' '->' returns
  std::optional<OpSchema> parse() {
    OpSchema schema;
    schema.text = std::string(s_);
    skip_ws();
    std::string ns, name;
    if (!ident(&ns) || !expect("::") || !ident(&name))
      return std::nullopt;
    schema.kind = Symbol::from_qualified(ns + "::" + name);
    if (accept(".") && !ident(&schema.overload))
      return std::nullopt;
    if (!expect("(") || !parse_arguments(&schema) || !expect(")") || !expect("->") ||
        !parse_returns(&schema)) {
      return std::nullopt;
    }
    skip_ws();
    if (pos_ != s_.size()) {
      fail("unexpected text after the return type");
      return std::nullopt;
    }
    return schema;
  }

private:
  // arguments: [argument (',' argument)*]; argument: '*' | '...' | type NAME ['=' default]
  bool parse_arguments(OpSchema* schema) {
    if (peek(')'))
      return true;
    bool kwarg_only = false;
    do {
      if (accept("...")) {
        schema->is_vararg = true;
        if (!peek(')'))
          return fail("'...' must be the last argument");
        return true;
      }
      if (accept("*")) {
        if (kwarg_only)
          return fail("'*' appears twice");
        kwarg_only = true;
        continue;
      }
      SchemaArgument arg;
      arg.kwarg_only = kwarg_only;
      fixed_list_size_ = 0;
      if (!parse_type(&arg.type, &arg.is_mutated) || !ident(&arg.name))
        return false;
      arg.fixed_list_size = fixed_list_size_;
      for (const SchemaArgument& other : schema->arguments) {
        if (other.name == arg.name)
          return fail("argument '" + arg.name + "' appears twice");
      }
      if (accept("=")) {
        DefaultValue v;
        if (accept("[")) { // an int list default: [] or [1] or [0, 0]
          TypePtr t = arg.type->is_optional() ? arg.type->element() : arg.type;
          if (t->kind() != TypeKind::List || t->element()->kind() != TypeKind::Int)
            return fail("bad default value: a list default needs an int[] argument");
          arg.list_default.emplace();
          while (!accept("]")) {
            if (!arg.list_default->empty() && !expect(","))
              return false;
            if (!parse_default(&v) || !std::holds_alternative<int64_t>(v))
              return fail("list defaults must hold ints");
            arg.list_default->push_back(std::get<int64_t>(v));
          }
          v = std::monostate{};
        } else if (!parse_default(&v)) {
          return false;
        }
        arg.default_value = std::move(v);
      }
      schema->arguments.push_back(std::move(arg));
    } while (accept(","));
    return true;
  }

  // returns: '(' [type [NAME] (',' type [NAME])*] ')' | type
  // "-> (int, int)" is two outputs; a suffix makes the parentheses a tuple
  // type again: "-> (K, V)[]" is one List[Tuple[K, V]].
  bool parse_returns(OpSchema* schema) {
    bool mutated = false;
    if (!accept("(")) {
      TypePtr t;
      if (!parse_type(&t, &mutated))
        return false;
      schema->returns.push_back(t);
      return true;
    }
    std::vector<TypePtr> returns;
    if (!accept(")")) {
      do {
        TypePtr t;
        if (!parse_type(&t, &mutated))
          return false;
        std::string ignored_name;
        skip_ws();
        if (pos_ < s_.size() && is_ident_start(s_[pos_]) && !ident(&ignored_name))
          return false;
        returns.push_back(t);
      } while (accept(","));
      if (!expect(")"))
        return false;
    }
    if (peek('[') || peek('?')) {
      TypePtr t = Type::tuple_of(std::move(returns));
      if (!parse_suffixes(&t, &mutated))
        return false;
      schema->returns.push_back(t);
      return true;
    }
    schema->returns = std::move(returns);
    return true;
  }

  // type: base ('[]' | '[' INT ']' | '?' | alias)*
  // base: NAME | 'Dict' '(' type ',' type ')' | '(' [type (',' type)*] ')'
  bool parse_type(TypePtr* out, bool* mutated) {
    skip_ws();
    if (accept("(")) {
      std::vector<TypePtr> elems;
      if (!accept(")")) {
        do {
          TypePtr t;
          if (!parse_type(&t, mutated))
            return false;
          elems.push_back(t);
        } while (accept(","));
        if (!expect(")"))
          return false;
      }
      *out = Type::tuple_of(std::move(elems));
    } else {
      std::string id;
      if (!ident(&id))
        return false;
      if (id == "Dict") {
        TypePtr k, v;
        if (!expect("(") || !parse_type(&k, mutated) || !expect(",") || !parse_type(&v, mutated) ||
            !expect(")")) {
          return false;
        }
        *out = Type::dict_of(k, v);
      } else if (id == "int" || id == "SymInt" || id == "ScalarType" || id == "Layout" ||
                 id == "MemoryFormat") {
        *out = Type::int_type();
      } else if (id == "Device") {
        *out = Type::str_type();
      } else if (id == "float") {
        *out = Type::float_type();
      } else if (id == "bool") {
        *out = Type::bool_type();
      } else if (id == "str") {
        *out = Type::str_type();
      } else if (id == "Tensor") {
        *out = Type::tensor_type();
      } else if (id == "Scalar" || id == "number") {
        *out = Type::number_type();
      } else if (id == "Any") {
        *out = Type::any_type();
      } else if (id == "None" || id == "NoneType") {
        *out = Type::none_type();
      } else if (is_type_var_name(id)) {
        *out = Type::type_var(id);
      } else {
        return fail("unknown type '" + id + "'");
      }
    }
    return parse_suffixes(out, mutated);
  }

  bool parse_suffixes(TypePtr* out, bool* mutated) {
    for (;;) {
      if (accept("?")) {
        *out = Type::optional_of(*out);
      } else if (accept("[")) {
        int64_t n = 0;
        while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
          n = n * 10 + (s_[pos_++] - '0'); // fixed size: int[2]
        fixed_list_size_ = n;
        if (!expect("]"))
          return false;
        *out = Type::list_of(*out);
      } else if (peek('(')) {
        if (!parse_alias(mutated))
          return false;
      } else {
        return true;
      }
    }
  }

  // alias: '(' NAME ['!'] ['->' ('*' | NAME)] ')', e.g. (a), (a!), (a -> *)
  bool parse_alias(bool* mutated) {
    expect("(");
    std::string set;
    if (!ident(&set))
      return false;
    if (accept("!"))
      *mutated = true;
    if (accept("->")) {
      std::string target;
      if (!accept("*") && !ident(&target))
        return false;
    }
    return expect(")");
  }

  // default: 'None' | 'True' | 'False' | INT | FLOAT | STRING | ['-'] ('inf' | 'nan')
  bool parse_default(DefaultValue* out) {
    skip_ws();
    if (pos_ >= s_.size())
      return fail("expected a default value");
    char c = s_[pos_];
    if (c == '"' || c == '\'')
      return parse_string(out);
    if (is_ident_start(c)) {
      std::string id;
      ident(&id);
      if (id == "None")
        *out = std::monostate{};
      else if (id == "True")
        *out = true;
      else if (id == "False")
        *out = false;
      else if (id == "inf")
        *out = std::numeric_limits<double>::infinity();
      else if (id == "nan")
        *out = std::numeric_limits<double>::quiet_NaN();
      else
        return fail("bad default value '" + id + "'");
      return true;
    }
    size_t begin = pos_;
    if (s_[pos_] == '-')
      ++pos_;
    if (s_.substr(pos_, 3) == "inf") {
      pos_ += 3;
      *out = -std::numeric_limits<double>::infinity();
      return true;
    }
    bool is_float = false;
    while (pos_ < s_.size()) {
      char d = s_[pos_];
      if (d >= '0' && d <= '9') {
        ++pos_;
      } else if (d == '.' || d == 'e' || d == 'E') {
        is_float = true;
        ++pos_;
        if ((d == 'e' || d == 'E') && pos_ < s_.size() && (s_[pos_] == '-' || s_[pos_] == '+'))
          ++pos_;
      } else {
        break;
      }
    }
    std::string_view num = s_.substr(begin, pos_ - begin);
    if (num.empty() || num == "-")
      return fail("bad default value");
    const char* first = num.data();
    const char* last = num.data() + num.size();
    if (is_float) {
      double d = 0;
      auto r = std::from_chars(first, last, d);
      if (r.ec != std::errc() || r.ptr != last)
        return fail("bad default value '" + std::string(num) + "'");
      *out = d;
    } else {
      int64_t i = 0;
      auto r = std::from_chars(first, last, i);
      if (r.ec != std::errc() || r.ptr != last)
        return fail("bad default value '" + std::string(num) + "'");
      *out = i;
    }
    return true;
  }

  bool parse_string(DefaultValue* out) {
    char quote = s_[pos_++];
    std::string value;
    while (pos_ < s_.size() && s_[pos_] != quote) {
      char c = s_[pos_++];
      if (c != '\\') {
        value.push_back(c);
        continue;
      }
      if (pos_ >= s_.size())
        break;
      char e = s_[pos_++];
      switch (e) {
      case 'n':
        value.push_back('\n');
        break;
      case 't':
        value.push_back('\t');
        break;
      case 'r':
        value.push_back('\r');
        break;
      case '\\':
        value.push_back('\\');
        break;
      case '\'':
        value.push_back('\'');
        break;
      case '"':
        value.push_back('"');
        break;
      default:
        return fail(std::string("unknown escape '\\") + e + "' in a default string");
      }
    }
    if (pos_ >= s_.size())
      return fail("unterminated default string");
    ++pos_;
    *out = std::move(value);
    return true;
  }

  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n'))
      ++pos_;
  }
  bool peek(char c) {
    skip_ws();
    return pos_ < s_.size() && s_[pos_] == c;
  }
  bool accept(std::string_view tok) {
    skip_ws();
    if (s_.substr(pos_, tok.size()) != tok)
      return false;
    pos_ += tok.size();
    return true;
  }
  bool expect(std::string_view tok) {
    if (accept(tok))
      return true;
    return fail("expected '" + std::string(tok) + "'");
  }
  bool ident(std::string* out) {
    skip_ws();
    if (pos_ >= s_.size() || !is_ident_start(s_[pos_]))
      return fail("expected a name");
    size_t begin = pos_;
    while (pos_ < s_.size() && is_ident_char(s_[pos_]))
      ++pos_;
    *out = std::string(s_.substr(begin, pos_ - begin));
    return true;
  }
  bool fail(const std::string& msg) {
    if (error_ != nullptr && error_->empty()) {
      *error_ = msg;
      *error_ += " at column ";
      *error_ += std::to_string(pos_ + 1);
      if (pos_ < s_.size()) {
        *error_ += " (found '";
        error_->push_back(s_[pos_]);
        *error_ += "')";
      } else {
        *error_ += " (found end of schema)";
      }
    }
    return false;
  }

  std::string_view s_;
  std::string* error_;
  size_t pos_ = 0;
  int64_t fixed_list_size_ = 0; // N of the last `T[N]` parsed
};

bool contains_var(TypePtr t) {
  if (t->kind() == TypeKind::Var)
    return true;
  for (TypePtr c : t->contained()) {
    if (contains_var(c))
      return true;
  }
  return false;
}

using Bindings = std::vector<std::pair<TypePtr, TypePtr>>; // type variable -> bound type

TypePtr lookup(const Bindings& b, TypePtr var) {
  for (const auto& [v, bound] : b) {
    if (v == var)
      return bound;
  }
  return nullptr;
}

// Matches an actual type against a formal one, binding type variables. Inside
// List and Dict (`invariant`) types must be equal; elsewhere a subtype will do.
// A variable is bound at its first use; a later use must be a subtype of the
// binding (equal where invariant), as TorchScript checks the substituted type.
bool match_type(TypePtr formal, TypePtr actual, Bindings& b, bool invariant) {
  if (!contains_var(formal))
    return invariant ? formal == actual : is_subtype(actual, formal);
  switch (formal->kind()) {
  case TypeKind::Var: {
    TypePtr bound = lookup(b, formal);
    if (bound == nullptr) {
      b.emplace_back(formal, actual);
      return true;
    }
    return invariant ? bound == actual : is_subtype(actual, bound);
  }
  case TypeKind::List:
    return actual->kind() == TypeKind::List && match_type(formal->element(), actual->element(), b, true);
  case TypeKind::Dict:
    return actual->kind() == TypeKind::Dict && match_type(formal->key(), actual->key(), b, true) &&
           match_type(formal->value(), actual->value(), b, true);
  case TypeKind::Tuple: {
    if (actual->kind() != TypeKind::Tuple || actual->contained().size() != formal->contained().size()) {
      return false;
    }
    for (size_t i = 0; i < formal->contained().size(); ++i) {
      if (!match_type(formal->contained()[i], actual->contained()[i], b, invariant))
        return false;
    }
    return true;
  }
  case TypeKind::Optional:
    if (actual->is_optional())
      return match_type(formal->element(), actual->element(), b, invariant);
    if (invariant)
      return false;
    if (actual->is_none())
      return true; // None fits T? without saying what T is
    return match_type(formal->element(), actual, b, false);
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Class:
    break;
  }
  TSC_UNREACHABLE("leaf type containing a type variable");
}

// The formal type with its variables replaced by their bindings; null when one is unbound.
TypePtr substitute(TypePtr t, const Bindings& b) {
  if (!contains_var(t))
    return t;
  switch (t->kind()) {
  case TypeKind::Var:
    return lookup(b, t);
  case TypeKind::List: {
    TypePtr e = substitute(t->element(), b);
    return e ? Type::list_of(e) : nullptr;
  }
  case TypeKind::Optional: {
    TypePtr e = substitute(t->element(), b);
    return e ? Type::optional_of(e) : nullptr;
  }
  case TypeKind::Dict: {
    TypePtr k = substitute(t->key(), b);
    TypePtr v = substitute(t->value(), b);
    return k && v ? Type::dict_of(k, v) : nullptr;
  }
  case TypeKind::Tuple: {
    std::vector<TypePtr> elems;
    for (TypePtr c : t->contained()) {
      TypePtr e = substitute(c, b);
      if (e == nullptr)
        return nullptr;
      elems.push_back(e);
    }
    return Type::tuple_of(std::move(elems));
  }
  case TypeKind::Any:
  case TypeKind::None:
  case TypeKind::Int:
  case TypeKind::Float:
  case TypeKind::Bool:
  case TypeKind::Str:
  case TypeKind::Tensor:
  case TypeKind::Number:
  case TypeKind::Class:
    break;
  }
  TSC_UNREACHABLE("leaf type containing a type variable");
}

} // namespace

std::string OpSchema::qualified_name() const {
  std::string name(kind.qualified());
  if (!overload.empty()) {
    name.push_back('.');
    name += overload;
  }
  return name;
}

std::optional<OpSchema> parse_schema(std::string_view text, std::string* error) {
  return SchemaParser(text, error).parse();
}

std::optional<SchemaMatch> match_schema(const OpSchema& schema, const CallArguments& args,
                                        bool allow_int_to_float) {
  const size_t num_formals = schema.arguments.size();
  const size_t num_positional = args.positional.size();
  SchemaMatch match;
  match.schema = &schema;
  match.argument_sources.assign(num_formals, -1);

  // Positional arguments fill the leading non-keyword-only parameters.
  size_t positional_slots = 0;
  while (positional_slots < num_formals && !schema.arguments[positional_slots].kwarg_only)
    ++positional_slots;
  // Extra positional arguments go to "..." (which follows every declared argument).
  if (num_positional > positional_slots && (!schema.is_vararg || positional_slots < num_formals)) {
    return std::nullopt;
  }
  size_t bound_positional = std::min(num_positional, positional_slots);
  for (size_t i = 0; i < bound_positional; ++i)
    match.argument_sources[i] = static_cast<int>(i);

  for (size_t k = 0; k < args.keywords.size(); ++k) {
    const std::string& name = args.keywords[k].first;
    size_t formal = num_formals;
    for (size_t i = 0; i < num_formals; ++i) {
      if (schema.arguments[i].name == name)
        formal = i;
    }
    if (formal == num_formals || match.argument_sources[formal] != -1)
      return std::nullopt;
    match.argument_sources[formal] = static_cast<int>(num_positional + k);
  }

  Bindings bindings;
  for (size_t i = 0; i < num_formals; ++i) {
    const SchemaArgument& formal = schema.arguments[i];
    int source = match.argument_sources[i];
    if (source < 0) {
      if (!formal.default_value)
        return std::nullopt;
      continue;
    }
    size_t src = static_cast<size_t>(source);
    TypePtr actual = src < num_positional ? args.positional[src] : args.keywords[src - num_positional].second;
    if (match_type(formal.type, actual, bindings, false))
      continue;
    if (allow_int_to_float && formal.type == Type::float_type() && actual == Type::int_type()) {
      match.int_to_float.push_back(src);
      continue;
    }
    return std::nullopt;
  }

  for (TypePtr r : schema.returns) {
    TypePtr bound = substitute(r, bindings);
    if (bound == nullptr)
      return std::nullopt;
    match.return_types.push_back(bound);
  }
  return match;
}

// ---------------------------------------------------------------------------
// OpRegistry

namespace {
// Ops that raise for no input of their declared types (Python's semantics
// with 64-bit ints: +, -, * on ints overflow, so they are not here). Every
// other op may raise. DCE reads this through OpSchema::may_raise.
constexpr const char* kCannotRaise[] = {
    "aten::add.float", "aten::sub.float", "aten::mul.float", "aten::neg.float",
    "aten::__and__.int", "aten::__and__.bool", "aten::__or__.int", "aten::__or__.bool",
    "aten::__xor__.int", "aten::__xor__.bool", "aten::__invert__.int", "aten::__not__",
    "aten::eq.int", "aten::eq.float", "aten::eq.int_float", "aten::eq.float_int", "aten::eq.bool",
    "aten::eq.str", "aten::ne.int", "aten::ne.float", "aten::ne.int_float", "aten::ne.float_int",
    "aten::ne.bool", "aten::ne.str", "aten::lt.int", "aten::lt.float", "aten::lt.int_float",
    "aten::lt.float_int", "aten::lt.str", "aten::le.int", "aten::le.float", "aten::le.int_float",
    "aten::le.float_int", "aten::le.str", "aten::gt.int", "aten::gt.float", "aten::gt.int_float",
    "aten::gt.float_int", "aten::gt.str", "aten::ge.int", "aten::ge.float", "aten::ge.int_float",
    "aten::ge.float_int", "aten::ge.str", "aten::__is__", "aten::__isnot__",
    "aten::Int.bool", "aten::Float.int", "aten::Float.bool", "aten::Bool.int", "aten::Bool.float",
    "prim::abs.float", "prim::min.int", "prim::min.float", "prim::min.str", "prim::max.int",
    "prim::max.float", "prim::max.str", "aten::hex", "aten::oct", "aten::bin",
    "aten::atan.float", "aten::atan2.float", "aten::tanh.float", "aten::fabs.float",
    "aten::isnan.float", "aten::isinf.float", "aten::isfinite.float", "aten::copysign.float",
    "aten::len.t", "aten::len.str", "aten::len.Dict", "aten::add.str", "aten::__contains__.str",
    "aten::splitlines", "aten::strip", "aten::lstrip", "aten::rstrip", "aten::upper", "aten::lower",
    "aten::startswith", "aten::endswith", "aten::find", "aten::rfind", "aten::count.str",
    "aten::capitalize", "aten::title", "aten::swapcase", "aten::isdigit", "aten::isalpha",
    "aten::isalnum", "aten::isspace", "aten::isupper", "aten::islower", "aten::zfill",
};
} // namespace

const OpRegistry& OpRegistry::global() {
  static const OpRegistry registry;
  return registry;
}

OpRegistry::OpRegistry() {
  for (const OpTableEntry& row : scalar_op_table())
    add(row.schema, row.effect);
  for (const OpTableEntry& row : container_op_table())
    add(row.schema, row.effect);
  for (const OpTableEntry& row : tensor_op_table())
    add(row.schema, row.effect);
  for (const OpTableEntry& row : tensor_inplace_op_table())
    add(row.schema, row.effect);
  for (const char* name : kCannotRaise)
    TSC_ASSERT(by_name_.count(name) != 0, "a name in kCannotRaise that is no schema");
}

void OpRegistry::add(std::string_view text, OpEffect effect) {
  std::string error;
  std::optional<OpSchema> parsed = parse_schema(text, &error);
  if (!parsed) {
    std::string msg = "bad schema in an op table: " + std::string(text) + ": " + error;
    TSC_ASSERT(parsed, msg);
  }
  auto schema = std::make_unique<OpSchema>(std::move(*parsed));
  schema->id = static_cast<uint32_t>(schemas_.size());
  schema->effect = effect;
  if (effect == OpEffect::Pure) {
    for (const SchemaArgument& a : schema->arguments) {
      if (a.is_mutated)
        schema->effect = OpEffect::Mutates;
    }
  }
  std::string name = schema->qualified_name();
  schema->may_raise = std::find(std::begin(kCannotRaise), std::end(kCannotRaise), std::string_view(name)) ==
                      std::end(kCannotRaise);
  if (by_name_.count(name) != 0) {
    std::string msg = "schema registered twice: " + std::string(text);
    TSC_ASSERT(false, msg);
  }
  const OpSchema* ptr = schema.get();
  by_name_.emplace(std::move(name), ptr);
  by_kind_[ptr->kind].push_back(ptr);
  schemas_.push_back(std::move(schema));
}

const std::vector<const OpSchema*>& OpRegistry::overloads(Symbol kind) const {
  static const std::vector<const OpSchema*> kNone;
  auto it = by_kind_.find(kind);
  return it == by_kind_.end() ? kNone : it->second;
}

const OpSchema* OpRegistry::find(std::string_view qualified_name) const {
  auto it = by_name_.find(std::string(qualified_name));
  return it == by_name_.end() ? nullptr : it->second;
}

namespace {

// The number overloads (`aten::add(Scalar a, Scalar b) -> Scalar`): every
// argument is a Scalar.
bool is_number_overload(const OpSchema& s) {
  if (s.arguments.empty())
    return false;
  for (const SchemaArgument& a : s.arguments)
    if (a.type != Type::number_type())
      return false;
  return true;
}

bool has_number_actual(const CallArguments& args) {
  for (const TypePtr& t : args.positional)
    if (t == Type::number_type())
      return true;
  for (const auto& kw : args.keywords)
    if (kw.second == Type::number_type())
      return true;
  return false;
}

} // namespace

std::optional<SchemaMatch> OpRegistry::resolve(Symbol kind, const CallArguments& args) const {
  const auto& candidates = overloads(kind);
  // Number overloads accept int and float exactly, but `1 + 2.0` is the float
  // overload after int -> float (TorchScript has add.int_float for it): they
  // come last unless an argument is itself a number.
  const bool numbers_first = has_number_actual(args);
  for (bool allow_int_to_float : {false, true}) {
    for (const OpSchema* s : candidates) {
      if (!numbers_first && is_number_overload(*s))
        continue;
      if (auto m = match_schema(*s, args, allow_int_to_float))
        return m;
    }
  }
  if (!numbers_first) {
    for (const OpSchema* s : candidates) {
      if (!is_number_overload(*s))
        continue;
      if (auto m = match_schema(*s, args, false))
        return m;
    }
  }
  return std::nullopt;
}

const OpSchema* OpRegistry::resolve_exact(Symbol kind, const std::vector<TypePtr>& inputs) const {
  for (const OpSchema* s : overloads(kind)) {
    if (match_node_inputs(*s, inputs))
      return s;
  }
  return nullptr;
}

std::optional<SchemaMatch> match_node_inputs(const OpSchema& schema, const std::vector<TypePtr>& inputs) {
  CallArguments args;
  args.positional = inputs;
  if (auto m = match_schema(schema, args, false))
    return m;
  // A node has an input for every argument, keyword-only ones included
  // (aten::zeros(SymInt[] size, *, ScalarType? dtype=None, ...)).
  if (schema.is_vararg || inputs.size() != schema.arguments.size() || schema.arguments.empty() ||
      !schema.arguments.back().kwarg_only) {
    return std::nullopt;
  }
  CallArguments named;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (schema.arguments[i].kwarg_only)
      named.keywords.emplace_back(schema.arguments[i].name, inputs[i]);
    else
      named.positional.push_back(inputs[i]);
  }
  return match_schema(schema, named, false);
}

} // namespace tsc::ir
