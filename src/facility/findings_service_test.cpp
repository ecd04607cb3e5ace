// Rectification orders on both engines (R4.2.2): a finding opens its order once, in the round's
// transaction, with the deadline its severity gives; past the deadline the order is overdue on
// the list (filter included) and in the shift's overdue items until it is verified or dismissed;
// "rectified by the deadline" counts orders closed in time; a customer is answered as if there
// were no orders.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "core/business_calendar.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "facility/findings.hpp"
#include "facility/inspections.hpp"

namespace colo::facility {
namespace {

Context staff(const std::string& name, std::int64_t id) {
  auto p = std::make_shared<Principal>();
  p->user_id = id;
  p->username = name;
  p->roles = {"operations"};
  p->permissions = {kPermFindingRead, kPermFindingWrite};
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

class FindingsTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    clock_.set_calendar(std::make_shared<BusinessCalendar>(BusinessCalendar::in_zone("Asia/Shanghai").take()));
    findings_ = std::make_unique<Findings>(db(), clock_, FindingDeadlines{.critical_hours = 2, .major_hours = 8});
    PatrolPorts ports;
    ports.open_ticket = [this](db::Tx& tx, const PatrolTicket& t) -> Result<std::optional<std::string>> {
      COLO_TRY(auto id, findings_->open(tx, NewFinding{.round_id = t.round_id,
                                                       .template_name = t.template_name,
                                                       .checkpoint_key = t.checkpoint_key,
                                                       .checkpoint_name = t.checkpoint_name,
                                                       .checkpoint_kind = t.checkpoint_kind,
                                                       .ref_id = t.ref_id,
                                                       .item_key = t.item_key,
                                                       .item_label = t.item_label,
                                                       .reading = t.reading,
                                                       .severity = t.severity}));
      opened_.push_back(id);
      return std::optional<std::string>{};
    };
    patrols_ = std::make_unique<Patrols>(db(), clock_, ports);
  }

  // A round at the room with a temperature 1 °C and a leak check; answers as given.
  Round walk(std::optional<double> temp, bool dry) {
    PatrolTemplateInput in;
    in.name = "A01 机房巡检";
    in.checkpoints = {{"a01",
                       "A01 机房",
                       "room",
                       1,
                       "COLO-CP-A01",
                       {{"temp", "回风温度", "reading", "°C", 18, 27}, {"leak", "无漏水", "check", "", {}, {}}}}};
    auto t = patrols_->create_template(zhang_, in).take();
    auto r = patrols_->create_round(zhang_, t.id, 60).take();
    EXPECT_TRUE(patrols_->start(zhang_, r.id).ok());
    CheckpointInput cp{"COLO-CP-A01", false, {}};
    cp.results.push_back({"temp", std::nullopt, temp, "°C", ""});
    cp.results.push_back({"leak", dry, std::nullopt, std::nullopt, ""});
    auto v = patrols_->visit(zhang_, r.id, "a01", cp);
    EXPECT_TRUE(v.ok()) << v.error().code;
    return *v;
  }

