// frontend/lower_impl.h - Private declarations shared by the lowering files (frontend/lower*.cpp).
//
// Lowering emits structured SSA directly, without an intermediate CFG:
//   lower.cpp          module: imports, constants, classes, signatures, on-demand lowering
//   lower_types.cpp    annotations, conversions between types, truthiness
//   lower_env.cpp      environments, refinement, merging branches into prim::If outputs
//   lower_stmt.cpp     statements, blocks, exit flags, assignment
//   lower_loops.cpp    while/for loops, iterables, comprehensions
//   lower_expr.cpp     expressions: names, operators, comparisons, subscripts, displays
//   lower_cond.cpp     conditions and refinement, and/or, conditional expressions
//   lower_calls.cpp    calls: user functions, methods, classes, schema matching
//   lower_builtins.cpp builtin functions and math.*
//
// Note [Exit flags]
// break, continue, return and raise are lowered like TorchScript's exit
// transform. Lowering a statement yields an `Exit`: for each of return, break
// and continue whether it happened (No, Yes, or Maybe with a bool Value), plus
// `dead` when every path raised, and the returned value. Every statement starts
// with all flags No: after a statement whose Exit has a Maybe flag, the rest of
// the block is lowered inside `prim::If(not exited)` (the "guard"), and after a
// definite exit the rest is dead and skipped. prim::If merges flags like
// variables (If outputs); prim::Loop carries the return flag and the returned
// value, and its continue condition is `not break and not return and cond`.
//
// Note [Refinement]
// `x is not None` (and `is None`, `not`, `and`, `or`, isinstance, assert,
// early exits) refines an Optional local to its element type. A refinement is
// a Pending binding: the source value, the refined type and an anchor; the
// prim::unchecked_cast is emitted at the anchor on first use, so unused
// refinements cost nothing. Refinements of `obj.attr` (obj a local holding an
// object, usually `self`) are AttrRefine bindings keyed "obj.attr": each read
// emits GetAttr + unchecked_cast; an assignment to the attribute or to obj
// leaves an AttrStale binding that ends the refinement, and a loop whose body
// assigns either ends it for the whole loop. Calls are assumed not to assign
// the attribute (a documented simplification).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include "frontend/ast.h"
#include "ir/diagnostic.h"
#include "ir/graph.h"
#include "ir/module.h"
#include "ir/op_registry.h"
#include "ir/type.h"

namespace tsc::frontend::lowering {

using ir::Block;
using ir::Node;
using ir::Symbol;
using ir::Type;
using ir::TypeKind;
using ir::TypePtr;
using ir::Value;

class ModuleLowerer;
struct ClassInfo;

// ----------------------------------------------------------------------------
// Control flow state. See Note [Exit flags].

enum class Tri : uint8_t { No, Yes, Maybe };

struct Flag {
  Tri state = Tri::No;
  Value* value = nullptr; ///< the bool when state is Maybe
};

struct Exit {
  bool dead = false; ///< every path raised: nothing after is reachable
  bool left = false; ///< every path left by break, continue or return (which one: the flags)
  Flag ret, brk, cont;
  Value* retval = nullptr; ///< the returned value when ret is not No

  /// No path continues with the next statement.
  bool exited() const {
    return dead || left || ret.state == Tri::Yes || brk.state == Tri::Yes || cont.state == Tri::Yes;
  }
  /// Some paths continue and some leave.
  bool may_exit() const {
    return !exited() && (ret.state == Tri::Maybe || brk.state == Tri::Maybe || cont.state == Tri::Maybe);
  }
};

// ----------------------------------------------------------------------------
// Environments

enum class BindingKind : uint8_t {
  Value,      ///< bound to `value`
  Pending,    ///< refinement of `value` to `type`, cast emitted on first use
  Poisoned,   ///< its definition had an error (already reported): uses are silent
  Undefined,  ///< defined on some paths only: a use is an error (`reason`)
  Unbound,    ///< declared (`x: int`) but not assigned yet
  AttrRefine, ///< key "obj.attr": reads are refined to `type`
  AttrStale,  ///< key "obj.attr": assigned since the refinement; reads are not refined
};

struct Binding {
  BindingKind kind = BindingKind::Value;
  Value* value = nullptr;
  TypePtr type = nullptr;        ///< Pending/AttrRefine: the refined type
  TypePtr declared = nullptr;    ///< the variable's declared type (checks assignments)
  SourceRange def_range;         ///< its first assignment (Undefined: where it is defined)
  bool assigned = false;         ///< set by an assignment in this scope, not only refined
  bool pinned = false;           ///< annotated: loops carry (and while tests see) the declared type
  Value* source = nullptr;       ///< a refinement (Pending, or Value once cast): the unrefined value
  Block* anchor_block = nullptr; ///< Pending: cast goes at the start of this block ...
  Node* anchor_node = nullptr;   ///< ... or, when set, right after this node
  SourceRange origin;            ///< Pending: the condition that refined it
  std::string cast_name;         ///< Pending: debug name for the cast (default: the source's)
  std::string reason;            ///< Undefined: "is not defined in the false branch", ...
};

/// One lexical region that emits into one block: a function body, an if
/// branch, a loop body, a comprehension. Lookups walk the parent chain.
class Env {
public:
  Env(Env* parent, Block* block) : parent_(parent), block_(block) {}
  Env(const Env&) = delete;
  Env& operator=(const Env&) = delete;

