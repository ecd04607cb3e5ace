#include <boost/json.hpp>

#include <algorithm>

#include "audit/audit.hpp"
#include "billing/ledger.hpp"
#include "billing/payments.hpp"
#include "billing/payments_store.hpp"
#include "core/business_calendar.hpp"
#include "customers/service.hpp"

namespace colo::billing {

namespace json = boost::json;
namespace ps = payments_store;

namespace {

json::object payment_audit(const Payment& p) {
  return {{"customer_id", p.customer_id},
          {"amount_fen", p.amount_fen},
          {"received_on", format_date(p.received_on)},
          {"method", p.method},
          {"bank_reference", p.bank_reference},
          {"payer_name", p.payer_name},
          {"status", p.status},
          {"allocated_fen", p.allocated_fen},
          {"deposit_fen", p.deposit_fen},
          {"refunded_fen", p.refunded_fen}};
}

json::array allocations_audit(const std::vector<Allocation>& v) {
  json::array out;
  for (const auto& a : v) out.push_back(json::object{{"invoice_id", a.invoice_id}, {"amount_fen", a.amount_fen}});
  return out;
}

json::object deposit_audit(const Deposit& d) {
  return {
      {"contract_id", d.contract_id}, {"amount_fen", d.amount_fen},
      {"status", d.status},           {"payment_id", d.payment_id ? json::value(*d.payment_id) : json::value(nullptr)},
      {"offset_fen", d.offset_fen},   {"released_fen", d.released_fen},
      {"reference", d.reference}};
}

Error invalid_amounts(std::string code, std::string message, std::vector<FieldError> fields) {
  return Error::unprocessable(std::move(code), std::move(message), std::move(fields));
}

bool ended(const std::string& contract_status) {
  return contract_status == "expired" || contract_status == "terminated";
}

std::string fen_text(std::int64_t fen) {
  const bool negative = fen < 0;
  const auto a = negative ? -fen : fen;
  auto cents = std::to_string(a % 100);
  if (cents.size() < 2) cents = "0" + cents;
  return (negative ? "-" : "") + std::to_string(a / 100) + "." + cents;
}

}  // namespace

Result<std::string> PaymentsService::customer_name(db::Tx& tx, std::int64_t customer_id) {
  COLO_TRY(auto found, customers_.find(tx, customer_id));
  if (!found)
    return Error::unprocessable("billing.payment.unknown_customer", "No such customer.",
                                {{"customer_id", "not_found", "No such customer."}});
  return found->name;
}

// ---------------------------------------------------------------- payments

Result<db::Counted<Payment>> PaymentsService::list_payments(const Context& ctx, const PaymentFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return ps::list_payments(tx, ctx, f);
}

Result<PaymentDetail> PaymentsService::payment(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, ps::find_payment(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Payment");
  PaymentDetail d{std::move(*found), {}};
  COLO_TRY(d.allocations, ps::allocations_of_payment(tx, id));
  return d;
}

Result<std::vector<Allocation>> PaymentsService::plan(db::Tx& tx, std::int64_t customer_id, std::int64_t available_fen,
                                                      const std::optional<std::vector<Allocation>>& chosen) {
  COLO_TRY(auto open, ps::open_invoices(tx, customer_id));
  if (!chosen) return allocate_oldest_first(std::move(open), available_fen);
  return check_chosen_allocations(open, *chosen, available_fen);
}

Result<AllocationPreview> PaymentsService::preview(const Context& ctx, const RecordPayment& in) {
  auto errors = validate_payment(in.input, clock_.today());
  if (!errors.empty())
    return invalid_amounts("billing.payment.invalid", "The payment is not valid.", std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_CHECK(customer_name(tx, in.input.customer_id));
  COLO_TRY(auto open, ps::open_invoices(tx, in.input.customer_id));
  COLO_TRY(auto planned, plan(tx, in.input.customer_id, in.input.amount_fen, in.allocations));
  (void)ctx;
  AllocationPreview p;
  for (const auto& a : planned) {
    const auto inv = std::find_if(open.begin(), open.end(), [&](const OpenInvoice& o) { return o.id == a.invoice_id; });
    p.allocations.push_back({a.invoice_id, inv->number, inv->due_date, inv->outstanding_fen, a.amount_fen});
    p.allocated_fen += a.amount_fen;
  }
  p.credit_fen = in.input.amount_fen - p.allocated_fen;
  return p;
}

Status PaymentsService::allocate(db::Tx& tx, const Context& ctx, std::int64_t customer_id, const Allocation& a,
                                 std::optional<std::int64_t> payment_id, std::optional<std::int64_t> deposit_id,
                                 const std::string& now) {
  AllocationRow row;
  row.customer_id = customer_id;
  row.invoice_id = a.invoice_id;
  row.payment_id = payment_id;
  row.deposit_id = deposit_id;
  row.amount_fen = a.amount_fen;
  row.created_by_name = ctx.principal->username;
  row.created_at = now;
  COLO_CHECK(ps::insert_allocation(tx, row));
  COLO_CHECK(apply_payment(tx, a.invoice_id, a.amount_fen));
  return {};
}

Result<PaymentDetail> PaymentsService::record_payment(const Context& ctx, const RecordPayment& in) {
  auto errors = validate_payment(in.input, clock_.today());
  if (!errors.empty())
    return invalid_amounts("billing.payment.invalid", "The payment is not valid.", std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto name, customer_name(tx, in.input.customer_id));
  if (!in.input.bank_reference.empty()) {
    COLO_TRY(auto same, ps::payment_by_reference(tx, in.input.customer_id, in.input.bank_reference));
    if (same)
      return Error::conflict("billing.payment.duplicate_reference",
                             "A payment of this customer with this bank reference is already recorded.")
          .with("reference", in.input.bank_reference);
  }
  // Planned inside the write transaction: what the invoices owe cannot change before the commit.
  COLO_TRY(auto planned, plan(tx, in.input.customer_id, in.input.amount_fen, in.allocations));
  const auto now = format_instant(clock_.now());
  Payment p;
  p.customer_id = in.input.customer_id;
  p.customer_name = name;
  p.amount_fen = in.input.amount_fen;
  p.received_on = in.input.received_on;
  p.method = in.input.method;
  p.bank_reference = in.input.bank_reference;
  p.payer_name = in.input.payer_name;
  p.note = in.input.note;
  p.created_by_name = ctx.principal->username;
  p.created_at = p.updated_at = now;
  COLO_TRY(p.id, ps::insert_payment(tx, p));
  for (const auto& a : planned) {
    COLO_CHECK(allocate(tx, ctx, p.customer_id, a, p.id, std::nullopt, now));
    p.allocated_fen += a.amount_fen;
  }
  COLO_CHECK(ps::update_payment_amounts(tx, p));
  auto after = payment_audit(p);
  after["allocations"] = allocations_audit(planned);
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing_payment", std::to_string(p.id), "create", nullptr, after, p.customer_id}));
  PaymentDetail d{p, {}};
  COLO_TRY(d.allocations, ps::allocations_of_payment(tx, p.id));
  COLO_CHECK(tx.commit());
  return d;
}

Result<PaymentDetail> PaymentsService::reverse_payment(const Context& ctx, std::int64_t id, const std::string& reason) {
  if (reason.empty())
    return Error::unprocessable("billing.payment.reason", "Say why the payment is reversed.",
                                {{"reason", "required", "Say why the payment is reversed."}});
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto found, ps::find_payment(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Payment");
  auto p = std::move(*found);
  if (p.status == "reversed") return Error::conflict("billing.payment.reversed", "The payment is already reversed.");
  if (p.refunded_fen > 0 || p.deposit_fen > 0)
    return Error::conflict("billing.payment.in_use",
                           "Part of this payment was refunded or taken as a deposit; undo that first.");
  const auto before = payment_audit(p);
  const auto now = format_instant(clock_.now());
  COLO_TRY(auto allocations, ps::allocations_of_payment(tx, id));
  json::array undone;
  for (const auto& a : allocations) {
    if (a.reversed_at) continue;
    COLO_CHECK(ps::reverse_allocation(tx, a.id, now));
    COLO_CHECK(apply_payment(tx, a.invoice_id, -a.amount_fen));
    undone.push_back(json::object{{"invoice_id", a.invoice_id}, {"amount_fen", a.amount_fen}});
  }
  p.status = "reversed";
  p.allocated_fen = 0;
  p.reversal_reason = reason;
  p.reversed_at = now;
  p.reversed_by_name = ctx.principal->username;
  p.updated_at = now;
  COLO_CHECK(ps::mark_reversed(tx, p, clock_.today()));
  auto after = payment_audit(p);
  after["reason"] = reason;
  after["undone"] = std::move(undone);
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing_payment", std::to_string(p.id), "reverse", before, after, p.customer_id}));
  PaymentDetail d{p, {}};
  COLO_TRY(d.allocations, ps::allocations_of_payment(tx, p.id));
  COLO_CHECK(tx.commit());
  return d;
}

Result<std::vector<AllocationRow>> PaymentsService::apply_credit(const Context& ctx, std::int64_t customer_id,
                                                                 std::optional<std::int64_t> invoice_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  COLO_CHECK(customer_name(tx, customer_id));
  COLO_TRY(auto payments, ps::payments_with_credit(tx, customer_id));
  std::int64_t credit = 0;
  for (const auto& p : payments) credit += p.unallocated_fen();
  COLO_TRY(auto open, ps::open_invoices(tx, customer_id));
  if (invoice_id) {
    std::erase_if(open, [&](const OpenInvoice& o) { return o.id != *invoice_id; });
    if (open.empty())
      return Error::unprocessable(
          "billing.allocation.invalid", "The allocations cannot be made.",
          {{"invoice_id", "billing.allocation.not_open", "Not an open invoice of this customer."}});
  }
  const auto targets = allocate_oldest_first(std::move(open), credit);
  const auto now = format_instant(clock_.now());
  std::vector<Pot> pots;
  for (const auto& p : payments) pots.push_back({p.id, p.unallocated_fen()});
  json::array made;
  for (const auto& t : targets) {
    // Each invoice's share comes out of the oldest payments with money left.
    auto draws = draw_from(pots, t.amount_fen);
    if (!draws) return Error::internal("The credit balance changed while it was applied.");
    for (const auto& d : *draws) {
      COLO_CHECK(allocate(tx, ctx, customer_id, {t.invoice_id, d.amount_fen}, d.pot_id, std::nullopt, now));
      for (auto& pot : pots)
        if (pot.id == d.pot_id) pot.available_fen -= d.amount_fen;
      made.push_back(
          json::object{{"invoice_id", t.invoice_id}, {"payment_id", d.pot_id}, {"amount_fen", d.amount_fen}});
    }
  }
  for (auto& p : payments) {
    for (const auto& pot : pots)
      if (pot.id == p.id && pot.available_fen != p.unallocated_fen()) {
        p.allocated_fen += p.unallocated_fen() - pot.available_fen;
        p.updated_at = now;
        COLO_CHECK(ps::update_payment_amounts(tx, p));
      }
  }
  std::vector<AllocationRow> out;
  if (!made.empty()) {
    COLO_CHECK(audit::record(tx, ctx, clock_,
                             {"billing_credit", std::to_string(customer_id), "apply",
                              json::object{{"credit_fen", credit}}, json::object{{"allocations", made}}, customer_id}));
    for (const auto& p : payments) {
      COLO_TRY(auto rows, ps::allocations_of_payment(tx, p.id));
      for (auto& r : rows)
        if (r.created_at == now && !r.reversed_at) out.push_back(std::move(r));
    }
  }
  COLO_CHECK(tx.commit());
  return out;
}

Result<Balance> PaymentsService::balance(const Context& ctx, std::int64_t customer_id) {
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, customers_.find(tx, customer_id));
  if (!found) return Error::not_found("Customer");
  COLO_TRY(auto b, ps::balance(tx, customer_id, clock_.today()));
  b.customer_name = found->name;
  return b;
}

// ---------------------------------------------------------------- refunds

Result<Refund> PaymentsService::refund(const Context& ctx, const RefundInput& in) {
  std::vector<FieldError> errors;
  if (in.amount_fen <= 0)
    errors.push_back({"amount_fen", "too_small", "The amount must be more than zero."});
  else if (in.amount_fen > kMaxAmountFen)
    errors.push_back({"amount_fen", "out_of_range", "The amount is larger than any refund made."});
  if (in.refunded_on > clock_.today())
    errors.push_back({"refunded_on", "in_future", "A refund is recorded once it is paid."});
  if (in.reference.empty()) errors.push_back({"reference", "required", "The refund's bank reference."});
  if (!errors.empty()) return invalid_amounts("billing.refund.invalid", "The refund is not valid.", std::move(errors));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto name, customer_name(tx, in.customer_id));
  COLO_TRY(auto payments, ps::payments_with_credit(tx, in.customer_id));
  std::vector<Pot> pots;
  std::int64_t credit = 0;
  for (const auto& p : payments) {
    pots.push_back({p.id, p.unallocated_fen()});
    credit += p.unallocated_fen();
  }
  auto draws = draw_from(pots, in.amount_fen);
  if (!draws)
    return invalid_amounts("billing.refund.exceeds_credit", "The refund is more than the customer's credit balance.",
                           {FieldError{"amount_fen",
                                       "billing.refund.exceeds_credit",
                                       "More than the credit balance.",
                                       {{"credit", fen_text(credit)}}}})
        .with("credit", fen_text(credit));
  const auto now = format_instant(clock_.now());
  json::array draws_json;
  for (const auto& d : *draws) {
    auto p = std::find_if(payments.begin(), payments.end(), [&](const Payment& x) { return x.id == d.pot_id; });
    p->refunded_fen += d.amount_fen;
    p->updated_at = now;
    COLO_CHECK(ps::update_payment_amounts(tx, *p));
    draws_json.push_back(json::object{{"payment_id", d.pot_id}, {"amount_fen", d.amount_fen}});
  }
  Refund r;
  r.customer_id = in.customer_id;
  r.customer_name = name;
  r.source = "credit";
  r.amount_fen = in.amount_fen;
  r.refunded_on = in.refunded_on;
  r.reference = in.reference;
  r.note = in.note;
  r.created_by_name = ctx.principal->username;
  r.created_at = now;
  COLO_TRY(r.id, ps::insert_refund(tx, r, json::serialize(draws_json)));
  COLO_CHECK(audit::record(tx, ctx, clock_,
                           {"billing_refund", std::to_string(r.id), "create", nullptr,
                            json::object{{"customer_id", r.customer_id},
                                         {"amount_fen", r.amount_fen},
                                         {"reference", r.reference},
                                         {"draws", draws_json}},
                            r.customer_id}));
  COLO_CHECK(tx.commit());
  return r;
}

Result<std::vector<Refund>> PaymentsService::refunds(const Context& ctx, std::optional<std::int64_t> customer_id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return ps::refunds(tx, ctx, customer_id);
}

// ---------------------------------------------------------------- deposits

Result<std::vector<Deposit>> PaymentsService::deposits(const Context& ctx, const DepositFilter& f) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return ps::deposits(tx, ctx, f);
}

Result<Deposit> PaymentsService::deposit(const Context& ctx, std::int64_t id) {
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, ps::find_deposit(tx, id));
  if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Deposit");
  return std::move(*found);
}

