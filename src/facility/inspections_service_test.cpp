// Patrol inspections on both engines (R4.2.2): the rounds job generates each round once (also
// when servers race) and flags missed and late rounds; a wrong QR code, a reading in the wrong
// unit or physically impossible changes nothing; a failed item opens one ticket per round and
// item however often it is recorded; a round is submitted once when two people race; a round
// keeps the route version it was made from; "rounds done on time" counts from the records.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "facility/inspections.hpp"

namespace colo::facility {
namespace {

Context staff(const std::string& name) {
  auto p = std::make_shared<Principal>();
  p->user_id = name == "zhang" ? 1 : 2;
  p->username = name;
  p->roles = {"operations"};
  return Context{p, "req", "test"};
}

Context customer() {
  auto p = std::make_shared<Principal>();
  p->user_id = 9;
  p->username = "tenant";
  p->roles = {"customer_admin"};
  p->customer_id = 7;
  return Context{p, "req", "test"};
}

Instant at(const char* s) { return *parse_instant(s); }

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(32, 'x');

class PatrolTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").take()));
    svc_ = make();
  }
  std::unique_ptr<Patrols> make() {
    PatrolPorts ports;
    ports.open_ticket = [this](db::Tx&, const PatrolTicket& t) -> Result<std::optional<std::string>> {
      tickets_.push_back(t);
      return std::optional<std::string>("TK-2026-" + std::to_string(tickets_.size()));
    };
    return std::make_unique<Patrols>(db(), clock_, ports);
  }
  PatrolTemplateInput route() {
    PatrolTemplateInput in;
    in.name = "A01 机房巡检";
    in.checkpoints = {{"a01",
                       "A01 机房",
                       "room",
                       1,
                       "COLO-CP-A01",
                       {{"temp", "回风温度", "reading", "°C", 18, 27}, {"leak", "无漏水", "check", "", {}, {}}}},
                      {"yard",
                       "发电机场地",
                       "yard",
                       std::nullopt,
                       "COLO-CP-YARD",
                       {{"fuel", "油位", "reading", "%", 60, 100}, {"panel", "控制面板", "photo", "", {}, {}}}}};
    return in;
  }
  PatrolTemplate add_template() {
    auto t = svc_->create_template(staff("zhang"), route());
    EXPECT_TRUE(t.ok()) << t.error().code;
    return *t;
  }
  Round started_round(std::int64_t template_id) {
    auto r = svc_->create_round(staff("zhang"), template_id, 60).take();
    return svc_->start(staff("zhang"), r.id).take();
  }
  CheckpointInput at_a01(double temp, bool leak_ok) {
    return {"COLO-CP-A01", false, {{"temp", {}, temp, "°C", ""}, {"leak", leak_ok, {}, {}, ""}}};
  }
  std::int64_t count(const std::string& sql) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return tx.one(sql).take()->int64(0);
  }
  ManualClock clock_{at("2026-11-26T02:00:00Z")};  // 10:00 in Shanghai
  std::vector<PatrolTicket> tickets_;
  std::unique_ptr<Patrols> svc_;
};

TEST_P(PatrolTest, R4_2_2_TheJobGeneratesEachRoundOnceAndRacingServersDoToo) {
  auto t = add_template();
  // Every 2 hours from today's midnight in Shanghai, 30 minutes' grace.
  auto s = svc_->create_schedule(staff("zhang"), {t.id, "every_hours", 2, "", 0, "2026-11-26", 30});
  ASSERT_TRUE(s.ok()) << s.error().code;
  // The schedule was made at 10:00: rounds from 10:00 to the horizon (24 h): 12 of them.
  std::vector<std::unique_ptr<Patrols>> servers;
  for (int i = 0; i < 4; ++i) servers.push_back(make());
  std::atomic<std::int64_t> generated{0};
  std::vector<std::thread> threads;
  for (auto& server : servers)
    threads.emplace_back([&, p = server.get()] {
      auto r = p->run(clock_.now());
      if (r.ok()) generated += r->generated;  // a busy database is retried by the next run
    });
  for (auto& th : threads) th.join();
  generated += svc_->run(clock_.now()).take().generated;
  EXPECT_EQ(generated.load(), 12);
  EXPECT_EQ(count("SELECT COUNT(*) FROM facility_patrol_rounds"), 12);
  EXPECT_EQ(svc_->run(clock_.now()).take().generated, 0);
  // Two hours later one more round enters the horizon.
  clock_.advance(std::chrono::hours(2));
  EXPECT_EQ(svc_->run(clock_.now()).take().generated, 1);
  // A paused schedule generates nothing more.
  ASSERT_TRUE(svc_->set_schedule_active(staff("zhang"), s->id, false).ok());
  clock_.advance(std::chrono::hours(4));
  EXPECT_EQ(svc_->run(clock_.now()).take().generated, 0);
}

