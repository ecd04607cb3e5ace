// Search, object history, the security department's audit access and list exports, through real
// HTTP on both engines; customers confined to their own objects throughout.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string enc(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '/') {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  return out;
}

std::string code_of(const HttpResponse& r) { return std::string(r.json().at("code").as_string()); }

const json::object* group(const json::value& answer, const std::string& type) {
  for (const auto& g : answer.at("groups").as_array())
    if (g.at("type").as_string() == type) return &g.as_object();
  return nullptr;
}

// CSV records without the BOM, split on CRLF (the cells asked for never hold commas here).
std::vector<std::string> csv_lines(const std::string& body) {
  std::vector<std::string> out;
  std::string rest = body.substr(0, 3) == "\xEF\xBB\xBF" ? body.substr(3) : body;
  std::size_t at = 0;
  while (at < rest.size()) {
    auto end = rest.find("\r\n", at);
    if (end == std::string::npos) end = rest.size();
    out.push_back(rest.substr(at, end - at));
    at = end + 2;
  }
  return out;
}

class SearchExport : public ApiTest {
 protected:
  // Acme's customer id and one interface of one of its devices, as Acme sees them.
  std::pair<std::int64_t, json::object> acme_interface() {
    auto acme = as("acme.admin");
    auto me = acme.get("/api/v1/auth/me").json();
    auto id = me.at("user").at("customer_id").as_int64();
    auto list = acme.get("/api/v1/dcim/interfaces?limit=1").json();
    return {id, list.at("results").as_array().at(0).as_object()};
  }
};

TEST_P(SearchExport, R6_1_3_TheSecurityDepartmentReadsTheAuditLog) {
  auto security = as("security");
  EXPECT_EQ(security.get("/api/v1/audit?limit=1").status, 200);
  auto actors = security.get("/api/v1/audit/actors");
  ASSERT_EQ(actors.status, 200) << actors.body;
  std::set<std::string> names;
  const auto answer = actors.json();
  for (const auto& a : answer.at("results").as_array()) names.insert(std::string(a.as_string()));
  EXPECT_TRUE(names.count("admin") || names.count("business")) << actors.body;
  EXPECT_EQ(as("technical").get("/api/v1/audit/actors").status, 403);
  EXPECT_EQ(as("acme.admin").get("/api/v1/audit/actors").status, 403);
}