  Env* parent() const { return parent_; }
  Block* block() const { return block_; }

  /// The nearest binding of `name` in this scope or an enclosing one; null if none.
  Binding* find(const std::string& name);
  Binding* find_local(const std::string& name);
  /// Binds `name` in this scope (replacing a binding of this scope).
  Binding& set(const std::string& name, Binding b);
  /// Names bound in this scope, in first-binding order.
  const std::vector<std::string>& order() const { return order_; }

private:
  Env* parent_;
  Block* block_;
  std::unordered_map<std::string, Binding> vars_;
  std::vector<std::string> order_;
};

/// A refinement a condition implies: local `key` (or "obj.attr") has `type`.
struct Refinement {
  std::string key;
  TypePtr type;
  SourceRange range; ///< the test that implies it
};

/// A lowered condition.
struct Cond {
  Value* value = nullptr;           ///< the bool; null when static or on error
  std::optional<bool> constant;     ///< known at compile time (the other branch is not lowered)
  bool error = false;               ///< reported already
  std::vector<Refinement> if_true;  ///< holds where the condition is true
  std::vector<Refinement> if_false; ///< holds where it is false
};

/// A right-hand side: a value, or a tuple not yet built (`a, b = 1, 2`,
/// enumerate's (index, element)), so that unpacking it builds nothing.
struct RValue {
  Value* value = nullptr;
  std::vector<RValue> elems; ///< the virtual tuple's parts when `value` is null
  bool poison = false;
  SourceRange range;

  static RValue of(Value* v, SourceRange r) {
    RValue rv;
    rv.value = v;
    rv.poison = v == nullptr;
    rv.range = std::move(r);
    return rv;
  }
  bool is_virtual_tuple() const { return value == nullptr && !poison; }
};

/// Names (and "obj.attr" paths) assigned somewhere in a body, and whether it
/// returns; computed once per body (ModuleLowerer::scan).
struct ScanInfo {
  std::vector<std::string> names;
  std::vector<std::string> attrs;
  bool has_return = false;
  bool has_break = false; ///< a `break` of this loop (not of a nested one)
};

/// A positional or keyword argument of a call, already lowered.
struct CallArg {
  Value* value = nullptr;
  SourceRange range;
  std::string name; ///< keyword name; empty for positional
  SourceRange name_range;
};

// ----------------------------------------------------------------------------
// Module-level declarations

struct FunctionInfo {
  enum class State { Declared, InProgress, Done };
  std::string name;       ///< "f" or "C.m"
  std::string short_name; ///< "f" or "m"
  const FunctionDefStmt* def = nullptr;
  ClassInfo* owner = nullptr;
  ir::Function* fn = nullptr;
  State state = State::Declared;
  bool signature_ok = true;
  bool return_annotated = false;
  bool reported_recursion = false;
  TypePtr return_type = nullptr; ///< declared, or inferred once Done (null if that failed)
};

struct ConstantInfo {
  const Expr* value = nullptr;
  TypePtr type = nullptr;
  SourceRange range;
};

/// The type of a literal usable as a constant (int, float, bool, str, None, a
/// signed number, a tuple of these), or null.
TypePtr constant_literal_type(const Expr& e);

/// What kind of torch.nn container a module class is (docs/modules.md):
/// iteration, indexing and len() over its submodules are unrolled at compile time.
enum class ModuleContainer : uint8_t { None, List, Dict };

/// A scalar known at compile time (static conditions of module code): None, bool, int, float or str.
using StaticValue = std::variant<std::monostate, bool, int64_t, double, std::string>;
/// Python's truth of a static value.
bool static_truth(const StaticValue& v);

struct ClassInfo {
  std::string name;
  const ClassDefStmt* def = nullptr;
  ir::ClassType* type = nullptr;
  std::unordered_map<std::string, FunctionInfo*> methods;
  std::unordered_set<std::string> ignored_methods;
  FunctionInfo* init = nullptr;
  std::unordered_map<std::string, SourceRange> attr_ranges; ///< where each attribute was declared
  // Module classes: the class of a scripted nn.Module instance, declared by a
  // header of `__tsc_module__(...)` calls that tsc.script writes (Note [Module classes]).
  bool is_module = false;
  std::string python_name; ///< "torch.nn.modules.conv.Conv2d", for messages
  ModuleContainer container = ModuleContainer::None;
  std::unordered_map<std::string, ConstantInfo> constants;   ///< __constants__, Final, training
  std::unordered_map<std::string, std::string> unsupported;  ///< attribute -> why compiled code cannot read it
};

/// Lowers one module; owns the declarations every FunctionLowerer consults.
class ModuleLowerer {
public:
  ModuleLowerer(const Module& ast, ir::DiagnosticEngine& diag);
  std::unique_ptr<ir::Module> run();