Result<Deposit> PaymentsService::receive_deposit(const Context& ctx, const DepositInput& in) {
  std::vector<FieldError> errors;
  if (in.amount_fen <= 0)
    errors.push_back({"amount_fen", "too_small", "The amount must be more than zero."});
  else if (in.amount_fen > kMaxAmountFen)
    errors.push_back({"amount_fen", "out_of_range", "The amount is larger than any deposit taken."});
  if (in.received_on > clock_.today())
    errors.push_back({"received_on", "in_future", "The money cannot arrive in the future."});
  if (!errors.empty())
    return invalid_amounts("billing.deposit.invalid", "The deposit is not valid.", std::move(errors));
  // The contract as its own service answers it (customer, number), before the write begins:
  // neither changes once a contract exists.
  auto contract = contracts_(ctx, in.contract_id);
  if (!contract.ok()) {
    if (contract.error().kind == ErrorKind::not_found)
      return invalid_amounts("billing.deposit.invalid", "The deposit is not valid.",
                             {{"contract_id", "not_found", "No such contract."}});
    return std::move(contract).error();
  }
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_TRY(auto name, customer_name(tx, contract->customer_id));
  const auto now = format_instant(clock_.now());
  Deposit d;
  d.customer_id = contract->customer_id;
  d.customer_name = name;
  d.contract_id = contract->id;
  d.contract_number = contract->number;
  d.payment_id = in.payment_id;
  d.amount_fen = in.amount_fen;
  d.received_on = in.received_on;
  d.reference = in.reference;
  d.note = in.note;
  d.created_by_name = ctx.principal->username;
  d.created_at = d.updated_at = now;
  if (in.payment_id) {
    COLO_TRY(auto found, ps::find_payment(tx, *in.payment_id));
    if (!found || found->customer_id != d.customer_id || found->status != "received" ||
        found->unallocated_fen() < in.amount_fen)
      return invalid_amounts("billing.deposit.payment",
                             "The payment is not this customer's, is reversed, or has less money left.",
                             {{"payment_id", "billing.deposit.payment", "Not enough money left on this payment."}});
    auto p = std::move(*found);
    p.deposit_fen += in.amount_fen;
    p.updated_at = now;
    COLO_CHECK(ps::update_payment_amounts(tx, p));
    if (d.reference.empty()) d.reference = p.bank_reference;
  }
  COLO_TRY(d.id, ps::insert_deposit(tx, d));
  COLO_CHECK(audit::record(
      tx, ctx, clock_, {"billing_deposit", std::to_string(d.id), "create", nullptr, deposit_audit(d), d.customer_id}));
  COLO_CHECK(tx.commit());
  return d;
}