  ManualClock clock_{at("2026-11-26T02:00:00Z")};
  std::unique_ptr<Findings> findings_;
  std::unique_ptr<Patrols> patrols_;
  std::vector<std::int64_t> opened_;
  Context zhang_ = staff("zhang", 1), li_ = staff("li", 2);
};

TEST_P(FindingsTest, R4_2_2_AFindingOpensOneOrderWithTheDeadlineOfItsSeverity) {
  // 40 °C against 18–27 is far out (critical); the leak is a failed check (major).
  auto round = walk(40, false);
  ASSERT_EQ(round.findings.size(), 2u);
  ASSERT_TRUE(round.findings[0].order_id && round.findings[1].order_id);
  // Recorded again: no new order.
  CheckpointInput again{"COLO-CP-A01", false, {{"temp", std::nullopt, 41.0, "°C", ""}, {"leak", false, {}, {}, ""}}};
  ASSERT_TRUE(patrols_->visit(li_, round.id, "a01", again).ok());
  // And opened twice for the same finding (a second server): the same order.
  NewFinding same{.round_id = round.id, .checkpoint_key = "a01", .item_key = "temp", .severity = 1};
  {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    EXPECT_EQ(findings_->open(tx, same).take(), *round.findings[0].order_id);
    ASSERT_TRUE(tx.commit().ok());
  }
  FindingFilter all;
  auto page = findings_->list(zhang_, all).take();
  ASSERT_EQ(page.first, 2);
  // Earliest deadline first: the critical temperature (2 h) before the leak (8 h).
  EXPECT_EQ(page.second[0].item_key, "temp");
  EXPECT_EQ(page.second[0].severity, 1);
  EXPECT_EQ(page.second[0].deadline_at, "2026-11-26T04:00:00.000Z");
  EXPECT_EQ(page.second[1].item_key, "leak");
  EXPECT_EQ(page.second[1].deadline_at, "2026-11-26T10:00:00.000Z");
  auto view = findings_->get(zhang_, page.second[0].id).take();
  ASSERT_EQ(view.timeline.size(), 1u);
  EXPECT_EQ(view.timeline[0].action, "open");
  EXPECT_EQ(view.actions, (std::vector<std::string>{"assign", "dismiss"}));

  // A customer: as if there were none.
  EXPECT_EQ(findings_->list(customer(), all).error().kind, ErrorKind::not_found);
  EXPECT_EQ(findings_->get(customer(), page.second[0].id).error().kind, ErrorKind::not_found);
  EXPECT_EQ(findings_->act(customer(), page.second[0].id, {"assign", "li", ""}).error().kind, ErrorKind::not_found);
}

TEST_P(FindingsTest, R4_2_2_AnOrderPastItsDeadlineIsOverdueUntilClosed) {
  auto round = walk(40, false);
  const auto temp = *round.findings[0].order_id, leak = *round.findings[1].order_id;
  FindingFilter overdue;
  overdue.overdue = true;
  EXPECT_EQ(findings_->list(zhang_, overdue).take().first, 0);
  EXPECT_TRUE(findings_->overdue(zhang_).take().empty());

  // Three hours on: the critical order is overdue, the major one is not.
  clock_.advance(std::chrono::hours(3));
  auto late = findings_->list(zhang_, overdue).take();
  ASSERT_EQ(late.first, 1);
  EXPECT_EQ(late.second[0].id, temp);
  EXPECT_TRUE(late.second[0].overdue);
  FindingFilter in_time;
  in_time.overdue = false;
  EXPECT_EQ(findings_->list(zhang_, in_time).take().second.at(0).id, leak);
  auto shift = findings_->overdue(zhang_).take();
  ASSERT_EQ(shift.size(), 1u);
  EXPECT_EQ(shift[0].link, "/facility/findings/" + std::to_string(temp));
  EXPECT_EQ(shift[0].title, "A01 机房 · 回风温度");

  // Rectified is still overdue; verified by someone else closes it.
  ASSERT_TRUE(findings_->act(zhang_, temp, {"assign", "li", ""}).ok());
  ASSERT_TRUE(findings_->act(li_, temp, {"rectify", std::nullopt, "滤网已清洗"}).ok());
  EXPECT_TRUE(findings_->get(zhang_, temp).take().order.overdue);
  auto same = findings_->act(li_, temp, {"verify", std::nullopt, ""});
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().code, "facility.finding.same_person");
  ASSERT_TRUE(findings_->act(zhang_, temp, {"verify", std::nullopt, ""}).ok());
  EXPECT_FALSE(findings_->get(zhang_, temp).take().order.overdue);
  EXPECT_TRUE(findings_->overdue(zhang_).take().empty());

  // The leak dismissed in time. Rectified by the deadline: the leak yes, the temperature no.
  ASSERT_TRUE(findings_->act(li_, leak, {"dismiss", std::nullopt, "地面为空调冷凝水，非漏水"}).ok());
  clock_.advance(std::chrono::hours(24));
  auto measure = findings_->on_time(at("2026-11-26T00:00:00Z"), at("2026-11-27T00:00:00Z")).take();
  EXPECT_EQ(measure.total, 2);
  EXPECT_EQ(measure.met, 1);
  EXPECT_EQ(measure.failing, (std::vector<std::int64_t>{temp}));
}

// Several people close the same rectified order at once: one verification wins, the others are
// refused as a conflict, and the timeline holds one verification.
TEST_P(FindingsTest, R4_2_2_OfPeopleVerifyingOneOrderAtOnceOneWinsAndTheOthersGetAConflict) {
  auto round = walk(40, true);
  ASSERT_EQ(round.findings.size(), 1u);
  const auto id = *round.findings[0].order_id;
  ASSERT_TRUE(findings_->act(zhang_, id, {"assign", "li", ""}).ok());
  ASSERT_TRUE(findings_->act(li_, id, {"rectify", std::nullopt, "空调回风滤网已更换"}).ok());
  std::atomic<int> won{0}, conflicts{0}, other{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      auto r = findings_->act(staff("checker" + std::to_string(i), 10 + i), id, {"verify", std::nullopt, ""});
      if (r.ok())
        ++won;
      else if (r.error().kind == ErrorKind::conflict)
        ++conflicts;
      else
        ++other;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(won.load(), 1);
  EXPECT_EQ(conflicts.load(), 7);
  EXPECT_EQ(other.load(), 0);
  auto view = findings_->get(zhang_, id).take();
  EXPECT_EQ(view.order.status, "verified");
  EXPECT_EQ(std::count_if(view.timeline.begin(), view.timeline.end(),
                          [](const auto& step) { return step.action == "verify"; }),
            1);
}

COLO_INSTANTIATE_ENGINE_TEST(FindingsTest);

}  // namespace
}  // namespace colo::facility