TEST_P(SearchExport, AnObjectsHistoryIsReadWithTheObjectsPermission) {
  auto biz = as("business");
  auto created =
      biz.send_json("POST", "/api/v1/customers",
                    json::object{{"name", "历史测试 " + std::to_string(::getpid()) + backend_name(GetParam())}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = std::to_string(created.json().at("id").as_int64());
  ASSERT_EQ(biz.send_json("PATCH", "/api/v1/customers/" + id, json::object{{"status", "active"}}).status, 200);

  // technical may read customers but not the audit log: it reads this customer's history.
  auto tech = as("technical");
  EXPECT_EQ(tech.get("/api/v1/audit?object_type=customer&object_id=" + id).status, 403);
  auto history = tech.get("/api/v1/audit/history?object_type=customer&object_id=" + id);
  ASSERT_EQ(history.status, 200) << history.body;
  auto rows = history.json().at("results").as_array();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("action").as_string(), "update");
  EXPECT_EQ(rows[1].at("action").as_string(), "create");
  EXPECT_EQ(history.json().at("count").as_int64(), 2);

  // Sessions have no page of their own: only audit.read holders see them.
  auto sessions = tech.get("/api/v1/audit/history?object_type=session&object_id=1");
  EXPECT_EQ(sessions.status, 403);
  EXPECT_EQ(code_of(sessions), "audit.history.not_offered");
  EXPECT_EQ(as("security").get("/api/v1/audit/history?object_type=session&object_id=1").status, 200);

  // A customer never reads the log, not even about itself.
  auto [acme_id, _] = acme_interface();
  auto customer =
      as("acme.admin").get("/api/v1/audit/history?object_type=customer&object_id=" + std::to_string(acme_id));
  EXPECT_EQ(customer.status, 403);
  EXPECT_EQ(code_of(customer), "audit.history.staff_only");

  auto missing = tech.get("/api/v1/audit/history?object_type=customer");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(client().get("/api/v1/audit/history?object_type=customer&object_id=" + id).status, 401);
}

TEST_P(SearchExport, SearchingByAddressFindsTheDeviceAndOnlyForItsCustomer) {
  auto [acme_id, iface] = acme_interface();
  const auto device = iface.at("device").as_object();
  // An address in TEST-NET-2 no demo object uses, one per backend so reruns do not collide.
  const std::string ip = std::string("198.18.") + (GetParam() == Backend::sqlite ? "1" : "2") + ".77";
  auto made =
      as("technical")
          .send_json(
              "POST", "/api/v1/ipam/ip-addresses",
              json::object{
                  {"address", ip + "/24"}, {"interface", iface.at("id")}, {"customer", acme_id}, {"status", "active"}});
  ASSERT_TRUE(made.status == 201 || made.status == 409) << made.body;

  auto staff = as("operations").get("/api/v1/search?q=" + ip);
  ASSERT_EQ(staff.status, 200) << staff.body;
  const auto found = staff.json();
  const auto* devices = group(found, "devices");
  ASSERT_NE(devices, nullptr) << staff.body;
  EXPECT_EQ(devices->at("results").as_array().at(0).at("id"), device.at("id"));
  const auto* addresses = group(found, "addresses");
  ASSERT_NE(addresses, nullptr);
  EXPECT_EQ(addresses->at("results").as_array().at(0).at("title").as_string(), ip + "/24");

  // Its own customer finds it; another customer finds nothing at all.
  auto own = as("acme.user").get("/api/v1/search?q=" + ip);
  ASSERT_EQ(own.status, 200);
  const auto own_found = own.json();
  ASSERT_NE(group(own_found, "devices"), nullptr) << own.body;
  auto attacker = as("zenith.admin").get("/api/v1/search?q=" + ip);
  ASSERT_EQ(attacker.status, 200);
  EXPECT_TRUE(attacker.json().at("groups").as_array().empty()) << attacker.body;
  // Nor by the device's name, nor by Acme's customer name.
  auto by_name = as("zenith.admin").get("/api/v1/search?q=" + enc(std::string(device.at("name").as_string())));
  const auto by_name_found = by_name.json();
  if (const auto* g = group(by_name_found, "devices"))
    for (const auto& hit : g->at("results").as_array()) EXPECT_NE(hit.at("id"), device.at("id"));
  auto acme_name = as("acme.admin").get("/api/v1/customers/" + std::to_string(acme_id)).json().at("name");
  auto by_customer = as("zenith.admin").get("/api/v1/search?q=" + enc(std::string(acme_name.as_string())));
  const auto by_customer_found = by_customer.json();
  EXPECT_EQ(group(by_customer_found, "customers"), nullptr) << by_customer.body;

  EXPECT_EQ(as("admin").get("/api/v1/search?q=%20").status, 400);
  EXPECT_EQ(as("admin").get("/api/v1/search?q=a&limit=0").status, 400);
  EXPECT_EQ(client().get("/api/v1/search?q=a").status, 401);
}

TEST_P(SearchExport, ACsvExportHoldsWhatTheFilterShowsAndACustomerOnlyItsRows) {
  auto admin = as("admin");
  auto listed = admin.get("/api/v1/dcim/racks?status=active&limit=1").json().at("count").as_int64();
  auto csv = admin.get(
      "/api/v1/export?path=/api/v1/dcim/racks&status=active&column=name&column=site.name&column=status&label=" +
      enc("名称") + "&label=" + enc("站点") + "&label=" + enc("状态") + "&filename=" + enc("机柜"));
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type").value_or(""), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").value_or("").find("filename*=UTF-8''" + enc("机柜") + ".csv"),
            std::string::npos);
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  auto lines = csv_lines(csv.body);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "名称,站点,状态");
  EXPECT_EQ(static_cast<std::int64_t>(lines.size()) - 1, listed);
  for (std::size_t i = 1; i < lines.size(); ++i) EXPECT_EQ(lines[i].substr(lines[i].rfind(',') + 1), "active");

  // A customer's export of the device ledger holds its own devices, every one of them, across pages.
  auto acme = as("acme.admin");
  auto [acme_id, _] = acme_interface();
  auto own = acme.get("/api/v1/dcim/devices?limit=1").json().at("count").as_int64();
  ASSERT_GT(own, 0);
  auto devices = acme.get("/api/v1/export?path=/api/v1/dcim/devices&column=id&column=customer_id");
  ASSERT_EQ(devices.status, 200) << devices.body;
  auto rows = csv_lines(devices.body);
  EXPECT_EQ(static_cast<std::int64_t>(rows.size()) - 1, own);
  for (std::size_t i = 1; i < rows.size(); ++i)
    ASSERT_EQ(rows[i].substr(rows[i].find(',') + 1), std::to_string(acme_id)) << rows[i];

  // What the customer may not list, it may not export.
  auto audit = acme.get("/api/v1/export?path=/api/v1/audit&column=id");
  EXPECT_EQ(audit.status, 403);
  auto users = as("zenith.admin").get("/api/v1/export?path=/api/v1/users&column=username");
  EXPECT_EQ(users.status, 403);
  // The list's own checks answer for a bad filter; the export's for its own parameters.
  EXPECT_EQ(admin.get("/api/v1/export?path=/api/v1/dcim/racks&column=name&sort=nonsense").status, 400);
  EXPECT_EQ(code_of(admin.get("/api/v1/export?path=/api/v1/dcim/racks/1&column=name")), "export.not_a_list");
  EXPECT_EQ(code_of(admin.get("/api/v1/export?path=/api/v1/nowhere&column=name")), "export.unknown_list");
  EXPECT_EQ(code_of(admin.get("/api/v1/export?path=/api/v1/export&column=name")), "export.unknown_list");
  EXPECT_EQ(admin.get("/api/v1/export?path=/api/v1/dcim/racks").status, 400);
  EXPECT_EQ(code_of(admin.get("/api/v1/export?path=/api/v1/dcim/racks&column=a&column=b&label=x")),
            "export.labels_mismatch");
  EXPECT_EQ(admin.get("/api/v1/export?path=/api/v1/dcim/racks&column=name&format=pdf").status, 400);
}