  ir::DiagnosticEngine& diag() { return diag_; }

  /// Resolves a type annotation; reports and returns null when it is not a type.
  TypePtr resolve_type(const Expr& e);
  /// The return type of `f`, lowering it first when it is inferred. Reports
  /// (at `use`) a recursive use of an inferred return type; null on failure.
  TypePtr return_type_of(FunctionInfo& f, const SourceRange& use);
  /// Lowers `__init__` of `c` if not done, so that its attributes are known.
  void ensure_class_ready(ClassInfo& c);
  const ScanInfo& scan(const Body& body);

  FunctionInfo* find_function(const std::string& name);
  ClassInfo* find_class(const std::string& name);
  ClassInfo* class_info(TypePtr t);
  const ConstantInfo* find_constant(const std::string& name);
  /// Why the global `name` cannot be used (tsc.script could not capture it), or null.
  const std::string* find_unsupported_global(const std::string& name) const;
  /// The module a local name stands for ("math", "torch", "typing", ...), or empty.
  std::string module_alias(const std::string& name) const;
  /// "typing.List" for a name imported with `from typing import List`; empty if none.
  std::string imported_name(const std::string& name) const;
  /// Names a typo might have meant (functions, classes, constants), for suggestions.
  void collect_global_names(std::vector<std::string>& out) const;

private:
  friend class FunctionLowerer;
  void declare(const Module& ast);
  void declare_import(const ImportStmt& s);
  void declare_import_from(const ImportFromStmt& s);
  void declare_constant(const Stmt& s);
  void declare_methods(ClassInfo& c);
  void declare_class_body(ClassInfo& c);
  /// The header of a module class (Note [Module classes]); false when `c` has none.
  bool declare_module_header(ClassInfo& c);
  void declare_signature(FunctionInfo& f);
  bool check_decorators(const FunctionDefStmt& def, bool is_method, bool& ignored);
  std::optional<ir::DefaultValue> default_value(const Expr& e, TypePtr type, const std::string& param);
  void ensure_lowered(FunctionInfo& f);
  TypePtr resolve_type_name(const std::string& name, const SourceRange& r, bool subscripted);
  void scan_stmt(const Stmt& s, ScanInfo& info, std::unordered_set<std::string>& seen,
                 std::unordered_set<std::string>& seen_attrs, bool in_nested_loop);

