// HTTP adapter for receivables: payments and their allocations, credit, refunds, deposits, the
// ageing report and customers' statements.
#include "billing/payments_routes.hpp"

#include <boost/json.hpp>

#include <cmath>

#include "billing/payments.hpp"
#include "billing/payments_store.hpp"
#include "core/shape.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::billing {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

// ---- answers, written once as shapes

template <typename W>
void write_allocation(W& w, const AllocationRow& a) {
  w.field("id", a.id);
  shape::ref(w, "invoice", a.invoice_id, a.invoice_number);
  w.field("payment_id", a.payment_id);
  w.field("deposit_id", a.deposit_id);
  w.field("amount_fen", a.amount_fen);
  w.field("created_by", a.created_by_name);
  w.field("created_at", a.created_at);
  w.field("reversed_at", a.reversed_at);
}

template <typename W>
void write_payment(W& w, const Payment& p) {
  w.field("id", p.id);
  shape::ref(w, "customer", p.customer_id, p.customer_name);
  w.field("amount_fen", p.amount_fen);
  w.field("received_on", format_date(p.received_on));
  w.field("method", p.method, kPaymentMethods);
  w.field("bank_reference", p.bank_reference);
  w.field("payer_name", p.payer_name);
  w.field("note", p.note);
  w.field("status", p.status, kPaymentStates);
  w.field("allocated_fen", p.allocated_fen);
  w.field("deposit_fen", p.deposit_fen);
  w.field("refunded_fen", p.refunded_fen);
  w.field("unallocated_fen", p.unallocated_fen());
  w.field("reversal_reason", p.reversal_reason);
  w.field("reversed_at", p.reversed_at);
  w.field("reversed_by", p.reversed_by_name);
  w.field("created_by", p.created_by_name);
  w.field("created_at", p.created_at);
}

template <typename W>
void write_payment_detail(W& w, const PaymentDetail& d) {
  write_payment(w, d.payment);
  w.array("allocations", "PaymentAllocation", d.allocations, [&](const AllocationRow& a) { write_allocation(w, a); });
}

template <typename W>
void write_preview(W& w, const AllocationPreview& p) {
  w.array("allocations", "PlannedAllocation", p.allocations, [&](const PlannedAllocation& a) {
    shape::ref(w, "invoice", a.invoice_id, a.invoice_number);
    w.field("due_date", format_date(a.due_date));
    w.field("outstanding_fen", a.outstanding_fen);
    w.field("amount_fen", a.amount_fen);
  });
  w.field("allocated_fen", p.allocated_fen);
  w.field("credit_fen", p.credit_fen);
}

template <typename W>
void write_refund(W& w, const Refund& r) {
  w.field("id", r.id);
  shape::ref(w, "customer", r.customer_id, r.customer_name);
  w.field("source", r.source, kRefundSources);
  w.field("deposit_id", r.deposit_id);
  w.field("amount_fen", r.amount_fen);
  w.field("refunded_on", format_date(r.refunded_on));
  w.field("reference", r.reference);
  w.field("note", r.note);
  w.field("created_by", r.created_by_name);
  w.field("created_at", r.created_at);
}

template <typename W>
void write_deposit(W& w, const Deposit& d) {
  w.field("id", d.id);
  shape::ref(w, "customer", d.customer_id, d.customer_name);
  shape::ref(w, "contract", d.contract_id, d.contract_number);
  w.field("payment_id", d.payment_id);
  w.field("amount_fen", d.amount_fen);
  w.field("received_on", format_date(d.received_on));
  w.field("reference", d.reference);
  w.field("note", d.note);
  w.field("status", d.status, kDepositStates);
  w.field("offset_fen", d.offset_fen);
  w.field("released_fen", d.released_fen);
  w.field("settled_on", d.settled_on);
  w.field("settled_by", d.settled_by_name);
  w.field("created_by", d.created_by_name);
  w.field("created_at", d.created_at);
}

template <typename W>
void write_balance(W& w, const Balance& b) {
  shape::ref(w, "customer", b.customer_id, b.customer_name);
  w.field("outstanding_fen", b.outstanding_fen);
  w.field("overdue_fen", b.overdue_fen);
  w.field("open_invoices", b.open_invoices);
  w.field("credit_fen", b.credit_fen);
  w.field("deposits_held_fen", b.deposits_held_fen);
}

template <typename W>
void write_ageing_amounts(W& w, const AgeingRow& a) {
  w.field("current_fen", a.current_fen);
  w.field("d1_30_fen", a.d1_30_fen);
  w.field("d31_60_fen", a.d31_60_fen);
  w.field("d61_90_fen", a.d61_90_fen);
  w.field("d90_plus_fen", a.d90_plus_fen);
  w.field("total_fen", a.total_fen);
  w.field("invoices", a.invoices);
}