Result<Deposit> PaymentsService::settle_deposit(const Context& ctx, std::int64_t id, const DepositSettleInput& in) {
  Deposit d;
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
    COLO_TRY(auto found, ps::find_deposit(tx, id));
    if (!found || !ctx.sees(found->customer_id)) return Error::not_found("Deposit");
    d = std::move(*found);
  }
  COLO_CHECK(deposit_next_state(d.status, in.action));
  const auto day = in.settled_on.value_or(clock_.today());
  if (day > clock_.today())
    return invalid_amounts("billing.deposit.invalid", "The deposit is not valid.",
                           {{"settled_on", "in_future", "A deposit is settled once the money moves."}});
  // The contract's state comes from its own service, outside billing's write transaction; an
  // ended contract never lives again, so the answer holds until the commit.
  auto contract = contracts_(ctx, d.contract_id);
  if (!contract.ok()) return std::move(contract).error();
  if (!ended(contract->status))
    return Error::conflict("billing.deposit.contract_live",
                           "A deposit is released or offset when its contract has ended.")
        .with("number", contract->number);
  COLO_TRY(auto wtx, db::Tx::begin(db_, db::Access::write));
  // Read again under the writers' lock: another settlement may have come first.
  COLO_TRY(auto again, ps::find_deposit(wtx, id));
  if (!again) return Error::not_found("Deposit");
  d = std::move(*again);
  COLO_CHECK(deposit_next_state(d.status, in.action));
  const auto before = deposit_audit(d);
  // A deposit secures its own contract: it is offset against that contract's invoices only.
  COLO_TRY(auto open, ps::open_invoices(wtx, d.customer_id, d.contract_id));
  auto s = billing::settle_deposit(d.amount_fen, in.action, std::move(open));
  if (s.released_fen > 0 && in.reference.empty())
    return invalid_amounts("billing.deposit.invalid", "The deposit is not valid.",
                           {{"reference", "required", "The bank reference of the transfer paying it back."}});
  const auto now = format_instant(clock_.now());
  for (const auto& a : s.offsets) COLO_CHECK(allocate(wtx, ctx, d.customer_id, a, std::nullopt, d.id, now));
  if (s.released_fen > 0) {
    Refund r;
    r.customer_id = d.customer_id;
    r.customer_name = d.customer_name;
    r.source = "deposit";
    r.deposit_id = d.id;
    r.amount_fen = s.released_fen;
    r.refunded_on = day;
    r.reference = in.reference;
    r.note = in.note;
    r.created_by_name = ctx.principal->username;
    r.created_at = now;
    COLO_CHECK(ps::insert_refund(wtx, r, "[]"));
  }
  d.status = s.state;
  d.offset_fen = s.offset_fen;
  d.released_fen = s.released_fen;
  d.settled_on = format_date(day);
  d.settled_by_name = ctx.principal->username;
  d.updated_at = now;
  COLO_CHECK(ps::update_deposit_settlement(wtx, d));
  auto after = deposit_audit(d);
  after["offsets"] = allocations_audit(s.offsets);
  COLO_CHECK(audit::record(wtx, ctx, clock_,
                           {"billing_deposit", std::to_string(d.id), in.action, before, after, d.customer_id}));
  COLO_CHECK(wtx.commit());
  return d;
}

