// Usage through real HTTP on SQLite and PostgreSQL: meters and tenancy (a customer reads only its
// own meters and data and writes nothing), bad samples refused whole, the idempotent upsert,
// counters with a wrap, the CSV import, and the 95th percentile the API answers equals the pure
// function's over the same samples.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <random>
#include <thread>

#include "api/hosting_support.hpp"
#include "support/server_process.hpp"
#include "usage/rules.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;
using namespace hosting;

const BusinessCalendar& shanghai() {
  static const auto cal = BusinessCalendar::in_zone("Asia/Shanghai").value();
  return cal;
}

// The first instant of a business day, as epoch seconds.
std::int64_t day_start(const std::string& date) { return usage::epoch_seconds(shanghai().start_of(*parse_date(date))); }

std::string iso(std::int64_t s) { return format_instant(usage::from_epoch_seconds(s)); }

class Usage : public ApiTest {
 protected:
  std::int64_t customer(const std::string& user) { return customer_of(as(user)); }

  // A draft contract of acme (enough to hang meters on).
  std::int64_t acme_contract() {
    auto admin = as("admin");
    auto room = make_room(admin, 1);
    auto app = approved(server(), room.room);
    auto r = as("business").send_json("POST", "/api/v1/contracts", contract_body(app));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("id").as_int64();
  }

