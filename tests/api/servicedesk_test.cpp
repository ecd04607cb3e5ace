// The service desk through real HTTP on SQLite and PostgreSQL: tickets raised by a customer for
// its own devices only, priority from impact x urgency, internal notes that a customer never sees
// by any route (detail, timeline, list, search, export), what a customer may not do to a ticket,
// the status machine's refusals, attachment limits, the pause while waiting for the customer,
// and complaints acknowledged at once, answered and disputed (R7.2.2).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

constexpr const char* kTickets = "/api/v1/servicedesk/tickets";

class ServiceDesk : public ApiTest {
 protected:
  // The first device the customer `user` sees (its own).
  std::int64_t own_device(const std::string& user) {
    auto r = as(user).get("/api/v1/dcim/devices?limit=1");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("results").as_array().at(0).at("id").as_int64();
  }

  // A ticket raised by acme.user; its id.
  std::string raise(HttpClient& c, json::object body) {
    if (!body.contains("type")) body["type"] = "incident";
    if (!body.contains("title")) body["title"] = "服务器无法访问";
    auto r = c.send_json("POST", kTickets, body);
    EXPECT_EQ(r.status, 201) << r.body;
    return std::to_string(r.json().at("ticket").at("id").as_int64());
  }

  static std::int64_t count_of(HttpClient& c, const std::string& path) {
    auto r = c.get(path);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("count").as_int64();
  }
};

