// Hosting applications through real HTTP on SQLite and PostgreSQL (R3.1, R3.2): the customer's
// application, the three-department approval with separation of duties, feasibility and
// placement with reservations, notifications, and tenancy.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <regex>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

class Applications : public ApiTest {
 protected:
  // Live reservations in one rack, as the inventory lists them (released and expired ones are not listed).
  std::int64_t live_reservations(std::int64_t rack) {
    auto admin = as("admin");
    auto r = admin.get("/api/v1/dcim/reservations?rack=" + std::to_string(rack) + "&limit=100");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().at("count").as_int64();
  }
  template <class Client>
  std::vector<std::string> titles(Client&& c) {
    std::vector<std::string> out;
    auto r = c.get("/api/v1/notifications?limit=200");
    EXPECT_EQ(r.status, 200) << r.body;
    const auto n_source = r.json();
    for (const auto& n : n_source.at("results").as_array()) out.emplace_back(n.at("title_en").as_string());
    return out;
  }
  static bool any_contains(const std::vector<std::string>& v, const std::string& s) {
    for (const auto& x : v)
      if (x.find(s) != std::string::npos) return true;
    return false;
  }
};

TEST_P(Applications, R3_1_1_ACustomerAppliesWithCompanyDevicesAndNeeds) {
  auto admin = as("admin");
  auto room = make_room(admin);
  auto customer = as("acme.user");
  auto r = customer.send_json("POST", "/api/v1/applications", application_body(room.room));
  ASSERT_EQ(r.status, 201) << r.body;
  auto a = r.json().as_object();
  EXPECT_TRUE(std::regex_match(std::string(a.at("number").as_string()), std::regex(R"(APP-\d{4}-\d{6})")));
  EXPECT_EQ(a.at("status").as_string(), "draft");
  EXPECT_EQ(a.at("customer").at("id").as_int64(), customer_of(customer));
  EXPECT_EQ(a.at("company").at("name").as_string(), "北京艾克米云科技有限公司");
  EXPECT_TRUE(a.at("company").as_object().contains("credit_code"));
  const auto& dev = a.at("devices").as_array().at(0).as_object();
  EXPECT_EQ(dev.at("u_height").as_int64(), 2);
  EXPECT_EQ(dev.at("count").as_int64(), 2);
  EXPECT_DOUBLE_EQ(dev.at("weight_kg").as_double(), 25.5);
  const auto& needs = a.at("needs").as_object();
  EXPECT_EQ(needs.at("power_w").as_int64(), 1500);
  EXPECT_EQ(needs.at("bandwidth_mbps").as_int64(), 100);
  EXPECT_EQ(needs.at("term_months").as_int64(), 12);
  EXPECT_EQ(needs.at("extra_services").as_array().at(0).as_string(), "remote_hands");
  EXPECT_TRUE(a.at("editable").as_bool());
  auto actions = a.at("actions").as_array();
  EXPECT_NE(std::find(actions.begin(), actions.end(), json::value("submit")), actions.end());

  auto submitted = act(customer, id_of(r), "submit");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json().at("status").as_string(), "business_review");
  const auto timeline = submitted.json().at("timeline").as_array();
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(timeline[0].at("action").as_string(), "submit");
  EXPECT_EQ(timeline[0].at("actor").as_string(), "acme.user");
  EXPECT_FALSE(timeline[0].at("at").as_string().empty());
}

TEST_P(Applications, R3_1_1_NumbersAreSequentialWithoutGaps) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto customer = as("acme.admin");
  auto first = customer.send_json("POST", "/api/v1/applications", application_body(room.room));
  // A refused creation takes no number.
  auto bad = customer.send_json("POST", "/api/v1/applications",
                                json::object{{"devices", json::array{json::object{{"device_type_id", 999999999}}}}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  auto second = customer.send_json("POST", "/api/v1/applications", application_body(room.room));
  ASSERT_EQ(first.status, 201);
  ASSERT_EQ(second.status, 201);
  auto n1 = std::string(first.json().at("number").as_string());
  auto n2 = std::string(second.json().at("number").as_string());
  EXPECT_EQ(n1.substr(0, 9), n2.substr(0, 9));
  EXPECT_EQ(std::stoll(n2.substr(9)), std::stoll(n1.substr(9)) + 1);
}

TEST_P(Applications, R3_1_1_BusinessStaffApplyForACustomer) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto business = as("business");
  auto acme = customer_of(as("acme.user"));
  auto no_customer = business.send_json("POST", "/api/v1/applications", application_body(room.room));
  EXPECT_EQ(no_customer.status, 400);
  EXPECT_EQ(no_customer.json().at("errors").at(0).at("field").as_string(), "customer_id");
  auto body = application_body(room.room);
  body["customer_id"] = 999999999;
  EXPECT_EQ(business.send_json("POST", "/api/v1/applications", body).status, 422);
  body["customer_id"] = acme;
  auto r = business.send_json("POST", "/api/v1/applications", body);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json().at("customer").at("id").as_int64(), acme);
  EXPECT_EQ(r.json().at("created_by").at("name").as_string(), "business");
  // The customer sees it; technical staff may not create applications.
  EXPECT_EQ(as("acme.user").get("/api/v1/applications/" + id_of(r)).status, 200);
  EXPECT_EQ(as("technical").send_json("POST", "/api/v1/applications", body).status, 403);
}

