#include "firewall/service.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <set>

#include "audit/audit.hpp"
#include "firewall/store.hpp"
#include "notify/notify.hpp"

namespace colo::firewall {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxLines = 50;

bool one_of(const std::vector<std::string>& values, const std::string& v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

std::string actor(const Context& ctx) { return ctx.principal ? ctx.principal->username : "system"; }

// "inbound tcp any -> 203.0.113.10/32 : 443", for audit entries and notices.
std::string describe(const Line& l) {
  return l.direction + " " + l.protocol + " " + l.source + " -> " + l.destination + " : " + l.ports;
}

json::value audit_of(const Request& r) {
  json::array lines;
  for (const auto& l : r.lines) {
    json::object o{{"line", describe(l.line)}};
    if (l.rule_id) o["rule_id"] = *l.rule_id;
    lines.push_back(std::move(o));
  }
  json::object o{{"number", r.number},         {"action", r.action}, {"device", r.device_name},  {"status", r.status},
                 {"risk_level", r.risk_level}, {"reason", r.reason}, {"lines", std::move(lines)}};
  if (r.expires_on) o["expires_on"] = *r.expires_on;
  if (r.review_risk_level) o["review_risk_level"] = *r.review_risk_level;
  if (r.review_note) o["review_note"] = *r.review_note;
  return o;
}

json::value audit_of(const Rule& r) {
  json::object o{{"device", r.device_name}, {"line", describe(r.line)}, {"added_by", r.added_request_number}};
  if (r.expires_on) o["expires_on"] = *r.expires_on;
  if (r.removed_reason) o["removed_reason"] = *r.removed_reason;
  return o;
}

Error forbidden(const char* permission) {
  return Error::forbidden(std::string("This needs the permission ") + permission + ".");
}

}  // namespace

Result<Request> Service::load(db::Tx& tx, const Context& ctx, std::int64_t id) {
  COLO_TRY(auto r, store::find_request(tx, id));
  if (!r || !ctx.sees(r->customer_id)) return Error::not_found("Firewall request");
  COLO_TRY(r->lines, store::lines_of(tx, id));
  return std::move(*r);
}

Result<Request> Service::create(const Context& ctx, const RequestInput& in) {
  if (!ctx.can("firewall.request")) return forbidden("firewall.request");
  const Date today = clock_.today();
  std::vector<FieldError> errors;
  if (!one_of(kActions, in.action)) errors.push_back({"action", "invalid_choice", "One of: open, close."});
  if (in.device_id <= 0) errors.push_back({"device_id", "required", "Choose the device."});
  if (in.reason.empty()) errors.push_back({"reason", "required", "Say why."});
  std::vector<Line> lines;
  if (in.action == "open") {
    if (in.lines.empty() || in.lines.size() > kMaxLines)
      errors.push_back({"lines", "firewall.request.lines_count", "Between 1 and 50 rules."});
    for (std::size_t i = 0; i < in.lines.size() && i < kMaxLines; ++i) {
      const std::string prefix = "lines/" + std::to_string(i);
      auto line = normalise_line(in.lines[i], prefix);
      if (!line.ok()) {
        for (auto& f : line.error().fields) errors.push_back(f);
        continue;
      }
      for (const auto& seen : lines)
        if (match_key(0, seen) == match_key(0, *line))
          errors.push_back({prefix, "firewall.request.repeated_line", "The same rule twice."});
      lines.push_back(std::move(*line));
    }
    if (in.expires_on) {
      auto day = parse_date(*in.expires_on);
      if (!day)
        errors.push_back({"expires_on", "invalid_date", "A date, YYYY-MM-DD."});
      else if (*day <= today)
        errors.push_back({"expires_on", "firewall.request.expiry_past", "The expiry must be after today."});
      else if (*day > add_days(today, options_.max_expiry_days))
        errors.push_back(FieldError{"expires_on",
                                    "firewall.request.expiry_too_far",
                                    "Too far ahead.",
                                    {{"days", std::to_string(options_.max_expiry_days)}}});
    }
    if (!in.rule_ids.empty()) errors.push_back({"rule_ids", "firewall.request.rules_for_close", "Only for close."});
  } else if (in.action == "close") {
    if (in.rule_ids.empty() || in.rule_ids.size() > kMaxLines)
      errors.push_back({"rule_ids", "firewall.request.lines_count", "Between 1 and 50 rules."});
    if (!in.lines.empty()) errors.push_back({"lines", "firewall.request.lines_for_open", "Only for open."});
    if (in.expires_on) errors.push_back({"expires_on", "firewall.request.expiry_for_open", "Only for open."});
  }
  if (!errors.empty()) return Error::validation(std::move(errors));

  // The device and the customer's networks come from other modules, read before the write
  // transaction: they are what the request is judged against, not what it changes.
  COLO_TRY(auto device, ports_.device(in.device_id));
  if (!device || !ctx.sees(device->customer_id))
    return Error::unprocessable("firewall.request.unknown_device", "No such device of yours.",
                                {{"device_id", "firewall.request.unknown_device", "No such device of yours."}});
  if (!device->customer_id)
    return Error::unprocessable("firewall.request.device_without_customer",
                                "The device belongs to no customer; its firewall is the operator's.",
                                {{"device_id", "firewall.request.device_without_customer", "No customer."}})
        .with("device", device->name);
  const std::int64_t customer_id = *device->customer_id;
  std::vector<Risk> risks;
  if (in.action == "open") {
    COLO_TRY(auto networks, ports_.customer_networks(customer_id));
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      if (!inside_networks(l.own_side(), networks)) {
        const std::string field =
            "lines/" + std::to_string(i) + "/" + (l.direction == "inbound" ? "destination" : "source");
        errors.push_back(FieldError{field,
                                    "firewall.address.outside_customer",
                                    "Not inside the customer's own prefixes or addresses.",
                                    {{"address", l.own_side()}}});
      }
      risks.push_back(assess(l));
    }
    if (!errors.empty())
      return Error::unprocessable("firewall.address.outside_customer",
                                  "The customer's side of a rule is not inside its own prefixes or addresses.",
                                  std::move(errors))
          .with("address", lines.empty() ? "" : lines.front().own_side());
  }

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  Request r;
  r.customer_id = customer_id;
  r.customer_name = device->customer_name;
  r.device_id = device->id;
  r.device_name = device->name;
  r.action = in.action;
  r.reason = in.reason;
  r.expires_on = in.expires_on;
  r.status = "submitted";
  r.created_by = actor(ctx);
  r.created_at = r.updated_at = format_instant(clock_.now());
  if (in.action == "open") {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      COLO_TRY(auto existing, store::in_force_with_key(tx, match_key(r.device_id, lines[i])));
      if (existing)
        return Error::unprocessable(
            "firewall.rule.already_in_force", "This rule is already in force.",
            {{"lines/" + std::to_string(i), "firewall.rule.already_in_force", "Already in force."}});
      r.lines.push_back({0, 0, lines[i], risks[i].flags, std::nullopt});
    }
  } else {
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < in.rule_ids.size(); ++i) {
      const std::string field = "rule_ids/" + std::to_string(i);
      COLO_TRY(auto rule, store::find_rule(tx, in.rule_ids[i]));
      if (!rule || rule->device_id != r.device_id || !seen.insert(rule->id).second)
        return Error::unprocessable("firewall.request.unknown_rule", "Not a rule of this device.",
                                    {{field, "firewall.request.unknown_rule", "Not a rule of this device."}});
      if (rule->removed_at)
        return Error::unprocessable("firewall.rule.not_in_force", "The rule is no longer in force.",
                                    {{field, "firewall.rule.not_in_force", "No longer in force."}});
      // Closing lowers exposure: the risk of a close is that of the rules it removes, for the record.
      risks.push_back(assess(rule->line));
      r.lines.push_back({0, 0, rule->line, {}, rule->id});
    }
  }
  const Risk risk = combine(risks);
  r.risk_level = in.action == "open" ? risk.level : "low";
  r.risk_flags = in.action == "open" ? risk.flags : std::vector<std::string>{};
  const int year = static_cast<int>(today.year());
  COLO_TRY(auto seq, store::next_number(tx, year));
  char number[32];
  std::snprintf(number, sizeof number, "FW-%d-%06lld", year, static_cast<long long>(seq));
  r.number = number;
  COLO_TRY(r.id, store::insert_request(tx, r));
  for (auto& l : r.lines) {
    l.request_id = r.id;
    COLO_CHECK(store::insert_line(tx, l));
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"firewall.request", std::to_string(r.id), "create", nullptr, audit_of(r), r.customer_id}));
  COLO_CHECK(notify::notify(
      tx, clock_,
      notify::keyed(
          notify::Audience::staff_role("security"), "firewall.request.submitted", "notice.firewall.submitted",
          {{"number", r.number}, {"customer", r.customer_name}, {"@risk", "firewall.risk_level." + r.risk_level}},
          "/firewall/requests/" + std::to_string(r.id))));
  COLO_CHECK(tx.commit());
  return request(ctx, r.id);
}