TEST_P(SearchExport, AnXlsxExportOpens) {
  auto admin = as("admin");
  auto xlsx = admin.get("/api/v1/export?path=/api/v1/customers&format=xlsx&column=name&label=" + enc("客户名称"));
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.header("content-type").value_or(""),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_EQ(xlsx.body.substr(0, 4), std::string("PK\x03\x04", 4));
  auto first = admin.get("/api/v1/customers?limit=1").json().at("results").as_array().at(0).at("name");
  const std::string path = server().dir() + "/export-" + backend_name(GetParam()) + ".xlsx";
  {
    std::ofstream out(path, std::ios::binary);
    out << xlsx.body;
  }
  // The sheet opens as a zip and holds the header and the first customer's name as cells.
  const std::string script =
      "import sys, zipfile\n"
      "z = zipfile.ZipFile(sys.argv[1])\n"
      "sheet = z.read('xl/worksheets/sheet1.xml').decode('utf-8')\n"
      "sys.exit(0 if sys.argv[2] in sheet and sys.argv[3] in sheet else 1)\n";
  const std::string script_path = path + ".py";
  {
    std::ofstream out(script_path);
    out << script;
  }
  auto cmd = "python3 '" + script_path + "' '" + path + "' '客户名称' '" + std::string(first.as_string()) + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::remove(path.c_str());
  std::remove(script_path.c_str());
}

COLO_INSTANTIATE_API_TEST(SearchExport);

// The row cap needs a server of its own with a small cap.
class ExportCap : public ::testing::TestWithParam<Backend> {};

TEST_P(ExportCap, ALongerListIsRefusedWithAProblem) {
  if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) GTEST_SKIP();
  auto server = ServerProcess::start({.backend = GetParam(), .env = {{"COLO_EXPORT_MAX_ROWS", "5"}}, .demo = true});
  auto admin = login(*server, "admin");
  auto refused = admin.get("/api/v1/export?path=/api/v1/dcim/racks&column=name");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(code_of(refused), "export.too_many_rows");
  // Narrowed to five or fewer, it goes through.
  auto narrowed = admin.get("/api/v1/export?path=/api/v1/customers&column=name");
  EXPECT_EQ(narrowed.status, 200) << narrowed.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, ExportCap, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
