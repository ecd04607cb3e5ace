// The audit log on both engines: the chain, its verification and the filtered reading (R6.1.3).
#include "audit/audit.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "audit/log.hpp"
#include "audit/store.hpp"
#include "db/migrate.hpp"
#include "db/test_databases.hpp"

namespace colo::audit {
namespace {

namespace json = boost::json;

Context actor(std::string name, std::optional<std::int64_t> customer = std::nullopt) {
  auto p = std::make_shared<Principal>();
  p->user_id = 7;
  p->username = std::move(name);
  p->roles = {customer ? "customer_admin" : "admin", "x"};
  p->customer_id = customer;
  return Context{p, "req-1", "192.0.2.1"};
}

class AuditTest : public db::testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    ASSERT_TRUE(db::migrate(db(), db::builtin_migrations()).ok());
    use_chain_key(key_);
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = "colo-audit-" + std::to_string(::getpid()) + "-" + info->name();
    for (auto& ch : name)
      if (ch == '/') ch = '_';  // parameterised names end in /0, /1
    dir_ = std::filesystem::path(::testing::TempDir()) / name;
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    checkpoint_ = (dir_ / "audit.checkpoint").string();
  }
  void TearDown() override {
    use_chain_key(std::nullopt);
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
    EngineTest::TearDown();
  }
  std::vector<store::Row> rows() {
    auto tx = db::Tx::begin(db(), db::Access::read).take();
    return store::entries_after(tx, 0, 1000).take();
  }
  // What someone with write access to the database but without the audit key can do: rewrite
  // entries from `from_id` on (after `mutate`) and recompute each hash and link, either plainly
  // (alg 1) or keyed with a key of their own.
  void rewrite_from(std::int64_t from_id, const std::function<void(store::Row&)>& mutate, int alg) {
    const crypto::Key guess = crypto::random_key();
    auto all = rows();
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    std::string prev(64, '0');
    for (auto& r : all) {
      if (r.id >= from_id) {
        if (r.id == from_id) mutate(r);
        r.prev_hash = prev;
        r.alg = alg;
        r.hash = alg == 1 ? entry_hash(prev, fields(r)) : entry_mac(guess, prev, fields(r));
        ASSERT_TRUE(tx.exec("UPDATE audit_log SET action = $1, prev_hash = $2, hash = $3, alg = $4 WHERE id = $5",
                            {r.action, r.prev_hash, r.hash, r.alg, r.id})
                        .ok());
      }
      prev = r.hash;
    }
    ASSERT_TRUE(tx.commit().ok());
  }
  // Appends an entry after the newest one without the audit key.
  void forge_append(int alg) {
    auto all = rows();
    store::Row r = all.back();
    r.object_id = "forged";
    r.prev_hash = all.back().hash;
    r.alg = alg;
    r.hash = alg == 1 ? entry_hash(r.prev_hash, fields(r)) : entry_mac(crypto::random_key(), r.prev_hash, fields(r));
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    ASSERT_TRUE(store::insert(tx, r).ok());
    ASSERT_TRUE(tx.commit().ok());
  }
  static std::vector<std::string> fields(const store::Row& r) {
    return {r.at,          std::to_string(r.actor_id),
            r.actor,       r.roles,
            r.request_id,  r.source,
            r.object_type, r.object_id,
            r.action,      r.customer_id ? std::to_string(*r.customer_id) : "",
            r.before_json, r.after_json};
  }
  VerifyReport verify_with_checkpoint() { return verify(db(), checkpoint_, clock_.now()).take(); }
  void five_and_checkpoint() {
    for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
    auto r = verify_with_checkpoint();
    ASSERT_FALSE(r.first_broken_id) << r.reason;
    ASSERT_EQ(r.head.last_id, 5);
    ASSERT_FALSE(r.checkpoint_found);
    ASSERT_TRUE(verify_with_checkpoint().checkpoint_found);
  }
  void append(const Context& ctx, std::string type, std::string id, std::optional<std::int64_t> customer = {}) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto st =
        record(tx, ctx, clock_,
               {std::move(type), std::move(id), "update", json::object{{"n", 1}}, json::object{{"n", 2}}, customer});
    ASSERT_TRUE(st.ok()) << st.error().message;
    ASSERT_TRUE(tx.commit().ok());
  }
  void sql(const std::string& statement) {
    auto tx = db::Tx::begin(db(), db::Access::write).take();
    auto st = tx.exec(statement);
    ASSERT_TRUE(st.ok()) << st.error().message;
    ASSERT_TRUE(tx.commit().ok());
  }
  ManualClock clock_{Instant{std::chrono::milliseconds{1'790'000'000'000}}};
  crypto::Key key_ = crypto::random_key();
  std::filesystem::path dir_;
  std::string checkpoint_;
};

