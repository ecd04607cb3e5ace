// Infrastructure maintenance on both engines (R4.1.2, R4.1.3): the daily job generates each work
// order once (also when servers race), readings in the wrong unit or physically impossible
// change nothing, a work order needs every item and a second person's sign-off, a closed one
// cannot be edited, and overdue work is counted.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/migrate.hpp"
#include "db/test_databases.hpp"
#include "facility/maintenance_service.hpp"
#include "facility/maintenance_store.hpp"

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

const std::string kPng = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(32, 'x');

class MaintenanceTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    svc_ = make();
  }
  std::unique_ptr<Maintenance> make() {
    Plant p;
    p.room_exists = [](std::int64_t id) -> Result<bool> { return id <= 10; };
    p.power_feed_exists = [](std::int64_t id) -> Result<bool> { return id <= 100; };
    return std::make_unique<Maintenance>(db(), clock_, p, MaintenanceOptions{.horizon_days = 30});
  }
  Asset add_asset(const std::string& code, const std::string& kind) {
    AssetInput in;
    in.code = code;
    in.name = code;
    in.kind = kind;
    in.room_id = 1;
    auto a = svc_->create_asset(staff("zhang"), in);
    EXPECT_TRUE(a.ok()) << a.error().code;
    return *a;
  }
  PlanInput monthly_run(std::optional<std::int64_t> asset, std::optional<std::string> kind) {
    PlanInput in;
    in.name = "月度空载试车";
    in.asset_id = asset;
    in.asset_kind = kind;
    in.every = 1;
    in.unit = "months";
    in.first_due = "2026-11-20";
    in.checklist = {{"started", "启动正常", "check", "", {}, {}},
                    {"voltage", "输出电压", "reading", "V", 380, 420},
                    {"panel", "控制面板", "photo", "", {}, {}}};
    return in;
  }
  std::int64_t work_order_count() {
    WorkOrderFilter f;
    f.limit = 1;
    return svc_->work_orders(staff("zhang"), f).take().first;
  }
  ManualClock clock_{*parse_instant("2026-11-26T02:00:00Z")};  // 2026-11-26 in Shanghai
  std::unique_ptr<Maintenance> svc_;
};

TEST_P(MaintenanceTest, R4_1_2_TheDailyJobGeneratesEachWorkOrderOnceUpToTheHorizon) {
  auto g1 = add_asset("GEN-1", "generator");
  add_asset("GEN-2", "generator");
  auto ups = add_asset("UPS-1", "ups");
  ASSERT_TRUE(svc_->create_plan(staff("zhang"), monthly_run(std::nullopt, "generator")).ok());
  auto yearly = monthly_run(ups.id, std::nullopt);
  yearly.every = 12;
  yearly.first_due = "2026-12-20";
  ASSERT_TRUE(svc_->create_plan(staff("zhang"), yearly).ok());

  // Today 2026-11-26, horizon 30 days: Nov 20 (owed) and Dec 20 for each generator, Dec 20 for the UPS.
  EXPECT_EQ(svc_->generate(clock_.today()).take(), 5);
  EXPECT_EQ(svc_->generate(clock_.today()).take(), 0);
  EXPECT_EQ(work_order_count(), 5);
  // A day later nothing new falls in the horizon; in late December January's do.
  EXPECT_EQ(svc_->generate(*parse_date("2026-11-27")).take(), 0);
  EXPECT_EQ(svc_->generate(*parse_date("2026-12-21")).take(), 2);

  // A retired asset gets no more work orders; a paused plan generates none.
  AssetInput retire;
  retire.status = "retired";
  ASSERT_TRUE(svc_->update_asset(staff("zhang"), g1.id, retire).ok());
  EXPECT_EQ(svc_->generate(*parse_date("2027-01-21")).take(), 1);  // GEN-2's Feb 20
  WorkOrderFilter f;
  f.asset = g1.id;
  EXPECT_EQ(svc_->work_orders(staff("zhang"), f).take().first, 3);
}