TEST_P(Applications, R3_1_1_BadInputIsRefusedWithEveryFieldAndNothingIsWritten) {
  auto customer = as("acme.user");
  auto before = customer.get("/api/v1/applications?mine=true").json().at("count").as_int64();
  auto r = customer.send_json(
      "POST", "/api/v1/applications",
      json::object{{"devices", json::array{json::object{{"u_height", 1.3}, {"power_w", -1}, {"count", 0}}}},
                   {"space", "floor"},
                   {"power_kw", 1.0005},
                   {"start_date", "2026-02-30"},
                   {"extra_services", json::array{"massage"}},
                   {"colour", "red"}});
  ASSERT_EQ(r.status, 400) << r.body;
  std::set<std::string> fields;
  const auto e_source = r.json();
  for (const auto& e : e_source.at("errors").as_array()) fields.insert(std::string(e.at("field").as_string()));
  for (const char* f : {"devices/0/label", "devices/0/u_height", "devices/0/power_w", "devices/0/count", "space",
                        "power_kw", "start_date", "extra_services", "colour"})
    EXPECT_TRUE(fields.count(f)) << f << " in " << r.body;
  EXPECT_EQ(customer.get("/api/v1/applications?mine=true").json().at("count").as_int64(), before);
}

TEST_P(Applications, R3_1_1_AnIncompleteApplicationCannotBeSubmitted) {
  auto customer = as("acme.user");
  auto r = customer.send_json("POST", "/api/v1/applications", json::object{{"notes", "to be completed"}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto id = id_of(r);
  auto s = act(customer, id, "submit");
  ASSERT_EQ(s.status, 422) << s.body;
  EXPECT_EQ(s.json().at("code").as_string(), "applications.incomplete");
  std::set<std::string> fields;
  const auto e_source = s.json();
  for (const auto& e : e_source.at("errors").as_array()) fields.insert(std::string(e.at("field").as_string()));
  EXPECT_TRUE(fields.count("devices") && fields.count("start_date") && fields.count("term_months")) << s.body;
  auto past = customer.send_json("PATCH", "/api/v1/applications/" + id, json::object{{"start_date", "2020-01-01"}});
  ASSERT_EQ(past.status, 200) << past.body;
  EXPECT_EQ(act(customer, id, "submit").status, 422);
  EXPECT_EQ(status_of(customer, id), "draft");
  EXPECT_TRUE(customer.get("/api/v1/applications/" + id).json().at("timeline").as_array().empty());
}

TEST_P(Applications, R3_1_2_OnlyTheStepsDepartmentActsOnIt) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  for (const char* user : {"technical", "management", "admin", "acme.admin"}) {
    auto c = as(user);
    auto r = act(c, id, "approve");
    EXPECT_EQ(r.status, 403) << user << ": " << r.body;
    EXPECT_EQ(status_of(c, id), "business_review");
  }
  auto business = as("business");
  // Actions the step does not offer.
  EXPECT_EQ(act(business, id, "submit").status, 409);
  EXPECT_EQ(act(business, id, "contract").status, 409);
  EXPECT_EQ(act(business, id, "launch").status, 400);
  auto r = act(business, id, "approve", "customer verified");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("status").as_string(), "technical_review");
  // The detail offers each caller what they may do now.
  auto actions = [&](const char* user) {
    std::set<std::string> out;
    const auto a_source = as(user).get("/api/v1/applications/" + id).json();
    for (const auto& a : a_source.at("actions").as_array()) out.insert(std::string(a.as_string()));
    return out;
  };
  // Technical approval is not offered until a feasibility proposal is accepted (it would be refused).
  EXPECT_EQ(actions("technical"), (std::set<std::string>{"reject", "return"}));
  EXPECT_EQ(actions("business"), std::set<std::string>{});
  EXPECT_EQ(actions("acme.user"), std::set<std::string>{"withdraw"});
  auto technical = as("technical");
  EXPECT_TRUE(technical.get("/api/v1/applications/" + id).json().at("can_accept_feasibility").as_bool());
  ASSERT_EQ(technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept").status, 200);
  EXPECT_EQ(actions("technical"), (std::set<std::string>{"approve", "reject", "return"}));
}

TEST_P(Applications, R6_2_2_TheDepartmentsApprovalNotesAreNotSentToTheCustomer) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  auto business = as("business");
  ASSERT_EQ(act(business, id, "approve", "credit line checked with finance").status, 200);
  const auto comment_of_approval = [&](auto&& c) {
    const auto body = c.get("/api/v1/applications/" + id).json();
    const auto& timeline = body.at("timeline").as_array();
    EXPECT_EQ(timeline.size(), 2u);
    EXPECT_EQ(timeline.at(1).at("action").as_string(), "approve");
    return std::string(timeline.at(1).at("comment").as_string());
  };
  // Staff read the note; the customer's users see that the step was approved, without it.
  EXPECT_EQ(comment_of_approval(as("technical")), "credit line checked with finance");
  EXPECT_EQ(comment_of_approval(as("acme.user")), "");
  EXPECT_EQ(comment_of_approval(as("acme.admin")), "");
  // A reason addressed to the customer stays visible to it.
  auto technical = as("technical");
  ASSERT_EQ(act(technical, id, "return", "Please give each server's weight").status, 200);
  const auto seen = as("acme.user").get("/api/v1/applications/" + id).json();
  EXPECT_EQ(seen.at("timeline").at(2).at("comment").as_string(), "Please give each server's weight");
}