template <typename W>
void write_ageing_row(W& w, const AgeingRow& a) {
  shape::ref(w, "customer", a.customer_id, a.customer_name);
  write_ageing_amounts(w, a);
}

template <typename W>
void write_ageing_summary(W& w, const AgeingReport& r) {
  w.field("as_of", format_date(r.as_of));
  w.field("customers", r.count);
  w.object("totals", "AgeingAmounts", [&] { write_ageing_amounts(w, r.totals); });
}

template <typename W>
void write_statement(W& w, const Statement& s) {
  shape::ref(w, "customer", s.customer_id, s.customer_name);
  w.field("from", format_date(s.from));
  w.field("to", format_date(s.to));
  w.field("opening_fen", s.opening_fen);
  w.field("debit_fen", s.debit_fen);
  w.field("credit_fen", s.credit_fen);
  w.field("closing_fen", s.closing_fen);
  w.array("entries", "StatementEntry", s.entries, [&](const StatementEntry& e) {
    w.field("date", format_date(e.date));
    w.field("kind", e.kind, kStatementKinds);
    w.field("ref_id", e.ref_id);
    w.field("reference", e.reference);
    w.field("debit_fen", e.debit_fen);
    w.field("credit_fen", e.credit_fen);
    w.field("balance_fen", e.balance_fen);
  });
}

constexpr auto payment_shape = [](auto& w, const Payment& p) { write_payment(w, p); };
constexpr auto payment_detail_shape = [](auto& w, const PaymentDetail& d) { write_payment_detail(w, d); };
constexpr auto preview_shape = [](auto& w, const AllocationPreview& p) { write_preview(w, p); };
constexpr auto allocation_shape = [](auto& w, const AllocationRow& a) { write_allocation(w, a); };
constexpr auto refund_shape = [](auto& w, const Refund& r) { write_refund(w, r); };
constexpr auto deposit_shape = [](auto& w, const Deposit& d) { write_deposit(w, d); };
constexpr auto balance_shape = [](auto& w, const Balance& b) { write_balance(w, b); };
constexpr auto ageing_row_shape = [](auto& w, const AgeingRow& a) { write_ageing_row(w, a); };
constexpr auto ageing_summary_shape = [](auto& w, const AgeingReport& r) { write_ageing_summary(w, r); };
constexpr auto statement_shape = [](auto& w, const Statement& s) { write_statement(w, s); };

// ---- input

// Money is whole fen: a fraction, a number beyond any amount or a negative one is a broken rule
// (422, collected in `money`), a string is malformed input (400, the reader's own error).
std::int64_t read_fen(http::JsonObjectReader& b, std::string_view key, std::vector<FieldError>& money) {
  const auto* v = b.raw(key);
  if (!v || v->is_null()) {
    b.error(key, "required", "This field is required.");
    return 0;
  }
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64()) {
    money.push_back({b.path(key), "out_of_range", "Larger than any amount taken."});
    return 0;
  }
  if (v->is_double()) {
    const double d = v->get_double();
    if (std::trunc(d) != d)
      money.push_back({b.path(key), "billing.amount.fractional", "Money is counted in whole fen."});
    else
      money.push_back({b.path(key), "out_of_range", "Larger than any amount taken."});
    return 0;
  }
  b.error(key, "type", "Expected an integer.");
  return 0;
}

// After the reader's own checks (400): the money errors, 422 with `code`.
void finish_money(http::JsonBody& b, const std::vector<FieldError>& money, const std::string& code) {
  b.finish();
  if (!money.empty()) fail(Error::unprocessable(code, "The amounts are not valid.", money));
}

RecordPayment read_payment(Request& req) {
  http::JsonBody b(req);
  std::vector<FieldError> money;
  RecordPayment in;
  in.input.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
  in.input.amount_fen = read_fen(b, "amount_fen", money);
  in.input.received_on = b.date("received_on", true).value_or(Date{});
  in.input.method = b.choice("method", kPaymentMethods).value_or("bank_transfer");
  in.input.bank_reference = b.string("bank_reference", {.max = 100}).value_or("");
  in.input.payer_name = b.string("payer_name", {.max = 200}).value_or("");
  in.input.note = b.string("note", {.max = 1000}).value_or("");
  if (const auto* list = b.array("allocations")) {
    std::vector<Allocation> chosen;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& item = (*list)[i];
      if (!item.is_object()) {
        b.error("allocations/" + std::to_string(i), "type", "Expected an object.");
        continue;
      }
      http::JsonObjectReader r(item.get_object(), b.path("allocations/" + std::to_string(i) + "/"), &b.errors());
      Allocation a;
      a.invoice_id = r.integer("invoice_id", {.required = true, .min = 1}).value_or(0);
      a.amount_fen = read_fen(r, "amount_fen", money);
      r.reject_unknown();
      chosen.push_back(a);
    }
    in.allocations = std::move(chosen);
  }
  finish_money(b, money, "billing.payment.invalid");
  return in;
}

