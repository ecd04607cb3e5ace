#include "http/body.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace colo::http {
namespace {

Request json_request(std::string body, std::string content_type = "application/json") {
  Request r;
  r.method = "POST";
  r.path = "/x";
  r.headers = {{"content-type", std::move(content_type)}};
  r.body = std::move(body);
  return r;
}

Error failure_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Failure& e) {
    return e.error;
  }
  ADD_FAILURE() << "expected a Failure";
  return {};
}

TEST(JsonBodyTest, ReadsTypedFields) {
  auto req = json_request(R"({"name":"  A01 ","u_height":42,"kw":7.5,"active":true,"start":"2026-12-01"})");
  JsonBody b(req);
  EXPECT_EQ(b.string("name", {.required = true}), "A01");
  EXPECT_EQ(b.integer("u_height", {.min = 1, .max = 60}), 42);
  EXPECT_EQ(b.number("kw"), 7.5);
  EXPECT_EQ(b.boolean("active"), true);
  ASSERT_TRUE(b.date("start"));
  EXPECT_NO_THROW(b.finish());
}

TEST(JsonBodyTest, CollectsEveryFieldErrorAndUnknownFields) {
  auto req = json_request(R"({"name":"","u_height":"42","extra":1,"status":"bogus"})");
  JsonBody b(req);
  b.string("name", {.required = true});
  b.integer("u_height");
  b.choice("status", {"active", "planned"});
  auto e = failure_of([&] { b.finish(); });
  EXPECT_EQ(e.kind, ErrorKind::invalid);
  EXPECT_EQ(e.code, "validation_failed");
  std::map<std::string, std::string> by_field;
  for (const auto& f : e.fields) by_field[f.field] = f.code;
  EXPECT_EQ(by_field["name"], "required");
  EXPECT_EQ(by_field["u_height"], "type");
  EXPECT_EQ(by_field["status"], "invalid_choice");
  EXPECT_EQ(by_field["extra"], "unknown_field");
}