TEST_P(PatrolTest, R4_2_2_RoundsNotStartedOrNotFinishedByTheirDeadlineAreFlagged) {
  auto t = add_template();
  auto never = svc_->create_round(staff("zhang"), t.id, 30).take();
  auto slow = started_round(t.id);
  clock_.advance(std::chrono::minutes(20));
  auto run = svc_->run(clock_.now()).take();
  EXPECT_EQ(run.missed, 0);
  EXPECT_EQ(run.late, 0);
  clock_.advance(std::chrono::minutes(60));  // past both deadlines
  run = svc_->run(clock_.now()).take();
  EXPECT_EQ(run.missed, 1);
  EXPECT_EQ(run.late, 1);
  EXPECT_EQ(svc_->run(clock_.now()).take().missed, 0);  // flagged once
  auto n = svc_->round(staff("zhang"), never.id).take();
  EXPECT_TRUE(n.missed);
  EXPECT_TRUE(n.overdue);
  EXPECT_TRUE(svc_->round(staff("zhang"), slow.id).take().late);
  // The today view lists both, overdue first.
  auto due = svc_->rounds_due(staff("zhang"), at("2026-11-25T16:00:00Z"), at("2026-11-26T16:00:00Z")).take();
  ASSERT_EQ(due.size(), 2u);
  EXPECT_TRUE(due[0].overdue);
  EXPECT_EQ(due[0].link, "/facility/patrol/rounds/" + std::to_string(due[0].id));
}

TEST_P(PatrolTest, R4_2_2_AWrongCodeOrReadingChangesNothing) {
  auto t = add_template();
  auto r = started_round(t.id);
  // Another checkpoint's code.
  auto v = svc_->visit(staff("zhang"), r.id, "a01", {"COLO-CP-YARD", false, {}});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().code, "facility.patrol.qr_mismatch");
  struct Case {
    Answer answer;
    std::string code, field;
  };
  const Case cases[] = {
      {{"temp", {}, 295.0, "K", ""}, "facility.reading.wrong_unit", "results/0/unit"},
      {{"temp", {}, 900.0, "°C", ""}, "facility.reading.impossible", "results/0/value"},
      {{"temp", {}, 22.0, std::nullopt, ""}, "facility.reading.wrong_unit", "results/0/unit"},
      {{"nope", {}, 22.0, "°C", ""}, "facility.checklist.unknown_item", "results/0/key"},
  };
  for (const auto& c : cases) {
    auto bad = svc_->visit(staff("zhang"), r.id, "a01", {"COLO-CP-A01", false, {c.answer}});
    ASSERT_FALSE(bad.ok()) << c.code;
    EXPECT_EQ(bad.error().kind, ErrorKind::unprocessable);
    EXPECT_EQ(bad.error().code, c.code);
    EXPECT_EQ(bad.error().fields.at(0).field, c.field);
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM facility_patrol_readings"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM facility_patrol_visits"), 0);
  // Typed by hand: accepted and recorded as such.
  auto ok = svc_->visit(staff("zhang"), r.id, "a01", {"COLO-CP-A01", true, {{"temp", {}, 22.0, "°C", ""}}}).take();
  ASSERT_EQ(ok.visits.size(), 1u);
  EXPECT_EQ(ok.visits[0].method, "manual");
  // Customers are kept out.
  EXPECT_EQ(svc_->round(customer(), r.id).error().kind, ErrorKind::forbidden);
}

TEST_P(PatrolTest, R4_2_2_AFailedItemOpensOneTicketPerRoundAndItem) {
  auto t = add_template();
  auto r = started_round(t.id);
  ASSERT_TRUE(svc_->visit(staff("zhang"), r.id, "a01", at_a01(31.5, true)).ok());
  ASSERT_EQ(tickets_.size(), 1u);
  EXPECT_EQ(tickets_[0].item_key, "temp");
  EXPECT_EQ(tickets_[0].checkpoint_name, "A01 机房");
  EXPECT_EQ(tickets_[0].severity, 2);  // 4.5 beyond a width of 9
  EXPECT_EQ(tickets_[0].reading, "31.5 °C (18–27)");
  // Recorded again, still out, and the leak check failing too: one more ticket, for the leak.
  auto again = svc_->visit(staff("zhang"), r.id, "a01", at_a01(45, false)).take();
  ASSERT_EQ(tickets_.size(), 2u);
  EXPECT_EQ(tickets_[1].item_key, "leak");
  ASSERT_EQ(again.findings.size(), 2u);
  EXPECT_EQ(again.findings[0].ticket_number, "TK-2026-1");
  EXPECT_EQ(count("SELECT COUNT(*) FROM facility_patrol_readings"), 2);  // replaced, not added
  // Another round gets its own tickets.
  auto other = started_round(t.id);
  ASSERT_TRUE(svc_->visit(staff("zhang"), other.id, "a01", at_a01(31.5, true)).ok());
  EXPECT_EQ(tickets_.size(), 3u);
}

