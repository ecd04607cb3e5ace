// Many clients racing on the same thing through the real server, on SQLite and PostgreSQL: one
// unit placed twice, the last units of a rack reserved by several applications, one workflow step
// decided by several reviewers, one contract activated several times, one price list item and its
// next price published by several of finance. Each client has its own
// connection and session and all start at once; afterwards the invariants must hold (no
// overlapping units, reserved units within the rack, one decision per step, one activation) and
// every loser must have been told 409 with a stable code (a price version that comes second is
// refused by the version rule itself, 422, as it would be one after the other).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <functional>
#include <latch>
#include <map>
#include <mutex>
#include <thread>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

constexpr int kRacers = 16;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

// What the racers were answered: status -> code -> how many.
struct Outcome {
  std::map<int, std::map<std::string, int>> seen;
  int count(int status) const {
    auto it = seen.find(status);
    if (it == seen.end()) return 0;
    int n = 0;
    for (const auto& [code, k] : it->second) n += k;
    return n;
  }
  std::string describe() const {
    std::string out;
    for (const auto& [status, codes] : seen)
      for (const auto& [code, n] : codes) out += std::to_string(status) + " " + code + " x" + std::to_string(n) + "; ";
    return out;
  }
};

// One server per engine with enough workers that the racers really run at once.
class Concurrency : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::postgres && !ServerProcess::postgres_available()) {
      const char* req = std::getenv("COLO_REQUIRE_PG");
      if (req && std::string(req) == "1") FAIL() << "COLO_REQUIRE_PG=1 but COLO_TEST_PG_URL is unset";
      GTEST_SKIP() << "PostgreSQL not configured (set COLO_TEST_PG_URL)";
    }
    static std::unique_ptr<ServerProcess> servers[2];
    auto& slot = servers[GetParam() == Backend::sqlite ? 0 : 1];
    if (!slot)
      slot = ServerProcess::start({.backend = GetParam(),
                                   .env = {{"COLO_WORKERS", std::to_string(kRacers)}, {"COLO_DB_POOL", "8"}},
                                   .demo = true});
    server_ = slot.get();
  }
  ServerProcess& server() { return *server_; }
  HttpClient as(const std::string& user) { return login(*server_, user); }

  // Signs each racer in as `user` (one session each), then lets them all send `request` at once.
  Outcome race(const std::string& user, const std::function<HttpResponse(HttpClient&, int)>& request) {
    std::vector<HttpClient> clients;
    for (int i = 0; i < kRacers; ++i) clients.push_back(as(user));
    Outcome out;
    std::mutex mutex;
    std::latch start(kRacers);
    std::vector<std::thread> threads;
    for (int i = 0; i < kRacers; ++i)
      threads.emplace_back([&, i] {
        start.arrive_and_wait();
        auto r = request(clients[static_cast<std::size_t>(i)], i);
        std::string code;
        try {
          if (r.status >= 400) code = std::string(r.json().at("code").as_string());
        } catch (const std::exception&) {
          code = "(no problem body) " + r.body.substr(0, 200);
        }
        std::lock_guard lock(mutex);
        ++out.seen[r.status][code];
      });
    for (auto& t : threads) t.join();
    return out;
  }

  ServerProcess* server_ = nullptr;
};

TEST_P(Concurrency, OneUnitIsPlacedOnceAndTheOthersAreToldItIsTaken) {
  auto tech = as("technical");
  auto tag = unique("race");
  auto site = tech.send_json("POST", "/api/v1/dcim/sites", json::object{{"name", "Race site " + tag}});
  ASSERT_EQ(site.status, 201) << site.body;
  auto room = tech.send_json("POST", "/api/v1/dcim/rooms",
                             json::object{{"site_id", site.json().at("id")}, {"name", "Room " + tag}});
  ASSERT_EQ(room.status, 201) << room.body;
  auto rack = tech.send_json("POST", "/api/v1/dcim/racks",
                             json::object{{"room_id", room.json().at("id")},
                                          {"name", "R-" + tag},
                                          {"status", "active"},
                                          {"power_a_w", 50000},
                                          {"power_b_w", 50000}});
  ASSERT_EQ(rack.status, 201) << rack.body;
  const auto rack_id = rack.json().at("id").as_int64();
  auto import =
      tech.request("POST", "/api/v1/dcim/device-types/import",
                   "manufacturer: RaceCo\nmodel: R1-" + tag +
                       "\nu_height: 1\nis_full_depth: true\npower-ports:\n  - name: PSU1\n    maximum_draw: 100\n",
                   {{"Content-Type", "application/yaml"}});
  ASSERT_EQ(import.status, 200) << import.body;
  std::int64_t type = 0;
  const auto types = tech.get("/api/v1/dcim/device-types?manufacturer=RaceCo&limit=1000").json();
  for (const auto& t : types.at("results").as_array())
    if (t.at("model").as_string() == "R1-" + tag) type = t.at("id").as_int64();
  ASSERT_NE(type, 0);

  auto out = race("operations", [&](HttpClient& c, int i) {
    return c.send_json("POST", "/api/v1/dcim/devices",
                       json::object{{"device_type_id", type},
                                    {"name", tag + "-" + std::to_string(i)},
                                    {"rack_id", rack_id},
                                    {"position", 10},
                                    {"face", "front"}});
  });
  EXPECT_EQ(out.count(201), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["dcim.placement.overlap"], kRacers - 1) << out.describe();
  auto devices = as("admin").get("/api/v1/dcim/devices?rack=" + std::to_string(rack_id) + "&limit=100");
  ASSERT_EQ(devices.status, 200) << devices.body;
  EXPECT_EQ(devices.json().at("count").as_int64(), 1) << "one device in U10, not " << devices.body;
}