TEST_P(AuditTest, AnUntouchedChainVerifies) {
  auto empty = verify(db()).take();
  EXPECT_EQ(empty.checked, 0);
  EXPECT_FALSE(empty.first_broken_id);
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  auto r = verify(db()).take();
  EXPECT_EQ(r.checked, 5);
  EXPECT_FALSE(r.first_broken_id) << r.reason;
}

TEST_P(AuditTest, R6_1_3_AnAlteredEntryIsNamed) {
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("UPDATE audit_log SET after_json = '{\"n\":3}' WHERE id = 3");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
  EXPECT_NE(r.reason.find("altered"), std::string::npos);
}

TEST_P(AuditTest, R6_1_3_ARemovedEntryBreaksTheNextLink) {
  for (int i = 0; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("DELETE FROM audit_log WHERE id = 2");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
}

TEST_P(AuditTest, R6_1_3_ARehashedEntryStillBreaksTheChain) {
  // Someone who alters an entry and recomputes its own hash must also rewrite every later one.
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("UPDATE audit_log SET actor = 'nobody', hash = '" + std::string(64, 'f') + "' WHERE id = 2");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 2);
}

TEST_P(AuditTest, ConcurrentAppendsKeepOneChain) {
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        auto tx = db::Tx::begin(db(), db::Access::write);
        if (!tx.ok() ||
            !record(*tx, actor("admin"), clock_,
                    {"thing", std::to_string(t * 100 + i), "create", nullptr, json::object{}, std::nullopt})
                 .ok() ||
            !tx->commit().ok())
          ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  auto r = verify(db()).take();
  EXPECT_EQ(r.checked, 40);
  EXPECT_FALSE(r.first_broken_id) << r.reason;
}

TEST_P(AuditTest, SearchFiltersAndConfinesCustomers) {
  append(actor("admin"), "customer", "1", 1);
  clock_.advance(std::chrono::hours(24));
  append(actor("business"), "customer", "2", 2);
  append(actor("business"), "user", "9");
  auto staff = actor("auditor");
  auto [all, rows] = search(db(), staff, Filter{}).take();
  EXPECT_EQ(all, 3);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].object_type, "user");  // newest first
  EXPECT_EQ(rows[0].roles, (std::vector<std::string>{"admin", "x"}));
  EXPECT_EQ(rows[0].before.at("n").as_int64(), 1);

  EXPECT_EQ(search(db(), staff, Filter{.actor = "business"}).take().first, 2);
  EXPECT_EQ(search(db(), staff, Filter{.object_type = "customer", .object_id = "2"}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.customer = 1}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.to = clock_.now()}).take().first, 1);
  EXPECT_EQ(search(db(), staff, Filter{.from = clock_.now()}).take().first, 2);
  auto page = search(db(), staff, Filter{.limit = 1, .offset = 1}).take();
  EXPECT_EQ(page.first, 3);
  ASSERT_EQ(page.second.size(), 1u);
  EXPECT_EQ(page.second[0].object_id, "2");

  // A customer principal reads only entries about its own objects, whatever it asks for.
  auto mine = search(db(), actor("acme", 2), Filter{}).take();
  EXPECT_EQ(mine.first, 1);
  EXPECT_EQ(search(db(), actor("acme", 2), Filter{.customer = 1}).take().first, 0);
}