  const Module& ast_;
  ir::DiagnosticEngine& out_; ///< the caller's engine, filled in source order at the end
  ir::DiagnosticEngine diag_; ///< reports in lowering order (bodies lower on demand)
  std::unique_ptr<ir::Module> module_;
  std::vector<std::unique_ptr<FunctionInfo>> function_store_;
  std::vector<std::unique_ptr<ClassInfo>> class_store_;
  std::unordered_map<std::string, FunctionInfo*> functions_;
  std::unordered_map<std::string, ClassInfo*> classes_;
  std::unordered_map<const ir::ClassType*, ClassInfo*> class_by_type_;
  std::unordered_map<std::string, ConstantInfo> constants_;
  std::unordered_map<std::string, std::string> unsupported_globals_;
  std::unordered_map<std::string, std::string> modules_;
  std::unordered_map<std::string, std::string> imported_;
  std::unordered_map<std::string, SourceRange> global_defs_;
  std::unordered_map<const Body*, ScanInfo> scans_;
  std::vector<FunctionInfo*> order_; ///< functions and methods in definition order
};

// ----------------------------------------------------------------------------
// Iteration sources for `for` loops and comprehensions.

struct Iterable {
  enum class Kind { Range, Seq, Reversed, Enumerate, Zip, Tuple };
  Kind kind = Kind::Seq;
  SourceRange range;
  // Range: range(start, stop, step); `simple` for range(n) (the index is the element)
  Value* start = nullptr;
  Value* step = nullptr;
  bool simple = false;
  // Seq: a list or str, indexed with __getitem__ (a Tensor: rows, aten::select on dim 0)
  Value* seq = nullptr;
  // Reversed/Enumerate/Zip wrap children; Enumerate adds `start` (may be null)
  std::vector<Iterable> children;
  // Tuple: unrolled; the elements are lowered already
  std::vector<RValue> elements;
  // The number of iterations, and len - 1 for Reversed (computed before the loop)
  Value* trip = nullptr;
  Value* last = nullptr;
};

/// A loop-carried variable: its value before the loop and the type the loop carries.
struct Carried {
  std::string name;
  Value* init;
  TypePtr type;
  TypePtr declared;
  bool pinned;
  SourceRange def_range;
};

// ----------------------------------------------------------------------------
// Function lowering

/// Lowers one function or method body into its ir::Function's graph.
struct FunctionalSignature; // torch.nn.functional signatures (lower_tensor.cpp)

class FunctionLowerer {
public:
  FunctionLowerer(ModuleLowerer& mod, FunctionInfo& info);
  void run();

private:
  // ---- emission helpers (lower_env.cpp) ----
  Node* emit(Env& env, Symbol kind, const std::vector<Value*>& inputs, const std::vector<TypePtr>& outputs,
             const SourceRange& r);
  Value* const_int(Env& env, int64_t v, const SourceRange& r);
  Value* const_float(Env& env, double v, const SourceRange& r);
  Value* const_bool(Env& env, bool v, const SourceRange& r);
  Value* const_str(Env& env, std::string v, const SourceRange& r);
  Value* const_none(Env& env, const SourceRange& r);
  Value* uninitialized(Env& env, TypePtr type, const SourceRange& r);
  /// Emits `kind` with exactly these positional inputs, picking the first overload
  /// they match without conversions; null (nothing emitted) if none does.
  Value* emit_op(Env& env, Symbol kind, const std::vector<Value*>& inputs, const SourceRange& r);
  Node* emit_op_node(Env& env, Symbol kind, const std::vector<Value*>& inputs, const SourceRange& r);
  Value* emit_not(Env& env, Value* b, const SourceRange& r);

  // ---- environments and merging (lower_env.cpp) ----
  /// The value of a binding, emitting a pending refinement's cast.
  Value* materialize(Binding& b);
  /// A value to pass on where the binding's type is expected (an If or Loop
  /// output of that type): a pending upcast passes its source unchanged.
  Value* materialize_for_merge(Binding& b);
  /// Looks up a local for reading; reports undefined uses. Null when it is
  /// not a local (`found` false) or on error (`found` true).
  Value* read_local(Env& env, const std::string& name, const SourceRange& r, bool& found);
  void apply_refinements(Env& env, const std::vector<Refinement>& refs, Node* anchor);
  /// Merges the two branches of prim::If `node` (emitted in `parent`) into If
  /// outputs and bindings of `parent`; returns the merged exit state.
  Exit merge_branches(Node* node, Env& parent, Env& t, const Exit& st_t, Env& f, const Exit& st_f,
                      const SourceRange& r);
  Value* flag_value(Env& env, const Flag& f, const SourceRange& r);
  Value* exit_condition(Env& env, const Exit& st, const SourceRange& r, bool include_continue);
  void note_retval_carrier(Value* v);
  TypePtr retval_type() const;

  // ---- statements (lower_stmt.cpp) ----
  Exit lower_block(const Body& body, size_t begin, Env& env, const Stmt* tail);
  Exit guard_rest(const Body& body, size_t begin, Env& env, const Stmt* tail, const Exit& st,
                  const SourceRange& r);
  Exit lower_stmt(const Stmt& s, Env& env);
  Exit lower_if(const IfStmt& s, Env& env);
  Exit lower_return(const ReturnStmt& s, Env& env);
  Exit lower_raise(const RaiseStmt& s, Env& env);
  Exit lower_assert(const AssertStmt& s, Env& env);
  void lower_assign(const AssignStmt& s, Env& env);
  void lower_aug_assign(const AugAssignStmt& s, Env& env);
  void lower_ann_assign(const AnnAssignStmt& s, Env& env);
  void lower_delete(const DeleteStmt& s, Env& env);
  /// The type an assignment to `target` expects (for `[]`, `None`, int -> float), or null.
  TypePtr target_type_hint(const Expr& target, Env& env);
  void assign_to(const Expr& target, const RValue& rv, Env& env, bool fresh = false);
  void assign_name(const std::string& name, const SourceRange& name_range, const RValue& rv, Env& env,
                   TypePtr annotated, bool fresh);
  void assign_attribute(const AttributeExpr& target, Value* v, const SourceRange& vr, Env& env,
                        TypePtr annotated);
  void assign_subscript(const SubscriptExpr& target, Value* v, const SourceRange& vr, Env& env);
  void store_attribute(Value* obj, const AttributeExpr& target, Value* v, const SourceRange& vr, Env& env,
                       TypePtr annotated);
  void store_subscript(Value* obj, Value* idx, Value* v, const SourceRange& vr, const SubscriptExpr& target,
                       Env& env);
  void delete_item(const SubscriptExpr& sub, Env& env);
  void poison_targets(const Expr& target, Env& env);
  Value* materialize_rvalue(const RValue& rv, Env& env);
  Value* raise_message(const Expr* arg, Env& env);

