// Alert rules: a threshold on one metric for the series a label matcher selects, held for a
// duration (and a number of consecutive samples) before the rule fires, and a separate recovery
// threshold and duration before it recovers. The gap between the two thresholds is the
// hysteresis that keeps a noisy signal around the threshold from firing and recovering on every
// sample (Zabbix' recovery expressions, Prometheus' `for` and `keep_firing_for`). The gap holds
// in both directions: a value between the thresholds neither ends a firing nor ends the wait
// before one; only a recovered value does.
//
// Also the default rules Colo derives from the ledger: a room's temperature and humidity limits
// (R4.1.1; GB 50174 cold aisle 18–27 °C is the schema's default), a power feed's capacity (80 %
// warning, 95 % critical), device down after N failed checks, interface down and utilisation
// above a level for a period.
//
// Pure functions over values; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "tsdb/codec.hpp"
#include "tsdb/sample.hpp"

namespace colo::monitoring {

enum class Direction { above, below };
enum class Severity { info, warning, critical };

std::string_view to_string(Direction d);
std::string_view to_string(Severity s);
std::optional<Direction> parse_direction(std::string_view s);
std::optional<Severity> parse_severity(std::string_view s);

struct Rule {
  std::string key;     // stable and unique: "room.4.temperature.high", "device.12.down"
  std::string metric;  // "sensor_temperature_celsius"
  tsdb::Labels match;  // equality matchers, normalised; a series matches when it has them all
  Direction direction = Direction::above;
  double fire_at = 0;            // breaching: value > fire_at (above) or value < fire_at (below)
  std::int64_t fire_for_ms = 0;  // breaching for at least this long …
  int fire_samples = 1;          // … and in at least this many consecutive samples
  double recover_at = 0;         // recovered: value <= recover_at (above) or value >= recover_at (below)
  std::int64_t recover_for_ms = 0;
  int recover_samples = 1;
  Severity severity = Severity::warning;
};

// Field errors of a rule that cannot be evaluated: the recovery threshold on the wrong side of
// the firing one (that would flap), negative durations, fewer than one sample; empty when good.
std::vector<FieldError> check_rule(const Rule& rule);

// Whether a series with `labels` is one the rule watches.
bool matches(const Rule& rule, std::string_view metric, const tsdb::Labels& labels);

// Where one series stands against one rule.
enum class Phase { ok, pending, firing, recovering };
std::string_view to_string(Phase p);
std::optional<Phase> parse_phase(std::string_view s);

struct RuleState {
  Phase phase = Phase::ok;
  std::int64_t since_ms = 0;   // when the current pending or recovering stretch began
  int count = 0;               // consecutive samples in that stretch
  std::int64_t last_t_ms = 0;  // the newest sample evaluated; older ones are ignored (idempotence)
  double last_value = 0;
};

enum class Transition { none, fired, recovered };

struct Event {
  Transition transition = Transition::none;
  std::int64_t t_ms = 0;
  double value = 0;
};

// One sample: the new state and what happened. A sample at or before state.last_t_ms changes
// nothing, so evaluating the same samples twice gives the same answer.
std::pair<RuleState, Transition> step(const Rule& rule, RuleState state, tsdb::Point point);

// Samples in time order; the state after them and the firings and recoveries on the way.
std::pair<RuleState, std::vector<Event>> evaluate(const Rule& rule, RuleState state,
                                                  const std::vector<tsdb::Point>& points);

// The thresholds of the rules Colo derives from the ledger, from [monitoring] rule_* keys
// (COLO_MONITORING_RULE_*); the defaults are those named below.
struct RuleDefaults {
  std::int64_t room_fire_ms = 5 * 60'000;         // rule_room_fire_minutes
  std::int64_t room_recover_ms = 10 * 60'000;     // rule_room_recover_minutes
  double temperature_margin_c = 1;                // rule_temperature_margin_c
  double humidity_margin_pct = 5;                 // rule_humidity_margin_percent
  double power_warning = 0.80;                    // rule_power_warning_percent
  double power_critical = 0.95;                   // rule_power_critical_percent
  double power_recover_gap = 0.05;                // rule_power_recover_points
  std::int64_t power_for_ms = 5 * 60'000;         // rule_power_minutes
  int interface_down_samples = 2;                 // rule_interface_down_samples
  double utilisation_level = 0.90;                // rule_utilisation_percent
  double utilisation_recover_gap = 0.10;          // rule_utilisation_recover_points
  std::int64_t utilisation_for_ms = 15 * 60'000;  // rule_utilisation_minutes
  // rule_utilisation_base = commit: utilisation is measured against the committed rate of the
  // contract behind the port when it has one (the port's speed otherwise); speed: always the speed.
  bool utilisation_of_commit = false;
};

// Defaults from the ledger.
struct RoomLimits {
  std::int64_t room_id = 0;
  double temp_min_c = 18, temp_max_c = 27;  // GB 50174 cold aisle
  double humidity_min_pct = 20, humidity_max_pct = 80;
};
// Temperature above/below and humidity above/below: fire after 5 minutes out of range, recover
// after 10 minutes back inside by a margin (1 °C, 5 %RH), so a reading wobbling at the limit
// raises one alert (durations and margins from `d`).
std::vector<Rule> room_rules(const RoomLimits& limits, const RuleDefaults& d = {});

// pdu_power_watts of one rack's feed: warning above 80 % of capacity (recovering at 75 %),
// critical above 95 % (recovering at 90 %), both held for 5 minutes.
// (Levels, recovery gap and duration from `d`.)
std::vector<Rule> feed_power_rules(std::int64_t rack_id, const std::string& feed, double capacity_w,
                                   const RuleDefaults& d = {});

// device_up 0 in `failures` consecutive checks ([monitoring] down_after_failures); recovers on
// the first successful check.
Rule device_down_rule(std::int64_t device_id, int failures);
// if_oper_up 0 in two consecutive polls of an interface (`samples`).
Rule interface_down_rule(std::int64_t device_id, std::int64_t if_index, int samples = 2);
// Either direction of an interface above `level` (0–1) of `speed_bps` for `period_ms`,
// recovering `recover_gap` (10 points) below for as long.
std::vector<Rule> utilisation_rules(std::int64_t device_id, std::int64_t if_index, double speed_bps, double level,
                                    std::int64_t period_ms, double recover_gap = 0.10);

}  // namespace colo::monitoring