  std::int64_t meter(std::int64_t customer_id, std::optional<std::int64_t> contract, const std::string& kind,
                     std::optional<std::int64_t> speed = std::nullopt) {
    json::object body{{"customer_id", customer_id}, {"kind", kind}, {"name", unique("CORE-SW-01 Gi0/")}};
    if (contract) body["contract_id"] = *contract;
    if (speed) body["speed_mbps"] = *speed;
    auto r = as("operations").send_json("POST", "/api/v1/usage/meters", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().at("id").as_int64();
  }

  HttpResponse write(std::int64_t meter_id, json::array samples, std::optional<int> width = std::nullopt) {
    json::object body{{"samples", std::move(samples)}};
    if (width) body["counter_width"] = *width;
    return as("operations").send_json("POST", "/api/v1/usage/meters/" + std::to_string(meter_id) + "/samples", body);
  }

  static json::object rate(std::int64_t t, std::int64_t in, std::int64_t out) {
    return json::object{{"t", iso(t)}, {"in_bps", in}, {"out_bps", out}};
  }

  std::int64_t points(std::int64_t meter_id, std::int64_t from, std::int64_t to) {
    auto r = as("admin").get("/api/v1/usage/meters/" + std::to_string(meter_id) + "/series?step=5m&from=" + iso(from) +
                             "&to=" + iso(to));
    EXPECT_EQ(r.status, 200) << r.body;
    return static_cast<std::int64_t>(r.json().at("points").as_array().size());
  }
};

TEST_P(Usage, CustomersReadOnlyTheirOwnMetersAndWriteNothing) {
  const auto acme = customer("acme.user"), zenith = customer("zenith.admin");
  const auto contract = acme_contract();
  const auto id = meter(acme, contract, "bandwidth", 1000);
  const std::string path = "/api/v1/usage/meters/" + std::to_string(id);
  const auto t = day_start(day(-3));
  ASSERT_EQ(write(id, json::array{rate(t, 1000, 2000)}).status, 200);

  auto own = as("acme.user");
  EXPECT_EQ(own.get(path).status, 200);
  EXPECT_EQ(own.get(path + "/series").status, 200);
  EXPECT_EQ(own.get("/api/v1/usage/contracts/" + std::to_string(contract) + "/summary").status, 200);
  auto listed = own.get("/api/v1/usage/meters?limit=1000");
  ASSERT_EQ(listed.status, 200);
  bool found = false;
  const auto listed_json = listed.json();
  for (const auto& m : listed_json.at("results").as_array()) {
    EXPECT_EQ(m.at("customer").at("id").as_int64(), acme);
    found |= m.at("id").as_int64() == id;
  }
  EXPECT_TRUE(found);
  // Read-only for the owner: no writes of samples, meters or imports.
  EXPECT_EQ(
      own.send_json("POST", path + "/samples", json::object{{"samples", json::array{rate(t + 300, 1, 1)}}}).status,
      403);
  EXPECT_EQ(own.send_json("PATCH", path, json::object{{"note", "x"}}).status, 403);
  EXPECT_EQ(
      own.request("POST", "/api/v1/usage/import", "meter,timestamp,in_bps,out_bps\n", {{"Content-Type", "text/csv"}})
          .status,
      403);

  // Another customer sees none of it.
  auto other = as("zenith.admin");
  EXPECT_EQ(other.get(path).status, 404);
  EXPECT_EQ(other.get(path + "/series").status, 404);
  EXPECT_EQ(other.get("/api/v1/usage/contracts/" + std::to_string(contract) + "/summary").status, 404);
  auto theirs = other.get("/api/v1/usage/meters?limit=1000");
  ASSERT_EQ(theirs.status, 200);
  const auto theirs_json = theirs.json();
  for (const auto& m : theirs_json.at("results").as_array()) EXPECT_EQ(m.at("customer").at("id").as_int64(), zenith);
  EXPECT_EQ(points(id, t, t + 600), 1);

  // A meter cannot hang on another customer's contract.
  auto wrong =
      as("operations")
          .send_json(
              "POST", "/api/v1/usage/meters",
              json::object{
                  {"customer_id", zenith}, {"contract_id", contract}, {"kind", "power"}, {"name", unique("PDU")}});
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_EQ(wrong.json().at("code").as_string(), "usage.meter.contract_of_other_customer");
}

TEST_P(Usage, MeterInputIsChecked) {
  const auto acme = customer("acme.user");
  auto ops = as("operations");
  const auto name = unique("PDU-A");
  ASSERT_EQ(ops.send_json("POST", "/api/v1/usage/meters",
                          json::object{{"customer_id", acme}, {"kind", "power"}, {"name", name}})
                .status,
            201);
  auto again = ops.send_json("POST", "/api/v1/usage/meters",
                             json::object{{"customer_id", acme}, {"kind", "power"}, {"name", name}});
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("code").as_string(), "usage.meter.name_taken");
  auto speed =
      ops.send_json("POST", "/api/v1/usage/meters",
                    json::object{{"customer_id", acme}, {"kind", "power"}, {"name", unique("P")}, {"speed_mbps", 10}});
  EXPECT_EQ(speed.status, 400) << speed.body;
  auto kind = ops.send_json("POST", "/api/v1/usage/meters",
                            json::object{{"customer_id", acme}, {"kind", "water"}, {"name", unique("W")}});
  EXPECT_EQ(kind.status, 400);
  auto nobody = ops.send_json("POST", "/api/v1/usage/meters",
                              json::object{{"customer_id", 99999999}, {"kind", "power"}, {"name", unique("N")}});
  EXPECT_EQ(nobody.status, 422);
  EXPECT_EQ(nobody.json().at("code").as_string(), "usage.meter.unknown_customer");
  // The kind of a meter stays; a retired meter takes no samples.
  const auto port = meter(acme, std::nullopt, "bandwidth");
  const std::string path = "/api/v1/usage/meters/" + std::to_string(port);
  EXPECT_EQ(ops.send_json("PATCH", path, json::object{{"kind", "power"}}).status, 400);
  auto retired = ops.send_json("PATCH", path, json::object{{"status", "retired"}, {"speed_mbps", 100}});
  ASSERT_EQ(retired.status, 200) << retired.body;
  EXPECT_EQ(retired.json().at("speed_mbps").as_int64(), 100);
  auto late = write(port, json::array{rate(day_start(day(-1)), 1, 1)});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(late.json().at("code").as_string(), "usage.meter.retired");
  // DELETE retires too; the meter stays readable.
  const auto other = meter(acme, std::nullopt, "power");
  EXPECT_EQ(ops.request("DELETE", "/api/v1/usage/meters/" + std::to_string(other)).status, 204);
  auto kept = ops.get("/api/v1/usage/meters/" + std::to_string(other));
  ASSERT_EQ(kept.status, 200);
  EXPECT_EQ(kept.json().at("status").as_string(), "retired");
  EXPECT_EQ(as("acme.admin").request("DELETE", "/api/v1/usage/meters/" + std::to_string(other)).status, 403);
  // Business cannot keep meters.
  EXPECT_EQ(as("business")
                .send_json("POST", "/api/v1/usage/meters",
                           json::object{{"customer_id", acme}, {"kind", "power"}, {"name", unique("B")}})
                .status,
            403);
}