Result<Request> Service::request(const Context& ctx, std::int64_t id) {
  if (!ctx.can("firewall.read")) return forbidden("firewall.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return load(tx, ctx, id);
}

Result<db::Counted<Request>> Service::requests(const Context& ctx, const RequestFilter& f) {
  if (!ctx.can("firewall.read")) return forbidden("firewall.read");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_requests(tx, ctx, f);
}

Result<Request> Service::review(const Context& ctx, std::int64_t id, const Review& review) {
  if (!ctx.can("firewall.review")) return forbidden("firewall.review");
  std::vector<FieldError> errors;
  if (!one_of(kDecisions, review.decision))
    errors.push_back({"decision", "invalid_choice", "One of: approve, reject."});
  if (!one_of(kRiskLevels, review.risk_level))
    errors.push_back({"risk_level", "invalid_choice", "One of: low, medium, high."});
  if (review.note.empty()) errors.push_back({"note", "required", "Write the risk note."});
  if (!errors.empty()) return Error::validation(std::move(errors));

  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto r, load(tx, ctx, id));
  const auto before = audit_of(r);
  if (r.status != "submitted")
    return Error::conflict("firewall.request.decided", "The request was already decided.")
        .with("number", r.number)
        .with("@status", "firewall.status." + r.status);
  const std::string now = format_instant(clock_.now());
  r.status = review.decision == "approve" ? "approved" : "rejected";
  r.review_risk_level = review.risk_level;
  r.review_note = review.note;
  r.reviewed_by = actor(ctx);
  r.reviewed_at = now;
  r.updated_at = now;
  COLO_TRY(bool decided, store::decide(tx, r));
  // A concurrent review decided it after this one read it (the writers' lock makes this rare).
  if (!decided) {
    COLO_TRY(auto now_r, store::find_request(tx, id));
    return Error::conflict("firewall.request.decided", "The request was already decided.")
        .with("number", r.number)
        .with("@status", "firewall.status." + (now_r ? now_r->status : std::string("approved")));
  }
  if (r.status == "approved") {
    for (const auto& l : r.lines) {
      if (l.rule_id) {
        COLO_TRY(bool removed, store::remove_rule(tx, *l.rule_id, r.id, now, "closed"));
        if (!removed)
          return Error::conflict("firewall.rule.not_in_force", "A rule it closes is no longer in force.")
              .with("number", r.number);
        continue;
      }
      const auto key = match_key(r.device_id, l.line);
      COLO_TRY(auto existing, store::in_force_with_key(tx, key));
      if (existing)
        return Error::conflict("firewall.rule.duplicate", "Another request already put this rule in force.")
            .with("number", r.number);
      Rule rule;
      rule.customer_id = r.customer_id;
      rule.customer_name = r.customer_name;
      rule.device_id = r.device_id;
      rule.device_name = r.device_name;
      rule.line = l.line;
      rule.risk_level = review.risk_level;
      rule.expires_on = r.expires_on;
      rule.added_request_id = r.id;
      rule.added_at = now;
      rule.reviewed_by = actor(ctx);
      COLO_CHECK(store::insert_rule(tx, rule, key));
    }
  }
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"firewall.request", std::to_string(r.id), r.status == "approved" ? "approve" : "reject",
                            before, audit_of(r), r.customer_id}));
  COLO_CHECK(
      notify::notify(tx, clock_,
                     notify::keyed(notify::Audience::customer(r.customer_id), "firewall.request.decided",
                                   r.status == "approved" ? "notice.firewall.approved" : "notice.firewall.rejected",
                                   {{"number", r.number}}, "/firewall/requests/" + std::to_string(r.id), review.note)));
  COLO_CHECK(tx.commit());
  return request(ctx, id);
}