// ---------------------------------------------------------------- reports

Result<AgeingReport> PaymentsService::ageing(const Context& ctx, const AgeingFilter& filter) {
  AgeingFilter f = filter;
  f.as_recorded_then = f.as_of < clock_.today();
  if (f.as_recorded_then) f.end_of_day = format_instant(clock_.calendar().start_of(add_days(f.as_of, 1)));
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return ps::ageing(tx, ctx, f);
}

Result<Statement> PaymentsService::statement(const Context& ctx, std::int64_t customer_id, Date from, Date to) {
  if (to < from)
    return Error::invalid("invalid_query", "The period ends before it starts.",
                          {{"to", "before_start", "The period ends before it starts."}});
  if (!ctx.sees(customer_id)) return Error::not_found("Customer");
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto found, customers_.find(tx, customer_id));
  if (!found) return Error::not_found("Customer");
  Statement s;
  s.customer_id = customer_id;
  s.customer_name = found->name;
  s.from = from;
  s.to = to;
  COLO_TRY(auto entries, ps::account_entries(tx, customer_id, to));
  std::int64_t running = 0;
  for (auto& e : entries) {
    running += e.debit_fen - e.credit_fen;
    if (e.date < from) {
      s.opening_fen = running;
      continue;
    }
    e.balance_fen = running;
    s.debit_fen += e.debit_fen;
    s.credit_fen += e.credit_fen;
    s.entries.push_back(std::move(e));
  }
  s.closing_fen = running;
  return s;
}

