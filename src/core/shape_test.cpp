#include "core/shape.hpp"

#include <gtest/gtest.h>

#include "core/json.hpp"

namespace colo::shape {
namespace {

const Values kColours = {"red", "green"};

struct Part {
  std::string label;
  std::optional<std::int64_t> weight;
};
struct Thing {
  std::int64_t id = 0;
  std::string name;
  std::string colour;
  std::optional<std::string> note;
  std::optional<std::int64_t> owner_id;
  Number size = std::int64_t{0};
  bool on = false;
  std::vector<Part> parts;
  std::vector<std::string> tags;
};

template <typename W>
void write_thing(W& w, const Thing& t, bool brief) {
  w.field("id", t.id);
  w.field("name", t.name);
  w.when(!brief, [&] {
    w.field("colour", t.colour, kColours);
    w.field("note", t.note);
    w.field("size", t.size);
    w.field("on", t.on);
    w.nullable_object("owner", "Ref", t.owner_id.has_value(), [&] { w.field("id", t.owner_id.value_or(0)); });
    w.array("parts", "Part", t.parts, [&](const Part& p) {
      w.field("label", p.label);
      w.field("weight", p.weight);
    });
    w.strings("tags", t.tags);
  });
}

Thing sample() {
  return Thing{7, "a \"b\"", "red", std::nullopt, 3, 1.5, true, {{"x", 2}, {"y", std::nullopt}}, {"t1", "t2"}};
}

TEST(ShapeTest, TextAndValueWritersWriteTheSameJson) {
  const auto t = sample();
  for (bool brief : {false, true}) {
    std::string text;
    TextWriter tw(text);
    tw.write([&] { write_thing(tw, t, brief); });
    ValueWriter vw;
    write_thing(vw, t, brief);
    EXPECT_EQ(text, to_json(vw.take())) << brief;
  }
  std::string text;
  TextWriter tw(text);
  tw.write([&] { write_thing(tw, t, false); });
  EXPECT_EQ(text, R"({"id":7,"name":"a \"b\"","colour":"red","note":null,"size":1.5,"on":true,"owner":{"id":3},)"
                  R"("parts":[{"label":"x","weight":2},{"label":"y","weight":null}],"tags":["t1","t2"]})");
}

TEST(ShapeTest, SchemaNamesTypesNullsEnumsAndWhatIsAlwaysThere) {
  auto s = schema_of<Thing>("Thing", [](auto& w, const Thing& t) { write_thing(w, t, false); });
  EXPECT_EQ(s.at("$ref").as_string(), "#/components/schemas/Thing");
  const auto& comps = s.at("x-components").as_object();
  const auto& thing = comps.at("Thing").as_object();
  // Written in every mode: required; written only in full answers: not.
  EXPECT_EQ(to_json(thing.at("required")), R"(["id","name"])");
  const auto& p = thing.at("properties").as_object();
  EXPECT_EQ(to_json(p.at("id")), R"({"type":"integer"})");
  EXPECT_EQ(to_json(p.at("colour")), R"({"type":"string","enum":["red","green"]})");
  EXPECT_EQ(to_json(p.at("note")), R"({"type":["string","null"]})");
  EXPECT_EQ(to_json(p.at("size")), R"({"type":"number"})");
  EXPECT_EQ(to_json(p.at("owner")), R"({"anyOf":[{"$ref":"#/components/schemas/Ref"},{"type":"null"}]})");
  EXPECT_EQ(to_json(p.at("parts")), R"({"type":"array","items":{"$ref":"#/components/schemas/Part"}})");
  EXPECT_EQ(to_json(p.at("tags")), R"({"type":"array","items":{"type":"string"}})");
  EXPECT_EQ(to_json(comps.at("Part")),
            R"({"type":"object","properties":{"label":{"type":"string"},"weight":{"type":["integer","null"]}},)"
            R"("required":["label","weight"]})");
}

TEST(ShapeTest, PageOfNamesThePageAndItsItem) {
  auto s = page_of<Thing>("Thing", [](auto& w, const Thing& t) { write_thing(w, t, true); });
  EXPECT_EQ(s.at("$ref").as_string(), "#/components/schemas/ThingPage");
  const auto& page = s.at("x-components").at("ThingPage").as_object();
  EXPECT_EQ(to_json(page.at("required")), R"(["count","next","previous","results"])");
  EXPECT_EQ(page.at("properties").at("results").at("items").at("$ref").as_string(), "#/components/schemas/Thing");
}

struct Holder {
  std::optional<Part> extra;
  std::optional<Part> maybe;
  std::vector<std::string> services;
  std::vector<std::int64_t> ids;
  Count big = std::int64_t{0};
};

template <typename W>
void write_holder(W& w, const Holder& h) {
  w.optional_object("extra", "Part", h.extra, [&](const Part& p) { w.field("label", p.label); });
  w.nullable_object("maybe", "", h.maybe, [&](const Part& p) { w.field("label", p.label); });
  w.strings("services", h.services, kColours);
  w.integers("ids", h.ids);
  w.field("big", h.big);
}

// An optional object is left out when absent (and not required); a nullable one is null; enumerated
// string arrays, integer arrays and counts that outgrow JavaScript's integers keep their types.
TEST(ShapeTest, OptionalNullableArraysAndCounts) {
  const Holder absent{std::nullopt, std::nullopt, {"red"}, {1, 2}, std::string("18446744073709551616")};
  const Holder present{Part{"a", 1}, Part{"b", 2}, {}, {}, std::int64_t{7}};
  for (const auto* h : {&absent, &present}) {
    std::string text;
    TextWriter tw(text);
    tw.write([&] { write_holder(tw, *h); });
    ValueWriter vw;
    write_holder(vw, *h);
    EXPECT_EQ(text, to_json(vw.take()));
  }
  std::string text;
  TextWriter tw(text);
  tw.write([&] { write_holder(tw, absent); });
  EXPECT_EQ(text, R"({"maybe":null,"services":["red"],"ids":[1,2],"big":"18446744073709551616"})");

  auto s = schema_of<Holder>("Holder", [](auto& w, const Holder& h) { write_holder(w, h); });
  const auto& holder = s.at("x-components").at("Holder").as_object();
  EXPECT_EQ(to_json(holder.at("required")), R"(["maybe","services","ids","big"])");
  const auto& p = holder.at("properties").as_object();
  EXPECT_EQ(to_json(p.at("extra")), R"({"$ref":"#/components/schemas/Part"})");
  EXPECT_EQ(to_json(p.at("maybe")),
            R"({"anyOf":[{"type":"object","properties":{"label":{"type":"string"}},"required":["label"]},)"
            R"({"type":"null"}]})");
  EXPECT_EQ(to_json(p.at("services")), R"({"type":"array","items":{"type":"string","enum":["red","green"]}})");
  EXPECT_EQ(to_json(p.at("ids")), R"({"type":"array","items":{"type":"integer"}})");
  EXPECT_EQ(to_json(p.at("big")), R"({"type":["integer","string"]})");
}

}  // namespace
}  // namespace colo::shape
