// The agent queue over 1,000,000 tickets: the list an agent opens all day (open tickets of one
// group, one status, sorted by resolution due time, 50 per page, the first pages), read and
// written as the route writes it (service + store + JSON shape), on 1 and 2 threads. Target: at
// least 2,000 requests/s. The tickets are loaded in bulk by SQL the way `colo demo --scale large`
// loads its ledger. Usage: colo_bench_servicedesk [tickets] [database URL]
// (default 1000000 tickets in a temporary SQLite file; a PostgreSQL URL must name an empty
// database).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "core/business_calendar.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "servicedesk/render.hpp"
#include "servicedesk/service.hpp"

namespace {

using namespace colo;
using namespace std::chrono;

// Rows generated in SQL: types, priorities, statuses and groups spread as a busy desk's are.
constexpr const char* kLoadTickets =
    "INSERT INTO servicedesk_tickets (number, type, customer_id, title, description, impact, urgency, priority, "
    "status, group_name, channel, raised_by_name, calendar, response_target_minutes, resolution_target_minutes, "
    "response_due_at, resolution_due_at, created_at, updated_at) "
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) "
    "SELECT 'TK-BENCH-' || i, CASE i % 4 WHEN 0 THEN 'incident' WHEN 1 THEN 'service_request' WHEN 2 THEN "
    "'consultation' ELSE 'complaint' END, 1 + i % $2, '服务器无法访问 #' || i, '', 1 + i % 3, 1 + (i / 3) % 3, "
    "'P' || (1 + i % 4), CASE i % 6 WHEN 0 THEN 'new' WHEN 1 THEN 'assigned' WHEN 2 THEN 'in_progress' WHEN 3 THEN "
    "'waiting_for_customer' WHEN 4 THEN 'resolved' ELSE 'closed' END, CASE i % 4 WHEN 0 THEN 'operations' WHEN 1 "
    "THEN 'technical' WHEN 2 THEN 'business' ELSE 'finance' END, 'staff', 'bench', '7x24', 30, 240, "
    "'2026-11-26T00:00:00.000Z', '2026-' || CASE WHEN (i % 12) < 9 THEN '0' ELSE '' END || (1 + i % 12) || '-' || "
    "CASE WHEN (i % 28) < 9 THEN '0' ELSE '' END || (1 + i % 28) || 'T08:00:00.000Z', '2026-11-01T00:00:00.000Z', "
    "'2026-11-01T00:00:00.000Z' FROM n";

template <typename R>
void check(const R& s, const char* what) {
  if (!s.ok()) {
    std::fprintf(stderr, "%s: %s\n", what, s.error().message.c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t tickets = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
  std::string url = argc > 2 ? argv[2] : "";
  std::filesystem::path tmp;
  if (url.empty()) {
    tmp = std::filesystem::temp_directory_path() / ("colo-bench-desk-" + std::to_string(::getpid()));
    std::filesystem::create_directories(tmp);
    url = "sqlite://" + (tmp / "desk.db").string();
  }
  auto opened = db::Database::open(url, {});
  if (!opened.ok()) {
    std::fprintf(stderr, "open: %s\n", opened.error().message.c_str());
    return 1;
  }
  auto& database = **opened;
  check(db::migrate(database, db::builtin_migrations()), "migrate");
  const auto load_start = steady_clock::now();
  {
    auto tx = db::Tx::begin(database, db::Access::write).take();
    const std::int64_t customers = 1000;
    for (std::int64_t c = 1; c <= customers; ++c)
      check(tx.exec("INSERT INTO customers (name, address, status, created_at, updated_at) VALUES ($1, '北京', "
                    "'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                    {"客户 " + std::to_string(c)}),
            "customers");
    check(tx.exec(kLoadTickets, {tickets, customers}), "tickets");
    check(tx.commit(), "commit");
  }
  std::printf("servicedesk queue: %lld tickets loaded in %.1f s\n", static_cast<long long>(tickets),
              duration<double>(steady_clock::now() - load_start).count());

  ManualClock clock{Instant{milliseconds{1'795'000'000'000}}};
  servicedesk::Directory dir;
  servicedesk::Service svc(database, clock, servicedesk::Settings{}, std::move(dir), tmp.empty() ? "/tmp" : tmp);
  auto ctx = system_context("bench");
  auto p = std::make_shared<Principal>(*ctx.principal);
  p->permissions.insert("servicedesk.read");
  ctx.principal = p;

  const std::vector<std::string> statuses = {"new", "assigned", "in_progress", "waiting_for_customer"};
  const std::vector<std::string> groups = {"operations", "technical", "business", "finance"};
  auto one = [&](int i) {
    servicedesk::TicketFilter f;
    f.status = statuses[i % statuses.size()];
    f.group = groups[(i / 4) % groups.size()];
    f.sort = "resolution_due_at";
    f.limit = 50;
    f.offset = 50 * (i % 5);
    auto page = svc.list(ctx, f);
    if (!page.ok()) {
      std::fprintf(stderr, "list: %s\n", page.error().message.c_str());
      std::exit(1);
    }
    auto text = shape::text_array(page->second, servicedesk::ticket_shape);
    return text.size();
  };
  for (int i = 0; i < 64; ++i) one(i);  // warm the caches as a running server's are
  const int requests = 4000;
  for (int threads : {1, 2}) {
    std::atomic<int> next{0};
    std::atomic<std::size_t> bytes{0};
    const auto start = steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        for (int i = next++; i < requests; i = next++) bytes += one(i);
      });
    for (auto& t : pool) t.join();
    const double s = duration<double>(steady_clock::now() - start).count();
    std::printf(
        "servicedesk queue (status+group, sorted by due time, 50/page): %d thread(s): %.0f requests/s "
        "(target >= 2000)\n",
        threads, requests / s);
  }
  if (!tmp.empty()) std::filesystem::remove_all(tmp);
  return 0;
}
