// HTTP adapter of the service desk: tickets, comments and notes, actions, complaints, attachments,
// the e-mail reply hook, the holiday calendar and per-contract targets.
#pragma once

namespace colo::http {
class Router;
}

namespace colo::servicedesk {
class Service;
void add_routes(http::Router& router, Service& svc);
}  // namespace colo::servicedesk
