// frontend/parser_expr.cpp - Expressions: Python's precedence levels, displays, comprehensions, strings.
#include "frontend/lexer.h"
#include "frontend/parser_impl.h"

#include <string_view>
#include <utility>
#include <vector>

namespace tsc::frontend {
namespace {

/// Binding power of a binary operator token (higher binds tighter), 0 if none.
int binary_precedence(TokenKind k) {
  switch (k) {
  case TokenKind::Pipe:
    return 1;
  case TokenKind::Caret:
    return 2;
  case TokenKind::Amp:
    return 3;
  case TokenKind::LShift:
  case TokenKind::RShift:
    return 4;
  case TokenKind::Plus:
  case TokenKind::Minus:
    return 5;
  case TokenKind::Star:
  case TokenKind::Slash:
  case TokenKind::DoubleSlash:
  case TokenKind::Percent:
  case TokenKind::At:
    return 6;
  default:
    return 0;
  }
}

BinaryOp binary_op(TokenKind k) {
  switch (k) {
  case TokenKind::Pipe:
    return BinaryOp::BitOr;
  case TokenKind::Caret:
    return BinaryOp::BitXor;
  case TokenKind::Amp:
    return BinaryOp::BitAnd;
  case TokenKind::LShift:
    return BinaryOp::LShift;
  case TokenKind::RShift:
    return BinaryOp::RShift;
  case TokenKind::Plus:
    return BinaryOp::Add;
  case TokenKind::Minus:
    return BinaryOp::Sub;
  case TokenKind::Star:
    return BinaryOp::Mul;
  case TokenKind::Slash:
    return BinaryOp::Div;
  case TokenKind::DoubleSlash:
    return BinaryOp::FloorDiv;
  case TokenKind::Percent:
    return BinaryOp::Mod;
  case TokenKind::At:
    return BinaryOp::MatMul;
  default:
    TSC_UNREACHABLE("not a binary operator token");
  }
}

/// The comparison operator at the current token (`not in` and `is not` are two
/// tokens long), or false.
bool comparison_op(TokenKind k, TokenKind next, CompareOp& op, size_t& length) {
  length = 1;
  switch (k) {
  case TokenKind::EqEqual:
    op = CompareOp::Eq;
    return true;
  case TokenKind::NotEqual:
    op = CompareOp::NotEq;
    return true;
  case TokenKind::Less:
    op = CompareOp::Lt;
    return true;
  case TokenKind::LessEqual:
    op = CompareOp::LtE;
    return true;
  case TokenKind::Greater:
    op = CompareOp::Gt;
    return true;
  case TokenKind::GreaterEqual:
    op = CompareOp::GtE;
    return true;
  case TokenKind::KwIn:
    op = CompareOp::In;
    return true;
  case TokenKind::KwIs:
    if (next == TokenKind::KwNot) {
      op = CompareOp::IsNot;
      length = 2;
    } else {
      op = CompareOp::Is;
    }
    return true;
  case TokenKind::KwNot:
    if (next != TokenKind::KwIn)
      return false;
    op = CompareOp::NotIn;
    length = 2;
    return true;
  default:
    return false;
  }
}

} // namespace

bool can_start_expression(TokenKind k) {
  switch (k) {
  case TokenKind::Name:
  case TokenKind::Int:
  case TokenKind::Float:
  case TokenKind::String:
  case TokenKind::KwTrue:
  case TokenKind::KwFalse:
  case TokenKind::KwNone:
  case TokenKind::KwNot:
  case TokenKind::KwLambda:
  case TokenKind::KwAwait:
  case TokenKind::LParen:
  case TokenKind::LBracket:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::Plus:
  case TokenKind::Tilde:
  case TokenKind::Ellipsis:
  case TokenKind::Star:
    return true;
  default:
    return false;
  }
}

// ============================================================================
// Expressions

// star_expressions: star_expression (',' star_expression)* [',']
// (a tuple without parentheses when there is a comma)
ExprPtr Parser::parse_star_expressions() {
  const size_t start = pos_;
  ExprPtr first = parse_star_expression();
  if (!first || !at(TokenKind::Comma))
    return first;
  auto tuple = std::make_unique<TupleExpr>(SourceRange());
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!can_start_expression(kind()))
      break;
    ExprPtr e = parse_star_expression();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  tuple->range = since(start);
  return tuple;
}

