// The billing run (R8.2.2) and its preview: what each contract owes on a day, compared with the
// charges ledger, issued as one invoice (or credit note) per contract.
#include <boost/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "audit/audit.hpp"
#include "billing/ledger.hpp"
#include "billing/periods.hpp"
#include "billing/service.hpp"
#include "billing/store.hpp"
#include "billing/store_run.hpp"

namespace colo::billing {

namespace json = boost::json;

struct Service::Batch {
  std::vector<store::BatchContract> contracts;
};

namespace {

const std::vector<std::string> kCycles = {"monthly", "quarterly", "yearly"};

// The cycle whose calendar period `p` is, if any.
std::optional<std::string> cycle_of(const Period& p) {
  for (const auto& c : kCycles)
    if (period_containing(p.start, c) == p) return c;
  return std::nullopt;
}

std::string series_of(const ContractBill& b) { return b.kind == "credit_note" ? "CN" : "INV"; }

std::string invoice_number(const std::string& series, int year, std::int64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%04d-%06lld", series.c_str(), year, static_cast<long long>(n));
  return buf;
}

void finish_line(InvoiceLine& l) {
  l.tax_fen = tax_for(l.amount_fen, l.tax_rate_bp);
  l.total_fen = l.amount_fen + l.tax_fen;
}

InvoiceLine line_from(const contracts::LineItem& item, const std::string& kind, const std::string& key) {
  InvoiceLine l;
  l.kind = kind;
  l.line_key = key;
  l.service = item.service;
  l.catalogue_item = item.catalogue_item;
  l.description = item.description;
  l.unit = item.unit_name();
  l.quantity_milli = item.quantity * 1000;
  l.unit_price_fen = item.unit_price_fen;
  l.tax_rate_bp = item.tax_rate();
  return l;
}

struct Charged {
  std::int64_t sum = 0;
  int revisions = 0;
  Date end{};
  std::int64_t last_line_id = 0;
};

}  // namespace

std::string Service::now() const { return format_instant(clock_.now()); }

Result<Service::Batch> Service::load_batch(db::Tx& tx, std::int64_t after, Date date, int limit) {
  COLO_TRY(auto contracts, store::batch_contracts(tx, after, add_days(date, settings_.lead_days), limit));
  return Batch{std::move(contracts)};
}

Result<ContractBill> Service::plan(db::Tx& tx, const Batch& batch, std::size_t index, Date date) {
  const auto& c = batch.contracts[index];
  ContractBill bill;
  bill.contract_id = c.id;
  bill.contract_number = c.number;
  bill.customer_id = c.customer_id;
  bill.customer_name = c.customer_name;
  if (!c.error.empty()) return Error::internal(c.number + ": " + c.error);
  if (c.versions.empty()) return Error::internal(c.number + ": no version");

  const Date from = c.effective_date;
  const Date to = c.status == "terminated" && c.termination_date ? *c.termination_date : c.end_date;
  const bool ended = c.status == "expired" || c.status == "terminated";
  bill.is_final = ended && to < date;

  std::vector<VersionSpan> spans;
  spans.reserve(c.versions.size());
  for (const auto& v : c.versions) spans.push_back({v.from, &v.terms});
  // The latest wording of each line, to describe a credit for a line no longer in the terms.
  std::map<std::string, const contracts::LineItem*> latest;
  for (const auto& v : c.versions) {
    const auto keys = line_keys(v.terms.line_items);
    for (std::size_t k = 0; k < keys.size(); ++k) latest[keys[k]] = &v.terms.line_items[k];
  }

  std::map<std::pair<std::string, Date>, Charged> charged;
  for (const auto& ch : c.charges) {
    auto& s = charged[{ch.line_key, ch.period_start}];
    s.sum += ch.amount_fen;
    s.revisions = std::max(s.revisions, ch.revision + 1);
    s.end = ch.period_end;
    s.last_line_id = ch.invoice_line_id;
  }

  // Recurring lines: every period due by the horizon, and every period charged before (an early
  // end makes what was charged beyond it due back).
  std::map<std::pair<std::string, Date>, std::pair<Period, std::string>> periods;  // (key, start) -> period, cycle
  std::set<std::string> cycles;
  for (const auto& v : c.versions)
    for (const auto& l : v.terms.line_items)
      if (l.mode == "recurring") cycles.insert(l.billing_cycle);
  std::map<std::pair<Date, std::string>, std::map<std::string, Due>> dues;  // (start, cycle) -> key -> due
  auto due_of = [&](const Period& p, const std::string& cycle) -> const std::map<std::string, Due>& {
    auto it = dues.find({p.start, cycle});
    if (it == dues.end()) it = dues.emplace(std::pair{p.start, cycle}, recurring_due(spans, p, cycle, from, to)).first;
    return it->second;
  };
  for (const auto& cycle : cycles)
    for (const auto& p : periods_to_bill(cycle, from, to, date, settings_.lead_days))
      for (const auto& [key, due] : due_of(p, cycle)) periods[{key, p.start}] = {p, cycle};
  for (const auto& [k, s] : charged) {
    if (!k.first.starts_with("r:") || periods.count(k)) continue;
    const Period p{k.second, s.end};
    if (auto cycle = cycle_of(p)) periods[k] = {p, *cycle};
  }
  for (const auto& [k, pc] : periods) {
    const auto& [p, cycle] = pc;
    const auto& dmap = due_of(p, cycle);
    const auto d = dmap.find(k.first);
    const std::int64_t due = d == dmap.end() ? 0 : d->second.amount_fen;
    const auto s = charged.find(k);
    const std::int64_t already = s == charged.end() ? 0 : s->second.sum;
    if (due == already) continue;
    const auto* item = d != dmap.end() ? d->second.line : latest[k.first];
    if (!item) continue;
    auto l = line_from(*item, "recurring", k.first);
    // The line shows the days in service of the period (the whole period for a credit after the end).
    const Period shown{std::max(p.start, from), std::min(p.end, to)};
    l.period_start = shown.end < shown.start ? p.start : shown.start;
    l.period_end = shown.end < shown.start ? p.end : shown.end;
    l.period_days = p.days();
    l.days = d == dmap.end() ? 0 : d->second.days;
    l.amount_fen = due - already;
    if (s != charged.end()) {
      // A difference to what was charged before: a change agreement or an early end.
      l.original_line_id = s->second.last_line_id;
      l.note = "adjustment";
    }
    finish_line(l);
    bill.lines.push_back(std::move(l));
    bill.charge_periods.push_back(std::pair{p.start, p.end});
  }

  // One-off lines: once, on the first invoice after they appear in the terms.
  for (const auto& [key, item] : latest) {
    if (!key.starts_with("o:") || charged.count({key, from})) continue;
    auto l = line_from(*item, "one_off", key);
    l.period_start = from;
    l.period_end = from;
    l.amount_fen = item->quantity * item->unit_price_fen;
    finish_line(l);
    bill.lines.push_back(std::move(l));
    bill.charge_periods.push_back(std::pair{from, from});
  }

  // Usage lines: in arrears, for each measured window that has ended and was not billed.
  for (const auto& [key, any] : latest) {
    if (!key.starts_with("u:")) continue;
    bool reported_missing = false;
    for (const auto& w : usage_windows(any->billing_cycle, from, to, date)) {
      if (charged.count({key, w.start})) continue;
      // The line as worded in the version in force at the window's end.
      const contracts::LineItem* item = nullptr;
      for (const auto& v : c.versions) {
        if (w.end < v.from) break;
        const auto keys = line_keys(v.terms.line_items);
        item = nullptr;
        for (std::size_t k = 0; k < keys.size(); ++k)
          if (keys[k] == key) item = &v.terms.line_items[k];
      }
      if (!item || !item->metric) continue;
      Result<UsageFigure> figure = Error::unavailable("no usage port");
      if (usage_) figure = usage_(tx, {c.id, *item->metric, item->p95_basis, w.start, w.end});
      if (!figure) {
        if (!reported_missing)
          bill.notes.push_back(c.number + ": " + item->description + " " + format_date(w.start) + ".." +
                               format_date(w.end) + ": no usage figure (" + figure.error().message + ")");
        reported_missing = true;
        continue;
      }
      auto l = line_from(*item, "usage", key);
      l.period_start = w.start;
      l.period_end = w.end;
      const auto included = included_milli(item->included_quantity, w, any->billing_cycle);
      l.quantity_milli = billable_milli(figure->milli, included);
      l.amount_fen = usage_amount(l.quantity_milli, item->unit_price_fen);
      l.note = "measured " + std::to_string(figure->milli) + " milli, included " + std::to_string(included) + " milli" +
               (figure->note.empty() ? "" : "; " + figure->note);
      finish_line(l);
      bill.lines.push_back(std::move(l));
      bill.charge_periods.push_back(std::pair{w.start, w.end});
    }
  }

  // Charges other modules left for this contract.
  for (const auto& p : c.pending) {
    InvoiceLine l;
    l.kind = p.kind == "one_off" ? "pending_one_off" : p.kind;
    l.description = p.description;
    l.unit = p.unit;
    l.quantity_milli = p.quantity_milli;
    l.unit_price_fen = p.unit_price_fen ? *p.unit_price_fen : p.amount_fen;
    l.amount_fen = p.amount_fen;
    l.tax_rate_bp = p.tax_rate_bp;
    l.pending_charge_id = p.id;
    finish_line(l);
    bill.lines.push_back(std::move(l));
    bill.charge_periods.push_back(std::nullopt);
  }

  int position = 1;
  for (auto& l : bill.lines) {
    l.position = position++;
    bill.subtotal_fen += l.amount_fen;
    bill.tax_fen += l.tax_fen;
    bill.total_fen += l.total_fen;
  }
  bill.kind = bill.total_fen < 0 ? "credit_note" : "invoice";
  return bill;
}

Invoice Service::invoice_of(const Context& ctx, const Batch& batch, std::size_t index, const ContractBill& bill,
                            std::int64_t run_id, Date date, std::int64_t n) const {
  const auto& c = batch.contracts[index];
  Invoice inv;
  inv.kind = bill.kind;
  inv.number = invoice_number(series_of(bill), static_cast<int>(date.year()), n);
  inv.customer_id = c.customer_id;
  inv.customer_name = c.customer_name;
  inv.contract_id = c.id;
  inv.contract_number = c.number;
  if (inv.kind == "credit_note") inv.original_invoice_id = c.last_invoice_id;
  inv.run_id = run_id;
  inv.is_final = bill.is_final;
  inv.issue_date = date;
  inv.due_date = add_days(date, settings_.payment_days);
  inv.period_start = date;
  inv.period_end = date;
  bool first = true;
  for (const auto& l : bill.lines) {
    if (!l.period_start || !l.period_end) continue;
    if (first || *l.period_start < inv.period_start) inv.period_start = *l.period_start;
    if (first || inv.period_end < *l.period_end) inv.period_end = *l.period_end;
    first = false;
  }
  inv.subtotal_fen = bill.subtotal_fen;
  inv.tax_fen = bill.tax_fen;
  inv.total_fen = bill.total_fen;
  inv.buyer = c.buyer ? *c.buyer : BuyerProfile{};
  if (inv.buyer.name.empty()) inv.buyer.name = c.customer_name;
  inv.buyer.customer_id = c.customer_id;
  inv.seller = settings_.seller;
  inv.status = invoice_status(inv.kind, inv.total_fen, 0, 0);
  inv.created_by_name = ctx.principal ? ctx.principal->username : "system";
  inv.created_at = inv.updated_at = now();
  inv.lines = bill.lines;
  return inv;
}

Status Service::record_issued(db::Tx& tx, const Batch& batch, std::size_t index, const ContractBill& bill,
                              const Invoice& inv, std::vector<Charge>& charges, Run& run, json::array& issued) {
  const auto& c = batch.contracts[index];
  // The ledger: every contract line billed, with the revision that makes a second writer fail.
  std::map<std::pair<std::string, Date>, int> revisions;
  for (const auto& ch : c.charges) {
    auto& r = revisions[{ch.line_key, ch.period_start}];
    r = std::max(r, ch.revision + 1);
  }
  for (std::size_t i = 0; i < inv.lines.size(); ++i) {
    const auto& l = inv.lines[i];
    if (l.pending_charge_id) {
      COLO_CHECK(store::mark_pending_billed(tx, *l.pending_charge_id, inv.id, l.id));
      continue;
    }
    const auto& period = bill.charge_periods[i];
    if (l.line_key.empty() || !period) continue;
    Charge ch;
    ch.contract_id = c.id;
    ch.line_key = l.line_key;
    ch.period_start = period->first;
    ch.period_end = period->second;
    ch.revision = revisions[{l.line_key, ch.period_start}]++;
    ch.amount_fen = l.amount_fen;
    ch.invoice_id = inv.id;
    ch.invoice_line_id = l.id;
    charges.push_back(std::move(ch));
  }
  // A run's credit note reduces what is left to pay on the contract's last invoice.
  if (inv.kind == "credit_note" && inv.original_invoice_id) {
    COLO_TRY(auto orig, store::find_invoice(tx, *inv.original_invoice_id));
    if (orig) {
      const auto applied = std::min(orig->outstanding_fen(), -inv.total_fen);
      if (applied > 0) {
        orig->credited_fen += applied;
        orig->status = invoice_status(orig->kind, orig->total_fen, orig->paid_fen, orig->credited_fen);
        COLO_CHECK(store::update_credited(tx, *orig, {}, inv.created_at));
      }
    }
  }
  // Audited per batch, one entry for every invoice its transaction issued (run_unchecked): an entry
  // per invoice would double the run's time.
  issued.push_back(json::object{{"id", inv.id},
                                {"number", inv.number},
                                {"kind", inv.kind},
                                {"contract", inv.contract_number},
                                {"customer_id", inv.customer_id},
                                {"total_fen", inv.total_fen},
                                {"final", inv.is_final}});
  if (inv.kind == "credit_note")
    ++run.credit_notes;
  else
    ++run.invoices;
  ++run.contracts_billed;
  run.total_fen += inv.total_fen;
  return {};
}

Result<Run> Service::run(const Context& ctx, Date date, const std::string& origin) {
  if (!ctx.can("billing.write") || ctx.tenant()) return Error::forbidden();
  return run_unchecked(ctx, date, origin);
}

Result<Run> Service::run_unchecked(const Context& ctx, Date date, const std::string& origin) {
  Run run;
  run.run_date = date;
  run.origin = origin;
  run.started_by_name = ctx.principal ? ctx.principal->username : "system";
  run.started_at = now();
  {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_TRY(run.last_contract_id, store::resume_from(tx, date));
    COLO_TRY(run.id, store::insert_run(tx, run));
    COLO_CHECK(audit::record(
        tx, ctx, clock_,
        {"billing.run", std::to_string(run.id), "start", nullptr,
         json::object{{"date", format_date(date)}, {"origin", origin}, {"resumed_after", run.last_contract_id}},
         std::nullopt}));
    COLO_CHECK(tx.commit());
  }
  auto fail = [&](const Error& e) -> Result<Run> {
    run.status = "failed";
    run.errors.push_back(e.message);
    run.finished_at = now();
    if (auto tx = db::Tx::begin(db_, db::Access::write)) {
      if (store::update_run(*tx, run)) (void)tx->commit();
    }
    return e;
  };
  // One batch in one write transaction; the transaction has ended (committed or rolled back)
  // before a failure is recorded in the run's row.
  auto batch_once = [&]() -> Result<bool> {
    COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
    COLO_CHECK(store::widen_cache(tx));
    COLO_TRY(auto batch, load_batch(tx, run.last_contract_id, date, settings_.batch_size));
    if (batch.contracts.empty()) return false;
    Run progress = run;
    json::array issued;
    // Plan the batch, then take its numbers in one step per series (still gap-free: every number
    // taken is used in this transaction, or given back with it), then issue.
    std::vector<std::pair<std::size_t, ContractBill>> bills;
    std::map<std::string, std::int64_t> wanted;  // series -> invoices of the batch
    for (std::size_t i = 0; i < batch.contracts.size(); ++i) {
      ++progress.contracts_seen;
      auto bill = plan(tx, batch, i, date);
      if (!bill) {
        progress.errors.push_back(bill.error().message);
        continue;
      }
      for (auto& n : bill->notes) progress.notes.push_back(std::move(n));
      if (bill->lines.empty() && !bill->is_final) continue;
      ++wanted[series_of(*bill)];
      bills.emplace_back(i, std::move(*bill));
    }
    std::map<std::string, std::int64_t> next;  // series -> the next number of the batch
    for (const auto& [series, count] : wanted) {
      COLO_TRY(auto last, store::reserve_numbers(tx, series, static_cast<int>(date.year()), count));
      next[series] = last - count + 1;
    }
    // The batch's invoices, their lines and their ledger charges each in a few multi-row
    // statements rather than several statements an invoice.
    std::vector<Invoice> invoices;
    invoices.reserve(bills.size());
    for (const auto& [i, bill] : bills)
      invoices.push_back(invoice_of(ctx, batch, i, bill, run.id, date, next[series_of(bill)]++));
    COLO_CHECK(store::insert_invoices(tx, invoices));
    std::vector<Charge> charges;
    for (std::size_t k = 0; k < bills.size(); ++k)
      COLO_CHECK(record_issued(tx, batch, bills[k].first, bills[k].second, invoices[k], charges, progress, issued));
    if (!invoices.empty()) COLO_CHECK(store::insert_charges(tx, charges, invoices.front().created_at));
    progress.last_contract_id = batch.contracts.back().id;
    if (!issued.empty())
      COLO_CHECK(audit::record(tx, ctx, clock_,
                               {"billing.run", std::to_string(run.id), "issue", nullptr,
                                json::object{{"date", format_date(date)},
                                             {"after_contract", run.last_contract_id},
                                             {"to_contract", progress.last_contract_id},
                                             {"invoices", std::move(issued)}},
                                std::nullopt}));
    COLO_CHECK(store::update_run(tx, progress));
    COLO_CHECK(tx.commit());
    run = std::move(progress);
    return true;
  };
  for (;;) {
    auto more = batch_once();
    if (!more) return fail(more.error());
    if (!*more) break;
  }
  run.status = "completed";
  run.finished_at = now();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::write));
  COLO_CHECK(store::update_run(tx, run));
  COLO_CHECK(tx.commit());
  return run;
}

