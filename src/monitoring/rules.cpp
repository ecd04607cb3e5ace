#include "monitoring/rules.hpp"

#include <algorithm>
#include <cmath>

namespace colo::monitoring {

std::string_view to_string(Direction d) { return d == Direction::above ? "above" : "below"; }

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::critical:
      return "critical";
  }
  return "warning";
}

std::optional<Direction> parse_direction(std::string_view s) {
  if (s == "above") return Direction::above;
  if (s == "below") return Direction::below;
  return std::nullopt;
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "critical") return Severity::critical;
  return std::nullopt;
}

std::string_view to_string(Phase p) {
  switch (p) {
    case Phase::ok:
      return "ok";
    case Phase::pending:
      return "pending";
    case Phase::firing:
      return "firing";
    case Phase::recovering:
      return "recovering";
  }
  return "ok";
}

std::optional<Phase> parse_phase(std::string_view s) {
  for (Phase p : {Phase::ok, Phase::pending, Phase::firing, Phase::recovering})
    if (to_string(p) == s) return p;
  return std::nullopt;
}

std::vector<FieldError> check_rule(const Rule& r) {
  std::vector<FieldError> errors;
  auto add = [&](std::string field, std::string code, std::string message) {
    errors.push_back(FieldError{std::move(field), std::move(code), std::move(message), {}, {}});
  };
  if (r.metric.empty()) add("metric", "required", "A rule watches one metric.");
  if (!std::isfinite(r.fire_at)) add("fire_at", "monitoring.rule.bad_threshold", "The threshold must be a number.");
  if (!std::isfinite(r.recover_at))
    add("recover_at", "monitoring.rule.bad_threshold", "The threshold must be a number.");
  // A recovery threshold past the firing one would let a single value both fire and recover.
  bool wrong_side = r.direction == Direction::above ? r.recover_at > r.fire_at : r.recover_at < r.fire_at;
  if (wrong_side)
    add("recover_at", "monitoring.rule.recovery_past_threshold",
        "The recovery threshold must be on the normal side of the firing threshold.");
  if (r.fire_for_ms < 0) add("fire_for_ms", "monitoring.rule.bad_duration", "Durations cannot be negative.");
  if (r.recover_for_ms < 0) add("recover_for_ms", "monitoring.rule.bad_duration", "Durations cannot be negative.");
  if (r.fire_samples < 1) add("fire_samples", "monitoring.rule.bad_samples", "At least one sample is needed.");
  if (r.recover_samples < 1) add("recover_samples", "monitoring.rule.bad_samples", "At least one sample is needed.");
  return errors;
}

bool matches(const Rule& rule, std::string_view metric, const tsdb::Labels& labels) {
  if (metric != rule.metric) return false;
  return std::all_of(rule.match.begin(), rule.match.end(),
                     [&](const auto& m) { return std::find(labels.begin(), labels.end(), m) != labels.end(); });
}

namespace {

bool breaching(const Rule& r, double v) { return r.direction == Direction::above ? v > r.fire_at : v < r.fire_at; }
bool recovered(const Rule& r, double v) {
  return r.direction == Direction::above ? v <= r.recover_at : v >= r.recover_at;
}

}  // namespace

std::pair<RuleState, Transition> step(const Rule& r, RuleState s, tsdb::Point p) {
  if (s.last_t_ms != 0 && p.t_ms <= s.last_t_ms) return {s, Transition::none};
  // A missing value (NaN) says nothing about the threshold: it neither starts nor ends a stretch.
  if (!std::isfinite(p.value)) return {s, Transition::none};
  s.last_t_ms = p.t_ms;
  s.last_value = p.value;
  auto start = [&](Phase phase) {
    s.phase = phase;
    s.since_ms = p.t_ms;
    s.count = 1;
  };
  switch (s.phase) {
    case Phase::ok:
    case Phase::pending:
      if (!breaching(r, p.value)) {
        // The gap works both ways: a pending stretch ends only on a recovered value, so a signal
        // wobbling just over the threshold fires (once) instead of restarting its wait forever.
        if (s.phase == Phase::pending && !recovered(r, p.value)) return {s, Transition::none};
        s.phase = Phase::ok;
        s.count = 0;
        return {s, Transition::none};
      }
      if (s.phase == Phase::ok)
        start(Phase::pending);
      else
        ++s.count;
      if (p.t_ms - s.since_ms >= r.fire_for_ms && s.count >= r.fire_samples) {
        s.phase = Phase::firing;
        s.since_ms = p.t_ms;
        s.count = 0;
        return {s, Transition::fired};
      }
      return {s, Transition::none};
    case Phase::firing:
    case Phase::recovering:
      // Between the two thresholds the alert keeps firing and a recovery stretch starts over.
      if (!recovered(r, p.value)) {
        if (s.phase == Phase::recovering) {
          s.phase = Phase::firing;
          s.count = 0;
        }
        return {s, Transition::none};
      }
      if (s.phase == Phase::firing)
        start(Phase::recovering);
      else
        ++s.count;
      if (p.t_ms - s.since_ms >= r.recover_for_ms && s.count >= r.recover_samples) {
        s.phase = Phase::ok;
        s.since_ms = p.t_ms;
        s.count = 0;
        return {s, Transition::recovered};
      }
      return {s, Transition::none};
  }
  return {s, Transition::none};
}

