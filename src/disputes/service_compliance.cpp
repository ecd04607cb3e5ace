// The compliance view's measures from the records this module keeps: breaches handled in time
// and as the regulation asks (R9), disputes negotiated before escalation and escalated with a case
// number (R12); the other modules' clauses come from the providers src/app registers. Every other
// clause is "not measured" until a provider measures it.
#include <algorithm>
#include <chrono>
#include <mutex>

#include <sodium.h>

#include "audit/audit.hpp"
#include "audit/store.hpp"
#include "core/business_calendar.hpp"
#include "documents/pdf.hpp"

#include "disputes/compliance.hpp"
#include "disputes/service.hpp"
#include "disputes/store.hpp"

namespace colo::disputes {

namespace {

bool decided_in_time(const store::BreachFact& b) {
  if (!b.decided_at) return false;
  auto recorded = parse_instant(b.created_at);
  auto decided = parse_instant(*b.decided_at);
  return recorded && decided && *decided - *recorded <= std::chrono::hours(24 * kBreachDecisionDays);
}

// One breach clause over the facts of a period: handled (and, when `compensated`, compensated)
// in time is met; an open one past the decision time or one handled otherwise fails; an open one
// still within its time is not counted yet.
void count_breaches(const std::vector<store::BreachFact>& facts, Instant now,
                    bool (*in_scope)(const store::BreachFact&), bool compensated, std::int64_t& met,
                    std::int64_t& total, std::vector<FailingItem>* failing) {
  for (const auto& b : facts) {
    if (!in_scope(b)) continue;
    const bool handled =
        decided_in_time(b) && (!compensated || b.consequence == std::optional<std::string>("compensation"));
    if (!b.decided_at) {
      auto recorded = parse_instant(b.created_at);
      if (recorded && now - *recorded <= std::chrono::hours(24 * kBreachDecisionDays)) continue;
    }
    ++total;
    if (handled)
      ++met;
    else if (failing)
      failing->push_back({"breach", b.id, b.number});
  }
}

bool non_payment(const store::BreachFact& b) { return b.party == "customer" && b.kind == "non_payment"; }
bool customer_other(const store::BreachFact& b) { return b.party == "customer" && b.kind != "non_payment"; }
bool operator_service(const store::BreachFact& b) { return b.party == "operator" && b.kind != "data_loss"; }
bool data_loss(const store::BreachFact& b) { return b.party == "operator" && b.kind == "data_loss"; }

}  // namespace

struct Service::ComplianceCache {
  std::mutex mutex;
  bool valid = false;
  std::int64_t head_id = 0;
  std::string date;
  Instant computed{};
  ComplianceView view;
};

Service::Service(db::Database& db, const Clock& clock, Ports ports)
    : db_(db), clock_(clock), ports_(std::move(ports)), cache_(std::make_unique<ComplianceCache>()) {}

Service::~Service() = default;

Result<ComplianceView> Service::compliance(const Context& ctx) {
  if (!ctx.can("compliance.read")) return Error::forbidden("The compliance view needs compliance.read.");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  // The cache's key comes from the database, so a write on any server refreshes every server's
  // cache: the audit chain's head. Holding the mutex while computing lets one request compute
  // and the others wait for its answer.
  COLO_TRY(auto head, audit::store::last(tx));
  const std::int64_t head_id = head ? head->id : 0;
  const std::string date = format_date(clock_.today());
  const Instant now = clock_.now();
  std::lock_guard lock(cache_->mutex);
  auto& c = *cache_;
  if (c.valid && c.head_id == head_id && c.date == date && now - c.computed < kComplianceMaxAge) return c.view;
  COLO_TRY(auto view, compute_compliance(tx, head_id, head ? head->hash : std::string()));
  c.valid = true;
  c.head_id = head_id;
  c.date = date;
  c.computed = now;
  c.view = view;
  return view;
}

Result<ComplianceView> Service::compute_compliance(db::Tx& tx, std::int64_t head_id, const std::string& head_hash) {
  const Instant now = clock_.now();
  const Date today = clock_.today();
  ComplianceView view;
  view.as_of = format_instant(now);
  view.period_from = format_date(add_days(today, -364));
  view.period_to = format_date(today);
  view.audit_head_id = head_id;
  view.audit_head_hash = head_hash;
  // The period is the last 365 days to now; the one before it gives the trend.
  const auto year = std::chrono::hours(24 * 365);
  MeasureWindow w;
  w.now = now;
  w.today = today;
  w.from = format_instant(now - year);
  w.to = format_instant(now + std::chrono::seconds(1));
  w.before = format_instant(now - 2 * year);
  w.from_date = add_days(today, -364);
  w.before_date = add_days(today, -729);
  const std::string &from = w.from, &to = w.to, &before = w.before;
  COLO_TRY(auto facts, store::breaches_recorded(tx, from, to));
  COLO_TRY(auto previous, store::breaches_recorded(tx, before, from));
  COLO_TRY(auto escalated, store::escalations(tx, from, to, clock_.calendar()));
  COLO_TRY(auto escalated_before, store::escalations(tx, before, from, clock_.calendar()));

  std::vector<Measure> measures;
  struct BreachClause {
    const char* clause;
    bool (*scope)(const store::BreachFact&);
    bool compensated;
    const char* evidence;
  };
  const BreachClause breach_clauses[] = {
      {"R9.1.1", non_payment, false, "/breaches?party=customer"},
      {"R9.1.2", customer_other, false, "/breaches?party=customer"},
      {"R9.2.1", operator_service, false, "/breaches?party=operator"},
      {"R9.2.2", data_loss, true, "/breaches?party=operator"},
  };
  for (const auto& c : breach_clauses) {
    Measure m;
    m.clause = c.clause;
    m.evidence = c.evidence;
    count_breaches(facts, now, c.scope, c.compensated, m.met, m.total, &m.failing);
    count_breaches(previous, now, c.scope, c.compensated, m.previous_met, m.previous_total, nullptr);
    measures.push_back(std::move(m));
  }
  auto escalation_measure = [&](const char* clause, bool store::EscalationFact::*good) {
    Measure m;
    m.clause = clause;
    m.evidence = "/disputes?status=escalated";
    for (const auto& e : escalated) {
      ++m.total;
      if (e.*good)
        ++m.met;
      else
        m.failing.push_back({"dispute", e.id, e.number});
    }
    for (const auto& e : escalated_before) {
      ++m.previous_total;
      if (e.*good) ++m.previous_met;
    }
    measures.push_back(std::move(m));
  };
  escalation_measure("R12.1", &store::EscalationFact::negotiated);
  escalation_measure("R12.2", &store::EscalationFact::case_numbered);
  for (const auto& provider : providers_) {
    COLO_TRY(auto more, provider(tx, w));
    for (auto& m : more) measures.push_back(std::move(m));
  }
  view.clauses = compliance_view(measures);
  return view;
}

namespace {

std::string sha256_hex(const std::string& data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

}  // namespace

Result<ComplianceReportFile> Service::compliance_report(const Context& ctx, const std::string& language) {
  COLO_TRY(auto view, compliance(ctx));
  documents::ComplianceReport r;
  r.language = language;
  r.period_from = view.period_from;
  r.period_to = view.period_to;
  // The computation time as the reader's clock shows it, to the minute.
  if (auto at = parse_instant(view.as_of)) {
    const auto& cal = clock_.calendar();
    const Date day = cal.date_of(*at);
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*at - cal.start_of(day)).count();
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
    r.as_of = format_date(day) + " " + hm + " (" + cal.zone_name() + ")";
  }
  r.audit_head_id = view.audit_head_id;
  r.audit_head_hash = view.audit_head_hash;
  for (const auto& c : view.clauses)
    r.clauses.push_back(
        {c.clause, c.status, c.trend, c.value_bp, c.target_bp, c.failing_count, c.period_from, c.period_to});
  COLO_TRY(auto pdf, documents::render_pdf(r));
  ComplianceReportFile file{std::move(pdf), "", view.audit_head_id};
  file.sha256 = sha256_hex(file.pdf);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"compliance.report", file.sha256, "export", nullptr,
                            boost::json::object{{"sha256", file.sha256},
                                                {"audit_head_id", view.audit_head_id},
                                                {"audit_head_hash", view.audit_head_hash},
                                                {"period_from", view.period_from},
                                                {"period_to", view.period_to},
                                                {"language", language}},
                            std::nullopt}));
  COLO_CHECK(tx.commit());
  return file;
}

Result<ReportCheck> Service::verify_report(const Context& ctx, const std::string& pdf) {
  if (!ctx.can("compliance.read")) return Error::forbidden("Verifying a compliance report needs compliance.read.");
  ReportCheck check;
  check.sha256 = sha256_hex(pdf);
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, store::recorded_report(tx, check.sha256));
  if (found) {
    check.verified = true;
    check.audit_id = found->first;
    check.recorded_at = found->second;
  }
  return check;
}

}  // namespace colo::disputes