TEST_P(ServiceDesk, ACustomerRaisesATicketForItsOwnDeviceWithPriorityFromImpactAndUrgency) {
  auto acme = as("acme.user");
  const auto device = own_device("acme.user");
  auto r = acme.send_json("POST", kTickets,
                          json::object{{"type", "incident"},
                                       {"title", "业务中断"},
                                       {"impact", 1},
                                       {"urgency", 2},
                                       {"objects", json::array{json::object{{"kind", "device"}, {"id", device}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto d = r.json();
  const auto& t = d.at("ticket");
  EXPECT_EQ(t.at("priority").as_string(), "P2");
  EXPECT_EQ(t.at("status").as_string(), "new");
  EXPECT_EQ(t.at("channel").as_string(), "portal");
  EXPECT_EQ(std::string(t.at("number").as_string()).rfind("TK-", 0), 0u);
  EXPECT_EQ(d.at("objects").as_array().size(), 1u);
  EXPECT_GT(d.at("resolution_clock").at("target_minutes").as_int64(),
            d.at("response_clock").at("target_minutes").as_int64());
  ASSERT_FALSE(d.at("timeline").as_array().empty());
  EXPECT_EQ(d.at("timeline").as_array()[0].at("key").as_string(), "servicedesk.timeline.raised");
}

TEST_P(ServiceDesk, ACustomerCannotNameAnotherCustomersDeviceAndNothingIsCreated) {
  auto acme = as("acme.user");
  const auto foreign = own_device("zenith.admin");
  const auto before = count_of(acme, std::string(kTickets) + "?limit=1");
  auto r = acme.send_json("POST", kTickets,
                          json::object{{"type", "incident"},
                                       {"title", "x"},
                                       {"objects", json::array{json::object{{"kind", "device"}, {"id", foreign}}}}});
  ASSERT_EQ(r.status, 404) << r.body;
  EXPECT_EQ(r.json().at("code").as_string(), "servicedesk.object.unknown");
  // The same answer as for a device that does not exist.
  auto missing =
      acme.send_json("POST", kTickets,
                     json::object{{"type", "incident"},
                                  {"title", "x"},
                                  {"objects", json::array{json::object{{"kind", "device"}, {"id", 987654321}}}}});
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(count_of(acme, std::string(kTickets) + "?limit=1"), before);
}

TEST_P(ServiceDesk, InternalNotesNeverReachTheCustomerByAnyRoute) {
  auto acme = as("acme.user");
  auto ops = as("operations");
  const auto id = raise(acme, {{"title", unique("内部备注工单")}});
  const std::string secret = unique("INTERNAL-ONLY-根因");
  auto note = ops.send_json("POST", std::string(kTickets) + "/" + id + "/comments",
                            json::object{{"body", secret}, {"internal", true}});
  ASSERT_EQ(note.status, 200) << note.body;
  auto pub =
      ops.send_json("POST", std::string(kTickets) + "/" + id + "/comments", json::object{{"body", "已安排工程师排查"}});
  ASSERT_EQ(pub.status, 200) << pub.body;
  // Staff see the note.
  EXPECT_NE(ops.get(std::string(kTickets) + "/" + id).body.find(secret), std::string::npos);
  // The customer sees the public comment and nothing of the note.
  auto detail = acme.get(std::string(kTickets) + "/" + id);
  ASSERT_EQ(detail.status, 200);
  EXPECT_NE(detail.body.find("已安排工程师排查"), std::string::npos);
  for (const auto& path : {std::string(kTickets) + "/" + id, std::string(kTickets) + "?q=" + id + "&limit=1000",
                           std::string(kTickets) + "?limit=1000", std::string("/api/v1/search?q=INTERNAL-ONLY"),
                           std::string("/api/v1/export?path=/api/v1/servicedesk/tickets&format=csv"),
                           std::string("/api/v1/notifications?limit=1000")}) {
    auto r = acme.get(path);
    EXPECT_LT(r.status, 500) << path;
    EXPECT_EQ(r.body.find(secret), std::string::npos) << path << " leaked the internal note";
    EXPECT_EQ(r.body.find("\"internal\":true"), std::string::npos) << path;
  }
  // Nor may the customer write one.
  auto own_note = acme.send_json("POST", std::string(kTickets) + "/" + id + "/comments",
                                 json::object{{"body", "x"}, {"internal", true}});
  EXPECT_EQ(own_note.status, 403) << own_note.body;
}

TEST_P(ServiceDesk, ACustomerCannotTouchAForeignTicketOrChangePriority) {
  auto acme = as("acme.user");
  auto zenith = as("zenith.admin");
  const auto theirs = raise(zenith, {{"title", "zenith-ticket"}});
  const auto ours = raise(acme, {});
  auto read = acme.get(std::string(kTickets) + "/" + theirs);
  EXPECT_EQ(read.status, 404);
  auto comment =
      acme.send_json("POST", std::string(kTickets) + "/" + theirs + "/comments", json::object{{"body", "x"}});
  EXPECT_EQ(comment.status, 404) << comment.body;
  auto prio = acme.send_json("PATCH", std::string(kTickets) + "/" + ours, json::object{{"impact", 1}, {"urgency", 1}});
  EXPECT_EQ(prio.status, 403) << prio.body;
  auto assign =
      acme.send_json("POST", std::string(kTickets) + "/" + ours + "/actions", json::object{{"action", "resolve"}});
  EXPECT_EQ(assign.status, 403) << assign.body;
  EXPECT_EQ(acme.get(std::string(kTickets) + "/" + ours).json().at("ticket").at("priority").as_string(), "P4");
  // Staff may change it; the targets follow.
  auto staff = as("operations")
                   .send_json("PATCH", std::string(kTickets) + "/" + ours, json::object{{"impact", 1}, {"urgency", 1}});
  ASSERT_EQ(staff.status, 200) << staff.body;
  EXPECT_EQ(staff.json().at("ticket").at("priority").as_string(), "P1");
}

TEST_P(ServiceDesk, TheStatusMachineRefusesClosingTwiceAndPausesWhileWaitingForTheCustomer) {
  auto acme = as("acme.user");
  auto ops = as("operations");
  const auto id = raise(acme, {});
  const auto act = [&](HttpClient& c, const char* action) {
    return c.send_json("POST", std::string(kTickets) + "/" + id + "/actions", json::object{{"action", action}});
  };
  auto early = act(ops, "close");
  ASSERT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json().at("code").as_string(), "servicedesk.ticket.bad_transition");
  ASSERT_EQ(act(ops, "assign").status, 200);
  ASSERT_EQ(act(ops, "start").status, 200);
  auto waiting = act(ops, "wait");
  ASSERT_EQ(waiting.status, 200) << waiting.body;
  EXPECT_TRUE(waiting.json().at("ticket").at("paused").as_bool());
  EXPECT_TRUE(waiting.json().at("resolution_clock").at("paused").as_bool());
  // The customer's reply starts the clocks again.
  auto reply = acme.send_json("POST", std::string(kTickets) + "/" + id + "/comments", json::object{{"body", "已重启"}});
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_EQ(reply.json().at("ticket").at("status").as_string(), "in_progress");
  EXPECT_FALSE(reply.json().at("ticket").at("paused").as_bool());
  ASSERT_EQ(act(ops, "resolve").status, 200);
  ASSERT_EQ(act(acme, "close").status, 200);
  auto again = act(acme, "close");
  ASSERT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json().at("code").as_string(), "servicedesk.ticket.already_closed");
  // Every pause and change is in the timeline.
  std::vector<std::string> keys;
  const auto final_detail = ops.get(std::string(kTickets) + "/" + id).json();
  for (const auto& e : final_detail.at("timeline").as_array()) keys.emplace_back(e.at("key").as_string());
  for (const char* k : {"servicedesk.timeline.wait", "servicedesk.timeline.resumed", "servicedesk.timeline.resolve",
                        "servicedesk.timeline.close"})
    EXPECT_NE(std::find(keys.begin(), keys.end(), k), keys.end()) << k;
  // A rating once it is closed.
  auto rated = acme.send_json("POST", std::string(kTickets) + "/" + id + "/rating", json::object{{"score", 5}});
  ASSERT_EQ(rated.status, 200) << rated.body;
  EXPECT_EQ(rated.json().at("ticket").at("satisfaction").as_int64(), 5);
}

TEST_P(ServiceDesk, AttachmentsTooLargeOrOfAForbiddenTypeAreRefusedAndNothingIsStored) {
  auto acme = as("acme.user");
  const auto id = raise(acme, {});
  const std::string path = std::string(kTickets) + "/" + id + "/attachments?file_name=";
  auto exe = acme.request("POST", path + "tool.exe", "MZ\x90\x00", {{"Content-Type", "application/x-msdownload"}});
  EXPECT_EQ(exe.status, 415) << exe.body;
  auto lying = acme.request("POST", path + "photo.png", "#!/bin/sh\nrm -rf /\n", {{"Content-Type", "image/png"}});
  EXPECT_EQ(lying.status, 415) << lying.body;
  std::string big = "%PDF-1.4\n" + std::string(11 * 1024 * 1024, 'x');
  auto huge = acme.request("POST", path + "big.pdf", big, {{"Content-Type", "application/pdf"}});
  EXPECT_EQ(huge.status, 413) << huge.body.substr(0, 200);
  EXPECT_TRUE(acme.get(std::string(kTickets) + "/" + id).json().at("attachments").as_array().empty());
  const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";
  auto ok = acme.request("POST", path + "report.pdf", pdf, {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  const auto att = ok.json().at("attachments").as_array().at(0).at("id").as_int64();
  auto file = acme.get(std::string(kTickets) + "/" + id + "/attachments/" + std::to_string(att));
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body, pdf);
}

TEST_P(ServiceDesk, R7_2_2_AComplaintIsAcknowledgedAtOnceAnsweredAndDisputed) {
  auto acme = as("acme.user");
  auto r = acme.send_json("POST", kTickets, json::object{{"type", "complaint"}, {"title", unique("投诉：响应太慢")}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto d = r.json();
  const auto id = std::to_string(d.at("ticket").at("id").as_int64());
  EXPECT_EQ(d.at("ticket").at("complaint_state").as_string(), "acknowledged");
  EXPECT_EQ(d.at("ticket").at("answer_due").as_string(), day(15));
  const std::string number(d.at("ticket").at("number").as_string());
  // The customer is told at once.
  EXPECT_NE(acme.get("/api/v1/notifications?limit=50").body.find(number), std::string::npos);
  // No verdict before an answer; the customer cannot answer its own complaint.
  EXPECT_EQ(
      acme.send_json("POST", std::string(kTickets) + "/" + id + "/verdict", json::object{{"accepted", true}}).status,
      409);
  EXPECT_EQ(acme.send_json("POST", std::string(kTickets) + "/" + id + "/answers", json::object{{"body", "x"}}).status,
            403);
  auto answered = as("business")
                      .send_json("POST", std::string(kTickets) + "/" + id + "/answers",
                                 json::object{{"body", "已核实，将于本周内整改"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  auto seen = acme.get(std::string(kTickets) + "/" + id).json();
  ASSERT_EQ(seen.at("answers").as_array().size(), 1u);
  EXPECT_EQ(seen.at("answers").as_array()[0].at("body").as_string(), "已核实，将于本周内整改");
  auto disputed = acme.send_json("POST", std::string(kTickets) + "/" + id + "/verdict",
                                 json::object{{"accepted", false}, {"comment", "整改期限过长"}});
  ASSERT_EQ(disputed.status, 200) << disputed.body;
  EXPECT_EQ(disputed.json().at("ticket").at("complaint_state").as_string(), "disputed");
  EXPECT_TRUE(disputed.json().at("ticket").at("dispute_flag").as_bool());
  // A disputed complaint is still open on the business department's home page.
  const auto home = as("business").get("/api/v1/home").json();
  std::int64_t open = -1;
  for (const auto& page : home.at("pages").as_array())
    for (const auto& card : page.at("cards").as_array())
      if (card.at("id").as_string() == "servicedesk.complaints_open") open = card.at("data").at("count").as_int64();
  EXPECT_GE(open, 1);
}

TEST_P(ServiceDesk, TheHolidayCalendarIsLoadedByYearAndShips2026) {
  auto admin = as("admin");
  auto days = admin.get("/api/v1/servicedesk/calendar").body;
  EXPECT_NE(days.find("\"day\":\"2026-10-10\",\"kind\":\"workday\""), std::string::npos);
  EXPECT_NE(days.find("\"day\":\"2026-02-17\",\"kind\":\"holiday\""), std::string::npos);
  auto wrong =
      admin.send_json("PUT", "/api/v1/servicedesk/calendar/2030",
                      json::object{{"days", json::array{json::object{{"day", "2031-01-01"}, {"kind", "holiday"}}}}});
  ASSERT_EQ(wrong.status, 400) << wrong.body;
  auto customer =
      as("acme.admin")
          .send_json("PUT", "/api/v1/servicedesk/calendar/2030",
                     json::object{{"days", json::array{json::object{{"day", "2030-01-01"}, {"kind", "holiday"}}}}});
  EXPECT_EQ(customer.status, 403);
  auto ok = admin.send_json(
      "PUT", "/api/v1/servicedesk/calendar/2030",
      json::object{{"days", json::array{json::object{{"day", "2030-01-01"}, {"kind", "holiday"}, {"name", "元旦"}}}}});
  ASSERT_EQ(ok.status, 204) << ok.body;
  EXPECT_NE(admin.get("/api/v1/servicedesk/calendar").body.find("2030-01-01"), std::string::npos);
}

TEST_P(ServiceDesk, MaintenanceIsAnnouncedAheadToTheAffectedCustomerOnlyOrIsAnEmergencyWithAReason) {
  auto ops = as("operations");
  const auto device = own_device("acme.user");
  auto window = [&](int hours_ahead, bool emergency, const char* reason) {
    using namespace std::chrono;
    const auto start = floor<minutes>(SystemClock().now()) + hours(hours_ahead);
    json::object body{{"title", unique("更换 PDU")},
                      {"starts_at", format_instant(start)},
                      {"ends_at", format_instant(start + hours(2))},
                      {"emergency", emergency},
                      {"objects", json::array{json::object{{"kind", "device"}, {"id", device}}}}};
    if (reason) body["emergency_reason"] = reason;
    return ops.send_json("POST", "/api/v1/servicedesk/maintenance", body);
  };
  auto acme = as("acme.user");
  auto zenith = as("zenith.admin");
  const auto before_zenith = count_of(zenith, "/api/v1/servicedesk/maintenance?limit=1");
  auto late = window(71, false, nullptr);
  ASSERT_EQ(late.status, 422) << late.body;
  EXPECT_EQ(late.json().at("code").as_string(), "servicedesk.maintenance.short_notice");
  auto no_reason = window(1, true, nullptr);
  EXPECT_EQ(no_reason.status, 400) << no_reason.body;
  auto ok = window(73, false, nullptr);
  ASSERT_EQ(ok.status, 201) << ok.body;
  const auto id = id_of(ok);
  const std::string number(ok.json().at("number").as_string());
  auto urgent = window(0, true, "UPS 告警，需立即切换");
  ASSERT_EQ(urgent.status, 201) << urgent.body;
  // The affected customer sees it in the portal and was notified; another customer sees nothing.
  EXPECT_EQ(acme.get("/api/v1/servicedesk/maintenance/" + id).status, 200);
  EXPECT_NE(acme.get("/api/v1/notifications?limit=100").body.find(number), std::string::npos);
  EXPECT_EQ(zenith.get("/api/v1/servicedesk/maintenance/" + id).status, 404);
  EXPECT_EQ(count_of(zenith, "/api/v1/servicedesk/maintenance?limit=1"), before_zenith);
  EXPECT_EQ(acme.send_json("POST", "/api/v1/servicedesk/maintenance/" + id + "/cancel", json::object{}).status, 403);
  auto cancelled = ops.send_json("POST", "/api/v1/servicedesk/maintenance/" + id + "/cancel", json::object{});
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(ops.send_json("POST", "/api/v1/servicedesk/maintenance/" + id + "/cancel", json::object{}).status, 409);
}

COLO_INSTANTIATE_API_TEST(ServiceDesk);

}  // namespace
}  // namespace colo::testing
