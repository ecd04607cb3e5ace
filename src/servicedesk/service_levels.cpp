#include "servicedesk/service_levels.hpp"

#include <algorithm>

namespace colo::servicedesk {

namespace {

using std::chrono::duration_cast;
using std::chrono::milliseconds;
using std::chrono::minutes;

std::vector<Span> clipped_and_merged(std::vector<Span> spans, const Span& period) {
  std::vector<Span> in;
  in.reserve(spans.size());
  for (const auto& s : spans) {
    Span c{std::max(s.start, period.start), std::min(s.end, period.end)};
    if (c.start < c.end) in.push_back(c);
  }
  std::sort(in.begin(), in.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  std::vector<Span> out;
  for (const auto& s : in) {
    if (!out.empty() && s.start <= out.back().end)
      out.back().end = std::max(out.back().end, s.end);
    else
      out.push_back(s);
  }
  return out;
}

// The parts of `s` outside every window (windows sorted and disjoint).
void subtract(const Span& s, const std::vector<Span>& windows, std::vector<Span>& out) {
  Instant cursor = s.start;
  for (const auto& w : windows) {
    if (w.end <= cursor) continue;
    if (w.start >= s.end) break;
    if (w.start > cursor) out.push_back({cursor, w.start});
    cursor = std::max(cursor, w.end);
    if (cursor >= s.end) return;
  }
  if (cursor < s.end) out.push_back({cursor, s.end});
}

std::int64_t whole_minutes(milliseconds d) { return duration_cast<minutes>(d).count(); }

std::int64_t rounded_div(std::int64_t num, std::int64_t den) {  // num >= 0, den > 0: half up
  return (num * 2 + den) / (den * 2);
}

}  // namespace

Availability availability_of(const Span& period, std::vector<Span> outages, std::vector<Span> maintenance,
                             bool measured, const std::vector<Span>* measured_spans) {
  Availability a;
  a.measured = measured;
  if (!(period.start < period.end)) return a;
  auto windows = clipped_and_merged(std::move(maintenance), period);
  milliseconds in_windows{0};
  for (const auto& w : windows) in_windows += w.end - w.start;
  a.maintenance_minutes = whole_minutes(in_windows);
  auto down = clipped_and_merged(std::move(outages), period);
  if (measured_spans) {
    // The unmeasured time: the period outside what was measured (outages included), then outside
    // maintenance, which is already taken out of the promise.
    auto known = *measured_spans;
    known.insert(known.end(), down.begin(), down.end());
    known = clipped_and_merged(std::move(known), period);
    std::vector<Span> gaps, unmeasured;
    subtract(period, known, gaps);
    for (const auto& g : gaps) subtract(g, windows, unmeasured);
    milliseconds u{0};
    for (const auto& g : unmeasured) u += g.end - g.start;
    a.unmeasured_minutes = whole_minutes(u);
  }
  // The promised period is what is left outside announced maintenance (and unmeasured time),
  // counted in whole minutes like the outages so that a period with no outage is exactly 100 %.
  a.minutes_in_period = whole_minutes(period.end - period.start) - a.maintenance_minutes - a.unmeasured_minutes;
  if (a.minutes_in_period <= 0) {
    a.minutes_in_period = 0;
    if (measured_spans) a.measured = false;
  }
  std::vector<Span> outside;
  for (const auto& o : down) subtract(o, windows, outside);
  // Pieces of one outage split by a window are separate outages; each counts its own whole minutes.
  for (const auto& o : outside) a.outage_minutes += whole_minutes(o.end - o.start);
  a.outage_minutes = std::min(a.outage_minutes, a.minutes_in_period);
  return a;
}

std::optional<std::int64_t> availability_ppm(const Availability& a) {
  if (!a.measured || a.minutes_in_period <= 0) return std::nullopt;
  return (a.minutes_in_period - a.outage_minutes) * 1000000 / a.minutes_in_period;
}

bool meets_bp(const Availability& a, int bp) {
  if (a.minutes_in_period <= 0) return true;
  return (a.minutes_in_period - a.outage_minutes) * 10000 >= static_cast<std::int64_t>(bp) * a.minutes_in_period;
}

CreditTable default_credit_table() { return CreditTable{{{9990, 1000}, {9900, 2500}, {9500, 10000}}, 5000}; }

std::vector<FieldError> validate_credit_table(const CreditTable& t) {
  std::vector<FieldError> errs;
  if (t.steps.empty() || t.steps.size() > 10)
    errs.push_back({"steps", "out_of_range", "a credit table has one to ten steps"});
  for (std::size_t i = 0; i < t.steps.size(); ++i) {
    const auto& s = t.steps[i];
    std::string at = "steps/" + std::to_string(i);
    if (s.below_bp < 1 || s.below_bp > 10000)
      errs.push_back({at + "/below_bp", "out_of_range", "must be 1 to 10000 basis points"});
    if (s.credit_bp < 1 || s.credit_bp > 10000)
      errs.push_back({at + "/credit_bp", "out_of_range", "must be 1 to 10000 basis points"});
    if (i > 0 && s.below_bp >= t.steps[i - 1].below_bp)
      errs.push_back({at + "/below_bp", "servicedesk.credit_table.not_ordered",
                      "each step's threshold must be lower than the one before"});
    if (i > 0 && s.credit_bp <= t.steps[i - 1].credit_bp)
      errs.push_back({at + "/credit_bp", "servicedesk.credit_table.not_ordered",
                      "a lower availability must earn a larger credit"});
  }
  if (t.cap_bp < 1 || t.cap_bp > 10000) errs.push_back({"cap_bp", "out_of_range", "must be 1 to 10000 basis points"});
  return errs;
}

std::int64_t share_of(std::int64_t fen, int bp) {
  if (fen <= 0 || bp <= 0) return 0;
  return rounded_div(fen * bp, 10000);
}

CreditComputation compute_credit(const CreditTable& table, const std::vector<ServiceMonth>& services) {
  CreditComputation c;
  for (const auto& s : services) {
    ServiceCredit sc;
    sc.service = s.service;
    sc.monthly_fee_fen = s.monthly_fee_fen;
    sc.measured = s.availability.measured;
    sc.availability_ppm = availability_ppm(s.availability);
    c.month_fee_fen += s.monthly_fee_fen;
    if (sc.measured) {
      c.measured = true;
      // Steps fall in threshold; the last one the availability is below is the lowest, largest credit.
      for (const auto& step : table.steps)
        if (!meets_bp(s.availability, step.below_bp)) sc.credit_bp = step.credit_bp;
      sc.credit_fen = share_of(s.monthly_fee_fen, sc.credit_bp);
    }
    c.uncapped_fen += sc.credit_fen;
    c.services.push_back(std::move(sc));
  }
  c.cap_fen = share_of(c.month_fee_fen, table.cap_bp);
  c.credit_fen = std::min(c.uncapped_fen, c.cap_fen);
  c.capped = c.uncapped_fen > c.cap_fen;
  return c;
}

Indicators aggregate_indicators(const std::vector<TicketFacts>& tickets) {
  Indicators in;
  std::int64_t response_sum = 0, resolution_sum = 0, answer_sum = 0, score_sum = 0;
  for (const auto& t : tickets) {
    ++in.tickets;
    ++in.by_type[t.type];
    ++in.by_priority[t.priority];
    if (t.response_minutes) {
      ++in.responded;
      response_sum += *t.response_minutes;
      if (t.response_on_time.value_or(*t.response_minutes <= t.response_target_minutes)) ++in.response_met;
    }
    if (t.resolution_minutes) {
      ++in.resolved;
      resolution_sum += *t.resolution_minutes;
      if (t.resolution_on_time.value_or(*t.resolution_minutes <= t.resolution_target_minutes)) ++in.resolution_met;
    }
    if (t.type == "complaint") {
      ++in.complaints;
      if (t.complaint_answer_minutes) {
        ++in.complaints_answered;
        answer_sum += *t.complaint_answer_minutes;
      }
    }
    if (t.satisfaction && *t.satisfaction >= 1 && *t.satisfaction <= 5) {
      ++in.surveys;
      score_sum += *t.satisfaction;
    }
  }
  if (in.responded) in.average_response_minutes = rounded_div(response_sum, in.responded);
  if (in.resolved) in.average_resolution_minutes = rounded_div(resolution_sum, in.resolved);
  if (in.complaints_answered) in.average_answer_minutes = rounded_div(answer_sum, in.complaints_answered);
  if (in.surveys) in.satisfaction_tenths = rounded_div(score_sum * 10, in.surveys);
  return in;
}

Result<std::string> claim_next(std::string_view status, std::string_view action) {
  if (status == "agreed" || status == "rejected")
    return Error::conflict("service_levels.claim.decided", "The claim was already decided.");
  if (action == "assess" && status == "submitted") return std::string("assessed");
  if (action == "agree" && status == "assessed") return std::string("agreed");
  if (action == "reject") return std::string("rejected");
  return Error::conflict("service_levels.claim.bad_transition", "The claim cannot do this now.");
}

Result<std::string> action_next(std::string_view status, std::string_view action) {
  if (status == "closed") return Error::conflict("service_levels.action.closed", "The action is closed.");
  if (action == "start" && status == "open") return std::string("in_progress");
  if (action == "verify" && status == "in_progress") return std::string("verifying");
  if (action == "reject" && status == "verifying") return std::string("in_progress");
  if (action == "close" && status == "verifying") return std::string("closed");
  return Error::conflict("service_levels.action.bad_transition", "The action cannot do this now.");
}

bool action_overdue(std::string_view status, Date due, Date today) { return status != "closed" && due < today; }

}  // namespace colo::servicedesk