TEST_P(Applications, R3_1_2_RejectingAndReturningNeedAReasonAndReturnedOnesComeBack) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  auto business = as("business");
  auto no_reason = act(business, id, "reject");
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json().at("errors").at(0).at("field").as_string(), "comment");
  EXPECT_EQ(act(business, id, "return").status, 400);
  EXPECT_EQ(status_of(business, id), "business_review");
  // Returned to the customer, who edits and resubmits; it starts again at business review.
  auto returned = act(business, id, "return", "Add the weight of each server");
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(returned.json().at("status").as_string(), "returned");
  auto customer = as("acme.user");
  EXPECT_TRUE(customer.get("/api/v1/applications/" + id).json().at("editable").as_bool());
  auto patched = customer.send_json("PATCH", "/api/v1/applications/" + id, json::object{{"notes", "weights added"}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  auto again = act(customer, id, "submit");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json().at("status").as_string(), "business_review");
  const auto timeline = again.json().at("timeline").as_array();
  ASSERT_EQ(timeline.size(), 3u);
  EXPECT_EQ(timeline[1].at("action").as_string(), "return");
  EXPECT_EQ(timeline[1].at("comment").as_string(), "Add the weight of each server");
  EXPECT_EQ(timeline[1].at("actor").as_string(), "business");
  // Rejected is final.
  auto rejected = act(business, id, "reject", "Not a fit for our halls");
  ASSERT_EQ(rejected.status, 200);
  EXPECT_EQ(rejected.json().at("status").as_string(), "rejected");
  EXPECT_EQ(act(customer, id, "submit").status, 409);
  EXPECT_EQ(customer.send_json("PATCH", "/api/v1/applications/" + id, json::object{{"notes", "x"}}).status, 409);
}

TEST_P(Applications, R3_1_2_AnApplicationUnderReviewCannotBeEdited) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  auto customer = as("acme.user");
  auto r = customer.send_json("PATCH", "/api/v1/applications/" + id, json::object{{"term_months", 24}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json().at("code").as_string(), "applications.not_editable");
  EXPECT_EQ(customer.get("/api/v1/applications/" + id).json().at("needs").at("term_months").as_int64(), 12);
}

