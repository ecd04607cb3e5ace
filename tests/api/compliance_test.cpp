// The compliance view measured from the other modules' records, through real HTTP on SQLite and
// PostgreSQL: maintenance done late (R4.1.2), a plan without a drill in twelve months (R4.2.3), an
// entry admitted without a visit (R4.2.1), a complaint answered late (R7.2.2) and approvals by
// three different people (R3.2.2) each fail and name their record; the view is served from a
// cache keyed by the audit chain's head, so a write refreshes it and nothing else does.
//
// The facility and service desk records are written straight into the server's database, as
// their modules write them, dated in the past.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <optional>

#include "api/hosting_support.hpp"
#include "db/database.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

// The text pdftotext reads from a PDF (poppler-utils).
std::string pdf_text(const std::string& pdf) {
  const std::string path = ::testing::TempDir() + "/colo-compliance-" + std::to_string(::getpid()) + ".pdf";
  {
    std::ofstream f(path, std::ios::binary);
    f << pdf;
  }
  std::string out;
  if (FILE* p = ::popen(("pdftotext -layout '" + path + "' - 2>&1").c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    ::pclose(p);
  }
  std::remove(path.c_str());
  return out;
}

class Compliance : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    server_ = ServerProcess::start({.backend = GetParam(), .demo = true});
    auto db = db::Database::open(server_->db_url());
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
  }
  HttpClient as(const std::string& user) { return login(*server_, user); }

  std::int64_t insert(const std::string& sql, const db::Params& params) {
    auto tx = db::Tx::begin(*db_, db::Access::write);
    EXPECT_TRUE(tx.ok());
    auto id = tx->insert(sql, params);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
    EXPECT_TRUE(tx->commit().ok());
    return id.ok() ? *id : 0;
  }

  // One signed-in client: a sign-in is itself an audited write.
  json::object view() {
    if (!management_) management_.emplace(as("management"));
    auto r = management_->get("/api/v1/compliance");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  }
  // The server's own start-up jobs may still be writing: reads until two answers share a head.
  json::object settled_view() {
    auto first = view(), again = view();
    for (int i = 0; i < 100 && first.at("audit_head_id") != again.at("audit_head_id"); ++i) {
      first = again;
      again = view();
    }
    EXPECT_EQ(first.at("audit_head_id"), again.at("audit_head_id"));
    EXPECT_EQ(first.at("as_of"), again.at("as_of")) << "the second answer is the cached one";
    return again;
  }
  static json::object clause(const json::object& v, const std::string& id) {
    for (const auto& c : v.at("clauses").as_array())
      if (c.at("clause").as_string() == id) return c.as_object();
    ADD_FAILURE() << id << " is not in the view";
    return {};
  }
  static bool names(const json::object& c, const std::string& type, std::int64_t id) {
    for (const auto& f : c.at("failing").as_array())
      if (f.at("type").as_string() == type && f.at("id").as_int64() == id) return true;
    return false;
  }

  // An audited write: a new customer.
  void write() {
    auto r = as("business").send_json("POST", "/api/v1/customers", json::object{{"name", unique("合规刷新")}});
    ASSERT_EQ(r.status, 201) << r.body;
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<db::Database> db_;
  std::optional<HttpClient> management_;
};

