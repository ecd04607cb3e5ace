// HTTP routes of billing (/api/v1/billing/..., /api/v1/customers/{id}/billing-profile).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::billing {

class Service;
void add_routes(http::Router& router, Service& service);
// GET /api/v1/billing/invoices/{id}/pdf (src/documents renders it).
void add_pdf_routes(http::Router& router, Service& service);

}  // namespace colo::billing
