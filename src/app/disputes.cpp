#include "app/disputes.hpp"

#include "app/app.hpp"
#include "billing/collections.hpp"
#include "billing/ledger.hpp"
#include "billing/service.hpp"
#include "billing/store.hpp"
#include "contracts/service.hpp"
#include "disputes/routes.hpp"
#include "disputes/service.hpp"
#include "scheduler/scheduler.hpp"
#include "servicedesk/service.hpp"

namespace colo::app {

namespace {

// A lookup whose not_found means "none" for the caller.
template <typename T, typename R, typename F>
Result<std::optional<T>> none_if_not_found(R r, F make) {
  if (!r.ok()) {
    if (r.error().kind == ErrorKind::not_found) return std::optional<T>{};
    return std::move(r).error();
  }
  return std::optional<T>(make(r.value()));
}

// While a case is open on an invoice, or its payment plan is kept, collections accrues no late
// fee on it, sends no reminders and proposes no suspension for it.
Status pause_invoice(db::Tx& tx, std::int64_t invoice_id, bool paused, const std::string& reason,
                     const std::string& now) {
  return billing::set_penalty_paused(tx, invoice_id, paused, reason, now);
}

Result<std::int64_t> invoice_paid(db::Tx& tx, std::int64_t invoice_id) {
  COLO_TRY(auto inv, billing::store::find_invoice(tx, invoice_id));
  if (!inv) return Error::not_found("Invoice");
  return inv->paid_fen;
}

}  // namespace

Result<disputes::PlanReport> run_dispute_plans(App& app, Date day) {
  // The plans' check needs only billing's pause hook and invoices, both read in its transaction.
  disputes::Ports ports;
  ports.pause_invoice = pause_invoice;
  ports.invoice_paid = invoice_paid;
  disputes::Service svc(app.db(), app.clock(), std::move(ports));
  return svc.check_plans(day);
}

disputes::Service& add_disputes(App& app, contracts::Service& contracts, billing::Service& billing,
                                billing::CollectionsService& collections, servicedesk::Service& desk) {
  disputes::Ports ports;
  ports.contract = [&contracts](const Context& ctx, std::int64_t id) {
    return none_if_not_found<disputes::ContractRef>(contracts.get(ctx, id), [](const contracts::Detail& d) {
      return disputes::ContractRef{d.contract.id, d.contract.customer_id, d.contract.number, d.contract.customer_name};
    });
  };
  ports.record = [&billing, &desk](const Context& ctx, const std::string& type,
                                   std::int64_t id) -> Result<std::optional<disputes::RecordRef>> {
    if (type == "invoice")
      return none_if_not_found<disputes::RecordRef>(billing.invoice(ctx, id), [](const billing::InvoiceDetail& d) {
        const auto& i = d.invoice;
        return disputes::RecordRef{i.id, i.customer_id, i.contract_id, i.number, false, i.kind == "invoice"};
      });
    return none_if_not_found<disputes::RecordRef>(desk.get(ctx, id), [](const servicedesk::Detail& d) {
      const auto& t = d.ticket;
      return disputes::RecordRef{t.id, t.customer_id, t.contract_id, t.number, t.type == "complaint", false};
    });
  };
  ports.pause_invoice = pause_invoice;
  // Agreed credits, compensation and penalties are pending charges on the contract's next invoice;
  // a credit reduces the colocation fee in dispute, so it carries that service's VAT rate (the
  // charge's default).
  ports.charge = [](db::Tx& tx, const disputes::Charge& c) -> Result<std::int64_t> {
    billing::PendingCharge p;
    p.customer_id = c.customer_id;
    p.contract_id = c.contract_id;
    p.kind = c.kind;
    p.description = c.description;
    p.amount_fen = c.amount_fen;
    p.source_type = c.source_type;
    p.source_id = c.source_id;
    p.created_by_name = c.created_by;
    return billing::add_pending_charge(tx, p);
  };
  // A suspension for a customer's breach goes through collections' proposal and management.
  ports.suspend = [&collections](const Context& ctx, std::int64_t contract_id, const std::string& reason,
                                 const std::string& evidence) -> Result<std::int64_t> {
    billing::SuspensionInput in;
    in.contract_id = contract_id;
    in.reason = reason;
    in.evidence = evidence;
    COLO_TRY(auto view, collections.propose(ctx, in));
    return view.suspension.id;
  };
  // A termination agreed in the case, or ruled by the forum, is a termination request on the
  // contract, which business decides as any other.
  ports.request_termination = [&contracts](db::Tx& tx, const Context& ctx, std::int64_t contract_id,
                                           const std::string& reason, Date end_date) -> Result<std::int64_t> {
    contracts::TerminationRequestInput in;
    in.reason = reason;
    in.desired_date = end_date;
    COLO_TRY(auto r, contracts.request_termination_in(tx, ctx, contract_id, in));
    return r.id;
  };
  ports.invoice_paid = invoice_paid;
  auto& svc = app.own<disputes::Service>(app.db(), app.clock(), std::move(ports));
  disputes::add_routes(app.router(), svc);
  // Payment plans that close cases: daily, under the job's lease, a plan with an overdue
  // instalment lapses and collections resumes on its invoices.
  app.add_background([&app, &svc](std::stop_token stop) {
    scheduler::run_daily_jobs(stop, app.db(), app.clock(),
                              {{kDisputePlansJob,
                                [&svc](Date day) -> Status {
                                  COLO_TRY(auto r, svc.check_plans(day));
                                  (void)r;
                                  return {};
                                }}},
                              scheduler::holder_name());
  });
  return svc;
}

}  // namespace colo::app
