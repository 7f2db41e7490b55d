// ir/parser.cpp - Reads the IR text format of docs/ir.md back into a Module.
#include "ir/parser.h"

#include "ir/assert.h"
#include "ir/op_registry.h"

#include <charconv>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace tsc::ir {
namespace {

// Deeper nesting than this (types or blocks) is rejected instead of risking the stack.
constexpr int kMaxNesting = 256;

enum class Tok {
  Ident,  // int, aten, class, block0, True
  Value,  // %x, %0, %x.1 (text excludes '%')
  Global, // @f, @Counter.__init__ (text excludes '@')
  Int,    // 12
  Float,  // 1.5, 1e+20
  String, // "a\n" (text is the raw literal with quotes)
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Colon,
  ColonColon,
  Equals,
  Arrow,
  Star,
  Minus,
  Newline, // carries the comment that ended its line, if any
  Eof,
};

struct Token {
  Tok kind;
  uint32_t begin;
  uint32_t end;
  std::string_view text;
  std::string_view comment; // Newline only: text after '#' on the line it ends
};

bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9');
}
// Value and function names also contain dots: %x.1, @Counter.__init__.
bool is_ref_char(char c) {
  return is_name_char(c) || c == '.';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

std::string quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('\'');
  out.append(s);
  out.push_back('\'');
  return out;
}

class IrParser {
public:
  IrParser(std::shared_ptr<const Source> source, DiagnosticEngine& diag, const SourceLookup& lookup)
      : source_(std::move(source)), text_(source_->text()), diag_(diag), lookup_(lookup) {}

  std::unique_ptr<Module> parse() {
    if (!lex())
      return nullptr;
    module_ = std::make_unique<Module>();
    if (!declare_classes())
      return nullptr;
    skip_newlines();
    while (peek().kind != Tok::Eof) {
      if (is_keyword(peek(), "class")) {
        if (!parse_class())
          return nullptr;
      } else if (is_keyword(peek(), "graph")) {
        if (!parse_function())
          return nullptr;
      } else {
        fail(peek(), "expected 'class' or 'graph' but found " + describe(peek()));
        return nullptr;
      }
      skip_newlines();
    }
    return std::move(module_);
  }

private:
  // ---- lexing ----