TEST_P(PatrolTest, R4_2_2_ARoundIsSubmittedOnceWithEveryItemDone) {
  auto t = add_template();
  auto r = started_round(t.id);
  ASSERT_TRUE(svc_->visit(staff("zhang"), r.id, "a01", at_a01(22, true)).ok());
  auto incomplete = svc_->submit(staff("zhang"), r.id);
  ASSERT_FALSE(incomplete.ok());
  EXPECT_EQ(incomplete.error().code, "facility.patrol.round_incomplete");
  ASSERT_TRUE(svc_->visit(staff("zhang"), r.id, "yard", {"COLO-CP-YARD", false, {{"fuel", {}, 85.0, "%", ""}}}).ok());
  EXPECT_EQ(svc_->submit(staff("zhang"), r.id).error().code, "facility.patrol.round_incomplete");  // the photo
  ASSERT_TRUE(svc_->add_photo(staff("zhang"), r.id, "yard", "panel", "image/png", kPng).ok());
  EXPECT_EQ(svc_->add_photo(staff("zhang"), r.id, "yard", "panel", "image/png", "not a png").error().code,
            "facility.photo.type");

  // Two people submit at once: one wins, the other answers 409.
  std::atomic<int> ok{0}, conflict{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&, i] {
      auto s = svc_->submit(staff(i % 2 ? "zhang" : "li"), r.id);
      if (s.ok())
        ++ok;
      else if (s.error().code == "facility.patrol.round_submitted")
        ++conflict;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(conflict.load(), 3);
  auto done = svc_->round(staff("zhang"), r.id).take();
  EXPECT_EQ(done.status, "submitted");
  EXPECT_FALSE(done.late);
  EXPECT_EQ(svc_->visit(staff("zhang"), r.id, "a01", at_a01(22, true)).error().code, "facility.patrol.round_submitted");
  EXPECT_EQ(svc_->start(staff("zhang"), r.id).error().code, "facility.patrol.round_submitted");

  // History and trend of the checkpoint.
  ReadingFilter f;
  f.template_id = t.id;
  f.checkpoint = "a01";  // its two items
  EXPECT_EQ(svc_->history(staff("zhang"), f).take().first, 2);
  auto trend = svc_->trend(staff("zhang"), t.id, "a01", "temp", 10).take();
  ASSERT_EQ(trend.size(), 1u);
  EXPECT_DOUBLE_EQ(trend[0].value, 22);
}

TEST_P(PatrolTest, R4_2_2_ARoundKeepsTheRouteItWasMadeFrom) {
  auto t = add_template();
  auto r = svc_->create_round(staff("zhang"), t.id, 60).take();
  auto changed = route();
  changed.checkpoints.pop_back();
  auto v2 = svc_->update_template(staff("zhang"), t.id, changed).take();
  EXPECT_EQ(v2.version, 2);
  auto kept = svc_->round(staff("zhang"), r.id).take();
  EXPECT_EQ(kept.template_version, 1);
  EXPECT_EQ(kept.checkpoints.size(), 2u);
  EXPECT_EQ(svc_->create_round(staff("zhang"), t.id, 60).take().checkpoints.size(), 1u);
  // A schedule that never falls due is refused.
  auto bad = svc_->create_schedule(staff("zhang"), {t.id, "every_hours", 0, "", 0, "2026-11-26", 30});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).code, "facility.patrol.no_next_date");
}

TEST_P(PatrolTest, R4_2_2_RoundsDoneOnTimeCountFromTheRecords) {
  auto t = add_template();
  auto done_in_time = started_round(t.id);  // due 02:00, deadline 03:00
  auto missed = svc_->create_round(staff("zhang"), t.id, 60).take();
  for (const auto& [cp, in] : std::vector<std::pair<std::string, CheckpointInput>>{
           {"a01", at_a01(22, true)}, {"yard", {"COLO-CP-YARD", false, {{"fuel", {}, 85.0, "%", ""}}}}})
    ASSERT_TRUE(svc_->visit(staff("zhang"), done_in_time.id, cp, in).ok());
  ASSERT_TRUE(svc_->add_photo(staff("zhang"), done_in_time.id, "yard", "panel", "image/png", kPng).ok());
  ASSERT_TRUE(svc_->submit(staff("zhang"), done_in_time.id).ok());
  clock_.advance(std::chrono::hours(1));
  auto still_open = svc_->create_round(staff("zhang"), t.id, 60).take();  // its deadline not reached
  (void)still_open;
  clock_.advance(std::chrono::minutes(30));
  auto report = svc_->rounds_on_time(at("2026-11-26T00:00:00Z"), at("2026-11-27T00:00:00Z")).take();
  EXPECT_EQ(report.current.total, 2);
  EXPECT_EQ(report.current.met, 1);
  EXPECT_EQ(report.current.failing, std::vector<std::int64_t>{missed.id});
  EXPECT_EQ(report.previous.total, 0);
  EXPECT_EQ(report.previous.from, "2026-11-25T00:00:00.000Z");
}

COLO_INSTANTIATE_ENGINE_TEST(PatrolTest);

}  // namespace
}  // namespace colo::facility
