// Billing (R8.2.2): invoices and credit notes, their lines, billing runs, buyer details for the
// fapiao, and pending charges other modules leave for the next invoice. Money is integer fen;
// quantities are in thousandths of their unit ("milli"). Plain structs; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace colo::billing {

inline const std::vector<std::string> kInvoiceKinds = {"invoice", "credit_note"};
// An invoice's state: payments move it from issued to partially_paid and paid; credit notes that
// cover what is left make it credited.
inline const std::vector<std::string> kInvoiceStates = {"issued", "partially_paid", "paid", "void", "credited"};
// What a line bills: a contract line (recurring, one-off, usage), a pending charge of one of
// kPendingKinds ("one_off" of a pending charge is "pending_one_off" on the line), or a credit note's
// reversal of an original line.
inline const std::vector<std::string> kLineKinds = {"recurring", "one_off",         "usage",      "late_fee",
                                                    "adjustment", "credit",         "pending_one_off",
                                                    "sla_credit", "penalty",        "credit_note"};
inline const std::vector<std::string> kPendingKinds = {"late_fee", "adjustment", "credit",
                                                       "one_off",  "sla_credit", "penalty"};
inline const std::vector<std::string> kRunStates = {"running", "completed", "failed"};
inline const std::vector<std::string> kRunOrigins = {"job", "manual", "cli", "demo"};
// 增值税专用发票 (special) or 普通发票 (normal).
inline const std::vector<std::string> kFapiaoTypes = {"special", "normal"};

// The buyer's details printed on the fapiao (购买方信息).
struct BuyerProfile {
  std::int64_t customer_id = 0;
  std::string name;
  std::string taxpayer_id;  // 纳税人识别号: the 18-character unified social credit code
  std::string address, phone;
  std::string bank_name, bank_account;
  std::string invoice_email;
  std::string fapiao_type = "special";
  std::string updated_by_name, updated_at;
};

// The seller's details, from configuration ([billing] seller_*).
struct Seller {
  std::string name;
  std::string taxpayer_id;
  std::string address_phone;
  std::string bank_account;
};

struct InvoiceLine {
  std::int64_t id = 0;
  std::int64_t invoice_id = 0;
  int position = 0;
  std::string kind = "recurring";  // one of kLineKinds
  std::string line_key;            // the contract line it bills ("" for pending charges)
  std::string service;
  std::optional<std::string> catalogue_item;
  std::string description;
  std::string unit;  // U, rack, kW, Mbps, IP, hour, TB, item
  std::int64_t quantity_milli = 0;
  std::int64_t unit_price_fen = 0;
  std::optional<Date> period_start, period_end;
  std::optional<int> days, period_days;  // days in service of the period's days, when prorated
  std::int64_t amount_fen = 0;           // before tax; negative for credits
  int tax_rate_bp = 0;
  std::int64_t tax_fen = 0;
  std::int64_t total_fen = 0;     // amount + tax
  std::int64_t credited_fen = 0;  // of amount (before tax), by credit notes (original lines only)
  std::optional<std::int64_t> original_line_id;
  std::optional<std::int64_t> pending_charge_id;
  std::string note;
};

struct Invoice {
  std::int64_t id = 0;
  std::string number;  // INV-2026-000001 or CN-2026-000001
  std::string kind = "invoice";
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::optional<std::int64_t> original_invoice_id;  // credit notes
  std::optional<std::int64_t> run_id;
  std::string status = "issued";
  bool is_final = false;  // the contract's final invoice (settlement, R11.2.3)
  Date issue_date{}, due_date{};
  Date period_start{}, period_end{};
  std::string currency = "CNY";
  std::int64_t subtotal_fen = 0, tax_fen = 0, total_fen = 0;
  std::int64_t paid_fen = 0;      // maintained by payments (apply_payment)
  std::int64_t credited_fen = 0;  // by credit notes
  std::string reason;             // credit notes
  BuyerProfile buyer;             // snapshot at issue
  Seller seller;                  // snapshot at issue
  std::optional<std::string> fapiao_number, fapiao_recorded_at, fapiao_recorded_by_name;
  std::string created_by_name;
  std::string created_at, updated_at;
  std::vector<InvoiceLine> lines;

  std::int64_t outstanding_fen() const { return total_fen - paid_fen - credited_fen; }
};

// A charge another module leaves for the contract's next invoice, added in that module's own
// transaction through Service::add_pending_charge. Either amount_fen, or quantity × unit price.
struct PendingCharge {
  std::int64_t id = 0;
  std::int64_t customer_id = 0;
  std::int64_t contract_id = 0;
  std::string kind;  // one of kPendingKinds
  std::string description;
  std::int64_t quantity_milli = 1000;
  std::string unit = "item";
  std::optional<std::int64_t> unit_price_fen;
  std::int64_t amount_fen = 0;  // negative for credits
  int tax_rate_bp = 600;
  std::string source_type;  // "billing_invoice" for a late fee on an invoice, ...
  std::optional<std::int64_t> source_id;
  std::string created_by_name;
  std::string created_at;
  std::optional<std::int64_t> invoice_id, invoice_line_id;
  std::optional<std::string> cancelled_at;
};

struct Run {
  std::int64_t id = 0;
  Date run_date{};
  std::string status = "running";
  std::string origin = "job";
  int contracts_seen = 0, contracts_billed = 0, invoices = 0, credit_notes = 0;
  std::int64_t total_fen = 0;
  std::int64_t last_contract_id = 0;  // progress: every contract up to it is done
  std::vector<std::string> notes;     // per contract: usage figures missing, ...
  std::vector<std::string> errors;    // per contract; the others still ran
  std::string started_by_name;
  std::string started_at;
  std::optional<std::string> finished_at;
};

// One charge of a contract line for a period: the ledger the run compares with what is due.
struct Charge {
  std::int64_t contract_id = 0;
  std::string line_key;
  Date period_start{}, period_end{};
  int revision = 0;
  std::int64_t amount_fen = 0;
  std::int64_t invoice_id = 0, invoice_line_id = 0;
};

struct InvoiceFilter {
  std::optional<std::int64_t> customer, contract;
  std::optional<std::string> status, kind;
  std::optional<bool> overdue;
  std::optional<Date> issued_from, issued_to;
  std::optional<std::string> q;
  std::optional<std::string> sort;
  std::int64_t limit = 50, offset = 0;
};

}  // namespace colo::billing