std::pair<RuleState, std::vector<Event>> evaluate(const Rule& rule, RuleState state,
                                                  const std::vector<tsdb::Point>& points) {
  std::vector<Event> events;
  for (const auto& p : points) {
    auto [next, t] = step(rule, state, p);
    state = next;
    if (t != Transition::none) events.push_back(Event{t, p.t_ms, p.value});
  }
  return {state, events};
}

namespace {

constexpr std::int64_t kMinute = 60'000;

Rule make(std::string key, std::string metric, tsdb::Labels match, Direction d, double fire_at, double recover_at,
          std::int64_t fire_for, std::int64_t recover_for, Severity sev) {
  Rule r;
  r.key = std::move(key);
  r.metric = std::move(metric);
  r.match = tsdb::normalise(std::move(match));
  r.direction = d;
  r.fire_at = fire_at;
  r.recover_at = recover_at;
  r.fire_for_ms = fire_for;
  r.recover_for_ms = recover_for;
  r.severity = sev;
  return r;
}

}  // namespace

std::vector<Rule> room_rules(const RoomLimits& l, const RuleDefaults& d) {
  std::string room = std::to_string(l.room_id);
  std::string p = "room." + room + ".";
  tsdb::Labels m{{"room_id", room}};
  return {
      make(p + "temperature.high", "sensor_temperature_celsius", m, Direction::above, l.temp_max_c,
           l.temp_max_c - d.temperature_margin_c, d.room_fire_ms, d.room_recover_ms, Severity::critical),
      make(p + "temperature.low", "sensor_temperature_celsius", m, Direction::below, l.temp_min_c,
           l.temp_min_c + d.temperature_margin_c, d.room_fire_ms, d.room_recover_ms, Severity::warning),
      make(p + "humidity.high", "sensor_humidity_percent", m, Direction::above, l.humidity_max_pct,
           l.humidity_max_pct - d.humidity_margin_pct, d.room_fire_ms, d.room_recover_ms, Severity::warning),
      make(p + "humidity.low", "sensor_humidity_percent", m, Direction::below, l.humidity_min_pct,
           l.humidity_min_pct + d.humidity_margin_pct, d.room_fire_ms, d.room_recover_ms, Severity::warning),
  };
}

std::vector<Rule> feed_power_rules(std::int64_t rack_id, const std::string& feed, double capacity_w,
                                   const RuleDefaults& d) {
  std::string rack = std::to_string(rack_id);
  std::string p = "rack." + rack + ".feed." + feed + ".power.";
  tsdb::Labels m{{"rack_id", rack}, {"feed", feed}};
  return {
      make(p + "warning", "pdu_power_watts", m, Direction::above, d.power_warning * capacity_w,
           std::max(0.0, d.power_warning - d.power_recover_gap) * capacity_w, d.power_for_ms, d.power_for_ms,
           Severity::warning),
      make(p + "critical", "pdu_power_watts", m, Direction::above, d.power_critical * capacity_w,
           std::max(0.0, d.power_critical - d.power_recover_gap) * capacity_w, d.power_for_ms, d.power_for_ms,
           Severity::critical),
  };
}

Rule device_down_rule(std::int64_t device_id, int failures) {
  std::string dev = std::to_string(device_id);
  Rule r = make("device." + dev + ".down", "device_up", {{"device_id", dev}}, Direction::below, 0.5, 0.5, 0, 0,
                Severity::critical);
  r.fire_samples = std::max(1, failures);
  return r;
}

Rule interface_down_rule(std::int64_t device_id, std::int64_t if_index, int samples) {
  std::string dev = std::to_string(device_id), idx = std::to_string(if_index);
  Rule r = make("device." + dev + ".if." + idx + ".down", "if_oper_up", {{"device_id", dev}, {"if_index", idx}},
                Direction::below, 0.5, 0.5, 0, 0, Severity::warning);
  r.fire_samples = std::max(1, samples);
  return r;
}

std::vector<Rule> utilisation_rules(std::int64_t device_id, std::int64_t if_index, double speed_bps, double level,
                                    std::int64_t period_ms, double recover_gap) {
  std::string dev = std::to_string(device_id), idx = std::to_string(if_index);
  std::string p = "device." + dev + ".if." + idx + ".utilisation.";
  tsdb::Labels m{{"device_id", dev}, {"if_index", idx}};
  double recover = std::max(0.0, level - recover_gap);
  return {
      make(p + "in", "if_in_bits_per_second", m, Direction::above, level * speed_bps, recover * speed_bps, period_ms,
           period_ms, Severity::warning),
      make(p + "out", "if_out_bits_per_second", m, Direction::above, level * speed_bps, recover * speed_bps, period_ms,
           period_ms, Severity::warning),
  };
}

}  // namespace colo::monitoring
