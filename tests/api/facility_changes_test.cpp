// Change control through the real server on SQLite and PostgreSQL (R4.3.2): a change names what,
// why, its risk, rollback plan, window and scope; the customers it affects are computed from the
// ledger and may be edited until they are told; technical approves and, at high risk, management
// after it (another person); the final approval tells the customers at least the notice ahead;
// the change runs with a checklist and closes with its result. Customers never read changes.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string instant_in(std::chrono::hours from_now) {
  std::time_t secs = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + from_now);
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

class FacilityChanges : public ApiTest {
 protected:
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  std::int64_t rack_of(const std::string& user) {
    return as(user).get("/api/v1/dcim/racks?limit=1").json().at("results").as_array().at(0).at("id").as_int64();
  }
  std::int64_t device_of(std::int64_t customer) {
    auto list = as("admin").get("/api/v1/dcim/devices?limit=1&customer=" + std::to_string(customer)).json();
    return list.at("results").as_array().at(0).at("id").as_int64();
  }
  json::object body(const char* risk, std::chrono::hours start, json::object scope) {
    json::object b{{"title", "Replace UPS-2 battery string"},
                   {"reason", "Two batteries failed the discharge test"},
                   {"risk", risk},
                   {"rollback_plan", "Put the old string back and return UPS-2 to online mode"},
                   {"window_start", instant_in(start)},
                   {"window_end", instant_in(start + std::chrono::hours(4))},
                   {"steps", json::array{"Transfer the load to UPS-1", "Swap the string", "Return to online mode"}}};
    for (auto& [k, v] : scope) b[k] = v;
    return b;
  }
  HttpResponse act(const std::string& user, const std::string& path, json::object a) {
    return as(user).send_json("POST", path + "/actions", a);
  }
  HttpResponse tick(const std::string& path, int step, bool done) {
    return as("operations").send_json("POST", path + "/checklist", json::object{{"step", step}, {"done", done}});
  }
};

