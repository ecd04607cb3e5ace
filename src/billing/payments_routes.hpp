// The receivables routes under /api/v1/billing: payments, credit, refunds, deposits, ageing and
// statements.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::billing {

class PaymentsService;

void add_payment_routes(http::Router& router, PaymentsService& svc);

}  // namespace colo::billing
