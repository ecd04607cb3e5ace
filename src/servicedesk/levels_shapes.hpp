// The answers' shapes (core/shape.hpp) that more than one route file writes: a credit, an
// improvement action and the month's indicators (the levels routes and the monthly report).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/shape.hpp"
#include "servicedesk/levels.hpp"

namespace colo::servicedesk {

struct KeyCount {
  std::string key;
  std::int64_t count = 0;
};
inline std::vector<KeyCount> counts(const std::map<std::string, std::int64_t>& m) {
  std::vector<KeyCount> out;
  for (const auto& [k, v] : m) out.push_back({k, v});
  return out;
}

inline constexpr auto credit_shape = [](auto& w, const Credit& c) {
  w.field("id", c.id);
  w.field("contract_id", c.contract_id);
  w.field("customer_id", c.customer_id);
  w.field("month", c.month);
  w.field("measured", c.measured);
  w.field("availability_ppm", c.availability_ppm);
  w.field("target_bp", c.target_bp);
  w.field("month_fee_fen", c.month_fee_fen);
  w.field("uncapped_fen", c.uncapped_fen);
  w.field("cap_fen", c.cap_fen);
  w.field("computed_fen", c.computed_fen);
  w.field("amount_fen", c.amount_fen);
  w.field("computation", c.computation);
  w.field("status", c.status, kCreditStatuses);
  w.field("adjust_reason", c.adjust_reason);
  w.field("reviewed_by", c.reviewed_by_name);
  w.field("reviewed_at", c.reviewed_at);
  w.field("charge_id", c.charge_id);
  w.field("computed_at", c.computed_at);
  w.field("row_version", c.row_version);
};

inline constexpr auto indicators_shape = [](auto& w, const MonthIndicators& m) {
  const auto& t = m.tickets;
  w.field("month", m.month);
  w.field("customer_id", m.customer_id);
  w.object("availability", "SlaAvailability", [&] {
    w.field("measured", m.availability.measured);
    w.field("minutes_in_period", m.availability.minutes_in_period);
    w.field("outage_minutes", m.availability.outage_minutes);
    w.field("maintenance_minutes", m.availability.maintenance_minutes);
    w.field("unmeasured_minutes", m.availability.unmeasured_minutes);
    w.field("availability_ppm", availability_ppm(m.availability));
  });
  w.field("tickets", t.tickets);
  w.array("by_type", "SlaCount", counts(t.by_type), [&](const KeyCount& c) {
    w.field("key", c.key);
    w.field("count", c.count);
  });
  w.array("by_priority", "SlaCount", counts(t.by_priority), [&](const KeyCount& c) {
    w.field("key", c.key);
    w.field("count", c.count);
  });
  w.field("responded", t.responded);
  w.field("response_met", t.response_met);
  w.field("resolved", t.resolved);
  w.field("resolution_met", t.resolution_met);
  w.field("average_response_minutes", t.average_response_minutes);
  w.field("average_resolution_minutes", t.average_resolution_minutes);
  w.field("complaints", t.complaints);
  w.field("complaints_answered", t.complaints_answered);
  w.field("average_answer_minutes", t.average_answer_minutes);
  w.field("surveys", t.surveys);
  w.field("satisfaction_tenths", t.satisfaction_tenths);
};

inline constexpr auto action_shape = [](auto& w, const ImprovementAction& a) {
  w.field("id", a.id);
  w.field("number", a.number);
  w.field("title", a.title);
  w.field("description", a.description);
  w.field("owner_id", a.owner_id);
  w.field("owner_name", a.owner_name);
  w.field("due_date", format_date(a.due_date));
  w.field("status", a.status, kActionStatuses);
  w.field("overdue", a.overdue);
  w.field("verification", a.verification);
  w.field("verified_by", a.verified_by_name);
  w.field("verified_at", a.verified_at);
  w.field("closed_at", a.closed_at);
  w.integers("ticket_ids", a.ticket_ids);
  w.field("created_by", a.created_by_name);
  w.field("created_at", a.created_at);
  w.field("updated_at", a.updated_at);
  w.field("row_version", a.row_version);
};

}  // namespace colo::servicedesk
