#include "servicedesk/service_levels.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace colo::servicedesk {
namespace {

Instant at(const char* s) { return *parse_instant(s); }
Span span(const char* a, const char* b) { return {at(a), at(b)}; }

// November 2026 in UTC: 30 days = 43,200 minutes.
const Span kNovember = span("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");

TEST(Availability, R7_1_2_OutageMinutesMergedClippedWholeAndMaintenanceExcluded) {
  struct Case {
    const char* name;
    std::vector<Span> outages, maintenance;
    std::int64_t period, outage, maintenance_minutes;
  };
  const Case cases[] = {
      {"no outage is exactly the whole month", {}, {}, 43200, 0, 0},
      {"59 seconds is not a whole minute and counts nothing",
       {span("2026-11-03T10:00:00Z", "2026-11-03T10:00:59Z")},
       {},
       43200,
       0,
       0},
      {"one whole minute counts", {span("2026-11-03T10:00:00Z", "2026-11-03T10:01:00Z")}, {}, 43200, 1, 0},
      {"a minute and a half counts one", {span("2026-11-03T10:00:00Z", "2026-11-03T10:01:30Z")}, {}, 43200, 1, 0},
      {"overlapping outages (two devices of one service) count once",
       {span("2026-11-03T10:00:00Z", "2026-11-03T10:30:00Z"), span("2026-11-03T10:20:00Z", "2026-11-03T10:45:00Z")},
       {},
       43200,
       45,
       0},
      {"touching blips merge into whole minutes",
       {span("2026-11-03T10:00:00Z", "2026-11-03T10:00:40Z"), span("2026-11-03T10:00:40Z", "2026-11-03T10:01:20Z")},
       {},
       43200,
       1,
       0},
      {"an outage crossing the month's start is clipped",
       {span("2026-10-31T23:00:00Z", "2026-11-01T00:10:00Z")},
       {},
       43200,
       10,
       0},
      {"an outage crossing the month's end is clipped",
       {span("2026-11-30T23:50:00Z", "2026-12-01T02:00:00Z")},
       {},
       43200,
       10,
       0},
      {"an outage outside the month counts nothing",
       {span("2026-12-02T00:00:00Z", "2026-12-02T05:00:00Z")},
       {},
       43200,
       0,
       0},
      {"an outage inside announced maintenance is excluded, and so is the window from the period",
       {span("2026-11-10T02:00:00Z", "2026-11-10T03:00:00Z")},
       {span("2026-11-10T01:00:00Z", "2026-11-10T04:00:00Z")},
       43200 - 180,
       0,
       180},
      {"an outage running past the window counts only outside it",
       {span("2026-11-10T03:30:00Z", "2026-11-10T04:20:00Z")},
       {span("2026-11-10T01:00:00Z", "2026-11-10T04:00:00Z")},
       43200 - 180,
       20,
       180},
      {"a window in the middle of an outage splits it; each piece counts its own whole minutes",
       {span("2026-11-10T00:59:30Z", "2026-11-10T04:00:30Z")},
       {span("2026-11-10T01:00:00Z", "2026-11-10T04:00:00Z")},
       43200 - 180,
       0,
       180},
      {"overlapping windows are merged before they are excluded",
       {},
       {span("2026-11-10T01:00:00Z", "2026-11-10T03:00:00Z"), span("2026-11-10T02:00:00Z", "2026-11-10T04:00:00Z")},
       43200 - 180,
       0,
       180},
  };
  for (const auto& c : cases) {
    Availability a = availability_of(kNovember, c.outages, c.maintenance, true);
    EXPECT_EQ(a.minutes_in_period, c.period) << c.name;
    EXPECT_EQ(a.outage_minutes, c.outage) << c.name;
    EXPECT_EQ(a.maintenance_minutes, c.maintenance_minutes) << c.name;
    EXPECT_TRUE(a.measured) << c.name;
  }
}

TEST(Availability, UnmeasuredHasNoFigureAndNeverReadsAsFullAvailability) {
  Availability a = availability_of(kNovember, {}, {}, false);
  EXPECT_FALSE(a.measured);
  EXPECT_EQ(availability_ppm(a), std::nullopt);
  Availability m = availability_of(kNovember, {}, {}, true);
  EXPECT_EQ(availability_ppm(m), 1000000);
}

TEST(Availability, R7_1_2_OnlyMeasuredTimeIsJudged) {
  // Monitoring measured 12 days of November (the 1st to the 12th).
  const std::vector<Span> twelve_days{span("2026-11-01T00:00:00Z", "2026-11-13T00:00:00Z")};
  struct Case {
    const char* name;
    std::vector<Span> outages, maintenance;
    std::int64_t period, outage, maintenance_minutes, unmeasured;
    bool measured;
  };
  const Case cases[] = {
      {"the unmeasured 18 days count neither as up nor as down", {}, {}, 17280, 0, 0, 25920, true},
      {"an outage on a measured day is judged against the measured days",
       {span("2026-11-05T10:00:00Z", "2026-11-05T11:00:00Z")},
       {},
       17280,
       60,
       0,
       25920,
       true},
      {"an outage recorded on an unmeasured day is known time and counts",
       {span("2026-11-20T10:00:00Z", "2026-11-20T11:00:00Z")},
       {},
       17340,
       60,
       0,
       25860,
       true},
      {"maintenance on an unmeasured day is not also unmeasured",
       {},
       {span("2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z")},
       17280,
       0,
       1440,
       24480,
       true},
  };
  for (const auto& c : cases) {
    Availability a = availability_of(kNovember, c.outages, c.maintenance, true, &twelve_days);
    EXPECT_EQ(a.minutes_in_period, c.period) << c.name;
    EXPECT_EQ(a.outage_minutes, c.outage) << c.name;
    EXPECT_EQ(a.maintenance_minutes, c.maintenance_minutes) << c.name;
    EXPECT_EQ(a.unmeasured_minutes, c.unmeasured) << c.name;
    EXPECT_EQ(a.measured, c.measured) << c.name;
    // Minutes add up: judged + maintenance + unmeasured is the whole month.
    EXPECT_EQ(a.minutes_in_period + a.maintenance_minutes + a.unmeasured_minutes, 43200) << c.name;
  }
  // 60 minutes down in 12 measured days is 99.65 %, not the 99.86 % of a month assumed up.
  Availability a =
      availability_of(kNovember, {span("2026-11-05T10:00:00Z", "2026-11-05T11:00:00Z")}, {}, true, &twelve_days);
  EXPECT_EQ(availability_ppm(a), 996527);
  EXPECT_FALSE(meets_bp(a, 9990));
  // Nothing measured at all: not measured, never 100 %.
  const std::vector<Span> none;
  Availability n = availability_of(kNovember, {}, {}, true, &none);
  EXPECT_FALSE(n.measured);
  EXPECT_EQ(availability_ppm(n), std::nullopt);
}

TEST(Availability, ThresholdsAreExactInIntegers) {
  // 43 minutes of 43,200 is 99.9005 %: meets 99.90 %; 44 minutes is 99.8981 %: does not.
  Availability a{43200, 43, 0, true};
  EXPECT_TRUE(meets_bp(a, 9990));
  EXPECT_EQ(availability_ppm(a), 999004);
  a.outage_minutes = 44;
  EXPECT_FALSE(meets_bp(a, 9990));
  // 43.2 minutes would be exactly 99.9 %; in a 10,000-minute period, 10 minutes is exactly 99.9 %.
  Availability exact{10000, 10, 0, true};
  EXPECT_TRUE(meets_bp(exact, 9990));
  exact.outage_minutes = 11;
  EXPECT_FALSE(meets_bp(exact, 9990));
}

TEST(CreditTable, DefaultIsTheContractualLadderAndValid) {
  CreditTable t = default_credit_table();
  EXPECT_EQ(t.steps, (std::vector<CreditStep>{{9990, 1000}, {9900, 2500}, {9500, 10000}}));
  EXPECT_EQ(t.cap_bp, 5000);
  EXPECT_TRUE(validate_credit_table(t).empty());
}

TEST(CreditTable, RefusesEmptyUnorderedAndOutOfRange) {
  struct Case {
    const char* name;
    CreditTable table;
    const char* field;
    const char* code;
  };
  const Case cases[] = {
      {"no steps", {{}, 5000}, "steps", "out_of_range"},
      {"threshold above 100 %", {{{10001, 1000}}, 5000}, "steps/0/below_bp", "out_of_range"},
      {"zero credit", {{{9990, 0}}, 5000}, "steps/0/credit_bp", "out_of_range"},
      {"thresholds not falling",
       {{{9900, 1000}, {9990, 2500}}, 5000},
       "steps/1/below_bp",
       "servicedesk.credit_table.not_ordered"},
      {"credits not rising",
       {{{9990, 2500}, {9900, 1000}}, 5000},
       "steps/1/credit_bp",
       "servicedesk.credit_table.not_ordered"},
      {"no cap", {{{9990, 1000}}, 0}, "cap_bp", "out_of_range"},
      {"cap above the fee", {{{9990, 1000}}, 10001}, "cap_bp", "out_of_range"},
  };
  for (const auto& c : cases) {
    auto errs = validate_credit_table(c.table);
    EXPECT_TRUE(std::any_of(errs.begin(), errs.end(), [&](const FieldError& e) {
      return e.field == c.field && e.code == c.code;
    })) << c.name;
  }
}

TEST(Credits, ShareRoundsHalfUpToWholeFen) {
  EXPECT_EQ(share_of(1000000, 1000), 100000);
  EXPECT_EQ(share_of(5, 1000), 1);   // 0.5 fen -> 1
  EXPECT_EQ(share_of(4, 1000), 0);   // 0.4 fen -> 0
  EXPECT_EQ(share_of(15, 1000), 2);  // 1.5 fen -> 2
  EXPECT_EQ(share_of(0, 1000), 0);
  EXPECT_EQ(share_of(-100, 1000), 0);
}

ServiceMonth svc(const char* name, std::int64_t fee, std::int64_t outage, bool measured = true) {
  return {name, fee, Availability{43200, outage, 0, measured}};
}

TEST(Credits, R9_2_1_EachServiceEarnsItsStepOfItsOwnFee) {
  // 43,200 minutes: 99.9 % allows 43 minutes, 99 % 432, 95 % 2,160.
  struct Case {
    const char* name;
    std::int64_t outage;
    int credit_bp;
    std::int64_t credit_fen;
  };
  const Case cases[] = {
      {"met", 43, 0, 0},
      {"just below 99.9 %", 44, 1000, 100000},
      {"at 99 % exactly earns the first step only", 432, 1000, 100000},
      {"below 99 %", 433, 2500, 250000},
      {"at 95 % exactly", 2160, 2500, 250000},
      {"below 95 %", 2161, 10000, 1000000},
      {"down all month", 43200, 10000, 1000000},
  };
  for (const auto& c : cases) {
    // The affected service alone, with a large second service so that the cap does not bite.
    auto r = compute_credit(default_credit_table(), {svc("rack", 1000000, c.outage), svc("power", 10000000, 0)});
    ASSERT_EQ(r.services.size(), 2u);
    EXPECT_EQ(r.services[0].credit_bp, c.credit_bp) << c.name;
    EXPECT_EQ(r.services[0].credit_fen, c.credit_fen) << c.name;
    EXPECT_EQ(r.services[1].credit_fen, 0) << c.name;
    EXPECT_EQ(r.credit_fen, c.credit_fen) << c.name;
    EXPECT_FALSE(r.capped) << c.name;
  }
}

TEST(Credits, R9_2_1_TheMonthStopsAtTheCapOfTheMonthsFee) {
  // Both services down all month: 100 % of 3,000.00 yuan, capped at 50 % = 1,500.00 yuan.
  auto r = compute_credit(default_credit_table(), {svc("rack", 200000, 43200), svc("power", 100000, 43200)});
  EXPECT_EQ(r.month_fee_fen, 300000);
  EXPECT_EQ(r.uncapped_fen, 300000);
  EXPECT_EQ(r.cap_fen, 150000);
  EXPECT_EQ(r.credit_fen, 150000);
  EXPECT_TRUE(r.capped);
  // A contract's own cap.
  CreditTable t = default_credit_table();
  t.cap_bp = 2000;
  auto own = compute_credit(t, {svc("rack", 200000, 43200), svc("power", 100000, 0)});
  EXPECT_EQ(own.uncapped_fen, 200000);
  EXPECT_EQ(own.credit_fen, 60000);
  EXPECT_TRUE(own.capped);
}

TEST(Credits, R9_2_1_NoMonitoringDataComputesNoCreditAndSaysSo) {
  auto r = compute_credit(default_credit_table(), {svc("rack", 200000, 0, false)});
  EXPECT_FALSE(r.measured);
  EXPECT_FALSE(r.services[0].measured);
  EXPECT_EQ(r.services[0].availability_ppm, std::nullopt);
  EXPECT_EQ(r.credit_fen, 0);
  // One measured service of two: only it can earn a credit.
  auto mixed = compute_credit(default_credit_table(), {svc("rack", 200000, 43200, false), svc("power", 100000, 500)});
  EXPECT_TRUE(mixed.measured);
  EXPECT_EQ(mixed.services[0].credit_fen, 0);
  EXPECT_EQ(mixed.services[1].credit_fen, 25000);
  EXPECT_EQ(mixed.credit_fen, 25000);
}

TEST(Indicators, R7_1_2_CountsTargetsComplaintsAndSatisfaction) {
  std::vector<TicketFacts> t = {
      {"incident", "P1", 20, 30, 200, 240, std::nullopt, 5},
      {"incident", "P1", 40, 30, 300, 240, std::nullopt, 4},
      {"service_request", "P3", 100, 120, std::nullopt, 1440, std::nullopt, std::nullopt},
      {"complaint", "P2", 10, 60, 480, 480, 3 * 24 * 60, 2},
      {"complaint", "P2", std::nullopt, 60, std::nullopt, 480, std::nullopt, std::nullopt},
  };
  Indicators in = aggregate_indicators(t);
  EXPECT_EQ(in.tickets, 5);
  EXPECT_EQ(in.by_type,
            (std::map<std::string, std::int64_t>{{"complaint", 2}, {"incident", 2}, {"service_request", 1}}));
  EXPECT_EQ(in.by_priority, (std::map<std::string, std::int64_t>{{"P1", 2}, {"P2", 2}, {"P3", 1}}));
  EXPECT_EQ(in.responded, 4);
  EXPECT_EQ(in.response_met, 3);               // 40 > 30 misses
  EXPECT_EQ(in.average_response_minutes, 43);  // 170 / 4 = 42.5 -> 43
  EXPECT_EQ(in.resolved, 3);
  EXPECT_EQ(in.resolution_met, 2);                // exactly on target meets it; 300 > 240 misses
  EXPECT_EQ(in.average_resolution_minutes, 327);  // 980 / 3 = 326.67
  EXPECT_EQ(in.complaints, 2);
  EXPECT_EQ(in.complaints_answered, 1);
  EXPECT_EQ(in.average_answer_minutes, 4320);
  EXPECT_EQ(in.surveys, 3);
  EXPECT_EQ(in.satisfaction_tenths, 37);  // 11 / 3 = 3.67
}

TEST(Indicators, AnEmptyMonthHasCountsOfZeroAndNoAverages) {
  Indicators in = aggregate_indicators({});
  EXPECT_EQ(in.tickets, 0);
  EXPECT_EQ(in.average_response_minutes, std::nullopt);
  EXPECT_EQ(in.average_resolution_minutes, std::nullopt);
  EXPECT_EQ(in.average_answer_minutes, std::nullopt);
  EXPECT_EQ(in.satisfaction_tenths, std::nullopt);
}

TEST(Claims, R9_2_2_AClaimIsAssessedThenAgreedOrRejectedAndNeverDecidedTwice) {
  struct Case {
    const char* status;
    const char* action;
    const char* next;  // nullptr: refused with `code`
    const char* code;
  };
  const Case cases[] = {
      {"submitted", "assess", "assessed", nullptr},
      {"submitted", "agree", nullptr, "service_levels.claim.bad_transition"},  // no amount agreed unassessed
      {"submitted", "reject", "rejected", nullptr},
      {"assessed", "agree", "agreed", nullptr},
      {"assessed", "reject", "rejected", nullptr},
      {"assessed", "assess", nullptr, "service_levels.claim.bad_transition"},
      {"agreed", "agree", nullptr, "service_levels.claim.decided"},
      {"agreed", "reject", nullptr, "service_levels.claim.decided"},
      {"rejected", "assess", nullptr, "service_levels.claim.decided"},
  };
  for (const auto& c : cases) {
    auto r = claim_next(c.status, c.action);
    if (c.next) {
      EXPECT_EQ(r.value(), c.next) << c.status << " " << c.action;
    } else {
      ASSERT_FALSE(r.ok()) << c.status << " " << c.action;
      EXPECT_TRUE(r.error().is(c.code)) << c.status << " " << c.action;
    }
  }
}

TEST(Actions, R7_3_AnActionClosesOnlyAfterItsEffectWasVerified) {
  struct Case {
    const char* status;
    const char* action;
    const char* next;
    const char* code;
  };
  const Case cases[] = {
      {"open", "start", "in_progress", nullptr},
      {"open", "close", nullptr, "service_levels.action.bad_transition"},
      {"in_progress", "verify", "verifying", nullptr},
      {"in_progress", "close", nullptr, "service_levels.action.bad_transition"},
      {"verifying", "reject", "in_progress", nullptr},
      {"verifying", "close", "closed", nullptr},
      {"closed", "start", nullptr, "service_levels.action.closed"},
      {"closed", "close", nullptr, "service_levels.action.closed"},
  };
  for (const auto& c : cases) {
    auto r = action_next(c.status, c.action);
    if (c.next) {
      EXPECT_EQ(r.value(), c.next) << c.status << " " << c.action;
    } else {
      ASSERT_FALSE(r.ok()) << c.status << " " << c.action;
      EXPECT_TRUE(r.error().is(c.code)) << c.status << " " << c.action;
    }
  }
  const Date today = *parse_date("2026-11-26");
  EXPECT_FALSE(action_overdue("open", *parse_date("2026-11-26"), today));  // due today is not late yet
  EXPECT_TRUE(action_overdue("open", *parse_date("2026-11-25"), today));
  EXPECT_TRUE(action_overdue("verifying", *parse_date("2026-11-01"), today));
  EXPECT_FALSE(action_overdue("closed", *parse_date("2026-11-01"), today));
}

}  // namespace
}  // namespace colo::servicedesk
