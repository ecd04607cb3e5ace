// The routes of collections (penalties, reminders, suspensions, a contract's standing).
#pragma once

namespace colo::http {
class Router;
}

namespace colo::billing {

class CollectionsService;

void add_collections_routes(http::Router& router, CollectionsService& svc);

}  // namespace colo::billing