  // ---- loops and comprehensions (lower_loops.cpp) ----
  Exit lower_while(const WhileStmt& s, Env& env);
  /// `True`, a nonzero int or a True module constant: a `while` that never stops by its test.
  bool is_literal_true(const Expr& e);
  Exit lower_for(const ForStmt& s, Env& env);
  /// Lowers the iterable of a for/comprehension (and its trip count, before
  /// the loop); false on error (reported).
  bool lower_iterable(const Expr& e, Env& env, Iterable& out);
  /// The element for iteration `index`, emitted in the loop body.
  RValue element(Iterable& it, Value* index, Env& body);
  /// Emits a prim::Loop running `body`; `target` receives the iterable's
  /// elements (for), `while_test` is re-evaluated at the end of each iteration
  /// (while), `refs` hold at the start of each iteration.
  Exit lower_loop(Env& env, Value* trip, Value* init_cond, const Body& body, const Expr* target,
                  Iterable* iterable, const Expr* while_test, const SourceRange& r,
                  const std::vector<Refinement>& refs, bool infinite, std::vector<Carried> carried);
  /// The variables a loop over `body` carries (assigned in it, or the target,
  /// and defined before it), with their initial values and carried types.
  std::vector<Carried> loop_carried(Env& env, const Body& body, const Expr* target);
  Exit lower_unrolled(const ForStmt& s, Iterable& it, size_t index, Env& u);
  void finish_unrolled(Env& env, Env& u);
  Value* lower_list_comp(const ListCompExpr& e, Env& env, TypePtr expected);
  Value* lower_dict_comp(const DictCompExpr& e, Env& env, TypePtr expected);
  Value* list_from_iterable(Iterable& it, Env& env, TypePtr expected, const SourceRange& r);
  /// A loop without carried values over `it` (unrolled for tuples), calling
  /// `body` with each element; false when `body` failed.
  bool for_each_element(Iterable& it, Env& env, const SourceRange& r,
                        const std::function<bool(Env&, const RValue&)>& body);
  /// Emits the loops and filters of comprehension clauses [g, ...) and calls
  /// `leaf` innermost; false on error.
  bool comprehension_loops(const std::vector<Comprehension>& gens, size_t g, Env& env,
                           const std::function<bool(Env&)>& leaf, const SourceRange& r);

  // ---- expressions (lower_expr.cpp) ----
  Value* lower_expr(const Expr& e, Env& env, TypePtr expected = nullptr);
  RValue lower_rvalue(const Expr& e, Env& env, TypePtr expected = nullptr);
  Value* lower_name(const NameExpr& e, Env& env);
  Value* lower_constant(const Expr& literal, TypePtr type, Env& env, const SourceRange& r);
  Value* lower_attribute(const AttributeExpr& e, Env& env);
  Value* lower_unary(const UnaryExpr& e, Env& env);
  Value* lower_binary(const BinaryExpr& e, Env& env, TypePtr expected);
  Value* binary_op(BinaryOp op, Value* a, Value* b, Env& env, const SourceRange& r, bool in_place);
  Value* lower_compare(const CompareExpr& e, Env& env);
  Value* compare_chain(const CompareExpr& e, size_t i, Value* left, Env& env);
  Value* compare_op(CompareOp op, Value* a, Value* b, Env& env, const SourceRange& r,
                    const SourceRange& op_range);
  Value* contains(Value* container, Value* item, Env& env, const SourceRange& r);
  Value* equality(bool eq, Value* a, Value* b, Env& env, const SourceRange& r);
  Value* lower_subscript(const SubscriptExpr& e, Env& env);
  /// obj[idx] for lists, str and dicts (tuples need a constant index).
  Value* subscript_value(Value* obj, Value* idx, Env& env, const SourceRange& r,
                         const SourceRange& idx_range);
  /// obj.attr for a user object (refined while a refinement of "obj.attr" holds).
  Value* read_attribute(Value* obj, const AttributeExpr& e, Env& env);
  Value* lower_slice(Value* v, const SliceExpr& s, Env& env, const SourceRange& r);
  std::optional<int64_t> constant_int(const Expr& e, Env& env);
  Value* lower_list(const ListExpr& e, Env& env, TypePtr expected);
  Value* lower_tuple(const TupleExpr& e, Env& env, TypePtr expected);
  Value* lower_dict(const DictExpr& e, Env& env, TypePtr expected);
  Value* lower_fstring(const FStringExpr& e, Env& env);
  /// Whether coerce() would succeed.
  static bool coerce_possible(TypePtr from, TypePtr to);
  /// Unifies element types for a display (int and float give float); reports
  /// at the offending element and returns null when they do not unify.
  TypePtr unify_elements(const std::vector<Value*>& vals, const std::vector<const Expr*>& exprs,
                         const char* what);
  bool check_dict_key(TypePtr key, const SourceRange& r);

