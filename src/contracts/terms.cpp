#include "contracts/terms.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "contracts/render.hpp"

namespace colo::contracts {

namespace json = boost::json;

namespace {

bool one_of(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void range(std::vector<FieldError>& e, const char* field, std::int64_t v, std::int64_t lo, std::int64_t hi) {
  if (v < lo || v > hi)
    e.push_back({field, "out_of_range", "Must be between " + std::to_string(lo) + " and " + std::to_string(hi) + "."});
}

}  // namespace

int default_tax_rate_bp(std::string_view service) { return service == "bandwidth" ? 900 : 600; }

std::string default_unit(std::string_view service) {
  // Codes, not words: the console and documents name them in the reader's language (unit.<code>).
  if (service == "rack_space") return "U";
  if (service == "whole_rack") return "rack";
  if (service == "power") return "kW";
  if (service == "bandwidth") return "Mbps";
  if (service == "ip_addresses") return "IP";
  if (service == "remote_hands") return "hour";
  if (service == "data_backup") return "TB";
  return "item";
}

Date term_end(Date start, int months) { return add_days(add_months(start, months), -1); }

std::vector<FieldError> validate_terms(const Terms& t) {
  std::vector<FieldError> e;
  if (!(t.end_date > t.effective_date))
    e.push_back({"end_date", "before_start", "The end date must be after the effective date."});
  range(e, "term_months", t.term_months, 1, 120);
  range(e, "notice_days", t.notice_days, 0, 365);
  range(e, "sla_availability_bp", t.sla_availability_bp, 0, 10000);
  range(e, "sla_response_minutes", t.sla_response_minutes, 1, 10080);
  range(e, "late_fee_bp_per_day", t.late_fee_bp_per_day, 0, 10000);
  range(e, "late_fee_cap_bp", t.late_fee_cap_bp, 0, 10000);
  range(e, "confidentiality_years", t.confidentiality_years, 1, 50);
  if (t.line_items.empty()) e.push_back({"line_items", "required", "A contract has at least one line item."});
  for (std::size_t i = 0; i < t.line_items.size(); ++i) {
    const auto& l = t.line_items[i];
    std::string p = "line_items/" + std::to_string(i) + "/";
    if (!one_of(kServices, l.service)) e.push_back({p + "service", "invalid", "Unknown service."});
    if (!one_of(kBillingCycles, l.billing_cycle))
      e.push_back({p + "billing_cycle", "invalid", "monthly, quarterly or yearly."});
    if (l.quantity < 1 || l.quantity > 1'000'000) e.push_back({p + "quantity", "out_of_range", "1 to 1,000,000."});
    if (l.unit_price_fen < 0 || l.unit_price_fen > 100'000'000'000)
      e.push_back({p + "unit_price_fen", "out_of_range", "0 to 1,000,000,000.00 yuan in fen."});
    if (!one_of(kLineModes, l.mode)) e.push_back({p + "mode", "invalid", "recurring, one_off or usage."});
    if (l.tax_rate_bp && (*l.tax_rate_bp < 0 || *l.tax_rate_bp > 10000))
      e.push_back({p + "tax_rate_bp", "out_of_range", "0 to 10000 basis points."});
    if (l.unit.size() > 16) e.push_back({p + "unit", "too_long", "At most 16 bytes."});
    if (!one_of(kP95Bases, l.p95_basis)) e.push_back({p + "p95_basis", "invalid", "in, out, max, sample_max or sum."});
    if (l.included_quantity < 0 || l.included_quantity > 1'000'000'000)
      e.push_back({p + "included_quantity", "out_of_range", "0 to 1,000,000,000."});
    if (l.mode == "usage") {
      if (!l.metric || !one_of(kUsageMetrics, *l.metric))
        e.push_back({p + "metric", "required", "A usage line measures bandwidth_p95 or power_kwh."});
    } else if (l.metric) {
      e.push_back({p + "metric", "invalid", "Only usage lines measure."});
    }
  }
  return e;
}

Terms apply_changes(Terms t, const Changes& c) {
  if (c.line_items) t.line_items = *c.line_items;
  if (c.end_date) t.end_date = *c.end_date;
  if (c.term_months) t.term_months = *c.term_months;
  if (c.auto_renew) t.auto_renew = *c.auto_renew;
  if (c.notice_days) t.notice_days = *c.notice_days;
  if (c.sla_availability_bp) t.sla_availability_bp = *c.sla_availability_bp;
  if (c.sla_response_minutes) t.sla_response_minutes = *c.sla_response_minutes;
  if (c.late_fee_bp_per_day) t.late_fee_bp_per_day = *c.late_fee_bp_per_day;
  if (c.late_fee_cap_bp) t.late_fee_cap_bp = *c.late_fee_cap_bp;
  if (c.confidentiality_years) t.confidentiality_years = *c.confidentiality_years;
  return t;
}

std::vector<FieldError> validate_amendment(const Terms& current, const AmendmentInput& in, Date today) {
  std::vector<FieldError> e;
  if (in.changes.empty()) e.push_back({"changes", "required", "A change agreement states what changes."});
  if (in.summary.empty()) e.push_back({"summary", "required", "Say what the agreement is about."});
  if (in.effective_date < today) e.push_back({"effective_date", "in_past", "A change takes effect today or later."});
  if (in.effective_date < current.effective_date || in.effective_date > current.end_date)
    e.push_back({"effective_date", "outside_contract", "A change takes effect within the contract's period."});
  if (in.changes.end_date && *in.changes.end_date < in.effective_date)
    e.push_back({"changes/end_date", "before_effective", "The new end date is before the change takes effect."});
  for (auto& f : validate_terms(apply_changes(current, in.changes))) {
    f.field = "changes/" + f.field;
    e.push_back(std::move(f));
  }
  return e;
}

Terms renewed(const Terms& t) {
  Terms n = t;
  n.end_date = term_end(add_days(t.end_date, 1), t.term_months);
  return n;
}

Date confidentiality_until(const Terms& t) { return add_months(t.effective_date, 12 * t.confidentiality_years); }

const Version* in_force(const std::vector<Version>& versions, Date day) {
  const Version* best = nullptr;
  for (const auto& v : versions) {
    if (v.effective_from > day) continue;
    if (!best || v.effective_from > best->effective_from ||
        (v.effective_from == best->effective_from && v.version > best->version))
      best = &v;
  }
  return best;
}

std::optional<int> reminder_due(Date end_date, Date today, const std::set<int>& sent) {
  int left = days_between(today, end_date);
  if (left < 0) return std::nullopt;
  for (auto it = kReminderDays.rbegin(); it != kReminderDays.rend(); ++it) {  // 7, 30, 60
    if (left > *it) continue;
    // The nearest threshold; a nearer one already sent makes the farther ones stale.
    for (int d : sent)
      if (d <= *it) return std::nullopt;
    return *it;
  }
  return std::nullopt;
}

Amounts amounts(const Terms& t) {
  // In twelfths of a fen per month: monthly x12, quarterly x4, yearly x1.
  std::int64_t twelfths = 0;
  std::int64_t once = 0;
  for (const auto& l : t.line_items) {
    if (l.mode == "one_off") {
      once += l.quantity * l.unit_price_fen;
      continue;
    }
    if (l.mode != "recurring") continue;  // usage is measured, not known in advance
    const std::int64_t per_year = l.billing_cycle == "yearly" ? 1 : l.billing_cycle == "quarterly" ? 4 : 12;
    twelfths += l.quantity * l.unit_price_fen * per_year;
  }
  const auto round12 = [](std::int64_t v) { return v >= 0 ? (v + 6) / 12 : -((-v + 6) / 12); };
  return {round12(twelfths), round12(twelfths * t.term_months) + once};
}

// The stored form is the API's (contracts/render.hpp): one shape for both.
json::object line_item_json(const LineItem& l) { return shape::value_of(l, render::line_item<shape::ValueWriter>); }

json::object terms_json(const Terms& t) { return shape::value_of(t, render::terms<shape::ValueWriter>); }

namespace {

Result<LineItem> line_item_of(const json::value& v) {
  try {
    const auto& o = v.as_object();
    LineItem l{std::string(o.at("service").as_string()), std::string(o.at("description").as_string()),
               o.at("quantity").to_number<std::int64_t>(), o.at("unit_price_fen").to_number<std::int64_t>(),
               std::string(o.at("billing_cycle").as_string())};
    // Lines stored before lines said how they are billed are recurring, at the service's rate.
    auto text = [&](const char* k) -> std::optional<std::string> {
      const auto* x = o.if_contains(k);
      if (!x || x->is_null()) return std::nullopt;
      return std::string(x->as_string());
    };
    if (auto x = text("mode")) l.mode = *x;
    l.catalogue_item = text("catalogue_item");
    if (auto x = text("unit")) l.unit = *x;
    if (const auto* x = o.if_contains("tax_rate_bp"); x && !x->is_null())
      l.tax_rate_bp = static_cast<int>(x->to_number<std::int64_t>());
    l.metric = text("metric");
    if (auto x = text("p95_basis")) l.p95_basis = *x;
    if (const auto* x = o.if_contains("included_quantity")) l.included_quantity = x->to_number<std::int64_t>();
    return l;
  } catch (const std::exception& e) {
    return Error::internal(std::string("stored line item: ") + e.what());
  }
}

Result<std::vector<LineItem>> line_items_of(const json::value& v) {
  std::vector<LineItem> out;
  for (const auto& e : v.as_array()) {
    COLO_TRY(auto l, line_item_of(e));
    out.push_back(std::move(l));
  }
  return out;
}

Result<Date> date_of(const json::value& v) {
  auto d = parse_date(v.as_string());
  if (!d) return Error::internal("stored date is malformed");
  return *d;
}

}  // namespace

Result<Terms> terms_from_json(const json::value& v) {
  try {
    const auto& o = v.as_object();
    Terms t;
    COLO_TRY(t.effective_date, date_of(o.at("effective_date")));
    COLO_TRY(t.end_date, date_of(o.at("end_date")));
    t.term_months = static_cast<int>(o.at("term_months").to_number<std::int64_t>());
    t.auto_renew = o.at("auto_renew").as_bool();
    t.notice_days = static_cast<int>(o.at("notice_days").to_number<std::int64_t>());
    COLO_TRY(t.line_items, line_items_of(o.at("line_items")));
    t.currency = std::string(o.at("currency").as_string());
    t.sla_availability_bp = static_cast<int>(o.at("sla_availability_bp").to_number<std::int64_t>());
    t.sla_response_minutes = static_cast<int>(o.at("sla_response_minutes").to_number<std::int64_t>());
    t.late_fee_bp_per_day = static_cast<int>(o.at("late_fee_bp_per_day").to_number<std::int64_t>());
    if (const auto* x = o.if_contains("late_fee_cap_bp"))  // absent in terms stored before the cap
      t.late_fee_cap_bp = static_cast<int>(x->to_number<std::int64_t>());
    t.confidentiality_years = static_cast<int>(o.at("confidentiality_years").to_number<std::int64_t>());
    return t;
  } catch (const std::exception& e) {
    return Error::internal(std::string("stored terms: ") + e.what());
  }
}

json::object changes_json(const Changes& c) { return shape::value_of(c, render::changes<shape::ValueWriter>); }

Result<Changes> changes_from_json(const json::value& v) {
  try {
    const auto& o = v.as_object();
    Changes c;
    auto integer = [&](const char* k) -> std::optional<int> {
      if (const auto* x = o.if_contains(k)) return static_cast<int>(x->to_number<std::int64_t>());
      return std::nullopt;
    };
    if (const auto* x = o.if_contains("line_items")) {
      COLO_TRY(auto items, line_items_of(*x));
      c.line_items = std::move(items);
    }
    if (const auto* x = o.if_contains("end_date")) {
      COLO_TRY(auto d, date_of(*x));
      c.end_date = d;
    }
    c.term_months = integer("term_months");
    if (const auto* x = o.if_contains("auto_renew")) c.auto_renew = x->as_bool();
    c.notice_days = integer("notice_days");
    c.sla_availability_bp = integer("sla_availability_bp");
    c.sla_response_minutes = integer("sla_response_minutes");
    c.late_fee_bp_per_day = integer("late_fee_bp_per_day");
    c.late_fee_cap_bp = integer("late_fee_cap_bp");
    c.confidentiality_years = integer("confidentiality_years");
    return c;
  } catch (const std::exception& e) {
    return Error::internal(std::string("stored changes: ") + e.what());
  }
}

}  // namespace colo::contracts