TEST_P(Applications, R3_2_1_FeasibilityProposesAPlacementAndAcceptingReservesIt) {
  auto admin = as("admin");
  auto room = make_room(admin, 2);
  auto id = submitted(server(), room.room, 3);
  auto business = as("business");
  ASSERT_EQ(act(business, id, "approve").status, 200);
  auto technical = as("technical");
  // Technical approval needs an accepted proposal.
  auto early = act(technical, id, "approve");
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json().at("code").as_string(), "applications.feasibility_not_accepted");

  auto f = technical.get("/api/v1/applications/" + id + "/feasibility");
  ASSERT_EQ(f.status, 200) << f.body;
  auto fj = f.json().as_object();
  EXPECT_TRUE(fj.at("feasible").as_bool()) << f.body;
  EXPECT_EQ(fj.at("site").at("id").as_int64(), room.site);
  const auto& items = fj.at("items").as_array();
  ASSERT_EQ(items.size(), 3u);  // three 2U servers; 1.5 kW asked = their draw, no spare
  std::set<std::int64_t> racks;
  for (const auto& it : items) {
    EXPECT_TRUE(it.at("placed").as_bool());
    EXPECT_EQ(it.at("feed").as_string(), "A+B");
    EXPECT_EQ(it.at("face").as_string(), "both");
    racks.insert(it.at("rack").at("id").as_int64());
  }
  EXPECT_EQ(racks.size(), 1u) << "as few racks as possible";
  EXPECT_EQ(fj.at("bandwidth").at("status").as_string(), "ok");
  EXPECT_EQ(fj.at("bandwidth").at("uplink_mbps").as_int64(), 10000);
  EXPECT_EQ(fj.at("ipv4").at("status").as_string(), "ok");  // none requested
  EXPECT_TRUE(fj.at("reasons").as_array().empty());
  // Customers do not see the operator's racks.
  EXPECT_EQ(as("acme.user").get("/api/v1/applications/" + id + "/feasibility").status, 403);
  // Only the technical department accepts.
  EXPECT_EQ(business.request("POST", "/api/v1/applications/" + id + "/feasibility/accept").status, 403);

  auto rack = *racks.begin();
  EXPECT_EQ(live_reservations(rack), 0);
  auto acc = technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept");
  ASSERT_EQ(acc.status, 200) << acc.body;
  const auto placement = acc.json().at("placement").as_object();
  EXPECT_EQ(placement.at("reservation_ids").as_array().size(), 3u);
  EXPECT_EQ(placement.at("accepted_by").as_string(), "technical");
  EXPECT_EQ(live_reservations(rack), 3);
  // Accepting again replaces the reservations rather than adding to them.
  ASSERT_EQ(technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept").status, 200);
  EXPECT_EQ(live_reservations(rack), 3);
  auto approved = act(technical, id, "approve");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json().at("status").as_string(), "management_review");
  // Outside technical review nothing is accepted.
  auto late = technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept");
  EXPECT_EQ(late.status, 409);
}

TEST_P(Applications, R3_2_1_WhatDoesNotFitIsNamedWithItsReason) {
  auto admin = as("admin");
  auto room = make_room(admin, 1, /*uplink_mbps=*/50, /*feed_w=*/800);
  auto customer = as("acme.user");
  auto body = application_body(room.room, 1);
  body["devices"] =
      json::array{json::object{{"label", "Tall storage"}, {"u_height", 50}, {"power_w", 100}, {"count", 1}},
                  json::object{{"label", "Hungry GPU box"}, {"u_height", 4}, {"power_w", 3000}, {"count", 1}}};
  body["power_kw"] = 0;
  auto r = customer.send_json("POST", "/api/v1/applications", body);
  ASSERT_EQ(r.status, 201) << r.body;
  auto id = id_of(r);
  ASSERT_EQ(act(customer, id, "submit").status, 200);
  ASSERT_EQ(act(as("business"), id, "approve").status, 200);
  auto technical = as("technical");
  auto f = technical.get("/api/v1/applications/" + id + "/feasibility");
  ASSERT_EQ(f.status, 200) << f.body;
  auto fj = f.json().as_object();
  EXPECT_FALSE(fj.at("feasible").as_bool());
  std::map<std::string, std::string> reason_of;
  for (const auto& it : fj.at("items").as_array()) {
    EXPECT_FALSE(it.at("placed").as_bool());
    reason_of[std::string(it.at("label").as_string())] = std::string(it.at("reason").at("code").as_string());
  }
  EXPECT_EQ(reason_of["Tall storage"], "applications.placement.no_space");
  EXPECT_EQ(reason_of["Hungry GPU box"], "applications.placement.no_power");
  EXPECT_EQ(fj.at("bandwidth").at("status").as_string(), "insufficient");
  EXPECT_GE(fj.at("reasons").as_array().size(), 3u);
  auto acc = technical.request("POST", "/api/v1/applications/" + id + "/feasibility/accept");
  EXPECT_EQ(acc.status, 409);
  EXPECT_EQ(acc.json().at("code").as_string(), "applications.infeasible");
  EXPECT_EQ(live_reservations(room.racks[0]), 0);
}