  // ---- conditions (lower_cond.cpp). See Note [Refinement]. ----
  /// A condition as a bool (Python truthiness), or a constant when known at
  /// compile time, with the refinements it implies.
  Cond lower_cond(const Expr& e, Env& env);
  Cond cond_and_or(const BoolOpExpr& e, size_t i, Env& env);
  Cond cond_is_none(const CompareExpr& e, Env& env);
  Value* cond_value(Env& env, const Cond& c, const SourceRange& r);
  /// The refinement key of a local `x` or of `obj.attr` (obj a local object); empty when not refinable.
  std::string refinement_key(const Expr& e, Env& env);
  /// `a and b` / `a or b` as a value: an operand, as in Python (bool only when both are).
  Value* lower_bool_op(const BoolOpExpr& e, Env& env);
  Value* bool_op_values(const BoolOpExpr& e, size_t i, Env& env);
  Value* lower_if_expr(const IfExpr& e, Env& env, TypePtr expected);

  // ---- calls (lower_calls.cpp) ----
  Value* lower_call(const CallExpr& e, Env& env, TypePtr expected);
  Value* dispatch_call(const CallExpr& e, Env& env, TypePtr expected);
  /// Lowers a call's arguments (positional ones with `hints`) and appends them to `args`.
  bool lower_args(const CallExpr& e, Env& env, std::vector<CallArg>& args, const std::vector<TypePtr>& hints);
  bool check_arity(const CallExpr& e, const std::string& name, size_t lo, size_t hi);
  Value* call_user_function(FunctionInfo& f, Value* self, const CallExpr& e, Env& env, size_t first_param);
  /// Python's operator protocol on a user object: when `self`'s class defines
  /// `method` (e.g. "__eq__", "__len__"), calls it with `args` already lowered
  /// and returns the result; returns null without reporting when the class
  /// has no such method (`*found` false) so the caller can fall back, and
  /// reports (with `*found` true) when the call does not type-check.
  Value* call_dunder(Value* self, const std::string& method, const std::vector<Value*>& args, Env& env,
                     const SourceRange& r, bool* found);
  Value* construct_object(ClassInfo& c, const CallExpr& e, Env& env);
  Value* call_method(Value* self, const AttributeExpr& callee, const CallExpr& e, Env& env);
  Value* call_builtin_method(Value* self, const std::string& name, const CallExpr& e, Env& env);
  /// Matches lowered arguments against the overloads of `kind` (first exact,
  /// then with int -> float), materializes defaults, emits the node. Reports
  /// with `display` as the callee's name and returns null when nothing matches.
  /// The first `implicit_args` arguments are the receiver (not counted in messages).
  Node* call_schema(Env& env, Symbol kind, std::vector<CallArg> args, const SourceRange& r,
                    const std::string& display, size_t implicit_args);
  /// A node's result as one value: None for no outputs, a tuple for several.
  Value* call_result(Env& env, Node* n, const SourceRange& r);
  Value* default_constant(Env& env, const ir::DefaultValue& d, TypePtr type, const SourceRange& r);
  /// Expected argument types of `kind` once the receiver binds its type variables.
  std::vector<TypePtr> method_hints(Symbol kind, TypePtr self_type, size_t nargs);

