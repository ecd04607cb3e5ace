// The compliance view's route.
#include "core/shape.hpp"
#include "disputes/routes.hpp"
#include "disputes/service.hpp"
#include "http/body.hpp"
#include "http/context.hpp"
#include "http/router.hpp"

namespace colo::disputes {

namespace {

constexpr auto compliance_shape = [](auto& w, const ComplianceView& v) {
  w.field("as_of", v.as_of);
  w.field("period_from", v.period_from);
  w.field("period_to", v.period_to);
  w.field("audit_head_id", v.audit_head_id);
  w.field("audit_head_hash", v.audit_head_hash);
  w.array("clauses", "ComplianceClause", v.clauses, [&](const ClauseStatus& c) {
    w.field("clause", c.clause, regulation_clauses());
    w.field("status", c.status, kComplianceStatuses);
    w.field("value_bp", c.value_bp);
    w.field("target_bp", c.target_bp);
    w.field("trend", c.trend, kTrends);
    w.field("failing_count", c.failing_count);
    w.field("evidence", c.evidence);
    w.field("period_from", c.period_from);
    w.field("period_to", c.period_to);
    w.array("failing", "ComplianceFailingItem", c.failing, [&](const FailingItem& f) {
      w.field("type", f.type, kFailingTypes);
      w.field("id", f.id);
      w.field("number", f.number);
    });
  });
};

constexpr auto check_shape = [](auto& w, const ReportCheck& c) {
  w.field("verified", c.verified);
  w.field("sha256", c.sha256);
  w.field("audit_id", c.audit_id);
  w.field("recorded_at", c.recorded_at);
};

}  // namespace

void add_compliance_routes(http::Router& router, Service& svc) {
  router.add({.method = "GET",
              .pattern = "/api/v1/compliance",
              .handler =
                  [&svc](http::Request& req) {
                    return http::json_response(
                        shape::value_of(svc.compliance(http::context_of(req)).take(), compliance_shape));
                  },
              .summary = "Every clause of the regulation with its status over the last year: passing, failing, no "
                         "data (never passing) or not measured yet; value, target, trend and the failing items.",
              .tag = "compliance",
              .permission = "compliance.read",
              .response_schema = shape::schema_of<ComplianceView>("ComplianceView", compliance_shape)});
  router.add({.method = "GET",
              .pattern = "/api/v1/compliance/report",
              .handler =
                  [&svc](http::Request& req) {
                    // A link opened from the console names its language; otherwise Accept-Language.
                    std::string lang = req.lang;
                    if (auto q = req.query_param("lang"); q && (*q == "zh-CN" || *q == "en-US")) lang = *q;
                    auto file = svc.compliance_report(http::context_of(req), lang).take();
                    const std::string name = "compliance-" + std::to_string(file.audit_head_id) + ".pdf";
                    http::Response r;
                    r.status = 200;
                    r.body = std::move(file.pdf);
                    r.set_header("Content-Type", "application/pdf");
                    r.set_header("Content-Disposition", http::content_disposition("attachment", name, name));
                    r.set_header("Cache-Control", "private, no-store");
                    r.set_header("X-Colo-Sha256", file.sha256);
                    return r;
                  },
              .summary = "The compliance view as a PDF report in the reader's language (lang=zh-CN|en-US, else "
                         "Accept-Language), signed with the audit chain's head; its SHA-256 is recorded in the audit "
                         "log (X-Colo-Sha256).",
              .tag = "compliance",
              .permission = "compliance.read",
              .query = {{"lang", "string", "zh-CN or en-US (default: Accept-Language)"}},
              .response_type = "application/pdf"});

  router.add({.method = "POST",
              .pattern = "/api/v1/compliance/verify",
              .handler =
                  [&svc](http::Request& req) {
                    auto check = svc.verify_report(http::context_of(req), req.body).take();
                    return http::json_response(shape::value_of(check, check_shape));
                  },
              .summary = "Checks a compliance report PDF (the body) against the SHA-256 recorded when it was made: "
                         "verified with the audit entry that recorded it, or not.",
              .tag = "compliance",
              .permission = "compliance.read",
              .response_schema = shape::schema_of<ReportCheck>("ComplianceReportCheck", check_shape)});
}

}  // namespace colo::disputes
