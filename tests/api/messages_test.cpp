// What a person reads from the server comes from the message catalogue in their language, on
// SQLite and PostgreSQL: problem details (title, detail, field errors) follow Accept-Language, and
// notifications and workflow timeline entries are rendered when read, naming business numbers
// (CT-…, APP-…) rather than internal ids.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

using Headers = std::vector<std::pair<std::string, std::string>>;
const Headers kZh{{"Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"}};
const Headers kEn{{"Accept-Language", "en-US,en;q=0.9"}};

std::string str(const json::value& v) { return std::string(v.as_string()); }

class Messages : public ApiTest {
 protected:
  // An active contract made from a fresh application: {contract id, contract number, application id}.
  struct Active {
    std::string id, number, application;
  };
  Active activate() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room, 2);
    auto business = as("business");
    auto drafted = business.send_json("POST", "/api/v1/contracts", contract_body(app));
    EXPECT_EQ(drafted.status, 201) << drafted.body;
    const auto id = id_of(drafted);
    auto signed_ = business.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                                    {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(signed_.status, 200) << signed_.body;
    auto activated = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(activated.status, 200) << activated.body;
    return {id, str(activated.json().at("number")), app};
  }
};

TEST_P(Messages, ProblemDetailsFollowTheRequestsLanguage) {
  auto tech = as("technical");
  auto zh = tech.request("GET", "/api/v1/dcim/racks/987654321", "", kZh);
  ASSERT_EQ(zh.status, 404) << zh.body;
  EXPECT_EQ(zh.header("content-type").value_or(""), "application/problem+json");
  EXPECT_EQ(zh.json().at("code").as_string(), "not_found");
  EXPECT_EQ(zh.json().at("title").as_string(), "未找到");
  EXPECT_EQ(zh.json().at("detail").as_string(), "机柜不存在。");
  auto en = tech.request("GET", "/api/v1/dcim/racks/987654321", "", kEn);
  ASSERT_EQ(en.status, 404) << en.body;
  EXPECT_EQ(en.json().at("title").as_string(), "Not Found");
  EXPECT_EQ(en.json().at("detail").as_string(), "Rack not found.");
}

TEST_P(Messages, FieldErrorsFollowTheRequestsLanguage) {
  auto admin = as("admin");
  const std::string body = R"({"slug":"x","name":"","colour":1})";
  auto zh = admin.request("POST", "/api/v1/dcim/sites", body, {{"Content-Type", "application/json"}, kZh[0]});
  ASSERT_EQ(zh.status, 400) << zh.body;
  EXPECT_EQ(zh.json().at("title").as_string(), "请求有误");
  EXPECT_EQ(zh.json().at("detail").as_string(), "请求中有填写不正确的字段。");
  bool required = false, unknown = false;
  const auto zh_body = zh.json();
  for (const auto& e : zh_body.at("errors").as_array()) {
    if (e.at("field") == "name") {
      EXPECT_EQ(e.at("code").as_string(), "required");
      EXPECT_EQ(e.at("message").as_string(), "此项为必填项。");
      required = true;
    }
    if (e.at("field") == "colour") {
      EXPECT_EQ(e.at("message").as_string(), "未知的字段。");
      unknown = true;
    }
  }
  EXPECT_TRUE(required && unknown) << zh.body;
  auto en = admin.request("POST", "/api/v1/dcim/sites", body, {{"Content-Type", "application/json"}, kEn[0]});
  ASSERT_EQ(en.status, 400) << en.body;
  EXPECT_EQ(en.json().at("detail").as_string(), "The request has invalid fields.");
  const auto en_body = en.json();
  for (const auto& e : en_body.at("errors").as_array())
    if (e.at("field") == "colour") EXPECT_EQ(e.at("message").as_string(), "Unknown field.");
  // A choice names the allowed values in either language.
  auto sort = admin.request("GET", "/api/v1/dcim/sites?sort=colour", "", kZh);
  ASSERT_EQ(sort.status, 400) << sort.body;
  const auto message = str(sort.json().at("errors").as_array().at(0).at("message"));
  EXPECT_EQ(message.rfind("可按以下字段排序：", 0), 0u) << sort.body;
  EXPECT_NE(message.find("name"), std::string::npos) << sort.body;
}

