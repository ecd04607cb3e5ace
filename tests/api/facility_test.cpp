// Facility access through the real server on SQLite and PostgreSQL (R4.2.1): customers keep their
// own authorised people (ID numbers and phones encrypted at rest, opened only for the desk roles
// and audited), visits are approved with a code, the desk checks in and out, refusals are logged,
// the entry log is kept for its retention, and two desks checking in one visit at once: one wins.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>
#include <thread>

#include "support/server_process.hpp"

namespace colo::testing {
namespace {

namespace json = boost::json;

std::string utc_text(std::chrono::system_clock::time_point t, const char* format) {
  std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string instant_in(std::chrono::minutes from_now) {
  return utc_text(std::chrono::system_clock::now() + from_now, "%Y-%m-%dT%H:%M:%SZ");
}

std::string date_in(int days) {
  return utc_text(std::chrono::system_clock::now() + std::chrono::days(days), "%Y-%m-%d");
}

class Facility : public ApiTest {
 protected:
  std::string sql_query(const std::string& sql) {
    bool sqlite = GetParam() == Backend::sqlite;
    std::string cmd = sqlite ? "sqlite3 " + server().db_url().substr(9) + " \"" + sql + "\""
                             : "psql -qAt '" + server().db_url() + "' -c \"" + sql + "\"";
    std::string out;
    if (FILE* p = ::popen(cmd.c_str(), "r")) {
      char buf[512];
      while (std::fgets(buf, sizeof buf, p)) out += buf;
      ::pclose(p);
    }
    return out;
  }
  std::int64_t customer_of(const std::string& user) {
    return as(user).get("/api/v1/auth/me").json().at("user").at("customer_id").as_int64();
  }
  // The racks a customer occupies, as it sees them.
  std::vector<std::pair<std::int64_t, std::int64_t>> racks_of(const std::string& user) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    auto list = as(user).get("/api/v1/dcim/racks?limit=100").json();
    for (const auto& r : list.at("results").as_array())
      out.emplace_back(r.at("id").as_int64(), r.at("room").at("id").as_int64());
    return out;
  }
  // A person of acme's list reaching `rack`, approved by business; its id.
  std::int64_t approved_person(const std::string& name, const std::string& id_number, std::int64_t rack) {
    auto r = as("acme.admin")
                 .send_json("POST", "/api/v1/facility/people",
                            json::object{{"name", name},
                                         {"id_type", "resident_id"},
                                         {"id_number", id_number},
                                         {"phone", "13900139000"},
                                         {"company", "Acme"},
                                         {"racks", json::array{rack}},
                                         {"valid_from", date_in(-1)},
                                         {"valid_to", date_in(300)}});
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = r.json().at("id").as_int64();
    auto d = as("business")
                 .send_json("POST", "/api/v1/facility/people/" + std::to_string(id) + "/decision",
                            json::object{{"approve", true}});
    EXPECT_EQ(d.status, 200) << d.body;
    return id;
  }
  // An approved visit of the person to the rack's room; its code.
  std::string approved_visit(std::int64_t person, std::int64_t rack, std::chrono::minutes start,
                             std::chrono::minutes end) {
    auto r = as("acme.user")
                 .send_json("POST", "/api/v1/facility/visits",
                            json::object{{"person_id", person},
                                         {"starts_at", instant_in(start)},
                                         {"ends_at", instant_in(end)},
                                         {"racks", json::array{rack}},
                                         {"purpose", "Replace a disk"},
                                         {"carried", "1 SSD, screwdriver"}});
    EXPECT_EQ(r.status, 201) << r.body;
    auto id = std::to_string(r.json().at("id").as_int64());
    auto d = as("operations")
                 .send_json("POST", "/api/v1/facility/visits/" + id + "/decision", json::object{{"approve", true}});
    EXPECT_EQ(d.status, 200) << d.body;
    return std::string(d.json().at("code").as_string());
  }
};

TEST_P(Facility, R4_2_1_IdNumbersAreEncryptedAtRestMaskedInAnswersAndRevealedOnlyToTheDeskAudited) {
  auto racks = racks_of("acme.admin");
  ASSERT_FALSE(racks.empty());
  const std::string number = "110101199003077788";
  auto id = approved_person("Wang Wei", number, racks[0].first);
  auto path = "/api/v1/facility/people/" + std::to_string(id);

  auto table = sql_query("SELECT * FROM facility_people WHERE id = " + std::to_string(id));
  ASSERT_NE(table.find("Wang Wei"), std::string::npos) << table;
  EXPECT_EQ(table.find(number), std::string::npos) << table;
  EXPECT_EQ(table.find("13900139000"), std::string::npos) << table;

  auto shown = as("acme.admin").get(path);
  ASSERT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(shown.json().at("id_number_masked"), "**************7788");
  EXPECT_EQ(shown.body.find(number), std::string::npos);
  for (const char* user : {"acme.admin", "business", "auditor", "finance"})
    EXPECT_EQ(as(user).get(path + "/identity").status, 403) << user;
  auto revealed = as("security").get(path + "/identity");
  ASSERT_EQ(revealed.status, 200) << revealed.body;
  EXPECT_EQ(std::string(revealed.json().at("id_number").as_string()), number);
  EXPECT_EQ(revealed.json().at("phone"), "13900139000");
  auto log = as("auditor").get("/api/v1/audit?limit=20").body;
  EXPECT_NE(log.find("read_sensitive"), std::string::npos);
  EXPECT_EQ(log.find(number), std::string::npos);
}

TEST_P(Facility, CustomersNeitherSeeNorUseAnotherCustomersPeopleVisitsOrRacks) {
  auto acme_racks = racks_of("acme.admin");
  auto zenith_racks = racks_of("zenith.admin");
  ASSERT_FALSE(acme_racks.empty());
  ASSERT_FALSE(zenith_racks.empty());
  std::set<std::int64_t> acme_ids;
  for (auto [rack, room] : acme_racks) acme_ids.insert(rack);
  std::int64_t foreign_rack = 0;
  for (auto [rack, room] : zenith_racks)
    if (!acme_ids.count(rack)) foreign_rack = rack;
  ASSERT_NE(foreign_rack, 0);

  auto person = approved_person("Li Na", "310101198501012222", acme_racks[0].first);
  auto code = approved_visit(person, acme_racks[0].first, std::chrono::minutes(60 * 24 * 30),
                             std::chrono::minutes(60 * 24 * 30 + 60));
  auto zenith = as("zenith.admin");
  EXPECT_EQ(zenith.get("/api/v1/facility/people/" + std::to_string(person)).status, 404);
  for (const auto& list : {zenith.get("/api/v1/facility/people?limit=1000").json(),
                           zenith.get("/api/v1/facility/visits?limit=1000").json()})
    for (const auto& row : list.at("results").as_array())
      EXPECT_EQ(row.at("customer_id").as_int64(), customer_of("zenith.admin"));
  // Zenith cannot request a visit for Acme's person.
  auto r = zenith.send_json("POST", "/api/v1/facility/visits",
                            json::object{{"person_id", person},
                                         {"starts_at", instant_in(std::chrono::minutes(60))},
                                         {"ends_at", instant_in(std::chrono::minutes(120))},
                                         {"racks", json::array{acme_racks[0].first}},
                                         {"purpose", "x"}});
  EXPECT_EQ(r.status, 400) << r.body;
  // Acme cannot name Zenith's rack, neither for a person nor for a visit; nothing is written.
  auto before = as("admin").get("/api/v1/facility/visits?limit=1").json().at("count").as_int64();
  r = as("acme.admin")
          .send_json("POST", "/api/v1/facility/visits",
                     json::object{{"person_id", person},
                                  {"starts_at", instant_in(std::chrono::minutes(60 * 24 * 40))},
                                  {"ends_at", instant_in(std::chrono::minutes(60 * 24 * 40 + 60))},
                                  {"racks", json::array{foreign_rack}},
                                  {"purpose", "x"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.rack.not_customers");
  EXPECT_EQ(as("admin").get("/api/v1/facility/visits?limit=1").json().at("count").as_int64(), before);
  r = as("acme.admin")
          .send_json("POST", "/api/v1/facility/people",
                     json::object{{"name", "Zhao"},
                                  {"id_type", "passport"},
                                  {"id_number", "E12345678"},
                                  {"phone", "13800000000"},
                                  {"racks", json::array{foreign_rack}},
                                  {"valid_from", date_in(0)},
                                  {"valid_to", date_in(10)}});
  EXPECT_EQ(r.status, 422) << r.body;
  // Customers cannot approve, look codes up or check in.
  EXPECT_EQ(as("acme.admin")
                .send_json("POST", "/api/v1/facility/people/" + std::to_string(person) + "/decision",
                           json::object{{"approve", true}})
                .status,
            403);
  EXPECT_EQ(as("acme.admin").get("/api/v1/facility/desk/" + code).status, 403);
}

TEST_P(Facility, R4_2_1_TheDeskChecksInAndOutAndRefusalsAreLoggedWithTheirReason) {
  auto racks = racks_of("acme.admin");
  ASSERT_FALSE(racks.empty());
  auto [rack, room] = racks[0];
  auto person = approved_person("Chen Jie", "440101199212123333", rack);
  auto ops = as("operations");

  // A visit tomorrow: outside its window now.
  auto later = approved_visit(person, rack, std::chrono::minutes(60 * 24), std::chrono::minutes(60 * 24 + 120));
  auto r = ops.send_json("POST", "/api/v1/facility/desk/check-in",
                         json::object{{"code", later}, {"room_id", room}, {"escort", "Guard Liu"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.check_in.outside_window");

  // Overlapping the approved one for the same person: refused, nothing added.
  r = as("acme.user")
          .send_json("POST", "/api/v1/facility/visits",
                     json::object{{"person_id", person},
                                  {"starts_at", instant_in(std::chrono::minutes(60 * 24 + 60))},
                                  {"ends_at", instant_in(std::chrono::minutes(60 * 24 + 180))},
                                  {"racks", json::array{rack}},
                                  {"purpose", "again"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.visit.overlap");

  auto now = approved_visit(person, rack, std::chrono::minutes(-30), std::chrono::minutes(120));
  // Lower case and a dash, as typed at the desk.
  auto typed = now.substr(0, 5) + "-" + now.substr(5);
  for (auto& ch : typed) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  // Another room than the one granted: refused.
  r = ops.send_json("POST", "/api/v1/facility/desk/check-in",
                    json::object{{"code", typed}, {"room_id", room + 100000}, {"escort", "Guard Liu"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.check_in.room_not_granted");
  // Check-out before check-in: a conflict, the visit unchanged.
  r = ops.send_json("POST", "/api/v1/facility/desk/check-out", json::object{{"code", now}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.visit.not_checked_in");

  r = ops.send_json("POST", "/api/v1/facility/desk/check-in",
                    json::object{{"code", typed}, {"room_id", room}, {"escort", "Guard Liu"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("visit").at("status"), "checked_in");
  EXPECT_EQ(r.json().at("visit").at("escort"), "Guard Liu");
  EXPECT_EQ(r.json().at("person").at("name"), "Chen Jie");
  r = ops.send_json("POST", "/api/v1/facility/desk/check-in",
                    json::object{{"code", now}, {"room_id", room}, {"escort", "Guard Liu"}});
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.visit.already_checked_in");
  r = ops.send_json("POST", "/api/v1/facility/desk/check-out", json::object{{"code", now}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json().at("visit").at("status"), "checked_out");

  // The log of the room: the entry, the exit and both refusals, with their reasons; auditors
  // filter it by room and event.
  auto log =
      as("auditor").get("/api/v1/facility/entries?limit=100&customer=" + std::to_string(customer_of("acme.admin")));
  ASSERT_EQ(log.status, 200) << log.body;
  std::multiset<std::string> seen;
  auto log_json = log.json();
  for (const auto& e : log_json.at("results").as_array())
    if (e.at("person_name") == "Chen Jie")
      seen.insert(std::string(e.at("event").as_string()) + ":" +
                  (e.at("reason").is_null() ? "" : std::string(e.at("reason").as_string())));
  EXPECT_EQ(seen, (std::multiset<std::string>{"refused:outside_window", "refused:room_not_granted",
                                              "check_in:", "check_out:"}));
  auto refused =
      as("auditor").get("/api/v1/facility/entries?limit=100&event=refused&room=" + std::to_string(room + 100000));
  EXPECT_GE(refused.json().at("count").as_int64(), 1);
  auto refused_json = refused.json();
  for (const auto& e : refused_json.at("results").as_array()) EXPECT_EQ(e.at("event"), "refused");
  EXPECT_EQ(as("acme.admin").get("/api/v1/facility/entries").status, 403);
}

TEST_P(Facility, AnExpiredOrUnapprovedPersonIsRefusedAtTheDoor) {
  auto racks = racks_of("acme.admin");
  ASSERT_FALSE(racks.empty());
  auto [rack, room] = racks[0];
  // Not yet approved: a visit cannot be approved for them.
  auto r = as("acme.admin")
               .send_json("POST", "/api/v1/facility/people",
                          json::object{{"name", "Sun Qi"},
                                       {"id_type", "resident_id"},
                                       {"id_number", "120101199101014444"},
                                       {"phone", "13700137000"},
                                       {"racks", json::array{rack}},
                                       {"valid_from", date_in(-1)},
                                       {"valid_to", date_in(5)}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json().at("status"), "pending");
  auto pending = r.json().at("id").as_int64();
  r = as("acme.user")
          .send_json("POST", "/api/v1/facility/visits",
                     json::object{{"person_id", pending},
                                  {"starts_at", instant_in(std::chrono::minutes(-10))},
                                  {"ends_at", instant_in(std::chrono::minutes(60))},
                                  {"racks", json::array{rack}},
                                  {"purpose", "cabling"}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto visit = std::to_string(r.json().at("id").as_int64());
  r = as("business")
          .send_json("POST", "/api/v1/facility/visits/" + visit + "/decision", json::object{{"approve", true}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.visit.person_not_approved");
  // A validity already over is refused when added.
  r = as("acme.admin")
          .send_json("POST", "/api/v1/facility/people",
                     json::object{{"name", "Old Pass"},
                                  {"id_type", "resident_id"},
                                  {"id_number", "120101199101015555"},
                                  {"phone", "13700137001"},
                                  {"racks", json::array{rack}},
                                  {"valid_from", date_in(-30)},
                                  {"valid_to", date_in(-1)}});
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("facility.person.already_expired"), std::string::npos);
}

TEST_P(Facility, TwoDesksCheckingInOneVisitAtOnceOneWins) {
  auto racks = racks_of("acme.admin");
  ASSERT_FALSE(racks.empty());
  auto [rack, room] = racks[0];
  auto person = approved_person("Race Runner", "330101199505056666", rack);
  auto code = approved_visit(person, rack, std::chrono::minutes(-5), std::chrono::minutes(60));
  constexpr int kDesks = 6;
  std::vector<HttpClient> desks;
  for (int i = 0; i < kDesks; ++i) desks.push_back(as(i % 2 ? "operations" : "security"));
  std::vector<int> status(kDesks);
  std::vector<std::string> codes(kDesks);
  std::vector<std::thread> threads;
  for (int i = 0; i < kDesks; ++i)
    threads.emplace_back([&, i] {
      auto r =
          desks[i].send_json("POST", "/api/v1/facility/desk/check-in",
                             json::object{{"code", code}, {"room_id", room}, {"escort", "Desk " + std::to_string(i)}});
      status[i] = r.status;
      if (r.status != 200) codes[i] = std::string(r.json().at("code").as_string());
    });
  for (auto& t : threads) t.join();
  int won = 0;
  for (int i = 0; i < kDesks; ++i) {
    if (status[i] == 200) {
      ++won;
    } else {
      EXPECT_EQ(status[i], 409);
      EXPECT_EQ(codes[i], "facility.visit.already_checked_in");
    }
  }
  EXPECT_EQ(won, 1);
  auto entries =
      as("auditor").get("/api/v1/facility/entries?event=check_in&room=" + std::to_string(room) + "&limit=1000");
  int mine = 0;
  auto entries_json = entries.json();
  for (const auto& e : entries_json.at("results").as_array()) mine += e.at("person_name") == "Race Runner";
  EXPECT_EQ(mine, 1);
}

TEST_P(Facility, TheEntryLogIsKeptForItsRetentionAndThenDeletedByTheDailyJob) {
  auto racks = racks_of("acme.admin");
  ASSERT_FALSE(racks.empty());
  auto [rack, room] = racks[0];
  auto person = approved_person("Keep Me", "210101199707077777", rack);
  auto code = approved_visit(person, rack, std::chrono::minutes(-5), std::chrono::minutes(60));
  ASSERT_EQ(as("operations")
                .send_json("POST", "/api/v1/facility/desk/check-in",
                           json::object{{"code", code}, {"room_id", room}, {"escort", "Guard"}})
                .status,
            200);
  auto count = [&] { return sql_query("SELECT COUNT(*) FROM facility_entry_log WHERE person_name = 'Keep Me'"); };
  ASSERT_EQ(count(), "1\n");
  // 399 days on, the default 400-day retention still keeps today's entry.
  auto [rc, out] = server().run_cli({"jobs", "run", "facility-entry-log", "--date", date_in(399)});
  ASSERT_EQ(rc, 0) << out;
  EXPECT_EQ(count(), "1\n");
  std::tie(rc, out) = server().run_cli({"jobs", "run", "facility-entry-log", "--date", date_in(402)});
  ASSERT_EQ(rc, 0) << out;
  EXPECT_EQ(count(), "0\n");
}

TEST_P(Facility, EquipmentSlipsMoveOnlyTheCustomersDevicesAndChangeTheLedgerOnCompletion) {
  auto admin = as("admin");
  auto device_of = [&](std::int64_t customer) {
    auto list = admin.get("/api/v1/dcim/devices?limit=1&customer=" + std::to_string(customer)).json();
    return list.at("results").as_array().at(0).at("id").as_int64();
  };
  auto mine = device_of(customer_of("acme.admin"));
  auto theirs = device_of(customer_of("zenith.admin"));
  auto acme = as("acme.admin");
  auto slip = [&](const char* direction, std::int64_t device) {
    return json::object{{"direction", direction},
                        {"planned_on", date_in(1)},
                        {"note", "rack move"},
                        {"items", json::array{json::object{{"device_id", device}},
                                              json::object{{"serial", "SN-NEW-0001"}, {"description", "1U server"}}}}};
  };
  auto before = admin.get("/api/v1/facility/slips?limit=1").json().at("count").as_int64();
  auto r = acme.send_json("POST", "/api/v1/facility/slips", slip("out", theirs));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.json().at("code"), "facility.slip.foreign_device");
  EXPECT_EQ(admin.get("/api/v1/facility/slips?limit=1").json().at("count").as_int64(), before);
  EXPECT_EQ(as("zenith.admin").get("/api/v1/facility/slips?limit=1000").json().at("count").as_int64(), 0);

  for (const char* direction : {"in", "out"}) {
    r = acme.send_json("POST", "/api/v1/facility/slips", slip(direction, mine));
    ASSERT_EQ(r.status, 201) << r.body;
    auto path = "/api/v1/facility/slips/" + std::to_string(r.json().at("id").as_int64());
    EXPECT_EQ(as("zenith.admin").get(path).status, 404);
    // Not before approval; not by the customer.
    EXPECT_EQ(as("operations").request("POST", path + "/complete").status, 409);
    EXPECT_EQ(acme.send_json("POST", path + "/decision", json::object{{"approve", true}}).status, 403);
    r = as("business").send_json("POST", path + "/decision", json::object{{"approve", true}});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json().at("needs_release"), false);
    EXPECT_EQ(acme.request("POST", path + "/complete").status, 403);
    r = as("operations").request("POST", path + "/complete");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json().at("status"), "completed");
    auto device = admin.get("/api/v1/dcim/devices/" + std::to_string(mine)).json();
    EXPECT_EQ(device.at("status"), std::string(direction) == "in" ? "installed" : "decommissioned");
    EXPECT_EQ(as("operations").request("POST", path + "/complete").status, 409);
  }
}

}  // namespace

COLO_INSTANTIATE_API_TEST(Facility);

}  // namespace colo::testing