TEST_P(Compliance, EachModulesClauseIsMeasuredFromItsRecordsAndNamesItsFailures) {
  const std::string now = day() + "T00:00:00.000Z";
  // R4.1.2: a UPS's two work orders due ten days ago, one done that day, one never.
  const auto ups = insert(
      "INSERT INTO facility_assets (code, name, kind, model, serial, room_id, status, note, created_at, updated_at) "
      "VALUES ($1, 'UPS', 'ups', 'X', 'S', 1, 'in_service', '', $2, $2) RETURNING id",
      {unique("UPS"), now});
  const auto plan = insert(
      "INSERT INTO facility_maintenance_plans (name, asset_id, every_n, unit, first_due, checklist, active, "
      "created_by, created_at) VALUES ('UPS 月检', $1, 1, 'months', $2, '[]', 1, 'test', $3) RETURNING id",
      {ups, day(-40), now});
  const auto on_time = insert(
      "INSERT INTO facility_work_orders (plan_id, asset_id, due_on, status, results, completed_at, created_at) "
      "VALUES ($1, $2, $3, 'completed', '{}', $4, $5) RETURNING id",
      {plan, ups, day(-10), day(-10) + "T03:00:00.000Z", now});
  const auto missed = insert(
      "INSERT INTO facility_work_orders (plan_id, asset_id, due_on, status, results, created_at) VALUES ($1, $2, "
      "$3, 'open', '{}', $4) RETURNING id",
      {plan, ups, day(-11), now});
  // R4.2.3: an emergency plan never drilled.
  const auto undrilled = insert(
      "INSERT INTO facility_plans (scenario, title, owner, version, created_at, updated_at) VALUES ('flooding', "
      "'防汛预案', '张工', 1, $1, $1) RETURNING id",
      {shift(day(), -400) + "T00:00:00.000Z"});
  // R4.2.1: someone checked in with no visit behind it.
  const auto unauthorised = insert(
      "INSERT INTO facility_entry_log (at, person_name, event, actor) VALUES ($1, '无预约人员', 'check_in', 'desk') "
      "RETURNING id",
      {day(-3) + "T02:00:00.000Z"});
  // R7.2.2: a complaint due five days ago, answered a day late.
  const auto customer = customer_of(as("acme.user"));
  const auto late = insert(
      "INSERT INTO servicedesk_tickets (number, type, customer_id, title, impact, urgency, priority, status, "
      "group_name, channel, raised_by_name, calendar, response_target_minutes, resolution_target_minutes, "
      "response_due_at, resolution_due_at, complaint_state, answer_due, created_at, updated_at) VALUES ($1, "
      "'complaint', $2, '投诉', 3, 3, 'P4', 'resolved', 'business', 'portal', 'acme', '7x24', 60, 600, $3, $3, "
      "'answered', $4, $3, $3) RETURNING id",
      {unique("TK"), customer, day(-20) + "T00:00:00.000Z", day(-5)});
  insert(
      "INSERT INTO servicedesk_complaint_answers (ticket_id, customer_id, body, answered_by_name, answered_at) "
      "VALUES ($1, $2, '答复', 'business', $3) RETURNING id",
      {late, customer, day(-4) + "T02:00:00.000Z"});

  const auto v = view();
  const auto power = clause(v, "R4.1.2");
  EXPECT_EQ(power.at("status").as_string(), "failing") << power;
  EXPECT_TRUE(names(power, "work_order", missed)) << power;
  EXPECT_FALSE(names(power, "work_order", on_time)) << "done on its due day is on time";
  EXPECT_EQ(power.at("evidence").as_string(), "/facility/maintenance");
  const auto drills = clause(v, "R4.2.3");
  EXPECT_EQ(drills.at("status").as_string(), "failing");
  EXPECT_TRUE(names(drills, "plan", undrilled)) << drills;
  const auto doors = clause(v, "R4.2.1");
  EXPECT_EQ(doors.at("status").as_string(), "failing");
  EXPECT_TRUE(names(doors, "entry", unauthorised)) << doors;
  const auto answered = clause(v, "R7.2.2");
  EXPECT_EQ(answered.at("status").as_string(), "failing");
  EXPECT_TRUE(names(answered, "ticket", late)) << answered;
  // R4.1.1 is measured over this month, and says so.
  EXPECT_EQ(clause(v, "R4.1.1").at("period_from").as_string(), day().substr(0, 8) + "01");
  // Nothing recorded is no data, never passing.
  for (const char* id : {"R4.3.2", "R11.2.3", "R8.3", "R4.2.2", "R4.3.3", "R5.2.2", "R5.2.3", "R6.1.1", "R10.2"}) {
    const auto c = clause(v, id);
    EXPECT_NE(c.at("status").as_string(), "not_measured") << id << " has a provider";
    if (c.at("failing_count").as_int64() == 0 && c.at("value_bp").is_null()) {
      EXPECT_EQ(c.at("status").as_string(), "no_data") << id;
    }
  }
}

