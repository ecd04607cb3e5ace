// The module services of a running App, for the command line and demo data.
#pragma once

#include <memory>

namespace colo::customers {
class Service;
}
namespace colo::firewall {
class Service;
}
namespace colo::crypto {
class FileSealer;
}
namespace colo::auth {
class Service;
}
namespace colo::dcim {
class Service;
}
namespace colo::ipam {
class Service;
}

namespace colo::notify {
class Service;
class DeliveryService;
}  // namespace colo::notify
namespace colo::applications {
class Service;
}
namespace colo::contracts {
class Service;
}

namespace colo::usage {
class Service;
}
namespace colo::tsdb {
class Store;
class Sink;
}  // namespace colo::tsdb
namespace colo::monitoring {
class Service;
class Alerts;
}  // namespace colo::monitoring
namespace colo::billing {
class CollectionsService;
class Service;
}  // namespace colo::billing
namespace colo::servicedesk {
class ServiceLevels;
}
namespace colo::facility {
class Service;
class Maintenance;
class Patrols;
class Findings;
}  // namespace colo::facility
namespace colo::backupsvc {
class Service;
}

namespace colo::configs {
class Service;
}
namespace colo::vulns {
class Service;
}

namespace colo::confidentiality {
class Service;
}

namespace colo::app {

struct Services {
  customers::Service* customers = nullptr;
  auth::Service* auth = nullptr;
  dcim::Service* dcim = nullptr;
  ipam::Service* ipam = nullptr;
  notify::Service* notify = nullptr;
  notify::DeliveryService* delivery = nullptr;
  applications::Service* applications = nullptr;
  contracts::Service* contracts = nullptr;
  usage::Service* usage = nullptr;
  tsdb::Store* tsdb = nullptr;  // also the tsdb::Sink that producers of samples write through
  monitoring::Service* monitoring = nullptr;
  facility::Service* facility = nullptr;
  facility::Maintenance* maintenance = nullptr;
  facility::Patrols* patrols = nullptr;
  facility::Findings* findings = nullptr;
  // Where measurements go (the time-series store registers itself here); the poller needs one.
  tsdb::Sink* samples = nullptr;
  billing::CollectionsService* collections = nullptr;
  billing::Service* billing = nullptr;
  servicedesk::ServiceLevels* service_levels = nullptr;
  monitoring::Alerts* alerts = nullptr;  // with the service desk's incidents wired to its firings
  configs::Service* configs = nullptr;
  confidentiality::Service* confidentiality = nullptr;
  backupsvc::Service* backups = nullptr;
  firewall::Service* firewall = nullptr;
  crypto::FileSealer* files = nullptr;  // seals uploaded files at rest
  vulns::Service* vulns = nullptr;
};

}  // namespace colo::app
