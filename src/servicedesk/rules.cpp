#include "servicedesk/rules.hpp"

#include <algorithm>
#include <cassert>

namespace colo::servicedesk {

std::string priority_for(int impact, int urgency) {
  assert(impact >= 1 && impact <= 3 && urgency >= 1 && urgency <= 3);
  static constexpr int kMatrix[3][3] = {{1, 2, 3}, {2, 3, 4}, {3, 4, 4}};
  return "P" + std::to_string(kMatrix[impact - 1][urgency - 1]);
}

int priority_index(std::string_view priority) {
  for (std::size_t i = 0; i < kPriorities.size(); ++i)
    if (kPriorities[i] == priority) return static_cast<int>(i);
  return -1;
}

Targets default_targets(int sla_response_minutes, const Settings& s) {
  Targets t;
  int r = std::max(1, sla_response_minutes);
  t.response_minutes = {r, 2 * r, 4 * r, 8 * r};
  t.resolution_minutes = s.resolution_minutes;
  return t;
}

std::vector<FieldError> validate_targets(const Targets& t) {
  std::vector<FieldError> errs;
  if (std::find(kCalendars.begin(), kCalendars.end(), t.calendar) == kCalendars.end())
    errs.push_back({"calendar", "invalid_choice", "must be 7x24 or working_hours"});
  constexpr int kMaxMinutes = 366 * 24 * 60;
  for (int i = 0; i < 4; ++i) {
    std::string p = kPriorities[i];
    std::string lower = "p" + std::to_string(i + 1);
    int resp = t.response_minutes[i], res = t.resolution_minutes[i];
    if (resp < 1 || resp > kMaxMinutes)
      errs.push_back({"response/" + lower, "out_of_range", "must be 1 to 527040 minutes"});
    if (res < 1 || res > kMaxMinutes)
      errs.push_back({"resolution/" + lower, "out_of_range", "must be 1 to 527040 minutes"});
    if (resp >= 1 && res >= 1 && resp > res)
      errs.push_back({"response/" + lower, "servicedesk.targets.response_after_resolution",
                      "a response target must not be longer than the resolution target"});
    if (i > 0 && res >= 1 && t.resolution_minutes[i - 1] > res)
      errs.push_back({"resolution/" + lower, "servicedesk.targets.not_ordered",
                      "a lower priority must not have a shorter target than a higher one"});
    if (i > 0 && resp >= 1 && t.response_minutes[i - 1] > resp)
      errs.push_back({"response/" + lower, "servicedesk.targets.not_ordered",
                      "a lower priority must not have a shorter target than a higher one"});
  }
  return errs;
}

namespace {
struct ActionName {
  Action action;
  const char* name;
};
constexpr ActionName kActions[] = {{Action::assign, "assign"},   {Action::start, "start"},
                                   {Action::wait, "wait"},       {Action::customer_reply, "customer_reply"},
                                   {Action::resolve, "resolve"}, {Action::close, "close"},
                                   {Action::reopen, "reopen"}};

Error bad_transition(std::string_view status, Action a) {
  return Error::conflict("servicedesk.ticket.bad_transition",
                         "A ticket that is " + std::string(status) + " cannot be " + action_name(a) + "d.")
      .with("status", std::string(status))
      .with("action", action_name(a));
}
}  // namespace

std::optional<Action> action_from(std::string_view name) {
  for (const auto& a : kActions)
    if (name == a.name) return a.action;
  return std::nullopt;
}

std::string action_name(Action a) {
  for (const auto& x : kActions)
    if (x.action == a) return x.name;
  return "?";
}

Result<std::string> next_status(std::string_view status, Action a, const TransitionContext& ctx) {
  switch (a) {
    case Action::assign:
      if (status == "new" || status == "assigned") return std::string("assigned");
      if (status == "in_progress") return std::string("in_progress");
      break;
    case Action::start:
      if (status == "assigned") return std::string("in_progress");
      break;
    case Action::wait:
      if (status == "in_progress") return std::string("waiting_for_customer");
      break;
    case Action::customer_reply:
      if (status == "waiting_for_customer") return std::string("in_progress");
      break;
    case Action::resolve:
      if (status == "assigned" || status == "in_progress" || status == "waiting_for_customer")
        return std::string("resolved");
      break;
    case Action::close:
      if (status == "resolved") return std::string("closed");
      if (status == "closed")
        return Error::conflict("servicedesk.ticket.already_closed", "The ticket is already closed.");
      break;
    case Action::reopen:
      if (status == "resolved" || status == "closed") {
        if (ctx.resolved_on && days_between(*ctx.resolved_on, ctx.today) > ctx.reopen_days)
          return Error::conflict("servicedesk.ticket.reopen_expired",
                                 "The ticket was resolved too long ago to be reopened; raise a new one.")
              .with("days", std::to_string(ctx.reopen_days));
        return std::string("in_progress");
      }
      break;
  }
  return bad_transition(status, a);
}

bool clock_paused(std::string_view status) { return status == "waiting_for_customer"; }
bool open_status(std::string_view status) { return status != "resolved" && status != "closed"; }

Stage stage_for(std::int64_t elapsed_minutes, int target_minutes, std::optional<std::int64_t> minutes_since_breach,
                const Settings& s) {
  if (elapsed_minutes >= target_minutes) {
    if (minutes_since_breach && *minutes_since_breach >= s.management_after_minutes) return Stage::management;
    return Stage::breached;
  }
  // Integer comparison: elapsed / target >= warn_percent / 100 without rounding.
  if (elapsed_minutes * 100 >= static_cast<std::int64_t>(target_minutes) * s.warn_percent) return Stage::warned;
  return Stage::none;
}

Date complaint_answer_due(Date raised_on, const Settings& s) { return add_days(raised_on, s.complaint_answer_days); }

std::vector<FieldError> validate_maintenance(Instant now, Instant starts_at, Instant ends_at, bool emergency,
                                             const std::optional<std::string>& reason, const Settings& s) {
  std::vector<FieldError> errs;
  if (ends_at <= starts_at)
    errs.push_back({"ends_at", "servicedesk.maintenance.ends_before_start", "the end must be after the start"});
  if (emergency) {
    if (!reason || reason->find_first_not_of(" \t\r\n") == std::string::npos)
      errs.push_back({"emergency_reason", "required", "emergency maintenance needs its reason"});
  } else if (starts_at < now + std::chrono::hours(s.maintenance_notice_hours)) {
    errs.push_back(FieldError{"starts_at",
                              "servicedesk.maintenance.short_notice",
                              "scheduled maintenance must be announced ahead of time",
                              {{"hours", std::to_string(s.maintenance_notice_hours)}}});
  }
  return errs;
}

}  // namespace colo::servicedesk
