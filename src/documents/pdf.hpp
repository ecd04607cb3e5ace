// Renders an invoice, a credit note or a statement of account (documents/model.hpp) to an A4 PDF
// laid out like a Chinese 结算单 / 对账单: Noto Sans CJK SC through pango, so that Chinese text is
// shaped and wrapped properly, ruled tables whose header row repeats on every page, money right-
// aligned with thousands separators, the total in Chinese capitals, and "page X of Y" in the
// footer. Every fixed label comes from the server's message catalogue ("document.*" keys) in the
// document's language.
// Thread safety: render_pdf may be called from several threads at once; each thread keeps its own
// pango font map and context (pango's are not shared safely between threads), made on first use.
#pragma once

#include <string>

#include "core/result.hpp"
#include "documents/model.hpp"

namespace colo::documents {

// The PDF's bytes. Errors: 503 "documents.font_missing" when the server has no Noto Sans CJK font
// (fonts-noto-cjk), so that no document goes out with boxes for its Chinese; 500
// "documents.render_failed" when cairo fails.
Result<std::string> render_pdf(const Invoice& invoice);
Result<std::string> render_pdf(const Statement& statement);
// The monthly service-quality report: a customer's (availability per service against its target,
// tickets, complaints, satisfaction, credits, improvement actions) or management's with a table of
// every customer.
Result<std::string> render_pdf(const ServiceQualityReport& report);
// The compliance report: a table of every clause with its status, value, target, trend and
// failing count, and the audit chain's head it was computed at.
Result<std::string> render_pdf(const ComplianceReport& report);
// The yearly drill plan report of emergency plans and drills.
Result<std::string> render_pdf(const DrillPlanReport& report);

}  // namespace colo::documents
