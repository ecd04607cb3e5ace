// The monthly service-quality report over HTTP (R7.1.2, R7.2.1): a customer's month as JSON and as
// a Chinese (or English) PDF through src/documents, management's overall month with its
// per-customer breakdown as a paged list, and the overall PDF with every customer's line.
#include <boost/json.hpp>

#include "core/shape.hpp"
#include "documents/pdf.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/list_docs.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "servicedesk/levels.hpp"
#include "servicedesk/levels_routes.hpp"
#include "servicedesk/levels_shapes.hpp"
#include "servicedesk/levels_store.hpp"

namespace colo::servicedesk {

namespace json = boost::json;
using http::Request;

namespace {

constexpr auto service_shape = [](auto& w, const ServiceAvailability& s) {
  w.field("contract_id", s.contract_id);
  w.field("contract_number", s.contract_number);
  w.field("service", s.service);
  w.field("target_bp", s.target_bp);
  w.field("measured", s.availability.measured);
  w.field("availability_ppm", availability_ppm(s.availability));
  w.field("minutes_in_period", s.availability.minutes_in_period);
  w.field("outage_minutes", s.availability.outage_minutes);
  w.field("maintenance_minutes", s.availability.maintenance_minutes);
  w.field("unmeasured_minutes", s.availability.unmeasured_minutes);
  w.field("met", s.met);
};

constexpr auto report_shape = [](auto& w, const QualityReport& r) {
  w.field("month", r.month);
  w.field("customer_id", r.customer_id);
  w.field("customer_name", r.customer_name);
  w.array("services", "SlaServiceAvailability", r.services, [&](const ServiceAvailability& s) { service_shape(w, s); });
  w.field("contracts", r.contracts);
  w.field("contracts_measured", r.contracts_measured);
  w.field("contracts_met", r.contracts_met);
  w.object("indicators", "SlaIndicators", [&] {
    MonthIndicators m;
    m.month = r.month;
    m.customer_id = r.customer_id;
    m.tickets = r.tickets;
    if (!r.services.empty()) m.availability = r.services.front().availability;
    indicators_shape(w, m);
  });
  w.array("credits", "SlaCredit", r.credits, [&](const Credit& c) { credit_shape(w, c); });
  w.field("credit_granted_fen", r.credit_granted_fen);
  w.field("credit_pending_fen", r.credit_pending_fen);
  w.array("actions", "ImprovementAction", r.actions, [&](const ImprovementAction& a) { action_shape(w, a); });
};

constexpr auto quality_shape = [](auto& w, const CustomerQuality& q) {
  w.field("customer_id", q.customer_id);
  w.field("customer_name", q.customer_name);
  w.field("tickets", q.tickets);
  w.field("responded", q.responded);
  w.field("response_met", q.response_met);
  w.field("resolved", q.resolved);
  w.field("resolution_met", q.resolution_met);
  w.field("complaints", q.complaints);
  w.field("complaints_answered", q.complaints_answered);
  w.field("surveys", q.surveys);
  w.field("satisfaction_tenths", q.satisfaction_tenths);
  w.field("contracts", q.contracts);
  w.field("measured", q.measured);
  w.field("met", q.met);
  w.field("credit_fen", q.credit_fen);
};

// The report as the PDF prints it; every figure as the service desk measured it.
documents::ServiceQualityReport document_of(const QualityReport& r, const std::vector<CustomerQuality>& customers,
                                            const std::string& lang, Date today) {
  documents::ServiceQualityReport d;
  d.language = lang;
  d.month = r.month;
  d.issue_date = today;
  d.customer = r.customer_name;
  for (const auto& s : r.services)
    d.services.push_back({s.contract_number, s.service, s.availability.measured,
                          availability_ppm(s.availability).value_or(0), s.target_bp, s.met,
                          s.availability.outage_minutes, s.availability.maintenance_minutes,
                          s.availability.unmeasured_minutes});
  d.contracts = r.contracts;
  d.contracts_measured = r.contracts_measured;
  d.contracts_met = r.contracts_met;
  const auto& t = r.tickets;
  d.tickets = t.tickets;
  for (const auto& [k, n] : t.by_type) d.by_type.push_back({k, n});
  for (const auto& [k, n] : t.by_priority) d.by_priority.push_back({k, n});
  d.responded = t.responded;
  d.response_met = t.response_met;
  d.resolved = t.resolved;
  d.resolution_met = t.resolution_met;
  d.average_response_minutes = t.average_response_minutes;
  d.average_resolution_minutes = t.average_resolution_minutes;
  d.complaints = t.complaints;
  d.complaints_answered = t.complaints_answered;
  d.average_answer_minutes = t.average_answer_minutes;
  d.surveys = t.surveys;
  d.satisfaction_tenths = t.satisfaction_tenths;
  std::map<std::int64_t, std::string> numbers;
  for (const auto& s : r.services) numbers[s.contract_id] = s.contract_number;
  for (const auto& c : r.credits) {
    auto it = numbers.find(c.contract_id);
    d.credits.push_back({it != numbers.end() ? it->second : "#" + std::to_string(c.contract_id), c.measured,
                         c.availability_ppm, c.target_bp, c.computed_fen, c.amount_fen, c.status});
  }
  d.credit_granted_fen = r.credit_granted_fen;
  d.credit_pending_fen = r.credit_pending_fen;
  for (const auto& a : r.actions)
    d.actions.push_back({a.number, a.title, a.owner_name, a.due_date, a.status, a.overdue});
  for (const auto& q : customers)
    d.customers.push_back({q.customer_name, q.tickets, q.responded, q.response_met, q.resolved, q.resolution_met,
                           q.complaints, q.complaints_answered, q.satisfaction_tenths, q.contracts, q.measured, q.met,
                           q.credit_fen});
  return d;
}

// A link opened from the console names its language; otherwise Accept-Language.
std::string language_of(const Request& req) {
  if (auto q = req.query_param("lang"); q && (*q == "zh-CN" || *q == "en-US")) return std::string(*q);
  return req.lang;
}

http::Response pdf_response(std::string pdf, const std::string& file_name) {
  http::Response r;
  r.status = 200;
  r.body = std::move(pdf);
  r.set_header("Content-Type", "application/pdf");
  r.set_header("Content-Disposition", http::content_disposition("inline", file_name, file_name));
  r.set_header("Cache-Control", "private, no-store");
  return r;
}

const std::vector<http::QueryDoc> kMonthDocs = {{"month", "string", "The month, YYYY-MM (default: the current one)."}};
const std::vector<http::QueryDoc> kPdfDocs = {{"month", "string", "The month, YYYY-MM (default: the current one)."},
                                              {"lang", "string", "zh-CN or en-US (default: Accept-Language)"}};

}  // namespace

void add_report_routes(http::Router& router, ServiceLevels& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/reports/{id}",
              .handler =
                  [&svc](Request& req) {
                    const auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    q.finish();
                    auto r = svc.customer_report(http::context_of(req), id, month).take();
                    return http::json_response(shape::value_of(r, report_shape));
                  },
              .summary = "A customer's monthly service-quality report (R7.1.2): availability per contract and service "
                         "against its target (measured=false when nothing measured it), tickets, complaints, "
                         "satisfaction, SLA credits and the improvement actions linked to its tickets. {id} is the "
                         "customer; customers read only their own.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .query = kMonthDocs,
              .response_schema = shape::schema_of<QualityReport>("ServiceQualityReport", report_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/reports/{id}/pdf",
              .handler =
                  [&svc](Request& req) {
                    const auto id = http::id_param(req);
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    q.string("lang", 5);
                    q.finish();
                    auto r = svc.customer_report(http::context_of(req), id, month).take();
                    auto pdf = documents::render_pdf(document_of(r, {}, language_of(req), svc.today())).take();
                    return pdf_response(std::move(pdf),
                                        "service-quality-" + r.month + "-" + std::to_string(id) + ".pdf");
                  },
              .summary = "The customer's monthly service-quality report as a PDF in the reader's language.",
              .tag = "servicedesk",
              .permission = "servicedesk.read",
              .query = kPdfDocs,
              .response_type = "application/pdf"});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/report",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    q.finish();
                    auto r = svc.overall_report(http::context_of(req), month).take();
                    return http::json_response(shape::value_of(r, report_shape));
                  },
              .summary = "Management's monthly service-quality report over every customer: contracts as the "
                         "month-end computation measured them, tickets, complaints, satisfaction, credits granted "
                         "and the improvement actions open in the month (the per-customer lines: /report/customers).",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .query = kMonthDocs,
              .response_schema = shape::schema_of<QualityReport>("ServiceQualityReport", report_shape)});
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/servicedesk/levels/report/customers",
       .handler =
           [&svc](Request& req) {
             http::QueryReader q(req);
             auto page = http::read_page(q);
             QualityFilter f;
             f.month = q.string("month", 7).value_or("");
             f.q = q.string("q", 100);
             f.sort = q.string("sort", 100);
             q.finish();
             f.limit = page.limit;
             f.offset = page.offset;
             auto [count, rows] = svc.customer_breakdown(http::context_of(req), f).take();
             return http::page_response(req, page, count, shape::text_array(rows, quality_shape));
           },
       .summary = "The month's line per customer with tickets or an SLA computation: tickets answered and "
                  "resolved on time, complaints answered, satisfaction, contracts meeting their target and "
                  "credits granted, aggregated in the database.",
       .tag = "servicedesk",
       .permission = "servicedesk.write",
       .query = http::list_docs(kQualityList, {{"month", "string", "The month, YYYY-MM (default: the current one)."}},
                                {.q = "Part of the customer's name."}),
       .response_schema = shape::page_of<CustomerQuality>("SlaCustomerQuality", quality_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/servicedesk/levels/report/pdf",
              .handler =
                  [&svc](Request& req) {
                    http::QueryReader q(req);
                    auto month = q.string("month", 7).value_or("");
                    q.string("lang", 5);
                    q.finish();
                    const auto ctx = http::context_of(req);
                    auto r = svc.overall_report(ctx, month).take();
                    // Every customer's line: the PDF is the month on paper, not one page of it.
                    QualityFilter f;
                    f.month = r.month;
                    f.limit = -1;
                    auto customers = svc.customer_breakdown(ctx, f).take().second;
                    auto pdf = documents::render_pdf(document_of(r, customers, language_of(req), svc.today())).take();
                    return pdf_response(std::move(pdf), "service-quality-" + r.month + ".pdf");
                  },
              .summary = "Management's monthly service-quality report as a PDF, with every customer's line.",
              .tag = "servicedesk",
              .permission = "servicedesk.write",
              .query = kPdfDocs,
              .response_type = "application/pdf"});
}

}  // namespace colo::servicedesk