TEST_P(MaintenanceTest, RacingServersGenerateEachWorkOrderOnce) {
  for (int i = 0; i < 20; ++i) add_asset("BAT-" + std::to_string(i), "battery_string");
  auto plan = monthly_run(std::nullopt, "battery_string");
  plan.every = 7;
  plan.unit = "days";
  ASSERT_TRUE(svc_->create_plan(staff("zhang"), plan).ok());
  // Every 7 days from Nov 20: Nov 20 (owed), 27, Dec 4, 11, 18, 25 within 30 days of Nov 26.
  const std::int64_t expected = 20 * 6;
  std::vector<std::unique_ptr<Maintenance>> servers;
  for (int i = 0; i < 4; ++i) servers.push_back(make());
  std::atomic<std::int64_t> inserted{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (auto& s : servers)
    threads.emplace_back([&, server = s.get()] {
      auto r = server->generate(clock_.today());
      if (r.ok())
        inserted += *r;
      else
        ++failures;  // a busy database is an error the job retries, never a duplicate
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(svc_->generate(clock_.today()).take() + inserted.load(), expected);
  EXPECT_EQ(work_order_count(), expected);
  EXPECT_LE(failures.load(), 3);
}

TEST_P(MaintenanceTest, R4_1_3_AWorkOrderIsFilledInCompletedAndSignedOffByASecondPerson) {
  auto gen = add_asset("GEN-1", "generator");
  ASSERT_TRUE(svc_->create_plan(staff("zhang"), monthly_run(gen.id, std::nullopt)).ok());
  ASSERT_EQ(svc_->generate(clock_.today()).take(), 2);
  WorkOrderFilter f;
  f.overdue = true;
  auto [overdue, rows] = svc_->work_orders(staff("zhang"), f).take();
  ASSERT_EQ(overdue, 1);
  EXPECT_EQ(svc_->overdue_count().take(), 1);
  auto id = rows.at(0).id;
  EXPECT_EQ(rows[0].due_on, "2026-11-20");
  EXPECT_TRUE(rows[0].overdue);

  ASSERT_TRUE(svc_->assign(staff("zhang"), id, "li").ok());
  // A reading in kV where the checklist asks for V, or a negative voltage: 422, nothing stored.
  auto wrong_unit = svc_->record(staff("li"), id, {{"voltage", {}, 0.4, "kV", ""}});
  ASSERT_FALSE(wrong_unit.ok());
  EXPECT_TRUE(wrong_unit.error().is("facility.reading.wrong_unit"));
  EXPECT_EQ(wrong_unit.error().kind, ErrorKind::unprocessable);
  auto impossible = svc_->record(staff("li"), id, {{"voltage", {}, -10.0, "V", ""}});
  ASSERT_FALSE(impossible.ok());
  EXPECT_TRUE(impossible.error().is("facility.reading.impossible"));
  EXPECT_TRUE(svc_->work_order(staff("li"), id).take().results.empty());

  // Out of the acceptable range is a finding, not an error.
  auto w = svc_->record(staff("li"), id, {{"started", true, {}, {}, ""}, {"voltage", {}, 431.0, "V", "偏高"}});
  ASSERT_TRUE(w.ok()) << w.error().code;
  EXPECT_EQ(w->results.size(), 2u);
  // The photo is still missing.
  auto early = svc_->complete(staff("li"), id);
  ASSERT_FALSE(early.ok());
  EXPECT_TRUE(early.error().is("facility.work_order.incomplete"));
  ASSERT_EQ(early.error().params.size(), 1u);
  EXPECT_EQ(early.error().params[0].value, "控制面板");  // named by its label
  auto not_image = svc_->add_photo(staff("li"), id, "panel", "image/png", "not a png");
  ASSERT_FALSE(not_image.ok());
  EXPECT_TRUE(not_image.error().is("facility.photo.type"));
  ASSERT_TRUE(svc_->add_photo(staff("li"), id, "panel", "image/png", kPng).ok());
  auto stored = svc_->work_order(staff("li"), id).take();
  ASSERT_EQ(stored.photos.size(), 1u);
  EXPECT_EQ(svc_->photo(staff("li"), id, stored.photos[0].id).take().bytes, kPng);

  auto done = svc_->complete(staff("li"), id);
  ASSERT_TRUE(done.ok()) << done.error().code;
  EXPECT_EQ(done->status, "completed");
  EXPECT_TRUE(
      svc_->record(staff("li"), id, {{"started", false, {}, {}, ""}}).error().is("facility.work_order.completed"));
  auto self = svc_->sign_off(staff("li"), id);
  ASSERT_FALSE(self.ok());
  EXPECT_TRUE(self.error().is("facility.work_order.same_signer"));
  auto closed = svc_->sign_off(staff("zhang"), id);
  ASSERT_TRUE(closed.ok()) << closed.error().code;
  EXPECT_EQ(closed->status, "closed");
  EXPECT_EQ(closed->next_due_on, "2026-12-20");
  EXPECT_EQ(svc_->overdue_count().take(), 0);

  // A closed work order cannot be edited: 409, and it stays as it was.
  for (auto r :
       {svc_->assign(staff("zhang"), id, "wang"), svc_->record(staff("zhang"), id, {{"started", false, {}, {}, ""}}),
        svc_->add_photo(staff("zhang"), id, "panel", "image/png", kPng), svc_->complete(staff("zhang"), id),
        svc_->sign_off(staff("wang"), id)}) {
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().is("facility.work_order.closed")) << r.error().code;
    EXPECT_EQ(r.error().kind, ErrorKind::conflict);
  }
  auto after = svc_->work_order(staff("zhang"), id).take();
  EXPECT_EQ(after.assignee, "li");
  EXPECT_EQ(after.photos.size(), 1u);
  EXPECT_TRUE(after.results.at(0).ok.value_or(false));
}

TEST_P(MaintenanceTest, R6_2_PhotosAreSealedAtRestAndOldOnesSealedByTheCommand) {
  const crypto::FileSealer sealer(crypto::file_key(crypto::random_key()));
  auto plain = make();  // as before sealing began
  svc_ = std::make_unique<Maintenance>(
      db(), clock_,
      Plant{[](std::int64_t) -> Result<bool> { return true; }, [](std::int64_t) -> Result<bool> { return true; }},
      MaintenanceOptions{.horizon_days = 30, .files = &sealer});
  auto gen = add_asset("GEN-2", "generator");
  ASSERT_TRUE(svc_->create_plan(staff("zhang"), monthly_run(gen.id, std::nullopt)).ok());
  ASSERT_EQ(svc_->generate(clock_.today()).take(), 2);
  WorkOrderFilter f;
  f.overdue = true;
  auto id = svc_->work_orders(staff("zhang"), f).take().second.at(0).id;
  ASSERT_TRUE(svc_->assign(staff("zhang"), id, "li").ok());
  ASSERT_TRUE(plain->add_photo(staff("li"), id, "panel", "image/png", kPng).ok());
  ASSERT_TRUE(svc_->add_photo(staff("li"), id, "panel", "image/png", kPng).ok());
  auto infos = svc_->work_order(staff("li"), id).take().photos;
  ASSERT_EQ(infos.size(), 2u);
  auto stored = [&](std::int64_t photo_id) {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return maintenance_store::photo_bytes(tx, photo_id).take().value();
  };
  EXPECT_EQ(stored(infos[0].id), kPng) << "written before sealing began";
  EXPECT_NE(stored(infos[1].id), kPng);
  EXPECT_TRUE(crypto::FileSealer::is_sealed(stored(infos[1].id)));
  for (const auto& i : infos) EXPECT_EQ(svc_->photo(staff("li"), id, i.id).take().bytes, kPng) << "read back equal";
  EXPECT_EQ(svc_->seal_photos().take(), 1);
  EXPECT_TRUE(crypto::FileSealer::is_sealed(stored(infos[0].id)));
  EXPECT_EQ(svc_->photo(staff("li"), id, infos[0].id).take().bytes, kPng);
  EXPECT_EQ(svc_->seal_photos().take(), 0) << "running it again seals nothing";
  EXPECT_FALSE(plain->photo(staff("li"), id, infos[0].id).ok()) << "sealed bytes are never served as they are";
}

// Editing a plan changes what its form holds, is audited with the before and after, and bad input,
// an unknown plan or a customer change nothing (R4.1.3).
TEST_P(MaintenanceTest, R4_1_3_APlanIsEditedAuditedAndBadEditsChangeNothing) {
  auto gen = add_asset("GEN-1", "generator");
  auto created = svc_->create_plan(staff("zhang"), monthly_run(gen.id, std::nullopt)).take();
  auto edit = monthly_run(std::nullopt, "ups");
  edit.name = "季度 UPS 巡检";
  edit.every = 3;
  edit.first_due = "2026-12-01";
  edit.checklist = {{"alarm", "告警面板无告警", "check", "", {}, {}}};
  auto r = svc_->update_plan(staff("li"), created.id, edit);
  ASSERT_TRUE(r.ok()) << r.error().code;
  auto read = svc_->plan(staff("zhang"), created.id).take();
  EXPECT_EQ(read.name, "季度 UPS 巡检");
  EXPECT_FALSE(read.asset_id.has_value());
  EXPECT_EQ(read.asset_kind, std::optional<std::string>("ups"));
  EXPECT_EQ(read.every, 3);
  EXPECT_EQ(read.first_due, "2026-12-01");
  ASSERT_EQ(read.checklist.size(), 1u);
  EXPECT_EQ(read.checklist[0].key, "alarm");
  EXPECT_EQ(read.created_by, "zhang");  // who created it stays
  EXPECT_TRUE(read.active);
  {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    auto rows = tx.query(
                      "SELECT action, before_json, after_json FROM audit_log WHERE object_type = "
                      "'facility.maintenance_plan' AND object_id = $1 AND action = 'update'",
                      {std::to_string(created.id)})
                    .take();
    ASSERT_EQ(rows.rows.size(), 1u);
    EXPECT_NE(rows.rows[0].text(1).find("月度空载试车"), std::string::npos) << rows.rows[0].text(1);
    EXPECT_NE(rows.rows[0].text(2).find("季度 UPS 巡检"), std::string::npos) << rows.rows[0].text(2);
  }

  auto bad = edit;
  bad.name = "不应保存";
  bad.every = 0;
  EXPECT_EQ(svc_->update_plan(staff("li"), created.id, bad).error().fields.at(0).code, "facility.plan.no_next_date");
  bad = edit;
  bad.name = "不应保存";
  bad.asset_id = gen.id;  // and a kind: one or the other
  EXPECT_EQ(svc_->update_plan(staff("li"), created.id, bad).error().fields.at(0).code, "facility.plan.asset_or_kind");
  bad = monthly_run(999, std::nullopt);
  bad.name = "不应保存";
  EXPECT_EQ(svc_->update_plan(staff("li"), created.id, bad).error().fields.at(0).code, "facility.plan.unknown_asset");
  EXPECT_EQ(svc_->update_plan(staff("li"), created.id + 100, edit).error().kind, ErrorKind::not_found);
  EXPECT_EQ(svc_->update_plan(customer(), created.id, edit).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->plan(staff("zhang"), created.id).take().name, "季度 UPS 巡检");
}

TEST_P(MaintenanceTest, BadPlansAndAssetsChangeNothingAndCustomersAreRefused) {
  auto gen = add_asset("GEN-1", "generator");
  auto never = monthly_run(gen.id, std::nullopt);
  never.every = 0;
  auto r = svc_->create_plan(staff("zhang"), never);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.at(0).code, "facility.plan.no_next_date");
  auto both = monthly_run(gen.id, "generator");
  EXPECT_EQ(svc_->create_plan(staff("zhang"), both).error().fields.at(0).code, "facility.plan.asset_or_kind");
  auto bad_unit = monthly_run(gen.id, std::nullopt);
  bad_unit.checklist[1].unit = "volts";
  EXPECT_EQ(svc_->create_plan(staff("zhang"), bad_unit).error().fields.at(0).code, "facility.checklist.unknown_unit");
  EXPECT_EQ(svc_->plans(staff("zhang"), {}).take().first, 0);

  AssetInput dup;
  dup.code = "GEN-1";
  dup.name = "again";
  dup.kind = "generator";
  dup.room_id = 1;
  EXPECT_TRUE(svc_->create_asset(staff("zhang"), dup).error().is("facility.asset.code_taken"));
  dup.code = "GEN-9";
  dup.room_id = 99;
  EXPECT_EQ(svc_->create_asset(staff("zhang"), dup).error().fields.at(0).code, "facility.asset.unknown_room");
  EXPECT_EQ(svc_->assets(staff("zhang"), {}).take().first, 1);

  EXPECT_EQ(svc_->assets(customer(), {}).error().kind, ErrorKind::forbidden);
  EXPECT_EQ(svc_->asset(customer(), gen.id).error().kind, ErrorKind::forbidden);
}

}  // namespace

COLO_INSTANTIATE_ENGINE_TEST(MaintenanceTest);

}  // namespace colo::facility
