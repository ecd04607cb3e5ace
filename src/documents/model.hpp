// Documents: the printed face of billing. An invoice or credit note (结算单) and a customer's
// monthly statement of account (对账单) as plain values, filled by billing and rendered to PDF by
// documents/pdf.hpp. Nothing here knows a database or HTTP; the caller passes every figure, so a
// document shows exactly what the books say and the renderer adds no arithmetic of its own beyond
// running balances.
// Money is in fen (1/100 yuan); dates are business dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace colo::documents {

// A party as printed on a fapiao: the buyer's details are what the customer registered for
// invoicing, the seller's are the operator's.
struct Party {
  std::string name;
  std::string tax_id;             // 纳税人识别号 (unified social credit code)
  std::string address_and_phone;  // 地址、电话
  std::string bank_and_account;   // 开户行及账号
};

// One line of an invoice. For a credit note the amounts are negative.
struct InvoiceLine {
  std::string description;   // wrapped by the renderer when long
  std::string unit;          // "U", "kW", "Mbps", "kWh", "个", "次"
  std::string quantity;      // as the caller formats it ("1", "95.37"): quantities may be fractional
  std::int64_t unit_price;   // fen, excl. tax
  std::int64_t amount;       // fen, excl. tax
  std::int32_t tax_rate_bp;  // basis points: 600 = 6 %
  std::int64_t tax;          // fen
  std::int64_t total;        // fen, incl. tax
};

enum class InvoiceKind { invoice, credit_note };

// A stamp across the header: a paid, overdue or voided document says so at a glance.
enum class Stamp { none, paid, overdue, voided };

struct Invoice {
  std::string language = "zh-CN";  // "zh-CN" | "en-US": every fixed label is in this language
  InvoiceKind kind = InvoiceKind::invoice;
  std::string number;  // INV-2026-000123 / CN-2026-000004
  Date issue_date{};
  Date due_date{};
  Date period_from{};
  Date period_to{};
  std::string contract_number;
  std::string original_invoice;  // a credit note: the invoice it corrects
  Party seller;
  Party buyer;
  std::vector<InvoiceLine> lines;
  // Totals as the books hold them (they equal the sums of the lines).
  std::int64_t total_amount = 0;  // excl. tax
  std::int64_t total_tax = 0;
  std::int64_t total = 0;  // incl. tax
  std::int64_t paid = 0;   // previously paid
  std::int64_t due = 0;    // amount due
  // Free sentences in the document's language: the late-fee accrual, a correction's reason.
  std::vector<std::string> remarks;
  Stamp stamp = Stamp::none;
};

// reversal: a payment taken back (a bounced transfer) owes again; deposit_taken: part of a payment
// held as a deposit instead of paying invoices; deposit_offset: a held deposit put on what is owed.
enum class StatementEntryKind {
  invoice,
  credit_note,
  payment,
  penalty,
  refund,
  adjustment,
  reversal,
  deposit_taken,
  deposit_offset
};

// One movement on a customer's account. Debits raise what the customer owes, credits lower it.
struct StatementEntry {
  Date date{};
  StatementEntryKind kind = StatementEntryKind::invoice;
  std::string reference;    // INV-2026-000123, a bank reference
  std::string description;  // optional detail
  std::int64_t debit = 0;   // fen, >= 0
  std::int64_t credit = 0;  // fen, >= 0
};

// What the customer owes, by days past due (R8.2.1's ageing report), at the statement's end.
struct Ageing {
  std::int64_t current = 0;
  std::int64_t days_1_30 = 0;
  std::int64_t days_31_60 = 0;
  std::int64_t days_61_90 = 0;
  std::int64_t over_90 = 0;
};

struct Statement {
  std::string language = "zh-CN";
  std::string number;  // the statement's own reference, optional
  Date issue_date{};
  Date period_from{};
  Date period_to{};
  Party seller;
  Party customer;
  std::int64_t opening_balance = 0;  // fen; negative is a credit in the customer's favour
  std::vector<StatementEntry> entries;
  Ageing ageing;
  std::vector<std::string> remarks;
};

}  // namespace colo::documents