Result<MoneyItems> PaymentsService::money_items(db::Tx& tx, std::int64_t contract_id) {
  MoneyItems m;
  COLO_TRY(auto issued, final_invoice_issued(tx, contract_id));
  COLO_TRY(auto final_invoice, ps::final_invoice(tx, contract_id));
  if (!issued || !final_invoice) {
    m.final_invoice_note = "The final invoice is not issued yet.";
    m.final_invoice_key = "billing.settlement.final_invoice_not_issued";
  } else {
    const auto& [number, status] = *final_invoice;
    m.final_invoice_done = status == "paid" || status == "credited";
    m.final_invoice_note = m.final_invoice_done ? number + " is settled (" + status + ")."
                                                : number + " is issued and not yet paid (" + status + ").";
    m.final_invoice_key =
        m.final_invoice_done ? "billing.settlement.final_invoice_settled" : "billing.settlement.final_invoice_unpaid";
    m.final_invoice_params = {{"number", number}};
  }
  DepositFilter f;
  f.contract_id = contract_id;
  COLO_TRY(auto list, ps::deposits(tx, system_context("billing"), f));
  std::int64_t held = 0;
  for (const auto& d : list)
    if (d.status == "held") held += d.amount_fen;
  m.deposit_done = held == 0;
  if (list.empty()) {
    m.deposit_note = "No deposit was held.";
    m.deposit_key = "billing.settlement.deposit_none";
  } else if (held > 0) {
    m.deposit_note = "Deposit of " + fen_text(held) + " still held.";
    m.deposit_key = "billing.settlement.deposit_held";
    m.deposit_params = {{"amount", fen_text(held)}};
  } else {
    m.deposit_note = "Every deposit is released or offset.";
    m.deposit_key = "billing.settlement.deposit_settled";
  }
  return m;
}

}  // namespace colo::billing
