// tests/unit/ir/graph_test.cpp - Building graphs: placement, use lists, erase, replace_all_uses_with.
#include "ir/graph.h"
#include "ir/module.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace tsc::ir;

namespace {
std::vector<Node*> node_list(const Block* b) {
  std::vector<Node*> out;
  for (Node* n : b->nodes())
    out.push_back(n);
  return out;
}

bool has_use(const Value* v, const Node* user, size_t index) {
  return std::find(v->uses().begin(), v->uses().end(), Use{const_cast<Node*>(user), index}) !=
         v->uses().end();
}
} // namespace

TEST_CASE("a new graph has an empty top block", "[ir][graph]") {
  Graph g;
  REQUIRE(g.block() != nullptr);
  CHECK(g.block()->empty());
  CHECK(g.block()->owning_node() == nullptr);
  CHECK(g.block()->param_node()->kind() == prim::Param);
  CHECK(g.block()->return_node()->kind() == prim::Return);
  CHECK(g.inputs().empty());
  CHECK(g.outputs().empty());
}

TEST_CASE("inputs are the top block's parameters", "[ir][graph]") {
  Graph g;
  Value* x = g.add_input(Type::int_type(), "x");
  Value* y = g.add_input(Type::float_type());
  REQUIRE(g.inputs().size() == 2);
  CHECK(g.inputs()[0] == x);
  CHECK(x->debug_name() == "x");
  CHECK(y->debug_name().empty());
  CHECK(x->node() == g.block()->param_node());
  CHECK(y->offset() == 1);
  g.register_output(x);
  CHECK(g.outputs() == std::vector<Value*>{x});
  CHECK(has_use(x, g.block()->return_node(), 0));
}

TEST_CASE("insert places nodes at the insertion point and records uses", "[ir][graph][node]") {
  Graph g;
  Value* x = g.add_input(Type::int_type(), "x");
  Value* one = g.insert_constant(int64_t{1});
  Node* add = g.insert(aten::add, {x, one}, {Type::int_type()});
  CHECK(node_list(g.block()) == std::vector<Node*>{one->node(), add});
  CHECK(add->owning_block() == g.block());
  CHECK(add->inputs() == std::vector<Value*>{x, one});
  CHECK(has_use(x, add, 0));
  CHECK(has_use(one, add, 1));
  CHECK(add->output()->type() == Type::int_type());
  CHECK(add->output()->node() == add);

  g.set_insertion_point(add);
  Value* two = g.insert_constant(int64_t{2});
  CHECK(node_list(g.block()) == std::vector<Node*>{one->node(), two->node(), add});
  CHECK(one->node()->is_before(two->node()));
  CHECK(two->node()->is_before(add));
  CHECK_FALSE(add->is_before(one->node()));
}

TEST_CASE("insert_constant builds prim::Constant with a value attribute", "[ir][graph][node]") {
  Graph g;
  Value* i = g.insert_constant(int64_t{-3});
  Value* i2 = g.insert_constant(7);
  Value* f = g.insert_constant(2.5);
  Value* b = g.insert_constant(true);
  Value* s = g.insert_constant("hi");
  Value* n = g.insert_none();
  CHECK(i->node()->kind() == prim::Constant);
  CHECK(i->node()->i("value") == -3);
  CHECK(i2->type() == Type::int_type());
  CHECK(i2->node()->i("value") == 7);
  CHECK(f->node()->f("value") == 2.5);
  CHECK(f->type() == Type::float_type());
  CHECK(b->node()->b("value"));
  CHECK(b->type() == Type::bool_type());
  CHECK(s->node()->s("value") == "hi");
  CHECK(s->type() == Type::str_type());
  CHECK(n->type() == Type::none_type());
  CHECK(n->node()->attributes().empty());
}