TEST_P(Concurrency, TheLastUnitsOfARackAreReservedForOneApplicationOnly) {
  auto admin = as("admin");
  auto business = as("business");
  auto tag = unique("race-units");
  // One 4U rack; every application wants two 2U servers, so exactly one of them fits.
  auto site = admin.send_json("POST", "/api/v1/dcim/sites",
                              json::object{{"name", tag}, {"slug", tag}, {"uplink_mbps", 100000}});
  ASSERT_EQ(site.status, 201) << site.body;
  auto room =
      admin.send_json("POST", "/api/v1/dcim/rooms", json::object{{"site_id", site.json().at("id")}, {"name", "Hall"}});
  ASSERT_EQ(room.status, 201) << room.body;
  const auto room_id = room.json().at("id").as_int64();
  auto rack = admin.send_json("POST", "/api/v1/dcim/racks",
                              json::object{{"room_id", room_id},
                                           {"name", "R4"},
                                           {"u_height", 4},
                                           {"power_a_w", 50000},
                                           {"power_b_w", 50000},
                                           {"max_weight_kg", 1000}});
  ASSERT_EQ(rack.status, 201) << rack.body;
  const auto rack_id = rack.json().at("id").as_int64();
  // Each application for its own customer: a customer's own reservations are its to reuse.
  std::vector<std::string> apps;
  for (int i = 0; i < kRacers; ++i) {
    auto customer =
        business.send_json("POST", "/api/v1/customers", json::object{{"name", tag + " Co " + std::to_string(i)}});
    ASSERT_EQ(customer.status, 201) << customer.body;
    auto body = application_body(room_id);
    body["customer_id"] = customer.json().at("id");
    auto created = business.send_json("POST", "/api/v1/applications", body);
    ASSERT_EQ(created.status, 201) << created.body;
    auto id = id_of(created);
    auto submitted = act(business, id, "submit");
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    auto approved = act(business, id, "approve");
    ASSERT_EQ(approved.status, 200) << approved.body;
    apps.push_back(id);
  }

  auto out = race("technical", [&](HttpClient& c, int i) {
    return c.request("POST", "/api/v1/applications/" + apps[static_cast<std::size_t>(i)] + "/feasibility/accept");
  });
  EXPECT_EQ(out.count(200), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["applications.infeasible"], kRacers - 1) << out.describe();
  auto listed = admin.get("/api/v1/dcim/reservations?rack=" + std::to_string(rack_id) + "&limit=100");
  ASSERT_EQ(listed.status, 200) << listed.body;
  double reserved = 0;
  std::vector<std::pair<double, double>> spans;
  const auto reservations = listed.json();
  for (const auto& r : reservations.at("results").as_array()) {
    const double position = r.at("position").to_number<double>(), units = r.at("units").to_number<double>();
    for (const auto& [p, u] : spans)
      EXPECT_FALSE(position < p + u && p < position + units) << "overlapping reservations";
    spans.emplace_back(position, units);
    reserved += units;
  }
  EXPECT_LE(reserved, 4.0) << "reserved units exceed the 4U rack: " << listed.body;
  EXPECT_EQ(reserved, 4.0) << "the winner holds its units";
}