const json::value kAllocationItemSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"invoice_id", "amount_fen"}},
                 {"properties", json::object{{"invoice_id", json::object{{"type", "integer"}}},
                                             {"amount_fen", json::object{{"type", "integer"}}}}}};

const json::value kPaymentSchema = json::object{
    {"type", "object"},
    {"required", json::array{"customer_id", "amount_fen", "received_on"}},
    {"properties",
     json::object{{"customer_id", json::object{{"type", "integer"}}},
                  {"amount_fen", json::object{{"type", "integer"}, {"description", "Whole fen, above zero."}}},
                  {"received_on", json::object{{"type", "string"}, {"format", "date"}}},
                  {"method", json::object{{"enum", json::value_from(kPaymentMethods)}}},
                  {"bank_reference", json::object{{"type", "string"}}},
                  {"payer_name", json::object{{"type", "string"}}},
                  {"note", json::object{{"type", "string"}}},
                  {"allocations",
                   json::object{{"type", "array"},
                                {"items", kAllocationItemSchema},
                                {"description", "Chosen invoices and amounts; absent: oldest open invoice first."}}}}}};

const json::value kReverseSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"reason"}},
                 {"properties", json::object{{"reason", json::object{{"type", "string"}}}}}};
const json::value kApplyCreditSchema =
    json::object{{"type", "object"}, {"properties", json::object{{"invoice_id", json::object{{"type", "integer"}}}}}};
const json::value kRefundSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"customer_id", "amount_fen", "refunded_on", "reference"}},
                 {"properties", json::object{{"customer_id", json::object{{"type", "integer"}}},
                                             {"amount_fen", json::object{{"type", "integer"}}},
                                             {"refunded_on", json::object{{"type", "string"}, {"format", "date"}}},
                                             {"reference", json::object{{"type", "string"}}},
                                             {"note", json::object{{"type", "string"}}}}}};
const json::value kDepositSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"contract_id", "amount_fen", "received_on"}},
                 {"properties", json::object{{"contract_id", json::object{{"type", "integer"}}},
                                             {"amount_fen", json::object{{"type", "integer"}}},
                                             {"received_on", json::object{{"type", "string"}, {"format", "date"}}},
                                             {"payment_id", json::object{{"type", "integer"}}},
                                             {"reference", json::object{{"type", "string"}}},
                                             {"note", json::object{{"type", "string"}}}}}};
const json::value kSettleSchema =
    json::object{{"type", "object"},
                 {"required", json::array{"action"}},
                 {"properties", json::object{{"action", json::object{{"enum", json::value_from(kDepositActions)}}},
                                             {"reference", json::object{{"type", "string"}}},
                                             {"note", json::object{{"type", "string"}}},
                                             {"settled_on", json::object{{"type", "string"}, {"format", "date"}}}}}};

}  // namespace