TEST_P(Messages, AConflictNamesTheContractByItsNumberInTheReadersLanguage) {
  auto c = activate();
  ASSERT_EQ(c.number.rfind("CT-", 0), 0u) << c.number;
  auto business = as("business");
  auto zh = business.request("POST", "/api/v1/contracts/" + c.id + "/activate", "", kZh);
  ASSERT_EQ(zh.status, 409) << zh.body;
  EXPECT_EQ(zh.json().at("code").as_string(), "contracts.already_active");
  EXPECT_EQ(zh.json().at("title").as_string(), "操作冲突");
  EXPECT_EQ(zh.json().at("detail").as_string(), "合同 " + c.number + " 已生效。");
  auto en = business.request("POST", "/api/v1/contracts/" + c.id + "/activate", "", kEn);
  EXPECT_EQ(en.json().at("detail").as_string(), "Contract " + c.number + " is already active.");
  // The contract's state is named in the reader's words too.
  auto sign = business.request("POST", "/api/v1/contracts/" + c.id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                               {{"Content-Type", "application/pdf"}, kZh[0]});
  ASSERT_EQ(sign.status, 409) << sign.body;
  EXPECT_EQ(sign.json().at("detail").as_string(), "只有草稿合同可以修改，合同 " + c.number + " 当前为“履行中”。");
}

TEST_P(Messages, NotificationsAreReadInTheReadersLanguageNamingTheContractNumber) {
  auto c = activate();
  auto customer = as("acme.user");
  auto find = [&](const Headers& lang) {
    auto r = customer.request("GET", "/api/v1/notifications?limit=1000&topic=contract.activated", "", lang);
    EXPECT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    for (const auto& n : body.at("results").as_array())
      if (str(n.at("title_en")).find(c.number) != std::string::npos) return n.as_object();
    ADD_FAILURE() << "no notification of " << c.number << ": " << r.body;
    return json::object{};
  };
  auto zh = find(kZh);
  ASSERT_FALSE(zh.empty());
  EXPECT_EQ(zh.at("title").as_string(), "合同 " + c.number + " 已生效");
  EXPECT_EQ(zh.at("body").as_string(), "已计划 2 台设备，已分配 0 个 IPv4 地址。");
  EXPECT_EQ(zh.at("title_zh").as_string(), "合同 " + c.number + " 已生效");
  auto en = find(kEn);
  EXPECT_EQ(en.at("title").as_string(), "Contract " + c.number + " is in force");
  EXPECT_EQ(en.at("body").as_string(), "2 device(s) planned, 0 IPv4 address(es) assigned.");
  // The application's notification names both numbers.
  auto app = customer.request("GET", "/api/v1/applications/" + c.application, "", kZh);
  ASSERT_EQ(app.status, 200) << app.body;
  const auto app_number = str(app.json().at("number"));
  auto contracted = customer.request("GET", "/api/v1/notifications?limit=1000&topic=application.contracted", "", kZh);
  bool seen = false;
  const auto contracted_body = contracted.json();
  for (const auto& n : contracted_body.at("results").as_array())
    if (str(n.at("title")) == "托管申请 " + app_number + " 已签订合同 " + c.number) seen = true;
  EXPECT_TRUE(seen) << contracted.body;
}

TEST_P(Messages, TimelineEntriesNameTheContractNumberInTheReadersLanguage) {
  auto c = activate();
  auto business = as("business");
  auto last_comment = [&](const Headers& lang) {
    auto r = business.request("GET", "/api/v1/applications/" + c.application, "", lang);
    EXPECT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    const auto& timeline = body.at("timeline").as_array();
    EXPECT_FALSE(timeline.empty()) << r.body;
    return timeline.empty() ? std::string() : str(timeline.back().at("comment"));
  };
  EXPECT_EQ(last_comment(kZh), "合同 " + c.number + " 已生效");
  EXPECT_EQ(last_comment(kEn), "Contract " + c.number + " activated");
}

COLO_INSTANTIATE_API_TEST(Messages);

}  // namespace
}  // namespace colo::testing
