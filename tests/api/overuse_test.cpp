// Over-use detected from monitoring through real HTTP and the CLI on SQLite and PostgreSQL (R9):
// a contract's usage meters above its bandwidth commit or contracted kW for an hour on end are
// proposed once as the customer's breach, with the figures; a shorter run is not; the proposal is
// confirmed or dismissed with a reason on review, and the customer never sees it while proposed.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <boost/json.hpp>
#include <chrono>
#include <future>

#include "api/hosting_support.hpp"
#include "db/database.hpp"
#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n";

std::string iso(std::int64_t s) { return format_instant(Instant(std::chrono::seconds(s))); }

// The first of `n` five-minute slots (epoch seconds) that all closed an hour ago.
std::int64_t first_slot_of(int n) {
  const auto now =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return (now / 300 - 12 - n) * 300;
}

class Overuse : public ApiTest {
 protected:
  // An active contract of acme with `lines`.
  std::int64_t contract(json::array lines) {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto body = contract_body(approved(server(), room.room));
    body["line_items"] = std::move(lines);
    auto business = as("business");
    auto r = business.send_json("POST", "/api/v1/contracts", body);
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = id_of(r);
    EXPECT_EQ(business
                  .request("POST", "/api/v1/contracts/" + id + "/sign?customer_signatory=Zhou%20Jie", kPdf,
                           {{"Content-Type", "application/pdf"}})
                  .status,
              200);
    auto a = business.request("POST", "/api/v1/contracts/" + id + "/activate");
    EXPECT_EQ(a.status, 200) << a.body;
    return std::stoll(id);
  }
  std::int64_t meter(std::int64_t contract_id, const std::string& kind) {
    auto r = as("operations")
                 .send_json("POST", "/api/v1/usage/meters",
                            json::object{{"customer_id", customer_of(as("acme.user"))},
                                         {"contract_id", contract_id},
                                         {"kind", kind},
                                         {"name", unique("OVERUSE " + kind + " ")}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("id").as_int64();
  }
  // The power a contract states, in kW (the limit power is measured against).
  static json::object power_line(int kw) {
    return json::object{{"service", "power"},
                        {"description", std::to_string(kw) + " kW A+B"},
                        {"quantity", kw},
                        {"unit_price_fen", 120000},
                        {"billing_cycle", "monthly"}};
  }
  // Rack space: a line with no limit to measure.
  static json::object rack_space_line() {
    return json::object{{"service", "rack_space"},
                        {"description", "4U"},
                        {"quantity", 4},
                        {"unit_price_fen", 80000},
                        {"billing_cycle", "monthly"}};
  }
  void write(std::int64_t meter_id, json::array samples) {
    auto r = as("operations")
                 .send_json("POST", "/api/v1/usage/meters/" + std::to_string(meter_id) + "/samples",
                            json::object{{"samples", std::move(samples)}});
    ASSERT_EQ(r.status, 200) << r.body;
  }
  std::string detect() {
    auto [rc, out] = server().run_cli({"jobs", "run", "overuse-detect"});
    EXPECT_EQ(rc, 0) << out;
    return out;
  }
  json::array proposed(std::int64_t contract_id) {
    auto r = as("operations").get("/api/v1/breaches?status=proposed&contract=" + std::to_string(contract_id));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.json().at("results").as_array() : json::array{};
  }
  std::int64_t all_of(std::int64_t contract_id) {
    auto r = as("operations").get("/api/v1/breaches?contract=" + std::to_string(contract_id));
    return r.json().at("count").as_int64();
  }
};

// Bandwidth: 100 Mbit/s committed. 70 minutes above (peak 130 Mbit/s) between quiet hours, and
// later 55 minutes above: one proposal, of the 70 minutes, however often the job runs.
TEST_P(Overuse, R9_BandwidthAboveTheCommitForAnHourIsProposedOnceAndAShorterRunIsNot) {
  const auto c = contract(
      json::array{json::object{{"catalogue_item", "BW-COMMIT-MBPS"}, {"quantity", 1}, {"included_quantity", 100}},
                  rack_space_line()});
  const auto m = meter(c, "bandwidth");
  const auto t0 = first_slot_of(61);
  json::array samples;
  auto slot = [&](int i, std::int64_t bps) {
    samples.push_back(json::object{{"t", iso(t0 + i * 300)}, {"in_bps", bps / 2}, {"out_bps", bps}});
  };
  int i = 0;
  for (; i < 12; ++i) slot(i, 50'000'000);
  for (int k = 0; k < 14; ++k, ++i) slot(i, k == 5 ? 130'000'000 : 120'000'000);  // 70 minutes
  for (int k = 0; k < 12; ++k, ++i) slot(i, 100'000'000);                         // at the commit: within it
  for (int k = 0; k < 11; ++k, ++i) slot(i, 150'000'000);                         // 55 minutes
  for (int k = 0; k < 12; ++k, ++i) slot(i, 40'000'000);
  write(m, samples);

  // Two runs at once (two servers' jobs) propose it once.
  auto first = std::async(std::launch::async, [&] { return server().run_cli({"jobs", "run", "overuse-detect"}); });
  auto second = std::async(std::launch::async, [&] { return server().run_cli({"jobs", "run", "overuse-detect"}); });
  const auto [rc1, out1] = first.get();
  const auto [rc2, out2] = second.get();
  ASSERT_EQ(rc1, 0) << out1;
  ASSERT_EQ(rc2, 0) << out2;
  auto list = proposed(c);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(all_of(c), 1) << "the 55 minutes are no breach";
  const auto& b = list[0].as_object();
  EXPECT_EQ(b.at("party").as_string(), "customer");
  EXPECT_EQ(b.at("kind").as_string(), "over_use");
  EXPECT_EQ(b.at("status").as_string(), "proposed");
  const auto& o = b.at("overuse").as_object();
  EXPECT_EQ(o.at("metric").as_string(), "bandwidth");
  EXPECT_EQ(o.at("peak").as_int64(), 130'000'000);
  EXPECT_EQ(o.at("limit").as_int64(), 100'000'000);
  EXPECT_EQ(o.at("minutes").as_int64(), 70);
  EXPECT_EQ(o.at("from").as_string(), iso(t0 + 12 * 300));
  EXPECT_EQ(o.at("to").as_string(), iso(t0 + 26 * 300));
  const auto id = std::to_string(b.at("id").as_int64());

  // Run again: nothing new.
  detect();
  EXPECT_EQ(all_of(c), 1);

  // The customer does not see the proposal, neither listed nor by id; staff are told of it.
  auto customer = as("acme.user");
  EXPECT_EQ(customer.get("/api/v1/breaches/" + id).status, 404);
  auto theirs = customer.get("/api/v1/breaches?contract=" + std::to_string(c));
  ASSERT_EQ(theirs.status, 200) << theirs.body;
  EXPECT_EQ(theirs.json().at("count").as_int64(), 0);
  auto notices = as("operations").get("/api/v1/notifications?q=" + std::string(b.at("number").as_string()));
  ASSERT_EQ(notices.status, 200) << notices.body;
  EXPECT_GE(notices.json().at("count").as_int64(), 1) << notices.body;

  // A proposal is reviewed before it is decided.
  auto early =
      as("operations").send_json("POST", "/api/v1/breaches/" + id + "/decision", json::object{{"consequence", "none"}});
  ASSERT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.json().at("code").as_string(), "disputes.breach.proposed");
  EXPECT_EQ(customer.request("POST", "/api/v1/breaches/" + id + "/confirm").status, 403);
  auto confirmed = as("operations").request("POST", "/api/v1/breaches/" + id + "/confirm");
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json().at("breach").at("status").as_string(), "open");
  auto again = as("operations").request("POST", "/api/v1/breaches/" + id + "/confirm");
  ASSERT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json().at("code").as_string(), "disputes.breach.not_proposed");
  // Confirmed, it is the customer's to see, and is decided as any other.
  EXPECT_EQ(customer.get("/api/v1/breaches/" + id).status, 200);
  auto decided =
      as("operations").send_json("POST", "/api/v1/breaches/" + id + "/decision", json::object{{"consequence", "none"}});
  EXPECT_EQ(decided.status, 200) << decided.body;
  auto audit = as("admin").get("/api/v1/audit?object_type=breach&object_id=" + id);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_NE(audit.body.find("\"confirm\""), std::string::npos) << audit.body;
  EXPECT_NE(audit.body.find("\"propose\""), std::string::npos) << audit.body;

  // Detected again after review: still the one breach.
  detect();
  EXPECT_EQ(all_of(c), 1);
}

