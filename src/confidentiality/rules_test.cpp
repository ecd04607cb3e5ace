// The pure rules of confidentiality: a disclosure's basis (R10.2), its steps, the obligation's end
// (R10.3), the reminder's day, and the R10 measure of the compliance view.
#include "confidentiality/rules.hpp"

#include <gtest/gtest.h>

namespace colo::confidentiality {
namespace {

Date d(const char* s) { return *parse_date(s); }

DisclosureInput legal() {
  DisclosureInput in;
  in.customer_id = 1;
  in.recipient = "公安局网安支队";
  in.recipient_kind = "authority";
  in.categories = {"contacts"};
  in.purpose = "案件调查";
  in.basis = "legal";
  in.law = "网络安全法";
  in.article = "第二十八条";
  in.document_number = "公网调字〔2026〕15号";
  return in;
}

Disclosure with_status(std::string basis, std::string status, bool consent = false) {
  Disclosure x;
  x.number = "DSC-2026-000001";
  x.basis = std::move(basis);
  x.status = std::move(status);
  if (x.basis == "legal") {
    x.law = "网络安全法";
    x.article = "第二十八条";
    x.document_number = "15";
  }
  if (consent) x.consent_hash = "ab";
  return x;
}

TEST(ConfidentialityRules, R10_2_ARequestNeedsConsentOrACompleteLegalBasis) {
  EXPECT_TRUE(request_errors(legal()).empty());
  EXPECT_TRUE(basis_errors(legal()).empty());
  auto none = legal();
  none.basis = "";
  ASSERT_EQ(basis_errors(none).size(), 1u);
  EXPECT_EQ(basis_errors(none)[0].code, "confidentiality.disclosure.no_basis");
  auto no_doc = legal();
  no_doc.document_number.reset();
  ASSERT_EQ(basis_errors(no_doc).size(), 1u);
  EXPECT_EQ(basis_errors(no_doc)[0].field, "document_number");
  auto consent = legal();
  consent.basis = "consent";
  EXPECT_TRUE(basis_errors(consent).empty());
}

TEST(ConfidentialityRules, OnlyALegalBasisCitingTheLawKeepsADisclosureFromTheCustomer) {
  auto in = legal();
  in.withheld = true;
  ASSERT_EQ(request_errors(in).size(), 1u);
  EXPECT_EQ(request_errors(in)[0].field, "withheld_law");
  in.withheld_law = "刑事诉讼法第五十四条";
  EXPECT_TRUE(request_errors(in).empty());
  in.basis = "consent";
  EXPECT_EQ(request_errors(in)[0].code, "confidentiality.withheld_needs_law");
}

TEST(ConfidentialityRules, StepsFollowTheStateAndTheBasis) {
  struct Case {
    Disclosure d;
    const char* action;
    const char* code;  // "" when allowed
  };
  const Case cases[] = {
      {with_status("consent", "requested"), "approve", "confidentiality.disclosure.no_basis"},
      {with_status("consent", "requested", true), "approve", ""},
      {with_status("legal", "requested"), "approve", ""},
      {with_status("legal", "approved"), "approve", "confidentiality.disclosure.decided"},
      {with_status("legal", "rejected"), "reject", "confidentiality.disclosure.decided"},
      {with_status("legal", "requested"), "disclose", "confidentiality.disclosure.not_approved"},
      {with_status("consent", "approved"), "disclose", "confidentiality.disclosure.no_basis"},
      {with_status("legal", "approved"), "disclose", ""},
      {with_status("legal", "disclosed"), "disclose", "confidentiality.disclosure.disclosed"},
      {with_status("legal", "requested"), "consent", "confidentiality.disclosure.not_consent"},
      {with_status("consent", "approved", true), "consent", "confidentiality.disclosure.decided"},
      {with_status("consent", "requested"), "consent", ""},
  };
  for (const auto& c : cases) {
    auto s = check_step(c.d, c.action);
    if (*c.code == 0) {
      EXPECT_TRUE(s.ok()) << c.d.status << " " << c.action;
    } else {
      ASSERT_FALSE(s.ok()) << c.d.status << " " << c.action;
      EXPECT_EQ(s.error().code, c.code) << c.d.status << " " << c.action;
    }
  }
}

TEST(ConfidentialityRules, ActionsOfferOnlyWhatTheCallerMayDoNow) {
  EXPECT_EQ(actions_for(with_status("consent", "requested"), true, true),
            (std::vector<std::string>{"consent", "reject"}));
  EXPECT_EQ(actions_for(with_status("legal", "requested"), false, true),
            (std::vector<std::string>{"approve", "reject"}));
  EXPECT_EQ(actions_for(with_status("legal", "approved"), true, false), (std::vector<std::string>{"disclose"}));
  EXPECT_TRUE(actions_for(with_status("legal", "disclosed"), true, true).empty());
}

TEST(ConfidentialityRules, R10_3_TheObligationOutlivesTheContract) {
  // The later of the contract's own date and its end plus the years after.
  EXPECT_EQ(obligation_until(d("2029-01-01"), d("2027-06-30"), 3), d("2030-06-30"));
  EXPECT_EQ(obligation_until(d("2031-01-01"), d("2027-06-30"), 3), d("2031-01-01"));
  EXPECT_EQ(obligation_until(d("2027-01-01"), d("2027-06-30"), 0), d("2027-06-30"));
}

TEST(ConfidentialityRules, TheReminderIsDueFromItsDayUntilTheEndOnce) {
  const Date until = d("2030-06-30");
  EXPECT_FALSE(reminder_due(d("2030-05-30"), until, 30, false));
  EXPECT_TRUE(reminder_due(d("2030-05-31"), until, 30, false));
  EXPECT_TRUE(reminder_due(d("2030-06-29"), until, 30, false));
  EXPECT_FALSE(reminder_due(d("2030-06-29"), until, 30, true));
  EXPECT_FALSE(reminder_due(d("2030-06-30"), until, 30, false));
}

TEST(ConfidentialityRules, R10_MeasureCountsDisclosuresWithBasisAndApprovalPerPeriod) {
  const std::vector<DisclosureFact> facts = {
      {"DSC-1", "2026-01-10T00:00:00.000Z", true, true},   {"DSC-2", "2026-02-10T00:00:00.000Z", true, true},
      {"DSC-3", "2026-02-11T00:00:00.000Z", false, true},  {"DSC-4", "2026-02-12T00:00:00.000Z", true, false},
      {"DSC-5", "2026-03-01T00:00:00.000Z", false, false},  // the period's end is excluded
  };
  auto m = measure_r10(facts, "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z");
  EXPECT_EQ(m.current.total, 3);
  EXPECT_EQ(m.current.met, 1);
  EXPECT_EQ(m.current.failing, (std::vector<std::string>{"DSC-3", "DSC-4"}));
  EXPECT_EQ(m.previous.total, 1);
  EXPECT_EQ(m.previous.met, 1);
  EXPECT_TRUE(m.previous.failing.empty());
}

}  // namespace
}  // namespace colo::confidentiality
