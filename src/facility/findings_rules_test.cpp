// Rectification orders' pure rules (R4.2.2): a finding's severity sets its deadline, the order
// moves open → assigned → rectified → verified (or is dismissed with a reason) and nowhere else,
// and it is overdue past its deadline until it is closed.
#include "facility/findings_rules.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace colo::facility {
namespace {

Context operations() {
  auto p = std::make_shared<Principal>();
  p->user_id = 1;
  p->username = "ops";
  p->roles = {"operations"};
  p->permissions.insert(kPermFindingWrite);
  return Context{p, "req", "test"};
}

TEST(FindingRules, R4_2_2_SeverityGivesTheDeadline) {
  const FindingDeadlines d{.critical_hours = 2, .major_hours = 12, .minor_hours = 48};
  EXPECT_EQ(deadline_hours(1, d), 2);
  EXPECT_EQ(deadline_hours(2, d), 12);
  EXPECT_EQ(deadline_hours(3, d), 48);
  EXPECT_EQ(deadline_hours(0, d), 2);   // above critical is critical
  EXPECT_EQ(deadline_hours(9, d), 48);  // below minor is minor
  const FindingDeadlines defaults;
  EXPECT_EQ(deadline_hours(1, defaults), 4);
  EXPECT_EQ(deadline_hours(2, defaults), 24);
  EXPECT_EQ(deadline_hours(3, defaults), 72);
}

TEST(FindingRules, R4_2_2_AnOrderMovesOnlyAlongItsSteps) {
  struct Case {
    const char* state;
    const char* action;
    const char* comment;
    const char* to;  // "" when refused
  } cases[] = {
      {"open", "assign", "", "assigned"},
      {"assigned", "assign", "", "assigned"},
      {"assigned", "rectify", "replaced the seal", "rectified"},
      {"assigned", "rectify", "", ""},  // the rectification says what was done
      {"open", "rectify", "done", ""},  // nobody was assigned
      {"rectified", "verify", "", "verified"},
      {"assigned", "verify", "", ""},
      {"rectified", "reopen", "still leaking", "assigned"},
      {"rectified", "reopen", "", ""},
      {"open", "dismiss", "sensor fault", "dismissed"},
      {"assigned", "dismiss", "sensor fault", "dismissed"},
      {"open", "dismiss", "", ""},
      {"rectified", "dismiss", "x", ""},
      {"verified", "assign", "", ""},
      {"dismissed", "assign", "", ""},
      {"verified", "reopen", "x", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.state) + " " + c.action);
    auto t = finding_workflow().check(c.state, c.action, operations(), c.comment);
    if (*c.to) {
      ASSERT_TRUE(t.ok()) << t.error().code;
      EXPECT_EQ((*t)->to, c.to);
    } else {
      EXPECT_FALSE(t.ok());
    }
  }
  // Without the write permission, nothing.
  auto reader = operations();
  auto p = std::make_shared<Principal>(*reader.principal);
  p->permissions = {kPermFindingRead};
  reader.principal = p;
  EXPECT_FALSE(finding_workflow().check("open", "assign", reader, "").ok());
}

TEST(FindingRules, R4_2_2_OverdueUntilClosed) {
  const Instant deadline = *parse_instant("2026-11-26T12:00:00Z");
  const Instant before = deadline - std::chrono::minutes(1), after = deadline + std::chrono::minutes(1);
  for (const char* s : {"open", "assigned", "rectified"}) {
    SCOPED_TRACE(s);
    EXPECT_FALSE(finding_overdue(s, deadline, before));
    EXPECT_FALSE(finding_overdue(s, deadline, deadline));
    EXPECT_TRUE(finding_overdue(s, deadline, after));
  }
  EXPECT_FALSE(finding_overdue("verified", deadline, after));
  EXPECT_FALSE(finding_overdue("dismissed", deadline, after));
}

}  // namespace
}  // namespace colo::facility