TEST_P(AuditTest, NewEntriesAreKeyedAndOldUnkeyedOnesStillVerify) {
  use_chain_key(std::nullopt);  // a log written before the chain was keyed
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  use_chain_key(key_);
  for (int i = 3; i < 5; ++i) append(actor("admin"), "customer", std::to_string(i));
  auto all = rows();
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(all[0].alg, 1);
  EXPECT_EQ(all[4].alg, 2);
  auto r = verify_with_checkpoint();
  EXPECT_EQ(r.checked, 5);
  EXPECT_FALSE(r.first_broken_id) << r.reason;
  // Keyed entries cannot be checked without the key, and another key does not hold.
  use_chain_key(std::nullopt);
  EXPECT_EQ(verify(db()).take().first_broken_id, 4);
  use_chain_key(crypto::random_key());
  EXPECT_EQ(verify(db()).take().first_broken_id, 4);
}

TEST_P(AuditTest, RemovingTheNewestEntryIsFoundByTheCheckpoint) {
  five_and_checkpoint();
  sql("DELETE FROM audit_log WHERE id = 5");
  EXPECT_FALSE(verify(db()).take().first_broken_id);  // the chain alone cannot tell
  auto r = verify_with_checkpoint();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 5);
  EXPECT_NE(r.reason.find("newest entries were removed"), std::string::npos) << r.reason;
}

TEST_P(AuditTest, RemovingTheNewestHalfIsFoundByTheCheckpoint) {
  five_and_checkpoint();
  sql("DELETE FROM audit_log WHERE id > 2");
  auto r = verify_with_checkpoint();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 5);
  EXPECT_NE(r.reason.find("removed"), std::string::npos) << r.reason;
}

TEST_P(AuditTest, RemovingEveryEntryIsFoundByTheCheckpoint) {
  five_and_checkpoint();
  sql("DELETE FROM audit_log");
  auto r = verify_with_checkpoint();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 5);
  // The periodic check finds it too, and leaves the checkpoint as it was.
  auto periodic = advance_checkpoint(db(), checkpoint_, clock_.now()).take();
  EXPECT_EQ(periodic.first_broken_id, 5);
  EXPECT_EQ(read_checkpoint(checkpoint_, key_).value()->last_id, 5);
}

TEST_P(AuditTest, RewritingAnEntryAndEveryLaterHashWithoutTheKeyIsFound) {
  five_and_checkpoint();
  rewrite_from(
      3, [](store::Row& r) { r.action = "nothing-to-see"; }, 2);
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
  EXPECT_NE(r.reason.find("MAC"), std::string::npos) << r.reason;
}

TEST_P(AuditTest, RewritingKeyedEntriesAsUnkeyedOnesIsFound) {
  five_and_checkpoint();
  rewrite_from(
      3, [](store::Row& r) { r.action = "nothing-to-see"; }, 1);
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 3);
  EXPECT_NE(r.reason.find("unkeyed after keyed"), std::string::npos) << r.reason;
  // Rewriting the whole log unkeyed passes the chain but not the checkpoint.
  rewrite_from(
      1, [](store::Row& r) { r.action = "nothing-to-see"; }, 1);
  EXPECT_FALSE(verify(db()).take().first_broken_id);
  auto c = verify_with_checkpoint();
  EXPECT_EQ(c.first_broken_id, 5);
  EXPECT_NE(c.reason.find("rewritten"), std::string::npos) << c.reason;
}

TEST_P(AuditTest, RelinkingAfterADeletionIsFound) {
  five_and_checkpoint();
  auto all = rows();
  sql("DELETE FROM audit_log WHERE id = 3");
  sql("UPDATE audit_log SET prev_hash = '" + all[1].hash + "' WHERE id = 4");
  auto r = verify(db()).take();
  ASSERT_TRUE(r.first_broken_id);
  EXPECT_EQ(*r.first_broken_id, 4);
  EXPECT_NE(r.reason.find("MAC"), std::string::npos) << r.reason;
}