// star_expression: '*' bitwise_or | expression
ExprPtr Parser::parse_star_expression() {
  if (!at(TokenKind::Star))
    return parse_expression();
  const size_t start = pos_;
  advance();
  ExprPtr value = parse_binary(1);
  if (!value)
    return nullptr;
  return std::make_unique<StarredExpr>(since(start), std::move(value));
}

// named_expression: expression (':=' is rejected where it appears, see error_here)
ExprPtr Parser::parse_named_expression() {
  return parse_expression();
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef
ExprPtr Parser::parse_expression() {
  DepthGuard guard(*this);
  if (too_deep())
    return nullptr;
  if (at(TokenKind::KwLambda)) {
    reject_lambda();
    return nullptr;
  }
  const size_t start = pos_;
  ExprPtr body = parse_disjunction();
  if (!body || !at(TokenKind::KwIf))
    return body;
  advance();
  ExprPtr test = parse_disjunction();
  if (!test)
    return nullptr;
  if (!at(TokenKind::KwElse)) {
    error(since(start), "expected 'else' after 'if' expression");
    return nullptr;
  }
  advance();
  ExprPtr orelse = parse_expression();
  if (!orelse)
    return nullptr;
  return std::make_unique<IfExpr>(since(start), std::move(test), std::move(body), std::move(orelse));
}

// lambdef: 'lambda' [params] ':' expression; rejected with the range of its header.
void Parser::reject_lambda() {
  const size_t start = pos_;
  size_t i = pos_;
  int depth = 0;
  while (toks_[i].kind != TokenKind::Newline && toks_[i].kind != TokenKind::EndOfFile) {
    TokenKind k = toks_[i].kind;
    if (k == TokenKind::LParen || k == TokenKind::LBracket || k == TokenKind::LBrace)
      ++depth;
    if (k == TokenKind::RParen || k == TokenKind::RBracket || k == TokenKind::RBrace)
      --depth;
    if (depth < 0)
      break;
    if (k == TokenKind::Colon && depth == 0) {
      pos_ = i + 1;
      break;
    }
    ++i;
  }
  if (pos_ == start)
    advance();
  error(since(start), "lambda expressions are not supported");
}

// disjunction: conjunction ('or' conjunction)*
ExprPtr Parser::parse_disjunction() {
  const size_t start = pos_;
  ExprPtr first = parse_conjunction();
  if (!first || !at(TokenKind::KwOr))
    return first;
  auto e = std::make_unique<BoolOpExpr>(SourceRange(), BoolOpKind::Or);
  e->values.push_back(std::move(first));
  while (accept(TokenKind::KwOr)) {
    ExprPtr v = parse_conjunction();
    if (!v)
      return nullptr;
    e->values.push_back(std::move(v));
  }
  e->range = since(start);
  return e;
}

// conjunction: inversion ('and' inversion)*
ExprPtr Parser::parse_conjunction() {
  const size_t start = pos_;
  ExprPtr first = parse_inversion();
  if (!first || !at(TokenKind::KwAnd))
    return first;
  auto e = std::make_unique<BoolOpExpr>(SourceRange(), BoolOpKind::And);
  e->values.push_back(std::move(first));
  while (accept(TokenKind::KwAnd)) {
    ExprPtr v = parse_inversion();
    if (!v)
      return nullptr;
    e->values.push_back(std::move(v));
  }
  e->range = since(start);
  return e;
}

// inversion: 'not' inversion | comparison
ExprPtr Parser::parse_inversion() {
  if (!at(TokenKind::KwNot))
    return parse_comparison();
  DepthGuard guard(*this);
  if (too_deep())
    return nullptr;
  const size_t start = pos_;
  advance();
  ExprPtr operand = parse_inversion();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryExpr>(since(start), UnaryOp::Not, std::move(operand));
}

// comparison: bitwise_or (compare_op bitwise_or)*
// compare_op: '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not' 'in' | 'is' | 'is' 'not'
ExprPtr Parser::parse_comparison() {
  const size_t start = pos_;
  ExprPtr left = parse_binary(1);
  if (!left)
    return nullptr;
  std::unique_ptr<CompareExpr> cmp;
  CompareOp op;
  size_t length;
  while (comparison_op(kind(), peek_kind(), op, length)) {
    const size_t op_start = pos_;
    for (size_t i = 0; i < length; ++i)
      advance();
    if (!cmp) {
      cmp = std::make_unique<CompareExpr>(SourceRange());
      cmp->left = std::move(left);
    }
    cmp->ops.push_back(op);
    cmp->op_ranges.push_back(since(op_start));
    ExprPtr right = parse_binary(1);
    if (!right)
      return nullptr;
    cmp->comparators.push_back(std::move(right));
  }
  if (!cmp)
    return left;
  cmp->range = since(start);
  return cmp;
}

// bitwise_or .. term by precedence climbing (all left-associative):
// '|' < '^' < '&' < '<<' '>>' < '+' '-' < '*' '/' '//' '%' '@'
ExprPtr Parser::parse_binary(int min_precedence) {
  const size_t start = pos_;
  ExprPtr lhs = parse_factor();
  if (!lhs)
    return nullptr;
  while (true) {
    const int prec = binary_precedence(kind());
    if (prec == 0 || prec < min_precedence)
      break;
    const BinaryOp op = binary_op(kind());
    advance();
    ExprPtr rhs = parse_binary(prec + 1);
    if (!rhs)
      return nullptr;
    lhs = std::make_unique<BinaryExpr>(since(start), op, std::move(lhs), std::move(rhs));
  }
  return lhs;
}

// factor: '+' factor | '-' factor | '~' factor | power
ExprPtr Parser::parse_factor() {
  UnaryOp op;
  switch (kind()) {
  case TokenKind::Plus:
    op = UnaryOp::Pos;
    break;
  case TokenKind::Minus:
    op = UnaryOp::Neg;
    break;
  case TokenKind::Tilde:
    op = UnaryOp::Invert;
    break;
  default:
    return parse_power();
  }
  DepthGuard guard(*this);
  if (too_deep())
    return nullptr;
  const size_t start = pos_;
  advance();
  // -9223372036854775808 is an int64 although its digits alone are not: the
  // minus and the literal make one constant, unless `**` binds the literal first.
  if (op == UnaryOp::Neg && kind() == TokenKind::Int && tok().int_value == INT64_MIN &&
      peek_kind(1) != TokenKind::DoubleStar) {
    advance();
    return std::make_unique<IntExpr>(since(start), INT64_MIN);
  }
  ExprPtr operand = parse_factor();
  if (!operand)
    return nullptr;
  return std::make_unique<UnaryExpr>(since(start), op, std::move(operand));
}

// power: await_primary ['**' factor]   (so -2**2 is -(2**2) and 2**-1 is 2**(-1))
// await_primary: 'await' primary (rejected) | primary
ExprPtr Parser::parse_power() {
  if (at(TokenKind::KwAwait)) {
    error(range_of(tok()), "'await' expressions are not supported");
    return nullptr;
  }
  const size_t start = pos_;
  ExprPtr base = parse_primary();
  if (!base || !at(TokenKind::DoubleStar))
    return base;
  DepthGuard guard(*this);
  if (too_deep())
    return nullptr;
  advance();
  ExprPtr exponent = parse_factor();
  if (!exponent)
    return nullptr;
  return std::make_unique<BinaryExpr>(since(start), BinaryOp::Pow, std::move(base), std::move(exponent));
}

// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
ExprPtr Parser::parse_primary() {
  const size_t start = pos_;
  ExprPtr e = parse_atom();
  if (!e)
    return nullptr;
  while (true) {
    if (at(TokenKind::Dot)) {
      advance();
      if (!at(TokenKind::Name)) {
        error_here("expected attribute name after '.'");
        return nullptr;
      }
      const Token& name = advance();
      e = std::make_unique<AttributeExpr>(since(start), std::move(e), std::string(text_of(name)),
                                          range_of(name));
    } else if (at(TokenKind::LParen)) {
      e = parse_call(start, std::move(e));
      if (!e)
        return nullptr;
    } else if (at(TokenKind::LBracket)) {
      advance();
      ExprPtr index = parse_slices();
      if (!index)
        return nullptr;
      if (!at(TokenKind::RBracket)) {
        error_here("expected ']'");
        return nullptr;
      }
      advance();
      e = std::make_unique<SubscriptExpr>(since(start), std::move(e), std::move(index));
    } else {
      return e;
    }
  }
}

// arguments: (positional | '*' expression | NAME '=' expression) (',' ...)* [',']
// A generator expression as the only argument, f(x for x in l), is read as a
// list comprehension, as TorchScript does.
ExprPtr Parser::parse_call(size_t start, ExprPtr func) {
  auto call = std::make_unique<CallExpr>(SourceRange());
  call->func = std::move(func);
  advance(); // '('
  bool seen_keyword = false;
  while (!at(TokenKind::RParen)) {
    const size_t arg_start = pos_;
    if (at(TokenKind::DoubleStar)) {
      error(range_of(tok()), "keyword argument unpacking ('**') is not supported");
      return nullptr;
    }
    if (at(TokenKind::Star)) {
      advance();
      ExprPtr value = parse_expression();
      if (!value)
        return nullptr;
      call->args.push_back(std::make_unique<StarredExpr>(since(arg_start), std::move(value)));
    } else if (at(TokenKind::Name) && peek_kind() == TokenKind::Assign) {
      Keyword kw;
      kw.name = std::string(text_of(tok()));
      kw.name_range = range_of(tok());
      advance();
      advance();
      for (const Keyword& other : call->keywords) {
        if (other.name == kw.name) {
          error(kw.name_range, "keyword argument '" + kw.name + "' repeated");
          return nullptr;
        }
      }
      kw.value = parse_expression();
      if (!kw.value)
        return nullptr;
      call->keywords.push_back(std::move(kw));
      seen_keyword = true;
    } else {
      ExprPtr arg = parse_expression();
      if (!arg)
        return nullptr;
      if (at(TokenKind::KwFor)) {
        auto comp = std::make_unique<ListCompExpr>(SourceRange());
        comp->elt = std::move(arg);
        if (!parse_comprehension(comp->generators))
          return nullptr;
        comp->range = since(arg_start);
        if (!call->args.empty() || !call->keywords.empty() || !at(TokenKind::RParen)) {
          error(comp->range, "a generator expression is only supported as the sole argument of a call");
          return nullptr;
        }
        arg = std::move(comp);
      } else if (at(TokenKind::Assign)) {
        error(span(arg->range, range_of(tok())),
              "expression cannot contain assignment; perhaps you meant '=='?");
        return nullptr;
      }
      if (seen_keyword) {
        error(arg->range, "positional argument follows keyword argument");
        return nullptr;
      }
      call->args.push_back(std::move(arg));
    }
    if (!accept(TokenKind::Comma)) {
      if (!at(TokenKind::RParen)) {
        error_in_list(arg_start, "expected ',' or ')' in call");
        return nullptr;
      }
      break;
    }
  }
  advance(); // ')'
  call->range = since(start);
  return call;
}

// slices: slice | ','.(slice | starred_expression)+ [',']   (a Tuple index)
ExprPtr Parser::parse_slices() {
  const size_t start = pos_;
  ExprPtr first = parse_slice_item();
  if (!first || !at(TokenKind::Comma))
    return first;
  auto tuple = std::make_unique<TupleExpr>(SourceRange());
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBracket))
      break;
    ExprPtr e = parse_slice_item();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  tuple->range = since(start);
  return tuple;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred_expression
