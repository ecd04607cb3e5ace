// Business rules through real HTTP on SQLite and PostgreSQL: the whole structure of credit codes
// (R3.1.1), hand-made device types (R4.3.1), stated power of catalogue devices (R3.2.1), change
// agreements against ended contracts (R11.1), customers' requests to end early (R11.2.2),
// settlement items derived from the ledger (R11.2.3), addresses at activation (R5.1.2) and
// offboarding at termination.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <map>
#include <set>

#include <unistd.h>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class Rules : public ApiTest {
 protected:
  // A signed contract of a freshly approved acme application of `count` devices in a room of
  // one rack of our own: {contract id, room}. `extra` goes into the application.
  std::pair<std::string, Room> signed_contract(int count = 2, json::object extra = {}) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto customer = as("acme.user");
    auto body = application_body(room.room, count);
    for (const auto& [k, v] : extra) body[k] = v;
    auto created = customer.send_json("POST", "/api/v1/applications", body);
    EXPECT_EQ(created.status, 201) << created.body;
    auto app = id_of(created);
    EXPECT_EQ(act(customer, app, "submit").status, 200);
    EXPECT_EQ(act(as("business"), app, "approve").status, 200);
    auto technical = as("technical");
    auto accepted = technical.request("POST", "/api/v1/applications/" + app + "/feasibility/accept");
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(act(technical, app, "approve").status, 200);
    EXPECT_EQ(act(as("management"), app, "approve").status, 200);
    auto business = as("business");
    auto c = business.send_json("POST", "/api/v1/contracts",
                                json::object{{"application_id", std::stoll(app)}, {"line_items", line_items()}});
    EXPECT_EQ(c.status, 201) << c.body;
    auto id = c.status == 201 ? id_of(c) : "0";
    auto s = business.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                              {{"Content-Type", "application/pdf"}});
    EXPECT_EQ(s.status, 200) << s.body;
    return {id, room};
  }
  std::pair<std::string, Room> active_contract(int count = 2, json::object extra = {}) {
    auto out = signed_contract(count, std::move(extra));
    auto r = as("business").request("POST", "/api/v1/contracts/" + out.first + "/activate");
    EXPECT_EQ(r.status, 200) << r.body;
    return out;
  }
  json::object contract(const std::string& id, const std::string& query = "") {
    auto r = as("business").get("/api/v1/contracts/" + id + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().as_object();
  }
  json::object amendment(const std::string& contract_id, const std::string& amendment_id) {
    const auto list = as("business").get("/api/v1/contracts/" + contract_id + "/amendments").json();
    for (const auto& a : list.as_array())
      if (std::to_string(a.at("id").as_int64()) == amendment_id) return a.as_object();
    ADD_FAILURE() << "no amendment " << amendment_id;
    return {};
  }
  std::pair<int, std::string> job(const std::string& date) {
    return server().run_cli({"jobs", "run", "contracts-daily", "--date", date});
  }
  HttpResponse terminate(const std::string& id, const std::string& side = "operator") {
    return as("business")
        .send_json("POST", "/api/v1/contracts/" + id + "/terminate",
                   json::object{{"initiated_by", side}, {"reason", "Breach of the power limit"}, {"date", day(0)}});
  }
};

TEST_P(Rules, R3_1_1_ACreditCodeMustHaveTheWholeStructureNotOnlyTheCheckCharacter) {
  auto biz = as("business");
  // Each has a matching final check character; each breaks one part of the structure.
  for (const char* bad : {"000000000000000000",     // authority 0, category 0, division 000000
                          "941100008021004332",     // 工商 has no category 4
                          "919900008021004332",     // 99 is no province
                          "91110000802100434E"}) {  // the organisation code's own check digit is 3
    auto r = biz.send_json("POST", "/api/v1/customers",
                           json::object{{"name", unique("结构校验公司")}, {"credit_code", bad}, {"status", "active"}});
    ASSERT_EQ(r.status, 400) << bad << " " << r.body;
    EXPECT_NE(r.body.find("credit_code"), std::string::npos) << r.body;
  }
  auto ok = biz.send_json(
      "POST", "/api/v1/customers",
      json::object{{"name", unique("结构校验公司")}, {"credit_code", "91110000100010433L"}, {"status", "active"}});
  EXPECT_TRUE(ok.status == 201 || ok.status == 409) << ok.body;  // 409: the shared server already has it
}