TEST_P(Usage, BadSamplesAreRefusedWholeAndNothingIsWritten) {
  const auto id = meter(customer("acme.user"), std::nullopt, "bandwidth");
  const auto t = day_start(day(-2));
  auto r =
      write(id, json::array{rate(t, 100, 100), rate(t + 60, 100, 100), rate(t + 600, -5, 100),
                            rate(usage::epoch_seconds(SystemClock().now()) / 300 * 300 + 3600, 1, 1), rate(t, 7, 7)});
  ASSERT_EQ(r.status, 422) << r.body;
  auto body = r.json().as_object();
  EXPECT_EQ(body.at("code").as_string(), "usage.samples.invalid");
  std::map<std::string, std::string> errors;
  for (const auto& e : body.at("errors").as_array())
    errors[std::string(e.at("field").as_string())] = std::string(e.at("code").as_string());
  EXPECT_EQ(errors["samples/1/t"], "usage.sample.not_aligned");
  EXPECT_EQ(errors["samples/2/in_bps"], "usage.sample.negative");
  EXPECT_EQ(errors["samples/3/t"], "usage.sample.in_future");
  EXPECT_EQ(errors["samples/4/t"], "usage.sample.duplicate");
  EXPECT_FALSE(errors.count("samples/0/t"));
  EXPECT_EQ(points(id, t, t + 3600), 0);

  // Too many in one request, rates and readings mixed, a reading for a port: all refused.
  json::array many;
  for (int i = 0; i < 10001; ++i) many.push_back(rate(t - 300 * (i + 1), 1, 1));
  EXPECT_EQ(write(id, many).status, 400);
  EXPECT_EQ(
      write(id, json::array{rate(t, 1, 1), json::object{{"t", iso(t + 300)}, {"in_octets", 1}, {"out_octets", 1}}})
          .status,
      400);
  auto wrong = write(id, json::array{json::object{{"t", iso(t)}, {"wh", 5}}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(points(id, t - 86400, t + 3600), 0);
}

TEST_P(Usage, TheSameSamplesTwiceChangeNothingAndADifferentValueReplaces) {
  const auto id = meter(customer("acme.user"), std::nullopt, "bandwidth", 1000);
  const auto t = day_start(day(-4));
  json::array batch;
  for (int i = 0; i < 12; ++i) batch.push_back(rate(t + 300 * i, 1'000'000 * (i + 1), 500'000));
  auto first = write(id, batch);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json().at("inserted").as_int64(), 12);
  auto audited = [&] {
    return as("admin")
        .get("/api/v1/audit?limit=1&object_type=usage.meter&object_id=" + std::to_string(id))
        .json()
        .at("count")
        .as_int64();
  };
  const auto entries = audited();
  auto second = write(id, batch);
  ASSERT_EQ(second.status, 200);
  EXPECT_EQ(audited(), entries);  // nothing changed, nothing to audit
  EXPECT_EQ(second.json().at("inserted").as_int64(), 0);
  EXPECT_EQ(second.json().at("unchanged").as_int64(), 12);
  EXPECT_EQ(second.json().at("replaced").as_int64(), 0);
  // One new value and one above the 1 Gbit/s port: replaced and clamped.
  auto third = write(id, json::array{rate(t, 42, 42), rate(t + 300, 2'000'000'000, 1)});
  ASSERT_EQ(third.status, 200);
  EXPECT_EQ(third.json().at("replaced").as_int64(), 2);
  EXPECT_EQ(third.json().at("clamped").as_int64(), 1);
  auto s = as("admin").get("/api/v1/usage/meters/" + std::to_string(id) + "/series?step=5m&from=" + iso(t) +
                           "&to=" + iso(t + 3600));
  ASSERT_EQ(s.status, 200);
  const auto sj = s.json();
  const auto& pts = sj.at("points").as_array();
  ASSERT_EQ(pts.size(), 12u);
  EXPECT_EQ(pts[0].at("in_avg").as_int64(), 42);
  EXPECT_EQ(pts[1].at("in_max").as_int64(), 1'000'000'000);
  EXPECT_EQ(pts[1].at("clamped").as_int64(), 1);
  EXPECT_EQ(pts[0].at("clamped").as_int64(), 0);
  EXPECT_EQ(pts[11].at("in_avg").as_int64(), 12'000'000);
  // Hourly: one bucket with min, max and average of the twelve.
  auto h = as("admin").get("/api/v1/usage/meters/" + std::to_string(id) + "/series?step=1h&from=" + iso(t) +
                           "&to=" + iso(t + 3600));
  ASSERT_EQ(h.status, 200);
  const auto hj = h.json();
  const auto& hp = hj.at("points").as_array();
  ASSERT_EQ(hp.size(), 1u);
  EXPECT_EQ(hp[0].at("samples").as_int64(), 12);
  EXPECT_EQ(hp[0].at("in_min").as_int64(), 42);
}

TEST_P(Usage, CountersBecomeRatesAcrossAWrapAndAReset) {
  const auto id = meter(customer("acme.user"), std::nullopt, "bandwidth");
  const auto t = day_start(day(-5));
  const std::uint64_t k32 = 1ull << 32;
  auto counters = [&](std::int64_t at, std::uint64_t in, std::uint64_t out) {
    return json::object{{"t", iso(at)}, {"in_octets", in}, {"out_octets", out}};
  };
  // 37,500 octets in 300 s are 1,000 bit/s; the second interval wraps the 32-bit counter.
  auto r = write(id, json::array{counters(t, k32 - 37'500, 0), counters(t + 300, 0, 75'000)}, 32);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("inserted").as_int64(), 1);
  // The next batch continues from the last counters written.
  auto next = write(id, json::array{counters(t + 600, 37'500, 150'000)}, 32);
  ASSERT_EQ(next.status, 200) << next.body;
  EXPECT_EQ(next.json().at("inserted").as_int64(), 1);
  auto s = as("admin").get("/api/v1/usage/meters/" + std::to_string(id) + "/series?step=5m&from=" + iso(t) +
                           "&to=" + iso(t + 3600));
  ASSERT_EQ(s.status, 200);
  const auto sj = s.json();
  const auto& pts = sj.at("points").as_array();
  ASSERT_EQ(pts.size(), 2u);
  EXPECT_EQ(pts[0].at("in_avg").as_int64(), 1000);
  EXPECT_EQ(pts[0].at("out_avg").as_int64(), 2000);
  EXPECT_EQ(pts[1].at("in_avg").as_int64(), 1000);
  // A 32-bit counter cannot hold more than 2^32 - 1.
  auto wide = write(id, json::array{counters(t + 900, k32, 0)}, 32);
  ASSERT_EQ(wide.status, 422) << wide.body;
  EXPECT_EQ(wide.json().at("errors").as_array()[0].at("code").as_string(), "usage.sample.counter_range");
  // A 64-bit counter that goes down was reset: that interval gives no rate.
  const auto id64 = meter(customer("acme.user"), std::nullopt, "bandwidth");
  auto reset = write(id64, json::array{counters(t, 1'000'000, 0), counters(t + 300, 10, 0)});
  ASSERT_EQ(reset.status, 200);
  EXPECT_EQ(reset.json().at("dropped").as_int64(), 1);
  EXPECT_EQ(reset.json().at("inserted").as_int64(), 0);
}

TEST_P(Usage, TheContractsP95EqualsThePureFunctionOverThePortsSummedPerSlot) {
  const auto acme = customer("acme.user");
  const auto contract = acme_contract();
  const auto a = meter(acme, contract, "bandwidth"), b = meter(acme, contract, "bandwidth");
  const auto date = day(-6);
  const auto t0 = day_start(date);
  std::mt19937_64 rng(11);
  std::vector<std::int64_t> in(288, 0), out(288, 0);
  std::vector<bool> present(288, false);
  for (auto id : {a, b}) {
    json::array batch;
    for (int s = 0; s < 288; ++s) {
      if ((s + static_cast<int>(id)) % 17 == 0) continue;  // holes, different per port
      const auto i = static_cast<std::int64_t>(rng() % 900'000'000), o = static_cast<std::int64_t>(rng() % 400'000'000);
      batch.push_back(rate(t0 + 300 * s, i, o));
      in[static_cast<std::size_t>(s)] += i;
      out[static_cast<std::size_t>(s)] += o;
      present[static_cast<std::size_t>(s)] = true;
    }
    ASSERT_EQ(write(id, batch).status, 200);
  }
  std::vector<std::int64_t> pin, pout;
  for (std::size_t s = 0; s < 288; ++s)
    if (present[s]) pin.push_back(in[s]), pout.push_back(out[s]);
  const auto expect = usage::percentiles(pin, pout);

  auto r = as("acme.user")
               .get("/api/v1/usage/contracts/" + std::to_string(contract) + "/summary?from=" + date + "&to=" + date);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto rj = r.json();
  const auto& bw = rj.at("bandwidth");
  EXPECT_EQ(bw.at("p95_in_bps").as_int64(), expect.in);
  EXPECT_EQ(bw.at("p95_out_bps").as_int64(), expect.out);
  EXPECT_EQ(bw.at("p95_max_bps").as_int64(), expect.max);
  EXPECT_EQ(bw.at("p95_sample_max_bps").as_int64(), expect.sample_max);
  EXPECT_EQ(bw.at("p95_sum_bps").as_int64(), expect.sum);
  EXPECT_EQ(bw.at("samples").as_int64(), static_cast<std::int64_t>(pin.size()));
  EXPECT_EQ(bw.at("expected").as_int64(), 288);
  EXPECT_EQ(r.json().at("meters").as_array().size(), 2u);
}

TEST_P(Usage, EnergyCountsAResetFromZero) {
  const auto acme = customer("acme.user");
  const auto contract = acme_contract();
  const auto pdu = meter(acme, contract, "power");
  const auto date = day(-7);
  const auto t0 = day_start(date);
  auto reading = [](std::int64_t t, std::int64_t wh) { return json::object{{"t", iso(t)}, {"wh", wh}}; };
  // The base the day before, then +500, a replaced meter reading 200, then +300.
  auto r = write(pdu, json::array{reading(t0 - 3600, 10'000), reading(t0 + 3600, 10'500), reading(t0 + 7200, 200),
                                  reading(t0 + 10'800, 500), reading(t0 + 86'400 + 60, 900)});
  ASSERT_EQ(r.status, 200) << r.body;
  auto s =
      as("admin").get("/api/v1/usage/contracts/" + std::to_string(contract) + "/summary?from=" + date + "&to=" + date);
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json().at("power").at("energy_wh").as_int64(), 500 + 200 + 300);
  EXPECT_EQ(s.json().at("power").at("samples").as_int64(), 1);
  EXPECT_EQ(s.json().at("power").at("expected").as_int64(), 1);
}

TEST_P(Usage, CsvImportWritesGoodLinesOrNothing) {
  const auto acme = customer("acme.user");
  const auto port = meter(acme, std::nullopt, "bandwidth");
  const auto name = as("admin").get("/api/v1/usage/meters/" + std::to_string(port)).json().at("name").as_string();
  const auto t = day_start(day(-8));
  const std::string csv = "meter,timestamp,in_bps,out_bps\r\n" + std::string(name) + "," + iso(t) + ",100,200\r\n" +
                          std::to_string(port) + "," + iso(t + 300) + ",300,400\r\n" + "no-such-meter," + iso(t) +
                          ",1,1\r\n" + std::string(name) + "," + iso(t + 601) + ",1,1\r\n";
  auto ops = as("operations");
  auto strict = ops.request("POST", "/api/v1/usage/import?all_or_nothing=true", csv, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(strict.status, 422) << strict.body;
  EXPECT_EQ(strict.json().at("code").as_string(), "usage.import.rejected");
  EXPECT_EQ(points(port, t, t + 3600), 0);
  auto loose = ops.request("POST", "/api/v1/usage/import", csv, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(loose.status, 200) << loose.body;
  auto report = loose.json().as_object();
  EXPECT_EQ(report.at("rows").as_int64(), 4);
  EXPECT_EQ(report.at("accepted").as_int64(), 2);
  EXPECT_EQ(report.at("rejected").as_int64(), 2);
  EXPECT_EQ(report.at("rejections").as_array()[0].at("line").as_int64(), 4);
  EXPECT_EQ(report.at("rejections").as_array()[0].at("code").as_string(), "usage.import.unknown_meter");
  EXPECT_EQ(report.at("rejections").as_array()[1].at("code").as_string(), "usage.sample.not_aligned");
  EXPECT_EQ(points(port, t, t + 3600), 2);
  // The same file again: nothing new.
  auto again = ops.request("POST", "/api/v1/usage/import", csv, {{"Content-Type", "text/csv"}});
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json().at("samples").at("unchanged").as_int64(), 2);
  EXPECT_EQ(again.json().at("samples").at("inserted").as_int64(), 0);
  // Not CSV, or without the columns.
  EXPECT_EQ(ops.request("POST", "/api/v1/usage/import", "a,b\n1,2\n", {{"Content-Type", "text/csv"}}).status, 400);
  EXPECT_EQ(ops.request("POST", "/api/v1/usage/import", "{}", {{"Content-Type", "application/json"}}).status, 415);
}

TEST_P(Usage, WritersOfTheSameDayLoseNoSamples) {
  // Each write reads the day's block, merges and writes it back: eight writers at once, each with
  // its own slots of one day, must leave every slot in the block.
  const auto id = meter(customer("acme.user"), std::nullopt, "bandwidth");
  const auto t0 = day_start(day(-9));
  // Signed in one after another (sign-ins are rate limited), writing all at once.
  std::vector<HttpClient> clients;
  for (int w = 0; w < 8; ++w) clients.push_back(as("operations"));
  std::vector<std::thread> writers;
  std::vector<int> statuses(8, 0);
  for (int w = 0; w < 8; ++w)
    writers.emplace_back([&, w] {
      json::array batch;
      for (int s = w; s < 288; s += 8) batch.push_back(rate(t0 + 300 * s, 1000 + s, 2000 + s));
      statuses[static_cast<std::size_t>(w)] =
          clients[static_cast<std::size_t>(w)]
              .send_json("POST", "/api/v1/usage/meters/" + std::to_string(id) + "/samples",
                         json::object{{"samples", std::move(batch)}})
              .status;
    });
  for (auto& t : writers) t.join();
  for (int st : statuses) EXPECT_EQ(st, 200);
  EXPECT_EQ(points(id, t0, t0 + 86400), 288);
}

COLO_INSTANTIATE_API_TEST(Usage);

}  // namespace
}  // namespace colo::testing
