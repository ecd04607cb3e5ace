// The API document describes what the server really sends: a walk over the GET endpoints (every
// list, then one record of each list through its {id} route) validates each answer against the
// response schema the route declares, on SQLite and PostgreSQL. The schemas come from the same
// shapes that write the answers, so a field added to one and not the other fails here.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>
#include <string>
#include <vector>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

// The subset of JSON Schema the document uses: $ref, anyOf, oneOf (exactly one), type (one or a list), enum,
// properties with required, items. An object with properties is closed: a member the schema does
// not name is an error, so that an answer cannot grow a field the document lacks.
class Validator {
 public:
  explicit Validator(const json::object& components) : components_(components) {}

  void check(const json::value& v, const json::value& schema, const std::string& at,
             std::vector<std::string>& errors) const {
    const auto& s = schema.as_object();
    if (const auto* r = s.if_contains("$ref")) {
      std::string_view ref = r->as_string();
      const std::string_view prefix = "#/components/schemas/";
      if (ref.substr(0, prefix.size()) != prefix || !components_.contains(ref.substr(prefix.size()))) {
        errors.push_back(at + ": unresolved " + std::string(ref));
        return;
      }
      check(v, components_.at(ref.substr(prefix.size())), at, errors);
      return;
    }
    if (const auto* any = s.if_contains("anyOf")) {
      for (const auto& alt : any->as_array()) {
        std::vector<std::string> e;
        check(v, alt, at, e);
        if (e.empty()) return;
      }
      errors.push_back(at + ": matches none of anyOf: " + json::serialize(v).substr(0, 200));
      return;
    }
    if (const auto* one = s.if_contains("oneOf")) {
      std::size_t matched = 0;
      for (const auto& alt : one->as_array()) {
        std::vector<std::string> e;
        check(v, alt, at, e);
        if (e.empty()) ++matched;
      }
      if (matched != 1)
        errors.push_back(at + ": matches " + std::to_string(matched) +
                         " of oneOf, not exactly one: " + json::serialize(v).substr(0, 200));
      return;
    }
    if (const auto* t = s.if_contains("type")) {
      bool ok = false;
      if (t->is_string()) {
        ok = is(v, t->as_string());
      } else {
        for (const auto& x : t->as_array()) ok = ok || is(v, x.as_string());
      }
      if (!ok) {
        errors.push_back(at + ": expected " + json::serialize(*t) + ", got " + json::serialize(v).substr(0, 200));
        return;
      }
    }
    if (const auto* e = s.if_contains("enum")) {
      bool found = false;
      for (const auto& x : e->as_array()) found = found || x == v;
      if (!found) errors.push_back(at + ": " + json::serialize(v) + " is not one of " + json::serialize(*e));
    }
    if (v.is_object() && s.contains("properties")) {
      const auto& props = s.at("properties").as_object();
      for (const auto& [k, x] : v.as_object()) {
        if (!props.contains(k))
          errors.push_back(at + "/" + std::string(k) + ": not in the schema");
        else
          check(x, props.at(k), at + "/" + std::string(k), errors);
      }
      if (const auto* req = s.if_contains("required"))
        for (const auto& k : req->as_array())
          if (!v.as_object().contains(k.as_string()))
            errors.push_back(at + "/" + std::string(k.as_string()) + ": required but absent");
    }
    if (v.is_array() && s.contains("items")) {
      std::size_t i = 0;
      for (const auto& x : v.as_array()) check(x, s.at("items"), at + "/" + std::to_string(i++), errors);
    }
  }

 private:
  static bool is(const json::value& v, std::string_view type) {
    if (type == "null") return v.is_null();
    if (type == "boolean") return v.is_bool();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_int64() || v.is_uint64();
    if (type == "number") return v.is_number();
    if (type == "array") return v.is_array();
    if (type == "object") return v.is_object();
    return false;
  }
  const json::object& components_;
};

