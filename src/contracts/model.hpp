// Colocation service contracts (托管服务合同, R3.2.3), their versions, change agreements (变更协议,
// R11.1), confidentiality (R10.3), expiry and termination with settlement (R11.2).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace colo::contracts {

inline const std::vector<std::string> kStatuses = {"draft", "signed", "active", "expired", "terminated"};
inline const std::vector<std::string> kServices = {"rack_space",   "whole_rack",   "power",       "bandwidth",
                                                   "ip_addresses", "remote_hands", "data_backup", "other"};
inline const std::vector<std::string> kBillingCycles = {"monthly", "quarterly", "yearly"};
// How a line is billed: every cycle in advance, once on the first invoice, or by measured use in
// arrears (R8.2.2).
inline const std::vector<std::string> kLineModes = {"recurring", "one_off", "usage"};
// What a usage line measures: the 95th percentile of 5-minute bandwidth samples in Mbps, or metered
// energy in kWh.
inline const std::vector<std::string> kUsageMetrics = {"bandwidth_p95", "power_kwh"};
// Which 95th percentile a bandwidth line bills: of inbound, of outbound, the higher of the two
// percentiles, the percentile of the higher direction per sample, or of in + out per sample.
inline const std::vector<std::string> kP95Bases = {"in", "out", "max", "sample_max", "sum"};
inline const std::vector<std::string> kSides = {"operator", "customer"};
inline const std::vector<std::string> kAmendmentStates = {
    "proposed_by_operator", "proposed_by_customer", "agreed", "effective", "rejected", "withdrawn", "lapsed"};
// The settlement checklist opened when a contract ends (R11.2.3), in this order.
inline const std::vector<std::string> kSettlementItems = {"final_invoice", "deposit", "equipment_move_out",
                                                          "reservations_released", "addresses_reclaimed"};
// Items about money: finance records them (contracts.settle).
inline const std::vector<std::string> kMoneySettlementItems = {"final_invoice", "deposit"};
// Items that describe the ledger: their state is read from it, never ticked by hand.
inline const std::vector<std::string> kLedgerSettlementItems = {"equipment_move_out", "reservations_released",
                                                                "addresses_reclaimed"};

// A device or address the contract put into the ledger at activation.
struct Resource {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::string kind;  // device | ipv4_address
  std::int64_t ref_id = 0;
  std::string label;
  std::string created_at;
  std::optional<std::string> release_due, released_at;
};

// The VAT rate a service's line takes unless the line says otherwise: leased bandwidth is a basic
// telecom service (9 %), the rest value-added telecom (6 %).
int default_tax_rate_bp(std::string_view service);
// The unit a service's line is counted in unless the line says otherwise ("U", "kW", "Mbps").
std::string default_unit(std::string_view service);

// Which fields of a line the request left out, to be taken from its catalogue item's list entry
// (contracts/price_change.hpp). Only set while a request is read; never stored or answered.
struct ListDefaults {
  bool service = false, description = false, unit_price = false, billing_cycle = false, mode = false, unit = false,
       tax_rate = false, metric = false;
  bool any() const {
    return service || description || unit_price || billing_cycle || mode || unit || tax_rate || metric;
  }
};

struct LineItem {
  std::string service;  // one of kServices
  std::string description;
  std::int64_t quantity = 1;
  std::int64_t unit_price_fen = 0;  // money: integer minor units; per measured unit for usage lines
  std::string billing_cycle = "monthly";
  std::string mode = "recurring";             // one of kLineModes
  std::optional<std::string> catalogue_item;  // the price list item it was taken from ("RACK-42U")
  std::string unit;                           // empty: default_unit(service)
  std::optional<int> tax_rate_bp;             // VAT in basis points (600 = 6 %); none: by service
  std::optional<std::string> metric;          // usage lines: one of kUsageMetrics
  std::string p95_basis = "max";              // bandwidth_p95 lines: one of kP95Bases
  std::int64_t included_quantity = 0;         // usage lines: measured units included before billing (commit)
  ListDefaults from_list;                     // transient: what the price list fills in

  int tax_rate() const { return tax_rate_bp ? *tax_rate_bp : default_tax_rate_bp(service); }
  std::string unit_name() const { return unit.empty() ? default_unit(service) : unit; }
};

// The full terms of one contract version.
struct Terms {
  Date effective_date{};  // the contract's first day (confidentiality counts from here)
  Date end_date{};        // the last day of the term in force
  int term_months = 12;   // the term, and the length of each renewal
  bool auto_renew = false;
  int notice_days = 30;  // notice needed to stop a renewal or end the contract
  std::vector<LineItem> line_items;
  std::string currency = "CNY";
  int sla_availability_bp = 9990;  // basis points: 9990 = 99.90 %
  int sla_response_minutes = 30;
  int late_fee_bp_per_day = 5;    // basis points of the overdue amount per day (5 = 0.05 %)
  int late_fee_cap_bp = 3000;     // the penalty on an invoice stops at this share of its overdue amount
  int confidentiality_years = 3;  // R10.3, from the effective date, surviving the contract
};

struct Version {
  std::int64_t id = 0;
  int version = 1;
  Date effective_from{};
  Terms terms;
  std::string reason;  // initial | amendment | renewal
  std::optional<std::int64_t> amendment_id;
  std::string created_at;
};

// What a change agreement changes; absent fields stay.
struct Changes {
  std::optional<std::vector<LineItem>> line_items;
  std::optional<Date> end_date;
  std::optional<int> term_months;
  std::optional<bool> auto_renew;
  std::optional<int> notice_days;
  std::optional<int> sla_availability_bp;
  std::optional<int> sla_response_minutes;
  std::optional<int> late_fee_bp_per_day;
  std::optional<int> late_fee_cap_bp;
  std::optional<int> confidentiality_years;
  bool empty() const {
    return !line_items && !end_date && !term_months && !auto_renew && !notice_days && !sla_availability_bp &&
           !sla_response_minutes && !late_fee_bp_per_day && !late_fee_cap_bp && !confidentiality_years;
  }
};