TEST_P(Applications, R3_2_2_OnePersonApprovesAtMostOneStep) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto username = unique("bt");
  auto u = admin.send_json("POST", "/api/v1/users",
                           json::object{{"username", username},
                                        {"password", "colo-test-password-1"},
                                        {"roles", json::array{"business", "technical"}}});
  ASSERT_EQ(u.status, 201) << u.body;
  auto both = login(server(), username, "colo-test-password-1");
  auto id = submitted(server(), room.room);
  ASSERT_EQ(act(both, id, "approve").status, 200);
  ASSERT_EQ(both.request("POST", "/api/v1/applications/" + id + "/feasibility/accept").status, 200);
  auto detail = both.get("/api/v1/applications/" + id).json();
  for (const auto& a : detail.at("actions").as_array()) EXPECT_NE(a.as_string(), "approve");
  auto second = act(both, id, "approve");
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(second.json().at("code").as_string(), "applications.separation_of_duties");
  EXPECT_EQ(status_of(both, id), "technical_review");
  // Another technical reviewer may, and the dual-role user may still return it.
  EXPECT_EQ(act(both, id, "return", "Please confirm the start date").status, 200);
}

TEST_P(Applications, R3_2_2_ManagementApprovesAndEachStepNotifies) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = approved(server(), room.room);
  auto customer = as("acme.user");
  auto detail = customer.get("/api/v1/applications/" + id).json().as_object();
  EXPECT_EQ(detail.at("status").as_string(), "approved");
  EXPECT_FALSE(detail.at("decided_at").is_null());
  std::vector<std::string> steps;
  for (const auto& s : detail.at("timeline").as_array())
    steps.push_back(std::string(s.at("from").as_string()) + ">" + std::string(s.at("to").as_string()));
  EXPECT_EQ(steps, (std::vector<std::string>{"draft>business_review", "business_review>technical_review",
                                             "technical_review>management_review", "management_review>approved"}));
  auto number = std::string(detail.at("number").as_string());
  EXPECT_TRUE(any_contains(titles(customer), "Application " + number + " approved"));
  EXPECT_TRUE(any_contains(titles(as("acme.admin")), "Application " + number + " submitted"));
  auto business = as("business");
  EXPECT_TRUE(any_contains(titles(business), number + " awaits business review"));
  EXPECT_TRUE(any_contains(titles(business), number + " approved: prepare the contract"));
  auto technical = as("technical");
  EXPECT_TRUE(any_contains(titles(technical), number + " awaits technical review"));
  EXPECT_TRUE(any_contains(titles(as("management")), number + " awaits management approval"));
  EXPECT_FALSE(any_contains(titles(technical), number + " awaits management approval"));
  // Approved is past withdrawal.
  EXPECT_EQ(act(customer, id, "withdraw").status, 409);
}

TEST_P(Applications, R3_2_1_WithdrawingOrRejectingGivesTheReservedUnitsBack) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto withdrawn = accepted(server(), room.room);
  EXPECT_EQ(live_reservations(room.racks[0]), 2);
  // Staff cannot withdraw for the customer once it is under review.
  EXPECT_EQ(act(as("business"), withdrawn, "withdraw").status, 403);
  auto customer = as("acme.user");
  auto w = act(customer, withdrawn, "withdraw");
  ASSERT_EQ(w.status, 200) << w.body;
  EXPECT_EQ(w.json().at("status").as_string(), "withdrawn");
  EXPECT_EQ(live_reservations(room.racks[0]), 0);

  auto rejected = accepted(server(), room.room);
  EXPECT_EQ(live_reservations(room.racks[0]), 2);
  auto technical = as("technical");
  ASSERT_EQ(act(technical, rejected, "approve").status, 200);
  auto r = act(as("management"), rejected, "reject", "Budget not confirmed");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(live_reservations(room.racks[0]), 0);
  EXPECT_EQ(r.json().at("placement").at("reservation_ids").as_array().size(), 0u);
}

