// HTTP routes of billing (/api/v1/billing/..., /api/v1/customers/{id}/billing-profile).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::billing {

class Service;
class PaymentsService;
void add_routes(http::Router& router, Service& service);
// GET /api/v1/billing/invoices/{id}/pdf and /api/v1/billing/customers/{id}/statement/pdf
// (src/documents renders them; the statement's figures are payments').
void add_pdf_routes(http::Router& router, Service& service, PaymentsService& payments);

}  // namespace colo::billing
