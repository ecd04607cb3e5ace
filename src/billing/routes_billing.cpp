// HTTP adapter for billing: invoices and credit notes, the fapiao number, billing runs and their
// preview, and customers' buyer details.
#include <boost/json.hpp>

#include <cmath>

#include "billing/lists.hpp"
#include "billing/render.hpp"
#include "billing/routes.hpp"
#include "billing/service.hpp"
#include "core/json.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/router.hpp"

namespace colo::billing {

namespace json = boost::json;
using http::Request;
using http::Response;

namespace {

constexpr auto invoice_shape = [](auto& w, const Invoice& i) { render::invoice(w, i); };
constexpr auto detail_shape = [](auto& w, const InvoiceDetail& d) { render::detail(w, d); };
constexpr auto run_shape = [](auto& w, const Run& r) { render::run(w, r); };
constexpr auto preview_shape = [](auto& w, const Preview& p) { render::preview(w, p); };
constexpr auto profile_shape = [](auto& w, const BuyerProfile& p) { render::profile(w, p); };

const json::value kDetailSchema = shape::schema_of<InvoiceDetail>("InvoiceDetail", detail_shape);
const json::value kRunSchema = shape::schema_of<Run>("BillingRun", run_shape);
const json::value kProfileSchema = shape::schema_of<BuyerProfile>("BillingProfile", profile_shape);

// Money in fen: a whole, non-negative number. Anything else (a fraction of a fen, a negative
// amount) is a 422 that names the field, after the request's other fields were checked.
struct Money {
  std::vector<FieldError> errors;
  std::optional<std::int64_t> read(http::JsonObjectReader& r, std::string_view key, bool required = false) {
    auto v = r.number(key, {.required = required});
    if (!v) return std::nullopt;
    if (*v < 0 || std::floor(*v) != *v || *v > 1e13) {
      errors.push_back({r.path(key), "billing.money", "An amount in fen: a whole number, not negative."});
      return std::nullopt;
    }
    return static_cast<std::int64_t>(*v);
  }
  void finish() {
    if (!errors.empty())
      fail(Error::unprocessable("billing.money.invalid", "An amount is not whole fen or is negative.",
                                std::move(errors)));
  }
};

const json::value kCreditNoteSchema = json::object{
    {"type", "object"},
    {"required", json::array{"reason"}},
    {"properties",
     json::object{
         {"reason", json::object{{"type", "string"}}},
         {"amount_fen", json::object{{"type", "integer"}, {"description", "including tax, spread from the last line"}}},
         {"lines", json::object{{"type", "array"},
                                {"items", json::object{{"type", "object"},
                                                       {"required", json::array{"line_id", "amount_fen"}},
                                                       {"properties",
                                                        json::object{{"line_id", json::object{{"type", "integer"}}},
                                                                     {"amount_fen",
                                                                      json::object{{"type", "integer"},
                                                                                   {"description",
                                                                                    "before tax"}}}}}}}}}}}};

const json::value kProfileInputSchema = json::object{
    {"type", "object"},
    {"required", json::array{"name", "taxpayer_id", "fapiao_type"}},
    {"properties", json::object{{"name", json::object{{"type", "string"}}},
                                {"taxpayer_id", json::object{{"type", "string"}, {"description", "统一社会信用代码"}}},
                                {"address", json::object{{"type", "string"}}},
                                {"phone", json::object{{"type", "string"}}},
                                {"bank_name", json::object{{"type", "string"}}},
                                {"bank_account", json::object{{"type", "string"}}},
                                {"invoice_email", json::object{{"type", "string"}}},
                                {"fapiao_type", json::object{{"enum", json::value_from(kFapiaoTypes)}}}}}};

json::object profile_json(const std::optional<BuyerProfile>& p, std::int64_t customer_id) {
  BuyerProfile empty;
  empty.customer_id = customer_id;
  return shape::value_of(p ? *p : empty, profile_shape);
}

}  // namespace

void add_routes(http::Router& router, Service& svc) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/billing/invoices",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             InvoiceFilter f;
             f.customer = q.integer("customer", {.min = 1});
             f.contract = q.integer("contract", {.min = 1});
             f.status = q.choice("status", kInvoiceStates);
             f.kind = q.choice("kind", kInvoiceKinds);
             f.overdue = q.boolean("overdue");
             f.issued_from = q.date("issued_from");
             f.issued_to = q.date("issued_to");
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.invoices(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, invoice_shape));
           },
       .summary = "List invoices and credit notes (customers: their own).",
       .tag = "billing",
       .permission = "billing.read",
       .query = http::list_docs(store::kInvoiceList,
                                {{"customer", "integer", "Customer id."},
                                 {"contract", "integer", "Contract id."},
                                 {"status", "string", "Invoice status.", kInvoiceStates},
                                 {"kind", "string", "invoice or credit_note.", kInvoiceKinds},
                                 {"overdue", "boolean", "Something left to pay after the due date."},
                                 {"issued_from", "string", "Issued on or after, YYYY-MM-DD."},
                                 {"issued_to", "string", "Issued on or before, YYYY-MM-DD."}},
                                {.q = "Part of the number, customer name or contract number."}),
       .response_schema = shape::page_of<Invoice>("Invoice", invoice_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/invoices/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto d = svc.invoice(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(d, detail_shape));
                  },
              .summary = "An invoice or credit note with its lines, the buyer and seller as issued, its credit "
                         "notes and what is left to pay.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = kDetailSchema});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/invoices/{id}/credit-notes",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    Money money;
                    CreditNoteInput in;
                    in.reason = b.string("reason", {.required = true, .min = 1, .max = 2000}).value_or("");
                    in.amount_fen = money.read(b, "amount_fen");
                    std::vector<FieldError> errors;
                    if (const auto* lines = b.array("lines")) {
                      for (std::size_t i = 0; i < lines->size(); ++i) {
                        if (!(*lines)[i].is_object()) {
                          b.error("lines", "invalid", "Each line is an object.");
                          continue;
                        }
                        http::JsonObjectReader l((*lines)[i].as_object(), "lines/" + std::to_string(i) + "/", &errors);
                        CreditNoteLine cl;
                        cl.line_id = l.integer("line_id", {.required = true, .min = 1}).value_or(0);
                        cl.amount_fen = money.read(l, "amount_fen", true).value_or(0);
                        l.reject_unknown();
                        in.lines.push_back(cl);
                      }
                    }
                    for (auto& e : errors) b.error(e.field, e.code, e.message);
                    b.finish();
                    money.finish();
                    auto d = svc.credit_note(http::context_of(req), id, in).take();
                    return http::json_response(shape::value_of(d, detail_shape), 201);
                  },
              .summary = "Issue a credit note (红字) against an invoice: lines with amounts before tax, or an "
                         "amount including tax; never more than is left un-credited.",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = kCreditNoteSchema,
              .response_schema = kDetailSchema,
              .success_status = 201});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/invoices/{id}/fapiao",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    auto number = b.string("fapiao_number", {.required = true, .min = 1, .max = 40}).value_or("");
                    b.finish();
                    auto d = svc.record_fapiao(http::context_of(req), id, number).take();
                    return http::json_response(shape::value_of(d, detail_shape));
                  },
              .summary = "Record the 数电发票 number issued for the invoice (20 digits, once).",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = json::object{{"type", "object"},
                                             {"required", json::array{"fapiao_number"}},
                                             {"properties",
                                              json::object{{"fapiao_number", json::object{{"type", "string"}}}}}},
              .response_schema = kDetailSchema});
  // An issued invoice is never edited: corrections are credit notes.
  router.add({.method = "PATCH",
              .pattern = "/api/v1/billing/invoices/{id}",
              .handler =
                  [&svc](Request& req) -> Response {
                    (void)svc.invoice(http::context_of(req), http::id_param(req)).take();
                    fail(Error::conflict("billing.invoice.immutable",
                                         "An issued invoice cannot be changed; issue a credit note."));
                  },
              .summary = "Always 409 billing.invoice.immutable: an issued invoice is corrected by a credit note.",
              .tag = "billing",
              .permission = "billing.write",
              .response_schema = kDetailSchema});

  router.add({.method = "GET",
              .pattern = "/api/v1/billing/runs",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto page = http::read_page(q);
                    q.finish();
                    auto [count, rows] = svc.runs(http::context_of(req), page.limit, page.offset).take();
                    return http::page_response(req, page, count, shape::text_array(rows, run_shape));
                  },
              .summary = "Billing runs, newest first, with their counts, notes and errors.",
              .tag = "billing",
              .permission = "billing.read",
              .query = {{"limit", "integer", "Page size, 1 to 1000 (default 50)."},
                        {"offset", "integer", "Rows to skip."}},
              .response_schema = shape::page_of<Run>("BillingRun", run_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/runs/preview",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto date = q.date("date");
                    auto limit = q.integer("limit", {.min = 1, .max = 1000});
                    if (!date && !req.query_param("date")) q.error("date", "required", "The day to preview is required.");
                    q.finish();
                    auto p = svc.preview(http::context_of(req), *date, limit.value_or(200)).take();
                    return http::json_response(shape::value_of(p, preview_shape));
                  },
              .summary = "What a billing run on `date` would bill, per contract, writing nothing.",
              .tag = "billing",
              .permission = "billing.write",
              .query = {{"date", "string", "YYYY-MM-DD"},
                        {"limit", "integer", "Contracts listed, 1 to 1000 (default 200); count and total cover all."}},
              .response_schema = shape::schema_of<Preview>("BillingPreview", preview_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/billing/runs/{id}",
              .handler =
                  [&svc](Request& req) {
                    auto r = svc.get_run(http::context_of(req), http::id_param(req)).take();
                    return http::json_response(shape::value_of(r, run_shape));
                  },
              .summary = "A billing run.",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = kRunSchema});
  router.add({.method = "POST",
              .pattern = "/api/v1/billing/runs",
              .handler =
                  [&svc](Request& req) {
                    http::JsonBody b(req);
                    auto date = b.date("date", true);
                    b.finish();
                    auto r = svc.run(http::context_of(req), *date, "manual").take();
                    return http::json_response(shape::value_of(r, run_shape), 201);
                  },
              .summary = "Run billing for a day now (idempotent: what was billed is not billed again; an "
                         "unfinished run of the day is continued).",
              .tag = "billing",
              .permission = "billing.write",
              .request_schema = json::object{{"type", "object"},
                                             {"required", json::array{"date"}},
                                             {"properties", json::object{{"date", json::object{{"type", "string"},
                                                                                               {"format", "date"}}}}}},
              .response_schema = kRunSchema,
              .success_status = 201});

  router.add({.method = "GET",
              .pattern = "/api/v1/customers/{id}/billing-profile",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    auto p = svc.profile(http::context_of(req), id).take();
                    return http::json_response(profile_json(p, id));
                  },
              .summary = "The customer's buyer details for the fapiao (empty fields when none are recorded).",
              .tag = "billing",
              .permission = "billing.read",
              .response_schema = kProfileSchema});
  router.add({.method = "PUT",
              .pattern = "/api/v1/customers/{id}/billing-profile",
              .handler =
                  [&svc](Request& req) {
                    auto id = http::id_param(req);
                    http::JsonBody b(req);
                    BuyerProfile p;
                    p.name = b.string("name", {.required = true, .min = 1, .max = 200}).value_or("");
                    p.taxpayer_id = b.string("taxpayer_id", {.required = true, .min = 1, .max = 40}).value_or("");
                    p.address = b.string("address", {.max = 300}).value_or("");
                    p.phone = b.string("phone", {.max = 50}).value_or("");
                    p.bank_name = b.string("bank_name", {.max = 200}).value_or("");
                    p.bank_account = b.string("bank_account", {.max = 64}).value_or("");
                    p.invoice_email = b.string("invoice_email", {.max = 200}).value_or("");
                    p.fapiao_type = b.choice("fapiao_type", kFapiaoTypes, true).value_or("");
                    b.finish();
                    auto saved = svc.put_profile(http::context_of(req), id, p).take();
                    return http::json_response(profile_json(saved, id));
                  },
              .summary = "Set the customer's buyer details (the taxpayer id is checked; a special VAT fapiao needs "
                         "address, phone, bank and account).",
              .tag = "billing",
              .permission = "billing.profile.write",
              .request_schema = kProfileInputSchema,
              .response_schema = kProfileSchema});
}

}  // namespace colo::billing