TEST_P(FacilityChanges, R4_3_2_AHighRiskChangeIsApprovedByTechnicalThenManagementTellsTheCustomersAndClosesDone) {
  auto acme = customer_of("acme.admin");
  auto r = as("operations")
               .send_json("POST", "/api/v1/facility/changes",
                          body("high", std::chrono::hours(24 * 5), {{"racks", json::array{rack_of("acme.admin")}}}));
  ASSERT_EQ(r.status, 201) << r.body;
  auto change = r.json().at("change").as_object();
  const std::string number(change.at("number").as_string());
  EXPECT_EQ(number.rfind("CHG-", 0), 0u) << number;
  EXPECT_EQ(change.at("status"), "submitted");
  auto path = "/api/v1/facility/changes/" + std::to_string(change.at("id").as_int64());
  bool listed = false;
  for (const auto& c : change.at("computed_customers").as_array()) listed = listed || c.as_int64() == acme;
  EXPECT_TRUE(listed) << r.body;
  EXPECT_EQ(change.at("customers"), change.at("computed_customers"));
  EXPECT_NE(as("technical").get("/api/v1/notifications?limit=100").body.find(number), std::string::npos);

  // Customers neither read nor act on changes.
  EXPECT_EQ(as("acme.admin").get(path).status, 403);
  EXPECT_EQ(as("acme.admin").get("/api/v1/facility/changes").status, 403);

  // Management cannot approve first; technical's approval leads to management's.
  EXPECT_EQ(act("management", path, {{"action", "approve"}}).status, 403);
  EXPECT_EQ(act("technical", path, {{"action", "start"}}).status, 409);
  r = act("technical", path, {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("status"), "technical_approved");
  EXPECT_EQ(as("acme.admin").get("/api/v1/notifications?limit=100").body.find(number), std::string::npos);
  EXPECT_EQ(act("technical", path, {{"action", "approve"}}).status, 403);
  r = act("management", path, {{"action", "approve"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("status"), "approved");
  EXPECT_FALSE(r.json().at("change").at("notified_at").is_null());
  EXPECT_EQ(r.json().at("timeline").as_array().size(), 3u);
  EXPECT_NE(as("acme.admin").get("/api/v1/notifications?limit=100").body.find(number), std::string::npos);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/notifications?limit=100").body.find(number), std::string::npos);

  // Told customers stay told: the list is fixed now.
  r = as("operations").send_json("PUT", path + "/customers", json::object{{"customers", json::array{}}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.customers_fixed");

  // Executed with its checklist; successful only when every step is done.
  EXPECT_EQ(tick(path, 1, true).status, 409);
  ASSERT_EQ(act("operations", path, {{"action", "start"}}).status, 200);
  EXPECT_EQ(tick(path, 9, true).status, 422);
  ASSERT_EQ(tick(path, 1, true).status, 200);
  ASSERT_EQ(tick(path, 2, true).status, 200);
  r = act("operations", path, {{"action", "close"}, {"result", "successful"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.checklist_open");
  r = tick(path, 3, true);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("steps").as_array().at(2).at("done_by"), "operations");
  r = act("operations", path, {{"action", "close"}, {"result", "successful"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("status"), "closed");
  EXPECT_EQ(r.json().at("change").at("result"), "successful");
  EXPECT_EQ(act("operations", path, {{"action", "close"}, {"result", "failed"}, {"comment", "x"}}).status, 409);
}

TEST_P(FacilityChanges, R4_3_2_CustomersAreToldAtLeastTheNoticeAheadAndManagementIsAnotherPerson) {
  auto device = device_of(customer_of("acme.admin"));
  // A low-risk change ten hours away touching acme's device: too late to tell acme.
  auto r = as("technical")
               .send_json("POST", "/api/v1/facility/changes",
                          body("low", std::chrono::hours(10), {{"devices", json::array{device}}}));
  ASSERT_EQ(r.status, 201) << r.body;
  auto path = "/api/v1/facility/changes/" + std::to_string(r.json().at("change").at("id").as_int64());
  r = act("technical", path, {{"action", "approve"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.notice_too_short");
  EXPECT_EQ(as("admin").get(path).json().at("change").at("status"), "submitted");
  // Staff judge that nobody is affected after all; then it may go ahead.
  r = as("operations").send_json("PUT", path + "/customers", json::object{{"customers", json::array{}}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(act("technical", path, {{"action", "approve"}}).status, 200);
  ASSERT_EQ(act("operations", path, {{"action", "start"}}).status, 200);
  r = act("operations", path, {{"action", "close"}, {"result", "rolled_back"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.result_note_required");
  r = act("operations", path,
          {{"action", "close"}, {"result", "rolled_back"}, {"comment", "Breaker tripped; rolled back"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("result"), "rolled_back");

  // One person holding both approvals (admin) cannot approve a high-risk change twice.
  r = as("admin").send_json("POST", "/api/v1/facility/changes", body("high", std::chrono::hours(24 * 5), {}));
  ASSERT_EQ(r.status, 201) << r.body;
  path = "/api/v1/facility/changes/" + std::to_string(r.json().at("change").at("id").as_int64());
  ASSERT_EQ(act("admin", path, {{"action", "approve"}}).status, 200);
  r = act("admin", path, {{"action", "approve"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.same_approver");
  EXPECT_EQ(act("management", path, {{"action", "reject"}}).status, 400);  // a reason is required
  r = act("management", path, {{"action", "reject"}, {"comment", "Not before the audit"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("change").at("status"), "rejected");
}

TEST_P(FacilityChanges, BadRequestsChangeNothing) {
  auto count = [&] { return as("admin").get("/api/v1/facility/changes?limit=1").json().at("count").as_int64(); };
  auto before = count();
  auto b = body("medium", std::chrono::hours(24 * 5), {});
  b["window_end"] = instant_in(std::chrono::hours(24 * 4));
  auto r = as("operations").send_json("POST", "/api/v1/facility/changes", b);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("window_end"), std::string::npos);
  r = as("operations")
          .send_json("POST", "/api/v1/facility/changes",
                     body("medium", std::chrono::hours(24 * 5), {{"racks", json::array{99999999}}}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.unknown_scope");
  r = as("operations")
          .send_json("POST", "/api/v1/facility/changes",
                     body("medium", std::chrono::hours(24 * 5), {{"customers", json::array{99999999}}}));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.change.unknown_customer");
  b = body("extreme", std::chrono::hours(24 * 5), {});
  EXPECT_EQ(as("operations").send_json("POST", "/api/v1/facility/changes", b).status, 400);
  EXPECT_EQ(
      as("acme.admin").send_json("POST", "/api/v1/facility/changes", body("low", std::chrono::hours(100), {})).status,
      403);
  EXPECT_EQ(count(), before);
  EXPECT_EQ(as("admin").get("/api/v1/facility/changes/99999999").status, 404);
}

// Two technical approvers press approve at once: one approval is recorded, the other is told the
// change has moved on.
TEST_P(FacilityChanges, TwoApprovalsAtOnceOneWins) {
  auto r = as("operations")
               .send_json("POST", "/api/v1/facility/changes",
                          body("low", std::chrono::hours(24 * 5), {{"customers", json::array{}}}));
  ASSERT_EQ(r.status, 201) << r.body;
  auto path = "/api/v1/facility/changes/" + std::to_string(r.json().at("change").at("id").as_int64());
  auto technical = as("technical"), admin = as("admin");
  int statuses[2] = {0, 0};
  std::thread a([&] {
    statuses[0] = technical.send_json("POST", path + "/actions", json::object{{"action", "approve"}}).status;
  });
  std::thread b([&] {
    statuses[1] = admin.send_json("POST", path + "/actions", json::object{{"action", "approve"}}).status;
  });
  a.join();
  b.join();
  std::sort(std::begin(statuses), std::end(statuses));
  EXPECT_EQ(statuses[0], 200);
  EXPECT_EQ(statuses[1], 409);
  auto v = as("admin").get(path).json();
  EXPECT_EQ(v.at("change").at("status"), "approved");
  EXPECT_EQ(v.at("timeline").as_array().size(), 2u);  // submitted, one approval
}

// The shift's today view lists a change approved for today, then the same change in progress.
TEST_P(FacilityChanges, TheShiftSeesTodaysChangesAndThoseInProgress) {
  auto b = body("low", std::chrono::hours(-1), {{"customers", json::array{}}});
  b["window_end"] = instant_in(std::chrono::hours(1));
  auto r = as("operations").send_json("POST", "/api/v1/facility/changes", b);
  ASSERT_EQ(r.status, 201) << r.body;
  const auto number = r.json().at("change").at("number");
  auto path = "/api/v1/facility/changes/" + std::to_string(r.json().at("change").at("id").as_int64());
  auto numbers_in = [&](const char* list) {
    auto t = as("operations").get("/api/v1/facility/today");
    EXPECT_EQ(t.status, 200) << t.body;
    std::vector<json::value> out;
    const auto page = t.json();
    for (const auto& c : page.at(list).as_array()) out.push_back(c.at("number"));
    return out;
  };
  auto has = [&](const std::vector<json::value>& v) { return std::find(v.begin(), v.end(), number) != v.end(); };
  EXPECT_FALSE(has(numbers_in("changes_today")));
  ASSERT_EQ(act("technical", path, {{"action", "approve"}}).status, 200);
  EXPECT_TRUE(has(numbers_in("changes_today")));
  EXPECT_FALSE(has(numbers_in("changes_in_progress")));
  ASSERT_EQ(act("operations", path, {{"action", "start"}}).status, 200);
  EXPECT_TRUE(has(numbers_in("changes_in_progress")));
  EXPECT_FALSE(has(numbers_in("changes_today")));
  auto t = as("operations").get("/api/v1/facility/today").json();
  EXPECT_TRUE(t.at("open_alerts").is_int64());
  EXPECT_TRUE(t.at("rounds_due").as_array().empty());
  EXPECT_EQ(as("acme.admin").get("/api/v1/facility/today").status, 403);
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityChanges);

}  // namespace colo::testing