void add_payment_routes(http::Router& router, PaymentsService& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/payments",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    PaymentFilter f;
                    f.q = q.string("q", 100);
                    f.sort = q.string("sort", 100);
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.status = q.choice("status", kPaymentStates);
                    f.method = q.choice("method", kPaymentMethods);
                    f.from = q.date("from");
                    f.to = q.date("to");
                    q.finish();
                    f.limit = page.limit;
                    f.offset = page.offset;
                    auto [count, rows] = svc.list_payments(http::context_of(req), f).take();
                    return http::page_response(req, page, count, shape::text_array(rows, payment_shape));
                  },
              .summary = "List payments received (a customer sees only its own).",
              .tag = "billing",
              .permission = "billing.read",
              .query = http::list_docs(payments_store::kPaymentList,
                                       {{"customer", "integer", "Customer id."},
                                        {"status", "string", "Payment status.", kPaymentStates},
                                        {"method", "string", "How it was paid.", kPaymentMethods},
                                        {"from", "string", "Received on or after (YYYY-MM-DD)."},
                                        {"to", "string", "Received on or before (YYYY-MM-DD)."}},
                                       {.q = "Part of the bank reference, payer, customer or note."}),
              .response_schema = shape::page_of<Payment>("Payment", payment_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/payments",
              .handler =
                  [&svc](Request& req) {
                    auto in = read_payment(req);
                    auto d = svc.record_payment(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(d, payment_detail_shape), 201);
                  },
              .summary = "Record a payment and allocate it (oldest open invoice first unless chosen); the rest "
                         "stays as credit.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kPaymentSchema,
              .response_schema = shape::schema_of<PaymentDetail>("PaymentDetail", payment_detail_shape),
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/payments/preview",
              .handler =
                  [&svc](Request& req) {
                    auto in = read_payment(req);
                    auto p = svc.preview(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(p, preview_shape));
                  },
              .summary = "What recording this payment would allocate, and the credit left; records nothing.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kPaymentSchema,
              .response_schema = shape::schema_of<AllocationPreview>("AllocationPreview", preview_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/payments/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.payment(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, payment_detail_shape));
                  },
              .summary = "A payment with its allocations.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = shape::schema_of<PaymentDetail>("PaymentDetail", payment_detail_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/payments/{id}/reverse",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto reason = b.string("reason", {.required = true, .max = 1000}).value_or("");
                    b.finish();
                    auto d = svc.reverse_payment(http::context_of(req), id, reason).take();
                    return http::json_response(shape::value_of(d, payment_detail_shape));
                  },
              .summary = "Reverse a payment (a bounced transfer): its allocations are undone.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kReverseSchema,
              .response_schema = shape::schema_of<PaymentDetail>("PaymentDetail", payment_detail_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/customers/{id}/balance",
              .handler =
                  [&svc](Request& req) {
                    auto b = svc.balance(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(b, balance_shape));
                  },
              .summary = "A customer's outstanding, overdue, credit balance and deposits held.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = shape::schema_of<Balance>("CustomerBalance", balance_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/customers/{id}/apply-credit",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto invoice = b.integer("invoice_id", {.min = 1});
                    b.finish();
                    auto rows = svc.apply_credit(http::context_of(req), id, invoice).take();
                    return Response::text(200, shape::text_array(rows, allocation_shape), "application/json");
                  },
              .summary = "Put the customer's credit balance on its open invoices, oldest first (or on one).",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kApplyCreditSchema,
              .response_schema = shape::array_of<AllocationRow>("PaymentAllocation", allocation_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/customers/{id}/statement",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto from = q.date("from");
                    auto to = q.date("to");
                    if (!from) q.error("from", "required", "This field is required.");
                    if (!to) q.error("to", "required", "This field is required.");
                    q.finish();
                    auto s = svc.statement(http::context_of(req), id, *from, *to).take();
                    return http::json_response(shape::value_of(s, statement_shape));
                  },
              .summary = "A customer's statement of account: opening balance, every movement with the running "
                         "balance, closing balance.",
              .tag = "billing",
              .permission = "billing.read",
              .query = {{"from", "string", "First day (YYYY-MM-DD)."}, {"to", "string", "Last day (YYYY-MM-DD)."}},
              .response_schema = shape::schema_of<Statement>("Statement", statement_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/refunds",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto customer = q.integer("customer", {.min = 1});
                    q.finish();
                    auto rows = svc.refunds(http::context_of(req), customer).take();
                    return Response::text(200, shape::text_array(rows, refund_shape), "application/json");
                  },
              .summary = "Refunds paid, newest first (the latest 1,000).",
              .tag = "billing",
              .permission = "billing.read",
              .query = {{"customer", "integer", "Customer id."}},
              .response_schema = shape::array_of<Refund>("Refund", refund_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/refunds",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    std::vector<FieldError> money;
                    RefundInput in;
                    in.customer_id = b.integer("customer_id", {.required = true, .min = 1}).value_or(0);
                    in.amount_fen = read_fen(b, "amount_fen", money);
                    in.refunded_on = b.date("refunded_on", true).value_or(Date{});
                    in.reference = b.string("reference", {.required = true, .max = 100}).value_or("");
                    in.note = b.string("note", {.max = 1000}).value_or("");
                    finish_money(b, money, "billing.refund.invalid");
                    auto r = svc.refund(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(r, refund_shape), 201);
                  },
              .summary = "Pay back part or all of a customer's credit balance.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kRefundSchema,
              .response_schema = shape::schema_of<Refund>("Refund", refund_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/deposits",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    DepositFilter f;
                    f.customer_id = q.integer("customer", {.min = 1});
                    f.contract_id = q.integer("contract", {.min = 1});
                    f.status = q.choice("status", kDepositStates);
                    q.finish();
                    auto rows = svc.deposits(http::context_of(req), f).take();
                    return Response::text(200, shape::text_array(rows, deposit_shape), "application/json");
                  },
              .summary = "Deposits (保证金), newest first (the latest 1,000).",
              .tag = "billing",
              .permission = "billing.read",
              .query = {{"customer", "integer", "Customer id."},
                        {"contract", "integer", "Contract id."},
                        {"status", "string", "Deposit state.", kDepositStates}},
              .response_schema = shape::array_of<Deposit>("Deposit", deposit_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/deposits",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    std::vector<FieldError> money;
                    DepositInput in;
                    in.contract_id = b.integer("contract_id", {.required = true, .min = 1}).value_or(0);
                    in.amount_fen = read_fen(b, "amount_fen", money);
                    in.received_on = b.date("received_on", true).value_or(Date{});
                    in.payment_id = b.integer("payment_id", {.min = 1});
                    in.reference = b.string("reference", {.max = 100}).value_or("");
                    in.note = b.string("note", {.max = 1000}).value_or("");
                    finish_money(b, money, "billing.deposit.invalid");
                    auto d = svc.receive_deposit(http::context_of(req), in).take();
                    return http::json_response(shape::value_of(d, deposit_shape), 201);
                  },
              .summary = "Record a deposit received for a contract (on its own or out of a payment's credit).",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kDepositSchema,
              .response_schema = shape::schema_of<Deposit>("Deposit", deposit_shape),
              .success_status = 201});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/deposits/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.deposit(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, deposit_shape));
                  },
              .summary = "A deposit.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = shape::schema_of<Deposit>("Deposit", deposit_shape)});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/deposits/{id}/settle",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    DepositSettleInput in;
                    in.action = b.choice("action", kDepositActions).value_or("");
                    if (in.action.empty() && !b.has("action")) b.error("action", "required", "Release or offset.");
                    in.reference = b.string("reference", {.max = 100}).value_or("");
                    in.note = b.string("note", {.max = 1000}).value_or("");
                    in.settled_on = b.date("settled_on");
                    b.finish();
                    auto d = svc.settle_deposit(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(d, deposit_shape));
                  },
              .summary = "At the contract's end, release a deposit (pay it back) or offset it against the "
                         "customer's open invoices, the rest paid back.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kSettleSchema,
              .response_schema = shape::schema_of<Deposit>("Deposit", deposit_shape)});

  auto read_ageing = [&svc](Request& req, bool paged) {
    http::QueryReader q(req);
    auto page = http::read_page(q);
    AgeingFilter f;
    f.as_of = q.date("as_of").value_or(Date{});
    f.customer_id = q.integer("customer", {.min = 1});
    f.q = q.string("q", 100);
    f.sort = q.string("sort", 100);
    q.finish();
    if (f.as_of == Date{}) f.as_of = svc.today();
    f.limit = paged ? page.limit : 1;
    f.offset = paged ? page.offset : 0;
    return std::pair{f, page};
  };
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/ageing",
              .handler =
                  [&svc, read_ageing](Request& req) {
                    auto [f, page] = read_ageing(req, true);
                    auto r = svc.ageing(http::context_of(req), f).take();
                    return http::page_response(req, page, r.count, shape::text_array(r.rows, ageing_row_shape));
                  },
              .summary = "Outstanding per customer by days past due on as_of: current (not yet due), 1-30, "
                         "31-60, 61-90, more than 90.",
              .tag = "billing",
              .permission = "billing.read",
              .query = http::list_docs(payments_store::kAgeingList,
                                       {{"as_of", "string",
                                         "The day the report is for (YYYY-MM-DD; default today); for a past day, "
                                         "what was owed at its end (payments allocated and credit notes issued by "
                                         "then)."},
                                        {"customer", "integer", "Customer id."}},
                                       {.q = "Part of the customer's name."}),
              .response_schema = shape::page_of<AgeingRow>("AgeingRow", ageing_row_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/ageing/summary",
              .handler =
                  [&svc, read_ageing](Request& req) {
                    auto [f, page] = read_ageing(req, false);
                    auto r = svc.ageing(http::context_of(req), f).take();
                    return http::json_response(shape::value_of(r, ageing_summary_shape));
                  },
              .summary = "The ageing report's totals over every customer of the filter.",
              .tag = "billing",
              .permission = "billing.read",
              .query = {{"as_of", "string", "The day the report is for (YYYY-MM-DD; default today)."},
                        {"customer", "integer", "Customer id."},
                        {"q", "string", "Part of the customer's name."}},
              .response_schema = shape::schema_of<AgeingReport>("AgeingSummary", ageing_summary_shape)});
}

}  // namespace colo::billing