// Every string and key of a body is valid UTF-8 without noncharacters or stray control
// characters; the answer names the field, and its own text stays valid.
TEST(JsonBodyTest, TextThatIsNotValidIsRefusedNamingTheField) {
  struct Case {
    const char* name;
    std::string body;
    std::string field;
    std::string message;
  };
  const Case cases[] = {
      {"U+FFFE escaped", R"({"name":"r1\ufffe"})", "name", "The text contains the noncharacter U+FFFE."},
      {"U+FFFE as bytes", "{\"name\":\"r1\xEF\xBF\xBE\"}", "name", "The text contains the noncharacter U+FFFE."},
      {"U+FDD0 nested", R"({"contacts":[{"email":"a"},{"email":"\ufdd0"}]})", "contacts/1/email",
       "The text contains the noncharacter U+FDD0."},
      {"U+10FFFF", R"({"a":{"b":"\udbff\udfff"}})", "a/b", "The text contains the noncharacter U+10FFFF."},
      {"invalid byte", "{\"name\":\"caf\xE9\"}", "name", "The text contains invalid UTF-8 (byte 0xE9)."},
      {"escaped NUL", R"({"name":"a\u0000b"})", "name", "The text contains the control character U+0000."},
      {"escape character", R"({"tags":["ok","\u001b[31m"]})", "tags/1",
       "The text contains the control character U+001B."},
      {"noncharacter in a key", R"({"n\uffffame":"x"})",
       "n\xEF\xBF\xBD"
       "ame",
       "The field name contains the noncharacter U+FFFF."},
      {"line break in a key", R"({"na\nme":"x"})",
       "na\xEF\xBF\xBD"
       "me",
       "The field name contains the control character U+000A."},
  };
  for (const auto& c : cases) {
    auto e = failure_of([&] { JsonBody b(json_request(c.body)); });
    EXPECT_EQ(e.code, "validation_failed") << c.name;
    ASSERT_EQ(e.fields.size(), 1u) << c.name;
    EXPECT_EQ(e.fields[0].field, c.field) << c.name;
    EXPECT_EQ(e.fields[0].code, "invalid_text") << c.name;
    EXPECT_EQ(e.fields[0].message, c.message) << c.name;
  }
  // Line breaks and tabs in values, and text from every plane, are fine.
  JsonBody ok(json_request(R"({"notes":"a\tb\r\nc","name":"机柜 \ud83d\ude00"})"));
  EXPECT_EQ(ok.string("notes", {.trim = false}), "a\tb\r\nc");
  EXPECT_EQ(ok.string("name"), "机柜 \xF0\x9F\x98\x80");
}

TEST(JsonBodyTest, MalformedAndWrongShapeAreRejected) {
  EXPECT_EQ(failure_of([] { JsonBody b(json_request("{\"a\":")); }).code, "malformed_json");
  EXPECT_EQ(failure_of([] { JsonBody b(json_request("[1,2]")); }).code, "invalid_body");
  EXPECT_EQ(failure_of([] { JsonBody b(json_request("{}", "text/plain")); }).kind, ErrorKind::unsupported_media);
  std::string deep(100, '[');
  EXPECT_EQ(failure_of([&] { JsonBody b(json_request(deep)); }).code, "malformed_json");
}

TEST(JsonBodyTest, LimitsCountCharactersNotBytes) {
  auto req = json_request(R"({"name":"北京一号机房"})");
  JsonBody b(req);
  EXPECT_EQ(b.string("name", {.max = 6}), "北京一号机房");
}

TEST(JsonBodyTest, IntegerRangesAndFractionsAreChecked) {
  auto req = json_request(R"({"a":1.5,"b":100,"c":2.0})");
  JsonBody b(req);
  EXPECT_FALSE(b.integer("a"));
  EXPECT_FALSE(b.integer("b", {.max = 60}));
  EXPECT_EQ(b.integer("c"), 2);
  EXPECT_EQ(b.errors().size(), 2u);
}

TEST(JsonBodyTest, NestedObjectsReportPaths) {
  auto req = json_request(R"({"contacts":[{"name":"Li"},{"phone":5}]})");
  JsonBody b(req);
  const auto* arr = b.array("contacts");
  ASSERT_TRUE(arr);
  for (std::size_t i = 0; i < arr->size(); ++i) {
    JsonObjectReader c((*arr)[i].as_object(), "contacts/" + std::to_string(i) + "/", &b.errors());
    c.string("name", {.required = true});
    c.reject_unknown();
  }
  auto e = failure_of([&] { b.finish(); });
  ASSERT_EQ(e.fields.size(), 2u);
  EXPECT_EQ(e.fields[0].field, "contacts/1/name");
  EXPECT_EQ(e.fields[1].field, "contacts/1/phone");
}

TEST(QueryReaderTest, PaginationDefaultsAndBounds) {
  Request r;
  r.query = {{"limit", "20"}, {"offset", "40"}};
  QueryReader q(r);
  auto p = read_page(q);
  q.finish();
  EXPECT_EQ(p.limit, 20);
  EXPECT_EQ(p.offset, 40);

  Request bad;
  bad.query = {{"limit", "0"}, {"offset", "x"}, {"color", "red"}};
  QueryReader q2(bad);
  read_page(q2);
  auto e = failure_of([&] { q2.finish(); });
  EXPECT_EQ(e.code, "invalid_query");
  EXPECT_EQ(e.fields.size(), 3u);
}

TEST(PageJsonTest, LinksKeepFiltersAndMoveTheOffset) {
  Request r;
  r.path = "/api/v1/dcim/devices";
  r.query = {{"site", "1"}, {"q", "a b"}, {"limit", "10"}, {"offset", "10"}};
  auto o = page_json(r, Page{10, 10}, 35, {});
  EXPECT_EQ(o.at("next").as_string(), "/api/v1/dcim/devices?site=1&q=a%20b&limit=10&offset=20");
  EXPECT_EQ(o.at("previous").as_string(), "/api/v1/dcim/devices?site=1&q=a%20b&limit=10&offset=0");
  auto last = page_json(r, Page{10, 30}, 35, {});
  EXPECT_TRUE(last.at("next").is_null());
}

TEST(IdParamTest, NonPositiveOrJunkIsNotFound) {
  Request r;
  for (const char* s : {"0", "-1", "abc", "1x", "", "99999999999999999999"}) {
    r.path_params = {{"id", s}};
    EXPECT_EQ(failure_of([&] { id_param(r); }).kind, ErrorKind::not_found) << s;
  }
  r.path_params = {{"id", "17"}};
  EXPECT_EQ(id_param(r), 17);
}

// A download names its file in UTF-8 (RFC 8187) next to an ASCII fallback every client reads.
TEST(ContentDisposition, NamesTheFileInUtf8WithAnAsciiFallback) {
  EXPECT_EQ(content_disposition("inline", "CT-2026-000001.pdf", ""), "inline; filename=\"CT-2026-000001.pdf\"");
  EXPECT_EQ(content_disposition("inline", "CT-2026-000001.pdf", "CT-2026-000001.pdf"),
            "inline; filename=\"CT-2026-000001.pdf\"");
  EXPECT_EQ(content_disposition("inline", "CT-2026-000001.pdf", "合同 v2.pdf"),
            "inline; filename=\"CT-2026-000001.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C%20v2.pdf");
  EXPECT_EQ(content_disposition("attachment", "export.csv", "机柜.csv"),
            "attachment; filename=\"export.csv\"; filename*=UTF-8''%E6%9C%BA%E6%9F%9C.csv");
}

}  // namespace
}  // namespace colo::http