TEST_P(AuditTest, AnEntryAppendedWithoutTheKeyIsFound) {
  five_and_checkpoint();
  forge_append(2);
  auto keyed = verify_with_checkpoint();
  EXPECT_EQ(keyed.first_broken_id, 6);
  EXPECT_NE(keyed.reason.find("forged without the audit key"), std::string::npos) << keyed.reason;
  sql("DELETE FROM audit_log WHERE id = 6");
  forge_append(1);
  auto plain = advance_checkpoint(db(), checkpoint_, clock_.now()).take();
  ASSERT_TRUE(plain.first_broken_id);
  EXPECT_GE(*plain.first_broken_id, 6);
  EXPECT_NE(plain.reason.find("unkeyed after keyed"), std::string::npos) << plain.reason;
}

TEST_P(AuditTest, ThePeriodicCheckpointFollowsTheHead) {
  EXPECT_EQ(advance_checkpoint(db(), checkpoint_, clock_.now()).take().head.last_id, 0);  // empty log
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  auto first = advance_checkpoint(db(), checkpoint_, clock_.now()).take();
  EXPECT_FALSE(first.first_broken_id) << first.reason;
  EXPECT_EQ(first.head.last_id, 3);
  EXPECT_EQ(first.head.count, 3);
  append(actor("admin"), "customer", "3");
  auto next = advance_checkpoint(db(), checkpoint_, clock_.now()).take();
  EXPECT_FALSE(next.first_broken_id) << next.reason;
  EXPECT_EQ(next.checked, 1);  // only what was written since
  auto stored = read_checkpoint(checkpoint_, key_).value();
  ASSERT_TRUE(stored);
  EXPECT_EQ(stored->last_id, 4);
  EXPECT_EQ(stored->last_hash, rows().back().hash);
  // A checkpoint edited by hand does not verify, and nothing is checked against it.
  {
    std::ofstream out(checkpoint_);
    out << checkpoint_text(Checkpoint{2, rows()[1].hash, 2, stored->at}, crypto::random_key());
  }
  auto edited = verify_with_checkpoint();
  EXPECT_EQ(edited.first_broken_id, 0);
  EXPECT_NE(edited.reason.find("does not verify"), std::string::npos) << edited.reason;
}

TEST(AuditCheckpoint, TheFileCarriesAMacUnderTheKey) {
  auto key = crypto::random_key();
  Checkpoint c{42, std::string(64, 'a'), 40, "2026-11-25T08:00:00.000Z"};
  auto text = checkpoint_text(c, key);
  auto back = parse_checkpoint(text, key);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->last_id, 42);
  EXPECT_EQ(back->count, 40);
  EXPECT_EQ(back->last_hash, c.last_hash);
  EXPECT_FALSE(parse_checkpoint(text, crypto::random_key()).ok());
  auto altered = text;
  altered.replace(altered.find(" 42 "), 4, " 41 ");
  EXPECT_FALSE(parse_checkpoint(altered, key).ok());
  EXPECT_FALSE(parse_checkpoint("colo-audit-checkpoint 1 1", key).ok());
  auto empty = parse_checkpoint(checkpoint_text(Checkpoint{0, "", 0, "2026-11-25T08:00:00.000Z"}, key), key);
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->last_hash, "");
}