namespace colo::documents {

// ---- The monthly service-quality report (服务质量月报, R7.1.2) ----
// One customer's month, or management's over every customer with a line per customer. Figures
// come as the service desk measured them: availability in hundredths of a basis point (ppm of
// 100 %), targets in basis points, times in minutes, money in fen.

struct QualityService {
  std::string contract;
  std::string service;  // "" : the contract as a whole
  bool measured = false;
  std::int64_t availability_ppm = 0;  // when measured
  std::int32_t target_bp = 0;
  bool met = false;
  std::int64_t outage_minutes = 0, maintenance_minutes = 0;
  std::int64_t unmeasured_minutes = 0;  // time without monitoring data, not judged (marked *)
};

// A count of tickets by their type (incident, service_request, complaint, consultation,
// compensation: labelled by the renderer) or priority (P1..P4).
struct QualityCount {
  std::string key;
  std::int64_t count = 0;
};

struct QualityCredit {
  std::string contract;
  bool measured = false;
  std::optional<std::int64_t> availability_ppm;
  std::int32_t target_bp = 0;
  std::int64_t computed_fen = 0, amount_fen = 0;
  std::string status;  // pending_review | approved | adjusted | no_credit
};

struct QualityAction {
  std::string number, title, owner;
  Date due{};
  std::string status;  // open | in_progress | verifying | closed
  bool overdue = false;
};

struct QualityCustomer {
  std::string customer;
  std::int64_t tickets = 0, responded = 0, response_met = 0, resolved = 0, resolution_met = 0;
  std::int64_t complaints = 0, complaints_answered = 0;
  std::optional<std::int64_t> satisfaction_tenths;
  std::int64_t contracts = 0, measured = 0, met = 0;
  std::int64_t credit_fen = 0;
};

struct ServiceQualityReport {
  std::string language = "zh-CN";
  std::string month;  // YYYY-MM
  Date issue_date{};
  std::string customer;  // "" : the overall report for management
  std::vector<QualityService> services;
  std::int64_t contracts = 0, contracts_measured = 0, contracts_met = 0;
  std::int64_t tickets = 0;
  std::vector<QualityCount> by_type, by_priority;
  std::int64_t responded = 0, response_met = 0, resolved = 0, resolution_met = 0;
  std::optional<std::int64_t> average_response_minutes, average_resolution_minutes;
  std::int64_t complaints = 0, complaints_answered = 0;
  std::optional<std::int64_t> average_answer_minutes;
  std::int64_t surveys = 0;
  std::optional<std::int64_t> satisfaction_tenths;
  std::vector<QualityCredit> credits;
  std::int64_t credit_granted_fen = 0, credit_pending_fen = 0;
  std::vector<QualityAction> actions;
  std::vector<QualityCustomer> customers;  // the overall report's breakdown
};

// The compliance report (R1–R12) for management and regulators: every clause's status over the
// period, signed with the audit chain's head the view was computed at.
struct ComplianceLine {
  std::string clause, status, trend;  // status: passing, failing, no_data, not_measured
  std::optional<std::int64_t> value_bp, target_bp;
  std::int64_t failing_count = 0;
  std::string period_from, period_to;  // empty: the report's period
};

struct ComplianceReport {
  std::string language = "zh-CN";
  std::string period_from, period_to, as_of;  // as_of: when it was computed, in the business zone
  std::int64_t audit_head_id = 0;
  std::string audit_head_hash;
  std::vector<ComplianceLine> clauses;
};

// The yearly drill plan report (年度应急演练报告, R4.2.3): per emergency plan its scenario, version
// and owner, the drills of the year with their dates, findings and the follow-up actions still
// open, and whether the plan has gone twelve months without a drill. Scenario and status are the
// API's codes; the renderer labels them in the document's language.
struct DrillReportAction {
  std::string text, owner, due_on;
  bool overdue = false;
};

struct DrillReportDrill {
  std::string title, status, scheduled_on, held_on;  // held_on: empty until held
  std::vector<std::string> findings;
  std::vector<DrillReportAction> open_actions;
};

struct DrillReportPlan {
  std::string scenario, title, owner;
  int version = 1;
  std::string last_held_on;  // empty: never drilled
  bool needs_drill = false;
  std::vector<DrillReportDrill> drills;
};

struct DrillPlanReport {
  std::string language = "zh-CN";
  int year = 0;
  std::string issued_on;
  std::vector<DrillReportPlan> plans;
};

}  // namespace colo::documents