TEST_P(Applications, InboxesAndFilters) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto in_business = submitted(server(), room.room);
  auto in_technical = submitted(server(), room.room);
  ASSERT_EQ(act(as("business"), in_technical, "approve").status, 200);
  auto ids = [](const HttpResponse& r) {
    std::set<std::string> out;
    const auto a_source = r.json();
    for (const auto& a : a_source.at("results").as_array()) out.insert(std::to_string(a.at("id").as_int64()));
    return out;
  };
  auto technical = as("technical");
  auto inbox = ids(technical.get("/api/v1/applications?pending_for=me&limit=1000"));
  EXPECT_TRUE(inbox.count(in_technical));
  EXPECT_FALSE(inbox.count(in_business));
  auto business_inbox = ids(as("business").get("/api/v1/applications?pending_for=me&limit=1000"));
  EXPECT_TRUE(business_inbox.count(in_business));
  EXPECT_FALSE(business_inbox.count(in_technical));
  EXPECT_TRUE(ids(as("admin").get("/api/v1/applications?pending_for=me")).empty());
  auto by_status = technical.get("/api/v1/applications?status=technical_review&limit=1000");
  const auto a_source = by_status.json();
  for (const auto& a : a_source.at("results").as_array()) EXPECT_EQ(a.at("status").as_string(), "technical_review");
  auto number = std::string(technical.get("/api/v1/applications/" + in_business).json().at("number").as_string());
  auto q = technical.get("/api/v1/applications?q=" + number);
  EXPECT_EQ(q.json().at("count").as_int64(), 1);
  EXPECT_EQ(technical.get("/api/v1/applications?status=nonsense").status, 400);
  EXPECT_EQ(technical.get("/api/v1/applications?sort=password").status, 400);
  auto sorted = technical.get("/api/v1/applications?sort=number&limit=2");
  ASSERT_EQ(sorted.status, 200);
}

TEST_P(Applications, R6_2_2_CustomersSeeOnlyTheirOwnApplicationsAndNotifications) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get("/api/v1/applications/" + id).status, 404);
  EXPECT_EQ(zenith.send_json("PATCH", "/api/v1/applications/" + id, json::object{{"notes", "x"}}).status, 404);
  EXPECT_EQ(act(zenith, id, "withdraw").status, 404);
  EXPECT_EQ(zenith.get("/api/v1/applications/" + id + "/feasibility").status, 403);
  auto list = zenith.get("/api/v1/applications?limit=1000");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("艾克米"), std::string::npos);
  // Filtering by another customer finds nothing rather than the other's rows.
  auto acme = customer_of(as("acme.user"));
  EXPECT_EQ(zenith.get("/api/v1/applications?customer=" + std::to_string(acme)).json().at("count").as_int64(), 0);
  auto notes = zenith.get("/api/v1/notifications?limit=1000");
  ASSERT_EQ(notes.status, 200);
  EXPECT_EQ(
      notes.body.find(std::string(as("acme.user").get("/api/v1/applications/" + id).json().at("number").as_string())),
      std::string::npos);
  EXPECT_EQ(status_of(as("acme.user"), id), "business_review");
}

TEST_P(Applications, NotificationsAreReadOneByOne) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  submitted(server(), room.room);
  auto customer = as("acme.admin");
  auto count = [&] { return customer.get("/api/v1/notifications/unread-count").json().at("count").as_int64(); };
  auto before = count();
  ASSERT_GE(before, 1);
  auto unread = customer.get("/api/v1/notifications?unread=true&limit=1").json().at("results").as_array();
  ASSERT_EQ(unread.size(), 1u);
  auto nid = std::to_string(unread[0].at("id").as_int64());
  auto r = customer.request("POST", "/api/v1/notifications/" + nid + "/read");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.json().at("read").as_bool());
  EXPECT_EQ(count(), before - 1);
  EXPECT_EQ(customer.request("POST", "/api/v1/notifications/" + nid + "/read").status, 200);  // idempotent
  EXPECT_EQ(count(), before - 1);
  // Read by one user of the customer, still unread for the other; another customer cannot touch it.
  auto other = as("acme.user");
  bool still_unread = false;
  const auto n_source = other.get("/api/v1/notifications?unread=true&limit=1000").json();
  for (const auto& n : n_source.at("results").as_array())
    still_unread = still_unread || std::to_string(n.at("id").as_int64()) == nid;
  EXPECT_TRUE(still_unread);
  EXPECT_EQ(as("zenith.admin").request("POST", "/api/v1/notifications/" + nid + "/read").status, 404);
  EXPECT_EQ(as("technical").request("POST", "/api/v1/notifications/" + nid + "/read").status, 404);
}

COLO_INSTANTIATE_API_TEST(Applications);

}  // namespace
}  // namespace colo::testing