TEST_P(Concurrency, AWorkflowStepIsDecidedOnce) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto id = submitted(server(), room.room);
  // Half the reviewers say which step they saw, half do not: both are told the step was decided.
  auto out = race("business", [&](HttpClient& c, int i) {
    json::object body{{"action", "approve"}};
    if (i % 2) body["from"] = "business_review";
    return c.send_json("POST", "/api/v1/applications/" + id + "/transitions", body);
  });
  EXPECT_EQ(out.count(200), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["workflow.step_decided"], kRacers - 1) << out.describe();
  auto detail = as("business").get("/api/v1/applications/" + id);
  ASSERT_EQ(detail.status, 200) << detail.body;
  int approvals = 0;
  const auto d = detail.json();
  for (const auto& s : d.at("timeline").as_array())
    if (s.at("action").as_string() == "approve") ++approvals;
  EXPECT_EQ(approvals, 1) << "one business approval recorded";
  EXPECT_EQ(d.at("status").as_string(), "technical_review");
}

TEST_P(Concurrency, AContractIsActivatedOnce) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto app = approved(server(), room.room, 2);
  auto business = as("business");
  auto draft = business.send_json("POST", "/api/v1/contracts", contract_body(app));
  ASSERT_EQ(draft.status, 201) << draft.body;
  auto id = id_of(draft);
  auto signed_ = business.request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                                  {{"Content-Type", "application/pdf"}});
  ASSERT_EQ(signed_.status, 200) << signed_.body;

  auto out =
      race("business", [&](HttpClient& c, int) { return c.request("POST", "/api/v1/contracts/" + id + "/activate"); });
  EXPECT_EQ(out.count(200), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["contracts.already_active"], kRacers - 1) << out.describe();
  // One activation: the application's two reserved units became two planned devices, once.
  auto devices = admin.get("/api/v1/dcim/devices?rack=" + std::to_string(room.racks[0]) + "&limit=100");
  ASSERT_EQ(devices.status, 200) << devices.body;
  EXPECT_EQ(devices.json().at("count").as_int64(), 2) << devices.body;
  auto audit = admin.get("/api/v1/audit?object_type=contract&object_id=" + id + "&limit=100");
  ASSERT_EQ(audit.status, 200) << audit.body;
  int activations = 0;
  const auto entries = audit.json();
  for (const auto& e : entries.at("results").as_array())
    if (e.at("action").as_string() == "activate") ++activations;
  EXPECT_EQ(activations, 1) << audit.body;
}

// R8.1: a price list code is taken once; of versions racing for the same day one is published and
// the others are refused by the version rule (the later arrival starts no later than the latest).
TEST_P(Concurrency, APriceListItemAndItsNextPriceArePublishedOnce) {
  const std::string code = "RACE-" + std::to_string(::getpid()) + "-" + backend_name(GetParam());
  std::string upper = code;
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  auto made = race("finance", [&](HttpClient& c, int) {
    return c.send_json("POST", "/api/v1/billing/catalogue",
                       json::object{{"code", upper},
                                    {"name_zh", "并发测试项目"},
                                    {"name_en", "Race item"},
                                    {"service", "other"},
                                    {"price_fen", 1000}});
  });
  EXPECT_EQ(made.count(201), 1) << made.describe();
  EXPECT_EQ(made.seen[409]["billing.catalogue.code_taken"], kRacers - 1) << made.describe();
  auto finance = as("finance");
  auto listed = finance.get("/api/v1/billing/catalogue?q=" + upper).json();
  ASSERT_EQ(listed.at("count").as_int64(), 1) << json::serialize(listed);
  const auto id = std::to_string(listed.at("results").at(0).at("id").as_int64());

  auto priced = race("finance", [&](HttpClient& c, int i) {
    return c.send_json("POST", "/api/v1/billing/catalogue/" + id + "/versions",
                       json::object{{"effective_from", day(30)}, {"price_fen", 1000 + i}});
  });
  EXPECT_EQ(priced.count(201), 1) << priced.describe();
  EXPECT_EQ(priced.seen[422]["billing.price.before_latest"], kRacers - 1) << priced.describe();
  auto item = finance.get("/api/v1/billing/catalogue/" + id).json();
  EXPECT_EQ(item.at("versions").as_array().size(), 2u) << json::serialize(item);
}