Result<Preview> Service::preview(const Context& ctx, Date date, std::int64_t limit) {
  if (!ctx.can("billing.write") || ctx.tenant()) return Error::forbidden();
  Preview out;
  out.date = date;
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  std::int64_t after = 0;
  for (;;) {
    COLO_TRY(auto batch, load_batch(tx, after, date, settings_.batch_size));
    if (batch.contracts.empty()) break;
    for (std::size_t i = 0; i < batch.contracts.size(); ++i) {
      auto bill = plan(tx, batch, i, date);
      if (!bill) {
        out.errors.push_back(bill.error().message);
        continue;
      }
      for (auto& n : bill->notes) out.notes.push_back(std::move(n));
      if (bill->lines.empty() && !bill->is_final) continue;
      out.total_fen += bill->total_fen;
      if (++out.count <= limit) out.contracts.push_back(std::move(*bill));
    }
    after = batch.contracts.back().id;
  }
  return out;
}

Result<std::pair<std::int64_t, std::vector<Run>>> Service::runs(const Context& ctx, const std::optional<std::string>& q,
                                                                const std::optional<std::string>& sort,
                                                                std::int64_t limit, std::int64_t offset) {
  if (!ctx.can("billing.read") || ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  return store::list_runs(tx, q, sort, limit, offset);
}

Result<Run> Service::get_run(const Context& ctx, std::int64_t id) {
  if (!ctx.can("billing.read") || ctx.tenant()) return Error::forbidden();
  COLO_TRY(auto tx, db::Tx::begin(db_, db::Access::read));
  COLO_TRY(auto run, store::find_run(tx, id));
  if (!run) return Error::not_found("Billing run");
  return std::move(*run);
}

Result<Run> Service::run_daily(Date today, const std::string& origin) {
  return run_unchecked(system_context(origin == "job" ? "scheduler" : origin), today, origin);
}

}  // namespace colo::billing