ExprPtr Parser::parse_slice_item() {
  const size_t start = pos_;
  ExprPtr lower;
  if (!at(TokenKind::Colon)) {
    lower = parse_star_expression();
    if (!lower || !at(TokenKind::Colon) || lower->kind == ExprKind::Starred)
      return lower;
  }
  advance(); // ':'
  auto slice = std::make_unique<SliceExpr>(SourceRange());
  slice->lower = std::move(lower);
  auto bound_follows = [&] { return can_start_expression(kind()) && !at(TokenKind::Star); };
  if (bound_follows()) {
    slice->upper = parse_expression();
    if (!slice->upper)
      return nullptr;
  }
  if (accept(TokenKind::Colon) && bound_follows()) {
    slice->step = parse_expression();
    if (!slice->step)
      return nullptr;
  }
  slice->range = since(start);
  return slice;
}

// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | '...'
//     | (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
ExprPtr Parser::parse_atom() {
  const Token& t = tok();
  switch (t.kind) {
  case TokenKind::Name:
    advance();
    return std::make_unique<NameExpr>(range_of(t), std::string(text_of(t)));
  case TokenKind::Int:
    if (t.int_value == INT64_MIN) {  // 2**63 without a minus in front
      error(range_of(t), "integer literal '" + std::string(text_of(t)) + "' does not fit in 64 bits");
      advance();
      return nullptr;
    }
    advance();
    return std::make_unique<IntExpr>(range_of(t), t.int_value);
  case TokenKind::Float:
    advance();
    return std::make_unique<FloatExpr>(range_of(t), t.float_value);
  case TokenKind::KwTrue:
  case TokenKind::KwFalse:
    advance();
    return std::make_unique<BoolExpr>(range_of(t), t.kind == TokenKind::KwTrue);
  case TokenKind::KwNone:
    advance();
    return std::make_unique<NoneExpr>(range_of(t));
  case TokenKind::Ellipsis:
    advance();
    return std::make_unique<EllipsisExpr>(range_of(t));
  case TokenKind::String:
    return parse_strings();
  case TokenKind::LParen:
    return parse_paren();
  case TokenKind::LBracket:
    return parse_list();
  case TokenKind::LBrace:
    return parse_brace();
  case TokenKind::KwLambda:
    reject_lambda();
    return nullptr;
  case TokenKind::KwYield:
    error(range_of(t), "'yield' expressions are not supported");
    return nullptr;
  case TokenKind::KwAwait:
    error(range_of(t), "'await' expressions are not supported");
    return nullptr;
  case TokenKind::Star:
    error(range_of(t), "can't use starred expression here");
    return nullptr;
  default:
    error_here("expected an expression");
    return nullptr;
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' named_expression ')'      genexp: '(' expression for_if_clauses ')' (rejected)
ExprPtr Parser::parse_paren() {
  const size_t start = pos_;
  advance();
  if (accept(TokenKind::RParen))
    return std::make_unique<TupleExpr>(since(start));
  if (at(TokenKind::KwYield)) {
    error(range_of(tok()), "'yield' expressions are not supported");
    return nullptr;
  }
  const size_t first_start = pos_;
  ExprPtr first = parse_star_expression();
  if (!first)
    return nullptr;
  if (at(TokenKind::KwFor)) {
    std::vector<Comprehension> generators;
    if (!parse_comprehension(generators))
      return nullptr;
    if (!expect(TokenKind::RParen, "expected ')'"))
      return nullptr;
    error(since(start), "generator expressions are not supported");
    return nullptr;
  }
  if (at(TokenKind::RParen)) {
    advance();
    if (!check_no_bare_star(first))
      return nullptr;
    return first; // a group keeps the range of its inside
  }
  if (!at(TokenKind::Comma)) {
    error_in_list(first_start, "expected ')'");
    return nullptr;
  }
  auto tuple = std::make_unique<TupleExpr>(SourceRange());
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RParen))
      break;
    const size_t elt_start = pos_;
    ExprPtr e = parse_star_expression();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
    if (!at(TokenKind::Comma) && !at(TokenKind::RParen)) {
      error_in_list(elt_start, "expected ',' or ')'");
      return nullptr;
    }
  }
  if (!expect(TokenKind::RParen, "expected ')'"))
    return nullptr;
  tuple->range = since(start);
  return tuple;
}