TEST_P(Rules, R4_3_1_OperatorsCreateAndEditDeviceTypesByHand) {
  auto tech = as("technical");
  const auto model = unique("Handmade 1U");
  auto created = tech.send_json("POST", "/api/v1/dcim/device-types",
                                json::object{{"manufacturer", "Inspur"},
                                             {"model", model},
                                             {"u_height", 1},
                                             {"full_depth", true},
                                             {"max_power_w", 650},
                                             {"weight_kg", 18.5}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto t = created.json().as_object();
  const auto id = std::to_string(t.at("id").as_int64());
  EXPECT_EQ(t.at("u_height").as_int64(), 1);
  EXPECT_EQ(t.at("max_power_w").as_int64(), 650);
  EXPECT_EQ(t.at("typical_power_w").as_int64(), 650) << "one figure stands for both";
  EXPECT_FALSE(std::string(t.at("slug").as_string()).empty());

  // Same manufacturer and model: 409; bad figures: 400 naming the fields; customers and
  // operations staff may not write types.
  auto dup = tech.send_json("POST", "/api/v1/dcim/device-types",
                            json::object{{"manufacturer", "Inspur"}, {"model", model}, {"u_height", 2}});
  EXPECT_EQ(dup.status, 409) << dup.body;
  EXPECT_EQ(dup.json().at("code").as_string(), "dcim.device_type.exists");
  auto bad = tech.send_json(
      "POST", "/api/v1/dcim/device-types",
      json::object{
          {"manufacturer", ""}, {"model", unique("x")}, {"u_height", 1.3}, {"max_power_w", -5}, {"colour", "red"}});
  ASSERT_EQ(bad.status, 400) << bad.body;
  std::set<std::string> fields;
  const auto bad_body = bad.json();
  for (const auto& e : bad_body.at("errors").as_array()) fields.insert(std::string(e.at("field").as_string()));
  for (const char* f : {"manufacturer", "u_height", "max_power_w", "colour"}) EXPECT_TRUE(fields.count(f)) << f;
  auto missing = tech.send_json("POST", "/api/v1/dcim/device-types", json::object{{"manufacturer", "Inspur"}});
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_EQ(as("operations")
                .send_json("POST", "/api/v1/dcim/device-types",
                           json::object{{"manufacturer", "X"}, {"model", unique("x")}, {"u_height", 1}})
                .status,
            403);
  EXPECT_EQ(
      as("acme.user").send_json("PATCH", "/api/v1/dcim/device-types/" + id, json::object{{"max_power_w", 1}}).status,
      403);

  // Edit: figures change and are audited.
  auto patched = tech.send_json("PATCH", "/api/v1/dcim/device-types/" + id,
                                json::object{{"typical_power_w", 400}, {"part_number", "NF5180M6"}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json().at("typical_power_w").as_int64(), 400);
  EXPECT_EQ(patched.json().at("max_power_w").as_int64(), 650);
  EXPECT_EQ(patched.json().at("part_number").as_string(), "NF5180M6");
  auto below = tech.send_json("PATCH", "/api/v1/dcim/device-types/" + id, json::object{{"max_power_w", 100}});
  EXPECT_EQ(below.status, 400) << below.body;
  auto log = as("auditor").get("/api/v1/audit?object_type=dcim.device_type&object_id=" + id);
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.json().at("count").as_int64(), 2) << log.body;

  // Once a device of the type is placed, its height cannot change; its power figures can.
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto device = tech.send_json("POST", "/api/v1/dcim/devices",
                               json::object{{"device_type_id", std::stoll(id)},
                                            {"name", unique("hand-srv")},
                                            {"rack_id", room.racks[0]},
                                            {"position", 10},
                                            {"face", "front"}});
  ASSERT_EQ(device.status, 201) << device.body;
  auto taller = tech.send_json("PATCH", "/api/v1/dcim/device-types/" + id, json::object{{"u_height", 2}});
  EXPECT_EQ(taller.status, 409) << taller.body;
  EXPECT_EQ(taller.json().at("code").as_string(), "dcim.device_type.in_use");
  EXPECT_EQ(tech.get("/api/v1/dcim/device-types/" + id).json().at("u_height").as_int64(), 1) << "nothing changed";
  EXPECT_EQ(tech.send_json("PATCH", "/api/v1/dcim/device-types/" + id, json::object{{"max_power_w", 700}}).status, 200);
  EXPECT_EQ(tech.send_json("PATCH", "/api/v1/dcim/device-types/999999999", json::object{{"max_power_w", 700}}).status,
            404);
}

// A device type of the catalogue without a power figure, made by hand: its id.
std::int64_t unpowered_type(HttpClient& tech) {
  auto r =
      tech.send_json("POST", "/api/v1/dcim/device-types",
                     json::object{{"manufacturer", "Cisco"}, {"model", unique("Nexus 93180YC-FX")}, {"u_height", 1}});
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json().at("max_power_w").as_int64(), 0);
  return r.json().at("id").as_int64();
}

TEST_P(Rules, R3_2_1_ADeviceWhoseTypeHasNoPowerFigureIsNeverAssessedAtZeroWatts) {
  auto tech = as("technical");
  const auto type = unpowered_type(tech);
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto customer = as("acme.user");
  auto body = application_body(room.room, 2);
  body["devices"] = json::array{json::object{{"device_type_id", type}, {"count", 2}}};
  body["power_kw"] = 0.1;

  // Without a stated draw the line is refused, naming the field; nothing is created.
  auto before = customer.get("/api/v1/applications?limit=1").json().at("count").as_int64();
  auto refused = customer.send_json("POST", "/api/v1/applications", body);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(refused.body.find("devices/0/power_w"), std::string::npos) << refused.body;
  EXPECT_EQ(customer.get("/api/v1/applications?limit=1").json().at("count").as_int64(), before);
  // 0 W is not a draw either.
  body["devices"] = json::array{json::object{{"device_type_id", type}, {"count", 2}, {"power_w", 0}}};
  EXPECT_EQ(customer.send_json("POST", "/api/v1/applications", body).status, 400);
  // The shape of a catalogue type still comes from the type.
  body["devices"] =
      json::array{json::object{{"device_type_id", type}, {"count", 2}, {"power_w", 350}, {"u_height", 3}}};
  EXPECT_EQ(customer.send_json("POST", "/api/v1/applications", body).status, 400);

  // Stated: the assessment counts it.
  body["devices"] = json::array{json::object{{"device_type_id", type}, {"count", 2}, {"power_w", 350}}};
  auto created = customer.send_json("POST", "/api/v1/applications", body);
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = id_of(created);
  const auto detail = created.json();
  EXPECT_EQ(detail.at("devices").at(0).at("power_w").as_int64(), 350);
  EXPECT_TRUE(detail.at("devices").at(0).at("power_stated").as_bool());
  EXPECT_EQ(detail.at("devices").at(0).at("u_height").as_int64(), 1);
  ASSERT_EQ(act(customer, id, "submit").status, 200);
  ASSERT_EQ(act(as("business"), id, "approve").status, 200);
  auto f = tech.get("/api/v1/applications/" + id + "/feasibility");
  ASSERT_EQ(f.status, 200) << f.body;
  const auto fj = f.json();
  EXPECT_EQ(fj.at("power").at("devices_max_w").as_int64(), 700) << f.body;
  for (const auto& it : fj.at("items").as_array()) EXPECT_EQ(it.at("power_w").as_int64(), 350);
  EXPECT_TRUE(fj.at("feasible").as_bool()) << f.body;
}

TEST_P(Rules, R11_1_AnAgreedChangeDatedAfterTheContractEndedLapsesAndNeverTakesEffect) {
  auto [id, room] = active_contract();
  auto business = as("business");
  auto customer = as("acme.admin");
  auto propose = [&](const std::string& date, json::object changes) {
    auto p = business.send_json(
        "POST", "/api/v1/contracts/" + id + "/amendments",
        json::object{{"effective_date", date}, {"summary", "Longer notice"}, {"changes", std::move(changes)}});
    EXPECT_EQ(p.status, 201) << p.body;
    return id_of(p);
  };
  auto agreed = propose(day(10), json::object{{"notice_days", 90}});
  ASSERT_EQ(customer
                .send_json("POST", "/api/v1/contracts/" + id + "/amendments/" + agreed + "/transitions",
                           json::object{{"action", "agree"}})
                .status,
            200);
  auto pending = propose(day(5), json::object{{"sla_response_minutes", 10}});  // not yet agreed

  ASSERT_EQ(terminate(id).status, 200);
  for (const auto& aid : {agreed, pending}) {
    auto a = amendment(id, aid);
    EXPECT_EQ(a.at("status").as_string(), "lapsed") << aid;
    const auto& last = a.at("timeline").as_array().back().as_object();
    EXPECT_EQ(last.at("action").as_string(), "lapse");
    EXPECT_NE(std::string(last.at("comment").as_string()).find("terminated"), std::string::npos) << last;
    EXPECT_TRUE(a.at("actions").as_array().empty()) << "nothing more to do with a lapsed change";
  }
  // The date comes: nothing takes effect; the terms that ended the contract stay its last.
  auto [rc, out] = job(day(10));
  EXPECT_EQ(rc, 0) << out;
  EXPECT_EQ(amendment(id, agreed).at("status").as_string(), "lapsed");
  auto c = contract(id, "?as_of=" + day(10));
  EXPECT_EQ(c.at("status").as_string(), "terminated");
  EXPECT_EQ(c.at("versions").as_array().size(), 1u) << "a lapsed change made no version";
  EXPECT_EQ(c.at("in_force").at("terms").at("notice_days").as_int64(), 30);
  // Neither side can agree to it any more.
  EXPECT_EQ(customer
                .send_json("POST", "/api/v1/contracts/" + id + "/amendments/" + pending + "/transitions",
                           json::object{{"action", "agree"}})
                .status,
            409);
  auto log = as("auditor").get("/api/v1/audit?object_type=contract_amendment&object_id=" + agreed);
  EXPECT_NE(log.body.find("\"lapse\""), std::string::npos) << log.body;
}

TEST_P(Rules, R11_2_1_AnAgreedChangeDatedWithinTheTermStillTakesEffectWhenExpiryComesFirst) {
  auto [id, room] = active_contract();
  auto business = as("business");
  auto c = contract(id);
  const std::string end(c.at("end_date").as_string());
  auto p = business.send_json("POST", "/api/v1/contracts/" + id + "/amendments",
                              json::object{{"effective_date", shift(end, -1)},
                                           {"summary", "Last-day change"},
                                           {"changes", json::object{{"notice_days", 45}}}});
  ASSERT_EQ(p.status, 201) << p.body;
  auto within = id_of(p);
  ASSERT_EQ(as("acme.admin")
                .send_json("POST", "/api/v1/contracts/" + id + "/amendments/" + within + "/transitions",
                           json::object{{"action", "agree"}})
                .status,
            200);
  // Expiry the day after the end, without the job having run on the change's own date: the
  // change dated within the contract still takes effect; nothing dated later could be proposed.
  auto [rc, out] = job(shift(end, 1));
  EXPECT_EQ(rc, 0) << out;
  EXPECT_EQ(contract(id).at("status").as_string(), "expired");
  EXPECT_EQ(amendment(id, within).at("status").as_string(), "effective");
}

int notifications_about(HttpClient& c, const std::string& topic, const std::string& number) {
  auto r = c.get("/api/v1/notifications?limit=1000&topic=" + topic);
  EXPECT_EQ(r.status, 200) << r.body;
  const auto body = r.json();
  int n = 0;
  for (const auto& x : body.at("results").as_array())
    if (std::string(x.at("title_en").as_string()).find(number) != std::string::npos) ++n;
  return n;
}

TEST_P(Rules, R11_2_2_ACustomerAsksToEndItsContractEarlyAndBusinessDecides) {
  auto [id, room] = active_contract();
  const std::string number(contract(id).at("number").as_string());
  auto customer = as("acme.admin");
  auto business = as("business");
  const auto path = "/api/v1/contracts/" + id + "/termination-requests";
  const json::object ask{{"reason", "We are moving to our own data centre."}, {"desired_date", day(0)}};

  // Only the customer's own users ask; another customer sees no such contract; bad dates refused.
  EXPECT_EQ(as("zenith.admin").send_json("POST", path, ask).status, 404);
  EXPECT_EQ(as("zenith.admin").get(path).status, 404);
  auto staff = business.send_json("POST", path, ask);
  EXPECT_EQ(staff.status, 403) << staff.body;
  EXPECT_EQ(staff.json().at("code").as_string(), "contracts.termination_request.customer_only");
  EXPECT_EQ(customer.send_json("POST", path, json::object{{"reason", "x"}, {"desired_date", day(-1)}}).status, 400);
  EXPECT_EQ(customer.send_json("POST", path, json::object{{"desired_date", day(0)}}).status, 400);
  EXPECT_EQ(customer.send_json("POST", path, json::object{{"reason", "x"}, {"desired_date", "2999-01-01"}}).status,
            400);
  EXPECT_TRUE(contract(id).at("termination_requests").as_array().empty()) << "refusals wrote nothing";

  // Asked: business hears of it; one open request at a time.
  auto first = customer.send_json("POST", path, ask);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json().at("status").as_string(), "open");
  auto first_id = id_of(first);
  EXPECT_EQ(notifications_about(business, "contract.termination_requested", number), 1);
  auto again = customer.send_json("POST", path, ask);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "contracts.termination_request.open");
  auto detail = contract(id);
  bool offered = false;
  for (const auto& a : detail.at("actions").as_array())
    offered = offered || a.as_string() == "decide_termination_request";
  EXPECT_TRUE(offered);

  // Declined with a reason: the customer hears why; the contract stays in force.
  auto decide = [&](const std::string& rid) { return path + "/" + rid + "/decision"; };
  EXPECT_EQ(customer.send_json("POST", decide(first_id), json::object{{"action", "accept"}}).status, 403);
  EXPECT_EQ(as("zenith.admin").send_json("POST", decide(first_id), json::object{{"action", "accept"}}).status, 403);
  EXPECT_EQ(business.send_json("POST", decide(first_id), json::object{{"action", "decline"}}).status, 400);
  auto declined = business.send_json("POST", decide(first_id),
                                     json::object{{"action", "decline"}, {"comment", "The notice period is 30 days."}});
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(declined.json().at("status").as_string(), "active");
  EXPECT_EQ(declined.json().at("termination_requests").at(0).at("status").as_string(), "declined");
  EXPECT_EQ(notifications_about(customer, "contract.termination_declined", number), 1);
  EXPECT_EQ(business.send_json("POST", decide(first_id), json::object{{"action", "accept"}}).status, 409);

  // Asked again and accepted: terminated, the customer the initiating side, with its reason.
  auto second = customer.send_json("POST", path, ask);
  ASSERT_EQ(second.status, 201) << second.body;
  auto accepted = business.send_json("POST", decide(id_of(second)), json::object{{"action", "accept"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const auto c = accepted.json();
  EXPECT_EQ(c.at("status").as_string(), "terminated");
  EXPECT_EQ(c.at("termination").at("initiated_by").as_string(), "customer");
  EXPECT_EQ(c.at("termination").at("reason").as_string(), "We are moving to our own data centre.");
  EXPECT_EQ(c.at("termination_requests").at(1).at("status").as_string(), "accepted");
  EXPECT_EQ(customer.get(path).json().as_array().size(), 2u);
  EXPECT_EQ(customer.send_json("POST", path, ask).status, 409) << "an ended contract takes no request";
}

// A /29 of 100.64.0.0/10 no other test of this process uses, as a pool for customers at `site`.
std::string add_customer_pool(HttpClient& admin, std::int64_t site) {
  static int n = 0;
  const int k = (::getpid() % 1000) * 16 + n++;
  const std::string cidr = "100." + std::to_string(64 + k / 8192 % 64) + "." + std::to_string(k / 32 % 256) + "." +
                           std::to_string(k % 32 * 8) + "/29";
  auto r = admin.send_json(
      "POST", "/api/v1/ipam/prefixes",
      json::object{
          {"prefix", cidr}, {"site", site}, {"status", "active"}, {"is_pool", true}, {"description", "customer pool"}});
  EXPECT_EQ(r.status, 201) << r.body;
  return cidr;
}

std::int64_t addresses_of_customer_in(HttpClient& c, const std::string& cidr) {
  auto r = c.get("/api/v1/ipam/ip-addresses?limit=1&within=" + cidr);
  EXPECT_EQ(r.status, 200) << r.body;
  return r.json().at("count").as_int64();
}

TEST_P(Rules, R5_1_2_ActivationAssignsTheContractsIpv4AddressesFromTheSitesPoolOrChangesNothing) {
  auto [id, room] = signed_contract(2, json::object{{"ipv4_count", 4}});
  auto business = as("business");
  auto admin = as("admin");
  // No pool for customers at the site: 409 with its code, and nothing changed.
  auto refused = business.request("POST", "/api/v1/contracts/" + id + "/activate");
  ASSERT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.json().at("code").as_string(), "contracts.activation.no_addresses");
  auto c = contract(id);
  EXPECT_EQ(c.at("status").as_string(), "signed");
  EXPECT_EQ(
      admin.get("/api/v1/dcim/devices?limit=1&rack=" + std::to_string(room.racks[0])).json().at("count").as_int64(), 0)
      << "no device planned";
  EXPECT_EQ(admin.get("/api/v1/applications/" + std::to_string(c.at("application_id").as_int64()))
                .json()
                .at("status")
                .as_string(),
            "approved");

  // With a pool at the site: four of its addresses become the customer's.
  const auto cidr = add_customer_pool(admin, room.site);
  auto activated = business.request("POST", "/api/v1/contracts/" + id + "/activate");
  ASSERT_EQ(activated.status, 200) << activated.body;
  auto customer = as("acme.user");
  EXPECT_EQ(addresses_of_customer_in(customer, cidr), 4) << "the customer sees its four addresses";
  auto other = as("zenith.admin");
  EXPECT_EQ(addresses_of_customer_in(other, cidr), 0);
  const auto listed = admin.get("/api/v1/ipam/ip-addresses?limit=10&within=" + cidr).json();
  for (const auto& a : listed.at("results").as_array()) {
    EXPECT_EQ(a.at("status").as_string(), "active");
    EXPECT_NE(a.at("description").as_string().find("CT-"), std::string::npos) << a;
  }
}

TEST_P(Rules, R11_2_3_LedgerItemsFollowTheLedgerAndFinanceRecordsTheMoney) {
  auto admin = as("admin");
  auto [id, room] = signed_contract(2, json::object{{"ipv4_count", 2}});
  const auto cidr = add_customer_pool(admin, room.site);
  auto business = as("business");
  ASSERT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 200);
  // The devices are installed and running when the contract ends.
  auto devices = admin.get("/api/v1/dcim/devices?limit=10&rack=" + std::to_string(room.racks[0])).json();
  std::vector<std::string> device_ids;
  for (const auto& d : devices.at("results").as_array()) {
    device_ids.push_back(std::to_string(d.at("id").as_int64()));
    auto r = admin.send_json("PATCH", "/api/v1/dcim/devices/" + device_ids.back(), json::object{{"status", "active"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  ASSERT_EQ(device_ids.size(), 2u);
  auto ended = terminate(id);
  ASSERT_EQ(ended.status, 200) << ended.body;

  auto items = [&]() {
    std::map<std::string, json::object> out;
    const auto c = contract(id);
    for (const auto& i : c.at("settlement").as_array()) out[std::string(i.at("kind").as_string())] = i.as_object();
    return out;
  };
  auto now = items();
  EXPECT_FALSE(now["equipment_move_out"].at("done").as_bool());
  EXPECT_NE(std::string(now["equipment_move_out"].at("note").as_string()).find("2 device(s) still"), std::string::npos)
      << now["equipment_move_out"];
  EXPECT_FALSE(now["addresses_reclaimed"].at("done").as_bool()) << now["addresses_reclaimed"];
  // A Chinese reader reads the same in Chinese.
  const auto zh = as("business").request("GET", "/api/v1/contracts/" + id, "", {{"Accept-Language", "zh-CN"}}).json();
  for (const auto& i : zh.at("settlement").as_array())
    if (i.at("kind").as_string() == "equipment_move_out")
      EXPECT_NE(std::string(i.at("note").as_string()).find("仍有 2 台设备在台账中"), std::string::npos) << i;

  // Ticking a ledger item by hand is refused, whoever asks; only finance may ask about the money items.
  auto path = [&](const std::string& kind) {
    return "/api/v1/contracts/" + id + "/settlement/" + std::to_string(now[kind].at("id").as_int64());
  };
  for (const char* user : {"admin", "finance"}) {
    auto r = as(user).send_json("PATCH", path("equipment_move_out"), json::object{{"done", true}});
    EXPECT_EQ(r.status, 409) << user << " " << r.body;
    EXPECT_EQ(r.json().at("code").as_string(), "contracts.settlement.from_ledger");
  }
  EXPECT_EQ(as("finance").send_json("PATCH", path("reservations_released"), json::object{{"done", false}}).status, 409);
  EXPECT_EQ(business.send_json("PATCH", path("deposit"), json::object{{"done", true}}).status, 403);
  // The money items follow billing (no deposit was held): not ticked by hand either.
  EXPECT_EQ(
      as("finance").send_json("PATCH", path("deposit"), json::object{{"done", true}, {"note", "refunded"}}).status,
      409);
  EXPECT_FALSE(items()["equipment_move_out"].at("done").as_bool()) << "still in the racks";

  // The ledger changes: the items follow.
  for (const auto& d : device_ids)
    ASSERT_EQ(admin.send_json("PATCH", "/api/v1/dcim/devices/" + d, json::object{{"status", "decommissioned"}}).status,
              200);
  const auto addresses = admin.get("/api/v1/ipam/ip-addresses?limit=10&within=" + cidr).json();
  for (const auto& a : addresses.at("results").as_array())
    ASSERT_EQ(admin.request("DELETE", "/api/v1/ipam/ip-addresses/" + std::to_string(a.at("id").as_int64())).status,
              204);
  now = items();
  EXPECT_TRUE(now["equipment_move_out"].at("done").as_bool()) << now["equipment_move_out"];
  EXPECT_TRUE(now["addresses_reclaimed"].at("done").as_bool()) << now["addresses_reclaimed"];
  EXPECT_TRUE(now["deposit"].at("done").as_bool());
  EXPECT_FALSE(now["final_invoice"].at("done").as_bool());
}

TEST_P(Rules, R11_2_3_TerminationOffboardsTheCustomersDevicesAndAddresses) {
  auto admin = as("admin");
  auto [id, room] = signed_contract(3, json::object{{"ipv4_count", 2}});
  const auto cidr = add_customer_pool(admin, room.site);
  auto business = as("business");
  ASSERT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 200);
  const std::string number(contract(id).at("number").as_string());
  const auto rack = std::to_string(room.racks[0]);
  auto devices = admin.get("/api/v1/dcim/devices?limit=10&rack=" + rack).json();
  ASSERT_EQ(devices.at("count").as_int64(), 3);
  // One of the three was installed; two are still only planned.
  const auto installed = std::to_string(devices.at("results").at(0).at("id").as_int64());
  ASSERT_EQ(admin.send_json("PATCH", "/api/v1/dcim/devices/" + installed, json::object{{"status", "active"}}).status,
            200);
  ASSERT_EQ(addresses_of_customer_in(admin, cidr), 2);

  ASSERT_EQ(terminate(id).status, 200);
  // Planned devices left the racks; the installed one stays, with a move-out task.
  auto left = admin.get("/api/v1/dcim/devices?limit=10&rack=" + rack).json();
  ASSERT_EQ(left.at("count").as_int64(), 1) << left;
  EXPECT_EQ(std::to_string(left.at("results").at(0).at("id").as_int64()), installed);
  auto c = contract(id);
  const auto& tasks = c.at("move_out_tasks").as_array();
  ASSERT_EQ(tasks.size(), 1u) << c;
  EXPECT_EQ(std::to_string(tasks[0].at("device").at("id").as_int64()), installed);
  EXPECT_FALSE(tasks[0].at("done").as_bool());
  auto operations = as("operations");
  EXPECT_EQ(notifications_about(operations, "contract.move_out", number), 1);
  // The addresses stay the customer's through the grace period (30 days by default).
  auto [rc1, out1] = job(day(29));
  EXPECT_EQ(rc1, 0) << out1;
  EXPECT_EQ(addresses_of_customer_in(admin, cidr), 2);
  auto [rc2, out2] = job(day(30));
  EXPECT_EQ(rc2, 0) << out2;
  EXPECT_EQ(addresses_of_customer_in(admin, cidr), 0);

  std::map<std::string, bool> done;
  c = contract(id);
  for (const auto& i : c.at("settlement").as_array())
    done[std::string(i.at("kind").as_string())] = i.at("done").as_bool();
  EXPECT_TRUE(done["addresses_reclaimed"]);
  EXPECT_FALSE(done["equipment_move_out"]) << "the installed device is still there";
  // Moved out: the task and the item close from the ledger.
  ASSERT_EQ(
      admin.send_json("PATCH", "/api/v1/dcim/devices/" + installed, json::object{{"status", "decommissioned"}}).status,
      200);
  c = contract(id);
  EXPECT_TRUE(c.at("move_out_tasks").at(0).at("done").as_bool());
  for (const auto& i : c.at("settlement").as_array())
    if (i.at("kind").as_string() == "equipment_move_out") EXPECT_TRUE(i.at("done").as_bool()) << i;
}

TEST_P(Rules, R11_2_2_AnOpenRequestIsClosedWhenTheContractEndsOtherwise) {
  auto [id, room] = active_contract();
  auto asked = as("acme.admin")
                   .send_json("POST", "/api/v1/contracts/" + id + "/termination-requests",
                              json::object{{"reason", "Consolidating"}, {"desired_date", day(0)}});
  ASSERT_EQ(asked.status, 201) << asked.body;
  ASSERT_EQ(terminate(id).status, 200);
  auto c = contract(id);
  const auto& r = c.at("termination_requests").at(0).as_object();
  EXPECT_EQ(r.at("status").as_string(), "closed");
  EXPECT_EQ(r.at("decision_comment").as_string(), "The contract was terminated.");
  const auto zh =
      as("acme.admin")
          .request("GET", "/api/v1/contracts/" + id + "/termination-requests", "", {{"Accept-Language", "zh-CN"}})
          .json();
  EXPECT_EQ(zh.at(0).at("decision_comment").as_string(), "合同已终止。") << zh;
  EXPECT_EQ(c.at("termination").at("initiated_by").as_string(), "operator");
  EXPECT_EQ(as("business")
                .send_json("POST", "/api/v1/contracts/" + id + "/termination-requests/" + id_of(asked) + "/decision",
                           json::object{{"action", "accept"}})
                .status,
            409);
}

TEST_P(Rules, R3_2_1_TheAssessmentCountsTheAddressesActivationCanAssign) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  // The site has IPv4, but none of it in a pool for customers.
  const auto pool = add_customer_pool(admin, room.site);
  auto plain = admin.send_json(
      "PATCH",
      "/api/v1/ipam/prefixes/" +
          std::to_string(
              admin.get("/api/v1/ipam/prefixes?limit=1&q=" + pool).json().at("results").at(0).at("id").as_int64()),
      json::object{{"is_pool", false}});
  ASSERT_EQ(plain.status, 200) << plain.body;
  auto customer = as("acme.user");
  auto body = application_body(room.room, 1);
  body["ipv4_count"] = 4;
  auto created = customer.send_json("POST", "/api/v1/applications", body);
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = id_of(created);
  ASSERT_EQ(act(customer, id, "submit").status, 200);
  ASSERT_EQ(act(as("business"), id, "approve").status, 200);
  auto technical = as("technical");
  auto f = technical.get("/api/v1/applications/" + id + "/feasibility").json();
  EXPECT_EQ(f.at("ipv4").at("status").as_string(), "insufficient") << f;
  EXPECT_EQ(f.at("ipv4").at("free").as_int64(), 0);
  EXPECT_FALSE(f.at("feasible").as_bool());
  // Marked as a pool for customers: its eight addresses count.
  auto id_of_pool = std::to_string(plain.json().at("id").as_int64());
  ASSERT_EQ(admin.send_json("PATCH", "/api/v1/ipam/prefixes/" + id_of_pool, json::object{{"is_pool", true}}).status,
            200);
  f = technical.get("/api/v1/applications/" + id + "/feasibility").json();
  EXPECT_EQ(f.at("ipv4").at("status").as_string(), "ok") << f;
  EXPECT_EQ(f.at("ipv4").at("free").as_int64(), 8);
}

COLO_INSTANTIATE_API_TEST(Rules);

}  // namespace
}  // namespace colo::testing
