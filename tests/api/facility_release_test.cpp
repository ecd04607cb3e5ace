// Finance's release of equipment slips through the real server on SQLite and PostgreSQL: the
// contract of a device moving out is taken from the ledger (the contract that placed it), billing
// is asked whether that contract has an overdue balance, and such a slip is completed only after a
// finance user's release, which is audited. An invoice that goes overdue after the approval stops
// the completion as well.
//
// The overdue invoice is written with the billing store (as a billing run writes it), straight
// into the server's database.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "api/billing_fixture.hpp"
#include "api/hosting_support.hpp"
#include "billing/store.hpp"
#include "db/database.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

class FacilityRelease : public ::testing::TestWithParam<Backend> {
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

  struct Contract {
    std::int64_t id = 0, customer_id = 0, room = 0;
    std::string number, customer_name;
  };
  // An active acme contract from a fresh application in a new room.
  Contract active() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(*server_, room.room);
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", contract_body(app));
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    auto a = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(a.status, 200) << a.body;
    auto c = a.json();
    return {c.at("id").as_int64(), c.at("customer").at("id").as_int64(), room.room,
            std::string(c.at("number").as_string()), std::string(c.at("customer").at("name").as_string())};
  }
  // The ledger devices the contract placed in its room.
  std::vector<std::int64_t> devices_in(std::int64_t room) {
    std::vector<std::int64_t> ids;
    auto list = as("admin").get("/api/v1/dcim/devices?room=" + std::to_string(room)).json();
    for (const auto& d : list.at("results").as_array()) ids.push_back(d.at("id").as_int64());
    return ids;
  }
  // An issued, unpaid invoice of the contract for `total_fen`, due on `due`.
  void invoice(const Contract& c, std::int64_t total_fen, const std::string& due) {
    insert_issued_invoice(*db_, {c.customer_id, c.customer_name, c.id, c.number}, total_fen, due);
  }

  std::string slip_out(std::int64_t device) {
    auto r = as("acme.admin")
                 .send_json("POST", "/api/v1/facility/slips",
                            json::object{{"direction", "out"},
                                         {"planned_on", day(1)},
                                         {"note", "return to customer"},
                                         {"items", json::array{json::object{{"device_id", device}}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? "/api/v1/facility/slips/" + id_of(r) : "";
  }

  std::unique_ptr<ServerProcess> server_;
  std::unique_ptr<db::Database> db_;
};

TEST_P(FacilityRelease, MovingOutADeviceOfAContractInArrearsWaitsForFinancesAuditedRelease) {
  auto c = active();
  auto devices = devices_in(c.room);
  ASSERT_GE(devices.size(), 2u);

  // The requester cannot name the contract: it comes from the ledger.
  auto named =
      as("acme.admin")
          .send_json("POST", "/api/v1/facility/slips",
                     json::object{{"direction", "out"},
                                  {"planned_on", day(1)},
                                  {"items", json::array{json::object{{"device_id", devices[0]}, {"contract_id", 1}}}}});
  EXPECT_EQ(named.status, 400) << named.body;
  EXPECT_NE(named.body.find("items/0/contract_id"), std::string::npos) << named.body;

  // In good standing: approved without a hold.
  auto first = slip_out(devices[0]);
  auto r = as("acme.admin").get(first);
  EXPECT_EQ(r.json().at("items").as_array().at(0).at("contract_id"), c.id);
  r = as("business").send_json("POST", first + "/decision", json::object{{"approve", true}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("needs_release"), false);

  // An invoice of the contract falls overdue: the approved slip may no longer be completed, and a
  // new one is approved waiting for finance.
  invoice(c, 120000, day(-10));
  r = as("operations").request("POST", first + "/complete");
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.slip.release_required");
  EXPECT_EQ(as("admin").get(first).json().at("needs_release"), true);

  auto second = slip_out(devices[1]);
  r = as("business").send_json("POST", second + "/decision", json::object{{"approve", true}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("needs_release"), true);
  EXPECT_EQ(as("operations").request("POST", second + "/complete").status, 409);
  auto device = as("admin").get("/api/v1/dcim/devices/" + std::to_string(devices[1])).json();
  EXPECT_NE(device.at("status"), "decommissioned");

  // Only finance releases; the release is audited; then the devices go.
  EXPECT_EQ(as("business").request("POST", second + "/release").status, 403);
  EXPECT_EQ(as("acme.admin").request("POST", second + "/release").status, 403);
  r = as("finance").request("POST", second + "/release");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.json().at("released_by").is_null());
  EXPECT_EQ(as("finance").request("POST", second + "/release").status, 409);
  auto audit = as("admin").get("/api/v1/audit?object_type=facility.slip&action=release");
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_GE(audit.json().at("count").as_int64(), 1);
  r = as("operations").request("POST", second + "/complete");
  ASSERT_EQ(r.status, 200) << r.body;
  device = as("admin").get("/api/v1/dcim/devices/" + std::to_string(devices[1])).json();
  EXPECT_EQ(device.at("status"), "decommissioned");
}

}  // namespace

COLO_INSTANTIATE_API_TEST(FacilityRelease);

}  // namespace colo::testing