  // ---- builtins (lower_builtins.cpp) ----
  Value* call_builtin(const std::string& name, const CallExpr& e, Env& env, TypePtr expected);
  Value* call_math(const std::string& name, const CallExpr& e, Env& env);
  Value* call_module_function(const std::string& qualified, const CallExpr& e, Env& env, TypePtr expected);
  Value* call_print(const CallExpr& e, Env& env);
  /// isinstance(x, T): a constant when decided statically; fills `cond` when given.
  Value* call_isinstance(const CallExpr& e, Env& env, Cond* cond);
  Value* call_conversion(const std::string& name, const CallExpr& e, Env& env, TypePtr expected);
  Value* call_min_max(bool is_min, const CallExpr& e, Env& env);
  /// Decides isinstance from the static type; nullopt when it needs a run-time
  /// check (of the types in `dyn` for Any); `error` after a report.
  std::optional<bool> static_isinstance(TypePtr t, const Expr& spec, std::vector<TypePtr>& dyn, bool& error);

  // ---- tensors (lower_tensor.cpp) ----
  /// torch.NAME(...) and torch.nn.functional.NAME(...) resolved against aten::NAME.
  Value* call_torch_function(const std::string& qualified, const CallExpr& e, Env& env);
  /// F.NAME(...) with F's Python signature `sig` (lower_tensor.cpp), lowered to its aten op.
  Value* call_functional(const FunctionalSignature& sig, const std::string& qualified, const CallExpr& e,
                         std::vector<CallArg> args, Env& env);
  /// F.interpolate with its 7 parameters' values (defaults filled in): aten::upsample_*.vec.
  Value* call_interpolate(const std::string& qualified, const CallExpr& e, const std::vector<Value*>& v,
                          Env& env);
  /// x.NAME(...) on a Tensor: aten::NAME with x as `self`, plus x.float()/x.long()/... conversions.
  Value* call_tensor_method(Value* self, const std::string& name, const CallExpr& e, Env& env);
  /// An arithmetic or bitwise operator with a Tensor on either side (TorchScript's mapping).
  Value* tensor_binary(BinaryOp op, Value* a, Value* b, Env& env, const SourceRange& r);
  /// A comparison with a Tensor on either side: an elementwise bool tensor.
  Value* tensor_compare(CompareOp op, Value* a, Value* b, Env& env, const SourceRange& r);
  /// -x and ~x on a Tensor.
  Value* tensor_unary(UnaryOp op, Value* v, Env& env, const SourceRange& r);
  // ---- tensor indexing and mutation (lower_tensor_index.cpp) ----
  /// x[i], x[a:b], x[None], x[..., 0] as views (select/slice/unsqueeze), then
  /// aten::index.Tensor when the index has tensors or lists (x[mask], x[idx, 1:]).
  Value* tensor_subscript(Value* t, const Expr& index, Env& env, const SourceRange& r);
  /// The view that the ints, slices, None and '...' of `index` select; fills
  /// `indices` with the tensor indices per dim of that view (null: none), empty
  /// when there are none. Null after a report.
  Value* tensor_index_view(Value* t, const Expr& index, Env& env, std::vector<Value*>& indices);
  /// The Tensor?[] list aten::index / aten::index_put_ take (None for null entries).
  Value* tensor_index_list(const std::vector<Value*>& indices, Env& env, const SourceRange& r);
  /// `t[index] = v`: copy_/fill_ into the view, or aten::index_put_ with tensor indices.
  void tensor_assign_subscript(Value* t, const Expr& index, Value* v, const SourceRange& vr, Env& env,
                               const SourceRange& r);
  /// `a op= b` with a Tensor `a`: the in-place op (aten::add_, ...) whose result is `a` itself.
  Value* tensor_inplace_binary(BinaryOp op, Value* a, Value* b, Env& env, const SourceRange& r);
  /// `t[index] op= value`: in place on the view, or index + in-place op + index_put_.
  void tensor_aug_assign_subscript(Value* t, const SubscriptExpr& target, BinaryOp op, const Expr& value,
                                   Env& env, const SourceRange& r);
  /// x.tolist() with the annotated result type `expected` (prim::tolist + unchecked_cast).
  Value* tensor_tolist(Value* t, const CallExpr& e, Env& env, TypePtr expected);
  /// x.shape (and other tensor attributes).
  Value* tensor_attribute(Value* t, const AttributeExpr& e, Env& env);
  /// Emits aten::`name` on positional inputs through schema matching (defaults filled in).
  Value* tensor_op(Env& env, const std::string& name, const std::vector<Value*>& inputs, const SourceRange& r,
                   const std::string& display);