// list: '[' [star_named_expressions] ']'    listcomp: '[' named_expression for_if_clauses ']'
ExprPtr Parser::parse_list() {
  const size_t start = pos_;
  advance();
  if (accept(TokenKind::RBracket))
    return std::make_unique<ListExpr>(since(start));
  size_t elt_start = pos_;
  ExprPtr first = parse_star_expression();
  if (!first)
    return nullptr;
  if (at(TokenKind::KwFor)) {
    auto comp = std::make_unique<ListCompExpr>(SourceRange());
    comp->elt = std::move(first);
    if (!parse_comprehension(comp->generators))
      return nullptr;
    if (!expect(TokenKind::RBracket, "expected ']'"))
      return nullptr;
    comp->range = since(start);
    return comp;
  }
  auto list = std::make_unique<ListExpr>(SourceRange());
  list->elts.push_back(std::move(first));
  while (true) {
    if (!at(TokenKind::Comma)) {
      if (!at(TokenKind::RBracket)) {
        error_in_list(elt_start, "expected ',' or ']'");
        return nullptr;
      }
      break;
    }
    advance();
    if (at(TokenKind::RBracket))
      break;
    elt_start = pos_;
    ExprPtr e = parse_star_expression();
    if (!e)
      return nullptr;
    list->elts.push_back(std::move(e));
  }
  advance(); // ']'
  list->range = since(start);
  return list;
}