Result<db::Counted<Rule>> Service::rules(const Context& ctx, RuleFilter f) {
  if (!ctx.can("firewall.read")) return forbidden("firewall.read");
  if (f.expiring_within) f.expires_before = format_date(add_days(clock_.today(), static_cast<int>(*f.expiring_within)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_rules(tx, ctx, f);
}

Result<ExpiryRun> Service::run_expiry(Date today) {
  const auto ctx = system_context("scheduler");
  ExpiryRun run;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  const std::string now = format_instant(clock_.now());
  COLO_TRY(auto expired, store::expired_on(tx, format_date(today)));
  for (auto& rule : expired) {
    const auto before = audit_of(rule);
    COLO_TRY(bool removed, store::remove_rule(tx, rule.id, std::nullopt, now, "expired"));
    if (!removed) continue;
    rule.removed_reason = "expired";
    ++run.retired;
    COLO_CHECK(
        audit::record(tx, ctx, clock_,
                      {"firewall.rule", std::to_string(rule.id), "expire", before, audit_of(rule), rule.customer_id}));
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(rule.customer_id), "firewall.rule.expired", "notice.firewall.expired",
                      {{"device", rule.device_name}, {"rule", describe(rule.line)}, {"date", *rule.expires_on}},
                      "/firewall/rules")));
  }
  COLO_TRY(auto soon, store::to_notify(tx, format_date(add_days(today, options_.notice_days))));
  for (const auto& rule : soon) {
    COLO_CHECK(notify::notify(
        tx, clock_,
        notify::keyed(notify::Audience::customer(rule.customer_id), "firewall.rule.expiring",
                      "notice.firewall.expiring",
                      {{"device", rule.device_name}, {"rule", describe(rule.line)}, {"date", *rule.expires_on}},
                      "/firewall/rules")));
    COLO_CHECK(store::mark_notified(tx, rule.id, now));
    ++run.notified;
  }
  COLO_CHECK(tx.commit());
  return run;
}

Result<RulesInForceMeasure> Service::rules_in_force_measure(Instant from, Instant to) {
  const auto length = to - from;
  const std::string f = format_instant(from), t = format_instant(to), p = format_instant(from - length);
  const std::string now = format_instant(clock_.now());
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto current, store::spans(tx, f, t));
  COLO_TRY(auto previous, store::spans(tx, p, f));
  const auto c = judge_rules(current, f, t, now, clock_.calendar());
  const auto b = judge_rules(previous, p, f, now, clock_.calendar());
  return RulesInForceMeasure{c.met, c.total, b.met, b.total, c.failing};
}

}  // namespace colo::firewall
