// Billing (R8.2.2, R11.2.3): the billing run that invoices every contract in advance for its coming
// period (usage in arrears, pending charges of other modules on the same invoice), credit notes as
// the only correction of an issued invoice, the fapiao number recorded once, and customers' buyer
// details. Customers see only their own invoices (404 for another's).
// Thread safety: a Service is shared by all request threads; it holds no mutable state. Runs for
// the same day may overlap (two servers): each contract's batch is one write transaction that
// bills only the difference between what is due and the charges ledger, so nothing is billed twice.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <boost/json/array.hpp>

#include "billing/model.hpp"
#include "core/clock.hpp"
#include "core/context.hpp"
#include "core/result.hpp"
#include "db/database.hpp"

namespace colo::billing {

// The usage port (set by src/app from the usage store): the measured quantity of a contract's
// usage line over [from, to], in thousandths of its unit. An error or no port: no usage line, and a
// note in the run's report.
struct UsageQuery {
  std::int64_t contract_id = 0;
  std::string metric, basis;
  Date from{}, to{};
};
struct UsageFigure {
  std::int64_t milli = 0, samples = 0, expected = 0;
  std::string note;
};
using UsagePort = std::function<Result<UsageFigure>(db::Tx&, const UsageQuery&)>;

struct Settings {
  int lead_days = 7;      // [billing] lead_days: a period is billed once it starts within this many days
  int payment_days = 15;  // [billing] payment_days: due date = issue date + this
  int batch_size = 500;   // contracts per write transaction of a run
  Seller seller;          // [billing] seller_*
};

// One contract in a run or its preview: the invoice it got (or would get).
struct ContractBill {
  std::int64_t contract_id = 0;
  std::string contract_number;
  std::int64_t customer_id = 0;
  std::string customer_name;
  bool is_final = false;
  std::string kind = "invoice";  // credit_note when the lines sum below zero
  std::vector<InvoiceLine> lines;
  // Per line: the period its charge is kept under in the ledger (a recurring line's calendar period,
  // while the line shows its days in service); none for pending charges.
  std::vector<std::optional<std::pair<Date, Date>>> charge_periods;
  std::int64_t subtotal_fen = 0, tax_fen = 0, total_fen = 0;
  std::vector<std::string> notes;
};

struct Preview {
  Date date{};
  std::vector<ContractBill> contracts;  // those with something to bill, the first `limit`
  std::int64_t count = 0;               // contracts with something to bill
  std::int64_t total_fen = 0;
  std::vector<std::string> notes, errors;
};

struct InvoiceDetail {
  Invoice invoice;  // with lines
  std::vector<Invoice> credit_notes;
  std::optional<Invoice> original;  // of a credit note
  bool overdue = false;
  std::vector<std::string> actions;  // credit_note, record_fapiao
};

struct CreditNoteLine {
  std::int64_t line_id = 0;
  std::int64_t amount_fen = 0;  // before tax, positive: the part of the original line credited
};
struct CreditNoteInput {
  std::vector<CreditNoteLine> lines;       // either lines,
  std::optional<std::int64_t> amount_fen;  // or an amount incl. tax spread over the lines, last first
  std::string reason;
};

class Service {
 public:
  Service(db::Database& db, const Clock& clock, Settings settings, UsagePort usage = {})
      : db_(db), clock_(clock), settings_(std::move(settings)), usage_(std::move(usage)) {}

  void set_usage_port(UsagePort usage) { usage_ = std::move(usage); }
  const Settings& settings() const { return settings_; }

  // The billing run for `date` (billing.write, or the system for jobs): every active contract
  // whose next period starts within lead_days, and every ended one without its final invoice, in
  // batches of settings.batch_size contracts per write transaction. A run after an unfinished run
  // of the same day continues from its last committed batch. Idempotent: a second run bills only
  // what became due since (pending charges added in between, a change agreement).
  Result<Run> run(const Context& ctx, Date date, const std::string& origin);
  // What run(date) would bill, writing nothing.
  Result<Preview> preview(const Context& ctx, Date date, std::int64_t limit = 200);
  Result<std::pair<std::int64_t, std::vector<Run>>> runs(const Context& ctx, const std::optional<std::string>& q,
                                                         const std::optional<std::string>& sort, std::int64_t limit,
                                                         std::int64_t offset);
  Result<Run> get_run(const Context& ctx, std::int64_t id);

  Result<std::pair<std::int64_t, std::vector<Invoice>>> invoices(const Context& ctx, const InvoiceFilter& f);
  Result<InvoiceDetail> invoice(const Context& ctx, std::int64_t id);
  // A credit note against an issued invoice (billing.write): 422 billing.credit_note.* for an empty
  // or negative amount, a line not of the invoice, more than is left un-credited; 409
  // billing.credit_note.of_credit_note. The new credit note.
  Result<InvoiceDetail> credit_note(const Context& ctx, std::int64_t invoice_id, const CreditNoteInput& in);
  // The 数电发票 number (20 digits), once: 409 billing.fapiao.recorded, 422 billing.fapiao.number.
  Result<InvoiceDetail> record_fapiao(const Context& ctx, std::int64_t invoice_id, const std::string& number);

  // Buyer details: billing.read for staff and the customer's own users; written by finance,
  // business (billing.profile.write) and the customer's admin.
  Result<std::optional<BuyerProfile>> profile(const Context& ctx, std::int64_t customer_id);
  Result<BuyerProfile> put_profile(const Context& ctx, std::int64_t customer_id, BuyerProfile p);

  // The daily job's body and `colo jobs run billing-run`: a run for `today` as the system
  // (origin job, cli or demo).
  Result<Run> run_daily(Date today, const std::string& origin = "job");

 private:
  struct Batch;
  Result<Run> run_unchecked(const Context& ctx, Date date, const std::string& origin);
  Result<Batch> load_batch(db::Tx& tx, std::int64_t after, Date date, int limit);
  // The invoice of one contract on `date` (nothing billed when it has no lines).
  Result<ContractBill> plan(db::Tx& tx, const Batch& batch, std::size_t index, Date date);
  // The invoice of a planned bill with its number, not yet written.
  Invoice invoice_of(const Context& ctx, const Batch& batch, std::size_t index, const ContractBill& bill,
                     std::int64_t run_id, Date date, std::int64_t number) const;
  // After the batch's invoices are written: the ledger charges of `inv` (appended to `charges`, written
  // for the whole batch at once), its pending charges marked billed, a run credit note put against
  // the contract's last invoice, and the run's counters.
  Status record_issued(db::Tx& tx, const Batch& batch, std::size_t index, const ContractBill& bill, const Invoice& inv,
                       std::vector<Charge>& charges, Run& run, boost::json::array& issued);
  Result<InvoiceDetail> detail(db::Tx& tx, const Context& ctx, Invoice inv);
  std::string now() const;

  db::Database& db_;
  const Clock& clock_;
  Settings settings_;
  UsagePort usage_;
};

}  // namespace colo::billing
