#include "servicedesk/rules.hpp"

#include <gtest/gtest.h>

namespace colo::servicedesk {
namespace {

Instant at(const char* s) { return *parse_instant(s); }
Date day(const char* s) { return *parse_date(s); }

TEST(PriorityMatrix, EveryCellOfImpactTimesUrgency) {
  struct Case {
    int impact, urgency;
    const char* priority;
  };
  const Case cases[] = {{1, 1, "P1"}, {1, 2, "P2"}, {1, 3, "P3"}, {2, 1, "P2"}, {2, 2, "P3"},
                        {2, 3, "P4"}, {3, 1, "P3"}, {3, 2, "P4"}, {3, 3, "P4"}};
  for (const auto& c : cases) EXPECT_EQ(priority_for(c.impact, c.urgency), c.priority) << c.impact << "x" << c.urgency;
  EXPECT_EQ(priority_index("P1"), 0);
  EXPECT_EQ(priority_index("P4"), 3);
  EXPECT_EQ(priority_index("P5"), -1);
}

TEST(Targets, DefaultsScaleTheContractsResponseAndTakeTheResolutionTable) {
  Settings s;
  Targets t = default_targets(30, s);
  EXPECT_EQ(t.calendar, "7x24");
  EXPECT_EQ(t.response_minutes, (PerPriority{30, 60, 120, 240}));
  EXPECT_EQ(t.resolution_minutes, (PerPriority{240, 480, 1440, 4320}));
  EXPECT_TRUE(validate_targets(t).empty());
}

TEST(Targets, RefusesUnorderedOrInvertedOrUnknownCalendar) {
  Targets t = default_targets(30, Settings{});
  t.calendar = "office";
  t.resolution_minutes[2] = 100;  // P3 shorter than P2 and than its own response (120)
  t.response_minutes[0] = 0;      // out of range
  auto errs = validate_targets(t);
  auto has = [&](const std::string& field, const std::string& code) {
    return std::any_of(errs.begin(), errs.end(),
                       [&](const FieldError& e) { return e.field == field && e.code == code; });
  };
  EXPECT_TRUE(has("calendar", "invalid_choice"));
  EXPECT_TRUE(has("resolution/p3", "servicedesk.targets.not_ordered"));
  EXPECT_TRUE(has("response/p3", "servicedesk.targets.response_after_resolution"));
  EXPECT_TRUE(has("response/p1", "out_of_range"));
}

TEST(StatusMachine, EveryActionFromEveryStatus) {
  TransitionContext ctx{day("2026-11-26"), day("2026-11-25"), 7};
  struct Case {
    const char* from;
    Action action;
    const char* to;  // nullptr: refused
    const char* code;
  };
  const Case cases[] = {
      {"new", Action::assign, "assigned", nullptr},
      {"assigned", Action::assign, "assigned", nullptr},
      {"in_progress", Action::assign, "in_progress", nullptr},
      {"waiting_for_customer", Action::assign, nullptr, "servicedesk.ticket.bad_transition"},
      {"resolved", Action::assign, nullptr, "servicedesk.ticket.bad_transition"},
      {"new", Action::start, nullptr, "servicedesk.ticket.bad_transition"},
      {"assigned", Action::start, "in_progress", nullptr},
      {"in_progress", Action::wait, "waiting_for_customer", nullptr},
      {"assigned", Action::wait, nullptr, "servicedesk.ticket.bad_transition"},
      {"waiting_for_customer", Action::customer_reply, "in_progress", nullptr},
      {"in_progress", Action::customer_reply, nullptr, "servicedesk.ticket.bad_transition"},
      {"new", Action::resolve, nullptr, "servicedesk.ticket.bad_transition"},
      {"assigned", Action::resolve, "resolved", nullptr},
      {"in_progress", Action::resolve, "resolved", nullptr},
      {"waiting_for_customer", Action::resolve, "resolved", nullptr},
      {"resolved", Action::resolve, nullptr, "servicedesk.ticket.bad_transition"},
      {"resolved", Action::close, "closed", nullptr},
      {"closed", Action::close, nullptr, "servicedesk.ticket.already_closed"},
      {"in_progress", Action::close, nullptr, "servicedesk.ticket.bad_transition"},
      {"resolved", Action::reopen, "in_progress", nullptr},
      {"closed", Action::reopen, "in_progress", nullptr},
      {"in_progress", Action::reopen, nullptr, "servicedesk.ticket.bad_transition"},
  };
  for (const auto& c : cases) {
    auto r = next_status(c.from, c.action, ctx);
    if (c.to) {
      ASSERT_TRUE(r.ok()) << c.from << " " << action_name(c.action);
      EXPECT_EQ(*r, c.to) << c.from << " " << action_name(c.action);
    } else {
      ASSERT_FALSE(r.ok()) << c.from << " " << action_name(c.action);
      EXPECT_EQ(r.error().code, c.code) << c.from << " " << action_name(c.action);
      EXPECT_EQ(r.error().kind, ErrorKind::conflict);
    }
  }
}

TEST(StatusMachine, ReopenOnlyWithinTheConfiguredDays) {
  for (auto [today, ok] :
       std::vector<std::pair<const char*, bool>>{{"2026-11-20", true}, {"2026-11-27", true}, {"2026-11-28", false}}) {
    auto r = next_status("closed", Action::reopen, {day(today), day("2026-11-20"), 7});
    EXPECT_EQ(r.ok(), ok) << today;
    if (!ok) {
      EXPECT_EQ(r.error().code, "servicedesk.ticket.reopen_expired");
    }
  }
}

TEST(StatusMachine, ActionNamesRoundTrip) {
  for (const char* n : {"assign", "start", "wait", "customer_reply", "resolve", "close", "reopen"})
    EXPECT_EQ(action_name(*action_from(n)), n);
  EXPECT_FALSE(action_from("delete"));
  EXPECT_TRUE(clock_paused("waiting_for_customer"));
  EXPECT_FALSE(clock_paused("in_progress"));
  EXPECT_FALSE(open_status("resolved"));
  EXPECT_TRUE(open_status("new"));
}

TEST(Escalation, StagesByShareOfTargetAndTimeSinceBreach) {
  Settings s;  // warn at 80 %, management 60 minutes after the breach
  struct Case {
    std::int64_t elapsed;
    int target;
    std::optional<std::int64_t> since_breach;
    Stage stage;
  };
  const Case cases[] = {
      {0, 100, std::nullopt, Stage::none},    {79, 100, std::nullopt, Stage::none},
      {80, 100, std::nullopt, Stage::warned}, {99, 100, std::nullopt, Stage::warned},
      {100, 100, 0, Stage::breached},         {150, 100, 59, Stage::breached},
      {160, 100, 60, Stage::management},      {23, 30, std::nullopt, Stage::none},  // 76.7 %
      {24, 30, std::nullopt, Stage::warned},                                        // exactly 80 %
  };
  for (const auto& c : cases)
    EXPECT_EQ(stage_for(c.elapsed, c.target, c.since_breach, s), c.stage) << c.elapsed << "/" << c.target;
}

TEST(Complaints, AnswerDueAfterTheConfiguredCalendarDays) {
  Settings s;
  EXPECT_EQ(complaint_answer_due(day("2026-11-26"), s), day("2026-12-11"));
  s.complaint_answer_days = 30;
  EXPECT_EQ(complaint_answer_due(day("2026-12-20"), s), day("2027-01-19"));
}

TEST(Maintenance, ScheduledNeedsTheNoticeEmergencyNeedsAReason) {
  Settings s;  // 72 hours
  Instant now = at("2026-11-26T00:00:00Z");
  EXPECT_TRUE(validate_maintenance(now, at("2026-11-29T00:00:00Z"), at("2026-11-29T02:00:00Z"), false, {}, s).empty());
  auto short_notice = validate_maintenance(now, at("2026-11-28T23:59:00Z"), at("2026-11-29T02:00:00Z"), false, {}, s);
  ASSERT_EQ(short_notice.size(), 1u);
  EXPECT_EQ(short_notice[0].code, "servicedesk.maintenance.short_notice");
  EXPECT_TRUE(validate_maintenance(now, now, at("2026-11-26T01:00:00Z"), true, std::string("UPS 故障"), s).empty());
  auto no_reason = validate_maintenance(now, now, at("2026-11-26T01:00:00Z"), true, std::string("  "), s);
  ASSERT_EQ(no_reason.size(), 1u);
  EXPECT_EQ(no_reason[0].field, "emergency_reason");
  auto backwards = validate_maintenance(now, at("2026-12-01T02:00:00Z"), at("2026-12-01T01:00:00Z"), false, {}, s);
  ASSERT_EQ(backwards.size(), 1u);
  EXPECT_EQ(backwards[0].code, "servicedesk.maintenance.ends_before_start");
}

}  // namespace
}  // namespace colo::servicedesk