  bool lex() {
    const size_t n = text_.size();
    size_t i = 0;
    auto push = [&](Tok k, size_t b, size_t e) {
      tokens_.push_back({k, static_cast<uint32_t>(b), static_cast<uint32_t>(e), text_.substr(b, e - b), {}});
    };
    while (i < n) {
      char c = text_[i];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++i;
      } else if (c == '\n') {
        push(Tok::Newline, i, i + 1);
        ++i;
      } else if (c == '#') {
        size_t e = text_.find('\n', i);
        if (e == std::string_view::npos)
          e = n;
        std::string_view comment = text_.substr(i + 1, e - i - 1);
        // The comment belongs to the Newline (or end of input) that ends its line.
        i = e;
        push(Tok::Newline, i, i < n ? i + 1 : i);
        tokens_.back().comment = comment;
        if (i < n)
          ++i;
      } else if (c == '%' || c == '@') {
        size_t b = i++;
        while (i < n && is_ref_char(text_[i]))
          ++i;
        if (i == b + 1) {
          return lex_error(b, c == '%' ? "expected a value name after '%'"
                                       : "expected a function name after '@'");
        }
        tokens_.push_back({c == '%' ? Tok::Value : Tok::Global,
                           static_cast<uint32_t>(b),
                           static_cast<uint32_t>(i),
                           text_.substr(b + 1, i - b - 1),
                           {}});
      } else if (is_name_start(c)) {
        size_t b = i;
        while (i < n && is_name_char(text_[i]))
          ++i;
        push(Tok::Ident, b, i);
      } else if (is_digit(c)) {
        size_t b = i;
        bool is_float = false;
        while (i < n && is_digit(text_[i]))
          ++i;
        if (i < n && text_[i] == '.') {
          is_float = true;
          ++i;
          while (i < n && is_digit(text_[i]))
            ++i;
        }
        if (i < n && (text_[i] == 'e' || text_[i] == 'E')) {
          is_float = true;
          ++i;
          if (i < n && (text_[i] == '+' || text_[i] == '-'))
            ++i;
          if (i >= n || !is_digit(text_[i]))
            return lex_error(b, "malformed number");
          while (i < n && is_digit(text_[i]))
            ++i;
        }
        push(is_float ? Tok::Float : Tok::Int, b, i);
      } else if (c == '"' || c == '\'') {
        size_t b = i++;
        while (i < n && text_[i] != c && text_[i] != '\n') {
          if (text_[i] == '\\' && i + 1 < n)
            ++i;
          ++i;
        }
        if (i >= n || text_[i] != c)
          return lex_error(b, "unterminated string literal");
        ++i;
        push(Tok::String, b, i);
      } else if (c == ':' && i + 1 < n && text_[i + 1] == ':') {
        push(Tok::ColonColon, i, i + 2);
        i += 2;
      } else if (c == '-' && i + 1 < n && text_[i + 1] == '>') {
        push(Tok::Arrow, i, i + 2);
        i += 2;
      } else {
        Tok k;
        switch (c) {
        case '(':
          k = Tok::LParen;
          break;
        case ')':
          k = Tok::RParen;
          break;
        case '[':
          k = Tok::LBracket;
          break;
        case ']':
          k = Tok::RBracket;
          break;
        case ',':
          k = Tok::Comma;
          break;
        case ':':
          k = Tok::Colon;
          break;
        case '=':
          k = Tok::Equals;
          break;
        case '*':
          k = Tok::Star;
          break;
        case '-':
          k = Tok::Minus;
          break;
        default: {
          std::string msg = "unexpected character ";
          msg += quoted(text_.substr(i, 1));
          return lex_error(i, msg);
        }
        }
        push(k, i, i + 1);
        ++i;
      }
    }
    push(Tok::Newline, n, n);
    push(Tok::Eof, n, n);
    return true;
  }

  bool lex_error(size_t offset, const std::string& msg) {
    diag_.error(SourceRange(source_, static_cast<uint32_t>(offset), static_cast<uint32_t>(offset + 1)), msg);
    return false;
  }

  // ---- token helpers ----

  const Token& peek(size_t ahead = 0) const {
    size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
    return tokens_[i];
  }
  const Token& previous() const { return tokens_[pos_ == 0 ? 0 : pos_ - 1]; }
  const Token& next() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size())
      ++pos_;
    return t;
  }
  static bool is_keyword(const Token& t, std::string_view word) {
    return t.kind == Tok::Ident && t.text == word;
  }
  bool accept(Tok k) {
    if (peek().kind != k)
      return false;
    next();
    return true;
  }
  void skip_newlines() {
    while (peek().kind == Tok::Newline)
      next();
  }

  static std::string spelling(Tok k) {
    switch (k) {
    case Tok::Ident:
      return "a name";
    case Tok::Value:
      return "a value";
    case Tok::Global:
      return "a function name";
    case Tok::Int:
      return "an integer";
    case Tok::Float:
      return "a float";
    case Tok::String:
      return "a string";
    case Tok::LParen:
      return "'('";
    case Tok::RParen:
      return "')'";
    case Tok::LBracket:
      return "'['";
    case Tok::RBracket:
      return "']'";
    case Tok::Comma:
      return "','";
    case Tok::Colon:
      return "':'";
    case Tok::ColonColon:
      return "'::'";
    case Tok::Equals:
      return "'='";
    case Tok::Arrow:
      return "'->'";
    case Tok::Star:
      return "'*'";
    case Tok::Minus:
      return "'-'";
    case Tok::Newline:
      return "end of line";
    case Tok::Eof:
      return "end of input";
    }
    TSC_UNREACHABLE("bad token kind");
  }

  std::string describe(const Token& t) const {
    switch (t.kind) {
    case Tok::Newline:
      return "end of line";
    case Tok::Eof:
      return "end of input";
    case Tok::Value:
      return quoted(text_.substr(t.begin, t.end - t.begin));
    case Tok::Global:
      return quoted(text_.substr(t.begin, t.end - t.begin));
    case Tok::Ident:
    case Tok::Int:
    case Tok::Float:
    case Tok::String:
    case Tok::LParen:
    case Tok::RParen:
    case Tok::LBracket:
    case Tok::RBracket:
    case Tok::Comma:
    case Tok::Colon:
    case Tok::ColonColon:
    case Tok::Equals:
    case Tok::Arrow:
    case Tok::Star:
    case Tok::Minus:
      break;
    }
    return quoted(t.text);
  }

  SourceRange range_of(const Token& t) const { return SourceRange(source_, t.begin, t.end); }

  bool fail(const Token& at, std::string msg) {
    diag_.error(range_of(at), std::move(msg));
    return false;
  }

  bool expect(Tok k, const Token** out = nullptr) {
    if (peek().kind != k) {
      std::string msg = "expected ";
      msg += spelling(k);
      msg += " but found ";
      msg += describe(peek());
      return fail(peek(), std::move(msg));
    }
    const Token& t = next();
    if (out != nullptr)
      *out = &t;
    return true;
  }

  bool expect_end_of_line() { return expect(Tok::Newline); }

  // ---- classes ----

  ClassType* find_class(std::string_view name) const {
    auto it = classes_.find(name);
    return it == classes_.end() ? nullptr : it->second;
  }

  // Creates every class named by a 'class NAME:' line up front, so that types
  // anywhere in the text (attributes of earlier classes included) resolve.
  bool declare_classes() {
    bool line_start = true;
    for (size_t i = 0; i + 2 < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      if (line_start && is_keyword(t, "class") && tokens_[i + 1].kind == Tok::Ident &&
          tokens_[i + 2].kind == Tok::Colon) {
        const Token& name = tokens_[i + 1];
        if (classes_.count(name.text) != 0) {
          return fail(name, "redefinition of class " + quoted(name.text));
        }
        ClassType* cls = ClassType::create(std::string(name.text));
        module_->add_class(cls);
        classes_.emplace(name.text, cls);
      }
      line_start = t.kind == Tok::Newline;
    }
    return true;
  }

  // class_def: 'class' NAME ':' NEWLINE (attr_name ':' type ['[' KIND ']'] NEWLINE | 'def' NAME NEWLINE)*
  // attr_name: NAME | STRING;  KIND: 'parameter' | 'buffer' | 'module'
  bool parse_class() {
    next(); // 'class'
    const Token* name = nullptr;
    if (!expect(Tok::Ident, &name) || !expect(Tok::Colon) || !expect_end_of_line())
      return false;
    ClassType* cls = find_class(name->text);
    for (;;) {
      skip_newlines();
      const Token& t = peek();
      if (t.kind != Tok::Ident && !(t.kind == Tok::String && peek(1).kind == Tok::Colon))
        break;
      if ((is_keyword(t, "class") || is_keyword(t, "graph")) && peek(1).kind != Tok::Colon)
        break;
      if (is_keyword(t, "def") && peek(1).kind == Tok::Ident) {
        next();
        const Token& method = next();
        if (cls->has_method(method.text)) {
          return fail(method, "duplicate method " + quoted(method.text) + " in class " + quoted(cls->name()));
        }
        cls->add_method(std::string(method.text));
        if (!expect_end_of_line())
          return false;
        continue;
      }
      const Token& attr = next();
      std::string attr_name(attr.text);
      if (attr.kind == Tok::String) {
        bool ok = true;
        attr_name = unescape(attr, &ok);
        if (!ok)
          return false;
        if (attr_name.empty())
          return fail(attr, "empty attribute name in class " + quoted(cls->name()));
      }
      TypePtr type = nullptr;
      if (!expect(Tok::Colon) || !parse_type(&type, 0))
        return false;
      ClassType::AttributeKind kind = ClassType::AttributeKind::Plain;
      if (accept(Tok::LBracket)) {
        const Token& k = peek();
        std::optional<ClassType::AttributeKind> parsed =
            k.kind == Tok::Ident ? attribute_kind_from_name(k.text) : std::nullopt;
        if (!parsed || *parsed == ClassType::AttributeKind::Plain)
          return fail(k, "expected 'parameter', 'buffer' or 'module' but found " + describe(k));
        next();
        kind = *parsed;
        if (!expect(Tok::RBracket))
          return false;
      }
      if (cls->find_attribute(attr_name)) {
        return fail(attr, "duplicate attribute " + quoted(attr_name) + " in class " + quoted(cls->name()));
      }
      cls->add_attribute(std::move(attr_name), type, kind);
      if (!expect_end_of_line())
        return false;
    }
    return true;
  }

  // ---- types ----

  // type: NAME | List '[' type ']' | Optional '[' type ']' | Dict '[' type ',' type ']'
  //     | Tuple '[' ('(' ')' | type (',' type)*) ']'
  bool parse_type(TypePtr* out, int depth) {
    if (depth > kMaxNesting)
      return fail(peek(), "type nested too deeply");
    const Token* name = nullptr;
    if (peek().kind != Tok::Ident) {
      return fail(peek(), "expected a type but found " + describe(peek()));
    }
    name = &next();
    std::string_view id = name->text;
    if (id == "int")
      *out = Type::int_type();
    else if (id == "float")
      *out = Type::float_type();
    else if (id == "bool")
      *out = Type::bool_type();
    else if (id == "str")
      *out = Type::str_type();
    else if (id == "NoneType" || id == "None")
      *out = Type::none_type();
    else if ((id == "Tensor" || scalar_type_from_name(id)) && peek().kind == Tok::LParen)
      return parse_tensor_sizes(id, out);
    else if (id == "Tensor")
      *out = Type::tensor_type();
    else if (id == "Any")
      *out = Type::any_type();
    else if (id == "number")
      *out = Type::number_type();
    else if (id == "List" || id == "Optional") {
      TypePtr elem = nullptr;
      if (!expect(Tok::LBracket) || !parse_type(&elem, depth + 1) || !expect(Tok::RBracket))
        return false;
      *out = id == "List" ? Type::list_of(elem) : Type::optional_of(elem);
    } else if (id == "Dict") {
      TypePtr k = nullptr, v = nullptr;
      if (!expect(Tok::LBracket) || !parse_type(&k, depth + 1) || !expect(Tok::Comma) ||
          !parse_type(&v, depth + 1) || !expect(Tok::RBracket)) {
        return false;
      }
      *out = Type::dict_of(k, v);
    } else if (id == "Tuple") {
      if (!expect(Tok::LBracket))
        return false;
      std::vector<TypePtr> elems;
      if (accept(Tok::LParen)) {
        if (!expect(Tok::RParen))
          return false;
      } else {
        do {
          TypePtr e = nullptr;
          if (!parse_type(&e, depth + 1))
            return false;
          elems.push_back(e);
        } while (accept(Tok::Comma));
      }
      if (!expect(Tok::RBracket))
        return false;
      *out = Type::tuple_of(std::move(elems));
    } else if (ClassType* cls = find_class(id)) {
      *out = cls;
    } else if (auto dtype = id.size() > 6 && id.ends_with("Tensor")
                                ? scalar_type_from_name(id.substr(0, id.size() - 6))
                                : std::nullopt) {
      *out = Type::tensor_of(dtype, std::nullopt); // FloatTensor: dtype, unknown rank
    } else {
      return fail(*name, "unknown type " + quoted(id));
    }
    return true;
  }

  // A refined tensor type after its dtype name (or Tensor): '(' [size (',' size)*] ')'
  // where a size is an int or '*' (unknown): Float(2, *), Tensor(*), Long().
  bool parse_tensor_sizes(std::string_view id, TypePtr* out) {
    if (!expect(Tok::LParen))
      return false;
    TensorSizes sizes;
    if (!accept(Tok::RParen)) {
      do {
        const Token& t = peek();
        if (accept(Tok::Star)) {
          sizes.push_back(std::nullopt);
          continue;
        }
        if (t.kind != Tok::Int)
          return fail(t, "expected a size or '*' in a tensor type but found " + describe(t));
        next();
        int64_t size = 0;
        auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), size);
        if (r.ec != std::errc() || r.ptr != t.text.data() + t.text.size())
          return fail(t, "tensor size " + quoted(t.text) + " is out of range");
        sizes.push_back(size);
      } while (accept(Tok::Comma));
      if (!expect(Tok::RParen))
        return false;
    }
    *out = Type::tensor_of(scalar_type_from_name(id), std::move(sizes));
    return true;
  }

  // ---- literals ----

  std::string unescape(const Token& t, bool* ok) {
    std::string_view raw = t.text.substr(1, t.text.size() - 2);
    std::string out;
    out.reserve(raw.size());
    *ok = true;
    for (size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      char e = ++i < raw.size() ? raw[i] : '\0';
      switch (e) {
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'r':
        out.push_back('\r');
        break;
      case '\\':
        out.push_back('\\');
        break;
      case '"':
        out.push_back('"');
        break;
      case '\'':
        out.push_back('\'');
        break;
      case 'x': {
        auto hex = [](char h) -> int {
          if (h >= '0' && h <= '9')
            return h - '0';
          if (h >= 'a' && h <= 'f')
            return h - 'a' + 10;
          if (h >= 'A' && h <= 'F')
            return h - 'A' + 10;
          return -1;
        };
        int hi = i + 1 < raw.size() ? hex(raw[i + 1]) : -1;
        int lo = i + 2 < raw.size() ? hex(raw[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
          *ok = false;
          fail(t, "expected two hex digits after '\\x' in string literal");
          return out;
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        break;
      }
      default: {
        *ok = false;
        std::string msg = "unknown escape ";
        msg += quoted(raw.substr(i - 1, 2));
        msg += " in string literal";
        fail(t, std::move(msg));
        return out;
      }
      }
    }
    return out;
  }

  // A number with an optional leading '-': INT | FLOAT | 'inf' | 'nan'.
  // Returns false (after reporting) on a malformed or out-of-range number.
  bool parse_number(std::variant<int64_t, double>* out) {
    bool negative = accept(Tok::Minus);
    const Token& t = peek();
    if (t.kind == Tok::Ident && (t.text == "inf" || t.text == "nan")) {
      next();
      double d = t.text == "inf" ? std::numeric_limits<double>::infinity()
                                 : std::numeric_limits<double>::quiet_NaN();
      *out = negative ? -d : d;
      return true;
    }
    if (t.kind == Tok::Float) {
      next();
      double d = 0;
      auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), d);
      if (r.ec != std::errc() || r.ptr != t.text.data() + t.text.size()) {
        return fail(t, "float literal " + quoted(t.text) + " is out of range");
      }
      *out = negative ? -d : d;
      return true;
    }
    if (t.kind == Tok::Int) {
      next();
      uint64_t magnitude = 0;
      auto r = std::from_chars(t.text.data(), t.text.data() + t.text.size(), magnitude);
      uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
      if (r.ec != std::errc() || r.ptr != t.text.data() + t.text.size() || magnitude > limit) {
        return fail(t, "integer literal " + quoted(t.text) + " is out of range");
      }
      *out = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
      return true;
    }
    return fail(t, "expected a number but found " + describe(t));
  }

  // attribute value: number | 'True' | 'False' | STRING | type
  bool parse_attribute_value(AttributeValue* out) {
    const Token& t = peek();
    if (t.kind == Tok::String) {
      next();
      bool ok = true;
      std::string s = unescape(t, &ok);
      *out = std::move(s);
      return ok;
    }
    if (is_keyword(t, "True") || is_keyword(t, "False")) {
      next();
      *out = t.text == "True";
      return true;
    }
    if (t.kind == Tok::Minus || t.kind == Tok::Int || t.kind == Tok::Float || is_keyword(t, "inf") ||
        is_keyword(t, "nan")) {
      std::variant<int64_t, double> num;
      if (!parse_number(&num))
        return false;
      if (const auto* i = std::get_if<int64_t>(&num))
        *out = *i;
      else
        *out = std::get<double>(num);
      return true;
    }
    if (t.kind == Tok::Ident) {
      TypePtr type = nullptr;
      if (!parse_type(&type, 0))
        return false;
      *out = type;
      return true;
    }
    return fail(t, "expected an attribute value but found " + describe(t));
  }

  // default: 'None' | 'True' | 'False' | number | STRING
  bool parse_default(DefaultValue* out) {
    const Token& t = peek();
    if (is_keyword(t, "None")) {
      next();
      *out = std::monostate{};
      return true;
    }
    if (t.kind == Tok::String || is_keyword(t, "True") || is_keyword(t, "False") || t.kind == Tok::Minus ||
        t.kind == Tok::Int || t.kind == Tok::Float || is_keyword(t, "inf") || is_keyword(t, "nan")) {
      AttributeValue v;
      if (!parse_attribute_value(&v))
        return false;
      if (const auto* i = std::get_if<int64_t>(&v))
        *out = *i;
      else if (const auto* d = std::get_if<double>(&v))
        *out = *d;
      else if (const auto* b = std::get_if<bool>(&v))
        *out = *b;
      else
        *out = std::get<std::string>(v);
      return true;
    }
    return fail(t, "expected a default value (None, a number, True, False or a string) but found " +
                       describe(t));
  }

  // ---- values and scopes ----

  bool define(const Token& t, Value* v) {
    std::string name(t.text);
    auto [it, inserted] = scope_values_.emplace(name, v);
    if (!inserted)
      return fail(t, "redefinition of value " + quoted(text_.substr(t.begin, t.end - t.begin)));
    scopes_.back().push_back(name);
    if (!is_digit(name[0]))
      v->set_debug_name(std::move(name));
    return true;
  }

  bool use(const Token& t, Value** out) {
    auto it = scope_values_.find(std::string(t.text));
    if (it == scope_values_.end()) {
      return fail(t, "use of undefined value " + quoted(text_.substr(t.begin, t.end - t.begin)));
    }
    *out = it->second;
    return true;
  }

  void push_scope() { scopes_.emplace_back(); }
  void pop_scope() {
    for (const std::string& name : scopes_.back())
      scope_values_.erase(name);
    scopes_.pop_back();
  }

  // values: [VALUE (',' VALUE)*] ')'   (the '(' is already consumed)
  bool parse_uses(std::vector<Value*>* out) {
    if (accept(Tok::RParen))
      return true;
    do {
      const Token* t = nullptr;
      Value* v = nullptr;
      if (!expect(Tok::Value, &t) || !use(*t, &v))
        return false;
      out->push_back(v);
    } while (accept(Tok::Comma));
    return expect(Tok::RParen);
  }

  // ---- functions ----

  // function: 'graph' GLOBAL '(' [param (',' param)*] ')' '->' type ':' NEWLINE body
  // param: '*' | VALUE ':' type ['=' default]
  bool parse_function() {
    const Token& graph_tok = next(); // 'graph'
    const Token* name = nullptr;
    if (!expect(Tok::Global, &name))
      return false;
    if (!function_names_.insert(name->text).second) {
      return fail(*name,
                  "redefinition of function " + quoted(text_.substr(name->begin, name->end - name->begin)));
    }
    auto fn = std::make_unique<Function>();
    fn->name = std::string(name->text);
    fn->graph = std::make_unique<Graph>();
    Graph& g = *fn->graph;
    scope_values_.clear();
    scopes_.clear();
    push_scope();
    if (!expect(Tok::LParen))
      return false;
    if (!accept(Tok::RParen)) {
      bool kwarg_only = false;
      do {
        if (accept(Tok::Star)) {
          if (kwarg_only)
            return fail(previous(), "'*' appears twice in the parameter list");
          kwarg_only = true;
          continue;
        }
        const Token* pname = nullptr;
        Parameter param;
        if (!expect(Tok::Value, &pname) || !expect(Tok::Colon) || !parse_type(&param.type, 0))
          return false;
        if (accept(Tok::Equals)) {
          DefaultValue d;
          if (!parse_default(&d))
            return false;
          param.default_value = std::move(d);
        }
        param.kwarg_only = kwarg_only;
        if (!is_digit(pname->text[0]))
          param.name = std::string(pname->text);
        if (!define(*pname, g.add_input(param.type)))
          return false;
        fn->params.push_back(std::move(param));
      } while (accept(Tok::Comma));
      if (!expect(Tok::RParen))
        return false;
    }
    const Token* colon = nullptr;
    if (!expect(Tok::Arrow) || !parse_type(&fn->return_type, 0) || !expect(Tok::Colon, &colon))
      return false;
    fn->range = SourceRange(source_, graph_tok.begin, colon->end);
    if (!expect_end_of_line())
      return false;

    if (!parse_statements(g.block(), 0))
      return false;
    // 'return' '(' values ')' NEWLINE
    const Token& ret = peek();
    if (!is_keyword(ret, "return")) {
      return fail(ret, "expected a node or 'return' but found " + describe(ret));
    }
    next();
    std::vector<Value*> outputs;
    if (!expect(Tok::LParen) || !parse_uses(&outputs) || !expect_end_of_line())
      return false;
    for (Value* v : outputs)
      g.register_output(v);

    std::string_view qualified = fn->name;
    size_t dot = qualified.find('.');
    if (dot != std::string_view::npos)
      fn->owner = find_class(qualified.substr(0, dot));
    module_->add_function(std::move(fn));
    return true;
  }

  // statements: (node_stmt)* up to 'return' (graph body) or '->' (block body)
  bool parse_statements(Block* block, int depth) {
    for (;;) {
      skip_newlines();
      const Token& t = peek();
      if (t.kind == Tok::Arrow || is_keyword(t, "return") || t.kind == Tok::Eof)
        return true;
      if (!parse_node(block, depth))
        return false;
    }
  }

  // node_stmt: [VALUE ':' type (',' VALUE ':' type)* '='] NS '::' NAME ['[' attrs ']']
  //            '(' values ')' [LOCATION] NEWLINE block*
  bool parse_node(Block* block, int depth) {
    Graph& g = block->graph();
    std::vector<const Token*> out_names;
    std::vector<TypePtr> out_types;
    if (peek().kind == Tok::Value) {
      do {
        const Token* v = nullptr;
        TypePtr type = nullptr;
        if (!expect(Tok::Value, &v) || !expect(Tok::Colon) || !parse_type(&type, 0))
          return false;
        out_names.push_back(v);
        out_types.push_back(type);
      } while (accept(Tok::Comma));
      if (!expect(Tok::Equals))
        return false;
    }
    const Token* ns = nullptr;
    const Token* kind_name = nullptr;
    if (peek().kind != Tok::Ident) {
      return fail(peek(), "expected a node kind such as 'aten::add' but found " + describe(peek()));
    }
    if (!expect(Tok::Ident, &ns) || !expect(Tok::ColonColon) || !expect(Tok::Ident, &kind_name))
      return false;
    std::string qualified(ns->text);
    qualified += "::";
    qualified += kind_name->text;
    Symbol kind = Symbol::from_qualified(qualified);
    if (kind == prim::Param || kind == prim::Return) {
      return fail(*ns, quoted(qualified) + " nodes are implicit in blocks and cannot be written");
    }

    std::vector<Attribute> attributes;
    if (accept(Tok::LBracket)) {
      do {
        const Token* attr = nullptr;
        AttributeValue value;
        if (!expect(Tok::Ident, &attr) || !expect(Tok::Equals) || !parse_attribute_value(&value))
          return false;
        for (const Attribute& a : attributes) {
          if (a.name == attr->text)
            return fail(*attr, "duplicate attribute " + quoted(attr->text));
        }
        attributes.push_back({std::string(attr->text), std::move(value)});
      } while (accept(Tok::Comma));
      if (!expect(Tok::RBracket))
        return false;
    }
    std::vector<Value*> inputs;
    const Token* lparen = nullptr;
    if (!expect(Tok::LParen, &lparen) || !parse_uses(&inputs))
      return false;
    if (peek().kind != Tok::Newline) {
      return fail(peek(), "expected end of line but found " + describe(peek()));
    }
    const Token& newline = next();

    SourceRange range;
    const InlinedCallStack* inlined_at = nullptr;
    if (!newline.comment.empty())
      range = parse_node_location(g, newline.comment, &inlined_at);
    Node* node = g.create(kind, inputs, out_types, std::move(range));
    node->set_inlined_at(inlined_at);
    for (Attribute& a : attributes)
      node->set_attribute(std::move(a.name), std::move(a.value));
    block->append(node);
    const OpRegistry& registry = OpRegistry::global();
    if (!registry.overloads(kind).empty()) {
      std::vector<TypePtr> input_types;
      input_types.reserve(inputs.size());
      for (Value* v : inputs)
        input_types.push_back(v->type());
      node->set_schema(registry.resolve_exact(kind, input_types));
    }

    // Outputs become visible after the node's own inputs (and blocks) are read.
    while (is_block_start()) {
      if (depth + 1 > kMaxNesting)
        return fail(peek(), "blocks nested too deeply");
      if (!parse_block(node, depth + 1))
        return false;
    }
    for (size_t i = 0; i < out_names.size(); ++i) {
      if (!define(*out_names[i], node->output(i)))
        return false;
    }
    return true;
  }

  bool is_block_start() {
    skip_newlines();
    const Token& t = peek();
    if (t.kind != Tok::Ident || t.text.size() <= 5 || t.text.substr(0, 5) != "block")
      return false;
    for (char c : t.text.substr(5)) {
      if (!is_digit(c))
        return false;
    }
    return peek(1).kind == Tok::LParen;
  }

  // block: 'blockN' '(' [VALUE ':' type (',' VALUE ':' type)*] ')' ':' NEWLINE
  //        (node_stmt)* '->' '(' values ')' NEWLINE
  bool parse_block(Node* owner, int depth) {
    next(); // blockN
    Block* block = owner->add_block();
    push_scope();
    if (!expect(Tok::LParen))
      return false;
    if (!accept(Tok::RParen)) {
      do {
        const Token* p = nullptr;
        TypePtr type = nullptr;
        if (!expect(Tok::Value, &p) || !expect(Tok::Colon) || !parse_type(&type, 0))
          return false;
        if (!define(*p, block->add_param(type)))
          return false;
      } while (accept(Tok::Comma));
      if (!expect(Tok::RParen))
        return false;
    }
    if (!expect(Tok::Colon) || !expect_end_of_line())
      return false;
    if (!parse_statements(block, depth))
      return false;
    std::vector<Value*> outputs;
    if (peek().kind != Tok::Arrow) {
      return fail(peek(), "expected a node or '->' ending the block but found " + describe(peek()));
    }
    next();
    if (!expect(Tok::LParen) || !parse_uses(&outputs) || !expect_end_of_line())
      return false;
    for (Value* v : outputs)
      block->register_output(v);
    pop_scope();
    return true;
  }

  // node_location: location (' [inlined ' NAME ' at ' location ']')*
  // See Note [Inlined call stacks]; the innermost inlining comes first. A
  // comment of another shape is an ordinary comment.
  SourceRange parse_node_location(Graph& g, std::string_view comment, const InlinedCallStack** inlined_at) {
    constexpr std::string_view kInlined = " [inlined ";
    size_t first = comment.find(kInlined);
    SourceRange range = parse_location(comment.substr(0, first));
    if (first == std::string_view::npos || !range.is_valid())
      return range;
    std::vector<std::pair<std::string, SourceRange>> entries;
    std::string_view rest = comment.substr(first);
    while (rest.substr(0, kInlined.size()) == kInlined) {
      rest.remove_prefix(kInlined.size());
      size_t at = rest.find(" at ");
      size_t close = rest.find(']');
      if (at == std::string_view::npos || close == std::string_view::npos || close < at)
        return range;
      SourceRange site = parse_location(rest.substr(at + 4, close - at - 4));
      if (!site.is_valid())
        return range;
      entries.emplace_back(std::string(rest.substr(0, at)), std::move(site));
      rest.remove_prefix(close + 1);
    }
    const InlinedCallStack* cs = nullptr;
    for (size_t i = entries.size(); i-- > 0;)
      cs = g.intern_call_stack(std::move(entries[i].first), std::move(entries[i].second), cs);
    *inlined_at = cs;
    return range;
  }

  // location: FILE ':' LINE ':' COL (the file name may itself contain ':')
  SourceRange parse_location(std::string_view comment) {
    while (!comment.empty() && (comment.front() == ' ' || comment.front() == '\t'))
      comment.remove_prefix(1);
    while (!comment.empty() && (comment.back() == ' ' || comment.back() == '\t' || comment.back() == '\r')) {
      comment.remove_suffix(1);
    }
    size_t col_sep = comment.rfind(':');
    if (col_sep == std::string_view::npos || col_sep == 0)
      return {};
    size_t line_sep = comment.rfind(':', col_sep - 1);
    if (line_sep == std::string_view::npos)
      return {};
    uint32_t line = 0, col = 0;
    std::string_view line_text = comment.substr(line_sep + 1, col_sep - line_sep - 1);
    std::string_view col_text = comment.substr(col_sep + 1);
    auto r1 = std::from_chars(line_text.data(), line_text.data() + line_text.size(), line);
    auto r2 = std::from_chars(col_text.data(), col_text.data() + col_text.size(), col);
    if (line_text.empty() || col_text.empty() || r1.ec != std::errc() || r2.ec != std::errc() ||
        r1.ptr != line_text.data() + line_text.size() || r2.ptr != col_text.data() + col_text.size()) {
      return {}; // an ordinary comment
    }
    std::string filename(comment.substr(0, line_sep));
    auto it = location_sources_.find(filename);
    if (it == location_sources_.end()) {
      std::shared_ptr<const Source> src = lookup_ ? lookup_(filename) : nullptr;
      if (src == nullptr)
        src = std::make_shared<const Source>(filename, std::string());
      it = location_sources_.emplace(filename, std::move(src)).first;
    }
    const auto& src = it->second;
    uint32_t offset = src->text().empty() ? 0 : src->offset_of(line, col);
    return SourceRange(src, offset, offset, line, col);
  }

  std::shared_ptr<const Source> source_;
  std::string_view text_;
  DiagnosticEngine& diag_;
  const SourceLookup& lookup_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  std::unique_ptr<Module> module_;
  // Lookups by name without scanning the module (which is linear per lookup).
  std::unordered_map<std::string_view, ClassType*> classes_;
  std::unordered_set<std::string_view> function_names_;
  std::unordered_map<std::string, Value*> scope_values_;
  std::vector<std::vector<std::string>> scopes_;
  std::unordered_map<std::string, std::shared_ptr<const Source>> location_sources_;
};

} // namespace

std::unique_ptr<Module> parse_module(std::shared_ptr<const Source> text, DiagnosticEngine& diag,
                                     const SourceLookup& lookup) {
  return IrParser(std::move(text), diag, lookup).parse();
}

} // namespace tsc::ir