  // ---- module classes (lower_module.cpp). See Note [Module classes]. ----
  /// A value known at compile time from literals, module constants and module
  /// class constants (`self.padding_mode != 'zeros'`); nullopt otherwise.
  std::optional<StaticValue> static_value(const Expr& e, Env& env);
  /// The class `e` statically has when it names a local object or an object
  /// attribute of one (`self`, `self.layer1`); null otherwise.
  ClassInfo* static_class(const Expr& e, Env& env);
  /// `obj.name` for a module class: a constant, or an error for an attribute
  /// compiled code cannot read; null with `handled` false when neither.
  Value* module_constant(ClassInfo& ci, const AttributeExpr& e, Env& env, bool& handled);
  /// Calls `obj`'s forward (a submodule called like a function).
  Value* call_module(Value* obj, const CallExpr& e, Env& env, const SourceRange& callee_range);
  /// The submodules of a container module object, in order, as GetAttr values;
  /// `keys` receives their names.
  std::vector<Value*> module_children(Value* obj, ClassInfo& ci, Env& env, const SourceRange& r,
                                      std::vector<std::string>* keys = nullptr);
  /// `self.layers[i]` / `self.blocks["name"]` on a container: the child; null after a report.
  Value* module_subscript(Value* obj, ClassInfo& ci, const Expr& index, Env& env, const SourceRange& r);
  /// `d.items()`, `d.keys()`, `d.values()` of a ModuleDict: a tuple (unrolled when iterated).
  Value* module_dict_view(Value* obj, ClassInfo& ci, const std::string& name, const CallExpr& e, Env& env);

  // ---- types (lower_types.cpp) ----
  /// `v` converted to `target` (subtype: as is; int/bool -> float, bool -> int,
  /// tuples element-wise); null when it cannot be (nothing reported).
  Value* coerce(Env& env, Value* v, TypePtr target, const SourceRange& r);
  /// Python truthiness of `v` as a bool; reports and returns null when `v`
  /// cannot be a condition.
  Value* truthy(Env& env, Value* v, const SourceRange& r);
  Value* to_int_if_bool(Env& env, Value* v, const SourceRange& r);
  Value* to_float(Env& env, Value* v, const SourceRange& r);
  /// Reports an unknown name at `r` with a "did you mean" suggestion, and
  /// poisons it for the rest of the function so that it is reported once.
  void report_unknown_name(const std::string& name, const SourceRange& r, Env& env);

  ModuleLowerer& mod_;
  ir::DiagnosticEngine& diag_;
  FunctionInfo& info_;
  ir::Graph& graph_;
  ClassInfo* self_class_ = nullptr;
  bool is_init_ = false;
  TypePtr declared_return_ = nullptr; ///< null while inferred
  TypePtr inferred_return_ = nullptr;
  SourceRange inferred_return_range_;
  std::vector<Value*> retval_carriers_;
  std::vector<bool> loops_; ///< enclosing loops, innermost last; true for unrolled ones
  bool discard_result_ = false;
  int attr_refinements_ = 0; ///< attribute refinements made so far (invalidation is skipped while 0)  ///<
                             ///< the call being lowered is an expression statement
  bool reported_missing_return_ = false;
  ReturnStmt implicit_return_;
};

// ----------------------------------------------------------------------------
// Small helpers shared by the files

inline bool is_kind(TypePtr t, TypeKind k) {
  return t != nullptr && t->kind() == k;
}
/// "'int'" - a type in quotes, for messages.
std::string quoted(TypePtr t);
/// "; check that it is not None first" for Optional types, else empty (message suffix).
std::string none_hint(TypePtr t);
/// Interns "aten::name" once per call site.
Symbol symbol(std::string_view qualified);
/// Edit distance between two short names (for "did you mean" suggestions).
size_t edit_distance(std::string_view a, std::string_view b);
/// The closest candidate to `name`, or empty when none is close.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);
/// Type-variable bindings while matching a schema (few entries: a vector).
using TypeBindings = std::vector<std::pair<TypePtr, TypePtr>>;
/// Matches `actual` against schema type `formal`, binding type variables.
/// Outside containers an actual may be a subtype; inside them types must agree.
bool bind_type(TypePtr formal, TypePtr actual, TypeBindings& b, bool invariant = false);
/// `formal` with bound variables replaced; null if a variable is unbound.
TypePtr subst_type(TypePtr formal, const TypeBindings& b);
/// Builtin functions the frontend knows (print, len, ...).
bool is_builtin_name(const std::string& name);
bool is_math_function(const std::string& name);
/// math.pi, math.e, math.tau, math.inf, math.nan.
std::optional<double> math_constant(const std::string& name);
/// torch.float32, torch.long, ...: torch's ScalarType number (torch.float32 is 6).
std::optional<int64_t> torch_dtype_constant(const std::string& name);
/// Python's builtin exception names the frontend accepts in `raise`.
bool is_exception_name(const std::string& name);
/// The dotted name of `a.b.c` (Name and Attribute chain); empty otherwise.
std::string dotted_name(const Expr& e);

} // namespace tsc::frontend::lowering
