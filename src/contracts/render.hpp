// JSON of contracts, written once as shapes (core/shape.hpp): the API's answers and their
// schemas; the terms and changes shapes are also the form in which they are stored.
#pragma once

#include "contracts/model.hpp"
#include "contracts/service.hpp"
#include "contracts/terms.hpp"
#include "core/shape.hpp"
#include "workflow/render.hpp"

namespace colo::contracts::render {

inline const shape::Values kVersionReasons = {"initial", "amendment", "renewal"};
inline const shape::Values kTransitionActions = {"agree", "reject", "withdraw"};
inline const shape::Values kCurrencies = {"CNY"};

template <typename W>
void line_item(W& w, const LineItem& l) {
  w.field("service", l.service, kServices);
  w.field("description", l.description);
  w.field("quantity", l.quantity);
  w.field("unit_price_fen", l.unit_price_fen);
  w.field("billing_cycle", l.billing_cycle, kBillingCycles);
  w.field("mode", l.mode, kLineModes);
  w.field("catalogue_item", l.catalogue_item);
  w.field("unit", l.unit_name());
  w.field("tax_rate_bp", l.tax_rate());
  w.field("metric", l.metric, kUsageMetrics);
  w.field("p95_basis", l.p95_basis, kP95Bases);
  w.field("included_quantity", l.included_quantity);
}

template <typename W>
void terms(W& w, const Terms& t) {
  w.field("effective_date", format_date(t.effective_date));
  w.field("end_date", format_date(t.end_date));
  w.field("term_months", t.term_months);
  w.field("auto_renew", t.auto_renew);
  w.field("notice_days", t.notice_days);
  w.array("line_items", "LineItem", t.line_items, [&](const LineItem& l) { line_item(w, l); });
  w.field("currency", t.currency, kCurrencies);
  w.field("sla_availability_bp", t.sla_availability_bp);
  w.field("sla_response_minutes", t.sla_response_minutes);
  w.field("late_fee_bp_per_day", t.late_fee_bp_per_day);
  w.field("late_fee_cap_bp", t.late_fee_cap_bp);
  w.field("confidentiality_years", t.confidentiality_years);
}

// Only what the change agreement changes.
template <typename W>
void changes(W& w, const Changes& c) {
  w.when(c.line_items.has_value(), [&] {
    w.array("line_items", "LineItem", shape::or_blank(c.line_items), [&](const LineItem& l) { line_item(w, l); });
  });
  w.when(c.end_date.has_value(), [&] { w.field("end_date", format_date(shape::or_blank(c.end_date))); });
  w.when(c.term_months.has_value(), [&] { w.field("term_months", c.term_months.value_or(0)); });
  w.when(c.auto_renew.has_value(), [&] { w.field("auto_renew", c.auto_renew.value_or(false)); });
  w.when(c.notice_days.has_value(), [&] { w.field("notice_days", c.notice_days.value_or(0)); });
  w.when(c.sla_availability_bp.has_value(), [&] { w.field("sla_availability_bp", c.sla_availability_bp.value_or(0)); });
  w.when(c.sla_response_minutes.has_value(),
         [&] { w.field("sla_response_minutes", c.sla_response_minutes.value_or(0)); });
  w.when(c.late_fee_bp_per_day.has_value(), [&] { w.field("late_fee_bp_per_day", c.late_fee_bp_per_day.value_or(0)); });
  w.when(c.late_fee_cap_bp.has_value(), [&] { w.field("late_fee_cap_bp", c.late_fee_cap_bp.value_or(0)); });
  w.when(c.confidentiality_years.has_value(),
         [&] { w.field("confidentiality_years", c.confidentiality_years.value_or(0)); });
}

using shape::ref;

// The price change part of a change agreement (R8.3): whether it raises a price, the notice to the
// customer and the earliest day it may take effect, and each raised line, old price to new.
template <typename W>
void price_change(W& w, const Amendment& a) {
  w.field("price_change", a.price_change);
  w.field("notified_at", a.notified_at);
  w.field("notification_id", a.notification_id);
  w.field("earliest_date",
          a.earliest_date ? std::optional<std::string>(format_date(*a.earliest_date)) : std::optional<std::string>{});
  w.array("price_rises", "PriceRise", a.price_rises, [&](const PriceRise& r) {
    w.field("line", r.line);
    w.field("service", r.service, kServices);
    w.field("catalogue_item", r.catalogue_item);
    w.field("description", r.description);
    w.field("billing_cycle", r.billing_cycle, kBillingCycles);
    w.field("old_price_fen", r.old_price_fen);
    w.field("new_price_fen", r.new_price_fen);
  });
}

template <typename W>
void amendment(W& w, const AmendmentView& v) {
  const auto& a = v.amendment;
  w.field("id", a.id);
  w.field("contract_id", a.contract_id);
  w.field("number", a.number);
  w.field("status", a.status, kAmendmentStates);
  w.object("proposed_by", "AmendmentProposer", [&] {
    w.field("side", a.proposed_by_side, kSides);
    w.field("id", a.proposed_by);
    w.field("name", a.proposed_by_name);
  });
  w.field("effective_date", format_date(a.effective_date));
  w.field("summary", a.summary);
  w.field("rights_duties", a.rights_duties);
  w.object("changes", "ContractChanges", [&] { changes(w, a.changes); });
  w.field("version", a.version);
  w.field("created_at", a.created_at);
  w.field("updated_at", a.updated_at);
  price_change(w, a);
  w.array("timeline", "WorkflowStep", v.timeline, [&](const workflow::Step& s) { workflow::write_step(w, s); });
  w.strings("actions", v.actions);
}

// A pending price change with its contract (GET /api/v1/billing/price-changes).
template <typename W>
void price_change_row(W& w, const PriceChangeRow& r) {
  const auto& a = r.amendment;
  w.field("id", a.id);
  w.field("number", a.number);
  ref(w, "contract", a.contract_id, r.contract_number);
  ref(w, "customer", a.customer_id, r.customer_name);
  w.field("status", a.status, kAmendmentStates);
  w.field("proposed_by_side", a.proposed_by_side, kSides);
  w.field("summary", a.summary);
  w.field("effective_date", format_date(a.effective_date));
  w.field("notice_days", r.notice_days);
  w.field("accepted", a.status == "agreed" || a.status == "effective");
  price_change(w, a);
}

template <typename W>
void version(W& w, const Version& v) {
  w.field("version", v.version);
  w.field("effective_from", format_date(v.effective_from));
  w.field("reason", v.reason, kVersionReasons);
  w.field("amendment_id", v.amendment_id);
  w.field("created_at", v.created_at);
  w.object("terms", "ContractTerms", [&] { terms(w, v.terms); });
}

template <typename W>
void contract(W& w, const Contract& c) {
  w.field("id", c.id);
  w.field("number", c.number);
  w.field("application_id", c.application_id);
  ref(w, "customer", c.customer_id, c.customer_name);
  w.object("parties", "ContractParties", [&] {
    w.field("operator", c.operator_party);
    w.field("customer", c.customer_name);
  });
  w.field("status", c.status, kStatuses);
  w.field("effective_date", format_date(c.terms.effective_date));
  w.field("end_date", format_date(c.terms.end_date));
  w.field("term_months", c.terms.term_months);
  w.field("auto_renew", c.terms.auto_renew);
  w.field("notice_days", c.terms.notice_days);
  w.field("version", c.current_version);
  w.object("amounts", "ContractAmounts", [&] {
    const auto a = amounts(c.terms);
    w.field("currency", c.terms.currency);
    w.field("monthly_fen", a.monthly_fen);
    w.field("total_fen", a.total_fen);
  });
  // R10.3: shown whatever the status, ended contracts included.
  w.object("confidentiality", "Confidentiality", [&] {
    w.field("years", c.terms.confidentiality_years);
    w.field("until", format_date(c.confidentiality_until));
  });
  w.field("created_by", c.created_by_name);
  w.field("created_at", c.created_at);
  w.field("updated_at", c.updated_at);
  w.nullable_object("signing", "ContractSigning", c.signed_at.has_value(), [&] {
    w.field("signed_at", c.signed_at.value_or(""));
    w.object("signed_by", "", [&] {
      w.field("id", c.signed_by);
      w.field("name", c.signed_by_name);
    });
    w.field("customer_signatory", c.customer_signatory);
    w.field("signed_on", c.signed_on);
    w.object("scan", "", [&] {
      w.field("content_type", c.scan_type);
      w.field("file_name", c.scan_name);
      w.field("size", c.scan_size);
      w.field("hash", c.scan_hash);
      w.field("url", "/api/v1/contracts/" + std::to_string(c.id) + "/scan");
    });
  });
  w.field("activated_at", c.activated_at);
  w.field("activated_by", c.activated_by_name);
  w.field("ended_at", c.ended_at);
  w.nullable_object("termination", "ContractTermination", c.termination_date.has_value(), [&] {
    w.field("date", c.termination_date.value_or(""));
    w.field("initiated_by", c.termination_initiator);
    w.field("reason", c.termination_reason);
  });
}

template <typename W>
void termination_request(W& w, const TerminationRequest& r) {
  w.field("id", r.id);
  w.field("contract_id", r.contract_id);
  w.field("status", r.status, kTerminationRequestStates);
  w.field("reason", r.reason);
  w.field("desired_date", format_date(r.desired_date));
  ref(w, "requested_by", r.requested_by, r.requested_by_name);
  w.field("decided_by", r.decided_by_name);
  w.field("decided_at", r.decided_at);
  w.field("decision_comment", r.decision_comment);
  w.field("created_at", r.created_at);
  w.field("updated_at", r.updated_at);
}

template <typename W>
void detail(W& w, const Detail& d) {
  contract(w, d.contract);
  w.object("terms", "ContractTerms", [&] { terms(w, d.contract.terms); });
  w.field("as_of", d.as_of ? std::optional<std::string>(format_date(*d.as_of)) : std::nullopt);
  w.nullable_object("in_force", "ContractVersion", d.in_force, [&](const Version& v) { version(w, v); });
  w.array("versions", "ContractVersion", d.versions, [&](const Version& v) { version(w, v); });
  w.array("amendments", "Amendment", d.amendments, [&](const AmendmentView& a) { amendment(w, a); });
  w.array("settlement", "SettlementItem", d.settlement, [&](const SettlementItem& s) {
    w.field("id", s.id);
    w.field("kind", s.kind, kSettlementItems);
    w.field("done", s.done);
    w.field("note", s.note);
    w.field("done_by", s.done_by);
    w.field("done_at", s.done_at);
  });
  w.array("termination_requests", "TerminationRequest", d.termination_requests,
          [&](const TerminationRequest& r) { termination_request(w, r); });
  w.array("move_out_tasks", "MoveOutTask", d.move_out_tasks, [&](const MoveOutTask& t) {
    w.field("id", t.id);
    ref(w, "device", t.device_id, t.device_name);
    w.field("device_status", t.device_status);
    w.field("done", t.done);
    w.field("created_at", t.created_at);
  });
  w.strings("actions", d.actions);
}

}  // namespace colo::contracts::render