TEST_P(Compliance, OnePersonApprovingTwoStepsFailsOnceAWriteRefreshesTheCache) {
  const auto customer = customer_of(as("acme.user"));
  auto approvals = clause(settled_view(), "R3.2.2");
  ASSERT_NE(approvals.at("status").as_string(), "not_measured");
  // One person approving two steps of an application fails it (written as the history would
  // be if the separation of duties were bypassed).
  const std::string at = day(-2) + "T01:00:00.000Z";
  const auto app = insert(
      "INSERT INTO applications (number, customer_id, customer_name, status, company, devices, space, "
      "extra_services, created_by, created_by_name, submitted_at, decided_at, created_at, updated_at) VALUES ($1, "
      "$2, 'Acme', 'approved', 'Acme', '[]', 'units', '[]', 1, 'acme', $3, $3, $3, $3) RETURNING id",
      {unique("APP"), customer, at});
  for (const char* step : {"business_review", "technical_review", "management_review"})
    insert(
        "INSERT INTO workflow_transitions (object_type, object_id, action, from_state, to_state, actor_id, actor, "
        "actor_roles, comment, at) VALUES ('application', $1, 'approve', $2, 'x', $3, 'one', 'admin', '', $4) "
        "RETURNING id",
        {app, std::string(step), std::string(step) == "management_review" ? 7 : 5, at});
  // Written without an audit entry: the cached view does not see it until the next write.
  auto cached = clause(view(), "R3.2.2");
  EXPECT_FALSE(names(cached, "application", app)) << "served from the cache";
  write();
  auto fresh = clause(view(), "R3.2.2");
  EXPECT_EQ(fresh.at("status").as_string(), "failing");
  EXPECT_TRUE(names(fresh, "application", app)) << fresh;
}

TEST_P(Compliance, TheViewIsServedFromTheCacheUntilTheAuditChainsHeadMoves) {
  const auto first = settled_view();
  EXPECT_FALSE(first.at("audit_head_hash").as_string().empty());
  // Any audited write moves the head: the next answer is computed again.
  write();
  const auto after = view();
  EXPECT_GT(after.at("audit_head_id").as_int64(), first.at("audit_head_id").as_int64());
}

TEST_P(Compliance, TheReportIsAChinesePdfSignedWithTheAuditHeadAndVerifiableByItsRecordedHash) {
  const auto v = settled_view();
  auto management = as("management");
  auto r = management.request("GET", "/api/v1/compliance/report?lang=zh-CN");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/pdf");
  const std::string pdf = r.body;
  const auto text = pdf_text(pdf);
  EXPECT_NE(text.find("合规状况报告"), std::string::npos) << text;
  EXPECT_NE(text.find("R12.2"), std::string::npos) << text;
  EXPECT_NE(text.find("无数据"), std::string::npos) << "statuses in Chinese";
  // Signed with the head the view was computed at (the sign-in above moved it on by one).
  const auto head = v.at("audit_head_id").as_int64();
  EXPECT_TRUE(text.find("第 " + std::to_string(head) + " 条") != std::string::npos ||
              text.find("第 " + std::to_string(head + 1) + " 条") != std::string::npos)
      << text;
  // The file as made verifies against its audit entry; a changed byte does not.
  auto ok = management.request("POST", "/api/v1/compliance/verify", pdf, {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_TRUE(ok.json().at("verified").as_bool()) << ok.body;
  EXPECT_EQ(ok.json().at("sha256").as_string(), r.header("x-colo-sha256"));
  EXPECT_GT(ok.json().at("audit_id").as_int64(), head);
  std::string forged = pdf;
  forged[forged.size() / 2] ^= 1;
  auto bad = management.request("POST", "/api/v1/compliance/verify", forged, {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(bad.status, 200);
  EXPECT_FALSE(bad.json().at("verified").as_bool());
  EXPECT_TRUE(bad.json().at("audit_id").is_null());
  EXPECT_EQ(as("business").request("GET", "/api/v1/compliance/report").status, 403);
}

COLO_INSTANTIATE_API_TEST(Compliance);

}  // namespace
}  // namespace colo::testing