// Power: 2 kW contracted. Readings every five minutes at 3 kW for 70 minutes up to the last
// reading: proposed; the over-use goes on in the next readings and the next run extends the same
// proposal. A proposal is dismissed only with a reason, which it keeps.
TEST_P(Overuse, R9_PowerAboveTheContractedKilowattsIsProposedExtendedAndDismissedWithAReason) {
  const auto c = contract(json::array{power_line(2)});
  const auto m = meter(c, "power");
  const auto t0 = first_slot_of(30);
  std::int64_t wh = 1'000'000;
  json::array readings;
  int i = 0;
  auto read = [&](std::int64_t watts) {
    readings.push_back(json::object{{"t", iso(t0 + i * 300)}, {"wh", wh}});
    wh += watts / 12;  // Wh in five minutes
    ++i;
  };
  for (int k = 0; k < 10; ++k) read(1'500);
  for (int k = 0; k < 14; ++k) read(k == 3 ? 3'600 : 3'000);
  readings.push_back(json::object{{"t", iso(t0 + i * 300)}, {"wh", wh}});  // closes the last slot
  write(m, readings);
  detect();
  auto list = proposed(c);
  ASSERT_EQ(list.size(), 1u);
  const auto id = std::to_string(list[0].at("id").as_int64());
  {
    const auto& o = list[0].at("overuse").as_object();
    EXPECT_EQ(o.at("metric").as_string(), "power");
    EXPECT_EQ(o.at("limit").as_int64(), 2'000);
    EXPECT_EQ(o.at("peak").as_int64(), 3'600);
    EXPECT_EQ(o.at("minutes").as_int64(), 70);
  }

  // Three more slots at 3 kW: the same episode, now 85 minutes, still one proposal.
  json::array more;
  for (int k = 0; k < 3; ++k) {
    wh += 3'000 / 12;
    ++i;
    more.push_back(json::object{{"t", iso(t0 + i * 300)}, {"wh", wh}});
  }
  write(m, more);
  auto out = detect();
  EXPECT_NE(out.find("1 extended"), std::string::npos) << out;
  list = proposed(c);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(std::to_string(list[0].at("id").as_int64()), id);
  EXPECT_EQ(list[0].at("overuse").at("minutes").as_int64(), 85);

  auto operations = as("operations");
  auto bare = operations.send_json("POST", "/api/v1/breaches/" + id + "/dismiss", json::object{});
  ASSERT_EQ(bare.status, 400) << bare.body;
  EXPECT_EQ(proposed(c).size(), 1u) << "nothing changed";
  auto dismissed = operations.send_json("POST", "/api/v1/breaches/" + id + "/dismiss",
                                        json::object{{"reason", "客户临时扩容测试，已事先报备"}});
  ASSERT_EQ(dismissed.status, 200) << dismissed.body;
  const auto d = dismissed.json().at("breach");
  EXPECT_EQ(d.at("status").as_string(), "closed");
  EXPECT_EQ(d.at("consequence").as_string(), "none");
  EXPECT_EQ(d.at("dismissed_reason").as_string(), "客户临时扩容测试，已事先报备");
  auto twice = operations.send_json("POST", "/api/v1/breaches/" + id + "/dismiss", json::object{{"reason", "x"}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  // A dismissed episode is not proposed again.
  detect();
  EXPECT_EQ(all_of(c), 1);
}

// Reviewers confirming and dismissing one proposal at the same moment: one review wins, the others
// are refused with 409, and the audit log holds one review.
TEST_P(Overuse, R9_OfReviewersConfirmingAndDismissingOneProposalAtOnceOneWins) {
  const auto c = contract(json::array{power_line(2)});
  const auto m = meter(c, "power");
  const auto t0 = first_slot_of(20);
  json::array readings;
  std::int64_t wh = 500'000;
  for (int k = 0; k <= 16; ++k) {
    readings.push_back(json::object{{"t", iso(t0 + k * 300)}, {"wh", wh}});
    wh += 3'000 / 12;  // 3 kW for five minutes
  }
  write(m, readings);
  detect();
  auto list = proposed(c);
  ASSERT_EQ(list.size(), 1u);
  const auto path = "/api/v1/breaches/" + std::to_string(list[0].at("id").as_int64());
  std::atomic<int> ok{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; ++i)
    threads.emplace_back([&, i] {
      auto operations = as("operations");
      auto r = i % 2 ? operations.send_json("POST", path + "/dismiss", json::object{{"reason", "测量误差"}})
                     : operations.request("POST", path + "/confirm");
      if (r.status == 200)
        ++ok;
      else if (r.status == 409)
        ++conflicts;
      else
        ++other;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(conflicts.load(), 5);
  EXPECT_EQ(other.load(), 0);
  auto audit = as("admin").get("/api/v1/audit?object_type=breach&object_id=" + path.substr(path.rfind('/') + 1));
  ASSERT_EQ(audit.status, 200) << audit.body;
  const auto reviews = [&](const std::string& action) {
    std::size_t n = 0;
    for (auto at = audit.body.find(action); at != std::string::npos; at = audit.body.find(action, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(reviews("\"action\":\"confirm\"") + reviews("\"action\":\"dismiss\""), 1u) << audit.body;
}

// A run reads at least the lookback (48 hours); after the servers were down longer, it reads from
// where the last complete run stopped, so an episode in between is still proposed.
TEST_P(Overuse, R9_ARunAfterALongPauseReadsFromWhereTheLastRunStopped) {
  const auto c = contract(
      json::array{json::object{{"catalogue_item", "BW-COMMIT-MBPS"}, {"quantity", 1}, {"included_quantity", 100}}});
  const auto m = meter(c, "bandwidth");
  // 70 minutes above the commit, ending 60 hours ago.
  const auto t0 = first_slot_of(14) - 60 * 3600 + 3600;
  json::array samples;
  for (int i = 0; i < 14; ++i)
    samples.push_back(json::object{{"t", iso(t0 + i * 300)}, {"in_bps", 200'000'000}, {"out_bps", 1}});
  write(m, samples);
  detect();
  EXPECT_EQ(all_of(c), 0) << "beyond the lookback of a run that follows a recent one";

  // The last complete run stopped three days ago.
  auto db = db::Database::open(server().db_url());
  ASSERT_TRUE(db.ok()) << db.error().message;
  {
    auto tx = db::Tx::begin(**db, db::Access::write);
    ASSERT_TRUE(tx.ok());
    const auto three_days_ago = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now() - std::chrono::hours(72));
    ASSERT_TRUE(tx->exec("UPDATE overuse_runs SET covered_to = $1 WHERE name = 'overuse-detect'",
                         {format_instant(three_days_ago)})
                    .ok());
    ASSERT_TRUE(tx->commit().ok());
  }
  detect();
  auto list = proposed(c);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0].at("overuse").at("minutes").as_int64(), 70);
  EXPECT_EQ(list[0].at("overuse").at("from").as_string(), iso(t0));
}

// A contract that states no kW and no commit has no limit: nothing is proposed however high.
TEST_P(Overuse, R9_AContractWithoutLimitsIsNeverProposed) {
  const auto c = contract(json::array{rack_space_line()});
  const auto m = meter(c, "bandwidth");
  const auto t0 = first_slot_of(24);
  json::array samples;
  for (int i = 0; i < 24; ++i)
    samples.push_back(json::object{{"t", iso(t0 + i * 300)}, {"in_bps", 9'000'000'000}, {"out_bps", 1}});
  write(m, samples);
  detect();
  EXPECT_EQ(all_of(c), 0);
}

COLO_INSTANTIATE_API_TEST(Overuse);

}  // namespace
}  // namespace colo::testing