// One line a price change raises (R8.3): its price before (none for a new charge) and after, per
// unit and per the line's cycle.
struct PriceRise {
  int line = 0;  // position in the new line items
  std::string service;
  std::optional<std::string> catalogue_item;
  std::string description;
  std::string billing_cycle;
  std::optional<std::int64_t> old_price_fen;
  std::int64_t new_price_fen = 0;
};

struct Amendment {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::int64_t customer_id = 0;
  int number = 1;  // per contract
  std::string status;
  std::string proposed_by_side;  // operator | customer
  std::int64_t proposed_by = 0;
  std::string proposed_by_name;
  Date effective_date{};
  std::string summary;
  std::string rights_duties;  // the rights and duties the change brings (R11.1)
  Changes changes;
  std::optional<int> version;  // the contract version it made, once agreed
  std::string created_at, updated_at;
  // A price change (it raises a price, contracts/price_change.hpp): the notice to the customer
  // (its in-app notification and when it went), the earliest day it may take effect, what it raises.
  bool price_change = false;
  std::optional<std::string> notified_at;
  std::optional<std::int64_t> notification_id;
  std::optional<Date> earliest_date;
  std::vector<PriceRise> price_rises;
};

// A row of the pending price changes report (GET /api/v1/billing/price-changes).
struct PriceChangeRow {
  Amendment amendment;
  std::string contract_number;
  std::string customer_name;
  int notice_days = 0;
};

struct PriceChangeFilter {
  std::optional<std::string> status;  // one of kAmendmentStates; none: pending (proposed or agreed)
  std::optional<std::int64_t> customer, contract;
  std::optional<std::string> q, sort;
  std::int64_t limit = 50, offset = 0;
};

struct SettlementItem {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::string kind;
  bool done = false;
  std::string note;
  std::optional<std::string> done_by, done_at;
  // A note Colo wrote itself: its catalogue key and values (JSON), rendered for each reader.
  std::string note_key, note_params;
};

// A customer's request to end its contract early (R11.2.2); business accepts (terminating the
// contract, the customer the initiating side) or declines it with a reason.
inline const std::vector<std::string> kTerminationRequestStates = {"open", "accepted", "declined", "closed"};
struct TerminationRequest {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::int64_t customer_id = 0;
  std::string status = "open";
  std::string reason;
  Date desired_date{};
  std::int64_t requested_by = 0;
  std::string requested_by_name;
  std::optional<std::string> decided_by_name, decided_at;
  std::string decision_comment;
  std::string decision_key;  // a comment Colo wrote itself, rendered for each reader
  std::string created_at, updated_at;
};

// A device still installed when its contract ended: to be moved out by on-site operations. Done
// once the ledger shows it decommissioned or gone (derived when read).
struct MoveOutTask {
  std::int64_t id = 0;
  std::int64_t contract_id = 0;
  std::int64_t device_id = 0;
  std::string device_name;
  std::string created_at;
  std::string device_status;  // from the ledger; "gone" when no longer in it
  bool done = false;
};

struct Contract {
  std::int64_t id = 0;
  std::string number;  // CT-2026-000045
  std::optional<std::int64_t> application_id;
  std::string application_number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  std::string operator_party;
  std::string status = "draft";
  Terms terms;  // in force today (mirrors the version in force)
  int current_version = 1;
  Date confidentiality_until{};
  std::optional<std::string> signed_at, signed_by_name, customer_signatory, signed_on;
  std::optional<std::int64_t> signed_by;
  std::optional<std::string> scan_hash, scan_type;
  std::optional<std::string> scan_name;  // as uploaded; older scans have none
  std::optional<std::int64_t> scan_size;
  std::optional<std::string> activated_at, activated_by_name;
  std::optional<std::string> ended_at, termination_date, termination_initiator, termination_reason;
  std::int64_t created_by = 0;
  std::string created_by_name;
  std::string created_at, updated_at;
};

// A new contract from an approved application; absent terms come from the application.
struct ContractInput {
  std::optional<std::int64_t> application_id;
  std::optional<std::string> operator_party;
  std::optional<Date> effective_date, end_date;
  std::optional<int> term_months;
  std::optional<bool> auto_renew;
  std::optional<int> notice_days;
  std::optional<std::vector<LineItem>> line_items;
  std::optional<int> sla_availability_bp, sla_response_minutes, late_fee_bp_per_day, late_fee_cap_bp,
      confidentiality_years;
};

struct AmendmentInput {
  Date effective_date{};
  std::string summary;
  std::string rights_duties;
  Changes changes;
};

struct Termination {
  std::string initiated_by;  // operator | customer
  std::string reason;
  Date date{};
};

struct ListFilter {
  std::optional<std::string> status;
  std::optional<std::int64_t> customer;
  std::optional<std::int64_t> application;
  std::optional<int> expiring_within_days;
  std::optional<std::string> q;
  std::optional<std::string> sort;  // none: newest first, or soonest end with expiring_within_days
  std::int64_t limit = 50, offset = 0;
};

// What the daily job did.
struct DailyReport {
  Date day{};
  int reminders = 0, renewed = 0, expired = 0, amendments_effective = 0, addresses_released = 0;
  int price_changes_lapsed = 0;     // operators' price rises not agreed before their date (R8.3)
  std::vector<std::string> errors;  // per contract; the others still ran
};

}  // namespace colo::contracts