TEST(AuditCheckpoint, WritingReplacesTheFileWhole) {
  auto path = ::testing::TempDir() + "/colo-checkpoint-" + std::to_string(::getpid()) + "/audit.checkpoint";
  auto key = crypto::random_key();
  ASSERT_TRUE(write_checkpoint(path, Checkpoint{1, std::string(64, 'b'), 1, "t"}, key).ok());
  ASSERT_TRUE(write_checkpoint(path, Checkpoint{2, std::string(64, 'c'), 2, "t"}, key).ok());
  auto read = read_checkpoint(path, key).value();
  ASSERT_TRUE(read);
  EXPECT_EQ(read->last_id, 2);
  EXPECT_FALSE(read_checkpoint(path + ".none", key).value());
  std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST_P(AuditTest, DateFiltersAreBusinessDates) {
  // 16:30 UTC on the 25th is 00:30 on the 26th in Beijing: a filter for the 26th finds it, one
  // for the 25th does not.
  auto beijing = BusinessCalendar::in_zone("Asia/Shanghai").value();
  clock_.set(*parse_instant("2026-11-25T16:30:00Z"));
  append(actor("admin"), "customer", "1");
  auto staff = actor("auditor");
  auto count = [&](const char* from, const char* to) {
    return search(db(), staff, Filter{.from = parse_bound(from, false, beijing), .to = parse_bound(to, true, beijing)})
        .take()
        .first;
  };
  EXPECT_EQ(count("2026-11-26", "2026-11-26"), 1);
  EXPECT_EQ(count("2026-11-25", "2026-11-25"), 0);
  EXPECT_EQ(*parse_bound("2026-11-26", false, beijing), *parse_instant("2026-11-25T16:00:00Z"));
  EXPECT_EQ(*parse_bound("2026-11-26", true, beijing), *parse_instant("2026-11-26T16:00:00Z"));
  EXPECT_EQ(*parse_bound("2026-11-25T16:30:00Z", false, beijing), *parse_instant("2026-11-25T16:30:00Z"));
  EXPECT_FALSE(parse_bound("yesterday", false, beijing));
}

TEST(AuditHash, EntryMacsNeedTheKey) {
  auto key = crypto::random_key();
  EXPECT_EQ(entry_mac(key, "0", {"a"}), entry_mac(key, "0", {"a"}));
  EXPECT_NE(entry_mac(key, "0", {"a"}), entry_mac(crypto::random_key(), "0", {"a"}));
  EXPECT_NE(entry_mac(key, "0", {"a"}), entry_hash("0", {"a"}));
  EXPECT_NE(entry_mac(key, "0", {"a"}), entry_mac(key, "1", {"a"}));
}

TEST(AuditHash, FieldsAreLengthPrefixed) {
  EXPECT_NE(entry_hash("0", {"ab", "c"}), entry_hash("0", {"a", "bc"}));
  EXPECT_NE(entry_hash("0", {"a"}), entry_hash("1", {"a"}));
  EXPECT_EQ(entry_hash("0", {"a"}), entry_hash("0", {"a"}));
  EXPECT_EQ(entry_hash("0", {"a"}).size(), 64u);
}

// Whoever may read an object may read its history; what has no page of its own stays in the log.
TEST(HistoryPermission, FollowsTheObjectsReadPermission) {
  const std::vector<std::pair<std::string, std::optional<std::string>>> cases = {
      {"customer", "customers.read"},   {"customer.contact", "customers.read"},
      {"user", "users.read"},           {"api_token", "users.read"},
      {"dcim.rack", "dcim.read"},       {"dcim.device", "dcim.read"},
      {"dcim.cable", "dcim.read"},      {"ipam.prefix", "ipam.read"},
      {"ipam.ip_address", "ipam.read"}, {"application", "applications.read"},
      {"contract", "contracts.read"},   {"contract_amendment", "contracts.read"},
      {"session", std::nullopt},        {"notification", std::nullopt},
      {"dcimx", std::nullopt},          {"", std::nullopt},
  };
  for (const auto& [type, permission] : cases) EXPECT_EQ(history_permission(type), permission) << type;
}

TEST_P(AuditTest, ActorsAreListedOnceInOrder) {
  for (const char* who : {"zed", "amy", "zed"}) append(actor(who), "customer", "1");
  auto names = actors(db(), 10);
  ASSERT_TRUE(names.ok()) << names.error().message;
  EXPECT_EQ(*names, (std::vector<std::string>{"amy", "zed"}));
  EXPECT_EQ(actors(db(), 1).take(), (std::vector<std::string>{"amy"}));
}

// ---- Retention: entries are kept at least six months, then archived with their chain ----

TEST_P(AuditTest, EntriesOlderThanTheRetentionAreArchivedAndTheChainStillVerifies) {
  for (int i = 0; i < 4; ++i) append(actor("admin"), "customer", "old-" + std::to_string(i));
  ASSERT_FALSE(verify_with_checkpoint().first_broken_id);
  clock_.set(clock_.now() + std::chrono::days(200));
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", "new-" + std::to_string(i));
  const auto archive_dir = (dir_ / "archive").string();
  auto done = archive_expired(db(), clock_, kMinRetentionDays, archive_dir);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->entries, 4);
  EXPECT_EQ(done->first_id, 1);
  EXPECT_EQ(done->last_id, 4);
  EXPECT_TRUE(std::filesystem::exists(done->file));
  // Only the young entries and the archiving's own entry are left in the database.
  auto left = rows();
  ASSERT_EQ(left.size(), 4u);
  EXPECT_EQ(left.front().id, 5);
  EXPECT_EQ(left.back().action, "archive");
  // The chain in the database continues from the archived head; the checkpoint (which counted
  // the archived entries) still holds, both walked whole and advanced.
  auto whole = verify_with_checkpoint();
  EXPECT_FALSE(whole.first_broken_id) << whole.reason;
  EXPECT_EQ(whole.head.count, 8);
  append(actor("admin"), "customer", "later");
  auto advanced = advance_checkpoint(db(), checkpoint_, clock_.now()).take();
  EXPECT_FALSE(advanced.first_broken_id) << advanced.reason;
  auto archived = verify_archives(db()).take();
  EXPECT_FALSE(archived.broken) << *archived.broken;
  EXPECT_EQ(archived.entries, 4);
  EXPECT_EQ(archived.archives, 1);
  // Nothing more is old enough: a second run archives nothing.
  EXPECT_EQ(archive_expired(db(), clock_, kMinRetentionDays, archive_dir).take().entries, 0);
}

