// HTTP adapter of confidentiality (R10): classification, holdings, disclosures, reads of personal
// data, obligations and the customer's export.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::confidentiality {

class Service;
void add_routes(http::Router& router, Service& svc);

}  // namespace colo::confidentiality