TEST_CASE("attributes keep insertion order and can be replaced", "[ir][node]") {
  Graph g;
  Node* n = g.create(prim::TupleSlice, {}, {});
  n->set_attribute("begin", int64_t{1});
  n->set_attribute("end", int64_t{3});
  n->set_attribute("begin", int64_t{0});
  REQUIRE(n->attributes().size() == 2);
  CHECK(n->attributes()[0].name == "begin");
  CHECK(n->i("begin") == 0);
  CHECK(n->has_attribute("end"));
  CHECK_FALSE(n->has_attribute("step"));
  CHECK(n->find_attribute("step") == nullptr);
  n->set_attribute("type", Type::list_of(Type::int_type()));
  CHECK(n->ty("type") == Type::list_of(Type::int_type()));
}

TEST_CASE("replace_input and remove_input keep use lists in step", "[ir][node]") {
  Graph g;
  Value* a = g.add_input(Type::int_type(), "a");
  Value* b = g.add_input(Type::int_type(), "b");
  Value* c = g.add_input(Type::int_type(), "c");
  Node* n = g.insert(prim::ListConstruct, {a, b, a}, {Type::list_of(Type::int_type())});
  n->replace_input(1, c);
  CHECK(n->inputs() == std::vector<Value*>{a, c, a});
  CHECK_FALSE(b->has_uses());
  CHECK(has_use(c, n, 1));
  n->remove_input(0);
  CHECK(n->inputs() == std::vector<Value*>{c, a});
  CHECK(has_use(c, n, 0));
  CHECK(has_use(a, n, 1));
  CHECK(a->uses().size() == 1);
  n->remove_all_inputs();
  CHECK(n->inputs().empty());
  CHECK_FALSE(a->has_uses());
  CHECK_FALSE(c->has_uses());
}

TEST_CASE("replace_all_uses_with moves every use", "[ir][value]") {
  Graph g;
  Value* x = g.add_input(Type::int_type(), "x");
  Value* y = g.add_input(Type::int_type(), "y");
  Node* f = g.insert(aten::neg, {x}, {Type::int_type()});
  Node* h = g.insert(aten::add, {x, x}, {Type::int_type()});
  g.register_output(x);
  x->replace_all_uses_with(y);
  CHECK_FALSE(x->has_uses());
  CHECK(f->input(0) == y);
  CHECK(h->inputs() == std::vector<Value*>{y, y});
  CHECK(g.outputs()[0] == y);
  CHECK(y->uses().size() == 4);
  CHECK(has_use(y, h, 1));
  y->replace_all_uses_with(y);
  CHECK(y->uses().size() == 4);
}

TEST_CASE("erase drops the node's uses", "[ir][node]") {
  Graph g;
  Value* x = g.add_input(Type::int_type(), "x");
  Node* n = g.insert(aten::neg, {x}, {Type::int_type()});
  Node* m = g.insert(aten::neg, {x}, {Type::int_type()});
  n->erase();
  CHECK(node_list(g.block()) == std::vector<Node*>{m});
  CHECK(x->uses().size() == 1);
  CHECK(has_use(x, m, 0));
  CHECK(n->owning_block() == nullptr);
}

TEST_CASE("erase removes nested blocks and the uses made inside them", "[ir][node]") {
  Graph g;
  Value* c = g.add_input(Type::bool_type(), "c");
  Value* x = g.add_input(Type::int_type(), "x");
  Node* if_node = g.insert(prim::If, {c}, {Type::int_type()});
  Block* then_b = if_node->add_block();
  Block* else_b = if_node->add_block();
  g.set_insertion_point_end(then_b);
  Node* neg = g.insert(aten::neg, {x}, {Type::int_type()});
  then_b->register_output(neg->output());
  Node* loop = g.insert(prim::Loop, {x, c}, {}); // a nested node with its own block
  Block* body = loop->add_block();
  body->add_param(Type::int_type());
  body->register_output(c);
  else_b->register_output(x);
  CHECK(x->uses().size() == 3); // neg, the loop, else's return
  CHECK(c->uses().size() == 3); // the If, the loop, the loop body's return

  if_node->erase();
  CHECK(g.block()->empty());
  CHECK_FALSE(x->has_uses());
  CHECK_FALSE(c->has_uses());
  CHECK_FALSE(neg->output()->has_uses());
}