TEST(ContractValidatorTest, FindsWhatTheSchemaDoesNotAllow) {
  json::object comps{{"Ref", json::parse(R"({"type":"object","properties":{"id":{"type":"integer"}},
                                              "required":["id"]})")}};
  Validator v(comps);
  auto schema = json::parse(R"({"type":"object","properties":{
      "status":{"type":"string","enum":["a","b"]},
      "n":{"type":["number","null"]},
      "ref":{"anyOf":[{"$ref":"#/components/schemas/Ref"},{"type":"null"}]},
      "list":{"type":"array","items":{"$ref":"#/components/schemas/Ref"}},
      "one":{"oneOf":[{"type":"integer"},{"type":"number"},{"type":"string"}]}},"required":["status"]})");
  auto errors_of = [&](std::string_view text) {
    std::vector<std::string> e;
    v.check(json::parse(text), schema, "", e);
    return e.size();
  };
  EXPECT_EQ(errors_of(R"({"status":"a","n":null,"ref":{"id":1},"list":[{"id":2}]})"), 0u);
  EXPECT_EQ(errors_of(R"({"status":"c"})"), 1u);                   // not in the enumeration
  EXPECT_EQ(errors_of(R"({"n":1.5})"), 1u);                        // required member absent
  EXPECT_EQ(errors_of(R"({"status":"a","extra":1})"), 1u);         // a member the schema lacks
  EXPECT_EQ(errors_of(R"({"status":"a","ref":{"id":"x"}})"), 1u);  // wrong type behind a $ref
  EXPECT_EQ(errors_of(R"({"status":"a","list":[{}]})"), 1u);       // item lacks its required id
  EXPECT_EQ(errors_of(R"({"status":"a","n":"1"})"), 1u);           // a string for a number
  EXPECT_EQ(errors_of(R"({"status":"a","one":"x"})"), 0u);         // exactly one of oneOf
  EXPECT_EQ(errors_of(R"({"status":"a","one":1.5})"), 0u);
  EXPECT_EQ(errors_of(R"({"status":"a","one":1})"), 1u);     // integer and number: two of oneOf
  EXPECT_EQ(errors_of(R"({"status":"a","one":true})"), 1u);  // none of oneOf
}

class Contract : public ApiTest {};

// GET routes without path parameters that answer JSON, and their {id} routes.
TEST_P(Contract, RealAnswersMatchTheirDocumentedSchemas) {
  auto c = as("admin");
  auto doc = c.get("/api/v1/openapi.json").json();
  const auto& components = doc.at("components").at("schemas").as_object();
  Validator validator(components);
  const auto& paths = doc.at("paths").as_object();
  auto schema_of = [&](const std::string& path) -> const json::value* {
    const auto* item = paths.if_contains(path);
    if (!item || !item->as_object().contains("get")) return nullptr;
    const auto& ok = item->at("get").at("responses").as_object();
    const auto* r = ok.if_contains("200");
    if (!r || !r->as_object().contains("content")) return nullptr;
    const auto* j = r->at("content").as_object().if_contains("application/json");
    return j ? &j->at("schema") : nullptr;
  };
  int validated = 0, records = 0;
  auto validate = [&](const std::string& target, const json::value& schema) -> json::value {
    auto r = c.get(target);
    if (r.status != 200) return nullptr;  // a GET that needs parameters the walk does not give
    auto body = r.json();
    std::vector<std::string> errors;
    validator.check(body, schema, target, errors);
    for (const auto& e : errors) ADD_FAILURE() << e;
    ++validated;
    return body;
  };
  for (const auto& [path, item] : paths) {
    const std::string p(path);
    if (p.find('{') != std::string::npos) continue;
    const auto* schema = schema_of(p);
    if (!schema) continue;
    auto body = validate(p, *schema);
    // A list: its first record through the record's own route.
    if (!body.is_object() || !body.as_object().contains("results")) continue;
    const auto& results = body.at("results").as_array();
    if (results.empty() || !results[0].is_object() || !results[0].as_object().contains("id")) continue;
    const auto* one = schema_of(p + "/{id}");
    if (!one) continue;
    auto id = json::serialize(results[0].at("id"));
    if (validate(p + "/" + id, *one).is_object()) ++records;
  }
  EXPECT_GE(validated, 30);
  EXPECT_GE(records, 10);

  // A customer's home: the portal's cards, which the administrator's pages do not hold.
  const auto* home = schema_of("/api/v1/home");
  ASSERT_NE(home, nullptr);
  auto r = as("acme.user").get("/api/v1/home");
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = r.json();
  ASSERT_EQ(body.at("pages").as_array()[0].at("id"), "portal");
  std::vector<std::string> errors;
  validator.check(body, *home, "acme.user /api/v1/home", errors);
  for (const auto& e : errors) ADD_FAILURE() << e;
}

COLO_INSTANTIATE_API_TEST(Contract);

}  // namespace
}  // namespace colo::testing