// dict: '{' [kvpair (',' kvpair)* [',']] '}'    dictcomp: '{' kvpair for_if_clauses '}'
// set and setcomp displays are parsed to be rejected with their whole range.
ExprPtr Parser::parse_brace() {
  const size_t start = pos_;
  advance();
  if (accept(TokenKind::RBrace))
    return std::make_unique<DictExpr>(since(start));
  if (at(TokenKind::DoubleStar)) {
    error(range_of(tok()), "dict unpacking ('**') is not supported");
    return nullptr;
  }
  size_t elt_start = pos_;
  ExprPtr first = parse_star_expression();
  if (!first)
    return nullptr;
  if (!accept(TokenKind::Colon)) {
    // A set display or set comprehension.
    if (at(TokenKind::KwFor)) {
      std::vector<Comprehension> generators;
      if (!parse_comprehension(generators))
        return nullptr;
      if (!expect(TokenKind::RBrace, "expected '}'"))
        return nullptr;
      error(since(start), "set comprehensions are not supported");
      return nullptr;
    }
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RBrace))
        break;
      elt_start = pos_;
      if (!parse_star_expression())
        return nullptr;
    }
    if (!at(TokenKind::RBrace)) {
      error_in_list(elt_start, "expected ',' or '}'");
      return nullptr;
    }
    advance();
    error(since(start), "set literals are not supported");
    return nullptr;
  }
  elt_start = pos_; // "perhaps you forgot a comma?" covers the value and what follows
  ExprPtr value = parse_expression();
  if (!value)
    return nullptr;
  if (at(TokenKind::KwFor)) {
    auto comp = std::make_unique<DictCompExpr>(SourceRange());
    comp->key = std::move(first);
    comp->value = std::move(value);
    if (!parse_comprehension(comp->generators))
      return nullptr;
    if (!expect(TokenKind::RBrace, "expected '}'"))
      return nullptr;
    comp->range = since(start);
    return comp;
  }
  auto dict = std::make_unique<DictExpr>(SourceRange());
  if (!check_no_bare_star(first))
    return nullptr;
  dict->keys.push_back(std::move(first));
  dict->values.push_back(std::move(value));
  while (true) {
    if (!at(TokenKind::Comma)) {
      if (!at(TokenKind::RBrace)) {
        error_in_list(elt_start, "expected ',' or '}'");
        return nullptr;
      }
      break;
    }
    advance();
    if (at(TokenKind::RBrace))
      break;
    if (at(TokenKind::DoubleStar)) {
      error(range_of(tok()), "dict unpacking ('**') is not supported");
      return nullptr;
    }
    ExprPtr key = parse_expression();
    if (!key)
      return nullptr;
    if (!expect(TokenKind::Colon, "expected ':'"))
      return nullptr;
    elt_start = pos_;
    ExprPtr v = parse_expression();
    if (!v)
      return nullptr;
    dict->keys.push_back(std::move(key));
    dict->values.push_back(std::move(v));
  }
  advance(); // '}'
  dict->range = since(start);
  return dict;
}

// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
bool Parser::parse_comprehension(std::vector<Comprehension>& generators) {
  while (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (at(TokenKind::KwAsync)) {
      error(range_of(tok()), "'async' comprehensions are not supported");
      return false;
    }
    advance();
    Comprehension c;
    c.target = parse_target_list();
    if (!c.target || !check_target(*c.target, "assign to", true))
      return false;
    if (!expect(TokenKind::KwIn, "expected 'in'"))
      return false;
    c.iter = parse_disjunction();
    if (!c.iter)
      return false;
    while (accept(TokenKind::KwIf)) {
      ExprPtr cond = parse_disjunction();
      if (!cond)
        return false;
      c.ifs.push_back(std::move(cond));
    }
    generators.push_back(std::move(c));
  }
  return true;
}

// star_targets: star_target (',' star_target)* [',']
// star_target: '*' bitwise_or | bitwise_or  (checked with check_target afterwards;
// parsing stops before 'in', which a full expression would consume)
ExprPtr Parser::parse_target_list() {
  const size_t start = pos_;
  auto element = [&]() -> ExprPtr {
    if (!at(TokenKind::Star))
      return parse_binary(1);
    const size_t star = pos_;
    advance();
    ExprPtr value = parse_binary(1);
    if (!value)
      return nullptr;
    return std::make_unique<StarredExpr>(since(star), std::move(value));
  };
  ExprPtr first = element();
  if (!first || !at(TokenKind::Comma))
    return first;
  auto tuple = std::make_unique<TupleExpr>(SourceRange());
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::Comma)) {
    if (!can_start_expression(kind()))
      break;
    ExprPtr e = element();
    if (!e)
      return nullptr;
    tuple->elts.push_back(std::move(e));
  }
  tuple->range = since(start);
  return tuple;
}