TEST_CASE("move_before relinks a node and keeps order queries right", "[ir][node]") {
  Graph g;
  Value* a = g.insert_constant(int64_t{1});
  Value* b = g.insert_constant(int64_t{2});
  Value* c = g.insert_constant(int64_t{3});
  c->node()->move_before(a->node());
  CHECK(node_list(g.block()) == std::vector<Node*>{c->node(), a->node(), b->node()});
  CHECK(c->node()->is_before(a->node()));
  CHECK(a->node()->is_before(b->node()));
  CHECK_FALSE(b->node()->is_before(c->node()));
  Node* d = g.create(prim::Constant, {}, {Type::none_type()});
  d->insert_after(a->node());
  CHECK(node_list(g.block()) == std::vector<Node*>{c->node(), a->node(), d, b->node()});
  CHECK(a->node()->is_before(d));
  CHECK(d->is_before(b->node()));
}

TEST_CASE("is_before stays right when nodes are inserted between neighbours many times", "[ir][node]") {
  // Repeatedly inserting right after the first node halves the gap between
  // order keys each time, forcing the block to be renumbered.
  Graph g;
  Value* first = g.insert_constant(int64_t{0});
  Value* last = g.insert_constant(int64_t{1});
  std::vector<Node*> inserted;
  for (int k = 0; k < 200; ++k) {
    Node* n = g.create(prim::Constant, {}, {Type::none_type()});
    n->insert_after(first->node());
    inserted.push_back(n);
  }
  // Expected order: first, inserted[199], ..., inserted[0], last.
  std::vector<Node*> nodes = node_list(g.block());
  REQUIRE(nodes.size() == 202);
  for (size_t k = 0; k + 1 < nodes.size(); ++k) {
    CHECK(nodes[k]->is_before(nodes[k + 1]));
    CHECK_FALSE(nodes[k + 1]->is_before(nodes[k]));
  }
  CHECK(nodes[1] == inserted.back());
  CHECK(inserted.front()->is_before(last->node()));
}

TEST_CASE("erase_output renumbers the later outputs", "[ir][node]") {
  Graph g;
  Node* n = g.insert(prim::TupleUnpack, {}, {Type::int_type(), Type::str_type(), Type::float_type()});
  Value* third = n->output(2);
  n->erase_output(1);
  CHECK(n->num_outputs() == 2);
  CHECK(n->output(1) == third);
  CHECK(third->offset() == 1);
}

TEST_CASE("a loop block has parameters and outputs through its boundary nodes", "[ir][block]") {
  Graph g;
  Value* n = g.add_input(Type::int_type(), "n");
  Value* t = g.insert_constant(true);
  Node* loop = g.insert(prim::Loop, {n, t, n}, {Type::int_type()});
  Block* body = loop->add_block();
  CHECK(body->owning_node() == loop);
  Value* i = body->add_param(Type::int_type());
  Value* acc = body->add_param(Type::int_type());
  i->set_debug_name("i");
  g.set_insertion_point_end(body);
  Node* add = g.insert(aten::add, {acc, i}, {Type::int_type()});
  body->register_output(t);
  body->register_output(add->output());
  CHECK(body->params() == std::vector<Value*>{i, acc});
  CHECK(body->outputs() == std::vector<Value*>{t, add->output()});
  CHECK(add->owning_block() == body);
  CHECK(i->node() == body->param_node());
  CHECK(loop->blocks().size() == 1);
}

TEST_CASE("modules find classes and functions by name", "[ir][module]") {
  Module m;
  ClassType* cls = ClassType::create("Counter");
  m.add_class(cls);
  auto fn = std::make_unique<Function>();
  fn->name = "Counter.bump";
  fn->graph = std::make_unique<Graph>();
  fn->owner = cls;
  Function& added = m.add_function(std::move(fn));
  CHECK(m.find_function("Counter.bump") == &added);
  CHECK(m.find_function("bump") == nullptr);
  CHECK(m.find_class("Counter") == cls);
  CHECK(m.find_class("Other") == nullptr);
}