TEST_P(AuditTest, NothingYoungerThanSixMonthsIsArchivedWhateverTheSetting) {
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  clock_.set(clock_.now() + std::chrono::days(100));
  // 30 days asked for: six months are kept all the same.
  auto done = archive_expired(db(), clock_, 30, (dir_ / "archive").string()).take();
  EXPECT_EQ(done.entries, 0);
  EXPECT_EQ(rows().size(), 3u);
}

TEST_P(AuditTest, ATamperedArchiveIsFound) {
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  clock_.set(clock_.now() + std::chrono::days(400));
  append(actor("admin"), "customer", "young");
  auto done = archive_expired(db(), clock_, 365, (dir_ / "archive").string()).take();
  ASSERT_EQ(done.entries, 3);
  std::string content;
  {
    std::ifstream in(done.file);
    std::stringstream ss;
    ss << in.rdbuf();
    content = ss.str();
  }
  // An archived entry's action rewritten in the file.
  auto at = content.find("\"action\":\"update\"");
  ASSERT_NE(at, std::string::npos);
  std::string altered = content;
  altered.replace(at, 17, "\"action\":\"delete\"");
  std::ofstream(done.file, std::ios::trunc) << altered;
  auto report = verify_archives(db()).take();
  ASSERT_TRUE(report.broken);
  EXPECT_NE(report.broken->find("was altered"), std::string::npos) << *report.broken;
  // The file removed altogether.
  std::filesystem::remove(done.file);
  report = verify_archives(db()).take();
  ASSERT_TRUE(report.broken);
  EXPECT_NE(report.broken->find("is missing"), std::string::npos) << *report.broken;
  // Put back as written: proven again.
  std::ofstream(done.file, std::ios::trunc) << content;
  EXPECT_FALSE(verify_archives(db()).take().broken);
}

TEST_P(AuditTest, ABrokenChainIsNeverArchived) {
  for (int i = 0; i < 3; ++i) append(actor("admin"), "customer", std::to_string(i));
  sql("UPDATE audit_log SET action = 'nothing-to-see' WHERE id = 2");
  clock_.set(clock_.now() + std::chrono::days(400));
  auto done = archive_expired(db(), clock_, 365, (dir_ / "archive").string());
  ASSERT_FALSE(done.ok());
  EXPECT_EQ(done.error().code, "audit.chain_broken");
  EXPECT_EQ(rows().size(), 3u);
}

COLO_INSTANTIATE_ENGINE_TEST(AuditTest);

}  // namespace
}  // namespace colo::audit
