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
}

}  // namespace colo::disputes