// strings: STRING+  (adjacent literals are one expression; with an f-string
// among them the result is an FStringExpr whose literal parts are merged)
ExprPtr Parser::parse_strings() {
  const size_t start = pos_;
  bool any_f = false;
  size_t end = pos_;
  while (toks_[end].kind == TokenKind::String) {
    any_f |= list_.strings[toks_[end].index].is_fstring;
    ++end;
  }
  if (!any_f) {
    std::string value;
    for (size_t i = start; i < end; ++i)
      value += list_.strings[toks_[i].index].value;
    pos_ = end;
    return std::make_unique<StrExpr>(since(start), std::move(value));
  }
  auto fstr = std::make_unique<FStringExpr>(SourceRange());
  std::string pending;
  SourceRange pending_range;
  auto add_literal = [&](const std::string& text, SourceRange r) {
    if (text.empty())
      return;
    pending_range = pending.empty() ? std::move(r) : span(pending_range, r);
    pending += text;
  };
  auto flush = [&] {
    if (pending.empty())
      return;
    FStringExpr::Part part;
    part.expr = std::make_unique<StrExpr>(pending_range, std::move(pending));
    fstr->parts.push_back(std::move(part));
    pending.clear();
  };
  for (size_t i = start; i < end; ++i) {
    const Token& t = toks_[i];
    const StringLiteral& lit = list_.strings[t.index];
    if (!lit.is_fstring) {
      add_literal(lit.value, range_of(t));
      continue;
    }
    for (const StringPiece& piece : lit.pieces) {
      if (!piece.is_field) {
        add_literal(piece.text, SourceRange(source_, piece.begin, piece.end));
        continue;
      }
      flush();
      FStringExpr::Part part;
      part.expr = parse_fstring_field(piece);
      if (!part.expr)
        return nullptr;
      part.is_field = true;
      part.conversion = piece.conversion;
      fstr->parts.push_back(std::move(part));
    }
  }
  flush();
  pos_ = end;
  fstr->range = since(start);
  return fstr;
}

ExprPtr Parser::parse_fstring_field(const StringPiece& piece) {
  Parser sub(source_, tokenize_expression(*source_, piece.begin, piece.end), diag_, depth_ + 1);
  sub.failed_ = failed_;
  ExprPtr e = sub.parse_field();
  if (!e)
    failed_ = true; // the field's parser reported the error
  return e;
}

} // namespace tsc::frontend