// R9.2.2: a compensation claim is assessed once; the other assessments are told it has moved on.
// R9.2.1: month-end runs racing for the same month compute each contract's credit once between them.
TEST_P(Concurrency, AClaimIsAssessedOnceAndAMonthsCreditsAreComputedOnce) {
  auto admin = as("admin");
  auto room = make_room(admin, 1);
  auto app = approved(server(), room.room, 2);
  auto business = as("business");
  auto draft = business.send_json("POST", "/api/v1/contracts", contract_body(app));
  ASSERT_EQ(draft.status, 201) << draft.body;
  auto id = id_of(draft);
  ASSERT_EQ(business
                .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                         {{"Content-Type", "application/pdf"}})
                .status,
            200);
  ASSERT_EQ(business.request("POST", "/api/v1/contracts/" + id + "/activate").status, 200);
  auto claim =
      as("acme.user")
          .send_json(
              "POST", "/api/v1/servicedesk/levels/claims",
              json::object{{"contract_id", std::stoll(id)}, {"description", "备份数据丢失"}, {"claimed_fen", 100000}});
  ASSERT_EQ(claim.status, 201) << claim.body;
  const auto claim_id = id_of(claim);
  auto out = race("finance", [&](HttpClient& c, int i) {
    return c.send_json(
        "POST", "/api/v1/servicedesk/levels/claims/" + claim_id + "/decision",
        json::object{{"action", "assess"}, {"assessment", "核实 " + std::to_string(i)}, {"amount_fen", i}});
  });
  EXPECT_EQ(out.count(200), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["service_levels.claim.bad_transition"], kRacers - 1) << out.describe();

  // A month far ahead, which no other test computes: every active contract once in all.
  const std::string month = shift(day(0).substr(0, 8) + "01", 200).substr(0, 7);
  std::mutex m;
  std::int64_t computed = 0, contracts = -1;
  auto runs = race("finance", [&](HttpClient& c, int) {
    auto r = c.send_json("POST", "/api/v1/servicedesk/levels/month-end", json::object{{"month", month}});
    if (r.status == 200) {
      std::lock_guard lock(m);
      computed += r.json().at("computed").as_int64();
      contracts = r.json().at("contracts").as_int64();
    }
    return r;
  });
  EXPECT_EQ(runs.count(200), kRacers) << runs.describe();
  EXPECT_EQ(computed, contracts);
  auto credits = admin.get("/api/v1/servicedesk/levels/credits?month=" + month).json();
  EXPECT_EQ(static_cast<std::int64_t>(credits.at("results").as_array().size()), contracts);
}

// Two requests for the same firewall rule, each approved by half of the reviewers at once: one
// approval puts the rule in force; every other reviewer is told the request was decided or the
// rule is already in force by the other request (R5.2.1).
TEST_P(Concurrency, OfTwoConflictingFirewallRequestsOneIsApprovedOnce) {
  auto admin = as("admin");
  auto acme = as("acme.admin");
  const auto customer = acme.get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  static int n = 0;
  const std::string net = "100.64." + std::to_string(++n) + ".";
  ASSERT_EQ(admin
                .send_json("POST", "/api/v1/ipam/prefixes",
                           json::object{{"prefix", net + "0/24"}, {"customer", customer}, {"description", "race"}})
                .status,
            201);
  auto devices = admin.get("/api/v1/dcim/devices?customer=" + std::to_string(customer) + "&limit=1").json();
  const auto device = devices.at("results").at(0).at("id").as_int64();
  json::object body{{"action", "open"},
                    {"device_id", device},
                    {"reason", "race"},
                    {"lines", json::array{json::object{{"direction", "inbound"},
                                                       {"protocol", "tcp"},
                                                       {"source", "any"},
                                                       {"destination", net + "10"},
                                                       {"ports", "443"}}}}};
  auto a = acme.send_json("POST", "/api/v1/firewall/requests", body);
  auto b = acme.send_json("POST", "/api/v1/firewall/requests", body);
  ASSERT_EQ(a.status, 201) << a.body;
  ASSERT_EQ(b.status, 201) << b.body;
  const std::string ids[] = {id_of(a), id_of(b)};
  auto out = race("security", [&](HttpClient& c, int i) {
    return c.send_json("POST", "/api/v1/firewall/requests/" + ids[i % 2] + "/review",
                       json::object{{"decision", "approve"}, {"risk_level", "low"}, {"note", "race"}});
  });
  EXPECT_EQ(out.count(200), 1) << out.describe();
  EXPECT_EQ(out.seen[409]["firewall.request.decided"] + out.seen[409]["firewall.rule.duplicate"], kRacers - 1)
      << out.describe();
  auto rules = admin.get("/api/v1/firewall/rules?device=" + std::to_string(device) + "&q=" + net + "10").json();
  EXPECT_EQ(rules.at("count").as_int64(), 1) << "one rule in force";
}

INSTANTIATE_TEST_SUITE_P(Backends, Concurrency, ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const auto& info) { return backend_name(info.param); });

}  // namespace
}  // namespace colo::testing
